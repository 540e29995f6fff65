"""Sample stored events at random for a hand judgement (development aid; never used at run time).

    python scripts/sample_events.py newsgraph.db 30 31415 > sample.md

Prints, for N events drawn with the given seed from a newsgraph SQLite database, the sentence,
type/mode, trigger, status, confidence, date (and where it came from) and both actors with their
keys, the state they act for and their sector (CVL: the state's civilians, not its
government), as Markdown. Where the article gives an actor no state and the
database holds the cross-article graph (`newsgraph resolve`), the state its identity's other
articles give is shown apart ("acts_for=- (graph: UKR, 3 of 3 articles)"), and an observed state
that a strong graph consensus contradicts is flagged (newsgraph.identity.states). The issue-6 hand checks used seeds 20261130 and
31415 over a fresh `newsgraph ingest --no-fetch examples/`.
"""

from __future__ import annotations

import json
import random
import re
import sqlite3
import sys

from newsgraph.identity.states import actor_state


def _state(connection, article_id: int, key, observed, sector) -> str:
    """The actor's state label: observed, else graph-derived, as the CLI prints it."""
    if not key or key.startswith("country:"):
        return observed or "None"
    try:
        row = connection.execute(
            "SELECT o.features, i.features FROM observations o JOIN identities i ON i.id = o.identity_id "
            "WHERE o.obs_key = ?", (f"{article_id}:{key}",)).fetchone()
    except sqlite3.OperationalError:  # a database from before the graph tables
        row = None
    if row is None:
        return observed or "None"
    own = json.loads(row[0] or "{}") or {}
    state = (json.loads(row[1] or "{}") or {}).get("acts_for")
    shown = actor_state(observed, sector, state, own.get("states"), own.get("sectors"))["label"]
    return "None" if shown == "-" else shown


def _repeated(connection) -> set[int]:
    """Ids of events whose graph row repeats a report of a near-duplicate capture
    (``graph_events.duplicate_of``, newsgraph.graph.duplicates): the listings leave them out, so the
    sample does too. Empty for a database from before that column or without the graph."""
    try:
        return {row[0] for row in connection.execute(
            "SELECT e.id FROM events e JOIN graph_events g ON g.article_id = e.article_id "
            "AND g.fact_key = e.fact_key WHERE g.duplicate_of IS NOT NULL")}
    except sqlite3.OperationalError:
        return set()


def main(argv: list[str]) -> None:
    if len(argv) != 3:
        raise SystemExit("usage: python scripts/sample_events.py DB N SEED")
    db, n, seed = argv[0], int(argv[1]), int(argv[2])
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    ids = [row[0] for row in connection.execute("SELECT id FROM events ORDER BY id")]
    repeated = _repeated(connection)
    ids = [event_id for event_id in ids if event_id not in repeated]
    random.Random(seed).shuffle(ids)
    print(f"# {n} events sampled with seed {seed} from {len(ids)} stored events in {db} (not counting {len(repeated)} repeated by a near-duplicate capture)\n")
    for event_id in ids[:n]:
        (article_id, start, end, kind, mode, trigger, source_key, source_text, source_state, target_key,
         target_text, target_state, status, confidence, date, date_source, source_sector,
         target_sector) = connection.execute(
            'SELECT article_id, start, "end", type, mode, "trigger", source_key, source_text, source_acts_for, '
            "target_key, target_text, target_acts_for, status, confidence, date, date_source, source_sector, "
            "target_sector "
            "FROM events WHERE id = ?", (event_id,)).fetchone()
        text, source = connection.execute("SELECT text, source FROM articles WHERE id = ?", (article_id,)).fetchone()
        sentence = re.sub(r"\s+", " ", text[start:end])
        print(f"## event {event_id} (article {article_id}: {source.split('/')[-1]!r})")
        print(f"- sentence: {sentence[:400]!r}")
        print(f"- {kind}/{mode} trigger={trigger!r} status={status} conf={confidence:.2f} date={date} ({date_source})")
        source_state = _state(connection, article_id, source_key, source_state, source_sector)
        target_state = _state(connection, article_id, target_key, target_state, target_sector)
        print(f"- source: {source_text!r} key={source_key} acts_for={source_state} sector={source_sector or '-'}")
        print(f"- target: {target_text!r} key={target_key} acts_for={target_state} sector={target_sector or '-'}\n")


if __name__ == "__main__":
    main(sys.argv[1:])
