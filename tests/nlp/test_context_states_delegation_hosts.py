"""Leading one's delegation to a meeting another state hosts, no counterpart named, is talks with
the host (context_states.delegation_host, linking 0.3.310; PLOVER CONSULT visit: the host is the
recipient). Own sentences."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import make_doc
from tests.nlp.linked_events import show


def _linked(nlp, text, title):
    doc = nlp(make_doc(nlp, text, dt.date(2024, 6, 5), outlet="The White House", title=title))
    return doc._.ng_events or []


def _led(events):
    found = [e for e in events if "delegation" in (e.trigger or "")]
    assert found, show(events)
    return found


def test_delegation_led_to_a_ministerial_another_state_hosted_meets_the_host(nlp):
    text = ("On June 3, 2024, Panama hosted a regional ministerial on migration with foreign ministers from "
            "fifteen countries. Secretary of State Antony Blinken led the U.S. delegation.")
    events = _led(_linked(nlp, text, "Fact Sheet: Regional Ministerial on Migration"))
    assert all(e.target_acts_for == "PAN" and e.target_key == "country:PAN" for e in events), show(events)


def test_delegation_the_title_sends_to_a_state_meets_that_state(nlp):
    text = "Secretary of Agriculture Tom Vilsack will lead the delegation."
    events = _led(_linked(nlp, text, "President Biden Announces Presidential Delegation to the Republic of Kenya"))
    assert all(e.target_acts_for == "KEN" for e in events), show(events)


def test_delegation_with_no_host_told_keeps_no_target(nlp):
    # contrast: nothing says who hosts the meeting
    text = ("Foreign ministers from fifteen countries met on June 3, 2024 to discuss migration. "
            "Secretary of State Antony Blinken led the U.S. delegation.")
    events = _led(_linked(nlp, text, "Fact Sheet: Regional Ministerial on Migration"))
    assert all(e.target_acts_for is None for e in events), show(events)


def test_the_hosts_own_delegation_meets_no_one_there(nlp):
    # contrast: the host's own minister leading its own delegation is at home
    text = ("On June 3, 2024, Panama hosted a regional ministerial on migration with foreign ministers from "
            "fifteen countries. Foreign Minister Javier Martinez-Acha led the Panamanian delegation.")
    events = _linked(nlp, text, "Fact Sheet: Regional Ministerial on Migration")
    assert any(e.trigger == "hosted" for e in events), show(events)   # the passage is read
    # no event has the host meet itself: the lead gives no talks with Panama
    assert not [e for e in events if e.target_acts_for == "PAN"], show(events)


def test_a_perfect_hosted_and_a_by_agent_name_the_host_too(nlp):
    text = ("Costa Rica has hosted two rounds of the regional talks on migration this year. "
            "Secretary of Homeland Security Alejandro Mayorkas led the U.S. delegation.")
    events = _led(_linked(nlp, text, "Fact Sheet: Regional Talks on Migration"))
    assert all(e.target_acts_for == "CRI" for e in events), show(events)
    text = ("Hosted by Costa Rica, the regional talks on migration gathered ministers from twelve countries. "
            "Secretary of Homeland Security Alejandro Mayorkas led the U.S. delegation.")
    events = _led(_linked(nlp, text, "Fact Sheet: Regional Talks on Migration"))
    assert all(e.target_acts_for == "CRI" for e in events), show(events)
