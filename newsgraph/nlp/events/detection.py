"""Trigger matching: classifying a verb (``_classify_verb``, ``_match_trigger``), threats made,
own reports, question and embedding frames a candidate sits in. Builds on ``lexicon``,
``actor_phrases``, ``subjects``, ``conditions`` and ``senses``."""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import Callable, Iterable, Optional

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.coordination import first_conjunct
from newsgraph.nlp.doc_cache import doc_text
from newsgraph.nlp.paragraphs import capitals_line, heading_line
from newsgraph.nlp.types import Event
from newsgraph.resolve.actors import state_sectors

from newsgraph.nlp.events.lexicon import (ACTOR_ENT_LABELS, AGREEMENT_STANCES, EVENT_WORDS, FORCE_NOUNS, Lexicon,
                                          PASSIVE_SUBJECT_DEPS, POSSESSIVE_PRONOUNS, RELATIVE_TAGS, SANCTION_KIND,
                                          SUBJECT_DEPS, TRANSFER_VERBS, Trigger, detection_lexicon, load_lexicon)
from newsgraph.nlp.events.actor_phrases import (_actor_inside, _children, _is_actor, _preps, _with_clause_partner,
                                                joined_detection_words, noun_lemma, verb_lemma)
from newsgraph.nlp.events.subjects import (_antecedent, _is_person, _listed_gerund, _noun_infinitive, _passive_agent,
                                           _subject)
from newsgraph.nlp.events.conditions import (_decided_in_past, _denial, _hedged_performative, _is_hostile_noun,
                                             _is_reporting, _misread_stance_verb, _obligation_modal, _semi_modal,
                                             _shared_view, _stance_kind, _told_as_done, goods_of)
from newsgraph.nlp.events.senses import (HELD_STANCE, HELD_STANCE_RESOLVE, HOLDING_TO_ACCOUNT, MATERIAL_SUPPORT, SUPPORT_BY_WORK, VOWED_ACCOUNTABILITY, _mode_of, _object_noun,
                                         _sanction_kind, _sanctioned_exchange, _shared_object, _verb_sense,
                                         _world_at_large, held_stance, infinitive_noun, stance_party)


def _with_purpose_clause(predicate: Token) -> bool:
    """The infinitive of a "with X to V" misparse ("spoke with X to discuss ..."): the purpose of
    the verb "with" hangs on, whose subject it shares (``_with_clause_partner``)."""
    prep = predicate.head
    return predicate.dep_ == "pcomp" and prep.dep_ == "prep" and prep.head.pos_ == "VERB" \
        and _with_clause_partner(prep, [predicate]) is not None


# the explanation's source rule of a passive that names no agent ("X is being designated
# pursuant to E.O. 14024"); the linker gives such an act the publishing state (linking/checks.py)
AGENTLESS = "none (agentless passive)"

HARM_CAUSE_RULE = "doer of the hostile act that caused the harm (agentless passive)"

# the target rule of a place "in" X taken as the target ("curfew in X")
PLACE_IN_RULE = "place 'in' as target"
# PLOVER COERCE modes of a measure laid on everyone in an area: "curfew" (Impose curfew),
# "martial-law" (Impose state of emergency or martial law), "restrict" (Impose restrictions on
# political freedoms or movement, including cordoning off areas)
POPULATION_MEASURE_MODES = frozenset({"curfew", "martial-law", "restrict"})

# the explanation's source rule of an obligation told in the text's own words, outside any
# reporting verb ("Iran must cooperate with the IAEA"): the writer demands it; the linker gives it
# the publishing state when the release is a state institution's own (linking/checks.py)
WRITER = "none (the writer's own obligation)"

# the explanation's source rule of a warning of consequences told in the text's own words, outside
# any reporting verb or statement ("Should Iran attack ..., Iran will face severe consequences"):
# the writer warns; the linker gives it the publishing state in a state institution's own release
WRITER_WARNING = "none (the writer's own warning)"

# the explanation's source rule of the subjectless infinitive of an extraposed "it is a pleasure /
# an honor to V" ("It's a pleasure to welcome the prime minister here"): the one whose pleasure it
# is does the act, in direct speech the speaker; the linker gives it the person speaking there
# (linking/speakers.py, as for "I"); a hosted visit's host (CONSULT/visit: the host is the recipient)
SPEAKER_EXPERIENCER = "none (the speaker: 'it is a pleasure to V')"


# verbs of the CAMEO MOBILIZE synset that also "rally support" (CAMEO 053) when their object is
# allies, partners or a coalition rather than forces (PETRARCH2: RALLY, MOBILISE, MARSHAL, MUSTER)
RALLY_SYNONYMS = frozenset({"mobilize", "mobilise", "marshal", "muster"})

FIGURATIVE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "AID", "SANCTION", "THREATEN"})

# PLOVER types of force or pressure that act on an actor (ASSAULT harms people or property; COERCE,
# SANCTION, MOBILIZE and THREATEN are aimed at someone): an ill fought is no recipient
FORCE_ON_ACTOR_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "THREATEN"})


def _classify_verb(token: Token, lex: Lexicon) -> Optional[tuple[str, Optional[str], str, list[Token], float]]:
    """(type, mode, rule, trigger words, confidence) for a content verb, else None: the sense of
    the verb (`_verb_sense`) checked against the class of its object (`_object_class_sense`)."""
    found = _verb_sense(token, lex)
    return _object_class_sense(token, found, lex) if found is not None else None


def _message_addressed(token: Token) -> bool:
    """Whether a verb of sending names who its message goes to (a dative or "to" phrase) other than
    the world at large (``_world_at_large``: "sent a message to the world")."""
    for child in _children(token, ("dative",)):
        if child.lower_ != "to":
            return True  # "sent him a message"
        if not any(o.dep_ == "pobj" and _world_at_large(o) for o in child.children):
            return True
    to = _preps(token).get("to")
    return to is not None and not _world_at_large(to)


def _signal_sent_by_act(token: Token, objects: list[Token], lex: Lexicon) -> bool:
    """Whether a message or signal (event_detection.yaml signal_nouns) is sent by an act rather
    than an actor: "The OAS action today sends a clear message to the Kremlin", "His arrest and
    extradition sent a strong signal", "these efforts collectively send a strong signal": the act
    is the action, told where it happens; CAMEO "SEND + MESSAGE" (040) has an actor as sender."""
    if token.lemma_.lower() not in TRANSFER_VERBS or not any(
            o.lemma_.lower() in detection_lexicon()["signal_nouns"] for o in objects):
        return False
    subjects = _children(token, tuple(SUBJECT_DEPS))
    if not subjects:
        return False
    subject = subjects[0]
    if subject.pos_ == "PRON":
        return subject.lower_ in ("this", "that", "these", "those")  # "this sends a message": the act told before
    return subject.pos_ == "NOUN" and subject.ent_type_ == "" and not _is_actor(subject, lex, allow_pronoun=False)


def _act_helps(token: Token, lex: Lexicon) -> bool:
    """Whether a verb of helping (event_detection.yaml helping_verbs) has an act or a thing as its
    own subject: "The ROK's announcement of economic actions against Russia will help defend the
    freedom ... of Ukraine", "U.S. assistance helps improve food security": WordNet help.v.02
    "contribute to the furtherance of", no aid given by anyone (PLOVER AID has an actor giving;
    the act itself, where it is one, is told apart)."""
    if token.lemma_.lower() not in detection_lexicon()["helping_verbs"]:
        return False
    subjects = _children(token, tuple(SUBJECT_DEPS))
    if not subjects:
        return False
    subject = subjects[0]
    return subject.pos_ == "NOUN" and subject.ent_type_ == "" and not _is_actor(subject, lex, allow_pronoun=False)


# persons a bare verb of sending moves (no CAMEO 07 pattern: SEND takes &AID, &MILITARY, teams,
# observers, volunteers, money and goods; a delegation or envoy is CAMEO 042/043)
SENT_PERSON_WORDS = EVENT_WORDS.sent_person_words


def _person_sent(token: Token, rule: str, objects: list[Token]) -> bool:
    """Whether a bare verb of sending ("verb 'send'") moves a person somewhere ("she was first sent
    to the ship", "sending his people off to be killed", "She was eventually sent to Rehabilitation
    Project Force"): a person moved, nothing given, no AID (CAMEO's SEND patterns for aid name
    &AID, &MILITARY, teams, observers, volunteers, money or goods)."""
    if token.lemma_.lower() != "send" or not rule.startswith("verb "):
        return False
    sent = [o for o in objects if o.dep_ in ("dobj", "obj", "nsubjpass")]
    return bool(sent) and all(o.lower_ in SENT_PERSON_WORDS or o.lemma_.lower() in SENT_PERSON_WORDS
                              or (o.ent_type_ == "PERSON" and o.pos_ == "PROPN") for o in sent)


def _own_joint_work(token: Token, lex: Lexicon) -> bool:
    """Whether a verb of praise has as object joint work of its own parties (event_detection.yaml
    joint_work_nouns): conjoined subjects welcoming "the coordination between" two sides ("Nuland
    and Mora welcomed the coordination between the United States and the European Union"), or
    "our" / "their" work together ("highlighted our close cooperation"): the content of the
    parties' meeting, no praise of another actor (PLOVER SUPPORT is toward another actor)."""
    words = detection_lexicon()
    if token.lemma_.lower() not in words["joint_work_praise_verbs"]:
        return False  # "upgraded their diplomatic ties": the relation itself changed (SUPPORT/relations)
    obj = next(iter(_children(token, ("dobj", "obj"))), None)
    if obj is None or obj.lemma_.lower() not in words["joint_work_nouns"]:
        return False
    if any(c.dep_ == "poss" and c.lower_ in ("our", "their") for c in obj.children) and "with" not in _preps(obj):
        return True  # "our close cooperation"; "our cooperation with Ukraine" names a partner
    subjects = _children(token, tuple(SUBJECT_DEPS))
    parties = _preps(obj).get("between") or _preps(obj).get("among")
    # two sides as subject, also where the parser hung the first on the second's title
    # ("Under Secretary Nuland and Deputy Secretary General Mora": Nuland an nmod)
    return bool(subjects) and parties is not None and any(
        w.dep_ == "cc" and w.lower_ == "and" for w in subjects[0].subtree)


