"""Article-level checks (actors, private trips, linked actors), obligation demands, briefing
transcript checks, ``find_events`` and the spaCy factory (registered on import). Builds on every
other module, and reads the package's ``VERSION``."""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import Optional

import yaml
from spacy.language import Language
from spacy.symbols import ADJ, AUX, VERB
from spacy.tokens import Doc, Span, Token

from newsgraph.nlp import event_classifier, event_confidence, turns
from newsgraph.nlp.doc_cache import doc_text, token_deps, token_lemma_lowers, token_pos, token_texts
from newsgraph.nlp.types import Event
from newsgraph.resolve.actors import state_sectors
from newsgraph.resolve.countries import sovereign_of
from newsgraph.resolve.places import place_states

from newsgraph.nlp.events import VERSION
from newsgraph.nlp.events.lexicon import (ACTOR_ENT_LABELS, CHECKS_PASSED, COMPONENT, FIRST_PERSON_WORDS, LEXICON_DIR,
                                          Lexicon, NAMED_ACTOR_CHECK, OBJECT_PRONOUNS, ONSET_VERBS,
                                          PASSIVE_SUBJECT_DEPS, POLITICAL_ACTOR_CHECK, POSSESSIVE_PRONOUNS, QUANTITY_NOUNS, RELATIVE_TAGS, SUBJECT_DEPS,
                                          Trigger, detection_lexicon, load_lexicon)
from newsgraph.nlp.events.actor_phrases import (_children, _is_actor, _is_remote_medium, _preps, _simple_present,
                                                _vague_person_noun, actor_answers_kept, joined_detection_words,
                                                noun_lemma, verb_lemma)
from newsgraph.nlp.events.subjects import GENERIC_DETERMINERS, _has_agent, _noun_infinitive, _partitive_relative
from newsgraph.nlp.events.conditions import (_background_anchor, _clause_verb, _complement_heads, _inverted_condition,
                                             _is_reporting, _misread_stance_verb, _obligation_modal, _warning_condition,
                                             _xcomp)
from newsgraph.nlp.events.senses import PROTECTION_DESIGNATION, _mode_table, _partitive_nouns
from newsgraph.nlp.events.detection import (FORCE_ON_ACTOR_TYPES, PLACE_IN_RULE, POPULATION_MEASURE_MODES, SPEAKER_EXPERIENCER, _drop_alias_targets,
                                            _furniture_start, _heading, _interrogative, _list_header_end,
                                            _match_trigger, _trigger_token)
from newsgraph.nlp.events.status import NEG_RAISING_VERBS
from newsgraph.nlp.events.targets import NAMED_BODY_RULE, PROMISED_ACT_RULE, _actor_span
from newsgraph.nlp.events.frames import (AGREEMENT_PARTIES, _agentive_nominal_events, _concern_events, _country_state,
                                         _drop_references_back, _drop_summary_restatements, _enabled_act_events,
                                         _measure_round_events, _nominal_events, _stressed_need_act, _target_span,
                                         _trailing_comma_adjunct, _undergoing_events)
from newsgraph.nlp.events.accusations import (MEETING_SIDES_NOTE, StatementIndex, _absorb, _accusation_events,
                                              _onset_events, _outlet_voice, _own_promise, _self_targeted,
                                              _stands_for_actor, _state_channel, _timex_heads, _warning_events,
                                              merge_mentions, pair_delegation_leaders, resolve_participants)
from newsgraph.nlp.events.candidates import (_build_events, _first_person_subject, _has_condition,
                                             _unaddressed_obligation)


# ---------------------------------------------------------------- demand frames

def _obligation_demand(token: Token, lex: Lexicon) -> Optional[Trigger]:
    """"X said/declared that Y must do Z" -> DEMAND by X on Y."""
    if not _is_reporting(token, lex):
        return None
    demand_nouns = [c for c in token.children if c.dep_ in ("dobj", "obj")
                    and lex.nouns.get(c.lemma_.lower(), ("",))[0] == "DEMAND"]
    for child in token.children:
        if child.dep_ != "ccomp":
            continue
        if demand_nouns:  # "reiterated its demand that Israel ease ..."
            return Trigger(child, token, "DEMAND", None,
                           f"reporting verb '{token.lemma_}' + demand noun '{demand_nouns[0].lemma_}'",
                           [token, demand_nouns[0]], 0.8)
        aux = [c for c in child.children if c.dep_ == "aux" and c.lower_ in lex.obligation_aux]
        if aux and _inverted_condition(child):
            aux = []  # "reiterated that should Moscow pursue ...": a condition, no obligation
        if aux and _unaddressed_obligation(child):
            aux = []  # "stated that homosexuals must be condemned": a deontic claim, no demand
        obliged = child.lemma_.lower() in lex.obligation_verbs and _xcomp(child) is not None
        if _first_person_subject(child):
            continue  # "said that we must work together": the speaker's own resolve, no demand on anyone
        if (aux or obliged) and _no_party_obliged(_xcomp(child) if obliged else child, child, lex, reported=True):
            continue  # "suggests that the Bermuda triangle needs investigating": no actor is asked to act
        if aux or obliged:
            words = [token] + aux + [child]
            return Trigger(child, token, "DEMAND", None,
                           f"reporting verb '{token.lemma_}' + obligation in complement", words, 0.75)
    return None


