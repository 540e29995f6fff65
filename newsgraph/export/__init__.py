"""Exports of the graph, each carrying the judgement log (fact judgements and identity acts).

* ``plover``: JSON Lines, one event per line with the PLOVER codebook's field names (id, date,
  enddate, actor, recipient, event, mode, event_loc, event_text, text, cite_info, coder,
  coded_date, comment, link) and, per event, the judgements on it; the whole log goes to
  ``<output>.judgements.json`` beside it.
* ``graphml``: actors as nodes, one edge per (source, target, PLOVER type) weighted by
  corroboration; opens in Gephi; the log is a graph attribute.
* ``csv``: a folder of tables (entities, events, statements, incidents, judgements) for pandas.
* ``ftm``: followthemoney entities as JSON Lines (Person, Organization, PublicBody, LegalEntity,
  Article, Event, Note) for Aleph and OpenSanctions users; judgements are Notes.

``write_export(store, fmt, output)`` -> the paths written. Errors: NotFoundError for an unknown format.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Iterator

import sqlalchemy as sa

from newsgraph.errors import NotFoundError
from newsgraph.graph.build import refresh
from newsgraph.store.db import Store
from newsgraph.store.schema import utc_stamps

FORMATS = ("plover", "graphml", "csv", "ftm")
CODER = "newsgraph"


def _iso(value):
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    return value


def judgement_log(store: Store) -> dict:
    """Fact judgements (reject, confirm, correct, merge ...) and identity acts, oldest first."""
    from newsgraph.identity.resolver import judgement_log as identity_log

    j = store.t("judgements")
    with store.engine.connect() as conn:
        facts = [{k: _iso(v) for k, v in r._mapping.items()} | utc_stamps(r._mapping)
                 for r in conn.execute(sa.select(j).order_by(j.c.id))]
    # timestamps as fact judgements have them: UTC to the second, with +00:00 (schema.utc_stamps)
    acts = [{k: _iso(v) for k, v in a.items() if k != "edges"} | utc_stamps(a) | {"edges": a["edges"]}
            for a in identity_log(store)]
    return {"fact_judgements": facts, "identity_acts": acts}


def _identities(store: Store) -> dict[int, dict]:
    t = store.t("identities")
    with store.engine.connect() as conn:
        return {r.id: dict(r._mapping) for r in conn.execute(sa.select(
            t.c.id, t.c.name, t.c.type, t.c.code, t.c.country, t.c.aliases, t.c.article_count, t.c.observation_count))}


def _events(store: Store, include_rejected: bool) -> Iterator[dict]:
    ev, a = store.t("graph_events"), store.t("articles")
    query = sa.select(ev, a.c.title, a.c.url, a.c.outlet,
                      sa.func.substr(a.c.text, ev.c.start + 1, ev.c.end - ev.c.start).label("sentence")
                      ).join(a, a.c.id == ev.c.article_id).order_by(ev.c.id)
    if not include_rejected:
        query = query.where(ev.c.rejected.is_(False))
    # a report repeated by a near-duplicate capture of its article is exported once (newsgraph.graph.duplicates)
    query = query.where(ev.c.duplicate_of.is_(None))
    with store.engine.connect() as conn:
        for r in conn.execution_options(yield_per=2000).execute(query):
            yield dict(r._mapping)


def _fact_judgements(log: dict) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for j in log["fact_judgements"]:
        if j.get("fact_key"):
            out.setdefault(j["fact_key"], []).append(
                {"action": j["action"], "author": j["author"], "at": j["created_at"], "reason": j["reason"],
                 "value": j["value"], "undone_at": j["undone_at"]})
    return out


def _plover_entity(ident: dict | None, text: str | None) -> dict:
    if ident is None:
        return {"entity_text": text}
    from newsgraph.resolve.countries import country_name

    country = ident["code"] if ident["type"] == "country" else ident["country"]
    return {"code": country, "entity_text": text or ident["name"], "identifier_id": f"newsgraph:{ident['id']}",
            "identifier_text": ident["name"], "country_name": country_name(country) if country else None,
            "entity_type": ident["type"]}


def plover_records(store: Store, include_rejected: bool = False, log: dict | None = None) -> Iterator[dict]:
    """Events as PLOVER records (codebook field names; newsgraph's own fields under ``newsgraph``)."""
    idents = _identities(store)
    judged = _fact_judgements(log or judgement_log(store))
    coded = dt.datetime.now(dt.timezone.utc)
    for r in _events(store, include_rejected):
        date = r["date_lo"] or (r["published"].date() if r["published"] else None)
        yield {
            "id": f"newsgraph-{r['fact_key'][:16]}",
            "date": _iso(date),
            "enddate": _iso(r["date_hi"]) if r["date_hi"] and r["date_hi"] != r["date_lo"] else None,
            "actor": [_plover_entity(idents.get(r["source_id"]), r["source_text"])],
            "recipient": [_plover_entity(idents.get(r["target_id"]), r["target_text"])] if (r["target_id"] or r["target_text"]) else [],
            "event": [r["type"]],
            "mode": [r["mode"]] if r["mode"] else [],
            "event_loc": {"name": r["location"]} if r["location"] else None,
            "event_text": [r["trigger"]] if r["trigger"] else [],
            "text": " ".join((r["sentence"] or "").split()),
            "text_info": {"start": r["start"], "end": r["end"]},
            "cite_info": {"article_id": r["article_id"], "title": r["title"], "url": r["url"], "outlet": r["outlet"],
                          "published": _iso(r["published"])},
            "link": f"incident:{r['incident_id']}" if r["incident_id"] else None,
            "coder": CODER,
            "coded_date": coded.date().isoformat(),
            "coded_time": coded.time().isoformat(timespec="seconds"),
            "comment": f"status={r['status']} confidence={r['confidence']:.2f}",
            "judgements": judged.get(r["fact_key"], []),
            "newsgraph": {"fact_key": r["fact_key"], "status": r["status"], "confidence": r["confidence"],
                          "date_value": r["date"], "rejected": r["rejected"], "confirmed": r["confirmed"],
                          "corrected": r["corrected"]},
        }


def network_graph(store: Store, include_rejected: bool = False, log: dict | None = None):
    """A networkx MultiDiGraph: identities as nodes; one edge per (source, target, type) with
    reports, incidents, independent outlets and weight; the judgement log as a graph attribute."""
    import networkx as nx

    ev = store.t("graph_events")
    g = nx.MultiDiGraph(judgement_log=json.dumps(log or judgement_log(store), ensure_ascii=False, default=str))
    idents = _identities(store)
    query = (sa.select(ev.c.source_id, ev.c.target_id, ev.c.type, sa.func.count().label("reports"),
                       sa.func.count(sa.distinct(ev.c.incident_id)).label("incidents"),
                       sa.func.count(sa.distinct(ev.c.outlet_id)).label("outlets"),
                       sa.func.min(ev.c.article_id).label("example_article"))
             .where(ev.c.source_id.is_not(None), ev.c.target_id.is_not(None), ev.c.duplicate_of.is_(None))
             .group_by(ev.c.source_id, ev.c.target_id, ev.c.type))
    if not include_rejected:
        query = query.where(ev.c.rejected.is_(False))
    with store.engine.connect() as conn:
        rows = conn.execute(query).all()
    for r in rows:
        for node in (r.source_id, r.target_id):
            if node not in g:
                i = idents.get(node, {"name": str(node), "type": "unknown", "code": None, "article_count": 0})
                g.add_node(node, label=i["name"], type=i["type"], code=i["code"] or "", articles=i["article_count"])
        g.add_edge(r.source_id, r.target_id, key=r.type, type=r.type, reports=r.reports, incidents=r.incidents,
                   outlets=r.outlets, weight=r.incidents + r.outlets, example_article=r.example_article)
    return g


def _statements(store: Store, include_rejected: bool) -> list[dict]:
    st = store.t("graph_statements")
    query = sa.select(st).where(st.c.duplicate_of.is_(None)).order_by(st.c.id)  # each statement once
    if not include_rejected:
        query = query.where(st.c.rejected.is_(False))
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]


