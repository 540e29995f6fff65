"""Batch work over many articles: intake -> store -> extraction, with per-article status.

The core handles one article; this module wraps it for many, so a batch can resume: an
article whose extraction failed or never ran keeps status ``ingested``/``extract_failed``
and ``extract_pending`` picks it up again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

from newsgraph.errors import NewsgraphError
from newsgraph.intake.model import RawArticle
from newsgraph.store import repository
from newsgraph.store.db import Store

Progress = Callable[[str], None]
# The code of an intake error for a source that is readable but holds no article.
NO_ARTICLE = "no_article"


@dataclass
class IngestReport:
    new: list[int] = field(default_factory=list)
    duplicates: list[int] = field(default_factory=list)
    near_duplicates: dict[int, list[int]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)   # sources that hold no article (listing pages, link stubs)
    extracted: list[int] = field(default_factory=list)
    extract_failed: list[int] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items()}


def store_articles(store: Store, items: Iterable, report: IngestReport, progress: Optional[Progress] = None) -> None:
    """Store each RawArticle; record each intake error (an IntakeError item) as a one-line message."""
    for item in items:
        if isinstance(item, NewsgraphError):
            (report.skipped if item.code == NO_ARTICLE else report.errors).append(item.one_line())
        elif isinstance(item, RawArticle):
            try:
                result = repository.save_article(store, item)
            except NewsgraphError as exc:
                report.errors.append(exc.one_line())
                continue
            if result.status == "duplicate":
                report.duplicates.append(result.article_id)
            else:
                report.new.append(result.article_id)
                if result.near_duplicates:
                    report.near_duplicates[result.article_id] = result.near_duplicates
        if progress:
            progress(getattr(item, "source", ""))


def reference_date(published: Optional[str]) -> Optional[dt.date]:
    if not published:
        return None
    try:
        return dt.datetime.fromisoformat(published).date()
    except ValueError:
        return None


def _save_doc(store: Store, article_id: int, doc, report: IngestReport, text: Optional[str] = None) -> None:
    from newsgraph.nlp.pipeline import doc_to_extraction

    repository.save_extraction(store, article_id, doc_to_extraction(doc, text))
    report.extracted.append(article_id)


def _fail(store: Store, article_id: int, exc: Exception, report: IngestReport) -> None:
    repository.mark_article_status(store, article_id, "extract_failed", f"{type(exc).__name__}: {exc}")
    report.extract_failed.append(article_id)


def extract_articles(store: Store, article_ids: list[int], report: IngestReport,
                     progress: Optional[Progress] = None, batch_size: int = 16) -> None:
    """Run the extraction pipeline over stored articles, saving each article's facts as it goes.

    Articles go through ``nlp.pipe`` in chunks; a chunk that fails is redone one article at a
    time, so one bad article is marked ``extract_failed`` and the rest still go in.
    """
    if not article_ids:
        return
    from newsgraph.nlp.pipeline import build_pipeline, make_doc

    nlp = build_pipeline()
    for offset in range(0, len(article_ids), batch_size):
        chunk = article_ids[offset:offset + batch_size]
        articles = [repository.get_article(store, i) for i in chunk]
        docs = [make_doc(nlp, a["text"], reference_date(a["published"]), a.get("outlet")) for a in articles]
        try:
            processed = list(nlp.pipe(docs, batch_size=batch_size))
        except Exception:
            processed = None
        for index, article_id in enumerate(chunk):
            try:
                doc = processed[index] if processed is not None else nlp(docs[index])
                _save_doc(store, article_id, doc, report, articles[index]["text"])
            except Exception as exc:  # one bad article must not stop the batch
                _fail(store, article_id, exc, report)
            if progress:
                progress(str(article_id))
