"""A telling of an act that names no target, beside the article's one full event of the same type,
mode, status and source (the same key, or the state and a person acting for it), is that act told
again: its sentence is evidence of the full event and it stands as no event of its own
(events.accusations._fold_partyless_tellings). Own sentences."""

from __future__ import annotations

import datetime as dt

from tests.nlp.linked_events import linked, show

WHITE_HOUSE = "The White House"


def _extraditions(events):
    return [e for e in events if e.type == "COOPERATE" and e.mode == "judicial"]


def test_a_targetless_retelling_joins_the_full_event_as_evidence(nlp):
    text = ("Today, the Colombian Government extradited Carlos Mendez, a senior leader of the Clan del Golfo, to "
            "the United States to face trial. I thank Colombian President Gustavo Petro for his decision to "
            "extradite this violent trafficker.")
    events = _extraditions(linked(nlp, text, outlet=WHITE_HOUSE))
    assert len(events) == 1, show(events)
    event = events[0]
    assert (event.source_acts_for, event.target_acts_for) == ("COL", "USA"), show(events)
    second = text.index("I thank")
    assert any(start <= second < end for start, end in event.evidence_spans), event.evidence_spans


def test_a_targetless_telling_beside_two_full_acts_stays_apart(nlp):
    # contrast: two acts with different targets; which one the partyless telling is cannot be told
    text = ("Today, the Colombian Government extradited Carlos Mendez to the United States and Luis Ortega to "
            "Spain. I thank Colombian President Gustavo Petro for his decision to extradite this violent "
            "trafficker.")
    events = _extraditions(linked(nlp, text, outlet=WHITE_HOUSE))
    assert any(e.target_key is None and e.target_acts_for is None for e in events), show(events)


def test_a_targetless_telling_by_another_state_stays_apart(nlp):
    # contrast: another source's act is another act
    text = ("Today, the Colombian Government extradited Carlos Mendez to the United States to face trial. "
            "Officials said Peruvian President Dina Boluarte has also decided to extradite a trafficker.")
    events = _extraditions(linked(nlp, text, outlet=WHITE_HOUSE))
    full = [e for e in events if e.target_acts_for == "USA"]
    assert full and all(e.source_acts_for == "COL" for e in full), show(events)
    second = text.index("Officials said")
    assert not any(start <= second < end for e in full for start, end in e.evidence_spans), show(events)


def test_a_targetless_act_of_another_time_stays_apart(nlp):
    # contrast: an extradition told of another month is another act, not today's told again
    text = ("On Monday, the Colombian Government extradited Carlos Mendez to the United States to face trial. "
            "In March 2021, the Colombian Government also extradited a cartel financier.")
    events = _extraditions(linked(nlp, text, outlet=WHITE_HOUSE))
    assert len(events) == 2, show(events)
    second = text.index("In March")
    full = [e for e in events if e.target_acts_for == "USA"]
    assert full and not any(start <= second < end for start, end in full[0].evidence_spans), show(events)


def test_an_act_on_a_plural_object_is_not_the_one_act_told_in_full(nlp):
    # "has destroyed these bridges" sums up more than the one bridge of the first sentence: two events
    text = ("On May 3, Russian forces destroyed the bridge in Kherson. "
            "Russia has destroyed these bridges to cut off supplies.")
    # published in the same month, so that only the plural object keeps the two apart
    assaults = [e for e in linked(nlp, text, published=dt.date(2024, 5, 15)) if e.type == "ASSAULT"]
    assert len(assaults) == 2, show(assaults)
