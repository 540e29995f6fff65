"""Input text reaches the terminal made safe: control characters visible, rich markup inert."""

from __future__ import annotations

import json

from rich.console import Console

from newsgraph.cli import render


def test_safe_makes_escape_sequences_visible_and_keeps_newlines_and_tabs():
    text = "a\x1b]0;title\x07b\x1b[2Jc\x9b31md\u202ee\tf\ng\r"
    shown = render.safe(text, markup=False)
    assert "\x1b" not in shown and "\x07" not in shown and "\x9b" not in shown and "\u202e" not in shown
    assert shown == "a\\x1b]0;title\\x07b\\x1b[2Jc\\x9b31md\\u202ee\tf\ng\\x0d"


def test_safe_escapes_rich_markup():
    console = Console(record=True, width=200)
    console.print(render.safe("Talks [/bold] end [sic] [red]x[/red]"))
    assert console.export_text().strip() == "Talks [/bold] end [sic] [red]x[/red]"


def test_table_prints_hostile_cells_as_written(monkeypatch):
    console = Console(record=True, width=200, force_terminal=True)
    monkeypatch.setattr(render, "console", console)
    render.table("t [/x]", ["title"], [["Evil [/bold] \x1b]0;pwned\x07 [sic]"]])
    out = console.export_text()
    assert "Evil [/bold] \\x1b]0;pwned\\x07 [sic]" in out and "\x1b]0" not in out


def test_json_output_escapes_c1_and_bidi_but_stays_the_same_json_value():
    data = {"title": "a\x9b31m\u202eb\x1b[2J", "ok": "Señor “quoted”"}
    text = render.json_dumps(data)
    assert "\x9b" not in text and "\u202e" not in text and "\x1b" not in text
    assert "Señor “quoted”" in text  # other non-ASCII stays readable
    assert json.loads(text) == data
