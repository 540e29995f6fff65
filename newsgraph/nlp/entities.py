"""Entity mentions: spaCy's ``doc.ents`` mapped onto newsgraph's types, then repaired.

``find_mentions(doc)`` does the work; the ``newsgraph_entities`` component writes its result
to ``doc._.ng_mentions``. Label mapping:

========== =====================================================================
PERSON     person (leading titles/honorifics stripped: "Brigadier General X" -> "X")
ORG        organization (a span of title words alone, e.g. "Defense", is dropped)
GPE        country when the country lexicon knows it, else place; a capital is a
           country mention (kind "capital") only when used for its government
LOC        region for continents/world regions (lexicons/entity_regions.yaml), else place
NORP       country (kind "demonym") for a nationality, else group
FAC        place
MONEY ...  money / percent / quantity, with ``measure`` read off the parse
PRODUCT    equipment when the equipment lexicon knows it
========== =====================================================================

General repairs on top (each a small function below, all linear in the Doc):

* spans: a leading "the" and a possessive "'s" are dropped; a span is split at an inner
  possessive ("Peru's Congressional Intelligence Commission"), at bare figures
  ("Grimsby 0 Portsmouth 1") and at free-standing dashes; lower-case spans are no names;
* titles: an ORG that ends in a title ("National Security Advisor") is dropped; an ORG that
  swallowed the person after a title ("Homeland Security Alejandro Mayorkas" after
  "Secretary of") gives the person; person names take in adjacent given/family names;
* lexicons: a name the country lexicon knows overrides a wrong label ("Bolivia" tagged ORG)
  and is found where the model missed it; ethnic/religious groups (entity_groups.yaml);
  "X-made"/"X-based" compounds are demonym mentions of X; capitalised names ending in an
  organisation keyword are organisations; equipment comes from a lexicon of heads, phrases
  and system names, extended over technical modifiers;
* context cues (``name_cues``, taking precedence over the model there): a name after a
  descriptor noun is an organisation ("Spanish daily La Razón"), photo credits give a
  photographer and an agency, "Argentine Jewish community" and "Cuba's intelligence services"
  are organised actors; a place one "told" is an outlet; regional adjectives ("South American")
  are region mentions; "Keyword of/for X" names ("Department of Justice") are organisations and
  may open with a regional adjective ("Latin American Affairs Directorate");
* article level: a bare surname repeats an earlier full name; a name keeps one type (the one a
  context cue gave it, where one did);
* wire-copy layout: result/standings/fixture lines ("Fulham 1 Carlisle 0", "Surrey v Kent")
  name teams (organisations; a country stays a country), datelines ("BONN 1996-08-30") name
  places, "Name (Country)" is a person, the topic slug of "SOCCER - ..." is no entity.
  ``truecase_words`` recases ALL-CAPS lines for the model where the caller builds the Doc.

With ``include_misc=True`` the function also returns spaCy's EVENT, LAW, LANGUAGE,
WORK_OF_ART and PRODUCT spans as type "misc" (for evaluation against CoNLL's MISC; these
are not part of ``ENTITY_TYPES`` and never reach ``doc._.ng_mentions``).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from pathlib import Path
from typing import Iterable, Optional

import yaml
from spacy.language import Language
from spacy.symbols import ADJ, NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from newsgraph.nlp import extensions  # noqa: F401  (registers Doc._.ng_*)
from newsgraph.nlp import name_cues
from newsgraph.nlp.name_cues import POSSESSIVE_ENDINGS
from newsgraph.nlp.coordination import first_conjunct
from newsgraph.nlp.language_tags import span_is_tag
from newsgraph.nlp.doc_cache import (doc_ents, doc_text, entity_bounds, span_text, token_deps, token_lemma_lowers,
                                     token_lowers, token_pos, token_starts, token_texts)
from newsgraph.nlp.paragraphs import CAPS_LINES_KEY, PARAGRAPH_LINES_KEY
from newsgraph.nlp.types import Mention
from newsgraph.nlp.word_lists import named_word_sets
from newsgraph.resolve.countries import Country, is_origin_suffix, lookup_country, lookup_country_in_token
from newsgraph.textfold import strip_diacritics

COMPONENT = "newsgraph_entities"
VERSION = "0.4.144"  # 0.4.144: a name listed among people is a person only with a sign of a person's name of its own (an East Slavic patronymic, a first word the Phoenix dictionary's office holders open their names with, or a last word that ends a person mention of the text) and no place, site, craft or business head noun at its end: untagged streets, squares, clubs, firms, outlets and ships listed with people ("Wall Street", "Goldman Sachs", "Kherson Oblast", "Ocean Voyager") stay untyped; the list read by _list_neighbours (review51 H2, L2) (history: docs/component_versions.md)

LEXICONS = Path(__file__).resolve().parent / "lexicons"
MISC_LABELS = {"EVENT", "LAW", "LANGUAGE", "WORK_OF_ART", "PRODUCT"}
SKIPPED_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL"}
_DETERMINERS = {"the", "a", "an"}
# "alliance between La Paz and Caracas": a capital joined by these stands for its government.
_RELATION_NOUNS = {"alliance", "ties", "relations", "relationship", "axis", "talks", "pact",
                   "agreement", "cooperation", "rapprochement", "rift", "tensions", "dialogue"}
# Nouns heading a "what the figure measures" noun phrase are taken with these modifiers.
_NP_MODIFIER_DEPS = {"compound", "amod", "nmod", "npadvmod"}
_MEASURE_PREPS = {"in", "for", "of", "on"}


def _load(name: str) -> dict:
    with open(LEXICONS / name, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@functools.lru_cache(maxsize=1)
def title_heads() -> frozenset[str]:
    """Titles that come before a name (entity_titles.yaml ``heads``: "Ambassador", "Adviser")."""
    return frozenset(_lexicons()["title_heads"])


@functools.lru_cache(maxsize=1)
def _lexicons() -> dict:
    titles = _load("entity_titles.yaml")
    regions = _load("entity_regions.yaml")
    equipment = _load("equipment.yaml")
    orgs = _load("entity_org_keywords.yaml")
    groups = {g.lower() for g in _load("entity_groups.yaml")["groups"]}
    # the subject words of an office ("Affairs", "Security", "Policy"), the same list the role
    # reader uses for a title's "for"/"of" phrase; its function words are no subject
    domains = {str(w).lower() for w in _load("titles.yaml").get("domains") or ()} - {"the", "and", "&"}
    lexicons = {
        "groups": groups | {g + "s" for g in groups if not g.endswith(("s", "sh"))},
        "title_heads": set(titles["heads"]),
        "title_words": set(titles["heads"]) | set(titles["modifiers"]),
        "title_suffixes": {w.lower() for w in titles.get("suffixes") or ()},
        "province_offices": {tuple(o.lower().split()) for o in titles.get("province_offices") or ()},
        "title_domains": domains,
        "regions": {_norm(r) for r in regions["regions"]},
        "region_adjectives": {_norm(a): r for a, r in (regions.get("adjectives") or {}).items()},
        "body_openers": {_norm(w) for w in regions.get("body_openers") or ()},
        "equip_heads": {h.lower() for h in equipment["heads"]},
        "equip_phrases": {tuple(p.lower().split()) for p in equipment["phrases"]},
        "equip_names": set(equipment["names"]),
        "equip_modifiers": {m.lower() for m in equipment["modifiers"]},
        "equip_not_after": {w.lower() for w in equipment["not_after"]},
        "equip_people": {tuple(p.lower().split()) for p in equipment.get("people") or ()},
        "org_keywords": set(orgs["keywords"]),
        "org_leading": set(orgs.get("leading_keywords") or ()),
        "org_compound_endings": tuple(str(w).lower() for w in orgs.get("compound_endings") or ()),
        "org_anaphoric": set(orgs.get("anaphoric_heads") or ()),
        "document_heads": set(orgs.get("document_heads") or ()),
        "legal_forms": tuple(sorted({" ".join(str(f).lower().split()) for f in orgs.get("legal_forms") or ()},
                                    key=lambda f: -len(f.split()))),
        "national_legal_forms": {" ".join(str(f).lower().split()): frozenset(str(c).upper() for c in states)
                                 for f, states in (orgs.get("national_legal_forms") or {}).items()},
    }
    # the legal forms by their number of words, for _written_legal_form's look-ups
    by_size: dict[int, set[str]] = {}
    for form in lexicons["legal_forms"]:
        by_size.setdefault(len(form.split()), set()).add(form)
    lexicons["legal_forms_by_size"] = tuple((size, frozenset(forms)) for size, forms in sorted(by_size.items()))
    return lexicons


def org_keywords() -> set[str]:
    """Head words of organisation names (lexicons/entity_org_keywords.yaml)."""
    return _lexicons()["org_keywords"]


@functools.lru_cache(maxsize=16384)  # linking compares every organisation's names with every other's
def without_legal_form(name: str) -> str:
    """A company's name without the legal forms that open or close it (lexicons/
    entity_org_keywords.yaml ``legal_forms``): "Severgroup Limited Liability Company" ->
    "Severgroup", "OOO Volga Group" -> "Volga Group"; the name itself when it has none."""
    words = name.replace(",", " ").split()
    changed = True
    while changed and len(words) > 1:
        changed = False
        for form in _lexicons()["legal_forms"]:
            size = len(form.split())
            if len(words) > size and " ".join(words[-size:]).lower() == form:
                words, changed = words[:-size], True
                break
            if len(words) > size and " ".join(words[:size]).lower() == form:
                words, changed = words[size:], True
                break
    return " ".join(words)


def legal_form_states(name: str) -> frozenset[str]:
    """ISO3 of the states whose company law has the legal form that opens or closes ``name``
    (lexicons/entity_org_keywords.yaml ``national_legal_forms``, from ISO 20275):
    "Oboronlogistika OOO" -> {RUS, BLR}; empty for a name with no such form ("Acme LLC")."""
    words = [w.lower() for w in name.replace(",", " ").split()]
    found: frozenset[str] = frozenset()
    for form, states in _lexicons()["national_legal_forms"].items():
        size = len(form.split())
        if len(words) > size and form in (" ".join(words[:size]), " ".join(words[-size:])):
            found |= states
    return found


def is_region(text: str) -> bool:
    """Whether ``text`` names a world region or continent (lexicons/entity_regions.yaml)."""
    return _norm(text) in _lexicons()["regions"]


@functools.lru_cache(maxsize=1)
def _region_head_words() -> frozenset[str]:
    """Last words of the multi-word region names (entity_regions.yaml ``regions``) that are no
    region, state or GeoNames place of their own: "hemisphere", "peninsula", "sea", "ocean"."""
    from newsgraph.resolve.countries import lookup_country

    heads = {name.split()[-1] for name in _lexicons()["regions"] if len(name.split()) > 1}
    return frozenset(w for w in heads if not is_region(w) and lookup_country(w) is None and not is_gazetteer_place(w))


def _region_head_word(text: str) -> bool:
    """Whether ``text`` is only the head word of a region's name ("Hemisphere" of "Western
    Hemisphere", written capitalised in "Our Hemisphere", "the Hemisphere's"): a part of the
    world, never an organisation's name."""
    return _norm(text) in _region_head_words()


def is_regional_body(name: str) -> bool:
    """Whether an organisation's name opens with a region, a region's adjective or an
    intergovernmental union's word ("European External Action Service", "African Union
    Commission"; lexicons/entity_regions.yaml ``regions``, ``adjectives``, ``body_openers``):
    a body of several states, not one state's."""
    words = _norm(name).split()
    if words and words[0] == "the":
        words = words[1:]
    lex = _lexicons()
    openers = lex["regions"] | set(lex["region_adjectives"]) | lex["body_openers"]
    return any(" ".join(words[:size]) in openers for size in (3, 2, 1) if len(words) > size)


def is_legal_form(text: str) -> bool:
    """True when ``text`` is one company legal form and nothing else ("LLC", "PTE LTD";
    entity_org_keywords.yaml ``legal_forms``), in any letter case."""
    return " ".join(text.lower().replace(",", " ").split()) in _lexicons()["legal_forms"]


def _written_legal_form(span: Span) -> bool:
    """True when ``span`` opens or closes with a company's legal form written as one
    (entity_org_keywords.yaml ``legal_forms``, ISO 20275 abbreviations): in capitals or with a
    full stop ("JSC", "PTE LTD", "Co. Ltd.") or spelled out ("Joint Stock Company"). A title-case
    two-letter word alone ("Sa", "Ao", "Co") is no form: it is as often a person's name."""
    lowers = [t.lower_ for t in span]  # once: a Token is made on every access
    # the words at either end looked up among the forms of as many words (a set per size), not
    # compared with every form in turn
    for size, forms in _lexicons()["legal_forms_by_size"]:
        if len(lowers) <= size:
            continue
        for first in (0, len(lowers) - size):
            form = " ".join(lowers[first:first + size])
            if form not in forms:
                continue
            if size > 1 or len(form.rstrip(".")) > 2 or span[first].text.isupper() or form.endswith("."):
                return True
    return False


def region_for_adjective(text: str) -> Optional[str]:
    """The region a regional adjective names ("South American" -> "South America"), else None."""
    return _lexicons()["region_adjectives"].get(_norm(text))


def _norm(text: str) -> str:
    text = " ".join(text.replace("’", "'").lower().split())
    return text[4:] if text.startswith("the ") else text


