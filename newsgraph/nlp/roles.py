"""Roles: who holds which title of which country or organisation, from the article's wording.

Patterns (all token-local around person mentions, so linear in the number of mentions):

* premodifier titles: "Iran's Defense Minister Brigadier General Mohammad Reza Ashtiani",
  "Iranian President Ebrahim Raisi", "President Xi Jinping of China";
* appositions: "Joseph Humire, director of think tank Center for a Secure Free Society",
  "Jorge Serrano, a security expert and advisor to Peru's Congressional Intelligence Commission";
* "the head of Y, X" and "X, who heads Y";
* a title in apposition before the name: "the Chilean Foreign Minister, Alberto van Klaveren";
* inherited titles: "his Bolivian counterpart Edmundo Novillo" (the title of whoever "his" is);
* a title given without its country takes the country of the same person's other title.

``find_role_candidates`` finds the evidence (no entity keys needed, so coref can use it for
"the minister"); ``find_roles`` turns candidates into ``Role`` records once coref has keyed
the mentions; the spaCy component writes them to ``doc._.ng_roles``.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import yaml
from spacy.language import Language

from newsgraph.errors import ModelError
from newsgraph.nlp import extensions  # noqa: F401  (registers Doc._.ng_*)
from newsgraph.nlp.doc_cache import doc_text, token_lowers, token_starts
from newsgraph.nlp.types import Mention, Role

COMPONENT = "newsgraph_roles"
VERSION = "0.2.11"  # 0.2.11: "former" or "ex-" right before the state or body that premodifies a title stays in the title ("former U.S. vice president" -> "former vice president" of the USA; "ex-Brazilian president" -> "ex-president"); "then-" does not (_former_before) (history: docs/component_versions.md)

TITLES_PATH = Path(__file__).parent / "lexicons" / "titles.yaml"

# Mention kinds that are references resolved by coref, not names: never an "of" entity.
_REFERENCE_KINDS = {"pronoun", "title"}
_OF_TYPES = {"country", "organization", "group", "place", "region"}
_PREPOSITIONS_OF = {"of", "to", "at", "for", "with", "in", "from"}
_DETERMINERS = {"a", "an", "the"}
_POSSESSIVE_MARKS = {"'s", "’s", "'", "’"}
_POSSESSIVE_PRONOUNS = {"his", "her", "their"}
_MAX_APPOSITION_TOKENS = 6
_MAX_OF_GAP = 6
# "former" and the prefix "ex-" say the holder holds the office no more (CGEL 5.8: attributive-only
# "former"); written before the state that premodifies the title ("former U.S. vice president",
# "ex-Brazilian president") they still qualify the title. "then-" does not: a then-holder held
# the office at the time told of, and acted for the state then. "former" is a word of its own;
# "ex" says it only as a prefix joined by a hyphen ("ex-Brazilian", never "ex Brazilian").
_FORMER_WORDS = frozenset({"former"})
_FORMER_PREFIXES = frozenset({"ex"})


@dataclass(frozen=True)
class TitleLexicon:
    """The documented title lexicon (lexicons/titles.yaml), as lower-case word sets."""

    heads: frozenset[str]            # includes the ranks
    ranks: frozenset[str]
    modifiers: frozenset[str]
    domains: frozenset[str]
    general_compounds: frozenset[str]
    honorifics: frozenset[str]
    inherit: frozenset[str]
    verbs_of_heading: dict

    # read in loops over a Doc's words: the unions are made once per lexicon (a frozen dataclass:
    # cached_property writes the instance's __dict__, the fields never change)
    @functools.cached_property
    def title_words(self) -> frozenset[str]:
        return self.heads | self.modifiers

    @functools.cached_property
    def title_or_domain_words(self) -> frozenset[str]:
        """``title_words | domains``."""
        return self.title_words | self.domains

    def is_title_phrase(self, text: str) -> bool:
        """True when every word of ``text`` is a title word and one is a head ("Defense Minister")."""
        words = text.lower().split()
        return bool(words) and all(w in self.heads or w in self.modifiers for w in words) and any(
            w in self.heads for w in words
        )


@functools.lru_cache(maxsize=1)
def title_lexicon() -> TitleLexicon:
    """Load lexicons/titles.yaml once (shared with the entities and coref components)."""
    try:
        data = yaml.safe_load(TITLES_PATH.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ModelError(f"cannot read title lexicon {TITLES_PATH}: {exc}", source=str(TITLES_PATH)) from exc

    def words(name: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(name) or [])

    return TitleLexicon(
        heads=words("heads") | words("ranks"),  # a rank is a title head too
        ranks=words("ranks"),
        modifiers=words("modifiers"),
        domains=words("domains"),
        general_compounds=words("general_compounds"),
        honorifics=words("honorifics"),
        inherit=words("inherit"),
        verbs_of_heading={str(k).lower(): str(v) for k, v in (data.get("verbs_of_heading") or {}).items()},
    )


@dataclass
class RoleCandidate:
    """Evidence that ``person`` holds ``title`` (of ``of_mention``), before entity keys exist."""

    person: Mention
    title: str                       # surface text, e.g. "Defense Minister"
    head: str                        # lower-case head word, e.g. "minister"
    words: tuple[str, ...]           # lower-case words of the title
    of_mention: Optional[Mention]
    start: int
    end: int
    is_rank: bool = False
    inherit_from: Optional[int] = None  # char offset of "his"/"her" whose referent's title it takes
    coordinated: bool = False        # left of "and" in "Vice President and Foreign Minister X"


def _newline_is_paragraph(text: str) -> bool:
    """True when single line breaks end paragraphs, False for hard-wrapped text (~72 columns)."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 3:
        return True
    long_lines = sum(1 for line in lines if len(line) > 90)
    return long_lines * 3 >= len(lines)


