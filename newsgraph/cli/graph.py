"""Graph commands: questions across articles, identity judgements, graph exports, query bench.

A thin layer over ``newsgraph.query.graph``, ``newsgraph.identity.resolver`` and
``newsgraph.export``; ``register(app, store, fail)`` adds the commands to the main app.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

import typer
from rich.markup import escape

from newsgraph.cli.render import clip, console, event_date, judged_status, print_error, print_json, print_line, table
from newsgraph.errors import NewsgraphError

_JSON = typer.Option(False, "--json", help="Print JSON.")
_REJECTED = typer.Option(False, "--include-rejected", help="Show facts an analyst rejected too.")
_MIN_CONFIDENCE = typer.Option(
    None, "--min-confidence", min=0.0, max=1.0,
    help="Only facts at or above this calibrated confidence (0-1: on the gold files, events at >= c are right at "
         "about rate c; 0.5 leaves out most events with a party missing).")
_LIMIT = typer.Option(50, "--limit", min=1, help="At most this many rows (50 by default). A cut listing says so in its "
                      "title and a last line; with --json the list is cut too and a note on stderr gives the total.")
_AUTHOR = typer.Option("analyst", "--author", help="Who decides.")
_REASON = typer.Option(None, "--reason", help="Why.")


def _name(x: Optional[dict]) -> str:
    return "" if not x else f"{x['name']} [{x['id']}]" if x.get("id") else str(x["name"])


def _actor(x: Optional[dict], state: Optional[dict]) -> str:
    """"Dmytro Kuleba [1881] acts_for: - (graph: UKR, 29 of 31 articles)": the actor and the state
    it acts for, observed apart from graph-derived (newsgraph.identity.states.label)."""
    name = _name(x)
    if not name or not state or state["label"] == "-" and not state.get("observed"):
        return name
    return f"{name} acts_for: {state['label']}"


def _identity_state(state: dict) -> str:
    """"UKR GOV (graph: 29 of 31 articles; also USA 2)" or "POL (analyst; articles: UKR 2)"."""
    votes = ", ".join(f"{k} {v}" for k, v in (state.get("states") or {}).items())
    head = " ".join(x for x in (state.get("acts_for") or "-", state.get("sector")) if x)
    if state.get("basis") == "analyst":
        return f"{head} (analyst; articles: {votes or 'none'})"
    if state.get("acts_for"):
        others = ", ".join(f"{k} {v}" for k, v in state["states"].items() if k != state["acts_for"])
        return f"{head} (graph: {state['articles']} of {state['of']} articles" + (f"; also {others})" if others else ")")
    return f"{head} (graph: no consensus: {votes})" if votes else head


def _published(row: dict) -> str | None:
    """The day a listed fact's (first) article was published, as ``_src`` prints it."""
    return (row["evidence"][0]["published"] or "")[:10] or None if row.get("evidence") else None


def _src(row: dict) -> str:
    ev = row["evidence"][0]
    return f"#{ev['article_id']} {ev['outlet'] or ''} {(ev['published'] or '')[:10]}"


def _title(rows, noun: str) -> str:
    """"176 event(s)", or "50 of 176 event(s) shown" for a list cut at its limit
    (``rows`` a newsgraph.query.graph.Page, or any list: then never cut)."""
    total = getattr(rows, "total", len(rows))
    return f"{len(rows)} of {total} {noun} shown" if total > len(rows) else f"{len(rows)} {noun}"


def _more(rows, noun: str, as_json: bool = False) -> None:
    """Say that a listing was cut: "50 of 176 event(s) shown; --limit N for more" on stdout
    after a table, on stderr after JSON (stdout stays one JSON document)."""
    total = getattr(rows, "total", len(rows))
    if total > len(rows):
        line = f"{len(rows)} of {total} {noun} shown; --limit N for more"
        if as_json:
            print_error(line, label="note", colour="yellow")
        else:
            print_line(line)


