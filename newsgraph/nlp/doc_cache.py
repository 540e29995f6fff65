"""Per-Doc values derived from the tokens, built once per Doc and kept in ``Doc.user_data``.

spaCy builds them anew on every access (``Doc.text`` joins every token's text; iterating a
Doc or indexing it makes a new ``Token`` object each time), and the components read them many
times per article. This module owns the ``user_data`` keys below; components read the values
through its functions and must not change them.

A value stays right for the Doc's life: a Doc's tokens and text never change once tokenised
(newsgraph never retokenizes; a recased Doc, ``entities.recase_all_caps_lines``, is a new Doc
with its own ``user_data``). Only values of the tokenisation are kept here, never annotations
a later pipe could set (tags, parse, entities), with five exceptions: ``token_pos``, the
coarse part of speech, ``token_deps``, the dependency labels, ``token_children``, the tree's
children, ``token_lemma_lowers``, the lemmas, and ``doc_ents``/``entity_bounds``, the model's named entities, which spaCy's tagger,
parser, lemmatizer and NER set before any newsgraph component and no newsgraph component
changes (none retokenizes, re-parses, sets a lemma or sets ``doc.ents``: the entities
component writes its own mentions to ``doc._.ng_mentions``); they are asked for only by
components (after spaCy's pipes), never while a Doc is made. The entity Spans are the one
value that refers back to its Doc, so they are kept only while the components run:
``release_entity_spans`` drops them after the last one that reads them (the linker) and
checks that ``doc.ents`` did not change meanwhile; it drops the ``expanded_span`` Spans too.
"""

from __future__ import annotations

import bisect
import re
from typing import Optional

from spacy.attrs import DEP, HEAD, IDX, IS_SPACE, LEMMA, LOWER, ORTH, POS
from spacy.tokens import Doc, Span

_TEXT_KEY = "ng_text"
_TOKEN_STARTS_KEY = "ng_token_starts"
_TOKEN_TEXTS_KEY = "ng_token_texts"
_TOKEN_LOWERS_KEY = "ng_token_lowers"
_MATCHES_KEY = "ng_text_matches"
_LINE_BREAKS_KEY = "ng_line_breaks"
_TOKEN_POS_KEY = "ng_token_pos"
_TOKEN_DEPS_KEY = "ng_token_deps"
_TOKEN_CHILDREN_KEY = "ng_token_children"
_TOKEN_LEMMA_LOWERS_KEY = "ng_token_lemma_lowers"
_ENTS_KEY = "ng_ents"
_ENTITY_BOUNDS_KEY = "ng_entity_bounds"
_TOKEN_SPACES_KEY = "ng_token_spaces"
_EXPANDED_SPANS_KEY = "ng_expanded_spans"
_QUOTES_KEY = "ng_quoted_passages"
_LINE_BREAK = re.compile("\n")


