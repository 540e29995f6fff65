"""``show`` prints at most ``TEXT_SHOWN_CHARS`` of an article's text, cut at a line break, with
a line saying how much was shown (rich lays out the whole text first: a text of millions of
characters took minutes); ``--json`` keeps the whole text."""

from __future__ import annotations

from newsgraph.cli.show import _shown_text
from tests.cli.invoke import run, run_json

PARAGRAPHS = [f"Paragraph {n}: the port authority said on Friday that the strike by dock workers had "
              f"delayed {n * 10} container ships, and that talks with the union would resume." for n in range(1, 41)]
TEXT = "\n\n".join(PARAGRAPHS)


def test_a_long_text_is_cut_at_a_line_break_with_a_note(tmp_path, monkeypatch):
    monkeypatch.setattr("newsgraph.cli.show.TEXT_SHOWN_CHARS", 1000)
    path = tmp_path / "strike.txt"
    path.write_text(TEXT, encoding="utf-8")
    db = tmp_path / "ng.db"
    assert run(db, "ingest", "--no-extract", str(path)).exit_code == 0
    [article] = run_json(db, "articles")
    result = run(db, "show", str(article["id"]))
    assert result.exit_code == 0, result.output
    assert "Paragraph 1:" in result.stdout and "Paragraph 40:" not in result.stdout
    [note] = [line for line in result.stdout.splitlines() if line.startswith("text cut at ")]
    stored = len(run_json(db, "show", str(article["id"]))["article"]["text"])
    assert note.startswith("text cut at ") and f" of {stored:,} characters" in note
    assert "--json" in note
    assert run_json(db, "show", str(article["id"]))["article"]["text"].endswith("would resume.")


def test_a_short_text_is_printed_whole_without_a_note(tmp_path):
    path = tmp_path / "strike.txt"
    path.write_text(TEXT, encoding="utf-8")
    db = tmp_path / "ng.db"
    assert run(db, "ingest", "--no-extract", str(path)).exit_code == 0
    result = run(db, "show", "1")
    assert result.exit_code == 0, result.output
    assert "Paragraph 40:" in result.stdout and "text cut at" not in result.stdout


def test_the_cut_falls_on_a_line_break_else_a_space(monkeypatch):
    monkeypatch.setattr("newsgraph.cli.show.TEXT_SHOWN_CHARS", 300)
    shown, cut = _shown_text(TEXT)
    assert cut and len(shown) <= 300 and TEXT.startswith(shown) and TEXT[len(shown)] == "\n"
    one_line = TEXT.replace("\n", " ")
    shown, cut = _shown_text(one_line)
    assert cut and len(shown) <= 300 and one_line[len(shown)] == " "
