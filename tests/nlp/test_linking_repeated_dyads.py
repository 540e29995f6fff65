"""One act told twice on one trigger, through two phrases that resolve to one actor key, is one
event (task actorfix; PLOVER codes one event per source, action and target): "traveled to Moscow,
Russia" (a capital and its state), "State Councilor and Foreign Minister Wang Yi" (two titles of
one person). The name of the key is the face; every telling's evidence spans are kept; acts with
another actor, type or date stay apart. Fixture sentences are from the demo corpus (examples/,
State Department and White House releases) unless marked as a contrast."""

from __future__ import annotations

from types import SimpleNamespace

from newsgraph.nlp.linking import _without_repeated_dyads
from newsgraph.nlp.types import Event, Mention
from tests.nlp.linked_events import linked, show


def test_a_capital_and_its_state_are_one_trip(nlp):
    events = linked(nlp, "Special Presidential Envoy for Climate John Kerry traveled to Moscow, Russia, "
                         "July 12-15, 2021.")
    trips = [e for e in events if e.trigger == "traveled"]
    assert [(e.type, e.source_key, e.target_text, e.target_key) for e in trips] == \
        [("CONSULT", "person:john-kerry", "Russia", "country:RUS")], show(events)


def test_two_titles_of_one_person_are_one_call_named_by_the_name(nlp):
    events = linked(nlp, "Secretary of State Antony J. Blinken spoke today with PRC State Councilor and "
                         "Foreign Minister Wang Yi about Moscow’s premeditated, unprovoked, and unjustified "
                         "war against Ukraine.")
    calls = [e for e in events if e.trigger == "spoke"]
    assert [(e.type, e.target_text, e.target_key) for e in calls] == \
        [("CONSULT", "Wang Yi", "person:wang-yi")], show(events)


def test_visits_to_two_states_stay_two_events(nlp):
    events = linked(nlp, "This week, President Biden visited Kyiv, Ukraine and Warsaw, Poland to send a "
                         "clear and powerful message.")
    visits = [e for e in events if e.trigger == "visited"]
    assert sorted(e.target_key for e in visits) == ["country:POL", "country:UKR"], show(events)
    assert [e.target_text for e in visits if e.target_key == "country:UKR"] == ["Ukraine"]


def _event(target_text, target_start, sentence, confidence=0.5, **fields):
    values = dict(type="CONSULT", sentence_start=sentence[0], sentence_end=sentence[1], trigger="met",
                  trigger_start=10, trigger_end=13, source_text="Blinken", source_start=0, source_end=7,
                  source_key="person:blinken", target_text=target_text, target_start=target_start,
                  target_end=target_start + len(target_text), target_key="country:RUS", date="2022-03-02",
                  confidence=confidence)
    values.update(fields)
    return Event(**values)


def _doc(*mentions):
    return SimpleNamespace(_=SimpleNamespace(ng_mentions=list(mentions)))


def test_the_kept_telling_holds_every_evidence_span_and_the_highest_confidence():
    # a contrast built by hand: the capital telling is first and more confident, the state's name wins
    capital = _event("Moscow", 20, (0, 40), confidence=0.9, evidence_spans=[(0, 40), (200, 260)])
    state = _event("Russia", 28, (0, 40), confidence=0.6, evidence_spans=[(0, 40), (300, 340)])
    doc = _doc(Mention(20, 26, "Moscow", "place", "place:rus:moscow", kind="name"),
               Mention(28, 34, "Russia", "country", "country:RUS", kind="name"))
    kept = _without_repeated_dyads(doc, [capital, state])
    assert [(e.target_text, e.confidence) for e in kept] == [("Russia", 0.9)]
    assert kept[0].evidence_spans == [(0, 40), (300, 340), (200, 260)]


def test_distinct_acts_on_one_trigger_are_not_merged():
    # contrast: another type, another date, another target key, an unkeyed target: four acts
    base = _event("Russia", 28, (0, 40))
    other_type = _event("Russia", 28, (0, 40), type="ASSAULT")
    other_date = _event("Russia", 28, (0, 40), date="2022-03-03")
    other_key = _event("Ukraine", 40, (0, 60), target_key="country:UKR")
    unkeyed = _event("them", 50, (0, 60), target_key=None)
    repeat = _event("Moscow", 20, (0, 40))
    kept = _without_repeated_dyads(_doc(), [base, other_type, other_date, other_key, unkeyed, repeat])
    assert kept == [base, other_type, other_date, other_key, unkeyed]
