"""A trip to meet another state's party in a third state's city is a meeting at a venue, not a
visit to that party (task s45-venue). PLOVER CONSULT mode 'visit': the actor travels to the
recipient, who hosts; where neither side is at home the act is mode 'meet' (AGREE 'consult:meet'
for one to come). Contrasts: the host's own officials met in its city, an international body met
at its seat, and one's own state's people away from home stay visits. Invented sentences."""

from __future__ import annotations

from tests.nlp.linked_events import linked, show

_TRIPS = ("travel", "traveled", "visited")


def _trips(nlp, text):
    return [e for e in linked(nlp, text) if e.trigger and e.trigger.split()[0] in _TRIPS]


def test_a_trip_to_a_third_states_city_to_meet_a_counterpart_is_a_meeting(nlp):
    cases = [
        ("Deputy Secretary of State Jane Roe will travel to Oslo, Norway to meet with Venezuelan "
         "government negotiators.", "AGREE", "consult:meet", "VEN"),
        ("Deputy Secretary of State Jane Roe traveled to Doha, Qatar and met with Taliban representatives.",
         "CONSULT", "meet", "AFG"),
        # the place target gives way to the other party of the pair's dialogue (linking._pair_undertaking_partner)
        ("Under Secretary of State John Doe will travel to Geneva, Switzerland to take part in a U.S.-China "
         "bilateral Arms Control Dialogue in May.", "AGREE", "consult:meet", "CHN"),
    ]
    for text, kind, mode, state in cases:
        events = [e for e in _trips(nlp, text) if e.target_acts_for == state]
        assert events, show(_trips(nlp, text))
        assert {(e.type, e.mode) for e in events} == {(kind, mode)}, show(events)


def test_a_trip_to_the_counterparts_own_city_stays_a_visit(nlp):
    cases = [
        ("Deputy Secretary of State Jane Roe will travel to Moscow, Russia to meet with Russian officials.", "RUS"),
        ("Deputy Secretary of State Jane Roe will travel to Bern, Switzerland to meet with Swiss officials.", "CHE"),
        ("Deputy Secretary of State Jane Roe will travel to Caracas, Venezuela to meet with Venezuelan "
         "government negotiators.", "VEN"),
    ]
    for text, state in cases:
        events = [e for e in _trips(nlp, text) if e.target_acts_for == state]
        assert events and {e.mode for e in events} == {"consult:visit"}, show(_trips(nlp, text))


def test_an_international_body_met_at_its_seat_hosts_the_visit(nlp):
    # the body acts for no one state: the venue is its seat, it hosts
    text = "Deputy Secretary of State Jane Roe will travel to Brussels, Belgium to meet with European Union officials."
    events = _trips(nlp, text)
    assert events and all(e.mode == "consult:visit" for e in events), show(events)


def test_ones_own_people_abroad_are_visited_where_they_are(nlp):
    text = "Secretary of Defense John Doe traveled to Baghdad, Iraq and met with U.S. troops."
    events = [e for e in _trips(nlp, text) if e.target_acts_for == "USA"]
    assert all(e.mode == "visit" for e in events), show(events)
