"""Trigger senses: the kind of support, aid, sanction or pressure a verb or noun names, idiom and
phrase verbs (``_verb_sense``, ``_lemma_sense``) and stressed or upheld stances. Builds on
``lexicon``, ``actor_phrases``, ``subjects`` and ``conditions``."""

from __future__ import annotations

import dataclasses
import functools
from typing import Iterable, Iterator, Optional

from spacy.tokens import Token

from newsgraph.nlp import cameo
from newsgraph.nlp.actor_heads import animate_person_word, person_word
from newsgraph.nlp.doc_cache import doc_ents, token_children, token_deps, token_lowers
from newsgraph.nlp.entities import is_gazetteer_place
from newsgraph.nlp.word_lists import word_file
from newsgraph.resolve.actors import NAME_HEADS, agent_sector, named_actor
from newsgraph.resolve.countries import lookup_country

from newsgraph.nlp.events.lexicon import (ACTOR_ENT_LABELS, FORCE_NOUNS, FORCE_OBJECT_VERBS, JOINT_ACTIVITY_NOUNS,
                                          JOINT_MODIFIERS, LEXICON_DIR, Lexicon, OBJECT_PRONOUNS, PARTICLE_WORDS,
                                          PHRASE_ONLY_LIGHT_VERBS, PLACE_ENT_LABELS, REQUIRED_PREPS, SUBJECT_DEPS,
                                          TRANSFER_VERBS, Trigger, detection_lexicon, load_lexicon)
from newsgraph.nlp.events.actor_phrases import (_actor_inside, _actor_or_inside, _children, _deed_noun, _entity_of,
                                                _is_actor, _of_object, _party_or_inside, _preps, _sector_people,
                                                joined_detection_words, noun_lemma, to_infinitive, verb_lemma)
from newsgraph.nlp.events.subjects import _displaced_object, _is_person, _passive_agent, _subject, _with_conjuncts
from newsgraph.nlp.events.conditions import (_accountability_supported, _agreed_wording, _approved_aid, _blocking_sense,
                                             _accepts_legislation, _conditional_host, _displaced_people, _enacts_domestic_instrument,
                                             _fleeing_complement, _founded_body, _fulfils, _handed_over_goods,
                                             _is_hostile_noun, _meets_standard, _noun_participle, _obligation_modal,
                                             _recognition_sense, _shared_view, _sharing_sense, _shows_not_protests,
                                             _spends_time, _told_as_done, goods_of)


def _object_noun(token: Token) -> Optional[Token]:
    """The object of ``token``: its first direct object or passive subject, else the object the
    parser hung inside a comma-set-off adjunct between the verb and it (``_displaced_object``:
    "authorized, pursuant to a delegation by the President, a drawdown"), else None."""
    objects = _children(token, ("dobj", "obj", "nsubjpass"))
    return objects[0] if objects else _displaced_object(token)


def _world_at_large(token: Token) -> bool:
    """"the world" (unmodified): an addressee that is everyone, no party a message reaches as a
    meeting or a call does (event_detection.yaml world_nouns); "the Arab world" names a region."""
    return token.lemma_.lower() in detection_lexicon()["world_nouns"] and not any(
        c.dep_ in ("amod", "compound", "poss") or c.ent_type_ for c in token.children)


JOINT_DOCUMENT = "joint document"


def _done_together(verb: Token, obj: Token) -> bool:
    """Whether an act told by a verb and its object noun is marked as done by its parties together:
    an adverb "together", "jointly", "mutually" on the verb or the noun ("jointly held drills",
    "China and Russia conducted a patrol together", where the parser hangs the adverb on the noun),
    or "together with X" (event_detection.yaml joint_adverbs)."""
    joint = detection_lexicon()["joint_adverbs"]
    return any(c.dep_ == "advmod" and c.lower_ in joint
               for head in (verb, obj, *(p for p in (*verb.children, *obj.children)
                                         if p.dep_ == "prep" and p.lower_ == "with"))
               for c in head.children)


def _joint_document(token: Token, lemma: str, obj: Token) -> bool:
    """"The United States and China issued our Glasgow Joint Declaration", "issued a joint
    statement with Japan": a document the parties issue jointly is their agreement (lexicon:
    event_detection.yaml joint_document_verbs, joint_document_nouns, JOINT_MODIFIERS)."""
    words = detection_lexicon()
    if lemma not in words["joint_document_verbs"] or obj.lemma_.lower() not in words["joint_document_nouns"]:
        return False
    if _issued_frame_document(lemma, obj):
        return False
    return any(c.dep_ in ("amod", "compound") and c.lower_ in JOINT_MODIFIERS for c in obj.children)


def _issued_frame_document(lemma: str, obj: Token) -> bool:
    """"issue the following joint statement", "released a joint communique": issuing a statement,
    communique or declaration frames what it says, no agreement between its issuers (lexicon:
    event_detection.yaml joint_frame_nouns); a declaration naming a commitment with a
    to-infinitive ("Joint Declaration to work together") stays one."""
    words = detection_lexicon()
    if lemma not in words["joint_document_verbs"] or obj.lemma_.lower() not in words["joint_frame_nouns"]:
        return False
    if obj.lemma_.lower() != "declaration":
        return True
    # the to-infinitive hangs on the noun, or (as parsed) on the issuing verb right after the noun
    after = [c for c in obj.head.children if c.dep_ in ("advcl", "xcomp") and c.i > obj.i] \
        if obj.dep_ in ("dobj", "obj") else []
    return not any(c.dep_ in ("acl", "relcl", "advcl", "xcomp") and c.pos_ in ("VERB", "AUX")
                   and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == obj.right_edge.i + 1 for a in c.children)
                   for c in list(obj.children) + after)


MATERIAL_SUPPORT = "material support"

MATERIAL_COMMITMENT = "commitment to a material act"

# the rule note of a restated commitment to the holder's own act to come (``_committed_act``)
COMMITTED_ACT = "commitment to an act"


