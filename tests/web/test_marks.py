"""Evidence marks of the web view over a small hand-made store (no NLP pipeline): an actor with
no entity key is found in the raw sentence from its stored display text."""

from __future__ import annotations

from newsgraph.intake.model import RawArticle
from newsgraph.nlp.types import Event, Extraction
from newsgraph.store import repository
from newsgraph.store.db import open_store
from newsgraph.web import adapter

TEXT = "On Monday the State\n    Department sanctioned nearly 100 individuals for their part in the scheme."


def test_a_keyless_actor_split_by_a_line_break_is_still_marked(tmp_path):
    """The events table shows "State Department" (one space per whitespace run); the sentence
    keeps the hard wrap, and the actor mark still covers the name as written."""
    store = open_store(str(tmp_path / "marks.db"))
    try:
        article_id = repository.save_article(store, RawArticle(text=TEXT, source="wrapped.txt")).article_id
        at = TEXT.index("sanctioned")
        source_start, target_start = TEXT.index("State"), TEXT.index("nearly")
        event = Event("COERCE", 0, len(TEXT), "sanctioned", at, at + len("sanctioned"),
                      source_text=TEXT[source_start:TEXT.index("Department") + len("Department")],
                      target_text="nearly 100 individuals", component="test_events", version="1.0")
        repository.save_extraction(store, article_id, Extraction(sentences=[(0, len(TEXT))], events=[event]))
        stored = repository.article_facts(store, article_id)["events"][0]
        assert stored["source_text"] == "State Department" and stored["source_key"] is None
        row = {"fact_key": stored["fact_key"], "evidence": [{"article_id": article_id, "span": [0, len(TEXT)]}]}
        evidence = adapter._with_marks(store, [row], "events")[0]["evidence"][0]
        actors = sorted((m["start"], m["end"]) for m in evidence["marks"] if m["kind"] == "actor")
        assert [evidence["text"][s:t] for s, t in actors] == ["State\n    Department", "nearly 100 individuals"]
        assert actors[0][0] == source_start and actors[1][0] == target_start
    finally:
        store.close()
