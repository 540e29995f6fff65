"""Linking: attach statement speakers, outlets and event actors to the article's entities.

Components upstream set spans and texts; this one turns them into entity keys, using the
in-article resolution that ``newsgraph_coref`` built (surnames, pronouns, demonyms), and
gives every actor the state it acts for and its sector (``newsgraph.resolve.actors``):

* "we"/"our" in an institution's own release is that institution's state (the outlet in
  ``doc._.ng_outlet``: "The White House" -> the United States); inside a quote it is the
  speaker's state; an "I" or "my Administration" there that no named person speaks (an unsigned
  release) is that state's official, GOV; a "he"/"she" coref left unresolved after an unnamed
  title ("the President's opinion that he believes") is that title, a "they" whose antecedent
  has only a sector ("protesters") takes the sector;
* "the Department", "the Ministry" alone: the outlet's institution when its name has that
  word, else the one organisation of the article whose name opens with it;
* a transcript speaker ("MR PRICE:") or an honorific with a surname is the person of that
  surname named in the article; a bare title placed in no state ("The Assistant Secretary") is
  the one person the article introduced by that title;
* ``acts_for`` (ISO3) and ``sector`` (GOV, MIL, REB, OPP, MED, BUS, CVL, JUD, LEG, POL, IGO,
  NGO ...): a state is GOV; an organisation from the Phoenix named actors, else its country and
  the sector its name's words give; a person from their roles (a title of a state is that
  state's, GOV unless the title says MIL/JUD/LEG/POL; a title of an organisation takes the
  organisation's); a title with no state ("President Ortega") takes the state of a known office
  holder (Phoenix), else, in an institution's own release, the publishing state ("The Vice
  President" on whitehouse.gov); actor words without an entity ("Israeli troops") from their words;
* an office or post of a named state institution acts for its state ("White House Office of
  Public Engagement", "State Department Spokesperson", a title running into one before a name);
  a named group's ministers act as the group ("G7 Foreign Ministers of Canada, ..." -> IGO, the
  article's own "G7" entity when it has one); Americans by descent ("Cuban American leaders") and
  a demonym's community or diaspora in a state institution's release are that state's residents;
* an actor slot or speaker still unresolved that is a definite description of a class noun
  ("the organization", "the regime", "these countries", "the two sides") takes the one entity
  of that class named before it (``newsgraph.nlp.descriptions``), never the event's other actor.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional, Sequence

from spacy.language import Language

from newsgraph.nlp.coordination import first_conjunct
from newsgraph.nlp.timex import NUMBER_WORDS, counted_value  # a count word on a counted set ("four individuals")
from newsgraph.nlp.act_doers import target_act_doers
from newsgraph.nlp.actor_heads import (business_head, spokes_head, spokes_rank_word, seat_participle, group_member_head, name_topic, topic_prep, conflict_parties, conflict_party_heads, state_set_sector, delegation_words, designated_kind, modifier_place, state_set_noun, named_members, owner_pronoun_antecedent, possessed_state_government, capitalised_allies_bodies, designation_programmes,
                                       pair_undertakings, pair_undertaking_types, spelling_variant,
                                       own_government_antecedent, own_government_phrase, owned_entity_phrases, partitive_antecedent,
                                       means_patient_state, partitive_head, person_word, place_people_word, placing_participle, possessor_key, relational_head, unsectored)
from newsgraph.nlp.context_states import (_sentence_states, article_focus, context_state, entity_state, multi_state_head, head_agent_sector, headline_state, title_states,
                                          place_generic_agents, place_state_acts, place_state_bodies,
                                          place_aid_recipients, place_protest_regimes, place_trip_hosts, place_trip_partners, is_meeting,
                                          place_attacked_states, place_statement_addressees, give_state_authorities,
                                          place_delegation_hosts, place_context_aid_recipients)
from newsgraph.nlp.compound_members import member_code
from newsgraph.nlp.coref import entity_key_for_span, slugify
from newsgraph.nlp.demonym_people import apposed_nationality, demonym_people, in_contest, people_noun_sector, placed_people
from newsgraph.nlp.descriptions import described_antecedent, description_lexicon
from newsgraph.nlp.entities import common_english_word, is_regional_body, news_outlet_alias, org_keywords, outlet_alias_after
from newsgraph.nlp.folding import fold_phrase as _fold
from newsgraph.nlp.doc_cache import doc_ents, doc_text, release_entity_spans, text_matches, token_lowers
from newsgraph.nlp.place_actors import facility_state, place_state, state_set_head
from newsgraph.nlp.turns import OFFICIAL, PRESS, label_role, line_label_at, turn_at, turns as transcript_turns
from newsgraph.nlp.types import EntityRecord, Mention
from newsgraph.nlp.voice import inside_quotation_marks, possessed_actor, speaking_statement, vocative_addressee, voice_lexicon
from newsgraph.nlp.word_lists import read_word_sets
from newsgraph.resolve.actors import (ActorCode, agent_sector, international_body, bodies_not_held, diaspora_of, first_person_plural, group_officials, head_office,
                                      hyphenated_american, named_actor, namesake_of_office_holders, office_holder_by_surname, outlet_identity,
                                      offices_not_held, owned_agent_sector, person_state, single_holder_offices, state_acronym, releasing_state, state_institution_code, state_institution_prefix, state_sectors, intergovernmental_organ)
from newsgraph.resolve.countries import country_name, lookup_country

COMPONENT = "newsgraph_linker"
VERSION = "0.3.800"  # 0.3.800: an object "it" kept from acting stands for the nearest state or body before it in its sentence that is a clause subject or a possessor, not an object ("Taiwan wants to join the WHO, but China is blocking it" -> Taiwan), else the subject of the sentence before ("Kosovo applied ... Serbia blocked it" -> Kosovo); left unresolved when a nearer singular core-argument noun that is no party stands between ("drafted a sanctions package, but Hungary blocked it"): subjects are the salient antecedents (centering) (_it_antecedent, _it_subject, _it_nearer_thing) (history: docs/component_versions.md)


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


# A person acts for the state or organisation of their role; a state is preferred over an
# organisation when a person holds both kinds of role.
_AFFILIATION_PREFERENCE = ("country:", "org:")
# participles that tie a body to another actor in an appositive ("a militia affiliated with the
# Syrian Arab Army", "a group aligned with Iran"): the body acts for the other's state
_AFFILIATION_WORDS = frozenset({"affiliated", "aligned", "allied"})
# verbs whose subject holds the company it governs ("the companies he controlled", "the firm she
# owns"): OFAC's "owned or controlled" (actor_heads.yaml owned_entity_phrases) and running one
_OWNING_LEMMAS = frozenset({"own", "control", "run", "operate"})
_OWNER_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
_OWNED_LIST_JOINERS = frozenset({",", "and", "&"})
# what may close an apposition after its head noun ("A, B's company, sent ...")
_APPOSITION_END = frozenset({",", ".", ";", ":", ")", "!", "?", "—", "–"})


def affiliations(doc) -> dict[str, str]:
    """person key -> the entity key they act for, from the article's roles."""
    best: dict[str, tuple[int, str]] = {}
    for role in doc._.ng_roles or []:
        if not role.of_key:
            continue
        rank = next((i for i, prefix in enumerate(_AFFILIATION_PREFERENCE) if role.of_key.startswith(prefix)),
                    len(_AFFILIATION_PREFERENCE))
        if role.person_key not in best or rank < best[role.person_key][0]:
            best[role.person_key] = (rank, role.of_key)
    return {person: key for person, (_rank, key) in best.items()}


def join_content_parts(doc, statement) -> None:
    """A split or carried-on quote: ``content`` becomes the whole of what was said, its parts
    joined in order; ``content_start``/``content_end`` and ``content_parts`` keep the spans."""
    pieces = [(statement.content_start, statement.content_end), *statement.content_parts]
    pieces = sorted({(a, b) for a, b in pieces if a is not None and b is not None and a < b})
    if len(pieces) > 1:
        text = doc_text(doc)
        statement.content = " ".join(text[a:b].strip() for a, b in pieces)


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


# a release's title calling it a joint document ("Joint Statement", "Joint Declaration", "Joint
# Communique"), the words that start its topic after the issuers ("... of A and B on ...",
# "... Calling for ..."), and a hyphenated compound of parties ("U.S.-China", "Canada-Mexico-United States")
_JOINT_TITLE = re.compile(r"\bJoint\s+(?:Leaders[’']?\s+)?(?:Statement|Declaration|Communiqu[eé]|Press\s+Release)\b", re.I)
_JOINT_TITLE_TOPIC = re.compile(r"\s(?:on|to|for|regarding|concerning|following|after|at|in|calling|commending|"
                                r"welcoming|addressing|condemning|marking|supporting)\s|:", re.I)
# a release's opening line naming its joint issuers: "Canada, ..., and the United States issue the
# following joint statement.", "The text of the following statement was released by the
# Governments of the United States of America and India, on the occasion of ..." (the State
# Department's and White House's standard lead-ins for a text issued with other states)
_JOINT_OPENING = re.compile(r"^(?:Office of the Spokesperson\s+)?(?:(?P<subject>[^.\n]+?)\s+(?:issue|issued|have issued|release|"
                            r"released|have released)\s+the\s+following\s+joint\s+statement|The\s+text\s+of\s+the\s+"
                            r"following\s+(?:joint\s+)?statement\s+was\s+(?:released|issued)\s+by\s+(?P<agent>[^.\n]+?)"
                            r"(?:,|\s+on\s+the\s+occasion\b|\.))", re.I)
# the head of a statement's closing list of signatories: "Signed by the following ministers or their
# equivalents:", "Signed by the following countries:", "Endorsed by the following governments:"
_SIGNED_LIST = re.compile(r"^(?:Signed|Endorsed|Signatories)\b[^\n]{0,80}?\bfollowing\b[^\n]{0,80}:[ \t]*$", re.M)
_STATE_COMPOUND = re.compile(r"[A-Z][\w.]*(?:\s[A-Z][\w.]*)*(?:[-\u2013][A-Z][\w.]*(?:\s[A-Z][a-z]+)*)+")


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
    span = doc.char_span(first.start(), first.end(), alignment_mode="expand") if first else None
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
    span = doc.char_span(start, end, alignment_mode="expand") if text and start is not None and end is not None else None
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


# the prepositions whose place object gives a person's origin on the name itself ("Ahmed Mohamed of
# Irving, Texas") and on an appositive noun ("a boy from Irving")
_ORIGIN_NAME_PREPS = frozenset({"of", "from"})
_ORIGIN_APPOSITIVE_PREPS = frozenset({"from"})  # "the chief propagandist of Russia": "of" there is a title's


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


# the dependents of a member noun that name whose member it is ("Hizballah financier", "Hamas's
# commander", "Palestinian Islamic Jihad official")
MEMBER_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})


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

    span = doc.char_span(start, end, alignment_mode="expand") if text and start is not None and end is not None else None
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
    span = doc.char_span(start, end, alignment_mode="expand") if match and start is not None and end is not None else None
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


def _titled_name(doc, coder: "ActorCoder", entity: Optional[EntityRecord], start: Optional[int],
                 end: Optional[int]) -> Optional[tuple[str, Optional[ActorCode]]]:
    """(person key, code) of an "organisation" whose name is a title phrase before a person's
    name ("Brazilian Presidential Advisor Celso Amorim": English premodifies a name by its
    title, and the NER took the whole for an organisation): the name is the last two or three
    capitalised words, none an organisation word, after words that are all title words
    (``roles.title_lexicon``) or a state's name or demonym. The person is the article's person
    of that name, else a person entity added with a mention at the actor span; the state is
    the one the title's demonym names, else the Phoenix one of the name; the sector the title's
    (Phoenix agents), GOV for a state's title. None otherwise."""
    from newsgraph.nlp.roles import title_lexicon

    if entity is None or entity.type != "organization":
        return None
    words = entity.name.split()
    lex = title_lexicon()
    if 2 <= len(words) <= 4 and not any(c.isdigit() for c in entity.name) \
            and not any(w in org_keywords() or {_fold(w), _fold(w)[:-1]} & _title_heads() or agent_sector(w)
                        for w in words):
        # the whole name is a person's: the article's person it begins ("Joseph R. Biden" of
        # "Joseph R. Biden, Jr."), else a Phoenix person ("Aung San Suu Kyi": MMR)
        folded = _fold(entity.name)
        person = next((k for k, e in (doc._.ng_entities or {}).items() if e.type == "person"
                       and any((_fold(n) + " ").startswith(folded + " ") for n in (e.name, *e.aliases))), None)
        if person is None and all(w[:1].isupper() for w in words):
            # "Joseph R. Biden" where the article's person is named "Biden" alone: the one person
            # whose whole name is this name's last word (never a namesake with another given name)
            last = [w for w in folded.split() if w not in ("jr", "sr", "ii", "iii")][-1:]
            alone = [k for k, e in (doc._.ng_entities or {}).items()
                     if e.type == "person" and last and _fold(e.name) == last[0]]
            person = alone[0] if len(alone) == 1 else None
        if person is not None:
            # the NER's "organisation" mention at the span is the person's: it counts where the
            # person acts ("Consular Affairs Rena Bitter will travel": the subject, an official acting)
            for mention in doc._.ng_mentions or []:
                if mention.entity_key == entity.key and mention.start == start and mention.end == end:
                    mention.entity_key, mention.type = person, "person"
            return person, coder.for_key(person)
        known = person_state(entity.name)
        if known is not None:
            return _added_person(doc, coder, entity.name, ActorCode(known, None, f"a person Phoenix places in {known}"),
                                 start, end)
    for cut in range(len(words) - 3, len(words) - 1):
        if cut < 1:
            continue
        prefix, name = words[:cut], words[cut:]
        if not all(w[:1].isupper() and w.isalpha() for w in name) or any(w in org_keywords() for w in name):
            continue
        states = {c.alpha3 for c in map(lookup_country, prefix) if c is not None}
        title = " ".join(w for w in prefix if lookup_country(w) is None)
        if len(states) > 1 or not title or not lex.is_title_phrase(title):
            continue
        full = " ".join(name)
        person = _article_person(doc, full)
        if person is not None:
            return person, coder.for_key(person)
        state = next(iter(states)) if states else person_state(full)
        found = agent_sector(title)
        sector = found.sector if found is not None else ("GOV" if states else None)
        code = ActorCode(state, sector, f"title '{title}' before the name {full}" + (f" of {state}" if state else "")) \
            if state or sector else None
        return _added_person(doc, coder, full, code, start, end)
    return _title_of_body_name(doc, coder, words, start, end)


def _state_titled_name(doc, coder: "ActorCoder", entity: Optional[EntityRecord], start: Optional[int],
                       end: Optional[int]) -> Optional[tuple[str, Optional[ActorCode]]]:
    """(person key, code) of an actor span keyed as the state whose demonym opens a title before a
    person's name the NER did not tag ("Ukrainian Minister of Defence Oleksii Reznikov", "Honduran
    Minister of Health José Manuel Matheu Amaya"): English premodifies a name by its title, and
    the demonym only says whose office it is, so the actor is the person, acting for that state
    (sector GOV, a state's office). The span is "[the] <the state's one mention> <title>
    <two to four name words>" (``_name_word``), the title a title phrase with an optional
    "of"/"for" domain (``_state_title_words``) and no other entity's mention in the span; the
    person is the article's person of that name, else one added. None otherwise."""
    if entity is None or entity.type != "country" or start is None or end is None:
        return None
    text = doc_text(doc)
    # (a person added at this very span for another event of the same phrase is that person)
    inside = [m for m in doc._.ng_mentions or [] if m.entity_key and m.start < end and start < m.end
              and not (m.type == "person" and (m.start, m.end) == (start, end))]
    states = [m for m in inside if m.entity_key == entity.key]
    if len(states) != 1 or text[start:states[0].start].strip().lower() not in ("", "the"):
        return None
    words = re.sub(r"^[’']s\b", "", text[states[0].end:end]).split()  # "New Zealand's Prime Minister John Key"
    others = [m for m in inside if m is not states[0]]
    if others:
        # the name the NER tagged ends the span, the state's name outweighed it (its longer overlap)
        named = others[0]
        if len(others) != 1 or named.type != "person" or text[named.end:end].strip() \
                or not _state_title_words(re.sub(r"^[’']s\b", "", text[states[0].end:named.start]).split()):
            return None
        return named.entity_key, coder.for_key(named.entity_key)
    for size in (2, 3, 4):  # the shortest name that leaves a whole title before it
        if len(words) <= size or not all(_name_word(w) for w in words[-size:]) \
                or not _state_title_words(words[:-size]):
            continue
        full = " ".join(words[-size:])
        person = _article_person(doc, full)
        if person is not None:
            # a mention at this span too, as a first naming gets one: every naming of the person is
            # a mention, whether or not an earlier paragraph (or window) named them before
            return _person_pronoun(doc, person, start, end, text[start:end]), coder.for_key(person)
        state = entity.key.split(":", 1)[1]
        title = " ".join(words[:-size])
        code = ActorCode(state, _nationality_title_sector(title, text[states[0].start:states[0].end]) or "GOV",
                         f"title '{title}' of {state} before the name {full}")
        return _added_person(doc, coder, full, code, start, end)
    return None


def _nationality_title_sector(title: str, modifier: str) -> Optional[str]:
    """The sector of a person whose ``title`` a demonym (``modifier``) opens, where the title's
    Phoenix agent sector is none of a state's own ("Ivorian blogger": BLOGGER ~MED; "Egyptian
    economist": ECONOMIST ~EDU): the demonym only gives the person's nationality, as before a
    people noun (``demonym_people``), not a state office; None for a state's title ("Foreign
    Minister": GOV) or a state's name before it ("Venezuela's", whose title is its office)."""
    found = agent_sector(title)
    country = lookup_country(modifier)
    if found is None or not found.sector or found.sector in state_sectors() \
            or country is None or country.matched_as != "demonym":
        return None
    return found.sector


def _state_title_words(words: list[str]) -> bool:
    """Whether ``words`` are a capitalised title with an optional "of"/"for" domain ("Minister of
    Defence", "Foreign Minister", "Minister for Foreign Affairs"; ``roles.title_lexicon``)."""
    from newsgraph.nlp.roles import title_lexicon

    lex = title_lexicon()
    lower = [w.lower() for w in words]
    cut = next((i for i, w in enumerate(lower) if w in ("of", "for")), len(lower))
    return bool(words) and all(w[:1].isupper() for w in words[:cut]) and lex.is_title_phrase(" ".join(lower[:cut])) \
        and (cut == len(lower) or (cut + 1 < len(lower) and all(w in lex.domains or w in lex.modifiers
                                                                 for w in lower[cut + 1:])))


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


def _title_of_body_name(doc, coder: "ActorCoder", words: list[str], start: Optional[int],
                        end: Optional[int]) -> Optional[tuple[str, Optional[ActorCode]]]:
    """(person key, code) of an actor the NER took for an organisation that is a title and a
    person's name: "<Title> of (the) <Body> <Name>" ("Head of the Presidential Office Andriy
    Yermak", "Minister of the Revolutionary Armed Forces of Cuba Álvaro López Miera": the title's
    "of" phrase names the body the person heads, English premodifies the name by the whole title),
    or "<Modifier> <Title head> <Name>" with a one-word name ("Canal Administrator Vásquez"). The
    name is the last three or two name words (one after a title head); the state is the one the
    title names, else the article's reading of the added person. None otherwise."""
    if start is None or end is None:
        return None
    span = doc_text(doc)[start:end].split()
    title_of = len(span) >= 5 and _fold(span[0]) in _title_heads() and span[1] == "of"
    candidates: list[tuple[list[str], list[str]]] = []
    if title_of:
        for size in (3, 2):
            if len(span) - size > 2 and all(_name_word(w) for w in span[-size:]):
                candidates.append((span[:-size], span[-size:]))
                break
    elif 2 <= len(words) <= 4 and span[-len(words):] == words and _fold(words[-2]) in _title_heads() \
            and _name_word(words[-1]) and all(w[:1].isupper() and w.isalpha() for w in words[:-1]):
        candidates.append((words[:-1], words[-1:]))
    for prefix, name in candidates:
        full = " ".join(name)
        person = _article_person(doc, full)
        if person is not None:
            return person, coder.for_key(person)
        states = {c.alpha3 for c in map(lookup_country, prefix) if c is not None}
        if len(states) > 1:
            return None
        title = " ".join(prefix)
        found = agent_sector(prefix[0]) or agent_sector(title)
        code = None
        if states:
            state = next(iter(states))
            code = ActorCode(state, found.sector if found is not None and found.sector in state_sectors() else "GOV",
                             f"title '{title}' before the name {full} names {state}")
        return _added_person(doc, coder, full, code, start, end)
    return None


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


def _titled_holder(doc, start: Optional[int], end: Optional[int]) -> Optional[str]:
    """The person whose title an actor span is, where the span lies inside a role the roles
    component read as premodifying a name ("Principal Deputy National Security Advisor Jon Finer
    hosted ...": the NER took "National Security Advisor" for an organisation and the parse made
    it the subject, with the name in apposition); the span must end before the holder's name
    and overlap no mention of another entity. None otherwise."""
    if start is None or end is None:
        return None
    for role in doc._.ng_roles or []:
        if not (role.start <= start and end <= role.end):
            continue
        names = [m for m in doc._.ng_mentions or [] if m.entity_key == role.person_key and m.kind == "name"
                 and role.start <= m.start < role.end]
        others = [m for m in doc._.ng_mentions or [] if m.entity_key and m.entity_key != role.person_key
                  and m.start < end and start < m.end]
        if names and end <= min(m.start for m in names) and not others:
            return role.person_key
    return None


# what may stand between a title the actor span kept and the name it premodifies: the rest of
# the title (capitalised words, "of", "for", "the", "on"), no comma, verb or "and"
_TITLE_REST = re.compile(r"^(?:[ \t\n]+(?:of|for|the|on|[A-Z][\w’'.\-]*)){0,12}[ \t\n]+$")
# a portfolio that lists its fields ("of the Environment, Water, and Ecological Transition"): after
# "of"/"for", commas and "and"/"&" may join its capitalised words; no other title head may follow
# (_listed_portfolio_rest), else the comma or "and" opens the next holder's title
_PORTFOLIO_REST = re.compile(
    r"^[ \t\n]+(?:of|for)(?:,?[ \t\n]+(?:of|for|the|on|and|&|[A-Z][\w’'.\-]*)){1,14}[ \t\n]+$")


def _listed_portfolio_rest(between: str) -> bool:
    """Whether ``between`` (the text from a title's head to a name) is the rest of one title
    whose portfolio lists its fields, commas and "and" included ("of the Environment, Water, and
    Ecological Transition"), with no other title head after "of"/"for" ("of Finance, Foreign
    Minister" opens a second title). Since linking 0.3.500."""
    if not _PORTFOLIO_REST.match(between):
        return False
    heads = _title_heads()
    return not any(_fold(w.strip(",")) in heads or _fold(w.strip(",")).rstrip("s") in heads
                   for w in between.split())


def _name_after_title(doc, text: Optional[str], start: Optional[int], end: Optional[int]) -> Optional[str]:
    """The person an actor span that is only a capitalised title premodifies, where the parse
    cut the span before the name ("Senior Director for the Western Hemisphere for the National
    Security Council Juan Gonzalez met with ...": the span is "Senior Director"): English
    premodifies a name by the whole title, so the first person's name after the span, with
    only the rest of the title between (``_TITLE_REST``; a portfolio listing its fields with
    commas and "and": ``_listed_portfolio_rest``), is the actor. The span must end on a
    title head (``roles.title_lexicon``) and overlap no keyed mention. None otherwise."""
    if not text or start is None or end is None:
        return None
    words = text.split()
    if not words or not all(w[:1].isupper() or w in ("of", "for", "the") for w in words) \
            or _fold(words[-1]).rstrip("s") not in _title_heads() and _fold(words[-1]) not in _title_heads():
        return None
    mentions = doc._.ng_mentions or []
    if any(m.entity_key and m.start < end and start < m.end for m in mentions):
        return None
    # the bodies and regions the title names ("for the National Security Council") may lie between
    after = min((m for m in mentions if m.entity_key and m.start >= end and m.type == "person"),
                key=lambda m: m.start, default=None)
    if after is None or after.kind != "name":
        return None
    between = doc_text(doc)[end:after.start]
    return after.entity_key if _TITLE_REST.match(between) or _listed_portfolio_rest(between) else None


def _appositive_title_holder(doc, coder: "ActorCoder", text: Optional[str], start: Optional[int],
                             end: Optional[int]) -> Optional[tuple[str, Optional[ActorCode]]]:
    """(person key, code) of an actor span that is a bare common-noun title ("president",
    "the chairman") whose "of" chain ends in the holder's name set off by a comma ("the president
    of its board of directors, Ruy Delgado Lopez", "the head of the ministry's press office, Anna
    Petrova"): English apposition names the title's holder (the parser hangs the name on the last
    noun of the chain). The name is two to four capitalised name words (``_name_word``) the NER
    tagged as no organisation or place; the person is the article's person of that name, else a
    person added with a mention at the span (placed by the article's reading). None otherwise."""
    if not text or start is None or end is None:
        return None
    words = [w for w in text.split() if w.lower() not in ("the", "its", "his", "her", "their", "a", "an")]
    if len(words) != 1 or not words[0].islower() or _fold(words[0]) not in _title_heads():
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    node = span.root
    for _depth in range(4):
        for appos in (c for c in node.children if c.dep_ == "appos" and c.i > node.i):
            first = appos.left_edge
            name = doc[first.i:appos.i + 1]
            if first.i == 0 or doc[first.i - 1].text != "," or not 2 <= len(name) <= 4 \
                    or any(t.pos_ != "PROPN" or not _name_word(t.text) or t.ent_type_ not in ("", "PERSON")
                           for t in name) \
                    or any(c.i > appos.i and c.dep_ not in ("punct", "cc", "conj") for c in appos.children):
                continue
            full = name.text
            person = _article_person(doc, full)
            if person is not None:
                return person, coder.for_key(person)
            # placed as the bare title was (context_states: only the one state its own clause
            # names), in the sector the title gives (Phoenix agents)
            placed = context_state(doc, releasing_state(coder.outlet), start, end, None, focus=False)
            sector = agent_sector(words[0])
            code = ActorCode(placed[0], sector.sector if sector is not None else None,
                             f"the holder of the title '{words[0]}': {placed[1]}") if placed else None
            return _added_person(doc, coder, full, code, start, end)
        of = next((c for c in node.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is None or obj.pos_ != "NOUN":
            return None
        node = obj
    return None


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


_BARE_INSTITUTION = re.compile(r"^(?:[Tt]he\s+)?([A-Z][a-z]+)$")


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


# the names a state's executive bodies take ("Department of State", "Office of the Spokesperson",
# "Bureau of Consular Affairs", "Treasury's Office of ..."), as opposed to a company or a group
_EXECUTIVE_OFFICE = re.compile(r"^(?:the\s+)?(?:(?:U\.?S\.?\s+)?Department\s+of\s+the\s+\w+[’']s\s+)?"
                               r"(?:(?:Departments?|Offices?|Bureaus?|Agency|Agencies)\s+(?:of|for)\s+(?:the\s+)?[A-Z]"
                               r"|(?:[A-Z][a-z]+\s+){1,2}Department$"  # "State Department", "Justice Department"
                               # "FBI, State, and Treasury": an executive department by its short name
                               # alone, usual in the publishing government's own releases
                               r"|(?:State|Treasury|Commerce|Justice|Defense|Energy|Interior|Labor|Agriculture)$)")
_INTERNATIONAL_WORDS = re.compile(r"\b(?:United\s+Nations|UN|International|European|World|Global|High\s+Commissioner)\b")


# "(Panama)", "(New York)" right after a name, or after the next name joined by "and" in the same
# list item (no comma, semicolon or parenthesis between): a state or region placing the holder
_PARENTHETICAL_PLACE = re.compile(r"(?:\s+and\s+[^,;()\n]{1,120}?)?[ \t]*\(([A-Z][\w.’' \-]{1,40})\)")


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


# ", Ukrainian Foreign Minister" / ", the Russian Ambassador" right after a name, up to the end
# of the line or the phrase: a title in apposition (signature lines: "Dmytro Kuleba, Ukrainian
# Foreign Minister")
_APPOSITIVE_TITLE = re.compile(r",[ \t]+((?:the[ \t]+)?[A-Z][\w’'.\-]*(?:[ \t]+(?:of|for|and|[A-Z][\w’'.\-]*)){1,6})[ \t]*(?=[\n,;(]|$)")


@functools.lru_cache(maxsize=4096)
def _word_end_pattern(word: str) -> re.Pattern:
    """``word`` not followed by a word character or hyphen, any letter case; compiled once per
    word (re's own cache is evicted by the many patterns of a batch). No lookbehind: a pattern
    that opens with its literal is found by a fast scan (``_whole_word_matches`` checks the
    character before)."""
    return re.compile(rf"{re.escape(word)}(?![\w-])", re.IGNORECASE)


_WORD_OR_HYPHEN = re.compile(r"[\w-]")
_PLAIN_WORD = re.compile(r"[\w-]+")
_COMMA = re.compile(",")


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


# a designation's words for a person serving in a state's government (E.O. 14024 sec. 1(a)(iii)(A)
# and the releases that apply it: "for his role in the Government of the Russian Federation as
# the head of RosGeo", "for her role as an official of the Government of the Russian Federation")
_GOVERNMENT_ROLE = re.compile(r"\b(?:for\s+(?:his|her)\s+(?:role|involvement|position|service)\b[^.;]{0,60}?"
                              r"|\bas\s+an?\s+(?:senior\s+)?official\s+)\b(?:of|in|within)\s+the\s+Government\s+of\s+"
                              r"(?:the\s+)?([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,3})")


# an executive order cited by number ("pursuant to E.O. 14024", "Executive Order (E.O.) 14024",
# "Executive Order 14024 section 1(a)(iii)(C)"): the designation's programme
_ORDER_CITED = re.compile(r"\b(?:E\.\s?O\.|Executive\s+Order)\s*(?:\(E\.O\.\)\s*)?(\d{5})\b")


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


@functools.lru_cache(maxsize=1)
def _envoy_nouns() -> frozenset[str]:
    """An envoy's title words (plover_frames.yaml ``envoy_nouns``): the post lies in the state the
    envoy is sent to, so the states named beside them say nothing of whom they serve ("met with
    Ambassador Brink in Kyiv")."""
    import pathlib

    import yaml
    path = pathlib.Path(__file__).resolve().parent / "lexicons" / "plover_frames.yaml"
    frames = yaml.safe_load(path.read_text(encoding="utf-8"))
    return frozenset(word.lower() for word in frames.get("envoy_nouns") or ())


def _title_heads() -> frozenset[str]:
    """Head nouns of titles (``roles.title_lexicon``: "minister", "officer", "official")."""
    from newsgraph.nlp.roles import title_lexicon

    return title_lexicon().heads


_LEGAL_FORM_REASON = "a company named with its legal form"
# prepositions whose object says where the complement's head is: "media within Russia"
_LOCATIVE_PREPS = ("in", "within", "inside")


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


class ActorCoder:
    """The state and sector of the article's actors (see the module docstring), cached per key."""

    def __init__(self, doc):
        self.doc = doc
        self.entities = doc._.ng_entities or {}
        self.roles: dict[str, list] = {}
        for role in doc._.ng_roles or []:
            self.roles.setdefault(role.person_key, []).append(role)
        self.outlet = outlet_identity(doc._.ng_outlet)
        self._cache: dict[str, Optional[ActorCode]] = {}
        self._appositive_title_cache: dict[str, Optional[ActorCode]] = {}
        self._keyed_tokens: dict = {}  # _keyed_token_mentions, for the mention list stamped below
        self._keyed_tokens_stamp: Optional[tuple[int, int]] = None
        self._names_by_key: dict = {}  # _name_mentions, for the mention list stamped below
        self._names_by_key_stamp: Optional[tuple[int, int]] = None

    def for_key(self, key: Optional[str]) -> Optional[ActorCode]:
        if not key:
            return None
        if key not in self._cache:
            self._cache[key] = None  # guards against a role cycle
            self._cache[key] = self._code(key)
        return self._cache[key]

    def remember(self, key: str, code: Optional[ActorCode]) -> None:
        """Record ``code`` as ``key``'s reading: an actor the linker added to the article after
        reading its mentions (a body it introduced, a person a turn label names), whose code
        ``_code`` could not rebuild from the mentions; later ``for_key`` calls return it."""
        self._cache[key] = code

    def _code(self, key: str) -> Optional[ActorCode]:
        entity = self.entities.get(key)
        if entity is None:
            return None
        if entity.type == "country":
            return ActorCode(entity.code, "GOV", "a state")
        if entity.type == "organization":
            return self._with_programme_state(key, self._organisation(entity))
        if entity.type == "person":
            return self._with_programme_state(key, self._with_origin(key, self._person(key)))
        if entity.type == "group":
            descent = self.descent(entity.name)
            if descent is not None:
                return descent
            body = self._organisation_named(entity)
            if body is not None:
                return body
            found = agent_sector(entity.name)
            return ActorCode(None, found.sector, found.reason) if found else None
        return None

    def _with_programme_state(self, key: str, code: Optional[ActorCode]) -> Optional[ActorCode]:
        """``code``, or where it places the person or organisation in no state (and is no IGO
        post), ``code`` with the state of the sanctions programme a paragraph naming the party
        cites (``_programme_state``): "Frank is being designated ... of OOO Transoil, pursuant to
        section 1(a)(iii)(C) of E.O. 14024" -> RUS, the sector kept."""
        if code is not None and (code.acts_for or code.sector == "IGO"):
            return code
        found = self._programme_state(key)
        if found is None:
            return code
        state, cited = found
        reason = f"designated in a paragraph citing {cited}, a {state} programme (actor_heads.yaml designation_programmes)"
        if code is None:
            return ActorCode(state, None, reason)
        return dataclasses.replace(code, acts_for=state, reason=f"{code.reason}; {reason}" if code.reason else reason,
                                   publisher_default=False)

    def _programme_state(self, key: str) -> Optional[tuple[str, str]]:
        """(ISO3, the citation) of the executive order a paragraph holding a mention of ``key``
        cites by number, where actor_heads.yaml ``designation_programmes`` gives the order its
        state ("E.O. 14024": RUS) and the paragraph names no state besides that one and the
        publisher's (a "PRC-based" or "Iranian" party designated under the order is not its
        state's). The paragraph is the mention's line joined across the breaks that only wrap a
        sentence (``_list_item``), or its sentence in a text with no line breaks (no paragraphs
        to tell). None otherwise."""
        programmes = designation_programmes()
        text = doc_text(self.doc)
        # (the citations of the whole text are found once per Doc: this is asked for every actor)
        if not any(programmes.get(cited.group(1)) for cited in text_matches(self.doc, _ORDER_CITED)):
            return None  # no listed order cited: spare the name search below
        own = releasing_state(self.outlet)
        entity = self.entities.get(key)
        # a name the designation list added with no mention of its own ("... and Natalya Browning
        # are each being designated ..."): where its name stands
        named = [found.span() for found in _whole_word_matches(entity.name, text)] \
            if entity is not None and entity.name.strip() else []
        at = [(m.start, m.end) for m in self.doc._.ng_mentions or [] if m.entity_key == key and m.kind != "pronoun"]
        for offset, offset_end in sorted(set(at + named)):
            if self._acting_subject_at(offset, offset_end):
                # "Department of the Treasury is also imposing sanctions ... pursuant to E.O. 14024": the designator
                continue
            start, end = self._paragraph_at(text, offset, offset_end)
            for cited in _ORDER_CITED.finditer(text, start, end):
                state = programmes.get(cited.group(1))
                if state and self._states_in(start, end) <= {state, own}:
                    return state, " ".join(cited.group(0).split())
        return None

    def _paragraph_at(self, text: str, start: int, end: int) -> tuple[int, int]:
        """Character bounds of the paragraph holding the name at ``start``..``end``: its line
        joined across the breaks that only wrap a sentence (``_list_item``: a hard-wrapped release
        keeps one paragraph), or, in a text with no line break at all, the name's sentence."""
        if "\n" in text:
            return _list_item(text, start)
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return (span.sent.start_char, span.sent.end_char) if span is not None and len(span) else (0, len(text))

    def _acting_subject_at(self, start: int, end: int) -> bool:
        """Whether the name between characters ``start`` and ``end`` is, itself or as a conjunct or
        apposition of one, the subject of an active clause or the agent of a passive ("OFAC
        designated ...", "... owned or controlled by Alexey Mordashov"): a doer, not a party
        designated (a passive's subject, an object)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        # every word hanging outside the name ("Finally, Department of the Treasury": the adverb and
        # the head noun), climbing a list or apposition to its first item
        for token in (t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i):
            while token.dep_ in ("conj", "appos") and token.head.i < token.i:
                token = token.head
            if token.dep_ == "nsubj" or (token.dep_ == "pobj" and token.head.dep_ == "agent"):
                return True
        return False

    def _states_in(self, start: int, end: int) -> set[str]:
        """ISO3 of every state the text between character offsets ``start`` and ``end`` names: a
        mention of a country or place the article keys (``context_states._sentence_states``), or a
        GPE or NORP entity the mentions may not key ("Iranian", "PRC")."""
        states = _sentence_states(self.doc, start, end, None)
        for ent in doc_ents(self.doc):
            if ent.label_ in ("GPE", "NORP") and start <= ent.start_char < end:
                country = lookup_country(ent.text)
                if country is not None:
                    states.add(country.alpha3)
        return states

    def _organisation(self, entity: EntityRecord) -> Optional[ActorCode]:
        descent = self.descent(entity.name)
        if descent is not None:
            return descent  # "Venezuelan community" tagged as an organisation
        owner = self._igo_owner(entity)
        if owner is not None:
            return owner
        named = next((found for found in map(named_actor, (entity.name, *entity.aliases)) if found), None)
        if named is None:
            # "FBI, State, and ...": a state's acronym Phoenix lists, in an article published
            # for that state or naming it (another state's "NSC" is written alike)
            own = releasing_state(self.outlet)
            named = next((found for found in map(state_acronym, (entity.name, *entity.aliases))
                          if found and found.acts_for in self._states_named | {own}), None)
        acts_for = named.acts_for if named else None
        if named is None:
            # "G7 Foreign Ministers of Canada, ...": the group's officials act as the group
            group = next((found for found in map(group_officials, (entity.name, *entity.aliases)) if found), None)
            if group is not None:
                return group
            # "White House Office of Public Engagement": an office of a state's institution
            named = next((found for found in map(state_institution_prefix, (entity.name, *entity.aliases)) if found), None)
            acts_for = named.acts_for if named else None
        acts_for = acts_for or entity.country
        if named is not None and named.sector == "IGO" and named.acts_for is None:
            # "NATO", "the EU" (Phoenix International actors: IGO...): a body of many states acts
            # for none of them, whatever nationality a phrase around one mention names
            return named
        if named is None and acts_for is None:
            # "OAS Permanent Council", "the European Union's External Action Service": an organ of
            # an IGO acts for no state either, but is an IGO actor, not an unplaced one
            organ = next((found for found in map(intergovernmental_organ, (entity.name, *entity.aliases)) if found), None)
            if organ is not None:
                return organ
        placed = self._nationality_before(entity.key) if acts_for is None else None
        if placed is not None:
            # "Russian commercial bank Transkapitalbank", "X, a Russian maritime shipping company"
            acts_for, reason = placed.acts_for, placed.reason
        for name in (entity.name, *entity.aliases):
            # "Italian Episcopal Conference", also when the article's key name is its acronym "CEI"
            words = name.split()
            for size in (3, 2, 1):
                if acts_for:
                    break
                country = lookup_country(" ".join(words[:size])) if len(words) > size else None
                if country is not None:
                    acts_for = country.alpha3
        owner = self._owner_state(entity) if acts_for is None and named is None and placed is None else None
        if owner is not None:
            # "Severstal is being designated ... because it is owned or controlled by Alexey
            # Mordashov": a body owned by an actor the article places is that state's
            acts_for, reason = owner.acts_for, owner.reason
        twin = self._legal_twin(entity) if acts_for is None else None
        if twin is not None:
            # "Severgroup Limited Liability Company" and "Severgroup, a ... Russia's investment
            # company": one company under its name with and without the legal form
            acts_for = twin.acts_for
        sector = named.sector if named else (placed.sector if placed is not None else None)
        reason = named.reason if named else (placed.reason if placed is not None else "")
        default = by_legal_form = False  # ActorCode.publisher_default, ActorCode.by_legal_form
        registered = self._legal_form_state(entity) if acts_for is None and twin is None else None
        if registered is not None:
            # "Oboronlogistika OOO": a Russian legal form in a release that names Russia
            acts_for = registered
            reason = reason or f"a company of a legal form registered in {registered}, the one such state its article names or is about"
        if twin is not None and not named and placed is None:
            sector, reason = twin.sector, f"the same company as named without its legal form ({twin.reason})"
            default = twin.publisher_default
        if sector is None:
            found = agent_sector(entity.name)
            if found:
                sector, reason, default = found.sector, found.reason, False
        if sector is None and acts_for is None:
            # "International Paralympic Committee": a non-governmental body of no state, by its name
            found = international_body(entity.name)
            if found:
                sector, reason = found.sector, found.reason
        if sector is None:
            # "VOA", "Golos Ameriki (VOA Russian)": a listed news outlet, by its name or by the
            # bracketed alias after its first mention, is a medium (Phoenix/CAMEO MED)
            first = self._first_name_span(entity.key)
            outlet = next(filter(None, map(news_outlet_alias, (entity.name, *entity.aliases))), None) or (
                outlet_alias_after(doc_text(self.doc), first.end_char) if first is not None else None)
            if outlet is not None:
                sector, reason = "MED", f"the news outlet {outlet} (outlets.yaml)"
        if acts_for is None and sector is None:
            introduced = self.introduced_body(self._first_name_span(entity.key))
            if introduced is not None:
                return introduced
        if acts_for is None and sector in state_sectors() and self._own_executive_office(entity, named_only=False):
            # "the Biden-Harris Administration", "Federal Bureau of Investigation" in the White
            # House's own release: a state body the name does not place is the publisher's
            return ActorCode(self.outlet.acts_for, sector, f"{reason} in the release of {self.doc._.ng_outlet}",
                             publisher_default=True)
        if acts_for is None and sector is None and self._own_executive_office(entity):
            return ActorCode(self.outlet.acts_for, "GOV",
                             f"an executive office named in the release of {self.doc._.ng_outlet}", publisher_default=True)
        if sector is None and _legal_form_named(entity):
            # "Oboronlogistika OOO", "M Leasing LLC": a registered company is a business (BUS)
            by_legal_form = not reason  # nothing else said what the company is
            sector, reason = "BUS", (reason + "; " if reason else "") + _LEGAL_FORM_REASON
        if acts_for is None and sector is None:
            return None
        return ActorCode(acts_for, sector, reason or "organisation's country", publisher_default=default,
                         by_legal_form=by_legal_form)

    def _organisation_named(self, group: EntityRecord) -> Optional[ActorCode]:
        """The state and sector of the article's organisation whose name, without its legal form,
        is a group's name (``entities.without_legal_form``): "19 members of the Rostec board" are
        the people of "State Corporation Rostec", acting for its state; None when no placed
        organisation has the name."""
        from newsgraph.nlp.entities import without_legal_form

        names = {n.casefold() for n in (group.name, *group.aliases)}
        for key, other in self.entities.items():
            if other.type != "organization" or key == group.key:
                continue
            if not names & {without_legal_form(n).casefold() for n in (other.name, *other.aliases)}:
                continue
            code = self.for_key(key)
            if code is not None and code.acts_for:
                return ActorCode(code.acts_for, code.sector, f"people of the organisation {other.name}; {code.reason}")
        return None

    def _owner_state(self, entity: EntityRecord) -> Optional[ActorCode]:
        """The state of the owner a sentence gives the organisation ``entity`` as the subject of
        its clause ("Algoritm is being designated ... because it is owned or controlled by Alexey
        Mordashov", OFAC's wording: ``_owning_verbs``): the "by" agent of the owning verb, an
        actor of the article this coder places in a state not by the publisher's default
        (Mordashov: RUS, "one of Russia's wealthiest billionaires"). PLOVER codes a body by the
        state it belongs to; a company held by a state's citizen or government is that state's.
        ``ActorCode(state, None, reason)``, or None when no sentence names such an owner."""
        for mention in self.doc._.ng_mentions or []:
            if mention.entity_key != entity.key or mention.kind != "name":
                continue
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or span.root.dep_ != "nsubjpass":
                # the passive subject only ("X is being designated ... because it is owned", "X was
                # identified ... for being wholly owned by"): in "OFAC designated X for being owned
                # by Y" what is owned is the object, not the subject
                continue
            for owning in _owning_verbs(span.root.head, span.end):
                for agent in (c for verb in (owning, *owning.conjuncts) for c in verb.children if c.dep_ == "agent"):
                    for owner in (c for c in agent.children if c.dep_ == "pobj"):
                        # the owner's name (not a pronoun), other than the body itself, placed by evidence
                        for mention, code in self._placed_mentions_at(owner.idx, entity.key):
                            if mention.kind == "name" and not code.publisher_default:
                                return ActorCode(code.acts_for, None, f"owned or controlled by '{owner.text}' "
                                                                      f"({code.acts_for}: {code.reason})")
        return self._owner_apposition_state(entity)

    def _keyed_token_mentions(self) -> dict:
        """{token index: the first keyed mention (in ``doc._.ng_mentions`` order) whose span
        covers the token}, read by ``_owner_apposition_state`` for every organisation it codes.
        Built once per state of the mention list: the linker only appends to it (``_add_mention``,
        ``_introduced_name``), so its identity and length tell when it must be built again. Each
        mention's token range is its ``char_span`` bounds; no Token is made."""
        mentions = self.doc._.ng_mentions or []
        stamp = (id(mentions), len(mentions))
        if self._keyed_tokens_stamp != stamp:
            owners: dict = {}
            for mention in mentions:
                if not mention.entity_key:
                    continue
                span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is not None:
                    for i in range(span.start, span.end):
                        owners.setdefault(i, mention)
            self._keyed_tokens, self._keyed_tokens_stamp = owners, stamp
        return self._keyed_tokens

    def _owner_apposition_state(self, entity: EntityRecord) -> Optional[ActorCode]:
        """The state of the owner that a business noun in apposition to a name of the company
        ``entity`` gives (English apposition: the two noun phrases name one referent, so the
        company is the owner's company): "A, B's company," / "B's companies A and C" / "the
        companies he controlled, A and C" (a relative clause of an owning verb, ``_OWNING_LEMMAS``,
        whose subject is the owner). The business noun is a BUS agent (Phoenix agents: "company")
        or a business head (actor_heads.yaml: "firm"); the owner is a keyed person or organisation
        (a name, or a pronoun coref keyed) that this coder places in a state by evidence, not by
        the publisher's default ("a Russian national": RUS). The state only: the company keeps its
        own key. Since 0.3.610.

        Shape: ``ActorCode(state, None, reason)`` or None when no such apposition names an owner."""
        from newsgraph.nlp.roles import _back, _fwd

        doc = self.doc
        owners = self._keyed_token_mentions()  # token index -> keyed mention covering it

        def business(token) -> bool:
            found = agent_sector(token.text)
            return bool(found and found.sector == "BUS") or business_head(token.lower_)

        def possessor(head: int):
            # "B's [big] company", "his companies": the keyed owner before the head's modifiers
            i = _back(doc, head - 1)
            for _ in range(3):
                if i < 0 or doc[i].pos_ not in ("ADJ", "NOUN") or i in owners:
                    break
                i = _back(doc, i - 1)
            if i >= 0 and doc[i].text in _OWNER_POSSESSIVE_MARKS:
                return owners.get(_back(doc, i - 1))
            if i >= 0 and doc[i].lower_ in ("his", "her", "its"):
                return owners.get(i)
            return None

        def relative_owner(verb: int):
            # "the companies he controlled": a business noun, a subject, an owning verb
            if verb < 0 or doc[verb].lemma_ not in _OWNING_LEMMAS or doc[verb].tag_ not in ("VBD", "VBZ", "VBP"):
                return None
            subject = owners.get(_back(doc, verb - 1))
            if subject is None:
                return None
            first = doc.char_span(subject.start, subject.end, alignment_mode="expand")
            i = _back(doc, first.start - 1) if first is not None else -1
            if i >= 0 and doc[i].lower_ in ("that", "which"):
                i = _back(doc, i - 1)
            return subject if i >= 0 and business(doc[i]) else None

        for mention in doc._.ng_mentions or []:
            if mention.entity_key != entity.key or mention.kind != "name":
                continue
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            owner = None
            # after the name: "A, B's company," (the head closes the apposition)
            i = _fwd(doc, span.end)
            if i < len(doc) and doc[i].text == ",":
                j = _fwd(doc, i + 1)
                k = j
                while k < len(doc) and k - j < 6 and not business(doc[k]) and doc[k].text not in _APPOSITION_END:
                    k = _fwd(doc, k + 1)
                end = _fwd(doc, k + 1)
                if k < len(doc) and business(doc[k]) and (end >= len(doc) or doc[end].text in _APPOSITION_END
                                                          or doc[end].is_sent_start):
                    owner = possessor(k)
            if owner is None:
                # before the name, across the list it stands in: "B's companies A and C", "the
                # companies he controlled, A and C"
                i = _back(doc, span.start - 1)
                steps = 0
                while i >= 0 and steps < 24 and (doc[i].lower_ in _OWNED_LIST_JOINERS or (
                        i in owners and (self.entities.get(owners[i].entity_key) or entity).type == "organization")):
                    i, steps = _back(doc, i - 1), steps + 1
                if i >= 0 and business(doc[i]):
                    owner = possessor(i)
                elif i >= 0:
                    owner = relative_owner(i)
            if owner is None or owner.entity_key == entity.key:
                continue
            record = self.entities.get(owner.entity_key)
            if record is None or record.type not in ("person", "organization"):
                continue
            code = self.for_key(owner.entity_key)
            if code is not None and code.acts_for and not code.publisher_default:
                return ActorCode(code.acts_for, None, f"a company in apposition to one '{owner.text}' owns "
                                                      f"({code.acts_for}: {code.reason})")
        return None

    def _legal_twin(self, entity: EntityRecord) -> Optional[ActorCode]:
        """The code, with a state, of another organisation of the article that is the same
        company named with or without a legal form (``entities.without_legal_form``:
        "Severgroup Limited Liability Company" / "Severgroup"); None when there is none."""
        from newsgraph.nlp.entities import without_legal_form

        bare = {without_legal_form(n).casefold() for n in (entity.name, *entity.aliases)}
        for key, other in self.entities.items():
            if key == entity.key or other.type != "organization":
                continue
            if not bare & {without_legal_form(n).casefold() for n in (other.name, *other.aliases)}:
                continue
            if {n.casefold() for n in (entity.name, *entity.aliases)} & {n.casefold() for n in (other.name, *other.aliases)}:
                continue
            code = self.for_key(key)
            if code is not None and code.acts_for:
                return code
        return None

    def _legal_form_state(self, entity: EntityRecord) -> Optional[str]:
        """The one state among those whose company law has the legal form of the company's name
        (``entities.legal_form_states``: "OOO" Russia, Belarus) that the article names, of
        several the one it is about (``context_states.article_focus``); None when the name has
        no national form or the article names none of them, or several and is about none."""
        from newsgraph.nlp.entities import legal_form_states

        states = frozenset().union(*(legal_form_states(n) for n in (entity.name, *entity.aliases)))
        named = states & self._states_named if states else set()
        if len(named) > 1:
            # a release on Russia that also names Belarus once: the state the article is about
            own = releasing_state(self.outlet)
            focus = article_focus(self.doc, own)
            named = {focus} if focus in named else named
        return next(iter(named)) if len(named) == 1 else None

    def group_key(self, key: str, code: Optional[ActorCode]) -> Optional[str]:
        """The key of the named group itself ("org:g7") when ``key`` is an entity coded as that
        group's officials (``group_officials``: "G7 Foreign Ministers of Canada") and the article
        names the group on its own; else None."""
        if code is None or code.group is None:
            return None
        for other, entity in self.entities.items():
            if other != key and entity.type == "organization":
                if named_actor(entity.name) == code.group:
                    return other
        return None

    def _igo_owner(self, entity: EntityRecord) -> Optional[ActorCode]:
        """IGO of no state for an organ whose first name mention follows its IGO parent's
        possessive ("the OSCE’s Office for Democratic Institutions and Human Rights", "the OSCE’s
        Special Monitoring Mission": the NER leaves the owner out of the name); else None."""
        span = self._first_name_span(entity.key)
        if span is None:
            return None
        before = doc_text(self.doc)[max(0, span.start_char - 60):span.start_char]
        owned = re.search(r"(\b[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})\s*['\u2019]s\s+$", before)
        return intergovernmental_organ(f"{owned.group(1)}'s {entity.name}") if owned else None

    def _first_name_span(self, key: str):
        """The token span of the first mention that names ``key``; None when none does. A person
        the linker added for a name the NER took for a place ("Prigozhin's wife Polina",
        ``_added_person``) has no name mention of its own: the NER's mention that spells its name
        (keyed to the place) stands for it."""
        mentions = self._name_mentions(key)
        entity = self.entities.get(key)
        if not mentions and entity is not None and entity.type == "person" and entity.component == COMPONENT:
            mentions = sorted((m for m in self.doc._.ng_mentions or [] if m.kind == "name" and m.text == entity.name),
                              key=lambda m: m.start)
        spans = self._mention_spans(mentions)
        return spans[0] if spans else None

    def introduced_body(self, span) -> Optional[ActorCode]:
        """The code of a body whose name (``span``, its first mention) neither Phoenix nor its
        words place, introduced by a state agent noun in a sentence that names one state other
        than the publisher's: "Russia's Prosecutor General ordered the communications authority
        RosKomNadzor ..." -> RUS GOV. The common nouns between a determiner and the name
        premodify it (an English noun phrase headed by the name: "the state regulator X");
        their sector is read from the Phoenix agents. None otherwise."""
        if span is None:
            return None
        doc = self.doc
        words = []
        for token in reversed(doc[max(span.sent.start, span.start - 4):span.start]):
            if token.pos_ not in ("NOUN", "ADJ") or not token.is_lower:
                break
            words.insert(0, token.text)
        opener = span.start - len(words) - 1
        if not words or opener < 0 or doc[opener].pos_ != "DET":
            return None
        described = agent_sector(" ".join(words))
        if described is None or described.sector not in state_sectors():
            return None
        own = releasing_state(self.outlet)
        a, b = span.sent.start_char, span.sent.end_char
        states = set()
        for mention in doc._.ng_mentions or []:
            entity = self.entities.get(mention.entity_key) if mention.entity_key else None
            if entity is not None and entity.type in ("country", "place") and a <= mention.start < b:
                states.add(entity.state)
        states -= {own, None}
        if len(states) != 1:
            return None
        state = next(iter(states))
        return ActorCode(state, described.sector,
                         f"introduced as '{' '.join(words)}' ({described.reason}) beside the one state its sentence names")

    def _own_executive_office(self, entity: EntityRecord, named_only: bool = True) -> bool:
        """"Department of the Treasury", "Office of Foreign Assets Control", "Bureau of
        Industry and Security" with no state in their name, in a state institution's own
        release: the publishing state's executive bodies (a body of another state or of the
        UN carries its state or "United Nations" in its name; one the publishing state does not
        have, actor_sectors.yaml ``bodies_not_held``, is another state's)."""
        if not state_institution_code(self.outlet):
            return False
        names = [" ".join(n.split()) for n in (entity.name, *entity.aliases)]
        foreign = bodies_not_held(self.outlet.acts_for)
        if any(re.search(rf"\b{re.escape(word)}\b", name.lower()) for word in foreign for name in names):
            return False  # "the National Police" in a U.S. release: a body the U.S. does not have
        return (not named_only or any(_EXECUTIVE_OFFICE.match(n) for n in names)) and not any(
            _INTERNATIONAL_WORDS.search(n) for n in names)

    def _nationality_title(self, role, title_sector: Optional[str]) -> bool:
        """Whether ``role``'s state is only the nationality of a person whose title names no state
        office (``_nationality_title_sector``): the role's phrase opens with a demonym right before
        the title ("Ivorian blogger X", "Egyptian economist X", "American academic X"). A title
        "of" or "for" a state's body ("spokesman for the Indonesian military", "Environment Canada
        spokesperson") is a post of that body and stays its state's."""
        if not title_sector or title_sector in state_sectors():
            return False
        span = self.doc.char_span(role.start, role.end, alignment_mode="expand")
        if span is None:
            return False
        words = [t for t in span if not t.is_punct]
        title = role.title.lower().split()
        for i in range(1, min(4, len(words))):
            if [t.lower_ for t in words[i:i + len(title)]] == title:
                return _nationality_title_sector(role.title, " ".join(t.text for t in words[:i])) == title_sector
        return False

    def _person(self, key: str) -> Optional[ActorCode]:
        best: Optional[tuple[int, ActorCode]] = None
        stateless_body = False  # a role "of" an organisation no state places (an IGO's service)
        for role in self.roles.get(key, []):
            title = agent_sector(role.title)
            title_sector = title.sector if title else None
            of = self.entities.get(role.of_key) if role.of_key else None
            code: Optional[ActorCode] = None
            if of is not None and of.type == "country":
                sector = title_sector if title_sector in state_sectors() or self._nationality_title(role, title_sector) \
                    else "GOV"
                code, rank = ActorCode(of.code, sector, f"role: {role.title} of {of.name}"), 0
            elif of is not None and of.type == "organization":
                org = self.for_key(role.of_key)
                acts_for = org.acts_for if org else of.country
                sector = (org.sector if org and org.sector else None) or title_sector
                if org is not None and org.publisher_default and not self._own_executive_office(of):
                    # "Vice Chairman of the Central Military Commission" in a U.S. release: a body
                    # placed only by the publisher default from its sector noun (not a named
                    # executive office: "Department of Homeland Security") places its officer no
                    # more firmly than a bare title does (the counterpart checks below still apply)
                    acts_for = None
                elif not acts_for and is_regional_body(of.name):
                    # "European External Action Service Deputy Secretary General Enrique Mora": a
                    # post in a body of several states is no post of the publishing state
                    stateless_body = True
                code, rank = ActorCode(acts_for, sector, f"role: {role.title} of {of.name}"), 1
            else:
                country = lookup_country(role.of_name) if role.of_name else None
                own = self._outlet_institution(role.title)
                body = state_institution_prefix(role.title) or state_institution_prefix(role.of_name)
                if body is not None:
                    # "Jeff Rathke, the State Department Spokesperson", "White House Press
                    # Secretary": a post in a state's institution acts for that state
                    sector = title_sector if title_sector in state_sectors() else body.sector
                    code, rank = ActorCode(body.acts_for, sector, f"role: {role.title}; {body.reason}"), 0
                elif own is not None:
                    # "Ned Price, Department Spokesperson" in the Department's own release
                    code, rank = ActorCode(own.acts_for, own.sector, f"role: {role.title} of the outlet"), 1
                elif country is not None:
                    sector = title_sector if title_sector in state_sectors() or self._nationality_title(role, title_sector) \
                        else "GOV"
                    code, rank = ActorCode(country.alpha3, sector, f"role: {role.title} of {country.name}"), 0
                elif (igo := _igo_initialism_before(self.doc, role.start)) is not None:
                    # "IAEA Director General Grossi": the IGO's initialism the NER left untagged
                    # premodifies the title, so the post is the IGO's (as a tagged "of" body's is)
                    stateless_body = True
                    code, rank = ActorCode(None, "IGO", f"role: {role.title} of {igo}"), 1
                elif title_sector:
                    code, rank = ActorCode(None, title_sector, f"role: {role.title}"), 2
            if code is None:
                continue
            rank += 0 if code.acts_for else 3
            if best is None or rank < best[0]:
                best = (rank, code)
        code = best[1] if best else None
        if code is not None and code.acts_for:
            return code
        bracketed = self._parenthetical_state(key)
        if bracketed is not None:
            # "Foreign Minister Erika Mouynes (Panama)", "Letitia James (New York)": the state a
            # parenthesis right after the name gives places its holder
            sector = code.sector if code is not None and code.sector else ("GOV" if self.roles.get(key) else None)
            return ActorCode(bracketed[0], sector, f"parenthetical state after the name: ({bracketed[1]})"
                             + (f"; {code.reason}" if code else ""))
        if code is not None and not code.sector:
            # "Assistant Secretary of International Environmental and Scientific Affairs": a role
            # whose title and body give neither state nor sector says nothing; read as untitled
            code = None
        # a title with no state: the state a known office holder belongs to, else, for a
        # state's title in an institution's own release, the publishing state
        entity = self.entities.get(key)
        known = person_state(entity.name) if entity else None
        if known is None and entity is not None:
            known = next((found for found in map(person_state, entity.aliases) if found), None)
        if known is None and (code is None or code.sector not in state_sectors()):
            relative = self._relative_of(key)
            if relative is not None:
                return relative
        if known is None:
            member = self._group_member_state(key)
            if member is not None:
                # "Hizballah financier X": the group's base state and sector before a title's
                return ActorCode(member.acts_for, member.sector or (code.sector if code else None),
                                 member.reason + (f"; {code.reason}" if code else ""))
            described = self._nationality_before(key) or self._title_chain_state(key)
            if described is not None:
                # "Russian elite Yevgeniy Prigozhin", "Iranian cyber actors X and Y", "U.S.
                # citizens X and Y": the nationality the name's own noun phrase gives
                return ActorCode(described.acts_for, (code.sector if code else None) or described.sector,
                                 described.reason + (f"; {code.reason}" if code else ""),
                                 publisher_default=described.publisher_default)
        if code is None and not self.roles.get(key):
            code = self._title_before(key)
            if code is not None and code.acts_for and known is None:
                return code  # the state institution named in the title
        if known is None and entity is not None and (code is None or not code.acts_for and code.sector not in state_sectors()):
            # "Putin" with no title at all: a last name only one state's office holders carry,
            # in an article that names that state (as for a title below)
            by_surname = office_holder_by_surname(entity.name.split()[-1]) if entity.name.split() else None
            if by_surname and by_surname in self._states_named:
                if namesake_of_office_holders(entity.name):
                    # "presidential candidates Cristiana Chamorro, ... Juan Sebastian Chamorro" (the
                    # Phoenix holder is Violeta Barrios de Chamorro): a full name with another given
                    # name is a namesake, of the state the family name and article give, holding
                    # none of its offices (no GOV sector: the office was the holder's); a title
                    # of no state ("presidential candidate": PTY) keeps its sector
                    return ActorCode(by_surname, code.sector if code else None,
                                     f"last name of {by_surname} office holders (Phoenix), a state the article names; "
                                     "another given name: no office" + (f"; {code.reason}" if code else ""))
                if code is None:
                    return ActorCode(by_surname, "GOV", f"last name of {by_surname} office holders (Phoenix), a state the article names")
        sector = code.sector if code else None
        if code is None and self.roles.get(key) and state_institution_code(self.outlet) and self._acts_as_subject(key):
            # a bare title no sector noun covers ("Secretary Deborah Lee James" on af.mil, where
            # Phoenix lists only "Secretary of Defense", "Secretary of State" ...): an official
            # titled in an institution's own release who acts in it (a subject: "James said")
            # is its own; one only met or named ("met with General Zhang") may be foreign
            code = ActorCode(None, self.outlet.sector, f"role: {self.roles[key][0].title} (untyped title)")
        if known:
            return ActorCode(known, sector if sector in state_sectors() else (sector or "GOV"),
                             f"office holder of {known} (Phoenix)" + (f"; {code.reason}" if code else ""))
        if code is None or code.sector not in state_sectors():
            return code
        # a state's title with no state: a last name only one state's office holders carry
        # ("President Putin") when the article names that state, else, in an institution's own release, the publishing state,
        # unless the person only ever appears as the counterpart of an act beside another
        # state ("met with General Zhang Youxia in Beijing"): a foreign official
        by_surname = office_holder_by_surname(entity.name) if entity else None
        own = releasing_state(self.outlet)
        leader = self._named_leader(key, entity)
        if by_surname and (by_surname in self._states_named or by_surname == own and leader):
            # "President Biden" in a U.S. release: the publisher's state counts as named for a
            # head of state its office holders' last name places there
            return ActorCode(by_surname, code.sector, f"{code.reason}; last name of {by_surname} office holders (Phoenix)")
        others = self._states_named - {own}
        # "President Duque", "Prime Minister Henry": every state has its own head of state and
        # government, so a person named under such a title in a state's release is the
        # publisher's holder by no default; only what places the person (the counterpart readings
        # below) does, else no state
        if own and not leader and self._met_by_foreign_official(key, own):
            # "Foreign Minister Wang Yi ... met Deputy Secretary Sherman in Tianjin": a meeting has
            # two sides, so whom an official of an office ``own`` does not have meets is, in
            # ``own``'s release, ``own``'s side, not the state the foreign side belongs to
            return ActorCode(own, code.sector, f"{code.reason}; met by an official of an office "
                                               f"{own} does not have, in the release of {self.doc._.ng_outlet}",
                             publisher_default=True)
        if own and len(others) == 1 and self._only_met(key):
            # "Secretary Blinken pledged to President Zelenskyy ..." in a release that names one
            # state besides the publisher's: an official only ever met, called or named (never
            # acting in the text) is that state's counterpart, not the publisher's
            state = next(iter(others))
            return ActorCode(state, code.sector, f"{code.reason}; only met, in a release naming one other state ({state})")
        introduced = self._introduced_counterpart_state(key, own) if own else None
        if introduced is not None:
            return ActorCode(introduced, code.sector, f"{code.reason}; introduced as the counterpart of an act in a "
                                                      f"sentence naming one other state ({introduced})")
        if own and stateless_body:
            # a post in a body of several states ("European External Action Service Deputy
            # Secretary General") is an intergovernmental official: PLOVER/POLECAT code such
            # bodies IGO, so a government title of no state there is IGO (a MIL post stays MIL)
            return ActorCode(None, "IGO" if code.sector == "GOV" else code.sector,
                             f"{code.reason}; a post in a body no state places")
        principal = self._principal_state(key, own) if own else None
        if principal is not None:
            return ActorCode(principal, code.sector, f"{code.reason}; the deputy conjoined with {principal}'s "
                                                     f"holder of the principal office")
        foreign = self._states_beside(key, subjects_too=True) - {own} \
            if own and self._office_foreign_to(key, own) else set()
        if len(foreign) == 1:
            # "Foreign Minister Wang Yi and Vice Foreign Minister Xie Feng met ... in Tianjin": an
            # office the publisher's state does not have ("minister" in a U.S. release) is held
            # for another state, the one state besides ``own`` its sentences name
            state = next(iter(foreign))
            return ActorCode(state, code.sector, f"{code.reason}; an office {own} does not have, beside one "
                                                 f"other state ({state})")
        if own and not leader and not self._counterpart_beside_other_state(key, own) \
                and not self._office_held_by_another(key, own) \
                and not self._office_held_elsewhere(key, own) and not self._office_foreign_to(key, own):
            return ActorCode(own, code.sector, f"{code.reason} in the release of {self.doc._.ng_outlet}",
                             publisher_default=True)
        other_holder = self._state_beside_other_holder(key, own) if own else None
        if other_holder is not None:
            return ActorCode(other_holder, code.sector, f"{code.reason}; the office's other holder is of {own}, "
                                                        f"beside one other state ({other_holder})")
        beside = (self._states_beside(key) or set()) - {own} if self._only_met(key) else set()
        if len(beside) == 1:
            # "met with President Ivan Duque, President-Elect Gustavo Petro" after "traveled to
            # Colombia": a state's official only ever met or named, in sentences that name one
            # state other than the publisher's, is that state's counterpart
            state = next(iter(beside))
            return ActorCode(state, code.sector, f"{code.reason}; the one other state named beside the counterpart")
        if not own:
            # a news story's state, where the person's sentences name no other ("Prime Minister
            # Rishi Sunak" in a story on the UK), may place even a named head of government
            focus = self._focus_of_titled(key)
            if focus is not None:
                return ActorCode(focus, code.sector, f"{code.reason}; the state the article is about, the only one "
                                                     f"its sentences name")
        if leader:
            return ActorCode(None, code.sector, f"{code.reason}; a named head of state or government: no "
                                                f"publisher's state by default")
        return code

    def _named_leader(self, key: str, entity: Optional[EntityRecord]) -> bool:
        """Whether ``key`` is a person named by name (not only by a title: "the President") whose
        role is a head of state's or government's office with no state or body of its own
        ("President Duque", "Prime Minister Ariel Henry"; ``resolve.actors.head_office``)."""
        if entity is None or entity.type != "person":
            return False
        titles = {w.lower() for role in self.roles.get(key, []) for w in role.title.split()}
        if not any(word[:1].isupper() and word.lower() not in titles for word in entity.name.split()):
            return False  # "President", "the President": a title only
        return any(head_office(role.title) and not role.of_key and not role.of_name
                   for role in self.roles.get(key, []))

    def _parenthetical_state(self, key: str) -> Optional[tuple[str, str]]:
        """(alpha-3, place) of a state or a state's region in parentheses right after a mention of
        the person, or after the next name joined to it by "and" within the same list item
        ("Foreign Minister Juan Carlos Holguin and Minister of the Environment ... Gustavo
        Manrique Miranda (Ecuador)": a delegation list's parenthesis covers the item, the
        drafting of joint statements and signing readouts); None when no such parenthesis or
        its words name no one state (country names, else ``resolve.places.single_state``)."""
        text = doc_text(self.doc)
        for mention in self.doc._.ng_mentions or []:
            if mention.entity_key != key or mention.kind == "pronoun":
                continue
            found = _PARENTHETICAL_PLACE.match(text, mention.end)
            if found is None:
                joined = self._joined_item_state(mention)
                if joined is not None:
                    return joined
                continue
            place = " ".join(found.group(1).split())
            state = _bracket_state(place)
            if state:
                return state, place
        return None

    def _joined_item_state(self, mention: Mention) -> Optional[tuple[str, str]]:
        """(alpha-3, place) of the bracket closing the list item joined to ``mention`` by "and"
        where commas inside the joined title keep ``_PARENTHETICAL_PLACE`` from reaching it: the
        name is followed at once by "and" and the parser's conjunct of the name that heads the
        next words (``_item_bracket_state``). None otherwise."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.end + 1 >= len(self.doc) or self.doc[span.end].lower_ != "and":
            return None
        joined = self.doc[span.end + 1]
        while joined.head.i != joined.i and joined.head.i > span.end:
            joined = joined.head  # "Minister" of "Minister of the Environment ...": the conjunct heads the words
        if joined.dep_ != "conj" or joined.head.i != span.root.i:
            return None
        return _item_bracket_state(self.doc, joined)

    def _focus_of_titled(self, key: str) -> Optional[str]:
        """The state a state official with no state of their own ("Prime Minister Boris Johnson",
        "outgoing governor Bob McDonnell") acts for in an article no state institution published:
        the state the article is about (``context_states.article_focus``), as Phoenix and POLECAT
        code an actor by its story's context, where the sentences naming the person name no
        other state (a foreign counterpart's sentence names their own). None otherwise."""
        if any(role.of_key or role.of_name for role in self.roles.get(key, [])):
            return None  # "president of the International Brotherhood of Magicians": a body's officer
        # else the one state its headline names, where the body names it most (context_states.headline_state)
        focus = article_focus(self.doc, None) or headline_state(self.doc, None)
        if focus is None:
            return None
        sentences = self._sentences_of(key)
        for mention in self.doc._.ng_mentions or []:
            entity = self.entities.get(mention.entity_key) if mention.entity_key else None
            if entity is None or entity.type not in ("country", "place") or mention.kind == "pronoun":
                continue
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None and span.sent.start_char in sentences and entity_state(entity) not in (focus, None):
                return None
        return focus

    @functools.cached_property
    def _states_named(self) -> set[str]:
        """ISO3 of every state the article names, itself or through a place in it."""
        return {e.state for e in self.entities.values()
                if e.type in ("country", "place")} - {None}

    def _title_before(self, key: str) -> Optional[ActorCode]:
        """The sector of a title the role extractor missed, read from the capitalised words right
        before the person's first mention ("Assistant Secretary of State for Educational and
        Cultural Affairs (ECA) Lee Satterfield" -> GOV through "secretary of state")."""
        span = self._first_name_span(key)
        if span is None:
            return None
        words = []
        for token in reversed(self.doc[max(span.sent.start, span.start - 15):span.start]):
            if not (token.is_title or token.is_upper or token.lower_ in ("of", "for", "and", "the")
                    or token.text in "(),"):
                break
            if token.ent_type_ == "PERSON" and token.i + 1 < len(self.doc) and self.doc[token.i + 1].text == ",":
                # "the children of President X, A and B": a title before another person's name and
                # its comma is that person's (English puts a title right before its holder's
                # name), not A's; a coordinated title keeps reading ("Ukrainian Foreign Minister
                # K and Head of the Presidential Office Y": the demonym stands for the list)
                break
            words.insert(0, token.text)
        found = agent_sector(" ".join(words)) if words else None
        for start in range(len(words)):
            # "Senior Advisor and Director of the White House Office of Public Engagement Cedric
            # Richmond": a post in a named state institution the title runs into
            rest = " ".join(words[start:])
            body = state_institution_prefix(rest) or (named_actor(rest) if start and len(words) - start > 1 else None)
            if state_institution_code(body):
                sector = found.sector if found is not None and found.sector in state_sectors() else body.sector
                return ActorCode(body.acts_for, sector, f"title before the name: {body.reason}")
        if found is None or found.sector not in state_sectors():
            return None
        return ActorCode(found.acts_for, found.sector, f"title before the name: {found.reason}")

    def _title_chain_state(self, key: str) -> Optional[ActorCode]:
        """The state a chain of coordinated titles before the person's first name opens with
        ("PRC State Councilor and Foreign Minister Wang Yi", where the NER cut the chain and the
        role kept only "Foreign Minister"): the capitalised words right before the name, on its
        line (or across a hard wrap inside a paragraph), are a state's name or demonym followed
        by title words (``roles.title_lexicon``), "and"/"of"/"the"/"for" and the capitalised
        portfolio a "for" or "of" opens ("Brazilian Secretary for Strategic Affairs Admiral Flávio
        Rocha"), beginning and ending with a title word. The sector is the titles' (Phoenix
        agents), else GOV. None otherwise."""
        from newsgraph.nlp.roles import title_lexicon

        span = self._first_name_span(key)
        if span is None:
            return None
        lex = title_lexicon()
        words = []
        for token in reversed(self.doc[max(span.sent.start, span.start - 12):span.start]):
            # a hard wrap inside a paragraph ("met with Brazilian\nSecretary for ...") joins the
            # chain; a line of its own ("Belgium\nValérie Glatigny, Minister ...") does not
            wrapped = token.whitespace_ == "\n" and token.i > 0 and "\n" not in self.doc[token.i - 1].whitespace_ \
                and not self.doc[token.i - 1].is_space
            if ("\n" in token.whitespace_ and not wrapped) \
                    or not (token.is_title or token.is_upper or token.lower_ in ("and", "of", "the", "for")):
                break
            words.insert(0, token.text)
        for size in (3, 2, 1):
            country = lookup_country(" ".join(words[:size])) if len(words) > size else None
            if country is None:
                continue
            rest = [w.lower() for w in words[size:]]
            # a portfolio after "for" or "of" may be any capitalised words up to the next title
            # word ("Brazilian Secretary for Strategic Affairs Admiral Flávio Rocha")
            portfolio, plain = False, True
            for w in rest:
                if w in lex.title_words:
                    portfolio = False
                elif w in ("for", "of"):
                    portfolio = True
                elif w not in ("and", "the") and not portfolio:
                    plain = False
            if rest and rest[0] in lex.title_words and rest[-1] in lex.title_words and plain:
                found = agent_sector(" ".join(words[size:]))
                sector = found.sector if found is not None and found.sector in state_sectors() else "GOV"
                return ActorCode(country.alpha3, sector, f"'{' '.join(words)}' before the name")
            return None
        return None

    def _acts_as_subject(self, key: str) -> bool:
        """Whether a mention of the person is the subject of a clause."""
        for mention in self.doc._.ng_mentions or []:
            if mention.entity_key != key:
                continue
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            root = span.root if span is not None else None
            while root is not None and root.dep_ == "conj":
                root = root.head  # "Secretary Blinken and Secretary Austin pledged"
            if root is not None and (root.dep_ in ("nsubj", "nsubjpass") or _misread_title_subject(root)):
                return True
        return False

    def _office_foreign_to(self, key: str, own: str) -> bool:
        """Whether a title of the person names an office ``own`` does not have (actor_sectors.yaml
        ``offices_not_held``: a "Minister of Education" in a U.S. release is another state's)."""
        words = offices_not_held(own)
        return bool(words) and any(words & set(re.split(r"[\s,]+", role.title.lower()))
                                   for role in self.roles.get(key, []))

    def _principal_state(self, key: str, own: str) -> Optional[str]:
        """The state of the principal a deputy is conjoined with: "President Daniel Ortega and Vice
        President Rosario Murillo", "Foreign Minister Wang Yi and Vice Foreign Minister Xie Feng".
        A vice or deputy office (title "Vice ..."/"Deputy ...") deputises for the principal of
        the same office in the same government (English "vice-": "in place of"), so a coordinated
        pair of the office and its deputy share one state. Only a principal placed in a state other
        than ``own`` by more than the publisher default counts; None otherwise."""
        deputy_titles = [t for t in (" ".join(r.title.lower().split()) for r in self.roles.get(key, []))
                         if len(t.split()) > 1 and t.split()[0] in ("vice", "deputy")]
        deputy_heads = {t.split()[-1] for t in deputy_titles}
        if not deputy_heads:
            return None
        mentions = []
        for mention in self.doc._.ng_mentions or []:
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None and mention.entity_key:
                mentions.append((span, mention.entity_key))
        for span, mentioned in mentions:
            if mentioned != key:
                continue
            for other_span, other in mentions:
                # coordinated side by side, in either order: only "and" (or a comma) between the two
                # titled names; the parser's conj arc is no help here, a possessive after the pair
                # ("... and Vice President Rosario Murillo's decision") breaks it
                first, second = (other_span, span) if other_span.start < span.start else (span, other_span)
                between = self.doc[first.end:second.start]
                titles = {" ".join(r.title.lower().split()) for r in self.roles.get(other, [])}
                title_words = {w for t in titles | set(deputy_titles) for w in t.split()}
                if other == key or not between or len(between) > 6 or not any(t.lower_ == "and" for t in between) \
                        or any(t.lower_ not in ("and", ",") and t.lower_ not in title_words for t in between):
                    continue
                if not any(t.split() and t.split()[0] not in ("vice", "deputy") and t.split()[-1] in deputy_heads
                           for t in titles):
                    continue
                code = self.for_key(other)
                if code is not None and code.acts_for and code.acts_for != own and not code.publisher_default:
                    return code.acts_for
        return None

    def _office_held_elsewhere(self, key: str, own: str) -> bool:
        """Whether every title the person holds (a "former" one too) is a single-holder office
        (President, Foreign Minister: ``single_holder_offices``) that the article gives, anywhere,
        another person placed in ``own`` by more than the publisher default ("President Biden",
        Phoenix's office holder, and "President Zelenskyy" in one State Department interview).
        Then the publisher's state is no default for this holder: the bare title cannot say
        which state, and a wrong state misleads more than none. A holder placed in another state
        says nothing ("President Biden spoke with President Lasso of Ecuador")."""
        titles = {" ".join(r.title.lower().split()).removeprefix("former ") for r in self.roles.get(key, [])}
        offices = single_holder_offices()
        if not titles or not titles <= offices:
            return False
        return any(True for _ in self._other_holders(key, own, titles, drop_former=True))

    def _other_holders(self, key: str, own: str, titles: set[str], drop_former: bool = False):
        """The (key, entity) of every other person the article gives one of ``titles`` (lower-case
        single-holder offices; "former " dropped from theirs when ``drop_former``) and places in
        ``own`` by more than the publisher default, or Phoenix lists as ``own``'s office holder.
        A person with the same last name is the same holder ("President Biden" and "President
        Joseph R. Biden, Jr.")."""
        entity = self.entities.get(key)
        surname = entity.name.split()[-1].lower() if entity is not None and entity.name.split() else None
        for other, roles in self.roles.items():
            other_entity = self.entities.get(other)
            if other == key or other_entity is None or not other_entity.name.split() \
                    or other_entity.name.split()[-1].lower() == surname:
                continue
            held = {" ".join(r.title.lower().split()) for r in roles}
            if drop_former:
                held = {t.removeprefix("former ") for t in held}
            if not titles & held:
                continue
            code = self.for_key(other)
            if (code is not None and code.acts_for == own and not code.publisher_default) \
                    or office_holder_by_surname(other_entity.name) == own:
                yield other, other_entity

    def _office_held_by_another(self, key: str, own: str) -> set[int]:
        """Whether the person's title is an office ``own`` gives one person at a time
        (``single_holder_offices``: "President", "Foreign Minister") that the article gives
        another person of ``own`` ("President Biden", Phoenix's office holder, beside "President
        Zelenskyy"): then this one holds it for another state. A former holder counts for no one.
        Returns the start offsets of the sentences the two holders share (empty: not so held)."""
        offices = single_holder_offices()
        titles = {" ".join(r.title.lower().split()) for r in self.roles.get(key, [])} & offices
        shared: set[int] = set()
        if not titles:
            return shared
        # in one sentence, so at one time ("President Joseph R. Biden, Jr. and President Jair
        # Messias Bolsonaro met today"): across sentences the other may be a past holder
        # ("President Monroe in 1822 signed ...")
        sentences = self._sentences_of(key)
        for other, _ in self._other_holders(key, own, titles):
            shared |= sentences & self._sentences_of(other)
        return shared

    def _state_beside_other_holder(self, key: str, own: str) -> Optional[str]:
        """The one state other than ``own`` named in the sentences where the person and the
        publisher's holder of the same single-holder office stand together ("President Joseph
        R. Biden, Jr. and President Jair Messias Bolsonaro met today to reaffirm ... the
        relationship between the United States and Brazil": two presidents, two states); None
        when those sentences name no other state or several."""
        starts = self._office_held_by_another(key, own)
        if not starts:
            return None
        by_sentence: dict[int, set] = {start: set() for start in starts}
        for mention in self.doc._.ng_mentions or []:
            entity = self.entities.get(mention.entity_key) if mention.entity_key else None
            if entity is None or entity.type not in ("country", "place"):
                continue
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None and span.sent.start_char in starts:
                by_sentence[span.sent.start_char].add(entity_state(entity))
        # the sentences that name one other state must all name the same one (a sentence naming
        # several, "coordinate ... over Russia’s invasion of Ukraine", says nothing of the holder)
        found = {next(iter(states)) for states in (s - {own, None} for s in by_sentence.values()) if len(states) == 1}
        return next(iter(found)) if len(found) == 1 else None

    def _sentences_of(self, key: str) -> set[int]:
        """Start offsets of the sentences that mention ``key``."""
        starts = set()
        for mention in self.doc._.ng_mentions or []:
            if mention.entity_key == key:
                span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is not None:
                    starts.add(span.sent.start_char)
        return starts

    def _introduced_counterpart_state(self, key: str, own: str) -> Optional[str]:
        """The state a state official is introduced beside: where the person's first mention is
        the object of a clause or of its preposition ("Blinken met today with Ukraine's First Lady,
        Olena Zelenska, in Washington", "met on August 29 with General Zhang Youxia, ... in
        Beijing, China") and that sentence names exactly one state (itself or by a place in it,
        ``context_states.entity_state``) other than the publisher's ``own``, the counterpart of a
        readout is that state's, though later sentences make them a co-subject ("Mr. Sullivan and
        Vice Chairman Zhang recognized"). None for an envoy (an ambassador's post lies in the
        state they are sent to) or otherwise."""
        envoys = _envoy_nouns()
        if any(word in envoys for role in self.roles.get(key, []) for word in (role.title or "").lower().split()):
            return None
        mentions = sorted((m for m in self.doc._.ng_mentions or [] if m.entity_key == key and m.kind != "pronoun"),
                          key=lambda m: m.start)
        if not mentions:
            return None
        span = self.doc.char_span(mentions[0].start, mentions[0].end, alignment_mode="expand")
        if span is None:
            return None
        root = span.root
        while root.dep_ in ("conj", "appos", "compound", "flat") and root.head.i != root.i:
            root = root.head
        if root.dep_ not in ("dobj", "obj", "pobj", "dative", "iobj") \
                or (root.dep_ == "pobj" and root.head.lower_ in ("by", "of")):
            return None  # "joined by Secretary X" (a passive agent), "the delegation of X"
        verb = root.head.head if root.dep_ == "pobj" else root.head
        if verb.pos_ != "VERB":
            return None  # "X, together with Finance Minister Y, co-chaired": no act of which X is the counterpart
        sentence = span.sent
        while sentence.end < len(self.doc) and not any(t.is_sent_end and t.text[-1:] in ".!?\"”" for t in sentence
                                                        if not t.is_space):
            # a hard wrap the parser split at ("... Commission in\nBeijing, China."): read on to the full stop
            sentence = self.doc[sentence.start:self.doc[sentence.end].sent.end]
        phrase = (root.left_edge.idx, root.right_edge.idx + len(root.right_edge))
        states, own_phrase = set(), set()
        for mention in self.doc._.ng_mentions or []:
            if mention.entity_key in (None, key) or not sentence.start_char <= mention.start < sentence.end_char:
                continue
            entity = self.entities.get(mention.entity_key)
            if entity is not None and entity.type in ("country", "place"):
                state = entity_state(entity)
                if not state:
                    continue
                if phrase[0] <= mention.start < phrase[1]:
                    own_phrase.add(state)  # "former Honduran President X and former First Lady Y"
                elif mention.kind != "demonym":
                    states.add(state)  # "the first former Spanish colony": a demonym on a thing places no one
        # the state the counterpart's own noun phrase names ("the People's Republic of China (PRC)
        # Special Representative ... Liu Xiaoming") before the one the whole sentence names
        for found in (own_phrase - {own}, (states | own_phrase) - {own}):
            if len(found) == 1:
                return next(iter(found))
        return None

    def _counterpart_beside_other_state(self, key: str, own: str) -> bool:
        """Whether the person is never the subject of a clause, and a sentence naming them also
        names another state or a place in one (the foreign counterpart of a readout)."""
        return bool((self._states_beside(key) or set()) - {own})

    def _nationality_before(self, key: str) -> Optional[ActorCode]:
        """The state the noun phrase of an actor's first named mention gives by nationality
        (English premodification and apposition): a demonym or state name with a common noun
        before the name ("Russian elite Yevgeniy Prigozhin", "Iranian cyber actors Seyyed ...
        Kazemi and Sajjad Kashian", "U.S. citizens Gustavo Cardenas", "Nicaraguan state-owned
        mining company ENIMINAS", "the Uzbekistan-based Promcomplektlogistic Private Company"), or
        an appositive noun phrase after it that has one ("Marine Trans Shipping LLC, a Russian
        maritime shipping company"). The sector is the one the nouns give (Phoenix agents), else
        none; None when neither phrase places the actor."""
        mentions = self._name_mentions(key)
        if not mentions:
            return None
        span = self.doc.char_span(mentions[0].start, mentions[0].end, alignment_mode="expand")
        if span is None:
            return self._appositive_state(key, None) or self._relative_predicate_state(key)
        head = span.root
        if not head.ent_type_:
            # a name the NER tagged nowhere ("M Leasing LLC, a Russian maritime shipping company"):
            # only an appositive noun phrase after it places it
            found = None
            for appos in _appositive_nouns(head):
                found = self._nationality_of(self._appositive_words(appos), "in apposition to the name")
                if found is not None:
                    break
            # (a name whose head word the NER left untagged still leads a delegation: "Mr. Satya
            # Narayan Pradhan, Director General, NCB led the Indian delegation"). Since 0.3.421 a
            # predicate nominal places it too, as it places a tagged name: "X (“IRA”) ... IRA is
            # a Russian entity" (the copula names one referent, as apposition does)
            return found or self._appositive_state(key, None) or self._predicate_state(key) \
                or self._relative_predicate_state(key) or self._delegation_state(key)
        label = head.ent_type_
        first = head
        while first.dep_ == "conj" and first.head.i < first.i and first.head.ent_type_:
            first = first.head
        while head.dep_ == "conj" and head.head.i < head.i and head.head.ent_type_ == label:
            head = head.head  # "... Kazemi and Sajjad Kashian": the first conjunct's phrase
        if first is not head and first.dep_ == "appos" and first.head.tag_ == "NNS":
            # a list of names in apposition to a plural noun ("three Iran-based entities, Zagros
            # Tarabaran-E Arya, Persian Gulf Star Oil Company, and East Ocean Rashin Shipping Co.
            # Ltd."): every name is one of the noun's referents, whatever the NER took each for
            head = first
        name_start = head.i
        while name_start > head.left_edge.i and self.doc[name_start - 1].ent_type_ == label \
                and self.doc[name_start - 1].pos_ == "PROPN":
            name_start -= 1
        found = self._nationality_of(list(self.doc[head.left_edge.i:name_start]), "before the name")
        if found is None:
            for appos in _appositive_nouns(head):
                found = self._nationality_of(self._appositive_words(appos), "in apposition to the name")
                if found is not None:
                    break
        if found is None:
            found = self._affiliation_state(key, head)
        if found is None:
            found = self._title_owner_state(key, head, name_start)
        if found is None:
            found = self._appositive_state(key, head)
        if found is None and first is not head:
            # "two of Russia’s most important banks, Sberbank and Gazprombank" (ORG, then PERSON):
            # the list's first name stands after the placing phrase
            found = self._appositive_state(key, first)
        return found or self._predicate_state(key) or self._relative_predicate_state(key) or self._government_role(key) \
            or self._delegation_state(key) or self._inclusion_head_state(head)

    def _with_origin(self, key: str, code: Optional[ActorCode]) -> Optional[ActorCode]:
        """``code``, or where it gives the person no state, the state their place of origin or a
        later "fellow" phrase gives (``_origin_state``, ``_fellow_state``), keeping ``code``'s
        sector: the weakest evidence, read only where every title, role and nationality
        reading placed no one."""
        if code is not None and code.acts_for:
            return code
        return _placed_keeping_sector(code, self._origin_state(key) or self._fellow_state(key))

    def _origin_state(self, key: str) -> Optional[ActorCode]:
        """The state of the place a person's name phrase says they come from: an "of"/"from"
        phrase on a name mention ("Ahmed Mohamed of Irving, Texas") or a "from" phrase on a noun in
        apposition to it ("Ahmed Mohamed, a 14-year-old boy from Irving, Texas"; "X, a student from
        Poland"; an appositive's "of" is a title's or a relation's: "the chief propagandist of
        Russia", "a critic of Russia"). The
        place is a country (after an appositive noun only) or a place entity the article or the gazetteer puts in one state
        (``place_actors.place_state``). English postmodification gives a person's origin as it
        gives a title's state; an appositive headed by a relational noun ("a partner of Russia")
        names the other side and places nothing. The sector is the one the appositive's people
        noun gives ("a resident": CVL), else none; None where no such phrase places a mention."""
        for span in self._name_spans(key):
            head = span.root
            if head.ent_type_ != "PERSON":
                continue
            holders = [(head, _ORIGIN_NAME_PREPS)] + [(noun, _ORIGIN_APPOSITIVE_PREPS) for noun in _appositive_nouns(head)
                                                     if not relational_head(noun.text)]
            for holder, preps in holders:
                for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in preps):
                    place = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    # "Andriy Yermak of Ukraine": a state right after a name is most often its
                    # official's (a title's "of"), which the event's own words code with the
                    # title's sector; on the name itself only a place below a state is an origin
                    found = self._place_token_state(place, countries=holder is not head) if place is not None else None
                    if found is None:
                        continue
                    sector = people_noun_sector(holder.lower_, in_contest(holder)) if holder is not head else None
                    return ActorCode(found, sector, f"'{self.doc[holder.i:place.right_edge.i + 1].text}': "
                                                    f"the place the name's phrase says the person is from")
        return None

    def _fellow_state(self, key: str) -> Optional[ActorCode]:
        """The nationality a "fellow" phrase later in a sentence that names the person gives them
        ("... allow X to return home, and release his son Y, as well as their fellow U.S. citizens
        A and B": X and Y are U.S. citizens too): "fellow" says the possessor's people share the
        class its noun phrase names, so where the possessor is "their", every person named before
        it in the sentence but in a prepositional phrase ("freed A in exchange for B": B is the
        other side, ``_in_prep_phrase``), where it is "his"/"her", the one named last before it, takes the
        state the phrase's demonym or state name gives (``_nationality_of``; one state only).
        A dual national is what the article's words make them. None where no such phrase follows."""
        doc = self.doc
        for span in self._name_spans(key):
            for fellow in (t for t in span.sent if t.lower_ == "fellow" and t.i >= span.end and t.dep_ == "amod"):
                noun = fellow.head
                if noun.pos_ == "PROPN":
                    # "their fellow U.S. citizens Emad Shargi": the parser heads the phrase with
                    # the name and hangs the class noun on it beside "fellow"
                    noun = next((c for c in noun.children if c.tag_ == "NNS" and c.dep_ in ("nmod", "compound")
                                 and c.i > fellow.i), noun)
                possessor = next((c for c in (*noun.children, *fellow.head.children)
                                  if c.dep_ == "poss" and c.lower_ in ("their", "his", "her") and c.i < fellow.i), None)
                if possessor is None or noun.pos_ != "NOUN" or noun.tag_ != "NNS":
                    continue
                if possessor.lower_ != "their":
                    named = [t for t in doc[span.sent.start:possessor.i] if t.ent_type_ == "PERSON"]
                    if not named or not (span.start <= named[-1].i < span.end):
                        continue  # "his" is the nearest person named before it
                elif _in_prep_phrase(span.root):
                    continue  # "freed A in exchange for B, ... their fellow citizens": B is the other side
                phrase = [t for t in doc[possessor.i + 1:noun.i + 1] if t is not fellow]
                found = self._nationality_of(phrase, "a 'fellow' phrase after the name")
                if found is not None:
                    return ActorCode(found.acts_for, people_noun_sector(noun.lower_) or found.sector,
                                     f"'{doc[possessor.i:noun.i + 1].text}' after the name: the same nationality")
        return None

    def _place_token_state(self, token, countries: bool = True) -> Optional[str]:
        """ISO3 of the country (where ``countries``) or the one-state place a GPE token names (its
        mention's entity, else the country table), or None."""
        if token.ent_type_ != "GPE":
            return None
        for mention in self.doc._.ng_mentions or []:
            if mention.kind == "pronoun" or not (mention.start <= token.idx < mention.end):
                continue
            entity = self.entities.get(mention.entity_key) if mention.entity_key else None
            if entity is None:
                continue
            if entity.type == "country":
                return entity.code if countries else None
            if entity.type == "place":
                placed = place_state(self.doc, entity)
                return placed[0] if placed else None
        country = lookup_country(token.text) if countries else None
        return country.alpha3 if country else None

    def _inclusion_head_state(self, name) -> Optional[ActorCode]:
        """The state of the plural noun phrase an inclusion list hangs on ("meet with Polish
        leaders, including Foreign Minister Zbigniew Rau"; "Russian officials, including X and
        Y"): the names after "including" are some of the phrase's referents, so its demonym or
        state name places them as it places the phrase (``_nationality_of``). ``name`` is the
        name's head token (a conjunct of the list climbs to its first member). None when the
        name is no object of "including" on a plural noun, or the phrase names no one state."""
        name = first_conjunct(name)
        including = name.head
        if name.dep_ != "pobj" or including.lower_ != "including" or including.dep_ != "prep":
            return None
        noun = including.head
        if noun.tag_ not in ("NNS", "NNPS") or noun.i > including.i:
            return None
        return self._nationality_of(list(noun.lefts) + [noun], "heading the list that includes the name")

    def _placed_mentions_at(self, offset: int, key: Optional[str]):
        """(mention, its ActorCode) for each keyed mention other than ``key`` covering character
        ``offset`` whose code names a state, in the linker's mention order."""
        for mention in self.doc._.ng_mentions or []:
            if mention.entity_key in (None, key) or not (mention.start <= offset < mention.end):
                continue
            code = self.for_key(mention.entity_key)
            if code is not None and code.acts_for:
                yield mention, code

    def _affiliation_state(self, key: str, head) -> Optional[ActorCode]:
        """The state of the actor an appositive phrase says the name is affiliated, aligned or
        allied with ("Saraya al-Areen, a militia affiliated with the Syrian Arab Army"): a body
        so described acts for the same state as that actor (sanctions releases place militias
        this way). The sector is the appositive noun's (Phoenix agents: "militia"), else none; an
        armed group's REB becomes MIL where the other actor is a state body of a state sector (the
        state's army, a ministry: a pro-government militia), never for a bare state ("a militia
        aligned with Iran"). None when no such phrase names a placed actor."""
        for appos in (c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > head.i):
            for verb in (c for c in appos.children if c.dep_ == "acl" and c.lower_ in _AFFILIATION_WORDS):
                for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "to")):
                    for obj in (c for c in prep.children if c.dep_ == "pobj"):
                        for mention, code in self._placed_mentions_at(obj.idx, key):
                            own = agent_sector(appos.lower_)
                            sector = own.sector if own is not None else None
                            if sector == "REB" and code.sector in state_sectors() \
                                    and not (mention.entity_key or "").startswith("country:"):
                                # "a militia affiliated with the Syrian Arab Army": an armed group
                                # tied to a state's own forces or institution is pro-government, no
                                # rebel (POLECAT codes such militias with the state's forces)
                                sector = "MIL"
                            return ActorCode(code.acts_for, sector,
                                             f"'{appos.text} {verb.text} {prep.text} {mention.text}' ({code.acts_for})")
        return None

    def _group_member_state(self, key: str) -> Optional[ActorCode]:
        """The state and sector of the named group a person's own noun phrase says they serve
        (English premodification and apposition: "Hizballah financier X", "X, a Hamas commander",
        "two Hizballah financiers ...: X and Y", "X, one of the leaders of the Taliban"): a member
        acts for the group, so takes the base state and the sector the Phoenix dictionaries give
        the group's name (``named_actor``: Hizballah LBN REB), whatever label the NER gave the
        name (a group's name reads as a place or a surname out of context). The phrase's head
        noun must name a group's own people (actor_heads.yaml ``group_member_heads``) and the
        group's name must modify that noun (``_member_phrase``: "former Hizballah hostage and army
        commander X" names no Hizballah commander); a group the data places in no state places no
        one. None otherwise."""
        for span in self._name_spans(key):
            head = first_conjunct(span.root)  # "...: Ali Saade and Ibrahim Taher": the list's first name
            before = list(self.doc[head.left_edge.i:span.start])
            nouns = [t for t in before if t.pos_ == "NOUN" and t.is_lower]
            # the member nouns: the last common noun before the name, each appositive noun, the
            # plural the name list stands in apposition to, and a partitive after the names
            members = nouns[-1:] + _appositive_nouns(head)
            noun = _apposed_anchor(head, ("NOUN",))
            if noun is not None:
                members.append(noun)
            # read from the list's first name and from this one (the parser may hang a later
            # name on the verb: the conjunct climb above then leaves the names)
            partitive = _partitive_after_names(head) if head.ent_type_ else None
            partitive = partitive or _partitive_after_names(span.root)
            if partitive is not None:
                members.append(partitive)
            for noun in members:
                if not group_member_head(noun.text):
                    continue  # "a critic of Hamas", "Hizballah-linked companies": no member
                tokens = self._member_phrase(noun)
                for group in _proper_runs(tokens):
                    found = (named_actor(group) or _place_named_group(group, self._states_named)) \
                        if lookup_country(group) is None else None
                    if found is not None and found.acts_for:
                        return ActorCode(found.acts_for, found.sector,
                                         f"'{' '.join(t.text for t in tokens)}': a member of {group} "
                                         f"({found.acts_for} {found.sector or '-'}; {found.reason})")
        return None

    def _member_phrase(self, noun) -> list:
        """The tokens of a member noun's own phrase (English premodification and postmodification
        of a head noun): the words of its compound, adjective and possessive modifiers before it,
        the noun, and its "of" phrases ("two Hizballah financiers", "a senior Islamic Jihad
        commander", "leaders of the Sinaloa Cartel"); never a word that modifies another noun of
        the name's phrase ("Hizballah" in "former Hizballah hostage and army commander")."""
        own = [t for child in noun.children if child.dep_ in MEMBER_MODIFIER_DEPS and child.i < noun.i
               for t in child.subtree]
        return own + [noun] + self._of_phrases(noun)

    def _name_mentions(self, key: str) -> list:
        """The mentions that name ``key`` (kind "name"), in text order."""
        mentions = self.doc._.ng_mentions or []
        stamp = (id(mentions), len(mentions))
        if self._names_by_key_stamp != stamp:
            # one pass over the mentions for every key (the coder asks for many keys' names, each
            # more than once); rebuilt when the linker adds a mention (``_keyed_token_mentions``)
            by_key: dict = {}
            for m in mentions:
                if m.kind == "name":
                    by_key.setdefault(m.entity_key, []).append(m)
            self._names_by_key = {k: sorted(v, key=lambda m: m.start) for k, v in by_key.items()}
            self._names_by_key_stamp = stamp
        return list(self._names_by_key.get(key, ()))

    def _name_spans(self, key: str) -> list:
        """The token spans of every mention that names ``key`` (kind "name"), in text order."""
        return self._mention_spans(self._name_mentions(key))

    def _mention_spans(self, mentions: list) -> list:
        """The token spans of ``mentions``, in their order (a mention no token covers has none)."""
        spans = []
        for mention in mentions:
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None and len(span):
                spans.append(span)
        return spans

    def _delegation_state(self, key: str) -> Optional[ActorCode]:
        """The state whose delegation the person leads ("Director General Rakesh Asthana, ...,
        led the Indian delegation", "the Russian delegation, headed by X"): a leading verb
        (actor_heads.yaml ``leading_verbs``) joins a name mention of the person (its subject,
        or its "by" agent) to a delegation noun (``delegation_heads``) whose own modifiers name
        one state. Sector GOV for a titled leader, else none (the members may be of any). None
        otherwise."""
        nouns, verbs = delegation_words()
        found: set[str] = set()
        for mention in self.doc._.ng_mentions or []:
            if mention.entity_key != key or mention.kind != "name":
                continue
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            if root.dep_ == "nsubj" and root.head.lemma_ in verbs:
                delegations = [c for c in root.head.children if c.dep_ == "dobj" and c.lower_ in nouns]
            elif root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.lemma_ in verbs \
                    and root.head.head.dep_ == "acl" and root.head.head.head.lower_ in nouns:
                delegations = [root.head.head.head]  # "the Russian delegation, headed by X"
            else:
                continue
            for noun in delegations:
                for token in noun.lefts:
                    country = lookup_country(token.text) if token.ent_type_ in ("NORP", "GPE") else None
                    if country is not None:
                        found.add(country.alpha3)
        if len(found) != 1:
            return None
        state = next(iter(found))
        # a titled leader ("Deputy Assistant Secretary X led the U.S. delegation") is that state's
        # official (GOV, as a titled person a parenthesis places); an untitled one may be of any sector
        return ActorCode(state, "GOV" if self.roles.get(key) else None, f"leads the delegation of {state}")

    def _title_owner_state(self, key: str, head, name_start: int) -> Optional[ActorCode]:
        """The state of the owner of a title that names the person (English Saxon genitive: the
        possessor owns the office; the holder serves the owner's state): a title premodifying the
        name ("Obama’s national security advisor James Jones") or in its appositive phrase
        ("Dmitry Peskov, ... Vladimir Putin’s spokesperson"), written "<owner>’s [modifiers]
        <title noun>". The owner must be another actor the linker places (a Phoenix person or
        state); the sector is the title's (Phoenix agents), else the owner's. None otherwise."""
        doc = self.doc
        nouns = [t for t in doc[head.left_edge.i:name_start] if t.pos_ == "NOUN"]
        for appos in (c for c in head.children if c.dep_ == "appos" and c.i > head.i):
            nouns += [t for t in appos.subtree if t.pos_ == "NOUN"]
        for noun in nouns:
            if not ({noun.lemma_.lower(), noun.lower_} & _title_heads() or agent_sector(noun.lower_)):
                continue
            i = noun.i - 1
            while i > 0 and doc[i].is_lower and doc[i].pos_ in ("ADJ", "NOUN"):
                i -= 1  # "national security", "drug policy": the title's own modifiers
            if i < 1 or doc[i].tag_ != "POS":
                continue
            owner = doc[i - 1]
            for mention, code in self._placed_mentions_at(owner.idx, key):
                title = doc[i + 1:noun.i + 1].text
                found = agent_sector(title.lower()) or agent_sector(noun.lower_)
                sector = found.sector if found is not None else code.sector
                if noun.lower_.startswith("spokes"):
                    # one speaks for the owner: Phoenix agents give "government spokesperson" GOV,
                    # "military spokesperson" MIL; a bare "spokesperson" (MED) names no owner
                    sector = code.sector or sector
                return ActorCode(code.acts_for, sector, f"'{mention.text}’s {title}' names the person ({code.acts_for})")
        return None

    def _predicate_state(self, key: str) -> Optional[ActorCode]:
        """The state a predicate nominal gives its subject name (English copula: "X is a Y"
        names one referent, as apposition does): "Oboronlogistika OOO is a Russian shipping
        company", "Severgroup is a multi-billion-dollar Russia’s investment company", "Dmitry
        Shugaev is a senior leader of the Russian Ministry of Defense". The complement must name
        exactly one state before its head or in its "of" phrases, and its head be a title or an
        actor noun (``_phrase_state``); a negated copula places nothing. None otherwise."""
        doc = self.doc
        for mention in sorted((m for m in doc._.ng_mentions or [] if m.entity_key == key and m.kind in ("name", "surname")),
                              key=lambda m: m.start):
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or span.root.dep_ != "nsubj" or span.root.head.lemma_ != "be":
                continue
            verb = span.root.head
            if any(c.dep_ == "neg" for c in verb.children):
                continue
            for attr in (c for c in verb.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN") and c.i > span.root.i):
                tokens = list(doc[attr.left_edge.i:attr.i + 1]) + self._of_phrases(attr)
                found = self._phrase_state(tokens, attr)
                if found is not None:
                    return ActorCode(found[0], found[1], f"'{doc[attr.left_edge.i:attr.i + 1].text}' predicated of the name")
        return None

    def _relative_predicate_state(self, key: str) -> Optional[ActorCode]:
        """The state a non-restrictive relative clause predicates of a coordination of names
        ("designating Russia-1, Channel One, and NTV, all of which are directly or indirectly
        state-owned and controlled media within Russia"): "all/each/both of which" or "which"
        with a copula and a complement naming one state, before its head, in its "of" phrases or
        in a locative one ("within Russia"), places every name of the list, as the predicate
        nominal of ``_predicate_state`` places its subject; the sector is the complement's
        ("media": MED). None otherwise."""
        doc = self.doc
        for mention in self._name_mentions(key):
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            conjuncts = _conjuncts(span.root)
            for verb in (c for n in conjuncts for c in n.children if c.dep_ == "relcl" and c.lemma_ == "be"):
                subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                relative = subject is not None and (subject.lower_ == "which" or any(
                    p.lower_ == "of" and any(o.lower_ == "which" for o in p.children) for p in subject.children))
                if not relative or any(c.dep_ == "neg" for c in verb.children):
                    continue
                for attr in (c for c in verb.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")):
                    tokens = list(doc[attr.left_edge.i:attr.i + 1]) + self._of_phrases(attr)
                    for prep in (c for c in attr.children if c.dep_ == "prep" and c.lower_ in _LOCATIVE_PREPS):
                        tokens += [o for o in prep.children if o.dep_ == "pobj"]
                    found = self._phrase_state(tokens, attr)
                    if found is not None:
                        return ActorCode(found[0], found[1],
                                         f"'{doc[attr.left_edge.i:attr.i + 1].text}' predicated of a list of names by a relative clause")
        return None

    def _government_role(self, key: str) -> Optional[ActorCode]:
        """The state whose government a designation says the person serves in, in the words of
        the designating order (E.O. 14024 sec. 1(a)(iii)(A): "being or having been a leader,
        official ... of the Government of the Russian Federation"): after a mention of the person,
        in its sentence, "for his/her role ... in/of the Government of <State>", "for his
        involvement in the Government of <State>", "as an official of the Government of <State>"
        (``_GOVERNMENT_ROLE``) -> that state, GOV. None when no such phrase follows the name."""
        text = doc_text(self.doc)
        for mention in (m for m in self.doc._.ng_mentions or [] if m.entity_key == key and m.kind in ("name", "surname")):
            line_end = text.find("\n", mention.end)
            after = text[mention.end:line_end if line_end >= 0 else len(text)][:300]
            for match in _GOVERNMENT_ROLE.finditer(after):
                if any(other.entity_key not in (key, None) and other.type == "person"
                       and mention.end <= other.start < mention.end + match.start() for other in self.doc._.ng_mentions or []):
                    break  # another person is named first: the phrase may be theirs
                country = lookup_country(match.group(1))
                if country is not None:
                    return ActorCode(country.alpha3, "GOV", f"'{match.group(0).strip()}' after the name")
        return None

    def _appositive_state(self, key: str, head) -> Optional[ActorCode]:
        """The state an appositive noun phrase gives the name it stands beside (English
        apposition: both phrases name one referent): the phrase the name is in apposition to
        ("three Russian Federation military units, the 76th Guards Air Assault Division",
        "Ukraine's First Lady, Olena Zelenska"), or a title phrase right after a mention of the
        name ("Dmytro Kuleba, Ukrainian Foreign Minister", a signature line the parse cannot
        read). The phrase must name exactly one state, by a demonym, a state's name or a
        possessive of one, in its words before its head or in an "of" phrase after it ("the Head
        of the National Guard of Russia"; never a "to"/"with" phrase: "Ambassador to Russia"),
        and its head must be a title or an actor noun (Phoenix agents). None otherwise."""
        doc = self.doc
        item = first_conjunct(head)  # a later item of a coordinated list stands where its first does
        if item is not None and item is not head and item.dep_ != "appos" and item.tag_ == "NNS" \
                and any(child.dep_ == "appos" and child.i < head.i for child in item.children):
            # "three Russian Federation military units, the 76th ... Division ..., as well as the
            # 64th ... Brigade": the parse hung a later item of the appositive list on the plural
            anchor = item
            found = self._phrase_state(self._anchor_phrase(anchor), anchor)
            if found is not None:
                return ActorCode(found[0], found[1], f"'{doc[anchor.left_edge.i:anchor.i + 1].text}' in apposition to "
                                                     "the list the name closes")
        anchor = _apposed_anchor(item, ("NOUN", "PROPN")) if item is not head else None
        if anchor is not None:
            # "..., the 76th ... Division and its subordinate 234th ... Regiment": a conjunct of the appositive
            found = self._phrase_state(self._anchor_phrase(anchor), anchor)
            if found is not None:
                return ActorCode(found[0], found[1], f"'{doc[anchor.left_edge.i:anchor.i + 1].text}' in apposition to "
                                                     "the list the name closes")
        anchor = _apposed_anchor(head, ("NOUN", "PROPN"))
        if anchor is not None:
            found = self._phrase_state(self._anchor_phrase(anchor), anchor)
            if found is not None:
                return ActorCode(found[0], found[1], f"'{doc[anchor.left_edge.i:anchor.i + 1].text}' in apposition to the name")
        if head is not None and head.dep_ != "appos":
            found = self._comma_appositive_state(head)
            if found is not None:
                return found
        found = self._colon_list_state(head) if head is not None else None
        if found is not None:
            return found
        if key not in self._appositive_title_cache:  # the text scan depends on the key alone
            self._appositive_title_cache[key] = self._appositive_title_state(key)
        return self._appositive_title_cache[key]

    def _comma_appositive_state(self, head) -> Optional[ActorCode]:
        """``_appositive_state``'s first reading where the parse missed the apposition ("Designation
        of three Russian officials, Khusein Merlovich Khutaev, ..., pursuant to ...": the name
        hung on "Designation" as a conjunct): the plural noun phrase that ends right before
        ", <name>" (its head, or the noun a place phrase "in Crimea" hangs on) stands in
        apposition to the name when it names one state and is headed by an actor noun."""
        doc = self.doc
        start = head.i
        while start > 0 and doc[start - 1].ent_type_ == head.ent_type_ and doc[start - 1].pos_ == "PROPN":
            start -= 1
        if start < 2 or doc[start - 1].text != "," or doc[start - 1].sent.start != head.sent.start:
            return None
        anchor = doc[start - 2]
        while anchor.dep_ == "pobj" and anchor.head.dep_ == "prep" and anchor.head.lower_ != "of" \
                and anchor.head.head.pos_ == "NOUN":
            # "officers in Crimea": the officers; "market for Russian speakers": the market (an
            # "of" object names the members: "Designation of three Russian officials")
            anchor = anchor.head.head
        if anchor.pos_ != "NOUN" or anchor.tag_ != "NNS":
            return None
        found = self._phrase_state(self._anchor_phrase(anchor), anchor)
        if found is None:
            return None
        return ActorCode(found[0], found[1], f"'{doc[anchor.left_edge.i:anchor.i + 1].text}' before the name, in apposition")

    def _colon_list_state(self, head) -> Optional[ActorCode]:
        """The state of a name listed after a colon that closes a plural actor noun ("is designating
        three oligarchs: A, B, and C"; the parse may hang the names on the verb or on the noun):
        the list stands for the noun's referents, so the noun's phrase places every
        name when it names one state (``_phrase_state``). Where it names none, the same noun
        met earlier in the sentence or in the one before, with a phrase that names one state
        ("... is designating Russian oligarchs, ... . The Department is designating three
        oligarchs: ..."), places it: English refers back with the bare plural. None otherwise.
        Since linking 0.3.330. Since 0.3.362 only a bare or definite earlier phrase ("Russian
        oligarchs", "the Russian oligarchs"): a counted or quantified one ("two American
        journalists", ``_quantified``) is another set, not the one the list names."""
        doc = self.doc
        item = first_conjunct(head)
        start = item.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ in ("compound", "flat") \
                and start - 1 < doc[start - 1].head.i <= item.i:
            start -= 1
        if start < 2 or doc[start - 1].text != ":" or doc[start - 1].sent.start != item.sent.start:
            return None
        anchor = doc[start - 2]
        if anchor.pos_ != "NOUN" or anchor.tag_ != "NNS" or not anchor.is_lower:
            return None
        found = self._phrase_state(self._anchor_phrase(anchor), anchor, listed=True)
        if found is not None:
            return ActorCode(found[0], found[1], f"'{doc[anchor.left_edge.i:anchor.i + 1].text}' before the "
                                                 "list, after a colon")
        sent = anchor.sent
        first = sent.start
        if first > 0:
            first = doc[first - 1].sent.start
        states = {}
        for token in doc[first:anchor.i]:
            if token.pos_ != "NOUN" or token.lemma_.lower() != anchor.lemma_.lower() or _quantified(token):
                continue
            earlier = self._phrase_state(self._anchor_phrase(token), token, listed=True)
            if earlier is not None:
                states.setdefault(earlier[0], (earlier, token))
        if len(states) != 1:
            return None
        (state, sector), token = next(iter(states.values()))
        return ActorCode(state, sector, f"'{doc[token.left_edge.i:token.i + 1].text}' earlier names the "
                                        f"'{anchor.text}' the list after a colon stands for")

    def _appositive_title_state(self, key: str) -> Optional[ActorCode]:
        """The state a title phrase right after any mention of the name's surname gives it
        (``_appositive_state``'s second reading), or None."""
        doc = self.doc
        entity = self.entities.get(key)
        surname = entity.name.split()[-1] if entity is not None and entity.name.split() else None
        if not surname or not surname[:1].isupper():
            return None
        # every place the name ends, in any letter case (the signature line's "Dmytro Kuleba" may
        # be no mention of the entity a turn label "FOREIGN MINISTER KULEBA" named)
        for after in self._appositive_titles_after(surname):
            span = doc.char_span(after.start(1), after.end(1), alignment_mode="expand")
            if span is None:
                continue
            found = self._phrase_state(list(span), span[-1])
            if found is not None:
                return ActorCode(found[0], found[1], f"'{after.group(1)}' in apposition to the name")
        return None

    @functools.cached_property
    def _appositive_titles(self) -> list[re.Match]:
        """Every ``_APPOSITIVE_TITLE`` match in the text (one per comma at most), in text order:
        found once per article, not once per name."""
        text = doc_text(self.doc)
        found = (_APPOSITIVE_TITLE.match(text, comma.start()) for comma in _COMMA.finditer(text))
        return [after for after in found if after is not None]

    def _appositive_titles_after(self, word: str):
        """The ``_APPOSITIVE_TITLE`` matches right after a whole-word occurrence of ``word`` (any
        letter case), in text order: those of ``_whole_word_matches``. A word of word characters
        and hyphens has no two occurrences that overlap, so each title's comma is checked for an
        occurrence ending there; another word is scanned for."""
        text = doc_text(self.doc)
        if not _PLAIN_WORD.fullmatch(word):
            for occurrence in _whole_word_matches(word, text):
                after = _APPOSITIVE_TITLE.match(text, occurrence.end())
                if after is not None:
                    yield after
            return
        pattern = None  # compiled at the first comma it may end at (most names have none)
        for after in self._appositive_titles:
            start = after.start() - len(word)
            if start < 0 or (start and _WORD_OR_HYPHEN.match(text, start - 1)):
                continue
            pattern = pattern or _word_end_pattern(word)
            found = pattern.match(text, start)
            if found is not None and found.end() == after.start():
                yield after

    def _anchor_phrase(self, noun) -> list:
        """The tokens of ``noun``'s phrase up to it and its "of" phrases ("the Head of the National
        Guard of Russia")."""
        return list(self.doc[noun.left_edge.i:noun.i + 1]) + self._of_phrases(noun)

    def _appositive_words(self, appos) -> list:
        """The words of an appositive noun phrase that may place the name: the noun and its
        premodifiers ("a Russian maritime shipping company", "a Moscow-based bank"), and where these
        name no state, the "in" phrase of a company's seat participle ("a company headquartered in
        Moscow", ``_seat_phrase``). Since linking 0.3.620."""
        words = [t for t in appos.lefts] + [appos]
        if any(t.ent_type_ in ("NORP", "GPE") for t in words):
            return words
        return words + self._seat_phrase(appos)

    @staticmethod
    def _seat_phrase(noun) -> list:
        """The tokens of the "in" phrase of a seat participle (actor_heads.yaml
        ``seat_participles``) that postmodifies ``noun``, a business or party noun ("a company
        headquartered in Moscow", "an entity registered in Belarus"): where a company is based,
        registered or incorporated is its state, as "Moscow-based" says; [] for any other noun (a
        diplomat "based in Kyiv" is only posted there) or phrase."""
        found = agent_sector(noun.text)
        if not (business_head(noun.text) or unsectored(noun.text) or (found is not None and found.sector == "BUS")):
            return []
        out = []
        for participle in (c for c in noun.children if c.dep_ == "acl" and seat_participle(c)):
            for prep in (c for c in participle.children if c.dep_ == "prep" and c.lower_ == "in"):
                out += [t for t in prep.subtree if t.i != prep.i]
        return out

    @staticmethod
    def _of_phrases(noun) -> list:
        """The tokens of the "of" phrases hanging off ``noun``, recursively ("Head of the
        National Guard of Russia")."""
        out = []
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                out += [t for t in obj.lefts] + [obj] + ActorCoder._of_phrases(obj)
        return out

    def _phrase_state(self, tokens: list, head, listed: bool = False) -> Optional[tuple[str, Optional[str]]]:
        """(ISO3, sector) of a noun phrase that names one state and is headed by a title or an
        actor noun (with ``listed``, a phrase a list of names stands for, also by a noun that
        names a designated person: "Russian oligarchs", actor_heads.yaml ``designated_person_heads``);
        None otherwise."""
        words = " ".join(t.text for t in tokens if t.pos_ in ("NOUN", "PROPN", "ADJ") and t.is_lower)
        found = agent_sector(head.text) or agent_sector(head.lemma_) or (agent_sector(words) if words else None)
        if found is None and head_agent_sector(head.text):
            # "three Russian officials": a head noun the context lexicon gives a sector
            found = ActorCode(None, head_agent_sector(head.text), f"head noun '{head.text}'")
        if found is None and head.lemma_.lower() in _title_heads():
            # "Russia’s Federal Security Service (FSB) officers": a title noun, no sector of its own
            found = ActorCode(None, None, f"title noun '{head.text}'")
        if found is None and head.pos_ == "NOUN" and unsectored(head.text):
            # "one Vietnam-based entity, Truong Phat Loc Shipping Trading JSC": the designated
            # party's noun (actor_heads.yaml unsectored_heads) places it, with no sector
            found = ActorCode(None, None, f"party noun '{head.text}'")
        if found is None and head.pos_ == "NOUN" and business_head(head.text):
            found = ActorCode(None, "BUS", f"business noun '{head.text}'")  # "Russia’s most important banks"
        people = None
        if found is None and head.pos_ == "NOUN":
            # the head alone ("nationals"), then with its lower-case modifiers before it ("financial
            # institutions"), as demonym_people reads the noun after a demonym
            before = [t for t in tokens if t.i < head.i]
            spans = [[]] + [before[k:] for k in range(len(before) - 1, -1, -1)
                            if all(t.is_lower for t in before[k:])]
            contest = in_contest(head)
            for mods in spans:
                people = people_noun_sector(" ".join([*(t.lower_ for t in mods), head.lower_]), contest)
                if people:
                    break
        if people:
            # "X is a Russian national": a noun that after a state's demonym names its people
            # (actor_sectors.yaml people_after_demonym) places the name as "Russian nationals" do
            found = ActorCode(None, people, f"people noun '{head.text}'")
        if found is None and listed and head.pos_ == "NOUN" and designated_kind(head.lemma_) == "person":
            found = ActorCode(None, None, f"person noun '{head.text}'")
        if found is None:
            return None
        states = set()
        i = 0
        while i < len(tokens):
            token = tokens[i]
            if token.pos_ in ("PROPN", "ADJ") and token.text[:1].isupper():
                pair = f"{token.text} {tokens[i + 1].text}" if i + 1 < len(tokens) else None
                country = lookup_country(pair) if pair else None  # "Russian Federation"
                if country is not None:
                    i += 1
                else:
                    country = lookup_country(token.text)
                if country is not None:
                    states.add(country.alpha3)
            i += 1
        if len(states) != 1:
            return None
        sector = agent_sector(words) if words else None
        return next(iter(states)), (sector or found).sector

    def _nationality_of(self, tokens: list, where: str) -> Optional[ActorCode]:
        words = [t for t in tokens if t.dep_ not in ("det", "punct")]
        placing = [t for t in words if placing_participle(t)]
        # "the illegitimate Russia-installed 'mayor'": the state hangs off the participle, below the
        # noun's own modifiers (an appositive's lefts), so it is taken from there
        words = sorted(set(words) | {c for t in placing for c in t.lefts if c.ent_type_ in ("NORP", "GPE")},
                       key=lambda t: t.i)
        # "Russian individual Igor ... Michurin": a lower-case word the parse hung on the name as a
        # compound is a noun, whatever its tag ("individual" tagged as an adjective)
        nouns = [t for t in words if t.is_lower and (t.pos_ == "NOUN" or t.dep_ == "compound" and t.pos_ == "ADJ")]
        state = None
        for token in words:
            country = lookup_country(token.text) if token.ent_type_ in ("NORP", "GPE") or _state_word_as_org(token) \
                else None
            if country is not None and token.ent_type_ == "GPE" and nouns and relational_head(nouns[-1].text):
                # "an important U.S. partner": a state's name before a relational noun is the
                # relation's other side (a partner of the U.S.); a demonym ("his Bolivian
                # counterpart") describes the holder
                return None
            if country is not None:
                state = country.alpha3
        if state is None or not (nouns or placing) or any(t.pos_ == "PROPN" and t.ent_type_ not in ("NORP", "GPE")
                                                        and not _state_word_as_org(t) for t in words):
            return None
        found = agent_sector(" ".join(t.text for t in nouns)) if nouns else None
        return ActorCode(state, found.sector if found else None, f"'{' '.join(t.text for t in words)}' {where}")

    def _relative_of(self, key: str) -> Optional[ActorCode]:
        """The state of the person whose relative this one is introduced as, by a kinship noun
        (entity_cues.yaml ``kinship``) with a possessor or an "of" phrase: "Prigozhin's wife
        Polina, daughter Lyubov, and son Pavel", "Bucaram's spouse, María Rosa Pulley Vergara",
        "Maria Lavrova, the wife of Russia's Foreign Minister". A state's designation of "immediate
        family members" names them by the official's state; the relative holds no office, so
        no sector is given. None when no kinship noun with a placed owner introduces the person."""
        from newsgraph.nlp.name_cues import is_kinship_noun

        span = self._first_name_span(key)
        if span is None:
            return None
        root = span.root
        while root.dep_ in ("compound", "flat") and root.head.i > root.i:
            # a name the NER cut in two ("Michel Abdalá" + "Bucaram Pulley"): its noun phrase's head
            root = root.head
        chain = [root]
        while chain[-1].dep_ in ("conj", "appos") and chain[-1].head.i < chain[-1].i and len(chain) < 8:
            chain.append(chain[-1].head)
        nouns = []
        for token in chain:
            if is_kinship_noun(token):
                nouns.append(token)
            nouns += [c for c in token.children if c.dep_ in ("compound", "appos") and is_kinship_noun(c)]
            kin = _kinship_of_named_owner(token)
            if kin is not None:
                nouns.append(kin)
        for noun in nouns:
            owners = [c for c in noun.children if c.dep_ == "poss"]
            owners += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            for owner in owners:
                a, b = self.doc[owner.left_edge.i].idx, owner.idx + len(owner)
                for mention in self.doc._.ng_mentions or []:
                    if mention.entity_key in (None, key) or not (a <= mention.start < b):
                        continue
                    code = self.for_key(mention.entity_key)
                    if code is not None and code.acts_for:
                        return ActorCode(code.acts_for, None, f"the {noun.text} of {mention.text} ({code.acts_for})")
        return None

    def _only_met(self, key: str) -> bool:
        """Whether every mention of the person is an object, the object of a preposition or a
        possessor, itself or as a conjunct or apposition of one ("met with President Ivan Duque,
        President-Elect Gustavo Petro, ..."): a counterpart met or named, never a doer ("you and
        President Zelenskyy called for sanctions on Russia")."""
        mentions = [m for m in self.doc._.ng_mentions or [] if m.entity_key == key]
        for mention in mentions:
            root = self._phrase_root(mention)
            if root is None or root.dep_ not in ("dobj", "obj", "pobj", "dative", "iobj", "poss") \
                    or _misread_title_subject(root):
                return False
        return bool(mentions)

    def _phrase_root(self, mention):
        """The token that carries a mention's role in its clause: the mention's head, climbed
        through the conjunct, apposition and name-part links that only list or spell it
        ("met with President Ivan Duque, President-Elect Gustavo Petro"); None where the mention
        does not align with tokens."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return None
        root = span.root
        while root.dep_ in ("conj", "appos", "compound", "flat") and root.head.i != root.i:
            root = root.head
        return root

    def _met_by_foreign_official(self, key: str, own: str) -> bool:
        """Whether every named mention of the person is the object of a meeting verb (CAMEO 04
        CONSULT: "meet", "host", "receive", or "with" after one) whose subject includes a person
        titled with an office ``own`` does not have (``_office_foreign_to``: "Foreign Minister Wang
        Yi ... met Deputy Secretary Sherman"). A bilateral meeting's object is the other side."""
        mentions = [m for m in self.doc._.ng_mentions or [] if m.entity_key == key and m.kind != "pronoun"]
        if not mentions:
            return False
        keys_at = {}
        for mention in self.doc._.ng_mentions or []:
            if mention.entity_key and mention.entity_key != key:
                span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is not None:
                    keys_at[span.root.i] = mention.entity_key
        for mention in mentions:
            root = self._phrase_root(mention)
            if root is None:
                return False
            if root.dep_ == "pobj" and root.head.lower_ == "with":
                verb = root.head.head
            elif root.dep_ in ("dobj", "obj"):
                verb = root.head
            else:
                return False
            if verb.lemma_.lower() not in _MEETING_VERBS:
                return False
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            subjects += [c for s in subjects for c in s.conjuncts]
            if not any(keys_at.get(s.i) and self._office_foreign_to(keys_at[s.i], own) for s in subjects):
                return False
        return True

    def _states_beside(self, key: str, subjects_too: bool = False) -> Optional[set[str]]:
        """The states (ISO3) named, themselves or by a place in them (a city by the one state its
        gazetteer readings give: ``context_states.entity_state``), in the sentences that name
        the person; None when a mention of the person is the subject of a clause (unless ``subjects_too``: an actor
        who acts in the text is placed by their own words, not by what sits beside them)."""
        mentions = [m for m in self.doc._.ng_mentions or [] if m.entity_key == key]
        sentences = set()
        for mention in mentions:
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            while root.dep_ == "conj" and root.head.i != root.i and root.head.pos_ in ("NOUN", "PROPN"):
                root = root.head  # "Secretary Blinken and Secretary Austin pledged": a co-subject
            if not subjects_too and (root.dep_ in ("nsubj", "nsubjpass") or _misread_title_subject(root) or (
                    root.dep_ in ("compound", "appos") and root.head.dep_ in ("nsubj", "nsubjpass"))):
                return None
            a, b = span.sent.start_char, span.sent.end_char
            if subjects_too:
                # a list of officials one per line ("Finland: ...\nEstonia: Liina Kersna, Minister
                # of ...") that the parser reads as one sentence: only the person's own line
                text = doc_text(self.doc)
                a = max(a, text.rfind("\n", a, span.start_char) + 1)
                line_end = text.find("\n", span.end_char, b)
                b = line_end if line_end != -1 else b
            sentences.add((a, b))
        states = set()
        for mention in self.doc._.ng_mentions or []:
            if mention.entity_key in (None, key) or not any(a <= mention.start < b for a, b in sentences):
                continue
            entity = self.entities.get(mention.entity_key)
            if entity is None or entity.type not in ("country", "place"):
                continue
            state = entity_state(entity)  # "While in Kyiv, ... met with": a city of one state counts
            if state:
                states.add(state)
        return states

    def _outlet_institution(self, title: str) -> Optional[ActorCode]:
        """The outlet's code when a title names an institution only by the word the outlet's
        own name has ("Department Spokesperson" on the State Department's site)."""
        outlet_name = self.doc._.ng_outlet or ""
        if self.outlet is None or not self.outlet.acts_for:
            return None
        for word in title.split():
            if word[:1].isupper() and word in org_keywords() and re.search(rf"\b{word}\b", outlet_name):
                return self.outlet
        return None

    @functools.cached_property
    def joint_voice(self) -> Optional[tuple[int, Optional[str], ActorCode, str]]:
        """(char offset, entity key or None, code, name) of the voice a joint statement opens
        with: the first "We" that has an appositive of officials or governments of a named group
        or of several states ("We, the G7 Foreign Ministers of Canada, France, ...", "We, the
        Foreign Ministers of Austria, Brazil, ..."). Every "we" of the text after it is these
        signatories (English first-person plural takes its reference from the apposition that
        introduces it), not the state whose site published the text. Without such a "We", a
        title calling the text a joint statement of named states gives the voice from the text's
        start (``_titled_joint_voice``); None when neither opens a voice."""
        doc = self.doc
        # "we" found in the cached strings, a Token made only for it
        for i, lower in enumerate(token_lowers(doc)):
            if lower != "we":
                continue
            token = doc[i]
            if token.dep_ not in ("nsubj", "nsubjpass"):
                continue
            appos = [c for c in token.children if c.dep_ == "appos" and c.i > token.i]
            if not appos:
                return self._titled_joint_voice()  # the first subject "we" names no one: the title may still name the voice
            head = appos[0]
            start, end = head.left_edge.i, head.right_edge.i + 1
            while start < end and doc[start].dep_ in ("det", "punct"):
                start += 1
            while end > start and doc[end - 1].dep_ in ("punct", "cc"):
                end -= 1
            name = " ".join(doc[start:end].text.split())
            group = group_officials(name)
            offset = token.idx
            if group is not None:
                key = _key_for_span(doc, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), ("organization",))
                return offset, (self.group_key(key, group) if key else None) or key, group, name
            title = agent_sector(head.text)
            states = {m.entity_key for m in doc._.ng_mentions or []
                      if m.type == "country" and m.entity_key and doc[start].idx <= m.start < doc[end - 1].idx + len(doc[end - 1])}
            if title is not None and title.sector in state_sectors() and len(states) >= 2:
                code = ActorCode(None, title.sector, f"the signatories of a joint statement ({len(states)} states): {title.reason}")
                return offset, None, code, name
            return self._titled_joint_voice()
        return self._titled_joint_voice()

    def _titled_joint_voice(self) -> Optional[tuple[int, Optional[str], ActorCode, str]]:
        """The voice of a release whose title calls it a joint document of named states ("Joint
        Statement of the United States and Germany on ...", "U.S.-EU-Canada: Joint Statement on
        ...", "Joint Statement on Canada-Mexico-United States Cooperation"): its "we" is every
        signatory (the states the title names as issuers, at least two), from the text's start;
        failing that, the states its opening line names as issuing it ("Canada, ... and the United
        States issue the following joint statement.", ``_opening_issuers``); None otherwise (a
        joint statement of two officials of one state stays that state's)."""
        title = getattr(self.doc._, "ng_title", None) or ""
        found = _JOINT_TITLE.search(title)
        states = self._title_issuers(title, found) if found is not None else []
        where = "title"
        names = None
        if len(states) >= 2:
            # "U.S.-EU-Canada: Joint Statement on Venezuela": an international organisation among
            # the issuers is a signatory too, in its place in the title's list
            names = _issuer_names(self.doc, title[:found.start()], states) or \
                _issuer_names(self.doc, (_STATE_COMPOUND.search(title[found.end():]) or re.match("", "")).group(0), states)
        if len(states) < 2:  # "Joint Statement on Arctic Council Cooperation": the opening line may name them
            states, where = self._opening_issuers(), "opening line"
        if len(states) < 2:  # "Signed by the following ministers or their equivalents:\nAustralia: ..."
            states, where = self._signed_issuers(), "list of signatories"
        if len(states) < 2:
            return None
        names = names or [country_name(state) or state for state in states]
        name = ", ".join(names[:-1]) + " and " + names[-1]
        code = ActorCode(None, "GOV", f"the signatories of a joint statement ({len(states)} states named by its "
                                      f"{where}: {', '.join(states)})")
        return 0, None, code, name

    def _title_issuers(self, title: str, found: re.Match) -> list[str]:
        """ISO3 of the states a joint document's title names as its issuers, in order, where
        ``found`` is the title's "Joint Statement" words ("U.S.-Russia Joint Statement ...", "...
        of the United States and Germany on ...", "... on Canada-Mexico-United States Cooperation")."""
        issuers = title[:found.start()]  # "U.S.-Russia Joint Statement ..."
        rest = title[found.end():]
        issued_by = re.match(r"\s*(?:by|of|from)\b(.*)", rest)
        if issued_by:  # "... by the United States and Canada on ...": up to the topic
            issuers += " " + _JOINT_TITLE_TOPIC.split(issued_by.group(1), maxsplit=1)[0]
        states = list(dict.fromkeys(title_states(self.doc, issuers)))
        if len(states) < 2:  # "Joint Statement on Canada-Mexico-United States Cooperation": the parties' compound
            compound = _STATE_COMPOUND.search(rest)
            states = list(dict.fromkeys(title_states(self.doc, compound.group(0)))) if compound else []
        return states

    def _opening_issuers(self) -> list[str]:
        """ISO3 of the states a joint release's opening line names as its issuers ("Canada, the
        Kingdom of Denmark, ... and the United States issue the following joint statement."; "The
        text of the following statement was released by the Governments of the United States of
        America and the Government of India, ..."), in order; [] when it opens otherwise."""
        found = _JOINT_OPENING.match(doc_text(self.doc)[:1000].lstrip())
        if found is None:
            return []
        return list(dict.fromkeys(title_states(self.doc, found.group("subject") or found.group("agent"))))

    def _signed_issuers(self) -> list[str]:
        """ISO3 of the states of a statement's closing list of signatories ("Signed by the following
        ministers or their equivalents:" then one signatory a line, each led by its state:
        "Australia: The Hon Anika Wells MP, Minister for Sport" or "Austria" on a line of its own
        above the name), in order: a text several states' ministers sign is their joint statement,
        whatever its title (the State Department's sport ministers' statements on Russia's war open
        "The text of the following statement was agreed upon by the ministers of sport ... listed at
        the bottom of the statement"). [] when no such list names two states."""
        text = doc_text(self.doc)
        found = _SIGNED_LIST.search(text)
        if found is None:
            return []
        states = []
        for line in text[found.end():].split("\n"):
            head = line.split(":", 1)[0].strip() if ":" in line else line.strip()
            if not head or len(head.split()) > 4:
                continue
            country = lookup_country(re.sub(r"^(?:the|The)\s+", "", head))
            if country is not None and country.alpha3 not in states:
                states.append(country.alpha3)
        return states

    def descent(self, text: Optional[str]) -> Optional[ActorCode]:
        """People named by a descent who live in another state: "Cuban American leaders" are
        Americans (the head of the compound is "American"); "Latino leaders from the Venezuelan
        community" / "the Haitian diaspora" in a state institution's own release are residents
        of the publishing state (the community its government meets at home), not the state
        their demonym names. None otherwise."""
        found = agent_sector(text) if text else None
        sector = found.sector if found is not None and found.sector not in ("GOV",) else "CVL"
        if hyphenated_american(text):
            return ActorCode("USA", sector, "Americans by descent (demonym + American)")
        state = diaspora_of(text)
        if state and state_institution_code(self.outlet) \
                and state != self.outlet.acts_for:
            return ActorCode(self.outlet.acts_for, "CVL",
                             f"a {country_name(state) or state} community in the release of {self.doc._.ng_outlet}",
                             publisher_default=True)
        return None

    def for_text(self, text: Optional[str]) -> Optional[ActorCode]:
        """Actor words with no entity: "Israeli troops", "security forces", "protesters"."""
        if not text:
            return None
        displaced = _displaced_those(text)
        if displaced is not None:
            return displaced
        descent = self.descent(text)
        if descent is not None:
            return descent
        named = named_actor(re.sub(r"^(?:the|The)\s+", "", text.strip()))
        if named is not None:
            return named  # "the Taliban" where the NER tagged no entity
        found = agent_sector(text) or _head_sector(text)
        acts_for = None
        venue = _VENUE_WORDS.search(text)
        if venue is not None and not (state_set_noun(venue.group(1)) or multi_state_head(venue.group(1))):
            venue = None  # "protesters in Tehran": people where they live
        for found_word in re.finditer(r"[A-Z][\w.\-]+(?:\s+[A-Z][\w.\-]+)*", text):
            word = found_word.group(0)
            if venue is not None and found_word.start() >= venue.end():
                # "our European Allies in Vienna": parties of several states where they met, not
                # whom they act for
                break
            if name_topic(text[:found_word.start()]):
                continue  # "Commission of Inquiry on Ukraine": the body's topic, not its owner
            # a state's name, or a demonym opening a body's name ("Italian Episcopal Conference")
            country = lookup_country(word) or (lookup_country(word.split()[0]) if " " in word else None)
            if country is not None:
                acts_for = country.alpha3
                break
        if found is None and acts_for is None:
            return None
        return ActorCode(acts_for, found.sector if found else ("GOV" if acts_for else None),
                         found.reason if found else "a state named in the actor's words")


# "those who have fled Venezuela", "those fleeing Ukraine", "those displaced by the war": people in
# flight (events._displaced_demonstrative); the state is the place fled ("fled (from) X"), never a
# possessor ("those fleeing Russia's war" are not Russia's)
_DISPLACED_THOSE = re.compile(r"^those\s+(?:who\s+(?:have\s+|had\s+|are\s+|were\s+)?)?"
                              r"(?:fled|flee|flees|fleeing|displaced|(?:seeking|seek|sought)\s+(?:asylum|refuge|safety|protection|shelter|sanctuary))\b"
                              r"(?P<rest>.*)$",
                              re.IGNORECASE | re.DOTALL)
_FLED_PLACE = re.compile(r"^\s+(?:from\s+)?(?:the\s+)?(?P<place>[A-Z][\w.\-]+(?:\s+[A-Z][\w.\-]+)*)(?P<after>.?.?)")


def _displaced_those(text: str) -> Optional[ActorCode]:
    """People in flight named by "those" and their clause of flight: sector REF (Phoenix
    REFUGEE ~REF, as "refugees"), acting for the state they fled when the clause names it as what
    is fled ("those who have fled Venezuela": VEN); None for any other text."""
    found = _DISPLACED_THOSE.match(text.strip())
    if found is None:
        return None
    acts_for = None
    place = _FLED_PLACE.match(found.group("rest"))
    if place is not None and not place.group("after").startswith(("'s", "’s")):
        country = lookup_country(place.group("place"))
        acts_for = country.alpha3 if country is not None else None
    return ActorCode(acts_for, "REF", "people in flight ('those who fled X'), as Phoenix REFUGEE ~REF")


# "those who bravely speak out", "those whom the regime jailed": people a headless relative with a
# personal relative pronoun describes (events._people_clause; people in flight are read first)
_DESCRIBED_THOSE = re.compile(r"^those\s+(?:who|whom|whose)\b", re.IGNORECASE)
DESCRIBED_THOSE_REASON = "people a headless relative describes ('those who V'): a vague group, no key"


# a plural head, then "in"/"at" before a name: the place where the head's parties are
_VENUE_WORDS = re.compile(r"\b([A-Za-z]+)\s+(?:in|at)\s+(?:the\s+)?(?=[A-Z])")


def _head_sector(text: str) -> Optional[ActorCode]:
    """The sector of an actor phrase Phoenix lists no agent for by its head word: a variant
    spelling of a listed agent ("protestors": PROTESTER [~OPP]) or a business head ("22
    defense-related firms": CAMEO/PLOVER sector BUS, actor_heads.yaml business_heads), with no
    state named. None otherwise."""
    words = text.split()
    if not words:
        return None
    head = words[-1]
    variant = spelling_variant(head)
    if variant != head.lower():
        found = agent_sector(" ".join([*words[:-1], variant]))
        if found is not None:
            return ActorCode(None, found.sector, f"{found.reason} (spelt '{head}')")
    if business_head(head):
        return ActorCode(None, "BUS", f"business noun '{head}'")
    return None


def _people_noun(token) -> bool:
    """Whether ``token`` is a common noun of people: the WordNet person list
    (actor_heads.person_nouns), a party word of it (not_person_nouns: "actors") or a Phoenix agent
    with a sector ("tourists", "students")."""
    from newsgraph.nlp.actor_heads import not_person_nouns, person_nouns

    if token.pos_ != "NOUN" or token.ent_type_:
        return False
    lemma = token.lemma_.lower()
    found = agent_sector(token.text)
    return lemma in person_nouns() or lemma in not_person_nouns() or (found is not None and found.sector is not None)


def _list_modifier_state(first) -> Optional[tuple[str, str]]:
    """(ISO3, words) of the one state a demonym or state name premodifying ``first`` names
    ("Chinese" of "Chinese students"), else None."""
    for child in first.children:
        if child.i < first.i and child.dep_ in ("amod", "compound", "nmod", "poss") \
                and child.ent_type_ in ("NORP", "GPE"):
            country = lookup_country(child.text)
            if country is not None:
                return country.alpha3, child.text
    return None


def _share_list_codes(doc, coder: "ActorCoder", events) -> None:
    """A later member of a coordinated list of plural people nouns (``_people_noun``) that the
    events code on its own takes what the list's first member's premodifiers say of the whole
    list (English premodification before coordinated heads, Quirk et al. 13.64: "Chinese students
    and tourists", "Russian officials and businessmen" are all Chinese, all Russian): the state a
    demonym or state name before the first member names, where the member has no determiner,
    possessor, number nor premodifier of its own; and a party word of the list (not_person_nouns:
    "pro-democracy actors" after "political opponents"), which gives no sector alone, the sector of
    the first member's phrase (the list's items are of one kind). Since linking 0.3.340."""
    from newsgraph.nlp.actor_heads import not_person_nouns
    from newsgraph.nlp.context_states import head_agent_sector

    for event in events or []:
        for side in ("source", "target"):
            start, end = getattr(event, f"{side}_start"), getattr(event, f"{side}_end")
            if getattr(event, f"{side}_key") or start is None or end is None:
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            member = span.root
            first = first_conjunct(member)
            if first is member or first.i >= span.start or member.tag_ != "NNS" or first.tag_ != "NNS" \
                    or not (_people_noun(member) and _people_noun(first)) \
                    or any(c.dep_ in ("det", "poss", "nummod", "predet") for c in member.children):
                continue
            text = getattr(event, f"{side}_text") or ""
            placed = _list_modifier_state(first)
            if placed is not None and not getattr(event, f"{side}_acts_for") and not any(member.lefts):
                # only a bare member: words of its own before it ("Ukrainian refugees and third
                # country nationals", "Chinese and foreign students") may say otherwise
                setattr(event, f"{side}_acts_for", placed[0])
                event.explanation = (event.explanation or "") + \
                    f"; {side} '{text}' acts for {placed[0]}: '{placed[1]}' premodifies its list ('{first.text}' and it)"
                if side == "target":
                    _restricted_destination(doc, coder, event)  # own people kept from going abroad, as the first
                    if event.target_key:
                        continue
            if getattr(event, f"{side}_sector") or member.lemma_.lower() not in not_person_nouns():
                continue  # a people noun keeps its own sector, or none ("lawyers and human rights defenders")
            phrase = doc[first.left_edge.i:first.i + 1].text
            listed = agent_sector(phrase)
            sector = listed.sector if listed is not None and listed.sector else head_agent_sector(first.text)
            if sector:
                setattr(event, f"{side}_sector", sector)
                event.explanation = (event.explanation or "") + \
                    f"; {side} '{text}' ({sector}): the sector of its list's first member '{phrase}'"


def _coordinated_owner_people(doc, events) -> None:
    """An actor that is one state of a coordinated individual genitive whose possessed noun names
    people ("Russia's and Belarus' athletes": events._coordinated_genitive_owners makes each owner
    an actor of its own) stands for that state's people, as "Russia's athletes" alone does (the
    state with the people noun's sector, no entity of the state: ``_people_key``), not for the
    state's government. Since linking 0.3.340."""
    from newsgraph.nlp.events import _coordinated_genitive_owners, load_lexicon
    from newsgraph.resolve.actors import state_sectors

    for event in events or []:
        for side in ("source", "target"):
            key, start = getattr(event, f"{side}_key"), getattr(event, f"{side}_start")
            if not key or not key.startswith("country:") or start is None:
                continue
            span = doc.char_span(start, getattr(event, f"{side}_end"), alignment_mode="expand")
            owners = _coordinated_genitive_owners(span.root, load_lexicon()) if span is not None else []
            if not owners:
                continue
            at = owners[-1].i + 2  # past the last owner's ending
            while at < len(doc) and doc[at].pos_ in ("ADJ", "ADV"):
                at += 1
            possessed = doc[at] if at < len(doc) else None
            if possessed is None or possessed.tag_ != "NNS" or not _people_noun(possessed):
                continue
            found = agent_sector(possessed.text)
            sector = found.sector if found is not None else None
            if not sector or sector in state_sectors():
                continue
            setattr(event, f"{side}_key", _people_key(key, sector))
            setattr(event, f"{side}_sector", sector)
            event.explanation = (event.explanation or "") + \
                f"; {side} = {getattr(event, f'{side}_acts_for')}'s {possessed.text} ({sector}): one owner of a coordinated genitive"


def _inside_statement(doc, start: Optional[int]) -> Optional[object]:
    if start is None:
        return None
    for statement in doc._.ng_statements or []:
        pieces = [(statement.content_start, statement.content_end), *statement.content_parts]
        if any(a is not None and b is not None and a <= start < b for a, b in pieces) and statement.speaker_key:
            return statement
    return None


# a singular common-noun phrase (the event span leaves the article out: "delegation", "military regime")
_DEFINITE_GROUP = re.compile(r"^(?:(?:[Tt]he|[Tt]his|[Tt]hat)\s+)?((?:[a-z]+\s+){0,2}[a-z]+[^s\W])$")


def _group_antecedent(doc, text: Optional[str], start: Optional[int]) -> Optional[ActorCode]:
    """"the delegation", "the military regime", "the government" with no state in its words: the
    state of the latest earlier mention of the same noun that names one ("A U.S. delegation
    traveled ... The delegation met ...", "Burma's military regime ... the regime"), as coref
    reads "the minister" as the person last titled so. The noun is a Phoenix sector agent, or
    "delegation" (a state's envoys)."""
    if not text or start is None:
        return None
    match = _DEFINITE_GROUP.match(" ".join(text.split()))
    if not match:
        return None
    head = match.group(1).split()[-1]
    found = agent_sector(match.group(1))
    if found is None and head not in ("delegation", "regime"):
        return None
    before = doc_text(doc)[:start]
    for earlier in reversed(list(re.finditer(rf"((?:[A-Z][\w.’'\-]*\s+){{1,3}}(?:[a-z]+\s+){{0,2}}){head}\b", before))):
        words = earlier.group(1).replace("’s", "").replace("'s", "")
        for word in re.findall(r"[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*", words):
            country = lookup_country(word) or lookup_country(word.split()[-1])
            if country is not None:
                return ActorCode(country.alpha3, found.sector if found else "GOV",
                                 f"'{text.strip()}' -> the {country.name} {head} named before")
    return None


# modifiers that restrict a noun phrase to a subset or place it: a plural with none of them is a
# bare definite description ("the parties") that can repeat an earlier phrase
_RESTRICTING_DEPS = frozenset({"amod", "compound", "poss", "nmod", "nummod", "quantmod"})


def _definite_plural_antecedent(doc, text: Optional[str], start: Optional[int],
                                end: Optional[int]) -> Optional[ActorCode]:
    """"the parties" with no state in its words: the state of the earlier noun phrase it repeats
    ("calls on the Yemeni parties to extend the truce. The parties must work with ..."). English
    definite anaphora: a bare definite plural ("the" and the head noun only, no modifier or
    complement of its own) refers back to the latest earlier phrase with the same head noun, so it
    takes the one state that phrase's own modifiers name (a demonym or state name: "Yemeni",
    "Ukraine's"); the search runs back over its sentence and the two before, and the latest
    phrase with that head decides (one that names no state or several is another group: None), and
    an earlier one in the window naming another state makes the reference ambiguous (None).
    The sector is the one the head's words give (``agent_sector``), else none.
    Shape: ActorCode(ISO3, sector, reason) or None."""
    span = doc.char_span(start, end, alignment_mode="expand") if text and start is not None and end is not None else None
    if span is None:
        return None
    head = span.root
    if head.tag_ != "NNS" or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts) \
            or any(c.dep_ in _RESTRICTING_DEPS for c in head.lefts) \
            or any(c.dep_ in ("prep", "acl", "relcl", "appos") for c in head.rights):
        return None
    floor = _window_start(doc, head, 2)
    if floor is None:
        return None
    same = [doc[i] for i in range(head.i - 1, floor - 1, -1) if doc[i].pos_ == "NOUN" and doc[i].lemma_ == head.lemma_]
    if not same:
        return None

    def named_states(noun) -> Optional[set[str]]:
        states = set()
        for modifier in noun.lefts:
            if modifier.dep_ in ("amod", "compound", "poss", "nmod") and modifier.ent_type_ in ("GPE", "NORP"):
                country = lookup_country(modifier.text)
                if country is None:
                    return None  # "European partners": a region's, no one state
                states.add(country.alpha3)
        return states

    earlier = same[0]
    states = named_states(earlier)
    if not states or len(states) != 1:
        return None
    state = next(iter(states))
    if any((named_states(other) or set()) - {state} for other in same[1:]):
        return None  # "Ukrainian officials met with Russian officials. The officials ...": either group
    words = agent_sector(head.text) or agent_sector(head.lemma_)
    return ActorCode(state, words.sector if words is not None else None,
                     f"'the {head.text}' -> the '{doc[earlier.left_edge.i:earlier.i + 1].text}' named before")


def _window_start(doc, token, back: int) -> Optional[int]:
    """The index of the first token of the sentence ``back`` sentences before ``token``'s (its own
    sentence's first at the article's start), the floor of a look back for an antecedent; None
    where ``token`` is in no sentence."""
    sentences = list(doc.sents)
    index = next((i for i, sent in enumerate(sentences) if sent.start <= token.i < sent.end), None)
    if index is None:
        return None
    return sentences[max(0, index - back)].start

# plural nouns for a state's armed forces (Phoenix MIL agents) a demonstrative refers back with
_FORCE_NOUNS = frozenset({"forces", "troops", "soldiers", "servicemen"})
# verbs whose subject owns the forces it moves ("Russia has amassed 150,000 troops")
_FORCE_VERBS = frozenset({"amass", "deploy", "mass", "send", "station", "move", "position", "mobilize",
                          "mobilise", "withdraw", "pull", "draw", "build", "concentrate", "gather"})


def _forces_antecedent(doc, text: Optional[str], start: Optional[int], end: Optional[int]) -> Optional[ActorCode]:
    """"these forces", "those troops" with no state in their words: the state of the forces a
    demonstrative points back to, within the three sentences before: the latest earlier plural
    force noun (``_FORCE_NOUNS``) whose own words name a state ("Russian forces", "Russia's
    troops") or whose moving verb's subject is a state ("Russia has amassed 150,000 troops around
    Ukraine's borders ... these forces"); an earlier demonstrative or "the" with neither passes
    the question on back, any other earlier force noun ends the search (it is another group).
    Sector MIL (Phoenix). None otherwise."""
    span = doc.char_span(start, end, alignment_mode="expand") if text and start is not None and end is not None else None
    if span is None or span.root.lower_ not in _FORCE_NOUNS:
        return None
    head = span.root
    if not any(c.dep_ == "det" and c.lower_ in ("these", "those") for c in head.lefts) \
            or any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in head.lefts):
        return None
    floor = _window_start(doc, head, 3)
    if floor is None:
        return None
    for i in range(head.i - 1, floor - 1, -1):
        earlier = doc[i]
        if earlier.lower_ not in _FORCE_NOUNS or earlier.head.i == head.i:
            continue
        states = set()
        for modifier in earlier.lefts:
            if modifier.dep_ in ("amod", "compound", "poss", "nmod") and modifier.ent_type_ in ("GPE", "NORP"):
                country = lookup_country(modifier.text)
                if country is not None:
                    states.add(country.alpha3)
        verb = earlier.head
        verb = first_conjunct(verb)
        if not states and earlier.dep_ == "dobj" and verb.lemma_ in _FORCE_VERBS:
            for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.ent_type_ == "GPE"):
                country = lookup_country(subject.text)
                if country is not None:
                    states.add(country.alpha3)
        if len(states) == 1:
            state = next(iter(states))
            return ActorCode(state, "MIL", f"'{text.strip()}' -> the {state} forces named before")
        if states or not any(c.dep_ == "det" and c.lower_ in ("these", "those", "the") for c in earlier.lefts):
            return None  # several states, or another group of forces
    return None


def _delegation_complement(doc, coder: "ActorCoder", text: Optional[str], start: Optional[int],
                           end: Optional[int]) -> Optional[ActorCode]:
    """The state a delegation with no state in its own words acts for, from its complement: a
    "from"/"of" phrase naming a state, directly or through its members ("a delegation from
    Japan", "a delegation of senior officials from the United States"), else the state of the
    named person a leading verb's "by" agent gives ("a delegation led by Russian Defense Minister
    Sergei Shoigu": a delegation acts for its leader's state, as ``_delegation_state`` reads the
    leader from the delegation). Heads: actor_heads.yaml ``delegation_heads``; no sector (its
    members may be of any). None otherwise, and for "delegation of authority" (a legal act)."""
    nouns, verbs = delegation_words()
    span = doc.char_span(start, end, alignment_mode="expand") if text and start is not None and end is not None else None
    if span is None or span.root.lower_ not in nouns:
        return None
    head = span.root
    states: set[str] = set()

    def named_states(noun, depth: int = 0) -> None:
        # the pobj of "from"/"of", or a "from" phrase on its own members ("officials from X")
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ not in (("from", "of") if depth == 0 else ("from",)):
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                country = lookup_country(doc_text(doc)[obj.left_edge.idx:obj.idx + len(obj.text)]) \
                    if obj.ent_type_ in ("GPE", "NORP") else None
                if country is not None:
                    states.add(country.alpha3)
                elif depth == 0 and obj.pos_ == "NOUN":
                    named_states(obj, 1)

    named_states(head)
    if not states:
        for verb in head.children:
            if verb.dep_ != "acl" or verb.lemma_ not in verbs:
                continue
            for agent in (c for c in verb.children if c.dep_ == "agent"):
                for leader in (c for c in agent.children if c.dep_ == "pobj"):
                    # the first leader named decides ("led by Secretary X, Secretary Y, and ...")
                    key = _key_for_span(doc, leader.left_edge.idx, leader.idx + len(leader.text), ("person",))
                    code = coder.for_key(key) if key else None
                    if code is not None and code.acts_for and (doc._.ng_entities or {}).get(key) is not None \
                            and doc._.ng_entities[key].type == "person":
                        states.add(code.acts_for)
    if len(states) != 1:
        return None
    state = next(iter(states))
    return ActorCode(state, None, f"'{text.strip()}' -> the delegation its complement places in {state}")


def _from_phrase_origin(doc, text: Optional[str], start: Optional[int], end: Optional[int],
                        code: Optional[ActorCode]) -> Optional[ActorCode]:
    """The state a "from <country>" phrase on an actor's head noun gives a title or people noun
    whose own words name none ("welcome the foreign minister from Armenia", "the ambassador from
    Japan spoke"): English postmodification by "from" gives a person's origin (as ``_origin_state``
    reads it on a name's apposition), and the event span often stops before the phrase. The head
    is a title head (``roles.title_lexicon``) or a people noun (``people_noun_sector``); the "from"
    phrase hangs on that noun (not on the verb: "equipment from the U.S.", "heard from Japan"),
    and its object names exactly one country (``lookup_country``; coordinated objects name
    several: none); on a hosting verb whose object the noun is, right after it, the phrase is the
    guest's origin too. The sector is ``code``'s (the words' own), else the people noun's.
    Shape: ActorCode(ISO3, sector, reason) or None."""
    span = doc.char_span(start, end, alignment_mode="expand") if text and start is not None and end is not None else None
    if span is None:
        return None
    head = span.root
    if head.pos_ != "NOUN" or (_fold(head.lemma_) not in _title_heads() and _fold(head.text) not in _title_heads()
                               and people_noun_sector(head.lower_) is None):
        return None
    from newsgraph.nlp.events import load_lexicon

    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "from"]
    verb = head.head
    if not preps and head.dep_ == "dobj" and verb.lemma_ in load_lexicon().hosting_verbs:
        # "welcome the foreign minister from Armenia": the parser hangs the phrase on the hosting
        # verb (plover_frames.yaml hosting_verbs), whose guest comes from there either way
        # (PLOVER CONSULT visit); only right after the guest's phrase
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == head.right_edge.i + 1]
    states: set[str] = set()
    phrase = None
    for prep in preps:
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            for place in (obj, *(c for c in obj.conjuncts)):
                country = lookup_country(doc_text(doc)[place.left_edge.idx:place.idx + len(place.text)]) \
                    if place.ent_type_ == "GPE" else None
                if country is None:
                    return None  # "a minister from the region", "from Armenia and its neighbours": no one state
                states.add(country.alpha3)
                phrase = doc[prep.i:place.right_edge.i + 1].text
    if len(states) != 1:
        return None
    state = next(iter(states))
    found = ActorCode(state, people_noun_sector(head.lower_), f"'{text.strip()} {phrase}': the state its 'from' phrase names")
    return _placed_keeping_sector(code, found)


def _name_before_legal_form(doc, text: Optional[str], start: Optional[int],
                            end: Optional[int]) -> Optional[tuple[str, int, int]]:
    """(name, start, end) of the company whose name an actor span that is a legal form alone
    ("LLC" of "Transmorflot LLC") closes: the capitalised proper nouns right before it in its
    noun phrase (compounds of the form); None otherwise."""
    from newsgraph.nlp.entities import is_legal_form

    if not text or start is None or end is None or not is_legal_form(text):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    first = span.start
    while first > span.sent.start and doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper() \
            and doc[first - 1].head.i >= span.start and doc[first - 1].head.i < span.end:
        first -= 1
    if first == span.start:
        return None
    return doc_text(doc)[doc[first].idx:end], doc[first].idx, end


def _organisation_by_alias(doc, text: Optional[str], start: Optional[int], end: Optional[int]) -> Optional[str]:
    """The key of the one organisation of the article whose acronym or short name (an alias:
    "Office of Foreign Assets Control (OFAC)") is the whole of an actor the NER tagged nowhere
    ("OFAC is designating ..." opening a later sentence), with a name mention added at the span;
    None when no organisation, or more than one, has that alias (or name)."""
    if not text or start is None or end is None:
        return None
    from newsgraph.nlp.entities import _is_english_word_form, is_legal_form

    bare = re.sub(r"^(?:the|The)\s+", "", " ".join(text.split()))
    folded = _fold(bare)
    if not folded or not bare[:1].isupper() or is_legal_form(bare) or bare in org_keywords():
        return None  # "LLC" of "Transmorflot LLC" cut off by the NER, "Department": no one body's name
    found = {key for key, entity in (doc._.ng_entities or {}).items() if entity.type == "organization"
             and folded in {_fold(n) for n in (entity.name, *entity.aliases)}}
    if not found and " " not in folded and not _is_english_word_form(folded):
        # "Triliance Petrochemical Co. Ltd. ... Triliance was designated": a name's own first
        # word, no English word, is the short name news copy uses after the full one
        found = {key for key, entity in (doc._.ng_entities or {}).items() if entity.type == "organization"
                 and any(_fold(n).split()[0] == folded and len(_fold(n).split()) > 1
                         for n in (entity.name, *entity.aliases) if _fold(n).split())}
    if len(found) != 1:
        return None
    key = next(iter(found))
    _add_mention(doc, start, end, text, "organization", key, "name")
    return key


# the reason that marks a slot keyed to the first member a plural names ("the governments of A and B")
MEMBERS_REASON = "the first of the members"


def _capital_as_actor(entity: Optional[EntityRecord], text: Optional[str]):
    """The country (``resolve.countries.Country``) whose capital the place ``entity`` is, when
    the actor's words are that name alone (a leading "the" aside), else None ("residents of
    Xinjiang", "Reznikov in Warsaw": there the city only locates)."""
    if entity is None or entity.type != "place" or not text:
        return None
    words = text.split()
    if words[:1] and words[0].lower() == "the":
        words = words[1:]
    if _fold(" ".join(words)) != _fold(entity.name):
        return None
    country = lookup_country(entity.name)
    return country if country is not None and country.matched_as == "capital" else None


# a bare capitalised "Allies", "our Allies", "NATO Allies" (English capitalises it for the
# members of one alliance; lowercase "allies" are any state's friends)
_CAPITALISED_ALLIES = re.compile(r"^(?:(?:[Oo]ur|[Tt]he|NATO)\s+)?Allies$")


def _alliance_of_allies(doc, text: Optional[str], entity: Optional[EntityRecord]) -> Optional[str]:
    """Key of the alliance a capitalised "Allies" names in an article that names it
    (actor_heads.yaml ``capitalised_allies_bodies``: NATO), else None. Only a phrase with no
    entity of its own or one the NER made of the word itself ("Allies" tagged as an
    organisation, or the bare word tagged as a place: "support for Ukraine from Allies and
    partners", a GPE the word names no place of)."""
    if not text or not _CAPITALISED_ALLIES.match(" ".join(text.split())):
        return None
    if entity is not None and not (entity.name.split()[-1:] == ["Allies"]
                                   and (entity.type == "organization" or entity.name == "Allies")):
        return None
    names = capitalised_allies_bodies()
    for key, named in (doc._.ng_entities or {}).items():
        if named.type == "organization" and (named.name in names or any(a in names for a in named.aliases)):
            return key
    return None


# plural heads a regional or continental adjective makes a set of states or of their leaders
# ("our European allies", "Arab neighbors", "African leaders", "Asian partners"): those of
# actor_heads.yaml member_state_heads and the states' heads and neighbours
_REGIONAL_SET_HEADS = frozenset({"leaders", "neighbors", "neighbours"})


def _regional_set_head(doc, start: Optional[int], end: Optional[int]):
    """The plural head noun ("allies") a regional adjective or region name in the span modifies
    (entities.is_regional_body: lexicons/entity_regions.yaml ``regions``, ``adjectives``,
    ``body_openers``: "European", "Arab", "Latin American", "Gulf"), else None. A country's
    demonym ("Iranian officials") is that state's and a diaspora's ("Cuban American leaders")
    its people's: neither is a region."""
    if start is None or end is None or end <= start:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    for token in span if span is not None else ():
        if token.dep_ not in ("amod", "compound") or token.pos_ not in ("ADJ", "PROPN"):
            continue
        head = token.head
        if head.i <= token.i or head.tag_ not in ("NNS", "NNPS") or any(doc[i].pos_ in ("VERB", "ADP", "PUNCT") for i in range(token.i + 1, head.i)):
            continue
        if not (state_set_noun(head.lower_) or head.lower_ in _REGIONAL_SET_HEADS):
            continue
        ent = next((e for e in doc_ents(doc) if e.start <= token.i < e.end and e.end <= head.i), None)
        modifier = ent.text if ent is not None else token.text
        if lookup_country(modifier) is not None or not is_regional_body(f"{modifier} {head.text}"):
            return None
        return head
    return None


def _widen_regional_sets(doc, event) -> None:
    """An actor span that is only the regional adjective of a set of states ("commend our
    European allies" -> "European") takes the noun it modifies: the actors are the allies."""
    text = doc_text(doc)
    for side in ("source", "target"):
        start, end = getattr(event, f"{side}_start"), getattr(event, f"{side}_end")
        head = _regional_set_head(doc, start, end)
        if head is None or head.idx < end:
            continue
        new_end = head.idx + len(head.text)
        setattr(event, f"{side}_end", new_end)
        setattr(event, f"{side}_text", text[start:new_end])
        setattr(event, f"{side}_key", None)


def _with_apposed_nationality(doc, code: Optional[ActorCode], start: Optional[int],
                              end: Optional[int]) -> Optional[ActorCode]:
    """``code``, or where it places the actor in no state, the nationality a demonym phrase in
    apposition to the name gives (``demonym_people.apposed_nationality``: "Peruvian ex-pat in
    Spain, Jomra criticizes ...": PER CVL), keeping a sector ``code`` has."""
    if code is not None and code.acts_for:
        return code
    return _placed_keeping_sector(code, apposed_nationality(doc, start, end))


def _placed_keeping_sector(code: Optional[ActorCode], found: Optional[ActorCode]) -> Optional[ActorCode]:
    """``code`` placed in the state of ``found`` (a weaker reading of the same actor that gives
    a state): ``found``'s state with ``code``'s sector where ``code`` has one (reasons joined,
    ``found``'s first), else ``found``; ``code`` as it is where ``found`` is None. For a ``code``
    that places the actor in no state (callers return one that does before reading ``found``)."""
    if found is None:
        return code
    if code is not None and code.sector:
        return ActorCode(found.acts_for, code.sector, f"{found.reason}; {code.reason}")
    return found


def _resolve_actor(doc, coder: ActorCoder, key: Optional[str], text: Optional[str], start: Optional[int],
                   end: Optional[int]) -> tuple[Optional[str], Optional[ActorCode]]:
    """(entity key, code) of one actor slot, resolving what span and coref could not."""
    displaced = _displaced_those(text) if text else None
    if displaced is not None:
        # "those who have fled Venezuela": the people in flight, not the place their clause names
        return None, displaced
    if text and _DESCRIBED_THOSE.match(text.strip()):
        # "those who have been impacted by the flooding in Brazil": a vague group of people the
        # clause describes (events._people_clause), not the state, body or person its words name
        # ("those who support Hamas" are not Hamas): no key, no state
        return None, ActorCode(None, None, DESCRIBED_THOSE_REASON)
    member = member_code(doc, start, end)
    if member is not None:
        # "Mexican" of "the U.S. and Mexican governments": one state of a coordinated modifier,
        # in the sector its head noun gives (compound_members); a noun of people of no sector
        # ("the U.S. and Brazilian participants") is each state's people, not the state: no key
        # (since 0.3.440)
        return (_country_key(doc, member.acts_for) if member.sector else None), member
    regional = _regional_set_head(doc, start, end)
    if regional is not None and regional.idx < (end or 0):
        # "our European allies", "African leaders": several states (or their leaders) a region's
        # adjective only places, no one state and no group of people of that origin
        return None, ActorCode(None, "GOV", f"a set of states a regional adjective only places: '{text}'")
    relatives = _named_persons_relatives(doc, start, end)
    if relatives is not None:
        # "Austin Tice's parents are meeting with the President": the relatives act, not the
        # person they are named by (the NER's entity inside the span)
        return None, relatives
    relatives = _relatives_of_placed_owner(doc, coder, start, end)
    if relatives is not None:
        # "family members of Nicaraguan National Assembly representatives": the relatives, of
        # the state their owner's words place, not the body named inside the phrase
        return None, relatives
    owned = _body_owned_head(doc, coder, key, start, end)
    if owned is not None:
        # "the Ministry of Defense's shipping company", "Hizballah's business network": the head
        # noun is the actor, the named body only says whose it is
        return None, owned
    if key and _foreign_president_title(doc, coder, key, text, start):
        key = None  # "the President" in a U.S. release is the U.S. President, not the last one named
    entity = (doc._.ng_entities or {}).get(key) if key else None
    if entity is not None and entity.type == "organization" and entity.name in org_keywords():
        key = None  # "the Department" tagged as an organisation named "Department"
    alliance = _alliance_of_allies(doc, text, entity)
    if alliance is not None:
        # "brief Allies at NATO headquarters", "we invite partners and Allies": the alliance
        return alliance, coder.for_key(alliance)
    if entity is not None and _place_taken_for_person(doc, coder, key, entity):
        # "During his visit to Rzeszow, ... met with": a city the NER took for a person stands,
        # as an actor, for the one state the gazetteer places it in (as a place acted on does)
        from newsgraph.resolve.places import single_state

        state = single_state(entity.name)
        if state is None:
            return None, None
        return _country_key(doc, state), ActorCode(state, None, f"a place in {state}: {entity.name}")
    capital = _capital_as_actor(entity, text)
    if capital is not None:
        # "called upon Beijing to join", "will travel to Kyiv": a capital filling an actor slot is
        # metonymy for its state (Phoenix.Countries.actors lists each capital as a synonym of its
        # country); the event's location, not this slot, keeps the city
        found = _country_key(doc, capital.alpha3)
        code = coder.for_key(found)
        return found, ActorCode(capital.alpha3, code.sector if code else "GOV",
                                f"a capital named as an actor stands for its state: {entity.name}")
    if entity is not None and entity.type == "place" and entity.name.split() \
            and state_set_noun(entity.name.split()[-1]) and lookup_country(entity.name) is None:
        # "an overwhelming number of Member States expressed support", "support from Allies": a
        # capitalised plural for several states the NER took for a place is no place and no one state
        return None, None
    if _person_taken_for_place(doc, entity, start, end):
        # "Elena Petrovna Timchenko and Natalya Browning are each being designated", "Prigozhin's
        # wife Polina": a name the NER took for a place the gazetteer does not know is the person
        # its kinship noun or its coordinated people say it is
        return _added_person(doc, coder, entity.name, _title_before_code(doc, coder, start), start, end)
    if key and key.startswith("place:") and text and len(text.split()) == 1 and agent_sector(text) is not None:
        # "68,800 total force Airmen being deployed": a Phoenix sector agent the NER took for a
        # place is a group of that sector, not a place
        return None, agent_sector(text)
    if entity is not None and entity.type == "place":
        body = _place_named_body(doc, coder, entity)
        if body is not None:
            return body  # "Republic of Yemen Government", "United States Trade Representative" tagged as places
    set_head = state_set_head(doc, entity, start, end)
    if set_head is not None:
        # "the governments of South East Asia": several states the region only names, no place
        words = agent_sector(text)
        return None, ActorCode(None, words.sector if words else None,
                               f"a set of {set_head} that '{entity.name}' only names")
    named = named_members(doc, start, end, allow_one=not key)
    if named:
        # "the governments of Antigua and Barbuda and Guatemala": the plural's named members are
        # the actors; the first keys the slot (as the first of conjoined targets does)
        code = coder.for_key(named[0])
        if code is not None:
            code = ActorCode(code.acts_for, code.sector, f"{MEMBERS_REASON} '{text}' names; {code.reason}",
                             publisher_default=code.publisher_default)
        return named[0], code
    titled = _titled_name(doc, coder, entity, start, end) or _state_titled_name(doc, coder, entity, start, end)
    if titled is not None:
        return titled  # "Brazilian Presidential Advisor Celso Amorim": the person, not an organisation or state
    placed = _placed_head(doc, coder, key, text, start, end) if key else None
    if placed is not None:
        return None, placed  # "three Nicaragua-based entities": the entities, placed in Nicaragua
    members = _placed_set(doc, coder, entity, text, start, end)
    if members is not None:
        return None, members  # "five Burmese individuals and five entities": a set, not Burma
    if key:
        code = coder.for_key(key)
        group = coder.group_key(key, code)
        if group is not None:
            # "We, the G7 Foreign Ministers of Canada, ...": the G7 the article names elsewhere
            return group, code
        words = agent_sector(text) if entity is not None and entity.type == "country" else None
        if code is not None and words is not None and text and _fold(text) != _fold(entity.name):
            # "Israeli troops": the state the demonym names, the sector the words give; "the Cuban
            # people": a state's people are no entity of the state (_people_key)
            return _people_key(key, words.sector), ActorCode(code.acts_for, words.sector, words.reason,
                                                             publisher_default=code.publisher_default)
        people = demonym_people(doc, start, end) if code is not None and words is None and entity is not None \
            and entity.type == "country" else None
        if people is not None and people.acts_for == code.acts_for:
            # "Cubans took to the streets", "Belarusian nationals": the state's people, not its
            # government (POLECAT/Phoenix code people by the state plus the noun's sector); the
            # people are not the state's entity either (_people_key)
            return _people_key(key, people.sector), ActorCode(code.acts_for, people.sector, people.reason, publisher_default=code.publisher_default)
        placed_people_code = placed_people(doc, start, end) if code is not None and words is None and people is None \
            and entity is not None and entity.type == "country" else None
        if placed_people_code is not None and placed_people_code.acts_for == code.acts_for:
            # "Russian hackers", "Ukrainian volunteers": people of the state by a person noun that
            # names no office; they act for the state but are not its entity (no key) nor a sector of it
            return None, ActorCode(code.acts_for, None, placed_people_code.reason,
                                   publisher_default=code.publisher_default)
        if code is not None and code.acts_for and not code.sector and entity is not None and entity.type == "organization":
            # "selected Russian banks" tagged as one organisation: the sector its head noun gives
            headed = demonym_people(doc, start, end)
            if headed is not None and headed.acts_for == code.acts_for:
                code = ActorCode(code.acts_for, headed.sector, f"{code.reason}; {headed.reason}",
                                 publisher_default=code.publisher_default)
        if code is not None and not code.acts_for and code.by_legal_form:
            # "PRC entity Zhengzhou Nanbei Instrument Equipment Co. Ltd": the state the actor's
            # words name places the company, which stays a business
            worded = coder.for_text(text)
            if worded is not None and worded.acts_for:
                code = ActorCode(worded.acts_for, code.sector, f"{worded.reason}; {code.reason}",
                                 publisher_default=worded.publisher_default)
        code = code or coder.for_text(text)
        if entity is not None and (entity.type == "person" or (entity.type == "organization"
                                                              and (code is None or not code.acts_for))):
            ruled = _named_regime(doc, text, start, end, coder)
            if ruled is not None:
                # "the Ortega-Murillo regime", "the Assad regime": the government, not the leader
                # whose name the NER took for a person; a state's government is the state's entity
                return _country_key(doc, ruled.acts_for), ruled
        code = _possessor_state(doc, coder, key, entity, code, start, end)
        if entity is not None and (code is None or not code.acts_for):
            # "Iran's attack on Erbil": a place acted on is coded by the state it lies in; a site
            # named by an organisation ("the Faktur-Druk printing house in Kharkiv") by its place's
            placed = place_state(doc, entity, start, end) or facility_state(doc, entity, start, end) \
                or _placed_body_state(doc, entity, code, start, end)
            if placed is not None:
                code = ActorCode(placed[0], code.sector if code is not None else None,
                                 f"a place in {placed[0]}: {placed[1]}")
        return key, code
    spoken = _speaker_voice(doc, coder, text, start, end)
    if spoken is not None:
        return spoken
    if _is_first_person_plural(text):
        quoted_by = _inside_statement(doc, start)
        if quoted_by is not None:  # "we" in a quote: the speaker's side
            code = coder.for_key(quoted_by.speaker_key)
            if state_institution_code(code):
                return _country_key(doc, code.acts_for, start, end, text), code
            return None, code
        joint = coder.joint_voice
        if joint is not None and start is not None and start >= joint[0]:
            # "We, the G7 Foreign Ministers of ...": the signatories speak, not the publisher
            return _voice_key(doc, joint, start, end, text), joint[2]
        turn = _turn_speaker(doc, start)
        if turn is not None:
            # "FOREIGN MINISTER KULEBA: ... we do appreciate the sanctions": a transcript turn's
            # "we" is its speaker's side; a journalist's turn ("QUESTION:") speaks for no state
            label, person = turn
            if person is None:
                if label_role(label) == PRESS:
                    return None, None
            else:
                code = coder.for_key(person)
                if state_institution_code(code):
                    return _country_key(doc, code.acts_for, start, end, text), code
                if code is not None and code.acts_for:
                    return None, code
        if state_institution_code(coder.outlet):
            outlet = ActorCode(coder.outlet.acts_for, coder.outlet.sector, f"the outlet's own voice ({coder.outlet.reason})")
            return _country_key(doc, outlet.acts_for, start, end, text), outlet
        return None, None
    antecedent = _group_antecedent(doc, text, start)
    if antecedent is not None:
        return _country_key(doc, antecedent.acts_for), antecedent
    forces = _forces_antecedent(doc, text, start, end)
    if forces is not None:
        # "Russia has amassed 150,000 troops ... these forces are preparing to launch an attack"
        return _country_key(doc, forces.acts_for), forces
    placed = _delegation_complement(doc, coder, text, start, end)
    if placed is not None:
        # "a delegation of senior officials from the United States led by Secretary Blinken"
        return None, placed
    if state_institution_code(coder.outlet) and own_government_antecedent(doc, text, start):
        # "with an interagency delegation ... The delegation met with ...": the publisher's own
        outlet = ActorCode(coder.outlet.acts_for, "GOV", f"the publisher's own agencies named before ({coder.outlet.reason})")
        return _country_key(doc, outlet.acts_for), outlet
    body = partitive_antecedent(doc, text, start)
    if body is not None:
        # "328 members of the Russian State Duma ... These members supported the Kremlin's ...":
        # the members act for the body the partitive named
        return body, coder.for_key(body)
    institution = _bare_institution(doc, text, coder.outlet)
    if institution is not None:
        found_key, code = institution
        return found_key, code or coder.for_key(found_key)
    person = _person_by_surname(doc, text) or _titled_holder(doc, start, end) or _turn_label_person(doc, text, start) \
        or _name_after_title(doc, text, start, end) or _turn_label_added(doc, coder, text, start, end)
    if person:
        return person, coder.for_key(person)
    holder = _appositive_title_holder(doc, coder, text, start, end)
    if holder is not None:
        return holder  # "the president of its board of directors, Ruy Delgado Lopez": the person
    placed = _title_placed_in_item(doc, text, start, end)
    if placed is not None:
        return None, placed
    own = _own_title(doc, coder, text, start)
    if own is not None:
        return None, own
    body = _introduced_name(doc, coder, text, start, end) or _company_named(doc, coder, text, start, end) \
        or _listed_name(doc, coder, text, start, end) or _designated_name(doc, coder, text, start, end)
    if body is not None:
        return body
    aliased = _organisation_by_alias(doc, text, start, end)
    if aliased is not None:
        return aliased, coder.for_key(aliased)
    whole = _name_before_legal_form(doc, text, start, end)
    if whole is not None:
        # "Transmorflot LLC, a Russian maritime shipping company": the actor span kept the form only
        return _company_named(doc, coder, *whole) or (None, None)
    if text and text.strip().lower() in ("they", "them"):
        antecedent = _plural_antecedent(doc, start, end)
        antecedent = _them_of_sentence_before(doc, coder, start, end, antecedent) or antecedent
        if antecedent is not None:
            key, code = _resolve_actor(doc, coder, _key_for_span(doc, *antecedent[:2]), antecedent[2], *antecedent[:2])
            if key or (code is not None and code.acts_for):
                return key, code
            owner = _staff_owner(doc, coder, *antecedent[:2])
            if owner is not None:
                return None, owner
            if code is not None and code.sector:
                # "Hundreds of protesters languish in jails because they criticized the regime":
                # "they" is the protesters, of their sector though of no state named here
                return None, ActorCode(None, code.sector, f"'{text}' = '{antecedent[2]}': {code.reason}")
    title = _title_antecedent(doc, text, start, end)
    if title is not None:
        # "the President's opinion that he believes ...": "he" is the President, no person named
        key, code = _resolve_actor(doc, coder, _key_for_span(doc, *title[:2]), title[2], *title[:2])
        if key or (code is not None and code.acts_for):
            return key, code
    governed = possessed_state_government(doc, start, end)
    if governed is not None:
        # "Ukrainians and their government", "Moldova and its government": that state's government
        code = coder.for_key(governed)
        if code is not None and code.acts_for:
            return governed, ActorCode(code.acts_for, "GOV", f"'{text}' = the government of {governed}",
                                       publisher_default=code.publisher_default)
    owned = _owner_of_its(doc, coder, text, start, end)
    if owned is not None:
        return owned  # "the IAEA and its Director-General": the IAEA's
    if state_institution_code(coder.outlet) and own_government_phrase(text) \
            and not getattr(coder.for_text(text), "acts_for", None):
        # "consulting with interagency partners" in a state institution's release: the
        # publishing government's own agencies (as "the Department" is)
        outlet = ActorCode(coder.outlet.acts_for, "GOV", f"the publisher's own agencies ({coder.outlet.reason})")
        return _country_key(doc, outlet.acts_for), outlet
    if text and state_institution_code(coder.outlet) and _EXECUTIVE_OFFICE.match(" ".join(text.split())) \
            and not _INTERNATIONAL_WORDS.search(text) and not _indefinite_before(doc, start):
        # "the Departments of the Treasury, State, and Homeland Security" the NER left untagged, in
        # a state institution's release: the publishing state's executive (as "the Department" is)
        outlet = ActorCode(coder.outlet.acts_for, "GOV", f"an executive office of the publisher ({coder.outlet.reason})")
        return _country_key(doc, outlet.acts_for), outlet
    code = coder.for_text(text)
    if code is None or not code.acts_for:
        origin = _from_phrase_origin(doc, text, start, end, code)
        if origin is not None:
            return None, origin  # "welcome the foreign minister from Armenia": a person of that state
        repeated = _definite_plural_antecedent(doc, text, start, end)
        if repeated is not None:
            # "the Yemeni parties ... The parties must work with ...": the group named before, of its state
            return None, _placed_keeping_sector(code, repeated)
        ruled = _named_regime(doc, text, start, end, coder)
        if ruled is not None:
            return _country_key(doc, ruled.acts_for), ruled  # a state's government is the state's entity
    if code is None:
        states = state_set_sector(doc, start, end)
        if states is not None:
            return None, states  # "more than 30 countries", "member states": a group of states, unnamed
    return None, code


# a singular definite (or bare) description: up to two lowercase modifiers before its head noun
_GOVERNMENT_DESCRIPTION = re.compile(r"^(?:(?:[Tt]he|[Tt]his|[Tt]hat)\s+)?((?:[a-z]+\s+){0,2})([A-Za-z]+)$")


def _government_description(text: Optional[str]) -> bool:
    """Whether an actor phrase is a singular description of a state's government ("the regime",
    "the military regime", "the Administration", "the government": its head one of
    entity_descriptions.yaml ``governing``), with no name of its own and no owner ("my
    Administration" is the speaker's)."""
    from newsgraph.nlp.descriptions import description_lexicon

    match = _GOVERNMENT_DESCRIPTION.match(" ".join((text or "").split()))
    return bool(match) and match.group(2).lower() in description_lexicon().governing \
        and (match.group(2).islower() or match.group(2).istitle())


def _igo_initialism_before(doc, start: int) -> Optional[str]:
    """The capitalised initialism right before the title starting at character ``start``, when
    no mention covers it and the Phoenix actors read it as an intergovernmental body of no state
    ("IAEA Director General Grossi" -> "IAEA"; ``named_actor``: IGO, no acts_for); else None."""
    span = doc.char_span(start, start + 1, alignment_mode="expand") if start else None
    if span is None or span.start == 0:
        return None
    word = doc[span.start - 1]
    if not (word.is_alpha and word.is_upper and len(word) >= 2) \
            or any(m.start <= word.idx < m.end for m in doc._.ng_mentions or []):
        return None
    code = named_actor(word.text)
    return word.text if code is not None and code.sector == "IGO" and not code.acts_for else None


def _person_pronoun(doc, key: str, start: Optional[int], end: Optional[int], text: Optional[str]) -> str:
    """``key``, with a pronoun mention of that person at the span (as coref adds for a turn's "I")."""
    entity = (doc._.ng_entities or {}).get(key)
    if entity is not None and start is not None and end is not None and text:
        _add_mention(doc, start, end, text, entity.type, key, "pronoun")
    return key


def _speaking_person(doc, start: Optional[int]) -> Optional[str]:
    """The person whose "I" the offset is in: the speaker of the statement that speaks in its own
    words there (``voice.speaking_statement``), else the speaker of the transcript turn; None for a
    quote whose speaker is unresolved or no person (never the narrator for a quoted "I")."""
    statement = speaking_statement(doc, start)
    if statement is not None:
        key = statement.speaker_key
        if key and key.startswith("person:"):
            return key
        if statement.cue != ":":
            return None
    turn = _turn_speaker(doc, start)
    return turn[1] if turn is not None else None


def _asked_official(doc, start: Optional[int]) -> Optional[str]:
    """The person a reporter's "you" is put to: in a press turn of a briefing transcript, the
    official whose turn answers it (the next turn, when an official's: "QUESTION: ... Yesterday you
    announced additional security assistance" / "SECRETARY BLINKEN: ..."). English deixis: "you" is
    the one spoken to. None outside a press turn, or where a moderator or reporter speaks next."""
    turn = turn_at(doc, start)
    if turn is None or turn.role != PRESS:
        return None
    following = next((t for t in transcript_turns(doc) if t.start >= turn.end), None)
    if following is None or following.role != OFFICIAL:
        return None
    answer = _turn_speaker(doc, following.body_start)
    return answer[1] if answer is not None else None


def _turn_label_person(doc, text: Optional[str], start: Optional[int]) -> Optional[str]:
    """The person a transcript turn's own label names, where the span is that label
    ("PRESIDENT DUQUE:" -> the article's one person surnamed Duque, though named "President
    Duque" alone: ``_turn_speaker``'s reading, which the turn's "we" and "I" take too)."""
    if not text or start is None or not text.strip().isupper():
        return None
    turn = _turn_speaker(doc, start)
    if turn is None or _fold(turn[0]) != _fold(text):
        return None
    return turn[1]


def _label_surname(label: str) -> Optional[str]:
    """The surname a transcript turn's label ends in, written as a name ("MR PRICE" -> "Price",
    "FOREIGN MINISTER MIRZOYAN" -> "Mirzoyan"), where every word before it is an honorific or a
    title (``roles.title_lexicon``); None for a label that names no one ("SENIOR STATE
    DEPARTMENT OFFICIAL", "MODERATOR", "QUESTION")."""
    from newsgraph.nlp.roles import title_lexicon

    words = label.replace(".", "").split()
    if len(words) < 2:
        return None
    # each letter run capitalised: "THOMAS-GREENFIELD" is "Thomas-Greenfield", "O'BRIEN" "O'Brien"
    surname = re.sub(r"[^\W\d_]+", lambda m: m[0].capitalize(), words[-1])
    prefix = " ".join(words[:-1]).lower()
    lex = title_lexicon()
    # (an apostrophe inside a surname, "O'Brien", is no reason to doubt it is a name)
    if not _name_word(re.sub(r"['’]", "", surname)) or not (all(w in lex.honorifics for w in prefix.split()) or lex.is_title_phrase(prefix)):
        return None
    return surname


def _turn_label_added(doc, coder: "ActorCoder", text: Optional[str], start: Optional[int],
                      end: Optional[int]) -> Optional[str]:
    """Key of the person a transcript turn's own label names where the article names no one of
    that surname ("MR PRICE:" in a briefing that never writes "Ned Price"): a person keyed by the
    surname, as coref keys a person the article names by surname alone ("person:price"), added
    to the article's entities; their state is the article's reading of them, and where the label's
    title gives a sector the reading lacks, the coder remembers that sector for the key
    (``ActorCoder.remember``). The span must be the label itself (``_turn_label_person``'s test);
    None otherwise."""
    if not text or start is None or not text.strip().isupper():
        return None
    turn = _turn_speaker(doc, start)
    if turn is None or turn[1] is not None or _fold(turn[0]) != _fold(text) or label_role(turn[0]) == PRESS:
        return None
    surname = _label_surname(turn[0])
    if surname is None:
        return None
    key, code = _added_person(doc, coder, surname, None, start, end)
    title = coder.for_text(text)
    if title is not None and title.sector and (code is None or not code.sector):
        # "PRIME MINISTER SHMYHAL": the label's title still gives the sector it gave the bare label
        coder.remember(key, ActorCode(code.acts_for if code is not None else title.acts_for, title.sector,
                                      f"{title.reason}; the turn label's title"))
    return key


def _speaker_voice(doc, coder: "ActorCoder", text: Optional[str], start: Optional[int],
                   end: Optional[int]) -> Optional[tuple[Optional[str], Optional[ActorCode]]]:
    """(key, code) of an unnamed actor slot that a pronoun of direct speech fills
    (``newsgraph.nlp.voice``), else None (the caller goes on):

    * "I"/"me" -> the person speaking (a quote's resolved speaker, a transcript turn's person);
    * "you" after a vocative ("Secretary Blinken, you ...") -> the person it names;
    * "our"/"my" + a sector agent ("our citizens", "my Administration") -> the speaker's side's
      state with the agent's sector; + a state noun ("our country", "my government") -> that state.
    """
    if not text or start is None:
        return None
    lex = voice_lexicon()
    folded = _fold(text)
    if folded in lex.first_person_singular:
        person = _speaking_person(doc, start)
        if person:
            return _person_pronoun(doc, person, start, end, text), coder.for_key(person)
        official = _publisher_official(doc, coder, text, start)
        return (None, official) if official is not None else None
    if folded in lex.second_person:
        person = vocative_addressee(doc, start) or _asked_official(doc, start)
        return (_person_pronoun(doc, person, start, end, text), coder.for_key(person)) if person else None
    joint = _joint_issuers(doc, coder, text, start, end)
    if joint is not None:
        return joint
    possessed = possessed_actor(text)
    if possessed is None:
        return None
    if possessed.plural:
        _key, side = _resolve_actor(doc, coder, None, "we", start, None)
    else:
        person = _speaking_person(doc, start)
        # "My Administration has ..." in an unsigned release: the publishing state's official's
        side = coder.for_key(person) if person else _publisher_official(doc, coder, text, start)
    if side is None or not side.acts_for:
        return None
    if possessed.state:
        return _country_key(doc, side.acts_for), ActorCode(side.acts_for, "GOV", f"'{text}': the speaker's own state")
    agent = owned_agent_sector(possessed.rest)
    if agent is None:
        return None
    return None, ActorCode(side.acts_for, agent.sector, f"'{text}': the speaker's side ({side.acts_for}), {agent.reason}")




def _voice_head_anaphor(before: list[str], words: list[str], name: str) -> bool:
    """Whether the lower-case ``words`` of an actor span, with the ``before`` words the span left
    out, are a definite plural noun phrase repeating the head noun of the name a joint statement's
    voice gives itself ("We, the G7 Foreign Ministers of Canada, ...": "The Ministers agreed",
    "The Foreign Ministers underline"). English definite anaphora: "the" + the head noun of an
    earlier description picks out that description's referent, here the signatories, as "we"
    does. ``name`` is the voice's appositive (``ActorCoder.joint_voice``); its head is its last
    word before an "of"/"from" phrase or a comma. Every word but the last must be "the" or a word
    of the name (no other modifier: "the ministers of Ukraine" is no match, nor "the other
    Ministers"). A state's name is no such head ("the United States" or "the Netherlands" in a
    statement whose title lists "Germany and United States" names that state). Since 0.3.640."""
    head_words = re.split(r",|\s(?:of|from)\s", name.lower(), maxsplit=1)[0].split()
    if not head_words or not words or words[-1] != head_words[-1] or not words[-1].endswith("s"):
        return False
    phrase = [*before[-1:], *words] if words[0] != "the" else words
    return len(phrase) >= 2 and phrase[0] == "the" and all(w in head_words for w in phrase[1:]) \
        and lookup_country(" ".join(phrase[1:])) is None


def _all_parties(before: list[str], words: list[str]) -> bool:
    """Whether the lower-case ``words`` of an actor span, with the ``before`` words the span left
    out ("both" of "Both countries condemn"), are a phrase for every party of a joint act ("the
    two sides", "both countries", "our two governments", "our states"; not "two countries", "the
    countries", "the leaders of both countries"): a party noun after "both" or "our", or after
    "two" that "the" or "our" precede (linking_words.yaml joint_party_nouns, joint_all_words)."""
    determiners = LINKING_WORDS.joint_all_words | {"the"}
    if not words or any(w not in determiners for w in words[:-1]):
        return False
    phrase = [*before, *words]
    if len(phrase) < 2 or phrase[-1] not in LINKING_WORDS.joint_party_nouns \
            or phrase[-2] not in LINKING_WORDS.joint_all_words:
        return False
    return phrase[-2] != "two" or (len(phrase) >= 3 and phrase[-3] in ("the", "our"))


def _joint_issuers(doc, coder: "ActorCoder", text: Optional[str], start: int,
                   end: Optional[int]) -> Optional[tuple[Optional[str], Optional[ActorCode]]]:
    """(key, code) of an actor phrase that in a joint statement's own words (outside any quote)
    stands for its issuers, as its "we" does (``ActorCoder.joint_voice``): "the two sides", "both
    countries", "our states" (``_all_parties``) are the signatories' group; "our representatives",
    "our citizens" are the group in the agent's sector (Phoenix agents).
    The phrases for all parties stand for the issuers as a subject only ("We urge both sides to
    ..." names the sides of a conflict). None outside a joint statement or for any other phrase."""
    joint = coder.joint_voice
    if joint is None or start < joint[0] or _inside_statement(doc, start) is not None:
        return None
    words = text.lower().split()
    # the actor span leaves out a determiner or "both" ("Both countries condemn": "countries")
    before = doc_text(doc)[max(0, start - 12):start].lower().split()[-2:]
    span = doc.char_span(start, end, alignment_mode="expand") if end is not None else None
    # (as a subject only: "We urge both sides to exercise restraint" names the parties of a conflict)
    if span is not None and span.root.dep_ in ("nsubj", "nsubjpass") and (
            _all_parties(before, words) or _voice_head_anaphor(before, words, joint[3])):
        code = joint[2]
    else:
        possessed = possessed_actor(text)
        agent = owned_agent_sector(possessed.rest) if possessed is not None and possessed.plural else None
        if agent is None:
            return None
        code = ActorCode(None, agent.sector, f"'{text}': the joint statement's signatories' own, {agent.reason}")
    return _voice_key(doc, joint, start, end, text), code


_PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}


def _title_antecedent(doc, text: Optional[str], start: Optional[int],
                      end: Optional[int]) -> Optional[tuple[int, int, str]]:
    """(start, end, text) of the title phrase a subject "he"/"she" that coref left unresolved
    stands for: the nearest earlier subject or possessor of its own sentence, when that is a
    singular definite title no person is named in ("the President's opinion that he believes";
    "the minister" + a head of ``roles.title_lexicon``). None where a person's name or another
    person pronoun comes between, or the nearest subject or possessor is anything else (recency,
    as coref reads he/she)."""
    from newsgraph.nlp.roles import title_lexicon

    if not text or text.strip().lower() not in ("he", "she") or start is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand") if end is not None else None
    if span is None or span.root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    pronoun = span.root
    heads = title_lexicon().heads
    for token in reversed(doc[pronoun.sent.start:pronoun.i]):
        if token.ent_type_ == "PERSON" or token.lower_ in _PERSON_PRONOUNS:
            return None
        if token.dep_ not in ("nsubj", "nsubjpass", "poss") or token.pos_ not in ("NOUN", "PROPN"):
            continue
        first = token.left_edge
        if token.lower_ not in heads or token.tag_ not in ("NN", "NNP") or first.lower_ != "the" \
                or any(t.ent_type_ == "PERSON" for t in doc[first.i:token.i + 1]):
            return None
        return first.idx, token.idx + len(token.text), doc_text(doc)[first.idx:token.idx + len(token.text)]
    return None


def _publisher_official(doc, coder: "ActorCoder", text: str, start: int) -> Optional[ActorCode]:
    """The publishing state's government (GOV) for an "I"/"my" in a state institution's own
    release that no named person speaks ("Pursuant to a delegation of authority from the
    President, I am authorizing ..." on state.gov with no signer): the writer of an institution's
    release is its official, as its "we" is the institution (module docstring). None outside a
    state institution's release, and wherever another voice may speak: inside any statement's
    content or open quotation marks, in a transcript turn, in a joint statement's own words."""
    outlet = coder.outlet
    if not state_institution_code(outlet):
        return None
    for statement in doc._.ng_statements or []:
        pieces = [(statement.content_start, statement.content_end), *statement.content_parts]
        if any(a is not None and b is not None and a <= start < b for a, b in pieces):
            return None
    paragraph = doc_text(doc)[:start].rsplit("\n", 1)[-1]
    if inside_quotation_marks(paragraph) or _turn_speaker(doc, start) is not None:
        return None
    joint = coder.joint_voice
    if joint is not None and start >= joint[0]:
        return None
    return ActorCode(outlet.acts_for, "GOV", f"'{text}': the publisher's own official ({outlet.reason})")


def _turn_speaker(doc, start: Optional[int]) -> Optional[tuple[str, Optional[str]]]:
    """(label, person key or None) of the transcript turn ("MR PRICE:", "QUESTION:" at the start
    of a line, coref's turn lines) that the offset ``start`` falls in; None outside any turn."""
    if start is None:
        return None
    press = turn_at(doc, start)
    if press is not None and press.role == PRESS:
        # a reporter's question (the press labels of lexicons/briefing.yaml), also a White House
        # "Q" line, which has no colon and is no TURN_LINE: the asker is a journalist, no state
        return press.label, None
    label = line_label_at(doc, start)
    if label is None:
        return None
    person = _person_by_surname(doc, label)
    if person is None and label_role(label) != PRESS:
        # "FOREIGN MINISTER KULEBA:" where the article's entity is named "Kuleba" alone: the one
        # person whose last name is the label's last word (as coref reads the turn's "I")
        surname = _fold(label).split()[-1] if _fold(label).split() else None
        found = {key for key, entity in (doc._.ng_entities or {}).items() if entity.type == "person" and surname
                 and any(_fold(name).split()[-1:] == [surname] for name in (entity.name, *entity.aliases))}
        person = found.pop() if len(found) == 1 else None
    return label, person


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
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or _fold(span.text) != _fold(entity.name) or not all(w[:1].isupper() for w in entity.name.split()):
        return False
    if span.start > 0 and (is_kinship_noun(doc[span.start - 1]) or _fold(doc[span.start - 1].text) in _title_heads()):
        return True  # "his wife Polina", "Colombian President Duque"
    people = [m for m in doc._.ng_mentions or [] if m.type == "person" and m.entity_key and m.kind == "name"]
    others = [t for t in _conjuncts(span.root) if not (span.start <= t.i < span.end)]
    return bool(others) and all(any(m.start <= t.idx < m.end for m in people) for t in others)


def _title_before_code(doc, coder: "ActorCoder", start: int) -> Optional[ActorCode]:
    """The code the capitalised title words right before a name give ("Colombian President Duque"
    -> COL GOV), read as any actor phrase is (``ActorCoder.for_text``); None with no title there."""
    span = doc.char_span(start, start, alignment_mode="expand") if start is not None else None
    at = span.start if span is not None else None
    if at is None:
        return None
    first = at
    while first > max(0, at - 4) and doc[first - 1].text[:1].isupper() and doc[first - 1].is_alpha:
        first -= 1
    if first == at or _fold(doc[at - 1].text) not in _title_heads():
        return None
    code = coder.for_text(doc[first:at].text)
    return code if code is not None and (code.acts_for or code.sector) else None


# the head of state's title used alone, capitalised, as a name ("the President")
_BARE_PRESIDENT = re.compile(r"^(?:[Tt]he\s+)?President$")


def _foreign_president_title(doc, coder: "ActorCoder", key: str, text: Optional[str], start: Optional[int]) -> bool:
    """Whether ``key`` is a foreign person coref gave a bare capitalised "the President" in the own
    release of a state's institution, outside quotes ("... consequences on President Putin ...
    Finally, the President issued a proclamation to raise tariffs" in a State Department release).
    A government's own release names its own head of state so, capitalised and alone (U.S. GPO
    Style Manual 3.12: "the President" is the President of the United States; other heads of
    state take their name or "of <State>"), so the slot is the publisher's office, not the
    foreign president named last (``_own_title`` and ``_key_title_holders`` then place it)."""
    if not key.startswith("person:") or not _BARE_PRESIDENT.match(" ".join((text or "").split())):
        return False
    state = releasing_state(coder.outlet)
    if not state or _inside_statement(doc, start) is not None:
        return False
    code = coder.for_key(key)
    return code is not None and bool(code.acts_for) and code.acts_for != state


def _not_holders_prep(word: str) -> bool:
    """Whether the lower-case ``word`` puts a place in a title other than as its holder's state:
    where or to whom the office is held ("Ambassador *to* the Republic of Korea";
    linking_words.yaml ``office_place_preps``) or its topic ("Envoy *for* the Republic of Yemen";
    actor_heads.yaml ``name_topic_preps``, ``topic_prep``)."""
    return word in LINKING_WORDS.office_place_preps or topic_prep(word)


def _item_closing_state(doc, token) -> Optional[str]:
    """Alpha-3 of the country an "of <country>" closing the list item ``token`` heads names
    ("Minister of the Environment ... Gustavo Manrique Miranda of Ecuador"), as a closing bracket
    does (``_item_bracket_state``); an item with a clause in it places no one. None otherwise."""
    last = _item_last(doc, token)
    item = doc[token.i:last.i + 1]
    if any(t.pos_ in ("VERB", "AUX") or t.text in "()" for t in item):
        return None
    of = next((t for t in reversed(item) if t.lower_ == "of"), None)
    if of is None or of.i <= token.i or any(_not_holders_prep(t.lower_) for t in doc[token.i:of.i]):
        return None  # "Ambassador to the Republic of Korea": the state the office is to, not its holder's
    country = lookup_country(doc[of.i + 1:last.i + 1].text)
    return country.alpha3 if country is not None else None


def _title_placed_in_item(doc, text: Optional[str], start: Optional[int], end: Optional[int]) -> Optional[ActorCode]:
    """The state a bare capitalised title's own list item names for its holder, where the NER
    missed the name after it: a bracketed state closing the item ("Minister of the Environment,
    Water, and Ecological Transition Gustavo Manrique Miranda (Ecuador)", ``_item_bracket_state``)
    or "of <country>" closing it (``_item_closing_state``). The sentence places the
    person, so the publisher's state is no default for the title (``_own_title``); sector from the
    title (Phoenix sector agents), GOV where it gives none. None otherwise."""
    if not text or start is None or end is None or not _BARE_INSTITUTION.match(text.strip()):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    found = agent_sector(text.strip())
    sector = found.sector if found is not None and found.sector else "GOV"
    bracketed = _item_bracket_state(doc, span.root)
    if bracketed is not None:
        return ActorCode(bracketed[0], sector, f"'{text.strip()}' of the item the bracket ({bracketed[1]}) closes")
    closing = _item_closing_state(doc, span.root)
    if closing is not None:
        return ActorCode(closing, sector, f"'{text.strip()}' of {closing}, as the end of its item names")
    return None


_LOOK_BACK_CHARS = 60  # how far before a slot ``_state_word_before`` reads for the word before it


def _state_word_before(doc, start: Optional[int]):
    """(word, country) of the word right before ``start``: the capitalised word, and the state
    ``lookup_country`` reads in it only where a line break (and nothing but blanks) separates it
    from the slot ("the Mexican\nGovernment": the line cut the state's name off the office).
    A word on the same line ("Jordan", "Georgia" as a name) places nothing. Reads a short window,
    not the whole text before (linking 0.3.361). (None, None) with no capitalised word."""
    if start is None or start <= 0:
        return None, None
    window = doc_text(doc)[max(0, start - _LOOK_BACK_CHARS):start]
    if not window.strip():
        return None, None
    word = window.rsplit(None, 1)[-1] if not window[-1:].isspace() else window.split()[-1]
    if not word[:1].isupper():
        return None, None
    gap = window[window.rindex(word) + len(word):]
    country = lookup_country(word) if "\n" in gap else None
    return word, country


def _capital_of_position(doc, match: re.Match, start: Optional[int]) -> bool:
    """Whether the one capitalised word ``_BARE_INSTITUTION`` matched at character ``start`` owes
    its capital to opening the sentence, not to naming an office: a common noun with no "the"
    before it that starts its sentence ("Soldiers burned villages", "Police arrested dozens",
    "Troops shelled the town"). English capitalises every sentence's first word, so the capital
    says nothing of a name; such a bare noun is people of a kind, whom the sentence or article
    places, not the publisher's institution ("the Administration", "the President" keep their
    article and are still read as titles). Since linking 0.3.680."""
    if start is None or re.match(r"[Tt]he\s", match.group(0)):
        return False
    span = doc.char_span(start, start + len(match.group(1)), alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    token = span[0]
    return token.is_sent_start and token.pos_ == "NOUN"


def _own_title(doc, coder: "ActorCoder", text: Optional[str], start: Optional[int]) -> Optional[ActorCode]:
    """"the President", "the Administration", "the Ambassador" with no one so titled before (coref
    found nobody): in the own release of an outlet that speaks for a state, outside quotes, a
    capitalised state office used as a name is that state's (Phoenix sector agents). Not an office
    that state does not have (actor_sectors.yaml ``offices_not_held``): "The Secretaries and
    Ministers discussed" in a U.S. release names the counterparts' ministers, not the publisher's."""
    match = _BARE_INSTITUTION.match((text or "").strip())
    outlet = coder.outlet
    if not match or not state_institution_code(outlet) \
            or _inside_statement(doc, start) is not None \
            or match.group(1).lower() in offices_not_held(outlet.acts_for) \
            or _capital_of_position(doc, match, start):
        return None
    found = agent_sector(match.group(1))
    if found is None or found.sector not in state_sectors():
        return None
    word, country = _state_word_before(doc, start)
    if country is not None:
        # "the Mexican\nGovernment": a line break cut the state's name off the office, whose own
        # state it is, not the publisher's
        return ActorCode(country.alpha3, found.sector, f"'{word} {text.strip()}' across a line break")
    return ActorCode(outlet.acts_for, found.sector, f"'{text.strip()}' in the release of {doc._.ng_outlet}",
                     publisher_default=True)


@dataclass(frozen=True)
class LinkingWords:
    """The word sets of ``lexicons/linking_words.yaml`` (what each is and where it comes from:
    that file's comments), each a ``frozenset[str]`` of lower-case words."""
    meeting_verbs: frozenset[str]
    collective_nouns: frozenset[str]
    staff_nouns: frozenset[str]
    people_collectives: frozenset[str]
    population_nouns: frozenset[str]
    not_they_subjects: frozenset[str]
    joint_party_nouns: frozenset[str]
    joint_all_words: frozenset[str]
    time_description_words: frozenset[str]
    office_place_preps: frozenset[str]
    representation_heads: frozenset[str]
    quantifier_words: frozenset[str]


LINKING_WORDS = read_word_sets(Path(__file__).parent / "lexicons" / "linking_words.yaml", LinkingWords)  # read once, at import
_MEETING_VERBS = LINKING_WORDS.meeting_verbs  # CAMEO 04 (CONSULT) meeting verbs; a meeting has two sides
_COLLECTIVE_NOUNS = LINKING_WORDS.collective_nouns  # a group of people, "they" in the singular too
_STAFF_NOUNS = LINKING_WORDS.staff_nouns  # the people an institution employs, never a thing
_NOT_ANTECEDENTS = {"we", "i", "you", "us", "they", "it", "who", "that", "which"}
_PEOPLE_COLLECTIVES = LINKING_WORDS.people_collectives  # a body of people and nothing else
_POPULATION_NOUNS = LINKING_WORDS.population_nouns  # a state's population ("people", "citizens")


def _subject_like_dep(token) -> bool:
    """A subject, or the agent of a passive (its logical subject)."""
    return token.dep_ in ("nsubj", "nsubjpass") or (token.dep_ == "pobj" and token.head.dep_ == "agent")


# plural pronouns read as free in their clause (binding Principle B): an object "them", and a
# possessive "their" the event layer takes as a target only where it cannot agree with its
# clause's subject (``events.targets._free_possessor``: "The United States salutes their bravery")
_FREE_PLURAL_PRONOUNS = ("them", "their")


def _plural_antecedent(doc, start: Optional[int], end: Optional[int], depth: int = 0) -> Optional[tuple[int, int, str]]:
    """(start, end, text) of what a subject "they" stands for: the nearest earlier subject of its
    own sentence (for an object "them" also an earlier object that fits), else the main subject of
    the sentence before, that can be "they" (a plural
    noun, a collective noun, a state or an organisation; never "we" or "I", never a thing the
    NER does not tag and no actor noun names). Conservative by design: subjects only (and an
    object "them" a fitting object), as he/she are read by recency in coref. A nearest subject
    "they" is followed to its own antecedent (at most ``_MAX_THEY_CHAIN`` links, ``depth`` counts
    them); a main-clause "they" with nothing before it in its sentence that could be "they"
    looks further back (``_discourse_they_antecedent``)."""
    from newsgraph.nlp.events import _actor_span, _is_actor, load_lexicon

    from newsgraph.nlp.coref import clause_subjects

    span = doc.char_span(start, end, alignment_mode="expand") if start is not None else None
    if span is None:
        return None
    pronoun = span.root
    bound: set[int] = set()
    if pronoun.lower_ in _FREE_PLURAL_PRONOUNS:
        # an object "them" is free in its clause (Principle B): never its own clause's subject
        # ("they were using the systems we provided them": them = they, not we)
        subjects = clause_subjects(pronoun)
        # (with no subject found, a non-finite clause's "them" may still take an earlier object:
        # "support the Cuban people, providing them additional tools"; no subject, unbound)
        bound = {t.i for t in subjects} if subjects else {t.i for t in pronoun.sent if _subject_like_dep(t)}
    elif pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    lex = load_lexicon()

    def fits(token) -> bool:
        if token.lower_ in _NOT_ANTECEDENTS or token.pos_ == "PRON":
            return False
        if token.ent_type_ in ("GPE", "ORG", "NORP"):
            return True
        if token.tag_ == "NNS" and token.lemma_.lower() == "side":
            return True  # "the two sides", "both sides": CAMEO/PLOVER's parties to a dyad, always actors
        if _coordinated_persons(token):
            return True  # "Daniel Ortega and Rosario Murillo ... continue to detain ... They've chosen"
        if token.pos_ == "NOUN" and token.tag_ == "NN" and token.lemma_.lower() in _PEOPLE_COLLECTIVES:
            return True  # "The team arrived in Washington ... They were twice denied visas"
        if token.pos_ == "NOUN" and token.lemma_.lower() in _STAFF_NOUNS:
            return True  # "Our personnel will return ... They will continue": a body of people
        if token.pos_ == "NOUN" and token.tag_ == "NNS" and unsectored(token.lower_):
            return True  # "sanctioned over 300 persons and entities ..., cutting them off": parties of any kind
        return token.pos_ == "NOUN" and (token.tag_ == "NNS" or token.lemma_.lower() in _COLLECTIVE_NOUNS) \
            and _is_actor(token, lex, allow_pronoun=False)

    # the agent of a passive is its logical subject ("pushed back by Ukrainians and they ...")
    subject_like = _subject_like_dep

    def parallel_object(token) -> bool:
        # an object "them" takes an earlier object of its own sentence too, where it fits: the
        # patient of a coordinated or preceding act ("support the Ukrainian people and provide
        # them with assistance"); only an actor noun or a state, so an object that is a thing
        # never hides a fitting subject
        if pronoun.lower_ not in _FREE_PLURAL_PRONOUNS or not fits(token):
            return False
        if token.dep_ in ("dobj", "dative"):
            return True
        # the people an object counts or singles out ("arrested dozens of protesters and beat
        # them", "make examples of protesters ..., charging them"): the object of "of" under an
        # object of a verb before it
        prep = token.head
        return token.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ == "of" \
            and prep.head.dep_ in ("dobj", "dative") and prep.head.pos_ in ("NOUN", "PRON", "NUM")

    sent = pronoun.sent
    earlier = [t for t in sent if t.i < pronoun.i and (subject_like(t) or parallel_object(t)) and t.i not in bound]
    if not earlier and sent.start > 0 and pronoun.lower_ not in _FREE_PLURAL_PRONOUNS:
        # (an object "them" looks no further than its sentence: across sentences an object is as
        # likely its antecedent as a subject is, "grateful for ... our staff. We thank them")
        before = doc[sent.start - 1].sent
        earlier = [t for t in before.root.children if t.dep_ in ("nsubj", "nsubjpass")]
    nearest = earlier[-1] if earlier else None
    if nearest is not None and nearest.lower_ == "they" and nearest.i != pronoun.i \
            and (depth < _MAX_THEY_CHAIN or pronoun.lower_ in _FREE_PLURAL_PRONOUNS):
        # them = they; and a "they" whose nearest earlier subject is "they" is that "they" ("They
        # also underscored that they will continue to urge China"); where that one has none, a
        # "they" still looks at the actors around it (as before)
        chained = _plural_antecedent(doc, nearest.idx, nearest.idx + len(nearest.text), depth + 1)
        if chained is not None or pronoun.lower_ == "them":
            return chained
    if nearest is None or not fits(nearest):
        # the subject "they" of a clause inside another (relative, adverbial, complement: "help
        # NATO Allies with backfilling capabilities they have donated", "Hundreds of protesters
        # languish in jails because they criticized the regime") where no fitting subject comes
        # before: the nearest earlier actor noun of the clauses above it, object or "of" phrase
        # included; never a word of its own clause (what a relative clause modifies is its
        # object, not its subject)
        nearest = _embedded_they_antecedent(pronoun, fits)
        # (only where nothing before it in its own sentence could be "they": "Stakeholders shared
        # what they've done" is about the stakeholders, actor or not)
        if nearest is None and pronoun.lower_ == "they" and depth < _MAX_THEY_CHAIN and _main_clause(pronoun) \
                and not any(_could_be_they(t) for t in sent if t.i < pronoun.i and _subject_like_dep(t)):
            chained = _discourse_they_antecedent(pronoun, fits, depth)
            if chained is None or isinstance(chained, tuple):
                return chained
            nearest = chained
        if nearest is None:
            return None
    a, b = _actor_span(nearest)
    return a, b, doc_text(doc)[a:b]


# how many "they" a chain of subject "they" may pass through back to a named antecedent, and how
# many sentences back a main-clause "they" may look past sentences with no actor to offer
_MAX_THEY_CHAIN = 4
_THEY_SENTENCES_BACK = 3
# main subjects that cannot be "they" (person or number): the reader passes over them to the next
# candidate of the sentence, as centering ranks a sentence's entities subject first (Grosz, Joshi &
# Weinstein 1995; Brennan, Friedman & Pollard 1987)
_NOT_THEY_SUBJECTS = LINKING_WORDS.not_they_subjects


def _same_actor(doc, coder: "ActorCoder", one: tuple[int, int, str], other: tuple[int, int, str]) -> bool:
    """Whether two actor spans (start, end, text) resolve to one entity, or to one state where
    either is a state ("we" in a state's release and "the United States")."""
    key_a, code_a = _resolve_actor(doc, coder, _key_for_span(doc, *one[:2]), one[2], *one[:2])
    key_b, code_b = _resolve_actor(doc, coder, _key_for_span(doc, *other[:2]), other[2], *other[:2])
    if key_a and key_a == key_b:
        return True
    states = [k for k in (key_a, key_b) if k and k.startswith("country:")]
    return bool(states) and code_a is not None and code_b is not None and bool(code_a.acts_for) \
        and code_a.acts_for == code_b.acts_for and (len(states) == 2 or not (key_a and key_b))


def _them_of_sentence_before(doc, coder: "ActorCoder", start: Optional[int], end: Optional[int],
                             antecedent: Optional[tuple[int, int, str]]) -> Optional[tuple[int, int, str]]:
    """(start, end, text) of the plural subject of the sentence before that an object "them" stands
    for, where its own sentence offers it none: nothing before it there could be "they" but the
    subject of its own clause, or what that subject stands for ("The United States salutes their
    bravery, and we will stand by them": "we" is the United States, and binding (Principle B)
    keeps "them" free of its clause's subject and of all that corefers with it). Then "them" is
    the main subject of the sentence before, in its paragraph, when that subject is a plural noun
    of people ("The Ukrainian people continue to courageously defend their nation ...") and the
    only plural actor noun of that sentence; else None, as an object before ("grateful for ... our
    staff and contractors. We thank them") is as likely an antecedent as a subject is."""
    from newsgraph.nlp.coref import clause_subjects
    from newsgraph.nlp.events import _actor_span, _is_actor, load_lexicon

    span = doc.char_span(start, end, alignment_mode="expand") if start is not None else None
    if span is None or span.root.lower_ != "them":
        return None
    pronoun, text = span.root, doc_text(doc)
    if antecedent is not None:
        subjects = clause_subjects(pronoun)
        spans = [(a, b, text[a:b]) for a, b in (_actor_span(s) for s in subjects)]
        if not spans or not any(_same_actor(doc, coder, antecedent, s) for s in spans):
            return None  # its own sentence gives it an antecedent binding allows
    sent = pronoun.sent
    if any(t.tag_ in ("NNS", "NNPS") or _coordinated_persons(t) for t in sent if t.i < pronoun.i):
        return None  # a plural before it in its own sentence: its antecedent is not certain
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    if "\n\n" in text[before.end_char:sent.start_char]:
        return None
    main = [t for t in before.root.children if t.dep_ in ("nsubj", "nsubjpass")]
    lex = load_lexicon()
    if len(main) != 1 or main[0].tag_ not in ("NNS", "NNPS") or main[0].pos_ not in ("NOUN", "PROPN") \
            or not _is_actor(main[0], lex, allow_pronoun=False):
        return _only_population_before(before, lex)
    subject = main[0]
    if any(t.i != subject.i and t.tag_ in ("NNS", "NNPS") and t.pos_ in ("NOUN", "PROPN")
           and _is_actor(t, lex, allow_pronoun=False) for t in before):
        return None
    a, b = _actor_span(subject)
    return a, b, text[a:b]


def _only_population_before(before, lex) -> Optional[tuple[int, int, str]]:
    """(start, end, text) of the one plural the sentence ``before`` names, where it is a state's
    population (``population_nouns``: "the Ukrainian people", "the citizens of Cuba", or a plural
    demonym, "Ukrainians") and an actor, whatever its role there ("We applaud the bravery of the
    Ukrainian people ... We stand in solidarity with them": an object of "of"); else None.
    English pronouns agree in number, so where the sentence before offers exactly one plural
    noun (its conjuncts counted with it, the words of a state's name, "the United States", set
    aside) an object "them" with no plural before it in its own sentence can stand for that one
    only. Any other plural there ("the Syrian doctors and nurses", "our staff and contractors",
    "attacks on civilians") leaves it unresolved, as before."""
    from newsgraph.nlp.events import _actor_span, _is_actor

    plurals = [t for t in before if t.tag_ in ("NNS", "NNPS") and t.pos_ in ("NOUN", "PROPN")
               and t.ent_type_ not in ("GPE", "ORG", "FAC", "LOC")]
    if not plurals:
        return None
    first = plurals[0]
    group = {first.i} | {c.i for c in first.conjuncts}
    if any(t.i not in group for t in plurals):
        return None
    if not (first.lemma_.lower() in _POPULATION_NOUNS or first.lower_ in _POPULATION_NOUNS or first.ent_type_ == "NORP") \
            or not _is_actor(first, lex, allow_pronoun=False):
        return None
    a, b = _actor_span(first)
    return a, b, doc_text(first.doc)[a:b]


def _coordinated_persons(token) -> bool:
    """Whether a person's name heads a coordination of named persons ("Daniel Ortega and Rosario
    Murillo", "Special Envoy Kerry and President Putin"): a plural, as "they" is."""
    return token.ent_type_ == "PERSON" and any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in token.children)


def _main_clause(pronoun) -> bool:
    """Whether a subject pronoun's verb is its sentence's root or a conjunct of it ("they" of a
    subordinate clause, "as long as they're fair", "because they weren't able", is read inside its
    sentence only)."""
    verb = pronoun.head
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def _could_be_they(token) -> bool:
    """Whether a noun or pronoun agrees in number with "they": a plural, "they", a state or an
    organisation (a collective), a collective noun."""
    return token.lower_ in ("they", "them") or token.tag_ in ("NNS", "NNPS") or _coordinated_persons(token) \
        or token.ent_type_ in ("GPE", "ORG", "NORP") \
        or token.lemma_.lower() in _COLLECTIVE_NOUNS | _STAFF_NOUNS | _PEOPLE_COLLECTIVES


def _discourse_they_antecedent(pronoun, fits, depth: int):
    """What a main-clause subject "they" stands for when neither its own sentence nor the main
    subject of the sentence before gives it: going back up to ``_THEY_SENTENCES_BACK`` sentences
    of its paragraph, the first sentence whose main subject is "they" (resolved in turn: "They
    have announced ... And today, they are releasing"), else whose main subject cannot be "they"
    ("We are ensuring that the Venezuelan regime meets its commitments. They have announced")
    but that has exactly one subject that fits "they" (an embedded clause's). A sentence whose
    main subject could be "they" but is no actor ("These projects ... They will support") or that
    has several fitting subjects ends the search with None; one with nothing that could be "they"
    ("This a positive step forward.") is passed over. Returns a token, an antecedent's (start,
    end, text) through a chained "they", or None."""
    doc = pronoun.doc
    text = doc_text(doc)
    sent = pronoun.sent
    for _ in range(_THEY_SENTENCES_BACK):
        if sent.start == 0:
            return None
        before = doc[sent.start - 1].sent
        if "\n\n" in text[before.start_char:sent.start_char]:
            return None  # a paragraph ends: its "they" is not carried over
        sent = before
        main = [t for t in sent.root.children if t.dep_ in ("nsubj", "nsubjpass")]
        if main and main[-1].lower_ == "they":
            return _plural_antecedent(doc, main[-1].idx, main[-1].idx + len(main[-1].text), depth + 1)
        if main and _could_be_they(main[-1]) and main[-1].lower_ not in _NOT_THEY_SUBJECTS:
            return main[-1] if fits(main[-1]) else None
        fitting = {t.i: t for t in sent if _subject_like_dep(t) and fits(t)}
        if len(fitting) == 1:
            return next(iter(fitting.values()))
        if fitting or any(_could_be_they(t) and t.pos_ in ("NOUN", "PROPN") for t in sent):
            return None  # several candidates, or a plural that is no subject: too risky
    return None


def _staff_owner(doc, coder: "ActorCoder", start: int, end: int) -> Optional[ActorCode]:
    """The code of whoever employs a body of staff named by ``start``:``end`` ("Our personnel",
    "Department of State personnel", "the embassy's staff"): its possessor or compound modifier
    resolved as an actor ("our" as the writer's "we"); None for any other noun, or where the
    owner acts for no state. Staff act for their employer, as a delegation does for its state."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.root.lemma_.lower() not in _STAFF_NOUNS:
        return None
    for child in span.root.children:
        if child.dep_ not in ("poss", "compound") or child.i > span.root.i:
            continue
        if child.lower_ == "our":
            _key, code = _resolve_actor(doc, coder, None, "we", child.idx, child.idx + len(child.text))
        else:
            first, last = child.left_edge, child
            a, b = first.idx, last.idx + len(last.text)
            text = doc_text(doc)[a:b]
            _key, code = _resolve_actor(doc, coder, _key_for_span(doc, a, b), text, a, b)
        if code is not None and code.acts_for:
            return code
    return None


_SUBJECT_PRONOUNS = {"he": "him", "she": "her"}


def _unbind_conjunct_source(doc, event) -> None:
    """Move a source "he"/"she" whose event's object "him"/"her" coref gave the same person to the
    subject of the clause above: a non-reflexive object pronoun is free in its clause (binding
    Principle B), so where the trigger verb is the parser's conjunct of an adverbial clause's verb
    ("The Department congratulates Special Envoy Foote as he takes on his new role and thanks him":
    "thanks" hung on "takes"), the verb conjoins with the main clause and shares its subject.
    Changes ``event`` in place (source text, span, key) or leaves it as it is."""
    source = (event.source_text or "").strip().lower()
    if _SUBJECT_PRONOUNS.get(source) != (event.target_text or "").strip().lower() \
            or not event.source_key or event.source_key != event.target_key or event.trigger_start is None:
        return
    trigger = doc.char_span(event.trigger_start, event.trigger_start + 1, alignment_mode="expand")
    pronoun = doc.char_span(event.source_start, event.source_end, alignment_mode="expand") \
        if event.source_start is not None else None
    if trigger is None or pronoun is None:
        return
    verb, clause = trigger.root, pronoun.root.head
    if pronoun.root.dep_ != "nsubj" or verb.dep_ != "conj" or verb.head.i != clause.i or clause.dep_ != "advcl" \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    main = clause.head
    subject = next((c for c in main.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    if subject is None or subject.pos_ == "PRON":
        return
    from newsgraph.nlp.events import _actor_span

    a, b = _actor_span(subject)
    event.source_text, event.source_start, event.source_end = doc_text(doc)[a:b], a, b
    event.source_key = _key_for_span(doc, a, b)
    event.explanation = (event.explanation or "") + \
        f"; source = the subject of '{main.text}' ('{source}' is bound by its object: '{event.target_text}')"


_EMBEDDED_CLAUSE_DEPS = {"relcl", "advcl", "ccomp", "acl"}


def _embedded_they_antecedent(pronoun, fits):
    """The nearest actor noun before a subject "they" of an embedded clause (its verb's dep is
    relcl, advcl, ccomp or acl) in its own sentence, outside that clause: an object, a
    prepositional object or a subject that ``fits`` "they". None for "them", a main-clause "they"
    or where nothing fits."""
    verb = pronoun.head
    if pronoun.lower_ != "they" or pronoun.dep_ not in ("nsubj", "nsubjpass") \
            or verb.dep_ not in _EMBEDDED_CLAUSE_DEPS:
        return None
    own = {t.i for t in verb.subtree}
    for token in reversed(list(pronoun.sent)):
        if token.i >= pronoun.i or token.i in own:
            continue
        if token.dep_ in ("dobj", "dative", "pobj", "nsubj", "nsubjpass", "appos") and fits(token):
            return token
    return None


# acts a state takes by its own legal instruments ("X is being designated pursuant to E.O.
# 14024", 25 times in the demo corpus's State Department releases): with no agent named, in the
# state's own release, the publisher took them (PLOVER SANCTION's actor is the sanctioning state)
_PUBLISHER_ACTS = {"SANCTION"}
# a conviction or sentence (PLOVER SANCTION "convict": found guilty "in a court of law or legally
# constituted tribunal") is a court's act, not the releasing government's: "Protesters are
# sentenced to prison" in a State Department release on Cuba was done by Cuban courts
_COURT_MODES = {"convict"}


def _publisher_acts(coder: "ActorCoder", event) -> bool:
    """Whether ``event`` is an agentless passive SANCTION, other than a court's conviction, in a
    state institution's own release, outside any quote (events/ marks the source rule ``AGENTLESS``)."""
    from newsgraph.nlp.events import AGENTLESS

    return (event.source_key is None and not event.source_text and event.type in _PUBLISHER_ACTS
            and event.mode not in _COURT_MODES and f"source={AGENTLESS}" in (event.explanation or "")
            and _own_release_voice(coder, event))


# measures only a government takes against others (PLOVER SANCTION; COERCE/restrict: "impose
# visa restrictions", "export controls"): named in a state's own release as a list item, heading
# or nominal with no agent in its clause ("Action to impose visa restrictions on 17 individuals
# ...": 7 of the 18 sourceless ones in the demo corpus's State Department and White House
# releases), the releasing state takes them
_PUBLISHER_MEASURES = {"SANCTION": None, "COERCE": "restrict"}  # type -> the one mode (None: any)
_AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "agent", "expl"})


def _publisher_measures(coder: "ActorCoder", event) -> bool:
    """Whether ``event`` is a SANCTION or COERCE/restrict with no source (the events package's rule
    ``source=none``, neither passive nor the writer's obligation) named in a state institution's
    own release, outside any quote, whose trigger's clause and every clause above it name no
    agent (no subject, no "by X": "Action to impose visa restrictions on 25 individuals ..."),
    on a target not of the publisher's own state. A state's release lists its own measures."""
    if event.source_key or event.source_text or event.source_start is not None \
            or event.type not in _PUBLISHER_MEASURES or _PUBLISHER_MEASURES[event.type] not in (None, event.mode) \
            or event.mode in _COURT_MODES \
            or "source=none," not in (event.explanation or "") or event.trigger_start is None \
            or not _own_release_voice(coder, event) or event.target_acts_for == coder.outlet.acts_for:
        return False
    span = coder.doc.char_span(event.trigger_start, event.trigger_start + 1, alignment_mode="expand")
    if span is None:
        return False
    start, end = _list_item(doc_text(coder.doc), event.trigger_start)
    token, below = span[0], None
    # the noun the act's infinitive names ("Action to impose ...", "Steps to restrict ...") is the
    # act itself, never its agent, whatever the parser makes it the subject of ("Action [to impose
    # ...] pursuant to ...", "... been complicit in"); so is the chain's own noun in a verbless
    # fragment; a verb's other subject is an agent ("New commitments on imposing ... will be endorsed")
    act_noun = span[0].head.i if span[0].dep_ == "acl" and span[0].head.pos_ in ("NOUN", "PROPN") else None
    while True:
        if any(child.dep_ in _AGENT_DEPS and start <= child.idx < end and child.i != act_noun
               and (child.i != below or token.pos_ in ("VERB", "AUX"))
               and not _stray_second_subject(token, child, act_noun) for child in token.children):
            return False
        if token.head.i == token.i or not start <= token.head.idx < end:
            # the clause chain ends, or leaves the item's line: the parser joins a list item to
            # its lead-in ("... to include: / Action to impose ..."), whose subject is not its agent
            return True
        token, below = token.head, token.i


def _stray_second_subject(head, child, act_noun: Optional[int]) -> bool:
    """Whether ``child`` is a subject of ``head`` that follows the act noun, itself a subject of
    ``head``: a clause has one subject, so a second one after the act's infinitive is a conjunct
    of the act's object the parser split off ("Action to impose visa restrictions on 2,596 members
    ... and 13 Belarusian military officials pursuant to ...": "officials" made a subject of
    "pursuant"), never the act's agent."""
    return act_noun is not None and child.dep_ in ("nsubj", "nsubjpass") and child.i > act_noun \
        and any(other.i == act_noun and other.dep_ in ("nsubj", "nsubjpass") for other in head.children)


_ITEM_ENDS = ".:;!?"


def _list_item(text: str, at: int) -> tuple[int, int]:
    """Character bounds of the line holding ``at``, joined across line breaks that only wrap a
    sentence (the line before ends with no sentence or lead-in punctuation ``.:;!?`` and no
    blank line stands between): a list item, heading or paragraph of a release."""
    def ends_item(at_break: int) -> bool:  # the break at ``at_break`` closes an item or paragraph
        before, after = text[:at_break].rstrip(" \t"), text[at_break + 1:].lstrip(" \t")
        return not before.strip() or before.endswith("\n") or after.startswith("\n") \
            or before.rstrip()[-1:] in _ITEM_ENDS

    start = text.rfind("\n", 0, at)
    while start > 0 and not ends_item(start):
        start = text.rfind("\n", 0, start)
    end = at
    while True:
        end = text.find("\n", end + 1)
        if end < 0 or ends_item(end):
            break
    return start + 1, (len(text) if end < 0 else end)


def _own_release_voice(coder: "ActorCoder", event) -> bool:
    """Whether the event's sentence is told in the words of a state institution's own release
    (the outlet speaks for a state, and the sentence lies outside any quote)."""
    return (coder.outlet is not None and bool(coder.outlet.acts_for) and coder.outlet.sector in state_sectors()
            and _inside_statement(coder.doc, event.sentence_start) is None)


def _speaker_experiencer(doc, coder: "ActorCoder", event) -> None:
    """Fill the slot events/ left to the speaker of an extraposed "it is a pleasure / an honor to
    V" (``events.SPEAKER_EXPERIENCER``: "It's a pleasure to welcome Ukraine's prime minister here",
    where the understood doer of the infinitive is the one whose pleasure it is): the person whose
    "I" the trigger is in (``_speaking_person``: a transcript turn's or a quote's person), as that
    "I" would be. The source, or the host of a visit (the recipient: PLOVER CONSULT codes the
    visitor as actor). Left empty in the writer's own words or where no person speaks."""
    from newsgraph.nlp.events import SPEAKER_EXPERIENCER

    explanation = event.explanation or ""
    for slot, marker in (("source", f"source={SPEAKER_EXPERIENCER}"),
                         ("target", f"target=host ({SPEAKER_EXPERIENCER})")):
        if marker not in explanation or getattr(event, f"{slot}_key") or getattr(event, f"{slot}_text"):
            continue
        person = _speaking_person(doc, event.trigger_start) or _reporting_subject(doc, event.trigger_start)
        if not person:
            continue
        setattr(event, f"{slot}_key", person)
        code = coder.for_key(person)
        if code is not None:
            setattr(event, f"{slot}_acts_for", code.acts_for)
            setattr(event, f"{slot}_sector", code.sector)
        event.explanation = (event.explanation or "") + \
            f"; {slot} = the person speaking ({person}): the doer of 'it is a pleasure to V'"


def _reporting_subject(doc, start: Optional[int]) -> Optional[str]:
    """The entity key of the subject of the reporting verb ("say", "tell", "note": plover_frames.yaml
    reporting) whose complement clause holds the character offset ``start``: "*Blinken* said it was
    a pleasure to welcome Foreign Minister Kuleba" -> "person:blinken". Reported speech keeps the
    experiencer of the reported words: the one who says "it is a pleasure" is the one pleased, as
    in direct speech. None where no such verb governs the clause, or its subject is no named
    entity. Shape: (Doc, int | None) -> str | None."""
    from newsgraph.nlp.events import _actor_span, load_lexicon

    if start is None:
        return None
    span = doc.char_span(start, start + 1, alignment_mode="expand")  # the token the offset is in
    if span is None or not len(span):
        return None
    reporting = load_lexicon().reporting
    for node in [span[0], *span[0].ancestors]:
        head = node.head
        if node.dep_ == "ccomp" and head.pos_ == "VERB" and head.lemma_.lower() in reporting:
            subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.pos_ == "PRON":
                return None
            return entity_key_for_span(doc, *_actor_span(subject))
    return None


def _publisher_demands(coder: "ActorCoder", event) -> bool:
    """Whether ``event`` is a DEMAND told as an obligation in the text's own words ("Iran must
    cooperate with the IAEA": no speaker, no reporting verb; events/ marks the source rule
    ``WRITER``), or a THREATEN told as a warning in them ("Iran will face severe consequences":
    ``WRITER_WARNING``), in a state institution's own release, outside any quote, on an actor of another
    state: the release speaks for its state, as its "we" does. Needs the target coded first (an
    obligation on the state's own people or bodies is no act between two actors); a DEMAND on the
    sides of a dispute that no state places ("The parties must work with the Special Envoy",
    ``_the_parties``) is on others too, as the release's "We call on the parties" would be."""
    from newsgraph.nlp.events import WRITER, WRITER_WARNING

    rule = {"DEMAND": WRITER, "THREATEN": WRITER_WARNING}.get(event.type)
    return (rule is not None and event.source_key is None and not event.source_text
            and f"source={rule}" in (event.explanation or "") and _own_release_voice(coder, event)
            and ((bool(event.target_acts_for) and event.target_acts_for != coder.outlet.acts_for)
                 or (event.type == "DEMAND" and not event.target_key and not event.target_acts_for
                     and _the_parties(event.target_text))))


def _the_parties(text: Optional[str]) -> bool:
    """Whether ``text`` is nothing but the sides of a dispute, with at most a determiner or a
    quantifier ("The parties", "all sides", "both sides", "the two parties"; actor_heads.yaml
    ``conflict_party_heads``): the others a release calls on to settle, never the publishing
    state's own bodies (a possessor or any other modifier, "our parties", "political parties",
    leaves it out)."""
    words = (text or "").lower().split()
    if not words or words[-1] not in conflict_party_heads():
        return False
    return words[:-1] in ([], ["the"], ["all"], ["all", "the"], ["both"], ["both", "the"], ["the", "two"],
                          ["the", "warring"], ["all", "warring"])


def _joint_recommendation(coder: "ActorCoder", event) -> bool:
    """Whether ``event`` is a DEMAND told as an obligation in a joint statement's own words on
    parties no state places ("National and international sports organizations should consider
    suspending the broadcasting ...", "The parties must return to talks"): the statement's
    recommendation, made by its signatories as its "we" is (PLOVER DEMAND: its source is who makes
    the demand). ``_publisher_demands`` needs a target of another state, since a single state's
    obligation on bodies it does not place may be on its own; a joint statement's signatories
    speak together of third parties. Not a target in the first person ("our national bodies")."""
    from newsgraph.nlp.events import WRITER

    if event.type != "DEMAND" or event.source_key is not None or event.source_text \
            or f"source={WRITER}" not in (event.explanation or "") or not event.target_text \
            or event.target_acts_for \
            or re.search(r"\b(?:our|we|us|my)\b", event.target_text, re.I) or not _own_release_voice(coder, event):
        return False
    joint = coder.joint_voice
    return joint is not None and event.sentence_start >= joint[0]


# the events package's source rule of an accusation told by a report no author is named for ("According
# to credible reports, the division has been implicated in violence", "credible reports have
# indicated that the FSB has perpetrated abuses", "according to multiple, credible media reports,
# X has engaged in corruption"): a report is no actor, so the accuser is whoever relays it as
# fact; in a state institution's own release that is the release's state (PLOVER ACCUSE's source
# is who makes the accusation), as its "we" is
_UNNAMED_REPORT_RULE = "in a statement of a document (its author unnamed)"


def _publisher_accuses(coder: "ActorCoder", event) -> bool:
    """Whether ``event`` is a DISAPPROVE/accuse with no source whose accusation events/ took
    from a statement of a report with no named author, in a state institution's own release,
    outside any quote, against an actor not of the publishing state (a release relaying an
    accusation against its own state's people is no act of the state)."""
    return (event.type == "DISAPPROVE" and event.mode == "accuse" and event.source_key is None
            and not event.source_text and _UNNAMED_REPORT_RULE in (event.explanation or "")
            and _own_release_voice(coder, event) and event.target_acts_for != coder.outlet.acts_for)


# acts a state takes against others: PLOVER SANCTION, COERCE, ASSAULT and THREATEN are aimed at
# another actor, so the publisher's own state is no default for their target
_HOSTILE_TYPES = {"SANCTION", "COERCE", "ASSAULT", "THREATEN"}


def _foreign_target(coder: "ActorCoder", event, code: Optional[ActorCode]) -> Optional[ActorCode]:
    """The target's code, unless a hostile act gives its target the source's own state with
    another state in sight: PLOVER SANCTION, COERCE, ASSAULT and THREATEN are aimed at another
    actor, and "OFAC designated the 66th Light Infantry Division" does not make a unit the name
    does not place American because the release is. The state named in the target's words
    ("Minister of the Revolutionary Armed Forces of Cuba"), its key (``org:rus:...``: coref's
    owner, over a same-named body of the source's state) or its role's body ("chief of ... of
    the Cuban Ministry of the Interior") wins; a state given only by the release is dropped."""
    if code is None or event.type not in _HOSTILE_TYPES or not code.acts_for \
            or code.acts_for != event.source_acts_for or (event.target_key or "").startswith("country:"):
        return code
    own = event.source_acts_for
    parts = (event.target_key or "").split(":")
    found = [parts[1].upper()] if len(parts) == 3 and len(parts[1]) == 3 and country_name(parts[1].upper()) else []
    texts = [event.target_text] + [role.of_name for role in coder.roles.get(event.target_key or "", []) if role.of_name]
    for text in texts:
        named = coder.for_text(text)
        found.append(named.acts_for if named else None)
    state = next((s for s in found if s and s != own), None)
    if state:
        return ActorCode(state, code.sector, f"a state named in the target of a {event.type.lower()}")
    if code.publisher_default:
        return ActorCode(None, code.sector, f"{code.sector} (no state: not the sanctioning publisher's own)")
    return code


# a place closing a meeting's target words: "civil society representatives in Warsaw"
_CLOSING_VENUE = re.compile(r"\s(?:in|at)\s+(?:the\s+)?([A-Z][\w.\-]+(?:,?\s+[A-Z][\w.\-]+)*)\s*$")


def _without_meeting_venue(event, code: Optional[ActorCode]) -> Optional[ActorCode]:
    """``code`` without the state of the place where a meeting is held: the target of a meeting,
    visit or talk ("met with civil society representatives in Warsaw") placed only by the place
    its words close on ("in Warsaw": the venue, where people of any state meet) keeps its sector
    and no state. ``code`` unchanged otherwise (a person, body or demonym that places the
    target: "Ukrainian activists in Warsaw")."""
    if code is None or not code.acts_for or not event.target_text or code.sector in state_sectors() \
            or not is_meeting(event):
        return code  # a state's own officials met in its capital ("officials in Kyiv") are its
    found = _CLOSING_VENUE.search(" ".join(event.target_text.split()))
    if found is None:
        return code
    place = found.group(1)
    from_place = code.reason.startswith("a state named in the actor's words") or f"'{place}'" in code.reason \
        or f"'{place.split(',')[0]}'" in code.reason
    if not from_place:
        return code
    return ActorCode(None, code.sector, f"{code.reason}; but '{place}' is where the meeting is held, not whose "
                                        f"its people are")


def same_side(event) -> bool:
    """Whether a cooperative event's target acts for its source's own state in an executive
    sector or none (event_detection.yaml ``coside_types``, ``executive_sectors``): a co-participant
    or an organ of the same government, not a counterpart."""
    from newsgraph.nlp.events import detection_lexicon

    words = detection_lexicon()
    if event.type not in words["coside_types"] or not event.source_acts_for \
            or event.source_acts_for != event.target_acts_for:
        return False
    sectors = (event.source_sector, event.target_sector)
    return all(s is None or s in words["executive_sectors"] for s in sectors) and any(s is not None for s in sectors)


def _counterpart_target(doc, coder: "ActorCoder", event) -> None:
    """Retarget a cooperative event whose target is on the source's own side (``same_side``:
    "Robinson will be joined by Hoy", "travel with an interagency delegation") to the foreign
    party its act is with: the object of a partner preposition (event_detection.yaml
    ``partner_preps``) under the trigger, up to its head noun, that resolves to an actor of
    another state ("for a meeting with *Mexican government officials*"); left alone when none."""
    from newsgraph.nlp.events import detection_lexicon

    if not same_side(event) or event.trigger_start is None:
        return
    trigger = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if trigger is None or not len(trigger):
        return
    anchor = trigger[0]
    preps = detection_lexicon()["partner_preps"]
    for token in anchor.sent:
        if token.dep_ != "pobj" or token.head.lower_ not in preps or token.pos_ not in ("NOUN", "PROPN") \
                or not (token.head.head == anchor or anchor in token.head.ancestors):
            continue
        start, end = token.left_edge.idx, token.idx + len(token.text)
        if event.target_start is not None and start <= event.target_start < end:
            continue  # the target itself ("with an interagency delegation")
        key, code = _resolve_actor(doc, coder, None, doc_text(doc)[start:end], start, end)
        if code is None or not code.acts_for or code.acts_for == event.source_acts_for:
            continue
        event.explanation = (event.explanation or "") + \
            f"; target = the {code.acts_for} party the act is '{token.head.text}' ('{event.target_text}' is on the source's own side)"
        event.target_start, event.target_end, event.target_text = start, end, doc_text(doc)[start:end]
        event.target_key, event.target_acts_for, event.target_sector = key, code.acts_for, code.sector
        return


def _readout_meeting(event) -> bool:
    """A meeting a readout reports, as ``events.resolve_participants`` holds one: PLOVER CONSULT
    between two different keyed sides, each named beyond a bare title."""
    from newsgraph.nlp.events import _names_beyond_title

    return event.type == "CONSULT" and None not in (event.source_start, event.target_start) \
        and bool(event.source_key) and bool(event.target_key) and event.source_key != event.target_key \
        and _names_beyond_title(event.source_text) and _names_beyond_title(event.target_text)


# dependents of a plural noun that make it name parties of its own rather than the meeting's
# sides: "the delegations of the Baltic states", "officials from ...", "the ministers who ..."
_PARTY_PREPS = {"of", "from", "with"}
_CLAUSE_DEPS = {"relcl", "acl"}
_PLACE_LABELS = {"GPE", "LOC", "NORP"}


def _participants_target(doc, event, lex) -> bool:
    """Whether the event's target is only a plural noun for a meeting's participants that names
    no one and no state ("the ministers", "Ministers", "the delegations": ``events._participant_noun``,
    plover_frames.yaml ``participant_nouns``): no counterpart of its own, one side of the meeting
    told before (English number agreement: a plural common noun stands for several people, not
    for a party the sentence names). Since 0.3.590 the noun in ``doc`` must be the bare plural:
    an "of"/"from"/"with" phrase, a relative clause or a modifier naming a place or nationality
    makes it another party ("the delegations of the Baltic states", "the Baltic delegations")."""
    from newsgraph.nlp.events import _participant_noun

    if event.target_start is None or event.target_key or event.target_acts_for \
            or not _participant_noun(event.target_text, lex):
        return False
    span = doc.char_span(event.target_start, event.target_end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    noun = span.root
    return not any(c.dep_ == "prep" and c.lower_ in _PARTY_PREPS or c.dep_ in _CLAUSE_DEPS
                   or c.ent_type_ in _PLACE_LABELS and c.i < noun.i for c in noun.children)


def _own_partner(doc, event, sides: set) -> bool:
    """Whether ``event``'s trigger (or its object) has a "with"/"to" phrase of its own outside the
    event's target that no mention of a side of the meeting (entity keys ``sides``) covers:
    "discussed regional security with officials from several Pacific island states" names the
    party the act is with, even where the linker then dropped it as no actor, so the act is not
    one told of the meeting's other side (since 0.3.590)."""
    trigger = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand") \
        if event.trigger_start is not None and event.trigger_end is not None else None
    if trigger is None or not len(trigger):
        return False
    heads = set(trigger) | {c for t in trigger for c in t.children if c.dep_ in ("dobj", "obj")}
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("with", "to")):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if event.target_start is not None and event.target_start <= obj.idx < (event.target_end or 0):
                continue  # the target itself ("discussed ... with the delegations")
            if not any(m.entity_key in sides and m.start <= obj.idx < m.end for m in doc._.ng_mentions or []):
                return True
    return False


def _delegation_state(event) -> Optional[str]:
    """ISO3 of the state whose delegation the event's source is ("The U.S. delegation discussed
    ...": a delegation noun, actor_heads.yaml ``delegation_heads``, as the source's last word,
    keyed by the linker to the state it acts for), else None. A delegation is one side of the
    talks its state holds, as the delegation-leader rules read it (``events._delegation_leaders``)."""
    words = (event.source_text or "").lower().split()
    if not words or words[-1] not in delegation_words()[0]:
        return None
    return event.source_acts_for or None


def _meeting_side(event, pairs: list) -> Optional[tuple]:
    """The other side of the meeting told pair by pair in ``pairs`` (the readout's CONSULT events
    of one trigger, text order: "A and B met with C and D" is A -> C, A -> D, B -> C, B -> D) for
    ``event``'s source, as (start, end, text, key, acts_for, sector) with a note of how the source
    was matched, else None. The source is a side where its key is one side's key (the last pair
    naming it decides: "The Secretaries and Ministers discussed ..." keyed to the first Secretary
    takes the last Minister that Secretary met), or where it is the delegation of the state exactly one side acts
    for (``_delegation_state``: "The U.S. delegation" with Sherman, USA, and Ryabkov, RUS)."""
    for held in reversed(pairs):  # (the latest pair first, as the latest meeting is)
        if event.source_key == held.source_key:
            return (held.target_start, held.target_end, held.target_text, held.target_key,
                    held.target_acts_for, held.target_sector), f"source '{event.source_text}' is one side of it"
        if event.source_key == held.target_key:
            return (held.source_start, held.source_end, held.source_text, held.source_key,
                    held.source_acts_for, held.source_sector), f"source '{event.source_text}' is one side of it"
    state, held = _delegation_state(event), pairs[0]
    if state is None or held.source_acts_for == held.target_acts_for:
        return None
    note = f"source '{event.source_text}' is the delegation of {state}, the state one side acts for"
    if state == held.source_acts_for:
        return (held.target_start, held.target_end, held.target_text, held.target_key,
                held.target_acts_for, held.target_sector), note
    if state == held.target_acts_for:
        return (held.source_start, held.source_end, held.source_text, held.source_key,
                held.source_acts_for, held.source_sector), note
    return None


def _several_counterparts(event, pairs: list, key: Optional[str]) -> bool:
    """Whether a plural target ("the ministers") can stand for the side ``key`` is on: that side
    holds more than one participant in ``pairs`` (English number agreement: a plural common noun
    names several people), or the plural is of a delegation noun (actor_heads.yaml
    ``delegation_heads``: each delegation is a whole side, "the delegations")."""
    words = (event.target_text or "").lower().split()
    if words and words[-1] in delegation_words()[0]:
        return True
    if any(held.target_key == key for held in pairs):
        return len({held.target_key for held in pairs}) > 1
    return len({held.source_key for held in pairs}) > 1


def _other_meeting_between(doc, events: list, pairs: list, event) -> bool:
    """Whether a meeting with another party is told after the meeting of ``pairs`` and before
    ``event``'s sentence: "... also met with civil society leaders. They discussed ...": what
    follows may belong to the meeting told last, not to the readout's first one. Such a meeting is
    a CONSULT with a target of its own that is no side of ``pairs``' meeting, or, where no event
    was kept for it, a meeting verb (linking_words.yaml ``meeting_verbs``) in a sentence between
    whose object or "with" phrase no mention of a side covers."""
    sides = {key for held in pairs for key in (held.source_key, held.target_key)}
    first = pairs[0]
    if any(other.type == "CONSULT" and all(other is not held for held in pairs)
           and first.sentence_start <= other.sentence_start < event.sentence_start
           and other.trigger_start > first.trigger_start
           and (other.target_start is not None or other.target_key)
           and other.target_key not in sides and other.source_key is not None
           for other in events):
        return True
    between = doc.char_span(first.sentence_end, event.sentence_start, alignment_mode="expand") \
        if first.sentence_end < event.sentence_start else None
    for token in between or ():
        if token.pos_ != "VERB" or token.lemma_.lower() not in _MEETING_VERBS:
            continue
        met = [c for c in token.children if c.dep_ in ("dobj", "obj")] + [
            g for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
        if any(not any(m.entity_key in sides and m.start <= obj.idx < m.end for m in doc._.ng_mentions or [])
               for obj in met):
            return True
    return False


def _readout_counterparts(doc, events: list) -> None:
    """An act with no recipient told of one side of the meeting a readout reports takes the other
    side as its target, where only the linker ties its source to that side: "President Joseph R.
    Biden, Jr. spoke today with President Xi Jinping ... The President underscored his support for
    a diplomatic resolution" (the bare title fits both presidents; the release's state makes it
    Biden). The extractor does this itself where its keys decide (``events._other_side``); the
    same acts qualify (``events._readout_exchange``: meeting-type acts, promises, verbal support,
    a stressed importance; never a stance on a third party). The latest meeting before the act
    is the one it belongs to (PLOVER "Compound and Reciprocal Actors": what one side says in the
    meeting it says to the other).

    Since linking 0.3.530 (the same meeting told again, a sentence or more later): a meeting-type
    act (plover_frames.yaml ``symmetric_types``) whose target is only a plural of participants
    (``_participants_target``: "The Secretaries and Ministers discussed ...") takes the other side
    as the act with no target does; the meeting told pair by pair is matched on every pair
    (``_meeting_side``), and a state's delegation is the side acting for that state ("The U.S.
    delegation discussed ..." after "Sherman led a U.S. interagency delegation ... Ryabkov led the
    Russian delegation"). Nothing is carried across a meeting with another party told in between
    (``_other_meeting_between``) nor to an act dated apart from the meeting, nor (since 0.3.590) to
    an act whose trigger has a "with"/"to" partner of its own (``_own_partner``). The evidence stays the
    act's own sentence; the explanation names the meeting's trigger, offset and sentence, and a
    counterpart not in the sentence costs the rule score what a missing target costs the
    extractor's (0.05, ``events`` confidence), where the extractor has not already taken it."""
    from newsgraph.nlp.event_dates import dates_can_coincide
    from newsgraph.nlp.events import MEETING_SIDES_NOTE, _readout_exchange, load_lexicon

    lex = load_lexicon()
    ordered = sorted(events, key=lambda e: e.trigger_start)
    pairs: list = []
    for event in ordered:
        if _readout_meeting(event):
            if not pairs or pairs[0].trigger_start != event.trigger_start:
                pairs = []
            pairs.append(event)
            continue
        plural = event.type in lex.symmetric_types and _participants_target(doc, event, lex)
        bare = dataclasses.replace(event, target_start=None, target_end=None, target_text=None) if plural else event
        if not pairs or pairs[0].sentence_start >= event.sentence_start or not event.source_key \
                or (event.target_start is not None and not plural) or event.target_key or event.target_acts_for \
                or MEETING_SIDES_NOTE in (event.explanation or "") or not _readout_exchange(doc, bare, pairs[0], lex):
            continue  # (a joint act of "the leaders", one per participant, is towards neither of them)
        found = _meeting_side(event, pairs)
        if found is not None and plural and not _several_counterparts(event, pairs, found[0][3]):
            found = None  # "Ministers" for one minister met: number agreement fails, no side of this meeting
        if found is None:
            continue  # a third party's act ("The United States continues to ..."): no side of it
        if _other_meeting_between(doc, events, pairs, event) or not dates_can_coincide(pairs[0], event):
            continue  # another meeting told since, or another day: not this meeting's act
        if _own_partner(doc, event, {key for held in pairs for key in (held.source_key, held.target_key)}):
            continue  # its sentence names whom the act is with: not the meeting's other side
        side, how = found
        carried = plural or how.startswith(f"source '{event.source_text}' is the delegation")
        replaced = f"'{event.target_text}', a plural of the participants" if plural else "no target"
        (event.target_start, event.target_end, event.target_text, event.target_key,
         event.target_acts_for, event.target_sector) = side
        if plural:
            # the sentence named no counterpart: as the extractor scores an act with no target
            event.confidence = round(max(0.0, event.confidence - 0.05), 3)
        event.explanation = (event.explanation or "") + f"; target '{side[2]}' -> the other side of the " \
            f"meeting '{pairs[0].trigger}' at {pairs[0].trigger_start} ({how})"
        if carried:
            told = " ".join(doc_text(doc)[pairs[0].sentence_start:pairs[0].sentence_end].split())
            event.explanation += f" [same-meeting check: the act's sentence named {replaced}; the counterpart " \
                f"comes from the sentence at {pairs[0].sentence_start}: '{told[:100]}']"


def _foreign_act(doc, event) -> bool:
    """Whether the event's trigger has a verb of an act no state does to itself (visit, invade,
    annex, occupy: ``foreign_act_verbs`` of entity_descriptions.yaml) among its words."""
    verbs = description_lexicon().foreign_act_verbs
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand") \
        if event.trigger_start is not None and event.trigger_end is not None else None
    return span is not None and any(t.pos_ == "VERB" and t.lemma_.lower() in verbs for t in span)


def _resolve_descriptions(doc, coder: "ActorCoder", event) -> None:
    """An actor slot still unresolved that is a definite description of an entity named before
    ("the organization", "the Court", "these countries": ``newsgraph.nlp.descriptions``) takes
    that entity and its code, never the event's other actor. A state's people, opposition or
    businesses (a sector outside the state's institutions) are another party than its
    government, so their state stays a candidate ("the regime's crackdown against the people of
    Burma": the Burmese government against Burmese civilians, PLOVER's usual repression dyad);
    the publishing state is never "the regime"."""
    own = releasing_state(coder.outlet)
    for side, other in (("source", "target"), ("target", "source")):
        if getattr(event, f"{side}_key") or getattr(event, f"{side}_acts_for"):
            continue
        other_key, other_state = getattr(event, f"{other}_key"), getattr(event, f"{other}_acts_for")
        other_sector = getattr(event, f"{other}_sector")
        if other_sector and other_sector not in state_sectors() and _government_description(getattr(event, f"{side}_text")):
            other_key = other_state = None  # the state's people: not the government described
        found = described_antecedent(doc, getattr(event, f"{side}_start"), getattr(event, f"{side}_end"),
                                     exclude=(other_key, f"country:{other_state}" if other_state else None),
                                     other_span=(getattr(event, f"{other}_start"), getattr(event, f"{other}_end")),
                                     own_state=f"country:{own}" if own else None,
                                     foreign_act=_foreign_act(doc, event))
        if found is None:
            continue
        code = coder.for_key(found.key)
        setattr(event, f"{side}_key", found.key)
        if code is not None and code.publisher_default:
            # "the unit" of a brigade no state is known for: the publisher's state is no
            # evidence; the context may still place the body (``place_state_bodies``)
            setattr(event, f"{side}_sector", code.sector)
        elif code is not None:
            setattr(event, f"{side}_acts_for", code.acts_for)
            setattr(event, f"{side}_sector", code.sector)
        event.explanation = (event.explanation or "") + f"; {side} {found.reason}"


def _placed_head(doc, coder: "ActorCoder", key: str, text: Optional[str], start: Optional[int],
                 end: Optional[int]) -> Optional[ActorCode]:
    """The code of an actor phrase headed by a common noun whose only name, ``key``, is a state
    or place inside its modifiers ("three Nicaragua-based entities", "unarmed civilians in
    Bucha"): the head acts for that state (nlp/actor_heads.py), with the sector its words give;
    None where the phrase is the name or a state head, or no state is found."""
    found = modifier_place(doc, key, start, end)
    if found is None:
        return None
    name, state, locative = found
    own_state = state is None  # the state is the key's own, not a premodifier's
    owner = coder.for_key(key) if state is None else coder.for_key(f"country:{state}")
    state = state or (owner.acts_for if owner is not None else None)
    if not state:
        return None
    words = agent_sector(text)
    if words is None and text and business_head(text.split()[-1]):
        words = ActorCode(None, "BUS", f"business noun '{text.split()[-1]}'")  # "Russia’s most important banks"
    if words is not None:
        sector = words.sector
    else:
        # whose it is ("U.S. delegation", "Russia's forces") gives the state's sector, as a
        # demonym phrase does; where it is ("people in Bucha") or a sectorless head does not
        sector = None if locative or unsectored(text) or owner is None else owner.sector
    if not locative and own_state and key.startswith("country:") and sector in state_sectors():
        # "U.S. delegation", "Russia's forces": the state's own agents, coded as the state like
        # a demonym phrase ("American delegation"; Phoenix USAGOV); only a head that is not
        # the state's agent ("U.S. citizens": USACVL) is told apart from the state
        return None
    return ActorCode(state, sector, f"head noun placed by '{name}' in its modifiers" + (f"; {words.reason}" if words else ""))


def _named_persons_relatives(doc, start: Optional[int], end: Optional[int]) -> Optional[ActorCode]:
    """The code of a phrase headed by a plain kinship noun with a named possessor ("Austin Tice's
    parents", "Navalny's wife"; entity_cues.yaml ``kinship``): private people (POLECAT CVL) who
    are neither the named person nor any entity of the article, so the slot keys none. None for
    any other phrase, and for a relative named in the phrase itself ("Prigozhin's wife Polina")."""
    from newsgraph.nlp.name_cues import is_kinship_noun

    span = _relatives_phrase(doc, start, end, is_kinship_noun)
    if span is None:
        return None
    owner = next((c for c in span.root.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "PROPN":
        return None
    return ActorCode(None, "CVL", f"the relatives '{span.text}' of a named person, not the person")


def _relatives_phrase(doc, start: Optional[int], end: Optional[int], relatives_noun: Callable):
    """The span of chars ``start``-``end`` where its head is a common noun ``relatives_noun``
    accepts (``name_cues.is_kinship_noun``, ``is_relatives_noun``) and no name in the phrase
    names the relative ("Prigozhin's wife Polina": the name keys it); None otherwise."""
    if start is None or end is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    if root.pos_ != "NOUN" or not relatives_noun(root) or any(
            c.dep_ in ("appos", "compound", "nmod", "conj") and c.pos_ == "PROPN" for c in root.children):
        return None
    return span


def _relatives_of_placed_owner(doc, coder: "ActorCoder", start: Optional[int],
                               end: Optional[int]) -> Optional[ActorCode]:
    """The code of a phrase headed by a relatives noun (``name_cues.is_relatives_noun``: "wife",
    "children", "family", "immediate family members") whose possessor or "of" object names the
    people they are relatives of ("50 immediate family members of Nicaraguan National Assembly
    representatives", "Lukashenka's family"): the relatives are private people (Phoenix agents
    SOLDIERS_FAMILIES ~CVL; a kinship noun names no office), not the body or official named as
    theirs, so the slot keys none; they act for the one state the owner's words place (its keyed
    mentions' states and its demonyms), as a state's designation of an official's "immediate family
    members" names them by that state; else no state. None for any other phrase, for a relative
    named in the phrase ("Prigozhin's wife Polina": the name keys it), and for a pronoun owner
    ("his wife": coref's). Shape: ``ActorCode(ISO3 | None, "CVL", reason)`` or None. Since linking 0.3.710."""
    from newsgraph.nlp.name_cues import is_relatives_noun

    span = _relatives_phrase(doc, start, end, is_relatives_noun)
    if span is None:
        return None
    root = span.root
    owners = [c for c in root.children if c.dep_ == "poss"]
    owners += [g for c in root.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if not owners or any(owner.pos_ == "PRON" for owner in owners):
        return None
    states: set[str] = set()
    for owner in owners:
        words = list(owner.subtree)
        a, b = words[0].idx, words[-1].idx + len(words[-1])
        for mention in doc._.ng_mentions or []:
            if mention.entity_key and a <= mention.start < b:
                code = coder.for_key(mention.entity_key)
                if code is not None and code.acts_for:
                    states.add(code.acts_for)
        for token in words:
            country = lookup_country(token.text) if token.ent_type_ in ("NORP", "GPE") else None
            if country is not None:
                states.add(country.alpha3)
    state = next(iter(states)) if len(states) == 1 else None
    return ActorCode(state, "CVL", f"the relatives '{span.text}' of the people their owner names"
                                   + (f" ({state})" if state else "") + ", not those people")


def _body_owned_head(doc, coder: "ActorCoder", key: Optional[str], start: Optional[int],
                     end: Optional[int]) -> Optional[ActorCode]:
    """The code of a phrase whose head is a common noun and whose key is only the organisation
    named as the head's possessor ("the Ministry of Defense's shipping company", "Hizballah's
    business network", "the cartel's top chemical brokers"). English grammar: a possessor
    determines the head noun, which names the referent; the possessor says whose it is. So the
    slot keys no entity (the owner did not do or undergo the act), and the head acts for the
    owner's state, in the sector its own words give (actors' agents table, else BUS for a
    business head of actor_heads.yaml, else none for a person noun of actor_heads.person_nouns).
    Since 0.3.420. Only a head that names an actor (a sector agent, a business or a person noun):
    None where the head names the owner's work or act ("the IAEA's essential mission"), where the
    possessor is no organisation (a state's possessed agents
    are coded with the state's sectors, ``_people_key``; a person's relatives by
    ``_named_persons_relatives``) but for a business a person owns ("Four of Mordashov's
    companies": BUS, the owner's state, since 0.3.440), where a name covers the head (a named unit, "NBU's Computer
    Security Incident Response Team": coref keys the unit and ``_possessor_state`` places it), and
    for a singular title head ("the IAEA's Director-General": ``_sole_officer``, CAMEO codes the
    office holder by the body it acts for).

    Since 0.3.440 also a plural person noun that a possessor or an "of" phrase names by its body,
    whatever the body is (``_people_of_keyed_body``: "the executives of several Colombian
    companies").

    Since 0.3.510 None for a person noun that names the body's own agents (``_body_agents``: "Hamas's
    operatives", "the IAEA's inspectors"): the owner's key stands for them.

    Shape: ``ActorCode(acts_for: ISO3 | None, sector: str | None, reason: str)`` or None."""
    entity = (doc._.ng_entities or {}).get(key) if key else None
    if entity is None or start is None or end is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    people = _people_of_keyed_body(doc, coder, key, root)
    if people is not None:
        return people
    if entity.type not in ("organization", "person"):
        return None
    if root.pos_ != "NOUN" or any(m.entity_key and m.start <= root.idx < m.end for m in doc._.ng_mentions or []):
        return None
    owner = next((c for c in root.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is None or possessor_key(doc, start, end) != key or _sole_officer(doc, start, end):
        return None
    words = doc[owner.right_edge.i + 1:root.i + 1].text
    agent = agent_sector(words)
    if agent is not None and agent.sector:
        sector = agent.sector
    elif business_head(root.lower_) or business_head(root.lemma_):
        sector = "BUS"
    elif person_word(root):
        sector = None  # "the cartel's top chemical brokers": people of no sector their words give
    else:
        # "the IAEA's essential mission", "the ministry's decision": a head that names no body
        # or people is the owner's work or act, which the owner's key stands for
        return None
    if person_word(root) and entity.type == "organization" and _body_agents(coder, key, root):
        return None  # "the Wagner Group's mercenaries": the body acting through its agents (since 0.3.510)
    if entity.type == "person" and sector != "BUS":
        # a person's possessed people are relatives or agents read elsewhere
        # (``_named_persons_relatives``); only a business a person owns ("Mordashov's companies")
        # is a body apart from its owner (since 0.3.440)
        return None
    owned = coder.for_key(key)
    state = owned.acts_for if owned is not None else None
    return ActorCode(state, sector, f"'{words}' owned by {key}, not {key} itself")


# sectors whose people act as their body: a state's own institutions (resolve.actors
# state_sectors) plus an intergovernmental organisation and an armed group; CAMEO and Phoenix code
# such agents by the body they serve ("IAEA inspectors": IGO, "Hamas operatives": the group)
_AGENT_BODY_SECTORS = frozenset({"IGO", "REB"})


def _body_agents(coder: "ActorCoder", key: str, root) -> bool:
    """Whether the person noun ``root``, owned by the body ``key`` (a possessor or an "of" phrase),
    names that body's own agents, who act as the body, so that the slot keeps the body's key
    (as "members of Hamas" and "Hamas operatives" do): a group member or partitive noun
    (actor_heads.yaml ``group_member_heads`` / ``partitive_heads``: "Hamas's operatives",
    "financiers of Hizballah", "the Kremlin's officials"), a noun whose own sector is an armed or
    state one ("the Wagner Group's mercenaries": REB), or any person noun but a relational one
    (``relational_heads``: "critics") of a state organ, an IGO or an armed group ("the IAEA's
    inspectors", "the European Union's negotiators"). The people of a business or of a body of no
    such sector ("the executives of Gazprombank", "the cartel's top chemical brokers") are no
    agents of it: the keyless reading stands for them. Since 0.3.510."""
    if _agent_noun(root):
        return True
    owner = coder.for_key(key)
    return owner is not None and owner.sector in state_sectors() | _AGENT_BODY_SECTORS \
        and not relational_head(root.lower_)


def _agent_noun(root) -> bool:
    """Whether the person noun ``root`` itself names a body's agents: a group member or partitive
    noun (actor_heads.yaml ``group_member_heads`` / ``partitive_heads``) or a noun whose own sector
    is an armed or state one ("mercenaries": REB), whoever owns them (``_body_agents``)."""
    word = root.lower_
    if group_member_head(word) or partitive_head(word):
        return True
    own = agent_sector(root.text)
    return own is not None and own.sector in state_sectors() | _AGENT_BODY_SECTORS


def _people_of_keyed_body(doc, coder: "ActorCoder", key: str, root) -> Optional[ActorCode]:
    """The code of an actor phrase headed by ``root``, a plural person noun that a possessor or an
    "of" / "from" phrase names by its body (events._people_of_a_body: "the executives of several
    Colombian maritime transportation companies", "the cartel's top chemical brokers",
    "Mordashov's associates"), where ``key`` is only that body's: English grammar makes the head
    noun the referent, so the slot keys no entity (the body did not undergo the act; PLOVER's
    recipient of a sanction is who is designated) and the people act for the body's state, in no
    sector (a person noun says no sector: CAMEO codes such people by their state alone). None
    where ``root`` is no such noun or ``key`` names someone else, and since 0.3.510 where the people are
    the body's own agents (``_body_agents``). Since 0.3.561 only a noun of a body's own people
    (actor_heads.member_nouns: "executives", "staffers") takes its body's state; the people of any
    other relation ("critics of Ukraine", "captives of Hamas") are coded by no state or sector,
    ``ActorCode(None, None, reason)``, but the people of a country by allegiance, birth or
    residence (actor_heads.place_people_nouns: "nationals of Canada", "citizens of Ukraine") keep
    its state, in their noun's own sector (CVL for "citizens"), with no key; those of another place
    (a city's "residents") are read as before. Since 0.3.440.

    Shape: ``ActorCode(acts_for: ISO3 | None, sector: str | None, reason: str)`` or None."""
    from newsgraph.nlp.events import _members_of_a_body, _people_of_a_body, load_lexicon

    lex = load_lexicon()
    owner = _people_of_a_body(root, lex)
    if owner is None:
        return None
    owner_words = range(owner.left_edge.idx, owner.idx + len(owner))
    if not any(m.entity_key == key and m.start in owner_words for m in doc._.ng_mentions or []):
        return None
    place_people = place_people_word(root) and (key.startswith("country:") or owner.ent_type_ == "GPE")
    if place_people and key.startswith("country:"):
        # "nationals of Canada", "citizens of Ukraine", "residents of Belarus": the people of the
        # country the "of" / "from" phrase names (actor_heads.place_people_nouns, WordNet nouns
        # under national, inhabitant, native), who belong to it as "Canadians" do: its state, in
        # the sector their noun gives (CVL for "citizens"), keyed to no entity (they are not the
        # state: the state-people reading of 0.3.440, with no key where their noun has no sector)
        owned = coder.for_key(key)
        own = agent_sector(root.text)
        return ActorCode(owned.acts_for if owned is not None else None, own.sector if own is not None else None,
                         f"'{root.text}' of {key}: the country's people, not the country")
    if _members_of_a_body(root, lex) is None and not _agent_noun(root) and not place_people:
        # "critics of Ukraine", "captives of Hamas": no member, staff or agent noun
        # (actor_heads.member_nouns, WordNet), so the "of" object or possessor
        # is the other party of their relation, whose state and sector they do not take (since
        # 0.3.561); the people are still the actors, keyed to no one. A noun that itself names
        # agents ("the Wagner Group's mercenaries": REB) is read as before
        return ActorCode(None, None, f"'{root.text}' of {key}: the other party, not their body")
    if key.startswith("country:"):
        # a state's own people ("Belarus's athletes", "Ukraine's brave defenders") are coded with
        # the state's sectors (``_people_key``, CVL for its civilians), as before 0.3.440
        return None
    if _body_agents(coder, key, root):
        return None  # "Hamas's operatives", "the IAEA's inspectors": the body acting through its agents
    owned = coder.for_key(key)
    state = owned.acts_for if owned is not None else None
    return ActorCode(state, None, f"'{root.text}' of {key}, not {key} itself")


def _people_key(key: Optional[str], sector: Optional[str]) -> Optional[str]:
    """``key`` of a state ("country:CUB") for a phrase its demonym codes in one of the state's own
    sectors ("Israeli troops": MIL, "Cuban officials": GOV), else None: "Cubans took to the
    streets", "we stand with the Cuban people", "Russian banks" are the state's civilians or
    businesses (POLECAT: the state plus a CVL or BUS sector), not the state, so they key no entity
    and the graph does not count their acts as the state's (a protest against the regime would
    otherwise be the regime's)."""
    if key and key.startswith("country:") and sector and sector not in state_sectors():
        return None
    return key


def _placed_set(doc, coder: "ActorCoder", entity: Optional[EntityRecord], text: Optional[str],
                start: Optional[int], end: Optional[int]) -> Optional[ActorCode]:
    """The code of a set of designated parties that a state's name or demonym only places
    ("five Burmese individuals and five entities", "587 Russian individuals", "other Cuban
    individuals or entities"): a phrase headed by a noun that names parties of no one sector
    (``unsectored_heads`` of lexicons/actor_heads.yaml) is those parties, acting for the state
    but neither the state nor its government (PLOVER codes the actor, CAMEO has no state code
    for "individuals"); no sector. None when ``entity`` is not a state or the phrase is its name."""
    if entity is None or entity.type != "country" or not text or _fold(text) == _fold(entity.name):
        return None
    span = doc.char_span(start, end, alignment_mode="expand") if start is not None and end is not None else None
    if span is None:
        return None
    state = entity.code or entity.country
    if state and conflict_parties(span):
        # "the Yemeni parties": the nation's sides (government and opponents), not its government
        return ActorCode(state, None, f"the {span.root.lower_} of '{entity.name}' (conflict_party_heads)")
    if not (unsectored(span.root.text) or unsectored(text)):
        return None
    if not state:
        return None
    return ActorCode(state, None, f"a set of {span.root.lower_} that '{entity.name}' only places")


def _possessor_state(doc, coder: "ActorCoder", key: str, entity: Optional[EntityRecord], code: Optional[ActorCode],
                     start: Optional[int], end: Optional[int]) -> Optional[ActorCode]:
    """``code``, or for an organisation with no state of its own whose phrase names a possessor
    with one ("NBU's Computer Security Incident Response Team"), the possessor's state: a body
    owned by a state organ acts for that state. Since 0.3.300 also the parent body a named unit's
    "of" phrase names ("the Special Brigade of the Ministry of the Interior": coref keys the unit,
    ``_parent_body_key``)."""
    if entity is None or entity.type != "organization" or (code is not None and code.acts_for):
        return code
    owner = possessor_key(doc, start, end) or _parent_body_key(doc, key, start, end)
    owned = coder.for_key(owner) if owner and owner != key else None
    if owned is None or not owned.acts_for:
        return code
    return ActorCode(owned.acts_for, (code.sector if code is not None and code.sector else owned.sector),
                     f"possessor {owner} ({owned.reason})", publisher_default=owned.publisher_default)


def _placed_body_state(doc, entity: Optional[EntityRecord], code: Optional[ActorCode], start: Optional[int],
                       end: Optional[int]) -> Optional[tuple[str, str]]:
    """(ISO3, reason) for an organisation with no state of its own whose phrase a locative "in
    <place>" postmodifies ("the small business centres in southern Mexico" -> MEX): the body works
    where it is placed (place_actors ``_located_in``: the place's one state). None for an
    international or non-governmental body (IGO, NGO: of no state, wherever it works) and for a
    head that represents its sender elsewhere (linking_words.yaml ``representation_heads``: "the
    Embassy in Kyiv" is not Ukraine's). Since 0.3.300. Since 0.3.360 also None for a body
    that acts, its phrase the active subject of a verb or its "by" agent, alone or inside a larger
    phrase ("The Zentrix Council in Doha rejected the proposal", "negotiators of the Zentrix
    Council in Cairo rejected ..."): an acting body's "in <place>" is often where it met, not
    where it belongs; a body acted on ("coordinating with the centres in southern Mexico") keeps it."""
    from newsgraph.nlp.place_actors import _located_in, _mention_heads

    if entity is None or entity.type != "organization" or (code is not None and code.sector in ("IGO", "NGO")):
        return None
    heads = list(_mention_heads(doc, entity, start, end))
    if any(head.lemma_.lower() in LINKING_WORDS.representation_heads
           or head.lower_ in LINKING_WORDS.representation_heads for _m, head in heads):
        return None
    if any(_acting_phrase(head) for _m, head in heads):
        return None
    return _located_in(doc, entity, start, end)


def _acting_phrase(token) -> bool:
    """``token`` heads, or stands inside (through "of" phrases, compounds, appositions and
    conjuncts), a noun phrase that is the active subject of a verb or the "by" agent of a passive."""
    node = token
    for _ in range(8):
        if node.dep_ in ("nsubj", "csubj"):
            return True
        if node.dep_ == "pobj" and node.head.dep_ == "agent":
            return True
        if node.dep_ in ("pobj", "compound", "appos", "conj", "nmod", "poss") and node.head.i != node.i:
            node = node.head
        elif node.dep_ == "prep" and node.head.pos_ in ("NOUN", "PROPN") and node.head.i != node.i:
            node = node.head
        else:
            return False
    return False


def _parent_body_key(doc, key: str, start: Optional[int], end: Optional[int]) -> Optional[str]:
    """Key of the organisation the span names as the parent of its named unit ``key`` (its
    possessor or the body of the "of" phrase after it: coref's ``_parent_of_named_unit``), else None."""
    from newsgraph.nlp.coref import _parent_of_named_unit

    if start is None or end is None:
        return None
    inside = [m for m in doc._.ng_mentions or [] if m.entity_key and m.end > start and m.start < end]
    return next((m.entity_key for m in inside if m.entity_key != key and _parent_of_named_unit(doc, m, inside)), None)


def _owner_of_its(doc, coder: "ActorCoder", text: Optional[str], start: Optional[int],
                  end: Optional[int]) -> Optional[tuple[Optional[str], ActorCode]]:
    """(key, code) of an unresolved phrase opened by "its" from the body or state it refers to
    (nlp/actor_heads.py): an IGO's or NGO's officer is of that sector, a state's agent takes the
    state and the sector its words give. An unnamed single officer of an organisation ("the IAEA
    and its Director-General": a title head, singular) acts for that organisation, so the slot
    takes the organisation's key (CAMEO codes an office holder by the body they act for); groups
    ("its member states", "its people") and a state's agents keep no key."""
    owner = owner_pronoun_antecedent(doc, start, end)
    owned = coder.for_key(owner) if owner else None
    if owned is None or not (owned.acts_for or owned.sector):
        return None
    words = agent_sector(text)
    sector = owned.sector if owned.sector in ("IGO", "NGO") or words is None else words.sector
    code = ActorCode(owned.acts_for, sector, f"'its' = {owner} ({owned.reason})",
                     publisher_default=owned.publisher_default)
    return (owner if owner.startswith("org:") and _sole_officer(doc, start, end) else None), code


def _sole_officer(doc, start: Optional[int], end: Optional[int]) -> bool:
    """Whether the span's head is one singular title noun ("Director-General", "Secretary-General",
    "chairman"; ``roles.title_lexicon`` heads), the office holder rather than a group."""
    span = doc.char_span(start, end, alignment_mode="expand") if start is not None and end is not None else None
    if span is None or span.root.tag_ in ("NNS", "NNPS"):
        return False
    rest = " ".join(span.text.split()[1:]).lower()  # the words after "its"
    return span.root.lower_ in _title_heads() or rest in _title_heads()


def _means_patient_state(event, doc) -> None:
    """A stateless set of designated parties that a "by"-gerund of designation names, as the
    means of an act against one state's assets ("imposing costs on Russia's defense enterprises
    by sanctioning 22 defense-related firms"), acts for that state (actor_heads.means_patient_state);
    its sector stays what its words gave (business for "firms")."""
    found = means_patient_state(doc, event.target_start, event.target_end)
    if found is None:
        return
    state, words = found
    event.target_acts_for = state
    if not event.target_sector and event.target_text and business_head(event.target_text.split()[-1]):
        event.target_sector = "BUS"
    event.explanation = (event.explanation or "") + \
        f"; target acts for {state}: designated as the means of an act against '{words}'"


def _via_is_turn_label(doc, statement) -> bool:
    """Whether a statement's via is the label of the transcript turn that relays it (statements
    name a reporter's turn, "QUESTION", where no outlet is known): the NER may take the label for
    a name, but it is no entity to key."""
    if statement.via_start is None:
        return False
    turn = turn_at(doc, statement.via_start)
    return turn is not None and turn.start == statement.via_start


# a transcript label's count after the office ("SENIOR ADMINISTRATION OFFICIAL NUMBER ONE", "...
# OFFICIAL TWO"): which of several briefers speaks, no part of the body's name
_LABEL_COUNT = re.compile(r"\s+(?:number\s+)?(?:one|two|three|four|five|six|[1-9])$", re.IGNORECASE)
# prepositions that tie a speaker noun to its body ("officials at the ministry", "a spokesperson
# for the company", "representatives of the Church")
_SPOKES_PREPS = frozenset({"of", "at", "from", "for", "with"})


def _spokes_body(doc, text: Optional[str]) -> Optional[str]:
    """The key of the organisation an unnamed speaker speaks for, or None: a speaker phrase headed
    by a noun of one who speaks for a body (actor_heads.spokes_head: "official", "spokesperson")
    that names the body before it ("a senior State Department official", "SENIOR STATE DEPARTMENT
    OFFICIAL" as a transcript label, "Scientology officials", "the ministry's spokesperson") or
    in a prepositional phrase after it ("officials at the State Department"). Ranking and counting
    words ("senior", "two") are no part of the name; the rest must be exactly the name or an alias
    of one organisation the article names (coref's entities), capitalised as a name is, and no
    bare organisation keyword ("Administration", "Department": which one is not said). English
    grammar: a premodifying or "of/at/for" noun of such a head says whose voice it is; a news
    analyst attributes "officials said" to the body. Shape: speaker text -> entity key or None."""
    if not text:
        return None
    words = _LABEL_COUNT.sub("", " ".join(text.split()).strip(" ,.:;")).split()
    head = next((i for i, w in enumerate(words) if spokes_head(w)), None)
    if head is None:
        return None
    before = words[:head]
    while before and spokes_rank_word(before[0]):
        before = before[1:]
    if head == len(words) - 1:
        body = before
        if body and re.search(r"['’]s$", body[-1]):
            body[-1] = body[-1][:-2]  # "the ministry's spokesperson": the possessor is the body
    elif words[head + 1].lower() in _SPOKES_PREPS and not before:
        body = words[head + 2:]
        if body and body[0].lower() == "the":
            body = body[1:]
    else:
        return None  # "Representative Smith", "officials in Mariupol": a name or a place, no body
    if not body or not body[0][:1].isupper():
        return None  # "ministry officials": a description, for descriptions.described_antecedent
    name = " ".join(body)
    if len(body) == 1 and name.capitalize() in org_keywords():
        return None
    wanted = _fold(name)
    found = {key for key, entity in (doc._.ng_entities or {}).items() if entity.type == "organization"
             and any(_fold(re.sub(r"^the\s+", "", n, flags=re.IGNORECASE)) == wanted
                     for n in (entity.name, *entity.aliases))}
    return next(iter(found)) if len(found) == 1 else None


def link_facts(doc) -> None:
    """Fill speaker/via/source/target/location keys from the spans the extractors set, and
    every actor's ``acts_for`` and ``sector``."""
    for statement in doc._.ng_statements or []:
        join_content_parts(doc, statement)
        if not statement.speaker_key:
            statement.speaker_key = _key_for_span(doc, statement.speaker_start, statement.speaker_end)
        if _via_is_turn_label(doc, statement):
            continue  # a reporter's turn relays it ("QUESTION"): a role in the transcript, no entity
        if statement.via_start is not None and not statement.via_key:
            # "official Iranian news agency IRNA": the outlet, not the country its adjective names
            statement.via_key = _key_for_span(doc, statement.via_start, statement.via_end, ("organization",))
        if statement.via and not statement.via_key:
            # the NER can miss a second mention of an outlet named earlier: match it by name
            statement.via_key = _key_by_name(doc, statement.via)
    doc._.ng_events = _split_plural_pronouns(doc, doc._.ng_events or [])
    for event in doc._.ng_events or []:
        _widen_regional_sets(doc, event)
        if not event.source_key:
            event.source_key = _key_for_span(doc, event.source_start, event.source_end) \
                or _key_by_initials(doc, event.source_text)
        if not event.target_key:
            event.target_key = _key_for_span(doc, event.target_start, event.target_end) \
                or _key_by_initials(doc, event.target_text)
    coder = ActorCoder(doc)
    for statement in doc._.ng_statements or []:
        statement.speaker_key, code = _resolve_actor(doc, coder, statement.speaker_key, statement.speaker_text,
                                                     statement.speaker_start, statement.speaker_end)
        if code is not None:
            statement.speaker_acts_for, statement.speaker_sector = code.acts_for, code.sector
        if not statement.speaker_key and not statement.speaker_acts_for:
            found = described_antecedent(doc, statement.speaker_start, statement.speaker_end)
            if found is not None:  # "the ministry said", "the two sides said"
                statement.speaker_key, code = found.key, coder.for_key(found.key)
                if code is not None:
                    statement.speaker_acts_for, statement.speaker_sector = code.acts_for, code.sector
        if not statement.speaker_key:
            body = _spokes_body(doc, statement.speaker_text)
            if body is not None:  # "a State Department official said": the body speaks through them
                statement.speaker_key, code = body, coder.for_key(body)
                if code is not None:
                    statement.speaker_acts_for, statement.speaker_sector = code.acts_for, code.sector
    # statements first: a "we" inside a quote needs its speaker's side
    doc._.ng_events = unfold_mentions(doc._.ng_events or [])
    by_members: set[int] = set()
    for event in doc._.ng_events or []:
        _unbind_conjunct_source(doc, event)
        if _publisher_acts(coder, event):
            event.source_key = _country_key(doc, coder.outlet.acts_for)
            event.source_acts_for, event.source_sector = coder.outlet.acts_for, coder.outlet.sector
            event.explanation = (event.explanation or "") + \
                f"; source = the publishing state ({coder.outlet.reason}): an agentless designation in its own release"
        else:
            event.source_key, code = _resolve_actor(doc, coder, event.source_key, event.source_text,
                                                    event.source_start, event.source_end)
            code = _with_apposed_nationality(doc, code, event.source_start, event.source_end)
            if code is not None:
                event.source_acts_for, event.source_sector = code.acts_for, code.sector
                if code.reason.startswith(MEMBERS_REASON):
                    by_members.add(id(event))
        event.target_key, code = _resolve_actor(doc, coder, event.target_key, event.target_text,
                                                event.target_start, event.target_end)
        code = _with_apposed_nationality(doc, code, event.target_start, event.target_end)
        paired = _state_pair_target(doc, coder, event) or _pair_undertaking_partner(doc, coder, event)
        if paired is not None:
            event.target_key, code = paired
        if code is not None and code.reason.startswith(MEMBERS_REASON):
            by_members.add(id(event))
        if code is None and not event.target_key:
            code = _protest_people_code(event)
        code = _foreign_target(coder, event, code)
        code = _without_meeting_venue(event, code)
        if code is not None:
            event.target_acts_for, event.target_sector = code.acts_for, code.sector
        _restricted_destination(doc, coder, event)
        if not event.target_key and not event.target_acts_for:
            _them_as_its_antecedent(doc, coder, event)
        if not event.target_key and not event.target_acts_for:
            _it_antecedent(doc, coder, event)
        if not event.target_key and not event.target_acts_for:
            _means_patient_state(event, doc)
        _resolve_descriptions(doc, coder, event)
        _counterpart_target(doc, coder, event)
        _speaker_experiencer(doc, coder, event)
        demands = _publisher_demands(coder, event) or _joint_recommendation(coder, event)
        measures = not demands and _publisher_measures(coder, event)
        accuses = not demands and not measures and _publisher_accuses(coder, event)
        joint = coder.joint_voice if demands or measures or accuses else None
        if joint is not None and event.sentence_start >= joint[0]:
            # "We, the G7 Foreign Ministers ..." / "Joint Statement of the United States and
            # Germany": the joint statement's own words are its signatories', not the publisher's
            # (its obligations, warnings, listed measures and relayed accusations as its "we")
            event.source_key, code = _voice_key(doc, joint, None, None, None), joint[2]
            event.source_acts_for, event.source_sector = code.acts_for, code.sector
            told = ("a warning" if event.type == "THREATEN" else "an obligation") if demands \
                else "a measure" if measures else "an accusation"
            event.explanation = (event.explanation or "") + \
                f"; source = the signatories of the joint statement: {told} in its own words"
        elif demands:
            event.source_key = _country_key(doc, coder.outlet.acts_for)
            event.source_acts_for, event.source_sector = coder.outlet.acts_for, coder.outlet.sector
            told = "a warning" if event.type == "THREATEN" else "an obligation"
            event.explanation = (event.explanation or "") + \
                f"; source = the publishing state ({coder.outlet.reason}): {told} in its own release's words"
        elif measures:
            event.source_key = _country_key(doc, coder.outlet.acts_for)
            event.source_acts_for, event.source_sector = coder.outlet.acts_for, coder.outlet.sector
            event.explanation = (event.explanation or "") + \
                f"; source = the publishing state ({coder.outlet.reason}): a measure its own release lists with no agent"
        elif accuses:
            event.source_key = _country_key(doc, coder.outlet.acts_for)
            event.source_acts_for, event.source_sector = coder.outlet.acts_for, coder.outlet.sector
            event.explanation = (event.explanation or "") + \
                f"; source = the publishing state ({coder.outlet.reason}): an accusation its own release relays from unnamed reports"
    if by_members:
        doc._.ng_events = _without_member_repeats(doc._.ng_events, by_members)
    for key, entity in (doc._.ng_entities or {}).items():
        if entity.type in ("person", "organization", "country", "group"):
            code = coder.for_key(key)
            if code is not None:
                entity.acts_for, entity.sector = code.acts_for, code.sector
    if doc._.ng_events:
        from newsgraph.nlp.events import linked_actor_check, political_actor_check

        doc._.ng_events = political_actor_check(linked_actor_check(doc._.ng_events, doc), doc)
        # a later member of a list of people nouns: the list's demonym and sector (before context)
        _share_list_codes(doc, coder, doc._.ng_events)
        # "Russia's and Belarus' athletes": each owner stands for its own people the noun names
        _coordinated_owner_people(doc, doc._.ng_events)
        # after the checks: context places a generic agent, it does not make an event
        place_generic_agents(doc, coder.outlet, doc._.ng_events)
        # a named ministry, police or army unit of no state: the one state of its context
        place_state_bodies(doc, coder.outlet, doc._.ng_events, aimed_types=frozenset(_HOSTILE_TYPES))
        # a group met on an official's trip with no state of its own is the host's
        place_trip_partners(doc, coder.outlet, doc._.ng_events)
        # an agentless arrest, detention, sentence ...: the authorities of the state where it happens
        place_state_acts(doc, coder.outlet, doc._.ng_events, _country_key)
        # an aid act naming no recipient in a release titled as aid to one state: that state
        place_aid_recipients(doc, coder.outlet, doc._.ng_events, _country_key)
        # talks on an official's trip naming no party: with the host of the leg
        place_trip_hosts(doc, coder.outlet, doc._.ng_events, _country_key)
        # a delegation led to a meeting another state hosts, no counterpart named: with the host
        place_delegation_hosts(doc, coder.outlet, doc._.ng_events, _country_key)
        # an aid act naming no recipient in an article whose aid all goes to one state: that state
        place_context_aid_recipients(doc, coder.outlet, doc._.ng_events, _country_key)
        # a protest by a state's own people naming no target: against that state's government
        place_protest_regimes(doc, coder.outlet, doc._.ng_events, _country_key)
        # an attack on property or ground naming no recipient: the state it belongs to
        place_attacked_states(doc, coder.outlet, doc._.ng_events, _country_key)
        # a stance on "the launches" / "this aggression": the doer of that act, told earlier
        target_act_doers(doc, doc._.ng_events, _key_for_span, coder.for_key)
        # a call naming no addressee in a statement whose other calls and title name one state's government
        place_statement_addressees(doc, doc._.ng_events, _country_key)
        for event in doc._.ng_events:
            _own_opposition(doc, event)  # after context: the article's own placing of the target wins
            _repressed_society(doc, event)
        _key_government_descriptions(doc, doc._.ng_events)
        _key_title_holders(doc, doc._.ng_events)
        # a readout's act whose source only now resolves to one side of its meeting ("The President"
        # keyed by the title holder): to the other side
        _readout_counterparts(doc, doc._.ng_events)
        # a named party of a designation left unplaced beside co-designees all placed in one state
        _place_co_designees(coder, doc._.ng_events)
    # a statement's speaker given as a bare title ("The President reiterated that ..."), as an
    # event's actor is above: the one holder of that title the article names
    _key_title_holders(doc, (), doc._.ng_statements)
    _key_state_titles(doc, doc._.ng_events, doc._.ng_statements)
    # after every pass that places an actor: a trip by no political actor is no visit
    from newsgraph.nlp.events import private_trip_check

    doc._.ng_events = private_trip_check(doc._.ng_events or [], doc)
    doc._.ng_events = _without_repeated_dyads(doc, fold_mentions(doc._.ng_events or []))
    doc._.ng_events = _without_complement_readings(doc, doc._.ng_events)
    # a counted summary ("designating six entities") whose parties the next sentences name: evidence of those acts
    from newsgraph.nlp.events import (fold_counted_summaries, fold_dealing_bans, fold_delegation_leaders,
                                      fold_restated_acts, fold_sanction_previews)

    doc._.ng_events = fold_counted_summaries(doc, doc._.ng_events)
    # a prohibition of dealings beside the measure on the same party: that measure's effect, one act
    doc._.ng_events = fold_dealing_bans(doc, doc._.ng_events)
    # a briefing's "will sanction X" beside its own "Today ... designated X": the measure's evidence
    doc._.ng_events = fold_sanction_previews(doc, doc._.ng_events)
    # "X led the U.S. delegation" beside the meeting the readout codes: a side of that meeting, one event
    doc._.ng_events = fold_delegation_leaders(doc, doc._.ng_events)
    # a warning or a signing recounted in another sentence, its actors known only now: one act
    doc._.ng_events = fold_restated_acts(doc, doc._.ng_events)
    # after folding (its copies share one happening's mentions): each signatory of a joint voice acts
    doc._.ng_events = _split_joint_voices(doc, coder, doc._.ng_events)
    # after the folds that read a planned threat: a threat is made when told; an act the
    # publisher's own government reports of itself is no relayed claim
    from newsgraph.nlp.events import actorless_check, own_reports, threats_made

    doc._.ng_events = own_reports(doc, threats_made(doc._.ng_events or []), releasing_state(coder.outlet),
                                  lambda event: _own_release_voice(coder, event))
    # after every pass and fold that can give an act its doer: one with none left is no PLOVER event
    doc._.ng_events = actorless_check(doc._.ng_events or [])
    for event in doc._.ng_events or []:
        # whatever route coded them ("their people", "American and Canadian citizens"), a
        # state's civilians or businesses are no entity of the state (_people_key)
        event.source_key = _people_key(event.source_key, event.source_sector)
        event.target_key = _people_key(event.target_key, event.target_sector)
        _police_aid_mode(doc, event)
    acting_for = affiliations(doc) if doc._.ng_events else {}
    for event in doc._.ng_events or []:
        event.source_affiliation_key = event.source_affiliation_key or acting_for.get(event.source_key)
        event.target_affiliation_key = event.target_affiliation_key or acting_for.get(event.target_key)


def _place_co_designees(coder: "ActorCoder", events: list) -> None:
    """Give a named target (person or organisation key) of a SANCTION that no word placed the state
    of its co-targets: the other targets of the same act (same trigger and source: "The U.S.
    Treasury is sanctioning ..., Camila Antonia Ortega Murillo, ...; Leonardo Ovidio Reyes
    Ramirez, the President of the Central Bank of Nicaragua; ...", "prohibited from engaging in
    transactions with Sberbank or Alfa Bank") when every one of them that is placed is placed
    in one state other than the source's, and at least one is a named party its own words place
    there (its key's code, not a context default such as the article's focus state). One
    designation names the parties of one programme (OFAC's Nicaragua-related, Russia-related
    designations), so the parties it lists together share the state the others' own words give;
    co-targets of several states ("located in Iran, Hong Kong, and the UAE") give none. Sets
    ``target_acts_for`` in place."""
    acts: dict[tuple, list] = {}
    for event in events:
        if event.type == "SANCTION":
            acts.setdefault((event.trigger_start, event.source_key), []).append(event)
    for together in acts.values():
        placed = {e.target_acts_for for e in together if e.target_acts_for}
        if len(placed) != 1:
            continue
        state = next(iter(placed))
        named = [other.target_key for other in together if (other.target_key or "").startswith(("person:", "org:"))]
        if not any((code := coder.for_key(key)) is not None and code.acts_for == state and not code.publisher_default
                   for key in named):
            continue  # "other individuals and entities ...": placed only by the article's focus state
        for event in together:
            if event.target_acts_for or not (event.target_key or "").startswith(("person:", "org:")) \
                    or state == event.source_acts_for:
                continue
            event.target_acts_for = state
            event.explanation = (event.explanation or "") + \
                f"; target state = {state}, the one state of its co-targets in the same act"


def _police_recipient(doc, event) -> bool:
    """The event's target is a police force: sector POL (Phoenix COP), or "police" a word of its
    text or of its entity's name or aliases ("the HNP", named "Haitian National Police")."""
    if event.target_sector == "POL":
        return True
    names = [event.target_text or ""]
    entity = (doc._.ng_entities or {}).get(event.target_key) if event.target_key else None
    if entity is not None:
        names += [entity.name or "", *(entity.aliases or [])]
    return any("police" in name.lower().split() for name in names)


def _police_aid_mode(doc, event) -> None:
    """AID to a police force carries no 'military' mode ("donated 60 vehicles to the HNP"): the
    codebook's military covers "official state military bodies, excluding ... law enforcement"
    (PLOVER context 'military'), so police assistance is aid of no military kind."""
    if event.type != "AID" or event.mode != "military" or not _police_recipient(doc, event):
        return
    event.mode = None
    event.explanation = (event.explanation or "") + \
        "; mode military dropped: the recipient is a police force (law enforcement is no military body)"


def _it_antecedent(doc, coder: "ActorCoder", event) -> None:
    """Make an object "it" target that coreference left unresolved the state or organisation it
    stands for. The extractor takes "it" as a target only where the verb makes it the doer of an
    act (``events._kept_from_acting``), so it is a party; singular "it" agrees with a body or a
    state, never a person, and a personal pronoun object is free in its clause (binding
    Principle B: never the clause's own subject, the source), as
    ``actor_heads.owner_pronoun_antecedent`` reads "its".

    The antecedent is grammatical, not the nearest name: the nearest body or state before "it" in
    its sentence that is the subject of an earlier clause or a possessor ("Taiwan wants to join
    the WHO, but China is blocking it" -> Taiwan, not the WHO object; "cut off Taiwan's relations
    ... and blocking it" -> Taiwan): subjects are the salient antecedents of a later pronoun
    (centering; Grosz, Joshi & Weinstein 1995), an object or a prepositional object is not taken.
    Where the sentence has none, the subject of the sentence before ("Kosovo applied to join
    UNESCO. Serbia blocked it from joining." -> Kosovo). Left as it is (and dropped by the
    linked-actor check) when none is found, or when a nearer singular common noun that is no
    party stands between the antecedent and "it" ("drafted a sanctions package, but Hungary
    blocked it from taking effect": "it" may be the package). A possessive "its" the event layer
    took as a target because it cannot agree with its clause's subject
    (``events.targets._free_possessor``: "she criticized its decision") is read the same way
    (since 0.3.790)."""
    if (event.target_text or "").strip().lower() not in ("it", "its") or event.target_start is None:
        return
    pronoun = doc.char_span(event.target_start, event.target_end, alignment_mode="expand")
    if pronoun is None or not len(pronoun):
        return
    sentence, said = pronoun[0].sent, pronoun[0].lower_
    own = {event.source_key} if event.source_key else set()
    mentions = [m for m in doc._.ng_mentions or [] if m.entity_key and m.entity_key not in own
                and m.type in ("organization", "country") and m.kind != "demonym"
                and not (event.source_start is not None and m.start < (event.source_end or 0)
                         and event.source_start < m.end)]
    found = _it_subject(doc, [m for m in mentions if sentence.start_char <= m.start
                              and m.end <= event.target_start], _IT_ROLES)
    if found is None and sentence.start > 0:
        previous = doc[sentence.start - 1].sent
        found = _it_subject(doc, [m for m in mentions if previous.start_char <= m.start
                                  and m.end <= previous.end_char], _SUBJECT_DEPS)
    spans = [(m.start, m.end) for m in doc._.ng_mentions or []]
    if event.source_start is not None:
        spans.append((event.source_start, event.source_end or event.source_start))
    if found is None or _it_nearer_thing(doc, spans, found.end, event.target_start):
        return
    event.target_start, event.target_end, event.target_text = found.start, found.end, doc.text[found.start:found.end]
    event.target_key, code = _resolve_actor(doc, coder, found.entity_key, event.target_text, found.start, found.end)
    if code is not None:
        event.target_acts_for, event.target_sector = code.acts_for, code.sector
    event.explanation = (event.explanation or "") + \
        f"; target = '{event.target_text}', which the object '{said}' stands for (subject or possessor before it)"


# dependency labels of a clause subject: the antecedent "it" may take in the sentence before
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# ... and in its own sentence, where a possessor ("Taiwan's relations") also counts
_IT_ROLES = _SUBJECT_DEPS | {"poss"}


def _it_subject(doc, mentions: list, roles: frozenset):
    """The mention (of ``mentions``, char spans in ``doc``) latest in the text whose span root
    fills one of the dependency ``roles`` (a compound name counts by its head), or None."""
    chosen = None
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = span.root
        while root.dep_ == "compound" and root.head.i != root.i:
            root = root.head
        if root.dep_ in roles and (chosen is None or m.end > chosen.end):
            chosen = m
    return chosen


def _it_nearer_thing(doc, spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a singular common noun that is a clause's core argument (subject or object,
    ``_CORE_DEPS``: a salient antecedent; a prepositional object as in "applied for membership" is
    not) lies between char offsets ``start``
    and ``end`` outside every (start, end) char span of ``spans`` (the named actors and the
    source) and names no people: a nearer thing
    ("a sanctions package") singular "it" agrees with as well as the party."""
    for token in doc.char_span(start, end, alignment_mode="expand") or ():
        if token.idx < start or token.idx + len(token) > end:
            continue
        if token.pos_ != "NOUN" or token.tag_ != "NN" or token.dep_ not in _CORE_DEPS or token.ent_type_:
            continue
        if any(a <= token.idx < b for a, b in spans) or _people_noun(token):
            continue
        return True
    return False


def _them_as_its_antecedent(doc, coder: "ActorCoder", event) -> None:
    """Make an object "them" target that resolved to no entity or state its antecedent's own
    words, where ``_plural_antecedent`` finds one in its sentence and that is a plural common noun
    of people ("hold smugglers accountable and cut them off", "sanctioned over 300 persons and
    entities ..., thereby cutting them off", "make examples of protesters ..., charging them"):
    the pronoun stands for them, so they are the act's recipient (PLOVER's target is who the act
    is aimed at), named as the sentence names them, with the state or sector that noun gives.
    A possessive "their" the event layer took as a target because it cannot agree with its
    clause's subject ("The United States salutes their bravery": ``events.targets._free_possessor``)
    is read as "them" is (since 0.3.790)."""
    if (event.target_text or "").strip().lower() not in _FREE_PLURAL_PRONOUNS or event.target_start is None:
        return
    antecedent = _plural_antecedent(doc, event.target_start, event.target_end)
    span = doc.char_span(antecedent[0], antecedent[1], alignment_mode="expand") if antecedent is not None else None
    if span is None or span.root.pos_ != "NOUN" or span.root.tag_ != "NNS" or span.root.ent_type_:
        # no plural noun of people in its own sentence: the nearest plural before it, where
        # that is a group of people and no other plural of people competes
        antecedent = _people_them_antecedent(doc, coder, event.target_start, event.target_end)
        if antecedent is None:
            return
    if event.source_start is not None and antecedent[0] < (event.source_end or 0) and event.source_start < antecedent[1]:
        return  # never the act's own doer
    pronoun = event.target_text
    event.target_start, event.target_end, event.target_text = antecedent
    event.target_key, code = _resolve_actor(doc, coder, _key_for_span(doc, *antecedent[:2]), antecedent[2], *antecedent[:2])
    if code is not None:
        event.target_acts_for, event.target_sector = code.acts_for, code.sector
    event.explanation = (event.explanation or "") + f"; target = '{antecedent[2]}', which the object '{pronoun}' stands for"


# entity types of a plural that is no referent a pronoun takes: a date, a time, an amount ("in
# recent days", "two years"): passed over when looking back for what "them" stands for
_NOT_REFERENT_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
# how many sentences before its own an object "them" looks back for a group of people
_THEM_PEOPLE_SENTENCES_BACK = 2
# a clause's core arguments (subject, object): salient antecedents whatever they name
_CORE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})


def _only_people_word(token) -> bool:
    """Whether ``token`` is a common noun that names people and nothing else: a plural noun of
    people (``_people_noun``: "contractors", "citizens", "students"), a plural population noun
    ("people", "nationals"), or a staff noun ("staff", "personnel": mass nouns of people, plural in
    sense)."""
    if token.pos_ != "NOUN":
        return False
    lemma = token.lemma_.lower()
    if lemma in _STAFF_NOUNS:
        return True
    return token.tag_ == "NNS" and (_people_noun(token) or lemma in _POPULATION_NOUNS or token.lower_ in _POPULATION_NOUNS)


def _plural_form(token) -> bool:
    """Whether ``token`` could be what a plural pronoun stands for by its number: a plural noun
    (no date or amount), a staff noun, a plural pronoun ("they", "them", "their"), or the first of
    a coordination of nouns or names ("Russia and China", "staff and contractors")."""
    if token.ent_type_ in _NOT_REFERENT_ENTS:
        return False
    if token.pos_ == "PRON":
        return token.lower_ in ("they", "them", "their", "theirs", "themselves")
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    return token.tag_ in ("NNS", "NNPS") or token.lemma_.lower() in _STAFF_NOUNS \
        or any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in token.children)


def _people_them_antecedent(doc, coder: "ActorCoder", start: Optional[int],
                            end: Optional[int]) -> Optional[tuple[int, int, str]]:
    """(start, end, text) of the group of people an object "them" stands for, where neither its
    clause's subject nor anything coreferent with it is that group (binding, Principle B): the
    nearest plural before the pronoun, in its own sentence or up to ``_THEM_PEOPLE_SENTENCES_BACK``
    sentences back in its paragraph, when that plural (with its conjuncts) names people only
    (``_only_people_word``: "our locally employed staff and contractors at U.S. Mission Russia. We thank
    them"). English pronouns agree in number, and "them" with an act aimed at an actor stands
    for the nearest plural that agrees; so precision first: None where the nearest plural is a
    thing ("the sanctions ... lift them"), a plural pronoun (left to ``_plural_antecedent``), or a
    name, or where another plural of people, another actor noun, or another plural subject or
    object in the same sentence competes with it."""
    from newsgraph.nlp.coref import clause_subjects
    from newsgraph.nlp.events import _actor_span, _is_actor, load_lexicon

    span = doc.char_span(start, end, alignment_mode="expand") if start is not None else None
    if span is None or span.root.lower_ not in _FREE_PLURAL_PRONOUNS:
        return None
    pronoun, text, lex = span.root, doc_text(doc), load_lexicon()
    bound = [(a, b, text[a:b]) for a, b in (_actor_span(s) for s in clause_subjects(pronoun))
             if not (a <= pronoun.idx < b)]

    def group_of(token) -> list:
        root = token
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        return [root] + [c for c in root.conjuncts if c.i != root.i]

    def is_bound(root) -> bool:
        a, b = _actor_span(root)
        return any(a <= s[0] < b or s[0] <= a < s[1] or _same_actor(doc, coder, (a, b, text[a:b]), s) for s in bound)

    sent, limit = pronoun.sent, pronoun.i
    for _ in range(_THEM_PEOPLE_SENTENCES_BACK + 1):
        seen: set[int] = set()
        for token in reversed(doc[sent.start:limit]):
            if token.i in seen or not _plural_form(token):
                continue
            group = group_of(token)
            seen.update(t.i for t in group)
            if token.pos_ == "PRON" and token.sent.start != pronoun.sent.start and token.dep_ == "poss" \
                    and pronoun.lower_ == "their":
                # "The Ukrainian people ... defend their nation. The United States salutes their
                # bravery": a possessive "their" of an earlier sentence is a link of the same
                # chain, whose head is the plural noun before it (rivals are still checked there)
                continue
            if token.pos_ == "PRON" or any(t.pos_ != "NOUN" for t in group):
                if token.pos_ != "PRON" and is_bound(group[0]):
                    continue  # the clause's own subject ("The United States ... We thank them")
                return None  # a plural pronoun or a name is nearer: not read here
            if not all(_only_people_word(t) for t in group):
                return None  # a thing is the nearest plural: "them" may be it
            rivals = [t for t in doc[sent.start:limit] if t.i not in seen and t.pos_ == "NOUN" and _plural_form(t)
                      and group[0].i not in {c.i for c in t.conjuncts}
                      and (_only_people_word(t) or t.dep_ in _CORE_DEPS or _is_actor(t, lex, allow_pronoun=False))]
            if rivals:
                # another group of people, another actor, or a plural subject or object (as
                # salient an antecedent as any, people or not): no antecedent is certain
                return None
            a, b = _actor_span(group[0])
            return a, b, text[a:b]
        if sent.start == 0:
            return None
        before = doc[sent.start - 1].sent
        if "\n\n" in text[before.start_char:sent.start_char]:
            return None  # a paragraph ends: "them" is not carried over
        sent, limit = before, before.end
    return None


def _pronoun_members(doc, start: Optional[int], end: Optional[int], events: Sequence = ()) -> list[tuple[int, int, str]]:
    """(start, end, text) of each actor a "they"/"them" at ``start``:``end`` stands for where its
    antecedent (``_plural_antecedent``) is a coordination of named actors ("Under Secretary Nuland
    and Deputy Secretary General Mora welcomed ... They condemned ...": Nuland, Mora): a plural
    pronoun refers to the whole coordination, each member as the event layer splits conjoined
    actors (``events._with_conjuncts``); or where it is a participant noun ("the two sides") that
    stands for such co-subjects (``_participant_pair``, ``events`` the Doc's events). [] for any
    other antecedent (one plural noun, one state)."""
    from newsgraph.nlp.events import _actor_span, _with_conjuncts

    antecedent = _plural_antecedent(doc, start, end)
    if antecedent is None:
        return []
    span = doc.char_span(antecedent[0], antecedent[1], alignment_mode="expand")
    if span is None:
        return []
    pair = _participant_pair(doc, antecedent, events)
    if pair:
        return pair
    head = span.root
    if not (_coordinated_persons(head) or (head.ent_type_ in ("GPE", "ORG", "NORP") and any(
            c.dep_ == "conj" and c.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") for c in head.children))):
        return []
    members = _with_conjuncts(head)
    if len(members) < 2:
        return []
    text = doc_text(doc)
    return [(a, b, text[a:b]) for a, b in (_actor_span(m) for m in members)]


def _participant_pair(doc, antecedent: tuple[int, int, str], events: Sequence) -> list[tuple[int, int, str]]:
    """(start, end, text) of the two named co-subjects a participant noun no entity names ("the
    two sides", "the two leaders": ``events._participant_noun``) stands for, at ``antecedent``:
    those of the latest sentence before it whose main-clause subject is two named actors joined
    by "and" (``events._co_subject_sides``: "Under Secretary Nuland and Deputy Secretary General
    Mora welcomed ... and discussed ... The two sides emphasized ... They also underscored that
    they will continue to urge China": Nuland, Mora), as ``events.resolve_participants`` reads
    such a noun as a source. [] where no such sentence comes before it, or where a meeting
    between other named sides is reported after that sentence (the noun may be that meeting's
    participants, whose joint act the event layer tells once, not once per side)."""
    from newsgraph.nlp.events import _co_subject_sides, _named_at, _participant_noun, load_lexicon

    start, end, text = antecedent
    if not events or _named_at(doc, start, end) or not _participant_noun(" ".join(text.lower().split()), load_lexicon()):
        return []
    pairs = [p for p in _co_subject_sides(doc, list(events[:1])) if p.sentence_end <= start]
    if not pairs:
        return []
    pair = pairs[-1]
    sides = {(pair.source_start, pair.source_end), (pair.target_start, pair.target_end)}
    if any(e.type == "CONSULT" and pair.sentence_start <= e.sentence_start and e.sentence_end <= start
           and _named_at(doc, e.source_start, e.source_end) and _named_at(doc, e.target_start, e.target_end)
           and {(e.source_start, e.source_end), (e.target_start, e.target_end)} != sides for e in events):
        return []
    return [(pair.source_start, pair.source_end, pair.source_text), (pair.target_start, pair.target_end, pair.target_text)]


def _participant_members(doc, event, events: Sequence) -> list[tuple[int, int, str]]:
    """(start, end, text) of the two named co-subjects (``_participant_pair``) an event's source
    stands for where its actor span is a participant noun only with the determiner the span
    leaves out (``events._actor_span`` keeps a numeral, no determiner): "President Biden and
    President López Obrador announced ... both countries pledged to create working groups" (the
    source "countries": "both" gives a state noun the count it needs, ``events._participant_noun``).
    A source that is a participant noun by itself was read by ``events.resolve_participants``
    (and left as it is there for a reason): []; [] too for anything else."""
    from newsgraph.nlp.events import _participant_noun, load_lexicon

    start, end = event.source_start, event.source_end
    span = doc.char_span(start, end, alignment_mode="expand") if start is not None and end is not None else None
    if span is None or not len(span) or _participant_noun(span.text, load_lexicon()):
        return []
    left = [t.lower_ for t in span.root.lefts if t.i < span.start and t.dep_ in ("det", "predet")]
    if not left:
        return []
    return _participant_pair(doc, (start, end, " ".join([*left, span.text])), events)


def _description_members(doc, event, side: str, other: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each named actor a plural definite description in an event's
    ``side`` slot stands for ("these countries", "these partners" after a list of named states
    and bodies: ``descriptions.described_antecedent``), at its latest mention before the
    description; [] for anything else, or where the event's other actor is one of them."""
    start, end = getattr(event, f"{side}_start"), getattr(event, f"{side}_end")
    if start is None or end is None:
        return []
    other_key = _key_for_span(doc, getattr(event, f"{other}_start"), getattr(event, f"{other}_end"))
    found = described_antecedent(doc, start, end, exclude=(other_key,),
                                 other_span=(getattr(event, f"{other}_start"), getattr(event, f"{other}_end")))
    if found is None or len(found.members) < 2 or len(found.spans) != len(found.members):
        return []
    text = doc_text(doc)
    return [(a, b, text[a:b]) for a, b in found.spans]


# heads of a subject that takes up the measure just told: "This action targets ...", "Today's
# designations target ..." (English anaphora: the demonstrative or dated action is the one named before)
_MEASURE_ANAPHORS = frozenset({"action", "actions", "designation", "designations"})


def _counted_parties(span) -> Optional[int]:
    """How many parties a counted set of designated parties names ("one Cuban individual and one
    Cuban entity": 2, "four individuals and one entity": 5): the sum of the counts on its heads
    of designated parties (actor_heads.yaml ``designated_*_heads``); None where a head of the set
    has no count or nothing is counted."""
    total, heads = 0, 0
    for token in span:
        if token.pos_ != "NOUN" or designated_kind(token.lower_) is None and designated_kind(token.lemma_) is None:
            continue
        heads += 1
        value = counted_value(token)
        if value is None:
            return None
        total += value
    return total if heads else None


def _targeted_members(doc, event) -> list[tuple[int, int, str]]:
    """(start, end, text) of each party a measure's counted target stands for where the very next
    sentence names them as what "this action" targets ("OFAC sanctioned one Cuban individual and
    one Cuban entity ... This action targets the Cuban Minister of Defense and the Brigada Especial
    Nacional ..."): a designation release names its parties after counting them, and the
    demonstrative subject takes up the measure just told. Only where the named objects are as
    many as the set counts (``_counted_parties``); [] otherwise."""
    from newsgraph.nlp.events import _actor_span, _with_conjuncts

    if event.type != "SANCTION" or event.target_start is None or event.target_end is None:
        return []
    span = doc.char_span(event.target_start, event.target_end, alignment_mode="expand")
    if span is None or span.sent.end >= len(doc):
        return []
    wanted = _counted_parties(span)
    if not wanted or wanted < 2:
        return []
    sentence = doc[span.sent.end].sent
    verb = sentence.root
    if verb.lemma_.lower() != "target" or verb.pos_ != "VERB":
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if len(subjects) != 1 or len(objects) != 1 or subjects[0].lower_ not in _MEASURE_ANAPHORS \
            or subjects[0].left_edge.i != sentence.start \
            or not any(c.dep_ in ("det", "poss") for c in subjects[0].children):
        return []
    members = _with_conjuncts(objects[0])
    if len(members) != wanted:
        return []
    text = doc_text(doc)
    return [(a, b, text[a:b]) for a, b in (_actor_span(m) for m in members)]


def _split_plural_pronouns(doc, events: list) -> list:
    """``events`` with each one whose source or target is a "they"/"them" standing for
    coordinated named actors (``_pronoun_members``) told once per member, same trigger and
    evidence: POLECAT codes an event with coordinated actors once per actor, as the event layer
    does for "Chile, Norway and Japan welcome ...". So too a plural description of listed actors
    (``_description_members``) and a source that "both" makes the named co-subjects' pair
    (``_participant_members``). The copies carry no merged tellings (those stay with the first)."""
    out = []
    for event in events:
        copies = [event]
        for side in ("source", "target"):
            text = getattr(event, f"{side}_text")
            other = "target" if side == "source" else "source"
            if not text or getattr(event, f"{side}_key"):
                continue
            pronoun = text.strip().lower() in ("they", "them")
            if pronoun:
                members = _pronoun_members(doc, getattr(event, f"{side}_start"), getattr(event, f"{side}_end"), events)
            else:
                members = _description_members(doc, event, side, other) or (
                    _participant_members(doc, event, events) if side == "source" else [])
            targeted = _targeted_members(doc, event) if side == "target" and not members else []
            members = members or targeted
            split = []
            for made in copies:
                for k, (a, b, name) in enumerate(members):
                    if (a, b) == (getattr(made, f"{other}_start"), getattr(made, f"{other}_end")):
                        continue  # never an actor toward itself
                    one = made if k == 0 else copy.copy(made)
                    if k:
                        one.merged_mentions = ()
                    setattr(one, f"{side}_start", a)
                    setattr(one, f"{side}_end", b)
                    setattr(one, f"{side}_text", name)
                    one.explanation = (one.explanation or "") + (
                        f"; {side} = one of the coordinated actors '{text}' stands for" if pronoun else
                        f"; {side} = one of the {len(members)} parties '{text}' counts, named next as what the action targets"
                        if targeted else
                        f"; {side} = one of the named actors listed before that '{text}' refers back to")
                    split.append(one)
            copies = split or copies
        out.extend(copies)
    return out


def unfold_mentions(events: list) -> list:
    """Every mention of every event (``events.merged_mentions``: the tellings of one happening
    merged before linking), each tagged with its event's index (``mention_group``) and the face
    with ``was_face``: the linker resolves and checks each mention on its own words, so a face
    whose actor it cannot resolve does not drop a mention it can (``fold_mentions``)."""
    out = []
    for group, event in enumerate(events):
        spans = tuple(event.evidence_spans or [(event.sentence_start, event.sentence_end)])
        members = (event, *event.merged_mentions)
        for mention in members:
            mention.mention_group, mention.was_face, mention.group_spans = group, mention is event, spans
            mention.group_members = members
            mention.happening_rejected = False
            out.append(mention)
        event.merged_mentions = ()
    return out


def _resolved_sides(event) -> tuple[int, int]:
    """(actor slots resolved to a key or a state, actor slots filled)."""
    sides = [s for s in ("source", "target") if getattr(event, f"{s}_text") or getattr(event, f"{s}_key")
             or getattr(event, f"{s}_acts_for")]
    return sum(bool(getattr(event, f"{s}_key") or getattr(event, f"{s}_acts_for")) for s in sides), len(sides)


def _grouped_in_order(items: list, key: Callable) -> list:
    """``items`` with those sharing a non-None ``key(item)`` gathered into one list, placed where
    the first of them stood; an item whose key is None stays on its own (not in a list)."""
    groups: dict = {}
    order: list = []
    for item in items:
        group = key(item)
        if group is None:
            order.append(item)
        elif group in groups:
            groups[group].append(item)
        else:
            groups[group] = [item]
            order.append(groups[group])
    return order


def fold_mentions(mentions: list) -> list:
    """One event per happening again (``unfold_mentions``' groups), after the post-link checks:
    the face is the surviving mention with the most actors resolved (a key or a state), then the
    most actors, then the first face ("Montalvo has been assisted by former members" when "who
    helped him" resolves no "him"); its ``evidence_spans`` are every mention's sentence (a dropped
    face still told the happening), its own first, and its rule score the highest of the
    survivors'. A group none of whose mentions survives is gone, and so is every mention but a
    surviving first face where a check rejected any mention for what the happening is
    (``events.HAPPENING_REJECTED``); a mention left in a dropped face's place with a kept event's
    type and actors joins that event. Events with no group (built after unfolding) pass as they
    are. The grouping fields of what is returned are reset to their defaults."""
    folded = []
    for item in _grouped_in_order(mentions, lambda mention: mention.mention_group):
        if not isinstance(item, list):
            folded.append(item)
            continue
        members = item
        if any(m.happening_rejected for m in members[0].group_members):
            # a check judged the happening itself no event (events._reject): its other tellings
            # are no event either; the survivors go with it
            members = [m for m in members if m.was_face]
            if not members:
                continue
        face = min(members, key=lambda m: (*(-n for n in _resolved_sides(m)), not m.was_face))
        first = next((m for m in members if m.was_face), None)
        spans = face.group_spans
        own = (face.sentence_start, face.sentence_end)
        face.evidence_spans = [own] + list(dict.fromkeys(s for s in spans if s != own))
        face.confidence = max(m.confidence for m in members)
        if face is not first:
            why = "the first was dropped by the post-link checks" if first is None \
                else f"it resolves more actors than '{first.trigger}'"
            face.explanation = (face.explanation or "") + \
                f"; face of {len(members)} surviving mention(s) of one happening: '{face.trigger}' ({why})"
        told = next((e for e in folded if _same_dyad(e, face)), None) if first is None else None
        if told is not None:
            # the mention left in a dropped face's place tells what a kept event already tells
            # (the face was a repeat of it: ``_without_member_repeats``): its sentences join that event
            told.evidence_spans = list(dict.fromkeys([*(told.evidence_spans or []), *face.evidence_spans]))
            continue
        folded.append(face)
    for event in folded:
        event.mention_group, event.was_face, event.group_spans, event.group_members = None, False, (), ()
    return folded


def _without_repeated_dyads(doc, events: list) -> list:
    """``events`` less the repeats of one act told on one trigger: an event whose trigger, type,
    mode, status, dates, source key and target key (both keyed) an earlier one already has. Two
    phrases of the one actor coded apart resolve to one key ("traveled to Moscow, Russia": the
    capital and its state, both ``country:RUS``; "State Councilor and Foreign Minister Wang Yi":
    two titles of one person; "the IAEA and its Director-General"); PLOVER codes one event per
    source, action and target. The telling kept, in the first one's place, is the one whose actors
    are most often named by the key's own name (``_named_sides``: "Russia", not the capital
    "Moscow"; "Wang Yi", not "Councilor"), then the most confident, then the first; it takes the
    highest confidence and every telling's evidence spans, its own first. Acts with another
    trigger, type, status or date, or an actor keyed otherwise or not at all, stay apart."""
    def act(event) -> Optional[tuple]:
        if not (event.source_key and event.target_key):
            return None
        return (event.trigger_start, event.type, event.mode, event.status, event.date, event.date_end,
                event.source_key, event.target_key)

    names = {(m.start, m.end, m.entity_key) for m in doc._.ng_mentions or [] if m.kind == "name"}
    kept = []
    for item in _grouped_in_order(events, act):
        if not isinstance(item, list):
            kept.append(item)
            continue
        tellings = item
        best = max(tellings, key=lambda e: (_named_sides(e, names), e.confidence))  # first on ties
        if len(tellings) > 1:
            spans = [s for e in tellings for s in (e.evidence_spans or [(e.sentence_start, e.sentence_end)])]
            best.evidence_spans = list(dict.fromkeys([*(best.evidence_spans or []), *spans]))
            best.confidence = max(e.confidence for e in tellings)
            best.explanation = (best.explanation or "") + \
                f"; one act told {len(tellings)} times on '{best.trigger}' with the same actors' keys: kept once"
        kept.append(best)
    return kept


# the types one commitment is coded as: a stance held (SUPPORT) or a future act promised (AGREE)
_COMMITMENT_TYPES = frozenset({"SUPPORT", "AGREE"})


def _without_complement_readings(doc, events: list) -> list:
    """``events`` less the second reading of one act told in one sentence: of two events with the
    same target key and the same type (or both SUPPORT / AGREE, the two readings of a commitment),
    where one's trigger overlaps the other's (and both have one source key) or stands inside the
    complement of a noun of the other's trigger, its source the same key or the state the other's
    source acts for ("The Secretary emphasized the United States' [...] commitment to support
    Ukraine's victory": 'support' is the commitment's content, the Secretary's USA its holder),
    the inner reading is dropped. Coordinated subjects on one trigger ("Nuland and the U.S.
    delegation will meet") stay one event each. PLOVER codes one event per source, action and target, and the
    gold convention codes the commitment phrase ("reaffirmed commitment to support X" SUPPORT, a
    commitment to a future act AGREE), which the head reading already has. The kept event takes
    the dropped one's evidence spans. Acts on a coordinated verb ("expand cooperation with Taiwan
    ..., support Taiwan's participation") are not inside a trigger noun and stay apart."""
    dropped: set[int] = set()
    for outer in events:
        for inner in events:
            if inner is outer or id(inner) in dropped or id(outer) in dropped \
                    or not _one_act_pair(outer, inner) or not _inner_reading(doc, outer, inner):
                continue
            dropped.add(id(inner))
            spans = inner.evidence_spans or [(inner.sentence_start, inner.sentence_end)]
            outer.evidence_spans = list(dict.fromkeys([*(outer.evidence_spans or []), *spans]))
            outer.explanation = (outer.explanation or "") + \
                f"; '{inner.trigger}' is the same act read again inside '{outer.trigger}': kept once"
    return [event for event in events if id(event) not in dropped]


def _one_act_pair(outer, inner) -> bool:
    """Same sentence, same keyed target, a source on both, and a compatible type (equal, or both
    a commitment type)."""
    if outer.sentence_start != inner.sentence_start or not outer.target_key \
            or outer.target_key != inner.target_key or not (outer.source_key and inner.source_key):
        return False
    return outer.type == inner.type or {outer.type, inner.type} <= _COMMITMENT_TYPES


def _holder_source(outer, inner) -> bool:
    """The same source key, or a state's key (``country:<ISO3>``) and a person acting for that
    state: a commitment the text gives its state ("the United States' commitment") is held by
    the official who states it."""
    if outer.source_key == inner.source_key:
        return True
    state = outer.source_acts_for
    return bool(state) and state == inner.source_acts_for \
        and f"country:{state}" in (outer.source_key, inner.source_key)


def _inner_reading(doc, outer, inner) -> bool:
    """Whether ``inner``'s trigger is read inside ``outer``'s: ``outer``'s trigger holds it, both
    with one source key (the longer of two overlapping triggers is the outer one; on equal spans
    the first), or its root word is in the subtree of a noun of ``outer``'s trigger (the noun's
    complement: "commitment *to support*", "pledge *to provide*"), its source ``_holder_source``."""
    if outer.trigger_start < inner.trigger_end and inner.trigger_start < outer.trigger_end:
        outer_len, inner_len = outer.trigger_end - outer.trigger_start, inner.trigger_end - inner.trigger_start
        return outer.source_key == inner.source_key and (
            outer_len > inner_len or (outer_len == inner_len and outer.trigger_start <= inner.trigger_start))
    if not _holder_source(outer, inner):
        return False
    span = doc.char_span(outer.trigger_start, outer.trigger_end, alignment_mode="expand")
    root = doc.char_span(inner.trigger_start, inner.trigger_end, alignment_mode="expand")
    if span is None or root is None or not len(root):
        return False
    words = set(outer.trigger.lower().split())
    nouns = [t for t in span if t.pos_ == "NOUN" and t.lower_ in words]
    return any(noun.is_ancestor(root.root) for noun in nouns)


def _named_sides(event, names: set) -> int:
    """How many of ``event``'s actor spans are a name mention (``Mention.kind`` "name", not a
    capital, title or pronoun) of the very key the side has."""
    return sum((getattr(event, f"{side}_start"), getattr(event, f"{side}_end"), getattr(event, f"{side}_key"))
               in names for side in ("source", "target"))


def _same_dyad(event, other) -> bool:
    """Same type, and each side the same key (or, with no key, the same state), both sides filled."""
    def side(e, name):
        return getattr(e, f"{name}_key") or getattr(e, f"{name}_acts_for")
    return event.type == other.type and all(side(event, n) and side(event, n) == side(other, n)
                                            for n in ("source", "target"))


def _key_government_descriptions(doc, events) -> None:
    """Key each actor slot that describes a state's government ("the regime", "the military
    regime", "the Administration": ``_government_description``) and acts for one state but has no
    key as that state (``country:<ISO3>``): a state's government is the state's entity, as "the
    Cuban regime" (``_named_regime``) and the agentless act's "authorities" (``place_state_acts``)
    are keyed. The state is whatever placed the slot (its words, an antecedent, the clause, the
    article's focus or publisher)."""
    for event in events or []:
        for side in ("source", "target"):
            state = getattr(event, f"{side}_acts_for")
            if getattr(event, f"{side}_key") or not state or not _government_description(getattr(event, f"{side}_text")):
                continue
            start = getattr(event, f"{side}_start")
            word, country = _state_word_before(doc, start)
            if word is not None and word.lower() not in ("the", "this", "that"):
                # "the Mexican\nGovernment" cut by a line break: its own state's, not the publisher's
                if country is None:
                    continue
                state = country.alpha3
                setattr(event, f"{side}_acts_for", state)
            setattr(event, f"{side}_key", _country_key(doc, state))
            event.explanation = (event.explanation or "") + \
                f"; {side} '{getattr(event, f'{side}_text').strip()}' is the government of {state}: keyed as the state"


# a bare capitalised title as an actor slot ("The President", "the Foreign Minister")
_BARE_TITLE = re.compile(r"^(?:[Tt]he\s+)?((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)$")


def _key_title_holders(doc, events, statements=None) -> None:
    """Key each actor slot that is a bare title ("The President underscored his support ...") and
    acts for one state but has no key as the one person of the article the roles component gave
    that title (or a title it begins: "the Secretary" of "Secretary of State") and who acts for the
    same state (``_title_holder``): in "President Biden spoke with President Xi ... The President
    underscored" the U.S. release's President is Biden, as a reader takes a definite title to name
    its holder in the writer's state (coref leaves it open while two holders are named). None
    keyed where no such person, or more than one, is named. The slots: each event's source and
    target, and (since linking 0.3.460) each statement's speaker ("The President reiterated that
    U.S. policy on Taiwan has not changed": the same definite title, the same holder)."""
    slots = [(e, side) for e in events or [] for side in ("source", "target")] \
        + [(s, "speaker") for s in statements or []]
    for fact, side in slots:
        state, text = getattr(fact, f"{side}_acts_for"), getattr(fact, f"{side}_text")
        match = _BARE_TITLE.match(" ".join((text or "").split()))
        if getattr(fact, f"{side}_key") or not match:
            continue
        if not state:
            _key_stateless_title(doc, fact, side, match.group(1))
            continue
        key = _title_holder(doc, match.group(1).lower(), state)
        if key is None:
            continue
        setattr(fact, f"{side}_key", key)
        if hasattr(fact, "explanation"):
            fact.explanation = (fact.explanation or "") + \
                f"; {side} '{text.strip()}' is the one {match.group(1)} of {state} the article names: " \
                f"{doc._.ng_entities[key].name}"


def _key_stateless_title(doc, event, side: str, title: str) -> None:
    """Key an actor slot that is a bare capitalised title placed in no state ("The Assistant
    Secretary will also meet ...") as the one person of the article whose name that title, as
    written, premodifies (``_title_premodified_holders``: "Assistant Secretary of State for
    Educational and Cultural Affairs (ECA) Lee Satterfield will travel ..."), with that person's
    state and sector: a definite title repeated alone names the holder the text introduced by it.
    Nothing where the title heads no title (``roles.title_lexicon``) or is plural, where no one or
    several people are so introduced, or where the slot is the event's other actor."""
    if _fold(title.split()[-1]) not in _title_heads() or _plural_title(title):
        return  # (a plural, "Attorneys General", is several people, no one holder)
    holders = _title_premodified_holders(doc, title)
    # a statement's speaker has no other actor (a speaker who names himself is still himself)
    other = getattr(event, ("target" if side == "source" else "source") + "_key") \
        if side in ("source", "target") else None
    if len(holders) != 1 or next(iter(holders)) == other:
        return
    key = holders.pop()
    entity = doc._.ng_entities[key]
    setattr(event, f"{side}_key", key)
    if entity.acts_for:
        setattr(event, f"{side}_acts_for", entity.acts_for)
        setattr(event, f"{side}_sector", getattr(event, f"{side}_sector") or entity.sector)
    if hasattr(event, "explanation"):
        event.explanation = (event.explanation or "") + \
            f"; {side} '{title}' is the one person the article introduces by that title: {entity.name}"


# what may stand between a title's first words and the name it premodifies: the rest of the
# title (capitalised words, "of", "for", "and", "the", "on", a bracketed acronym), no comma or verb
_TITLE_TO_NAME = re.compile(r"^(?:[ \t\n]+(?:of|for|and|the|on|\([A-Z]{2,}\)|[A-Z][\w’'.\-]*)){0,14}[ \t\n]+$")


def _title_premodified_holders(doc, title: str) -> set[str]:
    """Keys of the people whose name (a ``name`` mention) the capitalised ``title`` premodifies in
    the article, the rest of a longer title between (``_TITLE_TO_NAME``): "Assistant Secretary of
    State for Educational and Cultural Affairs (ECA) Lee Satterfield" for "Assistant Secretary"."""
    text = doc_text(doc)
    names = sorted((m for m in doc._.ng_mentions or [] if m.type == "person" and m.kind == "name" and m.entity_key),
                   key=lambda m: m.start)
    found = set()
    for hit in _whole_word_matches(title, text):
        if hit.group(0) != title:
            continue  # the title as written, capitalised: "assistant secretary" in prose titles no one
        after = next((m for m in names if m.start >= hit.end()), None)
        if after is not None and _TITLE_TO_NAME.match(" " + text[hit.end():after.start]) \
                and not _gap_joins_another_title(text[hit.end():after.start]):
            found.add(after.entity_key)
    return found


def _plural_title(title: str) -> bool:
    """Whether a capitalised title names several holders: its head is plural ("Foreign
    Ministers"), or, in a postpositive title, its first word ("Attorneys General"). A plural word
    before the head ("The Press Secretary", "Foreign Affairs Minister") makes no plural title."""
    words = title.split()
    heads = _title_heads()
    if _fold(words[-1]) in heads and not words[-1].endswith("s"):
        # "Attorneys General": "general" heads the title's lexicon entry, the plural sits first
        return len(words) > 1 and words[0].endswith("s") and _fold(words[0])[:-1] in heads
    return words[-1].endswith("s")


def _in_prep_phrase(token) -> bool:
    """Whether ``token`` (a name's head) sits in a prepositional phrase of its clause ("freed A in
    exchange for B": B), looking up its heads to the first verb: such a name is no conjunct or
    object of the predicate, so no "their fellow ..." phrase of that clause counts it."""
    while token.head is not token and token.pos_ not in ("VERB", "AUX"):
        if token.dep_ in ("pobj", "prep", "pcomp"):
            return True
        token = token.head
    return False


def _gap_joins_another_title(gap: str) -> bool:
    """Whether the words between a title and a name join a second title by "and" ("Secretary and
    Kenyan President William Ruto"): the name is then the other title's holder, not the first's.
    "and" inside one title ("... for Educational and Cultural Affairs") joins no title head."""
    words = gap.split()
    if "and" not in words:
        return False
    return any(_fold(w) in _title_heads() for w in words[words.index("and") + 1:])


def _title_holder(doc, title: str, state: str) -> Optional[str]:
    """Key of the one person of the article the roles component gave ``title`` (lower case; or a
    title it begins: "secretary" of "Secretary of State") who acts for ``state``; None where no
    one or several do. Of several, those whose every such title stands in a sentence dated two
    years or more before the article (``_dated_before``: "the China of 50 years ago, when President
    Nixon broke ...") held it then: a title used alone names its holder at the time of writing,
    so the one other holder is meant ("The President also took part in the Quad summit": Biden)."""
    entities = doc._.ng_entities or {}
    held: dict[str, list[int]] = {}  # person key -> where the roles give the title
    for role in doc._.ng_roles or []:
        written = (role.title or "").lower()
        if (written == title or written.startswith(title + " ")) and role.person_key in entities \
                and entities[role.person_key].acts_for == state:
            held.setdefault(role.person_key, []).append(role.start)
    if len(held) > 1:
        held = {key: at for key, at in held.items() if not all(_dated_before(doc, a) for a in at)}
    return next(iter(held)) if len(held) == 1 else None


def _dated_before(doc, offset: int, years: int = 2) -> bool:
    """Whether the sentence at character ``offset`` holds a time expression (``doc._.ng_timexes``)
    whose year is ``years`` or more before the article's reference date ("50 years ago" in a 2022
    release: 1972)."""
    reference = doc._.ng_reference_date
    span = doc.char_span(offset, offset + 1, alignment_mode="expand") if reference is not None else None
    if span is None or not len(span):
        return False
    sent = span[0].sent
    for timex in doc._.ng_timexes or []:
        value = timex.value or ""
        if sent.start_char <= timex.start < sent.end_char and value[:4].isdigit() \
                and int(value[:4]) <= reference.year - years:
            return True
    return False


def _key_state_titles(doc, events, statements=None) -> None:
    """An actor slot (an event's source or target, a statement's speaker) that is one title its
    state premodifies ("the American president", "Ukraine's prime minister", "the first U.S.
    president") and is keyed as that state (the demonym was the only mention in it:
    ``entity_key_for_span``) names a person of the state, not the state: it keeps the state as
    ``acts_for`` (sector GOV where none) and is keyed as the person the text names, else left
    unkeyed. The person: for a title of a past holder (``time_description_words``: "the first
    U.S. president to visit") the one the clause says it is (``_copular_subject``: "President
    Nixon broke ... to become the first U.S. president"), else the one holder of that title of
    the state (``_title_holder``)."""
    from newsgraph.nlp.roles import title_lexicon

    lex = title_lexicon()
    described_words = LINKING_WORDS.time_description_words
    slots = [(e, side) for e in events or [] for side in ("source", "target")] \
        + [(s, "speaker") for s in statements or []]
    for fact, side in slots:
        key, start, end = (getattr(fact, f"{side}_{f}") for f in ("key", "start", "end"))
        parts = _state_title_parts(doc, key, start, end, lex, described_words)
        if parts is None:
            continue
        title, described = parts
        state = key.split(":", 1)[1]
        person = _role_here(doc, title, start, end) \
            or (_copular_subject(doc, start, end) if described else _title_holder(doc, title, state))
        setattr(fact, f"{side}_key", person)
        setattr(fact, f"{side}_acts_for", state)
        setattr(fact, f"{side}_sector", getattr(fact, f"{side}_sector") or "GOV")
        if hasattr(fact, "explanation"):
            text = " ".join(doc_text(doc)[start:end].split())
            named = f"the person the text names: {doc._.ng_entities[person].name}" if person \
                else "no holder named, unkeyed"
            fact.explanation = (fact.explanation or "") + \
                f"; {side} '{text}' is a {title} of {state}, not the state: {named}"


def _state_title_parts(doc, key: Optional[str], start: Optional[int], end: Optional[int], lex,
                       described_words: frozenset[str]) -> Optional[tuple[str, bool]]:
    """(title, described) of a slot keyed ``country:<ISO3>`` whose span is one singular title of
    that state: "[the|a|an] [time word] <the state's demonym, name's or short form> [modifiers]
    <title head>" ("the first U.S. president" -> ("president", True); "Ukraine’s prime minister"
    -> ("prime minister", False)), or "<title> of [the] <the state>['s <modifiers>]" ("leader of
    Cuba’s military" -> ("leader", False)); words from ``roles.title_lexicon`` and
    ``time_description_words``. None otherwise."""
    if not key or not key.startswith("country:") or start is None or end is None:
        return None
    text = doc_text(doc)
    states = [m for m in doc._.ng_mentions or [] if m.entity_key == key and start <= m.start and m.end <= end]
    if len(states) != 1:
        return None
    before = text[start:states[0].start].split()
    after = re.sub(r"^[’']s\b", "", text[states[0].end:end]).split()
    if any(not w.isalpha() for w in before + after):
        return None
    lower = [w.lower() for w in before]
    of = lower.index("of") if "of" in lower else None
    if of is not None and set(lower[of + 1:]) <= {"the"} \
            and all(w.lower() in lex.domains | lex.modifiers for w in after):
        written, opening = before[:of], []  # "leader of Cuba’s military": the title heads the phrase
        while written and written[0].lower() in ("the", "a", "an"):
            written = written[1:]
    else:
        written, opening = after, lower
    if not written or any(w not in described_words | {"the", "a", "an"} for w in opening):
        return None
    title = [w.lower() for w in written if w.lower() not in described_words]
    if not title or title[-1] not in lex.heads or any(w not in lex.heads | lex.modifiers for w in title):
        return None
    # a time word before the state is never part of the title ("Former Namibia's President"); one
    # among the title's words only in lower case ("First Deputy Prime Minister" is an office)
    described = any(w in described_words for w in opening) \
        or any(w.islower() and w in described_words for w in written)
    return " ".join(title), described


def _role_here(doc, title: str, start: int, end: int) -> Optional[str]:
    """Key of the one person the roles component gave a title of head ``title``'s (lower case) at
    a role evidence overlapping [start, end): the slot's own title phrase, read as that person's
    ("Former Namibia's President, Sam Nujoma": the appositive names the holder). None otherwise."""
    head = title.split()[-1]
    found = {r.person_key for r in doc._.ng_roles or [] if r.start < end and start < r.end
             and (r.title or "").lower().split()[-1:] == [head]}
    return found.pop() if len(found) == 1 and next(iter(found)) in (doc._.ng_entities or {}) else None


def _copular_subject(doc, start: int, end: int) -> Optional[str]:
    """Key of the person a predicate noun phrase at [start, end) is said to be: the subject of its
    "be"/"become" ("President Nixon broke decades of strained relations to become the first U.S.
    president": an infinitive of purpose takes its controlling clause's subject). None where that
    subject is no person's mention."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.root.dep_ != "attr" or span.root.head.lemma_ not in ("be", "become"):
        return None
    verb = span.root.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ in ("xcomp", "advcl"):
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    found = [m for m in doc._.ng_mentions or [] if m.type == "person" and m.entity_key
             and m.start <= subject.idx < m.end]
    return found[0].entity_key if found else None


def _indefinite_before(doc, start: Optional[int]) -> bool:
    """Whether the word before ``start`` is an indefinite determiner ("by a State that damages
    ...": any state, no executive office of the publisher's)."""
    if start is None:
        return False
    before = doc_text(doc)[max(0, start - 12):start].split()
    return bool(before) and before[-1].lower() in ("a", "an", "any", "each", "every", "another", "one")


# restrictive acts whose object may be the source's own people kept from going somewhere
_RESTRICTION_TYPES = ("SANCTION", "COERCE")


def _restricted_destination(doc, coder: "ActorCoder", event) -> None:
    """Retarget a restriction a state puts on its own people's movement to another state ("Beijing
    cut off Chinese students and tourists from traveling to Australia"): the verb's object is kept
    "from" an act "to / into" a foreign state (English: "stop X from V-ing to Y" blocks the X-to-Y
    flow), so the measure is aimed at that state (PLOVER SANCTION: the actor punished; CAMEO 16
    reduce relations), not at the people of the source's own state it is laid on. Only a target
    of people (no state sector) acting for the source's own state, and a destination resolving
    to another state; the place "in" where they stay is no destination."""
    from newsgraph.resolve.actors import state_sectors

    if event.type not in _RESTRICTION_TYPES or not event.source_acts_for or event.target_start is None \
            or event.target_acts_for != event.source_acts_for or event.target_sector in state_sectors():
        return
    span = doc.char_span(event.target_start, event.target_end, alignment_mode="expand")
    root = span.root if span is not None else None
    root = first_conjunct(root)  # a later member of the object's list ("students and tourists"), since 0.3.340
    if root is None or root.dep_ not in ("dobj", "obj"):
        return
    verb = root.head
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"):
        for act in (c for c in prep.children if c.dep_ in ("pcomp", "pobj") and c.tag_ == "VBG"):
            for to in (c for c in act.children if c.dep_ == "prep" and c.lower_ in ("to", "into")):
                place = next((o for o in to.children if o.dep_ == "pobj"), None)
                if place is None:
                    continue
                words = doc[place.left_edge.i:place.right_edge.i + 1]
                code = coder.for_text(words.text)
                if code is None or not code.acts_for or code.acts_for == event.source_acts_for:
                    continue
                event.target_start, event.target_end = words.start_char, words.end_char
                event.target_text = words.text
                event.target_key = _country_key(doc, code.acts_for)
                event.target_acts_for, event.target_sector = code.acts_for, code.sector
                event.explanation = (event.explanation or "") + \
                    f"; target = the state its own people are kept from going to ('{words.text}')"
                return


def _state_pair_target(doc, coder: "ActorCoder", event) -> Optional[tuple[str, Optional[ActorCode]]]:
    """(key, code) of the state a target's one-word pair of states ("the U.S.-Mexico relationship":
    entities._state_pair_parts) sets against the source: the first member not on the source's
    side, else None when the target holds no such pair."""
    if event.target_start is None or event.target_end is None:
        return None
    text = doc_text(doc)
    inside = sorted((m for m in doc._.ng_mentions or [] if m.type == "country" and m.entity_key
                     and event.target_start <= m.start and m.end <= event.target_end), key=lambda m: m.start)
    for first, second in zip(inside, inside[1:]):
        if second.start == first.end + 1 and text[first.end] in "-\u2013" and first.entity_key != second.entity_key:
            side = event.source_acts_for or (event.source_key or "").removeprefix("country:")
            chosen = second if first.entity_key == f"country:{side}" else first
            return chosen.entity_key, coder.for_key(chosen.entity_key)
    return None


def _pair_undertaking_partner(doc, coder: "ActorCoder", event) -> Optional[tuple[str, Optional[ActorCode]]]:
    """(key, code) of the other signatory of a joint undertaking its sentence names by a one-word
    pair of states ("participate in the U.S.-Russia Strategic Stability Dialogue", "signed a
    protocol to the 2011 U.S.-Colombia Air Transport Agreement"): for an event with no target
    whose source acts for one member of the pair, the member that is not the source's (PLOVER
    CONSULT and AGREE are between the parties; CAMEO 057 sign formal agreement). Only a pair
    heading a dialogue, agreement or the like (actor_heads.yaml ``pair_undertaking_heads``) counts,
    not a law or a relationship; else None. A visit whose target is the place it goes to ("will
    travel to Geneva ... for the U.S.-Russia bilateral Strategic Stability Dialogue") has the other
    party as its target too: the place is the venue, the counterpart the other side (PLOVER
    CONSULT visit is between the visitor and whom they visit)."""
    venue = (event.mode or "").endswith("visit") and (event.target_key or "").startswith("place:")
    if ((event.target_text or event.target_key) and not venue) or event.type not in pair_undertaking_types():
        return None
    side = event.source_acts_for or ((event.source_key or "").removeprefix("country:").upper()
                                     if (event.source_key or "").startswith("country:") else None)
    if not side:
        return None
    for first, second, start, end in pair_undertakings(doc, event.sentence_start, event.sentence_end):
        if side not in (first, second):
            continue
        other = second if first == side else first
        words = doc_text(doc)[start:end]
        event.target_start, event.target_end, event.target_text = start, end, words
        event.explanation = (event.explanation or "") + \
            f"; target = the other party of the '{words}' undertaking its sentence names"
        return _country_key(doc, other), coder.for_key(f"country:{other}")
    return None


# acts of force or coercion a state's institutions take against the political opposition
_REPRESSION_TYPES = ("COERCE", "ASSAULT")


def _protest_people_code(event) -> Optional[ActorCode]:
    """The code of a target events/ took as the people of a protest acted on ("dispersed
    peaceful demonstrations", "the regime's repression of the protests": events.PROTEST_PEOPLE_RULE):
    the protesters, Phoenix's PROTESTER agent. A state's organ repressing a protest with no
    place of its own in the phrase represses its own people, who protest in its land (CAMEO OPP is
    the opposition to a government; ``_own_opposition`` reasons the same where the sentence names
    no other state): they act for the source's state; else no state yet (the context may place
    them). None for any other target."""
    from newsgraph.nlp.events import PROTEST_PEOPLE_RULE
    from newsgraph.resolve.actors import state_sectors

    if event.type not in _REPRESSION_TYPES or PROTEST_PEOPLE_RULE not in (event.explanation or ""):
        return None
    found = agent_sector("protesters")
    if found is None:
        return None
    state = event.source_acts_for if event.source_sector in state_sectors() else None
    event.explanation = (event.explanation or "") + \
        f"; target sector {found.sector}: the people of the protest '{event.target_text}' ({found.reason})" \
        + (f", acting for {state}: the protest the state's own organ represses is in its land" if state else "")
    return ActorCode(state, found.sector, f"the people of a protest ({found.reason})")


def _own_opposition(doc, event) -> None:
    """Give an unplaced opposition target of a state's repression the source's state: CAMEO's
    OPP sector is the political opposition to a government (activists, dissidents, protesters,
    political prisoners), so activists a regime cracks down on, detains or kills with no other
    state named in the sentence are that state's own opposition ("the Lukashenka regime continues
    its brutal crackdown on peaceful activists": BLR OPP). Only a state-sector source
    (GOV, MIL, JUD, ...) and COERCE or ASSAULT; a sentence naming another state is left alone."""
    from newsgraph.resolve.actors import state_sectors

    if event.target_key or event.target_acts_for or event.target_sector != "OPP" or event.type not in _REPRESSION_TYPES:
        return
    state = event.source_acts_for
    if not state or event.source_sector not in state_sectors():
        return
    named = {m.entity_key for m in doc._.ng_mentions or [] if m.type == "country" and m.entity_key
             and event.sentence_start <= m.start and m.end <= event.sentence_end}
    if named - {f"country:{state}"}:
        return
    event.target_acts_for = state
    event.explanation = (event.explanation or "") + \
        f"; target acts for {state}: the opposition a state-sector source represses is its own (CAMEO OPP)"


# how events/ tells a target found as the place an act happens in, no party named: the verb
# rule ("suppressing dissent in Russia") and the act noun's ("Beijing's crackdown in Hong Kong")
_PLACE_TARGET_RULES = ("target=place 'in' as target", ", target the state it is in)")


def _repressed_society(doc, event) -> None:
    """Code the place a repression happens in, taken as its target for want of a named party
    ("officials involved in suppressing dissent in Russia", "Beijing's crackdown in Hong Kong"),
    as that place's society (CVL), not its government: PLOVER's repression context is force
    used "to control individuals or groups ... individual citizens, social or ethnic groups,
    societies on the whole" (PLOVER_MANUAL.tex, Repression), and a government is not the
    recipient of its own or another's repression of the people in its land. Only COERCE
    'repress' with a state-sector target keyed to the place; a named recipient is left alone.
    With no doer named ("actions to suppress dissent in Russia" in a measure's grounds), the
    doer is the authorities of that state: repression is "coercive uses of power" (PLOVER
    COERCE), the power of the state where it happens, as an agentless arrest is
    (``give_state_authorities``)."""
    from newsgraph.resolve.actors import state_sectors

    if event.type != "COERCE" or event.mode != "repress" or event.target_sector not in state_sectors():
        return
    if not (event.target_key or "").startswith(("country:", "place:")):
        return
    if not any(rule in (event.explanation or "") for rule in _PLACE_TARGET_RULES):
        return
    event.target_sector = "CVL"
    event.explanation = (event.explanation or "") + \
        f"; target sector CVL: the society of the place '{event.target_text}' the repression is in (PLOVER repression context)"
    if event.target_acts_for and not (event.source_key or event.source_text or event.source_acts_for):
        give_state_authorities(doc, event, event.target_acts_for,
                               f"the state of '{event.target_text}', where the repression is", _country_key)


def _without_member_repeats(events: list, by_members: set[int]) -> list:
    """``events`` less those keyed through a plural's first member (``MEMBERS_REASON``) where
    another event of the same trigger, type and actors already names that member itself
    ("two of Russia's most important banks, Sberbank and Gazprombank": the conjoined "Sberbank"
    target is the event; the plural keyed to Sberbank would repeat it)."""
    def same(e):
        return (e.trigger_start, e.type, e.source_key, e.target_key)
    named = {same(e) for e in events if id(e) not in by_members}
    return [e for e in events if id(e) not in by_members or same(e) not in named]


@Language.factory(
    COMPONENT,
    requires=["doc._.ng_mentions", "doc._.ng_entities", "doc._.ng_roles"],
    assigns=["doc._.ng_statements", "doc._.ng_events", "doc._.ng_entities"],
)
def make_linker(nlp, name):
    # the data the linker reads, loaded with the pipeline (as the events component loads its
    # lexicons) rather than inside the first article: ISO 3166-2 subdivisions (place_actors)
    from newsgraph.resolve.places import load_subdivisions

    load_subdivisions()

    def linker(doc):
        link_facts(doc)
        # the last pipe that reads the model's entity Spans: no Doc -> Span -> Doc cycle kept after it
        release_entity_spans(doc)
        return doc

    return linker
