"""Write newsgraph/nlp/lexicons/deverbal_nouns.txt: act nouns and the verbs they are derived from.

Source: Princeton WordNet 3.0 (the Debian package wordnet-base, /usr/share/wordnet; licence: the
WordNet 3.0 licence, free use with the copyright notice, see the file's header). Each noun of a
synset filed as an act, event or communication (lexicographer files noun.act, noun.event,
noun.communication) is paired with the verbs its "derivationally related form" pointers (``+``)
link it to ("ruling" -> rule, "decision" -> decide, "invasion" -> invade). Single words only, noun
and verb spelled alike in their first two letters (a morphological derivation), and no light verb
(``LIGHT``: their nouns name no particular act: "the use", "the making").

    python3 scripts/wordnet_deverbal.py [/usr/share/wordnet]
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "newsgraph" / "nlp" / "lexicons" / "deverbal_nouns.txt"
NOUN_FILES = {4: "noun.act", 10: "noun.communication", 11: "noun.event"}
LIGHT = {"be", "have", "do", "get", "go", "make", "take", "give", "come", "put", "set", "let", "say", "see",
         "know", "think", "use", "find", "tell"}


# The licence notice every WordNet-derived word list carries (WORDNET_LICENSE.txt has the full text).
WORDNET_NOTICE = ["# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. (WordNet licence:",
                  "# free use, copy and distribution with this notice; full text in WORDNET_LICENSE.txt)"]


def write_word_list(out: Path, head: list[str], rows: list[str]) -> None:
    """Write a bundled word list: ``head`` (its "# ..." description lines), the WordNet licence
    notice, then one row a line (UTF-8, final newline); print how many rows went where."""
    out.write_text("\n".join(head + WORDNET_NOTICE + rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} nouns -> {out}")


def synsets(path: Path, lower: bool = True) -> dict[str, tuple[int, list[str], list[tuple[str, str, str, str]]]]:
    """offset -> (lexicographer file number, words, pointers) of a WordNet data file; the words
    lower-cased unless ``lower`` is False (as written: "Democrat"). Each pointer is (symbol,
    offset, part of speech, source/target): "@i" is an instance of, "+" a derivation."""
    found = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence header
        fields = line.split(" | ")[0].split()
        count = int(fields[3], 16)
        words = [(fields[4 + 2 * i].lower() if lower else fields[4 + 2 * i]).split("(")[0] for i in range(count)]
        at = 4 + 2 * count
        pointers = [tuple(fields[at + 1 + 4 * i:at + 5 + 4 * i]) for i in range(int(fields[at]))]
        found[fields[0]] = (int(fields[1]), words, pointers)
    return found


def main(root: str = "/usr/share/wordnet") -> None:
    nouns, verbs = synsets(Path(root) / "data.noun"), synsets(Path(root) / "data.verb")
    pairs: dict[str, set[str]] = collections.defaultdict(set)
    for filenum, words, pointers in nouns.values():
        if filenum not in NOUN_FILES:
            continue
        for symbol, offset, pos, ends in pointers:
            if symbol != "+" or pos != "v":
                continue
            noun, verb = words[int(ends[:2], 16) - 1], verbs[offset][1][int(ends[2:], 16) - 1]
            if any(c in word for word in (noun, verb) for c in "_-.'") or noun[:2] != verb[:2] or verb in LIGHT:
                continue
            pairs[noun].add(verb)
    head = ["# act nouns (WordNet 3.0 noun.act / noun.event / noun.communication) and the verbs they derive",
            "# from (WordNet derivationally related forms); written by scripts/wordnet_deverbal.py."]
    write_word_list(OUT, head, [f"{noun} {' '.join(sorted(pairs[noun]))}" for noun in sorted(pairs)])


if __name__ == "__main__":
    main(*sys.argv[1:])
