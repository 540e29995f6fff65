"""The ``newsgraph`` command: a thin layer over the library."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from newsgraph import __version__
from newsgraph.cli.render import console, err_console, metrics_table, print_json, table
from newsgraph.errors import NewsgraphError

app = typer.Typer(help="newsgraph: news articles in; who did what to whom, when, and who says so, out.",
                  no_args_is_help=True, add_completion=False)
eval_app = typer.Typer(help="Score newsgraph on annotated data (gold facts, PLOVER, CoNLL, TimeML, PolNeAR).",
                       no_args_is_help=True)
app.add_typer(eval_app, name="eval")

STATE: dict = {"db": None}
PROGRESS_THRESHOLD = 5


def _store():
    from newsgraph.store.db import open_store

    return open_store(STATE["db"])


def _fail(exc: NewsgraphError) -> None:
    err_console.print(f"[red]error:[/red] {exc.one_line()}", highlight=False, soft_wrap=True)
    raise typer.Exit(2)


@app.callback()
def main(db: Optional[str] = typer.Option(None, "--db", help="SQLite path or database URL (default: $NEWSGRAPH_DB or ./newsgraph.db)."),
         version: bool = typer.Option(False, "--version", help="Print the version and exit.")):
    """Global options."""
    if version:
        print(__version__)
        raise typer.Exit()
    STATE["db"] = db


def _parse_field_map(pairs: List[str]) -> dict:
    mapping = {}
    for pair in pairs:
        if "=" not in pair:
            raise typer.BadParameter(f"--field takes OURS=THEIRS, got {pair!r}")
        ours, theirs = pair.split("=", 1)
        mapping[ours.strip()] = theirs.strip()
    return mapping


def _progress(total: Optional[int], label: str):
    return Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=err_console, transient=True, disable=total is not None and total <= PROGRESS_THRESHOLD)


@app.command()
def ingest(
    sources: List[str] = typer.Argument(..., help="Files, directories, feed or page URLs, or - for stdin."),
    published: Optional[str] = typer.Option(None, help="Publication date for every article (overrides what is inferred)."),
    outlet: Optional[str] = typer.Option(None, help="Outlet for every article (overrides what is inferred)."),
    field: List[str] = typer.Option([], "--field", help="JSON Lines field mapping, e.g. published=date_created."),
    extract: bool = typer.Option(True, "--extract/--no-extract", help="Run extraction on new articles."),
    fetch: bool = typer.Option(True, "--fetch/--no-fetch", help="Fetch feed items' pages when the feed has only summaries."),
    max_bytes: int = typer.Option(20_000_000, help="Largest input accepted, in bytes."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
):
    """Read articles, store them (once each), and extract their facts."""
    from newsgraph.batch import IngestReport, extract_articles, store_articles
    from newsgraph.intake import IntakeOptions, read_sources

    try:
        options = IntakeOptions(published=_parse_date(published), outlet=outlet, field_map=_parse_field_map(field),
                                max_bytes=max_bytes, fetch_pages=fetch)
        store = _store()
    except NewsgraphError as exc:
        _fail(exc)
    report = IngestReport()
    with _progress(None, "reading") as bar:
        task = bar.add_task("read", total=None)
        store_articles(store, read_sources(sources, options), report, progress=lambda _s: bar.advance(task))
    for line in report.skipped:
        err_console.print(f"[yellow]skipped:[/yellow] {line}", highlight=False, soft_wrap=True)
    for line in report.errors:
        err_console.print(f"[red]error:[/red] {line}", highlight=False, soft_wrap=True)
    if extract and report.new:
        with _progress(len(report.new), "extracting") as bar:
            task = bar.add_task("extract", total=len(report.new))
            extract_articles(store, report.new, report, progress=lambda _s: bar.advance(task))
    if as_json:
        print_json(report.as_dict())
    else:
        console.print(f"{len(report.new)} new article(s), {len(report.duplicates)} already stored, "
                      f"{len(report.near_duplicates)} near-duplicate(s) linked, {len(report.skipped)} skipped (no article), "
                      f"{len(report.errors)} error(s)"
                      + (f", {len(report.extracted)} extracted, {len(report.extract_failed)} extraction failure(s)" if extract else ""))
    if not report.new and not report.duplicates:
        raise typer.Exit(1)


def _parse_date(value: Optional[str]):
    if not value:
        return None
    import dateparser

    parsed = dateparser.parse(value, settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False})
    if parsed is None:
        raise typer.BadParameter(f"cannot read the date {value!r}")
    return parsed


@app.command()
def articles(limit: Optional[int] = typer.Option(None, help="At most this many."),
             status: Optional[str] = typer.Option(None, help="Only articles with this status (ingested, extracted, extract_failed)."),
             as_json: bool = typer.Option(False, "--json", help="Print JSON.")):
    """List stored articles with title, outlet and (possibly inferred) date."""
    from newsgraph.store.repository import list_articles

    rows = list_articles(_store(), limit=limit, status=status)
    if as_json:
        print_json(rows)
        return
    table(f"{len(rows)} article(s)", ["id", "published", "outlet", "title"],
          [(r["id"], _date_label(r), r["outlet"], r["title"]) for r in rows],
          widths={"id": max([len(str(r["id"])) for r in rows] + [2]), "published": 11, "outlet": 18})
    if any(r["published_inferred"] for r in rows):
        console.print("* date inferred from the article's own text (the latest date it reports)")


def _date_label(row: dict) -> str:
    if not row.get("published"):
        return "undated"
    value = row["published"][:10]
    return f"{value}*" if row.get("published_inferred") else value


@app.command()
def show(article_id: int = typer.Argument(..., help="Article id (see `newsgraph articles`)."),
         as_json: bool = typer.Option(False, "--json", help="Print JSON."),
         text: bool = typer.Option(True, "--text/--no-text", help="Print the clean text.")):
    """An article's clean text, metadata, and the facts extracted from it."""
    from newsgraph.query.article_view import article_view

    try:
        view = article_view(_store(), article_id)
    except NewsgraphError as exc:
        _fail(exc)
    if as_json:
        print_json(view)
        return
    from newsgraph.cli.show import print_article_view

    print_article_view(view, with_text=text)


