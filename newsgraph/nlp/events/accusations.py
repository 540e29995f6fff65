"""Accusations in statements (``StatementIndex``), actor identity and merged mentions,
participants and delegations, and the article-level folds of bans, previews and warnings.
Builds on every module from ``lexicon`` to ``frames`` except ``status``."""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.act_doers import deverbal_nouns
from newsgraph.nlp.actor_heads import delegation_words
from newsgraph.nlp.compound_members import member_code
from newsgraph.nlp.context_states import same_government
from newsgraph.nlp.coref import overlapping_mentions
from newsgraph.nlp.doc_cache import doc_ents, doc_text, token_deps, token_lowers
from newsgraph.nlp.timex import NUMBER_WORDS
from newsgraph.nlp.types import Event
from newsgraph.resolve.countries import lookup_country

from newsgraph.nlp.events.lexicon import (ACTOR_ENT_LABELS, AID_BENEFICIARY_PREPS, CAUSATIVE_VERBS, EVENT_WORDS,
                                          FORCE_TYPES, Lexicon, ONSET_PARTICLES, ONSET_VERBS, PASSIVE_SUBJECT_DEPS,
                                          SUBJECT_DEPS, Trigger, detection_lexicon, load_lexicon, sector_agents)
from newsgraph.nlp.events.actor_phrases import (AID_RECIPIENT_DEPTH, _actor_in_phrase, _actor_inside, _actor_or_inside,
                                                _children, _is_actor, _preps, noun_lemma, to_infinitive)
from newsgraph.nlp.events.subjects import STRANDED_SUBJECT_LABELS, _subject, _with_conjuncts
from newsgraph.nlp.events.conditions import (FIRST_SECOND_PERSON, _act_doer, _conditional_host, _controller,
                                             _inverted_condition, _speaker_of, _warning_condition)
from newsgraph.nlp.events.senses import _condemns, _strike_sense
from newsgraph.nlp.events.detection import (DEALING_BAN, OBLIGATION_RULE, REPRESSION, WRITER_WARNING,
                                            _carry_threat_made, _civil_society_repressed)
from newsgraph.nlp.events.targets import PROMISED_ACT_RULE, _actor_span, _handed_over_person
from newsgraph.nlp.events.frames import (_RESTATING_DETERMINERS, _add_evidence, _dated_apart, _direct_events, _named_at,
                                         _names_beyond_title, _negated, _other_side, _target_span)


def _handover_without_receiver(predicate: Token, trigger: Trigger) -> bool:
    """Whether ``predicate`` is a custody handover (COOPERATE) whose object is the person handed
    over (``_handed_over_person``) and which names no receiver in a "to" phrase ("Peru extradited
    the smuggler"). PLOVER COOPERATE judicial (CAMEO 063) is between the two authorities; the
    receiving one, unnamed here, is no reason to drop the act the sending one did, so the
    recipient check lets it stand with no target (as 0.7.580 kept its event). Since 0.7.910."""
    if trigger.event_type != "COOPERATE" or "to" in _preps(predicate) \
            or any(c.dep_ == "prt" and "to" in _preps(c) for c in predicate.children):
        return False
    return any(_handed_over_person(o, predicate) for o in _children(predicate, ("dobj", "obj")))


def _dealing_ban(event: Event) -> bool:
    """Whether ``event`` is a SANCTION read from a prohibition of dealings ("all U.S. persons are
    prohibited from transacting with X": ``DEALING_BAN``)."""
    return event.type == "SANCTION" and f"({DEALING_BAN} '" in (event.explanation or "")


def _same_sanctioned_party(doc: Doc, measure: Event, ban: Event) -> bool:
    """Whether a measure's target and a prohibition of dealings' target are one party: one key
    where both are keyed, else the same head word (lemma) of the target phrase, acting for the
    same state ("three Nicaragua-based entities" / "these entities", both NIC) or, for a ban's
    target of no state, pointing back with a restating determiner ("*these* entities":
    ``_RESTATING_DETERMINERS``)."""
    if measure.target_key and ban.target_key:
        return measure.target_key == ban.target_key
    spans = _target_span(doc, measure), _target_span(doc, ban)
    if any(s is None or not len(s) for s in spans) \
            or spans[0].root.lemma_.lower() != spans[1].root.lemma_.lower():
        return False
    if ban.target_acts_for or ban.target_key:
        return bool(measure.target_acts_for) and measure.target_acts_for == ban.target_acts_for
    return any(c.dep_ in ("det", "predet") and c.lower_ in _RESTATING_DETERMINERS for c in spans[1].root.children)


def fold_dealing_bans(doc: Doc, events: list[Event]) -> list[Event]:
    """A prohibition of dealings (``_dealing_ban``: "Accordingly, all U.S. persons are prohibited
    from transacting with these entities") told beside another SANCTION of the same government
    (``same_government``; run after linking, on keys) on the same party (``_same_sanctioned_party``)
    is the legal effect of that measure ("As a result", "by imposing sanctions"), not a second
    act: PLOVER codes one event per source, action and target. Its sentence becomes evidence of
    the explicit measure, which stays the event (the first such in the article); measures
    negated or dated apart (``_dated_apart``) are other acts. A prohibition with no such twin
    is kept: OFAC's wording is often the only telling of the measure on that party."""
    bans = [e for e in events if _dealing_ban(e) and e.status != "negated"]
    if not bans:
        return events
    return _fold_into_measures(
        events, bans,
        lambda ban: next((e for e in events if e.type == "SANCTION" and not _dealing_ban(e)
                          and e.status == ban.status and same_government(e, ban)
                          and _same_sanctioned_party(doc, e, ban) and not _dated_apart(e, ban)), None),
        lambda ban: f"'{ban.trigger}' dealings with '{ban.target_text}' is this measure's effect")


def _fold_into_measures(events: list[Event], tellings: list[Event], measure_of, why) -> list[Event]:
    """``events`` less each of ``tellings`` for which ``measure_of(telling)`` finds the measure it
    tells again (an Event, else None): its sentence becomes evidence of that measure, and the
    measure's explanation says ``why(telling)``. One act told twice is one event (PLOVER: one
    event per source, action and target)."""
    dropped: set[int] = set()
    for telling in tellings:
        measure = measure_of(telling)
        if measure is None:
            continue
        dropped.add(id(telling))
        _add_evidence(measure, (telling.sentence_start, telling.sentence_end))
        measure.explanation = (measure.explanation or "") + f"; {why(telling)}: that sentence is evidence of it"
    return [e for e in events if id(e) not in dropped]


def _previewed_measure(doc: Doc, preview: Event, events: list[Event]) -> Optional[Event]:
    """The asserted SANCTION of the same article that a planned sanction threat (THREATEN, the
    lexicon's mode sanction, stored as the codebook's restrict; status planned: "Treasury *will sanction* three Nicaragua-based entities") announces:
    one of the same government (``same_government``) on the same particular party
    (``_same_sanctioned_party``: "Today, the Treasury Department designated three Nicaragua-based
    entities"), not dated apart. A state as the target ("will continue to impose costs on
    Russia") is a standing warning beside many measures on that state, no preview of one: a
    country-keyed target never matches. None otherwise."""
    if preview.type != "THREATEN" or preview.status != "planned" or preview.mode != "sanction" \
            or (preview.target_key or "").startswith("country:") or not (preview.target_key or preview.target_text):
        return None
    return next((e for e in events if e.type == "SANCTION" and e.status == "asserted"
                 and same_government(e, preview) and _same_sanctioned_party(doc, e, preview)
                 and not _dated_apart(e, preview)), None)


def fold_sanction_previews(doc: Doc, events: list[Event]) -> list[Event]:
    """A briefing's preview of its own measure ("On the sanctions front, Treasury will sanction
    three Nicaragua-based entities ...") told beside the measure itself ("Today, the Treasury
    Department designated three Nicaragua-based entities", ``_previewed_measure``) is one act told
    twice, not a threat besides it (PLOVER codes one event per source, action and target; TimeML:
    the future mention and the past one corefer): its sentence becomes evidence of the measure.
    A warning with no such measure on the same party stays THREATEN."""
    return _fold_into_measures(
        events, events, lambda preview: _previewed_measure(doc, preview, events),
        lambda preview: f"'{preview.trigger}' '{preview.target_text}' announced ahead is this measure")


# how many sentences apart a delegation's leader and the meeting it is a side of may be told (a
# readout names the meeting, then each side's leader in the next sentences)
_DELEGATION_REACH = 2


def _delegation_sides(doc: Doc, events: list[Event]) -> dict[int, str]:
    """id(event) -> the state of the delegation a CONSULT event's trigger leads ("X led the Cuban
    delegation": ``_delegation_leaders``), for the events told that way with no trip mode (a
    delegation led to a place is a visit: its own act)."""
    verbs = {verb.idx: state for _index, state, _subject, verb in _delegation_leaders(doc)}
    return {id(e): verbs[e.trigger_start] for e in events
            if e.type == "CONSULT" and e.mode in (None, "meet") and e.trigger_start in verbs}


