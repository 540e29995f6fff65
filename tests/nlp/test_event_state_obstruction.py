"""A blockade or obstruction by a state, its government, army or police restricts movement (CAMEO
191 "Impose blockade, restrict movement", PLOVER COERCE/restrict), not a protest: PLOVER PROTEST
is civilian collective action, so its "obstruct" mode (CAMEO 144) stays with protesters, workers
and people of a state (events._state_obstruction). Sentences are constructed unless marked as from
the demo corpus (examples/)."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import coded, show


def _obstructions(nlp, text):
    return [(e.type, e.mode, e.source_text) for e in coded(nlp, text) if e.trigger.split()[0].startswith("block")]


@pytest.mark.parametrize("text, doer", [
    # a State Department release in the demo corpus (was PROTEST/obstruct)
    ("While our policy has not changed, what has changed is Beijing\u2019s growing coercion \u2013 like trying "
     "to cut off Taiwan\u2019s relations with countries around the world and blocking it from participating in "
     "international organizations.", "Beijing"),
    ("China blocked Taiwan from joining the World Health Assembly.", "China"),
    ("Russia has blockaded Ukrainian ports since February.", "Russia"),
    ("The Israeli army blockaded the Gaza Strip.", "Israeli army"),
    ("Police blocked the road to the parliament on Monday.", "Police"),
])
def test_a_state_that_blocks_restricts_movement(base_nlp, text, doer):
    assert _obstructions(base_nlp, text) == [("COERCE", "restrict", doer)], show(coded(base_nlp, text))


@pytest.mark.parametrize("text", [
    "Protesters blocked the main highway to the airport.",
    "Farmers blockaded roads across the country on Monday.",
    # a nationality names people of a state, no state
    "Cubans blocked the road into Havana on Sunday.",
])
def test_civilians_who_block_keep_the_protest(base_nlp, text):
    assert [t[:2] for t in _obstructions(base_nlp, text)] == [("PROTEST", "obstruct")], show(coded(base_nlp, text))
