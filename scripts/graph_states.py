"""How many event actors the cross-article graph places (development aid; never used at run time).

    python scripts/graph_states.py newsgraph.db [N SEED]

For a resolved SQLite database (`newsgraph resolve`): event actors (source and target with an
entity key, states themselves left out) with and without an observed acts_for, how many of those
without get a graph-derived state (newsgraph.identity.states), how many observed states are
flagged as contradicting the graph, and, with N and SEED, N of the newly placed actors drawn at
random with their sentence, for a hand judgement.
"""

from __future__ import annotations

import json
import random
import re
import sqlite3
import sys

from newsgraph.identity.states import actor_state


def main(argv: list[str]) -> None:
    if len(argv) not in (1, 3):
        raise SystemExit("usage: python scripts/graph_states.py DB [N SEED]")
    connection = sqlite3.connect(f"file:{argv[0]}?mode=ro", uri=True)
    rows = connection.execute(
        'SELECT e.id, e.article_id, e.start, e."end", e.type, s.side, s.key, s.text, s.observed, s.sector, '
        "o.features, i.features, i.name FROM events e JOIN ("
        "SELECT id, 'source' AS side, source_key AS key, source_text AS text, source_acts_for AS observed, "
        "source_sector AS sector FROM events UNION ALL SELECT id, 'target', target_key, target_text, target_acts_for, "
        "target_sector FROM events) s ON s.id = e.id "
        "LEFT JOIN observations o ON o.obs_key = e.article_id || ':' || s.key "
        "LEFT JOIN identities i ON i.id = o.identity_id "
        "WHERE s.key IS NOT NULL AND s.key NOT LIKE 'country:%' ORDER BY e.id, s.side").fetchall()
    counts = {"actors": 0, "observed": 0, "unobserved": 0, "placed": 0, "no_consensus": 0, "contradicted": 0}
    placed, flagged = [], []
    for (event_id, article_id, start, end, kind, side, key, text, observed, sector, own, ident, name) in rows:
        counts["actors"] += 1
        state = (json.loads(ident or "{}") or {}).get("acts_for")
        own = json.loads(own or "{}") or {}
        view = actor_state(observed, sector, state, own.get("states"), own.get("sectors"))
        if observed:
            counts["observed"] += 1
            if view["contradicts"]:
                counts["contradicted"] += 1
                flagged.append((event_id, article_id, start, end, kind, side, text, name, view["label"]))
            continue
        counts["unobserved"] += 1
        graph = view["graph"]
        if graph and graph.get("acts_for"):
            counts["placed"] += 1
            placed.append((event_id, article_id, start, end, kind, side, text, name, view["label"]))
        elif graph and graph.get("states"):
            counts["no_consensus"] += 1
    print(json.dumps(counts))
    if len(argv) == 3:
        random.Random(int(argv[2])).shuffle(placed)
        for event_id, article_id, start, end, kind, side, text, name, label in placed[:int(argv[1])] + flagged:
            sentence = connection.execute("SELECT substr(text, ?, ?) FROM articles WHERE id = ?",
                                          (start + 1, end - start, article_id)).fetchone()[0]
            print(f"\n## event {event_id} (article {article_id}) {kind} {side} {text!r} = {name!r}: acts_for {label}")
            sentence = re.sub(r"\s+", " ", sentence)
            print(f"- {sentence[:300]!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