def _meeting_sides(event: Event) -> set[str]:
    """The states an event's two actors act for (a meeting's sides), those given."""
    return {s for s in (event.source_acts_for, event.target_acts_for) if s}


def _sides_of(leading: Event, state: str, meeting: Event, sentence_of: dict[int, int]) -> bool:
    """Whether ``leading`` (a CONSULT told as leading the ``state`` delegation) is a side of
    ``meeting``: another CONSULT of the same status, told within ``_DELEGATION_REACH`` sentences,
    not dated apart, whose states hold the delegation's and the leader's counterpart's (where
    either names one). A meeting held remotely (mode phone: "virtually convened the meeting") has
    its delegations too."""
    if meeting is leading or meeting.type != "CONSULT" or meeting.mode not in (None, "meet", "phone") \
            or meeting.status != leading.status or _dated_apart(meeting, leading) \
            or meeting.sentence_start not in sentence_of or leading.sentence_start not in sentence_of \
            or abs(sentence_of[meeting.sentence_start] - sentence_of[leading.sentence_start]) > _DELEGATION_REACH:
        return False
    sides = _meeting_sides(meeting)
    counterpart = leading.target_acts_for
    return state in sides and (counterpart is None or counterpart in sides or meeting.target_acts_for is None)


def fold_delegation_leaders(doc: Doc, events: list[Event]) -> list[Event]:
    """"On April 21, U.S. and Cuban officials met ... Emily Mendrala led the U.S. interagency
    delegation, and Carlos Fernandez de Cossio led the Cuban delegation": leading one's own
    delegation (CAMEO 036 "lead + delegation", coded CONSULT and paired with the other side's
    leader by ``pair_delegation_leaders``) is no interaction of its own but a role in the meeting
    the readout reports (PLOVER CONSULT: one event for a meeting, between its participants); its
    leaders are that meeting's participants. Where the article codes the meeting (``_sides_of``),
    each leader's sentence becomes evidence of it; where it codes none, the first leader's event
    stands for the meeting and the other side's mirror of it (its actors' states swapped) becomes
    its evidence. A meeting naming one side only ("NCB hosted the meeting") gives way to a
    leader's event naming both: that event stays, the meeting's sentence its evidence. Run after
    linking, on the actors' states."""
    leading = _delegation_sides(doc, events)
    if not leading:
        return events
    sentence_of = {sent.start_char: n for n, sent in enumerate(doc.sents)}
    dropped: set[int] = set()
    for event in events:
        state = leading.get(id(event))
        if state is None or id(event) in dropped:
            continue
        meeting = next((m for m in events if id(m) not in leading and id(m) not in dropped
                        and _sides_of(event, state, m, sentence_of)), None)
        mirror = None if meeting is not None else next(
            (m for m in events if id(m) in leading and m is not event and id(m) not in dropped
             and m.status == event.status and event.target_acts_for
             and (m.source_acts_for, m.target_acts_for) == (event.target_acts_for, event.source_acts_for)
             and abs(sentence_of.get(m.sentence_start, -9) - sentence_of.get(event.sentence_start, 9)) <= _DELEGATION_REACH
             and not _dated_apart(m, event)), None)
        if meeting is None and mirror is None:
            continue
        # the meeting keeps the leader's sentence; of two mirrored leaders' events, the first told
        face, telling = (meeting, event) if meeting is not None else \
            sorted((event, mirror), key=lambda e: (e.sentence_start, e.trigger_start))
        if meeting is not None and meeting.target_acts_for is None and event.target_acts_for:
            face, telling = event, meeting  # the telling that names both sides is the event
        dropped.add(id(telling))
        _retold_in(face, telling, f"the meeting whose delegations' leaders this names ('{telling.trigger}', "
                   f"{telling.source_text} -> {telling.target_text})" if telling is meeting else
                   f"'{telling.trigger}' ({telling.source_text} -> {telling.target_text}) is this meeting told by a "
                   f"delegation's leader")
    return [e for e in events if id(e) not in dropped]


