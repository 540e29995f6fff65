"""Frames read from nouns (nominal, concern and undergoing events, counted summaries) and the
co-subject, need and thing-agent checks they share. Builds on every module from ``lexicon`` to
``targets``, and reads the package's ``VERSION``."""

from __future__ import annotations

import itertools
import re
from typing import Optional

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.compound_members import member_head
from newsgraph.nlp.context_states import same_government
from newsgraph.nlp.coordination import first_conjunct
from newsgraph.nlp.coref import _KEY_PREFIX, entity_key_for_span
from newsgraph.nlp.doc_cache import doc_text
from newsgraph.nlp.entities import names_an_operation
from newsgraph.nlp.event_dates import dates_can_coincide
from newsgraph.nlp.types import Event
from newsgraph.resolve.actors import agent_sector, named_actor
from newsgraph.resolve.countries import lookup_country

from newsgraph.nlp.events import VERSION
from newsgraph.nlp.events.lexicon import (ACTOR_ENT_LABELS, COMPONENT, FORCE_NOUNS, Lexicon, MOBILIZE_PREPS,
                                          OBJECT_DEPS, ONSET_VERBS, PASSIVE_SUBJECT_DEPS, PROTEST_PEOPLE_RULE,
                                          RECEIVER_PREPS, SUBJECT_DEPS, Trigger, detection_lexicon, load_lexicon)
from newsgraph.nlp.events.actor_phrases import (_actor_inside, _actor_or_inside, _children, _deed_noun, _entity_of,
                                                _is_actor, _named_party, _of_object, _preps, _title_words,
                                                joined_detection_words, noun_lemma, origin_of, verb_lemma)
from newsgraph.nlp.events.subjects import (_has_agent, _is_person, _noun_item_header, _passive_agent,
                                           _request_participle_noun, _subject,
                                           _with_conjuncts)
from newsgraph.nlp.events.conditions import (PRESENT_BE, _event_condition_noun, _is_reporting, _named_country,
                                             _reduced_condition, _timex_for, goods_lemma, goods_of)
from newsgraph.nlp.events.senses import (JOINT_DOCUMENT, STRESSED_IMPORTANCE, _cancelled_meeting, _mode_of,
                                         _object_noun, _sanction_kind, _strike_sense, _world_at_large)
from newsgraph.nlp.events.detection import (AGENTLESS, DENIED_ACCESS, REPRESSION, _abstract_assailed,
                                            _advised_against, _civil_society_repressed, _cyber_means, _match_trigger,
                                            _participant_of)
from newsgraph.nlp.events.status import (_concern_topic, _evaluated_noun, _marked_as_own, _people_clause,
                                         _protest_people, _relation_topic, _supported_talk, _told_in_reports, _trip_meetings)
from newsgraph.nlp.events.targets import _activity_agent, _actor_span, _whole_place, control_addressee


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


def _just_before(doc: Doc, meeting: Event, event: Event) -> bool:
    """The meeting is told in the sentence just before the event's: a trip readout's later leg
    ("While in Colombia, she met with Foreign Minister Leyva ... She expressed appreciation for
    ..."), whose next sentence goes on with that meeting as the lead's does with the first."""
    previous = None
    for sent in doc.sents:
        if sent.start_char >= event.sentence_start:
            break
        previous = sent.start_char
    return previous is not None and previous == meeting.sentence_start


def _readout_exchange(doc: Doc, event: Event, meeting: Event, lex: Lexicon) -> bool:
    """An act with no recipient that a readout tells of one side of the meeting it reports: a
    stressed importance (DEMAND, ``_stressed_importance``), or, where the article's lead reports
    the meeting (a readout) or the sentence just before the act does (``_just_before``: a trip
    readout's later leg), a meeting-type act (PLOVER CONSULT, COOPERATE: between the
    participants, "The Secretary and his counterparts also discussed ...", "In addition to
    discussing ...") or a promise (AGREE: "pledged to continue our close cooperation") told as done
    with no party named: what one side says or does in the meeting it says or does to the other
    (PLOVER "Compound and Reciprocal Actors"; plover_frames.yaml symmetric_types,
    joint_commitment_types), or a verbal act of one side (SUPPORT: "He emphasized our shared
    commitment to expanding citizen security", or a concern voiced with no object or clause of
    its own: readout_verbal_types). Not a meeting with a party of its own ("also met with ISF
    leadership": "with" names another, resolved or not) nor a gathering ("took part in the
    summit"); not a planned act ("The G7 will also reaffirm its commitment")."""
    if event.target_start is not None:
        return False
    if event.type == "DEMAND":
        # the stressed importance of an act, or its stressed need (CAMEO 020 "stress + need": "the
        # President emphasized the need to take immediate measures"): one reading, one recipient
        return (f"({STRESSED_IMPORTANCE} '" in (event.explanation or "") or _stressed_need_trigger(doc, event, lex)) \
            and not _need_on_third_party(doc, event, meeting, lex)
    if event.type not in lex.symmetric_types | lex.joint_commitment_types | lex.readout_verbal_types \
            or event.status != "asserted":
        return False
    lead = [sent.start_char for sent in itertools.islice(doc.sents, READOUT_LEAD_SENTENCES)]
    if (not lead or meeting.sentence_start > lead[-1]) and not _just_before(doc, meeting, event):
        return False  # the meeting is no readout's lead: a later act may be with anyone
    trigger = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if trigger is None:
        return False
    if event.type == "DISAPPROVE" and any(
            c not in trigger and (c.dep_ in ("dobj", "obj", "ccomp")
                                  or (c.dep_ == "acl" and any(g.dep_ in SUBJECT_DEPS for g in c.children)))
            for t in trigger for c in t.children):
        # "Kim condemned the launches", "expressed concern that these launches demonstrate the
        # DPRK's determination": the stance is on its object's or clause's doer, not the counterpart
        return False
    if event.type == "DISAPPROVE" and _concern_over_other_topic(trigger, lex):
        return False
    # ("with" / "to" a party; "commitment to expanding citizen security" names an act, no party,
    # whether read as backing or, since 0.7.550, as a promise: ``_committed_act``)
    return not any(t.lemma_.lower() in lex.gathering_nouns for t in trigger) and not any(
        c.dep_ == "prep" and c.lower_ in ("with", "to") and not (
            event.type in lex.readout_verbal_types | lex.joint_commitment_types
            and all(g.dep_ == "pcomp" for g in c.children))
        for t in trigger for c in t.children)


