"""The gold-facts scorer: matching rules of ../shared/gold/README.md."""

from __future__ import annotations

from newsgraph.eval.facts import normalise_name, score
from newsgraph.nlp.types import EntityRecord, Event, Extraction, Mention, Role, Statement

TEXT = ("The treaty, signed on July 26 between Iran's Defense Minister Mohammad Reza Ashtiani and his Bolivian "
        "counterpart Edmundo Novillo, provides for drones. Novillo said the drones would monitor borders, IRNA reported.")

GOLD = {
    "article": {"file": "x.txt"},
    "entities": [
        {"name": "Mohammad Reza Ashtiani", "type": "person", "aliases": ["Ashtiani"], "core": True,
         "roles": [{"title": "Defense Minister", "of": "Iran", "core": True}]},
        {"name": "Edmundo Novillo", "type": "person", "aliases": ["Novillo"], "core": True},
        {"name": "Iran", "type": "country", "code": "IRN", "aliases": ["Iranian"], "core": True},
        {"name": "Bolivia", "type": "country", "code": "BOL", "aliases": ["Bolivian"], "core": True},
        {"name": "IRNA", "type": "organization"},
    ],
    "events": [{"id": "treaty", "types": ["SUPPORT", "AGREE"], "source": "Iran", "target": "Bolivia", "symmetric": True,
                "date": "2023-07-26", "evidence": "The treaty, signed on July 26", "core": True}],
    "quotes": [{"speaker": "Edmundo Novillo", "kind": "indirect", "via": "IRNA", "text": "would monitor borders", "core": True}],
    "must_not": {"entities": [{"name": "Defense", "type": "organization"}], "event_types": ["THREATEN"]},
}


def extraction(**overrides) -> Extraction:
    entities = {
        "person:ashtiani": EntityRecord("person:ashtiani", "Mohammad Reza Ashtiani", "person"),
        "person:novillo": EntityRecord("person:novillo", "Edmundo Novillo", "person", aliases=["Novillo"]),
        "country:IRN": EntityRecord("country:IRN", "Iran", "country", code="IRN"),
        "country:BOL": EntityRecord("country:BOL", "Bolivia", "country", code="BOL", aliases=["Bolivian"]),
        "org:irna": EntityRecord("org:irna", "IRNA", "organization"),
    }
    x = Extraction(
        mentions=[Mention(0, 4, "Iran", "country", "country:IRN")],
        entities=entities,
        roles=[Role("person:ashtiani", "Defense Minister", "country:IRN", "Iran", 40, 60)],
        events=[Event("SUPPORT", 0, 140, "signed", 12, 18, source_key="country:BOL", target_key="country:IRN",
                      date="2023-07-26")],
        statements=[Statement("indirect", 160, 190, "the drones would monitor borders", speaker_text="Novillo",
                              speaker_key="person:novillo", via="IRNA", via_key="org:irna")],
    )
    for key, value in overrides.items():
        setattr(x, key, value)
    return x


def test_normalise_name_ignores_case_accents_and_apostrophes():
    assert normalise_name("B’nai B’rith") == normalise_name("Bnai Brith")
    assert normalise_name("La Razón") == "la razon"
    assert normalise_name("Iran’s") == "iran"


def test_everything_found_scores_full_recall():
    result = score(GOLD, TEXT, extraction())
    for section in ("entities", "roles", "events", "statements"):
        assert result[section]["core_recall"] == 1.0, (section, result[section])
    assert result["must_not_violations"] == []


def test_symmetric_event_matches_reversed_but_wrong_date_does_not():
    wrong_date = [Event("SUPPORT", 0, 140, "signed", 12, 18, source_key="country:IRN", target_key="country:BOL", date="2023-07-25")]
    assert score(GOLD, TEXT, extraction(events=wrong_date))["events"]["core_recall"] == 0.0


def test_statement_needs_matching_speaker_and_via():
    other_via = [Statement("indirect", 160, 190, "the drones would monitor borders", speaker_key="person:novillo", via="BBC")]
    assert score(GOLD, TEXT, extraction(statements=other_via))["statements"]["core_recall"] == 0.0
    other_speaker = [Statement("indirect", 160, 190, "the drones would monitor borders", speaker_key="person:ashtiani",
                               via_key="org:irna")]
    assert score(GOLD, TEXT, extraction(statements=other_speaker))["statements"]["core_recall"] == 0.0


def test_must_not_violations_are_listed():
    x = extraction()
    x.entities["org:defense"] = EntityRecord("org:defense", "Defense", "organization")
    x.events.append(Event("THREATEN", 0, 10, "warned", 0, 6, source_text="Argentina"))
    violations = score(GOLD, TEXT, x)["must_not_violations"]
    assert any("Defense" in v for v in violations) and any("THREATEN" in v for v in violations)
