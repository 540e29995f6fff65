"""In-article entity resolution: one key per real-world entity within an article.

* persons: full names, surnames and partial names ("Novillo" -> Edmundo Novillo, also when
  spaCy tagged the surname ORG/GPE), definite descriptions ("the minister" -> the person last
  titled minister) and he/she/his/her (conservatively, by sentence recency);
* countries: names, demonyms and capitals -> ``country:<ISO3>``;
* organisations: "Islamic Republic News Agency (IRNA)" pairs and initials -> one key; the
  organisation's country from a possessor, a descriptor's demonym or its own name
  (``_org_identity``); ``org:<iso3>:<slug>`` keys where the name alone would not tell two
  countries' bodies apart ("Iran's Statistical Center", "U.S. Institute for the Study of War");
* places, regions, equipment, groups: ``<type>:<slug>``;
* names with several readings (``_local_readings``, ``resolve.places``): a place name several
  states have is the one the article's other places point to ("Granada" with Nicaragua and
  Managua: ``place:nic:granada``), a country name that is also a U.S. state is the state when
  only U.S. places surround it ("Georgia" with Atlanta), and a one-word place or country
  that is the given name or surname of a person named earlier is that person when it is not
  after a preposition of place ("Sofia said", after "Sofia Marchetti"); each decision is
  written to the entity's ``reason``.

``resolve_entities`` does the work on a Doc; the spaCy component writes ``doc._.ng_entities``
and ``Mention.entity_key``. ``entity_key_for_span`` answers "who is this span?" for the linker.
"""

from __future__ import annotations

import bisect
import functools
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from spacy.language import Language
from spacy.symbols import NOUN, PROPN

from newsgraph.intake.furniture import is_signature
from newsgraph.nlp import extensions  # noqa: F401  (registers Doc._.ng_*)
from newsgraph.nlp.doc_cache import (
    doc_text, expanded_span, quoted_passages, text_matches, token_children, token_deps, token_lowers, token_pos,
    token_spaces, token_texts)
from newsgraph.nlp.entities import org_keywords, region_for_adjective, us_government_release
from newsgraph.nlp.folding import fold_word as _fold, slugify  # noqa: F401  (slugify: linking imports it from here)
from newsgraph.nlp.generic_bodies import place_generic_bodies
from newsgraph.nlp.name_cues import clipped_given_name, descriptor_country, is_kinship_noun
from newsgraph.nlp.roles import MentionIndex, find_role_candidates, lex_words, title_lexicon
from newsgraph.nlp.turns import TURN_LABEL, TURN_LINE  # noqa: F401  (TURN_LABEL: read from here before)
from newsgraph.nlp.types import EntityRecord, Mention
from newsgraph.resolve.countries import country_name, lookup_country, lookup_country_in_token
from newsgraph.resolve.places import evidence_from, local_reading, place_states

COMPONENT = "newsgraph_coref"
VERSION = "0.3.136"  # 0.3.136: review fixes of generic state bodies: the clause that places a bare body ends at the complement of a speech verb ("Venezuelan migrants in Colombia said the National Assembly praised Maduro": not Colombia's); the state of a "<body> of <state>" name is its last "of" phrase ("Ministry of the Interior of Ukraine" -> UKR "Ministry of the Interior"); a demonym-led name that Phoenix lists as a named actor, IGO or international body is no state's body ("African National Congress", generic_bodies.listed_whole_name); a split bare mention's alias drops a leading "the" (history: docs/component_versions.md)

_KEY_PREFIX = {
    "person": "person", "organization": "org", "place": "place", "region": "region",
    "equipment": "equipment", "group": "group",
}
_NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# Heads too generic to pick one person by recency ("the official" could be anyone).
_VAGUE_DESCRIPTION_HEADS = {
    "member", "official", "partner", "fellow", "agent", "head", "chief", "leader", "representative",
    "delegate", "officer", "executive", "counterpart", "counterparts", "successor", "predecessor",
    "assistant", "aide", "staffer", "deputy", "justice", "observer",
}
# "Islamic Republic News Agency (IRNA)", also after the name's possessive ending ("the United
# States Trade Representative’s (USTR) review": the bracket defines the name, not its possession)
# Since 0.3.70 the acronym may stand in quotation marks, as legal drafting writes a defined term
# ("Internet Research Agency LLC (“IRA”)"): the marks only set the term off
_ACRONYM_AFTER = re.compile(r"^(?:['’]s)?\s*\(\s*([\"“]?)([A-Z][A-Za-z0-9&.\-]{1,14})([\"”]?)\s*\)")
# a bracket after a name that gives its name in another language and that name's acronym ("the
# Cuban Revolutionary National Police (Policia Nacional Revolucionaria, PNR)"): the acronym
# stands for the body both names name (checked against the bracketed name's initials)
_TRANSLATED_ACRONYM_AFTER = re.compile(
    r"^(?:['’]s)?\s*\(\s*([^()\n,;]{5,80}?),\s*([A-Z][A-Za-z0-9&.\-]{1,14})\s*\)")
_ACRONYM_STOPWORDS = {"of", "the", "for", "and", "a", "an", "on", "in", "to", "&", "de", "la", "del"}
_MAX_PRONOUN_SENTENCES_BACK = 2
_SENTENCE_END = {".", "!", "?", '"', "”", "’", "'", ")", ":", ";", "…"}
_STYLE_NOUNS = {"excellency", "majesty", "highness", "holiness", "eminence", "grace", "honor", "honour"}
# object positions of a personal pronoun (PRP, not the possessive PRP$): "congratulated her",
# "gave him", "spoke with her"
_OBJECT_DEPS = {"dobj", "dative", "iobj", "obj", "pobj"}
# a clause whose subject is its head verb's: "X met Y and congratulated her" (conj), "X wanted
# to thank him" (xcomp, the controlled subject)
_SHARED_SUBJECT_DEPS = {"conj", "xcomp"}


def _controlled_purpose(verb) -> bool:
    """An infinitival purpose clause with no subject of its own ("X spoke with Y to congratulate
    him"): its understood subject is the main clause's (subject control), so an object pronoun
    in it is free of that subject too (binding Principle B)."""
    return verb.dep_ == "advcl" and verb.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def clause_subjects(token) -> list:
    """The subject token(s) of the clause in which ``token`` (an object pronoun) is an object:
    the nsubj/nsubjpass of its verb, or of the verb a conjoined or controlled verb shares it
    with; [] when the pronoun is no verb's object ("a picture of her") or no subject is found."""
    verb = token.head
    if token.dep_ == "pobj":
        if verb.dep_ not in ("prep", "dative", "agent"):
            return []
        verb = verb.head
    if token.dep_ not in _OBJECT_DEPS or verb.pos_ not in ("VERB", "AUX"):
        return []
    # up the whole chain of verbs sharing one subject, however long ("We have and will continue
    # to use our authorities ... to hold smugglers accountable and cut them off": cut < hold < use
    # < continue < have, five verbs; a tree has no cycle, so the walk ends at its root)
    # the children read from the Doc's cached tree: ``Token.children`` walks the token's whole
    # subtree span each time, and a root verb of a long table-like "sentence" spans thousands
    doc = verb.doc
    children, deps = token_children(doc), token_deps(doc)
    while True:
        subjects = [doc[c] for c in children[verb.i] if deps[c] in _SUBJECT_DEPS]
        if subjects:
            return subjects
        if (verb.dep_ not in _SHARED_SUBJECT_DEPS and not _controlled_purpose(verb)) or verb.head.i == verb.i:
            return []
        verb = verb.head


_POSSESSIVE_END_RE = re.compile(r"['’]s?$")
_THE_START_RE = re.compile(r"^the\s+", re.IGNORECASE)


def _strip_possessive(text: str) -> str:
    return _POSSESSIVE_END_RE.sub("", text.strip())


def _strip_the(text: str) -> str:
    return _THE_START_RE.sub("", text.strip())


def _name_tokens(text: str) -> tuple[str, ...]:
    """Folded name words without suffixes: "Joseph R. Biden, Jr." -> (joseph, r, biden)."""
    words = [_fold(w) for w in _strip_possessive(text).replace(",", " ").split()]
    return tuple(w for w in words if w and w not in _NAME_SUFFIXES)


# a nickname in quotes inside a person's name: Nestor Isidro “El Nini” Perez Salas
_QUOTED_NICKNAME = re.compile(r"\s*[“\"]([^“”\"]{1,40})[”\"]\s*")


def _nickname(text: str) -> Optional[str]:
    """The nickname a person's name holds in quotes between its words, or None."""
    found = _QUOTED_NICKNAME.search(text)
    return " ".join(found.group(1).split()) if found and 0 < found.start() and found.end() < len(text) else None


def _person_name(text: str) -> str:
    """The name without leading titles the tagger kept ("Councilor Wang" -> "Wang") and without
    a nickname in quotes between its words ("Ismael “El Mayo” Zambada Garcia" -> "Ismael Zambada
    Garcia": the key names the person, the nickname is a form of it; since coref 0.3.40)."""
    lex = title_lexicon()
    known = lex_words() | lex.honorifics
    if _nickname(text):
        text = _QUOTED_NICKNAME.sub(" ", text)
    words = " ".join(text.split()).split(" ")
    while len(words) > 1 and words[0].lower() in known:
        words = words[1:]
    return " ".join(words)


def _is_initial(word: str) -> bool:
    return len(word) == 1


# ---------------------------------------------------------------- fallback mentions


def mentions_from_ents(doc) -> list[Mention]:
    """Mentions built from ``doc.ents`` when the entities component has not run."""
    lex = title_lexicon()
    mentions = []
    for ent in doc.ents:
        label = ent.label_
        start, end, text = ent.start_char, ent.end_char, ent.text
        kind = "name"
        if label == "PERSON":
            mtype = "person"
            # spaCy sometimes keeps the title inside the name ("Councilor Wang")
            tokens = list(ent)
            while len(tokens) > 1 and (tokens[0].lower_ in lex.title_words or tokens[0].lower_ == "the"):
                tokens = tokens[1:]
            start, text = tokens[0].idx, doc_text(doc)[tokens[0].idx:end]
        elif label == "ORG":
            mtype = "organization"
        elif label in ("GPE", "NORP"):
            country = lookup_country(_strip_the(text))
            if country is not None:
                mtype, kind = "country", country.matched_as if country.matched_as != "alias" else "name"
            else:
                mtype = "place" if label == "GPE" else "group"
        elif label == "LOC":
            mtype = "place"
        elif label == "MONEY":
            mtype = "money"
        elif label == "PERCENT":
            mtype = "percent"
        elif label == "QUANTITY":
            mtype = "quantity"
        else:
            continue
        mentions.append(Mention(start=start, end=end, text=text, type=mtype, label=label, kind=kind,
                                component=COMPONENT, version=VERSION))
    return mentions


# ---------------------------------------------------------------- persons


@dataclass
class _Person:
    key: str
    name: str
    forms: list[tuple[str, ...]] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)   # char starts of its mentions, sorted
    gender: Optional[str] = None
    titles: set[str] = field(default_factory=set)  # title words written right before a full name ("president")
    bare: dict[str, list[int]] = field(default_factory=dict)  # one name word -> char starts it alone named this person, sorted

    # (number of forms, words, surnames): the sets below, made again only when a form was added
    # (forms only grow: _PersonIndex.add_full appends); partial names are matched against every
    # person's sets for each mention
    _word_sets: Optional[tuple[int, frozenset[str], frozenset[str]]] = field(default=None, repr=False, compare=False)

    def _sets(self) -> tuple[int, frozenset[str], frozenset[str]]:
        if self._word_sets is None or self._word_sets[0] != len(self.forms):
            words = frozenset(w for form in self.forms for w in form if not _is_initial(w))
            surnames = frozenset(w for form in self.forms for w in form[1:] if not _is_initial(w)) | {
                form[0] for form in self.forms if len(form) == 1
            }
            self._word_sets = (len(self.forms), words, surnames)
        return self._word_sets

    @property
    def words(self) -> frozenset[str]:
        """The name words of every form, initials left out ("J. Smith" -> {"Smith"})."""
        return self._sets()[1]

    @property
    def surnames(self) -> frozenset[str]:
        """The words after a form's first, initials left out, and every one-word form."""
        return self._sets()[2]

    def last_before(self, offset: int) -> Optional[int]:
        """The last char start of this person's mentions before ``offset``, or None."""
        return _last_before(self.positions, offset)


def _same_full_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    full_a = [w for w in a if not _is_initial(w)]
    full_b = [w for w in b if not _is_initial(w)]
    if not full_a or not full_b:
        return False
    sa, sb = set(full_a), set(full_b)
    if min(len(sa), len(sb)) >= 2 and (sa <= sb or sb <= sa):
        return True  # "López Obrador" in "Andrés Manuel López Obrador"
    if full_a[-1] != full_b[-1]:
        return False
    fa, fb = a[0], b[0]
    if fa == fb or fa.startswith(fb) or fb.startswith(fa):
        return True
    if clipped_given_name(fa, fb):
        return True  # "Tony" / "Antony"
    return len(fa) > 1 and len(fb) > 1 and fa[:2] == fb[:2]


