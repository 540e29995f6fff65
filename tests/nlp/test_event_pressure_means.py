"""Pressure applied "by" doing something (task typefix, s18): the "by" + gerund clause is the means and
the act done (coded on its own, here SANCTION); the pressure is its aim, no DEMAND (PLOVER REQUEST is
"requests, demands, and orders"). Fixture sentences are from the demo corpus (examples/) unless marked
as a contrast."""

from __future__ import annotations

from tests.nlp.linked_events import explain as _explain, linked as _events


def test_pressure_by_designating_is_the_designation(nlp):
    # State Department release on Russian bank executives designated
    text = ("Today, the United States, in coordination with our allies and partners, is taking further actions to "
            "increase the pressure on the Russian Federation by designating the executives and board members of "
            "two of Russia's most important banks, Sberbank and Gazprombank.")
    events = _events(nlp, text)
    assert not [e for e in events if e.type == "DEMAND"], _explain(events)
    assert [e for e in events if e.type == "SANCTION" and "designat" in e.trigger.lower()], _explain(events)


def test_pressure_by_imposing_restrictions_is_no_demand(nlp):
    # G7 statement in the demo corpus
    events = _events(nlp, "Together with international partners, the G7 will sustain and increase pressure on "
                          "Russia by imposing coordinated additional restrictions.")
    assert not [e for e in events if e.type == "DEMAND"], _explain(events)
    # the means is aimed at whom the pressure is on
    imposed = [e for e in events if "impos" in e.trigger.lower()]
    assert imposed and all(e.target_text == "Russia" for e in imposed), _explain(events)


def test_pressure_without_means_stays_demand(nlp):
    # contrast: no means named, the pressure is the act
    events = _events(nlp, "We will continue to increase pressure on the Russian Federation.")
    assert [e for e in events if e.type == "DEMAND"], _explain(events)
