"""Shared helpers for the event tests (tests/nlp/test_event*.py), so no test file builds or prints
events its own way:

- ``coded(nlp, text)``: the events ``find_events`` codes in a plain text (no outlet, no publication
  date); ``nlp`` may be the full pipeline or the plain spaCy model (``base_nlp``).
- ``linked(nlp, text)``: the events after the whole pipeline (coreference and the linker have run),
  in a State Department release of 2 March 2022 unless told otherwise.
- ``extracted_events(text, *lemmas)``: tuples of the events ``extract`` stores.
- ``show(events)`` / ``explain(events)``: what an assertion message prints about events."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.events import find_events
from newsgraph.nlp.pipeline import make_doc

STATE = "U.S. Department of State"
PUBLISHED = dt.date(2022, 3, 2)

# what ``show`` prints of each event, in this order; ``explain`` adds the explanation
SHOWN = ("type", "mode", "trigger", "status", "source_text", "source_key", "source_acts_for", "target_text",
         "target_key", "target_acts_for", "target_sector")


def coded(nlp, text, event_type=None):
    """Events ``find_events`` codes in ``nlp(text)``, in text order; only ``event_type`` ones if given."""
    return [e for e in find_events(nlp(text)) if event_type is None or e.type == event_type]


def linked(nlp, text, outlet=STATE, published=PUBLISHED):
    """Events after the whole pipeline (coreference and the linker have run) on ``text`` as an
    ``outlet`` release of date ``published``."""
    return nlp(make_doc(nlp, text, published, outlet=outlet))._.ng_events or []


def show(events):
    """One tuple of the ``SHOWN`` fields per event: an assertion message."""
    return [tuple(getattr(e, name) for name in SHOWN) for e in events]


def explain(events):
    """``show`` plus each event's explanation (its checks and rules): an assertion message."""
    return [(*row, e.explanation) for row, e in zip(show(events), events)]


def one(events, trigger_start):
    found = [e for e in events if e.trigger.startswith(trigger_start)]
    assert found, show(events)
    return found


def extracted_events(text: str, *lemmas: str, reference_date=dt.date(2023, 2, 24),
                     fields=("type", "mode", "source_text", "target_text", "status")) -> list[tuple]:
    """The ``fields`` of the events ``extract`` stores for ``text`` whose trigger starts with one of
    ``lemmas``."""
    from newsgraph.nlp.pipeline import extract

    return [tuple(getattr(e, name) for name in fields)
            for e in extract(text, reference_date=reference_date).events
            if any(e.trigger.lower().startswith(lemma) for lemma in lemmas)]