def _write_csv(path: Path, rows: list[dict], columns: list[str]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: json.dumps(v, ensure_ascii=False, default=str) if isinstance(v, (list, dict)) else _iso(v)
                             for k, v in row.items()})


def write_csv(store: Store, folder: Path, include_rejected: bool = False, log: dict | None = None) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    log = log or judgement_log(store)
    idents = list(_identities(store).values())
    events = list(_events(store, include_rejected))
    inc = store.t("incidents")
    with store.engine.connect() as conn:
        incidents = [dict(r._mapping) for r in conn.execute(sa.select(inc).order_by(inc.c.id))]
    judgements = [{"kind": "fact", **j} for j in log["fact_judgements"]] + [
        {"kind": "identity", "id": a["id"], "action": a["action"], "author": a["author"], "reason": a["reason"],
         "created_at": a["created_at"], "undone_at": a["undone_at"], "value": a["targets"]} for a in log["identity_acts"]]
    tables = {
        "entities.csv": (idents, ["id", "name", "type", "code", "country", "aliases", "article_count", "observation_count"]),
        "events.csv": (events, ["id", "fact_key", "article_id", "type", "mode", "status", "confidence", "date", "date_lo", "date_hi",
                                "source_id", "target_id", "source_text", "target_text", "trigger", "location", "start", "end",
                                "sentence", "published", "outlet", "outlet_id", "incident_id", "rejected", "confirmed", "corrected"]),
        "statements.csv": (_statements(store, include_rejected),
                           ["id", "fact_key", "article_id", "kind", "speaker_id", "speaker_text", "via_id", "via_text", "cue",
                            "content", "date", "start", "end", "confidence", "published", "outlet_id", "incident_id",
                            "rejected", "confirmed", "corrected"]),
        "incidents.csv": (incidents, ["id", "type", "actor_a", "actor_b", "symmetric", "date_lo", "date_hi", "first_reported",
                                      "last_reported", "report_count", "article_count", "outlet_count", "dates_agree", "details"]),
        "judgements.csv": (judgements, ["kind", "id", "action", "author", "reason", "created_at", "undone_at", "fact_table",
                                        "fact_key", "article_id", "value"]),
    }
    written = []
    for name, (rows, columns) in tables.items():
        _write_csv(folder / name, rows, columns)
        written.append(folder / name)
    return written


