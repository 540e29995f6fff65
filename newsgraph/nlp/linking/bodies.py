"""People of bodies and states: relatives of a named or placed owner, the agents a body
owns, a state's own people (``_people_key``), sets of designated parties a state places, the
possessor or locative state of an organisation, and "its" phrases. Builds on ``lexicon`` (and
``coder``, for ``ActorCoder`` in annotations)."""

from __future__ import annotations

from typing import Callable, Optional

from newsgraph.nlp.actor_heads import (business_head, conflict_parties, group_member_head, means_patient_state,
                                       member_complements, modifier_place, owner_pronoun_antecedent, partitive_antecedent, partitive_head,
                                       person_word,
                                       phrase_head, place_people_word, possessor_key, head_possessor, relational_head,
                                       state_agent_word, unsectored)
from newsgraph.nlp.context_states import mover_head, mover_words
from newsgraph.nlp.demonym_people import people_noun_sector
from newsgraph.nlp.doc_cache import expanded_span
from newsgraph.nlp.folding import fold_phrase as _fold
from newsgraph.nlp.types import EntityRecord
from newsgraph.resolve.actors import ActorCode, agent_sector, state_sectors
from newsgraph.resolve.countries import lookup_country

from newsgraph.nlp.linking.lexicon import LINKING_WORDS, _title_heads
from newsgraph.nlp.linking.coder import ActorCoder


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
    agents = _state_agents_head(doc, start, end)
    if locative and key.startswith("country:") and agents is not None \
            and member_complements(agents, ("from",), kind=state_agent_word):
        # "officials from Mexico", "representatives from Costa Rica": a "from" phrase on a noun of
        # those who act for a body (actor_heads.state_agent_word) says whose agents they are, as
        # "of" does, not where they stand (since linking 0.3.865; only such nouns since 0.3.867:
        # "executives from Japan", "volunteers from Canada" are only placed)
        locative = False
    if locative and mover_head(text) and name not in (mover_words(text) or ""):
        # "migrants in Panama", "refugees in Poland": people who left their own state are where
        # they are, not its people (context_agents.yaml mover_heads); the place gives no state
        # (a "from" phrase, "migrants from Haiti", is their own: context_states.mover_words)
        words = agent_sector(text)
        return ActorCode(None, words.sector if words is not None else None,
                         f"people away from their own state, only placed in '{name}'")
    own_state = state is None  # the state is the key's own, not a premodifier's
    owner = coder.for_key(key) if state is None else coder.for_key(f"country:{state}")
    state = state or (owner.acts_for if owner is not None else None)
    if not state:
        return None
    words = agent_sector(text)
    if words is not None and not words.sector and not locative and agents is not None:
        words = None  # "representatives from Costa Rica": the noun gives no sector alone, whose it is does
    if words is None and text and business_head(text.split()[-1]):
        words = ActorCode(None, "BUS", f"business noun '{text.split()[-1]}'")  # "Russia’s most important banks"
    if words is None and not locative:
        listed = _owned_people_sector(doc, start, end)
        if listed is not None:
            # "Russian forces in Ukraine", "executives of Japan": a head the people table gives a
            # sector after its state's demonym (actor_sectors.yaml people_after_demonym: forces
            # MIL, executives BUS) keeps it when the phrase also names a place, or the state
            # stands in its "of" phrase, as "Russian forces" alone does (since linking 0.3.869)
            words = listed
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


def _owned_people_sector(doc, start: Optional[int], end: Optional[int]) -> Optional[ActorCode]:
    """The sector ``people_after_demonym`` gives the head noun of the actor phrase at characters
    ``start``-``end`` (its people nouns only: "forces" MIL, "executives" BUS, "nationals" CVL),
    else None: what the state owning that head makes of it, whether it premodifies the head
    ("Russian forces") or stands in its "of" phrase ("the forces of Russia"), as the demonym
    tables already read it. Since linking 0.3.869."""
    from newsgraph.resolve.actors import after_demonym_sector

    span = expanded_span(doc, start, end) if start is not None and end is not None else None
    if span is None or not len(span):
        return None
    head = phrase_head(span)
    if head.pos_ != "NOUN":
        return None
    listed = after_demonym_sector(head.lower_, places=False)
    if listed is None:
        return None
    return ActorCode(None, listed[0], f"head noun '{head.text}' ({listed[1]})")


def _state_agents_head(doc, start: Optional[int], end: Optional[int]):
    """The head token of the actor phrase at characters ``start``-``end`` where it is a plural
    noun of those who hold a body's office or act for it (actor_heads.state_agent_word:
    "officials", "representatives", "delegates", "diplomats"), whose "of" / "from" phrase or
    premodifying state names whose agents they are; None for any other phrase (a worker's or
    volunteer's noun included: actor_heads.member_nouns is wider)."""
    span = expanded_span(doc, start, end) if start is not None and end is not None else None
    if span is None or not len(span):
        return None
    head = phrase_head(span)
    return head if head.tag_ == "NNS" and state_agent_word(head) else None


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
    span = expanded_span(doc, start, end)
    if span is None or not len(span):
        return None
    root = span.root
    # a kinship or family word the tagger took for a name ("Family members of ..." opening a
    # sentence) is no name of the relative
    if root.pos_ != "NOUN" or not relatives_noun(root) or any(
            c.dep_ in ("appos", "compound", "nmod", "conj") and c.pos_ == "PROPN" and not _family_word(c)
            for c in root.children):
        return None
    return span


