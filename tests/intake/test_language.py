"""Language detection (offline, py3langid) and skipping English-only extraction for other languages.

The snippets are short news sentences written for these tests.
"""

from __future__ import annotations

import json

from newsgraph.batch import IngestReport, extract_articles, store_articles
from newsgraph.intake import IntakeOptions, read_sources
from newsgraph.intake.language import detect_language, language_shares, unsupported_language
from newsgraph.store import repository
from newsgraph.store.db import open_store

SPANISH = ("El canciller de Irán llegó a Teherán el lunes tras reunirse con su homólogo boliviano, "
           "y ambos gobiernos firmaron un acuerdo de cooperación en defensa.")
ENGLISH = ("Iran's foreign minister returned to Tehran on Monday after meeting his Bolivian counterpart, "
           "and the two governments signed a defence cooperation agreement.")


def test_short_spanish_and_english_texts():
    assert detect_language(SPANISH)[0] == "es"
    assert detect_language(ENGLISH)[0] == "en"
    assert detect_language(ENGLISH.upper())[0] == "en"  # telex capitals
    assert detect_language("Talks resumed.") is None      # too short to tell


def test_bilingual_text_has_shares():
    shares = language_shares(ENGLISH + "\n\n" + SPANISH)
    assert set(shares) == {"en", "es"} and abs(sum(shares.values()) - 1) < 0.01


def test_unsupported_language_reasons():
    assert unsupported_language("es").startswith("language 'es' is not supported yet")
    assert unsupported_language("en-US") is None and unsupported_language(None) is None
    assert unsupported_language("und") is None
    assert unsupported_language("es", {"es": 0.55, "en": 0.45}) is None  # half of it is English


def _jsonl(tmp_path, *records):
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_detected_language_is_stored_and_a_wrong_declaration_kept(tmp_path):
    path = _jsonl(tmp_path, {"text": SPANISH, "lang": "en"}, {"text": ENGLISH, "lang": "en-GB"})
    spanish, english = read_sources([str(path)], IntakeOptions())
    assert spanish.language == "es" and spanish.raw_metadata["language_declared"] == "en"
    assert english.language == "en-GB" and english.raw_metadata["language_detected"] == "en"


def test_spanish_article_is_stored_with_a_warning_and_not_extracted(tmp_path):
    store = open_store(str(tmp_path / "ng.db"))
    report = IngestReport()
    store_articles(store, read_sources([str(_jsonl(tmp_path, {"text": SPANISH, "title": "Acuerdo"}))]), report)
    [article_id] = report.new
    extract_articles(store, report.new, report)  # no English pipeline is even built for it
    assert report.unsupported_language == [article_id] and report.extracted == []
    assert "language 'es' is not supported yet" in report.warnings[0] and f"article {article_id}" in report.warnings[0]
    article = repository.get_article(store, article_id)
    assert article["language"] == "es" and article["status"] == "unsupported_language"
    assert all(not rows for rows in repository.article_facts(store, article_id).values())
    store.close()
