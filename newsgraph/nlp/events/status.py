"""Status and place of an event: standing and habitual clauses, commitments, negation and
claimed frames (``_status``), captive holders and the place of an act. Builds on ``lexicon``,
``actor_phrases``, ``subjects``, ``conditions``, ``senses`` and ``detection``."""

from __future__ import annotations

import dataclasses

from typing import Iterable, Iterator, Optional

from spacy.tokens import Token

from newsgraph.nlp.coordination import first_conjunct
from newsgraph.nlp.doc_cache import doc_ents, doc_text
from newsgraph.nlp.voice import inside_quotation_marks
from newsgraph.resolve.countries import lookup_country, lookup_country_in_token
from newsgraph.resolve.places import place_states

from newsgraph.nlp.events.lexicon import (ACTOR_ENT_LABELS, CROWD_PROTEST_NOUNS, FIRST_PERSON_WORDS, FORCE_NOUNS,
                                          Lexicon, OBJECT_DEPS, OBJECT_PRONOUNS, PASSIVE_SUBJECT_DEPS, PATIENT_TYPES,
                                          PLACE_ENT_LABELS, SUBJECT_DEPS, Trigger,
                                          detection_lexicon, load_lexicon)
from newsgraph.nlp.events.actor_phrases import (_children, _compound_possessor, _is_actor, _is_possessor, _named_party,
                                                _preps, _sector_people, _simple_present, joined_detection_words,
                                                noun_lemma, to_infinitive, verb_lemma)
from newsgraph.nlp.events.subjects import (_coordinate, _generic_effort_infinitive, _list_lead_in, _noun_item_header,
                                           _passive_agent,
                                           _unrealised_effort_infinitive)
from newsgraph.nlp.events.conditions import (FREQUENCY_WORDS, PRESENT_BE, _act_doer, _adverbial_phrase,
                                             _aspect_conjunct_host, _charged_act, _clause_verb, _conditional_host,
                                             _conjoined_aspect, _decided_in_past, _denial, _failed_act, _founded_object,
                                             _frequency_marker, _future_purpose_governor, _hedge_over, _intention_over,
                                             _inverted_condition, _is_hostile_noun, _is_reporting, _measure_ground,
                                             _misread_stance_verb, _named_country, _open_occasion, _participial_host,
                                             _progressive_conjunct, _reduced_condition, _stance_kind, _told_as_false)
from newsgraph.nlp.events.senses import _object_noun, _shared_object, _strike_sense
from newsgraph.nlp.events.detection import (FORCE_PREPARATION, HEDGED_PERFORMATIVE, OBLIGATION_RULE, _classify_verb,
                                            _dealing_partner, _demand_on_obliged, _joint_commitment)


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


def _late_closure_conjuncts(predicate: Token) -> list[Token]:
    """Subjectless verbs the parser conjoined to the clause that governs the adverbial clause
    ``predicate`` where they follow that adverbial clause with nothing but a comma and the
    conjunction between ("CCATT gained momentum when, in 1993, Carlton and his colleagues
    *traveled* to Mogadishu, ..., and *explained* CCATT to the ... surgeon"): by late closure
    (Frazier 1978) the conjunct continues the clause just read, the adverbial one, and shares its
    subject (here the travellers, not "CCATT", who cannot explain itself). Only for finding what
    the traveller did on the trip."""
    if predicate.pos_ != "VERB" or predicate.dep_ != "advcl" or predicate.head.i == predicate.i:
        return []
    end = predicate.right_edge.i
    doc = predicate.doc
    found = []
    for conj in predicate.head.children:
        if conj.dep_ != "conj" or conj.pos_ != "VERB" or conj.i <= end \
                or _children(conj, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS):
            continue
        between = doc[end + 1:conj.i]
        if len(between) and all(t.is_punct or t.dep_ == "cc" for t in between) and any(t.dep_ == "cc" for t in between):
            found.append(conj)
    return found


def _trip_meetings(predicate: Token, verbs=None) -> list[Token]:
    """The meeting verbs (``verbs``: event_detection.yaml visit_purpose_verbs; None: every verb) a
    sentence tells as part of the trip ``predicate`` names, by the trip's own traveller: a verb conjoined to the trip's
    verb with no subject of its own ("traveled to Colombia and met with ..."), a "where" relative
    clause inside the trip's phrase ("travel to Chisinau ... where he will meet with ..."), and the
    verb a trip noun's "during" / "on" phrase hangs on ("During his visit to Rzeszow, Robinson met
    with ..."); each with the meeting verbs conjoined to it. PLOVER CONSULT visit: the host is
    whom the visitor meets; the place is where."""
    found = []
    if predicate.pos_ == "VERB":
        found += [c for c in predicate.children if c.dep_ == "conj" and c.pos_ == "VERB"
                  and not _children(c, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)]
    found += _late_closure_conjuncts(predicate)
    found += [t for t in predicate.subtree if t.dep_ == "relcl" and t.pos_ == "VERB"
              and any(c.dep_ == "advmod" and c.lower_ == "where" for c in t.children)]
    if predicate.pos_ == "NOUN" and predicate.dep_ == "pobj" and predicate.head.lower_ in ("during", "on") \
            and predicate.head.head.pos_ == "VERB" and predicate.head.head.i != predicate.head.i:
        found.append(predicate.head.head)
    meetings = []
    for verb in found:
        for clause in [verb] + [c for c in verb.conjuncts if c.i > verb.i and c.pos_ == "VERB"
                                and not _children(c, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)]:
            if (verbs is None or clause.lemma_.lower() in verbs) and clause not in meetings:
                meetings.append(clause)
    return meetings


def _people_of_named_body(word: Token) -> bool:
    """Whether ``word`` is a plural noun of a body's own people (actor_heads.member_complements:
    "representatives", "officials", "delegates") with an "of" / "from" phrase naming an actor
    ("senior representatives of the Brazilian government", "officials from the Foreign
    Ministry"): English postmodification says whose people they are, and they, not the body,
    are the ones met (as in ``targets._actor_span``)."""
    from newsgraph.nlp.actor_heads import member_complements

    return any(any(w.ent_type_ in ACTOR_ENT_LABELS - {"LOC", "FAC"} for w in p.subtree)
               for p in member_complements(word, plural=True))


def _visit_partner(predicate: Token, trigger: Trigger, targets: list[Token], lex: Lexicon) -> Optional[Token]:
    """Whom a trip to a place is made to meet: "travel to Chisinau to meet with President Maia
    Sandu", "travel to Brussels to brief Allies at NATO headquarters", "traveled to Brasilia for
    meetings with senior representatives of the Brazilian government". PLOVER CONSULT (visit)
    is between the visitor and whom they visit; a place stands for its host government only
    where the sentence names no one met (the linker's capital -> state). The partner is the
    object or "with" phrase of a meeting verb in the trip's to-infinitive purpose, or the "with"
    phrase of a meeting noun in its "for" phrase (event_detection.yaml visit_purpose_verbs,
    visit_purpose_nouns); a purpose or trip act that tells something to someone names its
    hearer as the partner ("to explain the plan to Kenyan officials", "and explained the system
    to the Joint Special Operations Command surgeon": visit_hearer_verbs' "to" object,
    telling_verbs' object). Whom the traveller meets is the host even when of the traveller's
    own state (an own-state partner makes the visit no contact with the place's state)."""
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
        if not named(word) and _people_of_named_body(word):
            # "meetings with senior representatives of the Brazilian government": the body's own
            # people are met, the "of" phrase only says whose they are (the actor's span keeps
            # it, and the linker codes the people by the body; since 0.8.187)
            return word if _is_actor(word, lex, allow_pronoun=False) else None
        if not named(word):
            inside = [w for w in word.subtree if w.i != word.i and named(w) and w.pos_ not in ("VERB", "DET")]
            # (a title's own name first: "the Chinese Foreign Minister Wang Yi" is Wang Yi)
            inner = next((w for w in word.children if w.dep_ in ("appos", "compound") and w.ent_type_ == "PERSON"),
                         inside[0] if inside else None)
            word = inner if inner is not None else (word if word.pos_ == "PROPN" else None)
        if word is None or not _is_actor(word, lex, allow_pronoun=False):
            return None
        return word

    def met(clause: Token) -> list[Optional[Token]]:
        # whom a meeting or telling verb addresses: "meet (with) X", "brief X", "tell X", "explain
        # the plan to X"
        lemma = clause.lemma_.lower()
        if lemma in words["visit_purpose_verbs"]:
            return _children(clause, ("dobj", "obj")) + [_preps(clause).get("with")]
        if lemma in words["telling_verbs"]:
            return _children(clause, ("dobj", "obj"))
        if lemma in words["visit_hearer_verbs"]:
            # (the parser may hang the "to" on the thing told: "explain [the plan to officials]"; a
            # place there is what the thing is about, "the plan to Ukraine", no hearer)
            hung = [_preps(o).get("to") for o in _children(clause, ("dobj", "obj"))]
            return [_preps(clause).get("to")] + [h for h in hung if h is not None and h.ent_type_ not in ("GPE", "LOC")]
        return []

    meeting_verbs = words["visit_purpose_verbs"] | words["telling_verbs"] | words["visit_hearer_verbs"]
    for clause in predicate.children:
        if clause.dep_ in ("advcl", "xcomp") and clause.tag_ == "VB" and not _children(clause, SUBJECT_DEPS) \
                and clause.lemma_.lower() in meeting_verbs \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            for obj in met(clause):
                found = partner_of(obj)
                if found is not None:
                    return found
    for clause in _trip_meetings(predicate, meeting_verbs):
        # the meeting the sentence tells as part of the trip: "traveled to Colombia and met with
        # President Duque", "will travel to Chisinau where he will meet with ...", "During his
        # visit to Rzeszow, Robinson met with the Border Guard Service": the place is only its venue
        for obj in met(clause):
            found = partner_of(obj)
            if found is not None:
                return found
    purpose = _preps(predicate).get("for")
    if purpose is not None and purpose.lemma_.lower() in words["visit_purpose_nouns"]:
        return partner_of(_preps(purpose).get("with"))
    return None


