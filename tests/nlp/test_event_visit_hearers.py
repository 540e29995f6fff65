"""A trip's partner told by an act of telling (task places44): a trip whose purpose or conjoined act
tells something to someone ("travelled to Nairobi to explain the plan to Kenyan officials", "and
explained the system to the ... surgeon") is a visit to that hearer (PLOVER CONSULT visit: between
visitor and whom they meet; the place is where it happens), not to the state of the city it names
(event_detection.yaml visit_hearer_verbs: the "to" object of a verb of transfer of a message;
telling_verbs: the object)."""

from tests.nlp.linked_events import linked, show

REUTERS = "Reuters"


def _trips(events):
    return [e for e in events if e.trigger.startswith("travel")]


def test_purpose_explaining_to_officials_targets_them(nlp):
    events = linked(nlp, "U.S. Secretary of State Antony Blinken traveled to Nairobi to explain the new aid plan "
                         "to Kenyan officials.", outlet=REUTERS)
    trips = _trips(events)
    assert trips, show(events)
    assert trips[0].target_text == "Kenyan officials", show(events)
    assert trips[0].target_acts_for == "KEN", show(events)


def test_conjoined_explanation_to_own_state_body_is_no_host_state_visit(nlp):
    # the hearer is a body of the traveller's own side: the city's state is only the venue
    events = linked(nlp, "In 1995, Colonel Dana Whitfield traveled to Port-au-Prince, Haiti, for a debriefing on "
                         "the U.S. Army's relief mission, and explained the new triage system to the Joint Special "
                         "Operations Command surgeon.", outlet=REUTERS)
    assert not any(e.target_acts_for == "HTI" for e in events), show(events)
    trips = _trips(events)
    assert trips and trips[0].target_text == "Joint Special Operations Command", show(events)


def test_conjoined_explanation_to_host_officials(nlp):
    events = linked(nlp, "In 1995, Colonel Dana Whitfield of the U.S. Army traveled to Port-au-Prince, Haiti, for a "
                         "debriefing on the relief mission, and explained the new triage system to Haitian health "
                         "officials.", outlet=REUTERS)
    trips = _trips(events)
    assert trips, show(events)
    assert (trips[0].target_text, trips[0].target_acts_for) == ("Haitian health officials", "HTI"), show(events)


def test_explaining_to_the_press_keeps_the_place(nlp):
    # reporters are no host: the place stands for its state
    events = linked(nlp, "U.S. Secretary of State Antony Blinken traveled to Doha on Monday and explained the "
                         "proposal to reporters.", outlet=REUTERS)
    trips = _trips(events)
    assert trips and trips[0].target_acts_for == "QAT", show(events)
    assert trips[0].target_text == "Doha", show(events)


def test_telling_own_embassy_staff_abroad_makes_no_host_target(nlp):
    events = linked(nlp, "U.S. Secretary of State Antony Blinken traveled to Kyiv to tell U.S. embassy staff that "
                         "the mission would stay open.", outlet=REUTERS)
    assert not any(e.target_acts_for == "UKR" for e in _trips(events)), show(events)


def test_a_commitment_shown_to_a_state_is_no_hearer(nlp):
    # "to demonstrate our commitment to Ukraine": a stance shown, the place stays the visit's
    events = linked(nlp, "U.S. Secretary of State Antony Blinken traveled to Kyiv to explain the new commitment to "
                         "Ukraine.", outlet=REUTERS)
    trips = _trips(events)
    assert trips and trips[0].target_text == "Kyiv", show(events)


def test_late_closure_conjunct_after_a_when_clause_is_the_trips_act(nlp):
    # the parser conjoins "explained" to "expanded", the clause governing the "when" clause; by
    # late closure it continues the trip clause (the programme cannot explain itself)
    events = linked(nlp, "The programme expanded when, in 1997, Colonel Dana Whitfield of the U.S. Army traveled to "
                         "Nairobi, Kenya, for a review of the relief mission, and explained the system to the Joint "
                         "Special Operations Command surgeon.", outlet=REUTERS)
    assert not any(e.target_acts_for == "KEN" for e in events), show(events)
    trips = _trips(events)
    assert trips and trips[0].target_text == "Joint Special Operations Command", show(events)


def test_late_closure_conjunct_to_host_officials(nlp):
    events = linked(nlp, "The programme expanded when, in 1997, Colonel Dana Whitfield of the U.S. Army traveled to "
                         "Nairobi, Kenya, for a review of the relief mission, and explained the system to Kenyan "
                         "health officials.", outlet=REUTERS)
    trips = _trips(events)
    assert trips and (trips[0].target_text, trips[0].target_acts_for) == ("Kenyan health officials", "KEN"), \
        show(events)


def test_a_conjunct_with_its_own_subject_keeps_the_place(nlp):
    # contrast: a conjoined clause with a subject of its own is no act of the traveller
    events = linked(nlp, "The programme expanded when, in 1997, Colonel Dana Whitfield of the U.S. Army traveled to "
                         "Nairobi, Kenya, for a review of the relief mission, and the army adopted it.",
                    outlet=REUTERS)
    trips = _trips(events)
    assert trips and (trips[0].target_text, trips[0].target_acts_for) == ("Nairobi", "KEN"), show(events)
