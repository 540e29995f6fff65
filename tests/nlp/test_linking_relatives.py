"""Relatives named by a kinship or family noun act for their owner's state as private people:
never the government or body of the official they are relatives of (linking 0.3.710)."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

STATE = "U.S. Department of State"


def _targets(x, part: str):
    return [e for e in x.events if e.target_text and part in e.target_text]


def test_the_children_of_a_president_listed_after_him_are_not_the_government(nlp):
    # invented; the parse hangs the children's names on the president's as conjuncts, and the
    # title before his name is his, not theirs
    text = ("Today we are imposing sanctions on the adult children of President Ivan Petrov, Anna Petrova and "
            "Olga Petrova, for their role in the regime.")
    x = extract(text, dt.date(2022, 4, 6), nlp=nlp, outlet=STATE)
    events = _targets(x, "Anna Petrova") + _targets(x, "Olga Petrova")
    assert events
    for event in events:
        assert event.target_sector != "GOV"


def test_family_members_of_a_states_legislators_are_its_civilians_not_the_legislature(nlp):
    # examples/statedept/articles_geopolitics.jsonl:61 has the same construction
    text = ("The Department of State has imposed visa restrictions on 40 immediate family members of Nicaraguan "
            "National Assembly deputies.")
    x = extract(text, dt.date(2021, 8, 6), nlp=nlp, outlet=STATE)
    event = next(e for e in _targets(x, "family members"))
    assert event.target_key is None or not event.target_key.startswith("org:")
    assert (event.target_acts_for, event.target_sector) == ("NIC", "CVL")


def test_a_named_relative_of_an_official_keeps_the_name_as_the_actor(nlp):
    # the relative named in the phrase keys it ("X's spouse, Y"); the phrase rule leaves it alone
    text = "The Department is also designating Ortiz’s spouse, Maria Lopez Garcia, and his family."
    x = extract(text, dt.date(2022, 3, 9), nlp=nlp, outlet=STATE)
    keyed = [e.target_key for e in _targets(x, "Maria Lopez Garcia")]
    assert keyed == ["person:maria-lopez-garcia"]