def _trip_acts(predicate: Token) -> list[Token]:
    """The verbs a trip's own sentence tells its traveller doing on it: the trip's to-infinitive
    purpose ("travel to Kabul *to meet* with embassy staff"), its conjoined verbs with no subject of
    their own ("traveled to Erbil *and visited* our troops", late closure included), a "where"
    relative clause inside its phrase and the verb a trip noun's "during" phrase hangs on
    (``_trip_meetings`` with every verb), each with its subjectless conjuncts and participle
    adjuncts ("meet with staff, *thanking* them")."""
    found = [c for c in predicate.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
             and not _children(c, SUBJECT_DEPS) and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    found += _trip_meetings(predicate)
    return _with_clause_acts(found)


def _with_clause_acts(verbs: list[Token]) -> list[Token]:
    """``verbs`` with their subjectless verb conjuncts and participle adjuncts, in text order."""
    acts: dict[int, Token] = {}
    for verb in verbs:
        for act in [verb, *verb.conjuncts]:
            if act.pos_ != "VERB" or (act.i != verb.i and _children(act, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)):
                continue
            acts.setdefault(act.i, act)
            for adjunct in act.children:
                if adjunct.dep_ == "advcl" and adjunct.tag_ == "VBG" and not _children(adjunct, SUBJECT_DEPS):
                    acts.setdefault(adjunct.i, adjunct)
    return [acts[i] for i in sorted(acts)]


def _acts_told_at(destination: Token, predicate: Token) -> list[Token]:
    """The acts the next sentences of the trip's paragraph tell its traveller doing at
    ``destination``: a sentence opening "In <place> (and <place>), <he/she/they> ..." whose places
    include the destination's name ("... will travel to Tucson, Nogales, and Houston. *In Nogales*
    (Sonora, Mexico), *she will observe* consular operations and meet with staff"): the itinerary
    an announcement of a trip spells out place by place (the pronoun is the traveller, the subject
    of the sentence before)."""
    doc = predicate.doc
    sent = predicate.sent
    acts: list[Token] = []
    for _ in range(6):
        if sent.end >= len(doc):
            break
        following = doc[sent.end].sent
        if "\n" in doc_text(doc)[sent.end_char:following.start_char] or any("\n" in t.text for t in following):
            break  # the paragraph ends
        sent = following
        opener = sent[0]
        if opener.lower_ != "in" or opener.dep_ != "prep" or opener.head.pos_ not in ("VERB", "AUX"):
            continue
        verb = opener.head
        if not any(s.lower_ in ("he", "she", "they") for s in _children(verb, SUBJECT_DEPS)):
            continue
        places = [p for o in _children(opener, ("pobj",)) for p in (o, *o.conjuncts)]
        if any(p.text == destination.text for p in places):
            acts += _with_clause_acts([verb])
    return acts


def _act_parties(act: Token) -> list[Token]:
    """The parties an act of a trip addresses: its objects and its "with" / "to" objects, each with
    its conjuncts."""
    heads = _children(act, ("dobj", "obj", "dative")) + [p for c in act.children if c.dep_ == "prep"
                                                         and c.lower_ in ("with", "to")
                                                         for p in _children(c, ("pobj",))]
    return [p for h in heads for p in (h, *h.conjuncts)]


def _own_post_party(noun: Token) -> bool:
    """Whether a party of a trip's act is the traveller's own post (event_detection.yaml
    own_post_nouns, own_post_modifiers): its own workforce, bare or under a possessive pronoun
    ("meet with staff", "his team": ``_bare_own_workforce``); workforce of a mission with no word
    of whose ("embassy staff", "consulate employees", "consular staff"); the mission itself, bare
    ("visited the embassy"); or forces under a possessive pronoun ("visited *our* troops"). A
    mission abroad with no nationality is the visitor's own (a host state keeps no embassy in its
    own land), and forces or staff are the traveller's only where a word says so."""
    words = detection_lexicon()
    if _bare_own_workforce(noun):
        return True
    lemma = noun.lemma_.lower()
    if noun.lower_ in words["own_workforce_nouns"] or lemma in words["own_workforce_nouns"]:
        return _mission_workforce(noun)
    if lemma in words["own_post_nouns"]:
        return all(c.dep_ in ("det", "punct", "cc", "conj") for c in noun.children)
    if _mission_modified(noun):
        return True  # "inspect consular services", "observe embassy operations": the mission's own work
    if lemma in words["ordered_force_nouns"]:
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        return owner is not None and owner.lower_ in words["own_possessives"]
    return False


def _mission_workforce(noun: Token) -> bool:
    """Whether ``noun`` is workforce of a diplomatic mission with no word of whose ("embassy
    staff", "consular staff", "consulate employees": event_detection.yaml own_workforce_nouns,
    own_post_modifiers): the speaker's or traveller's own mission's, as a host state keeps no
    embassy in its own land ("Russian embassy staff", "staff of the embassy" name another side)."""
    words = detection_lexicon()
    if noun.lower_ not in words["own_workforce_nouns"] and noun.lemma_.lower() not in words["own_workforce_nouns"]:
        return False
    return _mission_modified(noun)


def _mission_modified(noun: Token) -> bool:
    """Whether ``noun``'s only modifiers name a diplomatic mission with no word of whose
    (event_detection.yaml own_post_modifiers: "*embassy* staff", "*consular* services"; no name,
    possessor or "of" phrase)."""
    words = detection_lexicon()
    mods = [c for c in noun.children if c.dep_ not in ("det", "punct", "cc", "conj")]
    # the whole modifier phrase: "Russian embassy staff" hangs "Russian" on "embassy"
    return bool(mods) and all(c.dep_ in ("compound", "amod") and all(
        t.lower_ in words["own_post_modifiers"] and not t.ent_type_ for t in c.subtree) for c in mods)


def _own_post_visit(predicate: Token, trigger: Trigger, destination: Token, lex: Lexicon) -> Optional[str]:
    """Check not-internal, a trip to one's own post: the acts a trip is told to do at
    ``destination`` (its own sentence's purpose and conjoined acts, ``_trip_acts``, and the
    itinerary's "In <destination>, she will ..." sentences, ``_acts_told_at``) address the
    traveller's own staff, mission or troops (``_own_post_party``: "observe consular operations and
    meet with staff", "to meet with embassy staff", "visited our troops") and no other party: PLOVER
    CONSULT is a meeting between two actors, and a visit of one's own people abroad has no
    counterpart in the host state (as a meeting with one's own staff, ``_internal_meeting``). Any
    other party met or told ("and meet with Mexican officials", "congratulating new citizens")
    keeps the visit; a trip told with no act keeps its place as the host. The reason, or None."""
    if not (trigger.mode or "").endswith("visit") or destination.ent_type_ == "PERSON" and _is_actor(destination, lex):
        return None
    acts = _trip_acts(predicate) + _acts_told_at(destination, predicate)
    parties = [p for act in acts for p in _act_parties(act)]
    own = [p for p in parties if _own_post_party(p)]
    own_at = {p.i for p in own}
    if not own or any(p.i not in own_at and (_is_actor(p, lex, allow_pronoun=False) or p.ent_type_ in ACTOR_ENT_LABELS)
                      for p in parties):
        return None
    return f"'{destination.text}': a trip to its own post ('{own[0].text}'), no counterpart"


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


# the relative pronouns English uses for persons only ("the people who", "those whom"; CGEL 12.4:
# "who" is the personal relative, "which" the non-personal one)
PERSONAL_RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose"})

DESCRIBED_PEOPLE_RULE = "people a headless relative names ('those who V')"


def _people_clause(token: Token) -> Optional[Token]:
    """The relative clause of ``token``, the demonstrative "those" heading a headless relative
    whose relative pronoun is personal ("those who bravely speak out", "those whom the regime
    jailed", "those whose rights are denied"), else None. English uses "those" + a "who" clause
    as a noun phrase for the people the clause describes (a vague group of people: no name, and
    the linker gives it no state, even one the clause names), so it can be whom an act is aimed
    at, like "the people who ...". A "which"/"that" clause ("those that remain") may describe
    things and is no such phrase; a participial one is read only for people in flight
    (``_displaced_demonstrative``)."""
    if token.lower_ != "those" or token.pos_ not in ("PRON", "DET"):
        return None
    for clause in token.children:
        if clause.dep_ == "relcl" and any(
                w.lower_ in PERSONAL_RELATIVE_PRONOUNS and w.tag_ in ("WP", "WP$") and w.i < clause.i
                for w in clause.subtree if w.i > token.i):
            return clause
    return None


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


CAPACITY_OWNER_RULE = "people whose capacity the object noun names"


def _capacity_owner(token: Token) -> Optional[Token]:
    """The people an organ-like noun in its abstract sense belongs to ("the agency of the Cuban
    people": WordNet agency.n "the state of being in action or exerting power", not the
    administrative unit), else None. Read so only after "of" + "people" / "peoples": an
    administrative unit is of a government or a body, never of a people (event_detection.yaml
    capacity_sense_nouns)."""
    if token.lemma_.lower() not in detection_lexicon()["capacity_sense_nouns"] or token.ent_type_:
        return None
    return next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in ("people", "peoples")), None)


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
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    if noun_lemma(head) in lex.nouns or not _acted_on_people(head, lex):
        # "the freeing of activists imprisoned in Belarus": the parser may hang the participle on
        # the act noun; a reduced relative describes the nearest noun before it, the "of" object
        # ending right before the participle (adverbs aside), where that one names actors
        head = _of_object_before(head, predicate)
        if head is None or noun_lemma(head) in lex.nouns or not _acted_on_people(head, lex):
            return None
    return head


def _acted_on_people(noun: Token, lex: Lexicon) -> bool:
    """Whether ``noun`` names actors a coercive act can be done to: an actor, or people of a
    Phoenix sector ("Airmen" MIL, "journalists" MED)."""
    return _is_actor(noun, lex, allow_pronoun=False) or (noun.tag_ in ("NNS", "NNPS") and bool(_sector_people(noun)))


def _of_object_before(noun: Token, participle: Token) -> Optional[Token]:
    """The object of ``noun``'s "of" phrase when that phrase ends right before ``participle``
    (only adverbs between: "the release of journalists wrongfully detained"); None otherwise."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i > participle.i:
            continue
        obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if obj is None:
            continue
        between = participle.doc[obj.right_edge.i + 1: participle.i]
        if all(w.pos_ == "ADV" for w in between):
            return obj
    return None


def reduced_custody_clause(predicate: Token, lex: Lexicon) -> Optional[Token]:
    """The noun a reduced passive participle of custody describes where the parser made it the
    subject of a finite clause: "to free [the Americans] *detained* in Russia" parsed as the
    complement clause "the Americans detained (someone) in Russia". A custody verb (event_detection.yaml
    custody_verbs) is transitive; a past form with a noun before it, no auxiliary, no object, no
    relative word and no complementiser cannot be an active clause missing its object, so it is a
    participle modifying that noun (English grammar: a reduced relative "who were detained"), and
    the noun is its patient, as "citizens detained in the PRC" is (``_participle_patient``). Only
    a complement clause (ccomp) under a verb with no object of its own: the noun is that verb's
    object. None otherwise ("Russia detained the Americans" has its object)."""
    if predicate.dep_ != "ccomp" or predicate.tag_ not in ("VBD", "VBN") \
            or verb_lemma(predicate, lex) not in detection_lexicon()["custody_verbs"]:
        return None
    if any(c.dep_ in ("aux", "auxpass", "mark", "dobj", "obj", "dative", "attr", "oprd", "ccomp", "xcomp")
           or c.tag_ in ("WDT", "WP", "WP$", "WRB") for c in predicate.children):
        return None
    if any(c.dep_ in ("dobj", "obj", "dative") for c in predicate.head.children):
        return None
    noun = next((c for c in predicate.children if c.dep_ == "nsubj" and c.i < predicate.i), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return noun


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


def releaser_of_captives(predicate: Token, lex: Lexicon) -> Optional[tuple[Token, list[Token]]]:
    """(holder, captive nouns) for a reduced custody participle on the object of a release: "Ortega
    must release A, B and other activists *detained* since May", "urged Moscow to free the
    journalists *held* on spying charges". Only whoever holds someone can release them (WordNet
    release.v.01 "grant freedom to; free from confinement"; CAMEO 0243 aims a demand for a
    release at the holder, ``captive_holder``), so the releaser named is the custodian, the
    unnamed agent of the custody (CAMEO 173). The holder is the release verb's subject, or the
    one a call asks to release ("urged Moscow to release": the call's object); the captive nouns
    run from the release's object down to the noun the participle hangs on (the parser hangs it
    on any conjunct, or on an appositive it makes of a list's second name: "journalist A,
    activist B, C and other leaders arrested"), each to be read with its conjuncts. None when the participle names its agent, is no custody verb
    (event_detection.yaml custody_verbs), or its noun is not what a release verb frees."""
    words = detection_lexicon()
    if predicate.dep_ != "acl" or predicate.tag_ != "VBN" or _passive_agent(predicate) is not None \
            or verb_lemma(predicate, lex) not in words["custody_verbs"]:
        return None
    captives, chain = predicate.head, [predicate.head]
    while captives.dep_ in ("conj", "appos") and captives.head.pos_ in ("NOUN", "PROPN"):
        captives = captives.head
        chain.append(captives)
    release = captives.head
    if captives.dep_ not in ("dobj", "obj") or release.lemma_.lower() not in words["release_acts"] \
            or release.pos_ != "VERB":
        return None
    holder = next((s for s in release.children if s.dep_ in ("nsubj",)), None)
    if holder is None and release.dep_ == "xcomp":
        holder = next((o for o in release.head.children if o.dep_ in ("dobj", "obj")), None)
    if holder is None or not _is_actor(holder, lex, allow_pronoun=False):
        return None
    return holder, chain[::-1]


# prepositions (and complex prepositions: head word, its inner preposition) by which an agentless
# passive of harm names the act that caused it: "killed in Russia's strikes", "injured as a result
# of Russia's aggression", "died due to / because of ..."
_CAUSE_PREPS = frozenset({"in", "from"})

_CAUSE_COMPLEX_PREPS = {"result": "of", "due": "to", "because": "of"}


# entity labels of a place actor a "where" clause may stand for (``_where_place``): a polity or a
# region, whose state POLECAT codes as the target; not a facility ("at the Kremlin, where", "in
# the White House, where": a building names the body that sits in it or a venue, not a place acted on)
_WHERE_PLACE_LABELS = frozenset({"GPE", "LOC"})


def _where_place(predicate: Token) -> Optional[Token]:
    """The place a "where" relative clause headed by ``predicate`` hangs on ("in Hong Kong, *where*
    the Chinese Communist Party has imposed ... measures" -> Hong Kong), a place actor: a GPE or LOC
    entity's head (``_WHERE_PLACE_LABELS``). None for any other clause or head: a time ("in 2019,
    when ...": no "where"), a meeting ("at the summit, where"), an organisation ("at the United
    Nations, where") or a facility. Since 0.7.712; place actors only since 0.7.770."""
    if predicate.dep_ != "relcl" or not any(
            c.dep_ == "advmod" and c.lower_ == "where" and c.i < predicate.i for c in predicate.children):
        return None
    place = predicate.head
    if place.ent_type_ not in _WHERE_PLACE_LABELS or _venue_of_main_subject(predicate, place):
        return None
    return place


def _venue_of_main_subject(predicate: Token, place: Token) -> bool:
    """Whether the "where" clause headed by ``predicate`` tells what the main clause's own
    subject did at ``place``, a venue it went to, not a polity acted on (since 0.7.841): the
    clause's subject is the main clause's subject again (the same words) or a personal pronoun
    for it ("The Secretary returned to Washington, where the Secretary / he announced ..."), or
    ``place`` lies in the publisher's own state (``resolve.actors.releasing_state``: a State
    Department release's "Washington, where ..." is where its officials act, no target of their
    restriction). A foreign subject's own country stays a place acted on ("Xinjiang, where
    Chinese authorities imposed ...": a state's measures on its own people's region)."""
    from newsgraph.resolve.actors import outlet_identity, releasing_state

    main = next((a for a in place.ancestors if a.pos_ in ("VERB", "AUX")), None)
    main_subject = next(iter(_children(main, ("nsubj", "nsubjpass"))), None) if main is not None else None
    subject = next(iter(_children(predicate, ("nsubj", "nsubjpass"))), None)
    if subject is not None and main_subject is not None and (
            subject.lower_ in _WHERE_SUBJECT_PRONOUNS
            or [t.lower_ for t in subject.subtree] == [t.lower_ for t in main_subject.subtree]):
        return True
    own = releasing_state(outlet_identity(place.doc._.ng_outlet))
    if own is None:
        return False
    found = lookup_country(place.text)
    return own in ({found.alpha3} if found is not None else place_states(place.text))


# personal pronouns a "where" clause's subject refers back to the main clause's subject with
_WHERE_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})


