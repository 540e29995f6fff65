"""The events component's vocabulary: the word sets of ``lexicons/event_words.yaml`` and
``lexicons/event_detection.yaml``, the trigger lexicon (``Lexicon``, ``load_lexicon``, ``Trigger``)
and the constants every other module reads. Builds on no other module of the package; it
imports ``extensions`` so that the ``Doc._.ng_*`` attributes exist."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import yaml
from spacy.tokens import Token

from newsgraph.nlp import extensions  # noqa: F401  (registers Doc._.ng_*)
from newsgraph.nlp.model import word_lemma
from newsgraph.nlp.types import PLOVER_TYPES
from newsgraph.nlp.word_lists import named_word_sets, read_word_sets


COMPONENT = "newsgraph_events"

LEXICON_DIR = Path(__file__).resolve().parents[1] / "lexicons"


@dataclass(frozen=True)
class EventWords:
    """The word sets of ``lexicons/event_words.yaml`` (what each is and where it comes from: that
    file's comments), each a ``frozenset[str]`` of lower-case words."""
    partitive_nouns: frozenset[str]
    kin_nouns: frozenset[str]
    quantity_nouns: frozenset[str]
    transfer_verbs: frozenset[str]
    force_object_verbs: frozenset[str]
    phrase_only_light_verbs: frozenset[str]
    onset_verbs: frozenset[str]
    protester_nouns: frozenset[str]
    joint_activity_nouns: frozenset[str]
    military_strike_modifiers: frozenset[str]
    force_nouns: frozenset[str]
    sent_person_words: frozenset[str]
    relational_nouns: frozenset[str]
    affiliation_participles: frozenset[str]
    entourage_nouns: frozenset[str]
    state_group_nouns: frozenset[str]
    vague_actor_nouns: frozenset[str]


EVENT_WORDS = read_word_sets(LEXICON_DIR / "event_words.yaml", EventWords)  # read once, at import

ACTOR_ENT_LABELS = {"GPE", "ORG", "NORP", "PERSON", "LOC", "FAC"}

PLACE_ENT_LABELS = {"GPE", "LOC", "FAC"}

SUBJECT_DEPS = {"nsubj", "csubj"}
DEMONSTRATIVES = frozenset({"this", "these", "that", "those"})

PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}

OBJECT_DEPS = {"dobj", "obj", "dative", "attr", "oprd"}

# prepositions whose object is the target of an event, best first
# types of force whose "with" phrase is never the target (unit, companion, instrument)
FORCE_TYPES = frozenset({"MOBILIZE", "ASSAULT", "COERCE", "PROTEST"})

TARGET_PREPS = ("with", "to", "against", "on", "at", "into", "toward", "towards", "from",
                "for", "between", "over", "upon", "about")

TOPIC_PREPS = {"on", "about", "over", "regarding"}

# places around which a force is massed: PLOVER MOBILIZE's recipient is "against whom the actor
# mobilizes ... if that is clear", and a build-up around, near or along a state's border makes it so
MOBILIZE_PREPS = ("around", "near", "along")

# aspectual verbs (English grammar: they frame another verb's act and name no participant of their own)
ASPECTUAL_VERBS = frozenset({"continue", "begin", "start", "keep", "resume"})

# relative pronouns that can stand as a clause's object ("the family that X fought", "whom X detained")
RELATIVE_OBJECT_PRONOUNS = frozenset({"that", "which", "whom", "who"})

# types whose direct object is the party acted on (PLOVER: the one attacked, coerced, sanctioned,
# investigated, criticised, rejected, backed or met), so a relative clause's object gap is the target;
# not AID or AGREE, whose object is the thing given or promised ("the support we've been providing")
GAP_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "INVESTIGATE", "DISAPPROVE", "REJECT", "SUPPORT",
                              "CONSULT", "THREATEN"})

# participles that only restate an act's direction ("sanctions targeting X", "measures aimed at X",
# "steps directed against X"): no link of their own between the act noun and whom it is aimed at
DIRECTING_VERBS = frozenset({"target", "aim", "direct"})