def _concern_over_other_topic(trigger: Span, lex: Lexicon) -> bool:
    """Whether a stance trigger ("expressed concern") has a phrase of what it is felt about
    (plover_frames.yaml ``feeling_topic_preps``: "about", "over", "regarding" ...) whose object is
    a deed (``_deed_noun``) or anything but a course set by a government (event_detection.yaml
    ``policy_topic_nouns``):
    "concern about the recent ballistic missile launches", "about reports of attacks on civilians"
    criticise a third party's act, not the counterpart of the meeting."""
    policy_topics = detection_lexicon()["policy_topic_nouns"]
    return any(c.dep_ == "prep" and c.lower_ in lex.feeling_topic_preps
               and any(g.dep_ == "pobj" and (_deed_noun(g, lex) or g.lemma_.lower() not in policy_topics)
                       for g in c.children)
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


def _stressed_need_trigger(doc: Doc, event: Event, lex: Lexicon) -> bool:
    """Whether the event's trigger is a restatement verb with a need noun (event_detection.yaml
    restatement_verbs, emphasised_needs: "emphasized the need", "stressed the urgent need"), the
    pair CAMEO's EMPHASIZE block codes "stress + need" [020] and ``_unaddressed_need`` reads: the
    same appeal as a stressed importance (``_stressed_importance``). Shape: (Doc, Event, Lexicon)
    -> bool."""
    return _stressed_noun(doc, event, ("emphasised_needs",), lex) is not None


def _stressed_noun(doc: Doc, event: Event, kinds: tuple[str, ...], lex: Lexicon) -> Optional[Token]:
    """The first noun of the event's trigger span that one of the event_detection.yaml lists
    ``kinds`` holds ("emphasised_needs": "need"; "emphasised_importance": "importance") where the
    span also holds a restatement verb (restatement_verbs: "stressed the need", "emphasized the
    importance"), else None: the stored trigger of a stressed need or importance, read back for
    ``_stressed_need_trigger`` and ``_stressed_need_act``."""
    trigger = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if trigger is None:
        return None
    words = detection_lexicon()
    if not any(t.pos_ in ("VERB", "AUX") and verb_lemma(t, lex) in words["restatement_verbs"] for t in trigger):
        return None
    nouns = joined_detection_words(*kinds)
    return next((t for t in trigger if t.pos_ == "NOUN" and t.lemma_.lower() in nouns), None)


def _need_on_third_party(doc: Doc, event: Event, meeting: Event, lex: Lexicon) -> bool:
    """Whether the act a stressed need names (``_stressed_need_act``) has a subject, object or
    place phrase's object (event_detection.yaml locative_preps) that is a named actor or place (a
    proper noun) of neither side of the meeting: "stressed the need to hold *Russia* accountable",
    "the need to allow humanitarian access *in Gaza*" ask whoever acts on that party or place, not
    the readout's counterpart (PLOVER REQUEST: the target is the one asked to act). A party whose
    key or state is a side's is no third party. Shape: (Doc, Event, Event, Lexicon) -> bool."""
    act = _stressed_need_act(event, doc)
    if act is None or act.pos_ != "VERB":
        return False
    sides: set[str] = set()
    for side in ("source", "target"):
        start, end = getattr(meeting, f"{side}_start"), getattr(meeting, f"{side}_end")
        key = getattr(meeting, f"{side}_key", None) or (
            entity_key_for_span(doc, start, end) if start is not None else None)
        sides |= {v for v in (key, _country_state(key), getattr(meeting, f"{side}_acts_for", None)) if v}
    places = detection_lexicon()["locative_preps"]
    for t in act.subtree:
        # (a "with" partner, "strengthen ties with Ukraine", may be the counterpart's own state,
        # which the readout does not resolve yet: only objects, subjects and places count)
        named = t.dep_ in OBJECT_DEPS | SUBJECT_DEPS or (t.dep_ == "pobj" and t.head.lower_ in places)
        if not named or t.pos_ != "PROPN" or not _is_actor(t, lex, allow_pronoun=False):
            continue  # ("protecting civilians": people the counterpart is asked to act for, none named)
        start, end = _actor_span(t)
        key = entity_key_for_span(doc, start, end)
        if key is None or not ({key, _country_state(key)} & sides):
            return True
    return False


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
    own_staff_nouns), with no word naming another party, so no second side to act towards; or
    "other" organs ("the FCDO and other relevant UK Government Departments": own_organ_nouns), of
    which the first is one."""
    words = detection_lexicon()
    if any(s.pos_ in ("NOUN", "PROPN") and s.lower_ in words["own_organ_nouns"]
           and any(c.dep_ == "amod" and c.lower_ == "other" for c in s.children) for s in sources[1:]):
        # "the FCDO and other relevant UK Government Departments": "X and other Ys" makes X one
        # of the Ys (English coordination with "other"), so organs of one government work as one side
        return True
    return any(s.pos_ == "NOUN" and s.lemma_.lower() in words["own_staff_nouns"]
               and _marked_as_own(s, det_refers_back=True) for s in sources[1:])


def _one_holders_titles(sources: list[Token]) -> bool:
    """Whether a co-subject lies inside another's actor phrase: the conjoined titles of one holder
    ("Vice President and Minister of Foreign Affairs Marta Ramirez": the parser hangs the second
    title on the first as a conjunct, and the first's phrase runs to the name), one party, no two
    parties to an act between them. Members of one coordination of state words on a common noun
    are two states' people, not one holder ("Iranian and Bolivian defence ministers": the first
    member's phrase runs to the shared noun over the second, ``targets._actor_span``)."""
    spans = [_actor_span(s) for s in sources]
    return any(i != j and spans[j][0] <= s.idx < spans[j][1] and not (spans[i][0] <= sources[j].idx < spans[i][1])
               and not _state_comembers(s, sources[j])
               for i, s in enumerate(sources) for j in range(len(sources)))


def _state_comembers(a: Token, b: Token) -> bool:
    """Whether ``a`` and ``b`` are state words coordinated on one common noun
    (``compound_members.member_head``: each names another state)."""
    head = member_head(a)
    return head is not None and head.pos_ == "NOUN" and getattr(member_head(b), "i", None) == head.i


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
    made = _agreement_made(trigger, event_type, lex)
    if made is not None:
        return AGREEMENT_PARTIES.format(made)
    if event_type not in lex.cooperative:
        return None
    marked = next((c for t in trigger.words if t.pos_ == "NOUN" for c in t.children
                   if c.dep_ in ("amod", "compound") and c.lower_ in words["mutual_modifiers"]), None)
    if marked is not None:
        return f"'{marked.lower_}' commitment"
    return None


# the reason ``_between_cosubjects`` gives for an agreement made between its co-subjects, read back
# by the linked-actors check (``assembly._split_own_side_signing``)
AGREEMENT_PARTIES = "an agreement '{}' is between its parties"


def _agreement_made(trigger: Trigger, event_type: str, lex: Lexicon) -> Optional[str]:
    """The agreement noun of a trigger that makes an agreement ("signed a memorandum", "concluded
    a treaty", "reached a deal": event_detection.yaml reciprocal_agreement_verbs + agreement_nouns),
    coded SUPPORT (signing) or AGREE, else None. An agreement is made between its parties (a
    reciprocal predicate), so its conjoined subjects are each other's partners; "ratified the
    treaty" (each party's own act) and "signed the letter" are not such acts."""
    words = detection_lexicon()
    if event_type not in ("SUPPORT", "AGREE") or verb_lemma(trigger.head, lex) not in words["reciprocal_agreement_verbs"]:
        return None
    return next((t.lower_ for t in trigger.words if t.pos_ in ("NOUN", "PROPN") and t.i != trigger.head.i
                 and t.lemma_.lower() in words["agreement_nouns"]), None)


def _condition_clause(trigger: Trigger) -> Optional[str]:
    """Check asserted-frame (condition): the act sits in an "if / unless / until" clause."""
    node = trigger.head
    node = first_conjunct(node)
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
            return _generic_participle_class(node)
        noun = noun.head
    return _generic_participle_class(node)


def _generic_participle_class(participle: Token) -> Optional[str]:
    """Check not-free-choice (generic class, since 0.8.160): an agentless participle on a noun that
    is placed only in the world at large ("nationals wrongfully detained *abroad*", "citizens held
    *around the world*": event_detection.yaml world_at_large_adverbs, world_nouns), or on a noun
    quantified by "all / every / each" (universal_determiners: "*all* U.S. nationals wrongfully
    detained") that names no state's place and no date, names the class of whoever is so treated:
    a generic event, no specific occurrence (ACE / TimeML genericity; PLOVER codes specific events
    between identified actors), so no state's act on a day. A counted or named noun ("all five
    journalists detained abroad", "Smith, detained overseas") is a definite group, a place naming a
    state ("all Americans detained in Russia") or a "by" agent ("all hostages held by Hamas") names
    who holds them, and these keep the act."""
    if _has_agent(participle):
        return None
    noun = participle.head
    if noun.pos_ == "PROPN" or any(c.dep_ in ("nummod", "appos") for c in noun.children):
        return None
    if _state_place(participle):
        return None
    words = detection_lexicon()
    world = _world_at_large_place(participle, words)
    if world is not None:
        return f"generic class '{noun.text} {participle.text}' placed only '{world}'"
    quantifier = next((c for c in noun.children if c.dep_ in ("det", "predet")
                       and c.lower_ in words["universal_determiners"]), None)
    if quantifier is not None and not any(t.ent_type_ in ("DATE", "TIME") for t in participle.subtree):
        return f"generic class '{quantifier.text} {noun.text} {participle.text}'"
    return None


def _world_at_large_place(verb: Token, words: dict) -> Optional[str]:
    """The words of ``verb``'s place that names no state, the world at large: an adverb
    ("abroad", "overseas", "anywhere": world_at_large_adverbs) or a phrase whose object is the
    unmodified "world" / "globe" ("around the world", "all over the globe": world_at_large_preps,
    ``_world_at_large``); else None."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in words["world_at_large_adverbs"]:
            return child.text
        if child.dep_ == "prep" and child.lower_ in words["world_at_large_preps"] and any(
                p.dep_ == "pobj" and _world_at_large(p) for p in child.children):
            return f"{child.text} the {next(p.text for p in child.children if p.dep_ == 'pobj')}"
    return None


def _state_place(verb: Token) -> bool:
    """Whether a phrase on ``verb`` names a place of a state: a country, city or region (a GPE,
    LOC or FAC entity, or a nationality word) or a proper name ("detained *in Russia*", "held *in
    Evin prison*")."""
    return any(c.dep_ == "prep" and any(t.ent_type_ in ("GPE", "LOC", "FAC", "NORP") or t.pos_ == "PROPN"
                                        for t in c.subtree)
               for c in verb.children)


# the pronouns that head a free relative naming a class of wrongdoers by what they did, not a
# party ("those responsible for", "those who engage in", "anyone involved in"; CGEL 12.3)
GENERIC_CULPRIT_PRONOUNS = frozenset({"those", "anyone", "anybody", "whoever"})

# the types of a pledge to answer wrongdoing: holding to account (DISAPPROVE), imposing costs or
# sanctions (THREATEN, SANCTION: the light verb "impose consequences" is typed SANCTION when found)
GENERIC_CULPRIT_TYPES = frozenset({"DISAPPROVE", "THREATEN", "SANCTION"})

# the types of a measure a state states as its standing policy in the simple present ("The United
# States imposes visa restrictions on those who undermine democracy": the habitual present, CGEL
# 3.4.2), on a class of culprits told by a headless relative ("those who ...", ``_people_clause``):
# a measure or threat on whoever does it, the same class as a pledge ("will impose"). Not a
# DISAPPROVE, whose simple present is the performative act itself ("condemns those who ...")
GENERIC_POLICY_TYPES = frozenset({"SANCTION", "COERCE", "THREATEN"})


def _generic_culprit(trigger: Trigger) -> Optional[str]:
    """Check not-generic-culprit: an unrealised pledge to answer wrongdoing whose only party is a
    free relative ("will *hold accountable* those responsible for war crimes", "seek to hold
    accountable those engaged in human rights abuses", "to *impose* significant consequences on
    those who engage in corruption"): the verb is a bare infinitive (vowed, sought, aimed at, or a
    "will" future: a pledge of the speaker's state), and
    the class of culprits is defined by what its members did, whoever they are; a standing policy
    is stated, no act on a party (PLOVER codes an accusation or threat against an actor). A named
    party conjoined with the class ("hold Russia and those responsible accountable") keeps it, and
    so does a done act ("sanctioned those who ...": a past verb, not a bare infinitive), and so do
    the doers of one deed told in the simple past on a definite object ("those who attacked the
    embassy", ``_specific_deed``). A SANCTION, COERCE or THREATEN in the simple present on "those
    who ..." (GENERIC_POLICY_TYPES: "imposes visa restrictions on those who undermine democracy") is
    the same standing policy, told as habitual (since 0.7.842)."""
    verb = trigger.token if trigger.token.pos_ in ("VERB", "AUX") else trigger.token.head
    pledged = trigger.event_type in GENERIC_CULPRIT_TYPES and verb.tag_ == "VB"
    habitual = trigger.event_type in GENERIC_POLICY_TYPES and verb.tag_ in ("VBZ", "VBP")
    if not (pledged or habitual):
        return None
    for party in verb.subtree:
        if party.lower_ not in GENERIC_CULPRIT_PRONOUNS or party.dep_ not in ("dobj", "pobj"):
            continue
        if habitual and _people_clause(party) is None:
            continue  # (the habitual present only for a "those who" class: "imposes costs on anyone ...")
        if party.dep_ == "conj" or any(c.dep_ == "conj" for c in party.children):
            continue
        if not any(c.dep_ in ("amod", "acl", "relcl") for c in party.children):
            continue  # a pronoun pointing back ("those" = the sanctioned officials) names a party
        if any(c.dep_ in ("acl", "relcl") and _specific_deed(c) for c in party.children):
            continue  # "those who attacked the embassy": the doers of one deed, a party
        if _party_of(party, verb):
            modifier = next(c for c in party.children if c.dep_ in ("amod", "acl", "relcl"))
            return f"generic culprits '{party.text} {modifier.text}', whoever they are"
    return _generic_purpose_class(verb) if pledged else None


def _generic_purpose_class(verb: Token) -> Optional[str]:
    """Check not-generic-culprit (purpose, since 0.8.160): a sought or pledged imposition with no
    party of its own (no object actor, no "on" / "against" phrase) whose purpose clause names only
    a generic class as the party it aims at ("seeks to impose significant consequences *to
    discourage malign actors*", "aims to impose costs to deter those who ..."): a bare plural (no
    determiner, possessor or number, no name: English generic reference, whoever fits) or a free
    relative ("those who ..."). The clause states the standing purpose of a policy or program, no
    threat to an actor (PLOVER THREATEN has a target). A named party in the purpose ("to deter
    Russia") or on the verb ("impose sanctions on Russia") keeps it."""
    if any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in verb.children) or any(
            c.dep_ in ("dobj", "obj") and (c.ent_type_ or c.pos_ == "PROPN") for c in verb.children):
        return None
    for purpose in verb.children:
        if purpose.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in purpose.children):
            continue
        objects = [o for v in (purpose, *purpose.conjuncts) for c in v.children if c.dep_ in ("dobj", "obj")
                   for o in (c, *c.conjuncts)]
        parties = [o for o in objects if o.pos_ in ("NOUN", "PROPN", "PRON")
                   and o.lemma_.lower() not in detection_lexicon()["purpose_abstract_objects"]]
        if parties and all(_generic_class_noun(o) for o in parties):
            return f"standing purpose '{purpose.text} {parties[0].text}': a generic class, no party"
    return None