class MentionIndex:
    """Token -> mention lookup for one Doc (built once; used by coref and roles)."""

    def __init__(self, doc, mentions: list[Mention]):
        self.doc = doc
        self.mentions = mentions
        self.token_starts = token_starts(doc)
        self.newline_is_paragraph = _newline_is_paragraph(doc_text(doc))
        self.by_token: list[int] = [-1] * len(doc)
        self.token_span: list[tuple[int, int]] = []
        for i, m in enumerate(mentions):
            first, last = self.tokens_of(m.start, m.end)
            self.token_span.append((first, last))
            if m.kind in _REFERENCE_KINDS:
                continue
            for t in range(first, last):
                if self.by_token[t] == -1:
                    self.by_token[t] = i

    def tokens_of(self, start: int, end: int) -> tuple[int, int]:
        """Token range [first, last) covering characters [start, end)."""
        first = max(0, bisect.bisect_right(self.token_starts, start) - 1)
        last = bisect.bisect_left(self.token_starts, end)
        return first, max(last, first + 1)

    def mention_at(self, token_i: int) -> Optional[Mention]:
        if 0 <= token_i < len(self.by_token) and self.by_token[token_i] >= 0:
            return self.mentions[self.by_token[token_i]]
        return None

    def span_of(self, mention: Mention) -> tuple[int, int]:
        return self.tokens_of(mention.start, mention.end)


def _fwd(doc, k: int) -> int:
    """First index >= k that is not a whitespace token (hard-wrapped text has "\n" tokens)."""
    while k < len(doc) and doc[k].is_space:
        k += 1
    return k


def _back(doc, j: int) -> int:
    """Last index <= j that is not a whitespace token."""
    while j >= 0 and doc[j].is_space:
        j -= 1
    return j


def _line_break_between(doc, first: int, last: int) -> bool:
    """Whether a token in ``doc[first:last]`` is a line break. Hard wraps are unwrapped to spaces
    before parsing (paragraphs.install_unwrapping), so a "\\n" token left ends a line or paragraph:
    "Ned Price, Department Spokesperson\\nWith Ukraine's agreement, ..." (a byline, then the text)
    and "X, Minister of Sport\\nCroatia\\nY, ..." (a list of states' delegates, each under its
    state) give no "of" phrase of the title across it."""
    return any("\n" in doc[i].text for i in range(max(0, first), min(last, len(doc))))


def _text(span) -> str:
    return " ".join(span.text.split())


def _is_title_word_mention(mention: Mention, lex: TitleLexicon) -> bool:
    # spaCy often tags the title word itself ("Defense", "State") as an ORG.
    if mention.type in ("country", "person"):
        return False
    words = mention.text.lower().split()
    return bool(words) and all(w in lex.title_words or w in lex.domains for w in words)


def _of_entity(mention: Optional[Mention]) -> Optional[Mention]:
    if mention is not None and mention.type in _OF_TYPES and mention.kind not in _REFERENCE_KINDS:
        return mention
    return None


def _possessed_entity(doc, index, owner: Mention) -> Optional[Mention]:
    """In "Peru's Congressional Intelligence Commission" the entity is the commission."""
    k = _fwd(doc, index.span_of(owner)[1])
    if k < len(doc) and doc[k].text in _POSSESSIVE_MARKS:
        owned = _of_entity(index.mention_at(_fwd(doc, k + 1)))
        if owned is not None and owned.type == "organization":
            return owned
    return None


