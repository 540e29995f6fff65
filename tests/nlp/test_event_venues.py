"""Targets that are no participants (task s15 venues): a venue or occasion phrase ("at the UN
Security Council", "on the margins of the United Nations General Assembly", "on the eve of the
Conference") is where or when an act happens; "X and members of his team" is X's side; a piece of a
hyphenated word the NER took into a name ("Russian de-escalation") is no actor. Sentences are real,
from the bundled demo corpus (examples/statedept, examples/whitehouse), unless marked constructed."""

from tests.nlp.linked_events import coded as _events, show as _explain


# -- a venue or an occasion is no target (plover_frames.yaml venue_nouns, occasion_phrase_nouns)

def test_an_occasion_phrase_gives_way_to_the_party_called_on(base_nlp):
    events = _events(base_nlp, "On the eve of the Ukraine Accountability Conference, the United States calls on "
                     "Russia to immediately halt its systematic “filtration” operations and forced deportations "
                     "in Russian-controlled and held areas of Ukraine.")
    demands = [e for e in events if e.type == "DEMAND"]
    assert demands and all(e.target_text == "Russia" for e in demands), _explain(events)


def test_a_body_named_as_the_place_of_what_is_welcomed_is_no_target(base_nlp):
    events = _events(base_nlp, "Under Secretary Nuland and Deputy Secretary General Mora welcomed the exceptional "
                     "unity shown at the recent European Council, extraordinary NATO Leaders’ Meeting, and G7 "
                     "Leaders’ Meeting.")
    assert not [e for e in events if e.target_text and "Council" in e.target_text], _explain(events)


def test_a_meeting_promised_on_the_margins_of_an_assembly_is_with_the_other_side(nlp):
    doc = nlp("National Security Advisor Jake Sullivan spoke by telephone today with Brazilian Presidential "
              "Advisor Celso Amorim to follow up on last week’s call between President Biden and President Lula. "
              "They agreed to meet in person on the margins of the United Nations General Assembly.")
    promised = [e for e in doc._.ng_events if e.type == "AGREE"]
    assert promised and all("Amorim" in (e.target_text or "") for e in promised), _explain(doc._.ng_events)


def test_coordination_at_the_security_council_is_between_the_readout_sides(nlp):
    doc = nlp("Today, National Security Advisor Jake Sullivan met with Brazilian Secretary for Strategic Affairs "
              "Admiral Flávio Rocha at the White House to build on the bilateral agenda established in Brasilia in "
              "August. They committed to coordinate on multilateral priorities at the UN Security Council in "
              "advance of Brazil’s 2022-2023 term.")
    committed = [e for e in doc._.ng_events if e.type == "AGREE"]
    assert committed and all("Rocha" in (e.target_text or "") for e in committed), _explain(doc._.ng_events)


def test_sidelines_of_a_summit_keep_the_partner_met(base_nlp):
    # constructed contrast: the partner "with" stays the target beside the occasion phrase
    events = _events(base_nlp, "Secretary Blinken met with Foreign Minister Franca on the sidelines of the G20 Summit.")
    assert [(e.type, e.target_text) for e in events] == [("CONSULT", "Franca")], _explain(events)


# -- "X and members of his team": one side

def test_members_of_the_partners_own_team_are_no_second_party(base_nlp):
    events = _events(base_nlp, "Mr. Sullivan also met with President-elect Lula and members of his transition team, "
                     "during which he congratulated the President-elect on his election victory.")
    met = [e for e in events if e.type == "CONSULT"]
    assert [e.target_text for e in met] == ["President-elect Lula"], _explain(events)


def test_members_of_another_body_stay_a_second_party(base_nlp):
    # constructed contrast: no possessive pronoun ties the members to the first conjunct
    events = _events(base_nlp, "The Secretary met with Prime Minister Modi and members of the opposition.")
    assert {e.target_text for e in events if e.type == "CONSULT"} == {"Modi", "members of the opposition"}, \
        _explain(events)


# -- a hyphenated common word is no part of a name

def test_a_hyphenated_word_after_a_nationality_is_no_actor(base_nlp):
    events = _events(base_nlp, "The Secretary urged immediate Russian de-escalation and the withdrawal of troops and "
                     "equipment from Ukraine’s borders.")
    demands = [e for e in events if e.type == "DEMAND"]
    assert [e.target_text for e in demands] == ["Russian"], _explain(events)


def test_a_word_split_at_a_line_break_is_no_actor(base_nlp):
    # constructed: the same sentence wrapped at the hyphen, as plain-text releases are
    events = _events(base_nlp, "The Secretary urged immediate Russian de-\nescalation and the withdrawal of troops.")
    assert [e.target_text for e in events if e.type == "DEMAND"] == ["Russian"], _explain(events)


def test_a_name_starting_a_hyphenated_modifier_stays_an_actor(base_nlp):
    # constructed contrast: "Russian-controlled" keeps its name
    events = _events(base_nlp, "Russian-controlled forces attacked Ukraine.")
    assert [(e.source_text, e.target_text) for e in events] == [("Russian-controlled forces", "Ukraine")], \
        _explain(events)


def test_people_at_a_body_are_its_own(base_nlp):
    # "at" after a person object (hung on the verb by the parser) names their body, no venue
    events = _events(base_nlp, "We thank our partners at the council for moving swiftly to approve this decision, "
                     "which formally endorses the mission and lays the framework for how the international "
                     "community can best support Haiti at this critical time.")
    assert [e.target_text for e in events if e.trigger == "thank"] == ["council"], _explain(events)


def test_a_counterpart_is_the_other_side(base_nlp):
    events = _events(base_nlp, "The treaty, signed on July 26 between Iran’s Defense Minister Brigadier General "
                     "Mohammad Reza Ashtiani and his Bolivian counterpart Edmundo Novillo, provides for the "
                     "deployment of Iranian-made drones.")
    assert any(e.target_text and "Novillo" in e.target_text for e in events), _explain(events)


def test_a_hyphenated_word_is_cut_from_the_nationality_mention(nlp):
    doc = nlp("The Secretary urged immediate Russian de-escalation and the withdrawal of troops and equipment "
              "from Ukraine’s borders.")
    assert [(m.text, m.entity_key) for m in doc._.ng_mentions if m.text.startswith("Russian")] == [
        ("Russian", "country:RUS")]
    assert [(e.target_text, e.target_key) for e in doc._.ng_events if e.type == "DEMAND"] == [
        ("Russian", "country:RUS")]


# -- kinds of an inanimate thing are no people

def test_families_of_malware_are_no_target_the_networks_owner_is(base_nlp):
    events = _events(base_nlp, "For example, the United States has assessed that Russian military cyber operators "
                     "have deployed multiple families of destructive wiper malware, including WhisperGate, on "
                     "Ukrainian Government and private sector networks.")
    cyber = [e for e in events if e.type == "COERCE"]
    assert [e.target_text for e in cyber] == ["Ukrainian Government"], _explain(events)