# partitive heads whose "of" phrase names the whole they are part of ("elements of the regime",
# "a diverse array of stakeholders", "parts of the army"): no link of their own
PARTITIVE_NOUNS = EVENT_WORDS.partitive_nouns

# kin nouns relating a person to another ("the adult children of X, A and B"): names listed after
# the relative's "of" object are the kin themselves (English apposition), not co-relatives
KIN_NOUNS = EVENT_WORDS.kin_nouns

# acts done to people by force or coercion (PLOVER ASSAULT, COERCE): their patient is the target
PATIENT_TYPES = frozenset({"ASSAULT", "COERCE"})


def _patient_type(trigger: "Trigger") -> bool:
    """Whether the trigger's act takes people of a sector as its patient (PATIENT_TYPES); so does
    a restriction the codebook types SANCTION ("imposing visa restrictions against actors who
    ...", ``_sanction_kind``), as it did when it was read as COERCE."""
    return trigger.event_type in PATIENT_TYPES or SANCTION_KIND in trigger.rule


# nouns of a gathering in protest (the PROTEST nouns of the trigger lexicon that name a crowd, not
# "strike" nor "walkout", which also name an air strike or a labour stoppage): force or repression
# aimed at one ("dispersed peaceful demonstrations", "the repression of the protests") is aimed at
# the people protesting, PLOVER's recipient ("police firing on demonstrators": the victims are the
# recipient, PLOVER_MANUAL.tex, Compound and Reciprocal Actors)
CROWD_PROTEST_NOUNS = frozenset({"protest", "demonstration", "rally", "vigil", "sit-in"})

# how a target that is the people of a protest is told (the linker codes it as protesters)
PROTEST_PEOPLE_RULE = "the people of the protest acted on"

# how a source read off the place of an agentless passive is told: the state where someone is held
# ("were held in Iran") and the state whose authority the place names; the place says where the act
# fell, not whose people it fell on (the linker gives the target no state from it, events 0.8.206)
CUSTODIAN_STATE_RULE = "state where held (custody)"
PLACE_AUTHORITY_RULE = "state whose authority the place names (agentless passive)"
PLACE_STATE_SOURCE_RULES = (CUSTODIAN_STATE_RULE, PLACE_AUTHORITY_RULE)

# the object noun itself names people of a Phoenix sector ("banned Russia's athletes"): the target, not its possessor
PEOPLE_NOUN_RULE = "people the object noun names"

# prepositions that direct a force or coercion at its patient ("a crackdown on journalists",
# "repression against protesters"); not "with" (a unit or instrument) nor "in" (a place)
PATIENT_PREPS = ("against", "on", "upon")

# the prepositions of an AID act's beneficiary: "aid to X", "assistance for X" (PLOVER AID recipient)
AID_BENEFICIARY_PREPS = ("to", "for")

# verbs of using a means ("a package using the Presidential Drawdown Authority"): their object is
# the act's instrument, never its recipient
INSTRUMENT_VERBS = frozenset({"use", "utilize", "utilise", "employ", "leverage"})

# quantity heads whose "of" phrase is what is counted ("dozens of political opponents")
QUANTITY_NOUNS = EVENT_WORDS.quantity_nouns

ACTOR_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}

FIRST_PERSON_WORDS = {"we", "us", "our", "ours", "ourselves", "i", "me", "my"}  # the speaker's own side

# pronouns that stand for a third party, any case ("support their rights", "urge them to")
THIRD_PERSON_WORDS = {"he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their", "theirs"}

# a person pronoun as an act's object ("charged him", "met her"): the target, which the linker
# resolves by coreference (an unresolved one is dropped there: ``linked_actor_check``)
OBJECT_PRONOUNS = {"him", "her", "them", "us"}

# the same persons as subjects of a passive (the active object); "it" and "we" stay out ("it" is
# mostly a thing or an expletive, "we" the writer's side)
PASSIVE_SUBJECT_PRONOUNS = {"he", "she", "they"}

# a possessor pronoun of an act noun as its agent ("grateful to X for its assistance provided to
# Ukraine"), taken as the one thanked or blamed (``_credited_owner``)
POSSESSIVE_PRONOUNS = {"his", "her", "its", "their"}

