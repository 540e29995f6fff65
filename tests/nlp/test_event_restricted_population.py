"""The recipient of a restriction laid on a place (events 0.8.111): a curfew, martial law or
restriction a force imposes "in" a place (PLOVER COERCE curfew / martial-law / restrict, "Impose
restrictions on political freedoms or movement, including cordoning off areas") restricts the people
there, so its target is that state's civilians (acts for the state, sector CVL), not the state's
government (which a capital's name stands for elsewhere) and not dropped as an act on the source's
own state. A restriction on a named party keeps that party. Sentences are invented for these tests."""

from __future__ import annotations

from tests.nlp.linked_events import explain, linked


def _coerced(nlp, text):
    return [e for e in linked(nlp, text) if e.type == "COERCE"]


def test_a_curfew_in_a_city_restricts_its_state_civilians(nlp):
    events = _coerced(nlp, "Uzbek authorities imposed a curfew in Tashkent on Monday.")
    assert [(e.mode, e.target_acts_for, e.target_sector, e.target_key) for e in events] == \
        [("curfew", "UZB", "CVL", None)], explain(events)
    events = _coerced(nlp, "Authorities imposed a curfew in Tashkent.")
    assert [(e.target_acts_for, e.target_sector) for e in events] == [("UZB", "CVL")], explain(events)


def test_an_occupier_s_curfew_restricts_the_people_of_the_place(nlp):
    events = _coerced(nlp, "Russian forces imposed a curfew in Kherson.")
    assert [(e.source_acts_for, e.target_acts_for, e.target_sector) for e in events] == \
        [("RUS", "UKR", "CVL")], explain(events)


def test_an_arrest_in_a_city_keeps_its_victims(nlp):
    # near miss: an act on named people "in" a place is aimed at them, not at the place's population
    events = [e for e in linked(nlp, "Police arrested the opposition leader Ivan Petrov in Tashkent.")
              if e.target_text]
    assert events and all(e.target_sector != "CVL" or e.target_key for e in events), explain(events)
    assert all("Tashkent" not in (e.target_text or "") for e in events), explain(events)
