"""Write newsgraph/nlp/lexicons/person_nouns.txt: common nouns that name a person.

Source: Princeton WordNet 3.0 (the Debian package wordnet-base, /usr/share/wordnet; licence: the
WordNet 3.0 licence, free use with the copyright notice, see lexicons/WORDNET_LICENSE.txt). A noun
is kept when its first sense in ``index.noun`` (WordNet orders a word's senses by their frequency in
its tagged corpora, ``cntlist``) is a synset of the lexicographer file noun.person (number 18):
"dignitary", "volunteer", "lawmaker", "smuggler". A multi-word entry whose words English also
writes solid ("policy_maker": "policymaker") is kept in its solid form, but only where that form is
no WordNet noun of its own (judged on its own senses then) and is a real English word: one the
pinned spaCy model's string store holds and the bundled examples' text writes, in the singular or
with a plural -s (either test alone lets in joined forms no text writes, "goodegg"; 2 words pass:
"policymaker", "crewmember"). Left out: other multi-word and hyphenated entries; a word the
person synset writes capitalised ("Abkhaz", "Democrat": a proper name, a people or party), and
any synset that is an instance (``@i``: a named person, "Einstein"); a word whose senses the
tagged corpora never counted unless every sense is a person (its sense order then says nothing of
frequency: "subsidiary" is listed as a person first, but is mostly a company); a word whose commonest sense is something else ("head" is a body part, "power" a quality,
"state" a polity: noun.body, noun.attribute, noun.location are not people), and a word one of
whose senses names an act, event or communication (noun.act, noun.event, noun.communication:
"referral", "exile", "guard", "filibuster"), which running text often means instead. Those last
words, whose first sense is still a person ("pilot", "guard", "witness"), go to a second list,
person_act_nouns.txt, read only where the context asks for a person (the one held hostage).

A text's token is matched on its lemma (``token.lemma_``: the tagger's plural "dignitaries" is
"dignitary"). WordNet's irregular plurals (``noun.exc``: "women" -> "woman", "alumni" ->
"alumnus") of a kept noun are read by the pinned spaCy model's rule lemmatizer
(``model.word_lemma``): where it gives another form than WordNet's lemma, that form is written too,
so the plural's token matches.

    python scripts/wordnet_people.py [/usr/share/wordnet]   (run with the project's venv)
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_deverbal import synsets, write_word_list  # the one WordNet reader and list writer (same folder)

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "newsgraph" / "nlp" / "lexicons" / "person_nouns.txt"
ACTS_OUT = OUT.with_name("person_act_nouns.txt")
PERSON = 18  # lexicographer file noun.person
ACTS = {4, 10, 11}  # noun.act, noun.communication, noun.event (scripts/wordnet_deverbal.py's act nouns)


def solid_words() -> frozenset[str]:
    """Lower-case words both the pinned spaCy model's string store (its ``vocab/strings.json``)
    and the bundled examples' text (every file under examples/) hold: the real English words a
    multi-word WordNet entry may be joined into."""
    import json
    import re

    from newsgraph.nlp.model import model_data_dir

    store = {s.lower() for s in json.loads((model_data_dir() / "vocab" / "strings.json").read_text(encoding="utf-8"))}
    text = set()
    for path in sorted((REPO / "examples").rglob("*")):
        if path.is_file():
            text.update(re.findall(r"[a-z]+", path.read_text(encoding="utf-8", errors="replace").lower()))
    return frozenset(store & text)


def person_nouns(root: Path, acts: bool = False) -> list[str]:
    """WordNet lemmas whose first (most frequent) noun sense is a common noun.person synset; a
    multi-word lemma in its solid form where that is a real word (``solid_words``). With ``acts``:
    the lemmas left out only because another sense names an act, event or communication
    ("pilot", "guard", "escort", "witness"): person_act_nouns.txt."""
    nouns = {offset: (filenum, words, any(pointer[0] == "@i" for pointer in pointers))
             for offset, (filenum, words, pointers) in synsets(root / "data.noun", lower=False).items()}
    index = [line.split() for line in (root / "index.noun").read_text(encoding="latin-1").splitlines()
             if not line.startswith("  ")]
    single = {fields[0] for fields in index}
    solid = solid_words()
    kept = []
    for fields in index:
        lemma, pointer_count = fields[0], int(fields[3])
        offsets = fields[4 + pointer_count + 2:]
        joined = lemma.replace("_", "")
        if "_" in lemma and joined.isalpha() and joined not in single \
                and (joined in solid or joined + "s" in solid):
            lemma = joined  # "policy_maker": the solid "policymaker" is a word; "head_of_state" is none
        if not lemma.isalpha() or not offsets:
            continue  # multi-word ("head_of_state"), hyphenated, dotted or numbered entries
        filenum, words, instance = nouns[offsets[0]]
        if filenum != PERSON or instance:
            continue
        if int(fields[4 + pointer_count + 1]) == 0 and any(nouns[offset][0] != PERSON for offset in offsets):
            continue  # no sense counted in the tagged corpora: the first sense is no commonest one
        if any(nouns[offset][0] in ACTS for offset in offsets) != acts:
            continue  # it names an act as well ("referrals of refugees", "in exile", "a filibuster")
        written = next((w.replace("_", "") for w in words if w.replace("_", "").lower() == lemma), lemma)
        if not written.islower():
            continue  # a proper name or a capitalised people or party ("Abkhaz", "Democrat")
        kept.append(lemma)
    return kept


def _with_plural_lemmas(root: Path, nouns: set[str]) -> set[str]:
    """``nouns`` and the spaCy lemma of each of their WordNet irregular plurals (``noun.exc``)."""
    from newsgraph.nlp.model import word_lemma

    nouns = set(nouns)
    for line in (root / "noun.exc").read_text(encoding="latin-1").splitlines():
        plural, *lemmas = line.split()
        if plural.isalpha() and any(lemma in nouns for lemma in lemmas):
            nouns.add(word_lemma(plural))  # the lemma a text's token of the plural gets
    return nouns


def main(root: str = "/usr/share/wordnet") -> None:
    nouns = _with_plural_lemmas(Path(root), set(person_nouns(Path(root))))
    lines = ["# person nouns: WordNet 3.0 nouns whose first (most frequent) sense is a common noun.person",
             "# synset, one word a line (a multi-word entry in its solid form where that is a real word: \"policymaker\";",
             "# and the spaCy rule lemmatizer's lemma of their irregular plurals where it differs); written by",
             "# scripts/wordnet_people.py."]
    write_word_list(OUT, lines, sorted(nouns))
    acts = _with_plural_lemmas(Path(root), set(person_nouns(Path(root), acts=True))) - nouns
    lines = ["# person nouns with an act sense: WordNet 3.0 nouns whose first (most frequent) sense is a common",
             "# noun.person synset but another sense names an act, event or communication (\"pilot\", \"guard\",",
             "# \"escort\", \"witness\"), left out of person_nouns.txt; read only where the context",
             "# asks for a person (the one held hostage or captive); written by scripts/wordnet_people.py."]
    write_word_list(ACTS_OUT, lines, sorted(acts))


if __name__ == "__main__":
    main(*sys.argv[1:])
