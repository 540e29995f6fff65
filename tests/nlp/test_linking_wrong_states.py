"""A wrong state misleads more than none (nlp/linking/): the publisher's state is no default
for a foreign president the article calls only "President", nor for a court's sentence; the
leader of a state's delegation acts for that state. Fixtures are sentences of State Department
releases in examples/statedept (the interview with Andrea Kalan, "The Harsh Sentencing of Human
Rights Defenders in Cuba", the U.S.-India Counternarcotics Working Group's joint statement)."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

STATE = "United States Department of State"

INTERVIEW = (
    "QUESTION: She asks: “President Zelenskyy gave a speech at the UN Security Council and he was tough. "
    "He accused the organization of meaninglessness and weakness. Would you agree with Zelenskyy?”\n"
    "SECRETARY BLINKEN: Well, President Zelenskyy is right that there is a problem with the Security Council. "
    "And I guess I’d say as well that President Biden, when – before this aggression against Ukraine said to "
    "President Putin repeatedly that the strong preference of the United States is to have a more stable, "
    "predictable relationship with Russia.\n")

SENTENCING = (
    "Ned Price, Department Spokesperson\n"
    "The United States is deeply concerned by the ongoing harsh sentencing of political protesters in Cuba. "
    "Cuban judges have sentenced over 550 Cuban protesters to more than 4,000 combined years. Protesters are "
    "sentenced to prison, forced labor, or other punitive measures.\n")

DELEGATION = (
    "The United States and India held the fourth meeting of the Counternarcotics Working Group in Washington. "
    "Director General Rakesh Asthana, Narcotics Control Bureau, Ministry of Home Affairs, led the Indian "
    "delegation.\n")


def _entity(x, key):
    return x.entities[key] if isinstance(x.entities, dict) else next(e for e in x.entities if e.key == key)


def test_a_president_beside_the_publishers_placed_president_gets_no_publisher_state(nlp):
    # "President Biden" is Phoenix's USA office holder: the article's other "President" is not
    # the publisher's; the bare title names no state, so none (the graph shows UKR apart)
    x = extract(INTERVIEW, dt.date(2022, 9, 23), nlp=nlp, outlet=STATE)
    assert _entity(x, "person:biden").acts_for == "USA"
    assert _entity(x, "person:zelenskyy").acts_for != "USA"
    accusation = [e for e in x.events if e.source_key == "person:zelenskyy"]
    assert accusation and all(e.source_acts_for != "USA" for e in accusation)


def test_an_agentless_sentence_in_a_release_is_not_the_publishers_act(nlp):
    x = extract(SENTENCING, dt.date(2022, 6, 30), nlp=nlp, outlet=STATE)
    sentenced = [e for e in x.events if e.type == "SANCTION" and e.mode == "convict"]
    assert sentenced
    # the passive names no judge: never the releasing state; the authorities of the state where
    # it happens (context_states.place_state_acts: a court sentence is a state's act)
    assert all(e.source_acts_for != "USA" for e in sentenced)
    assert any(e.source_text == "authorities" and e.source_acts_for == "CUB" and e.target_acts_for == "CUB"
               for e in sentenced)


def test_the_leader_of_a_states_delegation_acts_for_it(nlp):
    x = extract(DELEGATION, dt.date(2021, 11, 18), nlp=nlp, outlet=STATE)
    assert _entity(x, "person:rakesh-asthana").acts_for == "IND"


CMAR = (
    "Under Secretary of State for Economic Growth, Energy, and the Environment Jose W. Fernandez, U.S. "
    "Ambassador to Costa Rica Cynthia Telles, Vice President and Foreign Minister Marta Lucia Ramirez and "
    "Minister of Environment and Sustainable Development Carlos Correa (Colombia), Foreign Minister Arnoldo Andre "
    "Tinoco (Costa Rica), Foreign Minister Juan Carlos Holguin and Minister of the Environment, Water, and "
    "Ecological Transition Gustavo Manrique Miranda (Ecuador), and Foreign Minister Erika Mouynes (Panama) signed "
    "a Memorandum of Understanding in support of the Eastern Tropical Pacific Marine Corridor (CMAR).\n")


def test_a_minister_in_a_us_release_is_not_the_publishers(nlp):
    # the U.S. government has Secretaries, no ministers (actor_sectors.yaml offices_not_held)
    x = extract(CMAR, dt.date(2022, 4, 2), nlp=nlp, outlet=STATE)
    ministers = [e for e in (x.entities.values() if isinstance(x.entities, dict) else x.entities)
                 if e.key in ("person:juan-carlos-holguin", "person:erika-mouynes")]
    assert len(ministers) == 2
    assert all(e.acts_for != "USA" for e in ministers)


PARTNER = (
    "Under Secretary of State Jose W. Fernandez will travel to Tegucigalpa, Honduras, on March 17.\n"
    "In Honduras, Under Secretary Fernandez will meet with President Xiomara Castro, an important U.S. partner, "
    "to deepen our ongoing collaboration to improve conditions for the people of Honduras and the United States.\n")


def test_a_us_partner_is_not_american(nlp):
    # "U.S." before the relational noun "partner" names the relation's other side
    # (actor_heads.yaml relational_heads); the counterpart met in Honduras is Honduras'
    x = extract(PARTNER, dt.date(2022, 3, 16), nlp=nlp, outlet=STATE)
    assert _entity(x, "person:xiomara-castro").acts_for == "HND"


POLICE = (
    "During his visit to Rzeszow, Assistant Secretary Robinson met with the Ukrainian Border Guard Service and "
    "National Police, as well as members of the Embassy Kyiv team who are on the frontlines of the response to "
    "the crisis caused by Putin’s premeditated, unprovoked, and unjustified attack on Ukraine.\n")


def test_a_national_police_in_a_us_release_is_not_american(nlp):
    # the United States has no national police (actor_sectors.yaml bodies_not_held)
    x = extract(POLICE, dt.date(2022, 3, 10), nlp=nlp, outlet=STATE)
    police = [e for e in (x.entities.values() if isinstance(x.entities, dict) else x.entities)
              if e.key.endswith(":national-police")]  # keyed per state where its context places it (generic_bodies)
    assert police and police[0].acts_for != "USA" and not police[0].key.startswith("org:usa:")
    assert all(e.target_acts_for != "USA" for e in x.events if e.target_key == police[0].key)


WH = "The White House"
ROCHA = (
    "Today, National Security Advisor Jake Sullivan met with Brazilian\n"
    "Secretary for Strategic Affairs Admiral Flávio Rocha at the White House\n"
    "to build on the bilateral agenda established in Brasilia in August. On\n"
    "migration, both Sullivan and Rocha reaffirmed bilateral commitments to\n"
    "advance regional cooperation on migration management.\n")


def test_a_demonym_opening_a_title_chain_with_a_portfolio_across_a_hard_wrap_places_the_person(nlp):
    # not the White House's default: "Brazilian" opens "Secretary for Strategic Affairs Admiral"
    x = extract(ROCHA, dt.date(2021, 12, 10), nlp=nlp, outlet=WH)
    assert _entity(x, "person:flavio-rocha").acts_for == "BRA"
    assert _entity(x, "person:jake-sullivan").acts_for == "USA"


def test_an_office_the_publisher_has_not_is_no_default_of_its_state(nlp):
    # demo corpus (State Department readout of the 2+2 with Ukraine): "the Ministers" are Kuleba and
    # Reznikov; the United States has no ministers (actor_sectors.yaml offices_not_held), so a
    # capitalised "Ministers" used as a name takes no U.S. state from the release, as the
    # "Secretaries" still do
    text = ("The below is attributable to Spokesperson Ned Price:\nSecretary of State Antony J. Blinken and "
            "Secretary of Defense Lloyd J. Austin III met with Ukrainian Foreign Minister Dmytro Kuleba and "
            "Ukrainian Minister of Defence Oleksii Reznikov in Warsaw, Poland. The Secretaries and Ministers "
            "discussed outcomes of the March 24 extraordinary NATO Summit in Brussels.")
    x = extract(text, dt.date(2022, 3, 26), nlp=nlp, outlet=STATE,
                title="Secretary Blinken and Secretary Austin’s Meeting with Ukraine’s Foreign Minister Kuleba")
    # since linking 0.3.530 the plural "Ministers" of the same meeting takes the counterpart the
    # readout names (a Ukrainian minister); either way the told act never takes the U.S. state
    discussed = [e for e in x.events if e.trigger == "discussed"]
    assert discussed and all(e.target_acts_for == "UKR" for e in discussed)
    assert all(e.target_text.endswith(("Kuleba", "Reznikov", "Ministers")) for e in discussed)
