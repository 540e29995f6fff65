"""A negated predicate of reluctance asserts willingness, not a negated act (events 0.7.131)."""
import datetime as dt

import pytest

from newsgraph.nlp.pipeline import extract

DAY = dt.date(2022, 3, 1)


def _only(text, event_type):
    events = [e for e in extract(text, DAY).events if e.type == event_type]
    assert len(events) == 1, [(e.type, e.status) for e in extract(text, DAY).events]
    return events[0]


def test_did_not_hesitate_is_done():
    event = _only("Washington did not hesitate to impose sanctions on Moscow last week.", "SANCTION")
    assert event.status == "asserted"
    assert event.target_text == "Moscow"


@pytest.mark.parametrize("text, event_type", [
    ("We are not afraid to impose costs on Russia for its aggression.", "SANCTION"),
    ("The government is not afraid to arrest opposition leaders.", "COERCE"),
])
def test_present_stance_is_hypothetical(text, event_type):
    assert _only(text, event_type).status == "hypothetical"


def test_plain_negation_still_negated():
    # contrast: a negated act verb itself stays negated (an announced refusal)
    assert _only("Washington will not impose sanctions on Moscow.", "SANCTION").status == "negated"