def _object_class_sense(token: Token, found: tuple, lex: Lexicon) -> Optional[tuple]:
    """Check trigger-sense (object class): the CAMEO patterns of force, coercion and aid take
    people, places, goods, money or weapons as objects; an abstract object makes the verb
    figurative ("capturing the imagination", "give the Administration additional means to ...")
    and a message sent to nobody is a signal, no consultation ("sent a very strong message by
    being here"). Two object classes re-sense the verb: rallying actors (an object) is CAMEO 053
    "rally support on behalf of" (PLOVER SUPPORT), rallying without one stays PROTEST; an attack
    by cyber means is PLOVER COERCE mode cyber ("cyber attacks and crime, including hacking").
    Frames re-sense too: an attack in words is CAMEO 111 criticism (``_verbal_attack``), a
    military force on the move CAMEO 154 mobilization (``_moving_force``), information sought on
    a party an inquiry into it (``_information_topic``), hosting someone one shelters CAMEO 075
    asylum (``_sheltering_partner``)."""
    event_type, mode, rule, words, confidence = found
    if rule.startswith(MATERIAL_SUPPORT) or rule.startswith(SUPPORT_BY_WORK):
        # the effort backed is abstract, the backing material (``_material_effort_backed``, the
        # work of people on the ground: ``senses._support_by_work``)
        return found
    objects = _children(token, ("dobj", "obj", "nsubjpass"))  # the thing acted on or given; not the recipient
    if token.dep_ == "acl" and token.head.pos_ == "NOUN":
        objects.append(token.head)  # "the imagination captured by ...": the participle's noun
    # the object shared with a verb conjoined after it counts for the class ("capture and store
    # biometric and personal data": the parser hangs it on "store")
    shared = _shared_object(token) if not objects else None
    classed = objects + [shared] if shared is not None else objects
    abstract = [o for o in classed if (o.lemma_.lower() in lex.abstract_objects or o.lower_ in lex.abstract_objects)
                and o.ent_type_ == ""]
    concrete = [o for o in classed if o not in abstract and o.pos_ in ("NOUN", "PROPN")]
    if abstract and not concrete and (event_type in FIGURATIVE_TYPES or (mode or "").startswith("aid")):
        return None
    first = next(iter(_children(token, ("dobj", "obj"))), None)
    if event_type in lex.condition_types and first is not None and first.ent_type_ not in ("GPE", "NORP") \
            and {first.lemma_.lower(), first.lower_} & lex.condition_objects:
        return None  # "threaten the peace and stability of the Taiwan Strait": endangered, no threat made
    if event_type in FORCE_ON_ACTOR_TYPES and _scourge_object(token, lex) is not None:
        return None  # "fight COVID-19", "beating the overdose epidemic": an ill fought, no actor
    if event_type == "CONCEDE" and _permitted_measure(token, lex) is not None:
        return None  # "to allow for the imposition of future restrictions": no easing
    if event_type == "ASSAULT" and _fight_for_cause(token):
        return None  # "we'll fight for American workers": a cause, no opponent
    if event_type == "ASSAULT" and _fight_against_assault(token, lex):
        return None  # "as Ukraine fights against Russia's brutal assault": defence, as "defends against"
    if _instrument_for_purpose(token, event_type):
        return None  # "using these systems to push back Russian aggression": the purpose is the act
    if event_type == "CONSULT" and abstract and token.lemma_.lower() in TRANSFER_VERBS \
            and not _message_addressed(token):
        return None  # a message sent to nobody, or "to the world" (a figure: no party is met or called)
    if event_type == "AID" and _act_helps(token, lex):
        return None  # "The ROK's announcement of economic actions will help defend ...": an act contributes
    if event_type == "CONSULT" and _signal_sent_by_act(token, objects, lex):
        return None  # "The OAS action today sends a clear message to the Kremlin": a metaphor
    if event_type == "AID" and _person_sent(token, rule, objects):
        return None  # "she was first sent to the ship": a person moved, nothing given (no CAMEO 07 pattern)
    if event_type == "SUPPORT" and _own_joint_work(token, lex):
        return None  # "Nuland and Mora welcomed the coordination between the U.S. and the EU"
    verbal = _verbal_attack(token, event_type, words) if event_type == "ASSAULT" else None
    if verbal is not None:
        return "DISAPPROVE", "criticize", f"CAMEO 111 verbal attack ({verbal})", words, confidence
    # (also CAMEO 138's "intensify + attack" read as THREATEN: "intensified its attacks on human rights")
    assailed = _abstract_assailed(token, words) if event_type in ("ASSAULT", "THREATEN") else None
    if assailed is not None and assailed.lemma_.lower() in detection_lexicon()["assailed_liberties"]:
        return "COERCE", "repress", f"attack on liberties '{assailed.lower_}' (PLOVER COERCE repression)", words, confidence
    if assailed is not None:
        return None  # "an assault on the truth": a figure of speech, no use of force
    repressed = _civil_society_repressed(token, words, event_type, lex, ("ASSAULT", "THREATEN"))
    if repressed is not None:
        return (*REPRESSION, f"attacks on civil society '{repressed}' by its rulers (PLOVER COERCE repression)",
                words, confidence)
    if event_type == "ASSAULT" and _campaign_to_persuade(token, words, lex):
        return None  # "launched an aggressive campaign to persuade users": CAMEO LAUNCH + CAMPAIGN 020, no force
    mover = _moving_force(token, event_type)
    if mover is not None:
        kind = "weapons" if noun_lemma(mover) in detection_lexicon()["moving_force_weapons"] else "troops"
        return "MOBILIZE", kind, f"{MOVING_FORCE} {token.lemma_.lower()}' (mover '{mover.lemma_}')", \
            [token], confidence
    if event_type == "DEMAND" and _information_topic(token) is not None:
        return "INVESTIGATE", None, f"CAMEO 0214/090 '{token.lemma_.lower()} information on' (a topic, no addressee)", \
            words, confidence
    sheltering = _sheltering_partner(token, event_type, mode)
    if sheltering == "host":
        return "AID", "asylum", f"CAMEO 075 '{token.lemma_.lower()}' + shelter (grant asylum)", words, confidence
    if sheltering == "shelter":
        return None  # "hosting and sheltering X": the hosting verb carries the one act
    rallying = token.lemma_.lower()
    if (rallying == "rally" and event_type == "PROTEST") or (rallying in RALLY_SYNONYMS and event_type == "MOBILIZE"):
        # "rallied the global community ... to place controls": the parser may hang the object
        # on the purpose clause as its subject
        direct = _children(token, ("dobj", "obj")) or [
            s for c in _children(token, ("ccomp", "xcomp")) for s in _children(c, ("nsubj",))]
        rallied = direct[0].lemma_.lower() if direct else ""
        if direct and rallied not in FORCE_NOUNS and (rallied in lex.rally_objects or (
                rallying == "rally" and _is_actor(direct[0], lex, allow_pronoun=False))):
            purpose = next((c for c in token.children if c.dep_ in ("xcomp", "ccomp", "advcl") and c.pos_ == "VERB"
                            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
            if purpose is not None and lex.verbs.get(verb_lemma(purpose, lex), (None,))[0] not in ("SUPPORT", "AID") \
                    and not any(o.lemma_.lower() in detection_lexicon()["rally_support_objects"]
                                for o in _children(purpose, ("dobj", "obj"))):
                # "rallied the global community ... to place international controls": others urged
                # to take an act of their own, not support rallied on someone's behalf (CAMEO 053
                # "rally support on behalf of"; "rally 141 countries to support a resolution" and
                # "mobilized our partners to stand up surge support" keep it)
                return None
            return "SUPPORT", "rally", f"CAMEO 053 '{rallying}' + actor '{direct[0].lemma_}'", words, confidence
    detention = _sent_to_detention(token, event_type)
    if detention is not None:
        return "COERCE", "arrest", f"CAMEO 173 '{token.lemma_.lower()}' + to &DETENTION '{detention.lemma_.lower()}'", \
            words, confidence
    if event_type == "COERCE" and _dealing_partner(token, lex) is not None:
        return "SANCTION", "discontinue", f"{DEALING_BAN} '{token.lemma_.lower()}'", words, confidence
    if event_type in ("COERCE", "PROTEST") and _denied_access(token) is not None:
        return "SANCTION", "discontinue", f"{DENIED_ACCESS} '{token.lemma_.lower()}'", words, confidence
    if event_type == "COERCE" and mode in ("restrict", "ban", None):
        kind = _sanction_kind([w for w in words if w.i != token.i] + objects)
        if kind is not None:
            # "imposed visa restrictions on 100 officials", "imposing export controls": PLOVER
            # SANCTION 'discontinue' ("International (political or economic) sanctions"), not
            # COERCE's restrictions on political freedoms or movement
            return "SANCTION", "discontinue", f"{rule} + {SANCTION_KIND} '{kind.lower_}'", words, confidence
        exchange = _sanctioned_exchange(token, mode)
        if exchange is not None:
            return "SANCTION", "discontinue", f"{rule} + exchange stopped '{exchange.lower_}'", words, confidence
    if event_type == "ASSAULT":
        joint = _joint_defensive_operation(token, list(words) + objects, lex)
        if joint is not None:
            # "conducted defensive cyber operations alongside Ukrainian Cyber Command personnel": an
            # operation of defence or a joint one run with a partner and against no one named is
            # cooperation with that partner (codebook SUPPORT: "Military cooperation or defense should
            # be coded as COOPERATE with a military context"; COOPERATE: "joint military games and
            # maneuvers"), no force used on anyone (CAMEO 190) nor a cyber attack (COERCE cyber)
            return "COOPERATE", "military", f"{rule} + {joint[0]} operation {joint[1]} partner", words, confidence
        agent = _passive_agent(token)
        cue = _cyber_means([token] + list(words) + objects + ([agent] if agent is not None else []), lex)
        if cue is not None:
            return "COERCE", "cyber", f"{rule} + cyber means '{cue.lower_}'", words, confidence
    if event_type == "MOBILIZE":
        # "cyber operators have deployed multiple families of destructive wiper malware on Ukrainian
        # networks": a cyber means put to use is a cyber operation (PLOVER COERCE cyber), no force posture
        cue = next((w for o in objects for w in o.subtree
                    if w.lower_ in lex.cyber_words or w.lemma_.lower() in lex.cyber_words), None)
        if cue is not None:
            return "COERCE", "cyber", f"{rule} + cyber means '{cue.lower_}' deployed", words, confidence
    return found


def _joint_defensive_operation(token: Token, words: list, lex: Lexicon) -> Optional[tuple]:
    """(modifier, preposition) of an operation noun (event_detection.yaml joint_operation_nouns) that
    is defensive or joint (joint_operation_modifiers) and run with a partner actor (a "with",
    "alongside", "together with" phrase on the verb or the noun), with no adversary named ("against",
    "on", "at" phrase, or an object that is an actor); None otherwise ("defensive operations against
    Russian forces" stays force)."""
    vocab = detection_lexicon()
    nouns = [w for w in words if w.pos_ == "NOUN" and w.lemma_.lower() in vocab["joint_operation_nouns"]]
    if not nouns:
        return None
    noun = nouns[0]
    modifier = next((c.lower_ for c in noun.doc[noun.left_edge.i:noun.i]  # "defensive cyber operations"
                     if c.dep_ in ("amod", "compound") and c.lower_ in vocab["joint_operation_modifiers"]), None)
    if modifier is None:
        return None
    preps = [c for h in (token, noun) for c in h.children if c.dep_ == "prep"]
    if any(p.lower_ in ("against", "on", "at") for p in preps):
        return None
    for prep in preps:
        word = prep.lower_
        if word == "with" and prep.i > 0 and prep.nbor(-1).lower_ in ("together", "along"):
            word = f"{prep.nbor(-1).lower_} with"
        if word not in ("with", "alongside", "together with", "along with"):
            continue
        if any(o.dep_ == "pobj" and (_is_actor(o, lex, allow_pronoun=False) or any(
                w.ent_type_ in ("ORG", "GPE", "NORP") for w in o.subtree)) for o in prep.children):
            return modifier, word  # (a body's people: "alongside Ukrainian Cyber Command personnel")
    return None


def _verbal_attack(token: Token, event_type: str, words: Iterable[Token]) -> Optional[str]:
    """The cue that makes an attack verbal ("a *scathing* attack", "attacked him *in an
    interview*", "launched a strong attack on the president *and questioned* his motives",
    "attacked the government's *policy*"), else None: CAMEO 111 criticize or denounce, not force
    (lexicon: event_detection.yaml verbal_attack_*)."""
    lex = detection_lexicon()
    nouns = [w for w in words if w.pos_ == "NOUN" and w.lemma_.lower() in lex["verbal_attack_nouns"]]
    if not nouns and token.lemma_.lower() not in lex["verbal_attack_nouns"]:
        return None
    nodes = [token, *nouns]
    for node in nodes:
        for c in node.children:
            if c.dep_ in ("amod", "advmod") and c.lower_ in lex["verbal_attack_modifiers"]:
                return f"'{c.lower_}'"
        for prep in ("in", "during", "through", "via"):
            medium = _preps(node).get(prep)
            if medium is not None and noun_lemma(medium) in lex["verbal_attack_media"]:
                return f"'{prep} {medium.lower_}'"
        for prep in ("on", "against"):
            target = _preps(node).get(prep)
            if target is not None and noun_lemma(target) in lex["verbal_attack_objects"]:
                return f"'{prep} {target.lower_}'"
    for obj in _children(token, ("dobj", "obj")):
        if obj not in nouns and noun_lemma(obj) in lex["verbal_attack_objects"]:
            return f"object '{obj.lower_}'"
    # the medium as the attacker: "Freedom Magazine, which attacked high-ranking defectors", "an
    # editorial attacked the minister" (a relative pronoun stands for the noun it follows)
    for subject in _children(token, ("nsubj",)):
        if subject.lower_ in ("which", "that") and token.dep_ == "relcl":
            subject = token.head
        if noun_lemma(subject) in lex["verbal_attack_media"] or subject.lower_ in lex["verbal_attack_media"] \
                or any(w.lower_ in lex["verbal_attack_media"] for w in subject.lefts if w.dep_ == "compound"):
            return f"medium '{subject.lower_}' as attacker"
    # a coordinated verb of criticism makes a verbal attack only of a person or an actor that is
    # no place: "attacked the town and condemned the government" is force and criticism
    attacked = _children(token, ("dobj", "obj")) + [
        o for n in nodes for p, o in _preps(n).items() if p in ("on", "against")]
    if not any(a.ent_type_ not in ("GPE", "LOC", "FAC") and (_is_person(a) or _is_actor(a, load_lexicon(), allow_pronoun=True))
               for a in attacked):
        return None
    for conj in _children(token, ("conj",)):
        if conj.pos_ == "VERB" and conj.lemma_.lower() in lex["verbal_attack_speech_verbs"] \
                and not _children(conj, ("nsubj", "nsubjpass")):
            return f"and '{conj.lemma_.lower()}'"
    return None


def _abstract_assailed(token: Token, words: Iterable[Token]) -> Optional[Token]:
    """The abstraction an attack is made on ("the regime's attacks on human rights and fundamental
    freedoms", "attacked democracy", "an assault on the truth": the object or the "on / against"
    phrase of the attack verb or noun), else None: force is used on people, places and things, so
    such an attack is figurative (lexicon: event_detection.yaml assailed_liberties,
    assailed_abstractions)."""
    lex = detection_lexicon()
    abstractions = lex["assailed_liberties"] | lex["assailed_abstractions"]
    nouns = [w for w in words if w.pos_ == "NOUN" and w.lemma_.lower() in lex["verbal_attack_nouns"]]
    if not nouns and token.lemma_.lower() not in lex["verbal_attack_nouns"]:
        return None
    # (the object of a light or aspectual verb is the attack noun itself: "intensified its attacks on")
    assailed = [o for o in _children(token, ("dobj", "obj")) if all(o.i != n.i for n in nouns)] + [
        o for n in [token, *nouns] for p, o in _preps(n).items() if p in ("on", "against")]
    if not assailed:
        return None
    # every conjunct must be abstract: "attacks on civilians and their rights" is force; an act
    # noun conjoined ("attacks on human rights and repression of civil society") is an act of its own
    acts = load_lexicon().nouns
    heads = [a for first in assailed for a in [first, *first.conjuncts] if a.i == first.i or noun_lemma(a) not in acts]
    if all(noun_lemma(a) in abstractions for a in heads):
        return heads[0]
    return None


def _modifier_words(noun: Token) -> list[Token]:
    """The compounds and adjectives before ``noun`` with their own modifiers ("human rights" of
    "human rights defenders"), in text order."""
    return sorted((t for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i for t in c.subtree),
                  key=lambda t: t.i)


def _phrase_words(noun: Token) -> str:
    """The noun with the compounds and adjectives before it ("faith leaders", "independent journalists")."""
    return " ".join(t.text for t in [*_modifier_words(noun), noun])


def _civil_society_people(noun: Token) -> bool:
    """Whether ``noun`` names people of a society's civil life that those in power repress: a Phoenix
    agent of a civil-society sector (event_detection.yaml civil_society_sectors: "journalists",
    "clergy", "activists", "NGOs") or one of civil_society_people ("faith leaders", "human rights
    defenders", "critics")."""
    from newsgraph.resolve.actors import agent_sector
    words = detection_lexicon()
    phrase = _phrase_words(noun)
    code = agent_sector(phrase)
    if code is not None and code.sector in words["civil_society_sectors"]:
        return True
    lemmas = " ".join([*(t.lower_ for t in _modifier_words(noun)), noun.lemma_.lower()])
    return any(lemmas == entry or lemmas.endswith(" " + entry) for entry in words["civil_society_people"])


# the (type, mode) an attack on civil society by its own rulers is re-sensed to (``_civil_society_repressed``)
REPRESSION = ("COERCE", "repress")


def _civil_society_repressed(token: Token, words: Iterable[Token], event_type: str, lex: Lexicon,
                             types: tuple[str, ...] = ("ASSAULT",)) -> Optional[str]:
    """The people repressed (text) when an act of one of ``types`` is a state's rulers' attack on
    their own civil society (``_civil_society_assailed``), else None: the act is then PLOVER COERCE
    repress (``REPRESSION``), not force. The one switch of the verb senses (here, for ASSAULT and
    THREATEN: "intensified its attacks on journalists"), the event-noun frames and the onset frames
    ("The government's attacks on independent journalists have intensified")."""
    return _civil_society_assailed(token, words, lex) if event_type in types else None


def _civil_society_assailed(token: Token, words: Iterable[Token], lex: Lexicon) -> Optional[str]:
    """The people attacked (text) when an "attack(s)" noun is a state's rulers' repression of their
    own civil society, else None: "the Nicaraguan regime has increased its attacks on faith
    leaders", "the government's attacks on independent journalists". PLOVER COERCE is "repression
    ... or coercive uses of power falling short of violence", and its repression context names the
    unarmed people it targets ("citizens, social or ethnic groups, ... journalists, or NGOs"); CAMEO
    17 "coerce" covers repression short of force. All of these must hold:

    * the noun (event_detection.yaml repression_attack_nouns) has an "on" / "against" phrase whose
      every conjunct is civil society (``_civil_society_people``) or a liberty (assailed_liberties);
    * the attacker (the noun's possessor, or for "its" the subject of the verb the noun is the object
      of) is a state's governing body (a Phoenix agent of a state sector: "regime", "government",
      "authorities");
    * no other state is named for the people ("the Russian government's attacks on Ukrainian
      journalists" stay force), and nothing in the sentence is physical violence: no other verb or
      noun the lexicon types ASSAULT ("attacked and beaten", "killed"), no violence word
      (repression_violence_words: "violent", "lethal", "gunmen"). Those keep ASSAULT."""
    from newsgraph.resolve.actors import agent_sector
    from newsgraph.resolve.countries import lookup_country
    d = detection_lexicon()
    nouns = [w for w in [token, *words] if w.pos_ == "NOUN" and w.lemma_.lower() in d["repression_attack_nouns"]]
    if not nouns:
        return None
    noun = nouns[0]
    assailed = [o for p, o in _preps(noun).items() if p in ("on", "against")]
    people = [a for first in assailed for a in [first, *first.conjuncts] if a.pos_ in ("NOUN", "PROPN")]
    # (a liberty or institution conjoined, "political opponents and the independent press", is
    # repressed as well: ``_abstract_assailed``)
    liberties = d["assailed_liberties"]
    if not people or not all(_civil_society_people(a) or noun_lemma(a) in liberties for a in people) \
            or all(noun_lemma(a) in liberties for a in people):
        return None
    people = [a for a in people if noun_lemma(a) not in liberties]
    attacker = next((c for c in noun.children if c.dep_ == "poss"), None)
    if (attacker is None or attacker.pos_ == "PRON") and noun.i != token.i and noun.head.i == token.i:
        attacker = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if attacker is None or attacker.pos_ == "PRON":
        return None
    code = agent_sector(_phrase_words(attacker))
    if code is None or code.sector not in state_sectors():
        return None
    rulers = {lookup_country(t.text) for t in attacker.subtree if t.ent_type_ in ("GPE", "NORP")} - {None}
    for person in people:
        states = {lookup_country(t.text) for t in person.subtree if t.ent_type_ in ("GPE", "NORP")} - {None}
        if states - rulers:
            return None
    trigger_words = {w.i for w in [token, *words]}
    violence = set(d["repression_violence_words"])
    for other in noun.sent:
        if other.i in trigger_words or other.i == noun.i:
            continue
        lemma = other.lemma_.lower()
        if lemma in violence or (other.pos_ == "VERB" and lex.verbs.get(lemma, ("",))[0] == "ASSAULT") \
                or (other.pos_ == "NOUN" and lex.nouns.get(lemma, ("",))[0] == "ASSAULT"):
            return None
    return " and ".join(_phrase_words(p) for p in people)


def _campaign_to_persuade(token: Token, words: Iterable[Token], lex: Lexicon) -> bool:
    """"Microsoft has launched an aggressive campaign to persuade users to stop using IE6": a
    campaign noun with a purpose infinitive of no force act and no military qualifier is a drive
    to persuade (CAMEO LAUNCH + CAMPAIGN [020]; only {&MILITARY CAMPAIGN} [190] and {AIR CAMPAIGN}
    [195] are force). Lexicon: event_detection.yaml campaign_nouns, force_qualifiers."""
    words_ = detection_lexicon()
    campaigns = [w for w in [token, *words] if w.pos_ == "NOUN" and w.lemma_.lower() in words_["campaign_nouns"]]
    for campaign in campaigns:
        if any(c.dep_ in ("amod", "compound", "nmod") and c.lemma_.lower() in words_["force_qualifiers"]
               for c in campaign.children):
            continue
        purposes = [c for c in campaign.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        if purposes and all(lex.verbs.get(p.lemma_.lower(), ("",))[0] not in ("ASSAULT", "COERCE", "MOBILIZE")
                            for p in purposes):
            return True
    return False


MOVING_FORCE = "CAMEO 154 '&MILITARY"


def _moving_force(token: Token, event_type: str) -> Optional[Token]:
    """The military force that moves, where a verb of motion read as a visit has one as its mover
    ("3,000 U.S. forces headed to Poland": the participle's noun; "warships sailed to the
    strait": the subject), else None: CAMEO 154 "&MILITARY MOVE TO", PLOVER MOBILIZE (lexicon:
    event_detection.yaml moving_force_verbs, moving_force_nouns, civilian_mover_modifiers)."""
    lex = detection_lexicon()
    if event_type != "CONSULT" or token.lemma_.lower() not in lex["moving_force_verbs"]:
        return None
    if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
        mover = token.head
    else:
        subject, passive = _subject(token)
        mover = None if passive else subject
    if mover is None or noun_lemma(mover) not in lex["moving_force_nouns"]:
        return None
    if any(c.lower_ in lex["civilian_mover_modifiers"] for c in mover.children):
        return None  # "a commercial vessel", "the task force": no military force
    return mover


def _information_topic(token: Token) -> Optional[Token]:
    """X in "seeks information on X" with no one asked ("from"), else None: the party the
    information is about is its topic (CAMEO 0214 appeals to whoever knows), so the act is an
    inquiry into X (lexicon: event_detection.yaml information_nouns, information_topic_preps)."""
    lex = detection_lexicon()
    info = next((o for o in _children(token, ("dobj", "obj")) if noun_lemma(o) in lex["information_nouns"]), None)
    if info is None or "from" in _preps(token) or "from" in _preps(info):
        return None
    for node in (info, token):
        for prep in lex["information_topic_preps"]:
            topic = _preps(node).get(prep)
            if topic is not None:
                return topic
    return None


def _sheltering_partner(token: Token, event_type: str, mode: Optional[str]) -> Optional[str]:
    """"host" where a hosting verb is coordinated with a verb of sheltering ("By hosting and
    sheltering the leader of al Qa'ida"), "shelter" for that sheltering verb, else None (CAMEO 075
    SHELTER: grant asylum; lexicon: event_detection.yaml sheltering_verbs, plover_frames.yaml
    hosting_verbs)."""
    lex = detection_lexicon()
    linked = [*_children(token, ("conj",))] + ([token.head] if token.dep_ == "conj" else [])
    lemmas = {t.lemma_.lower() for t in linked if t.pos_ == "VERB"}
    if event_type == "CONSULT" and mode == "host" and lemmas & lex["sheltering_verbs"]:
        return "host"
    if token.lemma_.lower() in lex["sheltering_verbs"] and lemmas & {"host", "receive"}:
        return "shelter"
    return None


def _permitted_measure(token: Token, lex: Lexicon) -> Optional[Token]:
    """The hostile measure or ill a verb of permission lets happen ("allow for the imposition of
    future restrictions", "permits sanctions", "allowed corruption and impunity to reign"), else
    None: a permission read as CONCEDE eases a restriction on someone, and these ease nothing
    (lexicon: event_detection.yaml permission_verbs, measure_act_nouns; plover_frames.yaml
    scourge_objects; hostile nouns of the trigger lexicon)."""
    words = detection_lexicon()
    if token.lemma_.lower() not in words["permission_verbs"]:
        return None
    allowed = _children(token, ("dobj", "obj")) + [
        o for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for o in _children(c, ("pobj",))]
    # "allowed corruption and impunity to reign": the parser makes the allowed the infinitive's subject
    allowed += [s for c in token.children if c.dep_ in ("ccomp", "xcomp") for s in _children(c, ("nsubj",))]
    for noun in allowed[:1]:
        if noun.lemma_.lower() in words["measure_act_nouns"]:
            noun = _preps(noun).get("of", noun)
        if noun.pos_ == "NOUN" and (_is_hostile_noun(noun, lex) or noun.lemma_.lower() in lex.scourge_objects):
            return noun
    return None


def _fight_for_cause(token: Token) -> bool:
    """"we'll fight for American workers": a verb of fighting with a "for" phrase and no opponent
    (no object, no against / with / on phrase) fights for a cause (lexicon: event_detection.yaml
    cause_fight_verbs)."""
    if token.lemma_.lower() not in detection_lexicon()["cause_fight_verbs"]:
        return False
    preps = _preps(token)
    # "with" names the opponent only when an actor follows ("fought with rebels"), not a means
    # ("with every tool we have")
    partner = preps.get("with")
    opponent = partner is not None and (_is_actor(partner, load_lexicon(), allow_pronoun=True)
                                        or _actor_inside(partner, load_lexicon()) is not None)
    return "for" in preps and not opponent and not {"against", "on"} & set(preps) \
        and not _children(token, ("dobj", "obj"))


def _fight_against_assault(token: Token, lex: Lexicon) -> bool:
    """"as Ukraine fights with courage and pride against Russia's brutal and unprovoked assault": a
    verb of fighting (event_detection.yaml cause_fight_verbs) whose "against" names another party's
    assault, war or aggression (plover_triggers.yaml ASSAULT nouns, event_detection.yaml
    resisted_assault_nouns) with its own doer (a possessor or "by" phrase) tells a defence against
    that party's attack, as "defend itself against Russia's aggression" does (8 such "defend"
    clauses in the demo corpus, no event); the fighter is not the attacker of the assault's doer."""
    words = detection_lexicon()
    if token.lemma_.lower() not in words["cause_fight_verbs"]:
        return False
    opposed = _preps(token).get("against")
    if opposed is None:
        # "fights with courage and pride against ...": the parser hangs "against" on the manner noun
        manner = _preps(token).get("with")
        opposed = next((o for m in ([manner, *manner.conjuncts] if manner is not None else [])
                        for o in [_preps(m).get("against")] if o is not None), None)
    if opposed is None or opposed.pos_ != "NOUN":
        return False
    noun = noun_lemma(opposed)
    entry = lex.nouns.get(noun)
    if not ((entry and entry[0] == "ASSAULT") or noun in words["resisted_assault_nouns"]):
        return False
    return any(c.dep_ == "poss" and c.lower_ not in POSSESSIVE_PRONOUNS | {"our"} for c in opposed.children) \
        or any(c.dep_ == "prep" and c.lower_ == "by" for c in opposed.children)


def _instrument_for_purpose(token: Token, event_type: str) -> bool:
    """Check trigger-sense (instrument): "use / employ X to do Y" names the means of Y; the act is
    Y ("using these systems to push back Russian aggression" is no INVESTIGATE), except where using
    X is itself force (a weapon used: lexicon event_detection.yaml instrument_verbs,
    instrument_force_types)."""
    words = detection_lexicon()
    if token.lemma_.lower() not in words["instrument_verbs"] or event_type in words["instrument_force_types"]:
        return False
    return any(c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in token.children)


def _scourge_object(token: Token, lex: Lexicon) -> Optional[Token]:
    """The ill, danger or social problem a verb of force is aimed at ("fight COVID-19 and other
    emerging health threats", "combat corruption", "beating the overdose epidemic", "fight
    against corruption"), else None: its first direct object (or "against" object) when that is
    a scourge noun (lexicon: plover_frames.yaml scourge_objects) and no object names an actor."""
    objects = _children(token, ("dobj", "obj")) or [
        o for c in token.children if c.dep_ == "prep" and c.lower_ == "against" for o in _children(c, ("pobj",))]
    if not objects:
        return None
    first = objects[0]
    if not {first.lemma_.lower(), first.lower_} & lex.scourge_objects or first.ent_type_ in ("GPE", "NORP", "ORG"):
        return None
    if any(_is_actor(o, lex, allow_pronoun=False) and not {o.lemma_.lower(), o.lower_} & lex.scourge_objects
           for o in objects[1:] + list(first.conjuncts)):
        return None  # "fight corruption and the cartels": an actor is fought too
    return first


def _cyber_means(words: Iterable[Token], lex: Lexicon) -> Optional[Token]:
    """The word among ``words`` and their dependents that makes an attack a cyber operation
    ("ransomware operations", "DDoS attacks", "attacked by hackers"), else None."""
    for word in words:
        for w in [word, *word.children]:
            if w.lower_ in lex.cyber_words or w.lemma_.lower() in lex.cyber_words:
                return w
    return None


DEALING_BAN = "prohibition of dealings"


DENIED_ACCESS = "denial of access"


def _denied_access(token: Token) -> Optional[Token]:
    """The barred party X of "X will now be blocked from accessing critical U.S. technologies",
    "X is barred from obtaining ...": a passive prohibition (plover_frames.yaml prohibition_verbs,
    "block") whose "from" names getting goods or services (event_detection.yaml access_verbs); else
    None. PLOVER SANCTION discontinue ("curtail ... commercial or material exchanges"; CAMEO 16
    reduce relations), imposed on X, not an obstruction (PROTEST) nor a coercion of X's rights."""
    words = detection_lexicon()
    if token.lemma_.lower() not in words["access_denial_verbs"] or not any(c.dep_ == "auxpass" for c in token.children):
        return None
    access = _preps(token).get("from")
    # the parser may hang the gerund on its object as a modifier ("from [accessing] technologies")
    if access is None or not any(w.lemma_.lower() in words["access_verbs"] and (w.i == access.i or w.tag_ == "VBG")
                                 for w in [access, *_children(access, ("amod", "compound"))]):
        return None
    return next((c for c in token.children if c.dep_ == "nsubjpass"), None)


# the common nouns a state's own measure names its own persons by ("all U.S. persons", "American
# companies"): barred from dealing with X, they are the means of a sanction on X, not its target
OWN_PERSONS_NOUNS = frozenset({"person", "citizen", "national", "company", "entity", "individual", "firm",
                               "business", "institution"})


def _barred_dealing(token: Token, lex: Lexicon) -> Optional[Token]:
    """The dealing verb a prohibition bars: the "from" gerund of the passive ("[persons] are
    prohibited from engaging in ..."), or of the active whose object is a state's own persons
    (``OWN_PERSONS_NOUNS``: "We are prohibiting U.S. persons, wherever located, from providing
    ...", the "from" phrase perhaps hung by the parser on an interjected clause); else None."""
    if token.lemma_.lower() not in lex.prohibition_verbs:
        return None
    if any(c.dep_ == "auxpass" for c in token.children):
        dealing = _preps(token).get("from")  # the object of "from": "engaging in transactions with X"
    elif any(o.pos_ == "NOUN" and o.lemma_.lower() in OWN_PERSONS_NOUNS for o in _children(token, ("dobj", "obj"))):
        dealing = next((g for h in [token, *_children(token, ("advcl",))] for c in h.children
                        if c.dep_ == "prep" and c.lower_ == "from" for g in _children(c, ("pcomp",))), None)
    else:
        return None
    return dealing if dealing is not None and dealing.lemma_.lower() in lex.dealing_verbs else None


def _dealing_partner(token: Token, lex: Lexicon) -> Optional[Token]:
    """X in "[persons] are prohibited from engaging in transactions with X", "We are prohibiting
    U.S. persons from providing services to any person located in X" (``_barred_dealing``): the
    actor one's own persons are barred from dealing with (the sanctioned party), else None."""
    dealing = _barred_dealing(token, lex)
    if dealing is None:
        return None
    # a verb of prohibition takes no "to"/"with" complement of its own ("prohibit X from Y"), so
    # one hung on it after the barred gerund is the gerund's: the parser does so past a long
    # coordinated object ("from providing accounting, trust ..., and management consulting
    # services to any person located in X")
    stray = [c for c in token.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "with")
             and c.i > dealing.i]
    for word in [*dealing.subtree, *stray]:
        if (word.dep_ == "prep" and word.lower_ == "with") or (
                word.dep_ in ("prep", "dative") and word.lower_ == "to" and word.head.i in (dealing.i, token.i)):
            for partner in _children(word, ("pobj",)):
                actor = partner if _is_actor(partner, lex, allow_pronoun=False) else (
                    _actor_inside(partner, lex) or _located_in(partner, lex))
                if actor is not None:
                    return actor
    return None


def _located_in(noun: Token, lex: Lexicon) -> Optional[Token]:
    """The actor of the place a participle clause on ``noun`` puts it in ("any person *located in*
    the Russian Federation", "entities based in Iran"): dealings barred with whoever is there are a
    measure on that state; else None."""
    for clause in _children(noun, ("acl",)):
        for prep in clause.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                place = next((p for p in _children(prep, ("pobj",)) if _is_actor(p, lex, allow_pronoun=False)), None)
                if place is not None and place.ent_type_ in ACTOR_ENT_LABELS:
                    return place
    return None


def _needed_act_patient(actor: Token, predicate: Token) -> bool:
    """``actor`` sits inside the act a need noun of the predicate's object phrase names, not as that
    act's subject: "underscored the need to transition the MSS mission" (the mission), "emphasized
    the importance of protecting civilians" (civilians), "stressed the necessity of supporting
    Ukraine". The act's doer ("the need for Russia to withdraw") stays a party asked to act.
    Need nouns: event_detection.yaml emphasised_needs + emphasised_importance."""
    needs = joined_detection_words("emphasised_needs", "emphasised_importance")
    node = actor
    while node.head.i != node.i and node.i != predicate.i:
        head = node.head
        if node.pos_ in ("VERB", "AUX") and node.tag_ in ("VB", "VBG") and node.dep_ in ("acl", "pcomp", "pobj", "xcomp"):
            noun = head.head if head.dep_ == "prep" and head.lower_ == "of" else head
            if noun.lemma_.lower() in needs and predicate in noun.ancestors:
                return True
        if node.dep_ in SUBJECT_DEPS and head.pos_ in ("VERB", "AUX"):
            return False  # the doer of the act ("for Russia to withdraw"), no patient
        node = head
    return False


def _effort_aim_patient(actor: Token, predicate: Token, lex: Lexicon) -> Optional[Token]:
    """The unowned effort noun of the predicate's object phrase whose hostile aim ``actor`` sits in,
    not as the aim's subject, else None: "supports efforts to bring drug traffickers to justice"
    (the traffickers), "condemned efforts to undermine Moldova's sovereignty". Who is backed, joined
    or opposed in an effort is its owner ("Ukraine's efforts", "efforts by X": ``_effort_owner``),
    never the one the effort means to act against (an aim is no act done to anyone: check not-aim).
    The one a helping aim serves ("efforts to help Ukrainian refugees", "to rebuild Ukraine") is the
    party the act on the effort is for, and stays (``_hostile_aim``). Effort nouns:
    event_detection.yaml effort_nouns + aim_frame_nouns."""
    efforts = joined_detection_words("effort_nouns", "aim_frame_nouns")
    node, origin = actor, False
    while node.head.i != node.i and node.i != predicate.i:
        head = node.head
        # "the intent to provide $5 million from USAID": where what the aim moves comes from is no
        # party it serves, whatever the aim
        origin = origin or (node.dep_ == "prep" and node.lower_ == "from")
        if node.pos_ == "VERB" and _noun_infinitive(node):
            if head.lemma_.lower() in efforts and predicate in head.ancestors \
                    and not _effort_owner(head) and (origin or _hostile_aim(node, lex)):
                # (an owned effort is left to the owner search: "support their efforts to defend
                # their country", whose pronoun owner the aim restates)
                return head
        if node.dep_ in SUBJECT_DEPS and head.pos_ in ("VERB", "AUX"):
            return None  # the doer of the aim ("efforts for Russia to withdraw"), no patient
        node = head
    return None


def _effort_owner(effort: Token) -> bool:
    """Whether an effort noun names whose effort it is with a possessor ("Ukraine's efforts", "their
    efforts") or a "by" agent ("efforts by Germany"), the owners the owner search finds. A
    modifier ("police efforts") is left out: the search does not take it as the owner, so the
    aim's patient would take its place."""
    return any(c.dep_ == "poss" or (c.dep_ in ("prep", "agent") and c.lower_ == "by" and _children(c, ("pobj",)))
               for c in effort.children)


def _hostile_aim(verb: Token, lex: Lexicon) -> bool:
    """Whether an effort's aim acts against its patient, typed as ``_backed_hostile_act`` types a
    backed act: a trigger of a type outside the cooperative ones ("to sanction", "to attack"), a
    verb of setting a party apart (exclusion_verbs: "to isolate"), a verb of harming a party's
    standing the trigger lexicon leaves untyped (hostile_aim_verbs: "to undermine", "to abolish"),
    or a call to account ("to bring X to justice", "to hold X to account": accountability_goal_nouns).
    A helping aim ("to help", "to rebuild", "to provide aid to", "to stabilize") is not
    (event_detection.yaml)."""
    words = detection_lexicon()
    lemma = verb_lemma(verb, lex)
    if lemma in words["exclusion_verbs"] or lemma in words["hostile_aim_verbs"]:
        return True
    if any(o.lemma_.lower() in words["accountability_goal_nouns"]
           for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in _children(p, ("pobj",))):
        return True
    _inner, classified = _innermost_trigger(verb, lex)
    return classified is not None and classified[0] not in lex.cooperative


def _accused_phrase(actor: Token, accusation: Token, accused_preps) -> bool:
    """Whether ``actor``, found inside the object phrase of a legal accusation, is named by an
    accused preposition (``accused_preps``: "against", and "of" for an indictment): the nearest
    preposition above it is one of them; an "against" wherever the parser hung it ("charges of
    fraud against the minister", "a lawsuit with the court against the ministry"), an "of" only on
    the accusation noun itself ("an indictment of two officers", not "an indictment for the murder
    of a journalist"). A nearest "for" / "to" / "with" names a purpose, a court or a co-filer ("a
    suit for damages with the court")."""
    nearest = next((a for a in actor.ancestors if a.dep_ in ("prep", "agent")), None)
    if nearest is None or nearest.lower_ not in accused_preps:
        return False
    return nearest.lower_ == "against" or nearest.head.i == accusation.i


def _legal_accusation_noun(trigger: Trigger) -> Optional[Token]:
    """The accusation noun of a legal light-phrase trigger ("filed *charges*", "returned the
    *indictment*", "brought a *lawsuit*": event_detection.yaml legal_accusation_nouns, mode legal),
    else None."""
    if trigger.mode != "legal":
        return None
    nouns = detection_lexicon()["legal_accusation_nouns"]
    return next((w for w in trigger.words if w.pos_ == "NOUN" and noun_lemma(w) in nouns), None)


def _unaddressed_service(predicate: Token, lex: Lexicon) -> bool:
    """An AID verb whose object is neither aid, goods nor money and which names no recipient
    ("to" / "for" / "with" an actor): "provided safeguards", "provide security". (A verb that
    says what is given, AID with a mode, "finance" economic, is not asked.)"""
    obj = _object_noun(predicate)
    if obj is None or any(t.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY") or t.like_num
                          for t in obj.subtree if t.i <= obj.i):
        return False  # money or counted things given ("more than 6,750 devices")
    if any(t.lemma_.lower() in lex.aid_nouns or t.lemma_.lower() in lex.goods for t in obj.subtree) \
            or goods_of(obj, lex) is not None or noun_lemma(obj) in lex.nouns \
            or _is_actor(obj, lex, allow_pronoun=True):
        return False  # aid or goods named in the object ("humanitarian ... assistance"), or a helped actor
    if any(p in _preps(predicate) for p in ("to", "for", "with", "into")) or _children(predicate, ("dative",)) \
            or any(t.dep_ == "prep" and t.lower_ in ("to", "for") for t in obj.subtree):
        return False
    if any(_is_actor(s, lex, allow_pronoun=False) for c in predicate.children if c.dep_ in ("ccomp", "xcomp")
           for s in _children(c, SUBJECT_DEPS)):
        return False  # "helped Haitian security forces combat gangs": the helped is the clause's subject
    return True


OBLIGATION_RULE = " under obligation '"  # rule infix of the writer's DEMAND on one obliged (``_build_events``)


def _demand_on_obliged(event_type: str, rule: str) -> bool:
    """Whether an event of ``event_type`` read by ``rule`` is the DEMAND made of an obligation
    ("Hamas must release ...": the writer's demand on the one obliged; ``_build_events`` marks its
    rule with OBLIGATION_RULE)."""
    return event_type == "DEMAND" and OBLIGATION_RULE in rule


def _vow_carried_on(token: Token, lex: "Lexicon") -> bool:
    """Whether a vowed holding to account (``_vowed_accountability``) is carried on: a verb on the
    way up from ``token`` to the vow's "will" (through the conjuncts and to-clauses
    ``_vowed_accountability`` climbs) is an ongoing aspect verb (plover_frames.yaml
    ongoing_aspect_verbs: "have and will continue to use our authorities to hold X accountable").
    A going-on accusation is voiced by the statement; a vow without it is a warning of what is to
    come (THREATEN, planned). Since 0.7.470. Not through a clausal complement or a preposition
    (since 0.7.580): "continues to warn that X will hold Y accountable" carries on the warning, not
    the vow (English: a reporting verb's complement is a new clause, outside the aspect's frame;
    ``_carried_on`` stops there too)."""
    node = token
    for _ in range(5):
        if node.lemma_.lower() in lex.ongoing_aspect_verbs:
            return True
        if node.head.i == node.i or node.dep_ not in ("conj", "xcomp", "advcl", "pcomp"):
            return False
        node = node.head
    return False


# verbs that restate a standing commitment (WordNet reaffirm.v.01 "affirm once again", reiterate.v.01
# "to say, state, or perform again")
_REAFFIRMING_VERBS = frozenset({"reaffirm", "reiterate"})


def vow_restated(token: Token) -> bool:
    """Whether a vowed holding to account is restated by the sentence's verb ("The Secretary
    reaffirmed the U.S. commitment to hold Russia accountable"): a verb on the way up from
    ``token`` through to-clauses and conjuncts (as ``_vow_carried_on`` climbs) restates a standing
    commitment (``_REAFFIRMING_VERBS``). The warning is made by the statement itself, a threat
    told as made: PLOVER THREATEN, asserted (the gold files' "will continue to hold the belligerent
    parties accountable": THREATEN, asserted). Since events 0.8.126."""
    node = token
    for _ in range(5):
        if node.lemma_.lower() in _REAFFIRMING_VERBS:
            return True
        if node.head.i == node.i or node.dep_ not in ("conj", "xcomp", "advcl", "pcomp"):
            return False
        node = node.head
    return False


def _binding_commitment(token: Token) -> bool:
    """Whether stance ``token`` is a promise verb whose act follows "to" (event_detection.yaml
    to_gerund_stances: "commit", "consent") used actively: "Germany commits to establish a fund",
    "we commit to receiving". The passive, adjective or reduced relative of a standing disposition
    ("is / remains committed to investing", "countries committed to building an open future", also
    where the parser made a clause of it: ``_reduced_relative_read_as_clause``) promises nothing new
    (``_commitment_complement``)."""
    return token.lemma_.lower() in detection_lexicon()["to_gerund_stances"] \
        and token.dep_ not in ("acomp", "amod", "acl") and not any(c.dep_ == "auxpass" for c in token.children) \
        and (token.tag_ != "VBN" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children)) \
        and not _reduced_relative_read_as_clause(token)


def _reduced_relative_read_as_clause(token: Token) -> bool:
    """Whether the parser made a finite clause of a noun and the participle after it ("*To* countries
    around the world committed to building ...", "*As* nations committed to upholding the order,
    ..."): a preposition over the clause as its object (pcomp) or before the subject with no object
    of its own (its object is the "subject"), or "as" before a bare noun with no determiner, which
    names a role ("as nations [that are] committed"), not a time ("as the two leaders committed")."""
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if token.dep_ == "pcomp" and token.tag_ in ("VBD", "VBN"):
        return True  # "To [countries ... committed to ...]": the noun is the preposition's object
    for child in token.children:
        if child.i > subject.i:
            continue
        if child.dep_ == "prep" and not any(g.dep_ == "pobj" for g in child.children):
            return True
        if child.dep_ == "mark" and child.lower_ == "as" and subject.pos_ == "NOUN" \
                and not any(c.dep_ in ("det", "poss", "nummod") for c in subject.children):
            return True
    return False


def _joint_commitment(stance: Token, inner: Token) -> bool:
    """Conjoined or plural subjects committing to an act marked "together" / "jointly" ("A and B
    committed to work together to ...", "the two leaders committed to work together", "A and B
    committed to continue working together": the adverb may sit on the act an aspect verb
    governs; lexicon: event_detection.yaml joint_adverbs)."""
    subjects = _children(stance, ("nsubj",))
    if not subjects:
        return False
    first = subjects[0]
    # "the two ministers", "both leaders", "the leaders": a plural common noun names the parties
    joint = any(c.dep_ == "conj" for c in first.children) or (first.pos_ == "NOUN" and first.tag_ == "NNS")
    acts = [inner] + [c for c in inner.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    return joint and any(c.dep_ == "advmod" and c.lower_ in detection_lexicon()["joint_adverbs"]
                         for act in acts for c in act.children)


def _own_effort_appeal(stance_kind: str, inner_type: Optional[str], predicate: Token, lex: Lexicon) -> bool:
    """A commitment to seek something with no one asked ("committed to seeking a solution to export
    Ukraine's grain", "pledged to seek a peaceful resolution"): the seeking is the committed
    party's own effort, so the commitment is a promise (PLOVER AGREE "indicate willingness or
    commitment to cooperate"; REQUEST "when ... parties to a conflict call for ending the conflict,
    that is ... an expression of intent ... AGREE"), not a demand (REQUEST needs someone asked).
    Verbs: event_detection.yaml own_effort_appeal_verbs."""
    if stance_kind != "commit" or inner_type != "DEMAND" \
            or verb_lemma(predicate, lex) not in detection_lexicon()["own_effort_appeal_verbs"]:
        return False
    asked = _children(predicate, ("dobj", "obj", "dative", "iobj")) + [
        o for p, o in _preps(predicate).items() if p in ("on", "upon", "from", "of", "to")]
    # the one asked may hang on the thing sought: "seek the release of the hostages *from Tehran*"
    asked += [o for w in _children(predicate, ("dobj", "obj")) for p, o in _preps(w).items() if p in ("from", "on", "upon")]
    return not any(_is_actor(a, lex, allow_pronoun=True) for a in asked)


def _participant_of(participle: Token, lex: Lexicon) -> Optional[Token]:
    """The actor a participle of taking part says took part ("the division has been implicated
    in ...", "nationals involved in the shooting of ..."): its passive subject, or the noun it
    modifies; None when ``participle`` is no such participle or names its agent (lexicon:
    event_detection.yaml participation_participles)."""
    if participle.tag_ != "VBN" or verb_lemma(participle, lex) not in detection_lexicon()["participation_participles"] \
            or _passive_agent(participle) is not None:
        return None
    subjects = _children(participle, PASSIVE_SUBJECT_DEPS)
    participant = subjects[0] if subjects else (participle.head if participle.dep_ == "acl" else None)
    if participant is not None and participant.tag_ in RELATIVE_TAGS and participle.dep_ == "relcl":
        participant = _antecedent(participle, participant)  # "six individuals who ... were involved in"
    if participant is None or not (_is_actor(participant, lex, allow_pronoun=False) or participant.pos_ == "PRON"):
        return None
    return participant


HEDGED_PERFORMATIVE = "hedged performative"  # rule prefix (``_hedged_performative``)

SOUGHT_GOODS = "goods sought"  # rule prefix: an intent or attempt to acquire goods (since 0.7.545)


def _others_desire(token: Token) -> bool:
    """Whether stance verb ``token`` is a desire verb (event_detection.yaml performative_hedges:
    "want", "wish") whose subject is not the speaker (performative_subjects "I", "we"): "those
    old Frenchmen wanted to destroy Africa", "he wants to take over". Such a wish is told about
    the actor, not uttered by it; a first-person "we want to destroy ISIL" is the actor's own
    stated intent."""
    lexicon = detection_lexicon()
    if token.lemma_.lower() not in lexicon["performative_hedges"]:
        return False
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and not any(c.lower_ in lexicon["performative_subjects"] for c in subjects)


ACTION_STANCE_RULE = " (act) + "  # rule infix of a stance of action taken ("moved to recognize"; stance_verbs "act")
FORCE_PREPARATION = "preparation"  # rule prefix (``_preparing_force``): the preparing is the act, under way


def _preparing_force(token: Token) -> bool:
    """Whether stance ``token`` is a verb of preparing (event_detection.yaml force_preparation_verbs)
    used actively ("are preparing to", "prepared to resume"), not the adjective or passive of stated
    readiness ("is prepared to impose martial law", a THREATEN)."""
    return token.pos_ == "VERB" and token.lemma_.lower() in detection_lexicon()["force_preparation_verbs"] \
        and not any(c.dep_ == "auxpass" for c in token.children)


def _prepared_force_mode(assault_mode: Optional[str]) -> str:
    """PLOVER MOBILIZE mode of a prepared attack whose ASSAULT mode is ``assault_mode``: 'weapons'
    for an attack by weapons (event_detection.yaml weapon_assault_modes: "resume shelling"), else
    'troops' (codebook MOBILIZE modes)."""
    return "weapons" if assault_mode in detection_lexicon()["weapon_assault_modes"] else "troops"


def _innermost_trigger(token: Token, lex: Lexicon, depth: int = 0):
    """Follow stacked frames ("agreed to lift", "prepared to resume") to a content verb."""
    stance = _stance_kind(token, lex)
    if stance is not None and depth < 3:
        _kind, inner = stance
        return _innermost_trigger(inner, lex, depth + 1)
    return token, _classify_verb(token, lex)


def _comment_clause(token: Token) -> bool:
    """A reduced "as" comment clause ("as promised", "as agreed", "as announced last week"): a
    subjectless participle introduced by "as" with no object or complement of its own (Quirk et
    al. 1985, 15.54-15.55, comment clauses; CGEL 12.4 "as"-adjuncts). It comments on the clause it
    is attached to, saying the act there was promised, agreed or announced before; it tells no act
    of its own and its doer is unnamed (the main clause's subject is not the one who promised), so
    it is no trigger (the act is the clause it comments on)."""
    return token.tag_ == "VBN" and token.dep_ == "advcl" \
        and any(c.dep_ == "mark" and c.lower_ == "as" and c.i < token.i for c in token.children) \
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("nsubjpass", "dobj", "obj", "dative", "ccomp", "xcomp", "agent")
                    for c in token.children)


def _match_trigger(token: Token, lex: Lexicon) -> Optional[Trigger]:
    """The trigger that ``token`` heads, if any."""
    if token.pos_ not in ("VERB", "ADJ", "AUX") and not _misread_stance_verb(token, lex):
        return None
    if _comment_clause(token):
        return None  # "as promised, Germany is taking action": a comment on that act (since 0.7.545)
    if _shared_view(token, token.lemma_.lower()):
        # "agreed on the importance of maintaining open lines of communication, to manage the
        # competition": a view shared; the purpose clause the parser hangs on "agreed" is no promise
        return None
    stance = _stance_kind(token, lex)
    if stance is not None:
        kind, inner = stance
        found = _innermost_trigger(inner, lex)
        if found[1] is None:
            # "we are going to degrade and ultimately destroy ISIL": the stance covers each
            # conjoined infinitive; the first that is a trigger is its act
            found = next((f for f in (_innermost_trigger(c, lex) for c in inner.conjuncts
                                      if c.i > inner.i and c.pos_ == "VERB") if f[1] is not None), found)
        inner_type = None
        predicate = inner
        words = [token, inner]
        if found is not None and found[1] is not None:
            predicate, (inner_type, mode, rule, inner_words, _) = found
            words = [token] + inner_words
        if kind == "commit" and _joint_commitment(token, inner):
            # "President Biden and President Lula committed to work together to advance and protect
            # workers' rights": one promise between the parties (PLOVER AGREE "agree to, promise,
            # commit to cooperate"), not an act of each on what they will advance
            joint_mode = lex.verbs[verb_lemma(token, lex)][1] if verb_lemma(token, lex) in lex.verbs \
                else (_mode_of(inner_type, mode) if inner_type else None)
            return Trigger(token, token, "AGREE", joint_mode,
                           f"joint commitment '{token.lemma_}' to '{inner.lemma_}' together", [token, inner], 0.75)
        if kind == "threaten":
            return Trigger(predicate, token, "THREATEN", _mode_of(inner_type, mode if inner_type else None),
                           f"stance '{token.lemma_}' to ...", words, 0.85)
        if kind == "refuse" and inner_type is None and verb_lemma(inner, lex) in lex.silent_verbs:
            return None  # "declined to comment"
        if kind == "aspect":
            if inner_type is None:
                return None
            # "began receiving", "continued to send": the act itself
            return Trigger(predicate, token, inner_type, mode, f"aspect '{token.lemma_}' + {rule}", words, 0.7)
        if kind in ("plan", "attempt") and inner_type == "AID" and rule.startswith("acquisition") \
                and token.lemma_.lower() not in AGREEMENT_STANCES:
            # "X hopes to acquire Yian tanks", "tried to buy Russian helicopters": the
            # seeker of goods is their would-be receiver, asking the goods' origin for them
            # (CAMEO 103 / PLOVER REQUEST "Demand aid", the project's DEMAND), never a giver (AID)
            # nor a promise (AGREE); the origin is the target found inside the goods' phrase
            return Trigger(predicate, token, "DEMAND", _mode_of(inner_type, mode),
                           f"{SOUGHT_GOODS} '{token.lemma_}' ({kind}) + {rule}", words, 0.7)
        if kind == "attempt" and inner_type is not None:
            return Trigger(predicate, token, inner_type, mode, f"attempt '{token.lemma_}' + {rule}", words, 0.7)
        if kind == "act" and inner_type is not None:
            # "Putin moved to recognize the two regions": action taken, the act itself, told in its
            # own tense (plover_frames.yaml stance_verbs "act"), no intention
            return Trigger(predicate, token, inner_type, mode, f"stance '{token.lemma_}'{ACTION_STANCE_RULE}{rule}", words, 0.7)
        if kind in ("attempt", "act"):
            return None
        if kind == "refuse":
            return Trigger(predicate, token, "REJECT", _mode_of(inner_type, mode if inner_type else None),
                           f"stance '{token.lemma_}' to ...", words, 0.85)
        if inner_type is None:
            if kind == "commit" and token.pos_ == "VERB" and token.lemma_.lower() in lex.verbs:
                event_type, mode = lex.verbs[token.lemma_.lower()]
                return Trigger(token, token, event_type, mode, f"verb '{token.lemma_}' + to-clause",
                               [token], 0.6)
            if kind == "commit" and inner.pos_ == "VERB" and _binding_commitment(token) and not any(
                    w.pos_ == "VERB" and w.i != inner.i and _classify_verb(w, lex) is not None for w in inner.subtree):
                # (an act of a type inside the complement is the one promised: "commits to use its
                # influence ..., including appointing a special envoy")
                # "the United States commits to receiving increased referrals of refugees", "commits
                # to fully support these efforts": binding oneself to an act that is no event of its
                # own is still a promise (PLOVER AGREE "indicate willingness or commitment to
                # cooperate"; CAMEO 030 "express intent to cooperate"), coded as "pledge" is
                return Trigger(inner, token, "AGREE", "promise", f"commitment '{token.lemma_}' + to-clause",
                               [token, inner], 0.6)
            return None
        if kind == "plan" and inner_type in lex.expressive_types and _hedged_performative(token):
            # "I want to thank our friends at the Asia Society": the thanks is given by saying so
            return Trigger(predicate, token, inner_type, mode, f"{HEDGED_PERFORMATIVE} '{token.lemma_}' + {rule}",
                           words, 0.8)
        if kind == "plan" and inner_type == "ASSAULT" and _preparing_force(token):
            # "forces ... are preparing to launch an attack": readiness built, no verbal threat
            return Trigger(predicate, token, "MOBILIZE", _prepared_force_mode(mode),
                           f"{FORCE_PREPARATION} '{token.lemma_}' of force + {rule}", words, 0.8)
        if kind == "plan" and inner_type not in lex.cooperative and _decided_in_past(token):
            # "Vladimir Putin decided to attack Ukraine": the decided act, no threat
            return Trigger(predicate, token, inner_type, mode, f"decision '{token.lemma_}' (past) + {rule}", words, 0.75)
        own_effort = _own_effort_appeal(kind, inner_type, predicate, lex)
        if own_effort:
            mode = None  # "committed to seeking a solution": a promise, no demand mode
            inner_type = None
        if inner_type in lex.cooperative or token.lemma_.lower() in AGREEMENT_STANCES or own_effort:
            new_type = "AGREE"
        elif inner_type in ("DEMAND", "DISAPPROVE", "REJECT", "THREATEN"):
            new_type = inner_type
        else:
            if kind == "plan" and _others_desire(token):
                # "those old Frenchmen really wanted to destroy Africa": a wish told by someone else
                # is no communicated threat (PLOVER THREATEN: threats are verbal acts)
                return None
            new_type = "THREATEN"
        if kind == "plan" and inner_type in lex.cooperative and inner_type != "AGREE":
            new_type = "AGREE"
        return Trigger(predicate, token, new_type, _mode_of(inner_type, mode),
                       f"stance '{token.lemma_}' ({kind}) + {rule}", words, 0.8)
    if token.pos_ == "AUX":
        classified = _classify_verb(token, lex)
        if classified is not None and classified[2].startswith("idiom"):
            event_type, mode, rule, words, confidence = classified
            return Trigger(token, token, event_type, mode, rule, words, confidence)
        if classified is not None and HELD_STANCE in classified[2]:
            # "we are steadfast in our support for X": the copula's stance noun (senses.held_stance)
            return _held_stance_trigger(Trigger(token, token, *classified), lex)
        return None
    if token.lemma_.lower() == "find" and any(
            c.lemma_.lower() == "guilty" for c in token.children if c.dep_ in ("oprd", "acomp", "ccomp", "xcomp")):
        verdict = next(c for c in token.children if c.lemma_.lower() == "guilty")
        return Trigger(token, token, "SANCTION", "convict", "verdict 'found guilty'", [token, verdict], 0.75)
    if _is_reporting(token, lex) or _denial(token, lex):
        return None
    if token.dep_ == "xcomp" and (token.head.pos_ in ("VERB", "ADJ") or _misread_stance_verb(token.head, lex)) \
            and _governed_by_stance(token, lex):
        return None  # handled at the stance verb
    classified = _classify_verb(token, lex)
    if classified is None:
        return None
    event_type, mode, rule, words, confidence = classified
    trigger = Trigger(token, token, event_type, mode, rule, words, confidence)
    if HELD_STANCE in rule:
        return _held_stance_trigger(trigger, lex)  # "remain united in our commitment to X"
    return _backed_hostile_act(trigger, lex) or trigger


def _held_stance_trigger(trigger: Trigger, lex: Lexicon) -> Optional[Trigger]:
    """The event of a stance held in an adjectival predicate (senses.held_stance: "are steadfast in
    their support for X", "remain united in our commitment to X", "are united in their
    determination to hold Y to account"): the hostile act the stance noun backs, read as for
    "reaffirmed our commitment to hold Y accountable" (``_backed_hostile_act``: THREATEN, Stop 49);
    else the stance itself only where its noun names the party it is held towards
    (senses.stance_party; PLOVER SUPPORT needs an actor supported): "committed to the fight against
    climate change", "commitment to ensuring ..." name none and are no event. A resolve noun
    ("united in their determination to ...") is read only for the hostile act it backs; a
    commitment to a material act keeps its promise reading (AGREE, as after "reaffirm")."""
    backed = _backed_hostile_act(trigger, lex)
    if backed is not None:
        return backed
    if HELD_STANCE_RESOLVE in trigger.rule:
        return None
    held = held_stance(trigger.token)
    if trigger.event_type == "SUPPORT" and (held is None or stance_party(held[1], lex) is None):
        return None
    if held is not None and _former_state(trigger.token, held[0]):
        return None  # "Poland was once steadfast in its support for X": a state that no longer holds
    return trigger


def _former_state(verb: Token, adjective: Token) -> bool:
    """Whether a held stance's predicate is a past state marked as former ("X was once / long
    steadfast in its support for Y", "had long been united in ..."): a past copula or a past
    perfect with an adverb of former time (event_detection.yaml former_time_adverbs) on the verb
    or the adjective. A disposition that held at some earlier time and, by implicature, no longer
    does is no stance taken at the release (English: "once" + past "at some time in the past"),
    unlike the present "has long been steadfast" (still held) or a past act told ("once
    reaffirmed its support": an act of that day, read as any past act is)."""
    past = verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children)
    former = detection_lexicon()["former_time_adverbs"]
    return past and any(c.dep_ == "advmod" and c.lower_ in former
                        for t in (verb, adjective) for c in t.children)


