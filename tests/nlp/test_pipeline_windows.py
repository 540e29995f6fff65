"""Long articles are processed in bounded windows with offsets mapped back; an article over the
limit is refused in one line; either way the rest of the batch goes on."""

from __future__ import annotations

import datetime as dt

from newsgraph.batch import IngestReport, extract_articles
from newsgraph.intake.model import RawArticle
from newsgraph.nlp.pipeline import ExtractionOptions, extract, text_windows
from newsgraph.store import repository
from newsgraph.store.db import open_store

PARAGRAPH = ("Peruvian Foreign Minister Ana Torres met Chilean officials in Lima on {day} March 2021 "
             "to discuss a trade agreement. \"We will sign the accord soon,\" Torres said, adding that "
             "Chile had agreed to cut tariffs on copper.")


def _long_text(paragraphs: int) -> str:
    return "\n\n".join(PARAGRAPH.format(day=1 + i % 28) for i in range(paragraphs))


def test_windows_cover_the_text_in_order_cut_at_paragraph_breaks():
    text = _long_text(40)
    windows = text_windows(text, 1000)
    assert windows[0][0] == 0 and windows[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(windows, windows[1:]))
    assert all(0 < end - start <= 1000 for start, end in windows)
    assert all(text[end - 2:end] == "\n\n" for _start, end in windows[:-1])


def test_a_window_without_paragraph_breaks_is_cut_at_a_sentence_or_a_space():
    text = " ".join(["The talks went on."] * 200)
    windows = text_windows(text, 1000)
    assert all(text[end - 2:end] == ". " for _start, end in windows[:-1])
    unbroken = "x" * 2500
    assert text_windows(unbroken, 1000) == [(0, 1000), (1000, 2000), (2000, 2500)]


def test_long_text_in_windows_maps_every_offset_back(nlp):
    text = _long_text(12)
    options = ExtractionOptions(window_chars=1000)
    windowed = extract(text, dt.date(2021, 3, 30), nlp=nlp, options=options)
    whole = extract(text, dt.date(2021, 3, 30), nlp=nlp)
    for record in [*windowed.mentions, *windowed.timexes]:
        assert text[record.start:record.end] == record.text, record
    for statement in windowed.statements:
        assert text[statement.content_start:statement.content_end] in statement.content or statement.content_parts
        if statement.cue_start is not None:
            assert text[statement.cue_start:statement.cue_end] == statement.cue
    assert windowed.events and all(text[e.trigger_start:e.trigger_end].split()[0] == e.trigger.split()[0]
                                   for e in windowed.events)
    # the paragraphs are independent, so the windows find what the whole text gives
    assert {(e.type, e.trigger_start, e.sentence_start) for e in windowed.events} == \
        {(e.type, e.trigger_start, e.sentence_start) for e in whole.events}
    assert {(m.start, m.end, m.type) for m in windowed.mentions} == {(m.start, m.end, m.type) for m in whole.mentions}
    assert {(t.start, t.value) for t in windowed.timexes} == {(t.start, t.value) for t in whole.timexes}
    assert len(windowed.statements) == len(whole.statements) == 24  # a quote and its reported claim, each paragraph
    assert {(s.content_start, s.kind) for s in windowed.statements} == {(s.content_start, s.kind) for s in whole.statements}
    assert set(windowed.entities) == set(whole.entities) and windowed.entities


def test_over_long_article_is_refused_and_the_batch_goes_on(tmp_path, nlp):
    store = open_store(str(tmp_path / "long.db"))
    long_id = repository.save_article(store, RawArticle(text=_long_text(30), source="long.txt")).article_id
    short_id = repository.save_article(store, RawArticle(text=PARAGRAPH.format(day=3), source="short.txt")).article_id
    windowed_id = repository.save_article(store, RawArticle(text=_long_text(8), source="mid.txt")).article_id
    report = IngestReport()
    extract_articles(store, [long_id, short_id, windowed_id], report,
                     options=ExtractionOptions(window_chars=1000, max_chars=3000), nlp=nlp)
    assert report.extract_failed == [long_id] and sorted(report.extracted) == [short_id, windowed_id]
    [error] = report.extract_errors
    assert error.startswith(f"article {long_id}: ") and "[too_long]" in error and "\n" not in error
    assert repository.get_article(store, long_id)["status"] == "extract_failed"
    facts = repository.article_facts(store, windowed_id)
    text = repository.get_article(store, windowed_id)["text"]
    assert facts["mentions"] and all(text[m["start"]:m["end"]] == m["text"] for m in facts["mentions"])
    store.close()


def test_spacy_refusing_a_doc_fails_that_article_only(tmp_path, nlp, monkeypatch):
    """spaCy refuses a Doc over nlp.max_length (E088) when the Doc is made: that must happen
    inside the per-article handling, not stop every later extraction."""
    monkeypatch.setattr(nlp, "max_length", 600)
    store = open_store(str(tmp_path / "huge.db"))
    huge_id = repository.save_article(store, RawArticle(text=_long_text(4), source="huge.txt")).article_id
    short_id = repository.save_article(store, RawArticle(text=PARAGRAPH.format(day=3), source="short.txt")).article_id
    report = IngestReport()
    extract_articles(store, [huge_id, short_id], report, nlp=nlp)
    assert report.extract_failed == [huge_id] and report.extracted == [short_id]
    assert "E088" in report.extract_errors[0]
    store.close()


def test_window_offsets_move_event_evidence_spans():
    from newsgraph.nlp.pipeline import merge_extractions
    from newsgraph.nlp.types import Event, Extraction

    event = Event("CONSULT", 0, 20, "met", 5, 8, evidence_spans=[(0, 20), (40, 60)])
    merged = merge_extractions([(1000, Extraction(events=[event]))])
    assert merged.events[0].evidence_spans == [(1000, 1020), (1040, 1060)]