def _split_titles(doc, tokens: list[int], lex: TitleLexicon) -> list[list[int]]:
    """Cut a run of title tokens into titles: "Defense Minister Brigadier General" -> 2."""
    segments: list[list[int]] = [[]]
    for pos, i in enumerate(tokens):
        low = doc[i].lower_
        current = segments[-1]
        has_head = any(doc[j].lower_ in lex.heads for j in current)
        last_low = doc[current[-1]].lower_ if current else ""
        if low in ("and", "&", ","):
            rest_has_head = any(doc[j].lower_ in lex.heads for j in tokens[pos + 1:])
            if has_head and last_low in lex.heads and rest_has_head:
                segments.append([])
                continue
        elif has_head and last_low in lex.heads and low not in ("of", "for"):
            # After a complete title, a rank or modifier starts the next title, except the
            # fixed "X General" compounds and head+head compounds ("Vice President" is mod+head).
            compound_general = low == "general" and last_low in lex.general_compounds
            starts_new = (low in lex.ranks or low in lex.modifiers or low in lex.heads) and not compound_general
            # a head that is also a modifier goes on ("Deputy Prime Minister", "Chief Executive")
            if starts_new and last_low not in lex.modifiers:
                segments.append([i])
                continue
        current.append(i)
    result = []
    for seg in segments:
        # trim connectives and bare domain words at the edges
        while seg and doc[seg[0]].lower_ not in lex.title_words:
            seg = seg[1:]
        while seg and doc[seg[-1]].lower_ in ("of", "for", "and", "&", "the", ","):
            seg = seg[:-1]
        if not any(doc[j].lower_ in ("of", "for") for j in seg):
            # "Deputy Secretary and State"; a hyphenated head ("President-elect") stays whole
            while seg and doc[seg[-1]].lower_ not in lex.heads and not _hyphenated_head_end(doc, seg, lex):
                seg = seg[:-1]
        if seg and any(doc[j].lower_ in lex.heads for j in seg):
            result.append(seg)
    return result


def _hyphenated_head_end(doc, seg: list[int], lex: TitleLexicon) -> bool:
    """Whether ``seg`` ends in a head the tokenizer split at its hyphen: "President - elect"
    for the lexicon's "president-elect"."""
    return len(seg) >= 3 and doc[seg[-2]].text == "-" and \
        f"{doc[seg[-3]].lower_}-{doc[seg[-1]].lower_}" in lex.heads


def title_words_of(doc, tokens) -> tuple[str, ...]:
    """Lower-case words of a title's tokens, joining what a hyphen split ("president", "-",
    "elect" -> "president-elect"), as the title lexicon spells its heads."""
    words: list[str] = []
    glue = False
    for j in tokens:
        low = doc[j].lower_
        if low == "-" and words:
            glue = True
            continue
        if glue:
            words[-1] = f"{words[-1]}-{low}"
            glue = False
        else:
            words.append(low)
    return tuple(words)


def _make_candidate(doc, seg, person, of_mention, lex, start, end, inherit_from=None):
    words = title_words_of(doc, seg)
    head = next((w for w in reversed(words) if w in lex.heads), words[-1])
    title = _text(doc[seg[0]: seg[-1] + 1])
    is_rank = head in lex.ranks and not any(w in lex.general_compounds for w in words[:-1])
    inherits = head in lex.inherit
    return RoleCandidate(
        person=person, title=title, head=head, words=words, of_mention=of_mention,
        start=start, end=end, is_rank=is_rank, inherit_from=inherit_from if inherits else None,
    )