@app.command()
def export(fmt: str = typer.Option("jsonl", "--format", help="Export format: jsonl."),
           output: Optional[Path] = typer.Option(None, "--output", "-o", help="File to write (default: stdout).")):
    """Export every article with its facts."""
    from newsgraph.store.repository import iter_export

    if fmt != "jsonl":
        raise typer.BadParameter(f"unknown format {fmt!r} (available: jsonl)")
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    try:
        for record in iter_export(_store()):
            out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
    finally:
        if output:
            out.close()


@app.command()
def stats(as_json: bool = typer.Option(False, "--json", help="Print JSON.")):
    """Counts of what is stored."""
    from newsgraph.store.repository import stats as store_stats

    counts = store_stats(_store())
    if as_json:
        print_json(counts)
        return
    metrics_table("newsgraph store", counts)


@app.command()
def extract(again: bool = typer.Option(False, "--again", help="Re-run over articles already extracted (judgements are kept)."),
            article: List[int] = typer.Option([], "--article", help="Only these article ids."),
            as_json: bool = typer.Option(False, "--json", help="Print the report as JSON.")):
    """Run extraction over stored articles: pending ones, or all with --again."""
    from newsgraph.batch import IngestReport, extract_articles
    from newsgraph.store.repository import list_articles

    store = _store()
    rows = list_articles(store)
    ids = [r["id"] for r in rows if (again or r["status"] != "extracted") and (not article or r["id"] in article)]
    report = IngestReport()
    with _progress(len(ids), "extracting") as bar:
        task = bar.add_task("extract", total=len(ids))
        extract_articles(store, ids, report, progress=lambda _s: bar.advance(task))
    if as_json:
        print_json({"extracted": report.extracted, "extract_failed": report.extract_failed})
    else:
        console.print(f"{len(report.extracted)} article(s) extracted, {len(report.extract_failed)} failure(s)")
    if report.extract_failed and not report.extracted:
        raise typer.Exit(1)