class _PersonIndex:
    """Persons of one article: clusters of full names, and partial-name lookup."""

    def __init__(self):
        self.persons: list[_Person] = []
        self.by_key: dict[str, _Person] = {}
        self.relatives: set[str] = set()  # keys of persons introduced as someone's relative

    def add_full(self, text: str, tokens: tuple[str, ...]) -> _Person:
        # both readings of ``_same_full_name`` need a name word the two forms share (a common last
        # word, or one set inside the other): a person none of whose words is in this name is
        # passed over without comparing its forms one by one (a sanctions list names hundreds)
        wanted = {w for w in tokens if not _is_initial(w)}
        for person in self.persons:
            if wanted.isdisjoint(person.words):
                continue
            if any(_same_full_name(tokens, form) for form in person.forms):
                if tokens not in person.forms:
                    person.forms.append(tokens)
                    if len(tokens) > len(max(person.forms[:-1], key=len)):
                        person.name = text  # the fullest form names the person
                return person
        return self._new(text, tokens)

    def _new(self, text: str, tokens: tuple[str, ...]) -> _Person:
        key = "person:" + (slugify(text) or "unnamed")
        base, n = key, 2
        while key in self.by_key:
            key, n = f"{base}-{n}", n + 1
        person = _Person(key=key, name=text, forms=[tokens])
        self.persons.append(person)
        self.by_key[key] = person
        return person

    def match_partial(self, tokens: tuple[str, ...], offset: int, surname_only: bool = False,
                      given: Optional[str] = None) -> Optional[_Person]:
        """The person whose name contains ``tokens`` (most recent before ``offset``, else next).
        ``given``: the capitalised word right before the partial name; a person whose full name
        is that word and the partial name is the one meant ("Designation of Alyaksandr
        Lukashenka" where the NER tagged "Lukashenka" alone). A relative introduced by a kinship
        noun (``relatives``) is not meant by a bare surname another bearer carries."""
        words = [w for w in tokens if not _is_initial(w)]
        if not words:
            return None
        wanted = set(words)
        pool = [p for p in self.persons if wanted <= (p.surnames if surname_only else p.words)]
        if not pool:
            return None
        if given:
            whole = [p for p in pool if any(form[-len(tokens) - 1:] == (given, *tokens) for form in p.forms)]
            if len(whole) == 1:
                return whole[0]
            # "President García" after "President Alan García" and a blogger "Erick Garcia": a
            # title with a surname names the bearer introduced with that title (English
            # reference: the title is part of how the person was introduced)
            titled = [p for p in pool if given in p.titles]
            if titled and len(titled) < len(pool):
                pool = titled
        defined = [p for p in pool if tuple(words) in p.forms]
        if len(defined) == 1:
            # "Lobo Sosa (Lobo) ... Rosa Elena Bonilla Avila (Rosa Lobo) ... President Lobo": the
            # bearer the text gave exactly this name (an alias) is meant, not one whose name
            # merely contains it
            return defined[0]
        principal = [p for p in pool if p.key not in self.relatives]
        if principal and len(principal) < len(pool):
            # "Lukashenka was publicly designated ... his wife, Galina Lukashenka": the bare
            # surname is the one the article is about, not a relative introduced by kinship
            pool = principal
        if len(words) == 1:
            # "Barack Obama ... Obama ... the Moroccan Obama ... Obama": a word that alone already
            # named one of its bearers names that one again (the latest so named), not another
            # bearer named since (the callers note it: ``_note_position``)
            alone = [(_last_before(p.bare.get(words[0], []), offset), p) for p in pool]
            alone = [(pos, p) for pos, p in alone if pos is not None]
            if alone:
                return max(alone, key=lambda item: item[0])[1]
        # "Xi" should reach "Xi Jinping" too, but a surname match beats a first-name match,
        # and a name's last word beats a middle one ("Ortega": Daniel Ortega before
        # Camila Antonia Ortega Murillo)
        last_word = [p for p in pool if any(form[-1] == words[-1] for form in p.forms)]
        by_surname = [p for p in pool if words[-1] in p.surnames]
        pool = last_word or by_surname or pool
        before = [(p.last_before(offset), p) for p in pool]
        before = [(pos, p) for pos, p in before if pos is not None]
        if before:
            return max(before, key=lambda item: item[0])[1]
        return min(pool, key=lambda p: p.positions[0] if p.positions else 10**9)


def _last_before(positions: list[int], offset: int) -> Optional[int]:
    """The last of the sorted ``positions`` before ``offset``, or None."""
    i = bisect.bisect_left(positions, offset)
    return positions[i - 1] if i else None


def _note_position(person: _Person, offset: int, tokens: tuple[str, ...] = ()) -> None:
    """Note a mention of ``person`` at ``offset``; when its name ``tokens`` are one word (initials
    aside), note that word as having named the person alone there (``_Person.bare``). Called only
    once a caller has taken the person, so a lookup it rejects leaves no trace."""
    bisect.insort(person.positions, offset)
    words = [w for w in tokens if not _is_initial(w)]
    if len(words) == 1:
        bisect.insort(person.bare.setdefault(words[0], []), offset)


# ---------------------------------------------------------------- resolution


@dataclass
class _Builder:
    entities: dict[str, EntityRecord] = field(default_factory=dict)

    def attach(self, mention: Mention, key: str, name: str, etype: str, code: Optional[str] = None) -> None:
        mention.entity_key = key
        name = " ".join(name.split())  # a hard-wrapped name ("U.S. Department of\nState") reads as one line
        record = self.entities.get(key)
        if record is None:
            record = EntityRecord(key=key, name=name, type=etype, code=code,
                                  country=code if etype == "country" else None,
                                  component=COMPONENT, version=VERSION)
            self.entities[key] = record
        if mention.kind not in ("pronoun", "title"):
            surface = " ".join(mention.text.split())
            forms = _split_acronym(surface) if etype == "organization" else (surface,)
            for form in forms:
                if form and form != record.name and form not in record.aliases:
                    record.aliases.append(form)


_TRAILING_ACRONYM = re.compile(r"^(.*?)\s*\(\s*([A-Z][A-Za-z0-9&.\-]{1,14})\s*\)?$")


def _spells(short: str, words: list[str]) -> bool:
    """Whether the acronym's letters are, in order, one or more first letters of each word in
    turn ("MININT": MINistry INTerior; "OFAC": Office Foreign Assets Control)."""
    if not words:
        return not short
    word = words[0]
    return any(short[:n] == word[:n] and _spells(short[n:], words[1:])
               for n in range(1, min(len(short) - len(words) + 1, len(word)) + 1))


def _content_words(name: str) -> list[str]:
    """The name's words, folded, less the link words an acronym leaves out ("of", "the", "de")."""
    return [_fold(w) for w in re.findall(r"[^\W_](?:[^\W_]|['’\-])*", name) if w.lower() not in _ACRONYM_STOPWORDS]


def _spelled_part(name: str, short: str) -> Optional[str]:
    """The innermost "of" part of an organisation's name that a bracketed acronym after the name
    spells, when that is not the whole name ("Political Directorate of the Cuban Ministry of the
    Interior (MININT)": "Cuban Ministry of the Interior"), else None. A part is what follows an
    "of" ("of the") of the name; the acronym spells it when its letters are one or more first
    letters of each content word in turn (Schwartz and Hearst's right-to-left match of the
    acronym in the words before it, every content word taking part; a leading state word may
    stand outside the acronym: "Cuban Ministry of the Interior" is MININT), or, for the
    innermost part only, when it has one content word per letter and their initials are the
    letters in another order: the acronym of the name in the state's own language ("Cuban
    National Revolutionary Police (PNR)", Policía Nacional Revolucionaria). The part must name a
    body of its own (an organisation keyword among its words: Ministry, Police, Court)."""
    letters = "".join(c for c in unicodedata.normalize("NFKD", short) if c.isalnum()).lower()
    if len(letters) < 2:
        return None
    starts = [m.end() for m in re.finditer(r"\bof\s+(?:the\s+)?(?=[A-Z])", name)]
    for n, start in enumerate(reversed(starts)):
        part = name[start:]
        if not any(w in org_keywords() for w in part.split()):
            continue  # "Office of Global Criminal Justice (GCJ)": no body's name, the office is
        country, rest, _how = _leading_country(part)
        options = [_content_words(part)]
        if country is not None and rest[:1].isupper():
            options.append(_content_words(rest))
        for option in options:
            if len(option) >= 2 and _spells(letters, option):
                return part
            if n == 0 and len(option) == len(letters) and sorted(w[0] for w in option) == sorted(letters):
                return part
    return None


def _split_acronym(text: str) -> tuple[str, Optional[str]]:
    """"Office of Foreign Assets Control (OFAC)" -> ("Office of ...", "OFAC")."""
    match = _TRAILING_ACRONYM.match(" ".join(text.split()))
    if match and match.group(1):
        return match.group(1), match.group(2).replace(".", "")
    return text, None


def _org_name(text: str) -> str:
    name = _strip_the(_split_acronym(text)[0])
    # "Peru's Congressional Intelligence Commission" -> the commission (Peru is the "of")
    match = re.match(r"^(.+?)['’]s\s+(.+)$", name)
    # a lower-case rest names nothing alone ("Cuba's intelligence services"): keep the country
    if match and lookup_country(match.group(1)) is not None and match.group(2)[:1].isupper():
        name = match.group(2)
    return _strip_possessive(name) if name.endswith(("'s", "’s")) else name


def _country_before(doc, mention: Mention) -> Optional[str]:
    """ISO3 of a possessor country right before the mention: "Iran's Statistical Center"."""
    span = expanded_span(doc, mention.start, mention.end)
    if span is None or span.start < 2 or doc[span.start - 1].text not in ("'s", "’s", "'", "’"):
        return None
    for size in (3, 2, 1):
        first = span.start - 1 - size
        if first >= 0:
            country = lookup_country(doc[first:span.start - 1].text)
            if country is not None and country.matched_as in ("name", "alias", "capital"):
                return country.alpha3
    return None


# an "of" phrase of capitalised words right after an organisation ("National Guard of Russia",
# "Branch of the Ministry of Internal Affairs of the Russian Federation"): English postmodifying
# "of" complements name the body the organisation belongs to, the last of a chain here a state
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?((?:[A-Z]\.)+|[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,4})")


def _country_after(doc, mention: Mention) -> Optional[str]:
    """ISO3 of a state named by the "of" phrase (or the last of a chain of capitalised ones) that
    follows an organisation's mention the NER cut short: "National Guard of Russia", "Chechen
    Republic Branch of the Ministry of Internal Affairs of the Russian Federation". The state must
    be the whole of the last phrase, matched by name or alias (never a demonym or capital)."""
    text = doc_text(doc)
    at, last = mention.end, None
    for _ in range(4):
        match = _OF_NAME.match(text, at, at + 120)
        if match is None:
            break
        at, last = match.end(), match.group(1)
    if last is None:
        return None
    country = lookup_country(last)
    return country.alpha3 if country is not None and country.matched_as in ("name", "alias") else None


# "of the" and a state's demonym or name opening a body's name: "of the Cuban Ministry of the
# Interior", "of the Russian Armed Forces"
_OF_THE_STATE = re.compile(r"\bof\s+the\s+(?=[A-Z])")
# the "of" phrase right after a mention, past a bracketed acronym of the name ("Tropas de
# Prevención (TDP) of the Cuban Ministry ..."), to the end of its run of capitalised words
_OF_PHRASE_AFTER = re.compile(
    r"(?:\s*\(\s*[A-Z][A-Za-z0-9&.\-]{1,14}\s*\))?\s+(of\s+the\s+[A-Z][\w’'.-]*"
    r"(?:\s+(?:of\s+the\s+|of\s+|and\s+|for\s+)?[A-Z][\w’'.-]*){0,8})")


def _of_phrase_after(doc, mention: Mention) -> str:
    """The "of the ..." phrase of capitalised words right after an organisation's mention (past
    one bracketed acronym), else ""."""
    match = _OF_PHRASE_AFTER.match(doc_text(doc), mention.end, mention.end + 160)
    return match.group(1) if match else ""


def _of_body_state(name: str) -> Optional[str]:
    """ISO3 of the state whose body a postmodifying "of the" phrase names by its demonym or name
    followed by an organisation's name ("Political Directorate of the Cuban Ministry of the
    Interior", "... of the Russian National Guard"): English "X of the Y" makes X a part of Y, and
    Y, a state's institution by its words (a Phoenix agent of a state sector: a ministry, the
    police, the armed forces, a court, a legislature), named by that state's demonym or name, is
    that state's; "Institute of the Russian Language" or "Office of the Haitian Family
    Reunification Parole Program" name no state's body. The first such phrase gives the state;
    else None."""
    from newsgraph.resolve.actors import agent_sector, state_sectors

    for match in _OF_THE_STATE.finditer(name):
        country, rest, how = _leading_country(name[match.end():])
        if country is None or how not in ("demonym", "name") or not rest[:1].isupper():
            continue
        head = re.split(r"[.;,’'\n]|\s+(?:and|for)\s+", rest)[0].strip()
        found = agent_sector(head)
        if found is not None and found.sector in state_sectors():
            return country
    return None


def _leading_country(name: str) -> tuple[Optional[str], str, str]:
    """(ISO3, rest, how) when the name opens with a country's name, abbreviation or demonym
    (``how``: "abbreviation", "name" or "demonym"), else (None, name, "")."""
    words = name.split()
    for size in (3, 2, 1):
        if len(words) > size:
            prefix = " ".join(words[:size])
            country = lookup_country(prefix)
            if country is not None and country.matched_as in ("name", "alias", "demonym"):
                how = country.matched_as
                if how == "alias" and prefix.replace(".", "").isupper():
                    how = "abbreviation"
                if country.alpha3 == "KOR" and prefix == "Korean" and words[size].replace("’", "'") == "People's":
                    # the bare "Korean" is both Koreas'; "Korean People's Army" follows the name of
                    # the Democratic People's Republic of Korea (countries_extra PRK), not the ROK
                    return "PRK", " ".join(words[size:]), how
                return country.alpha3, " ".join(words[size:]), "name" if how == "alias" else how
    return None, name, ""


