""""The country" as the other party of an act no state does to itself (visit, invade, annex, occupy)
is never the acting party's own state: that state is set aside among the candidates instead of
blocking the reading (task recip4: "the first U.S. president to visit the country" left unkeyed)."""

from __future__ import annotations

from tests.nlp.linked_events import linked, show as _explain


def _by_trigger(events, word):
    return [e for e in events if e.trigger and word in e.trigger.split()]


def test_a_visit_to_the_country_is_to_the_other_state_named_before(nlp):
    text = ("Secretary Blinken met Foreign Minister Kuleba in Washington to discuss U.S. aid to Ukraine. "
            "Blinken will visit the country next month.")
    visits = _by_trigger(linked(nlp, text), "visit")
    assert visits and all(e.target_key == "country:UKR" for e in visits), _explain(visits)


def test_annexing_the_country_is_never_the_annexers_own_state(nlp):
    text = ("On the morning of Aug. 2, 1990, Iraq invaded nearby Kuwait. In less than four hours, Iraqi forces "
            "occupied the capital, Kuwait City, and Saddam Hussein soon annexed the country.")
    annexed = _by_trigger(linked(nlp, text), "annexed")
    assert annexed and all(e.target_key == "country:KWT" for e in annexed), _explain(annexed)


def test_praising_the_country_with_both_states_in_reach_stays_unresolved(nlp):
    # contrast: one can praise one's own country, so the other actor's state still blocks the reading
    text = ("Secretary Blinken met Foreign Minister Kuleba in Washington to discuss U.S. aid to Ukraine. "
            "Blinken praised the country for its courage.")
    praised = _by_trigger(linked(nlp, text), "praised")
    assert all(e.target_key is None for e in praised), _explain(praised)


def test_a_visit_with_only_the_visitors_state_in_reach_takes_nothing(nlp):
    # contrast: with the other actor's own state set aside no candidate is left
    text = ("Secretary Blinken spoke about the economy of the United States on Monday. "
            "Blinken will visit the country again next month.")
    visits = _by_trigger(linked(nlp, text), "visit")
    assert all(e.target_key in (None,) and e.target_acts_for in (None, "USA") for e in visits), _explain(visits)
