"""A source not read as plain UTF-8 gets one line naming it (a byte-order mark's encoding, a
declared one, a guessed one), said once however many articles it holds; a feed that is not
well-formed XML says so, in a note when its items could still be read and in the error of an
item that could not. Plain UTF-8 and well-formed feeds say nothing."""

from __future__ import annotations

import codecs

from newsgraph.batch import IngestReport, store_articles
from newsgraph.intake import IntakeOptions, read_sources
from newsgraph.intake.model import RawArticle
from newsgraph.store.db import open_store

SPANISH = "Señor García, the foreign minister of Spain, said on Monday that Spain would send aid to Ukraine."
OTHER = "Another señor said that France would also send aid to Ukraine next week, officials said on Tuesday."


def _items(*paths):
    return list(read_sources([str(p) for p in paths], IntakeOptions(fetch_pages=False)))


def _feed(items: str, declaration: str = '<?xml version="1.0"?>') -> str:
    return f'{declaration}<rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>'


def _item(title: str, text: str) -> str:
    return f"<item><title>{title}</title><description>{text}</description></item>"


def test_a_guessed_encoding_is_one_note_naming_the_file_and_utf8_is_none(tmp_path):
    guessed, plain = tmp_path / "cp1252.txt", tmp_path / "plain.txt"
    guessed.write_bytes(SPANISH.encode("cp1252"))
    plain.write_text(SPANISH, encoding="utf-8")
    [article, clean] = _items(guessed, plain)
    assert article.text.startswith("Señor García")
    assert article.notes == [f"{guessed}: not UTF-8: read as cp1252 (guessed from its bytes)"]
    assert article.raw_metadata["encoding"] == "cp1252" and clean.notes == [] and "encoding" not in clean.raw_metadata


def test_a_byte_order_mark_is_named_as_the_basis_and_a_utf8_one_is_no_note(tmp_path):
    utf16, utf8_bom = tmp_path / "utf16.txt", tmp_path / "utf8bom.txt"
    utf16.write_bytes(codecs.BOM_UTF16_LE + SPANISH.encode("utf-16-le"))
    utf8_bom.write_bytes(codecs.BOM_UTF8 + SPANISH.encode("utf-8"))
    [article, plain] = _items(utf16, utf8_bom)
    assert article.notes == [f"{utf16}: not UTF-8: read as utf-16 (byte-order mark)"] and plain.notes == []


def test_a_file_of_many_articles_is_named_once(tmp_path):
    path = tmp_path / "export.jsonl"
    path.write_bytes(("\n".join(f'{{"text": "{t}"}}' for t in (SPANISH, OTHER)) + "\n").encode("cp1252"))
    first, second = _items(path)
    assert len(first.notes) == 1 and first.notes[0].startswith(f"{path}: not UTF-8: read as cp1252")
    assert second.notes == [] and second.raw_metadata["encoding"] == "cp1252"


def test_a_declared_feed_encoding_is_noted_as_declared(tmp_path):
    path = tmp_path / "latin1.rss"
    path.write_bytes(_feed(_item("Aid", SPANISH), '<?xml version="1.0" encoding="ISO-8859-1"?>').encode("latin-1"))
    [article] = _items(path)
    assert "Señor García" in article.text
    assert article.notes == [f"{path}: not UTF-8: read as iso-8859-1 (declared in the document)"]


def test_a_broken_feed_says_so_in_a_note_and_in_the_error_of_an_item_it_lost(tmp_path):
    broken, sound = tmp_path / "broken.xml", tmp_path / "sound.xml"
    broken.write_text(_feed(_item("Aid", SPANISH)).replace("</channel></rss>", "<item><title>Cut</title>"),
                      encoding="utf-8")
    sound.write_text(_feed(_item("Aid", SPANISH)), encoding="utf-8")
    items = _items(broken, sound)
    [article, good] = [i for i in items if isinstance(i, RawArticle)]
    [note] = article.notes
    assert note.startswith(f"{broken}: not well-formed XML (") and note.endswith("its items were read leniently")
    [error] = [i for i in items if not isinstance(i, RawArticle)]
    line = error.one_line()
    assert line.startswith(f"{broken}#2: ") and "not well-formed XML" in line and "\n" not in line
    assert good.notes == []


def test_store_articles_turns_notes_into_warnings_once(tmp_path):
    path = tmp_path / "cp1252.txt"
    path.write_bytes(SPANISH.encode("cp1252"))
    store = open_store(str(tmp_path / "ng.db"))
    report = IngestReport()
    store_articles(store, read_sources([str(path), str(path)], IntakeOptions()), report)
    # read twice: stored once, and the reading is said each time the file is read
    assert len(report.new) == 1 and len(report.duplicates) == 1
    assert report.warnings == [f"{path}: not UTF-8: read as cp1252 (guessed from its bytes)"] * 2
    store.close()