def _joined_co_actors(predicate: Token, targets: list[Token]) -> bool:
    """Whether the targets are who the subject joins in an act ("our many partners ... who joined
    us in calling for their release", "join the United States in condemning"): the object of a
    joining verb with an "in" gerund is a co-actor of that act, no recipient (event_detection.yaml
    joining_verbs)."""
    if predicate.lemma_.lower() not in detection_lexicon()["joining_verbs"]:
        return False
    into = _preps(predicate).get("in")
    if into is None or into.tag_ != "VBG":
        gerund = next((g for c in predicate.children if c.dep_ == "prep" and c.lower_ == "in"
                       for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
        if gerund is None:
            return False
    joined = _object_noun(predicate)
    return joined is not None and all(joined.left_edge.i <= t.i <= joined.right_edge.i for t in targets)


def _backed_act(token: Token) -> Optional[Token]:
    """The act a verb of support or intent takes as its object: the infinitive or "for" / "of"
    gerund of its object noun ("support efforts *to isolate* Russia", "determination *to
    increase* pressure", "support for *denying*"), or a gerund object ("backs *isolating* X");
    None when there is none (event_detection.yaml supported_act_nouns)."""
    obj = _object_noun(token)
    held = held_stance(token) if obj is None or obj.dep_ == "nsubjpass" else None
    if held is not None:
        obj = held[1]  # "are steadfast in our commitment to hold X accountable"
    if obj is not None and obj.tag_ == "VBG":
        return obj
    for child in token.children:
        # (a gerund clause with a subject of its own is a reported fact: "recognize that Putin is attacking")
        if child.dep_ == "xcomp" and child.tag_ == "VBG" and not _children(child, tuple(SUBJECT_DEPS)):
            return child
    if obj is None or obj.lemma_.lower() not in detection_lexicon()["supported_act_nouns"]:
        return None
    for child in obj.children:
        if child.dep_ == "acl" and child.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
            return child
        if child.dep_ == "prep" and child.lower_ in ("for", "of"):
            gerund = next((g for g in child.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
            if gerund is not None:
                return gerund
    # "reaffirmed the U.S. commitment to hold Russia accountable": the noun's infinitive, which the
    # parser hung on the verb (senses.infinitive_noun)
    return next((c for c in token.children if c.dep_ == "advcl" and c.tag_ == "VB"
                 and infinitive_noun(c) is not None and infinitive_noun(c).i == obj.i), None)


# the rule note of a SUPPORT / AGREE read as the hostile act it backs (``_backed_hostile_act``, which
# also sets ``Trigger.backs_hostile_act``, what the actor search tests): a note, never tested
BACKED_HOSTILE_RULE = "backing a hostile act"


def _backed_hostile_act(trigger: Trigger, lex: Lexicon) -> Optional[Trigger]:
    """A SUPPORT or AGREE whose object is a hostile act against a named party is that act's
    threat or demand, never support of the party: "The ROK's support ... will support
    international efforts to isolate Russia" (THREATEN/restrict, CAMEO 1312 "back sanctions"),
    "reaffirm our determination to increase pressure on Russia" (DEMAND, the noun's type). A
    verbal hostile act (DISAPPROVE, REJECT, DEMAND) keeps its type ("support efforts to hold
    Russia accountable": DISAPPROVE), any other (SANCTION, COERCE, ASSAULT, ...) becomes THREATEN
    with the act as mode, as for a stance verb ("committed to imposing"). None when the object
    holds no such act or the act names no actor as its object (event_detection.yaml
    supported_act_nouns, exclusion_verbs)."""
    if trigger.event_type not in ("SUPPORT", "AGREE") or not (trigger.token.pos_ == "VERB" or HELD_STANCE in trigger.rule) \
            or (trigger.mode or "").split(":")[0] in ("aid", "consult", "cooperate", "praise") \
            or trigger.token.lemma_.lower() in detection_lexicon()["joint_work_praise_verbs"]:
        return None  # (welcoming another's sanctions praises them: CAMEO ACCLAIM, not a threat)
    act = _backed_act(trigger.token)
    if act is None:
        return None
    obj = _object_noun(act)
    patient = obj if obj is not None and _is_actor(obj, lex, allow_pronoun=False) else next(
        (p for prep, p in _preps(act).items() if prep in ("on", "against") and _is_actor(p, lex, allow_pronoun=False)),
        None)
    if patient is None and obj is not None:
        # "increase pressure on Russia": the "on" of the object noun
        patient = next((p for prep, p in _preps(obj).items() if prep in ("on", "against")
                        and _is_actor(p, lex, allow_pronoun=False)), None)
    if patient is None:
        # "efforts to hold Russia accountable": the subject of the act's small clause
        patient = next((c for x in act.children if x.dep_ in ("ccomp", "xcomp", "oprd")
                        for c in _children(x, ("nsubj",)) if _is_actor(c, lex, allow_pronoun=False)), None)
    if patient is None:
        return None  # "support efforts to combat corruption": no party acted against
    _inner, classified = _innermost_trigger(act, lex)
    inner_type, inner_mode = (classified[0], classified[1]) if classified is not None else (None, None)
    if inner_type is None and obj is not None and noun_lemma(obj) in lex.nouns:
        inner_type, inner_mode = lex.nouns[noun_lemma(obj)]  # "increase pressure": the noun's act
    if inner_type is None and verb_lemma(act, lex) in detection_lexicon()["exclusion_verbs"]:
        inner_type, inner_mode = "THREATEN", "restrict"  # CAMEO 1312 -> PLOVER THREATEN/restrict
    if inner_type is None or inner_type in lex.cooperative:
        return None
    if inner_type in ("DEMAND", "DISAPPROVE", "REJECT", "THREATEN"):
        new_type, new_mode = inner_type, inner_mode
    else:
        new_type, new_mode = "THREATEN", _mode_of(inner_type, inner_mode)
    # a holding to account vowed by the backing noun ("reaffirmed the commitment to hold Russia
    # accountable": senses._vowed_accountability) keeps its vow mark, so the status reading makes
    # it the warning of punishment to come it is (PLOVER THREATEN), as "committed to hold X
    # accountable" is; backing another's effort ("support efforts to hold X accountable") is not vowed
    vowed = f" {VOWED_ACCOUNTABILITY}" if inner_type == "DISAPPROVE" and classified is not None \
        and HOLDING_TO_ACCOUNT in classified[2] and VOWED_ACCOUNTABILITY in classified[2] else ""
    # the supporting verb stays the predicate: its subject is the source, its status the stance's
    # ("supports efforts to isolate" is a threat made now), the party inside its object the target
    return dataclasses.replace(
        trigger, event_type=new_type, mode=new_mode,
        rule=f"{trigger.rule} {BACKED_HOSTILE_RULE} '{act.lemma_}' on a party{vowed}", words=list(trigger.words) + [act],
        backs_hostile_act=True)


# the types an act to come keeps: already a promise, a threat, or a stance voiced now
ANNOUNCED_KEEP_TYPES = frozenset({"AGREE", "THREATEN", "DEMAND", "REJECT", "DISAPPROVE", "INVESTIGATE"})


# the status note of a threat (PLOVER THREATEN) the text makes by announcing a coercive act to come
# (``_threat_made``), and of an act told as a report in another's words (``own_reports``): the
# linker reads both once the actors' states are known
THREAT_MADE_NOTE = " (a threat made: the act it announces is to come)"

REPORTED_NOTE = " (in reported speech)"


def _threat_made(trigger: Trigger, event_type: str, status: str, proposed: bool, carried_on: bool,
                 conditioned: bool, reported: bool = False, source_rule: str = "") -> bool:
    """Whether the event is a THREATEN the text makes by warning of a hostile act of another type
    (``announced_act``) that is carried on ("will continue to impose severe costs on Russia", "will
    continue to work with our partners to impose costs": ``carried_on``) or made to hang on what
    the one warned does ("will continue to impose costs until Putin ends this war", "would impose
    sanctions if ...": ``conditioned``). PLOVER THREATEN is "all threats, coercive or forceful
    warnings", made when told, and plover_frames.yaml ongoing_aspect_verbs reads an expressive act
    (a warning) under "continue" / "keep" as performed by the statement; the gold files code "we
    will continue to respond" and "will continue to use every tool at our disposal to disrupt them"
    as asserted threats. A new measure announced with a plain future stays planned, as the gold
    files code "In the coming days, the United States will impose new sanctions targeting Iran"
    (SANCTION / THREATEN, planned) and "we are going to ... destroy ISIL" (planned). The status
    stays planned while the events component reads it (a preview folded into its measure:
    ``fold_sanction_previews``); the linker stores it asserted (``threats_made``). Only the
    threatener's own warning is made when told: under a reporting verb (``reported``) the teller
    must be the one who warns (``source_rule`` the speaker's), as for ``_takes_effect_now``; "Ukrainian
    officials said Russia will continue to shell Kharkiv until the city surrenders" relays another
    party's forecast of Russia's act, which stays planned."""
    return event_type == "THREATEN" and status == "planned" and trigger.event_type != "THREATEN" \
        and not proposed and (carried_on or conditioned) and (not reported or "speaker" in source_rule)


def _carried_on(verb: Token, lex: Lexicon) -> Optional[Token]:
    """The ongoing aspect verb (plover_frames.yaml ongoing_aspect_verbs: "continue", "keep") whose
    act ``verb`` is, directly ("will continue to sanction"), as a conjunct, or as the purpose
    ("to impose") or means ("by imposing") of that act: "will continue to work with our partners
    *to impose* severe costs", "will continue to work closely with lawmakers to support our
    partners and *impose* costs". None otherwise (English coordination and a purpose clause share
    the governing verb's frame)."""
    node = verb
    for _ in range(4):
        node = first_conjunct(node)
        head = node.head
        if head.i == node.i:
            return None
        if node.dep_ == "xcomp" and head.lemma_.lower() in lex.ongoing_aspect_verbs:
            return head
        if node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            node = head  # the purpose infinitive of the act carried on
        elif node.dep_ == "pcomp" and head.lower_ == "by" and head.head.i != head.i:
            node = head.head  # its means
        else:
            return None
    return None


def threats_made(events: list[Event]) -> list[Event]:
    """The warnings of a hostile act carried on or conditioned (``_threat_made``, marked
    ``Event.threat_made``, which ``THREAT_MADE_NOTE`` describes) still planned after every pass
    that reads that status: stored asserted, the threat being made when the text tells it (PLOVER
    THREATEN); the act warned of stays in the mode. Other events pass unchanged."""
    planned = f"status=planned{THREAT_MADE_NOTE}"
    for event in events:
        if event.type == "THREATEN" and event.status == "planned" and event.threat_made:
            event.status = "asserted"
            event.explanation = event.explanation.replace(planned, f"status=asserted{THREAT_MADE_NOTE}", 1)
    return events


def _carry_threat_made(face: Event, telling: Event) -> None:
    """A telling folded into ``face`` (``fold_restated_acts``) that is a threat made when told
    (``Event.threat_made``) makes the face one too, so ``threats_made`` stores the act asserted
    whichever telling came first (the tellings share their status); its explanation says so."""
    if telling.threat_made and not face.threat_made:
        face.threat_made = True
        face.explanation = (face.explanation or "").replace("status=planned", f"status=planned{THREAT_MADE_NOTE}", 1)


def _reporting_verb(token: Token, lex: Lexicon) -> Optional[Token]:
    """The nearest non-factive reporting verb over ``token`` (the one that makes ``_status`` report
    it: "I *announced* earlier today that the United States is providing ..."), or None."""
    return next((a for a in token.ancestors
                 if _is_reporting(a, lex) and a.lemma_.lower() not in lex.factive_verbs), None)


def own_reports(doc: Doc, events: list[Event], own_state: Optional[str],
                own_voice: Callable[[Event], bool]) -> list[Event]:
    """An act of a state's government told in reported speech whose reporter is that government
    too: stored asserted, not claimed (the gold README: ``claimed`` is "reported by a party and
    disputed or unconfirmed"; FactBank: the source committed to its own act; no third party's
    report the article relays). Two reporters qualify:

    * the publisher's own government (``_released_own_act``): in a state institution's own release
      (``own_state``, the outlet's state; ``own_voice(event)``: the sentence outside any quote), "I
      announced earlier today that the United States is providing ...", "we are announcing that
      the United States government ... is providing ...", "The President reiterated that ... the
      United States continues to oppose ...";
    * a speaker the statements component placed in the doer's own state, with a state sector,
      whose statement the reporting verb cues (``_self_reporter``): "Today, Chancellor Scholz
      announced that the German Government is suspending the pipeline", "the Kremlin responded by
      issuing a statement ... indicating that Russian Federation President Putin had conferred
      honors upon ...": the government announces its own act, a first-hand report.

    Reads the events marked ``REPORTED_NOTE`` whose source the linker placed in a state with a state
    sector; other events pass unchanged."""
    marked = f"status=claimed{REPORTED_NOTE}"
    lex = load_lexicon()
    for event in events:
        if event.status != "claimed" or marked not in (event.explanation or "") \
                or not event.source_acts_for or event.source_sector not in state_sectors():
            continue
        token = _trigger_token(doc, event)
        verb = _reporting_verb(token, lex) if token is not None else None
        if verb is None:
            continue
        teller = _released_own_act(doc, event, verb, own_state, own_voice) or _self_reporter(doc, event, verb)
        if teller is None:
            continue
        event.status = "asserted"
        event.explanation = event.explanation.replace(
            marked, f"status=asserted (told by '{teller}' '{verb.text}', its own government's act)", 1)
    return events


def _released_own_act(doc: Doc, event: Event, verb: Token, own_state: Optional[str],
                      own_voice: Callable[[Event], bool]) -> Optional[str]:
    """The subject of the reporting ``verb`` (text) when the release's own voice reports an act of
    its own government (``own_reports``): the event's source is placed in ``own_state``, the
    sentence is the release's own (``own_voice``), and the subject is "I" / "we" or a statement
    speaker the linker placed in ``own_state``; else None."""
    if not own_state or event.source_acts_for != own_state or not own_voice(event):
        return None
    subjects = _children(verb, SUBJECT_DEPS)
    if not subjects or not (subjects[0].lower_ in ("i", "we") or any(
            s.cue_start == verb.idx and s.speaker_acts_for == own_state for s in doc._.ng_statements or [])):
        return None
    return subjects[0].text


def _self_reporter(doc: Doc, event: Event, verb: Token) -> Optional[str]:
    """The speaker (text) of the statement the reporting ``verb`` cues when that speaker acts for
    the event source's own state in a state sector (``state_sectors``: government, military ...):
    "Chancellor Scholz (DEU GOV) announced that the German Government (DEU GOV) is suspending ...";
    else None. A news agency or other speaker with no state sector ("IRNA reported") stays a
    relayed report."""
    for statement in doc._.ng_statements or []:
        if statement.cue_start == verb.idx and statement.speaker_acts_for == event.source_acts_for \
                and statement.speaker_sector in state_sectors():
            return statement.speaker_text or verb.text
    return None


def announced_act(event_type: str, mode: Optional[str]) -> tuple[str, Optional[str]]:
    """(type, mode) of an act told as to come: PLOVER codes a promise of a cooperative act as AGREE
    and an announced hostile act as THREATEN, the act's type kept in the mode ("will travel to
    Kyiv": AGREE consult:visit; "will impose sanctions": THREATEN sanction); the types of
    ``ANNOUNCED_KEEP_TYPES`` stay."""
    if event_type in ANNOUNCED_KEEP_TYPES:
        return event_type, mode
    return ("AGREE" if event_type in load_lexicon().cooperative else "THREATEN"), _mode_of(event_type, mode)


def scheduled_act(event_type: str, mode: Optional[str]) -> tuple[str, Optional[str]]:
    """(type, mode) of an act told as already arranged for a later day (English futurate
    progressive: "is traveling to Riga April 3-5", "Starting in August, the government is
    prohibiting X from hiring staff"). The futurate tells a fixed arrangement, no promise held out
    or pressure put on the target: a cooperative act is the codebook's future meeting or visit,
    AGREE (``announced_act``); a hostile one is the measure itself, its type and mode kept
    (stored planned), since PLOVER THREATEN is coercion announced to press a party ("threatened
    to ban", "will ... if ..."), not a decided measure with a start date."""
    if event_type in load_lexicon().cooperative:
        return announced_act(event_type, mode)
    return event_type, mode


# ---------------------------------------------------------------- status, date, place

# verbs that move a person somewhere: with a place of detention as goal they detain (CAMEO 173)
CUSTODY_TRANSFER_VERBS = frozenset({"send", "take", "deport", "transfer", "transport"})


def _sent_to_detention(token: Token, event_type: str) -> Optional[Token]:
    """The place of detention a person is sent or taken to: "a list of Ukrainians to be killed or
    *sent to camps*", "sent to prison". Sending someone into custody is CAMEO 173 "arrest, detain"
    (PLOVER COERCE arrest), not the aid or deployment "send" codes with goods or forces (CAMEO's
    &DETENTION synset: detention, jail, prison, custody, concentration camp; event_detection.yaml
    detention_places). A camp for refugees or training is no detention."""
    if event_type not in ("AID", "MOBILIZE", "CONSULT") or token.lemma_.lower() not in CUSTODY_TRANSFER_VERBS:
        return None
    if any(noun_lemma(o) in FORCE_NOUNS for o in _children(token, ("dobj", "obj"))):
        return None  # troops sent to a camp are deployed, not detained
    place = _preps(token).get("to")
    words = detection_lexicon()
    if place is None or noun_lemma(place) not in words["detention_places"] or any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in words["non_detention_camps"]
            for c in place.children):
        return None
    return place


# ---------------------------------------------------------------- candidate checks

def _question_frame(trigger: Trigger, lex: Lexicon) -> bool:
    """"was asked about patrols", "When asked about China": a question put to someone, no event.
    A sentence that is itself a question ("Can you say why you canceled the meeting?") asks
    whether something happened; it asserts nothing."""
    if _interrogative(trigger.token.sent):
        return True
    return any(_question_verb(head, lex) for head in {trigger.head, trigger.token})


def _interrogative(sent: Span) -> bool:
    """The sentence is a question (ends with "?", before closing quotes or brackets)."""
    text = doc_text(sent.doc)[sent.start_char:sent.end_char]  # Span.text, without a Token per word
    return text.rstrip().rstrip("\"'”’)").endswith("?")


@functools.lru_cache(maxsize=1)
def _furniture_line() -> re.Pattern:
    headings = sorted(detection_lexicon()["furniture_headings"], key=len, reverse=True)
    return re.compile(r"^[ \t]*(?:%s)[ \t]*:?[ \t]*\r?$" % "|".join(re.escape(h) for h in headings), re.M | re.I)


def _furniture_start(text: str) -> int:
    """Char offset where the page's end matter begins (the first line that is a reference-list
    heading, event_detection.yaml furniture_headings, after the article's first line), else the
    text's length. Everything after it is page furniture: titles of other articles, links."""
    match = next((m for m in _furniture_line().finditer(text) if m.start() > 0), None)
    return match.start() if match is not None else len(text)


# what stands right before a second name of the same party: "(a.k.a. “TsNIIKhM”)", "(aka Ri
# Su'ng-ch'o'l)", "also known as “Boinas Rojas”", and a quoted name after "or" that follows an
# unquoted one ("Special National Brigade or “Boinas Negras”"; not a list of quoted names:
# "“Donetsk People's Republic” or “Luhansk People's Republic”")
_ALIAS_BEFORE = re.compile(r"(?:(?:\ba\.?k\.?a\.?|\balso\s+known\s+as)\s*[“\"]?|[^\s”\"]\s+or\s+[“\"])\s*$", re.IGNORECASE)


def _drop_alias_targets(doc: Doc, events: list[Event]) -> list[Event]:
    """Check not-alias: an event whose target is another name of the target of an event of the
    same trigger and source, given as an alias (``_ALIAS_BEFORE``), is that event again (one
    party sanctioned, not two); it goes."""
    text = doc_text(doc)
    dropped = set()
    for event in events:
        start = event.target_start
        if start is None or not _ALIAS_BEFORE.search(text[max(0, start - 24):start]):
            continue
        if any(other is not event and id(other) not in dropped and other.trigger_start == event.trigger_start
               and other.source_start == event.source_start and other.target_end is not None
               and other.target_end <= start and start - other.target_end <= 30 for other in events):
            dropped.add(id(event))
    return [e for e in events if id(e) not in dropped]


def _list_header_end(sent: Span) -> Optional[int]:
    """The character offset of the verb of a list header ("Entities designated for relation to
    Alexey Mordashov include:", "These efforts, coordinated across the U.S. government, include:",
    "... to include:"): a sentence whose root "include" (or the root's conjunct "include") stands
    right before a colon. What comes before the verb names the list, it tells no act (the parser
    often reads a reduced relative, "Entities designated", as a subject and its verb, or as the
    root with "include" its conjunct). None for any other sentence."""
    root = sent.root
    for word in (root, *root.children):
        # (the parser may make the participle the root and "include" its conjunct)
        if word.lemma_.lower() == "include" and word.tag_ != "VBG" and word.i + 1 < sent.end \
                and sent.doc[word.i + 1].text == ":":
            # (not "are also being designated, including:", a list of the act's own targets)
            return word.idx
    return None


def _heading(text: str, sent: Span) -> bool:
    """A section heading on a line of its own after the article's first line ("INDIVIDUALS AND
    ENTITIES DESIGNATED BY THE STATE DEPARTMENT", "Securing the Tools for Future Prosperity":
    ``paragraphs.heading_line``, which also makes it a sentence of its own): it names a section,
    it tells no happening."""
    start, end = sent.start_char, sent.end_char
    # scan only the blanks around the sentence, never copy the text before or after it
    before = start
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    after = end
    while after < len(text) and text[after] in " \t":
        after += 1
    own_line = before > 0 and text[before - 1] == "\n" and (
        end >= len(text) or (after < len(text) and text[after] == "\n") or text[start:end].rstrip(" \t").endswith("\n"))
    if not own_line:
        return False
    last = end
    while last > 0 and text[last - 1].isspace():
        last -= 1
    return heading_line(text[start:end]) or capitals_line(sent.doc, start, last)


def _question_verb(head: Token, lex: Lexicon) -> bool:
    if verb_lemma(head, lex) not in lex.question_verbs:
        return False
    passive = any(c.dep_ == "auxpass" for c in head.children) or (head.tag_ == "VBN" and not _children(head, SUBJECT_DEPS))
    about = "about" in _preps(head) or any(c.dep_ == "prep" and c.lower_ == "about" for c in head.children)
    asks_act = any(c.dep_ in ("xcomp", "ccomp") for c in head.children) or any(
        p in ("for", "to") for p in _preps(head))
    # "asked whether / why ...", "keep asking myself": a question, not a request
    wh_complement = any(c.dep_ == "ccomp" and any(w.tag_ in ("WRB", "WP", "WDT") or w.lower_ in ("whether", "if")
                                                  for w in c.children) for c in head.children)
    reflexive = any(c.dep_ in ("dobj", "dative") and c.lower_.endswith(("self", "selves")) for c in head.children)
    # "She asks: “President Zelenskyy gave a speech ...": a colon opens the question put
    quoted = head.i + 1 < len(head.doc) and head.doc[head.i + 1].text == ":" and not any(
        c.dep_ == "xcomp" for c in head.children) and not any(p in ("for", "to") for p in _preps(head))
    # "you would have to ask President Putin": asking someone with no act or thing requested
    # (no infinitive, clause, "for" or "to") puts a question; a request names what it asks for
    # (the parser may hang the requested act on the verb as advcl or on its object as acl/relcl)
    infinitive = any(any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)
                     for v in [*head.children, *(g for c in head.children if c.dep_ in ("dobj", "obj", "dative")
                                                 for g in c.children)]
                     if v.dep_ in ("advcl", "acl", "relcl", "xcomp"))
    bare_ask = verb_lemma(head, lex) == "ask" and not asks_act and not infinitive and not any(
        c.dep_ in ("dobj", "obj") and not _is_actor(c, lex) for c in head.children)
    return about or wh_complement or reflexive or quoted or (passive and not asks_act) or bare_ask


def _infinitive_host(token: Token) -> Token:
    """The "to"-infinitive a bare infinitive is coordinated with. "They discussed deepening the
    relationship to address the root causes of migration, strengthen trade ties and ...": the
    parser hangs "strengthen" as a conjunct of the finite "discussed", which a bare infinitive
    with no subject and no modal of its own cannot be; it continues the nearest "to"-infinitive
    before it, inside the head's clause. Since 0.7.253 (aims) the same holds under a gerund or participle
    and for the infinitive of a noun ("coordinating international efforts to target, investigate,
    arrest, and prosecute ...": "investigate" hung on "coordinating" continues "to target", the
    efforts' aim). The token itself otherwise.

    A bare infinitive listed after an infinitive that someone is asked to do ("to pressure the
    regime *to release* prisoners, *restore* internet access, and *allow* ...", "to press the
    government to release the activists, restore press freedom, and *allow* ...") continues that
    infinitive too, wherever the parser hangs it (``_listed_infinitive``)."""
    listed = _listed_infinitive(token)
    if listed is not None:
        return listed
    head = token.head
    if token.dep_ != "conj" or token.tag_ != "VB" or head.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN") \
            or any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in token.children):
        return token
    # a noun's infinitive only under a gerund or participle: after a finite verb a bare verb is
    # as likely the finite verb's own mis-tagged conjunct ("support their efforts to defend their
    # country ..., and urge Russia to ...")
    hosts = ("advcl", "xcomp", "acl") if head.tag_ in ("VBG", "VBN") else ("advcl", "xcomp")
    for candidate in reversed(token.doc[head.i + 1: token.i]):
        if candidate.tag_ == "VB" and candidate.dep_ in hosts and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in candidate.children) \
                and head in candidate.ancestors:
            return candidate
    return token


def _listed_infinitive(token: Token, depth: int = 0) -> Optional[Token]:
    """The "to"-infinitive of object control ("pressure the regime *to release* prisoners") whose
    list a bare infinitive ``token`` continues, else None. ``token`` is a conjunct with no subject,
    auxiliary or modal of its own, hung by the parser on a verb at or above the one that asks (the
    infinitive's head, which has a direct object before it); it continues the asked-for
    infinitive when only a comma (and "and") separates it from that infinitive's phrase
    ("to release prisoners, restore ..."), when it is hung on the asking verb itself, or when
    it follows a conjunct of that infinitive ("release X, restore Y, and allow Z"); a conjunct of
    such a listed infinitive is listed too. Nearest attachment: a list after an infinitive
    continues that infinitive."""
    if token.dep_ != "conj" or token.tag_ != "VB" or depth > 4 or any(
            c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in token.children):
        return None
    head = token.head
    if head.dep_ == "conj" and head.tag_ == "VB":
        listed = _listed_infinitive(head, depth + 1)
        if listed is not None:
            return listed
    asked = None
    for candidate in reversed(token.doc[head.i + 1: token.i] if head.i < token.i else []):
        if candidate.tag_ == "VB" and candidate.dep_ in ("xcomp", "advcl") and candidate.head.pos_ == "VERB" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in candidate.children) \
                and not _children(candidate, SUBJECT_DEPS) and any(
                    c.dep_ in ("dobj", "obj") and candidate.head.i < c.i < candidate.i for c in candidate.head.children):
            asked = candidate
            break
    if asked is None or (head.i != asked.head.i and head not in asked.head.ancestors):
        return None
    gap = token.doc[asked.right_edge.i + 1: token.i]
    if head.i == asked.head.i or all(t.text in (",", "and") for t in gap) or any(
            asked.i < c.i < token.i for c in asked.conjuncts):
        return asked
    return None