def _generic_class_noun(token: Token) -> bool:
    """Whether ``token`` names a class, whoever fits: a bare common plural (no determiner,
    possessor, number or name: "malign actors", "corrupt officials") or a free-relative pronoun
    with its clause ("those who ...": GENERIC_CULPRIT_PRONOUNS)."""
    if token.lower_ in GENERIC_CULPRIT_PRONOUNS:
        return any(c.dep_ in ("amod", "acl", "relcl") for c in token.children)
    return token.tag_ == "NNS" and not token.ent_type_ and not any(
        c.dep_ in ("det", "poss", "nummod", "predet", "compound") and (c.dep_ != "compound" or c.pos_ == "PROPN")
        for c in token.children)


def _specific_deed(clause: Token) -> bool:
    """Whether a relative clause tells one deed done: a simple past verb whose object is definite
    ("who *attacked the embassy*": "the", a possessive, a demonstrative or a name), so its doers are
    the parties of that act, not a class defined by a kind of conduct ("who engage in corruption")."""
    return clause.tag_ == "VBD" and any(
        c.dep_ in ("dobj", "obj") and (c.pos_ == "PROPN" or any(
            d.dep_ == "poss" or (d.dep_ == "det" and d.lower_ in ("the", "this", "that", "these", "those"))
            for d in c.children))
        for c in clause.children)


