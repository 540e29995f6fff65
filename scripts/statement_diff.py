"""Diff the statements of two newsgraph databases (e.g. main's demo DB and a branch's).

Statements are matched by article (url, else source) + content start + cue; a match whose kind,
speaker text, speaker key, acts_for or content differs is printed as changed, with the rows
only one side has as removed / added. Read each change: fixed, broken or neutral.

Usage: ``python scripts/statement_diff.py BASE.db NEW.db``
"""

from __future__ import annotations

import sqlite3
import sys

QUERY = """select coalesce(a.url, a.source), s.start, s.cue, s.kind, s.speaker_text, s.speaker_key,
                  s.speaker_acts_for, s.content
           from statements s join articles a on a.id = s.article_id"""


def load(db: str) -> dict:
    rows: dict = {}
    for url, start, cue, *rest in sqlite3.connect(db).execute(QUERY):
        rows.setdefault((url, start, cue), []).append(tuple(rest))
    return rows


def show(sign: str, rows) -> None:
    for kind, speaker, key, acts, content in rows:
        print(f"   {sign} [{kind}] speaker={speaker!r} key={key} acts_for={acts} content={content[:160]!r}")


def main(base: str, new: str) -> None:
    a, b = load(base), load(new)
    changed = [k for k in a if k in b and sorted(a[k], key=str) != sorted(b[k], key=str)]
    removed = [k for k in a if k not in b]
    added = [k for k in b if k not in a]
    print(f"{sum(map(len, a.values()))} -> {sum(map(len, b.values()))} statements; "
          f"{len(changed)} changed, {len(removed)} removed, {len(added)} added")
    for title, keys in (("changed", changed), ("removed", removed), ("added", added)):
        for url, start, cue in keys:
            print(f"{title}: {url[-70:]} @{start} cue={cue!r}")
            key = (url, start, cue)
            if key in a:
                show("-", a[key])
            if key in b:
                show("+", b[key])


if __name__ == "__main__":
    main(*sys.argv[1:3])