def _premodifier_candidates(doc, index, person, lex) -> list[RoleCandidate]:
    first, last = index.span_of(person)
    lowers = token_lowers(doc)  # the same strings as Token.lower_, without a Token each
    collected: list[int] = []
    name_start = first
    while name_start < last - 1 and lowers[name_start] in lex_words():
        collected.append(name_start)  # the tagger kept the title in the name ("Councilor Wang")
        name_start += 1
    j = _back(doc, first - 1)
    while j >= 0 and lowers[j] in lex.honorifics:
        j = _back(doc, j - 1)
    accept = lex.title_or_domain_words
    while j >= 0:
        if doc[j].is_space:
            if index.newline_is_paragraph and _line_break_between(doc, j, j + 1):
                break  # a paragraph break: the line before is a header, not this title
            j -= 1
            continue
        token = doc[j]
        low = token.lower_
        mention = index.mention_at(j)
        if mention is not None and not _is_title_word_mention(mention, lex):
            inner = _title_domain_span(doc, index, mention, lex) if collected else None
            if inner is None:
                break
            collected[0:0] = inner  # "Special Representative for Korean Peninsula Affairs": the domain
            j = inner[0] - 1
            continue
        if low in ("of", "for", "and", "&", "the"):
            if collected and j > 0 and lowers[j - 1] in accept and low != "the":
                collected.insert(0, j)
                j -= 1
                continue
            if low == "the" and collected and j > 0 and lowers[j - 1] in ("of", "for"):
                collected.insert(0, j)
                j -= 1
                continue
            break
        if low == "-" and collected and j > 0 and lowers[j - 1] in accept \
                and f"{lowers[j - 1]}-{lowers[collected[0]]}" in lex.heads:
            collected.insert(0, j)  # "President-elect Lula": the tokenizer split the head
            j -= 1
            continue
        if low in accept and low not in ("the", "and", "&") and (token.pos_ != "VERB"):
            collected.insert(0, j)
            j -= 1
            continue
        break
    if not collected:
        return []
    if j >= 0 and doc[j].is_title and index.mention_at(j) is None and doc[j].pos_ == "PROPN":
        # the title goes on left of what the lexicon knows ("Secretary of Strategic Affairs
        # Admiral X"): drop the cut-off tail of it rather than report "Affairs Admiral"
        while collected and lowers[collected[0]] in lex.domains and lowers[collected[0]] not in lex.heads:
            collected = collected[1:]
    segments = _split_titles(doc, collected, lex)
    if not segments:
        return []
    # what stands left of the title: "Iran's", "Iranian", "NSC", "his Bolivian"
    of_mention = None
    inherit_from = None
    k = segments[0][0] - 1  # no line break between the "of" and the title (headers, datelines)
    if k >= 0 and doc[k].text in _POSSESSIVE_MARKS:
        of_mention = _of_entity(index.mention_at(k - 1))
        if of_mention is not None:
            k = _back(doc, index.span_of(of_mention)[0] - 1)
    elif k >= 0:
        # "Iranian President", "NSC Spokesperson"; a bare place ("D.C. Deputy Secretary") is
        # more often a dateline than the office's domain; a state's abbreviation in brackets
        # after its name stands for it ("the People's Republic of China (PRC) Special Representative")
        if doc[k].text == ")" and k >= 2 and doc[k - 2].text == "(":
            k -= 1
        of_mention = _of_entity(index.mention_at(k))
        if of_mention is not None and of_mention.type not in ("country", "organization"):
            of_mention = None
        if of_mention is not None:
            k = _back(doc, index.span_of(of_mention)[0] - 1)
    former = _former_before(doc, k) if of_mention is not None else None
    if former is not None:
        k = _back(doc, former - 1)
    if k >= 0 and doc[k].lower_ in _POSSESSIVE_PRONOUNS:
        inherit_from = doc[k].idx
    evidence_start = of_mention.start if of_mention is not None else doc[segments[0][0]].idx
    if former is not None:
        evidence_start = doc[former].idx
    evidence_end = person.end
    if of_mention is None:
        # "President Xi Jinping of the People's Republic of China"
        after = last if index.newline_is_paragraph else _fwd(doc, last)
        tail = index.mention_at(after)
        if tail is not None and tail.type == "person" and tail.entity_key == person.entity_key:
            after = _fwd(doc, index.span_of(tail)[1])  # the rest of a name the tagger cut in two
        if after < len(doc) and doc[after].lower_ == "of":
            nxt = _fwd(doc, after + 1)
            if nxt < len(doc) and doc[nxt].lower_ == "the" and index.mention_at(nxt) is None:
                nxt = _fwd(doc, nxt + 1)
            of_mention = _of_entity(index.mention_at(nxt))
            if of_mention is not None:
                evidence_end = of_mention.end
    candidates = [
        _make_candidate(doc, seg, person, of_mention, lex, evidence_start, evidence_end, inherit_from)
        for seg in segments
    ]
    if former is not None:
        # the time word left of the state goes with the title it qualifies, so the linker reads
        # a former holder ("former U.S. vice president" -> "former vice president" of the USA)
        first = candidates[0]
        mark = doc[former].text
        first.title = f"{mark}-{first.title}" if mark.lower() in _FORMER_PREFIXES else f"{mark} {first.title}"
        first.words = (mark.lower(),) + first.words
    for cand, seg, nxt in zip(candidates, segments, segments[1:]):
        cand.coordinated = any(doc[i].lower_ in ("and", "&") for i in range(seg[-1] + 1, nxt[0]))
    return candidates


def _former_before(doc, k: int) -> Optional[int]:
    """Index of "former" or of the "ex" of "ex-" ending at token ``k``, the token right before the
    state or body that premodifies a title ("former U.S. vice president", "ex-Brazilian
    president"), else None."""
    if k < 0:
        return None
    if doc[k].lower_ in _FORMER_WORDS:
        return k
    if doc[k].text == "-" and not doc[k].whitespace_ and k >= 1 and doc[k - 1].lower_ in _FORMER_PREFIXES \
            and not doc[k - 1].whitespace_:
        return k - 1
    return None


