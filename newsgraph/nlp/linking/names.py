"""Entity keys and names: the entity a span's mentions give (``_key_for_span``), states,
organisations and people added to the article (``_country_key``, ``_add_mention``), the voices of a
joint statement, and actors the NER tagged nowhere or mistook (designated, listed, company and
regime names, a place taken for a person). Builds on ``lexicon``; reads the package's
``COMPONENT`` and ``VERSION``."""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import Optional, TYPE_CHECKING

from newsgraph.nlp.coordination import first_conjunct
from newsgraph.nlp.timex import NUMBER_WORDS
from newsgraph.nlp.actor_heads import designated_kind, owned_entity_phrases, person_word
from newsgraph.nlp.context_states import article_focus, title_states
from newsgraph.nlp.coref import entity_key_for_span, slugify
from newsgraph.nlp.entities import common_english_word, org_keywords
from newsgraph.nlp.folding import fold_phrase as _fold
from newsgraph.nlp.doc_cache import doc_text, expanded_span
from newsgraph.nlp.types import EntityRecord, Mention
from newsgraph.resolve.actors import (ActorCode, agent_sector, first_person_plural, named_actor,
                                      office_holder_by_surname, outlet_identity, releasing_state, state_sectors)
from newsgraph.resolve.countries import country_name, lookup_country

from newsgraph.nlp.linking import COMPONENT, VERSION
from newsgraph.nlp.linking.lexicon import LINKING_WORDS, _BARE_INSTITUTION, _title_heads

if TYPE_CHECKING:  # annotations only: ``coder`` builds on this module
    from newsgraph.nlp.linking.coder import ActorCoder


def _key_for_span(doc, start: Optional[int], end: Optional[int], prefer_types: tuple[str, ...] = ()) -> Optional[str]:
    """The entity whose mention best overlaps the span: mentions of ``prefer_types`` first,
    then the largest overlap (coref's choice, which also knows pronouns and surnames)."""
    if start is None or end is None:
        return None
    if prefer_types:
        best, best_overlap = None, 0
        for mention in doc._.ng_mentions or []:
            overlap = min(end, mention.end) - max(start, mention.start)
            if mention.entity_key and mention.type in prefer_types and overlap > best_overlap:
                best, best_overlap = mention.entity_key, overlap
        if best:
            return best
    return entity_key_for_span(doc, start, end)


# Prepositions of a locative adjunct: "in Berlin", "at the border" say where the act or the
# person is, not who (English grammar: a place phrase after a person noun is an adjunct)
_LOCATIVE_ADJUNCT_PREPS = frozenset({"in", "at"})
_PLACE_TYPES = frozenset({"place", "country", "gpe", "location", "city", "region"})


def _actor_key_for_span(doc, start: Optional[int], end: Optional[int], adjuncts=None) -> Optional[str]:
    """The entity an event's actor span names (``_key_for_span``), leaving out a place named only
    in a locative "in"/"at" phrase after the span's head noun (``_locative_adjuncts``, or
    ``adjuncts``, its memo from ``locative_adjuncts_memo``): "the German chancellor in Berlin" is
    no key of Berlin's (the head and its demonym code it, as for "the German chancellor"). None
    where the span is missing or names nothing else."""
    if start is None or end is None:
        return None
    skip = (adjuncts or functools.partial(_locative_adjuncts, doc))(start, end)
    if not skip:
        return _key_for_span(doc, start, end)
    return entity_key_for_span(doc, start, end, skip)


def _drop_locative_tail(doc, event, adjuncts=None) -> None:
    """Ends an unkeyed actor span of ``event`` (source, target) before a locative "in"/"at" phrase
    that closes it and names a place (``_locative_adjuncts``), where a demonym gives the state:
    "met the German chancellor in Berlin" -> the actor "German chancellor", coded as the bare title is; the phrase says where
    the act happened or the person was, not who acted. Changes ``<side>_end`` and
    ``<side>_text`` in place; nothing else. ``adjuncts``: as for ``_actor_key_for_span``."""
    for side in ("source", "target"):
        start, end = getattr(event, f"{side}_start"), getattr(event, f"{side}_end")
        if getattr(event, f"{side}_key") or start is None or end is None:
            continue
        cut = _locative_adjunct_cut(doc, start, end, adjuncts)
        if cut is not None:
            setattr(event, f"{side}_end", cut)
            setattr(event, f"{side}_text", " ".join(doc_text(doc)[start:cut].split()))


# mention types whose name ``_whole_name`` restores to an actor span cut inside it (no person: a
# person mention may hold a title, "Speaker Nancy Pelosi")
_WHOLE_NAME_TYPES = frozenset({"organization"})
# a coordinator and a determiner: the start of a second noun phrase ("... and the Department of State")
_SECOND_PHRASE = re.compile(r"\b(?:and|or)\s+(?:the|a|an)\b", re.IGNORECASE)


def _whole_name(doc, event) -> None:
    """Widens a keyed actor span of ``event`` (source, target) that lies strictly inside one name
    mention of its own entity to that mention: the parser's actor span follows the NER's names, so
    where the entities found a name it missed ("the request of the Municipality of Livorno asking
    ...", no NER entity) the span is the head word alone ("Municipality"), though the actor is the
    named body. Never over the trigger or the other side's span, nor over a second noun phrase
    coordinated with the span's (a coordinator before a determiner). Changes ``<side>_start``,
    ``<side>_end`` and ``<side>_text`` in place; nothing else."""
    text = doc_text(doc)
    for side, other in (("source", "target"), ("target", "source")):
        key = getattr(event, f"{side}_key")
        start, end = getattr(event, f"{side}_start"), getattr(event, f"{side}_end")
        if not key or start is None or end is None:
            continue
        names = [m for m in doc._.ng_mentions or [] if m.entity_key == key and m.kind == "name"
                 and m.type in _WHOLE_NAME_TYPES and m.start <= start and end <= m.end and (m.start, m.end) != (start, end)]
        if len(names) != 1:
            continue
        name = names[0]
        if any(_SECOND_PHRASE.search(part) for part in (text[name.start:start], text[end:name.end])):
            # "the Department of the Treasury and the Department of State" as one mention: a
            # determiner after the coordinator opens a second noun phrase, no part of this name
            continue
        a, b = getattr(event, f"{other}_start"), getattr(event, f"{other}_end")
        if a is not None and b is not None and a < name.end and name.start < b:
            continue
        if event.trigger_start is not None and event.trigger_end is not None \
                and event.trigger_start < name.end and name.start < event.trigger_end:
            continue
        setattr(event, f"{side}_start", name.start)
        setattr(event, f"{side}_end", name.end)
        setattr(event, f"{side}_text", " ".join(text[name.start:name.end].split()))