GIVER_FROM_RULE = "giver of the passive transfer ('from')"


def _transfer_giver(predicate: Token, lex: Lexicon) -> Optional[Token]:
    """The giver a passive of giving names in "from" ("a detective was provided with material
    *from* the ministry", "Ukraine was given weapons *from* Poland"): a verb of giving (event_detection.yaml
    giver_from_verbs) moves its theme from the giver to the recipient, its subject in the passive
    (English source-goal grammar of transfer verbs: "received X from Y"), so the "from" phrase of
    the verb or of its theme ("with" object or object) is the giver where it names an actor. A
    "from" inside the recipient's own phrase ("officers from Texas were provided with rifles") is
    where they come from, not read. Returns the actor token or None."""
    if verb_lemma(predicate, lex) not in detection_lexicon()["giver_from_verbs"]:
        return None
    themes = [o for p in predicate.children if p.dep_ == "prep" and p.lower_ == "with"
              for o in p.children if o.dep_ == "pobj"] + _children(predicate, ("dobj", "obj", "dative"))
    for holder in [predicate, *themes]:
        held = _preps(holder).get("from")
        if held is None:
            continue
        if _named_party(held, lex):
            return held
    return None


def _harm_cause_doer(predicate: Token, lex: Lexicon) -> Optional[Token]:
    """The doer of the hostile act an agentless passive of harm names as its cause: "a journalist
    was injured as a result of Russia's aggression", "civilians were killed in Russian strikes".
    The harm is that act's effect (its patient is the act's victim), so the act's doer did it
    (PLOVER ASSAULT: the source is who uses force). Only an act noun of the trigger lexicon whose
    type is ASSAULT (``_strike_sense`` for "strike") or a noun of armed conflict or offensive
    (event_detection.yaml ongoing_conflict_nouns: "Russia's aggression"), reached by a cause or means phrase on the verb itself, and only its own doer
    named inside its phrase: a "by" agent or possessor (``_act_doer``) or a nationality or name
    before it ("Russian strikes"; a two-sided conflict, event_detection.yaml
    two_sided_conflict_nouns, takes only an unpartnered possessor or agent: "the Syrian war" names
    a place, "Hamas's war with Israel" two sides); and only in a passive clause with its own subject (the harmed). A clause of its own ("as Ukrainian forces retook the town") is
    no phrase of the verb, so its subject is never taken. Returns the doer token or None."""
    if _passive_agent(predicate) is not None:
        return None
    if not _children(predicate, ("nsubjpass",)):
        # only a passive clause with its own subject names who was harmed ("those killed as a
        # result of ...", a participle on a noun, leaves the patient to other readings): an act
        # with a doer and no patient is no fact to add
        return None
    acts = []
    for prep in predicate.children:
        if prep.dep_ != "prep":
            continue
        inner = _CAUSE_COMPLEX_PREPS.get(prep.lower_)
        if prep.lower_ in _CAUSE_PREPS or (inner is not None and any(
                c.dep_ in ("pcomp", "prep") and c.lower_ == inner for c in prep.children)) or any(
                c.dep_ == "advmod" and _CAUSE_COMPLEX_PREPS.get(c.lower_) == prep.lower_ for c in prep.children):
            # ("due to X": the parser makes "to" a pcomp and X the object of "due"; "because of X":
            # it makes "of" the preposition and "because" its adverb, the same complex preposition)
            acts += _children(prep, ("pobj",))
        for word in [prep] + _children(prep, ("pobj",)):
            # "as a result of X": X is the object of the inner "of" of the head noun
            inner = _CAUSE_COMPLEX_PREPS.get(word.lower_, inner)
            for sub in word.children:
                if sub.dep_ in ("prep", "pcomp") and sub.lower_ == inner:
                    acts += _children(sub, ("pobj",))
    conflicts = detection_lexicon()["ongoing_conflict_nouns"]
    two_sided = detection_lexicon()["two_sided_conflict_nouns"]
    for act in acts:
        entry = lex.nouns.get(act.lemma_.lower())
        if entry is None and act.lemma_.lower() not in conflicts:
            continue
        if act.lemma_.lower() in two_sided:
            # a war, conflict or fighting has two sides: a nationality or name before it says
            # where it is fought ("the Syrian war" is the war in Syria), never who did the harm;
            # only its possessor or "by" agent with no partner ("Russia's war", not "Hamas's war
            # with Israel") names the one who wages it
            partnered = any(p.dep_ == "prep" and p.lower_ in ("with", "between") for p in act.children)
            doer = None if partnered else _act_doer(act, lex)
        else:
            doer = _act_doer(act, lex) or next(
                (c for c in act.children if c.dep_ in ("compound", "amod", "nmod") and c.i < act.i
                 and c.ent_type_ in ACTOR_ENT_LABELS and _is_actor(c, lex, allow_pronoun=False)), None)
        if doer is not None and (act.lemma_.lower() in conflicts or _strike_sense(act, entry, doer, lex)[0] == "ASSAULT"):
            # (an armed conflict or offensive, "as a result of Russia's aggression", is the state's
            # force as a whole; "strike" is an armed attack when its doer or object says so)
            return doer
    return None


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
        found = _visa_purpose_country(predicate, words)
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


GIVER_NOUN_RULE = "recipient of the giver noun its clause predicates (possessor / 'to')"


def _giver_noun_recipient(predicate: Token, lex: Lexicon) -> Optional[Token]:
    """The recipient a participle of giving takes from the agent noun its clause predicates of the
    giver: "the United States is this mission's largest financial contributor, *providing* over
    $300 million" -> mission, "X remains the largest donor of assistance to Haiti, *providing* ..."
    -> Haiti. An agent noun of giving (event_detection.yaml giver_agent_nouns) keeps its verb's
    roles: its possessor ("Y's donor", also hung on a compound word, ``_compound_possessor``) or its
    "to" phrase ("donor to Y") is who receives, and the subjectless adverbial participle shares
    the copular clause's subject, the giver (subject control), so it gives to the same receiver
    (PLOVER AID: the target is the recipient). Only a participle (VBG, advcl) with no subject of
    its own on a copular verb (``COPULAR_VERBS``) whose attribute is such a noun; only an actor,
    no pronoun. Returns the token or None. Since 0.7.901."""
    if predicate.dep_ != "advcl" or predicate.tag_ != "VBG" or _children(predicate, SUBJECT_DEPS):
        return None
    clause = predicate.head
    if clause.lemma_.lower() not in COPULAR_VERBS:
        return None
    nouns = detection_lexicon()["giver_agent_nouns"]
    for noun in _children(clause, ("attr",)):
        if noun.lemma_.lower() not in nouns:
            continue
        owner = next((c for c in noun.children if _is_possessor(c) and c.pos_ != "PRON"), None) \
            or _compound_possessor(noun, lex)
        if owner is not None and _is_actor(owner, lex, allow_pronoun=False):
            return owner
        to = _preps(noun).get("to")
        if to is not None and _is_actor(to, lex, allow_pronoun=False):
            return to
    return None


def _visa_purpose_country(predicate: Token, words: dict) -> Optional[Token]:
    """The country a refused visa or entry is for where its infinitive names it by a place phrase
    rather than as the object of "enter": "refused visas to enter or remain in the PRC" (the
    conjoined "remain" carries the shared place: English coordination lets two verbs share one
    complement), "denied visas to work in X", "denied visas to travel to X". A visa or entry is
    the permission of the state whose territory it admits to, so the country the purpose clause
    puts its holder "in", "to" or "into" issues it. Only an infinitive inside the entry noun's own
    phrase (event_detection.yaml entry_nouns) and only a country named as such
    (``_named_country``: no city or capital); None otherwise. Since 0.7.901."""
    nouns = [n for n in _children(predicate, ("dobj", "obj", "nsubjpass")) if n.lemma_.lower() in words["entry_nouns"]]
    exits = set(words["exit_visa_words"])
    if not nouns or any(c.lemma_.lower() in exits for n in nouns for c in n.children if c.dep_ in ("amod", "compound")):
        return None  # ("exit visas", "transit visas": the state left or crossed issues them)
    # the infinitive inside the noun's phrase ("visas to remain in X"), or hung by the parser on
    # the refusing verb itself ("were denied visas | to remain in X": advcl), with its conjuncts
    purposes = [v for n in nouns for v in n.children if v.dep_ in ("acl", "relcl")]
    purposes += [v for v in predicate.children if v.dep_ in ("advcl", "xcomp") and v.i > nouns[0].i]
    for verb in [v for p in purposes if p.pos_ == "VERB" and to_infinitive(p, bare=True) for v in (p, *p.conjuncts)]:
        if verb.lemma_.lower() in exits:
            return None  # "visas to leave for Germany": leaving is the home state's permission
        for prep in _children(verb, ("prep",)):
            if prep.lower_ in ("in", "to", "into"):
                found = next((_named_country(o) for o in _children(prep, ("pobj",)) if _named_country(o)), None)
                if found is not None:
                    return found
    return None


def _captive_holder(trigger: Trigger, lex: Lexicon) -> Optional[tuple[Optional[Token], Token]]:
    """``captive_holder`` of the trigger's head word."""
    return captive_holder(trigger.token, lex)


def captive_holder(demand: Token, lex: Lexicon) -> Optional[tuple[Optional[Token], Token]]:
    """(holder, captives) of a release the demand word ``demand`` asks for: "call for the release of
    all hostages held by Hamas" -> (Hamas, hostages), "the release of political prisoners in Cuba" -> (Cuba,
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
    for token in demand.subtree:
        if token.lemma_.lower() not in words["release_acts"] or token.i <= demand.i:
            continue
        node, ok = token, True
        while node.i != demand.i:
            if node.dep_ not in ("prep", "pobj", "xcomp", "dobj", "conj", "ccomp", "advcl") \
                    or (node.i != token.i and node.pos_ in ("VERB", "AUX") and _children(node, SUBJECT_DEPS)
                        and node.head.i != demand.i):
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
    node = first_conjunct(node)
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


def _relative_subject(subject: Token) -> bool:
    """Whether ``subject`` is a relative pronoun ("who", "which") or a part of one ("many *of whom*",
    "some of which"): the subject of a relative clause. Not a noun a relative clause modifies ("a
    group that monitors the war said"), whose verb may well be a report."""
    return subject.tag_ in ("WP", "WDT") or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" and p.tag_ in ("WP", "WDT") for p in c.children)
        for c in subject.children)


def _reports_holding(head: Token, lex: Lexicon, ancestors: Optional[Iterable[Token]] = None) -> Iterator[Token]:
    """The reporting verbs among ``head``'s ancestors (``ancestors`` where the caller has them
    listed), nearest first, that tell it as someone's report: a reporting verb that is not factive
    ("noted that", "acknowledged that" present their complement as fact) and whose content holds
    ``head`` (``_reports_on``). The one list ``_status`` reads "reported" from and
    ``candidates._outlet_report`` checks for a news outlet's own."""
    return (a for a in (head.ancestors if ancestors is None else ancestors)
            if _is_reporting(a, lex) and a.lemma_.lower() not in lex.factive_verbs and _reports_on(head, a))