def _party_of(party: Token, verb: Token) -> bool:
    """Whether ``party`` is the direct party of ``verb``: its object ("hold *those* accountable",
    the parser hanging it under the verb or under its predicate adjective "accountable"), or the
    object of its "on" / "against" phrase, on the verb or on the verb's object ("impose costs *on*
    those"). A pronoun inside another phrase ("on 48 officials, *including* those who") is not."""
    head = party.head
    if party.dep_ == "dobj":
        return head.i == verb.i or (head.pos_ == "ADJ" and head.head.i == verb.i)
    if party.dep_ != "pobj" or head.lower_ not in ("on", "against"):
        return False
    return head.head.i == verb.i or (head.head.dep_ == "dobj" and head.head.head.i == verb.i)


def _feared_clause(trigger: Trigger) -> Optional[str]:
    """Check asserted-frame (feared): "concerned that the government will take away their
    lands", "our concern that the people of Sudan will face ...": a feared act."""
    node = trigger.head
    node = first_conjunct(node)
    if node.dep_ in ("ccomp", "acl") and node.head.lemma_.lower() in detection_lexicon()["fear_words"] \
            and node.head.pos_ in ("ADJ", "NOUN", "VERB"):
        return f"feared under '{node.head.text}'"
    return None


def _measure_pronoun_antecedent(node: Token) -> Optional[Token]:
    """The measure a main clause's pronoun subject stands for: "These prohibitions will cut off the
    Russian Government ... *They* also deny Russia access to key U.S. markets": "they" / "it" opens
    the sentence and the previous sentence's subject is a measure noun (event_detection.yaml
    consequence_measure_nouns) or an undertaking (undertaking_nouns: "These projects are set to
    ... *They* will support the comeback of steel communities") agreeing in number. A measure or
    a project does not act (PLOVER codes the imposer, the funder), so "they" is no actor. None
    otherwise."""
    # the pronoun opening the sentence is its main subject, whatever the parser hangs its verb on
    # ("They will support X, so the industry can remain competitive": "support" a ccomp of "remain")
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
            or subject.lemma_.lower() not in joined_detection_words("consequence_measure_nouns", "undertaking_nouns"):
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
    if node.dep_ != "conj" or not _children(node, SUBJECT_DEPS):
        # a conjunct clause with a subject of its own ("This is a war of choice, and *the United
        # States* will stand with X") is not the agent of the first clause's subject (English
        # coordination shares an omitted subject only; since events 0.8.207)
        node = first_conjunct(node)
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


def _evidencing_thing(trigger: Trigger, lex: Lexicon) -> Optional[str]:
    """Check actor (thing as evidence): a verb of showing (event_detection.yaml evidencing_verbs)
    whose subject is a thing or a clause and whose object is a stance noun (restated_stances):
    "New Zealand's announcement underscores its commitment to ...", "Engaging in these talks
    underscores our commitment": with an inanimate subject the verb means "is evidence of", the
    writer's comment on an act told elsewhere; nobody restates or voices anything (CAMEO 050
    "reaffirm + commitment" is said by an actor). A person, a body ("The Administration
    underscores") or a document that speaks for its authors (joint_document_nouns: "the statement
    underscores") keeps the event."""
    words = detection_lexicon()
    verb = first_conjunct(trigger.head)
    if trigger.head.lemma_.lower() not in words["evidencing_verbs"] or not any(
            t.pos_ == "NOUN" and t.lemma_.lower() in words["restated_stances"] for t in trigger.words):
        return None
    if _children(verb, ("csubj",)):
        return f"clause as subject of '{trigger.head.text}' (evidence, no speaker)"
    subjects = _children(verb, ("nsubj",))
    if not subjects or subjects[0].pos_ != "NOUN" or subjects[0].ent_type_ \
            or subjects[0].lemma_.lower() in words["joint_document_nouns"] \
            or _is_actor(subjects[0], lex, allow_pronoun=False) or noun_lemma(subjects[0]) in lex.actor_nouns:
        return None
    return f"thing '{subjects[0].text}' as subject of '{trigger.head.text}' (evidence, no speaker)"