def _ftm_country(code: str | None) -> list[str]:
    if not code:
        return []
    import pycountry

    found = pycountry.countries.get(alpha_3=code)
    return [found.alpha_2.lower()] if found else []


_FTM_SCHEMA = {"person": "Person", "organization": "Organization", "group": "Organization", "country": "PublicBody",
               "place": "LegalEntity", "region": "LegalEntity", "equipment": "Thing"}


def ftm_entities(store: Store, include_rejected: bool = False, log: dict | None = None) -> Iterator[dict]:
    """followthemoney entities (``{"id", "schema", "properties"}``), read back with ``model.get_proxy``."""
    log = log or judgement_log(store)
    idents = _identities(store)
    for i in idents.values():
        props = {"name": [i["name"]]}
        if i["aliases"]:
            props["alias"] = list(i["aliases"])[:20]
        country = _ftm_country(i["code"] if i["type"] == "country" else i["country"])
        if country:
            props["country"] = country
        yield {"id": f"ng-{i['id']}", "schema": _FTM_SCHEMA.get(i["type"], "LegalEntity"), "properties": props}
    a = store.t("articles")
    with store.engine.connect() as conn:
        for r in conn.execute(sa.select(a.c.id, a.c.title, a.c.outlet, a.c.url, a.c.published)):
            props = {"title": [r.title or f"article {r.id}"], "publisher": [r.outlet] if r.outlet else []}
            if r.published:
                props["publishedAt"] = [r.published[:10]]
            if r.url:
                props["sourceUrl"] = [r.url]
            yield {"id": f"ng-article-{r.id}", "schema": "Article", "properties": {k: v for k, v in props.items() if v}}
    for r in _events(store, include_rejected):
        involved = [f"ng-{x}" for x in (r["source_id"], r["target_id"]) if x is not None]
        props = {"name": [f"{r['type']}: {r['source_text'] or '?'} -> {r['target_text'] or '?'}"],
                 "summary": [" ".join((r["sentence"] or "").split())[:2000]], "involved": involved,
                 "proof": [f"ng-article-{r['article_id']}"],
                 "description": [f"PLOVER {r['type']}; status {r['status']}; confidence {r['confidence']:.2f}"
                                 + ("; rejected by an analyst" if r["rejected"] else "; confirmed by an analyst" if r["confirmed"] else "")]}
        if r["date_lo"]:
            props["date"] = [r["date_lo"].isoformat()]
        yield {"id": f"ng-event-{r['fact_key'][:24]}", "schema": "Event", "properties": {k: v for k, v in props.items() if v}}
    for s in _statements(store, include_rejected):
        props = {"description": [s["content"][:2000]], "proof": [f"ng-article-{s['article_id']}"],
                 "name": [f"statement by {s['speaker_text'] or 'unknown'}"]}
        if s["speaker_id"]:
            props["entity"] = [f"ng-{s['speaker_id']}"]
        yield {"id": f"ng-statement-{s['fact_key'][:24]}", "schema": "Note", "properties": props}
    for act in log["identity_acts"]:
        targets = act["targets"] or {}
        ents = [f"ng-{i}" for i in (targets.get("left_identity"), targets.get("right_identity")) if i in idents]
        props = {"name": [f"analyst {act['action']} by {act['author']}"],
                 "description": [json.dumps({"action": act["action"], "reason": act["reason"], "at": act["created_at"],
                                             "undone_at": act["undone_at"], "targets": targets}, default=str)]}
        if ents:
            props["entity"] = ents
        yield {"id": f"ng-act-{act['id']}", "schema": "Note", "properties": props}
    for j in log["fact_judgements"]:
        yield {"id": f"ng-judgement-{j['id']}", "schema": "Note", "properties": {
            "name": [f"analyst {j['action']} by {j['author']}"],
            "description": [json.dumps({k: j[k] for k in ("action", "fact_key", "reason", "value", "created_at", "undone_at")},
                                       default=str, ensure_ascii=False)]}}


def write_export(store: Store, fmt: str, output: Path, include_rejected: bool = False) -> list[Path]:
    """Write the graph in ``fmt`` (plover | graphml | csv | ftm) to ``output``; the paths written."""
    if fmt not in FORMATS:
        raise NotFoundError(f"unknown export format {fmt!r} (available: {', '.join(FORMATS)})", source=fmt)
    refresh(store)
    output = Path(output)
    log = judgement_log(store)
    if fmt == "csv":
        return write_csv(store, output, include_rejected, log)
    output.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "graphml":
        import networkx as nx

        nx.write_graphml(network_graph(store, include_rejected, log), output)
        return [output]
    records = plover_records(store, include_rejected, log) if fmt == "plover" else ftm_entities(store, include_rejected, log)
    with open(output, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
    written = [output]
    if fmt == "plover":
        side = output.with_name(output.name + ".judgements.json")
        side.write_text(json.dumps(log, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
        written.append(side)
    return written