def _cut(rows) -> str:
    """" (50 of 176 shown)" after a table's title where its list was cut, else ""."""
    return f" ({len(rows)} of {rows.total} shown)" if getattr(rows, "truncated", False) else ""


def _when(item: dict) -> str:
    """A timeline item's date as the listings print it: an event's as ``event_date``; a
    statement's, marked "(publication)" where its article's day stands in for a date it lacks."""
    if item["kind"] == "event":
        if item.get("date_source") == "before" and not item["date"]:
            return event_date(item, published=item["when"])
        return event_date({**item, "date": item["date"] or item["when"]})
    return f"{item['when']} (publication)" if item["when"] and not item.get("date") else item["when"] or ""


def _statement_date(row: dict) -> str:
    """A listed statement's date: its own, else its article's day marked "(publication)", as
    ``timeline`` prints it (the column was blank for most statements, which give no date)."""
    if row.get("date"):
        return row["date"]
    day = _published(row)
    return f"{day} (publication)" if day else ""


def _short_keys(opened, rows) -> dict[str, str]:
    """Each row's fact key shortened as ``show`` prints it (``judgements.short_fact_keys``: the
    shortest prefix of at least 8 characters that begins no other key, which ``judge`` takes)."""
    from newsgraph.store.judgements import short_fact_keys

    with opened.engine.connect() as conn:
        return short_fact_keys(conn, opened, [r.get("fact_key") for r in rows])


def _with_provenance(opened, rows) -> None:
    """Give each event row the ``explanation`` (the checks it passed, how its type, actors,
    status, date and confidence were reached) and the ``component`` that made it, as
    ``GET /api/events`` and ``show --json`` give them: ``events --json`` left both out, so a
    listed event's reasons needed a second command."""
    import sqlalchemy as sa

    facts = opened.t("events")
    keys = [r["fact_key"] for r in rows if r.get("fact_key")]
    with opened.engine.connect() as conn:
        found = {r.fact_key: r for r in conn.execute(
            sa.select(facts.c.fact_key, facts.c.explanation, facts.c.component, facts.c.component_version)
            .where(facts.c.fact_key.in_(keys)))} if keys else {}
    for row in rows:
        fact = found.get(row.get("fact_key"))
        row["explanation"] = fact.explanation if fact is not None else None
        row["component"] = f"{fact.component} {fact.component_version}" if fact is not None else None


def _judged_fields(entry: dict) -> str:
    """What a logged judgement set: a correction's fields (``date=2023-07-26``), a merge's
    ``into``, an identity act's state, else ""."""
    value = entry.get("value")
    if not isinstance(value, dict):
        return ""
    if entry["kind"] == "identity":
        return " ".join(x for x in (value.get("acts_for"), value.get("sector")) if x)
    if entry["action"] == "merge":
        return f"into={value.get('into')}"
    return ", ".join(f"{k}={'null' if v is None else v}" for k, v in value.items())


def _cells(rows):
    # as text: ``table`` makes each cell safe (controls shown, markup escaped) once; escaping
    # here too printed a stray backslash before every "[" ("\\[bold]")
    return [["" if v is None else str(v) for v in row] for row in rows]


