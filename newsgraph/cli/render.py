"""Printing for the CLI: rich tables for people, JSON for scripts."""

from __future__ import annotations

import json
from typing import Any, Iterable

from rich.console import Console
from rich.table import Table

console = Console()
err_console = Console(stderr=True)


def print_json(data: Any) -> None:
    """One JSON document on stdout (plain print: rich would wrap long lines)."""
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def table(title: str, columns: Iterable[str], rows: Iterable[Iterable[Any]],
          widths: dict[str, int] | None = None) -> None:
    """A rich table. Columns given a width in ``widths`` keep it and are cut with an ellipsis;
    when widths are given, the other columns are cut too rather than wrapped."""
    t = Table(title=title, show_lines=False)
    columns = list(columns)
    widths = dict(widths or {})
    free = [c for c in columns if c not in widths]
    if widths and free:  # share what the terminal has left among the other columns
        left = console.width - sum(widths.values()) - (3 * len(columns) + 1)
        widths.update({c: max(10, left // len(free)) for c in free})
    for column in columns:
        if column in widths:
            t.add_column(column, width=widths[column], overflow="ellipsis", no_wrap=True)
        else:
            t.add_column(column, overflow="fold")
    for row in rows:
        t.add_row(*["" if v is None else str(v) for v in row])
    console.print(t)


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
