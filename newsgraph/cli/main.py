"""The ``newsgraph`` command: a thin layer over the library.

Errors: every command may raise a NewsgraphError (or a database error); the group prints it as
one line naming the input and exits 2. Options that hold anywhere (``--db``) are accepted
before or after the command's name. Everything printed from an input goes through
``newsgraph.cli.render.safe``.
"""

from __future__ import annotations

import copy
import enum
import importlib
import os
import sys
import time
from pathlib import Path
from typing import List, Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from typer._click.exceptions import UsageError  # typer's vendored click: what its parser raises
from typer.core import TyperGroup

from newsgraph import __version__
from newsgraph.cli.published import parse_published
from newsgraph.cli.render import err_console, json_dumps, metrics_table, print_error, print_json, print_line, table
from newsgraph.errors import IntakeError, NewsgraphError, NotFoundError
from newsgraph.nlp.types import PLOVER_TYPES
from newsgraph.store.schema import ARTICLE_ORDERS, ARTICLE_STATUSES

STATE: dict = {"db": None}
# Choices typer shows in help and checks, naming the valid values when refusing one.
ArticleStatus = enum.Enum("ArticleStatus", {s: s for s in ARTICLE_STATUSES}, type=str)
StoryType = enum.Enum("StoryType", {t: t for t in PLOVER_TYPES}, type=str)
ArticleOrder = enum.Enum("ArticleOrder", {o: o for o in ARTICLE_ORDERS}, type=str)
ExportFormat = enum.Enum("ExportFormat", {"jsonl": "jsonl"}, type=str)
PROGRESS_THRESHOLD = 5
DB_HELP = "SQLite path or database URL (default: $NEWSGRAPH_DB or ./newsgraph.db)."


def _set_db(_ctx, _param, value):
    if value is not None:
        STATE["db"] = value
    return value


class NewsgraphGroup(TyperGroup):
    """Typer's group with newsgraph's global option and error handling for every command."""

    def get_command(self, ctx, cmd_name):
        command = super().get_command(ctx, cmd_name)
        # --db after the command's name too: each command (not a sub-group) gets a copy of the
        # group's option, which sets the database instead of reaching the command's function
        group_db = next((p for p in self.params if p.name == "db"), None)
        if command is not None and group_db is not None and not isinstance(command, TyperGroup) \
                and not any(p.name == "db" for p in command.params):
            option = copy.copy(group_db)
            option.expose_value = False
            option.callback = _set_db
            command.params.append(option)
        return command

    def make_context(self, info_name, args, parent=None, **extra):
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except UsageError as exc:
            _usage_error(exc)

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except UsageError as exc:  # a command's own arguments: parsed inside the group's invoke
            _usage_error(exc)
        except NewsgraphError as exc:
            print_error(exc.one_line())
            raise typer.Exit(2) from None
        except Exception as exc:
            sqlalchemy = sys.modules.get("sqlalchemy")
            if sqlalchemy is not None and isinstance(exc, sqlalchemy.exc.SQLAlchemyError):
                from newsgraph.store.db import display_url

                detail = " ".join(str(getattr(exc, "orig", None) or exc).split())
                print_error(f"{display_url(STATE['db'])}: database error: {detail} [store_error]")
                raise typer.Exit(2) from None
            raise


def _usage_error(exc) -> None:
    """A wrong option or argument, in one line naming the command and the value."""
    if type(exc).__name__ == "NoArgsIsHelpError":  # no arguments at all: the help is printed
        raise exc
    where = exc.ctx.command_path if exc.ctx is not None else "newsgraph"
    print_error(f"{where}: {exc.format_message()} (see {where} --help) [usage]")
    raise typer.Exit(exc.exit_code) from None


def _version(value: bool):
    if value:
        print(__version__)
        raise typer.Exit()


app = typer.Typer(cls=NewsgraphGroup, rich_markup_mode=None, no_args_is_help=True, add_completion=False,
                  help="newsgraph: news articles in; who did what to whom, when, and who says so, out.")
eval_app = typer.Typer(cls=NewsgraphGroup, rich_markup_mode=None, no_args_is_help=True,
                       help="Score newsgraph on annotated data (gold facts, PLOVER, NGEC, CoNLL, TimeML, PolNeAR).")
app.add_typer(eval_app, name="eval")


def _store(create: bool = False):
    """The store named by --db: only ``ingest`` (``create=True``) may create a new database."""
    from newsgraph.store.db import open_store

    return open_store(STATE["db"], create=create)