def _asked_about(token: Token, lex: Lexicon) -> Optional[Token]:
    """The question verb whose "about" phrase holds ``token``, through the clauses on its noun
    ("asked Ambassador Carpenter *about* any support that we are seeing the PRC provide to Russia",
    "asked the minister *about* the weapons that Iran sent"): what a question is about is asked,
    not told (not-question, "was asked about"), even where "ask" also reports speech. None when
    another reporting verb comes first ("asked about the report that says Iran sent ...")."""
    node = token
    for _ in range(7):
        parent = node.head
        if parent.i == node.i:
            return None
        if node.dep_ == "prep" and node.lower_ == "about" and parent.pos_ == "VERB" \
                and verb_lemma(parent, lex) in lex.question_verbs:
            return parent
        if parent.pos_ == "VERB" and _is_reporting(parent, lex):
            return None
        if node.dep_ not in ("conj", "xcomp", "ccomp", "advcl", "relcl", "acl", "prep", "pcomp", "pobj", "dobj"):
            return None
        node = parent
    return None


def finite_conjunct_host(verb: Token) -> Token:
    """The finite verb a finite ``verb`` is really coordinated with where the parser made it a
    conjunct of a "to" infinitive or a "that" clause's base-form (subjunctive) verb below that verb
    ("The minister called on A to withdraw its forces and *urged* B to ...": "urged" hung on
    "withdraw"; "demanded that X release A and *demanded* that X allow B"): the verb the clause
    chain hangs on. A past or present-tense verb cannot be coordinated with a bare infinitive or a
    subjunctive (English coordination joins like forms: Quirk et al. 1985, 13.5), so it joins the
    clause's host. ``verb`` itself otherwise."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.head.tag_ != "VB":
        return verb
    node = verb.head
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children) and node.dep_ != "ccomp":
        return verb  # (a base verb in a "that" clause is a mandative subjunctive: "demanded that X release")
    for _ in range(4):
        if node.dep_ not in ("xcomp", "ccomp", "advcl") or node.head.i == node.i:
            break
        node = node.head
        if node.tag_ in ("VBD", "VBZ", "VBP"):
            return node
    return verb


def _embedding_frame(trigger: Trigger, lex: Lexicon) -> Optional[str]:
    """Why the trigger's act is not asserted by its sentence, if it is not: it sits inside a
    demand, hope, question or plan ("urged the army *to free* the reporters"), or is the
    purpose of another act ("raised funds *to support* ..."). None when the act is asserted."""
    asked = _asked_about(trigger.head, lex)
    if asked is not None:
        return f"asked about under '{asked.lemma_}' (question)"
    node = _infinitive_host(trigger.head)
    for _ in range(6):
        node = finite_conjunct_host(node)
        if node.dep_ == "conj" and node.head.tag_ in ("VBG", "VBN"):
            # (a conjunct up the chain hung on a gerund: "efforts to track, investigate, and prosecute";
            # one hung on a finite verb up the chain is the list's own, left as the parser made it)
            node = _infinitive_host(node)
        node = _listed_gerund(node) or node  # "by hosting X, providing Y, and ...": inside that phrase
        parent = node.head
        if parent.i == node.i:
            return None
        if _is_reporting(parent, lex):
            if HELD_STANCE in trigger.rule and node.dep_ in ("ccomp", "xcomp") \
                    and verb_lemma(parent, lex) in detection_lexicon()["wish_verbs"]:
                # "We hope the allies will remain united in their support for X": a stance held by
                # others that the speaker hopes for or expects is no stance voiced (irrealis_verbs)
                return f"inside '{parent.lemma_}' (hope)"
            return None  # what a speaker says happened is relayed, handled by status
        if node.dep_ in ("xcomp", "ccomp", "advcl") and parent.pos_ in ("VERB", "AUX", "ADJ", "NOUN"):
            lemma = verb_lemma(parent, lex) if parent.pos_ == "VERB" else parent.lemma_.lower()
            if lemma in lex.irrealis_verbs and not (parent.pos_ == "VERB" and _semi_modal(node, lex) is not None
                                                    and _obligation_modal(node, lex) is not None):
                # ("Hamas needs to release the hostages" obliges Hamas: ``_obligation_modal``)
                return f"inside '{parent.lemma_}' (demand, hope, question or plan)"
            if lemma in detection_lexicon()["awaiting_verbs"] and node.dep_ == "xcomp" \
                    and parent.tag_ not in ("VBD", "VBN") \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
                # "is waiting to rescue the hostages", "may be waiting to meet": what one still
                # waits to do follows the wait, not done ("waited until dawn to attack" is done)
                return f"inside '{parent.text} to' (an act awaited, not done)"
            if lemma in detection_lexicon()["proposition_stance_verbs"] and node.dep_ == "xcomp" \
                    and node.tag_ == "VBG" and parent.pos_ == "VERB" \
                    and not _children(node, tuple(SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)):
                # "we support *allowing* the authorities time to ...", "opposes *lifting* the
                # sanctions": a subjectless gerund object of a verb of taking sides is the proposition
                # backed or opposed, its doer unsaid; no act of the stance-taker's, none asserted
                return f"proposition backed or opposed under '{parent.lemma_}' (stance)"
            if lemma in detection_lexicon()["comparison_verbs"] and node.tag_ == "VBG":
                # "compared legalizing same-sex marriage to supporting bestiality": acts named
                # as the terms of a comparison are ideas, not happenings
                return f"term of the comparison '{parent.lemma_}'"
            to_clause = any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
            if node.dep_ in ("advcl", "xcomp") and to_clause and parent.pos_ == "VERB" \
                    and _classify_verb(parent, lex) is not None:
                if _spoken_purpose(trigger, node, parent, lex):
                    return None  # "spoke with Kuleba to condemn ...": said in the call, an act
                # the purpose of an act that is itself an event ("marched to protest"); the purpose
                # of a non-event ("took steps to impose", "employed X to prevent") is the event
                return f"purpose of '{parent.lemma_}'"
        if node.dep_ == "prep" and node.lower_ == "to" and (
                (parent.lower_ == "forward" and parent.head.lemma_.lower() == "look")
                or (parent.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in parent.children))):
            # "the United States looks forward to expanding space cooperation": a hope for an act
            # to come (like "hopes to"), no act asserted
            return "inside 'look forward to' (hope)"
        if node.dep_ == "prep" and parent.pos_ == "VERB" and verb_lemma(parent, lex) in lex.question_verbs:
            return f"asked about under '{parent.lemma_}' (question)"
        relied = _relied_on(node, lex)
        if relied is not None:
            # "we look to China to help with a global response", "count on Japan to provide":
            # what one looks to or counts on another to do is asked of them, not done
            return f"inside '{relied}' (appeal)"
        against = _advised_against(node, parent, lex)
        if against:
            # "The United States warned Russia *against invading* Ukraine", "we warn against any
            # attack on Moldova", "Hungary voted *against sanctioning* Russia": the act is what a
            # warning, advice, decision, vote or argument is about, not done; PLOVER codes the
            # warning or vote (THREATEN / DEMAND / REJECT / DISAPPROVE), and its subject is no doer
            return f"inside '{parent.lemma_} against' ({against})"
        if node.i != trigger.head.i and parent.pos_ == "VERB" \
                and verb_lemma(parent, lex) in detection_lexicon()["approval_frame_verbs"] \
                and _approved_thing(node, parent, lex):
            # "Nuland and Mora welcomed the coordination between the U.S. and the EU *in
            # implementing* sanctions": an act named inside what is praised is no act of the
            # praiser (PLOVER SUPPORT "commend, approve policy, action"); the praise is the event
            return f"named inside the object of '{parent.lemma_}' (approval)"
        if node.dep_ in ("relcl", "acl") and node.head.lemma_.lower() in lex.irrealis_verbs:
            return f"inside '{node.head.lemma_}'"
        if node.dep_ not in ("conj", "xcomp", "ccomp", "advcl", "acomp", "prep", "pcomp", "pobj", "dobj"):
            return None
        node = parent
    return None


def _relied_on(clause: Token, lex: Lexicon) -> Optional[str]:
    """The verb and preposition ("look to", "count on") of an appeal "V PREP X to do Y" whose
    "to"-infinitive ``clause`` is: the party X is looked to or relied on to do what the
    infinitive says (CAMEO.2.0 LOOK "(FOR HELP)" [020] appeal; event_detection.yaml
    reliance_phrases), which is expected of X, not done (as "urge X to", "expect X to": PLOVER codes
    the appeal, not the act asked for). The infinitive hangs on the verb ("look to China to help")
    or, where the parser takes it for a relative, on a noun set beside X or the verb ("look to
    China - a country that ... - to help"). None otherwise."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) or clause.pos_ != "VERB":
        return None
    host = clause.head
    if clause.dep_ in ("relcl", "acl"):
        # up from the noun through apposition or the preposition whose object it is, to the verb
        for _ in range(3):
            if host.pos_ in ("NOUN", "PROPN") and host.dep_ in ("appos", "npadvmod", "pobj") \
                    or host.pos_ == "ADP" and host.dep_ == "prep":
                host = host.head
            else:
                break
    elif clause.dep_ not in ("advcl", "xcomp"):
        return None
    if host.pos_ != "VERB":
        return None
    phrases = detection_lexicon()["reliance_phrases"]
    for prep in host.children:
        if prep.dep_ == "prep" and f"{verb_lemma(host, lex)} {prep.lower_}" in phrases \
                and any(o.dep_ == "pobj" for o in prep.children) and prep.i < clause.i:
            return f"{host.lemma_.lower()} {prep.lower_}"
    return None