def _org_identity(doc, mention: Mention) -> tuple[str, Optional[str], bool]:
    """(canonical name, country ISO3, whether the key must carry the country) of an organisation.

    The country comes from a possessor ("Iran's Statistical Center"), a descriptor's demonym
    ("Spanish daily La Razón") or the name's own words ("U.S. Institute for the Study of War",
    "Bank of England"). A leading country abbreviation ("U.S.", "UK") is dropped from the canonical name
    only when the rest is a complete institution name of its own, a keyword with an
    "of"/"for"/"on" complement ("U.S. Department of State" -> "Department of State"): news
    writers prefix those for readers abroad. A full country name or demonym there is part of
    the proper name and stays ("Japan Bank for International Cooperation", "Syrian Network for
    Human Rights"), except before the name of a body every state has, which the state only says
    whose it is ("Chinese Foreign Ministry", "National Assembly of Venezuela": the state's
    ``Foreign Ministry`` / ``National Assembly``, keyed ``org:<iso3>:<slug>`` as the possessor form
    and a bare mention placed in that state are; ``_state_and_generic_body``). A
    demonym-led name is still the same body as the possessor form in the same article
    ("Russian Ministry of Defense" = "Russia's Ministry of Defense", see
    ``_merge_bare_org_names``). Where a possessor or a dropped prefix gave the country, the key
    carries it, so that two countries' "Ministry of Defense" never merge; a descriptor's
    country only fills ``country`` (the name is a proper name of its own: "La Razón").
    """
    name = _org_name(mention.text)
    possessor = re.match(r"^(.+?)['’]s\s+(.+)$", _strip_the(_split_acronym(mention.text)[0]))
    if possessor:
        country = lookup_country(possessor.group(1))
        if country is not None:  # the key needs the country unless the name kept it
            return name, country.alpha3, not name.startswith(possessor.group(1))
    country = _country_before(doc, mention)
    if country:
        return name, country, True
    trailing = _trailing_name_country(name)
    country = _country_after(doc, mention) if trailing is None else None
    if country:
        return name, country, True  # "Ministry of Internal Affairs of the Russian Federation" = Russia's
    if trailing is None and _of_body_state(name) is None:
        # "Tropas de Prevención (TDP) of the Cuban Ministry of Revolutionary Armed Forces": a unit
        # of a state's institution is that state's; its own name keys it, as a descriptor's
        # country leaves a proper name's key alone
        country = _of_body_state(_of_phrase_after(doc, mention))
        if country:
            return name, country, False
    span = expanded_span(doc, mention.start, mention.end)
    if span is not None:
        described = descriptor_country(doc, span.start)
        if described is not None:
            return name, described.alpha3, False  # a proper name of its own: the key needs no country
    return _name_identity(name, trailing)


def _name_identity(name: str, trailing: Optional[str] = None) -> tuple[str, Optional[str], bool]:
    """``_org_identity`` from the name's own words alone (a leading country, a trailing "of"
    state, a state's body it is part of)."""
    if trailing is None:
        trailing = _trailing_name_country(name)
    state_body = _state_and_generic_body(name)
    if state_body is not None:
        return state_body[1], state_body[0], True
    country, rest, how = _leading_country(name)
    if country:
        words = rest.split()
        if how == "abbreviation" and len(words) >= 3 and words[0] in org_keywords() and \
                words[1].lower() in ("of", "for", "on"):
            return rest, country, True
        return name, country, False
    if trailing:
        return name, trailing, False
    country = _of_body_state(name)
    if country:
        return name, country, False  # "Political Directorate of the Cuban Ministry of the Interior"
    return name, None, False


def _state_and_generic_body(name: str) -> Optional[tuple[str, str]]:
    """(ISO3, body name) where the name is a generic state body (``generic_bodies.generic_body_sector``:
    "National Assembly", "Supreme Court", "Foreign Ministry") that a state's name or demonym
    opens ("Venezuelan National Assembly") or whose last "of" phrase names a state ("National
    Assembly of Venezuela"): the state only says whose body of that name it is, as a possessor
    does ("Venezuela's National Assembly"), so all three are the body ``org:ven:national-assembly``,
    the key a bare mention placed in that state gets. None otherwise."""
    from newsgraph.nlp.generic_bodies import generic_body_sector, listed_whole_name

    country, rest, _how = _leading_country(name)
    if country and generic_body_sector(rest) and not listed_whole_name(name):
        # (a whole name Phoenix lists as an actor of its own is no state's body of the generic name)
        return country, _strip_the(rest)
    if " of " in name:
        # the last "of" phrase is the state's: "Ministry of the Interior of Ukraine"
        rest, tail = name.rsplit(" of ", 1)
        tail = re.sub(r"^(?:the|The)\s+", "", tail.strip())
        found = lookup_country(tail) if 0 < len(tail.split()) <= 3 else None
        if found is not None and found.matched_as in ("name", "alias") and generic_body_sector(rest):
            return found.alpha3, _strip_the(rest)
    return None


def _trailing_name_country(name: str) -> Optional[str]:
    """ISO3 of a state the name's own last "of" phrase names ("Bank of England"), else None."""
    trailing = re.search(r"\bof (?:the )?(\S+(?: \S+){0,2})$", name)
    if trailing:
        found = lookup_country(trailing.group(1))
        if found is not None and found.matched_as in ("name", "alias"):
            return found.alpha3
    return None


def _merge_bare_org_names(mentions: list[Mention], builder: _Builder) -> None:
    """A bare "Statistical Center" after "Iran's Statistical Center" is the same body, when
    exactly one country's organisation has that name; so is a demonym-led form of it."""
    qualified: dict[str, list[str]] = {}
    for key, record in builder.entities.items():
        if record.type == "organization" and key.count(":") == 2:
            qualified.setdefault(_fold(record.name), []).append(key)
    if not qualified:
        return
    for m in mentions:
        key = m.entity_key
        if m.type != "organization" or not key or key.count(":") != 1 or key not in builder.entities:
            continue
        record = builder.entities[key]
        targets = qualified.get(_fold(record.name), [])
        country, rest, how = _leading_country(record.name)
        if not targets and how == "demonym":
            # "Russian Ministry of Defense" after "Russia's Ministry of Defense"
            targets = [k for k in qualified.get(_fold(rest), []) if k.split(":")[1] == country.lower()]
        if len(targets) != 1:
            continue
        m.entity_key = None
        builder.attach(m, targets[0], builder.entities[targets[0]].name, "organization")
        if not any(x.entity_key == key for x in mentions):
            builder.entities.pop(key, None)


# the U.S. Department of State's names; the article's own one keys a bare "State"
_STATE_DEPARTMENT_NAMES = ("department of state", "state department", "u.s. department of state",
                           "united states department of state", "u.s. state department", "us department of state")


def _merge_bare_state_department(doc, mentions: list[Mention], builder: _Builder) -> None:
    """A bare "State" organisation in a U.S. government release ("FBI, State, and other U.S.
    government agencies"; ``entities._bare_state_department``) is the Department of State: the
    key of the article's own name for the department where it has one ("the Department of
    State", "the State Department"), else ``org:department-of-state``."""
    bare = [m for m in mentions if m.type == "organization" and m.entity_key and _strip_the(m.text) == "State"]
    if not bare:
        return
    if not us_government_release(doc):
        return
    named = sorted(key for key, record in builder.entities.items() if record.type == "organization"
                   and any(_fold(n) in _STATE_DEPARTMENT_NAMES for n in (record.name, *record.aliases)))
    target = named[0] if named else "org:department-of-state"
    name = builder.entities[target].name if target in builder.entities else "Department of State"
    for m in bare:
        old = m.entity_key
        if old == target:
            continue
        m.entity_key = None
        builder.attach(m, target, name, "organization")
        if not any(x.entity_key == old for x in mentions):
            builder.entities.pop(old, None)
    if builder.entities[target].country is None:
        builder.entities[target].country = "USA"


def _names_an_owner(prefix: str, org_names: set[str]) -> bool:
    """"United States" of "United States Air Force", "United Nations" of "United Nations Security
    Council": a country, a body the Phoenix dictionaries list, or another organisation the
    article names."""
    from newsgraph.resolve.actors import named_actor

    if lookup_country(prefix) is not None or _fold(prefix) in org_names:
        return True
    found = named_actor(prefix)
    return found is not None and found.sector in ("IGO", "NGO", "GOV", "MIL")


def _merge_shortened_org_names(mentions: list[Mention], builder: _Builder) -> None:
    """"Air Force" after "United States Air Force", "Security Council" after "United Nations
    Security Council", "Supreme Court" with "Supreme Court of Cassation": a name of two or
    more words that ends exactly one longer organisation name of the article, the rest of
    which names its owner (a country or another body), or that the longer name completes
    with an "of" complement, is that organisation named the short way, as news writes a
    second reference."""
    orgs = {key: r for key, r in builder.entities.items() if r.type == "organization"}
    if len(orgs) < 2:
        return
    org_names = {_fold(n) for r in orgs.values() for n in [r.name, *r.aliases]}
    folded = {key: " ".join(_fold(w) for w in r.name.split()) for key, r in orgs.items()}
    # the name without a leading country or demonym: "Italian Supreme Court of Cassation"
    unprefixed = {key: " ".join(_fold(w) for w in _leading_country(r.name)[1].split()) for key, r in orgs.items()}
    for key, short in folded.items():
        if len(short.split()) < 2:
            continue
        longer = [k for k, name in folded.items() if k != key and
                  (name.endswith(" " + short) or unprefixed[k].startswith(short + " of "))]
        if len(longer) != 1:
            continue
        if longer[0] not in builder.entities or key not in builder.entities:
            continue
        target = orgs[longer[0]]
        if not unprefixed[longer[0]].startswith(short + " of "):
            prefix = target.name[: len(target.name) - len(orgs[key].name)].strip()
            if not prefix or not _names_an_owner(prefix, org_names):
                continue
        for m in mentions:
            if m.entity_key == key:
                m.entity_key = None
                builder.attach(m, target.key, target.name, "organization")
        builder.entities.pop(key, None)


_GOVERNMENT_OF = re.compile(r"^(?:the\s+)?government\s+of\s+(?:the\s+)?(.+)$", re.IGNORECASE)
_GOVERNMENT = re.compile(r"^(?:the\s+)?(.+?)\s+government$", re.IGNORECASE)
# "Macau Special Administrative Region": the territory itself (ISO 3166 lists Hong Kong and Macao)
_SPECIAL_REGION = re.compile(r"^(?:the\s+)?(.+?)\s+(?:Special\s+Administrative\s+Region|SAR)$", re.IGNORECASE)


def _government_of(text: str):
    """The country whose government ``text`` names ("Government of Ukraine", "U.S.
    Government", "the Nicaraguan government", "Macau Special Administrative Region"): the
    state as an actor (PLOVER), else None."""
    text = " ".join(text.split())
    for pattern in (_GOVERNMENT_OF, _GOVERNMENT, _SPECIAL_REGION):
        match = pattern.match(text)
        if match:
            country = lookup_country(match.group(1))
            if country is not None and country.matched_as in ("name", "alias", "demonym"):
                return country
    return None


def _names_country(text: str) -> bool:
    # spaCy sometimes tags a plain country name ORG ("Bolivia confirmed ..."); "Government of
    # Ukraine" is the state too
    country = lookup_country(_strip_the(text))
    return country is not None and country.matched_as in ("name", "alias") or _government_of(text) is not None


_LOCATIVES = {"in", "at", "to", "from", "near", "outside", "inside", "into", "via"}


def _after_locative(doc, mention: Mention) -> bool:
    span = expanded_span(doc, mention.start, mention.end)
    if span is None or span.start == 0:
        return False
    return doc[span.start - 1].lower_ in _LOCATIVES


def _place_written_as_person(doc, mention: Mention) -> bool:
    """A "person" the NER tagged on a one-word place name the gazetteer knows (a country, a U.S.
    state or a GeoNames city, ``resolve.places.readings``) written right after a preposition of
    place ("In Nogales (Sonora, Mexico), she will observe ..."): no antecedent for he/she, as
    nlp/linking/names.py's ``_place_taken_for_person`` makes it no actor."""
    from newsgraph.resolve.places import readings

    if mention.kind not in ("name", "surname") or " " in mention.text.strip() or not _after_locative(doc, mention):
        return False
    return bool(readings(mention.text.strip()))


def _initials(name: str) -> str:
    # letters of any script ("Policía Nacional Revolucionaria" -> PNR, not PANR)
    words = re.findall(r"[^\W\d_](?:[^\W\d_]|['’\-])*", name)
    # an accented initial is written bare in the acronym ("Sistema Único de Salud": SUS)
    return "".join(unicodedata.normalize("NFKD", w[0])[0] for w in words
                   if w.lower() not in _ACRONYM_STOPWORDS).upper()


_GIVEN_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]+)[ \t]+$")


def _given_before(text: str, start: int) -> Optional[str]:
    """The capitalised word right before a partial name, on its line, folded as name tokens are."""
    found = _GIVEN_BEFORE.search(text[max(0, start - 40):start])
    return _fold(found.group(1)) if found else None


def _introduced_as_kin(doc, mention: Mention) -> bool:
    """Whether a full name stands in apposition to a kinship noun ("his wife, Galina
    Lukashenka", "his adult sons, Viktar Lukashenka and Dzmitry Lukashenka"; entity_cues.yaml
    ``kinship``)."""
    span = expanded_span(doc, mention.start, mention.end)
    if span is None:
        return False
    token = span.root
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
        if is_kinship_noun(token):
            return True
    return False


