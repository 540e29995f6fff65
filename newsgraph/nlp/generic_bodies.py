"""Generic state bodies: an institution every state has, placed by its context and keyed per state.

"The National Assembly", "the Supreme Court", "the Ministry of Defence", "the Central Bank",
"the Constitutional Court", "the Foreign Ministry" name an institution of the kind every state
has: the Phoenix/CAMEO agents dictionary lists these phrases as *agents* (a sector with no
state, which the coder prefixes with the state its context gives: "Venezuelan National Assembly"
-> VENLEG), not as named actors. Such a name is unique only within one state, so an article
that writes it bare relies on its context for whose it is, and two states' bodies of that name
are two bodies. Coref keys an organisation by its name (``org:national-assembly``) unless its own
words or a possessor give a state; this pass places a bare generic body by its context and keys
it per state (``org:ven:national-assembly``), so Venezuela's and Nicaragua's National Assembly
never share a key, and the identity layer never merges them by the bare name.

A name is generic (``generic_body_sector``) when the whole name is made of words the agents
dictionary uses, its head noun is inside the agent phrase that gives it a state sector (GOV,
LEG, JUD, MIL, POL, SPY), no word names a state, and no Phoenix named-actor, IGO or international
list knows it ("Senate" is listed as the U.S. Senate; "Bolivarian National Guard" has a word of
its own). Its state, for each mention, is the first of:

1. its own phrase: a state's name or demonym premodifying its head that the NER left out ("the
   Saudi Interior Ministry");
2. a coordinated or apposed co-actor ("the Ukrainian Border Guard Service and National Police",
   "for the National Assembly and for the government of Venezuela"): an organisation's state, or
   the state that modifies the co-actor or is its "of" complement; English coordination lets one
   conjunct's state stand for the list. A country or place coordinated with the body is a party of
   its own ("Colombia and the National Assembly signed"), not the body's state;
3. its clause's place: the one state that is the object of a locative preposition ("in Nicaragua")
   on the body, on what governs it up to its clause's top, or on those governors' subjects
   ("Protesters in Venezuela praised the National Assembly"; the clause ends at the complement of
   a speech verb, so "Migrants in Colombia said the National Assembly praised him" places
   nothing), or the state that heads with a colon
   the verbless line governing it ("Germany: Jan Muster, State Secretary at the Federal Ministry of
   the Interior"), leaving out the publisher's own state
   (in a state institution's release); two such states or more compete and place nothing. A state
   in an object, after "to", "on", "against" or "with", or in a noun complement of the act is the
   act's object, destination or counterpart ("attacks on Ukraine", "deportations to Venezuela", "a
   border dispute with Costa Rica") and places nothing, nor does the doer of what governs the body
   (its clause's subject or possessor: "Russia condemned the parliament's vote" says nothing of
   whose parliament);
4. the one state the article's other mentions of the same name were placed in by 1-3;
5. the state the article is about (``context_states.article_focus``), unless that state is the
   doer of the body's clause.

A bare mention coref joined to one state's body of the name (after "the National Assembly of
Nicaragua") moves to another state's body only where step 1 or 2 places it there
(``_split_bare_mentions``).

In a state institution's release a body its state has (``bodies_not_held`` lists the ones it
does not: the U.S. has no ministries or national assembly) is left to the linker, which may read
it as the publisher's own ("Congress" on state.gov). A mention placed nowhere keeps its bare key.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from newsgraph.nlp.folding import slugify
from newsgraph.nlp.types import EntityRecord, Mention
from newsgraph.resolve.countries import lookup_country

# words that make a body international or several states', never one state's
_INTERNATIONAL = re.compile(r"\b(?:United\s+Nations|UN|International|European|World|Global|Inter-American|African\s+Union)\b")
_LINK_WORDS = frozenset({"of", "the", "and", "for", "on", "s"})
# head nouns of the institutions of a state's constitutional order that every state has, under one
# name or another: its legislature ("National Assembly", "Congress", "Parliament"), its courts
# ("Supreme Court", "Constitutional Court"), its ministries ("Ministry of Defence", "Foreign
# Ministry"), its central bank and its national police. Armed services, agencies and
# "administrations" are left out: their names are a state's own more often than a kind's
# ("Air Force" on af.mil, "Small Business Administration").
_INSTITUTION_HEADS = frozenset({"assembly", "congress", "parliament", "legislature", "court", "tribunal",
                                "ministry", "ministries", "bank", "police"})
_LEGISLATURE_WORDS = frozenset({"congress", "parliament", "legislature"})
# the principal organs of the United Nations (UN Charter, Article 7) whose names a state body may
# also bear: bare, they are more often the UN's than any state's
_UN_ORGANS = frozenset({"general assembly", "security council", "economic and social council", "trusteeship council",
                        "international court of justice", "secretariat"})

PLACED_REASON = "a body every state has ('{name}'), placed in {state} by {how}"


@functools.lru_cache(maxsize=1)
def _agent_words() -> frozenset[str]:
    from newsgraph.resolve.actors import _agents

    table, _ = _agents()
    return frozenset(w for phrase in table for w in phrase)


def _bare(text: str) -> str:
    """``text`` with its whitespace runs made single spaces and a leading "the"/"The" dropped."""
    return re.sub(r"^(?:the|The)\s+", "", " ".join(text.split()))


def _head(words: list[str]) -> Optional[str]:
    """The head noun of a name: the last word before its first "of"/"for" complement, else its last word."""
    for i, w in enumerate(words):
        if w in ("of", "for") and i:
            return words[i - 1]
    return words[-1] if words else None


@functools.lru_cache(maxsize=4096)
def generic_body_sector(name: Optional[str]) -> Optional[str]:
    """The state sector of an organisation name that names an institution every state has
    ("National Assembly": LEG, "Ministry of Defence": GOV, "Supreme Court": JUD), else None."""
    from newsgraph.nlp.entities import org_keywords
    from newsgraph.resolve.actors import (agent_match, intergovernmental_organ, international_body, named_actor,
                                          state_sectors)

    if not name:
        return None
    name = re.sub(r"['’]s$", "", _bare(name))
    if not name or _INTERNATIONAL.search(name):
        return None  # "International Court of Justice" is no state's
    if name in org_keywords() and name.lower() not in _LEGISLATURE_WORDS:
        # "the Ministry", "the Court" alone: a state has many, so the bare word picks one named
        # before (the linker reads it); it has one legislature, which "Parliament" names
        return None
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", name)]
    if not words or any(w not in _LINK_WORDS and w not in _agent_words() for w in words):
        return None  # a word of its own ("Bolivarian National Guard", "Knesset"): a proper name
    tokens = name.split()
    for size in (3, 2, 1):
        for i in range(len(tokens) - size + 1):
            found = lookup_country(" ".join(tokens[i:i + size]))
            if found is not None and found.matched_as in ("name", "alias", "demonym"):
                return None  # the name places itself
    if named_actor(name) or intergovernmental_organ(name) or international_body(name):
        return None
    match = agent_match(name)
    if match is None or match[0].sector not in state_sectors():
        return None
    code, phrase = match
    head = _head(words)
    if head is None or head not in _INSTITUTION_HEADS or " ".join(words) in _UN_ORGANS:
        return None
    phrase_words = phrase.lower().split()
    if not any(head == w or head.rstrip("s") == w.rstrip("s") for w in phrase_words):
        return None  # the agent word only modifies the head ("Attorney General's Office")
    return code.sector


@functools.lru_cache(maxsize=4096)
def listed_whole_name(name: Optional[str]) -> bool:
    """Whether the whole name, a state's name or demonym included, is one of its own: a Phoenix
    named actor, IGO or international body ("Syrian National Council", "African National
    Congress"). Such a name is no state's generic body."""
    from newsgraph.resolve.actors import intergovernmental_organ, international_body, named_actor

    if not name:
        return False
    bare = _bare(name)
    return bool(named_actor(bare) or intergovernmental_organ(bare) or international_body(bare))


def _premodifier_state(doc, head, before: Optional[int] = None) -> Optional[str]:
    """ISO3 of a state's name, alias or demonym that premodifies ``head`` in the parse (an amod,
    compound, nmod or poss dependent before it, from its left edge: "the Saudi Interior Ministry",
    "Venezuela's opposition"), only a dependent before token ``before`` where given (one the
    NER left out of the name). As ``demonym_people._state_before_head`` reads a state before a
    sector noun."""
    for child in head.children:
        if child.i >= head.i or child.dep_ not in ("amod", "compound", "nmod", "poss"):
            continue
        if before is not None and child.i >= before:
            continue
        words = [t.text for t in doc[child.left_edge.i:child.i + 1] if t.lower_ not in ("the", "'s", "’s")]
        found = lookup_country(" ".join(words)) if words else None
        if found is not None and found.matched_as in ("name", "alias", "demonym"):
            return found.alpha3
    return None


def _state_before(doc, span) -> Optional[str]:
    """ISO3 of a state's name or demonym premodifying the span's head outside the span, which the
    NER left out of the organisation ("the Saudi Interior Ministry")."""
    return _premodifier_state(doc, span.root, before=span.start)


def _mention_state(entity: Optional[EntityRecord]) -> Optional[str]:
    if entity is None:
        return None
    if entity.type in ("country", "place"):
        from newsgraph.nlp.context_states import entity_state

        return entity_state(entity)
    if entity.type == "organization":
        return entity.country
    return None


def _co_actors(span) -> list:
    """Head tokens of the phrases coordinated or apposed with the span's head ("the Ukrainian
    Border Guard Service and National Police"), also across coordinated prepositions ("backing for
    the National Assembly and for the interim government of Venezuela")."""
    from newsgraph.nlp.coordination import first_conjunct

    root = span.root
    linked = []
    if root.dep_ in ("conj", "appos"):
        linked.append(first_conjunct(root.head) if root.dep_ == "conj" else root.head)
    linked += [c for c in root.children if c.dep_ in ("conj", "appos")]
    if root.dep_ == "conj":
        first = first_conjunct(root)
        linked += [c for c in first.children if c.dep_ == "conj" and c.i != root.i]
    prep = root.head
    if root.dep_ == "pobj" and prep.dep_ in ("prep", "conj") and prep.i != root.i:
        preps = [prep] + [c for c in prep.children if c.dep_ == "conj"]
        if prep.dep_ == "conj":
            first = first_conjunct(prep)
            preps += [first] + [c for c in first.children if c.dep_ == "conj"]
        linked += [c for p in preps if p.i != prep.i for c in p.children if c.dep_ == "pobj"]
    return [t for t in linked if not span.start <= t.i < span.end]


def _mentions_at(token, mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if m.start <= token.idx < m.end and m.entity_key]


def _of_state(token, mentions: list[Mention], entities: dict) -> Optional[str]:
    """ISO3 of the country that is the "of" complement of a noun ("the government of Venezuela")."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i < token.i:
            continue
        for obj in prep.children:
            for m in _mentions_at(obj, mentions) if obj.dep_ == "pobj" else ():
                entity = entities.get(m.entity_key)
                if entity is not None and entity.type == "country":
                    return _mention_state(entity)
    return None


def _linked_states(doc, span, mentions: list[Mention], entities: dict) -> set[str]:
    """States of the organisations coordinated with or apposed to the span's head ("the Ukrainian
    Border Guard Service and National Police"), and of a state's name or demonym that modifies
    such a co-actor or is its "of" complement ("the Venezuelan opposition and the National
    Assembly", "for the National Assembly and for the government of Venezuela"). A country or
    place coordinated with the body is a party of its own ("Colombia and the National Assembly
    signed"), never the body's state."""
    states = set()
    for token in _co_actors(span):
        records = [entities.get(m.entity_key) for m in _mentions_at(token, mentions)]
        if any(r is not None and r.type in ("country", "place") for r in records):
            continue  # a state or place as a party beside the body
        placed = {r.country for r in records if r is not None and r.type == "organization" and r.country}
        if not placed:
            state = _premodifier_state(doc, token) or _of_state(token, mentions, entities)
            if state:
                placed = {state}
        states |= placed
    return states


def _doer_tokens(span) -> set[int]:
    """Indices of the tokens of the subjects and possessors of what governs the span, up to its
    clause's verb, with their conjuncts ("The United States and Canada condemned the Supreme
    Court's decision": the condemners, the other side of the act, not the court's state)."""
    governors, walk = set(), span.root
    while walk.head.i != walk.i:
        walk = walk.head
        governors.add(walk.i)
        if walk.pos_ in ("VERB", "AUX"):
            break
    while walk.dep_ == "conj" and walk.head.pos_ in ("VERB", "AUX") and walk.head.i != walk.i:
        walk = walk.head  # coordinated predicates share their subject
        governors.add(walk.i)
    doc = span.doc
    return {t.i for g in governors for c in doc[g].children
            if c.dep_ in ("nsubj", "nsubjpass", "poss", "agent") and c.i not in governors and c.i != span.root.i
            for t in c.subtree}


# prepositions whose object locates the act or its actor ("in Nicaragua"); a state after "to",
# "on", "against", "with" is the act's object, destination or counterpart, never the body's place
_LOCATIVE_PREPS = frozenset({"in", "inside", "within"})


def _anchor_tokens(span) -> set[int]:
    """Indices of the tokens a locative of the body's own clause may attach to: the body's head,
    what governs it up to its clause's top, and the subjects of those governors ("Protesters in
    Venezuela praised the National Assembly"). The walk stops at the complement of a speech verb
    (a ccomp or parataxis under "said"): the speaker's clause and its subject are the report's,
    not the body's ("Migrants in Colombia said the National Assembly praised him" says nothing of
    whose assembly; "officials in Kenya said the Assembly approved" neither)."""
    from newsgraph.nlp.name_cues import _is_speech_verb

    walk = span.root
    anchors = {walk.i}
    while walk.head.i != walk.i:
        if walk.dep_ in ("ccomp", "parataxis") and _is_speech_verb(walk.head):
            break  # the body's clause is what is said: the sayer's clause is not its own
        walk = walk.head
        anchors.add(walk.i)
    doc = span.doc
    heads = set(anchors)
    for i in heads:
        token = doc[i]
        for c in token.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i not in anchors:
                anchors.add(c.i)
                anchors.update(x.i for x in c.conjuncts)
        if token.dep_ == "conj" and token.pos_ in ("VERB", "AUX"):
            # coordinated predicates share their subject
            for c in token.head.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    anchors.add(c.i)
    return anchors


def _is_locative(token, anchors: set[int]) -> bool:
    """Whether the token (or the first of its conjuncts) is the object of a locative preposition
    attached to one of ``anchors``."""
    from newsgraph.nlp.coordination import first_conjunct

    token = first_conjunct(token) if token.dep_ == "conj" else token
    prep = token.head
    return (token.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in _LOCATIVE_PREPS
            and prep.head.i in anchors and prep.head.i != prep.i)


def _is_label(where, anchors: set[int]) -> bool:
    """Whether the state's name is the label of a verbless line that governs the body ("Germany:
    Jan Muster, State Secretary at the Federal Ministry of the Interior": a list of delegations,
    each line headed by its state and a colon)."""
    root = where.root
    after = where.end
    return (root.dep_ == "ROOT" and root.i in anchors and root.pos_ not in ("VERB", "AUX")
            and after < len(where.doc) and where.doc[after].text == ":" and where.doc[after].head.i == root.i)


def _sentence_states(doc, span, mentions: list[Mention], entities: dict, own: Optional[str]) -> tuple[set, set]:
    """(states named in the span's sentence as a locative of the body's own clause, less ``own``;
    the states only the doer of what governs the span names). A state in an object, the object of
    "to"/"on"/"against"/"with" or a noun complement of the act ("attacks on Ukraine",
    "deportations to Venezuela", "a border dispute with Costa Rica") is no locative."""
    sent = span.sent
    doer_chars = [(doc[i].idx, doc[i].idx + len(doc[i].text)) for i in _doer_tokens(span)]
    anchors = _anchor_tokens(span)
    named, doers = set(), set()
    for m in mentions:
        if not (sent.start_char <= m.start < sent.end_char) or span.start_char <= m.start < span.end_char:
            continue
        entity = entities.get(m.entity_key) if m.entity_key else None
        if entity is None or entity.type not in ("country", "place"):
            continue
        state = _mention_state(entity)
        if not state or state == own:
            continue
        where = doc.char_span(m.start, m.end, alignment_mode="expand")
        if where is not None and len(where) and (_is_locative(where.root, anchors) or _is_label(where, anchors)):
            named.add(state)
        elif any(a <= m.start < b for a, b in doer_chars):
            doers.add(state)
    return named, doers - named


def _place(doc, m: Mention, mentions, entities, own, sentence: bool = True) -> tuple[Optional[str], Optional[str], set]:
    """(ISO3, how, doer states) for one mention from its phrase, its coordinated actors and its sentence."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return None, None, set()
    before = _state_before(doc, span)
    if before:
        return before, "the state named right before it", set()
    linked = _linked_states(doc, span, mentions, entities) - ({own} if own else set())
    if len(linked) == 1:
        return next(iter(linked)), "the state of the actor coordinated with it", set()
    if len(linked) > 1:
        return None, "competing", set()
    if not sentence:
        return None, None, set()
    named, doers = _sentence_states(doc, span, mentions, entities, own)
    if len(named) == 1:
        return next(iter(named)), "the one state its clause names as its place", doers
    if len(named) > 1:
        return None, "competing", doers
    return None, None, doers


def place_generic_bodies(doc, outlet: Optional[str] = None) -> None:
    """Re-key each mention of a generic state body that has no state (``org:<slug>``) as its
    context's state's body (``org:<iso3>:<slug>``, the record's ``country`` set and ``reason``
    saying why). Needs ``doc._.ng_mentions`` and ``doc._.ng_entities`` (coref's)."""
    from newsgraph.nlp.context_states import article_focus
    from newsgraph.resolve.actors import bodies_not_held, outlet_identity, releasing_state

    mentions = doc._.ng_mentions or []
    entities = doc._.ng_entities or {}
    if not any(e.type == "organization" for e in entities.values()):
        return
    own = releasing_state(outlet_identity(outlet if outlet is not None else doc._.ng_outlet))
    foreign = bodies_not_held(own)

    def placeable(names) -> bool:
        # a state's release: only a body its state does not have is another state's by context
        return not own or any(re.search(rf"\b{re.escape(w)}\b", n.lower()) for w in foreign for n in names)

    _split_bare_mentions(doc, mentions, entities, own, placeable)
    bare = {key: e for key, e in entities.items()
            if e.type == "organization" and key.count(":") == 1 and not e.country and generic_body_sector(e.name)
            and placeable((e.name, *e.aliases))}
    if not bare:
        return
    focus = None
    focus_done = False
    for key, entity in bare.items():
        named = [m for m in mentions if m.entity_key == key and m.kind not in ("pronoun", "title")]
        placed: dict[int, tuple[str, str]] = {}
        unplaced, doers_of = [], {}
        for m in named:
            state, how, doers = _place(doc, m, mentions, entities, own)
            if state:
                placed[id(m)] = (state, how)
            elif how != "competing":
                unplaced.append(m)
                doers_of[id(m)] = doers
        states = {s for s, _ in placed.values()}
        for m in unplaced:
            if len(states) == 1:
                placed[id(m)] = (next(iter(states)), "the state its other mentions in the article are placed in")
                continue
            if states:
                continue  # its other mentions are several states' bodies: which is not said
            if not focus_done:
                focus, focus_done = article_focus(doc, own), True
            if focus and focus not in doers_of[id(m)]:
                placed[id(m)] = (focus, "the state the article is about")
        if not placed:
            continue
        slug = key.split(":", 1)[1]
        for m in named:
            if id(m) not in placed:
                continue
            state, how = placed[id(m)]
            new = f"org:{state.lower()}:{slug}"
            if new not in entities:
                entities[new] = _placed_record(new, entity.name, state, how, list(entity.aliases), entity)
            m.entity_key = new
        # a description or pronoun coref tied to the bare name follows the nearest name before it
        by_start = sorted((m.start, m.entity_key) for m in named)
        for m in mentions:
            if m.entity_key == key and m.kind in ("pronoun", "title"):
                before = [k for s, k in by_start if s <= m.start]
                m.entity_key = before[-1] if before else by_start[0][1]
        if not any(m.entity_key == key for m in mentions):
            entities.pop(key, None)


def _placed_record(key: str, name: str, state: str, how: str, aliases: list, like: EntityRecord) -> EntityRecord:
    """The record of the body ``name`` placed in ``state`` (ISO3) under ``key``, its reason saying
    ``how``, made by the same component and version as ``like``, the record it is split from."""
    return EntityRecord(key=key, name=name, type="organization", country=state, aliases=aliases,
                        reason=PLACED_REASON.format(name=name, state=state, how=how),
                        component=like.component, version=like.version)


def _split_bare_mentions(doc, mentions: list[Mention], entities: dict, own: Optional[str], placeable) -> None:
    """A bare mention ("the National Assembly") that coref joined to one state's body of that name
    ("the National Assembly of Nicaragua" earlier) while its own phrase, a coordinated actor or
    an actor coordinated with it places in another state ("the Venezuelan National Assembly",
    "the Venezuelan opposition and the National Assembly"; ``_place`` steps 1-2) is that other
    state's body: the bare name is unique only within a state, so the phrase's own context wins
    over the name's earlier use. A state its sentence merely names does not move it (the earlier
    use is stronger than a sentence's topic), nor does the article's focus."""
    from newsgraph.nlp.coref import _org_name

    for m in mentions:
        entity = entities.get(m.entity_key) if m.entity_key else None
        if entity is None or entity.type != "organization" or not entity.country or m.kind in ("pronoun", "title"):
            continue
        name = _org_name(m.text)
        if not generic_body_sector(name) or not placeable((name,)):
            continue  # the mention's own words place it, or it is no generic body
        state, how, _doers = _place(doc, m, mentions, entities, own, sentence=False)
        if not state or state == entity.country:
            continue
        new = f"org:{state.lower()}:{slugify(name)}"
        if new not in entities:
            surface = _bare(m.text)
            entities[new] = _placed_record(new, name, state, how, [surface] if surface != name else [], entity)
        old, m.entity_key = m.entity_key, new
        if not any(x.entity_key == old for x in mentions):
            entities.pop(old, None)
