"""Sources and targets that are no actors (reports, designations, attack methods), demands sent in
a message, and "they" for the participants of a readout (task s14 nonactors). Sentences are real,
from the bundled demo corpus (examples/statedept, examples/whitehouse), unless marked constructed."""

from tests.nlp.linked_events import coded as _events, show as _explain


# -- inanimate nouns never act (plover_frames.yaml non_agent_nouns)

def test_a_designation_in_a_headline_is_no_source(base_nlp):
    events = _events(base_nlp, "New Designation Allows Eligible Venezuelans to Apply for TPS and Employment "
                     "Authorization Documents")
    eased = [e for e in events if e.type == "CONCEDE"]
    assert eased and all(e.source_text is None for e in eased), _explain(events)


def test_an_attack_method_is_no_doer(base_nlp):
    events = _events(base_nlp, "Over the weekend, we heard the DDoS attacks against Romania and Moldova.")
    assert not [e for e in events if e.source_text == "DDoS"], _explain(events)


def test_the_doer_of_a_cyber_attack_stays_its_possessor(base_nlp):
    # constructed contrast: the method names the mode, the possessor the doer
    events = _events(base_nlp, "Russia’s DDoS attacks against Ukraine continued.")
    assert [(e.type, e.mode, e.source_text, e.target_text) for e in events] == [
        ("COERCE", "cyber", "Russia", "Ukraine")], _explain(events)


def test_an_accusation_from_a_report_names_its_author(nlp):
    # constructed contrast to "According to credible reports, ..." (tests/fixtures/events/news_frames.json)
    doc = nlp("According to a report by Human Rights Watch, the Nicaraguan police have been involved in torture.")
    accused = [e for e in doc._.ng_events if e.mode == "accuse"]
    assert [(e.source_text, e.target_text) for e in accused] == [("Human Rights Watch", "Nicaraguan police")]


# -- a demand spelt out in a message is its sender's

def test_the_sender_of_a_signal_makes_the_demand(base_nlp):
    # (task senses3: "The world is sending ..." names no identifiable sender: no DEMAND, see
    # test_event_surface_senses.py; a named sender keeps the demand)
    events = _events(base_nlp, "The G7 is sending another clear signal that Russia must immediately and "
                     "unconditionally cease its war of aggression against Ukraine and honor the principles "
                     "enshrined in the UN Charter.")
    demands = [e for e in events if e.type == "DEMAND"]
    assert demands and all(e.source_text == "G7" and e.target_text == "Russia" for e in demands), _explain(events)
    assert "sender of the message" in demands[0].explanation


def test_an_obligation_outside_a_message_stays_the_writers(base_nlp):
    events = _events(base_nlp, "Russia must immediately cease its war of aggression against Ukraine.")
    demands = [e for e in events if e.type == "DEMAND"]
    assert demands and demands[0].source_text is None and "writer" in demands[0].explanation


# -- "they" for the participants of a readout

def test_they_after_two_named_co_subjects_are_those_two(nlp):
    doc = nlp("Under Secretary Nuland and Deputy Secretary General Mora welcomed the exceptional unity shown at "
              "the recent European Council. They condemned the Kremlin’s unprovoked, unjustifiable, and barbaric "
              "war against Ukraine.")
    condemned = [e for e in doc._.ng_events if e.type == "DISAPPROVE"]
    # one event per participant toward the target (POLECAT: once per source-target pair)
    assert [(e.source_text, e.target_text) for e in condemned] == [("Nuland", "Kremlin"), ("Mora", "Kremlin")], \
        _explain(condemned)


def test_they_continue_the_two_leaders_of_a_readout(nlp):
    doc = nlp("President Joe Biden met today with President Luiz Inácio Lula da Silva of Brazil on the margins of "
              "the G20 Summit in Rio de Janeiro. President Biden congratulated President Lula on Brazil’s G20 "
              "host year. President Biden reiterated U.S. commitment to digital inclusion. The two leaders "
              "underscored their commitment to democratic institutions and the rule of law, both at home and "
              "abroad. In the Americas, they agreed to continue consulting on the situation in Venezuela.")
    agreed = [e for e in doc._.ng_events if e.trigger.startswith("agreed")]
    assert agreed and all(e.source_text == "Joe Biden" for e in agreed), _explain(agreed)