# a second name of the party named right before it: "Nestor Isidro Perez Salaz, known as “El
# Nini,”", "Ismael Zambada Garcia (AKA “El Mayo”)", "Ri Sung Chol (aka Ri Su'ng-ch'o'l)", "the TDP,
# also known as “Boinas Rojas”" (the Justice, State and Treasury Departments' way of giving an
# alias). Bare "known as" and "alias" only after a person ("a TCO known as Los Huistas" names a
# member of a class, not the same body); the alias may open inside its quotes ("“El Nini" tagged
# "Nini")
_ALIAS_CUE = re.compile(
    r"^\s*[,(]?\s*(?P<cue>(?:also\s+known\s+as|a\.?k\.?a\.?|known\s+as|alias))(?![\w])\s*[“\"]?"
    r"(?P<alias>(?:[A-Z][\w'’.-]*\s+){0,2})$", re.IGNORECASE)


def _alias_cue(text: str, before, mention: Mention) -> Optional[str]:
    """The alias ``mention`` gives the party of the mention ``before`` it (``_ALIAS_CUE``: the
    words between them, or opening the mention: "AKA “El Mayo"), else None."""
    if before.end > mention.start or mention.start - before.end > 30:
        return None
    gap = text[before.end:mention.start]
    own = mention.text
    opening = re.match(r"^(?:a\.?k\.?a\.?|aka|also\s+known\s+as)\s*[“\"]?", own, re.IGNORECASE)
    if opening and gap.strip() in ("", ",", "("):
        gap, own = gap + own[:opening.end()], own[opening.end():]
    match = _ALIAS_CUE.match(gap)
    if match is None and _short_name_defined(text, before, mention):
        return own.strip()
    if match is None or not own.strip():
        return None
    cue = " ".join(match.group("cue").lower().split())
    if cue in ("known as", "alias") and before.type != "person":
        return None
    alias = (match.group("alias") + own).strip().strip("“”\"")
    return alias if alias and alias[0].isupper() else None


def _short_name_defined(text: str, before, mention: Mention) -> bool:
    """Whether ``mention`` is a person's short name defined in brackets right after the full
    name, made of that name's own words ("Porfirio Lobo Sosa (Lobo)"): the defined-term
    convention of releases and legal text, as "(CBP)" after an agency's name. A two-word short
    name that opens with the full name's given name and ends in another surname is the name the
    person goes by, as a married name ("Rosa Elena Bonilla Avila (Rosa Lobo)"): the bracket right
    after a name defines what the text calls that person from then on. Since coref 0.3.120."""
    if before.type != "person" or text[before.end:mention.start].strip() != "(" \
            or not text[mention.end:mention.end + 1] == ")":
        return False
    own, full = _name_tokens(mention.text), _name_tokens(before.text)
    if len(own) == 2 and len(full) >= 2 and own[0] == full[0] and own[1] not in full:
        return True
    return bool(own) and set(own) < set(full)


def _aliases(text: str, mentions: list[Mention]) -> dict[int, tuple[Mention, str]]:
    """id(mention) -> (the person's or organisation's mention it is an alias of, the alias)."""
    found: dict[int, tuple[Mention, str]] = {}
    for before, m in zip(mentions, mentions[1:]):
        if before.type in ("person", "organization") and before.kind == "name" \
                and m.kind not in ("pronoun", "title") and id(before) not in found:
            alias = _alias_cue(text, before, m)
            if alias is not None:
                m.type = before.type
                found[id(m)] = (before, alias)
    return found


def _resolve_names(doc, mentions: list[Mention], builder: _Builder, people: _PersonIndex) -> None:
    text = doc_text(doc)
    aliases = _aliases(text, mentions)
    # a name the tagger cut in two, often at a hard line break ("Andrés\nManuel López" + "Obrador")
    continued: dict[int, Mention] = {}
    whole_name: dict[int, str] = {}
    # a line break the paragraph splitter ended a sentence at parts two names ("... Noam
    # Chomsky\nNoam Chomsky is ...", a list a name a line): a hard wrap inside a name was unwrapped
    line_starts = ({s.start_char for s in doc.sents} if "\n" in text and doc.has_annotation("SENT_START")
                   else set())
    for a, b in zip(mentions, mentions[1:]):
        gap = text[a.end:b.start]
        if a.type == b.type == "person" and a.kind == "name" and b.kind in ("name", "surname") and gap.isspace() \
                and not ("\n" in gap and b.start in line_starts):
            continued[id(b)] = a
            whole_name[id(a)] = f"{_person_name(a.text)} {b.text}"
    # persons with full names first, over the whole article, so a surname can point forward
    for m in mentions:
        if id(m) in continued:
            head = continued[id(m)]
            if head.entity_key:
                m.entity_key = head.entity_key
                _note_position(people.by_key[head.entity_key], m.start)
            continue
        if id(m) in aliases and aliases[id(m)][0].type == "person" and aliases[id(m)][0].entity_key:
            # the alias is the same person: it joins the person's forms, so a later bare
            # "El Nini" or "Nini" (and a pronoun after it) finds the full name's key
            person = people.by_key[aliases[id(m)][0].entity_key]
            tokens = _name_tokens(aliases[id(m)][1])
            if tokens and tokens not in person.forms:
                person.forms.append(tokens)
            _note_position(person, m.start)
            m.entity_key = person.key
            continue
        if m.type == "person" and m.kind not in ("pronoun", "title"):
            name = whole_name.get(id(m)) or _person_name(m.text)
            tokens = _name_tokens(name)
            if len([w for w in tokens if not _is_initial(w)]) >= 2:
                person = people.add_full(name, tokens)
                nickname = _nickname(m.text)
                if nickname and _name_tokens(nickname) not in person.forms:
                    person.forms.append(_name_tokens(nickname))  # a later bare "El Nini" is the person
                _note_position(person, m.start)
                m.entity_key = person.key
                before = _given_before(text, m.start)
                if before and before in title_lexicon().heads:
                    person.titles.add(before)
                if _introduced_as_kin(doc, m):
                    people.relatives.add(person.key)
    acronyms: dict[str, str] = {}
    parts: dict[str, tuple[str, Optional[str]]] = {}  # key: (name, country) of a name's "of" part
    orgs: list[tuple[str, str]] = []  # (name, key)
    for m in mentions:
        if m.type == "person" and m.kind not in ("pronoun", "title"):
            if m.entity_key is None:
                name = _person_name(m.text)
                tokens = _name_tokens(name)
                person = people.match_partial(tokens, m.start, given=_given_before(text, m.start))
                if person is None:
                    person = people._new(name, tokens)
                elif m.kind == "name":
                    m.kind = "surname"
                _note_position(person, m.start, tokens)
                m.entity_key = person.key
        elif m.type in ("organization", "place", "group") or (
            m.type == "country" and lookup_country(_strip_the(m.text)) is None
        ):
            # a person's surname that spaCy tagged ORG/GPE ("Novillo said")
            tokens = _name_tokens(m.text)
            if 0 < len(tokens) <= 2:
                person = people.match_partial(tokens, m.start, surname_only=True)
                if person is not None:
                    m.type, m.kind = "person", "surname"
                    _note_position(person, m.start, tokens)
                    m.entity_key = person.key
    person_reasons = _people_named_like_places(doc, mentions, people)
    for m in mentions:
        if m.type == "person" and m.entity_key:
            person = people.by_key[m.entity_key]
            builder.attach(m, person.key, person.name, "person")
        elif m.type == "country" or (m.type == "organization" and _names_country(m.text)):
            # "U.S.-based groups": the state of an origin compound (entities types it a demonym)
            country = lookup_country(_strip_possessive(_strip_the(m.text))) or _government_of(m.text) \
                or (lookup_country_in_token(m.text) if m.kind == "demonym" and "-" in m.text else None)
            if country is not None and country.matched_as == "capital" and _after_locative(doc, m):
                # "reached by Novillo in Tehran": the city, not the government
                name = _strip_the(m.text)
                builder.attach(m, "place:" + slugify(name), name, "place")
            elif country is not None:
                m.type = "country"
                if m.kind == "name" and country.matched_as in ("demonym", "capital"):
                    m.kind = country.matched_as
                builder.attach(m, f"country:{country.alpha3}", country.name, "country", code=country.alpha3)
            else:
                name = _strip_the(m.text)
                builder.attach(m, "place:" + slugify(name), name, "place")
        elif m.type == "organization" and id(m) in aliases and aliases[id(m)][0].entity_key in builder.entities:
            key = aliases[id(m)][0].entity_key  # "the TDP, also known as “Boinas Rojas”": the TDP
            builder.attach(m, key, builder.entities[key].name, "organization")
        elif m.type == "organization":
            name, country, qualified = _org_identity(doc, m)
            slug = slugify(name) or "unnamed"
            key = f"org:{country.lower()}:{slug}" if qualified else f"org:{slug}"
            builder.attach(m, key, name, "organization")
            if country and not builder.entities[key].country:
                builder.entities[key].country = country
            orgs.append((name, key))
            written = _org_name(m.text)
            if written != name and _state_and_generic_body(written) is not None:
                orgs.append((written, key))  # "HNP" spells the written "Haitian National Police"
            pair = _ACRONYM_AFTER.match(text[m.end:m.end + 28])
            if pair is not None and bool(pair.group(1)) != bool(pair.group(3)):
                pair = None  # an opening mark with no closing one (or the reverse) quotes something else
            inner = _split_acronym(m.text)[1]  # the tagger sometimes keeps "(OFAC)" in the name
            if pair or inner:
                short = inner or pair.group(2).replace(".", "")
                part = _spelled_part(name, short)
                if part is not None:
                    # "the Political Directorate of the Cuban Ministry of the Interior (MININT)":
                    # the acronym is the ministry's
                    part_name, part_country, part_qualified = _name_identity(part)
                    part_key = "org:" + (f"{part_country.lower()}:" if part_qualified else "") + slugify(part_name)
                    parts.setdefault(part_key, (part_name, part_country))
                    acronyms.setdefault(short, part_key)
                else:
                    acronyms.setdefault(short, key)
            else:
                translated = _TRANSLATED_ACRONYM_AFTER.match(text[m.end:m.end + 120])
                short = translated.group(2).replace(".", "") if translated else ""
                if short and _initials(translated.group(1)) == short.upper():
                    acronyms.setdefault(short, key)
        elif m.type in _KEY_PREFIX:
            name = _strip_the(m.text)
            if m.type == "region":
                name = region_for_adjective(name) or name  # "South American" -> South America
            slug = slugify(_singular_head(doc, m) if m.type == "equipment" else name) or "unnamed"
            builder.attach(m, f"{_KEY_PREFIX[m.type]}:{slug}", name, m.type)
    for key, reason in person_reasons.items():
        if key in builder.entities:
            builder.entities[key].reason = reason
    _merge_acronyms(mentions, builder, acronyms, orgs, text, parts)
    _merge_defined_short_names(text, mentions, builder)
    _merge_bare_org_names(mentions, builder)
    _merge_bare_state_department(doc, mentions, builder)
    _merge_shortened_org_names(mentions, builder)
    _outlets_without_media_word(mentions, builder, people)
    _follow_aliased_organisations(mentions, builder, aliases)
    _local_readings(mentions, builder)


def _follow_aliased_organisations(mentions: list[Mention], builder: _Builder,
                                  aliases: dict[int, tuple[Mention, str]]) -> None:
    """An organisation's alias keeps its organisation's key when a merge re-keyed the name it
    follows ("the TDP, also known as “Boinas Rojas”": TDP became the Tropas de Prevención)."""
    for m in mentions:
        before = aliases.get(id(m), (None, None))[0]
        if before is None or m.type != "organization" or not before.entity_key or m.entity_key == before.entity_key \
                or before.entity_key not in builder.entities:
            continue
        old = m.entity_key
        builder.attach(m, before.entity_key, builder.entities[before.entity_key].name, "organization")
        if old in builder.entities and not any(x.entity_key == old for x in mentions):
            del builder.entities[old]


def _media_word(word: str) -> bool:
    """A word Phoenix's agents code MED on its own or as the head of a station ("TV",
    "Television", "Newspaper"; "Radio" of "radio station")."""
    from newsgraph.resolve.actors import agent_sector

    for phrase in (word, f"{word} station"):
        found = agent_sector(phrase)
        if found is not None and found.sector == "MED":
            return True
    return False


def _outlets_without_media_word(mentions: list[Mention], builder: _Builder, people: _PersonIndex) -> None:
    """A person known by one name only that is an outlet of the article named without its
    media word ("Dozhd" after "Dozhd TV", "Ekho Moskvy" after "Radio Ekho Moskvy": the tagger
    took the short form for a person or a body of its own) is that outlet: its mentions take the
    outlet's key."""
    outlets: dict[tuple[str, ...], str] = {}
    for key, record in builder.entities.items():
        if record.type != "organization":
            continue
        for name in (record.name, *record.aliases):
            words = name.split()
            if len(words) >= 2 and _media_word(words[0]):
                outlets.setdefault(_name_tokens(" ".join(words[1:])), key)
            if len(words) >= 2 and _media_word(words[-1]):
                outlets.setdefault(_name_tokens(" ".join(words[:-1])), key)
    if not outlets:
        return
    for short, record in list(builder.entities.items()):
        key = outlets.get(_name_tokens(record.name)) if record.type == "organization" else None
        if key is not None and key != short:
            # "Dozhd" tagged an organisation of its own: the same outlet
            for m in mentions:
                if m.entity_key == short:
                    builder.attach(m, key, builder.entities[key].name, "organization")
            builder.entities.pop(short, None)
    for person in list(people.persons):
        if len(person.forms) != 1 or person.forms[0] not in outlets:
            continue
        key = outlets[person.forms[0]]
        record = builder.entities[key]
        for m in mentions:
            if m.entity_key == person.key:
                m.type = "organization"
                builder.attach(m, key, record.name, "organization")
        builder.entities.pop(person.key, None)
        people.persons.remove(person)
        people.by_key.pop(person.key, None)


