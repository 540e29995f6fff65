"""Detection checks of a candidate (``_detection_failure``, ``_recipient_failure``) and the
building of events from a trigger (``_build_events``, ``_read_events``). Builds on every module
from ``lexicon`` to ``accusations``, and reads the package's ``VERSION``."""

from __future__ import annotations

import bisect
import copy
import dataclasses
import re
from typing import Iterable, Optional

from spacy.symbols import VERB
from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.actor_heads import delegation_words, person_word
from newsgraph.nlp.coordination import first_conjunct
from newsgraph.nlp.doc_cache import doc_text, quoted_passages, token_pos
from newsgraph.nlp.statements import lexicon_for as speech_cue_lexicon
from newsgraph.nlp.types import Event

from newsgraph.nlp.events import VERSION
from newsgraph.nlp.events.lexicon import (ACTOR_ENT_LABELS, ACTOR_PRONOUNS, CHECKS_PASSED, COMPONENT, CUSTODIAN_STATE_RULE,
                                          FIRST_PERSON_WORDS, FORCE_NOUNS, Lexicon, OBJECT_DEPS, PASSIVE_SUBJECT_DEPS,
                                          PATIENT_TYPES, PLACE_AUTHORITY_RULE, PLACE_ENT_LABELS, PROTESTER_NOUNS, RELATIVE_TAGS,
                                          SANCTION_KIND, SUBJECT_DEPS, THIRD_PERSON_WORDS, Trigger, detection_lexicon,
                                          load_lexicon, sector_agents)
from newsgraph.nlp.events.actor_phrases import (_actor_inside, _actor_or_inside, _children,
                                                _entity_of, _invested_in, _is_actor, _named_party, _preps, _titled_name,
                                                _vague_person_noun, agent_objects, noun_lemma, origin_of, person_nouns_off,
                                                to_infinitive, verb_lemma)
from newsgraph.nlp.events.subjects import (LISTED_ORIGINS, before_relative, _attributive_past_conjunct, _hands_of, _has_agent, _is_misparsed_main_verb,
                                           _list_lead_in, _passive_agent, _relative_purpose_doer, _represented_state,
                                           _subject, _vague_group, _with_conjuncts)
from newsgraph.nlp.events.conditions import (_is_hostile_noun, BACKGROUND_CONTINUATION_CHECK, CUMULATIVE_CHECK, FIRST_SECOND_PERSON,
                                             GROUNDS_NOTE, ONGOING_WAR_CHECK, _adopted_proposal, _aspect_conjunct_host,
                                             _background_anchor_check, _background_continuation, _bounding_condition,
                                             _clause_depth, _clause_verb, _commented_act_doer, _conditional_host,
                                             _conjoined_aspect, _consequence_condition, _controller,
                                             _cumulative_or_generic, _denial, _event_noun_owner, _force_act_commented,
                                             _founded_object, _ground_doer, _grounded_measure, _hedge_over,
                                             _in_background_clause, _instrument_purpose, _inverted_condition,
                                             _is_reporting, _location_for, _measure_ground, _measure_grounds,
                                             _message_sender, _named_doer, _nonfinite_step, _obligation_modal,
                                             _ongoing_war_clause, _open_occasion, _pronoun_agrees, _reduced_condition,
                                             _restated_act_agent, _speaker_of, _stance_kind, _timex_for,
                                             _uncodable_ground, goods_lemma, goods_of)
from newsgraph.nlp.events.senses import (HELD_STANCE, JOINT_DOCUMENT, VOWED_ACCOUNTABILITY, _abstract_causes_in,
                                         _act_done_with_partner, _aid_kinds_named, _mode_of, _mode_table, _object_noun,
                                         _stance_spoken_alone, _world_at_large)
from newsgraph.nlp.events.detection import (ACTION_STANCE_RULE, AGENTLESS, DEALING_BAN, DENIED_ACCESS, HARM_CAUSE_RULE, MOVING_FORCE,
                                            OBLIGATION_RULE, REPORTED_NOTE, SOUGHT_GOODS, SPEAKER_EXPERIENCER,
                                            THREAT_MADE_NOTE, WRITER, _carried_on, _dealing_partner, _demand_on_obliged,
                                            _denied_access, _embedding_frame, _joined_co_actors, _match_trigger,
                                            _participant_of, _question_frame, _routine_object, _threat_made,
                                            _unaddressed_service, _vow_carried_on, _with_purpose_clause, announced_act,
                                            vow_restated)
from newsgraph.nlp.events.status import (_agent_in_listed_acts, _force_subject, _own_side_subject, ADJUNCT_PATIENT, CONJOINED_PATIENT, GIVER_FROM_RULE, GIVER_NOUN_RULE,
                                         MODAL_WORDS, VISIT_PARTNER, _adjective_copula, _adjective_trigger,
                                         _adjunct_force_patient, _aim_frame, _announced_release_holder, _captive_check,
                                         _captive_holder, _commitment_frame, _complement_frame,
                                         _conjoined_force_patient, _consular_tally, _custodian_state, reduced_custody_clause, releaser_of_captives, _document_content,
                                         _evaluated_relation, _exceptive_object, _finite_host, _forgone_act,
                                         _frame_negated, _free_occasion, _giver_noun_recipient, _habitual_clause,
                                         _harm_cause_doer, _implied_state, _instrument_content, _internal_act,
                                         _joint_promise_content, _measure_effect, _merit_clause, _participle_patient,
                                         _permitted_claim, _plainly_negated, _prevented_clause, _principle_object,
                                         _regard_frame, _reported_effort, _reported_prediction, _reports_holding, _resolve_predicate,
                                         reported_own_stance, voiced_resolve_over,
                                         _standing_passive,
                                         _standing_role, _standing_time_adverb, _held_stance_idiom, _status, _transfer_giver,
                                         _own_post_visit, _visit_partner)
from newsgraph.nlp.events.targets import (ACTIVITY_AGENTS, APPOSITION_OF, FROM_GIVER_TYPES, GATHERING_ATTENDEES, GOAL_PLACE_PREPS,
                                          MEETING_SCENE_RULE,
                                          PARTITIVE_MET, SHARED_HEAD_NOTE, _actor_span, _appositive_event_owner,
                                          PARTICIPLE_NOUN_DOER_RULE, PERSON_HELD_RULE, _from_holder, _met_through_partitive, _met_with,
                                          _participle_noun_doer, _people_of_demonym, _targets,
                                          RECOGNIZED_TERRITORY_RULE, recognized_territory)
from newsgraph.nlp.events.frames import (_activity_agent_sector, _aid_typed, _between_cosubjects, _condition_clause,
                                         _counterfactual_clause, _enabling_thing, _evidencing_thing, _exhortation,
                                         _feared_clause, _free_choice_class, _generic_clause, _generic_culprit,
                                         _imposed_measure_consequence, _joint_act, _mutual_fight, _offered_remark,
                                         _office_duty, _one_holders_titles, _own_group_cosubject, _potential_clause, _risk_frame,
                                         _speaker_experienced_act, _state_obstruction, _takes_effect_now,
                                         _thing_agent_clause, _unaddressed_need, _unaddressed_subject, _visitor_first)
from newsgraph.nlp.events.accusations import (_MUTUAL_TARGET, _commitment_trigger, _handover_without_receiver,
                                              _headed_delegation, _participant_noun, _warned_actor)


def _deontic_claim(trigger: Trigger, lex: Lexicon) -> Optional[str]:
    """Check not-deontic-claim (the act): an act in a reported clause with an obligation modal,
    in the passive with no agent ("has stated that Pizango and others *should be arrested*"), is
    what the speaker says ought to be done, not done (``_unaddressed_obligation``: no demand
    either). The main-clause case ("X must be freed") is dropped with ``_obligation_modal``."""
    node = _clause_verb(trigger.head)
    semi = node.head if node.dep_ == "xcomp" and node.head.lemma_.lower() in lex.obligation_verbs else None
    if not any(c.dep_ == "aux" and c.lower_ in lex.obligation_aux for c in node.children) and semi is None:
        return None
    if not any(_is_reporting(a, lex) for a in node.ancestors):
        return None
    if _first_person_subject(semi if semi is not None else node):
        # "The minister said we must release the prisoners": the speaker's side resolves to act
        # (no demand, ``_obligation_demand``), and nothing is done yet
        return f"resolve '{node.text}' (reported)"
    if semi is not None or not _unaddressed_obligation(node):
        return None
    return f"ought '{node.text}' (reported)"


def _first_person_subject(clause: Token) -> bool:
    """Whether the subject of ``clause`` is "we" or "I" (an obligation the speaker takes on)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" and c.lower_ in ("we", "i")
               for c in clause.children)


def _unaddressed_obligation(clause: Token) -> bool:
    """Check not-deontic-claim: a reported obligation told in the passive with no "by" agent
    ("stated that homosexuals must be condemned and rejected in our society", "said that the
    law must be respected") obliges nobody it names: a claim about what ought to be, no demand
    addressed to anyone (PLOVER DEMAND is made of a recipient; the passive subject is what the act
    would be done to). An active clause ("said that Russia must withdraw") names who is asked."""
    if not any(c.dep_ == "auxpass" for c in clause.children) or _has_agent(clause):
        return False
    return not any(c.dep_ in SUBJECT_DEPS for c in clause.children)


# ---------------------------------------------------------------- detection checks (issue 6)
# Each returns why a candidate fails (a short reason) or None; ``_build_events`` calls them in
# ``_detection_failure`` (the table ``_DETECTION_STEPS`` names them) and the stored event's
# explanation lists them among the checks passed (``DETECTION_CHECKS``).

PRESENT_AUX = {"is", "are", "remain", "remains"}

# what a participle's own children may be for it to stand inside a noun phrase: no subject, no
# auxiliary, no "by" agent; a noun, name or possessive before it ("U.S.-supplied weapons",
# "Russia's detained ...") may name its doer, so only adverbs may stand before it ("wrongfully")
_VERBAL_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "aux", "auxpass", "agent"})
# a verb in one of these slots stands where a noun stands
_NOUN_SLOTS = frozenset({"dobj", "obj", "pobj", "nsubj", "nsubjpass", "attr", "appos", "dative", "compound", "nmod"})


def _premodifying_participle(verb: Token) -> bool:
    """Whether a past participle stands before its noun inside a larger noun phrase, as an
    attributive participle: "the release of ... wrongfully *detained* Americans", "handing
    *detained* people over", "assistance to *displaced* persons". The parser often reads the
    participle as a verb (VBN, or VBD) with the noun as its direct object, so the noun became the
    target of an act no one did. An attributive participle tells the state its noun is in (English
    grammar: the participle as a premodifier), no act of that sentence. The shape: a past form with
    no subject, no auxiliary and no "by" agent, nothing before it but its own adverbs, its object
    right after it ("detained Americans"), in a noun's place: a noun slot of its head (object of a
    verb or preposition), after a determiner, a preposition or a verb whose own object is missing
    ("handing detained people over"), or coordinated with a noun or with a verb of no subject
    whose form it cannot share ("securing the release of X and wrongfully detained Americans": a
    gerund and a past form are no coordinated verbs). Finite clauses ("Police detained three
    journalists", "the army arrested and detained protesters": the subject is shared), a
    participle with its agent ("journalists detained by police") and a doer before it ("U.S.
    supplied weapons") keep their act."""
    if verb.pos_ != "VERB" or not (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.lower_.endswith("ed"))):
        return False  # a past tense the tagger gave a participle spelt alike ("detained"), not "gave"
    if any(c.dep_ in _VERBAL_DEPS for c in verb.children) or _has_agent(verb):
        return False
    if any(c.i < verb.i and c.dep_ != "advmod" for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i > verb.i]
    if not objects or objects[0].left_edge.i != verb.i + 1:
        return False
    start = verb.left_edge.i  # before its adverbs ("wrongfully detained")
    prev = verb.doc[start - 1] if start > verb.sent.start else None
    if verb.dep_ in _NOUN_SLOTS:
        return True
    if verb.dep_ == "conj":
        first = first_conjunct(verb)
        if first.pos_ in ("NOUN", "PROPN", "PRON"):
            return True  # "the hostages and detained Americans" hung on the noun
        if first.pos_ in ("VERB", "AUX") and first.tag_ not in ("VBD", "VBN") \
                and not any(c.dep_ in _VERBAL_DEPS for c in first.children):
            return True  # "securing ... and detained Americans": no verb coordination
        # hung on a present-tense verb with a subject, right after "and" that follows a noun
        return _attributive_past_conjunct(verb)
    if prev is None:
        return False
    if prev.pos_ in ("DET", "ADP"):
        return True  # "the detained Americans", "assistance to displaced persons"
    # "handing detained people over": the verb before it lacks the object the phrase is (a gerund
    # the tagger took for a noun still ends in "-ing")
    gerund_noun = prev.pos_ == "NOUN" and prev.tag_ == "NN" and prev.lower_.endswith("ing")
    return (prev.pos_ == "VERB" or gerund_noun) and not any(
        c.dep_ in ("dobj", "obj", "ccomp", "xcomp") and c.i != verb.i for c in prev.children)


def _description_clause(trigger: Trigger, lex: Lexicon) -> Optional[str]:
    """Check not-description: a relative clause in the simple present says what its noun
    habitually does or is ("front companies *that support* Triliance", "a shipping company *that
    transports* weapons for the GoR", "citizens *who are detained* around the world"): a standing
    property of the noun, no dated happening (an event is a dated interaction). Progressive and
    past clauses tell what happened ("the Cubans who are protesting", "the forces that
    attacked ...") and pass. A passive relative clause of harm that names its doer as a "by"
    agent, "at the hands of" X (``_hands_of``) or the doer of the hostile act it names as cause
    ("a journalist who was killed in a Russian strike", ``_harm_cause_doer``; since 0.7.712)
    tells what that doer did, no state; so does a passive custody clause that names the country
    its noun is held "in" ("who are being detained in Russia", ``_custodian_state``; since 0.8.148).
    A past participle before its noun inside a larger noun phrase, read by the parser as a verb
    with its object ("the hostages and wrongfully detained citizens"), describes its noun too
    (``_premodifying_participle``; since 0.8.152)."""
    node = trigger.head
    node = first_conjunct(node)  # "that are welcoming and supporting refugees": the first conjunct's clause
    if node.dep_ == "amod" and trigger.head.tag_ == "VBN" and not _has_agent(trigger.head):
        # "missing and abducted U.S. citizens", "wrongfully detained citizens": a state
        return f"participle '{trigger.head.text}'"
    if _premodifying_participle(trigger.head):
        # "the release of wrongfully detained Americans", parsed as a verb with its object
        return f"premodifying participle '{trigger.head.text}'"
    if node.dep_ in ("acomp", "xcomp", "oprd") and node.head.lemma_.lower() == "remain":
        node = node.head  # "prisoners who remain unjustly detained"
    business = _standing_business(_own_clause(trigger.head))
    if business is not None:
        return business
    if node.dep_ != "relcl":
        return None
    subjects = [c for c in node.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
    if not subjects:
        return None
    # a contact clause ("an area of alignment *we share* with our allies") describes its noun too
    aux = [c for c in node.children if c.dep_ in ("aux", "auxpass")]
    if node.tag_ in ("VBZ", "VBP") and not aux:
        return f"habitual present '{node.text}'"
    if node.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in node.children) and not any(
            _has_agent(v) or _hands_of(v) is not None
            or (trigger.event_type == "ASSAULT" and _harm_cause_doer(v, lex) is not None)
            or (trigger.event_type == "COERCE" and _custodian_state(v, lex) is not None)
            for v in [node] + list(node.conjuncts)):
        # "citizens who are detained around the world", "people who are held in the airport": a
        # state the noun is in, presupposed, nobody named. A custody clause that names the country
        # it is held "in" ("A and B, who are being detained in Russia") names its holder, the
        # agentless passive's implied agent (CAMEO 173, ``_custodian_state``): that state's act
        # on them, as "citizens detained in the PRC" (since 0.8.148)
        return f"state '{aux[0].text} {node.text}'"
    if node.lemma_.lower() == "remain" and node.i != trigger.head.i:
        return f"state 'remain {trigger.head.text}'"
    return None


def _described_practice(trigger: Trigger, lex: Lexicon) -> Optional[str]:
    """Check not-description (practice): a non-finite act told as the means, purpose or outcome of
    a verb in the simple present that describes a noun or a standing practice is part of that
    description, no dated happening: "diplomacy *that leads to* Russia withdrawing its forces" (a
    relative clause in the simple present, as ``_description_clause``), "The GoR *leverages*
    maritime shipping ... including by supporting the resupply of its troops" (a main clause in the
    simple present of a verb that is no event, with an actor as subject and no time word). A
    present event verb ("The United States condemns ... by ...") and progressive or past clauses
    ("is imposing costs by designating", "took action by sanctioning") tell happenings and pass."""
    host = _finite_host(trigger.head)
    relative = _finite_host(trigger.head, complements=True)
    if relative is not None and relative.dep_ == "relcl":
        host = relative  # a main verb's infinitive complement ("claims to welcome") is read by its frame
    if host is None or host.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in host.children):
        return None
    subjects = _children(host, tuple(SUBJECT_DEPS))
    if not subjects:
        return None
    if host.dep_ == "relcl" and host.lemma_.lower() not in lex.aspect_verbs \
            and host.lemma_.lower() not in lex.stance_verbs:
        # ("attacks, which continue to wound and kill civilians": an aspect verb tells the act going on)
        return f"inside habitual present '{host.text}'"
    if host.dep_ != "ROOT" or host.lemma_.lower() in ("be", "have") or _match_trigger(host, lex) is not None \
            or _is_reporting(host, lex) or _stance_kind(host, lex) is not None \
            or host.lemma_.lower() in lex.stance_verbs or host.lemma_.lower() in lex.aspect_verbs:
        return None
    if subjects[0].pos_ == "PRON" or not _is_actor(subjects[0], lex, allow_pronoun=False):
        return None  # "we support ... by ...": the statement's own voice; a thing as subject
    partners = [o for c in host.children if c.dep_ == "prep" and c.lower_ == "with" for o in _children(c, ("pobj",))] \
        + _children(host, ("dobj", "obj"))
    if any(c.dep_ == "prep" and c.lower_ == "in" for c in host.children) \
            and any(_is_actor(p, lex, allow_pronoun=False) for p in partners):
        # "The United States stands with our partners ... in rejecting whatever fabricated outcomes",
        # "joins its allies in condemning": the act done together with named parties, now
        return None
    if any(t.ent_type_ in ("DATE", "TIME") for t in host.sent):
        return None
    return f"standing practice '{subjects[0].text} {host.text}'"


def _own_clause(token: Token) -> Token:
    """The verb of the clause that holds ``token``: up a chain of coordinated verbs to the first
    one with a subject of its own ("the firm takes part in and *supports* drills": "takes", not the
    verb of an earlier clause joined by "and" with its own subject). Not ``_main_clause``'s walk:
    that one goes on past a subject to the list's first conjunct (a clause with its own subject
    joined to the root is a main clause too), this one stops at the clause ``token`` belongs to."""
    node = token
    while node.dep_ == "conj" and node.head.i != node.i \
            and not _children(node, tuple(SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)):
        node = node.head
    return node


def _main_clause(node: Token) -> bool:
    """Whether ``node`` heads a main clause: the root, or a clause coordinated with it ("X ships
    arms, *and* the firm supports drills"), whether or not it has a subject of its own (unlike
    ``_own_clause``, which stops at a subject). event_dates._main_clause asks the same of a verb
    but walks up verb conjuncts only; linking._main_clause asks it of a pronoun's verb."""
    node = first_conjunct(node)
    return node.dep_ == "ROOT"


def _simple_present_clause(node: Token) -> Optional[Token]:
    """The subject of ``node`` when it heads a main clause in the simple present with no auxiliary
    and no time word (a standing description: "SC South LLC delivers cargo for ..."), else None."""
    if not _main_clause(node) or node.tag_ not in ("VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass") for c in node.children):
        return None
    subjects = _children(node, tuple(SUBJECT_DEPS))
    if not subjects or subjects[0].pos_ not in ("NOUN", "PROPN"):
        return None
    if any(t.ent_type_ in ("DATE", "TIME") for t in node.subtree):
        return None
    return subjects[0]


def _name_words(token: Token) -> str:
    """A noun with its compound and flat name words ("Baltic Freight")."""
    return " ".join(t.text for t in token.subtree if t.dep_ in ("compound", "flat") or t.i == token.i)


def _company_name(token: Token) -> bool:
    """Whether ``token`` is a company: a company noun (event_detection.yaml company_nouns) or a name
    with a legal form (entity_org_keywords.yaml legal_forms)."""
    from newsgraph.nlp.entities import without_legal_form  # (entities imports nothing of events)
    name = _name_words(token)
    return token.lemma_.lower() in detection_lexicon()["company_nouns"] or without_legal_form(name) != name