def _title_domain_span(doc, index, mention: Mention, lex: TitleLexicon) -> Optional[list[int]]:
    """Tokens of a region or organisation named inside a title's "for"/"of" phrase, right
    before the title words collected so far ("Special Representative for [Korean Peninsula]
    Affairs", "Senior Director for the [Western Hemisphere]"): part of the title, not what stands
    left of it, when "for" or "of" (and "the") precede it and a title word precedes those. A
    state is no such domain (it may be whose the office is). None otherwise."""
    if mention.type not in ("region", "organization"):
        return None
    first, last = index.span_of(mention)
    k = _back(doc, first - 1)
    if k >= 0 and doc[k].lower_ == "the":
        k = _back(doc, k - 1)
    if k < 1 or doc[k].lower_ not in ("for", "of") or doc[_back(doc, k - 1)].lower_ not in lex.title_or_domain_words:
        return None
    return [i for i in range(first, last) if not doc[i].is_space]


def _singular_head(low: str, lex: TitleLexicon) -> Optional[str]:
    """The title head whose regular English plural ``low`` is ("journalists" -> "journalist",
    "secretaries" -> "secretary"), else None."""
    for singular in (low[:-1], low[:-2], low[:-3] + "y" if low.endswith("ies") else ""):
        if low.endswith("s") and singular in lex.heads and singular not in lex.inherit:
            return singular
    return None


def _list_start(doc, index, first: int, limit: int = 8) -> int:
    """The first token of the first name of a list of person names ending with the name at
    ``first`` ("Laura Ling and Euna Lee", "A, B, and C"); ``first`` itself when no name list
    comes before it."""
    for _ in range(limit):
        j = _back(doc, first - 1)
        if j < 0 or doc[j].lower_ not in ("and", ","):
            break
        k = _back(doc, j - 1)
        if doc[j].lower_ == "and" and k >= 0 and doc[k].text == ",":
            k = _back(doc, k - 1)
        before = index.mention_at(k)
        if before is None or before.type != "person" or before.kind in _REFERENCE_KINDS:
            break
        first = index.span_of(before)[0]
    return first


def _plural_title_candidates(doc, index, person, lex) -> list[RoleCandidate]:
    """A plural title right before a list of names is every listed person's: "American Current
    TV journalists Laura Ling and Euna Lee", "Foreign Ministers A and B" (English: a plural head
    noun premodifying coordinated names distributes over them). The singular title before a
    list ("President Biden and Zelenskyy") belongs to the first name only, and stays with
    ``_premodifier_candidates``. A body or state right before the title is what it is of, unless
    it is itself the last of a list ("Russian and Chinese Foreign Ministers")."""
    first, _ = index.span_of(person)
    j = _back(doc, _list_start(doc, index, first) - 1)
    if j < 0 or index.mention_at(j) is not None:
        return []
    head = _singular_head(doc[j].lower_, lex)
    if head is None:
        return []
    seg = [j]
    k = _back(doc, j - 1)
    while k >= 0 and doc[k].lower_ in lex.modifiers and index.mention_at(k) is None and doc[k].pos_ != "VERB":
        seg.insert(0, k)
        k = _back(doc, k - 1)
    of_mention = _of_entity(index.mention_at(k)) if k >= 0 else None
    if of_mention is not None and of_mention.type not in ("country", "organization"):
        of_mention = None
    if of_mention is not None:
        before = _back(doc, index.span_of(of_mention)[0] - 1)
        if before >= 0 and doc[before].lower_ in ("and", "&", "or"):
            of_mention = None  # "Russian and Chinese Foreign Ministers": no one state for all
    words = tuple(doc[i].lower_ for i in seg[:-1]) + (head,)
    return [RoleCandidate(person=person, title=_text(doc[seg[0]: j + 1]), head=head, words=words,
                          of_mention=of_mention, start=of_mention.start if of_mention is not None else doc[seg[0]].idx,
                          end=person.end, is_rank=head in lex.ranks)]


def _is_clause_verb(token) -> bool:
    return token.pos_ in ("VERB", "AUX")