# verbs whose object is a place one goes to or acts on ("visited Jordan"), not a person
_PLACE_OBJECT_VERBS = {"visit", "travel", "fly", "arrive", "return", "leave", "enter", "invade", "attack",
                       "bomb", "reach", "tour", "cross", "occupy", "annex", "border"}


def _people_named_like_places(doc, mentions: list[Mention], people: _PersonIndex) -> dict[str, str]:
    """A one-word place, capital or country mention that is the given name or surname of a
    person named in full earlier ("Sofia" after "Sofia Marchetti", "Jordan" after "Michael
    Jordan") is that person, unless it follows a preposition of place or is the object of a
    verb of going ("in Sofia", "visited Jordan"). Returns person key -> the reason."""
    reasons = {}
    for m in mentions:
        if m.type not in ("place", "country") or m.kind not in ("name", "capital") or " " in m.text.strip():
            continue
        span = expanded_span(doc, m.start, m.end)
        if span is None or _after_locative(doc, m):
            continue
        root = span.root
        if root.dep_ in ("dobj", "pobj") and root.head.lemma_.lower() in _PLACE_OBJECT_VERBS:
            continue
        if root.dep_ == "pobj" and root.head.lower_ in _LOCATIVES:
            continue
        tokens = _name_tokens(m.text)
        person = people.match_partial(tokens, m.start)
        if person is None or person.last_before(m.start) is None or not any(len(f) >= 2 for f in person.forms):
            continue
        what = {"capital": f"the capital {m.text}", "name": "the place"}[m.kind] if m.type == "place" else \
            f"the state {m.text}" if m.kind == "name" else f"the capital {m.text}"
        m.type, m.kind = "person", "surname"
        _note_position(person, m.start, tokens)
        m.entity_key = person.key
        reasons[person.key] = f"{m.text!r} is {person.name} (named earlier, not after a preposition of place), not {what}"
    return reasons


def _local_readings(mentions: list[Mention], builder: _Builder) -> None:
    """Place and country names with several readings take the one the article supports
    (``resolve.places.local_reading``); the entity gets its country and the reason."""
    candidates = [m for m in mentions if m.entity_key and m.kind == "name" and (
        m.type == "place" or m.type == "country")]
    if not candidates:
        return
    evidence = evidence_from(mentions)
    decided: dict[str, object] = {}
    for m in candidates:
        name = _strip_the(m.text)
        if name not in decided:
            decided[name] = local_reading(name, evidence)
        decision = decided[name]
        if decision is None or decision.reading.kind == "country":
            continue
        old_key = m.entity_key
        key = f"place:{decision.reading.country.lower()}:{slugify(name) or 'unnamed'}"
        m.type, m.entity_key = "place", None
        builder.attach(m, key, name, "place")
        record = builder.entities[key]
        record.country, record.reason = decision.reading.country, decision.reason
        if old_key != key and not any(x.entity_key == old_key for x in mentions):
            builder.entities.pop(old_key, None)


def _singular_head(doc, mention: Mention) -> str:
    """"ballistic missiles" -> "ballistic missile": one key for an equipment's singular and
    plural mentions (the head noun's lemma)."""
    span = expanded_span(doc, mention.start, mention.end)
    text = _strip_the(mention.text)
    if span is None or not span[-1].is_lower or span[-1].lemma_ == span[-1].text:
        return text
    return text[: len(text) - len(span[-1].text)] + span[-1].lemma_


# "Joint Stock Company Northern Shipping Company (Northern Shipping)", "Concord Management and
# Consulting LLC and Concord Catering (collectively “Concord”)": a short name defined in
# parentheses right after an organisation's full name (legal and press-release drafting)
_DEFINED_SHORT_NAME = re.compile(
    r"^\s*\(\s*(collectively|together|hereinafter|hereafter)?[\s,]*[\"“”'‘’]?"
    r"([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3})[\"“”'‘’]?\s*\)")


def _merge_defined_short_names(text: str, mentions: list[Mention], builder: _Builder) -> None:
    """A short name an article defines in parentheses after an organisation's full name
    ("Joint Stock Company Northern Shipping Company (Northern Shipping)", "(collectively
    “Concord”)") names that organisation wherever it recurs after the definition, whatever
    type the NER gave the recurrence ("Concord sent funds": not the town of Concord). The short
    name's words must run inside the full name; with "collectively" the first organisation of
    the sentence whose name holds them is taken. One-word capitals are left to the acronym
    merge."""
    orgs = [m for m in mentions if m.type == "organization" and m.entity_key and m.kind == "name"]
    defined: list[tuple[int, str, str]] = []  # (full name end, folded short name, org key)
    for m in orgs:
        match = _DEFINED_SHORT_NAME.match(text[m.end:m.end + 60])
        if match is None:
            continue
        short = match.group(2)
        if short.isupper() and " " not in short:
            continue  # an acronym: _merge_acronyms
        words = [_fold(w) for w in short.split()]
        candidates = [m]
        if match.group(1):
            sentence_start = text.rfind(". ", 0, m.start) + 1
            candidates = [o for o in orgs if sentence_start <= o.start and o.end <= m.end]
        for o in candidates:
            name = [_fold(w) for w in builder.entities[o.entity_key].name.split()]
            if len(name) > len(words) and any(name[i:i + len(words)] == words for i in range(len(name))):
                defined.append((m.end, " ".join(words), o.entity_key))
                break
    for end, short, key in defined:
        target = builder.entities.get(key)
        if target is None:
            continue
        for m in mentions:
            if m.start < end or m.kind not in ("name", "capital") or m.entity_key == key \
                    or m.type not in ("organization", "place", "country", "group"):
                continue
            if " ".join(_fold(w) for w in _strip_the(_strip_possessive(m.text)).split()) != short:
                continue
            old = m.entity_key
            m.type, m.kind, m.entity_key = "organization", "name", None
            builder.attach(m, key, target.name, "organization")
            if old and old != key and not any(x.entity_key == old for x in mentions):
                builder.entities.pop(old, None)


# types the model gives a bare acronym it does not know ("CMAR" a person, "NRP" a place); a
# country mention is left alone (its acronym is the state's own: "PRC", "DPRK")
_ACRONYM_RETYPED = frozenset({"person", "place", "group", "region"})


# the rest of a hyphenated acronym the model cut off a mention ("IRGC" of "IRGC-QF")
_ACRONYM_REST = re.compile(r"^-([A-Z][A-Z0-9]{0,7})\b")


def _retype_spelled_names(mentions, builder: _Builder, by_initials: dict[str, set[str]], orgs) -> None:
    """A multiword name the model took for a place or a group ("United States Trade
    Representative" tagged GPE) whose initials spell an acronym the article uses as an
    organisation ("the USTR"): the acronym's letters are the name's, so the name is that
    organisation, re-keyed ``org:<slug>`` and added to ``by_initials``/``orgs`` for
    ``_merge_acronyms``. Press style abbreviates places too ("NYC", "DRC", "UAE", "FATA"), and the
    model tags such an acronym ORG as readily, so a name the country table or the place gazetteer
    resolves (``lookup_country``, ``place_states``: "New York City") stays a place. Acronyms of
    three letters or more only, and only where no organisation's name already spells them."""
    acronyms = {_org_name(m.text).replace(".", "") for m in mentions
                if m.type == "organization" and m.entity_key and m.kind not in ("pronoun", "title")}
    acronyms = {a for a in acronyms if a.isupper() and 3 <= len(a) <= 12 and " " not in a and a not in by_initials}
    if not acronyms:
        return
    for m in mentions:
        if m.type not in ("place", "group") or m.kind != "name" or not m.entity_key:
            continue
        name = _strip_the(_strip_possessive(" ".join(m.text.split())))
        if len(name.split()) < 2 or _initials(name) not in acronyms:
            continue
        if lookup_country(name) is not None or place_states(name):
            continue  # "New York City" ... "the NYC": a place's acronym, not a body's
        old = m.entity_key
        key = "org:" + (slugify(name) or "unnamed")
        m.type, m.entity_key = "organization", None
        builder.attach(m, key, name, "organization")
        if not any(x.entity_key == old for x in mentions):
            builder.entities.pop(old, None)
        if (name, key) not in orgs:
            orgs.append((name, key))
        by_initials.setdefault(_initials(name), set()).add(key)


def _merge_acronyms(mentions, builder: _Builder, acronyms: dict[str, str], orgs, text: str = "",
                    parts: Optional[dict[str, tuple[str, Optional[str]]]] = None) -> None:
    """Point acronym mentions ("IRNA") at the full-name organisation the article pairs them with.

    An acronym the article defines in brackets after an organisation's name ("Narcotics Rewards
    Program (NRP)", "Eastern Tropical Pacific Marine Corridor (CMAR)") is that organisation
    wherever it recurs, whatever type the model gave the bare acronym (person, place, group:
    an all-capitals token out of context reads as a surname or a place). Only an explicit
    bracket definition retypes a non-organisation; initials alone re-key organisations only."""
    by_initials: dict[str, set[str]] = {}
    for name, key in orgs:
        if len(name.split()) >= 2:
            by_initials.setdefault(_initials(name), set()).add(key)
    _retype_spelled_names(mentions, builder, by_initials, orgs)
    for m in mentions:
        if not m.entity_key or m.kind in ("pronoun", "title"):
            continue
        retyped = m.type in _ACRONYM_RETYPED
        if m.type != "organization" and not retyped:
            continue
        short = _org_name(m.text).replace(".", "")
        if not (short.isupper() and 2 <= len(short) <= 12 and " " not in short):
            continue
        target = acronyms.get(short)
        rest = _ACRONYM_REST.match(text[m.end:m.end + 10]) if target is None and text else None
        if rest is not None and f"{short}-{rest.group(1)}" in acronyms:
            # "a Houthi and IRGC-QF associate": the model tagged "IRGC" a place, cutting the
            # bracket-defined acronym "IRGC-QF" at its hyphen; the whole is the organisation
            target = acronyms[f"{short}-{rest.group(1)}"]
        if target is None and not retyped and len(by_initials.get(short, ())) == 1:
            target = next(iter(by_initials[short]))
        # the bracketed name may itself have been re-keyed above (its entity gone)
        part = (parts or {}).get(target) if target and target not in builder.entities else None
        if target and target != m.entity_key and (target in builder.entities or part):
            old = builder.entities.get(m.entity_key)
            m.entity_key = None
            m.type, m.kind = "organization", "name"
            builder.attach(m, target, part[0] if part else builder.entities[target].name, "organization")
            if part and part[1] and not builder.entities[target].country:
                builder.entities[target].country = part[1]
            if old is not None and not any(x.entity_key == old.key for x in mentions):
                del builder.entities[old.key]


def _capitalised_inside_sentence(doc, token) -> bool:
    """Whether ``token``'s capital can only be a name's: the word is neither the sentence's nor
    the line's first and stands between words that are not capitalised (English writes a common
    noun in lower case inside a sentence; a run of capitals is a heading or a longer name)."""
    if token.is_sent_start or token.i == 0:
        return False
    before = doc[token.i - 1]
    if before.is_space or "\n" in before.whitespace_ or before.text[:1].isupper():
        return False  # a line's first word, or the tail of a capitalised run
    if before.text in ("'s", "’s", "'", "’", '"', "“", "”"):
        return False  # "the Bay's Waters", a quoted title: no plain mid-sentence word
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return after is None or not after.text[:1].isupper()


def _add_untagged_surnames(doc, index: MentionIndex, people: _PersonIndex, builder: _Builder) -> list[Mention]:
    """Surnames spaCy did not tag at all ("Novillo played down ..."), also one the tagger took for
    a common noun where its capital stands inside a sentence ("..., Waters pointed out")."""
    surnames = {}
    for person in people.persons:
        for form in person.forms:
            if len(form) >= 2 and len(form[-1]) >= 3:
                surnames.setdefault(form[-1], person)
    if not surnames:
        return []
    added = []
    n = len(doc)
    # the untagged proper nouns found from the cached part-of-speech ids, a Token made only for them
    for i, pos in enumerate(token_pos(doc)):
        if pos not in (PROPN, NOUN) or index.by_token[i] != -1:
            continue
        token = doc[i]
        if not token.is_title:
            continue
        if pos == NOUN and not _capitalised_inside_sentence(doc, token):
            continue  # "Waters" tagged a common noun: only its capital mid-sentence makes it a name
        folded = _fold(token.text)
        if folded not in surnames:
            continue
        # part of some other multi-word name: leave it
        if (token.i + 1 < n and doc[token.i + 1].is_title and doc[token.i + 1].pos_ == "PROPN") or (
            token.i > 0 and doc[token.i - 1].is_title and doc[token.i - 1].pos_ == "PROPN"
            and index.by_token[token.i - 1] == -1 and not doc[token.i - 1].is_sent_start
        ):
            continue
        prev = token.i - 1
        while prev >= 0 and doc[prev].is_space:
            prev -= 1
        if prev >= 0 and index.mention_at(prev) is not None and index.mention_at(prev).type == "person":
            continue  # the tail of a name the tagger cut at a line break
        person = people.match_partial((folded,), token.idx, surname_only=True) or surnames[folded]
        m = Mention(start=token.idx, end=token.idx + len(token.text), text=token.text, type="person",
                    kind="surname", component=COMPONENT, version=VERSION)
        builder.attach(m, person.key, person.name, "person")
        _note_position(person, m.start, (folded,))
        added.append(m)
    return added


