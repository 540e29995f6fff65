"""NUL and other control characters: removed at intake, so SQLite and PostgreSQL store the same."""

from __future__ import annotations

import json

from newsgraph.batch import IngestReport, store_articles
from newsgraph.intake import read_sources
from newsgraph.store import repository


def test_nul_is_treated_the_same_by_every_store(store, tmp_path):
    path = tmp_path / "export.jsonl"
    record = {"text": "Talks\u0000 resumed in Geneva on Tuesday.", "source": "Wire\u0000", "desk": "world\u0000"}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    report = IngestReport()
    store_articles(store, read_sources([str(path)]), report)
    assert report.errors == [] and len(report.new) == 1
    stored = repository.get_article(store, report.new[0])
    assert (stored["text"], stored["outlet"]) == ("Talks resumed in Geneva on Tuesday.", "Wire")
    assert stored["extra"]["desk"] == "world" and stored["extra"]["control_characters_removed"] == 3