def register(app: typer.Typer, store: Callable, fail: Callable) -> None:
    """Add the graph commands to ``app``; ``store()`` opens the store, ``fail(exc)`` exits."""

    def run(fn, *args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except NewsgraphError as exc:
            fail(exc)

    @app.command("resolve")
    def resolve_cmd(as_json: bool = _JSON):
        """Bring the cross-article graph up to date (queries do this by themselves)."""
        from newsgraph.cli.main import _progress
        from newsgraph.graph.build import pending_articles, refresh

        # (a progress display sized first: after `extract --again` every article is rebuilt, minutes
        # on a large store, and a command silent that long looks hung)
        opened = store()
        ids = run(pending_articles, opened)
        with _progress(len(ids), "resolving") as bar:
            task = bar.add_task("resolving", total=len(ids))
            n = run(refresh, opened, progress=lambda _article: bar.advance(task), ids=ids)
        print_json({"articles_resolved": n}) if as_json else console.print(f"{n} article(s) resolved into the graph")

    @app.command("events")
    def events_cmd(actor: Optional[str] = typer.Option(None, help="Either side: a name, ISO code or entity id."),
                   type: Optional[str] = typer.Option(None, "--type", help="PLOVER type, e.g. SUPPORT."),
                   since: Optional[str] = typer.Option(None, help="From this date (2023, 2023-01, 2023-01-15)."),
                   until: Optional[str] = typer.Option(None, help="Up to this date."),
                   country: Optional[str] = typer.Option(None, help="An actor belongs to this country (name or ISO)."),
                   outlet: Optional[str] = typer.Option(None, help="Reported by this outlet."),
                   min_confidence: Optional[float] = _MIN_CONFIDENCE,
                   status: Optional[str] = typer.Option(None, help="asserted | planned | claimed | hypothetical | negated"),
                   include_rejected: bool = _REJECTED,
                   include_duplicates: bool = typer.Option(
                       False, "--include-duplicates",
                       help="Show too the reports repeated by a near-duplicate capture of their article."),
                   limit: int = _LIMIT, as_json: bool = _JSON):
        """Events across articles, each with its incident's corroboration and its sentence."""
        from newsgraph.query.graph import events

        opened = store()
        rows = run(events, opened, actor=actor, type=type, since=since, until=until, country=country, outlet=outlet,
                   min_confidence=min_confidence, status=status, include_rejected=include_rejected,
                   include_duplicates=include_duplicates, limit=limit)
        if as_json:
            _with_provenance(opened, rows)
            print_json(rows)
            return _more(rows, "event(s)", as_json=True)
        keys = _short_keys(opened, rows)
        table(_title(rows, "event(s)"), ["key", "date", "type", "source", "target", "status", "conf", "corroboration",
                                         "source article", "sentence"],
              _cells([(keys.get(r["fact_key"], r["fact_key"]), event_date(r, _published(r)), r["type"], _actor(r["source"], r.get("source_state")), _actor(r["target"], r.get("target_state")),
                       judged_status(r), f"{r['confidence']:.2f}",
                       f"{r['incident']['articles']} art / {r['incident']['outlets']} outlets" if r["incident"] else "",
                       _src(r), r["evidence"][0]["sentence"][:160]) for r in rows]))
        _more(rows, "event(s)")

    @app.command("incidents")
    def incidents_cmd(actor: Optional[str] = typer.Option(None), type: Optional[str] = typer.Option(None, "--type"),
                      since: Optional[str] = typer.Option(None), until: Optional[str] = typer.Option(None),
                      min_articles: int = typer.Option(1, "--min-articles", min=1), min_confidence: Optional[float] = _MIN_CONFIDENCE,
                      limit: int = _LIMIT, as_json: bool = _JSON):
        """Reports of the same event grouped: articles, independent outlets, dates (disagreement shown)."""
        from newsgraph.query.graph import incidents

        rows = run(incidents, store(), actor=actor, type=type, since=since, until=until, min_articles=min_articles,
                   min_confidence=min_confidence, limit=limit)
        if as_json:
            print_json(rows)
            return _more(rows, "incident(s)", as_json=True)
        table(_title(rows, "incident(s)"), ["id", "type", "actors", "articles", "outlets", "dates", "agree", "reported by"],
              _cells([(r["id"], r["type"], " / ".join(_name(a) for a in r["actors"]), r["articles"], r["independent_outlets"],
                       "; ".join(f"{d['date']} (#{','.join(map(str, d['articles']))})" for d in r["dates"]),
                       {True: "yes", False: "NO", None: "-"}[r["dates_agree"]],
                       "; ".join(sorted({_src(x) for x in r["report_rows"]}))[:200]) for r in rows]))
        _more(rows, "incident(s)")

    @app.command("statements")
    def statements_cmd(speaker: Optional[str] = typer.Option(None), about: Optional[str] = typer.Option(None),
                       via: Optional[str] = typer.Option(None), min_confidence: Optional[float] = _MIN_CONFIDENCE,
                       include_rejected: bool = _REJECTED, limit: int = _LIMIT, as_json: bool = _JSON):
        """Statements by a speaker, about an entity, or relayed via an outlet, with attribution chains."""
        from newsgraph.query.graph import statements

        opened = store()
        rows = run(statements, opened, speaker=speaker, about=about, via=via, include_rejected=include_rejected,
                   min_confidence=min_confidence, limit=limit)
        if as_json:
            print_json(rows)
            return _more(rows, "statement(s)", as_json=True)
        # the cue and the sentence excerpt make a short content readable ("victory": who
        # "declared" it, in which sentence); the date is the statement's, else the article's day;
        # the key, as `events` gives it, is what `judge` takes (it needed `show ID` to find it)
        keys = _short_keys(opened, rows)
        table(_title(rows, "statement(s)"), ["key", "date", "speaker", "cue", "via", "content", "sentence", "source article"],
              _cells([(keys.get(r["fact_key"], r["fact_key"]), _statement_date(r), _name(r["speaker"]), r["cue"] or "", _name(r["via"]), clip(r["content"], 120),
                       clip(r["evidence"][0]["sentence"], 160), _src(r)) for r in rows]))
        _more(rows, "statement(s)")

    @app.command("contested")
    def contested_cmd(about: str = typer.Option(..., help="The entity the claims are about."),
                      include_rejected: bool = _REJECTED,
                      limit: int = typer.Option(10, "--limit", min=1, help="At most this many groups of claims, most speakers "
                                                "first (10 by default). A cut listing says so in a last line; with "
                                                "--json the list is cut too and a note on stderr gives the total."),
                      as_json: bool = _JSON):
        """Claims about one subject side by side: who asserts what, through whom, where."""
        from newsgraph.query.graph import Page, contested

        found = run(contested, store(), about=about, include_rejected=include_rejected)
        groups = Page(found[:max(limit, 0)], len(found))
        if as_json:
            print_json(groups)
            return _more(groups, "group(s) of claims", as_json=True)
        for g in groups:
            table(f"about {about}" + (f" + {', '.join(g['about'])}" if g["about"] else "") + f": {len(g['speakers'])} speaker(s)",
                  ["speaker", "via", "claim", "source article"],
                  _cells([(_name(s["speaker"]), _name(s["via"]), s["content"][:200] + "".join(
                      f"\n↳ incident #{x['incident_id']}: {x['explanation']}" for x in s.get("incidents", [])
                      if x["basis"] == "anaphora"), _src(s)) for s in g["statements"]]))
        _more(groups, "group(s) of claims")

    @app.command("judgements")
    def judgements_cmd(article: Optional[int] = typer.Option(None, "--article", help="Only the judgements on this "
                                                             "article's facts (identity acts are left out)."),
                       limit: int = _LIMIT, as_json: bool = _JSON):
        """The judgement log, newest first: fact judgements and identity acts, with who, when, what,
        the fact (its short key, as `show` and `events` print it), the fields set, and whether it
        was undone or overrides another (GET /api/judgements gives the same)."""
        from newsgraph.web.adapter import judgement_log

        opened = store()
        rows = run(judgement_log, opened, limit=limit, offset=0, article_id=article)
        if as_json:
            print_json(rows)
            return _more(rows, "judgement(s)", as_json=True)
        keys = _short_keys(opened, [{"fact_key": r["target"]} for r in rows if r["kind"] == "fact"])
        table(_title(rows, "judgement(s)"), ["id", "when", "who", "action", "fact", "fields", "undone / overrides"],
              _cells([(f"{'' if r['kind'] == 'fact' else 'act '}{r['id']}", r["created_at"], r["author"], r["action"],
                       (f"{keys.get(r['target'], r['target'] or '')} #{r['article_id']}"
                        f"{' (article deleted)' if r.get('article_deleted') else ''} {r.get('summary') or ''}".strip()
                        if r["kind"] == "fact" else f"identity {r['target']}"),
                       _judged_fields(r), "; ".join(x for x in (f"undone {r['undone_at']}" if r["undone_at"] else "",
                                                                r.get("note") or "") if x))
                      for r in rows]))
        _more(rows, "judgement(s)")

    @app.command("entities")
    def entities_cmd(name: Optional[str] = typer.Option(None), type: Optional[str] = typer.Option(None, "--type"),
                     limit: int = _LIMIT, as_json: bool = _JSON):
        """Canonical entities (minted ids) by name and type, most reported first."""
        from newsgraph.query.graph import entities

        rows = run(entities, store(), name=name, type=type, limit=limit)
        if as_json:
            print_json(rows)
            return _more(rows, "entit(ies)", as_json=True)
        table(_title(rows, "entit(ies)"), ["id", "name", "type", "code", "articles", "aliases"],
              _cells([(r["id"], r["name"], r["type"], r["code"], r["article_count"], ", ".join((r["aliases"] or [])[:6]))
                      for r in rows]))
        _more(rows, "entit(ies)")

    @app.command("entity")
    def entity_cmd(ref: str = typer.Argument(..., help="An entity id or an unambiguous name."),
                   include_rejected: bool = _REJECTED,
                   limit: int = typer.Option(50, "--limit", min=1, help="At most this many events, statements by and statements "
                                             "about it (50 each by default); the JSON's \"totals\" counts them all."),
                   as_json: bool = _JSON):
        """One entity: aliases, roles over time, events, statements by and about it, judged edges."""
        from newsgraph.query.graph import Page, entity

        page = run(entity, store(), ref, include_rejected=include_rejected, limit=limit)
        if as_json:
            return print_json(page)
        i = page["identity"]
        if page.get("redirect"):
            console.print(escape(page["redirect"]["note"]))
        console.print(escape(f"[{i['id']}] {i['name']} ({i['type']}{', ' + i['code'] if i['code'] else ''}): "
                             f"{i['article_count']} article(s); also written {', '.join(i['aliases'] or []) or '-'}"))
        if i.get("acts_for") and (i["acts_for"].get("states") or i["acts_for"].get("basis")):
            console.print(escape(f"acts_for: {_identity_state(i['acts_for'])}"))
        table("roles over time", ["date", "title", "of", "source article"],
              _cells([(r["date"], r["title"], r["of"], f"#{r['evidence'][0]['article_id']} {r['evidence'][0]['outlet']}")
                      for r in page["roles"]]))
        lists = {k: Page(page[k], page.get("totals", {}).get(k)) for k in ("events", "statements_by", "statements_about")}
        table("events" + _cut(lists["events"]), ["date", "type", "source", "target", "source article"],
              _cells([(event_date(r, _published(r)), r["type"], _name(r["source"]), _name(r["target"]), _src(r))
                      for r in page["events"]]))
        table("statements by" + _cut(lists["statements_by"]), ["content", "source article"],
              _cells([(r["content"][:200], _src(r)) for r in page["statements_by"]]))
        table("statements about" + _cut(lists["statements_about"]), ["speaker", "content", "source article"],
              _cells([(_name(r["speaker"]), r["content"][:160], _src(r)) for r in page["statements_about"]]))
        if any(x.truncated for x in lists.values()):
            print_line("; ".join(f"{len(x)} of {x.total} {k.replace('_', ' ')}" for k, x in lists.items() if x.truncated)
                       + " shown; --limit N for more")
        if page["judged_edges"]:
            table("judged edges (analyst acts, unsure and negative system edges)", ["left", "right", "judgement", "by", "score / why"],
                  _cells([(e["left_key"], e["right_key"], e["judgement"], e["author"],
                           e["reason"] or f"{e['score']}: " + "; ".join(x[0] for x in (e["explanation"] or {}).get("evidence", [])))
                          for e in page["judged_edges"][:30]]))

    @app.command("network")
    def network_cmd(around: str = typer.Option(..., help="The actor at the centre."), depth: int = typer.Option(2, min=1, help="Hops from the actor (2 by default)."),
                    since: Optional[str] = typer.Option(None), until: Optional[str] = typer.Option(None),
                    min_confidence: Optional[float] = _MIN_CONFIDENCE,
                    limit: int = _LIMIT, include_rejected: bool = _REJECTED, as_json: bool = _JSON):
        """Actors around one, with typed edges weighted by corroboration (incidents + outlets).

        CONSULT, COOPERATE and AGREE are one relation either way round: each is shown in the
        direction most of its reports give, marked "(both ways)" when some give the other."""
        from newsgraph.query.graph import Page, network

        net = run(network, store(), around=around, depth=depth, since=since, until=until, limit=limit,
                  include_rejected=include_rejected, min_confidence=min_confidence)
        if as_json:
            return print_json(net)
        names = {n["id"]: n["name"] for n in net["nodes"]}
        both = any(e.get("each_way") and e["each_way"][1] for e in net["edges"][:limit])
        table(f"{len(net['nodes'])} actor(s), {len(net['edges'])} edge(s) around {around}"
              + (" (both ways: reports name either side first)" if both else ""),
              ["source", "type", "target", "incidents", "outlets", "reports", "e.g. article"],
              _cells([(names.get(e["source"]), e["type"] + (" (both ways)" if e.get("each_way") and e["each_way"][1] else ""),
                       names.get(e["target"]), e["incidents"], e["outlets"], e["reports"],
                       f"#{e['example_article']}") for e in net["edges"][:limit]]))
        _more(Page(net["edges"][:limit], len(net["edges"])), "edge(s)")

    @app.command("timeline")
    def timeline_cmd(actor: str = typer.Option(...), since: Optional[str] = typer.Option(None),
                     until: Optional[str] = typer.Option(None), min_confidence: Optional[float] = _MIN_CONFIDENCE,
                     include_rejected: bool = _REJECTED, limit: int = _LIMIT, as_json: bool = _JSON):
        """What an actor did, had done to it, and said, in date order, with sources."""
        from newsgraph.query.graph import timeline

        rows = run(timeline, store(), actor=actor, since=since, until=until, include_rejected=include_rejected,
                   min_confidence=min_confidence, limit=limit)
        if as_json:
            print_json(rows)
            return _more(rows, "item(s)", as_json=True)
        table(_title(rows, "item(s)"), ["when", "what", "source article"],
              _cells([(_when(r), f"{r['type']} {_name(r['source'])} -> {_name(r['target'])}" if r["kind"] == "event"
                       else f"said: {r['content'][:150]}", _src(r)) for r in rows]))
        _more(rows, "item(s)")

    def _decide(action: str, left: str, right: Optional[str], author: str, reason: Optional[str]):
        from newsgraph.identity.resolver import decide
        from newsgraph.graph.build import refresh

        s = store()
        run(refresh, s)
        result = run(decide, s, action, left, right, author=author, reason=reason)
        from newsgraph.identity.resolver import overrides_line

        for note in result.get("redirects", []):
            console.print(escape(note["note"]))
        if result.get("overrides"):
            console.print(escape(overrides_line(result["overrides"])))
        console.print(escape(f"act {result['act_id']} ({action}) recorded, {result['edges']} edge(s); identities now: "
                             f"{', '.join(map(str, result['identities']))} (undo with `newsgraph undo-identity {result['act_id']}`)"))

    @app.command("merge")
    def merge_cmd(a: str = typer.Argument(..., help="Entity id or name (kept)."), b: str = typer.Argument(..., help="Entity id or name."),
                  author: str = _AUTHOR, reason: Optional[str] = _REASON):
        """Judge that entities A and B are one (analyst judgements win; survive re-extraction)."""
        _decide("merge", a, b, author, reason)

    @app.command("split")
    def split_cmd(a: str = typer.Argument(..., help="Entity id or name, or an observation key (ARTICLE:KEY) to split out."),
                  author: str = _AUTHOR, reason: Optional[str] = _REASON):
        """Split entity A: each article's observation stands alone until judged the same (exit 2 when it already does)."""
        _decide("split", a, None, author, reason)

    @app.command("same")
    def same_cmd(a: str = typer.Argument(..., help="Entity id, name or observation key (ARTICLE:KEY)."),
                 b: str = typer.Argument(...), author: str = _AUTHOR, reason: Optional[str] = _REASON):
        """Judge that observation (or entity) B is A."""
        _decide("same", a, b, author, reason)

    @app.command("different")
    def different_cmd(a: str = typer.Argument(...), b: str = typer.Argument(...), author: str = _AUTHOR,
                      reason: Optional[str] = _REASON):
        """Judge that A and B are not the same; B leaves A's entity if it was in it."""
        _decide("different", a, b, author, reason)

    @app.command("acts-for")
    def acts_for_cmd(a: str = typer.Argument(..., help="Entity id, name or observation key (ARTICLE:KEY)."),
                     state: str = typer.Argument(..., help="The state it acts for: ISO 3166 alpha-3 or a country name."),
                     sector: Optional[str] = typer.Option(None, help="GOV, MIL, REB, OPP, MED, BUS, CVL, JUD, LEG, POL, IGO, NGO ..."),
                     author: str = _AUTHOR, reason: Optional[str] = _REASON):
        """Judge the state entity A acts for: it wins over what its articles give (still shown)."""
        from newsgraph.graph.build import refresh
        from newsgraph.identity.resolver import set_acts_for

        s = store()
        run(refresh, s)
        result = run(set_acts_for, s, a, state, sector, author=author, reason=reason)
        console.print(escape(f"act {result['act_id']} (acts_for {result['acts_for']}"
                             f"{' ' + result['sector'] if result['sector'] else ''}) recorded on identity "
                             f"{result['identity']} (undo with `newsgraph undo-identity {result['act_id']}`)"))

    @app.command("undo-identity")
    def undo_identity_cmd(act_id: int = typer.Argument(..., help="The act id merge/split/same/different printed.")):
        """Undo an identity judgement; the log keeps it (undone twice: already_undone, exit 2, as `judge undo`)."""
        from newsgraph.identity.resolver import undo

        result = run(undo, store(), act_id)
        console.print(f"act {act_id} undone; {result['articles_rebuilt']} article(s) rebuilt"
                      + (f"; identities now: {', '.join(map(str, result['identities']))}" if result.get("identities") else ""))

    @app.command("export-graph")
    def export_graph_cmd(fmt: str = typer.Option(..., "--format", help="plover | graphml | csv | ftm"),
                         output: Path = typer.Option(..., "--output", "-o", help="File (a folder for csv)."),
                         include_rejected: bool = _REJECTED):
        """Export the graph: PLOVER/POLECAT JSON, GraphML (Gephi), CSV tables, followthemoney JSON lines."""
        from newsgraph.export import write_export

        written = run(write_export, store(), fmt, output, include_rejected=include_rejected)
        console.print(escape(f"wrote {', '.join(str(p) for p in written)}"))

    @app.command("bench-graph")
    def bench_graph_cmd(synthetic: int = typer.Option(0, help="Build a synthetic store of this many events first (0: use the store as is)."),
                        repeat: int = typer.Option(20, help="Timed runs per query."), as_json: bool = _JSON):
        """Query latencies (ego network, event filter, entity page) on the store, optionally after
        filling it with the documented synthetic generator (newsgraph.graph.synthetic)."""
        from newsgraph.graph.bench import run_query_bench

        result = run(run_query_bench, store(), synthetic=synthetic, repeat=repeat)
        if as_json:
            return print_json(result)
        from newsgraph.cli.render import metrics_table

        metrics_table("graph query latencies (ms)", result)
