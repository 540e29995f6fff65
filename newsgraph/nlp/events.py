"""PLOVER events: who did what to whom, from a trigger lexicon matched on the dependency parse.

How it works, per predicate token of each sentence (every event is a candidate first):

1. **Trigger.** A verb lemma, verb + particle ("call off"), light verb + object noun ("staged a
   hunger strike", "lifted the curfew") or stance frame ("threatened to cut off", "is ready to
   contribute") is looked up in ``lexicons/plover_triggers.yaml`` -> PLOVER type and mode.
   Reporting verbs ("said", "announced") are not events: the event sits in their complement.
   A reporting verb whose complement says another actor *must* do something is DEMAND.
2. **Actors.** Source = subject (or the ``by`` agent of a passive); target = direct object, else
   an actor inside it (possessor "Serbia's suppression", modifier "an Indian proposal",
   "withdrawal *of* Serbian forces"), else a prepositional object (with/to/against/on/...), else
   a place in "in X". Conjoined actors give one event each ("visited A, B and C" -> 3 events).
   Actors must be named entities, pronouns, or generic agent nouns ("police", "rebels").
3. **Status** from the clause: negated (not/never), planned (will, plan to, agreed to),
   hypothetical (could/might/if), claimed (inside reported speech about someone other than the
   speaker, under "claimed"/"alleged", or marked "reportedly"); otherwise asserted.
   A pronoun subject inside reported speech takes the speaker when they agree ("Syria says it
   will ..." -> Syria; "He dismissed ..., IRNA reported" keeps "He" for coreference).
   PLOVER convention: an offer or promise of a cooperative act is AGREE, a stated intention to
   do a hostile act is THREATEN, a refusal is REJECT; the underlying act stays as the mode.
4. **Date** from a ``doc._.ng_timexes`` expression attached to the trigger's clause, and
   **location** from "in <place>" attached to the trigger.

Frames whose actors are not simply subject and object (``lexicons/plover_frames.yaml``):

* **Goods.** "X received / began receiving Y-made missiles" -> AID from the goods' origin
  (Y-made, Y's, Yian, from Y) to the receiver; "X seeks to obtain Yian drones" keeps X as the
  actor (AGREE). "The treaty provides for / allows the deployment (sale, delivery ...) of
  Y-made drones in Z" -> AGREE (planned aid) from Y to Z.
* **Dismissals.** "X played down / dismissed / denied Y's concerns (criticism, allegations)"
  -> REJECT by X, target the possessor or of-object of the objection.
* **Envoys.** "X summoned / contacted the Z ambassador (to inquire / to protest)" -> DEMAND or
  DISAPPROVE on the state Z the envoy stands for.
* **Caused concern.** "A's deal with B caused concern to Y" -> DISAPPROVE by Y about A and B.
* **Undergoing.** "Z, which faces U.S. sanctions" -> SANCTION by the U.S. on Z.
* **Occurrence.** "Clashes broke out between A and B", "Palestinian protests erupted" -> the
  event noun's type, actors from the noun (two-sided violence makes every side a source).
* **Event nouns.** "his meeting with Y", "talks / the alliance between A and B" -> CONSULT /
  COOPERATE between the participants.
* **Accusations** (``lexicons/plover_accusations.yaml``). Inside an attributed statement
  (``doc._.ng_statements``), "X is a threat / a sham", "X is involved in drug trafficking",
  "X has Y involved in ..." -> DISAPPROVE by the statement's speaker against X (and Y), dated
  with the statement's date; without statement records the reporting verb's subject speaks.

A relative pronoun subject stands for its antecedent ("the government, which contacted ...").

**Sense from context (CAMEO).** Where the project's own context rules (particles, idioms, light
phrases, the hosting and aid-cut frames) do not decide, the bare verb's sense comes from the
most specific PETRARCH2 CAMEO verb pattern whose object / preposition context is in the clause
(``cameo.py``, ``lexicons/cameo_verbs.json``): "recall + ambassador" SANCTION, "freeze + aid"
SANCTION, "welcome + decision" SUPPORT; a null-coded pattern or a context verb ("recall") with
no matching pattern is no event.

**Named checks** before an event is stored, listed in its explanation: trigger-sense (above),
not-question ("was asked about"), asserted-frame (not inside a demand, hope, question, plan or
purpose: "urged the army *to free* ..." gives the DEMAND only), not-routine ("meet its training
needs"), actor (at least one side is an actor; a thing as subject fails), recipient (the
codebook's COOPERATE, AID and SANCTION need one), and confidence (the calibrated probability is
at least the map's threshold; ``event_confidence.py``). Since 0.5.1: a main clause under an
obligation modal ("X must release those detained"; since 0.7.101 also "needs to", "has to",
"ought to", and any act verb when X is a named political actor: "Russia must comply with ...") is
a DEMAND on X by the writer or quoted speaker, not the act itself (a resolve of "we", advice to travellers, or a passive names nobody
obliged: no event); consulting a document is no meeting; a numbered unit of legal text
("Section 202(d)"), a transcriber's note ("(inaudible)") is no actor; a reward-for-information
programme offers nothing to anyone; transitive "compromise X" endangers, it does not concede;
a gerund naming a kind of thing ("hacking services") is no act; and distinct-actors, checked on
the article: an event aimed at its own source (same coreference key, or an office holder at the
state the role names, the target being that state by name) is dropped. Co-subjects act side by side ("Chile,
Norway and Japan welcome the report": one event each, never Chile -> Norway); only meetings and
joint acts pair participants. At most ``max_events_per_sentence`` events per sentence.
Since 0.6.0 (word lists in ``lexicons/event_detection.yaml``, ``_detection_failure`` and
``_recipient_failure``): not-description (a simple-present or agentless passive relative clause
describes its noun: "front companies that support X", "citizens who are detained"), not-expletive
("it is essential to extradite ..."), not-cognition ("we recognize that ..."), destination
("came to office" is no visit), restriction ("prevent" restricts only "<actor> from ..."),
not-goal (a purpose clause under a verb that is neither an event nor a verb of means: "raise
revenue to support its aggression"), not-condition ("until it ceases ..."), recipient (support
for a programme with no actor, "thank you"). New readings: "hold X accountable" DISAPPROVE/accuse
(CAMEO 112), "by levying sanctions" takes the clause subject, emphasis verb + held stance restates
it (CAMEO reaffirm), and a state outlet's own "we" acts alone when it condemns, demands or
sanctions.

Since 0.7.3 (actors): a conjoined verb takes the subject of the verb of its own form it is
coordinated with ("He will thank Poland for welcoming ... and discuss ...": He discusses, as
planned); a finite verb whose subject the parser hung on a fronted phrase takes the conjuncts
joined by "and" before it ("requested by Ukraine, the United States and many other countries
condemned"); an unspecified co-actor ("many other countries", "our allies") beside a named one
is no actor; an act in the "for" phrase of a praise, blame or charge is the credited object's
("charged him ... for murdering": alleged, by him), never the subject's; an object pronoun
("charged him") is a target the linker resolves; conjoined verbs share the last one's object
("arrested and prosecuted X"); a run of titles before a name gives the person; an actor in a
CAMEO context phrase is the partner ("met (with G7 leaders)"); on/about/over name what a
cooperation or meeting is about; inside an object phrase "by X", a state or body modifier and
"within X" name the target ("concerns about PRC actions"), and a demand noun's clause subject
is the one asked; the forces a MOBILIZE moves are its instrument, not its target; a one-word
PERSON with an article ("the Ministerial") is no actor; and linked-actors, checked after
linking: an unresolved "it" is no doer, an unresolved object pronoun no target, and an event
aimed at the state its state-sector source acts for, by name, is dropped.

Since 0.7.9 (verb senses, ``event_detection.yaml`` and ``plover_frames.yaml``): a verb of force
whose object is an ill, danger or social problem ("fight COVID-19", "beating the overdose
epidemic"; CAMEO null-codes FIGHT / COMBAT + CORRUPTION, EXTREMISM, &CRIME) is figurative, and so
is "threaten / attack / kill" with a condition, principle or accord as object ("threaten the peace
and stability of the Taiwan Strait", "killed Minsk Agreements"); a fight with only a "for" phrase
("we'll fight for American workers") is advocacy, no ASSAULT; "use X
to do Y" names the means of Y, not a sense of "use" (a weapon used stays force); a joint document
issued ("A and B issued a joint declaration") is one AGREE between its parties; a verb of
permission letting a hostile measure or an ill happen ("allow for the imposition of restrictions")
is no CONCEDE; a hostile act decided in the past ("Putin decided to attack Ukraine") is the act,
not a THREATEN; who is implicated or involved in an act ("the division has been implicated in
violence against civilians, as well as beating ...") is its source.

Since 0.7.19 (briefing transcripts, ``turns.py``, ``lexicons/briefing.yaml``): in a press-briefing
transcript each span belongs to a turn with a speaker role (press, moderator, official, unknown).
not-press-question: a reporter's turn ("QUESTION:", "Q") is a question context as a whole; an act
under a word of inquiry ("I was wondering if ...", "Matt asked you about ...") or only possible,
planned or denied is no event, nor (since 0.7.113) the reporter's own view in the simple present
that the question rests on ("Regarding Russia, North Koreans support Russia's war in Ukraine."),
and a declarative report ("He asked for fighter aircraft.") is at most claimed, by the reporter's
outlet where the transcript names it. not-briefing-talk: managing
the floor ("we'll ask you to limit your questions", "I'd refer you to ...") and exchanges with the
briefing's reporters ("as we discussed with Said") are no events.

Since 0.7.50 (non-events, ``event_detection.yaml``): not-counterfactual (a modal perfect, "could
have killed", tells what did not happen), not-remark (a response, view or insight offered is said,
not an AGREE/offer: CAMEO OFFER block 017/018), not-risk ("risks increasing tensions": an assessed
consequence), not-enabling-thing (a programme, law or situation that allows is no CONCEDE), and
not-prediction (under a reporting verb, what a non-actor "will" do is a forecast, no promise).

Since 0.7.23 (dyadic events with no target): check abstract-cause drops a SUPPORT, DEMAND or
CONCEDE with no target whose object is an abstraction (a value or state of affairs, "action"
unspecified: event_detection.yaml abstract_causes, read through "the pursuit / promotion of") and
whose clause names no actor and no third-person pronoun ("We urge continued action across all
sectors of society to promote human rights", "continues to staunchly support the pursuit of justice
and accountability"); a concrete act asked for ("call for the release of ..."), a party's effort or
an addressee keeps the event. Targets named nearby: the possessor of the act's own noun holds it
("raised our concerns" is no act on "us"); a concern or complaint about a topic targets the agent of
an act listed under it, through "including / such as", appositions and conjuncts (the possessor or
"by" agent of an act noun, the subject of a gerund: "including Beijing's anti-democratic crackdown",
"concern with Russia forcefully seizing control"); a crackdown with no target targets the actor
object of a conjoined act of force under the same subject ("intensified its violent crackdown and
killed more than 1,700 people"); a condemnation or opposition noun (DISAPPROVE, REJECT) targets
its "of" phrase or the agent inside it ("the United States' condemnation of the atrocities
committed by Russia's armed forces").

Since 0.7.74 (aims): not-aim-of-means (``means_aim_check``, on the final types): a verbal-category
event whose "by"-gerund means is a material event of the same side in the sentence ("taking further
actions to increase the pressure on X by designating ...") is that act's aim, no second act (PLOVER
quad categories, event_detection.yaml); the purpose of an obligated act ("must be addressed to
prevent ...") is hypothetical, as that of a future act is planned.

Since 0.7.118: not-possibility-frame (``possibility_check``): a hypothetical act
that is only what a party "can" do in a clause describing a noun ("areas where the United States
and Argentina can strengthen cooperation"), an indirect question of possibility ("how the
international community can best support Haiti") or a purpose ("so that our governments could
discuss", "must be addressed to prevent ...") is no event; predictions and conditions stay.

Since 0.7.114: not-participation (``participation_check``): an act named only as what
an actor took part in, where the frame describes the actor ("three entities involved in the violent
crackdown", "individuals who were involved in attacks on ...", the grounds of a designation "have
been involved in efforts to procure ..."), is no event; a whole conflict named as the cause of a
state ("the crisis caused by Putin's attack on Ukraine", "due to Russia's war") is background.

Since 0.7.167: the grounds of a measure (``_uncodable_ground``): the designation, sanction or
restriction is the event; the conduct it is grounded on is the measuring party's allegation, kept
as claimed only where the text names the doer ("designated the Korund Trading Company, which has
supplied ..."). A statutory formula (acts joined by "or": "for threatening or violating Ukraine's
sovereignty") or the conduct of unnamed parties ("an entity ... for providing material support",
"31 officials who have acted to support ...") is no event. Where an import or entry comes "into"
is the measuring state's own ground, never a SANCTION/COERCE target (``_inbound_destination``).

**One happening, one event.** Mentions of one act in a sentence ("Police opened fire, killing
two") or across the article (same type and actors, no conflicting dates) are merged; the event
keeps every sentence span in ``evidence_spans``, its own first.

A rule score starts from the trigger kind (stance/light phrase 0.8, plain verb 0.7, transfer
verbs like "provide" 0.55) and drops for subordinate clauses, background clauses ("after / when /
since ..."), noun modifiers, missing actors and relayed claims, so the sentence's main event ranks
first; the stored ``confidence`` is the calibrated probability that the event is right
(``event_confidence.py``). ``explanation`` names the trigger, the rule, where each actor came
from, the checks passed and both scores.

``find_events(doc)`` does the work; the ``newsgraph_events`` component writes
``doc._.ng_events``. Nothing here re-parses text, so it costs one pass over the tokens.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional

import yaml
from spacy.language import Language
from spacy.symbols import ADJ, AUX, VERB
from spacy.tokens import Doc, Span, Token

from newsgraph.nlp import cameo, event_classifier, event_confidence, turns
from newsgraph.nlp import extensions  # noqa: F401  (registers Doc._.ng_*)
from newsgraph.nlp.actor_heads import delegation_words, designated_kind
from newsgraph.nlp.compound_members import elliptical_member_span, member_code, state_members
from newsgraph.nlp.coref import entity_key_for_span
from newsgraph.nlp.doc_cache import doc_text, token_deps, token_lemma_lowers, token_pos, token_texts
from newsgraph.nlp.event_dates import dates_can_coincide
from newsgraph.nlp.entities import company_named, is_document_head, is_gazetteer_place, whole_word_end
from newsgraph.nlp.name_cues import is_kinship_noun
from newsgraph.nlp.paragraphs import capitals_line, heading_line
from newsgraph.nlp.types import PLOVER_TYPES, Event
from newsgraph.nlp.word_lists import named_word_sets, read_word_sets
from newsgraph.resolve.actors import NAME_HEADS, agent_match, agent_sector, named_actor
from newsgraph.resolve.countries import lookup_country

COMPONENT = "newsgraph_events"
VERSION = "0.7.185"  # 0.7.185: check not-speculation also reads a possible copula over the relative clause that holds the act ("This could be a violent event that Russia will blame on Ukraine") and a writer's "would" on a predicate of feeling or readiness with no condition ("Morocco would be proud to host President Obama"); check not-free-occasion: an act in a "once" clause in the simple present under a present main clause is a standing rule, no event ("once the Secretary of State designates officials ..., those individuals are ineligible"); what one is warned or advised (not) to do is inside a directive (plover_frames irrealis_verbs: warn, advise, caution, counsel, admonish; "residents of Xinjiang were warned not to complain"); a DEMAND made of an obligation that reaches the act through a purpose or means is asserted, as other obligations are ("The parties must work with Special Envoy Grundberg to urgently reach agreement") (history: docs/component_versions.md)

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"


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
    entourage_nouns: frozenset[str]
    state_group_nouns: frozenset[str]
    vague_actor_nouns: frozenset[str]


EVENT_WORDS = read_word_sets(LEXICON_DIR / "event_words.yaml", EventWords)  # read once, at import

ACTOR_ENT_LABELS = {"GPE", "ORG", "NORP", "PERSON", "LOC", "FAC"}
PLACE_ENT_LABELS = {"GPE", "LOC", "FAC"}
SUBJECT_DEPS = {"nsubj", "csubj"}
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
# the named checks every candidate event passes before it is stored (events.py, _build_events)
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
        "ongoing_aspect_verbs", "expressive_types", "speech_act_stances",
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
        | {phrase.split()[0] for phrase in frames["dismissal_verbs"]} | set(frames["envoy_contact_verbs"])
    return Lexicon(
        hosting_verbs=frozenset(frames["hosting_verbs"]),
        irrealis_verbs=frozenset(frames["irrealis_verbs"]),
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
        actor_nouns=frozenset(frames["actor_nouns"]),
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


# ---------------------------------------------------------------- trigger matching

def _children(token: Token, deps: Iterable[str]) -> list[Token]:
    deps = set(deps)
    return [c for c in token.children if c.dep_ in deps]


def _preps(token: Token) -> dict[str, Token]:
    """Preposition lemma -> its object, for the prepositions attached to ``token``."""
    found = {}
    for child in token.children:
        if child.dep_ in ("prep", "agent", "dative") and child.pos_ in ("ADP", "PART", "ADV", "SCONJ"):
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            partner = _with_clause_partner(child, objects)
            if partner is not None:
                objects = [partner]
            if objects and _occasion_phrase(objects[0], load_lexicon()):
                # "On the eve of the Conference, the United States calls on Russia": the occasion
                # phrase is no complement; a later phrase with the same preposition is
                continue
            if objects:
                found.setdefault(child.lower_, objects[0])
    return found


def _with_clause_partner(prep: Token, objects: list[Token]) -> Optional[Token]:
    """The object of "with" that the parser made the subject of a following infinitive:
    "spoke today with President López Obrador of Mexico to discuss ..." (parsed with -> pcomp
    discuss -> nsubj Obrador). "with" takes a noun phrase; the infinitive is the purpose of the
    verb it hangs on. An absolute "with" after a comma ("..., with the next meeting to take place
    in 2022") keeps its clause."""
    if prep.lower_ != "with" or not objects or objects[0].dep_ != "pcomp" or objects[0].tag_ != "VB" \
            or (prep.i > 0 and prep.doc[prep.i - 1].is_punct):
        return None
    clause = objects[0]
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i
                and c.pos_ in ("PROPN", "NOUN")]
    if not subjects or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    return subjects[0]


def _with_purpose_clause(predicate: Token) -> bool:
    """The infinitive of a "with X to V" misparse ("spoke with X to discuss ..."): the purpose of
    the verb "with" hangs on, whose subject it shares (``_with_clause_partner``)."""
    prep = predicate.head
    return predicate.dep_ == "pcomp" and prep.dep_ == "prep" and prep.head.pos_ == "VERB" \
        and _with_clause_partner(prep, [predicate]) is not None


def _passive_agent(predicate: Token) -> Optional[Token]:
    """The object of a passive's "by": on the verb, else where the parser hung it on the verb's
    own prepositional object ("is designated for sanctions by the United Nations")."""
    preps = _preps(predicate)
    if "by" in preps:
        return preps["by"]
    hands = _hands_of(predicate)
    if hands is not None:
        return hands
    for prep, obj in preps.items():
        if prep != "by" and obj.pos_ in ("NOUN", "PROPN") and "by" in _preps(obj):
            return _preps(obj)["by"]
    if any(c.dep_ == "auxpass" for c in predicate.children):
        return _distant_agent(predicate)
    return None


# what a path from a passive verb down to a stray "by" may pass: prepositions, their objects,
# subjectless gerunds ("banned from conducting worship at sites by the Ministry")
_AGENT_PATH_DEPS = {"prep", "pobj", "pcomp", "dobj"}
# prepositions of time and circumstance open an adjunct with its own events ("arrested *after* a
# raid ... by X"), never a complement of the passive verb
_CIRCUMSTANCE_PREPS = {"after", "before", "during", "following", "since", "until", "despite", "amid", "upon"}


def _distant_agent(predicate: Token) -> Optional[Token]:
    """A named "by" agent the parser hung far below a finite passive, after a long complement:
    "the religion was banned from conducting public worship at archeological sites *by the Greek
    Ministry of Culture*". English grammar: an active gerund or a plain noun (not an act noun) takes no "by" agent,
    so a named actor after "by" at the end of the chain belongs to the passive verb. The path may
    not cross a verb or participle that could own the "by" (one with a subject, an auxiliary or a
    past participle: "protests organized by X"); the agent must be a named actor (a person, group or
    state entity) or a Phoenix agent noun ("police"), never a place."""
    found = None
    act_nouns = load_lexicon().nouns  # an act noun takes its own "by" agent ("a raid on his home by the KGB")
    for token in predicate.subtree:
        if token.dep_ != "prep" or token.lower_ != "by" or token.i < predicate.i:
            continue
        objects = [c for c in token.children if c.dep_ == "pobj"]
        if not objects or (objects[0].ent_type_ not in ("GPE", "ORG", "NORP", "PERSON")
                           and agent_sector(objects[0].text) is None):
            continue  # "by the river" is a place; "by Iranian police" a Phoenix agent
        step, blocked = token.head, False
        while step.i != predicate.i:
            if step.dep_ not in _AGENT_PATH_DEPS or step.tag_ == "VBN" or (
                    step.pos_ == "NOUN" and step.lemma_.lower() in act_nouns) or (
                    step.dep_ == "prep" and step.lower_ in _CIRCUMSTANCE_PREPS) or (step.pos_ in ("VERB", "AUX") and (
                    step.tag_ != "VBG" or any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
                                              or c.dep_ in ("aux", "auxpass") for c in step.children))):
                blocked = True
                break
            step = step.head
        if not blocked and step.i == predicate.i and token.head.i != predicate.i:
            found = objects[0]
            break
    return found


def _hands_of(predicate: Token) -> Optional[Token]:
    """X in "killed / tortured at the hands of X": the idiom names the doer of what the subject
    suffered (Merriam-Webster "at the hands of": by the action of), as a passive's "by" does. The
    parser may read a reduced participle after its noun as the main verb ("The hundreds of
    protestors already killed at the hands of Iranian state authorities deserve justice")."""
    hands = _preps(predicate).get("at")
    if hands is not None and hands.lower_ == "hands" and "of" in _preps(hands):
        return _preps(hands)["of"]
    return None


# the explanation's source rule of a passive that names no agent ("X is being designated
# pursuant to E.O. 14024"); the linker gives such an act the publishing state (linking.py)
AGENTLESS = "none (agentless passive)"
# the target rule of a place "in" X taken as the target ("curfew in X")
PLACE_IN_RULE = "place 'in' as target"
# the explanation's source rule of an obligation told in the text's own words, outside any
# reporting verb ("Iran must cooperate with the IAEA"): the writer demands it; the linker gives it
# the publishing state when the release is a state institution's own (linking.py)
WRITER = "none (the writer's own obligation)"
# the explanation's source rule of a warning of consequences told in the text's own words, outside
# any reporting verb or statement ("Should Iran attack ..., Iran will face severe consequences"):
# the writer warns; the linker gives it the publishing state in a state institution's own release
WRITER_WARNING = "none (the writer's own warning)"


def _object_noun(token: Token) -> Optional[Token]:
    objects = _children(token, ("dobj", "obj", "nsubjpass"))
    return objects[0] if objects else None


def noun_lemma(token: Token) -> str:
    """The noun's lemma, with split compounds the tokenizer breaks up joined again:
    "cease-fire" -> "ceasefire", "air strike" / "air raid" -> "airstrike"."""
    lemma = token.lemma_.lower()
    if lemma == "fire" and token.i >= 2 and token.nbor(-1).text == "-" \
            and token.nbor(-2).lower_ == "cease":
        return "ceasefire"
    if lemma in ("strike", "raid") and any(c.dep_ in ("compound", "amod") and c.lower_ in MILITARY_STRIKE_MODIFIERS
                                 for c in token.children):
        return "airstrike"
    if token.i >= 2 and token.nbor(-1).text == "-" and token.nbor(-2).whitespace_ == "" \
            and f"{token.nbor(-2).lower_}{lemma}" in load_lexicon().nouns:
        return f"{token.nbor(-2).lower_}{lemma}"  # "build-up" -> "buildup", "crack-down" -> "crackdown"
    return lemma


def _is_hostile_noun(token: Token, lex: Lexicon) -> bool:
    noun = noun_lemma(token)
    if noun in lex.hostile_nouns:
        return True
    return noun in lex.nouns and lex.nouns[noun][0] not in lex.cooperative


def verb_lemma(token: Token, lex: Lexicon) -> str:
    """The token's lemma, repaired from its inflected form when the lemmatizer slips
    ("staged" -> "stag") and only the de-inflected form is a lexicon verb."""
    lemma = token.lemma_.lower()
    if lemma in lex.known_verbs or token.pos_ not in ("VERB", "AUX"):
        return lemma
    # a verb the lexicon does not know: its repair is found once per Doc (the frames ask for
    # a verb's lemma many times); lemma and part of speech stay right for the Doc's life
    # (``_complement_heads``)
    memo = token.doc.user_data.get(_VERB_LEMMAS_KEY)
    if memo is None or memo[0] is not lex:
        memo = token.doc.user_data[_VERB_LEMMAS_KEY] = (lex, {})
    repaired = memo[1].get(token.i)
    if repaired is None:
        repaired = memo[1][token.i] = _repaired_verb_lemma(token, lemma, lex)
    return repaired


_VERB_LEMMAS_KEY = "ng_verb_lemmas"


def _repaired_verb_lemma(token: Token, lemma: str, lex: Lexicon) -> str:
    """The lexicon verb a de-inflected form of ``token`` is, else ``lemma``."""
    word = token.lower_
    for suffix, repl in (("ied", "y"), ("ed", "e"), ("ed", ""), ("d", ""), ("ing", "e"), ("ing", ""),
                         ("es", ""), ("s", "")):
        if word.endswith(suffix):
            candidate = word[: -len(suffix)] + repl
            if candidate in lex.known_verbs:
                return candidate
    return lemma


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


def _world_at_large(token: Token) -> bool:
    """"the world" (unmodified): an addressee that is everyone, no party a message reaches as a
    meeting or a call does (event_detection.yaml world_nouns); "the Arab world" names a region."""
    return token.lemma_.lower() in detection_lexicon()["world_nouns"] and not any(
        c.dep_ in ("amod", "compound", "poss") or c.ent_type_ for c in token.children)


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
    if rule.startswith(MATERIAL_SUPPORT):
        return found  # the effort backed is abstract, the backing material (``_material_effort_backed``)
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


JOINT_DOCUMENT = "joint document"


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


MATERIAL_SUPPORT = "material support"
MATERIAL_COMMITMENT = "commitment to a material act"


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


def _dealing_partner(token: Token, lex: Lexicon) -> Optional[Token]:
    """X in "[persons] are prohibited from engaging in transactions with X": the actor one's own
    persons are barred from dealing with (the sanctioned party), else None."""
    if token.lemma_.lower() not in lex.prohibition_verbs or not any(c.dep_ == "auxpass" for c in token.children):
        return None
    dealing = _preps(token).get("from")  # the object of "from": "engaging in transactions with X"
    if dealing is None or dealing.lemma_.lower() not in lex.dealing_verbs:
        return None
    for word in dealing.subtree:
        if word.dep_ == "prep" and word.lower_ == "with":
            for partner in _children(word, ("pobj",)):
                actor = partner if _is_actor(partner, lex, allow_pronoun=False) else _actor_inside(partner, lex)
                if actor is not None:
                    return actor
    return None


@functools.lru_cache(maxsize=1)
def _aid_kind_words() -> dict[str, Optional[str]]:
    """Modifier -> PLOVER AID mode (None: material, no kind named) of event_detection.yaml
    support_aid_kinds ("humanitarian/humanitarian", "technical"), read once."""
    return dict((entry.split("/") + [None])[:2] for entry in detection_lexicon()["support_aid_kinds"])


def _support_kind(noun: Token) -> Optional[tuple[str, Optional[str]]]:
    """(modifier, PLOVER AID mode) when "support" is of a material kind ("technical support",
    "financial support": event_detection.yaml support_aid_kinds), else None."""
    kinds = _aid_kind_words()
    for child in noun.children:
        if child.dep_ in ("amod", "compound", "conj", "nmod") and child.lower_ in kinds:
            return child.lower_, kinds[child.lower_]
        if child.dep_ == "amod" and child.lower_ not in kinds:
            # "security, economic, and humanitarian support": the kinds are conjoined modifiers
            for conj in child.conjuncts:
                if conj.lower_ in kinds:
                    return conj.lower_, kinds[conj.lower_]
    return None


def _support_as_aid(token: Token, lemma: str, obj: Optional[Token], lex: Lexicon
                    ) -> Optional[tuple[str, Optional[str], str, list[Token], float]]:
    """Support that is aid (PLOVER AID, CAMEO 07), not verbal backing (PLOVER SUPPORT, CAMEO 05):
    "provide advisory support to the HNP judicial police", "support the Afghan people with robust
    humanitarian assistance", "support NBU's CSIRT to improve cybersecurity information sharing"
    (event_detection.yaml support_*)."""
    words = detection_lexicon()
    if obj is not None and obj.lemma_.lower() == "support" and obj.pos_ == "NOUN":
        kind = _support_kind(obj)
        if lemma in words["support_giving_verbs"] or (kind is not None and lemma in words["support_offering_verbs"]):
            mode = kind[1] if kind else None
            label = f"{kind[0]} support" if kind else "support"
            return "AID", mode, f"support given '{lemma}' + '{label}'", [token, obj], 0.75
        return None
    if lemma != "support" or token.pos_ != "VERB":
        return None
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


SANCTION_KIND = "restriction of a sanction kind"  # rule prefix (``_sanction_kind``)


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


def _charged_duty(token: Token, lemma: str) -> bool:
    """Whether ``token`` (lemma ``lemma``) entrusts a duty rather than accuses: a verb of
    event_detection.yaml duty_charge_verbs whose "with" complement is a gerund of backing a policy
    (policy_support_verbs), held by an organ of a body (actor_name_heads.yaml organ_heads: "The UN
    Commission ... are charged with promoting women's rights", WordNet charge v.4), where "charged
    them with sedition" names an offence. An object ("charged the leader with promoting terrorism")
    or any other holder ("the opposition leader was charged with ...") is an accused."""
    words = detection_lexicon()
    if lemma not in words["duty_charge_verbs"] or any(c.dep_ in ("dobj", "obj") for c in token.children):
        return False
    holder = next((c for c in token.children if c.dep_ == "nsubjpass"), token.head if token.dep_ == "acl" else None)
    if holder is None or holder.lemma_.lower() not in NAME_HEADS.organ_heads:
        return False
    duty = _preps(token).get("with")
    return duty is not None and duty.tag_ == "VBG" and duty.lemma_.lower() in words["policy_support_verbs"]


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
    for act in token.children:
        if act.dep_ in ("xcomp", "advcl", "ccomp") and act.lemma_.lower() in lex.appointment_verbs \
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
            if _is_actor(noun, lex, allow_pronoun=False):
                return noun
            inside = _actor_inside(noun, lex)
            if inside is not None:
                return inside
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
    kinds = _aid_kind_words()
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
    kinds = _aid_kind_words()
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound")]
    mods += [d for c in mods for d in c.conjuncts]
    found = {kinds[m.lower_] for m in mods if m.lower_ in kinds} - {None}
    return next(iter(found)) if len(found) == 1 else None


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
    names no joint act: the solidarity with X stays."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            for comp in child.children:
                if comp.dep_ == "pcomp" and comp.tag_ == "VBG":
                    return comp
        if child.dep_ in ("advcl", "xcomp") and child.tag_ == "VB" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return child
    return None


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
    labelling and envoy-contact verbs and phrasal-verb keys; the CAMEO patterns' and defaults' verb
    keys; event_detection.yaml's verb lists those branches test; "support" and "call" (tested by
    name). A lemma outside it and outside that scan yields no sense; found once per lexicon."""
    words, patterns = detection_lexicon(), cameo.load()
    if _SENSE_LEMMAS[0] is not lex or _SENSE_LEMMAS[1] is not words or _SENSE_LEMMAS[2] is not patterns:
        lemmas = set(lex.verbs) | lex.light_verbs | lex.appointment_verbs | lex.aid_cut_verbs \
            | lex.hosting_verbs | lex.acquisition_verbs | lex.labelling_verbs | lex.envoy_contact_verbs
        lemmas |= _phrase_verbs(lex.halting_verbs) | _phrase_verbs(lex.particles) \
            | _phrase_verbs(lex.dismissal_verbs) | _phrase_verbs(patterns.patterns) | _phrase_verbs(patterns.defaults)
        for name in ("sharing_verbs", "blocking_verbs", "violation_verbs", "founding_verbs", "aid_approval_verbs",
                     "recognition_verbs", "accountability_verbs", "invitation_verbs", "dispatch_verbs",
                     "support_giving_verbs", "support_offering_verbs", "refuge_verbs", "joint_document_verbs",
                     "phone_verbs", "material_effort_verbs", "restatement_verbs", "reaffirmation_verbs"):
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
    heads = [token] + [c for c in token.children if c.dep_ in ("advmod", "prt", "acomp")]
    return (c for head in heads for c in head.children if c.dep_ == "prep")


def _verb_sense(token: Token, lex: Lexicon) -> Optional[tuple[str, Optional[str], str, list[Token], float]]:
    """(type, mode, rule, trigger words, confidence) for a content verb, else None."""
    lemma = verb_lemma(token, lex)
    if lemma not in _sense_lemmas(lex) and not _prep_idiom_shape(token, lemma, lex):
        return None  # no branch below can give this lemma a sense ("be", "have", most adjectives)
    return _lemma_sense(token, lemma, lex)


def _lemma_sense(token: Token, lemma: str, lex: Lexicon) -> Optional[tuple[str, Optional[str], str, list[Token], float]]:
    """``_verb_sense`` for a lemma past its gate (every branch, in order)."""
    obj = _object_noun(token)
    # particles are often parsed as prepositions or adverbs ("pulling out of")
    particles = [c for c in token.children if c.dep_ == "prt"
                 or (c.dep_ in ("prep", "advmod") and c.lower_ in PARTICLE_WORDS)]
    if obj is not None and lemma in lex.crime_verbs and obj.lemma_.lower() in lex.crime_nouns:
        return None  # "funds terrorism" is no aid: an accusation when someone says it
    if _shows_not_protests(token, lemma, obj):
        return None  # "as demonstrated by these visa actions": to show, not to march
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
    if _charged_duty(token, lemma):
        return None  # "are charged with promoting women's rights": a remit, no accusation
    if _called_appointment(token, lex):
        return None  # "called for Trujillo to be appointed as a representative": no act between actors
    if token.pos_ == "VERB" and _commerce_supported(lemma, obj):
        return None  # "have supported Iranian energy trade": commerce, neither aid nor backing
    violent = _violent_manner(token, lemma, lex)
    if violent is not None:
        return violent
    special = _classify_by_object(token, lemma, obj, particles, lex) or _accountability_frame(token, lemma, lex) \
        or _invitation_to_act(token, lemma, lex) or _rescue_mission(token, lemma, lex) \
        or _support_as_aid(token, lemma, obj, lex)
    if special is not None:
        return special
    protection = _preps(token).get("for") if lemma in lex.appointment_verbs else None
    if protection is not None and any(t.lemma_.lower() in detection_lexicon()["protection_words"]
                                      for t in protection.subtree):
        # "is designating Venezuela for Temporary Protected Status": its nationals are given
        # protection in the designating state's territory (PLOVER AID: "Asylum ... to persons in
        # its territories"), no sanction on Venezuela
        return "AID", "humanitarian", f"'{lemma}' for protection '{protection.text}'", [token], 0.75
    if lemma in lex.appointment_verbs and "as" in _preps(token):
        role = _preps(token)["as"]
        if not _condemns(role, lex):
            return None  # "designated Ambassador Manes as Chargé d'affaires": an appointment, no sanction
    cancelled = _cancelled_meeting(lemma, obj, particles)
    if cancelled is not None:
        # codebook SANCTION ambiguities: "Cancellation of meetings are REJECT"
        return "REJECT", None, f"cancelling '{cancelled[0]}' + meeting '{obj.lemma_}'", [token, obj] + cancelled[1], 0.8
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
        displaced = _displaced_people(obj) if obj is not None else _fleeing_complement(token)
        if displaced is not None and obj is None and _noun_participle(token):
            # "the neighboring countries in the region hosting fleeing Ukrainians": the participle
            # describes the noun before it (the parser hangs it on the main verb, whose subject is
            # not the host); refuge given, no visit hosted, by hosts the clause does not name
            return None
    if displaced is not None:
        # PLOVER AID "asylum ... to persons in its territories" (CAMEO 075 grant asylum): hosting
        # or welcoming refugees is no visit hosted (CONSULT) and no praise (SUPPORT)
        return "AID", "humanitarian", f"refuge '{lemma}' + displaced '{displaced[0]}'", [token, displaced[1]], 0.75
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
                    and (_is_actor(pobj, lex) or pobj.lower_ in OBJECT_PRONOUNS) \
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
        if phrase in lex.light_phrases:
            event_type, mode = lex.light_phrases[phrase]
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
        if phrase in lex.light_phrases:
            event_type, mode = lex.light_phrases[phrase]
            if event_type == "COERCE" and _sanction_measure(obj):
                # "imposing coordinated additional restrictive measures" on a state: the sanctions
                # PLOVER codes SANCTION 'discontinue' ("International (political or economic)
                # sanctions"); COERCE 'restrict' is restrictions on political freedoms or movement
                event_type, mode = lex.light_phrases[f"{lemma} sanction"] if f"{lemma} sanction" in lex.light_phrases \
                    else ("SANCTION", None)
            if noun == "drawdown" and _troop_drawdown(obj):
                return None  # "authorized a drawdown of troops": forces cut back, no aid given
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
            return event_type, mode, f"light verb + object '{phrase}'", token_words, 0.8
        if noun in JOINT_ACTIVITY_NOUNS and lemma not in PHRASE_ONLY_LIGHT_VERBS and any(
                c.dep_ == "amod" and c.lower_ in JOINT_MODIFIERS for c in obj.children):
            return "COOPERATE", "military" if noun != "venture" else "economic", f"light verb '{lemma}' + joint '{noun}'", token_words, 0.75
        if noun in lex.nouns and lemma not in lex.verbs and lemma not in PHRASE_ONLY_LIGHT_VERBS:
            event_type, mode = lex.nouns[noun]
            return event_type, mode, f"light verb '{lemma}' + event noun '{noun}'", token_words, 0.7
    if obj is not None and lemma not in lex.light_verbs and f"{lemma} {noun_lemma(obj)}" in lex.light_phrases:
        # a listed phrase whose verb is no light verb ("the regime has increased its cooperation
        # with Moscow"): the phrase table overrides the CAMEO pattern of the bare verb
        phrase = f"{lemma} {noun_lemma(obj)}"
        event_type, mode = lex.light_phrases[phrase]
        if noun_lemma(obj) == "drawdown" and _troop_drawdown(obj):
            return None  # "authorized a drawdown of troops": forces cut back, no aid given
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
    if sense is not None:
        if sense.event_type is None:
            return None  # CAMEO: the verb in this context is no event ("welcome" + a festival)
        if _stative_complement(token, lemma, sense) or _scholarly_inquiry(sense) \
                or _watched_state(lemma, sense):
            return None
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
        if sense.code == "043" and lex.verbs.get(lemma, ("",))[0] == "CONSULT":
            # CAMEO 043 "host a visit": the table's mode 'visit' has the visitor as actor (codebook,
            # CONSULT modes); the host as subject ("Guatemala hosted the Ministerial", "hosted by
            # France") keeps the verb's own reading, CONSULT/host, as "hosted Meredov" does (the
            # stored roles then put the visitor first: _visitor_first)
            event_type, mode = lex.verbs[lemma]
            return event_type, mode, f"CAMEO {sense.code} '{sense.context}' (host: {event_type}/{mode})", words, 0.75
        mode = sense.mode
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
        elif not needed & {p for p, o in _preps(token).items() if o.ent_type_ not in ("DATE", "TIME")}:
            return None
        if lemma in ("call", "push", "press") and {p for p, o in _preps(token).items()
                                                   if o.ent_type_ not in ("DATE", "TIME")} & {"for", "on"}:
            return "DEMAND", None, f"verb '{lemma}' + for/on", [token], 0.75
    event_type, mode = lex.verbs[lemma]
    if lemma in FORCE_OBJECT_VERBS and (obj is None or obj.lemma_.lower() not in FORCE_NOUNS):
        return None  # "strengthening its push for power" is not a mobilisation
    if lemma in TRANSFER_VERBS and obj is not None and obj.lemma_.lower() in lex.message_nouns:
        return None  # "sent a message", "gave a speech": communication, not aid
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
    if lemma in ("offer", "promise", "pledge") and obj is not None and obj.pos_ == "NOUN":
        inner = "aid:military" if obj.lemma_.lower() in FORCE_NOUNS else (
            _mode_of(*lex.nouns[obj.lemma_.lower()]) if obj.lemma_.lower() in lex.nouns else None)
        return "AGREE", inner, f"offer '{lemma}' + object '{obj.lemma_}'", [token, obj], 0.75
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


STRESSED_IMPORTANCE = "emphasis"  # rule prefix: the stressed importance of an act (``_stressed_importance``)


def _announced_measure(token: Token, lemma: str, sense: cameo.Sense, lex: Lexicon) -> Optional[tuple]:
    """CAMEO "ANNOUNCE + MEASURES" [130] told as done ("announced measures", "have announced new
    measures", "are announcing measures"): the measures are taken, so the act is the measure itself,
    (type, mode) of event_detection.yaml announced_measure_phrase ("impose measure": COERCE/restrict);
    () when the measures' infinitive is of a cooperative type ("measures to further support the
    Cuban people": that infinitive is its own event, no hostile act). None otherwise: "will announce
    measures" or a conditional keeps CAMEO's THREATEN."""
    words = detection_lexicon()
    if sense.event_type != "THREATEN" or lemma not in words["announcing_verbs"]:
        return None
    nouns = [w for w in sense.words if w.pos_ == "NOUN" and w.lemma_.lower() in words["means_nouns"]]
    if not nouns:
        return None
    aux = {c.lemma_.lower() for c in token.children if c.dep_ in ("aux", "auxpass")}
    now = token.tag_ in ("VBZ", "VBP") or (token.tag_ == "VBG" and "be" in aux and token.head.lemma_ != "go")
    if not (_told_as_done(token) or now) or aux & (lex.planned_aux | lex.hypothetical_aux) \
            or _conditional_host(token, lex) is not None:
        return None
    purposes = [c for n in nouns for c in n.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
    purposes += [c for c in token.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
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
            return None if _own_shared_work(act, words) else act
    return None


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
    Putin accountable", "will use all tools ... to hold X accountable"): the same accusation,
    voiced now, so asserted as "will continue to hold China accountable" already was (the rule
    is marked VOWED_ACCOUNTABILITY for ``_status``; ``_vowed_accountability``). THREATEN is no
    more than a second reading a coder may add (a warning of punishment to come). The one held is the small clause's subject (or the
    object), which ``_targets`` takes as the ccomp subject; "X will be held accountable" keeps X
    as the passive subject."""
    words = detection_lexicon()
    if lemma not in words["accountability_verbs"]:
        return None
    for child in token.children:
        if child.dep_ in ("ccomp", "oprd", "xcomp", "acomp") and child.pos_ == "ADJ" \
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
        if not to_clause:
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
    nouns = _promise_nouns()
    stances = [w for w in ([obj] if obj is not None else []) + list(sense.words)
               if w is not None and w.pos_ == "NOUN" and w.lemma_.lower() in nouns]
    for stance in stances[:1]:
        goals = [g for child in stance.children if child.dep_ == "prep" and child.lower_ == "to"
                 for g in child.children if g.dep_ in ("pobj", "pcomp")]
        goals += [child for child in stance.children if child.dep_ in ("acl", "xcomp") and child.pos_ == "VERB"
                  and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)]
        goals += [c for g in list(goals) for c in g.conjuncts if c.i > g.i]
        if not goals:
            return None

        def cause(goal: Token) -> bool:
            if goal.pos_ == "VERB":
                entry = lex.verbs.get(goal.lemma_.lower())
                return bool(entry) and entry[0] == "SUPPORT"
            return goal.pos_ == "NOUN" and goal.lemma_.lower() in words["commitment_causes"]

        if all(cause(g) for g in goals):
            return goals[0]
    return None


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
    if lemma not in words["restatement_verbs"] or obj is None:
        return None
    if obj.lemma_.lower() in words["restated_stances"]:
        return cameo.sense(token, "reaffirm", particles)
    # CAMEO.2.0 lists the EMPHASIZE block's patterns ("- * NEED [020]") once for the whole block
    # of synonyms; the converted dictionary files them under the verb named in each comment
    for synonym in sorted(words["restatement_verbs"]):  # sorted: the same sense on every run
        sense = cameo.sense(token, synonym, particles) if synonym != lemma else None
        if sense is not None and sense.event_type is not None:
            return sense
    return None


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


def _of_object(noun: Token) -> Optional[Token]:
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def goods_of(noun: Token, lex: Lexicon) -> Optional[tuple[Token, Optional[str]]]:
    """(goods noun, AID mode) for "drones", "shipments of drones", "a batch of vaccines"."""
    for _ in range(3):
        lemma = noun.lemma_.lower()
        if lemma in lex.goods:
            return noun, lex.goods[lemma]
        if lemma in FORCE_NOUNS:
            return noun, "military"
        if lemma not in lex.container_nouns:
            return None
        inner = _of_object(noun)
        if inner is None:
            return None
        noun = inner
    return None


def origin_of(nouns: Iterable[Token], lex: Lexicon) -> Optional[Token]:
    """The actor goods come from: "Iran-made drones", "Iranian drones", "Iran's drones",
    "missiles from Iran" (looked up on each of ``nouns``: goods, container, verb)."""
    for noun in nouns:
        for child in noun.children:
            if child.dep_ in ("amod", "compound", "acl") and child.lemma_.lower() in lex.origin_participles:
                for maker in child.children:
                    if maker.dep_ in ("npadvmod", "compound", "nmod", "amod", "nsubj") \
                            and _is_actor(maker, lex, allow_pronoun=False):
                        return maker
                agent = _preps(child).get("by")  # "drones supplied by Iran"
                if agent is not None and _is_actor(agent, lex, allow_pronoun=False):
                    return agent
            if child.dep_ == "poss" and _is_actor(child, lex, allow_pronoun=False):
                return child
            if child.dep_ in ("amod", "compound", "nmod") and child.ent_type_ in ("NORP", "GPE"):
                return child
        found = _preps(noun).get("from")
        if found is not None and _is_actor(found, lex, allow_pronoun=False):
            return found
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
    if obj is None or obj.lemma_.lower() not in words["cancelled_meeting_nouns"]:
        return None
    for particle in particles:
        if f"{lemma} {particle.lower_}" in words["cancelling_verbs"]:
            return f"{lemma} {particle.lower_}", [particle]
    return (lemma, []) if lemma in words["cancelling_verbs"] else None


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


def _denial(token: Token, lex: Lexicon) -> bool:
    """"denied that it had shelled the village": the act in the complement is negated."""
    return token.pos_ == "VERB" and verb_lemma(token, lex) in lex.denial_verbs and any(
        c.dep_ == "ccomp" for c in token.children)


def _is_reporting(token: Token, lex: Lexicon) -> bool:
    # the clause test first, from a set made once per Doc (it is asked of every token, few
    # have a reported clause); the same result as testing the lemma first
    return token.i in _complement_heads(token.doc) and verb_lemma(token, lex) in lex.reporting


# Doc.user_data key of the indexes of the tokens with a ccomp or parataxis child. Parse values:
# spaCy's parser sets them before any newsgraph component and no newsgraph component changes a
# token's head or dependency (none retokenizes: doc_cache), so they stay right for the Doc's life.
_COMPLEMENT_HEADS_KEY = "ng_complement_heads"


def _complement_heads(doc: Doc) -> frozenset[int]:
    """The indexes of the tokens that have a clausal complement or parataxis child (a reporting
    verb's "said *that* ...", "..., he said")."""
    heads = doc.user_data.get(_COMPLEMENT_HEADS_KEY)
    if heads is None:
        # the labels read from one array, a Token made only for the few complements
        complements = (doc[i] for i, dep in enumerate(token_deps(doc)) if dep in ("ccomp", "parataxis"))
        heads = doc.user_data[_COMPLEMENT_HEADS_KEY] = frozenset(
            t.head.i for t in complements if t.head.i != t.i)
    return heads


def _xcomp(token: Token) -> Optional[Token]:
    for child in token.children:
        if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
            return child
    return None


def _commitment_complement(token: Token, lemma: str, lex: Lexicon) -> Optional[Token]:
    """The act a promise verb with no object commits to where the parser does not make it an xcomp:
    "committed to embarking on a dialogue" (English "commit / consent to + gerund": prep "to" +
    pcomp, event_detection.yaml to_gerund_stances) and "committed to hold talks" (the infinitive
    hung as advcl right after the verb). None for other verbs, with an object ("pledged $5
    million to support X": a purpose, the pledge is of the money) or in the passive ("is committed
    to supporting X": a disposition, no promise made)."""
    if lex.stance_verbs.get(lemma) != "commit" or token.dep_ in ("acomp", "amod") \
            or any(c.dep_ in ("dobj", "dative", "auxpass") for c in token.children):
        return None  # "is committed to supporting": a standing disposition, the act keeps its own type
    for child in (c for c in token.children if c.i > token.i):
        if child.dep_ == "advcl" and child.pos_ == "VERB" and child.i == token.i + 2 \
                and child.nbor(-1).lower_ == "to" and child.nbor(-1).dep_ == "aux":
            return child
        if child.dep_ == "prep" and child.lower_ == "to" and child.i == token.i + 1 \
                and lemma in detection_lexicon()["to_gerund_stances"]:
            return next((g for g in child.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
    return None


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


def _stance_kind(token: Token, lex: Lexicon) -> Optional[tuple[str, Token]]:
    """("commit"|"threaten"|"refuse"|"plan", the predicate it governs) for stance frames."""
    lemma = verb_lemma(token, lex) if token.pos_ == "VERB" else token.lemma_.lower()
    if lemma == "go" and token.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in token.children):
        inner = _xcomp(token)  # "we are going to destroy ISIL": an announced act
        if inner is not None and any(c.dep_ == "aux" and c.lower_ == "to" for c in inner.children):
            return "plan", inner
    if token.pos_ == "VERB" and lemma in lex.stance_verbs:
        inner = _xcomp(token) or _commitment_complement(token, lemma, lex)
        if inner is not None:
            return lex.stance_verbs[lemma], inner
    if token.pos_ == "ADJ" and lemma in lex.stance_adjectives:
        inner = _xcomp(token)
        if inner is not None:
            return lex.stance_adjectives[lemma], inner
    return None


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


def _hedged_performative(token: Token) -> bool:
    """Whether stance verb ``token`` is a speaker's present wish to perform the act it governs
    ("I want to thank", "we do want to commend"): a lemma in event_detection.yaml
    performative_hedges, present tense with no modal, a first-person subject
    (performative_subjects). Such a wish performs the speech act (English hedged performatives)."""
    lexicon = detection_lexicon()
    if token.lemma_.lower() not in lexicon["performative_hedges"]:
        return False
    aux = [c for c in token.children if c.dep_ == "aux"]
    emphatic = token.tag_ == "VB" and any(c.lemma_ == "do" and c.tag_ in ("VBP", "VBZ") for c in aux)  # "we do want to"
    if not (token.tag_ in ("VBP", "VBZ") or emphatic) or any(c.tag_ in ("MD", "VBD") for c in aux):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in lexicon["performative_subjects"] for c in token.children)


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


def _decided_in_past(token: Token) -> bool:
    """A decision verb told in the past tense with no modal ("decided to attack", "had decided
    to"), its act carried out (lexicon: event_detection.yaml decision_verbs)."""
    if token.lemma_.lower() not in detection_lexicon()["decision_verbs"]:
        return False
    aux = {c.lemma_.lower() for c in token.children if c.dep_ in ("aux", "auxpass")}
    if any(c.tag_ == "MD" for c in token.children if c.dep_ == "aux"):
        return False
    return token.tag_ == "VBD" or (token.tag_ == "VBN" and "have" in aux)


def _innermost_trigger(token: Token, lex: Lexicon, depth: int = 0):
    """Follow stacked frames ("agreed to lift", "prepared to resume") to a content verb."""
    stance = _stance_kind(token, lex)
    if stance is not None and depth < 3:
        _kind, inner = stance
        return _innermost_trigger(inner, lex, depth + 1)
    return token, _classify_verb(token, lex)


def _match_trigger(token: Token, lex: Lexicon) -> Optional[Trigger]:
    """The trigger that ``token`` heads, if any."""
    if token.pos_ not in ("VERB", "ADJ", "AUX"):
        return None
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
        if kind == "attempt" and inner_type is not None:
            return Trigger(predicate, token, inner_type, mode, f"attempt '{token.lemma_}' + {rule}", words, 0.7)
        if kind == "attempt":
            return None
        if kind == "refuse":
            return Trigger(predicate, token, "REJECT", _mode_of(inner_type, mode if inner_type else None),
                           f"stance '{token.lemma_}' to ...", words, 0.85)
        if inner_type is None:
            if kind == "commit" and token.pos_ == "VERB" and token.lemma_.lower() in lex.verbs:
                event_type, mode = lex.verbs[token.lemma_.lower()]
                return Trigger(token, token, event_type, mode, f"verb '{token.lemma_}' + to-clause",
                               [token], 0.6)
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
        return None
    if token.lemma_.lower() == "find" and any(
            c.lemma_.lower() == "guilty" for c in token.children if c.dep_ in ("oprd", "acomp", "ccomp", "xcomp")):
        verdict = next(c for c in token.children if c.lemma_.lower() == "guilty")
        return Trigger(token, token, "SANCTION", "convict", "verdict 'found guilty'", [token, verdict], 0.75)
    if _is_reporting(token, lex) or _denial(token, lex):
        return None
    if token.dep_ == "xcomp" and token.head.pos_ in ("VERB", "ADJ") and _governed_by_stance(token, lex):
        return None  # handled at the stance verb
    classified = _classify_verb(token, lex)
    if classified is None:
        return None
    event_type, mode, rule, words, confidence = classified
    trigger = Trigger(token, token, event_type, mode, rule, words, confidence)
    return _backed_hostile_act(trigger, lex) or trigger


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
    return None


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
    if trigger.event_type not in ("SUPPORT", "AGREE") or trigger.token.pos_ != "VERB" \
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
    # the supporting verb stays the predicate: its subject is the source, its status the stance's
    # ("supports efforts to isolate" is a threat made now), the party inside its object the target
    return dataclasses.replace(
        trigger, event_type=new_type, mode=new_mode,
        rule=f"{trigger.rule} backing a hostile act '{act.lemma_}' on a party", words=list(trigger.words) + [act])


def _mode_of(inner_type: Optional[str], mode: Optional[str]) -> Optional[str]:
    if inner_type is None:
        return mode
    return inner_type.lower() if not mode else f"{inner_type.lower()}:{mode}"


# the types an act to come keeps: already a promise, a threat, or a stance voiced now
ANNOUNCED_KEEP_TYPES = frozenset({"AGREE", "THREATEN", "DEMAND", "REJECT", "DISAPPROVE", "INVESTIGATE"})


def announced_act(event_type: str, mode: Optional[str]) -> tuple[str, Optional[str]]:
    """(type, mode) of an act told as to come: PLOVER codes a promise of a cooperative act as AGREE
    and an announced hostile act as THREATEN, the act's type kept in the mode ("will travel to
    Kyiv": AGREE consult:visit; "will impose sanctions": THREATEN sanction); the types of
    ``ANNOUNCED_KEEP_TYPES`` stay."""
    if event_type in ANNOUNCED_KEEP_TYPES:
        return event_type, mode
    return ("AGREE" if event_type in load_lexicon().cooperative else "THREATEN"), _mode_of(event_type, mode)


# ---------------------------------------------------------------- actors

def _entity_of(token: Token) -> Optional[Span]:
    if token.ent_iob_ == "O":
        return None
    doc = token.doc
    start = token.i
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    end = whole_word_end(doc, start, end)
    if token.i >= end:
        return None  # "Russian de-escalation": a piece of a common word the NER took in is no name
    return Span(doc, start, end, label=doc[start].ent_type_)



def _company_entity(token: Token) -> bool:
    """Whether the NER's span around ``token`` names a company by its legal form ("Golden Warrior
    Shipping, Co. Ltd.", entities.company_named), whatever label the NER gave it."""
    span = _entity_of(token)
    return span is not None and company_named(span)


def _is_actor(token: Token, lex: Lexicon, allow_pronoun: bool = True) -> bool:
    if token.lemma_.lower() in lex.document_names or token.lower_ in lex.document_names:
        # a named document or programme is no actor, whatever the NER says ("the Parole Program
        # allows ...", "issued an Executive Order", "sent to the Federal Register")
        return False
    if token.lemma_.lower() in lex.non_agent_nouns or token.lower_ in lex.non_agent_nouns:
        # an act, decision, report or method is no actor, whatever the tagger says ("New
        # Designation Allows ...", "DDoS attacks against Romania"): its author acts
        return False
    if token.lower_ in lex.transcript_markers:
        return False  # a transcriber's note ("Beijing is violating (inaudible)") is no actor
    if any(c.dep_ == "compound" and c.lemma_.lower() in lex.legal_units for c in token.children):
        # "Section 202(d) (of the Act) provides for ...": the number of a unit of legal text
        return False
    if token.ent_type_ == "PERSON" and token.ent_iob_ == "B" and (token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I") \
            and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in token.children) and not _title_head(token):
        return False  # "hosting the Ministerial": a one-word "person" with an article is a thing or a meeting
    if token.ent_type_ in ACTOR_ENT_LABELS and _entity_of(token) is None:
        return False  # a piece of a hyphenated common word the NER took in ("Russian de-escalation")
    if token.ent_type_ in ACTOR_ENT_LABELS:
        return True
    if token.pos_ == "PROPN" and any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in lex.actor_nouns
                                     for c in token.children):
        # "designating Fertoing, a specialized marine engineering company that ...": a name in
        # apposition with an actor noun is that actor, whatever the NER tagged it
        return True
    if token.pos_ == "PROPN" and any(c.dep_ == "compound" and (_title_head(c) or any(
            g.dep_ == "compound" and _title_head(g) for g in c.children)) for c in token.children):
        # "met with President-elect Lula": a name a title stands before is a person's, whatever
        # the NER tagged it (PRODUCT, WORK_OF_ART)
        return True
    if token.ent_type_ in NON_ACTOR_ENT_LABELS and token.pos_ == "PROPN" and _company_entity(token):
        # "designating Golden Warrior Shipping, Co. Ltd.", tagged WORK_OF_ART: a name written with
        # a company's legal form is a company (entities.company_named), an actor
        return True
    if token.ent_type_ in NON_ACTOR_ENT_LABELS:
        return False
    if token.pos_ == "PRON":
        return allow_pronoun and token.lower_ in ACTOR_PRONOUNS
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    if token.pos_ == "NOUN" and is_kinship_noun(token) and any(
            c.dep_ == "poss" and c.pos_ == "PROPN" and _is_actor(c, lex, allow_pronoun=False) for c in token.children):
        # "Austin Tice's parents are meeting with the President": a named person's relatives
        # are the actors themselves, not the person they are named by (entity_cues.yaml kinship)
        return True
    if token.lemma_.lower() in lex.actor_nouns:
        # "multiple families of destructive wiper malware": a noun that counts kinds of an
        # inanimate thing (plover_frames non_agent_nouns) names that thing, no people
        return not any(o.dep_ == "pobj" and o.lemma_.lower() in lex.non_agent_nouns
                       for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)
    if token.pos_ == "NOUN" and _names_a_person(token):
        return True  # "congratulated the President-elect": a title coref read as a person of the article
    return token.pos_ == "PROPN"


def _names_a_person(token: Token) -> bool:
    """Whether ``token`` ends a definite title that coref resolved to a person of the article
    ("the President-elect" after "President-elect Lula")."""
    end = token.idx + len(token.text)
    return any(m.kind == "title" and m.type == "person" and m.entity_key and m.end == end
               for m in token.doc._.ng_mentions or [])


def _occasion_phrase(token: Token, lex: Lexicon) -> bool:
    """Whether ``token`` is the noun of a complex preposition placing an act around a gathering
    ("on the margins of the UN General Assembly", "on the eve of the Conference": plover_frames
    occasion_phrase_nouns): what it is "of" is the occasion, no participant."""
    return token.pos_ == "NOUN" and (token.lemma_.lower() in lex.occasion_phrase_nouns
                                     or token.lower_ in lex.occasion_phrase_nouns)


def _venue_phrase(prep: Token, lex: Lexicon) -> bool:
    """Whether the preposition ``prep`` is "at" + a deliberative body or gathering (plover_frames
    venue_nouns: "at the UN Security Council", "at the recent European Council") naming where an
    act or a thing happens: a location, never its target. Not after a person or group ("our
    partners at the council" are the council's) nor after a directing verb ("aimed at")."""
    if prep.lower_ != "at" or prep.dep_ != "prep":
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or (obj.lemma_.lower() not in lex.venue_nouns and obj.lower_ not in lex.venue_nouns):
        return False
    head = prep.head
    if head.pos_ == "VERB":
        # (the parser hangs "at" on the verb after a person object too: "We thank our partners
        # at the council" are the council's people, whom the act is aimed at)
        return head.lemma_.lower() not in DIRECTING_VERBS and not any(
            c.dep_ in OBJECT_DEPS and c.i < prep.i and c.right_edge.i + 1 == prep.i
            and _is_actor(c, lex, allow_pronoun=False) for c in head.children)
    return head.pos_ == "NOUN" and not _is_actor(head, lex, allow_pronoun=False)


def _place_naming_document(token: Token, prep: Token) -> bool:
    """The "of" phrase of a document's proper name that holds a place, not a state ("the Protocol
    of Quebec", "the Charter of Paris"): the place names the document and is no party to it."""
    return prep.lower_ == "of" and is_document_head(token) and any(
        o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC") and lookup_country(o.text) is None
        and is_gazetteer_place(o.text) for o in prep.children)


# exchange nouns whose goods come from the party a ban on them hits (an export ban hits where the
# goods go, its "to" phrase, not the banning state's own producers)
_IMPORT_NOUNS = frozenset({"import", "importation"})


def _banned_imports_origin(predicate: Token, trigger: Trigger, lex: Lexicon) -> Optional[Token]:
    """The state or body whose goods a ban on imports stops ("banned the import of Russian oil",
    "ban imports of Russian coal and oil", "Russian oil imports"): the origin (``origin_of``: a
    nationality or name modifier, a possessor, "from X") of the import noun or of its "of" goods.
    PLOVER SANCTION 'discontinue' curtails the exchanges of the party sanctioned; the goods' maker
    is that party. None otherwise."""
    nouns = [w for w in list(trigger.words) + _children(predicate, ("dobj", "obj"))
             if w.pos_ == "NOUN" and noun_lemma(w) in _IMPORT_NOUNS]
    for noun in nouns:
        goods = _of_object(noun)
        found = origin_of([noun] + ([goods] + list(goods.conjuncts) if goods is not None else []), lex)
        if found is not None:
            return found
    return None


def _backed_by_companions(token: Token, lex: Lexicon) -> Optional[Token]:
    """Whom the companions in a "with" phrase back: "(stand) with the community of nations
    *backing* the people of Ukraine" -> people; the object of a supporting participle (a verb of
    SUPPORT in the trigger lexicon) on the "with" object or on its "of" object, when an actor.
    None otherwise."""
    nodes = [token]
    inner = _of_object(token)
    if inner is not None:
        nodes.append(inner)
    for node in nodes:
        for child in node.children:
            if child.dep_ not in ("acl", "relcl") or child.tag_ not in ("VBG", "VBP", "VBZ", "VBD"):
                continue
            if lex.verbs.get(child.lemma_.lower(), (None, None))[0] != "SUPPORT":
                continue
            for obj in _children(child, ("dobj", "obj")):
                if _is_actor(obj, lex, allow_pronoun=False):
                    return obj
    return None


def _access_noun_prep(prep: Token, predicate: Token) -> bool:
    """Whether ``prep`` is a preposition on an access noun below the act's predicate ("supporting
    greater access *to* U.S. Internet services"; event_detection.yaml access_nouns): its object
    names what is reached, not whom the act goes to."""
    return prep.dep_ == "prep" and prep.head.i != predicate.i \
        and prep.head.lemma_.lower() in detection_lexicon()["access_nouns"]


def _counted_things(token: Token, lex: Lexicon) -> Optional[Token]:
    """What a quantity noun counts when it is a thing, not people ("over 570 groups of Russian
    products", "dozens of Chinese goods"; ``QUANTITY_NOUNS``): the counted common noun, which is no
    actor; None otherwise ("dozens of political opponents" counts people, who are the actor)."""
    if token.lemma_.lower() not in QUANTITY_NOUNS and token.lower_ not in QUANTITY_NOUNS:
        return None
    counted = _of_object(token)
    if counted is None or counted.pos_ != "NOUN" or counted.ent_type_ in ACTOR_ENT_LABELS \
            or _is_actor(counted, lex, allow_pronoun=False) or _sector_people(counted):
        return None
    return counted


def _is_possessor(token: Token) -> bool:
    """A possessor: labelled poss, or a noun the parser labelled nmod that carries the genitive
    "'s" (English: the "'s" clitic marks a possessor whatever the label)."""
    return token.dep_ == "poss" or (token.dep_ == "nmod" and any(
        c.dep_ == "case" and c.lower_ in ("'s", "’s", "'", "’") for c in token.children))


def _topic_place(modifier: Token, noun: Token) -> bool:
    """A place that is no state modifying a measure noun ("some Xinjiang sanctions", "Hong Kong
    restrictions"; event_detection.yaml consequence_measure_nouns): the measure's topic, what it
    is about, not the party it is imposed on (PLOVER SANCTION's target is who is sanctioned; a
    region is no actor, and a state's name, "Iran sanctions", still names its target)."""
    if modifier.ent_type_ not in PLACE_ENT_LABELS or noun.lemma_.lower() not in \
            detection_lexicon()["consequence_measure_nouns"]:
        return False
    place = _entity_of(modifier)
    return lookup_country(place.text if place is not None else modifier.text) is None


def _actor_inside(token: Token, lex: Lexicon) -> Optional[Token]:
    """An actor inside a non-actor noun phrase: "Serbia's suppression", "an Indian proposal",
    "the withdrawal of Serbian forces"."""
    if token.lemma_.lower() in lex.gathering_nouns or _occasion_phrase(token, lex):
        # a gathering's participants ("the Summit of the Americas") attend it; it acts for no one
        # (nor does the occasion it gives: "on the margins of the UN General Assembly")
        return None
    for child in token.children:
        if child.dep_ == "poss" and _is_actor(child, lex, allow_pronoun=False):
            return child
    own = _entity_of(token)
    for child in token.children:
        if child.dep_ in ("compound", "amod", "nmod") and child.ent_type_ in ACTOR_ENT_LABELS \
                and not (own is not None and own.start <= child.i < own.end) and not _topic_place(child, token):
            # (a word of the noun's own name is no actor inside it: "the Federal Register")
            return child
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "by", "from", "for", "between", "within"):
            for obj in child.children:
                if obj.dep_ == "pobj" and _is_actor(obj, lex, allow_pronoun=False):
                    if _place_naming_document(token, child):
                        continue  # "signed the Protocol of Quebec": the place names the document
                    return obj
    for child in token.children:
        # "Ukraine's sovereignty and territorial integrity", parsed as sovereignty <-nmod- integrity:
        # the possessor of the first of two coordinated nouns (which the parser may label nmod
        # too, its genitive "'s" marking it all the same: Ukraine <-nmod- sovereignty)
        if child.dep_ == "nmod" and child.pos_ == "NOUN":
            owner = next((c for c in child.children if _is_possessor(c) and _is_actor(c, lex, allow_pronoun=False)), None)
            if owner is not None:
                return owner
    for child in token.children:
        # "actions perpetrated / carried out by Russia": the agent of a participle on the noun
        if child.dep_ == "acl" and child.tag_ == "VBN":
            for agent in child.children:
                if agent.dep_ == "agent":
                    for obj in agent.children:
                        if obj.dep_ == "pobj" and _is_actor(obj, lex, allow_pronoun=False):
                            return obj
    return None


# nouns naming a person by their relation to a body or group (Phoenix/CAMEO code such a person
# by the group: "members of the regime" are the regime's)
_RELATIONAL_NOUNS = EVENT_WORDS.relational_nouns

_PHRASE_DEPTH = 3  # prepositions / modifiers followed below an object before giving up
# nouns of English complex prepositions opened by "with" ("with respect to", "with regard to"):
# a topic, not an instrument or a companion
COMPLEX_WITH_NOUNS = frozenset({"respect", "regard", "reference"})


def _infinitival_modifier(token: Token) -> bool:
    """A subjectless to-infinitive the parser hung on a noun as a relative clause ("measures to
    more effectively target Iran's energy trade"): the noun's purpose, as an ``acl`` is."""
    return token.dep_ == "relcl" and token.tag_ == "VB" and token.head.pos_ == "NOUN" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) \
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "nsubjpass" for c in token.children)


def _actor_in_phrase(starts: list[Token], lex: Lexicon, subject: Optional[Token],
                     purpose: bool = True, leader: bool = False, instrument: bool = False,
                     victims: bool = False) -> Optional[Token]:
    """The nearest named actor (breadth first, at most ``_PHRASE_DEPTH`` links down) inside the
    object phrases ``starts``: through a possessor ("Israel's system"), a preposition's object
    ("changes to X", "made at X") and a non-finite modifier's object ("sanctions targeting X",
    "commitment to support X"). A clause with its own subject is another act ("commitment to
    ensuring Iran never acquires ..."), so its words are never searched; the possessor of a held
    stance ("the United States' commitment") is its holder, not its target, and the subject's own
    words are never its target. With ``purpose``, a subjectless to-infinitive on a noun
    ("measures to target Iran's energy trade") is searched as its purpose; not in a passive,
    whose target is its subject ("they were denied visas to enter the United States"). With
    ``leader`` (a cooperative act), an aspectual verb is no
    link of its own ("plans to continue working with Honduras"). With ``instrument`` (a force act,
    ``FORCE_TYPES``), a "with" phrase anywhere in the object phrase is the unit, companion or
    instrument ("dispersed peaceful demonstrations with lethal force"), never searched. With
    ``victims`` (a criticism, rejection or demand, ``_victim_deed``), the victim of a deed named in
    the phrase ("an end to attacks on civilians", "the arrests of protestors") is never searched.
    A means the act uses ("a package using Presidential Drawdown Authorities") is never searched:
    an instrument is no recipient."""
    own = set(subject.subtree) if subject is not None else set()
    frontier = [(t, 0) for t in starts if t is not None and t.lemma_.lower() not in lex.gathering_nouns
                and not _occasion_phrase(t, lex)]
    seen = {t.i for t, _ in frontier}
    while frontier:
        token, depth = frontier.pop(0)
        for child in token.children:
            if child.i in seen or child in own:
                continue
            seen.add(child.i)
            infinitival = purpose and _infinitival_modifier(child)
            if (child.dep_ in ("ccomp", "advcl", "relcl", "csubj", "parataxis") and not infinitival) or any(
                    c.dep_ in SUBJECT_DEPS for c in child.children):
                continue
            step = None
            if instrument and child.dep_ == "prep" and child.lower_ == "with" and not any(
                    o.dep_ == "pobj" and o.lemma_.lower() in COMPLEX_WITH_NOUNS for o in child.children):
                # the parser hangs a force act's instrument on its object ("dispersed
                # demonstrations with lethal force"): a "with" instrument is never the patient
                # (a complex preposition is no instrument: "an emergency with respect to Iran")
                continue
            if child.dep_ in ("compound", "nmod", "poss") and token.dep_ == "pobj" and token.head.lower_ == "from" \
                    and token.lemma_.lower() in detection_lexicon()["stock_nouns"]:
                # "a drawdown of arms and equipment from U.S. Department of Defense inventories for
                # Ukraine's defense": the owner of the stock goods are drawn from is the giver's
                # side, no recipient (the "for" phrase hung on the stock still names the recipient)
                continue
            if _venue_phrase(child, lex):
                # "coordinate on multilateral priorities at the UN Security Council": where the
                # act happens, not whom it is with (plover_frames venue_nouns)
                continue
            if victims and child.dep_ == "prep" and _deed_noun(token, lex) and (
                    child.lower_ in PATIENT_PREPS or (child.lower_ == "of" and _parse_noun_type(lex, token) == "COERCE")):
                continue  # "call for an end to attacks on civilians": the deed's victim
            if child.dep_ in OBJECT_DEPS and token.dep_ in ("acl", "advcl", "xcomp", "pcomp") \
                    and token.pos_ == "VERB" and token.lemma_.lower() in INSTRUMENT_VERBS:
                # "announced the security assistance package using Presidential Drawdown
                # Authorities for Ukraine": what the act uses is its means, not its recipient (the
                # "for" phrase the parser hangs on "using" still names whom the package is for)
                continue
            if child.dep_ == "poss":
                if token.lemma_.lower() in lex.stance_nouns:
                    continue
                step = child
            elif child.dep_ == "pobj" or (child.dep_ in OBJECT_DEPS and token.pos_ == "VERB"):
                step = child
            elif child.dep_ == "prep" and _place_naming_document(token, child):
                continue
            elif child.dep_ == "prep" and (child.lower_ in TARGET_PREPS or child.lower_ == "of" or (
                    # ("prosecuted others, including lawyers Li Yuhan and Yu Wensheng": the members
                    # named of a group of people; not the items of a list of things or sums)
                    child.lower_ == "including" and (token.lower_ == "others" or _sector_people(token))) or (
                    child.lower_ == "by" and token.pos_ == "NOUN") or (
                    # ("revitalize our partnership in support of President Zelenskyy's plan": the
                    # complex preposition names whom the act is for)
                    child.lower_ == "in" and any(o.dep_ == "pobj" and _no_link(o, lex) for o in child.children))):
                # ("efforts by Haiti's leadership", "actions by Chinese exporters": who does what
                # the noun names)
                if depth + 1 < _PHRASE_DEPTH:
                    frontier.append((child, depth))  # a preposition is no link of its own
                continue
            elif child.dep_ == "conj" and child.pos_ == "NOUN" and token.pos_ == "NOUN" and any(
                    c.dep_ == "prep" and c.lower_ == "of" for k in [child] + [j for j in child.conjuncts if j.i > child.i]
                    for c in k.children):
                # "the executives and board members of two of Russia's banks": a phrase after the
                # last conjunct modifies them all; conjoined nouns are no link of their own (also
                # down a longer list: "the freedom, territorial integrity, and sovereignty of Ukraine")
                frontier.append((child, depth))
                continue
            elif child.dep_ in ("compound", "amod", "nmod") and token.pos_ == "NOUN" and child.i < token.i \
                    and child.ent_type_ in ("GPE", "NORP", "ORG") and token.lemma_.lower() not in lex.stance_nouns \
                    and (child.ent_type_ != "NORP" or token.tag_ == "NNS") and not _topic_place(child, token):
                # "a range of PRC actions", "Chinese exporters": the state or body a noun is of
                # (a nationality adjective only on a plural of people or acts, not on a place:
                # "the besieged Bosnian town", "the Thai border"; a region on a measure is its
                # topic: "some Xinjiang sanctions")
                step = child
            elif (child.dep_ in ("acl", "pcomp", "xcomp") or infinitival) and child.pos_ == "VERB":
                step = child
            elif child.dep_ == "amod" and child.tag_ == "VBN" and token.pos_ == "NOUN" and child.i < token.i:
                # "support for Venezuelan-led negotiations", "Haitian-led solutions": the state on a
                # hyphened participle only says who leads the process the noun names; backing the
                # process is aimed at no one party of it (the talks are between the government and
                # its opponents), so the modifier is no recipient ("the US-led war against Iraq" is
                # aimed at Iraq, which its own phrase names)
                continue
            if step is None or step.lemma_.lower() in lex.gathering_nouns or _occasion_phrase(step, lex):
                # (a gathering named is the act's occasion: "at the Summit of the Americas", "on
                # the margins of the G20 Summit")
                continue
            if step.dep_ != "acl" and step.pos_ != "VERB" and _is_actor(step, lex, allow_pronoun=False) \
                    and step.lemma_.lower() not in lex.nouns:
                return step
            if step.pos_ == "NOUN" and step.dep_ == "pobj":
                # "dozens of political opponents and pro-democracy activists": a noun coordinated
                # with the phrase's object shares its role (English coordination), so an actor noun
                # joined to a non-actor one is reached as the object itself is
                joined = next((c for c in step.conjuncts if c.i > step.i and c.pos_ == "NOUN"
                               and _is_actor(c, lex, allow_pronoun=False) and c.lemma_.lower() not in lex.nouns), None)
                if joined is not None:
                    return joined
            if (leader and step.pos_ == "VERB" and step.lemma_.lower() in ASPECTUAL_VERBS) or _no_link(step, lex):
                # "plans to continue working with Honduras": an aspectual verb adds no participant
                # of its own, so the act it frames is read as one link (so do a directing
                # participle, a partitive head and a complex preposition: ``_no_link``)
                frontier.append((step, depth))
            elif depth + 1 < _PHRASE_DEPTH:
                frontier.append((step, depth + 1))
    return None


def _no_link(step: Token, lex: Lexicon) -> bool:
    """Whether a word inside an object phrase adds no participant of its own between the act and
    whom it is aimed at: a participle restating the direction ("sanctions targeting X", "measures
    aimed at X"), a partitive head ("elements of the Cuban regime", "an array of Haitian
    stakeholders") or the noun of a complex preposition ("in support of X's plan", "in solidarity
    with X"): English grammar reads each as one link, so it costs no depth."""
    lemma = step.lemma_.lower()
    if step.pos_ == "VERB":
        return step.dep_ == "acl" and lemma in DIRECTING_VERBS
    if step.pos_ != "NOUN":
        return False
    if lemma in PARTITIVE_NOUNS or step.lower_ in QUANTITY_NOUNS:
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in step.children)
    return step.dep_ == "pobj" and step.head.lower_ == "in" and lemma in lex.stance_nouns and any(
        c.dep_ == "prep" and c.lower_ in ("of", "with") for c in step.children)


def _title_head(token: Token) -> bool:
    """A title noun with no name of its own ("Minister", "Vice President"): roles' title heads."""
    from newsgraph.nlp.roles import title_lexicon

    return token.lower_ in title_lexicon().heads and token.ent_type_ != "PERSON" and not any(
        c.dep_ in ("compound", "appos") and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" for c in token.children)


def _named_by_title(token: Token) -> Optional[Token]:
    """The name a bare title conjunct stands before, where the parser hung it on the first
    conjunct: "Secretary Blinken and Foreign Minister Kuleba discussed" parses Kuleba as an
    apposition of Blinken and "Minister" as the conjunct; the co-subject is Kuleba."""
    if not _title_head(token) or token.i + 1 >= len(token.doc):
        return None
    name = token.doc[token.i + 1]
    if name.dep_ == "appos" and name.pos_ == "PROPN" and name.head.i != token.i:  # spaCy makes a new Token per access: compare positions
        return name
    return None


def _titled_name(subject: Optional[Token]) -> Optional[Token]:
    """The person a run of titles names at its end, right before the verb: "Assistant to the
    President and Principal Deputy National Security Advisor Jon Finer met ..." parses "Assistant"
    as the subject and the name as a conjunct deep inside it."""
    if subject is None or subject.dep_ not in SUBJECT_DEPS or not _title_head(subject):
        return None
    doc = subject.doc
    last = subject.head.i - 1
    while last > subject.i and (doc[last].is_punct or doc[last].is_space or doc[last].dep_ in ("aux", "neg", "advmod")):
        last -= 1
    name = doc[last]
    if last > subject.i and name.ent_type_ == "PERSON" and name in subject.subtree and name.pos_ == "PROPN":
        return name
    return None


def _ends_place_list(token: Token, conjunct: Token) -> bool:
    """A place the parser joins to a noun as its conjunct after a locative participle on that noun
    or an earlier conjunct ("eight entities and two individuals located in Iran, Hong Kong, and
    the UAE": "the UAE" ends the list of places, it is no co-actor; event_detection.yaml
    locative_participles)."""
    if conjunct.i == token.i or conjunct.ent_type_ not in ACTOR_ENT_LABELS:
        return False  # (a name: the NER may read "the UAE" as an organisation)
    words = detection_lexicon()["locative_participles"]
    holders = [token] + [c for c in token.conjuncts if token.i <= c.i < conjunct.i]
    return any(p.dep_ == "acl" and p.lemma_.lower() in words and p.i < conjunct.i and any(
        o.ent_type_ in PLACE_ENT_LABELS for prep in _children(p, ("prep",)) for o in _children(prep, ("pobj",)))
        for h in holders for p in h.children)


def _name_end_conjuncts(token: Token) -> list[Token]:
    """Conjuncts the parser hung on the last word of a name's "of" phrase rather than on the name
    itself: "the United States of America and India convened" parses India as a conjunct of
    "America"; the name is one entity ("the United States of America"), so what is joined to its
    last word after it, outside it, is joined to the whole name (a co-actor of the name's head)."""
    name = _entity_of(token)
    if name is None or token.i != name.root.i or token.tag_ in ("NNS", "NNPS") \
            or (name.label_ != "GPE" and (token.lower_ in _title_words() or token.lower_[:-1] in _title_words())):
        # (a plural head or a title shares out its "of" phrase: "the Departments of the Treasury,
        # State, and Homeland Security", "the G7 Foreign Ministers of Canada, France ...": the
        # holders named through their states, not the states beside them)
        return []
    return [c for t in name if t.dep_ == "pobj" and t.head.lower_ == "of" and t.i > token.i
            for c in t.conjuncts if c.i >= name.end and c.pos_ == "PROPN" and c.ent_type_ in ACTOR_ENT_LABELS]


def _appositive_list_items(token: Token) -> list[Token]:
    """States of a comma list the parser hung on an earlier state as an apposition: "Canada, the
    Kingdom of Denmark, Finland, Iceland, Norway, Sweden, and the United States condemn" parses
    "Kingdom" as an appositive of "Canada" and the next names as conjuncts of "Denmark". One state
    is no apposition of another (two different countries are never one referent), so the
    appositive name and the names joined to it are list members, co-actors with ``token``. Only
    inside a list (the appositive or ``token`` has conjuncts); empty otherwise."""
    name = _entity_of(token)
    if name is None or name.label_ != "GPE" or token.i != name.root.i:
        return []
    items: list[Token] = []
    for app in token.children:
        other = _entity_of(app) if app.dep_ == "appos" and app.i > token.i else None
        if other is None or other.label_ != "GPE" or app.i != other.root.i or other.start == name.start:
            continue
        joined = [c for c in app.conjuncts if c.i > app.i and c.pos_ == "PROPN" and c.ent_type_ == "GPE"] + [
            c for c in _name_end_conjuncts(app) if c.ent_type_ == "GPE"]
        if not joined and not [c for c in token.conjuncts if c.i > app.i]:
            continue
        items += [app] + [c for c in joined if c not in items]
    return items


def _kin_named(token: Token) -> Optional[list[Token]]:
    """The kin a relative's "of" phrase goes on to name ("the adult children of President Vladimir
    Putin, Katerina Tikhonova and Maria Vorontsova"): names the parser coordinated with the
    person after a comma are the relatives themselves, in apposition with the kin noun (one name
    for a singular noun, several for a plural), not further people they are kin of. None
    otherwise."""
    kin = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    if kin is None or kin.pos_ != "NOUN" or kin.lemma_.lower() not in KIN_NOUNS or token.ent_type_ != "PERSON":
        return None
    names = [c for c in token.conjuncts if c.i > token.i]
    if not names or token.doc[names[0].left_edge.i - 1].text != "," \
            or any(n.ent_type_ != "PERSON" for n in names) or (len(names) > 1) != (kin.tag_ == "NNS"):
        return None
    return names


# the dependencies a name list after "noun:" or "noun," takes where the parser hangs it on the
# noun's verb rather than on the noun ("designating three oligarchs: A, B, and C": A npadvmod)
_STRANDED_LIST_DEPS = {"npadvmod", "appos", "dobj", "attr", "dep"}


def _listed_names(noun: Token, lex: Optional[Lexicon] = None) -> list[Token]:
    """The names a plural actor noun lists in apposition, after a comma or a colon ("three
    oligarchs: Dmitry Pumpyanskiy, Andrey Melnichenko, and Alexander Ponomarenko", "two Russian
    banks, Sberbank and VTB"): the head token of each name, in text order. English apposition:
    the list names the noun's referents, so each takes the noun's role, and PLOVER/POLECAT code
    one event per named actor. Where the parser hangs the list on the noun's verb after the colon
    (an npadvmod or second object starting right after "noun:"), that list. [] unless the noun
    names actors (``_is_actor``) and two or more names follow, each a proper noun of an actor
    entity type (one name is the existing single apposition, ``_targets``)."""
    # (a counted plural in title case is a set too, no name: "16 Bank Otkritie Board Members:")
    counted_title = noun.pos_ == "PROPN" and noun.tag_ == "NNPS" and any(c.dep_ == "nummod" for c in noun.children)
    if noun.tag_ not in ("NNS", "NNPS") or not (noun.pos_ == "NOUN" or counted_title) \
            or noun.ent_type_ in ACTOR_ENT_LABELS or not _is_actor(noun, lex or load_lexicon(), allow_pronoun=False):
        return []
    doc = noun.doc
    # (the parser may hang a later name as a second apposition: "entities, A, B, and C Ltd.")
    firsts = [c for c in noun.children if c.dep_ == "appos" and c.i > noun.i]
    if not firsts:
        after = noun.right_edge.i + 1
        mark = noun.right_edge.i
        while mark > noun.i and doc[mark].is_space:
            mark -= 1  # (a space token the parser hangs on the noun after its colon: "Members:\u202f")
        if doc[mark].text in (":", ",") and mark > noun.i:
            after = mark
        if after + 1 >= len(doc) or doc[after].text not in (":", ","):
            return []
        start = after + 1
        while start < len(doc) and doc[start].is_space:
            start += 1
        firsts = [c for c in noun.head.children if c.dep_ in _STRANDED_LIST_DEPS and c.left_edge.i == start]
    names = sorted({n.i: n for f in firsts for n in [f, *f.conjuncts] if n.i > noun.i}.values(), key=lambda n: n.i)
    # (each name a proper noun; in a counted list of people the recognizer may leave a rare
    # name untyped, the list itself being a list of names: one typed name at least)
    if len(names) < 2 or any(n.pos_ != "PROPN" or (n.ent_type_ not in ACTOR_ENT_LABELS
                                                   and not (counted_title and not n.ent_type_)) for n in names) \
            or not any(n.ent_type_ in ACTOR_ENT_LABELS for n in names):
        return []
    return names


def _included_names(noun: Token, lex: Optional[Lexicon] = None) -> list[Token]:
    """The named members an unnamed plural actor noun lists under "including" ("sanctions on
    additional entities and individuals, including Russia's largest defense conglomerate (State
    Corporation Rostec) and dozens of ... entities"): each name, or the name in apposition to a
    described member, in text order. PLOVER codes the actors the text identifies; the summary
    noun itself identifies none, so the named members take its role (members the text does not
    name, "dozens of ... entities", are left out). [] unless the noun is a plural common noun
    naming actors (``_is_actor``), named by no entity and by no name of its own ("all OSCE
    countries, including Russia": the OSCE's members, not Russia alone), with at least one name."""
    if noun.tag_ != "NNS" or noun.pos_ != "NOUN" or noun.ent_type_ in ACTOR_ENT_LABELS \
            or any((c.dep_ == "appos" or c.i < noun.i) and (c.pos_ == "PROPN" or (
                       c.ent_type_ in ACTOR_ENT_LABELS and c.ent_type_ != "NORP")) for c in noun.children) \
            or not _is_actor(noun, lex or load_lexicon(), allow_pronoun=False):
        return []
    members = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "including"
               for p in c.children if p.dep_ == "pobj" for o in [p, *p.conjuncts]]
    names: list[Token] = []
    for member in members:
        if member.pos_ == "PROPN" and member.ent_type_ in ACTOR_ENT_LABELS:
            names.append(member)
        elif member.pos_ == "NOUN":
            # (a name in apposition to a described member is its name, whether or not the
            # recognizer typed it: "Russia's largest defense conglomerate (State Corporation Rostec)")
            names += [a for a in member.children if a.dep_ == "appos" and a.pos_ == "PROPN"
                      and (a.ent_type_ in ACTOR_ENT_LABELS or not a.ent_type_)]
    return sorted({n.i: n for n in names}.values(), key=lambda n: n.i)


def _semicolon_items(items: list[Token]) -> list[Token]:
    """Further items of a semicolon-separated list that the parser hung as an apposition of the
    item before ("sanctioning A, who is ...; B, the President of ...; C, a general ...; and D":
    B the "appos" of A, C and D conjuncts of B), in text order. English punctuation: a semicolon
    separates the items of a list whose items hold commas of their own, and never introduces an
    apposition (a renaming follows a comma, a colon or a dash), so a name after it is a further
    item, in the first one's role. Only a proper noun of an actor entity type right after the
    semicolon, with its own conjuncts and their further items."""
    out: list[Token] = []
    queue = list(items)
    while queue:
        item = queue.pop(0)
        for c in item.children:
            if c.dep_ != "appos" or c.i <= item.i or c.pos_ != "PROPN" or c.ent_type_ not in ACTOR_ENT_LABELS \
                    or c.left_edge.i < 1 or c.doc[c.left_edge.i - 1].text != ";" or c in out:
                continue
            added = [c] + [k for k in c.conjuncts if k.i > c.i and k.pos_ in ("NOUN", "PROPN") and k not in out]
            out += added
            queue += added
    return sorted(out, key=lambda t: t.i)


def _group_genitive_owners(token: Token) -> list[Token]:
    """The earlier co-owners of a group genitive the parser split: in "President Daniel Ortega
    and Vice President Rosario Murillo's decision to ban ..." the parser makes "decision" a
    conjunct of "Ortega" and "Murillo" its only possessor, where English reads the possessive
    ending as closing the whole coordination ("[Ortega and Murillo]'s decision", one decision of
    both; Quirk et al. 17.119 group genitive). Returns the named actors conjoined before the
    possessor ``token`` ("Ortega"), when ``token`` is the possessor of a noun that is itself the
    last conjunct of those names, the "and" standing right before the possessor's phrase, and the
    possessed noun is no actor itself ("the Russian Federation and Vladimir Putin's spokesperson":
    two descriptions of one man); [] otherwise."""
    owned = token.head
    if token.dep_ != "poss" or owned.dep_ != "conj" or owned.head.i >= token.i or owned.pos_ != "NOUN" \
            or owned.ent_type_:
        return []
    first = owned.head
    ands = [c for c in first.children if c.dep_ == "cc" and c.lower_ == "and" and c.i == token.left_edge.i - 1]
    lex = load_lexicon()
    if not ands or first.pos_ != "PROPN" or _is_actor(owned, lex) or not _is_actor(first, lex, allow_pronoun=False) \
            or any(c.dep_ == "det" for c in first.children):
        return []
    owners = [first] + [c for c in first.conjuncts if first.i < c.i < token.i and c.pos_ == "PROPN"
                        and _is_actor(c, lex, allow_pronoun=False)]
    # "Ukraine and Ukraine's sovereignty": a name repeated is one owner
    return [c for c in owners if c.lower_ != token.lower_]


# the explanation's target rule of people named by a list of their states (``_listed_origin_states``)
LISTED_ORIGINS = "states listed as the people's origin"


def _listed_origin_states(token: Token) -> list[Token]:
    """The states a people noun names as theirs in a list ("hosted diplomatic representatives from
    Argentina, Canada, Costa Rica, ...", "met with the foreign ministers of Japan and Korea"): in
    English a coordinated "of / from" object gives each item the same relation to the head, so
    the people are of each state listed, and the act reaches each (PLOVER codes one dyad per
    recipient state). Only a common noun (not a name), itself not coordinated, whose "of" or
    "from" object is a state (GPE) with only states coordinated to it, at least one; else []."""
    if token.pos_ != "NOUN" or token.ent_type_ or any(c.dep_ == "conj" for c in token.children):
        return []
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "from"):
            continue
        for first in prep.children:
            if first.dep_ != "pobj" or first.ent_type_ != "GPE":
                continue
            listed = [c for c in first.conjuncts if c.i > first.i]
            # (the NER may tag a state in a long list otherwise: "..., Panama, Paraguay, Peru")
            if listed and all(c.ent_type_ == "GPE" or (c.pos_ == "PROPN" and lookup_country(c.text) is not None)
                              for c in listed):
                return [first] + listed
    return []


def _with_conjuncts(token: Token, predicate: Optional[Token] = None) -> list[Token]:
    kin = _kin_named(token)
    if kin is not None:
        return kin
    found = [token] + [c for c in token.conjuncts if c.i > token.i and c.pos_ in ("NOUN", "PROPN", "PRON")]
    found += [c for c in _name_end_conjuncts(token) if c not in found]
    found += [c for c in _appositive_list_items(token) if c not in found]
    found += [c for c in _semicolon_items(found) if c not in found]
    stranded = _stranded_subject(token.sent.root)
    if stranded and stranded[0].i > token.i:
        # "requested by Ukraine, the United States and ... condemned": the later conjuncts are
        # the main verb's subject, not co-agents of the phrase
        found = [c for c in found if c.i < stranded[0].i]
    # a title's conjunct whose name the parser hung on the first conjunct: the name is the co-actor
    found = [_named_by_title(c) or c for c in found[:1]] + [_named_by_title(c) or c for c in found[1:]]
    # the other reading of "Secretary Blinken and Foreign Minister Kuleba discussed": Kuleba the
    # subject, "Blinken" its modifier, "Minister" conjoined to Blinken: Blinken is a co-actor
    # (also a bare title: "The Secretary and Foreign Minister Kuleba discussed": the Secretary,
    # whom the title names in the article, is the first co-actor, as written)
    before = [c for c in token.children if c.dep_ in ("nmod", "compound") and c.i < token.i
              and (c.ent_type_ == "PERSON" or (_title_head(c) and not c.ent_type_))
              and any(k.dep_ == "conj" and _title_head(k) for k in c.children)]
    if predicate is not None:
        # the parser sometimes hangs the last conjoined object on the verb ("A, B, and C")
        found += [c for c in predicate.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                  and c.i > token.i and c not in found]
    found = [c for c in found if not _ends_place_list(token, c)]
    lex = load_lexicon()
    if _is_actor(token, lex):
        # "support for Israel and its right to defend itself": a conjoined thing is the topic,
        # not a co-actor
        found = [token] + [c for c in found[1:] if _is_actor(c, lex) or any(
            t.dep_ in ("appos", "compound") and (t.ent_type_ in ACTOR_ENT_LABELS or t.pos_ == "PROPN")
            for t in c.children)]
    if _unsectored_noun(token):
        # "allies and partners", "individuals and entities": conjoined unnamed kinds that no
        # Phoenix sector tells apart are one group acted with or on; "protesters and security
        # forces" (OPP, POL) stay two sides
        found = [token] + [c for c in found[1:] if not _unsectored_noun(c)]
    if len(found) > 1 and _title_head(token) and found[1].ent_type_ == "PERSON" and any(
            t.dep_ == "compound" and t.lower_ in _title_words() for t in found[1].children):
        # "Colombian Vice President and Foreign Minister Marta Lucia Ramirez": two titles of
        # one person, not a second actor called "Vice President"
        found = found[1:]
    if before and token.ent_type_ == "PERSON":
        found = before[:1] + found
    if len(found) > 1 and any(not _vague_group(c) for c in found):
        # "the United States and many other countries condemned", "the United States and our
        # allies have provided": an unspecified group beside a named co-actor is no actor of its
        # own (nothing identifies it; PLOVER codes the named state)
        found = [c for c in found if not _vague_group(c)]
    if len(found) > 1 and _is_actor(token, lex, allow_pronoun=False):
        # "met with President-elect Lula and members of his transition team": the entourage a
        # possessive pronoun ties back to the first conjunct is that actor's own side (Phoenix
        # codes members by their group), one party with it, not a second one
        found = [found[0]] + [c for c in found[1:] if not _entourage(c)]
    # "the U.S. and Mexican governments", "Chinese and Russian warships": one actor per state the
    # coordinated modifier names (compound_members), each a co-actor as conjoined subjects are;
    # "three oligarchs: A, B, and C": one actor per name the plural noun lists (_listed_names)
    # "Ortega and Murillo's decision": the co-owners of a group genitive, as written, first
    found = [c for c in _group_genitive_owners(token) if c not in found] + found
    # "additional entities and individuals, including Russia's largest defense conglomerate
    # (State Corporation Rostec)": the members the summary noun names (_included_names)
    return [m for c in found for m in (state_members(c) or _listed_names(c, lex) or _included_names(c, lex) or [c])]


# nouns for a person's own people: "X and his team", "X and members of her delegation" (not "his
# counterpart": the other side)
_ENTOURAGE_NOUNS = EVENT_WORDS.entourage_nouns


def _entourage(token: Token) -> bool:
    """Whether ``token`` is a conjunct naming a person's own people through a possessive pronoun:
    "his team", "her delegation", "members of his transition team", "their aides" (English
    anaphora: the pronoun's antecedent is the conjunct before)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _ENTOURAGE_NOUNS:
        return False
    owned = [token] + [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in _ENTOURAGE_NOUNS]
    return any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for o in owned for c in o.children)


# words that leave a group unspecified: "many other countries", "our allies", "some partners"
_VAGUE_DETERMINERS = {"other", "many", "some", "several", "various", "numerous", "our", "their", "its", "your",
                      "additional", "further", "more"}


def _vague_group(token: Token) -> bool:
    """An unnamed, unsectored group noun made unspecific by a quantifier, "other" or a possessive
    pronoun ("many other countries", "our allies and partners"): no state, body or sector
    identifies who it is."""
    if token.lower_ in _ALLY_PLURALS and token.ent_type_ not in ACTOR_ENT_LABELS and not any(
            c.dep_ in ("compound", "amod", "nmod", "prep", "appos") for c in token.children):
        # "the United States, Allies, and partners", "America and its Allies": allies or partners
        # left bare or owned name nobody (capitalised or not)
        return True
    # (a count of states names none of them either: "more than 40 Allies and partner countries",
    # "over 30 allies and partners"; a count of people or firms, "five individuals", "250 members
    # of the Nicaraguan government", is who is acted on, named later in the text)
    return _unsectored_noun(token) and token.tag_ == "NNS" and any(
        c.lower_ in _VAGUE_DETERMINERS or (c.dep_ == "nummod" and token.lemma_.lower() in _STATE_GROUP_NOUNS)
        for c in token.children if c.dep_ in ("det", "amod", "poss", "predet", "nummod"))


# plural nouns for states as a group (what a count leaves unnamed beside a named state)
_STATE_GROUP_NOUNS = EVENT_WORDS.state_group_nouns


_ALLY_PLURALS = frozenset({"allies", "partners"})


@functools.lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    from newsgraph.nlp.roles import title_lexicon

    lex = title_lexicon()
    return lex.heads | lex.modifiers


def _unsectored_noun(token: Token) -> bool:
    """A common noun that names no entity and no Phoenix sector agent ("allies", "individuals")."""
    return token.pos_ == "NOUN" and token.ent_type_ not in ACTOR_ENT_LABELS and not any(
        c.dep_ in ("compound", "appos") and (c.ent_type_ in ACTOR_ENT_LABELS or c.pos_ == "PROPN")
        for c in token.children) and agent_sector(token.text) is None


def _represented_state(token: Token, lex: Lexicon) -> Optional[Token]:
    """The state an unnamed envoy stands for: "the Bolivian ambassador" -> Bolivian."""
    if token.lemma_.lower() not in lex.envoy_nouns or token.ent_type_ in ACTOR_ENT_LABELS:
        return None
    for child in token.children:
        if child.dep_ in ("amod", "compound", "nmod", "poss") and child.ent_type_ in ("NORP", "GPE"):
            return child
    found = _preps(token).get("of")
    if found is not None and found.ent_type_ in ("GPE", "NORP"):
        return found
    return None


def _is_misparsed_main_verb(token: Token) -> bool:
    """A past verb right after a root noun, hung on it as a modifier because the parser found
    no verb root ("Over 100 people protested ..." parsed as people <-acl- protested): in a
    sentence without a main verb the noun is its subject and the verb the main predicate."""
    return token.dep_ == "acl" and token.tag_ in ("VBD", "VBN") and token.head.dep_ == "ROOT" \
        and token.head.pos_ in ("NOUN", "PROPN") and token.i == token.head.i + 1 \
        and not any(c.dep_ in ("agent", "auxpass") for c in token.children)


def _is_misparsed_subject_noun(token: Token) -> bool:
    """A finite verb with no subject right after a root "verb" that has a subject and nothing
    else it governs before it: the root is a plural noun ending the subject phrase, which the parser
    read as a verb ("The use of open systems *architectures* allows the Air Force ..." parsed as use <-nsubj-
    architectures -ccomp-> allows). English grammar: two finite verbs in a row with no subject for
    the second and no complementiser between them cannot both be predicates."""
    head = token.head
    return token.dep_ == "ccomp" and token.tag_ in ("VBZ", "VBD") and head.dep_ == "ROOT" \
        and head.tag_ in ("VBZ", "VBP") and head.lower_.endswith("s") and token.i == head.i + 1 \
        and not any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"mark", "expl"} for c in token.children) \
        and any(c.dep_ in SUBJECT_DEPS for c in head.children) \
        and not any(c.i < head.i and c.dep_ not in SUBJECT_DEPS | {"punct"} for c in head.children) \
        and not any(c.dep_ in ("aux", "neg", "dobj", "advmod") for c in head.children)


_SINGULAR_AUX = {"is", "was", "has"}


def _antecedent(relcl: Token, pronoun: Token) -> Token:
    """What a relative pronoun stands for. The parser hangs the clause on the first of
    coordinated nouns; a singular verb ("A and B, which is designated ...") agrees with the one
    conjunct right before the pronoun only, a plural or unmarked one with all of them."""
    head = relcl.head
    located = _located_noun(head, relcl)
    if located is not None:
        return located
    described = _copula_subject(head)
    if described is not None:
        return described
    singular = relcl.tag_ == "VBZ" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in _SINGULAR_AUX
                                          for c in relcl.children)
    if not singular:
        return head
    before = [c for c in head.conjuncts if c.i < pronoun.i]
    nearest = max(before, key=lambda c: c.i, default=None)
    if nearest is not None and nearest.i > head.i and all(
            t.is_punct or t in nearest.subtree for t in relcl.doc[nearest.i:pronoun.i]):
        return nearest
    return head


_COPULA_DUMMY_SUBJECTS = {"it", "this", "that", "there", "these", "those", "what", "which", "who"}


def _copula_subject(noun: Token) -> Optional[Token]:
    """The subject a predicate nominal describes: "Prigozhin is a Russian national who provided
    funding ...". A relative clause on the predicate nominal of "be" says something of what that
    noun denotes, and the copula equates it with the subject (English grammar: the predicate
    nominal is predicated of the subject), so the clause's understood doer is the copula's subject,
    not the bare describing noun (whose modifier, "Russian", would stand in for the actor). None
    where the noun is no predicate nominal of "be", or the subject is a dummy or deictic ("there
    is a group that ...", a cleft "it is Russia that ...", "this is a regime that ...")."""
    if noun.dep_ != "attr" or noun.head.lemma_.lower() != "be" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    subjects = [c for c in noun.head.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].i > noun.i:
        return None
    subject = subjects[0]
    if subject.dep_ == "expl" or subject.lower_ in _COPULA_DUMMY_SUBJECTS or subject.tag_ in RELATIVE_TAGS \
            or subject.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return subject


def _located_noun(place: Token, relcl: Token) -> Optional[Token]:
    """The noun a place locates, when the parser hangs a restrictive relative clause on a region,
    continent or sea (a LOC entity, maybe one of a list) inside a locative phrase: "third-country
    actors across Europe, Asia, and the Middle East *that are supporting* Russia's war effort" (the
    actors support it). A restrictive clause narrows what a noun can refer to, and a region's proper
    name has one referent only (English grammar: no restrictive relative clause on a proper name),
    so the clause belongs to the nearest noun before it that it can narrow. None otherwise: a clause
    set off by a comma may comment on the place itself ("troops in Crimea, which Russia annexed";
    "refugees across Europe, which hosts ..."), and a country's name is no LOC entity. Words:
    event_detection.yaml locative_preps."""
    if place.ent_type_ != "LOC":
        return None
    start = relcl.left_edge
    if start.i <= place.i or (start.i > 0 and relcl.doc[start.i - 1].is_punct):
        return None  # non-restrictive (or not after the place): the comment may be on the place
    node = place
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "across Europe, Asia, and the Middle East": the first of the list
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ not in detection_lexicon()["locative_preps"]:
        return None
    # the noun right before the phrase of place, whatever the parser hangs the phrase on: the verb
    # ("target third-country actors across Europe ... that") or a noun higher up ("sanctions on
    # ... actors across Europe ... that")
    located = prep.doc[prep.i - 1] if prep.i > 0 else None
    if located is None or located.pos_ not in ("NOUN", "PROPN") or located.dep_ == "compound" \
            or located.ent_type_ == "LOC" or located not in prep.head.subtree:
        return None
    return located


def _relative_gap(predicate: Token) -> Optional[Token]:
    """The noun a relative clause's missing object stands for, where the parser left no object
    pronoun: "the Somoza family *that* Ortega fought" (the parser takes "that" for a subordinator,
    ``mark``) or a zero relative, "the rebels the army fought". English grammar: a relative clause
    with its own subject and no object, no relative adverb (where, when, why) and no stranded or
    pronoun-led preposition ("that X fought with", "against whom") has its gap in the object
    place, which the antecedent fills. None where any of that is missing, or the clause is
    passive or has a clausal complement the gap could sit in ("the man that X tried to help")."""
    if predicate.dep_ != "relcl" or predicate.pos_ != "VERB" or predicate.head.i > predicate.i \
            or predicate.lemma_.lower() in TRANSFER_VERBS:
        return None
    children = list(predicate.children)
    if any(c.dep_ in OBJECT_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ in ("ccomp", "xcomp", "auxpass", "agent")
           for c in children):
        return None
    subjects = [c for c in children if c.dep_ in SUBJECT_DEPS]
    if not subjects or any(s.tag_ in ("WDT", "WP", "WP$") or s.lower_ in RELATIVE_OBJECT_PRONOUNS for s in subjects):
        return None
    if any(c.tag_ in ("WDT", "WP", "WP$", "WRB") for c in predicate.subtree if c.i < predicate.i):
        return None  # a relative word of its own ("against whom", "where") fills another place
    if any(c.dep_ == "prep" and not _children(c, ("pobj",)) for c in children):
        return None  # "the regime that X fought against": a stranded preposition's object
    marks = [c for c in children if c.dep_ == "mark"]
    if marks and not (len(marks) == 1 and marks[0].lower_ == "that" and marks[0].i < subjects[0].i):
        return None
    return _antecedent(predicate, marks[0] if marks else subjects[0])


_VERB_FORMS = {"VB": "base", "VBG": "gerund", "VBN": "participle", "VBD": "finite", "VBZ": "finite",
               "VBP": "finite", "MD": "finite"}


def _coordinate(token: Token) -> Token:
    """The verb a conjoined verb is coordinated with. Coordinated verbs share their form; where
    the parser hangs a conjunct on a verb of another form, the coordinate is the nearest verb
    above of the conjunct's own form: "He will thank Poland for *welcoming* refugees and
    *discuss* aid" coordinates "discuss" with "thank" (whose subject is "He"), not with the
    gerund inside "for"."""
    head = token.head
    form = _VERB_FORMS.get(token.tag_)
    if token.dep_ != "conj" or form is None or _VERB_FORMS.get(head.tag_) in (form, None) \
            or _VERB_FORMS.get(head.tag_) == "finite" or _shares_perfect_aux(token, head):
        return head
    for ancestor in head.ancestors:
        if ancestor.pos_ in ("VERB", "AUX") and _VERB_FORMS.get(ancestor.tag_) == form and ancestor.i < token.i:
            return ancestor
    return head


def _shares_perfect_aux(token: Token, head: Token) -> bool:
    """Whether ``token``, a past form conjoined to the perfect participle ``head``, is a second
    participle sharing its "have": "Beijing *has perfected* mass surveillance within China and
    *exported* that technology". Regular verbs spell the past tense and the past participle alike,
    and the tagger may read the second as a past tense (VBD); with no subject or auxiliary of its
    own it is the perfect's participle (English grammar: the auxiliary is left out of the second
    conjunct), coordinated with ``head`` and sharing its subject, not with a finite verb higher up
    ("We see that in how Beijing has perfected ... and exported ...": Beijing exported)."""
    return token.tag_ == "VBD" and head.tag_ == "VBN" \
        and any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.i < head.i for c in head.children) \
        and not any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS or c.dep_ in ("aux", "auxpass")
                    for c in token.children)


def _stranded_subject(verb: Token) -> list[Token]:
    """The subject the parser hung on a phrase before a finite verb that has none: "at a session
    requested by Ukraine, the United States and many other countries condemned ..." parses the
    subject as conjuncts of "Ukraine" inside the fronted phrase. The subject is the noun right
    before the verb with the conjuncts joined to it by "and"/"or"; a conjunct joined by a comma
    alone ends the list the phrase began ("by Ukraine,"). A verb is finite by its own tag or by a
    finite auxiliary ("the United States *has* supported"). Besides a conjunct, the noun may be a
    named actor the parser read as an apposition after a comma ("To respond to the outbreak in
    Haiti, the Department of State and USAID have provided ...") or as the object of a fronted
    preposition ("On April 5 Special Representative ... Sung Kim met with ...", "*Under*
    Secretary Fernandez will meet ..."): English grammar gives a finite declarative clause a
    subject, and the noun phrase right before its verb is the only one left. Not for a passive
    verb, whose subject is its patient."""
    if verb.dep_ != "ROOT":
        return []  # first: the cheap test (this runs for every actor slot)
    children = list(verb.children)
    finite = _VERB_FORMS.get(verb.tag_) == "finite" or any(
        c.dep_ == "aux" and _VERB_FORMS.get(c.tag_) == "finite" and c.i < verb.i for c in children)
    if not finite or any(c.dep_ in _STRANDED_BLOCKING_DEPS for c in children):
        return []
    passive = any(c.dep_ == "auxpass" for c in children)
    doc = verb.doc
    before = verb.i - 1
    while before >= 0 and (doc[before].dep_ in ("aux", "neg", "advmod") or doc[before].is_space):
        before -= 1
    before = _before_comitative(doc, before)
    if before < 0 or doc[before].pos_ not in ("NOUN", "PROPN"):
        return []
    if doc[before].dep_ != "conj":
        # a named actor read as an apposition or a fronted preposition's object (new in 0.7.36)
        noun = doc[before]
        if noun.dep_ == "appos":
            return [noun] if _comma_appos_subject(noun, passive) else []
        if passive or noun.dep_ != "pobj" or noun.ent_type_ not in STRANDED_SUBJECT_LABELS:
            return []
        while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "PROPN") \
                and noun.head.head.i < noun.i:
            noun = noun.head.head  # "the Department of the Treasury sanctioned": the phrase's head
        return [noun]
    conjunct = doc[before]
    while conjunct.dep_ == "conj":
        head = conjunct.head
        if not any(c.dep_ == "cc" and head.i < c.i < conjunct.i for c in head.children):
            return [conjunct]
        conjunct = head
    if _comma_appos_subject(conjunct, passive):
        return [conjunct]  # "in Haiti, the Department of State and USAID have provided"
    return []


def _before_comitative(doc, before: int) -> int:
    """The index before a comma-enclosed comitative phrase that ends right at ``before`` ("the
    Department of Justice*, together with the Department of Homeland Security,* assisted"): the
    phrase adds a co-participant to the subject before it and is no subject itself (English
    grammar: "together with", "along with" and "alongside" adjuncts leave the verb's agreement
    to the noun before them), so the stranded subject is looked for before it. ``before``
    unchanged where no such phrase ends there."""
    if before < 1 or doc[before].text != ",":
        return before
    for start in range(before - 1, max(before - 16, 0), -1):
        if doc[start].text == ",":
            words = [t.lower_ for t in doc[start + 1:start + 3]]
            if words[:1] == ["alongside"] or words in (["together", "with"], ["along", "with"]):
                return start - 1
            return before
    return before


def _comma_appos_subject(noun: Token, passive: bool) -> bool:
    """Whether ``noun``, the noun before a subjectless finite verb (passive or not), is a named
    actor the parser read as an apposition after a comma (``_stranded_subject``)."""
    return noun.dep_ == "appos" and noun.ent_type_ in STRANDED_SUBJECT_LABELS and not passive \
        and noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == ","


# the named actors a stranded noun before a subjectless finite verb may be (spaCy labels)
STRANDED_SUBJECT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# a verb with one of these has a subject of its own
_STRANDED_BLOCKING_DEPS = SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"expl"}


def _subject(token: Token) -> tuple[Optional[Token], bool]:
    """(subject token, passive?) of a predicate, inheriting through xcomp/conj/relcl (a conjoined
    verb from its coordinate, ``_coordinate``)."""
    own_passive = any(c.dep_ == "auxpass" for c in token.children)
    active_conjunct = False  # a conjunct on the way up with its own active auxiliary
    # a reduced past-participle adverbial clause ("*Beaten back* from its failed attempt to seize
    # Kyiv, Russia continues ...", "Arrested in May, he ..."): English grammar reads the participle
    # as passive, so the subject it shares with its main clause is its patient, not its agent
    reduced_passive = token.dep_ == "advcl" and token.tag_ == "VBN" and not _children(token, SUBJECT_DEPS) \
        and not any(c.dep_ in ("aux", "auxpass", "mark") for c in token.children)  # "as promised": the clause
    # a past participle with a subject but no auxiliary and no object, inside another clause
    # ("we saw credible reports of unarmed civilians *shot* in the back", "people detained"): a
    # participle cannot be finite without "have" or "be", so it is a reduced passive (a small clause
    # or reduced relative) and its subject noun is the patient, never the agent (English grammar)
    small_clause = token.tag_ == "VBN" and token.dep_ in ("ccomp", "acl", "xcomp", "oprd") \
        and bool(_children(token, SUBJECT_DEPS)) \
        and not any(c.dep_ in ("aux", "auxpass", "dobj", "obj", "dative", "mark") for c in token.children) \
        and not (token.dep_ == "acl" and token.head.i < _children(token, SUBJECT_DEPS)[0].i < token.i)
    # (not a contact relative clause with its object gapped: "the $3.5 billion Congress provided")
    reduced_passive = reduced_passive or small_clause
    if own_passive and token.dep_ == "xcomp" and not _children(token, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS) \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        # a passive infinitive ("sending his people off *to be killed*", "wants *to be recognized*"):
        # its controller, the governing verb's object else its subject, is the patient, never the
        # agent (English grammar: control into a passive complement)
        objects = _children(token.head, ("dobj", "obj"))
        if objects:
            return objects[0], True
        reduced_passive = True
    for _ in range(8):  # a list of coordinated verb phrases shares one subject ("helps ..., provides ..., and assists")
        subjects = _subordinate_subjects(token) or _stranded_subject(token)
        if subjects and _comitative_partner_subject(token, subjects[0]):
            token = token.head  # "We will work closely with lawmakers to support ...": We support
            engaged = _children(token, PASSIVE_SUBJECT_DEPS)
            if engaged and not _children(token, ("agent",)):
                # "The Administration is engaged with X to condemn ...": a state participle, whose
                # subject takes part in the joint action (no patient of a passive)
                return engaged[0], False
            continue
        if subjects:
            if subjects[0].tag_ in RELATIVE_TAGS and token.dep_ == "relcl":
                return _antecedent(token, subjects[0]), False  # "the government, which contacted ...": the antecedent
            return subjects[0], reduced_passive
        passive = _children(token, PASSIVE_SUBJECT_DEPS)
        if passive and passive[0].tag_ in RELATIVE_TAGS and token.dep_ == "relcl":
            return _antecedent(token, passive[0]), True
        if passive:
            # a subject inherited from a passive verb is not the patient of an active conjunct
            return passive[0], own_passive or (any(c.dep_ == "auxpass" for c in token.children)
                                               and token.dep_ != "conj" and not active_conjunct)
        if _means_relative(token):
            break  # "measures to suspend X": the measures are no agent (see _controller)
        if token.dep_ == "relcl" or _is_misparsed_main_verb(token):
            return token.head, False
        if _is_misparsed_subject_noun(token):
            # the subject phrase is the root's own subject with the root noun inside it
            return _children(token.head, SUBJECT_DEPS)[0], False
        if token.dep_ == "conj" and token.tag_ == "VBG" and token.head.pos_ in ("NOUN", "PROPN"):
            # "attacks on civil society, and *increasing* security cooperation with Russia": a gerund
            # coordinated with a noun is a nominal list item (coordination joins like constituents),
            # whose doer is no subject of the clause around the list
            break
        if token.dep_ == "conj" and _asyndetic_clause_conjunct(token):
            # the complement clause's own verb: its subject is the clause's
            return _children(_asyndetic_clause_conjunct(token), SUBJECT_DEPS)[0], False
        if token.dep_ == "conj" and _attributive_past_conjunct(token):
            break  # a modifier in a noun phrase: the clause's subject is not its doer
        relative = _relative_purpose_doer(token)
        if relative is not None:
            return relative, False  # "... protesters who took to the streets ... to criticize the government"
        if _generic_effort_infinitive(token):
            break  # "nor will any attempts to annex ...": no doer named, not the clause's subject
        if token.dep_ in ("xcomp", "conj", "advcl", "acomp") and token.head.i != token.i:
            active_conjunct = active_conjunct or _active_conjunct(token)
            came_from = token
            token = _coordinate(token)
            if came_from.dep_ == "conj" and _misparsed_clause_conjunct(token, came_from):
                token = token.head  # "X underscored our *shared* values and pledged to ...": X pledged
            continue
        clause = _adjunct_gerund_clause(token)
        if clause is not None:
            token = clause  # "In attacking Ukraine, he also attacked ...": he attacked Ukraine
            continue
        break
    return None, False


def _subordinate_subjects(verb: Token) -> list[Token]:
    """The subjects of ``verb`` (``SUBJECT_DEPS`` children), less any before its subordinator:
    "... imposed its own counter sanctions on European officials, European *parliamentarians*
    *after* the multilateral *actions* imposed some Xinjiang sanctions" hangs both nouns on
    "imposed" as subjects. A subordinator ("after", "because", "that": the verb's ``mark``) opens
    its clause, so the clause's subject follows it (English grammar: the subordinator is the first
    word of a subordinate clause); a noun before it belongs to the clause the subordinate clause
    hangs from. Shape: [Token], in sentence order; unchanged when no subject follows the mark."""
    subjects = _children(verb, SUBJECT_DEPS)
    marks = [c.i for c in verb.children if c.dep_ == "mark" and c.i < verb.i]
    if len(subjects) < 2 or not marks:
        return subjects
    inside = [s for s in subjects if s.i > max(marks)]
    return inside or subjects


def _generic_effort_infinitive(token: Token) -> bool:
    """Whether ``token`` is the infinitive of a control noun with a generic determiner: "such
    referenda will not be considered legitimate, nor will *any attempts to annex* additional
    Ukrainian territory" (event_detection.yaml control_nouns; ``GENERIC_DETERMINERS``). The
    infinitive of a control noun is the act of the noun's agent (its possessor or "by" / "of"
    phrase, ``_controller``); "any" / "all" attempts name no agent, any attempt by anyone, so the
    subject of the clause the noun phrase sits in is not the doer (the parser may hang the noun as a
    conjunct of the main verb, and ``_subject`` would climb to that verb's subject)."""
    if token.dep_ not in ("xcomp", "acl", "relcl") or token.head.pos_ != "NOUN" \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    noun = token.head
    return noun_lemma(noun) in detection_lexicon()["control_nouns"] \
        and any(c.dep_ in ("det", "predet") and c.lower_ in GENERIC_DETERMINERS for c in noun.children)


# verbs of joint action whose "with" phrase names the partner (a comitative complement)
JOINT_ACTION_VERBS = frozenset({"work", "cooperate", "coordinate", "collaborate", "partner", "team", "engage",
                                "liaise"})


def _comitative_partner_subject(infinitive: Token, subject: Token) -> bool:
    """Whether the "subject" the parser gives a purpose infinitive is the partner of a joint-action
    verb above it: "We will continue to work closely *with lawmakers to support* our Ukrainian
    partners" is parsed as a with-absolute ("with" a marker, "lawmakers" the infinitive's subject).
    After a verb of joint action ("work", "cooperate", "coordinate", "partner" ... *with* X) the
    "with" phrase is that verb's comitative complement and the "to" infinitive its purpose clause,
    whose understood subject is the subject of the clause it modifies (English grammar: subject
    control of purpose infinitives), so the partner is not the doer. The same partner list the
    parser reads as the subject of an infinitive it conjoins to the verb ("The Administration is
    actively engaged *with* the OAS, *the United Nations, and our international partners to
    collectively condemn* the violence": a "to" infinitive takes no subject of its own without
    "for", so the nouns after "with" end the verb's comitative phrase)."""
    if infinitive.dep_ not in ("advcl", "conj") or infinitive.tag_ != "VB" or subject.dep_ != "nsubj" \
            or infinitive.head.lemma_.lower() not in JOINT_ACTION_VERBS:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children):
        return False
    if infinitive.dep_ == "conj":
        return not any(c.dep_ == "mark" for c in infinitive.children) and any(
            c.dep_ == "prep" and c.lower_ in ("with", "alongside") and c.i < subject.i for c in infinitive.head.children)
    return any(c.dep_ == "mark" and c.lower_ == "with" and c.i < subject.i for c in infinitive.children)


def _relative_purpose_doer(infinitive: Token) -> Optional[Token]:
    """The doer of a purpose infinitive the parser hangs on the main verb (advcl or xcomp) although it belongs to a
    subject relative clause between them: "the Cuban government continues to hold in detention
    more than 700 protesters who took to the streets ... to criticize the government's failure"
    (the protesters criticize). The understood subject of a purpose infinitive is that of the
    clause it modifies; read it as the relative clause's (its antecedent) only where the main
    subject cannot be it: the infinitive's own object names the main subject again with a full
    noun ("the government"), which English does not do for a referent bound in its own clause
    (binding principle C: a coreferent object there is "itself" or "its"). None otherwise."""
    if infinitive.dep_ not in ("advcl", "xcomp") or infinitive.tag_ != "VB" or _children(infinitive, SUBJECT_DEPS) \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children):
        return None
    head = infinitive.head
    main = _children(head, SUBJECT_DEPS)
    if not main and head.dep_ == "xcomp":
        main = _children(head.head, SUBJECT_DEPS)
    if not main or main[0].pos_ not in ("NOUN", "PROPN"):
        return None
    named = main[0].lemma_.lower()
    if not any(t.lemma_.lower() == named and t.pos_ == main[0].pos_ and t.dep_ in ("dobj", "poss", "pobj")
               for t in infinitive.subtree if t.i > infinitive.i):
        return None
    clauses = [t for t in head.subtree if t.dep_ == "relcl" and head.i < t.i < infinitive.i
               and t.head.pos_ in ("NOUN", "PROPN") and t.head.i < t.i]
    if not clauses:
        return None
    clause = clauses[-1]
    pronouns = [c for c in clause.children if c.dep_ == "nsubj" and c.tag_ in RELATIVE_TAGS]
    if not pronouns or any(c.dep_ == "auxpass" for c in clause.children):
        return None
    return _antecedent(clause, pronouns[0])


def _asyndetic_clause_conjunct(token: Token) -> Optional[Token]:
    """The clausal complement (its verb) a finite verb belongs to, where the parser hangs that verb
    as a conjunct on the verb above with the complement between them and no coordinator ("and",
    "or", "but") anywhere in the list: "The Secretary informed FM Kuleba that our Charge d'Affaires
    Kristina Kvien and a small group of diplomats, accompanied by ..., *traveled* to Kyiv" (the
    parser read "d'Affaires" as the clause's verb). English coordinates verb phrases with a
    conjunction (a comma list ends with "and"), so a verb joined by commas alone across a
    complement clause with its own subject does not share the main verb's subject; it is that
    clause's verb and takes that clause's subject. None where the verb is coordinated."""
    head = token.head
    if _VERB_FORMS.get(token.tag_) != "finite" or head.pos_ not in ("VERB", "AUX") or head.i > token.i:
        return None
    listed = [head, token, *(c for c in token.subtree if c.dep_ == "conj" and c.head.i == token.i)]
    if any(c.dep_ in ("cc", "preconj") for word in listed for c in word.children):
        return None
    return next((c for c in head.children if c.dep_ == "ccomp" and head.i < c.i < token.i
                 and _children(c, SUBJECT_DEPS)), None)


def _attributive_past_conjunct(token: Token) -> bool:
    """Whether a past form the parser hangs as a conjunct on a present-tense verb or a gerund is an attributive
    participle in a coordinated noun phrase: "we remain focused on securing the release of the
    hostages in Gaza and wrongfully *detained* Americans" (the detained Americans are the second
    thing released; "we" detained no one). Read so when the form comes right after "and"/"or" that
    follows a noun, has no subject, auxiliary or determiner-led object of its own, and its object is
    the bare noun right after it. English grammar: coordination joins like constituents (here two
    noun phrases), coordinated verbs sharing one subject share their form and tense, and a participle
    before a bare noun modifies it."""
    head = token.head
    if token.tag_ not in ("VBD", "VBN") or head.tag_ not in ("VBP", "VBZ", "VBG") or head.i > token.i:
        return False
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ in ("aux", "auxpass")
           for c in token.children):
        return False
    doc = token.doc
    start = token.i
    while start > 0 and (doc[start - 1].is_space or (doc[start - 1].dep_ == "advmod" and doc[start - 1].head.i == token.i)):
        start -= 1
    before = start - 2
    while before > 0 and doc[before].is_space:
        before -= 1
    if before < 0 or doc[start - 1].dep_ != "cc" or doc[before].pos_ not in ("NOUN", "PROPN"):
        return False
    objects = _children(token, ("dobj", "obj"))
    # the bare plural right after it, maybe with its own modifiers ("detained American citizens")
    return bool(objects) and objects[0].left_edge.i == token.i + 1 and objects[0].tag_ in ("NNS", "NNPS") \
        and not any(c.dep_ in ("det", "poss", "nummod") for c in objects[0].children)


def _adjunct_gerund_clause(token: Token) -> Optional[Token]:
    """The active verb a gerund adjunct modifies ("*In attacking* Ukraine three months ago, he also
    attacked ...": "attacked"), whose subject is the gerund's (English subject control of adjuncts;
    event_detection.yaml adjunct_gerund_preps); None for any other token, a verb with a passive
    subject (its subject is no agent) or a gerund with a subject of its own."""
    if token.dep_ != "pcomp" or token.tag_ != "VBG" or token.head.dep_ != "prep" \
            or token.head.lower_ not in detection_lexicon()["adjunct_gerund_preps"]:
        return None
    verb = token.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == token.head.i \
            or any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children):
        return None
    if token.head.lower_ == "in" and verb.lemma_.lower() in detection_lexicon()["helping_in_verbs"]:
        return None  # "assisted the Haitian authorities in conducting ...": the object acts
    if _credits_object(verb):
        return None  # "congratulate Brazil on signing the Artemis Accords": Brazil signed
    subjects = _children(verb, SUBJECT_DEPS)
    if subjects and not (subjects[0].ent_type_ in STRANDED_SUBJECT_LABELS
                         or (subjects[0].tag_ == "PRP" and subjects[0].lower_ != "it")):
        # only a named or personal subject: an inanimate one ("The designation ... will enhance this
        # cooperation by helping our militaries") or a relative pronoun is no agent of the gerund
        return None
    return verb


def _credits_object(verb: Token) -> bool:
    """Whether ``verb`` is a verb of praise or blame with a direct object (event_detection.yaml
    gratitude_words, blame_words): "congratulate Brazil *on* signing", "commended Japan *on*
    hosting", "thanked Argentina *for* speaking out". Such a verb credits its object with the act of
    its "on" / "for" gerund (object control; CAMEO 051 praise / 111 criticize name the one praised
    or blamed as the actor of the deed), so the gerund is no adjunct of the praiser's own."""
    return verb.lemma_.lower() in _crediting_words() and bool(_children(verb, ("dobj", "obj")))


def _misparsed_clause_conjunct(first: Token, conjunct: Token) -> bool:
    """Whether ``first``, the verb a finite conjunct is coordinated with, is a subjectless finite
    clausal complement with no complementizer: "Secretary Blinken underscored our countries' *shared*
    democratic values and *pledged* to ..." parses the adjective "shared" as a clause under
    "underscored" and "pledged" as its conjunct. A finite English clause has a subject of its own
    (and "that" or none before it), so such a complement is a misparse, and its finite conjunct
    coordinates with the verb above it and shares that verb's subject (English grammar: VP
    coordination)."""
    return first.dep_ == "ccomp" and _VERB_FORMS.get(conjunct.tag_) == "finite" \
        and _VERB_FORMS.get(first.tag_) == "finite" \
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ in ("mark", "expl", "aux", "auxpass")
                    for c in first.children) \
        and first.head.pos_ in ("VERB", "AUX")


def _active_conjunct(token: Token) -> bool:
    """A conjoined verb with an active auxiliary of its own and none of the passive: "soldiers
    have been deployed on the streets and *have* reportedly attacked and beaten protesters".
    Coordinated verbs share the auxiliaries they do not repeat; a conjunct that repeats a perfect
    "have" or a modal without "be" starts an active verb phrase, whose inherited subject is its
    agent, not the patient of the passive it is joined to (English grammar: VP coordination)."""
    return token.dep_ == "conj" and not any(c.dep_ == "auxpass" for c in token.children) and any(
        c.dep_ == "aux" and (c.lemma_.lower() == "have" or c.tag_ == "MD") for c in token.children)


_CONTROL_DEPS = ("xcomp", "acl", "pcomp", "prep", "acomp", "advcl", "pobj", "conj")


# CAMEO 033x "express intent to provide ... aid" -> the PLOVER AID mode of its CAMEO 07 counterpart
# (CAMEO2PLOVER-2021: 0331 economic, 0332 military, 0333 humanitarian); 033 and 031 name no kind
INTENT_TO_AID_MODES = {"0331": "economic", "0332": "military", "0333": "humanitarian"}


def _handed_over_goods(lemma: str, sense: "cameo.Sense", obj: Optional[Token], lex: Lexicon) -> Optional[str]:
    """The AID mode ("military", "economic", "humanitarian"; "" when neither the code nor the
    goods name one) when a verb of handing over (event_detection.yaml ``handover_verbs``) whose
    CAMEO pattern reads as an intent to give aid (``intent_to_aid_codes``: "supply + drones" [0332],
    "supply + tank" [031]), or a verb of moving cargo (``cargo_handover_verbs``: ship, transfer)
    whose pattern reads as military cooperation (``cargo_cooperation_codes``: "ship + &AIRCRAFT
    (to)" [062]), has goods as its object; None otherwise: forces sent ("send
    reinforcements / warships / peacekeepers") are a deployment, an offer is the promise itself,
    and a pattern of another kind ("give assurances" [030]) keeps its reading."""
    words = detection_lexicon()
    cargo = sense.code in words["cargo_cooperation_codes"] and lemma in words["cargo_handover_verbs"]
    if (sense.code not in words["intent_to_aid_codes"] and not cargo) or lemma not in words["handover_verbs"] \
            or obj is None:
        return None
    if obj.lemma_.lower() in FORCE_NOUNS or not any(w.i == obj.i for w in sense.words):
        return None  # the pattern must be read off the object itself: what is handed over
    goods = goods_of(obj, lex)
    if goods is not None and goods[0].lemma_.lower() in FORCE_NOUNS:
        return None
    if goods is None and lemma in ("send", "ship", "transfer"):
        # the SEND block's intent patterns name forces ("reinforcement", "warships"): only named
        # goods make a sending a transfer of aid
        return None
    if goods is None and sense.code == "031":
        return None  # "material cooperation" with no goods named: no transfer told
    if cargo and goods is None:
        return None  # "shipped aircraft to X" [062] with no goods named: CAMEO's reading stands
    return INTENT_TO_AID_MODES.get(sense.code) or (goods[1] if goods is not None else None) or ""


def _told_as_done(token: Token) -> bool:
    """A verb in the simple past ("led a delegation") or the perfect ("has made a trip"): the act
    is told as done, not planned ("will lead the delegation" keeps CAMEO's reading of intent)."""
    return token.tag_ == "VBD" or (token.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in token.children))


def _blocking_sense(token: Token, lemma: str, obj: Optional[Token]) -> Optional[tuple]:
    """The sense of "block" from what is blocked (event_detection.yaml blocking_*): property,
    assets or funds are frozen (OFAC's "blocking", CAMEO 163 sanctions -> PLOVER SANCTION, as
    "freeze" is); media, websites or access to information are censored (PLOVER COERCE/censor:
    "Censor, ban or restrict access to publications or other information"); "blocking" that
    modifies "sanctions" names their kind, no act of its own: (). Roads, traffic, entrances keep
    the protest reading (CAMEO 144 obstruct): None."""
    words = detection_lexicon()
    if lemma not in words["blocking_verbs"]:
        return None
    blocked, modifier = obj, False
    if blocked is None and token.dep_ in ("acl", "amod", "compound") and token.head.pos_ in ("NOUN", "PROPN"):
        blocked, modifier = token.head, True  # "Blocking Property with Respect to ...", "blocking sanctions"
    if blocked is None:
        return None
    forms = {blocked.lemma_.lower(), blocked.lower_}
    if forms & words["blocking_kind_nouns"]:
        return ()
    if forms & words["blocked_property_nouns"]:
        if modifier or blocked.dep_ == "nsubjpass" or not _children(token, SUBJECT_DEPS):
            # "any assets they have in the United States are blocked", an order's title "Blocking
            # Property ...": the designation's consequence told as a state, no act of its own
            return ()
        return "SANCTION", "discontinue", f"'{lemma}' + property '{blocked.lemma_.lower()}' (assets frozen)", [token, blocked], 0.75
    if forms & words["censored_nouns"] or any(c.lemma_.lower() in words["censored_nouns"]
                                              for c in blocked.children if c.dep_ in ("compound", "amod")):
        return "COERCE", "censor", f"'{lemma}' + information '{blocked.lemma_.lower()}' (censored)", [token, blocked], 0.75
    return None


def _sharing_sense(token: Token, lemma: str, obj: Optional[Token]
                   ) -> Optional[tuple[str, Optional[str], str, list[Token], float]]:
    """"share" is cooperation only when what is shared is information or a resource handed over
    (event_detection.yaml shared_things; PLOVER COOPERATE "voluntary exchanges or sharing of
    intelligence and other significant information", CAMEO 064 "SHARE + &EVIDENCE"); CAMEO gives
    bare SHARE no code. A stance held in common ("We share with our partners unity of purpose"),
    a view or an agenda told ("shared with the Foreign Minister his recent engagement") is no event:
    None."""
    if obj is None and token.dep_ == "acl" and token.tag_ == "VBN":
        obj = token.head  # "the papers shared with Moscow"
    if obj is None or obj.lemma_.lower() not in detection_lexicon()["shared_things"]:
        return None
    # shared *with* a party ("share information gathered with allies"); information given out
    # about a topic ("to share information about visa processing") is a statement, no exchange
    holders = [token, obj] + [c for c in obj.children if c.dep_ in ("acl", "relcl")]
    if not any(c.dep_ == "prep" and c.lower_ == "with" for holder in holders for c in holder.children):
        return None
    return "COOPERATE", None, f"sharing '{lemma}' + '{obj.lemma_.lower()}'", [token, obj], 0.75


def _meets_standard(token: Token, lemma: str, obj: Optional[Token]) -> bool:
    """Whether "meet" has a standard, an obligation or a need as object (event_detection.yaml
    satisfying_verbs, satisfied_standards): "the Venezuelan regime meets its commitments", "meet the
    requirements" is to satisfy them (WordNet meet.v.04), no meeting (CAMEO 036 takes partners)."""
    words = detection_lexicon()
    if lemma not in words["satisfying_verbs"]:
        return False
    if obj is None and token.dep_ == "relcl" and token.head.pos_ == "NOUN":
        obj = token.head  # "the commitments it meets"
    return obj is not None and obj.lemma_.lower() in words["satisfied_standards"] and obj.ent_type_ == ""


def _accountability_supported(token: Token, lemma: str, obj: Optional[Token], lex: Lexicon
                              ) -> Optional[tuple]:
    """"support accountability for X" (event_detection.yaml accountability_nouns), also "support
    the pursuit of justice and accountability for X": X is the one to be held to account, as in
    "hold X accountable" (CAMEO 112, PLOVER DISAPPROVE/accuse), no one supported. The actor inside
    the "for" phrase is the target (``_targets``: actor inside the object)."""
    if lemma != "support" or obj is None or token.pos_ != "VERB":
        return None
    nouns = detection_lexicon()["accountability_nouns"]
    candidates = [obj, *obj.conjuncts] + [p for prep, p in _preps(obj).items() if prep == "of"]
    candidates += [c for p in list(candidates) for c in p.conjuncts]
    noun = next((c for c in candidates if c.lemma_.lower() in nouns), None)
    held = _preps(noun).get("for") if noun is not None else None
    if held is None:
        return None  # "support the pursuit of justice and accountability": nobody named, as before
    if not any(_is_actor(w, lex, allow_pronoun=False) for w in held.subtree):
        return ()  # "accountability for those who planned ... this crime": no one named, no event
    return "DISAPPROVE", "accuse", f"accountability supported '{lemma}' + '{noun.lemma_.lower()}'", [token, noun], 0.7


def _spends_time(token: Token, lemma: str, obj: Optional[Token]) -> bool:
    """Whether a verb of spending spends time (event_detection.yaml spending_verbs, time_nouns):
    "spent six months in the United States", "will spend the night in Poland", "the three days that
    we spent together", "spent 41 years in power". CAMEO 071 "SPEND (IN)" (economic aid) spends
    money in a place; WordNet's first sense of spend is "pass time", which gives nothing to anyone."""
    words = detection_lexicon()
    if lemma not in words["spending_verbs"]:
        return False
    if (obj is None or obj.tag_ in ("WDT", "WP")) and token.dep_ == "relcl":
        obj = token.head  # "the six hours (that) he spent in Cairo": the relative's noun
    if obj is None:
        return False
    return obj.ent_type_ in ("DATE", "TIME") or obj.lemma_.lower() in words["time_nouns"]


def _fulfils(token: Token, lemma: str, obj: Optional[Token]) -> bool:
    """Whether a verb of handing over is told with the preposition of fulfilment and no object
    (event_detection.yaml fulfilment_on_verbs: "deliver on the President's efforts", "deliver on
    our domestic renewal"): to do what was promised, nothing given to anyone (no CAMEO 07 AID)."""
    return lemma in detection_lexicon()["fulfilment_on_verbs"] and obj is None and any(
        c.dep_ in ("prep", "prt") and c.lower_ == "on" for c in token.children)


def _enacts_domestic_instrument(token: Token, lemma: str, obj: Optional[Token]) -> bool:
    """Whether a verb of signing enacts a law or order of the signer's own state (event_detection.yaml
    signing_verbs, domestic_instruments): "the Act, which President Biden signed into law", "signed
    an Executive Order that amends E.O. 13851", "the Appropriations Act signed into law by the
    President". PLOVER SUPPORT's signing is of "an agreement or treaty" (CAMEO 057 "sign formal
    agreement"), between parties; an enactment has none (the measures it imposes are events of
    their own, read off their own verbs)."""
    words = detection_lexicon()
    if lemma not in words["signing_verbs"]:
        return False
    into = _preps(token).get("into")
    if into is not None and into.lemma_.lower() in words["domestic_instruments"]:
        return True  # "signed (it) into law"
    signed = obj if obj is not None else (token.head if token.dep_ == "acl" and token.tag_ == "VBN" else None)
    return signed is not None and signed.pos_ in ("NOUN", "PROPN") and signed.lemma_.lower() in words["domestic_instruments"]


def _fleeing_complement(token: Token) -> Optional[tuple[str, Token]]:
    """(label, word) when a refuge verb with no object has a verb of flight as its complement: the
    parser's reading of "countries hosting fleeing Ukrainians" (the participle "fleeing" made the
    complement of "hosting", "Ukrainians" its object); else None."""
    for child in token.children:
        if child.dep_ in ("xcomp", "ccomp", "dobj") and child.lemma_.lower() in detection_lexicon()["flight_verbs"] \
                and child.tag_ == "VBG":
            people = next((c for c in child.children if c.dep_ == "dobj"), child)
            return f"{child.lower_} {people.lower_}" if people is not child else child.lower_, people
    return None


def _noun_participle(token: Token) -> bool:
    """A present participle with no subject of its own right after a noun ("countries in the region
    hosting ..."), which the parser hung on the main verb as an adverbial clause: it modifies the noun."""
    return token.dep_ == "advcl" and token.tag_ == "VBG" and token.i > 0 \
        and token.nbor(-1).pos_ in ("NOUN", "PROPN") and not _children(token, tuple(SUBJECT_DEPS))


def _agreed_wording(token: Token, lemma: str, obj: Optional[Token]) -> bool:
    """Agreement on a text's wording ("The text of the following statement was agreed upon by the
    ministers of sport", "agreed the wording of the communique"): a note on how a statement was
    drafted (event_detection.yaml agreed_wording_nouns), no promise to cooperate (PLOVER AGREE); the
    statement's own content carries the events."""
    if lemma != "agree":
        return False
    words = detection_lexicon()["agreed_wording_nouns"]
    themes = [c for c in token.children if c.dep_ in ("nsubjpass", "dobj")]
    themes += [p for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")
               for p in c.children if p.dep_ == "pobj"]
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in words for t in themes)


def _shared_view(token: Token, lemma: str) -> bool:
    """Agreement on a view, not to act: "agree that" + a copular clause with no future ("agreed that
    diplomacy is the best way to make progress", "agree that countering synthetic drugs must be a
    global policy priority") or "agree on the importance / need of" (event_detection.yaml
    shared_view_nouns). PETRARCH2 codes "AGREE (ON IMPORTANCE)" and "(ON NEED)" 019, CAMEO 01x
    "express accord", a public statement for which the CAMEO->PLOVER table has no type; PLOVER AGREE
    is an agreement, promise or offer to act. "agreed that our teams will stay engaged", "agreed that
    NATO would not expand" are promises and stay AGREE."""
    if lemma != "agree":
        return False
    words = detection_lexicon()
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "upon") and any(
                p.dep_ == "pobj" and p.lemma_.lower() in words["shared_view_nouns"] for p in child.children):
            return True
        if child.dep_ != "ccomp" or child.lemma_.lower() != "be":
            continue
        aux = {c.lower_ for c in child.children if c.dep_ == "aux"}
        if aux & {"will", "would", "shall", "'ll"}:
            continue  # "agreed that the next round will be in Geneva": a promise
        if any(c.dep_ in ("attr", "acomp") for c in child.children):
            return True
    return False


def _founded_body(lemma: str, obj: Optional[Token]) -> Optional[Token]:
    """The joint body a founding verb sets up ("launched the U.S.-EU Trade and Technology Council",
    "launched a new Indo-Pacific Partnership for Maritime Domain Awareness"; event_detection.yaml
    founding_verbs, founded_body_nouns), else None."""
    words = detection_lexicon()
    if obj is None or lemma not in words["founding_verbs"]:
        return None
    head = obj.lemma_.lower()
    return obj if head in words["founded_body_nouns"] or obj.lower_ in words["founded_body_nouns"] else None


def _founded_object(token: Token) -> bool:
    """Whether ``token`` (or the object it is a conjunct of) is the direct object of a founding
    verb ("create working groups", "establish a joint commission", "set up a task force";
    event_detection.yaml founding_verbs): a body brought into being by the act, not a party."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ not in ("dobj", "obj"):
        return False
    verb = token.head
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    founding = detection_lexicon()["founding_verbs"]
    return lemma in founding or (particle is not None and f"{lemma} {particle}" in founding)


def _approved_aid(token: Token, lemma: str, obj: Optional[Token], lex: Lexicon) -> Optional[Token]:
    """The aid noun an approving verb authorises ("approved $200 million in security assistance",
    "the total U.S. security assistance approved for Ukraine": the participle's noun), else None."""
    if lemma not in detection_lexicon()["aid_approval_verbs"]:
        return None
    noun = obj
    if noun is None and token.dep_ in ("acl", "relcl") and token.head.pos_ == "NOUN":
        noun = token.head
    if noun is not None and noun.ent_type_ == "MONEY":
        noun = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
                     for p in c.children if p.dep_ == "pobj"), noun)
    aid = lex.aid_nouns - {"support", "help", "payment", "credit", "supply"}
    return noun if noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() in aid else None


def _displaced_people(obj: Token) -> Optional[tuple[str, Token]]:
    """(label, noun) when an object is people in flight (event_detection.yaml displaced_nouns,
    flight_verbs): "15,000 migrants", "Ukrainian refugees", "displaced persons", "those fleeing
    Ukraine", "people who fled the war", also counted ("80 percent of the ... migrants"); else None."""
    words = detection_lexicon()
    for _ in range(2):
        # a quantity of them: "80 percent of the ... migrants", "hundreds of thousands of displaced persons"
        if not (obj.like_num or obj.pos_ == "NUM" or obj.lemma_.lower() in words["measure_part_nouns"]
                or obj.lemma_.lower() in words["quantity_nouns"]):
            break
        inner = [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        if not inner:
            break
        obj = inner[0]
    for noun in [obj] + list(obj.conjuncts):
        if noun.lemma_.lower() in words["displaced_nouns"] or noun.lower_ in words["displaced_nouns"]:
            return noun.lemma_.lower(), noun
        for child in noun.children:
            if child.dep_ in ("amod", "acl", "relcl", "compound") and child.lemma_.lower() in words["flight_verbs"]:
                return f"{noun.lower_} {child.lower_}", noun
    return None


def _recognition_sense(token: Token, lemma: str, obj: Optional[Token], lex: Lexicon
                       ) -> Optional[tuple]:
    """The sense of "recognize" from its object (event_detection.yaml recognition_*; WordNet's
    senses of the verb): an actor, or a status or claim of one ("recognize Kosovo", "recognize the
    independence of ...", "recognize the so-called republics as independent"), is the diplomatic
    act (PLOVER SUPPORT/recognize, CAMEO 054) and keeps the lexicon's reading: None; a merit
    ("recognized President Milei's ongoing efforts", "recognize the bravery of the Cuban people")
    is praise (WordNet "show approval or appreciation of"; PLOVER SUPPORT "commend", CAMEO 051):
    (type, mode, rule, words, confidence); any other thing ("recognizes the staggering human toll",
    "recognized his direct responsibility", "recognizing the autonomy of sporting organizations")
    is a fact acknowledged, no event: ()."""
    words = detection_lexicon()
    if lemma not in words["recognition_verbs"] or obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    noun = obj.lemma_.lower()
    if _is_actor(obj, lex, allow_pronoun=True) or noun in words["recognition_status_nouns"] \
            or "as" in _preps(token) or any(c.dep_ == "oprd" for c in token.children):
        return None
    merits = [obj] + list(obj.conjuncts)
    merit = next((m for m in merits if m.lemma_.lower() in words["merit_nouns"]), None)
    if merit is not None:
        return "SUPPORT", "praise", f"'{lemma}' + merit '{merit.lemma_.lower()}' (praise)", [token], 0.75
    return ()


def _shows_not_protests(token: Token, lemma: str, obj: Optional[Token]) -> bool:
    """Whether a protest verb that is only intransitive in that sense (event_detection.yaml
    intransitive_protest_verbs: "students demonstrated outside the embassy") is used in its
    transitive sense, to show: with an object ("demonstrated its commitment"), a clause
    ("demonstrated that ..."), or in the passive ("as demonstrated by these visa actions")."""
    if lemma not in detection_lexicon()["intransitive_protest_verbs"]:
        return False
    return obj is not None or any(c.dep_ in ("agent", "auxpass", "ccomp", "nsubjpass") for c in token.children) \
        or (token.tag_ == "VBN" and not any(c.dep_ == "aux" for c in token.children))


def _means_relative(token: Token) -> bool:
    """An infinitive on a noun of means, which the parser reads as a relative clause: "adopt
    measures *to suspend* the countermeasures", "took steps to impose". Its agent is whoever takes
    the measures; on other nouns ("a reason to accuse", "a mission to examine", "in a position
    to make concessions") the infinitive names no act of the clause's subject. The parser labels
    the infinitive ``relcl`` or ``acl`` ("is taking action to impose visa restrictions")."""
    return token.dep_ in ("relcl", "acl") and token.head.lemma_.lower() in detection_lexicon()["means_nouns"] \
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in token.children)


def _controller(token: Token, lex: Lexicon) -> Optional[Token]:
    """The implicit agent of a non-finite act: the possessor of the noun it completes ("the
    United States' commitment to support X") or the subject of the clause it hangs from ("X
    remains committed to supporting Y", "X did well pushing back against Y"); None when the
    nearest such clause's subject is no actor."""
    node = token
    for _ in range(5):
        # "measures to suspend the countermeasures": the parser makes an infinitival relative
        # of a purpose infinitive; its agent is the one who takes the measures
        infinitival_relative = _means_relative(node)
        measure_object = node.dep_ in ("dobj", "obj") and node.i != token.i and node.pos_ == "NOUN" \
            and any(_means_relative(c) for c in node.children)
        if (node.dep_ not in _CONTROL_DEPS and not infinitival_relative and not measure_object) \
                or node.head.i == node.i:
            return None
        head = node.head
        if node.dep_ in ("prep", "conj") and node.pos_ == "ADP" and head.pos_ == "VERB" and (
                node.lower_ == "for" or (node.lower_ == "on" and _credits_object(head))):
            # "thanked Argentina for speaking out", "praised Kenya for leading the mission",
            # "condemned Russia for attacking ...", "has charged him for his role in ... and for
            # murdering ...": the one thanked, praised, blamed or charged for an act did it
            # (CAMEO 051 praise / 111 criticize / 112 accuse: the object is the actor credited;
            # a pronoun is resolved by coreference), never the one who blames
            credited = _children(head, ("dobj", "obj"))
            if credited:
                return credited[0] if _is_actor(credited[0], lex) else None
            if node.dep_ == "conj":
                return None  # a second "for" coordinated with the first: no act of the subject
        if node.dep_ == "prep" and node.lower_ == "of" and head.pos_ == "VERB" \
                and head.lemma_.lower() in detection_lexicon()["charging_verbs"]:
            # "the State Department accused Iran of supplying drones to Russia": the one charged
            # with the act is its doer (object control, event_detection.yaml charging_verbs); the
            # accuser only alleges it (the status rules make the act claimed)
            charged = _children(head, ("dobj", "obj", "nsubjpass"))
            if charged:
                return charged[0] if _is_actor(charged[0], lex) else None
        if head.pos_ in ("NOUN", "PROPN"):
            owners = [c for c in head.children if c.dep_ == "poss" and _is_actor(c, lex, allow_pronoun=False)]
            if owners:
                return owners[0]
            if _generic_effort_infinitive(node):
                return None  # "any attempts to annex ...": an attempt by anyone, no agent named
            if node.dep_ == "conj" and node.tag_ == "VBG":
                # "attacks on civil society, and *increasing* security cooperation with Russia": a
                # gerund coordinated with a noun is a nominal list item (coordination joins like
                # constituents); the clause around the list does not control it
                return None
            if node.dep_ in ("acl", "relcl") and noun_lemma(head) in detection_lexicon()["control_nouns"] \
                    and not any(c.dep_ == "amod" and c.lower_ in detection_lexicon()["control_unrealised"]
                                for c in head.children):
                # "the decision of the Hermit Kingdom to arrest X", "the attempt by the junta to
                # arrest ...": a control noun's "of" / "by" phrase is its agent, who does the
                # act of its infinitive (event_detection.yaml control_nouns)
                for prep in ("by", "of"):
                    agent = _preps(head).get(prep)
                    if agent is not None and agent.i < node.i and _is_actor(agent, lex, allow_pronoun=False) \
                            and agent.lemma_.lower() not in lex.nouns:
                        return agent
                # "the Russian decision to attack Ukraine": a state named before the control noun is
                # its agent as a possessor is (NomBank ARG0 of a prenominal modifier, _state_premodifier)
                state = _state_premodifier(head)
                if state is not None and _is_actor(state, lex, allow_pronoun=False):
                    return state
        elif head.pos_ in ("VERB", "AUX"):
            subjects = _children(head, SUBJECT_DEPS)
            if subjects:
                return subjects[0] if _is_actor(subjects[0], lex, allow_pronoun=False) else None
        node = head
    return None


def _event_noun_owner(participle: Token, lex: Lexicon) -> Optional[Token]:
    """The agent of a passive participle on an act noun without a "by" phrase: the act noun's
    possessor (NomBank: the possessor of a nominalised verb is its ARG0), "its humanitarian
    assistance provided to Ukraine" -> its. A noun inside an "including" / "like" phrase names a
    kind of the act noun it hangs on, done by that noun's possessor ("its ironclad support,
    including ... assistance provided to Ukraine"; event_detection.yaml kind_preps). The act noun
    is an event noun of the lexicon or a stance noun (restated_stances); a possessor of any other
    noun is no agent ("its citizens detained in Russia"). A state named before the act noun is
    its agent as a possessor is (``_state_premodifier``). Returns the possessor (a pronoun: the
    one a "for" phrase of thanks or blame credits, ``_credited_owner``) or None."""
    if participle.dep_ != "acl" or participle.tag_ != "VBN" or _has_agent(participle):
        return None
    words = detection_lexicon()
    noun = participle.head
    def act_noun(token: Token) -> bool:
        return token.pos_ == "NOUN" and (noun_lemma(token) in lex.nouns or token.lemma_.lower() in words["restated_stances"])

    for _ in range(2):
        if not act_noun(noun):
            # "U.S. security, humanitarian, and economic assistance provided to Ukraine": the
            # parser takes the first of coordinated kind modifiers for the head and hangs the act
            # noun on it as a conjunct; the state before the list modifies the whole phrase
            listed = noun.pos_ == "NOUN" and any(
                t.dep_ == "conj" and act_noun(t) and all(w.dep_ in ("conj", "cc", "punct", "amod", "compound")
                                                         for w in noun.doc[noun.i + 1: t.i])
                for t in noun.subtree if t.i > noun.i)
            state = _state_premodifier(noun) if listed else None
            return state
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ in POSSESSIVE_PRONOUNS:
            # (only where thanks or blame credit someone with the act: "asked Japan for its
            # assistance" leaves open whose the assistance is, so no agent is guessed)
            return _credited_owner(owner, lex)
        if owner is not None:
            return owner if _is_actor(owner, lex, allow_pronoun=False) else None
        state = _state_premodifier(noun)
        if state is not None:
            return state
        if not (noun.dep_ == "pobj" and noun.head.lower_ in words["kind_preps"]):
            return None
        noun = noun.head.head  # "support, including assistance": the whole the kind belongs to
    return None


DEMONSTRATIVES = frozenset({"this", "these", "that", "those"})


def _force_act_commented(trigger: Trigger, subject: Token, lex: Lexicon) -> Optional[Token]:
    """The force act noun a comment clause on its victim describes: in "Russia must stop its
    ongoing assault against Ukraine, *which* has dramatically impacted the civilian population and
    *destroyed* civilian infrastructure" the parser hangs the "which" clause on "Ukraine", the
    object of the act noun's "against" / "on" phrase, and ``_subject`` gives the victim as doer.
    A force act (PLOVER ASSAULT / COERCE, ``PATIENT_TYPES``) told of the victim of a force act in
    the same noun phrase is the act's own effect: "which" can stand for a thing or an act (never
    "who"), and a non-restrictive clause (after a comma) may comment on the whole noun phrase, so
    its doer is the act noun's doer (``_commented_act_doer``). None unless the trigger and the act
    noun are both of a force type, the clause is a comma "which" clause agreeing in number with
    the act noun, and its antecedent is the act noun's "against" / "on" object (``PATIENT_PREPS``)
    or the "of" owner in it ("violence against the people of Ukraine, which ...")."""
    if trigger.event_type not in PATIENT_TYPES or subject.dep_ != "pobj":
        return None
    clause = trigger.head
    while clause.dep_ in ("conj", "xcomp") and clause.head.pos_ in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl" or clause.head.i != subject.i:
        return None
    pronoun = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    if pronoun is None or pronoun.lower_ != "which" or pronoun.i == 0 or pronoun.doc[pronoun.i - 1].text != ",":
        return None
    victim = subject
    while victim.head.lower_ == "of" and victim.head.head.dep_ == "pobj":
        victim = victim.head.head  # "against the people of Ukraine": the people are the victim
    if victim.dep_ != "pobj" or victim.head.lower_ not in PATIENT_PREPS:
        return None
    act = victim.head.head
    if act.pos_ != "NOUN" or lex.nouns.get(noun_lemma(act), (None,))[0] not in PATIENT_TYPES:
        return None
    singular = clause.tag_ == "VBZ" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in _SINGULAR_AUX
                                           for c in clause.children)
    if singular and act.tag_ == "NNS":
        return None  # "the attacks on Kharkiv, which has ...": the verb agrees with the place
    return act


def _commented_act_doer(act: Token, lex: Lexicon) -> Optional[Token]:
    """The doer of a force act noun (``_act_doer``: its possessor or "by" agent); a possessor
    pronoun stands for the subject of the clause whose object holds the act: "Russia must stop
    *its* assault" -> Russia (English grammar: a possessive pronoun in an object is read with the
    clause's subject when that subject agrees with it: a singular non-person for "its", a person
    for "his" / "her", a plural for "their"). None when the pronoun has no such subject."""
    owner = next((c for c in act.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ not in POSSESSIVE_PRONOUNS:
        return _act_doer(act, lex)
    if act.dep_ not in ("dobj", "obj"):
        return None
    subject, passive = _subject(act.head)
    if passive or subject is None or not _is_actor(subject, lex, allow_pronoun=False):
        return None
    plural = subject.tag_ in ("NNS", "NNPS") or bool(_children(subject, ("conj",)))
    person = subject.ent_type_ == "PERSON"
    agrees = plural if owner.lower_ == "their" else (not plural and person == (owner.lower_ != "its"))
    return subject if agrees else None


def _restated_act_agent(subject: Token, lex: Lexicon) -> Optional[Token]:
    """The agent of the act a demonstrative act-noun subject restates from the sentence before:
    "On October 1, Iran launched a ballistic missile attack against Israel. This attack targeted
    Israel's most populated city" -> Iran. English anaphora: "this / these" + a noun repeats the
    noun's referent (a definite description), so the restated act has the agent the earlier
    mention gives: its possessor ("Iran's missile attack"), its "by" phrase, or the subject of
    the verb it is the object of ("Iran launched an attack"). Only an act noun (the trigger
    lexicon's nouns, a hostile noun) of the same lemma; None when the sentence before names no
    such agent."""
    if subject is None or subject.pos_ != "NOUN" \
            or not any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in subject.children) \
            or not (noun_lemma(subject) in lex.nouns or _is_hostile_noun(subject, lex)):
        return None
    sent = subject.sent
    if sent.start == 0:
        return None
    lemma = subject.lemma_.lower()
    for token in subject.doc[sent.start - 1].sent:
        if token.pos_ != "NOUN" or token.lemma_.lower() != lemma:
            continue
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is not None and _is_actor(owner, lex, allow_pronoun=False):
            return owner
        agent = _preps(token).get("by")
        if agent is not None and _is_actor(agent, lex, allow_pronoun=False):
            return agent
        if token.dep_ in ("dobj", "obj") and token.head.pos_ == "VERB":
            doer = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            if doer is not None and _is_actor(doer, lex, allow_pronoun=False):
                return doer
    return None


def _state_premodifier(noun: Token) -> Optional[Token]:
    """A state named before an act noun, as its agent ("U.S. security assistance", "American
    aid"; NomBank marks such a prenominal modifier of a nominalisation ARG0 as it does a
    possessor), on the noun or on a compound of it; None when there is none."""
    words = [noun] + [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    return next((c for w in words for c in w.children if c.i < noun.i
                 and c.dep_ in ("compound", "nmod", "amod") and c.ent_type_ in ("GPE", "NORP")), None)


def _credited_owner(pronoun: Token, lex: Lexicon) -> Optional[Token]:
    """Whom a possessor pronoun inside a "for" phrase of thanks or blame stands for: the one
    thanked ("thank Japan for its assistance" -> Japan; "grateful to our strategic partner, the
    United States, for its support" -> United States, the name in apposition to the noun the
    phrase hangs on), as CAMEO 051 / 111 credit the object with the act (``_controller``). None
    when no "for" phrase holds the pronoun or no actor is credited."""
    prep = next((a for a in pronoun.ancestors if a.dep_ == "prep" and a.lower_ == "for"), None)
    crediting = _crediting_words()
    if prep is None or not any(w.lemma_.lower() in crediting for w in [prep.head, *list(prep.head.ancestors)[:3]]):
        return None
    head = prep.head
    if head.pos_ == "VERB":
        credited = _children(head, ("dobj", "obj"))
    elif head.pos_ == "ADJ":
        credited = [o for p in _children(head, ("prep",)) if p.lower_ == "to" for o in _children(p, ("pobj",))]
    else:
        credited = [head]
    if not credited:
        return None
    named = next((c for c in credited[0].children if c.dep_ == "appos" and c.ent_type_ in ACTOR_ENT_LABELS), None)
    found = named or credited[0]
    return found if _is_actor(found, lex, allow_pronoun=False) else None


def _appositive_event_owner(predicate: Token, event_type: str, lex: Lexicon) -> Optional[Token]:
    """The agent of a subjectless gerund set off by a comma after an event noun of its own type,
    which restates that noun ("President Biden's summit, meeting with President Putin"; the
    parser hangs the gerund on the main verb): the noun's possessor (NomBank ARG0 of the
    nominalised act). Only a named actor (no pronoun) and only the same PLOVER type, else None."""
    if predicate.tag_ != "VBG" or _children(predicate, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS):
        return None
    start = predicate.left_edge.i
    if start < 2 or predicate.doc[start - 1].text != ",":
        return None
    noun = predicate.doc[start - 2]
    code = lex.nouns.get(noun_lemma(noun)) if noun.pos_ == "NOUN" else None
    if code is None or code[0] != event_type:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return owner if owner is not None and _is_actor(owner, lex, allow_pronoun=False) else None


def _actor_span(token: Token) -> tuple[int, int]:
    """Character span of the best noun phrase for an actor token."""
    elliptical = elliptical_member_span(token)
    if elliptical is not None:
        return elliptical  # "North and South Korea": each state apart, not the NER's one place
    ent = _entity_of(token)
    if ent is not None and ent.label_ in ACTOR_ENT_LABELS:
        start, end = ent.start, ent.end
    else:
        start, end = token.i, token.i + 1
        for child in token.lefts:
            if child.dep_ in ("compound", "amod", "nmod", "poss", "nummod") and child.i < start:
                start = child.left_edge.i
    # an actor noun specified by a place or organisation: "Security forces in Guinea"
    # (a named actor is specified by "of" only: "President Herzog of Israel"; "in Munich" after a
    # name is where the event happened, not who acted)
    specifiers = ("of",) if (ent is not None and ent.label_ in ACTOR_ENT_LABELS) or _titled_person_name(token) \
        else ("of", "in", "from")
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in specifiers:
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.ent_type_ in ACTOR_ENT_LABELS:
                    obj_ent = _entity_of(obj)
                    end = max(end, obj_ent.end if obj_ent is not None else obj.i + 1)
                elif obj.dep_ == "pobj" and ent is None and token.lemma_.lower() in _RELATIONAL_NOUNS \
                        and obj.lemma_.lower() in load_lexicon().actor_nouns:
                    # "family members of Nicaraguan officials", "several members of the Ortega
                    # regime": a member is named by the body or people it belongs to, which also
                    # gives the state it acts for
                    end = max(end, obj.i + 1)
    # a title with its holder in apposition: "Counselor of the Department Derek Chollet"
    if ent is None:
        for child in token.rights:
            if child.dep_ == "appos" and child.ent_type_ in ACTOR_ENT_LABELS:
                appos_ent = _entity_of(child)
                end = max(end, appos_ent.end if appos_ent is not None else child.i + 1)
    if _displaced_demonstrative(token):
        # "those who have fled Venezuela": the clause says who "those" are (and the place fled
        # gives the state they are of), so the span runs to its end
        clause = next(c for c in token.children if c.dep_ in ("relcl", "acl"))
        # (not into a verb the parser coordinated with the clause's own: "welcomed those
        # fleeing the war and welcome the EU's decision" ends at "war")
        own = [c.right_edge.i for c in clause.children if c.dep_ not in ("conj", "cc") and c.i > clause.i]
        end = max(end, max(own + [clause.i]) + 1)
        while end - 1 > start and token.doc[end - 1].is_punct:
            end -= 1
    if _unsectored_noun(token):
        # one group named by conjoined kinds ("allies and partners"; see _with_conjuncts)
        # (not across a clause on the first noun: "a key Nicaraguan entity that is central to the
        # mining sector that directly benefits the Ortega-Murillo regime, as well as an individual"
        # would take the regime's name into the group's span)
        for conjunct in token.conjuncts:
            clause = any(c.dep_ in ("relcl", "acl") and c.i < conjunct.i for c in token.rights)
            if conjunct.i > token.i and not clause and _unsectored_noun(conjunct) and _is_actor(conjunct, load_lexicon()):
                end = max(end, conjunct.i + 1)
    doc = token.doc
    while start < end - 1 and doc[start].dep_ in ("det", "punct", "cc"):
        start += 1
    while end - 1 > start and doc[end - 1].tag_ == "POS":
        end -= 1  # "Ronald Reagan’s visit": the actor without its possessive ending
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def _titled_person_name(token: Token) -> bool:
    """A person's name the NER missed, known by the title before it ("Ukrainian Minister of
    Defence Oleksii Reznikov": the name heads the phrase, the title its modifier; roles' title
    heads): a person, whom "in Warsaw" after the name does not specify but places (the venue)."""
    return token.pos_ == "PROPN" and (_is_person(token) or any(
        c.dep_ in ("compound", "nmod", "appos") and _title_head(c) for c in token.lefts))


def _sent_personnel(token: Token, predicate: Token) -> bool:
    """Whether ``token`` is a class of people as the object of a verb of sending ("sending experts
    from the TSA", "deployed a team of officials"; event_detection.yaml dispatch_verbs,
    sent_personnel_nouns): what is sent, not who receives it. A named actor is no class ("sent
    the Coast Guard"); a verb of handing over is left out, its object can be the receiver
    ("provide staff with training")."""
    words = detection_lexicon()
    if predicate.lemma_.lower() not in words["dispatch_verbs"]:
        return False
    return token.pos_ == "NOUN" and token.ent_type_ not in ACTOR_ENT_LABELS \
        and noun_lemma(token) in words["sent_personnel_nouns"]


def _own_forces(token: Token) -> bool:
    """A noun of armed forces ("troops", "150,000 soldiers", "Airmen", "the 82nd Airborne
    Division"): the project's force nouns and Phoenix's MIL sector agents."""
    found = agent_sector(token.text)
    return noun_lemma(token) in FORCE_NOUNS or (found is not None and found.sector == "MIL")


def _shared_object(predicate: Token) -> Optional[Token]:
    """The object a verb shares with the verbs conjoined right after it ("has arrested and
    prosecuted dozens of cartel leaders", "continue to detain, harass, and threaten mothers of
    protesters"): the parser hangs it on the last verb only. Only where nothing but commas,
    conjunctions, adverbs and bare conjoined verbs stands between the verb and that object."""
    if any(c.dep_ in ("dobj", "obj") for c in predicate.children) or predicate.pos_ != "VERB":
        return None
    doc = predicate.doc
    for j in range(predicate.i + 1, min(len(doc), predicate.i + 10)):
        word = doc[j]
        if word.dep_ in ("punct", "cc") or word.pos_ == "ADV":
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


def _others_first_person(owner: Token, subject: Optional[Token], trigger: Trigger, lex: Lexicon,
                         passive: bool) -> bool:
    """Whether the possessor ``owner`` of the object is a first-person "our" that is not the
    source's own: a named or nominal subject ("Russia", "the regime") doing a hostile act
    (not one of PLOVER's cooperative types) to what "we" own ("derided our warnings", "were
    bombing our cities"). A first-person subject's "our" is its own ("we withdrew our
    troops"), and so is the possession in a cooperative act ("reaffirmed our commitment")."""
    from newsgraph.resolve.actors import first_person_plural

    return (owner.lower_ in first_person_plural() and owner.tag_ == "PRP$" and not passive
            and trigger.event_type not in lex.cooperative
            and subject is not None and subject.pos_ != "PRON" and not _with_conjuncts(subject)[1:])
    # ("the United States and China issued our Glasgow Joint Declaration": "our" is theirs)


def _complex_prep_actor(heads: list[Token], nouns: frozenset, lex: Lexicon) -> Optional[tuple[Token, str]]:
    """(actor, rule) named by a complex preposition "in NOUN of / to / with / for X" on one of
    ``heads`` ("in support of Ukraine", "in response to Russian aggression"), NOUN in ``nouns``:
    X itself, or the actor inside it (possessor, nationality, "of" phrase)."""
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            noun = next((c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in nouns), None)
            if noun is None:
                continue
            for inner in ("of", "to", "with", "for"):
                obj = _preps(noun).get(inner)
                if obj is None:
                    continue
                found = obj if _is_actor(obj, lex, allow_pronoun=False) and obj.lemma_.lower() not in lex.nouns \
                    else _actor_inside(obj, lex)
                if found is not None:
                    return found, f"pobj '{inner}' of 'in {noun.lower_}'"
    return None


def _purpose_beneficiary(predicate: Token, lex: Lexicon, subject: Optional[Token]) -> Optional[Token]:
    """Whom aid given for a stated purpose is for (PLOVER AID's recipient): the actor inside a
    subjectless to-infinitive purpose clause on the giving verb ("providing vital security
    assistance to support Ukraine's defense"), or the one a purpose "help / enable" names
    ("provide assistance to help Ukraine respond to ...": Ukraine is helped), or the partner the
    people sent work with ("sending experts ... to work with their Haitian counterparts")."""
    if not _children(predicate, ("dobj", "obj")):
        return None  # no aid given ("soldiers came there to participate with the United States")
    for clause in predicate.children:
        if clause.dep_ != "advcl" or clause.tag_ != "VB" or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) or _children(clause, SUBJECT_DEPS):
            continue
        if clause.lemma_.lower() in ENABLING_VERBS:
            for inner in clause.children:
                helped = _children(inner, SUBJECT_DEPS) if inner.dep_ in ("ccomp", "xcomp") else []
                if helped and _is_actor(helped[0], lex, allow_pronoun=False):
                    return helped[0]
        partners = [p for prep in clause.children if prep.dep_ == "prep" and prep.lower_ == "with"
                    for p in _children(prep, ("pobj",))]
        for obj in [o for d in _children(clause, ("dobj", "obj")) + partners for o in [d] + list(d.conjuncts)]:
            # (or its partner: "sending experts ... to work with their Haitian counterparts", the
            # people sent work with the recipient's own)
            # the purpose's object, its owner ("Ukraine's defense"), its "of / for" phrase ("the
            # capacity of the Haitian National Police", "textbooks for Ukrainian students") or its
            # nationality ("Ukrainian students"); not a name inside a compound ("COVID-19 needs")
            for word in [obj] + [c for c in obj.children if c.dep_ == "poss"] + [
                    p for prep in obj.children if prep.dep_ == "prep" and prep.lower_ in ("of", "for")
                    for p in prep.children if p.dep_ == "pobj"]:
                if _is_actor(word, lex, allow_pronoun=False) and word.lemma_.lower() not in lex.nouns and (
                        word.pos_ == "PROPN" or word.ent_type_ in ACTOR_ENT_LABELS):
                    # (a name: a common noun is a use or a thing as often as a party, "for vaccine
                    # administration", "emergency food assistance and complementary services")
                    return word
                nationality = next((c for c in word.children if c.dep_ in ("amod", "compound")
                                    and c.ent_type_ in ("GPE", "NORP")), None)
                if nationality is not None and word.pos_ == "NOUN" and word.tag_ == "NNS":
                    return nationality
    return None


def _promised_aid(trigger: Trigger) -> bool:
    """Whether the trigger is a promise or announcement of aid (AGREE with an aid mode: "intends
    to provide an additional $100 million in assistance", "will announce a new package")."""
    return trigger.event_type == "AGREE" and (trigger.mode or "").startswith("aid")


def _promised_aid_beneficiary(predicate: Token, trigger: Trigger, lex: Lexicon,
                              subject: Optional[Token]) -> Optional[Token]:
    """Whom promised aid is for where the promise names no recipient itself: the beneficiary of
    the purpose clause on the verb of giving the promise governs ("The United States intends to
    provide an additional $100 million in civilian security assistance *to enhance the capacity
    of the Ukrainian Ministry of Internal Affairs*", "will announce a significant new package
    ... *to help Ukraine protect* its people"), as for the aid itself (``_purpose_beneficiary``:
    PLOVER AID's recipient; an AGREE to give aid is to the same party). The purpose may hang on
    the promising verb or on the giving verb below it (xcomp)."""
    verbs = [predicate] + [w for w in trigger.words if w.pos_ == "VERB" and w.i != predicate.i]
    for verb in verbs:
        helped = _purpose_beneficiary(verb, lex, subject)
        if helped is not None:
            return helped
    return None


HARMED_PURPOSE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})


def _talk_partner(predicate: Token, lex: Lexicon) -> Optional[Token]:
    """Whom a verbal act with no target of its own was addressed to, told by the talks it was
    voiced in ("proposed this Strategic Dialogue during her meeting with President Xiomara
    Castro", "in a call with X"): the named actor "with" a talk noun (event_detection.yaml
    talk_occasion_nouns) under "during / in / at" on the verb. None otherwise."""
    for prep in predicate.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("during", "in", "at"):
            continue
        for occasion in _children(prep, ("pobj",)):
            if occasion.lemma_.lower() not in detection_lexicon()["talk_occasion_nouns"]:
                continue
            partner = _preps(occasion).get("with")
            if partner is not None and _is_actor(partner, lex, allow_pronoun=False):
                return partner
    return None


def _spoken_purpose_partner(predicate: Token, lex: Lexicon) -> Optional[Token]:
    """Whom a stance said in a call or meeting was addressed to where the stance names no one
    itself: the named partner "with" the call or meeting verb whose subjectless to-infinitive
    purpose the stance is ("spoke by phone with Ukrainian Foreign Minister Kuleba *to express his
    condolences* over the deaths of ...", "met with Admiral Rocha *to express appreciation* for
    the progress ...", "spoke with Kuleba *to offer support* and condemn ..."). The readout tells
    the words as said to the one talked with (PLOVER SUPPORT: "the recipient is the one
    supported"; CAMEO 018/051 "make empathetic comment / praise": to whom), like
    ``_talk_partner``'s "during his meeting with X". The host verb is one of
    event_detection.yaml spoken_purpose_hosts; a conjunct purpose ("to offer support and
    condemn") reaches it through the first one. Only a named actor (no pronoun). None otherwise."""
    clause = predicate
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
    if clause.dep_ not in ("advcl", "xcomp") or _children(clause, SUBJECT_DEPS) or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    host = clause.head
    if host.pos_ != "VERB" or verb_lemma(host, lex) not in detection_lexicon()["spoken_purpose_hosts"]:
        return None
    partner = _preps(host).get("with")
    if partner is not None and _is_actor(partner, lex, allow_pronoun=False):
        return partner
    return None


def _harmed_by_purpose(predicate: Token, lex: Lexicon) -> Optional[Token]:
    """Whom a hostile act with no actor patient is aimed at, told by its harming purpose ("launched
    cyber attacks against commercial satellite networks to disrupt Ukrainian command and control"):
    the named state or party that owns ("Ukraine's grid") or qualifies ("Ukrainian command") the
    object of a subjectless to-infinitive purpose whose verb impairs (event_detection.yaml
    impairing_verbs). None when there is no such purpose or it names no one."""
    for clause in predicate.children:
        if clause.dep_ != "advcl" or clause.pos_ != "VERB" or _children(clause, SUBJECT_DEPS) or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) \
                or clause.lemma_.lower() not in detection_lexicon()["impairing_verbs"]:
            continue
        for obj in _children(clause, ("dobj", "obj")):
            if _is_actor(obj, lex, allow_pronoun=False) and obj.lemma_.lower() not in lex.nouns:
                return obj
            for word in obj.children:
                if (word.dep_ == "poss" or (word.dep_ in ("amod", "compound", "nmod") and word.i < obj.i)) \
                        and word.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") and _is_actor(word, lex, allow_pronoun=False):
                    return word
    return None


# the stances said in a call or meeting that are addressed to its partner (praise, condolences,
# support, commitments: PLOVER SUPPORT / AGREE to the one talked with); a criticism said in a call
# is of whom it condemns ("spoke with Kuleba to condemn Russia's attacks"), never of the partner
SPOKEN_PURPOSE_ADDRESSED_TYPES = frozenset({"SUPPORT", "AGREE"})

# the types a protest verb of a gathering's purpose codes on its own ("protest / condemn the
# government's decision": CAMEO 11x disapprove); as a demonstration's purpose it names whom the
# demonstration is against
PROTESTED_PURPOSE_TYPES = frozenset({"PROTEST", "DISAPPROVE", "REJECT"})
# material measures whose "to hold X accountable" purpose names whom they are aimed at
# ("imposing severe costs to hold Russia accountable": SANCTION on Russia, PLOVER "all reductions in
# existing, routine, or cooperative relations"); the purpose is no DISAPPROVE of its own
ACCOUNTABLE_MEASURE_TYPES = frozenset({"SANCTION", "COERCE"})


def _purpose_act_target(predicate: Token, trigger: Trigger, lex: Lexicon,
                        subject: Optional[Token]) -> Optional[tuple[list[Token], str]]:
    """(targets, rule) of an act whose own target is only named in its purpose clause: a
    subjectless to-infinitive purpose of the same PLOVER type ("speaking out to support democracy
    in Venezuela and *condemn Russia's war*", "marched to protest the government's cuts"). The
    purpose act is no event of its own (``_embedding_frame``: the purpose of an act that is an
    event), so the act done is the one the purpose describes, aimed at the purpose's target.
    Only one level deep, and only the same type: a purpose of another kind ("deployed troops
    to help") names a goal, not whom the act itself is aimed at."""
    for clause in predicate.children:
        if clause.dep_ != "advcl" or clause.pos_ != "VERB" or _children(clause, SUBJECT_DEPS) or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            continue
        for verb in [clause] + [c for c in clause.conjuncts if c.i > clause.i and c.pos_ == "VERB"
                                and not _children(c, SUBJECT_DEPS)]:
            inner = _match_trigger(verb, lex)
            if inner is None or inner.token.i == predicate.i or not (
                    inner.event_type == trigger.event_type or (
                        trigger.event_type == "PROTEST" and inner.event_type in PROTESTED_PURPOSE_TYPES
                        and verb.lemma_.lower() in lex.protest_verbs) or (
                        trigger.event_type in ACCOUNTABLE_MEASURE_TYPES
                        and inner.rule.startswith(HOLDING_TO_ACCOUNT))):
                # (a gathering held "to protest the government's decision" is aimed at whom the
                # protest is against, though "protest + decision" alone codes CAMEO 114: PLOVER
                # PROTEST's target is the party protested against; costs imposed "to hold Russia
                # accountable" are imposed on Russia: the measure is the act, its purpose says
                # whom it is aimed at, no second DISAPPROVE)
                continue
            found, rule = _targets(inner.token, inner, lex, False, subject)
            if found and rule != PLACE_IN_RULE:
                # (a place the purpose act happens in, "to restore institutions in Venezuela", is
                # no one the act itself is aimed at)
                return found, f"{rule} of the purpose '{verb.lemma_}'"
    return None


# the force a mobilisation can be for, whose victim makes clear against whom it is aimed
HOSTILE_PURPOSE_TYPES = frozenset({"ASSAULT", "COERCE"})


def _mobilized_against(predicate: Token, lex: Lexicon) -> Optional[Token]:
    """Against whom a mobilisation is aimed where its purpose names an act of force: a
    subjectless to-infinitive ("Russia was mobilizing to invade Ukraine") or a "for" phrase whose
    noun is one ("mobilizing for military aggression against Ukraine"). PLOVER MOBILIZE: the
    recipient is whom the actor mobilizes against "if that is clear", and the act of force it is
    for makes it so. The purpose's direct object or the act noun's "against / on / of" object, a named
    actor only (a place or thing is where, not whom); None otherwise."""
    for clause in predicate.children:
        if clause.dep_ in ("advcl", "xcomp") and clause.pos_ == "VERB" and not _children(clause, SUBJECT_DEPS) \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            inner = _match_trigger(clause, lex)
            if inner is None or inner.event_type not in HOSTILE_PURPOSE_TYPES:
                continue
            for obj in _children(clause, ("dobj", "obj")):
                if _is_actor(obj, lex, allow_pronoun=False) and obj.ent_type_ in ACTOR_ENT_LABELS:
                    return obj
        if clause.dep_ == "prep" and clause.lower_ == "for":
            for act in _children(clause, ("pobj",)):
                if _parse_noun_type(lex, act) not in HOSTILE_PURPOSE_TYPES \
                        and noun_lemma(act) not in detection_lexicon()["rejected_violence_nouns"]:
                    # (a violent act named as a whole, "mobilizing for military aggression / a war
                    # against Ukraine", is one of force though the trigger lexicon codes no event
                    # for the noun: event_detection.yaml rejected_violence_nouns, the CAMEO 19x/20x
                    # and PLOVER ASSAULT acts)
                    continue
                for prep in ("against", "on", "of"):  # ("an invasion of Ukraine": the objective "of")
                    victim = _preps(act).get(prep)
                    if victim is not None and _is_actor(victim, lex, allow_pronoun=False) \
                            and victim.ent_type_ in ACTOR_ENT_LABELS:
                        return victim
    return None


SHARED_HEAD_NOTE = " (the head its coordinated modifiers share)"

# the acts with a partner, named by "with" (PLOVER CONSULT/COOPERATE "with", AGREE "agree with")
PARTNERED_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})

# nouns of an "of" chain followed below a discussed topic to the "with" phrase the parser hangs
# on its last noun
_OF_CHAIN_DEPTH = 2


def _with_down_of_chain(topic: Token) -> Optional[Token]:
    """The object of a "with" phrase the parser hung on a noun down the topic's "of" chain
    ("negotiated the resumption of counternarcotics cooperation *with the PRC*", "discussed the
    future of relations with Japan"): a discussion's partner, as when it hangs on the topic itself
    ("discussed the war with Kuleba"; PLOVER CONSULT/COOPERATE: the partner is "with" X). Only
    "of" links (the noun the topic is of), at most ``_OF_CHAIN_DEPTH``; None otherwise."""
    noun = topic
    for _ in range(_OF_CHAIN_DEPTH):
        inner = _preps(noun).get("of")
        if inner is None or inner.pos_ != "NOUN":
            return None
        partner = _preps(inner).get("with")
        if partner is not None:
            return partner
        noun = inner
    return None


def _met_with(predicate: Token, actor: Token) -> bool:
    """Whether ``actor`` lies in a "with" phrase hung on ``predicate`` itself ("met with ISF
    leadership"), not in one of a clause below it ("discussed how the strategy aligns with
    President-Elect Petro's goal": what is discussed)."""
    for ancestor in actor.ancestors:
        if ancestor.dep_ == "prep" and ancestor.lower_ == "with":
            return ancestor.head.i == predicate.i
        if ancestor.i == predicate.i:
            return False
    return False


# the explanation's target rule of the people met behind a partitive head (``_met_through_partitive``)
PARTITIVE_MET = "people met behind a partitive head"


def _met_through_partitive(predicate: Token, actor: Token) -> Optional[Token]:
    """The people noun met where ``actor`` is whom a meeting verb's partner phrase names behind a partitive or
    quantity head: "will meet a diverse array of Haitian stakeholders", "met with a range of
    Ukrainian officials". English grammar makes the "of" phrase of such a head ("an array of X",
    "a number of X", ``PARTITIVE_NOUNS`` / ``QUANTITY_NOUNS``) the people themselves, so the people
    met are the partner (PLOVER CONSULT: the party met), as they are when the verb's object or its
    "with" names them directly. The actor is the people noun or its state's modifier
    ("Haitian"); the head is the verb's own object or the object of its own "with". Not a verb of
    discussion, whose object is the topic ("discussed a range of Ukrainian concerns"). None where
    the actor is not so reached."""
    if predicate.lemma_.lower() in detection_lexicon()["discussion_verbs"]:
        return None
    node = actor
    if node.dep_ in ("amod", "compound", "nmod", "poss") and node.head.pos_ == "NOUN" and node.i < node.head.i:
        node = node.head
    people = node
    crossed = False
    while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN" and (
            node.head.head.lemma_.lower() in PARTITIVE_NOUNS or node.head.head.lower_ in QUANTITY_NOUNS
            or node.head.head.lemma_.lower() in QUANTITY_NOUNS):
        node = node.head.head
        crossed = True
    if not crossed:
        return None
    if (node.dep_ in ("dobj", "obj") and node.head.i == predicate.i) or (
            node.dep_ == "pobj" and node.head.lower_ == "with" and node.head.head.i == predicate.i):
        return people
    return None


def _shared_head_conjunct(token: Token, lex: Lexicon) -> Optional[Token]:
    """The plural actor noun that heads coordinated modifiers the parser split at the
    conjunction ("met with energy sector and corporate governance leaders": "sector" taken as
    the object, "leaders" as its conjunct). In English a bare singular noun with no determiner
    coordinated with a modified plural actor noun is a modifier sharing that head (the leaders
    of the energy sector and of corporate governance), so the act reaches the people the head
    names. Only two items joined by the conjunction itself ("A and B leaders"), not a comma list.
    None where ``token`` is an actor itself, has a determiner, possessor or number, or no such
    conjunct follows."""
    if token.pos_ != "NOUN" or token.tag_ != "NN" or _is_actor(token, lex, allow_pronoun=False) \
            or any(c.dep_ in ("det", "poss", "nummod", "prep") for c in token.children):
        return None
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].dep_ != "cc":
        return None  # a list ("civil society, anti-war protestors, ..."): items, not shared modifiers
    for conj in token.conjuncts:
        if conj.i > token.i and conj.left_edge.i == token.i + 2 and conj.pos_ == "NOUN" and conj.tag_ == "NNS" \
                and not any(c.dep_ in ("det", "poss", "nummod") for c in conj.children) \
                and any(c.dep_ in ("compound", "amod") and c.i < conj.i for c in conj.children) \
                and _is_actor(conj, lex, allow_pronoun=False) and conj.lemma_.lower() not in lex.nouns:
            return conj
    return None


def _conjoined_actor(token: Token, lex: Lexicon) -> Optional[Token]:
    """The first named actor coordinated after the non-actor noun ``token`` ("other online
    platforms and Golos Ameriki"): a name (spaCy GPE/ORG/NORP/PERSON), not a common noun."""
    for conj in token.conjuncts:
        if conj.i > token.i and conj.ent_type_ in ACTOR_ENT_LABELS and conj.pos_ == "PROPN" \
                and _is_actor(conj, lex, allow_pronoun=False) and conj.lemma_.lower() not in lex.nouns:
            return conj
    return None


RELATIVE_DOER_RULE = "subject of the relative clause on the object"
AID_GOAL_RULE = "goal of the aid's motion or transfer"


def _shifted_object(predicate: Token) -> Optional[Token]:
    """The object a stance verb with no object of its own has shifted after its "as" + adjective
    predicative ("We condemn as irresponsible threats of use of ... weapons by Russia"): English
    heavy-NP shift puts a long object after the short object complement, and the parser hangs it
    as the "as" phrase's noun. Only a bare adjective right after "as" (the complement), never
    "as an opportunity" (a predicative noun phrase); None otherwise."""
    if _children(predicate, ("dobj", "obj", "ccomp")) or predicate.pos_ != "VERB":
        return None
    for prep in predicate.children:
        if prep.dep_ != "prep" or prep.lower_ != "as" or prep.i + 2 >= len(prep.doc):
            continue
        adjective = prep.doc[prep.i + 1]
        noun = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if noun is not None and noun.pos_ == "NOUN" and adjective.pos_ == "ADJ" and adjective.dep_ == "amod" \
                and adjective.head.i == noun.i and adjective.i < noun.i:
            return noun
    return None


def _relative_clause_doer(predicate: Token, objects: list[Token], lex: Lexicon) -> Optional[Token]:
    """Who did what a stance is taken on, named as the subject of a relative clause on the object
    ("welcomed the national dialogue President Duque has convened", "condemned the strikes that
    Russia launched"): the object is the gap of the clause (English object relative), so the
    clause's subject did it, as a possessor would ("Duque's dialogue"). The parser may read a
    contact clause after a bare object as the verb's clausal complement with the object noun as
    its subject and the name as that noun's apposition ("welcomed [the dialogue, President Duque]
    has convened"): a complement verb with no object of its own, whose "subject" is a common noun
    with a named actor in apposition right after it, is that clause. Named actors only (no
    pronouns); None otherwise."""
    for obj in objects:
        if obj.pos_ != "NOUN":
            continue
        for clause in obj.children:
            if clause.dep_ != "relcl" or clause.pos_ != "VERB" or _children(clause, ("xcomp", "ccomp")) or any(
                    o.tag_ not in ("WDT", "WP") for o in _children(clause, ("dobj", "obj"))):
                # (the gap must be the clause verb's own object: in "borders Russia has attempted
                # to change" it is the infinitive's, and the clause is about an attempt)
                continue  # (the clause's object, if any, is the relative pronoun: the gap)
            doer = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
            if doer is not None and _is_actor(doer, lex, allow_pronoun=False) and doer.lemma_.lower() not in lex.nouns:
                return doer
    if objects:
        return None
    for clause in predicate.children:
        if clause.dep_ != "ccomp" or clause.pos_ != "VERB" or _children(clause, ("dobj", "obj", "mark", "ccomp", "xcomp")) \
                or not _children(clause, ("aux",)) or clause.tag_ != "VBN":
            continue
        thing = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        if thing is None or thing.pos_ != "NOUN" or _is_actor(thing, lex, allow_pronoun=False):
            continue
        doer = next((c for c in thing.children if c.dep_ == "appos" and c.i > thing.i
                     and c.left_edge.i == thing.i + 1 and c.right_edge.i + 1 < clause.i + 1), None)
        if doer is not None and doer.pos_ == "PROPN" and _is_actor(doer, lex, allow_pronoun=False):
            return doer
    return None


NOMINAL_DOER_RULE = "doer of the act noun the stance is on"


# verbal acts whose object may be a deed: a criticism, rejection or demand of a deed is aimed at
# whoever did it (PLOVER ACCUSE "criticize ... responsible parties"; REQUEST and ACCUSE require no
# recipient), never at the one the deed was done to
DEED_STANCE_TYPES = frozenset({"DISAPPROVE", "REJECT", "DEMAND"})
# PLOVER types of deeds done to someone: a nominal of one takes its patient in "against / on / of"
VICTIM_DEED_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})
# the nominal of a use takes the deed in "of": "the use of violence / force against X"
USE_NOUNS = frozenset({"use"})


def _victim_deed(noun: Token, trigger: "Trigger", predicate: Token, lex: Lexicon) -> bool:
    """Whether ``noun``, the object of a criticism, rejection or demand (DEED_STANCE_TYPES), names
    a deed done to someone ("condemn the use of violence against peaceful protestors", "condemns
    the missile strikes on Erbil", "condemn the arrests of protestors"): a hostile act noun of the
    trigger lexicon (hostile_nouns, or a noun of an ASSAULT / COERCE / SANCTION act), or "use" of
    one. Its "against / on / upon" (and a coercion's "of") phrase names the victim, who is not
    whom the criticism or demand is aimed at: that is the deed's doer (``_nominal_act_doer``), else
    nobody. Not the noun that gives the event its type, as a verbal "attack on X" does under a
    light verb ("launched a strong attack on the president": X is criticised)."""
    if trigger.event_type not in DEED_STANCE_TYPES or noun.pos_ != "NOUN" or noun.i == predicate.i:
        return False
    if noun in trigger.words:
        verb = lex.verbs.get(verb_lemma(predicate, lex))
        if not (verb and verb[0] == trigger.event_type):
            return False
    return _deed_noun(noun, lex)


def _deed_noun(noun: Token, lex: Lexicon) -> bool:
    """Whether ``noun`` names a deed done to someone (``_victim_deed``): a hostile act noun
    (hostile_nouns) or the noun of an ASSAULT / COERCE / SANCTION act, or "use" of one or of force
    ("the use of force against demonstrators": force used is violence, not an armed force acted on)."""
    def deed(token: Token) -> bool:
        return token.pos_ == "NOUN" and (
            noun_lemma(token) in lex.hostile_nouns or _parse_noun_type(lex, token) in VICTIM_DEED_TYPES)

    if deed(noun):
        return True
    held = _preps(noun).get("of")
    return noun.lemma_.lower() in USE_NOUNS and held is not None and (deed(held) or noun_lemma(held) == "force")


# acts given by one party to another, whose noun names the giver in "from" (PLOVER SUPPORT / AID /
# AGREE: "support for X from Y"); a demand's "from" names whom it is made of ("an apology from Y")
FROM_GIVER_TYPES = frozenset({"SUPPORT", "AID", "AGREE"})


def _from_holder(noun: Token, predicate: Token) -> Optional[Token]:
    """The "from Y" phrase object of an act noun that also names whom the act is for ("the strong
    support for Ukraine from Allies and partners", "assistance to Haiti from donors"): Y gives or
    holds the act (the source) and the "for / to" X receives it (the target); the one who reports
    it ("the Secretary emphasized ...") only speaks of it. None unless the noun has both."""
    if noun.i == predicate.i or noun.pos_ != "NOUN":
        return None
    preps = _preps(noun)
    if "for" not in preps and "to" not in preps:
        return None
    return preps.get("from")


def _giver_or_victim(prep: str, obj: Token, trigger: "Trigger", predicate: Token, lex: Lexicon) -> bool:
    """Whether ``obj``, the object of the preposition ``prep`` on an act noun below the trigger,
    names who gives that act ("emphasized the strong support for Ukraine from Allies and
    partners": the source, ``_from_holder``) or the victim of a deed criticised or demanded about
    ("condemn the use of violence against peaceful protestors", "condemns the missile strikes on
    Erbil": ``_victim_deed``). Neither is whom the act is aimed at, so neither is a target."""
    if obj.head.dep_ != "prep":
        return False
    noun = obj.head.head
    if prep == "from":
        return trigger.event_type in FROM_GIVER_TYPES and _from_holder(noun, predicate) is not None
    return prep in PATIENT_PREPS and _victim_deed(noun, trigger, predicate, lex)


def _nominal_act_doer(act: Token, predicate: Token, lex: Lexicon) -> Optional[Token]:
    """Who did the act a stance verb's object noun names ("welcome the release of X by Y",
    "condemn the killing of civilians by Russian forces", "welcome the publication by UNITAMS of
    its report", "the release, carried out by Y"): PLOVER SUPPORT / DISAPPROVE / REJECT target the
    actor whose conduct is approved or criticised (event_detection.yaml act_doer_types), the doer of
    the act, never its patient. Shape: the noun's "by" agent (English passive nominal, "the
    destruction of the city by the enemy"; also where the parser hangs "by X" on the noun's "of"
    patient, or on the stance verb itself right after the object, which an active stance verb takes
    no agent of), the agent of a participle on the noun ("carried out by X"); then its possessor
    ("Venezuela's decision"); for a release noun (release_acts) the holder of the captives it
    names in "of" (``_holder_of`` over the release phrase: "the release of X, who had been detained
    in Venezuela"). None
    when the sentence names no doer: the caller keeps its other readings."""
    def named(phrase: Optional[Token]) -> Optional[Token]:
        if phrase is None:
            return None
        if _is_actor(phrase, lex, allow_pronoun=False) and phrase.lemma_.lower() not in lex.nouns:
            return phrase
        return _actor_inside(phrase, lex)

    def agent_bys(node: Token, deps=("prep",)) -> list[Token]:
        # the "by" phrases on ``node`` that name an agent; "by imposing sanctions" is a means clause
        return [c for c in node.children if c.dep_ in deps and c.lower_ == "by"
                and not any(g.dep_ == "pcomp" or (g.dep_ == "pobj" and g.tag_ == "VBG") for g in c.children)]

    bys = agent_bys(act, ("prep", "agent"))
    patient = _preps(act).get("of")
    if patient is not None and patient.pos_ == "PROPN":
        # "the release of Gustavo Cardenas by Venezuela": a person or body names no act, so a
        # "by" hung on it is the act noun's
        bys += agent_bys(patient)
    if not any(a.dep_ == "auxpass" for a in predicate.children):
        bys += [c for c in agent_bys(predicate) if c.i == act.right_edge.i + 1]
    of_at = next((c.i for c in act.children if c.dep_ == "prep" and c.lower_ == "of"), len(act.doc))
    # (a participle after the noun's "of" phrase tells of that phrase's noun, which the parser
    # hangs high: "the work of the Commission of Inquiry established by the Human Rights Council")
    bys += [a for c in act.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i < of_at
            for a in c.children if a.dep_ == "agent"]
    for prep in bys:
        for obj in prep.children:
            if obj.dep_ == "pobj":
                doer = named(obj)
                if doer is not None:
                    return doer
    owner = next((c for c in act.children if c.dep_ == "poss"), None)
    if owner is not None and _is_actor(owner, lex, allow_pronoun=False):
        return owner
    words = detection_lexicon()
    if act.lemma_.lower() in words["release_acts"] and patient is not None and (
            _is_actor(patient, lex, allow_pronoun=False) or patient.lemma_.lower() in words["captive_nouns"]):
        # (captives released, not a report: "the release of its report" is published, no one held;
        # the custody clause may hang on the release noun itself: "the release of X and Y, both of
        # whom had been detained in Venezuela")
        return _holder_of(act, lex)
    return None


def _aid_goal(predicate: Token, lex: Lexicon) -> Optional[Token]:
    """Who receives aid told as moved or handed on in another clause of the sentence, with the
    thing given as that clause's subject: "The supplemental resources Congress provided ... have
    been critical to ... delivering ... assistance to Ukraine" (the giving verb a relative clause
    on the subject) and "U.S. supplied weapons ... have been flowing into Ukraine" (a reduced
    participle the parser took for the main verb, the motion verb for its subjectless conjunct).
    The goal ("to" / "into": event_detection.yaml aid_goal_preps) of a verb of motion or transfer
    (aid_goal_verbs), or of a noun that verb governs, is the recipient (PLOVER AID target). A
    clause with a subject of its own is another act and is not searched. None otherwise."""
    detection = detection_lexicon()
    clause = None
    given = None
    if predicate.dep_ in ("relcl", "acl") and predicate.head.pos_ == "NOUN":
        given = predicate.head
        if given.dep_ in ("nsubj", "nsubjpass"):
            clause = given.head
    elif predicate.pos_ == "VERB" and not _children(predicate, ("auxpass", "nsubjpass")):
        # (a conjunct sharing the giver as subject: "supplied weapons ... and delivered them to
        # X"; or the parser's reading of a reduced participle on the subject as the main verb)
        given = next(iter(_children(predicate, ("dobj", "obj"))), None)
        clause = next((c for c in predicate.children if c.dep_ == "conj" and c.pos_ == "VERB" and given is not None
                       and c.i > given.i and not _children(c, SUBJECT_DEPS | {"nsubjpass"})), None)
    if clause is None or given is None:
        return None
    # (a verb of travel conjoined under the giver's own subject is the giver's trip: "provided aid
    # and travelled to Poland")
    travel = detection["motion_verbs"] if given.head.i == predicate.i else frozenset()
    skip = {t.i for t in given.subtree} | {predicate.i}
    queue = [clause]
    while queue:
        node = queue.pop(0)
        for child in node.children:
            if child.i in skip or (child.dep_ == "conj" and _children(child, SUBJECT_DEPS | {"nsubjpass"})) \
                    or (child.dep_ in ("ccomp", "relcl", "advcl") and _children(child, SUBJECT_DEPS)):
                continue
            queue.append(child)
            if child.dep_ != "prep" or child.lower_ not in detection["aid_goal_preps"]:
                continue
            mover = child.head if child.head.pos_ == "VERB" else child.head.head
            if mover.pos_ != "VERB" or mover.lemma_.lower() not in detection["aid_goal_verbs"] \
                    or mover.lemma_.lower() in travel:
                continue
            goal = next((o for o in child.children if o.dep_ == "pobj"), None)
            if goal is None:
                continue
            if _is_actor(goal, lex, allow_pronoun=False) and goal.lemma_.lower() not in lex.nouns:
                return goal
            inner = _actor_inside(goal, lex)
            if inner is not None:
                return inner
    return None


def _for_sanctioned_object(prep: Token, predicate: Token, candidates: list) -> bool:
    """Whether ``prep`` is a "for" phrase on the object of a sanction verb ("sanctioning the
    world's largest darknet market for Russian speakers, Hydra, and ... Garantex"): it names
    whom the sanctioned thing serves (a market's clientele, a network's purpose), not who is
    sanctioned, which is the object itself (PLOVER SANCTION: the target is the one penalised)."""
    return prep.dep_ == "prep" and prep.lower_ == "for" and prep.head.i != predicate.i \
        and any(prep.head.i == c.i and rule in OBJECT_DEPS for c, rule in candidates)


def _condolence(trigger: Trigger) -> bool:
    """Whether the trigger is condolences or sympathy expressed (event_detection.yaml
    condolence_nouns): only its "to" phrase names whom it is for."""
    return any(w.lemma_.lower() in detection_lexicon()["condolence_nouns"] for w in trigger.words)


def _stray_listed_place(obj: Token) -> bool:
    """Whether ``obj``, a second direct object of its verb, is the rest of a list of places the
    phrase before it opened ("imposing sanctions on a network of front companies in the People's
    Republic of China (PRC), the United Arab Emirates, and Iran": the parser cut the list after
    its first place and made the rest an object). An English verb takes one direct object; a
    place name set off by a comma right after a place name inside the earlier object's phrase
    continues that phrase's list."""
    if obj.dep_ not in ("dobj", "obj") or obj.ent_type_ != "GPE":
        return False
    earlier = [o for o in obj.head.children if o.dep_ in ("dobj", "obj") and o.i < obj.i]
    first = obj.left_edge
    if not earlier or first.i < 2 or obj.doc[first.i - 1].text != ",":
        return False
    before = obj.doc[first.i - 2]
    if before.text == ")":  # a bracketed acronym after the place: "(PRC)"
        before = before.head
    return before.ent_type_ == "GPE" and before.dep_ in ("pobj", "conj", "appos") \
        and earlier[-1].left_edge.i <= before.i <= earlier[-1].right_edge.i


# prepositions of a destination ("flights to Managua", "sent into Ukraine")
DESTINATION_PREPS = ("to", "into", "toward", "towards")


def _measure_on_party(preps: dict, trigger: Trigger) -> Optional[Token]:
    """The people a SANCTION or COERCE measure is on, when its "on/upon/against" phrase names
    them by a noun for people or parties ("visa restrictions on executives of charter companies",
    "sanctions on a network of procurement agents"; a Phoenix sector's people or a designated
    party's head, actor_heads.yaml ``designated_*_heads``); else None ("restrictions on exports"
    is on things)."""
    if trigger.event_type not in ("SANCTION", "COERCE") and SANCTION_KIND not in trigger.rule:
        return None
    for prep in PATIENT_PREPS:
        obj = preps.get(prep)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
            continue
        if (obj.pos_ == "PROPN" and obj.ent_type_ in ("PERSON", "ORG", "NORP")) \
                or designated_kind(obj.lower_) is not None \
                or designated_kind(obj.lemma_) is not None or _sector_people(obj):
            return obj
    return None


def _targets(predicate: Token, trigger: Trigger, lex: Lexicon, passive: bool,
             subject: Optional[Token]) -> tuple[list[Token], str]:
    """Target tokens (with conjuncts) and the rule that found them."""
    candidates: list[tuple[Token, str]] = []
    for word in trigger.words:
        if word.lemma_.lower() in lex.stance_nouns and (word.dep_ == "conj" or (
                word.head.i == predicate.i and word.dep_ in ("dobj", "obj")
                and any(o.i < word.i for o in _children(predicate, ("dobj", "obj"))))):
            # a restated stance coordinated with the verb's object ("reaffirmed the bond between
            # A and B and the U.S. commitment to Israel's security"): its own "to" names the target
            for prep in ("to", "for"):
                held = _preps(word).get(prep)
                inner = held if held is not None and _is_actor(held, lex, allow_pronoun=False) \
                    else (_actor_inside(held, lex) if held is not None else None)
                if inner is not None:
                    return _with_conjuncts(inner), f"actor inside the stance's '{prep}'"
    if passive and subject is not None:
        candidates.append((subject, "nsubjpass"))
    if trigger.rule.startswith(HOLDING_TO_ACCOUNT):
        for adjective in [w for w in trigger.words if w.pos_ == "ADJ"]:
            for held in _children(adjective, ("dobj", "obj")):
                # "hold accountable the Ortega-Murillo government": the one held, shifted after
                # the adjective (English heavy-NP shift), which the parser makes its object; only
                # an actor named ("hold accountable those responsible for crimes against X"
                # names the culprits by their deed, not X)
                named = held if _is_actor(held, lex, allow_pronoun=False) else _actor_inside(held, lex)
                if named is not None:
                    return _with_conjuncts(named), "the one held to account (shifted object)"
    topic_only = trigger.event_type == "CONSULT" and predicate.lemma_.lower() in detection_lexicon()["discussion_verbs"]
    topics: list[Token] = []
    shared = _shared_object(predicate)
    if shared is None and not passive and trigger.event_type in detection_lexicon()["act_doer_types"]:
        shared = _shifted_object(predicate)
    for obj in _children(predicate, OBJECT_DEPS) + ([shared] if shared is not None else []):
        if topic_only and obj.dep_ in ("dobj", "obj"):
            # "discussed this week's G7 meetings": the topic; the partner is "with" X (which the
            # parser may hang on the topic: "discussed the war with Kuleba")
            topics.append(obj)
            continue
        if _stray_listed_place(obj):
            # "imposing sanctions on a network of ... companies in the PRC, the United Arab
            # Emirates, and Iran": the rest of the list of places the parser made a second object
            continue
        if obj.lower_ in RELATIVE_OBJECT_PRONOUNS and obj.tag_ in ("WDT", "WP") and predicate.dep_ == "relcl":
            # "the Somoza family that Ortega and the Sandinistas fought": a relative pronoun as
            # object stands for the noun the clause modifies (English relative clause: the gap
            # is the antecedent), so the act is aimed at it
            obj = _antecedent(predicate, obj)
        candidates.append((obj, obj.dep_ if obj.head.i == predicate.i else "dobj"))
    if not passive and not candidates and not topic_only and trigger.event_type in GAP_TARGET_TYPES:
        gap = _relative_gap(predicate)
        if gap is not None:
            # "the Somoza family that Ortega and the Sandinistas fought": the relative clause's
            # object gap stands for its antecedent (English relative clause, ``_relative_gap``)
            candidates.append((gap, "dobj"))
    for word in trigger.words:
        if word.i != predicate.i and word.pos_ in ("NOUN", "PROPN") and not (
                word.dep_ == "pobj" and word.head.head.i == predicate.i and _is_actor(word, lex, allow_pronoun=False)):
            # (an actor in a CAMEO context phrase, "meet (with leaders)", is the preposition's
            # object, the partner, not a noun of the act)
            candidates.append((word, "event noun"))
    headed: set[int] = set()  # the source's own group, headed by it
    for token, rule in candidates:
        if trigger.event_type == "MOBILIZE" and (rule in OBJECT_DEPS or rule in ("nsubjpass", "event noun")) and _own_forces(token):
            # "amassed more than 150,000 troops on Ukraine's borders", "Airmen being deployed":
            # the forces mobilised are the act's instrument, not its target (PLOVER MOBILIZE:
            # the target is whom the show of force is aimed at, "on Ukraine's borders")
            continue
        if trigger.event_type == "AID" and rule == "nsubjpass" and trigger.mode != "humanitarian" \
                and predicate.lemma_.lower() in detection_lexicon()["dispatch_verbs"]:
            # "Several Mobile Justice Teams are being ... deployed to increase the capacity of
            # the OPG": who or what is sent is the aid given, not its recipient (PLOVER AID:
            # the target is who receives the personnel, "to Guatemala"; a rescue keeps its
            # passive subject, where the parser coordinates the people rescued into it)
            continue
        if rule in ("dobj", "obj", "event noun") and _sent_personnel(token, predicate):
            # "DHS is sending experts from the TSA and CISA to ...": the people sent are the
            # sender's own, the aid or force itself, and the body they come from is no recipient
            # (PLOVER AID "assistance including ... personnel"); the recipient is "to" X
            headed.add(token.i)
            continue
        if (trigger.event_type == "AID" or (trigger.mode or "").startswith("aid")) and rule in ("dobj", "obj", "event noun") \
                and predicate.lemma_.lower() in detection_lexicon()["handover_verbs"] \
                and token.ent_type_ not in ACTOR_ENT_LABELS and goods_of(token, lex) is not None \
                and token.lemma_.lower() not in FORCE_NOUNS:
            # "Germany supplied tanks to Ukraine": the weapons handed over are the aid, not its
            # recipient, though a weapon can be an actor elsewhere ("tanks shelled the town",
            # equipment.yaml); the recipient is "to" X (PLOVER AID). Only a verb of handing over
            # makes its object the thing given ("helped X procure vessels" helps X)
            continue
        if _listed_names(token, lex):
            # "designating three Iran-based entities, A, B, and C": every name listed is acted on
            return _with_conjuncts(token, predicate if rule in OBJECT_DEPS else None), \
                f"names listed in apposition to {rule}"
        # the parser hangs the name on the last noun ("embassy, Ivan Petrov") or makes it a
        # second object of the verb: a person's name right after the object phrase and a comma
        named = [c for c in token.subtree if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
        named += [c for c in predicate.children if c.dep_ in OBJECT_DEPS and c.i != token.i
                  and c.ent_type_ == "PERSON" and c.left_edge.i > token.i
                  and token.doc[c.left_edge.i - 1].text == "," and c.left_edge.i - 1 <= token.right_edge.i + 1]
        if named and token.pos_ == "NOUN" and token.ent_type_ not in ACTOR_ENT_LABELS and not (
                token.i != predicate.i and token in trigger.words and any(
                    a.dep_ == "prep" and a.lower_ == "with" and a.head.i == token.i for a in named[0].ancestors)):
            # (not a name inside the "with" phrase of the act noun itself: "held talks with the
            # Foreign Minister of Japan, Yoko Kamikawa" names the partner, which "with" gives)
            # "sanctioning an advisor and daughter of X, Camila Ortega": the name in apposition
            # is who is acted on, not the person the relational noun relates her to
            # (a list of such pairs, "his spouse, A; his daughter, B; and his minor child": each
            # name in apposition to a noun coordinated with the first name's noun is acted on too)
            first = named[0].head
            items = [first] + [c for c in first.children if c.dep_ == "appos" and c.i > named[0].i
                               and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ";"]
            heads = {t.i for t in items} | {c.i for t in items for c in t.conjuncts}
            listed = [n for n in named[1:] if n.dep_ == "appos" and n.head.i in heads and n.head.i != named[0].head.i]
            return _with_conjuncts(named[0]) + [n for n in listed if n.i > named[0].i], f"apposition of {rule}"
        owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if owner is not None:
            if token in trigger.words and token.i != predicate.i and rule in ("dobj", "obj") \
                    and (trigger.rule.startswith("light verb") or _parse_noun_type(lex, token) == trigger.event_type
                         or (trigger.rule.startswith("CAMEO") and f"+ {token.lemma_.lower()}" in trigger.rule)):
                # (also the noun of a matched CAMEO verb + noun pattern: "reiterated our ongoing
                # concerns" is CAMEO 110 'reiterate + concern', the concern the speaker's own)
                # the possessor of the act's own noun, the one that gives the event its type (a
                # light verb's noun), holds it ("raised our concerns about ...", "expressed our
                # condemnation"): the speaker's
                # side, never the target (a thing acted on keeps it: "derided our warnings")
                continue
            if rule in ("dobj", "obj") and _others_first_person(owner, subject, trigger, lex, passive):
                # "Russia has repeatedly derided our warnings", "bombing our cities": a hostile
                # act on what "we" own is aimed at us (the linker resolves "our" to the speaker's
                # or the releasing state's side; an unresolved one is dropped there)
                return [owner], f"first-person possessor of {rule}"
            continue  # "withdrew its troops": the actor's own forces or assets, not a target
        if _felt_about(token, trigger, predicate, lex):
            # "voiced the deep concerns of the United States and our European Allies about
            # Russia's aggressive actions": the act's own noun of feeling has its holder in "of"
            # (a subjective genitive) and what it is about in "about / over / at"; the target is
            # read from the latter (``_felt_about``), never from the holder
            headed.add(token.i)
            continue
        if token in trigger.words and token.i != predicate.i and token.lemma_.lower() in lex.actor_nouns \
                and (predicate.lemma_.lower() in _verbs_of_heading()
                     or predicate.lemma_.lower() in detection_lexicon()["sending_verbs"]):
            # the pattern's own group, headed by the source (CAMEO 036 "lead + delegation"; the
            # verbs of heading of the title lexicon: "X leads Y" makes X Y's leader): the source's
            # own envoys, not the target, nor is the state its words name ("the U.S. delegation");
            # the target is where they go ("to" X)
            headed.add(token.i)
            continue
        if trigger.event_type == "AID" and rule in ("dobj", "obj", "dative", "event noun") \
                and _displaced_demonstrative(token):
            # "welcomed those fleeing the war", "hosting those fleeing Ukraine": the people in
            # flight are the ones helped, not the place or war they fled
            return [token], f"{DISPLACED_RECIPIENT} ({rule})"
        if (_is_actor(token, lex, allow_pronoun=False) and token.lemma_.lower() not in lex.nouns) or (
                rule in ("dobj", "obj", "dative") and token.lower_ in OBJECT_PRONOUNS) or (
                rule == "nsubjpass" and token.lower_ in PASSIVE_SUBJECT_PRONOUNS):
            # the subject of a passive is the active verb's object (English voice: "They were
            # denied visas" = "X denied them visas"), so a personal pronoun there is the target as
            # "them" is; the linker resolves it
            states = _listed_origin_states(token)
            if states:
                return states, f"{LISTED_ORIGINS} ({rule})"
            return _with_conjuncts(token, predicate if rule in OBJECT_DEPS else None), rule
        if token in trigger.words and token.i != predicate.i and token.lemma_.lower() in lex.stance_nouns:
            # the act's own noun: its possessor or modifier is who holds the stance ("reiterated
            # the U.S. commitment to Ukraine", "her support for Israel"), never its target
            held = _preps(token).get("of")
            if held is not None and trigger.event_type in ("DISAPPROVE", "REJECT"):
                # "reiterated the United States' condemnation of the atrocities committed by
                # Russia's armed forces": what is condemned is the "of" phrase (an objective
                # genitive), aimed at it or at who did it
                if _is_actor(held, lex, allow_pronoun=False):
                    return _with_conjuncts(held), "pobj 'of' of the stance noun"
                inner = _actor_inside(held, lex) or _agent_in_listed_acts(held, lex)
                if inner is not None:
                    return _with_conjuncts(inner), "actor inside the stance noun's 'of'"
            continue
        if trigger.event_type in detection_lexicon()["act_doer_types"] and rule in ("dobj", "obj", "event noun") \
                and token.pos_ == "NOUN" and not passive:
            # a stance on an act is a stance on its doer (PLOVER SUPPORT / DISAPPROVE: the actor
            # whose conduct is approved or criticised), not on its patient ("welcome the release
            # of X by Y" backs Y) nor on a place in it
            doer = _nominal_act_doer(token, predicate, lex)
            if doer is not None:
                return _with_conjuncts(doer), NOMINAL_DOER_RULE
        if rule in ("dobj", "obj", "event noun") and not passive and _victim_deed(token, trigger, predicate, lex):
            # "condemn the arrests of protestors", "call for an end to attacks on civilians": a
            # deed's patient is no recipient; its doer is ("by Y", "Y's"), else nobody (PLOVER
            # ACCUSE / REQUEST need no recipient)
            doer = _nominal_act_doer(token, predicate, lex) or next(
                (c for c in token.children if c.dep_ in ("compound", "amod", "nmod") and c.i < token.i
                 and c.ent_type_ in ACTOR_ENT_LABELS and _is_actor(c, lex, allow_pronoun=False)), None)
            # (a nationality or name before the deed noun is its doer: "the Russian attacks on
            # Ukrainian civilians" are Russia's)
            if doer is not None:
                return _with_conjuncts(doer), NOMINAL_DOER_RULE
            headed.add(token.i)
            continue
        inner = _actor_inside(token, lex)
        if inner is not None:
            return _with_conjuncts(inner), f"actor inside {rule}"
        joined = _conjoined_actor(token, lex)
        if joined is not None:
            # "threatened to block other online platforms and Golos Ameriki": the named actor
            # coordinated with a common noun is acted on with it (English coordination shares the
            # verb's role)
            return _with_conjuncts(joined), f"actor conjoined with {rule}"
        if rule in ("dobj", "obj") and token.lower_ == "others" and predicate.dep_ == "conj":
            # "separating Ukrainian children from their parents and abducting others": "others"
            # as the object of a conjoined verb is more of the kind the first verb's object names
            # (English contrastive ellipsis), so the patient is of that object's party
            earlier = [o for o in _children(predicate.head, ("dobj", "obj")) if o.i < token.i]
            if earlier:
                first = earlier[0]
                kin = first if _is_actor(first, lex, allow_pronoun=False) and first.lemma_.lower() not in lex.nouns \
                    else _actor_inside(first, lex)
                if kin is not None:
                    return [kin], f"kind of the conjoined verb's object ('others' of {rule})"
        if _patient_type(trigger) and rule in ("dobj", "obj", "nsubjpass"):
            # "detained dozens of political dissidents", "arrested journalists": people of a
            # Phoenix sector (agents: MED, OPP, CVL ...) acted on by force or coercion are its
            # patient (PLOVER ASSAULT/COERCE target), though no name says which party they are;
            # counted people are the counted noun ("dozens of X")
            counted = _preps(token).get("of") if token.lemma_.lower() in QUANTITY_NOUNS \
                or token.lower_ in QUANTITY_NOUNS or (token.ent_type_ == "CARDINAL" and token.pos_ == "NOUN") else None
            for patient in ([counted] + list(counted.conjuncts)) if counted is not None else [token]:
                if patient.pos_ == "NOUN" and patient.tag_ == "NNS" and _sector_people(patient):
                    return _with_conjuncts(patient), f"sector agent {rule}"
            if rule in ("dobj", "obj") and not passive and trigger.event_type in PATIENT_TYPES and _protest_people(token):
                # "dispersed peaceful demonstrations with lethal force", "suppressing the protests":
                # force on a protest hits the people protesting (PLOVER: "police firing on
                # demonstrators" has the victims as recipient); the linker codes them as protesters
                return [token], f"{PROTEST_PEOPLE_RULE} ({rule})"
    preps = _preps(predicate)
    # prepositions on the trigger's event noun ("imposed sanctions on X") and on the frame
    frame_tokens = [w for w in trigger.words if w.i != predicate.i and w.pos_ in ("NOUN", "PROPN")]
    # (a capitalised act noun too: "embarking on an integrated Strategic Stability Dialogue with X")
    frame_tokens += [trigger.head] if trigger.head.i != predicate.i else []
    # then those on the object: "restrictions on X", "contact with X", "curfew in X"
    frame_tokens += [c for c, _rule in candidates if c.pos_ == "NOUN"]
    # and on its later conjuncts: a phrase after a list of objects is read with them all, though
    # the parser hangs it on the nearest ("provide security assistance, humanitarian aid, and
    # economic support to Ukraine", "donated four field hospitals, 12 ventilators, ... to Haiti")
    # (the first item may be an adjective the parser took for the object, of a list of kinds:
    # "delivering humanitarian, economic, food, and other security assistance to Ukraine")
    listed = [j for c, rule in candidates if rule in OBJECT_DEPS and c.pos_ in ("NOUN", "ADJ")
              for j in c.conjuncts if j.i > c.i and j.pos_ == "NOUN"]
    for frame_token in frame_tokens + listed:
        for key, value in _preps(frame_token).items():
            preps.setdefault(key, value)
    # (only a conjunct's own phrase: what lies deeper in a long list is no longer about the act)
    from_list = {value.i for token in listed for value in _preps(token).values()}
    # (a "with" set off after a list of topics hangs on its last item: "will discuss strategic
    # issues, as well as our shared commitment to ..., with senior government officials"; without
    # the comma it is the item's own phrase: "our work with international partners")
    listed_topics = [j for t in topics for j in t.conjuncts if j.i > t.i and j.pos_ == "NOUN"]
    for topic in topics + listed_topics:
        partner = _preps(topic).get("with")
        if partner is not None and topic in listed_topics and partner.head.nbor(-1).text != ",":
            partner = None
        if partner is None and topic in topics:
            partner = _with_down_of_chain(topic)
        if partner is not None:
            preps.setdefault("with", partner)
    if trigger.event_type == "COOPERATE" and "with" not in preps and "alongside" in preps:
        # "conducted defensive cyber operations alongside Ukrainian Cyber Command personnel": the
        # comitative "alongside" names the partner as "with" does (event_detection.yaml partner_preps);
        # not for a meeting or trip, where it names a companion of one side ("led the U.S. delegation,
        # alongside the White House Coordinator")
        preps["with"] = preps["alongside"]
    if trigger.event_type in PARTNERED_TYPES and "with" not in preps:
        # "negotiated the resumption of cooperation with the PRC", "agreed to the expansion of
        # talks with Japan": the partner the parser hangs on a noun down the object's "of" chain
        for obj in [c for c, _rule in candidates if c.pos_ == "NOUN" and c.i not in headed]:
            partner = _with_down_of_chain(obj)
            if partner is not None:
                preps.setdefault("with", partner)
                break
    for particle in predicate.children:
        # "pull its troops out of Chad", "withdrew from": the place left behind is the target
        if particle.lower_ in ("out", "away") and particle.dep_ in ("prt", "advmod", "prep"):
            for key, value in _preps(particle).items():
                if key in ("of", "from"):
                    preps.setdefault("from", value)
    companion = trigger.event_type in FORCE_TYPES \
        and predicate.lemma_.lower() not in detection_lexicon()["reciprocal_force_verbs"]
    # a bare preposition of the matched CAMEO pattern ("STAND (BY)" 051) heads the verb's
    # complement, whom the act is for ("continues to stand by them"), even where it is no
    # usual target preposition
    pattern_preps = tuple(p for p in re.findall(r"\((\w+)\)'", trigger.rule)
                          if p in BACKING_PREPS and not (p == "by" and passive))
    placed = MOBILIZE_PREPS if trigger.event_type == "MOBILIZE" else ()
    penalised = _measure_on_party(preps, trigger)
    if penalised is not None:
        # "impose visa restrictions on executives of charter companies who have supported the
        # movement of migrants, largely to Managua": the party the measure is on is the one
        # penalised (PLOVER SANCTION/COERCE target); a destination "to X" the parser hung on the
        # verb is where others go, no recipient
        for prep in DESTINATION_PREPS:
            preps.pop(prep, None)
    for prep in TARGET_PREPS + pattern_preps + placed:
        obj = preps.get(prep)
        if obj is None:
            continue
        if prep in TOPIC_PREPS and trigger.event_type in lex.symmetric_types:
            # "cooperating on cyber and quantum technology", "talks about Ukraine": what the
            # cooperation or consultation is about; its partner is "with" X (PLOVER COOPERATE/CONSULT)
            continue
        if prep == "for" and trigger.event_type in FORCE_TYPES:
            # "fight for their country", "battle for Kyiv", "fight for American workers": the
            # "for" phrase of a force act names its cause, prize or beneficiary (CAMEO "FIGHT FOR
            # STATEHOOD" 1044, "BATTLE FOR CONTROL" 190, "STRUGGLE FOR ACCESS" 172), not whom it hits
            continue
        if prep == "for" and trigger.event_type == "DEMAND" \
                and predicate.lemma_.lower() in detection_lexicon()["request_for_verbs"]:
            # "asked for fighter aircraft", "is requesting $20.4 billion ... for Ukraine": what is
            # sought, or its beneficiary; whom one asks is the object or "to" (CAMEO 02 APPEAL)
            continue
        if prep != "to" and _condolence(trigger):
            # "expressed his condolences over the deaths of 50 detainees / on the passing of
            # Premier Li": the loss mourned, not whom the condolences go to ("to" X, CAMEO 018)
            continue
        if _giver_or_victim(prep, obj, trigger, predicate, lex):
            continue  # "the strong support for Ukraine from Allies", "the use of violence against protestors"
        if prep == "from" and any(
                _sent_personnel(o, predicate) for o in _children(predicate, ("dobj", "obj"))):
            # "sending experts from the TSA to ...", parsed with "from" on the verb: where the
            # people sent come from, the sender's side, not who receives them (PLOVER AID)
            continue
        if prep == "with" and companion:
            # "Four Airmen deployed with the 455th Squadron", "dispersed demonstrations with lethal
            # force", "attacking with Lukaku": a force act's "with" names the unit, companion or
            # instrument; its target is whom it is aimed at (PLOVER MOBILIZE/ASSAULT/COERCE).
            # Only a reciprocal fight has its opponent there ("clashed with rebels")
            continue
        if prep == "to" and _access_noun_prep(obj.head, predicate):
            # "supporting greater access to U.S. Internet services": the "to" of an access noun
            # names what is reached (a service, care, a market), not whom the act goes to
            continue
        if obj.head.dep_ == "prep" and _venue_phrase(obj.head, lex):
            continue  # "met at the UN headquarters": a venue (plover_frames venue_nouns), no target
        if prep in ("into", "to") and predicate.lemma_.lower() in _ADMIT_VERBS \
                and _children(predicate, ("dobj", "obj")):
            # "allow the team into the country", "let refugees into Poland": the place is where
            # those admitted go (a destination); the one admitted is the verb's object
            continue
        if prep in DESTINATION_PREPS and _inbound_destination(obj.head, predicate, trigger):
            # "prohibiting the importation of gold of Russian origin into the United States": where
            # goods or people come in is the measuring state's own ground, never the measure's target
            continue
        if trigger.event_type == "SANCTION" and _for_sanctioned_object(obj.head, predicate, candidates):
            continue  # "a darknet market for Russian speakers": whom the object serves
        backed = _backed_by_companions(obj, lex) if trigger.event_type == "SUPPORT" and prep == "with" else None
        if backed is not None:
            # "stand together with the community of nations backing the people of Ukraine": those
            # stood with are fellow supporters; who all of them back is supported (PLOVER SUPPORT)
            return _with_conjuncts(backed), "whom those stood with back ('with' X backing Y)"
        counted = _counted_things(obj, lex)
        if counted is not None:
            # "raise tariffs on over 570 groups of Russian products": a count of things is no
            # group of people; the measure is on the things, so on the state or body they are of
            inner = _actor_inside(counted, lex)
            if inner is not None:
                return _with_conjuncts(inner), f"actor inside the things counted in pobj '{prep}'"
        if _is_actor(obj, lex, allow_pronoun=False):
            states = _listed_origin_states(obj)
            if states:
                return states, f"{LISTED_ORIGINS} (pobj '{prep}')"
            return _with_conjuncts(obj), f"pobj '{prep}'"
        if trigger.event_type == "AID" and prep in ("to", "for") and _displaced_demonstrative(obj):
            # "provide assistance to those who have fled Venezuela", "safe haven for those who
            # have fled": the people in flight receive the aid (PLOVER AID recipient)
            return [obj], f"{DISPLACED_RECIPIENT} (pobj '{prep}')"
        if _patient_type(trigger) and prep in PATIENT_PREPS:
            # "intensified its crackdown on journalists", "its violent repression against civil
            # society, anti-war protestors, ...": people of a Phoenix sector a force or coercion
            # is directed against are its patient (PLOVER ASSAULT/COERCE target), as when they are
            # the verb's object ("arrested journalists", the sector agent rule above)
            patient = _sector_patient(obj)
            if patient is not None:
                return _with_conjuncts(patient), f"sector agent pobj '{prep}'"
            if trigger.event_type in PATIENT_TYPES and _protest_people(obj) and _actor_inside(obj, lex) is None:
                # "a violent crackdown on peaceful protests": the people protesting, as for the
                # verb's object above
                return [obj], f"{PROTEST_PEOPLE_RULE} (pobj '{prep}')"
        if obj.lower_ in OBJECT_PRONOUNS and (prep in pattern_preps or prep in ("with", "against")):
            # "continues to stand by them", "met with them": a person pronoun as the partner or
            # the one backed, resolved by coreference in the linker (an unresolved one, or one
            # resolved to the source's own side, is dropped there: ``linked_actor_check``).
            # Not "to": "complained to him" names whom one complains to, not whom about
            return [obj], f"pronoun pobj '{prep}'"
        inner = _actor_inside(obj, lex)
        if inner is not None:
            return _with_conjuncts(inner), f"actor inside pobj '{prep}'"
        shared_head = _shared_head_conjunct(obj, lex)
        if shared_head is not None:
            return _with_conjuncts(shared_head), f"pobj '{prep}'{SHARED_HEAD_NOTE}"
        if trigger.event_type == "AID" and prep in AID_BENEFICIARY_PREPS:
            # "offering Temporary Protected Status to migrants", "food aid for refugees": people of
            # a Phoenix sector (agents: migrants CVL, refugees REF) the aid goes to or is for are
            # its recipient (PLOVER AID "Requires recipient: Yes"), as such people are the patient
            # of force above; only when no actor is named in the phrase (``_actor_inside`` first)
            recipient = _sector_patient(obj)
            if recipient is not None:
                return _with_conjuncts(recipient), f"sector recipient pobj '{prep}'"
        if (prep in TOPIC_PREPS or (prep == "with" and trigger.event_type == "DISAPPROVE")) \
                and trigger.event_type in ("DISAPPROVE", "REJECT", "THREATEN"):
            accused = _agent_in_listed_acts(obj, lex)
            if accused is not None:
                return [accused], f"agent of an act listed in pobj '{prep}'"
            culprit = _cause_of_harm(obj, lex)
            if culprit is not None:
                return [culprit], f"doer of the cause of a harm in pobj '{prep}'"
        agents = _activity_agents(trigger, prep, obj)
        if agents is not None:
            return [obj], agents
    if penalised is not None and penalised.pos_ == "NOUN" and penalised.tag_ == "NNS" and (
            _sector_people(penalised) or designated_kind(penalised.lemma_) == "person"):
        # "visa restrictions on executives who are ... executives of charter companies": the
        # people the measure is on, named by no actor; the linker codes them by their noun
        return _with_conjuncts(penalised), "people the measure is on (pobj 'on')"
    complex_nouns = frozenset()
    if trigger.event_type not in lex.symmetric_types:
        # "standing shoulder-to-shoulder in support of Ukraine", "in solidarity with the people
        # of Iran": "in support of / in solidarity with" names whom the act is for (CAMEO 051
        # "stand by", PLOVER SUPPORT's target); a consultation or cooperation "in support of
        # Ukraine" has its partner elsewhere
        complex_nouns = lex.stance_nouns
    if trigger.event_type in RESPONSE_TYPES:
        # "imposing severe sanctions in response to Russian aggression": a hostile act answering
        # another is aimed at whoever did it (PLOVER SANCTION: the party punished)
        complex_nouns = complex_nouns | detection_lexicon()["response_nouns"]
    needed = _needed_act_subject(trigger, lex)
    if needed is not None:
        return _with_conjuncts(needed), "subject of the needed act ('for X to')"
    addressee = _control_addressee(predicate, trigger, lex)
    if addressee is not None:
        return _with_conjuncts(addressee), "addressee asked to act (object of 'ask X to')"
    # a clausal complement's subject: "demanded that the US cancel ..."
    # (and a concern's or a warning's content clause: "reiterated our ongoing concerns that Russia
    # has the capacity to launch an invasion": CAMEO 110 disapprove is aimed at the clause's
    # subject, the party the concern is about)
    demand_nouns = [w for w in trigger.words if w.i != predicate.i and w.pos_ == "NOUN"] \
        if trigger.event_type in ("DEMAND", "DISAPPROVE") else []
    for child in [c for w in demand_nouns for c in w.children if c.dep_ in ("acl", "ccomp") and (
            trigger.event_type == "DEMAND" or any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))] \
            + list(predicate.children):
        # (also the clause of a demand noun: "reiterate our demand that Russia put an end to ...")
        of_noun = child.head.i != predicate.i
        if (of_noun and child.dep_ in ("ccomp", "acl")) or (child.dep_ == "ccomp" and not topic_only):
            # ("discuss how the United States can augment aid": what is discussed, not with whom)
            subjects = _children(child, SUBJECT_DEPS)
            if subjects and _is_actor(subjects[0], lex, allow_pronoun=False):
                return _with_conjuncts(subjects[0]), "ccomp subject"
            if subjects and not of_noun and subjects[0].lower_ in OBJECT_PRONOUNS and subjects[0].tag_ == "PRP" \
                    and child.tag_ == "VB" and predicate.lemma_.lower() not in ENABLING_VERBS:
                # "refuses to allow him to depart Iran", "let them leave": an object-case pronoun
                # before an infinitive is the main verb's object (English object control / raising
                # to object, which the parser makes the clause's subject); the linker resolves it
                # (not "help / enable him to": whom aid helps is a named party only, ENABLING_VERBS)
                return [subjects[0]], "object of the verb (before its infinitive)"
    # deeper inside the act's object phrase: "sanctions targeting Iran", "concern about changes
    # to Israel's democratic system", "commitment to support Ukraine", "the announcement made at
    # the G20" (PLOVER codes the target the act is directed at, wherever the phrase names it)
    promised = [c for c in predicate.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                and not _children(c, SUBJECT_DEPS)] if trigger.event_type in ("AGREE", "THREATEN") else []
    # (the act promised or threatened names whom the promise or threat is about: "promised to
    # respect Ukraine's sovereignty", "pledged to provide aid to Haiti": PLOVER AGREE/THREATEN)
    starts = promised + [c for c, _rule in candidates if c.i not in headed] + [obj for prep, obj in preps.items() if prep in TARGET_PREPS
                                               and obj.i not in from_list
                                               and not (prep == "with" and companion)
                                               and not (prep == "for" and trigger.event_type in FORCE_TYPES)
                                               and not _giver_or_victim(prep, obj, trigger, predicate, lex)
                                               # "meet dignitaries at the United Nations headquarters":
                                               # the venue's owner is no party (plover_frames venue_nouns)
                                               and not (obj.head.dep_ == "prep" and _venue_phrase(obj.head, lex))]
    deeper = _actor_in_phrase(starts, lex, subject, purpose=not passive,
                              leader=trigger.event_type in lex.cooperative, instrument=companion,
                              victims=trigger.event_type in DEED_STANCE_TYPES)
    # (only for backing or joining: a need stressed for "Venezuelan-led negotiations" asks no one)
    if deeper is not None and promised and _founded_object(deeper):
        # "pledged to create working groups on arms trafficking", "agreed to establish a joint
        # commission": the body the promised act sets up does not exist yet; it is what is
        # promised, no party the promise is made to (PLOVER AGREE's target is a party)
        deeper = None
    if deeper is not None and promised and any(deeper.i in {t.i for t in verb.subtree} for verb in promised):
        return _with_conjuncts(deeper), PROMISED_ACT_RULE
    if deeper is not None and trigger.rule.startswith(STRESSED_IMPORTANCE) and any(
            deeper in act.subtree for act in (_stressed_importance(predicate, verb_lemma(predicate, lex), w)
                                              for w in trigger.words if w is not predicate) if act is not None):
        # "emphasized the importance of protecting civilians": who the stressed act is done to is
        # not who is asked to do it (the appeal's recipient is the one spoken to, else nobody)
        deeper = None
    if deeper is not None and trigger.event_type in FORCE_TYPES \
            and predicate.lemma_.lower() not in detection_lexicon()["reciprocal_force_verbs"] and any(
            a.dep_ == "prep" and a.lower_ == "with" for a in deeper.ancestors if a.i != predicate.i
            and predicate in a.ancestors and not any(
                o.dep_ == "pobj" and o.lemma_.lower() in COMPLEX_WITH_NOUNS for o in a.children)):
        # "dispersed demonstrations with lethal force": a force act's "with" phrase is its means or
        # companion, never its target (event_detection.yaml reciprocal_force_verbs); "with respect
        # to Iran" is a complex preposition naming the target, not a means
        deeper = None
    if deeper is not None and trigger.event_type == "SANCTION" \
            and any(_for_sanctioned_object(a, predicate, candidates) for a in deeper.ancestors):
        deeper = None  # "a darknet market for Russian speakers": whom the object serves
    if deeper is not None and _condolence(trigger) and not any(
            a.dep_ == "prep" and a.lower_ == "to" for a in deeper.ancestors):
        deeper = None  # "condolences over the deaths of 50 detainees": the loss, not the consoled
    if deeper is not None and any(a.lower_ == "to" and _access_noun_prep(a, predicate)
                                  for a in deeper.ancestors if predicate in a.ancestors):
        deeper = None  # "access to U.S. Internet services": the thing reached and its maker, no recipient
    if deeper is not None:
        return _with_conjuncts(deeper), "actor inside the object phrase"
    if trigger.event_type in detection_lexicon()["act_doer_types"] and not passive \
            and (trigger.mode or "") not in detection_lexicon()["actor_only_modes"]:
        # (a recognition is of an actor or its status, not of a thing another made: "will never
        # recognize borders Russia has attempted to change")
        doer = _relative_clause_doer(predicate, [c for c, rule in candidates if rule in ("dobj", "obj")], lex)
        if doer is not None:
            return _with_conjuncts(doer), RELATIVE_DOER_RULE
    found = _complex_prep_actor([predicate] + frame_tokens, complex_nouns, lex)
    if found is not None:
        return _with_conjuncts(found[0]), found[1]
    purposed = _purpose_act_target(predicate, trigger, lex, subject) if not passive else None
    if purposed is not None:
        return purposed
    pressured = _pressured_party(predicate, lex) if trigger.event_type in ("SANCTION", "COERCE", "ASSAULT") \
        and not passive else None
    if pressured is not None:
        return _with_conjuncts(pressured), "party pressured by the means ('pressure on X by ...ing')"
    supported = _supported_party(predicate, lex) if trigger.event_type == "AID" and not passive else None
    if supported is not None:
        return _with_conjuncts(supported), "party supported by the means ('support X, including by ...ing')"
    if trigger.event_type in detection_lexicon()["talk_occasion_types"] and not passive:
        partner = _talk_partner(predicate, lex)
        if partner is not None:
            return _with_conjuncts(partner), "partner of the talks the act was voiced in"
    if trigger.event_type in SPOKEN_PURPOSE_ADDRESSED_TYPES and not passive:
        partner = _spoken_purpose_partner(predicate, lex)
        if partner is not None:
            return _with_conjuncts(partner), "partner of the call or meeting the act is the purpose of"
    if trigger.event_type in HARMED_PURPOSE_TYPES and not passive:
        harmed = _harmed_by_purpose(predicate, lex)
        if harmed is not None:
            return _with_conjuncts(harmed), "owner of what the act's purpose harms"
    if trigger.event_type == "MOBILIZE" and not passive:
        against = _mobilized_against(predicate, lex)
        if against is not None:
            return _with_conjuncts(against), "victim of the force the mobilisation is for"
    if trigger.event_type == "AID" and not passive:
        helped = _purpose_beneficiary(predicate, lex, subject)
        if helped is not None:
            return _with_conjuncts(helped), "beneficiary of the aid's purpose"
    if _promised_aid(trigger) and not passive:
        helped = _promised_aid_beneficiary(predicate, trigger, lex, subject)
        if helped is not None:
            return _with_conjuncts(helped), "beneficiary of the promised aid's purpose"
    if trigger.event_type == "AID" and not passive:
        goal = _aid_goal(predicate, lex)
        if goal is not None:
            return _with_conjuncts(goal), AID_GOAL_RULE
    if (trigger.event_type == "SANCTION" or (trigger.mode or "").startswith("sanction")) and not passive:
        origin = _banned_imports_origin(predicate, trigger, lex)
        if origin is not None:
            return _with_conjuncts(origin), "origin of the imports stopped"
    place = preps.get("in")
    if place is None and trigger.event_type in ("ASSAULT", "COERCE"):
        # force used "across" / "throughout" a place is used in it ("a grinding offensive across
        # Ukraine's south and east"): the spatial prepositions of extent over an area
        place = preps.get("across") or preps.get("throughout")
    if place is not None and subject is not None and place.head.i < subject.i:
        place = None  # a fronted "In the Americas, they agreed ...": the scene or scope, no target
    # "its offensive in Ukraine's east", "curfew in Syria's north": a part of a place named by its
    # possessor lies in that place's state, which POLECAT codes as the target when none is named
    place = _whole_place(place)
    if place is not None and place.ent_type_ in PLACE_ENT_LABELS and trigger.event_type != "CONSULT" \
            and not (trigger.mode or "").startswith("consult") \
            and not ((passive or _children(predicate, ("auxpass",))) and trigger.event_type in ("ASSAULT", "COERCE")):
        # (a force or custody act done to someone "in" a place, "citizens detained in the PRC",
        # "police are killed in Bagua", has its patient as the target; the place is where)
        # "curfew in X", "aid in X": the place is acted on; a meeting "in Washington" (CONSULT,
        # also when promised: "agreed to meet in ...") is only held there
        return _with_conjuncts(place), PLACE_IN_RULE
    return [], ""


# ---------------------------------------------------------------- status, date, place

# verbs that move a person somewhere: with a place of detention as goal they detain (CAMEO 173)
CUSTODY_TRANSFER_VERBS = frozenset({"send", "take", "deport", "transfer", "transport"})


VISIT_PARTNER = "partner of the visit's purpose"


CONJOINED_PATIENT = "patient of the conjoined act of force"


def _conjoined_force_patient(verb: Token, lex: Lexicon) -> Optional[Token]:
    """Whom a repression with no target hit, told by a verb of force coordinated with it under the
    same subject ("the military regime has only intensified its violent crackdown and killed more
    than 1,700 people", "cracked down on dissent and arrested dozens of journalists"): the
    conjoined act spells out the repression (CAMEO 175 use repression is against the people the
    repressive acts name), so its actor object is the target. A conjunct with its own subject is
    another act. None when no such conjunct names an actor."""
    for conj in [*verb.conjuncts]:
        if conj.pos_ != "VERB" or conj.i < verb.i or _children(conj, SUBJECT_DEPS | {"nsubjpass"}):
            continue
        found = _classify_verb(conj, lex)
        if found is None or found[0] not in ("ASSAULT", "COERCE"):
            continue
        for obj in _children(conj, ("dobj", "obj")):
            if _is_actor(obj, lex, allow_pronoun=False):
                return obj
    return None


ADJUNCT_PATIENT = "patient of the act of force the 'while' adjunct goes with"


def _adjunct_force_patient(predicate: Token, trigger: Trigger, lex: Lexicon) -> Optional[Token]:
    """Whom an act of force or coercion told in a "while" participle adjunct with no object of its
    own hit ("soldiers attacked and beat protesters, while making violent arrests"): the adjunct
    shares the subject of the verb it hangs on (English participial adjuncts are subject-controlled)
    and, with no patient named, the patient of that verb, or of a verb conjoined with it, when that
    verb is force or coercion too ("while" makes the two acts one scene: the arrests are of the
    people beaten). None where the adjunct names its own object or the host names no actor."""
    if predicate.dep_ != "advcl" or predicate.tag_ != "VBG" or _children(predicate, SUBJECT_DEPS | {"nsubjpass"}):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "while" for c in predicate.children):
        return None
    words = {w.i for w in trigger.words}
    if any(o.i not in words for o in _children(predicate, OBJECT_DEPS)):
        return None
    host = predicate.head
    for verb in [host, *host.conjuncts]:
        if verb.pos_ != "VERB":
            continue
        found = _classify_verb(verb, lex)
        if found is None or found[0] not in PATIENT_TYPES:
            continue
        shared = _shared_object(verb)
        for obj in _children(verb, ("dobj", "obj")) + ([shared] if shared is not None else []):
            if _is_actor(obj, lex, allow_pronoun=False):
                return obj
    return None


def _parse_noun_type(lex: Lexicon, token: Token) -> Optional[str]:
    """The PLOVER type the trigger lexicon gives the noun ``token`` ("concern" -> DISAPPROVE), else None."""
    entry = lex.nouns.get(noun_lemma(token))
    return entry[0] if entry else None


def _felt_about(token: Token, trigger: Trigger, predicate: Token, lex: Lexicon) -> bool:
    """Whether ``token`` is the act's own noun of feeling ("voiced the concerns of X about Y",
    plover_frames.yaml ``feeling_nouns``) with a phrase of what it is felt about ("about / over /
    at / regarding Y", ``feeling_topic_preps``): English emotion nouns take their experiencer in
    "of" or a possessor and their stimulus in that phrase, so the target (CAMEO 11: who the concern
    is about) is searched there, not among the holders."""
    return token in trigger.words and token.i != predicate.i and token.pos_ == "NOUN" \
        and token.lemma_.lower() in lex.feeling_nouns \
        and any(c.dep_ == "prep" and c.lower_ in lex.feeling_topic_preps for c in token.children)


def _agent_in_listed_acts(topic: Token, lex: Lexicon) -> Optional[Token]:
    """Who did the first act listed under a concern's or a complaint's topic ("raised our
    concerns about human rights, including Beijing's anti-democratic crackdown in Hong Kong; the
    ongoing genocide ... in Xinjiang"): the possessor or "by" agent of an act noun (hostile, an
    event noun of the trigger lexicon or event_detection.yaml generic_act_nouns), or the subject of
    a gerund, reached from the topic through "including / such as / like" lists, appositions and
    conjuncts, at any depth. CAMEO
    codes an accusation (11) or a complaint against the agent of the act it is about; a place
    ("in Hong Kong") is where, not who. None when no listed act names its agent."""
    seen: set[int] = set()
    queue = [topic]
    while queue:
        noun = queue.pop(0)
        if noun.i in seen:
            continue
        seen.add(noun.i)
        if noun.pos_ == "VERB" and noun.tag_ == "VBG":
            # "concern with Russia forcefully seizing control of nuclear facilities": the subject
            # of a gerund listed under the topic did it
            doer = next((c for c in noun.children if c.dep_ in SUBJECT_DEPS), None)
            if doer is not None and _is_actor(doer, lex, allow_pronoun=False):
                return doer
        if noun.pos_ == "NOUN" and (_is_hostile_noun(noun, lex) or noun.lemma_.lower() in lex.nouns
                                    or noun.lemma_.lower() in detection_lexicon()["generic_act_nouns"]):
            # (the possessor of an act noun is its agent, a subjective genitive: "the PRC's
            # broader malicious cyber activity"; of a right or a freedom it is the holder)
            for child in noun.children:
                if child.dep_ == "poss" and _is_actor(child, lex, allow_pronoun=False):
                    return child
                if child.dep_ == "prep" and child.lower_ == "by":
                    agent = next((o for o in child.children if o.dep_ == "pobj"), None)
                    if agent is not None and _is_actor(agent, lex, allow_pronoun=False):
                        return agent
        for child in noun.children:
            if child.dep_ in ("appos", "conj"):
                queue.append(child)
            elif child.dep_ == "prep" and (child.lower_ in ("including", "like") or (
                    child.lower_ == "as" and child.nbor(-1).lower_ == "such")):
                queue.extend(o for o in child.children if o.dep_ == "pobj")
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
        if _is_actor(held, lex, allow_pronoun=False) and held.lemma_.lower() not in lex.nouns:
            return held
        inner = _actor_inside(held, lex)
        if inner is not None:
            return inner
    return None


def _trip_meetings(predicate: Token, verbs) -> list[Token]:
    """The meeting verbs (``verbs``: event_detection.yaml visit_purpose_verbs) a sentence tells as
    part of the trip ``predicate`` names, by the trip's own traveller: a verb conjoined to the trip's
    verb with no subject of its own ("traveled to Colombia and met with ..."), a "where" relative
    clause inside the trip's phrase ("travel to Chisinau ... where he will meet with ..."), and the
    verb a trip noun's "during" / "on" phrase hangs on ("During his visit to Rzeszow, Robinson met
    with ..."); each with the meeting verbs conjoined to it. PLOVER CONSULT visit: the host is
    whom the visitor meets; the place is where."""
    found = []
    if predicate.pos_ == "VERB":
        found += [c for c in predicate.children if c.dep_ == "conj" and c.pos_ == "VERB"
                  and not _children(c, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)]
    found += [t for t in predicate.subtree if t.dep_ == "relcl" and t.pos_ == "VERB"
              and any(c.dep_ == "advmod" and c.lower_ == "where" for c in t.children)]
    if predicate.pos_ == "NOUN" and predicate.dep_ == "pobj" and predicate.head.lower_ in ("during", "on") \
            and predicate.head.head.pos_ == "VERB" and predicate.head.head.i != predicate.head.i:
        found.append(predicate.head.head)
    meetings = []
    for verb in found:
        for clause in [verb] + [c for c in verb.conjuncts if c.i > verb.i and c.pos_ == "VERB"
                                and not _children(c, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)]:
            if clause.lemma_.lower() in verbs and clause not in meetings:
                meetings.append(clause)
    return meetings


def _visit_partner(predicate: Token, trigger: Trigger, targets: list[Token], lex: Lexicon) -> Optional[Token]:
    """Whom a trip to a place is made to meet: "travel to Chisinau to meet with President Maia
    Sandu", "travel to Brussels to brief Allies at NATO headquarters", "traveled to Brasilia for
    meetings with senior representatives of the Brazilian government". PLOVER CONSULT (visit)
    is between the visitor and whom they visit; a place stands for its host government only
    where the sentence names no one met (the linker's capital -> state). The partner is the
    object or "with" phrase of a meeting verb in the trip's to-infinitive purpose, or the "with"
    phrase of a meeting noun in its "for" phrase (event_detection.yaml visit_purpose_verbs,
    visit_purpose_nouns)."""
    # (the destination: "travel to X", "visit X"; the parser may tag a capital ORG, never PERSON)
    words = detection_lexicon()
    trip = (trigger.mode or "").endswith("visit") or any(
        w.pos_ == "NOUN" and w.lemma_.lower() in words["travel_act_nouns"] for w in trigger.words)
    if not trip or not targets or targets[0].ent_type_ == "PERSON" \
            or targets[0].dep_ not in ("pobj", "dobj", "obj"):
        return None

    def named(word: Token) -> bool:
        return word.ent_type_ in ACTOR_ENT_LABELS - {"LOC", "FAC"}

    def partner_of(word: Optional[Token]) -> Optional[Token]:
        # a name: "meet with President Sandu"; else the name inside the phrase ("Allies at NATO
        # headquarters", "PRC officials", "representatives of the Brazilian government"); a
        # phrase with no name ("government counterparts") leaves the place for its host
        if word is None:
            return None
        if not named(word):
            inside = [w for w in word.subtree if w.i != word.i and named(w) and w.pos_ != "VERB"]
            # (a title's own name first: "the Chinese Foreign Minister Wang Yi" is Wang Yi)
            inner = next((w for w in word.children if w.dep_ in ("appos", "compound") and w.ent_type_ == "PERSON"),
                         inside[0] if inside else None)
            word = inner if inner is not None else (word if word.pos_ == "PROPN" else None)
        if word is None or not _is_actor(word, lex, allow_pronoun=False):
            return None
        return word

    for clause in predicate.children:
        if clause.dep_ in ("advcl", "xcomp") and clause.tag_ == "VB" and not _children(clause, SUBJECT_DEPS) \
                and clause.lemma_.lower() in words["visit_purpose_verbs"] \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            for obj in _children(clause, ("dobj", "obj")) + [_preps(clause).get("with")]:
                found = partner_of(obj)
                if found is not None:
                    return found
    for clause in _trip_meetings(predicate, words["visit_purpose_verbs"]):
        # the meeting the sentence tells as part of the trip: "traveled to Colombia and met with
        # President Duque", "will travel to Chisinau where he will meet with ...", "During his
        # visit to Rzeszow, Robinson met with the Border Guard Service": the place is only its venue
        for obj in _children(clause, ("dobj", "obj")) + [_preps(clause).get("with")]:
            found = partner_of(obj)
            if found is not None:
                return found
    purpose = _preps(predicate).get("for")
    if purpose is not None and purpose.lemma_.lower() in words["visit_purpose_nouns"]:
        return partner_of(_preps(purpose).get("with"))
    return None


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


DISPLACED_RECIPIENT = "people in flight ('those who fled X')"

# what one seeks in flight: "those seeking asylum" are people in flight, "those seeking to
# undermine X" are not
_SOUGHT_REFUGE = frozenset({"asylum", "refuge", "safety", "protection", "shelter", "sanctuary"})
# the verbs of flight that make "those" + clause people in flight (not "escape": "those who
# escaped justice" fled no place)
_FLIGHT_LEMMAS = frozenset({"flee", "displace", "seek"})


def _displaced_demonstrative(token: Token) -> bool:
    """Whether ``token`` is the demonstrative "those" heading a clause of flight ("those who have
    fled Venezuela", "those fleeing Ukraine", "those displaced by the war", "those seeking
    asylum"): English uses "those" + a relative or participial
    clause as a noun phrase for the people the clause describes, here people in flight, whom aid
    given to them reaches (PLOVER AID: the target is the recipient; the linker codes them from the
    place they fled, as it does "people fleeing Ukraine")."""
    if token.lower_ != "those" or token.pos_ not in ("PRON", "DET"):
        return False
    for clause in token.children:
        if clause.dep_ not in ("relcl", "acl") or clause.lemma_.lower() not in _FLIGHT_LEMMAS:
            continue
        if clause.lemma_.lower() != "seek" or any(
                c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _SOUGHT_REFUGE for c in clause.children):
            return True
    return False


def _sector_patient(obj: Token) -> Optional[Token]:
    """The first plural noun naming people of a Phoenix sector (``_sector_people``) among the
    preposition object ``obj`` and its later conjuncts ("against civil society, anti-war
    protestors, the democratic opposition": "protestors"), else None. A list's items share the
    preposition (English coordination), so a group noun first ("civil society") does not hide
    the people named after it."""
    for noun in [obj] + [c for c in obj.conjuncts if c.i > obj.i]:
        if noun.pos_ == "NOUN" and noun.tag_ == "NNS" and _sector_people(noun):
            return noun
    return None


def _protest_people(token: Token) -> bool:
    """Whether the noun ``token`` names protests by a crowd (CROWD_PROTEST_NOUNS, plural or with
    a determiner: "peaceful demonstrations", "the protests"), whose people a force or coercion
    aimed at it hits. (``_targets`` reads an actor inside the phrase first: "protests by farmers"
    targets the farmers.)"""
    if token.pos_ != "NOUN" or noun_lemma(token) not in CROWD_PROTEST_NOUNS:
        return False
    return token.tag_ == "NNS" or any(c.dep_ == "det" for c in token.children)


def _sector_people(token: Token) -> bool:
    """Whether the noun ``token`` itself names people of a Phoenix sector ("journalists" MED,
    "Airmen" MIL, "political dissidents" OPP): the agents phrase must end on the noun, not on a
    modifier ("military operations", "prison sentences" are things)."""
    found = agent_match(token.doc[token.left_edge.i:token.i + 1].text)
    return found is not None and found[1].lower().split()[-1] == token.lower_


def _participle_patient(predicate: Token, trigger: Trigger, lex: Lexicon, passive: bool,
                        frame_subject: Optional[Token]) -> Optional[Token]:
    """The patient of a reduced passive participle of coercion: "American and Canadian citizens
    *detained* in the PRC", "opposition leaders *arrested* in the past week": the noun the
    participle modifies underwent the act (English grammar: a reduced relative "who were
    detained"; PLOVER COERCE/SANCTION target the one acted on). Only a noun that names actors
    (people, groups, states), never a thing ("the equipment seized"), and not a noun of the
    lexicon's acts. Not force in general: "people killed" may have been killed by a cyclone."""
    if not passive or frame_subject is not None or predicate.dep_ != "acl" or predicate.tag_ != "VBN" \
            or (trigger.event_type not in ("COERCE", "SANCTION")
                and not (trigger.event_type == "ASSAULT" and _passive_agent(predicate) is not None)):
        # (only acts that someone must have done: "people killed" in a cyclone were hit by no one;
        # force with its doer named, "six Airmen killed by a suicide bomber", was done to the noun)
        return None
    head = predicate.head
    if head.pos_ not in ("NOUN", "PROPN") or noun_lemma(head) in lex.nouns:
        return None
    if not _is_actor(head, lex, allow_pronoun=False) and not (
            head.tag_ in ("NNS", "NNPS") and _sector_people(head)):
        # (people of a Phoenix sector, "Airmen" MIL, "journalists" MED, are actors acted on)
        return None
    return head


def _custodian_state(predicate: Token, lex: Lexicon) -> Optional[Token]:
    """The state that holds someone detained, arrested or jailed "in" it with no agent named:
    "citizens detained in the PRC", "was arrested in Russia". Custody is a state act (CAMEO 173
    "arrest, detain", coded with the state's police or security forces as source; PLOVER COERCE),
    so the country where it happens is its source. Only a country named as such (a name or
    alias, not a city or capital) and only the custody verbs of event_detection.yaml."""
    if verb_lemma(predicate, lex) not in detection_lexicon()["custody_verbs"] or _passive_agent(predicate) is not None:
        return None
    place = _preps(predicate).get("in")
    if place is None or place.ent_type_ not in PLACE_ENT_LABELS:
        return None
    span = place.doc[place.left_edge.i: place.i + 1].text
    country = lookup_country(span) or lookup_country(place.text)
    if country is None or country.matched_as not in ("name", "alias"):
        return None
    return place


def _named_country(token: Optional[Token]) -> Optional[Token]:
    """``token`` where it (with its left modifiers) names a country as such (a name or alias, not
    a city, capital or demonym), else None."""
    if token is None:
        return None
    span = token.doc[token.left_edge.i: token.i + 1].text
    country = lookup_country(span) or lookup_country(token.text)
    return token if country is not None and country.matched_as in ("name", "alias") else None


def _implied_state(predicate: Token, trigger: "Trigger", lex: Lexicon) -> Optional[Token]:
    """The state an agentless passive act of state authority names by where it happens (None when
    the clause names none, or names an agent): a visa or entry refused "to enter X" / "into X"
    ("The Afghan team had been denied visas to enter the United States": only X issues its visas),
    goods seized or people held "at X's border" ("doses of fentanyl were seized at U.S. borders":
    X's border authorities), and captives released who were held "in X" ("ten Americans who have
    been detained in Venezuela have been released": the holder releases, as ``_custodian_state``
    makes it the detainer). Word lists: event_detection.yaml entry_refusal_verbs, entry_nouns,
    border_seizure_verbs, border_nouns, release_acts, custody_verbs."""
    if _passive_agent(predicate) is not None:
        return None
    words = detection_lexicon()
    lemma = verb_lemma(predicate, lex)
    if lemma in words["entry_refusal_verbs"] and any(
            o.lemma_.lower() in words["entry_nouns"] for o in _children(predicate, ("dobj", "obj", "nsubjpass"))):
        for token in predicate.subtree:
            if token.lemma_.lower() == "enter" and token.pos_ == "VERB":
                found = next((_named_country(o) for o in _children(token, ("dobj", "obj")) if _named_country(o)), None)
                if found is not None:
                    return found
            if token.lower_ == "into" and token.head.lemma_.lower() in words["entry_nouns"]:
                found = next((_named_country(o) for o in _children(token, ("pobj",)) if _named_country(o)), None)
                if found is not None:
                    return found
    if lemma in words["border_seizure_verbs"]:
        place = _preps(predicate).get("at")
        if place is not None and place.lemma_.lower() in words["border_nouns"]:
            for modifier in place.children:
                if modifier.dep_ in ("compound", "poss") and _named_country(modifier) is not None:
                    return modifier
            found = _named_country(_preps(place).get("of"))
            if found is not None:
                return found
    if lemma in words["release_acts"] and trigger.mode == "release":
        for captive in _children(predicate, PASSIVE_SUBJECT_DEPS):
            for clause in captive.children:
                if clause.dep_ in ("relcl", "acl"):
                    holder = _custodian_state(clause, lex)
                    if holder is not None:
                        return holder
    return None


def _captive_holder(trigger: Trigger, lex: Lexicon) -> Optional[tuple[Optional[Token], Token]]:
    """(holder, captives) of a release a DEMAND asks for: "call for the release of all hostages
    held by Hamas" -> (Hamas, hostages), "the release of political prisoners in Cuba" -> (Cuba,
    prisoners), "call for the release of Russia's political prisoners" -> (Russia, prisoners).
    CAMEO 0243 "demand release of persons" is aimed at whoever holds them, so that holder is
    the demand's recipient. The release is the noun ("release of X") or verb ("to release X")
    the demand verb governs through prepositions, objects and infinitives; the holder is the
    by-agent of a custody participle on the captives, a country they are held "in"
    (``_custodian_state``), the possessor of "custody" or of the captive noun (an actor, not a
    pronoun), or a country the captive noun is "in"; (None, captives) when no holder is named.
    None when the demand asks for no release."""
    words = detection_lexicon()
    release = None
    for token in trigger.token.subtree:
        if token.lemma_.lower() not in words["release_acts"] or token.i <= trigger.token.i:
            continue
        node, ok = token, True
        while node.i != trigger.token.i:
            if node.dep_ not in ("prep", "pobj", "xcomp", "dobj", "conj", "ccomp", "advcl") \
                    or (node.i != token.i and node.pos_ in ("VERB", "AUX") and _children(node, SUBJECT_DEPS)
                        and node.head.i != trigger.token.i):
                ok = False
                break
            node = node.head
        if ok:
            release = token
            break
    if release is None:
        return None
    captive = _preps(release).get("of") if release.pos_ == "NOUN" else next(iter(_children(release, ("dobj", "obj"))), None)
    if captive is None:
        return None
    return _holder_of(captive, lex), captive


def _holder_of(captive: Token, lex: Lexicon) -> Optional[Token]:
    """Who holds ``captive`` (see ``_captive_holder``): the by-agent of a custody participle or
    relative clause on it, a country it is held "in", the possessor of "custody" or of the captive
    noun, or a country the captive noun is "in"; None when the sentence names none."""
    words = detection_lexicon()
    custody = words["custody_verbs"]
    for token in captive.subtree:
        if token.dep_ in ("acl", "relcl") and token.pos_ == "VERB" and verb_lemma(token, lex) in custody:
            agent = _passive_agent(token)
            if agent is not None and _is_actor(agent, lex, allow_pronoun=False):
                return agent
            state = _custodian_state(token, lex)
            if state is not None and _state_by_name(state):
                return state
        if token.lemma_.lower() == "custody" or token.lemma_.lower() in words["captive_nouns"]:
            owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
            if owner is not None and _is_actor(owner, lex, allow_pronoun=False):
                return owner
        if token.lemma_.lower() in words["captive_nouns"]:
            place = _preps(token).get("in")
            if place is not None and place.ent_type_ in PLACE_ENT_LABELS and _state_by_name(place):
                return place
    return None


def _announced_release_holder(trigger: Trigger, lex: Lexicon) -> Optional[Token]:
    """The holder of the captives of a release told as a noun under another verb ("I am pleased to
    announce the release of U.S. citizen Trevor Reed, who was wrongfully detained in Russia"):
    PLOVER RETREAT/release is done by whoever held the captives (CAMEO 0841 "return, release
    person(s)" is coded with the releasing captor as source), never by who announces or welcomes
    it; the holder is read as ``_holder_of`` reads it. None when the release is the verb itself or
    no holder is named."""
    if trigger.mode != "release":
        return None
    words = detection_lexicon()
    for release in trigger.words:
        if release.pos_ == "NOUN" and release.i != trigger.head.i and release.lemma_.lower() in words["release_acts"]:
            captive = _preps(release).get("of")
            if captive is not None:
                return _holder_of(captive, lex)
    return None


def _state_by_name(place: Token) -> bool:
    """A place named as a state (its name, or an upper-case short form: "Cuba", "the PRC"), not
    a territory a gazetteer alias maps to one ("Gaza" -> Palestine): captives held in a
    territory are held by whoever controls it, which the place does not say."""
    span = place.doc[place.left_edge.i: place.i + 1].text
    country = lookup_country(span) or lookup_country(place.text)
    return country is not None and (country.matched_as == "name"
                                    or (country.matched_as == "alias" and place.text.isupper()))


def _intended_for_noun(verb: Token) -> bool:
    """A passive infinitive that says what is meant to happen to a noun's referents: "a list of
    Ukrainians *to be killed or sent* to camps", "targets to be struck". The act is intended,
    not done (TimeML: an infinitival relative is an unrealised, modal event), so its status is
    hypothetical. The parser hangs the infinitive on the noun (acl) or on the verb whose object
    the noun is (xcomp after that object); a conjunct shares its coordinate's "to be"."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ == "aux" for c in verb.children):
        verb = verb.head
    if not (any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in verb.children)):
        return False
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return True
    return verb.dep_ == "xcomp" and any(o.dep_ in ("dobj", "obj") and o.pos_ == "NOUN" and o.i < verb.i
                                        for o in verb.head.children)


def _claimed_coordination(verb: Token, lex: Lexicon) -> bool:
    """An evidential adverb before coordinated verbs scopes over the later conjuncts too: "have
    *reportedly* attacked and beaten protesters" reports the beating as well (claimed_adverbs).
    Only upwards along the conjunct chain: an adverb on a later conjunct ("were deployed and
    reportedly attacked") does not reach the earlier verb."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i and node.head.pos_ in ("VERB", "AUX"):
        node = node.head
        if any(c.lower_ in lex.claimed_adverbs and c.i < verb.i for c in node.children):
            return True
    host = _adjunct_host(node)
    if host is not None and host.i != verb.i:
        if any(c.lower_ in lex.claimed_adverbs and c.i < node.i for c in host.children):
            return True
        return _claimed_coordination(host, lex)
    return False


def _adjunct_host(verb: Token) -> Token | None:
    """The verb a subjectless non-finite adjunct hangs on: "attacked protesters, *while making*
    arrests" (an advcl participle), "have died *after being tortured*" (the participle after a
    preposition). The adjunct has no clause of its own, so an evidential adverb on its host
    ("have *reportedly* died after being tortured") scopes over it as well: what is reported is
    the host's whole predicate (``_claimed_coordination``). None for a finite or subject-bearing
    adjunct ("after police had arrested them", "with troops firing")."""
    if verb.tag_ not in ("VBG", "VBN") or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
        return None
    if verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX"):
        return verb.head
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
        return verb.head.head
    return None


def _told_in_reports(token: Token) -> bool:
    """Whether the act of ``token`` (an event noun, or the verb of a trigger) is known only from
    reports, so relayed as others tell it (status claimed; README: acts known only from "reports
    of ..." are claimed): it is the "of" object of a source-introducing noun ("reports *of*
    Russia's attacks", "allegations of torture"; event_detection.yaml claim_nouns), or it sits in
    that "of" phrase ("we saw reports of Russian forces *shooting* civilians", "credible reports
    of unarmed civilians *shot* in the back") or in the "that" clause giving the content of such a
    noun ("we have seen disturbing reports *that security forces fired* on protesters", "there
    are reports that Ukrainian citizens *have been killed*", "there have been reports as well
    that Russian forces *have cut off* internet"), or its clause is told "according to" such a
    noun ("According to credible reports, the division has been implicated in violence ...")."""
    claim_nouns = detection_lexicon()["claim_nouns"]
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.pos_ == "NOUN" and node.dep_ == "pobj" and node.head.lower_ == "of":
        holder = node.head.head
        if holder.pos_ == "NOUN" and holder.lemma_.lower() in claim_nouns:
            return True
    clause = node
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    for verb in (clause, _coordinate(clause) if clause.dep_ == "conj" else clause):
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "according":
                if any(o.dep_ == "pobj" and o.lemma_.lower() in claim_nouns
                       for to in prep.children if to.lower_ == "to" for o in to.children):
                    return True
    if node.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in node.children) and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in claim_nouns and any(
                p.dep_ == "prep" and p.lower_ == "of" for p in c.children) for c in node.children):
        # the parser's reading of "credible reports of unarmed civilians *shot* in the back" with
        # "reports" as the subject of the participle: a participle with no auxiliary is no finite
        # verb, the phrase is the noun's "of" content (a reduced passive, ``_subject``)
        return True
    for _ in range(6):
        # up from the verb to the claim noun its clause or phrase hangs on
        parent = node.head
        if parent.i == node.i:
            return False
        if parent.pos_ == "NOUN" and parent.lemma_.lower() in claim_nouns:
            if node.dep_ == "prep" and node.lower_ in CLAIM_CONTENT_PREPS:
                return True  # "reports of Russian forces shooting civilians", "allegations regarding
                # Iran's attempts to carry out an assassination"
            if node.dep_ in ("acl", "ccomp") and node.pos_ in ("VERB", "AUX") and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in node.children):
                return True  # "reports that security forces fired on protesters"
            if node.dep_ == "acl" and node.tag_ in ("VBN", "VBG") and any(
                    c.dep_ == "prep" and c.lower_ == "of" and c.i < node.i for c in parent.children):
                return True  # "reports of unarmed civilians shot in the back", "reports of soldiers
                # shooting civilians" (not "reports issued by X")
            return False
        if node.dep_ == "advcl" and parent.lemma_.lower() == "be" and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in node.children) and any(
                c.dep_ == "attr" and c.lemma_.lower() in claim_nouns for c in parent.children):
            return True  # "there have been reports as well that Russian forces have cut off ..."
        if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ in CLAIM_CONTENT_PREPS[1:]:
            node = parent  # the attempt or plot alleged: "allegations regarding Iran's attempts"
            continue
        if node.dep_ == "acl" and parent.pos_ == "NOUN" and parent.dep_ == "pobj" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            node = parent  # "attempts *to carry out* an assassination": the act of the alleged attempt
            continue
        if node.dep_ not in ("pcomp", "prep", "conj"):
            return False
        node = parent
    return False


# the prepositions of a claim noun that give its content: "reports of", "allegations regarding /
# about / concerning" (topic prepositions, as plover_frames.yaml feeling_topic_preps for feelings)
CLAIM_CONTENT_PREPS = ("of", "regarding", "about", "concerning")


def _be_to_future(verb: Token) -> bool:
    """Whether ``verb`` is the infinitive of a present "be to" ("On Wednesday, Mohamed and his
    father *are to travel* to the United Nations", "The Secretary *is to meet* ..."): English
    "be to" tells an act arranged or scheduled, still to come (the be-to future), as "will" does.
    ``verb`` is an open complement of a present "is / are / am" that has a subject and no other
    auxiliary or complement; "were to" is a condition, read elsewhere."""
    be = verb.head
    return verb.dep_ == "xcomp" and be.i != verb.i and be.lemma_.lower() == "be" and be.tag_ in ("VBZ", "VBP") \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in be.children) \
        and not any(c.dep_ in ("aux", "auxpass", "acomp", "attr", "neg") for c in be.children)


def _status(trigger: Trigger, lex: Lexicon) -> tuple[str, bool]:
    """(status, under a reporting verb?) of an event from its clause."""
    frame = [trigger.head]
    if trigger.token.i != trigger.head.i and not trigger.rule.startswith("reporting verb"):
        frame.append(trigger.token)  # a demand that X *not* do Y is still an asserted demand
    negated = any(c.dep_ == "neg" or c.lower_ in lex.negators
                  for t in frame for c in t.children if c.dep_ in ("neg", "advmod"))
    aux = {c.lower_ for t in frame for c in t.children if c.dep_ in ("aux", "auxpass")}
    coordinate = trigger.head
    while not aux and coordinate.dep_ == "conj" and (coordinate.tag_ == "VB" or _progressive_conjunct(coordinate)):
        # "He will thank Poland ... and discuss aid": a bare conjoined verb shares the modal of
        # the verb it is coordinated with; so does a bare "-ing" conjunct of a progressive ("will
        # be providing advice and *supporting* the efforts": English coordination shares "will be")
        coordinate = _coordinate(coordinate)
        aux = {c.lower_ for c in coordinate.children if c.dep_ in ("aux", "auxpass")}
    kept = _conjoined_aspect(trigger.head, lex) if aux <= {"to"} else None
    if kept is not None:
        # "we will remain in close contact ..., and keep surging ... aid *to help* the people of
        # Ukraine": the aspect verb is a bare conjunct and shares the modal of its coordinate
        for _ in range(4):
            kept = _coordinate(kept)
            shared = {c.lower_ for c in kept.children if c.dep_ in ("aux", "auxpass")}
            if shared or kept.dep_ != "conj" or kept.tag_ != "VB" or any(c.dep_ == "nsubj" for c in kept.children):
                aux |= shared
                break
    continued = _aspect_conjunct_host(trigger.head, lex) if aux <= {"to"} else None
    if continued is not None:
        # "will continue to support the Ukrainian people and provide them with security
        # assistance": the conjunct continues too, under the aspect verb's auxiliaries
        aux |= {c.lower_ for c in continued.children if c.dep_ in ("aux", "auxpass")}
        negated = negated or any(c.dep_ == "neg" for c in continued.children)
    if trigger.head.dep_ == "pcomp" and trigger.head.head.lower_ == "by" and trigger.head.head.head.pos_ in ("VERB", "AUX"):
        # the means of an act ("will modify the rate ... by suspending 24 points") is as planned
        # as the act: the auxiliaries sit on the governing verb or the verb it completes
        governing = trigger.head.head.head
        for _ in range(4):
            # "will sustain and *increase* pressure on Russia by imposing ...": a bare conjoined
            # verb shares the auxiliaries of the verb it is coordinated with (as above)
            if any(c.dep_ in ("aux", "auxpass") for c in governing.children) or governing.dep_ != "conj" \
                    or governing.head.i == governing.i or governing.head.pos_ not in ("VERB", "AUX"):
                break
            governing = governing.head
        for verb in (governing, governing.head if governing.dep_ == "xcomp" else governing):
            aux |= {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        # "The G7 must increase pressure on Russia by imposing ...": the means of an act only
        # demanded is part of the demand, not done (TimeML: a modal SLINK, as an obliged purpose)
        means_obliged = bool(aux & lex.obligation_aux) and not aux & (lex.planned_aux | lex.hypothetical_aux)
    else:
        means_obliged = False
    host = _participial_host(trigger.head) if not aux else None
    if host is not None:
        # "she will attend a naturalization ceremony, congratulating new U.S. citizens": a free
        # participial adjunct has no tense or modal of its own and takes its matrix clause's
        # (English supplementive clauses; TimeML: its modality is the governing event's)
        aux |= {c.lower_ for c in host.children if c.dep_ in ("aux", "auxpass")} & (lex.planned_aux | lex.hypothetical_aux)
        if not aux:
            # "The parties must work ... to urgently *reach* agreement ..., *delivering* greater
            # benefits for the Yemeni people": the participle of a purpose infinitive takes the
            # status of the act that purpose serves (what a demanded agreement would deliver is
            # not done; a purpose of an act to come is to come)
            served = _future_purpose_governor(host, lex)
            if served is not None:
                aux |= {c.lower_ for c in served.children if c.dep_ == "aux"} & lex.planned_aux
            elif _future_purpose_governor(host, lex, lex.obligation_aux) is not None \
                    or any(c.dep_ == "aux" and c.lower_ in lex.obligation_aux for c in host.children):
                means_obliged = True
    governing = _future_purpose_governor(trigger.head, lex, carried_on=trigger.event_type in lex.expressive_types) \
        if aux <= {"to"} else None
    if governing is not None:
        # "the United States will use all ... tools at our disposal to support the people of
        # Nicaragua", "we will work with our partners to provide assistance": a purpose is not yet
        # realised, and that of an act to come is to come with it (TimeML: the purpose clause is
        # an unrealised event anchored on its governing event)
        aux |= {c.lower_ for c in governing.children if c.dep_ == "aux"} & lex.planned_aux
    # "This is a growing challenge that must be addressed to prevent Chinese ... steel exports
    # from gaining access": the purpose of an act only obligated is as unrealised as that act
    # (TimeML: a purpose clause is a modal SLINK of its governing event; FactBank: not factual)
    obliged = governing is None and aux <= {"to"} and _future_purpose_governor(
        trigger.head, lex, lex.obligation_aux) is not None
    reluctance = _reluctance_over(trigger.head)  # "did not hesitate to", "are not afraid to"
    # "is ready to" / "is prepared to": the auxiliaries sit on the copula
    if trigger.head.dep_ == "acomp":
        aux |= {c.lower_ for c in trigger.head.head.children if c.dep_ in ("aux",)}
        negated = negated or any(c.dep_ == "neg" for c in trigger.head.head.children)
    elif reluctance is not None:
        pass  # "we are not afraid to impose costs": see below
    elif _adjective_copula(trigger.head) is not None and not aux - {"to"}:
        # "would be proud *to host* President Obama", "will be ready to sign": the infinitive of a
        # predicate adjective takes the copula's modal (a "would" with no condition is a
        # hypothetical; TimeML: the complement of a modal predicate is not factual)
        copula = _adjective_copula(trigger.head)
        aux |= {c.lower_ for c in copula.children if c.dep_ == "aux"} & (lex.planned_aux | lex.hypothetical_aux)
        negated = negated or any(c.dep_ == "neg" for c in copula.children)
    hedged = _hedge_over(trigger.head, lex)
    ancestors = list(trigger.head.ancestors)
    if any(_denial(a, lex) for a in ancestors):
        negated = True  # "X denied that it had shelled the village"
    if _told_as_false(trigger.head):
        negated = True  # "spreading lies that the United States ... are conducting ..."
    if _neg_raised_frame(trigger.head) is not None:
        negated = True  # "should not expect the U.S. military is going to come rescue them"
    if _failed_act(trigger.head):
        negated = True  # "has failed to take steps to investigate": the act did not take place
    # "did not hesitate to impose sanctions": done (a past predicate); "we are not afraid to impose
    # costs": a stance about acts to come, hypothetical
    stance_to_come = reluctance is not None and not (
        reluctance.tag_ == "VBD" or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in reluctance.children))
    if reluctance is None and trigger.head.dep_ == "xcomp" and any(c.dep_ == "neg" for c in trigger.head.head.children):
        negated = True  # "he does not dare to accuse Venezuela"
    if _forgone_act(trigger.head) is not None:
        negated = True  # "Rather than withholding them, the Government notified ...": not done
    # a factive verb ("noted that", "acknowledged that") presents its complement as fact: the
    # article relays no disputed claim
    reported = any(_is_reporting(a, lex) and a.lemma_.lower() not in lex.factive_verbs for a in ancestors)
    claimed = any(a.lemma_.lower() in ("claim", "allege", "believe", "suspect", "think", "fear")
                  for a in ancestors if a.pos_ == "VERB")
    claimed = claimed or any(c.lower_ in lex.claimed_adverbs for t in frame for c in t.children)
    claimed = claimed or _told_in_reports(trigger.head)
    claimed = claimed or _claimed_coordination(trigger.head, lex)
    claimed = claimed or _charged_act(trigger.head, lex)
    claimed = claimed or _measure_ground(trigger.head, lex) is not None
    conditional = _conditional_host(trigger.head, lex) is not None  # "if X is prepared to take steps to provide"
    conditional = conditional or _inverted_condition(trigger.head)  # "should Moscow invade Ukraine, ..."
    conditional = conditional or _intended_for_noun(trigger.head)  # "a list of Ukrainians to be killed"
    occasion = _open_occasion(trigger.head)
    if occasion is not None and occasion.lower_ in detection_lexicon()["future_occasion_marks"] \
            and any(c.dep_ == "aux" and c.lower_ in lex.planned_aux for c in _clause_verb(trigger.head).head.children):
        # "When the Secretary visits Kyiv next week, she will meet ...": the occasion of an act
        # to come is to come with it
        aux |= {c.lower_ for c in _clause_verb(trigger.head).head.children if c.dep_ == "aux"} & lex.planned_aux
        occasion = None
    concurrent = _concurrent_future(trigger.head, lex) if aux <= {"to"} else None
    if concurrent is not None:
        # "Even as we meet with our Chinese counterparts, we will also continue to hold China
        # accountable": the clause's present takes its time from the future main clause
        aux |= {c.lower_ for c in concurrent.children if c.dep_ == "aux"} & lex.planned_aux
    conditional = conditional or occasion is not None  # "once the Secretary designates ..."
    conditional = conditional or _reduced_condition(trigger.head) is not None  # "If confirmed, X will lead ..."
    # (not for the DEMAND made of the obligation itself: "The parties must work with Special Envoy
    # Grundberg to urgently reach agreement" is the writer's demand, made now, as "X must negotiate"
    # is; its purpose or means is what is demanded, not a second, unrealised act)
    demanded = trigger.event_type == "DEMAND" and " under obligation '" in trigger.rule
    conditional = conditional or ((obliged or means_obliged) and not demanded)
    conditional = conditional or stance_to_come
    # "nor will any attempts to annex ... (be considered legitimate)": any act of the kind, by
    # anyone, whether or not one is made; no one act is told
    conditional = conditional or _generic_effort_infinitive(trigger.head)
    if negated:
        return "negated", reported
    if conditional:
        return "hypothetical", reported
    # "would" in what a speech verb reports is the future of the past ("emphasized that the United
    # States would continue to provide support"), factive or not (English sequence of tenses)
    said = reported or any(_is_reporting(a, lex) for a in ancestors)
    if aux & lex.planned_aux or (said and "would" in aux) or _be_to_future(trigger.head):
        return "planned", reported
    if aux & lex.hypothetical_aux or hedged:
        return "hypothetical", reported
    if trigger.head.i != trigger.token.i and trigger.event_type in ("AGREE", "THREATEN") \
            and trigger.head.lemma_.lower() in lex.speech_act_stances and trigger.head.tag_ in ("VBD", "VBN", "VBZ", "VBP"):
        # "the two leaders agreed to consult with regional partners", "pledged to strengthen these
        # ties", "has threatened to block": the event is the agreement, promise or threat, which
        # took place (PLOVER AGREE "agree to, offer, promise", THREATEN "all threats");
        # what was promised is to come
        return ("claimed" if claimed else "asserted"), reported
    if trigger.head.i != trigger.token.i and trigger.event_type in ("AGREE", "THREATEN"):
        return "planned", reported
    if trigger.rule.startswith(HEDGED_PERFORMATIVE):
        return ("claimed" if claimed else "asserted"), reported
    stance = _stance_kind(trigger.head, lex) if trigger.head.i != trigger.token.i else None
    if stance is not None and stance[0] == "plan" and not _decided_in_past(trigger.head) \
            and "under obligation" not in trigger.rule and not trigger.rule.startswith(FORCE_PREPARATION):
        # (not "X should consider suspending", a demand made now, nor a force being prepared, MOBILIZE,
        # which is itself under way: "are preparing to launch an attack")
        # "the Duma plans to send Putin an appeal", "is preparing to condemn": an intention
        # names an act still to come whatever its type (plover_frames.yaml stance_verbs "plan:
        # like commit but status planned"; TimeML: an intended event is not asserted)
        return "planned", reported
    if _intention_over(trigger.head, lex) is not None:
        # "we ... intend to cooperate closely to stand up for ..., support the rule of law,
        # promote inclusive growth, invest in the development of communities": every conjunct of
        # the intended acts is intended, not only the first (English coordination shares the
        # governing "intend to"; plover_frames.yaml stance_verbs plan / commit: what is promised
        # or planned is to come)
        return "planned", reported
    if claimed:
        return "claimed", reported
    return "asserted", reported


def _instrument_purpose(verb: Token) -> bool:
    """Whether ``verb`` is the use a thing is put to, with no agent named: the infinitive or "for"
    object of a passive "use" ("These additional resources will be used *to provide* Ukraine ...
    with", "can be used *for exporting* ...", "funds used to buy ..."). The purpose of money or
    goods is no act by anyone (lexicon: event_detection.yaml instrument_use_verbs)."""
    if verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        use = verb.head
    elif verb.dep_ == "pcomp" and verb.head.lower_ == "for" and verb.head.dep_ == "prep":
        use = verb.head.head
    else:
        return False
    if use.i == verb.i or use.tag_ != "VBN" or use.lemma_.lower() not in detection_lexicon()["instrument_use_verbs"]:
        return False
    passive = use.dep_ == "acl" or any(c.dep_ in ("auxpass", "nsubjpass") for c in use.children)
    return passive and _passive_agent(use) is None


def _adopted_proposal(noun: Token) -> bool:
    """Whether the proposal ``noun`` ("resolution", "motion") was voted for or adopted, in the past
    and with no modal: its object ("adopted a resolution"), its "for" / "in support of" / "in
    favour of" object ("voted in support of a resolution"), or its passive subject ("a resolution
    ... was adopted"). What the adopted text says (condemns, calls for) is then said by the voters
    (lexicon: event_detection.yaml adoption_verbs)."""
    words = detection_lexicon()
    verb = None
    if noun.dep_ in ("dobj", "nsubjpass"):
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        prep = noun.head
        if prep.lower_ == "for":
            verb = prep.head
        elif prep.lower_ == "of" and prep.head.lemma_.lower() in words["adoption_support_nouns"] \
                and prep.head.dep_ == "pobj" and prep.head.head.lower_ == "in":
            verb = prep.head.head.head
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in words["adoption_verbs"]:
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" or c.lower_ == "to" for c in aux):
        return False
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.tag_ in ("VBD", "VBZ", "VBP") for c in aux)


def _intention_over(verb: Token, lex: Lexicon) -> Optional[Token]:
    """The stance verb of intention or commitment (plover_frames.yaml stance_verbs "plan" /
    "commit": "intend to", "plan to", "aim to", "committed to", "agreed to") whose infinitive
    ``verb`` is in: the complement itself, a conjunct of it with no subject or auxiliary of its
    own ("committed to support Ukraine, *provide* humanitarian aid ..."), or the purpose
    infinitive of either ("intend to cooperate closely to *support* ..."), else None. Not a past
    decision ("decided to attack": the act was carried out, ``_decided_in_past``) nor a hedged
    performative ("we want to thank": performed now). Where the parser takes the list after the
    stance clause for a subjectless base-form main verb ("..., intend to cooperate closely to stand
    up for X, support Y, promote Z"), the stance clause is an adverbial of that verb before it."""
    node = verb
    for _ in range(8):
        if any(c.dep_ in ("nsubj", "nsubjpass", "mark") or c.dep_ in ("aux", "auxpass") and c.lower_ != "to"
               for c in node.children):
            return None  # a clause of its own, with its own tense or subject
        if node.dep_ == "pcomp" and node.tag_ == "VBG" and node.head.lower_ == "including" \
                and node.head.head.pos_ == "VERB" and node.head.head.tag_ == "VB":
            # "commits to utilize all available leverage ..., *including appointing* a special
            # envoy": a part of the promised act is promised with it
            node = node.head.head
            continue
        if node.dep_ == "pcomp" and node.tag_ == "VBG" and node.head.lower_ == "to" and node.head.dep_ == "prep":
            # "committed to supporting X, *expanding* Y": the gerund of a promise (to_gerund_stances)
            governing = node.head.head
            stance = _stance_kind(governing, lex) if governing.pos_ == "VERB" else None
            if stance is None or stance[0] not in ("plan", "commit") or stance[1].i != node.i \
                    or _decided_in_past(governing) or node.i == verb.i:
                return None
            return governing
        if node.dep_ == "conj" and node.head.i != node.i and node.head.pos_ == "VERB" \
                and (node.tag_ == "VB" or node.tag_ == "VBG" and node.head.tag_ == "VBG"):
            governing = node.head
            stance = _stance_kind(governing, lex)
            if stance is not None and stance[0] in ("plan", "commit"):
                # "The ministers committed to support Ukraine, provide humanitarian aid ...": the
                # parser hangs the bare infinitives of the list on the stance verb; a base form
                # after its infinitive complement continues that list where it cannot be a
                # predicate of the same subject (a past or third-person stance verb) or follows
                # a list comma
                listed = stance[1].i < node.i and (governing.tag_ in ("VBD", "VBN", "VBZ")
                                                   or node.left_edge.i > 0 and node.doc[node.left_edge.i - 1].text == ",")
                if not listed or _decided_in_past(governing) or _hedged_performative(governing):
                    return None
                return governing
            earlier = [c for c in governing.children if c.dep_ == "conj" and c.i < node.i]
            sibling = earlier[-1] if earlier else None
            stance = _stance_kind(sibling, lex) if sibling is not None and sibling.pos_ == "VERB" else None
            if stance is not None and stance[0] in ("plan", "commit") and node.tag_ == "VB" \
                    and stance[1].right_edge.i + 2 >= node.left_edge.i and node.doc[node.left_edge.i - 1].text == ",":
                # "we affirm our commitment ... and intend to cooperate closely to stand up for X,
                # *support* Y, promote Z": the list after the intention's infinitive hung on the
                # first verb of the sentence, beside the stance verb whose complement it continues
                if _decided_in_past(sibling) or _hedged_performative(sibling):
                    return None
                return sibling
            node = governing
            continue
        if node.dep_ in ("xcomp", "advcl") and node.tag_ == "VB" and node.head.i != node.i \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            governing = node.head
            stance = _stance_kind(governing, lex) if governing.pos_ == "VERB" else None
            if stance is not None and stance[0] in ("plan", "commit") and stance[1].i == node.i:
                if _decided_in_past(governing) or _hedged_performative(governing):
                    return None
                return governing if node.i != verb.i else None  # the complement itself: its frame
            if governing.pos_ == "VERB" and governing.tag_ == "VB":
                node = governing
                continue
            return None
        if node.dep_ == "ROOT" and node.tag_ == "VB" and node.i != verb.i or node.dep_ == "ROOT" and node.tag_ == "VB" \
                and verb.dep_ == "ROOT":
            for clause in node.children:
                if clause.dep_ != "advcl" or clause.i > node.i or clause.right_edge.i + 2 < node.left_edge.i:
                    continue
                for token in clause.subtree:
                    stance = _stance_kind(token, lex) if token.pos_ == "VERB" else None
                    if stance is not None and stance[0] in ("plan", "commit") and not _decided_in_past(token) \
                            and not _hedged_performative(token) and stance[1].right_edge.i >= clause.right_edge.i - 1:
                        return token
            return None
        return None
    return None


def _progressive_conjunct(verb: Token) -> bool:
    """Whether ``verb`` is a bare "-ing" conjunct (no subject or auxiliary of its own) of a
    progressive verb ("will be providing advice and *supporting* the efforts"), which shares that
    verb's auxiliaries as a bare infinitive conjunct shares a modal."""
    head = verb.head
    return verb.tag_ == "VBG" and head.i != verb.i and head.tag_ == "VBG" \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children) \
        and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in head.children)


def _participial_host(verb: Token) -> Optional[Token]:
    """The finite verb whose clause the free "-ing" participle ``verb`` modifies ("will attend a
    ceremony, congratulating new citizens": advcl, no subject, auxiliary or subordinator of its
    own), else None."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children):
        return None
    return verb.head


def _bounding_condition(trigger: Trigger) -> Optional[Token]:
    """The verb of an "until" clause with a subject of its own that bounds a coercive act ("we will
    continue to impose costs on the military regime *until it ceases the violence*"; "will keep up
    the pressure until Moscow withdraws"): the measure is kept up as leverage on what another party
    must do, a coercive warning (PLOVER THREATEN: "coercive or forceful warnings"; the same frame
    as "unless"), not a measure carried out today. None otherwise (a bare "until" of time, "until
    next year", "until then", has no clause)."""
    for node in {trigger.head.i: trigger.head, trigger.token.i: trigger.token,
                 **{w.i: w for w in trigger.words if w.pos_ in ("VERB", "AUX")}}.values():
        for clause in node.children:
            if clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "until" for m in clause.children) \
                    and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
                subject = next(c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass"))
                own = next((c for c in node.children if c.dep_ == "nsubj"), None) \
                    or next((c for c in trigger.head.children if c.dep_ == "nsubj"), None)
                if own is None or subject.lower_ != own.lower_:
                    return clause
    return None


def _conjoined_aspect(verb: Token, lex: Lexicon) -> Optional[Token]:
    """The ongoing aspect verb ("keep", "continue"; plover_frames.yaml ongoing_aspect_verbs) whose
    infinitive ``verb`` is, where that aspect verb is a bare conjoined verb with no auxiliary or
    subject of its own ("we will remain in contact ... and *keep* surging aid to help ..."), else
    None: English coordination shares the first conjunct's modal with it."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    aspect = verb.head
    if aspect.i == verb.i or aspect.lemma_.lower() not in lex.ongoing_aspect_verbs or aspect.dep_ != "conj" \
            or aspect.tag_ != "VB" or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in aspect.children):
        return None
    return aspect


def _aspect_conjunct_host(verb: Token, lex: Lexicon) -> Optional[Token]:
    """The aspect verb (plover_frames.yaml aspect_verbs: "continue", "keep" ...) whose complement
    ``verb`` is coordinated with, where ``verb`` and the conjuncts before it have no auxiliary but
    "to" of their own ("will continue to support the Ukrainian people and provide them with
    security assistance": "provide" is continued too, English coordination shares the governing
    verb), else None."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i and node.tag_ in ("VB", "VBG") \
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") and c.lower_ != "to" for c in node.children):
        node = node.head
    if node.i == verb.i or node.dep_ != "xcomp" or node.head.lemma_.lower() not in lex.aspect_verbs:
        return None
    return node.head


def _clause_verb(token: Token) -> Token:
    """The first conjunct of ``token``'s chain of coordinated verbs: "designates and blocks"
    share the clause (and its subordinator) of "designates"."""
    node = token
    while node.dep_ == "conj" and node.head.i != node.i and node.head.pos_ in ("VERB", "AUX"):
        node = node.head
    return node


def _open_occasion(token: Token) -> Optional[Token]:
    """Check status (open occasion): the subordinator ("once", "whenever", "when", "after",
    "before"; event_detection.yaml open_occasion_marks) of a temporal clause in the simple present
    that holds the act ("*once* the Secretary of State *designates* officials ..., they are
    ineligible"): English tells a future or recurring occasion so, a past one in the past ("when
    we signed the Charter"), so the act is not asserted (status hypothetical). None otherwise."""
    node = _clause_verb(token)
    if node.dep_ != "advcl" or node.tag_ not in ("VBZ", "VBP") \
            or any(c.dep_ in ("aux", "auxpass") for c in node.children):
        return None
    marks = detection_lexicon()["open_occasion_marks"]
    return next((c for c in node.children if c.dep_ in ("mark", "advmod") and c.lower_ in marks
                 and c.i < node.i), None)


def _reduced_condition(token: Token) -> Optional[Token]:
    """Check status (reduced condition): the subordinator of a condition with no subject of its
    own on the act's clause ("*If confirmed*, Ambassador Brink will lead our diplomatic mission",
    "if elected, she will ..."; event_detection.yaml reduced_condition_marks). Such a clause is
    about the main subject itself, who does not yet hold the role it would act from: the act is
    hypothetical, no promise. A full condition ("will respond decisively if Russia invades")
    keeps the announced act (a conditional threat or offer). None otherwise."""
    node = _clause_verb(token)
    marks = detection_lexicon()["reduced_condition_marks"]
    for clause in node.children:
        if clause.dep_ != "advcl" or clause.i > node.i or clause.tag_ not in ("VBN", "JJ", "VBG"):
            continue
        if any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"expl"} or c.dep_ in ("aux", "auxpass")
               for c in clause.children):
            continue
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in marks), None)
        if mark is not None:
            return mark
    return None


def _future_purpose_governor(verb: Token, lex: Lexicon, modals: Optional[frozenset] = None,
                             carried_on: bool = True) -> Optional[Token]:
    """The verb a purpose infinitive serves, where that verb is told as future ("will use ... *to
    support*", "will work with partners *to provide*", "will take steps *to impose*": the
    infinitive an adverbial or open complement of it, or a relative on its object), else None.
    ``modals``: the auxiliaries that count (default ``lex.planned_aux``; ``lex.obligation_aux``
    finds the purpose of an obligated act, "must be addressed *to prevent* ...").
    Not where the governing verb is itself the complement of an ongoing aspect verb ("will
    continue to use ... to support"): the purpose is then pursued already (plover_frames.yaml
    ongoing_aspect_verbs) -- unless ``carried_on`` is False (a material act: "will continue to work
    with our partners *to impose* severe costs" is to come as "will continue to impose severe
    costs" is, the gold files' "will continue to modify ..." planned), where the aspect verb's
    auxiliaries count."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if verb.dep_ in ("advcl", "xcomp"):
        governing = verb.head
    elif verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "obj") and verb.head.head.pos_ == "VERB":
        governing = verb.head.head
    else:
        return None
    if governing.i == verb.i or governing.pos_ != "VERB" or governing.lemma_.lower() in lex.stance_verbs:
        return None  # a stance verb's complement ("plans to", "continue to") is read by its frame
    if governing.dep_ == "xcomp" and governing.head.lemma_.lower() in lex.ongoing_aspect_verbs:
        if carried_on:
            return None
        governing = governing.head
    modals = lex.planned_aux if modals is None else modals
    if not any(c.dep_ == "aux" and c.lower_ in modals for c in governing.children):
        return None
    return governing


def _inverted_condition(token: Token) -> bool:
    """Whether ``token``'s clause is a condition told by subject-auxiliary inversion ("should
    Moscow pursue the path of aggression and further invade Ukraine, ...", "Had the army withdrawn,
    ...", "Were China to attack Taiwan, ..."; event_detection.yaml inversion_aux): an auxiliary
    that opens a subordinate clause before its subject. A conjoined verb shares its first
    conjunct's clause; an infinitive under an inverted "were" is in it."""
    inversion = detection_lexicon()["inversion_aux"]
    node = token
    for _ in range(4):
        if node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
            continue
        if node.dep_ in ("advcl", "xcomp") and node.head.lower_ in inversion and node.head.i != node.i \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            node = node.head  # "Were China to attack": the infinitive of the inverted "were"
            continue
        break
    if node.dep_ == "ROOT":
        return False  # an inverted main clause is a question ("Should we go?"), handled apart
    if node.lower_ in inversion and node.pos_ in ("AUX", "VERB"):
        aux = node  # "Were China to attack": the inverted verb heads the clause
    else:
        aux = next((c for c in node.children if c.dep_ in ("aux", "auxpass") and c.lower_ in inversion), None)
    if aux is None:
        return False
    subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not (aux.i < subject.i) or (aux.i != node.i and subject.i > node.i):
        return False
    # the auxiliary opens the clause: before it only "that", punctuation or a conjunction
    return all(t.dep_ in ("mark", "punct", "cc") for t in node.subtree if t.i < aux.i)


def _told_as_false(token: Token) -> bool:
    """Whether ``token`` sits in the content clause of a lie: a clause with its own subject under
    a noun of falsehood ("lies that the United States ... are conducting"), under a noun called
    false ("the false claim that ..."), or under a verb of saying marked false ("falsely claimed
    that ..."). The author denies what the liar says (lexicon: event_detection.yaml falsity_*)."""
    words = detection_lexicon()
    clause = token
    while clause.dep_ not in ("ROOT",) and clause.head.i != clause.i:
        head = clause.head
        finite = clause.dep_ in ("acl", "ccomp") and clause.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)
        if finite and head.pos_ != "NOUN" and clause.dep_ == "ccomp":
            # "firing shells under the absurd pretext that the KPA fired one shell": the parser
            # hangs the noun's content clause on the verb; "that" right after the noun opens it
            mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
            noun = clause.doc[mark.i - 1] if mark is not None and mark.i > 0 else None
            head = noun if noun is not None and noun.pos_ == "NOUN" and _pretext(noun, words) else head
        if finite and head.pos_ == "NOUN" and (
                head.lemma_.lower() in words["falsity_nouns"] or _pretext(head, words)
                or any(c.dep_ == "amod" and c.lemma_.lower() in words["falsity_modifiers"] for c in head.children)):
            return True
        head = clause.head
        if finite and head.pos_ in ("VERB", "AUX") and clause.dep_ == "ccomp" and any(
                c.dep_ == "advmod" and c.lower_ in words["falsity_adverbs"] for c in head.children):
            return True
        clause = head
    return False


def _pretext(noun: Token, words: dict) -> bool:
    """Whether ``noun`` is a pretext in the idiom "under / on the pretext (that ...)"
    (event_detection.yaml pretext_nouns): the reason given is one the writer rejects."""
    return noun.lemma_.lower() in words["pretext_nouns"] and noun.dep_ == "pobj" and noun.head.lower_ in ("under", "on")


def _nonfinite_step(node: Token) -> bool:
    """Whether ``node`` hands its clause's modality on to its head: an open complement ("could
    seek *to attack*"), an adjective with one or with a preposition ("is prepared to", "is serious
    about"), a purpose ("can take ... *to
    support*"), a gerund after a preposition and
    that preposition ("support our partners in *providing* relief"), or a conjunct sharing its
    first conjunct's clause."""
    if node.head.i == node.i:
        return False
    if node.dep_ == "xcomp" or (node.dep_ == "pcomp" and node.tag_ == "VBG"):
        return True
    if node.dep_ == "acomp" and node.pos_ == "ADJ" and any(c.dep_ in ("xcomp", "prep") for c in node.children):
        # "if Russia is *prepared to* take steps", "if Russia is *serious about* resolving the
        # conflict": the adjective's clause or gerund is the copula's
        return True
    if node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        return True
    if node.dep_ == "prep" and node.pos_ == "ADP" and node.head.pos_ in ("VERB", "AUX", "ADJ"):
        return True
    return node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX") and node.pos_ in ("VERB", "AUX")


def _hedge_over(token: Token, lex: Lexicon) -> bool:
    """Whether a governing verb or adjective hedges the non-finite act ``token`` (up the chain of
    ``_nonfinite_step``: an infinitive, a purpose, a gerund after a preposition, a conjunct): a
    modal of possibility on it ("the drones *could* be destined to support ...", "might seek to
    attack", "what steps the United States *can* take to support our partners in providing
    relief") or a predicate of likelihood ("is likely to attack", "destined to support";
    event_detection.yaml hedge_predicates)."""
    hedges = detection_lexicon()["hedge_predicates"]
    possible = lex.hypothetical_aux - {"would"}

    def has_modal(verb: Token) -> bool:
        return any(c.dep_ == "aux" and c.lower_ in possible for c in verb.children)

    node = token
    for _ in range(6):
        if node.dep_ == "conj" and any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in node.children):
            return False  # a conjunct with its own auxiliary has its own modality
        if not _nonfinite_step(node):
            return False
        parent = node.head
        if parent.pos_ != "ADP":
            if parent.lemma_.lower() in hedges or parent.lower_ in hedges or has_modal(parent):
                return True
            if parent.dep_ == "acomp" and has_modal(parent.head):  # "is likely to": the modal sits on the copula
                return True
        node = parent
    return False


def _condition_noun_phrase(node: Token) -> Optional[Token]:
    """The "in" of a condition told with a noun (event_detection.yaml condition_nouns) that opens
    the finite clause of verb ``node``: a bare "*in case* Iran attacks Israel" or "*in the event
    (that)* Russia invades". Read off the words before the clause's subject, since spaCy attaches
    the clause in several ways (an advcl with "in" on its own verb, a relative on "the event", a
    ccomp or a conjunct of the main verb: "would retaliate in case Russia attacked Poland"); not a
    relative with a pronoun of its own ("in the event that he organized"), nor "in this case", "in
    any case, ...", "in the case of". None otherwise."""
    nouns = detection_lexicon()["condition_nouns"]
    subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if node.pos_ not in ("VERB", "AUX") or subject is None or subject.i > node.i \
            or subject.tag_ in ("WDT", "WP") or subject.lower_ == "that":
        return None
    doc, first = node.doc, subject.left_edge.i
    if first > 0 and doc[first - 1].lower_ == "that":
        if doc[first - 1].dep_ != "mark" or doc[first - 1].head.i != node.i:
            return None  # "in the event that he organized": a relative pronoun, no condition
        first -= 1
    noun = doc[first - 1] if first > 0 else None
    if noun is None or noun.lower_ not in nouns or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    # "in case" bare, "in the event" with its article only, and nothing between "in" and the noun
    before = [c.lower_ for c in noun.children if c.i < noun.i]
    if before != (["the"] if noun.lower_ == "event" else []) or noun.head.i != noun.i - 1 - len(before):
        return None
    return noun.head


def _condition_relative(node: Token) -> Optional[Token]:
    """The "in" of "*in cases where* organizations choose to permit ...", "in the event when ...":
    a relative clause on a condition noun (event_detection.yaml condition_nouns, singular or
    plural) opened by "where" / "when" restricts the cases in which what follows applies, so the
    act in it is a condition (guidance), not a fact. None otherwise."""
    nouns, doc = detection_lexicon()["condition_nouns"], node.doc
    head = node.head
    if node.dep_ == "relcl" and head.lemma_.lower() in nouns and head.dep_ == "pobj" and head.head.lower_ == "in" \
            and any(c.dep_ == "advmod" and c.lower_ in ("where", "when") and c.i < node.i for c in node.children):
        return head.head
    # the parser may instead hang "in cases" on the clause's own verb, "where" elsewhere
    for prep in node.children:
        if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i < node.i:
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.lemma_.lower() in nouns and noun.i + 1 < len(doc) \
                    and doc[noun.i + 1].lower_ in ("where", "when") and noun.i + 1 < node.i:
                return prep
    return None


def _event_condition_noun(prep: Token) -> Optional[Token]:
    """The condition that a prep "in" opens with "the event" or a bare "case" (event_detection.yaml
    condition_nouns): the verb of "in the event (that) Russia invades", the noun of "in the event
    *of* a further military intervention", "in case *of* a Russian attack"; None otherwise ("in
    this case", "in the case of Austin Tice": a determiner other than "the event"'s)."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if prep.lower_ != "in" or obj is None or obj.lower_ not in detection_lexicon()["condition_nouns"]:
        return None
    determiners = [c.lower_ for c in obj.children if c.dep_ in ("det", "predet", "poss", "amod", "compound")]
    if determiners != (["the"] if obj.lower_ == "event" else []):
        return None
    for child in obj.children:
        if child.dep_ in ("relcl", "acl") and _condition_noun_phrase(child) is not None:
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _consequence_condition(trigger: Trigger, lex: Lexicon) -> Optional[Token]:
    """The condition (its verb, or the noun of "in the event of X"; ``_warning_condition``) whose
    consequence the trigger's clause is: "*If Russia invades*, we will impose costs", "Washington
    would respond *in case Iran attacks*"; the clause of the trigger's verb or of the verb it
    completes ("will have to refuse"). None for an act inside a condition itself."""
    head = trigger.head
    if _conditional_host(head, lex) is not None or _inverted_condition(head):
        return None
    for node in (head, head.head) if head.dep_ == "xcomp" else (head,):
        condition = _warning_condition(node, lex, consequence=True)
        if condition is not None:
            return condition
    return None


def _unconditional_clause(clause: Token, lex: Lexicon) -> bool:
    """Whether the adverbial clause ``clause`` has a conditional subordinator that leaves its main
    clause true whatever holds (event_detection.yaml unconditional_if): a concessive "*even if*
    the talks fail, the ministers will meet", a comparison "will attack the city *as if* Hamas
    controlled it", and any adverbial "*whether* (or not) X", an exhaustive condition (CGEL 8.14:
    "whether or not", "whether X or Y"). The act inside it is still not asserted."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in lex.conditional_marks), None)
    if mark is None:
        return False
    if mark.lower_ == "whether":
        return True
    return mark.i > 0 and clause.doc[mark.i - 1].lower_ in detection_lexicon()["unconditional_if"]


def _conditional_host(token: Token, lex: Lexicon) -> Optional[Token]:
    """The conditional subordinator ("if", "unless", "whether"; plover_frames conditional_marks)
    of the clause that holds the act through non-finite links and conjuncts (``_nonfinite_step``):
    "if Russia is prepared to take demonstrable steps *to provide* ...", "if the Speaker does decide
    to visit, and China *tries* to create some kind of crisis": the act is as hypothetical as its
    clause. None when no clause up the chain is a condition."""
    node = token
    for _ in range(8):
        mark = next((c for c in node.children if c.dep_ == "mark" and c.lower_ in lex.conditional_marks), None)
        if mark is not None:
            return mark
        phrase = _condition_noun_phrase(node) or _condition_relative(node)
        if phrase is not None:
            return phrase  # "in case Iran attacks Israel", "in the event (that) Russia invades"
        if not _nonfinite_step(node):
            return None
        node = node.head
    return None


def _charged_act(token: Token, lex: Lexicon) -> bool:
    """An act named in the "for" / "of" phrase of an accusation or charge ("charged him for
    murdering ...", "accused them of torturing ..."): alleged by the accuser, not established
    (PLOVER DISAPPROVE/accuse and /legal report the accusation)."""
    node = token
    for _ in range(4):
        if node.dep_ not in ("pcomp", "pobj", "conj", "prep") or node.head.i == node.i:
            break
        node = node.head
        if node.pos_ == "ADP" and node.lower_ in ("for", "of") and node.head.pos_ == "VERB" \
                and lex.verbs.get(node.head.lemma_.lower(), (None, None))[1] in ("accuse", "legal"):
            return True
    # a designation's or restriction's "for" phrase is its ground, as a charge's is
    # ("imposed visa restrictions on members ... for their roles in supporting ...")
    return _measure_for_ground(token, lex) is not None


GROUNDS_NOTE = "the grounds of the measure"  # the status note event_dates reads


def _measure_for_ground(token: Token, lex: Lexicon) -> Optional[Token]:
    """The "for" phrase of a measure holding ``token`` as its ground (``_charged_act``'s SANCTION
    and measure-recipient branches): "designated a Yemeni exchange house *for* having provided
    ...", "imposed visa restrictions on members ... *for* their roles in supporting ...". Returns
    the "for" token; None otherwise (an accusation's or charge's "for" / "of" phrase is no measure)."""
    node = token
    for _ in range(4):
        if node.dep_ not in ("pcomp", "pobj", "conj", "prep") or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ == "ADP" and node.lower_ == "for" and node.head.pos_ == "VERB" \
                and lex.verbs.get(node.head.lemma_.lower(), (None,))[0] == "SANCTION":
            return node
        if node.pos_ == "ADP" and node.lower_ == "for" and token.pos_ == "VERB" and token.tag_ == "VBG" \
                and _measure_for_phrase(node, lex):
            return node
    return None


def _measure_grounds(token: Token, lex: Lexicon) -> Optional[Token]:
    """The measure or "for" word whose grounds ``token`` states: a relative clause on its recipient
    (``_measure_ground``) or its "for" phrase (``_measure_for_ground``); None otherwise."""
    return _measure_ground(token, lex) or _measure_for_ground(token, lex)


def _ground_doer(token: Token, lex: Lexicon) -> Optional[Token]:
    """The doer of a gerund in a measure's "for" phrase: the measure's recipient ("imposed visa
    restrictions on over 250 members ... for their roles in supporting ...": the members; "designated
    a Yemeni exchange house for having provided ...": the exchange house), never the measure's
    source -- the grounds are the recipient's conduct. The first conjunct of the recipients; None
    where no recipient is found."""
    from newsgraph.nlp.act_doers import deverbal_nouns

    prep = _measure_for_ground(token, lex)
    gerund = token.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "having" for c in token.children)
    if prep is None or not gerund:
        return None
    node = prep.head
    for _ in range(8):
        if node.pos_ == "VERB":
            objects = [c for c in node.children if c.dep_ in ("dobj", "obj")]
            for obj in objects:
                # a measure's own act noun ("the designation of an entity"): its "of" object is the recipient
                act_noun = any(lex.verbs.get(v, (None,))[0] == "SANCTION" for v in deverbal_nouns().get(noun_lemma(obj), ()))
                if not _grounded_measure(obj, lex) and not act_noun:
                    return obj
                # "visa restrictions on members", "the designation of an entity"; the parser may
                # hang the light verb's "on" on the verb itself ("imposed visa restrictions on ...")
                marks = ("on", "against", "of") if act_noun else ("on", "against")
                holders = (obj, node) if _grounded_measure(obj, lex) else (obj,)
                recipient = next((o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in marks
                                  for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN", "PRON")), None)
                if recipient is not None:
                    return recipient
            return None
        if node.pos_ in ("NOUN", "PROPN", "PRON") and node.dep_ == "pobj" and node.head.lower_ in ("on", "against") \
                and _grounded_measure(node.head.head, lex):
            return node
        if node.head.i == node.i:
            return None
        if node.dep_ not in ("conj", "appos", "pobj", "prep", "dobj", "obj"):
            return None
        node = node.head
    return None


def _named_doer(token: Token) -> bool:
    """Whether the doer of a measure's grounds is a party the text names: a proper noun or an
    actor entity as its head or in apposition ("the Kazakhstan-based Korund Trading Company",
    "Omar Haddad, a Lebanese financier"), a name it is given as a compound ("PRC entity
    Zhengzhou Nanbei ..."), or a singular pronoun that stands for one. A count or class of
    unnamed parties ("511 Russian military officers", "an entity outside of Russia", "executives
    of charter companies") names nobody: a nationality or state modifier ("Russian Federation
    officials") places them, it does not name them."""
    if token.pos_ == "PRON" and token.tag_ not in RELATIVE_TAGS:
        return token.morph.get("Number") == ["Sing"]
    heads = [token] + [c for c in token.children if c.dep_ == "appos"] + ([token.head] if token.dep_ == "appos" else [])
    if any(t.pos_ == "PROPN" or t.ent_type_ in ACTOR_ENT_LABELS for t in heads):
        return True
    return any(c.dep_ == "compound" and c.ent_type_ in ("PERSON", "ORG") for c in token.children)


def _disjoined_act(token: Token) -> bool:
    """Whether ``token`` is one of acts joined by "or" ("for threatening or violating Ukraine's
    sovereignty", "having materially assisted, sponsored, or provided support"): the acts a law
    or order covers, which a designation cites as its authority's formula, not one act the
    designee did."""
    root = token
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return any(c.dep_ == "cc" and c.lower_ == "or" for t in [root, *root.conjuncts] for c in t.children)


def _uncodable_ground(trigger: Trigger, sources: list[Token]) -> Optional[str]:
    """Why the grounds of a measure (``_measure_grounds``) are no event, else None. The measure is
    the event (PLOVER SANCTION/COERCE, its recipient the target); its stated grounds are the
    measuring party's case against the recipient. At most, where the text names the doer and one
    act, they are kept as its allegation (status claimed); a statutory formula ("for threatening or
    violating Ukraine's sovereignty, territorial integrity, or political independence") or the
    conduct of parties no name identifies ("an entity ... for providing material support to a
    blocked Russian entity", "31 foreign government officials who have acted to support ...") puts
    no act of an actor an analyst can place in the record."""
    if _disjoined_act(trigger.head):
        return "a statutory formula: acts joined by 'or'"
    if not any(_named_doer(s) for s in sources):
        return "its doer is no named party"
    return None


# the nouns and pronouns that name a measure told in the sentences before ("This includes 893
# officials ...", "Today's action includes Duma members who ...", "It also includes ...")
MEASURE_ANAPHORS = frozenset({"it", "this", "that", "action", "designation", "list", "measure"})


def _included_in_measure(verb: Token, lex: Lexicon) -> bool:
    """Whether ``verb`` is "include" with a measure as its subject: a measure noun ("The
    designations include ..."), or a pronoun or "action" standing for a measure told in one of
    the two sentences before ("the Department of State is taking action to impose visa
    restrictions on individuals ... This includes 893 officials ... for threatening ...; It also
    includes 31 officials who have acted to support ..."): who it includes are the measure's
    recipients."""
    if verb.lemma_.lower() != "include" or verb.pos_ != "VERB":
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects:
        return False
    subject = subjects[0]
    if _grounded_measure(subject, lex):
        return True
    if subject.lemma_.lower() not in MEASURE_ANAPHORS:
        return False
    doc, sent = verb.doc, verb.sent
    if any(_grounded_measure(w, lex) for w in sent if w.i < verb.i and w.i != subject.i):
        return True
    start = sent.start
    for _ in range(2):
        if start == 0:
            return False
        before = doc[start - 1].sent
        if any(_grounded_measure(w, lex) for w in before):
            return True
        start = before.start
    return False


def _measure_for_phrase(prep: Token, lex: Lexicon) -> bool:
    """Whether the "for" phrase ``prep`` gives the reason of a measure: hung on the measure's
    light verb or on a noun of its recipient phrase ("imposed visa restrictions on over 250
    members ..., and their family members *for* their roles in supporting ..."), or on "include"
    of a measure (``_included_in_measure``)."""
    node = prep.head
    for _ in range(6):
        if _grounded_measure(node, lex) or _included_in_measure(node, lex) or (
                node.pos_ == "VERB" and any(c.dep_ in ("dobj", "obj") and _grounded_measure(c, lex)
                                            for c in node.children)):
            return True
        if node.dep_ not in ("conj", "appos", "pobj", "prep", "dobj") or node.head.i == node.i:
            return False
        node = node.head
    return False


# Measures whose recipients are picked by a case made against them (PLOVER SANCTION; DISAPPROVE
# accuse / legal; COERCE restrict, the codebook's "restrictions on movement, visa restrictions"):
# a relative clause on the recipient states that case (``_measure_ground``).
GROUNDED_MEASURES = frozenset({("SANCTION", None), ("DISAPPROVE", "accuse"), ("DISAPPROVE", "legal"),
                               ("COERCE", "restrict")})


def _grounded_measure(token: Token, lex: Lexicon) -> bool:
    """Whether ``token`` names a measure of ``GROUNDED_MEASURES``: a verb ("designated"), a noun
    ("sanctions on"), or a light verb's noun ("impose visa restrictions on")."""
    def kind(found):
        return found is not None and (found[0], found[1] if found[0] != "SANCTION" else None) in GROUNDED_MEASURES
    if token.pos_ == "VERB":
        return kind(lex.verbs.get(verb_lemma(token, lex)))
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    if kind(lex.nouns.get(noun_lemma(token))):
        return True
    return token.dep_ in ("dobj", "obj") and token.head.pos_ == "VERB" \
        and kind(lex.light_phrases.get(f"{verb_lemma(token.head, lex)} {noun_lemma(token)}"))


def _measure_ground(token: Token, lex: Lexicon) -> Optional[Token]:
    """The measure whose recipient a relative clause holding ``token`` describes: "designated the
    Uzbekistan-based X, *which has actively supported* Radioavtomatika", "impose visa restrictions
    on executives of charter companies *who have supported* the movement of migrants". The clause
    is the ground the measuring party gives for its measure, its allegation against the recipient,
    not an act the article reports on its own (PLOVER codes the measure; as ``_charged_act`` for
    the "for" / "of" phrase of a charge). None otherwise; a clause with its own subject ("one of
    whom the Department of Justice indicted last week") reports an act and is no ground."""
    node = token
    for _ in range(4):
        if node.dep_ == "relcl":
            break
        infinitive = node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        if (node.dep_ not in ("conj", "xcomp") and not infinitive) or node.head.i == node.i:
            return None
        node = node.head  # "who have acted *to support*", "which built and *supplied*"
    else:
        return None
    if not any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS and (c.tag_ in RELATIVE_TAGS or c.lower_ == "that")
               for c in node.children):
        return None
    noun = node.head
    for _ in range(6):
        if noun.pos_ not in ("NOUN", "PROPN", "PRON"):
            return None
        if noun.dep_ in ("appos", "conj") and noun.head.i != noun.i:
            noun = noun.head  # "X, a Yemeni accountant who ...", "X and Y, which ..."
            continue
        if noun.dep_ == "attr" and noun.head.dep_ == "relcl" and noun.head.lemma_.lower() == "be":
            noun = noun.head.head  # "officials who are members of firms that ...": the attribute is the antecedent
            continue
        if noun.dep_ in ("dobj", "obj", "nsubjpass"):
            # "It also includes 31 officials who have acted to support ...": the measure's recipients
            return noun.head if _grounded_measure(noun.head, lex) or _included_in_measure(noun.head, lex) else None
        if noun.dep_ != "pobj":
            return None
        prep = noun.head
        if prep.lower_ in ("of", "including") and prep.head.pos_ in ("NOUN", "PROPN", "PRON"):
            noun = prep.head  # "executives *of* charter companies who ...", "entities, including X, which"
            continue
        if prep.lower_ in ("on", "against") and _grounded_measure(prep.head, lex):
            return prep.head
        return None
    return None


def _failed_act(token: Token) -> bool:
    """Whether ``token`` is what a negative implicative verb says was not done: "failed to
    investigate", "failed to take steps to investigate" (through infinitives, conjuncts and nouns
    of means, not into a noun's own clauses: "failed to implement reforms called for by X")."""
    words = detection_lexicon()
    node = token
    for _ in range(6):
        aim = _aim_noun(node, words)
        if aim is not None:
            # "failed in its objective of capturing Kyiv", "failed in their bid to seize the
            # airport", "its failed attempt to seize Kyiv": the act an attempt or aim noun names,
            # where that attempt failed, was not done (the same implicative, through the noun)
            failing = words["negative_implicative_verbs"]
            if any(c.dep_ == "amod" and c.lemma_.lower() in failing for c in aim.children):
                return True
            prep = aim.head
            return aim.dep_ == "pobj" and prep.lower_ in ("in", "at") and prep.head.pos_ == "VERB" \
                and prep.head.lemma_.lower() in failing
        purpose = node.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in node.children)
        if node.dep_ in ("xcomp", "conj") or purpose or _means_relative(node) or (
                node.dep_ in ("dobj", "obj") and node.lemma_.lower() in words["means_nouns"]):
            node = node.head
            if node.pos_ == "VERB" and node.lemma_.lower() in words["negative_implicative_verbs"]:
                return True
            continue
        return False
    return False


def _aim_noun(node: Token, words: dict) -> Optional[Token]:
    """The attempt or aim noun whose act ``node`` is ("its objective *of capturing* Kyiv", "their
    bid *to seize* the airport"): an "of" gerund or a "to" infinitive on a noun of
    event_detection.yaml control_nouns, effort_nouns or satisfied_standards; else None."""
    if node.dep_ == "pcomp" and node.tag_ == "VBG" and node.head.lower_ == "of":
        noun = node.head.head
    elif node.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in node.children):
        noun = node.head
    else:
        return None
    if noun.pos_ != "NOUN":
        return None
    lemma = noun.lemma_.lower()
    # (read only once a noun is found: _failed_act asks on every step up from each trigger)
    aims = ("control_nouns", "effort_nouns", "satisfied_standards")
    return noun if any(lemma in words[name] for name in aims) else None


def _timex_for(trigger: Trigger, timex_heads: list[tuple[tuple[int, ...], object]]) -> Optional[str]:
    """The value of a time expression whose clause is the trigger's: the first whose path up
    to its clause's verb (``_timex_heads``) passes through the trigger or its head."""
    frame = {trigger.token.i, trigger.head.i}
    for path, timex in timex_heads:
        if not frame.isdisjoint(path):
            return timex.value
    return None


def _location_for(trigger: Trigger) -> Optional[str]:
    for token in (trigger.token, trigger.head):
        obj = _preps(token).get("in")
        if obj is not None and obj.ent_type_ in PLACE_ENT_LABELS:
            ent = _entity_of(obj)
            return ent.text if ent is not None else obj.text
    return None


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


# determiners that make an obliged subject a class, not an actor ("all nations must share data",
# "no country should withhold progress", "every state must report"): a norm, no demand on anyone
GENERIC_DETERMINERS = frozenset(("all", "no", "every", "each", "any", "some", "both"))


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
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in lex.conditional_marks for m in c.children)
           for c in clause.children):
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


# ---------------------------------------------------------------- assembling events

def _obligation_modal(token: Token, lex: Lexicon) -> Optional[Token]:
    """The modal ("must", "should", "ought") of a main clause that obliges its subject to act
    ("Russian authorities must release those detained ... and allow ..."): the act is demanded,
    not done (PLOVER DEMAND). A conjoined verb shares its head's modal; a clause under a
    reporting verb is left to ``_obligation_demand``."""
    node = token
    while node.head.i != node.i and not any(c.dep_ == "aux" and c.lower_ in lex.obligation_aux for c in node.children) \
            and (node.dep_ == "conj" or (
            # "The parties must work with the Envoy *to reach* agreement": the purpose of an
            # obliged act is obliged with it, not done
            node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
            and node.head.pos_ in ("VERB", "AUX"))):
        node = node.head
    if any(_is_reporting(a, lex) or _denial(a, lex) for a in node.ancestors):
        return None
    if _inverted_condition(node):
        return None  # "Should Russia invade Ukraine, ...": a condition, no obligation
    modal = next((c for c in node.children if c.dep_ == "aux" and c.lower_ in lex.obligation_aux), None)
    if modal is not None and node.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" and c.i > modal.i for c in node.children):
        return None  # "Russia must have attacked the convoy": an inference (epistemic), no obligation
    return modal if modal is not None else _semi_modal(node, lex)


def _semi_modal(node: Token, lex: Lexicon) -> Optional[Token]:
    """The obligation verb of a main clause told with a semi-modal ("Hamas *needs* to release the
    hostages", "Russia *has* to withdraw its forces", "Iran *ought* to end its attacks"): the
    infinitive is obliged of the verb's subject, as under "must" (PLOVER DEMAND). Only the present
    tense of an affirmative, unmodified verb obliges: "had to withdraw" tells what was done, "does
    not need to", "will have to" do not demand; a need that is a relative clause or has an object
    ("the weapons Ukraine needs to defend itself", "what they need to meet any challenge") is a
    requirement for a purpose, not an obligation."""
    if node.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        return None
    verb = node.head
    if verb.i == node.i or verb.i > node.i:
        return None
    if verb.lower_ != "ought" and not (verb.lemma_.lower() in lex.obligation_verbs and verb.tag_ in ("VBZ", "VBP")):
        return None
    if verb.dep_ not in ("ROOT", "conj", "ccomp", "parataxis") or any(
            c.dep_ in ("neg", "aux", "auxpass", "dobj", "obj", "dative", "advcl", "mark") and not _aside(c, lex)
            for c in verb.children) \
            or any(c.tag_ in RELATIVE_TAGS for c in verb.children):
        return None
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    return verb


def _aside(clause: Token, lex: Lexicon) -> bool:
    """Whether the adverbial clause ``clause`` is a parenthetical attribution ("Ukraine has to be
    provided with all weapons, *as Tony said*, ..."; "as the minister noted"): an aside on who
    said it, which leaves the modality of its host untouched (CGEL 'as'-parentheticals)."""
    return clause.dep_ == "advcl" and verb_lemma(clause, lex) in lex.reporting and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in clause.children)


def _message_sender(token: Token, lex: Lexicon) -> Optional[Token]:
    """Who sends the message an obligation clause spells out: "the G7 sent a clear message that Russia must
    withdraw": the subject of the verb whose object is the message noun (``message_nouns``) the
    clause complements -- the demand is theirs, not the writer's. None when the clause
    complements no such object or its verb has no subject."""
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    noun = node.head
    if node.dep_ not in ("acl", "ccomp") or noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.message_nouns \
            or noun.dep_ not in ("dobj", "obj") or not any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children):
        return None
    subjects = _children(noun.head, SUBJECT_DEPS)
    if not subjects or subjects[0].pos_ not in ("NOUN", "PROPN", "PRON") or subjects[0].tag_ in RELATIVE_TAGS:
        return None
    return subjects[0]


def _clause_depth(token: Token, lex: Lexicon) -> int:
    """Verb ancestors that are not reporting/stance frames: 0 = main clause.
    A copula at the root ("is ready to ...") and the head of a conjoined verb do not count."""
    depth = 0
    node = token
    while node.head.i != node.i:
        ancestor = node.head
        is_verb = ancestor.pos_ == "VERB" or (ancestor.pos_ == "AUX" and ancestor.dep_ != "ROOT")
        # a conjoined verb is coordinate with its head ("traveled ... and marched"), not under it
        if is_verb and node.dep_ != "conj" and not _is_reporting(ancestor, lex) \
                and _stance_kind(ancestor, lex) is None:
            depth += 1
        node = ancestor
    return depth


def _in_background_clause(token: Token) -> bool:
    """Whether the token sits in an adverbial clause opened by "after / when / since ..."
    (or "following" + clause), which sets the scene for the sentence's main event."""
    for node in [token] + list(token.ancestors):
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in node.children):
            return True
        if node.dep_ == "pcomp" and node.head.lower_ in BACKGROUND_MARKS | {"following"}:
            return True
    return False


def _background_anchor(token: Token) -> Optional[str]:
    """Check not-background-anchor: a happening named only as the time anchor or the ongoing
    setting of the sentence ("more than 30 countries have joined us ... *since Russia's invasion
    began*", "*amid Russia's war against Ukraine*", "*in the face of* Russia's brutal assault",
    "*since the beginning of Russia's assault*", "as we move into *the fifth month of Russia's
    assault*", "*since Russia launched its invasion of Ukraine* on February 24") is the period or
    circumstance of the act the sentence reports, a known happening referred to, not reported
    (PLOVER codes reported events; the ongoing war is not re-coded at each mention). ``token`` is
    an event noun or the verb of a trigger: a noun fails as the object of "since / amid / in the
    face of" (event_detection.yaml anchor_preps), directly or through a noun of its phase ("the
    beginning of"), or under a noun of a period measured on it ("the fifth month of"), or as the
    subject of "began / started" in a "since / after" clause; a verb fails in a "since" clause
    (English: "since" + clause sets the start of the period the main clause covers). A noun that
    is the news ("Russia's invasion of Ukraine on Thursday killed dozens", a headline) and the
    recent act that prompted the reported one ("sanctions following Iran's missile attack on
    Erbil") pass."""
    words = detection_lexicon()
    node = token
    if token.pos_ in ("VERB", "AUX"):
        while node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
        if node.dep_ in ("advcl", "ccomp") and any(c.dep_ == "mark" and c.lower_ == "since" for c in node.children):
            # (a "since" clause the parser hangs as a complement: "In the one hundred days since
            # Russian President Putin ordered his forces to further invade Ukraine, the world has seen ...")
            return f"background 'since ... {node.text}'"
        if node.dep_ == "pcomp" and node.head.lower_ == "since":
            return f"background 'since ... {node.text}'"
        return _recalled(token, words)
    if token.pos_ != "NOUN":
        return None
    recalled = _recalled(token, words)
    if recalled is not None:
        return recalled
    for _ in range(6):
        # up through conjuncts and the noun phrases it is the "of / on / against" object of:
        # "following Iran's attack on Erbil, as well as missile attacks by Iranian proxies"
        # (parsed as a conjunct of "Erbil"), "since the beginning of Russia's assault"
        if node.dep_ in ("conj", "appos") and node.head.i != node.i:
            node = node.head
            continue
        if node.dep_ != "pobj":
            break
        prep = node.head
        word = prep.lower_
        if word in words["anchor_preps"] or f"{word} {prep.head.lower_}" in words["anchor_complex_preps"]:
            return f"background '{word} ... {token.text}'"
        holder = prep.head
        if word == "of" and holder.pos_ == "NOUN" and holder.lemma_.lower() in words["period_nouns"]:
            return f"background '{holder.text} of ... {token.text}'"
        if word not in ("of", "on", "against") or holder.pos_ not in ("NOUN", "PROPN"):
            break
        node = holder
    clause = node.head
    # the subject is the happening itself or a noun of its phase holding it ("since *the beginning
    # of* Russia's brutal assault against Ukraine began on February 24", anchor_phase_nouns)
    if node.dep_ == "nsubj" and (node.i == token.i or node.lemma_.lower() in words["anchor_phase_nouns"]) \
            and clause.lemma_.lower() in words["anchor_onset_verbs"] and (
            (clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in words["anchor_clause_marks"]
                                            for c in clause.children))
            or (clause.dep_ == "pcomp" and clause.head.lower_ in words["anchor_clause_marks"])):
        return f"background '{node.text} {clause.text}'"
    return _conflict_reference(token, words)


def _whole_conflict(noun: Token, words: dict) -> bool:
    """Whether an event noun names an armed conflict as a whole ("Russia's war against Ukraine",
    "their government's brutal campaign in Ukraine", "Russia's unprovoked attack on Ukraine"):
    a singular noun of ``ongoing_conflict_nouns`` whose waging side is a possessor ("Russia's",
    "their government's"), with no date or time in its phrase, no number, no noun naming a kind
    of attack ("missile", "ransomware") and no target narrower than a state (its on / against /
    in / of object, if any, names a country as such). "the Russian missile attack on the
    Ukrainian port of Odesa today", "Russia's attacks on Ukrainian cities", "the ransomware attack
    by DarkSide" name discrete acts and are not."""
    if noun.lemma_.lower() not in words["ongoing_conflict_nouns"] or noun.tag_ != "NN":
        return False
    if not any(c.dep_ == "poss" for c in noun.children) \
            or any(c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")
                   and c.lemma_.lower() not in words["ongoing_conflict_nouns"] for c in noun.children):
        return False  # (a conflict noun compound names the same conflict: "Putin's *war* campaign")
    if any(t.ent_type_ in ("DATE", "TIME") or t.dep_ == "nummod" for t in noun.subtree):
        return False
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "against", "in", "of", "upon"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if not objects:
                return False
            for obj in objects:  # "on Ukraine", "against Ukraine's territorial integrity"
                if _named_country(obj) is None and not any(
                        _named_country(p) is not None for p in obj.children if p.dep_ == "poss"):
                    return False
    return True


def _conflict_reference(token: Token, words: dict) -> Optional[str]:
    """Check not-background-anchor, named conflict: an ongoing armed conflict named as a whole
    (``_whole_conflict``) as the topic of a talk ("spoke ... *regarding* Russia's premeditated,
    unprovoked, and unjustified attack on Ukraine", event_detection.yaml topic_preps) or as the
    object of a stance toward it ("to *protest* their government's brutal campaign in Ukraine",
    "*condemned* Russia's unprovoked attack on Ukraine", conflict_stance_verbs) is referred to:
    the talk or the stance is the act the sentence reports (PLOVER codes reported events; the
    ongoing war is not re-coded at each mention)."""
    if token.pos_ != "NOUN" or not _whole_conflict(token, words):
        return None
    node = token
    while node.dep_ in ("conj", "appos") and node.head.i != node.i:
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ in words["topic_preps"]:
        return f"background '{node.head.text} ... {token.text}'"
    cause = _conflict_as_cause(node, words)
    if cause is not None:
        return f"background cause '{cause} ... {token.text}'"
    if node.dep_ == "dobj" and node.head.pos_ == "VERB" and node.head.lemma_.lower() in words["conflict_stance_verbs"]:
        return f"background '{node.head.text} ... {token.text}'"
    verb = node.head
    if node.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.lemma_.lower() in words["conflict_effect_verbs"] and (
            verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBN" and any(
                c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children))):
        # "President Putin's military campaign against Ukraine *has caused* extensive and needless
        # suffering": what the known war did or shows, told now (event_detection.yaml conflict_effect_verbs)
        return f"background '{token.text} ... {verb.text}'"
    return None


def _conflict_as_cause(node: Token, words: dict) -> Optional[str]:
    """The words that make a conflict noun (``_whole_conflict``, through its conjunct head) the
    named cause of a state or loss, if they do: "the crisis *caused by* Putin's ... attack on
    Ukraine" (the "by" agent of a participle of causing), "fled *due to* / *because of* Russia's
    war", "*as a result of* Russia's aggression", "the crisis *resulting from* Russia's illegal
    invasion", "the *consequences of* the Kremlin's war" (event_detection.yaml
    conflict_cause_preps, conflict_cause_verbs, conflict_effect_nouns). The effect is what the
    sentence tells; the war is its known cause, referred to, not reported again."""
    if node.dep_ != "pobj":
        return None
    prep = node.head
    word = prep.lower_
    if word in words["conflict_cause_preps"]:
        return word  # "due to" (the parser hangs "to" under "due"), "because of"
    holder = prep.head
    if word == "by" and prep.dep_ == "agent" and holder.tag_ == "VBN" \
            and holder.lemma_.lower() in words["conflict_cause_verbs"]:
        return f"{holder.text} by"
    if word == "from" and holder.pos_ == "VERB" and holder.lemma_.lower() in words["conflict_cause_verbs"]:
        return f"{holder.text} from"
    if word == "of" and holder.pos_ == "NOUN" and holder.lemma_.lower() in words["conflict_effect_nouns"]:
        return f"{holder.text} of"
    if word == "to" and holder.pos_ == "NOUN" and holder.lemma_.lower() in words["conflict_response_nouns"]:
        return f"{holder.text} to"  # "the global response to Russia's ... attack on Ukraine"
    return None


def _recalled(token: Token, words: dict) -> Optional[str]:
    """Check not-background-anchor, recalled: a happening named inside the object of a memory verb
    (event_detection.yaml memory_verbs: "we also *remember* President Kennedy's visit to Colombia,
    when he launched the Alliance for Progress", "We *remember* Ronald Reagan's visit to President
    Betancourt", "I *remember* as president how President Trump supported us") is a past happening
    recalled, not reported; the recall gives it no date of its own. ``token`` is an event noun or
    a clause verb: it fails when a memory verb above it has it (or the phrase holding it) as its
    object or clause complement. A memory verb with "will / shall" ("The Ukrainian people will
    surely remember the United States standing with Ukraine") looks ahead and passes, as does a
    negated one, an imperative reminder of a current fact ("And remember that ... they have been
    steadily amassing more than 150,000 troops"), a happening with a date in its phrase ("remember
    the lives of the six Airmen killed by a suicide bomber ... Dec. 21") and a trigger that is the
    memory verb itself ("recalled its ambassador")."""
    node = token
    for _ in range(8):
        head = node.head
        if head.i == node.i:
            return None
        if head.pos_ == "VERB" and head.lemma_.lower() in words["memory_verbs"] and node.dep_ in ("dobj", "obj", "ccomp"):
            if any(c.dep_ in ("aux", "neg") and c.lower_ in ("will", "shall", "'ll", "not", "n't", "never")
                   for c in head.children) or not _children(head, SUBJECT_DEPS):
                return None  # looking ahead, denied, or an imperative reminder ("And remember that ...")
            if any(t.ent_type_ == "DATE" for t in (token.subtree if token.pos_ == "NOUN" else _clause_verb(token).subtree)):
                return None  # a dated happening is coded with its date ("the six Airmen killed ... Dec. 21")
            return f"recalled '{head.text} ... {token.text}'"
        node = head
    return None


ONGOING_WAR_CHECK = "not-ongoing-war"
FREQUENCY_WORDS = frozenset({"every", "each", "daily"})  # first words of a frequency, not a date


def _ongoing_war_clause(trigger: Trigger) -> Optional[str]:
    """Check not-ongoing-war: a verb of waging a war as a whole (event_detection.yaml
    ongoing_war_verbs: "fight", "defend", "resist") told in a continuing aspect -- the present
    progressive ("Ukraine *is fighting* valiantly to defend its people") or the complement of
    "continue / keep" ("As the people of Ukraine *continue to fight* bravely against Russia's
    brutality, we will ...", "Ukraine's forces bravely *continue to defend* their country") --
    with no date, time or place of its own tells the state of an ongoing war, no happening with a
    date (PLOVER codes reported events; the war is not re-coded at each mention). A discrete act
    of force ("Russian forces are shelling Kharkiv"), a dated or placed fight ("are fighting in
    Bakhmut today") and the past ("fought") pass."""
    words = detection_lexicon()
    verb = trigger.token
    if trigger.event_type != "ASSAULT" or verb.pos_ != "VERB" or verb.lemma_.lower() not in words["ongoing_war_verbs"]:
        return None
    aspect = None
    if verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in PRESENT_BE for c in verb.children):
        aspect = next(c.text for c in verb.children if c.dep_ == "aux" and c.lower_ in PRESENT_BE)
    elif verb.dep_ == "xcomp" and verb.head.lemma_.lower() in words["continuing_verbs"] \
            and verb.head.tag_ in ("VBZ", "VBP", "VB", "VBG"):
        aspect = verb.head.text
    if aspect is None:
        return None
    if any(t.ent_type_ in ("DATE", "TIME") and t.ent_iob_ == "B" and t.lower_ not in FREQUENCY_WORDS
           for t in verb.subtree):
        return None  # a dated fight ("are fighting today"), not a frequency ("every day")
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "at", "near", "around", "outside", "for") \
                and any(c.ent_type_ in ("GPE", "LOC", "FAC") for c in child.subtree):
            return None  # a placed fight ("fighting in Bakhmut", "the battle for Kyiv")
        if child.dep_ == "dobj" and any(c.ent_type_ in ("GPE", "LOC", "FAC") for c in child.subtree):
            return None  # "are defending Kharkiv"
    return f"ongoing war '{aspect} ... {verb.text}'"


BACKGROUND_CONTINUATION_CHECK = "not-background-continuation"


def _background_continuation(trigger: Trigger) -> Optional[str]:
    """Check not-background-continuation: an act inside an adverbial clause opened by "while" or
    "as long as" (event_detection.yaml background_continuation_marks, lasting_condition_heads)
    whose verb is a present "continue / keep" with no auxiliary ("*While* the United States and
    our allies *continue* to take steps to hold Russia accountable ..., the Ortega-Murillo regime
    has increased ...", "*As long as* the Kremlin *continues* its brutal assault on Ukraine, we
    stand united ..."): the clause sets the standing background of the main clause's news,
    conduct going on, not an act of the day (PLOVER codes reported events; TimeML: a "while"
    clause is a state that includes the main event). The main clause's act, a past or perfect
    clause ("while Russia was mobilizing") and a "will continue" pass."""
    words = detection_lexicon()
    for node in (trigger.token, *trigger.token.ancestors):
        if node.dep_ != "advcl" or node.lemma_.lower() not in words["continuing_verbs"] \
                or node.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in node.children):
            continue
        marks = [c.lower_ for c in node.children if c.dep_ == "mark"]
        if any(m in words["background_continuation_marks"] for m in marks):
            return f"background '{marks[0]} ... {node.text}'"
        if "as" in marks and node.head.lower_ in words["lasting_condition_heads"]:
            return f"background 'as {node.head.text} as ... {node.text}'"
    return None


CUMULATIVE_CHECK = "not-cumulative"


def _cumulative_recap(trigger: Trigger) -> Optional[str]:
    """Check not-cumulative: a running total over a period, not one act -- a participle on a noun
    of a total ("it will bring the *total* U.S. security assistance *approved* for Ukraine to $1
    billion", event_detection.yaml cumulative_modifiers) or a perfect clause with a phrase of a
    period up to now ("More than 130 countries *have signed on so far*", "have levied the most
    impactful ... restrictions *in history*", cumulative_phrases). PLOVER codes the act of a day;
    a recap restates acts coded where they were reported. A perfect clause without such a phrase
    ("We have imposed sanctions on ...") passes."""
    words = detection_lexicon()
    verb = trigger.token
    if verb.pos_ != "VERB":
        return None
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and any(
            c.dep_ == "amod" and c.lower_ in words["cumulative_modifiers"] for c in verb.head.children):
        return f"cumulative 'total ... {verb.text}'"
    clause = verb
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in clause.children) or verb.tag_ != "VBN":
        return None
    for child in list(verb.children) + ([c for c in clause.children] if clause is not verb else []):
        if child.dep_ in ("ccomp", "advcl", "relcl", "xcomp", "conj", "nsubj", "nsubjpass"):
            continue
        text = f" {' '.join(t.lower_ for t in child.subtree)} "
        phrase = next((p for p in words["cumulative_phrases"] if f" {p} " in text), None)
        if phrase is not None:
            return f"cumulative '{verb.text} ... {phrase}'"
    return _since_total(verb, clause, words)


def _since_total(verb: Token, clause: Token, words: dict) -> Optional[str]:
    """Check not-cumulative, running total since a start: a perfect clause whose object is an
    amount (a sum of money or a counted object: "has committed roughly $3.7 billion in security
    assistance", "has delivered 30 tanks") with a "since" phrase or clause on the clause ("since
    February 24", "since 2014", "since the start of Russia's invasion", event_detection.yaml
    total_start_words) adds up the acts of a period from its start to now -- English: the perfect
    with "since" covers the whole period up to the present. PLOVER codes the act of a day; the
    acts summed were coded where they were reported. A perfect act with no amount ("have invoked
    the Moscow Mechanism a second time since the start of ...") or no "since" passes."""
    amount = None
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
        if obj.ent_type_ in ("MONEY", "QUANTITY") or any(
                c.dep_ == "nummod" and c.like_num for c in obj.children):
            amount = obj
            break
    if amount is None:
        return None
    for holder in dict.fromkeys([verb, clause]):
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in words["total_start_words"]:
                return f"cumulative '{verb.text} {amount.text} ... {child.text}'"
            if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in words["total_start_words"]
                                             for c in child.children):
                return f"cumulative '{verb.text} {amount.text} ... since {child.text}'"
    return None


def _generic_recap(trigger: Trigger) -> Optional[str]:
    """Check not-cumulative, generic actors (``_cumulative_or_generic``): a perfect clause whose subject is a plural quantified
    by an indefinite many (event_detection.yaml generic_quantifiers: "*Many* African leaders *have
    condemned* homosexuality as being un-African", "*many* countries *have united* to oppose this
    aggression") sums up what an open set of actors did over time -- a background generalisation,
    no act of named actors on a day (PLOVER codes events between identified actors). A counted or
    named subject ("30 countries have joined", "Canada has imposed") passes."""
    words = detection_lexicon()
    verb = trigger.token
    if verb.pos_ != "VERB" or verb.tag_ != "VBN":
        return None
    clause = verb
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in clause.children):
        return None
    for subject in (c for c in clause.children if c.dep_ == "nsubj"):
        if subject.tag_ not in ("NNS", "NNPS"):
            continue
        quantifier = next((c for c in subject.children if c.dep_ in ("amod", "det")
                           and c.lower_ in words["generic_quantifiers"]), None)
        if quantifier is not None:
            return f"generic '{quantifier.text} {subject.text} {verb.text}'"
    return None


def _iterative_recap(trigger: Trigger) -> Optional[str]:
    """Check not-cumulative, repeated acts: a perfect clause with an adverb or phrase of repetition
    over a span (event_detection.yaml iterative_adverbs, iterative_phrases: "Russia *has repeatedly
    derided* our warnings as melodrama", "the citizens ... *have consistently repudiated*
    corruption", "*for decades* the Burmese military *has killed* ...", "we *have continually
    sought* to provide support") sums up many acts over a period up to now -- a background recap,
    no happening of a day (PLOVER codes discrete events; each act was coded where it was reported).
    The act may be the infinitive of such a verb ("have continually sought *to provide*"). A
    perfect clause without such a word ("has condemned the attack") and a progressive with a
    manner adverb ("have been steadily amassing troops") pass."""
    words = detection_lexicon()
    node = trigger.token
    if node.pos_ == "NOUN" and node.dep_ in ("dobj", "obj"):
        node = node.head
    chain = [node]
    while node.dep_ in ("xcomp", "conj") and node.head.pos_ in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
        chain.append(node)
    for verb in chain:
        if verb.pos_ not in ("VERB", "AUX") or verb.tag_ != "VBN":
            continue
        clause = _clause_verb(verb)
        if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in (*verb.children, *clause.children)) or any(
                c.dep_ == "aux" and c.lower_ == "been" for c in verb.children):
            continue
        for holder in dict.fromkeys([verb, clause]):
            reason = _frequency_marker(holder, verb, words["iterative_adverbs"], words["iterative_phrases"], "repeated")
            if reason is not None:
                return reason
    return None


def _cumulative_or_generic(trigger: Trigger) -> Optional[str]:
    """Check not-cumulative: a running total (``_cumulative_recap``), a generic recap
    (``_generic_recap``) or a recap of repeated acts (``_iterative_recap``)."""
    return _cumulative_recap(trigger) or _generic_recap(trigger) or _iterative_recap(trigger)


def _background_anchor_check(trigger: Trigger) -> Optional[str]:
    """Check not-background-anchor (``_background_anchor``) on a trigger: its verb's clause, or
    its event noun when the trigger is a noun."""
    return _background_anchor(trigger.head) or (
        _background_anchor(trigger.token) if trigger.token.pos_ == "NOUN" else None)


def _speaker_of(token: Token, lex: Lexicon) -> Optional[Token]:
    for ancestor in token.ancestors:
        if _is_reporting(ancestor, lex) or _denial(ancestor, lex):
            subjects = _children(ancestor, SUBJECT_DEPS)
            return subjects[0] if subjects else None
    return None


def _pronoun_agrees(pronoun: Token, speaker: Token) -> bool:
    """"he/she" can only be a person, "it" only a state or organisation ("they" either)."""
    # an untyped proper name ("IRNA" missed by the NER) is unknown: keep the pronoun for coreference
    personal = speaker.ent_type_ == "PERSON" or (
        speaker.ent_type_ == "" and speaker.pos_ != "PROPN"
        and speaker.lemma_.lower() not in ("government", "ministry", "country", "state"))
    word = pronoun.lower_
    if word in ("he", "she", "i"):
        return personal
    if word == "it":
        return speaker.ent_type_ != "PERSON"
    return True



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
    before it, inside the head's clause. The token itself otherwise.

    A bare infinitive listed after an infinitive that someone is asked to do ("to pressure the
    regime *to release* prisoners, *restore* internet access, and *allow* ...", "to press the
    government to release the activists, restore press freedom, and *allow* ...") continues that
    infinitive too, wherever the parser hangs it (``_listed_infinitive``)."""
    listed = _listed_infinitive(token)
    if listed is not None:
        return listed
    head = token.head
    if token.dep_ != "conj" or token.tag_ != "VB" or head.tag_ not in ("VBD", "VBZ", "VBP") \
            or any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in token.children):
        return token
    for candidate in reversed(token.doc[head.i + 1: token.i]):
        if candidate.tag_ == "VB" and candidate.dep_ in ("advcl", "xcomp") and any(
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


def _embedding_frame(trigger: Trigger, lex: Lexicon) -> Optional[str]:
    """Why the trigger's act is not asserted by its sentence, if it is not: it sits inside a
    demand, hope, question or plan ("urged the army *to free* the reporters"), or is the
    purpose of another act ("raised funds *to support* ..."). None when the act is asserted."""
    asked = _asked_about(trigger.head, lex)
    if asked is not None:
        return f"asked about under '{asked.lemma_}' (question)"
    node = _infinitive_host(trigger.head)
    for _ in range(6):
        parent = node.head
        if parent.i == node.i:
            return None
        if _is_reporting(parent, lex):
            return None  # what a speaker says happened is relayed, handled by status
        if node.dep_ in ("xcomp", "ccomp", "advcl") and parent.pos_ in ("VERB", "AUX", "ADJ", "NOUN"):
            lemma = verb_lemma(parent, lex) if parent.pos_ == "VERB" else parent.lemma_.lower()
            if lemma in lex.irrealis_verbs and not (parent.pos_ == "VERB" and _semi_modal(node, lex) is not None
                                                    and _obligation_modal(node, lex) is not None):
                # ("Hamas needs to release the hostages" obliges Hamas: ``_obligation_modal``)
                return f"inside '{parent.lemma_}' (demand, hope, question or plan)"
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


def _spoken_purpose(trigger: Trigger, node: Token, parent: Token, lex: Lexicon) -> bool:
    """Whether the trigger's act is a stance said in the call or meeting it is the purpose of
    ("spoke by phone with Kuleba *to condemn* Russia's attacks": event_detection.yaml
    spoken_purpose_types / spoken_purpose_hosts): the trigger's own verb is the purpose clause
    (or a conjunct of it: "to offer support and condemn ..."), and the host is a past call or
    meeting, told as done."""
    words = detection_lexicon()
    if trigger.event_type not in words["spoken_purpose_types"]:
        return False
    if verb_lemma(parent, lex) not in words["spoken_purpose_hosts"] or parent.tag_ != "VBD":
        return False
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


# ---------------------------------------------------------------- detection checks (issue 6)
# Each returns why a candidate fails (a short reason) or None; ``_build_events`` calls them in
# ``_detection_failure`` (the table ``_DETECTION_STEPS`` names them) and the stored event's
# explanation lists them among the checks passed (``DETECTION_CHECKS``).

PRESENT_AUX = {"is", "are", "remain", "remains"}


def _has_agent(verb: Token) -> bool:
    """A passive participle with its "by" agent ("imprisoned by authorities"), also where the
    parser hung the "by" on the verb's own prepositional object (``_passive_agent``)."""
    return any(c.dep_ == "agent" for c in verb.children) or _passive_agent(verb) is not None


def _description_clause(trigger: Trigger) -> Optional[str]:
    """Check not-description: a relative clause in the simple present says what its noun
    habitually does or is ("front companies *that support* Triliance", "a shipping company *that
    transports* weapons for the GoR", "citizens *who are detained* around the world"): a standing
    property of the noun, no dated happening (an event is a dated interaction). Progressive and
    past clauses tell what happened ("the Cubans who are protesting", "the forces that
    attacked ...") and pass."""
    node = trigger.head
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "that are welcoming and supporting refugees": the first conjunct's clause
    if node.dep_ == "amod" and trigger.head.tag_ == "VBN" and not _has_agent(trigger.head):
        # "missing and abducted U.S. citizens", "wrongfully detained citizens": a state
        return f"participle '{trigger.head.text}'"
    if node.dep_ in ("acomp", "xcomp", "oprd") and node.head.lemma_.lower() == "remain":
        node = node.head  # "prisoners who remain unjustly detained"
    business = _standing_business(node)
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
            _has_agent(v) for v in [node] + list(node.conjuncts)):
        # "citizens who are detained around the world", "Americans who have been detained in
        # Venezuela have been released": a state the noun is in, presupposed, nobody named
        return f"state '{aux[0].text} {node.text}'"
    if node.lemma_.lower() == "remain" and node.i != trigger.head.i:
        return f"state 'remain {trigger.head.text}'"
    return None


def _finite_host(token: Token, complements: bool = False) -> Optional[Token]:
    """The finite verb a non-finite act serves through prepositions and purposes ("leads *to*
    Russia withdrawing", "leverages ... to advance its aims, including *by supporting*"), also
    through an infinitive complement when ``complements`` ("which the regime uses *to fund*", which
    the parser reads as xcomp), or None when the act is finite itself or hangs otherwise (a noun)."""
    node = _clause_verb(token)
    steps = 0
    for _ in range(8):
        finite = node.tag_ in ("VBZ", "VBP", "VBD", "MD") or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in node.children)
        if node.pos_ in ("VERB", "AUX") and finite:
            return node if steps else None
        purpose = node.dep_ in (("advcl", "xcomp") if complements else ("advcl",)) \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        if node.dep_ == "pcomp" or purpose or (node.dep_ == "prep" and node.pos_ in ("ADP", "VERB")):
            node, steps = node.head, steps + 1  # ("including" as a preposition the parser tags VBG)
            continue
        return None
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


def _standing_business(node: Token) -> Optional[str]:
    """A main clause in the simple present whose subject is a company (a name with a legal form,
    entity_org_keywords.yaml legal_forms, or a company noun, event_detection.yaml company_nouns):
    "SC South LLC delivers cargo for the Russian Ministry of Defense" tells its standing line of
    business, no dated event (as "a shipping company that transports weapons" does). A clause
    with a time word ("today", "on Monday") tells a happening and passes."""
    if node.dep_ != "ROOT" or node.tag_ not in ("VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass") for c in node.children):
        return None
    subjects = _children(node, tuple(SUBJECT_DEPS))
    if not subjects or subjects[0].pos_ not in ("NOUN", "PROPN"):
        return None
    if any(t.ent_type_ in ("DATE", "TIME") for t in node.subtree):
        return None
    subject = subjects[0]
    name = " ".join(t.text for t in subject.subtree if t.dep_ in ("compound", "flat") or t.i == subject.i)
    from newsgraph.nlp.entities import without_legal_form  # (entities imports nothing of events)
    if subject.lemma_.lower() in detection_lexicon()["company_nouns"] or without_legal_form(name) != name:
        return f"standing business '{subject.text} {node.text}'"
    return None


@functools.lru_cache(maxsize=1)
def detection_lexicon() -> dict[str, frozenset]:
    """``lexicons/event_detection.yaml``: word lists of the detection checks and frames (each
    entry's source is in the file)."""
    return named_word_sets(LEXICON_DIR / "event_detection.yaml")


@functools.lru_cache(maxsize=None)
def _mode_table(name: str) -> dict[str, Optional[str]]:
    """An event_detection.yaml list of "words/mode" entries (``violent_means``: "water
    cannon/crowd-control", ``violent_means_acts``, ``weapon_modes``) as {words: mode or None},
    read once. Callers must not change it."""
    return dict((entry.split("/") + [None])[:2] for entry in detection_lexicon()[name])


@functools.lru_cache(maxsize=1)
def _crediting_words() -> frozenset:
    """Words of thanks, praise or blame (event_detection.yaml gratitude_words, blame_words): CAMEO
    051 / 111 credit their object with the act of a "for" / "on" phrase (``_credits_object``,
    ``_credited_owner``)."""
    words = detection_lexicon()
    return frozenset(words["gratitude_words"]) | frozenset(words["blame_words"])


def _expletive_subject(trigger: Trigger) -> Optional[str]:
    """Check actor (expletive): "*It* is essential to extradite gang leaders", "it is a priority
    to prevent ...": an extraposed "it" before a copula names no one who acts."""
    node = trigger.head
    if _children(node, tuple(SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)):
        return None  # the act has its own subject ("It would be ironic if Moscow declared war")
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
        if any(s.lower_ in ("we", "i", "you", "us") for s in _children(copula, SUBJECT_DEPS)):
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
        # would be happy to help" is the speaker's own offer (ruled out below)
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
        if any(s.lower_ in ("we", "i", "you", "us") for s in _children(_clause_verb(node), SUBJECT_DEPS | {"nsubjpass"})):
            return None
        if not _nonfinite_step(node):
            break
        node = node.head
    return f"speculation '{modal.text if modal is not None else 'hedged'} ... {trigger.token.text}' (a possible act, none told)"


def _has_condition(tokens: Iterable[Token], lex: Lexicon) -> bool:
    """Whether one of ``tokens`` (a predicate's verb, adjective or copula) has an adverbial clause
    of condition ("... to host him *if he came*", "*If Russia invades*, this could be ...";
    plover_frames.yaml conditional_marks)."""
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


def _adjective_copula(token: Token) -> Optional[Token]:
    """The copula of the predicate adjective whose infinitive ``token`` is ("Morocco *would be*
    proud *to host* President Obama", "will be ready to sign"), which carries the clause's modal;
    None when ``token`` is no such infinitive."""
    if token.dep_ != "xcomp" or token.head.dep_ != "acomp" or token.head.head.i == token.head.i:
        return None
    return token.head.head


def _complement_frame(token: Token) -> Optional[Token]:
    """The verb whose clausal complement holds ``token``, through the open complements and
    coordinated verbs of that clause ("should not expect the U.S. military *is going* to come
    *rescue* them": rescue -> going -> expect); None when the clause is no "ccomp"."""
    node = _clause_verb(token)
    for _ in range(4):
        if node.dep_ != "xcomp" or node.head.i == node.i or node.head.pos_ not in ("VERB", "AUX"):
            break
        node = _clause_verb(node.head)
    return node.head if node.dep_ == "ccomp" and node.head.i != node.i else None


def _plainly_negated(verb: Token) -> bool:
    """Whether ``verb`` carries a plain "not" / "n't" ("should *not* expect", "did *not* say"):
    not "never" ("I never thought they would attack" tells a surprise at what happened) nor "not
    only" ("not only said that ..., but ..." adds to what was said)."""
    return any(c.dep_ == "neg" and c.lower_ in ("not", "n't", "n’t") for c in verb.children) \
        and not any(c.dep_ == "advmod" and c.lower_ in ("only", "just", "merely", "simply") for c in verb.children)


def _unsaid_frame(token: Token, words: dict) -> Optional[Token]:
    """Check not-conjecture (unsaid): the negated non-factive verb of saying whose complement holds
    ``token`` ("the official *did not say that* Russia had attacked the convoy",
    event_detection.yaml unsaid_speech_verbs): the act is not reported (TimeML: the complement of
    a negated reporting SLINK is no asserted event); None otherwise."""
    frame = _complement_frame(token)
    if frame is None or frame.pos_ != "VERB" or frame.lemma_.lower() not in words["unsaid_speech_verbs"]:
        return None
    return frame if _plainly_negated(frame) else None


def _neg_raised_frame(token: Token) -> Optional[Token]:
    """Check status (neg-raising): the negated opinion verb, in the present or under a modal, whose
    clause holds ``token`` ("American citizens *should not expect* the U.S. military is going to
    come rescue them", "I *don't think* Russia will invade"): English raises the clause's negation
    to the opinion verb (CGEL "neg-raising": "I don't think X" = "I think not X"), so
    the act is negated, not asserted (PLOVER negation). Not a past opinion ("I did not expect that
    they would attack", often a surprise at what happened). None otherwise."""
    frame = _complement_frame(token)
    if frame is None or frame.lemma_.lower() not in NEG_RAISING_VERBS or not _plainly_negated(frame):
        return None
    if frame.tag_ in ("VBD", "VBN") or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in frame.children):
        return None
    return frame


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
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "pcomp" or node.head.lower_ != "by" or node.head.head.pos_ not in ("VERB", "AUX"):
        return None
    subject, passive = _subject(node.head.head)
    if subject is None or passive or subject.tag_ in RELATIVE_TAGS:
        return None
    return subject if _real_actor(subject, lex) else None


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
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
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
    if trigger.event_type == "MOBILIZE" and token.pos_ in ("VERB", "NOUN") and not _force_object(token, lex) \
            and all(t.dep_ in ("amod", "compound") and _mobilize_noun(t.head, lex) for t in targets):
        # a place or people that only modifies the act noun ("North American deployment of
        # renewable energy") says where, it receives nothing
        return f"'{lemma}' + a thing, no force"
    # named recipient checks, each a reason or None, tried in order (first reason wins)
    for check in (_unaddressed_need, _abstract_cause, _effort_undertaken, _narcotics_seized, _stage_invitation,
                  _goal_commitment, _site_visited):
        reason = check(trigger, event_type, targets, lex)
        if reason is not None:
            return reason
    if event_type == "DEMAND" and targets and verb_lemma(token, lex) in words["rally_support_verbs"] and any(
            o.lemma_.lower() in words["rally_support_objects"] for o in _children(token, ("dobj", "obj"))) \
            and all(t.dep_ == "pobj" and t.head.lower_ == "for" for t in targets):
        # check rally-support: the party support is rallied for is its beneficiary, nobody asked
        return f"'{verb_lemma(token, lex)}' + support for a beneficiary (nobody asked)"
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
    if event_type == "AGREE" and not targets and lemma in words["hosting_verbs"]:
        # "the conference will be hosted by the IAEA", "will host a conference this fall": hosting
        # a gathering is an act with a guest party (PLOVER CONSULT "hosting visits", the host the
        # recipient); with none, no party is agreed with or rallied for (CAMEO 053 host + conference)
        return f"'{lemma}' a gathering, no guest party"
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
    for goal in goals:
        for t in goal.subtree:
            if t.lower_ in FIRST_PERSON_WORDS or _place_of_goal(t, goal):
                continue
            if _is_actor(t, lex, allow_pronoun=False) or (t.pos_ == "PRON" and t.lower_ in THIRD_PERSON_WORDS) \
                    or t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
                return None  # the goal names an actor
    return f"'{stance.lemma_.lower()}' to a goal with no actor"


def _definite_plural(noun: Token) -> bool:
    """A plural noun made definite or counted ("the two leaders", "both presidents", "the
    ministers"): the identified participants of a meeting. A bare plural ("Partner countries
    reaffirmed their commitment") names an open set, no participants who commit to each other."""
    return any(c.dep_ in ("det", "predet", "nummod", "poss") for c in noun.children)


# Prepositions of place: an area named in their phrase says where a goal lies ("peace and
# stability *across* the Taiwan Strait", "security *in* Central Asia"), no actor it is made to
GOAL_PLACE_PREPS = frozenset({"in", "across", "throughout", "around", "within", "beyond"})


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


def _abstract_causes_in(noun: Token, words: dict) -> Optional[list[Token]]:
    """The abstraction nouns a cause phrase names: ``noun`` and its conjuncts, read through a
    process noun's "of" phrase ("the pursuit of justice and accountability" -> justice,
    accountability); None when any of them is no abstraction (event_detection.yaml
    abstract_causes, abstract_cause_processes)."""
    found = []
    for part in _with_conjuncts(noun):
        lemma = part.lemma_.lower()
        if lemma in words["abstract_cause_processes"]:
            inner = [p for c in part.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"]
            inner_found = _abstract_causes_in(inner[0], words) if inner else None
            if inner_found is None:
                return None
            found.extend(inner_found)
        elif lemma in words["abstract_causes"] and part.pos_ in ("NOUN", "PROPN"):
            found.append(part)
        else:
            return None
    return found or None


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
    preps = [p for c in token.children if c.dep_ == "prep" or (c.dep_ == "conj" and c.pos_ == "ADP")
             for p in [c, *c.conjuncts] if p.dep_ in ("prep", "conj") and p.pos_ == "ADP"]
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
        if t.i in subjects or t.i == token.i or t.lower_ in FIRST_PERSON_WORDS:
            continue
        if _is_actor(t, lex, allow_pronoun=True) or (t.pos_ == "PRON" and t.lower_ in THIRD_PERSON_WORDS):
            return None  # an actor the object phrase or its purpose names: not for nobody
    return f"'{lemma}' + {causes[0].lemma_.lower()} (abstract cause, no actor)"


def _unaddressed_need(trigger: Trigger, event_type: str, targets: list[Token], lex: Lexicon) -> Optional[str]:
    """Check recipient (need): "both leaders underscored the need for urgent action to address the
    climate crisis": all parties voice a shared priority and ask nobody (CAMEO 02 is an appeal *to*
    someone); "stressed the need for Russia to withdraw" names who is to act, and one side
    stressing a need in a readout ("the President emphasized the need to take immediate
    measures") asks the other (event_detection.yaml emphasised_needs, restatement_verbs)."""
    if event_type != "DEMAND" or targets:
        return None
    words = detection_lexicon()
    token = trigger.token
    if verb_lemma(token, lex) not in words["restatement_verbs"]:
        return None
    needs = [t for t in trigger.words if t.pos_ == "NOUN"
             and t.lemma_.lower() in words["emphasised_needs"] | words["emphasised_importance"]]
    if needs and needs[0].lemma_.lower() in words["emphasised_importance"] and _several_voices(token):
        # "They underlined the importance of ...", "the leaders also highlighted the importance of
        # ...": a priority several parties state together asks none of them (one side stressing
        # it, "the Secretary emphasized the importance of ...", asks the other)
        return f"'{token.lemma_} the {needs[0].lower_}' voiced by several parties"
    if not needs or not _joint_voice(token):
        return None  # one side stressing a need to the other in a readout asks the other
    for t in needs[0].subtree:
        # who is to act: the subject of the needed act ("for Russia to withdraw") or the one it is
        # asked of ("commitment from all leaders", "progress ... by all parties")
        asked = t.dep_ in ("nsubj", "nsubjpass") or (t.dep_ == "pobj" and t.head.lower_ in ("for", "from", "by", "of"))
        if asked and t.i != needs[0].i and _is_actor(t, lex, allow_pronoun=True):
            return None
    return f"'{token.lemma_} the {needs[0].lower_}' with nobody asked to act"


def _names_beyond_title(text: Optional[str]) -> bool:
    """The side's text holds a word besides titles and articles ("Isaac Herzog", not "President")."""
    titles = _title_words() | {"the", "a", "an"}
    return any(w.lower() not in titles for w in re.findall(r"[A-Za-z]+", text or ""))


# sentences from the article's start within which a readout names the meeting it reports (its lead,
# after a dateline or "Office of the Spokesperson" line)
READOUT_LEAD_SENTENCES = 3


def _readout_exchange(doc: Doc, event: Event, meeting: Event, lex: Lexicon) -> bool:
    """An act with no recipient that a readout tells of one side of the meeting it reports: a
    stressed importance (DEMAND, ``_stressed_importance``), or, where the article's lead reports
    the meeting (a readout), a meeting-type act (PLOVER CONSULT, COOPERATE: between the
    participants, "The Secretary and his counterparts also discussed ...", "In addition to
    discussing ...") or a promise (AGREE: "pledged to continue our close cooperation") told as done
    with no party named: what one side says or does in the meeting it says or does to the other
    (PLOVER "Compound and Reciprocal Actors"; plover_frames.yaml symmetric_types,
    joint_commitment_types), or a verbal act of one side (SUPPORT: "He emphasized our shared
    commitment to expanding citizen security": readout_verbal_types). Not a meeting with a party of its own ("also met with ISF
    leadership": "with" names another, resolved or not) nor a gathering ("took part in the
    summit"); not a planned act ("The G7 will also reaffirm its commitment")."""
    if event.target_start is not None:
        return False
    if event.type == "DEMAND":
        return f"({STRESSED_IMPORTANCE} '" in (event.explanation or "")
    if event.type not in lex.symmetric_types | lex.joint_commitment_types | lex.readout_verbal_types \
            or event.status != "asserted":
        return False
    lead = [sent.start_char for sent in itertools.islice(doc.sents, READOUT_LEAD_SENTENCES)]
    if not lead or meeting.sentence_start > lead[-1]:
        return False  # the meeting is no readout's lead: a later act may be with anyone
    trigger = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if trigger is None:
        return False
    # ("with" / "to" a party; "commitment to expanding citizen security" names an act, no party)
    return not any(t.lemma_.lower() in lex.gathering_nouns for t in trigger) and not any(
        c.dep_ == "prep" and c.lower_ in ("with", "to") and not (
            event.type in lex.readout_verbal_types and all(g.dep_ == "pcomp" for g in c.children))
        for t in trigger for c in t.children)


def _named_co_subject(doc: Doc, event: Event) -> Optional[tuple]:
    """(start, end, text) of a named co-subject of the event's source in its own clause ("*Mr.
    Sullivan* and Mr. Massa reaffirmed ...": the conjoined subject, English grammar: coordinated
    subjects act jointly), else None."""
    span = doc.char_span(event.source_start, event.source_end, alignment_mode="expand") \
        if event.source_start is not None else None
    if span is None or not len(span) or span.root.pos_ != "PROPN":
        return None
    root = span.root
    for other in root.conjuncts:
        if other.pos_ != "PROPN" or span.start <= other.i < span.end:
            continue
        first = other if other.i < root.i else root
        if first.dep_ not in SUBJECT_DEPS:
            continue
        start, end = _actor_span(other)
        if _named_at(doc, start, end) and entity_key_for_span(doc, start, end) != \
                entity_key_for_span(doc, event.source_start, event.source_end):
            return start, end, doc_text(doc)[start:end]
    return None


def _other_side(doc: Doc, event: Event, meeting, lex: Lexicon) -> Optional[tuple]:
    """The other side (start, end, text) of a meeting reported before an act with no recipient told
    of one side of it (``_readout_exchange``) whose source is one side of it: its words (no
    article) all in that side's span or the title before it and not all in the other's ("The Vice
    President" after "Vice President Harris met with President Herzog"; "The President" with two
    presidents is neither), else None."""
    if meeting is None or meeting.sentence_start >= event.sentence_start \
            or meeting.source_start is None or meeting.target_start is None \
            or not _readout_exchange(doc, event, meeting, lex):
        return None
    partner = _named_co_subject(doc, event)
    if partner is not None:
        # "Mr. Sullivan and Mr. Massa also reaffirmed joint commitments": the sentence names the
        # other party itself, the co-subject, not the side an earlier meeting paired the source with
        return partner

    def words(text: Optional[str]) -> set[str]:
        return {w.lower() for w in re.findall(r"[A-Za-z]+", text or "")} - {"the", "a", "an"}

    # a pronoun or another mention coreference ties to one side ("He emphasized ..." after
    # "Secretary Blinken spoke with ..."): the entity keys decide where all three have one
    keys = [entity_key_for_span(doc, start, end) for start, end in (
        (event.source_start, event.source_end), (meeting.source_start, meeting.source_end),
        (meeting.target_start, meeting.target_end))]
    if all(keys) and keys[1] != keys[2] and keys[0] in keys[1:]:
        if keys[0] == keys[1]:
            return meeting.target_start, meeting.target_end, meeting.target_text
        return meeting.source_start, meeting.source_end, meeting.source_text
    own = words(event.source_text)
    if not own:
        return None

    def side_words(start: int, end: int, text: str) -> set[str]:
        # the side's name with the title before it ("Vice President Kamala Harris")
        span = doc.char_span(start, end, alignment_mode="expand")
        titled = " ".join(t.text for t in span.root.subtree if t.i <= span.root.i) if span is not None else ""
        return words(text) | words(titled)

    first = own <= side_words(meeting.source_start, meeting.source_end, meeting.source_text)
    second = own <= side_words(meeting.target_start, meeting.target_end, meeting.target_text)
    if first == second:
        return None
    if first:
        return meeting.target_start, meeting.target_end, meeting.target_text
    return meeting.source_start, meeting.source_end, meeting.source_text


def _several_voices(token: Token) -> bool:
    """The verb's subject is more than one party: joint (``_joint_voice``), a plural pronoun ("they",
    "we") or a plural noun ("the leaders")."""
    if _joint_voice(token):
        return True
    node = token
    while node.dep_ in ("conj", "xcomp") and node.head.i != node.i and not _children(node, SUBJECT_DEPS):
        node = node.head
    subjects = _children(node, SUBJECT_DEPS)
    return bool(subjects) and (subjects[0].lower_ in ("they", "we") or subjects[0].tag_ in ("NNS", "NNPS"))


def _joint_voice(token: Token) -> bool:
    """The verb's subject is several parties speaking together: conjoined ("Deputy Secretary Sherman
    and Commissioner Borges emphasized"), or a plural of all sides ("both leaders", "the two
    leaders", "all parties": event_detection.yaml joint_subject_words)."""
    node = token
    while node.dep_ in ("conj", "xcomp") and node.head.i != node.i and not _children(node, SUBJECT_DEPS):
        node = node.head
    subjects = _children(node, SUBJECT_DEPS)
    if not subjects:
        return False
    subject = subjects[0]
    if any(c.dep_ == "conj" for c in subject.children):
        return True
    return subject.tag_ in ("NNS", "NNPS") and any(
        c.lower_ in detection_lexicon()["joint_subject_words"] for c in subject.children if c.dep_ in ("det", "predet", "nummod"))


def _control_addressee(predicate: Token, trigger: Trigger, lex: Lexicon) -> Optional[Token]:
    """Whom a request asks to act, though no actor word names it: the object of the asking verb
    (or of its "on": "call on X") that controls a following "to"-infinitive ("started asking
    religious schools to pay taxes", "call on all international sport federations to endorse
    these principles", "urged local councils to cancel"). English object control makes that
    object the infinitive's understood subject, a party that is to act, so PLOVER DEMAND's
    target. None for an indefinite word (event_detection.yaml indefinite_addressees), a pronoun
    (the other rules and the linker take those) or a non-agent noun (plover_frames)."""
    if trigger.event_type != "DEMAND":
        return None
    objects = _children(predicate, ("dobj", "obj"))
    on = _preps(predicate).get("on")
    if on is not None and on.head.dep_ == "prep":
        objects.append(on)
    for obj in objects:
        if obj.pos_ not in ("NOUN", "PROPN") or obj.i < predicate.i or obj in trigger.words:
            continue  # (the act's own noun: "stressed the need to continue", a need, no addressee)
        if obj.lower_ in detection_lexicon()["indefinite_addressees"] or obj.ent_type_ in NON_ACTOR_ENT_LABELS \
                or obj.lemma_.lower() in lex.non_agent_nouns or obj.lemma_.lower() in lex.document_names \
                or obj.lemma_.lower() in QUANTITY_NOUNS:
            continue
        infinitives = [c for c in list(predicate.children) + list(obj.children)
                       if c.dep_ in ("xcomp", "acl") and c.pos_ in ("VERB", "AUX") and c.i > obj.i
                       and any(a.dep_ == "aux" and a.lower_ == "to" and a.i < c.i for a in c.children)]
        if infinitives:
            return obj
    return None


def _needed_act_subject(trigger: Trigger, lex: Lexicon) -> Optional[Token]:
    """Who a stressed need asks to act: the subject of the "for X to" clause on the need noun
    ("stressed the need for Russia to withdraw its forces": Russia, PLOVER DEMAND's target), else None."""
    if trigger.event_type != "DEMAND":
        return None
    needs = detection_lexicon()["emphasised_needs"]
    for noun in (w for w in trigger.words if w.pos_ == "NOUN" and w.lemma_.lower() in needs):
        for clause in (c for c in noun.children if c.dep_ in ("acl", "advcl", "relcl") and c.pos_ == "VERB"):
            if not any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children):
                continue
            subjects = _children(clause, SUBJECT_DEPS)
            if subjects and _is_actor(subjects[0], lex, allow_pronoun=False):
                return subjects[0]
    return None


ACTIVITY_AGENTS = "agents of the activity"


def _activity_agent(noun: Token) -> Optional[str]:
    """The agent noun of an activity noun ("trafficking" -> "trafficker": event_detection.yaml
    activity_agents), else None."""
    table = dict(entry.split("/") for entry in detection_lexicon()["activity_agents"])
    return table.get(noun.lemma_.lower()) or table.get(noun.lower_)


def _activity_agents(trigger: Trigger, prep: str, obj: Token) -> Optional[str]:
    """Target rule when a crackdown is on an activity ("Thailand has recently cracked down on human
    trafficking"): PLOVER COERCE/repress is aimed at whoever does it (the traffickers), given as
    the activity's span with the agent noun's Phoenix sector (``_activity_agent_sector``); only
    for activities with a known agent noun, else None."""
    if trigger.event_type != "COERCE" or trigger.mode != "repress" or prep not in ("on", "against"):
        return None
    if not any(f"{w.lemma_.lower()}" in detection_lexicon()["crackdown_words"] for w in trigger.words):
        return None
    agent = _activity_agent(obj)
    return f"{ACTIVITY_AGENTS} '{obj.lower_}' ({agent}s)" if agent else None


def _activity_agent_sector(token: Token) -> Optional[str]:
    """The Phoenix sector of an activity's agents ("trafficking" -> trafficker -> CRM), else None."""
    agent = _activity_agent(token)
    code = agent_sector(agent) if agent else None
    return code.sector if code is not None else None


def _joint_act(trigger: Trigger, event_type: str, mode: Optional[str]) -> bool:
    """Conjoined subjects doing one thing together: a signed agreement, or an act marked
    "together" / "jointly" ("A and B pledged to work together")."""
    words = detection_lexicon()
    if mode in words["joint_modes"] or (trigger.mode or "") in words["joint_modes"]:
        return True
    if event_type == "AGREE" and trigger.rule.startswith(JOINT_DOCUMENT):
        return True  # "A and B issued a joint declaration": one agreement between them
    return event_type == "AGREE" and any(
        c.lower_ in words["joint_adverbs"] for t in trigger.words for c in t.subtree if c.dep_ == "advmod")


def _mutual_fight(trigger: Trigger, event_type: str) -> bool:
    """Whether conjoined subjects of an ASSAULT fight each other: its verb is a reciprocal verb of
    force (event_detection.yaml reciprocal_force_verbs: "clashed", "exchanged fire", "fought")
    with no object beyond the trigger's own words. An object outside the trigger is a third party
    or the relative pronoun of one ("the Somoza family that Ortega and the Sandinistas fought":
    they fought the family side by side), never a fight between the co-subjects; nor is a fight
    marked joint ("fought together", event_detection.yaml joint_adverbs)."""
    head = trigger.head
    words = detection_lexicon()
    if event_type != "ASSAULT" or head.lemma_.lower() not in words["reciprocal_force_verbs"]:
        return False
    own = {w.i for w in trigger.words}
    return not any((c.dep_ in ("dobj", "obj") and c.i not in own)
                   or (c.dep_ == "advmod" and c.lower_ in words["joint_adverbs"]) for c in head.children)


def _own_group_cosubject(sources: list[Token]) -> bool:
    """A later co-subject that is a bare staff noun ("Under Secretary Nuland and the delegation
    will ... discuss cooperation"): the first party's own team (event_detection.yaml
    own_staff_nouns), with no word naming another party, so no second side to act towards."""
    words = detection_lexicon()
    return any(s.pos_ == "NOUN" and s.lemma_.lower() in words["own_staff_nouns"]
               and all(c.dep_ in ("det", "poss") and c.pos_ in ("DET", "PRON") for c in s.children)
               for s in sources[1:])


def _between_cosubjects(trigger: Trigger, event_type: str, mode: Optional[str], lex: Lexicon) -> Optional[str]:
    """Why an act of conjoined subjects with no other party is one act between them, else None.

    PLOVER AGREE ("agree to, promise ... to cooperate") and CONSULT / COOPERATE are between the
    parties that agree, meet or cooperate ("Compound and Reciprocal Actors"): "India and the
    United States agreed to include ..." (mutual agreement, CAMEO 03 / 081 "agree"), "will
    collaborate to ..." (a cooperation announced, coded AGREE), "decided to continue meetings"
    (AGREE with a meeting mode), "reaffirmed bilateral commitments" (a commitment the stance noun
    marks as mutual). Co-subjects of any other act act side by side ("Chile, Norway and Japan
    welcome the report"; a pledge of aid is to its recipient). Lists: event_detection.yaml
    mutual_agreement_verbs, mutual_modifiers."""
    words = detection_lexicon()
    if trigger.event_type in lex.symmetric_types:
        return f"a {trigger.event_type} act is between its parties"
    if any((mode or "").split(":")[0] == t.lower() for t in lex.symmetric_types):
        return f"a promised {mode.split(':')[0]} act is between its parties"
    if verb_lemma(trigger.head, lex) in words["mutual_agreement_verbs"] and event_type == "AGREE":
        return f"'{trigger.head.lemma_.lower()}' is between who agree"
    if event_type not in lex.cooperative:
        return None
    marked = next((c for t in trigger.words if t.pos_ == "NOUN" for c in t.children
                   if c.dep_ in ("amod", "compound") and c.lower_ in words["mutual_modifiers"]), None)
    if marked is not None:
        return f"'{marked.lower_}' commitment"
    return None


def _condition_clause(trigger: Trigger) -> Optional[str]:
    """Check asserted-frame (condition): the act sits in an "if / unless / until" clause."""
    node = trigger.head
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "advcl":
        return None
    marks = [c for c in node.children if c.dep_ == "mark" and c.lower_ in detection_lexicon()["condition_marks"]]
    return f"condition '{marks[0].lower_} ...'" if marks else None


def _office_duty(trigger: Trigger) -> Optional[str]:
    """Check not-office-duty: the act in the main clause of a reduced condition of taking an office
    ("*If confirmed*, Ambassador Brink will lead our diplomatic mission in Ukraine", "once appointed,
    she will ..."; ``_reduced_condition``, event_detection.yaml office_taking_verbs) is the duty
    of the office the nominee would hold, no interaction between actors. The status check reads
    other reduced conditions ("once approved, ...") as hypothetical. The reason, or None."""
    mark = _reduced_condition(trigger.head)
    if mark is None or mark.head.lemma_.lower() not in detection_lexicon()["office_taking_verbs"]:
        return None
    return f"duty of an office taken '{mark.text} {mark.head.text}'"


def _exhortation(trigger: Trigger) -> Optional[str]:
    """Check not-exhortation: the act is the complement of an imperative "let" with a first person
    plural ("So *let us* all ... continue to stand with Ukraine", "*let's* work in common cause to
    uphold the principles", "*Let us* condemn this attack"; event_detection.yaml
    exhortative_pronouns): the speaker proposes the act to the listeners and to themselves, no act
    is told as done (CGEL: the first-person inclusive imperative). Through conjuncts, infinitives
    and purposes up to the "let"; not "will let us" (a finite "let" with a subject or an auxiliary)."""
    pronouns = detection_lexicon()["exhortative_pronouns"]
    doc = trigger.head.doc
    node = trigger.head
    for _ in range(6):
        if node.lemma_.lower() == "let" and node.tag_ == "VB" and node.i + 1 < len(doc) \
                and doc[node.i + 1].lower_ in pronouns and node.i < trigger.head.i \
                and not any(c.dep_ in ("nsubj", "aux", "auxpass") for c in node.children):
            return f"exhortation '{node.text} {doc[node.i + 1].text}'"
        if node.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or node.head.i == node.i:
            return None
        node = node.head
    return None


# adjectives of capacity or freedom after "be" ("the IAEA must be *able* to access", "must be *free*
# to leave"): what their subject may do is granted by others, it is no one's duty (English grammar)
_CAPACITY_ADJECTIVES = frozenset({"able", "free"})
# determiners that make a noun a negative or free-choice class ("*no* nation should", "*any* country
# must", "*every* state should"): the whole class, no one in particular (CGEL 5.7.5)
_CLASS_DETERMINERS = frozenset({"no", "any", "every", "each"})


def _unaddressed_subject(predicate: Token, subject: Token) -> Optional[str]:
    """Why the subject of an obligation that a reporting verb states ("We reiterate that X must
    ...") is not the party the demand is made of; None if it is. The subject of "must / should be
    able (free) to" is the beneficiary of the demand, who is to be let do something (PLOVER DEMAND:
    the target is who is asked to act; "the IAEA must be able to access all nuclear facilities" asks
    it of those who hold them), and a common noun under "no", "any", "every" or "each" names a
    class ("no nation that abuses the rights of women should play a role"), no actor."""
    if predicate.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in _CAPACITY_ADJECTIVES
                                        for c in predicate.children):
        return "beneficiary"
    if subject.pos_ == "NOUN" and subject.ent_type_ not in ACTOR_ENT_LABELS and any(
            c.dep_ == "det" and c.lower_ in _CLASS_DETERMINERS for c in subject.children):
        return "class"
    return None


def _free_choice_class(trigger: Trigger) -> Optional[str]:
    """Check not-free-choice: the act is a participle describing a noun under free-choice "any"
    ("anyone who supplies ... *any* other Cuban individuals or entities *designated* under the
    Global Magnitsky program may face sanctions risk", "*any* person *detained* for exercising
    these rights"): the noun phrase names every member of a class, whoever they are, and the
    participle restricts the class; no act on anyone in particular is told (CGEL 5.7.5,
    free-choice "any"). The "any" may sit on the noun or on the first of its conjuncts."""
    node = trigger.head
    if node.dep_ != "acl" or node.tag_ != "VBN" or node.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    noun = node.head
    for _ in range(4):
        if noun.lower_ in ("anyone", "anybody") or any(
                c.dep_ == "det" and c.lower_ == "any" for c in noun.children):
            return f"free-choice 'any' class '{noun.text} {node.text}'"
        if noun.dep_ != "conj" or noun.head.i == noun.i:
            return None
        noun = noun.head
    return None


def _forgone_act(token: Token) -> Optional[str]:
    """The subordinator of an alternative not taken that holds the act ``token`` (its first
    conjunct): "*Rather than withholding* them, the Government notified Microsoft", "rather than
    withdraw its troops", "*instead of releasing* the prisoners", "detained them *without charging*
    them" (event_detection.yaml forgone_marks): the act is not done (status negated). None otherwise."""
    node = _clause_verb(token)
    if node.tag_ not in ("VBG", "VB") or node.head.i == node.i:
        return None
    if node.dep_ == "pcomp":
        mark = node.head
    elif node.dep_ == "advcl":
        mark = next((c for c in node.children if c.dep_ in ("mark", "prep") and c.i < node.i), None)
    else:
        return None
    if mark is None:
        return None
    doc = token.doc
    for phrase in detection_lexicon()["forgone_marks"]:
        words = phrase.split()
        if mark.lower_ != words[-1] or mark.i < len(words) - 1:
            continue
        if [doc[mark.i - len(words) + 1 + k].lower_ for k in range(len(words) - 1)] == words[:-1]:
            return phrase
    return None


def _concurrent_future(token: Token, lex: Lexicon) -> Optional[Token]:
    """The future main verb of a clause of simultaneity or concession in the simple present that
    holds the act ``token`` and has the main clause's subject ("*Even as* we meet with our Chinese
    counterparts, we *will* also continue to hold China accountable"; event_detection.yaml
    concurrent_marks), whose act is as planned as the main act; None otherwise (a present or past
    main clause, or another subject, leaves it as it is)."""
    node = _clause_verb(token)
    if node.dep_ != "advcl" or node.tag_ not in ("VBZ", "VBP") or node.head.i == node.i \
            or any(c.dep_ in ("aux", "auxpass") for c in node.children):
        return None
    marks = detection_lexicon()["concurrent_marks"]
    if not any(c.dep_ == "mark" and c.lower_ in marks and c.i < node.i for c in node.children):
        return None
    main = _clause_verb(node.head)
    # the same subject in both clauses: the speaker tells their own act alongside their own future
    # one; another's act in the present ("will not stand by *while* Iranian networks support ...",
    # "*as* the people of Ukraine continue to fight") goes on now
    subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    main_subject = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or main_subject is None or subject.lower_ != main_subject.lower_:
        return None
    if any(c.dep_ == "aux" and c.lower_ in lex.planned_aux for c in main.children):
        return main
    return None


def _feared_clause(trigger: Trigger) -> Optional[str]:
    """Check asserted-frame (feared): "concerned that the government will take away their
    lands", "our concern that the people of Sudan will face ...": a feared act."""
    node = trigger.head
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ in ("ccomp", "acl") and node.head.lemma_.lower() in detection_lexicon()["fear_words"] \
            and node.head.pos_ in ("ADJ", "NOUN", "VERB"):
        return f"feared under '{node.head.text}'"
    return None


def _measure_pronoun_antecedent(node: Token) -> Optional[Token]:
    """The measure a main clause's pronoun subject stands for: "These prohibitions will cut off the
    Russian Government ... *They* also deny Russia access to key U.S. markets": "they" / "it" opens
    the sentence and the previous sentence's subject is a measure noun (event_detection.yaml
    consequence_measure_nouns) agreeing in number. A measure does not act (PLOVER codes the
    imposer), so "they" is no actor. None otherwise."""
    if node.dep_ != "ROOT":
        return None
    pronoun = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if pronoun is None or pronoun.lower_ not in ("they", "it") or pronoun.i != node.sent.start:
        return None
    sent = node.sent
    if sent.start == 0:
        return None
    previous = node.doc[sent.start - 1].sent
    root = previous.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" \
            or subject.lemma_.lower() not in detection_lexicon()["consequence_measure_nouns"]:
        return None
    plural = subject.tag_ == "NNS"
    if plural != (pronoun.lower_ == "they"):
        return None
    return subject


def _demonstrative_agent(node: Token, event_type: str) -> Optional[str]:
    """The reason of check thing-agent for a clause whose subject is a bare demonstrative ("*This*
    will open opportunities for many Latin Americans", "*That* helps Ukraine defend itself"): "this"
    / "that" stands for a measure or a fact told before, which does not act -- the clause
    evaluates its effect, no actor did anything (PLOVER codes the actor who initiated an event).
    Violence and coercion (habitual_kept_types: "this killed five") may stand for an attack told
    before and pass. None otherwise."""
    if event_type in detection_lexicon()["habitual_kept_types"]:
        return None
    subjects = _children(node, ("nsubj",))
    if not subjects or subjects[0].tag_ != "DT" or subjects[0].lower_ not in ("this", "that", "these", "those") \
            or any(subjects[0].children):
        return None
    return f"demonstrative '{subjects[0].text}' as agent (a measure or fact, no actor)"


def _thing_agent_clause(trigger: Trigger, lex: Lexicon) -> Optional[str]:
    """Check actor (thing as agent): "security equipment, including vehicles, *that will assist*
    the Haitian National Police": "that" / "which" stands for a thing, which does not act; an
    actor named inside it ("Haitian government-purchased equipment") is no agent. A violent or
    coercive act as antecedent still acts ("attacks, which killed five")."""
    node = trigger.head
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    measure = _measure_pronoun_antecedent(node)
    if measure is not None:
        return f"thing '{measure.text}' as agent (the pronoun subject stands for it)"
    demonstrative = _demonstrative_agent(node, trigger.event_type)
    if demonstrative is not None:
        return demonstrative
    if node.dep_ != "relcl":
        return None
    subjects = _children(node, SUBJECT_DEPS)
    if not subjects or subjects[0].tag_ != "WDT":
        return None
    antecedent = node.head
    if antecedent.pos_ not in ("NOUN", "PROPN") or _is_actor(antecedent, lex, allow_pronoun=False) \
            or noun_lemma(antecedent) in lex.nouns or antecedent.ent_type_ in ACTOR_ENT_LABELS:
        return None
    return f"thing '{antecedent.text}' as agent"


def _generic_clause(trigger: Trigger) -> Optional[str]:
    """Check not-generic: "the protocol says *a president receives a president*",
    "a state that is attacked defends itself": an indefinite subject with a verb in the simple
    present states a rule or a habit of a kind, no dated happening ("a Russian missile struck a
    hospital" is past, a happening, and passes)."""
    node = trigger.head
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in node.children):
        return None
    subjects = _children(node, SUBJECT_DEPS)
    if subjects and subjects[0].pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in subjects[0].children):
        return f"generic '{subjects[0].text} {node.text}'"
    return None


def _potential_clause(trigger: Trigger) -> Optional[str]:
    """Check asserted-frame (potential): the act is the infinitive of a noun of potential,
    occasion or duty ("Russia's ability *to wage* its war", "now is the time for the parties *to
    begin* discussions", "it is up to activists *to fight* the bill"): possible or due, not told
    as done. The parser hangs such an infinitive on the noun (acl, or relcl with a "for" subject)."""
    node = trigger.head
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ not in ("acl", "relcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        return None
    noun = node.head
    words = detection_lexicon()
    if noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() in words["unrealised_nouns"]:
        return f"not done '{noun.text} to ...'"
    if noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() in words["potential_nouns"]:
        if noun.lemma_.lower() in words["occasion_nouns"] and (
                any(c.dep_ in ("amod", "advmod") and (c.tag_ == "JJS" or c.lower_ in ("first", "last", "second"))
                    for c in noun.children)
                or (noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in words["occasion_verbs"]
                    and noun.head.tag_ in ("VBD", "VBN"))):
            # "I had a chance to visit with the prime minister", "found time to meet", "the first
            # time for us to meet": a taken occasion tells the act as done (an implicative use)
            return None
        return f"potential '{noun.text} to ...'"
    # "it is up to X to fight": the infinitive hangs on X, the object of "up to"
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ == "up":
        return "potential 'up to ... to ...'"
    return None


def _counterfactual_clause(trigger: Trigger) -> Optional[str]:
    """Check not-counterfactual: a modal perfect ("could / would / should / might have" + past
    participle: event_detection.yaml counterfactual_modals) on the act or on the verb whose
    complement it is tells a past that did not happen ("This attack ... *could have killed*
    hundreds", "the war *could have been avoided*"): no event."""
    modals = detection_lexicon()["counterfactual_modals"]
    node = trigger.token
    for _ in range(3):
        auxes = [c for c in node.children if c.dep_ in ("aux", "auxpass")]
        if node.tag_ == "VBN" and any(a.lower_ in modals for a in auxes) and any(
                a.lemma_.lower() == "have" and a.tag_ == "VB" for a in auxes):
            return f"counterfactual '{' '.join(a.lower_ for a in auxes)} {node.text}'"
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i or node.head.pos_ not in ("VERB", "AUX"):
            return None
        node = node.head
    return None


def _offered_remark(trigger: Trigger) -> Optional[str]:
    """Check not-remark: "offer / extend" whose object is a remark, view or condolence ("the
    response that he offered", "extended condolences": event_detection.yaml remark_offer_objects)
    is a statement (CAMEO OFFER block: condolences 018, prayer 017), no offer to cooperate (AGREE
    only: congratulations offered stay SUPPORT/praise, CAMEO 051). The
    object is the direct object, the passive subject or the antecedent of a relative "that"."""
    words = detection_lexicon()
    token = trigger.token
    if trigger.event_type != "AGREE" or token.pos_ != "VERB" or token.lemma_.lower() not in words["offer_verbs"]:
        return None
    objects = _children(token, ("dobj", "obj", "nsubjpass"))
    if objects and objects[0].tag_ in ("WDT", "IN", "WP") and token.dep_ == "relcl":
        objects = [token.head]
    if not objects and token.dep_ in ("relcl", "acl") and token.head.pos_ == "NOUN":
        objects = [token.head]  # "the condolences offered by"
    if objects and objects[0].pos_ == "NOUN" and objects[0].lemma_.lower() in words["remark_offer_objects"]:
        return f"remark offered '{objects[0].text}'"
    return None


def _risk_frame(trigger: Trigger) -> Optional[str]:
    """Check not-risk: the act is the complement of "risk" ("the escalatory response *risks
    increasing* tensions") or the gerund of a risk noun ("the risk of provoking"): a possible
    consequence the speaker assesses, no act (event_detection.yaml risk_verbs, risk_nouns)."""
    words = detection_lexicon()
    node = trigger.token
    for _ in range(3):
        parent = node.head
        if parent.i == node.i:
            return None
        if node.dep_ in ("xcomp", "ccomp", "dobj") and parent.pos_ == "VERB" \
                and parent.lemma_.lower() in words["risk_verbs"]:
            return f"risked '{parent.text} {node.text}'"
        if node.dep_ == "pcomp" and parent.lower_ == "of" and parent.head.lemma_.lower() in words["risk_nouns"]:
            return f"risked '{parent.head.text} of {node.text}'"
        if node.dep_ != "conj":
            return None
        node = parent
    return None


def _enabling_thing(trigger: Trigger, lex: Lexicon) -> Optional[str]:
    """Check not-enabling-thing: a permission verb (event_detection.yaml enabling_verbs) whose
    subject is a thing, not an actor or an act ("NASA's Artemis *program will allow* us to
    develop", "the funding enables ..."): a programme or a tool making something possible is no
    concession (PLOVER CONCEDE/ease is an actor easing its own restrictions)."""
    token = trigger.token
    if token.pos_ != "VERB" or token.lemma_.lower() not in detection_lexicon()["enabling_verbs"]:
        return None
    subjects = _children(token, SUBJECT_DEPS)
    if not subjects:
        return None
    subject = subjects[0]
    if subject.pos_ != "NOUN" or _is_actor(subject, lex, allow_pronoun=False) \
            or noun_lemma(subject) in lex.nouns or subject.ent_type_ in ACTOR_ENT_LABELS:
        return None
    return f"thing '{subject.text}' enables"


def _takes_effect_now(trigger: Trigger) -> bool:
    """True when the act's verb carries a start phrase dated to now (event_detection.yaml
    effect_now_starts / effect_now_words): "*Starting today*, we'll impose sanctions on ...", "*As of
    today*, the Department will impose ...", "*Effective immediately*, X will suspend ...". English
    grammar: the phrase sets the act's start at the announcement, so the "will" announces a measure
    put in force now (carried out), no threat of a future act. A start phrase naming a later time
    ("starting next week") keeps the act planned."""
    lexicon = detection_lexicon()
    starts, nows = set(lexicon["effect_now_starts"]), set(lexicon["effect_now_words"])
    node = trigger.head
    children = list(node.children)
    for child in children:
        if child.lower_ not in starts:
            continue
        rest = [t for t in child.subtree if t.i > child.i and not t.is_punct and t.lower_ != "of"]
        if len(rest) == 1 and rest[0].lower_ in nows:
            return True
        if child.lower_ == "effective" and not rest and any(
                c.dep_ == "advmod" and c.lower_ in nows and c.i == child.i + 1 for c in children):
            return True  # "Effective immediately, X will ...": the adverb parsed onto the verb
    return False


def _same_day_act(trigger: Trigger, lex: Lexicon) -> bool:
    """True when the clause carrying the act's "will" has a same-day adverb (event_detection.yaml
    same_day_words, same_day_parts): "*Today*, the President will sign proclamations to raise
    tariffs", "will announce a new package *later today*", "*This afternoon*, the Secretary will
    meet ...". In a release the act is the one done on the release day, not a promise or threat
    of a future act (PLOVER AGREE / THREATEN). The adverb counts only on the verbs from the act up
    to the one bearing "will" (a "today" on a reporting verb above dates the report, not the act)."""
    lexicon = detection_lexicon()
    days, parts = set(lexicon["same_day_words"]), set(lexicon["same_day_parts"])
    node = trigger.head
    for _ in range(4):
        for child in node.children:
            if child.dep_ in ("npadvmod", "advmod", "obl:tmod", "tmod") and child.lower_ in days:
                return True
            if child.dep_ in ("npadvmod", "advmod", "obl:tmod", "tmod") and child.lower_ in parts \
                    and any(d.dep_ == "det" and d.lower_ == "this" for d in child.children):
                return True
        if any(c.dep_ == "aux" and c.lower_ in lex.planned_aux for c in node.children):
            return False
        if node.dep_ not in ("xcomp", "acl", "advcl", "conj", "dobj", "pobj", "prep") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _imposed_measure_consequence(trigger: Trigger) -> bool:
    """True when the act's subject is a measure already taken: a measure noun (event_detection.yaml
    consequence_measure_nouns) with a past participle reduced relative ("restrictions *imposed* by
    Russian authorities will prevent ..."), or a relative clause in the past ("the sanctions
    *that we imposed* will deny ..."). English grammar: the participle / past clause tells the
    measure as done, so a "will" on its consequence forecasts an effect, not a new act."""
    node = trigger.head
    if trigger.rule.startswith(DENIED_ACCESS) and any(c.dep_ == "advmod" and c.lower_ == "now" for c in node.children):
        # "X will now be blocked from accessing ...": "now" dates the bar to the measure just
        # announced (the designation), so "will" tells its effect, no threat
        return True
    measures = detection_lexicon()["consequence_measure_nouns"]
    for subject in (c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.pos_ != "NOUN" or subject.lemma_.lower() not in measures:
            continue
        for clause in subject.children:
            if clause.dep_ == "acl" and clause.tag_ == "VBN":
                return True
            if clause.dep_ == "relcl" and (clause.tag_ == "VBD" or clause.tag_ == "VBN" and any(
                    a.dep_ in ("aux", "auxpass") and a.lemma_ in ("have", "be") and a.tag_ != "MD"
                    and a.lower_ not in ("will", "be") for a in clause.children)):
                return True
    return False


def _reported_prediction(trigger: Trigger, lex: Lexicon) -> Optional[str]:
    """Check not-prediction: a future act ("will", plover_frames.yaml planned_aux) in a clause
    a reporting verb governs, whose subject is neither the speaker nor an actor ("Toccafondi says
    many *schools will* increase their fees or *they will quit*"): the speaker forecasts what others
    will do, a prediction (no promise: PLOVER AGREE / THREATEN are the actor's own commitment), and
    names no political actor. A pronoun subject of a conjunct stands for the first conjunct's
    subject; a named or actor subject ("said Russia will withdraw") is left to the promise reading."""
    node = trigger.head
    own = [c for c in node.children if c.dep_ in SUBJECT_DEPS]
    first = _clause_verb(node)
    subject = own[0] if own else next((c for c in first.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or not any(c.dep_ == "aux" and c.lower_ in lex.planned_aux for c in node.children):
        return None
    if subject.pos_ == "PRON" and subject.lower_ in ("they", "it") and first.i != node.i:
        subject = next((c for c in first.children if c.dep_ in SUBJECT_DEPS), subject)
    if subject.pos_ != "NOUN" or _is_actor(subject, lex, allow_pronoun=False) \
            or subject.ent_type_ in ACTOR_ENT_LABELS or noun_lemma(subject) in lex.nouns:
        return None
    if first.dep_ not in ("ccomp", "parataxis") or not _is_reporting(first.head, lex):
        return None
    return f"prediction '{subject.text} {node.text}' under '{first.head.text}'"


def _captive_check(trigger: Trigger, lex: Lexicon) -> Optional[str]:
    """Check trigger-sense (captive): PLOVER RETREAT/release releases captives; releasing a
    statement, text or report ("the joint statement released by the United States") publishes it.
    What is released is the object, the passive subject or the noun a participle modifies."""
    if (trigger.mode or "") not in detection_lexicon()["captive_modes"] or trigger.token.pos_ != "VERB":
        return None
    token = trigger.token
    released = _children(token, ("dobj", "obj", "nsubjpass"))
    if not released and token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ in ("NOUN", "PROPN"):
        released = [token.head]
    emitted = detection_lexicon()["emitted_nouns"]
    for thing in released or _children(token, ("nsubj",)):
        # "Iodine released from these chemicals into milk" (parsed with iodine as subject): a
        # substance let out (WordNet release.v "emit, let out"), no captive freed
        if (thing.pos_ == "NOUN" or (thing.pos_ == "PROPN" and thing.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP"))) \
                and (thing.lemma_.lower() in emitted or noun_lemma(thing) in emitted):
            return f"release of '{thing.text}' (a substance emitted, no captive)"
    if not released or released[0].pos_ not in ("NOUN", "PROPN"):
        return None
    thing = released[0]
    lemma = thing.lemma_.lower()
    published = detection_lexicon()["published_nouns"] | lex.information_objects | lex.document_names
    if lemma not in published and noun_lemma(thing) not in published:
        return None  # "released three detained journalists": captives (or something unknown) freed
    return f"release of '{thing.text}' (no captive)"


def _merit_clause(trigger: Trigger) -> Optional[str]:
    """Check asserted-frame (merit): an act told as the merit a word of gratitude or praise
    credits ("grateful for President Arevalo's leadership *in hosting* the Ministerial",
    "applauded Brazil's leadership, *including hosting* the Amazon Summit") is someone else's
    earlier act, the ground of the praise (which is the event), not news of its own."""
    words = detection_lexicon()
    node = trigger.head
    if node.tag_ != "VBG":
        return None
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    through_merit = False
    for _ in range(6):
        if node.dep_ not in ("pcomp", "prep", "pobj", "dobj", "conj", "acomp") or node.head.i == node.i:
            return None
        parent = node.head
        if node.dep_ == "prep" and node.lower_ in words["merit_prepositions"] and (
                parent.pos_ in ("NOUN", "PROPN") or node.lower_ == "including"):
            # the merit of a noun ("leadership *in* hosting", "efforts *in* ensuring") or a list of
            # merits ("applauded X's leadership, *including* hosting"); "*In* addition to
            # discussing ..., she commended X" is an adjunct of the praise, no merit
            through_merit = True
        if parent.lemma_.lower() in words["gratitude_words"] and through_merit:
            return f"merit credited under '{parent.text}'"
        node = parent
    return None


def _regard_frame(trigger: Trigger) -> Optional[str]:
    """Check trigger-sense (regard): "took the threat of the cyclone very seriously" regards a
    thing; "take" + noun + "seriously" is no act."""
    words = detection_lexicon()
    token = trigger.token
    if token.lemma_.lower() not in words["regard_verbs"]:
        return None
    if any(c.dep_ == "advmod" and c.lower_ in words["regard_adverbs"] for c in token.children):
        return f"'{token.lemma_} ... {next(c.lower_ for c in token.children if c.lower_ in words['regard_adverbs'])}' (regard)"
    return None


def _prevented_clause(trigger: Trigger) -> Optional[str]:
    """Check asserted-frame (prevented): "prohibits its employees *from traveling* to Crimea",
    "refrain from attacking": an act kept from happening (event_detection.yaml prevention_verbs)."""
    node = trigger.head
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "pcomp" or node.head.lower_ != "from":
        return None
    governor = node.head.head
    if node.head.dep_ == "prep" and governor.pos_ in ("VERB", "AUX") \
            and governor.lemma_.lower() in detection_lexicon()["prevention_verbs"]:
        return f"prevented by '{governor.lemma_} ... from'"
    return None


# Verbs that link a subject to a predicate adjective ("are free", "remains closed", "keep it open"):
# the English copulas and the verbs of keeping a state.
COPULAR_VERBS = frozenset({"be", "remain", "stay", "become", "seem", "appear", "keep", "look", "sound"})


def _adjective_trigger(trigger: Trigger) -> Optional[str]:
    """Check not-adjective (trigger-sense): "Americans ... are *free* to do so", "a life *free* from
    oppression", "the crossing remains *open*": an adjective spelled like a verb of the lexicon
    ("free", "open", "closed") -- predicate (acomp of a copula, oprd) or attributive (amod) --
    states a condition, not an act. A stance adjective ("ready to discuss", lexicon
    stance_adjectives) is a frame whose infinitive is the act and is not the trigger token here."""
    token = trigger.token
    if token.i == trigger.head.i and token.tag_ == "VBN" and token.dep_ == "acl" \
            and token.lemma_.lower() in detection_lexicon()["manner_participles"] \
            and noun_lemma(token.head) in detection_lexicon()["means_nouns"]:
        # "further swift and severe measures, coordinated with allies and partners": a past
        # participle on a measure noun says how the measures are made (like "in coordination
        # with"); the act told is the measures', not a cooperation of its own
        return f"participle '{token.text}' describing '{token.head.text}'"
    if token.i != trigger.head.i or token.tag_ != "JJ":
        return None
    if token.dep_ == "acomp" and token.head.lemma_.lower() in COPULAR_VERBS:
        return f"adjective '{token.text}'"
    if token.dep_ in ("amod", "oprd"):
        return f"adjective '{token.text}'"
    return None


def _commitment_frame(trigger: Trigger) -> Optional[str]:
    """Check asserted-frame (commitment): a material act held as a commitment ("remains
    dedicated to *helping* the people of Ukraine", "resolute in their commitment to ...
    *collaborating*") is not done (event_detection.yaml commitment_words)."""
    words = detection_lexicon()
    aspect = trigger.head.i != trigger.token.i and trigger.rule.startswith("aspect '")
    if trigger.head.i != trigger.token.i and not aspect:
        return None  # a stance frame's act is judged at the stance
    verb = trigger.head  # ("commitment to *continue* providing aid": the aspect verb is the noun's content)
    noun = _commitment_noun_of(verb, words)
    if noun is not None and (trigger.event_type not in ("SUPPORT", "AGREE") or not _voiced_stance(noun, words)):
        # "commitments from China and Mexico *to crack down* on the precursors": the content of
        # a commitment is promised (at most AGREE, found at the noun), not done; verbal support
        # ("restated Canada's commitment to support Ukraine") is the stance itself and stays,
        # but a commitment another party only talks about ("call into question Russia's stated
        # commitment to engage in diplomacy", "are supportive of President Zelenskyy's commitment
        # to engage in diplomacy") voices nothing: its content is no asserted act (TimeML: the
        # complement of an intention noun is an unrealised event)
        return f"content of the '{noun.text}'"
    if trigger.event_type not in words["commitment_material_types"] or aspect:
        return None  # (an aspect verb conjoined with a commitment is its own clause: "are committed to X and will continue to provide")
    node = trigger.head
    for _ in range(8):
        if node.dep_ not in ("pcomp", "prep", "pobj", "xcomp", "acl", "conj", "advcl") or node.head.i == node.i:
            return None
        parent = node.head
        if (parent.lower_ in words["commitment_words"] or parent.lemma_.lower() in words["commitment_words"]) and (
                parent.pos_ in ("ADJ", "NOUN") or parent.dep_ in ("acomp", "oprd")):
            return f"committed to under '{parent.text}'"
        held = [c for c in parent.children if c.dep_ in ("acomp", "oprd") and c.lower_ in words["commitment_words"]]
        if parent.lemma_.lower() in ("be", "remain", "stay") and held and node.dep_ == "conj":
            # "are resolute in their commitment to A and ensuring B ... and collaborating on C":
            # the parser hangs the later complements on the copula
            return f"committed to under '{held[0].text}'"
        node = parent
    return None


def _commitment_noun_of(verb: Token, words: dict) -> Optional[Token]:
    """The commitment noun (event_detection.yaml commitment_words) whose content ``verb`` is: its
    "to" infinitive ("commitment *to support* Ukraine", acl) or its "to" gerund ("commitment to
    *supporting* greater freedom", pcomp of the noun's "to"); else None."""
    if verb.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        noun = verb.head
    elif verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "to" and verb.head.dep_ == "prep":
        noun = verb.head.head
    else:
        return None
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in words["commitment_words"]:
        return None
    return noun


def _voiced_stance(noun: Token, words: dict) -> bool:
    """Whether the commitment ``noun`` is the object of a verb by which its holder voices it
    ("reaffirmed / restated / emphasized our commitment to ...": event_detection.yaml
    restatement_verbs, reaffirmation_verbs, commitment_voicing_verbs: "These steps reinforce the
    U.S. Government's commitment to supporting ...", "Reflecting the President's commitment to
    ..."), through a conjunct of that object. A commitment only talked about ("call into question
    Russia's stated commitment to ...", "supportive of Zelenskyy's commitment to ...") is not."""
    node = noun
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ not in ("dobj", "obj") or node.head.pos_ not in ("VERB", "AUX"):
        return False
    voicing = set(words["restatement_verbs"]) | set(words["reaffirmation_verbs"]) | set(words["commitment_voicing_verbs"])
    return node.head.lemma_.lower() in voicing


def _joint_promise_content(trigger: Trigger, lex: Lexicon) -> Optional[str]:
    """Check asserted-frame (joint promise): "Biden and Lula committed to work together to *protect*
    workers' rights": what the parties promised each other is the content of their AGREE, no act of
    either on the rights' holders (the AGREE itself is found at the stance verb)."""
    if trigger.head.i != trigger.token.i:
        return None
    node = trigger.head
    for _ in range(6):
        if node.dep_ not in ("advcl", "conj", "xcomp") or node.head.i == node.i:
            return None
        parent = node.head
        if node.dep_ == "xcomp" and parent.pos_ == "VERB":
            stance = _stance_kind(parent, lex)
            if stance is not None and stance[0] == "commit" and node.i != trigger.head.i \
                    and _joint_commitment(parent, node):
                return f"promised jointly under '{parent.text} ... {node.text} together'"
        node = parent
    return None


def _internal_meeting(trigger: Trigger, lex: Lexicon) -> Optional[str]:
    """Check not-internal: a meeting or joint work of one party with its own staff alone ("The
    President and his team discussed the successes", event_detection.yaml own_staff_nouns): no
    interaction between entities. A "with" partner keeps the meeting."""
    if trigger.event_type not in lex.symmetric_types:
        return None
    words = detection_lexicon()
    verb = trigger.head
    partners = _children(verb, ("dobj", "obj")) + [o for p, o in _preps(verb).items() if p == "with"]
    # "convened federal government departments and agencies to develop ...", parsed as the subject of
    # the purpose clause
    partners += [s for c in _children(verb, ("ccomp",)) for s in _children(c, SUBJECT_DEPS)]
    for partner in partners:
        inside = {t.lower_ for t in partner.subtree}
        if inside & words["domestic_organ_markers"] and inside & words["own_organ_nouns"] \
                and not any(t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for t in partner.subtree):
            # "ONDCP has convened federal government departments and agencies to develop ... the
            # Plan": unnamed organs of the source's own government, no interaction between actors
            return f"'{partner.text}': organs of its own government"
    subjects = _children(verb, SUBJECT_DEPS)
    if not subjects or any(p in ("with", "between", "among") for p in _preps(verb)) or any(
            _is_actor(o, lex) for o in _children(verb, ("dobj", "obj"))):
        return None  # a partner: "met with Mexican officials", "met Lopez Obrador"
    first = subjects[0]
    others = [c for c in first.conjuncts if c.i > first.i and c.pos_ in ("NOUN", "PROPN", "PRON")]
    if not others:
        return None
    for other in others:
        owner = next((c for c in other.children if c.dep_ == "poss"), None)
        if other.lemma_.lower() not in words["own_staff_nouns"] or owner is None or not (
                owner.lower_ in words["own_possessives"] or owner.lemma_.lower() == first.lemma_.lower()):
            return None
    return f"'{first.text}' with its own '{others[0].text}' (inside one government)"


def _internal_act(trigger: Trigger, lex: Lexicon) -> Optional[str]:
    """Check not-internal: a meeting with one's own staff alone (``_internal_meeting``) or a
    directive to one's own staff (``_own_staff_directive``)."""
    return _internal_meeting(trigger, lex) or _own_staff_directive(trigger)


def _own_staff_directive(trigger: Trigger) -> Optional[str]:
    """Check not-internal, directive to one's own staff: a directive verb (event_detection.yaml
    directive_verbs) whose object is the source's own staff, under a possessive pronoun
    (own_workforce_nouns, own_possessives: "The U.S. government *prohibits its employees* from
    traveling to Crimea", "The President also *directed his team* to continue to do everything
    possible ... to shut down the supply chain for illicit fentanyl") is an instruction inside one
    actor: the directive is no interaction (PLOVER codes acts between actors), and the act it sets
    the staff (up its "to" / "from" complements) is their task, not done. Forces are no staff
    ("ordered his forces to further invade Ukraine" stays MOBILIZE)."""
    words = detection_lexicon()
    node = trigger.token
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in words["directive_verbs"]:
            for obj in _children(node, ("dobj", "obj")):
                owner = next((c for c in obj.children if c.dep_ == "poss"), None)
                if obj.lower_ in words["own_workforce_nouns"] and owner is not None \
                        and owner.lower_ in words["own_possessives"]:
                    return f"'{node.text} {owner.text} {obj.text}': a directive to its own staff"
        if node.dep_ not in ("xcomp", "advcl", "pcomp", "prep", "conj") or node.head.i == node.i:
            return None
        if node.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            return None  # only a purpose infinitive ("to do everything possible *to shut down* ...")
        node = node.head
    return None


def _evaluated_relation(trigger: Trigger) -> Optional[str]:
    """Check not-evaluation: a standing relation named by an event noun as the subject of a copula
    with an adjective or noun complement ("The partnership between the United States and Colombia
    *is absolutely vital*") is described, not enacted (event_detection.yaml relation_nouns)."""
    return _evaluated_noun(trigger.token)


def _evaluated_noun(noun: Token) -> Optional[str]:
    """The reason of check not-evaluation for a relation noun (``_evaluated_relation``), else None."""
    words = detection_lexicon()
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in words["relation_nouns"] or noun.dep_ not in SUBJECT_DEPS:
        return None
    verb = noun.head
    if noun.dep_ in ("nsubj", "nsubj:pass") and verb.pos_ == "VERB" \
            and verb.lemma_.lower() in words["relation_change_verbs"]:
        return f"'{noun.text}' changes state by '{verb.text}'"  # "cooperation has improved": how a tie fared
    if verb.lemma_.lower() not in words["copular_verbs"]:
        return None
    if not any(c.dep_ in ("acomp", "attr", "oprd") for c in verb.children):
        return None
    return f"'{noun.text}' described by '{verb.text}'"


def _document_content(trigger: Trigger) -> Optional[str]:
    """Check not-document-content: a non-finite act told after a content word ("about", "on",
    "detailing", "providing") inside the phrase of a document an actor issued (event_detection.yaml
    issuing_verbs, issued_document_nouns, document_content_words): "jointly issued a policy alert
    to travel companies with information about [...] ongoing U.S. actions to hold these actors
    accountable" describes what the alert says, no act of its issuer. The reason, or None."""
    words = detection_lexicon()
    head = trigger.head
    if head.tag_ in ("VBD", "VBZ", "VBP", "MD"):
        return None  # a finite clause of its own ("... and imposed sanctions on Y")
    for verb in head.ancestors:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in words["issuing_verbs"]:
            continue
        document = next((o for o in _children(verb, ("dobj", "obj"))
                         if o.lemma_.lower() in words["issued_document_nouns"] and o.i < head.i), None)
        if document is None:
            return None
        marker = next((t for t in document.subtree if document.i < t.i < head.i
                       and (t.lower_ in words["document_content_words"]
                            or t.lemma_.lower() in words["document_content_words"])), None)
        if marker is None:
            return None
        return f"content of the {document.lower_} '{verb.text}' (after '{marker.text}')"
    return None


def _relation_topic(noun: Token) -> Optional[str]:
    """The reason of check not-evaluation for a relation noun that is what a verb of talk or praise
    is about (event_detection.yaml relation_topic_verbs): its direct object, a conjunct of it, or
    inside an "of" phrase of it ("reviewed the longstanding bilateral partnership between the United
    States and Djibouti", "highlighted the strength of the partnership between Estonia and the
    United States"). PLOVER COOPERATE initiates, resumes, improves or expands cooperation; a tie
    reviewed or praised is neither. None otherwise."""
    words = detection_lexicon()
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in words["relation_nouns"]:
        return None
    node = noun
    for _ in range(4):
        if node.dep_ == "conj":
            node = node.head
        elif node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
            node = node.head.head  # "the strength of the partnership"
        else:
            break
    verb = node.head
    if node.dep_ in ("dobj", "obj") and verb.pos_ == "VERB" and verb.lemma_.lower() in words["relation_topic_verbs"]:
        return f"'{noun.text}' is what '{verb.text}' is about"
    return None


def _reported_effort(trigger: Trigger) -> Optional[str]:
    """Check not-reported-effort: a non-finite act inside the efforts, steps or measures a verb of
    telling or reviewing has as its object ("President Biden *detailed* our efforts to prevent and
    then respond to the invasion, including by *imposing* costs on Russia", "outlined the steps
    taken ... including by supporting the mission", "discussed ongoing efforts to stop the war",
    "briefed them on efforts to ...") is the topic of the talk, no new act of the speaker
    (event_detection.yaml report_topic_verbs, report_effort_nouns); the talk itself is coded from
    its own verb (CONSULT for discuss). The same class as a partnership reviewed or discussed
    (``_relation_topic``). A finite clause of its own keeps its event. The reason, or None."""
    words = detection_lexicon()
    node = trigger.head
    if node.tag_ in ("VBD", "VBZ", "VBP", "MD"):
        return None
    efforts, verbs = words["report_effort_nouns"], words["report_topic_verbs"]
    for _ in range(8):
        parent = node.head
        if parent is node:
            return None
        if parent.pos_ == "VERB" and parent.lemma_.lower() in verbs:
            lemma = parent.lemma_.lower()
            objs = [o for o in _children(parent, ("dobj", "obj")) if o.lemma_.lower() in efforts]
            hosts = [parent] + _children(parent, ("dobj", "obj"))  # "briefed the ministers on efforts"
            topics = objs + [p for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "about")
                             for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in efforts]
            if topics and node.dep_ == "prep" and node.lower_ == "including":
                return f"'{trigger.token.text}' is among the {topics[0].text} '{parent.text}' tells of"
            if node in topics:
                return f"'{trigger.token.text}' is in the {node.text} '{lemma}' tells of"
            return None
        if node.pos_ == "NOUN" and node.lemma_.lower() in efforts and node.dep_ == "pobj" \
                and parent.lower_ in ("on", "about") and parent.head.pos_ == "NOUN" \
                and parent.head.lemma_.lower() in words["report_topic_nouns"]:
            return f"'{trigger.token.text}' is in the {node.text} '{parent.head.text}' tells of"
        if parent.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return None  # a finite clause of another verb
        node = parent
    return None


def _standing_status(verb: Token) -> Optional[str]:
    """The reason of check not-standing-passive for a relative clause in the simple present
    passive on a noun ("Parchin Chemical Industries, *which is designated* for sanctions by the UN
    under UNSCR 2231", "a man *who is wanted* by Interpol"): it describes a standing status of
    the noun, background to the report, not an act of the sentence; the act is told in the past
    or with a date ("which was designated on 5 May", "which is designated today"), or in the
    progressive ("which is being sanctioned"). None otherwise. Any event type: a relative clause
    in the present passive tells what its noun is, whatever the verb."""
    if verb.dep_ not in ("relcl", "acl"):
        return None
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if len(aux) != 1 or aux[0].dep_ != "auxpass" or aux[0].lower_ not in ("is", "are"):
        return None
    subjects = _children(verb, PASSIVE_SUBJECT_DEPS)
    if not subjects or subjects[0].tag_ not in ("WDT", "WP"):
        return None
    if any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree):
        return None
    return f"standing status '{subjects[0].text} {aux[0].text} {verb.text}'"


def _standing_passive(trigger: Trigger) -> Optional[str]:
    """Check not-description (present passive): a main clause in the simple present passive with
    its agent ("The ACA *is supported by* the State Department's Office of Global Criminal
    Justice") states a standing relation of its subject, the agentive counterpart of the habitual
    relative clause; a dated act is told in the past, perfect or progressive ("was supported",
    "has been supported", "is being supported"). Only SUPPORT, COOPERATE and AID, the types a
    standing arrangement takes."""
    verb = trigger.head
    if trigger.token.i != verb.i or verb.tag_ != "VBN":
        return None
    status = _standing_status(verb)
    if status is not None:
        return status
    rule = _standing_rule(verb)
    if rule is not None:
        return rule
    if verb.dep_ != "ROOT":
        return None
    if trigger.event_type not in ("SUPPORT", "COOPERATE", "AID"):
        return None
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if len(aux) != 1 or aux[0].dep_ != "auxpass" or aux[0].lower_ not in ("is", "are") \
            or not any(c.dep_ == "agent" for c in verb.children):
        return None
    return f"standing present passive '{aux[0].text} {verb.text}'"


def _standing_rule(verb: Token) -> Optional[str]:
    """The reason of check not-standing-passive for a rule in force: a main clause (or its
    conjunct) in the simple present passive of a verb of prohibition or permission, with no agent
    and no date ("The New York Times and Twitter *are prohibited* for the Chinese people", "U.S.
    government personnel *are permitted* to travel to ..."; event_detection.yaml prevention_verbs,
    permission_verbs) states a standing condition, no act done on the day of the report; the act
    that set it is told in the past, perfect or progressive, with its doer or with a date ("were
    banned", "have been banned", "are banned by the ministry", "are banned from today"). A bar on dealing with a named party
    ("are prohibited from engaging in transactions with X") is the sanction on X, kept. None
    otherwise."""
    words = detection_lexicon()
    if verb.dep_ not in ("ROOT", "conj") or verb.lemma_.lower() not in \
            set(words["prevention_verbs"]) | set(words["permission_verbs"]):
        return None
    if _clause_verb(verb).dep_ != "ROOT":
        return None  # a conjunct of a subordinate clause takes that clause's frame
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if len(aux) != 1 or aux[0].dep_ != "auxpass" or aux[0].lower_ not in ("is", "are") \
            or any(c.dep_ == "agent" for c in verb.children):
        return None
    conjuncts = [{t.i for t in c.subtree} for c in verb.children if c.dep_ == "conj"]
    own = [t for t in verb.subtree if not any(t.i in span for span in conjuncts)]  # its clause, not the next
    if any(t.ent_type_ in ("DATE", "TIME") for t in own):
        return None
    if _dealing_partner(verb, load_lexicon()) is not None:
        # "all U.S. persons are prohibited from engaging in transactions with X" names the party
        # sanctioned (DEALING_BAN): OFAC's own wording of the measure, often its only mention of X
        return None
    return f"standing rule '{aux[0].text} {verb.text}' (no agent, no date)"


def _consular_tally(trigger: Trigger) -> Optional[str]:
    """Check not-tally: a cooperative act whose object is a counted consular document ("we issued
    *more than 100,000 visas* to Chinese students", event_detection.yaml consular_document_nouns)
    reports a caseload of routine administration, no interaction between political actors."""
    if trigger.event_type not in ("COOPERATE", "AID", "SUPPORT"):
        return None
    obj = _object_noun(trigger.token)
    if obj is None or obj.lemma_.lower() not in detection_lexicon()["consular_document_nouns"]:
        return None
    if not any(c.dep_ == "nummod" or c.like_num for c in obj.children):
        return None
    return f"a count of '{obj.text}'"


def _principle_object(trigger: Trigger) -> Optional[str]:
    """Check not-principle: a stance verb whose object is an abstract principle held by no one
    ("We *reject* any notion of spheres of influence and any use of force that is not in compliance
    with international law", event_detection.yaml principle_nouns) states a view, no act towards
    another actor: PLOVER's REJECT, DISAPPROVE and SUPPORT are directed at an entity (CAMEO 12, 11,
    05 reject, disapprove of, endorse what an actor proposes, does or is). Passes where any
    conjunct of the object names an actor ("reject Russia's notion of ...", "the idea of talks
    with Ukraine"), the stance has a "to"/"with"/"against" recipient, the principle is not spelled
    out (a bare "the idea" points back to a proposal) or it is an act proposed ("the idea of
    holding a summit")."""
    words = detection_lexicon()
    if trigger.event_type not in words["principle_stance_types"] or trigger.token.pos_ != "VERB":
        return None
    obj = _object_noun(trigger.token)
    if obj is None or obj.dep_ == "nsubjpass" or obj.lemma_.lower() not in words["principle_nouns"]:
        return None
    content = [c for c in obj.children if c.dep_ in ("acl", "relcl", "appos", "ccomp")] + [
        p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    if not content:
        return None  # "supported the idea": a proposal named before, anaphoric
    if any(p.dep_ == "pcomp" or p.pos_ == "VERB" for p in content):
        return None  # "rejected the idea of holding a summit": a proposed act (REJECT meet)
    for noun in [obj] + list(obj.conjuncts):
        for token in noun.subtree:
            if token.ent_type_ in ACTOR_ENT_LABELS or token.dep_ == "poss" or token.pos_ == "PROPN":
                return None  # an actor's claim or proposal is rejected or backed
    if any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "with", "against", "toward", "towards")
           for c in trigger.token.children):
        return None
    return f"abstract object '{obj.text}'"


def _permitted_claim(trigger: Trigger) -> Optional[str]:
    """Check not-permitted-claim: a permission whose content is a claim or a pretence ("we will not
    allow Russia to *claim* the pretense of diplomacy", event_detection.yaml permitted_claim_verbs)
    is rhetoric about what the other side may say: PLOVER CONCEDE ease eases a restriction on
    conduct (access, movement, assembly, exit), and allowing or barring a claim eases none."""
    words = detection_lexicon()
    token = trigger.token
    if trigger.event_type != "CONCEDE" or token.pos_ != "VERB" \
            or token.lemma_.lower() not in words["permission_verbs"] | {"let"}:
        return None
    for child in token.children:
        if child.dep_ in ("xcomp", "ccomp") and child.pos_ == "VERB" \
                and child.lemma_.lower() in words["permitted_claim_verbs"]:
            return f"'{token.text}' a '{child.text}'"
    return None


def _simple_present(verb: Token) -> bool:
    """Whether ``verb`` is finite in the simple present (no auxiliary: not "is providing", "has
    provided", "will provide")."""
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _act_clause(trigger: Trigger) -> Optional[tuple[Token, Token]]:
    """The verb that tells the act (``trigger.head``, the verb whose object the act noun is:
    "provides *training*", or the finite verb a means or purpose serves: "supports X by
    *providing*", ``_finite_host``) and the first conjunct of its clause (which holds the shared subject
    and modifiers: "assistance *helps* ..., provides ..., and *assists* ..."), both in the simple
    present; else None."""
    verb = trigger.head
    if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "obj"):
        verb = verb.head
    verb = _finite_host(verb) or verb  # the means or purpose of a present verb: "supports X *by providing*"
    first = _clause_verb(verb)
    if verb.pos_ not in ("VERB", "AUX") or not _simple_present(verb) or not _simple_present(first):
        return None
    return verb, first


def _habitual_clause(trigger: Trigger) -> Optional[str]:
    """Check not-habitual: an act in the simple present with an adverb or phrase of frequency on
    its clause ("The U.S. *regularly* hosts exercises with its partners", "in normal times, we
    deploy our personnel to ...", event_detection.yaml habitual_adverbs, habitual_phrases) tells a
    routine, no dated happening. Past, perfect and progressive clauses ("often detained",
    "are regularly meeting") and a present act without such a word ("The United States condemns
    ...") pass. So does force told as a recurring pattern ("Russian forces regularly shell
    civilian areas", types in ``habitual_kept_types``): ongoing violence is what conflict event
    data exist to count (ACLED codes each reported shelling; PLOVER ASSAULT has no habitual
    exclusion)."""
    words = detection_lexicon()
    if trigger.event_type in words["habitual_kept_types"]:
        return _coercive_practice(trigger, words)
    clause = _act_clause(trigger)
    if clause is None:
        return _universal_routine(trigger, words)
    for verb in dict.fromkeys(clause):
        reason = _frequency_marker(verb, verb, words["habitual_adverbs"], words["habitual_phrases"], "habitual")
        if reason is not None:
            return reason
    return None


def _free_occasion(trigger: Trigger) -> Optional[str]:
    """Check not-free-occasion: an act restricted to every case that may arise, a policy line or a
    practice, no discrete happening (PLOVER: an event is a discrete occurrence):
    - a free-choice subordinator on its clause or on an adverbial clause of it ("we'll cooperate
      *wherever* we can", "*Whenever* García can accuse the community leaders ..., he does";
      CGEL 12.6, "-ever" free relatives quantify over all occasions);
    - a relative on its object whose own object is a pronoun for that object ("will raise concerns
      *where we have them*"): the object is whatever instances arise, a free-choice class.
    Lists: event_detection.yaml free_choice_occasion_marks, free_choice_relative_adverbs. Force
    told as a recurring pattern stays (habitual_kept_types, as for check not-habitual). The
    reason, or None."""
    words = detection_lexicon()
    if trigger.event_type in words["habitual_kept_types"]:
        return None
    verb = trigger.head
    if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "obj"):
        verb = verb.head  # "raise *concerns*": the clause is the light verb's
    marks = words["free_choice_occasion_marks"]
    for holder in [verb] + _children(verb, ("advcl",)):
        marker = next((c for c in holder.children if c.dep_ in ("advmod", "mark") and c.lower_ in marks), None)
        if marker is not None:
            return f"free-choice occasion '{marker.text}' on '{verb.text}'"
    rule = _rule_occasion(trigger.head, words)
    if rule is not None:
        return rule
    adverbs = words["free_choice_relative_adverbs"]
    for obj in _children(verb, ("dobj", "obj")):
        for relative in _children(obj, ("relcl",)):
            adverb = next((c for c in relative.children if c.dep_ == "advmod" and c.lower_ in adverbs
                           and c.i < relative.i), None)
            # the relative's object is the act's object again ("concerns where we have *them*")
            again = next((c for c in _children(relative, ("dobj", "obj")) if c.lower_ in ("them", "it")), None)
            if adverb is not None and again is not None:
                return f"free-choice object '{obj.text} {adverb.text} ... {again.text}'"
    return None


def _rule_occasion(token: Token, words: dict) -> Optional[str]:
    """The reason of check not-free-occasion for an act in an open occasion of a standing rule: a
    "once" clause in the simple present (``_open_occasion``; event_detection.yaml
    rule_occasion_marks) under a main clause in the simple present too ("Under this authority,
    *once* the Secretary of State *designates* officials ..., those individuals ... *are*
    ineligible for entry", "Once a storm moves over ... land, the moisture source is removed"):
    both presents tell what holds in every case, a rule, no dated happening (CGEL 3.5.1, the
    present of a general truth; TimeML: a generic event is not asserted). Under a future main
    clause ("once Russia withdraws, we will lift sanctions") the act is an occasion to come, left
    to the status rules (hypothetical). None otherwise."""
    mark = _open_occasion(token)
    if mark is None or mark.lower_ not in words["rule_occasion_marks"]:
        return None
    main = _clause_verb(_clause_verb(token).head)
    if not _simple_present(main):
        return None
    return f"standing rule '{mark.text} ... {token.text}' under a present '{main.text}'"


def _coercive_practice(trigger: Trigger, words: dict) -> Optional[str]:
    """The reason of check not-habitual for coercion told as a standing practice in the simple
    present (event_detection.yaml practice_types): the present of a continuing aspect verb over the
    act ("The PRC *continues to coerce and intimidate* Southeast Asian coastal states", "officials
    *continue to detain, harass, and threaten* mothers of ...", "the regime *continues its violent
    repression* against civil society"; plover_frames.yaml ongoing_aspect_verbs) or a coercive verb
    with a generic object -- a bare plural with no determiner, possessor or number ("Russian
    authorities *harass, fine, and imprison* Falun Gong practitioners"). Such a clause describes
    how an actor behaves over time, no discrete happening (PLOVER: an event is a discrete
    occurrence). A clause with a date, time or place of its own ("continues to detain him since
    Monday", "detain opposition activists in Minsk") passes, as for check not-ongoing-war, as do violence (ASSAULT, counted as an ongoing war elsewhere), past, perfect
    and progressive clauses, and a definite object ("detain the two journalists")."""
    if trigger.event_type not in words["practice_types"]:
        return None
    verb = trigger.token
    if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "obj"):
        verb = verb.head
    first = _clause_verb(verb)
    reason = None
    if first.dep_ == "xcomp" and verb.tag_ == "VB" and first.head.lemma_.lower() in ONGOING_ASPECT_LEMMAS:
        host = _clause_verb(first.head)  # "continues to coerce and *intimidate*": the first conjunct's
        if _simple_present(first.head) and _simple_present(host):
            first, reason = host, f"practice '{first.head.text} to {verb.text}'"
    elif verb.lemma_.lower() in ONGOING_ASPECT_LEMMAS and any(
            w.dep_ in ("dobj", "obj") and w.head.i == verb.i for w in [trigger.token, *trigger.words]):
        if _simple_present(verb) and _simple_present(first):
            reason = f"practice '{verb.text} ... {trigger.token.text}'"
    elif verb.pos_ == "VERB" and _simple_present(verb) and _simple_present(first):
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")] or \
            [c for c in first.children if c.dep_ in ("dobj", "obj")]
        if objects and all(_bare_plural(o) for o in objects):
            reason = f"practice '{verb.text} {objects[0].text}'"
    if reason is None:
        return None
    subject = {t.i for c in first.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    for token in first.subtree:
        if token.i in subject:
            continue
        if token.ent_type_ in ("DATE", "TIME") and token.ent_iob_ == "B" and token.lower_ not in FREQUENCY_WORDS:
            return None  # a dated act ("continue to detain him since Monday")
        if token.dep_ == "prep" and token.lower_ in ("in", "at", "near", "around", "outside") \
                and any(c.ent_type_ in ("GPE", "LOC", "FAC") for c in token.subtree):
            return None  # a placed act ("Police routinely detain opposition activists in Minsk"), as for
            # check not-ongoing-war
    return reason


ONGOING_ASPECT_LEMMAS = frozenset({"continue", "keep"})  # plover_frames.yaml ongoing_aspect_verbs


def _bare_plural(noun: Token) -> bool:
    """Whether ``noun`` is a plural common noun with no determiner, possessor or number ("Falun
    Gong practitioners", not "the practitioners", "its employees", "two journalists")."""
    return noun.tag_ == "NNS" and not any(
        c.dep_ in ("det", "poss", "nummod", "predet") for c in noun.children)


def _frequency_marker(holder: Token, verb: Token, adverbs, phrases, label: str) -> Optional[str]:
    """``label`` with the frequency adverb (one of ``adverbs``, an advmod of ``holder``) or phrase
    (one of ``phrases``, ``_adverbial_phrase``) that marks ``verb``'s act as repeated or habitual
    ("repeated 'repeatedly derided'", "habitual 'every week' meets"), else None."""
    for child in holder.children:
        if child.dep_ == "advmod" and child.lower_ in adverbs:
            return f"{label} '{child.text} {verb.text}'"
    phrase = _adverbial_phrase(holder, phrases)
    return f"{label} '{phrase}' {verb.text}" if phrase is not None else None


def _adverbial_phrase(verb: Token, phrases) -> Optional[str]:
    """The first of ``phrases`` (lower-case word strings) that one of ``verb``'s adverbial
    dependents (advmod, npadvmod, prep, obl) spells out in its subtree, else None."""
    for child in verb.children:
        if child.dep_ in ("advmod", "npadvmod", "prep", "obl"):
            text = f" {' '.join(t.lower_ for t in child.subtree)} "
            phrase = next((p for p in phrases if f" {p} " in text), None)
            if phrase is not None:
                return phrase
    return None


# present forms of "be" as the auxiliary of a progressive, with their clitics ("we're consulting")
PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "'m", "’s", "’re", "’m"})


def _universal_routine(trigger: Trigger, words: dict) -> Optional[str]:
    """The reason of check not-habitual for an act in the present progressive with a phrase of
    universal frequency ("At every step, we're consulting with our partners", "at every turn we are
    coordinating", event_detection.yaml habitual_universal_phrases): "every" / "each" over all
    occasions makes the progressive report a practice, not one meeting. A past or perfect clause
    ("every day last week they met") and the progressive with a plain adverb ("are regularly
    meeting") pass."""
    verb = _clause_verb(trigger.head)
    if verb.tag_ != "VBG" or not any(c.dep_ == "aux" and c.lower_ in PRESENT_BE
                                     for c in verb.children):
        return None
    phrase = _adverbial_phrase(verb, words["habitual_universal_phrases"])
    return f"habitual '{phrase}' {verb.text}" if phrase is not None else None


def _instrument_content(trigger: Trigger, lex: Lexicon) -> Optional[str]:
    """Check not-instrument: a DEMAND read off issuing or signing an official instrument whose
    content clause is an act ("issued an Executive Order *imposing* sanctions on ...", "signed a
    decree *banning* imports"; event_detection.yaml instrument_order_nouns) or that is an executive
    order (addressed to the issuer's own government: "President Biden issued an Executive Order"):
    the instrument is the vehicle of the act its content tells -- a SANCTION or ban coded on its
    own -- not a request to a recipient (PLOVER REQUEST is a verbal act directed at a recipient;
    court-ordered payments are SANCTION). A content clause that is itself an order to others
    ("an order requiring companies to report", "directing agencies to ...": a verb with an
    infinitive of what others must do, or a DEMAND verb) keeps the DEMAND."""
    if trigger.event_type != "DEMAND":
        return None
    words = detection_lexicon()
    for noun in trigger.words:
        if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in words["instrument_order_nouns"]:
            continue
        before = noun.doc[noun.i - 1] if noun.i > 0 else None
        if before is not None and before.lower_ == "executive":
            return f"instrument 'executive {noun.text}'"
        for clause in noun.children:
            if clause.dep_ not in ("acl", "relcl") or clause.pos_ != "VERB":
                continue
            if any(c.dep_ in ("xcomp", "ccomp") for c in clause.children):
                continue  # "an order requiring companies to report": a directive to others, a DEMAND
            found = _classify_verb(clause, lex)
            if found is None or found[0] != "DEMAND":
                return f"instrument '{noun.text} {clause.text}'"
    return None


def _standing_role(trigger: Trigger) -> Optional[str]:
    """Check not-standing-role: what a programme, office or its staff does as its standing role,
    told in the simple present with a verb of that role ("U.S. assistance helps improve food
    security, provides vaccines ... and *assists* Hondurans", "The State Department-supported
    experts also *provide* advisory support to the HNP", event_detection.yaml
    standing_role_subjects, standing_role_verbs), or an act as the remit of "X's mission is to
    ..." (remit_nouns): a description, no dated happening. A clause with a time word ("Today the
    program provides ...") a headline (no closing full stop: "Program Provides Aid to Flood
    Victims") and an announced sum or new aid ("The Department provides $5 million", "additional
    assistance") tell a happening and pass, as do speech and stance verbs ("The Department condemns"), and an office's
    "support" of anything but a counted staff or programme (stance_role_verbs, office_subjects: "The
    Department supports the ceasefire" is SUPPORT; "supports seven embedded experts" is a role)."""
    words = detection_lexicon()
    remit = _remit_host(trigger, words) or _responsibility_host(trigger, words)
    if remit is not None:
        return remit
    clause = _act_clause(trigger)
    if clause is None:
        return None
    verb, first = clause
    if verb.lemma_.lower() not in words["standing_role_verbs"] or first.dep_ != "ROOT":
        return None
    subjects = _children(first, SUBJECT_DEPS)
    if not subjects or subjects[0].pos_ not in ("NOUN", "PROPN") \
            or subjects[0].lemma_.lower() not in words["standing_role_subjects"]:
        return None
    if verb.lemma_.lower() in words["stance_role_verbs"] and subjects[0].lemma_.lower() in words["office_subjects"] \
            and not any(t.dep_ == "nummod" for o in _children(verb, ("dobj", "obj")) for t in o.children):
        return None  # an office's stance ("The Department supports the ceasefire") is a current act
    if any(t.ent_type_ in ("DATE", "TIME") for t in first.subtree):
        return None
    if any(t.ent_type_ == "MONEY" or (t.dep_ == "amod" and t.lower_ in ANNOUNCED_AMOUNT_WORDS)
           for child in verb.children if child.dep_ not in SUBJECT_DEPS for t in child.subtree):
        return None  # an announced sum or new act ("The Department offers *$5 million* ...") is news
    closing = [t for t in first.sent if not t.is_space]
    if not closing or closing[-1].text not in (".", "!", ";"):
        return None  # a headline ("Program Provides Aid ...") tells the news of the day
    return f"standing role '{subjects[0].text} {verb.text}'"


# Modifiers that mark what a present clause hands over as announced today, not a standing role:
# "provides *additional* humanitarian assistance", "*new* security assistance" (the announcement
# wording of press releases, with a sum: 85 such phrases in the demo corpus examples/).
ANNOUNCED_AMOUNT_WORDS = frozenset({"new", "additional", "further", "more", "extra"})


def _remit_host(trigger: Trigger, words: dict) -> Optional[str]:
    """The reason of check not-standing-role for an act that is the complement of a present
    copula whose subject is a remit noun ("NATO's *mission is to* deter aggression"), else None."""
    node = _clause_verb(trigger.head)
    if node.dep_ not in ("xcomp", "ccomp", "attr", "advcl") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        return None
    copula = node.head
    if copula.lemma_.lower() != "be" or not _simple_present(copula):
        return None
    subjects = _children(copula, SUBJECT_DEPS)
    if subjects and subjects[0].lemma_.lower() in words["remit_nouns"]:
        return f"remit '{subjects[0].text} {copula.text} to {node.text}'"
    return None


def _responsibility_host(trigger: Trigger, words: dict) -> Optional[str]:
    """The reason of check not-standing-role for an act that is the gerund of a standing
    attribution of responsibility ("Zolotov's troops *are responsible for suppressing* dissent",
    "the drugs most *responsible for killing* Americans"; event_detection.yaml
    accountability_adjectives): the adjective is the complement of a present copula or modifies
    a noun, so the clause says whose remit or fault the act is, with no dated happening (base demo:
    2 of 2 such acts were no event). A past "was responsible for killing" blames a known act and
    passes, as does "hold X responsible for ..." (the accountability frame, a small clause)."""
    node = trigger.head
    if node.pos_ != "VERB" or node.tag_ != "VBG" or node.dep_ != "pcomp" or node.head.lower_ != "for":
        return None
    adjective = node.head.head
    if adjective.lower_ not in words["accountability_adjectives"] or adjective.pos_ != "ADJ":
        return None
    if adjective.dep_ == "amod" and adjective.head.pos_ in ("NOUN", "PROPN"):
        return f"responsibility '{adjective.head.text} {adjective.text} for {node.text}'"
    copula = adjective.head
    if adjective.dep_ == "acomp" and copula.lemma_.lower() == "be" and _simple_present(copula):
        return f"responsibility '{copula.text} {adjective.text} for {node.text}'"
    return None


MODAL_WORDS = frozenset({"will", "would", "could", "can", "should", "may", "might", "shall"})


def _measure_effect(trigger: Trigger) -> Optional[str]:
    """Check not-effect: a measure, step or stance noun as the subject of a modal verb ("The ROK's
    support for denying ... *will support* international efforts to isolate Russia", "the recent
    designation of Colombia ... *will enhance* this cooperation"): the clause evaluates what the
    measure will bring about, no further act of its taker (event_detection.yaml
    effect_subject_nouns)."""
    node = trigger.head
    if node.pos_ not in ("VERB", "AUX"):
        return None
    while node.dep_ in ("conj", "xcomp") and node.head.i != node.i and node.head.pos_ in ("VERB", "AUX"):
        node = node.head
    subjects = _children(node, ("nsubj",))
    if not subjects or subjects[0].pos_ != "NOUN" \
            or subjects[0].lemma_.lower() not in detection_lexicon()["effect_subject_nouns"]:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in MODAL_WORDS for c in node.children):
        return None
    return f"effect of '{subjects[0].text}' ({node.text})"


COPULA_LEMMAS = frozenset({"be", "remain", "stay"})
AIM_WALK_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "prep", "pobj", "conj", "acl", "advcl", "appos"})


def _purpose_participle(node: Token, came_from: Token, words: dict) -> bool:
    """Whether ``node`` is a passive or adjectival purpose participle ("are calibrated *to*
    impose", "a warning designed *to* help", "aimed *at* ...") whose purpose ``came_from`` is:
    no object of its own and no active subject (an active "Russia designed the strike to ..."
    reports a design, left to the other checks)."""
    if node.lower_ not in words["purpose_participles"] or node.tag_ not in ("VBN", "VBD", "JJ"):
        return False
    if came_from.dep_ in ("xcomp", "advcl"):
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in came_from.children):
            return False
    elif not (came_from.dep_ == "prep" and came_from.lower_ == "at"):
        return False
    if _children(node, ("dobj", "obj")):
        return False
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in node.children)
    return passive or node.dep_ in ("acl", "relcl", "amod", "acomp", "conj") \
        or not _children(node, ("nsubj",))


def _aim_frame(trigger: Trigger) -> Optional[str]:
    """Check not-aim (issue 6): an act that is only an aim (event_detection.yaml, not-aim): the
    content of a statement of aims ("We are focused on ... by imposing severe costs on Russia",
    "united in their determination to hold Russia to account by imposing costs"; voiced SUPPORT
    or AGREE is the stance itself and stays), a measure characterised by its purpose ("These
    measures are carefully calibrated to impose costs on Russia", "designed to prevent Russia
    from profiting"), or an act nominal inside the topic of a stated concern ("raised our concerns
    about human rights, including Beijing's crackdown in Hong Kong"). The act is reached by going
    up the verb, preposition and list chain from the trigger; a conjoined clause with its own
    subject is an act of its own and stops the walk. The reason, or None."""
    if trigger.head.i != trigger.token.i:
        return None  # a stance or reporting frame's act is judged at the frame
    founded = _founded_purpose(trigger.token)
    if founded is not None:
        return founded
    words = detection_lexicon()
    voiced = trigger.event_type in ("SUPPORT", "AGREE")
    noun_act = trigger.token.pos_ == "NOUN"
    node = trigger.head
    for _ in range(10):
        if node.dep_ not in AIM_WALK_DEPS or node.head.i == node.i:
            return None
        if node.dep_ == "conj" and _children(node, tuple(SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)):
            return None  # "... and Russia imposed ...": a clause of its own
        parent = node.head
        lemma = parent.lemma_.lower()
        if _purpose_participle(parent, node, words):
            return f"purpose of a measure ('{parent.text} {node.text}')"
        if not voiced and parent.lower_ in words["aim_frame_adjectives"] and node.dep_ == "prep" \
                and node.lower_ == "on":
            return f"content of an aim ('{parent.text} on')"
        if not voiced and node.dep_ == "prep" and node.lower_ == "by" and parent.lemma_.lower() in COPULA_LEMMAS:
            aim = next((c for c in parent.children if c.dep_ == "acomp" and c.lower_ in words["aim_frame_adjectives"]), None)
            if aim is not None:
                # "We are focused on A ... and by imposing costs": the parser hangs the second means on the copula
                return f"content of an aim ('{aim.text} on ... by')"
        if not voiced and parent.pos_ == "NOUN" and lemma in words["aim_frame_nouns"] and (
                (node.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children))
                or (node.dep_ == "prep" and node.lower_ == "on" and lemma == "focus")):
            return f"content of an aim ('{parent.text}')"
        node = parent
    return _concern_topic(trigger.token) if noun_act else None


def _founded_purpose(token: Token) -> Optional[str]:
    """Check not-aim (purpose of a body set up): an act in the to-infinitive of a body, fund or
    programme that a founding verb brings into being ("establishing an expert mission *to examine*
    the further human rights abuses", "set up a task force to investigate"; event_detection.yaml
    founding_verbs, read by ``_founded_object``): the infinitive names what the new body is for,
    an aim not yet carried out (TimeML: a purpose clause is an unrealised event); the founding
    is the event. An infinitive with its own subject is a clause of its own and passes. The
    reason, or None."""
    if token.pos_ != "VERB" or token.dep_ not in ("acl", "relcl") \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) \
            or _children(token, tuple(SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)):
        return None
    body = token.head
    if body.pos_ != "NOUN" or not _founded_object(body):
        return None
    return f"purpose of the '{body.text}' set up ('{body.head.text}')"


def _concern_topic(token: Token) -> Optional[str]:
    """Check not-aim (concern topic): an act noun listed as an example ("including", "such as")
    of the topic of a stated concern ("raised our concerns about human rights, including
    Beijing's crackdown in Hong Kong"): the concern is the event, the act it lists is background
    (event_detection.yaml concern_topic_nouns). An act that is itself the concern's object
    ("voiced concern over Russia's attack on Kharkiv") stays: it is told as a happening. The
    reason, or None."""
    words = detection_lexicon()
    node = token
    listed = False
    for _ in range(8):
        if node.dep_ not in ("pobj", "prep", "conj", "appos") or node.head.i == node.i:
            return None
        parent = node.head
        if parent.pos_ == "NOUN" and node.dep_ == "prep" and node.lower_ in words["concern_topic_preps"] \
                and (parent.lemma_.lower() in words["concern_topic_nouns"]
                     or parent.lower_ in words["concern_topic_nouns"]):
            return f"topic of a '{parent.text}'" if listed else None
        if node.dep_ == "prep" and node.lower_ in words["topic_example_preps"]:
            listed = True
        node = parent
    return None


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
    if any(obj.ent_type_ in ACTOR_ENT_LABELS for obj in _children(token, ("dobj", "obj"))):
        return None  # "Obama debated Romney": the object is the other side
    subjects = _discussants(token)
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


# (name in the explanation, check, whether it takes the lexicon), in the order they run
_DETECTION_STEPS = (
    ("not-description", _description_clause, False), ("not-practice", _described_practice, True),
    ("not-generic", _generic_clause, False),
    ("not-expletive", _expletive_subject, False), ("not-cognition", _cognition_complement, False),
    ("not-conjecture", _conjecture_content, False), ("not-speculation", _speculated_act, True),
    ("destination", _destination_check, True), ("restriction", _restriction_context, True),
    ("not-goal", _goal_clause, True), ("not-condition", _condition_clause, False),
    ("not-office-duty", _office_duty, False),
    ("not-exhortation", _exhortation, False), ("not-free-choice", _free_choice_class, False),
    ("not-feared", _feared_clause, False), ("not-joint-promise", _joint_promise_content, True),
    ("thing-agent", _thing_agent_clause, True), ("not-potential", _potential_clause, False),
    ("not-counterfactual", _counterfactual_clause, False), ("not-remark", _offered_remark, False),
    ("not-risk", _risk_frame, False), ("not-enabling-thing", _enabling_thing, True),
    ("not-prediction", _reported_prediction, True),
    ("captive", _captive_check, True), ("not-merit", _merit_clause, False), ("not-regard", _regard_frame, False),
    ("not-prevented", _prevented_clause, False), ("not-adjective", _adjective_trigger, False),
    ("not-deontic-claim", _deontic_claim, True),
    ("not-commitment", _commitment_frame, False), ("not-internal", _internal_act, True),
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
    ("not-protest-topic", _protest_topic, True), ("not-aim", _aim_frame, False),
    ("not-monologue", _lone_discussion, False),
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


def _deployed_goods(trigger: Trigger, lex: Lexicon) -> Optional[str]:
    """The AID mode when a MOBILIZE verb moves goods or money, not forces: PLOVER MOBILIZE is
    armed personnel, weapons, police or militia (modes troops/weapons/police/militia, CAMEO 15);
    "USAID deployed four planeloads of lifesaving supplies", "partners have mobilized $294 million
    in new commitments to Haiti" give aid (CAMEO 07). None: keep the trigger's type; "": AID, no mode."""
    if trigger.event_type != "MOBILIZE" or trigger.token.pos_ != "VERB":
        return None
    obj = _object_noun(trigger.token)
    if obj is None:
        return None
    if obj.ent_type_ == "MONEY" or any(t.ent_type_ == "MONEY" for t in obj.subtree if t.i <= obj.i):
        return "economic"
    # the object and the nouns of its "of" phrase ("four planeloads of lifesaving supplies",
    # which the parser may hang under "lifesaving")
    nouns = [obj] + [t for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                     for t in c.subtree if t.pos_ == "NOUN"]
    for noun in nouns:
        lemma = noun.lemma_.lower()
        if lemma in FORCE_NOUNS or noun_lemma(noun) in lex.actor_nouns:
            return None
        goods = lex.goods.get(lemma)
        if goods is not None:
            return None if goods == "military" else goods  # weapons are MOBILIZE weapons
        if lemma in lex.aid_nouns:
            return "humanitarian" if any(t.lower_ in ("lifesaving", "humanitarian", "relief", "medical")
                                         for t in obj.subtree) else ""
    return None


def _real_actor(token: Optional[Token], lex: Lexicon) -> bool:
    """A named actor, an actor noun ("police"), or a pronoun that can stand for one ("we", "it")
    -- not "I" or "you", the voices of an interview."""
    if token is None:
        return False
    if token.pos_ == "PRON":
        return token.lower_ in ACTOR_PRONOUNS - {"i", "you"}
    return _is_actor(token, lex, allow_pronoun=False)


def _build_events(trigger: Trigger, sent: Span, lex: Lexicon, timex_heads, text: str) -> list[Event]:
    predicate = trigger.token
    frame_subject, passive = None, False
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
    aid_mode = _deployed_goods(trigger, lex)
    if aid_mode is not None:
        # check trigger-sense: goods deployed or money mobilized are aid, not forces mobilized
        trigger = dataclasses.replace(trigger, event_type="AID", mode=aid_mode or None,
                                      rule=f"{trigger.rule}; goods as object -> AID")
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
        source = None
        if not passive and frame_subject is None and predicate.dep_ == "acl" and predicate.tag_ in ("VBN", "VBD"):
            # "the treaty signed with Bolivia": a passive participle; a past form the tagger calls
            # VBD ("a Memorandum of Understanding signed today between the U.S. and Armenia") is
            # one too: a finite verb heading a clause on a noun needs a subject or a relative word
            passive = True
        if not passive and predicate.tag_ in ("VBD", "VBN") and _hands_of(predicate) is not None:
            passive = True  # "protestors already killed at the hands of X": suffered, X the doer
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
                and _is_actor(head, lex, allow_pronoun=False) and head.lemma_.lower() not in lex.nouns \
                and not head.left_edge.i <= source.i <= head.i:
            # "the four corrupt individuals designated by the United States": the noun a passive
            # participle with an agent modifies is the one acted on
            targets, target_rule = _with_conjuncts(predicate.head), "noun of the passive participle"
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
                source, source_rule_note = custodian, "state where held (custody)"
            implied = _implied_state(predicate, trigger, lex) if custodian is None else None
            if implied is not None:
                source, source_rule_note = implied, "state whose authority the place names (agentless passive)"
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
        if source is not None:
            # the agent found on a misattached "by" is never also the target
            targets = [t for t in targets if t.i != source.i]
    source_rule = "agent 'by'" if passive else "nsubj"
    if source_rule_note:
        source_rule = source_rule_note
    if trigger.rule.startswith(DEALING_BAN) and source is not None:
        source_rule = "nationality of the barred persons"
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
            # ("X must release those detained": the detention is only presupposed, by nobody named)
            subjects = [c for c in _children(governing, SUBJECT_DEPS) if _is_actor(c, lex, allow_pronoun=False)]
            if subjects:
                source, source_rule = subjects[0], "subject of governing clause (implicit agent)"
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
    if source is None and not passive and frame_subject is None and trigger.head.tag_ in ("VB", "VBG"):
        # "the United States' commitment to support Ukraine", "remains committed to supporting
        # the people of Haiti": a non-finite act's agent is its controller (implicit agent)
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
    sources = _with_conjuncts(source) if source is not None else []
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
    targets = [_represented_state(t, lex) or t for t in targets]
    proposed = predicate.dep_ == "acl" and predicate.head.lemma_.lower() in lex.proposal_nouns
    if proposed and not sources:
        # "The party introduced a bill banning rallies": the sponsor of the bill plans the act
        governing = predicate.head.head
        sponsors = [c for c in _children(governing, SUBJECT_DEPS) if _is_actor(c, lex)] \
            if governing.pos_ in ("VERB", "AUX") else []
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
                                      rule=f"{trigger.rule} under obligation '{modal.lower_}'",
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
    if proposed and not (trigger.event_type in lex.expressive_types and _adopted_proposal(predicate.head)):
        status = "planned"
    event_type, mode = trigger.event_type, trigger.mode
    if event_type == "ASSAULT" and any(s.lemma_.lower() in PROTESTER_NOUNS for s in sources):
        event_type, mode = "PROTEST", "riot"
    event_type, mode = _state_obstruction(event_type, mode, sources)
    aspect = trigger.head.i != trigger.token.i and trigger.rule.startswith("aspect '")
    continued = _aspect_conjunct_host(trigger.head, lex) if trigger.head.i == trigger.token.i else None
    ongoing = aspect and trigger.head.lemma_.lower() in lex.ongoing_aspect_verbs \
        or continued is not None and continued.lemma_.lower() in lex.ongoing_aspect_verbs \
        or _conjoined_aspect(trigger.head, lex) is not None
    bounded = _bounding_condition(trigger) if event_type in detection_lexicon()["coercive_consequence_types"] else None
    if status == "planned" and ongoing and not reported and not proposed and bounded is None \
            and event_type in lex.expressive_types:
        # "we will continue to support the Haitian people", "will continue to hold China
        # accountable": the backing or criticism is going on and the statement voices it
        # (plover_frames.yaml ongoing_aspect_verbs). A material act carried on stays to come, as
        # the gold files code "The United States will continue to modify the application of the
        # ... duty" (planned): "will continue to impose severe costs on Russia" is an announced
        # coercive act (PLOVER THREATEN), no SANCTION of the release day
        status = "asserted"
    if status == "planned" and not proposed and event_type == "DISAPPROVE" and VOWED_ACCOUNTABILITY in trigger.rule:
        # "will hold Russia accountable", "resolved to hold the Russian government accountable":
        # the accusation is voiced now, as "will continue to hold China accountable" (PLOVER
        # DISAPPROVE "criticize, defame, denigrate responsible parties"; CAMEO 112 HOLD RESPONSIBLE)
        status = "asserted"
    if status == "planned" and not reported and not proposed and _takes_effect_now(trigger):
        # "Starting today, we'll impose sanctions on members of the Russian elite": the act takes
        # effect the day it is announced, carried out, no threat of a future act (PLOVER THREATEN)
        status = "asserted"
    if status == "planned" and not reported and not proposed and _same_day_act(trigger, lex):
        # "Today, the President will sign proclamations to raise tariffs": the act done on the
        # release day, of its own type (SANCTION), not a threat of a future act (PLOVER THREATEN)
        status = "asserted"
    if status == "planned" and not reported and not proposed and _imposed_measure_consequence(trigger):
        # "restrictions imposed by Russian authorities will prevent ODIHR from observing": the
        # "will" tells what a measure already taken does, no announced act (PLOVER THREATEN is a
        # threat made); the act is the measure's, carried out
        status = "asserted"
    if status == "planned" and (trigger.head.i == trigger.token.i or aspect and event_type not in lex.expressive_types) \
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
    if status == "negated" and event_type == "AGREE" and _forgone_act(trigger.head) is None:
        # (an agreement not taken in favour of another act, "without agreeing to ...", refuses nothing)
        event_type, status = "REJECT", ("planned" if trigger.head.i != trigger.token.i else "asserted")
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
    if reported and status == "asserted" and "speaker" not in source_rule:
        # inside reported speech, about someone other than the speaker: the article relays a claim
        status = "claimed"
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
    if not any(_real_actor(t, lex) for t in sources + targets):
        return []  # check actor failed: no side is an actor
    if not sources and not passive and trigger.head.tag_ in ("VB", "VBG") \
            and event_type not in ("ASSAULT", "COERCE", "PROTEST", "MOBILIZE") and SANCTION_KIND not in trigger.rule \
            and not any(c.dep_ in SUBJECT_DEPS for c in trigger.head.children) \
            and not (event_type == "DEMAND" and " under obligation '" in trigger.rule):
        # (the writer's demand on the subject of a semi-modal, "Hamas needs to release ...", has
        # its target from the obligation verb's subject and no source in the clause: it stays)
        # (a violent or coercive act stays with its agent unknown: "an attempt to assassinate
        # the governor was thwarted", as the thing-subject check above lets it; so does a
        # restriction the codebook types SANCTION: "Action to impose visa restrictions on ...")
        # check source failed: a non-finite act whose agent the sentence does not give ("a plan
        # for ensuring ... support for the people") is a topic, not an act someone did
        return []
    if trigger.event_type == "CONSULT" and targets and not (
            target_rule in OBJECT_DEPS or target_rule in ("pobj 'with'", "pobj 'to'", "nsubjpass", VISIT_PARTNER)
            or target_rule in (f"pobj 'with'{SHARED_HEAD_NOTE}", f"pobj 'to'{SHARED_HEAD_NOTE}")
            or (target_rule == "actor inside pobj 'with'" and _met_with(predicate, targets[0]))
            or _met_through_partitive(predicate, targets[0]) is not None
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
            set(_preps(predicate)) & {"with", "to", "on", "against", "for", "from", "into"}):
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
                     and _participant_noun(text[slice(*_actor_span(sources[0]))], lex)):
        # ("The two leaders discussed ...", "Both delegations discussed ...": the plural names both
        # parties; resolve_participants puts the meeting's two sides in, or the named-actor check
        # drops the event)
        # check recipient failed: cooperation is between parties (PLOVER COOPERATE "Requires
        # recipient: Yes"); "the Task Forces coordinated 427 joint investigations", "is actively
        # collaborating with the private sector" name no partner that is an actor
        return []
    hosts_alone = False
    if event_type == "CONSULT" and mode == "host":
        sources, targets, source_rule, target_rule, mode = _visitor_first(
            sources, targets, source_rule, target_rule, lex)
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
            and _between_cosubjects(trigger, event_type, mode, lex) and _headed_delegation(trigger.token) is None:
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
            component=COMPONENT, version=VERSION,
        )
        if source_token is not None:
            event.source_start, event.source_end = _actor_span(source_token)
            event.source_text = text[event.source_start:event.source_end]
        if target_token is not None:
            event.target_start, event.target_end = _actor_span(target_token)
            event.target_text = text[event.target_start:event.target_end]
            if target_rule.startswith(ACTIVITY_AGENTS):
                event.target_sector = _activity_agent_sector(target_token)
        event.explanation = (
            f"trigger '{trigger_text}' ({trigger.rule}) -> {event_type}"
            f"{'/' + mode if mode else ''}; source={source_rule if source_token is not None else AGENTLESS if passive else WRITER if source_rule == 'writer' else 'none'}, "
            f"target={target_rule or 'none'}; status={status}{status_note}; "
            f"checks passed: {CHECKS_PASSED}, {DETECTION_CHECKS}"
        )
        if event.mode and event.mode.endswith("visit") and location is None and target_token is not None \
                and target_token.ent_type_ in PLACE_ENT_LABELS:
            event.location = event.target_text  # a visit to a place happens there
        events.append(event)
    return events


def _visitor_first(sources: list, targets: list, source_rule: str, target_rule: str, lex: Lexicon):
    """The roles of a hosted visit by the codebook (PLOVER CONSULT: "In events where one side is
    hosting and one is visiting, the visitor will always be coded as the actor and the host will
    be the recipient"; its modes are visit, third-party, multilateral, phone, no "host"): "Biden
    hosted Zelenskyy" is Zelenskyy -> Biden, mode visit. A gathering hosted ("hosted the third
    meeting", "hosted a forum": event_detection.yaml hosted_gathering_nouns) names no visitor: the
    host stays the only actor, with no mode. Returns (sources, targets, source_rule, target_rule, mode)."""
    gatherings = detection_lexicon()["hosted_gathering_nouns"]
    visitors = [t for t in targets if t is not None and t.lemma_.lower() not in gatherings
                and _is_actor(t, lex)]
    if not visitors:
        return sources, [], source_rule, "", None
    hosts = [s for s in sources if s is not None]
    return visitors, hosts, f"visitor ({target_rule})", f"host ({source_rule})" if hosts else "", "visit"


# ---------------------------------------------------------------- frames read from nouns

def _nominal_status(words: list[Token]) -> Optional[str]:
    """"planned" / "hypothetical" for an event noun modified as future or possible ("Zelenskyy's
    *planned* visit to Washington", "a *possible* attack"; event_detection.yaml planned_modifiers,
    possible_modifiers), else None."""
    table = detection_lexicon()
    for word in words:
        if word.pos_ != "NOUN":
            continue
        modifiers = {c.lower_ for c in word.children if c.dep_ in ("amod", "compound", "advmod")}
        if modifiers & table["planned_modifiers"]:
            return "planned"
        if modifiers & table["possible_modifiers"]:
            return "hypothetical"
        of = word.head if word.dep_ == "pobj" else None
        condition = _event_condition_noun(of.head.head) if of is not None and of.lower_ == "of" \
            and of.head.dep_ == "pobj" else None
        if condition is not None and condition.i == word.i:
            return "hypothetical"  # "in the event of an attack on Poland": a condition (condition_nouns)
    return None


def _direct_events(sent: Span, words: list[Token], event_type: str, mode: Optional[str],
                   sources: list[Optional[Token]], targets: list[Optional[Token]], status: str,
                   confidence: float, rule: str, text: str, date: Optional[str] = None,
                   source_spans: Optional[list[tuple[int, int]]] = None) -> list[Event]:
    """Events for frames whose actors are found by their own rule (one per source x target).
    ``source_spans`` gives sources as character spans (a statement's speaker) instead."""
    words = sorted(words, key=lambda t: t.i)
    if event_type == "ASSAULT" and _cyber_means(words, load_lexicon()) is not None:
        # PLOVER COERCE mode cyber: "cyber attacks and crime, including hacking" ("a ransomware attack")
        event_type, mode, rule = "COERCE", "cyber", f"{rule} + cyber means"
    obstruction = _state_obstruction(event_type, mode, sources) if source_spans is None else (event_type, mode)
    if obstruction != (event_type, mode):
        # "Russia's blockade of Ukrainian ports": a state's blockade, no protest (CAMEO 191)
        (event_type, mode), rule = obstruction, f"{rule} by a state"
    if status == "asserted":
        status = _nominal_status(words) or status
    if status == "asserted" and any(_told_in_reports(w) for w in words):
        status = "claimed"  # "There are reports of violent attacks on minority groups"
    trigger_text = " ".join(t.text for t in words)
    spans_src = source_spans if source_spans is not None else [
        _actor_span(t) if t is not None else None for t in (sources or [None])]
    spans_tgt = [_actor_span(t) if t is not None else None for t in (targets or [None])]
    events = []
    for src in spans_src:
        for tgt in spans_tgt:
            if src is None and tgt is None:
                continue
            if src is not None and tgt is not None and src[0] < tgt[1] and tgt[0] < src[1]:
                continue  # an actor is not its own target
            event = Event(
                type=event_type, mode=mode, sentence_start=sent.start_char, sentence_end=sent.end_char,
                trigger=trigger_text, trigger_start=words[0].idx, trigger_end=words[-1].idx + len(words[-1]),
                date=date, status=status, confidence=confidence, component=COMPONENT, version=VERSION,
                explanation=f"trigger '{trigger_text}' ({rule}) -> {event_type}{'/' + mode if mode else ''}; "
                            f"source={'found' if src else 'none'}, target={'found' if tgt else 'none'}; "
                            f"status={status}",
            )
            if src is not None:
                event.source_start, event.source_end = src
                event.source_text = text[src[0]:src[1]]
            if tgt is not None:
                event.target_start, event.target_end = tgt
                event.target_text = text[tgt[0]:tgt[1]]
            events.append(event)
    return events


def _reluctance_over(node: Token) -> Optional[Token]:
    """The negated predicate of reluctance an infinitive depends on ("did not *hesitate* to
    impose", "are not *afraid* to impose": ``event_detection.yaml`` reluctance_predicates), as
    the token that carries the tense (the verb, or the copula of an adjective); else None."""
    if node.dep_ != "xcomp" or node.head.lemma_.lower() not in detection_lexicon()["reluctance_predicates"]:
        return None
    predicate = node.head
    carrier = predicate.head if predicate.dep_ == "acomp" else predicate
    if not any(c.dep_ == "neg" for c in (*predicate.children, *carrier.children)):
        return None
    return carrier


def _negated(token: Token, lex: Lexicon) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in lex.negators) for c in token.children)


def _actors_in(token: Token, lex: Lexicon) -> list[Token]:
    """The actor a noun phrase is, or the actors it names: "the agreement between A and B"."""
    if _is_actor(token, lex, allow_pronoun=False):
        return _with_conjuncts(token)
    between = _preps(token).get("between")
    if between is not None and _is_actor(between, lex, allow_pronoun=False):
        return _with_conjuncts(between)
    inner = _actor_inside(token, lex)
    return _with_conjuncts(inner) if inner is not None else []


def _enabled_act_events(token: Token, sent: Span, lex: Lexicon, timex_heads, text: str) -> list[Event]:
    """Nominalised supply acts ("the deployment / sale / delivery of <goods> to|in X"):

    * a document provides for / allows / includes one ("The treaty provides for the deployment
      of Iranian-made drones in Bolivia") -> AGREE (planned aid) from the goods' supplier;
    * an actor approves / agrees on one ("Germany approved the delivery of tanks to Ukraine")
      -> AGREE, or carries one out ("Russia completed the delivery of missiles to Turkey") -> AID.

    The supplier is the act's "by X", else the goods' origin, else the acting subject; the
    receiver is "to / in / for X" (or the buyer of a purchase)."""
    if token.pos_ != "VERB":
        return []
    lemma = verb_lemma(token, lex)
    if lemma not in lex.enabling_verbs and lemma not in lex.act_verbs:
        return []
    subject, passive = _subject(token)
    if subject is None or passive:
        return []
    if lemma in lex.enabling_verbs and subject.lemma_.lower() in lex.document_nouns:
        event_type, actor, frame_rule = "AGREE", None, f"document '{subject.lemma_}'"
    elif lemma in lex.act_verbs and _is_actor(subject, lex, allow_pronoun=True):
        event_type, actor, frame_rule = lex.act_verbs[lemma], subject, "actor"
    else:
        return []
    acts = _children(token, ("dobj",)) + [o for p, o in _preps(token).items() if p in ("for", "on", "to")]
    for act in acts:
        act_lemma = act.lemma_.lower()
        acquisition = act_lemma in lex.acquisition_act_nouns
        if not acquisition and act_lemma not in lex.supply_act_nouns:
            continue
        goods_noun = _of_object(act)
        goods = goods_of(goods_noun, lex) if goods_noun is not None else None
        if goods is None:
            continue
        agent = _preps(act).get("by")
        agent = agent if agent is not None and _is_actor(agent, lex, allow_pronoun=False) else None
        origin = origin_of([goods[0], goods_noun, act], lex)
        receiver = None
        # "to X" is often parsed onto the verb ("approved the delivery of tanks to Ukraine")
        for noun, preps in ((act, RECEIVER_PREPS), (goods_noun, RECEIVER_PREPS), (goods[0], RECEIVER_PREPS),
                            (token, ("to",))):
            for prep in preps:
                place = _preps(noun).get(prep)
                if place is not None and _is_actor(place, lex, allow_pronoun=False):
                    receiver = receiver or place
        if acquisition:
            supplier, receiver = origin, agent or receiver or actor
        else:
            supplier = agent or origin or actor
        if supplier is None and receiver is None:
            continue
        aux = {c.lower_ for c in token.children if c.dep_ == "aux"}
        status = "planned" if event_type == "AGREE" or aux & lex.planned_aux else "asserted"
        if aux & lex.hypothetical_aux and event_type != "AGREE":
            status = "hypothetical"
        status = "negated" if _negated(token, lex) else status
        mode = goods[1]
        if status == "planned" and event_type == "AID":
            event_type = "AGREE"  # PLOVER: an announced act of aid is an agreement to give it
        if event_type == "AGREE":
            mode = _mode_of("AID", goods[1])
        frame = Trigger(token, token, event_type, None, "", [token], 0.6)
        return _direct_events(
            sent, [token, act], event_type, mode, [supplier], [receiver], status, 0.6,
            f"{frame_rule} + '{token.lemma_}' + act '{act_lemma}' of goods '{goods[0].lemma_}'",
            text, date=_timex_for(frame, timex_heads))
    return []


def _concern_events(token: Token, sent: Span, lex: Lexicon, text: str) -> list[Event]:
    """"X caused concern to / among Y" -> DISAPPROVE by Y about the actors of X."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in lex.causing_verbs:
        return []
    for concern in _children(token, ("dobj",)):
        if concern.lemma_.lower() not in lex.concern_nouns:
            continue
        experiencer = None
        for holder in (concern, token):
            for prep, obj in _preps(holder).items():
                if prep in lex.experiencer_preps and _is_actor(obj, lex, allow_pronoun=False):
                    experiencer = experiencer or obj
        cause, _passive = _subject(token)
        if experiencer is None or (token.lemma_.lower() == "raise" and cause is not None
                                   and _is_actor(cause, lex, allow_pronoun=True)):
            return []  # "Japan raised concerns in Beijing": Japan voices them (a light-verb phrase)
        # no actor in the cause ("The move raised concerns in Washington"): the concern has no target
        causes = (_actors_in(cause, lex) if cause is not None else []) or [None]
        status = "negated" if _negated(token, lex) else "asserted"
        return _direct_events(sent, [token, concern], "DISAPPROVE", None, _with_conjuncts(experiencer),
                              causes, status, 0.65, f"'{token.lemma_} {concern.lemma_}' + experiencer", text)
    return []


def _undergoing_events(token: Token, sent: Span, lex: Lexicon, text: str) -> list[Event]:
    """"Cuba, which faces U.S. sanctions" -> SANCTION by the U.S. on Cuba (target = subject)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in lex.undergoing_verbs:
        return []
    for noun in _children(token, ("dobj",)):
        code = lex.nouns.get(noun.lemma_.lower())
        if code is None or code[0] not in ("SANCTION", "COERCE"):
            continue
        imposer = _actor_inside(noun, lex)
        subject, _passive = _subject(token)
        if subject is None or not _is_actor(subject, lex, allow_pronoun=False):
            return []
        status = "negated" if _negated(token, lex) else "asserted"
        return _direct_events(sent, [token, noun], code[0], code[1], [imposer], _with_conjuncts(subject),
                              status, 0.55, f"'{token.lemma_}' + '{noun.lemma_}' (target = subject)", text)
    return []


def _nominal_events(token: Token, sent: Span, lex: Lexicon, text: str) -> list[Event]:
    """Cooperative event nouns with their participants: "his meeting with Novillo" (CONSULT),
    "the military alliance between A and B" (COOPERATE, both ways)."""
    if token.pos_ != "NOUN":
        return []
    code = lex.nouns.get(noun_lemma(token))
    if code is None:
        return []
    if code[0] == "COERCE" and _sanction_kind([token]) is not None:
        code = ("SANCTION", "discontinue")  # "visa bans on twelve judges": sanctions (``_sanction_kind``)
    if code[0] not in ("CONSULT", "COOPERATE"):
        return _hostile_nominal_events(token, code, sent, lex, text)
    if token.dep_ in ("dobj", "obj") and verb_lemma(token.head, lex) in lex.known_verbs:
        return []  # "held talks with X": the verb's trigger covers it
    if token.dep_ in ("dobj", "obj") and _cancelled_meeting(
            verb_lemma(token.head, lex), token, [c for c in token.head.children if c.dep_ == "prt"]) is not None:
        return []  # "canceled his meeting with Lavrov": no meeting took place (the REJECT covers it)
    if _evaluated_noun(token) is not None:
        return []  # check not-evaluation failed: "the partnership between A and B is vital" describes a tie
    if _relation_topic(token) is not None:
        return []  # check not-evaluation failed: "reviewed the partnership between A and B": a topic of talk
    event_type, mode = code
    modifiers = [c.lower_ for c in token.children if c.dep_ == "amod"]
    mode = mode or next((m for m in modifiers if m in ("military", "economic", "security")), None)
    preps = _preps(token)
    between = preps.get("between")
    if between is not None and _is_actor(between, lex, allow_pronoun=False):
        parties = _with_conjuncts(between)
        if len(parties) < 2:
            return []
        return _direct_events(sent, [token], event_type, mode, parties[:1], parties[1:], "asserted", 0.45,
                              f"noun '{token.lemma_}' between parties", text)
    partner = preps.get("with")
    if partner is None and mode == "visit":
        partner = preps.get("to")  # "his visit to Caracas"
        if partner is not None and any(
                _is_actor(o, lex, allow_pronoun=False) or _actor_inside(o, lex) is not None
                for m in _trip_meetings(token, detection_lexicon()["visit_purpose_verbs"])
                for o in _children(m, ("dobj", "obj")) + [_preps(m).get("with")] if o is not None):
            # "During his visit to Rzeszow, Robinson met with the Border Guard Service": the place is
            # where; the meeting's own event names whom the visitor met (``_visit_partner``)
            return []
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if partner is None or owner is None or not _is_actor(partner, lex, allow_pronoun=False):
        return []
    if owner.pos_ == "PRON":
        owner = _pronoun_antecedent(owner, sent, lex)
    elif not _is_actor(owner, lex, allow_pronoun=False):
        owner = None
    if owner is None:
        return []
    return _direct_events(sent, [token], event_type, mode, [owner], _with_conjuncts(partner), "asserted",
                          0.45, f"noun '{token.lemma_}' with possessor and partner", text)


def _hostile_nominal_events(token: Token, code: tuple, sent: Span, lex: Lexicon, text: str) -> list[Event]:
    """An event noun naming both its doer and its target: "Iran's missile attack on Erbil",
    "missile attacks by Iranian proxies against Saudi Arabia", "sanctions on Cuban officials by
    the Treasury". Both actors are required: a bare noun ("these attacks") is a reference back,
    and a noun whose verb already is a trigger ("launched an attack on X") is coded there."""
    if token.dep_ in ("dobj", "obj") and (verb_lemma(token.head, lex) in lex.light_verbs
                                          or verb_lemma(token.head, lex) in lex.halting_verbs):
        return []  # "launched an attack on X", "halted attacks on X": the verb phrase is the event
    if token.dep_ == "nsubj" and token.head.lemma_.lower() in ONSET_VERBS:
        return []  # "clashes broke out ...": the occurrence frame has it
    if _negated(token.head, lex) or any(c.dep_ == "neg" for c in token.children):
        return []
    if _concern_topic(token) is not None:
        return []  # check not-aim failed: "raised our concerns about ..., including Beijing's crackdown"
    preps = _preps(token)
    between = preps.get("between") if code[0] not in lex.cooperative else None
    if between is not None and _is_actor(between, lex, allow_pronoun=False):
        # (a cooperative noun, "the agreement between A and B", mostly names a standing accord)
        # "the ongoing fighting in Sudan between the Sudanese Armed Forces and the Rapid Support
        # Forces": both sides act, coded from the first to the others (PLOVER "Compound and
        # Reciprocal Actors"), as the occurrence frame and meetings between parties are
        parties = [p for p in _with_conjuncts(between) if _is_actor(p, lex, allow_pronoun=False)]
        if len(parties) < 2:
            return []
        event_type, mode = code
        return _direct_events(sent, [token], event_type, mode, parties[:1], parties[1:], "asserted", 0.6,
                              f"event noun '{noun_lemma(token)}' between parties", text)
    doer = preps.get("by")
    if doer is not None and not _is_actor(doer, lex, allow_pronoun=False):
        doer = _actor_inside(doer, lex)  # "by Iranian proxies"
    if doer is None:
        doer = next((c for c in token.children if c.dep_ == "poss" and _is_actor(c, lex, allow_pronoun=False)), None)
    if doer is None and token.dep_ == "pobj" and token.head.lower_ == "in":
        # "the division has been implicated in violence against unarmed civilians": who is
        # implicated (involved, engaged) in the act did it (CAMEO "INVOLVE IN *")
        doer = _participant_of(token.head.head, lex)
    if doer is None:
        # (a name of the means is no doer: "DDoS attacks", which the NER may tag ORG)
        doer = next((c for c in token.children if c.dep_ in ("compound", "amod", "nmod")
                     and c.ent_type_ in ("GPE", "NORP", "ORG") and _is_actor(c, lex, allow_pronoun=False)), None)
    target = next((o for p, o in preps.items() if p in ("on", "against", "upon")
                   or (code[0] == "MOBILIZE" and p in MOBILIZE_PREPS)), None)
    # ("Russia's military build-up around Ukraine": the force is massed against the state it rings)
    if target is not None and code[0] == "ASSAULT" and _abstract_assailed(token, [token]) is not None:
        return []  # "the regime's attacks on human rights and fundamental freedoms": figurative
    if target is None and preps.get("by") is not None:
        # "attacks by Iranian proxies against Saudi Arabia": the parser hangs it on the doer
        target = next((o for p, o in _preps(preps["by"]).items() if p in ("on", "against", "upon")), None)
    patient = ""
    if target is None and doer is not None and preps.get("of") is not None \
            and noun_lemma(token) in detection_lexicon()["patient_of_nouns"]:
        # "the regime's repression of the people of Nicaragua", "the arrest of two journalists by
        # the police": the "of" phrase of a nominalised act on people is its patient (NomBank ARG1),
        # the act's target, when the doer is named beside it
        target, patient = preps["of"], ", target its 'of' patient"
    protesters = patient and lex.nouns.get(noun_lemma(target), ("",))[0] == "PROTEST"
    protest = target if protesters and _protest_people(target) else None
    if target is not None and not _is_actor(target, lex, allow_pronoun=False):
        target = _actor_inside(target, lex)
    if protesters and target is None:
        # "the regime's repression of the peaceful protests": the people protesting are acted on
        # (PLOVER COERCE "repress" targets the protesters), told by the protest noun, which the
        # linker codes as protesters; a protest noun of another kind ("strike") leaves none
        return _direct_events(sent, [token], code[0], code[1], _with_conjuncts(doer), [protest], "asserted", 0.5,
                              f"event noun '{noun_lemma(token)}' with its doer, target "
                              + (PROTEST_PEOPLE_RULE if protest is not None else "the unnamed protesters"), text)
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if target is None and doer is not None and code[0] in detection_lexicon()["recipientless_nominal_types"] \
            and (owner is not None and owner.i == doer.i or preps.get("by") is not None):
        # "Russia's military build-up": PLOVER MOBILIZE needs no recipient, and a possessor or
        # "by" names who mobilises
        words = [token.nbor(-2), token] if noun_lemma(token) != token.lemma_.lower() and token.i >= 2 else [token]
        return _direct_events(sent, words, code[0], code[1], _with_conjuncts(doer), [None],
                              "asserted", 0.5, f"event noun '{noun_lemma(token)}' with its doer", text)
    located = ""
    if target is None and doer is not None and owner is not None and owner.i == doer.i \
            and code[0] in ("ASSAULT", "COERCE"):
        # "Russia's offensive in Ukraine's east", "X's attacks in Y": with no target named, the
        # state where the force is used is its target (POLECAT codes the location's state as the
        # target when no other is named); only a country named as such, not the doer's own
        place = _named_country(_whole_place(preps.get("in") or preps.get("across") or preps.get("throughout")))
        if place is not None and place.lower_ != doer.lower_:
            target, located = place, ", target the state it is in"
    if doer is None or target is None or doer.i == target.i:
        return []
    event_type, mode = _military_strike(token, code, doer)
    targets = [t for t in _with_conjuncts(target) if _is_actor(t, lex, allow_pronoun=False)]
    # (a hyphen-split compound noun keeps both its words: "build-up")
    words = [token.nbor(-2), token] if token.i >= 2 and token.nbor(-1).text == "-" \
        and noun_lemma(token) != token.lemma_.lower() else [token]
    return _direct_events(sent, words, event_type, mode, _with_conjuncts(doer), targets,
                          "asserted", 0.6, f"event noun '{noun_lemma(words[-1]) if len(words) > 1 else token.lemma_}' "
                          f"with doer and target{located}{patient}", text)


def _whole_place(place: Optional[Token]) -> Optional[Token]:
    """The place a part of a place belongs to, "Ukraine" in "Ukraine's east" (English possessive
    of a whole on its part; event_detection.yaml place_part_nouns), else ``place`` itself."""
    if place is not None and place.ent_type_ not in PLACE_ENT_LABELS \
            and place.lemma_.lower() in detection_lexicon()["place_part_nouns"]:
        whole = [c for c in place.children if c.dep_ == "poss" and c.ent_type_ in PLACE_ENT_LABELS]
        if whole:
            return whole[0]
    return place


def _state_obstruction(event_type: str, mode: Optional[str], doers: list[Optional[Token]]) -> tuple:
    """(type, mode): a blockade or obstruction whose doers are all a state or its institutions
    (``_state_doer``) is COERCE/restrict (CAMEO 191 "Impose blockade, restrict movement", PLOVER
    COERCE "restrictions on ... movement"), not PROTEST/obstruct, which PLOVER keeps for civilian
    collective action (CAMEO 144 "Obstruct passage, block"): "China blocked Taiwan from joining the
    World Health Assembly", "The Israeli army blockaded the Gaza Strip"; "Protesters blocked the
    highway", "Cubans blocked the road" (people of a state, no state) keep the protest. Other
    types, and doers not all of a state, pass unchanged."""
    found = [d for d in doers if d is not None]
    if (event_type, mode) != ("PROTEST", "obstruct") or not found or not all(_state_doer(d) for d in found):
        return event_type, mode
    return "COERCE", "restrict"


def _state_doer(token: Token) -> bool:
    """Whether ``token`` names a state or one of its institutions: a GPE that is a country or its
    capital standing for its government ("China", "Beijing"), or a noun phrase whose Phoenix agent
    sector is a state's own (``resolve.actors.state_sectors``: GOV, MIL, POL ... "the army",
    "authorities", "security forces"). A nationality or demonym ("Cubans") names people, no state."""
    if token.ent_type_ == "GPE":
        return lookup_country((_entity_of(token) or token).text) is not None
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    from newsgraph.resolve.actors import state_sectors

    code = named_actor((_entity_of(token) or token).text) if token.ent_type_ else None
    code = code or agent_sector(" ".join(w.text for w in token.subtree if w.i <= token.i and (
        w.dep_ in ("compound", "amod") and w.head.i == token.i or w.i == token.i)))
    return code is not None and code.sector in state_sectors()


def _military_strike(token: Token, code: tuple, doer: Token) -> tuple:
    """A strike by a state, or a missile, drone or air strike, is an armed attack (CAMEO 195
    "employ aerial weapons", PLOVER ASSAULT/aerial), not a labour strike (CAMEO 143, PROTEST):
    "Russia's strikes against Ukraine's critical energy infrastructure". Other codes pass."""
    if tuple(code) != ("PROTEST", "strike") or noun_lemma(token) != "strike":
        return tuple(code)
    words = detection_lexicon()
    weapon = any(c.dep_ in ("compound", "amod") and c.lower_ in words["military_strike_modifiers"]
                 for c in token.children)
    if weapon or doer.ent_type_ in ("GPE", "NORP"):
        return "ASSAULT", "aerial"
    return tuple(code)


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
    state mode aerial, as ``_military_strike`` codes a state's strike noun, CAMEO 195 "employ
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
        # (as ``_military_strike`` codes a state's strike noun; an armed group names no weapon)
        state = any(w.ent_type_ in ("GPE", "NORP") and lookup_country((_entity_of(w) or w).text) is not None
                    for w in [subject] + [c for c in subject.children if c.dep_ in ("amod", "compound")])
        mode = "aerial" if state else None
        return "ASSAULT", mode, f"verb 'strike' by armed striker '{subject.lemma_.lower()}'", [token], 0.7
    if kind == "labour" and obj is not None:
        return "PROTEST", "strike", f"verb 'strike' by labour striker '{subject.lemma_.lower()}'", [token], 0.7
    if kind == "thing":
        return ()
    return None


def _agentive_noun_type(token: Token) -> Optional[str]:
    words = detection_lexicon()
    lemma = token.lemma_.lower()
    for event_type in ("demand", "reject", "disapprove"):
        if lemma in words[f"agentive_{event_type}_nouns"]:
            return event_type.upper()
    return None


def _request_answerer(noun: Token, lex: Lexicon) -> Optional[Token]:
    """Whom a request was made to, told by who answers it: the subject of a verb of answering
    the request ("the Court will act with utmost urgency on Ukraine's request", "YouTube is
    complying with the Church's requests") or of the clause that acts "in response to" it ("In
    response to Ukraine's request, the United States is providing ..."); event_detection.yaml
    answer_verbs / answer_preps. The subject may be a pronoun ("it will act on ..."), which the
    linker resolves by coreference (an unresolved one is cleared there). None otherwise."""
    words = detection_lexicon()
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    prep = noun.head
    if prep.lower_ == "to" and prep.head.lemma_.lower() == "response" and prep.head.dep_ == "pobj" \
            and prep.head.head.lower_ == "in":
        verb = prep.head.head.head  # "in response to X's request, Y provides ..."
    elif prep.lower_ in words["answer_preps"]:
        verb = prep.head
        while verb.pos_ in ("NOUN", "ADJ") and verb.dep_ == "pobj" and verb.head.dep_ == "prep":
            verb = verb.head.head  # "act with utmost urgency on X's request": the parser hangs it on the manner
        if verb.pos_ != "VERB" or verb_lemma(verb, lex) not in words["answer_verbs"]:
            return None
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subject, passive = _subject(verb)
    if subject is None or passive:
        return None
    if subject.pos_ == "PRON":
        if subject.lower_ not in ("it", "they"):
            return None
        # "we trust the Court is ... and hope that it will act on Ukraine's request": the nearest
        # earlier subject of the sentence that agrees (``_pronoun_antecedent``), else the pronoun
        found = _pronoun_antecedent(subject, noun.sent, lex,
                                    {"it": "its", "they": "their"}[subject.lower_])
        return found if found is not None else subject
    return subject if _is_actor(subject, lex, allow_pronoun=False) and subject.lemma_.lower() not in lex.nouns else None


def _procedure_phrase(noun: Token) -> bool:
    """Check not-procedure: a noun of request as object of a preposition of procedure ("will be
    deployed *at the request of* the OPG", "aid is provided *upon request of* the host government";
    event_detection.yaml procedure_preps) on an act that is future, modal or in the simple present:
    the phrase states the terms under which the act is taken, not a request the sentence says was
    made. On a past or perfect act ("was deployed at the request of Kyiv") a request was made: no."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.lower_ not in detection_lexicon()["procedure_preps"]:
        return False
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxes):
        return True  # "will be deployed", "can be requested"
    finite = auxes[0] if auxes else verb
    return finite.tag_ in ("VBZ", "VBP") and not any(a.lemma_.lower() == "have" for a in auxes)


def _agentive_nominal_events(token: Token, sent: Span, lex: Lexicon, text: str) -> list[Event]:
    """A nominalised verbal act with its agent as genitive: "the request of the Municipality of
    Livorno asking religious schools to pay" (DEMAND), "requests have come from the municipality",
    "despite the resistance of the Catholic Church" (REJECT). The agent must be a named actor or
    an actor noun; the target is a "to" / "against" / "on" actor or the object of the verb that
    spells out the act ("asking religious schools")."""
    event_type = _agentive_noun_type(token) if token.pos_ == "NOUN" else None
    if event_type is None:
        return []
    head_lemma = verb_lemma(token.head, lex) if token.head.pos_ in ("VERB", "AUX") else ""
    if token.dep_ in ("dobj", "obj") and (head_lemma in lex.light_verbs or head_lemma in lex.known_verbs):
        return []  # "issued a demand", "rejected the request": the verb phrase is the event
    if _negated(token.head, lex) or any(c.dep_ == "neg" for c in token.children):
        return []
    governing = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if governing is not None and any(c.dep_ == "aux" and c.lower_ in lex.hypothetical_aux for c in governing.children):
        return []  # "would amount to the government's rejection of ...": no act took place
    if governing is not None and (
            any(c.dep_ == "aux" and c.lower_ in lex.obligation_aux for c in governing.children)
            or governing.dep_ == "xcomp" and lex.verbs.get(governing.head.lemma_.lower(), (None,))[0] == "DEMAND"):
        # "We urge the Yemeni parties to listen to the demands of their people", "the government
        # must respond to the demands of protesters": what the one urged or obliged should attend
        # to is the ground of that demand, told as standing, no act of its own
        return []
    if _procedure_phrase(token):
        return []  # check not-procedure failed: "deployed at the request of X" states terms, no request made
    preps = _preps(token)
    if token.dep_ in ("nsubj", "nsubjpass") and head_lemma in detection_lexicon()["motion_verbs"]:
        preps = {**_preps(token.head), **preps}  # "requests have come from the municipality"
    agent = next((c for c in token.children if c.dep_ == "poss"), None)
    if agent is None:
        # "the rejection of the plan", "condemnation of a regime": an "of" after these is what is
        # rejected or condemned; only requests and resistance take their agent with "of"
        genitive = ("of",) if token.lemma_.lower() in detection_lexicon()["agentive_of_nouns"] else ()
        agent = next((preps[p] for p in genitive + ("from", "by") if p in preps), None)
    if agent is None and token.dep_ == "nsubjpass":
        agent = _passive_agent(token.head)  # "the request was advanced by the Municipality"
    if agent is None or agent.pos_ == "PRON" or not _is_actor(agent, lex, allow_pronoun=False):
        return []
    target = next((o for p, o in preps.items() if p in ("to", "against", "on")
                   and _is_actor(o, lex, allow_pronoun=False)), None)
    if target is None:
        # the clause that spells the act out ("asking religious schools to pay"), which the parser
        # may hang on the agent's name
        clauses = [c for n in (token, agent) for c in n.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
        for clause in clauses:
            target = next((o for o in _children(clause, OBJECT_DEPS) if _is_actor(o, lex, allow_pronoun=False)), None)
            if target is not None:
                break
    if target is None and event_type == "DEMAND":
        target = _request_answerer(token, lex)
    targets = [t for t in _with_conjuncts(target) if t.i != agent.i] if target is not None else [None]
    return _direct_events(sent, [token], event_type, None, _with_conjuncts(agent), targets, "asserted", 0.45,
                          f"{AGENTIVE_RULE}{token.lemma_.lower()}' with its agent", text)


AGENTIVE_RULE = "act noun '"


def _measure_round_events(token: Token, sent: Span, lex: Lexicon, text: str) -> list[Event]:
    """Counted rounds of a measure with their imposer as possessor: "the Department's three
    rounds of visa restrictions since November 2021", "the Treasury's new package of sanctions"
    (PLOVER SANCTION / COERCE, the type of the measure noun). A counted or new round is a past act
    told in summary, not a reference to one already told; without a named possessor it is left."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in detection_lexicon()["measure_round_nouns"]:
        return []
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ == "PRON" or not _is_actor(owner, lex, allow_pronoun=False):
        return []
    measure = _of_object(token)
    if measure is None:
        return []
    nouns = [measure] + [c for c in measure.children if c.dep_ == "compound"]
    # the measure's type: its own event noun, else what imposing it is ("impose restriction")
    codes = [lex.nouns.get(noun_lemma(n)) or lex.light_phrases.get(f"impose {noun_lemma(n)}") for n in nouns]
    code = next((c for c in codes if c is not None and c[0] in ("SANCTION", "COERCE")), None)
    if code is None or _negated(token.head, lex):
        return []
    if code[0] == "COERCE" and _sanction_kind([measure]) is not None:
        code = ("SANCTION", "discontinue")  # "three rounds of visa restrictions": sanctions (``_sanction_kind``)
    preps = {**_preps(measure), **_preps(token)}
    target = next((o for p, o in preps.items() if p in ("on", "against") and _is_actor(o, lex, allow_pronoun=False)), None)
    return _direct_events(sent, [token, measure], code[0], code[1], [owner], _with_conjuncts(target) if target else [None],
                          "asserted", 0.5, f"rounds of a measure '{noun_lemma(measure)}' with their imposer", text)


def _drop_references_back(doc: Doc, events: list[Event]) -> list[Event]:
    """A definite act noun ("*the* request of the municipalities") whose agent already did an
    act of the same type earlier in the article ("several municipalities have started asking")
    refers back to it: the sentence becomes evidence of that event, not a new one."""
    kept: list[Event] = []
    for event in events:
        if AGENTIVE_RULE in (event.explanation or "") and event.source_text:
            span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
            definite = span is not None and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                                                for c in span.root.children)
            head = event.source_text.lower().split()[-1]
            earlier = next((e for e in kept if definite and e.type == event.type and e.source_text
                            and e.source_text.lower().split()[-1] == head), None)
            if earlier is not None:
                _add_evidence(earlier, (event.sentence_start, event.sentence_end))
                continue
        kept.append(event)
    return kept


def _target_span(doc: Doc, event: Event) -> Optional[Span]:
    """The tokens of the event's target phrase (its character span, widened to whole tokens), or
    None when the event has no target or the span falls outside the doc's tokens."""
    if event.target_start is None or event.target_end is None:
        return None
    return doc.char_span(event.target_start, event.target_end, alignment_mode="expand")


def _add_evidence(event: Event, sentence: tuple[int, int]) -> None:
    """One more sentence (start, end chars) telling ``event``'s act: added to its evidence spans
    (which start with its own sentence), once."""
    spans = event.evidence_spans or [(event.sentence_start, event.sentence_end)]
    if sentence not in spans:
        spans.append(sentence)
    event.evidence_spans = spans


# determiners that point a plural noun back at parties already named ("*the* board members",
# "*both* militias", "*these* entities")
_RESTATING_DETERMINERS = ("the", "these", "those", "both")
# how many sentences back the restated act may be told (a release tells the act, then a few
# sentences on the parties, then the legal basis: "Both militias were designated ... pursuant to")
_RESTATEMENT_REACH = 4


def _drop_summary_restatements(doc: Doc, events: list[Event]) -> list[Event]:
    """An agentless passive whose patient is a definite plural common noun ("*Both militias*
    were designated today pursuant to E.O. 13894", "*The board members* are being designated
    pursuant to ...") restates the act just told of the parties it points back to ("The United
    States is designating Ahrar al-Sharqiya", "... 19 members of the Rostec board"): the noun
    names no party of its own (no name, no "of" phrase or clause saying which), so the sentence
    is evidence of the earlier event of the same type in the four sentences before, whose
    target is named, not a new event with an unnamed recipient. Events with a source, or
    without such an earlier event, are kept."""
    if not any(AGENTLESS in (e.explanation or "") for e in events):
        return events
    sentence_index = {s.start_char: n for n, s in enumerate(doc.sents)}
    kept: list[Event] = []
    for event in events:
        earlier = None
        if AGENTLESS in (event.explanation or "") and event.sentence_start in sentence_index:
            span = _target_span(doc, event)
            head = span.root if span is not None else None
            if head is not None and head.tag_ == "NNS" and head.ent_type_ not in ACTOR_ENT_LABELS \
                    and head.dep_ == "nsubjpass" \
                    and any(c.dep_ in ("det", "predet") and c.lower_ in _RESTATING_DETERMINERS for c in head.children) \
                    and not any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in head.children) \
                    and not any(t.pos_ == "PROPN" or t.ent_type_ in ACTOR_ENT_LABELS for t in head.subtree):
                here = sentence_index[event.sentence_start]
                earlier = next((e for e in reversed(kept) if e.type == event.type and e.target_text
                                and e.sentence_start in sentence_index
                                and 1 <= here - sentence_index[e.sentence_start] <= _RESTATEMENT_REACH
                                and _named_target(doc, e)), None)
        if earlier is not None:
            _add_evidence(earlier, (event.sentence_start, event.sentence_end))
            continue
        kept.append(event)
    return kept


# how many sentences after a counted summary ("designating six entities") its members may be told
_SUMMARY_REACH = 4
# the acts a release tells first in a count, then party by party
_SUMMARISED_TYPES = ("SANCTION", "ACCUSE", "COERCE")
# quantifiers that count a plural like a numeral ("several entities", "multiple individuals")
_COUNTING_WORDS = ("several", "multiple", "numerous")


def _counted_summary(doc: Doc, event: Event) -> bool:
    """Whether the event's target is a counted plural common noun and nothing else: "six
    entities", "26 individuals and seven entities", "several Iran-based companies"; not one that
    sets itself beside named parties ("six *other* companies", "including ...") or holds a name."""
    span = _target_span(doc, event)
    head = span.root if span is not None else None
    if head is None or head.tag_ != "NNS" or head.ent_type_ in ACTOR_ENT_LABELS - {"NORP"}:
        return False
    if not any(c.dep_ == "nummod" and c.like_num or c.dep_ in ("amod", "det") and c.lower_ in _COUNTING_WORDS
               for c in head.children):
        return False
    if any(c.lower_ in ("other", "additional", "more", "further", "another") for c in head.children):
        return False
    # the members named in the phrase itself ("including X", a named apposition: recip6's
    # _included_names); a name inside a modifier ("located in Russia", "that support Iran's ...
    # Co.") describes the counted parties, it names none of them
    return not any(t.lower_ == "including" for t in head.subtree) \
        and not any(c.dep_ == "appos" and any(t.pos_ == "PROPN" for t in c.subtree) for c in head.children)


def _within_count(doc: Doc, event: Event) -> bool:
    """Whether the event's target is a word inside a counted plural ("18 *Russian Federation*
    nationals", "over 250 members of *the Nicaraguan government*"): a count, not a named party."""
    span = _target_span(doc, event)
    node = span.root if span is not None else None
    for _ in range(3):
        if node is None or node.head.i == node.i:
            return False
        if node.dep_ not in ("compound", "amod", "nmod", "pobj", "prep", "poss"):
            return False
        node = node.head
        if node.tag_ == "NNS" and any(c.dep_ == "nummod" for c in node.children):
            return True
    return False


def _names_party(doc: Doc, event: Event) -> bool:
    """Whether the event's target phrase holds a proper name other than a nationality ("Pioneer
    Ship Management PTE LTD", not "Russian military units"), outside its modifying clauses and
    phrases ("units that committed abuses in Bucha" names no unit)."""
    span = _target_span(doc, event)
    if span is None:
        return False
    head = span.root
    modifiers = {t.i for c in head.children if c.dep_ in ("relcl", "acl", "prep") for t in c.subtree}
    return any(t.pos_ == "PROPN" and t.ent_type_ != "NORP" for t in head.subtree if t.i not in modifiers)


def _same_government(a: Event, b: Event) -> bool:
    """Whether two linked events' sources are one actor: one key, or bodies of one state's
    government ("the United States" and "the Department of State": both act for the USA in a
    state sector)."""
    if not a.source_key or not b.source_key:
        return False
    if a.source_key == b.source_key:
        return True
    from newsgraph.resolve.actors import state_sectors

    sectors = state_sectors()
    return bool(a.source_acts_for) and a.source_acts_for == b.source_acts_for \
        and a.source_sector in sectors and b.source_sector in sectors


def fold_counted_summaries(doc: Doc, events: list[Event]) -> list[Event]:
    """A counted summary ("The United States is designating six entities ...") whose parties the
    next sentences name one by one ("The Department of State is designating Pioneer Ship
    Management PTE LTD ..."): the summary tells the same acts as those events, so its sentence
    becomes evidence of each of them, not a separate event with an unnamed, unkeyed recipient.
    Members: events of the same type (SANCTION, ACCUSE, COERCE) and status in the four sentences
    after, by the same actor or a body of its government (``_same_government``; run after
    linking, on keys), with a keyed target that holds a name and is no count itself nor a word
    in one (``_within_count``), not dated apart. The summary must name its doer (an agentless
    "Action to impose visa restrictions on 511 officers" may be another office's act). A
    summary no such event follows is kept."""
    candidates = [e for e in events if e.type in _SUMMARISED_TYPES and e.source_key and e.source_text
                  and not e.target_key
                  and _counted_summary(doc, e)]
    if not candidates:
        return events
    sentence_index = {s.start_char: n for n, s in enumerate(doc.sents)}
    dropped: set[int] = set()
    for summary in candidates:
        here = sentence_index.get(summary.sentence_start)
        if here is None:
            continue
        members = [e for e in events if e is not summary and e.type == summary.type and e.status == summary.status
                   and e.target_key and e.sentence_start in sentence_index
                   and 1 <= sentence_index[e.sentence_start] - here <= _SUMMARY_REACH
                   and id(e) not in dropped and _names_party(doc, e) and not _counted_summary(doc, e)
                   and not _within_count(doc, e) and _same_government(summary, e)
                   and not (summary.date and e.date and summary.date != e.date) and not _dated_apart(summary, e)]
        if not members:
            continue
        dropped.add(id(summary))
        span = (summary.sentence_start, summary.sentence_end)
        for member in members:
            _add_evidence(member, span)
            member.explanation = (member.explanation or "") + \
                f"; told first in a count ('{summary.target_text}'): that sentence is evidence of this act"
    return [e for e in events if id(e) not in dropped]


def _named_target(doc: Doc, event: Event) -> bool:
    """Whether the event's target phrase holds a name (a proper noun or an actor entity: "19
    members of the Rostec board")."""
    span = _target_span(doc, event)
    return span is not None and any(t.pos_ == "PROPN" or t.ent_type_ in ACTOR_ENT_LABELS for t in span.root.subtree)


def _onset_events(token: Token, sent: Span, lex: Lexicon, text: str) -> list[Event]:
    """An event noun as the subject of a verb of occurrence: "Clashes broke out between police
    and protesters" (ASSAULT, both sides), "Palestinian protests erupted" (PROTEST by the
    Palestinians), "Talks between A and B resumed" (CONSULT). Actors come from the noun."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in ONSET_VERBS:
        return []
    particle = ONSET_PARTICLES.get(lemma)
    if particle is not None and not any(c.lower_ == particle for c in token.children
                                        if c.dep_ in ("prt", "advmod", "prep", "dobj")):
        return []
    nouns = [c for c in token.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    code = lex.nouns.get(noun_lemma(nouns[0])) if nouns else None
    if code is None:
        return []
    noun = nouns[0]
    event_type, mode = code
    if event_type in ("CONSULT", "COOPERATE") and "between" in _preps(noun):
        return []  # "talks between A and B": the event noun frame already has them
    if lemma == "end":
        if event_type not in ("ASSAULT", "PROTEST"):
            return []
        event_type, mode = ("RETREAT", "ceasefire") if event_type == "ASSAULT" else ("CONCEDE", None)
    preps = {**_preps(noun), **{p: o for p, o in _preps(token).items() if p not in _preps(noun)}}
    between = preps.get("between")
    if between is not None and _is_actor(between, lex, allow_pronoun=False):
        parties = _with_conjuncts(between)
        sources, targets = parties[:1], parties[1:]
        if event_type == "ASSAULT" and len(parties) > 1:
            sources, targets = parties, [None]  # two-sided violence: every side is a source
    else:
        source = _actor_inside(noun, lex)
        target = next((o for p, o in preps.items() if p in ("against", "with", "on")
                       and _is_actor(o, lex, allow_pronoun=False)), None)
        sources, targets = [source], [target]
    if all(t is None for t in sources + targets):
        return []
    status = "negated" if _negated(token, lex) else "asserted"
    return _direct_events(sent, [noun, token], event_type, mode, sources, targets, status, 0.6,
                          f"event noun '{noun.lemma_}' + onset '{lemma}'", text)


# ---- consequence frames: a warning of consequences is a THREATEN by whoever voices it ----

FIRST_SECOND_PERSON = frozenset({"i", "me", "we", "us", "you"})


def _warning_condition(token: Token, lex: Lexicon, consequence: bool = False) -> Optional[Token]:
    """The condition clause a warning hangs on: an "if / unless" adverbial clause, an inverted
    "Should X attack ...", an "in case / in the event (that / of)" (``_condition_noun_phrase``,
    ``_event_condition_noun``) of ``token`` or of the verb it is conjoined to (``respond
    decisively and impose costs``); its verb (or the noun of "in the event of X"), else None. With
    ``consequence``, a clause under which the main clause holds whatever happens ("even if",
    "whether or not", "as if": ``_unconditional_clause``) is none."""
    node = token
    for _ in range(3):
        for clause in _children(node, ("advcl",)):
            if consequence and _unconditional_clause(clause, lex):
                continue
            if any(c.dep_ == "mark" and c.lower_ in lex.conditional_marks for c in clause.children) \
                    or _inverted_condition(clause) or _condition_noun_phrase(clause) is not None:
                return clause
        for clause in _children(node, ("ccomp", "conj")):
            if _condition_noun_phrase(clause) is not None:
                return clause  # "would attack the city in case the rebels refused": parsed as a conjunct
        for prep in _children(node, ("prep",)):
            condition = _event_condition_noun(prep)  # "in the event (that) Russia invades", "in the event of"
            if condition is not None:
                return condition
        if node.dep_ != "conj" or node.head.i == node.i:
            return None
        node = node.head
    return None


def _warned_future(token: Token, frames: dict) -> bool:
    """Whether ``token`` is told as what will follow: a future or conditional modal on it, or on
    the "have (to) / be going (to)" it completes ("will have to face consequences")."""
    future = frozenset(frames["future_aux"])
    node = token
    for _ in range(3):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in future for c in node.children):
            return True
        if node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
            continue
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in ("have", "go"):
            node = node.head
            continue
        return False
    return False


def _warned_actor(token: Optional[Token], lex: Lexicon) -> Optional[Token]:
    """``token`` as the actor warned (a third-person actor or pronoun), else the actor inside it."""
    if token is None or token.lower_ in FIRST_SECOND_PERSON:
        return None
    if _is_actor(token, lex, allow_pronoun=True):
        return token
    return _actor_inside(token, lex)


def _act_doer(act: Token, lex: Lexicon) -> Optional[Token]:
    """Who would do the act warned against: its "by X" ("any use by Russia of such a weapon") or
    its possessor ("Russia's aggression"), else None."""
    agent = _preps(act).get("by")
    if agent is not None and _is_actor(agent, lex, allow_pronoun=False):
        return agent
    owner = next((c for c in act.children if c.dep_ == "poss"), None)
    return owner if owner is not None and owner.lower_ not in FIRST_SECOND_PERSON \
        and _is_actor(owner, lex, allow_pronoun=True) else None


def _consequence_of(token: Token, lemma: str, frames: dict) -> Optional[Token]:
    """The consequence noun of a warning verb: its object, or the object of the preposition the
    frame names ("met *with* consequences", "result *in* consequences"), or the attribute of an
    expletive "there will be consequences"."""
    nouns = frozenset(frames["consequence_nouns"])
    if lemma in frames["patient_verbs"]:
        allowed = frozenset(frames["patient_verbs"][lemma])
        # "will pay a higher price for gas", "the price of oil": a market price, no warning
        return next((c for c in _children(token, ("dobj", "obj")) if c.lemma_.lower() in allowed
                     and not any(m.tag_ in ("JJR", "CD") or m.dep_ == "nummod" for m in c.children)
                     and "of" not in _preps(c)), None)
    if lemma == "be":
        if not _children(token, ("expl",)):
            return None
        return next((c for c in _children(token, ("attr",)) if c.lemma_.lower() in nouns - {"price", "cost"}), None)
    if lemma in frames["act_verbs"]:
        prep = frames["act_verbs"][lemma]
        candidates = _children(token, ("dobj", "obj")) if prep is None else \
            [o for c in token.children if c.dep_ in ("prep", "agent") and c.lower_ == prep
             for o in _children(c, ("pobj",))]
        return next((c for c in candidates if c.lemma_.lower() in nouns - {"price", "cost"}), None)
    if lemma in frames["imposing_verbs"]:
        return next((c for c in _children(token, ("dobj", "obj")) if c.lemma_.lower() in nouns), None)
    return None


def _sole_other_state(sent: Span, act: Token, source: Optional[Token],
                      source_spans: Optional[list]) -> Optional[Token]:
    """The root token of the one state (GPE) ``sent`` names outside the act's patients (the "of /
    against / on / to X" inside the act's phrase: "invasion *of Ukraine*") and the voice (the
    source token's phrase, the speaker's span); None when it names none or several."""
    patients = {w.i for w in act.subtree if w.dep_ == "pobj" and w.head.lower_ in ("of", "against", "on", "to", "in")}
    voice = set(range(source.left_edge.i, source.right_edge.i + 1)) if source is not None else set()
    spans = [s for s in (source_spans or []) if s is not None]
    found: dict[str, Token] = {}
    for ent in sent.ents:
        if ent.label_ != "GPE" or ent.root.i in voice or ent.root.i in patients \
                or any(a <= ent.start_char < b for a, b in spans):
            continue
        found.setdefault(ent.text.lower().removeprefix("the "), ent.root)
    return next(iter(found.values())) if len(found) == 1 else None


def _warning_events(token: Token, sent: Span, lex: Lexicon, statements: "StatementIndex",
                    text: str) -> list[Event]:
    """A warning of consequences -> THREATEN (CAMEO WARN "* CONSEQUENCES" / "(OF RESPONSE)" 130),
    asserted (the threat is made now), by the voice of the clause against the one warned:

    * "Should Iran attack ..., Iran will face severe consequences", "Moscow will pay a high price":
      the subject of a future "face / pay" is warned;
    * "any use by Russia of such a weapon would be met with severe consequences", "If the PRC aided
      Russia ..., there would be strong consequences from the United States": the doer of the act
      (its "by", possessor) or the condition's subject is warned;
    * "if Russia invades, the United States will respond decisively and impose swift and severe
      costs on Russia": the responder warns the "on X" or the condition's subject.

    The source is the consequences' "from X", the responder, a reporting verb's subject ("we made
    clear that Iran would face ..."), the statement's speaker, else the writer (``WRITER_WARNING``:
    the linker gives it the publishing state). No event without a warned actor, for a negated
    warning, or one itself under a condition."""
    frames = lex.warning_frames
    if token.pos_ not in ("VERB", "AUX"):
        return []
    lemma = token.lemma_.lower()
    consequence = _consequence_of(token, lemma, frames)
    responding = lemma in frames["response_verbs"]
    if consequence is None and not responding:
        return []
    if responding and not any(c.dep_ == "advmod" and c.lower_ in frames["response_manners"] for c in token.children):
        return []  # "respond to questions": only a response promised with force is a warning
    if _negated(token, lex) or _conditional_host(token, lex) is not None or _inverted_condition(token):
        return []
    condition = _warning_condition(token, lex)
    response = responding or lemma in frames["imposing_verbs"]
    if response and condition is None:
        return []  # "will continue to impose costs on Russia": a measure, not a warning
    if not response and condition is None and not _warned_future(token, frames):
        return []  # "it's Ukrainians who pay the price": told as a fact
    subject, passive = _subject(token)
    condition_subject = None
    if condition is not None:
        found = _children(condition, ("nsubj", "nsubjpass"))
        condition_subject = _warned_actor(found[0], lex) if found else None
    # the one warned
    target = None
    if lemma in frames["patient_verbs"]:
        target = _warned_actor(subject, lex) if not passive else None
        if (target is None or target.pos_ == "PRON") and condition_subject is not None \
                and condition_subject.pos_ != "PRON":
            # "if Russia pursues its aggression ..., it will face ...": the condition names whom "it" is
            target = condition_subject
        rule = f"'{lemma} {consequence.lemma_}' (the subject is warned)"
    elif response:
        # the "on X" of the costs or of the verb, else the condition's subject
        on = (_preps(consequence).get("on") if consequence is not None else None) or _preps(token).get("on")
        target = _warned_actor(on, lex) if on is not None else None
        target = target or condition_subject
        rule = f"'{lemma}{' ' + consequence.lemma_ if consequence is not None else ''}' under a condition (a promised response)"
    else:
        affected = _preps(consequence).get("for")
        target = _warned_actor(affected, lex) if affected is not None else None
        if affected is not None and target is None:
            return []  # "will have consequences for food prices": a forecast of what it does to a thing
        if target is None and subject is not None and lemma != "be":
            target = _act_doer(subject, lex)
        target = target or condition_subject
        rule = f"'{lemma} {consequence.lemma_}' (the act warned against is the subject)"
    act = subject if lemma in frames["act_verbs"] and subject is not None else None
    if target is None and act is None:
        return []
    # who warns
    source, source_spans, date = None, None, None
    origin = _preps(consequence).get("from") if consequence is not None else None
    if origin is not None and _is_actor(origin, lex, allow_pronoun=True):
        source, rule = origin, rule + "; source = 'from' of the consequences"
    elif response and subject is not None and not passive and _is_actor(subject, lex, allow_pronoun=True):
        source = subject
    elif response and subject is None:
        source = _controller(token, lex)
    if source is None:
        speaker = _speaker_of(token, lex)
        if speaker is not None and _is_actor(speaker, lex, allow_pronoun=True):
            source, rule = speaker, rule + "; source = subject of the reporting verb"
    if source is None:
        statement = statements.at(token.idx)
        if statement is not None and statement.speaker_start is not None:
            source_spans = [_accuser_span(token.doc, statement.speaker_start, statement.speaker_end, lex)]
            date, rule = statement.date, rule + "; source = the statement's speaker"
    if target is None:
        # "further invasion of Ukraine would be met with swift and severe consequences and urged
        # Russia to ...": an act whose doer its phrase leaves unnamed is the one state the
        # sentence names beside the act's own patient and the voice
        target = _sole_other_state(sent, act, source, source_spans)
        if target is None:
            return []
        rule += "; target = the one other state the sentence names"
    if source is not None and source.i == target.i:
        return []
    words = [token] + ([consequence] if consequence is not None else [])
    events = _direct_events(sent, words, "THREATEN", None, [source], [target], "asserted", 0.6,
                            f"warning of consequences {rule}", text, date=date, source_spans=source_spans)
    if source is None and source_spans is None:
        for event in events:
            event.explanation = event.explanation.replace("source=none,", f"source={WRITER_WARNING},", 1)
    return events


def _pronoun_antecedent(pronoun: Token, sent: Span, lex: Lexicon, form: Optional[str] = None) -> Optional[Token]:
    """The nearest earlier subject in the sentence that the pronoun can stand for
    ("Ashtiani said during his meeting" -> Ashtiani); ``form``: the pronoun's possessive form
    when it is a subject ("it" -> "its")."""
    personal = {"his": "he", "her": "she", "its": "it", "their": "they"}
    form = form or pronoun.lower_
    if form not in personal:
        return None  # "our partnership": the speaker's side, left to statements and coreference
    for candidate in reversed(sent[: pronoun.i - sent.start]):
        if candidate.dep_ not in SUBJECT_DEPS or not _is_actor(candidate, lex, allow_pronoun=False):
            continue
        word = personal.get(form)
        agrees = (_is_person(candidate) if word in ("he", "she") else
                  (not _is_person(candidate)) if word == "it" else True)
        if agrees:
            return candidate
    # "During his visit to Caracas, Raisi signed ...": the subject of the clause the phrase modifies
    governing = next((a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    subject = _subject(governing)[0] if governing is not None else None
    if subject is not None and subject.i > pronoun.i and _is_actor(subject, lex, allow_pronoun=False):
        word = personal.get(form)
        if word not in ("he", "she") or _is_person(subject):
            return subject
    return None


def _is_person(token: Token) -> bool:
    """A person by the NER or by newsgraph's own mentions (which know foreign names the
    model tags as ORG or GPE)."""
    if token.ent_type_ == "PERSON":
        return True
    return any(m.start <= token.idx < m.end and m.type == "person" for m in token.doc._.ng_mentions or [])


# ---------------------------------------------------------------- accusations in statements

@dataclass
class StatementIndex:
    """Character ranges of statement contents, for looking up a token's speaker (a claim a
    document makes with no author has none: statements' ``document_author``)."""

    ranges: list[tuple[int, int, object]]

    @classmethod
    def of(cls, doc: Doc) -> "StatementIndex":
        ranges = []
        for statement in doc._.ng_statements or []:
            if statement.speaker_start is None and statement.cue_start is None:
                continue
            for start, end in [(statement.content_start, statement.content_end)] + list(statement.content_parts):
                ranges.append((start, end, statement))
        return cls(ranges)

    def at(self, offset: int):
        for start, end, statement in self.ranges:
            if start <= offset < end:
                return statement
        return None


def _crime_object(token: Token, prep_word: Optional[str], lex: Lexicon) -> Optional[Token]:
    """The crime a participation predicate names: "involved *in drug trafficking*"."""
    if token.pos_ == "ADP":  # "behind the attacks": the preposition is the predicate
        objects = [c for c in token.children if c.dep_ == "pobj"]
        return objects[0] if objects and objects[0].lemma_.lower() in lex.crime_nouns else None
    for child in token.children:
        if child.dep_ == "prep" and (prep_word is None or child.lower_ == prep_word):
            for obj in child.children:
                if obj.dep_ in ("pobj", "pcomp") and obj.lemma_.lower() in lex.crime_nouns:
                    return obj
    return None


def _accused_of(token: Token, lex: Lexicon) -> list[Token]:
    """Who an accusation cue is about: the subject of its clause ("X is a threat", "X is
    involved in ..."), the noun it modifies ("officials responsible for ..."), plus the causer
    in "X has Y involved in ..."."""
    predicate = token.head if token.dep_ in ("attr", "acomp", "prep") else token
    subject, _passive = _subject(predicate)
    if subject is None and token.dep_ in ("amod", "acl") and token.head.pos_ in ("NOUN", "PROPN"):
        subject = token.head
    accused = []
    if subject is not None:
        actor = subject if _is_actor(subject, lex, allow_pronoun=False) else _actor_inside(subject, lex)
        if actor is not None:
            accused.append(actor)
    causative = predicate.head
    if predicate.dep_ in ("ccomp", "xcomp", "oprd") and causative.lemma_.lower() in CAUSATIVE_VERBS:
        causers = _children(causative, SUBJECT_DEPS)
        if causers and _is_actor(causers[0], lex, allow_pronoun=False):
            accused.append(causers[0])
    return accused


def _accusation_cue(token: Token, lex: Lexicon) -> Optional[list[Token]]:
    """Trigger words when ``token`` makes its clause an accusation, else None."""
    lemma = token.lemma_.lower()
    if lemma in lex.participation:
        crime = _crime_object(token, lex.participation[lemma], lex)
        if crime is not None and not (token.pos_ == "ADP" and token.head.lemma_ != "be"):
            return [token, crime]
        return None
    if lemma in lex.crime_verbs and token.pos_ == "VERB":
        crimes = [c for c in _children(token, ("dobj",)) if c.lemma_.lower() in lex.crime_nouns]
        return [token, crimes[0]] if crimes else None
    copular = token.head.lemma_ == "be" and token.head.i != token.i
    if token.dep_ == "attr" and copular and _condemns(token, lex):
        return [c for c in token.children if c.dep_ in ("amod", "compound") and _condemns(c, lex)] + [token]
    if token.dep_ == "acomp" and copular and lemma in lex.condemnation_adjectives:
        return [token]
    return None


def _accuser_span(doc: Doc, start: int, end: int, lex: Lexicon) -> Optional[tuple[int, int]]:
    """The accuser of a statement spoken by [start, end): the speaker itself, or, where the
    statement is attributed to a document or report ("according to credible reports", "a report
    by Human Rights Watch says"), the report's author named in its phrase ("reports by X", "X's
    report"), else None -- a report is no actor (PLOVER_MANUAL.tex, Actors)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return (start, end)
    root = span.root
    if root.pos_ not in ("NOUN", "PROPN") or not (
            noun_lemma(root) in lex.non_agent_nouns | lex.document_names or root.lower_ in lex.non_agent_nouns):
        return (start, end)
    author = _actor_inside(root, lex)
    return _actor_span(author) if author is not None else None


def _accusation_events(token: Token, sent: Span, lex: Lexicon, statements: StatementIndex,
                       text: str) -> list[Event]:
    """A speaker accusing or condemning an actor inside an attributed statement -> DISAPPROVE
    by the speaker against that actor, dated when the statement was made."""
    cue = _accusation_cue(token, lex)
    if cue is None:
        return []
    predicate = token.head if token.dep_ in ("attr", "acomp", "prep") else token
    if _negated(predicate, lex) or _negated(token, lex):
        return []
    statement = statements.at(token.idx)
    if statement is not None:
        speaker_span = (_accuser_span(token.doc, statement.speaker_start, statement.speaker_end, lex)
                        if statement.speaker_start is not None else None)
        date, rule = statement.date, f"accusation '{token.lemma_}' in a statement"
        if speaker_span is None:
            rule += " of a document (its author unnamed)"
    else:
        # no statement record (base model only): the subject of a governing reporting verb
        speaker = _speaker_of(predicate, lex)
        if speaker is None or not _is_actor(speaker, lex):
            return []
        speaker_span = _actor_span(speaker)
        date, rule = None, f"accusation '{token.lemma_}' under a reporting verb"
    accused = _accused_of(token, lex)
    if not accused:
        return []
    return _direct_events(sent, cue, "DISAPPROVE", "accuse", [], accused, "asserted", 0.6, rule, text,
                          date=date, source_spans=[speaker_span])


def _timex_heads(doc: Doc) -> list[tuple[tuple[int, ...], object]]:
    """(path, timex) for each time expression of ``doc``: the token indices from its head up
    through the heads to its clause's verb or auxiliary, the root, or six tokens, whichever
    comes first. Built once per doc; ``_timex_for`` reads it for every trigger."""
    heads = []
    for timex in doc._.ng_timexes or []:
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is not None and len(span):
            node, path = span.root, []
            for _ in range(6):
                path.append(node.i)
                if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
                    break
                node = node.head
            heads.append((tuple(path), timex))
    return heads


def _actor_identity(doc: Doc, start: Optional[int], end: Optional[int], text: Optional[str]) -> Optional[str]:
    """The entity key of the mention at an actor span (coreference has run), else its words."""
    if start is None:
        return None
    for mention in doc._.ng_mentions or []:
        if mention.entity_key and mention.start < end and start < mention.end:
            if (mention.start < start or end < mention.end) and mention.type == "place":
                # "North" of the one place the NER made of "North and South Korea": its own state
                member = member_code(doc, start, end)
                if member is not None and member.acts_for:
                    return f"country:{member.acts_for}"
            return mention.entity_key
    return _actor_words(text)


def record_identity(event: Event, side: str) -> Optional[str]:
    """``_actor_identity`` on a record, where no Doc is left: the linked entity key of the
    ``side`` ("source" | "target"), else its words, else None."""
    return getattr(event, f"{side}_key") or _actor_words(getattr(event, f"{side}_text")) or None


def _actor_words(text: Optional[str]) -> str:
    """An actor's words, lower case, without articles: "the Ministry" and "Ministry" agree."""
    words = (text or "").lower().replace("\n", " ").split()
    return " ".join(w for w in words if w not in ("the", "a", "an"))


PROMISED_ACT_RULE = "actor inside the promised act"
# the explanation's note when a readout's "they"/"the two leaders" is taken as its meeting's two
# sides (resolve_participants); _internal_interaction reads it back
MEETING_SIDES_NOTE = "the participants of the meeting '"


def _own_promise(event: Event) -> Event:
    """A promise or threat whose act falls on the source's own side ("Kostunica promised to
    democratize Serbia") is still made, to no one named: the target the act named is cleared."""
    return dataclasses.replace(
        event, target_text=None, target_start=None, target_end=None, target_key=None,
        target_affiliation_key=None, target_acts_for=None, target_sector=None,
        explanation=(event.explanation or "").replace(f"target={PROMISED_ACT_RULE}", "target=none (the promised act is on its own side)"))


def _self_targeted(doc: Doc, event: Event) -> bool:
    """Check distinct-actors: an event aimed at its own source ("the President emphasized both the
    US and China need to ..." -> no DEMAND US -> US) is no interaction; PLOVER codes an act between
    a source and a different target. Identity is the coreference key, else the span's words."""
    if event.source_start is None or event.target_start is None:
        return False
    source = _actor_identity(doc, event.source_start, event.source_end, event.source_text)
    target = _actor_identity(doc, event.target_start, event.target_end, event.target_text)
    if not source or not target:
        return False
    if source != target:
        # a person or body of the state the target names ("President Biden emphasized that both
        # the United States and China need to ...": Biden acts for the United States)
        entities = doc._.ng_entities or {}
        record, state = entities.get(source), entities.get(target)
        if state is None or not state.code:
            return False
        holds_office = any(r.person_key == source and r.of_key == target for r in doc._.ng_roles or [])
        if not holds_office and (record is None or record.country != state.code
                                 or record.type not in ("person", "organization")):
            return False
    # the target must be the actor itself, by name: "the Cuban government ... the Cuban people" share
    # a country key but are two actors (government and civilians)
    span = _target_span(doc, event)
    words = [t for t in span if t.pos_ not in ("DET", "PUNCT")] if span is not None else []
    return bool(words) and all(t.ent_type_ in ACTOR_ENT_LABELS - {"NORP"} for t in words)


def merge_mentions(doc: Doc, events: list[Event]) -> list[Event]:
    """One happening, one event. Within a sentence, events of one type by the same source whose
    targets agree (or one lacks a target) are one act told twice ("Police opened fire, killing
    two"; "Workers marched to protest pension cuts"). Across the article, events of one type
    between the same actors with no conflicting dates are one act mentioned again; the first
    mention is kept and every sentence is added to its ``evidence_spans``."""
    return merge_repeated(events, lambda e, side: (_merge_identity if side == "target" else _actor_identity)(
        doc, getattr(e, f"{side}_start"), getattr(e, f"{side}_end"), getattr(e, f"{side}_text")))


def _merge_identity(doc: Doc, start: Optional[int], end: Optional[int], text: Optional[str]) -> Optional[str]:
    """``_actor_identity`` of a target for merging mentions, where the key must be the target's own: a mention
    inside the span that only modifies another name does not stand for it. "designated the Russian
    Federation's Federal Security Service" names the FSB, not Russia (the owner in a possessive);
    "the Kremlin's Federal Security Service" likewise. When the span's head word is a proper noun
    outside every keyed mention, or the keyed mention covering part of the span is its possessive
    owner, the actor is its words, so a designation of a named agency is not folded into a general
    measure on its state ("impose severe costs on the Government of the Russian Federation")."""
    identity = _actor_identity(doc, start, end, text)
    if start is None or end is None or identity is None:
        return identity
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return identity
    root = span.root
    keyed = [m for m in doc._.ng_mentions or [] if m.entity_key and m.start < end and start < m.end]
    for mention in keyed:
        if mention.start <= root.idx < mention.end:
            return mention.entity_key  # the head word is inside a keyed mention: that mention is the actor
    owner = any(t.dep_ == "poss" and t.head.i == root.i and any(m.start <= t.idx < m.end for m in keyed)
                for t in span)
    counted = root.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in root.children)
    if root.pos_ == "PROPN" or owner or counted:
        # (a count sets a group apart from the body its "of" phrase names: visa restrictions "on
        # 511 officers of the Russian Federation military" and "on 18 Russian Federation nationals"
        # are two measures)
        return _actor_words(text)
    return identity


def merged_mentions(event: Event) -> list[Event]:
    """The other mentions ``merge_repeated`` folded into ``event`` (text order of merging;
    ``Event.merged_mentions``, a field never stored), as a list: the linker links each of them too
    and picks the event's face among those its checks keep (``linking.fold_mentions``)."""
    return list(event.merged_mentions)


def _absorb(face: Event, mention: Event) -> None:
    """``mention`` is one more telling of ``face``'s happening: kept with it, not discarded, so
    a face the post-link checks drop does not take a mention they would keep down with it."""
    face.merged_mentions = (*face.merged_mentions, mention, *mention.merged_mentions)
    mention.merged_mentions = ()


def with_merged_mentions(events: list[Event]) -> list[Event]:
    """Each event followed by its ``merged_mentions`` (what later components date and link)."""
    return [m for e in events for m in (e, *e.merged_mentions)]


def _adjoining(a_start: Optional[int], a_end: Optional[int], b_start: Optional[int], b_end: Optional[int]) -> bool:
    """Two actor spans (chars) that overlap or are one space apart ("Director of the Office Cedric
    Richmond"): one mention, not conjuncts (those have a comma or "and" between them)."""
    if None in (a_start, a_end, b_start, b_end):
        return False
    return a_start <= b_end + 1 and b_start <= a_end + 1


def _one_actor_told_twice(a: Event, b: Event, same_source: bool, same_target: bool) -> bool:
    """``a`` and ``b`` have one trigger token and agree on one actor, and the other actor of each is
    one mention told two ways (``_adjoining`` spans): one act stored twice."""
    if a.trigger_start != b.trigger_start or a.type != b.type:
        return False
    if same_source and a.source_text and not same_target:
        return _adjoining(a.target_start, a.target_end, b.target_start, b.target_end)
    if same_target and a.target_text and not same_source:
        return _adjoining(a.source_start, a.source_end, b.source_start, b.source_end)
    return False


def _names_person(event: Event, other: Event, source, target, o_source, o_target) -> bool:
    """On the side where ``event`` and ``other`` differ, ``event``'s actor is a person's key and
    ``other``'s is not (an office title, a description)."""
    mine, theirs = (source, o_source) if source != o_source else (target, o_target)
    return str(mine or "").startswith("person:") and not str(theirs or "").startswith("person:")


def _dated_apart(a: Event, b: Event) -> bool:
    """Both mentions dated by their text (not the publication) on days or periods that cannot be
    one ("2021-03-01" / "2021-03-02"; not "2021-03" / "2021-03-02"): two acts, not one told twice
    (two meetings of one pair on different days; ``event_dates.split_other_occurrences`` does the
    same in one Doc, where the dates come after this merge)."""
    return a.date_source == "text" and b.date_source == "text" and not dates_can_coincide(a, b)


def merge_repeated(events: list[Event], identity) -> list[Event]:
    """``merge_mentions`` with the actors' identity given by ``identity(event, "source" |
    "target")`` (an entity key or normalised text, or None): also used on records, where no Doc
    is left (windows of a long text, ``pipeline.merge_extractions``)."""
    kept: list[Event] = []
    identities: list[tuple] = []
    # mentions whose trigger has another source beside theirs ("The United States and Germany
    # express support"): one of a joint act's co-actors
    sources_at: dict[tuple, set] = {}
    for event in events:
        sources_at.setdefault((event.sentence_start, event.trigger_start, event.type), set()).add(identity(event, "source"))
    joint = {id(e) for e in events if len(sources_at[(e.sentence_start, e.trigger_start, e.type)]) > 1}
    for event in events:
        source, target = identity(event, "source"), identity(event, "target")
        span = (event.sentence_start, event.sentence_end)
        merged = False
        for index, (other, (o_source, o_target)) in enumerate(zip(kept, identities)):
            if other.type != event.type or (other.status == "negated") != (event.status == "negated"):
                continue
            same_sentence = other.sentence_start == event.sentence_start
            if same_sentence and _one_actor_told_twice(other, event, o_source == source, o_target == target):
                # one trigger, one doer, and the other actor named twice over (a title and the name it
                # precedes, a phrase and a part of it): one act, its face the mention naming a person
                # (the name, not the office title before it); linking keeps the better-resolved face
                if _names_person(event, other, source, target, o_source, o_target):
                    event.evidence_spans = list(other.evidence_spans)
                    event.confidence = max(event.confidence, other.confidence)
                    kept[index], identities[index] = event, (source, target)
                    _absorb(event, other)
                else:
                    _absorb(other, event)
                merged = True
            elif o_source != source:
                continue
            elif same_sentence and source is not None and (o_target == target or o_target is None or target is None):
                if (o_target is None and target is not None) or (
                        o_target == target and event.type == "AGREE" and event.mode and not other.mode):
                    # the mention naming the target is the better main record; of two naming it,
                    # the one that says which act is promised (PLOVER AGREE's mode: "will begin his
                    # trip in Brussels ..., meet with EU counterparts" is consult:meet)
                    event.evidence_spans = list(other.evidence_spans)
                    event.confidence = max(event.confidence, other.confidence)
                    kept[index], identities[index] = event, (source, target)
                    _absorb(event, other)
                else:
                    _absorb(other, event)
                merged = True
            elif not same_sentence and o_target == target and (source or target) \
                    and not (other.date and event.date and other.date[:7] != event.date[:7]) \
                    and not _dated_apart(other, event) \
                    and not (target is None and (id(event) in joint or id(other) in joint)):
                # (two recipient-less mentions in different sentences, one of them a joint act with
                # co-actors, are two acts: "Germany supports ..." then "The United States and
                # Germany express support ...": merged, the joint act would lose Germany)
                if span not in other.evidence_spans:
                    other.evidence_spans.append(span)
                other.confidence = max(other.confidence, event.confidence)
                if event.type == "AGREE" and event.mode and not other.mode:
                    # the mention that says which act is promised is the better main record ("The
                    # two countries reaffirmed their commitments ... The two delegations agreed to
                    # meet again in Washington in January 2024": AGREE, mode consult:meet; PLOVER
                    # AGREE's mode is the act agreed to)
                    event.evidence_spans = [span] + [s for s in other.evidence_spans if s != span]
                    event.confidence = other.confidence
                    kept[index] = event
                    _absorb(event, other)
                else:
                    _absorb(other, event)
                merged = True
            if merged:
                break
        if not merged:
            event.evidence_spans = event.evidence_spans or [span]
            kept.append(event)
            identities.append((source, target))
    return kept


def _named_at(doc: Doc, start: Optional[int], end: Optional[int]) -> bool:
    """A mention of a named entity (coreference has run: pronouns and titles that stand for one
    count) overlaps the span."""
    if start is None or end is None:
        return False
    return any(m.entity_key and m.start < end and start < m.end for m in doc._.ng_mentions or [])


# sector nouns that still name no one: a lone "group", "members", "people" could be anybody
VAGUE_ACTOR_NOUNS = EVENT_WORDS.vague_actor_nouns

_DETERMINERS = {"the", "both", "two", "three", "four", "all", "their", "its", "these", "those", "our"}


def _participant_noun(event_text: Optional[str], lex: Lexicon) -> bool:
    """"the two leaders", "both sides", "their teams": a plural noun for a meeting's participants."""
    words = (event_text or "").lower().split()
    if not words or any(w not in _DETERMINERS for w in words[:-1]) or not words[-1].endswith("s"):
        return False
    noun = words[-1]
    if noun[:-1] in lex.participant_nouns or noun[:-2] in lex.participant_nouns \
            or (noun.endswith("ies") and noun[:-3] + "y" in lex.participant_nouns):
        return True
    # "the two countries", "both governments": the states of a meeting's two sides, only with the
    # count ("the countries" alone could be any states the article names)
    singular = noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]
    return singular in lex.participant_state_nouns and bool({"two", "both"} & set(words[:-1]))


# the participants themselves as the target of their joint act
_MUTUAL_TARGET = re.compile(r"^(?:each other|one another|(?:our|the|both|their)(?: two)? "
                            r"(?:countries|governments|nations|peoples|sides))$")


def _participants_pronoun(event: Event, meeting: Event, sentence_starts: list[int],
                          chain: Optional[set[int]] = None, doc: Optional[Doc] = None,
                          they: Optional[set[int]] = None) -> bool:
    """"They" as the subject of a sentence at most two sentences after a meeting between two
    named sides ("President Biden spoke with President López Obrador ... They agreed to continue
    close cooperation", "In the Americas, they agreed ..."), or further on while every sentence
    between keeps the participants as its subject ("The two leaders reiterated ... They agreed
    ...": the subject continues the topic, Grosz, Joshi & Weinstein 1995): the readout's
    participants, the way "the two leaders" is. ``chain`` holds the indices of sentences whose
    subject is "they" or a participant noun (``_participant_subject_sentences``), ``they`` those
    whose subject is "they"."""
    if (event.source_text or "").lower() != "they" or event.source_start is None:
        return False
    if event.source_start != event.sentence_start and not _first_subject(doc, event):
        return False
    import bisect

    here = bisect.bisect_right(sentence_starts, event.sentence_start) - 1
    there = bisect.bisect_right(sentence_starts, meeting.sentence_start) - 1
    if here <= there:
        return False
    if doc is not None and here - there > 2:
        # a sentence whose main-clause subject is one side of the meeting by name ("National
        # Security Advisor Sullivan underscored ...") keeps the meeting as the topic as well
        chain = set(chain or ()) | _side_subject_sentences(doc, meeting, there, here)
    # linked: within two sentences of the meeting, or right after a linked sentence whose
    # subject is the participants again ("The two leaders reiterated ... They agreed ...")
    linked = there
    for index in range(there + 1, here):
        if index - there <= 2 or (index in (chain or ()) and (index - 1 == linked or index not in (they or ()))):
            # (a participant noun, "the two leaders", stands for the participants at any distance)
            linked = index
    return here - there <= 2 or (here - 1 == linked and linked in (chain or ()))


def _side_subject_sentences(doc: Doc, meeting: Event, first: int, last: int) -> set[int]:
    """Indices of the sentences strictly between ``first`` and ``last`` whose main-clause subject
    ends in the last word of one side of ``meeting`` ("Sullivan" of "National Security Advisor
    Jake Sullivan")."""
    names = {(text or "").split()[-1].strip(".,’'s").lower() for text in (meeting.source_text, meeting.target_text)
             if (text or "").split()}
    found = set()
    for index, sent in enumerate(doc.sents):
        if index >= last:
            break
        if index <= first:
            continue
        subjects = [c for c in sent.root.children if c.dep_ in SUBJECT_DEPS]
        if subjects and subjects[0].pos_ == "PROPN" and subjects[0].lower_ in names:
            found.add(index)
    return found


def _first_subject(doc: Optional[Doc], event: Event) -> bool:
    """Whether the event's source is the subject of its sentence's main clause, no subject before
    it ("In the Americas, they agreed ..."; not "..., because they criticized the regime")."""
    if doc is None:
        return False
    span = doc.char_span(event.source_start, event.source_end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    token = span[0]
    if token.dep_ != "nsubj" or token.head.dep_ != "ROOT":
        return False
    return not any(t.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for t in token.sent if t.i < token.i)


def _co_subject_sides(doc: Doc, events: list[Event]) -> list[Event]:
    """For each sentence whose main-clause subject is two named actors joined by "and" ("Under
    Secretary Nuland and Deputy Secretary General Mora welcomed ..."), a stand-in for a meeting
    between them (the first as source, the second as target), in text order: the participants
    a following "they" or "the two sides" refers to. Only the spans and sentence are meaningful."""
    pairs = []
    text = doc_text(doc)
    for sent in doc.sents:
        subject = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "PROPN":
            continue
        sides = _with_conjuncts(subject)  # (also a co-subject the parser hung on the subject as a modifier)
        if len(sides) != 2 or any(side.pos_ != "PROPN" for side in sides):
            continue
        first, second = _actor_span(sides[0]), _actor_span(sides[1])
        if not (_named_at(doc, *first) and _named_at(doc, *second)) or first[1] > second[0]:
            continue
        pairs.append(dataclasses.replace(
            events[0], sentence_start=sent.start_char, sentence_end=sent.end_char, trigger=sent.root.text,
            trigger_start=sent.root.idx, trigger_end=sent.root.idx + len(sent.root.text),
            source_start=first[0], source_end=first[1], source_text=text[first[0]:first[1]],
            target_start=second[0], target_end=second[1], target_text=text[second[0]:second[1]],
            evidence_spans=[]))
    return pairs


def _participant_subject_sentences(doc: Doc, lex: Lexicon) -> tuple[set[int], set[int]]:
    """Indices of the sentences whose main-clause subject names a meeting's participants without
    a name ("they", "the two leaders", "both sides", "the two"), and of those where it is "they"."""
    chain, they = set(), set()
    for index, sent in enumerate(doc.sents):
        subjects = [c for c in sent.root.children if c.dep_ in SUBJECT_DEPS]
        if not subjects:
            continue
        subject = subjects[0]
        words = " ".join(t.lower_ for t in subject.subtree if not t.is_punct)
        if words in ("they", "the two", "both", "the two sides", "both sides") or _participant_noun(words, lex):
            chain.add(index)
        if words == "they":
            they.add(index)
    return chain, they


def _restated_commitment(event: Event) -> bool:
    """Whether the event's trigger ends in a commitment noun (``_commitment_trigger``)."""
    return _commitment_trigger(event.trigger)


def _commitment_trigger(trigger: Optional[str]) -> bool:
    """Whether a trigger text ends in a commitment noun ("reaffirmed commitment",
    "underscored commitments", "dedication"; event_detection.yaml commitment_words)."""
    words = (trigger or "").lower().split()
    if not words:
        return False
    noun = words[-1][:-1] if words[-1].endswith("s") else words[-1]
    return noun in detection_lexicon()["commitment_words"] and not noun.endswith("ed")  # a noun, not "committed"


def _headed_delegation(verb: Token) -> Optional[Token]:
    """The delegation a verb of leading heads as its object ("X led the Cuban delegation", actor_heads.yaml
    ``delegation_heads`` / ``leading_verbs``), else None. With a destination ("led a congressional
    delegation to Kyiv") it is a trip, no side of a meeting: None."""
    nouns, verbs = delegation_words()
    if verb.lemma_.lower() not in verbs or "to" in _preps(verb):
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lower_ in nouns), None)


def _delegation_country(noun: Token) -> Optional[str]:
    """The one state a delegation noun's own modifiers name ("the U.S. interagency delegation",
    "the Cuban delegation"), as alpha-3, else None."""
    codes = set()
    for token in noun.lefts:
        country = lookup_country(token.text) if token.ent_type_ in ("NORP", "GPE") else None
        if country is not None:
            codes.add(country.alpha3)
    return next(iter(codes)) if len(codes) == 1 else None


def _delegation_leaders(doc: Doc) -> list[tuple[int, str, Token, Token]]:
    """(sentence index, state, subject, verb) for each "X led the <state> delegation" in the doc,
    in text order (the first subject of co-leaders: "A, B, and C jointly led the U.S. delegation")."""
    nouns, verbs = delegation_words()
    leaders = []
    for index, sent in enumerate(doc.sents):
        for token in sent:
            if token.lower_ not in nouns or token.dep_ not in ("dobj", "obj"):
                continue
            verb = token.head  # (a delegation led "to Geneva" for the talks is a side there too)
            if verb.lemma_.lower() not in verbs:
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            state = _delegation_country(token)
            if subject is None or state is None or subject.pos_ not in ("PROPN", "NOUN"):
                continue
            leaders.append((index, state, subject, verb))
    return leaders


def pair_delegation_leaders(doc: Doc, events: list[Event]) -> list[Event]:
    """"Emily Mendrala led the U.S. interagency delegation, and Carlos Fernandez de Cossio led the
    Cuban delegation": a readout names each side of a bilateral meeting by the leader of its
    delegation. Leading one's own delegation is CAMEO 036 "lead + delegation", coded CONSULT when
    told as done; the meeting's other side is the leader of the other state's delegation named in
    the same sentence, else the nearest one within two sentences ("Wendy R. Sherman led a U.S.
    interagency delegation ... Russian Deputy Foreign Minister Sergey Ryabkov led the Russian
    delegation."): PLOVER CONSULT between the two. Only a leader with no target is paired; a
    delegation of no named state, a trip ("led a delegation to Kyiv") or a readout naming one
    delegation only keeps its event as it was."""
    if not any(e.type == "CONSULT" and e.target_start is None and e.source_start is not None
               and "delegation" in (e.trigger or "").lower() for e in events):
        return events
    leaders = _delegation_leaders(doc)
    if len({state for _i, state, _s, _v in leaders}) < 2:
        return events
    text = doc_text(doc)
    out = []
    for event in events:
        own = next((entry for entry in leaders if entry[3].idx == event.trigger_start), None)
        if event.type != "CONSULT" or event.target_start is not None or event.source_start is None or own is None \
                or _headed_delegation(own[3]) is None:
            out.append(event)
            continue
        others = [entry for entry in leaders if entry[1] != own[1] and abs(entry[0] - own[0]) <= 2]
        if not others:
            out.append(event)
            continue
        other = min(others, key=lambda entry: (abs(entry[0] - own[0]), abs(entry[3].i - own[3].i)))
        start, end = _actor_span(other[2])
        copy = dataclasses.replace(event, evidence_spans=list(event.evidence_spans))
        copy.target_start, copy.target_end, copy.target_text = start, end, text[start:end]
        note = f"the leader of the other delegation ('{other[3].text} the {other[1]} delegation' at {other[3].idx})"
        explanation = copy.explanation or ""
        copy.explanation = explanation.replace("target=none", f"target={note}", 1) if "target=none" in explanation \
            else f"{explanation}; target '{copy.target_text}' -> {note}"
        out.append(copy)
    return out


def resolve_participants(doc: Doc, events: list[Event], lex: Lexicon) -> list[Event]:
    """"President A met Prime Minister B ... The two leaders welcomed the report": a plural
    participant noun ("the two leaders", "both sides") that no entity names stands for the
    participants of the latest meeting (CONSULT with both sides) reported before it. A
    meeting-type act or a joint commitment with no third party (CONSULT, COOPERATE, AGREE) is
    one event from the first participant to the second; a meeting's joint act towards a third
    party is one event from the first participant (a compound actor listing its members; the
    explanation names both), but the act of a "they" standing for named co-subjects is one event
    per co-subject, as the co-subjects' own acts are (POLECAT: once per source-target pair); any
    other joint act, one event per participant."""
    out: list[Event] = []
    meeting: Optional[Event] = None
    held: Optional[Event] = None  # the latest meeting reported as an event (not co-subjects)
    sentence_starts = [sent.start_char for sent in doc.sents] if events else []
    chain, they = _participant_subject_sentences(doc, lex) if any(
        (e.source_text or "").lower() == "they" for e in events) else (set(), set())
    co_subjects = _co_subject_sides(doc, events) if events else []
    stand_ins = {id(pair) for pair in co_subjects}  # (stand-ins for co-subjects, not reported meetings)
    for event in events:
        while co_subjects and co_subjects[0].sentence_start < event.sentence_start:
            # two named co-subjects ("Under Secretary Nuland and Deputy Secretary General Mora
            # welcomed ...") are the participants "they" and "the two sides" stand for next
            pair = co_subjects.pop(0)
            if meeting is None or meeting.sentence_start < pair.sentence_start:
                meeting = pair
        if event.type == "CONSULT" and event.source_start is not None and event.target_start is not None \
                and _named_at(doc, event.source_start, event.source_end) \
                and _named_at(doc, event.target_start, event.target_end) \
                and not _participant_noun(event.source_text, lex):
            meeting = event
            if all(_names_beyond_title(text) for text in (event.source_text, event.target_text)):
                held = event  # (a bare title, "President", is no side to hand on)
        other = _other_side(doc, event, held, lex)
        if other is not None:
            # "Vice President Harris met with President Herzog ... The Vice President also emphasized
            # the importance of protecting civilians": one side stressing an act in a readout asks
            # the other (event_detection.yaml emphasised_importance); "Sherman spoke with Landa ...
            # In addition to discussing ..., Sherman commended ...": one side's talks or promise with
            # no party named are with the other
            copy = dataclasses.replace(event, evidence_spans=list(event.evidence_spans))
            copy.target_start, copy.target_end, copy.target_text = other
            copy.explanation = (copy.explanation or "") + f"; target '{other[2]}' -> the other side of the " \
                f"meeting '{held.trigger}' at {held.trigger_start}"
            out.append(copy)
            continue
        if meeting is None or meeting.sentence_start == event.sentence_start \
                or not (_participant_noun(event.source_text, lex)
                        or _participants_pronoun(event, meeting, sentence_starts, chain, doc, they)) \
                or _named_at(doc, event.source_start, event.source_end):
            out.append(event)
            continue
        sides = [(meeting.source_start, meeting.source_end, meeting.source_text),
                 (meeting.target_start, meeting.target_end, meeting.target_text)]
        note = f"; source '{event.source_text}' -> {MEETING_SIDES_NOTE}{meeting.trigger}' " \
               f"at {meeting.trigger_start}"
        mutual = bool(_MUTUAL_TARGET.match(" ".join((event.target_text or "").lower().split())))
        if event.target_start is None and event.type not in lex.symmetric_types | lex.joint_commitment_types \
                and _restated_commitment(event):
            # "The two leaders reaffirmed their commitment to combatting the pandemic": a commitment
            # the participants restate together, with no third party, is their joint promise (PLOVER
            # AGREE "agree to, promise ... to cooperate", between the parties; as "reiterated their
            # commitment" already is), one act between them, not two acts towards nobody
            event = dataclasses.replace(event, type="AGREE", mode=None, evidence_spans=list(event.evidence_spans))
            note += " (a commitment they restate together: AGREE between them)"
        if event.type in lex.symmetric_types | lex.joint_commitment_types and (event.target_start is None or mutual):
            # ("They agreed to continue close cooperation between our two governments": with each other)
            pairs = [(sides[0], sides[1])]
        elif event.target_start is not None and id(meeting) in stand_ins:
            # "Nuland and Mora welcomed ... They condemned the Kremlin's war": "they" for named
            # co-subjects acts as those co-subjects do in the event layer ("Chile, Norway and Japan
            # welcome ...": POLECAT, once per source-target pair): each toward the target
            pairs = [(side, None) for side in sides]
            note += f" (both '{sides[0][2]}' and '{sides[1][2]}': one event per co-subject)"
        elif event.target_start is not None:
            # a joint act of a meeting's participants towards a third party ("the two leaders
            # welcomed the announcement"): the readout's joint act, one event whose actor lists
            # every member; a one-source record keeps the first participant and names both in its
            # explanation
            pairs = [(sides[0], None)]
            note += f" (both '{sides[0][2]}' and '{sides[1][2]}': one joint act)"
        else:
            pairs = [(side, None) for side in sides]
        for source, target in pairs:
            copy = dataclasses.replace(event, evidence_spans=list(event.evidence_spans))
            copy.source_start, copy.source_end, copy.source_text = source
            if target is not None:
                copy.target_start, copy.target_end, copy.target_text = target
            copy.explanation = (copy.explanation or "") + note
            out.append(copy)
    return out


@functools.lru_cache(maxsize=1)
def sector_agents() -> dict[str, str]:
    """Phoenix sector agents (``lexicons/phoenix_agents.json``): noun -> sector code."""
    path = Path(__file__).resolve().parent / "lexicons" / "phoenix_agents.json"
    return json.loads(path.read_text(encoding="utf-8"))["agents"]


def _stands_for_actor(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """A lone actor an analyst can place: a named entity (or a pronoun or title coreference
    resolved to one), a proper name, or a Phoenix sector agent noun ("police", "workers",
    "protesters", "the president"), which says which sector acts though no name is given."""
    if _named_at(doc, start, end):
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if root.pos_ == "PRON":
        return False  # a pronoun coreference could not resolve ("we could not complain")
    # the noun with its modifiers and "of" phrase: "Leaders of the Azadliq coalition", "a group
    # of Chechen refugees" (not a topic further down: "a group on the affair of the Council")
    phrase = [root] + [t for c in root.children if c.dep_ in ("compound", "amod", "nmod", "poss", "appos")
                       for t in c.subtree]
    phrase += [t for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
               for o in c.children if o.dep_ == "pobj" for t in [o, *o.children] if t.dep_ != "prep"]
    if any(t.ent_type_ in ACTOR_ENT_LABELS or t.pos_ == "PROPN" for t in phrase):
        return True
    agents = sector_agents()
    for token in phrase:
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN":
            continue
        if lemma in lex.lone_actor_nouns or lemma in agents or token.lower_ in agents:
            return True
        if lemma in lex.actor_nouns and lemma not in lex.participant_nouns and lemma not in VAGUE_ACTOR_NOUNS:
            return True  # the project's CAMEO sector nouns: prisoners, refugees, militants ...
    words = [t.lemma_.lower() for t in span if not t.is_punct]
    return " ".join(words[-2:]) in agents


def _outlet_voice(doc: Doc, span: Span) -> bool:
    """"we" / "our" in the release of an outlet that speaks for a state ("The White House",
    "U.S. Department of State"), outside quotes: the linker resolves it to that state
    (``linking._resolve_actor``), so it names an actor an analyst can place."""
    from newsgraph.resolve.actors import first_person_plural

    if span is None or span.text.lower() not in first_person_plural() or not _state_channel(doc):
        return False
    return not any(s.content_start <= span.start_char < s.content_end for s in doc._.ng_statements or [])


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
        if _private_exchange(event, political):
            # check political-actor failed: civilians, firms, media or schools of a state meeting,
            # cooperating or agreeing among themselves ("the Chinese people agree with the
            # international community", "host communities that have welcomed them"): the state
            # they belong to places them, but no side is a political actor
            _reject(event)
            continue
        event.explanation = (event.explanation or "") + f"; checks passed: {POLITICAL_ACTOR_CHECK}{note}"
        kept.append(event)
    return kept


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


def _state_channel(doc: Optional[Doc]) -> bool:
    """Whether the article is a state institution's own release (``resolve.actors.outlet_identity``)."""
    from newsgraph.resolve.actors import outlet_identity, state_institution_code

    return doc is not None and state_institution_code(outlet_identity(doc._.ng_outlet))


def _own_organ_target(event: Event) -> bool:
    """A state's executive acting on an executive organ of the same state ("We commend the
    Department of Justice", "Trump asked the National Security Council"; event_detection.yaml
    own_organ_nouns): administration inside one government, no interaction between actors."""
    words = detection_lexicon()
    if event.type not in words["internal_types"] or not event.source_acts_for:
        return False
    target_words = [w.strip(",.;:()").lower() for w in (event.target_text or "").split()]
    if event.target_acts_for is None and not event.target_key and event.source_sector in words["executive_sectors"] \
            and any(w in words["domestic_organ_markers"] for w in target_words) \
            and any(w in words["own_organ_nouns"] for w in target_words) \
            and (event.target_text or "").islower():
        # "ONDCP has convened federal government departments and agencies to develop ... the Plan":
        # unnamed organs of the source's own government ("federal", "interagency"), no other state's
        return True
    if event.source_acts_for != event.target_acts_for:
        return False
    if event.source_sector not in words["executive_sectors"] or event.target_sector not in words["executive_sectors"]:
        return False
    return any(w in words["own_organ_nouns"] for w in target_words)


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
        key = mention.entity_key
        other = key.split(":", 1)[1].upper() if key.startswith("country:") else getattr(entities.get(key), "acts_for", None)
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
    Investment Fund") is left an actor."""
    if doc is None or not (event.target_key or "").startswith("org:"):
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
    actor or state the source acts for."""
    if (event.target_text or "").strip().lower() not in OBJECT_PRONOUNS | {"our"}:
        return False
    state = event.target_key.split(":", 1)[1].upper() if (event.target_key or "").startswith("country:") else event.target_acts_for
    return bool(event.target_key and event.target_key == event.source_key) or bool(
        state and state == event.source_acts_for)



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


def linked_actor_check(events: list[Event], doc: Optional[Doc] = None) -> list[Event]:
    """Check linked-actors, on events whose actors the linker has resolved: a pronoun the linker
    could resolve to no entity ("It underscores ...", "we" in a transcript nobody speaks for) is
    no actor, so that side is left empty, and an event left with no actor is dropped; an event
    whose target is the very state its source acts for, by name, is dropped (distinct-actors
    after linking: "President Biden emphasized both the United States and China need to ..."
    is no DEMAND of the United States on itself; PLOVER codes an act between two actors)."""
    from newsgraph.resolve.actors import state_sectors

    kept = []
    for event in events:
        notes = []
        unresolved = {side: (getattr(event, f"{side}_text") or "").strip().lower() for side in ("source", "target")
                      if not getattr(event, f"{side}_key") and not getattr(event, f"{side}_acts_for")}
        if unresolved.get("source") == "it":
            continue  # check linked-actors failed: an unresolved "it" as the doer is a thing ("It underscores ...")
        if unresolved.get("source") in FIRST_PERSON_SINGULAR and doc is not None and not _state_channel(doc):
            # check linked-actors failed: an "I" nobody is found to be, outside a state
            # institution's own channel (where "I" is the signer), is a writer or a quoted
            # private person ("I support Obama" in a blog roundup): PLOVER's source is a
            # political actor an analyst can name, and no one here can be named
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
        if not event.source_text and not event.target_text:
            continue  # check linked-actors failed: no actor left
        if _background_clause(event, doc):
            # check not-background failed: who set up the thing a side clause describes, no
            # counterpart; a main-clause mention of the same happening may stand in its place
            continue
        state = event.target_key.split(":", 1)[1].upper() if (event.target_key or "").startswith("country:") else None
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
        if _internal_interaction(event, doc):
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
        if _foreign_state_measure(event):
            # a restriction a state or international body imposes on another state ("announced measures
            # to address the PRC's ... forced labor", "to prevent Russia from accessing its wealth fund",
            # "the IPC's decision to prevent Russia's and Belarus' athletes from competing") reduces
            # relations between them: PLOVER SANCTION ("All reductions in existing, routine, or
            # cooperative relations"; "International (political or economic) sanctions are coded as
            # 'discontinue'"; 'expel' from "a group, organization"), not COERCE, whose restrictions are
            # "Repression, restrictions on rights" within a state's reach
            notes.append(f"restriction on the foreign state {event.target_key.split(':', 1)[1].upper()}: SANCTION")
            event.type, event.mode = "SANCTION", "discontinue"
        event.explanation = (event.explanation or "") + f"; checks passed: {LINKED_ACTOR_CHECK}, {BACKGROUND_CHECK}" + \
            (f" ({'; '.join(notes)})" if notes else "")
        kept.append(event)
    return kept


FOREIGN_MEASURE_MODES = frozenset({"restrict", "ban"})


def _foreign_state_measure(event: Event) -> bool:
    """A COERCE 'restrict' or 'ban' whose recipient is a state itself (a ``country:`` key, not its
    people or a body of it) other than the one its source acts for, from a source the linker placed
    (a state, a state's organ or an international body): the measure of one state or body against
    another, PLOVER SANCTION. Physical closures (blockades, sieges: event_detection.yaml
    physical_restriction_words) stay COERCE 'restrict', which names them."""
    if event.type != "COERCE" or event.mode not in FOREIGN_MEASURE_MODES:
        return False
    if not (event.target_key or "").startswith("country:"):
        return False
    state = event.target_key.split(":", 1)[1].upper()
    if event.source_acts_for == state or event.source_key == event.target_key:
        return False
    if not event.source_acts_for and not (event.source_key or "").startswith("org:"):
        return False  # no source placed ("The E.O. is designed to prevent Russia ..."): whose measure is unknown
    words = detection_lexicon()["physical_restriction_words"]
    return not any(w.strip(",.;:").lower() in words for w in (event.trigger or "").split())


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


def _trigger_token(doc: Doc, event: Event) -> Optional[Token]:
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


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
            if event.status == "asserted":
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
    if clause.dep_ in ("ROOT", "conj") and participle.lemma_.lower() == "involve":
        auxes = [c for c in participle.children if c.dep_ in ("aux", "auxpass")]
        perfect = any(a.lemma_.lower() == "have" for a in auxes)
        present = any(a.lower_ in ("is", "are", "am") for a in auxes)
        dated = any(t.ent_type_ in ("DATE", "TIME") for t in participle.subtree)
        if (perfect or present) and not dated:
            return participle  # a standing record: what the subject has taken part in
    return None


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


NEG_RAISING_VERBS = frozenset({"think", "believe", "expect", "suppose"})  # "I don't think X" = "I think not X"


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
            if token.lemma_.lower() not in harm or token.tag_ != "VBG" or first.dep_ != "advcl" \
                    or first.head.i >= first.i or not any(c.lower_ == "," for c in first.head.children
                                                          if first.head.i < c.i < first.i):
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
    rejected_violence_nouns, rejection_words, opposition_words, opposed_conduct_nouns."""
    words = detection_lexicon()
    for event in events:
        if event.type != "REJECT":
            continue
        span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
        for word in span if span is not None else ():
            condemned = _condemned_nouns(word.lemma_.lower(), words)
            if not condemned:
                continue
            objects = [c for c in word.children if c.dep_ in ("dobj", "obj")]
            objects += [o for p in word.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj"]
            rejected = next((o for o in objects if noun_lemma(o) in condemned), None)
            if rejected is not None:
                # the mode "expressed opposition" takes (PLOVER ACCUSE 'disapprove') for an opposition
                event.type = "DISAPPROVE"
                event.mode = "criticize" if word.lemma_.lower() in words["rejection_words"] else "disapprove"
                event.explanation += (f"; type REJECT -> DISAPPROVE: '{word.lower_}' of the act "
                                      f"'{rejected.lower_}' condemns it ({COMPONENT} {VERSION})")
                break
    return events


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
    if table is None or event.mode is None or event.mode in table:
        return event.mode
    names = modes["names"].get(event.type, {})
    if event.type == "COERCE" and event.mode == "ban" and _censored_target(event):
        return "censor"
    return names.get(event.mode, names.get(event.mode.split(":", 1)[0]))


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


def _condemned_nouns(lemma: str, words: dict) -> frozenset:
    """The object nouns that make stance word ``lemma`` a condemnation (condemned_act_check): the
    violent acts for a rejection word, those and the nouns of conduct for an opposition word, else
    none. Lists: event_detection.yaml rejection_words / rejected_violence_nouns, opposition_words /
    opposed_conduct_nouns."""
    if lemma in words["rejection_words"]:
        return frozenset(words["rejected_violence_nouns"])
    if lemma in words["opposition_words"]:
        return frozenset(words["rejected_violence_nouns"]) | frozenset(words["opposed_conduct_nouns"])
    return frozenset()


# The parts of speech ``_match_trigger`` takes (its first test); ``_obligation_demand`` takes only
# a token in ``_complement_heads`` (the first test of ``_is_reporting``).
_TRIGGER_POS = frozenset((VERB, ADJ, AUX))


def find_events(doc: Doc) -> list[Event]:
    """All PLOVER events in ``doc``, in text order."""
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
                    and pos[i] not in _TRIGGER_POS and i not in complement_heads:
                continue
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
            if pos[token.i] not in _TRIGGER_POS and token.i not in complement_heads:
                continue  # the two gates below, read without calling them (asked of every token)
            trigger = _obligation_demand(token, lex) or _quoted_obligation(token, lex) or _match_trigger(token, lex)
            if trigger is None or trigger.token.i in seen_predicates:
                continue
            seen_predicates.add(trigger.token.i)
            # a purpose verb inside the frame ("summoned the envoy *to protest*") is no event of its own
            seen_predicates.update(w.i for w in trigger.words if w.pos_ == "VERB")
            events.extend(_build_events(trigger, sent, lex, timex_heads, text))
        events.extend(_obliged_act_events(sent, seen_predicates, events[first_event:], lex, timex_heads, text))
        header_end = _list_header_end(sent)
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


@Language.factory(COMPONENT, requires=["doc.sents"], assigns=["doc._.ng_events"])
def make_events_component(nlp: Language, name: str):
    """spaCy factory: the component sets ``doc._.ng_events``."""
    load_lexicon()

    def annotate(doc: Doc) -> Doc:
        doc._.ng_events = find_events(doc)
        return doc

    return annotate


def _verbs_of_heading() -> dict:
    """Verb lemmas whose subject heads their object ("lead", "head", "chair": the title lexicon's)."""
    from newsgraph.nlp.roles import title_lexicon

    return title_lexicon().verbs_of_heading
