"""Shared test helper: date hand-made events of a text with the event_dates component alone."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.event_dates import date_events
from newsgraph.nlp.types import Event


def dated(nlp, text: str, triggers: list[tuple[str, str]], ref: dt.date, title: str | None = None) -> list[Event]:
    """One Event per (trigger, PLOVER type) in ``triggers`` (first occurrence in ``text``), in its
    sentence, dated by ``date_events`` on ``text`` published on ``ref`` under ``title``."""
    from newsgraph.nlp.pipeline import make_doc

    doc = nlp(make_doc(nlp, text, ref))
    doc._.ng_title = title
    events = []
    for trigger, event_type in triggers:
        start = text.index(trigger)
        sent = next(s for s in doc.sents if s.start_char <= start < s.end_char)
        events.append(Event(type=event_type, sentence_start=sent.start_char, sentence_end=sent.end_char,
                            trigger=trigger, trigger_start=start, trigger_end=start + len(trigger)))
    doc._.ng_events = list(events)
    date_events(doc)
    return events