def _fail(exc: NewsgraphError) -> None:
    print_error(exc.one_line())
    raise typer.Exit(2)


@app.callback()
def main(db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
         version: bool = typer.Option(False, "--version", help="Print the version and exit.", is_eager=True,
                                      callback=_version)):
    """Global options."""
    if db is not None:
        STATE["db"] = db


def _parse_field_map(pairs: List[str]) -> dict:
    mapping = {}
    for pair in pairs:
        if "=" not in pair:
            raise IntakeError("--field takes OURS=THEIRS", source=pair, code="bad_option")
        ours, theirs = pair.split("=", 1)
        mapping[ours.strip()] = theirs.strip()
    return mapping


def _progress(total: Optional[int], label: str):
    """A progress display for ``total`` items (None: unknown): rich's live bar on a terminal; on
    any other stderr (make, CI logs), where rich draws nothing live, a plain line every tenth of
    a known total (``_LineProgress``). Nothing for ``PROGRESS_THRESHOLD`` items or fewer."""
    quiet = total is not None and total <= PROGRESS_THRESHOLD
    if not err_console.is_terminal:
        # rich draws nothing live here, but a stopped live display still prints an empty line
        # (which came before every ingest error line): no display at all for an unknown total
        return _LineProgress(total, label)
    return Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=err_console, transient=True, disable=quiet)