def _generic_clause(trigger: Trigger) -> Optional[str]:
    """Check not-generic: "the protocol says *a president receives a president*",
    "a state that is attacked defends itself": an indefinite subject with a verb in the simple
    present states a rule or a habit of a kind, no dated happening ("a Russian missile struck a
    hospital" is past, a happening, and passes)."""
    node = trigger.head
    node = first_conjunct(node)
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
    node = first_conjunct(node)
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
    concession (PLOVER CONCEDE/ease is an actor easing its own restrictions). Also a result
    participle with no subject of its own whose main clause's subject is no actor ("Desert Storm
    marked the first conflict ..., *allowing* the Air Force to succeed"): in English such a
    trailing -ing clause's doer is the main clause's subject, so an operation or a thing enables
    and no actor eases. Where that subject is an actor ("The government signed a decree, *allowing*
    foreign journalists to enter") the actor grants the access (PLOVER RETREAT/CONCEDE) and the
    event stays, its source that subject."""
    token = trigger.token
    if token.pos_ != "VERB" or token.lemma_.lower() not in detection_lexicon()["enabling_verbs"]:
        return None
    subjects = _children(token, SUBJECT_DEPS)
    if not subjects:
        return _result_participle(token, lex)
    subject = subjects[0]
    if _thing_subject(subject, lex):
        return f"thing '{subject.text}' enables"
    return None


def _thing_subject(subject: Token, lex: Lexicon) -> bool:
    """A common noun that names no actor, no actor noun and no act (the enabler in
    ``_enabling_thing``)."""
    return subject.pos_ == "NOUN" and not _is_actor(subject, lex, allow_pronoun=False) \
        and noun_lemma(subject) not in lex.nouns and subject.ent_type_ not in ACTOR_ENT_LABELS


def _result_participle(token: Token, lex: Lexicon) -> Optional[str]:
    """The reason when `token` (a permission verb, no subject of its own) is a trailing result
    participle (tag VBG, ``_trailing_comma_adjunct``) of a verb that gives aid in its context
    (``_gives_aid``) or whose subject, the participle's doer, is no actor ("Desert Storm marked
    ..., allowing ...").
    None otherwise: an actor subject ("The
    government signed a decree ..., allowing ..."), a gerund object ("we support allowing ..."),
    or a fronted "Allowing ..., the government ..."."""
    head = token.head
    if token.tag_ != "VBG" or not _trailing_comma_adjunct(token) or head.pos_ not in ("VERB", "AUX"):
        return None
    if _gives_aid(head, lex):
        # "contributed $6 million to UNHCR ..., allowing UNHCR the flexibility to ...": what aid
        # makes possible is that AID event's effect, no second act of easing (CAMEO 07)
        return f"result clause ', {token.text}' of '{head.text}' (aid given): the aid enables, no actor eases"
    subjects = _children(head, SUBJECT_DEPS)
    if subjects and _doer_is_actor(subjects[0], lex):
        return None
    doer = f"'{subjects[0].text}'" if subjects else "no subject"
    return f"result clause ', {token.text}' of '{head.text}' ({doer}, no actor): the event enables, no actor eases"


def _gives_aid(verb: Token, lex: Lexicon) -> bool:
    """Whether ``verb`` heads an act the pipeline types PLOVER AID: its trigger (``_match_trigger``:
    the verb's sense in its context, particles and frames included) is AID, or becomes AID for the
    goods it moves (``_aid_typed``). "contributed $6 million to UNHCR" gives aid; "contributed to
    the collapse of the talks" (no event: nothing given to anyone) and "gave up their weapons"
    (CAMEO "give up + weapon", disarming) give none."""
    trigger = _match_trigger(verb, lex)
    return trigger is not None and _aid_typed(trigger, lex) is not None


def _doer_is_actor(subject: Token, lex: Lexicon) -> bool:
    """Whether a result participle's doer (its main clause's subject) is an actor. A name is one
    when ``_is_actor`` says so and it names no operation ("Operation Desert Storm ... Desert Storm
    marked ...": PLOVER codes who acts in an operation, not the operation; entities.py
    ``names_an_operation``, the test the entities component drops such a name by); a common noun
    is one unless it is a thing (``_thing_subject``). A name is judged on the parse, the NER's
    span and the article's text alone, so the answer is the same whether or not the entities and
    coreference components ran before (``find_events`` on a bare parse, or any pipeline
    ``build_pipeline`` makes)."""
    if subject.pos_ == "PROPN":
        span = _entity_of(subject)
        return _is_actor(subject, lex) and not (span is not None and names_an_operation(span))
    return _is_actor(subject, lex) or not _thing_subject(subject, lex)


# the marks that set off a supplement at the end of a clause: a comma, or a dash as a stronger one
# ("opened fire on the crowd — killing five")
_SUPPLEMENT_MARKS = frozenset({",", "—", "–"})

# quotation marks that may close between a comma and what follows it (American usage puts the
# comma inside them: 'designated them as “extremist,” further demonstrating ...')
_CLOSING_QUOTES = frozenset({"”", "’", '"', "'", "''"})


def _trailing_comma_adjunct(token: Token) -> bool:
    """``token`` is an adverbial clause (advcl) of a verb before it, set off from that verb by a
    comma (or a dash) standing right before the clause's first word ("..., allowing X to ...",
    "..., thus allowing ...", "fired on the crowd, killing five"; a closing quotation mark or a
    line break may come between). A comma elsewhere between them sets off something else
    ("arrested, on Monday, the gunmen killing ...": the participle the parser hung on the verb
    follows no comma). With a VBG ``token``, English's sentence-final -ing adjunct of result: it
    tells what the main clause's event brought about."""
    head = token.head
    if token.dep_ != "advcl" or head.i >= token.i:
        return False
    before = token.left_edge.i - 1
    while before > head.i and (token.doc[before].is_space or token.doc[before].text in _CLOSING_QUOTES):
        before -= 1
    return before > head.i and token.doc[before].text in _SUPPLEMENT_MARKS


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


def _aid_typed(trigger: Trigger, lex: Lexicon) -> Optional[str]:
    """The AID mode ("" for none) when the pipeline types ``trigger``'s act AID: the trigger's own
    type, or a MOBILIZE verb moving goods or money (``_deployed_goods``). None otherwise."""
    if trigger.event_type == "AID":
        return trigger.mode or ""
    return _deployed_goods(trigger, lex)


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
        goods = lex.goods.get(goods_lemma(noun, lex))
        if goods is not None:
            return None if goods == "military" else goods  # weapons are MOBILIZE weapons
        if lemma in lex.aid_nouns:
            return "humanitarian" if any(t.lower_ in ("lifesaving", "humanitarian", "relief", "medical")
                                         for t in obj.subtree) else ""
    return None


def _speaker_experienced_act(predicate: Token) -> bool:
    """Whether ``predicate`` is the subjectless "to" infinitive of an extraposed "it is a pleasure
    / an honor / a privilege to V" (event_detection.yaml speaker_experience_nouns; the parser hangs
    the infinitive on the copula or on the noun): its understood doer is the one whose pleasure it
    is, in direct speech the speaker ("It's a pleasure to welcome the prime minister here"). Not
    where "for X" names that one ("an honor for us to ..."), nor for "it" that stands for a thing
    (no noun of experience after the copula)."""
    if predicate.dep_ not in ("xcomp", "relcl", "acl") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in predicate.children) \
            or any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in predicate.children):
        return False
    head = predicate.head
    # (the parser may take a curly "’s" for a verb of its own and the noun for its object)
    complements = ("attr", "dobj")
    if head.pos_ == "NOUN" and head.dep_ in complements:
        noun, copula = head, head.head
    else:
        noun, copula = next((c for c in head.children if c.dep_ in complements and c.pos_ == "NOUN"), None), head
    if noun is None or not (copula.lemma_.lower() == "be" or copula.lower_ in PRESENT_BE) \
            or noun.lemma_.lower() not in detection_lexicon()["speaker_experience_nouns"]:
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in copula.children):
        return False  # "Our aim is a pleasure to ...": no extraposition
    # "It is an honor for us to ...": the "for" phrase names whose experience it is (and the doer)
    return not any(c.dep_ == "prep" and c.lower_ == "for" for c in (*noun.children, *copula.children))


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

def _nominal_status(words: list[Token], modal_possible: bool = True) -> Optional[str]:
    """"planned" / "hypothetical" for an event noun modified as future or possible ("Zelenskyy's
    *planned* visit to Washington", "a *possible* attack"; event_detection.yaml planned_modifiers,
    possible_modifiers) or, with ``modal_possible``, the object of a verb under a modal of
    possibility (``_possible_involvement``), else None."""
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
        if modal_possible and _possible_involvement(word, load_lexicon()):
            # (not for a threat: "Iran would face severe consequences" is the threat itself, made)
            return "hypothetical"  # "a worse-case scenario would involve Russian attacks on Kyiv"
        header = _noun_item_header(word)
        if header is not None:
            # "These funds will be used to provide our allies with: / Support for U.S. troop
            # deployments ...": a noun-phrase list item completes its lead-in's clause and takes
            # its modal (subjects._noun_item_header)
            lex = load_lexicon()
            modals = {c.lower_ for c in header.children if c.dep_ == "aux"}
            if modals & lex.planned_aux:
                return "planned"
            if modals & (lex.hypothetical_aux - {"can"}):
                return "hypothetical"
    return None


