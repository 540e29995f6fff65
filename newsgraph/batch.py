"""Batch work over many articles: intake -> store -> extraction, with per-article status.

The core handles one article; this module wraps it for many, so a batch can resume: an
article whose extraction failed or never ran keeps status ``ingested``/``extract_failed``
and ``extract_pending`` picks it up again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

from newsgraph.errors import NewsgraphError, StoreError
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
    extract_errors: list[str] = field(default_factory=list)  # one line per failed extraction
    resumed: list[int] = field(default_factory=list)   # stored earlier, extracted by this run

    def repeated_in_input(self) -> list[int]:
        """Duplicates of an article this same run stored (a feed and its page carrying one text)."""
        stored_now = set(self.new)
        return [article_id for article_id in self.duplicates if article_id in stored_now]

    def already_stored(self) -> list[int]:
        """Duplicates of an article stored before this run."""
        stored_now = set(self.new)
        return [article_id for article_id in self.duplicates if article_id not in stored_now]
    unsupported_language: list[int] = field(default_factory=list)  # stored, not extracted (language)
    warnings: list[str] = field(default_factory=list)
    # one line per source not stored because an analyst deleted that article (code deleted_earlier)
    deleted_earlier: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items()}


def pending_extraction(store: Store, article_ids: list[int]) -> list[int]:
    """Those of ``article_ids`` stored but never extracted (status ``ingested``): what a run
    that stopped between storing and extracting left behind. Failed ones are left to
    ``extract``, which retries them on request."""
    if not article_ids:
        return []
    wanted = set(article_ids)
    return [row["id"] for row in repository.list_articles(store, status="ingested") if row["id"] in wanted]


# The code of the line for a source skipped because an analyst deleted its article.
DELETED_EARLIER = "deleted_earlier"


def store_articles(store: Store, items: Iterable, report: IngestReport, progress: Optional[Progress] = None,
                   *, restore_deleted: bool = False) -> None:
    """Store each RawArticle; record each intake error (an IntakeError item) as a one-line message.
    An article an analyst deleted (same canonical URL or text) is not stored again unless
    ``restore_deleted``: one line in ``report.deleted_earlier`` (code ``deleted_earlier``)."""
    for item in items:
        if isinstance(item, NewsgraphError):
            (report.skipped if item.code == NO_ARTICLE else report.errors).append(item.one_line())
        elif isinstance(item, RawArticle):
            report.warnings.extend(item.notes)  # how its source was read: said whether or not it is new
            try:
                result = repository.save_article(store, item, restore_deleted=restore_deleted)
            except NewsgraphError as exc:
                report.errors.append(exc.one_line())
                continue
            except Exception as exc:  # a database error on one article must not drop the others
                import sqlalchemy as sa

                if not isinstance(exc, sa.exc.SQLAlchemyError):
                    raise
                detail = " ".join(str(getattr(exc, "orig", None) or exc).split())
                report.errors.append(StoreError(f"not stored: {detail}", source=item.source).one_line())
                continue
            if result.status == DELETED_EARLIER:
                deletion = repository.deletion_of(store, result.article_id) or {"id": result.article_id}
                what = (f"deleted earlier as article {result.article_id} ({deletion.get('deleted_at')}, by "
                        f"{deletion.get('author')}" + (f": {deletion['reason']}" if deletion.get("reason") else "")
                        + "); not stored again (--restore-deleted stores it)")
                report.deleted_earlier.append(NewsgraphError(what, source=item.source, code=DELETED_EARLIER).one_line())
            elif result.status == "duplicate":
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


def _fail(store: Store, article_id: int, exc: Exception, report: IngestReport) -> None:
    detail = exc.message if isinstance(exc, NewsgraphError) else f"{type(exc).__name__}: {exc}"
    detail = " ".join(detail.split())
    repository.mark_article_status(store, article_id, "extract_failed", detail)
    report.extract_failed.append(article_id)
    code = getattr(exc, "code", "extract_failed")
    report.extract_errors.append(f"article {article_id}: extraction failed: {detail} [{code}]")


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
                     progress: Optional[Progress] = None, options=None, nlp=None) -> None:
    """Run the extraction pipeline over stored articles, saving each article's facts as it goes.

    Articles go through ``nlp.pipe`` in chunks; a chunk that fails is redone one article at a
    time, so one bad article is marked ``extract_failed`` and the rest still go in. A long
    article is processed alone, in windows (``options``: newsgraph.nlp.pipeline.ExtractionOptions);
    one over ``options.max_chars`` is refused with a one-line error. ``nlp``: the pipeline
    (default: newsgraph.nlp.pipeline.build_pipeline()).
    """
    if not article_ids:
        return
    from newsgraph.nlp.pipeline import (ExtractionOptions, build_pipeline, doc_to_extraction, extract,
                                        make_doc, plan_windows)

    options = options or ExtractionOptions()
    batch_size = options.batch_size
    for offset in range(0, len(article_ids), batch_size):
        chunk = article_ids[offset:offset + batch_size]
        short: list[tuple[int, object]] = []   # (article id, Doc) processed together
        articles = [repository.get_article(store, i) for i in chunk]
        chunk, articles = _skip_unsupported_languages(store, chunk, articles, report, progress)
        if chunk and nlp is None:  # built on the first chunk that needs it: a batch may hold only skipped articles
            nlp = build_pipeline()
        for article_id, article in zip(chunk, articles):
            try:
                date, order = reference_date(article["published"], article.get("extra")), _date_order(article)
                if len(plan_windows(article["text"], options)) == 1:
                    short.append((article_id, make_doc(nlp, article["text"], date, date_order=order,
                                                       outlet=article.get("outlet"), title=article.get("title"))))
                    continue
                extraction = extract(article["text"], date, nlp=nlp, options=options, date_order=order,
                                     outlet=article.get("outlet"), title=article.get("title"))
                repository.save_extraction(store, article_id, extraction)
                report.extracted.append(article_id)
            except Exception as exc:  # one bad article must not stop the batch
                _fail(store, article_id, exc, report)
            if progress:
                progress(str(article_id))
        if not short:
            continue
        texts = {article_id: article["text"] for article_id, article in zip(chunk, articles)}
        try:
            processed = list(nlp.pipe([doc for _i, doc in short], batch_size=batch_size))
        except Exception:
            processed = None
        for index, (article_id, doc) in enumerate(short):
            try:
                done = processed[index] if processed is not None else nlp(doc)
                # the article's own text: the Doc's words may be recased (ALL-CAPS lines)
                repository.save_extraction(store, article_id, doc_to_extraction(done, texts[article_id]))
                report.extracted.append(article_id)
            except Exception as exc:  # one bad article must not stop the batch
                _fail(store, article_id, exc, report)
            if progress:
                progress(str(article_id))