def test_both_countries_after_two_named_co_subjects_are_those_two(nlp):
    # White House readout of the Biden-López Obrador meeting (examples/whitehouse/statements_geopolitics.jsonl:25):
    # the actor span "countries" leaves out "both", which makes a state noun the co-subjects' pair
    doc = nlp("President Biden and President López Obrador announced a joint investment in southern Mexico. "
              "The programs will benefit 540,000 people. Building on the October announcement of the "
              "Bicentennial Framework, both countries pledged to create working groups on arms trafficking.")
    pledged = [e for e in doc._.ng_events if e.trigger.startswith("pledged")]
    assert {e.source_text for e in pledged} == {"Biden", "López Obrador"}, _explain(pledged)
    assert {e.source_key for e in pledged} == {"person:biden", "person:lopez-obrador"}, _explain(pledged)


def test_both_countries_with_no_named_co_subjects_before_stay_unresolved(nlp):
    # constructed near miss: the two presidents are named, but not as co-subjects of one clause,
    # so "both countries" has no pair to take
    doc = nlp("President Biden thanked President López Obrador for the joint investment in southern Mexico. "
              "Building on the October announcement of the Bicentennial Framework, both countries pledged to "
              "create working groups on arms trafficking.")
    pledged = [e for e in doc._.ng_events if e.trigger.startswith("pledged")]
    assert pledged and all(e.source_key is None for e in pledged), _explain(pledged)


def test_they_in_a_subordinate_clause_is_not_the_readouts_participants(nlp):
    # constructed: the "they" of a because-clause is the protesters, not the two presidents
    doc = nlp("President Biden and President Lula met in Rio. Hundreds of protesters languish in jails on "
              "arbitrary charges because they criticized the regime and its leaders.")
    criticized = [e for e in doc._.ng_events if e.trigger == "criticized"]
    # since linking 0.3.817 the unplaced "they" is stored as its antecedent's words
    assert criticized and all(e.source_text == "protesters" for e in criticized), _explain(criticized)
    assert all(not (e.source_key or "").startswith("person:") for e in criticized), _explain(criticized)


# -- a place is where an act happens, not always its target

def test_time_spent_in_a_place_is_no_aid(base_nlp):
    for text in ("For security reasons, Department of State personnel currently in Lviv will spend the night in Poland.",
                 "From 1806 to 1807, Simon Bolívar spent six months in the United States traveling the East Coast."):
        events = _events(base_nlp, text)
        assert not [e for e in events if e.type == "AID" or (e.mode or "").startswith("aid")], _explain(events)


def test_money_spent_in_a_place_stays_aid(base_nlp):
    # constructed contrast: CAMEO 071 "spend (in)" gives money to the place
    events = _events(base_nlp, "The United States will spend $50 million in Haiti to support the police.")
    assert [(e.source_text, e.target_text) for e in events if (e.mode or "").startswith("aid")] == [
        ("United States", "Haiti")], _explain(events)


def test_a_fronted_place_is_the_scope_not_the_target(nlp):
    doc = nlp("President Joe Biden met today with President Luiz Inácio Lula da Silva of Brazil. In the Americas, "
              "they agreed to continue consulting on the situation in Venezuela.")
    agreed = [e for e in doc._.ng_events if e.trigger.startswith("agreed")]
    assert agreed and not [e for e in agreed if e.target_text == "Americas"], _explain(agreed)


def test_a_promised_meeting_in_a_city_does_not_target_the_city(base_nlp):
    events = _events(base_nlp, "The United States and Mexico agreed to meet again in Washington in January 2024 to "
                     "continue to advance our strong partnership on migration management.")
    assert not [e for e in events if e.target_text == "Washington"], _explain(events)


def test_a_designation_that_reaffirms_is_still_no_event(base_nlp):
    # only an easing keeps the unnamed authority's act (CONCEDE); a document's other "acts" stay
    # the thing-subject check's ("This designation reaffirms the commitment of the United States")
    events = _events(base_nlp, "This designation reaffirms the commitment of the United States to combat "
                     "corruption that undermines the Ecuadorian people’s faith in its democratic institutions.")
    assert not events, _explain(events)