def _reports_on(token: Token, verb: Token) -> bool:
    """Whether ``token`` lies in what ``verb``, a reporting or claim verb among its ancestors,
    reports: not in an adverbial clause of the report ("*Even while Russia was mobilizing* to
    invade Ukraine, Xi and Putin declared that ...": the circumstance is the narrator's, FactBank's
    author as source) nor in a clause coordinated with it ("Ukraine strongly believes the time for
    sanctions is now, and in this context *we welcome* today's announcement": the speaker's own
    act, no one's report of it), unless that conjunct is still inside the quotation marks of the
    words reported ('..., it added; and, later, "Kim Jong-un issued an order ..."'). Nor is a clause
    before a relative clause (``_relative_subject``) that the parser took for the main verb
    ("Today's announcement has been coordinated with allies and partners, *many of whom will
    announce* their own measures": a relative clause modifies its noun and has no complement
    outside itself). A complement ("said *that* ...", "claims *to*
    welcome") or anything under it is reported."""
    if verb.i > token.i and any(_relative_subject(s) for s in verb.children if s.dep_ in SUBJECT_DEPS):
        return False
    node = token
    for _ in range(24):
        if node.head.i == verb.i or node.head.i == node.i:
            break
        node = node.head
    if node.dep_ == "advcl":
        return False
    if node.dep_ == "conj":
        return inside_quotation_marks(doc_text(token.doc)[token.sent.start_char:token.idx])
    return True


def _exception_of(indefinite: Token, words: dict) -> Optional[Token]:
    """The exception an exceptive indefinite names ("anything *other than* Y", "anyone *but* Y",
    "anything *except* Y" -> Y), or None. The marker is a "but"/"except" preposition on the
    indefinite, "other" on it with its "than" phrase, or (the pinned parser's reading of "anyone
    but the generals") "but" as the indefinite's cc with the exception its conj. "More than" /
    "less than" compare on a scale and are no exception."""
    markers = words["exceptive_markers"]
    others = [c for c in indefinite.children if c.dep_ == "amod" and c.lower_ == "other"]
    for prep in [*indefinite.children, *(p for o in others for p in o.children)]:
        if prep.dep_ != "prep":
            continue
        marker = "other than" if prep.lower_ == "than" and others else prep.lower_
        exception = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if marker in markers and exception is not None:
            return exception
    if any(c.dep_ == "cc" and c.lower_ in markers for c in indefinite.children):
        return next((c for c in indefinite.children if c.dep_ == "conj"), None)
    return None


def _exceptive_object(verb: Token) -> Optional[Token]:
    """What a negated ``verb`` holds of after all when its object is an exceptive indefinite
    (English exceptives: "will not sanction anybody but the generals" sanctions the generals), or
    None. Shapes: the verb's object or a preposition's object is the indefinite ("recognize
    *anyone but* the elected president", "negotiate with *anyone except* the elected leaders") ->
    the exception; the indefinite is an "as" complement ("recognize X as *anything other than* Y")
    -> only the whole Y names when it is "part of Z" (event_detection.yaml exceptive_part_nouns):
    "never recognize Crimea as anything other than part of Ukraine" recognises Ukraine's claim ->
    Ukraine. Any other "as" complement keeps the refusal ("never recognize the Taliban as anything
    other than a terrorist group" refuses to recognise the Taliban) -> None."""
    words = detection_lexicon()
    found: Optional[Token] = None
    for obj in [c for c in verb.children if c.dep_ in ("dobj", "obj")]:
        if obj.lower_ in words["exceptive_indefinites"]:
            found = _exception_of(obj, words)
            if found is None:
                # "did not attack anything except a warehouse": "except" hung on the verb
                found = next((o for p in verb.children if p.dep_ == "prep" and p.i == obj.i + 1
                              and p.lower_ in words["exceptive_markers"]
                              for o in p.children if o.dep_ == "pobj"), None)
            if found is not None:
                return found
    for prep in [p for p in verb.children if p.dep_ == "prep"]:
        for obj in [o for o in prep.children if o.dep_ == "pobj" and o.lower_ in words["exceptive_indefinites"]]:
            exception = _exception_of(obj, words)
            if exception is None:
                continue
            if prep.lower_ != "as":
                return exception
            if exception.lemma_.lower() in words["exceptive_part_nouns"]:
                whole = _preps(exception).get("of")
                if whole is not None:
                    return whole
    return None


def _frame_negated(trigger: Trigger, lex: Lexicon) -> bool:
    """Whether the trigger's verb (or its head, for a demand that X *not* do Y) carries a negation."""
    frame = [trigger.head]
    if trigger.token.i != trigger.head.i and not trigger.rule.startswith("reporting verb"):
        frame.append(trigger.token)  # a demand that X *not* do Y is still an asserted demand
    return any(c.dep_ == "neg" or c.lower_ in lex.negators
               for t in frame for c in t.children if c.dep_ in ("neg", "advmod"))


def _quantified_away(trigger: Trigger) -> bool:
    """Whether the noun that carries the trigger's act ("expressed *support*", "showed
    *solidarity*", "is steadfast in its *support*": a trigger word other than its verb) has a
    negative quantifier as determiner or modifier (event_detection.yaml negative_quantifiers: "no",
    and "little" / "few" with no article): "Russia expressed no support for X", "showed little
    solidarity with X" say that none was shown, as "did not express support" does (English: "no"
    is the negative determiner; "little" / "few" without "a" are the negative quantifiers, Quirk
    et al. 1985, 5.24 and 10.59); the act is negated, no SUPPORT asserted."""
    quantifiers = detection_lexicon()["negative_quantifiers"]
    for word in trigger.words:
        if word.pos_ != "NOUN" or word.i in (trigger.token.i, trigger.head.i):
            continue
        modifiers = [c for c in word.children if c.dep_ in ("det", "amod", "advmod")]
        if any(c.lower_ in ("a", "an") for c in modifiers):
            continue  # "a little support": some shown
        if any(c.lower_ in quantifiers and c.i < word.i for c in modifiers):
            return True
    return False


def _authorized_aid(verb: Token) -> Optional[Token]:
    """The word of formal sanction (event_detection.yaml authorization_verbs / _nouns) whose
    to-infinitive complement ``verb`` (an act of giving aid) is: the infinitive of a sanction noun
    ("the President's authorization *to provide* assistance to Haitian security forces"), or the
    object-control complement of a sanction verb, its controller the one authorized ("authorized
    the Pentagon *to provide* $50 million in assistance") or the verb's passive subject ("USAID was
    authorized *to deliver* food aid"). Not a purpose clause of the verb ("authorized $50 million
    to support the police": a means verb, event_detection.yaml means_verbs), so a money or thing
    object is no controller. English non-implicative verbs (Karttunen 1971): the complement is
    permitted, not done."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    words = detection_lexicon()
    host = verb.head
    if host.i == verb.i:
        return None
    if verb.dep_ == "acl" and host.pos_ == "NOUN" and host.lemma_.lower() in words["authorization_nouns"]:
        return host
    marker = next(c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to")
    for noun in _children(host, ("dobj", "obj")):
        if noun.lemma_.lower() in words["authorization_nouns"] and noun.right_edge.i + 1 == marker.i \
                and verb.dep_ in ("xcomp", "advcl"):
            # the parser's reading of "shared the President's authorization to provide assistance"
            # with the infinitive on the verb: it follows the noun it completes
            return noun
    if verb.dep_ not in ("xcomp", "ccomp") or host.pos_ != "VERB" or host.lemma_.lower() not in words["authorization_verbs"]:
        return None
    if any(c.dep_ in ("nsubjpass",) for c in host.children):
        return host  # "USAID was authorized to deliver food aid"
    objects = _children(host, ("dobj", "obj")) + _children(verb, ("nsubj",))
    if any(o.pos_ in ("PROPN", "PRON") or o.ent_type_ in ACTOR_ENT_LABELS
           or _is_actor(o, load_lexicon(), allow_pronoun=True) for o in objects if o.ent_type_ != "MONEY"):
        return host  # "authorized the Pentagon to provide": the one permitted
    return None


def _opinion_frame(token: Token) -> Optional[Token]:
    """The fronted perspective adjunct of the clause of ``token`` or of a clause above it (its
    preposition), when that adjunct names whose view the clause tells: "In their view, ...", "in
    the opinion of the opposition, ..." (event_detection.yaml opinion_frame_nouns, with a
    possessor or an "of" holder; "in view of the attacks" is a reason, none), or a fronted
    "For them, ..." / "To him, ..." (opinion_holder_preps) whose object is a personal pronoun
    (opinion_holder_pronouns) or names a person or a people, followed by a comma. The act is the
    holder's characterisation (FactBank: relative to a source other than the writer)."""
    words = detection_lexicon()
    for verb in [token] + list(token.ancestors):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subjects = _children(verb, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)
        start = min((s.left_edge.i for s in subjects), default=verb.i)
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.i >= start or prep.right_edge.i + 1 >= len(prep.doc) \
                    or prep.doc[prep.right_edge.i + 1].text != ",":
                continue
            objects = _children(prep, ("pobj",))
            if not objects:
                continue
            holder = objects[0]
            if prep.lower_ == "in" and holder.lemma_.lower() in words["opinion_frame_nouns"] and (
                    any(c.dep_ == "poss" for c in holder.children)
                    or any(c.dep_ == "det" for c in holder.children)
                    and any(c.dep_ == "prep" and c.lower_ == "of" for c in holder.children)):
                # (no bare "in view of": the complex preposition of a reason, CGEL)
                return prep
            if prep.lower_ in words["opinion_holder_preps"] and (
                    holder.lower_ in words["opinion_holder_pronouns"] or holder.ent_type_ == "PERSON"
                    or holder.ent_type_ == "NORP" and holder.tag_ in ("NNS", "NNPS")):
                # (a people by its plural, "For the Egyptians, ...", not a region the tagger
                # calls NORP: "secondly, to South Caucasus, ...")
                return prep
    return None


