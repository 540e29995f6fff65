"""Issue 6 event fields: the target the act's phrase names, one group for conjoined unnamed
kinds, a member named by the body it belongs to, and the date an event's own clause gives
(TimeML: a BEFORE/AFTER signal does not date an event; an accusation is dated when made).
Each sentence is written in the style of the government releases the issue measures on."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.nlp.events import find_events
from newsgraph.nlp.pipeline import extract
from tests.nlp.linked_events import explain, linked
from tests.scripts import load_script


def _only(events, event_type):
    found = [e for e in events if e.type == event_type]
    assert len(found) == 1, [(e.type, e.explanation) for e in events]
    return found[0]


@pytest.mark.parametrize("text, event_type, target", [
    # a non-finite modifier of the object names the target
    ("Next week the United Kingdom will impose new sanctions targeting Belarus.", "THREATEN", "Belarus"),
    # a stance noun's complement: the held commitment is to the state it names (a commitment to an
    # act; one to verbal backing, "to support Moldova", is SUPPORT since task types9)
    ("The Foreign Minister reiterated Canada's commitment to work with Moldova.", "AGREE", "Moldova"),
    # a possessor two prepositions down: the concern is about the state's institutions
    ("The Chancellor reiterated her concern about recent changes to Hungary's judicial system.",
     "DISAPPROVE", "Hungary"),
])
def test_the_target_inside_the_object_phrase(base_nlp, text, event_type, target):
    event = _only(find_events(base_nlp(text)), event_type)
    assert event.target_text == target, event.explanation
    assert "actor inside the object phrase" in event.explanation


def test_a_clause_with_its_own_subject_gives_no_target(base_nlp):
    # "Iran never acquires ..." is another act, not who the commitment is directed at
    events = find_events(base_nlp("The President reiterated his commitment to ensuring Iran never acquires a nuclear weapon."))
    assert all(e.target_text != "Iran" for e in events), [e.explanation for e in events]


def test_conjoined_unnamed_kinds_are_one_target(base_nlp):
    events = find_events(base_nlp("The Prime Minister is coordinating with allies and partners on a response."))
    event = _only(events, "COOPERATE")
    assert event.target_text == "allies and partners"


def test_two_sectors_stay_two_sides(base_nlp):
    events = find_events(base_nlp("Clashes broke out between protesters and security forces in the capital."))
    assert {e.source_text for e in events} == {"protesters", "security forces"}


def test_a_member_is_named_by_the_body_it_belongs_to(nlp):
    doc = nlp("The Department of State imposed visa restrictions on 50 family members of Nicaraguan officials.")
    event = _only(doc._.ng_events, "SANCTION")
    assert event.target_text == "50 family members of Nicaraguan officials"
    assert event.target_acts_for == "NIC"


def _dated(text):
    return extract(text, dt.date(2023, 9, 20), outlet="The White House").events


def test_a_deadline_does_not_date_the_invitation():
    event = _only(_dated("The President invited Prime Minister Kishida to Washington before the end of the year."), "AGREE")
    assert (event.date, event.date_source) == ("2023-09-20", "publication")


def test_an_accusation_is_dated_when_made_not_by_the_deed():
    events = _dated("The Secretary again condemned Hamas, the terrorist organization that perpetrated the massacre on October 7.")
    # the condemnation (and any accusation read off "that perpetrated") is dated when made
    accusations = [e for e in events if e.type == "DISAPPROVE"]
    assert accusations and all(e.date == "2023-09-20" for e in accusations)


def test_the_clause_date_still_dates_its_event():
    event = _only(_dated("On September 12, the United States imposed sanctions on three Russian banks."), "SANCTION")
    assert (event.date, event.date_source) == ("2023-09-12", "text")


def _in_release(text, outlet="U.S. Department of State"):
    return extract(text, dt.date(2024, 3, 5), outlet=outlet).events


def test_an_agentless_designation_in_a_states_release_is_the_publishers():
    event = _only(_in_release("Joint Stock Company Almaz-Antey is being designated pursuant to E.O. 14024 "
                              "for operating in the defense sector of the Russian economy."), "SANCTION")
    assert (event.source_key, event.source_acts_for) == ("country:USA", "USA"), event.explanation
    assert "agentless" in event.explanation


def test_an_agentless_arrest_is_not_the_publishers():
    # the arresting state is not the one reporting the arrest
    event = _only(_in_release("Opposition leaders were arrested last week."), "COERCE")
    assert event.source_key is None and event.source_acts_for is None


def test_a_fact_sheets_listed_measure_is_the_publishers():
    # State Department fact sheet list item (demo corpus, 2022-2023): no agent in the fragment
    events = _in_release("Action to impose visa restrictions on 17 individuals responsible for undermining "
                         "democracy in Belarus pursuant to Presidential Proclamation 8015.")
    event = _only(events, "SANCTION")
    assert (event.source_key, event.source_acts_for) == ("country:USA", "USA"), event.explanation
    assert "release lists with no agent" in event.explanation


def test_a_listed_measure_after_its_lead_in_is_the_publishers():
    # the parser joins the item to its lead-in line; the item's own clause names no agent
    events = _in_release("As a result, the United States is taking further actions to promote accountability "
                         "for human rights abuses and violations, to include:\nAction to impose visa restrictions "
                         "on 587 Russian individuals pursuant to a new policy under Section 212(a)(3)(C) of the "
                         "Immigration and Nationality Act.")
    event = _only([e for e in events if e.trigger.startswith("impose")], "SANCTION")
    assert event.source_acts_for == "USA", event.explanation


def test_a_listed_measure_misparsed_as_a_subject_is_the_publishers():
    # the parser makes "Action" the subject of "been [complicit]": the act's own noun is no agent
    events = _in_release("Action to impose visa restrictions on 511 officers of the Russian Federation military, "
                         "including officers operating in the Zaporizhzhia and Mariupol areas, pursuant to a policy "
                         "under Section 212(a)(3)(C) of the Immigration and Nationality Act that applies to those who "
                         "are believed to have supported, been actively complicit in, or been responsible for "
                         "ordering actions that threaten the sovereignty of Ukraine.")
    event = _only([e for e in events if e.trigger.startswith("impose")], "SANCTION")
    assert event.source_acts_for == "USA", event.explanation


def test_a_commitment_others_endorse_is_not_the_publishers():
    # White House fact sheet on G7 commitments: "will be endorsed" is a clause of its own, and since
    # events 0.7.940 what the commitments cover ("on imposing ...") is only promised: no SANCTION at
    # all, so none of the publisher's
    events = _in_release("New commitments on imposing economic pressure measures against Russia's energy, "
                         "extractive, financial, and defense and industrial sectors also will be endorsed.",
                         outlet="The White House")
    assert not [e for e in events if e.type == "SANCTION"], [(e.type, e.explanation) for e in events]


def test_a_measure_with_its_own_agent_is_not_the_publishers():
    # a sentence that names who imposes keeps its agent (G7 commitments, not the publisher's)
    events = _in_release("The European Union is imposing visa restrictions on 25 Belarusian officials.")
    event = _only(events, "SANCTION")
    assert event.source_acts_for != "USA", event.explanation


def test_a_listed_measure_outside_a_states_release_has_no_source():
    events = extract("Action to impose visa restrictions on 17 individuals responsible for undermining "
                     "democracy in Belarus pursuant to Presidential Proclamation 8015.",
                     dt.date(2024, 3, 5), outlet="Global Voices").events
    event = _only(events, "SANCTION")
    assert event.source_key is None and event.source_acts_for is None, event.explanation


def test_a_misattached_by_is_the_agent_not_the_target(base_nlp):
    # a dated past designation (the present "which is designated" is a standing status, no event:
    # not-standing-passive, events 0.7.93)
    events = find_events(base_nlp("Parchin Chemical Industries, which was designated for sanctions by the "
                                  "United Nations in 2006, supplied the network."))
    event = _only(events, "SANCTION")
    assert event.source_text == "United Nations" and event.target_text != "United Nations", event.explanation


# ---------------------------------------------------------------- calibrated confidence

def test_named_actors_on_both_sides_are_more_likely_right(nlp):
    from newsgraph.nlp import event_confidence

    weights = event_confidence.load_map()["weights"]
    named = _only(nlp("Peru recalled its ambassador from Mexico.")._.ng_events, "SANCTION")
    assert named.calibration_features["named_actors"] == 1.0 and named.calibration_features["both_actors"] == 1.0
    half = dict(named.calibration_features, named_actors=0.5, both_actors=0.0)
    assert event_confidence.probability(weights, half) < event_confidence.probability(weights, named.calibration_features)


def test_the_storing_check_reads_the_rule_score():
    from newsgraph.nlp import event_confidence
    from newsgraph.nlp.types import Event

    def event(score, status="asserted", explanation=""):
        return Event(type="SANCTION", sentence_start=0, sentence_end=10, trigger="x", trigger_start=0,
                     trigger_end=1, confidence=score, status=status, explanation=explanation)

    assert event_confidence.passes_check(event(0.5), 0.3)
    assert not event_confidence.passes_check(event(0.2), 0.3)
    assert not event_confidence.passes_check(event(0.9, "negated"), 0.3)  # a plain negated act
    assert event_confidence.passes_check(event(0.1, "negated", "status=negated (denial)"), 0.3)


def test_the_fit_is_deterministic_and_cross_validated():
    fit = load_script("fit_event_calibration")
    # four articles; right events have both actors named, wrong ones lack a target
    rows = []
    for article in "abcd":
        right = dict.fromkeys(fit.FEATURES, 0.0) | {"bias": 1.0, "rule_score": 0.7, "both_actors": 1.0,
                                                    "named_actors": 1.0}
        wrong = dict.fromkeys(fit.FEATURES, 0.0) | {"bias": 1.0, "rule_score": 0.5, "named_actors": 0.5}
        rows += [(article, right, 1.0), (article, wrong, 0.0)]
    assert fit.fit(rows, 1.0) == fit.fit(rows, 1.0)
    from types import SimpleNamespace

    # each event in its own sentence, so no sentence ordering caps a probability
    events = [SimpleNamespace(sentence_start=i * 100, confidence=f["rule_score"]) for i, (_a, f, _y) in enumerate(rows)]
    held = fit.held_out(rows, 1.0, events)
    assert len(held) == len(rows)
    assert all(p > 0.5 for p, y in held if y == 1.0) and all(p < 0.5 for p, y in held if y == 0.0)
    # the feature set and L2 strength are chosen inside each fold (nested): every event is
    # predicted once, by a map that never saw its article, and the choice is a declared pair
    candidate, l2, scores = fit.choose(rows, events)
    assert candidate in fit.CANDIDATES and l2 in fit.L2_GRID
    assert len(scores) == len(fit.CANDIDATES) * len(fit.L2_GRID)
    nested = fit.nested_held_out(rows, events)
    assert len(nested) == len(rows)
    assert all(p > 0.5 for p, y in nested if y == 1.0) and all(p < 0.5 for p, y in nested if y == 0.0)
    assert fit.threshold([(0.7, 1.0), (0.5, 0.0)], n_gold=1)[0] > 0.5
    # an event a recall-only gold file (the seed's) says is right is never dropped by the threshold
    assert fit.threshold([(0.7, 1.0), (0.5, 0.0)], n_gold=1, must_keep=[0.45])[0] <= 0.45


def test_a_singular_relative_clause_takes_the_nearest_conjunct(base_nlp):
    text = ("The network worked for the Research Organization (RSSJO) and Parchin Chemical Industries (PCI) "
            "– which was designated for sanctions by the United Nations in 2006.")
    events = [e for e in find_events(base_nlp(text)) if e.type == "SANCTION"]
    assert [(e.source_text, e.target_text) for e in events] == [("United Nations", "Parchin Chemical Industries")]
    # the same clause in the present is a standing status, no event (not-standing-passive)
    standing = find_events(base_nlp(text.replace("was designated", "is designated").replace(" in 2006", "")))
    assert [e for e in standing if e.type == "SANCTION"] == []


def test_a_joint_act_of_the_two_leaders_is_one_event(nlp):
    doc = nlp("President Joseph R. Biden met today with Prime Minister Benjamin Netanyahu of Israel. "
              "The two leaders welcomed the announcement by the G20 on a new economic corridor.")
    welcomed = [e for e in doc._.ng_events if e.type == "SUPPORT"]
    assert len(welcomed) == 1, [e.explanation for e in welcomed]
    assert "one joint act" in welcomed[0].explanation


def test_a_joint_commitment_of_the_two_leaders_is_between_them(nlp):
    doc = nlp("President Joseph R. Biden met today with Prime Minister Benjamin Netanyahu of Israel. "
              "The two leaders reiterated their commitment to regional stability.")
    agreed = [e for e in doc._.ng_events if e.type == "AGREE"]
    assert [(e.source_text, e.target_text) for e in agreed] == [
        ("Joseph R. Biden", "Benjamin Netanyahu of Israel")], [e.explanation for e in agreed]


def test_a_title_conjunct_takes_the_name_hung_on_the_first_co_subject(nlp):
    # the parser reads "Foreign Minister" as the conjunct and Kuleba as Blinken's apposition
    x = extract("Secretary Blinken and Foreign Minister Kuleba discussed ongoing diplomatic efforts to stop "
                "Putin’s war of choice.", dt.date(2022, 3, 5), nlp=nlp, outlet="United States Department of State")
    talks = [e for e in x.events if e.type == "CONSULT"]
    assert [(e.source_text, e.target_text) for e in talks] == [("Blinken", "Kuleba")]


def test_two_titles_of_one_person_are_one_actor(nlp):
    x = extract("Secretary of State Antony J. Blinken spoke today with Colombian Vice President and Foreign "
                "Minister Marta Lucia Ramirez.", dt.date(2022, 2, 25), nlp=nlp, outlet="United States Department of State")
    call = [e for e in x.events if e.type == "CONSULT"]
    assert [e.target_key for e in call] == ["person:marta-lucia-ramirez"]
    assert call[0].target_acts_for == "COL"


@pytest.mark.parametrize("text, mode", [
    ("Over the past week alone, USAID has rapidly deployed four planeloads of lifesaving supplies from our "
     "warehouse in Dubai to Ukraine.", "humanitarian"),
    # ("Since December 2021, ... have mobilized more than $294 million ..." is a running total: not-cumulative)
    ("Last week, international partners mobilized more than $294 million in new commitments "
     "to Haiti.", "economic"),
])
def test_goods_deployed_or_money_mobilized_are_aid_not_mobilize(nlp, text, mode):
    # PLOVER MOBILIZE is troops, weapons, police or militia; goods and money given are AID
    x = extract(text, dt.date(2022, 3, 10), nlp=nlp, outlet="United States Department of State")
    assert [(e.type, e.mode) for e in x.events] == [("AID", mode)]


def test_troops_deployed_stay_mobilize(nlp):
    x = extract("Russia has deployed more than 150,000 troops along the border with Ukraine.", dt.date(2022, 2, 20), nlp=nlp)
    assert {e.type for e in x.events} == {"MOBILIZE"}


def test_they_after_a_readouts_meeting_are_its_participants(nlp):
    text = ("President Joseph R. Biden, Jr. spoke today with President Andrés Manuel López Obrador of Mexico. "
            "They agreed to continue close cooperation between our two governments in improving the lives of "
            "Americans and Mexicans.")
    x = extract(text, dt.date(2024, 2, 3), nlp=nlp, outlet="The White House")
    agree = next(e for e in x.events if e.type == "AGREE")
    assert (agree.source_key, agree.target_key) == ("person:joseph-r-biden-jr", "person:andres-manuel-lopez-obrador")


def test_they_far_from_any_meeting_is_left_alone(nlp):
    x = extract("Russia has massed troops near the border. They have been steadily amassing more than 150,000 troops.",
                dt.date(2022, 2, 20), nlp=nlp, outlet="The White House")
    # no meeting's participants; the linker reads a subject "they" as the subject before it (Russia)
    assert all(e.source_key == "country:RUS" for e in x.events if e.source_text == "They")
    assert any(e.type == "MOBILIZE" and e.source_key == "country:RUS" for e in x.events)


def test_a_co_subject_parsed_as_the_subjects_modifier_is_a_co_actor(base_nlp):
    # the parse spaCy gives this sentence inside its article: Kuleba the subject, Blinken its
    # modifier and "Minister" conjoined to Blinken
    from spacy.tokens import Doc

    from newsgraph.nlp.events import _with_conjuncts

    words = ["Secretary", "Blinken", "and", "Foreign", "Minister", "Kuleba", "discussed", "efforts", "."]
    heads = [1, 5, 1, 4, 1, 6, 6, 6, 6]
    deps = ["compound", "nmod", "cc", "compound", "conj", "nsubj", "ROOT", "dobj", "punct"]
    pos = ["PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PROPN", "VERB", "NOUN", "PUNCT"]
    doc = Doc(base_nlp.vocab, words=words, heads=heads, deps=deps, pos=pos,
              ents=["O", "B-PERSON", "O", "O", "O", "B-PERSON", "O", "O", "O"])
    assert [t.text for t in _with_conjuncts(doc[5])] == ["Blinken", "Kuleba"]


# the "actor inside the object phrase" rule takes no place, topic or co-author (task objactor);
# sentences from the demo corpus (examples/)

def test_a_region_naming_the_topic_is_no_target(base_nlp):
    # White House, North American Leaders' Summit: "North American" says what the cooperation is
    # about (entity_regions.yaml adjectives), no party committed to; each leader commits to the other
    text = ("President Biden and Prime Minister Trudeau reaffirmed their commitment to North American economic "
            "cooperation.")
    events = [e for e in find_events(base_nlp(text)) if e.type == "AGREE"]
    assert events and all("American" not in (e.target_text or "") for e in events), [e.explanation for e in events]


def test_the_co_sponsors_of_a_resolution_are_no_target(base_nlp):
    # State Department on the UN Security Council: the co-sponsors wrote the resolution with its
    # introducers; they are not whom its demand is put to
    text = ("The United States and Albania introduced a resolution co-sponsored by an additional 80 UN member "
            "states demanding an end to the invasion.")
    events = find_events(base_nlp(text))
    assert all("member states" not in (e.target_text or "") for e in events), [e.explanation for e in events]


def test_the_subject_of_an_agreed_clause_is_no_target(base_nlp):
    # Wikinews: NATO is what Bush and Baker agreed about, not the party they agreed with
    text = "George Bush and James Baker agreed that NATO would not expand one inch to the east."
    events = [e for e in find_events(base_nlp(text)) if e.type == "AGREE"]
    assert events and all(e.target_text != "NATO" for e in events), [e.explanation for e in events]


def test_a_demanded_clause_keeps_its_subject_as_target(base_nlp):
    # contrast: a demand's that-clause names whom the demand is put to (CAMEO 10)
    text = "The Council voted overwhelmingly to demand that Russia halt its assault on the Ukrainian people."
    events = [e for e in find_events(base_nlp(text)) if e.type == "DEMAND"]
    assert events and all(e.target_text == "Russia" for e in events), [e.explanation for e in events]


def test_a_party_of_a_relation_on_the_sources_own_side_is_no_target(nlp):
    # the other side of the competition is the speaker's own ("our countries"), unnamed
    text = "The Deputy Secretary underscored that the United States welcomes the stiff competition between our countries."
    events = [e for e in linked(nlp, text) if e.type in ("SUPPORT", "AGREE")]
    assert all(e.target_text is None for e in events), explain(events)


def test_a_name_modifying_a_thing_between_others_is_no_target(nlp):
    # Global Voices: the flights are compared, not the airline acted on
    text = ("Specifically, some are investigating the coincidences between the Air France flight and an October "
            "2008 Quantas flight headed for Perth.")
    events = linked(nlp, text)
    assert all(e.target_text != "Air France" for e in events), explain(events)


def test_backing_talks_between_others_targets_their_parties(nlp):
    # contrast (as "We welcome the agreement between Armenia and Azerbaijan"): support for the talks
    # is support for those who hold them
    text = ("Secretary Blinken reaffirmed the U.S. commitment to the talks between the Maduro regime and the Unitary "
            "Platform as the best path for a return to democracy.")
    events = [e for e in linked(nlp, text) if e.type == "SUPPORT"]
    assert "Unitary Platform" in {e.target_text for e in events}, explain(events)


def test_a_relation_with_the_sources_own_state_keeps_the_other_party(nlp):
    # State Department readout: the partnership is between Estonia and the speaker's state
    text = ("Secretary Blinken highlighted the strength of the partnership between Estonia and the United States "
            "as we marked the 100th anniversary of diplomatic relations last week.")
    events = [e for e in linked(nlp, text) if e.type == "SUPPORT"]
    assert events and all(e.target_text == "Estonia" for e in events), explain(events)


def test_a_pact_between_the_co_subjects_themselves_has_no_target(nlp):
    # the "two countries" the pact is between are the co-subjects, no third party
    text = "Chile and Peru agreed on a new fisheries pact between the two countries, officials said on Monday."
    events = [e for e in linked(nlp, text) if e.type == "AGREE"]
    assert events and all(e.target_text is None for e in events), explain(events)



def test_equipment_is_no_recipient_of_aid():
    # State Department interview: "providing ... anti-armor systems to deal with the tanks" keyed the
    # tanks (an equipment entity) as the aid's recipient; a weapon is what aid is for, no actor
    from newsgraph.nlp.events import linked_actor_check
    from newsgraph.nlp.types import Event

    def aid(event_type):
        return Event(type=event_type, sentence_start=0, sentence_end=60, trigger="providing", trigger_start=10,
                     trigger_end=19, source_text="Poland", source_start=0, source_end=6, source_key="country:POL",
                     source_acts_for="POL", source_sector="GOV", target_text="tanks", target_start=50,
                     target_end=55, target_key="equipment:tank")
    kept = linked_actor_check([aid("AID")])
    assert [e.target_key for e in kept] == [None], [e.explanation for e in kept]
    # contrast: an attack on equipment keeps it
    kept = linked_actor_check([aid("ASSAULT")])
    assert [e.target_key for e in kept] == ["equipment:tank"], [e.explanation for e in kept]


def test_an_actor_name_ends_before_a_bracket_it_does_not_close(nlp):
    # the NER takes in "(DoD" but not its closing bracket; the actor is the name before it
    events = linked(nlp, "Today, the Department of Defense (DoD) announced an additional security assistance "
                         "package for Ukraine under the Ukraine Security Assistance Initiative (USAI).")
    sources = [e.source_text for e in events if e.source_text]
    assert sources and all(s.count("(") == s.count(")") for s in sources), explain(events)
    assert "Department of Defense" in sources, explain(events)