def _locative_adjunct_cut(doc, start: int, end: int, adjuncts=None) -> Optional[int]:
    """The character offset where the span [start, end) would end without a closing locative
    adjunct (the end of the word before its preposition) when a demonym before the head gives
    the actor's state ("the German chancellor in Berlin"), else None."""
    span = expanded_span(doc, start, end)
    if span is None or not (adjuncts or functools.partial(_locative_adjuncts, doc))(start, end):
        return None
    # only a demonym before the head keeps the actor's state once the phrase is gone: without one
    # the place is the coder's one cue to it ("officials in Moscow" are Russia's officials)
    if not any(m.kind == "demonym" and m.entity_key and start <= m.start and m.end <= span.root.idx
               for m in doc._.ng_mentions or []):
        return None
    for prep in span.root.rights:
        if prep.dep_ == "prep" and prep.lower_ in _LOCATIVE_ADJUNCT_PREPS and prep.right_edge.i == span.end - 1 \
                and prep.i > span.start and prep.i > span.root.i:
            before = doc[prep.i - 1]
            return before.idx + len(before.text)
    return None


def _state_of_place(doc, entity) -> Optional[str]:
    """The state a place entity is or lies in (its ``country``, else ``place_actors.place_state``)."""
    from newsgraph.nlp.place_actors import place_state

    if entity is None:
        return None
    found = place_state(doc, entity)
    return entity.country or (found[0] if found else None)


def locative_adjuncts_memo(doc):
    """``_locative_adjuncts`` of ``doc`` as a function of (start, end) that computes each span
    once: an unkeyed actor side is asked twice (``_drop_locative_tail``, then
    ``_actor_key_for_span`` on the same span when nothing was cut), and one actor span serves
    several events. Only for a pass in which no mention or entity of the Doc changes (the result
    reads both): the linker's loop over the events, made anew for each Doc."""
    return functools.lru_cache(maxsize=None)(functools.partial(_locative_adjuncts, doc))


def _locative_adjuncts(doc, start: int, end: int) -> frozenset:
    """(start, end) character offsets of the place mentions inside [start, end) that stand in a
    locative "in"/"at" prepositional phrase attached to the span's head, when that head is a common
    noun of a person, title or body ("chancellor", "grand jury": ``person_word`` or an agent word
    of ``agent_sector``) that no named mention covers: "the German chancellor in Berlin", "a
    federal grand jury in the Southern District". Empty for a named head ("the U.S. Embassy in
    Berlin" keys the embassy anyway), an "of" phrase, which names the owner ("the Government of
    Ukraine", "the people of Ukraine"), or a span whose head is not such a noun."""
    span = expanded_span(doc, start, end)
    if span is None or not len(span):
        return frozenset()
    head = span.root
    if head.pos_ != "NOUN":
        return frozenset()
    mentions = [m for m in doc._.ng_mentions or [] if m.entity_key is not None]
    if any(m.kind != "demonym" and m.start <= head.idx < m.end for m in mentions):
        return frozenset()
    # the head with the words before it ("grand jury": an agent word of two words)
    heads = [doc[i:head.i].text.lower() + " " + head.lemma_.lower() for i in range(max(span.start, head.i - 2), head.i)]
    if not (person_word(head) or any(agent_sector(words) is not None for words in [head.lemma_.lower(), *heads])):
        return frozenset()
    # without a demonym in the span, a place the article sets in a state ("civilians in Bucha",
    # place:ukr:bucha) is the one cue to the actor's state: it keeps keying the span
    demonym = any(m.kind == "demonym" and start <= m.start and m.end <= end for m in mentions)
    entities = doc._.ng_entities or {}
    found = set()
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ not in _LOCATIVE_ADJUNCT_PREPS or prep.i >= span.end:
            continue
        objects = [t for t in prep.children if t.dep_ == "pobj"]
        if not objects:
            continue
        phrase = doc[objects[0].left_edge.i:objects[0].right_edge.i + 1]
        lo, hi = phrase.start_char, phrase.end_char
        found.update((m.start, m.end) for m in mentions
                     if m.type in _PLACE_TYPES and m.kind != "demonym" and lo <= m.start and m.end <= hi
                     and (demonym or not _state_of_place(doc, entities.get(m.entity_key))))
    return frozenset(found)


def _key_by_name(doc, text: str) -> Optional[str]:
    """The organisation whose name or alias is ``text`` (or ends it: "news agency IRNA")."""
    wanted = " ".join(text.split()).casefold()
    for key, entity in (doc._.ng_entities or {}).items():
        if entity.type != "organization":
            continue
        for name in (entity.name, *entity.aliases):
            name = name.casefold()
            if wanted == name or wanted.endswith(" " + name):
                return key
    return None


def _key_by_initials(doc, text: Optional[str]) -> Optional[str]:
    """The one organisation named in the article whose name's initials are ``text``, an
    all-capitals acronym the NER left untagged ("OFAC is prohibiting ..." after "the Office of
    Foreign Assets Control"); None for any other text or when no or several names fit. The
    acronym rule is coref's (``_initials``: stop words such as "of", "the" skipped)."""
    from newsgraph.nlp.coref import _initials

    short = (text or "").replace(".", "").strip()
    if not (short.isupper() and short.isalpha() and 2 <= len(short) <= 12):
        return None
    found = {key for key, entity in (doc._.ng_entities or {}).items()
             if entity.type == "organization" and any(
                 len(name.split()) >= 2 and _initials(name) == short for name in (entity.name, *entity.aliases))}
    return found.pop() if len(found) == 1 else None


# verbs whose subject holds the unit or mission it has, runs or fields ("the OSCE did have a
# special monitoring mission", "the UN operates a mission"): the holder owns the object
_HOLDING_VERBS = frozenset({"have", "run", "operate", "field", "maintain", "deploy", "establish"})


