"""The graph commands: JSON everywhere, identity judgements by name or id, exports."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from newsgraph.cli.main import app
from newsgraph.store.db import open_store
from tests.graph.articles import MINISTER, MINISTER_AGAIN, STRIKER, TREATY_DIALOGO, TREATY_RAZON, reextract, store_article

runner = CliRunner()


def _db(tmp_path):
    path = str(tmp_path / "g.db")
    store = open_store(path)
    ids = {name: store_article(store, spec) for name, spec in
           (("dialogo", TREATY_DIALOGO), ("razon", TREATY_RAZON), ("minister", MINISTER), ("striker", STRIKER))}
    return path, store, ids


def _json(args):
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_queries_answer_in_json_with_sources(tmp_path):
    db, _store, _ids = _db(tmp_path)
    rows = _json(["--db", db, "events", "--actor", "Iran", "--type", "AGREE", "--since", "2023-01", "--json"])
    assert len(rows) == 2 and all(r["evidence"][0]["sentence"] for r in rows)
    incidents = _json(["--db", db, "incidents", "--type", "AGREE", "--json"])
    assert incidents[0]["articles"] == 2 and incidents[0]["independent_outlets"] == 2
    assert _json(["--db", db, "statements", "--speaker", "Edmundo Novillo", "--json"])
    assert _json(["--db", db, "contested", "--about", "drones", "--json"])
    assert _json(["--db", db, "entities", "--name", "Ahmed", "--json"])
    assert _json(["--db", db, "network", "--around", "Iran", "--json"])["edges"]
    assert _json(["--db", db, "timeline", "--actor", "Bolivia", "--json"])
    result = runner.invoke(app, ["--db", db, "entity", "Atlantis"])
    assert result.exit_code == 2 and "no entity named" in result.output


def test_each_listing_takes_a_confidence_floor(tmp_path):
    db, _store, _ids = _db(tmp_path)
    listings = (["events", "--actor", "Iran"], ["incidents"], ["statements", "--speaker", "Edmundo Novillo"],
                ["timeline", "--actor", "Bolivia"])
    for args in listings:
        assert _json(["--db", db, *args, "--min-confidence", "0", "--json"]), args
        assert _json(["--db", db, *args, "--min-confidence", "1", "--json"]) == [], args
    assert _json(["--db", db, "network", "--around", "Iran", "--min-confidence", "1", "--json"])["edges"] == []
    result = runner.invoke(app, ["--db", db, "events", "--min-confidence", "1.5"])
    assert result.exit_code == 2 and "--min-confidence" in result.output


def test_ambiguous_name_asks_for_an_id(tmp_path):
    db, _store, _ids = _db(tmp_path)
    result = runner.invoke(app, ["--db", db, "entity", "Ahmed Hassan"])
    assert result.exit_code == 2 and "give an id" in result.output


def test_same_and_split_survive_extract_again(tmp_path):
    db, store, ids = _db(tmp_path)
    again = store_article(store, MINISTER_AGAIN)
    minister_obs, striker_obs = f"{ids['minister']}:person:ahmed-hassan", f"{ids['striker']}:person:ahmed-hassan"
    result = runner.invoke(app, ["--db", db, "same", minister_obs, striker_obs, "--reason", "one man"])
    assert result.exit_code == 0, result.output
    people = _json(["--db", db, "entities", "--name", "Ahmed Hassan", "--type", "person", "--json"])
    assert len(people) == 1 and people[0]["article_count"] == 3
    reextract(store, ids["striker"], STRIKER)
    assert len(_json(["--db", db, "entities", "--name", "Ahmed Hassan", "--type", "person", "--json"])) == 1
    result = runner.invoke(app, ["--db", db, "split", str(people[0]["id"])])
    assert result.exit_code == 0, result.output
    reextract(store, again, MINISTER_AGAIN)
    assert len(_json(["--db", db, "entities", "--name", "Ahmed Hassan", "--type", "person", "--json"])) == 3


def test_export_graph_writes_each_format(tmp_path):
    db, _store, _ids = _db(tmp_path)
    for fmt, out in (("plover", "e.jsonl"), ("graphml", "g.graphml"), ("csv", "tables"), ("ftm", "f.jsonl")):
        result = runner.invoke(app, ["--db", db, "export-graph", "--format", fmt, "-o", str(tmp_path / out)])
        assert result.exit_code == 0, result.output
        assert (tmp_path / out).exists()


def test_an_id_merged_away_still_answers_and_its_undo_gives_it_back(tmp_path):
    db, _store, ids = _db(tmp_path)
    minister = _json(["--db", db, "entity", f"{ids['minister']}:person:ahmed-hassan", "--json"])["identity"]["id"]
    striker = _json(["--db", db, "entity", f"{ids['striker']}:person:ahmed-hassan", "--json"])["identity"]["id"]
    result = runner.invoke(app, ["--db", db, "same", str(minister), str(striker)])
    assert result.exit_code == 0, result.output
    act = result.output.split()[1]
    # said again through the id merged away: refused with the act that joined them, nothing recorded
    result = runner.invoke(app, ["--db", db, "same", str(minister), str(striker)])
    assert result.exit_code == 2 and f"entities {minister} and {striker} are already one (act {act})" in result.output
    assert "[already_one]" in result.output and "recorded," not in result.output
    result = runner.invoke(app, ["--db", db, "entity", str(striker)])
    assert result.exit_code == 0 and f"entity {striker} was merged into entity {minister}" in result.output
    result = runner.invoke(app, ["--db", db, "undo-identity", act])
    assert result.exit_code == 0 and f"identities now: {', '.join(map(str, sorted([minister, striker])))}" in result.output
    assert _json(["--db", db, "entity", str(striker), "--json"])["identity"]["id"] == striker
    assert _json(["--db", db, "entity", str(minister), "--json"])["redirect"] is None


def test_a_split_of_what_stands_alone_is_one_line_and_a_later_act_names_the_one_it_overrides(tmp_path):
    db, _store, ids = _db(tmp_path)
    striker_obs = f"{ids['striker']}:person:ahmed-hassan"
    striker = _json(["--db", db, "entity", striker_obs, "--json"])["identity"]["id"]
    minister = _json(["--db", db, "entity", f"{ids['minister']}:person:ahmed-hassan", "--json"])["identity"]["id"]
    for ref in (str(striker), striker_obs):
        result = runner.invoke(app, ["--db", db, "split", ref])
        errors = [line for line in result.output.splitlines() if line.strip()]
        assert result.exit_code == 2 and len(errors) == 1 and errors[0].endswith("[already_alone]"), result.output
        assert "already stands alone" in errors[0] and "recorded," not in result.output
    first = runner.invoke(app, ["--db", db, "same", str(minister), striker_obs])
    assert first.exit_code == 0 and "overrides" not in first.output  # near miss: nothing before it on the pair
    act = first.output.split()[1]
    later = runner.invoke(app, ["--db", db, "different", str(minister), striker_obs, "--reason", "a footballer"])
    assert later.exit_code == 0 and f"overrides act {act} (same, positive) on " in later.output


def test_network_shows_a_visit_the_way_it_went_and_says_when_reports_go_both_ways(tmp_path):
    from tests.query.test_network_direction import CUBA_FIRST, HOSTED, VISIT, VISIT_AGAIN

    path = str(tmp_path / "n.db")
    store = open_store(path)
    for spec in (CUBA_FIRST, VISIT):
        store_article(store, spec)
    net = _json(["--db", path, "network", "--around", "Cuba", "--json"])
    names = {n["id"]: n["name"] for n in net["nodes"]}
    assert [(names[e["source"]], e["type"], names[e["target"]]) for e in net["edges"]] == [("Tomas Reyna", "CONSULT", "Cuba")]
    shown = runner.invoke(app, ["--db", path, "network", "--around", "Cuba"], terminal_width=200)
    assert shown.exit_code == 0 and "(both ways)" not in shown.output
    assert shown.output.index("Tomas Reyna") < shown.output.index("CONSULT") < shown.output.rindex("Cuba")
    for spec in (VISIT_AGAIN, HOSTED):
        store_article(store, spec)
    shown = runner.invoke(app, ["--db", path, "network", "--around", "Cuba"], terminal_width=200)
    assert "CONSULT (both ways)" in shown.output
    assert "either way round" in " ".join(runner.invoke(app, ["network", "--help"], terminal_width=200).output.split())


def test_a_rejected_event_listed_on_request_says_so_in_the_table(tmp_path):
    db, _store, _ids = _db(tmp_path)
    [row] = _json(["--db", db, "events", "--actor", "Iran", "--outlet", "La Razón", "--json"])
    assert runner.invoke(app, ["--db", db, "judge", "reject", row["fact_key"], "--reason", "test"]).exit_code == 0
    shown = runner.invoke(app, ["--db", db, "events", "--actor", "Iran", "--outlet", "La Razón", "--include-rejected"])
    assert shown.exit_code == 0 and "(rejected)" in shown.output, shown.output
    # the control: an event nobody judged carries no mark
    plain = runner.invoke(app, ["--db", db, "events", "--actor", "Iran"])
    assert plain.exit_code == 0 and "(rejected)" not in plain.output and "(confirmed)" not in plain.output


def test_undoing_an_identity_act_twice_is_already_undone_as_for_a_fact_judgement(tmp_path):
    db, _store, ids = _db(tmp_path)
    minister = _json(["--db", db, "entity", f"{ids['minister']}:person:ahmed-hassan", "--json"])["identity"]["id"]
    striker = _json(["--db", db, "entity", f"{ids['striker']}:person:ahmed-hassan", "--json"])["identity"]["id"]
    act = runner.invoke(app, ["--db", db, "same", str(minister), str(striker)]).output.split()[1]
    assert runner.invoke(app, ["--db", db, "undo-identity", act]).exit_code == 0
    twice = runner.invoke(app, ["--db", db, "undo-identity", act])
    # exit 2 and one line with its code, as `judge undo` twice (tests/cli/test_judge_facts.py)
    assert twice.exit_code == 2 and f"act {act} was already undone at " in twice.output
    assert twice.output.strip().endswith("[already_undone]") and len(twice.output.strip().splitlines()) == 1
    never = runner.invoke(app, ["--db", db, "undo-identity", "999"])
    assert never.exit_code == 2 and never.output.strip().endswith("[not_found]")


def test_timeline_shows_at_most_its_limit_of_events_and_statements_together(tmp_path):
    import dataclasses

    from tests.graph.articles import MINISTER_AGAIN

    db, store, ids = _db(tmp_path)
    # the minister spoke as well as met: one more article with a statement of his (2024-04-02)
    spoke = dataclasses.replace(MINISTER_AGAIN, title="Hassan on the talks", outlet="Arab News 2", statements=[
        ("person:ahmed-hassan", "Hassan", "regional diplomacy and the ceasefire were the focus of the talks", None)])
    store_article(store, spoke)
    minister = _json(["--db", db, "entity", f"{ids['minister']}:person:ahmed-hassan", "--json"])["identity"]["id"]
    every = _json(["--db", db, "timeline", "--actor", str(minister), "--json"])
    assert {r["kind"] for r in every} == {"event", "statement"} and len(every) >= 3
    cut = runner.invoke(app, ["--db", db, "timeline", "--actor", str(minister), "--limit", "2", "--json"])
    rows = json.loads(cut.stdout)
    # the newest two, in date order; before, --limit 2 gave two events *and* the statement
    assert len(rows) == 2 and [r["when"] for r in rows] == [r["when"] for r in every][-2:]
    assert f"2 of {len(every)} item(s) shown; --limit N for more" in cut.stderr
    table = runner.invoke(app, ["--db", db, "timeline", "--actor", str(minister), "--limit", "2"])
    assert f"2 of {len(every)} item(s) shown; --limit N for more" in table.stdout


def test_the_statements_table_shows_date_cue_and_an_escaped_sentence_excerpt(tmp_path, monkeypatch):
    # a one-word content ("victory") says nothing alone: the table gives the cue, the date and
    # an excerpt of the sentence, its markup-like text printed as written and cut with an ellipsis
    import datetime as dt

    from rich.console import Console

    from newsgraph.cli import render
    from newsgraph.intake.model import RawArticle
    from newsgraph.store import repository
    from tests.graph.articles import ArticleSpec, extraction_for

    text = ("Militia leader Oren Vasko declared victory over the [bold] garrison at dawn on Tuesday, telling "
            "supporters gathered in the main square of the river town that the siege had ended and that his "
            "fighters would hold every bridge until the regional council agreed to negotiate terms.")
    spec = ArticleSpec("Siege ends", "Valley Courier", dt.datetime(2024, 4, 2), text,
                       entities={"person:oren-vasko": ("Oren Vasko", "person", None, ["Oren Vasko"])},
                       statements=[("person:oren-vasko", "Oren Vasko", "victory", None)])
    path = str(tmp_path / "s.db")
    store = open_store(path)
    saved = repository.save_article(store, RawArticle(text=text, source="fixture:siege", title=spec.title,
                                                      outlet=spec.outlet, published=spec.published))
    extraction = extraction_for(spec)
    said = extraction.statements[0]
    said.cue, said.cue_start = "declared", text.index("declared")
    said.cue_end, said.date = said.cue_start + len("declared"), "2024-04-02"
    repository.save_extraction(store, saved.article_id, extraction)
    monkeypatch.setattr(render, "console", Console(width=400, force_terminal=False, color_system=None))
    result = runner.invoke(app, ["--db", path, "statements"])
    assert result.exit_code == 0, result.output
    header = next(line for line in result.output.splitlines() if "speaker" in line)
    assert all(c in header for c in ("date", "cue", "sentence"))
    row = next(line for line in result.output.splitlines() if "Oren Vasko" in line and "victory" in line)
    assert "2024-04-02" in row and "declared" in row
    # the excerpt: the sentence from its start, "[bold]" as written, cut before its end
    assert "Militia leader Oren Vasko declared victory over the [bold] garrison" in row
    assert "…" in row and "negotiate terms" not in row


def test_contested_takes_a_limit_and_says_what_it_cut(tmp_path, monkeypatch):
    from newsgraph.query import graph as query

    db, _store, _ids = _db(tmp_path)
    [group] = _json(["--db", db, "contested", "--about", "drones", "--json"])
    real = query.contested
    # three groups of claims (the articles give one): the real group, then two more like it
    monkeypatch.setattr(query, "contested", lambda *a, **k: real(*a, **k) * 3)
    every = runner.invoke(app, ["--db", db, "contested", "--about", "drones", "--limit", "1000", "--json"])
    assert every.exit_code == 0 and len(json.loads(every.stdout)) == 3 and "shown" not in every.stderr
    cut = runner.invoke(app, ["--db", db, "contested", "--about", "drones", "--limit", "1"])
    assert cut.exit_code == 0 and "1 of 3 group(s) of claims shown; --limit N for more" in cut.stdout
    assert cut.stdout.count("about drones") == 1
    as_json = runner.invoke(app, ["--db", db, "contested", "--about", "drones", "--limit", "1", "--json"])
    assert json.loads(as_json.stdout) == [group] and "1 of 3 group(s) of claims shown" in as_json.stderr


def test_an_ambiguous_actor_filter_is_refused_as_entity_refuses_it(tmp_path):
    db, _store, _ids = _db(tmp_path)
    entity = runner.invoke(app, ["--db", db, "entity", "Hassan"])
    for args in (["events", "--actor", "Hassan"], ["statements", "--speaker", "Hassan"], ["timeline", "--actor", "Hassan"]):
        result = runner.invoke(app, ["--db", db, *args])
        assert result.exit_code == 2, (args, result.output)
        # the same one line as `entity`: the candidates with their ids
        assert result.output == entity.output and "[ambiguous_reference]" in result.output
    missing = runner.invoke(app, ["--db", db, "events", "--actor", "Atlantis"])
    assert missing.exit_code == 2 and "[not_found]" in missing.output


def test_type_options_ignore_case(tmp_path):
    db, _store, _ids = _db(tmp_path)
    assert _json(["--db", db, "events", "--type", "agree", "--json"]) == _json(["--db", db, "events", "--type", "AGREE", "--json"])
    people = _json(["--db", db, "entities", "--type", "PERSON", "--json"])
    assert people and people == _json(["--db", db, "entities", "--type", "person", "--json"])
    result = runner.invoke(app, ["--db", db, "articles", "--story-type", "agree", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == _json(["--db", db, "articles", "--story-type", "AGREE", "--json"])
