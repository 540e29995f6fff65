"""Printing for the CLI: rich tables for people, JSON for scripts.

Everything that reaches the terminal from an input (titles, outlets, article text, error
messages naming a source) goes through :func:`safe` first: article text is hostile input, and
a terminal obeys escape sequences (clear-screen, OSC window titles and hyperlinks) and rich
obeys its own ``[markup]``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any, Iterable

from rich.console import Console
from rich.markup import escape
from rich.table import Table

# Piped or redirected output has no terminal width; rich would then wrap every table at 80
# columns, breaking words ("DISAPPRO / VE"). A wide page keeps one row per line for less,
# grep and files; a real terminal still gets its own width.
_PIPED_WIDTH = 200
console = Console()
if not console.is_terminal:
    console = Console(width=_PIPED_WIDTH)
err_console = Console(stderr=True)

# C0 controls but tab and newline, DEL, C1 controls, and the bidirectional overrides and
# isolates that reorder what is shown ("Trojan Source"): none of them belongs in a terminal.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# The same set, less what JSON escapes itself (json.dumps writes C0 as \\uXXXX already).
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _visible(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def safe(value: Any, *, markup: bool = True) -> str:
    """``value`` as text fit for the terminal: control characters made visible as ``\\x1b``
    (so an ESC sequence in a title is shown, not obeyed), tabs and newlines kept, and rich
    markup escaped (``[/bold]`` and ``[sic]`` print as written) unless ``markup=False``
    (for text that rich will not parse, e.g. inside a ``rich.text.Text``)."""
    text = "" if value is None else str(value)
    text = _CONTROL.sub(_visible, text)
    return escape(text) if markup else text


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (set, tuple)):
        return list(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def json_dumps(data: Any, *, indent: int | None = None) -> str:
    """JSON text with non-ASCII kept, dates as ISO strings, and the characters a terminal would
    obey but JSON leaves raw (DEL, C1, bidi controls) written as ``\\uXXXX`` escapes: still
    the same JSON value, safe to print."""
    text = json.dumps(data, ensure_ascii=False, indent=indent, default=_json_default)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def print_json(data: Any) -> None:
    """One JSON document on stdout (plain print: rich would wrap long lines)."""
    print(json_dumps(data, indent=2))


def print_error(message: str, *, label: str = "error", colour: str = "red") -> None:
    """One line on stderr: ``error: MESSAGE`` (the message is made safe here)."""
    one_line = " ".join(str(message).split())
    err_console.print(f"[{colour}]{label}:[/{colour}] {safe(one_line)}", highlight=False, soft_wrap=True)


def print_line(message: str) -> None:
    """A plain line on stdout, made safe."""
    console.print(safe(message), highlight=False, soft_wrap=True)


def judged_status(fact: dict) -> str:
    """"asserted (confirmed)": a fact's status with the analyst's judgement in force, if any (a
    ``show`` fact or an ``events`` row: both carry ``judgement``)."""
    status = fact.get("status") or ""
    return f"{status} ({fact['judgement']})" if fact.get("judgement") else status


def event_date(event: dict, published: str | None = None) -> str:
    """"2019-03/2019-05" for a range (ISO 8601 interval); "(publication)" when the article's
    day stands in for a date the text does not give, "(analyst)" when a correction set it,
    "before 2023-08-26" (``published``, the article's day) or "before publication" for an event
    told as done before the article with no date (``date_source`` ``before``: it used to print
    blank, and in ``timeline`` as the bare publication day, as if the text dated it): how
    ``show`` and the listings (``events``, ``timeline``, ``entity``) print an event's date."""
    if event.get("date_source") == "before" and not event.get("date"):
        return f"before {published[:10]}" if published else "before publication"
    date = event.get("date") or ""
    if event.get("date_end"):
        date = f"{date}/{event['date_end']}"
    if event.get("date_source") == "publication":
        date += " (publication)"
    elif event.get("date_source") == "analyst":  # a `judge correct` set it: no longer the publication day
        date += " (analyst)"
    return date


def table(title: str, columns: Iterable[str], rows: Iterable[Iterable[Any]],
          widths: dict[str, int] | None = None, whole: Iterable[str] = ()) -> None:
    """A rich table of input-derived cells (each made :func:`safe`). Columns given a width in
    ``widths`` keep it and are cut with an ellipsis; when widths are given, the other columns
    are cut too rather than wrapped. Columns named in ``whole`` (short keys a user copies back)
    are printed on one line, never cut or folded."""
    t = Table(title=safe(title), show_lines=False)
    columns = list(columns)
    rows = [list(row) for row in rows]
    widths = dict(widths or {})
    whole_width = {c: max([len(c)] + [len(str(row[columns.index(c)] or "")) for row in rows])
                   for c in whole if c in columns}
    free = [c for c in columns if c not in widths and c not in whole_width]
    if widths and free:  # share what the terminal has left among the other columns
        left = console.width - sum(widths.values()) - sum(whole_width.values()) - (3 * len(columns) + 1)
        widths.update({c: max(10, left // len(free)) for c in free})
    for column in columns:
        if column in whole_width:
            t.add_column(column, min_width=whole_width[column], no_wrap=True)
        elif column in widths:
            t.add_column(column, width=widths[column], overflow="ellipsis", no_wrap=True)
        else:
            t.add_column(column, overflow="fold")
    for row in rows:
        t.add_row(*["" if v is None else safe(v) for v in row])
    console.print(t, highlight=False)


def metrics_table(title: str, metrics: dict, prefix: str = "") -> None:
    """Flatten nested metric dicts into one two-column table."""
    rows = []

    def walk(d: dict, path: str) -> None:
        for key, value in d.items():
            name = f"{path}{key}"
            if isinstance(value, dict):
                walk(value, name + ".")
            elif isinstance(value, float):
                rows.append((name, f"{value:.3f}"))
            elif isinstance(value, list):
                rows.append((name, f"{len(value)} item(s)" if value else "none"))
            else:
                rows.append((name, value))

    walk(metrics, prefix)
    table(title, ["metric", "value"], rows)


def clip(text: str, width: int = 160) -> str:
    """``text`` on one line (whitespace runs made one space), cut to ``width`` characters with an
    ellipsis; made safe for the terminal by ``table``, as every cell is."""
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"
