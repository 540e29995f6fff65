"""Speaker voice: who the personal pronouns of direct speech refer to.

In direct speech the first person is the one speaking and "you" the one spoken to (English
deixis; ``lexicons/speaker_voice.yaml`` gives the word lists and their grounds). The
statements component already knows each quotation's speaker and content span; this module
answers, for a character offset, which statement's speaker talks in their own words there, and
whom a "you" addresses by a vocative. The linker (``newsgraph.nlp.linking``) turns the answers
into entity keys; nothing here writes to the Doc.

* ``speaking_statement(doc, offset)``: the innermost statement whose own words hold the offset: a
  direct quote, a "Speaker: ..." line, or the quoted stretch of a partial quote. Reported words
  ("He said that I ...") belong to whoever reports them, so an indirect statement passes the
  question to the statement around it.
* ``vocative_addressee(doc, offset)``: the person named at the head of the sentence and set off
  by a comma ("Secretary Blinken, you have been a friend of Colombia"), the addressee of a "you"
  after it.
* ``possessed_actor(text)``: "our citizens", "my government": whose words the possessive
  determiner makes the phrase, and what the head noun is (the state itself or a sector agent).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional


from newsgraph.nlp.turns import TURN_LABEL
from newsgraph.nlp.doc_cache import doc_text
from newsgraph.nlp.word_lists import read_word_sets

LEXICON_PATH = Path(__file__).parent / "lexicons" / "speaker_voice.yaml"

# titles and honorifics before a vocative name: capitalised words only ("Secretary", "Mr.", "Foreign Minister")
_VOCATIVE_TITLE = re.compile(r"^(?:[A-Z][\w.’'\-]*\s+){0,4}$")
# the comma that closes a vocative, with the sentence's "you" right after it
_VOCATIVE_YOU = re.compile(r"\s*,\s*you\b", re.IGNORECASE)
_OPENING = "\"“‘'([ \t\n—–-"


@dataclass(frozen=True)
class VoiceLexicon:
    first_person_singular: frozenset[str]
    second_person: frozenset[str]
    possessive_singular: frozenset[str]
    possessive_plural: frozenset[str]
    state_nouns: frozenset[str]
    several_states_nouns: frozenset[str]
    quote_marks: frozenset[str]


@functools.lru_cache(maxsize=1)
def voice_lexicon() -> VoiceLexicon:
    """``lexicons/speaker_voice.yaml`` read once."""
    return read_word_sets(LEXICON_PATH, VoiceLexicon)


def inside_quotation_marks(text: str) -> bool:
    """Whether the end of ``text`` lies inside a quotation it opens (curly or straight marks)."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def speaking_statement(doc, offset: Optional[int]):
    """The statement (``types.Statement``) whose speaker talks in their own words at the
    character ``offset``: of the statements whose content holds it, innermost first, the first
    that is a direct quote, a "Speaker: ..." line (cue ":"), or a partial quote whose quotation
    marks enclose the offset. None when no statement holds the offset in direct words (an
    indirect statement's "I" is its reporter's, and the reporter may be the statement around it)."""
    if offset is None:
        return None
    holding = []
    for statement in doc._.ng_statements or []:
        for a, b in [(statement.content_start, statement.content_end), *statement.content_parts]:
            if a is not None and b is not None and a <= offset < b:
                holding.append((b - a, a, statement))
                break
    text = doc_text(doc)
    for _size, a, statement in sorted(holding, key=lambda h: h[0]):
        if statement.kind == "direct" or statement.cue == ":":
            return statement
        if inside_quotation_marks(text[a:offset]):
            return statement
    return None


def vocative_addressee(doc, offset: Optional[int]) -> Optional[str]:
    """The person key a "you" at ``offset`` addresses by name: its sentence opens (after a turn
    label or an opening quotation mark) with a person's name, with at most a title before it, set
    off by a comma and followed by "you" ("Secretary Blinken, you have been a friend of Colombia, you
    are a friend of Colombia": both "you"); no other person named before the "you".
    None otherwise: a "you" with no vocative is generic or addressed to someone unnamed."""
    if offset is None:
        return None
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    sent = span[0].sent
    text = doc_text(doc)
    head = text[sent.start_char:offset]
    # a transcript turn label opening the sentence ("PRESIDENT DUQUE: "), read as coref reads it
    label = TURN_LABEL.match(head, len(head) - len(head.lstrip()))
    opening = sent.start_char
    if label is not None:  # TURN_LABEL ends before the whitespace after the colon: skip it too
        opening += len(head) - len(head[label.end():].lstrip())
    while opening < offset and text[opening] in _OPENING:
        opening += 1
    people = sorted((m for m in doc._.ng_mentions or [] if m.type == "person" and m.entity_key
                     and opening <= m.start and m.end <= offset), key=lambda m: m.start)
    if not people:
        return None
    first = people[0]
    if not _VOCATIVE_TITLE.match(text[opening:first.start]) or not _VOCATIVE_YOU.match(text, first.end):
        return None  # "Blinken, the Secretary of State, said you ...": an apposition, no vocative
    if len(people) > 1:
        return None  # another person named before the "you": it may be about them
    return first.entity_key


@dataclass(frozen=True)
class PossessedActor:
    """An actor phrase made the speaker's by a possessive determiner: ``plural`` (our/ours: the
    speaker's side; else my: the speaker), ``state`` (the head is the state itself: "our
    country", "my government"), ``rest`` (the words after the determiner)."""
    plural: bool
    state: bool
    rest: str


def possessed_actor(text: Optional[str]) -> Optional[PossessedActor]:
    """"our citizens" -> PossessedActor(True, False, "citizens"); "my government" ->
    PossessedActor(False, True, "government"); None for any other phrase and for heads that
    stand for several states together ("our two governments", "our peoples")."""
    if not text:
        return None
    words = text.split()
    if len(words) < 2:
        return None
    lex = voice_lexicon()
    determiner, head = words[0].lower(), re.sub(r"[^\w]", "", words[-1].lower())
    if determiner not in lex.possessive_singular | lex.possessive_plural:
        return None
    if head in lex.several_states_nouns:
        return None
    return PossessedActor(determiner in lex.possessive_plural, head in lex.state_nouns and len(words) == 2,
                          " ".join(words[1:]))
