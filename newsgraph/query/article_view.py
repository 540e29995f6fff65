"""One article as a document: metadata, clean text, and its facts by kind.

The same document is what ``show --json`` prints and what ``export`` writes, one line per
article; every record in it has exactly the fields that newsgraph.store.schema declares for
its type (documented in docs/schema.md).
"""

from __future__ import annotations

from typing import Iterator

from newsgraph.identity.states import article_actor_states
from newsgraph.store import repository
from newsgraph.store.db import Store
from newsgraph.store.schema import json_value, record


def article_document(store: Store, article_id: int, *, with_text: bool = True) -> dict:
    """The article and its facts with judgements applied, every entity key's name resolved.

    Shape (docs/schema.md): ``{"article": {...}, "entities": [...], "mentions": [...],
    "roles": [...], "timexes": [...], "events": [...], "statements": [...],
    "actor_states": [...], "judgements": [...], "warnings": [str]}``. ``warnings`` (not part of the schema: the CLI
    prints them on stderr) names each judgement that was skipped because its value cannot
    be applied. Raises NotFoundError for an unknown id.
    """
    article = repository.get_article(store, article_id)
    article["furniture"] = json_value(article.get("furniture"), [])
    article["extra"] = json_value(article.get("extra"), {})
    facts = repository.article_facts(store, article_id)
    names = {e["key"]: e["name"] for e in facts["entities"]}
    mention_counts: dict[str, int] = {}
    for m in facts["mentions"]:
        if m["entity_key"]:
            mention_counts[m["entity_key"]] = mention_counts.get(m["entity_key"], 0) + 1

    def named(row: dict, *pairs: tuple[str, str]) -> dict:
        out = dict(row)
        for key_field, name_field in pairs:
            out[name_field] = names.get(row.get(key_field)) or (row.get(name_field) if name_field in row else None)
        return out

    text = article["text"]
    document = {
        "article": record("article", article, omit=() if with_text else ("text",)),
        "entities": [record("entity", {**e, "mention_count": mention_counts.get(e["key"], 0)}) for e in facts["entities"]],
        "mentions": [record("mention", m) for m in facts["mentions"]],
        "roles": [record("role", named(r, ("person_key", "person_name"), ("of_key", "of_name"))) for r in facts["roles"]],
        "timexes": [record("timex", t) for t in facts["timexes"]],
        "events": [record("event", {**named(ev, ("source_key", "source_name"), ("target_key", "target_name"),
                                            ("source_affiliation_key", "source_affiliation_name"),
                                            ("target_affiliation_key", "target_affiliation_name")),
                                    "evidence": text[ev["start"]:ev["end"]],
                                    "evidence_spans": _evidence_spans(ev)})
                   for ev in facts["events"]],
        "statements": [record("statement", named(st, ("speaker_key", "speaker_name"), ("via_key", "via_name")))
                       for st in facts["statements"]],
        "actor_states": [record("actor_state", x) for x in article_actor_states(store, article_id, facts)],
        "judgements": [record("judgement", j) for j in facts["judgements"]],
        "warnings": [f"article {article_id}: judgement {s['id']} skipped: {s['problem']}"
                     for s in facts["skipped_judgements"]],
    }
    return document


def _evidence_spans(event: dict) -> list[list[int]]:
    """An event's evidence spans as [start, end] lists; an event stored before they were kept
    (null) has only its own sentence."""
    spans = json_value(event.get("evidence_spans"), None)
    return [list(span) for span in spans] if spans else [[event["start"], event["end"]]]


def article_view(store: Store, article_id: int) -> dict:
    """Kept for callers of the old name: the same as :func:`article_document`."""
    return article_document(store, article_id)


def iter_documents(store: Store, *, with_text: bool = True) -> Iterator[dict]:
    """Every stored article's document, oldest first (for ``export``)."""
    for article_id in repository.article_ids(store):
        yield article_document(store, article_id, with_text=with_text)

