"""Place actors: a city, region or site acting or acted on is coded by the state it lies in.

PLOVER lets a location be an event's actor or target (an ASSAULT on a city, a visit to a
capital: PLOVER_MANUAL.tex); POLECAT and Phoenix code such an actor by its state, as CAMEO codes a
city by its country's code. The state of a place entity comes, in order, from

1. the article itself: a mention written "<place>, <State or place>" ("Erbil, Iraq", "Tucson,
   Arizona": the English address convention names the larger unit after a comma);
2. the reading coref chose between several (``EntityRecord.country``, ``resolve.places.local_reading``);
3. the gazetteer when every reading lies in one state (``resolve.places.place_states``: GeoNames
   cities, U.S. states, capitals, ISO 3166-2 subdivisions: "Xinjiang" -> CHN), else the reading
   the article's other places support (``local_reading``);
4. a locative postmodifier of the name's phrase: "the Faktur-Druk printing house in Kharkiv",
   "Valongo Wharf in Rio de Janeiro" (a site lies where its "in" phrase says; ACE 2005 FAC).

A facility the NER took for an organisation with no state ("Faktur-Druk", head noun in
``facility_heads``) is placed by rule 4 too. A plural head naming several states ("the governments
of South East Asia", "Southeast Asian coastal states") whose only name is a region or place is a
set of states (``state_set_head``): the linker keys it as no place and gives it no state. The word
lists are data: ``lexicons/place_actors.yaml``. These functions read the parse and mentions only.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Optional

import yaml

from newsgraph.errors import ModelError
from newsgraph.nlp.doc_cache import doc_text

LEXICON = Path(__file__).resolve().parent / "lexicons" / "place_actors.yaml"


@functools.lru_cache(maxsize=1)
def _lexicon() -> dict:
    try:
        data = yaml.safe_load(LEXICON.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ModelError(f"cannot read place-actor lexicon {LEXICON}: {exc}", source=str(LEXICON)) from exc
    return {name: frozenset(str(w).lower() for w in data.get(name) or [])
            for name in ("facility_heads", "locative_preps", "set_heads")}


_MEMO_KEY = "ng_place_actor_memo"


def _memo(doc) -> dict:
    """Per-Doc memo of the rules' results by entity key (linking asks once per actor slot, and a
    place's state depends only on the article's mentions): rebuilt when the mention list changes
    (another list, or mentions added to it)."""
    mentions = doc._.ng_mentions or []
    signature = (id(mentions), len(mentions))
    memo = doc.user_data.get(_MEMO_KEY)
    if memo is None or memo["signature"] != signature:
        memo = doc.user_data[_MEMO_KEY] = {"signature": signature, "written": {}, "gazetteer": {}, "evidence": None}
    return memo


def _mention_state(doc, mention, seen: frozenset = frozenset()) -> Optional[str]:
    """ISO3 of a country mention, or of a place mention whose own state is known (rules 2-3)."""
    entity = (doc._.ng_entities or {}).get(mention.entity_key) if mention.entity_key else None
    if entity is None or mention.kind == "pronoun":
        return None
    if entity.type == "country":
        return entity.code or entity.country
    if entity.type == "place" and entity.key not in seen:
        found = _gazetteer_state(doc, entity)
        return found[0] if found else None
    return None


def _gazetteer_state(doc, entity) -> Optional[tuple[str, str]]:
    memo = _memo(doc)["gazetteer"]
    if entity.key not in memo:
        memo[entity.key] = _gazetteer_state_of(doc, entity)
    return memo[entity.key]


def _gazetteer_state_of(doc, entity) -> Optional[tuple[str, str]]:
    from newsgraph.resolve.places import evidence_from, local_reading, place_states

    if entity.country:
        return entity.country, entity.reason or f"{entity.name} lies in {entity.country}"
    states = place_states(entity.name)
    if len(states) == 1:
        state = next(iter(states))
        return state, f"{entity.name} lies in {state} (gazetteer)"
    if states:
        memo = _memo(doc)
        if memo["evidence"] is None:
            memo["evidence"] = evidence_from(doc._.ng_mentions or [])
        decision = local_reading(entity.name, memo["evidence"])
        if decision is not None:
            return decision.reading.country, decision.reason
    return None


def _mentions_of(doc, key: str) -> list:
    return [m for m in doc._.ng_mentions or [] if m.entity_key == key and m.kind != "pronoun"]


def _larger_unit(doc, mention) -> Optional[str]:
    """ISO3 when ``mention`` names a unit a place may lie in: a state, a U.S. state or an ISO
    3166-2 subdivision ("Iraq", "Arizona", "Sonora"); None for a city (a list of cities)."""
    from newsgraph.resolve.places import is_us_state, subdivision_state

    entity = (doc._.ng_entities or {}).get(mention.entity_key) if mention.entity_key else None
    if entity is None or mention.kind == "pronoun":
        return None
    if entity.type == "country":
        return entity.code or entity.country
    if entity.type == "place" and is_us_state(entity.name):
        return "USA"
    if entity.type == "place":
        return subdivision_state(entity.name)
    return None


_LIST_GOES_ON = re.compile(r"\s*(?:,\s*)?(?:and|or|&)\b|\s*,\s*(?=[A-Z])")


def _written_with_state(doc, entity) -> Optional[tuple[str, str]]:
    """Rule 1: "<place>, <State>" in the article ("Erbil, Iraq", "Tucson, Arizona"), unless the
    state is an item of a list ("Paris, Germany and Italy", "Paris, Germany, Italy")."""
    memo = _memo(doc)["written"]
    if entity.key not in memo:
        memo[entity.key] = _written_with_state_of(doc, entity)
    return memo[entity.key]


def _written_with_state_of(doc, entity) -> Optional[tuple[str, str]]:
    memo = _memo(doc)
    if "by_start" not in memo:
        memo["by_start"] = {}
        for o in sorted((o for o in doc._.ng_mentions or [] if o.entity_key), key=lambda o: o.start):
            memo["by_start"].setdefault(o.start, []).append(o)
    text = doc_text(doc)
    for m in _mentions_of(doc, entity.key):
        gap = re.match(r"\s*,\s*", text[m.end:m.end + 4])
        if gap is None:
            continue
        at = m.end + gap.end()
        after = next((o for o in memo["by_start"].get(at, ()) if o.entity_key != entity.key), None)
        if after is None or _LIST_GOES_ON.match(text, after.end):
            continue
        state = _larger_unit(doc, after)
        if state:
            return state, f"written '{m.text}, {after.text}'"
    return None


def _phrase_head(token):
    """The noun a name modifies inside its phrase ("Faktur-Druk" -> "house" in "the Faktur-Druk
    printing house"), else the name's own root."""
    while token.dep_ in ("compound", "amod", "nmod") and token.head.i != token.i and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head
    return token


def _mention_heads(doc, entity, start: Optional[int], end: Optional[int]):
    """(mention, head token of its noun phrase) for each mention of ``entity`` (within the
    character span ``start``..``end`` when given)."""
    for m in _mentions_of(doc, entity.key):
        if start is not None and end is not None and not (start <= m.start < end):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            yield m, _phrase_head(span.root)


def _located_in(doc, entity, start: Optional[int] = None, end: Optional[int] = None) -> Optional[tuple[str, str]]:
    """Rule 4: the state of the place a locative postmodifier of the name's phrase names ("the
    Faktur-Druk printing house in Kharkiv")."""
    lex = _lexicon()
    mentions = [m for m in doc._.ng_mentions or [] if m.entity_key and m.entity_key != entity.key]
    for m, head in _mention_heads(doc, entity, start, end):
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in lex["locative_preps"]:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                where = next((o for o in mentions if o.start <= obj.idx < o.end), None)
                state = _mention_state(doc, where, frozenset({entity.key})) if where is not None else None
                if state:
                    return state, f"'{head.text} {prep.text} {where.text}'"
    return None


def place_state(doc, entity, start: Optional[int] = None, end: Optional[int] = None) -> Optional[tuple[str, str]]:
    """(ISO3, reason) of the state a place entity lies in (rules 1-4 of the module docstring),
    None where nothing places it in one state ("Geneva" alone: Switzerland or a U.S. town)."""
    from newsgraph.nlp.entities import is_region

    if entity is None or entity.type != "place" or is_region(entity.name):
        return None
    if start is not None and end is not None and is_region(doc_text(doc)[start:end]):
        return None  # "Central America" the coref read as a town "Central": a region, no one state
    return _written_with_state(doc, entity) or _gazetteer_state(doc, entity) or _located_in(doc, entity, start, end)


def facility_state(doc, entity, start: Optional[int], end: Optional[int]) -> Optional[tuple[str, str]]:
    """(ISO3, reason) for an organisation with no state that names a facility placed by a locative
    phrase ("the Faktur-Druk printing house in Kharkiv" -> UKR): the name's phrase is headed by a
    ``facility_heads`` noun or the NER labelled it a facility (FAC). None otherwise (an embassy
    "in Kyiv" is another state's: embassies are no facility head)."""
    if entity is None or entity.type != "organization":
        return None
    for m, head in _mention_heads(doc, entity, start, end):
        if m.label == "FAC" or head.lemma_.lower() in _lexicon()["facility_heads"] \
                or head.lower_ in _lexicon()["facility_heads"]:
            return _located_in(doc, entity, start, end)
    return None


def state_set_head(doc, entity, start: Optional[int], end: Optional[int]) -> Optional[str]:
    """The head word when the actor phrase at ``start``..``end`` is a plural naming several states
    ("the governments of South East Asia", "Southeast Asian coastal states", "countries in the
    Americas") whose name is a region or a place (``entity``), else None. The name only says which
    states: the set is no place, and acts for no one state."""
    if entity is None or entity.type not in ("place", "region") or start is None or end is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    if head.tag_ not in ("NNS", "NNPS") or head.lower_ not in _lexicon()["set_heads"]:
        return None
    own = [m for m in _mentions_of(doc, entity.key) if start <= m.start < end]
    if not own or any(m.start <= head.idx < m.end for m in own):
        return None  # the head is part of the name itself ("the United States", "Member States")
    for m in own:
        named = doc.char_span(m.start, m.end, alignment_mode="expand")
        root = named.root if named is not None else None
        if root is None:
            continue
        if root.head.i == head.i and root.dep_ in ("amod", "compound", "nmod", "poss"):
            return head.lower_  # "Southeast Asian coastal states"
        if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.i == head.i:
            return head.lower_  # "the governments of South East Asia", "countries in the Americas"
    return None  # the name modifies something else ("leaders of U.S.-based ... groups")