# prepositions of CAMEO patterns that head whom the act backs ("STAND (BY)" 051, "HURL SUPPORT
# (BEHIND)" 051), beside the usual target prepositions
BACKING_PREPS = frozenset({"by", "behind"})

# material hostile acts whose answer to another act ("in response to X's aggression") is aimed at
# whoever did that act (PLOVER SANCTION, COERCE, THREATEN, ASSAULT)
RESPONSE_TYPES = frozenset({"SANCTION", "COERCE", "THREATEN", "ASSAULT"})

# verbs whose clause names whom they help: "help Ukraine respond", "enable Haiti to recover"
ENABLING_VERBS = frozenset({"help", "enable", "assist"})

# verbs that only count with one of these prepositions ("called for", "spoke with")
REQUIRED_PREPS = {
    "call": {"for", "on"}, "speak": {"with", "to"}, "talk": {"with", "to"},
    "push": {"for"}, "press": {"for", "on"}, "fire": {"on", "at", "into", "upon"},
    "receive": set(), "summon": set(), "share": {"with"},
}

# verbs that move goods (AID) but move forces when their object is troops (MOBILIZE)
TRANSFER_VERBS = EVENT_WORDS.transfer_verbs

# verbs that only mean MOBILIZE with forces as their object ("strengthened its forces")
FORCE_OBJECT_VERBS = EVENT_WORDS.force_object_verbs

# light verbs that only make an event in a listed light phrase ("dropped the charges"), never
# with any event noun ("dropped bombs" is no SANCTION, "removed the ban" is a concession)
PHRASE_ONLY_LIGHT_VERBS = EVENT_WORDS.phrase_only_light_verbs

# subordinators of background clauses: "after the UN suspended contacts, 33 were killed" is
# about the killing; the clause it opens sets the scene
BACKGROUND_MARKS = {"after", "before", "when", "since", "while", "as", "because", "although",
                    "though", "once", "until", "whereas", "amid"}

# stance verbs of agreement: "agreed to halt / postpone / lift X" is AGREE whatever X is
# (PLOVER gold: "agreed to postpone the demonstration", "agreed to lift embargoes" -> AGREE)
AGREEMENT_STANCES = {"agree", "consent"}

# compound modifiers that make "strike" a military strike, not a labour strike
# verbs saying an event noun in subject position happened: "clashes broke out between A and B",
# "protests erupted in X", "talks resumed"; the event is the noun's
ONSET_VERBS = EVENT_WORDS.onset_verbs

ONSET_PARTICLES = {"break": "out", "flare": "up", "take": "place"}

# violence by protesters is a riot (PLOVER PROTEST, mode riot), not an ASSAULT
PROTESTER_NOUNS = EVENT_WORDS.protester_nouns

# "joint exercises / patrols / operations": mutual material cooperation (COOPERATE)
JOINT_MODIFIERS = {"joint", "combined"}

JOINT_ACTIVITY_NOUNS = EVENT_WORDS.joint_activity_nouns

# the named checks every candidate event passes before it is stored (events/candidates.py, _build_events)
CHECKS_PASSED = "trigger-sense, not-question, asserted-frame, not-routine, actor, recipient, abstract-cause, effort, commitment-goal, rally-support"

# checked on the whole article once every event is built (find_events)
NAMED_ACTOR_CHECK = "named-actor"

# checked once the linker has coded every actor's state and sector (linking.link_facts)
POLITICAL_ACTOR_CHECK = "political-actor"

MILITARY_STRIKE_MODIFIERS = EVENT_WORDS.military_strike_modifiers

NON_ACTOR_ENT_LABELS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL",
                        "EVENT", "LAW", "WORK_OF_ART", "LANGUAGE", "PRODUCT"}

PARTICLE_WORDS = {"out", "down", "off", "over", "up", "back"}

RELATIVE_TAGS = {"WDT", "WP"}

# "X has / gets / makes Y do Z": X is behind what Y does
CAUSATIVE_VERBS = {"have", "get", "make", "let", "keep", "use"}

