"""Write newsgraph/nlp/lexicons/group_nouns.txt: common nouns that name a body of people.

Source: Princeton WordNet 3.0 (the Debian package wordnet-base, /usr/share/wordnet; licence: the
WordNet 3.0 licence, free use with the copyright notice, see lexicons/WORDNET_LICENSE.txt). A noun
is kept when its first sense in ``index.noun`` (WordNet orders a word's senses by their frequency in
its tagged corpora) is a synset of the lexicographer file noun.group (number 14) that lies under
"social group" (``social_group.n.01``: "people sharing some social relation") along its hypernym
pointers (``@``, ``@i``): "team", "delegation", "crew", "contingent", "committee". Not a grouping of
things ("collection", "array"), a word whose commonest sense is something else ("group" is an
abstraction, "force" a physical quantity, "side" a location), no gathering (under ``gathering.n.01``:
"crowd", "rally", "feast": an occasion people attend, as events.lexicon's gathering nouns) and no multi-word, hyphenated or
capitalised entry. ``descriptions.described_phrase`` reads a definite "the team" as the body an
earlier phrase with the same head named only for these nouns (a description of an act or thing,
"the war", "the response", has its doer read elsewhere).

    python scripts/wordnet_groups.py [/usr/share/wordnet]   (run with the project's venv)
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_deverbal import synsets, write_word_list  # the one WordNet reader and list writer (same folder)

OUT = Path(__file__).resolve().parents[1] / "newsgraph" / "nlp" / "lexicons" / "group_nouns.txt"
GROUP_FILE = 14  # noun.group
SOCIAL_GROUP = "07950920"  # social_group.n.01 in WordNet 3.0
GATHERING = "07975026"  # gathering.n.01 ("a group of persons together in one place"): a meeting's people


def _under(offset: str, nouns: dict, target: str) -> bool:
    seen, todo = set(), [offset]
    while todo:
        node = todo.pop()
        if node == target:
            return True
        if node in seen:
            continue
        seen.add(node)
        todo.extend(o for symbol, o, pos, _ in nouns[node][2] if symbol in ("@", "@i") and pos == "n")
    return False


def main(root: str = "/usr/share/wordnet") -> None:
    nouns = synsets(Path(root) / "data.noun", lower=False)
    assert "social_group" in nouns[SOCIAL_GROUP][1], nouns[SOCIAL_GROUP][1]
    rows = []
    for line in (Path(root) / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        lemma, pointers = fields[0], int(fields[3])
        first = fields[6 + pointers]
        if any(c in lemma for c in "_-.'") or not lemma.isalpha():
            continue
        filenum, words, _ = nouns[first]
        if filenum != GROUP_FILE or lemma not in words or not _under(first, nouns, SOCIAL_GROUP) \
                or _under(first, nouns, GATHERING):
            continue  # (a word the synset writes capitalised only, "Congress", is a name; a
            # gathering, "the rally", "the feast", is an occasion its people attend, no body)
        rows.append(lemma)
    head = ["# group nouns: WordNet 3.0 nouns whose first (most frequent) sense is a noun.group synset under",
            "# social_group.n.01 (a body of people: team, delegation, crew); one word a line; written by",
            "# scripts/wordnet_groups.py."]
    write_word_list(OUT, head, sorted(rows))


if __name__ == "__main__":
    main(*sys.argv[1:])