@app.command()
def judge(action: str = typer.Argument(..., help="reject | confirm | correct | merge | undo"),
          target: str = typer.Argument(..., help="The fact_key of a fact (see `show --json`), an entity key to merge, or a judgement id for undo."),
          into: Optional[str] = typer.Option(None, "--into", help="For merge: the entity key that TARGET is the same as."),
          value: Optional[str] = typer.Option(None, help='For correct: a JSON object of fields, e.g. \'{"type": "AGREE"}\'.'),
          reason: Optional[str] = typer.Option(None, help="Why."),
          author: str = typer.Option("analyst", help="Who.")):
    """Record an analyst's judgement on a fact or entity; judgements survive re-extraction and can be undone."""
    from newsgraph.store.repository import add_judgement, merge_entities, undo_judgement

    store = _store()
    try:
        if action == "undo":
            undo_judgement(store, int(target))
            console.print(f"judgement {target} undone")
            return
        if action == "merge":
            if not into:
                raise typer.BadParameter("merge needs --into ENTITY_KEY")
            judgement_id = merge_entities(store, into, [target], author=author, reason=reason)
            console.print(f"judgement {judgement_id} recorded: {target} is {into} (undo it to split them again)")
            return
        if action not in ("reject", "confirm", "correct"):
            raise typer.BadParameter(f"unknown action {action!r}")
        parsed = json.loads(value) if value else None
        judgement_id = add_judgement(store, author=author, action=action, fact_key=target, value=parsed, reason=reason)
        console.print(f"judgement {judgement_id} recorded")
    except NewsgraphError as exc:
        _fail(exc)


def _run_eval(name: str, path: Path, predictions: Optional[Path], limit: Optional[int], as_json: bool) -> dict:
    module = importlib.import_module(f"newsgraph.eval.{name}")
    try:
        metrics = module.evaluate(path, predictions_dir=predictions, limit=limit)
    except NewsgraphError as exc:
        _fail(exc)
    if as_json:
        print_json(metrics)
    else:
        metrics_table(f"eval {name}: {path}", metrics)
    return metrics


_PRED = typer.Option(None, "--predictions", help="Write our predictions in the input's own format here.")
_LIMIT = typer.Option(None, "--limit", help="Only the first N documents/records.")
_JSON = typer.Option(False, "--json", help="Print one JSON object of metrics.")


@eval_app.command("facts")
def eval_facts(gold: Path = typer.Argument(..., help="A gold facts YAML file, or a directory of them."),
               predictions: Optional[Path] = _PRED, limit: Optional[int] = _LIMIT, as_json: bool = _JSON):
    """Recall of gold entities, roles, events and statements; on exhaustive files precision, recall
    and F1 (found / correct), duplicates and event calibration; must-not violations."""
    from newsgraph.eval.facts import article_table, calibration_rows

    metrics = _run_eval("facts", gold, predictions, limit, as_json)
    if as_json:
        return
    if metrics.get("per_article"):
        table("per article (P/R/F1 at the found level; corr = correct level)", *article_table(metrics))
    for section in ("events", "statements", "entities"):  # one file: what to look at
        wrong = metrics.get(section, {}).get("false_positives") or []
        missed = metrics.get(section, {}).get("missed_found") or []
        if wrong or missed:
            table(f"{section} (found level)", ["false positive", "missed gold"],
                  [[wrong[i] if i < len(wrong) else "", missed[i] if i < len(missed) else ""]
                   for i in range(max(len(wrong), len(missed)))])
    if metrics.get("calibration"):
        table(f"event calibration (right = found; ECE {metrics['calibration']['ece'] or 0:.3f}, "
              f"against correct {metrics['calibration']['ece_correct'] or 0:.3f})", *calibration_rows(metrics["calibration"]))
    if metrics.get("must_not_violations"):
        table("must-not violations", ["violation"], [[v] for v in metrics["must_not_violations"]])