# prepositions naming the receiver of supplied goods ("delivery of tanks to / in / for X")
RECEIVER_PREPS = ("to", "in", "for", "into")

# verbs of admitting someone somewhere (CAMEO 0811 "allow (into country)"): their "into"/"to"
# place is the destination of the object admitted, not the recipient
_ADMIT_VERBS = {"allow", "let", "admit", "permit"}

FORCE_NOUNS = EVENT_WORDS.force_nouns


@dataclass(frozen=True)
class Lexicon:
    verbs: dict
    particles: dict
    light_verbs: frozenset
    light_phrases: dict
    nouns: dict
    negators: frozenset
    reporting: frozenset
    stance_verbs: dict
    stance_adjectives: dict
    cooperative: frozenset
    planned_aux: frozenset
    hypothetical_aux: frozenset
    obligation_aux: frozenset
    obligation_verbs: frozenset
    unobliged_verbs: frozenset
    unobliged_subjects: frozenset
    obliged_actor_nouns: frozenset
    claimed_adverbs: frozenset
    conditional_marks: frozenset
    actor_nouns: frozenset
    prep_idioms: dict
    message_nouns: frozenset
    abstract_objects: frozenset
    scourge_objects: frozenset
    condition_objects: frozenset
    condition_types: frozenset
    cyber_words: frozenset
    rally_objects: frozenset
    prohibition_verbs: frozenset
    dealing_verbs: frozenset
    silent_verbs: frozenset
    known_verbs: frozenset
    halting_verbs: frozenset
    hostile_nouns: frozenset
    # goods transfers, enabling documents, dismissals, envoys, concern (plover_frames.yaml)
    goods: dict
    container_nouns: frozenset
    origin_participles: frozenset
    acquisition_verbs: frozenset
    aspect_verbs: frozenset
    ongoing_aspect_verbs: frozenset
    expressive_types: frozenset
    speech_act_stances: frozenset
    ongoing_relation_verbs: frozenset
    enabling_verbs: frozenset
    document_nouns: frozenset
    supply_act_nouns: frozenset
    acquisition_act_nouns: frozenset
    dismissal_verbs: frozenset
    objection_nouns: frozenset
    envoy_nouns: frozenset
    envoy_contact_verbs: frozenset
    inquiry_verbs: frozenset
    protest_verbs: frozenset
    concern_nouns: frozenset
    feeling_nouns: frozenset
    feeling_topic_preps: frozenset
    causing_verbs: frozenset
    experiencer_preps: frozenset
    undergoing_verbs: frozenset
    # accusation cues inside statements (plover_accusations.yaml)
    participation: dict
    crime_nouns: frozenset
    condemnation_nouns: frozenset
    crime_agent_nouns: frozenset
    condemnation_adjectives: frozenset
    crime_verbs: frozenset
    labelling_verbs: frozenset
    act_verbs: dict
    hosting_verbs: frozenset
    visitor_nouns: frozenset
    irrealis_verbs: frozenset
    advise_against_verbs: frozenset
    decide_against_verbs: frozenset
    denial_verbs: frozenset
    aid_cut_verbs: frozenset
    appointment_verbs: frozenset
    aid_nouns: frozenset
    proposal_nouns: frozenset
    question_verbs: frozenset
    routine_objects: frozenset
    symmetric_types: frozenset
    joint_commitment_types: frozenset
    readout_verbal_types: frozenset
    recipient_types: frozenset
    information_objects: frozenset
    participant_nouns: frozenset
    participant_state_nouns: frozenset
    lone_actor_nouns: frozenset
    showing_verbs: frozenset
    stance_nouns: frozenset
    factive_verbs: frozenset
    document_names: frozenset
    non_agent_nouns: frozenset
    programme_heads: frozenset
    gathering_nouns: frozenset
    occasion_phrase_nouns: frozenset
    venue_nouns: frozenset
    time_objects: frozenset
    advised_nouns: frozenset
    legal_units: frozenset
    intransitive_senses: frozenset
    transcript_markers: frozenset
    max_events_per_sentence: int
    max_pairs_per_trigger: int
    context_verbs: frozenset
    cameo_defaults: bool
    # gates: lemmas that can start a direct frame / an accusation cue
    direct_frame_lemmas: frozenset
    accusation_lemmas: frozenset
    # consequence frames (plover_frames.yaml warning_frames) and the lemmas that can open one
    warning_frames: dict
    warning_lemmas: frozenset


