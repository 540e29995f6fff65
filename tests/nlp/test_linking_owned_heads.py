"""A common-noun head with a named organisation as its possessor (linking 0.3.420,
``_body_owned_head``): the head is the actor, the owner only says whose it is. Invented sentences."""

from __future__ import annotations

from tests.nlp.linked_events import linked, show


def _targets(nlp, text, trigger):
    events = [e for e in linked(nlp, text) if e.trigger.startswith(trigger)]
    assert events, show(linked(nlp, text))
    return events


def test_a_bodys_company_is_its_own_business_not_the_body(nlp):
    events = _targets(nlp, "The United States is designating the Ministry of Defense's shipping company.", "designat")
    assert all(e.target_key != "org:ministry-of-defense" and e.target_sector == "BUS" for e in events), show(events)


def test_a_bodys_work_is_still_the_body(nlp):
    # contrast: "mission" as a task names no actor of its own; the support is for the body
    events = _targets(nlp, "We expressed support for the IAEA's essential mission of safeguarding nuclear material.",
                      "expressed")
    assert any(e.target_key == "org:iaea" for e in events), show(events)


def test_a_bodys_single_officer_acts_for_the_body(nlp):
    # contrast: a singular title head is the office holder, coded by the body it acts for
    events = _targets(nlp, "The United States sanctioned the IAEA's Director-General.", "sanctioned")
    assert any(e.target_key == "org:iaea" for e in events), show(events)