def _sentence_bounds(doc) -> list[int]:
    return [s.start for s in doc.sents]


def _is_subject(doc, index: MentionIndex, mention: Mention, phrase: bool = False) -> bool:
    """Is the mention the subject of its sentence's main clause? With ``phrase``, the mention's
    head word stands for the noun phrase it heads: a name the NER cut short heads the rest of its
    proper-noun chain ("Manuel Trujillo" of "Manuel Trujillo y Torres was ...": a capitalised word
    of the same name a few words on), and a name in apposition is its anchor's referent ("Another
    blogger, Ahmed Shokier, analyzed ...": English apposition, two phrases for one referent), so
    it is the subject when the chain's head or the anchor noun is. The pronoun resolver reads the
    phrase's subject only for a sentence before the pronoun's: inside one sentence an appositive
    name is often one of a list ("X's wife, Y, and daughter, Z, ... along with W ... and her
    spouse"), where the nearest name is the safer reading."""
    first, last = index.span_of(mention)
    for token in doc[first:last]:
        if not (first <= token.head.i < last) or token.head.i == token.i:
            word = token
            for _ in range(6 if phrase else 0):  # a bounded climb: a name chain is a few words long
                head = word.head
                if word.dep_ in _NAME_CHAIN_DEPS and head.pos_ == "PROPN" and 0 < head.i - word.i <= 3 \
                        and head.is_alpha and head.text[:1].isupper():
                    word = head  # a capitalised word of the same name, a few words on
                elif word.dep_ == "appos" and head.i < word.i and head.pos_ == "NOUN":
                    word = head  # the description the name is in apposition to ("A blogger, X,")
                else:
                    break
            head = word.head
            return word.dep_ in _SUBJECT_DEPS and (head.dep_ == "ROOT" or head.head.i == head.i)
    return False


# dependencies that tie a name's word to the next word of the same proper-noun chain
_NAME_CHAIN_DEPS = frozenset({"compound", "flat", "flat:name"})


def _in_quote(doc, token_i: int, sent_start: int) -> bool:
    texts = token_texts(doc)  # strings: no Token made per word before the pronoun
    quotes = sum(1 for i in range(sent_start, token_i) if texts[i] in ('"', "“", "”"))
    return quotes % 2 == 1


class _QuotedPassages:
    """The article's quoted passages (``statements.find_quotes``: marks paired across sentences,
    a quote left open closing at the line break), asked whether an offset lies inside one."""

    def __init__(self, doc):
        self.spans = quoted_passages(doc)  # statements' own pairing, found once a Doc
        self.starts = [start for start, _ in self.spans]

    def holds(self, offset: int) -> bool:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i >= 0 and self.spans[i][0] <= offset < self.spans[i][1]


class _PronounResolver:
    """he/she/his/her -> the most recent compatible person, conservatively.

    Candidates are the persons mentioned earlier in the same sentence (the main-clause subject
    first, else the nearest), else in one of the two sentences before: the only person there,
    or its single main-clause subject; otherwise the pronoun stays unresolved.
    """

    def __init__(self, doc, index: MentionIndex, people: _PersonIndex, person_mentions: list[Mention]):
        self.doc, self.index, self.people = doc, index, people
        self.text = doc_text(doc)
        self.quoted = _QuotedPassages(doc)
        self.sent_starts = _sentence_bounds(doc)
        self.by_sentence: dict[int, list[tuple[int, Mention, bool]]] = {}
        # ids of the mentions whose noun phrase is its main clause's subject (_is_subject's phrase
        # reading), read for the sentences before a pronoun's
        self.phrase_subjects: set[int] = set()
        for m in person_mentions:
            self.add(m)
            first, _ = index.span_of(m)
            if first > 0 and doc[first - 1].lower_ in _HONORIFIC_GENDER:  # "Mr. Novillo"
                people.by_key[m.entity_key].gender = _HONORIFIC_GENDER[doc[first - 1].lower_]

    def _is_header(self, s: int) -> bool:
        start = self.sent_starts[s]
        end = self.sent_starts[s + 1] if s + 1 < len(self.sent_starts) else len(self.doc)
        # the last word that is no whitespace, read from the cached strings: no Token made per word
        spaces, texts = token_spaces(self.doc), token_texts(self.doc)
        last = next((i for i in range(end - 1, start - 1, -1) if not spaces[i]), None)
        return last is not None and texts[last] not in _SENTENCE_END

    def _sentence_of(self, token_i: int) -> int:
        return bisect.bisect_right(self.sent_starts, token_i) - 1

    def add(self, mention: Mention) -> None:
        if _place_written_as_person(self.doc, mention):
            return  # "In Nogales (Sonora, Mexico), she will ...": a town, not who "she" is
        first, _ = self.index.span_of(mention)
        subject = _is_subject(self.doc, self.index, mention)
        if subject or _is_subject(self.doc, self.index, mention, phrase=True):
            self.phrase_subjects.add(id(mention))
        bisect.insort(self.by_sentence.setdefault(self._sentence_of(first), []),
                      (mention.start, mention, subject), key=lambda item: item[0])

    def _bound_keys(self, token, s: int) -> set[str]:
        """Keys an object pronoun cannot take (binding theory, Principle B: a non-reflexive
        pronoun is free in its clause): the persons that are its clause's subject."""
        if token.tag_ != "PRP":
            return set()
        keys = set()
        for subject in clause_subjects(token):
            for _, mention, _ in self.by_sentence.get(s, []):
                # a pronoun subject's own reading is a guess: binding from it would chain two
                # guesses ("Devocht, who had told Montalvo he would assist him")
                if mention.start <= subject.idx < mention.end and mention.entity_key and mention.kind != "pronoun":
                    keys.add(mention.entity_key)
        return keys

    def _named_subject_between(self, first: int, last: int) -> bool:
        """Whether a sentence strictly between sentences ``first`` and ``last`` has a proper-noun
        main subject no person mention covers and no title word is ("VIKTOR ZOLOTOV is ...",
        "Shalev is in Trento": a name the NER missed may be who a later he/she is)."""
        titles = title_lexicon()
        for s in range(first + 1, last):
            start = self.sent_starts[s]
            end = self.sent_starts[s + 1] if s + 1 < len(self.sent_starts) else len(self.doc)
            root = next((t for t in self.doc[start:end] if t.dep_ == "ROOT"), None)
            if root is None:
                continue
            for subject in (c for c in root.children if c.dep_ in _SUBJECT_DEPS):
                if subject.pos_ == "PROPN" and subject.lower_ not in titles.heads \
                        and not any(m.start <= subject.idx < m.end for _, m, _ in self.by_sentence.get(s, [])):
                    return True
        return False

    def _noun_modifier(self, mention: Mention) -> bool:
        """Whether the mention is a name in compound before a common noun ("the Cruise video",
        "the Obama administration"): a premodifier of another referent (English noun compounds)."""
        first, last = self.index.span_of(mention)
        word = self.doc[last - 1]
        return word.dep_ == "compound" and word.head.i > word.i and word.head.pos_ == "NOUN"

    def antecedent(self, token) -> Optional[_Person]:
        gender = _PRONOUN_GENDER.get(token.lower_)
        if gender is None:
            return None
        s = self._sentence_of(token.i)
        if _in_quote(self.doc, token.i, self.sent_starts[s]) and self.quoted.holds(token.idx):
            # inside a quote "he" is the speaker's business; an odd count of marks from the
            # sentence's start is no quote when the first mark closes a quote opened sentences
            # before ('"... a daily basis. So that alarms me, ..." he said': he is the speaker)
            return None
        bound = self._bound_keys(token, s)

        def compatible(item):
            return item[1].entity_key not in bound and self.people.by_key[item[1].entity_key].gender in (None, gender)

        line_start = 0
        if self.index.newline_is_paragraph:
            # single line breaks end paragraphs here: a name on the header line above
            # ("Ned Price, Department Spokesperson") is not in this sentence
            line_start = self.text.rfind("\n", 0, token.idx) + 1
        same = [item for item in self.by_sentence.get(s, [])
                if line_start <= item[1].start and item[1].end <= token.idx and compatible(item)]
        if same:
            subjects = [item for item in same if item[2]] if not bound else []
            # with its own subject ruled out, an object pronoun takes the nearest person left
            # ("Harris spoke with Sheinbaum and congratulated her": Sheinbaum)
            return self.people.by_key[(subjects or same)[-1][1].entity_key]
        for back in range(1, _MAX_PRONOUN_SENTENCES_BACK + 1):
            if s - back < 0:
                break
            if self._is_header(s - back):
                continue  # "Ned Price, Department Spokesperson": a byline, not a sentence
            previous = [item for item in self.by_sentence.get(s - back, []) if compatible(item)]
            if not previous:
                continue
            referents = [item for item in previous if not self._noun_modifier(item[1])]
            if referents:
                # "the Cruise video": a name premodifying a common noun names the thing's kind
                # or owner, not a person the sentence is about; it stands aside for the others
                previous = referents
            keys = {item[1].entity_key for item in previous}
            if len(keys) == 1:
                return self.people.by_key[previous[0][1].entity_key]
            subjects = {item[1].entity_key for item in previous if id(item[1]) in self.phrase_subjects}
            if len(subjects) == 1:
                return self.people.by_key[next(iter(subjects))]
            return None  # several people, no single subject: too risky
        if token.dep_ in _SUBJECT_DEPS and not bound:
            # no person within two sentences: a subject he/she is the one person the article has
            # named so far, where there is exactly one ("Lee Satterfield will travel to Brazil ...
            # The Assistant Secretary will ... In Rio de Janeiro, she will open ..."): the only
            # candidate is the discourse's centre (Grosz, Joshi & Weinstein 1995)
            named = {item[1].entity_key for before in range(s) for item in self.by_sentence.get(before, [])}
            subject_before = any(item[2] for before in range(s) for item in self.by_sentence.get(before, []))
            fronted = token.head.dep_ == "advcl" and token.head.i < token.head.head.i
            later = fronted and any(item[1].start > token.idx for item in self.by_sentence.get(s, []))
            # (a person named later in its own sentence may be what it points ahead to: "When he
            # decided to launch an invasion ..., President Putin intended"; and a centre is a
            # subject somewhere before)
            last = max((before for before in range(s) if self.by_sentence.get(before)), default=-1)
            if len(named) == 1 and subject_before and not later and not self._named_subject_between(last, s):
                only = self.people.by_key[next(iter(named))]
                if only.gender in (None, gender):
                    return only
        return None

    def _object_of_same_verb(self, token, objects: dict) -> Optional[_Person]:
        """"congratulated her on her election", "thanked him for his service": a possessive in
        a complement of the verb whose object is a pronoun of the same gender is that object's
        (the nearer antecedent, as readouts use it), not the subject's."""
        if token.tag_ != "PRP$":
            return None
        noun = token.head
        prep = noun.head if noun.dep_ == "pobj" else None
        verb = prep.head if prep is not None and prep.dep_ == "prep" else None
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return None
        for child in verb.children:
            if child.i in objects and child.i < token.i \
                    and _PRONOUN_GENDER.get(child.lower_) == _PRONOUN_GENDER[token.lower_]:
                return objects[child.i]
        return None

    def resolve_all(self, builder: _Builder) -> list[Mention]:
        added = []
        objects: dict[int, _Person] = {}  # token index of an object pronoun -> its person
        doc = self.doc
        # the cheap word test on the cached strings, a Token made only for a pronoun's form
        for i, lower in enumerate(token_lowers(doc)):
            if lower not in _PRONOUN_GENDER:
                continue
            token = doc[i]
            if token.pos_ != "PRON":
                continue
            nxt = token.nbor(1) if token.i + 1 < len(self.doc) else None
            if nxt is not None and nxt.lower_ in _STYLE_NOUNS:
                continue  # "His Excellency", "Her Majesty": a form of address, not a reference
            person = self._object_of_same_verb(token, objects) or self.antecedent(token)
            if person is None:
                continue
            if token.tag_ == "PRP" and token.dep_ in _OBJECT_DEPS:
                objects[token.i] = person
            if person.gender is None:
                person.gender = _PRONOUN_GENDER[token.lower_]
            m = Mention(start=token.idx, end=token.idx + len(token.text), text=token.text, type="person",
                        kind="pronoun", component=COMPONENT, version=VERSION)
            builder.attach(m, person.key, person.name, "person")
            self.add(m)
            added.append(m)
        return added


# first-person singular pronouns: the voice of a signed release or of a transcript turn
_FIRST_PERSON = {"i", "me", "my", "myself", "mine"}
_BYLINE_LINES = 4  # a signature block sits on the first lines, before the body


def _person_mention_in(mentions: list[Mention], start: int, end: int) -> Optional[Mention]:
    found = [m for m in mentions if m.type == "person" and m.entity_key and start <= m.start and m.end <= end]
    return found[0] if len(found) == 1 else None


def _byline_person(doc, mentions: list[Mention]) -> Optional[Mention]:
    """The one signer of a release whose first lines read "Name, Title" ("Antony J. Blinken,
    Secretary of State"), as state.gov publishes its statements; None when no line or more than
    one (a joint statement: "I" is then each signer's by turns)."""
    text = doc_text(doc)
    signers, offset = [], 0
    for line in text.split("\n")[:_BYLINE_LINES]:
        start, end = offset, offset + len(line)
        offset = end + 1
        stripped = line.strip()
        if not stripped or len(stripped) > 90 or stripped[-1] in ".!?\u201d\"" or "," not in stripped:
            continue
        person = _person_mention_in(mentions, start, start + len(line.split(",")[0]))
        if person is not None and text[start:person.start].strip() == "":
            signers.append(person)
        elif is_signature(stripped) and not re.search(r"[.!?]", stripped.split(",", 1)[1]):
            # "Dmytro Kuleba, Ukrainian Foreign Minister" (intake's signature line, one office
            # after the comma): a second signer the NER did not tag
            signers.append(None)
    return signers[0] if len(signers) == 1 else None


