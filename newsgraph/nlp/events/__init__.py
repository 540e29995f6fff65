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
   speaker, under "claimed"/"alleged", or marked "reportedly"; not in a clause outside the
   report's content: ``_reports_on``; not where a state's own release or a speaker of the doer's
   own state reports its government's act: ``own_reports``); otherwise asserted.
   A pronoun subject inside reported speech takes the speaker when they agree ("Syria says it
   will ..." -> Syria; "He dismissed ..., IRNA reported" keeps "He" for coreference).
   PLOVER convention: an offer or promise of a cooperative act is AGREE, a stated intention to
   do a hostile act is THREATEN (also a hostile act noun promised, pledged or vowed: "Iran
   promised strikes against Israel", ``_promised_noun_act``), a refusal is REJECT; the
   underlying act stays as the mode. A
   warning of a hostile act carried on or conditioned is a threat made when told, asserted
   (``threats_made``).
4. **Date** from a ``doc._.ng_timexes`` expression attached to the trigger's clause, and
   **location** from "in <place>" attached to the trigger.

Frames whose actors are not simply subject and object (``lexicons/plover_frames.yaml``):

* **Goods.** "X received / began receiving Y-made missiles" -> AID from the goods' origin
  (Y-made, Y's, Yian, from Y) to the receiver; "X hopes to acquire Yian tanks" keeps X as the
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
outlet where the transcript names it; since 0.8.144 it is asserted when an official's turn answering
the question (through clarifying interjections) states the same act: the same verb on the same
thing, unnegated and unmodalised ("they did sign a nuclear cooperation memorandum").
not-briefing-talk: managing
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
prevent ...") is hypothetical, as that of a future act is planned. Since 0.7.253 (aims): a list of
bare infinitives the parser hangs on a gerund continues the noun's "to"-infinitive before it
("coordinating international efforts to target, investigate, arrest, and prosecute ...": the
efforts' aim, no act); what an unowned effort means to act against is no target of an act on the
effort ("concern about any efforts to abolish anti-corruption offices"; since 0.7.280 only a hostile
aim's patient: the one a helping aim serves stays, "support efforts to rebuild Ukraine"); a noun of intention frames an aim
("Brazil's intent to partner with ...").

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

Since 0.7.252 (doers the clause names, ``_subject``): a comma "-ing" clause at the end of a clause
takes the clause's subject even where the parser hangs it on a non-actor noun of the object
("Russia has escalated its war, demolishing schools ... and killing civilians"); a gerund after an
additive phrase ("as well as imposing", event_detection.yaml additive_gerund_phrases) shares its
clause's subject; a verb-phrase list whose first finite member the parser read as an adverbial
clause with no subordinator shares that member's subject; an active infinitive complement of a
passive control or raising verb (passive_control_verbs: "was forced to resign", "is believed to
have supplied") is the act of the passive's subject, not of an unnamed agent.
Since 0.7.260 (strikes and reported acts): the noun "strike" has one sense wherever it is coded
(``_strike_sense``: light verb + "strike", event noun with its doer, occurrence frame): a labour
word ("general strike") or labour doer gives PROTEST/strike, a weapon word, an armed or state doer,
or a place or military object struck "on / against" gives ASSAULT/aerial ("Russian forces carried
out strikes on Kharkiv"). An ASSAULT or COERCE noun with only a "by" agent is an event with no
target when told as a reported or counted occurrence (``_reported_act_agent``: "survivors report
harassment and incidents of torture by X", claimed), never as a reference back ("the attacks by X").
Since 0.7.301 (told acts, ``_told_act``): the teller of an act is never its doer: a CAMEO pattern of
a material act read off the act noun a verb of telling or describing takes (event_detection.yaml
act_telling_verbs, act_report_verbs, report_topic_verbs: "The minister described the attacks by
Hamas as barbaric", PETRARCH2 "REPORT + ATTACK" [190]; "mentioned the sanctions on Russia", the
block's "ANNOUNCE + SANCTIONS" carried to a synonym) is no event of the teller; the act noun's own
rules code it with its own doer, or nothing. Announcing an act is taking it.
Since 0.7.320: not-disaster (``_disaster_cause``): a death, injury or destruction whose cause is a
disaster or an accident (event_detection.yaml disaster_nouns, the PLOVER codebook's "disasters"
context) is no ASSAULT or COERCE: "58 people were killed in the crash", "the earthquake killed 300";
"killed in an airstrike / a bombing / the attack" stays.
Since 0.7.403 (stance targets the sentence names): the origin of a criticised deed is its doer
(``_act_origin``, event_detection.yaml act_origin_verbs: "condemns the missile strikes ... that
emanated from Iran", "attacks launched from Syrian territory"); verbs joined across an auxiliary
share the later one's object ("condemn and will expose Russia's policy").
Since 0.7.550 (``_committed_act``): a commitment restated with an emphasis verb ("reaffirms its
commitment to work with X") to the holder's own cooperative act is AGREE, as "reiterate +
commitment" was; one to a cause or to voiced backing ("to stand with X") stays SUPPORT, and since
0.7.850 one to back a named party with a backing verb ("our commitment to support Ukraine") is
AGREE/support, a promise of that backing. Finalizing, concluding or inking an
agreement is SUPPORT/agreement (codebook SUPPORT "ratify, sign, or finalize an agreement").
Since 0.7.371 (check not-opinion-accord, ``_opinion_accord``): "agree with" an actor or a pronoun
and nothing agreed to is a view shared, no AGREE; agreeing with a plan or request stays (0.7.461).
Since 0.7.405 (check linked-actors, ``_supposed_act_on_no_one``): a hypothetical verbal or
cooperative act with no target after linking is a scenario, no event; a material act stays (0.7.462).
Since 0.7.406 (``_readout_exchange``): a readout's concern with no object, clause or deed of its own
goes to the other side of the meeting ("concern about the launches" does not, 0.7.461); a titled
pair ("the two presidents") is the pair the readout named.
Since 0.7.407 (people-noun targets, ``_people_noun``): a plural noun of a sector's people heading the
object is the target, not its possessor ("banned Russia's athletes").
Since 0.7.405 (check not-generic-culprit, ``_generic_culprit``): an unrealised pledge whose only
party is a free relative ("will hold accountable those responsible") is a standing policy, no
event; the doers of one past deed ("those who attacked the embassy") are a party (0.7.462); a
measure or threat in the simple present on a "those who" class is the same standing policy (0.7.842).
Since 0.7.465 (``_dealing_partner``): a state barring its own persons from dealing with X, passive
or active ("prohibiting U.S. persons from providing services to any person located in X"), is
SANCTION on X. Since 0.8.80 a letter calling off a meeting is the cancellation (REJECT), not a
CONSULT, and talking to the press ("spoke to reporters") is no CONSULT (check not-newsgathering).

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
``doc._.ng_events``. It reads the parse and the earlier components' annotations it declares
(``EVENTS_REQUIRES``: mentions with coreference's keys, entities, times, roles, statements), each
read as none on a Doc where they did not run. Nothing here re-parses text, so it costs one pass
over the tokens.
"""

from __future__ import annotations

# VERSION comes before the submodule imports: the submodules read it from the package (``from
# newsgraph.nlp.events import VERSION``) while it is being imported.
VERSION = "0.8.224"  # 0.8.224: AID purpose (review 51): a field noun (security, defence, trade) whose modifier names no kind of aid gives none ("energy security", "legal defense", "drug trade"); goods as a purpose modifier count only on a need or its relief ("food needs", "food security"; "food production" is development, none); modifiers and conjuncts read each on their own ("job creation and food security": two kinds, unchanged); a conjoined governed purpose verb and a kind-word verb ("... and trade their crops") count (history: docs/component_versions.md)

# What callers, tests and scripts read as ``events.NAME``. Importing ``assembly`` registers the spaCy factory.
from newsgraph.nlp.types import Event  # noqa: E402
from newsgraph.nlp.events.lexicon import (CHECKS_PASSED, COMPONENT, EVENT_WORDS, FORCE_NOUNS, FORCE_OBJECT_VERBS,  # noqa: E402
                                          JOINT_ACTIVITY_NOUNS, KIN_NOUNS, MILITARY_STRIKE_MODIFIERS, ONSET_VERBS,
                                          PARTITIVE_NOUNS, PHRASE_ONLY_LIGHT_VERBS, PLACE_ENT_LABELS, PLACE_STATE_SOURCE_RULES,
                                          PROTESTER_NOUNS, PROTEST_PEOPLE_RULE, QUANTITY_NOUNS, TRANSFER_VERBS, Trigger,
                                          criminal_agent_nouns, detection_lexicon, load_lexicon)
from newsgraph.nlp.events.actor_phrases import (_PERSON_NOUN_ACTORS, _RELATIONAL_NOUNS, _body_renamed_beside,  # noqa: E402
                                                _compound_possessor, _counted_colon_names, _is_actor, _listed_names,
                                                _members_of_a_body, _parse_noun_type, _parted_of_phrases,
                                                _people_of_a_body, _preps, _repaired_verb_lemma, joined_detection_words,
                                                noun_lemma, verb_lemma)
from newsgraph.nlp.events.subjects import (_ENTOURAGE_NOUNS, _STATE_GROUP_NOUNS, _coordinated_genitive_owners,  # noqa: E402
                                           _is_finite, _located_noun, _subject, _with_conjuncts)
from newsgraph.nlp.events.conditions import (GROUNDS_NOTE, _background_anchor, _is_reporting, _state_premodifier,  # noqa: E402
                                             frequency_phrase)
from newsgraph.nlp.events.senses import (_lemma_sense, _prep_idiom_shape, _prep_idiom_verbs, _sense_lemmas, _verb_sense,  # noqa: E402
                                         upheld_values)
from newsgraph.nlp.events.detection import (AGENTLESS, HARM_CAUSE_RULE, SENT_PERSON_WORDS, SPEAKER_EXPERIENCER,  # noqa: E402
                                            THREAT_MADE_NOTE, WRITER, WRITER_WARNING, _carry_threat_made,
                                            _match_trigger, announced_act, own_reports, scheduled_act, threats_made)
from newsgraph.nlp.events.status import (ADJUNCT_PATIENT, _adjective_trigger, _habitual_clause, _instrument_content,  # noqa: E402
                                         _principle_object, _requirement_infinitive, _standing_passive, _standing_role,
                                         _state_by_name, _where_place, captive_holder)
from newsgraph.nlp.events.targets import _AFFILIATION_PARTICIPLES, _actor_span, _repaired_name  # noqa: E402
from newsgraph.nlp.events.frames import (ANSWERED_HEADING, ANSWERED_UNTOLD, _dismissing, _doer_is_actor, _generic_culprit, _named_at, _names_beyond_title,  # noqa: E402
                                         _readout_exchange, _thing_agent_clause, _trailing_comma_adjunct,
                                         fold_counted_summaries)
from newsgraph.nlp.events.accusations import (MEETING_SIDES_NOTE, VAGUE_ACTOR_NOUNS, _absorb, _actor_identity,  # noqa: E402
                                              _co_subject_sides, _participant_noun, fold_dealing_bans,
                                              fold_delegation_leaders, fold_restated_acts, fold_sanction_previews,
                                              merge_repeated, merged_mentions, record_identity, record_indefinite,
                                              with_merged_mentions)
from newsgraph.nlp.events.candidates import DETECTION_CHECKS, _DETECTION_STEPS, _read_events  # noqa: E402
from newsgraph.nlp.events.assembly import (BRIEFING_CHECKS, HAPPENING_REJECTED, _floor_talk, _generic_reader,  # noqa: E402
                                           _head_chain, _own_side_pronoun, _possibility_frame, _private_persons,
                                           _state_in_sentence, codebook_modes, condition_antecedent_check, find_events,
                                           actorless_check, conjoined_recipient, linked_actor_check, make_events_component,
                                           political_actor_check, private_trip_check, relative_parts)

__all__ = [
    "VERSION", "ADJUNCT_PATIENT", "AGENTLESS", "ANSWERED_HEADING", "ANSWERED_UNTOLD", "BRIEFING_CHECKS", "CHECKS_PASSED", "COMPONENT", "DETECTION_CHECKS",
    "EVENT_WORDS", "Event", "FORCE_NOUNS", "FORCE_OBJECT_VERBS", "GROUNDS_NOTE", "HAPPENING_REJECTED",
    "HARM_CAUSE_RULE", "JOINT_ACTIVITY_NOUNS", "KIN_NOUNS", "MEETING_SIDES_NOTE", "MILITARY_STRIKE_MODIFIERS",
    "ONSET_VERBS", "PARTITIVE_NOUNS", "PHRASE_ONLY_LIGHT_VERBS", "PLACE_ENT_LABELS", "PLACE_STATE_SOURCE_RULES", "PROTESTER_NOUNS",
    "PROTEST_PEOPLE_RULE", "QUANTITY_NOUNS", "SENT_PERSON_WORDS", "SPEAKER_EXPERIENCER", "THREAT_MADE_NOTE",
    "TRANSFER_VERBS", "Trigger", "VAGUE_ACTOR_NOUNS", "WRITER", "WRITER_WARNING", "_DETECTION_STEPS",
    "_AFFILIATION_PARTICIPLES", "_ENTOURAGE_NOUNS", "_PERSON_NOUN_ACTORS", "_RELATIONAL_NOUNS", "_STATE_GROUP_NOUNS", "_absorb",
    "_actor_identity", "_actor_span", "_adjective_trigger", "_background_anchor", "_body_renamed_beside",
    "_carry_threat_made", "_co_subject_sides", "_compound_possessor", "_coordinated_genitive_owners",
    "_counted_colon_names", "_dismissing", "_doer_is_actor", "_floor_talk", "_generic_culprit", "_generic_reader",
    "_habitual_clause", "_head_chain", "_instrument_content", "_is_actor", "_is_finite", "_is_reporting",
    "_lemma_sense", "_listed_names", "_located_noun", "_match_trigger", "_members_of_a_body", "_named_at",
    "_names_beyond_title", "_own_side_pronoun", "_parse_noun_type", "_parted_of_phrases", "_participant_noun",
    "_people_of_a_body", "_possibility_frame", "_prep_idiom_shape", "_prep_idiom_verbs", "_preps",
    "_principle_object", "_private_persons", "_read_events", "_readout_exchange", "_repaired_name",
    "_repaired_verb_lemma", "_requirement_infinitive", "_sense_lemmas", "_standing_passive", "_standing_role",
    "_state_by_name", "_state_in_sentence", "_state_premodifier", "_subject", "_thing_agent_clause",
    "_trailing_comma_adjunct", "_verb_sense", "_where_place", "_with_conjuncts", "accusations", "actorless_check", "conjoined_recipient",
    "announced_act",
    "candidates", "captive_holder", "codebook_modes", "condition_antecedent_check", "criminal_agent_nouns",
    "detection", "detection_lexicon", "find_events", "fold_counted_summaries", "fold_dealing_bans",
    "fold_delegation_leaders", "fold_restated_acts", "fold_sanction_previews", "frequency_phrase",
    "joined_detection_words", "linked_actor_check", "load_lexicon", "make_events_component", "merge_repeated",
    "merged_mentions", "noun_lemma", "own_reports", "political_actor_check", "private_trip_check",
    "record_identity", "record_indefinite", "relative_parts", "scheduled_act", "threats_made", "upheld_values", "verb_lemma", "with_merged_mentions"
]