def _apposition_candidates(doc, index, person, lex) -> list[RoleCandidate]:
    """"X, [a|the] [Y's|demonym] title [of|to Y] [and title [of Y]]" (or "X as the title of Y")."""
    _, k = index.span_of(person)
    n = len(doc)
    k = _fwd(doc, k)
    # "X, director of Y" and "recognises X as the Interim President of Venezuela"
    if k >= n or (doc[k].text != "," and doc[k].lower_ != "as"):
        return []
    k = _fwd(doc, k + 1)
    if k < n and doc[k].lower_ == "who" and k + 1 < n:
        return _who_heads_candidates(doc, index, person, lex, _fwd(doc, k + 1))
    candidates: list[RoleCandidate] = []
    while k < n:
        k = _fwd(doc, k)
        if k < n and doc[k].lower_ in _DETERMINERS:
            k = _fwd(doc, k + 1)
        of_mention = None
        m = _of_entity(index.mention_at(k))
        if m is not None and not _is_title_word_mention(m, lex):
            of_mention = m
            k = _fwd(doc, index.span_of(m)[1])
            if k < n and doc[k].text in _POSSESSIVE_MARKS:
                k = _fwd(doc, k + 1)
        title_start = k
        head_at = None
        while k < n and k - title_start < _MAX_APPOSITION_TOKENS:
            if doc[k].is_space:
                k += 1
                continue
            token = doc[k]
            low = token.lower_
            mention = index.mention_at(k)
            if mention is not None and not _is_title_word_mention(mention, lex):
                unit = _of_entity(mention)
                if of_mention is None and unit is not None and unit.type == "organization" \
                        and doc[index.span_of(mention)[0]].text[:1].isupper():
                    # "X, a former Air Force surgeon general", "X, an Army officer": the body
                    # named inside the title, before its head, is the one the title is of
                    of_mention = unit
                    k = _fwd(doc, index.span_of(mention)[1])
                    continue
                break
            if low in lex.heads:
                head_at = k
                k = _fwd(doc, k + 1)
                # "Secretary General", "vice president": keep following heads in the title
                while k < n and doc[k].lower_ in lex.heads and index.mention_at(k) is None:
                    head_at = k
                    k = _fwd(doc, k + 1)
                break
            if token.pos_ in ("ADJ", "NOUN", "PROPN") or low in lex.modifiers:
                k += 1
                continue
            break
        if head_at is None:
            break
        seg = list(range(title_start, head_at + 1))
        # "Secretary of State", "Minister for Foreign Affairs" (not an entity after of/for)
        if k + 1 < n and doc[k].lower_ in ("of", "for") and index.mention_at(k + 1) is None \
                and doc[k + 1].lower_ in lex.domains and doc[k + 1].lower_ != "the" and doc[k + 1].is_title:
            j = k + 1
            while j < n and index.mention_at(j) is None and doc[j].is_title and doc[j].lower_ in lex.domains:
                j += 1
            seg = list(range(title_start, j))
            k = j
        evidence_end = doc[seg[-1]].idx + len(doc[seg[-1]].text)
        if of_mention is None and k < n and doc[k].lower_ in _PREPOSITIONS_OF \
                and not _line_break_between(doc, seg[-1] + 1, k):
            j = k + 1
            while j < n and j - k <= _MAX_OF_GAP and not _line_break_between(doc, j, j + 1):
                m = _of_entity(index.mention_at(j))
                if m is not None and not _is_title_word_mention(m, lex):
                    m = _possessed_entity(doc, index, m) or m
                    of_mention = m
                    k = index.span_of(m)[1]
                    evidence_end = m.end
                    break
                if doc[j].is_punct or _is_clause_verb(doc[j]) or index.mention_at(j) is not None:
                    break
                j += 1
        elif k < n and _is_clause_verb(doc[k]):
            break  # "X, the president said": a clause, not an apposition
        if _person_follows(doc, index, k):
            break  # "A, Foreign Minister B": the title is B's, not A's
        candidates.append(_make_candidate(doc, seg, person, of_mention, lex, doc[title_start].idx, evidence_end))
        # "... and advisor to Y": another title for the same person
        k = _fwd(doc, k)
        if k < n and doc[k].lower_ in ("and", "&"):
            k += 1
            continue
        break
    return candidates


def _person_follows(doc, index, k: int) -> bool:
    """Does a person's name come next, before any punctuation or verb?

    "A, Foreign Minister B" and "A, EU High Representative for Foreign Affairs and Security
    Policy B" list people: the title belongs to B, not to A.
    """
    if (k < len(doc) and doc[k].is_space) or _line_break_between(doc, k - 1, k):
        return False  # a line break ends a header line ("Ned Price, Department Spokesperson")
    if k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].is_title and index.mention_at(k) is None:
        return True  # an untagged name right after the title ("Minister Pontes")
    for j in range(k, min(len(doc), k + 2 * _MAX_OF_GAP)):
        token = doc[j]
        mention = index.mention_at(j)
        if mention is not None and mention.type == "person":
            return True
        if token.is_punct or _is_clause_verb(token) or "\n" in token.text:
            return False
        if (mention is None and token.pos_ == "PROPN" and token.is_title and j + 1 < len(doc)
                and doc[j + 1].pos_ == "PROPN" and token.lower_ not in lex_words()):
            return True  # an untagged two-word name ("Juan S. Gonzalez")
    return False


@functools.lru_cache(maxsize=1)
def lex_words() -> frozenset[str]:
    """Every word the title lexicon knows (heads, modifiers, domains)."""
    return title_lexicon().title_or_domain_words


