"""Task types44 (invented sentences): support given by people working on the ground is AID (PLOVER
AID "assistance including arms and personnel"), a state's rulers' "attacks" on their own civil society
with no violence named are COERCE repress (PLOVER COERCE "repression ... falling short of violence"),
and an act an independent news outlet reports is asserted, not claimed (gold README: claimed is
"reported by a party and disputed or unconfirmed")."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import coded, explain


def _triggered(events, word):
    return [e for e in events if word in e.trigger.split()]


@pytest.mark.parametrize("text, source, target", [
    ("Canadian experts are on the ground working with Moldovan officials to support Moldova's efforts to "
     "restore its power grid.", "Canadian experts", "Moldova"),
    ("For two weeks, the Japanese government has been on the ground working alongside relief agencies to "
     "support Turkey's efforts to recover from the earthquake.", "Japanese government", "Turkey"),
    ("A team of Spanish engineers worked with local authorities to support Morocco's efforts to rebuild "
     "the damaged roads.", "Spanish engineers", "Morocco"),
])
def test_support_by_people_working_on_the_ground_is_aid(base_nlp, text, source, target):
    events = _triggered(coded(base_nlp, text), "support")
    assert [(e.type, e.source_text, e.target_text) for e in events] == [("AID", source, target)], explain(events)


@pytest.mark.parametrize("text", [
    # a continuing stance or a promise: the work is not told as done
    "We will continue to work with our partners to support Georgia's efforts to reform its courts.",
    # diplomats working with a party back it; no personnel or presence on the ground named
    "Portuguese officials worked with the Angolan government to support Angola's efforts to hold elections.",
])
def test_support_as_the_purpose_of_a_stance_or_of_diplomacy_stays_support(base_nlp, text):
    events = _triggered(coded(base_nlp, text), "support")
    assert events and all(e.type == "SUPPORT" for e in events), explain(events)


@pytest.mark.parametrize("text, target", [
    ("The Belarusian regime has increased its attacks on faith leaders and closed independent schools.",
     "faith leaders"),
    ("The government's attacks on independent journalists have intensified since the election.",
     "independent journalists"),
    ("We condemn the junta's attacks on human rights defenders.", "human rights defenders"),
])
def test_rulers_attacks_on_their_civil_society_are_repression(base_nlp, text, target):
    events = [e for e in coded(base_nlp, text) if e.target_text == target]
    assert [(e.type, e.mode) for e in events] == [("COERCE", "repress")], explain(events)


@pytest.mark.parametrize("text", [
    # violence named in the sentence keeps the force
    "The regime has stepped up its attacks on journalists, and gunmen shot two reporters last month.",
    # another state's people: an attack across borders
    "The Russian government's attacks on Ukrainian journalists continue.",
    # no state's governing body as attacker
    "The rebels increased their attacks on journalists.",
    # civilians are no civil-society group: war or violence against the population
    "The regime has increased its attacks on civilians.",
])
def test_other_attacks_stay_assault(base_nlp, text):
    events = [e for e in coded(base_nlp, text) if "attacks" in e.trigger.split()]
    assert events and all(e.type == "ASSAULT" for e in events), explain(events)


@pytest.mark.parametrize("text", [
    "In May, Turkish President Recep Tayyip Erdogan visited Hungary and Serbia, Arab News reported.",
    "The Washington Post reported that Turkish President Recep Tayyip Erdogan visited Hungary in May.",
])
def test_an_independent_outlets_report_is_asserted(base_nlp, text):
    events = [e for e in coded(base_nlp, text) if e.type == "CONSULT"]
    assert events and all(e.status == "asserted" for e in events), explain(events)


@pytest.mark.parametrize("text", [
    # a state's own news service or "state media": a party's word
    "TASS reported that Moldovan forces attacked a checkpoint in Transnistria.",
    "Iranian state media reported that Iraqi forces attacked a border post.",
    # an outlet relaying a party's word
    "Reuters reported that Moscow said Moldovan forces attacked a checkpoint in Transnistria.",
    "The newspaper reported, citing two officials, that Moldovan forces attacked a checkpoint.",
    # a party's own claim
    "Russia said Moldovan forces attacked a checkpoint in Transnistria.",
])
def test_a_partys_report_stays_claimed(base_nlp, text):
    events = [e for e in coded(base_nlp, text) if e.type == "ASSAULT"]
    assert events and all(e.status == "claimed" for e in events), explain(events)
