"""Near-duplicates compared on body text, with evidence for each pair (small texts written for these tests)."""

from __future__ import annotations

import json

from newsgraph.batch import IngestReport, store_articles
from newsgraph.intake import IntakeOptions, read_sources
from newsgraph.intake.model import RawArticle
from newsgraph.store import dedup, repository

TITLE = "Harbour reopens after storm repairs"
PARAGRAPHS = [
    "The harbour of Port Elena reopened to cargo ships on Monday, nine days after a storm tore "
    "away part of the main quay and sank two tugboats at their moorings.",
    "Engineers from the port authority worked in shifts to rebuild the damaged section, the "
    "authority's director, Marta Quiroga, told reporters at a briefing in the customs hall.",
    "Fishing boats were allowed back into the inner basin on Saturday, and the ferry service to "
    "the islands is due to resume on Wednesday if the weather holds, the director said.",
    "Shipping agents said about forty vessels had been waiting offshore, and that clearing the "
    "backlog of containers would take at least two weeks.",
]
BODY = "\n\n".join(PARAGRAPHS)


def _save(store, text, title=TITLE, source="a.txt"):
    return repository.save_article(store, RawArticle(text=text, title=title, source=source))


def test_feed_summary_is_linked_to_the_full_page(store):
    page = _save(store, BODY, source="page.html")
    summary = _save(store, PARAGRAPHS[0], source="feed.xml#3")
    assert summary.status == "new" and summary.near_duplicates == [page.article_id]
    [evidence] = summary.near_duplicate_evidence
    assert evidence["id"] == page.article_id and evidence["relation"] == "contained"
    assert evidence["containment"] == 1.0 and evidence["jaccard"] < 0.6 and evidence["same_title"] is True
    stored = repository.get_article(store, summary.article_id)
    assert stored["extra"]["near_duplicates"][0]["reason"].startswith("100% of the shorter text")
    assert [d["id"] for d in stored["near_duplicates"]] == [page.article_id]


def test_same_post_from_json_lines_and_html_is_linked(store, tmp_path):
    (tmp_path / "post.jsonl").write_text(json.dumps({"title": TITLE, "text": BODY}) + "\n", encoding="utf-8")
    furniture = "".join(f"<li><a href='/n/{i}'>Other story number {i} from the region</a></li>" for i in range(6))
    html = (f"<html><head><title>{TITLE} | Coast Weekly</title></head><body><nav><ul>{furniture}</ul></nav>"
            f"<article><h1>{TITLE}</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
            + "<p>This story was updated on Tuesday with the ferry timetable published by the operator.</p>"
            + "<p>Additional reporting by Lucas Pereira in the capital and by our correspondents abroad.</p>"
            + "</article></body></html>")
    (tmp_path / "post.html").write_text(html, encoding="utf-8")
    report = IngestReport()
    store_articles(store, read_sources([str(tmp_path / "post.jsonl"), str(tmp_path / "post.html")], IntakeOptions()),
                   report)
    assert len(report.new) == 2, report
    first, second = report.new
    assert report.near_duplicates == {second: [first]}
    [evidence] = report.near_duplicate_evidence[second]
    assert evidence["relation"] in ("same_text", "contained") and evidence["same_title"] is True


def test_template_announcements_of_different_speeches_are_not_linked(store):
    template = ("{} speaks during the Regional Security Forum and Defence Exhibition, March 4, 2019 "
                "in Lisbon, Portugal.")
    ids = [_save(store, template.format(name), title=title).article_id for name, title in [
        ("Admiral Joana Ferreira", "Maritime Security Outlook"),
        ("Lieutenant General Pieter de Vries", "Air Mobility Update"),
        ("General Tomasz Nowak", "Eastern Flank Update"),
    ]]
    assert len(ids) == 3
    assert all(not repository.get_article(store, i)["near_duplicates"] for i in ids)


def test_yearly_notices_that_differ_in_their_dates_are_not_linked():
    notice = ("The national emergency declared on May 2, 2015 with respect to the situation in the region "
              "is to continue in effect beyond May 2, {year}. The conditions that led to the declaration "
              "have not been resolved and continue to pose a threat to the security of the country. "
              "The council was informed of this decision on April {day}, {year}.")
    evidence = dedup.compare_texts(notice.format(year=2021, day=28), notice.format(year=2022, day=27))
    assert evidence.jaccard >= dedup.NEAR_DUPLICATE_JACCARD and evidence.relation == "different"
    assert "2021" in evidence.missing and "numbers" in evidence.reason


def test_syndicated_copy_evidence():
    copy = "Republished with permission.\n\n" + BODY
    evidence = dedup.compare_texts(BODY, copy, TITLE, TITLE)
    assert evidence.relation == "same_text" and evidence.score == evidence.jaccard > 0.9
    assert evidence.missing == [] and "same title" in evidence.reason


def test_short_unrelated_texts_with_one_shared_phrase_are_not_linked():
    a = "The council approved the budget on Tuesday."
    b = "The council approved the budget on Tuesday, and then the mayor resigned over a land deal."
    assert dedup.compare_texts(a, b).relation == "different"  # too short to count as contained