# ---------------------------------------------------------------------------------------
# span clean-up


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop a leading determiner or opening quote and trailing possessive/punctuation tokens."""
    while start < end:
        first = doc[start]  # (one Token per word looked at)
        if not (first.lower_ in _DETERMINERS or first.is_quote or first.is_space or
                first.is_punct and first.text in ("“", "‘", '"', "'", "(", "[")):
            break
        start += 1
    while end > start:
        last = doc[end - 1]
        if not (last.text in POSSESSIVE_ENDINGS or last.is_space or last.is_punct and last.text not in {".", ")"} or
                last.is_lower and last.is_stop and end - start > 1):
            break
        end -= 1  # "National Security Advisor for": a name never ends in a function word
    return start, end


def whole_word_end(doc: Doc, start: int, end: int) -> int:
    """The end of the entity ``doc[start:end]`` cut back before a hyphenated common word it runs
    into: the NER tags "Russian de-" of "Russian de-escalation" (spaCy splits the word at its
    hyphen; a line break after the hyphen leaves "de-" dangling) as one NORP. A word is the tokens glued
    with no space; one that begins in lower case inside the entity is no part of a name (a name
    may start a compound: "Russian-controlled", "U.S.-EU")."""
    last = doc[end - 1]
    if not last.text.endswith("-") and not (end < len(doc) and not last.whitespace_ and doc[end].text == "-"):
        return end
    word = end - 1
    while word > start and not doc[word - 1].whitespace_:
        word -= 1
    return word if doc[word].text[:1].islower() else end


def _is_title_token(token: Token) -> bool:
    return token.text in _lexicons()["title_words"] or (
        token.is_upper and token.text.title() in _lexicons()["title_words"] and len(token) > 2)


def _strip_titles(doc: Doc, start: int, end: int) -> int:
    """First token after the leading titles ("Brigadier General Mohammad ..." -> "Mohammad")."""
    while start < end - 1 and _is_title_token(doc[start]):
        start += 1
    if start < end and _is_title_token(doc[start]) and doc[start].text in _lexicons()["title_heads"]:
        return end  # the span is only a title
    return start


def _title_head_before(doc: Doc, start: int) -> bool:
    """A title head right before ``start`` ("Secretary Mayorkas"), also one with a hyphenated
    "-Elect" / "-Designate" ("President-Elect Gustavo Petro", "Foreign Minister-Designate Marta
    Lucia Ramirez"; titles.yaml lists both as title qualifiers), written in either case."""
    lex = _lexicons()
    i = start - 1
    if i >= 2 and doc[i].lower_ in lex["title_suffixes"] and doc[i - 1].text == "-" and \
            not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_:
        i -= 2
    return i >= 0 and doc[i].text in lex["title_heads"] and doc[i].pos_ == "PROPN"


def _province_office_before(doc: Doc, start: int) -> bool:
    """The words right before ``start`` are the title of an office that governs a province
    (entity_titles.yaml ``province_offices``: "Chief Minister", "Governor"), whose holder South
    Asian English names by the province after it ("Chief Minister Punjab")."""
    before = [t.lower_ for t in doc[max(0, start - 3):start]]
    return any(tuple(before[-len(office):]) == office for office in _lexicons()["province_offices"]
               if len(office) <= len(before))


def _name_after_title(doc: Doc, start: int, end: int, place: bool = False) -> bool:
    """An ORG span that is a person's name after their title (AP style: a capitalised formal title
    goes before a person's name): one to four capitalised proper nouns, hyphen-joined ones
    included ("Sherwood-Randall"), none a title or organisation keyword, not all common English
    words. ``place``: a span the model tagged a place ("Vice Foreign Minister Carrizo"), which
    it already read as a proper name, so a word a dictionary also lists ("carrizo", a reed) may
    be the name; but not a world region, nor a province (ISO 3166-2) after the title of an office
    that governs a province, which South Asian English writes before it ("Chief Minister Punjab",
    ``_province_office_before``). A province's name after another title is a surname ("Minister
    Guerrero said", "Ambassador Miranda")."""
    if not _title_head_before(doc, start):
        return False
    if place and (is_region(span_text(doc, start, end))
                  or _province_office_before(doc, start) and _is_subdivision(span_text(doc, start, end))):
        return False  # "Chief Minister Punjab said", "Governor Sindh": South Asian title + province order
    lex = _lexicons()
    words = [t for t in doc[start:end] if not (t.text == "-" and not t.whitespace_ and start < t.i < end - 1
                                                 and not doc[t.i - 1].whitespace_)]
    return 1 <= len(words) <= 4 and lookup_country(span_text(doc, start, end)) is None and all(
        t.pos_ == "PROPN" and t.text[:1].isupper() and not t.is_upper and not _is_title_token(t)
        and t.text not in lex["org_keywords"] for t in words) and \
        (place or not all(_is_english_word_form(t.lower_) for t in words))  # "General Dynamics": common words


def _title_portfolio_before(doc: Doc, i: int) -> bool:
    """The words right before token ``i`` close a title phrase with its portfolio: a title head,
    then only capitalised words and "of"/"for"/"and"/"&" up to a subject word of an office
    (titles.yaml ``domains``) right before ``i`` ("Deputy Assistant Secretary of State for
    International Narcotics and Law Enforcement Affairs"; US and UN offices are styled so)."""
    lex = _lexicons()
    if i < 3 or doc[i - 1].lower_ not in lex["title_domains"] or not doc[i - 1].text[:1].isupper():
        return False
    linked = False
    for j in range(i - 2, max(-1, i - 16), -1):
        token = doc[j]
        if token.text in lex["title_heads"] and token.text[:1].isupper():
            return linked
        if token.lower_ in ("of", "for"):
            linked = True
        elif not (token.lower_ in ("and", "&") or token.text[:1].isupper() and token.is_alpha):
            return False
    return False


def _given_names_after_title(doc: Doc, start: int, end: int) -> Optional[int]:
    """Where a span the model tagged a place ("Fulton") follows one or two capitalised proper
    nouns it left untagged ("Heide"), right after a title or a title phrase with its portfolio
    ("Ambassador", "... for ... Affairs"), the first of those words: the title goes before a
    person's name (AP style), so the words are the given names and the span the surname. The
    span must itself read as a name (``_name_after_title``'s word test); None otherwise. Since
    entities 0.4.50."""
    lex = _lexicons()
    first = start
    while first > 0 and start - first < 2:
        token = doc[first - 1]
        if token.ent_type_ or not _name_word(token) or token.lower_ in lex["title_domains"]:
            break
        first -= 1
    if first == start or not (_title_head_before(doc, first) or _title_portfolio_before(doc, first)):
        return None
    words = doc[start:end]
    if not 1 <= len(words) <= 3 or lookup_country(words.text) is not None or is_region(words.text) or any(
            t.pos_ != "PROPN" or not t.text[:1].isupper() or t.is_upper or _is_title_token(t)
            or t.text in lex["org_keywords"] for t in words):
        return None
    return first


# words that join a title head to its portfolio ("Minister of ...", "Envoy for ...", "Ambassador
# to ...") and the words that join the portfolio's parts ("of the Environment, Water, and ...")
_TITLE_LINKS = {"of", "for", "to"}
_PORTFOLIO_JOINERS = {"and", "&", ",", "the"}


def _title_phrase_before(doc: Doc, i: int, person: list[bool]) -> Optional[str]:
    """How a title ends right before token ``i``: "head" where a title head is the word before
    ("Administrator", "Minister-Designate": ``_title_head_before``); "portfolio" where a title head
    and its portfolio, linked by "of"/"for"/"to", end there ("Minister of the Environment, Water,
    and Ecological Transition", "Ambassador to Costa Rica"), the portfolio made of capitalised
    words and "and"/"&"/"the"/commas, at most 15 tokens, crossing no person's name (``person``: a
    flag per token); None otherwise. The word before ``i`` must be a capitalised word."""
    if _title_head_before(doc, i):
        return "head"
    if i < 3 or not doc[i - 1].text[:1].isupper() or person[i - 1]:
        return None
    heads = _lexicons()["title_heads"]
    linked = False
    for j in range(i - 1, max(-1, i - 16), -1):
        token = doc[j]
        if person[j]:
            return None
        if token.text in heads and token.pos_ == "PROPN":
            return "portfolio" if linked else None
        if token.lower_ in _TITLE_LINKS:
            linked = True
        elif not (token.lower_ in _PORTFOLIO_JOINERS or token.text[:1].isupper() and not token.is_punct):
            return None
    return None


def _untitled_run_stops(doc: Doc, end: int) -> bool:
    """Whether a name may end before token ``end``: at the end of the text or before a comma, "and",
    a bracket (the holder's state: "... Miranda (Ecuador)") or a verb ("... Bachelet said")."""
    if end >= len(doc):
        return True
    token = doc[end]
    return token.text in (",", "(", ";") or token.lower_ == "and" or token.pos_ in ("VERB", "AUX") \
        or token.text == "." and token.is_sent_end


def _names_after_titles(doc: Doc, taken: list[bool], person: list[bool]) -> list[tuple[int, int]]:
    """Token spans of people's names the model left untagged right after their title: two to
    four capitalised proper nouns (``_name_word``: no title word, organisation keyword or state
    name; no office subject word, titles.yaml ``domains``) after a title head or a title phrase
    with its portfolio (``_title_phrase_before``), ended by a comma, "and", a bracket or a verb.
    AP style writes a formal title before the holder's name, so the words are the name: "Minister
    of Defense Oleksiy Reznikov, ...", "... Commissioner for Human Rights Michelle Bachelet and her
    team". Where the words run on from the portfolio's own capitalised words, the name starts at
    the first that is no common English word ("... Ecological Transition | Gustavo Manrique
    Miranda"): a portfolio names a field in common words, a given name is seldom one (a given name
    that is, as "Mark", is not told from the portfolio and the run is left alone). Not after a
    bare title head a run of common English words only ("General Dynamics"), nor a city's name.
    ``taken``: a flag per token already in a mention; ``person``: in a person's. Since entities
    0.4.110."""
    lex = _lexicons()
    out: list[tuple[int, int]] = []
    n = len(doc)
    i = 0
    pos = token_pos(doc)
    while i < n:
        if taken[i] or pos[i] != PROPN:
            i += 1  # (no name word: _name_word wants a proper noun; read without making the Token)
            continue
        token = doc[i]
        if token.ent_type_ or not _name_word(token) or token.lower_ in lex["title_domains"]:
            i += 1
            continue
        end = i
        while end < n and not taken[end] and not doc[end].ent_type_ and _name_word(doc[end]) \
                and doc[end].lower_ not in lex["title_domains"]:
            end += 1
        start, i = i, end
        if not _untitled_run_stops(doc, end):
            continue
        title = _title_phrase_before(doc, start, person)
        if title is None:
            # the run went on from the portfolio's own words: the name opens at the first word
            # that is no common English word, the portfolio's words before it
            first = next((k for k in range(start, end) if not _is_english_word_form(doc[k].lower_)), end)
            if first > start and _title_phrase_before(doc, first, person) == "portfolio":
                start, title = first, "portfolio"
        if title is None or not 2 <= end - start <= 4 or _is_gazetteer_city(span_text(doc, start, end)):
            continue
        if title == "head" and all(_is_english_word_form(t.lower_) for t in doc[start:end]):
            continue  # "General Dynamics", "Major League": common words after a title word
        out.append((start, end))
    return out


_NICKNAME_OPENERS = {"“": "”", '"': '"'}


def _name_word(token: Token) -> bool:
    """Whether ``token`` can be a word of a person's name around a title or a nickname: a
    capitalised alphabetic proper noun that is no title word, organisation keyword or state name."""
    lex = _lexicons()
    return token.pos_ == "PROPN" and token.is_title and token.is_alpha and not _is_title_token(token) and \
        token.text not in lex["org_keywords"] and lookup_country(token.text) is None


def _names_described_as_people(doc: Doc, taken: list[bool]) -> list[tuple[int, int]]:
    """Token spans of people's names the model left untagged that the text says are a person:
    the subject of "is a/an ... NOUN" or a name with the appositive "a/an ... NOUN", NOUN a
    person noun (``actor_heads.person_nouns``: WordNet's first sense is a person): "Aner Shalev
    is an Israeli mathematician and writer", "Aner Shalev, a mathematician, ...". An indefinite
    description that classes its subject as a kind of person is English's way of introducing
    one (a body is "a company", "a group", never "a mathematician"). Two to four untagged
    capitalised proper nouns (``_name_word``) compounded on the subject, not all common English
    words (a name that is, "General Dynamics", is left alone) and no GeoNames city. Since
    entities 0.4.132."""
    from newsgraph.nlp.actor_heads import person_nouns

    people = person_nouns()
    out: list[tuple[int, int]] = []
    pos, lemmas = token_pos(doc), token_lemma_lowers(doc)
    for i in range(len(doc)):
        if pos[i] != NOUN or lemmas[i] not in people:
            continue  # (read without making the Token)
        noun = doc[i]
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
            continue
        if noun.dep_ == "attr" and noun.head.lemma_ == "be":
            subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        elif noun.dep_ == "appos" and noun.head.i < noun.i:
            subject = noun.head
        else:
            continue
        if subject is None or subject.pos_ != "PROPN":
            continue
        start = subject.i
        while start > 0 and doc[start - 1].head.i == subject.i and doc[start - 1].dep_ == "compound":
            start -= 1
        end = subject.i + 1
        words = doc[start:end]
        if not 2 <= len(words) <= 4 or any(taken[t.i] or t.ent_type_ or not _name_word(t) for t in words) \
                or all(_is_english_word_form(t.lower_) for t in words) or _is_gazetteer_city(words.text):
            continue
        out.append((start, end))
    return out


def _nicknamed_names(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of people's names written with a nickname in quotes between the given names
    and the surnames (English usage: Joaquín “El Chapo” Guzmán; the Justice Department's way of
    naming cartel figures): one to three capitalised proper nouns, the quoted nickname of one to
    three capitalised words, then one to three capitalised proper nouns, none a title word, an
    organisation keyword or a state's name; line breaks inside the name are skipped. The model
    tags such a name in pieces (the given names an organisation, the surnames a second person),
    so the whole is one person. Since entities 0.4.50."""
    out = []
    n = len(doc)
    texts = token_texts(doc)  # (read without making a Token for every word)
    i = 0
    while i < n:
        close = _NICKNAME_OPENERS.get(texts[i])
        if close is None or i == 0:
            i += 1
            continue
        given = i
        while given > 0 and i - given < 3 and _name_word(doc[given - 1]) and \
                (given - 1 == 0 or doc[given - 2].text not in _NICKNAME_OPENERS):
            given -= 1
        j = i + 1
        words = 0
        while j < n and words < 4 and doc[j].text != close and (
                doc[j].is_space or doc[j].text[:1].isupper() and doc[j].is_alpha):
            words += not doc[j].is_space
            j += 1
        if given == i or not 1 <= words <= 3 or j >= n or doc[j].text != close or \
                given > 0 and doc[given - 1].pos_ == "PROPN" and doc[given - 1].is_title:
            i += 1
            continue
        end = k = j + 1
        while k < n and k - j <= 4 and (doc[k].is_space or _name_word(doc[k])):
            if not doc[k].is_space:
                end = k + 1
            k += 1
        if end == j + 1:
            i += 1
            continue
        out.append((given, end))
        i = end
    return out


def _looks_like_name(token: Token) -> bool:
    return token.is_title or token.is_upper or token.text[:1].isupper()


# ---------------------------------------------------------------------------------------
# typing one span


def _country_kind(country: Country) -> str:
    return {"name": "name", "alias": "alias", "demonym": "demonym", "capital": "capital"}[country.matched_as]


def _capital_is_metonymic(span: Span) -> bool:
    """True when a capital stands for its government: subject of a verb, "X-Y" pair,
    "alliance between X and Y", possessor ("Tehran's policy")."""
    doc = span.doc
    root = span.root
    if span.start > 1 and doc[span.start - 1].text == "-" and not doc[span.start - 2].whitespace_:
        for size in (1, 2, 3):
            if span.start - 1 - size >= 0 and lookup_country(doc[span.start - 1 - size:span.start - 1].text):
                return True
    if span.end < len(doc) - 1 and doc[span.end].text == "-":
        return True
    head = root
    head = first_conjunct(head)
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
        return True
    if span.end < len(doc) and doc[span.end].text in POSSESSIVE_ENDINGS:
        return True
    if head.dep_ == "pobj" and head.head.lower_ in ("between", "with", "by"):
        prep_head = head.head.head
        if prep_head.lemma_.lower() in _RELATION_NOUNS or head.head.lower_ in ("between", "by"):
            return True
    return False


# the NER labels under which a name written with a company's legal form is still a company's
_COMPANY_RETYPED_LABELS = frozenset({"NORP", "LOC", "GPE", "FAC"}) | MISC_LABELS


def company_named(span: Span) -> bool:
    """Whether ``span`` (two words or more, capitalised) opens or closes with a company's legal
    form written as one ("Golden Warrior Shipping, Co. Ltd.", "SC South LLC", "Severgroup
    Limited"): a company's name. Stricter than ``_written_legal_form``: an abbreviated form in
    title case is a word of the name as often ("Sing Pao", a Hong Kong newspaper, is no PAO), so
    a one-word form counts in capitals, with a full stop, or spelled out ("Limited")."""
    if len(span) < 2 or not span[0].text[:1].isupper() or not _written_legal_form(span):
        return False
    for edge in (span[0], span[-1]):
        if is_legal_form(edge.text) and (edge.text.isupper() or edge.text.endswith(".") or len(edge.text) > 5):
            return True
    # a form of several words ("Pte. Ltd.", "Joint Stock Company"), looked up among the forms of
    # as many words (legal_forms_by_size, as _written_legal_form does)
    lowers = [t.lower_ for t in span]
    return any(" ".join(lowers[first:first + size]) in forms
               for size, forms in _lexicons()["legal_forms_by_size"] if 1 < size < len(lowers)
               for first in (0, len(lowers) - size))


# a name written as an internet domain, one word: labels of letters, digits and hyphens, the last a
# generic top-level domain or a two-letter country code in lower case (RFC 1034 host names, IANA root
# zone): the name of a website or online service, an organisation's, never a person's
_WEB_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|io|info|biz|app|[a-z]{2})$")


def _opens_with_given_name(span: Span) -> bool:
    """Whether a two- or three-word name reads as a person's given name and surname: its first
    word opens the names of two or more office holders the Phoenix dictionary lists
    (``resolve.actors.given_names``: "Alejandro", "Aleksey") and is no common English word ("Dean",
    "National", "Victoria" are read as words: "National Guard"), none of its other words is a
    common English word, an organisation keyword, a legal form or a title ("Johnson Space Center",
    "Andy Warhol Foundation", "Jennifer Lopez News" stay bodies), and the whole is no country and no
    place GeoNames lists ("San Jose") nor a state's subdivision ("Minas Gerais"). Every word capitalised and made of letters.
    Since entities 0.4.130."""
    from newsgraph.resolve.actors import given_names  # the resolver's Phoenix tables, loaded once

    words = [t.text for t in span]
    if not 2 <= len(words) <= 3 or any(not w[:1].isupper() or not w.replace("-", "").isalpha() or w.isupper()
                                         for w in words):
        return False
    first = strip_diacritics(words[0]).lower()
    if first not in given_names() or common_english_word(first):
        return False
    lex = _lexicons()
    if any(common_english_word(w) or w in lex["org_keywords"] or is_legal_form(w) or _is_title_token(t)
           for w, t in zip(words[1:], span[1:])):
        return False
    return lookup_country(span.text) is None and not is_gazetteer_place(span.text) and not _is_subdivision(span.text)


def _type_for(span: Span, label: str) -> Optional[tuple[str, str]]:
    """(type, kind) for a cleaned span with spaCy label ``label``, or None to drop it."""
    if "[" in doc_text(span.doc) and span_is_tag(span):  # (a tag needs its "[": most articles have none)
        # "Name [Fr]", "[Ar]": a language tag after a linked name (an ISO 639 code in square
        # brackets, ``language_tags``) names the language of the source, no entity
        return None
    lex = _lexicons()
    text = span_text(span.doc, span.start, span.end)  # ``span.text``, read from the cached text
    if label in _COMPANY_RETYPED_LABELS and company_named(span):
        # "Golden Warrior Shipping, Co. Ltd." tagged WORK_OF_ART, "SC South LLC" NORP, "East Ocean
        # Rashin Shipping Co. Ltd." LOC: a name closing (or opening) with a company's legal form
        # written as one (ISO 20275, entity_org_keywords.yaml ``legal_forms``) is a registered
        # company, whatever the NER took it for (PERSON has its own test below)
        return "organization", "name"
    if label in ("GPE", "LOC", "ORG", "PERSON", "NORP") and len(span) == 1 and \
            text.lower() in lex["groups"] and lookup_country(text) is None:
        return "group", "name"  # "Hutu" tagged PERSON, "Chechens" tagged LOC
    if label in ("GPE", "LOC", "FAC", "ORG", "PERSON", "NORP") and len(span) == 1 and "-" in text \
            and is_origin_suffix(text.rpartition("-")[2]):
        # "U.S.-based", "Iran-backed": a modifier saying where from, never a place or a body;
        # its state is a demonym mention ("U.S.-based groups" act for the United States)
        return ("country", "demonym") if lookup_country_in_token(text) is not None else None
    if label in ("GPE", "LOC", "FAC", "ORG", "PERSON", "NORP"):
        country = lookup_country(text)
        if country is not None and label not in ("FAC",):
            if country.matched_as == "capital":
                if label == "PERSON" or label == "ORG" or label in ("GPE", "LOC"):
                    return ("country", "capital") if _capital_is_metonymic(span) else ("place", "name")
            if country.matched_as == "demonym":
                return "country", "demonym"
            if label != "PERSON" or len(span) > 1 or span.root.dep_ != "compound":
                return "country", _country_kind(country)
        if _norm(text) in lex["region_adjectives"]:
            return "region", "demonym"  # "South American countries"
        if label == "NORP":
            return "group", "name"
        if _norm(text) in lex["regions"]:
            return "region", "name"
    if label in ("GPE", "LOC", "FAC", "ORG", "NORP") and name_cues.has_patronymic(
            words := token_texts(span.doc)[span.start:span.end]) and not any(w in lex["org_keywords"] for w in words):
        return "person", "name"  # "Elena Petrovna Timchenko" tagged ORG: a patronymic makes a person
    if label in ("PERSON", "GPE", "LOC", "FAC") and _WEB_NAME.match(text):
        return "organization", "name"  # "Blender.io", "Mediazona.ru": a web service's domain is no person's name
    if label in ("GPE", "LOC", "FAC", "ORG") and _opens_with_given_name(span):
        return "person", "name"  # "Aleksey Navalny" tagged ORG, "Alberto Pizango" GPE: a given name, a surname
    if label == "PERSON" and _uttered_words(span):
        return None  # "He said al-salamu Alaykum": the words said (a greeting), no person
    if label == "PERSON" and _name_given_to_a_thing(span):
        return None  # "I called it Character, walks and words": a talk's title, no person
    if label in ("GPE", "LOC", "FAC", "ORG", "PERSON", "NORP") and _DATE_TOKEN.match(text):
        return None  # "testified Jan.7 on Capitol Hill": a date written without its space, no body
    if label in ("GPE", "LOC", "FAC", "ORG") and _after_initial(span):
        return "person", "name"  # "Antony J.\u202fBlinken" with "Blinken" tagged GPE: a surname after an initial
    if label in ("GPE", "LOC", "FAC", "PERSON", "ORG", "NORP") and names_an_operation(span):
        return "misc", "name"  # "Desert Storm" where the article writes "Operation Desert Storm"
    if label in ("ORG", "PERSON") and (_city_before_its_country(span) or _place_in_address(span)):
        return "place", "name"  # "a missile attack on Erbil, Iraq", "in Levico Terme, Trento, Italy"
    if label in ("ORG", "PERSON") and _city_used_as_place(span):
        # "massacres in Bucha", "the towns of Bucha, Irpin, and Hostomel"; the article's other
        # mentions of the name follow it (_with_cued_places)
        span.doc.user_data.setdefault(_CUED_PLACES_KEY, set()).add(text)
        return "place", "name"
    if label in ("GPE", "LOC", "FAC", "PERSON", "ORG") and len(span) > 1 and is_document_head(span[-1]):
        return "misc", "name"  # "Minsk Agreements", "Business Advisory": a document or a meeting
    if label in ("GPE", "LOC") and _document_of_place(span):
        return "misc", "name"  # "the Protocol of Quebec", "Charter of Paris": a document's name
    if label in ("GPE", "LOC", "FAC", "PERSON", "ORG") and _coordinated_document_part(span):
        # "the Department of State, Foreign Operations, and Related Programs Appropriations Act":
        # the NER cut a law's name at its commas; the body's words are part of the law's name
        return "misc", "name"
    if label in ("GPE", "LOC", "FAC", "PERSON", "ORG", "NORP") and _GROUP_OF_NATIONS.match(text):
        return "organization", "name"  # "G7", "G20": forums of states
    if label in ("GPE", "LOC", "FAC", "PERSON") and _is_institution_name(span):
        return "organization", "name"  # "Center for Strategic and International Studies", "United Nations"
    if label in ("ORG", "GPE", "PERSON") and len(span) == 1 and text in lex["org_anaphoric"]:
        return None  # "the Department", "the Court": a reference back, not a name
    if label == "ORG" and text.lower() == "government":
        return None
    if label == "ORG" and len(span) == 1 and _region_head_word(text):
        return None  # "Our Hemisphere stands with Ukraine": a region's head word, capitalised, names no body
    if label == "PERSON":
        if len(span) > 1 and (span[-1].text in lex["org_keywords"] or _written_legal_form(span)):
            return "organization", "name"  # "Pirelli SpA", "Salomon Bros", "Truong Phat Loc Shipping Trading JSC"
        if len(span) > 1 and span[-1].tag_ == "NNPS" and span[-1].text.endswith("s") and \
                span[-1].text[:1].isupper() and len(span[-1]) > 3 and span[-1].lemma_ != span[-1].text or \
                len(span) == 1 and text.endswith("s") and doc_word(span, -1) == "the" and \
                span.root.dep_ != "compound" and not _singular_is_a_person(span):
            return "organization", "name"  # a plural proper noun names a group: "the Houthis", "Shivalli Brahmins"
        if _names_armed_or_international_body(span):
            return "organization", "name"  # "Hezbollah", "Kataib Hezbollah"
        if len(span) == 1 and text[:1].isupper() and any(
                text.lower().endswith(e) and len(text) >= len(e) + 4 for e in lex["org_compound_endings"]):
            return "organization", "name"  # "Gazprombank": a bank's one-word compound name
        if len(span) > 1 and _ends_in_plural_class_noun(span):
            return "organization", "name"  # "G7 Leaders", "Luhansk People's Republics": a set, no one person
        return "person", "name"
    if label == "ORG":
        if all(_is_title_token(t) for t in span):
            return None  # "Defense" in "Defense Minister"
        if len(span) == 1 and _is_equipment_text(span):
            return None  # "UAV" in "missile and UAV capabilities": equipment words are no body
        if len(span) == 1 and _ends_in_plural_class_noun(span):
            return None  # "The Ministers agreed", "neighboring States": office holders or states, no body

        return "organization", "name"
    if label in ("GPE", "LOC") and len(span) == 1 and _ends_in_plural_class_noun(span):
        return None  # "the need for States to act": states in general, no place
    if label in ("GPE", "FAC"):
        return "place", "name"
    if label == "LOC":
        return ("region", "name") if _norm(text) in lex["regions"] else ("place", "name")
    if label == "MONEY":
        return "money", "name"
    if label == "PERCENT":
        return "percent", "name"
    if label == "QUANTITY":
        return "quantity", "name"
    if label == "PRODUCT" and _is_equipment_text(span):
        return "equipment", "name"
    if label in MISC_LABELS:
        return "misc", "name"
    return None


_GROUP_OF_NATIONS = re.compile(r"^G-?\d{1,2}$")


def is_document_head(token: Token) -> bool:
    """A capitalised head of a document's or meeting's name ("Protocol", "Treaty", "Charter")."""
    return token.text in _lexicons()["document_heads"]


def is_gazetteer_place(name: str) -> bool:
    """A place GeoNames lists ("Quebec", "Paris"; not "Understanding" of a "Memorandum of
    Understanding" the model tagged a place)."""
    return bool(_place_readings(name))


def _document_of_place(span: Span) -> bool:
    """A place named after a capitalised document head and "of" ("the Protocol of Quebec",
    "the Charter of Paris", "Treaty of the Americas"): part of the document's name, which the
    model left untagged; the place is no actor there."""
    doc, i = span.doc, span.start
    if i >= 1 and doc[i - 1].lower_ == "the":
        i -= 1
    return i >= 2 and doc[i - 1].lower_ == "of" and is_document_head(doc[i - 2]) \
        and is_gazetteer_place(span.text)


def _coordinated_document_part(span: Span) -> bool:
    """A name the NER cut out of a document's coordinated name: its last word is coordinated
    with a later capitalised document head ("Department of State, Foreign Operations" in "the
    Department of State, Foreign Operations, and Related Programs Appropriations Act"; English law
    titles list the subjects they cover before the head "Act"), with only capitalised words,
    commas and "and" between them (entity_org_keywords.yaml ``document_heads``)."""
    doc, last = span.doc, span[-1]
    for later in last.conjuncts:
        if later.i < span.end or not is_document_head(later):
            continue
        between = doc[span.end:later.i]
        if all(t.text == "," or t.lower_ == "and" or (t.is_title and t.pos_ == "PROPN") for t in between):
            return True
    return False


def _document_owner(span: Span) -> Optional[tuple[str, str]]:
    """The body or state a two-word document or meeting name opens with ("UN Charter", "NATO
    Summit", "G20 Summit", "Syria Accountability Act"), as (type, kind); a capital there is no
    owner ("Minsk Agreements", "Budapest Memorandum")."""
    if len(span) != 2:
        return None
    first = span[0].text
    country = lookup_country(first)
    if country is not None:
        return ("country", _country_kind(country)) if country.matched_as in ("name", "alias", "demonym") else None
    if first.isupper() and len(first) >= 2 and first.isalpha() or _GROUP_OF_NATIONS.match(first):
        return "organization", "name"
    return None


def _city_before_its_country(span: Span) -> bool:
    """"Erbil, Iraq": a name followed by a comma and a country that GeoNames has as a city of
    that country is the city, whatever the model said."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    for size in (3, 2, 1):
        if span.end + 1 + size > len(doc):
            continue
        after = doc[span.end + 1:span.end + 1 + size].text
        country = lookup_country(after)
        if country is not None and country.matched_as in ("name", "alias"):
            return any(r.kind == "city" and r.country == country.alpha3 for r in _place_readings(span.text))
        if size <= 2 and any(r.kind == "us_state" for r in _place_readings(after)) and \
                (span.end + 1 + size == len(doc) or not doc[span.end + 1 + size].text[:1].isalpha()):
            # "Evansville, Indiana": a U.S. city, then its state (AP style writes U.S. datelines so)
            return any(r.kind == "city" and r.country == "USA" for r in _place_readings(span.text))
    return False


def _place_in_address(span: Span) -> bool:
    """"is in Levico Terme, Trento, Italy": a name after a place cue ("in", "near", ...: see
    _place_cue_before), then a comma, a place the model tagged, a comma and a country, is the
    first part of an address, each part a larger unit than the one before; a place, though
    GeoNames may not list a town that small."""
    doc, end = span.doc, span.end
    if end + 3 >= len(doc) or doc[end].text != "," or not _place_cue_before(doc, span.start, span.end):
        return False  # (the comma first: most names have none after them)
    k = end + 1
    if doc[k].ent_type_ not in _PLACE_LABELS:
        return False
    while k < len(doc) and doc[k].ent_type_ in _PLACE_LABELS and (k == end + 1 or doc[k].ent_iob_ == "I"):
        k += 1
    if k + 1 >= len(doc) or doc[k].text != ",":
        return False
    for size in (3, 2, 1):
        country = lookup_country(doc[k + 1:k + 1 + size].text)
        if country is not None and country.matched_as in ("name", "alias"):
            return True
    return False


# words before a name that read it as a place: a locative preposition ("in Bucha", "outside
# Kharkiv"), a place noun and "of" ("the town of Bucha", "the siege of Mariupol", "residents of
# Irpin"), a trip's "to" ("travel to Tijuana", "his visit to Rzeszow"), an example of places
# ("cities like Mariupol", "towns such as Bucha")
_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "inside", "around", "across", "throughout"})
_PLACE_NOUNS_OF = frozenset({
    "city", "cities", "town", "towns", "village", "villages", "port", "capital", "outskirts",
    "suburbs", "streets", "residents", "inhabitants", "mayor", "siege", "encirclement", "outskirt",
    "region", "province", "department", "district", "oblast", "municipality"})
_TRIP_WORDS = frozenset({"travel", "travels", "traveled", "travelled", "traveling", "travelling", "trip",
                         "visit", "visits", "visited", "flew", "fly", "road", "journey", "return", "returned"})
_PLACE_EXAMPLE_NOUNS = frozenset({"cities", "towns", "villages", "communities", "places", "areas", "regions"})
_LIST_SEPARATORS = frozenset({",", "and", "or", "to", "from"})
# a siege or an occupation's participle before a name ("besieged Mariupol", "occupied Kherson")
# and a subdivision noun after it ("the Luhansk oblast", "Kharkiv region") read it as a place
_PLACE_PARTICIPLES = frozenset({"besieged", "occupied", "encircled", "liberated", "bombarded", "shelled"})
_SUBDIVISION_NOUNS_AFTER = frozenset({"oblast", "oblasts", "region", "regions", "province", "provinces"})
_PLACE_LABELS = ("GPE", "LOC")


def _is_gazetteer_city(text: str) -> bool:
    return any(r.kind == "city" for r in _place_readings(text))


# verbs of motion whose "to"/"from" phrase is the way's end or start (VerbNet escape-51.1,
# run-51.3.2, leave-51.2: "go to La Guaira", "travel 500 miles from Herat", "fled from Kharkiv");
# "come" is left out: "an order came from Austin" names its sender
_MOTION_VERBS = frozenset({"go", "travel", "fly", "drive", "sail", "walk", "march", "move", "head", "return",
                           "flee", "journey", "relocate", "evacuate", "commute", "ride", "escape"})
_PATH_PREPOSITIONS = frozenset({"to", "from", "into", "toward", "towards"})
# verbs whose direct object is a place that is struck, held or emptied ("evacuate Mariupol",
# "shelled Kharkiv", "annex Luhansk"; VerbNet destroy-44 and occupy senses take a location)
_PLACE_OBJECT_VERBS = frozenset({"evacuate", "shell", "bomb", "bombard", "besiege", "encircle", "annex",
                                 "occupy", "liberate", "blockade"})
# nouns of a strike whose "on" phrase is its target ("a strike on Vinnytsya", "shelling of Kharkiv")
_STRIKE_NOUNS = frozenset({"strike", "strikes", "airstrike", "airstrikes", "bombing", "bombings", "shelling",
                           "bombardment", "shellings", "offensive", "assault"})


def _place_by_its_head(span: Span) -> bool:
    """Whether the word ``span`` depends on reads it as a place: the way's end or start of a verb
    of motion ("going directly to La Guaira", "travel about 500 miles from Herat"), the object of
    a verb that strikes, holds or empties a place ("evacuate Mariupol or Kharkiv"), the target of
    a strike ("a July 14 strike on Vinnytsya")."""
    root = first_conjunct(span.root) if span.root.dep_ == "conj" else span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in _PATH_PREPOSITIONS and head.head.lemma_.lower() in _MOTION_VERBS:
        return True
    if root.dep_ == "pobj" and head.lower_ in ("on", "of") and head.head.lower_ in _STRIKE_NOUNS:
        return True
    return root.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in _PLACE_OBJECT_VERBS


def _place_cue_before(doc: Doc, start: int, end: int) -> bool:
    """Words right before doc[start:end] that read it as a place (see _PLACE_PREPOSITIONS)."""
    if end < len(doc) and doc[end].lower_ in _SUBDIVISION_NOUNS_AFTER:
        return True
    while start > 0 and doc[start - 1].is_space:
        # a narrow no-break space (U+202F: "in\u202fBucha") is a token of its own to spaCy; the
        # cue is the word before it (model_text leaves it, since reading it as a space reparses
        # the sentences around it, not for the better)
        start -= 1
    if start < 1:
        return False
    before = doc[start - 1].lower_
    if before in _PLACE_PARTICIPLES:
        return True
    if before == "from" and end + 1 < len(doc) and doc[end].lower_ == "to" and doc[end + 1].text[:1].isupper() \
            and (_is_gazetteer_city(doc[end + 1].text) or lookup_country(doc[end + 1].text) is not None):
        return True  # "from Kharkiv to Mariupol": a way from one place to another
    if before == "to" and start >= 3 and doc[start - 3].lower_ == "from" and doc[start - 2].text[:1].isupper() \
            and (_is_gazetteer_city(doc[start - 2].text) or lookup_country(doc[start - 2].text) is not None):
        return True
    possessive = end < len(doc) and doc[end].text in POSSESSIVE_ENDINGS
    if before in _PLACE_PREPOSITIONS and not possessive:
        return True  # "in Obama's speech" reads the speech, not the place
    if before == "of" and start >= 2 and doc[start - 2].lower_ in _PLACE_NOUNS_OF:
        return True
    if before == "to" and start >= 2 and doc[start - 2].lower_ in _TRIP_WORDS:
        return True
    if before in ("like", "as") and start >= 2:
        noun = doc[start - 3].lower_ if before == "as" and start >= 3 and doc[start - 2].lower_ == "such" \
            else doc[start - 2].lower_
        return noun in _PLACE_EXAMPLE_NOUNS
    return False


def _list_neighbours(span: Span, bounds: Optional[tuple[dict, dict]] = None) -> list[Span]:
    """The model's names listed with ``span`` ("Bucha, Irpin, and Hostomel"; "from Kharkiv to
    Mariupol"), each joined to the next by commas, "and", "or", "to", "from". ``bounds``: the
    items to read in place of the model's names (spans by their first and by their end token)."""
    doc = span.doc
    by_start, by_end = entity_bounds(doc) if bounds is None else bounds
    found = []
    start = span.start
    while True:
        j = start
        while j > 0 and doc[j - 1].lower_ in _LIST_SEPARATORS and start - j < 2:
            j -= 1
        if j == start or j not in by_end:
            break
        found.append(by_end[j])
        start = by_end[j].start
    end = span.end
    while True:
        k = end
        while k < len(doc) and doc[k].lower_ in _LIST_SEPARATORS and k - end < 2:
            k += 1
        if k == end or k not in by_start:
            break
        found.append(by_start[k])
        joined_by_and = any(doc[x].lower_ in ("and", "or") for x in range(end, k))
        end = by_start[k].end
        if joined_by_and:
            # "Tijuana and San Diego, the Environmental Protection Agency": English joins a list's
            # last item with "and"/"or"; what follows the comma after it is no item
            break
    return found


# verbs whose direct object is the words uttered, never a person (VerbNet say-37.7 and
# manner-of-speaking 37.3 take the message as their theme: "said hello", "shouted his name",
# "whispered a prayer"); one says words to a person, never says the person
_UTTERANCE_VERBS = frozenset({"say", "utter", "exclaim", "shout", "whisper", "yell", "mutter", "murmur",
                              "recite", "chant"})


def _uttered_words(span: Span) -> bool:
    """Whether a name the model tagged PERSON is the direct object of an utterance verb ("He said
    al-salamu Alaykum.", "they shouted Allahu Akbar"): a salutation or phrase said, not a person's
    name (a greeting in Arabic or Hebrew is capitalised and reads to the model like one)."""
    root = span.root
    return root.dep_ == "dobj" and root.head.pos_ == "VERB" and root.head.lemma_.lower() in _UTTERANCE_VERBS


# naming verbs whose object predicate is the name given ("I called it Character", "they named
# it Hope"): with a thing's pronoun as the object, the name is a title or a label, no person
_NAMING_VERBS = frozenset({"call", "name", "title", "dub", "entitle"})
_THING_PRONOUNS = frozenset({"it", "this", "that"})


def _name_given_to_a_thing(span: Span) -> bool:
    """Whether a name the model tagged PERSON is what a naming verb calls a thing ("I called it
    Character, walks and words": the talk's title)."""
    root = span.root
    head = root.head
    return root.dep_ == "oprd" and head.lemma_.lower() in _NAMING_VERBS and any(
        c.dep_ == "dobj" and c.lower_ in _THING_PRONOUNS for c in head.children)


# a month's abbreviation and a day's number written as one token ("Jan.7", "Sept.11"): a date
_DATE_TOKEN = re.compile(r"^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.\s?\d{1,2}(?:st|nd|rd|th)?$")
_INITIAL = re.compile(r"^[A-Z]\.$")


def _after_initial(span: Span) -> bool:
    """Whether a one-word name follows a given name and an initial ("Antony J. Blinken", the model
    tagging only "Blinken"): English writes a middle initial only inside a person's name, so the
    word is that person's surname (a space token between them, U+202F, is skipped)."""
    if len(span) != 1 or not span.text[:1].isupper() or lookup_country(span.text) is not None:
        return False
    doc, i = span.doc, span.start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 1 or not _INITIAL.match(doc[i].text):
        return False
    j = i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    return j >= 0 and doc[j].is_title and doc[j].is_alpha and not _is_title_token(doc[j])


def _address_tail(span: Span) -> bool:
    """Whether ``span`` ends a place's address after a comma: "born in Kibbutz Kinneret, Tiberias.":
    the name before the comma is a place the model tagged (GPE, LOC) after a place cue ("in",
    "near", ...), and ``span`` closes its phrase (punctuation or the sentence's end follows). English
    writes a place's larger unit after it so ("Kinneret, Tiberias", "Levico, Trento"); a name that
    goes on as a clause's subject ("In Kyiv, Blinken met ...") is no such tail."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != "," or doc[span.start - 2].ent_type_ not in _PLACE_LABELS:
        return False
    if span.end < len(doc) and not (doc[span.end].is_punct or doc[span.end].is_sent_start):
        return False
    before = doc[span.start - 2]
    start = before.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return _place_cue_before(doc, start, before.i + 1)


def _no_state_but_capital(text: str) -> bool:
    """Whether ``text`` names no state, or a state only as its capital ("Tehran"): a capital
    listed with cities is one of them ("across cities including Tehran, Karaj and Tabriz"),
    while a state's own name is listed with bodies as well ("the UN, Turkey, and Ukraine")."""
    country = lookup_country(text)
    return country is None or country.matched_as == "capital"


def _city_used_as_place(span: Span) -> bool:
    """A name the model took for a body or a person that GeoNames has as a city and the text
    uses as a place: after a place cue ("in Bucha", "the town of Bucha", "travel to Tijuana",
    "cities like Mariupol"), or listed with places ("Donetsk and Luhansk", "Bucha, Irpin, and
    Hostomel") where one of them is a place by label or cue and all are gazetteer places. A title
    before it ("Secretary Austin") keeps it a person."""
    doc = span.doc
    if len(span) > 3 or not _is_gazetteer_city(span.text) or _title_head_before(doc, span.start) \
            or any(_is_title_token(t) for t in span):
        return False
    if _place_cue_before(doc, span.start, span.end) or _place_by_its_head(span):
        return True
    if _address_tail(span):
        return True
    if span.text.isupper():
        return False  # "UN", "OAS": an acronym names a body, even listed with states
    # listed with other cities only: states are listed with bodies too ("the UN, Turkey, and
    # Ukraine"), and a name repeated ("on Obama, Obama's adviser") is no list of places
    neighbours = _list_neighbours(span)
    if not neighbours or not all(
            _is_gazetteer_city(n.text) and _no_state_but_capital(n.text) and n.text != span.text
            for n in neighbours):
        return False
    return any(n.label_ in _PLACE_LABELS or _place_cue_before(doc, n.start, n.end) for n in neighbours)


# "Operation Desert Storm", "Operation Iraqi Freedom": the English (and NATO/US) naming of a
# military or police operation, a capitalised "Operation" before a capitalised name
_OPERATION = re.compile(r"\bOperation\s+((?:[A-Z][\w’'-]*)(?:[ /]+[A-Z][\w’'-]*){0,3})")
_CAPITALISED_WORD_BEFORE = re.compile(r"[A-Z][\w’'.-]*\s+$")


def _operation_names(doc: Doc) -> frozenset[str]:
    """The names the article gives operations ("Desert Storm" of "Operation Desert Storm"), each
    part of a slashed pair too ("Desert Shield/Storm"), cached on the Doc."""
    cached = doc.user_data.get("ng_operation_names")
    if cached is None:
        names = set()
        text = doc_text(doc)
        for match in _OPERATION.finditer(text):
            if _CAPITALISED_WORD_BEFORE.search(text[max(0, match.start() - 40):match.start()]):
                continue  # "Joint Special Operation Center": a body's name, no operation's
            name = " ".join(match.group(1).split())
            names.add(name)
            names.update(part.strip() for part in name.split("/") if part.strip())
        cached = doc.user_data["ng_operation_names"] = frozenset(names)
    return cached


def names_an_operation(span: Span) -> bool:
    """Whether the span is an operation's name: it opens with "Operation", or the article names
    an operation so ("Desert Storm" where it writes "Operation Desert Storm"). An operation is
    no actor: PLOVER codes who acts in it, not the operation."""
    names = _operation_names(span.doc)
    if not names and "Operation" not in span_text(span.doc, span.start, span.end):
        return False  # (most articles name no operation: each test below needs a name or the word)
    text = " ".join(span.text.split())
    if len(span) > 1 and _OPERATION.fullmatch(text) and not _CAPITALISED_WORD_BEFORE.search(
            doc_text(span.doc)[max(0, span.start_char - 40):span.start_char]):
        return True
    if text in names:
        return True
    # "Desert Shield/Storm": the later parts share the first's leading words
    first, *rest = [part.strip() for part in text.split("/")]
    lead = first.rsplit(" ", 1)[0] if " " in first else ""
    return bool(rest) and first in names and all(part in names or f"{lead} {part}" in names for part in rest)


@functools.lru_cache(maxsize=1)
def _plural_class_nouns() -> frozenset[str]:
    """Regular English plurals of the title heads (lexicons/titles.yaml, ranks left out: "Majors"
    is a surname too) and of the state class nouns (entity_descriptions.yaml: country, nation,
    state, kingdom, republic, government)."""
    from newsgraph.nlp.descriptions import description_lexicon
    from newsgraph.nlp.roles import title_lexicon

    lex = title_lexicon()
    described = description_lexicon()
    # (not "partner"/"ally": a party's role, no class of polities; "NATO Allies" may name a body)
    states = {head for head, (types, _) in described.classes.items()
              if "country" in types and head not in described.demonstrative_only}
    plurals = set()
    for noun in (lex.heads - lex.ranks) | states:
        plurals.add(noun + "s")
        if noun.endswith(("s", "sh", "ch", "x")):
            plurals.add(noun + "es")
        if noun.endswith("y") and noun[-2:-1] not in "aeiou":
            plurals.add(noun[:-1] + "ies")
    return frozenset(plurals)


def _ends_in_plural_class_noun(span: Span) -> bool:
    """Whether a name ends in the plural of a title or state class noun ("G7 Leaders", "Donetsk
    and Luhansk People's Republics"): English personal names never end in a plural common noun,
    so the span names a set of office holders or of polities, not a person."""
    return span[-1].lower_.strip("'’") in _plural_class_nouns()


def _singular_is_a_person(span: Span) -> bool:
    """"the Clintons" where a Clinton is named: a family, still people."""
    singular = span.text[:-1]
    return any(t.text == singular and t.ent_type_ == "PERSON" for t in span.doc)


def _is_demonym_token(token: Token) -> bool:
    found = lookup_country(token.text) if token.text[:1].isupper() else None
    return found is not None and found.matched_as == "demonym" and not token.text.endswith("s")


def doc_word(span: Span, offset: int) -> str:
    """The lower-case word ``offset`` tokens from the span's start (negative: before it)."""
    i = span.start + offset if offset < 0 else span.end + offset
    return span.doc[i].lower_ if 0 <= i < len(span.doc) else ""


def _names_armed_or_international_body(span: Span) -> bool:
    """The name, or its last word, is an armed group or an international or non-governmental
    body the Phoenix dictionaries list ("Hezbollah", "Kataib Hezbollah")."""
    from newsgraph.resolve.actors import named_actor

    for text in {span.text, span[-1].text}:
        found = named_actor(text)
        if found is not None and found.sector in ("REB", "IGO", "NGO"):
            return True
    return False


def _is_institution_name(span: Span) -> bool:
    """A name built on an organisation keyword ("Center for Strategic and International
    Studies", "Kennedy Space Center") or one the Phoenix dictionaries list as an international
    or non-governmental body ("United Nations")."""
    from newsgraph.resolve.actors import named_actor

    keywords = _lexicons()["org_keywords"]
    if len(span) > 1 and (span[-1].text in keywords or span[0].text in _lexicons()["org_leading"] or
                          span[0].text in keywords and span[1].lower_ in ("of", "for", "on")):
        return True
    if lookup_country(span.text) is not None:
        return False
    found = named_actor(span.text)
    # one word only as an intergovernmental acronym ("The EU, UK, Japan ... have designated":
    # the model reads the list as places; named_actor lists such acronyms as IGO of no state)
    return found is not None and found.sector in ("IGO", "NGO") and (len(span) > 1 or span.text.isupper())


def _is_equipment_text(span: Span) -> bool:
    lex = _lexicons()
    return any(t.text in lex["equip_names"] or t.lemma_.lower() in lex["equip_heads"] for t in span)


# ---------------------------------------------------------------------------------------
# measures of money and percentages


def _noun_phrase(token: Token) -> str:
    """The head noun with its contiguous compound/adjective modifiers ("military assistance")."""
    doc = token.doc
    start = token.i
    for child in reversed(list(token.lefts)):
        if child.i == start - 1 and child.dep_ in _NP_MODIFIER_DEPS and not child.like_num:
            start = child.i
        else:
            break
    return doc[start:token.i + 1].text


def find_measure(span: Span) -> Optional[str]:
    """What a money/percent figure measures, where the parse says so, else None."""
    root = span.root
    for child in root.rights:
        if child.dep_ == "prep" and child.lower_ in _MEASURE_PREPS:
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
            if objects:
                return _noun_phrase(objects[0])
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        governor = root.head.head
        if governor.pos_ in ("NOUN",) and governor.i < root.i:
            return _noun_phrase(governor)
        if governor.pos_ in ("VERB", "AUX"):
            for dep in ("dobj", "nsubj", "nsubjpass"):
                found = [c for c in governor.children if c.dep_ == dep and c.pos_ == "NOUN"]
                if found:
                    return _noun_phrase(found[0])
    if root.dep_ in ("attr", "dobj", "npadvmod") and root.head.pos_ in ("VERB", "AUX"):
        subjects = [c for c in root.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
        if subjects:
            return _noun_phrase(subjects[0])
    return None


# ---------------------------------------------------------------------------------------
# equipment


def _hyphen_word_start(doc: Doc, i: int) -> int:
    """Start index of the hyphenated word that token ``i`` ends ("short - range" -> short)."""
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_:
        i -= 2
    return i


def equipment_words(text: Optional[str]) -> Optional[str]:
    """The equipment kind that the words ``text`` end in ("Russian tanks" -> "tank", "three
    Russian attack aircrafts" -> "aircraft", "fighter jets" -> "fighter jet"): an equipment.yaml
    head or phrase, its last word possibly plural, not after a ``not_after`` word ("think tanks")
    and no ``people`` pair ("suicide bombers"); else None. Since linking 0.3.840 (a state's
    military equipment stands for its armed forces: Phoenix codes the weapons and platforms it
    lists ~MIL, BATTLE_TANK, WARSHIP, WARPLANE, COMBAT_AIRCRAFT, CRUISE_MISSILE, ATTACK_HELICOPTER)."""
    if not text:
        return None
    words = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z\-]*", text)]
    if not words:
        return None
    lex = _lexicons()
    last = words[-1]
    forms = [last] + [f for f in (last[:-1] if last.endswith("s") else None,
                                  last[:-2] if last.endswith("es") else None,
                                  last[:-3] + "y" if last.endswith("ies") else None) if f]
    before = words[-2] if len(words) > 1 else None
    for form in forms:
        for phrase in lex["equip_phrases"]:
            if len(phrase) <= len(words) and tuple(words[len(words) - len(phrase):-1]) + (form,) == phrase:
                return " ".join(phrase)
        if form in lex["equip_heads"]:
            if before in lex["equip_not_after"] or (before, form) in lex["equip_people"]:
                return None
            return form
    return None


def _equipment_spans(doc: Doc) -> list[tuple[int, int, Optional[tuple[int, int, Country]]]]:
    """(start, end, country_compound) for every equipment mention; country_compound is the
    token range and country of an "Iran-made"-style modifier found at the left edge."""
    lex = _lexicons()
    found = []
    covered_until = -1
    texts, pos = token_texts(doc), token_pos(doc)
    lowers, lemmas = token_lowers(doc), token_lemma_lowers(doc)
    names, heads = lex["equip_names"], lex["equip_heads"]
    for i in range(len(doc)):
        # neither an equipment name nor a noun whose lemma or form is an equipment head: no
        # equipment word (the tests below, read without making the Token)
        if i <= covered_until or texts[i] not in names and not (
                pos[i] in (NOUN, PROPN) and (lemmas[i] in heads or lowers[i].rstrip("s") in heads)):
            continue
        token = doc[i]
        lower, lemma = token.lower_, token.lemma_.lower()
        is_name = token.text in lex["equip_names"]
        is_head = token.pos_ in ("NOUN", "PROPN") and (lemma in lex["equip_heads"]
                                                     or lower.rstrip("s") in lex["equip_heads"])
        if not (is_name or is_head):
            continue
        # a head noun with a following head noun ("missile systems") lets the later one lead
        end = token.i + 1
        while end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN") and (
                doc[end].lemma_.lower() in lex["equip_heads"] or doc[end].text in lex["equip_names"]
                or doc[end].lemma_.lower() in ("system", "vehicle", "carrier", "boat", "jet", "plane")):
            end += 1
        if token.i > 0 and doc[token.i - 1].lower_ in lex["equip_not_after"]:
            continue
        if _modifies_other_noun(doc[end - 1]):
            covered_until = end - 1
            continue  # "missile attack", "missile and drone program": the attack, the program
        start, country = _extend_modifiers(doc, token.i)
        if _names_a_person(doc, start, end):
            covered_until = end - 1
            continue  # "a suicide bomber": the attacker, not his weapon
        found.append((start, end, country))
        covered_until = end - 1
    return found


def _names_a_person(doc: Doc, start: int, end: int) -> bool:
    """An equipment head whose modifier makes it a person ("suicide bomber", equipment.yaml
    people): the modifier right before the head and the head's lemma form a listed pair."""
    if end - start < 2:
        return False
    pair = (doc[end - 2].lower_, doc[end - 1].lemma_.lower())
    return pair in _lexicons()["equip_people"]


def _modifies_other_noun(token: Token) -> bool:
    """An equipment word that is only a modifier of another noun ("missile attack", "drone
    program", "air and missile defense", "UAV capabilities"): it names the kind of that
    thing, not a weapon of the article's actors."""
    lex = _lexicons()
    token = first_conjunct(token)  # "missile and drone program": "drone" is the conjunct of "missile"
    head = token.head
    return token.dep_ in ("compound", "nmod") and head.i > token.i and head.pos_ in ("NOUN", "PROPN") and \
        head.lemma_.lower() not in lex["equip_heads"] and head.text not in lex["equip_names"] and \
        head.lemma_.lower() not in ("system", "vehicle", "carrier", "boat", "jet", "plane")


def _extend_modifiers(doc: Doc, head_i: int) -> tuple[int, Optional[tuple[int, int, Country]]]:
    """Walk left from the head over technical modifiers; stop at a country compound."""
    lex = _lexicons()
    start = head_i
    i = head_i - 1
    sent_start = doc[head_i].sent.start if doc.has_annotation("SENT_START") else 0
    while i >= sent_start:
        word_start = _hyphen_word_start(doc, i)
        word = doc[word_start:i + 1]
        if word_start < i:  # a hyphenated compound
            country = lookup_country_in_token(word.text.replace(" ", ""))
            if country is not None:
                return start, (word_start, i + 1, country)
            start, i = word_start, word_start - 1
            continue
        token = doc[i]
        if token.text[:1].isupper() and lookup_country(token.text) is not None:
            break
        if (token.dep_ == "compound" and token.pos_ == "NOUN") or \
                token.lower_ in lex["equip_modifiers"] or token.text in lex["equip_names"]:
            start, i = i, i - 1
            continue
        break
    return start, None


# ---------------------------------------------------------------------------------------
# organisation names that spaCy missed


def _opens_title(token: Token) -> bool:
    """A title word followed by a title head: "Deputy Minister", "Defense Secretary"."""
    doc = token.doc
    return _is_title_token(token) and token.i + 1 < len(doc) and doc[token.i + 1].text in _lexicons()["title_heads"]


def _extend_org_complement(doc: Doc, end: int) -> int:
    """End of an ORG span the model cut before its "of"/"for" complement ("U.S. Institute" +
    "for the Study of War"); words of another entity or a following title are left out."""
    if end + 1 >= len(doc) or doc[end - 1].text not in _lexicons()["org_keywords"] or \
            doc[end].lower_ not in ("of", "for") or doc[end].ent_type_:
        return end
    first = end + 1
    if first < len(doc) - 1 and doc[first].text == "\n":
        first += 1  # a hard wrap after "of": "U.S. Department of\nState"
    first = first + 1 if doc[first].lower_ == "the" and first + 1 < len(doc) else first
    run_end = name_cues.name_run(doc, first, stop=lambda t: bool(t.ent_type_) and t.ent_type_ != "ORG"
                                 or _opens_title(t))
    return run_end if run_end > first else end


# words that open a phrase inside a name: a purpose infinitive ("Committee to Protect
# Journalists") or a complement ("Institute for the Study of War", "Office of the ... ")
_NAME_PHRASE_OPENERS = frozenset({"to", "of", "for", "on", "against"})
_MAX_CUT_PHRASE_REST = 3


def _cut_phrase_end(doc: Doc, start: int, end: int) -> int:
    """End of an ORG span the model cut inside the phrase a connector opens in the name: after
    an inner "to"/"of"/"for"/"on"/"against", a word of the span depends on a word after it (the
    infinitive's object, the determiner's noun: "Global Coalition to Address Synthetic Drug" +
    "Threats"), so the noun phrase, and the name, go on to that head. English noun phrases end
    at their head; a name's words attach inside the name. Only untagged capitalised nouns of
    the same sentence, no title word (an office after the body, "Department of the Treasury" +
    "Secretary", stays out), at most three; ``end`` where the span closes its phrases."""
    if end >= len(doc) or end - start < 3:
        return end
    opener = next((i for i in range(start + 1, end - 1) if doc[i].lower_ in _NAME_PHRASE_OPENERS), None)
    if opener is None:
        return end
    heads = [doc[i].head.i for i in range(opener + 1, end) if doc[i].head.i >= end]
    if not heads:
        return end
    new_end = max(heads) + 1
    if new_end - end > _MAX_CUT_PHRASE_REST:
        return end
    if _is_title_token(doc[end - 1]):
        return end  # "... of Democracies Senior" + "Fellow": the model took in a title's first word
    from newsgraph.nlp.actor_heads import person_nouns  # actor_heads reads places; entities loads first
    people = person_nouns()
    sent_start = doc[start].sent.start
    for token in doc[end:new_end]:
        if token.ent_type_ or token.sent.start != sent_start or not token.is_alpha or not token.is_title or \
                token.pos_ not in ("PROPN", "NOUN") or _is_title_token(token) or \
                not start <= token.head.i < new_end and token.i != new_end - 1:
            return end
        if token.lower_ in people:
            return end  # a singular person noun after the body is its holder's role ("Fellow", "Director")
    return new_end


def _org_keyword_spans(doc: Doc, taken: list[bool], absorbable: dict[int, int]) -> list[tuple[int, int]]:
    """Capitalised names built on an organisation keyword, not already an entity: ending in it
    ("Statistical Center"), or opening with it and an "of"/"for" complement ("Department of
    Justice", "Institute for the Study of War"). A regional or national adjective the model
    tagged on its own right before the name is part of it ("Latin American Affairs
    Directorate"); ``absorbable`` maps such a mention's last token to its first."""
    lex = _lexicons()
    keywords = lex["org_keywords"]
    spans = []
    i = 0
    texts = token_texts(doc)  # the cached strings: most tokens are neither test's word, no Token made for them
    while i < len(doc):
        if texts[i] in lex["org_leading"] and not taken[i] and i + 1 < len(doc):
            # "Instituto Gonzaga", "Partido Popular": a Romance head, then the name
            end = name_cues.name_run(doc, i + 1, stop=lambda t: taken[t.i])
            if end > i + 1:
                spans.append((i, end))
                i = end
                continue
        if texts[i] not in keywords or taken[i]:
            i += 1
            continue
        start = i
        while start > 0 and not taken[start - 1]:
            before = doc[start - 1]
            if before.text == "-" and start >= 2 and not before.whitespace_ and not doc[start - 2].whitespace_ \
                    and doc[start - 2].is_title and not taken[start - 2]:
                start -= 2  # "Export-Import Bank"
                continue
            if before.is_sent_start and is_legal_form(texts[i]) and before.pos_ == "PROPN" and \
                    before.dep_ in _NAME_WORD_DEPS and start <= before.head.i <= i:
                start -= 1  # "M Leasing LLC" opening its sentence: a company name's first word
                break
            if not before.is_title or before.is_stop or before.is_sent_start or before.text in lex["title_heads"]:
                break
            start -= 1
        end = i + 1
        if end + 1 < len(doc) and doc[end].lower_ in ("of", "for"):
            first = end + 2 if doc[end + 1].lower_ == "the" and end + 2 < len(doc) else end + 1
            run_end = name_cues.name_run(doc, first, stop=lambda t: taken[t.i] or _opens_title(t))
            if run_end > first:
                end = run_end
        if end == i + 1 and is_legal_form(span_text(doc, start, end)):
            # "State Corporation Rostec": a legal form that opens the name (Russian registers
            # write it first) is no name alone; the name words after it are part of it
            end = _legal_form_name_end(doc, end)
            while end > i + 1 and taken[end - 1]:
                end -= 1
        if end - start >= 2 and start - 1 in absorbable:
            start = absorbable[start - 1]
        if end - start >= 2:
            spans.append((start, end))
        i = end
    return spans


# ---------------------------------------------------------------------------------------
# the whole doc


def _make(doc: Doc, start: int, end: int, type_: str, kind: str, label: Optional[str]) -> Mention:
    span = doc[start:end]
    return Mention(start=span.start_char, end=span.end_char, text=span.text, type=type_,
                   label=label, kind=kind, component=COMPONENT, version=VERSION)


_PERSON_PLURALS = {"people", "men", "women", "children"}


def _plural_noun_possessor(token: Token) -> bool:
    """"People's", "Workers'", "Women's": a plural common noun owns nothing in a name, it is
    part of it ("People's Republic of China", "Workers' Party")."""
    lower = token.lower_
    return lookup_country(token.text) is None and (
        lower in _PERSON_PLURALS or lower.endswith("s") and lower[:-1] in _common_words(include_nouns=True))


def _split_on_possessive(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    for i in range(start + 1, end - 1):
        if doc[i].text in POSSESSIVE_ENDINGS and doc[i].tag_ == "POS":
            if _plural_noun_possessor(doc[i - 1]) and (all(t.lower_ in _DETERMINERS for t in doc[start:i - 1])
                                                        or doc[i + 1].text[:1].isupper() and doc[i - 1].is_title):
                continue  # "People's Republic of China", "Government of the People's Republic of China"
            return [(start, i), (i + 1, end)]
    return [(start, end)]


_NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"} | MISC_LABELS


_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$", re.I)


@functools.lru_cache(maxsize=1)
def _military_unit_heads() -> frozenset[str]:
    """event_detection.yaml military_units: the head nouns of a military unit's name."""
    # the file events/ reads too: one parse per process (word_lists.named_word_sets)
    return frozenset(str(w).lower() for w in named_word_sets(LEXICONS / "event_detection.yaml").get("military_units") or ())


def _numbered_unit_name(doc: Doc, i: int, end: int) -> bool:
    """An ordinal opening a military unit's name is part of the name ("the 64th Separate
    Motorized Rifle Brigade", "455th Expeditionary Logistics Readiness Squadron"): the capitalised
    words after it end in a unit noun."""
    if not _ORDINAL.match(token_texts(doc)[i]):
        return False  # (asked of every word of every name: the cheap test first, no Token made)
    rest = doc[i + 1:end]
    return len(rest) >= 1 and all(t.text[:1].isupper() for t in rest) and rest[-1].lower_ in _military_unit_heads()


def _split_on_numbers(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Names never contain a bare figure: "Grimsby 0 Portsmouth 1" is two names; an ordinal
    numbering a military unit is no bare figure ("76th Guards Air Assault Division")."""
    parts, part_start = [], start
    for i in range(start, end):
        if _numbered_unit_name(doc, i, end) and all(t.lower_ == "the" for t in doc[part_start:i]):
            continue
        token = doc[i]
        if _is_figure(token) or _is_separator(token):
            if part_start < i:
                parts.append((part_start, i))
            part_start = i + 1
    if part_start < end:
        parts.append((part_start, end))
    return parts


def _is_separator(token: Token) -> bool:
    """A free-standing dash ("Cricket - England") or "v"/"vs" between two names."""
    if token.lower_ in ("v", "v.", "vs", "vs.", "versus"):
        return True
    doc = token.doc
    if token.text == "/" and 0 < token.i < len(doc) - 1:
        # "Newsmax / Zogby": two names; "N / A", "F / A-18" are not
        before, after = doc[token.i - 1], doc[token.i + 1]
        return bool(token.whitespace_) and bool(before.whitespace_) and all(
            t.is_alpha and t.is_title and len(t) >= 3 for t in (before, after))
    return token.text in ("-", "--", "–", "—") and bool(token.whitespace_) and token.i > 0 \
        and bool(token.doc[token.i - 1].whitespace_)


def _is_score(token: Token) -> bool:
    return token.is_digit and len(token) <= 3


def _is_figure(token: Token) -> bool:
    return token.like_num and not token.is_alpha or (
        token.text[:1].isdigit() and all(ch.isdigit() or ch in "-.,:/" for ch in token.text))


def _split_joined_bodies(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """"Sudanese Armed Forces and Rapid Support Forces" is two bodies: split at "and" when
    both halves end in the same organisation keyword (parallel names; "Post and
    Telecommunications Administration" is one body)."""
    keywords = _lexicons()["org_keywords"]
    for i in range(start + 2, end - 2):
        if doc[i].lower_ == "and" and doc[i - 1].text in keywords and doc[i - 1].text == doc[end - 1].text \
                and doc[i + 1].text[:1].isupper():
            return [(start, i), (i + 1, end)]
    return [(start, end)]


def _split_place_country(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """"Munich Germany" (a place and its country, the comma left out) is two names: split where
    the tail is a country and the head a GeoNames city, and the whole names neither."""
    from newsgraph.resolve.places import readings

    if end - start < 2 or lookup_country(span_text(doc, start, end)) is not None:
        return [(start, end)]
    for size in (1, 2, 3):
        cut = end - size
        if cut <= start:
            break
        tail = lookup_country(doc[cut:end].text)
        if tail is not None and tail.matched_as in ("name", "alias") and \
                any(r.kind == "city" for r in readings(doc[start:cut].text)):
            return [(start, cut), (cut, end)]
    return [(start, end)]


def _entity_spans(doc: Doc, ents: Iterable[Span]) -> list[tuple[int, int, str]]:
    out = []
    ents = list(ents)
    person_starts = {ent.start for ent in ents if ent.label_ == "PERSON"}
    for ent in ents:
        label = ent.label_
        if label in SKIPPED_LABELS:
            continue
        pieces = _split_on_numbers(doc, ent.start, ent.end) if label in _NAME_LABELS else [(ent.start, ent.end)]
        if label in ("GPE", "LOC"):
            pieces = [p for piece in pieces for p in _split_place_country(doc, *piece)]
        if label == "ORG":
            pieces = [p for piece in pieces for p in _split_joined_bodies(doc, *piece)]
        for start, end in (p for piece in pieces for p in _split_on_possessive(doc, *piece)):
            start, end = _trim(doc, start, end)
            end = whole_word_end(doc, start, end) if end > start else end
            if label == "ORG" and start > 0 and end > start and _numbered_unit_name(doc, start - 1, end):
                start -= 1  # "64th" tagged an ordinal apart from "Separate Motorized Rifle Brigade"
            if end - start >= 2 and end < len(doc) and doc[end].text == ":" and \
                    doc[end - 1].text in name_cues.cues()["credit_words"]:
                end -= 1  # "Ahmed Mohamed Image: Twitter": the credit word is no part of the name
            if label in _NAME_LABELS:
                start, end = cut_stray_bracket(doc, start, end)
            if start >= end:
                continue
            text = span_text(doc, start, end)  # (read once for the three tests)
            if not any(ch.isalpha() for ch in text):
                continue
            if label in _NAME_LABELS and _is_garbled(text):
                continue
            if label in _NAME_LABELS and not any(ch.isupper() for ch in text):
                continue  # names are capitalised: "communists", "war", "republics" are not
            if _is_topic_slug(doc, start, end):
                continue
            if label == "PERSON" and _opens_with_gerund(doc, start, end):
                # "Inviting Taiwan to attend the WHA", "Citing Togo's ...": a gerund opening its
                # clause is a verb, no given name; what follows is a name only as a state
                start += 1
                if lookup_country(span_text(doc, start, end)) is None:
                    continue
            sub_label = label
            if (start, end) != (ent.start, ent.end) and start == ent.start and ent.end != end and label != "GPE" \
                    and lookup_country(span_text(doc, start, end)) is not None:
                sub_label = "GPE"
            office_end = _listed_office_end(doc, start, end) if sub_label in ("ORG", "GPE", "LOC") else None
            if office_end is not None:
                # "United States Trade Representative" (tagged GPE, or ORG cut before its title
                # word): an office the Phoenix data lists as an institution is a body, whole
                end, sub_label = office_end, "ORG"
            elif sub_label == "ORG" and doc[end - 1].text in _lexicons()["title_heads"] and \
                    not (end - start >= 3 and doc[end - 2].lower_ in ("of", "for")):
                continue  # "National Security Advisor": a title; "Department of Justice" is no title
            if sub_label in ("ORG", "GPE", "LOC") and _name_after_title(doc, start, end, place=sub_label != "ORG") \
                    and not (sub_label != "ORG" and end in person_starts):
                # "President-Elect Gustavo Petro", "Secretary Mayorkas" tagged ORG; "Vice Foreign
                # Minister Carrizo", "Colombian President Duque" tagged GPE (a town's name): a
                # title head goes before a person's name, never before a place's (a given name
                # tagged a place before the rest of the name, "Minister-Designate Marta" +
                # "Lucía Ramírez", is joined to it below)
                sub_label = "PERSON"
            given_start = _given_names_after_title(doc, start, end) if sub_label in ("GPE", "LOC", "FAC") else None
            if given_start is not None:
                # "Deputy Assistant Secretary ... Affairs Heide Fulton", "Fulton" tagged a place:
                # the surname of the person the title names, given name taken in
                start, sub_label = given_start, "PERSON"
            demonym_first = sub_label == "ORG" and end - start >= 3 and _is_demonym_token(doc[start]) \
                and _is_title_token(doc[start + 1])
            if sub_label == "PERSON" or (sub_label == "ORG" and any(_is_title_token(t) for t in doc[start:end])):
                # "Guatemalan Congressperson Boris España Cáceres" tagged ORG whole: the titles
                # start after the demonym (kept below as its own mention, as when tagged apart)
                new_start = _strip_titles(doc, start + 1 if demonym_first else start, end)
                if sub_label == "ORG" and start < new_start < end:
                    # "Defense Minister Mohammad ...", "(Secretary of) Homeland Security Alejandro
                    # Mayorkas" tagged ORG: the name after the title words is a person
                    rest = doc[new_start:end]
                    after_head = doc[new_start - 1].text in _lexicons()["title_heads"]
                    office_of = start >= 2 and doc[start - 1].lower_ == "of" and \
                        doc[start - 2].text in _lexicons()["title_heads"]
                    if (after_head or office_of and len(rest) >= 2) and \
                            all(_looks_like_name(t) and t.pos_ == "PROPN" for t in rest) and \
                            not any(t.text in _lexicons()["org_keywords"] for t in rest):
                        sub_label = "PERSON"
                        if demonym_first:
                            out.append((start, start + 1, "NORP"))
                    else:
                        new_start = start  # "Commerce Department", "Major League Baseball"
                start = new_start
                if start >= end:
                    continue
            if sub_label == "PERSON":
                start = _lowercase_lead_cut(doc, start, end)
            if sub_label == "ORG":
                portfolio_end = _portfolio_then_name(doc, start, end)
                if portfolio_end is not None:
                    start, sub_label = portfolio_end, "PERSON"
            if sub_label == "ORG" and _title_portfolio(doc, start, end, person_starts):
                continue  # "Under Secretary for Political Affairs": part of a title, no body
            if sub_label == "ORG":
                end = _extend_org_complement(doc, end)
                end = _cut_phrase_end(doc, start, end)
            out.append((start, end, sub_label))
    return _named_legal_forms(doc, out)


def _listed_office_end(doc: Doc, start: int, end: int) -> Optional[int]:
    """The end of a name ``doc[start:end]`` that, with the title head it ends in or that follows
    it ("United States Trade" + "Representative"), spells an office the Phoenix dictionaries list
    as a state's institution (``resolve.actors.named_actor``: "United States Trade
    Representative" USAGOVBUS, an agency as much as its head's title); None otherwise, where a
    capitalised name follows (then the office is its holder's title: "U.S. Trade Representative
    Katherine Tai"), and where the words before the title word name a state or a body of their
    own (then the title is that body's officer: "U.S. President", "White House Spokesperson")."""
    from newsgraph.resolve.actors import named_actor  # resolve.actors reads the title lexicon of nlp.roles

    heads = _lexicons()["title_heads"]
    if end < len(doc) and doc[end].text in heads and doc[end - 1].text not in heads:
        end += 1
    if end - start < 2 or doc[end - 1].text not in heads:
        return None
    if end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        return None
    before = span_text(doc, start, end - 1)
    if lookup_country(before) is not None or named_actor(before) is not None:
        return None  # "U.S. President", "White House Spokesperson": a body's or state's officer
    found = named_actor(span_text(doc, start, end))
    return end if found is not None and found.acts_for else None


# the dependencies by which a company name's words hang on its legal form ("Transmorflot" ->
# "LLC", "Pioneer Ship management" -> "PTE LTD")
_NAME_WORD_DEPS = ("compound", "flat", "nmod")


def _legal_form_name_start(doc: Doc, start: int, end: int) -> Optional[int]:
    """The first token of the company name the legal form ``doc[start:end]`` closes, where the
    NER tagged the form apart ("Transmorflot LLC" tagged "LLC"; "Pioneer Ship management PTE LTD"
    tagged "Pioneer Ship" and "PTE LTD"): the nouns just before it that hang on a word of the
    name (compound), the leftmost capitalised; None when no such word comes before ("PFK
    Profpodshipnik; LLC")."""
    first = start
    while first > 0:
        token = doc[first - 1]
        if token.pos_ not in ("PROPN", "NOUN") or token.dep_ not in _NAME_WORD_DEPS or \
                not first - 1 < token.head.i < end:
            break
        first -= 1
    while first < start and not doc[first].text[:1].isupper():
        first += 1  # a name opens capitalised: "shipping LLC" of a lower-case phrase is none
    return first if first < start else None


def _named_legal_forms(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` ((start, end, label) token spans) with each span that is only a company legal
    form ("LLC", "PTE LTD"; entity_org_keywords.yaml ``legal_forms``, ISO 20275) widened to the
    name words before it (``_legal_form_name_start``) as one ORG, the pieces of that name the NER
    tagged apart dropped; a form with no name before it is dropped unless it opens a name or is an
    acronym (``_opens_name_or_acronym``): a legal form alone names no company (it would make one
    key of every company the article lists: "PFK Profpodshipnik; LLC")."""
    widened: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        if not is_legal_form(span_text(doc, start, end)):
            widened.append((start, end, label))
            continue
        first = _legal_form_name_start(doc, start, end)
        if first is not None:
            widened = [s for s in widened if not (first <= s[0] and s[1] <= end)]
            widened.append((first, end, "ORG"))
        elif _opens_name_or_acronym(doc, start, end):
            widened.append((start, _legal_form_name_end(doc, end), label))
    # a name a legal form opens now covers the words after the form: the NER's pieces of it,
    # spans inside a wider one, go
    inside = _inside_wider({(a, b) for a, b, _ in widened})
    return [(a, b, label) for a, b, label in widened if (a, b) not in inside]


def _inside_wider(bounds: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The (start, end) pairs of ``bounds`` that lie inside another pair (``x <= start`` and
    ``end <= y``, the two not equal), in one sweep: in order of start, the wider first at one
    start, a pair lies inside another exactly when an end seen before it reaches its own (every
    pair seen before starts earlier, or at its start and ends later). (A pairwise test was
    quadratic in the spans of an article: 19,000 comparisons an article on the PolNeAR texts.)"""
    inside = set()
    reach = -1
    for start, end in sorted(bounds, key=lambda pair: (pair[0], -pair[1])):
        if reach >= end:
            inside.add((start, end))
        reach = max(reach, end)
    return inside


def _legal_form_name_end(doc: Doc, end: int) -> int:
    """The end of the name that a legal form tagged alone opens, ``end`` being the form's end
    ("State Corporation" + "Rostec", "Joint Stock Company" + "Permskiy Zavod": Russian registers
    write the form first, ISO 20275): the capitalised run right after it (``name_cues.name_run``),
    stopped by a word of a place, person or title; ``end`` where none follows on the line."""
    run_end = name_cues.name_run(doc, end, stop=lambda t: t.ent_type_ in ("GPE", "PERSON", "NORP", "LOC")
                                 or _opens_title(t))
    return run_end if run_end > end else end


def _opens_name_or_acronym(doc: Doc, start: int, end: int) -> bool:
    """Whether a legal form tagged alone, with no name before it, is still part of a name or
    one: it opens the name after it ("Joint Stock Company Permskiy Zavod ...", as Russian
    registers write it), or a determiner makes it an acronym the article defined ("the JSC":
    the Johnson Space Center)."""
    after = doc[end] if end < len(doc) else None
    return start > 0 and doc[start - 1].pos_ == "DET" or \
        after is not None and after.is_alpha and after.text[:1].isupper()


def _opens_with_gerund(doc: Doc, start: int, end: int) -> bool:
    """Whether a PERSON span of two or more words starts with a gerund the tagger read as a
    verb (VBG, its lemma a verb other than the word: "Inviting" -> "invite"), as the NER does
    with a capitalised clause opening ("Inviting Taiwan", "Closing Loopholes"); a name ending
    in -ing ("Irving", "Ding Jiaxi") keeps its own lemma or another tag."""
    first = doc[start]
    return end - start >= 2 and first.tag_ == "VBG" and first.lower_.endswith("ing") \
        and first.lemma_.lower() != first.lower_


def _lowercase_lead_cut(doc: Doc, start: int, end: int) -> int:
    """Where a PERSON span of three or more words really starts when the NER took in a lowercase
    common noun before the name ("File photo of magician David Gish": a name is capitalised;
    particles such as "de", "van" are short and kept). A lowercase run before the first
    capitalised word that holds such a common noun is cut whole, articles and particles with it
    ("los despropósitos de García", a Spanish "the blunders of García": the person is "García").
    ``start`` otherwise."""
    if end - start < 3:
        return start
    first_cap = next((i for i in range(start, end) if not doc[i].is_lower), end)
    if first_cap < end and any(t.is_lower and t.is_alpha and len(t) > 3 and t.lower_ not in _NAME_PARTICLES
                               for t in doc[start:first_cap]):
        return first_cap
    return start


def _portfolio_then_name(doc: Doc, start: int, end: int) -> Optional[int]:
    """Where an ORG span is a title's portfolio ending in "Affairs" that swallowed the holder's
    name ("Assistant Secretary of State for Consular Affairs Rena Bitter", "... for African Affairs
    Molly Phee": the State Department's bureaus are named "X Affairs"), the first token of the
    name; None otherwise. The span must follow "for"/"of" after a title head within six tokens,
    and the name be two or more capitalised proper nouns with no organisation keyword."""
    if start < 2 or doc[start - 1].lower_ not in ("for", "of"):
        return None
    heads = _lexicons()["title_heads"]
    if not any(t.text in heads for t in doc[max(0, start - 7):start - 1]):
        return None
    affairs = [i for i in range(start, end) if doc[i].text == "Affairs"]
    if not affairs:
        return None
    rest = doc[affairs[-1] + 1:end]
    if len(rest) >= 2 and all(_looks_like_name(t) and t.pos_ == "PROPN" and not _is_title_token(t) for t in rest) \
            and not any(t.text in _lexicons()["org_keywords"] for t in rest):
        return affairs[-1] + 1
    return None


def _title_portfolio(doc: Doc, start: int, end: int, person_starts: set[int]) -> bool:
    """Whether an ORG span is the portfolio of a title, not a body: it stands in the title's "for"
    phrase, right after a title word ("Under Secretary for [Political Affairs]", "Special Envoy for
    [Hostage Affairs]") or as "<department> for <portfolio>" after "<title> of" ("Under Secretary of
    [State for Arms Control and International Security]": US offices are styled so); it holds no
    organisation keyword that is no office subject ("Assistant Secretary for the Bureau of ..." names
    a bureau, and "the" stops the match anyway); and either it ends in a subject word of an office (titles.yaml
    ``domains``: "Affairs", "Security", "Policy" ...) or the holder's name follows as a PERSON
    ("... International Security Bonnie Jenkins"). A span that ends in anything else may have
    swallowed the holder's name ("... Law Enforcement Todd Robinson") and is left alone."""
    if start < 2 or end - start < 1:
        return False
    lex = _lexicons()
    before = doc[start - 1].lower_
    if before == "for" and _is_title_token(doc[start - 2]):
        portfolio = doc[start:end]
    elif before == "of" and _is_title_token(doc[start - 2]) and end - start >= 3 and \
            doc[start].lower_ in lex["title_domains"] and doc[start + 1].lower_ == "for":
        portfolio = doc[start + 2:end]
    else:
        return False
    # "International" is both an organisation keyword and an office's subject ("International Security")
    if any(t.text in lex["org_keywords"] and t.lower_ not in lex["title_domains"] for t in portfolio) or \
            lookup_country(portfolio.text) is not None:
        return False
    return doc[end - 1].lower_ in lex["title_domains"] or end in person_starts


_MARKUP = set("<>{}|*_#=\\")
_FULLWIDTH_PUNCT = re.compile(r"[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]")


def cut_stray_bracket(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A name ends before a bracket it does not close: "Office of Foreign Assets Control (OFAC"
    -> "Office of Foreign Assets Control" (the NER takes in the bracketed short form but not its
    closing bracket; token span in, token span out; also cuts an event actor's span, events._entity_of)."""
    for i in range(start, end):
        if doc[i].text == "(" and not any(")" in t.text for t in doc[i + 1:end]):
            return _trim(doc, start, i)
    return start, end


def _is_garbled(text: str) -> bool:
    """Names hold no markup ("Delegation:</u>", "**"), no bracket inside a word that the name
    does not close ("Governor(s"), and no full-width (CJK) sentence punctuation (a run of
    Chinese text the model took for one name). ``text``: the name's text (``Span.text``)."""
    if any(ch in _MARKUP for ch in text) or _FULLWIDTH_PUNCT.search(text):
        return True
    return text.count("(") != text.count(")")


def _gazetteer_matches(doc: Doc, taken: list[bool]) -> list[tuple[int, int, Country]]:
    """Capitalised one- to three-token names in the country lexicon, not already taken."""
    found = []
    texts, starts, text = token_texts(doc), token_starts(doc), doc_text(doc)
    lowers = token_lowers(doc)
    i = 0
    while i < len(doc):
        # Token.is_alpha is str.isalpha of its text: read from the cached strings, no Token made
        if taken[i] or not texts[i][:1].isupper() or not texts[i].isalpha() or lowers[i] in _DETERMINERS:
            i += 1
            continue
        for size in (3, 2, 1):
            end = i + size
            # read from the token strings (Token.is_space is str.isspace; a span's text runs
            # from its first token's offset to its last token's end), no Span made
            if end > len(doc) or any(taken[i:end]) or any(texts[j].isspace() for j in range(i, end)):
                continue
            country = lookup_country(text[starts[i]:starts[end - 1] + len(texts[end - 1])])
            if country is not None:
                found.append((i, end, country))
                i = end
                break
        else:
            i += 1
    return found


def _origin_compound_follows(doc: Doc, end: int) -> bool:
    """True when the name ending at token ``end`` is the first half of "X-made"/"X-based"."""
    last = doc[end - 1].text
    if "-" in last and is_origin_suffix(last.rpartition("-")[2]):
        return True  # one token, as in pre-tokenised text
    return end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
        and is_origin_suffix(doc[end + 1].text)


def _is_topic_slug(doc: Doc, start: int, end: int) -> bool:
    """The topic word that opens a wire headline ("SOCCER - ...", "Cricket - ..."): one common
    word at the start of a line, then a free-standing dash; a country there stays."""
    if end != start + 1 or not doc[start].is_sent_start or end >= len(doc):
        return False
    if not _is_separator(doc[end]) or doc[end].lower_ in ("v", "v.", "vs", "vs.", "versus"):
        return False
    word = doc[start].text
    return lookup_country(word.title()) is None and word.lower() in _common_words(include_nouns=True)


# the second half of a hyphenated title ("Foreign Minister-Designate", "President-Elect"), no name
_TITLE_SUFFIXES = {"designate", "elect"}


def _extend_person_left(doc: Doc, start: int, taken: list[bool]) -> int:
    """Take in given names the model left out ("Andrés" of "Andrés Manuel López Obrador")."""
    while start > 0 and not taken[start - 1]:
        token = doc[start - 1]
        if token.pos_ != "PROPN" or not token.is_title or token.is_sent_start or \
                _is_title_token(token) or lookup_country(token.text) is not None or \
                token.text in _lexicons()["org_keywords"] or token.lower_ in _TITLE_SUFFIXES or \
                token.lower_ in _lexicons()["title_domains"]:
            break  # an office's subject word ends the title before the name ("... Stabilization Operations Anne")
        start -= 1
    return start


# Transliteration marks (ALA-LC, US Treasury OFAC): ’ (or ʾ) for hamza, ‘ (or ʿ) for ayn, typed ' in
# plain text. spaCy splits one at a word's edge off as a token of its own ("Jami’" -> "Jami" "’",
# "‘Ali" -> "‘" "Ali"), so the model reads the word as a word and a quotation mark
TRANSLIT_MARKS = frozenset({"‘", "’", "'", "ʿ", "ʾ"})
_MARK_CHARS = "".join(sorted(TRANSLIT_MARKS))  # the marks as a str.strip argument
# lower-case name particles: inside an Arabic name word ("Abd-al-Majid", "Nur-ud-Din"), and between
# a name's capitalised words ("Osama bin Laden", "Ursula von der Leyen", "Luiz Inácio Lula da Silva",
# "Frans van Dijk"). One set: a second definition further down (the European particles) used to
# replace this one for every reader; merged, the demo and bench extraction is byte-identical
_NAME_PARTICLES = frozenset({"al", "el", "ad", "ud", "ul", "ur", "ar", "as", "ash", "at", "az", "bin", "ibn", "bint",
                             "de", "la", "del", "van", "von", "der", "da", "das", "do", "dos", "du", "della", "di",
                             "le", "den", "ter", "ten", "y"})


def _glued_word(doc: Doc, i: int) -> tuple[int, int]:
    """The tokens around ``doc[i]`` written with no space between: one written word."""
    start, end = i, i + 1
    while start > 0 and not doc[start - 1].whitespace_ and not doc[start - 1].is_space:
        start -= 1
    while end < len(doc) and not doc[end - 1].whitespace_ and not doc[end].is_space:
        end += 1
    return start, end


def _is_translit_name_word(doc: Doc, start: int, end: int) -> bool:
    """``doc[start:end]`` is one capitalised name word, transliteration marks and hyphenated
    particles allowed ("Jami’", "‘Abd-al-Majid", "As’ad"); at least one letter token."""
    letters = [t for t in doc[start:end] if t.text not in TRANSLIT_MARKS and t.text != "-"]
    if not letters or any(not "".join(ch for ch in t.text if ch not in TRANSLIT_MARKS).isalpha() for t in letters):
        return False
    first = letters[0].text.lstrip(_MARK_CHARS)
    return first[:1].isupper() and all(t.text.lstrip(_MARK_CHARS)[:1].isupper() or t.lower_ in _NAME_PARTICLES
                                       for t in letters[1:])


def _opens_with_mark(doc: Doc, start: int, end: int) -> bool:
    return doc[start].text[:1] in TRANSLIT_MARKS


def _closes_with_mark(doc: Doc, start: int, end: int) -> bool:
    return doc[end - 1].text[-1:] in TRANSLIT_MARKS


def _free_name_word(doc: Doc, start: int, end: int, taken: Optional[list[bool]]) -> bool:
    """A name word no other mention took, no title, state name or sentence-opening common word."""
    if not _is_translit_name_word(doc, start, end) or (taken is not None and any(taken[start:end])):
        return False
    letters = [t for t in doc[start:end] if t.text not in TRANSLIT_MARKS and t.text != "-"]
    first = letters[0]
    return not (_is_title_token(first) or lookup_country(first.text) is not None or
                first.text in _lexicons()["org_keywords"] or first.is_sent_start and first.pos_ != "PROPN")


def _extend_marked_name(doc: Doc, start: int, end: int, taken: Optional[list[bool]] = None) -> tuple[int, int]:
    """Take in the name words a transliteration mark joins to a person's name (ALA-LC / OFAC style):
    a word that begins or ends with ‘ or ’ (also ' ʿ ʾ) next to a capitalised word of the name is
    a word of the same name: "Jami’ ‘Ali Muhammad", "Hani ‘Abd-al-Majid", "Khalid Jami’". A mark is
    taken only with a name word on its other side (a quotation mark opening or closing a quoted
    name is none: "said ‘Ali Hassan is innocent’"); a lone ’ closing the name is a hamza unless it
    is a possessive ("Abbas’ office": after s, or parsed as a case marker) or closes a quotation
    opened before the name."""
    while True:  # leftwards, one written word at a time
        first_start, _ = _glued_word(doc, start)
        lead_marks = all(t.text in TRANSLIT_MARKS for t in doc[first_start:start])
        if first_start == 0 or not lead_marks:
            break
        prev_start, prev_end = _glued_word(doc, first_start - 1)
        # (the marks first: the name-word test is the dearer, and most names have no mark)
        if not (_opens_with_mark(doc, first_start, start + 1) or _closes_with_mark(doc, prev_start, prev_end)) \
                or not _free_name_word(doc, prev_start, prev_end, taken):
            break
        start = prev_start
        if doc[start].ent_type_ == "PERSON":  # the model's own person span before the mark: all of it
            while start > 0 and doc[start].ent_iob_ == "I" and (taken is None or not taken[start - 1]):
                start -= 1
    while True:  # rightwards
        _, last_end = _glued_word(doc, end - 1)
        tail_marks = all(t.text in TRANSLIT_MARKS for t in doc[end:last_end])
        if last_end >= len(doc) or not tail_marks:
            break
        next_start, next_end = _glued_word(doc, last_end)
        if not (_closes_with_mark(doc, end - 1, last_end) or _opens_with_mark(doc, next_start, next_end)) \
                or not _free_name_word(doc, next_start, next_end, taken):
            break
        end = next_end
        if doc[end - 1].ent_type_ == "PERSON":  # the rest of the model's person span after the mark
            while end < len(doc) and doc[end].ent_iob_ == "I" and (taken is None or not taken[end]):
                end += 1
    _, last_end = _glued_word(doc, end - 1)
    if end < last_end and last_end - end == 1 and doc[end].text in ("’", "'", "ʾ") and \
            doc[end - 1].text[-1:].isalpha() and doc[end - 1].lower_[-1:] not in ("s", "z", "x") and \
            doc[end].dep_ != "case" and (taken is None or not taken[end]) and not _quote_open_before(doc, start):
        end += 1  # "Khalid Ahmad Jami’": the hamza closing the last word
    return start, end


def _quote_open_before(doc: Doc, start: int) -> bool:
    """An opening single quotation mark earlier in the sentence than ``start``, glued to the word
    after it and not closed before ``start``: a ’ after the name closes that quotation."""
    sent_start = doc[start].sent.start if doc.has_annotation("SENT_START") else 0
    opened = False
    for k in range(sent_start, start):
        text = doc[k].text
        if text in ("‘", "'") and not doc[k].whitespace_ and (k == 0 or doc[k - 1].whitespace_):
            opened = True
        elif text in ("’", "'") and doc[k].whitespace_ and k > 0 and not doc[k - 1].whitespace_:
            opened = False
    return opened


_NAME_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}


def _extend_name_suffix(doc: Doc, end: int) -> int:
    """Take in a generational suffix: "Joseph R. Biden, Jr.", "Martin Luther King Jr."."""
    if end < len(doc) and doc[end].text in _NAME_SUFFIXES:
        return end + 1
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].text in _NAME_SUFFIXES:
        return end + 2
    return end


def _second_surname(doc: Doc, i: int) -> bool:
    """Token ``i`` is a one-word place or organisation the model tagged right after a
    person's name, with no punctuation between, and no country: a second surname ("Edwin
    Ramon Castro Rivera")."""
    token = doc[i]
    return token.ent_iob_ == "B" and token.ent_type_ in ("GPE", "ORG", "LOC") and \
        (i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I") and i > 1 and doc[i - 1].ent_type_ == "PERSON" \
        and doc[i - 2].ent_type_ == "PERSON" and bool(doc[i - 1].whitespace_ == " ") and token.is_title \
        and lookup_country(token.text) is None and not _is_big_city(token.text)


def _is_subdivision(name: str) -> bool:
    from newsgraph.resolve.places import is_subdivision

    return is_subdivision(name)


# memoised as lookup_country is: the gazetteers are fixed once read, and the same names are read
# again by several tests per span (a city? before its country? a U.S. state?) and per article
@functools.lru_cache(maxsize=65536)
def _place_readings(name: str) -> tuple:
    """``places.readings(name)``, as a tuple (shared between callers, so not to be changed)."""
    from newsgraph.resolve.places import readings

    return tuple(readings(name))


def _is_big_city(name: str) -> bool:
    """A city of half a million people or more (GeoNames): a dateline's place, not a surname."""
    from newsgraph.resolve.places import readings

    return any(r.kind == "city" and r.population >= 500_000 for r in readings(name))


def _extend_person_right(doc: Doc, end: int, ents_end: int) -> int:
    """Take in a surname the model left out ("Bob" -> "Bob Estes")."""
    while end < ents_end and (doc[end].ent_iob_ != "B" and doc[end].ent_type_ in ("", "PERSON")
                              or _second_surname(doc, end)):
        token = doc[end]
        if token.pos_ != "PROPN" or not token.is_title or _is_title_token(token) or \
                lookup_country(token.text) is not None or token.text in _lexicons()["org_keywords"]:
            break
        end += 1
    return end


def _dateline_names(doc: Doc) -> list[tuple[int, int]]:
    """Places in a dateline line: "LONDON 1996-08-30", "MILWAUKEE , Wisconsin 1996-08-31"."""
    found = []
    sents = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
    for sent in sents:
        # only the last token is read: no Token made for the sentence's others
        if sent.end - sent.start < 2 or not _is_date_figure(doc[sent.end - 1]):
            continue
        names, i, ok = [], sent.start, True
        while i < sent.end - 1 and ok:
            if doc[i].is_alpha and doc[i].text[:1].isupper():
                j = i
                while j < sent.end - 1 and doc[j].is_alpha and doc[j].text[:1].isupper():
                    j += 1
                names.append((i, j))
                i = j
            elif doc[i].text == "," and names:
                i += 1
            else:
                ok = False
        if ok and 1 <= len(names) <= 2:
            found.extend(names)
    return found


def _is_date_figure(token: Token) -> bool:
    text = token.text
    return sum(ch.isdigit() for ch in text) >= 4 and all(ch.isdigit() or ch in "-/." for ch in text)


def _schedule_line(sent: Span) -> list[tuple[int, int]]:
    """The two sides of a "Name at Name" schedule line, else []."""
    if "at" not in token_lowers(sent.doc)[sent.start:sent.end]:
        return []  # no "at": no schedule line (read without making the sentence's tokens)
    words = []
    for t in sent:
        if not t.is_punct:
            words.append(t)
            if len(words) > 7:
                return []  # (read up to the eighth word only: a longer sentence is no schedule line)
    at = [t for t in words if t.lower_ == "at"]
    if len(at) != 1:
        return []
    left = [t for t in words if t.i < at[0].i]
    right = [t for t in words if t.i > at[0].i]
    if not left or not right or not all(t.is_alpha and t.text[:1].isupper() for t in left + right):
        return []
    return [(left[0].i, left[-1].i + 1), (right[0].i, right[-1].i + 1)]


def _scoreline_names(doc: Doc) -> list[tuple[int, int]]:
    """Team names in sports result, standings and schedule lines ("Fulham 1 Carlisle 0 (after
    extra time)", "Colchester 4 0 3 1 2 4 3", "Florida at Cincinnati"): a line of only names,
    figures and punctuation where every name is followed by a figure, or "Name at Name"."""
    found, schedules = [], []
    sents = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
    for sent in sents:
        schedule = _schedule_line(sent)
        if schedule:
            schedules.append(schedule)
            continue
        names, figures, i, ok = [], 0, sent.start, True
        while i < sent.end and ok:
            token = doc[i]
            if token.text == "(" and figures:
                while i < sent.end and doc[i].text != ")":
                    i += 1  # a remark after the score: "( after extra time )"
                i += 1
            elif token.is_alpha and token.text[:1].isupper():
                j = i
                while j < sent.end and doc[j].is_alpha and (
                        doc[j].text[:1].isupper() or j > i and doc[j].lower_ in _NAME_PARTICLES):
                    j += 1
                if j >= sent.end or not _is_score(doc[j]):
                    ok = False
                names.append((i, j))
                i = j
            elif _is_score(token) or _is_figure(token) and len(names) > 0:
                figures += 1
                i += 1
            elif token.is_punct:
                i += 1
            else:
                ok = False
        if ok and 1 <= len(names) <= 2 and figures >= len(names):
            found.extend(names)
    if len(schedules) >= 2:  # a list of fixtures, not a headline like "Clinton at Camp David"
        found.extend(name for schedule in schedules for name in schedule)
    return found


def _conjoined_country_names(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of country names that contain "and" ("Antigua and Barbuda", "Saint Vincent and
    the Grenadines": ISO 3166 names via pycountry), which the model reads as two names joined by
    a conjunction ("Antigua" and "Barbuda" as persons); three to five tokens, capitalised."""
    # token strings from doc_cache, a Span only where the cheap checks pass (this scans every token)
    texts = token_texts(doc)  # strings: no Token made per scanned word
    ands = [k for k, w in enumerate(texts) if len(w) == 3 and w.lower() == "and"]
    lowers = {k: "and" for k in ands}
    # a span's "and" is inside it: only the three tokens before each "and" can start one
    starts = sorted({i for k in ands for i in range(max(0, k - 3), k)})
    found, taken_to = [], 0
    for i in starts:
        if i < taken_to:
            continue
        for size in (5, 4, 3):
            end = i + size
            if end > len(doc) or not texts[i][:1].isupper() or not texts[end - 1][:1].isupper() \
                    or not any(k in lowers for k in range(i + 1, end - 1)) or any(not w.strip() for w in texts[i:end]):
                continue
            country = lookup_country(doc[i:end].text)
            if country is not None and country.matched_as in ("name", "alias"):
                found.append((i, end))
                taken_to = end
                break
    return found


_JOINABLE_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC", "NORP"}) | MISC_LABELS
# tokens on either side of the "and": a run of capitalised words the model left untagged, an
# entity it tagged ("The Federal Department of Defence, Civil Protection" + "and Sport")
_MAX_CONJUNCT = 6
_MAX_TAGGED_CONJUNCT = 10


def _capitalised(token: Token) -> bool:
    """A name word: opens with a capital (or a digit: "Radar MMS", "G7"), not a line break."""
    return bool(token.text[:1].isupper() or token.text[:1].isdigit()) and "\n" not in token.text


def _left_conjunct(doc: Doc, k: int, ends: dict[int, Span]) -> Optional[tuple[int, str]]:
    """(start, model label or "") of the capitalised name that ends right before the "and" at
    token ``k``: the model's entity ending there, else a run of capitalised words the model left
    untagged ("Anti-Money Laundering"); None when the word before is no name word."""
    ent = ends.get(k)
    if ent is None and k + 1 in ends and ends[k + 1].start < k:
        ent = ends[k + 1]  # the model took the "and" in ("the Organisation for Economic Co-operation and")
    if ent is not None:
        return (ent.start, ent.label_) if ent.label_ in _JOINABLE_LABELS and k - ent.start <= _MAX_TAGGED_CONJUNCT \
            else None
    start = k
    while start > 0 and k - start < _MAX_CONJUNCT and not doc[start - 1].ent_type_:
        before = doc[start - 1]
        if before.text == "-" and start >= 2 and not before.whitespace_ and not doc[start - 2].whitespace_ \
                and _capitalised(doc[start - 2]):
            start -= 2  # "Anti-Money Laundering"
            continue
        if before.lower_ in ("of", "for") and start >= 2 and _capitalised(doc[start - 2]) and \
                not doc[start - 2].ent_type_:
            start -= 2  # "Secretariat of Public Security"
            continue
        if not _capitalised(before) or before.is_sent_start and before.is_stop:
            break
        start -= 1
    return (start, "") if start < k else None


def _right_conjunct(doc: Doc, r: int, starts: dict[int, Span]) -> Optional[tuple[int, str]]:
    """(end, model label or "") of the capitalised name that starts at token ``r``: the model's
    entity starting there, else a run of capitalised words the model left untagged ("Blocked
    Persons", "Development"); None when ``r`` opens no name."""
    if r >= len(doc) or not _capitalised(doc[r]):
        return None
    ent = starts.get(r)
    if ent is not None:
        return (ent.end, ent.label_) if ent.label_ in _JOINABLE_LABELS and ent.end - r <= _MAX_TAGGED_CONJUNCT \
            else None
    end = r
    while end < len(doc) and end - r < _MAX_CONJUNCT and not doc[end].ent_type_:
        token = doc[end]
        if _capitalised(token) or token.text == "-" and not token.whitespace_ and end > r and \
                not doc[end - 1].whitespace_:
            end += 1
            continue
        break
    while end > r and doc[end - 1].text == "-":
        end -= 1
    return (end, "") if end > r else None


def _is_state_word(span: Span) -> bool:
    """Whether ``span`` or one of its words names a country or its people ("Russian", "U.S.")."""
    return lookup_country(span.text) is not None or any(
        t.text[:1].isupper() and lookup_country(t.text) is not None for t in span)


def _stands_alone(span: Span, label: str, series: bool = False) -> bool:
    """Whether ``span`` is a name on its own that "and" joins to another, never a piece of one
    name: a person's name the model tagged, a country or a nationality, a region, an acronym,
    an institution the Phoenix dictionaries list, or a title ("Minister ..."). ``series``: the
    last of a comma series inside one complement, where a label the model gave common English
    words alone is no name's ("Compliance" a person, "Migration" a place, in "Bureau of Arms
    Control, Verification, and Compliance")."""
    from newsgraph.resolve.actors import named_actor  # the resolver's Phoenix tables, loaded once

    lex = _lexicons()
    named = label in ("PERSON", "GPE", "NORP") and not (
        series and all(common_english_word(t.text) for t in span if t.is_alpha))
    return named or _is_state_word(span) or _norm(span.text) in lex["regions"] \
        or _norm(span.text) in lex["region_adjectives"] or any(t.is_upper and len(t) > 1 for t in span) \
        or span[0].text in lex["title_heads"] or named_actor(span.text) is not None


def _joins_complement(doc: Doc, left: Span, right: Span, right_label: str, series: bool = False) -> bool:
    """Whether "and" + ``right`` goes on with the "of"/"for" complement of the body ``left``
    opens ("Bureau of European" + "Eurasian Affairs", "Ministry of Foreign Affairs" +
    "International Trade", "Organisation for Economic Co-operation" + "Development"): ``left``
    holds an organisation keyword (entity_org_keywords.yaml) followed by "of"/"for" and a
    capitalised word, and ``right`` is no body's name of its own (no keyword, no state, person,
    acronym, listed institution: "Department of State and NASA", "Ministry of Finance and
    State Council Information Department" stay two), nor, as the complement, one portfolio word
    (entity_titles.yaml modifiers: "Department of State and Treasury")."""
    lex = _lexicons()
    keywords = lex["org_keywords"]
    head = next((t for t in left if t.text in keywords and t.i + 2 < left.end and doc[t.i + 1].lower_ in ("of", "for")
                 and any(_capitalised(w) for w in doc[t.i + 2:left.end])), None)
    if head is None or right[-1].text in keywords or is_legal_form(right[-1].text) or any(
            t.text in keywords and t.i + 1 < right.end and doc[t.i + 1].lower_ in ("of", "for") for t in right):
        return False  # "International Trade" goes on; "State Council Information Department" is a body
    complement = [t for t in doc[head.i + 2:left.end] if t.lower_ != "the"]
    if len(complement) == 1 and len(right) == 1 and complement[0].text in lex["title_words"] and \
            right[0].text in lex["title_words"]:
        return False  # "the Department of State and Treasury": two portfolios, each its own department
    return not _stands_alone(right, right_label, series)


def _shares_head(doc: Doc, left: Span, left_label: str, right: Span) -> bool:
    """Whether ``left`` + "and" + ``right`` is one name whose conjuncts share the head word that
    ends ``right`` ("Biological and Toxin Weapons Convention", "Computer Fraud and Abuse Act",
    "Truth and Reconciliation Commission"): ``right`` ends in an organisation keyword or a
    document's head (entity_org_keywords.yaml), ``left`` holds neither, is no name on its own
    (``_stands_alone``: "IMF and World Bank", "Russian and Belarusian Armed Forces" stay two) and
    ends in a common English word (WordNet, not a proper name: "Sberbank and VTB Bank") that the
    parse attaches as a modifier inside ``right`` (a shared head; "the Pentagon and State
    Department said" has "Pentagon" as the verb's subject). A portfolio word before a
    "Department"/"Ministry" names a department of its own ("the Treasury and State Department")."""
    lex = _lexicons()
    head = right[-1]
    if head.text not in lex["org_keywords"] and not is_document_head(head):
        return False
    if any(t.text in lex["org_keywords"] or is_document_head(t) or is_legal_form(t.text) for t in left):
        return False
    last = left[-1]
    if last.dep_ not in _MODIFIER_DEPS or not right.start <= last.head.i < right.end:
        return False
    if not (common_english_word(last.text) or common_english_word(last.lemma_)):
        return False
    if head.text in ("Department", "Ministry") and last.text in lex["title_words"]:
        return False
    return not _stands_alone(left, left_label)


def _listed_with_and(name: str) -> bool:
    """Whether the Phoenix dictionaries list ``name`` as an institution or group under a name
    that holds the "and" itself ("Islamic State of Iraq and the Levant"); not where only a part
    is listed ("Departments of State and Defense" is read as "department of state")."""
    from newsgraph.resolve.actors import named_actor  # the resolver's Phoenix tables, loaded once

    code = named_actor(name)
    return code is not None and " and " in code.reason.partition("named: ")[2]


def _names_joined_at_and(doc: Doc, ents: list[Span], taken: list[bool]) -> list[tuple[int, int]]:
    """Token spans (start, end) of names that hold a coordinating "and" which the model cut
    there (or left half untagged): a name the Phoenix dictionaries list whole ("Islamic State of
    Iraq and the Levant", "U.S. Immigration and Customs Enforcement"), a body's "of"/"for"
    complement that goes on after the "and" (``_joins_complement``), or two modifiers sharing
    the head that ends the name (``_shares_head``). Two names joined by "and" ("Russia and
    Belarus", "the EU and NATO", "Department of Justice and the FBI") stay two. The words next
    to the "and" capitalised; no token already taken. Since entities 0.4.131."""
    texts = token_texts(doc)
    ands = [k for k, w in enumerate(texts) if w == "and" and 0 < k < len(doc) - 1]
    if not ands:
        return []
    starts = {e.start: e for e in ents}
    ends = {e.end: e for e in ents}
    found: list[tuple[int, int]] = []
    for k in ands:
        # a serial comma before the "and" inside a body's complement the model tagged with its
        # first comma ("Bureau of Arms Control, Verification" + ", and Compliance")
        serial = texts[k - 1] == "," and k >= 2 and k - 1 in ends and "," in ends[k - 1].text
        cut = k - 1 if serial else k
        if found and k < found[-1][1] or taken[cut - 1] or not _capitalised(doc[_hyphen_word_start(doc, cut - 1)]):
            continue
        left_found = _left_conjunct(doc, cut, ends)
        if left_found is None:
            continue
        left_start, left_label = left_found
        first = left_start + 1 if doc[left_start].lower_ == "the" else left_start
        if first >= cut or (found and left_start < found[-1][1]):
            continue
        left = doc[first:cut]
        for r in (k + 1, k + 2):
            if r == k + 2 and doc[k + 1].lower_ != "the":
                break
            right_found = _right_conjunct(doc, r, starts)
            if right_found is None:
                continue
            right_end, right_label = right_found
            if any(taken[left_start:right_end]) or lookup_country(left.text) is not None:
                break  # "Great Britain and Ulster": a country before the "and" is a name of its own
            right = doc[r:right_end]
            if right_end < len(doc) and doc[right_end].pos_ == NOUN and doc[right_end].is_lower:
                break  # "Department of State and Treasury officials": the words name a noun's kind
            whole = doc[first:right_end]
            listed = not serial and _listed_with_and(whole.text) and lookup_country(right.text) is None
            if listed or r == k + 1 and (_joins_complement(doc, left, right, right_label, serial)
                                         or not serial and _shares_head(doc, left, left_label, right)):
                found.append((left_start, right_end))
                break
    return found


def _with_joined_names(doc: Doc, ents: list[Span], joined: list[tuple[int, int]]) -> list[Span]:
    """``ents`` with each span of ``joined`` as one ORG entity in place of the entities it
    overlaps (the name's pieces the model tagged apart), in text order."""
    covered = [False] * len(doc)
    for start, end in joined:
        covered[start:end] = [True] * (end - start)
    kept = [e for e in ents if not any(covered[e.start:e.end])]
    kept.extend(Span(doc, start, end, label="ORG") for start, end in joined)
    return sorted(kept, key=lambda e: e.start)


@functools.lru_cache(maxsize=1)
def _not_person_heads() -> frozenset[str]:
    """Head nouns of places, sites, craft and businesses, lower case: a listed name ending in one
    ("Kherson Oblast", "Jordan Valley", "Sovcomflot Tankers") names no person. The lists the
    repository keeps for them: the subdivision and place nouns above, event_detection.yaml
    ``visited_site_heads`` and ``taken_place_nouns``, place_actors.yaml ``facility_heads``,
    actor_heads.yaml ``craft_heads`` and ``business_heads``."""
    detection = named_word_sets(LEXICONS / "event_detection.yaml")
    heads = set(_PLACE_NOUNS_OF) | _SUBDIVISION_NOUNS_AFTER
    for words in (detection.get("visited_site_heads"), detection.get("taken_place_nouns"),
                  _load("place_actors.yaml").get("facility_heads"), _load("actor_heads.yaml").get("craft_heads"),
                  _load("actor_heads.yaml").get("business_heads")):
        heads.update(str(w).lower() for w in words or ())
    return frozenset(heads)


@functools.lru_cache(maxsize=1)
def _title_minor_words() -> frozenset[str]:
    """event_detection.yaml ``title_minor_words`` (English function words: "as", "at"), kept here
    once read: ``named_word_sets`` resolves its path on every call, a file system read per Doc."""
    return named_word_sets(LEXICONS / "event_detection.yaml").get("title_minor_words") or frozenset()


def _listed_name_word(text: str) -> bool:
    """Whether the word ``text`` can stand in a name of a list's item: capitalised, letters (a
    hyphen, an apostrophe or an initial's full stop inside), no line break."""
    return text[:1].isupper() and "\n" not in text and \
        text.replace("-", "").replace("'", "").replace("\u2019", "").replace(".", "").isalpha()


def _listed_person_shape(doc: Doc, start: int, end: int) -> bool:
    """Whether the untagged words ``start``:``end`` can be one person's name in a list: two to
    four capitalised proper nouns (lower-case particles between them: "de", "van"), none a title
    word, a title's head, an organisation keyword, a legal form, a document's head, an acronym or
    a state's name, the last no head noun of a place, site, craft or business
    (``_not_person_heads``: "Kherson Oblast", "Volga Tankers"), the whole no country, GeoNames
    place or state subdivision."""
    lex = _lexicons()
    words = [t for t in doc[start:end] if t.lower_ not in _NAME_PARTICLES or t.text[:1].isupper()]
    if not 2 <= len(words) <= 4 or not doc[start].text[:1].isupper() or not doc[end - 1].text[:1].isupper():
        return False
    for t in words:
        if t.pos_ != "PROPN" or not _listed_name_word(t.text) or (t.is_upper and len(t.text.strip(".")) > 1) \
                or _is_title_token(t) or t.text in lex["title_heads"] or t.text in lex["org_keywords"] \
                or is_legal_form(t.text) or is_document_head(t) or lookup_country(t.text) is not None:
            return False
    if words[-1].lower_ in _not_person_heads():
        return False
    text = span_text(doc, start, end)
    return lookup_country(text) is None and not is_gazetteer_place(text) and not _is_subdivision(text)


def _listed_person_sign(doc: Doc, start: int, end: int, surnames: set[str]) -> bool:
    """Whether the name ``start``:``end`` shows a sign of a person's name of its own: an East
    Slavic patronymic (``name_cues.has_patronymic``), a first word that opens the names of office
    holders (``resolve.actors.given_names``; one that is a common English word, "Grace", only
    before a last word that is none), or a last word the text gives a person's name elsewhere
    (``surnames``: the last words of its person mentions). "Wall Street", "Goldman Sachs",
    "Novaya Gazeta", "Ocean Voyager" show none."""
    from newsgraph.resolve.actors import given_names  # the resolver's Phoenix tables, loaded once

    texts = [t.text for t in doc[start:end] if t.text[:1].isupper()]
    first = strip_diacritics(texts[0]).lower()
    return name_cues.has_patronymic(texts) or texts[-1] in surnames or first in given_names() and (
        not common_english_word(first) or not common_english_word(texts[-1]))


def _names_listed_with_people(doc: Doc, mentions: list[Mention], taken: list[bool]) \
        -> list[tuple[int, int, list[Mention]]]:
    """(start, end, mentions it replaces) of the names the model left untagged, or tagged only
    in part ("Marta" a place of "Marta Ilyinichna Sokolova"), that a list gives as people: an
    enumeration ("A, B, C and D": ``_list_neighbours`` over runs of name words) whose items are
    coordinated likes, so of one category (coordination of likes, a general fact of English
    grammar; CoNLL-style NER post-processing reads a list's type from its members). The list
    holds at least two person mentions, more person items than such names, and no item of
    another kind: a name tagged whole as a body, place or country, an item after "the" ("the
    Ministry of X"), words that are no person's name (``_listed_person_shape``: a title, one
    word, a keyword, a place's or a firm's head noun) keep the list as it is. Being listed is
    no evidence alone: a name is taken only with a sign of a person's name of its own
    (``_listed_person_sign``); one that shows none is left as it is and leaves the others be.
    The list ends at its "and"/"or" item. Since entities 0.4.143; 0.4.144 asks for the sign."""
    n = len(doc)
    owner: list[Optional[Mention]] = [None] * n
    bounds: dict[int, tuple[int, int]] = {}
    people = 0
    surnames: set[str] = set()
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        bounds[id(m)] = (span.start, span.end)
        if m.type == "person":
            people += 1
            surnames.add(doc[span.end - 1].text)
        for i in range(span.start, span.end):
            owner[i] = m
    if people < 2:
        return []
    # runs of name words (particles between them, less those that are English function words,
    # "as", "at": event_detection.yaml title_minor_words), in text order (read from the cached
    # strings), each with the "the" before it, if any
    texts, lowers = token_texts(doc), token_lowers(doc)
    minor = _title_minor_words()
    runs: list[Span] = []
    i = 0
    while i < n:
        if not _listed_name_word(texts[i]):
            i += 1
            continue
        j = i + 1
        while j < n and (_listed_name_word(texts[j]) or lowers[j] in _NAME_PARTICLES and lowers[j] not in minor
                         and j + 1 < n and _listed_name_word(texts[j + 1])):
            j += 1
        runs.append(Span(doc, i - 1 if i > 0 and lowers[i - 1] == "the" else i, j))
        i = j
    by_start = {run.start: run for run in runs}
    by_end = {run.end: run for run in runs}
    # lists: runs joined by a list's separators, in text order, each run in one list
    lists: list[list[Span]] = []
    listed: set[int] = set()
    for run in runs:
        if run.start in listed:
            continue
        items = [run] + [s for s in _list_neighbours(run, (by_start, by_end)) if s.start not in listed]
        listed.update(s.start for s in items)
        lists.append(sorted(items, key=lambda s: s.start))
    found: list[tuple[int, int, list[Mention]]] = []
    for items in lists:
        if len(items) < 3:
            continue
        kinds, candidates = [], []
        for item in items:
            after_the = lowers[item.start] == "the"
            start, end = item.start + after_the, item.end
            owners = {id(m): m for m in (owner[x] for x in range(start, end)) if m is not None}
            if any(m.type == "person" for m in owners.values()):
                kinds.append("person")
            elif after_the or any(taken[x] and owner[x] is None for x in range(start, end)) or any(
                    bounds[key][0] < start or bounds[key][1] > end or bounds[key] == (start, end) for key in owners) \
                    or not _listed_person_shape(doc, start, end):
                kinds.append("other")  # a name tagged whole as another kind, or no person's name
            elif not _listed_person_sign(doc, start, end, surnames):
                kinds.append("unsure")  # may be a person's name, shows no sign of one: left as it is
            else:
                kinds.append("name")
                candidates.append((start, end, list(owners.values())))
        persons = kinds.count("person")
        if candidates and "other" not in kinds and persons >= 2 and persons > len(candidates):
            found.extend(candidates)
    return found


def find_mentions(doc: Doc, ents: Optional[Iterable[Span]] = None, include_misc: bool = False) -> list[Mention]:
    """All entity mentions in ``doc`` (from ``ents``, default ``doc.ents``), in text order."""
    ents = list(doc_ents(doc) if ents is None else ents)
    mentions: list[Mention] = []
    taken = [False] * len(doc)
    surnames: dict[str, str] = {}

    for start, end in _scoreline_names(doc):
        country = lookup_country(span_text(doc, start, end))
        if country is not None and country.matched_as in ("name", "alias"):
            mentions.append(_make(doc, start, end, "country", country.matched_as, "GPE"))
        else:
            mentions.append(_make(doc, start, end, "organization", "name", "ORG"))
        taken[start:end] = [True] * (end - start)
    for start, end in _dateline_names(doc):
        if any(taken[start:end]):
            continue
        country = lookup_country(span_text(doc, start, end))
        if country is not None and country.matched_as in ("name", "alias"):
            mentions.append(_make(doc, start, end, "country", country.matched_as, "GPE"))
        else:
            mentions.append(_make(doc, start, end, "place", "name", "GPE"))
        taken[start:end] = [True] * (end - start)
    for start, end in _conjoined_country_names(doc):
        if not any(taken[start:end]):
            mentions.append(_make(doc, start, end, "country", "name", "GPE"))
            taken[start:end] = [True] * (end - start)
    for start, end in _nicknamed_names(doc):
        if not any(taken[start:end]):
            mentions.append(_make(doc, start, end, "person", "name", "PERSON"))
            taken[start:end] = [True] * (end - start)
    cue_typed: dict[str, str] = {}  # name -> type its context gave it
    for start, end, type_ in _cue_spans(doc):
        if not any(taken[start:end]):
            mentions.append(_make(doc, start, end, type_, "name", None))
            cue_typed[mentions[-1].text] = type_
            taken[start:end] = [True] * (end - start)
    if mentions:
        # a model span inside a name already found is dropped; one that overlaps it may still
        # give a piece of its own after the splits below ("PM Bureau" of "PM Bureau's
        # Directorate of Defense Trade Controls (DDTC)")
        ents = [e for e in ents if not all(taken[e.start:e.end])]
    joined = _names_joined_at_and(doc, ents, taken)
    if joined:
        ents = _with_joined_names(doc, ents, joined)

    spans = _entity_spans(doc, ents)
    person_starts = {start for start, _end, label in spans if label == "PERSON"}
    for start, end, label in spans:
        if any(taken[start:end]):
            continue  # a person's name already took it in ("Jr." of "Joseph R. Biden, Jr.")
        span = doc[start:end]
        typed = _type_for(span, label)
        if typed is None:
            continue
        type_, kind = typed
        if type_ == "place" and end - start == 1 and end in person_starts and doc[start].whitespace_ \
                and lookup_country(span.text) is None:
            # one capitalised word tagged a place right before a person's name, nothing between
            # ("Foreign Minister-Designate Marta Lucía Ramírez"): a given name the model split
            # off; left untaken, the person's name takes it in (_extend_person_left)
            continue
        if type_ in ("organization", "place", "country") and len(span) == 1 and span.text in surnames \
                and kind == "name" and lookup_country(span.text) is None:
            type_, kind = "person", "surname"
        if type_ in ("country", "place", "region") and _origin_compound_follows(doc, end):
            # "Iran-made", "New York-based": says where something comes from
            type_, kind = ("country" if lookup_country(span.text) else "place"), "demonym"
        if type_ == "person" and end - start >= 3 and _is_demonym_token(doc[start]):
            # "Australian Greg Norman": the nationality, then the person
            mentions.append(_make(doc, start, start + 1, "country", "demonym", "NORP"))
            taken[start] = True
            start += 1
        if type_ == "person":
            start = _extend_person_left(doc, start, taken)
            end = _extend_person_right(doc, end, ents_end=len(doc))
            start, end = _extend_marked_name(doc, start, end, taken)
            end = _extend_name_suffix(doc, end)
            span = doc[start:end]
        if type_ == "person" and len(span) > 1 and span[-1].is_alpha and len(span[-1]) > 1:
            surnames[span[-1].text] = span.text
        if type_ == "misc" and not include_misc:
            if label not in MISC_LABELS:  # a document head's name: "Minsk" of "Minsk Agreements" is no place
                taken[start:end] = [True] * (end - start)
                owner = _document_owner(doc[start:end])
                if owner is not None:
                    mentions.append(_make(doc, start, start + 1, *owner, None))
            continue
        mention = _make(doc, start, end, type_, kind, label)
        if type_ in ("money", "percent"):
            mention.measure = find_measure(span)
        mentions.append(mention)
        for i in range(start, end):
            taken[i] = True

    absorbable = {}
    for m in mentions:
        if m.type in ("group", "region") or m.type == "country" and m.kind == "demonym":
            span = doc.char_span(m.start, m.end)
            if span is not None:
                absorbable[span.end - 1] = span.start
    for start, end in _org_keyword_spans(doc, taken, absorbable):
        first, last = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        mentions = [m for m in mentions if not (first <= m.start and m.end <= last)]
        mentions.append(_make(doc, start, end, "organization", "name", None))
        taken[start:end] = [True] * (end - start)

    # people's names the model left untagged after their title ("Minister of Defense Oleksiy
    # Reznikov, ...")
    in_person = [False] * len(doc)
    for m in mentions:
        if m.type == "person":
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                in_person[span.start:span.end] = [True] * len(span)
    for start, end in _names_after_titles(doc, taken, in_person):
        mentions.append(_make(doc, start, end, "person", "name", None))
        surnames[doc[end - 1].text] = span_text(doc, start, end)
        taken[start:end] = [True] * (end - start)
    # ... and those the text describes as a kind of person ("X Y is an Israeli mathematician")
    for start, end in _names_described_as_people(doc, taken):
        mentions.append(_make(doc, start, end, "person", "name", None))
        surnames[doc[end - 1].text] = span_text(doc, start, end)
        taken[start:end] = [True] * (end - start)
    # ... and those a list of people's names gives as one more ("A, B, C and D")
    for start, end, replaced in _names_listed_with_people(doc, mentions, taken):
        mentions = [m for m in mentions if all(m is not r for r in replaced)]
        mentions.append(_make(doc, start, end, "person", "name", None))
        surnames[doc[end - 1].text] = span_text(doc, start, end)
        taken[start:end] = [True] * (end - start)

    # countries, capitals and demonyms the model missed ("BUCHAREST 1996-08-30")
    for start, end, country in _gazetteer_matches(doc, taken):
        if country.matched_as == "demonym":
            mentions.append(_make(doc, start, end, "country", "demonym", None))
        elif country.matched_as == "capital":
            kind = ("country", "capital") if _capital_is_metonymic(doc[start:end]) else ("place", "name")
            mentions.append(_make(doc, start, end, *kind, None))
        else:
            mentions.append(_make(doc, start, end, "country", country.matched_as, None))
        taken[start:end] = [True] * (end - start)

    # forums of states the model left untagged ("The G7 condemned ...")
    texts = token_texts(doc)
    for i, text in enumerate(texts):
        if not taken[i] and _GROUP_OF_NATIONS.match(text):
            mentions.append(_make(doc, i, i + 1, "organization", "name", None))
            taken[i] = True

    # "FBI, State, and other agencies", "State is deploying an advisor": the Department of State
    for i in _bare_state_department(doc, taken):
        mentions.append(_make(doc, i, i + 1, "organization", "name", None))
        taken[i] = True

    # a later bare surname of a person named in full earlier ("Blair" after "Tony Blair")
    for i, text in enumerate(texts):
        if not taken[i] and text in surnames and doc[i].pos_ == "PROPN" and doc[i].is_title:
            mentions.append(_make(doc, i, i + 1, "person", "surname", None))
            taken[i] = True

    # a later bare acronym that a bracket defined for an organisation ("the Cuban Ministry of the
    # Interior (MININT) ... MININT forces"): the model leaves an acronym it does not know untagged
    for i in _defined_acronym_uses(doc, mentions, taken):
        mentions.append(_make(doc, i, i + 1, "organization", "name", None))
        taken[i] = True

    for start, end, country in _equipment_spans(doc):
        if any(taken[i] for i in range(start, end)):
            overlapping = [m for m in mentions if m.start < doc[end - 1].idx + len(doc[end - 1]) and
                           m.end > doc[start].idx]
            inside = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
            if any(m.type != "equipment" and m.label != "PRODUCT" and
                   not (inside[0] <= m.start and m.end <= inside[1]) for m in overlapping):
                continue
            mentions = [m for m in mentions if m not in overlapping]
        mentions.append(_make(doc, start, end, "equipment", "name", None))
        for i in range(start, end):
            taken[i] = True
        if country is not None:
            c_start, c_end, found = country
            if not any(taken[i] for i in range(c_start, c_end)):
                mentions.append(_make(doc, c_start, c_end, "country", "demonym", None))

    # origin compounds and group names spaCy leaves untagged ("Iranian-made", "Bergamo-based",
    # "Hutus")
    # (the tests read the cached strings and part-of-speech ids first: a Token is made only for
    # a group word or a word with a hyphen in or after it, few of the capitalised words)
    lowers, pos, n = token_lowers(doc), token_pos(doc), len(doc)
    for i, text in enumerate(texts):
        if taken[i] or not text[:1].isupper():
            continue
        if lowers[i] in _lexicons()["groups"]:
            next_is_name = i + 1 < n and doc[i + 1].is_title and doc[i + 1].pos_ == "PROPN"
            if lookup_country(text) is None and not next_is_name:
                mentions.append(_make(doc, i, i + 1, "group", "name", None))
                taken[i] = True
                continue
        if pos[i] not in (ADJ, PROPN, NOUN, VERB):
            continue
        if "-" not in text and not (i + 1 < n and texts[i + 1] == "-"):
            continue  # no "X-made" nor "X - based": _origin_compound_follows would say no
        token = doc[i]
        head = token.text.rpartition("-")[0] if "-" in token.text else token.text
        if not _origin_compound_follows(doc, token.i + 1) or not head[:1].isupper() or \
                token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_:
            continue
        country = lookup_country(head)
        if country is None and token.ent_type_ not in ("GPE", "LOC", "FAC") and not _place_readings(head):
            continue  # "Caste-based", "Community-led": not a place
        type_ = "country" if country is not None else "place"
        mentions.append(_make(doc, token.i, token.i + 1, type_, "demonym", None))
        taken[token.i] = True

    mentions = [part for m in mentions for part in _state_pair_parts(m)]
    mentions = _plural_head_members(doc, mentions, taken)

    _retype_fixture_sides(doc, mentions)
    _retype_told_places(doc, mentions)
    mentions = _people_with_country_in_brackets(doc, mentions)
    _retype_outlet_names(doc, mentions)
    _retype_outlet_aliased_names(doc, mentions)
    mentions = _without_acronyms_of_unnamed_forms(doc, mentions)
    cue_typed = {**cue_typed, **_described_bodies(doc, mentions)}
    _one_type_per_name(mentions, _with_cued_places(doc, mentions, cue_typed))
    # after the vote: a name built on a group the article names is no person even where a
    # speech cue said so ('” Brahmins Matrimony says that ...')
    _retype_people_named_for_groups(doc, mentions)
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


def _coordinated_names_before(doc: Doc, i: int) -> Optional[tuple[int, int]]:
    """Token indices (first, second) of two one-word capitalised names coordinated by "and"
    right before token ``i`` ("Donetsk" and "Luhansk" before "oblasts" in "the Donetsk and
    Luhansk oblasts"), else None."""
    if i < 3 or doc[i - 2].lower_ != "and":
        return None
    first, second = doc[i - 3], doc[i - 1]
    if all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha for t in (first, second)):
        return first.i, second.i
    return None


def _plural_head_members(doc: Doc, mentions: list[Mention], taken: list[bool]) -> list[Mention]:
    """``mentions`` with the name the NER left untagged in "the Donetsk and Luhansk oblasts" /
    "regions" / "provinces" (two names coordinated on one plural subdivision noun, which English
    shares across the conjuncts, as in "North and South Korea"; compound_members) added as a
    mention of the tagged one's type: "Donetsk" a place where the NER tagged only "Luhansk".
    (The model tagged only one of the two in 4 of the 6 such phrases in the bundled
    examples.)"""
    out = list(mentions)
    by_start = {m.start: m for m in mentions}
    subdivisions = {n for n in _SUBDIVISION_NOUNS_AFTER if n.endswith("s")}
    for i, lower in enumerate(token_lowers(doc)):  # strings: no Token made per word
        pair = _coordinated_names_before(doc, i) if lower in subdivisions else None
        if pair is None:
            continue
        for k, j in (pair, pair[::-1]):
            other = by_start.get(doc[j].idx)
            if not taken[k] and other is not None and other.end == doc[j].idx + len(doc[j]) and \
                    other.type in ("place", "country"):
                # the NER tagged one of the two: the other, on the same head, is the same kind of name
                out.append(_make(doc, k, k + 1, other.type, other.kind, None))
                taken[k] = True
    return out


_STATE_PAIR = re.compile(r"^([^\s-][^\s]*?)[-\u2013]([^\s-][^\s]*)$")


def _state_pair_parts(mention: Mention) -> list[Mention]:
    """A one-word pair of states ("U.S.-Mexico", "U.S.-Brazil" relations, talks, border) is both
    states, one country mention each at its own characters, not an organisation (the NER's ORG);
    any other mention is returned as it is."""
    match = _STATE_PAIR.match(mention.text)
    if mention.type == "person" or match is None:
        return [mention]
    found = [lookup_country(match.group(g)) for g in (1, 2)]
    if any(c is None or c.matched_as not in ("name", "alias") for c in found) or found[0].alpha3 == found[1].alpha3:
        return [mention]
    return [Mention(start=mention.start + match.start(g), end=mention.start + match.end(g), text=match.group(g),
                    type="country", label=mention.label, kind="name", component=COMPONENT, version=VERSION)
            for g in (1, 2)]


def _defined_acronym_uses(doc: Doc, mentions: list[Mention], taken: list[bool]) -> list[int]:
    """Token indices of untagged later uses of an acronym the article defines in brackets right
    after an organisation's name ("the Cuban Ministry of the Interior (MININT)", the defined-term
    convention of releases and legal text): "MININT forces, including ...", "MININT's officers".
    The acronym is the bracket's one token, 2 to 12 letters or figures with two or more capitals
    and no lower-case letter; its uses are the same token, written alike, outside any bracket.
    coref pairs them with the name (``_merge_acronyms``)."""
    texts = token_texts(doc)
    org_ends = {m.end for m in mentions if m.type == "organization"}
    defined: dict[str, int] = {}
    for i in range(2, len(texts) - 1):
        short = texts[i]
        if texts[i - 1] != "(" or texts[i + 1] != ")" or not _ACRONYM_TOKEN.match(short) \
                or sum(c.isupper() for c in short) < 2:
            continue
        before = doc[i - 2]
        if before.text in POSSESSIVE_ENDINGS and i >= 3:
            before = doc[i - 3]
        if before.idx + len(before) in org_ends:
            defined.setdefault(short, i)
    if not defined:
        return []
    return [i for i, text in enumerate(texts)
            if text in defined and i > defined[text] and not taken[i]
            and not (i > 0 and texts[i - 1] == "(" and i + 1 < len(texts) and texts[i + 1] == ")")]


_ACRONYM_TOKEN = re.compile(r"^[A-Z][A-Z0-9&\-]{1,11}$")


def _cue_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, type) of names typed by the words around them (see ``name_cues``)."""
    lex = _lexicons()
    found = name_cues.photo_credits(doc, lambda word: word in lex["org_keywords"])
    found += [(s, e, "organization") for s, e in name_cues.descriptor_names(doc, _is_title_token)]
    found += [(s, e, "organization") for s, e in name_cues.community_names(
        doc, lambda word: _norm(word) in lex["groups"] or _norm(word) in lex["region_adjectives"])]
    found += [(s, e, "organization") for s, e in name_cues.collective_names(doc)]
    found += [(s, e, "person") for s, e in name_cues.styled_names(doc, _is_title_token)]
    found += [(s, e, "person") for s, e in name_cues.titled_names(
        doc, lambda word: word in lex["title_heads"] and word[-1:] != ".",
        _is_english_word_form)]
    found += [(s, e, "person") for s, e in name_cues.quoted_speaker_names(
        doc, _is_title_token, lambda word: word in lex["org_keywords"])]
    found += [(s, e, "organization") for s, e in name_cues.platform_names(
        doc, lambda word: word in _common_words(include_nouns=True))]
    found += [(s, e, "organization") for s, e in name_cues.predicated_names(doc)]
    found += [(s, e, "organization") for s, e in name_cues.format_names(doc)]
    found += [(s, e, "organization") for s, e in name_cues.owned_names(doc)]
    found += [(s, e, "person") for s, e in name_cues.person_appositive_names(
        doc, _person_appositive_noun, lambda word: word in lex["org_keywords"] or is_legal_form(word))]
    found += [(s, e, "organization") for s, e in name_cues.defined_acronyms(doc) if _defines_a_body(doc[s:e])]
    return found


def _person_appositive_noun(lemma: str, word: str) -> bool:
    """Whether a noun (its lemma in lower case, its word as written) names people only, as the
    head of an appositive to a name: a person head of the sanctions releases ("officials",
    "individuals", "woman"; actor_heads.yaml designated_person_heads), a noun of a place's people
    ("nationals", "citizens") or of a body's own people ("executives", "staffers", "diplomats":
    actor_heads.member_nouns). Not every WordNet person noun: "donor", "partner", "host",
    "supplier" name states and firms as readily. Read off strings, so a scan of every noun makes
    no Token (``actor_heads.place_people_word`` and ``member_word`` are these lemma tests on a
    noun Token)."""
    from newsgraph.nlp import actor_heads  # actor_heads reads places; entities loads first

    return actor_heads.designated_kind(lemma) == "person" or actor_heads.designated_kind(word) == "person" \
        or lemma in actor_heads.place_people_nouns() or lemma in actor_heads.member_nouns()


def _defines_a_body(span: Span) -> bool:
    """A long form defined by an acronym names an organisation when it reads like one: the
    model tagged some of it ORG, or it ends in an organisation keyword or opens with a Romance
    one ("Movimento 5 Stelle (M5S)"); never a country or a region, nor a span the model tagged
    exactly as a person or a place ("Andrés Manuel López Obrador (AMLO)") or that holds a law,
    a product or an event ("Joint Comprehensive Plan of Action", "Executive Order (E.O.)")."""
    lex = _lexicons()
    if lookup_country(span.text) is not None or _norm(span.text) in lex["regions"]:
        return False
    if any(t.ent_type_ in MISC_LABELS for t in span) or any(
            e.start == span.start and e.end == span.end and e.label_ in ("PERSON", "GPE", "LOC", "FAC")
            for e in doc_ents(span.doc)):
        return False
    return any(t.ent_type_ == "ORG" for t in span) or span[-1].text in lex["org_keywords"] or \
        span[0].text in lex["org_leading"]


def _retype_people_named_for_groups(doc: Doc, mentions: list[Mention]) -> None:
    """A "person" whose name holds the name of a people or faith the article names as a group
    after its first word ("Dalit Muslims", "Jangid Brahmin Samaj" where "Muslim" and "Brahmin"
    are groups) is a body named after that group, not a person. A leading group word is a
    modifier of a person's name ("Serb Radovan Karadzic") and is left alone."""
    groups = {t.text for ent in doc_ents(doc) if ent.label_ == "NORP" for t in ent if t.text[:1].isupper()}
    groups |= {m.text for m in mentions if m.type == "group" and " " not in m.text}
    groups = {g for g in groups if lookup_country(g) is None}
    plural_groups = _plural_group_words(doc)
    if not groups and not plural_groups:
        return
    forms = groups | {g + "s" for g in groups} | {g[:-1] for g in groups if g.endswith("s")}
    named = plural_groups | {g + "s" for g in plural_groups}
    for m in mentions:
        if m.type != "person" or m.kind not in ("name", "surname"):
            continue
        words = m.text.split()
        if len(words) == 1 and words[0] in plural_groups:
            m.type, m.kind = "group", "name"  # "Brahmin" alone: the group's adjective, as "Hindu"
            continue
        if m.kind != "name":
            continue
        elif len(words) == 1 and words[0] in named or len(words) >= 2 and (
                any(w in forms or w in named for w in words[1:]) or words[0] in named and _not_a_name_word(words[1])):
            # a leading lexicon group word is a modifier: "Serb Radovan Karadzic"; a word the
            # article itself uses as a group's name is not a person's ("Dalit India",
            # "Shivalli Brahmins", "Brahmins")
            m.type = "organization"


def _not_a_name_word(word: str) -> bool:
    """A capitalised common English word, a country or an organisation keyword ("Solidarity",
    "India", "Network"): after a group word it makes a body's name ("Dalit India"), where a
    personal name would make a person ("Republican Tom Davis")."""
    return word.lower() in _common_words(include_nouns=True) or lookup_country(word) is not None or \
        word in _lexicons()["org_keywords"]


def _plural_group_words(doc: Doc) -> set[str]:
    """Capitalised words the article uses as the name of a people, caste or faith: the plural
    stands alone at least twice ("communities for Brahmins", "Brahmins come from"), and the
    singular modifies a lower-case noun ("Brahmin community", "Dalit groups") or the model
    tags the plural NORP ("Dalits"). A family name fails: "the Clintons" is rare, and
    "Clinton" then heads a person's name, not a noun phrase like "Clinton community"."""
    plural_alone: Counter = Counter()
    norp_plural: set[str] = set()
    modifier: set[str] = set()
    deps = token_deps(doc)
    for i, text in enumerate(token_texts(doc)):
        if not text[:1].isupper() or not text.isalpha() or len(text) < 4:
            continue
        plural = text.endswith("s") and not text.endswith("ss")
        if not plural and deps[i] not in ("compound", "amod"):
            continue  # a singular counts only as a modifier (the test below, read without a Token)
        token = doc[i]
        if plural:
            alone = token.ent_iob_ != "I" and (token.i + 1 >= len(doc) or doc[token.i + 1].ent_iob_ != "I")
            if alone and token.tag_ in ("NNPS", "NNS", "NNP"):
                plural_alone[text[:-1]] += 1
            if token.ent_type_ == "NORP":
                norp_plural.add(text[:-1])
        elif token.dep_ in ("compound", "amod") and token.head.i > token.i and token.head.is_lower \
                and token.head.pos_ == "NOUN":
            modifier.add(text)
    return {w for w, n in plural_alone.items() if n >= 2 and (w in modifier or w in norp_plural)
            and lookup_country(w) is None}


# what a bare capitalised "State" may do as the Department of State: act (subject), be one of a
# list of agencies (conjunct), be acted with or on (object, object of a preposition) or own
# something ("State's Bureau of Arms Control")
_STATE_DEPARTMENT_DEPS = frozenset({"nsubj", "nsubjpass", "conj", "pobj", "dobj", "poss", "appos"})
# the head-noun roles of "State" as a modifier ("State prosecutors", "State, county, and city
# health authorities", "State, Territorial, Local, and Tribal governments")
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})


def us_government_release(doc: Doc) -> bool:
    """Whether ``doc`` is a release of a U.S. government outlet (``resolve.actors.outlet_identity``
    of ``doc._.ng_outlet`` speaks for the USA), where a bare "State" is the Department of State."""
    from newsgraph.resolve.actors import outlet_identity, releasing_state

    return releasing_state(outlet_identity(getattr(doc._, "ng_outlet", None))) == "USA"


def _bare_state_department(doc: Doc, taken: list[bool]) -> list[int]:
    """Token indices of a bare "State" that names the U.S. Department of State, in a release of
    a U.S. government outlet (``resolve.actors.outlet_identity``): U.S. federal usage names the
    department by its one word next to its peers ("FBI, State, and other U.S. government
    agencies", "the Departments of the Treasury and State") and as an actor ("State is
    deploying an advisor", "here at State"); 10 such uses in the bundled White House and State
    Department releases. Not a "State" that opens a longer name or title ("State Councilor",
    "State Duma"), modifies a noun ("State prosecutors", "State, county, and city health
    authorities"), follows a determiner or adjective ("the State", "Russia's State Defense
    Order"), or is the imperative verb ("State it clearly")."""
    texts = token_texts(doc)
    if "State" not in texts or not us_government_release(doc):
        return []
    found = []
    for i, text in enumerate(texts):
        if text != "State" or taken[i]:
            continue
        token = doc[i]
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if token.pos_ not in ("PROPN", "NOUN") or token.dep_ not in _STATE_DEPARTMENT_DEPS:
            continue
        if nxt is not None and (nxt.text[:1].isupper() or nxt.text == "-"):
            continue  # "State Councilor", "State Scientific Center", "State-run"
        if any(c.dep_ in ("det", "amod", "compound", "poss", "nummod") for c in token.lefts):
            continue  # "the State", "Russian State", "Russia's State"
        if token.dep_ == "pobj" and token.head.lower_ == "of":
            continue  # "Secretary of State", "Head of State": a title's or office's complement
        first = token
        first = first_conjunct(first)
        if first.dep_ in _MODIFIER_DEPS:
            continue  # one of a list of modifiers: "State, county, and city health authorities"
        found.append(i)
    return found


def _without_acronyms_of_unnamed_forms(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions less the person and place readings of an acronym the article defines in
    brackets after a capitalised name that is itself no entity mention ("... in support of the
    Eastern Tropical Pacific Marine Corridor (CMAR)", where the model tagged none of the name;
    "(CMAR)" is the Spanish name's): an acronym stands for the name before its bracket, so it
    is no person or place that name is not; out of context the model reads a bare "CMAR" as a
    surname. The name is the two or more capitalised words (joined by name links) right before
    the bracket, the acronym 2 to 10 characters with two or more capitals. Where the name is a
    mention, coref gives the acronym its kind and node (``_merge_acronyms``)."""
    texts, whole = token_texts(doc), doc_text(doc)  # the cached text: doc.text joins all tokens again
    unnamed = set()
    for i, text in enumerate(texts):
        if text != "(" or i < 2 or i + 2 >= len(doc) or texts[i + 2] != ")":
            continue
        short = texts[i + 1].replace(".", "")
        if not (2 <= len(short) <= 10 and short[0].isalpha() and sum(c.isupper() for c in short) >= 2):
            continue
        start = i
        while start > 0 and (texts[start - 1][:1].isupper() or texts[start - 1].lower() in ("of", "for", "and", "the", "on")) \
                and "\n" not in doc[start - 1].whitespace_ and not doc[start - 1].is_space:
            start -= 1
        while start < i and not texts[start][:1].isupper():
            start += 1
        if i - start < 2:
            continue
        first, last = doc[start].idx, doc[i - 1].idx + len(doc[i - 1])
        inside = [m for m in mentions if m.start < last and m.end > first and m.type not in ("money", "percent", "quantity")]
        if len(inside) == 1 and inside[0].type == "organization" and inside[0].start >= first and inside[0].end < last \
                and whole[inside[0].end:last].strip()[:1].isupper() and "(" not in whole[inside[0].end:last]:
            # the model cut the defined name short ("Eastern Tropical Pacific Marine" of "... Marine
            # Corridor (CMAR)"): the name runs to the bracket, so that coref pairs the acronym with it
            inside[0].end = last
            inside[0].text = whole[inside[0].start:last]
        if inside:
            continue
        unnamed.add(short)
    if not unnamed:
        return mentions
    return [m for m in mentions if not (m.type in ("person", "place") and m.text.replace(".", "") in unnamed)]


def _body_description(token: Token) -> bool:
    """Whether a common noun describes a body, not a person: an appositive head saying what a
    designated name is ("company", "firm", "network": actor_heads.yaml designated_organisation_heads),
    a descriptor noun that introduces an organisation's name (entity_cues.yaml ``descriptors``, one
    word: "market", "platform", "company"; as ``name_cues.predicated_names`` reads them) or a body's
    head word (entity_org_keywords.yaml keywords, lower case: "exchange", "group") -- never a noun
    whose commonest sense is a person (WordNet, ``actor_heads.person_nouns``): "Petrov, a supplier
    of drone parts," is a person who supplies, as readily as a firm."""
    from newsgraph.nlp import actor_heads  # actor_heads reads places; entities loads first

    if token.pos_ != "NOUN":
        return False
    lemma = token.lemma_.lower()
    if lemma in actor_heads.person_nouns():
        return False
    return actor_heads.designated_kind(lemma) == "organization" \
        or lemma in {d[0] for d in name_cues.cues()["descriptors"] if len(d) == 1} \
        or lemma.capitalize() in _lexicons()["org_keywords"]


def _phrase_before_comma(doc: Doc, i: int) -> Optional[Token]:
    """The head of the noun phrase that ends right before the comma that opens a name set off by
    commas at ``i`` ("the largest market for Spanish speakers, Vakro, and ...": "market"), where
    the parse hung the name elsewhere (as a conjunct of the phrase's last noun); the head is
    reached from the last noun over "of/for" phrases (a noun phrase's own complements), else None."""
    if i < 2 or doc[i - 1].text != "," or i + 1 < len(doc) and doc[i + 1].text not in (",", ".", ";"):
        return None
    token = doc[i - 2]
    if token.pos_ != "NOUN":
        return None
    while token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.pos_ == "NOUN":
        token = token.head.head
    return token


def _described_bodies(doc: Doc, mentions: list[Mention]) -> dict[str, str]:
    """name -> "organization" for a one-word name the model read as a person (in one mention or
    more) that the text describes as a body (at any of its mentions): in apposition with a noun phrase whose head names a body ("the largest
    darknet market, Hydra," / "Hydra, a darknet market,"; ``_body_description``) or the subject
    of "is a/the ..." such a noun. English apposition and the copula say what the name is, and
    a market, an exchange or a company is no person (the model tags an unknown one-word name
    PERSON). The name's other mentions follow it (one sense per discourse, ``_one_type_per_name``);
    each of them is made a name (no surname of a person). Since entities 0.4.139."""
    out: dict[str, str] = {}
    for m in mentions:
        if m.type not in ("person", "organization") or " " in m.text.strip() or m.text in out \
                or not any(o.type == "person" and o.text == m.text for o in mentions):
            continue
        span = doc.char_span(m.start, m.end)
        if span is None or len(span) != 1:
            continue
        name = span.root
        described = [c for c in name.children if c.dep_ == "appos"]
        if name.dep_ == "appos":
            described.append(name.head)
        if name.dep_ == "nsubj" and name.head.lemma_ == "be":
            described += [c for c in name.head.children if c.dep_ == "attr"]
        # "the virtual currency exchange Kalinex": a common noun premodifying the name classes it
        described += [c for c in name.children if c.dep_ == "compound" and c.i == name.i - 1]
        before = _phrase_before_comma(doc, name.i)
        if before is not None:
            described.append(before)
        if any(_body_description(noun) for noun in described):
            out[m.text] = "organization"
    if out:
        for m in mentions:
            if m.type == "person" and m.text in out:
                m.type, m.kind = "organization", "name"
    return out


def _retype_outlet_names(doc: Doc, mentions: list[Mention]) -> None:
    """The publisher's own name in its text ("Wikinews" in an English Wikinews article) is
    the organisation, whatever the model said."""
    outlet = getattr(doc._, "ng_outlet", None)
    if not outlet:
        return
    words = {w.casefold() for w in re.findall(r"[\w.]+", outlet) if len(w) > 3}
    for m in mentions:
        if m.type in ("person", "place") and m.kind == "name" and " " not in m.text and m.text.casefold() in words:
            m.type = "organization"


# "(VOA Russian)", "(BBC)": a bracket right after a name, the alias it introduces
_BRACKET_ALIAS = re.compile(r"\s*\(([^()\n]{2,40})\)")
_DATELINE_DASH = re.compile(r"[ \t]*[-\u2013\u2014]")


@functools.lru_cache(maxsize=1024)
def news_outlet_alias(text: str) -> Optional[str]:
    """The listed outlet (``newsgraph/intake/outlets.yaml``) ``text`` names, also with a language
    service after it ("VOA Russian": Voice of America's Russian service; language names from
    ISO 639, pycountry), when the outlet is a news outlet, not a state's own body (the State
    Department, the Pentagon, the Air Force: Phoenix agents or actors, or the state-institution
    names, code those, as a .gov or .mil host of the outlet marks it); else None."""
    import pycountry

    from newsgraph.intake.outlets import load_outlets, outlet_key
    from newsgraph.resolve.actors import agent_sector, named_actor, state_institution_prefix

    table = load_outlets()
    words = text.split()
    candidates = [text]
    if len(words) > 1 and words[-1][:1].isupper():
        try:
            language = pycountry.languages.get(name=words[-1])
        except (KeyError, LookupError):
            language = None
        if language is not None:
            candidates.append(" ".join(words[:-1]))
    for candidate in candidates:
        outlet = table.by_key.get(outlet_key(candidate))
        if outlet is None:
            continue
        if any(name == outlet and host.rsplit(".", 1)[-1] in ("gov", "mil") for host, name in table.by_host.items()):
            return None  # a government's own site (state.gov, southcom.mil): a state body, no medium
        for name in (outlet, candidate):
            coded = named_actor(name) or state_institution_prefix(name) or agent_sector(name)
            if coded is not None and coded.sector != "MED":
                return None
        return outlet
    return None


def outlet_alias_after(text: str, end: int) -> Optional[str]:
    """The listed news outlet a bracket right after ``text[:end]`` names ("Golos Ameriki (VOA
    Russian)"), else None. A bracket followed by a dash is a wire dateline's credit ("COLUMBIA,
    S.C. (AP) —", "WASHINGTON (Reuters) -"): the outlet filed the story, the name is a place."""
    bracket = _BRACKET_ALIAS.match(text, end)
    if bracket is None or _DATELINE_DASH.match(text, bracket.end()):
        return None
    return news_outlet_alias(bracket.group(1).strip())


def _retype_outlet_aliased_names(doc: Doc, mentions: list[Mention]) -> None:
    """A name right before a bracketed alias of a listed news outlet is that outlet, an
    organisation, whatever the model said: "Golos Ameriki (VOA Russian)", the Russian name of
    Voice of America's Russian service (an outlet's name in the reader's language, then the one
    its readers abroad know it by)."""
    text = doc_text(doc)
    for m in mentions:
        if m.type in ("person", "place") and m.kind == "name" and outlet_alias_after(text, m.end) is not None:
            m.type = "organization"


def _retype_told_places(doc: Doc, mentions: list[Mention]) -> None:
    """One tells a person or an organisation, not a place: "told Diálogo" names an outlet
    (a capital stays its government: "told Washington")."""
    for m in mentions:
        if m.type != "place" or m.kind != "name":
            continue
        span = doc.char_span(m.start, m.end)
        if span is None:
            continue
        root = span.root
        if root.dep_ in ("dobj", "dative") and root.head.lemma_ == "tell" and root.i > root.head.i \
                and lookup_country(span.text) is None:
            m.type = "organization"


def _people_with_country_in_brackets(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A two- to four-word name followed by a country in brackets is a person representing
    it ("Pete Sampras ( U.S. ) beat ...", "Marion Clignet (France) 3:31.674")."""
    lex = _lexicons()
    people = []
    for m in mentions:
        if m.type != "country" or m.kind not in ("name", "alias"):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.start < 3 or span.end >= len(doc) or \
                doc[span.start - 1].text != "(" or doc[span.end].text != ")":
            continue
        end = span.start - 1
        start = end
        while start > 0 and end - start < 4 and doc[start - 1].text[:1].isupper() and \
                any(ch.isalpha() for ch in doc[start - 1].text) and not _is_title_token(doc[start - 1]) \
                and doc[start - 1].text not in lex["org_keywords"] and lookup_country(doc[start - 1].text) is None:
            start -= 1
        if 2 <= end - start <= 4 and (start == 0 or not doc[start - 1].text[:1].isupper()):
            people.append((doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), start, end))
    if not people:
        return mentions
    kept = [m for m in mentions if not any(m.start < e and m.end > s for s, e, _, _ in people)]
    return kept + [_make(doc, start, end, "person", "name", None) for _, _, start, end in people]


_VOTING_TYPES = ("person", "organization", "place")
_CUED_PLACES_KEY = "ng_cued_places"


def _with_cued_places(doc: Doc, mentions: list[Mention], decided: dict[str, str]) -> dict[str, str]:
    """``decided`` with the cities the article uses as places somewhere ("in Bucha", "the
    town of Bucha": _city_used_as_place) decided a place, where no mention of the name is a
    person by its title ("Secretary Austin") or stayed a person as the surname of a full name."""
    cued = set(doc.user_data.get(_CUED_PLACES_KEY) or ())
    # one sense per discourse (Gale, Church & Yarowsky 1992): a gazetteer city the model read
    # as a place once ("located in Evansville, Indiana") is a place in the article's other
    # mentions too ("Evansville, Indiana, United States - This past week", tagged PERSON)
    # mentions of the article's city; the model's label alone is no reading ("the death of their
    # child, Gloria" tagged GPE): its context must read it as a place too
    for m in mentions:
        if m.type == "place" and m.kind == "name" and m.label in _PLACE_LABELS and m.text not in cued and \
                lookup_country(m.text) is None and _is_gazetteer_city(m.text):
            span = doc.char_span(m.start, m.end)
            if span is not None and (_place_cue_before(doc, span.start, span.end) or _place_by_its_head(span)
                                     or _city_before_its_country(span) or _address_tail(span)):
                cued.add(m.text)
    if not cued:
        return decided
    starts = {idx: i for i, idx in enumerate(token_starts(doc))}  # token_starts: no Token made per token
    titled = {m.text for m in mentions if m.text in cued and (
        m.type == "person" and m.kind == "surname" or
        m.start in starts and _title_head_before(doc, starts[m.start]))}
    # a surname of a person the article names in full ("Lloyd Austin ... Austin said") is no place
    titled |= {m.text.split()[-1] for m in mentions if m.type == "person" and len(m.text.split()) > 1}
    extra = {name: "place" for name in cued if name not in titled and name not in decided}
    return {**decided, **extra} if extra else decided


def _one_type_per_name(mentions: list[Mention], decided: Optional[dict[str, str]] = None) -> None:
    """Within one article a name keeps one type: each person/organisation/place mention
    takes the type its context gave it somewhere (``decided``: "daily La Razón"), else the
    type most of the same name's mentions have (ties change nothing)."""
    for m in mentions:
        if decided and m.type in _VOTING_TYPES and m.text in decided and m.kind == "name":
            m.type = decided[m.text]
    votes: dict[str, Counter] = {}
    for m in mentions:
        if m.type in _VOTING_TYPES:
            votes.setdefault(m.text, Counter())[m.type] += 1
    for m in mentions:
        counts = votes.get(m.text)
        if not counts or len(counts) < 2:
            continue
        (best, n_best), (_, n_next) = counts.most_common(2)
        if n_best > n_next and m.type != best:
            m.type, m.kind = best, "name"


def _retype_fixture_sides(doc: Doc, mentions: list[Mention]) -> None:
    """Sides of a fixture ("Surrey v Kent", "May 17 v Northampton") are teams: a place or
    person named there is an organisation (a country stays a country: its national team)."""
    sides = set()
    for i, lower in enumerate(token_lowers(doc)):
        if lower in ("v", "v.", "vs", "vs.") and 0 < i < len(doc) - 1:
            sides.add(doc[i - 1].idx + len(doc[i - 1]))  # a mention ending here
            sides.add(doc[i + 1].idx)                    # a mention starting here
    if not sides:
        return
    for mention in mentions:
        if (mention.end in sides or mention.start in sides) and mention.type in ("place", "person"):
            mention.type, mention.kind = "organization", "name"


NO_BREAK_SPACE = "\u00a0"
# a grave accent (backtick) or acute accent between two letters: an apostrophe typed on a
# keyboard without one (``model_text``)
_APOSTROPHE_LOOKALIKE = re.compile(r"(?<=[^\W\d_])[`\u00b4](?=[^\W\d_])")


def model_text(text: str) -> str:
    """``text`` with each no-break space (U+00A0) read as a plain space and a grave or acute
    accent between two letters as an apostrophe ("can`t" -> "can't"), one character for one
    (same length, same offsets). To a reader it is a space ("the United\u00a0States",
    "condemn\u00a0Russia's war": 90 of the 485 demo articles hold one, 165 sentences between two
    words), but spaCy's tokenizer splits on " " only and makes it a token of its own, which
    breaks the name and tags the word before it as a proper noun; ``restore_text`` puts the
    article's own characters back into the records."""
    text = text.replace(NO_BREAK_SPACE, " ") if NO_BREAK_SPACE in text else text
    if "`" in text or "\u00b4" in text:
        # a grave or acute accent typed for the apostrophe inside a word ("can`t", "don`t",
        # "Russia´s"): spaCy's tokenizer knows only ' and ’, reads "can`t" as one noun (the
        # negation lost) and "Russia´s" as a name of its own; between two letters neither mark is
        # a quote mark, which opens or closes a quotation beside a space (``like this'')
        text = _APOSTROPHE_LOOKALIKE.sub("'", text)
    return text


def recase_all_caps_lines(nlp, doc: Doc) -> Doc:
    """The Doc again with each ALL-CAPS line's words recased for the model (``truecase_words``),
    or ``doc`` itself when no line is all capitals. Only letter case changes, token by token, so
    the new Doc has the same tokens and character offsets as ``doc``; its text is no longer the
    article's (``restore_text`` puts the article's letters back into the records)."""
    if not any(_could_be_all_caps(line) for line in doc_text(doc).split("\n")):
        return doc  # most articles: told from the text, without making a Token
    lines: list[list[int]] = [[]]
    for token in doc:
        if token.is_space or not token.text.strip():
            if "\n" in token.text or "\n" in token.whitespace_:
                lines.append([])
            continue
        lines[-1].append(token.i)
        if "\n" in token.whitespace_:
            lines.append([])
    words = list(token_texts(doc))
    changed = False
    caps_lines = []
    for line in lines:
        line_words = [words[i] for i in line]
        if not line or not is_all_caps(line_words):
            continue
        caps_lines.append((doc[line[0]].idx, doc[line[-1]].idx + len(doc[line[-1]].text)))
        for i, word in zip(line, truecase_words(line_words, inflections=True)):
            if 0 < i < len(doc) - 1 and doc[i - 1].text == "(" and doc[i + 1].text == ")":
                continue  # "WASHINGTON (AFNS) --": a bracketed word on a dateline is an agency's initials
            if word != words[i] and len(word) == len(words[i]):
                words[i], changed = word, True
    if not changed:
        return doc
    recased = Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    # the lines written in capitals, as (start, end) chars: headings to the paragraph splitter and
    # to the events' not-furniture check, which no longer see the capitals
    recased.user_data[CAPS_LINES_KEY] = caps_lines
    if PARAGRAPH_LINES_KEY in doc.user_data:  # told on the text before unwrapping (``paragraphs``)
        recased.user_data[PARAGRAPH_LINES_KEY] = doc.user_data[PARAGRAPH_LINES_KEY]
    return recased


# Records' text fields that quote the article at [start, end): restored after recasing.
_QUOTED_FIELDS = {
    "mentions": (("text", "start", "end"),),
    "timexes": (("text", "start", "end"),),
    "statements": (("content", "content_start", "content_end"), ("speaker_text", "speaker_start", "speaker_end"),
                   ("cue", "cue_start", "cue_end"), ("via", "via_start", "via_end")),
    "events": (("trigger", "trigger_start", "trigger_end"), ("source_text", "source_start", "source_end"),
               ("target_text", "target_start", "target_end")),
}


def restore_text(extraction, text: str) -> None:
    """Put the article's own letters back into the records' quoted text after the Doc's words
    were recased or its no-break spaces read as spaces (``model_text``; same offsets, only case
    or the kind of space or apostrophe differs); a field whose text is not the span as a
    case variant (joined quote parts, say) is recased piecewise where the lengths agree."""
    model = model_text(text)  # the whole text: an apostrophe's letters may lie outside a span
    for attribute, fields in _QUOTED_FIELDS.items():
        for record in getattr(extraction, attribute):
            for field_name, start_name, end_name in fields:
                value, start, end = (getattr(record, field_name), getattr(record, start_name),
                                     getattr(record, end_name))
                if value is None or start is None or end is None:
                    continue
                original = text[start:end]
                if original != value and model[start:end].lower() == value.lower():
                    setattr(record, field_name, original)


def truecase_words(words: list[str], inflections: bool = False) -> list[str]:
    """Words of an ALL-CAPS line recased for the model: known countries and other words in
    Title case; function words and common verbs, adjectives and adverbs (the lemmatizer's
    WordNet lists) in lower case. WordNet's noun list is left out: it holds proper names
    ("harrison", "berlin") in lower case. With ``inflections`` (the pipeline's running text)
    inflected common words ("met", "signed") are lower case too and title words ("Prime
    Minister") Title case, as news text writes them."""
    common = _common_words()
    out = []
    for i, word in enumerate(words):
        if word.lower() in _FUNCTION_WORDS and not word[:1].isalpha():
            out.append(word.lower())
            continue
        if not any(ch.isalpha() for ch in word) or not word.isupper():
            out.append(word)
            continue
        lower = word.lower()
        if lookup_country(word.title()) is not None or inflections and word.title() in _lexicons()["title_words"]:
            out.append(word.title())  # countries, and titles ("Prime Minister") as news writes them
        elif len(word) <= 3 and lower not in common and lower not in _FUNCTION_WORDS and \
                not (inflections and _inflected_common(lower)):
            out.append(word)  # acronyms: "BBC", "UN", "CSKA"
        elif lower in common or lower in _FUNCTION_WORDS or inflections and _inflected_common(lower):
            out.append(lower)
        else:
            out.append(word.title())
    if out and out[0][:1].islower():
        out[0] = out[0][:1].upper() + out[0][1:]
    return out


def _inflected_common(lower: str) -> bool:
    """An inflected common verb or adjective ("met", "signed", "talks", "bigger"): the
    lemmatizer's exception table, or a regular suffix on a listed word."""
    if lower in _inflection_exceptions():
        return True
    common = _common_words()
    for suffix, restore in (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""),
                            ("ing", ""), ("ing", "e"), ("er", ""), ("est", "")):
        if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
            stem = lower[: -len(suffix)] + restore
            if stem in common or len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in common:
                return True
    return False


@functools.lru_cache(maxsize=1)
def _inflection_exceptions() -> frozenset:
    """Irregular forms of common verbs and adjectives ("met", "said", "better") from the pinned
    model's lemmatizer exception table (nouns left out, as in ``_common_words``)."""
    from spacy.strings import get_string_id

    from newsgraph.nlp.model import lemmatizer_lookups

    try:
        table = lemmatizer_lookups().get_table("lemma_exc")
    except KeyError:
        return frozenset()
    words = set()
    for pos in ("verb", "adj", "adv"):
        key = get_string_id(pos)
        if key in table:
            words.update(w for w in table[key] if w.islower() and "_" not in w)
    return frozenset(words)


_FUNCTION_WORDS = {
    "'s", "n't", "'ll", "'re", "'ve", "'d", "'m",
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and", "or",
    "but", "as", "is", "are", "was", "were", "be", "it", "its", "he", "she", "they", "we",
    "his", "her", "their", "after", "before", "over", "up", "down", "out", "off", "into",
    "not", "no", "vs", "v", "says", "said", "say", "will", "has", "have", "had",
}


_INFLECTIONS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"))


@functools.lru_cache(maxsize=4096)
def _is_english_word_form(word: str) -> bool:
    """Whether the lower-case ``word`` is a common English word or a regular or irregular
    inflection of one ("says", "said", "vows"): title-case headlines ("Minister Says ...")
    capitalise verbs after a title. Irregular verb forms from the model lemmatizer's exception table."""
    common = _common_words(include_nouns=True)
    if word in common or any(word.endswith(suffix) and word[:-len(suffix)] + base in common
                             for suffix, base in _INFLECTIONS):
        return True
    return word in _irregular_forms()


@functools.lru_cache(maxsize=1)
def _irregular_forms() -> frozenset:
    from newsgraph.nlp.model import lemmatizer_lookups

    from spacy.strings import get_string_id

    try:
        table = lemmatizer_lookups().get_table("lemma_exc")
    except KeyError:
        return frozenset()
    # the verbs' irregular forms ("said", "met"); the nouns' are learned plurals ("pontes")
    # that surnames share
    return frozenset(table.get(get_string_id("verb")) or ())


@functools.lru_cache(maxsize=2)
def _common_words(include_nouns: bool = False) -> frozenset:
    """Lower-case common English verbs, adjectives and adverbs: the pinned model's lemmatizer
    index (WordNet lists; nouns left out, see ``truecase_words``), read from the model's data
    without loading a second copy of the model (``model.lemmatizer_lookups``)."""
    from spacy.strings import get_string_id

    from newsgraph.nlp.model import lemmatizer_lookups

    words = set()
    try:
        index = lemmatizer_lookups().get_table("lemma_index")
    except KeyError:
        return frozenset()
    noun_key = get_string_id("noun")
    for key in index:
        if key == noun_key and not include_nouns:
            continue
        for word in index[key]:
            if word.islower() and "_" not in word:
                words.add(word)
    return frozenset(words)


def common_english_word(word: str) -> bool:
    """Whether the lower-case ``word`` is a common English noun, verb, adjective or adverb (the
    model's WordNet lemma index, ``_common_words``): "gulf", "falcon", not "sinaloa"."""
    return word.lower() in _common_words(include_nouns=True)


_ASCII_LOWER = re.compile(r"[a-z]")


def _could_be_all_caps(line: str) -> bool:
    """False when the words of this line of text cannot pass ``is_all_caps``: it holds no
    letter, or a lower-case letter (the word holding it is then not all capitals). A line of
    text is a line of tokens: no token but a whitespace token holds a line break."""
    if _ASCII_LOWER.search(line):
        return False  # the quick test: nearly every line of running text
    return any(ch.isalpha() for ch in line) and not any(ch.isalpha() and ch.islower() for ch in line)


def is_all_caps(words: list[str]) -> bool:
    """True when the alphabetic words of a line are all capitals (a headline, a table row)."""
    alpha = [w for w in words if any(ch.isalpha() for ch in w)]
    return len(alpha) >= 1 and all(w.isupper() for w in alpha) and sum(len(w) > 3 for w in alpha) >= 1


@Language.factory(COMPONENT, requires=["doc.ents"], assigns=["doc._.ng_mentions"])
def make_entities_component(nlp: Language, name: str):
    """spaCy factory: the component writes ``find_mentions(doc)`` to ``doc._.ng_mentions``."""
    return EntitiesComponent()


class EntitiesComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.ng_mentions = find_mentions(doc)
        return doc
