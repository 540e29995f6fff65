"""Write newsgraph/nlp/lexicons/member_nouns.txt: person nouns that name a body's own people, and
newsgraph/nlp/lexicons/place_people_nouns.txt: person nouns that name the people of a place.

Source: Princeton WordNet 3.0 (the Debian package wordnet-base, /usr/share/wordnet; licence: the
WordNet 3.0 licence, free use with the copyright notice, see lexicons/WORDNET_LICENSE.txt). A noun
of lexicons/person_nouns.txt (scripts/wordnet_people.py: first sense a common noun.person synset)
is kept when that first (most frequent) sense is, or has among its hypernyms (``@``, ``@i``
followed transitively), one of the synsets of ``ROOTS``: the relations of a person to a body they
work in, belong to or act for, which an "of" / "from" phrase or a possessor then names ("the
executives of Gazprombank", "employees of the ministry", "agents of the regime", "the cartel's
brokers"). A person noun of any other relation is left out: "critics", "victims", "captives",
"defectors", "supporters" (WordNet: professional / unfortunate / wrongdoer / advocate), whose "of"
phrase names the other party of that relation, not their body.

``ROOTS`` names each synset by a lemma and its sense number in ``index.noun`` (WordNet's sense
order), checked against the synset's words so that a renumbered WordNet fails loudly:

    worker 1         "a person who works at a specific occupation" (employee, staff member, official,
                     serviceman, diplomat, assistant, accomplice, facilitator, appointee)
    associate 1      "a person who joins with others in some activity" (member, colleague, affiliate)
    administrator 1  "someone who manages a government agency or department" (director, manager)
    administrator 3  "a person responsible for the execution of some plan" (executive, insider)
    representative 1 "a person who represents others" (agent, delegate, proxy, operative, spy)
    agent 4          "a businessman who buys or sells for another" (broker, factor)

The second list, place_people_nouns.txt, keeps the person nouns under ``PLACE_ROOTS`` in the same
way: the people who belong to a country or other place by allegiance, birth or residence, whom an
"of" phrase names by that place ("nationals of Canada", "citizens of Ukraine", "residents of
Belarus"); they are the place's people, as "Canadians" are, though no member of a body (a noun
under both lists is left to the first):

    national 1       "a person who owes allegiance to that nation" (citizen, compatriot)
    inhabitant 1     "a person who inhabits a particular place" (resident, dweller, villager, islander)
    native 1         "an indigenous person who was born in a particular place"

The plural lemmas a text's tokens get are those of person_nouns.txt (both lists are subsets of it).

    python scripts/wordnet_members.py [/usr/share/wordnet]   (run with the project's venv)
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_deverbal import synsets, write_word_list  # the one WordNet reader and list writer (same folder)

REPO = Path(__file__).resolve().parents[1]
LEXICONS = REPO / "newsgraph" / "nlp" / "lexicons"
OUT = LEXICONS / "member_nouns.txt"
PLACE_OUT = LEXICONS / "place_people_nouns.txt"
# (lemma, sense number in index.noun, a word of that synset): see the module docstring
ROOTS = (("worker", 1, "worker"), ("associate", 1, "associate"), ("administrator", 1, "decision_maker"),
         ("administrator", 3, "executive"), ("representative", 1, "representative"), ("agent", 4, "broker"))
PLACE_ROOTS = (("national", 1, "national"), ("inhabitant", 1, "inhabitant"), ("native", 1, "native"))


def _index(root: Path) -> dict[str, list[str]]:
    """lemma -> its noun synset offsets in WordNet's sense order (``index.noun``)."""
    out = {}
    for line in (root / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence header
        fields = line.split()
        out[fields[0]] = fields[4 + int(fields[3]) + 2:]
    return out


def member_nouns(root: Path, named: tuple[tuple[str, int, str], ...] = ROOTS) -> list[str]:
    """The words of person_nouns.txt whose first noun sense is a synset of ``named`` (``ROOTS`` or
    ``PLACE_ROOTS``: (lemma, sense number, a word of the synset)) or lies under one."""
    nouns = synsets(root / "data.noun")
    index = _index(root)
    roots = set()
    for lemma, sense, word in named:
        offset = index[lemma][sense - 1]
        if word not in nouns[offset][1]:
            raise SystemExit(f"{lemma} sense {sense} is {nouns[offset][1]}, not a synset with {word!r}")
        roots.add(offset)

    def under(offset: str, seen: set[str]) -> bool:
        if offset in roots:
            return True
        seen.add(offset)
        return any(under(target, seen) for symbol, target, pos, _ in nouns[offset][2]
                   if symbol in ("@", "@i") and pos == "n" and target not in seen)

    people = [line.strip() for line in (LEXICONS / "person_nouns.txt").read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")]
    kept = []
    for word in people:
        senses = index.get(word) or index.get(_spaced(word, index))
        if senses and under(senses[0], set()):
            kept.append(word)
    return kept


def _spaced(word: str, index: dict[str, list[str]]) -> str:
    """The WordNet entry a solid person noun was joined from ("policymaker": "policy_maker"), or
    ``word`` where there is none (a spaCy plural lemma of person_nouns.txt is its own entry)."""
    return next((lemma for lemma in index if "_" in lemma and lemma.replace("_", "") == word), word)


def main(root: str = "/usr/share/wordnet") -> None:
    nouns = member_nouns(Path(root))
    lines = ["# member nouns: the words of person_nouns.txt whose first (most frequent) WordNet 3.0 sense is,",
             "# or lies under, worker / associate / administrator / executive / representative / broker-agent:",
             "# a person of a body they work in, belong to or act for (\"executives of X\"), not the other party",
             "# of another relation (\"critics of X\", \"victims of X\"); written by scripts/wordnet_members.py."]
    write_word_list(OUT, lines, sorted(nouns))
    # a noun under both ("jawan": an Indian soldier) is a member noun, whose body is who it serves
    place = sorted(set(member_nouns(Path(root), PLACE_ROOTS)) - set(nouns))
    lines = ["# place-people nouns: the words of person_nouns.txt whose first (most frequent) WordNet 3.0 sense",
             "# is, or lies under, national (citizen, compatriot) / inhabitant (resident) / native: the people",
             "# of a country or other place (\"nationals of Canada\", \"residents of Belarus\"), who are its",
             "# people though no member of a body; written by scripts/wordnet_members.py."]
    write_word_list(PLACE_OUT, lines, place)


if __name__ == "__main__":
    main(*sys.argv[1:])
