"""Statements about an earlier-reported event, found through a referring event noun.

"This deal disguised as a counternarcotics fight is a joke" names no party of the deal, but
"This deal" refers back to the agreement the article reported before. ``references(content)``
finds definite or demonstrative noun phrases headed by an event noun (lexicon:
``lexicons/event_anaphora.yaml`` for the determiners, ``plover_triggers.yaml`` ``nouns`` and
``light_phrases`` for the nouns and their PLOVER types). ``antecedents(refs, events, before)``
picks, for each reference, the events of the most recent earlier sentence reporting a
compatible event: its PLOVER type is one the noun carries, or its trigger contains the noun
("launched strikes" for "these strikes").

Shapes: a reference is ``{"cue": "This deal", "noun": "deal", "types": ["AGREE", "SUPPORT"],
"start": int, "end": int}`` (offsets into the content); an event is a dict with ``id``,
``incident_id``, ``type``, ``mode``, ``trigger``, ``start``, ``end``.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Iterable, Optional

import yaml

# the pipeline's lexicons (nlp/lexicons), read without importing the pipeline (and spaCy)
LEXICON_DIR = Path(__file__).resolve().parents[1] / "nlp" / "lexicons"


COMPONENT = "event_anaphora"
VERSION = "1.0"


def _singular(word: str) -> str:
    word = word.lower()
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


@functools.lru_cache(maxsize=1)
def lexicon() -> tuple[dict[str, frozenset], re.Pattern]:
    """The event nouns with their compatible PLOVER types, and the referring-phrase pattern."""
    triggers = yaml.safe_load((LEXICON_DIR / "plover_triggers.yaml").read_text(encoding="utf-8"))
    settings = yaml.safe_load((LEXICON_DIR / "event_anaphora.yaml").read_text(encoding="utf-8"))
    types: dict[str, set] = {noun: {code.partition("/")[0]} for noun, code in triggers["nouns"].items()}
    halting = {v.replace("_", " ") for v in triggers.get("halting_verbs", [])}
    for phrase, code in (triggers.get("light_phrases") or {}).items():
        verb, _, noun = phrase.rpartition(" ")
        if noun in types and verb not in halting:
            types[noun].add(code.partition("/")[0])
    nouns = sorted(types, key=len, reverse=True)
    forms = "|".join(re.escape(n) + "(?:s|es)?" if not n.endswith("y") else re.escape(n[:-1]) + "(?:y|ies)"
                     for n in nouns)
    dets = "|".join(re.escape(d) for d in settings["determiners"])
    # a modifier is any word but a stop word (pronoun, auxiliary, preposition): "that they
    # attack" is a clause, not a noun phrase
    # imported here: spaCy takes ~0.6 s to import, and a query that finds the graph fresh never
    # reads a reference
    from spacy.lang.en.stop_words import STOP_WORDS

    stop = "|".join(re.escape(w) for w in sorted(STOP_WORDS, key=len, reverse=True))
    modifier = rf"(?!(?:{stop})\s)[\w’'-]+\s+"
    pattern = re.compile(
        rf"\b(?P<det>{dets})\s+(?P<mods>(?:{modifier}){{0,{int(settings['max_modifiers'])}}}?)(?P<noun>{forms})\b",
        re.IGNORECASE)
    return {n: frozenset(t) for n, t in types.items()}, pattern


def references(content: str) -> list[dict]:
    """The event-noun phrases in ``content`` that refer back to an event ("this agreement")."""
    types, pattern = lexicon()
    out = []
    for m in pattern.finditer(content or ""):
        noun = _singular(m["noun"])
        if noun not in types:
            continue
        out.append({"cue": m.group(0), "noun": noun, "types": sorted(types[noun]), "start": m.start(), "end": m.end()})
    return out


def _compatible(ref: dict, event: dict) -> Optional[str]:
    """Why ``event`` can be what ``ref`` refers to, or None."""
    if event["type"] in ref["types"]:
        return f"{event['type']} is a type of '{ref['noun']}'"
    trigger = {_singular(w) for w in re.findall(r"[\w-]+", event.get("trigger") or "")}
    if ref["noun"] in trigger:
        return f"its trigger '{event['trigger']}' names a {ref['noun']}"
    return None


def antecedents(refs: Iterable[dict], events: list[dict], before: int) -> list[dict]:
    """For each reference, the events it refers to: those of the latest sentence starting before
    ``before`` (the statement's sentence start) with a compatible event that has an incident.
    A reference whose phrase names actors (``ref["named"]``: identity ids) refers only to an
    event with them all as actors ("The La Paz-Tehran alliance" is not the La Paz-Caracas one). Returns ``{"event": event, "ref": ref, "why": str}`` items."""
    out = []
    earlier = sorted((e for e in events if e["start"] < before and e.get("incident_id") is not None),
                     key=lambda e: e["start"], reverse=True)
    for ref in refs:
        found = [(e, why) for e in earlier if (why := _compatible(ref, e))
                 and set(ref.get("named") or ()) <= {e.get("source_id"), e.get("target_id")}]
        if not found:
            continue
        latest = found[0][0]["start"]
        out += [{"event": e, "ref": ref, "why": why} for e, why in found if e["start"] == latest]
    return out


def explain(ref: dict, event: dict, why: str) -> str:
    """One line an analyst reads: which phrase, which earlier report, and why it fits."""
    article = "an" if ref["noun"][:1] in "aeiou" else "a"
    return (f"'{ref['cue']}' refers back to the most recent earlier report of {article} {ref['noun']}: "
            f"{event['type']} '{event.get('trigger') or ''}' ({event.get('source_text') or '?'} -> "
            f"{event.get('target_text') or '?'}) at characters {event['start']}-{event['end']}; {why} "
            f"({COMPONENT} {VERSION})")