def _family_word(token) -> bool:
    """Whether ``token`` is a kinship or family noun (entity_cues.yaml ``kinship``, ``family_heads``)
    whatever its tag ("Family" opening a sentence, tagged a proper noun)."""
    from newsgraph.nlp.name_cues import cues, is_kinship_noun

    return is_kinship_noun(token) or token.lower_ in cues()["family_heads"]


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
        if not states:
            # "family members of the board members" after "19 members of the Rostec board": a
            # definite plural owner refers back to the partitive naming its body
            # (actor_heads.partitive_antecedent), whose state the owner's people act for
            body = partitive_antecedent(doc, doc[owner.left_edge.i:owner.i + 1].text, owner.left_edge.idx,
                                        types=("organization", "country", "group"))
            code = coder.for_key(body) if body else None
            if code is not None and code.acts_for:
                states.add(code.acts_for)
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
    span = expanded_span(doc, start, end)
    if span is None or not len(span):
        return None
    root = phrase_head(span)  # (the noun, not a split genitive's possessor: "Mordashov’s companies")
    people = _people_of_keyed_body(doc, coder, key, root)
    if people is not None:
        return people
    if entity.type not in ("organization", "person"):
        return None
    if root.pos_ != "NOUN" or any(m.entity_key and m.start <= root.idx < m.end for m in doc._.ng_mentions or []):
        return None
    owner = head_possessor(root)  # (also a split partitive's: "Four of Petrov’s companies")
    if owner is None or possessor_key(doc, start, end) != key or _sole_officer(doc, start, end):
        return None
    after = owner.right_edge.i + 1
    after += 1 if after < root.i and doc[after].dep_ == "case" else 0  # (a split partitive's "’s")
    words = doc[after:root.i + 1].text
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
        # (a noun Phoenix leaves out gives the sector of people_after_demonym, as after the
        # state's demonym: "nationals of the United Kingdom" are CVL as "British nationals" are,
        # since linking 0.3.865)
        owned = coder.for_key(key)
        own = agent_sector(root.text)
        sector = own.sector if own is not None else people_noun_sector(root.lower_)
        return ActorCode(owned.acts_for if owned is not None else None, sector,
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
    span = expanded_span(doc, start, end) if start is not None and end is not None else None
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
    ``_parent_body_key``). Since 0.3.817 the possessor's state also replaces a state the body
    had only from the publisher's default ("the Russian Army's 5th Tank Brigade" in a U.S.
    release: a brigade is the publisher's own only where nothing names its owner): the owner the
    phrase names is the text's word on whose the body is, the default a guess."""
    if entity is None or entity.type != "organization" \
            or (code is not None and code.acts_for and not code.publisher_default):
        return code
    owner = possessor_key(doc, start, end) or _parent_body_key(doc, key, start, end)
    owned = coder.for_key(owner) if owner and owner != key else None
    if owned is None or not owned.acts_for:
        return code
    if code is not None and code.acts_for and owned.publisher_default:
        return code  # a default for a default: the body's own stands
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
    span = expanded_span(doc, start, end) if start is not None and end is not None else None
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


def _affiliated_group_head(doc, coder: "ActorCoder", key: Optional[str], start: Optional[int],
                           end: Optional[int]) -> Optional[ActorCode]:
    """The code of a plural phrase headed by a common noun of organisations whose key is only the
    actor the head is tied to by a participle of affiliation or by a possessor ("three
    organizations affiliated with Petrov", "groups linked to Hamas", "Petrov's organizations";
    actor_heads.member_kind ``organization`` or a designated organisation head, event_words.yaml
    ``affiliation_participles``). English grammar: the head noun names the referent, several
    bodies that are not the one they are tied to; the participle or possessor only says whose
    they are. So the slot keys no entity (an unnamed group) and takes the tied actor's state where
    it has one, with the sector the head's own words give (BUS for a business head). None for a
    singular head ("a group affiliated with X", which may be the named body's own unit), a head
    that names people ("two men linked to the Sinaloa Cartel": members, coded by the body), a
    name covering the head ("the Petrov Foundation"), and where the key is not the tied actor's.
    Since linking 0.3.834."""
    from newsgraph.nlp.actor_heads import designated_kind, member_kind
    from newsgraph.nlp.events.lexicon import EVENT_WORDS

    if not key or start is None or end is None or key not in (doc._.ng_entities or {}):
        return None
    span = expanded_span(doc, start, end)
    if span is None or not len(span):
        return None
    root = phrase_head(span)
    if root.pos_ != "NOUN" or root.tag_ != "NNS" or person_word(root):
        return None
    if member_kind(root) != "organization" and designated_kind(root.lemma_) != "organization":
        return None
    if any(m.entity_key and m.start <= root.idx < m.end for m in doc._.ng_mentions or []):
        return None  # a name covering the head (scanned last: the word tests above are cheaper)
    tied = []
    owner = head_possessor(root)
    if owner is not None:
        tied.append(owner)
    for verb in root.children:
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lower_ in EVENT_WORDS.affiliation_participles:
            tied += [obj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("with", "to")
                     for obj in prep.children if obj.dep_ == "pobj"]
    mentions = [m for m in doc._.ng_mentions or [] if m.entity_key == key]
    # the key's mention lies within the tied phrase ("affiliated with opposition figure Ivan Petrov")
    spans = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)) for t in tied]
    if not any(a <= m.start < b for a, b in spans for m in mentions):
        return None
    owned = coder.for_key(key)
    state = owned.acts_for if owned is not None else None
    words = agent_sector(root.text)
    sector = words.sector if words is not None else ("BUS" if business_head(root.lower_) else None)
    return ActorCode(state, sector, f"'{span.text}': bodies tied to {key}, not {key} itself")