def _advised_against(node: Token, parent: Token, lex: Lexicon) -> str | None:
    """What kind of stance ``node``, the "against" phrase of the verb ``parent``, names an act
    not done in, or None. A directive that warns or advises against an act (plover_frames.yaml
    advise_against_verbs, a part of irrealis_verbs: "warned Russia *against* invading Ukraine",
    "we warn *against* any attack on Moldova") -> "warning or advice"; a verb of decision, vote or
    argument with a gerund (decide_against_verbs: "decided *against* imposing sanctions", "voted
    *against* sanctioning Russia", not "voted against the resolution") -> "decision, vote or
    argument". Only the verb's own phrase counts, not one on its object."""
    if node.dep_ != "prep" or node.lower_ != "against" or parent.pos_ != "VERB":
        return None
    lemma = verb_lemma(parent, lex)
    if lemma in lex.advise_against_verbs:
        return "warning or advice"
    if lemma in lex.decide_against_verbs \
            and any(c.dep_ in ("pcomp", "pobj") and c.tag_ == "VBG" for c in node.children):
        return "decision, vote or argument"
    return None


def _spoken_purpose(trigger: Trigger, node: Token, parent: Token, lex: Lexicon) -> bool:
    """Whether the trigger's act is a stance said in the call or meeting it is the purpose of
    ("spoke by phone with Kuleba *to condemn* Russia's attacks": event_detection.yaml
    spoken_purpose_types / spoken_purpose_hosts): the trigger's own verb is the purpose clause
    (or a conjunct of it: "to offer support and condemn ..."), and the host is a past call or
    meeting, told as done. An AGREE counts only when its verb is a commissive one
    (spoken_purpose_commissives: "called X *to offer* continued support"): the offer is made in the
    call; "met to agree a ceasefire" names an agreement still to reach."""
    words = detection_lexicon()
    if trigger.event_type not in words["spoken_purpose_types"]:
        return False
    if trigger.event_type == "AGREE" and verb_lemma(trigger.token, lex) not in words["spoken_purpose_commissives"]:
        return False
    if verb_lemma(parent, lex) not in words["spoken_purpose_hosts"] or not _told_as_done(parent):
        return False  # (the simple past or the perfect: "spoke", "has spoken ... to denounce")
    verb = trigger.token
    while verb.dep_ == "conj" and verb.i != node.i:
        verb = verb.head
    return verb.i == node.i