def _status(trigger: Trigger, lex: Lexicon) -> tuple[str, bool]:
    """(status, under a reporting verb?) of an event from its clause."""
    frame = [trigger.head]
    if trigger.token.i != trigger.head.i and not trigger.rule.startswith("reporting verb"):
        frame.append(trigger.token)
    negated = _frame_negated(trigger, lex)
    if negated and _exceptive_object(trigger.head) is not None:
        negated = False  # "will never recognize X as anything other than part of Ukraine": Ukraine's claim is backed
    if not negated and _quantified_away(trigger):
        negated = True  # "expressed no support for X", "showed little solidarity with X": none shown
    aux = {c.lower_ for t in frame for c in t.children if c.dep_ in ("aux", "auxpass")}
    coordinate = trigger.head
    while not aux and coordinate.dep_ == "conj" and (coordinate.tag_ == "VB" or _progressive_conjunct(coordinate)):
        # "He will thank Poland ... and discuss aid": a bare conjoined verb shares the modal of
        # the verb it is coordinated with; so does a bare "-ing" conjunct of a progressive ("will
        # be providing advice and *supporting* the efforts": English coordination shares "will be")
        coordinate = _coordinate(coordinate)
        aux = {c.lower_ for c in coordinate.children if c.dep_ in ("aux", "auxpass")}
    lead_in = _list_lead_in(coordinate) if aux <= {"to"} else None
    if lead_in is not None:
        # a list item completes its lead-in's modal ("The Administration will: / Provide ...") or
        # infinitive marker ("funds to: / Support ..."), and takes its status: the modal's, or that
        # of a purpose, not yet realised (TimeML: a purpose clause is an unrealised event)
        aux |= {lead_in.lower_} if lead_in.tag_ == "MD" else set(lex.planned_aux)
    header = _noun_item_header(trigger.token) if lead_in is None and aux <= {"to"} else None
    if header is not None:
        # a noun-phrase list item completes its lead-in's clause ("These resources will be used to
        # provide allies with: / Support for troop deployments ..."): the act it names is framed by
        # that clause and takes its modal (to come under "will", open under "would"); under a
        # lead-in with no modal ("In 2023 we provided: / ...") the item is told as that clause is
        aux |= {c.lower_ for c in header.children if c.dep_ in ("aux", "auxpass")} \
            & (lex.planned_aux | lex.hypothetical_aux)
    # an obligation modal lead-in ("Russia must: / Withdraw its troops ...") obliges the item, as
    # "must" on its own verb does: the act is demanded, not done, so never asserted (TimeML: the
    # complement of a modal is not factual; the DEMAND itself is read only on one clause)
    lead_obliged = lead_in is not None and lead_in.lower_ in lex.obligation_aux
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
    # only a report whose content holds the act makes it reported or claimed: "Even while Russia
    # was mobilizing ..., Xi and Putin declared that ..." and "Ukraine believes the time for
    # sanctions is now, and we welcome ..." tell the act in the speaker's own voice (``_reports_on``)
    reported = any(_reports_holding(trigger.head, lex, ancestors))
    claimed = any(a.lemma_.lower() in ("claim", "allege", "believe", "suspect", "think", "fear")
                  and _reports_on(trigger.head, a) for a in ancestors if a.pos_ == "VERB")
    claimed = claimed or any(c.lower_ in lex.claimed_adverbs for t in frame for c in t.children)
    claimed = claimed or _told_in_reports(trigger.head)
    claimed = claimed or _opinion_frame(trigger.head) is not None  # "For them, both presidents were calling for peace"
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
    demanded = _demand_on_obliged(trigger.event_type, trigger.rule)
    conditional = conditional or ((obliged or means_obliged) and not demanded) or lead_obliged
    conditional = conditional or stance_to_come
    # "nor will any attempts to annex ... (be considered legitimate)": any act of the kind, by
    # anyone, whether or not one is made; no one act is told
    conditional = conditional or _generic_effort_infinitive(trigger.head)
    # "potential future attempts by Russia to cut gas supplies": an attempt that may come
    conditional = conditional or _unrealised_effort_infinitive(trigger.head)
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
    resolve = _resolve_predicate(trigger, lex)
    if resolve is not None:
        if _conditioned_clause(resolve, lex):
            return "hypothetical", reported  # "Norway is ready to talk with the junta if it frees ...": only if it holds
        # "the allies are united and resolved to stand with Ukraine", "we remain ready to discuss
        # with Beijing", "is prepared to impose sanctions": a resolve or readiness held when told
        # makes the promise, threat or stance then (WordNet resolute / committed / willing; PLOVER
        # AGREE "agree to, offer, promise", THREATEN "all threats"), as "pledged to" does below;
        # what is resolved on stays to come (Stop 48)
        return ("claimed" if claimed else "asserted"), reported
    if trigger.head.i != trigger.token.i and trigger.event_type in ("AGREE", "THREATEN") \
            and trigger.head.lemma_.lower() in lex.speech_act_stances \
            and (trigger.head.tag_ in ("VBD", "VBN", "VBZ", "VBP") or _misread_stance_verb(trigger.head, lex)):
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
            and OBLIGATION_RULE not in trigger.rule and not trigger.rule.startswith(FORCE_PREPARATION):
        # (not "X should consider suspending", a demand made now, nor a force being prepared, MOBILIZE,
        # which is itself under way: "are preparing to launch an attack")
        # "the Duma plans to send Putin an appeal", "is preparing to condemn": an intention
        # names an act still to come whatever its type (plover_frames.yaml stance_verbs "plan:
        # like commit but status planned"; TimeML: an intended event is not asserted)
        return "planned", reported
    if trigger.event_type == "AID" and _authorized_aid(trigger.head) is not None:
        # "shared the President's authorization to provide assistance to Haitian security
        # forces", "authorized the Pentagon to provide $50 million": aid permitted is decided, not
        # given (Karttunen's non-implicative "authorize"; CAMEO APPROVE + TRANSFER is 0311,
        # intent): planned, as the gold README's "agreed, announced or intended, not yet done"
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


def _adjective_copula(token: Token) -> Optional[Token]:
    """The copula of the predicate adjective whose infinitive ``token`` is ("Morocco *would be*
    proud *to host* President Obama", "will be ready to sign"), which carries the clause's modal;
    None when ``token`` is no such infinitive."""
    if token.dep_ != "xcomp" or token.head.dep_ != "acomp" or token.head.head.i == token.head.i:
        return None
    return token.head.head


def _resolve_predicate(trigger: Trigger, lex: Lexicon) -> Optional[Token]:
    """Check status (voiced resolve): the finite verb of the clause in which the trigger's stance is
    an adjectival predicate of resolve or readiness (event_detection.yaml resolve_predicates:
    "We *are* resolved to provide ...", "Norway *remains* ready to talk with ...", "the allies *are*
    united and determined to ...") said with a copula (resolve_copulas) in the present or past,
    no modal: the resolve is held when told, so the promise, threat or stance it voices is made
    then, as one told with "pledged to" is (plover_frames.yaml speech_act_stances). Only in a main
    clause, a conjunct of one, a clause of contrast on one ("*while* we are ready to explore
    diplomatic solutions, ...": resolve_concessive_marks), or the "that" clause of a speech verb
    (resolve_voicing_verbs: "emphasized that the allies are resolved to ..."; "made / was clear
    that ...": resolve_voicing_adjectives); None elsewhere: a future or modal copula
    ("will be ready to deploy", "would be willing to"), a non-finite one ("for being willing to"),
    a condition or time clause ("until Iran is ready to return"), a purpose's complement ("to
    ensure that we are prepared to ..."), or a relative clause; and None for a resolve not said of
    the teller's own side (``_own_side_subject``: first person, the releasing state or its own
    offices and officials; in a "that" clause also the speaker's, ``_speaker_side``) or said of forces ("the troops are ready to
    deploy": a material state, the act to come), or of a move of forces read as MOBILIZE (a
    pledged deployment: the readiness of forces whoever holds it, the move to come; Stop 49). A
    readiness to deploy read as THREATEN ("we remain ready to deploy troops to X if Y invades") is
    the threat made when said (PLOVER THREATEN is a verbal act) and keeps its resolve (0.8.209)."""
    head = trigger.head
    if head.i == trigger.token.i or not trigger.rule.startswith("stance '"):
        return None
    words = detection_lexicon()
    if head.lower_ not in words["resolve_predicates"]:
        return None
    if trigger.event_type == "MOBILIZE":
        # readiness to move forces read as the move itself (PLOVER MOBILIZE, a material act): the
        # military readiness, a state whoever holds it, the move still to come -- as forces' own
        # readiness is (below). Read as THREATEN (mode "mobilize:..."), the statement itself is the
        # verbal threat, made when said, and keeps its resolve (events 0.8.209)
        return None
    predicate = head
    for _ in range(3):
        # "are united and resolved to": a bare conjoined predicate shares its first conjunct's copula
        if predicate.dep_ != "conj" or predicate.head.i == predicate.i or any(
                c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in predicate.children):
            break
        predicate = predicate.head
    if predicate.dep_ == "acomp" and predicate.head.lemma_.lower() in words["resolve_copulas"]:
        clause = predicate.head
        finite = [clause] + [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    elif predicate.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lemma_.lower() == "be" for c in predicate.children):
        clause = predicate  # "We are resolved to ...": the parser's passive participle
        finite = [c for c in predicate.children if c.dep_ in ("aux", "auxpass")]
    else:
        return None
    if any(t.tag_ == "MD" for t in finite) or not any(t.tag_ in ("VBZ", "VBP", "VBD") for t in finite):
        return None
    if any(c.dep_ == "neg" for t in (clause, predicate, head) for c in t.children):
        return None
    node = clause
    for _ in range(6):
        if node.head.i == node.i:
            break
        if node.dep_ == "conj" or node.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in words["resolve_concessive_marks"] for c in node.children):
            # a conjunct, or a clause of contrast ("*while* the United States remains prepared to
            # engage in diplomacy, we are equally prepared for ..."), is told as its host is
            node = node.head
            continue
        break
    subject = _resolve_subject(clause, predicate)
    if subject is None or _force_subject(subject):
        # "the troops are ready to deploy": forces' readiness is a state of the forces, their
        # deployment still to come, whoever tells it
        return None
    own = _own_side_subject(subject)
    if node.dep_ == "ROOT":
        # only the teller's own resolve voices a commitment ("we remain ready to", "the United
        # States remains prepared to" in a State Department release); a third party's described
        # by the teller ("Norway remains ready to talk") is no promise made by that party
        return clause if own else None
    voicing = node.head
    if node.dep_ in ("ccomp", "parataxis") and voicing.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ == "neg" for c in voicing.children) \
            and (voicing.lemma_.lower() in words["resolve_voicing_verbs"] or voicing.lemma_.lower() in ("make", "be")
                 and any(c.lower_ in words["resolve_voicing_adjectives"] and c.dep_ in ("acomp", "ccomp", "oprd")
                         for c in voicing.children)):
        # "emphasized that ...", "made clear that ...", "was clear with X that ...": the speaker
        # voices the resolve of its own side only
        speaker = next(iter(_children(voicing, ("nsubj",))), None)
        return clause if own or (speaker is not None and _speaker_side(speaker, subject)) else None
    return None


def voiced_resolve_over(trigger: Trigger, lex: Lexicon) -> Optional[Token]:
    """``_resolve_predicate`` of the trigger, or of the first conjunct it is a bare conjunct of
    ("are united and resolved to stand with Ukraine *and hold* X accountable": the conjunct is
    under the same resolve, told as its first conjunct is; ``_resolve_conjunct_host``). Read by the
    vow to hold a party accountable (candidates, Stop 49), whose type is set there; other
    conjuncts keep their reading (their type is not the stance frame's)."""
    found = _resolve_predicate(trigger, lex)
    if found is not None or trigger.head.i != trigger.token.i:
        return found
    shared = _resolve_conjunct_host(trigger.token)
    if shared is None:
        return None
    return _resolve_predicate(dataclasses.replace(
        trigger, token=shared, head=shared.head, rule=f"stance '{shared.head.lower_}' (shared by a conjunct)"), lex)


def _resolve_conjunct_host(token: Token) -> Optional[Token]:
    """The first conjunct of the verb ``token`` where ``token`` is a bare conjunct of it (no subject
    or auxiliary of its own) and that first conjunct is the infinitive of a resolve predicate
    (event_detection.yaml resolve_predicates: "resolved to *stand* with Ukraine and hold X
    accountable" -> "stand"), else None."""
    node = token
    for _ in range(6):
        if node.dep_ != "conj" or node.head.i == node.i or node.pos_ not in ("VERB", "AUX") \
                or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in node.children):
            break
        node = node.head
    if node.i == token.i or node.dep_ != "xcomp" or node.head.lower_ not in detection_lexicon()["resolve_predicates"]:
        return None
    return node


_THIRD_PERSON_PRONOUNS = frozenset({"he", "she", "it", "they"})


def _resolve_subject(clause: Token, predicate: Token) -> Optional[Token]:
    """The subject of a resolve predicate's clause (the copula's, or the participle's in "We are
    resolved to"), else None."""
    for verb in (clause, predicate):
        subject = next(iter(_children(verb, ("nsubj", "nsubjpass"))), None)
        if subject is not None:
            return subject
    return None


def _force_subject(subject: Token) -> bool:
    """Whether ``subject`` is armed forces (the project's force nouns, Phoenix MIL agents): "the
    troops", "our forces", "the army"."""
    from newsgraph.resolve.actors import agent_sector

    found = agent_sector(subject.text)
    return subject.pos_ == "NOUN" and (subject.lemma_.lower() in FORCE_NOUNS or (found is not None and found.sector == "MIL"))


def _subject_states(subject: Token) -> set[str]:
    """ISO3 codes of the states named (a GPE or NORP name) in ``subject`` and its conjuncts ("the
    United States and its allies", "the Norwegian minister")."""
    states = set()
    for head in [subject] + list(subject.conjuncts):
        words = {t.i for t in head.subtree if t.dep_ not in ("relcl", "acl", "appos")}
        for ent in doc_ents(head.doc):
            if ent.label_ in ("GPE", "NORP") and ent.start in words:
                found = lookup_country(ent.text)
                if found is not None:
                    states.add(found.alpha3)
    return states


def _own_side_subject(subject: Token) -> bool:
    """Whether ``subject`` is the teller's own side: first person ("we", "I", "our government") or,
    in a state institution's release, that state named ("the United States and its allies" on
    state.gov; ``resolve.actors.releasing_state``) or one of its own offices or officials
    (``_own_official_subject``: "Secretary Blinken remains ready to", "The Administration remains
    prepared to")."""
    from newsgraph.resolve.actors import outlet_identity, releasing_state

    for head in [subject] + list(subject.conjuncts):
        if head.lower_ in FIRST_PERSON_WORDS or any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON_WORDS
                                                     for c in head.children):
            return True
    own = releasing_state(outlet_identity(subject.doc._.ng_outlet))
    return own is not None and (own in _subject_states(subject) or _own_official_subject(subject, own))