class _LineProgress:
    """The two calls of rich's Progress that the commands use (``add_task``, ``advance``), written
    as a plain stderr line ("extracting: 97/485 (1m 12s)") at each further tenth of the total."""

    def __init__(self, total: Optional[int], label: str):
        self.total, self.label, self.done, self.shown = total, label, 0, 0
        self.started = time.monotonic()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        return None

    def add_task(self, _description: str, total: Optional[int] = None) -> int:
        return 0

    def advance(self, _task: int, advance: int = 1) -> None:
        self.done += advance
        if self.total is None or self.total <= PROGRESS_THRESHOLD:
            return  # unknown total or a few items: nothing to say
        step = max(1, self.total // 10)
        if self.done >= self.shown + step or self.done == self.total:
            self.shown = self.done
            minutes, seconds = divmod(int(time.monotonic() - self.started), 60)
            err_console.print(f"{self.label}: {self.done}/{self.total} ({minutes}m {seconds:02d}s)",
                              markup=False, highlight=False)


_JSON_FLAG = typer.Option(False, "--json", help="Print JSON.")


@app.command()
def ingest(
    sources: List[str] = typer.Argument(..., help="Files, directories, feed or page URLs, or - for stdin."),
    published: Optional[str] = typer.Option(None, help="Publication date for every article (overrides what is "
                                            "inferred): 2023-08-26, 'yesterday', '3 days ago'."),
    outlet: Optional[str] = typer.Option(None, help="Outlet for every article (overrides what is inferred)."),
    field: List[str] = typer.Option([], "--field", help="JSON Lines field mapping, e.g. published=date_created."),
    extract: bool = typer.Option(True, "--extract/--no-extract", help="Run extraction on new articles, and finish "
                                 "any of these inputs stored earlier but not yet extracted (after a crash)."),
    fetch: bool = typer.Option(True, "--fetch/--no-fetch", help="Fetch feed items' pages when the feed has only summaries."),
    max_bytes: int = typer.Option(20_000_000, help="Largest file, download or standard input accepted, in bytes "
                                  "(20 MB by default)."),
    allow_private_addresses: bool = typer.Option(
        False, "--allow-private-addresses",
        help="Also fetch loopback, private, link-local and reserved addresses (refused by default)."),
    restore_deleted: bool = typer.Option(
        False, "--restore-deleted",
        help="Store again articles an analyst deleted (same URL or text as a `deletions` entry); skipped by default."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
):
    """Read articles, store them (once each), and extract their facts. An article deleted with
    `delete-article` (same canonical URL or text) is skipped unless --restore-deleted."""
    from newsgraph.batch import IngestReport, extract_articles, pending_extraction, store_articles
    from newsgraph.intake import IntakeOptions, read_sources

    try:
        options = IntakeOptions(published=parse_published(published), outlet=outlet,
                                field_map=_parse_field_map(field), max_bytes=max_bytes, fetch_pages=fetch,
                                allow_private_addresses=allow_private_addresses)
    except ValueError as exc:
        raise IntakeError(str(exc), source="options", code="bad_option") from None
    store = _store(create=True)
    report = IngestReport()
    with _progress(None, "reading") as bar:
        task = bar.add_task("read", total=None)
        store_articles(store, read_sources(sources, options), report, progress=lambda _s: bar.advance(task),
                       restore_deleted=restore_deleted)
    for line in report.skipped + report.deleted_earlier:
        print_error(line, label="skipped", colour="yellow")
    for line in report.errors:
        print_error(line)
    if extract:
        # resume: inputs stored by an earlier run that stopped before extracting them
        # (a duplicate of an article this same run stored is extracted once, with the new ones)
        new = set(report.new)
        report.resumed = pending_extraction(store, list(dict.fromkeys(d for d in report.duplicates if d not in new)))
        todo = report.new + report.resumed
        if todo:
            with _progress(len(todo), "extracting") as bar:
                task = bar.add_task("extract", total=len(todo))
                extract_articles(store, todo, report, progress=lambda _s: bar.advance(task))
        for line in report.extract_errors:
            print_error(line)
    for line in report.warnings:
        print_error(line, label="warning", colour="yellow")
    if as_json:
        print_json(report.as_dict())
    else:
        # a fresh database has nothing "already stored": a text the input carries twice is said apart
        print_line(f"{len(report.new)} new article(s), {len(report.already_stored())} already stored, "
                   f"{len(report.repeated_in_input())} repeated in the input, "
                   f"{len(report.near_duplicates)} near-duplicate(s) linked, {len(report.skipped)} skipped (no article), "
                   + (f"{len(report.deleted_earlier)} skipped (deleted earlier), " if report.deleted_earlier else "")
                   + f"{len(report.errors)} error(s)"
                   + (f", {len(report.extracted)} extracted" + (f" ({len(report.resumed)} resumed)" if report.resumed else "")
                      + f", {len(report.extract_failed)} extraction failure(s)" if extract else ""))
    if not report.new and not report.duplicates and not report.deleted_earlier:
        raise typer.Exit(1)
    if extract and report.extract_failed and not report.extracted:
        raise typer.Exit(1)


def _story_label(row: dict) -> str:
    """"SANCTION 0.84": the story type with its probability, so that a type the model barely
    prefers reads as the guess it is; "" for an article with no events (a notice or a photo
    feature has no main political event, and the classifier's pick for it means nothing)."""
    if not row.get("story_type") or not row.get("events"):
        return ""
    p = row.get("story_type_probability")
    return row["story_type"] if p is None else f"{row['story_type']} {p:.2f}"


@app.command()
def articles(limit: Optional[int] = typer.Option(None, min=1, help="At most this many (all by default); a cut list says "
                                              "so in its title and last line, with the total (\"50 of 412 article(s) "
                                              "shown; --limit N for more\"; with --json: a note on stderr)."),
             status: Optional[ArticleStatus] = typer.Option(None, help="Only articles with this status."),
             story_type: Optional[StoryType] = typer.Option(None, "--story-type", case_sensitive=False,
                                                            help="Only articles with events whose main event "
                                                            "(story type) is of this PLOVER type (any case)."),
             order: ArticleOrder = typer.Option(ArticleOrder.id, "--order", help="id: as stored; events: the "
                                                "articles with the most events first."),
             as_json: bool = _JSON_FLAG):
    """List stored articles with title, outlet, (possibly inferred) date, story type and how many
    events and statements were extracted from each."""
    from newsgraph.cli.graph import _more, _title
    from newsgraph.query.graph import Page
    from newsgraph.store.repository import count_articles, list_articles

    store = _store()
    filters = {"status": status.value if status else None, "story_type": story_type.value if story_type else None}
    # one row past the limit tells whether the list was cut; only then are the articles counted
    rows = list_articles(store, limit=None if limit is None else limit + 1, order=order.value, **filters)
    cut = limit is not None and len(rows) > limit
    rows = Page(rows[:limit], count_articles(store, **filters)) if cut else Page(rows)
    if as_json:
        print_json(rows)
        return _more(rows, "article(s)", as_json=True)  # as `events`: "50 of 412 article(s) shown; --limit N for more"
    table(_title(rows, "article(s)"), ["id", "published", "outlet", "events", "acts", "statements", "story type (p)",
                                       "title"],
          [(r["id"], _date_label(r), r["outlet"], r["events"], r["acts"], r["statements"], _story_label(r), r["title"])
           for r in rows],
          widths={"id": max([len(str(r["id"])) for r in rows] + [2]), "published": 11, "outlet": 18,
                  "events": 6, "acts": 4, "statements": 10, "story type (p)": 16})
    if any(_story_label(r) for r in rows):
        print_line("story type (p): the PLOVER type of the article's main event, a classifier's guess with its "
                   "probability; blank where no event was found")
    if any(r["acts"] < r["events"] for r in rows):
        print_line("acts: distinct triggers; a joint statement's act is one event per signatory (PLOVER codes each "
                   "actor pair)")
    if any(r["published_inferred"] for r in rows):
        print_line("* date inferred from the article's own text (the latest date it reports)")
    _more(rows, "article(s)")


def _date_label(row: dict) -> str:
    if not row.get("published"):
        return "undated"
    value = row["published"][:10]
    return f"{value}*" if row.get("published_inferred") else value


def _warn(lines: List[str]) -> None:
    for line in lines:
        print_error(line, label="warning", colour="yellow")


@app.command()
def show(article_id: int = typer.Argument(..., help="Article id (see `newsgraph articles`)."),
         as_json: bool = typer.Option(False, "--json", help="Print JSON (the schema in docs/schema.md)."),
         text: bool = typer.Option(True, "--text/--no-text", help="Print the clean text (with --json: include it).")):
    """An article's clean text, metadata, and the facts extracted from it."""
    from newsgraph.query.article_view import article_document

    store = _store()
    view = article_document(store, article_id, with_text=text)
    _warn(view.pop("warnings"))
    if as_json:
        print_json(view)
        return
    from newsgraph.cli.show import print_article_view
    from newsgraph.store.judgements import short_fact_keys

    with store.engine.connect() as conn:
        keys = short_fact_keys(conn, store, [f.get("fact_key") for f in view["events"] + view["statements"]])
    print_article_view(view, with_text=text, short_keys=keys)


@app.command()
def export(fmt: ExportFormat = typer.Option("jsonl", "--format", help="Export format."),
           output: Optional[Path] = typer.Option(None, "--output", "-o", help="File to write (default: stdout)."),
           text: bool = typer.Option(True, "--text/--no-text", help="Include each article's text.")):
    """Export every article with its facts: one JSON document per line, as `show --json` prints (docs/schema.md)."""
    from newsgraph.query.article_view import iter_documents

    store = _store()
    written = 0
    partial = output.with_name(output.name + ".partial") if output else None
    try:
        out = open(partial, "w", encoding="utf-8") if partial else sys.stdout
    except OSError as exc:
        raise NewsgraphError(f"cannot write: {exc.strerror}", source=str(output), code="cannot_write") from None
    try:
        for document in iter_documents(store, with_text=text):
            _warn(document.pop("warnings"))
            out.write(json_dumps(document) + "\n")
            written += 1
    finally:
        if partial:
            out.close()
    if partial:
        os.replace(partial, output)  # a reader never sees half an export
        print_error(f"{written} article(s) written to {output}", label="done", colour="green")


@app.command()
def stats(as_json: bool = _JSON_FLAG):
    """Counts of what is stored."""
    from newsgraph.store.repository import stats as store_stats

    counts = store_stats(_store())
    if as_json:
        print_json(counts)
        return
    metrics_table("newsgraph store", counts)


@app.command()
def extract(again: bool = typer.Option(False, "--again", help="Re-run over articles already extracted (judgements are kept)."),
            article: List[int] = typer.Option([], "--article", help="Only these article ids (extracted even when done already)."),
            as_json: bool = typer.Option(False, "--json", help="Print the report as JSON.")):
    """Run extraction over stored articles: pending ones, all with --again, or those named with --article."""
    from newsgraph.batch import IngestReport, extract_articles
    from newsgraph.store.repository import list_articles

    store = _store()
    rows = list_articles(store)
    known = {r["id"] for r in rows}
    missing = [i for i in article if i not in known]
    if missing:
        raise NotFoundError(f"no article with id {missing[0]}", source=str(missing[0]))
    ids = list(dict.fromkeys(article)) if article else [r["id"] for r in rows if again or r["status"] != "extracted"]
    report = IngestReport()
    with _progress(len(ids), "extracting") as bar:
        task = bar.add_task("extract", total=len(ids))
        extract_articles(store, ids, report, progress=lambda _s: bar.advance(task))
    for line in report.extract_errors:
        print_error(line)
    if as_json:
        print_json({"extracted": report.extracted, "extract_failed": report.extract_failed})
    else:
        print_line(f"{len(report.extracted)} article(s) extracted, {len(report.extract_failed)} failure(s)"
                   + ("" if ids else " (nothing pending; --again re-runs all)"))
    if report.extract_failed and not report.extracted:
        raise typer.Exit(1)


@app.command()
def judge(action: str = typer.Argument(..., help="reject | confirm | correct | merge | undo"),
          target: str = typer.Argument(..., help="A fact's key: the short key `show`, `events` and `statements` print (or any prefix of 8+ characters, or the full fact_key of `show --json`); an entity key to merge; or a judgement id for undo."),
          into: Optional[str] = typer.Option(None, "--into", help="For merge: the entity key that TARGET is the same as."),
          value: Optional[str] = typer.Option(None, help='For correct: a JSON object of fields, e.g. \'{"type": "AGREE"}\' (docs/schema.md says which fields).'),
          reason: Optional[str] = typer.Option(None, help="Why."),
          author: str = typer.Option("analyst", help="Who.")):
    """Record an analyst's judgement on a fact or entity; judgements survive re-extraction and can be undone.
    A judgement that takes precedence over one in force on the fact says so (a reject after a
    confirmation: "overrides judgement 1 (confirm by ana)")."""
    from newsgraph.store import judgements
    from newsgraph.store.repository import merge_entities, undo_judgement

    if action == "undo":
        judgement_id = judgements.parse_judgement_id(target)
        undo_judgement(_store(), judgement_id)
        print_line(f"judgement {judgement_id} undone")
        return
    if action == "merge":
        if not into:
            raise judgements.JudgementError("merge needs --into ENTITY_KEY", source=target)
        judgement_id = merge_entities(_store(), into, [target], author=author, reason=reason)
        print_line(f"judgement {judgement_id} recorded: {target} is {into} (undo it to split them again)")
        return
    parsed = judgements.parse_value(value)
    done = judgements.judge_fact(_store(), author=author, action=action, fact_key=target, value=parsed, reason=reason)
    # as an identity act names the act it overrides (newsgraph.identity.resolver.overrides_line)
    print_line(f"judgement {done['id']} recorded" + (f"; {done['note']}" if done["note"] else ""))


def _interactive() -> bool:
    """Whether a person can answer a question (standard input and output are terminals)."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def _deletion_line(report: dict, verb: str) -> str:
    """"article 12 deleted: Title (14 event(s), 3 statement(s), 52 mention(s)); 2 judgement(s)
    referred to its facts (1, 4): the log keeps them, they no longer apply"."""
    removed = report["removed"]
    counts = ", ".join(f"{removed.get(name, 0)} {name[:-1]}(s)" for name in ("events", "statements", "mentions"))
    line = f"article {report['id']} {verb}: {report['title'] or report['url'] or '(no title)'} ({counts})"
    if report["judgements"]:
        ids = ", ".join(str(i) for i in report["judgements"])
        undone = len(report["judgements"]) - report["judgements_in_force"]
        done = verb == "deleted"
        line += (f"; {len(report['judgements'])} judgement(s) {'referred' if done else 'refer'} to its facts "
                 f"({ids}{f'; {undone} undone' if undone else ''}): the log keeps them, they "
                 f"{'no longer apply' if done else 'would no longer apply'}")
    if report["identity_acts"]:
        line += (f"; identity act(s) {', '.join(str(i) for i in report['identity_acts'])} named its entities "
                 "(kept in the log)")
    return line


@app.command("delete-article")
def delete_article(article_ids: List[int] = typer.Argument(..., help="Article ids (see `newsgraph articles`)."),
                   yes: bool = typer.Option(False, "--yes", "-y", help="Delete without asking (needed when not "
                                            "run from a terminal)."),
                   reason: Optional[str] = typer.Option(None, help="Why (kept with the deletion record)."),
                   author: str = typer.Option("analyst", help="Who."),
                   as_json: bool = typer.Option(False, "--json", help="Print the report as JSON.")):
    """Delete articles (a wrong page, a duplicate, a takedown request) and everything stored from
    them: text, sentences, facts, extraction runs, near-duplicate links, graph rows (incidents,
    relations and identities recounted), in one transaction. Analysts' judgements are kept in the
    log; those that referred to a deleted article's facts are counted and no longer apply. An id
    that is no stored article: nothing is deleted (not_found). Asks first unless --yes."""
    from newsgraph.store.repository import delete_articles

    store = _store()
    if not yes:
        planned = delete_articles(store, article_ids, author=author, reason=reason, dry_run=True)
        if not _interactive():
            raise NewsgraphError("deleting needs --yes when not run from a terminal; nothing deleted",
                                 source=" ".join(str(i) for i in article_ids), code="needs_confirmation")
        for report in planned:
            print_line(_deletion_line(report, "would be deleted"))
        if not typer.confirm(f"Delete {len(planned)} article(s) and everything stored from them?", default=False):
            print_line("nothing deleted")
            raise typer.Exit(1)
    reports = delete_articles(store, article_ids, author=author, reason=reason)
    if as_json:
        print_json(reports)
        return
    for report in reports:
        print_line(_deletion_line(report, "deleted"))
    print_line(f"{len(reports)} article(s) deleted")


@app.command("deletions")
def deletions(as_json: bool = _JSON_FLAG):
    """Articles deleted with `delete-article`, newest first: id, when, who, why, title or URL, and
    the judgements that referred to their facts. `ingest` skips an article with the same canonical
    URL or text unless --restore-deleted (GET /api/deletions gives the same)."""
    from newsgraph.store.repository import deleted_articles

    rows = deleted_articles(_store())
    if as_json:
        print_json(rows)
        return
    table(f"{len(rows)} deleted article(s)", ["id", "deleted", "by", "why", "title / url", "judgements"],
          [(r["id"], r["deleted_at"], r["author"], r.get("reason") or "", r.get("title") or r.get("url") or "",
            ", ".join(str(i) for i in r["judgements"])) for r in rows])


def _predictions_dir(predictions: Optional[Path]) -> None:
    """Make the ``--predictions`` folder before evaluating; one error line naming it where it
    cannot be one (an existing file, a folder that cannot be made) rather than a traceback after
    the whole evaluation has run."""
    if predictions is None:
        return
    from newsgraph.errors import EvalInputError

    if predictions.exists() and not predictions.is_dir():
        raise EvalInputError("--predictions names a file, not a folder to write the predictions in", source=str(predictions))
    try:
        predictions.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise EvalInputError(f"cannot make the --predictions folder: {exc.strerror or exc}", source=str(predictions)) from None


def _run_eval(name: str, path: Path, predictions: Optional[Path], limit: Optional[int], as_json: bool) -> dict:
    module = importlib.import_module(f"newsgraph.eval.{name}")
    try:
        _predictions_dir(predictions)
        metrics = module.evaluate(path, predictions_dir=predictions, limit=limit)
    except NewsgraphError as exc:
        _fail(exc)
    if as_json:
        print_json(metrics)
    else:
        metrics_table(f"eval {name}: {path}", metrics)
    return metrics


_PRED = typer.Option(None, "--predictions", help="Write our predictions in the input's own format here.")
_LIMIT = typer.Option(None, "--limit", min=1, help="Only the first N documents/records.")
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
        table(f"event calibration (confidence estimates the correct level: ECE {metrics['calibration']['ece_correct'] or 0:.3f}; "
              f"against found {metrics['calibration']['ece'] or 0:.3f})", *calibration_rows(metrics["calibration"]))
    if metrics.get("must_not_violations"):
        table("must-not violations", ["violation"], [[v] for v in metrics["must_not_violations"]])


@eval_app.command("plover")
def eval_plover(path: Path = typer.Argument(..., help="PLOVER gold-standard records (JSON)."),
                predictions: Optional[Path] = _PRED, limit: Optional[int] = _LIMIT, as_json: bool = _JSON):
    """PLOVER event type accuracy and macro-F1, source and target actor F1."""
    _run_eval("plover", path, predictions, limit, as_json)


@eval_app.command("ngec")
def eval_ngec(path: Path = typer.Argument(Path("../shared/bench/train/ngec-synthetic-events.csv"),
                                          help="The NGEC-2025 synthetic events CSV."),
              limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Stories per slice (default 500)."),
              as_json: bool = _JSON):
    """Story-type accuracy on the NGEC synthetic stories: the slices no model trained on (offsets
    0 and 8) and the headline-grouped 5-fold CV of the training rows (the estimate for new headlines)."""
    _run_eval("ngec", path, None, limit, as_json)


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
          limit: Optional[int] = typer.Option(200, min=1, help="At most this many articles."),
          repeat: int = typer.Option(1, min=1, help="Passes over the articles; the ratio is their median."),
          as_json: bool = _JSON):
    """Throughput of the full extraction vs raw spaCy nlp.pipe on the same texts, in one run
    (both warmed first, then timed in turn in CPU time: newsgraph/eval/bench.py)."""
    from newsgraph.eval.bench import run_benchmark

    try:
        result = run_benchmark(corpus, limit=limit, repeat=repeat)
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