def _possible_involvement(noun: Token, lex: Lexicon) -> bool:
    """Whether an event noun is the object of a verb under a modal of possibility ("a scenario
    *would involve* substantial Russian attacks on the capital", "options *could include*
    strikes on ..."; plover_frames.yaml hypothetical_aux less "can", an ability): the act is
    what the speaker supposes may come, not one the text reports (TimeML: the object of a modal
    predicate is not factual; PLOVER's hypothetical mode). "would" under a speech verb is the
    future of the past ("said the plan would involve ...", English sequence of tenses) and is
    left to the clause rules."""
    if noun.dep_ not in ("dobj", "obj") or noun.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = noun.head
    modals = {c.lower_ for c in verb.children if c.dep_ == "aux"} & (lex.hypothetical_aux - {"can"})
    if not modals:
        return False
    return modals != {"would"} or not any(_is_reporting(a, lex) for a in verb.ancestors)


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
        status = _nominal_status(words, modal_possible=event_type != "THREATEN") or status
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
            f"{frame_rule} + '{token.lemma_}' + act '{act_lemma}' of goods '{goods_lemma(goods[0], lex)}'",
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
    if _supported_talk(token) is not None:
        return []  # check not-evaluation failed: "our commitment to the talks between A and B": the stance's object
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
    if token.dep_ == "pobj" and _advised_against(token.head, token.head.head, lex):
        return []  # check asserted-frame failed: "we warn against any Russian attack on Moldova"
    preps = _preps(token)
    between = preps.get("between") if code[0] not in lex.cooperative else None
    if between is not None and _is_actor(between, lex, allow_pronoun=False):
        # (a cooperative noun, "the agreement between A and B", mostly names a standing accord)
        # "the fighting in the north between the army and the rebel militia": both sides act,
        # coded from the first to the others (PLOVER "Compound and Reciprocal Actors"), as the
        # occurrence frame and meetings between parties are
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
        if _won_match(token, target):
            return []  # "Argentina's 3-0 beating of Croatia": a match won, no assault of persons
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
    if target is None and code[0] in ("ASSAULT", "COERCE") and (doer is None or preps.get("by") is not None):
        reported = _reported_act_agent(token, lex)
        if reported is not None:
            # "survivors report ... incidents of torture by Russian security forces": an act told
            # as reported or counted names its agent, with no victim named beside it
            agent, told = reported
            event_type, mode = _strike_sense(token, code, agent, lex)
            return _direct_events(sent, [token], event_type, mode, _with_conjuncts(agent), [None],
                                  "claimed" if told else "asserted", 0.5,
                                  f"event noun '{noun_lemma(token)}' {REPORTED_ACT_RULE}", text)
    if doer is None or target is None or doer.i == target.i:
        return []
    event_type, mode = _strike_sense(token, code, doer, lex)
    repressed = ""
    if _civil_society_repressed(token, [token], event_type, lex) is not None:
        # "the government's attacks on independent journalists": its rulers repressing civil society
        (event_type, mode), repressed = REPRESSION, ", attacks on civil society by its rulers (COERCE repression)"
    targets = [t for t in _with_conjuncts(target) if _is_actor(t, lex, allow_pronoun=False)]
    # (a hyphen-split compound noun keeps both its words: "build-up")
    words = [token.nbor(-2), token] if token.i >= 2 and token.nbor(-1).text == "-" \
        and noun_lemma(token) != token.lemma_.lower() else [token]
    return _direct_events(sent, words, event_type, mode, _with_conjuncts(doer), targets,
                          "asserted", 0.6, f"event noun '{noun_lemma(words[-1]) if len(words) > 1 else token.lemma_}' "
                          f"with doer and target{located}{patient}{repressed}", text)


def _won_match(noun: Token, patient: Token) -> bool:
    """Whether a noun of an act on a person's body ("beating", "torture": event_detection.yaml
    bodily_harm_nouns) tells a match won: its "of" patient is a country named as such ("Brazil's
    beating of Chile") or a score modifies it ("Argentina's 3-0 beating of Croatia"). PLOVER ASSAULT
    beat ("Physically assault by striking") and torture are assaults of persons, which a country
    is not, and a score counts goals, not blows."""
    if noun_lemma(noun) not in detection_lexicon()["bodily_harm_nouns"]:
        return False
    doc = noun.doc
    score = any(re.fullmatch(r"\d+\s*[-–]\s*\d+", doc[c.i: min(c.i + 3, noun.i)].text)
                for c in noun.children if c.dep_ == "nummod")
    return score or _named_country(patient) is not None


REPORTED_ACT_RULE = "with its 'by' agent, told as reported or counted"  # rule note: ``_reported_act_agent``


def _reported_act_agent(token: Token, lex: Lexicon) -> Optional[tuple[Token, bool]]:
    """(agent, told by others?) of an act noun with a "by" agent and no target, told as an
    occurrence (event_detection.yaml act_count_frames, act_report_frames, act_report_verbs): the
    "of" object of a counting noun ("incidents of torture by X") or of a reporting noun ("reports
    of torture by X"), or the object of a reporting verb ("survivors report harassment by X"),
    itself or as one of a list ("threats, harassment, and incidents of torture by X": the "by"
    after the list is shared). The agent is the actor in the "by" phrase of the noun, its counting
    noun or the list's first noun (a reporting noun's own "by" names its author, no agent); told
    by others when a reporting noun or verb tells it. None otherwise: a noun referred back to
    ("the attacks by X", also as a reporting verb's object, ``_definite``: "described the attacks by
    X as barbaric"), a noun counted as none or any ("no evidence of", "any torture by X"), a
    denied, dismissed or negated report ("did not report", "denied reports of", "claims of X were
    dismissed": ``_dismissing`` of the verb the frame or list is the object or subject of), a
    pronoun agent."""
    words = detection_lexicon()
    counters, reporters = words["act_count_frames"], words["act_report_frames"]
    frame, told = token, False
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
        holder = token.head.head  # "incidents of torture", "reports of torture"
        if holder.lemma_.lower() in counters | reporters:
            frame, told = holder, holder.lemma_.lower() in reporters
    first = frame
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ == "NOUN":
        first = first.head  # the list's first noun, where the parser hangs a shared "by"
    verb = first.head if first.dep_ in ("dobj", "obj") else None
    governor = first.head if first.dep_ in ("dobj", "obj", "nsubj", "nsubjpass") else None
    if governor is not None and (_negated(governor, lex) or _dismissing(governor, lex)):
        # "did not report / find incidents of torture by X", "denied reports of torture by X",
        # "claims of harassment by X were dismissed"
        return None
    if frame.i == token.i and first.dep_ == "pobj" and first.head.lower_ == "of" \
            and first.head.head.lemma_.lower() in counters | reporters:
        told = first.head.head.lemma_.lower() in reporters  # "reports of threats, harassment and torture by X"
    elif verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in words["act_report_verbs"]:
        if _definite(token) or _definite(first):
            return None  # "described the attacks by X as barbaric": a reporting verb's definite object refers back
        told = True
    elif frame.i == token.i:
        return None  # no counting or reporting frame: "the attacks by X" refers back
    if any(c.dep_ == "det" and c.lower_ in ("no", "any", "these", "those", "such") for n in (token, frame, first)
           for c in n.children):
        return None
    # a "by" on the counting noun or the list's first noun is shared only when it follows this noun
    bys = [_preps(n).get("by") for n in (token, frame, first) if n.lemma_.lower() not in reporters]
    by = next((b for index, b in enumerate(bys) if b is not None and (index == 0 or b.i > token.i)), None)
    if by is None:
        return None
    agent = _actor_or_inside(by, lex)
    return (agent, told) if agent is not None else None


