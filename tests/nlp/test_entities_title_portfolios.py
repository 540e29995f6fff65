"""The portfolio in a title's "for" phrase is part of the title, not an organisation (entities
``_title_portfolio``): "Under Secretary of State for Arms Control and International Security",
"Special Envoy for Hostage Affairs" name an office, whose holder is the actor."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

STATE = "United States Department of State"
DAY = dt.date(2021, 7, 23)


def _orgs(x) -> list[str]:
    return [m.text for m in x.mentions if m.type == "organization"]


def test_department_for_portfolio_after_title_of_is_no_body_and_the_holder_acts(nlp):
    # demo corpus style (State Department media notes): "<Title> of State for <portfolio> <Name>"
    text = ("She will be joined by Under Secretary of State for Arms Control and International Security "
            "Bonnie Jenkins, who will provide additional leadership for the delegation.")
    x = extract(text, DAY, nlp=nlp, outlet=STATE)
    assert not any("Security" in o for o in _orgs(x))
    jenkins = next(m for m in x.mentions if m.text == "Bonnie Jenkins")
    assert jenkins.type == "person"
    provide = next(e for e in x.events if e.trigger.startswith("provide"))
    assert provide.source_key == jenkins.entity_key


def test_portfolio_after_title_for_is_no_body(nlp):
    text = ("Under Secretary for Political Affairs Victoria Nuland met the Ukrainian delegation, and "
            "Assistant Secretary of Defense for Homeland Defense and Hemispheric Affairs Melissa Dalton joined her.")
    x = extract(text, DAY, nlp=nlp, outlet=STATE)
    assert not any("Affairs" in o for o in _orgs(x))
    people = {m.text for m in x.mentions if m.type == "person"}
    assert {"Victoria Nuland", "Melissa Dalton"} <= people


def test_a_bureau_after_title_for_the_stays_an_organisation(nlp):
    text = "Assistant Secretary for the Bureau of Western Hemisphere Affairs Brian Nichols attended the meeting."
    x = extract(text, DAY, nlp=nlp, outlet=STATE)
    assert "Bureau of Western Hemisphere Affairs" in _orgs(x)


def test_a_portfolio_that_swallowed_the_holders_name_is_left_alone(nlp):
    # no office subject word ends it and no PERSON follows: the name may be inside, so it is kept
    text = ("Deputy Assistant Secretary of State for Energy Transformation Anna Shpitsberg will travel "
            "to Mexico City.")
    x = extract(text, DAY, nlp=nlp, outlet=STATE)
    assert any("Shpitsberg" in m.text for m in x.mentions)


def test_the_holder_name_does_not_take_in_the_portfolio_before_it(nlp):
    # demo corpus style: the portfolio ends in an office subject word ("Operations"), then the name
    text = ("Assistant Secretary of State for Conflict and Stabilization Operations Anne Witkowsky will travel "
            "to Port-au-Prince, Haiti, from March 7-9, 2022.")
    x = extract(text, dt.date(2022, 3, 4), nlp=nlp, outlet=STATE)
    people = [m for m in x.mentions if m.type == "person"]
    assert [m.text for m in people] == ["Anne Witkowsky"]
    assert not any("Operations" in o for o in _orgs(x))