def _parse_code(code: str) -> tuple[str, Optional[str]]:
    event_type, _, mode = code.partition("/")
    if event_type not in PLOVER_TYPES:
        raise ValueError(f"plover lexicon: unknown PLOVER type {event_type!r}")
    return event_type, (mode or None)


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read the trigger and frame lexicons once."""
    triggers = yaml.safe_load((LEXICON_DIR / "plover_triggers.yaml").read_text(encoding="utf-8"))
    frames = yaml.safe_load((LEXICON_DIR / "plover_frames.yaml").read_text(encoding="utf-8"))
    accusations = yaml.safe_load((LEXICON_DIR / "plover_accusations.yaml").read_text(encoding="utf-8"))
    stance_verbs = dict(frames["stance_verbs"])
    stance_verbs.update({verb: "aspect" for verb in frames["aspect_verbs"]})
    goods = {noun: mode for mode, nouns in frames["goods_nouns"].items() for noun in nouns}
    sets = {name: frozenset(frames[name]) for name in (
        "container_nouns", "origin_participles", "acquisition_verbs", "aspect_verbs", "enabling_verbs",
        "ongoing_aspect_verbs", "expressive_types", "speech_act_stances", "ongoing_relation_verbs",
        "document_nouns", "supply_act_nouns", "acquisition_act_nouns", "dismissal_verbs",
        "objection_nouns", "envoy_nouns", "envoy_contact_verbs", "inquiry_verbs", "protest_verbs",
        "concern_nouns", "feeling_nouns", "feeling_topic_preps", "causing_verbs", "experiencer_preps",
        "undergoing_verbs")}
    sets.update({name: frozenset(accusations[name]) for name in (
        "crime_nouns", "condemnation_nouns", "crime_agent_nouns", "condemnation_adjectives",
        "crime_verbs", "labelling_verbs")})
    parse_map = lambda table: {k: _parse_code(v) for k, v in (table or {}).items()}  # noqa: E731
    verbs = parse_map(triggers["verbs"])
    known_verbs = set(verbs) | set(triggers["light_verbs"]) | set(frames["stance_verbs"]) \
        | set(frames["reporting"]) | {phrase.split()[0] for phrase in triggers["particles"]} \
        | {phrase.split()[0] for phrase in triggers["prep_idioms"]} | set(triggers["halting_verbs"]) \
        | set(frames["acquisition_verbs"]) | set(frames["aspect_verbs"]) \
        | {phrase.split()[0] for phrase in frames["dismissal_verbs"]} | set(frames["denial_verbs"]) \
        | set(frames["envoy_contact_verbs"])
    return Lexicon(
        hosting_verbs=frozenset(frames["hosting_verbs"]),
        irrealis_verbs=frozenset(frames["irrealis_verbs"]),
        advise_against_verbs=frozenset(frames["advise_against_verbs"]) & frozenset(frames["irrealis_verbs"]),
        decide_against_verbs=frozenset(frames["decide_against_verbs"]),
        denial_verbs=frozenset(frames["denial_verbs"]),
        aid_cut_verbs=frozenset(frames["aid_cut_verbs"]),
        appointment_verbs=frozenset(frames["appointment_verbs"]),
        aid_nouns=frozenset(frames["aid_nouns"]),
        proposal_nouns=frozenset(frames["proposal_nouns"]),
        question_verbs=frozenset(frames["question_verbs"]),
        routine_objects=frozenset(frames["routine_objects"]),
        symmetric_types=frozenset(frames["symmetric_types"]),
        joint_commitment_types=frozenset(frames.get("joint_commitment_types", ())),
        readout_verbal_types=frozenset(frames.get("readout_verbal_types", ())),
        recipient_types=frozenset(frames["recipient_types"]),
        information_objects=frozenset(frames["information_objects"]),
        participant_nouns=frozenset(frames["participant_nouns"]),
        participant_state_nouns=frozenset(frames.get("participant_state_nouns", ())),
        lone_actor_nouns=frozenset(frames["lone_actor_nouns"]),
        showing_verbs=frozenset(frames["showing_verbs"]),
        stance_nouns=frozenset(frames["stance_nouns"]),
        factive_verbs=frozenset(frames["factive_verbs"]),
        document_names=frozenset(frames["document_nouns"]) | frozenset(frames["document_names"]),
        non_agent_nouns=frozenset(frames["non_agent_nouns"]),
        programme_heads=frozenset(frames.get("programme_heads", ())),
        gathering_nouns=frozenset(frames["gathering_nouns"]),
        occasion_phrase_nouns=frozenset(frames["occasion_phrase_nouns"]),
        venue_nouns=frozenset(frames["venue_nouns"]),
        time_objects=frozenset(frames["time_objects"]),
        advised_nouns=frozenset(frames["advised_nouns"]),
        legal_units=frozenset(frames["legal_units"]),
        intransitive_senses=frozenset(frames["intransitive_senses"]),
        transcript_markers=frozenset(frames["transcript_markers"]),
        max_events_per_sentence=int(frames["max_events_per_sentence"]),
        max_pairs_per_trigger=int(frames["max_pairs_per_trigger"]),
        visitor_nouns=frozenset(frames["visitor_nouns"]),
        context_verbs=frozenset(triggers["context_verbs"]),
        cameo_defaults=bool(triggers.get("cameo_defaults", False)),
        known_verbs=frozenset(known_verbs),
        verbs=verbs,
        particles=parse_map(triggers["particles"]),
        light_verbs=frozenset(triggers["light_verbs"]),
        light_phrases=parse_map(triggers["light_phrases"]),
        nouns=parse_map(triggers["nouns"]),
        negators=frozenset(triggers["negators"]),
        reporting=frozenset(frames["reporting"]),
        stance_verbs=stance_verbs,
        stance_adjectives=dict(frames["stance_adjectives"]),
        cooperative=frozenset(frames["cooperative_types"]),
        planned_aux=frozenset(frames["planned_aux"]),
        hypothetical_aux=frozenset(frames["hypothetical_aux"]),
        obligation_aux=frozenset(frames["obligation_aux"]),
        obligation_verbs=frozenset(frames["obligation_verbs"]),
        unobliged_verbs=frozenset(frames["unobliged_verbs"]),
        unobliged_subjects=frozenset(frames["unobliged_subjects"]),
        obliged_actor_nouns=frozenset(frames["obliged_actor_nouns"]),
        claimed_adverbs=frozenset(frames["claimed_adverbs"]),
        conditional_marks=frozenset(frames["conditional_marks"]),
        actor_nouns=frozenset(frames["actor_nouns"]) | criminal_agent_nouns(),
        prep_idioms=parse_map(triggers["prep_idioms"]),
        message_nouns=frozenset(frames["message_nouns"]),
        abstract_objects=frozenset(frames["abstract_objects"]) | frozenset(frames["message_nouns"]),
        scourge_objects=frozenset(frames["scourge_objects"]),
        condition_objects=frozenset(frames["condition_objects"]),
        condition_types=frozenset(frames["condition_types"]),
        cyber_words=frozenset(frames["cyber_words"]),
        rally_objects=frozenset(frames["rally_objects"]),
        prohibition_verbs=frozenset(frames["prohibition_verbs"]),
        dealing_verbs=frozenset(frames["dealing_verbs"]),
        silent_verbs=frozenset(frames["silent_verbs"]) | frozenset(frames["reporting"]),
        halting_verbs=frozenset(triggers["halting_verbs"]),
        hostile_nouns=frozenset(triggers["hostile_nouns"]),
        goods=goods,
        participation=dict(accusations["participation"]),
        act_verbs={verb: code for code, verbs in frames["act_verbs"].items() for verb in verbs},
        direct_frame_lemmas=frozenset(frames["enabling_verbs"]) | frozenset(
            verb for verbs in frames["act_verbs"].values() for verb in verbs)
        | frozenset(frames["causing_verbs"]) | frozenset(frames["undergoing_verbs"]),
        accusation_lemmas=frozenset(accusations["participation"]) | frozenset(accusations["crime_verbs"])
        | frozenset(accusations["condemnation_nouns"]) | frozenset(accusations["condemnation_adjectives"])
        | frozenset(accusations["crime_agent_nouns"]),
        # word lists as frozensets once here: the frame check runs on every "be" (frozenset() of a
        # frozenset is the set itself, so the readers' frozenset(...) calls copy nothing)
        warning_frames={name: frozenset(value) if isinstance(value, list)
                        else {k: frozenset(v) if isinstance(v, list) else v for k, v in value.items()}
                        if isinstance(value, dict) else value
                        for name, value in frames["warning_frames"].items()},
        warning_lemmas=frozenset(frames["warning_frames"]["patient_verbs"])
        | frozenset(frames["warning_frames"]["act_verbs"]) | frozenset(frames["warning_frames"]["response_verbs"])
        | frozenset(frames["warning_frames"]["imposing_verbs"]) | {"be"},
        **sets,
    )


@dataclass
class Trigger:
    """A matched trigger before its actors are found."""

    token: Token            # the predicate whose arguments give the actors
    head: Token             # the outermost token of the frame (stance verb, reporting verb)
    event_type: str
    mode: Optional[str]
    rule: str
    words: list[Token]
    base_confidence: float
    # a SUPPORT / AGREE read as the hostile act it backs (``_backed_hostile_act``): the party inside
    # that act is its target, even inside an effort's aim (``_effort_aim_patient``)
    backs_hostile_act: bool = False


SANCTION_KIND = "restriction of a sanction kind"  # rule prefix (``_sanction_kind``)


@functools.lru_cache(maxsize=1)
def detection_lexicon() -> dict[str, frozenset]:
    """``lexicons/event_detection.yaml``: word lists of the detection checks and frames (each
    entry's source is in the file)."""
    return named_word_sets(LEXICON_DIR / "event_detection.yaml")


def body_adjective_noun(word: str) -> Optional[str]:
    """The noun of the state body an adjective names ("congressional" -> "congress",
    "parliamentary" -> "parliament"; event_detection.yaml ``body_adjectives``), else None."""
    return _body_adjectives().get(word.lower())


@functools.lru_cache(maxsize=1)
def _body_adjectives() -> dict[str, str]:
    return dict(pair.split() for pair in detection_lexicon()["body_adjectives"])


@functools.lru_cache(maxsize=1)
def sector_agents() -> dict[str, str]:
    """Phoenix sector agents (``lexicons/phoenix_agents.json``): noun -> sector code."""
    path = Path(__file__).resolve().parents[1] / "lexicons" / "phoenix_agents.json"
    return json.loads(path.read_text(encoding="utf-8"))["agents"]


@functools.lru_cache(maxsize=1)
def criminal_agent_nouns() -> frozenset[str]:
    """One-word Phoenix agents of sector CRM (``lexicons/phoenix_agents.json``: "smuggler",
    "trafficker", "cartel", "gang", "criminal") -> frozenset of noun lemmas. They name the people
    who commit a crime, so they are actor nouns ("hold smugglers accountable", "sanctioned Mexican
    cartels"); the crime itself ("trafficking", "organized crime") is an activity, no agent, and is
    not in the list (multi-word entries are left out: their heads, "lord", "dealer", are no
    criminals alone), nor an entry that names no person or group (event_detection.yaml
    criminal_non_agents: "gangland", a misspelt "traffiker"). Each entry is read as its lemma
    (``model.word_lemma``: "thieves" -> "thief"), the form an actor noun is matched on."""
    skip = set(detection_lexicon()["criminal_non_agents"])
    return frozenset(word_lemma(noun) for noun, code in sector_agents().items()
                     if "CRM" in code and " " not in noun and noun not in skip)


def _verbs_of_heading() -> dict:
    """Verb lemmas whose subject heads their object ("lead", "head", "chair": the title lexicon's)."""
    from newsgraph.nlp.roles import title_lexicon

    return title_lexicon().verbs_of_heading
