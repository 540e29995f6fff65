"""Coordinated state words on one head noun: "the U.S. and Mexican governments", "Iranian and
Bolivian defence ministers", "Chinese and Russian warships", "American and Canadian citizens".

English distributes a coordinated modifier over its head: "the U.S. and Mexican governments" are
the U.S. government and the Mexican government. PLOVER codes an actor as one state plus a sector
(POLECAT ``lexicons/actor_sectors.yaml``), so the phrase is one actor per state, each in the
sector its head noun gives (Phoenix agents, ``lexicons/actor_agents.yaml``: governments, ministers
GOV; warships, troops MIL; citizens CVL; the project's heads for several states' governments,
``context_agents.yaml`` ``multi_state_heads``: leaders, delegations GOV). The event layer acts
with each member as it does with coordinated subjects ("Chile, Norway and Japan welcome ...": side
by side; "X and Y met": the two sides of one meeting); the linker codes each member's span (from
its state word to the head noun, events 0.8.175: "U.S. and Mexican governments" for the U.S.,
"Mexican governments" for Mexico) with the head's sector. Not members: coordinated noun phrases ("the U.S. and its
allies"), one state's two offices ("the Mexican foreign and economy ministers"), regions ("Latin
American and Caribbean partners"), "or" ("Russian or Chinese warships").

Input: spaCy tokens (``state_members``) or a ``Doc`` and a member's character offsets
(``member_code``); output the member tokens in text order, or an ``ActorCode``; [] / None when the
phrase is no such coordination.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from newsgraph.nlp.actor_heads import person_word
from newsgraph.nlp.context_states import head_agent_sector, multi_state_head
from newsgraph.nlp.coordination import first_conjunct
from newsgraph.nlp.doc_cache import doc_ents
from newsgraph.resolve.actors import ActorCode, agent_sector
from newsgraph.resolve.countries import lookup_country

_MODIFIER_DEPS = ("amod", "nmod", "compound")


def _state_text(token: Token) -> str:
    """The words of the state name ``token`` ends ("United States" for "States"), else its text."""
    if token.ent_type_ in ("GPE", "NORP"):
        for ent in doc_ents(token.doc):
            if ent.start <= token.i < ent.end:
                return ent.text
    return token.text


def _state(token: Token) -> Optional[str]:
    """The alpha-3 code of the state ``token`` names as a demonym or name, else None."""
    country = lookup_country(_state_text(token))
    return country.alpha3 if country is not None else None


def head_sector(head: Token) -> Optional[str]:
    """The sector of an actor head noun with its compounds ("defence ministers": GOV, "warships":
    MIL), from the Phoenix agents, the project's head agents, its heads for several states'
    governments or envoys (context_agents.yaml ``multi_state_heads``: "leaders", "delegations",
    "sides": GOV, one state's each) or force nouns; None for a noun that names no actor ("flags",
    "teams")."""
    compounds = [c.text for c in head.lefts if c.dep_ == "compound" and _state(c) is None]
    # the adjectives between the last state word and the head are part of the agent noun
    # ("Russian and Belarusian military officials": Phoenix MILITARY_OFFICIAL ~MIL, not
    # OFFICIAL ~GOV); the longest agents phrase wins (agent_sector)
    modifiers = [c.text for c in head.lefts if c.dep_ in ("amod", "compound") and _state(c) is None
                 and not any(_state(m) is not None for m in head.doc[c.i + 1:head.i])]
    found = agent_sector(" ".join([*modifiers, head.text])) if modifiers else None
    found = found or agent_sector(" ".join([*compounds, head.text])) or agent_sector(head.text)
    if found is not None and found.sector:
        return found.sector
    sector = head_agent_sector(head.text)
    if sector:
        return sector
    if multi_state_head(head.text):
        # "Chinese and American leaders": each state's leaders, who act for its government
        return "GOV"
    # the project's force nouns (event_words.yaml ``force_nouns``: troop, force, warship, ...), as
    # the event layer reads them: MIL where Phoenix lists no agent for the bare plural ("forces").
    # Imported here: events imports this module.
    from newsgraph.nlp.events import FORCE_NOUNS

    return "MIL" if head.lemma_.lower() in FORCE_NOUNS else None


def _elliptical_state(member: Token, head: Token) -> Optional[str]:
    """The alpha-3 code of the state a modifier of an elliptical coordination names with the
    words after the last conjunct ("North" + "Korea" in "North and South Korea": PRK), else None."""
    last = max([member, *member.conjuncts], key=lambda t: t.i)
    tail = head.doc[last.i + 1:head.i + 1].text if last.i < head.i else ""
    country = lookup_country(f"{member.text} {tail}") if tail else None
    return country.alpha3 if country is not None else None


def elliptical_members(head: Token) -> list[Token]:
    """The conjuncts of an elliptical coordination of state names on the proper noun ``head``
    ("North" and "South" in "North and South Korea"; English shares the head word across the
    conjuncts, so the phrase is two states, PRK and KOR), in text order; [] unless every conjunct
    with the shared words is a country name the gazetteer (pycountry and the project's additions,
    ``resolve.countries``) knows and the states differ."""
    if head.pos_ != "PROPN":
        return []
    return _coordinated_states(head, lambda member: _elliptical_state(member, head))


def elliptical_member_span(token: Token) -> Optional[tuple[int, int]]:
    """Character span of one conjunct of an elliptical coordination of state names as an actor:
    the conjunct alone ("North"), the last with the shared words ("South Korea"); None when
    ``token`` is no such conjunct. (The NER tags the whole phrase one place.)"""
    head = member_head(token)
    if head is None or head.pos_ != "PROPN":
        return None
    last = max([token, *token.conjuncts], key=lambda t: t.i)
    end = head if token.i == last.i else token
    return token.idx, end.idx + len(end)


def state_members(head: Token) -> list[Token]:
    """The state words coordinated by "and" before the plural actor noun ``head`` ("U.S." and
    "Mexican" in "the U.S. and Mexican governments"), in text order, or the conjuncts of an
    elliptical coordination of state names (``elliptical_members``: "North and South Korea");
    [] when the noun has no such modifier, any conjunct names no state ("Latin American and
    Caribbean partners") or the noun names no actor ("Russian and Belarusian flags"). A noun of
    people with no sector of its own (actor_heads.person_nouns: "the U.S. and Brazilian
    participants") is distributed too, since 0.7.680: English coordination is the same, and
    each member is that state's people, in no sector (``member_code``)."""
    if head.pos_ == "PROPN":
        return elliptical_members(head)
    if head.tag_ not in ("NNS", "NNPS") or head.pos_ != "NOUN":
        return []
    members = _coordinated_states(head, _state)
    return members if members and (head_sector(head) or person_word(head)) else []


def _coordinated_states(head: Token, state_of) -> list[Token]:
    """The modifiers of ``head`` coordinated by "and" ("U.S." and "Mexican"; "North" and "South"),
    in text order, when each names a different state by ``state_of`` (token -> alpha-3 or None);
    [] otherwise. The first such modifier decides."""
    for first in head.lefts:
        if first.dep_ not in _MODIFIER_DEPS:
            continue
        members = [first, *[c for c in first.conjuncts if first.i < c.i < head.i]]
        joined = any(c.dep_ == "cc" and c.lower_ == "and" for m in members for c in m.children)
        states = {state_of(m) for m in members}
        if len(members) >= 2 and joined and None not in states and len(states) == len(members):
            return members
    return []


def member_head(token: Token) -> Optional[Token]:
    """The head noun whose coordinated state words ``token`` is one of, else None."""
    first = token
    first = first_conjunct(first)
    head = first.head
    return head if first.dep_ in _MODIFIER_DEPS and token.i in {m.i for m in state_members(head)} else None


def member_code(doc, start: Optional[int], end: Optional[int]) -> Optional[ActorCode]:
    """The code of the actor span ``start``:``end`` (characters) when it is one state word of a
    coordination on a head noun ("Mexican" in "the U.S. and Mexican governments"): that state in
    the head noun's sector (MEX GOV), or in none for a noun of people with no sector ("Brazilian"
    in "the U.S. and Brazilian participants": BRA, no sector); None otherwise."""
    if start is None or end is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    if root.pos_ == "PROPN" and len(span) > 1 and getattr(member_head(span[0]), "i", None) == root.i \
            and elliptical_member_span(span[0]) == (start, end):
        root = span[0]  # "South Korea" of "North and South Korea": its conjunct names the state
    elif root.pos_ == "NOUN" and len(span) > 1:
        # "U.S. and Brazilian participants" / "Brazilian participants" (events._actor_span): the
        # first member in the span (the words of its state name first: "United States") is the
        # state its phrase is told for
        root = next((t for t in span if getattr(member_head(t), "i", None) == root.i), root)
    head = member_head(root)
    if head is None:
        return None
    if head.pos_ == "PROPN":  # "North" of "North and South Korea": a state named as the actor (GOV, as a bare name)
        return ActorCode(_elliptical_state(root, head), "GOV",
                         f"one of the states an elliptical coordination names on '{head.text}' ({root.text})")
    return ActorCode(_state(root), head_sector(head),
                     f"one of the states coordinated on '{head.text}' ({_state_text(root)})")


def and_name_tails(conjuncts: list[Token]) -> set[int]:
    """Token indices of the conjuncts that only close a state name with "and" in it, begun by the
    conjunct before ("Barbuda" in "Antigua and Barbuda and Guatemala", "Tobago", "the Grenadines"):
    the parser splits such a name at its "and", but the gazetteer (pycountry and the project's
    additions, ``resolve.countries``) knows the whole words as one state, so they are one member,
    not two. ``conjuncts`` in text order; each name spans from the earlier conjunct's left edge to
    the later conjunct, with no comma inside."""
    tails: set[int] = set()
    for first, later in zip(conjuncts, conjuncts[1:]):
        if first.i in tails or later.i <= first.i:
            continue
        words = first.doc[first.left_edge.i:later.i + 1]
        if any(t.lower_ == "and" for t in words) and not any(t.text in (",", ";") for t in words) \
                and lookup_country(words.text) is not None:
            tails.add(later.i)
    return tails
