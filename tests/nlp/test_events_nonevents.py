"""Non-events that the hand checks of issue 6 still found stored (task nonevents3): conditions told
by inversion, headings and reference lists, directives and acts inside one government. Each
sentence is a real one from the demo corpus (examples/) or a minimal variant of its grammar."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.nlp.paragraphs import heading_line, mask_markup
from tests.nlp.linked_events import coded as _events, linked


def _linked(nlp, text, outlet="The White House"):
    return linked(nlp, text, outlet, dt.date(2023, 5, 2))


# ---------------------------------------------------------------- conditions told by inversion

def test_inverted_should_condition_is_no_event_and_no_demand(base_nlp):
    # State Department readout (examples/statedept): "should Moscow ... invade" = "if Moscow should invade";
    # the invasion is the condition of a warning, no event of its own (condition_antecedent_check)
    events = _events(base_nlp, "He reiterated that should Moscow pursue the path of aggression and further invade "
                               "Ukraine, it would result in a resolute, massive, and united Transatlantic response.")
    assert "DEMAND" not in [e.type for e in events], [e.explanation for e in events]
    assert [e for e in events if e.type == "ASSAULT"] == [], [(e.trigger, e.status) for e in events]


@pytest.mark.parametrize("text, event_type", [
    ("Should Russia invade Ukraine, the United States will impose sanctions.", "ASSAULT"),
    ("Had the army withdrawn, the rebels would have attacked the capital.", "RETREAT"),
])
def test_inverted_conditions_are_no_events_of_their_own(base_nlp, text, event_type):
    # the act of an inverted condition is its supposition (condition_antecedent_check, task modalcond)
    found = [e for e in _events(base_nlp, text) if e.type == event_type]
    assert found == [], [(e.trigger, e.status) for e in found]


def test_an_obligation_with_should_stays_a_demand(base_nlp):
    events = _events(base_nlp, "The minister said Russia should release the prisoners.")
    assert [e.type for e in events] == ["DEMAND"]
    assert events[0].target_text == "Russia"


# ---------------------------------------------------------------- headings, reference lists, tags

def test_heading_lines():
    assert heading_line("INDIVIDUALS AND ENTITIES DESIGNATED BY THE STATE DEPARTMENT")
    assert heading_line("Securing the Tools for Future Prosperity")
    assert not heading_line("Section 202(d) of the act provides for the termination of a national emergency.")
    assert not heading_line("the President reaffirmed the readiness of the")


def test_a_heading_in_capitals_is_no_sentence_of_the_next_paragraph(nlp):
    # state.gov designation release (examples/statedept): the heading's "DESIGNATED BY THE STATE
    # DEPARTMENT" gave SANCTION events with "INDIVIDUALS" and "ENTITIES" as targets
    text = ("The Department of State is taking additional steps to target Russia's oligarchs.\n"
            "INDIVIDUALS AND ENTITIES DESIGNATED BY THE STATE DEPARTMENT\n"
            "God Nisanov, an oligarch with close ties to numerous Russian officials, is being designated "
            "pursuant to E.O. 14024 section 1(a)(vii).")
    events = _linked(nlp, text, outlet="U.S. Department of State")
    targets = [e.target_text for e in events]
    assert "INDIVIDUALS" not in targets and "ENTITIES" not in targets, targets
    assert not any(e.trigger == "DESIGNATED" for e in events)


def test_a_reference_list_is_no_report(nlp):
    # Wikinews end matter (examples/wikinews-gum): a cited headline is no event of the article
    text = ("In May, Maxime Bernier was forced to resign as Foreign Affairs minister.\n"
            "Sources\n"
            "\"Sensitive government document found on rainy Ottawa street\" — CBC.ca, August 15, 2008\n"
            "Peter Zimonjic. \"MP calls for probe into misplaced documents\" — Edmonton Sun, August 16, 2008")
    events = _linked(nlp, text, outlet="Wikinews")
    assert not [e for e in events if e.type == "INVESTIGATE"], [e.explanation for e in events]


def test_language_tags_are_masked_with_their_length():
    # Global Voices: "[es]" after a link names the source's language
    text = "Jomra unequivocally criticizes President García [es], who said [es] that the protesters were wrong."
    masked = mask_markup(text)
    assert len(masked) == len(text) and "[es]" not in masked and "García" in masked
    assert mask_markup("clause [a] and [zz]") == "clause [a] and [zz]"  # no language code


# ---------------------------------------------------------------- acts inside one government

def test_a_directive_embeds_its_act(base_nlp):
    # White House statement (examples/whitehouse): the supply chain is not shut down by the sentence
    events = _events(base_nlp, "The President directed his team to shut down the supply chain for illicit fentanyl.")
    assert not [e for e in events if e.type == "COERCE"], [e.explanation for e in events]


def test_a_meeting_with_ones_own_team_is_no_event(base_nlp):
    # White House readout (examples/whitehouse)
    assert _events(base_nlp, "The President and his team discussed the successes to date.") == []
    kept = _events(base_nlp, "Biden and his team met Lopez Obrador.")
    assert [(e.type, e.target_text) for e in kept] == [("CONSULT", "Lopez Obrador")]
    kept = _events(base_nlp, "The President and his team met with Mexican officials.")
    assert [e.type for e in kept] == ["CONSULT"]


def test_a_meeting_with_ones_own_staff_is_no_event(base_nlp):
    # State Department media note (examples/statedept): an official's trip to her own passport facilities
    events = _events(base_nlp, "In Tucson, she will observe U.S. passport facility operations and meet with staff.")
    assert not [e for e in events if e.type in ("CONSULT", "AGREE")], [e.explanation for e in events]
    events = _events(base_nlp, "The Secretary met with his staff on Monday.")
    assert not [e for e in events if e.type in ("CONSULT", "AGREE")], [e.explanation for e in events]
    kept = _events(base_nlp, "The Secretary met with Russian embassy staff on Monday.")
    assert [e.type for e in kept] == ["CONSULT"], [e.explanation for e in kept]
    # the possessive says whose; a further modifier does not make the team another side's (review 9)
    events = _events(base_nlp, "The President met with his national security team on Monday.")
    assert not [e for e in events if e.type in ("CONSULT", "AGREE")], [e.explanation for e in events]


# events 0.8.136: a directive to the directing side's own ministers is inside one actor
@pytest.mark.parametrize("text", [
    "The EU leaders asked their foreign ministers to draft a common position.",
    # a bare plural office noun under leaders: by bridging, the leaders' own ministers
    "Summit leaders asked Trade Ministers to prepare a report on tariffs.",
])
def test_a_directive_to_ones_own_ministers_is_no_demand(base_nlp, text):
    events = _events(base_nlp, text)
    assert not [e for e in events if e.type == "DEMAND"], [e.explanation for e in events]


@pytest.mark.parametrize("text, target", [
    # another side's ministers, by possessor, adjective, "of" phrase or determiner
    ("The EU leaders asked Turkey's ministers to reopen the border.", "Turkey's ministers"),
    ("The EU leaders asked the foreign ministers of the Arab League to draft a common position.",
     "foreign ministers of the Arab League"),
    ("The EU leaders asked African trade ministers to prepare a report on tariffs.", "African trade ministers"),
    # the possessive of people who direct no ministers: their state's, a demand on it
    ("The farmers asked their ministers to cut fuel taxes.", "their ministers"),
    # a bare plural under a subject that leads no government
    ("Students asked Education Ministers to cut fees.", "Education Ministers"),
])
def test_a_request_to_another_sides_ministers_stays_a_demand(base_nlp, text, target):
    events = [e for e in _events(base_nlp, text) if e.type == "DEMAND"]
    assert [e.target_text for e in events] == [target], [e.explanation for e in events]


# events 0.8.136: a trip whose told acts at a place address only the traveller's own mission or staff
def test_a_trip_to_ones_own_post_is_no_visit(base_nlp):
    # the itinerary's "In <place>, she will ..." tells only the mission's own work and staff there
    text = ("The ambassador will travel to Accra and Kumasi next week. In Kumasi, she will inspect consular "
            "services and meet with staff.")
    events = [e for e in _events(base_nlp, text) if e.mode and e.mode.endswith("visit")]
    assert [e.target_text for e in events] == ["Accra"], [e.explanation for e in events]


def test_a_trip_to_meet_embassy_staff_is_no_visit(base_nlp):
    events = _events(base_nlp, "The Secretary traveled to Nairobi to meet with embassy staff.")
    assert not [e for e in events if e.type in ("CONSULT", "AGREE")], [e.explanation for e in events]


@pytest.mark.parametrize("text, target", [
    # another party met on the trip keeps the visit
    ("The Secretary traveled to Nairobi to meet with Kenyan officials.", "Kenyan officials"),
    # a trip told with no act keeps its place as the host
    ("The Secretary traveled to Nairobi.", "Nairobi"),
    # another side's mission staff
    ("The Secretary traveled to Nairobi to meet with Russian embassy staff.", "Russian"),
])
def test_a_trip_with_another_party_stays_a_visit(base_nlp, text, target):
    events = [e for e in _events(base_nlp, text) if e.mode and e.mode.endswith("visit")]
    assert [e.target_text for e in events] == [target], [e.explanation for e in events]


def test_a_trip_to_ones_own_post_keeps_a_meeting_at_the_other_stop(base_nlp):
    text = ("The ambassador will travel to Accra and Kumasi next week. In Kumasi, she will inspect consular "
            "services and meet with Ghanaian officials.")
    events = [e for e in _events(base_nlp, text) if e.mode and e.mode.endswith("visit")]
    assert [e.target_text for e in events] == ["Accra", "Kumasi"], [e.explanation for e in events]


def test_own_interagency_partners_are_no_counterpart(nlp):
    # White House statement (examples/whitehouse): a Secretary's consultation inside the U.S. government
    events = _linked(nlp, "Secretary Mayorkas made this decision after consulting with interagency partners and "
                          "carefully considering the conditions in Haiti.")
    assert not [e for e in events if e.type == "CONSULT"], [(e.source_text, e.target_text) for e in events]
    # State Department release (examples/statedept): a Special Envoy coordinating U.S. federal agencies
    events = _linked(nlp, "Special Envoy Daniel Foote will coordinate the effort of U.S. federal agencies in Haiti "
                          "from Washington.")
    assert not [e for e in events if e.type in ("AGREE", "COOPERATE")], [(e.source_text, e.target_text) for e in events]


def test_praise_of_ones_own_executive_organs_is_no_event(nlp):
    # White House statement (examples/whitehouse): the White House commending U.S. agencies
    events = _linked(nlp, "We commend the Department of Justice and the Federal Bureau of Investigation for their "
                          "diligence and professionalism in this matter.")
    assert events == [], [(e.source_text, e.target_text) for e in events]
    kept = _linked(nlp, "We commend the Government of Mexico for its diligence.")
    assert [(e.type, e.target_acts_for) for e in kept] == [("SUPPORT", "MEX")]


@pytest.mark.parametrize("text, outlet, event_type", [
    # State Department releases (examples/statedept): consular service and a ceremony for a state's own
    # citizens, and a state steering its own firms (event_detection.yaml own_people_acts)
    ("Assistant Secretary Rena Bitter will travel to Texas. In Houston, she will attend a naturalization "
     "ceremony, congratulating new U.S. citizens.", "United States Department of State", "AGREE"),
    ("We have stationed support teams near the Ukrainian border in Romania, Hungary, Slovakia, and Moldova to "
     "provide assistance to U.S. citizens.", "United States Department of State", "AID"),
    ("Beijing directed massive over-investment by Chinese companies, which then flooded the global market "
     "with cheap steel.", "United States Department of State", "AGREE"),
])
def test_a_state_serving_or_steering_its_own_people_is_no_event(nlp, text, outlet, event_type):
    found = [e for e in linked(nlp, text, outlet, dt.date(2022, 6, 27)) if e.type == event_type]
    assert found == [], [(e.source_text, e.target_text, e.target_acts_for, e.target_sector) for e in found]


def test_a_state_meeting_its_own_civil_society_stays_an_event(nlp):
    # White House readout (examples/whitehouse): PLOVER codes domestic events; a meeting is one
    events = _linked(nlp, "Today, Senior Advisor Cedric Richmond met with Cuban American leaders to discuss the "
                          "situation in Cuba.")
    assert [(e.type, e.target_acts_for, e.target_sector) for e in events if e.type == "CONSULT"] == \
        [("CONSULT", "USA", "CVL")], [(e.type, e.target_text, e.target_sector) for e in events]


def test_the_content_of_a_commitment_is_not_done(base_nlp):
    # White House readout (examples/whitehouse): China's and Mexico's commitments, not the President's act
    events = _events(base_nlp, "The President and his team discussed how to build upon last week’s significant "
                               "commitments from China and Mexico to crack down on the precursors, production, and "
                               "trafficking of illicit fentanyl.")
    assert not [e for e in events if e.type == "COERCE"], [e.explanation for e in events]


# ---------------------------------------------------------------- boilerplate aims

@pytest.mark.parametrize("text", [
    # USAID fact sheet (examples/whitehouse): SURGES "will mobilize investment" gave THREATEN/mobilize
    "The new program will mobilize investment, create jobs and increase income.",
    # af.mil (examples/af-mil-2016)
    "The Air Force developed and deployed a sensor payload on a tactical remotely piloted air vehicle.",
])
def test_deploying_a_thing_is_no_mobilisation(base_nlp, text):
    events = _events(base_nlp, text)
    assert not [e for e in events if e.type in ("MOBILIZE", "THREATEN")], [e.explanation for e in events]


@pytest.mark.parametrize("text", [
    "Russia deployed 100,000 troops near the border.",
    "NATO deployed additional battlegroups.",
    "For weeks, we have been warning the world that Russia was mobilizing for military aggression against Ukraine.",
])
def test_deploying_forces_stays_mobilisation(base_nlp, text):
    assert "MOBILIZE" in [e.type for e in _events(base_nlp, text)]


# ---------------------------------------------------------------- a lone speaker's talk (check not-monologue)

@pytest.mark.parametrize("text", [
    # af.mil (examples/af-mil-2016): a speaker at a conference
    "Rich Lombardi, the acting assistant secretary of Air Force acquisition, discussed how the acquisitions "
    "enterprise needs to focus on three areas.",
    # Wikinews (examples/wikinews-gum): a politician treating a topic in public
    "Rick Santorum himself has acknowledged and discussed the existence and prevalence of the santorum neologism "
    "phenomenon; he was quoted by The Canadian Press on his assessment of Google's response.",
])
def test_a_named_person_discussing_a_topic_alone_is_no_meeting(base_nlp, text):
    events = _events(base_nlp, text)
    assert not [e for e in events if e.type == "CONSULT"], [e.explanation for e in events]


@pytest.mark.parametrize("text", [
    # State Department readouts (examples/statedept): a co-subject or a "with" partner is the other side
    "Secretary Blinken and Foreign Minister Kuleba discussed ongoing diplomatic efforts to stop Putin's war of choice.",
    "Secretary Blinken discussed the crisis with Foreign Minister Kuleba.",
    # a delegation speaks inside talks (examples/statedept)
    "The U.S. delegation discussed U.S. policy priorities and the current security environment.",
    # a readout's later sentence: the call told just before is the meeting (variant of tests/nlp/test_event_dates_readout.py)
    "Secretary of State Antony J. Blinken spoke by phone yesterday with Ukrainian Foreign Minister Dmytro Kuleba. "
    "Secretary Blinken discussed progress since the June launch of the grain corridor.",
])
def test_a_discussion_with_a_partner_stays_a_meeting(nlp, text):
    assert "CONSULT" in [e.type for e in _events(nlp, text)]