def _who_heads_candidates(doc, index, person, lex, k) -> list[RoleCandidate]:
    verb = doc[k]
    title = lex.verbs_of_heading.get(verb.lemma_.lower())
    if title is None or verb.pos_ not in ("VERB", "AUX"):
        return []
    for j in range(k + 1, min(len(doc), k + 4)):
        m = _of_entity(index.mention_at(j))
        if m is not None:
            return [RoleCandidate(person=person, title=title, head=title, words=(title,), of_mention=m,
                                  start=person.start, end=m.end)]
        if doc[j].lower_ not in _DETERMINERS:
            break
    return []


def _head_of_before_candidates(doc, index, person, lex) -> list[RoleCandidate]:
    """"the head of Y, X" -> X is head of Y."""
    first, _ = index.span_of(person)
    k = first - 1
    if k < 2 or doc[k].text != ",":
        return []
    m = _of_entity(index.mention_at(k - 1))
    if m is None:
        return []
    j = index.span_of(m)[0] - 1
    if j >= 0 and doc[j].lower_ == "the" and index.mention_at(j) is None:
        j -= 1
    if j < 1 or doc[j].lower_ not in ("of", "at"):
        return []
    seg, j = _title_segment_ending_at(doc, index, lex, j - 1)
    if not seg:
        return []
    return [_make_candidate(doc, seg, person, m, lex, doc[seg[0]].idx, person.end)]


def _title_segment_ending_at(doc, index, lex, j: int) -> tuple[list[int], int]:
    """The title words ending at token ``j`` (read leftwards, no mention among them) and the
    index left of them; no segment unless its last word is a title head ("minister")."""
    seg: list[int] = []
    while j >= 0 and doc[j].lower_ in lex.title_words and index.mention_at(j) is None:
        seg.insert(0, j)
        j -= 1
    if not seg or doc[seg[-1]].lower_ not in lex.heads:
        return [], j
    return seg, j


def _title_before_comma_candidates(doc, index, person, lex) -> list[RoleCandidate]:
    """"the Chilean Foreign Minister, Alberto van Klaveren" / "Peru's defence minister, X":
    a title in apposition before the name, with the country or organisation left of it."""
    first, _ = index.span_of(person)
    k = first - 1
    if k < 2 or doc[k].text != ",":
        return []
    seg, j = _title_segment_ending_at(doc, index, lex, k - 1)
    if not seg:
        return []
    of_mention = None
    if j >= 0 and doc[j].text in _POSSESSIVE_MARKS:
        of_mention = _of_entity(index.mention_at(j - 1))
    elif j >= 0:
        of_mention = _of_entity(index.mention_at(j))
        if of_mention is not None and of_mention.type not in ("country", "organization"):
            of_mention = None
    if of_mention is None and (j < 0 or doc[j].lower_ not in _DETERMINERS):
        return []  # "... said Tuesday, minister X": no determiner, no owner: not an apposition
    start = of_mention.start if of_mention is not None else doc[seg[0]].idx
    return [_make_candidate(doc, seg, person, of_mention, lex, start, person.end)]


# Personal pronouns a closed apposition can describe ("him, the EU coordinator.").
_APPOSED_PRONOUNS = frozenset({"he", "him", "she", "her"})
# What closes an apposition: the noun phrase ends at its own punctuation, not inside a clause.
_APPOSITION_CLOSERS = frozenset({",", ".", ";", ":", ")", "!", "?", "—", "–", "--"})


def _pronoun_apposition_candidates(doc, index, pronoun: Mention, lex) -> list[RoleCandidate]:
    """ "we are in close contact with him, the EU coordinator.": a title in a closed apposition
    to a singular personal pronoun is the title of the person the pronoun stands for (coref has
    keyed it), so the role carries to that person's every mention in the article.

    Kept narrow, since the pronoun's referent is only coref's reading: the title must name the
    body or state it is of (a bare "him, the president" adds nothing an analyst could check) and
    the apposition must hold one title and close at punctuation or the sentence's end ("told
    him, the minister said" is a clause, which ``_apposition_candidates`` already refuses).

    Returns RoleCandidate list (empty where no such apposition follows)."""
    if pronoun.text.lower() not in _APPOSED_PRONOUNS:
        return []
    found = _apposition_candidates(doc, index, pronoun, lex)
    if len(found) != 1 or found[0].of_mention is None:
        # "him, the envoy of the UN and the ambassador of Spain": one person or two, unsure
        return []
    last = index.tokens_of(found[0].end - 1, found[0].end)[0]
    after = _fwd(doc, last + 1)
    if after < len(doc) and doc[after].text not in _APPOSITION_CLOSERS and not doc[after].is_sent_start:
        return []
    return found