def _owner(token: Token) -> Optional[Token]:
    """The possessor of a noun ("the company's vessels": "company")."""
    return next((c for c in token.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)


def _standing_business(node: Token) -> Optional[str]:
    """A main clause in the simple present whose subject is a company (a name with a legal form,
    entity_org_keywords.yaml legal_forms, or a company noun, event_detection.yaml company_nouns) or
    a company's own things ("the company's vessels transport tanks"): "SC South LLC delivers cargo
    for the Russian Ministry of Defense" tells its standing line of business, no dated event (as "a
    shipping company that transports weapons" does). A clause with a time word ("today", "on
    Monday") tells a happening and passes. Since 0.7.521 the clause is the one that holds the act,
    a coordinated main clause too ("..., and the firm supports drills"), not the first clause of
    the sentence."""
    subject = _simple_present_clause(node)
    if subject is None:
        return None
    owner = _owner(subject)
    if _company_name(subject) or (owner is not None and _company_name(owner)):
        return f"standing business '{subject.text} {node.text}'"
    return None


# Doc.user_data key of the folded names a document designates or sanctions (``_designees``).
_DESIGNEES_KEY = "ng_designees"


def _designees(doc: Doc, lex: Lexicon) -> frozenset[str]:
    """The folded names the document's own designation or sanction verbs act on ("is designating
    Kestrel Aviation", "Northern Shipping is being designated"): their objects and passive subjects
    with the names coordinated or set in apposition with them. Found once per Doc."""
    memo = doc.user_data.get(_DESIGNEES_KEY)
    if memo is not None and memo[0] is lex:
        return memo[1]
    from newsgraph.nlp.entities import without_legal_form  # (entities imports nothing of events)
    names = set()
    # the verbs by the cached parts of speech: a Token is made only for a verb
    for verb in (doc[i] for i, pos in enumerate(token_pos(doc)) if pos == VERB):
        found = lex.verbs.get(verb_lemma(verb, lex))
        if found is None or found[0] != "SANCTION" or not _grounded_measure(verb, lex):
            continue
        for noun in _children(verb, ("dobj", "obj", "nsubjpass")):
            for named in [noun] + list(noun.conjuncts) + _children(noun, ("appos",)):
                if named.pos_ == "PROPN":
                    names.add(without_legal_form(_name_words(named)).lower())
    names = frozenset(names)
    doc.user_data[_DESIGNEES_KEY] = (lex, names)
    return names


def _designee_practice(trigger: Trigger, lex: Lexicon) -> Optional[str]:
    """Check not-description (designee): a main clause in the simple present whose subject, or its
    owner, is a party the document designates or sanctions ("The Department is designating Kestrel
    Aviation. Kestrel Aviation supplies drones to ...", "Northern Shipping's vessels transport
    tanks ...") tells the standing conduct the designation is grounded on, its description of the
    designee, no dated event (as ``_standing_business`` for companies). Violence and coercion
    (habitual_kept_types) stay, as for check not-habitual; a clause with a time word, an
    auxiliary, another tense or a continuing aspect verb ("continues to supply") tells a happening
    and passes, and a state or place (a sanctioned country) is no designee whose conduct is
    described. Since 0.7.521."""
    if trigger.event_type in detection_lexicon()["habitual_kept_types"]:
        return None
    node = _own_clause(trigger.head)
    subject = _simple_present_clause(node)
    if subject is None or node.lemma_.lower() in lex.aspect_verbs:
        return None  # ("X continues to supply ...": an act told as going on now)
    designees = _designees(trigger.head.doc, lex)
    if not designees:
        return None
    from newsgraph.nlp.entities import without_legal_form  # (entities imports nothing of events)
    for named in (subject, _owner(subject)):
        if named is not None and named.pos_ == "PROPN" and named.ent_type_ not in ("GPE", "NORP", "LOC") \
                and without_legal_form(_name_words(named)).lower() in designees:
            return f"designee practice '{named.text} ... {node.text}'"
    return None


def _news_outlet_party(token: Token) -> bool:
    """Whether the name ``token`` heads is a news outlet: a listed news outlet
    (``entities.news_outlet_alias``: "the BBC", "Reuters"; not a state's own body such as the State
    Department) or the article's own outlet when that is no state institution's channel
    (``doc._.ng_outlet``, ``resolve.actors.outlet_identity``)."""
    from newsgraph.intake.outlets import outlet_key
    from newsgraph.nlp.entities import news_outlet_alias  # (entities imports nothing of events)
    from newsgraph.resolve.actors import outlet_identity
    if token.pos_ != "PROPN":
        return False
    name = _name_words(token)
    if news_outlet_alias(name) is not None:
        return True
    outlet = getattr(token.doc._, "ng_outlet", None)
    return bool(outlet) and outlet_key(name) == outlet_key(outlet) and outlet_identity(outlet) is None


def _independent_outlet(token: Token) -> bool:
    """Whether the subject ``token`` of a reporting verb names an independent news outlet: a listed
    news outlet that is no state's own service (``entities.news_outlet_alias``; intake/outlets.yaml
    ``state_run``: Xinhua, TASS), a name the actor dictionaries code MED ("Reuters"), or a name of
    an organisation whose words are a newspaper's or broadcaster's (event_detection.yaml
    outlet_name_words: "Arab News", "the Jerusalem Post", "El Universal" aside), or a common noun of
    an outlet ("the newspaper") the agents code MED. A state's media ("state media", "state TV",
    event_detection.yaml state_media_words) and an unlisted "news agency" (most national agencies
    are their state's: Phoenix codes "state media" GOV) are not."""
    from newsgraph.intake.outlets import canonical_outlet, outlet_state_run
    from newsgraph.nlp.entities import news_outlet_alias  # (entities imports nothing of events)
    from newsgraph.resolve.actors import agent_sector, named_actor
    words = detection_lexicon()
    phrase = [t for t in token.subtree if t.i <= token.i and t.dep_ not in ("det", "case", "punct") or t.i == token.i]
    lowers = {t.lower_ for t in phrase}
    if lowers & words["state_media_words"]:
        return False
    name = " ".join(t.text for t in phrase)
    if token.pos_ == "PROPN":
        listed = news_outlet_alias(_name_words(token))
        if listed is not None:
            return not outlet_state_run(canonical_outlet(listed))
        if "agency" in lowers:
            return False
        coded = named_actor(name)
        if coded is not None:
            return coded.sector == "MED"
        return token.ent_type_ in ("ORG", "WORK_OF_ART", "") and bool(lowers & words["outlet_name_words"])
    if token.pos_ == "NOUN" and token.lemma_.lower() in words["outlet_nouns"]:
        code = agent_sector(name)
        return code is not None and code.sector == "MED"
    return False


def _outlet_report(head: Token, lex: Lexicon) -> Optional[Token]:
    """The reporting verb over ``head`` when every report the act is told in is an independent news
    outlet's own ("In June, Raisi visited Venezuela, Nicaragua and Cuba, Arab News reported",
    "Reuters reported that ..."), else None. The gold README's ``claimed`` is "reported by a party
    and disputed or unconfirmed": a news outlet is the channel of the report, no party to it (as
    "according to Reuters" already leaves an act asserted), while a party's own word it relays
    ("the newspaper reported, citing officials", "Reuters reported that Moscow said ...") stays
    claimed, and so does what a state's own media report (``_independent_outlet``)."""
    reports = list(_reports_holding(head, lex))
    if not reports:
        return None
    for verb in reports:
        if verb.lemma_.lower() not in detection_lexicon()["outlet_report_verbs"]:
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or not _independent_outlet(subject):
            return None
        if any(t.lemma_.lower() in ("cite", "quote") for t in verb.subtree if t.i > verb.i or t.head.i == verb.i):
            return None  # "..., the newspaper reported, citing two officials": a source's word
    return reports[0]


def _newsgathering(trigger: Trigger) -> Optional[str]:
    """Check not-newsgathering: a talk or meeting (CONSULT) one of whose parties is a news outlet
    (``_news_outlet_party``: "Wikinews spoke with the head of the union", "the BBC talked to the
    minister"): an outlet interviewing a source is how a report is gathered, no interaction between
    the political actors PLOVER CONSULT codes (consultations and meetings of the actors the data
    follow; a reporter is the channel of the report, not a party to it). A meeting with a paper's
    editors or owners ("met with the editors of three newspapers") names people, not the outlet,
    and stays. Since 0.7.521."""
    if trigger.event_type != "CONSULT":
        return None
    verb = trigger.head
    parties = _children(verb, tuple(SUBJECT_DEPS) + ("dobj", "obj")) + [
        o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "to") for o in _children(c, ("pobj",))]
    for party in parties:
        if _news_outlet_party(party):
            return f"newsgathering '{party.text} {verb.text}'"
    if verb.lemma_.lower() in detection_lexicon()["press_talk_verbs"]:
        # "spoke to reporters", "talked to the media", "reporters spoke to donors": words for the
        # public or a story, not a consultation between political actors (PLOVER drops CAMEO 01
        # MAKE PUBLIC STATEMENT; the statement reader keeps what is said). Another side talked
        # with ("spoke with reporters and with Kuleba") keeps the talk.
        subjects = _children(verb, tuple(SUBJECT_DEPS))
        if verb.dep_ == "conj" and not subjects:
            # "Reporters attended the opening and spoke to donors": the first conjunct's subject
            subjects = _children(verb.head, tuple(SUBJECT_DEPS))
        press = next((p for p in subjects if _press_noun(p)), None)
        # (each side with its conjuncts, and a repeated preposition's: "with reporters and with Kuleba")
        others = [c for p in parties if p not in subjects for c in [p, *p.conjuncts]] + [
            o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "to")
            for p in c.conjuncts for o in _children(p, ("pobj",))]
        if press is None and not [p for p in others if not _press_noun(p) and _is_actor(p, load_lexicon())]:
            press = next((p for p in others if _press_noun(p)), None)
        if press is not None:
            return f"press talk '{verb.text} ... {press.text}'"
    return None


def _press_noun(token: Token) -> bool:
    """Whether ``token`` heads a common-noun phrase for the news media: a noun Phoenix's agents
    code MED (lexicon.sector_agents: "reporters", "journalists", "the media", "correspondents"), or "the press"
    (event_detection.yaml press_nouns, which Phoenix leaves uncoded). A named outlet is
    ``_news_outlet_party``'s; a possessed or modified person ("their editors") is no such noun."""
    if token.pos_ != "NOUN":
        return False
    lemma = token.lemma_.lower()
    if lemma in detection_lexicon()["press_nouns"]:
        return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    # (spaCy lemmatises "media" to "medium": the written form is looked up too)
    return "MED" in (sector_agents().get(lemma), sector_agents().get(token.lower_)) \
        and not any(c.dep_ == "poss" for c in token.children)


def _expletive_subject(trigger: Trigger) -> Optional[str]:
    """Check actor (expletive): "*It* is essential to extradite gang leaders", "it is a priority
    to prevent ...": an extraposed "it" before a copula names no one who acts."""
    node = trigger.head
    if _children(node, tuple(SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)):
        return None  # the act has its own subject ("It would be ironic if Moscow declared war")
    if _speaker_experienced_act(node):
        return None  # "It is an honor to welcome X": the one honoured, the speaker, welcomes X
    for _ in range(3):
        if node.dep_ not in ("xcomp", "ccomp", "conj") or node.head.i == node.i:
            return None
        parent = node.head
        if parent.lemma_.lower() == "be":
            subjects = _children(parent, SUBJECT_DEPS)
            if subjects and subjects[0].lower_ == "it" and any(
                    c.dep_ in ("acomp", "attr") for c in parent.children):
                return "expletive 'it'"
            return None
        node = parent
    return None


def _cognition_complement(trigger: Trigger) -> Optional[str]:
    """Check trigger-sense (cognition): "We recognize that ...", "acknowledged that ...": a verb
    of recognition or acceptance with a clause and no object acknowledges a fact; the act it
    names (SUPPORT recognize, AGREE accept) needs an actor or proposal as its object."""
    token = trigger.token
    if token.i != trigger.head.i or token.lemma_.lower() not in detection_lexicon()["cognition_senses"]:
        return None
    if _children(token, ("dobj", "obj")):
        return None
    if any(c.dep_ == "ccomp" for c in token.children):
        return f"'{token.lemma_} that ...' (a fact acknowledged)"
    return None


def _conjecture_content(trigger: Trigger) -> Optional[str]:
    """Check not-conjecture: an act in the "that" clause of a conjecture noun ("I've seen the
    *speculation that* Russia may formally declare war", "there are *rumours that* ...") or of a
    verb of inference the listener is invited to draw ("*you can conclude that* the presidents have
    widely discussed that"): the clause is a guess or an inference, not a report of the act
    (TimeML: the complement of a non-factive predicate is no asserted event; event_detection.yaml
    conjecture_nouns, listener_inference_verbs)."""
    words = detection_lexicon()
    node = _clause_verb(trigger.head)
    frame = _unsaid_frame(node, words)
    if frame is not None:
        return f"'{frame.text} that ...' negated (not said)"
    if node.dep_ not in ("acl", "ccomp") or node.head.i == node.i \
            or not any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children):
        return None
    frame = node.head
    if frame.pos_ == "NOUN" and frame.lemma_.lower() in words["conjecture_nouns"]:
        return f"'{frame.text} that ...' (a conjecture)"
    if frame.pos_ == "VERB" and frame.lemma_.lower() in words["listener_inference_verbs"] \
            and any(c.lower_ == "you" for c in _children(frame, SUBJECT_DEPS)) \
            and any(c.dep_ == "aux" and c.lower_ in MODAL_WORDS for c in frame.children):
        return f"'you {frame.text} that ...' (an inference left to the listener)"
    return None


def _speculated_act(trigger: Trigger, lex: Lexicon) -> Optional[str]:
    """Check not-speculation: a cooperative or verbal act told only as possible, with no
    condition and no one's word for it -- a modal of possibility (plover_frames.yaml
    hypothetical_aux less "would" and "can": "may", "might", "could") on its verb or on a verb it
    completes, or a predicate of likelihood over it (``_hedge_over``: "destined to", "likely to")
    -- is the writer's guess at another's act: "the highest levels of the Russian Government *may*
    theatrically convene emergency meetings", "the Iranian drones in Bolivia *could be destined to*
    support Iranian intelligence work". The modal may also sit on a copula whose noun the act's
    relative clause modifies ("This *could be* a violent event that Russia will *blame* on Ukraine",
    ``_possible_antecedent_copula``), and a writer's "would" on a predicate of feeling or readiness
    counts when no condition holds it ("Morocco *would be proud to host* President Obama",
    ``_adjective_copula``). No act is told (TimeML: a modal of possibility makes its
    event non-factual; PLOVER codes reported events, its hypothetical mode a qualifier of one).
    Left to the other rules: THREATEN and the coercive types (event_detection.yaml
    coercive_consequence_types: PLOVER "THREATEN could be ASSAULT + hypothetical", a coercive act
    told as possible may be a warning), an act under a condition or an open occasion ("if the
    talks fail, the ministers could meet again"), one a reporting verb governs ("said it could
    provide more aid": the actor's own offer) and one with a first- or second-person subject up
    its chain ("we could help", "you can expect": the speaker's own offer or address)."""
    if trigger.event_type == "THREATEN" or trigger.event_type in detection_lexicon()["coercive_consequence_types"]:
        return None
    head = trigger.head
    possible = lex.hypothetical_aux - {"would", "can"}  # "can" tells an ability, often the writer's side's offer
    own = [c for c in _clause_verb(head).children if c.dep_ == "aux"]
    modal = next((c for c in own if c.lower_ in possible), None)
    copula = _possible_antecedent_copula(head, possible) if modal is None else None
    if copula is not None:
        if any(s.lower_ in FIRST_SECOND_PERSON for s in _children(copula, SUBJECT_DEPS)):
            return None  # "we could be the ones who ...": the speaker's own side
        if _reduced_condition(copula) is not None or _has_condition((copula,), lex):
            return None  # "If Russia invades, this could be an incident that ...": hypothetical (status)
        own = [c for c in copula.children if c.dep_ == "aux"]
        modal = next(c for c in own if c.lower_ in possible)
    elif modal is None and (copula := _adjective_copula(_clause_verb(head))) is not None \
            and all(c.lower_ == "to" for c in own) and any(c.dep_ == "aux" and c.lower_ == "would" for c in copula.children):
        # "Morocco *would be proud to host* President Barack Obama", "Washington would be willing
        # to consider it": with no condition and no reporting verb (both ruled out below), the
        # writer's "would" on a predicate of feeling or readiness tells an irrealis stance, no act
        # told (TimeML: the complement of a modal predicate is not factual); a first-person "we
        # would be happy to help" is the speaker's own offer (ruled out below). Bundled examples:
        # "would be ADJ to V" in 5 texts, the act untold in all ("would be able to provide",
        # "would be willing to consider", "would be able to depart", "would be able to return",
        # Morocco's "would be proud to host"); only the last has an act trigger the branch decides
        own = [c for c in copula.children if c.dep_ == "aux"]
        modal = next(c for c in own if c.lower_ == "would")
        if any(c.dep_ == "neg" for c in copula.children):
            return None  # "would not be willing to meet": a negated act (status negated)
        if _reduced_condition(copula) is not None or _conditional_host(copula, lex) is not None \
                or _has_condition((_clause_verb(head), _clause_verb(head).head, copula), lex):
            # "If invited, Morocco would be proud to host ...", "... to host him if he came": a
            # consequence of a condition, hypothetical (status)
            return None
    if any(c.lemma_.lower() == "have" for c in own):
        return None  # "could have met": a past not taken (check not-counterfactual)
    if modal is None and (any(c.lower_ == "can" for c in own) or not _hedge_over(head, lex)):
        return None  # "The United States can provide additional assistance": an ability, left hypothetical
    if any(c.dep_ == "neg" for c in _clause_verb(head).children):
        return None  # "could not reach an agreement", "cannot accept": a negated act (status negated)
    if _conditional_host(head, lex) is not None or _inverted_condition(head) \
            or _consequence_condition(trigger, lex) is not None or _open_occasion(head) is not None:
        return None
    if any(_is_reporting(a, lex) for a in head.ancestors):
        return None
    node = head
    for _ in range(6):  # the subjects up the chain of non-finite links ("could be destined to support")
        if any(s.lower_ in FIRST_SECOND_PERSON for s in _children(_clause_verb(node), SUBJECT_DEPS | {"nsubjpass"})):
            return None
        if not _nonfinite_step(node):
            break
        node = node.head
    return f"speculation '{modal.text if modal is not None else 'hedged'} ... {trigger.token.text}' (a possible act, none told)"


def _has_condition(tokens: Iterable[Token], lex: Lexicon) -> bool:
    """Whether one of ``tokens`` (a predicate's verb, adjective or copula) has an adverbial clause
    of condition ("... to host him *if he came*", "*If Russia invades*, this could be ...";
    plover_frames.yaml conditional_marks; ``_speculated_act``, ``_obliged_act``). Any marked
    condition counts, "even if" and "whether" too: a marked clause on the predicate is enough to
    leave its act undemanded or unspeculated (``_warning_condition`` is the warning's finer test,
    which also climbs conjuncts and reads inverted and "in case" conditions)."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in lex.conditional_marks for m in c.children)
               for t in tokens for c in t.children)


def _possible_antecedent_copula(token: Token, possible: frozenset) -> Optional[Token]:
    """The copula "be" under a modal of possibility (``possible``: "may", "might", "could") whose
    subject or predicate noun a relative clause holding ``token`` modifies: "This *could be* a
    violent event that Russia will *blame* on Ukraine, or an outrageous accusation that Russia will
    level ...", "one day there *could be* a conflict on Earth that ... bleeds into space", "This
    *may be* the dynamics that will have to be upheld" (statedept 2022-02-17 and 2022-02-24, af.mil
    2016): the modal scopes over the noun phrase, its relative clause included, so the act is only
    guessed at, as it is under a modal of its own (TimeML: an event in the scope of a modal of
    possibility is non-factual). Not a modal perfect ("could have been", check
    not-counterfactual). None otherwise."""
    node = _clause_verb(token)
    if node.dep_ != "relcl":
        return None
    noun = node.head
    for _ in range(4):  # the first of coordinated nouns ("an event that ..., or an accusation that ...")
        if noun.dep_ != "conj" or noun.head.i == noun.i:
            break
        noun = noun.head
    copula = noun.head
    if noun.dep_ not in ("attr", "nsubj") or copula.i == noun.i or copula.lemma_.lower() != "be":
        return None
    aux = [c for c in copula.children if c.dep_ == "aux"]
    if any(c.lemma_.lower() == "have" for c in aux) or not any(c.lower_ in possible for c in aux):
        return None
    return copula


def _unsaid_frame(token: Token, words: dict) -> Optional[Token]:
    """Check not-conjecture (unsaid): the negated non-factive verb of saying whose complement holds
    ``token`` ("the official *did not say that* Russia had attacked the convoy",
    event_detection.yaml unsaid_speech_verbs): the act is not reported (TimeML: the complement of
    a negated reporting SLINK is no asserted event); None otherwise."""
    frame = _complement_frame(token)
    if frame is None or frame.pos_ != "VERB" or frame.lemma_.lower() not in words["unsaid_speech_verbs"]:
        return None
    return frame if _plainly_negated(frame) else None


def _destination_check(trigger: Trigger, lex: Lexicon) -> Optional[str]:
    """Check trigger-sense (destination): a verb of motion is a visit only when it goes to a place
    or an actor ("came to Cartagena", "travel to Riga"); "came to office", "comes to this
    position with 30 years' experience" is no visit."""
    token = trigger.token
    words = detection_lexicon()
    if trigger.event_type == "CONSULT" and token.lemma_.lower() in words["visiting_verbs"]:
        visited = list(_object_noun(token).subtree) if _object_noun(token) is not None else []
        if any(t.lemma_.lower() in words["web_places"] for t in visited):
            # "When you visit Kenyans Against Gays blog" (the name's head read as object): a page read
            return f"'{token.lemma_}' + web page"
        if any(t.lower_ in ("them", "it") for t in visited) and any(
                t.lemma_.lower() in words["web_places"] for t in token.sent if t.i < token.i):
            # "we have many Kenyan gay blogs and Blake used to visit all of them"
            return f"'{token.lemma_}' + web pages"
    if trigger.event_type != "CONSULT" or token.lemma_.lower() not in words["motion_verbs"]:
        return None
    if token.tag_ == "VBN" and any(c.dep_ == "auxpass" for v in [token, token.head if token.dep_ == "conj" else token]
                                   for c in v.children):
        # "was arrested and returned to the United States": moved by others, no visit
        return f"passive '{token.text}' (moved, no visit)"
    goal = _preps(token).get("to")
    if goal is None:
        return None
    if goal.ent_type_ in ACTOR_ENT_LABELS or _is_actor(goal, lex, allow_pronoun=False):
        return None
    return f"'{token.lemma_} to {goal.text}' (no place or actor)"


def _means_agent(token: Token, lex: Lexicon) -> Optional[Token]:
    """"we are following through *by levying* sanctions and imposing visa restrictions", "Peru
    responded by recalling its ambassador": an act named as the means ("by" + gerund) of
    another is done by that clause's subject (a pronoun included: "we" of a release is its
    government, resolved later)."""
    node = token
    node = first_conjunct(node)
    if node.dep_ != "pcomp" or node.head.lower_ != "by" or node.head.head.pos_ not in ("VERB", "AUX"):
        return None
    subject, passive = _subject(node.head.head)
    if subject is None or passive or subject.tag_ in RELATIVE_TAGS:
        return None
    return subject if _real_actor(subject, lex) else None


def _restriction_context(trigger: Trigger, lex: Lexicon) -> Optional[str]:
    """Check trigger-sense (restriction): "prevent the Cuban people from communicating" restricts
    an actor (COERCE); "prevent further escalation" names a goal."""
    token = trigger.token
    if token.lemma_.lower() not in detection_lexicon()["restriction_context_verbs"]:
        return None
    obj = _object_noun(token)
    if obj is not None and lex.nouns.get(noun_lemma(obj), ("",))[0] == "PROTEST":
        return None  # "prevented the demonstration": CAMEO 1721 (prevent + protest / rally)
    has_from = any(c.dep_ == "prep" and c.lower_ == "from" for t in (token, obj) if t is not None for c in t.children)
    if obj is not None and has_from and (
            _is_actor(obj, lex, allow_pronoun=False) or _actor_inside(obj, lex) is not None):
        return None
    return f"'{token.lemma_}' without '<actor> from ...'"


