"""A text longer than extraction accepts is refused by intake, before it is stored: one
IntakeError line naming the source, code ``too_long``, whatever the byte limit allows."""

from __future__ import annotations

import json

import pytest

from newsgraph.errors import TextTooLongError
from newsgraph.intake import IntakeOptions, read_sources
from newsgraph.intake.model import RawArticle
from newsgraph.intake.options import MAX_TEXT_CHARS
from newsgraph.nlp.pipeline import ExtractionOptions

PARAGRAPH = ("The finance minister said on Thursday that the government would raise fuel subsidies "
             "before the winter, after talks with the unions in the capital broke down.\n\n")
LIMIT = 2000


@pytest.fixture
def small_limit(monkeypatch):
    monkeypatch.setattr("newsgraph.intake.finish.MAX_TEXT_CHARS", LIMIT)


def test_extraction_and_intake_share_one_limit():
    assert ExtractionOptions().max_chars == MAX_TEXT_CHARS


def test_a_text_over_the_limit_is_one_too_long_error_naming_the_file(tmp_path, small_limit):
    path = tmp_path / "huge.txt"
    path.write_text(PARAGRAPH * (LIMIT // len(PARAGRAPH) + 5), encoding="utf-8")
    [item] = list(read_sources([str(path)], IntakeOptions(max_bytes=10 * LIMIT)))
    assert isinstance(item, TextTooLongError)
    line = item.one_line()
    assert line.startswith(f"{path}: ") and line.endswith("[too_long]") and "\n" not in line
    assert f"extraction limit of {LIMIT:,}" in line


def test_a_text_at_the_limit_is_read(tmp_path, small_limit):
    path = tmp_path / "long.txt"
    path.write_text(PARAGRAPH * (LIMIT // len(PARAGRAPH)), encoding="utf-8")
    [item] = list(read_sources([str(path)], IntakeOptions()))
    assert isinstance(item, RawArticle) and len(item.text) <= LIMIT


def test_one_long_record_of_a_jsonl_file_is_refused_alone(tmp_path, small_limit):
    path = tmp_path / "wire.jsonl"
    records = [{"title": "Subsidies", "text": PARAGRAPH * 3},
               {"title": "Subsidies, full transcript", "text": PARAGRAPH * (LIMIT // len(PARAGRAPH) + 5)}]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    items = list(read_sources([str(path)], IntakeOptions()))
    assert [type(i).__name__ for i in items] == ["RawArticle", "TextTooLongError"]
    assert items[1].one_line().startswith(f"{path}:2") and items[1].code == "too_long"