def find_role_candidates(doc, mentions: list[Mention], index: Optional[MentionIndex] = None,
                         pronouns: bool = False) -> list[RoleCandidate]:
    """Every title evidence next to a person mention, in text order; with ``pronouns``, also a
    title in a closed apposition to a keyed personal pronoun (``_pronoun_apposition_candidates``;
    ``find_roles`` asks for these, coref's description resolver does not)."""
    lex = title_lexicon()
    index = index or MentionIndex(doc, mentions)
    candidates: list[RoleCandidate] = []
    for mention in mentions:
        if pronouns and mention.type == "person" and mention.kind == "pronoun" and mention.entity_key:
            candidates.extend(_pronoun_apposition_candidates(doc, index, mention, lex))
            continue
        if mention.type != "person" or mention.kind in _REFERENCE_KINDS:
            continue
        candidates.extend(_premodifier_candidates(doc, index, mention, lex))
        candidates.extend(_plural_title_candidates(doc, index, mention, lex))
        candidates.extend(_head_of_before_candidates(doc, index, mention, lex))
        candidates.extend(_title_before_comma_candidates(doc, index, mention, lex))
        candidates.extend(_apposition_candidates(doc, index, mention, lex))
    return candidates


def _key_for(mention: Optional[Mention]) -> Optional[str]:
    return mention.entity_key if mention is not None else None


def _pronoun_key_at(mentions: list[Mention], offset: int) -> Optional[str]:
    for m in mentions:
        if m.start == offset and m.kind == "pronoun":
            return m.entity_key
    return None


def find_roles(doc, mentions: Optional[list[Mention]] = None) -> list[Role]:
    """Role records for ``doc`` (mentions keyed by coref; persons without a key are skipped)."""
    mentions = mentions if mentions is not None else (doc._.ng_mentions or [])
    reference = doc._.ng_reference_date
    date = reference.isoformat() if reference is not None else None
    entities = doc._.ng_entities or {}
    roles: list[Role] = []
    office_of: dict[str, str] = {}  # person key -> first office title (for "counterpart")
    seen: set[tuple] = set()
    holders: dict[str, set[str]] = {}  # title -> person keys seen with it
    for cand in find_role_candidates(doc, mentions, pronouns=True):
        person_key = cand.person.entity_key
        if not person_key:
            continue
        title = cand.title
        if cand.coordinated and holders.get(title.lower(), {person_key}) - {person_key}:
            # "Deputy Secretary [Sherman] and State Councilor Wang": the first title is
            # someone else's when the article already gave it to another person
            continue
        holders.setdefault(title.lower(), set()).add(person_key)
        if cand.inherit_from is not None:
            other = _pronoun_key_at(mentions, cand.inherit_from)
            if other and other in office_of:
                title = office_of[other]
        elif not cand.is_rank:
            office_of.setdefault(person_key, title)
        of_key = _key_for(cand.of_mention)
        of_name = None
        if cand.of_mention is not None:
            record = entities.get(of_key) if of_key else None
            of_name = record.name if record is not None else cand.of_mention.text
        identity = (person_key, title.lower(), of_key or of_name)
        if identity in seen:
            continue
        seen.add(identity)
        roles.append(Role(
            person_key=person_key, title=title, of_key=of_key, of_name=of_name,
            start=cand.start, end=cand.end, date=date, component=COMPONENT, version=VERSION,
        ))
    # "President Guillermo Lasso of Ecuador" ... "President Lasso": the second adds nothing
    with_of = {(r.person_key, r.title.lower()) for r in roles if r.of_key or r.of_name}
    roles = [r for r in roles if r.of_key or r.of_name or (r.person_key, r.title.lower()) not in with_of]
    _share_country(roles, entities)
    return roles


def _share_country(roles: list[Role], entities: dict) -> None:
    """ "Mexican Foreign Secretary Marcelo Ebrard ... Secretary Ebrard": a title given without
    its country is held for the country the same person's other title names (only when that
    is one country; a person with offices in two states is left alone)."""
    countries: dict[str, set] = {}
    for role in roles:
        record = entities.get(role.of_key) if role.of_key else None
        if record is not None and record.type == "country":
            countries.setdefault(role.person_key, set()).add((role.of_key, record.name))
    for role in roles:
        if role.of_key or role.of_name:
            continue
        known = countries.get(role.person_key, set())
        if len(known) == 1:
            role.of_key, role.of_name = next(iter(known))


def _note_person_countries(doc, roles: list[Role]) -> None:
    # A role "of" a country says which country the person belongs to.
    entities = doc._.ng_entities or {}
    for role in roles:
        record = entities.get(role.person_key)
        of = entities.get(role.of_key) if role.of_key else None
        if record is not None and record.country is None and of is not None and of.type == "country":
            record.country = of.code


@Language.factory(COMPONENT, requires=["doc._.ng_mentions", "doc._.ng_entities"], assigns=["doc._.ng_roles"])
def make_roles(nlp, name):
    """spaCy factory for the roles component."""
    return RolesComponent()


class RolesComponent:
    def __call__(self, doc):
        roles = find_roles(doc)
        _note_person_countries(doc, roles)
        doc._.ng_roles = roles
        return doc