def _key_by_spelled_phrase(doc, text: Optional[str]) -> Optional[str]:
    """The key of the one named body that owns the common noun phrase an untagged all-capitals
    acronym spells ("Russia vetoed the mandate of the SMM" after "the OSCE did have a ... special
    monitoring mission"): an acronym stands for the words its letters begin (``coref._initials``),
    and a body's mission or unit, named by no name of its own, is coded by the body, as "a member
    of" it is. The owner is the phrase noun's possessor ("the OSCE's monitoring mission"), a named
    modifier before it ("the OSCE monitoring mission"), its "of" object, or the subject of a verb
    of holding it (``_HOLDING_VERBS``). None unless exactly one owner is found."""
    from newsgraph.nlp.coref import _initials

    short = (text or "").replace(".", "").strip()
    if not (short.isupper() and short.isalpha() and 2 <= len(short) <= 6):
        return None
    owners = set()
    for token in doc:
        if token.pos_ != "NOUN" or token.lower_[:1] != short[-1].lower():
            continue  # (the phrase's head noun gives the acronym's last letter)
        spelled = None
        for size in range(2, len(short) + 2):
            first = token.i - size + 1
            if first < token.left_edge.i or first < 0:
                break
            window = doc[first:token.i + 1]
            if any(t.pos_ not in ("ADJ", "NOUN", "PROPN") or t.ent_type_ for t in window):
                break
            if _initials(window.text) == short:
                spelled = window
                break
        if spelled is None:
            continue
        candidates = [c for c in token.children if c.dep_ == "poss"]
        candidates += [t for t in doc[token.left_edge.i:spelled.start] if t.ent_type_ == "ORG"]
        candidates += [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                       if o.dep_ == "pobj"]
        if token.dep_ in ("dobj", "obj") and token.head.lemma_.lower() in _HOLDING_VERBS:
            candidates += [c for c in token.head.children if c.dep_ == "nsubj"]
        for owner in candidates:
            if owner.ent_type_ != "ORG":
                continue
            key = _key_for_span(doc, owner.idx, owner.idx + len(owner.text), ("organization",))
            if key:
                owners.add(key)
    return owners.pop() if len(owners) == 1 else None


def _is_first_person_plural(text: Optional[str]) -> bool:
    return bool(text) and _fold(text) in first_person_plural()


def _country_key(doc, alpha3: Optional[str], start: Optional[int] = None, end: Optional[int] = None,
                 text: Optional[str] = None) -> Optional[str]:
    """``country:<ISO3>``, adding the entity (and a pronoun mention at the span) when the article
    had no mention of it."""
    if not alpha3:
        return None
    key = f"country:{alpha3}"
    entities = doc._.ng_entities
    if entities is None:
        entities = doc._.ng_entities = {}
    if key not in entities:
        name = country_name(alpha3) or alpha3
        entities[key] = EntityRecord(key=key, name=name, type="country", code=alpha3, country=alpha3,
                                     component=COMPONENT, version=VERSION)
    if start is not None and end is not None and text:
        _add_mention(doc, start, end, text, "country", key, "pronoun")
    return key


def _add_mention(doc, start: int, end: int, text: str, type_: str, key: str, kind: str) -> None:
    """A mention of entity ``key`` at ``start``:``end`` (characters) added to the Doc's mentions,
    kept in text order, unless one stands at that span already."""
    mentions = doc._.ng_mentions if doc._.ng_mentions is not None else []
    if not any(m.start == start and m.end == end for m in mentions):
        mentions.append(Mention(start=start, end=end, text=text, type=type_, entity_key=key, kind=kind,
                                component=COMPONENT, version=VERSION))
        mentions.sort(key=lambda m: (m.start, m.end))
        doc._.ng_mentions = mentions


def _issuer_names(doc, issuers: str, states: list[str]) -> Optional[list[str]]:
    """The names of a joint document's issuers in the order its title lists them ("U.S.-EU-Canada"
    -> United States, EU, Canada): each piece between hyphens, commas and "and" is a state of
    ``states`` (by its country name) or an intergovernmental organisation Phoenix names (sector
    IGO: "EU", "NATO", "OAS"). None where no such organisation is among them or where the pieces
    do not give every state of ``states``."""
    from newsgraph.nlp.context_states import title_states

    names, seen, organisations = [], set(), 0
    for piece in re.split(r"\s*(?:[-\u2013,:]|\band\b)\s*", issuers):
        piece = re.sub(r"^(?:the|The)\s+", "", piece.strip())
        if not piece:
            continue
        found = [state for state in title_states(doc, piece) if state in states and state not in seen]
        if found:
            seen.update(found)
            names.extend(country_name(state) or state for state in found)
            continue
        code = named_actor(piece) if piece[:1].isupper() else None
        if code is not None and code.sector == "IGO" and not code.acts_for and piece not in names:
            names.append(piece)
            organisations += 1
    if not organisations or seen != set(states):
        return None
    return names


def _voice_group_key(name: str) -> str:
    """The key of the group entity for a joint statement's signatories named ``name``."""
    return "group:" + slugify(name)[:120].rstrip("-")


def _joint_members(doc, name: str) -> list[tuple[str, str]]:
    """(key, ISO3 or "") of each signatory a joint voice's name lists ("Canada, Mexico and United
    States"; "Foreign Ministers of Austria, Brazil, ..." after its title; "United States, EU and
    Canada"): a state by its country name, an intergovernmental organisation by its entity in the
    article. [] when any piece is neither (the voice stays one group)."""
    listed = re.split(r"\s+of\s+(?:the\s+)?", name, maxsplit=1)[-1] if " of " in name else name
    members: list[tuple[str, str]] = []
    for piece in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", listed):
        piece = re.sub(r"^(?:the|The)\s+", "", piece.strip())
        country = lookup_country(piece) if piece else None
        # "the United States Secretary of State": the one state a signatory's title names
        states = [] if country is not None or not piece else list(dict.fromkeys(title_states(doc, piece)))
        state = country.alpha3 if country is not None else (states[0] if len(states) == 1 else "")
        key = f"country:{state}" if state else (_key_by_name(doc, piece) if piece else None)
        if key is None:
            return []
        members.append((key, state))
    return members if len(members) >= 2 else []


def _split_joint_voices(doc, coder: "ActorCoder", events: list) -> list:
    """One event per signatory for each act of a joint statement's voice that names no group of
    its own ("Joint Statement of the United States and Germany": "We recommit ourselves to push
    back against Russian aggression"): as co-subjects act side by side ("Chile, Norway and Japan
    welcome the report", PLOVER: each state is a source; POLECAT codes once per source-target
    pair), each state acts; a named group (the G7, a coalition) keeps its own entity. Shapes:
    events in, events out (copies with the member as source, its state and the voice's sector)."""
    joint = coder.joint_voice
    if joint is None or joint[1] is not None or not events:
        return events
    key = _voice_group_key(joint[3])
    if not any(e.source_key == key for e in events):
        return events
    members = _joint_members(doc, joint[3])
    if not members:
        return events
    out = []
    for event in events:
        if event.source_key != key:
            out.append(event)
            continue
        for member, state in members:
            if member == event.target_key:
                continue  # (a signatory is no party to its own act towards itself)
            copy = dataclasses.replace(event, evidence_spans=list(event.evidence_spans))
            copy.source_key = _country_key(doc, state) if state else member
            code = coder.for_key(member) if not state else None
            copy.source_acts_for = state or (code.acts_for if code is not None else None)
            copy.source_sector = event.source_sector if state else (code.sector if code is not None else None)
            copy.explanation = (copy.explanation or "") + \
                f"; source '{event.source_text}' -> {member}, one signatory of the joint statement of {joint[3]}"
            out.append(copy)
    return out


