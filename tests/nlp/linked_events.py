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