def test_they_after_a_far_two_leaders_sentence_are_the_participants(nlp):
    # the readout's "The two leaders" stands for the participants at any distance; "they" right after it too
    doc = nlp("President Joe Biden met today with President Luiz Inácio Lula da Silva of Brazil. President Biden "
              "congratulated President Lula on Brazil’s G20 host year. As part of their joint effort to promote "
              "decent work, the leaders reviewed progress under the Partnership for Workers’ Rights. President "
              "Biden reiterated U.S. commitment to digital inclusion. The two leaders underscored their commitment "
              "to democratic institutions. In the Americas, they agreed to continue consulting on the situation "
              "in Venezuela.")
    agreed = [e for e in doc._.ng_events if e.trigger.startswith("agreed")]
    assert agreed and all(e.source_text == "Joe Biden" for e in agreed), _explain(agreed)


def test_a_legal_status_granted_is_no_target(base_nlp):
    events = _events(base_nlp, "Ecuador has set the example by granting Temporary Protected Status to Venezuelans "
                     "fleeing the humanitarian crisis in their country.")
    assert [(e.source_text, e.target_text) for e in events] == [("Ecuador", "Venezuelans")], _explain(events)


def test_an_executive_order_is_no_target(base_nlp):
    # (0.7.157: "The E.O. is designed to prevent Russia from ..." characterises the order by its
    # purpose and is no event (check not-aim); the order's abbreviation is tried where the act is done)
    events = _events(base_nlp, "The United States issued the E.O. to prevent Russia from profiting off of this "
                     "blatant violation of international law.")
    assert events and all(e.target_text == "Russia" for e in events), _explain(events)


def test_a_disease_is_no_recipient(base_nlp):
    events = _events(base_nlp, "U.S. assistance helps improve food security, provides vaccines against COVID-19, "
                     "makes schools and health clinics more accessible, trains police and investigators to ensure "
                     "justice for all Hondurans.")
    assert not [e for e in events if "COVID" in (e.target_text or "")], _explain(events)


def test_bare_allies_beside_a_named_state_are_no_source_of_their_own(base_nlp):
    # (the class "those responsible" is no party since events 0.7.420: a named one is held to account here)
    events = _events(base_nlp, "He stressed that the United States, Allies, and partners will continue to hold "
                     "the Russian commanders accountable for atrocities committed in Ukraine.")
    assert events and {e.source_text for e in events} == {"United States"}, _explain(events)


def test_named_allies_stay_a_source(base_nlp):
    # constructed contrast: "NATO Allies" names a body's members
    events = _events(base_nlp, "NATO Allies and partners provided weapons to Ukraine.")
    assert [e.source_text for e in events] == ["NATO Allies"], _explain(events)


# -- a gathering is an event, not an actor (plover_frames.yaml non_agent_nouns: meeting, summit, ministerial)

def test_a_meeting_examines_nothing(base_nlp):
    # examples/statedept (Secretary Blinken and Secretary Austin's travel to Ukraine, 2022-04-25)
    events = _events(base_nlp, "Convened by the United States, the Consultative Meeting will examine the operational "
                     "picture on the ground and review near-term Ukrainian defense needs.")
    assert not [e for e in events if e.source_text and "Meeting" in e.source_text], _explain(events)


def test_a_summit_is_no_target_of_its_host(base_nlp):
    # constructed contrast: who meets at a summit still meets
    events = _events(base_nlp, "President Biden met President Lopez Obrador at the Summit of the Americas.")
    met = [e for e in events if e.type == "CONSULT"]
    assert met and all("Summit" not in (e.target_text or "") and "Summit" not in (e.source_text or "")
                       for e in met), _explain(events)


def test_a_summit_named_as_the_occasion_is_no_target(base_nlp):
    # examples/whitehouse (readout of Jake Sullivan's meeting with Economy Minister Sergio Massa, 2022-09-08)
    events = _events(base_nlp, "Mr. Sullivan and Mr. Massa also reaffirmed joint commitments\nby President Biden and "
                     "President Fernandez at the Summit of the Americas\nto help promote food security and access "
                     "to energy for the world to")
    reaffirmed = [e for e in events if e.trigger.startswith("reaffirm")]
    assert reaffirmed and not [e for e in reaffirmed if e.target_text and "Americas" in e.target_text], _explain(events)
