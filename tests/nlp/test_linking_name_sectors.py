"""A name's sector from the curated Phoenix actor dictionary over a modifier's agent word, and a
legislature's committee as the legislature whatever its subject word (resolve/actors.py
``named_ending``, ``_legislature_committee``; linking 0.3.864). Invented sentences; contrasts (a
plain "Islamic cleric", an intelligence agency) keep the agent word's sector."""

from __future__ import annotations

import pytest

from newsgraph.resolve.actors import agent_sector, named_ending
from tests.nlp.linked_events import explain, linked


@pytest.mark.parametrize("name, sector", [
    ("Islamic Revolutionary Guard Corps", "MIL"),   # ends as IRANIAN_REVOLUTIONARY_GUARD_CORPS [IRNMIL]
    ("Islamic Revolutionary Guard", "MIL"),         # ends with REVOLUTIONARY_GUARD [IRNMIL]
])
def test_a_name_ending_as_listed_names_do_takes_their_sector(name, sector):
    code = named_ending(name)
    assert code is not None and code.sector == sector and code.acts_for is None, code


@pytest.mark.parametrize("name", [
    "Islamic Affairs Committee",                     # no listed name ends so
    "Combined Joint Special Operations Task Force",  # "task force" only a slice of listed names
    "Revolutionary Guard",                           # the listed name itself: named_actor's, not this
])
def test_no_sector_from_an_ending_no_listed_name_opens(name):
    assert named_ending(name) is None


@pytest.mark.parametrize("words, sector", [
    ("Congressional Intelligence Commission", "LEG"),
    ("advisor to Peru's Congressional Intelligence Commission", "LEG"),
    ("Parliamentary Defence Committee", "LEG"),
    ("House Permanent Select Committee on Intelligence", "LEG"),
    # contrasts: no legislature's word before the committee head, or none at all
    ("intelligence agency", "SPY"),
    ("Intelligence Commission", "SPY"),
    ("White House Intelligence Committee", "SPY"),
    ("Islamic cleric", "REL"),
])
def test_a_legislatures_committee_is_the_legislature(words, sector):
    assert agent_sector(words).sector == sector


def _sides(events):
    return [(e.source_text, e.source_acts_for, e.source_sector) for e in events] + \
           [(e.target_text, e.target_acts_for, e.target_sector) for e in events]


def test_an_individual_affiliated_with_the_irgc_is_coded_by_it(nlp):
    events = linked(nlp, "Prosecutors in Virginia indicted a man affiliated with Iran's Islamic Revolutionary "
                         "Guard Corps on Monday.")
    sides = [s for s in _sides(events) if s[0] and "Revolutionary Guard" in s[0]]
    assert sides and all(s[1:] == ("IRN", "MIL") for s in sides), explain(events)


def test_the_irgc_named_alone_is_military(nlp):
    events = linked(nlp, "The United States today sanctioned Iran's Islamic Revolutionary Guard Corps.")
    sides = [s for s in _sides(events) if s[0] and "Revolutionary Guard" in s[0]]
    assert sides and all(s[2] == "MIL" for s in sides), explain(events)


def test_an_islamic_cleric_stays_religious(nlp):
    events = linked(nlp, "Iranian authorities arrested a prominent Islamic cleric in Qom on Monday.")
    sides = [s for s in _sides(events) if s[0] and "cleric" in s[0]]
    assert sides and all(s[2] == "REL" for s in sides), explain(events)


def test_an_adviser_to_a_congressional_intelligence_commission_is_legislative(nlp):
    events = linked(nlp, "Ana Ruiz, an advisor to Peru's Congressional Intelligence Commission, accused "
                         "Venezuela of sheltering drug traffickers.")
    sides = [s for s in _sides(events) if s[0] and "Ruiz" in s[0]]
    assert sides and all(s[2] == "LEG" for s in sides), explain(events)


def test_an_intelligence_agency_stays_intelligence(nlp):
    events = linked(nlp, "Peru's intelligence agency accused Venezuela of sheltering drug traffickers.")
    sides = [s for s in _sides(events) if s[0] and "intelligence" in s[0]]
    assert sides and all(s[2] == "SPY" for s in sides), explain(events)