def doc_text(doc: Doc) -> str:
    """``doc.text`` (str), built once per Doc (about 0.4 ms for a 750-token article; the
    components read it a dozen times per article)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> Doc:
    """``doc`` with ``text``, the string it was tokenised from, kept as its ``doc_text``:
    spaCy's tokenizer is non-destructive (``doc.text == text`` for any input), so the text need
    not be joined again from the tokens."""
    doc.user_data[_TEXT_KEY] = text
    return doc


def token_starts(doc: Doc) -> list[int]:
    """The character offset of each token (``Token.idx``), in token order: for bisecting a
    character offset to its token."""
    starts = doc.user_data.get(_TOKEN_STARTS_KEY)
    if starts is None:
        # one array read, no Token made per token (the same values as ``[t.idx for t in doc]``)
        starts = doc.user_data[_TOKEN_STARTS_KEY] = doc.to_array(IDX).tolist()
    return starts


def token_texts(doc: Doc) -> list[str]:
    """Each token's text (``Token.text``), in token order: a scan for cue words reads these
    strings and makes a ``Token`` only where one matches."""
    return _token_strings(doc, _TOKEN_TEXTS_KEY, ORTH)  # ``Token.text``: the lookup of the orth id


def _token_strings(doc: Doc, key: str, attr: int) -> list[str]:
    """Each token's string of the attribute ``attr`` (a ``spacy.attrs`` id of a string-valued
    attribute: ORTH, LOWER, DEP), in token order, kept under ``key``: the ids in one array read,
    looked up in the StringStore. ``Token.text``, ``Token.lower_`` and ``Token.dep_`` are that
    lookup of the token's id, so the strings are the same, with no Token made per token."""
    values = doc.user_data.get(key)
    if values is None:
        strings = doc.vocab.strings
        values = doc.user_data[key] = [strings[o] for o in doc.to_array(attr).tolist()]
    return values


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` read from the cached text and offsets: ``Span.text`` makes a
    Token per word to join their texts; the same characters are the Doc's text from the first
    token's offset to the end of the last token (its trailing space left out, as ``Span.text``
    leaves it). Indexes outside ``0 <= start < end <= len(doc)`` go to spaCy's slice."""
    starts = token_starts(doc)
    if not 0 <= start < end <= len(starts):
        return doc[start:end].text
    return doc_text(doc)[starts[start]:starts[end - 1] + len(token_texts(doc)[end - 1])]


def token_lowers(doc: Doc) -> list[str]:
    """Each token's lower-case form (``Token.lower_``), in token order."""
    return _token_strings(doc, _TOKEN_LOWERS_KEY, LOWER)  # ``Token.lower_``: the lookup of the lower id


def token_spaces(doc: Doc) -> list[bool]:
    """Whether each token is whitespace (``Token.is_space``), in token order."""
    spaces = doc.user_data.get(_TOKEN_SPACES_KEY)
    if spaces is None:
        # the lexeme flag itself, in one array read: no Token made per token
        spaces = doc.user_data[_TOKEN_SPACES_KEY] = doc.to_array(IS_SPACE).astype(bool).tolist()
    return spaces


def token_pos(doc: Doc) -> list[int]:
    """Each token's coarse part of speech as spaCy's symbol id (``Token.pos``; compare with
    ``spacy.symbols.VERB``, ``NOUN`` ...), in token order: a scan for verbs or nouns makes a
    ``Token`` only where the part of speech fits. Read after the tagger (see above)."""
    pos = doc.user_data.get(_TOKEN_POS_KEY)
    if pos is None:
        pos = doc.user_data[_TOKEN_POS_KEY] = doc.to_array(POS).tolist()
    return pos


def token_deps(doc: Doc) -> list[str]:
    """Each token's dependency label (``Token.dep_``: "nsubj", "ccomp", ...), in token order: a
    scan for a clause or subject makes a ``Token`` only where the label fits. Read after the
    parser (see above)."""
    return _token_strings(doc, _TOKEN_DEPS_KEY, DEP)  # ``Token.dep_``: the lookup of the dep id


def token_children(doc: Doc) -> list[tuple[int, ...]]:
    """Each token's syntactic children as token indexes in text order (``[c.i for c in
    token.children]``: spaCy yields a token's left then right children, each side in text order),
    in token order: a scan for a child with some label reads ``token_deps`` at these indexes and
    makes a ``Token`` only for a child that fits. Read after the parser (see above)."""
    children = doc.user_data.get(_TOKEN_CHILDREN_KEY)
    if children is None:
        found: list[list[int]] = [[] for _ in range(len(doc))]
        # HEAD is the head's offset from the token (0 for a root), stored unsigned: back to signed
        for i, offset in enumerate(doc.to_array(HEAD).astype("int64").tolist()):
            if offset:
                found[i + offset].append(i)
        children = doc.user_data[_TOKEN_CHILDREN_KEY] = [tuple(c) for c in found]
    return children


def token_lemma_lowers(doc: Doc) -> list[str]:
    """Each token's lemma in lower case (``Token.lemma_.lower()``), in token order: a scan for
    trigger lemmas makes a ``Token`` only where one is found. Read after the lemmatizer (see
    above)."""
    lemmas = doc.user_data.get(_TOKEN_LEMMA_LOWERS_KEY)
    if lemmas is None:
        strings = doc.vocab.strings  # ``Token.lemma_`` is the lookup of the token's lemma id
        lemmas = doc.user_data[_TOKEN_LEMMA_LOWERS_KEY] = [
            strings[lemma].lower() for lemma in doc.to_array(LEMMA).tolist()]
    return lemmas


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """The model's entities (``doc.ents``: Spans in text order). ``doc.ents`` makes a new Span
    per entity on every read; this reads them once per Doc. Read after the NER (see above)."""
    ents = doc.user_data.get(_ENTS_KEY)
    if ents is None:
        ents = doc.user_data[_ENTS_KEY] = doc.ents
    return ents


def entity_bounds(doc: Doc) -> tuple[dict[int, Span], dict[int, Span]]:
    """``doc_ents`` by their first token index and by their end token index: ({start: Span},
    {end: Span}) (entities never overlap, so each index names one)."""
    bounds = doc.user_data.get(_ENTITY_BOUNDS_KEY)
    if bounds is None:
        ents = doc_ents(doc)
        bounds = doc.user_data[_ENTITY_BOUNDS_KEY] = ({e.start: e for e in ents}, {e.end: e for e in ents})
    return bounds


def expanded_span(doc: Doc, start: int, end: int) -> Optional[Span]:
    """``doc.char_span(start, end, alignment_mode="expand")``, made once per Doc and pair of
    offsets: the linker's checks (and coref's) each ask for the Span of the same actor or mention
    offsets, most of them several times per actor (of ~78,000 calls on 60 articles, ~12,000 are
    distinct). The Span depends on the tokenisation only (which tokens the characters cover);
    what a caller reads from it (``root``, ``sent``, the tokens' tags) is read from the Doc at
    each access, so a kept Span gives what a new one would. No caller may set a Span's label or
    ids. Kept until ``release_entity_spans`` (a Span holds its Doc, see there)."""
    spans = doc.user_data.get(_EXPANDED_SPANS_KEY)
    if spans is None:
        spans = doc.user_data[_EXPANDED_SPANS_KEY] = {}
    key = (start, end)
    if key in spans:
        return spans[key]
    span = spans[key] = doc.char_span(start, end, alignment_mode="expand")
    return span


def release_entity_spans(doc: Doc) -> None:
    """Drop the ``doc_ents``, ``entity_bounds`` and ``expanded_span`` caches of ``doc`` (a later
    read builds them again). A Span holds its Doc, so kept in ``Doc.user_data`` they make a Doc
    -> Span -> Doc cycle that only Python's cycle collector frees: in a long batch every
    processed Doc, with its token arrays, would wait for a generation-2 collection instead of
    going as soon as the pipeline lets it go. A debug check that ``doc.ents`` is still what was
    cached: the caches rest on no component setting it."""
    ents = doc.user_data.pop(_ENTS_KEY, None)
    doc.user_data.pop(_ENTITY_BOUNDS_KEY, None)
    doc.user_data.pop(_EXPANDED_SPANS_KEY, None)
    assert ents is None or [(e.start, e.end, e.label) for e in ents] == [
        (e.start, e.end, e.label) for e in doc.ents], "doc.ents changed after doc_cache.doc_ents read them"


def text_matches(doc: Doc, pattern: re.Pattern) -> list[re.Match]:
    """Every match of ``pattern`` in the Doc's text, in text order, found once per Doc and
    pattern (transcript turn lines are looked up for every "we" and "I" of a briefing)."""
    cache = doc.user_data.setdefault(_MATCHES_KEY, {})
    key = (pattern.pattern, pattern.flags)
    matches = cache.get(key)
    if matches is None:
        matches = cache[key] = list(pattern.finditer(doc_text(doc)))
    return matches


def quoted_passages(doc: Doc) -> tuple[tuple[int, int], ...]:
    """The Doc's quoted passages, ``statements.find_quotes`` of its text: (start, end) of each
    passage's content, in text order. A value of the text alone, found once per Doc: coreference,
    statements and events each read the article's quotes, which ``find_quotes`` pairs by scanning
    the whole text."""
    quotes = doc.user_data.get(_QUOTES_KEY)
    if quotes is None:
        from newsgraph.nlp.statements import find_quotes  # statements imports this module
        quotes = doc.user_data[_QUOTES_KEY] = tuple(find_quotes(doc_text(doc)))
    return quotes


def line_bounds(doc: Doc, offset: int) -> tuple[int, int]:
    """(start, end) character offsets of the text line that holds ``offset``: the same as
    ``text.rfind("\\n", 0, offset) + 1`` and ``text.find("\\n", offset)`` (the text's length
    where no line break follows), from the line breaks found once per Doc."""
    breaks = doc.user_data.get(_LINE_BREAKS_KEY)
    if breaks is None:
        breaks = doc.user_data[_LINE_BREAKS_KEY] = [m.start() for m in _LINE_BREAK.finditer(doc_text(doc))]
    k = bisect.bisect_left(breaks, offset)
    start = breaks[k - 1] + 1 if k else 0
    end = breaks[k] if k < len(breaks) else len(doc_text(doc))
    return start, end
