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
    near_duplicate_evidence: dict[int, list[dict]] = field(default_factory=dict)  # why each pair is linked
    errors: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)   # sources that hold no article (listing pages, link stubs)
    extracted: list[int] = field(default_factory=list)
    extract_failed: list[int] = field(default_factory=list)
    unsupported_language: list[int] = field(default_factory=list)  # stored, not extracted (language)
    warnings: list[str] = field(default_factory=list)

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
                    report.near_duplicate_evidence[result.article_id] = result.near_duplicate_evidence
        if progress:
            progress(getattr(item, "source", ""))


def reference_date(published: Optional[str], extra: Optional[dict] = None) -> Optional[dt.date]:
    """The day relative dates count from: the wire dateline's day, else the publisher's local
    day, else the stored (UTC) publication day (``intake.dates.reference_day``)."""
    from newsgraph.intake.dates import reference_day

    return reference_day(published, extra)


def _date_order(article: dict) -> Optional[str]:
    from newsgraph.intake.dates import date_order_for

    return date_order_for(article.get("language"), article.get("url"))


def _save_doc(store: Store, article_id: int, doc, report: IngestReport) -> None:
    from newsgraph.nlp.pipeline import doc_to_extraction

    repository.save_extraction(store, article_id, doc_to_extraction(doc))
    report.extracted.append(article_id)


def _fail(store: Store, article_id: int, exc: Exception, report: IngestReport) -> None:
    repository.mark_article_status(store, article_id, "extract_failed", f"{type(exc).__name__}: {exc}")
    report.extract_failed.append(article_id)


def _skip_unsupported_languages(store: Store, ids: list[int], articles: list[dict], report: IngestReport,
                                progress: Optional[Progress]) -> tuple[list[int], list[dict]]:
    """Mark articles in a language the English pipeline does not support; return the others."""
    from newsgraph.intake.language import unsupported_language

    kept_ids, kept = [], []
    for article_id, article in zip(ids, articles):
        reason = unsupported_language(article.get("language"), (article.get("extra") or {}).get("language_shares"))
        if reason is None:
            kept_ids.append(article_id)
            kept.append(article)
            continue
        repository.mark_article_status(store, article_id, "unsupported_language", reason)
        report.unsupported_language.append(article_id)
        report.warnings.append(f"article {article_id} ({article.get('source')}): {reason}")
        if progress:
            progress(str(article_id))
    return kept_ids, kept


def extract_articles(store: Store, article_ids: list[int], report: IngestReport,
                     progress: Optional[Progress] = None, batch_size: int = 16) -> None:
    """Run the extraction pipeline over stored articles, saving each article's facts as it goes.

    Articles go through ``nlp.pipe`` in chunks; a chunk that fails is redone one article at a
    time, so one bad article is marked ``extract_failed`` and the rest still go in.
    """
    if not article_ids:
        return
    from newsgraph.nlp.pipeline import build_pipeline, make_doc

    nlp = None  # built on the first chunk that needs it: a batch may hold only skipped articles
    for offset in range(0, len(article_ids), batch_size):
        chunk = article_ids[offset:offset + batch_size]
        articles = [repository.get_article(store, i) for i in chunk]
        chunk, articles = _skip_unsupported_languages(store, chunk, articles, report, progress)
        if not chunk:
            continue
        if nlp is None:
            nlp = build_pipeline()
        docs = [make_doc(nlp, a["text"], reference_date(a["published"], a.get("extra")),
                         date_order=_date_order(a)) for a in articles]
        try:
            processed = list(nlp.pipe(docs, batch_size=batch_size))
        except Exception:
            processed = None
        for index, article_id in enumerate(chunk):
            try:
                doc = processed[index] if processed is not None else nlp(docs[index])
                _save_doc(store, article_id, doc, report)
            except Exception as exc:  # one bad article must not stop the batch
                _fail(store, article_id, exc, report)
            if progress:
                progress(str(article_id))
