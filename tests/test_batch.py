"""newsgraph.batch: stored articles go through the pipeline with their metadata (title, outlet)."""

from __future__ import annotations

import json

from newsgraph.intake.options import IntakeOptions
from newsgraph.intake.sources import read_sources

# demo corpus, "Statement from President Biden on Russia’s Aerial Assault on Ukraine’s Energy Grid"
# (The White House, August 2024)
TITLE = "Statement from President Biden on Russia’s Aerial Assault on Ukraine’s Energy Grid"
TEXT = ("I condemn, in the strongest possible terms, Russia’s continued war against Ukraine and its efforts to "
        "plunge the Ukrainian people into darkness.")


def test_stored_title_reaches_the_pipeline(tmp_path):
    from newsgraph.batch import IngestReport, extract_articles, store_articles
    from newsgraph.store import repository
    from newsgraph.store.db import open_store

    path = tmp_path / "items.jsonl"
    path.write_text(json.dumps({"title": TITLE, "text": TEXT, "outlet": "The White House",
                                "date": "2024-08-26T12:00:00+00:00"}) + "\n", encoding="utf-8")
    store = open_store(str(tmp_path / "t.db"))
    try:
        report = IngestReport()
        store_articles(store, list(read_sources([str(path)], IntakeOptions())), report)
        extract_articles(store, report.new, report)
        facts = repository.article_facts(store, report.new[0])
        voice = next(m for m in facts["mentions"] if m["start"] == 0)
        assert (voice["text"], voice["entity_key"]) == ("I", "person:biden")
    finally:
        store.close()
