"""``repository.delete_articles``: an article an analyst removes goes with every row stored from
it (any table with an ``article_id``), in one transaction; the judgement log keeps the judgements
on its facts (counted, no longer applied); an unknown id deletes nothing; its id is never handed
to a new article. SQLite, and PostgreSQL where configured; the store is written through the
repository (no NLP)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from newsgraph.errors import NotFoundError
from newsgraph.graph.build import refresh
from newsgraph.intake.model import RawArticle
from newsgraph.store import judgements, repository

from .conftest import count
from .test_repository import seed_article, small_extraction

OTHER = ("The city council of Tarija approved a new water budget on Tuesday after a long debate. "
         "Mayor Ana Quiroga said the plan would bring piped water to three districts by next year.")

# Tables that keep their rows when an article goes: the judgement log (its article id cleared)
# and the deletion record itself.
KEPT = {"judgements", "deleted_articles"}


def _two_articles(store) -> tuple[int, int]:
    seed = repository.save_article(store, seed_article()).article_id
    repository.save_extraction(store, seed, small_extraction(seed_article().text))
    other = repository.save_article(store, RawArticle(text=OTHER, source="tarija.txt", title="Tarija water budget")).article_id
    repository.save_extraction(store, other, small_extraction(OTHER.replace("Ana Quiroga", "Edmundo Novillo")))
    return seed, other


def _rows_of(store, article_id: int) -> dict[str, int]:
    """Rows naming ``article_id`` in every table with an article_id (or other_id) column, and its
    ``articles`` row."""
    a = store.t("articles")
    with store.engine.connect() as conn:
        out = {"articles": conn.execute(sa.select(sa.func.count()).select_from(a).where(a.c.id == article_id)).scalar_one()}
        for name, table in store.tables.items():
            columns = [c for c in ("article_id", "other_id") if c in table.c]
            if columns and name not in KEPT:
                out[name] = conn.execute(sa.select(sa.func.count()).select_from(table).where(
                    sa.or_(*(table.c[c] == article_id for c in columns)))).scalar_one()
    return out


def test_every_row_keyed_by_the_article_goes_and_the_other_article_stays(store):
    seed, other = _two_articles(store)
    refresh(store)  # graph rows too: observations, graph events and statements, system edges
    before = _rows_of(store, seed)
    assert before["articles"] == 1 and before["events"] and before["observations"] and before["graph_events"]
    kept = _rows_of(store, other)
    [report] = repository.delete_articles(store, [seed], author="ana", reason="wrong page")
    assert report["id"] == seed and report["removed"]["events"] == 1 and report["removed"]["statements"] == 1
    assert all(n == 0 for n in _rows_of(store, seed).values()), _rows_of(store, seed)
    assert _rows_of(store, other) == kept
    with pytest.raises(NotFoundError):
        repository.get_article(store, seed)
    assert repository.article_ids(store) == [other]
    # the entity both articles name stays; the deletion is on record with who, when and why
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(store.t("entities").c.key)).scalars().all() == ["person:edmundo-novillo"]
    [gone] = repository.deleted_articles(store)
    assert (gone["id"], gone["author"], gone["reason"], gone["title"]) == (
        seed, "ana", "wrong page", "Iran Seeks to Increase Footprint in Bolivia with Drones")


def test_an_entity_only_the_deleted_article_names_goes_with_it(store):
    seed, other = _two_articles(store)
    with store.engine.begin() as conn:  # the other article names someone else
        conn.execute(store.t("mentions").update().where(store.t("mentions").c.article_id == other)
                     .values(entity_key="person:ana-quiroga"))
    repository.delete_articles(store, [seed])
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(store.t("entities").c.key)).scalars().all() == []


def test_judgements_stay_in_the_log_counted_and_no_longer_apply(store):
    seed, other = _two_articles(store)
    event = repository.article_facts(store, seed)["events"][0]["fact_key"]
    statement = repository.article_facts(store, seed)["statements"][0]["fact_key"]
    rejected = judgements.record_fact_judgement(store, author="ana", action="reject", fact_key=event)
    undone = judgements.record_fact_judgement(store, author="ana", action="confirm", fact_key=statement)
    repository.undo_judgement(store, undone)
    elsewhere = judgements.record_fact_judgement(
        store, author="ana", action="confirm", fact_key=repository.article_facts(store, other)["events"][0]["fact_key"])
    [report] = repository.delete_articles(store, [seed])
    assert report["judgements"] == [rejected, undone] and report["judgements_in_force"] == 1
    assert count(store, "judgements") == 3  # never deleted
    j = store.t("judgements")
    with store.engine.connect() as conn:
        rows = {r.id: r for r in conn.execute(sa.select(j))}
    assert rows[rejected].fact_key == event and rows[rejected].article_id is None and rows[rejected].undone_at is None
    assert rows[elsewhere].article_id == other
    assert repository.deleted_articles(store)[0]["judgements"] == [rejected, undone]
    assert [x["id"] for x in repository.article_facts(store, other)["judgements"]] == [elsewhere]


def test_an_unknown_id_deletes_nothing(store):
    seed, other = _two_articles(store)
    with pytest.raises(NotFoundError) as caught:
        repository.delete_articles(store, [seed, 999, other])
    assert caught.value.code == "not_found" and caught.value.source == "999"
    assert "nothing deleted" in caught.value.one_line() and "\n" not in caught.value.one_line()
    assert repository.article_ids(store) == [seed, other] and count(store, "events") == 2
    assert count(store, "deleted_articles") == 0


def test_a_dry_run_reports_and_changes_nothing(store):
    seed, other = _two_articles(store)
    [report] = repository.delete_articles(store, [seed], dry_run=True)
    assert report["removed"]["articles"] == 1 and report["removed"]["mentions"] == 1
    assert repository.article_ids(store) == [seed, other] and count(store, "deleted_articles") == 0


def test_a_deleted_article_s_id_is_never_given_to_a_new_one(store):
    seed, other = _two_articles(store)
    repository.delete_articles(store, [other])  # the largest id: SQLite would hand it out again
    again = repository.save_article(store, RawArticle(text=OTHER + " A late addition.", source="tarija2.txt"))
    assert again.status == "new" and again.article_id > other
    # one given twice counts once; several in one transaction
    third = repository.save_article(store, RawArticle(text="Police in Sucre arrested two men on Friday. " * 3,
                                                      source="sucre.txt")).article_id
    reports = repository.delete_articles(store, [seed, third, seed])
    assert [r["id"] for r in reports] == [seed, third]
    assert repository.article_ids(store) == [again.article_id]


# --- a deleted article stays out of later ingests; what was judged stays readable ------------

def test_a_deleted_article_is_not_stored_again_by_text_or_by_url(store):
    from newsgraph.batch import IngestReport, store_articles

    seed = repository.save_article(store, seed_article(url="https://dialogo-americas.com/articles/iran-drones/")).article_id
    repository.delete_articles(store, [seed], author="ana", reason="takedown request")
    # the same text from another file; the same page at another spelling of its URL with other text
    same_text = repository.save_article(store, seed_article(source="copy.txt", url=None))
    same_url = repository.save_article(store, RawArticle(
        text=OTHER, source="feed.xml#2", url="http://www.dialogo-americas.com/articles/iran-drones?utm_source=x"))
    assert (same_text.status, same_text.article_id) == ("deleted_earlier", seed)
    assert (same_url.status, same_url.article_id) == ("deleted_earlier", seed)
    assert repository.article_ids(store) == []
    # through the batch: one line per source with its code, who deleted it and why
    report = IngestReport()
    store_articles(store, [seed_article(source="copy.txt")], report)
    [line] = report.deleted_earlier
    assert line.startswith("copy.txt: deleted earlier as article") and "by ana: takedown request" in line
    assert line.endswith("[deleted_earlier]") and report.new == [] and report.duplicates == []
    # the explicit opt-in stores it again, under a fresh id
    store_articles(store, [seed_article(source="copy.txt")], report, restore_deleted=True)
    assert len(report.new) == 1 and report.new[0] > seed and len(report.deleted_earlier) == 1


def test_an_article_never_deleted_is_stored_as_before(store):
    seed, other = _two_articles(store)
    repository.delete_articles(store, [other])
    fresh = repository.save_article(store, RawArticle(text="Police in Sucre arrested two men on Friday. " * 3,
                                                      source="sucre.txt"))
    assert fresh.status == "new"


def test_a_deleted_id_says_when_by_whom_and_why(store):
    seed, _other = _two_articles(store)
    repository.delete_articles(store, [seed], author="ana", reason="takedown request")
    with pytest.raises(NotFoundError) as caught:
        repository.get_article(store, seed)
    line = caught.value.one_line()
    assert caught.value.code == "not_found" and f"article {seed} was deleted on " in line
    assert "by ana (takedown request)" in line and "Iran Seeks to Increase Footprint" in line
    with pytest.raises(NotFoundError) as never:
        repository.get_article(store, 999)
    assert never.value.message == "no article with id 999"


def test_the_deletion_keeps_a_summary_of_each_judged_fact(store):
    seed, _other = _two_articles(store)
    facts = repository.article_facts(store, seed)
    event, statement = facts["events"][0], facts["statements"][0]
    rejected = judgements.record_fact_judgement(store, author="ana", action="reject", fact_key=event["fact_key"])
    confirmed = judgements.record_fact_judgement(store, author="ana", action="confirm", fact_key=statement["fact_key"])
    repository.delete_articles(store, [seed])
    [gone] = repository.deleted_articles(store)
    assert gone["judged"][str(rejected)] == (f"{event['type']}: {event['source_text']} → {event['target_text']} "
                                             f"({event['trigger']})")
    assert gone["judged"][str(confirmed)].startswith(f"{statement['speaker_text']}: “{statement['content'][:20]}")
    # the log (CLI `judgements`, GET /api/judgements) shows it under the deleted article's id
    from newsgraph.web.adapter import judgement_log

    rows = {r["id"]: r for r in judgement_log(store, limit=10, offset=0, article_id=seed)}
    assert rows[rejected]["article_deleted"] and rows[rejected]["summary"] == gone["judged"][str(rejected)]
    assert rows[confirmed]["summary"] == gone["judged"][str(confirmed)]


def test_migration_0014_fills_in_the_canonical_url_of_earlier_deletions(db_url):
    # a deletion recorded by the code of migration 0013 (no canonical_url) still keeps its page out
    from newsgraph.store.db import create_store_engine, migrate

    engine = create_store_engine(db_url)
    migrate(engine, "0013_deleted_articles")
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO deleted_articles (id, url, content_hash, deleted_at, author) "
                             "VALUES (4, 'http://www.example.org/news/talks/?utm_source=feed', 'abc', "
                             "'2026-01-01T00:00:00+00:00', 'ana')"))
    engine.dispose()
    from newsgraph.store.db import open_store

    store = open_store(db_url)
    try:
        [row] = repository.deleted_articles(store)
        assert row["canonical_url"] == "https://example.org/news/talks" and row["judged"] == {}
        again = repository.save_article(store, RawArticle(text=OTHER, source="feed.xml#1",
                                                          url="https://example.org/news/talks"))
        assert (again.status, again.article_id) == ("deleted_earlier", 4)
    finally:
        store.close()