def _goal_clause(trigger: Trigger, lex: Lexicon) -> Optional[str]:
    """Check asserted-frame (goal): an act in a purpose clause ("... *to support* X") under a verb
    that is neither an event nor a verb of means names a goal, not a happening ("raised revenue
    to support its aggression"); under a verb of means it is the act done ("took steps to
    impose visa restrictions")."""
    node = trigger.head
    node = first_conjunct(node)
    if node.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        return None
    parent = node.head
    if parent.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb_lemma(parent, lex)
    if lemma in detection_lexicon()["means_verbs"] or lemma in lex.stance_verbs \
            or _match_trigger(parent, lex) is not None \
            or _is_reporting(parent, lex) or _stance_kind(parent, lex) is not None:
        return None
    if f"{lemma} with" in lex.prep_idioms and any(c.dep_ == "prep" and c.lower_ == "with" for c in parent.children) \
            and getattr(_act_done_with_partner(parent), "i", None) == node.i:
        return None  # "stand with our allies to support Ukraine": the act done with the partners
    if getattr(_stance_spoken_alone(parent, lemma, lex), "i", None) == node.i:
        return None  # "has spoken with one voice to denounce X": the stance is said in the speaking
    return f"goal of '{parent.lemma_}'"


def _mobilize_noun(token: Token, lex: Lexicon) -> bool:
    """Whether ``token`` is a noun the trigger lexicon reads as MOBILIZE ("deployment")."""
    entry = lex.nouns.get(noun_lemma(token)) if token.pos_ == "NOUN" else None
    return entry is not None and entry[0] == "MOBILIZE"


