"""``ingest`` says in one line how a source not in plain UTF-8 was read, and gives a broken
feed's lost item one error line naming the source and saying the XML is not well-formed."""

from __future__ import annotations

from tests.cli.invoke import run

TEXT = "Señor García, the foreign minister of Spain, said on Monday that Spain would send aid to Ukraine."


def test_a_guessed_encoding_is_a_warning_line_naming_the_file(tmp_path):
    guessed, plain = tmp_path / "cp1252.txt", tmp_path / "plain.txt"
    guessed.write_bytes(TEXT.encode("cp1252"))
    plain.write_text(TEXT.replace("Spain", "Chile"), encoding="utf-8")
    result = run(tmp_path / "ng.db", "ingest", "--no-extract", str(guessed), str(plain))
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert warnings == [f"warning: {guessed}: not UTF-8: read as cp1252 (guessed from its bytes)"]


def test_a_broken_feed_is_one_error_line_naming_it(tmp_path):
    feed = tmp_path / "broken.xml"
    feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Cut',
                    encoding="utf-8")
    result = run(tmp_path / "ng.db", "ingest", "--no-extract", str(feed))
    assert result.exit_code == 1
    [line] = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert line.startswith(f"error: {feed}") and "not well-formed XML" in line and line.endswith("[malformed_input]")


def test_ingest_error_lines_have_no_blank_line_before_them(tmp_path):
    binary, empty = tmp_path / "x.txt", tmp_path / "empty.txt"
    binary.write_bytes(b"hello\0world\x01")
    empty.write_bytes(b"")
    result = run(tmp_path / "ng.db", "ingest", "--no-extract", str(binary), str(empty))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines == [f"error: {binary}: binary file (contains NUL bytes), not text [binary_input]",
                     f"error: {empty}: empty input [empty_input]"]
