"""Each export read back with the library its users open it with; each carries the judgement log."""

from __future__ import annotations

import json

import pytest

from newsgraph.export import write_export
from newsgraph.identity import resolver
from newsgraph.query import graph as q
from newsgraph.store import repository
from tests.graph.articles import MINISTER, STRIKER, TREATY_DIALOGO, TREATY_RAZON, store_article


@pytest.fixture
def judged_store(store):
    for spec in (TREATY_DIALOGO, TREATY_RAZON, MINISTER, STRIKER):
        store_article(store, spec)
    event = q.events(store, actor="Iran", outlet="La Razón")[0]
    repository.add_judgement(store, author="ana", action="confirm", fact_key=event["fact_key"], reason="checked")
    resolver.decide(store, "different", "Edmundo Novillo", "Jorge Serrano", author="ana", reason="two people")
    return store


def test_plover_json_uses_codebook_fields(judged_store, tmp_path):
    path, side = write_export(judged_store, "plover", tmp_path / "events.jsonl")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    agree = [r for r in records if r["event"] == ["AGREE"]]
    assert len(agree) == 2
    for field in ("id", "date", "actor", "recipient", "event", "text", "cite_info", "coder"):
        assert field in agree[0]
    assert {r["actor"][0]["code"] for r in agree} == {"IRN", "BOL"}
    assert any(j["action"] == "confirm" and j["author"] == "ana" for r in agree for j in r["judgements"])
    log = json.loads(side.read_text(encoding="utf-8"))
    assert log["identity_acts"][0]["action"] == "different"


def test_graphml_reads_back_with_networkx(judged_store, tmp_path):
    import networkx as nx

    (path,) = write_export(judged_store, "graphml", tmp_path / "graph.graphml")
    g = nx.read_graphml(path)
    labels = {d["label"] for _n, d in g.nodes(data=True)}
    assert {"Iran", "Bolivia"} <= labels
    assert any(d["type"] == "AGREE" for _a, _b, d in g.edges(data=True))
    assert "different" in g.graph["judgement_log"]


def test_csv_tables_read_back_with_pandas(judged_store, tmp_path):
    import pandas as pd

    paths = write_export(judged_store, "csv", tmp_path / "tables")
    frames = {p.stem: pd.read_csv(p) for p in paths}
    assert set(frames) == {"entities", "events", "statements", "incidents", "judgements"}
    assert (frames["events"]["type"] == "AGREE").sum() == 2
    assert set(frames["judgements"]["action"]) >= {"confirm", "different"}
    assert frames["incidents"]["outlet_count"].max() == 2


def test_followthemoney_entities_read_back(judged_store, tmp_path):
    ftm = pytest.importorskip("followthemoney")
    (path,) = write_export(judged_store, "ftm", tmp_path / "entities.jsonl")
    proxies = [ftm.model.get_proxy(json.loads(line)) for line in path.read_text(encoding="utf-8").splitlines()]
    schemata = {p.schema.name for p in proxies}
    assert {"Person", "PublicBody", "Article", "Event", "Note"} <= schemata
    novillo = next(p for p in proxies if "Edmundo Novillo" in p.get("name"))
    assert novillo.schema.name == "Person"
    assert any("different" in " ".join(p.get("description")) for p in proxies if p.schema.name == "Note")