def _force_object(verb: Token, lex: Lexicon) -> bool:
    """Whether what ``verb`` deploys or mobilizes can be a force (event_detection.yaml, MOBILIZE
    note): no object ("Russia was mobilizing"), forces, an actor, weapons or other goods, money,
    aid or a cyber means. False for a thing ("mobilize investment", "deployed a sensor payload").
    A MOBILIZE act noun (plover_triggers.yaml nouns: "deployment") as the trigger or as the verb's
    object is looked through to its "of" object ("accelerate ... deployment of renewable energy":
    NomBank ARG1 of a nominalisation is its "of" phrase)."""
    act = verb if verb.pos_ == "NOUN" else _object_noun(verb)
    obj = None if verb.pos_ == "NOUN" else act
    if act is not None and _mobilize_noun(act, lex):
        obj = next((p for c in act.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj"), None if verb.pos_ == "NOUN" else obj)
    if obj is None:
        return True
    lemma = obj.lemma_.lower()
    forces = FORCE_NOUNS | detection_lexicon()["force_nouns"]
    return (lemma in forces or noun_lemma(obj) in lex.actor_nouns or _is_actor(obj, lex)
            or lemma in lex.goods or lemma in lex.aid_nouns or lemma in lex.cyber_words
            or obj.ent_type_ in ("MONEY", "PERSON", "ORG", "NORP", "GPE")
            or any(t.ent_type_ == "MONEY" or t.lemma_.lower() in lex.goods or t.lemma_.lower() in forces
                   or t.lemma_.lower() in lex.cyber_words for t in obj.subtree))


def _work_noun(token: Token, words: dict) -> bool:
    """A common noun that names both an agency and the work it does, used for the work
    (event_detection.yaml work_nouns): no name, no owner ("consular services", not "the
    Federal Security Service" or "Russia's security services")."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in words["work_nouns"] or token.ent_type_:
        return False
    return not any(c.dep_ == "poss" or c.pos_ == "PROPN" or c.ent_type_ for c in token.children)


def _holders(verb: Token) -> list[Token]:
    """The subjects of ``verb`` and the objects of its agent "by" (who holds what it tells)."""
    return _children(verb, ("nsubj", "nsubjpass")) + agent_objects(verb)


def _names_attendees(gathering: Token, lex: Lexicon) -> bool:
    """Whether the gathering noun names who attends it: an "of" or "with" phrase ("a meeting of
    foreign ministers", "a ministerial with ministers from 15 states"), a named actor as its
    compound or possessive ("the NATO summit", "the EU's summit"), or an attendee adjective, as its
    modifier or as the noun itself (event_detection.yaml attendee_adjectives: "a ministerial
    meeting", "hosted a regional ministerial", "bilateral talks"). A class noun ("the donor
    meeting") names no one."""
    if "of" in _preps(gathering) or "with" in _preps(gathering):
        # "a meeting of foreign ministers", "a ministerial with foreign ministers from 15 countries"
        return True
    if gathering.lower_ in detection_lexicon()["attendee_adjectives"]:
        # the adjective used as the gathering's noun ("hosted a regional ministerial")
        return True
    return any(c.dep_ in ("compound", "poss") and c.ent_type_ in ACTOR_ENT_LABELS - PLACE_ENT_LABELS
               and _is_actor(c, lex, allow_pronoun=False)
               or c.dep_ in ("amod", "compound") and c.lower_ in detection_lexicon()["attendee_adjectives"]
               for c in gathering.children)


def _recipient_failure(trigger: Trigger, event_type: str, targets: list[Token], lex: Lexicon) -> Optional[str]:
    """Check recipient, once the targets are known: support for a policy or programme with no
    actor as recipient ("working to support regulatory compatibility"), and "thank you" said to
    the listener, are no interaction between actors."""
    words = detection_lexicon()
    token = trigger.token
    lemma = verb_lemma(token, lex)
    if event_type == "SUPPORT" and not targets and trigger.head.i == token.i and lemma in words["policy_support_verbs"] \
            and not any(_is_actor(o, lex, allow_pronoun=False) for o in _children(token, ("dobj", "obj"))):
        return f"'{lemma}' with no actor supported"
    thing = _object_noun(token) if token.pos_ == "VERB" else None
    # money put into something (an investing noun or sum, actor_phrases._invested_in): its "in"
    # phrase says where the money goes, not whom a force is sent against
    thing = thing if thing is not None and thing.head.i == token.i and _invested_in(thing) else None
    if trigger.event_type == "MOBILIZE" and token.pos_ in ("VERB", "NOUN") and not _force_object(token, lex) \
            and all(t.dep_ in ("amod", "compound") and _mobilize_noun(t.head, lex)
                    or thing is not None and thing.left_edge.i <= t.i <= thing.right_edge.i for t in targets):
        # a place or people that only modifies the act noun ("North American deployment of
        # renewable energy") says where, it receives nothing; so does one inside the phrase of the
        # money mobilized ("mobilizing private investment in X's energy sector")
        return f"'{lemma}' + a thing, no force"
    # named recipient checks, each a reason or None, tried in order (first reason wins)
    for check in (_unaddressed_need, _abstract_cause, _effort_undertaken, _narcotics_seized, _stage_invitation,
                  _goal_commitment, _site_visited, _welcomed_stance, _unaddressed_order):
        reason = check(trigger, event_type, targets, lex)
        if reason is not None:
            return reason
    if event_type == "DEMAND" and targets and verb_lemma(token, lex) in words["rally_support_verbs"] and any(
            o.lemma_.lower() in words["rally_support_objects"] for o in _children(token, ("dobj", "obj"))) \
            and all(t.dep_ == "pobj" and t.head.lower_ == "for" for t in targets):
        # check rally-support: the party support is rallied for is its beneficiary, nobody asked
        return f"'{verb_lemma(token, lex)}' + support for a beneficiary (nobody asked)"
    if event_type == "SUPPORT" and not targets and trigger.mode == "rally" and trigger.rule.startswith("CAMEO 053"):
        # check rally-support: a rally of no party ("rallied the world in response") for no one
        # named is neither support on someone's behalf (CAMEO 053) nor cooperation built with an
        # actor (CAMEO 050): PLOVER SUPPORT with no one on either side is no interaction (Stop 49)
        return f"'{verb_lemma(token, lex)}' + no party rallied or rallied for"
    if targets and all(t.dep_ in OBJECT_DEPS and t.head.i == token.i and _work_noun(t, words) for t in targets) \
            and not any(p in _preps(token) for p in ("to", "for")):
        # the work given or withheld, not an agency: "so we can provide emergency consular
        # services", "we are suspending consular services at Embassy Ukraine", "is not offering
        # visa services in Ukraine" name no actor who receives or suffers the act
        return f"'{lemma}' + {targets[0].lower_} (work done, no actor)"
    if lemma == "thank" and any(o.lower_ in words["courtesy_objects"] for o in _children(token, ("dobj", "obj"))):
        return "'thank you' (courtesy)"
    if trigger.mode in words["actor_only_modes"] and not targets:
        return f"'{lemma}' with no actor recognised"
    if event_type == "AGREE" and not targets and lemma in words["gathering_host_verbs"]:
        # "the conference will be hosted by the IAEA", "will host a conference this fall": hosting
        # a gathering is an act with a guest party (PLOVER CONSULT "hosting visits", the host the
        # recipient); with none, no party is agreed with or rallied for (CAMEO 053 host + conference)
        return f"'{lemma}' a gathering, no guest party"
    if event_type == "CONSULT" and not targets and lemma in words["gathering_holder_verbs"] and not any(
            h.dep_ == "conj" or any(c.dep_ == "conj" for c in h.subtree) for h in _holders(token)) \
            and "with" not in _preps(token) \
            and not any(_names_attendees(o, lex) for o in _children(token, ("dobj", "obj"))):
        # check recipient: "Convened by X, the meeting will ...", "X hosted a forum": a meeting
        # held by one party with no one named as attending is no meeting between actors (Stop 49).
        # Conjoined holders ("A and B convened ...") meet each other, and a meeting "of" a body
        # ("the meeting of the India-U.S. working group"), or one a named body's compound or
        # possessive or an attendee adjective qualifies ("the NATO summit", "a ministerial
        # meeting"), is its members', left to the linker.
        return f"'{lemma}' a gathering, no party met"
    if trigger.rule.startswith(f"'{lemma}' + merit") and not targets:
        # praise of a merit is praise of its owner ("recognized the progress in military-military
        # communications", "to recognize the vital role of women"): none named, no one is praised
        return f"'{lemma}' + a merit of no actor"
    if event_type == "PROTEST" and lemma in words["protest_gathering_verbs"] and any(
            _is_actor(o, lex, allow_pronoun=False) or o.like_num or any(c.like_num for c in o.children)
            for o in _children(token, ("dobj", "obj"))):
        return f"'{lemma}' + object (gathering support, no protest)"
    return None


def _site_visited(trigger: Trigger, event_type: str, targets: list[Token], lex: Lexicon) -> Optional[str]:
    """Check recipient (site): a visit (CONSULT visit, or its AGREE promise) whose every recipient
    is a site or natural feature (event_detection.yaml visited_site_heads: "She will also visit the
    Valongo Wharf", "traveling the East Coast") with no state named in its phrase meets nobody:
    PLOVER CONSULT visit has the host as recipient. A site placed in a state ("Ramstein Air Base
    in Germany") is left to the linker (place_actors facility_state). Returns the reason or None."""
    if "visit" not in (trigger.mode or "") or not targets:
        return None
    heads = detection_lexicon()["visited_site_heads"]
    for target in targets:
        if target.ent_type_ in ("GPE", "NORP", "PERSON") or target.pos_ == "PRON":
            return None
        if target.lemma_.lower() not in heads and target.lower_ not in heads:
            return None
        if any(p.dep_ == "prep" and p.lower_ in ("in", "near", "outside") and o.ent_type_ == "GPE"
               for p in target.children for o in _children(p, ("pobj",))):
            return None  # "Ramstein Air Base in Germany": the linker places it
    return f"'{targets[0].text}' is a site, no host"


def _narcotics_seized(trigger: Trigger, event_type: str, targets: list[Token], lex: Lexicon) -> Optional[str]:
    """Check recipient (narcotics): a seizure (event_detection.yaml border_seizure_verbs) whose
    seized things are a drug haul (seized_narcotics anywhere in the object phrase: "57.5 million
    fentanyl-laced pills", "doses of fentanyl were seized") and that names no owner ("the cartel's
    cocaine"), no "from" and no actor acted on is no PLOVER event: CAMEO.2.0 discards "SEIZE + DRUG"
    and PLOVER COERCE seize confiscates the property of an actor. Returns the reason or None."""
    if event_type != "COERCE":
        return None
    words = detection_lexicon()
    token = trigger.token
    lemma = verb_lemma(token, lex) if token.pos_ in ("VERB", "AUX") else token.lemma_.lower()
    if lemma not in words["border_seizure_verbs"]:
        return None
    if token.pos_ == "NOUN":
        objects = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj"]
    else:
        objects = _children(token, ("dobj", "obj", "nsubjpass"))
        # (a drug name the tagger does not know is read as an adjective hung on the verb as a
        # complement or a clause: "seized approximately 150 percent more fentanyl")
        objects += [c for c in token.children if c.pos_ == "ADJ" and c.dep_ not in SUBJECT_DEPS
                    and c.lemma_.lower() in words["seized_narcotics"]]
    objects = [part for o in objects for part in (o, *o.conjuncts)]
    if not objects:
        return None
    drugs = [o for o in objects if any(t.lemma_.lower() in words["seized_narcotics"]
                                       or t.lower_ in words["seized_narcotics"] for t in o.subtree)]
    if not drugs:
        return None
    phrase = {t.i for o in objects for t in o.subtree}
    if any(t.i not in phrase for t in targets):
        return None  # an actor acted on besides the haul
    if any(t.dep_ == "poss" or (t.dep_ == "prep" and t.lower_ == "from") for o in objects for t in o.subtree) \
            or any(c.dep_ == "prep" and c.lower_ == "from" for c in token.children):
        return None  # an owner or a party it is taken from
    return f"'{lemma}' + {drugs[0].lower_} (narcotics seized, no actor's property: CAMEO discards)"


def _stage_invitation(trigger: Trigger, event_type: str, targets: list[Token], lex: Lexicon) -> Optional[str]:
    """Check recipient (stage): a DEMAND that invites or asks someone to come and join the speaker
    "here" or on the stage (event_detection.yaml stage_join_verbs, stage_deictics, stage_nouns:
    "I invite Secretary Blinken to join me here") asks for presence at the speech's own venue, a
    ceremony, no political act; "join us in holding X accountable" is a real request. Returns the
    reason or None (``targets`` unused: the recipient checks share one signature)."""
    if event_type != "DEMAND":
        return None
    words = detection_lexicon()
    for act in _children(trigger.token, ("xcomp", "ccomp")):
        if act.lemma_.lower() not in words["stage_join_verbs"]:
            continue
        if any(c.dep_ == "prep" and c.lower_ == "in" for c in act.children):
            return None  # "join us in holding malicious cyber actors accountable": a joint act
        objects = _children(act, ("dobj", "obj"))
        if any(o.lower_ not in FIRST_PERSON_WORDS for o in objects):
            return None  # "join the coalition"
        here = any(c.dep_ == "advmod" and c.lower_ in words["stage_deictics"] for c in act.children)
        stage = any(c.dep_ == "prep" and any(p.lemma_.lower() in words["stage_nouns"] for p in c.children
                                             if p.dep_ == "pobj") for c in act.children)
        if here or stage:
            return f"'{trigger.token.lemma_.lower()}' to '{act.lemma_.lower()}' the speaker here (a ceremony)"
    return None


def _names_actor(token: Token, lex: Lexicon) -> bool:
    """Whether ``token`` can name an actor inside a phrase: an actor word or pronoun, a name the
    model types as an actor, or a third-person pronoun (the checks of a phrase that must name none:
    ``_welcomed_stance``, ``_unaddressed_order``)."""
    return _is_actor(token, lex, allow_pronoun=True) or token.ent_type_ in ACTOR_ENT_LABELS \
        or (token.pos_ == "PRON" and token.lower_ in THIRD_PERSON_WORDS)


def _welcomed_stance(trigger: Trigger, event_type: str, targets: list[Token], lex: Lexicon) -> Optional[str]:
    """Check abstract-cause, welcome: a SUPPORT "welcome" whose direct object is a prospect or
    state of affairs (event_detection.yaml welcomed_stance_objects, abstract_causes) with no actor
    in its phrase but the speaker's own side ("welcomes the competition between *our* countries",
    "welcomed the opportunity to deepen ties"): gladly accepting a thing is a stance, no act toward
    anyone (PLOVER SUPPORT is toward an actor, its policy or action). An act noun ("welcomed the
    court's decision"), a person or body welcomed, or an actor named in the phrase ("the progress
    made by Uganda") keeps the event. Returns the reason or None."""
    token = trigger.token
    if event_type != "SUPPORT" or token.pos_ != "VERB" or verb_lemma(token, lex) != "welcome":
        return None
    objects = _children(token, ("dobj", "obj"))
    words = detection_lexicon()
    stances = words["welcomed_stance_objects"] | words["abstract_causes"]
    if len(objects) != 1 or objects[0].pos_ != "NOUN" or objects[0].lemma_.lower() not in stances \
            or any(c.dep_ == "conj" for c in objects[0].children):
        return None
    phrase = list(objects[0].subtree)
    inside = {t.i for t in phrase}
    if any(t.i not in inside for t in targets):
        return None  # a target outside the phrase ("welcomed the chance for X to ...": X)
    for t in phrase:
        if t.i == objects[0].i or t.lower_ in FIRST_PERSON_WORDS:
            continue
        own = any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON_WORDS for c in t.children)
        if not own and _names_actor(t, lex):
            return None  # an actor the phrase names ("the progress made by Uganda")
    return f"'welcome' + {objects[0].lemma_.lower()} (a stance, no actor)"


# the dependencies of a clause of its own hung on a verb (not one of the verb's phrases)
_OTHER_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "parataxis", "conj", "csubj"})


def _unaddressed_order(trigger: Trigger, event_type: str, targets: list[Token], lex: Lexicon) -> Optional[str]:
    """Check recipient (order): a DEMAND read off issuing an official instrument ("issue + order",
    event_detection.yaml instrument_order_nouns: "a judge issued a restraining order this
    morning") with no target, and no actor in the order's phrase: PLOVER REQUEST is a verbal act
    directed at a recipient, and an order told without whom it binds names none (the issuer's act
    is no interaction between actors). An addressee ("an order against the ministry") or an actor
    the order's phrase names keeps the event. Returns the reason or None."""
    if event_type != "DEMAND" or targets or trigger.token.pos_ != "VERB":
        return None
    orders = [t for t in trigger.words if t.i != trigger.token.i and t.pos_ == "NOUN"
              and t.lemma_.lower() in detection_lexicon()["instrument_order_nouns"]]
    if not orders:
        return None
    token = trigger.token
    # the verb's own phrases only: its subject, and any clause hung on it (an adverbial, a content
    # clause, a parenthetical or a conjoined clause: "There was a court order in Chicago - a judge
    # issued an order", the first clause parsed as an advcl of "issued"), say nothing of whom the
    # order binds
    skipped = {t.i for c in token.children if c.dep_ in SUBJECT_DEPS or c.dep_ in _OTHER_CLAUSE_DEPS
               for t in c.subtree}
    for t in token.subtree:
        if t.i in skipped or t.i == token.i:
            continue
        if _names_actor(t, lex):
            return None  # an actor the verb phrase names: maybe whom the order binds
    return f"'{verb_lemma(token, lex)}' + {orders[0].lemma_.lower()} with no addressee"


def _goal_commitment(trigger: Trigger, event_type: str, targets: list[Token], lex: Lexicon) -> Optional[str]:
    """Check commitment-goal: a SUPPORT or AGREE restating a commitment (event_detection.yaml
    goal_commitment_nouns) "to" a goal that names no actor, with no target ("The United States and
    Germany affirm their commitment to tackling the climate crisis", "The G7 will also reaffirm its
    commitment to promoting transparency") is a stance for nobody in particular, no interaction.
    Any actor or third-person pronoun inside the "to" phrase ("to Ukraine's sovereignty", "to hold
    Russia accountable", "to working alongside our allies") keeps the event. Returns the reason or None."""
    if targets or trigger.mode or event_type not in ("SUPPORT", "AGREE"):
        return None
    words = detection_lexicon()
    token = trigger.token
    nouns = [token] if token.pos_ == "NOUN" else [o for o in _children(token, ("dobj", "obj")) if o.pos_ == "NOUN"]
    stance = next((n for n in nouns if n.lemma_.lower() in words["goal_commitment_nouns"]), None)
    if stance is None or any(c.dep_ in ("dative", "iobj") for c in token.children):
        return None
    if any(c.lower_ in words["mutual_modifiers"] for c in stance.children):
        return None  # "both Sullivan and Rocha reaffirmed bilateral commitments": made to each other
    if any(s.tag_ == "NNS" and _definite_plural(s)
           for s in _children(token, SUBJECT_DEPS) + _children(trigger.head, SUBJECT_DEPS)):
        return None  # "The two leaders reiterated their commitment": the participants' joint AGREE (0.7.27)
    goals = [c for c in stance.children if c.dep_ == "prep" and c.lower_ == "to"]
    if not goals and any(c.dep_ in ("acl", "relcl") for c in stance.children):
        goals = [c for c in stance.children if c.dep_ == "acl"]  # "commitment to revitalize" parsed as acl
    if not goals or any(c.dep_ == "prep" and c.lower_ in ("with", "between", "among", "toward", "towards")
                        for c in [*stance.children, *token.children]):
        return None  # no goal phrase, or a partner named
    if any(_goal_names_actor(goal, lex) for goal in goals):
        return None  # the goal names an actor
    return f"'{stance.lemma_.lower()}' to a goal with no actor"


def _goal_names_actor(goal: Token, lex: Lexicon) -> bool:
    """Whether the goal phrase ``goal`` names an actor (an actor phrase, a third-person pronoun or a
    GPE / NORP / ORG / PERSON name; not the speaker's own "we", nor an area the goal lies in)."""
    for t in goal.subtree:
        if t.lower_ in FIRST_PERSON_WORDS or _place_of_goal(t, goal):
            continue
        if _is_actor(t, lex, allow_pronoun=False) or (t.pos_ == "PRON" and t.lower_ in THIRD_PERSON_WORDS) \
                or t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
            return True
    return False


def _definite_plural(noun: Token) -> bool:
    """A plural noun made definite or counted ("the two leaders", "both presidents", "the
    ministers"): the identified participants of a meeting. A bare plural ("Partner countries
    reaffirmed their commitment") names an open set, no participants who commit to each other."""
    return any(c.dep_ in ("det", "predet", "nummod", "poss") for c in noun.children)


def _place_of_goal(token: Token, goal: Token) -> bool:
    """Whether ``token`` is part of a geographic area (spaCy LOC: a sea, strait or region, no
    state) named in a place phrase inside ``goal`` ("commitment to peace and stability across the
    Taiwan Strait"): the area locates the goal, no actor receives the commitment."""
    if token.ent_type_ != "LOC":
        return False
    node = token
    while node.i != goal.i and node.head.i != node.i:
        if node.dep_ == "pobj" and node.head.lower_ in GOAL_PLACE_PREPS:
            return True
        node = node.head
    return False


def _effort_undertaken(trigger: Trigger, event_type: str, targets: list[Token], lex: Lexicon) -> Optional[str]:
    """Check effort: an act whose only object is an undertaking noun (event_detection.yaml
    effort_nouns) and that names no actor as target, owner, agent or aim of it ("the Biden-Harris
    Administration is launching a whole-of-government effort", "He will coordinate efforts in
    several areas", "USCIS will take steps to increase participation") says that its source works
    at a goal, no interaction between actors. "took steps against X", "support Ukraine's efforts",
    "efforts by X" keep their events, and so do talks about efforts ("X and Y discussed steps to
    expedite ...": a topic, the partner a co-subject) and co-subjects of the act. Returns the reason or None."""
    if targets or event_type == "CONSULT":
        return None
    if any(c.dep_ == "conj" and not _vague_group(c) and _is_actor(c, lex, allow_pronoun=False)
           for s in _children(trigger.token, SUBJECT_DEPS) + _children(trigger.head, SUBJECT_DEPS)
           for c in s.children):
        return None  # named co-subjects: the act may be between them (not "X and our partners")
    words = detection_lexicon()
    token = trigger.token
    nouns = [token] if token.pos_ == "NOUN" else []
    nouns += [o for o in _children(token, ("dobj", "obj")) if o.pos_ == "NOUN"]
    efforts = [n for n in nouns if n.lemma_.lower() in words["effort_nouns"]]
    if not efforts or any(o.lemma_.lower() not in words["effort_nouns"]
                          for o in _children(token, ("dobj", "obj", "dative", "iobj"))):
        return None  # another object ("take Kherson", "ask others to join")
    for effort in efforts:
        for child in effort.children:
            if child.dep_ == "poss" and child.lower_ not in FIRST_PERSON_WORDS:
                return None  # "Ukraine's efforts", "their efforts": an owner
            if child.dep_ in ("compound", "amod") and _is_actor(child, lex, allow_pronoun=False):
                return None  # "U.S. efforts"
            if child.dep_ == "prep" and child.lower_ in words["effort_actor_preps"] and any(
                    _is_actor(t, lex, allow_pronoun=True) for t in child.subtree if t.lower_ not in FIRST_PERSON_WORDS):
                return None  # "efforts by X", "steps against X"
            if child.dep_ == "acl" and event_type not in ("AGREE", "SUPPORT", "COOPERATE", "AID") and any(_is_actor(t, lex, allow_pronoun=False) for t in child.subtree
                                           if t.lower_ not in FIRST_PERSON_WORDS):
                return None  # a hostile aim naming an actor, the backed act's type (0.7.39): "support efforts to hold Russia accountable"
    # (a fronted phrase is a circumstance: "with this National Response Plan, we are launching ...")
    for prep in (c for c in token.children
                 if c.dep_ == "prep" and c.i > token.i and c.lower_ in words["effort_actor_preps"]):
        if any(_is_actor(t, lex, allow_pronoun=True) for t in prep.subtree if t.lower_ not in FIRST_PERSON_WORDS):
            return None  # "coordinate efforts with X"
    lemma = verb_lemma(token, lex) if token.pos_ in ("VERB", "AUX") else token.lemma_.lower()
    return f"'{lemma}' + {efforts[0].lemma_.lower()} (an undertaking, no actor)"


def _abstract_cause(trigger: Trigger, event_type: str, targets: list[Token], lex: Lexicon) -> Optional[str]:
    """Check abstract-cause: a SUPPORT, DEMAND or CONCEDE with no target whose object is an
    abstraction and whose clause names no actor at all ("We urge continued action across all sectors
    of society to promote human rights", "continues to staunchly support the pursuit of justice and
    accountability", "were calling for peace"): a value backed or asked for, for nobody and of
    nobody, is a stance, no interaction (event_detection.yaml abstract_cause_*). A concrete act asked
    for ("call for the release of ..."), a party's policy or effort, an addressee ("call on X",
    "urge X"), a pronoun ("support their rights") or an actor anywhere in the object phrase or its
    purpose clause ("action to protect Ukrainians") keeps the event. Returns the reason or None."""
    if targets or trigger.mode:
        return None
    words = detection_lexicon()
    if event_type not in words["abstract_cause_types"]:
        return None
    token = trigger.token
    lemma = verb_lemma(token, lex) if token.pos_ in ("VERB", "AUX") else token.lemma_.lower()
    verbs = words["abstract_cause_appeal_verbs"] if event_type == "DEMAND" else (
        words["policy_support_verbs"] if event_type == "SUPPORT" else None)
    if verbs is not None and lemma not in verbs:
        return None
    if any(c.dep_ in ("dative", "iobj") for c in token.children):
        return None  # an addressee
    objects = _children(token, ("dobj", "obj"))
    # (a second "for" the parser joins to the verb as a conjunct: "call for press freedom and for
    # the full restoration of Internet access")
    # (a phrase fronted before the verb is an adjunct, no complement of the appeal: "*For them*, both
    # presidents were calling for peace" gives a point of view, nobody asked or asked for)
    fronted = {t.i for c in token.children if c.i < token.i for t in c.subtree}
    preps = [p for c in token.children if c.dep_ == "prep" or (c.dep_ == "conj" and c.pos_ == "ADP")
             for p in [c, *c.conjuncts] if p.dep_ in ("prep", "conj") and p.pos_ == "ADP" and p.i not in fronted]
    for prep in preps:
        if prep.lower_ in ("on", "upon", "to", "with", "against"):
            return None  # "call on X", "appeal to X": who is asked; "with" / "against" name a party
        if prep.lower_ == "for":
            objects += [p for p in prep.children if p.dep_ == "pobj"]
    if not objects:
        return None
    causes = []
    for obj in objects:
        found = _abstract_causes_in(obj, words)
        if found is None:
            return None
        causes.extend(found)
    subjects = {t.i for s in _children(token, SUBJECT_DEPS) + _children(trigger.head, SUBJECT_DEPS)
                for t in s.subtree}
    for t in token.subtree:
        if t.i in subjects or t.i in fronted or t.i == token.i or t.lower_ in FIRST_PERSON_WORDS:
            continue
        if _is_actor(t, lex, allow_pronoun=True) or (t.pos_ == "PRON" and t.lower_ in THIRD_PERSON_WORDS):
            return None  # an actor the object phrase or its purpose names: not for nobody
    return f"'{lemma}' + {causes[0].lemma_.lower()} (abstract cause, no actor)"


SPORT_CHECKED_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN"})


def _sport_context(trigger: Trigger) -> Optional[str]:
    """Check not-sport: a contest-like act (ASSAULT, COERCE, THREATEN) in a sentence that tells
    the play of a game ("Belgium started the game with attacking style", "the striker attacked
    down the left"): no political interaction (event_detection.yaml sport_nouns; "game" only as a
    verb's subject or object, not "war games" or a proper name)."""
    if trigger.event_type not in SPORT_CHECKED_TYPES:
        return None
    words = detection_lexicon()
    for token in trigger.token.sent:
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN":
            continue
        if lemma in words["sport_nouns"]:
            return f"sport '{token.text}'"
        if lemma in words["sport_game_nouns"] and token.dep_ in ("dobj", "obj", "nsubj", "nsubjpass") \
                and not any(c.dep_ in ("compound", "amod") and c.lower_ in ("war", "military", "video")
                            for c in token.children):
            return f"sport '{token.text}'"
    return None


DISASTER_CHECKED_TYPES = frozenset({"ASSAULT", "COERCE"})

# prepositions that give a harm's cause: "killed in the crash", "destroyed by the flood",
# "injured during the storm"
DISASTER_CAUSE_PREPS = frozenset({"in", "by", "during"})


def _disaster_cause(trigger: Trigger) -> Optional[str]:
    """Check not-disaster: an ASSAULT or COERCE whose cause is a disaster or an accident
    (event_detection.yaml disaster_nouns, the PLOVER codebook's "disasters" context) is no event:
    "58 people were killed in the crash", "homes destroyed by the flood", "the earthquake killed
    300", "a landslide destroyed homes" name a cause, no actor using force. The cause is the
    object of "in / by / during" on the act, or its doer: its active subject (``_subject``: a relative
    "which" stands for its antecedent, a conjoined verb, an infinitive or a participle clause without
    a subject of its own shares its host's) or its passive agent (``_passive_agent``); a doer that is
    no disaster keeps the event ("troops killed five protesters during the storm"). "Killed in an
    airstrike / a bombing / the attack" keeps its event: those are no disaster words."""
    if trigger.event_type not in DISASTER_CHECKED_TYPES:
        return None
    token = trigger.token
    subject, passive = _subject(token)
    doers = [doer for doer in (None if passive else subject, _passive_agent(token)) if doer is not None]
    doers += [conj for doer in doers for conj in doer.conjuncts]
    named = [word for word in map(_disaster_noun, doers) if word]
    if doers and not named:
        return None  # a doer acts ("troops killed five protesters during the storm"): the setting is no cause
    causes = [obj for child in token.children
              if child.dep_ == "prep" and child.lower_ in DISASTER_CAUSE_PREPS
              for obj in child.children if obj.dep_ == "pobj"]
    causes += [conj for cause in causes for conj in cause.conjuncts]
    named += [word for word in map(_disaster_noun, causes) if word]
    return f"caused by a disaster or accident '{named[0]}'" if named else None


def _disaster_noun(noun: Token) -> Optional[str]:
    """The disaster or accident words ``noun`` names (event_detection.yaml disaster_nouns): a
    common noun ("the crash", "a plane crash", "a heat wave") or a named storm whose compound
    gives its kind ("Hurricane Katrina"). None otherwise ("Desert Storm" is a proper name)."""
    words = detection_lexicon()["disaster_nouns"]
    lemma = noun.lemma_.lower()
    compounds = [c for c in noun.children if c.dep_ == "compound"]
    if noun.pos_ == "NOUN":
        if lemma in words:
            return noun.text
        named = [f"{c.lower_} {lemma}" for c in compounds if f"{c.lower_} {lemma}" in words]
        return named[0] if named else None
    if noun.pos_ == "PROPN" and compounds and compounds[0].pos_ in ("NOUN", "PROPN") \
            and compounds[0].lemma_.lower() in words and compounds[0].i == noun.left_edge.i + (
                noun.left_edge.dep_ == "det"):
        return f"{compounds[0].text} {noun.text}"
    return None


PROTEST_TOPIC_TYPES = frozenset({"DEMAND", "DISAPPROVE"})


def _protest_act(token: Token, lex: Lexicon) -> bool:
    """Whether a verb names a protest: a PLOVER PROTEST verb ("protested", "marched") or a
    verb + preposition + noun idiom of one ("took to the streets")."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    lemma = token.lemma_.lower()
    entry = lex.verbs.get(lemma)
    if entry and entry[0] == "PROTEST":
        return True
    return any(lex.prep_idioms.get(f"{lemma} {child.lower_} {pobj.lemma_.lower()}", (None,))[0] == "PROTEST"
               for child in token.children if child.dep_ == "prep"
               for pobj in child.children if pobj.dep_ == "pobj")


def _protest_topic(trigger: Trigger, lex: Lexicon) -> Optional[str]:
    """Check not-protest-topic: a demand or criticism that is the purpose of a protest ("more than
    700 protesters who took to the streets ... to criticize the government's failure", "thousands
    marched to demand the release of ..."): the codebook's PROTEST note: "the topic of the protest
    ---which will typically be a REQUEST---is not coded as a separate event"; the protest is the
    event. The purpose infinitive hangs on the protest verb, or on the main verb past a relative
    clause whose verb is the protest (events._relative_purpose_doer)."""
    token = trigger.token
    if trigger.event_type not in PROTEST_TOPIC_TYPES or token.pos_ != "VERB" \
            or token.dep_ not in ("advcl", "xcomp") or _children(token, SUBJECT_DEPS) \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return None
    head = token.head
    if _protest_act(head, lex):
        return f"topic of the protest '{head.text}'"
    doer = _relative_purpose_doer(token)
    if doer is not None:
        for clause in (t for t in head.subtree if t.dep_ == "relcl" and t.head.i == doer.i):
            if _protest_act(clause, lex):
                return f"topic of the protest '{clause.text}'"
    return None


def _discussants(verb: Token) -> list[Token]:
    """The subjects of a verb of discussion: its own, or those of the verb it is conjoined to
    ("Santorum has acknowledged and *discussed* ...") or of the clause its participle opens
    ("*Discussing* his concern in a public statement, Malaysia's Prime Minister, Najib Razak said",
    where the parser makes both the office and the name subjects). [] when none is so reached."""
    node = verb
    for _ in range(3):
        subjects = _children(node, SUBJECT_DEPS)
        if subjects:
            return subjects
        if node.head.i == node.i or not (node.dep_ == "conj" or (node.dep_ == "advcl" and node.tag_ == "VBG")):
            return []
        node = node.head
    return []


def _talk_word(token: Token, words: dict) -> bool:
    """Whether a word tells talks: a noun of talks (event_detection.yaml talk_occasion_nouns:
    "meeting", "call") or a verb of meeting (visit_purpose_verbs: "met", "spoke")."""
    if token.pos_ == "NOUN":
        return token.lemma_.lower() in words["talk_occasion_nouns"]
    return token.pos_ == "VERB" and token.lemma_.lower() in words["visit_purpose_verbs"]


# the words that open an embedded question, the clausal topic of a verb of discussion ("discussed
# *how* to end the war", "*whether* to extend the deadline"): general English grammar
_TOPIC_QUESTION_WORDS = frozenset({"how", "what", "whether", "why", "where", "when", "which", "who", "if"})
# determiners and quantifiers by which a plural subject counts its parties ("*both* sides", "*all* the
# ministers", "*the two* leaders")
_PARTY_COUNT_WORDS = frozenset({"both", "all", "each", "several", "many"})


def _one_side_topic_talk(verb: Token, subjects: list[Token], words: dict) -> Optional[str]:
    """A discussion whose only complement is an embedded question ("discussed *how* Bidenomics is
    helping working families", "discussed *whether* to ...") by one side's plural staff, a plural
    noun named for one side by a compound, a possessive or a nationality ("*Administration*
    officials", "*Pentagon* officials", "*Russia's* diplomats", "*Chinese* officials") with no
    count of parties ("the *two* leaders", "*both* delegations") and no partner (checked by the
    caller): a talk about a topic, not a meeting between actors -- PLOVER CONSULT needs two
    parties, and the CAMEO verb dictionary codes 046 only for "discuss (with)". Talks told in the
    sentence or the one before (``_talk_word``) leave it: a readout's participants. A bare plural
    ("The ministers discussed how ...") may name both sides and is left."""
    clauses = _children(verb, ("ccomp", "xcomp"))
    if not clauses or len(subjects) != 1 or not all(clause.left_edge.lower_ in _TOPIC_QUESTION_WORDS
                                                    for clause in clauses):
        return None
    opening = min(clause.left_edge.i for clause in clauses)
    if any(obj.i < opening for obj in _children(verb, ("dobj", "obj"))):
        return None  # a thing discussed too ("discussed the plan and how ..."); a noun after the
        # question is no object of the verb (English puts the object first), only a misparse
    subject = subjects[0]
    if subject.tag_ != "NNS" or subject.dep_ == "conj" or any(t.dep_ in ("cc", "conj") for t in subject.subtree):
        return None
    if any(c.dep_ == "nummod" or c.lower_ in _PARTY_COUNT_WORDS for c in subject.children):
        return None  # "the two leaders", "both delegations": several parties
    if subject.lemma_.lower() in delegation_words()[0]:
        return None  # delegations speak inside a meeting
    named = [c for c in subject.children
             if c.dep_ in ("compound", "poss") or (c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE", "ORG"))]
    if not named:
        return None
    sent = verb.sent
    told = [sent] if sent.start == 0 else [verb.doc[sent.start - 1].sent, sent]
    if any(_talk_word(t, words) for span in told for t in span):
        return None
    return f"'{subject.text} {verb.text}' a topic ('{clauses[0].left_edge.text} ...') by one side: a talk, no meeting"


def _lone_discussion(trigger: Trigger) -> Optional[str]:
    """Check not-monologue: a verb of discussion (event_detection.yaml discussion_verbs) whose
    only party is one named person, with no partner by "with", no co-subject and no talks in the
    sentence or the one before (``_talk_word``: "during the call", "spoke by phone with X. ... He
    discussed"), tells a speaker treating a topic ("Rich
    Lombardi ... discussed how the acquisitions enterprise needs to focus on three areas",
    "*Discussing* his concern in a public statement, Malaysia's Prime Minister, Najib Razak said"):
    PLOVER CONSULT is a meeting or consultation between entities, and a talk or statement alone is
    no interaction (the CAMEO verb dictionary codes 046 only for "discuss (with)"). A delegation
    (actor_heads.yaml delegation_heads) or an office with no name ("The Secretary discussed ...", a
    readout's later sentence) is left: it speaks inside a meeting."""
    token = trigger.token
    words = detection_lexicon()
    if trigger.event_type != "CONSULT" or token.pos_ != "VERB" or token.lemma_.lower() not in words["discussion_verbs"]:
        return None
    if any(t.dep_ == "prep" and t.lower_ in ("with", "among", "between") for t in token.subtree):
        return None  # a partner, also where the parser hangs "with" on the topic ("discussed the crisis with X")
    subjects = _discussants(token)
    side = _one_side_topic_talk(token, subjects, words)
    if side:
        return side  # (before the object check: a noun after the question is no object)
    if any(obj.ent_type_ in ACTOR_ENT_LABELS for obj in _children(token, ("dobj", "obj"))):
        return None  # "Obama debated Romney": the object is the other side
    if not subjects or any(subject.tag_ not in ("NN", "NNP") or subject.dep_ == "conj"
                           or any(t.dep_ in ("cc", "conj") for t in subject.subtree)
                           or subject.lower_ in delegation_words()[0] for subject in subjects):
        # a co-subject, even one the parser hangs under the subject ("Secretary Blinken and
        # Foreign Minister Kuleba discussed", parsed Blinken -> nmod of Kuleba)
        return None
    person = next((t for subject in subjects for t in [subject] + _children(subject, ("appos",))
                   if t.ent_type_ == "PERSON"), None)  # a name, not an office a mention resolves
    if person is None:
        return None
    sent = token.sent
    told = [sent] if sent.start == 0 else [token.doc[sent.start - 1].sent, sent]
    if any(_talk_word(t, words) for span in told for t in span):
        return None  # talks told here or just before ("spoke by phone with X. He discussed ..."): a readout
    return f"'{person.text} {token.text}' alone: a talk on a topic, no meeting"


def _opinion_accord(trigger: Trigger, lex: Lexicon) -> Optional[str]:
    """Check not-opinion-accord: an AGREE whose verb of accord (event_detection.yaml
    opinion_accord_verbs: "agree", "concur") has only a "with" party and nothing agreed to or on --
    no infinitive ("agreed with Turkey *to resume talks*"), no "to" / "on" / "upon" / "over" phrase
    ("agreed with Poland *on* a crossing"), no object and no clause -- tells a view shared ("the
    Chinese people agree with the international community", "she agrees with the President"):
    PLOVER AGREE is agreeing to cooperate, and an opinion is no interaction. Only when the "with"
    object is an actor (``_is_actor``) or a personal pronoun: agreeing with a thing ("agreed with
    the U.S. plan", "with Sweden's request") accepts it, PLOVER AGREE."""
    token = trigger.token
    if trigger.event_type != "AGREE" or token.pos_ != "VERB" \
            or token.lemma_.lower() not in detection_lexicon()["opinion_accord_verbs"]:
        return None
    preps = [c.lower_ for c in token.children if c.dep_ == "prep"]
    if "with" not in preps or any(p in ("to", "on", "upon", "over", "about") for p in preps):
        return None
    if any(c.dep_ in ("xcomp", "ccomp", "dobj", "obj", "advcl") for c in token.children):
        return None  # something agreed: an act, a clause, a thing
    partner = next(c for c in token.children if c.dep_ == "prep" and c.lower_ == "with")
    if not any(g.dep_ == "pobj" and (g.pos_ == "PRON" or _is_actor(g, lex)) for g in partner.children):
        return None  # a plan, proposal or request agreed with is accepted
    if any(t.dep_ in ("acl", "relcl") or (t.dep_ == "prep" and t.lower_ in ("on", "to")) for t in partner.subtree):
        return None  # "agreed with Kyiv on ...", hung under the partner by the parser
    return f"'{token.text} with' alone: a view shared, nothing agreed to"


SOLICITUDE_PREP = "for"  # "concern for the safety of civilians": the preposition of solicitude


def _concern_for_endangered(trigger: Trigger, lex: Lexicon) -> Optional[str]:
    """Check not-solicitude: a concern felt for a party in danger ("reiterated our concern about
    the risk to the displaced", "expressed concern for the safety of civilians"): the topic of the
    feeling noun (plover_frames.yaml feeling_topic_preps, or "for") is a noun of endangerment or a
    group of people as such (event_detection.yaml endangerment_nouns, endangered_group_nouns) and
    names no doer (``_topic_doer``). PLOVER ACCUSE and CAMEO 11 disapprove of a party ("criticize
    ... responsible parties"); worry for the endangered blames no one, so there is no DISAPPROVE.
    "concern about Russia's actions", "about the detention of reporters by the junta" keep it."""
    if trigger.event_type != "DISAPPROVE":
        return None
    words = detection_lexicon()
    topic_nouns = words["endangerment_nouns"] | words["endangered_group_nouns"]
    preps = lex.feeling_topic_preps | {SOLICITUDE_PREP}
    feelings = [w for w in trigger.words if w.pos_ == "NOUN" and w.lemma_.lower() in lex.feeling_nouns]
    if not feelings:
        return None
    topics = [q for f in feelings for c in f.children if c.dep_ == "prep" and c.lower_ in preps
              for p in c.children if p.dep_ == "pobj" for q in (p, *p.conjuncts)]
    if not topics or any(noun_lemma(t) not in topic_nouns for t in topics):
        return None
    if any(_topic_doer(t, lex) for t in topics):
        return None
    return f"concern for the endangered '{topics[0].text}', no doer named: no disapproval"


def _topic_doer(topic: Token, lex: Lexicon) -> bool:
    """Whether a concern's endangerment topic names a doer: the agent of a listed act
    (``_agent_in_listed_acts``), a clause subject, "by" agent or possessor of a deed ("the Kremlin's
    actions"; an endangered party's own possessor is its affiliation) that is an actor, or a hostile act
    (``_is_hostile_noun``, or a verb the trigger lexicon files as no cooperation: "detained") --
    unless that act is only what may befall the endangered ("the risk of trafficking": the "of"
    object of an endangerment noun, a harm feared, not a deed)."""
    if _agent_in_listed_acts(topic, lex) is not None:
        return True
    endangerment = detection_lexicon()["endangerment_nouns"]
    topic_nouns = endangerment | detection_lexicon()["endangered_group_nouns"]
    for t in topic.subtree:
        if (t.dep_ in SUBJECT_DEPS or (t.dep_ == "pobj" and t.head.lower_ == "by")
                or (t.dep_ == "poss" and noun_lemma(t.head) not in topic_nouns)) \
                and t.pos_ != "PRON" and _is_actor(t, lex, allow_pronoun=False):
            return True
        entry = lex.verbs.get(t.lemma_.lower()) if t.pos_ == "VERB" else None
        if (t.pos_ == "NOUN" and _is_hostile_noun(t, lex)) or (entry is not None and entry[0] not in lex.cooperative):
            feared = t.dep_ == "pobj" and t.head.lower_ == "of" and noun_lemma(t.head.head) in endangerment
            if not feared:
                return True
    return False


# ---------------------------------------------------------------- quoted titles (check not-quoted-title)
# English typography sets the names of works, events, programmes, reports and slogans in quotation
# marks with headline-style capitals (Chicago Manual of Style 8.159-8.163; AP style on composition
# titles): 'a forum on “Securing the Grain supply Routes between Peru and Chile”' names the forum,
# it is no clause the writer asserts, so no event is read from inside it (the name may still be an
# entity or the object of the verb outside it). Since events 0.8.220.

# Doc.user_data key of the starts of the article's quoted passages (``doc_cache.quoted_passages``)
_QUOTES_KEY = "ng_event_quotes"
# a title has at least this many content words (words other than event_detection.yaml
# title_minor_words) ...
TITLE_MIN_WORDS = 3
# ... and at least this share of them capitalised: headline style capitalises every content word;
# 3 in 4 lets one lower-case word stand in a title of four ("... the Grain supply Routes ...", a
# typing slip or a word its writer kept in lower case) while a quoted clause in ordinary case stays
# below it even when it names several parties ("Russia and China will support Iran": 3 of 5; "The
# United States will not abandon Ukraine": 3 of 6)
TITLE_CASE_SHARE = 0.75
# the slots in which a cue verb the parser hung on the quote's own verb still introduces it
# ('“We Will Win,” he said' read with "said" under "Win")
_CUE_UNDER_DEPS = frozenset({"ccomp", "parataxis", "advcl", "conj", "dep"})


def _quote_at(doc: Doc, offset: int) -> Optional[tuple[int, int]]:
    """The quoted passage (content start, end; ``statements.find_quotes``) that holds the
    character ``offset``, else None."""
    memo = doc.user_data.get(_QUOTES_KEY)
    if memo is None:
        spans = quoted_passages(doc)
        memo = doc.user_data[_QUOTES_KEY] = ([start for start, _end in spans], spans)
    starts, spans = memo
    i = bisect.bisect_right(starts, offset) - 1
    return spans[i] if i >= 0 and spans[i][0] <= offset < spans[i][1] else None


def _content_words(words: Iterable[Token]) -> list[Token]:
    """The words other than event_detection.yaml title_minor_words (articles, prepositions,
    conjunctions, which a title leaves in lower case), numbers and marks."""
    minor = detection_lexicon()["title_minor_words"]
    return [t for t in words if t.text[:1].isalpha() and t.lower_ not in minor]


def _title_cased(words: Span) -> bool:
    """Whether words are capitalised as a title: at least ``TITLE_MIN_WORDS`` content words,
    ``TITLE_CASE_SHARE`` of them capitalised."""
    content = _content_words(words)
    if len(content) < TITLE_MIN_WORDS:
        return False
    return sum(1 for t in content if t.text[0].isupper()) >= TITLE_CASE_SHARE * len(content)


def _quoted_title_case(words: Span) -> bool:
    """Whether a quoted passage stands out by its capitals as a title: its own words are title-cased
    (``_title_cased``) and its sentence outside the quote is no headline, whose content words are
    all capitalised ("Senator Warns Party: ‘We Will Lose the Vote’": the quoted words are
    capitalised with the rest, so their case tells nothing)."""
    if not _title_cased(words):
        return False
    outside = _content_words(t for t in words[0].sent if not words.start <= t.i < words.end)
    return any(not t.text[0].isupper() for t in outside)


def _speech_cue(verb: Token, cues: frozenset, naming: frozenset) -> bool:
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in cues and verb.lemma_.lower() not in naming


def _quoted_speech(doc: Doc, words: Span, start: int, end: int) -> bool:
    """Whether a quoted passage is words someone said, not a name: a statement the statements
    component found has its content inside the quote; or a speech cue verb (speech_cues.yaml)
    introduces it: the quote hangs on the cue, whatever slot the parser gave it ('said, “...”',
    '“...,” he tweeted', read as object, clause or adverbial), or the cue hangs on the quote's own
    words ('“...,” he said' read with "said" under the quote's verb); or the quote is the
    sentence's main clause (a name fills a slot inside a clause). A naming verb
    (event_detection.yaml naming_verbs: "a campaign *called* “...”", "a report *titled* “...”")
    takes a name, no speech."""
    for statement in doc._.ng_statements or []:
        if statement.kind in ("direct", "partial") and start - 1 <= statement.content_start < statement.content_end <= end + 1:
            return True
    lexicon = speech_cue_lexicon()
    cues = lexicon["strong"] | lexicon["weak"] | lexicon["quote_only"] | lexicon["manner"]
    naming = detection_lexicon()["naming_verbs"]
    inside = range(words.start, words.end)
    for token in words:
        head = token.head
        while head.i not in inside and head.pos_ == "PUNCT" and head.head.i != head.i:
            head = head.head  # the quotation mark or comma the parser hung the quote on
        if head.i not in inside or head.i == token.i:  # where the quote hangs in the sentence
            if head.i == token.i or head.dep_ == "ROOT" and head.pos_ == "PUNCT":
                return True
            if _speech_cue(head, cues, naming):
                return True
        if any(c.i not in inside and c.dep_ in _CUE_UNDER_DEPS and _speech_cue(c, cues, naming) for c in token.children):
            return True
    return False


def _quoted_title(trigger: Trigger) -> Optional[str]:
    """Check not-quoted-title: the trigger lies inside a quoted passage capitalised as a title
    (``_title_cased``) that is no speech (``_quoted_speech``): the name of a forum, report,
    programme or slogan, whose words are no act the writer tells ("hosted a forum on “Securing
    the Grain supply Routes between Peru and Chile”": no AID). Quoted speech keeps its events,
    whatever its case ('“We Will Send Aid,” he said'; '“... we will send aid”'), and so does a
    title-cased name without quotation marks."""
    doc = trigger.token.doc
    quote = _quote_at(doc, trigger.token.idx)
    if quote is None or not quote[0] <= trigger.head.idx < quote[1]:
        return None
    start, end = quote
    words = doc.char_span(start, end, alignment_mode="expand")
    if words is None or not len(words) or not _quoted_title_case(words) or _quoted_speech(doc, words, start, end):
        return None
    return f"inside the quoted title '{doc_text(doc)[start:end]}'"


# (name in the explanation, check, whether it takes the lexicon), in the order they run
_DETECTION_STEPS = (
    ("not-quoted-title", _quoted_title, False),
    ("not-description", _description_clause, True), ("not-designee-practice", _designee_practice, True), ("not-newsgathering", _newsgathering, False),
    ("not-practice", _described_practice, True),
    ("not-generic", _generic_clause, False),
    ("not-expletive", _expletive_subject, False), ("not-cognition", _cognition_complement, False),
    ("not-conjecture", _conjecture_content, False), ("not-speculation", _speculated_act, True),
    ("destination", _destination_check, True), ("restriction", _restriction_context, True),
    ("not-goal", _goal_clause, True), ("not-condition", _condition_clause, False),
    ("not-office-duty", _office_duty, False),
    ("not-exhortation", _exhortation, False), ("not-free-choice", _free_choice_class, False),
    ("not-feared", _feared_clause, False), ("not-joint-promise", _joint_promise_content, True),
    ("thing-agent", _thing_agent_clause, True), ("not-evidence", _evidencing_thing, True),
    ("not-potential", _potential_clause, False),
    ("not-counterfactual", _counterfactual_clause, False), ("not-remark", _offered_remark, False),
    ("not-risk", _risk_frame, False), ("not-enabling-thing", _enabling_thing, True),
    ("not-prediction", _reported_prediction, True),
    ("captive", _captive_check, True), ("not-merit", _merit_clause, False), ("not-regard", _regard_frame, False),
    ("not-prevented", _prevented_clause, False), ("not-adjective", _adjective_trigger, False),
    ("not-deontic-claim", _deontic_claim, True),
    ("not-commitment", _commitment_frame, False), ("not-generic-culprit", _generic_culprit, False),
    ("not-internal", _internal_act, True),
    ("not-evaluation", _evaluated_relation, False), ("not-standing-passive", _standing_passive, False),
    ("not-document-content", _document_content, False), ("not-reported-effort", _reported_effort, False),
    ("not-tally", _consular_tally, False), ("not-principle", _principle_object, False),
    ("not-permitted-claim", _permitted_claim, False), ("not-habitual", _habitual_clause, False),
    ("not-free-occasion", _free_occasion, False),
    ("not-standing-role", _standing_role, False), ("not-instrument", _instrument_content, True),
    ("not-background-anchor", _background_anchor_check, False),
    (ONGOING_WAR_CHECK, _ongoing_war_clause, False), (BACKGROUND_CONTINUATION_CHECK, _background_continuation, False),
    (CUMULATIVE_CHECK, _cumulative_or_generic, False),
    ("not-effect", _measure_effect, False), ("not-sport", _sport_context, False),
    ("not-disaster", _disaster_cause, False),
    ("not-protest-topic", _protest_topic, True), ("not-aim", _aim_frame, False),
    ("not-monologue", _lone_discussion, False), ("not-opinion-accord", _opinion_accord, True),
    ("not-solicitude", _concern_for_endangered, True),
)

DETECTION_CHECKS = ", ".join(name for name, _check, _takes_lex in _DETECTION_STEPS)


def _detection_failure(trigger: Trigger, lex: Lexicon) -> Optional[str]:
    """The first detection check the candidate fails (its reason), else None."""
    reason = None
    for _name, check, takes_lex in _DETECTION_STEPS:
        reason = check(trigger, lex) if takes_lex else check(trigger)
        if reason:
            return reason
    return reason  # the last check's falsy answer, as the chain of ``or`` gave


def _judging_verb(verb: Token, lex: Lexicon) -> bool:
    """A verb that judges what others did or put forward: praise (plover_triggers.yaml SUPPORT
    'praise': "commended", "welcomed"), criticism or refusal (DISAPPROVE, REJECT). Its subject
    is no sponsor of the proposal it judges ("He commended those countries who voted to pass the
    OAS resolution to reach an agreement": the resolution's aim is no act of the praiser)."""
    kind = lex.verbs.get(verb_lemma(verb, lex))
    return kind is not None and (kind[0] in ("DISAPPROVE", "REJECT") or kind == ("SUPPORT", "praise"))


def _given_thing_kinds(noun: Token, lex: Lexicon) -> set[str]:
    """The PLOVER AID modes one thing given names (empty: none): its modifiers ("humanitarian
    assistance", "personal protective equipment": ``_aid_kinds_named``) or the noun itself as a
    kind ("security, humanitarian ... assistance", the parser's noun "security"), money (economic,
    CAMEO 071, unless its "in" / "of" phrase names one kind: "$40 million in security assistance"), goods,
    its own or its compound's (``goods_of``: "doses of vaccines", "vaccine doses"), a
    given_kind_nouns noun ("capabilities"), or, for a thing of no kind of its own, what it is for
    ("the equipment for ... air defense systems")."""
    kinds = _aid_kinds_named(noun) or {_mode_table("support_aid_kinds").get(noun.lower_)} - {None}
    if kinds:
        return kinds
    if _is_money_amount(noun):
        kinds = {k for i in _amount_inner(noun) for k in _given_thing_kinds(i, lex)}
        # money in aid of several kinds ("6.3 billion dollars of security, humanitarian and
        # economic assistance", "half a billion dollars in development and humanitarian
        # assistance") is money given: CAMEO "PROVIDE + DOLLARS" 071 economic, whatever the verb's
        # own kind ("delivered" names none). ``_money_aid_kind`` gives None there and leaves the
        # same 071 of the money sense standing.
        return kinds if len(kinds) == 1 else {"economic"}
    goods = goods_of(noun, lex)
    if goods is not None and goods[1]:
        return {goods[1]}
    # "vaccine doses", "missile systems": a compound goods noun names the goods
    compound = next((lex.goods[goods_lemma(c, lex)] for c in noun.children
                     if c.dep_ == "compound" and goods_lemma(c, lex) in lex.goods), None)
    kinds = {compound or _goods_participle_kind(noun, lex) or _countered_goods_kind(noun, lex)
             or _mode_table("given_kind_nouns").get(noun.lemma_.lower())} - {None}
    if kinds:
        return kinds
    # a thing of no kind of its own ("equipment": given_kind_nouns) takes the kind of the thing it
    # is for, as a modifier would name it ("the equipment for five additional strategic air
    # defense systems": military); a party it is for ("equipment for the police") names none
    purposes = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"
                for p in c.children if p.dep_ == "pobj" and not _is_actor(p, lex, allow_pronoun=True)]
    return {k for p in purposes[:1] for k in _given_thing_kinds(p, lex)}


def _goods_participle_kind(noun: Token, lex: Lexicon) -> Optional[str]:
    """The AID mode of goods an adjectival participle of a goods noun names on ``noun``
    ("*armored* vehicles", "armoured": fitted with armor, a goods noun of military kind), else None:
    English forms "-ed" adjectives of having a thing from the thing's noun."""
    for c in noun.children:
        word = c.lower_
        if c.dep_ == "amod" and word.endswith("ed") and len(word) > 4 and word[:-2] in lex.goods:
            return lex.goods[word[:-2]]
    return None


def _countered_goods_kind(noun: Token, lex: Lexicon) -> Optional[str]:
    """The AID mode of the goods a thing is named to counter ("anti-armor systems", "anti-tank
    weapons", "anti-aircraft guns": the prefix anti- makes "against X" of its noun, and a means
    against armour or aircraft is arms, PLOVER AID military), from plover_frames.yaml goods_nouns;
    None for any other modifier ("anti-corruption reforms" counter no goods)."""
    doc = noun.doc
    for child in noun.children:
        if child.dep_ in ("amod", "compound", "nmod") and child.i >= 2 and doc[child.i - 1].text == "-" \
                and doc[child.i - 2].lower_ == "anti" and child.lemma_.lower() in lex.goods:
            return lex.goods[child.lemma_.lower()]
    return None


def _given_aid_mode(trigger: Trigger, lex: Lexicon) -> Optional[tuple[str, str]]:
    """(AID mode, what decided it) from the things a giving verb names (PLOVER AID modes: military
    "weapons, equipment, capabilities", humanitarian "medical, food, shelter", economic "money,
    loans"), over the verb's own kind ("donate" is economic in plover_triggers.yaml): "donated four
    field hospitals, 12 ventilators ..." humanitarian, "capabilities they have donated" military.
    The things: the verb's object and its conjuncts, or its "with" object ("provided Ukraine with
    military equipment"), or the noun a relative clause hangs on. Money or aid that names no kind
    of its own ("$47 million in assistance") takes the kind of its stated purpose where that names
    one (``_purpose_aid_mode``: "... to support the health needs of ..." humanitarian). One kind:
    that mode; several ("$5 million and medicine"): "" (none, as ``_single_aid_kind`` leaves aid of
    several kinds); None where no thing names a kind (the trigger's mode stands)."""
    verb = trigger.token
    if trigger.event_type != "AID" or verb.pos_ != "VERB":
        return None
    given = _children(verb, ("dobj", "obj"))
    if not given or _is_actor(given[0], lex, allow_pronoun=True):
        given = _preps(verb).get("with")
        given = [given] if given is not None else []
    if not given and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN":
        given = [verb.head]  # "capabilities they have donated"
    if not given:
        return None
    things = [t for t in [given[0], *given[0].conjuncts] if not _is_actor(t, lex, allow_pronoun=True)]
    if things and all(_aid_of_no_named_kind(t, lex) for t in things):
        purpose = _purpose_aid_mode(verb, things, lex)
        if purpose is not None:
            return purpose, "the aid's purpose"
    kinds = {k for t in things for k in _given_thing_kinds(t, lex)}
    if not kinds:
        return None
    return (next(iter(kinds)) if len(kinds) == 1 else ""), "things given"


def _is_money_amount(noun: Token) -> bool:
    """An amount of money ("$47 million", "500 million euros"): the amount's kind is CAMEO 071."""
    return noun.ent_type_ == "MONEY" or noun.lemma_.lower() in ("million", "billion", "dollar")


def _amount_inner(noun: Token) -> list[Token]:
    """What an amount is in or of, conjuncts included ("$10 million in assistance", "6.3 billion
    dollars of security, humanitarian and economic assistance" -> assistance)."""
    return [q for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
            for p in c.children if p.dep_ == "pobj" for q in (p, *p.conjuncts)]


def _aid_of_no_named_kind(noun: Token, lex: Lexicon) -> bool:
    """Whether a thing given is money or aid that names no kind of its own: an amount whose "in" /
    "of" phrase names none ("$47 million", "$10 million in assistance"; not "$40 million in security
    assistance"), a money noun (event_detection.yaml aid_money_nouns: "funding") or an aid noun
    (plover_frames.yaml aid_nouns: "assistance", "support") with no kind-naming modifier, goods or
    purpose of its own (``_given_thing_kinds``). Goods ("vaccines", "weapons") and loans name
    their kind."""
    if _aid_kinds_named(noun):
        return False  # "economic assistance", "security, humanitarian and economic assistance"
    if _is_money_amount(noun):
        return all(_aid_of_no_named_kind(i, lex) for i in _amount_inner(noun))
    lemma = noun.lemma_.lower()
    if lemma in detection_lexicon()["aid_money_nouns"]:
        return True
    return lemma in lex.aid_nouns and lemma not in lex.goods and not _given_thing_kinds(noun, lex)


def _purpose_aid_mode(verb: Token, things: list[Token], lex: Lexicon) -> Optional[str]:
    """The PLOVER AID mode the stated purpose of money or unspecified aid names (event_detection.yaml
    aid_purpose_kinds): a "to" infinitive on the giving verb, on the thing given or on the aid noun
    of an amount ("provided $47 million in assistance to support the health needs of ...", "To
    respond to the outbreak, X provided ..."), or a "for" phrase, its object read as any purpose
    noun is ("$5 million for emergency relief"; an actor by its kind-naming modifier only: "for
    earthquake victims" humanitarian, "for security forces" military, "for the authorities"
    none). Every purpose noun and conjunct is read on its own (``_purpose_noun_kinds``); several
    naming different kinds, or none naming one: None (the kind the things give stands)."""
    heads = [verb]
    for thing in things:
        heads += [thing, *_amount_inner(thing)]
    nouns = []
    for head in heads:
        for child in head.children:
            if child.dep_ in ("advcl", "xcomp", "acl", "relcl") and child.pos_ == "VERB" \
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
                # conjoined purposes are all the aid's ("to support X and (to) respond to Y")
                nouns += [n for part in (child, *child.conjuncts) for n in _purpose_objects(part, lex, depth=2)]
            elif child.dep_ == "prep" and child.lower_ == "for":
                nouns += [p for p in child.children if p.dep_ == "pobj"]
    kinds = {k for n in nouns for part in (n, *n.conjuncts) for k in _purpose_noun_kinds(part, lex)}
    return next(iter(kinds)) if len(kinds) == 1 else None


def _purpose_objects(purpose: Token, lex: Lexicon, depth: int) -> list[Token]:
    """The nouns a purpose verb acts on: its object, the object of its aid_purpose_preps phrases
    ("respond *to* the outbreak"), and, ``depth`` verbs down, those of the verb it governs and of
    that verb's conjuncts ("to help protect its economy", "to support X in responding to ...",
    "to help farmers cope with the drought and trade their crops"). A purpose verb that is itself
    a kind word of aid_purpose_kinds is read as that noun would be ("... and *trade* their crops":
    economic)."""
    preps = detection_lexicon()["aid_purpose_preps"]
    nouns = [c for c in purpose.children if c.dep_ in ("dobj", "obj")]
    nouns = [n for n in nouns if n.pos_ in ("NOUN", "PROPN")]
    if purpose.pos_ == "VERB" and purpose.lemma_.lower() in _mode_table("aid_purpose_kinds"):
        nouns.append(purpose)
    for child in purpose.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            nouns += [p for p in child.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")]
        if depth > 0 and child.dep_ in ("xcomp", "ccomp") and child.pos_ == "VERB":
            for verb in (child, *child.conjuncts):
                nouns += _purpose_objects(verb, lex, depth - 1)
        if depth > 0 and child.dep_ == "prep":
            for verb in (p for p in child.children if p.dep_ == "pcomp" and p.pos_ == "VERB"):
                nouns += _purpose_objects(verb, lex, depth - 1)
    return nouns


_NOUN_MODIFIERS = ("amod", "compound", "nmod")


def _purpose_noun_kinds(noun: Token, lex: Lexicon) -> set[str]:
    """The AID modes a purpose noun names (event_detection.yaml aid_purpose_kinds, support_aid_kinds,
    the goods nouns): its modifiers' first, each and their conjuncts on their own
    (``_purpose_modifier_kinds``: "the health needs", "economic reform", "food security", the
    recipient's kind in "security forces", "health workers"; "job creation and food security" names
    two kinds), else its own ("the outbreak", "its economy", "food") -- but a field noun
    (aid_purpose_field_nouns: security, defence, trade) with a modifier of no kind names none ("energy
    security", "legal defense", "the illegal drug trade": which security, defence or trade the
    modifier says); an actor names no kind by its head ("the Haitian authorities")."""
    mods = [c for c in noun.children if c.dep_ in _NOUN_MODIFIERS]
    mods += [d for m in mods for d in m.conjuncts]
    kinds = {k for m in mods for k in _purpose_modifier_kinds(m, noun, lex)}
    if kinds or _is_actor(noun, lex, allow_pronoun=True):
        return kinds
    own = _purpose_word_kind(noun)
    if own:
        return set() if _field_of_other_kind(noun) else {own}
    goods = goods_of(noun, lex)
    return {goods[1]} if goods is not None and goods[1] else set()


def _purpose_word_kind(token: Token) -> Optional[str]:
    """The AID mode a word of a purpose names by itself (aid_purpose_kinds, support_aid_kinds), else None."""
    table = {**_mode_table("support_aid_kinds"), **_mode_table("aid_purpose_kinds")}
    return table.get(token.lower_) or table.get(token.lemma_.lower())


def _purpose_modifier_kinds(mod: Token, head: Token, lex: Lexicon) -> set[str]:
    """The AID mode one modifier of a purpose noun names: its kind word ("health needs", "economic
    reform"; a field noun only where nothing before it says which field: "security forces"
    military, "social security reform", "cyber security training" none), or goods it names when
    the head is a need of them or its relief (aid_purpose_need_nouns: "food needs", "food
    insecurity", "vaccine shortages": CAMEO 073 emergency assistance) -- not goods produced,
    processed or traded ("food production" is development, CAMEO 071: no kind here)."""
    inner = [c for c in mod.children if c.dep_ in _NOUN_MODIFIERS]
    kinds = {k for m in inner + [d for m in inner for d in m.conjuncts] for k in _purpose_modifier_kinds(m, mod, lex)}
    if kinds:
        return kinds  # "food security programmes": the modifier's own modifier speaks first
    own = _purpose_word_kind(mod)
    if own:
        return set() if _field_of_other_kind(mod) else {own}
    lex_goods = lex.goods.get(goods_lemma(mod, lex))
    if lex_goods and head.lemma_.lower() in detection_lexicon()["aid_purpose_need_nouns"]:
        return {lex_goods}
    return set()


def _field_of_other_kind(token: Token) -> bool:
    """Whether a field noun (aid_purpose_field_nouns: "security", "defense", "trade") has a noun or
    adjective modifier that names no kind of aid -- its own, or the modifier just before it on the
    same head ("social security reform", "cyber security training") -- and so is a field the
    table does not know ("energy security", "job security", "legal defense", "drug trade")."""
    if token.lemma_.lower() not in detection_lexicon()["aid_purpose_field_nouns"] \
            and token.lower_ not in detection_lexicon()["aid_purpose_field_nouns"]:
        return False
    mods = [c for c in token.children if c.dep_ in _NOUN_MODIFIERS]
    if token.i > 0 and token.dep_ in _NOUN_MODIFIERS:
        before = token.doc[token.i - 1]
        if before.dep_ in _NOUN_MODIFIERS and before.head.i == token.head.i:
            mods.append(before)
    return any(not _purpose_word_kind(m) for m in mods)


def _real_actor(token: Optional[Token], lex: Lexicon) -> bool:
    """A named actor, an actor noun ("police"), or a pronoun that can stand for one ("we", "it")
    -- not "I" or "you", the voices of an interview."""
    if token is None:
        return False
    if token.pos_ == "PRON":
        return token.lower_ in ACTOR_PRONOUNS - {"i", "you"}
    return _is_actor(token, lex, allow_pronoun=False)


_SLOT_FIELDS = {side: tuple(f.name for f in dataclasses.fields(Event) if f.name.startswith(side + "_"))
                for side in ("source", "target")}


def _build_events(trigger: Trigger, sent: Span, lex: Lexicon, timex_heads, text: str) -> list[Event]:
    """The events of ``trigger`` (``_read_events``), a vague person noun only a fallback: the act
    is read first without person nouns as actors (``_PERSON_NOUN_ACTORS``), and a slot that
    reading filled keeps its actor ("deliver capabilities to Ukraine's brave defenders": Ukraine);
    the reading with person nouns only fills a slot left empty ("talks with volunteers"), and
    adds no second event to an act already read (since 0.7.570)."""
    with person_nouns_off() as passed:
        plain = _read_events(trigger, sent, lex, timex_heads, text)
    if not _person_reading_may_add(sent, plain):
        return plain
    # a plain reading that passed over no person noun is the reading with them too (``person_nouns_off``):
    # fresh copies of its events stand for that second reading's
    with_people = _read_events(trigger, sent, lex, timex_heads, text) if passed else copy.deepcopy(plain)
    if not plain:
        # an act read only with person nouns stands where a person noun is one of its actors; one
        # they only let past a check, with neither actor a person noun, stays no event ("reaffirm its
        # commitment to promoting transparency across all debtors and creditors": a goal)
        return [e for e in with_people if _person_noun_slot(sent.doc, e, lex)]
    out = []
    for event in plain:
        other = next((e for e in with_people if e.trigger_start == event.trigger_start and e.type == event.type), None)
        if other is None:
            out.append(event)
            continue
        filled = {}
        for side, names in _SLOT_FIELDS.items():
            mine, theirs = getattr(event, side + "_text"), getattr(other, side + "_text")
            if theirs is not None and (mine is None or _conjoined_extension(mine, theirs)
                                       and getattr(event, side + "_start") == getattr(other, side + "_start")):
                # an empty slot, or the found actor with person nouns coordinated to it ("the
                # officials, public servants, and volunteers"): the people join it
                filled.update({name: getattr(other, name) for name in names})
        out.append(dataclasses.replace(event, **filled) if filled else event)
    types = {e.type for e in plain}
    # an act of another type the person nouns alone let through is added; none of a type read already,
    # but for a person noun conjoined to an actor read ("Georgian farmers and truckers"): a member of
    # the list, read as the act's other member events are
    out.extend([e for e in with_people if e.type not in types and _person_noun_slot(sent.doc, e, lex)
                or e.type in types and _list_member_event(sent.doc, e, plain, out)])
    return out


def _person_reading_may_add(sent: Span, plain: list[Event]) -> bool:
    """Whether the reading with person nouns as actors can change ``plain``, the reading without
    them (``_build_events`` keeps every slot it filled): only where ``sent`` has a noun of the
    WordNet person list, and ``plain`` is empty, leaves a source or target slot empty, or has an
    actor with a person noun conjoined to it (a list the people join). Elsewhere the second
    reading is skipped, a saving of about one ``_read_events`` call per trigger (since 0.7.580)."""
    if not any(person_word(t) for t in sent):
        return False
    if not plain:
        return True
    for event in plain:
        for side in ("source", "target"):
            root = _slot_root(sent.doc, event, side)
            if root is None or any(person_word(c) for c in root.conjuncts):
                return True
    return False


def _slot_span(doc: Doc, event: Event, side: str) -> Optional[Span]:
    """The tokens of the ``side`` ("source"/"target") span of ``event``, if any."""
    start, end = getattr(event, side + "_start"), getattr(event, side + "_end")
    return None if start is None or end is None else doc.char_span(start, end, alignment_mode="expand")


def _slot_root(doc: Doc, event: Event, side: str) -> Optional[Token]:
    """The syntactic head of the ``side`` ("source"/"target") span of ``event``, if any."""
    span = _slot_span(doc, event, side)
    return span.root if span is not None else None


def _list_member_event(doc: Doc, event: Event, plain: list[Event], out: list[Event]) -> bool:
    """Whether ``event`` (read with person nouns) is a plain event of its act and type with one
    slot moved to a person noun conjoined to that slot's actor ("expelled Georgian farmers and
    truckers": truckers, a member of the list whose first member the plain reading found), the
    other slot the same, and no event of ``out`` has that slot already (since 0.7.580)."""
    if any(o.type == event.type and o.source_start == event.source_start and o.target_start == event.target_start
           for o in out):
        return False
    for p in plain:
        if p.trigger_start != event.trigger_start or p.type != event.type:
            continue
        for side, other in (("source", "target"), ("target", "source")):
            if getattr(p, other + "_start") != getattr(event, other + "_start"):
                continue
            mine, theirs = _slot_root(doc, p, side), _slot_root(doc, event, side)
            if mine is not None and theirs is not None and theirs in mine.conjuncts \
                    and person_word(theirs):
                return True
    return False


def _going_future(head: Token, act: Token) -> bool:
    """Whether ``head`` is the "be going to" future of the act ``act`` ("we are not going to
    accept", "is not going to these talks to accept"): a progressive "going" with its own
    "be" auxiliary and the act as its "to" infinitive, English's other way to say "will"."""
    return head.lemma_.lower() == "go" and head.tag_ == "VBG" \
        and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in head.children) \
        and act.head.i == head.i and act.dep_ in ("xcomp", "advcl") \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children)


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _listed_place_people(token: Token) -> list[Token]:
    """The states a subject noun of a place's people lists as theirs ("the citizens of Guatemala,
    Honduras, and El Salvador", "nationals of Peru and Chile": actor_heads.place_people_word and
    subjects._listed_origin_states), each the people of one state acting; [] for any other
    subject (a body's own people, "representatives from A and B", are left as before)."""
    from newsgraph.nlp.actor_heads import place_people_word
    from newsgraph.nlp.events.subjects import _listed_origin_states

    if not place_people_word(token):
        return []
    return _listed_origin_states(token)


def _topic_destination_only(trigger: Trigger, predicate: Token, sources: list[Token], targets: list[Token],
                            target_rule: str, mode: Optional[str]) -> bool:
    """Whether a meeting verb's only targets are places in a "to" phrase that belongs to its
    topic, while named co-subjects joined by "and" are the parties: "A and B discussed the
    deployment of the mission to C" (the parser hangs "to C" on the verb). A verb of discussion
    takes its topic as object and its partner by "with" or as a co-subject, never by "to", so
    with an object topic present the "to" place is the topic's destination (PLOVER CONSULT is
    between those who meet). Not a visit ("paid a visit to C": the place visited is the host),
    not an addressee ("spoke to C", no object topic), not a person or body "to" whom anything
    goes, and not co-subjects of one side (``_own_group_cosubject``, a delegation's heads)."""
    if len(sources) < 2 or not targets or mode in ("visit", *detection_lexicon()["side_by_side_modes"]):
        return False
    if not target_rule.startswith("pobj 'to'") or _own_group_cosubject(sources) \
            or _headed_delegation(trigger.token) is not None:
        return False
    if not all(s.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "and" for c in s.head.children)
               for s in sources[1:]):
        return False  # co-subjects joined by "and" ("A and B", "A, B and C")
    for target in targets:
        first = first_conjunct(target)  # "to C and D"
        if target.ent_type_ not in _PLACE_LABELS or first.head.dep_ != "prep" or first.head.lower_ != "to" \
                or first.head.head.i != predicate.i:
            return False
    trigger_words = {w.i for w in trigger.words}
    return trigger.token.pos_ == "VERB" and any(
        o.dep_ in ("dobj", "obj") and o.i not in trigger_words and o.pos_ in ("NOUN", "PROPN")
        for o in predicate.children)


def _conjoined_extension(text: str, longer: str) -> bool:
    """Whether ``longer`` is ``text`` with coordinated members after it ("officials" ->
    "officials, public servants, and volunteers")."""
    rest = longer[len(text):] if longer.startswith(text) else ""
    return bool(re.match(r"\s*(,|and\b|or\b|as well as\b)", rest))


def _person_noun_slot(doc: Doc, event: Event, lex: Lexicon) -> bool:
    """Whether the source or target span of ``event`` holds a vague person noun
    (``_vague_person_noun``)."""
    return any(span is not None and any(_vague_person_noun(t, lex) for t in span)
               for span in (_slot_span(doc, event, side) for side in ("source", "target")))


def _continued_relation(trigger: Trigger, event_type: str, lex: Lexicon) -> bool:
    """Whether a COOPERATE act is a standing relation carried on: its trigger is one bare verb of
    joint work (plover_frames.yaml ongoing_relation_verbs: "partner", "cooperate", "coordinate"),
    not a phrase that names a new step in the relation ("expand our cooperation")."""
    return event_type == "COOPERATE" and trigger.token.lemma_.lower() in lex.ongoing_relation_verbs \
        and all(w.i in (trigger.token.i, trigger.head.i) for w in trigger.words)


# verbs that put a proposal forward without adopting it (WordNet propose.v.01 "make a proposal,
# declare a plan for something", suggest, recommend, introduce a bill, submit a draft)
_PROPOSING_VERBS = frozenset({"propose", "suggest", "recommend", "introduce", "submit"})


def _read_events(trigger: Trigger, sent: Span, lex: Lexicon, timex_heads, text: str) -> list[Event]:
    predicate = trigger.token
    frame_subject, passive = None, False
    reduced_clause = False
    visited_place: Optional[Token] = None
    source_rule_note = ""
    if _question_frame(trigger, lex):
        return []  # check not-question failed
    embedded = _embedding_frame(trigger, lex)
    if embedded is not None:
        return []  # check asserted-frame failed: the outer frame is the event
    if _routine_object(trigger, lex) is not None:
        return []  # check not-routine failed
    if trigger.event_type == "CONSULT" and _with_purpose_clause(trigger.head):
        # check asserted-frame failed: "spoke today with X to discuss ...": the talk the governing
        # verb reports is the event; its purpose, misparsed with X as subject, is no second one
        return []
    if _detection_failure(trigger, lex) is not None:
        return []  # a detection check failed (``_detection_failure``)
    aid_mode = _aid_typed(trigger, lex)
    if aid_mode is not None and trigger.event_type != "AID":
        # check trigger-sense: goods deployed or money mobilized are aid, not forces mobilized
        trigger = dataclasses.replace(trigger, event_type="AID", mode=aid_mode or None,
                                      rule=f"{trigger.rule}; goods as object -> AID")
    given = _given_aid_mode(trigger, lex)
    if given is not None and given[0] != (trigger.mode or ""):
        # the things given, or what money or unspecified aid is for, decide the AID mode over the
        # verb's own kind (PLOVER AID modes)
        given_mode, decider = given
        trigger = dataclasses.replace(trigger, mode=given_mode or None,
                                      rule=f"{trigger.rule}; {decider} -> AID/{given_mode or 'no mode'}")
    if verb_lemma(predicate, lex) in lex.intransitive_senses and _children(predicate, ("dobj", "obj")):
        return []  # check trigger-sense failed: "actions that compromise nuclear safety" endanger, not concede
    if trigger.head.dep_ == "amod" and trigger.head.tag_ == "VBG":
        return []  # check not-routine failed: an adjective ("an attacking style", "a growing threat")
    if predicate.tag_ == "VBG" and (predicate.dep_ in ("compound", "nmod", "appos", "pobj", "dobj") or (
                predicate.dep_ == "conj" and predicate.head.pos_ in ("NOUN", "PROPN"))) \
            and not _children(predicate, SUBJECT_DEPS) and any(
                c.dep_ in OBJECT_DEPS and c.i == predicate.i + 1 for c in predicate.children):
        # check not-routine failed: a gerund naming a kind of thing inside a noun phrase ("a
        # marketplace for ransomware and hacking services"), which the parser reads as verb + object
        return []
    if trigger.event_type == "DEMAND" and trigger.rule.startswith("reporting verb"):
        subject = _children(trigger.head, SUBJECT_DEPS)
        source = subject[0] if subject else None
        passive = False
        target_subjects = _children(predicate, SUBJECT_DEPS)
        targets = _with_conjuncts(target_subjects[0]) \
            if target_subjects and _unaddressed_subject(predicate, target_subjects[0]) is None else []
        target_rule = "complement subject"
    else:
        frame_subject, passive = _subject(trigger.head)
        if passive and trigger.head.i != predicate.i and trigger.rule.startswith("stance") \
                and frame_subject is not None and trigger.head.tag_ == "VBN" and _passive_agent(trigger.head) is None:
            # "We are resolved / prepared / determined to provide ...": a stance participle after
            # "be" is an adjective whose subject controls the infinitive (subject control), the
            # agent of the act, not the patient of a passive
            passive, stance_subject = False, True
        else:
            stance_subject = False
        if trigger.head.i != predicate.i and not passive and not stance_subject:
            inner_subject, inner_passive = _subject(predicate)
            if inner_passive:
                frame_subject, passive = inner_subject, True
        if not passive and frame_subject is not None and _speaker_experienced_act(predicate):
            # "It is an honor to welcome X": neither the extraposed "it" nor the noun of experience
            # the parser hangs the infinitive on acts; its doer is the speaker (SPEAKER_EXPERIENCER)
            frame_subject = None
        source = None
        if not passive and frame_subject is None and predicate.dep_ == "acl" and predicate.tag_ in ("VBN", "VBD"):
            # "the treaty signed with Bolivia": a passive participle; a past form the tagger calls
            # VBD ("a Memorandum of Understanding signed today between the U.S. and Armenia") is
            # one too: a finite verb heading a clause on a noun needs a subject or a relative word
            passive = True
        if not passive and trigger.event_type == "COERCE" and frame_subject is not None \
                and getattr(reduced_custody_clause(predicate, lex), "i", None) == frame_subject.i:
            # "to free the Americans detained in Russia", parsed "the Americans detained (...)": a
            # transitive custody verb with no object is a reduced passive participle on that noun
            passive, reduced_clause = True, True
        if not passive and predicate.tag_ in ("VBD", "VBN") and _hands_of(predicate) is not None:
            passive = True  # "protestors already killed at the hands of X": suffered, X the doer
        if passive and frame_subject is not None and HELD_STANCE in trigger.rule and predicate.tag_ == "VBN" \
                and _passive_agent(predicate) is None:
            # "We are united in our support for X": the adjectival participle's subject holds the
            # stance (statal passive, senses.held_stance), no patient
            passive = False
        if passive and predicate.tag_ == "VBN" and "in" in _preps(predicate) and _passive_agent(predicate) is None \
                and verb_lemma(predicate, lex) in detection_lexicon()["participation_participles"]:
            # "X have been involved in efforts to procure ...", "nationals involved in the shooting
            # of protesters": who is involved takes part, the source (CAMEO "INVOLVE IN *")
            participant = frame_subject if frame_subject is not None else (
                predicate.head if predicate.dep_ == "acl" else None)
            if participant is not None:
                frame_subject, passive = participant, False
        if passive and predicate.dep_ == "conj" and predicate.tag_ == "VBG" and not _children(predicate, ("auxpass",)):
            # "implicated in violence against civilians, as well as beating detained persons": a
            # gerund the parser joins to the participle is a second act the participant took part in
            participant = _participant_of(predicate.head, lex)
            if participant is not None:
                frame_subject, passive = participant, False
        if passive:
            agent = _passive_agent(predicate)
            source = agent if agent is not None and _is_actor(agent, lex) else None
            if source is None:
                inner = _actor_inside(agent, lex) if agent is not None else None
                source = inner
        elif frame_subject is not None \
                and (commented := _force_act_commented(trigger, frame_subject, lex)) is not None:
            # "its ongoing assault against Ukraine, which has ... destroyed civilian infrastructure":
            # the assault destroyed it, so its doer did, not the victim the clause hangs on
            source = _commented_act_doer(commented, lex)
            source_rule_note = "doer of the act noun the relative clause comments on"
        elif frame_subject is not None:
            source = frame_subject if _is_actor(frame_subject, lex) else _actor_inside(frame_subject, lex)
            source = _titled_name(source) or source
            if source is not None and frame_subject.sent.start != predicate.sent.start \
                    and _list_lead_in(trigger.head) is not None:
                source_rule_note = "subject of the list's lead-in (the item completes its modal or 'to')"
            if source is None:
                source = _restated_act_agent(frame_subject, lex)
                if source is not None:
                    source_rule_note = "agent of the act the demonstrative subject restates (sentence before)"
        if not passive and source is not None and trigger.event_type in FROM_GIVER_TYPES:
            given = next((g for w in trigger.words for g in [_from_holder(w, predicate)] if g is not None), None)
            giver = None if given is None else given if _is_actor(given, lex, allow_pronoun=False) \
                else _actor_inside(given, lex)
            if giver is not None:
                # "the Secretary emphasized the strong support for Ukraine from Allies and
                # partners": the act noun's "from" names who gives it; the subject only reports it
                source, source_rule_note = giver, "giver of the act noun ('from')"
        targets, target_rule = _targets(predicate, trigger, lex, passive, frame_subject)
        if reduced_clause and targets and targets[0].i == frame_subject.i:
            target_rule = "noun of the passive participle (patient)"
        territory = recognized_territory(targets, predicate, trigger)
        if territory is not None:
            # "moved to recognize two pieces of Ukrainian land as independent entities": the land
            # recognized is the recipient; the state only locates it (PLOVER SUPPORT/recognize)
            targets, target_rule = [territory], RECOGNIZED_TERRITORY_RULE
        if not targets and trigger.event_type == "AID":
            receiver = _giver_noun_recipient(predicate, lex)
            if receiver is not None:
                # "the United States is this mission's largest contributor, providing $300 million"
                targets, target_rule = _with_conjuncts(receiver), GIVER_NOUN_RULE
        if targets and _joined_co_actors(predicate, targets):
            # "partners who joined us in calling for their release": "us" acts with them
            targets, target_rule = [], ""
        if targets and trigger.event_type == "AGREE" and all(_founded_object(t) for t in targets):
            # "pledged to set up a joint task force": the body the promise founds is what is
            # promised, no party to it (PLOVER AGREE's target is a party)
            targets, target_rule = [], ""
        head = predicate.head
        if not targets and passive and frame_subject is None and predicate.dep_ == "acl" \
                and predicate.tag_ == "VBN" and source is not None and trigger.event_type not in lex.cooperative \
                and (head.ent_type_ in ACTOR_ENT_LABELS or head.lemma_.lower() in lex.actor_nouns) \
                and _named_party(head, lex) \
                and not head.left_edge.i <= source.i <= head.i:
            # "the four corrupt individuals designated by the United States": the noun a passive
            # participle with an agent modifies is the one acted on
            targets, target_rule = _with_conjuncts(predicate.head), "noun of the passive participle"
        if not targets and passive and frame_subject is None and predicate.dep_ == "acl" and predicate.tag_ == "VBN" \
                and trigger.mode == "abduct" and noun_lemma(head) in detection_lexicon()["captive_nouns"]:
            # "the hostages held by X": the captives the participle describes are the ones held,
            # the recipient of CAMEO 181 (PLOVER ASSAULT abduct), though no actor noun
            targets, target_rule = _with_conjuncts(head), "captives the passive participle describes"
        if not targets and passive and frame_subject is None and source is not None \
                and trigger.event_type in detection_lexicon()["act_doer_types"]:
            # "a proposal by France, now rejected by Russia": the party of the act the participle's
            # noun names (``_participle_noun_doer``)
            doer = _participle_noun_doer(predicate, source, lex)
            if doer is not None:
                targets, target_rule = _with_conjuncts(doer), PARTICIPLE_NOUN_DOER_RULE
        patient = _participle_patient(predicate, trigger, lex, passive, frame_subject)
        if patient is not None and not targets:
            targets, target_rule = _with_conjuncts(patient), "noun of the passive participle (patient)"
        if not targets and not passive and trigger.event_type == "COERCE":
            victims = _conjoined_force_patient(trigger.head, lex)
            if victims is not None:
                targets, target_rule = _with_conjuncts(victims), CONJOINED_PATIENT
        if not targets and not passive and trigger.event_type in PATIENT_TYPES:
            victims = _adjunct_force_patient(predicate, trigger, lex)
            if victims is not None:
                targets, target_rule = _with_conjuncts(victims), ADJUNCT_PATIENT
        if source is None and (passive or _children(predicate, ("auxpass",))):
            # (also a passive gerund without a subject: "after years of being detained in Venezuela")
            custodian = _custodian_state(predicate, lex) if trigger.event_type == "COERCE" else None
            if custodian is not None:
                source, source_rule_note = custodian, CUSTODIAN_STATE_RULE
            implied = _implied_state(predicate, trigger, lex) if custodian is None else None
            if implied is not None:
                source, source_rule_note = implied, PLACE_AUTHORITY_RULE
            causer = _harm_cause_doer(predicate, lex) if trigger.event_type == "ASSAULT" and source is None else None
            if causer is not None:
                source, source_rule_note = causer, HARM_CAUSE_RULE
            sender = _preps(predicate).get("from") if trigger.event_type == "COOPERATE" and source is None \
                and predicate.lemma_.lower() in detection_lexicon()["custody_handover_verbs"] else None
            if sender is not None and _is_actor(sender, lex, allow_pronoun=False):
                # "the fugitive was extradited from Colombia to the United States": the authority
                # handing the person over is the "from" phrase (PLOVER COOPERATE judicial, CAMEO
                # 063: the transfer is between the two states; 0.7.470)
                source, source_rule_note = sender, "authority handing over ('from' of the custody transfer)"
            giver = _transfer_giver(predicate, lex) if source is None else None
            if giver is not None:
                source, source_rule_note = giver, GIVER_FROM_RULE
        if trigger.rule.startswith(DEALING_BAN):
            # the sanctioned party is who may not be dealt with; the state prohibits its own
            # persons ("U.S. persons"), so their nationality is the source of the sanction
            partner = _dealing_partner(predicate, lex)
            # "with Sberbank or Alfa Bank": the parser may hang the first name on the last (nmod)
            fused = [c for c in partner.children if c.dep_ == "nmod" and c.ent_type_ in ACTOR_ENT_LABELS
                     and any(g.dep_ == "cc" for g in c.children)]
            targets, target_rule = fused + _with_conjuncts(partner), "pobj 'with' of the barred dealing"
            if source is None and frame_subject is not None:
                source = _actor_inside(frame_subject, lex)
        if trigger.rule.startswith(DENIED_ACCESS):
            # the barred party is the passive subject; the goods' owner ("U.S. technologies") is none
            barred = _denied_access(predicate)
            targets, target_rule = ((_with_conjuncts(barred), "nsubjpass (the party denied access)")
                                    if barred is not None else ([], ""))
        if trigger.rule.startswith(JOINT_DOCUMENT):
            # the document and its topic are no party; a "with" phrase, on the verb or inside the
            # document's phrase, names the other party, else the conjoined subjects are the parties
            document = trigger.words[-1]
            partner = _preps(predicate).get("with") or next(
                (o for w in document.subtree if w.dep_ == "prep" and w.lower_ == "with" for o in _children(w, ("pobj",))), None)
            if partner is not None and not _is_actor(partner, lex, allow_pronoun=False):
                partner = _actor_inside(partner, lex)
            targets, target_rule = (_with_conjuncts(partner), "pobj 'with' of the joint document") \
                if partner is not None else ([], "")
        partner = _visit_partner(predicate, trigger, targets, lex)
        if partner is not None:
            # the trip's place is where it happens; whom it meets is the target
            visited_place = targets[0]
            targets, target_rule = _with_conjuncts(partner), VISIT_PARTNER
        elif targets:
            own_posts = [t for t in targets if _own_post_visit(predicate, trigger, t, lex) is not None]
            if own_posts and len(own_posts) == len(targets):
                return []  # check not-internal failed: a trip to one's own post (``_own_post_visit``)
            targets = [t for t in targets if all(t.i != o.i for o in own_posts)]
        if source is not None:
            # the agent found on a misattached "by" is never also the target
            targets = [t for t in targets if t.i != source.i]
    source_rule = "agent 'by'" if passive else "nsubj"
    if source_rule_note:
        source_rule = source_rule_note
    if trigger.rule.startswith(DEALING_BAN) and source is not None and passive:
        source_rule = "nationality of the barred persons"  # (active: the subject that bars them)
    between = _preps(predicate).get("between")
    if passive and source is None and between is not None and _is_actor(between, lex, allow_pronoun=False):
        # "signed between A and B": both parties act, each towards the other
        source, source_rule = between, "pobj 'between' (reciprocal)"
        targets, target_rule = [], ""
    elif passive and source is None and predicate.dep_ == "acl":
        # "X ... through agreements such as the treaty signed with Y": the governing
        # clause's subject is the implicit agent of a participle hanging off its object
        governing = next((a for a in predicate.ancestors if a.pos_ in ("VERB", "AUX")), None)
        partner = _preps(predicate).get("with")
        joint = partner is not None and _is_actor(partner, lex, allow_pronoun=False)
        # only a joint act names its other party ("the treaty signed *with Bolivia*"); otherwise the
        # participle names what its noun underwent ("the citizens released today", "those killed as
        # a result of Russia's aggression", "citizens detained in the PRC"), by nobody the clause names
        if governing is not None and joint and _obligation_modal(governing, lex) is None:
            subjects = [c for c in _children(governing, SUBJECT_DEPS) if _is_actor(c, lex, allow_pronoun=False)]
            if subjects:
                source, source_rule = subjects[0], "subject of governing clause (implicit agent)"
        held = releaser_of_captives(predicate, lex) if source is None and trigger.event_type == "COERCE" else None
        if held is not None:
            # "X must release A, B and other activists detained since May": only the one who
            # holds them can release them, so X is the custody's unnamed agent; the captives are
            # the whole list the participle hangs in
            source, source_rule = held[0], "holder asked to release the captives (custody)"
            targets, target_rule = [], "captives of the release (participle's noun)"
            for noun in held[1]:
                targets += [c for c in _with_conjuncts(noun) if all(c.i != t.i for t in targets)]
    if trigger.rule.startswith(MOVING_FORCE):
        # "3,000 U.S. forces headed to Poland": the force moves itself (the participle's noun is its
        # mover, no patient); the destination is no recipient (PLOVER MOBILIZE: only the one
        # mobilized against is)
        if source is None and predicate.dep_ == "acl":
            source, source_rule = predicate.head, "the force the participle moves"
        targets, target_rule = [], ""
    if passive and source is None:
        owner = _event_noun_owner(predicate, lex)
        if owner is not None:
            source, source_rule = owner, "possessor of the act noun the participle modifies"
    if source is None:
        owner = _appositive_event_owner(predicate, trigger.event_type, lex)
        if owner is not None:
            source, source_rule = owner, "possessor of the event noun the gerund restates"
    if source is None and not passive and frame_subject is None and trigger.head.tag_ in ("VBG", "VBN"):
        doer = _ground_doer(trigger.head, lex)
        if doer is not None:
            source, source_rule = doer, "the measure's recipient (the doer of its grounds)"
    if source is None and not passive and frame_subject is None and (
            trigger.head.tag_ in ("VB", "VBG") or (trigger.head.tag_ == "JJ" and trigger.head.dep_ == "acomp")):
        # "the United States' commitment to support Ukraine", "remains committed to supporting
        # the people of Haiti": a non-finite act's agent is its controller (implicit agent); so
        # is a stance adjective's with no subject of its own ("thank those companies for being
        # willing to collaborate": the complement of a subjectless gerund "being" is controlled
        # as the gerund is, English predicative complement)
        controller = _controller(trigger.head, lex)
        if controller is not None:
            source, source_rule = controller, "controller of the non-finite act (implicit agent)"
    if source is None and not passive and frame_subject is None:
        agent = _means_agent(trigger.head, lex)
        if agent is not None:
            source, source_rule = agent, "subject of the act done by this means"
    if source is not None and source.pos_ == "PRON":
        speaker = _speaker_of(trigger.head, lex)
        if speaker is not None and _is_actor(speaker, lex, allow_pronoun=False) \
                and _pronoun_agrees(source, speaker):
            source, source_rule = speaker, "pronoun -> speaker of reporting verb"
    sources = before_relative(_with_conjuncts(source), predicate) if source is not None else []
    listed = _listed_place_people(source) if source is not None else []
    if listed:
        # "The citizens of Guatemala, Honduras, and El Salvador have repudiated corruption": the
        # people of each state listed act, one source each, as a listed object's states are each
        # a target (subjects._listed_origin_states); the linker codes each as that state's people
        # (linking states._listed_origin_people: CVL, no key), not its government (since 0.8.187)
        sources, source_rule = listed, f"{LISTED_ORIGINS} ({source_rule})"
    frame_is_act = trigger.head.i == predicate.i or verb_lemma(trigger.head, lex) in lex.aspect_verbs
    if trigger.rule.startswith(("acquisition", "aspect")) and "acquisition" in trigger.rule and frame_is_act:
        # "X received Y-made missiles": Y gave (AID), X received; an intent to acquire
        # ("X seeks to obtain ...") keeps X as the actor
        obj = _object_noun(predicate)
        goods = goods_of(obj, lex) if obj is not None else None
        origin = origin_of([goods[0], obj, predicate], lex) if goods else None
        if not sources:
            return []  # "interest in acquiring X": nobody has received anything
        targets, target_rule = sources, "receiver (subject of acquisition verb)"
        sources = [origin] if origin is not None else []
        source_rule = "origin of the goods"
    elif trigger.rule.startswith(SOUGHT_GOODS):
        # "Venezuela seeks to purchase fighter jets from Russia": the request is put to the goods'
        # origin; the goods themselves are no party (none named: no target)
        obj = _object_noun(predicate)
        goods = goods_of(obj, lex) if obj is not None else None
        origin = origin_of([goods[0], obj, predicate], lex) if goods else None
        targets, target_rule = ([origin], "origin of the goods sought") if origin is not None else ([], "none")
    targets = [_represented_state(t, lex) or t for t in targets]
    # (an infinitival relative the parser calls relcl, "proposing measures to finance private
    # schools", is the same modifier of the proposal as an acl where a verb of proposing governs
    # the noun; "announced measures to support X" tells measures taken)
    proposed = (predicate.dep_ == "acl" or predicate.dep_ == "relcl" and to_infinitive(predicate)
                and predicate.head.head.lemma_.lower() in _PROPOSING_VERBS) \
        and predicate.head.lemma_.lower() in lex.proposal_nouns
    if proposed and not sources:
        # "The party introduced a bill banning rallies": the sponsor of the bill plans the act
        governing = predicate.head.head
        sponsors = [c for c in _children(governing, SUBJECT_DEPS) if _is_actor(c, lex)] \
            if governing.pos_ in ("VERB", "AUX") and not _judging_verb(governing, lex) else []
        if sponsors:
            sources, source_rule = _with_conjuncts(sponsors[0]), "sponsor of the proposal"
    if not sources and not passive and frame_subject is not None and frame_subject.tag_ == "WDT":
        # check actor failed: "equipment ..., that will assist the police": "which" / "that" as
        # subject stands for a thing (a person would be "who")
        return []
    if not sources and not passive and frame_subject is not None and frame_subject.pos_ in ("NOUN", "PROPN") \
            and not proposed and lex.nouns.get(noun_lemma(frame_subject), ("",))[0] not in (
                "ASSAULT", "COERCE", "PROTEST", "SANCTION", "MOBILIZE") \
            and not _is_actor(frame_subject, lex) and _actor_inside(frame_subject, lex) is None \
            and not (noun_lemma(frame_subject) in lex.non_agent_nouns and trigger.event_type == "CONCEDE"):
        # check actor failed: the subject is a thing ("The new radar allows ...", "the use of
        # open systems allows ..."); a violent act as subject still acts ("the attack killed 5"),
        # and a decision or designation that eases ("New Designation Allows Eligible Venezuelans
        # to Apply ...") is the concession of an authority it leaves unnamed (no source)
        return []
    if trigger.event_type == "CONSULT" and predicate.lemma_.lower() == "consult" and not _preps(predicate).get("with"):
        # "citizens should consult the FAA's notices": consulting a document or someone's
        # publication is reading, not a meeting between actors (PLOVER CONSULT)
        obj = _object_noun(predicate)
        if obj is not None and (not _is_actor(obj, lex, allow_pronoun=False) or any(
                c.dep_ == "poss" for c in obj.children) or any(
                w.lemma_.lower() in lex.document_names | lex.information_objects
                for w in _with_conjuncts(obj))):
            return []  # check trigger-sense failed
    if not sources and not targets:
        return []
    modal = _obligation_modal(trigger.head, lex) if trigger.head.i == trigger.token.i or trigger.head.dep_ != "xcomp" else None
    if modal is not None and not trigger.rule.startswith("reporting verb"):
        if passive or not sources or any(s.pos_ == "PRON" and s.lower_ in ("we", "i") for s in sources) \
                or any(noun_lemma(s) in lex.advised_nouns for s in sources):
            # check asserted-frame failed: "we must work together" is a resolve, "U.S. citizens
            # should consult ..." travel advice, "X must be freed" names no one obliged
            return []
        # "X must release those detained": a DEMAND on X by the writer (or the quoted speaker)
        speaker = _speaker_of(trigger.head, lex)
        sender = _message_sender(trigger.head, lex) if speaker is None else None
        if sender is not None and _world_at_large(sender):
            # check actor failed: "The world is sending another clear signal that Russia must
            # cease ...": everyone at once is no identifiable demander (as no addressee:
            # ``_world_at_large``); the message is rhetoric, not a DEMAND by anyone
            return []
        targets, target_rule = sources, f"subject obliged by '{modal.lower_}'"
        sources = [speaker] if speaker is not None else [sender] if sender is not None else []
        source_rule = "speaker" if speaker is not None else "sender of the message" if sender is not None \
            else "writer"
        trigger = dataclasses.replace(trigger, event_type="DEMAND", mode=None,
                                      rule=f"{trigger.rule}{OBLIGATION_RULE}{modal.lower_}'",
                                      words=list(trigger.words) + [modal])
    if trigger.event_type == "DEMAND":
        held = _captive_holder(trigger, lex)
        if held is not None and all(held[1].left_edge.i <= t.i <= held[1].right_edge.i for t in targets):
            # CAMEO 0243: a demand for a release asks the one holding the captives; the captives
            # are what is asked for, never the recipient ("call for the release of political
            # prisoners": none named, so none; PLOVER REQUEST needs no recipient)
            targets, target_rule = (_with_conjuncts(held[0]), "holder of the captives whose release is demanded") \
                if held[0] is not None else ([], "")
    if trigger.event_type == "RETREAT":
        holder = _announced_release_holder(trigger, lex)
        if holder is not None and not any(holder.i == t.i for t in targets):
            sources, source_rule = _with_conjuncts(holder), "holder of the captives whose release is told"
    if not sources and _instrument_purpose(trigger.head):
        return []
    status, reported = _status(trigger, lex)
    exception = _exceptive_object(trigger.head) if status != "negated" and _frame_negated(trigger, lex) else None
    if exception is not None:
        # a negation cancelled by an exceptive ("will not sanction anybody but the generals"):
        # the act holds of the exception alone, the one it is done to (never of the indefinite,
        # nor of the "as" object whose recognition is refused: "Crimea" in "never recognize
        # Crimea as anything other than part of Ukraine", where Ukraine's claim is what is backed)
        named = _actor_or_inside(exception, lex)
        targets, target_rule = (_with_conjuncts(named), "exception of a negated exceptive") \
            if named is not None else ([], "")
    if proposed and not (trigger.event_type in lex.expressive_types and _adopted_proposal(predicate.head)):
        status = "planned"
    event_type, mode = trigger.event_type, trigger.mode
    if event_type == "AGREE" and status in ("asserted", "claimed") and (mode or "").split(":")[0] == "support" \
            and _resolve_predicate(trigger, lex) is not None:
        # "the allies are united and resolved to stand with Ukraine": a resolve voiced now to back
        # a party is that backing voiced (PLOVER SUPPORT, a verbal act the statement makes, as
        # "will continue to stand with X" is), not a promise of a later act (Stop 48)
        event_type, mode = "SUPPORT", mode.partition(":")[2] or None
    if event_type == "ASSAULT" and any(s.lemma_.lower() in PROTESTER_NOUNS for s in sources):
        event_type, mode = "PROTEST", "riot"
    event_type, mode = _state_obstruction(event_type, mode, sources)
    aspect = trigger.head.i != trigger.token.i and trigger.rule.startswith("aspect '")
    continued = _aspect_conjunct_host(trigger.head, lex) if trigger.head.i == trigger.token.i else None
    ongoing = aspect and trigger.head.lemma_.lower() in lex.ongoing_aspect_verbs \
        or continued is not None and continued.lemma_.lower() in lex.ongoing_aspect_verbs \
        or _conjoined_aspect(trigger.head, lex) is not None
    ongoing = ongoing or _standing_time_adverb(trigger) is not None
    # "The United States will stand with the people of X until they prevail": a solidarity idiom
    # under "will" is the stance held now and voiced, as under "will continue to" (Stop 48); a
    # consequence of a condition ("if X asks, we will stand by it") is only if it holds
    ongoing = ongoing or _held_stance_idiom(trigger, lex) is not None \
        and _consequence_condition(trigger, lex) is None
    bounded = _bounding_condition(trigger) if event_type in detection_lexicon()["coercive_consequence_types"] else None
    # "the Secretary said the United States will (continue to) stand with X": a stance of the
    # speaker's own side told under a reporting verb is that stance voiced by the report, as the
    # same words told directly are (Stop 49; a third party's forecast of it stays to come)
    voiced = not reported or event_type in lex.expressive_types and reported_own_stance(trigger, lex) is not None
    if status == "planned" and ongoing and voiced and not proposed and bounded is None \
            and (event_type in lex.expressive_types or _continued_relation(trigger, event_type, lex)):
        # "we will continue to support the Haitian people", "will continue to hold China
        # accountable": the backing or criticism is going on and the statement voices it
        # (plover_frames.yaml ongoing_aspect_verbs). A material act carried on stays to come, as
        # the gold files code "The United States will continue to modify the application of the
        # ... duty" (planned): "will continue to impose severe costs on Russia" is an announced
        # coercive act (PLOVER THREATEN), no SANCTION of the release day. A standing cooperative
        # relation carried on ("will continue partnering with local officials", "will continue to
        # coordinate closely with our allies") is under way as well: COOPERATE, asserted
        # (plover_frames.yaml ongoing_relation_verbs), while a new step in it ("continue to expand
        # our cooperation") stays a promise
        status = "asserted"
    if status in ("planned", "asserted") and not proposed and event_type == "DISAPPROVE" \
            and VOWED_ACCOUNTABILITY in trigger.rule:
        if ongoing or _carried_on(trigger.head, lex) is not None or _vow_carried_on(trigger.head, lex):
            # "will continue to use every tool to hold Iran accountable": the holding to account
            # goes on and the statement voices it, as "will continue to hold China accountable"
            # (ongoing_aspect_verbs; PLOVER DISAPPROVE, CAMEO 112 HOLD RESPONSIBLE)
            status = "asserted"
        else:
            # "will hold Russia accountable", "resolved / determined to hold X accountable": a
            # pledge of consequences to come is no accusation made (0.7.470, issue 6 hand
            # check): PLOVER THREATEN "coercive or forceful warnings with serious potential
            # repercussions", the act warned of kept in the mode, planned as any announced
            # hostile act ("will impose sanctions"; ``announced_act``); a resolve voiced in a
            # stance frame ("is determined to hold X accountable") is the same pledge
            # -- except where the resolve is voiced now by the teller's own side ("we are
            # determined to hold X accountable", ``_resolve_predicate``): the threat is made when
            # told, asserted, as "we are prepared to impose sanctions on X" is and as the gold
            # files code a vow to hold a party accountable (THREATEN, the statement's day; Stop 49)
            voiced_resolve = voiced_resolve_over(trigger, lex) is not None
            event_type, status = "THREATEN", "asserted" if vow_restated(trigger.head) or voiced_resolve else "planned"
            mode = mode if (mode or "").startswith("disapprove") else _mode_of("DISAPPROVE", mode)
    if status == "planned" and not reported and not proposed and _takes_effect_now(trigger):
        # "Starting today, we'll impose sanctions on members of the Russian elite": the act takes
        # effect the day it is announced, carried out, no threat of a future act (PLOVER THREATEN)
        status = "asserted"
    if status == "planned" and not reported and not proposed and _imposed_measure_consequence(trigger):
        # "restrictions imposed by Russian authorities will prevent ODIHR from observing": the
        # "will" tells what a measure already taken does, no announced act (PLOVER THREATEN is a
        # threat made); the act is the measure's, carried out
        status = "asserted"
    # ("will move to ban rallies": action to be taken is the act announced, as under a bare "will")
    acted = trigger.head.i != trigger.token.i and ACTION_STANCE_RULE in trigger.rule
    if status == "planned" and (trigger.head.i == trigger.token.i or (aspect or acted) and event_type not in lex.expressive_types) \
            and not proposed:
        event_type, mode = announced_act(event_type, mode)
    coercive_condition = any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
        for frame_token in (trigger.token, trigger.head) for c in frame_token.children)
    coercive_condition = coercive_condition or bounded is not None
    if coercive_condition and status == "planned" and event_type != "THREATEN":
        # "will withdraw its force unless ...": an act announced under a condition is a threat
        mode = mode if event_type == "AGREE" else _mode_of(event_type, mode)
        event_type = "THREATEN"
    condition = _consequence_condition(trigger, lex) if status in ("planned", "hypothetical") else None
    if condition is not None and event_type in detection_lexicon()["coercive_consequence_types"]:
        # "Should Iran attack Israel, Washington would impose sanctions on Tehran": a coercive
        # act announced as the consequence of a condition is a conditional threat (PLOVER
        # THREATEN), toward the condition's actor when the act names no one
        mode, event_type, status = _mode_of(event_type, mode), "THREATEN", "planned"
    elif condition is not None and status == "planned" and event_type != "THREATEN":
        status = "hypothetical"  # "if the talks fail, the ministers will meet again": only if it holds
    bound = condition if condition is not None else bounded  # "until Putin ends this war": Putin is warned
    warned = _children(bound, ("nsubj", "nsubjpass")) if bound is not None and event_type == "THREATEN" else []
    warned = _warned_actor(warned[0], lex) if warned else None
    if warned is not None and not targets:
        # "Unless the rebels surrender, the army will attack the city": the one threatened is
        # whoever the condition asks to act
        targets, target_rule = [warned], "subject of the condition"
    threat_made = _threat_made(trigger, event_type, status, proposed,
                               ongoing or _carried_on(trigger.head, lex) is not None,
                               coercive_condition or condition is not None, reported, source_rule)
    if status == "negated" and event_type == "AGREE" and _forgone_act(trigger.head) is None:
        # (an agreement not taken in favour of another act, "without agreeing to ...", refuses nothing)
        # "will not accept X" is a refusal made now (REJECT asserted); so is the same future told
        # by "be going to" ("we are not going to accept X", and "we are not going to the talks to
        # accept X", the negated motion whose purpose is the acceptance): ``_going_future``
        event_type, status = "REJECT", ("planned" if trigger.head.i != trigger.token.i
                                        and not _going_future(trigger.head, trigger.token) else "asserted")
    # a denial or an announced refusal is itself news ("denied that it had shelled the
    # village"): the confidence check keeps it whatever its score (event_confidence.check)
    status_note = ""
    if status == "negated" and any(_denial(a, lex) for a in trigger.head.ancestors):
        status_note = " (denial)"
    elif status == "negated" and (trigger.head.dep_ == "xcomp" or any(
            c.dep_ == "aux" and c.lower_ in lex.planned_aux for c in trigger.head.children)):
        # "will not travel to Russia", "will never recognize", "does not dare to accuse": an
        # announced refusal, which a policy statement makes news (PLOVER REJECT's ground)
        status_note = " (refusal)"
        if event_type in detection_lexicon()["refused_meeting_types"]:
            # "our representatives will not travel to Russia for meetings": a meeting or visit
            # refused is PLOVER REJECT mode meet (CAMEO 125 "reject proposal to meet, discuss,
            # negotiate"; "cancellation of meetings are REJECT"), the refusal itself asserted
            event_type, mode, status, status_note = "REJECT", "meet", "asserted", " (a meeting refused: REJECT/meet)"
    threat_made = threat_made and status == "planned"
    if threat_made:
        status_note += THREAT_MADE_NOTE  # the linker stores it asserted (``threats_made``)
    if status == "claimed" and (grounds := _measure_grounds(trigger.head, lex)) is not None:
        if _uncodable_ground(trigger, sources):
            return []  # the grounds are no event (``_uncodable_ground``)
        # of the recipients, those the text names ("judge X and their family members for ...")
        sources = [s for s in sources if _named_doer(s)]
        # the designee's conduct the measure is grounded on ("who has acted to support", "for their
        # roles in supporting"): event_dates tells it undated, before the publication
        status_note = f" ({GROUNDS_NOTE}: " + ("its 'for' phrase)" if grounds.lower_ == "for" else f"'{grounds.text}')")
    depth = _clause_depth(trigger.head, lex)
    confidence = trigger.base_confidence - 0.1 * min(depth, 3)
    if trigger.head.dep_ in ("acl", "relcl", "amod") and not _is_misparsed_main_verb(trigger.head):
        confidence -= 0.15  # a modifier of a noun ("a pathologist sent to Israel") is background
    elif trigger.head.dep_ in ("advcl", "xcomp", "pcomp") and trigger.head.tag_ in ("VBG", "VBN", "VB"):
        confidence -= 0.1   # purpose / participle clauses ("... to demand reforms", "demanding ...")
    if _in_background_clause(trigger.head):
        confidence -= 0.2
    if _measure_ground(trigger.head, lex) is not None:
        confidence -= 0.2  # the ground a measure's party gives, its allegation ("designated X, which has supported")
    confidence -= 0.15 if not sources else 0.0
    confidence -= 0.05 if not targets else 0.0
    if reported and status == "asserted" and "speaker" not in source_rule and _outlet_report(trigger.head, lex) is None:
        # inside reported speech, about someone other than the speaker: the article relays a claim
        # (unless the reporter is the doer's own government in its own release: ``own_reports``;
        # an independent news outlet's own report is no party's claim: ``_outlet_report``)
        status, status_note = "claimed", status_note + REPORTED_NOTE
    confidence -= 0.05 if status == "claimed" else 0.0
    confidence = round(max(0.05, min(0.95, confidence)), 3)

    trigger_words = sorted(trigger.words, key=lambda t: t.i)
    trigger_start = trigger_words[0].idx
    trigger_end = trigger_words[-1].idx + len(trigger_words[-1])
    trigger_text = " ".join(t.text for t in trigger_words)
    date = _timex_for(trigger, timex_heads)
    location = _location_for(trigger)
    if location is None and visited_place is not None:
        ent = _entity_of(visited_place)
        location = ent.text if ent is not None else visited_place.text
    if not any(_real_actor(t, lex) for t in sources + targets) and not (targets and target_rule.startswith(PERSON_HELD_RULE)):
        # (a person held in custody is a party, whatever its noun: "the pilot was held hostage")
        return []  # check actor failed: no side is an actor
    if not sources and not passive and trigger.head.tag_ in ("VB", "VBG") \
            and event_type not in ("ASSAULT", "COERCE", "PROTEST", "MOBILIZE") and SANCTION_KIND not in trigger.rule \
            and not any(c.dep_ in SUBJECT_DEPS for c in trigger.head.children) \
            and not _demand_on_obliged(event_type, trigger.rule) and not _speaker_experienced_act(predicate):
        # (the writer's demand on the subject of a semi-modal, "Hamas needs to release ...", has
        # its target from the obligation verb's subject and no source in the clause: it stays)
        # (a violent or coercive act stays with its agent unknown: "an attempt to assassinate
        # the governor was thwarted", as the thing-subject check above lets it; so does a
        # restriction the codebook types SANCTION: "Action to impose visa restrictions on ...")
        # check source failed: a non-finite act whose agent the sentence does not give ("a plan
        # for ensuring ... support for the people") is a topic, not an act someone did ("It is a
        # pleasure to welcome X" gives it: the speaker, ``_speaker_experienced_act``)
        return []
    if trigger.event_type == "COOPERATE" and targets and target_rule == "actor inside nsubjpass":
        # "The UK contribution will be coordinated by the FCDO": the passive subject of a verb of
        # joint work is the thing worked on and its owner no partner (PLOVER COOPERATE is between
        # the source and a party it works with: its object or "with X", as a meeting's partner is
        # below); "coordinated with allies" keeps its partner
        targets, target_rule = [], ""
    if trigger.event_type == "CONSULT" and targets and not (
            target_rule in OBJECT_DEPS or target_rule in ("pobj 'with'", "pobj 'to'", "nsubjpass", VISIT_PARTNER,
                                                          MEETING_SCENE_RULE)
            or (target_rule.startswith(APPOSITION_OF) and target_rule[len(APPOSITION_OF):] in (
                *OBJECT_DEPS, "pobj 'with'", "pobj 'to'", "nsubjpass"))
            or target_rule in (f"pobj 'with'{SHARED_HEAD_NOTE}", f"pobj 'to'{SHARED_HEAD_NOTE}")
            or (target_rule == "actor inside pobj 'with'" and _met_with(predicate, targets[0]))
            or _met_through_partitive(predicate, targets[0]) is not None
            or target_rule == GATHERING_ATTENDEES
            or (target_rule.startswith(LISTED_ORIGINS) and target_rule[len(LISTED_ORIGINS) + 2:-1] in (
                *OBJECT_DEPS, "pobj 'with'", "pobj 'to'", "nsubjpass"))):
        # ("met with ISF leadership": the body whose leaders, staff or delegation are met is the
        # partner, as "with" names the party met)
        # the partner of a meeting is its object or "with X"; an actor inside the topic ("discussed
        # planning for Gaza") is what was discussed, not who took part
        targets, target_rule = [], ""
    if trigger.event_type == "CONSULT" and targets and target_rule.startswith("actor inside"):
        met = _met_through_partitive(predicate, targets[0])
        if met is not None and met.i != targets[0].i:
            # "meet a diverse array of Haitian stakeholders": the people met, of the state the
            # modifier names (the linker keys them by it)
            targets, target_rule = [met], f"{PARTITIVE_MET} ({target_rule})"
    if not sources and not passive and (trigger.head.dep_ == "relcl" or (
            trigger.head.dep_ == "acl" and trigger.head.tag_ == "VBG")):
        return []  # check actor failed: an act describing a noun ("entities supporting X") without its agent
    if _recipient_failure(trigger, event_type, targets, lex) is not None:
        return []  # check recipient failed (``_recipient_failure``)
    if event_type == "AID" and not targets and "support + material object" in trigger.rule:
        # check recipient failed: the thing supported ("support investments of $1 billion in the
        # Green Fund") is what is paid for, not who gets it, and PLOVER AID requires a recipient
        return []
    if event_type in lex.recipient_types and not targets and _object_noun(predicate) is None and not (
            set(_preps(predicate)) & {"with", "to", "on", "against", "for", "from", "into"}) \
            and not (event_type in lex.symmetric_types and len(sources) > 1):
        # (conjoined parties of a symmetric act are each other's partners: "the United States and
        # Japan will continue to coordinate closely", paired below)
        return []  # check recipient failed: the codebook requires one, and the clause names none
    if event_type == "AID" and (not mode or trigger.rule.startswith("CAMEO")) and not targets \
            and _unaddressed_service(predicate, lex):
        # check recipient failed: "Saudi officials had already provided safeguards by installing
        # an oval wall": a service or measure provided to nobody named is no aid (PLOVER AID
        # "Requires recipient: Yes"); aid, goods or money given stand even when the recipient is
        # told elsewhere ("USAID has provided 6,750 devices"). A verb's own kind ("finance") is not
        # asked; a kind a CAMEO pattern reads off the object ("provide + safeguard" [072] military)
        # is the object's, which this check weighs itself.
        return []
    if event_type in lex.symmetric_types and event_type in lex.recipient_types and not targets and len(sources) < 2 \
            and not (sources and source_rule == "nsubj" and frame_subject is not None and frame_subject.head.i == predicate.i
                     and _participant_noun(text[slice(*_actor_span(sources[0]))], lex)) \
            and not _handover_without_receiver(predicate, trigger):
        # ("The two leaders discussed ...", "Both delegations discussed ...": the plural names both
        # parties; resolve_participants puts the meeting's two sides in, or the named-actor check
        # drops the event)
        # check recipient failed: cooperation is between parties (PLOVER COOPERATE "Requires
        # recipient: Yes"); "the Task Forces coordinated 427 joint investigations", "is actively
        # collaborating with the private sector" name no partner that is an actor
        return []
    hosts_alone = False
    if not passive and all(s.pos_ == "PRON" and s.lower_ == "it" for s in sources) \
            and _speaker_experienced_act(predicate):
        # "It's a pleasure to welcome X": the speaker welcomes X; the extraposed "it" the infinitive
        # inherits from the copula stands for the infinitive clause itself, no actor
        sources, source_rule = [], SPEAKER_EXPERIENCER
    if event_type == "CONSULT" and mode == "host":
        sources, targets, source_rule, target_rule, mode = _visitor_first(
            sources, targets, source_rule, target_rule, lex)
        if not target_rule and targets == [] and sources and source_rule.startswith("visitor") \
                and _speaker_experienced_act(predicate):
            target_rule = f"host ({SPEAKER_EXPERIENCER})"  # the speaker hosts: PLOVER's recipient
        # co-hosts of a gathering with no visitor named host it side by side, no meeting between them
        hosts_alone = mode is None
    # reciprocal events between conjoined subjects without an object, only for the types PLOVER
    # codes between all participants ("A and B held talks"); co-subjects of any other act act
    # side by side ("Chile, Norway and Japan welcome the report" is no CONSULT Chile -> Norway)
    if len(sources) > 1 and not targets and _headed_delegation(trigger.token) is not None:
        # "Director General Rakesh Asthana, Narcotics Control Bureau, Ministry of Home Affairs, led
        # the Indian delegation": the delegation is one side of the meeting, its (first) leader
        # stands for it; the name's appositions the parser hangs on it as conjuncts lead nothing
        sources = sources[:1]
    if event_type == "CONSULT" and _topic_destination_only(trigger, predicate, sources, targets, target_rule, mode):
        # "A and B discussed the deployment of the mission to C": two co-subjects who discuss meet
        # each other (PLOVER CONSULT between the parties); the place "to" C (parsed onto the verb)
        # is where the topic goes, no party to the talks
        targets, target_rule = [], ""
    if targets and sources and _own_forces_destination(trigger, event_type, mode, sources[0], targets[0], target_rule):
        # "The United States sent troops to Poland", "The Pentagon stands ready to deploy forces to
        # Poland": the teller's own forces go to the state, not against it -- military assistance
        # in personnel (CAMEO 072 "SEND + &MILITARY", PLOVER AID military "assistance including arms
        # and personnel"), the state its recipient; promised or readied, the offer of it (AGREE
        # aid:military, as "will provide security assistance" is), to come (Stop 49 issue 6)
        readiness = trigger.rule.startswith("stance '")
        if status in ("asserted", "claimed") and not readiness:
            # sent or being sent: the aid itself (an asserted or past dispatch)
            event_type, mode = "AID", "military"
        else:
            # readied, promised or to come: the offer of it
            event_type, mode = "AGREE", "aid:military"
        target_rule = f"{target_rule} (destination of the teller's own forces: {OWN_FORCES_DESTINATION})"
        if status == "asserted" and readiness:
            status = "planned"
    mutual = [t for t in targets if _MUTUAL_TARGET.match(" ".join(text[slice(*_actor_span(t))].lower().split()))]
    if hosts_alone:
        pairs = [(s, None) for s in (sources or [None])]
    elif len(sources) > 1 and targets and len(mutual) == len(targets) and not _own_group_cosubject(sources) \
            and (mode or "") not in detection_lexicon()["side_by_side_modes"]:
        # "The Secretary and the Foreign Minister underscored their commitment to building a
        # partnership between our countries": "our / both / the two countries", "each other" are
        # the co-subjects' own sides (PLOVER "Compound and Reciprocal Actors"): one act between
        # them, first -> others, not an act towards a plural no entity names
        pairs = [(sources[0], t) for t in sources[1:]]
        target_rule = f"conjoined subjects (mutual '{text[slice(*_actor_span(mutual[0]))]}')"
        if event_type not in lex.symmetric_types | lex.joint_commitment_types \
                and _commitment_trigger(trigger_text):
            # a commitment they restate together, with no third party, is their joint promise
            # (PLOVER AGREE between the parties, as for "the two leaders reaffirmed their commitment")
            event_type, mode = "AGREE", None
            target_rule += ": a commitment they restate together, AGREE between them"
    elif len(sources) > 1 and not targets and source_rule.endswith("(reciprocal)"):
        pairs = [(s, t) for s in sources for t in sources if s.i != t.i]
        target_rule = "conjoined subjects (reciprocal)"
    elif len(sources) > 1 and not targets and _mutual_fight(trigger, event_type):
        # "North and South Korea exchanged artillery fire", "troops and rebels clashed": each side
        # fights the other (PLOVER "Compound and Reciprocal Actors"), so each is the other's target
        pairs = [(s, t) for s in sources for t in sources if s.i != t.i]
        target_rule = "conjoined subjects (reciprocal force: each fights the other)"
    elif len(sources) > 1 and not targets and (event_type in lex.symmetric_types
                                               or _joint_act(trigger, event_type, mode)) \
            and (mode or "") not in detection_lexicon()["side_by_side_modes"] \
            and _headed_delegation(trigger.token) is None:
        # (not co-mediators: "the United Nations and Turkey ... mediating" is no CONSULT between them;
        # not co-leaders of one delegation: "Kemp Chester, Jorgan Andrews, and Jennifer Hodge jointly
        # led the U.S. delegation" head one side together, and a name's appositions the parser hangs
        # on it as conjuncts, "Rakesh Asthana, Narcotics Control Bureau, ...", are that one side too)
        # "A, B and C discussed X": one meeting; PLOVER lists all participants as actors, which
        # a single-dyad record keeps as the first participant with each of the others
        pairs = [(sources[0], t) for t in sources[1:]]
        target_rule = "conjoined subjects (participants)"
    elif len(sources) > 1 and not targets and not _own_group_cosubject(sources) \
            and (mode or "") not in detection_lexicon()["side_by_side_modes"] \
            and _between_cosubjects(trigger, event_type, mode, lex) and _headed_delegation(trigger.token) is None \
            and not _one_holders_titles(sources):
        # "India and the United States agreed to ...": one agreement between the parties
        pairs = [(sources[0], t) for t in sources[1:]]
        target_rule = f"conjoined subjects ({_between_cosubjects(trigger, event_type, mode, lex)})"
    else:
        pairs = [(s, t) for s in (sources or [None]) for t in (targets or [None])]
    if len({t.i if t is not None else None for _s, t in pairs}) > 1:
        # the cap is on a product of sources and targets; a list of co-signers of one act toward
        # one target ("Canada, France, ... and the European Union welcome ...": 14 signatories)
        # is no product, and PLOVER codes each member of a compound actor, so each keeps its event
        pairs = pairs[: lex.max_pairs_per_trigger]
    events = []
    for source_token, target_token in pairs:
        event = Event(
            type=event_type, mode=mode,
            sentence_start=sent.start_char, sentence_end=sent.end_char,
            trigger=trigger_text, trigger_start=trigger_start, trigger_end=trigger_end,
            date=date, location=location, status=status, confidence=confidence,
            component=COMPONENT, version=VERSION, threat_made=threat_made,
        )
        if source_token is not None:
            event.source_start, event.source_end = _actor_span(_people_of_demonym(source_token))
            event.source_text = text[event.source_start:event.source_end]
        if target_token is not None:
            event.target_start, event.target_end = _actor_span(_people_of_demonym(target_token))
            event.target_text = text[event.target_start:event.target_end]
            if target_rule.startswith(ACTIVITY_AGENTS):
                event.target_sector = _activity_agent_sector(target_token)
        event.explanation = (
            f"trigger '{trigger_text}' ({trigger.rule}) -> {event_type}"
            f"{'/' + mode if mode else ''}; source={source_rule if source_token is not None else AGENTLESS if passive else WRITER if source_rule == 'writer' else SPEAKER_EXPERIENCER if source_rule == SPEAKER_EXPERIENCER else 'none'}, "
            f"target={target_rule or 'none'}; status={status}{status_note}; "
            f"checks passed: {CHECKS_PASSED}, {DETECTION_CHECKS}"
        )
        if event.mode and event.mode.endswith("visit") and location is None and target_token is not None \
                and target_token.ent_type_ in PLACE_ENT_LABELS:
            event.location = event.target_text  # a visit to a place happens there
        events.append(event)
    return events


OWN_FORCES_DESTINATION = "the state they go to, assisted, not mobilized against"


def _moved_forces(trigger: Trigger) -> bool:
    """Whether the trigger moves armed forces: a verb of dispatch (event_detection.yaml
    dispatch_verbs: deploy, send, dispatch) among its words with a force noun as its object
    (``status._force_subject``: "deploy troops", "send forces"), whatever CAMEO pattern the noun
    hit (&MILITARY 154, or the head "force" of &PKO's PEACEKEEPING_FORCE, 0334)."""
    dispatch = detection_lexicon()["dispatch_verbs"]
    # (peacekeepers, a peacekeeping force or contingent: CAMEO 0334 intent to keep the peace, kept)
    return any(w.pos_ == "VERB" and w.lemma_.lower() in dispatch
               and any(o.dep_ in ("dobj", "obj") and _force_subject(o)
                       and not any("peace" in t.lower_ for t in o.subtree) for o in w.children)
               for w in trigger.words)


def _own_forces_destination(trigger: Trigger, event_type: str, mode: Optional[str], source: Token,
                            target: Token, target_rule: str) -> bool:
    """Whether the target is where the teller's own side sends or stands ready to send its forces
    ("The Pentagon remains ready to deploy troops to Lithuania, a NATO ally", "we deployed forces to
    Poland to reassure our allies" in a U.S. release). PLOVER MOBILIZE: the recipient is whom the
    forces are mobilized against "if that is clear"; the state one's own forces are sent to is not
    mobilized against but assisted (CAMEO 072 "SEND + &MILITARY" provide military aid; the
    friendly-deployment rule: people sent to a partner are AID, not MOBILIZE), so the caller codes
    AID military to it. Only a destination ("to" phrase) the sentence names a partner
    (``_friendly_destination``) of a move of forces (MOBILIZE, THREATEN with a mobilize mode, or a
    dispatch verb with a force noun object), never AID already; a third party's deployment keeps
    its MOBILIZE reading (rule "Forces sent somewhere: the state they go to"), and an "against"
    phrase is no destination."""
    if event_type == "AID":
        return False  # people or means sent to build up a partner's capacity (friendly deployments)
    moving = event_type == "MOBILIZE" or (mode or "").startswith("mobilize") or _moved_forces(trigger)
    # only "to": "into" (an entry, "sent troops into Iraq") and "toward" (a heading, "sent warships
    # toward North Korea") name no host the forces are received by
    if not moving or target.dep_ != "pobj" or target.head.lower_ != "to":
        return False
    if target_rule and not target_rule.startswith("pobj"):
        return False
    return _own_side_subject(source) and _friendly_destination(trigger, target)


def _friendly_destination(trigger: Trigger, target: Token) -> bool:
    """Whether the sentence names the destination ``target`` of a dispatch a partner, by the
    friendly-deployment test (event_detection.yaml capacity_purpose_verbs, friendly_destination_nouns):
    a purpose clause of the dispatch that builds up a capacity or assists ("to strengthen its
    security", "to assist"), or an ally / partner noun in the destination's phrase ("to Poland, a
    NATO ally") or in the purpose clause ("to reassure our allies"). A hostile purpose (WordNet
    defeat / overthrow / oust / remove, or an ASSAULT / COERCE / THREATEN verb: "sent troops to
    Panama to remove Noriega") vetoes it; with no partner named, the destination keeps its MOBILIZE
    reading (the state they go to)."""
    lex, words = load_lexicon(), detection_lexicon()
    partner_nouns = set(words["friendly_destination_nouns"])
    own = {w.i for w in trigger.words}
    verbs = [target.head.head] + [w for w in trigger.words if w.pos_ in ("VERB", "AUX", "ADJ")]
    purposes = [c for v in verbs for c in v.children
                if c.dep_ in ("advcl", "xcomp") and c.i not in own and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    friendly = any(t.lemma_.lower() in partner_nouns for t in target.subtree)
    for purpose in purposes:
        goal = verb_lemma(purpose, lex)
        if goal in words["hostile_purpose_verbs"] or lex.verbs.get(goal, ("",))[0] in ("ASSAULT", "COERCE", "THREATEN"):
            return False
        if lex.verbs.get(goal, ("",))[0] == "AID" or any(t.lemma_.lower() in partner_nouns for t in purpose.subtree) \
                or (goal in words["capacity_purpose_verbs"] and any(
                    o.dep_ in ("dobj", "obj") and o.lemma_.lower() in words["capacity_nouns"] for o in purpose.children)):
            friendly = True
    return friendly

