"""A fact key may be given by a unique prefix of at least 8 characters (as a git commit is);
a prefix of several keys is its own typed error, an unknown one stays not-found. Also what
``stats`` counts of analysts' work, and the story-type filter of ``list_articles``."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from newsgraph.errors import NotFoundError
from newsgraph.store import judgements, repository

from .test_repository import seed_article, small_extraction


def _stored(store) -> tuple[int, dict]:
    article_id = repository.save_article(store, seed_article()).article_id
    repository.save_extraction(store, article_id, small_extraction(seed_article().text))
    return article_id, repository.article_facts(store, article_id)


def _clash(store, key: str, shared: int) -> str:
    """Give the article's mention a key sharing its first ``shared`` characters with ``key``."""
    other = key[:shared] + ("0" if key[shared] != "0" else "1") + key[shared + 1:]
    m = store.t("mentions")
    with store.engine.begin() as conn:
        conn.execute(m.update().values(fact_key=other))
    return other


def test_a_unique_prefix_of_eight_names_the_fact_and_the_judgement_keeps_the_full_key(store):
    article_id, facts = _stored(store)
    key = facts["events"][0]["fact_key"]
    judgement_id = judgements.record_fact_judgement(store, author="ana", action="reject", fact_key=key[:8].upper())
    j = store.t("judgements")
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(j.c.fact_key).where(j.c.id == judgement_id)).scalar_one() == key
    assert repository.article_facts(store, article_id)["events"] == []


def test_a_shorter_or_unknown_prefix_is_not_found(store):
    _article_id, facts = _stored(store)
    key = facts["events"][0]["fact_key"]
    with pytest.raises(NotFoundError) as short:
        judgements.record_fact_judgement(store, author="ana", action="reject", fact_key=key[:7])
    assert short.value.code == "not_found" and "at least 8 characters" in short.value.message
    unknown = "f" * 8 if not key.startswith("f" * 8) else "0" * 8
    with pytest.raises(NotFoundError) as missing:
        judgements.record_fact_judgement(store, author="ana", action="reject", fact_key=unknown)
    assert missing.value.code == "not_found" and "at least" not in missing.value.message


def test_a_prefix_of_two_keys_is_ambiguous_and_records_nothing(store):
    _article_id, facts = _stored(store)
    key = facts["events"][0]["fact_key"]
    other = _clash(store, key, 10)
    with pytest.raises(judgements.AmbiguousFactKeyError) as err:
        judgements.record_fact_judgement(store, author="ana", action="reject", fact_key=key[:9])
    assert err.value.code == "ambiguous_fact_key" and err.value.source == key[:9]
    assert key in err.value.message and other in err.value.message and "\n" not in err.value.one_line()
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(store.t("judgements"))).scalar_one() == 0
        # one character past the shared ten tells them apart, and so does the full key
        assert judgements.resolve_fact_key(conn, store, key[:11]) == key
        assert judgements.resolve_fact_key(conn, store, key) == key


def test_short_keys_are_eight_characters_unless_another_key_shares_them(store):
    _article_id, facts = _stored(store)
    event_key, statement_key = facts["events"][0]["fact_key"], facts["statements"][0]["fact_key"]
    _clash(store, event_key, 10)
    with store.engine.connect() as conn:
        short = judgements.short_fact_keys(conn, store, [event_key, statement_key])
        assert short == {event_key: event_key[:11], statement_key: statement_key[:8]}
        assert all(judgements.resolve_fact_key(conn, store, s) == k for k, s in short.items())


def test_stats_count_active_judgements_and_undone_ones_apart(store):
    _article_id, facts = _stored(store)
    first = judgements.record_fact_judgement(store, author="ana", action="reject",
                                             fact_key=facts["events"][0]["fact_key"])
    judgements.record_fact_judgement(store, author="ana", action="confirm", fact_key=facts["statements"][0]["fact_key"])
    repository.undo_judgement(store, first)
    counts = repository.stats(store)
    assert (counts["judgements"], counts["judgements_undone"]) == (1, 1)
    assert (counts["identity_acts"], counts["identity_acts_undone"]) == (0, 0)


def test_the_story_type_filter_leaves_out_articles_without_events(store):
    with_events, _facts = _stored(store)
    bare = repository.save_article(store, seed_article(text="The council met on Tuesday to discuss the municipal "
                                                           "budget for next year. " * 4, source="other.txt")).article_id
    a = store.t("articles")
    with store.engine.begin() as conn:
        conn.execute(a.update().values(story_type="SUPPORT", story_type_probability=0.5))
    assert {r["id"] for r in repository.list_articles(store)} == {with_events, bare}
    assert [r["id"] for r in repository.list_articles(store, story_type="SUPPORT")] == [with_events]
