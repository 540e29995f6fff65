"""CAMEO verb patterns (PETRARCH2) matched on the dependency parse: a verb's sense from its context.

``lexicons/cameo_verbs.json`` is built by ``scripts/convert_cameo_verbs.py`` from PETRARCH2's
CAMEO.2.0 verb dictionary (MIT) and the CAMEO->PLOVER table (CC BY-SA 4.0); see
``lexicons/cameo_verbs.LICENSE``. A pattern names the verb's object head ("FREEZE + AID"),
words beside it ("{BANK ACCOUNT}"), prepositional phrases ("(TO SUMMIT)") and the subject;
the most specific pattern whose every part is in the clause gives the CAMEO code, and the table
gives its PLOVER type and mode. A matching pattern with the null code says the verb in that
context is no event ("welcome + Christmas"). A synset word that stands for one of the dictionary's
compounds (the pattern's ``qualified``: "device" of &WEAPON's +IMPROVISED_EXPLOSIVE_DEVICE) matches
only with a word of its synset before it ("improvised explosive devices", not "emergency
communications devices").

``sense(token, lemma, particles)`` -> ``Sense`` or None (no pattern with context matched).
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from spacy.tokens import Token

from newsgraph.nlp.doc_cache import token_children, token_deps, token_lemma_lowers, token_lowers

LEXICON = Path(__file__).resolve().parent / "lexicons" / "cameo_verbs.json"
PREP_DEPS = {"prep", "agent", "dative"}
TIME_ENTITIES = frozenset({"DATE", "TIME"})
# CAMEO 010 "make statement, not specified": a verb with this code of its own (address, disclose,
# outline) is verbal whatever block it is filed in, and takes only the patterns written for it
STATEMENT_CODES = frozenset({"010"})
# CAMEO 111 "criticize or denounce", 112 "accuse": a verb with such a code of its own (accuse,
# blame, condemn, fault, implicate) shares its block with verbs of legal action (convict, indict:
# 173 arrest, detain or charge); a synonym's pattern of another family does not carry to it:
# "accusing the West of the very crimes" is an accusation (1121), not CONVICT (OF &CRIME) [173]
DISAPPROVAL_ROOT = "11"
ACCUSATION_CODES = frozenset({"111", "112"})


@dataclass(frozen=True)
class Sense:
    code: Optional[str]             # CAMEO code; None = the context makes it no event
    event_type: Optional[str]       # PLOVER type (None with a null code)
    mode: Optional[str]
    context: str                    # the matched pattern, for the explanation
    words: tuple                    # tokens of the context (object, preposition objects)


@dataclass(frozen=True)
class CameoLexicon:
    codes: dict
    patterns: dict  # verb key -> compiled patterns, most specific first
    defaults: dict  # verb key -> CAMEO code of the verb or its block (or None)
    # verb key -> (positions in ``patterns[key]`` of the patterns that name no object,
    # object form -> positions of the patterns naming it): most patterns name an object
    # (up to 190 a verb), so ``sense`` tries only those the clause's object can match
    by_object: dict = field(default_factory=dict)


@functools.lru_cache(maxsize=1)
def load() -> CameoLexicon:
    data = json.loads(LEXICON.read_text(encoding="utf-8"))
    patterns, defaults = {}, {}
    for key, verb in data["verbs"].items():
        block = data["blocks"][verb["block"]]
        # only a verb's own code: a synonym block's code is shared by verbs of every sense
        # ("take", "hold" and "seize" share one block), so alone it is no evidence of an event
        defaults[key] = verb["code"]
        ranked = []
        for pattern in block["patterns"]:
            spec = (2 * bool(pattern.get("object")) + len(pattern.get("object_words", []))
                    + sum(1 + bool(nouns) for _p, nouns in pattern.get("preps", [])) + bool(pattern.get("subject")))
            if spec:
                # patterns first written for this very verb win ties over its synonyms'
                compiled = {
                    "object": frozenset(pattern.get("object", ())),
                    "object_words": tuple(pattern.get("object_words", ())),
                    "preps": tuple((prep, frozenset(nouns)) for prep, nouns in pattern.get("preps", ())),
                    "subject": frozenset(pattern.get("subject", ())),
                    # slot -> {word: modifiers}: a synset word that stands for a compound of the
                    # dictionary matches only with one of its modifiers ("device" of &WEAPON's
                    # +IMPROVISED_EXPLOSIVE_DEVICE, not "communications devices")
                    "qualified": {slot: {word: frozenset(mods) for word, mods in words.items()}
                                  for slot, words in pattern.get("qualified", {}).items()},
                    "code": pattern.get("code"), "source": pattern,
                    # a bare preposition ("ATTACK (FOR)": criticise *for* a failing) names no word
                    # of the context that confirms the sense; the phrase's role is the written verb's
                    # own, so the pattern does not carry to its synonyms ("fight for American
                    # workers" is advocacy, "connect with each other" no link, "lead to" a result).
                    # "against" marks opposition whatever the verb ("campaign / push back against")
                    "own_verb": pattern.get("verb") if not (
                        pattern.get("object") or pattern.get("object_words") or pattern.get("subject")
                        or any(nouns or prep == "against" for prep, nouns in pattern.get("preps", []))) else None,
                }
                ranked.append((spec + 0.5 * (pattern.get("verb") == key.split()[0]), compiled))
        ranked.sort(key=lambda item: -item[0])
        patterns[key] = [compiled for _spec, compiled in ranked]
    return CameoLexicon(codes=data["codes"], patterns=patterns, defaults=defaults,
                        by_object={key: _object_index(ranked) for key, ranked in patterns.items()})


def _object_index(ranked: list[dict]) -> tuple[tuple[int, ...], dict[str, tuple[int, ...]]]:
    """(positions of the patterns without an object, object form -> positions naming it)."""
    free, by_form = [], {}
    for position, pattern in enumerate(ranked):
        if not pattern["object"]:
            free.append(position)
        for form in pattern["object"]:
            by_form.setdefault(form, []).append(position)
    return tuple(free), {form: tuple(found) for form, found in by_form.items()}


def _candidates(lex: CameoLexicon, key: str, obj_forms) -> list[dict]:
    """The patterns of ``key`` that ``obj_forms`` (the object's lemma and word) could match, in
    rank order: those naming no object and those naming one of the forms. A pattern naming
    another object cannot match (``_matches``), so the first match is the same as over all.
    Found once per lexicon, verb key and object forms (the lexicon is never changed)."""
    memo_key = (key, frozenset(obj_forms))  # the forms' order matters nowhere below
    found = _CANDIDATES_MEMO.get(memo_key)
    if found is None or found[0] is not lex:
        if len(_CANDIDATES_MEMO) >= _CANDIDATES_MEMO_SIZE:
            _CANDIDATES_MEMO.clear()
        found = _CANDIDATES_MEMO[memo_key] = (lex, _candidates_of(lex, key, obj_forms))
    return found[1]


# (verb key, object forms) -> (the lexicon, its candidate patterns): the verb keys and object
# words of a corpus are few; emptied when it grows past the bound
_CANDIDATES_MEMO: dict = {}
_CANDIDATES_MEMO_SIZE = 50_000


def _candidates_of(lex: CameoLexicon, key: str, obj_forms) -> list[dict]:
    free, by_form = lex.by_object[key]
    positions = set(free)
    for form in obj_forms:
        positions.update(by_form.get(form, ()))
    ranked = lex.patterns[key]
    return [ranked[position] for position in sorted(positions)]


def _forms(token: Token) -> set[str]:
    return {token.lemma_.lower(), token.lower_}


def _modifier_forms(token: Optional[Token]) -> set[str]:
    """The forms of the words a noun's phrase holds beside the noun itself."""
    mods = set()
    if token is not None:
        # the subtree's words below the noun, read off doc_cache's children, lemmas and lower
        # forms: the same forms as ``_forms`` of each Token of ``token.subtree`` (a set: the
        # order spaCy walks the subtree in does not matter), with no Token made per word
        doc = token.doc
        children, lemmas, lowers = token_children(doc), token_lemma_lowers(doc), token_lowers(doc)
        stack = list(children[token.i])
        while stack:
            i = stack.pop()
            mods.add(lemmas[i])
            mods.add(lowers[i])
            stack.extend(children[i])
    return mods


def _premodifier_forms(token: Optional[Token]) -> set[str]:
    """The forms of the words of a noun's phrase before the noun, where a compound's modifiers
    stand ("improvised explosive devices"; not "devices, including ... explosives")."""
    return set() if token is None else {f for t in token.subtree if t.i < token.i for f in _forms(t)}


def _qualified_forms(forms, wanted: frozenset, needs: dict, token: Optional[Token]) -> set[str]:
    """The forms of ``forms`` in ``wanted`` whose word needs no modifier, or has one of those it
    needs before ``token`` in its phrase (``needs``: word -> modifiers, the pattern's slot)."""
    found = set(forms) & wanted
    if needs and found & needs.keys():
        mods = _premodifier_forms(token)
        found = {f for f in found if f not in needs or needs[f] & mods}
    return found


def _context(token: Token):
    """(object token, its modifier words, [(prep, pobj token or None, its forms)], subject forms,
    subject token or None). The children and their labels are read off ``doc_cache`` (the same
    children, in the same text order, as ``Token.children``): a Token is made only for a child
    that is returned."""
    doc = token.doc
    children, deps, lowers = token_children(doc), token_deps(doc), token_lowers(doc)
    objects = [c for c in children[token.i] if deps[c] in ("dobj", "obj", "nsubjpass", "attr")]
    obj = doc[objects[0]] if objects else None
    mods = _modifier_forms(obj)
    preps = []
    for head in [token.i] + ([obj.i] if obj is not None else []):
        for child in children[head]:
            if deps[child] in PREP_DEPS:
                pobjs = [c for c in children[child] if deps[c] in ("pobj", "pcomp")]
                pobj = doc[pobjs[0]] if pobjs else None
                if pobj is None and head == token.i and token.dep_ in ("acl", "relcl") \
                        and token.head.pos_ in ("NOUN", "PROPN"):
                    pobj = token.head  # "the reforms called for by the OAS": the moved object
                preps.append((lowers[child], pobj, _forms(pobj) if pobj is not None else frozenset()))
    subjects = [c for c in children[token.i] if deps[c] == "nsubj"]
    subject_token = doc[subjects[0]] if subjects else None
    subject = _forms(subject_token) if subject_token is not None else set()
    return obj, mods, preps, subject, subject_token


def _matches(pattern: dict, obj, obj_forms, mods, preps, subject, subject_token=None) -> Optional[list]:
    words = []
    needs = pattern["qualified"]
    if pattern["object"]:
        if obj is None or not (obj_forms & pattern["object"]):
            return None
        if "object" in needs and not _qualified_forms(obj_forms, pattern["object"], needs["object"], obj):
            return None  # "emergency communications devices" are no &WEAPON device
        words.append(obj)
    for word in pattern["object_words"]:
        if word not in mods:
            return None
    for prep, nouns in pattern["preps"]:
        # a pattern's preposition heads a phrase: a stranded one ("will not stand by while ...",
        # the idiom of staying passive) matches no "STAND BY *" pattern
        # an open one ("FLY (IN)" [071], flying aid in) takes no date or time: "flew more than 14,700
        # sorties in 2015" says when, no phrase the pattern names
        found = next((pobj for p, pobj, forms in preps if p == prep and pobj is not None
                      and (_qualified_forms(forms, nouns, needs.get(prep), pobj) if nouns
                           else pobj.ent_type_ not in TIME_ENTITIES)), False)
        if found is False:
            return None
        if found is not None and nouns:
            words.append(found)
    if pattern["subject"] and not _qualified_forms(subject, pattern["subject"], needs.get("subject"),
                                                   subject_token):
        return None
    return words


def _describe(key: str, pattern: dict) -> str:
    parts = [key]
    if pattern.get("object"):
        parts.append("+ " + " ".join(pattern.get("object_words", [])[:2] + [pattern["object"][0]]))
    for prep, nouns in pattern.get("preps", []):
        parts.append(f"({prep}{' ' + nouns[0] if nouns else ''})")
    return " ".join(parts)


# Doc.user_data key of the senses found in a Doc: (token index, lemma, particle indexes) -> Sense
# or None. A sense reads only the parse and lemmas (deps, children, subtree, lemma_, lower_),
# which spaCy's parser and lemmatizer set before any newsgraph component and which no newsgraph
# component changes (none sets a token's head, dep or lemma, none retokenizes: doc_cache), so it
# stays right for the Doc's life; the events component and the story typer ask for the same
# verbs' senses.
_SENSES_KEY = "ng_cameo_senses"


def sense(token: Token, lemma: str, particles: list) -> Optional[Sense]:
    """The sense the most specific matching CAMEO pattern gives ``token`` (a verb), else None;
    found once per Doc, verb lemma and particles."""
    memo = token.doc.user_data.setdefault(_SENSES_KEY, {})
    key = (token.i, lemma, tuple(p.i for p in particles))
    if key not in memo:
        memo[key] = _sense(token, lemma, particles)
    return memo[key]


def release_senses(doc) -> None:
    """Drop the senses memo of ``doc`` (a later ``sense`` call finds them again). A Sense's
    ``words`` are Tokens, which hold their Doc, so the memo kept in ``Doc.user_data`` makes a
    Doc -> Token -> Doc cycle that only the cycle collector frees; its last reader (the story
    typer, the last pipe) releases it so a processed Doc goes when the pipeline lets it go."""
    doc.user_data.pop(_SENSES_KEY, None)


def _sense(token: Token, lemma: str, particles: list) -> Optional[Sense]:
    lex = load()
    keys = [f"{lemma} {p.lower_}" for p in particles] + [lemma]
    context = None
    for key in keys:
        ranked = lex.patterns.get(key)
        if not ranked:
            continue
        if context is None:
            context = _context(token)
            obj, mods, preps, subject, subject_token = context
            obj_forms = _forms(obj) if obj is not None else frozenset()
        own_only = lex.defaults.get(key) in STATEMENT_CODES
        disapproval = lex.defaults.get(key) in ACCUSATION_CODES
        verb = key.split()[0]
        for pattern in _candidates(lex, key, obj_forms):
            if pattern["own_verb"] is not None and pattern["own_verb"] != verb:
                continue
            if own_only and pattern["source"].get("verb") != verb:
                # a verb CAMEO codes as a statement (ADDRESS [010]) shares its block with verbs of
                # other senses (OVERSEE_MANAGE: monitor, order, lead): "MONITOR + SITUATION" [092]
                # does not make "addressing the situation" an investigation
                continue
            if disapproval and pattern["source"].get("verb") != verb \
                    and not (pattern["code"] or DISAPPROVAL_ROOT).startswith(DISAPPROVAL_ROOT):
                continue  # "accused ... of crimes": an accusation, not a synonym's conviction (173)
            words = _matches(pattern, obj, obj_forms, mods, preps, subject, subject_token)
            if words is None:
                continue
            code = pattern["code"]
            mapped = lex.codes.get(code) if code else None
            if mapped is None:
                return Sense(None, None, None, _describe(key, pattern["source"]), tuple(words))
            return Sense(code, mapped[0], mapped[1], _describe(key, pattern["source"]), tuple(words))
    return None


def default(lemma: str, particles: list) -> Optional[Sense]:
    """The verb's own (or its synonym block's) CAMEO code without context, if it has one."""
    lex = load()
    for key in [f"{lemma} {p.lower_}" for p in particles] + [lemma]:
        code = lex.defaults.get(key)
        if code and lex.codes.get(code):
            event_type, mode = lex.codes[code]
            return Sense(code, event_type, mode, key, ())
    return None