@eval_app.command("plover")
def eval_plover(path: Path = typer.Argument(..., help="PLOVER gold-standard records (JSON)."),
                predictions: Optional[Path] = _PRED, limit: Optional[int] = _LIMIT, as_json: bool = _JSON):
    """PLOVER event type accuracy and macro-F1, source and target actor F1."""
    _run_eval("plover", path, predictions, limit, as_json)


@eval_app.command("conll")
def eval_conll(path: Path = typer.Argument(..., help="A CoNLL-2003 file."),
               predictions: Optional[Path] = _PRED, limit: Optional[int] = _LIMIT, as_json: bool = _JSON):
    """Entity-level NER F1 per type and overall."""
    _run_eval("conll", path, predictions, limit, as_json)


@eval_app.command("timeml")
def eval_timeml(path: Path = typer.Argument(..., help="A directory of TimeML .tml files."),
                predictions: Optional[Path] = _PRED, limit: Optional[int] = _LIMIT, as_json: bool = _JSON):
    """Time expression F1 and normalised-value accuracy."""
    _run_eval("timeml", path, predictions, limit, as_json)


@eval_app.command("polnear")
def eval_polnear(path: Path = typer.Argument(..., help="A PolNeAR split directory (text/, attributions/)."),
                 predictions: Optional[Path] = _PRED, limit: Optional[int] = _LIMIT, as_json: bool = _JSON):
    """Attribution source, cue and content span F1 and whole-attribution F1."""
    _run_eval("polnear", path, predictions, limit, as_json)


@eval_app.command("gate")
def eval_gate(shared: Path = typer.Option(Path("../shared"), help="The shared folder with bench/ and gold/."),
              raise_floors: bool = typer.Option(False, "--raise-floors", help="Raise each floor to just under its measured value and lower each ceiling to just over it (never the other way)."),
              as_json: bool = _JSON):
    """Run every evaluator on ../shared and compare with the stored floors; exit 1 below a floor."""
    from newsgraph.eval.gate import raise_floors as write_raised_floors
    from newsgraph.eval.gate import run_gate

    result = run_gate(shared)
    if raise_floors and result["ok"]:
        write_raised_floors(result)
    if as_json:
        print_json(result)
    else:
        table("quality gate", ["metric", "value", "floor", "ok"],
              [(r["metric"], f"{r['value']:.3f}", ("≤ " if r.get("ceiling") else "") + f"{r['floor']:.3f}",
                "yes" if r["ok"] else "NO") for r in result["checks"]])
    if not result["ok"]:
        raise typer.Exit(1)


@app.command()
def bench(corpus: Path = typer.Option(Path("../shared/bench/polnear/train/text"), help="A folder of .txt articles."),
          limit: Optional[int] = typer.Option(200, help="At most this many articles."),
          as_json: bool = _JSON):
    """Throughput of the full extraction vs raw spaCy nlp.pipe on the same texts, in one run."""
    from newsgraph.eval.bench import run_benchmark

    try:
        result = run_benchmark(corpus, limit=limit)
    except NewsgraphError as exc:
        _fail(exc)
    if as_json:
        print_json(result)
    else:
        metrics_table(f"benchmark: {corpus}", result)


from newsgraph.cli import graph as _graph  # noqa: E402  (the graph commands: events, entity, merge ...)

_graph.register(app, _store, _fail)

from newsgraph.cli import serve as _serve  # noqa: E402  (newsgraph serve: the HTTP API and the page)

_serve.register(app, lambda: STATE["db"], _fail)


if __name__ == "__main__":
    app()
