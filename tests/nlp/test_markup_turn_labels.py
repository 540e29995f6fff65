"""A transcript captured as Markdown (bold turn labels) is read as the plain transcript is: the
label stays on its turn, so the turn's "I" / "we" is the labelled speaker."""

from __future__ import annotations

from newsgraph.intake.html import markup_to_text
from tests.nlp.linked_events import explain, linked

TURN = ("SECRETARY BLINKEN: Good morning, everyone. It is an honor to welcome President Zelenskyy here "
        "to the State Department.")


def test_a_bold_speaker_label_speaks_its_turn_as_the_plain_label_does(nlp):
    plain = [e for e in linked(nlp, TURN) if e.type == "CONSULT"]
    marked = [e for e in linked(nlp, markup_to_text("**SECRETARY BLINKEN:**" + TURN[len("SECRETARY BLINKEN:"):]))
              if e.type == "CONSULT"]
    assert plain and any(e.source_key == "person:blinken" or e.target_key == "person:blinken" for e in plain), \
        explain(plain)
    assert [(e.source_key, e.target_key) for e in marked] == [(e.source_key, e.target_key) for e in plain], \
        explain(marked)
