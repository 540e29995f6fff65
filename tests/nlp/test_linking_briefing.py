"""A reporter's turn speaks for no state (linking._turn_speaker reads nlp/turns.py), also a White
House "Q" line, which has no colon. Fixture: Background Press Call by a Senior Administration
Official on the President's Call with President Putin (examples/whitehouse; public domain)."""

from __future__ import annotations

from newsgraph.nlp.linking import _turn_speaker

WHITE_HOUSE_CALL = (
    "MODERATOR:\u00a0 Thanks.\u00a0 Operator, we’re ready for questions now.\n\n"
    "Q\u00a0\u00a0\u00a0 Thank you so much for doing the call.\u00a0 Could you talk a little bit about what we "
    "should expect?\n\n"
    "SENIOR ADMINISTRATION OFFICIAL:\u00a0 Thanks, Trevor.\u00a0 We have offered those directly to the Russians.\n")


def test_white_house_q_turn_is_the_press(nlp):
    doc = nlp(WHITE_HOUSE_CALL)
    assert _turn_speaker(doc, WHITE_HOUSE_CALL.index("what we")) == ("Q", None)
    label, _person = _turn_speaker(doc, WHITE_HOUSE_CALL.index("We have offered"))
    assert label == "SENIOR ADMINISTRATION OFFICIAL"
    assert _turn_speaker(doc, WHITE_HOUSE_CALL.index("ready for"))[0] == "MODERATOR"