# "Statement from President Joe Biden on ...", "Statement by NSC Spokesperson Emily Horne on ...",
# "Remarks by Deputy Secretary of State Wendy Sherman in ...": the title of a White House or
# State Department release names its voice (the office, then the name) before the topic's
# preposition. Only statements and remarks: a "Readout of X's call" is the office's account of
# X, not X speaking; a "Joint Statement" has several voices.
_TITLE_VOICE = re.compile(
    r"^(?:statement|remarks)\s+(?:from|by)\s+(?P<who>.+?)"
    r"(?:\s+(?:on|regarding|at|in|to|before|after|following|upon|about|for|marking|with|during)\s+.*)?$",
    re.IGNORECASE | re.DOTALL)
_SEVERAL = re.compile(r"\s(?:and|&)\s|;", re.IGNORECASE)


def title_voice(title: Optional[str]) -> Optional[str]:
    """The one person a release's title names as its voice, as written ("Statement from
    President Joe Biden on ..." -> "Joe Biden"; "Statement by President Joseph R. Biden, Jr. on
    ..." -> "Joseph R. Biden, Jr."): the capitalised words after the title's last office word
    (``lexicons/titles.yaml``) or lower-case word. None for another kind of title, several voices
    ("Remarks by President Biden and President Xi ...") or an office with no name."""
    match = _TITLE_VOICE.match(" ".join((title or "").split()))
    if match is None or _SEVERAL.search(match.group("who")):
        return None
    known = lex_words() | title_lexicon().honorifics
    words = match.group("who").split()
    for j, word in enumerate(words[:-1]):
        if re.fullmatch(r"[A-Z][a-z]+ing", word) and \
                sum(1 for w in words[:j] if w[:1].isupper() and w.strip(",.").lower() not in known) >= 2:
            # "... Jake Sullivan Announcing Support for ...": a participle opens the topic once
            # a full name is written ("Xi Jinping" is a name: one name word before it)
            words = words[:j]
            break
    name: list[str] = []
    for word in reversed(words):
        bare = word.strip(",.")
        if bare.lower() in _NAME_SUFFIXES or (name and len(bare) == 1 and word.endswith(".")):
            name.insert(0, word)  # "Jr.", an initial ("R.")
            continue
        if not bare[:1].isupper() or bare.lower() in known or bare.isupper() and len(bare) > 1:
            break  # an office word, "of", an acronym ("NSC"): the name ends here
        name.insert(0, word)
    tokens = _name_tokens(" ".join(name))
    if not name or len(name) == len(words) or not [w for w in tokens if not _is_initial(w)]:
        return None  # no office before it: not the "<Office> <Name>" of a release title
    return " ".join(name).strip(", ")


def _title_signer(doc, people: "_PersonIndex") -> Optional[tuple[str, str]]:
    """(key, name) of the voice the article's title names (``title_voice``): the article's
    person of that name when it has one (its full name, or a surname only one person carries),
    else a person of its own from the title."""
    name = title_voice(getattr(doc._, "ng_title", None))
    if name is None:
        return None
    tokens = _name_tokens(name)
    same = [p for p in people.persons if any(_same_full_name(tokens, form) for form in p.forms)]
    if not same and len([w for w in tokens if not _is_initial(w)]) == 1:
        same = [p for p in people.persons if tokens[-1] in p.surnames]
    if len(same) == 1:
        return same[0].key, same[0].name
    if same:
        return None  # two people of that name: which one speaks is not known
    name = re.sub(r",?\s+(?:jr|sr)\.?$", "", name, flags=re.IGNORECASE)  # the key of "Joseph R. Biden"
    return "person:" + slugify(name), name


def _turn_speakers(doc, people: "_PersonIndex") -> list[tuple[int, Optional[_Person]]]:
    """(char offset where a transcript turn starts, its speaker or None) in text order: the
    speaker line's last word is a surname of one person of the article ("MR PRICE" -> Ned
    Price); "QUESTION:", "MODERATOR:" or an unknown name leave the turn's "I" unresolved."""
    turns = []
    for match in text_matches(doc, TURN_LINE):
        words = [_fold(w) for w in match.group(1).split()]
        surname = words[-1] if words else ""
        pool = [p for p in people.persons if surname and surname in p.surnames and any(len(f) >= 2 for f in p.forms)]
        turns.append((match.start(1), pool[0] if len(pool) == 1 else None))
    return turns


def _resolve_first_person(doc, mentions: list[Mention], people: "_PersonIndex", builder: "_Builder") -> list[Mention]:
    """I / me / my outside quotation marks -> the person speaking: in a transcript, the speaker
    of the current turn; before any turn, the one signer of the release ("Antony J. Blinken,
    Secretary of State" on its first line), else the voice the article's title names
    ("Statement from President Joe Biden on ...": ``title_voice``). A byline with no title,
    several signers or a turn with no known speaker leave the pronoun as it is."""
    signer = _byline_person(doc, mentions)
    voice = None
    if signer is not None:
        voice = signer.entity_key, people.by_key[signer.entity_key].name \
            if signer.entity_key in people.by_key else signer.text
    elif getattr(doc._, "ng_title", None):
        voice = _title_signer(doc, people)
    turns = _turn_speakers(doc, people)
    if voice is None and not any(person for _, person in turns):
        return []
    sent_starts = _sentence_bounds(doc)
    starts = [offset for offset, _ in turns]
    added = []
    for i, lower in enumerate(token_lowers(doc)):
        if lower not in _FIRST_PERSON:
            continue
        token = doc[i]
        if token.tag_ not in ("PRP", "PRP$"):
            continue
        s = bisect.bisect_right(sent_starts, token.i) - 1
        if _in_quote(doc, token.i, sent_starts[s]):
            continue  # a quoted "I" is the quoted speaker's
        turn = bisect.bisect_right(starts, token.idx) - 1
        if turn >= 0:
            person = turns[turn][1]
            if person is None:
                continue
            key, name = person.key, person.name
        elif voice is not None:
            key, name = voice
        else:
            continue
        m = Mention(start=token.idx, end=token.idx + len(token.text), text=token.text, type="person",
                    kind="pronoun", component=COMPONENT, version=VERSION)
        builder.attach(m, key, name, "person")
        added.append(m)
    return added