def _approved_thing(node: Token, verb: Token, lex: Lexicon) -> bool:
    """Whether ``node``, reached from an act below it, is (a phrase on) the thing a verb of approval
    praises: its direct object when that is no actor ("welcomed the coordination [...] in
    implementing sanctions"), or an "in" / "on" phrase of the verb whose direct object is no actor
    (the parser's attachment of the same phrase). A praised actor ("praised Poland for hosting
    refugees") is credited with the act (an act in the "for" phrase of a praise is the credited
    object's), not this."""
    objects = _children(verb, ("dobj", "obj"))
    if not objects or any(_is_actor(o, lex, allow_pronoun=True) for o in objects):
        return False
    if node.dep_ in ("dobj", "obj"):
        return True
    return node.dep_ == "prep" and node.lower_ in ("in", "on")


def _routine_object(trigger: Trigger, lex: Lexicon) -> Optional[str]:
    """"allows the navy to *meet its training needs*": a verb of interaction whose object is a
    need, goal or deadline, not an actor."""
    obj = _object_noun(trigger.token)
    if trigger.event_type == "PROTEST" and trigger.token.lemma_.lower() in lex.showing_verbs and (
            obj is not None or any(c.dep_ == "ccomp" for c in trigger.token.children)):
        # "demonstrated that they are afraid", "demonstrated its resolve": showing, not a protest
        # (PLOVER PROTEST's demonstrate is intransitive: people demonstrate against X)
        return "showing " + (obj.lemma_.lower() if obj is not None else "that ...")
    if obj is not None and obj.lemma_.lower() in lex.routine_objects and not (
            obj in trigger.words and (trigger.rule.startswith("CAMEO") or "light verb + object" in trigger.rule)):
        # (a CAMEO pattern or a light phrase naming the object gives its sense: "emphasized the
        # need" 020 appeal, "imposing severe costs on Russia" SANCTION; "meet its costs" is routine)
        return obj.lemma_.lower()
    if obj is not None and obj.lemma_.lower() in lex.information_objects \
            and trigger.event_type in ("AID", "RETREAT", "COOPERATE", "CONCEDE", "MOBILIZE", "COERCE", "ASSAULT") \
            and not trigger.rule.startswith("sharing "):
        # (information shared is the cooperation itself: PLOVER COOPERATE, CAMEO 064)
        return obj.lemma_.lower()
    if obj is not None and (trigger.event_type == "AID" or (trigger.mode or "").startswith("aid")) \
            and (obj.lemma_.lower() in lex.time_objects or obj.ent_type_ in ("DATE", "TIME")):
        return obj.lemma_.lower()  # "spend the night in Poland": time spent, nothing given
    return None


def _governed_by_stance(token: Token, lex: Lexicon) -> bool:
    """Whether the stance verb above ``token`` reads it as its complement. A stance verb reads
    its first infinitive only: "continue to take action, in coordination with allies, to hold
    the Iranian government accountable" hangs a second one on "continue", which is an act of its
    own, not left unread."""
    stance = _stance_kind(token.head, lex)
    if stance is None:
        return False
    first = stance[1]
    apart = any(t.text in (",", ";") for t in token.doc[first.i + 1: token.i])
    return first.i == token.i or not apart or _innermost_trigger(first, lex)[1] is not None \
        or _classify_verb(token, lex) is None


def _trigger_token(doc: Doc, event: Event) -> Optional[Token]:
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None
