"""``list_articles`` counts each article's stored events and statements and can list the
articles with the most events first (the demo's first table), so notices with no political
event do not lead the listing."""

from __future__ import annotations

import pytest

from newsgraph.errors import InvalidRequestError
from newsgraph.nlp.types import Event
from newsgraph.store import repository

from .test_repository import seed_article, small_extraction


def test_articles_carry_fact_counts_and_order_by_events(store):
    notice = repository.save_article(store, seed_article(text="IRS Form 1095 is available on myPay.",
                                                         source="notice.txt")).article_id
    story = repository.save_article(store, seed_article()).article_id
    repository.save_extraction(store, story, small_extraction(seed_article().text))  # one event, one statement
    by_id = repository.list_articles(store)
    assert [(r["id"], r["events"], r["statements"]) for r in by_id] == [(notice, 0, 0), (story, 1, 1)]
    by_events = repository.list_articles(store, order="events")
    assert [r["id"] for r in by_events] == [story, notice]
    assert [r["id"] for r in repository.list_articles(store, order="events", limit=1)] == [story]


def test_unknown_order_is_refused_with_its_code(store):
    with pytest.raises(InvalidRequestError) as info:
        repository.list_articles(store, order="newest")
    assert info.value.code == "bad_order"


def test_one_trigger_told_for_several_signatories_is_one_act(store):
    # a joint statement's act is one event per actor pair (PLOVER), and one act in ``acts``
    story = repository.save_article(store, seed_article()).article_id
    extraction = small_extraction(seed_article().text)
    first = extraction.events[0]
    extraction.events.append(Event("SUPPORT", 0, 50, "signed", 11, 17, source_text="Peru", target_text="Bolivia",
                                   component=first.component, version=first.version))
    repository.save_extraction(store, story, extraction)
    row = next(r for r in repository.list_articles(store) if r["id"] == story)
    assert (row["events"], row["acts"]) == (2, 1)
