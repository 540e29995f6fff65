"""PLOVER codes a partially recognized (disputed) entity with the state that claims it (PLOVER
manual, "Partially recognized (disputed) entities"; lexicons/plover_disputed.yaml)."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract
from newsgraph.resolve.actors import partially_recognized

STATE = "U.S. Department of State"


def test_the_manuals_entities_take_the_claiming_state():
    assert partially_recognized("Luhansk People’s Republic").acts_for == "UKR"
    # a coordination's plural head names each republic ("the Donetsk and Luhansk People's Republics")
    assert partially_recognized("Luhansk People's Republics").acts_for == "UKR"
    assert partially_recognized("the so-called “Donetsk People’s Republic”").acts_for == "UKR"
    assert partially_recognized("Transnistria").acts_for == "MDA"
    assert partially_recognized("South Ossetia").acts_for == "GEO"
    # contrast: a name PLOVER does not list, and a recognized state's own long name
    assert partially_recognized("Kursk People's Republic") is None
    assert partially_recognized("Democratic People's Republic of Korea") is None


def test_a_recognized_breakaway_republic_acts_for_the_state_claiming_it(nlp):
    # judged 47 (470): the target of Putin's recognition had no state
    text = ("The Kremlin said President Putin signed decrees to recognize the Donetsk People’s Republic as an "
            "independent state. Ukraine's Foreign Ministry condemned the move.")
    x = extract(text, dt.date(2022, 2, 21), nlp=nlp, outlet=STATE)
    event = next(e for e in x.events if e.target_text and "Donetsk" in e.target_text)
    assert event.target_acts_for == "UKR"


def test_an_unlisted_peoples_republic_takes_no_state_from_the_list(nlp):
    # contrast: a self-styled republic PLOVER does not list is not placed by the list
    text = ("The Kremlin said President Putin signed decrees to recognize the Kursk People’s Republic as an "
            "independent state.")
    x = extract(text, dt.date(2022, 2, 21), nlp=nlp, outlet=STATE)
    event = next((e for e in x.events if e.target_text and "Kursk" in e.target_text), None)
    assert event is None or event.target_acts_for != "UKR"