def _own_official_subject(subject: Token, own: str) -> bool:
    """Whether ``subject`` (or a conjunct) is an office or official of the releasing state ``own``
    (``_entity_own_official``: "Secretary Blinken", "the Department of State"), or a bare definite
    office noun the release uses for its own institution (event_detection.yaml
    release_own_office_nouns: "The Administration", "the Department", "the Secretary", with "the"
    alone). Forces are kept out before (``_force_subject``); a third party ("Norway", "Foreign
    Minister Lavrov") is placed in its own state or none."""
    words = detection_lexicon()
    for head in [subject] + list(subject.conjuncts):
        entity = _subject_entity(head)
        if entity is not None:
            if _entity_own_official(head.doc, entity, own):
                return True
            continue
        if head.lemma_.lower() in words["release_own_office_nouns"] and head.children and all(
                c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return True
    return False


def _entity_own_official(doc, entity, own: str) -> bool:
    """Whether the entity record ``entity`` is an office or official of the releasing state
    ``own`` in a sector of its executive (event_detection.yaml executive_sectors), as far as the
    events stage knows before the linker: a record already placed (``acts_for``, ``sector``); an
    organisation whose name the actor dictionaries place there (``resolve.actors.named_actor``:
    "the State Department" USA GOV); a person the Phoenix office holders place there
    (``person_state``, ``office_holder_by_surname``) or, placed in no state, holding one of the
    titles a release gives its own office holders (release_own_titles, no "of" body:
    "Secretary Blinken")."""
    from newsgraph.resolve.actors import named_actor, office_holder_by_surname, person_state

    words = detection_lexicon()
    if entity.acts_for:
        return entity.acts_for == own and entity.sector in words["executive_sectors"]
    if entity.type == "person":
        state = person_state(entity.name) or office_holder_by_surname(entity.name)
        if state is not None:
            return state == own
        return any(r.person_key == entity.key and not r.of_key
                   and " ".join((r.title or "").lower().split()).removeprefix("former ") in words["release_own_titles"]
                   for r in doc._.ng_roles or [])
    if entity.type == "organization":
        code = named_actor(entity.name)
        return code is not None and code.acts_for == own and code.sector in words["executive_sectors"]
    return False


def _subject_entity(head: Token):
    """The entity record (``doc._.ng_entities``) of the keyed mention (``doc._.ng_mentions``) that
    covers ``head``, else None."""
    key = _mention_key_at(head)
    return (head.doc._.ng_entities or {}).get(key) if key else None


def _mention_key_at(token: Token) -> Optional[str]:
    """The entity key of the first keyed mention (``doc._.ng_mentions``) that covers ``token``, else None."""
    return next((m.entity_key for m in token.doc._.ng_mentions or []
                 if m.entity_key and m.start <= token.idx < m.end), None)


def _speaker_side(speaker: Token, subject: Token) -> bool:
    """Whether the speaker of a "that" clause voices ``subject``'s resolve as its own: the clause's
    subject is a personal pronoun for the speaker (``_pronoun_for_speaker``: "Secretary Blinken
    made clear that he is ready to"), the same words, or a state the speaker is of ("the Norwegian
    minister made clear that Norway is ready to")."""
    if subject.lower_ in _THIRD_PERSON_PRONOUNS:
        return _pronoun_for_speaker(speaker, subject)
    if [t.lower_ for t in subject.subtree] == [t.lower_ for t in speaker.subtree]:
        return True
    said_by = _subject_states(speaker)
    return bool(said_by) and bool(said_by & _subject_states(subject))


def reported_own_stance(trigger: Trigger, lex: Lexicon) -> Optional[Token]:
    """The reporting verb that voices a stance of its speaker's own side: the nearest reporting verb
    over the trigger (``_reports_holding``: "the Secretary *said* the United States will stand with
    X", "stressed that we will continue to support X") whose speaker is of the side holding the
    stance -- the stance's subject is the teller's own (``_own_side_subject``: first person, the
    releasing state, its offices and officials) or the speaker's (``_speaker_side``: a pronoun for
    the speaker, the same words, a state the speaker is of). A reported stance of one's own side is
    that side's stance voiced in the reported statement, as the same words told directly are
    (docs/hand-check.md: a continuing stance is SUPPORT, asserted); a third party's forecast of
    another's stance ("analysts said China will continue to back Russia") is no such voicing:
    None, as for no report, no speaker or no subject."""
    report = next(_reports_holding(trigger.head, lex), None)
    if report is None:
        return None
    speaker = next(iter(_children(report, ("nsubj",))), None)
    node = trigger.head
    for _ in range(4):
        # the subject of the stance's clause (a bare conjunct shares its first conjunct's)
        subject = next(iter(_children(node, ("nsubj",))), None)
        if subject is not None or node.dep_ != "conj" or node.head.i == node.i:
            break
        node = node.head
    if speaker is None or subject is None:
        return None
    return report if _own_side_subject(subject) or _speaker_side(speaker, subject) else None


def _pronoun_for_speaker(speaker: Token, pronoun: Token) -> bool:
    """Whether a third-person ``pronoun`` in a speaker's "that" clause refers to the speaker: coref
    tied it to the entity a mention in the speaker's phrase is keyed to (``doc._.ng_mentions``);
    where coref tied it to nothing, only a singular "he" / "she" said by one person (a PERSON name,
    a person noun, ``actor_heads.person_word``, or a noun of one who acts for a state:
    ``state_agent_word``, event_detection.yaml cabinet_office_nouns, directing_head_nouns: "the
    Norwegian minister said that he is ready"), its nearest antecedent. A pronoun coref tied to
    another party, or an unresolved "it" / "they" ("the minister made clear that they are ready":
    any party told before), is not the speaker's side."""
    from newsgraph.nlp.actor_heads import person_word, state_agent_word

    doc = speaker.doc
    first, last = min(t.idx for t in speaker.subtree), max(t.idx + len(t) for t in speaker.subtree)
    mentions = doc._.ng_mentions or []
    said = _mention_key_at(pronoun)
    if said is not None:
        return any(m.entity_key == said and first <= m.start and m.end <= last for m in mentions)
    words = detection_lexicon()
    one_person = speaker.ent_type_ == "PERSON" or speaker.tag_ == "NN" and (
        person_word(speaker) or state_agent_word(speaker) or speaker.lower_ in words["cabinet_office_nouns"]
        or speaker.lower_ in words["directing_head_nouns"])
    return pronoun.lower_ in ("he", "she") and one_person


def _conditioned_clause(verb: Token, lex: Lexicon) -> bool:
    """Whether ``verb`` has a conditional clause of its own ("Norway is ready to talk ... *if* it frees
    the prisoners": plover_frames.yaml conditional_marks), which the parser hangs on the copula of
    a predicate adjective rather than on the adjective's infinitive."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in lex.conditional_marks for m in c.children)
               for c in verb.children)


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
    node = first_conjunct(node)
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
    node = first_conjunct(node)
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
        stranded = _stranded_commitment_noun(node, words)
        if stranded is not None:
            return f"committed to under '{stranded.text}'"
        held = [c for c in parent.children if c.dep_ in ("acomp", "oprd") and c.lower_ in words["commitment_words"]]
        if parent.lemma_.lower() in ("be", "remain", "stay") and held and node.dep_ == "conj":
            # "are resolute in their commitment to A and ensuring B ... and collaborating on C":
            # the parser hangs the later complements on the copula
            return f"committed to under '{held[0].text}'"
        node = parent
    return None


def _standing_time_adverb(trigger: Trigger) -> Optional[Token]:
    """The adverb of all time on the trigger's verb ("The United States *will always* support brave
    individuals who ...", "we will forever stand with Israel": event_detection.yaml
    standing_time_adverbs), else None. "always" / "forever" on a future quantify over every time
    from now on, the present included (English grammar), so the stance is held now and voiced, as
    under "will continue to" (the caller gives it the same ongoing reading)."""
    words = detection_lexicon()["standing_time_adverbs"]
    for verb in {trigger.head.i: trigger.head, trigger.token.i: trigger.token}.values():
        for child in verb.children:
            if child.dep_ == "advmod" and child.lower_ in words:
                return child
    return None


def _held_stance_idiom(trigger: Trigger, lex: Lexicon) -> Optional[Token]:
    """The preposition of a solidarity idiom (event_detection.yaml held_stance_idioms: "stand with
    X", "stand by X") that is the trigger's own verb under a future auxiliary of its own ("The
    United States *will stand with* the people of X until they prevail", "we'll stand by them"),
    else None. The future of a stance verb tells a disposition held now, voiced by the statement,
    as under "will continue to" (the caller gives it the same ongoing reading); a frame verb
    ("plans to stand with"), another verb's future shared by coordination, or a negation is not
    read so here; nor is a stance put on a told day or hour ("will stand with the mayor *on
    Monday*", "tomorrow": an appearance on that occasion, to come)."""
    verb = trigger.token
    if trigger.head.i != verb.i or trigger.event_type != "SUPPORT" or verb.pos_ != "VERB" or verb.tag_ != "VB":
        return None
    if not any(c.dep_ == "aux" and c.lower_ in lex.planned_aux for c in verb.children) \
            or any(c.dep_ == "neg" for c in verb.children):
        return None
    told = [c for c in verb.children if c.dep_ in ("npadvmod", "tmod")
            or c.dep_ == "prep" and c.lower_ in ("on", "at")]  # "at the ceremony on Monday"
    if any(t.ent_type_ in ("DATE", "TIME") for c in told for t in c.subtree):
        return None
    if any(_occasion_object(c) for c in told if c.dep_ == "prep"):
        return None  # "will stand with X at the summit": an appearance at an occasion to come
    words = detection_lexicon()["held_stance_idioms"]
    lemma = verb.lemma_.lower()
    heads = [verb] + [c for c in verb.children if c.dep_ == "acomp"]  # "will stand united with X"
    for prep in (c for head in heads for c in head.children):
        if prep.dep_ == "prep" and f"{lemma} {prep.lower_}" in words and any(
                o.dep_ == "pobj" and (_is_actor(o, lex, allow_pronoun=True) or o.lower_ in OBJECT_PRONOUNS)
                for o in prep.children):
            # (only a party backed: "will stand by its commitments" keeps a promise, no stance)
            return prep
    return None


def _occasion_object(prep: Token) -> bool:
    """Whether the "at" / "on" phrase ``prep`` names an occasion (event_dates.yaml occasion_nouns:
    a meeting, summit, ceremony, conference ...), as its object or that object's "of" ("at the
    summit in Vilnius", "on the margins of the summit"): an act told there happens at that
    occasion (TimeML IS_INCLUDED)."""
    from newsgraph.nlp.event_dates import WORDS as DATE_WORDS

    nouns = [o for o in prep.children if o.dep_ == "pobj"]
    nouns += [o for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"]
    return any(n.pos_ in ("NOUN", "PROPN") and n.lemma_.lower() in DATE_WORDS.occasion_nouns for n in nouns)


def _commitment_noun_of(verb: Token, words: dict) -> Optional[Token]:
    """The commitment noun (event_detection.yaml commitment_words) whose content ``verb`` is: its
    "to" infinitive ("commitment *to support* Ukraine", acl) or its "to" or "on" gerund ("commitment
    to *supporting* greater freedom", "new commitments on *imposing* economic pressure measures":
    pcomp of the noun's preposition); else None. ("on" names a commitment's subject matter as it
    does an agreement's or a pledge's: English grammar, as "commitments on climate finance".)"""
    if verb.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        noun = verb.head
    elif verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in ("to", "on") and verb.head.dep_ == "prep":
        noun = verb.head.head
    else:
        return None
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in words["commitment_words"]:
        return None
    return noun


def _stranded_commitment_noun(infinitive: Token, words: dict) -> Optional[Token]:
    """The commitment noun (event_detection.yaml commitment_words) whose "to" infinitive the parser
    hung on the verb of the noun's clause instead ("reiterated the country's continued support and
    commitment *to work* closely with X", xcomp or advcl of the verb, the noun its object or a
    conjunct of it): a "to" infinitive right after a noun that takes one ("commitment to V") is
    that noun's complement (English grammar), and a verb takes no infinitive complement across its
    own abstract object. Only where the "to" directly follows the noun; else None."""
    if infinitive.dep_ not in ("xcomp", "advcl") or infinitive.pos_ != "VERB":
        return None
    to = next((c for c in infinitive.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i == 0 or to.i > infinitive.i:
        return None
    noun = to.nbor(-1)
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in words["commitment_words"]:
        return None
    head = first_conjunct(noun)
    if head.dep_ not in ("dobj", "obj") or head.head.i != infinitive.head.i:
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
    node = first_conjunct(node)
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


def _fellow_organs(verb: Token) -> Optional[Token]:
    """The organ noun of an "A and other Bs" doer of ``verb`` whose B is an organ of government
    (event_detection.yaml own_organ_nouns): "coordinated by the FCDO and other relevant UK
    Government Departments", "the Ministry and other agencies will work ...". "Other" says that A
    is one of the Bs (English grammar: "other" excludes its conjunct from a set it belongs to), so
    the doers are organs of one government. The doers are the verb's subject or, in the passive,
    its "by" agent. None when no such conjunct stands among them ("Japan and other countries")."""
    doers = _children(verb, SUBJECT_DEPS) + [o for a in _children(verb, ("agent",))
                                             for o in _children(a, ("pobj",))]
    organs = detection_lexicon()["own_organ_nouns"]
    for doer in doers:
        for other in doer.conjuncts:
            if other.lower_ in organs and any(c.dep_ == "amod" and c.lower_ == "other" for c in other.children):
                return other
    return None


def _internal_meeting(trigger: Trigger, lex: Lexicon) -> Optional[str]:
    """Check not-internal: a meeting or joint work of one party with its own staff alone ("The
    President and his team discussed the successes", event_detection.yaml own_staff_nouns): no
    interaction between entities. A "with" partner keeps the meeting."""
    if trigger.event_type not in lex.symmetric_types:
        return None
    words = detection_lexicon()
    verb = trigger.head
    topic_with = _topic_with_phrase(verb)
    partners = _children(verb, ("dobj", "obj")) + [o for p, o in _preps(verb).items()
                                                   if p == "with" and topic_with is None]
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
    if partners and all(_bare_own_workforce(p) or _mission_workforce(p) for p in partners):
        # "she will observe U.S. passport facility operations and meet with staff", "met with his
        # team": one's own workforce is the only partner, no second side
        return f"'{partners[0].text}': its own staff"
    counterpart_preps = [p for p in _preps(verb) if p in ("between", "among") or (p == "with" and topic_with is None)]
    fellow = _fellow_organs(verb)
    if fellow is not None and not counterpart_preps \
            and not any(_is_actor(o, lex) for o in _children(verb, ("dobj", "obj"))):
        # "will be coordinated by the FCDO and other relevant UK Government Departments": organs
        # of one government at work together, no second party (PLOVER COOPERATE is mutual)
        return f"'{fellow.text}': organs of one government (A and other Bs)"
    subjects = _children(verb, SUBJECT_DEPS)
    if not subjects or counterpart_preps or any(
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


def _topic_with_phrase(verb: Token) -> Optional[Token]:
    """The "with" phrase the parser hung on a verb of talk that belongs to the topic discussed, not
    to the talk, else None: a phrase coordinated ("and with ...", ", with ...") after a "with"
    phrase that already hangs on a noun of the verb's object ("discussed the gains: closer ties
    with Peru, and with forty states"). A coordinated phrase shares its conjunct's head, so it is
    the topic noun's partner too (since 0.8.203). A "with" phrase right after the object
    ("discussed the crisis with Mexican officials") or after a list of topics with no "with" of
    its own keeps its reading as the counterpart."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    objects = _children(verb, ("dobj", "obj"))
    if prep is None or not objects or prep.i < objects[0].i or prep.i < 2:
        return None
    before = verb.doc[prep.i - 1]
    if before.dep_ != "cc" and before.text != ",":
        return None
    if any(t.lower_ == "with" and t.dep_ == "prep" and t.head.pos_ in ("NOUN", "PROPN")
           and t.head.i != verb.i for t in verb.doc[objects[0].i:prep.i - 1]):
        return prep
    return None


def _bare_own_workforce(noun: Token) -> bool:
    """Whether a partner is one's own workforce by its words alone: a workforce noun
    (event_detection.yaml own_workforce_nouns: staff, employees, team) bare or under a possessive
    pronoun (own_possessives), with no word that names whose ("Russian embassy staff", "staff of
    the ministry", "the Ukrainian team" name another side and keep the meeting). One's leadership
    or advisers (own_counsel_nouns) only under a possessive pronoun ("met with *his* national
    security leadership"; since 0.8.203), and only where that pronoun refers to the clause's
    subject (``_possessive_of_subject``: "visited the Baltic states and met with *their*
    leadership" is the states' leaders; since 0.8.205)."""
    words = detection_lexicon()
    if noun.lower_ in words["own_counsel_nouns"]:
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        return owner is not None and owner.lower_ in words["own_possessives"] and _possessive_of_subject(owner)
    return noun.lower_ in words["own_workforce_nouns"] and _marked_as_own(noun)


# the third-person possessives and the subjects they agree with (English pronoun agreement in
# number and gender, Quirk et al. 6.3): "his"/"her" a single person, "its" a single body or thing,
# "their" a plural, a coordination or a body named as a group
_PERSONAL_POSSESSIVES = frozenset({"his", "her"})


def _possessive_of_subject(owner: Token) -> bool:
    """Whether the possessive pronoun ``owner`` refers to the subject of its clause (the clause of
    the noun it modifies; a conjoined verb's shared subject): where coreference keyed both the
    pronoun and the subject, whether the keys are one; else whether the pronoun agrees with the
    subject in number and gender (``_agrees_with_subject``) and no noun of the same number stands
    between them in the clause (the nearer antecedent: "Secretary Blinken visited the Baltic
    states and met with *their* leadership" is the states', "The President met with *his*
    advisers" the President's). "our" is the speaker's own side. False with no subject found.
    Since events 0.8.205."""
    word = owner.lower_
    if word == "our":
        return True
    verb = owner.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subject = next(iter(_children(verb, SUBJECT_DEPS)), None)
    clause = verb
    while subject is None and clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
        subject = next(iter(_children(clause, SUBJECT_DEPS)), None)
    if subject is None or subject.i > owner.i:
        return False
    pronoun_key = next((m.entity_key for m in owner.doc._.ng_mentions or []
                        if m.entity_key and m.kind == "pronoun" and m.start <= owner.idx < m.end), None)
    subject_key = _mention_key_at(subject)
    if pronoun_key and subject_key:
        return pronoun_key == subject_key
    if not _agrees_with_subject(word, subject):
        return False
    return not any(_same_number_noun(word, t) for t in owner.doc[subject.right_edge.i + 1:owner.i])


def _agrees_with_subject(word: str, subject: Token) -> bool:
    """Whether the possessive ``word`` can stand for ``subject`` by number and gender: "his"/"her"
    a single person (a person's name, "he"/"she", a singular common noun: "the President"), "its"
    a single body or thing ("it", a singular noun that is no person's name), "their" a plural or
    coordinated subject, "they", or a body named as a group (an organisation: "NATO ... their")."""
    coordinated = any(c.dep_ == "conj" for c in subject.children)
    if subject.pos_ == "PRON":
        said = subject.lower_
        return {"his": said == "he", "her": said == "she", "its": said == "it",
                "their": said == "they"}.get(word, False)
    plural = subject.tag_ in ("NNS", "NNPS") and subject.ent_type_ != "GPE"
    if word in _PERSONAL_POSSESSIVES:
        return not coordinated and not plural and subject.ent_type_ not in ("GPE", "ORG", "NORP")
    if word == "its":
        return not coordinated and not plural and subject.ent_type_ != "PERSON"
    return coordinated or plural or subject.ent_type_ in ("ORG", "NORP")


def _same_number_noun(word: str, token: Token) -> bool:
    """Whether ``token`` heads a noun phrase the possessive ``word`` could stand for by number
    (``_agrees_with_subject``): a nearer antecedent between the subject and the pronoun."""
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ in ("compound", "amod", "poss", "nmod", "npadvmod") \
            or token.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"):
        return False
    plural = token.tag_ in ("NNS", "NNPS") and token.ent_type_ != "GPE"
    if word == "their":
        return plural
    if word in _PERSONAL_POSSESSIVES:
        return not plural and token.ent_type_ == "PERSON"
    return not plural and token.ent_type_ != "PERSON"


def _marked_as_own(noun: Token, det_refers_back: bool = False) -> bool:
    """Whether the words on a staff noun leave it the own side's: a possessive pronoun that points
    back (event_detection.yaml own_possessives: "*his* team", "prohibits *its* employees", "*his*
    national security team": the possessive says whose, other modifiers do not change it), or no
    modifier at all ("meet with staff"). Any other possessive ("Lavrov's team") or, with no
    possessive, any other word ("Russian embassy staff", "staff of the ministry") names another
    side. A determiner alone ("the staff") points back only for a co-subject (``det_refers_back``:
    "Under Secretary Nuland and the delegation"); as a partner, "visited the hospital and met with
    the staff", it refers to a place's or another party's staff. ``_own_group_cosubject``,
    ``_bare_own_workforce``, ``_own_staff_directive``."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner.lower_ in detection_lexicon()["own_possessives"]
    return all(det_refers_back and c.dep_ == "det" and c.pos_ == "DET" for c in noun.children)


def _internal_act(trigger: Trigger, lex: Lexicon) -> Optional[str]:
    """Check not-internal: a meeting with one's own staff alone (``_internal_meeting``) or a
    directive to one's own staff (``_own_staff_directive``)."""
    return _internal_meeting(trigger, lex) or _own_session(trigger, lex) or _own_staff_directive(trigger) \
        or _self_benefit(trigger, lex)


def _own_session(trigger: Trigger, lex: Lexicon) -> Optional[str]:
    """Check not-internal, a body's own session: a meeting verb (event_detection.yaml
    session_verbs: meet, convene, ...) with no object and no "with" / "between" / "among" partner
    whose one subject is a singular deliberative body (session_body_nouns: "The Cabinet convened to
    review the budget", "the committee met to discuss the bill"): one party sitting, no
    consultation between two actors (PLOVER CONSULT is between actors). A coordinated or plural
    subject ("the two leaders met"), a joint body (session_joint_marks, or two states named in its
    phrase: "the U.S.-Mexico joint committee met") or any partner keeps the meeting. Since 0.8.204."""
    if trigger.event_type not in lex.symmetric_types:
        return None
    words = detection_lexicon()
    verb = trigger.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in words["session_verbs"]:
        return None
    subjects = _children(verb, ("nsubj",))
    if len(subjects) != 1:
        return None
    body = subjects[0]
    # (a partner anywhere in the verb's phrase, outside the subject: "met in Doha for talks with
    # the Taliban" meets the Taliban as "met with the Taliban" does)
    subject_span = range(body.left_edge.i, body.right_edge.i + 1)
    if _children(verb, ("dobj", "obj", "dative")) or any(
            t.dep_ in ("prep", "advmod") and t.lower_ in ("with", "between", "among", "together", "jointly")
            and t.i not in subject_span for t in verb.subtree):
        return None
    if body.tag_ not in ("NN", "NNP") or body.conjuncts or body.lemma_.lower() not in words["session_body_nouns"] \
            and body.lower_ not in words["session_body_nouns"]:
        return None
    phrase = list(body.subtree)
    if any(t.lower_ in words["session_joint_marks"] for t in phrase) \
            or len(_named_states(phrase)) > 1 \
            or any(t.text in ("-", "–") for t in phrase[1:-1]):
        return None
    return f"'{body.text} {verb.text}' with no partner: one body's own session"


def _named_states(phrase: list[Token]) -> set[str]:
    """The distinct states or peoples the GPE / NORP names in ``phrase`` (a run of tokens) name:
    one per entity, keyed by its country (``lookup_country``: "South Korean" and "Korean" are
    one state, "U.S.-Mexico" two), else by the entity's words. Counts entities, not tokens."""
    keys: set[str] = set()
    indices = {t.i for t in phrase}
    for ent in (doc_ents(phrase[0].doc) if phrase else ()):
        if ent.label_ not in ("GPE", "NORP") or not any(i in indices for i in range(ent.start, ent.end)):
            continue
        country = lookup_country(ent.text) or lookup_country_in_token(ent.text)
        keys.add(country.alpha3 if country is not None else ent.text.lower())
    return keys


def _self_benefit(trigger: Trigger, lex: Lexicon) -> Optional[str]:
    """Check not-internal, self-benefit: giving or funding (AID) whose object is the doer's own,
    marked by a possessive pronoun with "own" ("funding *their own* lavish lifestyles", "pays for
    *its own* fleet") and with no recipient phrase: what an actor spends on itself is no aid to
    another (PLOVER AID is assistance to another actor). An actor as the object ("funding its own
    proxies") is another party aided and stays. Since 0.7.521."""
    if trigger.event_type != "AID":
        return None
    verb = trigger.token
    if verb.pos_ not in ("VERB", "AUX") or any(
            c.dep_ == "prep" and c.lower_ in ("to", "for") for c in verb.children) or _children(verb, ("dative",)):
        return None
    own_possessives = detection_lexicon()["own_possessives"]
    for obj in _children(verb, ("dobj", "obj")):
        owner = next((c for c in obj.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ in own_possessives and not _is_actor(obj, lex, allow_pronoun=False) \
                and any(c.dep_ == "amod" and c.lower_ == "own" for c in obj.children):
            return f"'{verb.text} {owner.text} own {obj.text}': spent on its own"
    return None


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
                if obj.lower_ in words["own_workforce_nouns"] and owner is not None and _marked_as_own(obj):
                    return f"'{node.text} {owner.text} {obj.text}': a directive to its own staff"
                own = _own_office_holders(obj, node)
                if own is not None:
                    return f"'{node.text} {obj.text}': a directive to its own {own}"
        if node.dep_ not in ("xcomp", "advcl", "pcomp", "prep", "conj") or node.head.i == node.i:
            return None
        if node.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            return None  # only a purpose infinitive ("to do everything possible *to shut down* ...")
        node = node.head
    return None


def _own_office_holders(obj: Token, verb: Token) -> Optional[str]:
    """What makes the object of a directive verb the directing side's own office holders, else
    None: a cabinet office noun (event_detection.yaml cabinet_office_nouns: ministers, secretaries,
    envoys, whom a head of government appoints; the phrase coded GOV by the Phoenix agents) that is
    (a) under a possessive pronoun that points back ("The G7 leaders asked *their finance
    ministers* to prepare options", "the Prime Minister instructed *his ministers*"), or (b) a bare
    plural ("G7 Leaders asked *Finance Ministers* to continue engagement with the IMF") whose
    directing subject is leaders or a head of government (directing_head_nouns) with no "of"
    phrase: a bare plural office noun with no word of whose (no determiner, possessor, number,
    adjective or phrase; only portfolio compounds, no name) is read by bridging as the
    corresponding officers of the body its directors lead (English definiteness by association,
    as "the President asked the Treasury to ..."). A request to one's own ministers is a directive
    inside one actor (coding rules: requests to one's own departments are no interaction).
    Ministers of another side stay a DEMAND: "asked *Iran's* ministers", "*African* finance
    ministers", "finance ministers *of the G20*", "*the* finance ministers"."""
    from newsgraph.resolve.actors import agent_match

    words = detection_lexicon()
    if obj.pos_ not in ("NOUN", "PROPN") or obj.lemma_.lower() not in words["cabinet_office_nouns"] \
            and obj.lower_ not in words["cabinet_office_nouns"]:
        return None
    phrase = " ".join(t.text for t in obj.subtree if t.i <= obj.i and t.dep_ == "compound") + " " + obj.text
    found = agent_match(phrase.strip())
    if found is None or found[0].sector != "GOV":
        return None
    owner = next((c for c in obj.children if c.dep_ == "poss"), None)
    if owner is not None:
        # the pronoun points back to the subject: a government's or its head's own ministers, not
        # the ministers of the citizens' state ("The protesters asked their ministers to resign")
        if owner.lower_ in words["own_possessives"] and _directing_subject(verb, named=True) is not None:
            return f"{obj.lower_} ({owner.text})"
        return None
    plural = obj.tag_ in ("NNS", "NNPS") or obj.lower_ != obj.lemma_.lower() \
        or obj.lower_.endswith("s") and obj.lower_[:-1] in words["cabinet_office_nouns"] \
        or obj.lower_.endswith("ies") and obj.lower_[:-3] + "y" in words["cabinet_office_nouns"]
    # a compound naming a place or body says whose ("Iran Foreign Ministers"); one the tagger only
    # reads into a name together with the office noun ("Trade Ministers" as PERSON) is a portfolio
    title_entity = obj.ent_iob_ == "I"
    if not plural or any(
            c.dep_ != "compound" or c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON", "LOC")
            and not (title_entity and c.ent_type_ == obj.ent_type_) for c in obj.children):
        return None
    subject = _directing_subject(verb)
    return None if subject is None else f"{obj.lower_} (bare, under '{subject.text}')"


def _directing_subject(verb: Token, named: bool = False) -> Optional[Token]:
    """The subject of a directive verb that can direct office holders: a phrase naming leaders or a
    head of government (event_detection.yaml directing_head_nouns, whole words, no "of" phrase:
    "The G7 leaders", "the Prime Minister") or, with ``named``, a named state, organization or
    person ("Germany asked its ambassadors", "Johnson instructed his ministers"); else None
    (common nouns of other people: "The protesters asked their ministers")."""
    words = detection_lexicon()
    for subject in _children(verb, SUBJECT_DEPS):
        before = " " + " ".join(t.lower_ for t in subject.subtree if t.i <= subject.i) + " "
        if any(f" {head} " in before for head in words["directing_head_nouns"]) and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in subject.children):
            return subject
        if named and subject.ent_type_ in ("GPE", "ORG", "PERSON", "NORP"):
            return subject
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


def _talk_object_of(noun: Token, verbs: Iterable[str], through_of: bool = False) -> tuple[Token, Optional[Token]]:
    """Where a talk or relation noun stands: ``(node, verb)``, with ``node`` the noun or the first
    conjunct it is coordinated under (and, with ``through_of``, the noun whose "of" phrase holds it:
    "the strength *of* the partnership"), and ``verb`` the verb (or auxiliary) of ``verbs`` whose
    direct object ``node`` is, else None. Shared by ``_relation_topic`` and ``_supported_talk``."""
    node = noun
    for _ in range(4):
        if node.dep_ == "conj":
            node = node.head
        elif through_of and node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
            node = node.head.head  # "the strength of the partnership"
        else:
            break
    verb = node.head
    if node.dep_ in ("dobj", "obj") and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in verbs:
        return node, verb
    return node, None


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
    _, verb = _talk_object_of(noun, words["relation_topic_verbs"], through_of=True)
    return f"'{noun.text}' is what '{verb.text}' is about" if verb is not None else None


def _supported_talk(noun: Token) -> Optional[str]:
    """The reason of check not-evaluation for a talk or tie noun that is only the object of a stance,
    commitment or call (event_detection.yaml supported_talk_verbs, supported_talk_heads): the
    direct object of such a verb ("supports the dialogue between A and B"), or the object of "to" /
    "for" after such a noun or verb ("our commitment to the talks between A and B", "called for
    negotiations between A and B"), through conjuncts (``_talk_object_of``). What is backed or
    asked for is the stance's object, not a talk told as held on any day (PLOVER codes the stance;
    since 0.8.203). A verb that reports the talks as taking place ("facilitated / welcomed the
    talks") is no such stance (0.8.209). None otherwise."""
    words = detection_lexicon()
    node, verb = _talk_object_of(noun, words["supported_talk_verbs"])
    if verb is not None:
        return f"'{noun.text}' is what '{verb.text}' backs or asks for"
    head = node.head
    if node.dep_ == "pobj" and head.lower_ in ("to", "for") and head.head.i != head.i:
        holder = head.head
        if holder.lower_ in words["supported_talk_heads"] or holder.lemma_.lower() in words["supported_talk_heads"] \
                or (holder.pos_ in ("VERB", "AUX") and holder.lemma_.lower() in words["supported_talk_verbs"]):
            return f"'{noun.text}' is what '{holder.text} {head.text}' backs or asks for"
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
        if parent.i == node.i:
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
    aux = _present_passive_aux(verb)
    if aux is None:
        return None
    subjects = _children(verb, PASSIVE_SUBJECT_DEPS)
    if not subjects or subjects[0].tag_ not in ("WDT", "WP"):
        return None
    if any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree):
        return None
    return f"standing status '{subjects[0].text} {aux.text} {verb.text}'"


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
    aux = _present_passive_aux(verb)
    if aux is None or not any(c.dep_ == "agent" for c in verb.children):
        return None
    return f"standing present passive '{aux.text} {verb.text}'"


def _present_passive_aux(verb: Token) -> Optional[Token]:
    """The one auxiliary of ``verb`` when it is the simple present passive's "is" / "are" ("which
    *is* designated", "*are* prohibited"); None when the verb has another auxiliary, more than
    one, or none (``_standing_status``, ``_standing_passive``, ``_standing_rule``)."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if len(aux) != 1 or aux[0].dep_ != "auxpass" or aux[0].lower_ not in ("is", "are"):
        return None
    return aux[0]


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
    if verb.dep_ not in ("ROOT", "conj") or verb.lemma_.lower() not in \
            joined_detection_words("prevention_verbs", "permission_verbs"):
        return None
    if _clause_verb(verb).dep_ != "ROOT":
        return None  # a conjunct of a subordinate clause takes that clause's frame
    aux = _present_passive_aux(verb)
    if aux is None or any(c.dep_ == "agent" for c in verb.children):
        return None
    conjuncts = [{t.i for t in c.subtree} for c in verb.children if c.dep_ == "conj"]
    own = [t for t in verb.subtree if not any(t.i in span for span in conjuncts)]  # its clause, not the next
    if any(t.ent_type_ in ("DATE", "TIME") for t in own):
        return None
    if _dealing_partner(verb, load_lexicon()) is not None:
        # "all U.S. persons are prohibited from engaging in transactions with X" names the party
        # sanctioned (DEALING_BAN): OFAC's own wording of the measure, often its only mention of X
        return None
    return f"standing rule '{aux.text} {verb.text}' (no agent, no date)"


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
        if holder.i != verb.i and holder.tag_ == "VBN" and not any(
                c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in holder.children):
            continue  # "prohibiting U.S. persons, *wherever located*, from ...": where the persons are, no occasion
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
    Gong practitioners", not "the practitioners", "its employees", "two journalists"), nor a
    partitive over a definite set ("hundreds of the protesters", "dozens of those arrested",
    "many of them": a part of particular people, no generic class; CGEL 5.9 partitives)."""
    return noun.tag_ == "NNS" and not any(
        c.dep_ in ("det", "poss", "nummod", "predet") for c in noun.children) and not _definite_partitive(noun)


def _definite_partitive(noun: Token) -> bool:
    """Whether ``noun`` has an "of" phrase over a definite set: a pronoun or demonstrative
    ("of them", "of those arrested") or a noun with a determiner or possessor ("of the protesters",
    "of its members")."""
    return any(p.pos_ == "PRON" or p.tag_ in ("DT", "PRP") or any(
                   c.dep_ in ("det", "poss") for c in p.children)
               for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
               for p in prep.children if p.dep_ == "pobj")


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
        if node.dep_ == "conj" and _children(node, SUBJECT_DEPS):
            # a conjunct clause with a subject of its own ("Our commitment will not waver, and *we*
            # will continue to stand with X"): the measure noun is the subject of the other clause
            # only (English coordination shares an omitted subject only; since events 0.8.207)
            break
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


def _requirement_infinitive(adjective: Token, infinitive: Token, words: dict) -> bool:
    """Whether ``infinitive`` is the to-infinitive complement (xcomp) of ``adjective``, an
    adjective of necessity (event_detection.yaml requirement_adjectives) used predicatively: the
    complement (acomp) of a copula ("access ... *is essential to provide* assistance"). The
    predicate says what its subject is needed for, no act done. An attributive or postnominal
    adjective ("troops essential to defend the border", "the steps necessary to protect
    civilians") only describes a noun of the clause, whose own verb tells whether an act is
    done, so it is never read here."""
    return adjective.pos_ == "ADJ" and adjective.lower_ in words["requirement_adjectives"] \
        and adjective.dep_ == "acomp" and adjective.head.lemma_.lower() in COPULA_LEMMAS \
        and infinitive.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children)


def _aim_frame(trigger: Trigger) -> Optional[str]:
    """Check not-aim (issue 6): an act that is only an aim (event_detection.yaml, not-aim): the
    content of a statement of aims ("We are focused on ... by imposing severe costs on Russia",
    "united in their determination to hold Russia to account by imposing costs"; voiced SUPPORT
    or AGREE is the stance itself and stays), a measure characterised by its purpose ("These
    measures are carefully calibrated to impose costs on Russia", "designed to prevent Russia
    from profiting"), or an act nominal inside the topic of a stated concern ("raised our concerns
    about human rights, including Beijing's crackdown in Hong Kong"). The act is reached by going
    up the verb, preposition and list chain from the trigger; a conjoined clause with its own
    subject is an act of its own and stops the walk. Since 0.7.253 a noun of intention frames an
    aim too ("demonstrating Brazil's intent *to partner* with the United States": the codebook
    codes the intention, AGREE, never the intended act as done). Also a requirement, the infinitive
    of a predicative adjective of necessity ("access ... is *essential to provide* assistance":
    ``_requirement_infinitive``). The reason, or None."""
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
        if _requirement_infinitive(parent, node, words):
            return f"what is needed ('{parent.text} to {node.text}')"
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


NEG_RAISING_VERBS = frozenset({"think", "believe", "expect", "suppose"})  # "I don't think X" = "I think not X"
