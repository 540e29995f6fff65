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


def test_show_printer_makes_every_field_safe(monkeypatch):
    """Whatever the store holds (an old database, a source intake let through), `show` prints it inert."""
    from newsgraph.cli import show

    console = Console(record=True, width=200, force_terminal=True)
    monkeypatch.setattr(render, "console", console)
    monkeypatch.setattr(show, "console", console)
    hostile = "Evil [/bold] \x1b]0;pwned\x07 [sic] \x1b]8;;http://evil.example\x1b\\link"
    article = {"id": 1, "title": hostile, "outlet": "Wire\x1b[2J", "author": None, "published": None,
               "published_inferred": False, "url": None, "source": "x.jsonl:1", "status": "extracted",
               "near_duplicates": [], "extra": {}, "text": hostile}
    event = {"type": "ASSAULT", "mode": None, "source_name": hostile, "source_text": None,
             "source_affiliation_name": None, "target_name": None, "target_text": "t", "target_affiliation_name": None,
             "date": None, "date_end": None, "date_source": None, "status": "asserted", "evidence": hostile}
    view = {"article": article, "entities": [{"key": "person:x", "name": hostile, "type": "person", "code": None,
                                              "aliases": [], "mention_count": 1}],
            "roles": [{"person_key": "person:x", "title": hostile, "of_name": None}], "events": [event],
            "statements": [{"speaker_name": hostile, "speaker_text": None, "kind": "direct", "cue": "said",
                            "via_name": None, "via": None, "date": None, "content": hostile}]}
    show.print_article_view(view)
    out = console.export_text()
    assert "\x1b" not in out and "\x07" not in out
    assert out.count("\\x1b]0;pwned") >= 6 and "[/bold]" in out and "[sic]" in out
