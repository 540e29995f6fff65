"""Language tags after a linked name: Global Voices' convention for a source written in another
language ("Blogger Name [Ar] wrote ...", "on his blog [Fr]", "[es]"). A tag is an ISO 639-1
code (or the ISO 639-2 code of such a language) alone in square brackets, written as a code is
(lower case, "es") or capitalised as the posts do ("Ar"), never in capitals: an all-capital
bracketed word is an acronym or a country code ("[UN]", "[EU]", "[UK]"), whatever language
shares its letters (Basque "eu", Ukrainian "uk"). The codes come from pycountry's ISO 639 table
(a curated resource), not from a word list.

A tag is no word of the sentence: no entity mention, no actor, no speaker. Where the parser made
it (or its bracket) a verb's subject -- it often opens a new parser sentence at the "[" and
hangs the tag on the verb after it as ``nsubj`` -- the subject is the noun phrase before the
opening bracket (``bracket_host``), the name the tag annotates or the person whose aside about
a blog ends in the tag ("Name, blogging on Blog [Ar], launched ..." -> Name).

The lower-case tags are also masked before parsing (``paragraphs.mask_markup``); this module is
what keeps the capitalised ones, which stay in the parsed text, out of the actors."""

from __future__ import annotations

import functools
from typing import Optional

from spacy.tokens import Span, Token


@functools.lru_cache(maxsize=512)
def is_language_code(word: str) -> bool:
    """Whether ``word`` is written as an ISO 639 language code in a tag: 2 letters that are an ISO
    639-1 code, or 3 that are the ISO 639-2 (terminological or bibliographic) code of an ISO 639-1
    language; lower case or capitalised ("es", "Ar", "fre"), not all capitals ("EU", "UK")."""
    if not (2 <= len(word) <= 3) or not word.isascii() or not word.isalpha():
        return False
    if not (word.islower() or (word[0].isupper() and word[1:].islower())):
        return False
    import pycountry

    code = word.lower()
    if len(code) == 2:
        return pycountry.languages.get(alpha_2=code) is not None
    language = pycountry.languages.get(alpha_3=code) or pycountry.languages.get(bibliographic=code)
    return language is not None and getattr(language, "alpha_2", None) is not None


def is_language_tag(token: Token) -> bool:
    """Whether ``token`` is a language code alone in square brackets ("[", "Ar", "]")."""
    doc = token.doc
    return 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "[" and doc[token.i + 1].text == "]" \
        and is_language_code(token.text)


def tag_part(token: Token) -> bool:
    """Whether ``token`` is a language tag or one of its two brackets."""
    doc = token.doc
    if token.text == "[":
        return token.i + 1 < len(doc) and is_language_tag(doc[token.i + 1])
    if token.text == "]":
        return token.i > 0 and is_language_tag(doc[token.i - 1])
    return is_language_tag(token)


def span_is_tag(span: Span) -> bool:
    """Whether every token of ``span`` is part of a language tag ("Ar", "[Ar]", "Ar]")."""
    return len(span) > 0 and all(tag_part(t) for t in span)


def bracket_host(token: Token) -> Optional[Token]:
    """The noun a bracketed insertion follows, where the parser took its closing bracket (or a
    language tag in it) for a subject or a relative clause's antecedent ("Togolese blogger
    Rodrigue Kopgli, of ... en Afrique [Fr], called ...", "Ivorian blogger Théophile Kouamouo
    [Fr], who also mentions ..."): a bracket closes an aside (a language tag, an expansion) and
    never heads a noun phrase, so the phrase is the one before the opening bracket, up to its
    head (the heads before the bracket: "Afrique" -> "Kopgli"). None for any other token, for a
    bracket opened in no earlier word of its line, or where no noun heads the phrase before it."""
    doc = token.doc
    if is_language_tag(token) or (token.text == "[" and tag_part(token)):
        token = doc[token.i + 1] if token.text == "[" else token
        token = doc[token.i + 1]  # the closing bracket
    if token.text not in (")", "]"):
        return None
    opener = "(" if token.text == ")" else "["
    # the parser may open a sentence at the bracket itself: look back within the line
    i = token.i - 1
    while i > 0 and doc[i].text != opener and "\n" not in doc[i].text:
        i -= 1
    if i <= 0 or doc[i].text != opener or "\n" in doc[i - 1].text:
        return None
    host = doc[i - 1]
    while host.head.i != host.i and host.head.i < i:
        host = host.head
    return host if host.pos_ in ("NOUN", "PROPN") else None
