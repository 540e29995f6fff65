"""Sample stored events at random for a hand judgement (development aid; never used at run time).

    python scripts/sample_events.py newsgraph.db 30 31415 > sample.md

Prints, for N events drawn with the given seed from a newsgraph SQLite database, the sentence,
type/mode, trigger, status, confidence, date (and where it came from) and both actors with their
keys and the state they act for, as Markdown. The issue-6 hand checks used seeds 20261130 and
31415 over a fresh `newsgraph ingest --no-fetch examples/`.
"""

from __future__ import annotations

import random
import re
import sqlite3
import sys


def main(argv: list[str]) -> None:
    if len(argv) != 3:
        raise SystemExit("usage: python scripts/sample_events.py DB N SEED")
    db, n, seed = argv[0], int(argv[1]), int(argv[2])
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    ids = [row[0] for row in connection.execute("SELECT id FROM events ORDER BY id")]
    random.Random(seed).shuffle(ids)
    print(f"# {n} events sampled with seed {seed} from {len(ids)} stored events in {db}\n")
    for event_id in ids[:n]:
        (article_id, start, end, kind, mode, trigger, source_key, source_text, source_state, target_key,
         target_text, target_state, status, confidence, date, date_source) = connection.execute(
            'SELECT article_id, start, "end", type, mode, "trigger", source_key, source_text, source_acts_for, '
            "target_key, target_text, target_acts_for, status, confidence, date, date_source "
            "FROM events WHERE id = ?", (event_id,)).fetchone()
        text, source = connection.execute("SELECT text, source FROM articles WHERE id = ?", (article_id,)).fetchone()
        sentence = re.sub(r"\s+", " ", text[start:end])
        print(f"## event {event_id} (article {article_id}: {source.split('/')[-1]!r})")
        print(f"- sentence: {sentence[:400]!r}")
        print(f"- {kind}/{mode} trigger={trigger!r} status={status} conf={confidence:.2f} date={date} ({date_source})")
        print(f"- source: {source_text!r} key={source_key} acts_for={source_state}")
        print(f"- target: {target_text!r} key={target_key} acts_for={target_state}\n")


if __name__ == "__main__":
    main(sys.argv[1:])
