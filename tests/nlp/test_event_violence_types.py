"""ASSAULT vs COERCE by the PLOVER codebook (task typefix, s18): COERCE is "coercive uses of power
falling short of violence"; ASSAULT a deliberate action that "can potentially result in substantial
physical harm", with 'destroy' ("intentional destruction of property") and 'crowd-control' ("tear
gas, water cannons ...") among its modes. A repressive act done with violent means is ASSAULT, and
destruction is ASSAULT/destroy (COERCE has no destroy mode). Fixture sentences are from the demo
corpus (examples/) unless marked as a contrast."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import explain as _explain, linked as _events


def _of(nlp, text, trigger):
    events = _events(nlp, text)
    return [e for e in events if trigger in e.trigger.lower()], events


def test_dispersing_demonstrations_with_lethal_force_is_assault(nlp):
    # State Department on Burma: the "with" phrase is the means, never the target
    text = ("Regime security forces have detained more than 13,000 people, imprisoned former State Counsellor "
            "Aung San Suu Kyi and other former government leaders, and dispersed peaceful demonstrations with "
            "lethal force.")
    found, events = _of(nlp, text, "dispersed")
    assert found and all(e.type == "ASSAULT" for e in found), _explain(events)
    assert all("force" not in (e.target_text or "") for e in found), _explain(found)
    detained, _ = _of(nlp, text, "detained")
    assert detained and all(e.type == "COERCE" for e in detained), _explain(events)


@pytest.mark.parametrize("text, mode", [
    # contrasts (wire-style sentences): the crowd-control means named give the mode
    ("Police dispersed the protesters with tear gas and rubber bullets on Sunday.", "crowd-control"),
    ("Riot police dispersed the crowd with water cannon.", "crowd-control"),
    # a "by" + gerund means clause (bench train wire text: "dispersed the crowd by firing tear gas")
    ("Police dispersed the crowd by firing tear gas and rubber bullets.", "crowd-control"),
    ("Soldiers dispersed the protesters by shooting at them.", "firearms"),
])
def test_crowd_control_means_give_assault_crowd_control(nlp, text, mode):
    found, events = _of(nlp, text, "dispersed")
    assert found and all(e.type == "ASSAULT" and e.mode == mode for e in found), _explain(events)


def test_dispersing_without_violent_means_stays_coerce(nlp):
    # contrasts: help given, roads blocked are no violent means
    for text in ("Police dispersed the demonstrators with the help of the army.",
                 "Police dispersed the demonstrators by blocking the roads."):
        found, events = _of(nlp, text, "dispersed")
        assert found and all(e.type == "COERCE" for e in found), _explain(events)


@pytest.mark.parametrize("text, trigger", [
    # Ukrainian Foreign Minister's press availability (State Department transcript)
    ("Well, we are satisfied with the already-arranged supplies of anti-tank weapons and ammunition, and we "
     "destroy a lot of Russian tanks and armored vehicles using weapons that came from our friends.", "destroy"),
    # remarks on the history of the war (Russia-Ukraine commentary in the demo corpus)
    ("Now it is remarkable in the light of history, the history of the past century, Germany alone had "
     "virtually destroyed Russia, twice.", "destroyed"),
])
def test_destruction_is_assault_destroy(nlp, text, trigger):
    found, events = _of(nlp, text, trigger)
    assert found and all(e.type == "ASSAULT" and e.mode == "destroy" for e in found), _explain(events)