def _singular_title(word: str) -> Optional[str]:
    """"secretaries" -> "secretary", "ministers" -> "minister"; None for a word with no plural -s."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return None


@functools.lru_cache(maxsize=1)
def _phoenix_person_nouns() -> frozenset[str]:
    """One-word Phoenix sector agent nouns (``lexicons/phoenix_agents.json``: "student", "activist")."""
    path = Path(__file__).resolve().parent / "lexicons" / "phoenix_agents.json"
    agents = json.loads(path.read_text(encoding="utf-8"))["agents"]
    return frozenset(a for a in agents if a.isalpha() and a.islower())


def _described_as(doc, mentions: list[Mention], lex) -> dict[str, set[str]]:
    """person key -> the common nouns the article introduced the person with: an apposition
    with an indefinite article ("Ahmed Mohamed, a 14-year-old boy from Irving") or a lower-case
    noun written right before the name ("a tweet to student Ahmed Mohamed"). Vague heads
    ("member", "official") and title words (``_resolve_descriptions`` reads those) are left out."""
    described: dict[str, set[str]] = {}
    for m in mentions:
        if m.type != "person" or m.kind not in ("name", "surname") or not m.entity_key:
            continue
        span = expanded_span(doc, m.start, m.end)
        if span is None or not len(span):
            continue
        nouns = []
        root = span.root
        for child in root.children:
            if child.dep_ == "appos" and child.i > root.i and child.tag_ == "NN" and child.is_lower \
                    and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in child.children) \
                    and doc[root.i + 1:child.i].text.count(",") == 1 and doc[root.i + 1].text == ",":
                nouns.append(child.lower_)
        if span.start > 0:
            before = doc[span.start - 1]
            # a Phoenix sector noun (the parser may tag it a verb in a caption: "tweet to student
            # Ahmed Mohamed"), or a singular noun compounded with the name
            if before.is_lower and before.is_alpha and (
                    before.lower_ in _phoenix_person_nouns()
                    or (before.tag_ == "NN" and before.dep_ == "compound" and span.start <= before.head.i < span.end)):
                nouns.append(before.lower_)
        for noun in nouns:
            if noun not in _VAGUE_DESCRIPTION_HEADS and noun not in lex.title_words:
                described.setdefault(m.entity_key, set()).add(noun)
    return described


def _described_person(doc, i: int, described: dict[str, set[str]], people: "_PersonIndex",
                      index: MentionIndex) -> Optional[_Person]:
    """The one person introduced with the noun of "the <noun>" at token ``i`` ("the student"
    after "student Ahmed Mohamed"), when exactly one person named before it was; else None."""
    if i + 1 >= len(doc):
        return None
    noun = doc[i + 1]
    if noun.tag_ != "NN" or not noun.is_lower or index.mention_at(i + 1) is not None:
        return None
    if i + 2 < len(doc) and (doc[i + 2].lower_ in ("of", "who", "that", "whose")
                             or doc[i + 2].pos_ in ("PROPN", "NOUN")):
        return None  # "the student of ...", "the student body": not a bare description
    found = [people.by_key[key] for key, nouns in described.items()
             if noun.lower_ in nouns and key in people.by_key
             and people.by_key[key].last_before(noun.idx) is not None]
    return found[0] if len(found) == 1 else None


def _resolve_descriptions(doc, index: MentionIndex, people: _PersonIndex, builder: _Builder,
                          mentions: list[Mention], pronouns: _PronounResolver) -> list[Mention]:
    """"the minister", "the defense minister" -> the person most recently titled so."""
    lex = title_lexicon()
    titled: dict[str, list[tuple[str, frozenset[str]]]] = {}  # person key -> (head, words)
    for cand in find_role_candidates(doc, mentions, index):
        key = cand.person.entity_key
        if not key:
            continue
        text = doc_text(doc)
        # a title the role finder left unrecognised may stand between ("The Secretary and First
        # Lady Zelenska spoke": "First Lady" is no title noun), so "and" before the name counts too
        between = text[cand.start + len(cand.title):cand.person.start] if cand.person.start > cand.start else ""
        coordinated = cand.coordinated or re.search(r"(?:^|\s)(?:and|&)\s", between) is not None
        if coordinated and re.search(r"\b[Tt]he\s+$", text[max(0, cand.start - 5):cand.start]):
            # "The Deputy Secretary and State Councilor Wang had a discussion": a definite title
            # before "and" refers back to someone titled so before (here Sherman), it is no
            # second title of the name after "and"
            continue
        if cand.inherit_from is not None:
            owner = pronouns.antecedent(doc[index.tokens_of(cand.inherit_from, cand.inherit_from + 1)[0]])
            other = owner.key if owner is not None else None
            if other and titled.get(other):
                titled.setdefault(key, []).append(titled[other][0])
            continue
        titled.setdefault(key, []).append((cand.head, frozenset(cand.words)))
    described = _described_as(doc, mentions, lex)
    if not titled and not described:
        return []
    sent_chars = [sent.start_char for sent in doc.sents]
    added = []
    n = len(doc)
    shared_the = -1  # "The Secretary and Foreign Minister discussed": "the" serves both titles
    for i, lower in enumerate(token_lowers(doc)):
        if (lower != "the" and not (lower == "and" and i == shared_the)) or index.by_token[i] != -1:
            continue
        token = doc[i]
        j = token.i + 1
        words = []
        while j < n and j - token.i <= 4 and doc[j].lower_ in lex.title_words and index.mention_at(j) is None:
            words.append(doc[j].lower_)
            j += 1
            if j + 1 < n and doc[j].text == "-" and f"{words[-1]}-{doc[j + 1].lower_}" in lex.heads:
                words[-1] = f"{words[-1]}-{doc[j + 1].lower_}"  # "the President-elect", split at its hyphen
                j += 2
        plural = False
        singular = _singular_title(doc[j].lower_) if j < n and doc[j].tag_ in ("NNS", "NNPS") else None
        if singular and doc[j].is_title and singular in lex.heads and singular not in _VAGUE_DESCRIPTION_HEADS \
                and index.mention_at(j) is None:
            # "The Secretaries and Ministers discussed": a capitalised plural title
            words.append(singular)
            plural = True
            j += 1
        if not words and lower == "the" and described:
            common = _described_person(doc, i, described, people, index)
            if common is not None:
                m = Mention(start=token.idx, end=doc[i + 1].idx + len(doc[i + 1].text), text=doc[i:i + 2].text,
                            type="person", kind="title", component=COMPONENT, version=VERSION)
                builder.attach(m, common.key, common.name, "person")
                _note_position(common, m.start)
                added.append(m)
            continue
        if not words or words[-1] not in lex.heads or words[-1] in _VAGUE_DESCRIPTION_HEADS:
            continue
        if j < n and (doc[j].lower_ in ("of", "for") or doc[j].pos_ == "PROPN" or doc[j].tag_ == "NNS"):
            continue  # "the President of Mexico", "the Minister Novillo": not a bare description
        head, mods = words[-1], set(words[:-1]) - {"former", "then"}
        matches = []
        for key, titles in titled.items():
            if any(h == head and mods <= ws for h, ws in titles):
                pos = people.by_key[key].last_before(token.idx)
                if pos is not None:
                    matches.append((pos, people.by_key[key]))
        if not matches:
            continue
        matches.sort(key=lambda item: item[0], reverse=True)
        best = matches[0][1]
        if plural:
            # the people titled so, all of them: a slot holds one actor, so the plural reads as
            # the first named (as a coordinated actor does); one titled so leaves it unread
            if len(matches) < 2:
                continue
            best = min(matches, key=lambda item: item[1].positions[0])[1]
        elif len(matches) > 1:
            # several people hold that title: only a clearly most recent one will do
            s = bisect.bisect_right(sent_chars, token.idx) - 1
            window = sent_chars[max(0, s - 1)]
            if matches[0][0] < window or matches[1][0] >= window:
                continue
        end_token = doc[j - 1]
        first = doc[token.i + 1] if token.lower_ == "and" else token
        m = Mention(start=first.idx, end=end_token.idx + len(end_token.text), text=doc[first.i:j].text,
                    type="person", kind="title", component=COMPONENT, version=VERSION)
        builder.attach(m, best.key, best.name, "person")
        _note_position(best, m.start)
        added.append(m)
        shared_the = j if token.lower_ == "the" else -1
    return added


# head nouns of an organisation's or mission's name that a definite description repeats ("the
# Multinational Security Support mission" ... "This mission will support"; "the UN Human Rights
# Council" ... "The Council voted")
_ORG_DESCRIPTION_HEADS = frozenset({
    "mission", "force", "coalition", "council", "alliance", "agency", "committee", "commission",
    "organization", "organisation", "union", "bloc", "assembly", "court", "tribunal", "fund",
    "bank", "parliament", "group", "movement", "party", "front", "army", "navy", "militia",
    "company", "corporation", "ministry", "secretariat", "bureau", "institute",
    "foundation", "network", "consortium",
})
_ORG_DESCRIPTION_DETS = frozenset({"the", "this", "that"})


def _org_heads(doc, mention: Mention, index: MentionIndex) -> set[str]:
    """The head nouns an organisation mention's name gives a later "the <noun>": the last word
    of its name ("UN Human Rights Council": council) and a common noun the name modifies right
    after it ("the Multinational Security Support (MSS) mission": mission)."""
    heads = set()
    words = re.findall(r"[A-Za-z]+", _split_acronym(" ".join(mention.text.split()))[0])
    if words and words[-1].lower() in _ORG_DESCRIPTION_HEADS:
        heads.add(words[-1].lower())
    first, last = index.tokens_of(mention.start, mention.end)
    j = last
    n = len(doc)
    if j < n and doc[j].text == "(" and j + 2 < n and doc[j + 2].text == ")":
        j += 3  # "(MSS)"
    if j < n and doc[j].lower_ in _ORG_DESCRIPTION_HEADS and doc[j].tag_ == "NN" and index.mention_at(j) is None \
            and not (j + 1 < n and doc[j + 1].pos_ in ("NOUN", "PROPN")):
        heads.add(doc[j].lower_)
    return heads


def _resolve_org_descriptions(doc, index: MentionIndex, mentions: list[Mention], builder: _Builder) -> list[Mention]:
    """"this mission", "the Council" -> the one organisation named earlier in the article whose
    name has that head noun; two or more such organisations leave it unread."""
    named: list[tuple[int, str, set[str]]] = []  # (end char, key, heads)
    for m in mentions:
        if m.type == "organization" and m.kind == "name" and m.entity_key:
            heads = _org_heads(doc, m, index)
            if heads:
                named.append((m.end, m.entity_key, heads))
    if not named:
        return []
    added = []
    n = len(doc)
    for i, lower in enumerate(token_lowers(doc)):
        if lower not in _ORG_DESCRIPTION_DETS or i + 1 >= n or index.by_token[i] != -1:
            continue
        noun = doc[i + 1]
        if noun.lower_ not in _ORG_DESCRIPTION_HEADS or noun.tag_ not in ("NN", "NNP") or index.mention_at(noun.i) is not None:
            continue
        if noun.dep_ == "compound" or (i + 2 < n and (doc[i + 2].pos_ in ("NOUN", "PROPN") or doc[i + 2].lower_ == "of")):
            continue  # "the mission statement", "the Council of Europe": not the bare description
        keys = {key for end, key, heads in named if end <= doc[i].idx and noun.lower_ in heads}
        if len(keys) != 1:
            continue
        key = keys.pop()
        m = Mention(start=doc[i].idx, end=noun.idx + len(noun.text), text=doc[i:i + 2].text,
                    type="organization", kind="title", component=COMPONENT, version=VERSION)
        builder.attach(m, key, builder.entities[key].name, "organization")
        added.append(m)
    return added


def resolve_entities(doc, mentions: list[Mention]) -> tuple[list[Mention], dict[str, EntityRecord]]:
    """Key every mention and add surname/pronoun/title mentions; returns (mentions, entities)."""
    mentions = sorted((m for m in mentions if m.kind not in ("pronoun", "title")
                       or m.component != COMPONENT), key=lambda m: (m.start, -m.end))
    for m in mentions:
        m.entity_key = None  # keys are this component's to give
    builder = _Builder()
    people = _PersonIndex()
    _resolve_names(doc, mentions, builder, people)
    index = MentionIndex(doc, mentions)
    mentions = sorted(mentions + _add_untagged_surnames(doc, index, people, builder), key=lambda m: m.start)
    index = MentionIndex(doc, mentions)
    person_mentions = [m for m in mentions if m.type == "person" and m.entity_key]
    pronouns = _PronounResolver(doc, index, people, person_mentions)
    descriptions = _resolve_descriptions(doc, index, people, builder, mentions, pronouns)
    for m in descriptions:
        pronouns.add(m)
    descriptions = descriptions + _resolve_org_descriptions(doc, index, mentions, builder)
    mentions = sorted(mentions + descriptions + pronouns.resolve_all(builder), key=lambda m: m.start)
    mentions = sorted(mentions + _resolve_first_person(doc, mentions, people, builder), key=lambda m: m.start)
    _drop_passing_equipment(mentions, builder)
    return mentions, builder.entities


def _drop_passing_equipment(mentions: list[Mention], builder: _Builder) -> None:
    """A bare common noun named once ("a missile", "weapons") is equipment in passing, not an
    entity of the article: its mention stays, unkeyed; a modified name ("ballistic missiles")
    or a repeated one ("drones" throughout) is an entity."""
    by_key: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.type == "equipment" and m.entity_key:
            by_key.setdefault(m.entity_key, []).append(m)
    for key, found in by_key.items():
        if len(found) == 1 and " " not in found[0].text.strip() and found[0].text.islower():
            found[0].entity_key = None
            builder.entities.pop(key, None)


def entity_key_for_span(doc, start_char: int, end_char: int, skip: frozenset = frozenset()) -> Optional[str]:
    """Key of the entity whose mention best overlaps [start_char, end_char) (pronouns included);
    mentions whose (start, end) character offsets are in ``skip`` are left out (a caller's
    adjunct that does not name the phrase's referent).

    A demonym inside the span ("official Iranian news agency IRNA", "Iranian President Raisi")
    modifies the phrase's head, so any other mention in the span wins over it; a span holding
    only the demonym ("Iranian officials") is that country. Likewise an "of" phrase after a
    person's name ("President Guillermo Lasso of the Republic of Ecuador", "Xi Jinping of the
    People's Republic of China") post-modifies the name, the head of its noun phrase (English
    grammar: the head precedes its "of" complement): the person wins over the longer place.
    Since 0.3.37 a parent body inside the span of one of its units is a modifier too: an
    organisation named as the possessor of another named organisation ("the Cuban Ministry of the
    Interior's Special National Brigade") or in the "of" phrase after one ("the Tropas de
    Prevencion of the Cuban Ministry of Revolutionary Armed Forces"): the unit heads the phrase and
    keeps its own key, the parent only says whose it is (linking gives its state)."""
    inside = [m for m in overlapping_mentions(doc, start_char, end_char)
              if m.entity_key is not None and (m.start, m.end) not in skip]
    best, best_score = None, (0, 0, 0)
    for m in inside:
        overlap = min(end_char, m.end) - max(start_char, m.start)
        if overlap <= 0:
            continue
        modifier = m.kind == "demonym" or _of_after_person(doc, m, inside) or _of_after_members(doc, m, inside) \
            or _parent_of_named_unit(doc, m, inside)
        score = (0 if modifier else 1, overlap, 1 if m.type == "person" else 0)
        if score > best_score:
            best, best_score = m.entity_key, score
    return best


_MENTIONS_BY_START_KEY = "ng_mentions_by_start"


def overlapping_mentions(doc, start_char: int, end_char: int) -> list[Mention]:
    """The mentions of ``doc._.ng_mentions`` overlapping characters [start_char, end_char), in
    list order: ``[m for m in mentions if m.start < end_char and m.end > start_char]``, without a
    test of every mention on each call (the linker asks ~36 times per article, and events'
    ``_actor_identity`` ~60 times: one index serves both). The mentions are sorted by start once
    per list (again when the list is replaced or grows: the linker only
    appends to it, and re-sorts it in place); a mention ending after ``start_char`` starts after
    ``start_char`` less the longest mention's length, so only those starting in that window are
    tested. Each one found is checked to stand where the index saw it: a list re-sorted in place
    is indexed again, so the order is always the list's."""
    mentions = doc._.ng_mentions or []
    cached = doc.user_data.get(_MENTIONS_BY_START_KEY)
    if cached is not None and cached[0] is mentions and cached[1] == len(mentions):
        _list, _size, by_start, starts, longest = cached
        window = by_start[bisect.bisect_right(starts, start_char - longest):bisect.bisect_left(starts, end_char)]
        if all(mentions[i] is m for i, m in window):
            return [m for _i, m in sorted(window, key=lambda found: found[0]) if m.end > start_char]
    by_start = sorted(enumerate(mentions), key=lambda found: found[1].start)
    longest = max((m.end - m.start for m in mentions), default=0)
    doc.user_data[_MENTIONS_BY_START_KEY] = (mentions, len(mentions), by_start, [m.start for _i, m in by_start],
                                              longest)
    return [m for m in mentions if m.start < end_char and m.end > start_char]


# "of" or "of the" between a person's name and a place that post-modifies it
_OF_PHRASE = re.compile(r"^\s+of(?:\s+the)?\s+$", re.IGNORECASE)


def _of_after_person(doc, mention, inside) -> bool:
    """Whether ``mention`` is a place in an "of" phrase right after a person's name among
    ``inside`` ("Lasso of the Republic of Ecuador"), so the name, not the place, heads the span."""
    if mention.type not in ("country", "gpe", "location", "city", "region"):
        return False
    text = doc_text(doc)
    return any(p.type == "person" and p.kind == "name" and p.end <= mention.start
               and _OF_PHRASE.match(text[p.end:mention.start]) for p in inside)


# the possessive ending right after a parent body's name, with the unit's name after it
_POSSESSIVE_GAP = re.compile(r"^['’]s\s+(?:[a-z]+\s+){0,2}$")


def _parent_of_named_unit(doc, mention, inside) -> bool:
    """Whether ``mention``, an organisation, names the parent of another organisation among
    ``inside``: its possessor ("the Ministry of the Interior's Special Brigade", at most two lower
    case words between) or the body of the "of" phrase right after it ("the Special Brigade of
    the Ministry of the Interior"). English grammar: a possessor determines and an "of"
    complement post-modifies the head noun, so the unit, not its parent, is the phrase's referent."""
    if mention.type != "organization":
        return False
    text = doc_text(doc)
    for unit in inside:
        if unit is mention or unit.type != "organization" or unit.entity_key == mention.entity_key:
            continue
        if unit.start >= mention.end and _POSSESSIVE_GAP.match(text[mention.end:unit.start]):
            return True
        if unit.end <= mention.start and _OF_PHRASE.match(_without_bracket(text[unit.end:mention.start])):
            return True
    return False


def _without_bracket(gap: str) -> str:
    """``gap`` less one bracketed acronym at its start ("(TDP) of the " -> " of the ")."""
    return re.sub(r"^\s*\([^()]{1,40}\)", "", gap)


# "members of (the)" between the body a premodifier names and another it belongs to ("G7
# Members of the Steering Committee", "EU member states of the Council"): the premodifier's body
# is the members' group, the "of" phrase only says where they sit
_MEMBERS_OF = re.compile(r"^\s+(?:[Mm]embers?|[Mm]ember\s+[Ss]tates)\s+of(?:\s+the)?\s+$")


def _of_after_members(doc, mention, inside) -> bool:
    """Whether ``mention`` is the body in the "of" phrase of "X members of ..." where X, a
    country or organisation among ``inside``, names the members' own group."""
    text = doc_text(doc)
    return any(p.type in ("organization", "country") and p.kind == "name" and p.end <= mention.start
               and _MEMBERS_OF.match(text[p.end:mention.start]) for p in inside)


@Language.factory(COMPONENT, requires=["doc._.ng_mentions"], assigns=["doc._.ng_entities"])
def make_coref(nlp, name):
    """spaCy factory for in-article entity resolution."""
    return CorefComponent()


class CorefComponent:
    def __call__(self, doc):
        mentions = doc._.ng_mentions
        if mentions is None:
            mentions = mentions_from_ents(doc)
        mentions, entities = resolve_entities(doc, mentions)
        doc._.ng_mentions = mentions
        doc._.ng_entities = entities
        # "the National Assembly": a body every state has, placed by its context and keyed per state
        place_generic_bodies(doc)
        return doc
