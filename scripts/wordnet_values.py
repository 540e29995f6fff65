"""Write newsgraph/nlp/lexicons/upheld_values.txt: the abstract values of event_detection.yaml
abstract_causes, the nouns whose upholding asks no one a named act (events._upheld_value).

Source: Princeton WordNet 3.0 (the Debian package wordnet-base, /usr/share/wordnet; licence: the
WordNet 3.0 licence, free use with the copyright notice, see lexicons/WORDNET_LICENSE.txt). The
candidates are the curated abstract_causes list; a candidate is kept when its first sense in
``index.noun`` (WordNet orders senses by their frequency in its tagged corpora) is an abstraction
(abstraction.n.06 among its hypernyms: a state, quality, idea, political system: "democracy",
"freedom", "rule", "justice") and no hypernym of it, on any path, is

- event.n.01 (``EVENT``), which holds act.n.02 and happening.n.01: "action", "restraint" (control,
  an activity), "change", "progress", "reconciliation", "development" are acts or changes someone
  makes, so the importance of them can ask a party to make them (PLOVER REQUEST: a change or a
  deed of someone);
- trait.n.01 (``TRAIT``, "a distinguishing feature of your personal nature"): "accountability"
  (responsibility, trustworthiness) and "calm" (composure) are conduct of people, asked of them or
  owed by them.

A candidate WordNet does not hold (also in its solid form: "well-being" -> "wellbeing") is left out,
and so is one whose first sense is physical (growth.n.01 a process, transparency.n.01 a phenomenon).

    python scripts/wordnet_values.py [/usr/share/wordnet]   (run with the project's venv)
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from wordnet_deverbal import synsets, write_word_list  # the one WordNet reader and list writer (same folder)

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "newsgraph" / "nlp" / "lexicons" / "upheld_values.txt"
DETECTION = REPO / "newsgraph" / "nlp" / "lexicons" / "event_detection.yaml"
ABSTRACTION = "00002137"  # abstraction.n.06 "a general concept formed by extracting common features"
EVENT = "00029378"  # event.n.01 "something that happens at a given place and time" (acts, happenings)
TRAIT = "04616059"  # trait.n.01 "a distinguishing feature of your personal nature"


def first_senses(root: Path) -> dict[str, str]:
    """noun -> offset of its first (most frequent) sense, from ``index.noun``."""
    found = {}
    for line in (root / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        fields = line.split()
        pointer_count = int(fields[3])
        found[fields[0]] = fields[4 + pointer_count + 2]  # lemma pos synset_cnt p_cnt ptrs... sense_cnt tagsense_cnt offsets
    return found


def ancestors(nouns: dict, offset: str) -> set[str]:
    """Every hypernym (``@``, ``@i``) offset above ``offset``, on all paths."""
    seen, todo = set(), [offset]
    while todo:
        for symbol, target, pos, _ends in nouns[todo.pop()][2]:
            if symbol in ("@", "@i") and pos == "n" and target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


def upheld_values(root: Path) -> list[str]:
    nouns, first = synsets(root / "data.noun"), first_senses(root)
    assert nouns[EVENT][1][0] == "event" and nouns[TRAIT][1][0] == "trait" and nouns[ABSTRACTION][1][0] == "abstraction"
    candidates = yaml.safe_load(DETECTION.read_text(encoding="utf-8"))["abstract_causes"]
    kept = []
    for word in candidates:
        offset = first.get(word) or first.get(word.replace("-", ""))
        if offset is None:
            continue
        above = ancestors(nouns, offset)
        if ABSTRACTION in above and not above & {EVENT, TRAIT}:
            kept.append(word)
    return sorted(kept)


def main(root: str = "/usr/share/wordnet") -> None:
    lines = ["# upheld values: the nouns of event_detection.yaml abstract_causes whose first WordNet 3.0 sense is",
             "# an abstraction (abstraction.n.06) with no act, happening (event.n.01) or personal trait",
             "# (trait.n.01) above it; written by scripts/wordnet_values.py."]
    write_word_list(OUT, lines, upheld_values(Path(root)))


if __name__ == "__main__":
    main(*sys.argv[1:])