def _signed_noun(doc: Doc, event: Event) -> Optional[str]:
    """The lemma of the document a signing names: a noun among its trigger words ("signed
    agreement"), else the verb's object or the noun it modifies ("the treaty signed with Bolivia",
    "The treaty, signed on July 26"); None when the text names none."""
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None:
        return None
    nouns = [t for t in span if t.pos_ in ("NOUN", "PROPN")]
    if not nouns:
        verb = span.root
        nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] or \
            ([verb.head] if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") else [])
    return noun_lemma(nouns[-1]) if nouns else None


def _restated_act(first: Event, later: Event, doc: Optional[Doc] = None) -> bool:
    """Whether ``later`` tells ``first``'s act again in another sentence of the article: the same
    type, mode and status (not negated), dates that can be one (``_dated_apart``, and not in two
    months), and either a warning (THREATEN) between the same keyed actors ("We've made clear that
    ... would impose swift and severe consequences" ... "as we've said all along, ... it will face
    the massive consequences") or a signing of an agreement between the same two states, told once
    of the states and once of their ministers ("the treaty signed with Bolivia" / "The treaty,
    signed on July 26 between Iran's Defense Minister ... and his Bolivian counterpart"): a
    standing warning and an agreement's signing are one act however often the text recounts them.
    A telling marked as another occurrence ("Iran also signed another agreement with Bolivia";
    ``event_dates.repeat_marked``) is none, and neither is the signing of another document
    (``_signed_noun``: "a defense agreement" / "a memorandum")."""
    from newsgraph.nlp.event_dates import repeat_marked

    if later.type != first.type or later.mode != first.mode or later.status != first.status \
            or first.status == "negated" or later.sentence_start == first.sentence_start \
            or _dated_apart(first, later) or (first.date and later.date and first.date[:7] != later.date[:7]):
        return False
    if doc is not None and (repeat_marked(doc, first) or repeat_marked(doc, later)):
        return False
    if first.type == "THREATEN":
        return bool(first.source_key and first.target_key) \
            and (first.source_key, first.target_key) == (later.source_key, later.target_key)
    if first.type == "SUPPORT" and first.mode == "agreement":
        states = {first.source_acts_for, first.target_acts_for}
        return None not in states and len(states) == 2 \
            and states == {later.source_acts_for, later.target_acts_for} \
            and (doc is None or _signed_noun(doc, first) == _signed_noun(doc, later))
    return False


def fold_restated_acts(doc: Doc, events: list[Event]) -> list[Event]:
    """One act recounted in several sentences (``_restated_act``) is one event: ``merge_mentions``
    folds the tellings whose actors it can tell alike before linking, but a "we", an agentless
    warning in the publisher's voice and a state told once by its minister resolve only here, on
    keys and states (PLOVER: one event per source, action and target). The kept telling is the
    first, or the later one its own text dates where the first has no text date (the signing's
    day); every telling's sentence is its evidence. Run after linking, before the joint voices
    are split per signatory."""
    dropped: set[int] = set()
    for index, first in enumerate(events):
        if id(first) in dropped:
            continue
        for later in events[index + 1:]:
            if id(later) in dropped or not _restated_act(first, later, doc):
                continue
            face, telling = (later, first) if first.date_source != "text" and later.date_source == "text" \
                else (first, later)
            dropped.add(id(telling))
            _carry_threat_made(face, telling)
            _retold_in(face, telling, f"'{telling.trigger}' ({telling.source_text} -> {telling.target_text}) tells "
                                      f"this act again")
            if face is later:
                break  # the first is folded into a later telling: that one goes on gathering
    events = [e for e in events if id(e) not in dropped]
    return _fold_partyless_tellings(doc, events)


def _one_source(full: Event, partial: Event) -> bool:
    """Whether two tellings name one source: the same key, or a state's key (``country:<ISO3>``)
    and an actor acting for that state ("the Mexican Government extradited ..." / "President X's
    decision to extradite ...": the head of government's act is the state's)."""
    if full.source_key and full.source_key == partial.source_key:
        return True
    state = full.source_acts_for
    return bool(state) and state == partial.source_acts_for \
        and f"country:{state}" in (full.source_key, partial.source_key)


def _plural_patient(doc: Doc, event: Event) -> bool:
    """Whether the verb trigger of ``event`` acts on a plural object ("Russia has destroyed these
    bridges", "extradited the suspects"): several acts summed up, or one on several things, never
    the one act on one thing another sentence tells in full."""
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None or span.root.pos_ != "VERB":
        return False
    return any(c.dep_ in ("dobj", "obj", "nsubjpass") and c.tag_ in ("NNS", "NNPS") for c in span.root.children)


def _fold_partyless_tellings(doc: Doc, events: list[Event]) -> list[Event]:
    """A telling of an act that names no target ("I thank President X for his decision to
    extradite this criminal") where the article has exactly one event of the same type, mode and
    status from the same source (``_one_source``) that names its target ("Today, the Mexican
    Government extradited X to the United States") tells that act again, from another sentence:
    its sentence joins that event as evidence and it is no event of its own (PLOVER: one event per
    source, action and target; an event without its target is incomplete, and the article's full
    telling completes it). Only a material act, one happening however often told: a verbal act
    (plover_frames.yaml expressive_types, and AGREE's promises) is performed by each statement
    that makes it, its content telling it apart ("We condemn A" / "We condemn B"). Two or more such
    full events (acts on different targets) leave it alone, as do dates that cannot be one
    (``_dated_apart``, or two months: "three rounds of restrictions since November 2021" beside
    today's), a telling marked as another occurrence (``event_dates.repeat_marked``:
    "extradited another suspect") and one on a plural object (``_plural_patient``: "has destroyed
    these bridges" sums up more than the one bridge told in full)."""
    from newsgraph.nlp.event_dates import repeat_marked

    verbal = load_lexicon().expressive_types | {"AGREE"}
    dropped: set[int] = set()
    for partial in events:
        if partial.type in verbal or partial.target_key or partial.target_acts_for or partial.target_text \
                or not (partial.source_key or partial.source_acts_for) or partial.status == "negated":
            continue
        full = [e for e in events if e is not partial and id(e) not in dropped
                and e.type == partial.type and e.mode == partial.mode and e.status == partial.status
                and e.sentence_start != partial.sentence_start
                and (e.target_key or e.target_acts_for) and _one_source(e, partial)]
        if len(full) != 1 or _dated_apart(full[0], partial) or repeat_marked(doc, partial) or _plural_patient(doc, partial) \
                or repeat_marked(doc, full[0]) or (full[0].date and partial.date
                                                   and full[0].date[:7] != partial.date[:7]):
            continue
        face = full[0]
        dropped.add(id(partial))
        for span in partial.evidence_spans or [(partial.sentence_start, partial.sentence_end)]:
            _add_evidence(face, tuple(span))
        face.explanation = (face.explanation or "") + \
            f"; '{partial.trigger}' ({partial.source_text}, no target) tells this act again: that sentence is evidence of it"
    return [e for e in events if id(e) not in dropped]


def _onset_events(token: Token, sent: Span, lex: Lexicon, text: str) -> list[Event]:
    """An event noun as the subject of a verb of occurrence: "Clashes broke out between police
    and protesters" (ASSAULT, both sides), "Palestinian protests erupted" (PROTEST by the
    Palestinians), "Talks between A and B resumed" (CONSULT). Actors come from the noun; aid's
    recipient also from the act it goes on doing (``_onset_aid_recipient``: "U.S. assistance
    continues to strengthen Ukraine's position"), and aid to nobody named is no event (PLOVER AID
    "Requires recipient: Yes")."""
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
    # "The army's strikes against ISIS intensified": the sense of "strike" from its doer or object
    event_type, mode = _strike_sense(noun, code, _actor_inside(noun, lex), lex)
    repressed = _civil_society_repressed(noun, [noun], event_type, lex) is not None
    if repressed:
        # "The government's attacks on independent journalists have intensified": its rulers
        # repressing civil society (PLOVER COERCE, ``detection._civil_society_repressed``)
        event_type, mode = REPRESSION
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
        if event_type == "AID" and target is None and source is not None:
            # (aid whose giver the noun does not name either, "security assistance continues to
            # flow into the country", stays no event: a recipient alone tells no act of giving)
            target = _onset_aid_recipient(noun, token, lex)
        sources, targets = [source], [target]
    if all(t is None for t in sources + targets):
        return []
    if event_type == "AID" and all(t is None for t in targets):
        # check recipient failed: "assistance continues to flow" names nobody who gets it, and
        # PLOVER AID "Requires recipient: Yes" (the verb-headed acts fail the same check in
        # _build_events)
        return []
    status = "negated" if _negated(token, lex) else "asserted"
    return _direct_events(sent, [noun, token], event_type, mode, sources, targets, status, 0.6,
                          f"event noun '{noun.lemma_}' + onset '{lemma}'"
                          + (" (attacks on civil society by its rulers: COERCE repression)" if repressed else ""), text)


def _onset_aid_recipient(noun: Token, verb: Token, lex: Lexicon) -> Optional[Token]:
    """The recipient of aid named as the subject of a verb of going on ("U.S. assistance
    continues to ...", ``_onset_events``): the aid noun's own beneficiary ("assistance to
    Ukraine"), else the one of the act the aid goes on doing (the onset verb's xcomp): first a
    beneficiary phrase in it ("continues to complement direct U.S. financial support to
    Ukraine": the "to" names whom the aid is for, a state modifying the noun is the giver), else
    the owner of its object ("continue to strengthen Ukraine's position": whose position the aid
    strengthens is whom it helps), else the nearest actor its phrase names. Token of the
    recipient or None."""
    for prep, obj in _preps(noun).items():
        if prep in AID_BENEFICIARY_PREPS and _is_actor(obj, lex, allow_pronoun=False):
            return obj
    for act in (c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
        clause = [t for t in act.subtree if not any(
            h.dep_ in ("ccomp", "advcl", "relcl", "csubj", "parataxis") or any(c.dep_ in SUBJECT_DEPS for c in h.children)
            for h in _heads_up_to(t, act))]
        beneficiary = next((t for t in clause if t.dep_ == "pobj" and t.head.lower_ in AID_BENEFICIARY_PREPS
                            and _is_actor(t, lex, allow_pronoun=False)), None)
        if beneficiary is not None:
            return beneficiary
        owner = next((c for o in _children(act, ("dobj", "obj")) for c in o.children
                      if c.dep_ == "poss" and _is_actor(c, lex, allow_pronoun=False)), None)
        if owner is not None:
            # (the owner of what the aid builds up, a stance noun too: "Ukraine's position")
            return owner
        found = _actor_in_phrase([act], lex, noun, purpose=True, max_depth=AID_RECIPIENT_DEPTH)
        if found is not None:
            return found
    return None


def _heads_up_to(token: Token, top: Token) -> list[Token]:
    """The heads from ``token`` (included) up to ``top`` (excluded): the path a word of ``top``'s
    subtree hangs by."""
    path = []
    while token.i != top.i and token.head.i != token.i:
        path.append(token)
        token = token.head
    return path


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
        actor = _actor_or_inside(subject, lex)
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
    for mention in overlapping_mentions(doc, start, end):
        if mention.entity_key:
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
    mention is kept and every sentence is added to its ``evidence_spans``. Two DEMANDs that ask
    for different acts (``_demanded_acts``) are two demands, however alike their actors; two AIDs
    naming different sums of money (``_aid_sums``) are two gifts."""
    demand_words = frozenset(t.i for e in events if e.type == "DEMAND"
                             for t in (doc.char_span(e.trigger_start, e.trigger_end, alignment_mode="expand") or ()))
    return _fold_definite_retellings(doc, merge_repeated(events, lambda e, side: (_merge_identity if side == "target" else _actor_identity)(
        doc, getattr(e, f"{side}_start"), getattr(e, f"{side}_end"), getattr(e, f"{side}_text")),
        lambda e, side: _indefinite_at(doc, getattr(e, f"{side}_start"), getattr(e, f"{side}_end")),
        lambda e: _title_line(doc, e),
        lambda e, side: _named_key(doc, getattr(e, f"{side}_start"), getattr(e, f"{side}_end")),
        lambda a, b, side: _renamed_in_sentence(doc, getattr(a, f"{side}_start"), getattr(a, f"{side}_end"),
                                                getattr(b, f"{side}_start"), getattr(b, f"{side}_end")),
        lambda e: _demanded_acts(doc, e, demand_words) if e.type == "DEMAND" else (
            _aid_sums(doc, e) if e.type == "AID" else _rallied_parties(doc, e)),
        purpose_of=lambda passive, main: _passive_purpose_of(doc, passive, main),
        apart=lambda a, b, side: _members_apart(doc, a, b, side)), demand_words)


# adjectives that set a definite act noun apart from one told before ("the new sanctions", "the
# latest attack", "the next round"): a contrast with another act, not a reference back to it
_CONTRASTING_ACT_WORDS = frozenset({"new", "latest", "next", "other", "first", "last", "later", "further",
                                    "additional", "fresh", "recent"})


# prepositions whose phrase on an act noun names the party it is aimed at ("the request to the
# government", "the attack on the embassy", "the sanctions against X"): a definite noun with one tells
# its own act, whether or not the party was read as its target
_ADDRESSEE_PREPS = frozenset({"to", "on", "upon", "against", "at", "for", "from", "with", "toward", "towards",
                              "into", "over"})


def _definite_act_noun(doc: Doc, event: Event) -> bool:
    """Whether ``event``'s trigger is a definite nominal: a noun with "the", "this", "that", "these",
    "those" or a possessive before it ("the request", "this decision", "Livorno's request"), no
    word marking another occurrence (``event_dates.repeat_marked``: "the second attack"), no
    contrasting adjective (``_CONTRASTING_ACT_WORDS``: "the new sanctions") and no phrase naming a
    party it is aimed at (``_ADDRESSEE_PREPS``: "the request to the government"). A definite description
    presupposes a unique referent the reader already knows (Quirk et al. 1985, 5.28-5.33:
    anaphoric "the"): told of an act, it names an act the article told before."""
    from newsgraph.nlp.event_dates import repeat_marked

    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if root.pos_ != "NOUN" or any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    before = [c for c in root.children if c.i < root.i]
    if not any(c.dep_ == "poss" or (c.dep_ in ("det", "predet") and c.lower_ in _DEFINITE_DETERMINERS)
               for c in before):
        return False
    if any(c.lower_ in INDEFINITE_DETERMINERS or c.lower_ in _CONTRASTING_ACT_WORDS or c.ent_type_ == "ORDINAL"
           for c in before):
        return False
    if any(c.dep_ == "prep" and c.lower_ in _ADDRESSEE_PREPS for c in root.children):
        return False  # "the request to the government", "the attack on X": a party of its own
    return not repeat_marked(doc, event)


def _fold_definite_retellings(doc: Doc, events: list[Event], demand_words: frozenset = frozenset()) -> list[Event]:
    """A mention whose trigger is a definite act noun (``_definite_act_noun``: "The request was
    advanced by X in 2010") that names no target, told in another sentence than an event of the
    same type, negation and source identity (``_actor_identity``) that names one, is that act told
    again (definite description anaphora): it folds into that event, the face naming the target,
    its sentence kept among the face's evidence spans (``_absorb``; its date, when its sentence
    gives one, dates the group, ``event_dates.split_other_occurrences``). The act referred to is
    the nearest earlier such event when every earlier one names one target, else the one such
    event of the article; two targets before it, or two after and none before, leave it alone. Two
    demands asking different acts (``_demanded_acts``) and dates that cannot be one
    (``_dated_apart``) are two acts. An indefinite ("a request", "another attack") or a verb
    introduces an act and is kept as it is."""
    if len(events) < 2:
        return events
    def identity(event: Event, side: str) -> Optional[str]:
        getter = _merge_identity if side == "target" else _actor_identity
        return getter(doc, getattr(event, f"{side}_start"), getattr(event, f"{side}_end"),
                      getattr(event, f"{side}_text"))

    dropped: set[int] = set()
    for telling in events:
        source = identity(telling, "source")
        if source is None or identity(telling, "target") is not None or telling.status == "negated" \
                or not _definite_act_noun(doc, telling):
            continue
        acts = _demanded_acts(doc, telling, demand_words)
        faces = [e for e in events if e is not telling and id(e) not in dropped and e.type == telling.type
                 and e.status == telling.status and e.sentence_start != telling.sentence_start
                 and identity(e, "source") == source and identity(e, "target") is not None
                 and not _dated_apart(e, telling)
                 and not (e.date and telling.date and e.date[:7] != telling.date[:7])
                 and not (acts and (asked := _demanded_acts(doc, e, demand_words)) and not acts & asked)]
        earlier = [e for e in faces if e.trigger_start < telling.trigger_start]
        if earlier:
            if len({identity(e, "target") for e in earlier}) != 1:
                continue
            face = earlier[-1]
        elif len(faces) == 1:
            face = faces[0]
        else:
            continue
        dropped.add(id(telling))
        _retold_in(face, telling, f"the definite '{telling.trigger}' ({telling.source_text}, no target) tells this "
                                  f"act again")
        _absorb(face, telling)
    return [e for e in events if id(e) not in dropped]


# the subordinators of a finite purpose or result clause ("so", "so that"; "in order that" is read
# off its "order" noun): English grammar's purpose adjuncts, beside the "to" infinitive
_PURPOSE_MARKS = frozenset({"so"})


def _purpose_clause_head(verb: Token) -> Optional[Token]:
    """The verb a purpose clause headed by ``verb`` is an adjunct of: an adverbial clause opened by
    "so" / "so that" or a "to" infinitive ("re-routed the shipments *so they are sent* to X",
    "packed the tanks *to be shipped* to X"), or the clause of "in order that / for / to" (the
    parser hangs it on "order", the object of "in"). None for any other clause."""
    def purpose_mark(word: Token) -> bool:
        # "so" is a subordinator; fronted, the parser may read "So that" as an adverb and its mark
        if word.dep_ == "mark" and word.lower_ in _PURPOSE_MARKS:
            return True
        return word.dep_ == "advmod" and word.lower_ in _PURPOSE_MARKS and word.i + 1 < len(word.doc) \
            and word.nbor().lower_ == "that" and word.nbor().dep_ == "mark"

    if verb.dep_ == "advcl" and any(purpose_mark(c) or (c.dep_ == "aux" and c.tag_ == "TO") for c in verb.children):
        return verb.head
    order = verb.head
    if verb.dep_ == "acl" and order.lower_ == "order" and order.dep_ == "pobj" and order.head.lower_ == "in":
        return order.head.head
    return None


def _passive_purpose_of(doc: Doc, passive: Event, main: Event) -> bool:
    """Whether ``passive``'s trigger verb is an agentless passive ("are sent", "to be shipped": a
    passive auxiliary, no "by" agent) heading a purpose or result clause (``_purpose_clause_head``)
    of ``main``'s trigger verb or of a verb conjoined with it ("provided X with Y, and re-ordered
    exports so they are sent to X first"). Such a clause tells the outcome the main clause's act
    aims at; where it is an act of the main act's own type on the main act's target (the caller's
    test) it re-describes that act, not a second happening whose doer went unnamed: one
    happening, one event (``merge_repeated``). Shape: (Doc, Event, Event) -> bool."""
    def verbs(event: Event) -> list[Token]:
        span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
        return [t for t in span or () if t.pos_ == "VERB"]

    main_verbs = {t.i for v in verbs(main) for t in (v, *v.conjuncts)}
    for verb in verbs(passive):
        if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
            continue
        head = _purpose_clause_head(verb)
        if head is not None and head.i in main_verbs:
            return True
    return False


def _aid_sums(doc: Doc, event: Event) -> frozenset[str]:
    """The sums of money an AID names in its trigger's own clause, as "sum:<text>" keys ("announced
    *$20 million* to support X", "supported a *$530 million* loan"): two grants of different sums
    to one recipient are two acts of giving, however alike their actors (``merge_repeated`` keeps
    them apart; a sum told again, or a mention naming none, merges as before). A sum inside a
    clause of its own below the trigger (a verb between them: "to cover costs of $2 million") is
    not the aid's. Shape: (Doc, Event) -> frozenset[str]; empty for another type or no sum."""
    if event.type != "AID":
        return frozenset()
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None:
        return frozenset()
    inside = {t.i for t in span}
    # an aid verb in a purpose infinitive gives the sum its governor names ("announced *$20
    # million* to support X"; "$20 million to support X"): the sum given for that purpose
    tops = list(span)
    for t in span:
        if t.dep_ in ("advcl", "xcomp", "acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            governor = t.head
            if governor.ent_type_ == "MONEY":
                tops.append(governor)
            else:
                tops += [c for c in governor.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    sums: set[str] = set()
    for head in tops:
        inside |= {head.i}
        for token in head.subtree:
            if token.ent_type_ != "MONEY":
                continue
            walk, own = token, True
            while walk.i not in inside and walk.head.i != walk.i:
                walk = walk.head
                if walk.i not in inside and walk.pos_ in ("VERB", "AUX"):
                    own = False  # the sum of another clause's act
                    break
            if own:
                entity = next((ent for ent in doc_ents(doc) if ent.start <= token.i < ent.end), None)
                if entity is not None:
                    sums.add("sum:" + re.sub(r"\s+", " ", entity.text.lower()))
    return frozenset(sums)


def _rallied_parties(doc: Doc, event: Event) -> frozenset[str]:
    """The nouns of the parties a SUPPORT rally with no target gathers (the trigger verb's direct
    objects, or its purpose clause's subject: "rallied the world" -> {"rally:world"}, "rally 141 countries" -> {"rally:country"}):
    CAMEO 053 support rallied from others for no one named is told by whom it gathers, so two
    rallies of different parties are two acts (``merge_repeated``); empty for any other event."""
    if event.type != "SUPPORT" or event.mode != "rally" or event.target_start is not None:
        return frozenset()
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None:
        return frozenset()
    # (the parser may make the rallied the subject of the purpose clause: "rallied its partners
    # to back a resolution", as ``detection._object_class_sense`` reads them)
    rallied = [o for t in span for o in _children(t, ("dobj", "obj")) or [
        s for c in _children(t, ("ccomp", "xcomp")) for s in _children(c, ("nsubj",))]]
    return frozenset(f"rally:{o.lemma_.lower()}" for o in rallied if o.pos_ in ("NOUN", "PROPN"))


def _demanded_acts(doc: Doc, event: Event, demand_words: frozenset = frozenset()) -> frozenset[str]:
    """The acts a DEMAND asks for, as verb lemmas (``_act_words``): the infinitive or "that" clause
    of its verb ("called on Russia *to withdraw*", "demand that Iran *release*", "urged Belarus *to
    stop supporting*"), also where the parser hung it on the addressee ("on Russia to withdraw")
    or on the verb a demand noun is the object of ("reiterate our call on Hamas *to release*"),
    and the act noun of a "call for" ("call for the *release* of"), with their conjuncts ("to
    de-escalate and to withdraw"), less a conjunct that is itself a demand's trigger
    (``demand_words``, token indices: "demanded that X release A and demanded that X allow B",
    where the parser made the second verb a conjunct of the first act); for a demand read from an
    obligation ("Russia must end its attacks", ``OBLIGATION_RULE``) the obliged verb. PLOVER REQUEST's mode is
    the content of the demand (assist / change / yield / meet), so the act asked is what one
    demand is; empty for another type or when no act is found. Shape: (Doc, Event, frozenset[int])
    -> frozenset[str]."""
    if event.type != "DEMAND":
        return frozenset()
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None:
        return frozenset()
    inside = {t.i for t in span}
    if not any(t.pos_ == "VERB" for t in span) and any(t.pos_ == "NOUN" and t.dep_ == "pobj" for t in span):
        # a demand noun inside a prepositional phrase names a demand as the setting of another act
        # ("act with urgency on Ukraine's request for provisional measures"): it refers to one made,
        # whose act it need not restate, so it merges as before
        return frozenset()
    if OBLIGATION_RULE in (event.explanation or ""):
        # "Russia must meet its commitments" / "Russia must also end its attacks": the writer's
        # demand on the one obliged asks for the obliged act itself, the trigger's verb
        return frozenset(w for t in span if t.pos_ == "VERB" for w in _act_words(t))
    hosts = list(span) + [t.head for t in span if t.pos_ == "NOUN" and t.dep_ == "dobj"
                          and t.head.pos_ == "VERB" and t.head.i not in inside]
    acts: list[Token] = []
    for host in hosts:
        for child in host.children:
            if child.pos_ in ("VERB", "AUX") and (child.dep_ in ("xcomp", "ccomp") or (
                    child.dep_ in ("advcl", "acl") and to_infinitive(child))):
                acts.append(child)
            elif child.dep_ == "acl" and host.pos_ == "NOUN" and child.pos_ == "VERB":
                acts.append(child)  # "our demand that Russia put an end to"
            elif child.dep_ == "prep" and child.lower_ == "for":
                if not _children(host, ("dobj", "obj", "prt")):
                    # "call for the release of": the prepositional verb; "call it out for what it
                    # is" (an object or particle between) is no call for anything
                    acts.extend(n for n in _children(child, ("pobj",)) if n.pos_ == "NOUN")
            elif child.dep_ in ("dobj", "prep"):
                # the infinitive hung on the addressee ("urge Russia / call on Russia to withdraw")
                addressees = [child] if child.dep_ == "dobj" else _children(child, ("pobj",))
                acts.extend(v for a in addressees for v in a.children
                            if v.dep_ in ("acl", "relcl") and v.pos_ == "VERB" and to_infinitive(v))
    verbs = load_lexicon().verbs
    found = {a.i: a for a in acts}
    for act in acts:
        for conjunct in act.conjuncts:
            if conjunct.pos_ == act.pos_ and conjunct.i not in demand_words and conjunct.i not in inside \
                    and verbs.get(conjunct.lemma_.lower(), ("",))[0] != "DEMAND":
                # (a demand verb is a demand of its own, not an act asked: "demanded that X release
                # A and demanded that X allow B", the second verb parsed as a conjunct of "release")
                found.setdefault(conjunct.i, conjunct)
    return frozenset(w for act in found.values() if act.i not in demand_words for w in _act_words(act))


def _act_words(act: Token, depth: int = 0) -> frozenset[str]:
    """The verb lemmas an act word names: a verb's own lemma, an act noun's verbs (WordNet
    derivations, ``act_doers.deverbal_nouns``: "release" -> release, "withdrawal" -> withdraw;
    else its lemma); an aspect verb or a verb of stopping (plover_frames.yaml aspect_verbs,
    event_detection.yaml terminative_verbs: "stop", "cease", "continue") stands for its complement
    ("stop supporting" -> support, "cease its attacks" -> attack), as does such a noun ("an end to
    the war" -> war)."""
    phase = load_lexicon().aspect_verbs | detection_lexicon()["terminative_verbs"]
    if act.pos_ in ("NOUN", "PROPN"):
        lemma = noun_lemma(act)
        words = deverbal_nouns().get(lemma) or frozenset({lemma})
        if words & phase and depth < 3:
            inner = [o for p in act.children if p.dep_ == "prep" and p.lower_ in ("to", "of")
                     for o in _children(p, ("pobj",))]
            if inner:
                return _act_words(inner[0], depth + 1)
        return words
    lemma = act.lemma_.lower()
    if lemma in phase and depth < 3:
        inner = [c for c in act.children if c.dep_ in ("xcomp", "ccomp", "dobj", "obj")]
        if inner:
            return _act_words(inner[0], depth + 1)
    return frozenset({lemma})


def _named_key(doc: Doc, start: Optional[int], end: Optional[int]) -> Optional[str]:
    """The entity key of the keyed mention at an actor span (``_actor_identity`` without its
    fallback to the words), else None: "four MSS hackers" and "MSS" both give the MSS's key."""
    if start is None or end is None or not _named_at(doc, start, end):
        return None
    identity = _actor_identity(doc, start, end, None)
    return identity or None


def _title_line(doc: Doc, event: Event) -> bool:
    """Whether ``event``'s sentence is a title line: a paragraph of its own (a blank line or the
    text's start before it, a blank line or the text's end after it) in headline grammar, its main
    verb a participle or a "to" infinitive with no finite auxiliary ("United States Department of
    Justice imposing costs and announcing criminal charges against four MSS hackers.", "Trade
    Representative to investigate China's shipbuilding practices"): headlines drop the finite "is"
    (Quirk et al. 1985, 11.45 block language), so no body sentence has that shape, and the body
    retells the title's news in a full sentence."""
    if event.sentence_start is None or event.sentence_end is None:
        return False
    text = doc_text(doc)
    before, after = text[:event.sentence_start].rstrip(" \t"), text[event.sentence_end:].lstrip(" \t")
    if not (before == "" or before.endswith("\n\n")) or not (after == "" or after.startswith("\n\n")
                                                           or text[event.sentence_start:event.sentence_end].endswith("\n\n")):
        return False
    span = doc.char_span(event.sentence_start, event.sentence_end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if not any(c.dep_ in SUBJECT_DEPS for c in root.children):
        return False
    auxiliaries = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    if root.tag_ == "VBG":
        return not auxiliaries
    return root.tag_ == "VB" and [a.lower_ for a in auxiliaries] == ["to"]


# Determiners and quantifiers that introduce a new referent (English grammar: an indefinite noun
# phrase does not refer back; Quirk et al. 1985, 5.26-5.28): "a journalist", "another protester",
# "some activists", "several soldiers"; a bare count ("two soldiers") likewise.
INDEFINITE_DETERMINERS = frozenset({"a", "an", "another", "some", "several", "many", "few", "other", "one"})

# determiners that refer back ("the journalist", "these soldiers"): they override a count ("the two soldiers")
_DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


def _indefinite_at(doc: Doc, start: Optional[int], end: Optional[int]) -> bool:
    """Whether the actor span at [start, end) (chars) is an indefinite common noun phrase that no
    coreference key covers ("a journalist", "another protester", "two soldiers"): a new referent,
    so a second mention of it is another person or group, not one told again. A keyed mention
    (a name, or a pronoun or definite description coreference tied to one) is never indefinite."""
    if start is None or end is None or _named_at(doc, start, end):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if root.pos_ != "NOUN" and not (root.pos_ == "PRON" and root.lower_ in ("one", "another")):
        return False
    modifiers = [c for c in root.children if c.dep_ in ("det", "poss", "nummod", "amod", "quantmod") and c.i < root.i]
    if any(c.dep_ == "poss" or c.lower_ in _DEFINITE_DETERMINERS for c in modifiers):
        return False
    return root.lower_ in ("one", "another") or any(
        c.lower_ in INDEFINITE_DETERMINERS or c.dep_ == "nummod" for c in modifiers)


def record_indefinite(event: Event, side: str) -> bool:
    """``_indefinite_at`` on a record, where no Doc is left: an unkeyed ``side`` whose text opens with
    an indefinite determiner or a count ("a journalist", "two soldiers")."""
    if getattr(event, f"{side}_key"):
        return False
    words = (getattr(event, f"{side}_text") or "").lower().split()
    return bool(words) and (words[0] in INDEFINITE_DETERMINERS or words[0].isdigit() or words[0] in NUMBER_WORDS)


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


def _retold_in(face: Event, telling: Event, told: str) -> None:
    """``telling`` tells ``face``'s act again: its evidence spans join the face's, the face keeps
    the higher confidence, and its explanation says so ("; {told}: that sentence is evidence of it")."""
    for span in telling.evidence_spans or [(telling.sentence_start, telling.sentence_end)]:
        _add_evidence(face, tuple(span))
    face.confidence = max(face.confidence, telling.confidence)
    face.explanation = (face.explanation or "") + f"; {told}: that sentence is evidence of it"


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


def _one_actor_told_twice(a: Event, b: Event, same_source: bool, same_target: bool,
                          renamed=lambda a, b, side: False, apart=None) -> bool:
    """``a`` and ``b`` have one trigger token and agree on one actor, and the other actor of each is
    one mention told two ways (``_adjoining`` spans), or two mentions the sentence's grammar makes
    one referent (``renamed(a, b, "source" | "target")``, ``_renamed_in_sentence`` where a Doc is
    left): one act stored twice. Adjoining spans that ``apart(a, b, side)`` tells apart (two
    states' members of one coordinated phrase, ``_states_apart``) are two actors."""
    apart = apart or _states_apart
    if a.trigger_start != b.trigger_start or a.type != b.type:
        return False
    if same_source and a.source_text and not same_target:
        return (_adjoining(a.target_start, a.target_end, b.target_start, b.target_end)
                and not apart(a, b, "target")) or renamed(a, b, "target")
    if same_target and a.target_text and not same_source:
        return (_adjoining(a.source_start, a.source_end, b.source_start, b.source_end)
                and not apart(a, b, "source")) or renamed(a, b, "source")
    return False


def _states_apart(a: Event, b: Event, side: str) -> bool:
    """Whether the ``side`` actors of two records act for two different states (both placed): the
    members of one coordinated phrase ("the U.S. and Brazilian participants" / "Brazilian
    participants", whose spans overlap) are two actors, not one mention told twice."""
    mine, theirs = getattr(a, f"{side}_acts_for"), getattr(b, f"{side}_acts_for")
    return mine is not None and theirs is not None and mine != theirs


def _members_apart(doc: Doc, a: Event, b: Event, side: str) -> bool:
    """``_states_apart`` where the linker has not run yet: the two ``side`` spans are members of a
    coordination of state words on one noun (``compound_members.member_code``) naming two states."""
    codes = [member_code(doc, getattr(e, f"{side}_start"), getattr(e, f"{side}_end")) for e in (a, b)]
    if None in codes:
        return _states_apart(a, b, side)
    return codes[0].acts_for != codes[1].acts_for


def _renamed_in_sentence(doc: Doc, a_start: Optional[int], a_end: Optional[int], b_start: Optional[int],
                         b_end: Optional[int]) -> bool:
    """Whether two actor spans (chars) of one sentence name one referent twice, as English grammar
    marks a second name for the same thing (Quirk et al. 1985, 17.65-17.93 apposition):
    - a bracketed second name right after the first ("Porfirio Lobo Sosa (Lobo)");
    - an apposition the parser marks on the first span's head ("ENIMINAS's president, Ruy Delgado");
    - an appositive "or" (17.84: "or" introducing another name for the same thing) that glosses an
      acronym: two conjuncts, no "either"/"whether" before them, one a lone acronym and the other a
      definite description of a body or of the acronym's last words (``_glosses_acronym``: "the
      budget of the JIT or the investigation team").
    Spans keyed to two different entities are two parties whatever the parse says (a list the parser
    read as appositions: "Canada, the Kingdom of Denmark, Finland"); "or" between two descriptions
    ("the people of Ukraine or the Ukrainian government") offers alternatives, two referents."""
    if None in (a_start, a_end, b_start, b_end) or a_start == b_start:
        return False
    if b_start < a_start:
        a_start, a_end, b_start, b_end = b_start, b_end, a_start, a_end
    if b_start < a_end:
        return False  # overlapping spans are ``_adjoining``'s case
    keys = (_named_key(doc, a_start, a_end), _named_key(doc, b_start, b_end))
    if None not in keys and keys[0] != keys[1]:
        return False
    text = doc_text(doc)
    between, after = text[a_end:b_start], text[b_end:b_end + 2]
    if between.strip() == "(" and after.lstrip().startswith(")"):
        return True
    first = doc.char_span(a_start, a_end, alignment_mode="expand")
    second = doc.char_span(b_start, b_end, alignment_mode="expand")
    if first is None or second is None or not len(first) or not len(second):
        return False
    head, other = first.root, second.root
    if other.head.i != head.i or other.i <= head.i:
        return False
    if other.dep_ == "appos":
        # a semicolon separates list items, never a name from its apposition, and two names of
        # different kinds (a person, a company) are two referents ("Sorokin, who chairs ...; Belneft
        # Holding; ...": the parser's apposition across the semicolon is a list)
        if ";" in between or (head.ent_type_ and other.ent_type_ and head.ent_type_ != other.ent_type_):
            return False
        return "," in between or between.strip() in ("–", "—", "-")
    if other.dep_ != "conj" or "\n" in between:
        return False
    joiners = [t.lower_ for t in head.children if t.dep_ in ("cc", "preconj")]
    if joiners != ["or"] or sum(t.dep_ == "conj" for t in head.children) != 1:
        return False
    return _glosses_acronym(first, second) or _glosses_acronym(second, first)


def _glosses_acronym(short: Span, long: Span) -> bool:
    """``short`` is a lone acronym (two or more letters, all capitals) and ``long`` a definite
    description with no name in it of the same kind of thing: its head a body's head noun
    (lexicons/entity_org_keywords.yaml: "the refugee agency" for UNHCR), or its word initials (stop
    words aside) ending the acronym, the description saying the acronym's last words ("the
    investigation team" for JIT), an acronym's last letter being its head noun's initial."""
    from newsgraph.nlp.coref import _initials  # coref imports no events module; kept local as linking does
    from newsgraph.nlp.entities import org_keywords
    words = [t for t in short if not t.is_punct and t.lower_ not in ("the", "a", "an")]
    if len(words) != 1 or len(words[0].text) < 2 or not words[0].text.isalpha() or not words[0].text.isupper():
        return False
    # (the actor span may leave the article out: read it off the head's determiner)
    if not long or not any(t.dep_ == "det" and t.lower_ == "the" for t in long.root.children) \
            or any(t.pos_ == "PROPN" for t in long):
        return False
    if long.root.text.capitalize() in org_keywords():
        return True  # a body's head noun ("the agency", "the mission"): the kind of thing an acronym names
    initials = _initials(long.text)
    return len(initials) >= 2 and words[0].text.endswith(initials)


def _names_person(event: Event, other: Event, source, target, o_source, o_target) -> bool:
    """On the side where ``event`` and ``other`` differ, ``event``'s actor is a person's key and
    ``other``'s is not (an office title, a description)."""
    mine, theirs = (source, o_source) if source != o_source else (target, o_target)
    return str(mine or "").startswith("person:") and not str(theirs or "").startswith("person:")


def merge_repeated(events: list[Event], identity, indefinite=record_indefinite, title_line=lambda event: False,
                   named_key=lambda event, side: getattr(event, f"{side}_key"),
                   renamed=lambda a, b, side: False, demanded=lambda event: frozenset(),
                   purpose_of=lambda passive, main: False, apart=_states_apart) -> list[Event]:
    """``merge_mentions`` with the actors' identity given by ``identity(event, "source" |
    "target")`` (an entity key or normalised text, or None): also used on records, where no Doc
    is left (windows of a long text, ``pipeline.merge_extractions``). ``indefinite(event, side)``
    says whether that actor is an unkeyed indefinite phrase (``_indefinite_at``): a later mention
    that shares such an actor names a new party, so it is another act. ``title_line(event)`` says
    whether the event is told in a title line (``_title_line``): a body event of its type with
    the same keyed actors (``named_key(event, side)``, an entity key or None) is the same news
    retold, and becomes the face, with the title line's sentence kept among its evidence spans.
    ``renamed(a, b, side)`` says whether that side's actors of two events of one trigger are one
    referent named twice (``_renamed_in_sentence``; records have no parse, so never there);
    ``apart(a, b, side)`` whether two adjoining actor spans are still two actors (``_members_apart``
    with a Doc; on records, ``_states_apart``: placed in two states).
    ``demanded(event)`` gives the acts a DEMAND asks for (``_demanded_acts``; records: none known):
    two demands of one source on one target that ask for different acts ("called on Russia to
    withdraw its forces" ... "urged Russia to release the detainees") are two demands, kept apart;
    a demand told again ("We reiterate our call on Russia to withdraw") still merges, as does one
    whose act is not found. A merged demand asks for every act its mentions ask for. Likewise, for
    a rally of actors told with no one rallied for, the parties it gathers (``_rallied_parties``):
    "rallied the world" and "rallied 141 countries" are two rallies. ``purpose_of(passive, main)``
    says whether a mention with no source is an agentless passive in a purpose clause of another
    mention's act (``_passive_purpose_of``; records: never): of one type, in one sentence, on the
    same target, it re-describes that act ("provided X with air defenses and re-ordered exports so
    they are sent to X first") and folds into it, the mention naming the doer the face.

    Mentions of one sentence merge with each other first (a first pass that looks only within the
    sentence), and only the groups so formed merge across the article (a second pass over their
    faces): one happening told twice in one sentence ("he rejected - he rejected the existence of
    X") is one act before it is compared with other sentences, so its fuller mention (the one
    naming the target) is its face and is not folded into an earlier sentence's event of the same
    actors while the broken-off mention stays behind with no target."""
    # mentions whose trigger has another source beside theirs ("The United States and Germany
    # express support"): one of a joint act's co-actors
    sources_at: dict[tuple, set] = {}
    for event in events:
        sources_at.setdefault((event.sentence_start, event.trigger_start, event.type), set()).add(identity(event, "source"))
    joint = {id(e) for e in events if len(sources_at[(e.sentence_start, e.trigger_start, e.type)]) > 1}
    checks = (identity, indefinite, title_line, named_key, renamed, purpose_of, apart)
    groups, asked = _merge_pass(events, checks, demanded, joint, within_sentence=True)
    # (a group's face asks for every act its sentence's mentions ask for)
    acts_of = {id(face): acts for face, acts in zip(groups, asked)}
    return _merge_pass(groups, checks, lambda face: acts_of[id(face)], joint, within_sentence=False)[0]


def _merge_pass(events: list[Event], checks: tuple, demanded, joint: set[int],
                within_sentence: bool) -> tuple[list[Event], list[frozenset]]:
    """One pass of ``merge_repeated`` over ``events`` (article order): each is merged into the first
    kept event it tells again, else kept. With ``within_sentence`` only mentions of one sentence are
    compared. Returns the kept events and, for each, the acts its demand mentions ask for."""
    identity, indefinite, title_line, named_key, renamed, purpose_of, apart = checks
    kept: list[Event] = []
    identities: list[tuple] = []
    asked: list[frozenset] = []  # per kept event: the acts its demand mentions ask for
    for event in events:
        source, target = identity(event, "source"), identity(event, "target")
        span = (event.sentence_start, event.sentence_end)
        acts = demanded(event)
        own_spans = [tuple(told) for told in event.evidence_spans or [span]]
        merged = False
        for index, (other, (o_source, o_target)) in enumerate(zip(kept, identities)):
            if other.type != event.type or (other.status == "negated") != (event.status == "negated"):
                continue
            if within_sentence and other.sentence_start != event.sentence_start:
                continue
            if acts and asked[index] and not acts & asked[index] and other.trigger_start != event.trigger_start:
                continue  # two demands asking for different acts (one trigger's copies are one demand)
            same_sentence = other.sentence_start == event.sentence_start
            if same_sentence and _one_actor_told_twice(other, event, o_source == source, o_target == target, renamed,
                                                       apart):
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
            elif not same_sentence and _retold_title(other, event, title_line, named_key):
                # the body's full sentence is the better record of the title line's news (its
                # actors as the body names them: "four MSS hackers", not the title's "MSS")
                event.evidence_spans = [span] + [s for s in other.evidence_spans if s != span]
                event.confidence = max(event.confidence, other.confidence)
                kept[index], identities[index] = event, (source, target)
                _absorb(event, other)
                merged = True
            elif same_sentence and target is not None and o_target == target and (source is None) != (o_source is None) \
                    and (purpose_of(event, other) if source is None else purpose_of(other, event)):
                # an agentless passive purpose clause telling the main act's own outcome ("so they
                # are sent to X"): the main act's evidence, not an act with no doer
                face, clause = (other, event) if source is None else (event, other)
                face.explanation = (face.explanation or "") + \
                    f"; one happening with the purpose clause '{clause.trigger}' (its agentless passive restates the act)"
                if face is event:
                    event.evidence_spans = list(other.evidence_spans)
                    event.confidence = max(event.confidence, other.confidence)
                    kept[index], identities[index] = event, (source, target)
                _absorb(face, clause)
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
                    and not _new_referent(event, source, target, indefinite) \
                    and not (target is None and (id(event) in joint or id(other) in joint)):
                # (two recipient-less mentions in different sentences, one of them a joint act with
                # co-actors, are two acts: "Germany supports ..." then "The United States and
                # Germany express support ...": merged, the joint act would lose Germany)
                if span not in other.evidence_spans:
                    other.evidence_spans.append(span)
                other.confidence = max(other.confidence, event.confidence)
                if (event.type == "AGREE" or event.type in FORCE_TYPES) and event.mode and not other.mode:
                    # the mention that says which act is promised is the better main record ("The
                    # two countries reaffirmed their commitments ... The two delegations agreed to
                    # meet again in Washington in January 2024": AGREE, mode consult:meet; PLOVER
                    # AGREE's mode is the act agreed to); so is the one that says which use of force
                    # it is ("are separating children from their parents ... are detaining
                    # thousands of civilians": COERCE detain, the codebook's mode kept)
                    event.evidence_spans = [span] + [s for s in other.evidence_spans if s != span]
                    event.confidence = other.confidence
                    kept[index] = event
                    _absorb(event, other)
                else:
                    _absorb(other, event)
                merged = True
            if merged:
                # every sentence either mention was told in stays evidence of the one act
                face = kept[index]
                for told in [*own_spans, *other.evidence_spans]:
                    if tuple(told) not in {tuple(s) for s in face.evidence_spans or ()}:
                        _add_evidence(face, tuple(told))
                asked[index] = asked[index] | acts
                break
        if not merged:
            event.evidence_spans = event.evidence_spans or [span]
            kept.append(event)
            identities.append((source, target))
            asked.append(acts)
    return kept, asked


def _retold_title(title: Event, event: Event, title_line, named_key) -> bool:
    """``title``, an earlier event in a title line, and ``event``, a body event, tell one
    happening: one type and negation (checked by the caller), ``event`` outside a title line, and
    both actors of each keyed to the same entity (a missing or unkeyed actor agrees on nothing)."""
    if not title_line(title) or title_line(event):
        return False
    keys = [(named_key(title, side), named_key(event, side)) for side in ("source", "target")]
    return all(mine is not None and mine == theirs for mine, theirs in keys)


def _new_referent(event: Event, source, target, indefinite) -> bool:
    """Whether ``event``, a later mention agreeing on both actors with an earlier one, names one of
    them with an unkeyed indefinite phrase ("A journalist who should be in this briefing room was
    injured" after "a journalist ... who was killed"): an indefinite introduces a new referent, so
    the agreement is of words, not of parties (a definite "the journalist" or a pronoun refers back
    and still merges). A missing actor is no shared party: two events lacking a target agree only
    on their source, so an indefinite source keeps them apart."""
    return any(identity is not None and indefinite(event, side)
               for side, identity in (("source", source), ("target", target)))


# sector nouns that still name no one: a lone "group", "members", "people" could be anybody
VAGUE_ACTOR_NOUNS = EVENT_WORDS.vague_actor_nouns

_DETERMINERS = {"the", "both", "two", "three", "four", "all", "their", "its", "these", "those", "our"}


def _names_participant(doc: Doc, event: Event, lex: Lexicon) -> bool:
    """Whether the event's source is named (``_named_at``) other than as a plural participant
    title that coreference took for one holder of the title ("During the meeting, the Presidents
    committed ...": a plural noun stands for several people, so no one president's title mention
    names it; English number agreement). Since events 0.7.530."""
    if not _named_at(doc, event.source_start, event.source_end):
        return False
    if not _participant_noun(event.source_text, lex) and not _participant_noun(
            " ".join((event.source_text or "").split()[-1:]), lex):
        return True
    return any(m.entity_key and m.start < event.source_end and event.source_start < m.end and m.kind != "title"
               for m in doc._.ng_mentions or [])


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
    # the delegation nouns that are objects, found in the cached word and label lists: most
    # articles have none, and a Token made for every word of every sentence cost more than the rest
    lowers, deps = token_lowers(doc), token_deps(doc)
    objects = [i for i, lower in enumerate(lowers) if lower in nouns and deps[i] in ("dobj", "obj")]
    if not objects:
        return []
    sentence_starts = [sent.start for sent in doc.sents]
    leaders = []
    for i in objects:
        token = doc[i]
        verb = token.head  # (a delegation led "to Geneva" for the talks is a side there too)
        if verb.lemma_.lower() not in verbs:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) or _gapped_subject(verb)
        state = _delegation_country(token)
        if subject is None or state is None or subject.pos_ not in ("PROPN", "NOUN"):
            continue
        leaders.append((bisect.bisect_right(sentence_starts, i) - 1, state, subject, verb))
    return leaders


def _gapped_subject(verb: Token) -> Optional[Token]:
    """The subject of a second coordinated clause that the parser read as a conjunct of the first
    clause's object, else None: "A led the Indian delegation and B, Senior Advisor at the White
    House, led the U.S. delegation" parses "the Indian delegation and B" and leaves the second
    "led" (a ``conj`` of the first) with no subject. English coordinates the two clauses, so the
    named actor (spaCy PERSON/ORG/GPE/NORP) after "and", between the first verb's object and the
    subjectless conjoined verb, is that verb's subject."""
    if verb.dep_ != "conj" or _children(verb, SUBJECT_DEPS):
        return None
    named = [c for obj in _children(verb.head, ("dobj", "obj")) for c in obj.children
             if c.dep_ == "conj" and obj.i < c.i and c.right_edge.i < verb.i and c.pos_ == "PROPN"
             and c.ent_type_ in STRANDED_SUBJECT_LABELS
             and any(cc.dep_ == "cc" and obj.i < cc.i < c.i for cc in obj.children)]
    return named[-1] if named else None


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


# count words that say how many parties a participant noun stands for ("the two presidents", "both")
_PAIR_COUNT_WORDS = frozenset({"two", "both"})


def _titled_pair(doc: Doc, event: Event, lex: Lexicon) -> list[tuple[int, int, str]]:
    """(start, end, text) of the two people a counted title noun as the event's source stands
    for ("The two presidents agreed ...", "both of the two presidents were calling for peace")
    where no meeting between named sides precedes it (``resolve_participants``): the holders of
    that title (roles component: a role whose title ends in the noun) that the latest earlier
    sentence naming any such holder names, as a definite description takes up the most recent
    referents that fit it (recency: Grosz, Joshi & Weinstein 1995) - "compared his speech to that
    of the late Egyptian president Anwar El Sadat. For them, both of the two presidents ...":
    Obama and Sadat. A bare capitalised "the President" in a state institution's release is that
    state's one holder of the title ("the President was very direct with President Putin ... The
    two presidents agreed": the White House's President and Putin; whose state a holder serves, the
    Phoenix office holders say). One span per holder, in text order (a name before a pronoun);
    [] unless that sentence names exactly two holders."""
    from newsgraph.resolve.actors import office_holder_by_surname, outlet_identity, person_state, releasing_state

    if event.source_start is None or _names_participant(doc, event, lex):
        return []
    words = " ".join((event.source_text or "").lower().split()).split()
    span = doc.char_span(event.source_start, event.source_end, alignment_mode="expand")
    if span is None or not len(span) or not _participant_noun(" ".join(words), lex):
        return []
    before = [t.lower_ for t in doc[max(span.sent.start, span.start - 4):span.start]]
    if not _PAIR_COUNT_WORDS & set(words[:-1] + before):
        return []
    noun = words[-1][:-1]
    entities = doc._.ng_entities or {}
    holders = {r.person_key for r in doc._.ng_roles or []
               if (r.title or "").lower().split()[-1:] == [noun] and r.person_key in entities}
    if len(holders) < 2:
        return []
    state = releasing_state(outlet_identity(doc._.ng_outlet))
    # (the holders' states are not linked yet: the Phoenix office holders say whose each is)
    own = [key for key in holders if state and (entities[key].acts_for or person_state(entities[key].name)
                                                or office_holder_by_surname(entities[key].name)) == state]
    text = doc_text(doc)
    for sent in reversed([s for s in doc.sents if s.end_char <= event.sentence_start]):
        found: dict[str, tuple[int, int, str]] = {}
        for mention in sorted(doc._.ng_mentions or [], key=lambda m: (m.kind == "pronoun", m.start)):
            if mention.entity_key in holders and sent.start_char <= mention.start < sent.end_char:
                found.setdefault(mention.entity_key, (mention.start, mention.end, text[mention.start:mention.end]))
        for token in sent:
            if len(own) == 1 and token.lower_ == noun and token.text[:1].isupper() and token.i > sent.start \
                    and doc[token.i - 1].lower_ == "the" and not _named_at(doc, token.idx, token.idx + len(token)) \
                    and (token.i + 1 >= len(doc) or doc[token.i + 1].pos_ != "PROPN"):
                found.setdefault(own[0], (token.idx, token.idx + len(token), token.text))
        if found:
            return sorted(found.values()) if len(found) == 2 else []
    return []


def _sent_delegation(doc: Doc, meeting: Event) -> Optional[tuple[int, int, str]]:
    """(start, end, text) of the delegation a meeting's source sent rather than led or was
    ("President A thanked President B for sending the U.S. delegation to Mexico": a delegation noun,
    actor_heads.yaml ``delegation_heads``, as the object of the trigger's verb, or its passive
    subject, outside the source's span, the verb not one of leading, ``leading_verbs``), else None.
    The sender is no side of the talks the delegation holds there (PLOVER CONSULT visit: the actor
    is the one visiting); the delegation is, acting for its state as the linker places it
    (``linking._delegation_complement``). A leader ("X led the U.S. delegation") and a delegation
    that is the source itself ("A received a delegation of senior officials") give None."""
    if meeting.trigger_start is None or meeting.trigger_end is None or meeting.source_start is None:
        return None
    span = doc.char_span(meeting.trigger_start, meeting.trigger_end, alignment_mode="expand")
    if span is None:
        return None
    nouns, leading = delegation_words()
    for verb in (t for t in span if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() not in leading):
        for noun in (c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass") and c.lower_ in nouns):
            if meeting.source_start <= noun.idx < (meeting.source_end or meeting.source_start):
                return None  # the delegation is the source: it is the side
            start, end = _actor_span(noun)
            return start, end, doc_text(doc)[start:end]
    return None


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
    # the co-subjects only stand in for a "they" or a participant noun ("the two leaders") as an
    # event's source (the last branch below): with neither, no sentence's subject is read
    co_subjects = _co_subject_sides(doc, events) if any(
        (e.source_text or "").lower() == "they" or _participant_noun(e.source_text, lex) for e in events) else []
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
        titled = []
        if meeting is None or meeting.sentence_start == event.sentence_start \
                or not (_participant_noun(event.source_text, lex)
                        or _participants_pronoun(event, meeting, sentence_starts, chain, doc, they)) \
                or _names_participant(doc, event, lex):
            # "The two presidents agreed ..." with no meeting told before: the two holders of the
            # title named last (a meeting told after it is not what it takes up)
            titled = _titled_pair(doc, event, lex) if meeting is None else []
            if not titled:
                out.append(event)
                continue
        if titled:
            sides = titled
            note = f"; source '{event.source_text}' -> the two holders of its title named last before it " \
                   f"('{sides[0][2]}', '{sides[1][2]}')"
        else:
            sides = [(meeting.source_start, meeting.source_end, meeting.source_text),
                     (meeting.target_start, meeting.target_end, meeting.target_text)]
            note = f"; source '{event.source_text}' -> {MEETING_SIDES_NOTE}{meeting.trigger}' " \
                   f"at {meeting.trigger_start}"
            sent = _sent_delegation(doc, meeting)
            if sent is not None:
                # "B sent the U.S. delegation to Mexico ... The two delegations agreed": the
                # delegation is the side that met, not the one who sent it
                sides[0] = sent
                note += f" ('{meeting.source_text}' sent the delegation: its side is '{sent[2]}')"
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
        elif event.target_start is not None and (titled or id(meeting) in stand_ins):
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


def _state_channel(doc: Optional[Doc]) -> bool:
    """Whether the article is a state institution's own release (``resolve.actors.outlet_identity``)."""
    from newsgraph.resolve.actors import outlet_identity, state_institution_code

    return doc is not None and state_institution_code(outlet_identity(doc._.ng_outlet))
