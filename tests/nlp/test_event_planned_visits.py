"""Planned visits (task events44b, reviewed, no change): the PLOVER codebook codes a visit told as
to come as AGREE, not CONSULT ("References to future meetings, summits, state visits, etc. and
invitations for state visits should be coded as AGREE"; AGREE: "Cooperative actions of types
CONSULT ... reported in future tense ... should be coded as AGREE"). newsgraph keeps the visit in the
mode (consult:visit) and the status planned, and the target is the visited state; a visit made
is CONSULT visit."""

from tests.nlp.linked_events import linked, show

REUTERS = "Reuters"


def test_future_trip_is_agree_with_the_visit_in_the_mode(nlp):
    events = linked(nlp, "The Japanese foreign minister will travel to Hanoi next week for talks on maritime "
                         "security.", outlet=REUTERS)
    trips = [e for e in events if e.trigger.startswith("travel")]
    assert trips, show(events)
    trip = trips[0]
    assert (trip.type, trip.mode, trip.status) == ("AGREE", "consult:visit", "planned"), show(events)
    assert (trip.source_acts_for, trip.target_acts_for) == ("JPN", "VNM"), show(events)


def test_trip_made_is_consult_visit(nlp):
    events = linked(nlp, "The Japanese foreign minister travelled to Hanoi last week for talks on maritime "
                         "security.", outlet=REUTERS)
    trips = [e for e in events if e.trigger.startswith("travel")]
    assert trips, show(events)
    assert (trips[0].type, trips[0].mode, trips[0].status) == ("CONSULT", "visit", "asserted"), show(events)
    assert trips[0].target_acts_for == "VNM", show(events)