def _voice_key(doc, joint: tuple, start: Optional[int], end: Optional[int], text: Optional[str]) -> Optional[str]:
    """The entity a joint statement's "we" is (``ActorCoder.joint_voice``): the named group's own
    entity ("org:g7"), else a group entity for the signatories named by their appositive, added
    with a mention at the "we" so the fact keeps its span."""
    _offset, key, code, name = joint
    entities = doc._.ng_entities
    if entities is None:
        entities = doc._.ng_entities = {}
    if key is None:
        key = _voice_group_key(name)
        if key not in entities:
            entities[key] = EntityRecord(key=key, name=name, type="group", acts_for=code.acts_for, sector=code.sector,
                                         reason=code.reason, component=COMPONENT, version=VERSION)
    if start is not None and end is not None and text:
        _add_mention(doc, start, end, text, entities[key].type, key, "pronoun")
    return key


_UNTAGGED_NAME = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z]*$|^(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+$")


def _introduced_name(doc, coder: "ActorCoder", text: Optional[str], start: Optional[int],
                     end: Optional[int]) -> Optional[tuple[str, ActorCode]]:
    """(key, code) of an actor named by a proper name the NER tagged nowhere ("RosKomNadzor has
    threatened ...") whose first occurrence in the article introduces it as a state body
    (``ActorCoder.introduced_body``); the organisation is added to the article's entities with
    a mention at the actor span. None otherwise."""
    if not text or start is None or end is None or not _UNTAGGED_NAME.match(text.strip()):
        return None
    name = text.strip()
    if lookup_country(name) is not None or agent_sector(name) is not None:
        return None
    first = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", doc_text(doc))
    span = expanded_span(doc, first.start(), first.end()) if first else None
    if span is None or first.start() >= start and first.start() != start:
        return None
    code = coder.introduced_body(span)
    if code is None:
        return None
    key = "org:" + slugify(name)
    entities = doc._.ng_entities if doc._.ng_entities is not None else {}
    if key not in entities:
        entities[key] = EntityRecord(key=key, name=name, type="organization", country=code.acts_for, reason=code.reason,
                                     component=COMPONENT, version=VERSION)
        doc._.ng_entities = entities
    coder.remember(key, code)
    mentions = doc._.ng_mentions if doc._.ng_mentions is not None else []
    for a, b in sorted({(first.start(), first.end()), (start, end)}):
        if not any(m.start == a and m.end == b for m in mentions):
            mentions.append(Mention(start=a, end=b, text=name, type="organization", entity_key=key,
                                    kind="name", component=COMPONENT, version=VERSION))
    mentions.sort(key=lambda m: (m.start, m.end))
    doc._.ng_mentions = mentions
    return key, code


def _place_named_body(doc, coder: "ActorCoder", entity: EntityRecord) -> Optional[tuple[str, Optional[ActorCode]]]:
    """(key, code) of an actor the NER took for a place whose name is a state's government
    ("Republic of Yemen Government": the state, as PLOVER codes a government) or a body the
    Phoenix named actors list ("United States Trade Representative": USA GOV); the body is
    added to the article's organisations. None for a place's name."""
    from newsgraph.nlp.coref import _government_of

    government = _government_of(entity.name)
    if government is not None and government.matched_as in ("name", "alias", "demonym") \
            and _fold(entity.name) != _fold(government.name):
        return _country_key(doc, government.alpha3), coder.for_key(f"country:{government.alpha3}")
    named = named_actor(entity.name)
    if named is None:
        return None
    key = _organisation_entity(doc, coder, entity.name, named.reason, named.acts_for)
    return key, coder.for_key(key)


def _conjuncts(token) -> list:
    """Every conjunct of the coordination ``token`` stands in, itself included, the first one
    (the head the others hang on as "conj" in spaCy's parse) first: "Russia-1, Channel One, and
    NTV" from any of the three."""
    conjuncts, todo = [], [first_conjunct(token)]
    while todo:
        node = todo.pop()
        conjuncts.append(node)
        todo += [c for c in node.children if c.dep_ == "conj"]
    return conjuncts


def _listed_name(doc, coder: "ActorCoder", text: Optional[str], start: Optional[int],
                 end: Optional[int]) -> Optional[tuple[str, Optional[ActorCode]]]:
    """(key, code) of an actor the NER tagged nowhere that is a proper name coordinated with
    organisations it did tag ("designating Russia-1, Channel One, and NTV"): a list joins like
    with like, so the name is an organisation, added with a mention at the actor span; None
    when a conjunct is not an organisation or the words are not a proper name."""
    span = expanded_span(doc, start, end) if text and start is not None and end is not None else None
    if span is None or len(span) > 4 or not all(t.pos_ in ("PROPN", "NUM", "PUNCT") for t in span) \
            or not span.text[:1].isupper() or lookup_country(span.text) is not None:
        return None
    others = [t for t in _conjuncts(span.root) if not (span.start <= t.i < span.end)]
    mentions = doc._.ng_mentions if doc._.ng_mentions is not None else []
    if not others or not all(any(m.type == "organization" and m.entity_key and m.start <= t.idx < m.end for m in mentions)
                             for t in others):
        return None
    return _added_organisation(doc, coder, " ".join(span.text.split()), span.start_char, span.end_char,
                               "a name listed with organisations")


def _designating_verb(token):
    """The "designate" verb ``token`` is the subject or object of, else None."""
    if token.dep_ in ("nsubjpass", "dobj") and token.head.lemma_.lower() == "designate":
        return token.head
    return None


def _state_word_as_org(token) -> bool:
    """Whether ``token`` is a state's short name the NER took for a one-word organisation ("DPRK
    individual Ri Sung Chol", "PRC entity X": sanctions releases name states by these initials),
    so it places a noun phrase as a GPE would. Several words tagged ORG are a body's name."""
    if token.ent_type_ != "ORG" or token.ent_iob_ != "B" or not token.text.isupper():
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and after.ent_iob_ == "I":
        return False
    return lookup_country(token.text) is not None


def _appositive_kind(root) -> Optional[str]:
    """"organization" or "person": what an appositive of ``root`` says it is ("Fertoing, a
    specialized marine engineering company"; "God Nisanov, one of the richest men"), else None."""
    for head in (c for c in root.children if c.dep_ == "appos"):
        if head.lower_ == "one":
            head = next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj"), head)
        kind = designated_kind(head.lemma_) or designated_kind(head.text)
        if kind is not None:
            return kind
    return None


def _after_name_list(head) -> int:
    """Index of the token after the list of names ``head`` opens, read on the words (the parser
    often hangs a later name on the verb): each name's run of tokens of its entity label, an
    alias in brackets after it ("(AKA “El Mayo”)"), and "and"/"," before the next such run."""
    doc = head.doc
    label = head.ent_type_
    i = head.i + 1
    while True:
        while i < len(doc) and label and doc[i].ent_type_ == label:
            i += 1
        if i < len(doc) and doc[i].text == "(":
            close = next((j for j in range(i + 1, min(i + 12, len(doc))) if doc[j].text == ")"), None)
            if close is not None:
                i = close + 1
        ahead = i + 1 if i < len(doc) and doc[i].lower_ in ("and", ",") else i
        if ahead < len(doc) and ahead > i and label and doc[ahead].ent_type_ == label \
                and doc[ahead].text[:1].isupper():
            i = ahead
            continue
        return i


def _partitive_after_names(head):
    """The noun of a partitive that follows a name or a list of names after a comma ("X and Y,
    two of the most notorious leaders of the cartel": leaders), which the parser hangs on the verb
    rather than in apposition to the names; English apposition all the same (the partitive's
    referents are the names). None where no "<number> of <noun>" follows. Shape: a spaCy token."""
    doc = head.doc
    i = _after_name_list(head)
    if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].sent.start != head.sent.start:
        return None
    number = doc[i + 1]
    if number.lower_ in ("a", "an") or not (number.like_num or number.lower_ in NUMBER_WORDS):
        return None
    return next((p for c in number.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"), None)


# the sectors of a group that acts for no government: a criminal or armed group named after the
# place it is based in ("Sinaloa Cartel") is of that place's state
_PLACE_GROUP_SECTORS = frozenset({"CRM", "REB"})


def _place_named_group(name: str, named_states: set[str]) -> Optional[ActorCode]:
    """The state and sector of a criminal or armed group the Phoenix data does not list but whose
    name is a state's subdivision and an agent noun of such a group ("Sinaloa Cartel": a Mexican
    state and "cartel", CRM -> MEX CRM): such groups are named after their base (as Phoenix codes
    listed ones by their base state). A subdivision whose name is a common English word ("Gulf",
    "Falcon"; the model's WordNet lemma index) counts only where the article names its state
    (``named_states``). None otherwise."""
    from newsgraph.resolve.places import subdivision_state

    words = name.split()
    if len(words) < 2:
        return None
    found = agent_sector(words[-1])
    if found is None or found.sector not in _PLACE_GROUP_SECTORS:
        return None
    place = " ".join(words[:-1])
    # a state's subdivision (ISO 3166-2) only: GeoNames lists hamlets under most word pairs
    # ("Golden Falcon"), so a town reading would place groups no text places
    state = subdivision_state(place)
    if state is None:
        return None
    if state not in named_states and any(map(common_english_word, words[:-1])):
        # "Gulf" (a Papua New Guinea province), "Falcon" (a Venezuelan state): an English word
        # names a subdivision only where the article names its state; "Sinaloa" is a name alone
        return None
    return ActorCode(state, found.sector, f"'{name}': a {found.sector} group named after {place} ({state})")


def _appositive_nouns(head) -> list:
    """The common-noun heads of the appositive phrases after the name ``head`` ("Marine Trans
    Shipping LLC, a Russian maritime shipping company": company), a partitive's noun for its
    "one of" ("Alexey Mordashov, one of Russia’s wealthiest billionaires": billionaires), also
    where "one of" is the second of two coordinated appositives ("the leader of Severgroup and
    one of Russia’s wealthiest billionaires"; English apposition: each names the referent).
    Shape: list of spaCy tokens."""
    out = []
    for appos in (c for c in head.children if c.dep_ == "appos" and c.i > head.i):
        for item in (appos, *(c for c in appos.children if c.dep_ == "conj" and c.lower_ == "one")):
            if item.lower_ == "one":
                item = next((p for c in item.children if c.dep_ == "prep" and c.lower_ == "of"
                             for p in c.children if p.dep_ == "pobj"), item)
            if item.pos_ == "NOUN":
                out.append(item)
    return out


def _quantified(token) -> bool:
    """``token``, a plural noun, is counted or quantified: a numeral ("two American journalists"),
    a quantifying word (linking_words.yaml ``quantifier_words``: "several", "some"), or a
    determiner other than the definite "the", "these", "those"."""
    for child in token.children:
        if child.dep_ == "nummod" or child.lower_ in LINKING_WORDS.quantifier_words:
            return True
        if child.dep_ in ("det", "predet") and child.lower_ not in ("the", "these", "those"):
            return True
    return False


def _apposed_anchor(head, pos: tuple[str, ...]):
    """The noun (part of speech in ``pos``) that ``head`` stands in apposition to, after it
    ("two Hizballah financiers ...: Omar Haddad": financiers), else None."""
    if head is not None and head.dep_ == "appos" and head.head.i < head.i and head.head.pos_ in pos:
        return head.head
    return None


def _proper_runs(tokens: list) -> list[str]:
    """The texts of the runs of adjacent capitalised proper nouns among ``tokens`` ("two
    Hizballah financiers": ["Hizballah"]; "leaders of the Sinaloa Cartel": ["Sinaloa Cartel"])."""
    runs: list[list] = []
    for token in sorted(tokens, key=lambda t: t.i):
        if token.pos_ != "PROPN" or not token.text[:1].isupper():
            continue
        if runs and runs[-1][-1].i == token.i - 1:
            runs[-1].append(token)
        else:
            runs.append([token])
    return [" ".join(t.text for t in run) for run in runs]


def _owned_by_clause(verb, after: int) -> bool:
    """True when the designating ``verb``'s own clause says, after token ``after``, that the
    designated party is owned ("... because it is owned or controlled by X", "for being owned or
    controlled by X"): OFAC's wording for an entity. A relative clause ("Y, which is owned by")
    speaks of someone else."""
    return bool(_owning_verbs(verb, after))


def _owning_verbs(verb, after: int) -> list:
    """The "owned"/"controlled" tokens of ``verb``'s own clause after token ``after`` where its
    sentence words an ownership (actor_heads.yaml ``owned_entity_phrases``: "... because it is
    owned or controlled by X", "for being owned or controlled by X"); a relative clause, a
    participle on a noun or an appositive ("Y, which is owned by") speaks of someone else, so the
    walk up from the token stops there. Shape: list of spaCy tokens, in text order."""
    sent = verb.sent
    text = " ".join(t.lower_ for t in sent[after - sent.start:])
    if not any(phrase in text for phrase in owned_entity_phrases()):
        return []
    found = []
    for token in sent[after - sent.start:]:
        if token.lower_ not in ("owned", "controlled"):
            continue
        node = token
        while node.i != verb.i and node.head.i != node.i and node.dep_ not in ("relcl", "acl", "appos"):
            node = node.head
        if node.i == verb.i:
            found.append(token)
    return found


def _designated_name(doc, coder: "ActorCoder", text: Optional[str], start: Optional[int],
                     end: Optional[int]) -> Optional[tuple[str, Optional[ActorCode]]]:
    """(key, code) of an actor the NER tagged nowhere whose words are a proper name that a
    sanctions designation names ("Transoil is being designated ...", "we are designating Fertoing,
    a ... company"), its kind read off the sentence (English apposition and OFAC's wording): an
    appositive naming a body ("company") or the party being "owned or controlled by" someone make
    it an organisation, an appositive naming a person ("an oligarch", "one of the richest men") a
    person (lexicons/actor_heads.yaml ``designated_*``); added to the article's entities with a
    mention at the actor span. None when nothing says which kind it is."""
    from newsgraph.nlp.entities import _is_english_word_form

    span = expanded_span(doc, start, end) if text and start is not None and end is not None else None
    if span is None:
        return None
    name = " ".join(span.text.split())
    words = name.split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words) or lookup_country(name) is not None \
            or agent_sector(name) is not None or any(w in org_keywords() for w in words) \
            or not any(t.pos_ == "PROPN" or not _is_english_word_form(t.lower_) for t in span if t.is_alpha):
        return None
    root = span.root
    verb = _designating_verb(root)
    if verb is None:
        return None
    kind = _appositive_kind(root)
    if kind is None and _owned_by_clause(verb, span.end):
        kind = "organization"
    if kind == "organization":
        return _added_organisation(doc, coder, name, span.start_char, span.end_char,
                                   "a designated name its sentence calls a body")
    if kind == "person":
        return _added_person(doc, coder, name, None, span.start_char, span.end_char)
    return None


def _added_organisation(doc, coder: "ActorCoder", name: str, start: int, end: int,
                        reason: str) -> tuple[str, Optional[ActorCode]]:
    """(key, code) of the organisation ``name``, added to the article's entities (with
    ``reason``) unless there, with a name mention at ``start``:``end`` (characters) unless one is."""
    key = _organisation_entity(doc, coder, name, reason)
    _add_mention(doc, start, end, name, "organization", key, "name")
    return key, coder.for_key(key)


def _organisation_entity(doc, coder: "ActorCoder", name: str, reason: str, country: Optional[str] = None) -> str:
    """The key ("org:<slug>") of the organisation ``name``, added to the article's entities
    (with ``reason`` and ``country``, ISO3 or None) unless there, the coder seeing them."""
    key = "org:" + slugify(name)
    entities = doc._.ng_entities if doc._.ng_entities is not None else {}
    if key not in entities:
        entities[key] = EntityRecord(key=key, name=name, type="organization", country=country,
                                     reason=reason, component=COMPONENT, version=VERSION)
        doc._.ng_entities = entities
        coder.entities = entities
    return key


def _legal_form_named(entity: EntityRecord) -> bool:
    """True when the organisation's name opens or closes with a company's legal form
    ("M Leasing LLC", "OOO Volga Group"; entity_org_keywords.yaml ``legal_forms``)."""
    from newsgraph.nlp.entities import without_legal_form

    names = (" ".join(n.replace(",", " ").split()) for n in (entity.name, *entity.aliases))
    return any(without_legal_form(n) not in ("", n) for n in names)


def _company_named(doc, coder: "ActorCoder", text: Optional[str], start: Optional[int],
                   end: Optional[int]) -> Optional[tuple[str, Optional[ActorCode]]]:
    """(key, code) of an actor the NER tagged nowhere whose words are a proper name with a
    company's legal form ("Oboronlogistika OOO is being designated ..."; lexicons/
    entity_org_keywords.yaml ``legal_forms``): a registered company, added to the article's
    organisations with a mention at the actor span; None otherwise."""
    from newsgraph.nlp.entities import without_legal_form

    if not text or start is None or end is None:
        return None
    name = " ".join(text.split())
    bare = without_legal_form(name)
    if bare == name or not bare or len(name.split()) > 8 or lookup_country(bare) is not None \
            or not all(w[:1].isupper() or w[:1].isdigit() for w in bare.split()):
        return None
    return _added_organisation(doc, coder, name, start, end, "a name with a company's legal form")


# "the Ortega-Murillo regime", "the Maduro regime", "members of the Ortega regime": a government
# named by its leaders' names (lower-case head: "Drug Enforcement Administration" is a body's name)
_NAMED_REGIME = re.compile(r"^(?:.*\bof\s+)?(?:[Tt]he\s+)?((?:[A-Z][\w’'\-]*\s+){1,3})(regime|government|administration|junta)$")


def _leaders_state(doc, coder: Optional["ActorCoder"], names: str) -> Optional[str]:
    """The one state the leaders a government is named by ("Ortega-Murillo") hold office in:
    each name is the last name of a person of the article whose state is known ("Daniel Ortega",
    President of Nicaragua) or of a Phoenix office holder ("Assad", "Lukashenka"); None when no
    name is placed, when the names give several states, or when a name is a state's or place's."""
    states = set()
    for name in re.split(r"[\s\-]+", names.strip()):
        if not name or lookup_country(name) is not None:
            return None  # "Cuban regime", "PRC government": a state's name, not a leader's
        folded = _fold(name)
        found = set()
        for key, entity in (doc._.ng_entities or {}).items():
            if entity.type != "person" or coder is None:
                continue
            if any(_fold(n).split()[-1:] == [folded] and len(_fold(n).split()) > 1 for n in (entity.name, *entity.aliases)):
                code = coder.for_key(key)
                if code is not None and code.acts_for:
                    found.add(code.acts_for)
        if not found:
            holder = office_holder_by_surname(name)
            if holder:
                found.add(holder)
        states |= found
    return next(iter(states)) if len(states) == 1 else None


def _named_regime(doc, text: Optional[str], start: Optional[int], end: Optional[int],
                  coder: Optional["ActorCoder"] = None) -> Optional[ActorCode]:
    """The code of a government named by its leaders' names ("the Ortega-Murillo regime has
    closed over 500 non-governmental organizations ...", "the Assad regime", "several members of
    the Ortega regime"), as PLOVER/CAMEO code a regime as its state's government (GOV): the state
    its leaders hold office in (``_leaders_state``), else the one state its sentence names, else
    the state the article is about (``context_states.article_focus``, the publisher's own left
    out). None when none of these gives one state."""
    match = _NAMED_REGIME.match(" ".join((text or "").split()))
    span = expanded_span(doc, start, end) if match and start is not None and end is not None else None
    if span is None:
        return None
    head = match.group(2)
    found = agent_sector(head)
    if found is None or found.sector not in state_sectors():
        return None
    leaders = _leaders_state(doc, coder, match.group(1))
    if leaders is not None:
        return ActorCode(leaders, found.sector, f"a {head} named by its leaders, who hold office in {leaders}")
    if any(lookup_country(w) is not None for w in re.split(r"[\s\-]+", match.group(1).strip())):
        return None  # a state's own name or demonym: the state, coded elsewhere
    a, b = span.sent.start_char, span.sent.end_char
    entities = doc._.ng_entities or {}
    states = set()
    for mention in doc._.ng_mentions or []:
        entity = entities.get(mention.entity_key) if mention.entity_key else None
        # a pronoun the linker tied to a state ("We" of the publisher) names no state in the sentence
        if entity is not None and entity.type in ("country", "place") and a <= mention.start < b \
                and mention.kind != "pronoun":
            states.add(entity.state)
    states.discard(None)
    if len(states) == 1:
        state = next(iter(states))
        return ActorCode(state, found.sector, f"a {head} named by its leaders, in a sentence naming only {state}")
    if head != "regime":
        return None  # "the Biden-Harris Administration" in a sentence naming several states: not guessed
    outlet = coder.outlet if coder is not None else outlet_identity(doc._.ng_outlet)
    own = releasing_state(outlet)
    focus = article_focus(doc, own)
    if focus is None:
        return None
    return ActorCode(focus, found.sector, f"a {head} named by its leaders, in an article about {focus}")


def _article_person(doc, name: str) -> Optional[str]:
    """Key of the article's person whose name or an alias is ``name`` (accents and case folded)."""
    folded = _fold(name)
    return next((k for k, e in (doc._.ng_entities or {}).items()
                 if e.type == "person" and folded in (_fold(e.name), *map(_fold, e.aliases))), None)


def _name_word(word: str) -> bool:
    """True for a capitalised word that can be part of a person's name: no organisation word,
    title head, Phoenix agent or state ("Yermak", not "Office", "Minister", "Cuba")."""
    return word[:1].isupper() and word.replace("-", "").isalpha() and word not in org_keywords() \
        and _fold(word) not in _title_heads() and agent_sector(word) is None and lookup_country(word) is None


def _added_person(doc, coder: "ActorCoder", name: str, code: Optional[ActorCode], start: Optional[int],
                  end: Optional[int]) -> tuple[str, Optional[ActorCode]]:
    """(key, code) of a person named ``name``, added to the article's entities (with ``code``
    cached for it) and given a mention at the actor span."""
    key = "person:" + slugify(name)
    entities = doc._.ng_entities if doc._.ng_entities is not None else {}
    if key not in entities:
        entities[key] = EntityRecord(key=key, name=name, type="person", country=code.acts_for if code else None,
                                     component=COMPONENT, version=VERSION)
        doc._.ng_entities = entities
    coder.entities = entities
    if code is not None:
        coder._cache.setdefault(key, code)
    else:  # the article's reading of the person (titles, counterparts, focus) places them
        coder._cache.pop(key, None)
    text = doc_text(doc)[start:end] if start is not None and end is not None else None
    return _person_pronoun(doc, key, start, end, text), coder.for_key(key)


def _person_by_surname(doc, text: Optional[str]) -> Optional[str]:
    """The one person of the article whose surname ``text`` gives after an honorific or a
    title: "MR PRICE", "Ms. Sato", "SECRETARY BLINKEN" (any letter case), else None."""
    if not text:
        return None
    words = [w for w in _fold(text).split() if w]
    if not words or len(words) > 3:
        return None
    surname = words[-1]
    if len(words) == 1 and not text.strip().isupper():
        return None  # a lone capitalised word is left to the NER and coref
    found = set()
    for key, entity in (doc._.ng_entities or {}).items():
        if entity.type != "person":
            continue
        for name in (entity.name, *entity.aliases):
            parts = [p for p in _fold(name).split() if p not in ("jr", "sr", "ii", "iii")]
            if len(parts) >= 2 and parts[-1] == surname:
                found.add(key)
    if not found and len(words) >= 2 and len(surname) >= 3:
        # "President-elect Lula" for "Luiz Inácio Lula da Silva": the name a person goes by may be
        # an inner part of the full name (Lusophone and Hispanic naming), or a one-word alias
        for key, entity in (doc._.ng_entities or {}).items():
            if entity.type == "person" and any(
                    surname in _fold(name).split()[1:] or _fold(name) == surname
                    for name in (entity.name, *entity.aliases)):
                found.add(key)
    return found.pop() if len(found) == 1 else None


def _bare_institution(doc, text: Optional[str], outlet: Optional[ActorCode]) -> Optional[tuple[Optional[str], Optional[ActorCode]]]:
    """(entity key, code) for "the Department", "the Ministry" alone: the outlet's own
    institution when its name has that word ("the Department" in a State Department release:
    the United States), else the one organisation of the article named with it; else None."""
    if not text:
        return None
    match = _BARE_INSTITUTION.match(text.strip())
    if not match or match.group(1) not in org_keywords():
        return None
    word = match.group(1)
    outlet_name = doc._.ng_outlet or ""
    if outlet is not None and outlet.acts_for and re.search(rf"\b{word}\b", outlet_name):
        return _country_key(doc, outlet.acts_for), outlet
    named = [key for key, e in (doc._.ng_entities or {}).items()
             if e.type == "organization" and re.match(rf"^(?:\S+\s+)?{word}\b", e.name)]
    if len(named) == 1:
        return named[0], None
    return None


def _bracket_state(place: str) -> Optional[str]:
    """Alpha-3 of the one state a bracketed place names ("Panama", "New York"): a country name,
    else the state ``resolve.places.single_state`` places it in; None otherwise."""
    from newsgraph.resolve.places import single_state

    country = lookup_country(place)
    return country.alpha3 if country is not None else single_state(place)


def _item_last(doc, token):
    """The last token of the list item ``token`` heads: its subtree up to its first "and" / "or"
    or conjunct after it (a conjunct is the list's next item, and its subtree is in ``token``'s:
    "The President | and Prime Minister Narendra Modi of India"), less the commas closing it (the
    comma before the next item the parser hangs on this one)."""
    nexts = [child.left_edge.i for child in token.children if child.dep_ in ("cc", "conj") and child.i > token.i]
    last = doc[min(nexts) - 1] if nexts else token.right_edge
    while last.i > token.i and last.text in (",", ";"):
        last = doc[last.i - 1]
    return last


def _item_bracket_state(doc, token) -> Optional[tuple[str, str]]:
    """(alpha-3, place) of the bracketed state that closes the list item ``token`` heads: the
    item's last words are "(<place>)", set as an appositive inside ``token``'s subtree, and no
    other bracket opens in the item before it ("Minister of the Environment, Water, and
    Ecological Transition Gustavo Manrique Miranda (Ecuador)": a delegation list's parenthesis
    covers its item, commas inside a portfolio title included). None otherwise."""
    last = _item_last(doc, token)
    if last.text != ")" or last.i <= token.i:
        return None
    opened = [t for t in doc[token.i:last.i] if t.text == "("]
    if len(opened) != 1 or any(t.pos_ in ("VERB", "AUX") for t in doc[token.i:last.i]):
        return None  # a clause inside the item ("who visited Kyiv (Ukraine)") places no holder
    inside = doc[opened[0].i + 1:last.i]
    if not len(inside) or not any(t.dep_ == "appos" and t.head.i < opened[0].i for t in inside):
        return None
    place = " ".join(inside.text.split())
    state = _bracket_state(place)
    return (state, place) if state else None


@functools.lru_cache(maxsize=4096)
def _word_end_pattern(word: str) -> re.Pattern:
    """``word`` not followed by a word character or hyphen, any letter case; compiled once per
    word (re's own cache is evicted by the many patterns of a batch). No lookbehind: a pattern
    that opens with its literal is found by a fast scan (``_whole_word_matches`` checks the
    character before)."""
    return re.compile(rf"{re.escape(word)}(?![\w-])", re.IGNORECASE)


_WORD_OR_HYPHEN = re.compile(r"[\w-]")


def _whole_word_matches(word: str, text: str):
    r"""The matches of ``word`` in ``text`` as a whole word (not inside a longer word or a
    hyphenated compound), any letter case, left to right without overlap: the same matches as
    ``re.finditer(r"(?<![\w-])WORD(?![\w-])", text, re.IGNORECASE)``, about three times faster."""
    pattern, pos = _word_end_pattern(word), 0
    while (found := pattern.search(text, pos)) is not None:
        if found.start() and _WORD_OR_HYPHEN.match(text, found.start() - 1):
            pos = found.start() + 1  # inside a longer word: look again from the next character
            continue
        yield found
        pos = found.end()


def _misread_title_subject(name) -> bool:
    """Whether ``name`` is a clause's subject the parser misread as the object of the title word
    "Under" ("Under Secretary Fernández will also discuss ...": "Under" a preposition on "discuss",
    "Fernández" its object): a capitalised "Under" right before "Secretary", in front of its verb,
    whose verb has no subject of its own."""
    prep = name.head
    if name.dep_ != "pobj" or prep.text != "Under" or prep.dep_ != "prep" or prep.i + 1 >= len(prep.doc):
        return False
    verb = prep.head
    return prep.doc[prep.i + 1].lower_ == "secretary" and verb.pos_ in ("VERB", "AUX") and prep.i < verb.i \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _kinship_of_named_owner(token) -> Optional[object]:
    """The kinship noun whose "of" object is the person's name ``token`` stands in apposition
    to, where the parse hangs the relatives' names on that object (as an appositive or as a
    conjunct: "the adult children of President X, A and B" -> A: conj of X, X: pobj of "of"
    under "children") -> "children". English names the relatives a kinship phrase introduces in
    apposition after it; the object must be a person's name (a PROPN the NER tags PERSON), so a
    name after it is no renaming of the owner (whereas "the wife of the minister, Y" names the
    minister). Shape: the kinship Token or None. Since linking 0.3.710."""
    from newsgraph.nlp.name_cues import is_kinship_noun

    if token.dep_ not in ("appos", "conj"):
        return None
    owner = token.head
    if owner.dep_ != "pobj" or owner.pos_ != "PROPN" or owner.ent_type_ != "PERSON":
        return None
    prep = owner.head
    if prep.dep_ != "prep" or prep.lower_ != "of" or not is_kinship_noun(prep.head):
        return None
    return prep.head


def _inside_statement(doc, start: Optional[int]) -> Optional[object]:
    if start is None:
        return None
    for statement in doc._.ng_statements or []:
        pieces = [(statement.content_start, statement.content_end), *statement.content_parts]
        if any(a is not None and b is not None and a <= start < b for a, b in pieces) and statement.speaker_key:
            return statement
    return None


def _person_pronoun(doc, key: str, start: Optional[int], end: Optional[int], text: Optional[str]) -> str:
    """``key``, with a pronoun mention of that person at the span (as coref adds for a turn's "I")."""
    entity = (doc._.ng_entities or {}).get(key)
    if entity is not None and start is not None and end is not None and text:
        _add_mention(doc, start, end, text, entity.type, key, "pronoun")
    return key


# prepositions of place before a name: "in Nogales (Sonora, Mexico)", "came to Cartagena"
_LOCATIVE = r"(?:in|to|from|near|outside|across|around|into)"


def _place_taken_for_person(doc, coder: "ActorCoder", key: Optional[str], entity: EntityRecord) -> bool:
    """Whether a "person" is a place the NER tagged as one ("In Nogales (Sonora, Mexico), she
    will observe ...", "FDR, who came to Cartagena", "in Luhansk"): a one-word name with no
    role or title, that the gazetteer knows as a place (``resolve.places.readings``: a country,
    a U.S. state or a GeoNames city) and that the article writes after a preposition of place.
    Such a name is no actor ("President Kennedy", a city too, holds a title and stays)."""
    from newsgraph.resolve.places import readings

    if entity.type != "person" or len(entity.name.split()) != 1 or coder.roles.get(key or ""):
        return False
    if not readings(entity.name):
        return False
    return re.search(rf"\b{_LOCATIVE}\s+{re.escape(entity.name)}\b", doc_text(doc), re.IGNORECASE) is not None


def _person_taken_for_place(doc, entity: Optional[EntityRecord], start: Optional[int], end: Optional[int]) -> bool:
    """Whether the actor span, a "place" the gazetteer has no reading for (``resolve.places.
    readings``), is a person: the whole span is the name, and a kinship noun or a title's head
    noun stands right before it ("his wife Polina", entity_cues.yaml ``kinship``; "President
    Duque", ``roles.title_lexicon``) or a person's name is coordinated with it
    (a list joins like with like: "Elena Petrovna Timchenko and Natalya Browning")."""
    from newsgraph.nlp.name_cues import is_kinship_noun
    from newsgraph.resolve.places import readings

    if entity is None or entity.type != "place" or start is None or end is None or readings(entity.name):
        return False
    span = expanded_span(doc, start, end)
    if span is None or _fold(span.text) != _fold(entity.name) or not all(w[:1].isupper() for w in entity.name.split()):
        return False
    if span.start > 0 and (is_kinship_noun(doc[span.start - 1]) or _fold(doc[span.start - 1].text) in _title_heads()):
        return True  # "his wife Polina", "Colombian President Duque"
    people = [m for m in doc._.ng_mentions or [] if m.type == "person" and m.entity_key and m.kind == "name"]
    others = [t for t in _conjuncts(span.root) if not (span.start <= t.i < span.end)]
    return bool(others) and all(any(m.start <= t.idx < m.end for m in people) for t in others)
