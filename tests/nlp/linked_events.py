"""Shared helpers for tests that read events after the whole pipeline (coreference and the linker
have run), in a State Department release unless told otherwise."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import make_doc

STATE = "U.S. Department of State"


def linked(nlp, text, outlet=STATE):
    """Events after the whole pipeline (coreference and the linker have run)."""
    return nlp(make_doc(nlp, text, dt.date(2022, 3, 2), outlet=outlet))._.ng_events or []


def show(events):
    return [(e.type, e.trigger, e.source_text, e.target_text, e.target_key) for e in events]


def one(events, trigger_start):
    found = [e for e in events if e.trigger.startswith(trigger_start)]
    assert found, show(events)
    return found


def extracted_events(text: str, *lemmas: str, reference_date=dt.date(2023, 2, 24)) -> list[tuple]:
    """(type, mode, source_text, target_text, status) of the events ``extract`` stores for ``text``
    whose trigger starts with one of ``lemmas``."""
    from newsgraph.nlp.pipeline import extract

    return [(e.type, e.mode, e.source_text, e.target_text, e.status)
            for e in extract(text, reference_date=reference_date).events
            if any(e.trigger.lower().startswith(lemma) for lemma in lemmas)]