def _obliged_act(verb: Token, lex: Lexicon) -> Optional[Trigger]:
    """Check trigger-sense (obligation): a main clause whose verb no trigger codes, told with an
    obligation modal and a named actor as subject ("Russia must immediately comply with the order
    of the ICJ", "the Houthis must open major roads to Taiz", "Iran must end its use of violence
    against its own citizens"): the writer (or quoted speaker) demands the act of the subject
    (PLOVER DEMAND, CAMEO 10 demand / 02 appeal); ``_build_events`` makes it the DEMAND on the
    subject as for "must release". Not a verb of state or cognition ("the regime must know that
    ...", ``unobliged_verbs``), a passive, a pronoun ("we must" is a resolve, "it must" names no
    one) or a class ("all nations", "the world": ``GENERIC_DETERMINERS``, ``unobliged_subjects``)."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    modal = _obligation_modal(verb, lex)
    if modal is None:
        return None
    # the clause the modal obliges: the verb it is the auxiliary of, or the semi-modal itself
    # ("Hamas *needs* to ..."), whose infinitive is ``verb``; a conjoined or purpose verb shares
    # its head's demand (one event per obligation)
    clause = modal.head if modal.dep_ == "aux" else modal
    if (clause.i != verb.i if modal.dep_ == "aux" else verb.head.i != clause.i) or not (
            clause.dep_ == "ROOT" or clause.dep_ == "conj" and clause.head.dep_ == "ROOT" and clause.head.pos_ in ("VERB", "AUX")):
        return None  # a main clause, or a verb conjoined with it ("Russia bears responsibility ... and must stop ...")
    subjects = _children(clause, ("nsubj",)) or (_children(clause.head, ("nsubj",)) if clause.dep_ == "conj" else [])
    if not subjects:
        return None
    subject = subjects[0]
    if modal.i < subject.i:
        return None  # "... combat operations should Russia take military action": an inverted condition
    if _no_party_obliged(verb, clause, lex):
        return None
    if any(c.dep_ == "conj" or c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children) for c in subject.children):
        # (a list the parser hangs as an apposition: "The United States, its Allies and partners must")
        # co-subjects obliged together ("China and the United States must keep working together",
        # "should respect each other"): a joint course urged on both sides, the speaker's often
        # among them, no demand one side makes of another (a reported one, "Poland said that both
        # Poland and Lithuania must ...", names its speaker: the demand is on the other side)
        return None
    if subject.pos_ == "NOUN" and noun_lemma(subject) not in lex.obliged_actor_nouns:
        return None  # "American companies must lead ...": no political actor (``obliged_actor_nouns``)
    if subject.pos_ not in ("PROPN", "NOUN") or not _is_actor(subject, lex, allow_pronoun=False) \
            or (subject.pos_ == "NOUN" and subject.tag_ == "NNS" and not any(
                c.dep_ in ("det", "poss", "amod", "compound") for c in subject.children)):
        # a class ("states must report"), a resolve, advice, or a people ("the Palestinians must
        # enjoy their right to ...": what a population is owed, no act asked of an actor)
        return None
    if _has_condition((clause,), lex):
        return None  # "If Russia wants peace, it must ...": a condition, no demand made
    return Trigger(verb, verb, "DEMAND", None, f"act '{verb.lemma_}' obliged of the subject", [verb], 0.7)


def _no_party_obliged(act: Token, clause: Token, lex: Lexicon, reported: bool = False) -> bool:
    """Whether the obligation told on ``clause`` (the verb with the modal, or the semi-modal
    "need" / "have") for the act ``act`` (that verb, or the semi-modal's infinitive) asks no one
    actor to act, in a main clause ("X must ...", ``_obliged_act``) as in a reported one ("said
    that X must ...", ``_obligation_demand``); PLOVER DEMAND is an actor demanding of another:
    - a verb of state or cognition (plover_frames.yaml ``unobliged_verbs``: "American citizens
      should not expect the U.S. military is going to come rescue them", "must know that");
    - a concealed passive, "need" + "-ing" ("the Bermuda triangle needs investigating" = needs
      to be investigated, CGEL's "concealed passive"): the subject is what the act would be done to;
    - a class or a people: a generic determiner ("*no* nation that abuses the rights of women
      should play a role", ``GENERIC_DETERMINERS``), ``unobliged_subjects`` ("the world must
      respond"), a nationality (NORP), private people advised (``advised_nouns``, "U.S. citizens
      should consult ...").
    A ``reported`` obligation ("insisted that the inspectors must be able to visit", "believes that
    no nation that abuses ... should play a role") is the speaker's demand even where it names no
    one actor to do it (a DEMAND with no addressee): only the concealed passive and people advised
    make it none."""
    if act.lemma_.lower() in lex.unobliged_verbs and not reported:
        return True
    if clause.lemma_.lower() in lex.obligation_verbs and act.dep_ == "xcomp" and act.tag_ == "VBG":
        return True
    subjects = _children(clause, ("nsubj",)) or (_children(clause.head, ("nsubj",)) if clause.dep_ == "conj" else [])
    if not subjects:
        return False
    subject = subjects[0]
    advised = subject.ent_type_ == "NORP" or noun_lemma(subject) in lex.advised_nouns
    if reported:
        return advised
    return advised or subject.lemma_.lower() in lex.unobliged_subjects \
        or any(c.dep_ in ("det", "predet", "amod") and c.lower_ in GENERIC_DETERMINERS for c in subject.children)


def _obliged_act_events(sent: Span, seen: set[int], found: list, lex: Lexicon, timex_heads, text: str) -> list:
    """The DEMAND of each obligation in ``sent`` that no trigger coded (``_obliged_act``): a verb
    no trigger took (``seen``) whose modal no DEMAND found in the sentence already spans."""
    out: list = []
    pos, doc = token_pos(sent.doc), sent.doc
    for i in range(sent.start, sent.end):
        if pos[i] != VERB or i in seen:
            continue  # (read off the cached parts of speech: no Token made for the other words)
        verb = doc[i]
        if not any(c.dep_ == "aux" and c.lower_ in lex.obligation_aux for c in verb.children) and not (
                verb.dep_ == "xcomp" and (verb.head.lemma_.lower() in lex.obligation_verbs or verb.head.lower_ == "ought")):
            continue
        trigger = _obliged_act(verb, lex)
        if trigger is None:
            continue
        modal = _obligation_modal(verb, lex)
        if any(e.type == "DEMAND" and e.trigger_start <= modal.idx < e.trigger_end for e in found + out):
            continue
        seen.add(verb.i)
        out.extend(_build_events(trigger, sent, lex, timex_heads, text))
    return out


def _quoted_obligation(token: Token, lex: Lexicon) -> Optional[Trigger]:
    """The DEMAND of a quotation put before its reporting verb (""Russia must withdraw its forces,"
    Blinken said"): ``_obligation_demand`` of the later reporting verb, taken when the scan of the
    sentence reaches the obliged act first, so the act is not coded as done (or claimed) instead."""
    if token.dep_ != "ccomp" or token.head.i <= token.i:
        return None
    trigger = _obligation_demand(token.head, lex)
    return trigger if trigger is not None and trigger.token.i == token.i else None


def named_actor_check(doc: Doc, events: list[Event], lex: Lexicon) -> list[Event]:
    """Check named-actor: an event with one side only needs that side to stand for an actor
    (``_stands_for_actor``: named, or a Phoenix sector agent). A lone vague actor ("the two
    leaders", "a group was formed to protest", "their teams", an unresolved "we") puts nobody an
    analyst can place in a network; with both sides present the dyad itself is kept."""
    kept = []
    for event in events:
        sides = [(event.source_start, event.source_end), (event.target_start, event.target_end)]
        present = [side for side in sides if side[0] is not None]
        if len(present) == 1 and not _stands_for_actor(doc, *present[0], lex) and not (
                event.type not in lex.cooperative and _outlet_voice(doc, doc.char_span(
                    *present[0], alignment_mode="expand"))):
            # (a state outlet's "we" that condemns, demands, rejects or sanctions acts on its
            # own; its cooperative acts without a partner are policy self-description: "we
            # honor", "we welcome this step", "we'll help our partners")
            continue  # check named-actor failed
        explanation = event.explanation or ""
        event.explanation = (explanation.replace(f"checks passed: {CHECKS_PASSED}",
                                                 f"checks passed: {CHECKS_PASSED}, {NAMED_ACTOR_CHECK}")
                             if CHECKS_PASSED in explanation else f"{explanation}; checks passed: {NAMED_ACTOR_CHECK}")
        kept.append(event)
    return kept


def _state_in_sentence(doc: Optional[Doc], event: Event) -> bool:
    """Whether the event's sentence names a place or a nationality (spaCy GPE / NORP): the
    context from which a PLOVER coder gives an actor its country (PLOVER_MANUAL.tex, Country
    names: the coder resolves a mention "using the context of the article")."""
    if doc is None:
        return False
    span = doc.char_span(event.sentence_start, event.sentence_end, alignment_mode="expand")
    if span is None:
        return False
    # an entity wholly inside the sentence (as ``Span.ents``), read from the tokens' IOB tags:
    # ``Span.ents`` builds a Span of every entity of the Doc on each call
    for token in span:
        if token.ent_iob_ == "B" and token.ent_type_ in ("GPE", "NORP"):
            end = token.i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            if end <= span.end:
                return True
    return False


def _placeable(event: Event, side: str, doc: Optional[Doc]) -> bool:
    """A side the linker could not code that an analyst can still place in a state from its
    sentence ("Tens of thousands of university students throughout Indonesia staged mass
    demonstrations", "Prisoners rioted at a jail in East Timor's capital Dili")."""
    if getattr(event, f"{side}_start") is None:
        return False
    return _state_in_sentence(doc, event)


PRIVATE_PERSON_PRONOUNS = {"i", "me", "he", "him", "she", "her"}


def _political_ties(events: list[Event], political: frozenset) -> set[str]:
    """Keys of the actors that some event of the article sets against a political actor (a
    state or a political sector on its other side): "the United States is designating Sa'id
    al-Jamal" ties al-Jamal to politics, as a journalist detained by a state or a blogger a
    court sentences is."""
    tied = set()
    for event in events:
        for side, other in (("source", "target"), ("target", "source")):
            key = getattr(event, f"{side}_key")
            if key and (getattr(event, f"{other}_acts_for") or getattr(event, f"{other}_sector") in political):
                tied.add(key)
    return tied


def _private_persons(event: Event, tied: frozenset = frozenset()) -> bool:
    """Whether every side of the event is a private person: a person the linker resolved
    (``person:`` key) or a singular personal pronoun, with no state it acts for and no sector
    (no title, office or membership the article gives), whom no event of the article sets
    against a political actor (``tied``: ``_political_ties``). An agentless force or coercion
    on a person ("Baquer Namazi was arrested after traveling to Iran": the state's police or
    security apparatus is the unnamed agent, CAMEO 173; PLOVER COERCE arrest/detain, ASSAULT)
    is still an act of a political actor."""
    present = [side for side in ("source", "target") if getattr(event, f"{side}_start") is not None]
    if not present:
        return False
    if event.source_start is None and event.type in detection_lexicon()["agentless_state_types"]:
        return False
    for side in present:
        if getattr(event, f"{side}_acts_for") or getattr(event, f"{side}_sector"):
            return False
        key = getattr(event, f"{side}_key") or ""
        if key in tied:
            return False
        text = (getattr(event, f"{side}_text") or "").strip().lower()
        if not (key.startswith("person:") or (not key and text in PRIVATE_PERSON_PRONOUNS)):
            return False
    return True


ARMED_ACTOR_CHECK = "armed-actor"  # the check ``_unarmed_mobilization`` runs on MOBILIZE events


def _with_members(noun: Token) -> Token:
    """The members' noun of a quantity or group head ("a group of bloggers", "thousands of
    supporters": English partitive and collective heads, event_words.yaml quantity_nouns, whose "of"
    phrase names who they are: ``senses._partitive_nouns``), else ``noun`` itself."""
    if noun.lemma_.lower() in QUANTITY_NOUNS or noun.lower_ in QUANTITY_NOUNS or noun.like_num:
        nouns = _partitive_nouns(noun)
        return nouns[1] if len(nouns) > 1 else noun
    return noun


def _mobilized(act: Token) -> list[Token]:
    """What a MOBILIZE act moves or readies, as written: a verb's object or passive subject ("mobilized
    reservists", "reservists were mobilized"), the noun its past participle modifies ("crowds
    mobilized by the party": a reduced relative clause belongs to the noun phrase right before it,
    where the parser may hang it higher), or an act noun's "of" phrase or noun compound ("the
    deployment of warships", "troop deployments"); each through a quantity head to its members and
    with its conjuncts. Empty where none is named ("Russia was mobilizing")."""
    heads: list[Token] = []
    if act.pos_ == "VERB":
        heads += _children(act, ("dobj", "obj", "nsubjpass"))
        if act.dep_ == "acl" and act.tag_ == "VBN":
            before = act.doc[act.i - 1] if act.i > 0 else None
            heads.append(before if before is not None and before.pos_ in ("NOUN", "PROPN") else act.head)
        elif any(c.dep_ == "agent" for c in act.children):
            heads += _children(act, ("nsubj",))  # a passive participle the parser gave a subject
    elif act.pos_ == "NOUN":
        heads += _partitive_nouns(act)[1:]
        heads += [c for c in act.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    members = [_with_members(head) for head in heads if head.pos_ in ("NOUN", "PROPN", "NUM")]
    return [n for m in members for n in (m, *(c for c in m.conjuncts if c.i > m.i and c.pos_ in ("NOUN", "PROPN")))]


def _weapon_noun(noun: Token) -> bool:
    """Whether ``noun`` names a weapon, ship, aircraft or vehicle (equipment.yaml through
    ``entities.equipment_words``; event_detection.yaml moving_force_weapons)."""
    from newsgraph.nlp.entities import equipment_words

    if equipment_words(noun.doc[noun.left_edge.i:noun.i + 1].text) is not None:
        return True
    # a vessel or aircraft word that is no people noun ("fighters" of a militia are its men: Phoenix UAF)
    return noun_lemma(noun) in detection_lexicon()["moving_force_weapons"] and _noun_sector(noun) in (None, "MIL")


def _noun_sector(noun: Token) -> Optional[str]:
    """The sector of the people or body an actor noun names (``compound_members.head_sector``:
    Phoenix agents, force nouns; event_detection.yaml mobilized_public_nouns: CVL), else None (a
    thing: "airspace", "capabilities"). Police a "military" modifier qualifies are the military's
    ("military police": MIL)."""
    from newsgraph.nlp.compound_members import head_sector

    if noun_lemma(noun) in detection_lexicon()["mobilized_public_nouns"]:
        return "CVL"
    sector = head_sector(noun)
    if sector == "POL" and any(c.lower_ == "military" for c in noun.lefts if c.dep_ in ("amod", "compound")):
        return "MIL"
    return sector


def _unarmed_following(noun: Token, sector: Optional[str], armed_mobilizer: bool) -> bool:
    """Whether the people ``noun`` names, mobilized, are an unarmed following: a following or
    crowd (event_detection.yaml mobilized_public_nouns) whoever mobilizes them, or, where the
    mobilizer holds no armed force, people of an unarmed sector named as such ("bloggers",
    "workers"). A generic person noun the Phoenix agents code CVL only for want of a sector
    (generic_person_nouns: "men", "citizens") names no following: a state's general mobilization
    calls them up."""
    words = detection_lexicon()
    if noun_lemma(noun) in words["mobilized_public_nouns"]:
        return True
    return not armed_mobilizer and sector in words["unarmed_sectors"] \
        and noun_lemma(noun) not in words["generic_person_nouns"] and noun.lower_ not in words["generic_person_nouns"]


def _mobilize_act(doc: Doc, event: Event) -> Optional[Token]:
    """The token of a MOBILIZE event's act: the trigger word the trigger lexicon reads as MOBILIZE
    ("mobilization" of "mobilization organized"), else the root of the trigger's words."""
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    lex = load_lexicon()
    return next((t for t in span if (lex.verbs.get(t.lemma_.lower()) or lex.nouns.get(noun_lemma(t)) or ("",))[0]
                 == "MOBILIZE" and t.pos_ in ("VERB", "NOUN")), span.root)


def _unarmed_mobilization(event: Event, doc: Optional[Doc]) -> Optional[str]:
    """Check armed-actor on a MOBILIZE event, and its mode (set in place): the reason it fails,
    else None. PLOVER MOBILIZE is "all military or police moves that fall short of the actual use
    of force", its actors militaries "[or] any organized armed groups (for example militias or
    gangs)", and "mobilizing supporters to demonstrate" is PROTEST: a mobilizer of an unarmed
    sector (event_detection.yaml unarmed_sectors: the linker's sector, else that of the source's
    head noun or its members, "a group of bloggers"), or people mobilized who are all an unarmed
    following (``_unarmed_following``: "violent mobs mobilized by X", whoever mobilizes them;
    "bloggers" or "workers" only where the mobilizer is no state, government or armed group, and
    never generic person nouns: "Russia mobilized 300,000 men"), with no force or weapon mobilized
    beside them, is no military or police move. The mode follows what is mobilized (codebook
    modes): weapons, ships, aircraft or vehicles alone are 'weapons' ("Mobilizing weapons, ships,
    or vehicles should be coded as MOBILIZE 'weapons' rather than 'troops', unless there's a
    separate mention of troops"); police units 'police' (not "military police": the military's);
    a non-state armed group 'militia' (not people a state enlists: "any non-state entity"); where
    nothing mobilized is named, the mobilizer's own (a spy plane violating airspace is a weapon
    moved; police deploying are police). Only a mode 'troops' or none is replaced, and 'police'
    where the people named are no police."""
    if event.type != "MOBILIZE" or doc is None:
        return None
    words = detection_lexicon()
    unarmed = words["unarmed_sectors"]
    act = _mobilize_act(doc, event)
    items = _mobilized(act) if act is not None else []
    weapons = [n for n in items if _weapon_noun(n)]
    people = [(n, _noun_sector(n)) for n in items if n not in weapons]
    people = [(n, s) for n, s in people if s]
    sectors = [s for _, s in people]
    armed = bool(weapons) or any(s not in unarmed for s in sectors)
    source = doc.char_span(event.source_start, event.source_end, alignment_mode="expand") \
        if event.source_start is not None else None
    mover = _with_members(source.root) if source is not None and len(source) else None
    source_sector = event.source_sector or (_noun_sector(mover) if mover is not None else None)
    # a state, its government or forces, or an armed group (a state named alone acts for itself)
    state_mover = source_sector in words["armed_mobilizer_sectors"] \
        or (not source_sector and bool(event.source_acts_for))
    if source_sector in unarmed and not armed:
        return f"mobilizer of sector {source_sector}, no force"
    if people and all(_unarmed_following(n, s, state_mover) for n, s in people) and not weapons:
        return f"people mobilized of sector {sectors[0]}, no force"
    police, militia = words["police_mode_sectors"], words["militia_mode_sectors"]
    mode = event.mode
    if mode == "police" and sectors and not any(s in police for s in sectors):
        mode = "troops"  # the trigger's "police" qualified as the military's ("deployed military police")
    if mode not in (None, "troops"):
        return None
    if weapons and not sectors:
        mode = "weapons"
    elif any(s in police for s in sectors):
        mode = "police"
    elif any(s in militia for s in sectors) and not (state_mover and source_sector not in militia):
        # (people a state enlists, "convicts" among them, join its forces: PLOVER militia is
        # "any non-state entity")
        mode = "militia"
    elif not weapons and not sectors and mover is not None and _weapon_noun(mover):
        mode = "weapons"  # nothing mobilized named: the mover is what moves ("a spy plane violated ...")
    elif source_sector in police:
        mode = "police"
    elif source_sector in militia:
        mode = "militia"
    if mode != event.mode:
        event.explanation = (event.explanation or "") + \
            f"; mode = {mode}: what is mobilized or who mobilizes (PLOVER MOBILIZE modes)"
        event.mode = mode
    return None


def political_actor_check(events: list[Event], doc: Optional[Doc] = None) -> list[Event]:
    """Check political-actor, on events whose actors the linker has coded: PLOVER codes political
    interactions between political actors (PLOVER_MANUAL.tex, Introduction; POLECAT actors are
    a state or an IGO plus a sector), so at least one side must act for a state or belong to a
    political sector (``resolve.actors.political_sectors``: government, military, rebels,
    opposition, parties, IGOs, rights groups), or else stand in a sentence that names a place or
    a nationality (``_placeable``: "students throughout Indonesia staged demonstrations").
    "Microsoft launched a campaign" (BUS), "the space shuttle will be sent to the science center"
    and "the wiki's founder agreed" are no PLOVER events."""
    from newsgraph.resolve.actors import political_sectors

    political = political_sectors()
    tied = frozenset(_political_ties(events, political))
    kept = []
    for event in events:
        sides = ((event.source_acts_for, event.source_sector), (event.target_acts_for, event.target_sector))
        note = ""
        if not any(acts_for or sector in political for acts_for, sector in sides):
            if not (_placeable(event, "source", doc) or _placeable(event, "target", doc)):
                # (another mention's sentence may place the actor, but trying it in the face's
                # place costs gold correct precision: left to the face, as before)
                _reject(event)
                continue  # check political-actor failed
            if _private_persons(event, tied):
                # check political-actor failed: a place in the sentence says where private persons
                # went or met ("He traveled to Florida to meet with Devocht"), not that they act
                # for a state or a sector (PLOVER_MANUAL.tex, Sector Codes: every actor is a state
                # plus a sector; a person the article gives neither is no political actor)
                _reject(event)
                continue
            note = " (a place or nationality named in its sentence places the actor)"
        unarmed = _unarmed_mobilization(event, doc)
        if unarmed is not None:
            # check armed-actor failed: no military or police move (PLOVER MOBILIZE)
            _reject(event)
            continue
        if _private_exchange(event, political):
            # check political-actor failed: civilians, firms, media or schools of a state meeting,
            # cooperating or agreeing among themselves ("the Chinese people agree with the
            # international community", "host communities that have welcomed them"): the state
            # they belong to places them, but no side is a political actor
            _reject(event)
            continue
        event.explanation = (event.explanation or "") + f"; checks passed: {POLITICAL_ACTOR_CHECK}{note}"
        if event.type == "MOBILIZE" and doc is not None:
            event.explanation += f"; checks passed: {ARMED_ACTOR_CHECK}"
        kept.append(event)
    return kept


def _private_traveller(event: Event, political: frozenset[str], doc: Doc, placed: frozenset = frozenset()) -> bool:
    """Whether a visit told by a verb of motion (CONSULT on "came / travelled / went to PLACE":
    event_detection.yaml motion_verbs) has a traveller (its source) the linker gave no state and
    no political sector (``resolve.actors.political_sectors``): the destination is a place, not a
    second party, so only the traveller can make the trip a political visit. Only a traveller
    the linker resolved to a person (``person:`` key) or left a bare pronoun ("we", "he") is
    judged: an unresolved title ("The Secretary") names an office, a political actor; a person
    another event of the article gives a state or a political sector (``placed``: keys) is one.
    Since 0.7.621 also unnamed people a vague person noun names with no political sector
    ("Ukrainian journalists came to Washington", ``_vague_person_noun``), whatever state the
    linker places them in: private people of a state travel, they visit no one for it."""
    if event.type != "CONSULT" or event.source_sector in political \
            or event.source_start is None or event.source_key in placed:
        return False
    trigger = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if trigger is None or len(trigger) != 1 or trigger[0].lemma_.lower() not in detection_lexicon()["motion_verbs"]:
        return False
    traveller = doc.char_span(event.source_start, event.source_end, alignment_mode="expand")
    if not event.source_key and traveller is not None and len(traveller) > 0 \
            and _vague_person_noun(traveller.root, load_lexicon()):
        return True
    if event.source_acts_for:
        return False
    if (event.source_key or "").startswith("person:"):
        return True
    return not event.source_key and traveller is not None and all(t.pos_ == "PRON" for t in traveller)


def private_trip_check(events: list[Event], doc: Doc) -> list[Event]:
    """Check political-actor, for trips: ``events`` less the visits told by a verb of motion
    whose traveller is no political actor (``_private_traveller``: "we came to United States"
    said by a students' robotics team, "He came to Washington" of a person the article gives no
    office). PLOVER CONSULT "travel to another location for a meeting" is between political
    actors, and the state travelled to, coded as the recipient, does not make the traveller
    one. Run after the linker's context passes (``linking``: a release's "The Secretary"
    takes its state late), before mentions fold: a mention dropped here leaves its happening to
    another mention that names the traveller as an official."""
    from newsgraph.resolve.actors import political_sectors

    political = political_sectors()
    placed = frozenset(getattr(e, f"{side}_key") for e in events for side in ("source", "target")
                       if getattr(e, f"{side}_key") and (getattr(e, f"{side}_acts_for")
                                                         or getattr(e, f"{side}_sector") in political))
    return [e for e in events if not _private_traveller(e, political, doc, placed)]


ACTORLESS_CHECK = "named-actor-after-context"  # the check ``actorless_check`` runs


PARTY_ENT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# an accusation's trigger is the misdeed the accused did ("reports indicate X has perpetrated
# abuses"): the verb's subject is the accused, its recipient, and the accuser is whoever reports it
ACCUSATION_MODES = frozenset({"accuse", "allege"})
# pronouns that name a thing or an act as readily as a party: never a party subject by themselves
_THING_PRONOUNS = frozenset({"it", "this", "that", "which", "these", "those"})


def _party_subject(subject: Token) -> bool:
    """Whether a grammatical subject names a party (a doer the linker had to place): a pronoun
    ("they", "we"), a named person, group or state, a Phoenix agent noun ("protesters",
    "officials"), or a quantifier standing alone for people ("many", "some", "others": a fused
    determiner head, parsed ADJ or DET). A thing or an act ("a bombing killed ...") is no party;
    nor is a pronoun that names things as readily ("it", "this", "which"); a relative pronoun is
    read as its antecedent ("the airstrike that killed ..."). Shape: Token -> bool."""
    from newsgraph.nlp.events.lexicon import sector_agents

    if subject.tag_ in ("WDT", "WP") and subject.head.dep_ == "relcl":
        # a relative pronoun stands for its antecedent ("the airstrike that killed 12 civilians":
        # a thing; "the militants who attacked the base": a party)
        return _party_subject(subject.head.head)
    if subject.lower_ in _THING_PRONOUNS:
        return False  # "it", "this", "that", "which": no person, so no party by itself
    return subject.pos_ in ("PRON", "ADJ", "DET") or subject.ent_type_ in PARTY_ENT_LABELS \
        or subject.lemma_.lower() in sector_agents()


def _active_party_subject(doc: Optional[Doc], event: Event) -> bool:
    """Whether ``event``'s trigger is a verb in the active voice whose subject names a party
    (``_party_subject``): "many are criticizing X", "X has received weapons", "they gave ...". The
    clause's subject slot then holds the doer (or, "X has received", the recipient in the doer's
    place), and it named no actor the linker could place. A passive ("were killed", "civilians
    shot"), a verb with no subject of its own (an infinitive, a gerund) or a thing for subject ("a
    bombing killed ...") tells the act by what its recipient undergoes: False, as for a noun
    trigger, an accusation (its verb is the accused's deed) or with no doc.
    Shape: (Doc | None, Event) -> bool."""
    if doc is None or event.mode in ACCUSATION_MODES:
        return False
    verbs = _trigger_verbs(doc, event, ("VERB",))
    if not verbs:
        return False
    verb = verbs[0]
    if {c.dep_ for c in verb.children} & {"auxpass", "nsubjpass", "csubjpass"}:
        return False
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False  # a bare past participle: a passive
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(_party_subject(s) for s in subjects)


def _no_party(event: Event, side: str) -> bool:
    """Whether ``event``'s ``side`` ("source" or "target") holds no party at all: no words, no key
    and no state it acts for. (Event, str) -> bool."""
    return not ((getattr(event, f"{side}_text") or "").strip() or getattr(event, f"{side}_key")
                or getattr(event, f"{side}_acts_for"))


def _actorless(event: Event, doc: Optional[Doc] = None) -> bool:
    """Whether ``event`` has no actor (PLOVER's source) at all once the linker and its context
    passes are done (no source words, no key and no state it acts for) and is an act that needs
    one: an act of will or dealing (event_detection.yaml actor_stance_types: a promise, backing,
    an appeal, a refusal, a meeting, cooperation, a concession), or any act told in the active
    voice whose subject names a party (``_active_party_subject``: "many are criticizing X", "X has
    received weapons"): the subject slot held the doer and named none the linker could place. A
    material or hostile act told by what its recipient undergoes, in the passive ("were killed",
    "was detained", "civilians shot"), with a thing for subject ("a bombing killed") or as a noun,
    stays: PLOVER's own gold records code such acts with no actor -- except a taking back of a place
    with neither doer nor holder named (``_doerless_taking_back``: "the town was retaken"; "the town
    was recaptured from ISIS" stays, aimed at ISIS). Shape: (Event, Doc | None) -> bool."""
    if not _no_party(event, "source"):
        return False
    return event.type in detection_lexicon()["actor_stance_types"] or _active_party_subject(doc, event) \
        or _doerless_taking_back(doc, event)


def _doerless_taking_back(doc: Optional[Doc], event: Event) -> bool:
    """Whether ``event`` is a taking back of a place by force (ASSAULT of a verb of
    event_detection.yaml ``retaking_verbs``: "Kuwait had been liberated", "the town was retaken")
    told with no doer and no holder of the place as its target (``targets.RETAKEN_HOLDER_RULE``):
    what is left is the place set free, which is not the party attacked (the force is aimed at
    whoever held it, coding rule "holder of the place retaken"), so no happening with a recipient
    stands as a killing's victims do, and the act has no main actor. Since events 0.8.199. A holder
    named in either voice keeps the act, aimed at it: the subject of a seizing clause on the place
    ("retook the town the rebels seized") or the "from" phrase ("the town was recaptured *from
    ISIS*", ``targets._retaken_from``; events 0.8.209); only a retaking with no doer and no holder
    found is dropped."""
    from newsgraph.nlp.context_states import _taking_back
    from newsgraph.nlp.events.targets import RETAKEN_HOLDER_RULE

    return doc is not None and event.type == "ASSAULT" and RETAKEN_HOLDER_RULE not in (event.explanation or "") \
        and _taking_back(doc, event)


def actorless_check(events: list[Event], doc: Optional[Doc] = None) -> list[Event]:
    """Check named-actor-after-context: ``events`` less those with no actor left that need one
    (``_actorless``) once every pass that places one has run: an agentless passive of an act of
    will ("the announcement has been coordinated with allies", "the emergency was expanded to deny
    support to X"), a participle or noun whose doer the parser did not reach ("the services offered
    by providers to support X"), a thing or no subject taken for the doer ("$500 million will
    support the production of X"), and any act told in the active voice whose subject names no
    actor the linker placed ("many are criticizing X", "X has already received weapons"), where
    neither the sentence's grammar, the linker (an agent phrase, a pronoun, a possessor) nor the
    article's context (the release's own voice, a readout's side) supplied one. PLOVER does not
    code events with "no explicit, named actor" (PLOVER manual, Required entities). A material or
    hostile act told by what its recipient undergoes ("were killed", "was detained") stays, a
    happening with an unknown doer, as PLOVER's gold records code it. Run by the linker after its
    last pass that can give an act its doer (context placing, mention folds, restated acts, joint
    voices, own reports): a mention with no actor folded into a happening whose face names the
    doer stays that event's evidence; only a happening no mention gives a doer goes. ``doc``
    (the events' document) lets the check read the trigger's voice; without it only acts of will
    go. Shape: (list[Event], Doc | None) -> list[Event]."""
    return [e for e in events if not _actorless(e, doc)]


# cooperative and verbal acts that are everyday dealings when only private actors take part:
# people of a state meeting, helping or agreeing with one another make no political event
# (AID is left out: relief by civilians, "farmers helped the migrants", is coded as aid by some)
PRIVATE_ROUTINE_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE", "SUPPORT"})


def _private_exchange(event: Event, political: frozenset[str]) -> bool:
    """Whether a cooperative or verbal act (``PRIVATE_ROUTINE_TYPES``) has on every side it names
    an actor the linker coded with a sector that is no political one (CVL, BUS, MED, EDU, REL,
    LAB, REF ...: ``lexicons/actor_sectors.yaml`` political_sectors): PLOVER codes political
    interactions (PLOVER_MANUAL.tex, Introduction), and a state named as such people's own
    ("Venezuelan host communities", "a Uzbek company") does not make them political actors. A
    side with no sector (an unnamed "they", a body the linker could not code) may be a political
    actor and keeps the event, as does any side in a political sector; protest, force and
    coercion by or on civilians, and their relief (AID), are other types and pass."""
    if event.type not in PRIVATE_ROUTINE_TYPES:
        return False
    sides = [sector for text, sector in ((event.source_text, event.source_sector),
                                         (event.target_text, event.target_sector)) if text]
    return bool(sides) and all(sector and sector not in political for sector in sides)


LINKED_ACTOR_CHECK = "linked-actors"


def _clear_side(event: Event, side: str) -> None:
    for field in ("start", "end", "text", "key", "acts_for", "sector"):
        setattr(event, f"{side}_{field}", None)


def _names_state_only(doc: Optional[Doc], start: Optional[int], end: Optional[int], adjective: bool = False) -> bool:
    """The span is a state's name and nothing else ("the United States", not "the Cuban people"),
    or a lone nationality adjective on a thing ("support *American* steel manufacturing"): like
    the name modifier in "U.S. visas", the adjective says whose thing it is (English grammar: an
    attributive denominal adjective of origin, CGEL 7.14), it names no actor acted on; only when
    ``adjective`` (cooperative acts: a state's force or coercion on its own people's things, e.g.
    "Iranian" protests, stays an event)."""
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None and start is not None else None
    words = [t for t in span if t.pos_ not in ("DET", "PUNCT", "SPACE")] if span is not None else []
    if adjective and len(words) == 1 and words[0].pos_ == "ADJ" and words[0].ent_type_ == "NORP" and words[0].dep_ == "amod":
        return True
    return bool(words) and all(t.ent_type_ in ("GPE",) for t in words)


FIRST_PERSON_SINGULAR = {"i", "me"}


def _own_organ_target(event: Event) -> bool:
    """A state's executive acting on an executive organ of the same state ("We commend the
    Department of Justice", "Trump asked the National Security Council"; event_detection.yaml
    own_organ_nouns): administration inside one government, no interaction between actors."""
    words = detection_lexicon()
    if event.type not in words["internal_types"] or not event.source_acts_for:
        return False
    target_words = [w.strip(",.;:()").lower() for w in (event.target_text or "").split()]
    marked = any(w in words["domestic_organ_markers"] for w in target_words)
    if event.target_acts_for is None and event.source_sector in words["executive_sectors"] and marked \
            and any(w in words["own_organ_nouns"] for w in target_words) \
            and (event.target_text or "").islower() and not event.target_key:
        # "ONDCP has convened federal government departments and agencies to develop ... the Plan":
        # unnamed organs of the source's own government ("federal", "interagency")
        return True
    if event.source_acts_for != event.target_acts_for or event.source_sector not in words["executive_sectors"]:
        return False
    if marked and event.target_sector in (*words["executive_sectors"], None):
        # "consulting with interagency partners", "coordinate the effort of U.S. federal agencies",
        # "travel ... with an interagency delegation": a marker that makes its noun the source's own
        # government's executive (any noun: partners, delegation), never a legislature or court
        return True
    if event.target_sector not in words["executive_sectors"]:
        return False
    return any(w in words["own_organ_nouns"] for w in target_words) or _own_named_organ(event)


def _own_named_organ(event: Event) -> bool:
    """A target keyed as an organisation of the source's own state (both ``acts_for`` alike,
    checked by ``_own_organ_target``) in a sector of a state's executive, named with no organ
    noun ("President X is calling on the USTR to consider ...", "asked the Pentagon to review",
    "praised the FBI"; event_detection.yaml own_named_organ_sectors, and for a request
    own_named_organ_request_sectors, which adds the military's organs): an organ of one
    government as "the Department of Justice" is. A person, a sub-national government ("the
    Municipality of X") and, outside requests, a military unit are not; nor is a legislature or
    court the sector table read as GOV ("the Assembly of Albania", "the Court of Appeals", "the
    Bulgarian National Assembly"), known by its head noun (own_named_organ_branch_heads): the last
    word before a bracketed acronym, or in "X of Y" the last word before the first "of"."""
    from newsgraph.nlp.context_states import subnational_agent, subnational_body_name

    words = detection_lexicon()
    if not (event.target_key or "").startswith("org:"):
        return False
    sectors = words["own_named_organ_request_sectors"] if event.type in words["own_named_organ_request_types"] \
        else words["own_named_organ_sectors"]
    if event.target_sector not in sectors:
        return False
    text = (event.target_text or "").strip()
    # (a legislature's or court's name the sector table read as GOV is still another branch:
    # its head noun says so, the last word before any bracketed acronym and, in "X of Y"
    # ("Assembly of Albania", "Court of Appeals"), before the first "of")
    head = re.split(r"\s+of\s+", re.sub(r"\s*\([^)]*\)\s*$", "", text), maxsplit=1, flags=re.I)[0].split()
    if head and head[-1].lower() in words["own_named_organ_branch_heads"]:
        return False
    return not (subnational_agent(text) or subnational_body_name(text))


def _restricted_population(event: Event) -> Optional[str]:
    """The state (ISO3) whose civilians a measure laid on a place restricts: a COERCE of
    ``POPULATION_MEASURE_MODES`` whose target is the place it is imposed in (target rule
    ``PLACE_IN_RULE``: "imposed a curfew in Tashkent", "Hong Kong, where the party has imposed
    harsh measures"), placed by the linker in a state (its ``acts_for``, else its country key). The
    recipient of a restriction is the population restricted (PLOVER COERCE: "the entities intended
    to be affected by the action"), so neither the state's government, which a capital's name
    stands for elsewhere ("Moscow said"), nor the place; None for any other event or a place in no
    state. Shape: Event -> str | None."""
    if event.type != "COERCE" or event.mode not in POPULATION_MEASURE_MODES \
            or f"target={PLACE_IN_RULE}" not in (event.explanation or ""):
        return None
    return event.target_acts_for or _country_state(event.target_key)


def _protected_nationals(event: Event) -> Optional[str]:
    """The state (ISO3) whose nationals a designation for a protected status protects: an AID
    whose sense is a state designated "for" protection (senses ``PROTECTION_DESIGNATION``: "is
    designating Venezuela for Temporary Protected Status") and whose target the linker keyed to
    that state. The status is given to the state's nationals in the designating state's territory
    (PLOVER AID: "Asylum, both to persons in its territories ..."; the recipient is "the entities
    intended to be affected by the action"), as "granting Temporary Protected Status to
    Venezuelans" codes them (the state's people, CVL), not to its government; None otherwise.
    Since events 0.8.198. Shape: Event -> str | None."""
    if event.type != "AID" or f"{PROTECTION_DESIGNATION} '" not in (event.explanation or ""):
        return None
    state = _country_state(event.target_key)
    return state if state and event.target_sector in state_sectors() else None


def _own_people_service(event: Event) -> bool:
    """A state's executive (event_detection.yaml executive_sectors) serving, congratulating or
    steering private people or firms of its own state (target acts for the source's state in
    own_people_sectors, CVL or BUS) by an act listed in own_people_acts ("congratulating new U.S.
    citizens", "provide assistance to U.S. citizens", "Beijing directed over-investment by Chinese
    companies"): administration inside one state, no interaction between political actors.
    Meetings with its civil society, concessions, asylum and relief are not listed and stay."""
    words = detection_lexicon()
    if not event.source_acts_for or event.source_acts_for != event.target_acts_for \
            or event.source_sector not in words["executive_sectors"] \
            or event.target_sector not in words["own_people_sectors"]:
        return False
    act = f"{event.type}/{event.mode}" if event.mode else event.type
    if act in words["own_people_acts"]:
        return True
    if event.type != "AGREE" or event.mode or "AGREE/aid-promise" not in words["own_people_acts"]:
        return False
    goods = load_lexicon().aid_nouns | words["support_material_objects"]
    return any(w.lower().rstrip("s") in goods or w.lower() in goods for w in (event.trigger or "").split())


def _internal_interaction(event: Event, doc: Optional[Doc]) -> bool:
    """A cooperative event whose target the linker left on the source's own side
    (``linking.same_side``: one state, executive sectors or none; "the Washington Foreign Press
    Center will host a briefing with Secretary Blinken") in a sentence that names no actor of
    another state: organs of one government, no interaction between political actors (PLOVER codes
    interactions between actors; POLECAT actors are a state plus a sector). A sentence naming
    another state keeps the event (the partner may be told there, or a state misread), and so
    does a target titled as a state's leader with no state of its own (event_detection.yaml
    ``leader_titles``: the release's state is only a default for "President Xiomara Castro"), and
    an act between the two sides of a readout's meeting (``resolve_participants``: "They committed
    to coordinate" after "Sullivan met with Admiral Rocha"), whose sides are two parties by the
    meeting's own report."""
    from newsgraph.nlp.linking import same_side

    if doc is None or not same_side(event):
        return False
    if MEETING_SIDES_NOTE in (event.explanation or ""):
        return False  # the two sides of a readout's meeting (resolve_participants): a misread state, not one side
    leaders = detection_lexicon()["leader_titles"]
    if any(role.person_key == event.target_key and not role.of_key
           and " ".join(role.title.lower().split()).removeprefix("former ") in leaders
           for role in doc._.ng_roles or []):
        return False  # "President Xiomara Castro": a leader's title names no state of its own
    state = event.source_acts_for
    entities = doc._.ng_entities or {}
    for mention in doc._.ng_mentions or []:
        if not mention.entity_key or not (event.sentence_start <= mention.start and mention.end <= event.sentence_end):
            continue
        other = _key_state(mention.entity_key, entities)
        if other and other != state:
            return False
    return True


# a demonstrative or a count makes a plural definite, naming actors told elsewhere ("will continue
# to support these countries"), and the speakers' own states ("a partnership between our
# countries") are the meeting's sides: left to the linker, no generic class
_ANAPHORIC_DETERMINERS = {"these", "those", "this", "that", "both", "two", "three", "four", "five"}

_STATE_PLURALS = {"countries", "nations", "governments", "states", "peoples"}


def _generic_stance_target(event: Event, doc: Optional[Doc] = None) -> bool:
    """A restated stance (event_detection.yaml restated_stances: "reaffirm our commitment to
    protect the most vulnerable countries and people", "underscored the commitment to standing
    with our allies and partners", "continue our support for like-minded partners") whose only
    target, after linking, is an unnamed collective: no key, no state, no capitalised word. PLOVER
    SUPPORT and AGREE are toward an actor; a stance toward a generic class of people or countries
    is policy talk (like check commitment-goal), no interaction an analyst can code. A named body
    ("the Unitary Platform"), a state or a linked actor keeps the event; pronouns are left to the
    pronoun checks above."""
    if event.type not in ("SUPPORT", "AGREE") or event.target_key or event.target_acts_for:
        return False
    target = (event.target_text or "").strip()
    words = (event.trigger or "").lower().split()
    if not target or len(words) < 2 or target.lower() in OBJECT_PRONOUNS | {"our", "it", "they", "we"}:
        return False  # (a lone "support" is the act itself, not a stance restated by another verb)
    stance = words[-1][:-1] if words[-1].endswith("s") and words[-1][:-1] in detection_lexicon()["restated_stances"] \
        else words[-1]
    if stance not in detection_lexicon()["restated_stances"]:
        return False
    first, *rest = target.lower().split()
    span = _target_span(doc, event) if doc is not None else None
    if span is not None and span.start > 0 and doc[span.start - 1].lower_ in _ANAPHORIC_DETERMINERS:
        return False  # the determiner left out of the target's text ("these countries")
    if first in _ANAPHORIC_DETERMINERS or first.isdigit() or (
            first in ("our", "their", "both") and rest and rest[-1] in _STATE_PLURALS):
        return False  # "these countries", "the two countries", "between our countries": actors named elsewhere
    return not any(w[:1].isupper() for w in re.findall(r"[A-Za-z][\w'’.-]*", target))


def _programme_target(event: Event, doc: Optional[Doc]) -> Optional[str]:
    """The head noun of a target that is a named programme, plan, agreement, framework or
    financing facility the NER took for an organisation ("the Americas Partnership for Economic
    Prosperity", "the Comprehensive Regional Protection and Solutions Framework", "the Global
    Concessional Financing Facility"): a capitalised head among plover_frames document_names /
    programme_heads; else None. A body that runs one ("the Amazon Fund", "the Russian Direct
    Investment Fund") is left an actor, and so is a named body the sentence shows acting through its
    efforts (the targets rule ``NAMED_BODY_RULE``: "support for the Three Seas Initiative and its
    efforts to ...")."""
    if doc is None or not (event.target_key or "").startswith("org:") \
            or f"target={NAMED_BODY_RULE}" in (event.explanation or ""):
        return None
    span = _target_span(doc, event)
    if span is None or not len(span):
        return None
    lex = load_lexicon()
    heads = lex.document_names | lex.programme_heads
    for head in (span.root, _name_head(span)):
        if head.text[:1].isupper() and (head.lemma_.lower() in heads or head.lower_ in heads):
            return head.lower_
    return None


def _name_head(span) -> Token:
    """The head word of a proper name by its form: English names are head-final before any "of",
    "on", "for" phrase ("the Tropical Forests Forever Facility", "the Fund for Peace"), which
    holds where the parser takes a plural modifier for the root ("Forests" in "Tropical Forests
    Forever Facility")."""
    last = span[-1]
    for token in span[1:]:
        if token.lower_ in ("of", "on", "for") and token.pos_ == "ADP":
            last = token.nbor(-1)
            break
    while last.i > span.start and (last.is_punct or last.is_space):
        last = last.nbor(-1)
    return last


def _own_side_pronoun(event: Event) -> bool:
    """Whether the target is a pronoun ("them", "us", "our") the linker resolved to the very
    actor the source is, or to the source's own state as a whole: "us", "our" (the speaker's side)
    or a third-person pronoun read as the state itself or as a state organ of it with no key.

    A third-person object pronoun resolved to another actor of the same state stays: a named
    person or body with a key of its own ("The Department ... thanks him": the envoy), or keyless
    people of the state outside its institutions (a non-state sector: "American citizens ...
    rescue them"). Binding (Principle B) only keeps "him"/"them" off its clause's subject; the
    target is then as the name itself would be, and the internal-interaction check judges it as
    it judges the name (``_internal_interaction``)."""
    text = (event.target_text or "").strip().lower()
    if text not in OBJECT_PRONOUNS | {"our"}:
        return False
    if event.target_key and event.target_key == event.source_key:
        return True
    state = _country_state(event.target_key) or event.target_acts_for
    if not (state and state == event.source_acts_for):
        return False
    if text in FIRST_PERSON_WORDS or (event.target_key or "").startswith("country:"):
        return True
    if event.target_key:
        return False  # another named actor of the state (a person, a body): no binding violated
    # keyless: a state organ ("officials", no sector) may be the source's own side misread;
    # people of a non-state sector (citizens, staff of no state sector) are others
    return not (event.target_sector and event.target_sector not in state_sectors())


HAPPENING_REJECTED = "happening_rejected"  # the name of the Event field _reject sets


def _reject(event: Event) -> None:
    """Mark an event a post-link check dropped for what the happening is (aimed at its own side,
    one person on both sides, a stance toward no one): the other mentions merged with it tell
    the same happening and are not tried in its place (``linking.fold_mentions``), unlike a
    mention dropped only for words the linker could not resolve ("it", "I", no actor left)."""
    event.happening_rejected = True


# verbal and arranging acts (hosting, mediating, calling for, signing, ratifying, pledging): told in
# a side clause on the thing they set up, with no counterpart named, they say who arranged it
BACKGROUND_TYPES = frozenset({"CONSULT", "DEMAND", "SUPPORT", "AGREE", "COOPERATE"})

COUNTERPART_PREPS = frozenset({"between", "with", "among"})

BACKGROUND_CHECK = "not-background"  # named in the explanation of the events it passes


def _background_clause(event: Event, doc: Optional[Doc]) -> Optional[str]:
    """Check not-background: a verbal or arranging act (``BACKGROUND_TYPES``) told in a side clause
    on the noun naming what it set up, with no counterpart left as target, restates who arranged
    that thing, not the act the sentence reports: a passive participle with its "by" agent ("the
    ceasefire *called for by* the Security Council", "the conference *hosted by* Qatar", "talks
    *mediated by* Egypt", "the summit, *hosted by* France last year", "treaties *ratified by*
    Cuba") or a relative clause whose relative word is the verb's object or a passive subject
    with its agent ("treaties *which Peru has signed*", "the import ban, *which Republicans called
    for*", "the Final Act, *in which* all OSCE countries *pledged* ..."). An identifying description,
    like a name, is no PLOVER event (a dated interaction between two actors) and no analyst codes
    it. A clause that names a counterpart ("talks mediated by Egypt between Israel and Hamas"), a
    subject relative ("Egypt, which has been mediating"), a relative of place or time ("Washington,
    where they will continue to discuss ...") and force or coercion ("six Airmen *killed by* a
    suicide bomber", "restrictions *imposed by* the Cuban Government") pass."""
    if doc is None or event.type not in BACKGROUND_TYPES or event.target_text:
        return None
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None:
        return None
    for token in span:
        node = token
        while node.dep_ == "conj" and node.head.i != node.i and node.head.pos_ in ("VERB", "AUX"):
            node = node.head  # "called for by the OAS and *backed* by the Council"
        if node.pos_ != "VERB" or node.head.pos_ not in ("NOUN", "PROPN") or node.head.i == node.i:
            continue
        if any(c.dep_ == "prep" and c.lower_ in COUNTERPART_PREPS for c in token.children):
            continue  # "talks mediated by Egypt *between* Israel and Hamas": the act names its parties
        if node.dep_ == "acl" and token.tag_ == "VBN" and _has_agent(token):
            return f"side clause '{node.head.text} {token.text} by'"
        if node.dep_ != "relcl" or any(c.tag_ == "WRB" for c in node.children):
            continue
        subjects = _children(node, SUBJECT_DEPS)
        passive = _children(node, PASSIVE_SUBJECT_DEPS)
        if subjects and subjects[0].tag_ not in RELATIVE_TAGS and subjects[0].lower_ != "that":
            return f"side clause '{node.head.text} ... {subjects[0].text} {node.text}'"
        if passive and _has_agent(token):
            return f"side clause '{node.head.text} ... {token.text} by'"
    return None


def _between_parties(token: Token) -> list[Token]:
    """The parties of the "between X and Y" phrase ``token`` is in (its object and that object's
    conjuncts; climbing through the words of one noun phrase: "the Maduro regime", "Russia's
    government"), else []."""
    node = token
    while node.dep_ in ("conj", "compound", "poss", "amod", "nmod", "appos") and node.head.i != node.i:
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ != "between":
        return []
    return [node, *node.conjuncts]


def _party_side(party: Token, doc: Doc) -> Optional[str]:
    """The state a party token's linked mention acts for ("country:USA" -> "USA", else the
    entity's ``acts_for``), "self" for a first-person possessive ("our countries"), else None."""
    if any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON_WORDS for c in party.children):
        return "self"
    entities = doc._.ng_entities or {}
    for mention in doc._.ng_mentions or []:
        if mention.entity_key and mention.start <= party.idx < mention.end:
            return _key_state(mention.entity_key, entities)
    return None


def _key_state(key: str, entities: dict) -> Optional[str]:
    """The state an entity key stands for: a country key's own (``_country_state``), else the
    ``acts_for`` of its entity in ``entities`` (``doc._.ng_entities``: key -> Entity), else None."""
    return _country_state(key) if key.startswith("country:") else getattr(entities.get(key), "acts_for", None)


def _third_party_relation(event: Event, doc: Optional[Doc]) -> bool:
    """A target found inside the object phrase ("actor inside" rules) that is, or modifies, a party
    of a "between X and Y" phrase, and is no recipient of the act: a party on the source's own side
    ("welcomes the competition between our countries", said for the United States: the linker's
    states, ``_party_side``), or an unnamed party, which is the sources themselves or a thing ("The
    United States and Jordan have agreed upon a new free-trade pact between the two countries",
    "investigating the coincidences between the Air France flight and ..."). A named party on the
    other side stays the target: welcoming an agreement or backing talks between others is SUPPORT toward its
    parties ("We welcome the agreement between Armenia and Azerbaijan": ARM and AZE), and "the
    partnership between Estonia and the United States", said for the United States, targets Estonia."""
    if doc is None or event.target_start is None or "target=actor inside" not in (event.explanation or ""):
        return False
    span = doc.char_span(event.target_start, event.target_end, alignment_mode="expand")
    parties = _between_parties(span.root) if span is not None else []
    if not parties:
        return False
    own = event.source_acts_for
    # the party the target is, or is a word of ("Russia's" in "Russia's government")
    target = next((p for p in parties if p.i == span.root.i or p in span.root.ancestors), None)
    if target is None:
        return False
    # the party's own side, else the side of the name inside it ("Russia's" in "Russia's government")
    side = _party_side(target, doc) or _party_side(span.root, doc)
    if side == "self" or (own and side == own):
        return True
    if target.i != span.root.i:
        # the target names a party that is a thing ("the Air France flight"), not the party itself
        return not _is_actor(target, load_lexicon(), allow_pronoun=False)
    # an unnamed party (no entity, no state, no name in it) is the sources themselves ("the two
    # countries" after two named co-subjects) or a thing
    return not (event.target_key or event.target_acts_for or side
                or any(t.pos_ == "PROPN" or t.ent_type_ in ACTOR_ENT_LABELS for t in span))


def _yielding_act(act: Token) -> bool:
    """Whether the needed act, or a verb conjoined with it, is one a party yields by: a trigger the
    PLOVER lexicon types CONCEDE or RETREAT ("allow", "release", "withdraw"; CAMEO 08 "yield",
    0863 "allow delivery of humanitarian aid"), so that a need stressed for it is CAMEO 105
    "demand that target yields" (PLOVER REQUEST, mode yield) aimed at the one able to yield."""
    lex = load_lexicon()
    return act.pos_ == "VERB" and any(lex.verbs.get(verb_lemma(v, lex), ("",))[0] in ("CONCEDE", "RETREAT")
                                      for v in (act, *act.conjuncts))


def _paragraph_accused(event: Event, kept: list[Event], doc: Doc) -> Optional[Event]:
    """The one DISAPPROVE of the same source (key, else state) told before ``event`` in its
    paragraph (``linking._list_item``: a line of a release, joined across hard wraps) whose target
    is a named actor (keyed); None when there is none or they condemn different parties."""
    from newsgraph.nlp.linking import _list_item

    text = doc_text(doc)
    start, _end = _list_item(text, event.sentence_start)
    found = {}
    for other in kept:
        if other.type != "DISAPPROVE" or not other.target_key or not start <= other.sentence_start < event.sentence_start:
            continue
        same = (other.source_key and other.source_key == event.source_key) or (
            not event.source_key and other.source_acts_for and other.source_acts_for == event.source_acts_for)
        if same and other.target_key != event.source_key and other.target_acts_for != event.source_acts_for:
            found.setdefault(other.target_key, other)
    return next(iter(found.values())) if len(found) == 1 else None


def _supposed_act_on_no_one(event: Event) -> bool:
    """A hypothetical event (a condition, a possibility, a wish, a scenario: status
    "hypothetical") of a verbal or cooperative type (plover_frames.yaml expressive_types,
    symmetric_types, joint_commitment_types: ask, talk, declare, agree) with no target after
    linking: no text, key or state. PLOVER codes an act of one actor on another; a word or a
    meeting neither done nor aimed at anyone names no interaction (an asserted act with its target
    missing is still a happening, left to the target readings). A material act keeps its event:
    "Russia could launch a massive attack at any moment" is a threat told of a named actor whose
    target is only implied, and its status lets an analyst filter it."""
    lex = load_lexicon()
    return event.status == "hypothetical" \
        and event.type in lex.expressive_types | lex.symmetric_types | lex.joint_commitment_types \
        and not (event.target_text or event.target_key or event.target_acts_for)


def linked_actor_check(events: list[Event], doc: Optional[Doc] = None) -> list[Event]:
    """Check linked-actors, on events whose actors the linker has resolved: a pronoun the linker
    could resolve to no entity ("It underscores ...", "we" in a transcript nobody speaks for) is
    no actor, so that side is left empty, and an event left with no actor is dropped; an event
    whose target is the very state its source acts for, by name, is dropped (distinct-actors
    after linking: "President Biden emphasized both the United States and China need to ..."
    is no DEMAND of the United States on itself; PLOVER codes an act between two actors)."""
    from newsgraph.resolve.actors import state_sectors

    kept = []
    region_copies: set[int] = set()  # the events whose unplaced region target was cleared
    self_inclusive = _self_inclusive_needs(events)
    for event in events:
        notes = []
        if _act_of(event) in self_inclusive:
            # check linked-actors failed: "emphasized that both the United States and China need to
            # manage competition": a need the speaker's own state shares is no demand on the other
            # (PLOVER DEMAND asks another party to act; a joint obligation binds the speaker too)
            _reject(event)
            continue
        unresolved = {side: (getattr(event, f"{side}_text") or "").strip().lower() for side in ("source", "target")
                      if not getattr(event, f"{side}_key") and not getattr(event, f"{side}_acts_for")}
        if unresolved.get("source") == "it":
            continue  # check linked-actors failed: an unresolved "it" as the doer is a thing ("It underscores ...")
        if "source" in unresolved and f"source={SPEAKER_EXPERIENCER}" in (event.explanation or ""):
            continue  # check linked-actors failed: "it is a pleasure to V" where no person speaks names no doer
        if unresolved.get("source") in FIRST_PERSON_SINGULAR and doc is not None and not _state_channel(doc):
            # check linked-actors failed: an "I" nobody is found to be, outside a state
            # institution's own channel (where "I" is the signer), is a writer or a quoted
            # private person ("I support Obama" in a blog roundup): PLOVER's source is a
            # political actor an analyst can name, and no one here can be named
            continue
        if unresolved.get("target") in POSSESSIVE_PRONOUNS:
            # check linked-actors failed: the act was read as aimed at whoever a free possessor
            # ("salutes their bravery") stands for, and nobody is found: read with no party, the
            # clause is about a thing of someone unnamed, so no event an analyst can use stays
            continue
        if unresolved.get("target") in OBJECT_PRONOUNS | {"it", "our"}:
            # an object pronoun nobody resolved names no target ("charged him" with no "he" before)
            notes.append(f"target pronoun '{unresolved['target']}' resolved to no actor")
            _clear_side(event, "target")
        elif _own_side_pronoun(event):
            # an object pronoun is free in its clause (binding Principle B: "we will stand by
            # them" is not "by ourselves"), and a hostile act on "our" things by another is on
            # us: resolved to the source's own state, the resolution is wrong or the act internal
            notes.append(f"target pronoun '{event.target_text}' resolved to the source's own side")
            _clear_side(event, "target")
        programme = _programme_target(event, doc)
        if programme:
            # a named programme, fund, agreement or plan is no actor (PLOVER_MANUAL.tex, Actors:
            # persons, groups, states): whoever runs it acts, so the slot is left empty
            notes.append(f"target '{event.target_text}' is a named {programme}, no actor")
            _clear_side(event, "target")
            if event.type in ("SUPPORT", "AGREE", "COOPERATE"):
                _reject(event)
                continue  # check linked-actors failed: a stance toward a programme is policy talk (as check effort)
        if (event.target_key or "").startswith("equipment:") and event.type not in FORCE_ON_ACTOR_TYPES:
            # a weapon or vehicle receives no aid, support or visit (codebook, Actors: persons, groups,
            # states): "providing anti-armor systems to deal with the tanks" names what the aid is for
            notes.append(f"target '{event.target_text}' is equipment, no recipient")
            _clear_side(event, "target")
        if _unplaced_region_target(event, doc):
            # a region or place the linker placed in no state is no political actor (PLOVER_MANUAL.tex,
            # Actors: persons, groups, states; "support the energy security of Ukraine and Central and
            # Eastern Europe", "visit the Amazon"): the host is a state the sentence names, else none
            notes.append(f"target '{event.target_text}' is a region in no state, no actor")
            _clear_side(event, "target")
            region_copies.add(id(event))
        if _third_party_relation(event, doc):
            notes.append(f"target '{event.target_text}' is a party of a relation 'between' others")
            _clear_side(event, "target")
            if any(_same_targetless_act(event, other) for other in kept):
                # one copy per party was made for "between X and Y"; with no party as target the
                # copies are one act (one happening, one event)
                continue
        if not event.source_text and not event.target_text:
            continue  # check linked-actors failed: no actor left
        if _supposed_act_on_no_one(event):
            # check linked-actors failed: "we could ask for no better partner", "he will talk to
            # anyone if it means ...", "Iranians by boycotting the election can announce ...": an
            # act only supposed, with no party it would be on, is a scenario, no event to code
            _reject(event)
            continue
        if _background_clause(event, doc):
            # check not-background failed: who set up the thing a side clause describes, no
            # counterpart; a main-clause mention of the same happening may stand in its place
            continue
        need = _stressed_need_act(event, doc)
        if need is not None:
            yielder = _paragraph_accused(event, kept, doc) if _yielding_act(need) else None
            if yielder is not None:
                # "We condemn Russia's invasion ... We also emphasize the urgent need to allow ...
                # passage of humanitarian relief": a stressed need to yield (CAMEO 105 "demand that
                # target yields": allow access, release, de-escalate) asks the one party able to
                # yield, the party the same source condemns in the paragraph
                for field in ("start", "end", "text", "key", "acts_for", "sector"):
                    setattr(event, f"target_{field}", getattr(yielder, f"target_{field}"))
                notes.append(f"target '{yielder.target_text}' -> the party the paragraph's "
                             f"'{yielder.trigger}' condemns, the one asked to yield ('{need.lemma_}')")
            else:
                # check linked-actors failed: "He stressed the need to continue the diplomatic
                # engagement with all countries in the region", "We also emphasize the urgent need
                # to ...": a need stressed with no party asked, named or handed on from a readout's
                # other side, is policy talk (CAMEO 02 is an appeal *to* someone; as check
                # abstract-cause and the need voiced by several parties, check recipient)
                _reject(event)
                continue
        population = _restricted_population(event)
        if population:
            # a curfew, martial law or restriction laid on a place restricts the people there
            # (PLOVER COERCE curfew / martial-law / restrict "on ... movement, including cordoning
            # off areas"): its recipient is that state's civilians, not the state or its government
            notes.append(f"target '{event.target_text}' is the place restricted: its people ({population} CVL)")
            event.target_key, event.target_acts_for, event.target_sector = None, population, "CVL"
        protected = _protected_nationals(event)
        if protected:
            # "is designating Venezuela for Temporary Protected Status": the state's nationals are
            # protected, not its government (PLOVER AID asylum to persons)
            notes.append(f"target '{event.target_text}' is designated for protection: its nationals ({protected} CVL)")
            event.target_key, event.target_acts_for, event.target_sector = None, protected, "CVL"
        state = _country_state(event.target_key)
        if state and event.source_acts_for == state and (
                event.source_sector in state_sectors() or event.source_key == event.target_key) \
                and _names_state_only(doc, event.target_start, event.target_end,
                                      adjective=event.type in ("SUPPORT", "AID", "AGREE", "COOPERATE")):
            # ("revoked any U.S. visas", "providing U.S. humanitarian assistance": the state that
            # owns or gives the thing acted with is the source's own, no target)
            _reject(event)
            continue  # check linked-actors failed: aimed at the state its source acts for
        if _own_organ_target(event):
            _reject(event)
            continue  # check linked-actors failed: a state's executive acting on its own organ
        if _own_people_service(event):
            _reject(event)
            continue  # check linked-actors failed: a state's executive serving or steering its own people or firms
        if _internal_interaction(event, doc):
            if _signed_on_one_side(event):
                # co-signers of one government sign side by side, each for it, as before the pairing
                kept.extend(_split_own_side_signing(event))
                continue
            _reject(event)
            continue  # check linked-actors failed: co-participants of one government, no counterpart named
        if _generic_stance_target(event, doc):
            _reject(event)
            continue  # check linked-actors failed: a restated stance toward no one an analyst can name
        if event.source_key and event.source_key == event.target_key and event.source_key.startswith("person:"):
            # check linked-actors failed: one person on both sides after linking ("Jon Finer hosted
            # Luis Murillo and his delegation" with "his delegation" linked to Finer, "Joseph R.
            # Biden" meeting "Jr."): PLOVER codes an act between two actors (distinct-actors); a
            # state's or body's own people keep their event ("Beijing cut off Chinese students")
            _reject(event)
            continue
        if _trip_to_place(event, doc):
            # check linked-actors failed: "our diplomats have been making day trips into Lviv": a trip
            # is a visit (CONSULT) or its announcement (AGREE) only toward a host who receives it; a
            # city or region travelled to is no actor (codebook, Actors: persons, groups, states)
            _reject(event)
            continue
        if _commercial_supply(event):
            # check linked-actors failed: goods one firm sells or ships to another ("Promcomplektlogistic
            # Private Company's conduct has included providing electronic components to Radioavtomatika")
            # are trade, no AID (codebook: aid "primarily benefit[s] only the recipient"; AID's kinds are
            # economic, military, humanitarian aid, asylum and peacekeeping, given to a party in need)
            _reject(event)
            continue
        if _foreign_state_measure(event, doc):
            # a restriction a state or international body imposes on another state ("announced measures
            # to address the PRC's ... forced labor", "to prevent Russia from accessing its wealth fund",
            # "the IPC's decision to prevent Russia's and Belarus' athletes from competing") reduces
            # relations between them: PLOVER SANCTION ("All reductions in existing, routine, or
            # cooperative relations"; "International (political or economic) sanctions are coded as
            # 'discontinue'"; 'expel' from "a group, organization"), not COERCE, whose restrictions are
            # "Repression, restrictions on rights" within a state's reach
            state = _country_state(event.target_key) or event.target_acts_for
            notes.append(f"restriction on the foreign state {state.upper()}: SANCTION")
            event.type, event.mode = "SANCTION", "discontinue"
        event.explanation = (event.explanation or "") + f"; checks passed: {LINKED_ACTOR_CHECK}, {BACKGROUND_CHECK}" + \
            (f" ({'; '.join(notes)})" if notes else "")
        kept.append(event)
    return _without_region_copies(kept, region_copies)


def _signed_on_one_side(event: Event) -> bool:
    """Whether ``event`` is an agreement its co-subjects were paired in
    (``frames.AGREEMENT_PARTIES``: "A and B signed a memorandum", A -> B) whose sides the linker
    found on one government (``_internal_interaction``)."""
    head = AGREEMENT_PARTIES.split("'")[0]
    return f"target=conjoined subjects ({head}" in (event.explanation or "")


def _split_own_side_signing(event: Event) -> list[Event]:
    """The co-signers of one government of an agreement paired as its parties
    (``_signed_on_one_side``: "Foreign Minister A and Environment Minister B of Ecuador signed a
    memorandum") are one party, no two: each signs side by side, a source with no target, as
    co-subjects of any act do. Shape: Event -> [Event, Event]."""
    # (the copy is a happening of its own: no mention group to fold into the original's, linking.fold_mentions)
    other = dataclasses.replace(event, merged_mentions=(), evidence_spans=list(event.evidence_spans or []),
                                mention_group=None, was_face=False, group_spans=(), group_members=(),
                                **{f"source_{field}": getattr(event, f"target_{field}") for field in (
                                    "start", "end", "text", "key", "acts_for", "sector", "affiliation_key")})
    note = f"; checks passed: {LINKED_ACTOR_CHECK}, {BACKGROUND_CHECK} (co-signers '{event.source_text}' and " \
           f"'{event.target_text}' act for one government: each signs, no target)"
    for one in (event, other):
        _clear_side(one, "target")
        one.target_affiliation_key = None
        one.explanation = (one.explanation or "") + note
    return [event, other]


def _without_region_copies(kept: list[Event], region_copies: set[int]) -> list[Event]:
    """``kept`` less the copies whose region target ``linked_actor_check`` cleared (``region_copies``:
    their ids) where the same act kept a target of its own (``_same_act_other_target``): the
    conjoined member's copy ("Ukraine and Central ... Europe", "Central ... Europe and Ukraine"):
    Ukraine's stands. Read once every event is checked, so the conjuncts' order does not matter.
    The copy is rejected as a happening (``_reject``): its other mentions tell the same copy."""
    copies = [e for e in kept if id(e) in region_copies
              and any(other is not e and _same_act_other_target(e, other) for other in kept)]
    for copy in copies:
        _reject(copy)
    return [e for e in kept if not any(e is copy for copy in copies)]


def _act_of(event: Event) -> tuple:
    """One act's identity across the copies made per conjoined target: (trigger span, type, mode,
    status, source key and span start). Read by every check that tells an act's copies apart."""
    return event.trigger_start, event.trigger_end, event.type, event.mode, event.status, event.source_key, \
        event.source_start


def _self_inclusive_needs(events: list[Event]) -> set[tuple]:
    """The acts (``_act_of``) of DEMANDs one of whose conjoined targets is the very state the source
    acts for, named as a state ("The President emphasized that both the United States and China need
    to ...": one copy per addressee, the first the source's own): the need binds the speaker's side
    with the other, so none of the copies is a demand on another party. A demand with one target
    only is left to the own-state check below."""
    acts: dict[tuple, list[Event]] = {}
    for event in events:
        if event.type == "DEMAND" and event.target_text:
            acts.setdefault(_act_of(event), []).append(event)
    return {act for act, copies in acts.items() if len({e.target_start for e in copies}) > 1 and any(
        e.source_acts_for and _country_state(e.target_key) == e.source_acts_for for e in copies)}


# the types whose recipient is a party met, backed, agreed or worked with, never a place
# (``_unplaced_region_target``); a rule of its own, not the private-routine check's
# (``PRIVATE_ROUTINE_TYPES``), though the two sets hold the same types today
RECIPIENT_PARTY_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE", "SUPPORT"})


def _unplaced_region_target(event: Event, doc: Optional[Doc] = None) -> bool:
    """Whether the target is a place or region the linker placed in no state and gave no sector: a
    ``place:`` or ``region:`` key, or no key on a phrase the NER tags a geographic location (LOC,
    not GPE: a state's name unresolved may still be one) ("Central and Eastern Europe", "the
    Amazon", "Central America"). A region is no political actor (PLOVER_MANUAL.tex, Actors:
    persons, groups, states); a city the linker placed ("São Paulo": BRA) keeps its state. Only
    for the types whose recipient is a party met, backed, agreed or worked with
    (``RECIPIENT_PARTY_TYPES``): a place can be attacked, shelled or blockaded (ASSAULT, COERCE,
    PROTEST: "retaken a strategic village in Western Cambodia", the place as target), and a name
    misspelled ("an offer from Afganistan") is no region. A trip to a place is left to
    ``_trip_to_place``, which rejects the happening ("will visit the Amazon" is no targetless visit)."""
    if event.type not in RECIPIENT_PARTY_TYPES or event.target_acts_for or event.target_sector \
            or _trip_to_place(event, doc):
        return False
    if (event.target_key or "").startswith(("place:", "region:")):
        return True
    span = _target_span(doc, event) if doc is not None and not event.target_key else None
    return span is not None and len(span) > 0 and span.root.ent_type_ == "LOC"


def _same_act_other_target(event: Event, other: Event) -> bool:
    """Whether ``other`` is the same act as ``event`` (one trigger span, type, mode, status and
    source) toward a target of its own: the copy of a conjoined target ("the security of Ukraine
    and Central and Eastern Europe", "in both the United States and Mexico ... in Central America")."""
    return other.target_text is not None and _act_of(other) == _act_of(event)


def _same_targetless_act(event: Event, other: Event) -> bool:
    """Whether ``other`` is the same act as ``event`` with no target either: one trigger span, type,
    mode, status and source (key and span)."""
    return other.target_text is None and other.target_key is None and _act_of(other) == _act_of(event)


FOREIGN_MEASURE_MODES = frozenset({"restrict", "ban"})


def _foreign_state_measure(event: Event, doc: Optional[Doc] = None) -> bool:
    """A COERCE 'restrict' or 'ban' whose recipient is a state itself (a ``country:`` key, not its
    people or a body of it) other than the one its source acts for, from a source the linker placed
    (a state, a state's organ or an international body): the measure of one state or body against
    another, PLOVER SANCTION. A territory of the source's own state (countries_extra.yaml
    ``sovereign``: Hong Kong of China) is no other state. Physical closures (blockades, sieges: event_detection.yaml
    physical_restriction_words) stay COERCE 'restrict', which names them."""
    if event.type != "COERCE" or event.mode not in FOREIGN_MEASURE_MODES:
        return False
    state = _country_state(event.target_key) or _possessor_state(event, doc)
    if not state:
        return False
    if event.source_acts_for == state or event.source_key == event.target_key or (
            event.source_acts_for and event.source_acts_for == sovereign_of(state)):
        # (a territory of the source's own state, "the Chinese Communist Party has imposed harsh
        # ... measures in Hong Kong", is within its reach: no foreign state; since 0.7.712)
        return False
    if not event.source_acts_for and not (event.source_key or "").startswith("org:"):
        return False  # no source placed ("The E.O. is designed to prevent Russia ..."): whose measure is unknown
    words = detection_lexicon()["physical_restriction_words"]
    return not any(w.strip(",.;:").lower() in words for w in (event.trigger or "").split())


def _possessor_state(event: Event, doc: Optional[Doc]) -> Optional[str]:
    """The state of a target the people noun of a state's possessive names ("prevent Russia's
    athletes from competing": RUS, the target's ``acts_for``), else None. The people are the
    target (``PEOPLE_NOUN_RULE``), but a measure barring a state's people as such is one on that
    state, as when the state itself is named."""
    if doc is None or event.target_key or not event.target_acts_for:
        return None
    span = _target_span(doc, event)
    if span is None or not len(span) or not any(
            c.dep_ == "poss" and c.ent_type_ == "GPE" for c in span.root.children):
        return None
    return event.target_acts_for


def _trip_to_place(event: Event, doc: Optional[Doc] = None) -> bool:
    """A CONSULT or AGREE read off a trip (a travel noun among its trigger words: event_detection.yaml
    travel_act_nouns) whose only target is a place (a ``place:`` key, or a place name the linker
    placed in no state: "making day trips into Odesa"), no host."""
    if event.type not in ("CONSULT", "AGREE"):
        return False
    if not (event.target_key or "").startswith("place:"):
        if event.target_key or event.target_acts_for or doc is None:
            return False
        span = _target_span(doc, event)
        if span is None or not len(span) or span.root.ent_type_ not in ("GPE", "LOC", "FAC"):
            return False
    nouns = detection_lexicon()["travel_act_nouns"]
    return any(w.lower().rstrip("s") in nouns or w.lower() in nouns for w in (event.trigger or "").split())


def _commercial_supply(event: Event) -> bool:
    """An AID event whose giver is a business (sector BUS) and whose recipient is no state, public body,
    international body, NGO or civilians (another firm, or no one named): a commercial sale or
    shipment between firms, not aid."""
    if event.type != "AID" or event.source_sector != "BUS":
        return False
    if (event.target_key or "").startswith("country:"):
        return False
    return event.target_sector in (None, "", "BUS")


def _cap_per_sentence(events: list[Event], cap: int) -> list[Event]:
    """At most ``cap`` interactions per sentence, the most confident kept (text order preserved).
    An interaction is one trigger's act toward one target: the co-signers of a joint act ("Canada,
    France, ... and the European Union welcome the report", one event per signatory, PLOVER
    compound actors) count once, as they are one act, not many."""
    by_sentence: dict[int, dict[tuple, list[Event]]] = {}
    for event in events:
        act = (event.trigger_start, event.trigger_end, event.type, event.target_start, event.target_text)
        by_sentence.setdefault(event.sentence_start, {}).setdefault(act, []).append(event)
    keep = set()
    for acts in by_sentence.values():
        ranked = sorted(acts.values(), key=lambda group: -max(e.confidence for e in group))
        keep.update(id(e) for group in ranked[:cap] for e in group)
    return [e for e in events if id(e) in keep]


# ---------------------------------------------------------------- briefing transcripts (turns.py)
# Checked on the whole article once every candidate is built (find_events): in a press-briefing
# transcript, a reporter's turn is a question put to the briefer (issue 6 kind 2: nothing inside
# a question is stored as asserted), and managing the floor is no event.
BRIEFING_CHECKS = "not-press-question, not-briefing-talk"

_FIRST_PERSON_SUBJECTS = {"i", "we"}


def _head_chain(token: Token) -> list[Token]:
    """The token and its heads up to its sentence's root."""
    chain = [token]
    while chain[-1].head.i != chain[-1].i and len(chain) < 12:
        chain.append(chain[-1].head)
    return chain


def _inquiry(token: Token, press: frozenset[str]) -> Optional[Token]:
    """The word of inquiry a reporter's act sits under (or is), if any: "I was *wondering* if you
    could give more detail about what the U.S. is doing to help", "I wanted to *ask* about X", "Matt
    *asked* you about ... foreigners visiting West Bank", "I'm *curious* whether ...", "Just to
    *follow* up on ...". An inquiry verb asks when the reporters ask (I / we, a reporter of the
    briefing, or no subject) or it is put to "you" (the briefer); "He asked for fighter aircraft"
    reports someone else's request."""
    blex = turns.briefing_lexicon()
    for node in _head_chain(token):
        lemma = node.lemma_.lower()
        subjects = [c for c in node.children if c.dep_ in SUBJECT_DEPS]
        if lemma in blex.inquiry_adjectives and node.pos_ == "ADJ" and (
                not subjects or subjects[0].lower_ in _FIRST_PERSON_SUBJECTS):
            return node
        if lemma not in blex.inquiry_verbs or node.pos_ != "VERB":
            continue
        asked_you = any(c.dep_ in ("dobj", "obj", "dative") and c.lower_ == "you" for c in node.children)
        if lemma == "wonder" or asked_you or not subjects or subjects[0].lower_ in _FIRST_PERSON_SUBJECTS \
                or subjects[0].text in press:
            return node
    return None


def _floor_talk(token: Token, event: Event, press: frozenset[str]) -> Optional[str]:
    """Why an event of a briefing transcript is talk about the briefing itself, if it is: a floor
    verb over a floor noun ("we'll ask you again to limit questions", "let's go to the line of X",
    "take a few questions"), referring the press elsewhere ("I'd refer you to the Department of
    Justice"), or a reporter of the briefing as an actor ("As we discussed with Said last week")."""
    blex = turns.briefing_lexicon()
    for node in _head_chain(token):
        lemma = node.lemma_.lower()
        if node.pos_ != "VERB":
            continue
        if lemma in blex.press_addressed_verbs and any(
                c.dep_ in ("dobj", "obj") and c.lower_ == "you" for c in node.children):
            return f"'{node.text} you' (the press referred elsewhere)"
        if lemma not in blex.floor_verbs:
            continue
        words = [c for c in node.children if c.dep_ in ("dobj", "obj", "attr", "nsubjpass")]
        for c in node.children:
            if c.dep_ == "prep" or (c.dep_ == "xcomp" and c.pos_ == "VERB"):  # the act asked for
                words.extend(g for g in c.children if g.dep_ in ("pobj", "dobj", "obj"))
                words.extend(p for g in c.children if g.dep_ == "prep" for p in g.children if p.dep_ == "pobj")
        noun = next((w for w in words if w.lemma_.lower() in blex.floor_nouns), None)
        if noun is not None:
            return f"'{node.text} ... {noun.text}' (the floor of the briefing)"
    for side in (event.source_text, event.target_text):
        name = re.sub(r"^(?:Mr|Ms|Mrs|Dr)\.?\s+", "", (side or "").strip())
        if name and name in press:
            return f"'{name}' (a reporter of the briefing)"
    return None


def _press_characterisation(token: Token) -> Optional[Token]:
    """The verb of a reporter's own characterisation that holds ``token``, if any: a clause in the
    simple present with no date or time ("Regarding Russia, North Koreans *support* Russia's war in
    Ukraine. If North Korea and China engaged in military cooperation ..., the war is sure to
    escalate"): the view on which the reporter's question rests, a state of affairs the reporter
    puts forward, no happening anyone reports (PLOVER codes reported events; a general present is
    no dated act). A report of what happened ("House Speaker Nancy Pelosi *led* a congressional
    delegation this weekend to Kyiv", "Austin Tice's parents *are meeting* with the President",
    "the embassy *has filed* a formal complaint") is the news the question is about and stays,
    claimed by the reporter."""
    node = token
    if node.pos_ in ("NOUN", "PROPN") and node.head.pos_ in ("VERB", "AUX"):
        node = node.head  # an act noun: the verb whose clause tells it
    verb = _clause_verb(node)
    if verb.pos_ not in ("VERB", "AUX") or not _simple_present(verb):
        return None
    if any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree):
        return None  # "meets today": a dated act
    return verb


# an official's turn of at most this many words is an interjection, no answer ("The process
# behind what?", "Got it."): the reporter's next turn goes on with the same question
_INTERJECTION_WORDS = 6


def _answer_turns(doc: Doc, turn: "turns.Turn") -> list:
    """The official turns that answer the reporter's ``turn``: the officials' turns that follow
    it, through any clarifying back-and-forth (an official's interjection, ``_INTERJECTION_WORDS``,
    and the reporter's reply to it), up to the first reporter's or moderator's turn after an
    official's turn that says more than an interjection (the question answered, the floor moves)."""
    found, answered, seen = [], False, False
    for other in turns.turns(doc):
        if not seen:
            seen = other.start == turn.start
            continue
        if other.role == turns.OFFICIAL:
            found.append(other)
            answered = answered or len(re.findall(r"\w+", doc_text(doc)[other.body_start:other.end])) > _INTERJECTION_WORDS
        elif other.role == turns.MODERATOR or (other.role == turns.PRESS and answered):
            break
    return found


def _theme(verb: Token) -> Optional[tuple[str, frozenset[str]]]:
    """What ``verb`` acts on: its object or passive subject, or the noun a participle modifies
    ("a Memorandum *signed* today": the memorandum signed), as the head noun's lemma and the
    lemmas of the nouns naming it (the head, its compounds and appositions: "a nuclear
    cooperation Memorandum" names both "cooperation" and "memorandum")."""
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        head = verb.head
    else:
        head = next((c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")), None)
    if head is None:
        return None
    names = {head.lemma_.lower()} | {c.lemma_.lower() for c in head.children
                                     if c.dep_ in ("compound", "appos") and c.pos_ in ("NOUN", "PROPN")}
    return head.lemma_.lower(), frozenset(names)


def _briefer_confirmation(doc: Doc, token: Token, turn: "turns.Turn") -> Optional[Token]:
    """The verb by which an official answering the reporter's ``turn`` (``_answer_turns``) states
    the act the reporter tells at ``token`` himself, if he does: the same verb on the same thing
    in a declarative, unnegated, unmodalised clause ("QUESTION: there was a memorandum signed
    today ... MR PRICE: ... they did sign a nuclear cooperation memorandum"): the department's
    own assertion then, no longer only the reporter's claim. An official's "Yes." or any other
    words leave the act the reporter's claim."""
    if token.pos_ != "VERB":
        return None
    theme = _theme(token)
    if theme is None:
        return None
    lemma = token.lemma_.lower()
    for answer in _answer_turns(doc, turn):
        span = doc.char_span(answer.body_start, answer.end, alignment_mode="contract")
        for word in span if span is not None else ():
            other = _theme(word) if word.pos_ == "VERB" and word.lemma_.lower() == lemma else None
            if other is None or (theme[0] not in other[1] and other[0] not in theme[1]):
                continue  # another act, or the same verb on another thing
            if any(c.dep_ == "neg" or c.tag_ == "MD" for c in word.children):
                continue  # "they did not sign", "they will sign"
            if word.sent.text.rstrip().endswith("?"):
                continue
            return word
    return None


def briefing_check(doc: Doc, events: list[Event]) -> list[Event]:
    """Checks not-press-question and not-briefing-talk on a briefing transcript
    (``turns.is_briefing``; events of any other text pass unchanged). In a reporter's turn
    ("QUESTION:", "Q") an act asked about (under a word of inquiry, ``_inquiry``) or only possible,
    planned or denied is dropped, and so is the reporter's own characterisation the question rests
    on (``_press_characterisation``: "North Koreans support Russia's war"); an act the reporter
    reports in a declarative sentence ("He asked for fighter and attack aircraft.") is at most
    ``claimed``, by the reporter's outlet when the transcript names it, never the briefer's
    assertion. In any turn, talk about the briefing
    itself (``_floor_talk``) is dropped. Kept events list both checks in their explanation."""
    if not turns.is_briefing(doc):
        return events
    press = turns.press_members(doc)
    kept = []
    for event in events:
        token = _trigger_token(doc, event)
        turn = turns.turn_at(doc, event.trigger_start)
        if token is None:
            kept.append(event)
            continue
        if _floor_talk(token, event, press) is not None:
            continue  # check not-briefing-talk failed
        if turn is not None and turn.role == turns.OFFICIAL and any(
                (side or "").strip().lower() == "you" for side in (event.source_text, event.target_text)):
            continue  # check not-briefing-talk failed: a briefer's "you" is the press ("you used the term")
        explanation = event.explanation or ""
        if turn is not None and turn.role == turns.PRESS:
            if _inquiry(token, press) is not None or event.status not in ("asserted", "claimed"):
                continue  # check not-press-question failed: what a reporter asks about
            if _press_characterisation(token) is not None:
                continue  # check not-press-question failed: the reporter's own view, the premise asked on
            outlet = turns.press_outlet(doc, turn)
            note = (f" (a reporter's turn '{turn.label}': claimed by {outlet or 'the reporter'}, "
                    f"not asserted by the briefer)")
            confirmed = _briefer_confirmation(doc, token, turn)
            if confirmed is not None:
                answer = turns.turn_at(doc, confirmed.idx)
                note = (f" (a reporter's turn '{turn.label}', confirmed by the briefer's turn "
                        f"'{answer.label if answer else ''}': '{confirmed.text}')")
                explanation = explanation.replace("status=claimed", "status=asserted", 1)
                explanation = explanation.replace("status=asserted", "status=asserted" + note, 1)
                event.status = "asserted"
            elif event.status == "asserted":
                explanation = explanation.replace("status=asserted", "status=claimed" + note, 1)
                event.status = "claimed"
            else:
                explanation = explanation.replace("status=claimed", "status=claimed" + note, 1)
        event.explanation = (explanation.replace(f"checks passed: {CHECKS_PASSED}",
                                                 f"checks passed: {CHECKS_PASSED}, {BRIEFING_CHECKS}")
                             if CHECKS_PASSED in explanation else f"{explanation}; checks passed: {BRIEFING_CHECKS}")
        kept.append(event)
    return kept


def _generic_reader(doc: Doc, text: Optional[str], start: Optional[int]) -> bool:
    """Whether an actor slot is the generic reader: a "you" (``speaker_voice.yaml``
    second_person) in the narrator's own words: outside any quotation or "Speaker:" line
    (``voice.speaking_statement``), outside any transcript turn, and addressing no one by a
    vocative. English deixis: with no speech situation, "you" is whoever reads ("If you decide to
    travel to Ecuador", "you should enroll in STEP"): advice or a description, no actor."""
    from newsgraph.nlp import voice

    if not text or start is None or text.strip().lower() not in voice.voice_lexicon().second_person:
        return False
    return (voice.speaking_statement(doc, start) is None and turns.turn_at(doc, start) is None
            and voice.vocative_addressee(doc, start) is None)


def reader_check(doc: Doc, events: list[Event]) -> list[Event]:
    """Check not-reader: an event whose only actor is the generic reader (``_generic_reader``)
    is no event between actors: its source is the reader, or its target is and it has no source
    ("If you decide to travel to Ecuador:", a travel advisory's advice). Kept events pass."""
    kept = []
    for event in events:
        reader_source = _generic_reader(doc, event.source_text, event.source_start)
        if reader_source or (not event.source_text
                             and _generic_reader(doc, event.target_text, event.target_start)):
            continue  # check not-reader failed
        kept.append(event)
    return kept


def _means_tokens(doc: Doc, event: Event, governing: bool = True) -> set[int]:
    """Token indexes of the "by"-gerund means of ``event``'s trigger ("increase the pressure on X
    *by designating* ... and *blocking* ..."): a ``pcomp`` gerund of a "by" on a trigger word, with
    its conjuncts (English: the means adjunct's understood subject is the clause's). With
    ``governing`` False only the trigger words' own "by" phrases count."""
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    found: set[int] = set()
    words = list(span) if span is not None else []
    # "to support Ukraine's cyber resilience, including by providing ...": the parser may hang the
    # means on the verb that governs the trigger ("worked ... to support", "enhanced our support"),
    # so the governing verb's means count when the trigger is its complement, purpose or object
    words += [w.head for w in words if governing and w.dep_ in ("xcomp", "advcl", "dobj") and w.head.i != w.i
              and w.head.pos_ in ("VERB", "AUX")]
    for word in words:
        preps = [p for p in word.children if p.dep_ == "prep" and p.lower_ == "by"]
        # "including by providing": the means named as one part of the act (a "including" prep)
        preps += [p for inc in word.children if inc.dep_ == "prep" and inc.lower_ == "including"
                  for p in inc.children if p.dep_ == "prep" and p.lower_ == "by"]
        for prep in preps:
            for means in prep.children:
                if means.dep_ == "pcomp" and means.tag_ == "VBG":
                    found.update(m.i for m in (means, *means.conjuncts))
    return found


def _plover_quad(event_type: str) -> Optional[tuple[str, bool]]:
    """(side, verbal?) of a PLOVER type by the codebook's quad categories (event_detection.yaml
    ``*_cooperation_types``, ``*_conflict_types``), else None."""
    words = detection_lexicon()
    for side in ("cooperation", "conflict"):
        if event_type in words[f"verbal_{side}_types"]:
            return side, True
        if event_type in words[f"material_{side}_types"]:
            return side, False
    return None


# measures whose "by"-gerund means of the same type is the one act they describe ("imposing costs
# on X by designating Y": SANCTION by SANCTION); the means, named in its own words, is kept
SAME_ACT_MEANS_TYPES = frozenset({"SANCTION"})


def means_aim_check(doc: Doc, events: list[Event]) -> list[Event]:
    """Check not-aim-of-means: a verbal-category event whose trigger's "by"-gerund means is the
    trigger of a material-category event of the same side in the same sentence ("is taking further
    actions *to increase the pressure* on the Russian Federation *by designating* the executives
    ...": DEMAND by SANCTION) is the aim the material act is done for, one act under two
    descriptions, and goes: PLOVER's verbal categories hold verbal acts only (REQUEST "only
    applies to verbal demands", SUPPORT "only ... verbal cooperation"). Kept events pass."""
    triggers: dict[int, list[tuple[set[int], Event]]] = {}
    for event in events:
        span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
        words = {t.i for t in span} if span is not None else set()
        triggers.setdefault(event.sentence_start, []).append((words, event))
    kept = []
    for event in events:
        quad = _plover_quad(event.type)
        if quad is not None and quad[1]:
            means = _means_tokens(doc, event)
            if means and any(other is not event and words & means and _plover_quad(other.type) == (quad[0], False)
                             for words, other in triggers.get(event.sentence_start, ())):
                continue  # check not-aim-of-means failed
        if event.type in SAME_ACT_MEANS_TYPES:
            # (the trigger's own "by": "following through by levying sanctions, imposing visa
            # restrictions" lists two acts, each its own event)
            means = _means_tokens(doc, event, governing=False)
            if means and any(other is not event and words & means and other.type == event.type
                             for words, other in triggers.get(event.sentence_start, ())):
                # "is imposing costs on Russia's defense enterprises *by sanctioning* 22 firms":
                # the means is the same act told in its own words (the sanctions are the costs)
                continue  # check not-aim-of-means failed
        kept.append(event)
    return kept


def _cases_where_clause(node: Token) -> bool:
    """Whether verb ``node`` heads a condition told as "in cases where X ..." / "in case where"
    (a generic condition: English "in cases where" = "if"), read off the words before its subject."""
    subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if node.pos_ not in ("VERB", "AUX") or subject is None or subject.i > node.i:
        return False
    first = subject.left_edge.i
    if node.doc[first].lower_ == "where":
        first += 1  # the parser may hang "where" on the subject
    words = [t.lower_ for t in node.doc[max(first - 3, 0):first]]
    return words in (["in", "cases", "where"], ["in", "case", "where"])


def condition_antecedent_check(doc: Doc, events: list[Event]) -> list[Event]:
    """Check not-condition-act: an act inside the condition antecedent of any clause ("if the
    Speaker does decide to visit, ... that would be on Beijing"; "if Russia invades, this list will
    also include a severe economic cost"; "remain committed to diplomacy if Russia is prepared to
    ... provide ..."; "Should Iran attack Israel, the United States will respond"; "in cases where
    organizations choose to permit ...") is the supposition under which the main clause holds, not
    an act the text reports (PLOVER: a hypothetical mode of the main clause's event; the gold
    README: "actions inside a demand or a hope ... are not events", and a condition is neither
    told nor intended). This covers the condition of a THREATEN coded in the same sentence ("if
    Russia undertakes a further invasion of Ukraine, the United States ... will respond
    decisively": PLOVER THREATEN, the threat and the act it is conditioned on are one event) and
    the condition of any other clause (``_warning_condition``: "if / unless", inverted "Should X",
    "in case / in the event (of)"; "in cases where"). A clause under which the main clause holds
    whatever happens ("even if", "whether or not") is no condition. A THREATEN inside a condition
    is kept (itself a conditional act); other events pass."""
    lex = load_lexicon()
    # only the sentences of an event the check can drop are read: the clauses are looked up by
    # the event's sentence alone (most sentences have none, and this scans every token)
    wanted = {e.sentence_start for e in events if e.status in ("hypothetical", "planned") and e.type != "THREATEN"}
    if not wanted:
        return events
    clauses: dict[int, list[set[int]]] = {}
    for sent in doc.sents:
        if sent.start_char not in wanted:
            continue
        for token in sent:
            condition = _warning_condition(token, lex, consequence=True)
            if condition is None and token.dep_ in ("advcl", "relcl", "ccomp", "ROOT") and _cases_where_clause(token):
                condition = token
            if condition is None and token.dep_ in ("ccomp", "advcl") and _inverted_condition(token):
                condition = token  # "Should Russia invade Ukraine, the US will ...": parsed as a complement
            if condition is not None:
                clauses.setdefault(sent.start_char, []).append({t.i for t in condition.subtree})
    if not clauses:
        return events
    kept = []
    for event in events:
        span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
        words = {t.i for t in span} if span is not None else set()
        if event.status in ("hypothetical", "planned") and event.type != "THREATEN" and words and any(
                words <= clause for clause in clauses.get(event.sentence_start, ())):
            continue
        kept.append(event)
    return kept


def _participation_frame(token: Token) -> Optional[Token]:
    """The participle of taking part whose "in" phrase holds ``token`` (or is ``token``), when
    the frame describes its noun rather than reporting an act: "three entities *involved in* the
    violent crackdown on protestors", "Belarusian nationals *involved in* the fatal shooting",
    "officials believed to be *involved in* suppressing dissent", "six individuals who ... *were
    involved in* attacks on Chechen dissidents" (a participle or relative clause on a noun), or
    "Hosseini and four companies *have been involved in* efforts to procure ..." (a perfect or
    present main clause of "involve" with no date: a standing record, the grounds a designation
    gives). Words: event_detection.yaml participation_participles. None for a dated past report
    ("X was involved in the attack on Tuesday"), an active "involve" ("would involve Russian
    attacks"), and a main clause of "implicated in" ("the division has been directly implicated in
    violence against unarmed civilians in Bucha": a reported charge of a particular act)."""
    words = detection_lexicon()["participation_participles"]
    node = token
    participle = None
    for _ in range(8):
        if node.lemma_.lower() in words and node.tag_ == "VBN":
            if node.i == token.i or any(c.dep_ == "prep" and c.lower_ == "in" for c in node.children):
                participle = node
                break
        if node.head.i == node.i:
            return None
        node = node.head
    if participle is None:
        return None
    if participle.i != token.i and not any(
            c.dep_ == "prep" and c.lower_ == "in" and token in c.subtree for c in participle.children):
        return None
    clause = participle
    # "believed to be involved in": up through the verb of belief or report to the noun's clause
    while clause.dep_ in ("xcomp", "ccomp", "conj") and clause.head.pos_ in ("VERB", "AUX") \
            and clause.head.i != clause.i:
        clause = clause.head
    noun = clause.head
    if clause.dep_ == "acl" and noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() == "have":
        return None  # "has Hezbollah involved in drug trafficking": a small clause, the predicate told
    if clause.dep_ in ("acl", "amod", "relcl") and noun.pos_ in ("NOUN", "PROPN", "PRON"):
        return participle  # a participle or relative clause on a noun: who the noun is
    if _misparsed_reduced_relative(clause, participle):
        return participle  # "officials believed to be involved in ...", parsed as a main verb
    if clause.dep_ in ("ROOT", "conj") and participle.lemma_.lower() == "involve":
        auxes = [c for c in participle.children if c.dep_ in ("aux", "auxpass")]
        perfect = any(a.lemma_.lower() == "have" for a in auxes)
        present = any(a.lower_ in ("is", "are", "am") for a in auxes)
        dated = any(t.ent_type_ in ("DATE", "TIME") for t in participle.subtree)
        if (perfect or present) and not dated:
            return participle  # a standing record: what the subject has taken part in
    return None


def _misparsed_reduced_relative(clause: Token, participle: Token) -> bool:
    """Whether ``clause``, the verb of belief or report above a participle of taking part ("...
    officials *believed* to be involved in suppressing dissent"), is a passive reduced relative
    on the noun right before it that the parser took for a main or adverbial verb: a past form
    (VBD / VBN) with no auxiliary and no object, its "to" infinitive the participle's clause, the
    word before it a noun. Active "believe" / "say" takes an object or a clause ("believed them to
    be involved", "believed that ..."), so a bare "believed to be involved" after a noun is that
    noun's participle, whatever subject the parser hung on it from a fragment ("A new policy that
    applies to officials believed to be involved in ...") (English reduced relatives: "people said
    to be involved", "officials thought to be implicated")."""
    if clause.i == participle.i or clause.tag_ not in ("VBD", "VBN") or clause.dep_ not in ("ROOT", "advcl", "conj"):
        return False
    if any(c.dep_ in ("dobj", "obj", "ccomp", "expl", "aux", "auxpass") for c in clause.children):
        return False
    before = clause.doc[clause.i - 1] if clause.i > clause.sent.start else None
    if before is None or before.pos_ not in ("NOUN", "PROPN"):
        return False
    infinitive = next((c for c in clause.children if c.dep_ == "xcomp" and participle in c.subtree), None)
    return infinitive is not None and any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children)


def participation_check(doc: Doc, events: list[Event]) -> list[Event]:
    """Check not-participation: an act named only as what an actor has taken part in, where the
    frame tells who the actor is (``_participation_frame``: "entities involved in the violent
    crackdown", "individuals who were involved in attacks on Chechen dissidents", "has been
    involved in efforts to procure equipment"), describes the actor -- a class of people to be
    sanctioned, or the grounds of a designation -- and reports no dated act (PLOVER codes events,
    interactions that happen; the designation itself is the event the release reports). A
    speaker's accusation that X is involved ("Iran has Hezbollah involved in drug trafficking,"
    Serrano said) is the speaker's act and passes unless the participle only describes its noun.
    Other events pass."""
    kept = []
    for event in events:
        span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
        frame = None
        if span is not None and len(span):
            for word in (span.root, *span):
                frame = _participation_frame(word)
                if frame is not None:
                    break
        if frame is not None and "(accusation '" in (event.explanation or "") \
                and frame.dep_ not in ("acl", "amod", "relcl"):
            frame = None  # the speaker's accusation stands
        if frame is not None:
            continue  # check not-participation failed
        kept.append(event)
    return kept


def _denied_verb(verb: Token) -> bool:
    """Whether ``verb`` is negated, itself ("we *do not have* any indication") or as the
    complement of a negated opinion verb ("I *don't think* we have any indications"), the
    negation raised to the matrix verb as English does (CGEL "neg-raising")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "ccomp" and head.i != verb.i and head.lemma_.lower() in NEG_RAISING_VERBS \
        and any(c.dep_ == "neg" for c in head.children)


def _denied_ground_word(word: Token, nouns: frozenset) -> bool:
    """Whether ``word`` denies the ground of the clause below it: an evidence noun under "no"
    ("no indications") or under "any" / no determiner with its verb negated ("we don't have any
    indications", "I don't think we have any indications"), "aware" negated ("we are not aware
    (of reports) that ..."), or a negated perception verb ("we have not seen Russia withdraw")."""
    lemma = word.lemma_.lower()
    if word.pos_ in ("NOUN", "PROPN") and lemma in nouns:
        dets = {c.lower_ for c in word.children if c.dep_ == "det"}
        if "no" in dets:
            return True
        if dets - {"any"}:
            return False
        verb = word.head
        return word.dep_ in ("dobj", "attr", "nsubj") and verb.pos_ in ("VERB", "AUX") and _denied_verb(verb)
    if lemma == "aware" and word.pos_ == "ADJ":
        return any(c.dep_ == "neg" for c in word.children) or (
            word.dep_ == "acomp" and _denied_verb(word.head))
    if lemma == "see" and word.pos_ == "VERB":
        return _denied_verb(word)
    return False


def _no_evidence_clause(token: Token) -> bool:
    """Whether ``token`` lies in the clause of a denied ground: "we have *no indications* the
    attack was directed at the United States", "there is *no evidence that* Russia attacked",
    "*no sign that* X ...", "I *don't think* we have *any indications* that the PRC is endeavoring
    to help Russia", "we are *not aware* that ...", "we *have not seen* Russia withdraw its
    troops": what the clause tells is said not to be known (a negated existence, PLOVER negation
    mode), so it is no event. The noun (event_detection.yaml evidence_nouns) with "no" as its
    determiner, or "any" under a negated verb (``_denied_ground_word``), the clause hung on it,
    on the verb that has it as object, or on a phrase of it (the parser may hang the "that" clause
    on a time phrase: "any indications at the current time that ...")."""
    nouns = frozenset(detection_lexicon()["evidence_nouns"])
    node = token
    clause = False
    for _ in range(10):
        head = node.head
        if head.i == node.i:
            return False
        if node.dep_ == "relcl" and (head.pos_ == "PROPN" or head.ent_type_):
            return False  # "we didn't see how Russia, *who granted its recognition*, is punished": told as known
        if node.dep_ in ("acl", "ccomp", "relcl", "advcl"):
            clause = True
            grounds = [head] + [c for c in head.children if c.dep_ in ("dobj", "attr", "nsubj")]
            for noun in grounds:
                if noun.lemma_.lower() in nouns and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) \
                        and (noun.i == head.i or noun.i < node.i):
                    return True
            if any((g.i == head.i or g.i < node.i) and _denied_ground_word(g, nouns) for g in grounds):
                return True
        elif node.dep_ == "xcomp" and head.lemma_.lower() == "see":
            clause = True  # "we have not seen Russia withdraw": the act is the perception's complement
            if _denied_ground_word(head, nouns):
                return True
        elif clause and node.dep_ in ("pobj", "prep") and _denied_ground_word(head, nouns):
            return True  # "any indications at the current time that ...", "not aware of reports that ..."
        node = head
    return False


def no_evidence_check(doc: Doc, events: list[Event]) -> list[Event]:
    """Check not-denied-ground: drop an event whose trigger lies in the clause of "no indication /
    evidence / sign (that) ..." (``_no_evidence_clause``). Other events pass."""
    kept = []
    for event in events:
        span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
        if span is not None and len(span) and _no_evidence_clause(span.root):
            continue
        kept.append(event)
    return kept


def _speculated(token: Token, lex: Lexicon) -> bool:
    """Whether ``token`` lies in the clause of a noun that a possibility modal copula predicates
    ("This *could be* a violent event that Russia will blame on Ukraine, or an accusation that
    Russia will level"; "it *may be* a pretext that Moscow will use"): the speaker guesses what
    the thing may be, so the act told in the clause is as hypothetical as the guess (TimeML: the
    complement of a modal predicate is not factual)."""
    possible = lex.hypothetical_aux - {"would", "can"}
    node = token
    for _ in range(6):
        head = node.head
        if head.i == node.i:
            return False
        if node.dep_ in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN"):
            noun = head
            while noun.dep_ in ("conj", "appos") and noun.head.i != noun.i:
                noun = noun.head
            copula = noun.head
            return noun.dep_ == "attr" and copula.lemma_ == "be" and any(
                c.dep_ == "aux" and c.lower_ in possible for c in copula.children)
        node = head
    return False


POSSIBILITY_MODALS = frozenset({"can", "could"})

OBLIGATION_MODALS = frozenset({"must", "should"})

WH_FRAME_WORDS = frozenset({"how", "where", "what", "which", "wherein"})

FRAME_CLIMB = frozenset({"xcomp", "conj", "advcl", "pcomp", "prep", "ccomp", "acl"})


def _possibility_frame(token: Token) -> Optional[str]:
    """Check not-possibility-frame: the frame that makes a hypothetical act a possibility or a
    purpose told about something else, not an act anyone reports, announces or threatens, if any
    (the issue's rule: an event passes only if it is "not inside a demand, question, purpose or
    condition"; PLOVER codes reported events, its hypothetical mode is a stated contingency "If
    Russian forces were to cross the border ..."). Walking up from the act through infinitives,
    coordinated verbs and prepositional verb phrases (no noun, no finite clause without the modal):
    a clause of "can"/"could" that describes a noun ("items they *can use to support* Russia's
    military", "areas where the United States and Argentina *can strengthen* cooperation", "the
    ways in which the U.S. government *can assist* them"), an indirect question of possibility
    ("how the international community *can best support* Haiti", "what additional steps the
    United States *can take to support* our partners"), a purpose ("so that our governments
    *could discuss*"), or the purpose infinitive of an obligation ("a challenge that must be
    addressed *to prevent* steel exports ..."). None otherwise: a prediction or a condition ("would
    be proud to host", "if they continue to provide weapons", "Russia may declare war", "an event
    that Russia will blame on Ukraine") stays the hypothetical it is."""
    node = token
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX"):
            kids = list(node.children)
            auxes = {c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")}
            if auxes & POSSIBILITY_MODALS:
                if node.dep_ == "relcl":
                    return f"possibility described '... {node.text}'"
                marks = {c.lower_ for c in kids if c.dep_ == "mark"}
                if "so" in marks:
                    return f"purpose 'so that ... {node.text}'"
                wh = [c for c in kids if c.lower_ in WH_FRAME_WORDS and c.dep_ in ("advmod", "dobj", "nsubj")]
                wh += [g for c in kids if c.dep_ == "dobj" for g in c.children
                       if g.dep_ == "det" and g.lower_ in WH_FRAME_WORDS]
                if wh and node.dep_ in ("ccomp", "pcomp", "xcomp", "advcl"):
                    return f"possibility asked '{wh[0].text} ... {node.text}'"
                return None
            if node.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
                head = node.head
                passive = any(c.dep_ == "auxpass" for c in head.children)  # "be addressed to prevent"
                if head.pos_ in ("VERB", "AUX") and (node.dep_ == "advcl" or passive) and any(
                        c.dep_ in ("aux", "auxpass") and c.lower_ in OBLIGATION_MODALS for c in head.children):
                    return f"purpose of an obligation '{head.text} ... to {node.text}'"
            if node.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(c.dep_ in ("nsubj", "nsubjpass") for c in kids) \
                    and not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
                return None  # a finite clause without the modal: its own assertion
        elif node.pos_ in ("NOUN", "PROPN", "PRON") and node.i != token.i:
            return None
        if node.dep_ not in FRAME_CLIMB or node.head.i == node.i:
            return None
        node = node.head
    return None


def possibility_check(doc: Doc, events: list[Event]) -> list[Event]:
    """Check not-possibility-frame (``_possibility_frame``): a hypothetical event that is only a
    possibility described ("areas where X can strengthen cooperation"), asked ("how the
    international community can support Haiti") or a purpose ("so that our governments could
    discuss", "must be addressed to prevent ...") is dropped; asserted, planned and claimed events
    and other hypotheticals (conditions, predictions) pass."""
    kept = []
    for event in events:
        if event.status == "hypothetical":
            span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
            if span is not None and len(span) and _possibility_frame(span.root) is not None:
                continue  # check not-possibility-frame failed
        kept.append(event)
    return kept


def speculation_check(doc: Doc, events: list[Event]) -> list[Event]:
    """A planned act in the clause of a guessed noun ("this could be an accusation that Russia
    will level", ``_speculated``) is hypothetical: a prediction of the speaker, not an act the
    source announced or intends. Other events pass unchanged."""
    lex = load_lexicon()
    for event in events:
        if event.status != "planned":
            continue
        span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
        if span is not None and len(span) and _speculated(span.root, lex):
            event.status = "hypothetical"
    return events


def harm_result_check(doc: Doc, events: list[Event]) -> list[Event]:
    """One happening, one event: a comma participle of harm ("Police opened fire on protesters,
    *killing* two"; "fired on the crowd, *killing* five people and *wounding* 23"; "shelled the town,
    *wounding* five civilians") tells the result of the violent act it hangs on (English: a
    sentence-final -ing adjunct of result), so its ASSAULT is that act's, told twice (PLOVER ASSAULT
    is the act "which can potentially result in substantial physical harm"). It is folded into the
    act's event (``_absorb``); the act's target (the victims' side: "protesters", "the crowd") is
    kept, or the victims when the act names none. Words: event_detection.yaml harm_result_verbs."""
    harm = detection_lexicon()["harm_result_verbs"]
    spans: list[tuple[set[int], Event]] = []
    for event in events:
        span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
        spans.append(({t.i for t in span} if span is not None else set(), event))
    dropped: set[int] = set()
    for words, event in spans:
        if event.type != "ASSAULT" or id(event) in dropped:
            continue
        for token in (doc[i] for i in sorted(words)):
            # the participle, or a harm verb coordinated with it ("killing five and wounding 23")
            first = token.head if token.dep_ == "conj" and token.head.lemma_.lower() in harm else token
            if token.lemma_.lower() not in harm or token.tag_ != "VBG" or not _trailing_comma_adjunct(first):
                continue
            act = next((other for other_words, other in spans if other is not event and id(other) not in dropped
                        and other.type == "ASSAULT" and other.sentence_start == event.sentence_start
                        and first.head.i in other_words
                        and (not event.source_text or other.source_text == event.source_text)), None)
            if act is None:
                continue
            face, mention = (act, event) if act.target_text or not event.target_text else (event, act)
            _absorb(face, mention)
            face.explanation += (f"; the harm participle '{token.lower_}' is the result of "
                                 f"'{act.trigger}', one event")
            dropped.add(id(mention))
            break
    return [e for e in events if id(e) not in dropped]


def appointee_target_check(doc: Doc, events: list[Event], lex: Lexicon) -> list[Event]:
    """Target-not-appointee: the envoy an actor appoints ("appointing a special envoy to support
    those negotiations") is its own agent, never the other side of the act (CAMEO 050 codes
    "appoint + envoy" as diplomatic cooperation with the one the envoy is sent to): the target is
    the envoy's "to" actor ("an envoy to Ukraine"), else none (PLOVER SUPPORT requires no
    recipient). Words: plover_frames.yaml appointment_verbs, envoy_nouns."""
    kept = []
    for event in events:
        span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
        target = _target_span(doc, event)
        verb = next((w for w in span or () if w.lemma_.lower() in lex.appointment_verbs), None)
        if verb is None or target is None or target.root.lemma_.lower() not in lex.envoy_nouns \
                or target.root.head.i != verb.i or target.root.dep_ not in ("dobj", "obj", "nsubjpass"):
            kept.append(event)
            continue
        # "a special envoy to Sudan" (the parser may hang the "to" on the verb)
        sent_to = _preps(target.root).get("to") or _preps(verb).get("to")
        note = f"; the appointee '{target.text}' is the source's own agent, no target"
        if sent_to is not None and _is_actor(sent_to, lex, allow_pronoun=False):
            start, end = _actor_span(sent_to)
            event = dataclasses.replace(event, target_text=doc_text(doc)[start:end], target_start=start,
                                        target_end=end, target_key=None, explanation=event.explanation + note.replace(
                                            "no target", f"the target is the one it is sent to '{sent_to.text}'"))
        else:
            event = dataclasses.replace(event, target_text=None, target_start=None, target_end=None,
                                        target_key=None, explanation=event.explanation + note)
        kept.append(event)
    return kept


def condemned_act_check(doc: Doc, events: list[Event]) -> list[Event]:
    """Type-by-rejected-act: a REJECT whose trigger ("rejecting", "rejection") has a violent act as
    its object ("rejecting this Russian aggression", "rejection of this unjustified aggression")
    condemns that act: PLOVER ACCUSE 'disapprove' (DISAPPROVE here) is "condemn, decry a policy or
    an action", while REJECT's modes (assist, change, yield, meet) are proposals and requests
    refused. Opposing ("oppose", "opposition") an actor's conduct ("oppose Beijing's aggressive and
    unlawful activities", "oppose any unilateral changes to the status quo") is the same disapproval
    (CAMEO VERBAL_CONFLICT 110); a proposal or plan opposed stays REJECT. Words: event_detection.yaml
    rejected_violence_nouns, rejection_words, opposition_words, opposed_conduct_nouns. An effort or
    attempt rejected, its act named by an infinitive ("rejects efforts by PRC officials to harass"),
    is conduct condemned the same way (_conduct_effort, rejected_effort_nouns)."""
    words = detection_lexicon()
    for event in events:
        if event.type != "REJECT":
            continue
        span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
        for word in span if span is not None else ():
            condemned = _condemned_nouns(word.lemma_.lower(), words)
            if not condemned:
                continue
            # the thing rejected: object, "of" object, or the subject of a passive ("efforts ... have been rejected")
            objects = [c for c in word.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
            objects += [o for p in word.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj"]
            rejected = next((o for o in objects if noun_lemma(o) in condemned or _conduct_effort(o, words)), None)
            if rejected is not None:
                # the mode "expressed opposition" takes (PLOVER ACCUSE 'disapprove') for an opposition
                event.type = "DISAPPROVE"
                event.mode = "criticize" if word.lemma_.lower() in words["rejection_words"] else "disapprove"
                event.explanation += (f"; type REJECT -> DISAPPROVE: '{word.lower_}' of the act "
                                      f"'{rejected.lower_}' condemns it ({COMPONENT} {VERSION})")
                break
    return events


def _virtual_mark(span: Span, words: dict) -> Optional[Token]:
    """The word that says a consultation's trigger phrase ``span`` was held remotely, else None: an
    adverb on one of its words or on their preposition ("met *virtually* with", "*virtually* convened the meeting",
    "participated *remotely*") or an adjective on a meeting noun that is one of its words, their
    object or the object of their preposition ("hosted X for a *virtual* bilateral meeting", "held
    a *virtual* summit"). Words: event_detection.yaml remote_meeting_adverbs / remote_meeting_adjectives;
    the meeting nouns are hosted_gathering_nouns and talk_occasion_nouns. PLOVER CONSULT mode
    phone: "via phone or some other remote medium"; a video meeting is such a medium."""
    adverbs, adjectives = set(words["remote_meeting_adverbs"]), set(words["remote_meeting_adjectives"])
    meetings = set(words["hosted_gathering_nouns"]) | set(words["talk_occasion_nouns"])
    for word in span:
        # the adverb may hang on the verb or, as the parser often attaches it, on the verb's
        # preposition ("met virtually with X": advmod of "with"); either way it modifies the act
        heads = [word, *(p for p in word.children if p.dep_ == "prep")]
        found = next((c for h in heads for c in h.children if c.dep_ == "advmod" and c.lower_ in adverbs), None)
        if found is not None:
            return found
        nouns = [word, *(c for c in word.children if c.dep_ in ("dobj", "obj"))]
        nouns += [o for p in word.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        for noun in nouns:
            if noun.pos_ == "NOUN" and noun.lemma_.lower() in meetings:
                found = next((c for c in noun.children if c.dep_ == "amod" and c.lower_ in adjectives), None)
                if found is not None:
                    return found
    return None


def _meeting_noun(token: Token, meetings: set) -> bool:
    """Whether ``token`` is a meeting noun (common or, in a meeting's name, proper: "Annual
    Bilateral Consultations"), its lemma, written form or that form less a plural "s" in ``meetings``."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    lower = token.lower_
    return bool({token.lemma_.lower(), lower, lower[:-1] if lower.endswith("s") else lower} & meetings)


def _remote_meeting_before(span: Span, words: dict) -> Optional[Token]:
    """The remote adjective on the meeting the sentence just before a hosted visit's names, else
    None: "Virtual consultations between the two governments concluded today. The U.S. delegation
    hosted the foreign minister and his delegation." A hosting sentence that names no occasion
    and no place of its own goes on with the meeting the sentence before tells, as a readout's
    later sentences go on with the meeting its lead reports (frames._just_before); that meeting
    held virtually (a meeting noun, hosted_gathering_nouns or talk_occasion_nouns, with an
    adjective of remote_meeting_adjectives) is held by a remote medium (PLOVER CONSULT mode phone),
    so nobody travelled. A hosting sentence with a meeting noun or a place ("hosted the minister
    in Washington", "at the White House") tells its own occasion and keeps its mode; a remote word
    on anything but a meeting ("a new online platform") or further back says nothing of it."""
    sent = span.sent
    if sent.start == 0:
        return None
    meetings = set(words["hosted_gathering_nouns"]) | set(words["talk_occasion_nouns"])
    if any(_meeting_noun(t, meetings) for t in sent):
        return None
    if any(t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "to") and t.ent_type_ in ("GPE", "LOC", "FAC")
           for t in sent):
        return None
    adjectives = set(words["remote_meeting_adjectives"])
    for noun in span.doc[sent.start - 1].sent:
        if _meeting_noun(noun, meetings):
            # on the noun or, as the parser hangs it in a long name, on a word of the phrase before
            # it ("virtual United States-Turkmenistan Annual Bilateral Consultations": on "Turkmenistan")
            found = next((t for t in noun.subtree if t.i < noun.i and t.dep_ == "amod" and t.lower_ in adjectives), None)
            if found is not None:
                return found
    return None


def codebook_mode_check(doc: Doc, events: list[Event]) -> list[Event]:
    """Modes the PLOVER codebook defines, on the final types: an ASSAULT takes the mode of the
    weapon its trigger phrase names (_weapon_mode: "exchanged artillery fire", "firing 36 shells"
    -> 'heavy-weapons'; "used water cannons" -> 'crowd-control') and loses a mode that is no
    ASSAULT mode (CAMEO2PLOVER 175 gives the context pro_autocracy); a condemnation coded
    DISAPPROVE 'allege' by a CAMEO 112x pattern ("condemned Russia's atrocities", 1124) is
    'disapprove' ("Express disapproval; condemn", codebook ACCUSE modes). Words:
    event_detection.yaml weapon_modes, violent_means, condemnation_words; the ASSAULT modes are
    plover_modes.yaml's table and the names it renames to one (codebook_modes renames them on storing)."""
    words = detection_lexicon()
    assault_modes = _assault_modes()
    for event in events:
        span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
        if span is None:
            continue
        mode = event.mode
        if event.type == "ASSAULT" and (mode is None or mode == "firearms" or mode not in assault_modes):
            weapon = _weapon_mode(span, words)
            mode = weapon[1] if weapon else (mode if mode in assault_modes else None)
            why = f"the weapon '{weapon[0]}'" if weapon else "no codebook ASSAULT mode"
        elif event.type == "DISAPPROVE" and mode == "allege" and any(
                t.lemma_.lower() in words["condemnation_words"] for t in span):
            mode, why = "disapprove", "a condemnation"
        elif event.type == "CONSULT" and (mode not in _plover_modes()["tables"]["CONSULT"] or mode == "visit"):
            # a talk held by a remote medium is no visit either ("hosted X for a virtual meeting":
            # nobody travelled), so a visit the trigger's verb suggested yields to it
            medium = _remote_medium(span)
            medium = medium if medium is not None else _virtual_mark(span, words)
            mode, why = ("phone", f"held by '{medium.lower_}'") if medium is not None else (mode, "")
            before = _remote_meeting_before(span, words) if medium is None and mode == "visit" else None
            if before is not None:
                mode, why = "phone", f"the meeting the sentence before calls '{before.lower_}'"
        if mode != event.mode:
            event.explanation += f"; mode {event.mode} -> {mode}: {why} ({COMPONENT} {VERSION})"
            event.mode = mode
    return events


@functools.lru_cache(maxsize=1)
def _plover_modes() -> dict:
    """``lexicons/plover_modes.yaml``: {"tables": {TYPE: [the manual's modes]}, "names": {TYPE:
    {lexicon mode: the manual's mode or None}}, "censor_sectors": [...]}, read once. Callers must
    not change it."""
    return yaml.safe_load((LEXICON_DIR / "plover_modes.yaml").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def _assault_modes() -> frozenset:
    """The ASSAULT modes a weapon named does not override: the manual's table (tab:violmode) and
    the lexicon names renamed to one of it on storing ("assassinate", "massacre" -> targeted)."""
    modes = _plover_modes()
    return frozenset(modes["tables"]["ASSAULT"]) | frozenset(modes["names"]["ASSAULT"])


def codebook_mode(event: Event) -> Optional[str]:
    """The manual's mode for ``event`` (PLOVER_MANUAL.tex mode tables, plover_modes.yaml): a mode
    of its type's table stays; a lexicon or CAMEO2PLOVER name is renamed ("detain" -> 'arrest',
    "massacre" -> 'targeted'), a nested one by its whole name, then by its act's type
    ("assault:destroy" -> THREATEN 'violence'); a COERCE ban of a news medium or of information
    is 'censor' ("Censor, ban or restrict access to publications"), any other ban 'restrict';
    any other mode of a tabled type is none (None). A type with no table keeps its mode."""
    modes = _plover_modes()
    table = modes["tables"].get(event.type)
    if event.type == "CONSULT" and event.mode not in table and _hosted_meeting(event):
        return "visit"
    if table is None or event.mode is None or event.mode in table:
        return event.mode
    names = modes["names"].get(event.type, {})
    if event.type == "COERCE" and event.mode == "ban" and _censored_target(event):
        return "censor"
    return names.get(event.mode, names.get(event.mode.split(":", 1)[0]))


def _hosted_meeting(event: Event) -> bool:
    """A meeting held in the recipient's own state by a source of another ("While in Beirut,
    Assistant Secretary Robinson met with members of the Lebanese government"): the PLOVER
    manual's CONSULT mode visit, "actor is visiting, recipient is hosting". The place
    (``event.location``) lies only in the target's state (resolve.places.place_states)."""
    if not (event.location and event.source_acts_for and event.target_acts_for) \
            or event.source_acts_for == event.target_acts_for:
        return False
    return place_states(event.location) == {event.target_acts_for}


def _censored_target(event: Event) -> bool:
    """Whether what a COERCE ban is aimed at is a publication, a medium or information: its
    target is of a media sector (plover_modes.yaml censor_sectors: Phoenix MED, "The New York
    Times") or its last word is a censored noun (event_detection.yaml censored_nouns: "website",
    "newspaper")."""
    if event.target_sector in _plover_modes()["censor_sectors"]:
        return True
    words = (event.target_text or "").lower().split()
    return bool(words) and words[-1] in detection_lexicon()["censored_nouns"]


def codebook_modes(events: list[Event]) -> list[Event]:
    """``events`` with the manual's modes (``codebook_mode``), their merged mentions too: an event
    renamed is a copy noting it in its explanation (the Doc's own events keep the lexicon's names).
    Run as events are stored (pipeline.doc_to_extraction), after every component that reads the
    lexicon's finer modes."""
    def renamed(event: Event) -> Event:
        mode = codebook_mode(event)
        if mode == event.mode:
            return event
        return dataclasses.replace(event, mode=mode, explanation=(event.explanation or "") + (
            f"; mode {event.mode} -> {mode or 'none'}: the PLOVER codebook's {event.type} modes ({COMPONENT} {VERSION})"))

    return [dataclasses.replace(renamed(e), merged_mentions=tuple(map(renamed, e.merged_mentions)))
            if e.merged_mentions else renamed(e) for e in events]


def _remote_medium(span: Span) -> Optional[Token]:
    """The remote medium a consultation's trigger phrase ``span`` says it was held by: a "by / over /
    via / on / in / during" object of one of its words that is, or is compounded with, one of
    event_detection.yaml remote_talk_nouns ("spoke by *phone*", "in a *phone* call", "during the
    *call*"); else None. PLOVER CONSULT mode phone: "via phone or some other remote medium"."""
    for word in span:
        for prep in (c for c in word.children if c.dep_ == "prep"):
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                found = _is_remote_medium(prep, obj, compounds=True)
                if found is not None:
                    return found
    return None


def _weapon_mode(span: Span, words: dict) -> Optional[tuple[str, str]]:
    """(weapon phrase, ASSAULT mode) named by the trigger phrase ``span`` or the nouns it governs
    (compound, amod, object, "with" object: "exchanged *artillery* fire", "firing 36 *shells*",
    "used water *cannons*"), else None. A crowd-control means (violent_means: "water cannon") wins,
    then a heavy weapon, then a firearm (weapon_modes)."""
    means, weapons = _mode_table("violent_means"), _mode_table("weapon_modes")
    nouns = list(span) + [c for t in span for c in t.children if c.dep_ in ("compound", "amod", "dobj", "obj")]
    nouns += [o for t in span for p in t.children if p.dep_ == "prep" and p.lower_ == "with"
              for o in p.children if o.dep_ == "pobj"]
    found = []
    for noun in nouns:
        name = noun.lemma_.lower()
        modifiers = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
        phrase = next((f"{m} {name}" for m in sorted(modifiers) if f"{m} {name}" in means), None)
        if phrase and means[phrase] == "crowd-control":
            return phrase, "crowd-control"
        if name in weapons:
            found.append((noun.lower_, weapons[name]))
    rank = {"heavy-weapons": 0, "firearms": 1}
    return min(found, key=lambda f: rank.get(f[1], 2)) if found else None


def _conduct_effort(noun: Token, words: dict) -> bool:
    """Whether ``noun`` is an effort or attempt whose act an infinitive names ("efforts by PRC
    officials to harass ...", "efforts to sell Putin's war as justified"): the other side's conduct,
    which a rejection condemns (condemned_act_check). List: event_detection.yaml rejected_effort_nouns."""
    return noun_lemma(noun) in words["rejected_effort_nouns"] and any(
        c.pos_ in ("VERB", "AUX") and _noun_infinitive(c) for c in noun.children)


def _condemned_nouns(lemma: str, words: dict) -> frozenset:
    """The object nouns that make stance word ``lemma`` a condemnation (condemned_act_check): the
    violent acts for a rejection word, those and the nouns of conduct for an opposition word, else
    none. Lists: event_detection.yaml rejection_words / rejected_violence_nouns, opposition_words /
    opposed_conduct_nouns."""
    if lemma in words["rejection_words"]:
        return words["rejected_violence_nouns"]
    if lemma in words["opposition_words"]:
        return joined_detection_words("rejected_violence_nouns", "opposed_conduct_nouns")
    return frozenset()


# The parts of speech ``_match_trigger`` takes (its first test); ``_obligation_demand`` takes only
# a token in ``_complement_heads`` (the first test of ``_is_reporting``).
_TRIGGER_POS = frozenset((VERB, ADJ, AUX))


def find_events(doc: Doc) -> list[Event]:
    """All PLOVER events in ``doc``, in text order (``_is_actor`` answers each question once
    meanwhile: ``actor_answers_kept``)."""
    with actor_answers_kept(doc):
        return _find_events(doc)


def _find_events(doc: Doc) -> list[Event]:
    """``find_events``' reading."""
    lex = load_lexicon()
    timex_heads = _timex_heads(doc)
    text = doc_text(doc)
    events: list[Event] = []
    statements = StatementIndex.of(doc)
    words = detection_lexicon()
    agentive_nouns = words["agentive_demand_nouns"] | words["agentive_reject_nouns"] | words["agentive_disapprove_nouns"]
    furniture_start = _furniture_start(text)
    texts = token_texts(doc)
    pos = token_pos(doc)
    complement_heads = _complement_heads(doc)
    lemmas, deps = token_lemma_lowers(doc), token_deps(doc)
    # every lemma some test below looks for: a token with none of them, no hyphen before it, no
    # "attr" label and neither gate of the trigger match passes every test without an event, so
    # no Token is made for it (most tokens of an article)
    gate_lemmas = lex.warning_lemmas | lex.direct_frame_lemmas | frozenset(lex.nouns) \
        | frozenset(words["measure_round_nouns"]) | agentive_nouns | frozenset(ONSET_VERBS) | lex.accusation_lemmas
    # the only words ``_list_header_end`` returns: a lemma "include" right before a colon (most
    # articles have none, and then no sentence's root is read for it)
    list_headers = "include" in lemmas and any(lemmas[i] == "include" and texts[i + 1] == ":"
                                               for i in range(len(texts) - 1))
    for sent in doc.sents:
        if _interrogative(sent):
            continue  # check not-question failed: a question asserts no act, nominal or verbal
        if sent.start_char >= furniture_start or _heading(text, sent):
            continue  # check not-furniture failed: a reference list or a heading is no sentence of the report
        seen_predicates: set[int] = set()
        first_event = len(events)
        for i in range(sent.start, sent.end):
            lemma = lemmas[i]
            if lemma not in gate_lemmas and not (i >= 2 and texts[i - 1] == "-") and deps[i] != "attr" \
                    and pos[i] not in _TRIGGER_POS and i not in complement_heads and lemma not in lex.stance_verbs:
                continue  # (a stance lemma tagged a noun may be its verb misread: ``_misread_stance_verb``)
            token = doc[i]
            # cheap lemma gates first: the frames below only fire on their own words
            if lemma in lex.warning_lemmas:
                warning = _warning_events(token, sent, lex, statements, text)
                if warning:
                    seen_predicates.add(token.i)
                    events.extend(warning)
                    continue
            if lemma in lex.direct_frame_lemmas:
                direct = (_enabled_act_events(token, sent, lex, timex_heads, text)
                          or _concern_events(token, sent, lex, text)
                          or _undergoing_events(token, sent, lex, text))
                if direct:
                    seen_predicates.add(token.i)
                    events.extend(direct)
                    continue
            anchored = token.pos_ == "NOUN" and _background_anchor(token) is not None
            # (check not-background-anchor failed: "since Russia's invasion began", "in response
            # to Russia's aggression": the noun names the setting of the reported act)
            if (lemma in lex.nouns or (token.i >= 2 and texts[token.i - 1] == "-" and noun_lemma(token) in lex.nouns)) \
                    and not anchored:
                events.extend(_nominal_events(token, sent, lex, text))
            if lemma in words["measure_round_nouns"]:
                events.extend(_measure_round_events(token, sent, lex, text))
            if lemma in agentive_nouns and not anchored:
                events.extend(_agentive_nominal_events(token, sent, lex, text))
            if lemma in ONSET_VERBS and not any(_background_anchor(c) for c in token.children
                                                 if c.dep_ == "nsubj" and c.pos_ == "NOUN"):
                events.extend(_onset_events(token, sent, lex, text))
            if lemma in lex.accusation_lemmas or token.dep_ == "attr":
                events.extend(_accusation_events(token, sent, lex, statements, text))
            if pos[token.i] not in _TRIGGER_POS and token.i not in complement_heads \
                    and not (lemma in lex.stance_verbs and _misread_stance_verb(token, lex)):
                continue  # the two gates below, read without calling them (asked of every token)
            trigger = _obligation_demand(token, lex) or _quoted_obligation(token, lex) or _match_trigger(token, lex)
            if trigger is None or trigger.token.i in seen_predicates:
                continue
            seen_predicates.add(trigger.token.i)
            # a purpose verb inside the frame ("summoned the envoy *to protest*") is no event of its own
            seen_predicates.update(w.i for w in trigger.words if w.pos_ == "VERB")
            events.extend(_build_events(trigger, sent, lex, timex_heads, text))
        events.extend(_obliged_act_events(sent, seen_predicates, events[first_event:], lex, timex_heads, text))
        header_end = _list_header_end(sent) if list_headers else None
        if header_end is not None:
            # check not-list-header failed: "Entities designated for relation to Alexey Mordashov
            # include:" introduces a list; its subject's participle is no act of the subject
            events[first_event:] = [e for e in events[first_event:] if e.trigger_start >= header_end]
    events.sort(key=lambda e: (e.sentence_start, e.trigger_start))
    events = reader_check(doc, briefing_check(doc, events))
    events = _drop_references_back(doc, events)
    events = _drop_summary_restatements(doc, events)
    events = _cap_per_sentence(events, lex.max_events_per_sentence)
    events = appointee_target_check(doc, events, lex)
    events = named_actor_check(doc, resolve_participants(doc, pair_delegation_leaders(doc, events), lex), lex)
    # an event aimed at its own source goes, except a promise, kept with no target (_own_promise)
    events = [_own_promise(e) if self_aimed and PROMISED_ACT_RULE in (e.explanation or "") else e
              for e, self_aimed in ((e, _self_targeted(doc, e)) for e in events)
              if not self_aimed or PROMISED_ACT_RULE in (e.explanation or "")]
    # the type among the senses a trigger allows, and type_probability (learned, NGEC-trained)
    events = condemned_act_check(doc, events)
    events = event_classifier.choose_types(doc, events)
    events = means_aim_check(doc, events)  # on the final types
    events = harm_result_check(doc, events)
    events = condition_antecedent_check(doc, events)  # on the final types
    events = codebook_mode_check(doc, events)  # on the final types
    events = no_evidence_check(doc, events)
    events = participation_check(doc, events)
    events = speculation_check(doc, events)
    events = possibility_check(doc, events)
    events = merge_mentions(doc, events)
    events = _drop_alias_targets(doc, events)
    # the storing check only: the probability is computed after linking (event_confidence.score)
    events = event_confidence.check(events)
    for event in events:
        if event.merged_mentions:  # a mention that could become the face must pass the storing check too
            event.merged_mentions = tuple(event_confidence.check(event.merged_mentions))
    return events


# what find_events reads besides the parse: the earlier components' mentions (with coreference's
# keys), entities, times, roles and statements (pipeline.COMPONENT_MODULES runs them all before);
# on a Doc where they did not run each reads as none
EVENTS_REQUIRES = ["doc.sents", "doc._.ng_mentions", "doc._.ng_entities", "doc._.ng_timexes", "doc._.ng_roles",
                   "doc._.ng_statements"]


@Language.factory(COMPONENT, requires=EVENTS_REQUIRES, assigns=["doc._.ng_events"])
def make_events_component(nlp: Language, name: str):
    """spaCy factory: the component sets ``doc._.ng_events`` from the parse and what
    ``EVENTS_REQUIRES`` names."""
    load_lexicon()

    def annotate(doc: Doc) -> Doc:
        doc._.ng_events = find_events(doc)
        return doc

    return annotate


CONJOINED_RECIPIENT_FIELDS = ("target_text", "target_start", "target_end", "target_key", "target_acts_for",
                              "target_sector", "target_affiliation_key")




def _trigger_verbs(doc: Doc, event: Event, pos: tuple[str, ...] = ("VERB", "AUX")) -> list[Token]:
    """The verbs (tokens of a part of speech in ``pos``) of ``event``'s trigger words, its character
    span in ``doc``; [] where the span does not align. -> list[Token]."""
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    return [t for t in span or () if t.pos_ in pos]


# quantities of a partitive relative that take in the whole set ("both / all / each of whom"):
# the act is the antecedent's, all of it
_WHOLE_SET_QUANTIFIERS = frozenset({"both", "all", "each", "every"})

# the slots of a relative clause's partitive per actor side: an object or passive subject is the
# party acted on, a subject the doer
_PART_SLOTS = {"target": ("dobj", "obj", "nsubjpass"), "source": ("nsubj",)}


def _relative_part(doc: Doc, event: Event, side: str) -> Optional[tuple[Token, Token]]:
    """(the partitive quantity, its antecedent) where ``event``'s ``side`` actor is the antecedent
    of a partitive relative in the trigger's clause ("three hackers, *one of whom* the Department
    indicted", "five activists, *two of whom* were beaten"): the quantity picks a part of the set
    (English partitive; the relative pronoun is the clause's gap, subjects._partitive_relative).
    None for a whole-set quantity ("both / all / each of whom"), a negative one ("none of whom":
    no act), an antecedent with conjuncts (which of the named is not told) or any other event."""
    start, end = getattr(event, f"{side}_start"), getattr(event, f"{side}_end")
    if start is None or end is None:
        return None
    for verb in _trigger_verbs(doc, event):
        clause = verb
        while clause.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in clause.children):
            clause = clause.head  # "one of whom was arrested and beaten": the shared subject's
        if clause.dep_ != "relcl":
            continue
        for part in _children(clause, _PART_SLOTS[side]):
            whole = _partitive_relative(part, clause)
            if whole is None or not start <= whole.idx < end or part.lower_ in _WHOLE_SET_QUANTIFIERS \
                    or part.lower_ in ("none", "neither") or whole.conjuncts:
                continue
            return part, whole
    return None


def relative_parts(doc: Doc, events: list[Event]) -> list[Event]:
    """An actor that is a part of a relative clause's antecedent is that part (English partitive
    relative: "designating three hackers, one of whom the Department indicted" -- the indictment
    is of one of them, not of all three): the event keeps the antecedent's state and sector (the
    members of a set are of its state and sector), its text is the part of the antecedent ("one of
    three hackers", "two of the activists"), and a key of the set itself (a group) is dropped, as
    a part is no whole group. Changes the events in place and returns them. Shape: (Doc,
    list[Event]) -> list[Event]."""
    text = doc_text(doc)
    for event in events:
        for side in ("source", "target"):
            found = _relative_part(doc, event, side)
            if found is None:
                continue
            part, whole = found
            of = next(c for c in part.children if c.dep_ == "prep" and c.lower_ == "of")
            # the part and its left words ("at least two"): its "of" follows it (the parser hangs a
            # fronted "of whom two ..." on the verb, which _partitive_relative does not take)
            quantity = text[part.left_edge.idx:part.idx + len(part)]
            start = getattr(event, f"{side}_start")
            det = next((c for c in whole.children if c.dep_ == "det" and c.idx < start
                        and c.lower_ in ("the", "these", "those")), None)
            words = getattr(event, f"{side}_text") or text[start:getattr(event, f"{side}_end")]
            phrase = f"{quantity} of {det.lower_ + ' ' if det is not None else ''}{words}"
            setattr(event, f"{side}_text", phrase)
            if (getattr(event, f"{side}_key") or "").startswith("group:"):
                setattr(event, f"{side}_key", None)
            event.explanation = (event.explanation + "; " if event.explanation else "") + \
                f"{side} = '{phrase}': the partitive relative '{part.text} of {doc[of.i + 1].text}' picks a part " \
                f"of its antecedent (of the antecedent's state and sector, no key of the whole group)"
    return events


def _same_actor(one: Event, other: Event) -> bool:
    """Whether two events have one actor: the same key, else the same words at the same place."""
    if one.source_key or other.source_key:
        return one.source_key == other.source_key
    return one.source_start is not None and (one.source_start, one.source_end) == (other.source_start,
                                                                                 other.source_end)


def _own_party_object(verb: Token) -> bool:
    """Whether ``verb`` has an object of its own naming a party: a direct or indirect object (or
    its conjunct) that is an actor by the target finder's test (``_is_actor``: a named person,
    group or state, a pronoun, an actor noun: "mobilized its partners", "thank the ministers") or
    a Phoenix agent noun. Such a verb is aimed at its own party. Token -> bool."""
    from newsgraph.nlp.events.lexicon import load_lexicon, sector_agents

    lex, agents = load_lexicon(), sector_agents()
    for child in verb.children:
        if child.dep_ not in ("dobj", "dative", "obj", "iobj"):
            continue
        for word in (child, *child.conjuncts):
            if word.ent_type_ in PARTY_ENT_LABELS or word.lemma_.lower() in agents or _is_actor(word, lex):
                return True
    return False


def conjoined_recipient(doc: Doc, events: list[Event]) -> list[Event]:
    """Conjoined verbs share their clause's recipient: in "we will raise these issues and call on
    X to change", "will thank X and discuss aid", "contributed $25 million to X and plan to offer
    $10 million more", one subject does two coordinated acts in one clause, and the party the one
    is aimed at (its recipient, placed by the linker) is the party of the other, which names none
    of its own (coordination shares the arguments the conjuncts do not name: right-node raising,
    English coordination of verb phrases). An event with no recipient at all takes the recipient
    of an event of the same sentence whose trigger verb is its conjunct, when both have one actor
    and are on one side of the PLOVER quad categories (both cooperation or both conflict:
    "offer support to X and condemn attacks" is no condemnation of X), and its own verb has no
    party object ("mobilized our partners" is aimed at the partners). Changes the events in place
    and returns them. Shape: (Doc, list[Event]) -> list[Event]."""
    for event in events:
        if not _no_party(event, "target") or not (event.source_key or (event.source_text or "").strip()):
            continue
        quad = _plover_quad(event.type)
        verbs = _trigger_verbs(doc, event)
        if quad is None or not verbs or any(_own_party_object(v) for v in verbs):
            continue
        conjuncts = {c.i for v in verbs for c in v.conjuncts}
        for other in events:
            if other is event or other.sentence_start != event.sentence_start or _no_party(other, "target") \
                    or not (other.target_key or other.target_acts_for) or not _same_actor(event, other) \
                    or (_plover_quad(other.type) or ("",))[0] != quad[0]:
                continue
            if any(v.i in conjuncts for v in _trigger_verbs(doc, other)):
                for name in CONJOINED_RECIPIENT_FIELDS:
                    setattr(event, name, getattr(other, name))
                event.explanation = (event.explanation + "; " if event.explanation else "") + \
                    f"recipient shared with the conjoined act '{other.trigger}' (conjoined-recipient)"
                break
    return events