def _definite(noun: Token) -> bool:
    """Whether ``noun`` is made definite by its determiner or possessor ("the attacks", "this
    attack", "their attacks", "Hamas's attacks"): a noun phrase that refers back to an act already
    known, where a bare or indefinite one ("attacks", "an attack") tells a new occurrence."""
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)


def _dismissing(verb: Token, lex: Lexicon) -> bool:
    """Whether ``verb`` denies or dismisses what its object or subject tells (plover_frames.yaml
    denial_verbs, dismissal_verbs, alone or with its particle: "denied", "rejected", "brushed
    aside"): a report so treated tells no occurrence, as a negated one tells none. The lemma is
    ``verb_lemma``'s, mended where spaCy's lemmatizer slips."""
    lemma = verb_lemma(verb, lex)
    phrases = {lemma} | {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"}
    return verb.pos_ == "VERB" and bool(phrases & (lex.denial_verbs | lex.dismissal_verbs))


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


def _agentive_noun_type(token: Token) -> Optional[str]:
    words = detection_lexicon()
    lemma = token.lemma_.lower()
    for event_type in ("demand", "reject", "disapprove"):
        if lemma in words[f"agentive_{event_type}_nouns"]:
            return event_type.upper()
    return None


def _response_opener(noun: Token) -> Optional[Token]:
    """The "in" of an "in response to X" phrase (event_detection.yaml response_nouns) whose "to"
    object is ``noun``: "*in* response to Ukraine's request"; None where ``noun`` stands in no such
    phrase. Read by ``_request_answerer``, ``_answered_by_untold_doer`` and ``_answered_in_heading``."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.lower_ != "to":
        return None
    response = noun.head.head
    if response.lemma_.lower() not in detection_lexicon()["response_nouns"] or response.dep_ != "pobj" \
            or response.head.lower_ != "in":
        return None
    return response.head


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
    opener = _response_opener(noun)
    if opener is not None:
        verb = opener.head  # "in response to X's request, Y provides ..."
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
        if subject.lower_ == "we":
            # "In response to Peru's request, we will send a team": the speaker's or the releasing
            # state's side, which the linker resolves (an unresolved "we" is cleared there)
            return subject
        if subject.lower_ not in ("it", "they"):
            return None
        # "we trust the Court is ... and hope that it will act on Ukraine's request": the nearest
        # earlier subject of the sentence that agrees (``_pronoun_antecedent``), else the pronoun
        found = _pronoun_antecedent(subject, noun.sent, lex,
                                    {"it": "its", "they": "their"}[subject.lower_])
        return found if found is not None else subject
    return subject if _named_party(subject, lex) else None


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
    """A nominalised verbal act with its agent as genitive: "the request of the Province of
    Verona asking private hospitals to pay" (DEMAND), "requests have come from the province",
    "despite the resistance of the Medical Association" (REJECT). The agent must be a named actor or
    an actor noun; the target is a "to" / "against" / "on" actor or the object of the verb that
    spells out the act ("asking private hospitals")."""
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
        clauses += [c for c in [_spelling_participle(token)] if c is not None and c.i not in {k.i for k in clauses}]
        for clause in clauses:
            target = next((o for o in _children(clause, OBJECT_DEPS) if _is_actor(o, lex, allow_pronoun=False)), None)
            if target is None and event_type == "DEMAND" \
                    and lex.verbs.get(verb_lemma(clause, lex), ("",))[0] == "DEMAND":
                # "the request of X asking religious schools to pay": the one asked to act is the
                # addressee, though no actor word names it (object control, ``control_addressee``)
                target = control_addressee(clause, lex)
            if target is not None:
                break
    if target is None and event_type == "DEMAND":
        target = _request_answerer(token, lex)
    rule = f"{AGENTIVE_RULE}{token.lemma_.lower()}' with its agent"
    if target is None and event_type == "DEMAND" and _answered_in_heading(token):
        # "In response to a recent request from the Government of Haiti for security support:"
        # heading a list of acts: the release's own state answers it (the linker, ``ANSWERED_HEADING``)
        rule = f"{rule}; {ANSWERED_HEADING}"
    elif target is None and event_type == "DEMAND" and _answered_by_untold_doer(token, lex):
        # "This new package includes radars in response to X's requests", "radars were delivered in
        # response to X's requests": the acts that answer it name no doer, so they are the text's
        # own voice's, which in a state's release is its state's (the linker, ``ANSWERED_UNTOLD``)
        rule = f"{rule}; {ANSWERED_UNTOLD}"
    if target is None and event_type in ("REJECT", "DISAPPROVE"):
        theme = _opposed_theme(token, agent)
        if theme is None:
            target = _opposed_clause_doer(token, lex)
        elif _is_actor(theme, lex, allow_pronoun=False):
            target = theme  # "China's criticism of Japan": the one criticised is named, not the clause's doer
    targets = [t for t in _with_conjuncts(target) if t.i != agent.i] if target is not None else [None]
    return _direct_events(sent, [token], event_type, None, _with_conjuncts(agent), targets, "asserted", 0.45,
                          rule, text)


def _spelling_participle(noun: Token) -> Optional[Token]:
    """The asking participle that spells out the request ``noun`` though the parser hung it on a
    verb of the clause ("recognised as valid the request of X asking Y to pay": "asking" an xcomp
    of "recognised"): the word right after the noun's phrase, when ``_request_participle_noun``
    reads it as that noun's reduced relative. None otherwise."""
    after = noun.right_edge.i + 1
    if after >= len(noun.doc):
        return None
    participle = noun.doc[after]
    return participle if getattr(_request_participle_noun(participle), "i", None) == noun.i else None


AGENTIVE_RULE = "act noun '"
ANSWERED_HEADING = "answered by the acts its verbless heading introduces"


ANSWERED_UNTOLD = "answered by acts whose clause names no doer"


def _answered_by_untold_doer(noun: Token, lex: Lexicon) -> bool:
    """Whether the request noun ``noun`` stands in an "in response to" phrase on a clause that
    names no doer of the answering act: a passive with no "by" agent ("radars were delivered in
    response to X's requests") or a thing for subject, no party and owned by none ("This new package
    includes ... in response to X's requests": no possessor and no actor modifier on the thing).
    English "in response to X" tells what its clause's act answers, so its doer is whom the request
    was made to (``_request_answerer`` where the clause names it); untold, the act is the text's own
    voice's, as under a verbless heading (``_answered_in_heading``): the linker gives it the state
    of a state institution's own release, outside quotes, and to no one elsewhere."""
    opener = _response_opener(noun)
    if opener is None:
        return False
    verb = opener.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == opener.i:
        return False
    subject, passive = _subject(verb)
    if subject is None:
        return False  # (an infinitive or a clause whose doer is elsewhere: not read here)
    if passive:
        return _passive_agent(verb) is None
    if subject.pos_ in ("PRON", "PROPN") or _named_party(subject, lex) or _is_actor(subject, lex, allow_pronoun=True):
        return False
    return not any(c.dep_ in ("poss", "compound", "amod", "nmod") and (c.ent_type_ or _is_actor(c, lex, allow_pronoun=True))
                   for c in subject.children) and not any(p == "of" for p in _preps(subject))


def _answered_in_heading(noun: Token) -> bool:
    """Whether the request noun ``noun`` stands in an "in response to" phrase that is its
    sentence's root, no clause around it: "In response to a recent request from the Government of
    Haiti for security support:" heading the list of acts that answer it. English "in response to
    X" tells what the acts it modifies answer, so their doer is whom the request was made to
    (``_request_answerer`` for a clause's subject); a heading with no clause leaves those acts to
    the text's own voice, which in a state institution's release is its state's (the linker fills
    that state, as it does for the release's own obligations and measures)."""
    opener = _response_opener(noun)
    return opener is not None and opener.head.i == opener.i and opener.pos_ == "ADP"


def _opposed_theme(noun: Token, agent: Token) -> Optional[Token]:
    """The object an opposing act noun names itself, as the object of its "of" / "over" / "at"
    phrase that is not its agent: "China's criticism *of Japan*", "Hamas's rejection *of the
    proposal*", "anger *at* the decision" -> that object's head; None for "the resistance of the
    Association", whose only "of" is the agent (English nominalisation: with a possessive agent the
    "of" phrase is the verb's object). Shape: Token | None."""
    preps = _preps(noun)
    return next((o for p, o in preps.items() if p in ("of", "over", "at") and o.i != agent.i), None)


def _opposed_clause_doer(noun: Token, lex: Lexicon) -> Optional[Token]:
    """The doer of the act an agentive rejection or condemnation noun in a concessive phrase
    opposes: "several municipalities began asking private hospitals to pay taxes ...,
    despite the resistance of the Medical Association" -> "municipalities". English concessive
    "despite / notwithstanding" (event_detection.yaml concessive_preps) says the main clause's act
    went ahead against the noun's agent, so what the agent rejects is that act and the target
    (PLOVER REJECT / DISAPPROVE: the actor whose action is rejected) is its doer: the subject of the
    verb the phrase modifies, up through subjectless infinitive and coordinated verbs ("have
    started asking ... to pay"). None where the noun is in no such phrase, the clause is passive
    (its subject is no doer) or its subject is a pronoun or no actor."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in detection_lexicon()["concessive_preps"]:
        return None
    verb = prep.head
    while verb.pos_ in ("VERB", "AUX"):
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject if subject.pos_ != "PRON" and _is_actor(subject, lex, allow_pronoun=False) else None
        if verb.dep_ not in ("xcomp", "conj") or verb.head.pos_ not in ("VERB", "AUX"):
            return None
        verb = verb.head
    return None


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


# the entity type a key's prefix names (coref._KEY_PREFIX read backwards; states are "country:")
_KEY_TYPES = {prefix: etype for etype, prefix in _KEY_PREFIX.items()} | {"country": "country"}


def _counted_types(doc: Doc, event: Event) -> Optional[frozenset[str]]:
    """The entity types of the named parties the event's counted target may be told again by
    (``actor_heads.counted_member_types``: "five regime officials" -> person, group), None when
    its nouns are of no one kind ("25 targets")."""
    from newsgraph.nlp.actor_heads import counted_member_types

    span = _target_span(doc, event)
    return counted_member_types(span) if span is not None else None


def fold_counted_summaries(doc: Doc, events: list[Event]) -> list[Event]:
    """A counted summary ("The United States is designating six entities ...") whose parties the
    next sentences name one by one ("The Department of State is designating Pioneer Ship
    Management PTE LTD ..."): the summary tells the same acts as those events, so its sentence
    becomes evidence of each of them, not a separate event with an unnamed, unkeyed recipient.
    Members: events of the same type (SANCTION, ACCUSE, COERCE) and status in the four sentences
    after, by the same actor or a body of its government (``same_government``; run after
    linking, on keys), with a keyed target that holds a name and is no count itself nor a word
    in one (``_within_count``), not dated apart, and is no state (a state is no member of a
    counted set of people or bodies: "visa restrictions on 18 Russian nationals" is not told
    again by "prohibiting imports of Russian Federation origin"), and whose key's entity type is
    one the counted noun can count (``_counted_types``: "five regime officials" are told again by
    named persons, not by "Saraya al-Areen, a militia"; "six entities" by named organisations;
    a noun of no one kind, "25 targets", by any). The summary must name its doer (an agentless
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
        counted = _counted_types(doc, summary)
        members = [e for e in events if e is not summary and e.type == summary.type and e.status == summary.status
                   and e.target_key and not e.target_key.startswith("country:")
                   and (counted is None or _KEY_TYPES.get(e.target_key.split(":", 1)[0]) in counted)
                   and e.sentence_start in sentence_index
                   and 1 <= sentence_index[e.sentence_start] - here <= _SUMMARY_REACH
                   and id(e) not in dropped and _names_party(doc, e) and not _counted_summary(doc, e)
                   and not _within_count(doc, e) and same_government(summary, e)
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


def _dated_apart(a: Event, b: Event) -> bool:
    """Both mentions dated by their text (not the publication) on days or periods that cannot be
    one ("2021-03-01" / "2021-03-02"; not "2021-03" / "2021-03-02"): two acts, not one told twice
    (two meetings of one pair on different days; ``event_dates.split_other_occurrences`` does the
    same in one Doc, where the dates come after this merge)."""
    return a.date_source == "text" and b.date_source == "text" and not dates_can_coincide(a, b)


def _named_at(doc: Doc, start: Optional[int], end: Optional[int]) -> bool:
    """A mention of a named entity (coreference has run: pronouns and titles that stand for one
    count) overlaps the span."""
    if start is None or end is None:
        return False
    return any(m.entity_key and m.start < end and start < m.end for m in doc._.ng_mentions or [])


def _country_state(key: Optional[str]) -> Optional[str]:
    """ISO3 of the state a country key names ("country:usa" -> "USA"), else None (another key, or none)."""
    return key.split(":", 1)[1].upper() if (key or "").startswith("country:") else None


def _stressed_need_act(event: Event, doc: Optional[Doc]) -> Optional[Token]:
    """The needed act of a DEMAND left with no target after linking whose trigger is a restatement
    verb with a need or importance noun (event_detection.yaml restatement_verbs, emphasised_needs,
    emphasised_importance: "stressed the need to continue", "emphasized the importance of
    protecting"): the infinitive on the noun or the gerund after its "of", else the noun itself
    (a need for a thing: "the need for concrete progress"); None for any other event. Shape:
    (Event, Doc | None) -> Token | None."""
    if event.type != "DEMAND" or doc is None or event.trigger_start is None \
            or event.target_text or event.target_key or event.target_acts_for:
        return None
    noun = _stressed_noun(doc, event, ("emphasised_needs", "emphasised_importance"), load_lexicon())
    if noun is None:
        return None
    for child in noun.children:
        if child.dep_ in ("acl", "relcl") and child.pos_ == "VERB":
            return child  # "the need to allow"
        if child.dep_ == "prep" and child.lower_ == "of":
            act = next((g for g in child.children if g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG"), None)
            if act is not None:
                return act  # "the importance of protecting"
    return noun
