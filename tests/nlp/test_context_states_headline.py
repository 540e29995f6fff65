"""A state official or a generic agent with no state of its own takes the one state the
article's headline names where no state dominates the body but the body names that one most
(nlp/context_states.headline_state), and "protestors" is the Phoenix agent PROTESTER [~OPP]."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.context_states import generic_agent
from newsgraph.nlp.pipeline import extract

STATE = "U.S. Department of State press releases"

# demo corpus, Wikinews, "Reports: 'streamlined' UK asylum process ..." (23 February 2023)
UK_TITLE = "Reports: 'streamlined' UK asylum process to replace interview with questionnaire for five nationalities"
UK_ASYLUM = (
    "Braverman (left) and Sunak (right) on October 25, 2022. Image: UK Government.\n"
    "The United Kingdom Home Office today is to begin issuing questionnaires in place of official interviews to "
    "determine refugee status for some 12,000 asylee hopefuls from Afghanistan, Eritrea, Libya, Syria and Yemen who "
    "applied before last summer.\n"
    "The forms are part of Prime Minister Rishi Sunak's effort to clear the nation's 92,000 asylum claim- 'legacy "
    "backlog' by year end.\n"
    "Sunak has made tackling migration one of his main priorities, with laws banning illegal migrants from claiming "
    "asylum in the UK expected next month.")

# demo corpus, "Protests in Iran" (Ned Price, State Department, 28 July 2021)
IRAN = ("Protests in Iran that began with a water shortage — owing to drought and governmental mismanagement and "
        "neglect — in the Khuzestan province have now spread across various cities including Tehran, Karaj and "
        "Tabriz.\nThe Iranian people have a right to voice their frustrations and hold their government "
        "accountable, but we have seen disturbing reports that security forces fired on protesters, resulting in "
        "multiple deaths. We condemn the use of violence against peaceful protestors.")


def test_a_prime_minister_in_a_story_naming_many_states_takes_the_headlines_state(nlp):
    x = extract(UK_ASYLUM, dt.date(2023, 2, 23), nlp=nlp, outlet="Wikinews", title=UK_TITLE)
    banning = next(e for e in x.events if e.trigger.startswith("banning"))
    assert (banning.source_text, banning.source_acts_for, banning.source_sector) == ("Sunak", "GBR", "GOV")


def test_no_headline_state_where_the_title_names_none(nlp):
    x = extract(UK_ASYLUM, dt.date(2023, 2, 23), nlp=nlp, outlet="Wikinews", title="Asylum questionnaires")
    banning = next(e for e in x.events if e.trigger.startswith("banning"))
    assert banning.source_text == "Sunak" and banning.source_acts_for is None


def test_protestors_is_the_phoenix_agent_protester():
    assert generic_agent("peaceful protestors") == generic_agent("protesters") == "OPP"


def test_peaceful_protestors_take_the_state_the_article_is_about(nlp):
    # (the release condemns violence against the protestors: they are its victims, not whom the
    # condemnation is aimed at, so the backing of them carries the check)
    text = IRAN.replace("We condemn the use of violence against peaceful protestors.",
                        "We stand with the peaceful protestors.")
    x = extract(text, dt.date(2021, 7, 28), nlp=nlp, outlet=STATE, title="Protests in Iran")
    backing = next(e for e in x.events if e.trigger.startswith("stand"))
    assert (backing.target_text, backing.target_acts_for, backing.target_sector) == \
        ("peaceful protestors", "IRN", "OPP")


def test_the_victims_of_condemned_violence_are_no_target(nlp):
    # the doer of the violence told before is (act_doers: "security forces fired on protesters"),
    # placed in Iran by the headline; never the protestors it was done to
    x = extract(IRAN, dt.date(2021, 7, 28), nlp=nlp, outlet=STATE, title="Protests in Iran")
    condemn = next(e for e in x.events if e.trigger.startswith("condemn"))
    assert "protest" not in (condemn.target_text or "")
    assert (condemn.target_text, condemn.target_acts_for) == ("security forces", "IRN")


# demo corpus, Wikinews, "North Korea puts military in 'quasi-state of war'" (21 August 2015)
KOREA_TITLE = "North Korea puts military in 'quasi-state of war'"
KOREA = (
    "According to Yonhap news agency, quoting North Korea's main news agency Korean Central News Agency "
    "(KCNA), the country's military has been placed on high alert and has been told to prepare a "
    '"quasi-state of war". The report comes after North and South Korea exchanged artillery fire '
    'yesterday.\n'
    '"War maniacs of the South Korean puppet military made another grave provocation to the DPRK in the '
    'central western sector of the front on Thursday afternoon. They perpetrated such reckless action as '
    'firing 36 shells at KPA civil police posts under the absurd pretext that the KPA fired one shell at '
    'the south side. Six shells of them hit the area near KPA civil police posts 542 and 543 and other 15'
    ' shells fell near KPA civil police posts 250 and 251", said KCNA. "Foolhardy provocation deserves '
    'harsh punishment", it added; and, later, "Kim Jong-un issued an order of the supreme commander of '
    "the Korean People's Army [KPA] that the front-line large combined units of the KPA should enter a "
    'wartime state to be fully battle ready to launch surprise operations".\n'
    'Yesterday, North Korea fired artillery rounds aimed at a loudspeaker in South Korea that broadcasts '
    'anti-Pyongyang propaganda into the North. "Commanders of the Korean People\'s Army were hastily '
    'dispatched to the front-line troops to command military operations to destroy psychological warfare '
    'tools if the enemy does not stop the propaganda broadcast within 48 hours and prepare against the '
    'enemy\'s possible counteractions", added KCNA.\n'
    'No injuries or deaths were reported in the attacks from either side, but South Korea evacuated about'
    ' 80 people in the town of Yeoncheon after at least one shell landed near the area. The South '
    'retaliated by firing dozens of rounds of artillery into the north.')


def test_the_headline_does_not_place_an_agent_whose_clause_names_a_state(nlp):
    from newsgraph.nlp.context_states import headline_state
    from newsgraph.nlp.pipeline import make_doc

    doc = nlp(make_doc(nlp, KOREA, dt.date(2015, 8, 21), outlet="Wikinews", title=KOREA_TITLE))
    assert headline_state(doc, None) == "PRK"
    x = extract(KOREA, dt.date(2015, 8, 21), nlp=nlp, outlet="Wikinews", title=KOREA_TITLE)
    # the people South Korea evacuated at home are no PRK party; the evacuation itself is no
    # event since events 0.7.62 (CAMEO 160 needs the country left: tests/nlp/test_event_trigger_types.py)
    assert not [e for e in x.events if "80 people" in (e.target_text or "") and e.target_acts_for == "PRK"]
    assert not [e for e in x.events if e.trigger.startswith("evacuated")]


# demo corpus, "Deputy Secretary Sherman’s Participation in Strategic Stability Dialogue ..." (28 July 2021)
SHERMAN = ("The below is attributable to Spokesperson Ned Price:\n"
           "Today’s meeting in Geneva was the beginning of this dialogue with the Russian Federation. "
           "Senior officials from Departments of State and Defense will travel to Brussels, Belgium on July 29 "
           "to brief Allies at NATO headquarters.")


def test_allies_as_a_set_of_states_is_no_person_and_no_state(nlp):
    x = extract(SHERMAN, dt.date(2021, 7, 28), nlp=nlp, outlet=STATE)
    travel = next(e for e in x.events if e.trigger.startswith("travel"))
    assert travel.source_acts_for == "USA"
    assert travel.target_text == "Allies"
    assert not (travel.target_key or "").startswith("person:") and travel.target_acts_for is None
