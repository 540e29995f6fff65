"""The detection checks' table (events._DETECTION_STEPS): the names the stored explanation lists
are the checks ``_detection_failure`` runs, in the order it runs them."""

from newsgraph.nlp.events import _DETECTION_STEPS, DETECTION_CHECKS, find_events


def test_each_check_is_named_once_in_run_order():
    names = [name for name, _check, _takes_lex in _DETECTION_STEPS]
    assert len(names) == len(set(names)) == 59  # not-quoted-title (events 0.8.220), not-solicitude (events 0.8.156), not-evidence (events 0.7.640), not-designee-practice and not-newsgathering (events 0.7.480, 0.7.481), not-generic-culprit (events 0.7.420), not-opinion-accord (events 0.7.371), not-disaster (events 0.7.320), not-monologue (events 0.7.164), not-background-continuation (0.7.168), not-office-duty and not-free-occasion (0.7.173), not-speculation (0.7.183)
    assert DETECTION_CHECKS.split(", ") == names
    assert all(callable(check) for _name, check, _takes_lex in _DETECTION_STEPS)


def test_an_event_lists_every_detection_check_passed(base_nlp):
    events = find_events(base_nlp("Peru recalled its ambassador from Mexico."))
    assert events
    for event in events:
        assert DETECTION_CHECKS in event.explanation