def _material_effort_backed(token: Token, lemma: str, obj: Optional[Token]) -> Optional[str]:
    """The backed effort when "support" backs a war effort, a defense sector or an evasion of
    sanctions ("actors ... that are supporting Russia's war effort", "supported Radioavtomatika in
    Radioavtomatika's effort to evade U.S. sanctions"), else None: such backing is supplies, money
    or technology (the sanctions designations' "material or technological support"), PLOVER AID,
    not SUPPORT ("use this code only for political, diplomatic, and non-material support").
    Words: event_detection.yaml material_effort_*."""
    words = detection_lexicon()
    if lemma not in words["material_effort_verbs"]:
        return None
    candidates = [obj] if obj is not None else []
    inside = _preps(token).get("in")
    if inside is not None:
        candidates.append(inside)
    for noun in candidates:
        head = noun.lemma_.lower()
        if head not in words["material_effort_nouns"]:
            continue
        modifiers = {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
        purposes = {v.lemma_.lower() for c in noun.children if c.dep_ in ("acl", "relcl")
                    for v in [c, *c.conjuncts]}
        if modifiers & words["material_effort_kinds"] or purposes & words["material_effort_purposes"]:
            return " ".join(sorted(modifiers & words["material_effort_kinds"]) + [head])
    return None


def _protection_granted(lemma: str, obj: Optional[Token]) -> Optional[str]:
    """The protection named when a state offers, grants or extends asylum-like protection to people
    ("offering Temporary Protected Status to migrants", "extend temporary protection"), else None:
    PLOVER AID asylum ("asylum, both to persons in its territories ..."; CAMEO 075 grant asylum),
    not an offer to cooperate (AGREE). Words: event_detection.yaml protection_*."""
    words = detection_lexicon()
    if obj is None or lemma not in words["protection_granting_verbs"]:
        return None
    head = obj.lemma_.lower()
    modifiers = {c.lower_ for c in obj.children if c.dep_ in ("amod", "compound")}
    if head in words["protection_nouns"] or (head in words["protection_status_nouns"]
                                             and modifiers & words["protection_modifiers"]):
        return " ".join(sorted(modifiers & words["protection_modifiers"]) + [head])
    return None


def _help_in_undertaking(token: Token, lemma: str) -> Optional[tuple[str, Optional[str], str, list[Token], float]]:
    """Help that is a share in a non-material undertaking (event_detection.yaml
    nonmaterial_undertakings): "the partners who helped us in this effort", "helped Estonia in the
    negotiations", "assisted us with the release of our citizens". CAMEO.2.0 codes help by the
    undertaking ("ASSIST * (IN DEMOCRACY)" [050] diplomatic cooperation), PLOVER SUPPORT
    ("diplomatic, non-material cooperation"), not AID, which is material. None where the help
    names an act done (an infinitive or a clause: "helped Ukraine rebuild its grid", "help Kenya
    in its efforts to secure the border"), means given ("with ammunition": any other "with" or
    "in" noun) or a material effort ("the war effort", material_effort_kinds): the default AID."""
    words = detection_lexicon()
    if lemma not in words["undertaking_help_verbs"] or token.pos_ != "VERB":
        return None
    if _children(token, ("xcomp", "ccomp", "advcl")):
        return None  # "helped Ukraine (to) rebuild", "helped us ... by sharing": the act helped is named
    heads = [token] + _children(token, ("dobj", "obj"))
    found = None
    for head in heads:
        for prep in _children(head, ("prep",)):
            if prep.lower_ not in ("in", "with"):
                continue
            for noun in _children(prep, ("pobj",)):
                if noun.pos_ != "NOUN" or noun.lemma_.lower() not in words["nonmaterial_undertakings"]:
                    return None  # "with ammunition and fuel", "in rebuilding": means or an act
                if any(c.dep_ in ("acl", "relcl") for c in noun.children):
                    return None  # "in its efforts to secure the border": the effort's own act decides
                kinds = {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
                if kinds & words["material_effort_kinds"]:
                    return None  # "in the war effort": material backing
                found = found or (prep, noun)
    if found is None:
        return None
    prep, noun = found
    return ("SUPPORT", None, f"help in a non-material undertaking '{lemma}' + '{prep.lower_} {noun.lemma_.lower()}' "
            f"(as CAMEO 050 'assist + (in democracy)')", [token], 0.7)


def _support_kind(noun: Token) -> Optional[tuple[str, Optional[str]]]:
    """(modifier, PLOVER AID mode) when "support" is of a material kind ("technical support",
    "financial support": event_detection.yaml support_aid_kinds), else None."""
    kinds = _mode_table("support_aid_kinds")
    for child in noun.children:
        if child.dep_ in ("amod", "compound", "conj", "nmod") and child.lower_ in kinds:
            return child.lower_, kinds[child.lower_]
        if child.dep_ == "amod" and child.lower_ not in kinds:
            # "security, economic, and humanitarian support": the kinds are conjoined modifiers
            for conj in child.conjuncts:
                if conj.lower_ in kinds:
                    return conj.lower_, kinds[conj.lower_]
    return None


def _object_before_verb_conjunct(obj: Token) -> Token:
    """The verb's own object where the parser hung it as a modifier of the next verb's object, with
    that verb as its conjunct ("to offer *support* and condemn reports of ...": "support" nmod of
    "reports", "condemn" conj of "support"): a noun is not coordinated with a bare verb, so the
    modifier ends the first verb phrase and is what that verb takes. Else ``obj`` itself."""
    for child in obj.children:
        if child.dep_ in ("nmod", "compound") and child.pos_ == "NOUN" and child.i < obj.i and any(
                c.dep_ == "conj" and c.tag_ == "VB" and c.i < obj.i for c in child.children):
            return child
    return obj


def _attributive_flight(noun: Token) -> bool:
    """Whether a participle of flight stands before the person noun ``noun`` as its attributive
    modifier ("internally displaced persons", "displaced families", "fleeing civilians";
    event_detection.yaml flight_verbs): English attributive participles describe the noun's own
    referents, so they are people in flight as "refugees" are (PLOVER REF "refugees and internally
    displaced persons"); a relative clause after the noun ("individuals who seek to build ...")
    is no such mark (``_support_as_aid``). Since 0.8.162."""
    return noun.pos_ == "NOUN" and noun.tag_ == "NNS" and (person_word(noun) or _sector_people(noun)) and any(
        c.dep_ in ("amod", "compound") and c.i < noun.i and c.lemma_.lower() in detection_lexicon()["flight_verbs"]
        for c in noun.children)


def _support_as_aid(token: Token, lemma: str, obj: Optional[Token], lex: Lexicon
                    ) -> Optional[tuple[str, Optional[str], str, list[Token], float]]:
    """Support that is aid (PLOVER AID, CAMEO 07), not verbal backing (PLOVER SUPPORT, CAMEO 05):
    "provide advisory support to the HNP judicial police", "support the Afghan people with robust
    humanitarian assistance", "support NBU's CSIRT to improve cybersecurity information sharing"
    (event_detection.yaml support_*). Support offered, pledged or promised is AGREE with the promised
    act as mode ("offered technical support": "aid"; "pledged continued support": "support").
    Support given or lent with no material kind is backing bestowed, PLOVER SUPPORT ("lend our
    support to", "gave its full support to")."""
    words = detection_lexicon()
    if obj is not None and obj.lemma_.lower() == "support" and obj.pos_ == "NOUN":
        kind = _support_kind(obj)
        if lemma in words["support_promising_verbs"]:
            # "offered technical support", "pledged continued support": support not yet given, a
            # promise of it (PLOVER AGREE "offer, promise"; CAMEO.2.0 "OFFER * SUPPORT" [030],
            # "PLEDGE * {FINANCIAL SUPPORT}" [0331]), the promised act as mode: material aid of the
            # kind, else backing
            mode = _mode_of("AID", kind[1]) if kind else "support"
            label = f"{kind[0]} support" if kind else "support"
            return "AGREE", mode, f"support promised '{lemma}' + '{label}'", [token, obj], 0.75
        if lemma in words["support_giving_verbs"] or (kind is not None and lemma in words["support_offering_verbs"]
                                                       | words["support_bestowing_verbs"]):
            mode = kind[1] if kind else None
            label = f"{kind[0]} support" if kind else "support"
            return "AID", mode, f"support given '{lemma}' + '{label}'", [token, obj], 0.75
        if lemma in words["support_bestowing_verbs"]:
            # "We lend our support to those who ...", "gave its full support to the plan": backing
            # bestowed (CAMEO.2.0 "GIVE * SUPPORT" [051], as "EXTEND * SUPPORT"; event_detection.yaml
            # support_bestowing_verbs), PLOVER SUPPORT "political, diplomatic, and non-material
            # support", not the dictionary's lone "LEND * SUPPORT" [060] (material cooperation)
            return "SUPPORT", None, f"support bestowed '{lemma}' + 'support' (as CAMEO 051 'give + support')", \
                [token, obj], 0.75
        return None
    if lemma != "support" or token.pos_ != "VERB":
        return None
    displaced = _displaced_people(obj) if obj is not None else None
    if displaced is not None and (displaced[0] in detection_lexicon()["displaced_nouns"]
                                  or _attributive_flight(displaced[1])):
        # "countries that are welcoming and supporting refugees": people in flight are backed with
        # shelter and relief, not in a political stance (PLOVER AID humanitarian "to persons";
        # SUPPORT backs an actor's position), as when they are hosted or welcomed (refuge_verbs);
        # only a noun of displaced people ("refugees", "migrants"), not one a clause describes
        # ("individuals who seek to build ...": flight_verbs' "seek" is asylum-seeking)
        # (or a person noun an attributive participle of flight describes: "internally displaced
        # persons", PLOVER REF "refugees and internally displaced persons"; since 0.8.162)
        return "AID", "humanitarian", f"support + displaced '{displaced[0]}'", [token, displaced[1]], 0.7
    means = next((c for c in token.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if means is not None and (means.lemma_.lower() in lex.aid_nouns - {"support"}
                              or means.lemma_.lower() in words["support_means_subjects"]):
        # "This assistance will also support vulnerable populations", "The U.S. government's
        # efforts ... support Ukraine's network defenders": aid or work done is what supports,
        # material help (PLOVER AID), no verbal backing (PLOVER SUPPORT: "express support")
        return "AID", _single_aid_kind(means), f"support + means as subject '{means.lemma_.lower()}'", [token], 0.7
    for prep in _support_means(token):
        inside = [t for t in prep.subtree if t.i != prep.i]
        aid = [t for t in inside if t.pos_ == "NOUN" and t.lemma_.lower() in lex.aid_nouns
               and t.lemma_.lower() != "support"]
        # the means given: aid ("with robust humanitarian assistance"), else money ("$800 million")
        means = next(iter(aid), None) or next((t for t in inside if t.ent_type_ == "MONEY"), None)
        if means is not None:
            return "AID", _support_kind_of(means), f"support + means '{prep.lower_} {means.lemma_}'", [token], 0.75
    funds = _funds_supporting(token, lex)
    if funds is not None:
        # "announced $20 million to support Ecuador", "development financing to support the expansion
        # of Brazil's network": the money is the support, material aid (PLOVER AID), no verbal backing
        return "AID", _support_kind_of(funds), f"support + funds '{funds.lemma_.lower()}'", [token], 0.75
    worked = _support_by_work(token, lex)
    if worked is not None:
        # "U.S. experts are on the ground working with Albanian authorities to support Albania's
        # efforts to recover": personnel's work done for the recipient is material help (PLOVER
        # AID "assistance including arms and personnel"), no verbal backing (CAMEO 051)
        return "AID", None, f"{SUPPORT_BY_WORK} '{worked}'", [token], 0.7
    material = _material_support_object(obj, lex)
    if material is not None:
        # "will continue to support bilateral energy projects with Ukraine": a thing paid for or
        # built is material help (PLOVER AID), no verbal backing (PLOVER SUPPORT is non-material)
        return "AID", _support_kind_of(material), f"support + material object '{material.lemma_.lower()}'", [token], 0.75
    if obj is not None and _is_actor(obj, lex, allow_pronoun=False):
        for comp in (c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
            if comp.lemma_.lower() in words["support_capacity_verbs"] and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in comp.children):
                # a capacity the recipient is to build: capacity-building assistance
                return "AID", None, f"support + capacity 'to {comp.lemma_.lower()}'", [token], 0.7
    return None


SUPPORT_BY_WORK = "support + work done"


def small_clause_nouns(adjective: Token) -> list[Token]:
    """The nouns the parser hung before ``adjective`` as its compound or subject where it made the
    adjective a verb's object ("hold the junta accountable" -> dobj accountable, compound junta):
    an adjective heads no noun phrase, so it is the small clause's predicate and such a noun its
    subject. Empty where ``adjective`` is no object or has no such noun. Read by the accountability
    sense and its target (``targets``); since events 0.8.207."""
    if adjective.dep_ not in ("dobj", "obj"):
        return []
    return [c for c in adjective.children if c.dep_ in ("compound", "nsubj") and c.i < adjective.i
            and c.pos_ in ("NOUN", "PROPN")]


# the sense reason of a state designated "for" a protected status ("designating Venezuela for
# Temporary Protected Status"): what is designated is the state's nationals' protection, so
# assembly._protected_nationals codes the target as those nationals (since events 0.8.198)
PROTECTION_DESIGNATION = "for protection"


def _support_by_work(token: Token, lex: Lexicon) -> Optional[str]:
    """What tells that the infinitive "to support" is the purpose of work done by people present or
    sent ("on the ground", or the personnel noun that works), else None: "U.S. experts are on the
    ground working with Albanian authorities to support Albania's efforts", "the U.S. government has
    been on the ground working alongside partners to support ...", "FBI investigators worked with
    the police to support ..." (event_detection.yaml support_work_verbs, support_presence_phrases,
    sent_personnel_nouns less support_work_not_personnel). The work is told as done or under way: neither it nor the clause it
    hangs from has a modal or "will", and neither is the complement of another verb ("will continue
    to work with allies to support Ukraine", "pledged to work with X to support Y": a stance or a
    promise, typed as before)."""
    words = detection_lexicon()
    if token.pos_ != "VERB" or token.dep_ not in ("advcl", "xcomp") \
            or not to_infinitive(token):
        return None
    work = token.head
    if work.i == token.i or work.pos_ != "VERB" or work.lemma_.lower() not in words["support_work_verbs"]:
        return None
    # the clause the work is told in: the work verb itself, or, for a participle ("has been on the
    # ground working", "experts are on the ground working"), the verb it hangs from
    path = [work]
    node = work
    while node.dep_ in ("advcl", "acl", "pobj", "prep") and node.head.i != node.i and len(path) < 5:
        node = node.head
        path.append(node)
        if node.pos_ in ("VERB", "AUX"):
            break
    clause = [t for t in path if t.pos_ in ("VERB", "AUX")]
    unrealised = lex.planned_aux | lex.hypothetical_aux | lex.obligation_aux
    for verb in clause:
        if verb.dep_ in ("xcomp", "ccomp") or any(
                c.dep_ in ("aux", "auxpass") and c.lower_ in unrealised for c in verb.children):
            return None
    presence = {tuple(p.split()) for p in words["support_presence_phrases"]}
    for holder in path:
        for prep in (c for c in holder.children if c.dep_ == "prep"):
            place = next((o for o in prep.children if o.dep_ == "pobj" and (prep.lower_, o.lemma_.lower()) in presence),
                         None)
            if place is not None:
                return f"{prep.lower_} {place.lower_}"
    personnel = words["sent_personnel_nouns"] - words["support_work_not_personnel"]
    for verb in clause:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in personnel:
            return subject.text
    return None


def _support_means(token: Token) -> list[Token]:
    """The means prepositions ("with", "through") of the verb "support": its own, and those named as
    one part of it under "including" ("support Ukraine, including through an additional $800 million
    in security assistance"), which the parser may hang on the verb governing "support" ("continue
    to support X, including through ..."), as with "(including) by" (``_supported_party``).
    Words: event_detection.yaml support_means_preps."""
    preps = detection_lexicon()["support_means_preps"]
    holders = [token] + ([token.head] if token.dep_ in ("xcomp", "advcl") and token.head.i != token.i
                         and token.head.pos_ in ("VERB", "AUX") else [])
    found = [c for c in token.children if c.dep_ == "prep" and c.lower_ in preps]
    found += [p for holder in holders for inc in holder.children if inc.dep_ == "prep" and inc.lower_ == "including"
              for p in inc.children if p.dep_ == "prep" and p.lower_ in preps]
    return found


def _funds_supporting(token: Token, lex: Lexicon) -> Optional[Token]:
    """The money or aid noun whose purpose the infinitive "to support" is: the noun's own
    infinitive ("financing to support X", acl) or the object of the verb the infinitive is the
    purpose of when that verb is one of means (event_detection.yaml means_verbs: "announced $20
    million to support Ecuador", advcl/xcomp); a MONEY entity or an aid
    noun (plover_frames.yaml aid_nouns but "support" and "help"). None otherwise ("raise revenue to
    support its aggression": revenue is no aid given)."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return None
    aid = lex.aid_nouns - {"support", "help"}

    def _funds(noun: Token) -> bool:
        return noun.pos_ in ("NOUN", "PROPN", "NUM", "SYM") and (
            noun.ent_type_ == "MONEY" or noun.lemma_.lower() in aid)

    if token.dep_ == "acl" and _funds(token.head):
        return token.head
    if token.dep_ in ("advcl", "xcomp") and token.head.pos_ == "VERB" \
            and verb_lemma(token.head, lex) in detection_lexicon()["means_verbs"]:
        # an instrument's verb ("announced $20 million to support X"); a giving verb ("provided
        # $47 million to support X", "spend $50 million in Haiti to support") is the aid event already
        return next((o for o in token.head.children if o.dep_ == "dobj" and _funds(o)), None)
    return None


def _material_support_object(obj: Optional[Token], lex: Lexicon) -> Optional[Token]:
    """The object noun of the verb "support" (or a conjunct of it) where it is a material thing
    paid for or built ("support bilateral energy projects", "support humanitarian relief", "support
    the reconstruction of the country": event_detection.yaml support_material_objects, and the aid
    nouns but "support" and "help"), else None. An actor, a plan or an effort backed is no such
    thing (CAMEO SUPPORT + &PROGRAM / EFFORT: verbal backing)."""
    if obj is None or obj.pos_ != "NOUN" or _is_actor(obj, lex, allow_pronoun=False):
        return None
    words = detection_lexicon()
    material = set(words["support_material_objects"]) | (lex.aid_nouns - {"support", "help"})
    for noun in [obj] + [c for c in obj.conjuncts if c.i > obj.i]:
        if noun.pos_ != "NOUN":
            continue
        if noun.lemma_.lower() in material:
            return noun
        if noun.lemma_.lower() in words["service_heads"]:
            # "supporting Ukraine's continued access to the Internet": a public good or service kept
            # up for the recipient, the converse of the codebook's COERCE 'withhold' ("shut off
            # power/internet/water/utilities"): material help (AID), no verbal backing
            inner = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
            inner += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("to", "of")
                      for g in c.children if g.dep_ == "pobj"]
            if any(m.lemma_.lower() in words["public_service_nouns"] for m in inner):
                return noun
    return None


def _sanction_measure(obj: Token) -> bool:
    """A means noun ("measures") named restrictive ("restrictive measures", the EU's legal term for its
    sanctions): PLOVER SANCTION 'discontinue' covers "International (political or economic)
    sanctions". Words: event_detection.yaml means_nouns, sanction_measure_modifiers."""
    words = detection_lexicon()
    return noun_lemma(obj) in words["means_nouns"] and any(
        c.dep_ == "amod" and c.lower_ in words["sanction_measure_modifiers"] for c in obj.children)


def _sanction_kind(nouns: Iterable[Token]) -> Optional[Token]:
    """The modifier that makes a restriction, ban or control noun a sanction: "imposed *visa*
    restrictions on 100 officials", "imposing *export* controls", "levied *economic* restrictions",
    "*visa* bans", "*economic* pressure measures" (through a compound); else None. PLOVER SANCTION
    'discontinue' codes "International (political or economic) sanctions", COERCE 'restrict'
    "restrictions on political freedoms or movement". Words: event_detection.yaml
    sanction_restriction_nouns, sanction_kind_modifiers."""
    words = detection_lexicon()
    kinds = words["sanction_kind_modifiers"]
    for noun in nouns:
        if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun_lemma(noun) not in words["sanction_restriction_nouns"]:
            continue
        modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i]
        modifiers += [g for m in modifiers if m.dep_ == "compound" for g in m.children
                      if g.dep_ in ("amod", "compound") and g.i < m.i]
        found = next((m for m in modifiers if m.lower_ in kinds or m.lemma_.lower() in kinds), None)
        if found is not None:
            return found
    return None


def _inbound_destination(prep: Token, predicate: Token, trigger: Trigger) -> bool:
    """Whether the "into" / "to" phrase ``prep`` of a SANCTION or COERCE names where goods or people
    come in: hung on an import or entry noun (event_detection.yaml import_nouns, entry_nouns) or on
    the verb whose object is one ("prohibiting the importation of gold ... into the United
    States", "restrict the unlawful entry of xylazine into the country"). A state bans or limits
    what comes into its own territory, so the place is the measuring side; the measure is aimed
    at the goods' origin or owner (PLOVER SANCTION/COERCE target: the party acted against)."""
    if trigger.event_type not in ("SANCTION", "COERCE"):
        return False
    words = detection_lexicon()
    inbound = words["import_nouns"] | words["entry_nouns"]
    holder = prep.head
    if holder.i == predicate.i:
        return any(noun_lemma(o) in inbound for o in _children(predicate, ("dobj", "obj", "nsubjpass")))
    return holder.pos_ == "NOUN" and noun_lemma(holder) in inbound


def _sanctioned_exchange(token: Token, mode: Optional[str]) -> Optional[Token]:
    """The exchange a ban or restriction verb stops ("bans new investment in Russia", "restricts
    transactions with the central bank"): its object in event_detection.yaml
    sanctioned_exchange_nouns, else None (PLOVER SANCTION 'discontinue', "curtail ... commercial or
    material exchanges"; CAMEO 163 "prohibit + import")."""
    if mode not in ("ban", "restrict"):
        return None
    nouns = detection_lexicon()["sanctioned_exchange_nouns"]
    return next((o for o in _children(token, ("dobj", "obj", "nsubjpass"))
                 if o.pos_ == "NOUN" and noun_lemma(o) in nouns), None)


def _pressure_by_means(token: Token, lemma: str, obj: Optional[Token]) -> Optional[Token]:
    """The gerund of a "by" means clause on pressure applied ("increase the pressure on the Russian
    Federation by designating the executives", "increase pressure on Russia by imposing coordinated
    additional restrictions", "pressured the regime by cutting ..."), else None. English "by" +
    gerund names the means: the act done is the gerund's (SANCTION, coded on its own), the pressure
    what it is meant to achieve; PLOVER REQUEST (DEMAND) is "requests, demands, and orders", which
    the means clause shows none of. Words: event_detection.yaml pressure_nouns."""
    nouns = detection_lexicon()["pressure_nouns"]
    if lemma not in nouns and (obj is None or obj.lemma_.lower() not in nouns):
        return None
    heads = [token] + ([obj] if obj is not None else [])
    for prep in (c for head in heads for c in head.children if c.dep_ == "prep" and c.lower_ == "by"):
        act = next((c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
        if act is not None:
            return act
    return None


def _pressured_party(predicate: Token, lex: Lexicon) -> Optional[Token]:
    """The actor pressure is put "on" when ``predicate`` is the "by" + gerund means of that pressure
    ("increase pressure on Russia by imposing coordinated additional restrictive measures"): the
    means is aimed at whom the pressure is (``_pressure_by_means``), else None."""
    prep = predicate.head
    if predicate.dep_ != "pcomp" or prep.lower_ != "by" or prep.head.i == prep.i:
        return None
    holder = prep.head
    nouns = detection_lexicon()["pressure_nouns"]
    for word in [holder] + [o for o in holder.children if o.dep_ in ("dobj", "obj")]:
        if word.lemma_.lower() not in nouns:
            continue
        for on in (c for w in (word, holder) for c in w.children if c.dep_ == "prep" and c.lower_ == "on"):
            party = next((o for o in on.children if o.dep_ == "pobj"), None)
            if party is not None and _is_actor(party, lex, allow_pronoun=False):
                return party
    return None


def _charged_duty(token: Token, lemma: str, lex: Lexicon) -> bool:
    """Whether ``token`` (lemma ``lemma``) entrusts a duty rather than accuses: a verb of
    event_detection.yaml duty_charge_verbs in its sense "assign a duty, responsibility or obligation
    to" (WordNet charge v.4: "She was charged with supervising the creation of a concordance"),
    where "charged them with sedition" names an offence. Its "with" complement is

    - a duty noun (event_detection.yaml remit_nouns: "charged with the task of drafting a new
      constitution", "with responsibility for the camps"), whoever holds it;
    - the gerund of a verb of running or checking a thing (duty_gerund_verbs: "charged with
      overseeing the reconstruction"), whose phrase names no crime and no material act of force
      (``_forceful_act_noun``: "overseeing the torture of detainees", "implementing the mass
      deportation of Crimean Tatars", "enforcing the siege of Mariupol" are charged as offences),
      whoever holds it;
    - the gerund of backing a policy (policy_support_verbs), held by an organ of a body
      (actor_name_heads.yaml organ_heads: "The UN Commission ... are charged with promoting women's
      rights"); any other holder ("the opposition leader was charged with promoting ...") is an
      accused.

    An object ("charged the leader with promoting terrorism") makes it an accusation."""
    words = detection_lexicon()
    if lemma not in words["duty_charge_verbs"] or any(c.dep_ in ("dobj", "obj") for c in token.children):
        return False
    duty = _preps(token).get("with")
    if duty is None:
        return False
    if duty.pos_ == "NOUN" and duty.lemma_.lower() in words["remit_nouns"]:
        return True
    if duty.tag_ != "VBG":
        return False
    if duty.lemma_.lower() in words["duty_gerund_verbs"]:
        return not any(_forceful_act_noun(w, lex) for w in duty.subtree if w.pos_ == "NOUN")
    holder = next((c for c in token.children if c.dep_ == "nsubjpass"), token.head if token.dep_ == "acl" else None)
    if holder is None or holder.lemma_.lower() not in NAME_HEADS.organ_heads:
        return False
    return duty.lemma_.lower() in words["policy_support_verbs"]


def _forceful_act_noun(noun: Token, lex: Lexicon) -> bool:
    """Whether the noun token ``noun`` names an offence or an act of force whose running is itself
    charged: a crime noun (plover_accusations.yaml crime_nouns), a trigger noun of a material
    coercive type (event_detection.yaml duty_refusing_types: COERCE, ASSAULT, MOBILIZE --
    "deportation", "shelling"), or a closure of movement by force (physical_restriction_words:
    "siege", PLOVER COERCE 'restrict')."""
    lemma = noun_lemma(noun)
    words = detection_lexicon()
    entry = lex.nouns.get(lemma)
    return (lemma in lex.crime_nouns or (entry is not None and entry[0] in words["duty_refusing_types"])
            or lemma in words["physical_restriction_words"])


def _role_appointed(token: Token, lemma: str, obj: Optional[Token], lex: Lexicon) -> bool:
    """"designate" whose object is a role to be filled ("required ... to designate a Cybersecurity
    Coordinator", "designate its representative"): the designator names its own agent, no
    sanction on anyone (PETRARCH2 NAME block: DESIGNATE is an appointment verb; its own role
    patterns, "* ENVOY" [050], stay with CAMEO). The role is indefinite or the designator's own
    and no reason is given ("designates officials ... for their involvement" is the sanction);
    event_detection.yaml appointed_role_nouns."""
    if lemma != "designate" or obj is None or obj.ent_type_ == "PERSON" \
            or obj.lemma_.lower() not in detection_lexicon()["appointed_role_nouns"]:
        return False
    if not any((c.dep_ == "det" and c.lower_ in ("a", "an", "one")) or c.dep_ == "poss" for c in obj.children):
        return False
    return not any(p in _preps(token) for p in ("for", "under", "pursuant"))


def _called_appointment(token: Token, lex: Lexicon) -> bool:
    """A call, request or demand whose act is a passive appointment to a role ("he called for a
    former Spaniard ... to be appointed as a representative to the United States", "urged that X be
    named as envoy"): an appointment names the appointer's own agent, no event between actors
    (plover_frames.yaml appointment_verbs: "designated X as Chargé d'affaires" is no event), and the
    one to be appointed is no addressee of the call (PLOVER REQUEST is "requests, demands, and
    orders" made of someone)."""
    if token.pos_ != "VERB":
        return False
    for act in _children(token, ("xcomp", "advcl", "ccomp")):  # (no Token made for the other children)
        if act.lemma_.lower() in lex.appointment_verbs \
                and any(c.dep_ == "auxpass" for c in act.children) and "as" in _preps(act) \
                and not _condemns(_preps(act)["as"], lex):
            return True
    return False


def _endorsed_initiative(lemma: str, sense: "cameo.Sense") -> Optional[Token]:
    """The initiative noun ("call", "proposal", "plan") a backing verb ("back", "support",
    "endorse") takes in a CAMEO pattern, else None. Words: event_detection.yaml endorsement_verbs,
    endorsed_initiative_nouns."""
    words = detection_lexicon()
    if lemma not in words["endorsement_verbs"]:
        return None
    return next((w for w in sense.words if w.pos_ == "NOUN"
                 and w.lemma_.lower() in words["endorsed_initiative_nouns"]), None)


def _supported_party(predicate: Token, lex: Lexicon) -> Optional[Token]:
    """The actor supported when ``predicate`` is the "by" + gerund means of that support ("to support
    Ukraine's cyber resilience, including by providing over $40 million"; "enhanced our support for
    Ukraine's digital connectivity, including by providing ..."): English "by" + gerund names the
    means, so the material act is done for the one the support is for. The parser may hang the
    means on the verb that governs "support" ("worked ... to support X, including by ..."), so
    that verb's complement, purpose or object counts. Else None. Words: event_detection.yaml
    supported_means_words."""
    prep = predicate.head
    if predicate.dep_ != "pcomp" or prep.lower_ != "by" or prep.head.i == prep.i:
        return None
    holder = prep.head
    if holder.lower_ == "including" and holder.dep_ == "prep" and holder.head.i != holder.i:
        holder = holder.head
    support = detection_lexicon()["supported_means_words"]
    words = [holder] + [c for c in holder.children if c.dep_ in ("xcomp", "advcl", "dobj", "obj")]
    for word in (w for w in words if w.lemma_.lower() in support):
        helped = [c for c in word.children if c.dep_ in ("dobj", "obj")] if word.pos_ == "VERB" else []
        helped += [o for p in word.children if p.dep_ == "prep" and p.lower_ in ("for", "to")
                   for o in p.children if o.dep_ == "pobj"]
        for noun in helped:
            party = _actor_or_inside(noun, lex)
            if party is not None:
                return party
    return None


def _commerce_supported(lemma: str, obj: Optional[Token]) -> bool:
    """The verb "support" whose object is commerce ("have supported Iranian energy trade", "supporting
    the sale of Iranian petrochemical products", the sanctions releases' evasion networks): trade is
    an exchange, neither aid whose "material benefits primarily accrue to the recipient" (PLOVER AID)
    nor "political, diplomatic, and non-material support" (PLOVER SUPPORT), so no event; the
    designation that names it is the event. The parser may hang the noun on a later one as a
    compound ("trade generating millions"), so the object's compounds count. Words:
    event_detection.yaml commerce_nouns."""
    if lemma != "support" or obj is None or obj.pos_ != "NOUN":
        return False
    commerce = detection_lexicon()["commerce_nouns"]
    return any(n.lemma_.lower() in commerce for n in [obj] + [c for c in obj.children if c.dep_ == "compound"])


def _support_kind_of(noun: Token) -> Optional[str]:
    """The PLOVER AID mode of an aid noun's modifier ("humanitarian assistance"), else None."""
    kinds = _mode_table("support_aid_kinds")
    return next((kinds[c.lower_] for c in noun.children if c.dep_ in ("amod", "compound") and c.lower_ in kinds), None)


def _aid_kind(sense: "cameo.Sense", lex: Lexicon) -> Optional[str]:
    """The PLOVER AID mode a CAMEO sense's object nouns name, for a sense whose code names none
    (070 "provide aid"): the aid noun's modifiers (``_single_aid_kind``: "humanitarian assistance"
    -> humanitarian, "security assistance" -> military) or the goods (plover_frames.yaml
    goods_nouns: "shipments of vaccines" -> humanitarian); else None."""
    for word in sense.words:
        if word.pos_ not in ("NOUN", "PROPN"):
            continue
        kind = _single_aid_kind(word)
        goods = goods_of(word, lex)
        if kind or goods is not None and goods[1]:
            return kind or goods[1]
    return None


def _single_aid_kind(noun: Token) -> Optional[str]:
    """The one PLOVER AID mode an aid noun's modifiers give (event_detection.yaml
    support_aid_kinds), conjoined ones included; None for none or several ("security,
    humanitarian, and economic assistance" names three kinds, none of them the aid's)."""
    found = _aid_kinds_named(noun)
    return next(iter(found)) if len(found) == 1 else None


def _aid_kinds_named(noun: Token) -> set[str]:
    """The PLOVER AID modes an aid noun's modifiers name, conjoined ones included (event_detection.yaml
    support_aid_kinds): "economic, and humanitarian assistance" -> {economic, humanitarian}."""
    kinds = _mode_table("support_aid_kinds")
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound")]
    mods += [d for c in mods for d in c.conjuncts]
    return {kinds[m.lower_] for m in mods if m.lower_ in kinds} - {None}


def _money_aid_kind(token: Token, sense: "cameo.Sense", lex: Lexicon) -> Optional[str]:
    """The kind of aid money is given in: "provided $186 million in humanitarian assistance",
    "more than 6.3 billion dollars of security assistance" (CAMEO "PROVIDE + DOLLARS/MILLION"
    [071] economic reads the amount; the aid noun of its "in" / "of" phrase, on the amount or on
    the verb, names what was given). None when the object is no amount of money or the aid noun
    names no single kind."""
    money = [w for w in sense.words if w.ent_type_ == "MONEY" or w.lemma_.lower() in ("million", "billion", "dollar")]
    if not money:
        return None
    for head in money + [token]:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "of"):
                continue
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in lex.aid_nouns:
                    return _single_aid_kind(noun)
    return None


def _violent_manner(token: Token, lemma: str, lex: Lexicon
                    ) -> Optional[tuple[str, Optional[str], str, list[Token], float]]:
    """PLOVER ASSAULT for a repressive verb (a COERCE verb of plover_triggers.yaml whose mode is
    none or 'repress': disperse, crush, suppress ...) whose "with" phrase names violent means:
    "dispersed peaceful demonstrations with lethal force", "dispersed the crowd with tear gas".
    The codebook's COERCE falls "short of violence"; ASSAULT is a deliberate action that "can
    potentially result in substantial physical harm", with the means as its mode ('crowd-control':
    "tear gas, water cannons ..."; 'firearms'). Words: event_detection.yaml violent_means,
    lethal_force_modifiers. None otherwise ("dispersed with the help of the police")."""
    event_type, mode = lex.verbs.get(lemma, (None, None))
    if event_type != "COERCE" or mode not in (None, "repress"):
        return None
    words = detection_lexicon()
    means = _mode_table("violent_means")
    obj = _object_noun(token)
    # the manner phrase is often parsed onto the object ("dispersed demonstrations with lethal force")
    heads = [token] + ([obj] if obj is not None else [])
    acts = _mode_table("violent_means_acts")
    nouns = []
    for prep in (c for head in heads for c in head.children if c.dep_ == "prep" and c.lower_ in ("with", "by")):
        if prep.lower_ == "with":
            nouns += _children(prep, ("pobj",))
            continue
        for act in (c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"):
            # "dispersed the crowd by firing tear gas", "by shooting at them": the means clause
            if act.lemma_.lower() in acts and not (act.lemma_.lower() == "fire" and _children(act, ("dobj",))):
                return "ASSAULT", acts[act.lemma_.lower()], \
                    f"repression '{lemma}' + violent means 'by {act.lower_}'", [token], 0.75
            nouns += _children(act, ("dobj",))
    for noun in (t for n in nouns for t in [n, *n.conjuncts]):
        name = noun.lemma_.lower()
        modifiers = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
        phrase = next((f"{m} {name}" for m in modifiers if f"{m} {name}" in means), None)
        if phrase is None and name in means:
            phrase = name
        if phrase is None and name == "force" and modifiers & words["lethal_force_modifiers"]:
            phrase = f"{sorted(modifiers & words['lethal_force_modifiers'])[0]} force"  # no mode of its own
        if phrase is not None:
            return "ASSAULT", means.get(phrase), f"repression '{lemma}' + violent means '{phrase}'", \
                [token], 0.75
    return None


def _counted_act(obj: Token, lex: Lexicon) -> Optional[Token]:
    """The act noun a count noun object counts ("a round *of talks*", "a series *of meetings*";
    event_detection.yaml occurrence_count_nouns): the "of" object when it is an event noun of the
    trigger lexicon, else None ("a number of countries" counts no act)."""
    if obj.lemma_.lower() not in detection_lexicon()["occurrence_count_nouns"]:
        return None
    inner = _preps(obj).get("of")
    if inner is None or inner.pos_ != "NOUN" or noun_lemma(inner) not in lex.nouns:
        return None
    return inner


_PREP_IDIOM_VERBS: list = [None, frozenset()]


def _act_done_with_partner(token: Token) -> Optional[Token]:
    """The act that a "stand with X" clause says is done together with X: a gerund after "in"
    ("stand with our allies in calling for an end", "in providing vital security assistance")
    or an infinitive of purpose ("stand with our allies and partners to support Ukraine"). X is
    then the actor's partner in that act (a co-actor), not the one supported: PLOVER SUPPORT
    is support "for" a target, and the act named (REQUEST, AID, SUPPORT of Ukraine) has its own
    target. A noun after "in" ("in support of democracy") or a clause of time ("as they defend")
    names no joint act: the solidarity with X stays. The phrase may hang on the verb's complement
    ("stand *united* with our allies and partners in imposing additional costs on Russia")."""
    heads = [token] + [c for c in token.children if c.dep_ == "acomp"]
    for child in (c for head in heads for c in head.children):
        if child.dep_ == "prep" and child.lower_ == "in":
            for comp in child.children:
                if comp.dep_ == "pcomp" and comp.tag_ == "VBG":
                    return comp
        if child.dep_ in ("advcl", "xcomp") and child.tag_ == "VB" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return child
    return None


def _idiom_party(pobj: Token, prep: Token, lex: Lexicon) -> bool:
    """Whether ``pobj``, the object of the preposition ``prep`` of a verb + preposition idiom
    (plover_triggers.yaml prep_idioms: "stand with X", "stand against X"), names the party the
    idiom's act is for or against: an actor or a person pronoun ("stand with Ukraine", "stand by
    them"); for "against", also an act that holds its actor (``_actor_inside``: "stand united
    against *Russia's* violation of the UN Charter"). A collective of the whole world with no named
    member (``_worldwide_collective``) is no party."""
    if _worldwide_collective(pobj, lex):
        return False
    if _is_actor(pobj, lex) or pobj.lower_ in OBJECT_PRONOUNS:
        return True
    return prep.lower_ == "against" and _actor_inside(pobj, lex) is not None


def _worldwide_collective(token: Token, lex: Lexicon) -> bool:
    """Whether ``token`` and its conjuncts are common nouns of no named actor, one of them placed
    in the world at large (``_world_at_large``): "countries and people *around the world*", "our
    partners *across the world*". PLOVER (manual, "Country names"): an actor or recipient that the
    report only implies to be a regional or global construct gets no country, and an event
    involving it is not coded; standing with such a collective is rhetoric, no recipient. A named
    member keeps the phrase a party ("Ukraine and partners around the world")."""
    members = [token] + [c for c in token.conjuncts if c.i > token.i]
    if any(m.ent_type_ in ACTOR_ENT_LABELS or m.pos_ == "PROPN" or _actor_inside(m, lex) is not None
           for m in members):
        return False
    return any(prep.dep_ == "prep" and prep.lower_ != "of" and _world_at_large(place)
               for m in members for prep in m.children for place in prep.children if place.dep_ == "pobj")


def _prep_idiom_verbs(lex: Lexicon) -> frozenset:
    """Every word run that stands before a space at the start of a ``prep_idioms`` phrase ("stand"
    of "stand with"): a verb lemma not among them begins no idiom; found once per lexicon."""
    if _PREP_IDIOM_VERBS[0] is not lex.prep_idioms:
        _PREP_IDIOM_VERBS[:] = [lex.prep_idioms, frozenset(
            phrase[:i] for phrase in lex.prep_idioms for i, char in enumerate(phrase) if char == " ")]
    return _PREP_IDIOM_VERBS[1]


def _phrase_verbs(phrases: Iterable[str]) -> set[str]:
    """Each phrase and every word run before a space or an underscore in it ("call" and "call off"
    of "call off", "step" of "step_up"): the lemmas a lookup keyed ``lemma`` or ``lemma particle``
    (``lemma_particle``) can hit."""
    return {phrase[:i] for phrase in phrases for i, char in enumerate(phrase) if char in " _"} | set(phrases)


_SENSE_LEMMAS: list = [None, None, None, frozenset()]


def _sense_lemmas(lex: Lexicon) -> frozenset:
    """The verb lemmas for which some branch of ``_verb_sense`` other than the verb + preposition
    scan (``_prep_idiom_shape``) can return a sense, each branch's own lemma test read off the code:
    the lexicon's verbs, light, halting, hosting, appointment, aid-cut, acquisition, dismissal,
    labelling and envoy-contact verbs, phrasal-verb and light-phrase keys; the CAMEO patterns' and defaults' verb
    keys; event_detection.yaml's verb lists those branches test; "support" and "call" (tested by
    name). A lemma outside it and outside that scan yields no sense; found once per lexicon."""
    words, patterns = detection_lexicon(), cameo.load()
    if _SENSE_LEMMAS[0] is not lex or _SENSE_LEMMAS[1] is not words or _SENSE_LEMMAS[2] is not patterns:
        lemmas = set(lex.verbs) | lex.light_verbs | lex.appointment_verbs | lex.aid_cut_verbs \
            | lex.hosting_verbs | lex.acquisition_verbs | lex.labelling_verbs | lex.envoy_contact_verbs
        # (the light phrases' verbs too: the "verb + object" branch reads a listed phrase whose verb
        # is in no other list, "unsealed charges against", "inked a deal")
        lemmas |= _phrase_verbs(lex.halting_verbs) | _phrase_verbs(lex.particles) | _phrase_verbs(lex.light_phrases) \
            | _phrase_verbs(lex.dismissal_verbs) | _phrase_verbs(patterns.patterns) | _phrase_verbs(patterns.defaults)
        for name in ("sharing_verbs", "blocking_verbs", "violation_verbs", "founding_verbs", "aid_approval_verbs",
                     "recognition_verbs", "accountability_verbs", "invitation_verbs", "dispatch_verbs",
                     "support_giving_verbs", "support_offering_verbs", "support_promising_verbs", "refuge_verbs",
                     "support_bestowing_verbs", "undertaking_help_verbs",
                     "joint_document_verbs", "phone_verbs", "material_effort_verbs", "restatement_verbs", "reaffirmation_verbs"):
            lemmas |= words[name]
        lemmas |= _phrase_verbs(words["cancelling_verbs"]) | _phrase_verbs(words["withholding_verbs"])
        lemmas |= {"support", "call"}  # _accountability_supported, _support_as_aid; the envoy's "call in"
        _SENSE_LEMMAS[:] = [lex, words, patterns, frozenset(lemmas)]
    return _SENSE_LEMMAS[3]


def _prep_idiom_shape(token: Token, lemma: str, lex: Lexicon) -> bool:
    """Whether the verb + preposition scan of ``_verb_sense`` can match: a preposition under the
    verb or its adverb, particle or complement that follows ``lemma`` in a ``prep_idioms`` phrase,
    or is "on" ("on strike" takes any verb: "workers are on strike")."""
    idioms, idiom_verbs = lex.prep_idioms, _prep_idiom_verbs(lex)
    return any(child.lower_ == "on" or f"{lemma} {child.lower_}" in idioms or f"{lemma} {child.lower_}" in idiom_verbs
               for child in _idiom_prepositions(token))


def _idiom_prepositions(token: Token) -> Iterator[Token]:
    """The prepositions under ``token`` or under its adverb, particle or complement ("stand
    firmly with", "come out against"): where a ``prep_idioms`` phrase's preposition can stand.
    Read by the verb + preposition scan of ``_lemma_sense`` and by the gate before it."""
    doc = token.doc
    labels, children = token_deps(doc), token_children(doc)
    heads = [token.i] + [c for c in children[token.i] if labels[c] in ("advmod", "prt", "acomp")]
    return (doc[c] for head in heads for c in children[head] if labels[c] == "prep")


def _verb_sense(token: Token, lex: Lexicon) -> Optional[tuple[str, Optional[str], str, list[Token], float]]:
    """(type, mode, rule, trigger words, confidence) for a content verb, else None."""
    lemma = verb_lemma(token, lex)
    if lemma not in _sense_lemmas(lex) and not _prep_idiom_shape(token, lemma, lex) and held_stance(token) is None:
        return None  # no branch below can give this lemma a sense ("be", "have", most adjectives)
    return _lemma_sense(token, lemma, lex)


def _refused_access(token: Token, lemma: str, lex: Lexicon) -> Optional[Token]:
    """The "access" noun a verb of refusal takes as its object ("deny Russia access to key U.S.
    markets", "denying selected Russian banks access to the SWIFT system", "were denied access to
    the port"): a party's use of a market, system or space cut off, CAMEO 160 reduce relations
    (PLOVER SANCTION 'discontinue'), not a proposal refused. Both must be told: a refused party
    that is an actor (the dative or other object, or the passive subject) and a "to" object, on
    the noun or the verb, headed by a market, system or space noun (event_detection.yaml
    access_domains). Lists: access_refusal_verbs, access_nouns. None for any other verb or
    object ("denied the charges"), and for access to a person or a thing ("denied the defendant
    access to his lawyer", "denied access to the documents": the verb's ordinary reading).
    The passive "barred from accessing X" is ``_denied_access``'s."""
    words = detection_lexicon()
    if token.pos_ != "VERB" or lemma not in words["access_refusal_verbs"]:
        return None
    access = next((o for o in _children(token, ("dobj", "obj")) if noun_lemma(o) in words["access_nouns"]), None)
    if access is None:
        return None
    # the parser often hangs the first object of the double-object frame on "access" as a
    # compound ("denied [Russia access]"): it is the refused party all the same
    parties = [o for o in _children(token, ("dative", "dobj", "obj", "nsubjpass")) if o.i != access.i]
    parties += _children(access, ("compound",))
    if not any(_is_actor(o, lex, allow_pronoun=False) for o in parties):
        return None
    reached = _preps(access).get("to") or _preps(token).get("to")
    if reached is None or noun_lemma(reached) not in words["access_domains"] and reached.lower_ not in words["access_domains"]:
        return None
    return access


def _stance_spoken_alone(token: Token, lemma: str, lex: Lexicon) -> Optional[Token]:
    """The stance a verb of speaking is only the medium of: the verb (event_detection.yaml
    stance_medium_verbs) talks with or to no actor, and a subjectless to-infinitive of purpose on
    it is a stance made by saying it (spoken_purpose_types; an AGREE only by a commissive verb,
    spoken_purpose_commissives): "has spoken with powerful unity *to denounce* Russia's
    aggression" is the denouncing, no talk (CAMEO 046 "speak (with)" needs someone talked with).
    Returns that infinitive, None otherwise ("spoke with Kuleba to condemn ..." keeps the call; a
    phrasal verb of the lexicon, "spoke out", keeps its own sense)."""
    words = detection_lexicon()
    if token.pos_ != "VERB" or lemma not in words["stance_medium_verbs"]:
        return None
    if any(c.dep_ == "prt" and f"{lemma} {c.lower_}" in lex.particles for c in token.children):
        return None  # a phrasal verb with a sense of its own ("speaking out": plover_triggers DISAPPROVE)
    if any(_is_actor(o, lex) for o in _children(token, ("dobj", "obj", "dative"))) \
            or any(_is_actor(o, lex) for p, o in _preps(token).items() if p in ("with", "to")):
        return None
    for clause in _children(token, ("advcl", "xcomp")):
        if clause.pos_ != "VERB" or _children(clause, SUBJECT_DEPS) \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            continue
        # (imported here: the purpose clause is read by the same verb reader that calls this
        # check, detection._classify_verb, which sits a layer above the senses)
        from newsgraph.nlp.events.detection import _classify_verb
        sense = _classify_verb(clause, lex)
        if sense is not None and sense[0] in words["spoken_purpose_types"] and (
                sense[0] != "AGREE" or verb_lemma(clause, lex) in words["spoken_purpose_commissives"]):
            return clause
    return None


# quantifiers and numbers that head a phrase of people ("many of those arrested", "dozens of
# activists", "more than 700 protesters"): the people are in their "of" phrase or are the number's head
_PEOPLE_QUANTIFIERS = frozenset({"many", "some", "all", "most", "several", "dozen", "hundred", "thousand",
                                 "number", "few", "none", "each", "both", "any", "majority"})
# pronouns that stand for people as the one held ("who" and "that" read through their antecedent)
_HELD_PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them", "i", "me", "we", "us", "you",
                            "those", "whom", "who"})
_RELATIVE_WORDS = frozenset({"who", "whom", "that", "which"})


def _held_person(held: Optional[Token], depth: int = 0) -> bool:
    """Whether ``held`` names people: a PERSON / NORP name or newsgraph person mention, a common
    noun of people (WordNet person nouns, those with an act sense too: ``animate_person_word``;
    Phoenix sector agents, "people"), a pronoun for people,
    or a quantifier or number over such people ("many of those arrested", "700 protesters")."""
    if held is None or depth > 3:
        return False
    if held.ent_type_ in ("PERSON", "NORP") or _is_person(held):
        return True
    lower, lemma = held.lower_, held.lemma_.lower()
    if held.pos_ == "PRON" or lower in _HELD_PRONOUNS:
        return lower in _HELD_PRONOUNS
    if held.pos_ in ("NOUN", "PROPN") and (animate_person_word(held) or lemma in ("people", "person")
                                          or _sector_people(held)):
        # (a noun whose commonest sense is a person though another is an act, "pilot", "guard",
        # "witness", is a person here: custody is only said of people, and a thing held, "the
        # city was held hostage by the strike", has no person sense at all)
        return True
    if lemma in _PEOPLE_QUANTIFIERS or held.pos_ == "NUM":
        return any(_held_person(pobj, depth + 1) for prep in _children(held, ("prep",)) if prep.lower_ == "of"
                   for pobj in _children(prep, ("pobj",)))
    return False


# the mark of the custody sense in a trigger's rule text ("custody 'hold' + 'hostage' (CAMEO 181)")
CUSTODY_HOLD_MARK = "custody '"

# the words that introduce examples of a group ("many of those arrested, *such as* A and B",
# "dozens of them, *including* A"): "such as" (CGEL 17.2: an exemplifying appendage) and "including"
_EXAMPLE_PREPS = frozenset({"including", "as"})


def partitive_examples(quantifier: Token) -> list[Token]:
    """The named examples of the group a partitive quantifier stands for ("holds *many* of those
    initially arrested, such as A and B, in detention", "detained *dozens* of them, including A",
    "*hundreds* of the protesters, such as A, were arrested"): the names under "such as" /
    "including" hung on the quantifier, on its "of" object or on a clause of that object, each
    with its conjuncts, in text order. A quantifier over a group (``_PEOPLE_QUANTIFIERS``: "many",
    "some", "dozens", or a number) names no one itself, so the people it gives as examples are
    the ones acted on, as the names under "including" of a plural noun are (subjects._included_names).
    [] when the token is no such quantifier with an "of" phrase, or no name is given."""
    if quantifier.lemma_.lower() not in _PEOPLE_QUANTIFIERS and quantifier.pos_ != "NUM":
        return []
    groups = [p for prep in _children(quantifier, ("prep",)) if prep.lower_ == "of"
              for p in _children(prep, ("pobj",))]
    if not groups:
        return []
    holders = [quantifier, *groups] + [c for g in groups for c in g.children if c.dep_ in ("acl", "relcl")]
    names: list[Token] = []
    for holder in holders:
        for prep in _children(holder, ("prep",)):
            if prep.lower_ not in _EXAMPLE_PREPS or (prep.lower_ == "as" and not (
                    prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such")):
                continue
            for pobj in _children(prep, ("pobj",)):
                names += [n for n in _with_conjuncts(pobj) if n.pos_ == "PROPN"
                          and n.ent_type_ in ACTOR_ENT_LABELS and n.ent_type_ != "NORP"]
    return sorted({n.i: n for n in names}.values(), key=lambda n: n.i)


def _custody_held(token: Token) -> tuple[Optional[Token], bool]:
    """(the one held by ``token``, whether the clause is passive): the active object, the passive
    subject (a relative pronoun read through its antecedent), or the noun a reduced participle
    ("Americans held hostage") describes; None with a subjectless passive gerund ("being held")."""
    objects = _children(token, ("dobj", "obj"))
    if objects:
        return objects[0], False
    subjects = _children(token, ("nsubjpass",))
    if subjects:
        held = subjects[0]
        if held.lower_ in _RELATIVE_WORDS and token.dep_ == "relcl":
            held = token.head
        return held, True
    if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return token.head, True  # "Americans held hostage", "hostages held by Hamas"
    if token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children):
        return None, True  # "the pain of being held hostage"
    return None, False


def _custody_hold(token: Token, lemma: str, lex: Lexicon
                  ) -> Optional[tuple[str, Optional[str], str, list[Token], float]]:
    """The custody sense of "hold" (event_detection.yaml custody_hold_verbs), read from CAMEO.2.0's
    own HOLD patterns: "HOLD * &DETENTION" [173] (PLOVER COERCE arrest) and
    "HOLD * &HOSTAGE" [181] (PLOVER ASSAULT abduct). The verb alone is no event (HOLD [---]: held
    talks, a meeting, elections, a post, the view); it is custody only with a person held
    (``_held_person``) and a complement of custody: a captive noun said of the person ("held
    hostage", "held captive"; or the held noun itself: "hostages held by Hamas"), "incommunicado",
    "in" + a place of detention ("in custody", "in pre-trial detention", "in captivity"),
    "without charge / trial", and in the passive only "in" + a country with no
    agent named ("Two Americans were held in Russia": ``status._custodian_state``, the state as
    the unnamed custodian). A subjectless passive gerund ("the pain of being held hostage") needs
    a captive noun, "incommunicado" or a place of detention."""
    words = detection_lexicon()
    taking = lemma in words["captive_take_verbs"]
    if lemma not in words["custody_hold_verbs"] and not taking:
        return None
    held, passive = _custody_held(token)
    if held is not None and not _held_person(held):
        return None  # "the summit was held in Russia", "held a post", "held talks"
    captive = words["hold_captive_complements"]
    code, complement, strong = None, None, False
    for child in token.children:
        if child.dep_ in ("oprd", "attr", "acomp", "xcomp", "advmod", "npadvmod", "ccomp", "dobj", "dative") \
                and (held is None or child.i != held.i):
            if child.lemma_.lower() in captive or child.lower_ in captive:
                code, complement, strong = "181", child, True
                break
            if taking:
                continue  # "take" is custody only with a captive noun ("TAKE * &HOSTAGE" [181])
            if child.lower_ in words["hold_custody_complements"]:
                code, complement, strong = "173", child, True
                break
    if code is None and taking:
        return None  # "took part", "took the city", "took the prisoners to court"
    if code is None and held is not None and passive and held.lemma_.lower() in captive:
        # the captive noun is the one held ("hostages held by Hamas", "the hostages were held in
        # Gaza"): CAMEO's HOLD + &HOSTAGE, whose object the passive subject is
        code, complement, strong = "181", held, True
    if code is None:
        places = words["detention_places"] | words["hold_custody_extra_places"]
        for prep in _children(token, ("prep",)):
            pobjs = _children(prep, ("pobj",))
            noun = noun_lemma(pobjs[0]) if pobjs else None
            if prep.lower_ == "in" and noun in places and not any(
                    c.dep_ in ("compound", "amod") and c.lemma_.lower() in words["non_detention_camps"]
                    for c in pobjs[0].children):
                code, complement, strong = "173", pobjs[0], True
                break
            if prep.lower_ == "without" and noun in words["hold_without_nouns"]:
                code, complement = "173", pobjs[0]
                break
    if code is None and passive and held is not None:
        from newsgraph.nlp.events.status import _custodian_state  # status builds on this module
        state = _custodian_state(token, lex)
        if state is not None:
            code, complement = "173", state
    if code is None or (held is None and not strong):
        return None
    event_type, mode = cameo.load().codes[code]
    trigger_words = [token] + ([complement] if complement.head.i == token.i and complement.dep_ != "pobj"
                               and (held is None or complement.i != held.i) else [])
    return (event_type, mode, f"{CUSTODY_HOLD_MARK}{lemma}' + '{complement.lower_}' (CAMEO {code})",
            trigger_words, 0.75)


def _partitive_nouns(obj: Token) -> list[Token]:
    """``obj`` and the noun of its partitive "of" phrase ("much of *the region*", "half of *the
    ground*"), in that order."""
    return [obj] + [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"]


def _place_noun(noun: Token) -> bool:
    """Whether ``noun`` names ground: a GPE, LOC or FAC name, a noun of event_detection.yaml
    ``taken_place_nouns``, or a proper name GeoNames lists as a place."""
    return noun.ent_type_ in ("GPE", "LOC", "FAC") \
        or (noun.pos_ == "NOUN" and noun_lemma(noun) in detection_lexicon()["taken_place_nouns"]) \
        or (noun.pos_ == "PROPN" and noun.ent_type_ not in ("PERSON", "NORP")
            and is_gazetteer_place(_name_text(noun)))  # (the NER's organisation "Bucha": GeoNames lists it)


def _freed_place(obj: Token) -> Optional[Token]:
    """The place a verb of setting free has as its object (event_detection.yaml
    ``place_freeing_verbs``): ``_place_noun``, itself or as the noun of a partitive ("much of the
    region": ``_partitive_nouns``), else None."""
    return next((noun for noun in _partitive_nouns(obj) if _place_noun(noun)), None)


def _name_text(noun: Token) -> str:
    """The text of the entity ``noun`` is in, else of the noun and its compounds."""
    if noun.ent_type_:
        for ent in doc_ents(noun.doc):
            if ent.start <= noun.i < ent.end:
                return ent.text
    return noun.doc[min([noun.i] + [c.i for c in noun.children if c.dep_ == "compound"]):noun.i + 1].text


def _lemma_sense(token: Token, lemma: str, lex: Lexicon) -> Optional[tuple[str, Optional[str], str, list[Token], float]]:
    """``_verb_sense`` for a lemma past its gate (every branch, in order)."""
    obj = _object_noun(token)
    if obj is not None and lemma in detection_lexicon()["support_promising_verbs"]:
        obj = _object_before_verb_conjunct(obj)
    # (the adjective read as a passive participle has its holder as passive subject: "We are united in ...")
    adjectival = _held_stance_sense(token) if obj is None or obj.dep_ == "nsubjpass" else None
    if adjectival is not None:
        # "are steadfast in their support for X": the stance noun of the adjectival predicate is
        # read as the object of a restating verb is (``_held_stance_sense``)
        obj = adjectival[0]
    # particles are often parsed as prepositions or adverbs ("pulling out of")
    doc = token.doc
    labels, lowers = token_deps(doc), token_lowers(doc)
    particles = [doc[c] for c in token_children(doc)[token.i] if labels[c] == "prt"
                 or (labels[c] in ("prep", "advmod") and lowers[c] in PARTICLE_WORDS)]
    custody = _custody_hold(token, lemma, lex)
    if custody is not None:
        return custody  # "were held in Russia", "held hostage", "continues to hold X in detention"
    freed = _freed_place(obj) if obj is not None and lemma in detection_lexicon()["place_freeing_verbs"] else None
    if freed is not None and "retake" in lex.verbs:
        # "liberated the town": a place set free is taken back from whoever held it, as "retook
        # the town" is (not a release of captives, the verb's CAMEO RELEASE sense)
        event_type, mode = lex.verbs["retake"]
        return event_type, mode, f"verb '{lemma}' + place '{freed.lemma_.lower()}' (taken back, as 'retake')", [token], 0.7
    if obj is not None and lemma in lex.crime_verbs and obj.lemma_.lower() in lex.crime_nouns:
        return None  # "funds terrorism" is no aid: an accusation when someone says it
    if obj is not None and noun_lemma(obj) in detection_lexicon()["condolence_nouns"]:
        # "expressed his condolences to", "extends its sympathy", "sent our deepest condolences":
        # CAMEO 018 "make empathetic comment", of the 01 public-statement family that PLOVER drops
        # (CAMEO2PLOVER-2021 maps no 01x code): no event; the sentence stays a statement
        return None
    shown = _shown_stance(token, lemma, obj, particles, lex)
    if shown is not None:
        # "demonstrated / showed its solidarity with the people of X": the stance shown to a party
        # (CAMEO 053 "DEMONSTRATE + SOLIDARITY", PLOVER SUPPORT), before the verb's protest sense
        return shown
    if _shows_not_protests(token, lemma, obj):
        return None  # "as demonstrated by these visa actions": to show, not to march
    if _stance_spoken_alone(token, lemma, lex) is not None:
        return None  # "has spoken with one voice to denounce X": the denouncing is the event, no talk
    if lemma in detection_lexicon()["sharing_verbs"]:
        return _sharing_sense(token, lemma, obj)
    if _meets_standard(token, lemma, obj) and _obligation_modal(token, lex) is None:
        # "meets its commitments": to satisfy (WordNet meet.v.04), no meeting; "Russia must meet
        # its commitments" stays the writer's DEMAND (the obligation is the act)
        return None
    held = _accountability_supported(token, lemma, obj, lex)
    if held is not None:
        return held or None  # "support accountability for the Kremlin's wrongdoing": X is accused
    blocking = _blocking_sense(token, lemma, obj)
    if blocking is not None:
        return blocking or None  # () : "imposing blocking sanctions": the imposing is the event
    if lemma in detection_lexicon()["contributing_verbs"] and obj is None and not any(
            _is_actor(p, lex, allow_pronoun=False) for prep, p in _preps(token).items() if prep == "to"):
        # "contributed to measures adopted by the Government", "contribute to the goal of ...": to
        # play a part in something (WordNet contribute.v "be conducive to"), nothing given to anyone
        return None
    if _spends_time(token, lemma, obj):
        return None  # "spent six months in the United States": time passed, no money given (CAMEO 071)
    if _fulfils(token, lemma, obj):
        return None  # "to deliver on the President's efforts": a promise kept, nothing handed over
    if lemma in detection_lexicon()["violation_verbs"]:
        return _violation_sense(token, lemma, obj, lex)
    if _enacts_domestic_instrument(token, lemma, obj):
        return None  # "signed into law", "signed an Executive Order": no agreement with anyone
    if _accepts_legislation(token, lemma, obj):
        return None  # "accepted a spending bill": a legislative act, no concession to anyone
    if _agreed_wording(token, lemma, obj):
        return None  # "The text of the following statement was agreed upon by the ministers": a note on the text
    if _shared_view(token, lemma):
        return None  # "agreed that diplomacy is the best way", "agreed on the importance of": an opinion shared
    founded = _founded_body(lemma, obj)
    if founded is not None:
        # "We launched the U.S.-EU Trade and Technology Council": a joint body set up is cooperation
        # begun (PLOVER COOPERATE: "initiate, resume, improve, or expand diplomatic, non-material
        # cooperation"), not an appeal (PETRARCH2 LAUNCH + COUNCIL [022], PLOVER DEMAND)
        return "COOPERATE", None, f"founding '{lemma}' + joint body '{founded.lemma_.lower()}'", [token, obj], 0.75
    approved = _approved_aid(token, lemma, obj, lex)
    if approved is not None:
        # "the total U.S. security assistance approved for Ukraine": aid authorised is aid given
        # (PLOVER AID, CAMEO 07), no verbal backing (PLOVER SUPPORT)
        return "AID", _single_aid_kind(approved), f"aid approved '{lemma}' + '{approved.lemma_.lower()}'", [token], 0.75
    recognition = _recognition_sense(token, lemma, obj, lex)
    if recognition is not None:
        return recognition or None  # () : recognising a fact ("recognizes the human toll"), no event
    if _pressure_by_means(token, lemma, obj) is not None:
        return None  # "increase the pressure on Russia by designating ...": the designating is the act
    if _role_appointed(token, lemma, obj, lex):
        return None  # "to designate a Cybersecurity Coordinator": a role filled, no sanction
    if _charged_duty(token, lemma, lex):
        return None  # "are charged with overseeing the reconstruction": a remit, no accusation
    if _called_appointment(token, lex):
        return None  # "called for Trujillo to be appointed as a representative": no act between actors
    if token.pos_ == "VERB" and _commerce_supported(lemma, obj):
        return None  # "have supported Iranian energy trade": commerce, neither aid nor backing
    violent = _violent_manner(token, lemma, lex)
    if violent is not None:
        return violent
    special = _classify_by_object(token, lemma, obj, particles, lex) or _accountability_frame(token, lemma, lex) \
        or _invitation_to_act(token, lemma, lex) or _rescue_mission(token, lemma, lex) \
        or _support_as_aid(token, lemma, obj, lex) or _help_in_undertaking(token, lemma)
    if special is not None:
        return special
    protection = _preps(token).get("for") if lemma in lex.appointment_verbs else None
    if protection is not None and any(t.lemma_.lower() in detection_lexicon()["protection_words"]
                                      for t in protection.subtree):
        # "is designating Venezuela for Temporary Protected Status": its nationals are given
        # protection in the designating state's territory (PLOVER AID: "Asylum ... to persons in
        # its territories"), no sanction on Venezuela
        return "AID", "humanitarian", f"'{lemma}' {PROTECTION_DESIGNATION} '{protection.text}'", [token], 0.75
    if lemma in lex.appointment_verbs and "as" in _preps(token):
        role = _preps(token)["as"]
        if not _condemns(role, lex):
            return None  # "designated Ambassador Manes as Chargé d'affaires": an appointment, no sanction
    refused = _refused_access(token, lemma, lex)
    if refused is not None:
        # PETRARCH2 REFUSE block "DENY * ACCESS" [160] reduce relations -> PLOVER SANCTION
        # 'discontinue' (CAMEO2PLOVER-2021): a party cut off from a market, system or space
        return "SANCTION", "discontinue", f"access refused '{lemma}' + '{refused.lemma_.lower()}'", [token, refused], 0.8
    cancelled = _cancelled_meeting(lemma, obj, particles)
    if cancelled is not None:
        # codebook SANCTION ambiguities: "Cancellation of meetings are REJECT", mode 'meet'
        # ("Meetings and negotiations", the REJECT modes table)
        return "REJECT", "meet", f"cancelling '{cancelled[0]}' + meeting '{obj.lemma_}'", [token, obj] + cancelled[1], 0.8
    called_off = _message_calling_off(obj, lex)
    if called_off is not None:
        # the letter is the means, its content the act: a letter that calls off a meeting is the
        # cancellation (codebook SANCTION ambiguities: "Cancellation of meetings are REJECT"), no
        # consultation (CAMEO 040 "send + letter")
        return "REJECT", "meet", f"message '{obj.lemma_}' calling off meeting '{called_off.lemma_}'", \
            [token, obj], 0.8
    withheld = _withheld_service(lemma, obj, particles)
    if withheld is not None:
        # codebook COERCE 'withhold': "shut off power/internet/water/utilities" (event_detection.yaml
        # withholding_verbs), not SANCTION's reduced relations: "cut off internet access"
        return "COERCE", "withhold", f"withholding '{withheld[0]}' + service '{withheld[1].lemma_}'", \
            [token, obj] + withheld[2], 0.8
    if lemma in lex.aid_cut_verbs and obj is not None and obj.lemma_.lower() in lex.aid_nouns \
            and not _commodity_flow(obj, lex):
        # codebook SANCTION 'discontinue': "curtail, decrease, break, or terminate ... material
        # exchanges" (CAMEO 162 reduce or stop aid): cancelled, delayed, suspended, frozen aid
        return "SANCTION", "discontinue", f"cut aid '{lemma}' + '{obj.lemma_}'", [token, obj], 0.8
    displaced = None
    if lemma in detection_lexicon()["refuge_verbs"]:
        # (the object a refuge verb shares with the verb conjoined after it: "countries that are
        # welcoming and supporting refugees" welcome the refugees, the parser hangs them on the last)
        hosted = obj if obj is not None else _shared_object(token)
        displaced = _displaced_people(hosted) if hosted is not None else _fleeing_complement(token)
        if displaced is not None and hosted is None and _noun_participle(token):
            # "the neighboring countries in the region hosting fleeing Ukrainians": the participle
            # describes the noun before it (the parser hangs it on the main verb, whose subject is
            # not the host); refuge given, no visit hosted, by hosts the clause does not name
            return None
    if displaced is not None:
        # PLOVER AID "asylum ... to persons in its territories" (CAMEO 075 grant asylum ->
        # CAMEO2PLOVER AID mode asylum): hosting, welcoming or taking in refugees is refuge given,
        # no visit hosted (CONSULT), no praise (SUPPORT) and no relief sent (humanitarian)
        return "AID", "asylum", f"refuge '{lemma}' + displaced '{displaced[0]}'", [token, displaced[1]], 0.75
    if lemma in lex.hosting_verbs and obj is not None and (
            obj.lemma_.lower() in lex.visitor_nouns or obj.ent_type_ == "PERSON"):
        # PLOVER CONSULT: "hosting visits" ("welcomed the delegation to the palace")
        return "CONSULT", "host", f"hosting '{lemma}' + visitor '{obj.lemma_}'", [token, obj], 0.75
    for particle in particles:
        phrase = f"{lemma} {particle.lower_}"
        if obj is not None and f"{lemma}_{particle.lower_}" in lex.halting_verbs \
                and _is_hostile_noun(obj, lex):
            return "CONCEDE", "halt", f"halting '{phrase}' + hostile act '{obj.lemma_}'", [token, particle, obj], 0.8
        if phrase in lex.particles:
            event_type, mode = lex.particles[phrase]
            return event_type, mode, f"phrasal verb '{phrase}'", [token, particle], 0.8
    # a verb that begins no idiom makes no phrase to look up: only "on strike" stays to try
    idiom_verb = lemma in _prep_idiom_verbs(lex)
    for child in _idiom_prepositions(token):
        if not (idiom_verb or child.lower_ == "on"):
            continue
        for pobj in child.children:
            idiom = f"{lemma} {child.lower_} {pobj.lemma_.lower()}"
            if pobj.dep_ == "pobj" and f"{lemma} {child.lower_}" in lex.prep_idioms \
                    and _idiom_party(pobj, child, lex) \
                    and not any(o.lower_ != "that" for o in _children(token, ("dobj", "obj"))) \
                    and not any(c.dep_ == "advmod" and c.lower_ in ("here", "there") for c in token.children) \
                    and not (child.lower_ == "with" and _act_done_with_partner(token) is not None):
                # a verb + preposition idiom whose object is an actor ("stand with X"): the object
                # is the partner the preposition names, the target, not a word of the trigger (a
                # place adverb makes it literal: "standing here with my colleague"; an object of
                # the verb another sense: "stood trial with", "with the backing of" no partner)
                event_type, mode = lex.prep_idioms[f"{lemma} {child.lower_}"]
                return event_type, mode, f"idiom '{lemma} {child.lower_}'", [token, child], 0.8
            if pobj.dep_ == "pobj" and idiom in lex.prep_idioms:
                event_type, mode = lex.prep_idioms[idiom]
                return event_type, mode, f"idiom '{idiom}'", [token, child, pobj], 0.8
            if pobj.dep_ == "pobj" and child.lower_ == "on" and pobj.lemma_.lower() == "strike":
                return "PROTEST", "strike", "'on strike'", [token, child, pobj], 0.8
    if obj is not None and lemma in lex.halting_verbs and _is_hostile_noun(obj, lex):
        return "CONCEDE", "halt", f"halting '{lemma}' + hostile act '{obj.lemma_}'", [token, obj], 0.8
    eased = _eased_measure(token, obj, lex) if lemma in lex.halting_verbs else []
    if eased:
        # the part nouns between are left out: their modifiers ("ad valorem rate") are no actors
        words = [token, obj] + ([eased[-1]] if eased[-1].i != obj.i else [])
        return "CONCEDE", "halt", f"easing '{lemma}' + part of '{eased[-1].lemma_}'", words, 0.75
    if obj is None and lemma in lex.light_verbs and token.dep_ == "acl" and token.tag_ == "VBN" \
            and token.head.pos_ == "NOUN" and _passive_agent(token) is not None:
        # "the sanctions imposed by the United States on Russian banks": the participle's noun
        # is its object, the "by" phrase its agent (the act told as a passive)
        phrase = f"{lemma} {noun_lemma(token.head)}"
        code = lex.light_phrases.get(phrase)
        if code is not None and _plain_law(token.head, code):
            code = ("COERCE", None) if lemma == "impose" else None  # as for the object (below)
        if code is not None:
            event_type, mode = code
            return event_type, mode, f"passive participle + noun '{phrase}'", [token], 0.7
    if obj is not None and _issued_frame_document(lemma, obj) \
            and any(c.dep_ in ("amod", "compound") and c.lower_ in JOINT_MODIFIERS for c in obj.children):
        # "issue the following joint statement": the frame of what follows, no act (a plain
        # "issued a declaration demanding ..." keeps the light phrase's DEMAND)
        return None
    if obj is not None and _joint_document(token, lemma, obj):
        return "AGREE", None, f"{JOINT_DOCUMENT} '{lemma}' + '{obj.lemma_.lower()}'", [token, obj], 0.75
    if obj is not None and lemma in lex.light_verbs:
        counted = _counted_act(obj, lex)
        if counted is not None:
            # "held a round of talks", "a series of meetings": the act counted is the object
            # (event_detection.yaml occurrence_count_nouns); the count noun joins the trigger words
            obj, token_words = counted, [token, obj, counted]
        else:
            token_words = [token, obj]
        noun = noun_lemma(obj)
        phrase = f"{lemma} {noun}"
        code = lex.light_phrases.get(phrase)
        if code is not None and _plain_law(obj, code):
            # a law that is no martial law: imposed on someone it coerces without a mode (CAMEO IMPOSE
            # block, bare verb 170 Coerce); declared, it is no event (DECREE block 010, a statement)
            code = ("COERCE", None) if lemma == "impose" else None
        if code is not None:
            event_type, mode = code
            if event_type == "COERCE" and _sanction_measure(obj):
                # "imposing coordinated additional restrictive measures" on a state: the sanctions
                # PLOVER codes SANCTION 'discontinue' ("International (political or economic)
                # sanctions"); COERCE 'restrict' is restrictions on political freedoms or movement
                event_type, mode = lex.light_phrases[f"{lemma} sanction"] if f"{lemma} sanction" in lex.light_phrases \
                    else ("SANCTION", None)
            if event_type == "DISAPPROVE" and noun in detection_lexicon()["loss_concern_nouns"] \
                    and _empathy_for_loss(obj, lex) is not None:
                # "expressed his concern and condolences for the loss of life during recent
                # protests": sympathy with the bereaved (CAMEO 018), no stance against anyone, and
                # no event (PLOVER drops the CAMEO 01 comments, as with condolences alone)
                return None
            if noun == "drawdown" and _troop_drawdown(obj):
                return None  # "authorized a drawdown of troops": forces cut back, no aid given
            if mode == "legal" and (_sum_charged(obj) or not _accusation_charge(token, obj, lex)):
                # "announced charges of $5 million", "announced charges related to the
                # restructuring": a cost or a fee, no accusation
                return None
            if mode == "martial-law" and _foreign_emergency(token, obj):
                # "the President declared a national emergency with respect to Iran pursuant to the
                # International Emergency Economic Powers Act": an emergency declared about a foreign
                # threat is the legal ground of economic measures (IEEPA, 50 U.S.C. 1701: a threat
                # "which has its source ... outside the United States"), no state of emergency at
                # home; PLOVER COERCE martial-law is "Impose state of emergency or martial law"
                return None
            if event_type == "CONSULT" and noun == "call" and "for" in _preps(obj):
                # "the Cuban people made a 'clarion call for freedom'": a call for something is an
                # appeal (WordNet call.n.05 "a demand especially in the phrase 'the call of duty'"),
                # no telephone call; PLOVER CONSULT is meetings, visits, phone calls and talks
                return None
            return _with_strike_sense(token, lemma, obj, (event_type, mode), f"light verb + object '{phrase}'",
                                      token_words, 0.8, lex)
        if noun in JOINT_ACTIVITY_NOUNS and lemma not in PHRASE_ONLY_LIGHT_VERBS and (any(
                c.dep_ == "amod" and c.lower_ in JOINT_MODIFIERS for c in obj.children) or _done_together(token, obj)):
            # "held joint exercises", "conducted a bomber patrol together", "jointly carried out
            # drills": an operation of several states together is their mutual material cooperation
            # (PLOVER COOPERATE "joint military games and maneuvers"; "joint military operations are
            # coded as COOPERATE but single-country exercises ... MOBILIZE")
            return "COOPERATE", "military" if noun != "venture" else "economic", f"light verb '{lemma}' + joint '{noun}'", token_words, 0.75
        if noun in lex.nouns and lemma not in lex.verbs and lemma not in PHRASE_ONLY_LIGHT_VERBS:
            event_type, mode = lex.nouns[noun]
            return _with_strike_sense(token, lemma, obj, (event_type, mode),
                                      f"light verb '{lemma}' + event noun '{noun}'", token_words, 0.7, lex)
    if obj is not None and lemma not in lex.light_verbs and f"{lemma} {noun_lemma(obj)}" in lex.light_phrases:
        # a listed phrase whose verb is no light verb ("the regime has increased its cooperation
        # with Moscow"): the phrase table overrides the CAMEO pattern of the bare verb
        phrase = f"{lemma} {noun_lemma(obj)}"
        event_type, mode = lex.light_phrases[phrase]
        if noun_lemma(obj) == "drawdown" and _troop_drawdown(obj):
            return None  # "authorized a drawdown of troops": forces cut back, no aid given
        if mode == "legal" and (_sum_charged(obj) or not _accusation_charge(token, obj, lex)):
            return None  # "levied charges of 10 percent": a fee, no accusation
        return event_type, mode, f"verb + object '{phrase}'", [token, obj], 0.8
    if _serving_with_unit(token, lemma):
        return None  # "Four Airmen deployed with the 455th Squadron": serving with a unit, no mobilisation
    talk = _call_to_talk(token, lemma, lex)
    if talk is not None:
        return "CONSULT", "phone", f"phone call '{lemma}' + purpose '{talk.lemma_}'", [token], 0.75
    # the project's own context rules (particles, idioms, light phrases) came first; a CAMEO
    # pattern's context now decides the sense of the bare verb
    # before CAMEO 050 "support + effort": a war effort backed is material
    backed = _material_effort_backed(token, lemma, obj)
    if backed is not None:
        military = set(backed.split()) & detection_lexicon()["material_effort_military_kinds"]
        return "AID", "military" if military else None, f"{MATERIAL_SUPPORT} '{lemma}' + '{backed}'", [token], 0.7
    if obj is not None and lemma in detection_lexicon()["bestowal_verbs"]:
        # "conferred honors upon the brigade": the transitive verb bestows (WordNet confer.v.01),
        # read with CAMEO's BESTOW patterns ("BESTOW + HONOR" 051); its meeting sense takes no object
        sense = cameo.sense(token, "bestow", particles)
        if sense is None or sense.event_type is None:
            return None  # "conferred a degree on X": something given, no meeting and no event CAMEO codes
        sense = dataclasses.replace(sense, context=f"{lemma} as '{sense.context}'")
    elif adjectival is not None:
        sense = adjectival[1]
    else:
        sense = cameo.sense(token, lemma, particles) or _restated_stance(token, lemma, obj, particles)
    cause = _commitment_cause(obj, sense, lex) if sense is not None and sense.code == "030" else None
    if cause is not None:
        # "We reiterate our unwavering commitment to the sovereignty and territorial integrity of
        # Ukraine": PETRARCH2 files "reiterate + commitment" under 030 (intent to cooperate), but a
        # commitment to a cause or to verbal backing is CAMEO's "reaffirm + commitment" (050), PLOVER
        # SUPPORT ("express support for ... actor"); AGREE is a commitment to an act (to cooperate)
        sense = cameo.Sense("050", "SUPPORT", None, f"{sense.context} to cause '{cause.lemma_.lower()}', "
                            f"as 'reaffirm + commitment'", sense.words)
    if (sense is not None and sense.event_type == "SUPPORT") or (sense is None and _restated_promise(lemma, obj)):
        # (with no CAMEO pattern: "reaffirmed its pledge to provide $500 million in assistance",
        # "renewed its commitment to providing security assistance": a promise restated)
        promised = _material_commitment(obj, sense.words if sense is not None else (), lex)
        if promised is not None:
            # PLOVER AGREE: "commitment to cooperate"; "broad promises of future AID" (CAMEO 03)
            kind, stance, act = promised
            return ("AGREE", kind.lower(), f"{MATERIAL_COMMITMENT} '{lemma}' + '{stance.lemma_.lower()}' to "
                    f"'{act.lemma_.lower()}'", [token, stance], 0.7)
    if sense is not None and sense.code == "050" and sense.event_type == "SUPPORT":
        committed = _committed_act(obj, sense, lex)
        if committed is not None:
            stance, act, mode = committed
            # PLOVER AGREE "indicate willingness or commitment to cooperate": the commitment
            # restated is to the holder's own act to come (since 0.7.550; backing, since 0.7.850)
            return ("AGREE", mode, f"{COMMITTED_ACT} '{lemma}' + '{stance.lemma_.lower()}' to '{act.lemma_.lower()}'",
                    [token] + [w for w in sense.words if w.i != token.i], 0.75)
    if sense is not None:
        if sense.event_type is None:
            return None  # CAMEO: the verb in this context is no event ("welcome" + a festival)
        if _told_act(lemma, sense, lex):
            return None  # "described the attacks by Hamas": the teller of an act is not its doer
        if _stative_complement(token, lemma, sense) or _scholarly_inquiry(sense) \
                or _watched_state(lemma, sense):
            return None
        offered = _offered_proposal(lemma, sense)
        if offered is not None:
            # "The EU has put forward a new proposal" (PETRARCH2 PUT + &PROPOSAL [022], an appeal): the
            # actor's own proposal laid before others is an offer, PLOVER AGREE ("offer ... willingness
            # ... to cooperate"), no request of anyone (event_detection.yaml offered_proposal_nouns)
            words = [token] + [w for w in sense.words if w.i != token.i]
            return ("AGREE", None, f"{OFFERED_PROPOSAL} '{lemma}' + '{offered.lemma_.lower()}' "
                    f"(CAMEO {sense.code} '{sense.context}')", words, 0.7)
        if sense.event_type == "INVESTIGATE" and lemma in detection_lexicon()["investigation_request_verbs"]:
            # "called for an independent inquiry": the investigation is asked for, not made
            # (PLOVER REQUEST: all requests; CAMEO ORDER + INQUIRY 1014)
            words = [token] + [w for w in sense.words if w.i != token.i]
            return ("DEMAND", None, f"investigation requested: '{lemma}' (CAMEO {sense.code} "
                    f"'{sense.context}' asked for)", words, 0.75)
        if sense.event_type not in ("DEMAND", None) and lemma in detection_lexicon()["investigation_request_verbs"] \
                and "(for" in sense.context and "for" in _preps(token):
            # "We call for an immediate end to the PRC's crimes" (PETRARCH2 CALL (FOR END) [053]),
            # "calling on Congress for immediate action" ((FOR {INTERNATIONAL ACTION}) [113]): the
            # pattern names what is asked for; the asking is a request (PLOVER REQUEST: "all
            # requests, demands, and orders"; CAMEO 02 "appeal", 10 "demand")
            words = [token] + [w for w in sense.words if w.i != token.i]
            return ("DEMAND", None, f"request '{lemma}' (CAMEO {sense.code} '{sense.context}' asked for)",
                    words, 0.75)
        if sense.event_type == "CONSULT" and _office_taken(token):
            return None  # "since we've come to office": taking office, no visit
        if sense.code == "160" and lemma in detection_lexicon()["withdrawal_evacuate_verbs"] \
                and "from" not in _preps(token):
            # PETRARCH2 "EVACUATE + CITIZENS / STAFF" [160] reduces relations with the country the
            # people are pulled out of ("evacuated its nationals from Libya"); with no such place
            # ("evacuated about 80 people in the town of Yeoncheon") it is a civil-protection
            # measure of one's own authorities: no reduction of relations, no event
            return None
        words = [token] + [w for w in sense.words if w.i != token.i]
        noun = _endorsed_initiative(lemma, sense) if (sense.code or "").startswith("03") else None
        if noun is not None:
            # "backed the UN's call for a ceasefire" (PETRARCH2 BACK + CALL [032], an intent): the
            # backing of another's call, proposal or plan is itself the endorsement (CAMEO 051
            # "praise or endorse", as the dictionary codes SUPPORT + PLAN / DEMANDS / BID), PLOVER
            # SUPPORT ("express support for, commend, approve policy, action, or actor")
            return "SUPPORT", None, f"endorsement '{lemma}' + '{noun.lemma_.lower()}' (CAMEO 051)", words, 0.75
        if _intensified_force(token, lemma, sense, lex):
            # PETRARCH2 "STEP_UP / INCREASE + ATTACK" [138] "threaten to use military force": told
            # as done ("the regime has increased its attacks on faith leaders", "stepped up attacks
            # on civilians") the attacks were made, more of them: PLOVER ASSAULT codes uses of
            # force, THREATEN only "threats" of future acts; "will step up attacks" stays a threat
            return "ASSAULT", None, f"CAMEO {sense.code} '{sense.context}' (carried out: ASSAULT)", words, 0.75
        if sense.code == "036" and lex.verbs.get(lemma, ("",))[0] == "CONSULT":
            # CAMEO 036 "express intent to meet" read off "met ... at the Department": a meeting
            # that took place is PLOVER CONSULT; a planned one still becomes AGREE (status)
            event_type, mode = lex.verbs[lemma]
            return event_type, mode, f"CAMEO {sense.code} '{sense.context}' (held: {event_type})", words, 0.75
        if sense.code == "036" and _told_as_done(token) and any(
                w.pos_ == "NOUN" and w.lemma_.lower() in detection_lexicon()["travel_act_nouns"] for w in sense.words):
            # CAMEO 036 "express intent to meet" read off a trip made ("led a congressional delegation
            # to Kyiv", "made a trip to ..."): a visit or meeting that took place is PLOVER CONSULT;
            # a planned one still becomes AGREE (status; codebook: "references to future meetings,
            # summits, state visits ... should be coded as AGREE")
            mode = "visit" if any("to" in _preps(w) for w in [token, *sense.words]) else "meet"
            return "CONSULT", mode, f"CAMEO {sense.code} '{sense.context}' (made: CONSULT)", words, 0.75
        if (sense.code or "").startswith("031") and lemma in detection_lexicon()["award_verbs"] and any(
                w.pos_ == "NOUN" and w.lemma_.lower() in detection_lexicon()["award_funding_nouns"] for w in sense.words):
            # PETRARCH2 "AWARD + CONTRACT" [031] "express intent to engage in material cooperation":
            # a contract or grant awarded is money given (codebook AID: "monetary aid ... grants,
            # gifts and credit"); one announced ("will award up to 10 grants") still becomes AGREE (status)
            mode = "military" if sense.code == "0312" else "economic"
            return "AID", mode, f"CAMEO {sense.code} '{sense.context}' (awarded: AID)", words, 0.75
        handed_over = _handed_over_goods(lemma, sense, obj, lex)
        if handed_over is not None:
            # "sanctioned three companies for supplying drones to Russia" (PETRARCH2 SUPPLY +
            # DRONES [0332] "express intent to provide military aid"): goods handed over are CAMEO 07
            # "provide aid", PLOVER AID; an announced transfer ("will supply") becomes AGREE by status
            return ("AID", handed_over or None, f"CAMEO {sense.code} '{sense.context}' (handed over: AID)", words, 0.75)
        measure = _announced_measure(token, lemma, sense, lex)
        if measure is not None:
            if not measure:
                return None  # "announced measures to further support the Cuban people": no hostile act
            event_type, mode = measure
            return event_type, mode, f"CAMEO {sense.code} '{sense.context}' (taken: {event_type})", words, 0.75
        if sense.code == "050" and lex.verbs.get(lemma, ("",))[0] == "CONSULT":
            # PETRARCH2 "NEGOTIATE (WITH)" [050] "engage in diplomatic cooperation": the codebook
            # names "negotiations, bargaining, or discussions" as CONSULT keywords (CAMEO 046
            # "engage in negotiation" -> CONSULT), so a verb of talks keeps its CONSULT reading
            event_type, mode = lex.verbs[lemma]
            return event_type, mode, f"CAMEO {sense.code} '{sense.context}' (talks: {event_type})", words, 0.75
        talks = _negotiation_conduct(token, sense) if sense.code == "050" else None
        if talks is not None:
            # PETRARCH2 "ENGAGE (IN DIPLOMACY)" [050]: diplomacy is the conduct of negotiations, which
            # the dictionary codes 046 "engage in negotiation" with talks, dialogue or negotiation
            # (CONSULT; codebook CONSULT keywords "negotiations, bargaining, or discussions"); so a
            # promise or readiness to engage in it is AGREE 'consult' (CAMEO 036), not 'support'
            return "CONSULT", None, f"CAMEO {sense.code} '{sense.context}' (negotiation '{talks.lemma_.lower()}': " \
                "CONSULT, as 046 'engage in negotiation')", words, 0.75
        if sense.code == "043" and lex.verbs.get(lemma, ("",))[0] == "CONSULT":
            # CAMEO 043 "host a visit": the table's mode 'visit' has the visitor as actor (codebook,
            # CONSULT modes); the host as subject ("Guatemala hosted the Ministerial", "hosted by
            # France") keeps the verb's own reading, CONSULT/host, as "hosted Meredov" does (the
            # stored roles then put the visitor first: _visitor_first)
            event_type, mode = lex.verbs[lemma]
            return event_type, mode, f"CAMEO {sense.code} '{sense.context}' (host: {event_type}/{mode})", words, 0.75
        if sense.code == "043" and lemma in lex.hosting_verbs and lemma in lex.verbs and (
                obj is None or not _is_actor(obj, lex, allow_pronoun=True)):
            # "welcomed the return of the hostages to Israel", "welcomes Finland's accession to
            # NATO": what is welcomed is a development, no visitor, so the verb keeps its own
            # reading (praise of the development; its possessor is the target), no visit
            event_type, mode = lex.verbs[lemma]
            return event_type, mode, f"verb '{lemma}' + a development welcomed, no visitor (not CAMEO " \
                f"{sense.code} '{sense.context}')", [token], 0.7
        if sense.code == "043" and lemma in lex.hosting_verbs:
            # "welcome X to Washington" (PETRARCH2 WELCOME (TO) 043 "host a visit"): a hosting verb
            # whose own reading is praise (plover_triggers welcome: SUPPORT) hosts here, its subject
            # the host; read as CONSULT/host so the visitor is the actor (_visitor_first; codebook)
            return "CONSULT", "host", f"CAMEO {sense.code} '{sense.context}' (host: CONSULT/host)", words, 0.75
        forces = _order_to_forces(token, sense) if sense.event_type == "DEMAND" else None
        if forces is not None:
            # "issued an order to the armed forces to deploy", "issued an order that the front-line
            # units should enter a wartime state": an order to armed forces is their act, done by
            # whoever gives it (PETRARCH2 ORDER + ARMY [154], as the verb "ordered the army" is
            # read), no request between actors (event_detection.yaml force_order_nouns)
            noun, addressee = forces
            return ("MOBILIZE", "troops", f"{ORDER_TO_FORCES} '{lemma}' + '{noun.lemma_.lower()}' to "
                    f"'{addressee.lemma_.lower()}' (as CAMEO 154 'order + army')", words + [addressee], 0.75)
        mode = sense.mode
        if sense.event_type == "RETREAT" and mode == "disarm" and lex.verbs.get(lemma, (None, None))[1] != "disarm" \
                and _retreat_from_place(token):
            # "Russian forces retreat from Kyiv" (CAMEO 0874 "retreat or surrender militarily",
            # crosswalked to disarm): pulling back from a place is PLOVER RETREAT withdraw
            # ("Retreat from territory or withdraw forces from an area"); disarm stays for the
            # verbs of giving up arms (demobilize, disarm, decommission: their own mode)
            mode = "withdraw"
        if sense.event_type == "AID":
            # CAMEO 070 "provide aid" names no kind, the aid noun or goods may ("provided
            # humanitarian assistance"); money given is 071 economic unless the aid it is in names
            # its kind ("provided $186 million in humanitarian assistance"): PLOVER AID's kinds
            mode = _money_aid_kind(token, sense, lex) or mode or _aid_kind(sense, lex)
        return (sense.event_type, mode, f"CAMEO {sense.code} '{sense.context}'", words,
                0.75 if sense.words else 0.7)
    stressed_act = _stressed_importance(token, lemma, obj)
    if stressed_act is not None:
        return "DEMAND", None, f"{STRESSED_IMPORTANCE} '{lemma}' + importance of act '{stressed_act.lemma_}' (as CAMEO 020 " \
            "'stress + need')", [token, obj], 0.7
    if lemma in lex.context_verbs:
        return None  # a verb whose sense needs its context (CAMEO: no code alone), and none matched
    if lemma not in lex.verbs:
        default = cameo.default(lemma, particles) if lex.cameo_defaults else None
        if default is None or token.pos_ != "VERB":
            return None
        return default.event_type, default.mode, f"CAMEO {default.code} verb '{default.context}'", [token], 0.55
    if lex.verbs[lemma][0] == "CONSULT" and any(c.dep_ == "auxpass" for c in token.children):
        return None  # "would be met with consequences" is not a meeting
    if lemma in REQUIRED_PREPS:
        needed = REQUIRED_PREPS[lemma]
        if lemma in ("receive", "summon"):
            if obj is None or not _is_actor(obj, lex, allow_pronoun=False):
                return None
        found_preps = {p for p, o in _preps(token).items() if o.ent_type_ not in ("DATE", "TIME")}
        if "for" in needed and _for_infinitives(token):
            # "called for Russia to cease all hostilities": "for" opens the act called for, a
            # clause with its own subject, which the parser does not give as a "for" phrase
            found_preps.add("for")
        if lemma not in ("receive", "summon") and not needed & found_preps:
            return None
        if lemma in ("call", "push", "press") and found_preps & {"for", "on"}:
            return "DEMAND", None, f"verb '{lemma}' + for/on", [token], 0.75
    event_type, mode = lex.verbs[lemma]
    if lemma in FORCE_OBJECT_VERBS and (obj is None or obj.lemma_.lower() not in FORCE_NOUNS):
        return None  # "strengthening its push for power" is not a mobilisation
    if lemma in TRANSFER_VERBS and obj is not None and obj.lemma_.lower() in lex.message_nouns:
        return None  # "sent a message", "gave a speech": communication, not aid
    if lemma in TRANSFER_VERBS and obj is not None \
            and obj.lemma_.lower() in detection_lexicon()["rendered_rulings"]:
        return None  # "delivered a decision", "gave its ruling": a judgement rendered (WordNet render), not aid
    if lemma in TRANSFER_VERBS and any(o.lemma_.lower() in lex.message_nouns for o in _children(token, ("dobj", "dative"))):
        return None  # "give me the most optimism", "gives the government the power to ..."
    if lemma in TRANSFER_VERBS and obj is not None and _preps(token).get("with") is not None \
            and _preps(token)["with"].lemma_.lower() in lex.message_nouns | detection_lexicon()["handed_texts"]:
        return None  # "provided Russia with a paper that detailed ... steps": a text handed over, no aid
    if lemma in TRANSFER_VERBS and (token.dep_ == "prep" or (obj is None and "for" in _preps(token))):
        return None  # "given Russia's history" (a preposition); "provides for the termination" (stipulates)
    protection = _protection_granted(lemma, obj)
    if protection is not None:
        return "AID", "asylum", f"protection granted '{lemma}' + '{protection}'", [token, obj], 0.75
    if (lemma == "offer" or lemma in detection_lexicon()["promise_object_verbs"]) and obj is not None \
            and obj.pos_ == "NOUN":
        promised = _promised_noun_act(token, lemma, obj, lex)
        if promised is not None:
            return promised
    if lemma in TRANSFER_VERBS and obj is not None and obj.lemma_.lower() in FORCE_NOUNS:
        if lemma in ("send", "deploy"):
            return "MOBILIZE", "troops", f"verb '{lemma}' + forces", [token, obj], 0.7
        return "AID", "military", f"verb '{lemma}' + forces given", [token, obj], 0.7
    striking = _striker_sense(token, lemma, obj, lex)
    if striking is not None:
        return striking or None  # () : "These sanctions strike at the core of ...": figurative
    if lemma == "strike" and obj is not None:
        return "ASSAULT", "aerial", "verb 'strike' with object", [token], 0.65
    if obj is not None and obj.lemma_.lower() in lex.nouns and lemma in TRANSFER_VERBS:
        event_type, mode = lex.nouns[obj.lemma_.lower()]
        return event_type, mode, f"verb '{lemma}' + event noun '{obj.lemma_.lower()}'", [token, obj], 0.75
    confidence = 0.55 if lemma in TRANSFER_VERBS else 0.7
    return event_type, mode, f"verb '{lemma}'", [token], confidence


def _told_act(lemma: str, sense: cameo.Sense, lex: Lexicon) -> bool:
    """Whether a verb that tells, reports or describes (event_detection.yaml act_report_verbs,
    report_topic_verbs, act_telling_verbs) takes a CAMEO sense of a material act (PLOVER quad
    material types) from an act noun among the pattern's words ("The minister described the attacks
    by Hamas as barbaric": PETRARCH2 "REPORT + ATTACK" [190]; "mentioned the sanctions on Russia":
    "ANNOUNCE + SANCTIONS" [163] carried to a synonym): the act is told, the teller is not its doer.
    An act noun is one of the trigger lexicon's event nouns or a WordNet deverbal noun of a verb
    coded as a material act ("the release of the hostages"); a thing ("presented a warrant") is none."""
    from newsgraph.nlp.act_doers import deverbal_nouns

    material = joined_detection_words("material_conflict_types", "material_cooperation_types")
    if sense.event_type not in material \
            or lemma not in joined_detection_words("act_report_verbs", "report_topic_verbs", "act_telling_verbs"):
        return False
    return any(w.pos_ == "NOUN" and (noun_lemma(w) in lex.nouns or any(
        lex.verbs.get(verb, ("",))[0] in material for verb in deverbal_nouns().get(noun_lemma(w), ())))
        for w in sense.words)


PROMISED_THREAT_RULE = "promised hostile act"  # rule note: ``_promised_noun_act``


def _promised_noun_act(token: Token, lemma: str, obj: Token, lex: Lexicon) -> Optional[tuple]:
    """(type, mode, rule, words, confidence) of an offer or promise verb whose object noun is the
    act offered or promised: THREATEN with the act as mode where a promise verb
    (event_detection.yaml promise_object_verbs) promises an act of a threatened_act_types type
    ("Iran promised strikes against Israel": THREATEN assault:aerial; "vowed a crackdown on
    protesters"), one of threatened_only_against_types only with an "against" party ("vowed a
    mobilization against NATO"; "pledged a deployment of troops to Poland" stays AGREE), and
    THREATEN with no mode for harm in return (promised_harm_nouns: "pledged retaliation"); AGREE with
    the act as mode otherwise ("pledged aid to Ukraine", "offered talks"). None for "vow" with an
    object that is no act noun ("vowed justice"): the verb keeps its own reading."""
    words = detection_lexicon()
    noun = obj.lemma_.lower()
    if lemma in words["promise_object_verbs"] and noun in words["promised_harm_nouns"]:
        # "pledged retaliation against X", "promised severe consequences": harm in return, a threat
        # whose act is not named (CAMEO 130 "ANNOUNCE + RETALIATION")
        return "THREATEN", None, f"{PROMISED_THREAT_RULE} '{lemma}' + '{obj.lemma_}'", [token, obj], 0.75
    act = ("AID", "military") if noun in FORCE_NOUNS else (
        _light_strike_sense(token, lemma, obj, lex.nouns[noun], lex) if noun in lex.nouns else None)
    if lemma in words["promise_object_verbs"] and act is not None and act[0] in words["threatened_act_types"] \
            and (act[0] not in words["threatened_only_against_types"]
                 or "against" in _preps(obj) or "against" in _preps(token)):
        # PLOVER THREATEN "threaten ... with ... force"; CAMEO 13 (PETRARCH2 "promise + raids" 138,
        # "pledge + crackdown" 130): a promise of harm to a party is a threat, not an agreement
        return ("THREATEN", _mode_of(*act), f"{PROMISED_THREAT_RULE} '{lemma}' + '{obj.lemma_}'", [token, obj],
                0.75)
    if act is None and lex.verbs.get(lemma, ("",))[0] != "AGREE":
        return None  # "vowed justice": no act noun, the verb's own reading (vow: THREATEN) stays
    return "AGREE", _mode_of(*act) if act is not None else None, f"offer '{lemma}' + object '{obj.lemma_}'", \
        [token, obj], 0.75


STRESSED_IMPORTANCE = "emphasis"  # rule prefix: the stressed importance of an act (``_stressed_importance``)


def _announced_measure(token: Token, lemma: str, sense: cameo.Sense, lex: Lexicon) -> Optional[tuple]:
    """CAMEO "ANNOUNCE + MEASURES" [130] told as done ("announced measures", "have announced new
    measures", "are announcing measures"): the measures are taken, so the act is the measure itself,
    (type, mode) of event_detection.yaml announced_measure_phrase ("impose measure": COERCE/restrict);
    () when the measures' infinitive is of a cooperative type ("measures to further support the
    Cuban people": that infinitive is its own event, no hostile act). None otherwise: "will announce
    measures" or a conditional keeps CAMEO's THREATEN."""
    words = detection_lexicon()
    if sense.event_type != "THREATEN":
        return None
    nouns = [w for w in sense.words if w.pos_ == "NOUN" and w.lemma_.lower() in words["means_nouns"]]
    if not nouns:
        return None
    own_purposes = [c for n in nouns for c in n.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
    if any(lex.verbs.get(p.lemma_.lower(), ("",))[0] in lex.cooperative for p in own_purposes):
        # whatever the verb ("proposed new measures to finance the army", "will announce measures
        # to support farmers"): a measure whose own purpose is a cooperative act is no coercive
        # measure (CAMEO 130 reads "measures" as hostile); its infinitive is its own event
        return ()
    if lemma not in words["announcing_verbs"]:
        return None
    aux = {c.lemma_.lower() for c in token.children if c.dep_ in ("aux", "auxpass")}
    now = token.tag_ in ("VBZ", "VBP") or (token.tag_ == "VBG" and "be" in aux and token.head.lemma_ != "go")
    if not (_told_as_done(token) or now) or aux & (lex.planned_aux | lex.hypothetical_aux) \
            or _conditional_host(token, lex) is not None:
        return None
    purposes = own_purposes + [c for c in token.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
                 and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")]
    if any(lex.verbs.get(p.lemma_.lower(), ("",))[0] in lex.cooperative for p in purposes):
        return ()
    if any(_targeted_exchange(p, words) is not None for p in purposes):
        # "announced new measures to more effectively target Iran's energy trade": measures aimed
        # at a party's trade, exports or revenue curtail "commercial or material exchanges" (PLOVER
        # SANCTION 'discontinue', which codes "International (political or economic) sanctions")
        return "SANCTION", "discontinue"
    phrase = next(iter(words["announced_measure_phrase"]))
    return lex.light_phrases.get(phrase)


def _intensified_force(token: Token, lemma: str, sense: cameo.Sense, lex: Lexicon) -> bool:
    """CAMEO 138 "threaten to use military force" read off a verb of increase (event_detection.yaml
    intensifying_verbs: "increased its attacks", "stepped up attacks", "has intensified the
    fighting") told as done or now, with no modal or condition: the force is used, not threatened."""
    if not (sense.code or "").startswith("138") or lemma not in detection_lexicon()["intensifying_verbs"]:
        return False
    aux = {c.lemma_.lower() for c in token.children if c.dep_ in ("aux", "auxpass")}
    now = token.tag_ in ("VBZ", "VBP") or (token.tag_ == "VBG" and "be" in aux and token.head.lemma_ != "go")
    if not (_told_as_done(token) or now) or aux & (lex.planned_aux | lex.hypothetical_aux):
        return False
    return _conditional_host(token, lex) is None


def _targeted_exchange(purpose: Token, words: dict) -> Optional[Token]:
    """The exchange a measure's infinitive aims at ("to target Iran's energy trade", "to cut off
    Russia's export revenue"): the object of a verb of event_detection.yaml exchange_targeting_verbs
    whose head noun is one of sanctioned_exchange_nouns or exchange_revenue_nouns; None otherwise."""
    if purpose.lemma_.lower() not in words["exchange_targeting_verbs"]:
        return None
    nouns = set(words["sanctioned_exchange_nouns"]) | set(words["exchange_revenue_nouns"])
    return next((o for o in purpose.children if o.dep_ in ("dobj", "obj") and o.pos_ == "NOUN"
                 and noun_lemma(o) in nouns), None)


def _stressed_importance(token: Token, lemma: str, obj: Optional[Token]) -> Optional[Token]:
    """The act whose importance an emphasis verb stresses ("emphasized the importance of protecting
    civilians": the gerund "protecting"), read as the appeal CAMEO codes for "stress + need" [020]
    (event_detection.yaml emphasised_importance, restatement_verbs); None for a thing ("the
    importance of close ties") or another verb."""
    words = detection_lexicon()
    if obj is None or token.pos_ != "VERB" or lemma not in words["restatement_verbs"] \
            or obj.lemma_.lower() not in words["emphasised_importance"]:
        return None
    for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"):
        act = next((g for g in prep.children if g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG"), None)
        if act is not None:
            return None if _own_shared_work(act, words) or _upheld_value(act, words) else act
    return None


def _upheld_value(act: Token, words: dict) -> bool:
    """The stressed act and its conjoined gerunds all work on values alone ("the importance of
    defending and advancing democracy in the region": the object of each, or the object the last
    conjunct shares with the bare ones before it, is a value of ``upheld_values``, read through
    event_detection.yaml abstract_cause_processes; since 0.7.770 not an act or a conduct asked of
    people: "the importance of exercising restraint", "of ensuring accountability", "of taking
    action" keep the appeal, which can be a demand on the parties): a value stressed asks no one a named
    act (PLOVER REQUEST asks a change or a deed of someone; check abstract-cause reads a value backed
    or asked for so). An actor the act names outside a place phrase ("ensuring accountability for
    Russia's crimes", "protecting workers' rights") is whom it concerns and keeps the appeal; "in
    the region, particularly in Haiti" says where the value holds."""
    lex = load_lexicon()
    values = upheld_values()
    acts = [a for a in (act, *act.conjuncts) if a.tag_ == "VBG"]
    objects = {a.i: _children(a, ("dobj", "obj")) for a in acts}
    shared = next((objects[a.i] for a in reversed(acts) if objects[a.i]), [])
    for a in acts:
        found = [_abstract_causes_in(o, words, values) for o in objects[a.i] or shared]
        if not found or any(f is None for f in found):
            return False
        for t in a.subtree:
            if t.i == a.i or not (_is_actor(t, lex, allow_pronoun=False) or t.ent_type_ in ACTOR_ENT_LABELS):
                continue
            if t.ent_type_ not in PLACE_ENT_LABELS or not any(
                    h.dep_ == "prep" and h.lower_ in ("in", "across", "throughout") for h in t.ancestors
                    if a.i < h.i < t.i):
                return False  # a party the act concerns ("workers' rights"), not a place it holds in
    return True


def _own_shared_work(act: Token, words: dict) -> bool:
    """The stressed act, through its infinitive chain ("continuing to build upon joint efforts"),
    works on something marked as the parties' own (event_detection.yaml own_work_modifiers): no
    appeal to anyone else."""
    verbs, node = [act], act
    while (node := next((c for c in node.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)) is not None:
        verbs.append(node)
    objects = [c for v in verbs for c in v.children if c.dep_ == "dobj"]
    objects += [o for v in verbs for p in v.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(m.dep_ in ("amod", "poss") and m.lower_ in words["own_work_modifiers"]
               for o in objects for m in o.children)


def _stative_complement(token: Token, lemma: str, sense: cameo.Sense) -> bool:
    """"forces remain firmly in the fight": a verb of staying matched by its subject alone (CAMEO
    "remain" 150) whose prepositional complement is no place states a condition, no posture of
    forces held somewhere (lexicon: event_detection.yaml stay_verbs)."""
    if lemma not in detection_lexicon()["stay_verbs"] or sense.words:
        return False
    complements = [o for c in token.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return bool(complements) and not any(o.ent_type_ in PLACE_ENT_LABELS for o in complements)


def _scholarly_inquiry(sense: cameo.Sense) -> bool:
    """"began postdoctoral research at Helsinki": an INVESTIGATE sense read off a study noun with
    no "into / of / on" phrase saying what is investigated (lexicon: event_detection.yaml
    scholarly_nouns, inquiry_preps)."""
    words = detection_lexicon()
    if sense.event_type != "INVESTIGATE":
        return False
    studies = [w for w in sense.words if w.pos_ == "NOUN" and w.lemma_.lower() in words["scholarly_nouns"]]
    return bool(studies) and not any(c.dep_ == "prep" and c.lower_ in words["inquiry_preps"]
                                     for w in studies for c in w.children)


def _serving_with_unit(token: Token, lemma: str) -> bool:
    """"Four Airmen deployed with the 455th Expeditionary Logistics Readiness Squadron at Bagram":
    an intransitive "deploy" whose "with" phrase is a military unit tells whom a service member
    serves with (a tour of duty), no force moved by a political actor (PLOVER MOBILIZE: "military
    or police moves"; CAMEO's SEND block codes what is sent, an object). Lexicon:
    event_detection.yaml unit_service_verbs, military_units."""
    words = detection_lexicon()
    if lemma not in words["unit_service_verbs"] or _children(token, ("dobj", "obj")):
        return False
    unit = _preps(token).get("with")
    return unit is not None and noun_lemma(unit) in words["military_units"]


def _call_to_talk(token: Token, lemma: str, lex: Lexicon) -> Optional[Token]:
    """"Sung Kim called PRC Special Representative Liu Xiaoming to discuss the launches": a party
    called (direct object, no "on"/"for") to talk is a phone call or a summons to talk (CAMEO CALL
    block [041] "discuss by telephone", PLOVER CONSULT phone), not a demand; "called on X to" stays
    a DEMAND. Returns the purpose verb, else None (lexicon: event_detection.yaml phone_verbs,
    talk_purpose_verbs)."""
    words = detection_lexicon()
    if lemma not in words["phone_verbs"]:
        return None
    # the parser reads "called [title] [name]" as a naming ("called X Y": oprd) as often as an object
    called = [c for c in token.children if c.dep_ in ("dobj", "oprd") and _is_actor(c, lex, allow_pronoun=True)]
    if not called or any(c.dep_ == "prep" and c.lower_ in ("on", "upon", "for") and not any(
            o.ent_type_ in ("DATE", "TIME") for o in c.children) for c in token.children):
        return None  # "called on X to": a demand ("On March 10" is a date, no addressee)
    return next((c for c in token.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
                 and c.lemma_.lower() in words["talk_purpose_verbs"]
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _gazetteer_place(name: str) -> bool:
    """Whether a name is a country, a capital or a gazetteer place (resolve.places.place_states)."""
    from newsgraph.resolve.places import place_states
    return lookup_country(name) is not None or bool(place_states(name))


def _retreat_from_place(token: Token) -> bool:
    """Whether a verb of retreat has a "from" phrase naming a place: a place name (GPE, LOC, FAC:
    "from the Donbas"; a country, capital or gazetteer place, whatever the tagger says: "from Kyiv",
    "from Kherson") or a noun of land or its parts (event_detection.yaml
    place_part_nouns, recognized_territory_nouns: "from the city", "from occupied territory")."""
    words = detection_lexicon()
    places = words["place_part_nouns"] | words["recognized_territory_nouns"]
    return any(p.dep_ == "pobj" and (p.ent_type_ in ("GPE", "LOC", "FAC") or p.lemma_.lower() in places
                                     or p.lower_ in places
                                     or (p.pos_ == "PROPN" and _gazetteer_place((_entity_of(p) or p).text)))
               for c in token.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children)


def _watched_state(lemma: str, sense: cameo.Sense) -> bool:
    """"is monitoring the situation in Cuba closely": an INVESTIGATE sense read off a watching
    verb whose object is a state of affairs with no wrong named in it (no "human rights
    situation"): keeping watch, no investigation (lexicon: event_detection.yaml watching_verbs,
    watched_states, watched_wrongs)."""
    words = detection_lexicon()
    if sense.event_type != "INVESTIGATE" or lemma not in words["watching_verbs"]:
        return False
    watched = [w for w in sense.words if w.pos_ == "NOUN" and w.lemma_.lower() in words["watched_states"]]
    return bool(watched) and not any(t.lemma_.lower() in words["watched_wrongs"] or t.lower_ in words["watched_wrongs"]
                                     for w in watched for t in w.subtree)


def _violation_sense(token: Token, lemma: str, obj: Optional[Token], lex: Lexicon) -> Optional[tuple[str, Optional[str], str, list[Token], float]]:
    """Check trigger-sense (violation): CAMEO's VIOLATE block has no code of its own; a rule
    violated (a law, ban, convention, agreement, charter: CAMEO 128 "defy norms, law", the
    CAMEO manual's "violated a ban by General Michel Aoun") is REJECT, else None: "Beijing is
    violating", "violate the sovereignty of Ukraine" (no object of a rule), and an act said to
    violate a rule ("Beijing's quashing of freedom violates its commitments": the writer judges
    an act, no actor defies anything). The CAMEO patterns (airspace 150, ceasefire 196) come first.
    Lexicon: event_detection.yaml violation_verbs, norm_nouns."""
    sense = cameo.sense(token, lemma, [])
    if sense is not None and sense.event_type is not None:
        words = [token] + [w for w in sense.words if w.i != token.i]
        return sense.event_type, sense.mode, f"CAMEO {sense.code} '{sense.context}'", words, 0.75
    if obj is not None and obj.lemma_.lower() in ("all", "each", "some", "any", "both", "most", "many", "several"):
        # "violated all of these agreements": the rule is the "of" phrase's noun
        obj = next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj"), obj)
    if obj is None or noun_lemma(obj) not in detection_lexicon()["norm_nouns"]:
        return None
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "csubj")), None)
    if subject is not None and subject.pos_ == "NOUN" and (
            subject.tag_ == "VBG" or subject.lemma_.lower().endswith("ing") or lex.nouns.get(subject.lemma_.lower())):
        return None  # an act noun as subject: the act is judged unlawful, nobody defies the rule
    return "REJECT", None, f"defied rule '{lemma}' + '{noun_lemma(obj)}' (CAMEO 128)", [token, obj], 0.7


def _office_taken(token: Token) -> bool:
    """Check trigger-sense (destination): a visit goes to a place or an actor; "come to office /
    power", "came to the throne" is taking office (WordNet come.v "come to power"), no CONSULT.
    Lexicon: event_detection.yaml office_destinations."""
    destination = _preps(token).get("to")
    return destination is not None and destination.lemma_.lower() in detection_lexicon()["office_destinations"]


def _rescue_mission(token: Token, lemma: str, lex: Lexicon) -> Optional[tuple[str, Optional[str], str, list[Token], float]]:
    """Forces or ships sent to rescue people: AID/humanitarian (CAMEO 073 search-and-rescue), else
    None: "a warship was deployed to retrieve them" (lexicon: event_detection.yaml dispatch_verbs,
    rescue_verbs; the AID/humanitarian verbs of plover_triggers.yaml)."""
    words = detection_lexicon()
    if lemma not in words["dispatch_verbs"]:
        return None
    obj = _object_noun(token)
    if obj is not None and obj.pos_ == "NOUN" and obj.lemma_.lower() in words["advisory_personnel"]:
        # "State is deploying an advisor to the HNP judicial police", "deploying additional
        # trainers": advisers and trainers sent give assistance (PLOVER AID: personnel), they are
        # no force moved against anyone (PLOVER MOBILIZE)
        return "AID", None, f"'{lemma}' + '{obj.lemma_.lower()}' (assistance)", [token, obj], 0.7
    for purpose in token.children:
        if purpose.dep_ in ("advcl", "xcomp") and purpose.pos_ == "VERB" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in purpose.children):
            goal = verb_lemma(purpose, lex)
            if goal in words["rescue_verbs"] or lex.verbs.get(goal) == ("AID", "humanitarian"):
                return "AID", "humanitarian", f"'{lemma}' to '{goal}' (a rescue)", [token, purpose], 0.7
            if goal in words["capacity_purpose_verbs"] and any(
                    o.dep_ in ("dobj", "obj") and o.lemma_.lower() in words["capacity_nouns"] for o in purpose.children):
                # "additional resources [deployed] to Guatemala to increase security at ports", "teams
                # deployed to increase the capacity of the OPG": people or means sent to build up a
                # partner's capacity are assistance (PLOVER AID: "military and police assistance
                # including arms and personnel"), not a show of force against it (MOBILIZE)
                return "AID", None, f"'{lemma}' to '{goal}' a capacity (assistance)", [token, purpose], 0.7
            if lex.verbs.get(goal, ("",))[0] == "AID":
                # "teams ... will be deployed at the request of the OPG to assist Ukraine's
                # investigators": people sent to assist give aid (CAMEO 07 provide aid, PLOVER AID),
                # no show of force (MOBILIZE is of forces) and no threat
                return "AID", lex.verbs[goal][1], f"'{lemma}' to '{goal}' (assistance)", [token, purpose], 0.7
    return None


def _invitation_to_act(token: Token, lemma: str, lex: Lexicon) -> Optional[tuple[str, Optional[str], str, list[Token], float]]:
    """An invitation to do something other than come or meet is a request (DEMAND, PLOVER
    REQUEST), else None: "we invite partners and Allies to join us in holding ... accountable".
    "invited Asian allies to the NATO summit", "invite Taiwan to participate as an observer",
    "invited to join the summit" stay visits (PLOVER AGREE: invitations for visits); an invitation
    to be or become something ("invited Ecuador to be one of 16 partners") is AGREE with no mode.
    Returns (type, mode, rule, trigger words, confidence) or None."""
    words = detection_lexicon()
    if lemma not in words["invitation_verbs"]:
        return None
    act = next((c for c in token.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if act is None:
        return None
    act_lemma = verb_lemma(act, lex)
    if act_lemma in words["copular_verbs"]:
        # "invited Ecuador to be one of just 16 global partners": a place beside the inviter offered,
        # the inviter's intent to cooperate (CAMEO INVITE "for dialogue" 030, PLOVER AGREE)
        return "AGREE", None, f"invitation '{lemma}' + to '{act_lemma}' (a role offered)", [token], 0.7
    if act_lemma in words["attendance_verbs"] or act_lemma in words["motion_verbs"] \
            or lex.verbs.get(act_lemma, ("",))[0] == "CONSULT":
        return None
    if any(t.pos_ == "NOUN" and lex.nouns.get(t.lemma_.lower(), ("",))[0] == "CONSULT" for t in act.subtree):
        return None  # "to join the summit": a meeting attended
    return "DEMAND", None, f"invitation '{lemma}' + to '{act_lemma}' (a request)", [token], 0.7


def _sum_charged(noun: Token) -> bool:
    """Whether a legal-accusation noun of a light phrase ("announce charge") names a sum in its
    own phrase: a charge of money or a rate is a cost or a fee ("announced charges of five million
    dollars for the quarter", "a 10 percent charge"), the noun's other English sense, no charge
    brought against anyone (PLOVER ACCUSE). ``noun``: the phrase's object noun."""
    return any(t.ent_type_ in ("MONEY", "PERCENT") for t in noun.subtree)


def _accusation_charge(verb: Token, noun: Token, lex: Lexicon) -> bool:
    """Whether the object noun of a legal light phrase reads as an accusation. Only the noun
    "charge" is asked (an indictment or a lawsuit is one in every sense): it is a legal charge
    when its phrase names the accused with "against" (on the noun or on ``verb``: "brought charges
    against X"), a crime in its "of" phrase ("charges of fraud") or the law or crime in a
    premodifier ("criminal charges", "terrorism charges"); event_detection.yaml legal_charge_words
    and plover_accusations.yaml crime_nouns. Otherwise "charge" is a cost or a fee ("announced
    charges related to the restructuring", "filed charges for his services"). ``verb``: the light
    verb; ``noun``: its object."""
    if noun_lemma(noun) != "charge":
        return True
    if "against" in _preps(noun) or "against" in _preps(verb):
        return True
    words = lex.crime_nouns | detection_lexicon()["legal_charge_words"]
    if any(t.lemma_.lower() in words for t in noun.subtree if t.i < noun.i):
        return True
    crime = _preps(noun).get("of")
    return crime is not None and any(t.lemma_.lower() in words for t in crime.subtree if t.i <= crime.i)


def _commodity_flow(noun: Token, lex: Lexicon) -> bool:
    """"the supply of drugs", "the supply of fentanyl": a container noun whose "of" names a
    commodity that is neither aid nor goods given (plover_frames.yaml goods_nouns, aid_nouns) is
    a market's flow; reducing it is no cut of material exchanges between actors (PLOVER SANCTION
    discontinue, CAMEO 162 "reduce or stop aid")."""
    if noun.lemma_.lower() not in lex.container_nouns:
        return False
    inner = _of_object(noun)
    if inner is None:
        return False
    return goods_of(noun, lex) is None and inner.lemma_.lower() not in lex.aid_nouns \
        and not _is_actor(inner, lex, allow_pronoun=False)


def _measure_in(noun: Optional[Token], lex: Lexicon, parts: frozenset) -> list[Token]:
    """The part nouns down to the sanction, tariff or other hostile measure ``noun`` is a part
    of: "24 percentage points of the rate of duty" -> [points, rate, duty] (following "of"
    through part nouns, four steps); [] when the chain reaches no such measure."""
    path: list[Token] = []
    for _ in range(4):
        if noun is None or noun.lemma_.lower() not in parts:
            return []
        path.append(noun)
        noun = _of_object(noun)
        if noun is not None and _is_hostile_noun(noun, lex):
            return path + [noun]
    return []


def _eased_measure(token: Token, obj: Optional[Token], lex: Lexicon) -> list[Token]:
    """The nouns naming the measure an easing verb lifts part of (the measure last): "suspending
    24 percentage points of the rate of duty"; after "by", "of that rate" is the rate the
    governing verb names ("modify the application of the rate of duty on X by suspending 24
    points of that rate")."""
    parts = detection_lexicon()["measure_part_nouns"]
    found = _measure_in(obj, lex, parts)
    if found or obj is None:
        return found
    if token.dep_ == "pcomp" and token.head.lower_ == "by" and token.head.head.pos_ == "VERB":
        governing = _object_noun(token.head.head)
        inner = _of_object(obj)
        if inner is not None and inner.lemma_.lower() in parts and any(
                d.lower_ in ("that", "this", "the", "those", "these") for d in inner.children if d.dep_ == "det"):
            return _measure_in(governing, lex, parts)
    return []


HOLDING_TO_ACCOUNT = "holding to account"


def _accountability_frame(token: Token, lemma: str, lex: "Lexicon"
                          ) -> Optional[tuple[str, Optional[str], str, list[Token], float]]:
    """"we hold China accountable", "holds President Ortega responsible": DISAPPROVE/accuse
    (CAMEO "HOLD * RESPONSIBLE" 112), an accusation made now. Vowed ("will hold Russia accountable",
    "will continue to hold the belligerent parties accountable", "determined / resolved to hold
    Putin accountable", "will use all tools ... to hold X accountable"): the rule is marked
    VOWED_ACCOUNTABILITY (``_vowed_accountability``); carried on ("will continue to hold China
    accountable") it is the accusation voiced now, asserted; otherwise, since 0.7.470, a warning of
    punishment to come, PLOVER THREATEN, planned (``_vow_carried_on``). The one held is the small clause's subject (or the
    object), which ``_targets`` takes as the ccomp subject; "X will be held accountable" keeps X
    as the passive subject."""
    words = detection_lexicon()
    if lemma not in words["accountability_verbs"]:
        return None
    for child in token.children:
        # (an adjective the parser made the object, its noun a compound: "hold the junta
        # accountable" -> dobj accountable, compound or nsubj junta; an adjective heads no noun phrase,
        # so it is the small clause's predicate, the compound the one held; since events 0.8.207)
        misparsed = bool(small_clause_nouns(child))
        if (child.dep_ in ("ccomp", "oprd", "xcomp", "acomp") or misparsed) and child.pos_ == "ADJ" \
                and child.lemma_.lower() in words["accountability_adjectives"]:
            rule = f"{HOLDING_TO_ACCOUNT} '{lemma}' + '{child.lemma_}'"
            if _vowed_accountability(token, lex):
                rule = f"{rule} {VOWED_ACCOUNTABILITY}"
            return "DISAPPROVE", "accuse", rule, [token, child], 0.8
    return None


VOWED_ACCOUNTABILITY = "(vowed)"

# modals of a promise: the act is announced for the future ("will", not "would"/"could": a wish or
# a condition)
PROMISE_MODALS = frozenset({"will", "shall", "'ll"})


def _vowed_accountability(token: Token, lex: "Lexicon") -> bool:
    """Whether holding to account is vowed rather than done: the verb, or a verb it is the
    infinitive complement, purpose or conjunct of, carries "will" ("will hold", "will continue to
    hold", "will use all tools ... to hold"), or that verb or adjective is a stance of commitment
    or plan (plover_frames.yaml stance_verbs / stance_adjectives "commit" / "plan": "determined to
    hold", "resolved to hold", "committed to holding"). A present "we hold X accountable" or a
    purpose of an act done now ("are taking actions to hold X accountable") is no vow."""
    node = token
    for _ in range(5):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in PROMISE_MODALS for c in node.children):
            return True
        head = node.head
        if head.i == node.i:
            return False
        if node.dep_ == "conj":
            node = head
            continue
        to_clause = node.dep_ in ("xcomp", "advcl", "ccomp", "pcomp") and (
            any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children) or node.tag_ == "VBG")
        noun = infinitive_noun(node)
        if noun is not None and noun.lemma_.lower() in _promise_nouns() | detection_lexicon()["resolve_nouns"]:
            # "reaffirmed the U.S. commitment / its pledge / our determination to hold X
            # accountable": the noun of a promise or resolve keeps the infinitive its verb or
            # adjective takes ("committed / determined to hold"), so it vows the act as they do
            # (_promise_nouns, event_detection.yaml resolve_nouns)
            return True
        if node.dep_ == "acl" or not to_clause:
            return False
        if node.dep_ == "pcomp" and head.dep_ == "prep":
            head = head.head  # "committed to holding X accountable"
        head_lemma = head.lemma_.lower()
        if lex.stance_verbs.get(head_lemma) in ("commit", "plan") \
                or lex.stance_adjectives.get(head_lemma) in ("commit", "plan") \
                or head.lower_ in ("determined", "resolved", "committed"):
            return True
        node = head
    return False


def infinitive_noun(verb: Token) -> Optional[Token]:
    """The noun a "to" infinitive complements ("the commitment *to hold* X accountable", "efforts *to
    isolate* Russia"; English noun complementation by a to-infinitive): its head where the parser
    made it the noun's clause (acl), or the direct object its governing verb has right before the
    "to" where the parser hung it on that verb (advcl: "reaffirmed the U.S. commitment to hold",
    an attachment the adjacency settles); None otherwise (a subjectless purpose clause after some
    other word: "imposed sanctions on Russia to hold it accountable")."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        return verb.head
    if verb.dep_ == "advcl" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        obj = next((o for o in verb.head.children if o.dep_ in ("dobj", "obj") and o.i < verb.i), None)
        if obj is not None and obj.pos_ == "NOUN" and verb.left_edge.i == obj.right_edge.i + 1 \
                and verb.left_edge.lower_ == "to":
            return obj
    return None


def _restated_promise(lemma: str, obj: Optional[Token]) -> bool:
    """Whether a verb of restating (event_detection.yaml reaffirmation_verbs, restatement_verbs)
    has a commitment or promise noun as its object ("reaffirmed its pledge", "renewed its
    commitment"): the promise held, restated."""
    words = detection_lexicon()
    if obj is None or obj.pos_ != "NOUN" or lemma not in words["reaffirmation_verbs"] | words["restatement_verbs"]:
        return False
    return obj.lemma_.lower() in _promise_nouns()


@functools.lru_cache(maxsize=1)
def _promise_nouns() -> frozenset[str]:
    """Nouns of a promise held (event_detection.yaml promise_nouns and the noun commitment_words:
    "pledge", "commitment", not the participle "committed")."""
    words = detection_lexicon()
    return frozenset(words["promise_nouns"] | {w for w in words["commitment_words"] if not w.endswith("ed")})


def _material_commitment(obj: Optional[Token], sense_words: tuple, lex: "Lexicon"):
    """A restated commitment whose "to" complement is a material act: "affirms our commitment to
    assist Venezuelan refugees", "reaffirmed their commitment to North American economic
    cooperation", "commitments to advance regional cooperation". The codebook's AGREE is an
    "indicate willingness or commitment to cooperate" and "broad promises of future AID" (CAMEO 03
    express intent to cooperate / provide aid), not SUPPORT's verbal backing. Returns (PLOVER
    type of the act, the commitment token, the act's token) for an act of event_detection.yaml commitment_promised_types
    (AID, COOPERATE; RETREAT and CONCEDE keep their own types), else None. A commitment to a
    cause ("to the sovereignty of Ukraine") or to people stays SUPPORT."""
    words = detection_lexicon()
    nouns = _promise_nouns()
    promised = words["commitment_promised_types"]
    stances = [w for w in ([obj] if obj is not None else []) + list(sense_words)
               if w is not None and w.pos_ == "NOUN" and w.lemma_.lower() in nouns]
    if not stances:
        return None

    def act_type(word: Token) -> Optional[str]:
        entry = lex.verbs.get(word.lemma_.lower()) if word.pos_ == "VERB" else lex.nouns.get(noun_lemma(word))
        return entry[0] if entry and entry[0] in promised else None

    for stance in stances:
        acts = []
        for child in stance.children:
            if child.dep_ == "prep" and child.lower_ == "to":
                acts += [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            elif child.dep_ == "prep" and child.lower_ == "of":
                # "its pledge of military assistance", "commitment of $20 million in aid": what is
                # promised (an act noun, or the amount whose "in" names it)
                for g in child.children:
                    if g.dep_ == "pobj":
                        acts.append(g)
                        acts += [h for p in g.children if p.dep_ == "prep" and p.lower_ == "in"
                                 for h in p.children if h.dep_ == "pobj"]
            elif child.dep_ in ("acl", "xcomp") and child.pos_ == "VERB" \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
                acts.append(child)  # "commitment to assist" (an infinitive the parser hangs on the noun)
        if stance.dep_ == "dobj" and not acts:
            # "reaffirmed joint commitments by President Biden ... at the Summit to help promote food
            # security": the infinitive the parser hangs on the verb is the commitment's act
            acts += [c for c in stance.head.children if c.dep_ == "advcl" and c.pos_ == "VERB" and c.i > stance.i
                     and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        # "commitment to continue providing humanitarian aid": the act an aspect verb governs
        acts += [g for act in acts if act.pos_ == "VERB" and lex.stance_verbs.get(act.lemma_.lower()) == "aspect"
                 for g in act.children if g.dep_ == "xcomp" and g.pos_ == "VERB"]
        for act in acts:
            if kind := act_type(act):
                return kind, stance, act
            if act.pos_ == "VERB" and act.lemma_.lower() not in lex.verbs:
                # "to advance / expand regional cooperation": a verb of degree, the act its object;
                # "to forging a close relationship": a tie made or deepened is cooperation (the
                # codebook's AGREE "commitment to cooperate"; relation_nouns)
                for grand in act.children:
                    if grand.dep_ == "dobj" and (kind := act_type(grand)):
                        return kind, stance, grand
                    if grand.dep_ == "dobj" and "COOPERATE" in promised and \
                            (grand.lower_ in words["relation_nouns"] or grand.lemma_.lower() in words["relation_nouns"]):
                        return "COOPERATE", stance, grand
    return None


def _troop_drawdown(drawdown: Token) -> bool:
    """"a drawdown of U.S. troops / forces": a reduction of forces (a withdrawal), not the
    Presidential Drawdown of arms and equipment from stocks."""
    return any(pobj.lemma_.lower() in FORCE_NOUNS for child in drawdown.children
               if child.dep_ == "prep" and child.lower_ in ("of", "in")
               for pobj in child.children if pobj.dep_ == "pobj")


def _plain_law(noun: Token, code: tuple) -> bool:
    """A "law" object of a martial-law light phrase ("impose law", "declare law") that is not
    martial law ("declared the law unconstitutional", "imposed a new security law"): CAMEO 1724
    lists only "{MARTIAL LAW}" and "STATE (OF EMERGENCY)" as the measure imposed or declared, so
    the phrase's COERCE martial-law sense needs the "martial" modifier. Shape: (Token, (type, mode))
    -> bool."""
    return code[1] == "martial-law" and noun.lemma_.lower() == "law" \
        and not any(c.lower_ == "martial" for c in noun.children if c.dep_ in ("amod", "compound"))


def _foreign_emergency(verb: Token, emergency: Token) -> bool:
    """An emergency declared "with respect to" a country or a threat (event_detection.yaml
    emergency_regard_words: "a national emergency with respect to Iran", "regarding the situation in
    Venezuela") or under the International Emergency Economic Powers Act, whose emergencies deal with
    threats from outside the United States (50 U.S.C. 1701): the ground of sanctions, no domestic
    state of emergency."""
    words = detection_lexicon()
    for child in emergency.children:
        if child.dep_ != "prep":
            continue
        if child.lower_ in words["emergency_regard_words"]:
            return True
        if child.lower_ == "with" and any(g.lower_ == "respect" for g in child.children):
            return True
    clause = " ".join(t.lower_ for t in verb.subtree)
    return "emergency economic powers act" in clause


def _commitment_cause(obj: Optional[Token], sense, lex: "Lexicon") -> Optional[Token]:
    """The cause a restated commitment is to, where it is no act: a value or standing of a party
    (event_detection.yaml commitment_causes: "commitment to the sovereignty and territorial
    integrity of Ukraine", "to Ukraine's democratic future") or verbal backing ("commitment to
    supporting the Haitian people": the act is PLOVER SUPPORT). Every "to" complement of the
    commitment must be such a cause; a commitment to an act ("to work with", "to a strong
    partnership", "to continue to pursue a diplomatic solution") is none. None otherwise."""
    words = detection_lexicon()
    found = _commitment_goals(obj, sense)
    if found is None or not found[1]:
        return None
    goals = found[1]

    def cause(goal: Token) -> bool:
        if goal.pos_ == "VERB":
            entry = lex.verbs.get(goal.lemma_.lower())
            return bool(entry) and entry[0] == "SUPPORT"
        return goal.pos_ == "NOUN" and goal.lemma_.lower() in words["commitment_causes"]

    return goals[0] if all(cause(g) for g in goals) else None


def _commitment_goals(obj: Optional[Token], sense) -> Optional[tuple[Token, list[Token]]]:
    """The first commitment or promise noun among ``obj`` and the trigger's words (the stance), and
    what it is to: its "to" objects ("commitment to Ukraine's sovereignty", "to supporting X"), its
    to-infinitive ("commitment to work with X"), and their later conjuncts. None with no stance
    (shared by ``_commitment_cause`` and ``_committed_act``, since 0.7.580)."""
    nouns = _promise_nouns()
    stance = next((w for w in ([obj] if obj is not None else []) + list(sense.words)
                   if w is not None and w.pos_ == "NOUN" and w.lemma_.lower() in nouns), None)
    if stance is None:
        return None
    goals = [g for child in stance.children if child.dep_ == "prep" and child.lower_ == "to"
             for g in child.children if g.dep_ in ("pobj", "pcomp")]
    goals += [child for child in stance.children if child.dep_ in ("acl", "xcomp") and child.pos_ == "VERB"
              and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)]
    goals += [c for g in list(goals) for c in g.conjuncts if c.i > g.i]
    return stance, goals


def _committed_act(obj: Optional[Token], sense, lex: "Lexicon") -> Optional[tuple]:
    """The act a restated commitment read as CAMEO "reaffirm + commitment" (050, PLOVER SUPPORT) is
    to, where that act is the holder's own cooperation to come and not verbal backing: "reaffirms
    its commitment to work with the people of Zimbabwe", "underscores our commitment to pursuing
    constructive discussions with X", "reaffirmed their commitment to stem irregular migration".
    The codebook's AGREE is "indicate willingness or commitment to cooperate", as "reiterate +
    commitment" (030) already reads; since 0.7.550 the emphasis verbs (reaffirm, underscore,
    emphasize ...) read so too. A commitment to a cause or a party ("to Ukraine's sovereignty", "to
    the Ukrainian people") or to voiced backing ("to stand with Ukraine": SUPPORT) stays SUPPORT
    (``_commitment_cause``). Since 0.7.850 a commitment to back a named party or thing with a
    backing verb ("reaffirm our commitment to support Ukraine", "reiterated the commitment to
    supporting the Haitian people") is a promise of that backing: AGREE with mode "support" (the
    explicit commitment noun governs the act; PLOVER AGREE covers promises, CAMEO 03x "express
    intent to cooperate / provide aid", CAMEO2PLOVER rows 030-0344); the bare "will (continue to)
    support X" has no commitment noun and stays SUPPORT. So does one
    to an act of a non-cooperative type (plover_frames.yaml cooperative_types), and so does a
    commitment a person holds that the subject talks of ("highlighted the commitment of President
    Biden to ..."): the promise is not the subject's. Returns (the commitment token, the act's
    token, the AGREE mode: "support" for promised backing, else None), else None."""
    found = _commitment_goals(obj, sense)
    if found is None:
        return None
    stance, goals = found
    holders = [c for c in stance.children if c.dep_ == "poss"] + [
        g for c in stance.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if any(h.ent_type_ == "PERSON" for h in holders):
        return None  # "highlighted the commitment of President Biden to ...": another's promise talked of
    # "commitment to continue working with X": the act an aspect verb governs
    goals = [next((x for x in g.children if x.dep_ == "xcomp" and x.pos_ == "VERB"), g)
             if g.pos_ == "VERB" and lex.stance_verbs.get(g.lemma_.lower()) == "aspect" else g for g in goals]
    acts = [g for g in goals if g.pos_ == "VERB"]
    if not acts:
        return None
    # a commitment both sides hold ("our shared commitment to ...") is one to cooperate
    evidence = any(c.dep_ == "amod" and c.lower_ in detection_lexicon()["joint_stance_modifiers"]
                   for c in stance.children)
    mode = None
    for act in acts:
        lemma = act.lemma_.lower()
        entry = lex.verbs.get(lemma)
        idiom = next((lex.prep_idioms[f"{lemma} {c.lower_}"] for c in act.children
                      if c.dep_ == "prep" and f"{lemma} {c.lower_}" in lex.prep_idioms), None)
        if idiom and idiom[0] == "SUPPORT":
            return None  # "commitment to stand with Ukraine": the stance voiced (SUPPORT)
        if entry and entry[0] == "SUPPORT":
            backed = [c for c in act.children if c.dep_ in ("dobj", "obj")]
            # the party backed: the object itself ("support Ukraine") or its possessor ("support
            # Ukraine's victory"); backing a cause with no party ("support reforms") stays as it was
            if act is not acts[0] or not any(
                    _is_actor(o, lex, allow_pronoun=False)
                    or any(c.dep_ == "poss" and _is_actor(c, lex, allow_pronoun=False) for c in o.children)
                    for o in backed):
                return None  # verbal backing with no party backed named: the stance voiced (SUPPORT)
            # "We reaffirm our commitment to support Ukraine": the explicit commitment governs the
            # backing to come; PLOVER AGREE covers promises, CAMEO 03x "express intent to
            # cooperate / provide aid" (CAMEO2PLOVER-2021 rows 030-0344); mode names the act
            # (since 0.7.850)
            mode = "support"
            evidence = True
            continue
        kind = (idiom or entry or (None,))[0]
        if kind is not None and kind not in lex.cooperative:
            return None  # "commitment to punish X": no cooperation promised
        evidence = evidence or kind is not None or _with_partner(act)
    # an act the lexicon does not know ("commitment to defending X") is no evidence: cooperation
    # needs an act of a cooperative type, one done with a partner ("to work with X") or a commitment
    # both sides hold (since 0.7.580)
    return (stance, acts[0], mode) if evidence else None


def _with_partner(act: Token) -> bool:
    """Whether ``act`` is done with a partner: a "with" phrase on the verb or on its object
    ("work with the people of X", "pursue talks with X")."""
    heads = [act, *(c for c in act.children if c.dep_ in ("dobj", "obj"))]
    return any(p.dep_ == "prep" and p.lower_ == "with" and any(o.dep_ == "pobj" for o in p.children)
               for h in heads for p in h.children)


def _restated_stance(token: Token, lemma: str, obj: Optional[Token], particles: list):
    """"underscored / stressed the commitment of the United States to X": an emphasis verb with
    a held stance as its object restates it, read as CAMEO's "reaffirm" with that object."""
    words = detection_lexicon()
    if obj is not None and lemma in words["restatement_verbs"] | words["reaffirmation_verbs"]:
        stance = _conjoined_stance(token, obj, words["restated_stances"])
        if stance is not None:
            # CAMEO "REAFFIRM + COMMITMENT / SUPPORT" (050 / 051): PLOVER SUPPORT
            return cameo.Sense("050", "SUPPORT", None, f"{lemma} + conjoined '{stance.lemma_.lower()}'",
                               (stance,))
    if obj is not None and lemma in words["restatement_verbs"] | words["reaffirmation_verbs"] \
            and obj.lemma_.lower() in words["expressed_stances"]:
        # "reaffirm / reiterate / underscored our solidarity with X": a held stance restated is
        # voiced again; CAMEO's REAFFIRM block lists COMMITMENT, BACKING and SUPPORT but not
        # SOLIDARITY, which it files under EXPRESS ("EXPRESS + SOLIDARITY" 051, PLOVER SUPPORT):
        # only such a noun (expressed_stances) is read as expressed (since 0.8.207; review 49b #5)
        sense = cameo.sense(token, "reaffirm", particles)
        if sense is None or sense.event_type is None:
            sense = cameo.sense(token, "express", particles) or sense
        return sense
    if lemma not in words["restatement_verbs"] or obj is None:
        return None
    if obj.lemma_.lower() in words["restated_stances"]:
        # an emphasis verb restating commitment / support / backing: CAMEO "REAFFIRM + ..." (050 / 051)
        return cameo.sense(token, "reaffirm", particles)
    # CAMEO.2.0 lists the EMPHASIZE block's patterns ("- * NEED [020]") once for the whole block
    # of synonyms; the converted dictionary files them under the verb named in each comment
    for synonym in sorted(words["restatement_verbs"]):  # sorted: the same sense on every run
        sense = cameo.sense(token, synonym, particles) if synonym != lemma else None
        if sense is not None and sense.event_type is not None:
            return sense
    return None


HELD_STANCE = "held stance"  # the rule mark of a stance held in an adjectival predicate (``_held_stance_sense``)
HELD_STANCE_RESOLVE = "+ resolve '"  # its mark for a resolve noun, read only for the hostile act it backs


def held_stance(token: Token) -> Optional[tuple[Token, Token]]:
    """(the adjective, the stance noun) of a stance held in an adjectival predicate: "X are
    steadfast in their support for Y", "stand steadfast in support of Y", "remain united in our
    commitment to Y's sovereignty", "are united in our support for Y" (the participle the parser
    reads as a passive), "are united in their determination to hold Z accountable". ``token`` is
    the clause's verb: a copula or "stand" (event_detection.yaml resolve_copulas) with the
    adjective as its complement or adverb, or the adjective itself read as a passive participle
    (the statal passive, stance_participles). The adjective is one of held_stance_adjectives; its
    "in" / "to" phrase, on it or on the verb, has a stance noun (restated_stances, resolve_nouns)
    as object, which names a party (``stance_party``) or an act it is to; a stance noun coordinated
    with it counts too ("steadfast in our solidarity with and our support for Y", where the parser
    hangs the second noun on the verb). The adjective only says the stance is held firmly or by
    all: the noun carries it, as it does after "reaffirm" (Stop 50). None otherwise ("united in
    their belief that ...", "united in the face of X", "committed to the fight against Y")."""
    words = detection_lexicon()
    adjectives = words["held_stance_adjectives"]
    if token.lower_ in adjectives and token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children):
        candidates = [token]
    elif token.lemma_.lower() in words["resolve_copulas"] and token.pos_ in ("VERB", "AUX"):
        candidates = [c for c in _children(token, ("acomp", "advmod", "oprd", "npadvmod")) if c.lower_ in adjectives]
    else:
        return None
    stances = words["restated_stances"] | words["resolve_nouns"]
    lex = load_lexicon()
    for adjective in candidates:
        for head in (adjective, token):
            for prep in _children(head, ("prep",)):
                if prep.lower_ not in ("in", "to") or (head.i == token.i and prep.i < adjective.i):
                    continue
                noun = next((o for o in _children(prep, ("pobj",)) if o.pos_ == "NOUN"), None)
                if noun is None or noun.lemma_.lower() not in stances:
                    continue
                coordinated = [c for c in _children(token, ("conj",)) if c.pos_ == "NOUN" and c.i > noun.i]
                for stance in [noun, *noun.conjuncts, *coordinated]:
                    if stance.lemma_.lower() in stances and (stance_party(stance, lex) is not None or _stance_act(stance)):
                        return adjective, stance
    return None


def stance_party(noun: Token, lex: Lexicon) -> Optional[Token]:
    """The party a stance noun is held towards: an actor that is, or is inside, the object of its
    "for" / "with" / "to" / "of" phrase ("support for Y's sovereignty", "solidarity with Y",
    "commitment to the people of Y", "in support of Y"); None for a thing with no actor in it
    ("commitment to the fight against climate change") or an act ("commitment to ensuring ...")."""
    for prep in _children(noun, ("prep",)):
        if prep.lower_ not in ("for", "with", "to", "of"):
            continue
        # (a conjunct too: "to the sovereignty and territorial integrity of Y", where the "of"
        # phrase the conjuncts share hangs on the last)
        for obj in (o for p in _children(prep, ("pobj",)) for o in (p, *p.conjuncts)):
            if obj.pos_ not in ("NOUN", "PROPN", "PRON") or obj.tag_ == "VBG":
                continue
            party = _actor_or_inside(obj, lex)
            if party is not None:
                return party
    return None


def _stance_act(noun: Token) -> bool:
    """Whether a stance noun is to an act: a to-infinitive ("determination to hold X to account")
    or a "to" gerund ("commitment to ensuring ...")."""
    for child in noun.children:
        if child.dep_ == "acl" and child.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
            return True
        if child.dep_ == "prep" and child.lower_ == "to" and any(
                g.dep_ == "pcomp" or g.tag_ == "VBG" for g in child.children):
            return True
    return False


def _held_stance_sense(token: Token) -> Optional[tuple[Token, "cameo.Sense"]]:
    """(the stance noun, its sense) of a stance held in an adjectival predicate (``held_stance``),
    read as the same noun restated is: "steadfast in our support / backing for X" as CAMEO "REAFFIRM
    + SUPPORT / BACKING" [051], "in our solidarity with X" as "EXPRESS + SOLIDARITY" [051],
    "in our commitment to X" as "REAFFIRM + COMMITMENT" [050] (PLOVER SUPPORT, "express support
    for ... actor"); a resolve noun ("united in their determination to ...") has no sense of its
    own and is read only for the hostile act it backs (detection._backed_hostile_act)."""
    held = held_stance(token)
    if held is None:
        return None
    adjective, noun = held
    stance = noun.lemma_.lower()
    if stance in detection_lexicon()["resolve_nouns"]:
        return noun, cameo.Sense("030", "AGREE", None, f"{HELD_STANCE} '{adjective.lower_}' {HELD_STANCE_RESOLVE}{stance}'", (adjective, noun))
    code = "050" if stance == "commitment" else "051"
    verb = "express" if stance in detection_lexicon()["expressed_stances"] else "reaffirm"
    context = f"{HELD_STANCE} '{adjective.lower_}' + {stance}, as '{verb} + {stance}'"
    return noun, cameo.Sense(code, "SUPPORT", None, context, (adjective, noun))


SHOWN_STANCE = "(stance shown to a party)"  # the rule mark of ``_shown_stance``


def _shown_stance(token: Token, lemma: str, obj: Optional[Token], particles: list, lex: Lexicon):
    """"showed / demonstrated / displayed its solidarity with the people of X": a verb of showing
    (event_detection.yaml stance_showing_verbs) with an expressed stance (expressed_stances) as its
    object and the party it is shown to named, an actor after "with" / "for" on the noun or the
    verb, is the stance expressed to that party: CAMEO.2.0 "DEMONSTRATE + SOLIDARITY" [053], PLOVER
    SUPPORT, as "express our solidarity with X" is (the same reading as ``_restated_stance`` gives a
    restated one). (type, mode, rule, words, confidence) or None: another verb or object, or no
    party named ("have shown solidarity and provided safe haven")."""
    words = detection_lexicon()
    if obj is None or token.pos_ != "VERB" or lemma not in words["stance_showing_verbs"] \
            or obj.lemma_.lower() not in words["expressed_stances"]:
        return None
    if not any(_party_prep(prep, obj) and _is_actor(party, lex, allow_pronoun=True)
               for head in (obj, token) for prep in _children(head, ("prep",))
               for party in _children(prep, ("pobj",))):
        return None
    sense = cameo.sense(token, "demonstrate", particles)
    if sense is None or sense.event_type != "SUPPORT":
        return None
    context = sense.context if lemma == "demonstrate" else f"{lemma} as '{sense.context}'"
    return (sense.event_type, sense.mode, f"CAMEO {sense.code} '{context}' {SHOWN_STANCE}",
            [token] + [w for w in sense.words if w.i != token.i], 0.75)


def _party_prep(prep: Token, stance: Token) -> bool:
    """Whether ``prep``, a "with" / "for" phrase on a stance noun or on the verb showing it, names
    the party the stance is shown to: on the noun ("solidarity with X"), or on the verb after the
    noun where the parser hangs it there ("showed solidarity yesterday with X"). A phrase on the
    verb before the noun ("Together with France, Germany demonstrated solidarity") or one marked
    by "together" / "along" ("demonstrated solidarity together with France") names a co-actor, who
    shows the stance beside the subject (English comitative "together with"), no party to it."""
    if prep.lower_ not in ("with", "for"):
        return False
    if prep.head.i == stance.i:
        return True
    return prep.i > stance.i and not any(c.lower_ in ("together", "along") for c in prep.children)


def _conjoined_stance(verb: Token, obj: Token, stances: frozenset) -> Optional[Token]:
    """A held stance coordinated with the verb's object that the parser hung elsewhere:
    "reaffirmed the bond between the two countries and the United States' commitment to
    Israel's security" (commitment parsed as a conjunct of "countries", or of the verb). The
    stance has its own possessor or determiner and a "to" / "for" phrase, as a whole second
    object does."""
    candidates = [w for w in obj.subtree if w.i > obj.i]
    candidates += [c for c in verb.children if c.i > obj.i]
    for word in candidates:
        if word.pos_ != "NOUN" or not (word.dep_ == "conj" or (word.head.i == verb.i and word.dep_ in ("dobj", "obj"))):
            continue
        if word.lemma_.lower() not in stances:
            continue
        # the stance's own holder ("the United States' commitment"): a stance in a phrase of
        # importance ("the importance of institutions and a commitment to ...") is no restatement
        owned = any(c.dep_ in ("poss", "nmod") and c.pos_ == "PROPN" or c.dep_ == "poss" for c in word.children)
        directed = any(c.dep_ == "prep" and c.lower_ in ("to", "for") for c in word.children)
        if owned and directed:
            return word
    return None


def _condemns(label: Token, lex: Lexicon) -> bool:
    """A condemning label: "a threat", "illegal", "a terrorist state", "a sponsor of terrorism"."""
    lemma = label.lemma_.lower()
    if lemma in lex.condemnation_nouns or lemma in lex.condemnation_adjectives:
        return True
    if any(c.dep_ in ("amod", "compound") and (c.lemma_.lower() in lex.condemnation_adjectives
                                              or c.lemma_.lower() in lex.condemnation_nouns)
           for c in label.children):
        return True
    if lemma in lex.crime_agent_nouns:
        crime = _of_object(label) or _preps(label).get("for")
        return crime is not None and crime.lemma_.lower() in lex.crime_nouns
    return False


def _purpose_verbs(token: Token) -> list[Token]:
    """Infinitive purpose clauses of ``token``: "contacted X *to inquire* about ..."."""
    return [c for c in token.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def _cancelled_meeting(lemma: str, obj: Optional[Token], particles: list[Token]
                       ) -> Optional[tuple[str, list[Token]]]:
    """(phrase, particle words) when ``lemma`` (+ particle) cancels the meeting its object names
    ("canceled your meeting with Minister Lavrov", "called off the summit"), else None. Lists:
    event_detection.yaml cancelling_verbs, cancelled_meeting_nouns."""
    words = detection_lexicon()
    # (the written form too: spaCy lemmatises "talks", negotiations, to "talk", a speech)
    if obj is None or not {obj.lemma_.lower(), obj.lower_} & words["cancelled_meeting_nouns"]:
        return None
    for particle in particles:
        if f"{lemma} {particle.lower_}" in words["cancelling_verbs"]:
            return f"{lemma} {particle.lower_}", [particle]
    return (lemma, []) if lemma in words["cancelling_verbs"] else None


def _message_calling_off(message: Optional[Token], lex: Lexicon) -> Optional[Token]:
    """The meeting noun a message's content calls off, else None. The content is a participle on
    the message noun (plover_frames.yaml message_nouns): a cancelling verb with a meeting object
    ("a letter *cancelling the meeting*", ``_cancelled_meeting``), or a verb of informing whose
    "of" object is a demonstrative ("a letter *informing him of this*"), which stands for what the
    sentence before says: there a meeting is cancelled or, under a negation, not held or gone ahead
    with ("it does not make sense to go forward with that meeting"; ``_meeting_refused_in``)."""
    if message is None or message.pos_ != "NOUN" or message.lemma_.lower() not in lex.message_nouns:
        return None
    words = detection_lexicon()
    for content in _children(message, ("acl", "relcl")):
        if content.pos_ != "VERB":
            continue
        lemma = content.lemma_.lower()
        particles = [c for c in content.children if c.dep_ == "prt"]
        meeting = _object_noun(content)
        if _cancelled_meeting(lemma, meeting, particles) is not None:
            return meeting
        told = _preps(content).get("of") if lemma in words["informing_verbs"] else None
        if told is not None and told.lower_ in ("this", "that") and content.sent.start > 0:
            return _meeting_refused_in(content.doc[content.sent.start - 1].sent)
    return None


def _meeting_refused_in(sentence) -> Optional[Token]:
    """A meeting noun (event_detection.yaml cancelled_meeting_nouns) of ``sentence`` that a
    cancelling verb takes as object, or that a negated verb governs through objects, "with"
    phrases and infinitive complements only ("will not attend the summit", "it does not make
    sense to go forward with that meeting"); else None. A negation further up (a clause that
    says or thinks something of the meeting) is no refusal of it."""
    words = detection_lexicon()
    for noun in sentence:
        if noun.pos_ != "NOUN" or not {noun.lemma_.lower(), noun.lower_} & words["cancelled_meeting_nouns"]:
            continue
        node = noun
        while node.dep_ in ("dobj", "obj", "pobj", "prep", "xcomp") and node.head.i != node.i:
            if node.dep_ == "prep" and node.lower_ != "with":
                break
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                if any(c.dep_ == "neg" for c in node.children):
                    return noun
                if node.lemma_.lower() in words["cancelling_verbs"] or any(
                        c.dep_ == "prt" and f"{node.lemma_.lower()} {c.lower_}" in words["cancelling_verbs"]
                        for c in node.children):
                    return noun
    return None


def _withheld_service(lemma: str, obj: Optional[Token], particles: list[Token]
                      ) -> Optional[tuple[str, Token, list[Token]]]:
    """(phrase, service noun, particle words) when ``lemma`` (+ particle) stops a public service
    named by its object ("cut off internet and some cellular phone access", "shut off the water
    supply"), else None. Lists: event_detection.yaml withholding_verbs, public_service_nouns,
    service_heads."""
    if obj is None:
        return None
    words = detection_lexicon()
    phrase, used = next(((f"{lemma} {p.lower_}", [p]) for p in particles
                         if f"{lemma} {p.lower_}" in words["withholding_verbs"]), (lemma, []))
    if phrase not in words["withholding_verbs"]:
        return None
    services = words["public_service_nouns"]
    for noun in [obj] + [c for c in obj.children if c.dep_ == "conj"]:
        lemma_ = noun.lemma_.lower()
        if lemma_ in services:
            return phrase, noun, used
        if lemma_ in words["service_heads"]:
            # "internet access", "access to the internet", "power supply", "phone service"
            modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
            modifiers += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("to", "of")
                          for g in c.children if g.dep_ == "pobj"]
            if any(m.lemma_.lower() in services for m in modifiers):
                return phrase, noun, used
    return None


def _classify_by_object(token: Token, lemma: str, obj: Optional[Token], particles: list[Token],
                        lex: Lexicon) -> Optional[tuple[str, Optional[str], str, list[Token], float]]:
    """Verbs whose event depends on what their object is: acquiring goods (AID), dismissing
    criticism (REJECT), summoning or contacting an envoy (DISAPPROVE / DEMAND)."""
    if obj is None:
        return None
    noun = obj.lemma_.lower()
    if lemma in lex.acquisition_verbs:
        goods = goods_of(obj, lex)
        if goods is not None:
            # actors are fixed in _build_events: the goods' origin gives, the subject receives
            return "AID", goods[1], f"acquisition '{lemma}' + goods '{goods[0].lemma_}'", [token, obj], 0.7
    phrases = [lemma] + [f"{lemma} {p.lower_}" for p in particles]
    if noun in lex.objection_nouns:
        for phrase, particle in zip(phrases, [None] + particles):
            if phrase in lex.dismissal_verbs:
                words = [token, obj] + ([particle] if particle is not None else [])
                return "REJECT", None, f"dismissal '{phrase}' + '{noun}'", words, 0.8
    if lemma in lex.labelling_verbs:
        # the label: "called X *a threat*" (oprd), "described X *as a threat*", "branded X *a
        # pariah*" (dative + dobj), "called the ruling *dangerous*" (small clause)
        labels = _children(token, ("oprd",)) + [o for p, o in _preps(token).items() if p == "as"]
        if _children(token, ("dative",)):
            labels += _children(token, ("dobj",))
        labels += [c for c in _children(token, ("xcomp", "ccomp")) if c.pos_ in ("NOUN", "ADJ")]
        for label in labels:
            if _condemns(label, lex):
                return "DISAPPROVE", "accuse", f"labelling '{lemma}' + '{label.lemma_}'", [token, label], 0.8
    if noun in lex.envoy_nouns and (lemma in lex.envoy_contact_verbs or "call in" in phrases):
        for purpose in _purpose_verbs(token):
            purpose_lemma = purpose.lemma_.lower()
            if purpose_lemma in lex.inquiry_verbs:
                return "DEMAND", None, f"'{lemma}' envoy + '{purpose_lemma}'", [token, obj, purpose], 0.8
            if purpose_lemma in lex.protest_verbs:
                return ("DISAPPROVE", "complain", f"'{lemma}' envoy + '{purpose_lemma}'",
                        [token, obj, purpose], 0.8)
        if lemma != "contact":
            return "DISAPPROVE", "complain", f"'{lemma}' envoy", [token, obj], 0.75
    return None


ORDER_TO_FORCES = "order to forces"


def _order_to_forces(token: Token, sense) -> Optional[tuple[Token, Token]]:
    """(order noun, forces) when the CAMEO pattern's noun is an order (event_detection.yaml
    force_order_nouns: "issued an order") given to armed forces (ordered_force_nouns): those it
    is addressed "to" ("an order to the armed forces to prepare"), or the subject of its content
    clause ("an order that the front-line units of the army should enter a wartime state");
    else None. An order to anyone else ("an order to the company to halt construction") stays
    a request."""
    words = detection_lexicon()
    for noun in sense.words:
        if noun.i == token.i or noun.pos_ != "NOUN" or noun.lemma_.lower() not in words["force_order_nouns"]:
            continue
        addressees = [o for p, o in _preps(noun).items() if p == "to"]
        clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp")]
        if noun.head.i == token.i and noun.dep_ in ("dobj", "obj"):
            # (a long "of" phrase between noun and clause and the parser hangs the "that" clause
            # on the verb: "issued an order of the supreme commander that the units should ...")
            clauses += [c for c in token.children if c.dep_ == "ccomp" and c.i > noun.i
                        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        addressees += [s for clause in clauses if clause.pos_ in ("VERB", "AUX")
                       for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")]
        for addressee in addressees:
            if noun_lemma(addressee) in words["ordered_force_nouns"]:
                return noun, addressee
    return None


def _negotiation_conduct(token: Token, sense) -> Optional[Token]:
    """The noun of a CAMEO ``sense`` of verb ``token`` that names the conduct of negotiations
    (event_detection.yaml negotiation_conduct_nouns: "engage in diplomacy with X"), when it is the
    verb's own object or the object of one of its prepositions, not a word further down ("approve
    the conditions of talks" approves conditions)."""
    nouns = detection_lexicon()["negotiation_conduct_nouns"]
    for word in sense.words:
        if word.pos_ != "NOUN" or word.lemma_.lower() not in nouns:
            continue
        if word.head.i == token.i and word.dep_ in ("dobj", "obj"):
            return word
        if word.dep_ == "pobj" and word.head.dep_ == "prep" and word.head.head.i == token.i:
            return word
    return None


def _mode_of(inner_type: Optional[str], mode: Optional[str]) -> Optional[str]:
    if inner_type is None:
        return mode
    return inner_type.lower() if not mode else f"{inner_type.lower()}:{mode}"


def _shared_object(predicate: Token) -> Optional[Token]:
    """The object a verb shares with the verbs conjoined right after it ("has arrested and
    prosecuted dozens of cartel leaders", "continue to detain, harass, and threaten mothers of
    protesters", "condemn and will systematically expose Russia's policy"): the parser hangs it on
    the last verb only. Only where nothing but commas, conjunctions, adverbs, the later verb's own
    auxiliaries and bare conjoined verbs stands between the verb and that object."""
    if any(c.dep_ in ("dobj", "obj") for c in predicate.children) or predicate.pos_ != "VERB":
        return None
    doc = predicate.doc
    for j in range(predicate.i + 1, min(len(doc), predicate.i + 10)):
        word = doc[j]
        if word.dep_ in ("punct", "cc") or word.pos_ == "ADV":
            continue
        if word.dep_ in ("aux", "neg") and word.head.i > word.i and word.head.dep_ == "conj":
            # (a modal or auxiliary of the later verb, "and will expose": English right node
            # raising shares the object across verbs of any tense or mood)
            continue
        link = word
        while link.dep_ == "conj" and link.head.i != predicate.i and link.head.i > predicate.i:
            link = link.head
        if word.dep_ != "conj" or link.head.i != predicate.i:
            return None
        objects = [c for c in word.children if c.dep_ in ("dobj", "obj")]
        if objects and word.pos_ == "VERB":
            return objects[0]
        if any(c.dep_ not in ("punct", "cc", "conj") for c in word.children):
            return None
    return None


def _loss_of_life(noun: Token) -> bool:
    """Whether ``noun`` names a loss of life or those who suffer it (event_detection.yaml
    loss_of_life_nouns: "the deaths of 50 detainees", "the victims of the floods"), a loss of life
    or lives ("the loss of life", "the loss of lives") or lives lost ("the lives lost in ...")."""
    lemma = noun.lemma_.lower()
    if lemma in detection_lexicon()["loss_of_life_nouns"]:
        return True
    if lemma == "loss":
        held = _preps(noun).get("of")
        return held is not None and held.lemma_.lower() == "life"
    return lemma == "life" and any(c.dep_ == "acl" and c.lemma_.lower() == "lose" for c in noun.children)


def _empathy_for_loss(concern: Token, lex: Lexicon) -> Optional[Token]:
    """The loss a concern noun (event_detection.yaml loss_concern_nouns; or its conjuncts: "his concern and condolences for ...") is
    felt for, where that is a loss of life whose phrase names no doer of the harm: sympathy with
    the bereaved (CAMEO.2.0 "SHARE + CONCERN" [018], as condolences), no disapproval of anyone
    (CAMEO 11). "for / over / about / at" + ``_loss_of_life``; a doer is named by a "by" agent, a
    cause clause (``_cause_of_harm``: "deaths that resulted from the Kremlin's actions") or an
    actor on a deed noun inside the phrase ("deaths in Russia's strikes"). Returns the loss noun
    or None."""
    preps = set(lex.feeling_topic_preps) | {"for"}
    for noun in [concern, *concern.conjuncts]:
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for loss in prep.children:
                if loss.dep_ != "pobj" or not _loss_of_life(loss):
                    continue
                if any(t.dep_ == "agent" for t in loss.subtree) or _cause_of_harm(loss, lex) is not None:
                    return None
                if any(_deed_noun(t, lex) and any(c.dep_ in ("poss", "amod", "compound") and _is_actor(c, lex, allow_pronoun=False)
                                                  for c in t.children)
                       for t in loss.subtree if t.i != loss.i):
                    return None
                return loss
    return None


def _cause_of_harm(topic: Token, lex: Lexicon) -> Optional[Token]:
    """Who caused a harm named anywhere in a concern's or complaint's topic: the actor (or the
    possessor or agent inside the act noun) of "resulted / resulting from X" or "caused /
    inflicted by X" ("concern about the extreme vulnerability of the civilian population of
    Ukraine, the numerous civilian deaths and injuries that have resulted from the Kremlin's
    actions": the Kremlin). The harm's victim is no target of CAMEO 11 / 14; its causer is
    (event_detection.yaml harm_origin_verbs, harm_cause_verbs). None when no such clause names an
    actor."""
    words = detection_lexicon()
    for verb in topic.subtree:
        if verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        if lemma in words["harm_origin_verbs"]:
            held = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                         for o in p.children if o.dep_ == "pobj"), None)
        elif lemma in words["harm_cause_verbs"] and verb.tag_ == "VBN":
            held = next((o for p in verb.children if p.dep_ == "agent"
                         for o in p.children if o.dep_ == "pobj"), None)
        else:
            continue
        if held is None:
            continue
        found = _party_or_inside(held, lex)
        if found is not None:
            return found
    return None


UPHELD_VALUES = LEXICON_DIR / "upheld_values.txt"


@functools.lru_cache(maxsize=1)
def upheld_values() -> frozenset:
    """``lexicons/upheld_values.txt``: the abstract values of event_detection.yaml abstract_causes
    whose upholding asks no one a named act ("democracy", "freedom", "rule", "peace"; WordNet 3.0
    first senses that are abstractions and no act, happening or personal trait, written by
    scripts/wordnet_values.py), read once. ModelError (code model_error) if the file is unreadable."""
    return word_file(UPHELD_VALUES, "upheld-value")


@functools.lru_cache(maxsize=None)
def _mode_table(name: str) -> dict[str, Optional[str]]:
    """An event_detection.yaml list of "words/mode" entries (``violent_means``: "water
    cannon/crowd-control", ``violent_means_acts``, ``weapon_modes``; the PLOVER AID modes of
    ``support_aid_kinds``, "humanitarian/humanitarian", "technical", and ``given_kind_nouns``)
    as {words: mode or None}, read once. Callers must not change it."""
    return dict((entry.split("/") + [None])[:2] for entry in detection_lexicon()[name])


def _abstract_causes_in(noun: Token, words: dict, causes: Optional[frozenset] = None) -> Optional[list[Token]]:
    """The abstraction nouns a cause phrase names: ``noun`` and its conjuncts, read through a
    process noun's "of" phrase ("the pursuit of justice and accountability" -> justice,
    accountability); None when any of them is no abstraction (``causes``, by default
    event_detection.yaml abstract_causes; abstract_cause_processes)."""
    causes = words["abstract_causes"] if causes is None else causes
    found = []
    for part in _with_conjuncts(noun):
        lemma = part.lemma_.lower()
        if lemma in words["abstract_cause_processes"]:
            inner = [p for c in part.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"]
            inner_found = _abstract_causes_in(inner[0], words, causes) if inner else None
            if inner_found is None:
                return None
            found.extend(inner_found)
        elif lemma in causes and part.pos_ in ("NOUN", "PROPN"):
            found.append(part)
        else:
            return None
    return found or None


def _for_clauses(head: Token, deps: Iterable[str]) -> list[Token]:
    """The verbs of the clauses under ``head`` (of dependency ``deps``) that the complementiser
    "for" opens, in text order: "the need *for Russia to withdraw*", "called *for Russia to cease*
    all hostilities" (English "for ... to" infinitival clause, CGEL 14.1: "for" marks the
    clause's overt subject, which the parser gives as the clause's nsubj)."""
    return [c for c in head.children if c.dep_ in deps and c.pos_ in ("VERB", "AUX")
            and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)]


def _for_infinitives(head: Token) -> list[Token]:
    """The "for X to V" complements of a verb ("is calling *for USTR to consider* ...", "pressed
    *for Russia to withdraw*"; ``_for_clauses``) with their "to": what the verb calls for is an
    act of X's, which the parser hangs on it as an adverbial clause. Not a purpose clause with
    other markers ("so as for the talks to go on"), which says why, not what is called for."""
    return [c for c in _for_clauses(head, ("advcl", "ccomp", "xcomp"))
            if any(a.dep_ == "aux" and a.lower_ == "to" and a.i < c.i for a in c.children)
            and all(m.lower_ == "for" for m in c.children if m.dep_ == "mark")]


STRIKE_SENSE_RULE = "strike sense from its doer, weapon or object"  # rule note: ``_light_strike_sense``


def _with_strike_sense(token: Token, lemma: str, obj: Token, typed: tuple, rule: str, words: list,
                       confidence: float, lex: Lexicon) -> tuple:
    """A light verb's reading (type, mode, rule, trigger words, confidence) with its object
    "strike" read in its sense (``_light_strike_sense``): where that sense changes ``typed``, the
    rule says so (``STRIKE_SENSE_RULE``)."""
    sensed = _light_strike_sense(token, lemma, obj, typed, lex)
    if sensed != typed:
        return *sensed, f"{rule}, {STRIKE_SENSE_RULE}", words, confidence
    return *typed, rule, words, confidence


def _light_strike_sense(verb: Token, lemma: str, noun: Token, code: tuple, lex: Lexicon) -> tuple:
    """(type, mode) of a light verb + "strike" ("Russian forces carried out strikes on Kharkiv",
    "nurses launched a strike"): ``_strike_sense`` with the clause's subject (a passive's "by"
    agent: "strikes were carried out by the army") as doer; ``code`` for any other noun, and for
    calling a strike (event_detection.yaml strike_calling_verbs), which proclaims a labour strike."""
    if lemma in detection_lexicon()["strike_calling_verbs"] or noun_lemma(noun) != "strike":
        return tuple(code)
    subject, passive = _subject(verb)
    doer = _passive_agent(verb) if passive or subject is None or subject.i == noun.i else subject
    return _strike_sense(noun, code, doer, lex, verb)


def _strike_sense(noun: Token, code: tuple, doer: Optional[Token], lex: Lexicon,
                  verb: Optional[Token] = None) -> tuple:
    """(type, mode) of the noun "strike" coded ``code`` (PROTEST/strike from the noun table or
    ASSAULT/aerial from a light phrase "launch / conduct strike"): an armed attack (CAMEO 195
    "employ aerial weapons", PLOVER ASSAULT/aerial) or a labour strike (CAMEO 143, PROTEST/strike),
    decided in this order (event_detection.yaml): a labour word on the noun ("a general strike")
    -> PROTEST; a weapon word ("missile strikes") -> ASSAULT; who strikes (``_striker_kind`` of
    ``doer``: "Russia's strikes", "Russian forces carried out strikes" -> ASSAULT; "the union's
    strike" -> PROTEST; a bare nationality noun, ``_people_of_nation``: "Palestinians held a
    strike", is no state's force); a place or military object struck (``_struck_object`` on the noun or on
    ``verb``, the light verb it is the object of: "carried out strikes on Kharkiv") -> ASSAULT;
    else ``code``. Other nouns and codes pass unchanged."""
    if noun_lemma(noun) != "strike" or tuple(code) not in (("PROTEST", "strike"), ("ASSAULT", "aerial")):
        return tuple(code)
    words = detection_lexicon()
    modifiers = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")}
    if modifiers & words["labour_strike_modifiers"]:
        return "PROTEST", "strike"
    if modifiers & words["military_strike_modifiers"]:
        return "ASSAULT", "aerial"
    kind = _striker_kind(doer, lex)
    if kind == "armed" and not _people_of_nation(doer, noun):
        return "ASSAULT", "aerial"
    if kind == "labour":
        return "PROTEST", "strike"
    if _struck_object(noun, lex) is not None or (verb is not None and _struck_object(verb, lex) is not None):
        return "ASSAULT", "aerial"
    return tuple(code)


def _people_of_nation(doer: Optional[Token], noun: Token) -> bool:
    """Whether ``doer`` of the strike noun ``noun`` is a nationality's people named by a bare
    nationality noun ("Palestinians held a strike", "Lebanese held a strike"), who strike in the
    labour sense, where a nationality word modifying the strike noun itself ("Israeli strikes")
    stands for its state. A force noun ("Russian forces") is no people noun."""
    return doer is not None and doer.ent_type_ == "NORP" and doer.head.i != noun.i \
        and doer.lemma_.lower() not in detection_lexicon()["moving_force_nouns"]


def _struck_object(head: Token, lex: Lexicon) -> Optional[Token]:
    """The object of an "on / upon / against" phrase of ``head`` (a strike noun or its light verb)
    that an armed strike hits: after "on / upon", a place named (GPE, LOC, FAC: "on Kharkiv") or a
    place or building (event_detection.yaml struck_target_nouns: "on apartment buildings"); after
    any of them, an armed force or group (``_striker_kind`` "armed": "against ISIS", "against
    Russian troops") or a military object (military_target_nouns: "against militant positions").
    A labour strike is "against" its employer, a city or a company's site as well ("a strike
    against the city of Memphis"), so places count only after "on / upon". None otherwise ("on
    Monday", "against the government", "against the reform")."""
    words = detection_lexicon()
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("on", "upon", "against"):
            continue
        for obj in _children(prep, ("pobj",)):
            lemma = obj.lemma_.lower()
            place = obj.ent_type_ in ("GPE", "LOC", "FAC") or lemma in words["struck_target_nouns"]
            if (place and prep.lower_ != "against") or lemma in words["military_target_nouns"] \
                    or _striker_kind(obj, lex) == "armed":
                return obj
    return None


def _striker_kind(subject: Optional[Token], lex: Lexicon) -> Optional[str]:
    """Who strikes, for the sense of the verb "strike" (event_detection.yaml armed_striker_*,
    labour_striker_*): "armed" for a state (a GPE or nationality: "Israel", "Russian forces"), an
    armed force or group by its Phoenix sector ("troops", "militants", "Hamas") or a force noun or
    weapon ("warplanes", "drones"); "labour" for workers, unions, staff ("teachers", "the union");
    "thing" for a noun that names no actor ("sanctions", "tariffs"); None when it cannot tell
    (no subject, a pronoun, a person, an unknown body)."""
    if subject is None or subject.pos_ == "PRON":
        return None
    words = detection_lexicon()
    lemma = subject.lemma_.lower()
    entity = _entity_of(subject) if subject.ent_type_ else None
    if subject.ent_type_ in ("GPE", "NORP") or any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("GPE", "NORP")
                                                   and lemma in words["moving_force_nouns"] for c in subject.children):
        return "armed"
    if lemma in words["moving_force_nouns"] | words["military_strike_modifiers"] and not any(
            c.lower_ in words["civilian_mover_modifiers"] for c in subject.children):
        return "armed"  # "Russian forces", "drones", "warplanes" ("a cargo vessel" is none)
    if lemma in words["labour_striker_nouns"]:
        return "labour"
    named = named_actor(entity.text if entity is not None else subject.text)
    code = named or agent_sector(" ".join(w.text for w in subject.subtree if w.i <= subject.i
                                          and w.dep_ in ("compound", "amod") or w.i == subject.i))
    sector = code.sector if code is not None else None
    if sector in words["armed_striker_sectors"]:
        return "armed"
    if sector in words["labour_striker_sectors"]:
        return "labour"
    if code is None and subject.pos_ == "NOUN" and not subject.ent_type_ and not _is_actor(subject, lex, allow_pronoun=False):
        return "thing"
    return None


def _striker_sense(token: Token, lemma: str, obj: Optional[Token], lex: Lexicon) -> Optional[tuple]:
    """The sense of the verb "strike" from who strikes (``_striker_kind``; CAMEO 143 vs 190):
    (type, mode, rule, words, confidence) -- an armed striker uses force (PLOVER ASSAULT: for a
    state mode aerial, as ``_strike_sense`` codes a state's strike noun, CAMEO 195 "employ
    aerial weapons"; else no mode, CAMEO 190); a labour striker with
    an object strikes against it (PLOVER PROTEST/strike), not by force; () for a thing that
    strikes (figurative, no event); None to leave the verb to its other rules (not "strike",
    a passive, a striker of no telling kind, a labour strike with no object)."""
    if lemma != "strike":
        return None
    subject, passive = _subject(token)
    if passive:
        return None
    kind = _striker_kind(subject, lex)
    if kind == "armed":
        # (as ``_strike_sense`` codes a state's strike noun; an armed group names no weapon)
        state = any(w.ent_type_ in ("GPE", "NORP") and lookup_country((_entity_of(w) or w).text) is not None
                    for w in [subject] + [c for c in subject.children if c.dep_ in ("amod", "compound")])
        mode = "aerial" if state else None
        return "ASSAULT", mode, f"verb 'strike' by armed striker '{subject.lemma_.lower()}'", [token], 0.7
    if kind == "labour" and obj is not None:
        return "PROTEST", "strike", f"verb 'strike' by labour striker '{subject.lemma_.lower()}'", [token], 0.7
    if kind == "thing":
        return ()
    return None


OFFERED_PROPOSAL = "proposal offered"  # rule prefix (``_offered_proposal``)


def _offered_proposal(lemma: str, sense) -> Optional[Token]:
    """The proposal noun of a CAMEO 02 (appeal) sense whose object is the actor's own proposal or
    plan (event_detection.yaml offered_proposal_nouns: "put forward a proposal", "presented a peace
    plan"), read by a verb that is no asking (investigation_request_verbs), else None."""
    words = detection_lexicon()
    if not (sense.code or "").startswith("02") or lemma in words["investigation_request_verbs"]:
        return None
    return next((w for w in sense.words if w.pos_ in ("NOUN", "PROPN")
                 and w.lemma_.lower() in words["offered_proposal_nouns"]), None)
