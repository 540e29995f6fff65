"""Counted summaries and joint acts (events 0.7.133):

1. A counted summary recipient ("The United States is designating six entities ...") whose parties
   the next sentences name one by one, by the same government, is a summary of those acts: its
   sentence becomes evidence of each named event, not a separate event with an unkeyed recipient.
   With no named act after it, the summary stays an event.
2. Two recipient-less mentions of one type by one actor in different sentences are not merged
   when one of them is a joint act with co-actors ("The United States and Germany express
   support ..."): merged, the joint act would lose one of its doers.

The sentences are written for these tests in the style of government releases."""

from __future__ import annotations

from newsgraph.nlp.events import merge_repeated, record_identity
from newsgraph.nlp.types import Event
from tests.nlp.linked_events import explain, linked

SUMMARY = "The United States is designating six entities that facilitate illicit transactions in Iranian oil."
MEMBERS = (" The Department of State is designating Horizon Tanker Management PTE LTD, a company that managed"
           " one tanker, for serving as the commercial manager of a vessel that carried Iranian oil."
           " The Department is also designating Blue Harbor Shipping Co. Ltd., which has engaged in"
           " transactions related to Iranian oil.")


def test_a_counted_summary_is_evidence_of_the_named_acts_after_it(nlp):
    events = [e for e in linked(nlp, SUMMARY + MEMBERS) if e.type == "SANCTION"]
    assert not any(e.target_text == "six entities" for e in events), explain(events)
    named = [e for e in events if e.target_key]
    assert len(named) == 2, explain(events)
    for event in named:
        assert (0, len(SUMMARY)) in event.evidence_spans and event.evidence_spans[0] != (0, len(SUMMARY)), \
            explain(events)


def test_a_counted_summary_with_no_named_act_after_it_is_kept(nlp):
    text = SUMMARY + " The United States remains committed to holding the Iranian regime to account."
    events = [e for e in linked(nlp, text) if e.type == "SANCTION"]
    assert [e.target_text for e in events] == ["six entities"], explain(events)


def test_a_summary_beside_named_parties_is_not_folded(nlp):
    # "six *other* companies": counted beside the one the sentence names, not the later ones
    text = ("We are designating the Ministry of Defense's shipping company and six other shipping companies."
            " Additionally, we are designating Horizon Tanker Management PTE LTD, a marine engineering company.")
    events = [e for e in linked(nlp, text) if e.type == "SANCTION"]
    assert "six other shipping companies" in [e.target_text for e in events], explain(events)
    (horizon,) = [e for e in events if "Horizon" in (e.target_text or "")]
    assert len(horizon.evidence_spans) == 1, explain(events)


FIRST = "Germany will support the negotiations on gas transit."
JOINT = " The United States and Germany express support for the Three Seas Initiative."


def _support(text, start, source, trigger):
    at = text.index(trigger, start)
    return Event(type="SUPPORT", sentence_start=start, sentence_end=len(text) if start else len(FIRST),
                 trigger=trigger, trigger_start=at, trigger_end=at + len(trigger),
                 source_text=source, source_start=text.index(source, start),
                 source_end=text.index(source, start) + len(source), confidence=0.6)


def test_a_joint_act_keeps_its_co_actor_apart_from_an_earlier_recipientless_act():
    text = FIRST + JOINT
    earlier = _support(text, 0, "Germany", "support")
    usa = _support(text, len(FIRST), "United States", "support")
    germany = _support(text, len(FIRST), "Germany", "support")
    kept = merge_repeated([earlier, usa, germany], record_identity)
    assert [(e.source_text, e.sentence_start) for e in kept] == \
        [("Germany", 0), ("United States", len(FIRST)), ("Germany", len(FIRST))]


def test_two_lone_recipientless_mentions_still_merge():
    text = FIRST + " Germany also expresses support for the initiative."
    earlier = _support(text, 0, "Germany", "support")
    later = _support(text, len(FIRST), "Germany", "support")
    (event,) = merge_repeated([earlier, later], record_identity)
    assert event is earlier and event.evidence_spans == [(0, len(FIRST)), (len(FIRST), len(text))]


# events 0.7.189: a prohibition of dealings beside the measure on the same party is its effect
DESIGNATION = ("Today, the Department of the Treasury designated three Nicaragua-based entities that generate"
               " revenue for the Ortega regime.")


def test_a_prohibition_of_dealings_with_the_designated_parties_is_the_designations_effect(nlp):
    text = DESIGNATION + " As a result, all U.S. persons are prohibited from transacting with these entities."
    events = [e for e in linked(nlp, text) if e.type == "SANCTION"]
    assert [e.trigger for e in events] == ["designated"], explain(events)
    assert events[0].evidence_spans == [(0, len(DESIGNATION)), (len(DESIGNATION) + 1, len(text))], explain(events)


def test_a_prohibition_of_dealings_with_a_keyed_party_sanctioned_before_is_one_act(nlp):
    first = "Today, the Department of the Treasury sanctioned Sberbank, Russia's largest financial institution."
    text = first + " Accordingly, all U.S. persons are generally prohibited from engaging in transactions with Sberbank."
    events = [e for e in linked(nlp, text) if e.type == "SANCTION"]
    assert [(e.trigger, e.target_key) for e in events] == [("sanctioned", "org:sberbank")], explain(events)
    assert len(events[0].evidence_spans) == 2, explain(events)


def test_a_prohibition_of_dealings_with_another_party_stays_its_own_measure(nlp):
    text = DESIGNATION + " All U.S. persons are prohibited from transacting with entities in Iran."
    events = [e for e in linked(nlp, text) if e.type == "SANCTION"]
    assert [e.trigger for e in events] == ["designated", "prohibited"], explain(events)
    assert events[1].target_acts_for == "IRN", explain(events)


# events 0.7.205 (task hypoframe): a briefing's preview of its own measure on the same party is that measure
PREVIEW = "On the sanctions front, Treasury will sanction three Nicaragua-based entities."


def test_a_preview_of_the_articles_own_measure_is_its_evidence_not_a_threat(nlp):
    text = PREVIEW + " " + DESIGNATION
    events = [e for e in linked(nlp, text) if e.type in ("SANCTION", "THREATEN")]
    assert [(e.type, e.trigger) for e in events] == [("SANCTION", "designated")], explain(events)
    assert (0, len(PREVIEW)) in events[0].evidence_spans, explain(events)


def test_a_warning_with_no_measure_on_that_party_stays_a_threat(nlp):
    text = "Treasury will sanction three Venezuelan officials. " + DESIGNATION
    threats = [e for e in linked(nlp, text) if e.type == "THREATEN"]
    assert [(e.trigger, e.status) for e in threats] == [("sanction", "planned")], explain(threats)
