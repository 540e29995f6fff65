"""Event dates: every event gets the date its own text gives, else the publication's.

Runs after ``newsgraph_events`` and reads the time expressions of ``newsgraph_timex``:

1. the calendar time expression attached to the trigger's clause (its syntactic head climbs
   to the trigger without crossing another verb);
2. else the nearest calendar time expression of the trigger's sentence that belongs to no
   clause or to one governing the trigger (never one dating another verb, a coordinated clause
   with its own subject, or a noun: "the October 7 attack", "the agreement of 12 May 2019");
   a noun's date dates the act when the noun is its occasion ("criticized the press in a 2011
   interview"), its past-tense subject ("The attack of Dec. 21 killed six airmen") or the act its
   infinitive names ("the decision of 3 March to bar Russian athletes": ``_decided_content``); a date
   in a before/after phrase orders the act, it does not date it ("After the vote on Sunday"), and
   one in a "since" phrase of another verb starts that verb's span only ("reviewed progress since
   the last NADD in December 2019 and agreed ...": ``_starts_another_verbs_span``);
   a time on an act noun in a stance's object, or a past time on a stance told in the present,
   dates the act the stance is taken on ("we welcome reports of Egypt's release last week",
   "condemns the missile strikes on Erbil last night": ``_stance_object_times``);
   a relative clause or reduced passive relative keeps its time ("The treaty, signed in December
   2021, enters into force today"), an appositive time restating the one before it dates what
   that one dates and gives its exact day ("who marched a year ago, on July 11, 2021":
   ``restated_times``), but a participle's date dates the trigger noun or occasion it
   describes ("meet at a summit scheduled for March 3"), and a when/while clause's date places
   the clause above it when that clause has none ("When Iraq invaded Kuwait in 1990, ...");
3. else, for the main clause of a readout's later sentence with no time of its own, told in the
   same tense by a participant, the date of the dated meeting, call or trip it continues
   ("Secretary Blinken spoke yesterday with Foreign Minister Kuleba. The Secretary reaffirmed
   ..."; ``continued_gathering``; a dated trip sentence that gave no event counts as one:
   ``gathering_sentences``; whoever leads "the delegation" continues it too: ``_leads_the_delegation``;
   "Both countries" names its two sides; a period that holds its date, "this week" or "this month",
   neither ends the readout nor dates its act: ``covering_time``, ``_held_by_period``; sentences its
   participants go on telling keep it going: ``_readout_sentences_between``);
3b. else, for a sentence opening "While in <place>," or "During his visit (to <place>),", the date
   of the nearest dated sentence naming that place or telling the dated trip (``trip_scene``); for
   "in the past week" / "over the past 10 days" / "in these last two months", the days up to the
   article's day (``past_days``);
3c. else, after the rest, the date of the same act told dated elsewhere in the article
   (``same_act_dated``), of the dated act on the object a demonstrative points back to ("By
   striking these printing houses": ``same_object_dated``), or of the dated meeting or signing of
   the same two a definite meeting noun names ("during his meeting with Novillo":
   ``definite_meeting_dated``);
4. else the article's reference day (publication day, or the day of the wire or press-release
   dateline that opens the text: ``intake.dates.opening_dateline``), flagged
   ``date_source = "publication"`` as GDELT and POLECAT date events, so a timeline has a date
   on every event.

PAST_REF/PRESENT_REF/FUTURE_REF, durations and sets never date an event. A range ("between
March and May 2019", "from June to August", "July 12-15, 2021") gives ``date`` (start) and
``date_end``.

Stored dates are calendar values (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, the gold format): a
TimeML value of another granularity becomes the calendar range it covers ("the 1980s" = 198 ->
1980/1989, a week -> its days, a quarter -> its months, "this morning" -> the day, a season or
"2021-XX-XX" -> the year). An event told as done before the article without a date of its own
("have previously designated", "has in the past supported", "four decades ago"; since 0.1.144 a
vague "a few weeks ago" or "recently"; since 0.1.152 a simple past in an uncounted period up to the
article, "In recent weeks, X imposed", "over the past weeks", "in the last few days") is left undated
with ``date_source = "before"``: the publication day would be wrong (TimeML: BEFORE the document
creation time). So is a past-tense act whose sentence, or one of the four before it in its
passage (the paragraph, or the one before when its actor continues the narrative; no sentence
between moving the reference time back to now), is set in a period ending before the publication
year - 1 ("On Aug. 2, 1990, Iraq invaded Kuwait. [...] Hussein soon annexed the country";
``earlier_scene``), or (since 0.1.85) in a later period that ended over a week before the
article's day, when no readout or trip gives the act its gathering's date ("Starting on March 3,
workers marched in the capital. In response, the police arrested dozens of organizers"). That
later period must be an adverbial of its sentence's main clause (``_sets_main_scene``) and,
since 0.1.96, fronted before the main verb unless the act's actor was told in that sentence,
the main verb no inchoative ("Chile ratified the pact in February. Peru welcomed it" and "In
April, strikes began. Soldiers detained ..." tell the day's news). Since 0.1.100 such a scene also
reaches up to ten sentences back across paragraphs when the act's sentence names the place below
the country that the scene's sentence names and nothing newer stands between (``place_scene``:
"In March 2022, the division encamped on Bucha's Yablunska Street. [...] while operating in Bucha,
this unit killed ..."). So is a past participle told as the present state of a counted subject
("130,000 Syrians are still missing or detained"; ``counted_state``). So are a simple past main
clause after a fronted before-phrase naming an undated happening ("Leading up to Russia's
further invasion, Treasury offered ..."; ``fronted_before``), a past act told as the cause of a present state, the means of a present perfect or by a
reduced passive relative ("languish in jails because they criticized", "has set the example by
granting", "people detained in Xinjiang"; ``earlier_reason``), and a material act told in the
present perfect as a recap rather than as the news of the day ("We have imposed powerful sanctions
on Russia" in a speech on new aid; since 0.1.142 a passive one too, "civilians have been
killed in the camps"; ``perfect_recap``), and a measure told as a standing state its
target is in ("Cuba, which faces U.S. sanctions", "individuals already designated by the United
States", "The FSB is also sanctioned under E.O. 13694" of a target told sanctioned before;
``undergone_state``, ``before_publication``, ``standing_measure``), and an act noun the article names as an
existing arrangement ("with the security partnership between Australia, the UK and the US, known
as AUKUS"; ``named_arrangement``), and an act noun told of in the object or a phrase of a clause
whose time is the only one of its sentence ("spoke today with Kuleba to condemn Russia's attacks";
``spoken_of_act``), and an act told as done over and over ("They were twice denied visas", "as
we've said all along, it will face consequences"; ``iterated_act``), and a past act done on an
occasion the text marks as past ("pledged ... during his most recent visit to Kyiv"; ``past_occasion``),
and a past-tense act of an anniversary statement, which remembers an earlier happening ("On the 6th
Anniversary of the 709 Crackdown": "Chinese authorities disbarred, detained, and prosecuted others";
``commemorated_act``), and (since 0.1.140) a deed an act noun or gerund names in the preposition of a
culpability frame told in the perfect ("has been directly implicated in violence ..., as well as beating
detained persons", "have been involved in torturing"; ``attributed_deed``), and (since 0.1.141) a
past-tense act told in a question-and-answer interview's body, which is before the speaking
(``interview_body_start``), and (since 0.1.157) a past or present perfect act of earlier holders of
an office ("previous speakers visited Taiwan", "past administrations imposed tariffs";
``earlier_holders``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from spacy.language import Language
from spacy.symbols import VERB

from newsgraph.intake.dates import calendar_days, opening_dateline
from newsgraph.nlp import extensions  # noqa: F401  (registers Doc._.ng_*)
from newsgraph.nlp.coordination import first_conjunct
from newsgraph.nlp.doc_cache import doc_ents, doc_text, token_lemma_lowers, token_pos
from newsgraph.nlp.timex import CENTURY_VALUE as _CENTURY
from newsgraph.nlp.timex import DECADE_VALUE as _DECADE
from newsgraph.nlp.timex import ORDINAL_DAY_RE, ORDINAL_WORDS, ORDINALS, anchor_date, calendar_range
from newsgraph.nlp.types import Event, Timex
from newsgraph.nlp.word_lists import named_word_sets, read_word_sets

COMPONENT = "newsgraph_event_dates"
VERSION = "0.1.158"  # 0.1.158: "former" no longer marks earlier holders of an office (event_dates.yaml earlier_holder_marks: previous, past, earlier, prior): former holders act now as they are ("former lawmakers protested", "former officials met": publication day, not "before") (history: docs/component_versions.md)

TEXT, PUBLICATION, BEFORE = "text", "publication", "before"

# A value that names a calendar period: "2019", "2019-05", "2019-05-02T10:00", "197" (a decade),
# "2021-XX-XX" (an ambiguous numeric date: the year is known). Not "PAST_REF", "P3D", "XXXX-WXX-1".
_CALENDAR_VALUE = re.compile(r"^\d{2,4}(?:$|-(?:\d\d|XX|W\d\d|Q\d|H\d|SP|SU|FA|WI))")
_RANGE_OPENERS = {"between", "from"}
_RANGE_JOINS = {"and", "to", "until", "till", "through", "-", "–", "—"}
_CLIMB = 8  # how many heads a time expression may climb to reach its clause's verb


def is_event_date(timex: Timex) -> bool:
    """A time expression that can date an event: a calendar DATE or TIME (no reference word,
    duration or set)."""
    return timex.type in {"DATE", "TIME"} and bool(timex.value) and bool(_CALENDAR_VALUE.match(timex.value))


def _dates_within(timexes: list[Timex], start: int, end: int, text: str) -> list[int]:
    """Indices of the time expressions inside chars start..end that can date an event
    (``is_event_date``) and do not order it against another happening ("before the vote")."""
    return [k for k, t in enumerate(timexes)
            if start <= t.start and t.end <= end and is_event_date(t) and not _order_signal(text, t)]


def _span_root(doc, timex: Timex):
    """The token that attaches the expression to the sentence: a head outside the span, not a
    determiner or whitespace ("the 2010" before "earthquake" attaches through "2010", nummod)."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return None
    attached = [t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
    content = [t for t in attached if t.pos_ not in {"DET", "SPACE", "PUNCT"}]
    return content[0] if content else span.root


# "four decades ago", "the last decade": TimeML reads the decade of an arithmetic on the
# publication year, which is not the decade the writer means ("fought four decades ago", 1979)
_APPROXIMATE = re.compile(r"\b(?:ago|earlier|last|past|previous|recent)\b", re.I)


def _approximate(timex: Timex) -> bool:
    """A decade or century counted back from the publication ("four decades ago")."""
    return bool(_DECADE.match(timex.value or "") or _CENTURY.match(timex.value or "")) \
        and bool(_APPROXIMATE.search(timex.text))


_NOUN_MODIFIER_DEPS = {"compound", "nmod", "poss", "amod", "nummod"}
_LEXICON = Path(__file__).parent / "lexicons" / "event_dates.yaml"


@dataclass(frozen=True)
class DateWords:
    """The word sets of lexicons/event_dates.yaml (each a set of lower-case words)."""

    time_nouns: frozenset
    occasion_nouns: frozenset
    occasion_preps: frozenset
    start_participles: frozenset
    order_preps: frozenset
    simultaneous_marks: frozenset
    gathering_verbs: frozenset
    consult_gathering_verbs: frozenset
    other_occurrence_words: frozenset
    repeat_marks: frozenset
    light_act_verbs: frozenset
    commitment_verbs: frozenset
    stance_verbs: frozenset
    delegation_verbs: frozenset
    delegation_nouns: frozenset
    joint_signing_verbs: frozenset
    ongoing_activity_verbs: frozenset
    ongoing_aspect_verbs: frozenset
    new_increment_words: frozenset
    past_act_marks: frozenset
    naming_participles: frozenset
    culpability_frames: frozenset
    gratitude_reason_frames: frozenset
    ongoing_reason_marks: frozenset
    iteration_marks: frozenset
    counted_times_words: frozenset
    inchoative_verbs: frozenset
    invariant_past_verbs: frozenset
    state_adverbs: frozenset
    earlier_holder_marks: frozenset
    office_holder_nouns: frozenset


WORDS = read_word_sets(_LEXICON, DateWords)  # lower-case words, compared with lower forms (test_event_dates)


def _dated_noun(root):
    """The noun a time expression names the date of, or None: a premodifier ("the October 7
    attack") or an "of" phrase ("the agreement of 12 May 2019", "his letter of March 3"); not a
    noun that is a time itself ("the morning of Aug. 2", "FY 2021": lexicon time_nouns)."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.dep_ == "prep":
        head = head.head
    elif root.dep_ not in _NOUN_MODIFIER_DEPS:
        return None
    if head.i == root.i or head.pos_ not in {"NOUN", "PROPN"} or head.lower_ in WORDS.time_nouns:
        return None
    if _fronted_name(root, head):
        return None
    return head


def _fronted_name(root, name) -> bool:
    """The parser read "On April 5 Special Representative Sung Kim met ..." as a date on a name
    ("On [April 5 Special Representative]"): a proper noun right after "on/in <date>" with no
    determiner is the clause's subject, the preposition's object is the date (premodified
    event nouns are common nouns: "in the 2020 election", "at the March 6 summit")."""
    prep = name.head
    return (name.pos_ == "PROPN" and name.dep_ == "pobj" and prep.lower_ in {"on", "in"}
            and prep.i == root.left_edge.i - 1 and name.i > root.i)


def _occasion_of(noun, frame: set[int]) -> bool:
    """The dated noun is the occasion the trigger's act is done in: "criticized the press in a
    2011 radio interview", "In his letter of March 3, the minister rejected", "agreed at the June
    6 summit" (lexicon occasion_nouns after occasion_preps on the trigger's clause)."""
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.lower_ in WORDS.occasion_preps and prep.head.i in frame
            and noun.lower_ in WORDS.occasion_nouns)


def _deed_subject(noun, frame: set[int]) -> bool:
    """The dated noun is the active subject of the trigger's simple past or past perfect ("The
    attack of Dec. 21 killed six airmen", "The October 7 attack killed 1,200 people", "the talks
    of April 2 had failed"): the act told is the dated deed. Not a passive's subject ("The law of
    1998 was amended today": the amending is not the law's deed)."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.i not in frame:
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had"
                                                             for c in verb.children))


def _decided_content(noun, frame: set[int]) -> bool:
    """The trigger is the to-infinitive that tells what the dated noun decided, ordered or
    pledged ("the IPC's decision of 3 March *to bar* Russian athletes", "the March 3 vote to
    suspend Russia", "his pledge of May 2 to send tanks"): the act is the noun's content, so the
    noun's date is the act's, as the date of "decided on March 3 to bar" is (TimeML: the
    infinitive's event is anchored to the governing event's time when it has none of its own).
    The noun is an act noun (WordNet deverbal nouns), not a time or thing ("the March 3 deadline
    to withdraw" names when the act is due, not when it was done)."""
    from newsgraph.nlp.act_doers import deverbal_nouns

    doc = noun.doc
    if noun.lemma_.lower() not in deverbal_nouns():
        return False
    return any(doc[i].head.i == noun.i and doc[i].dep_ == "acl" and doc[i].tag_ == "VB"
               and any(c.dep_ == "aux" and c.lower_ == "to" for c in doc[i].children) for i in frame)


def _before_infinitive(verb, root) -> bool:
    """``root`` stands before the "to" that opens ``verb``'s infinitive clause ("will travel to
    Tegucigalpa on March 17 and San José on March 19 to engage with officials"): a to-infinitive
    clause starts at its "to", so a time before it is the higher clause's, though the parser
    hangs it on the infinitive."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i), None)
    return to is not None and root.i < to.i and verb.dep_ in {"advcl", "xcomp"}


def _simultaneous_clause(verb) -> bool:
    """``verb`` heads an adverbial clause opened by a TimeML signal of simultaneity ("When Iraq
    invaded Kuwait in 1990, the United States sent troops"; lexicon simultaneous_marks): the
    clause above happened at its time, so its date places that clause's act when the clause has
    none of its own."""
    return verb.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ in WORDS.simultaneous_marks
                                        and c.i < verb.i for c in verb.children) \
        or verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in WORDS.simultaneous_marks
                                        for c in verb.children)


def _after_closing_comma(verb, root) -> bool:
    """``root`` stands after the comma that closes ``verb``'s participial phrase set off by
    commas ("Lawmakers amended the law, passed by Congress in 2019, on Tuesday"): the phrase ends
    at its closing comma, so a time after it is the higher clause's, though the parser hangs it
    on the participle."""
    if not (_noun_clause(verb) or _participle_adjunct(verb)) or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return False
    return any(c.text == "," and verb.i < c.i < root.i for c in verb.children) and root.i > verb.i


def _owner(root, frame: set[int]):
    """What a time expression dates: "frame" (the trigger's clause), the token of another verb
    whose clause it sits in, "noun" when it dates a noun ("the October 7 attack", "the agreement
    of 12 May 2019") other than the trigger's occasion or deed, "order" inside a before/after
    phrase ("after the vote on Sunday": TimeML orders, not dates), or None."""
    noun = _dated_noun(root)
    if noun is not None and noun.i not in frame:
        return "frame" if _occasion_of(noun, frame) or _deed_subject(noun, frame) \
            or _decided_content(noun, frame) else "noun"
    node = root
    for _ in range(_CLIMB):
        if node.i in frame:
            return "frame"
        if node.i != root.i and node.pos_ in {"VERB", "AUX"} and node.lower_ not in WORDS.start_participles \
                and not _before_infinitive(node, root) and not _after_closing_comma(node, root):
            if _noun_clause(node) and node.dep_ == "acl" and (node.head.i in frame or _occasion_of(node.head, frame)):
                return "frame"  # "the summit scheduled for March 3", "met at talks held in Doha on May 2"
            if _simultaneous_clause(node) and node.head.i in frame:
                return "scene"  # "When Iraq invaded Kuwait in 1990, the United States sent troops"
            return node  # another clause's verb: the time is that clause's ("starting on July 11" is not one)
        if node.i != root.i and node.dep_ == "prep" and node.lower_ in WORDS.order_preps:
            return "order"
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _frame(doc, event: Event) -> set[int]:
    """Token indices of the trigger and, for a noun trigger ("held talks"), its verb."""
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None:
        return set()
    frame = {t.i for t in span}
    root = span.root
    if root.pos_ in {"NOUN", "PROPN"} and root.head.pos_ in {"VERB", "AUX"}:
        frame.add(root.head.i)
    return frame


_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
_AUX_DEPS = frozenset({"aux", "auxpass"})


def _aux_bearer(verb, deps: Optional[frozenset] = None, tag: Optional[str] = None):
    """The verb whose auxiliaries ``verb`` shares (spaCy Token -> Token): ``verb``, or up its
    coordination (conj heads) the first verb with a child whose dep is in ``deps`` ("has closed NGOs
    and refused to release prisoners": the conjunct shares the perfect's "has", though the parser
    tags it VBD), climbing only through conjuncts tagged ``tag`` when given; the coordination's
    first verb where none has one, or where ``deps`` is None."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i and (tag is None or node.tag_ == tag) \
            and not (deps and any(c.dep_ in deps for c in node.children)):
        node = node.head
    return node


def _shared_conjuncts(doc, event: Event) -> set[int]:
    """Verbs coordinated after the trigger's verb that share its subject ("Russia invaded and
    partially occupied Ukraine in 2014"): a time phrase at the end of the coordinated verb phrase
    dates every conjunct, though the parser attaches it to the last one. A conjunct with a
    subject of its own is another clause, a passive participle with its own agent a reduced
    relative the parser misread (``_participle_adjunct``)."""
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None or span.root.pos_ not in {"VERB", "AUX"}:
        return set()
    shared, node = set(), span.root
    for _ in range(_CLIMB):
        following = [t for t in node.children if t.dep_ == "conj" and t.pos_ in {"VERB", "AUX"} and t.i > node.i]
        if not following or any(c.dep_ in _SUBJECT_DEPS for c in following[0].children) \
                or _participle_adjunct(following[0]):
            break  # another clause, or a misparsed reduced relative ("..., signed by President Biden in 2021")
        node = following[0]
        shared.add(node.i)
    return shared


def _noun_clause(token) -> bool:
    """``token`` heads a clause that describes a noun: a relative clause ("Cuba, which faces
    U.S. sanctions", "a man who attacked a synagogue") or a reduced passive relative ("the law,
    passed by Congress in 2019, ...", "protesters detained during the riots"). Its act has a time
    of its own (TimeML anchors a relative clause's event to no other clause): it does not lend
    its time to the clause above, nor set that clause's earlier scene. Not a to-infinitive ("the decision
    to ban the party", "measures to support the Cuban people", which the parser also calls a
    relative clause: the intention of the noun's act), nor a present participle ("protesters
    blocking the road": simultaneous), nor a relative clause opened by a relative adverb
    ("travel to Chisinau from March 15-17, where he will meet officials", "50 years ago, when
    Nixon visited China": it tells what happened at that place or time)."""
    if token.dep_ == "acl":
        return token.tag_ == "VBN"
    if token.dep_ != "relcl":
        return False
    return not any(c.tag_ == "TO" and c.dep_ == "aux" for c in token.children) \
        and not any(c.tag_ == "WRB" and c.i < token.i for c in token.children)


def _present_tense(verb) -> bool:
    """``verb``'s clause is in the present or present perfect ("which face sanctions", "that has
    supported the regime since 2022", "who is held in Evin"): it is told at the time of writing."""
    return verb.tag_ in {"VBZ", "VBP"} or any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP"}
                                              for c in verb.children)


def _governing(token, time_root=None) -> set[int]:
    """Token indices of the clauses above ``token`` whose time is its own: its ancestors, up to a
    relative clause in the present tense (``_noun_clause``, ``_present_tense``: "In June, Raisi
    visited Venezuela and Cuba, which face U.S. sanctions"; a past one is told at or before the
    time of the clause above: "Yesterday, at a session requested by Ukraine, ..."), up to a
    coordinated clause with a subject of its own ("The army shelled the town last week, and
    police arrested 20 people": "last week" is the shelling's, the parse's other clause), unless
    the time (its head ``time_root``) stands before the subject of the clause the parse hangs it
    on: a fronted time sets the scene of every clause after it ("On Friday, the army shelled the
    town, and police arrested 20 people")."""
    governing, node = set(), token
    while node.head.i != node.i:
        if _noun_clause(node) and _present_tense(node):
            break  # "In June, Raisi visited Cuba, which faces sanctions": the noun's state now
        if node.dep_ == "conj" and any(c.dep_ in _SUBJECT_DEPS for c in node.children):
            if time_root is None:
                break
            above = {a.i for a in node.ancestors}
            owner = next((a for a in time_root.ancestors if a.i in above and a.pos_ in {"VERB", "AUX"}), None)
            subjects = [c.i for c in owner.children if c.dep_ in _SUBJECT_DEPS] if owner is not None else []
            if not subjects or time_root.i > min(subjects):
                break
        node = node.head
        governing.add(node.i)
    return governing


def _range(text: str, timexes: list[Timex], k: int) -> Optional[tuple[Timex, Timex]]:
    """(start, end) when ``timexes[k]`` is one end of "between A and B" / "from A to B"."""
    def joined(a: Timex, b: Timex) -> bool:
        join = text[a.end:b.start].strip().lower()
        if join not in _RANGE_JOINS:
            return False
        if join in {"-", "–", "—"}:
            return True  # "2019–2021"
        opener = re.search(r"(\w+)\s*$", text[max(0, a.start - 20):a.start])
        return bool(opener) and opener.group(1).lower() in _RANGE_OPENERS

    if k + 1 < len(timexes) and joined(timexes[k], timexes[k + 1]):
        return timexes[k], timexes[k + 1]
    if k > 0 and joined(timexes[k - 1], timexes[k]):
        return timexes[k - 1], timexes[k]
    return None


_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DAY_RANGE = re.compile(
    rf"(?:{_MONTH_WORD}\s+(?P<a1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|to|through|until)\s*(?P<b1>[0-3]?\d)(?:st|nd|rd|th)?\b"
    rf"|\b(?P<a2>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|to|through|until)\s*(?P<b2>[0-3]?\d)(?:st|nd|rd|th)?\s+{_MONTH_WORD})",
    re.I)


# "nearly one year ago, on July 11, 2021", "last week, on 24 February": a time set off by a comma
# (with its preposition) right after another is an appositive that restates it, not a time of its own
_APPOSITIVE_JOIN = re.compile(r"^\s*,\s*(?:on|in|at)?\s*$", re.I)


def _holds(outer: tuple[str, Optional[str]], inner: tuple[str, Optional[str]]) -> bool:
    """The calendar span ``inner`` (``timex_span``) lies within ``outer``: a year or month holds
    the days that start with it, a range of days the days between its ends."""
    first, last = inner[0], inner[1] or inner[0]
    if outer[1] is None:
        return first.startswith(outer[0]) and last.startswith(outer[0]) and (first, last) != (outer[0], outer[0])
    return len(first) == 10 and outer[0] <= first and last <= outer[1] and (first, last) != outer


def restated_times(text: str, timexes: list[Timex]) -> dict[int, int]:
    """{k: j} for each time expression ``timexes[k]`` that restates the one before it,
    ``timexes[j]``, as an appositive: only a comma (and "on"/"in"/"at") between them, and the
    later one names a time within the earlier one ("a year ago, on July 11, 2021", "last week, on 3
    May", "in 2021, in March") or the earlier one is a vague past with no calendar value ("a few
    weeks ago, on 3 May", "recently, on 3 May"). Grammar: an appositive is the same thing named
    again, so it dates what the first one dates (the parse often hangs the comma-set phrase on
    another verb), and its more exact time is the date; a list of times ("on July 11, on July 12")
    names different times and is no restatement."""
    restated = {}
    for k in range(1, len(timexes)):
        earlier, later = timexes[k - 1], timexes[k]
        if not _APPOSITIVE_JOIN.match(text[earlier.end:later.start]) or not is_event_date(later):
            continue
        inner = timex_span(later)
        if inner is None:
            continue
        if is_event_date(earlier):
            outer = timex_span(earlier)
            if outer is None or not _holds(outer, inner):
                continue
        elif not (earlier.value == "PAST_REF" and _VAGUE_PAST.match(earlier.text)):
            continue
        restated[k] = k - 1
    return restated


def day_range(timex: Timex) -> Optional[tuple[str, str]]:
    """("2021-07-12", "2021-07-15") for one expression naming days of one month ("July
    12-15, 2021", "12-15 July"), whose value gives the month; else None."""
    month = re.match(r"^(\d{4}-\d\d)$", timex.value or "")
    found = _DAY_RANGE.search(timex.text)
    if not (month and found):
        return None
    first, last = int(found["a1"] or found["a2"]), int(found["b1"] or found["b2"])
    if not 1 <= first < last <= 31:
        return None
    return f"{month.group(1)}-{first:02d}", f"{month.group(1)}-{last:02d}"


def timex_span(start: Timex, end: Optional[Timex] = None) -> Optional[tuple[str, Optional[str]]]:
    """(date, date_end or None) that a time expression spans, or the range ``start`` .. ``end``
    two of them give: a range written out in one ("June 27-30", "March 3 to 8, 2022") reads both
    its ends (``Timex.date_range``); one naming days of one month its days (``day_range``); else
    the calendar period of the value (``calendar_range``: "2022-03" -> March 1 .. 31). None when a
    value is no calendar time."""
    written = start.date_range
    first = calendar_range(written[0] if written else start.value)
    last = calendar_range(written[1]) if written else calendar_range(end.value) if end is not None else None
    if first is None or end is not None and last is None:
        return None
    if end is None and not written and (days := day_range(start)):
        return days
    return first[0], (last[1] or last[0]) if last else first[1]


# TimeML signals of a BEFORE/AFTER relation: "invited him to Washington before the end of the
# year", "must leave by Friday", "ahead of the summit" put the event before or after the time,
# they do not date it (an event's date is a time that includes it, TimeML IS_INCLUDED)
_ORDER_SIGNAL = re.compile(r"\b(?:before|by|until|till|ahead of|prior to|no later than|after)\s*$", re.I)
# "since 2021": the start of a span that runs to the publication day
_SINCE_SIGNAL = re.compile(r"\b(?:since|ever since)\s*$", re.I)


def _signal_before(text: str, timex: Timex, signal: re.Pattern) -> bool:
    """The TimeML signal word ``signal`` stands right before the time expression."""
    return bool(signal.search(text[max(0, timex.start - 15):timex.start]))


def _order_signal(text: str, timex: Timex) -> bool:
    return _signal_before(text, timex, _ORDER_SIGNAL)


def _reported_deed(event: Event) -> bool:
    """An accusation coded from the deed it names ("condemned Hamas, the organisation that
    perpetrated the massacre on October 7"): the accusation is made when it is spoken, so the
    deed's own time does not date it (events/accusations.py ``_accusation_events``)."""
    return event.mode == "accuse" and "accusation '" in (event.explanation or "")


def _since(text: str, timex: Timex) -> bool:
    return _signal_before(text, timex, _SINCE_SIGNAL)


def _since_clause(verb) -> bool:
    """``verb`` heads an adverbial clause opened by "since" ("since the conflict began eight years
    ago"), a span's start, not a cause ("since they refused")."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children) \
        and verb.tag_ in {"VBD", "VBN"}


# "over a week ago", "more than a year ago": a bound, not the start of the span
_BOUND_BEFORE = re.compile(r"\b(?:over|more\s+than|nearly|almost|about|around|some|roughly|under|less\s+than)\s*$", re.I)


def _in_since_clause(doc, timex: Timex) -> bool:
    """The time expression dates the verb of a since-clause (``_since_clause``), and tells its
    time exactly (not "over a week ago")."""
    if _signal_before(doc_text(doc), timex, _BOUND_BEFORE):
        return False
    root = _span_root(doc, timex)
    node = root
    for _ in range(_CLIMB):
        if node is None or node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return _since_clause(node)
    return False


def _since_phrase(root):
    """The "since" preposition whose phrase holds the time expression (its head ``root``) below
    its clause's verb ("since the last NADD in December 2019", "since the coup in February 2021"),
    or None: a time there starts a span running to the time of writing, or dates the happening
    the phrase names (TimeML BEGINS; a time anchors the event it is attached to)."""
    node = root
    for _ in range(_CLIMB):
        if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
            return None
        if node.dep_ == "prep" and node.lower_ == "since":
            return node
        node = node.head
    return None


# "last"/"final" close a series, they do not count a place in it from a start ("the last time since")
_NOT_COUNTING = {"last", "final"}
# the words a "since" phrase hangs on that may name the counted act: the verb's object ("our
# twelfth drawdown"), its passive subject, or the phrase's own noun ("for the second time since March")
_COUNTED_DEPS = {"dobj", "nsubjpass", "attr", "npadvmod"}
# the noun that counts occurrences of the act itself, whatever the act ("for the second time since")
_OCCURRENCE_NOUNS = {"time"}


def _ordinal(token) -> bool:
    """``token`` is an ordinal that counts a place in a series ("second", "fifteenth", the
    "first" of "twenty-first", which the tokenizer splits at its hyphen, "16th"): timex.ORDINALS
    less "last"/"final", timex.ORDINAL_WORDS, or a figure with an ordinal suffix
    (timex.ORDINAL_DAY_RE). spaCy's ORDINAL entity is not kept on the doc (entities.SKIPPED_LABELS)."""
    word = token.lower_
    if word in _NOT_COUNTING:
        return False
    return word in ORDINALS or word in ORDINAL_WORDS or bool(ORDINAL_DAY_RE.match(word))


def _series_since(root, trigger) -> bool:
    """The time expression (its head ``root``) sits in a "since" phrase placing the start of a
    series an ordinal counts the act in ("I am authorizing our twelfth drawdown ... since August
    2021", "invoked the Mechanism for the second time since March 2022", "the first talks since
    2018"): the phrase dates the series, not this one act, which keeps a date of its own (the
    publication or another time of its sentence). The ordinal must modify the act's own noun,
    one inside the event's ``trigger`` span (a Span or None), or "time"; one labelling the object
    ("has commanded the 47th Brigade since 2022") counts no act, whose span the phrase starts. A
    count ("three rounds of restrictions since November 2021") is the series itself, and keeps
    the span."""
    since = _since_phrase(root)
    if since is None:
        return False
    head = since.head
    counted = [noun for noun in [head] + [c for c in head.children if c.dep_ in _COUNTED_DEPS and c.i < since.i]
               if noun.lemma_.lower() in _OCCURRENCE_NOUNS
               or (trigger is not None and trigger.start <= noun.i < trigger.end)]
    return any(c.dep_ in {"amod", "nummod"} and c.i < noun.i and _ordinal(c)
               for noun in counted for c in noun.children)


def _starts_another_verbs_span(root, verb) -> bool:
    """The time expression (its head ``root``) sits in a "since" phrase (``_since_phrase``) told
    after ``verb``, the verb whose clause it climbs to ("The three governments reviewed progress
    since the last NADD in December 2019 and agreed to cooperate"): it starts that verb's span and
    dates no other clause of the sentence. A fronted "Since the February 2021 coup, ..." stands
    before its verb and sets the scene of every clause after it."""
    since = _since_phrase(root)
    return since is not None and since.i > verb.i


def _planned_act(doc, event: Event) -> set[int]:
    """Token indices of the planned act inside an AGREE trigger that spans a commitment verb and
    its infinitive or its "to" + gerund ("agreed to meet again at the end of September", "pledged to
    work together", "committed to continuing the talks next year";
    lexicon commitment_verbs): the agreement is made when it is told, so a time of the planned
    act (the xcomp's subtree) dates that act, not the agreement. Empty for any other event."""
    if event.type != "AGREE":
        return set()
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None or span.root.lemma_.lower() not in WORDS.commitment_verbs:
        return set()
    planned = [c for c in span.root.children if c.dep_ == "xcomp" and span.start <= c.i < span.end]
    # "committed to continuing these talks next year", "pledged to holding elections in May": the
    # promised act told by a gerund after the preposition "to" is the complement as an infinitive
    # is (TimeML: the time expression anchors the act it modifies, the gerund's), since 0.1.149
    planned += [g for c in span.root.children if c.dep_ == "prep" and c.lower_ == "to"
                for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG" and span.start <= g.i < span.end]
    return {t.i for c in planned for t in c.subtree}


def _stance_verb(doc, event: Event):
    """The verb of a stance on an act that ``event``'s trigger is ("welcomes", "condemned the
    attack": lexicon stance_verbs), or None."""
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None:
        return None
    verb = next((t for t in span if t.lemma_.lower() in WORDS.stance_verbs or t.lower_ in WORDS.stance_verbs), None)
    return verb


def _present_stance(verb) -> bool:
    """A stance told in the present ("condemns", "we do welcome"): it is taken now."""
    return verb.tag_ in {"VBZ", "VBP"} or any(c.dep_ == "aux" and c.lower_ in {"do", "does"}
                                              for c in verb.children)


def _before_day(timex: Timex, day: Optional[dt.date]) -> bool:
    """The time expression's period ends before ``day`` ("last night", "last week")."""
    found = calendar_range(timex.value) if day is not None else None
    if not found:
        return False
    last = found[1] or found[0]
    return last < day.isoformat()[:len(last)]


def _act_noun_branch(root, verb):
    """(act noun, branch) for a time expression's head ``root`` hung (directly or through a
    preposition) on an act noun (WordNet deverbal nouns) below ``verb``: ``branch`` is the child of
    ``verb`` whose subtree holds the noun (spaCy Tokens). None when the head is no act noun, a time
    noun, or ``verb`` itself."""
    from newsgraph.nlp.act_doers import deverbal_nouns

    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if head.i == root.i or head.i == verb.i or head.pos_ != "NOUN" or head.lower_ in WORDS.time_nouns:
        return None
    if head.lemma_.lower() not in deverbal_nouns():
        return None
    branch = next((a for a in [head, *head.ancestors] if a.head.i == verb.i), None)
    return (head, branch) if branch is not None and branch.i != verb.i else None


def _object_act(root, verb) -> bool:
    """``root`` (a time expression's head) dates an act noun inside ``verb``'s object ("welcome
    reports of Egypt's release last week", "condemned the attack on Sunday"): the noun it hangs on
    (directly or through a preposition) is an act noun (WordNet deverbal nouns) below the verb."""
    found = _act_noun_branch(root, verb)
    if found is None:
        return False
    # the noun's branch below the verb is its object ("welcome reports of", "congratulated him on
    # his election"), not the occasion it is taken in ("criticized the press in a 2011 interview")
    branch = found[1]
    return branch.dep_ == "dobj" or branch.dep_ == "prep" and branch.lower_ not in WORDS.occasion_preps


def _nested_object_act(root, verb, frame: set[int]) -> bool:
    """``root`` (a time expression's head) dates an act noun nested inside ``verb``'s object or
    its "for" phrase, below the phrase's own noun ("designated three officials ... for their
    involvement in ..., namely the enforced disappearance of ... opponents in 1999"): the time is
    that act's (TimeML anchors an event noun's time to the noun), not the verb's. Not the object
    or the "for" noun itself, where the parser also hangs the verb's own time ("signed an agreement
    on March 3", "traveled to China for meetings from July 25-26")."""
    found = _act_noun_branch(root, verb)
    if found is None or found[0].i in frame or root.i < verb.i:
        return False
    head, branch = found
    if branch.dep_ == "dobj":
        top = branch
    elif branch.dep_ == "prep" and branch.lower_ == "for":
        top = next((c for c in branch.children if c.dep_ == "pobj"), None)
    else:
        return False
    return top is not None and head.i != top.i and top.i not in frame


_THE_YEAR = re.compile(r"^the\s+\d{4}$", re.I)  # "the 2015" (timex text), not "the 1990s"


def _premodifying_year(doc, timex: Timex) -> bool:
    """"the <year>" before a word of its noun phrase ("for the 2015 democratically elected National
    Assembly", "the 2010 earthquake"): the year premodifies a noun and dates it, though the parser
    may take the year for the phrase's head (every "the <year> <word>" of the demo articles is a
    premodifier; ``_dated_noun`` covers the phrases it parses right)."""
    if not _THE_YEAR.match(timex.text):
        return False
    after = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if after is None or after.end >= len(doc):
        return False
    nxt = doc[after.end]
    return nxt.is_alpha and nxt.pos_ not in {"ADP", "CCONJ", "SCONJ", "VERB", "AUX", "PART"}


def _stance_object_times(doc, event: Event, timexes: list[Timex], ks: list[int], owners: dict) -> None:
    """A time after a stance verb that dates the act it is taken on, not the stance: one hung on
    an act noun of its object (``_object_act``), or a past one on a stance told in the present
    ("The United States condemns the missile strikes on Erbil last night"). Their owner becomes
    "noun" (lexicon stance_verbs)."""
    verb = _stance_verb(doc, event)
    if verb is None:
        return
    day = anchor_date(doc)
    present = _present_stance(verb)
    for k in ks:
        root = _span_root(doc, timexes[k])
        if root is None or root.i <= verb.i or owners[k] not in {"frame", None}:
            continue
        if _object_act(root, verb) or present and _before_day(timexes[k], day):
            owners[k] = "noun"


def _object_noun_times(doc, event: Event, timexes: list[Timex], ks: list[int], owners: dict,
                       frame: set[int]) -> None:
    """A time the parse hangs on the trigger's clause that dates a noun of it: one on an act noun
    nested in the verb's object or "for" phrase (``_nested_object_act``), or a premodifying "the
    <year>" the parser took for a phrase's head (``_premodifying_year``). Their owner becomes
    "noun" (TimeML: a time inside a noun phrase anchors that noun, not the clause's event)."""
    verb = _clause_verb(doc, event)
    for k in ks:
        if owners[k] not in {"frame", None}:
            continue
        root = _span_root(doc, timexes[k])
        if root is None:
            continue
        year_head = _premodifying_year(doc, timexes[k]) and _dated_noun(root) is None
        if year_head or (verb is not None and _nested_object_act(root, verb, frame)):
            owners[k] = "noun"


def choose_date(doc, event: Event, timexes: list[Timex], text: Optional[str] = None
                ) -> Optional[tuple[Timex, Optional[Timex], str]]:
    """(timex, range end or None, "clause" | "sentence") that dates ``event`` from its own
    text, or None. ``text``: ``doc.text``, when the caller dates several events of one doc
    (Doc.text joins every token on each access).

    The trigger's own clause first; else the nearest time expression of the sentence that
    belongs to no clause or to a clause governing the trigger ("On Monday, X said Y attacked");
    never one that dates another verb below or beside the trigger ("called on them to honour
    commitments made earlier this year") or a noun ("condemned the October 7 attack").
    """
    text = doc_text(doc) if text is None else text
    in_sentence = _dates_within(timexes, event.sentence_start, event.sentence_end, text)
    if not in_sentence:
        return None
    frame = _frame(doc, event) - _planned_act(doc, event)
    trigger = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    governing = _governing(trigger.root) if trigger is not None else set()
    owners = {}
    for k in in_sentence:
        root = _span_root(doc, timexes[k])
        owners[k] = _owner(root, frame) if root is not None and frame else None
        if not isinstance(owners[k], str) and owners[k] is not None and _since_clause(owners[k]) \
                and owners[k].head.i in frame and _in_since_clause(doc, timexes[k]):
            # "Since the conflict began eight years ago, the United States has provided ...": a
            # since-clause's time starts the main clause's span (TimeML BEGINS)
            owners[k] = "frame"
        if owners[k] == "noun" and _since(text, timexes[k]):
            # "has intensified its crackdown since the February 2021 coup": "since" + a dated
            # happening starts the span at its date (TimeML BEGINS), whoever the noun is
            owners[k] = _owner(_dated_noun(root), frame)
        if root is not None and _series_since(root, trigger):
            owners[k] = "noun"  # "our twelfth drawdown since August 2021": the series' start, not the act's
    _object_noun_times(doc, event, timexes, in_sentence, owners, frame)
    if _reported_deed(event):
        owners = {k: ("noun" if owner == "frame" else owner) for k, owner in owners.items()}
    _stance_object_times(doc, event, timexes, in_sentence, owners)
    # an appositive time dates what the time it restates dates ("took to the streets a year ago, on
    # July 11, 2021": the took's, wherever the parse hangs it), and gives that one's exact time
    restated = {k: j for k, j in restated_times(text, timexes).items() if k in owners}
    for k, j in restated.items():
        if j not in owners:
            root = _span_root(doc, timexes[j])
            owners[j] = _owner(root, frame) if root is not None and frame else None
        owners[k] = owners[j]
    in_sentence = [k for k in in_sentence if k not in restated.values()]
    chosen = next((k for k in in_sentence if owners[k] == "frame"), None)
    # a "since" phrase inside another verb's phrase starts that verb's span, it dates no other clause
    in_sentence = [k for k in in_sentence if isinstance(owners[k], str) or owners[k] is None
                   or not _starts_another_verbs_span(_span_root(doc, timexes[k]), owners[k])]
    if chosen is None:
        conjuncts = _shared_conjuncts(doc, event)
        chosen = next((k for k in in_sentence if not isinstance(owners[k], str) and owners[k] is not None
                       and owners[k].i in conjuncts), None)
    if chosen is None:
        chosen = next((k for k in in_sentence if owners[k] == "scene"), None)
    where = "clause"
    if chosen is None:
        where = "sentence"
        sentence_level = [k for k in in_sentence if owners[k] is None
                          or (not isinstance(owners[k], str)
                              and owners[k].i in (_governing(trigger.root, _span_root(doc, timexes[k]))
                                                  if trigger is not None else governing))]
        if not sentence_level:
            return None
        chosen = min(sentence_level, key=lambda k: min(abs(timexes[k].start - event.trigger_end),
                                                       abs(event.trigger_start - timexes[k].end)))
    pair = _range(text, timexes, chosen)
    if pair and all(is_event_date(t) for t in pair):
        return pair[0], pair[1], where
    return timexes[chosen], None, where


# Adverbs that place an act before the time of writing without dating it ("have previously
# designated", "formerly ruled", "once occupied"): TimeML tense/aspect words, not TIMEX3
_BEFORE_ADVERBS = {"previously", "formerly", "once"}
_THE_PAST = re.compile(r"^(?:in\s+)?the\s+past$", re.I)
# a past time the timex layer cannot count (PAST_REF): a vague number of units back ("a few weeks
# ago", "several months ago", "a number of weeks ago") or "recently" ("more recently", "until
# recently"). English: "ago" counts back from the time of writing, so the act is before it, and
# "recently" on a past act tells a time shortly before it, not its day (TimeML: BEFORE the
# document creation time), so neither gives the publication day
_VAGUE_PAST = re.compile(r"^(?:.*\bago|(?:(?:more|most|very|just|only|until)\s+)?recently)$", re.I)
# an uncounted period up to the time of writing (timex PAST_REF): "in recent weeks", "over recent
# months", "over the past weeks", "in the last few days", "the past several weeks". TimeML reads
# them as vague past references anchored before the document time: a simple past act told in one
# (the past tense puts its reference time before the speech time, Reichenbach) was done at some
# day of that period before the article, not on its day, which the article names "today" when it
# is. So was a simple present perfect's (since 0.1.154: "has imposed sanctions in recent weeks";
# Reichenbach E < R = S, the existential perfect an act inside the period, before the time of
# writing). A perfect progressive runs to the time of writing and may include its day ("have been
# shelling the village in the past few days"), as a present or a phase verb's ongoing complement
# does ("have started asking": the asking goes on): ``_past_or_perfect`` asks for the tense
_VAGUE_PERIOD = re.compile(r"^(?:recent|(?:the|these|those)\s+(?:past|last)(?:\s+(?:few|several|couple\s+of))?)"
                           r"\s+(?:days|weeks|months|years)$", re.I)


# "already" on a passive participle tells a measure its target is under, done before the article
# ("four corrupt individuals *already designated* by the United States", "is already sanctioned");
# on an active verb it is a running total or a stance of the day ("have already adopted",
# ``running_total``; "has already said")
_DONE_ADVERBS = {"already"}


def _passive_participle(verb) -> bool:
    """``verb`` is a past participle told passively: a reduced relative ("individuals designated
    by the United States") or with a passive auxiliary ("is sanctioned"), not an active perfect."""
    return verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lower_ in _PAST_AUX for c in verb.children) \
        and (verb.dep_ == "acl" or any(c.dep_ == "auxpass" for c in verb.children))


def _once_again(token) -> bool:
    """"once again", "once more", "at once": repetition or immediacy, not a former time."""
    doc = token.doc
    return token.lower_ == "once" and (token.i + 1 < len(doc) and doc[token.i + 1].lower_ in {"again", "more"}
                                       or token.i > 0 and doc[token.i - 1].lower_ == "at")


def before_publication(doc, event: Event, timexes: list[Timex]) -> Optional[str]:
    """What tells that ``event``, which its sentence does not date, was done before the article
    at an unstated time: the adverb on its clause ("have *previously* designated") or a
    PAST_REF "the past" of its clause or of one governing it ("has *in the past* supported"), or
    (since 0.1.144) a vague past of theirs ("vetoed the mandate *a few weeks ago*", "*recently*
    delivered": ``_VAGUE_PAST``); None otherwise."""
    frame = _frame(doc, event)
    if not frame:
        return None
    for i in sorted(frame):
        for child in doc[i].children:
            if child.dep_ == "advmod" and not _once_again(child) and (
                    child.lower_ in _BEFORE_ADVERBS or child.lower_ in _DONE_ADVERBS and _passive_participle(doc[i])):
                return child.text
    trigger = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    governing = {a.i for a in trigger.root.ancestors} if trigger is not None else set()
    past_tense = None  # read once, when a vague period asks for it
    for timex in timexes:
        # "in the past", "a few weeks ago" and "recently" tell a former time; "the past few days"
        # or "recent weeks" (a period that runs to the article) may include its day, unless the
        # act is told in the past tense (since 0.1.152, ``_VAGUE_PERIOD``) or the simple present
        # perfect (since 0.1.154)
        if timex.value != "PAST_REF" or not (event.sentence_start <= timex.start and timex.end <= event.sentence_end):
            continue
        if not (_THE_PAST.match(timex.text) or _VAGUE_PAST.match(timex.text)):
            if not _VAGUE_PERIOD.match(" ".join(timex.text.split())):
                continue
            past_tense = _past_or_perfect(doc, event) if past_tense is None else past_tense
            if not past_tense:
                continue
        root = _span_root(doc, timex)
        owner = _owner(root, frame) if root is not None else None
        if owner == "frame" or (owner is not None and not isinstance(owner, str) and owner.i in governing):
            return timex.text
    return None


# the auxiliaries of an untensed participle ("to be seized", "being held"); with ``_PRESENT_BE``
# ("are detained") those of a participle told now
_BARE_AUX = frozenset({"be", "being", "to"})


def _past_participle(verb) -> bool:
    """``verb``, a past participle, tells a past act: its auxiliaries (its own or its coordination's,
    ``_aux_bearer``) hold a perfect or past one ("has been detained", "were denied", "we’ve said")
    or none (a reduced relative), not only present or bare ones ("are detained", "to be detained")."""
    bearer = _aux_bearer(verb, _AUX_DEPS)
    auxes = [c for c in (*verb.children, *bearer.children) if c.dep_ in _AUX_DEPS]
    return not auxes or not all(c.lower_ in _PRESENT_BE or c.lower_ in _BARE_AUX for c in auxes)


def _iteration_mark(verb) -> Optional[str]:
    """The phrase on ``verb``, a past or perfect verb, that tells its act done over and over up to
    the time of writing ("were *twice* denied", "*all along* we said", "we've said *all along*",
    "has *repeatedly* warned", "has *for years* supported", "was detained *three times*":
    event_detection.yaml iterative_adverbs / iterative_phrases read by ``events.frequency_phrase``,
    lexicon iteration_marks, a counted "times"), or None.
    None for a verb in the present, the future or under a modal ("will repeatedly ..."): its
    occurrences may be still to come, and for a participle told in the present ("Journalists *are
    repeatedly detained*": a practice now, ``_past_participle``)."""
    if verb.tag_ not in {"VBD", "VBN"} or any(c.tag_ == "MD" for c in verb.children) \
            or verb.tag_ == "VBN" and not _past_participle(verb):
        return None
    from newsgraph.nlp.events import detection_lexicon, frequency_phrase

    # the repetition words the events' recap check reads ("repeatedly", "for years"), then this
    # lexicon's marks that list lacks, each the whole adverb phrase ("all along", not "all along
    # with France": together with), and a counted "times"
    words = detection_lexicon()
    found = frequency_phrase(verb, words["iterative_adverbs"], words["iterative_phrases"])
    if found is not None:
        return found[0]
    for child in verb.children:
        if child.dep_ not in {"advmod", "npadvmod"}:
            continue
        phrase = verb.doc[child.left_edge.i:child.right_edge.i + 1]
        if phrase.text.lower() in WORDS.iteration_marks:
            return phrase.text
        if child.lemma_.lower() == "time" and child.lower_ == "times" and any(
                m.dep_ == "nummod" or m.lower_ in WORDS.counted_times_words for m in child.children):
            return phrase.text  # "three times", "several times"
    return None


def _shared_subject_heads(token) -> set[int]:
    """Token indices of the verbs above ``token`` whose subject it shares: up its coordination and
    its open complements ("has repeatedly shelled and *bombed*", "has repeatedly tried to *seize*"),
    stopping at a conjunct with a subject of its own and at any other clause (a saying's content)."""
    heads, node = set(), token
    while node.dep_ in {"conj", "xcomp"} and node.head.i != node.i \
            and not any(c.dep_ in _SUBJECT_DEPS for c in node.children):
        node = node.head
        heads.add(node.i)
    return heads


def earlier_holders(doc, event: Event) -> Optional[str]:
    """What tells that ``event``, which its sentence does not date, is an act of earlier holders of
    an office, done in their time and so before the article: its doer is the subject (or passive
    agent) of the trigger's clause, an office noun (event_dates.yaml office_holder_nouns) marked
    earlier by an adjective (earlier_holder_marks: "*previous* speakers visited Taiwan", "*past*
    administrations imposed tariffs"), and the act is told in the past or present perfect
    (``_past_or_perfect``). "former" is no such mark: it names people no longer in office, who act
    now ("former lawmakers protested", "the former president visited Kyiv"). TimeML: BEFORE the
    document creation time; the publication day would be wrong. None otherwise."""
    if event.source_start is None or event.source_end is None \
            or not (event.sentence_start <= event.source_start < event.sentence_end):
        return None
    span = doc.char_span(event.source_start, event.source_end, alignment_mode="expand")
    if span is None:
        return None
    noun = span.root
    if noun.pos_ != "NOUN" or (noun.lemma_.lower() not in WORDS.office_holder_nouns
                               and noun.lower_ not in WORDS.office_holder_nouns):
        return None
    mark = next((c for c in noun.children if c.dep_ == "amod" and c.i < noun.i
                 and c.lower_ in WORDS.earlier_holder_marks), None)
    if mark is None:
        return None
    if noun.dep_ in ("nsubj", "nsubjpass"):
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        verb = noun.head.head  # "Taiwan was visited by previous speakers"
    else:
        return None
    frame = _frame(doc, event)
    if not any(_aux_bearer(doc[i]).i == verb.i or doc[i].i == verb.i for i in frame):
        return None  # the noun is another clause's doer
    if not _past_or_perfect(doc, event):
        return None
    return f"a past act of earlier holders of an office: '{mark.text} {noun.text}'"


def iterated_act(doc, event: Event) -> Optional[str]:
    """The phrase that tells ``event``, which its sentence does not date, as done over and over
    before the article: an iteration adverb (``_iteration_mark``) on its clause or a clause it is
    told in ("They were *twice* denied visas", "*all along* we said that we were building a
    response that would have massive consequences"), or, for a verbal act (not a material one,
    ``recap_kind``), on an "as" comment clause of one of them ("as we've said *all along*, if
    Russia pursues its aggression, it will face the massive consequences": the warning is the one
    said all along). A material act under such a comment is the day's news the saying foretold
    ("as we said all along, Germany [is] taking action"). TimeML: an iterated event BEFORE the
    document creation time, which the publication day would misdate. None otherwise."""
    trigger = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if trigger is None:
        return None
    material = recap_kind(event) is not None
    # a material act takes the marks of the verbs it shares its subject with ("has repeatedly
    # shelled and bombed"), not of a saying it is told in ("Officials have repeatedly said that
    # Russia is massing troops": the saying is repeated, the massing is the day's news)
    above = _shared_subject_heads(trigger.root) if material else _governing(trigger.root)
    clauses = [doc[i] for i in sorted(_frame(doc, event) | above)]
    for verb in clauses:
        if (mark := _iteration_mark(verb)) is not None:
            return mark
    if material:
        return None
    for verb in clauses:
        for comment in verb.children:
            if comment.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in comment.children) \
                    and (mark := _iteration_mark(comment)) is not None:
                return f"as ... {comment.text} {mark}"
    return None


# A cumulative quantity on the object of a present perfect ("have provided more than $47 million",
# "has conducted nearly 27 investigations", "have detained more than 13,000 people")
_TOTAL_QUANTITY = re.compile(r"^(?:more\s+than|over|nearly|almost|roughly|approximately|some|at\s+least|"
                             r"upwards\s+of|in\s+excess\s+of|close\s+to|a\s+total\s+of)\s+(?:(?:US|U\.S\.)?\s*\$\s*)?\d", re.I)


# the other marks of a total so far on a present perfect's clause: "have *already* adopted
# sanctions", "have provided *historic levels* of assistance", "has detained thousands *since the
# start of the conflict*" (a since-phrase or -clause with no calendar date: the span starts at an
# unstated time), "have delivered 40 shipments *to date* / *so far*"
_SO_FAR_ADVERBS = {"already", "cumulatively", "altogether"}
_TOTAL_NOUNS = {"level", "amount", "number", "volume", "sum"}
_TOTAL_EPITHETS = {"historic", "unprecedented", "record"}


def running_total(doc, event: Event, timexes: list[Timex]) -> Optional[str]:
    """The quantity of a running total: ``event``'s verb in the present perfect, not progressive
    ("has provided", "have detained"), whose direct object counts the acts or goods so far with an
    approximate or lower-bound number ("more than $47 million in assistance", "nearly 27
    investigations") or as a level ("historic levels of assistance"), or whose clause says the
    acts are counted so far ("already", "so far", "to date", "since the start of the conflict":
    a since-phrase with no date, whose span starts at an unstated time), in a sentence with no
    time expression. The acts added up were done before
    the article at unstated times (TimeML: BEFORE the document creation time), so the publication
    day would be wrong. A time that dates another act, told in a noun's description, does not
    count ("has designated nearly 100 individuals pursuant to E.O. 14059, signed by President
    Biden in December 2021": ``_time_of_another_act``). None otherwise."""
    verb = _clause_verb(doc, event)
    if verb is None or verb.tag_ not in {"VBN", "VBD"}:
        return None
    if any(event.sentence_start <= t.start and t.end <= event.sentence_end and not _time_of_another_act(doc, t, verb)
           for t in timexes):
        return None  # a period of its own ("in the last two weeks", "over the past months")
    node = _aux_bearer(verb, frozenset({"aux"}))
    auxes = [c for c in node.children if c.dep_ == "aux"]
    if len(auxes) != 1 or auxes[0].lower_.replace("’", "'") not in _PERFECT_AUX \
            or any(c.dep_ == "auxpass" for c in verb.children) or verb.tag_ == "VBD" and node is verb:
        return None  # a VBD only as a conjunct sharing the perfect's auxiliary ("have imposed [...] and provided")
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        quantity = doc[obj.left_edge.i:obj.i + 1].text
        if _TOTAL_QUANTITY.match(quantity):
            return quantity
        if obj.lemma_.lower() in _TOTAL_NOUNS and any(c.dep_ == "amod" and c.lower_ in _TOTAL_EPITHETS for c in obj.children):
            return quantity  # "have provided historic levels of military assistance"
    # the clause's verbs: the trigger's, the coordinated verbs sharing its subject ("has detained
    # and abused thousands since the start"), and its infinitive complement ("have joined us to
    # deliver assistance since Russia's invasion began")
    clause = {verb, node}
    clause |= {c for v in list(clause) for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"
               and not any(g.dep_ in _SUBJECT_DEPS for g in c.children)}
    clause |= {c for v in list(clause) for c in v.children if c.dep_ == "xcomp"}
    for node in sorted(clause, key=lambda t: t.i):
        for child in node.children:
            if child.dep_ == "advmod" and (child.lower_ in _SO_FAR_ADVERBS or child.lower_ == "far"
                                           and any(g.lower_ in {"so", "thus"} for g in child.children)
                                           or child.lower_ == "along" and any(g.lower_ == "all" for g in child.children)):
                # "have already adopted sanctions", "so far", "have supported the format all along"
                return doc[child.left_edge.i:child.i + 1].text
            if child.dep_ == "prep" and child.lower_ == "since" or _since_clause(child):
                return doc[child.left_edge.i:child.right_edge.i + 1].text  # "since the start of the conflict"
            if child.dep_ == "prep" and child.lower_ in {"to", "so", "thus"} and \
                    re.match(r"^(?:to\s+date|so\s+far|thus\s+far)$", doc[child.i:child.right_edge.i + 1].text, re.I):
                return doc[child.i:child.right_edge.i + 1].text
    return None


@functools.lru_cache(maxsize=1)
def material_types() -> frozenset:
    """PLOVER's material quad categories (PLOVER_MANUAL "Quad category", kept once in
    event_detection.yaml ``material_cooperation_types`` / ``material_conflict_types``, which
    events/ reads too): a deed done at a time, unlike a verbal act, whose present perfect
    reports the statement of the day ("has called the sentence dangerous", "has asked officials
    how ...")."""
    quads = named_word_sets(Path(__file__).parent / "lexicons" / "event_detection.yaml")
    return quads["material_cooperation_types"] | quads["material_conflict_types"]


# PLOVER's legal mode (DISAPPROVE 'legal' in this project's coding; ACCUSE legal in PLOVER 0.x):
# a charge, an indictment or a prosecution brought by a prosecutor or court, a formal deed filed at
# a time like a material act, not a statement whose present perfect reports the day's words
LEGAL_MODES = frozenset({("DISAPPROVE", "legal")})
# aspectual verbs whose present perfect runs to the article's day ("violence has continued")
_RUNNING_VERBS = frozenset({"continue", "remain", "keep", "persist"})


def _active_perfect(verb) -> bool:
    """``verb`` is an active present perfect ("has charged", "we've imposed"), or a past
    form coordinated with one that shares its auxiliary ("have imposed sanctions [...] and provided
    assistance"); not a progressive, passive or pluperfect."""
    if verb is None or verb.tag_ not in {"VBN", "VBD"}:
        return False
    node = _aux_bearer(verb, frozenset({"aux"}))
    auxes = [c for c in node.children if c.dep_ == "aux"]
    if len(auxes) != 1 or auxes[0].lower_ not in _PERFECT_AUX | {"’ve"}:
        return False
    return not any(c.dep_ == "auxpass" for c in verb.children) and not (verb.tag_ == "VBD" and node is verb)


def _passive_perfect(verb) -> bool:
    """``verb`` is a passive present perfect ("have been killed", "has been released"), or a
    participle coordinated with one whose auxiliaries it shares ("have been detained and
    beaten"); not a pluperfect ("had been"), a modal ("may have been") or a progressive."""
    if verb is None or verb.tag_ != "VBN":
        return False
    node = _aux_bearer(verb, _AUX_DEPS)
    auxes = [c for c in node.children if c.dep_ == "aux"]
    passives = [c for c in node.children if c.dep_ == "auxpass"]
    return len(auxes) == 1 and auxes[0].lower_ in _PERFECT_AUX | {"’ve"} \
        and len(passives) == 1 and passives[0].lower_ == "been"


def _stems(words) -> set[str]:
    return {w.lower()[:5] for w in words if len(w) >= 4}


def recap_kind(event: Event) -> Optional[str]:
    """The kind of deed ``perfect_recap`` may find recapped: a material act's PLOVER type, or a
    legal act ("DISAPPROVE/legal": "The United States has charged him with ..."); None for a verbal act."""
    if event.type in material_types():
        return event.type
    if (event.type, event.mode) in LEGAL_MODES:
        return f"{event.type}/{event.mode}"
    return None


def perfect_recap(doc, event: Event, timexes: list[Timex], news_types: set[str]) -> Optional[str]:
    """The verb of a material act told in the present perfect as a recap, not as the news of the
    day: "The United States has charged him ...", "We have imposed powerful sanctions on Russia",
    "Russia's forces have destroyed apartment buildings". The present perfect tells an act done
    before the document's time at an unstated time (TimeML: BEFORE the document creation time;
    the gold files leave such acts undated), so the publication day would be wrong. Not when the
    act is the news of the day: its sentence is among the story's two lead sentences, the title
    names it (a word sharing its first five letters with the trigger's words or the PLOVER type:
    "Restricts Visas" for "imposed visa restrictions", "Impose Additional Sanctions"), or an
    earlier act of its type is dated on the article's day (``news_types``: "OFAC has also
    designated ..." after the announced designations). Not a verbal act (``material_types``; a
    legal act, ``LEGAL_MODES``, counts as a deed: "The United States has charged him ..."), an
    act under way ("has continued"), or one whose sentence has a time expression of its own
    ("over the past months", "recently"). None otherwise."""
    from newsgraph.nlp.story_type import lead_sentences

    kind = recap_kind(event)
    if kind is None or kind in news_types:
        return None
    verb = _clause_verb(doc, event)
    if not (_active_perfect(verb) or _passive_perfect(verb)) or verb.lemma_.lower() in _RUNNING_VERBS:
        return None
    if any(event.sentence_start <= t.start and t.end <= event.sentence_end for t in timexes):
        return None
    if any(s.start_char <= event.trigger_start < s.end_char for s in lead_sentences(doc, 2)):
        return None
    title = getattr(doc._, "ng_title", None) or ""
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    words = [t.lemma_ for t in span if t.pos_ in {"VERB", "NOUN"}] if span is not None else []
    if _stems(re.findall(r"[A-Za-z]+", title)) & (_stems(words) | _stems([event.type])):
        return None
    bearer = _aux_bearer(verb, _AUX_DEPS)
    auxes = [c.text for c in bearer.children if c.dep_ in _AUX_DEPS]
    return " ".join([*auxes, verb.text])

# the types whose ongoing activity ``ongoing_activity`` dates at the month: PLOVER AID, the
# provision of aid run as a campaign ("we are delivering security assistance every day"). Not
# COOPERATE or CONSULT: coordinating told in the present is the act of the release's day (the
# gold files date "Biden is coordinating with allies and partners" and "we continue to work
# through ... to further strengthen" at the day: a response to that day's news)
ONGOING_TYPES = frozenset({"AID"})
# present forms of "be" as the auxiliary of a progressive, with their clitics ("we're partnering")
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "'m", "’s", "’re", "’m"})
_COUNTING_DETS = frozenset({"a", "an", "this", "that", "these", "those"})


def progressive_present(verb) -> bool:
    """``verb`` is in the present progressive ("are delivering", "we're partnering"), or a
    conjunct sharing such an auxiliary ("are delivering ... and expediting")."""
    node = _aux_bearer(verb, frozenset({"aux"}), tag="VBG")
    return node.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in _PRESENT_BE for c in node.children) \
        and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in node.children)


def futurate_progressive(doc, event: Event, day: Optional[dt.date]) -> bool:
    """Whether ``event``, asserted and dated by its text (its clause's time, or the trip its
    sentence is set in: "While in Riga, the Assistant Secretary is meeting with ..."), is told in
    the present progressive with a date after the article's day ("Assistant Secretary Robinson is
    traveling to Riga, Latvia April 3-5" in a release of April 2): an arrangement still to come
    (English futurate progressive; PLOVER codes references to future meetings and visits as AGREE,
    as "will travel"). The date counts at its own precision (a month after the article's month); a
    trip under way ("is traveling ... April 1-5" on April 2) stays asserted."""
    if event.status != "asserted" or event.date_source != TEXT or not event.date or day is None:
        return False
    verb = _clause_verb(doc, event)
    if verb is None or not progressive_present(verb):
        return False
    return event.date[:10] > day.isoformat()[:len(event.date[:10])]


def _continuing_present(verb) -> bool:
    """``verb`` is a present "continue"/"keep" with no modal ("we continue to provide", "The
    United States continues to stand with ...")."""
    return verb.lemma_.lower() in WORDS.ongoing_aspect_verbs and verb.tag_ in {"VBZ", "VBP"} \
        and not any(c.dep_ == "aux" for c in verb.children)


def _counted_object(verb) -> Optional[str]:
    """The object of ``verb`` counted or new ("over $186 million in ...", "an advisor", "this
    action", "additional resources", "the first 500,000 doses"), else None."""
    for obj in (c for c in verb.children if c.dep_ in {"dobj", "obj"}):
        words = list(obj.subtree)
        if any(t.ent_type_ == "MONEY" for t in words) or any(
                c.dep_ == "nummod" or c.dep_ == "det" and c.lower_ in _COUNTING_DETS
                or c.lower_ in WORDS.new_increment_words for c in obj.children):
            return obj.doc[obj.left_edge.i:obj.i + 1].text
    return None


def ongoing_activity(doc, event: Event) -> Optional[str]:
    """The verb phrase of an ongoing activity of help (PLOVER AID, ``ONGOING_TYPES``; an asserted
    act told without a time of its own): an activity verb (lexicon ongoing_activity_verbs:
    "deliver", "provide", "help") in the present progressive ("we are delivering security
    assistance every day", "USAID is providing technical assistance to ..."), or under a present "continue"/"keep" ("we continue to provide direct U.S.
    financial support"), up through an infinitive or a gerund's preposition ("are working around
    the clock to expedite shipments", "continues to stand with Allies in providing assistance"),
    with no object counted or new (``_counted_object``). Such a clause reports a campaign under way
    when the article was written, no act of its day: the date is the publication's month (the
    gold files date an act "on the ground now" at the month). None otherwise."""
    if event.type not in ONGOING_TYPES or event.status != "asserted":
        return None
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None:
        return None
    verb = span.root
    if verb.pos_ == "NOUN" and verb.dep_ in {"dobj", "obj"}:
        verb = verb.head  # "providing support", "delivering security assistance"
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    activity = [t for t in span if t.pos_ == "VERB" and t.lemma_.lower() in WORDS.ongoing_activity_verbs]
    if verb.lemma_.lower() in WORDS.ongoing_activity_verbs:
        activity.append(verb)
    if not activity:
        return None
    node, path = verb, [verb, *activity]
    for _ in range(4):
        if progressive_present(node) or _continuing_present(node):
            break
        if node.dep_ == "xcomp" or node.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children) \
                and node.head.lemma_.lower() in WORDS.ongoing_activity_verbs | WORDS.ongoing_aspect_verbs:
            node = node.head  # "continue to provide"; a purpose: "are working around the clock to expedite"
        elif node.dep_ == "pcomp" and node.head.dep_ == "prep" and node.head.lower_ == "in":
            node = node.head.head  # "continues to stand with Allies in providing"
        else:
            return None
        path.append(node)
    else:
        return None
    subject = {t.i for c in node.children if c.dep_ in _SUBJECT_DEPS for t in c.subtree}
    if any(t.ent_type_ == "MONEY" and t.i not in subject for t in node.subtree) \
            or any(_counted_object(t) is not None for t in path):
        return None  # a new package announced that day ("is providing $186 million in additional ...")
    words = sorted({node.i, verb.i})
    return doc[words[0]:words[-1] + 1].text


def _past_tense(doc, event: Event) -> bool:
    """The trigger's verb is in the simple, progressive or pluperfect past, active or passive
    ("fought", "were calling", "had destroyed", "was rejected"), not the present perfect ("has donated"), whose act runs
    to the time of writing."""
    for i in sorted(_frame(doc, event)):
        token = doc[i]
        auxes = [c for c in _aux_bearer(token, _AUX_DEPS).children if c.dep_ in _AUX_DEPS]
        if any(a.tag_ in {"VBZ", "VBP", "MD"} or a.lower_ in {"will", "would"} for a in auxes):
            continue
        if token.tag_ == "VBD" or (token.tag_ in {"VBN", "VBG"} and any(a.tag_ == "VBD" for a in auxes)):
            return True
        if _invariant_past_conjunct(token, auxes):
            return True
    return False


def _past_or_perfect(doc, event: Event) -> bool:
    """The trigger's verb is in the past (``_past_tense``) or the simple present perfect, active or
    passive ("has imposed", "have been detained"): its act was done before the time of writing
    (Reichenbach E < R = S). Not the perfect progressive ("have been shelling"), whose act runs on
    to the time of writing, nor a perfect under a modal ("will have imposed"), nor the perfect of
    a verb that begins or continues an activity (``inchoative_verbs``, ``_RUNNING_VERBS``: "have
    started asking", "has continued"), which goes on at the time of writing."""
    if _past_tense(doc, event):
        return True
    for i in sorted(_frame(doc, event)):
        token = doc[i]
        if token.tag_ != "VBN" or token.lemma_.lower() in WORDS.inchoative_verbs | _RUNNING_VERBS:
            continue
        auxes = [c for c in _aux_bearer(token, _AUX_DEPS).children if c.dep_ in _AUX_DEPS]
        if any(a.tag_ == "MD" for a in auxes):
            continue
        if any(a.dep_ == "aux" and a.lower_ in _PERFECT_AUX and a.tag_ in {"VBZ", "VBP"} for a in auxes):
            return True
    return False


def _invariant_past_conjunct(token, auxes) -> bool:
    """``token`` is a verb whose past is its base form (lexicon ``invariant_past_verbs``: "beat",
    "cut", "hit"), tagged present (VBP) by the parser, with no auxiliary and no subject of its own,
    coordinated with a simple past verb that shares its subject ("this unit killed civilians,
    detained civilians, beat detained civilians"): coordinated verbs sharing a subject share its
    tense, so it is that past (since 0.1.100)."""
    if token.tag_ != "VBP" or auxes or token.lemma_.lower() not in WORDS.invariant_past_verbs \
            or any(c.dep_ in _SUBJECT_DEPS for c in token.children):
        return False
    node = token
    # coordination.first_conjunct's walk, step by step: each earlier conjunct is asked in turn
    while node.dep_ == "conj" and node.head.i < node.i:
        node = node.head
        if node.tag_ == "VBD":
            return True
        if any(c.dep_ in _SUBJECT_DEPS for c in node.children):
            return False  # the coordination's head, with the shared subject, is not past
    return False


def _ends_before(timex: Timex, cutoff: dt.date) -> bool:
    """``timex`` (an event date) names a calendar period whose last day is before ``cutoff``."""
    period = calendar_range(timex.value)
    days = calendar_days(period[1] or period[0]) if period is not None else None
    end = days[1] if days is not None else None
    return end is not None and end < cutoff


def _earlier_year(doc, text: str, timex: Timex, cutoff: dt.date) -> bool:
    """``timex`` names a calendar period ending before ``cutoff`` (January 1 of the publication
    year - 1, or, for ``late_scene``, a week before the article's day: a year, a month or day of
    it, a decade, a century, "the past century": too vague to date, enough to place before) and is not a noun's name part ("the 2011 Air Transport
    Agreement", "the 2015 National Assembly", "the agreement of 12 May 2019": it names the thing,
    not the scene) nor the start of a span running to the article ("since 2016", "since the last
    NADD in December 2019": ``_since_phrase``)."""
    if not is_event_date(timex) or _since(text, timex) or _premodifying_year(doc, timex):
        return False
    if not _ends_before(timex, cutoff):
        return False
    root = _span_root(doc, timex)
    if root is None:
        return True
    if _since_phrase(root) is not None:
        return False  # "progress since the last NADD in December 2019": a span running to now
    noun = _dated_noun(root)
    # "the agreement of 12 May 2019" names the agreement, as a premodifier does
    return not (noun is not None and (noun.i > root.i or root.dep_ == "pobj"))


def _participle_adjunct(token) -> bool:
    """A bare past participle hung on a clause, without auxiliary or subject: "Protesters
    marched against the law, passed by parliament in 2019, in the capital" (the parser's reading
    of a reduced relative set off by commas), "Elected in 2018, the president ..."; or one the
    parser coordinates with an active transitive verb though it has a "by" agent of its own
    ("OFAC has designated nearly 100 individuals pursuant to Executive Order 14059, signed by
    President Biden in December 2021"): a passive cannot share an active verb's subject and
    auxiliary ("has signed by" is no English), so it is a reduced relative on a noun before it."""
    bare = token.tag_ == "VBN" and not any(
        c.dep_ in _SUBJECT_DEPS or c.dep_ in {"aux", "auxpass", "mark"} for c in token.children)
    if not bare:
        return False
    if token.dep_ == "advcl":
        return True
    head = token.head
    return token.dep_ == "conj" and any(c.dep_ == "agent" for c in token.children) \
        and any(c.dep_ == "dobj" for c in head.children) and not any(c.dep_ == "auxpass" for c in head.children)


def _time_of_another_act(doc, timex: Timex, trigger) -> bool:
    """``timex`` dates an act told inside a noun's description or the trigger's complement,
    not the scene of the trigger's clause: "Russia suspended the agreement, signed in March
    2020" (a reduced relative), "Police arrested a man who attacked a synagogue in 2019" (a
    relative clause), "praised the ceasefire agreed in Doha in 2020" (a complement after the trigger). Climbs
    from the expression to the trigger, one of its governing clauses or the sentence root; a
    clause of a fronted "When ..." or "As ..." (advcl) or a coordinated clause still sets the
    scene ("When Iraq invaded Kuwait in 1990, the US sent troops")."""
    root = _span_root(doc, timex)
    if root is None:
        return False
    if trigger is not None and trigger.pos_ in {"VERB", "AUX"} and _nested_object_act(root, trigger, {trigger.i}):
        return True  # "designated three officials for ... the disappearance of an opponent in 1999"
    above = {a.i for a in trigger.ancestors} if trigger is not None else set()
    node = root
    while node.head.i != node.i:
        if trigger is not None and node.i == trigger.i or node.i in above:
            return False
        if node.i != root.i and (_noun_clause(node) or _participle_adjunct(node)):
            main = _closing_object_relative(node, root.head if root.dep_ == "pobj" else root)
            if main is None or not _narrated_on(main, timex):
                return True
            node = main  # the time may be the main clause's, which a narrative goes on from (``_sets_main_scene``)
            continue
        if node.i != root.i and node.dep_ in {"ccomp", "xcomp"} and trigger is not None \
                and node.head.i == trigger.i and node.i > trigger.i:
            return True
        node = node.head
    return False


# How many sentences before a past act's an earlier year may set its scene (TimeML / Reichenbach
# reference time: a narrative past keeps the time its passage set until something moves it)
_SCENE_SENTENCES = 4
# How many days before the article's day a scene of the publication year must end to place a past
# act before it (``late_scene`` in ``date_events``): a scene of the last days may be the news the
# article reports ("On Monday police arrested ..."), which the publication day dates near enough
_LATE_SCENE_DAYS = 7
_CONTINUING_SUBJECTS = {"he", "she", "they", "who", "i"}


def _sets_main_scene(doc, timex: Timex, actor_told: bool = False) -> bool:
    """``timex`` is an adverbial of its sentence's main clause: a phrase or bare noun on a verb
    ("*In March*, the army entered the town"), that verb being the sentence's root or reaching it
    through adverbial clauses or coordination ("*Starting on March 3*, workers marched", "As
    announced in April, the government conducted ..."), the root a verb. Not a time of a noun, a
    participle or relative on a noun, or a complement ("papers shared last month", "has provided
    aid in the last year" reported under "noted", "the Appropriations Act, 2021"): those date
    another act, not the passage (``late_scene`` in ``date_events``, 0.1.85).
    Since 0.1.96 the adverbial is also fronted, before the main verb, unless the act's
    actor was told in its sentence (``actor_told``: "A delegation discussed trade on April 28.
    The delegation met ..."): a time after its verb at the end of a sentence ("Poland signed the
    treaty in March.") dates that one act, not a passage another actor's act goes on in ("The
    French president praised Poland."); and the main verb is no inchoative (``inchoative_verbs``: "In April, protests began"), whose time dates the
    start of a state that goes on to the article's day."""
    root = _span_root(doc, timex)
    if root is None:
        return False
    node = root.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root
    if node.dep_ not in {"prep", "npadvmod", "advmod", "tmod"} or node.head.pos_ not in {"VERB", "AUX"}:
        return False
    verb = node.head
    main = _closing_object_relative(verb, node)
    if main is not None and _narrated_on(main, timex):
        # "brought the clock he made to school on September 14, and a teacher thought ...": a time
        # closing a past relative clause that closes the main clause's object attaches either way
        # (late closure); in a narrative sequence both clauses are in the passage it sets
        verb = main
    while verb.dep_ in {"advcl", "conj"} and verb.head.i != verb.i and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
    if timex.end > verb.idx and not actor_told and not _narrated_on(verb, timex) \
            or verb.lemma_.lower() in WORDS.inchoative_verbs:
        return False
    return verb.dep_ == "ROOT"


def _closing_object_relative(verb, phrase):
    """The verb of the main clause when ``verb`` heads a simple past relative clause on that
    clause's direct object and ``phrase`` (a time adverbial on ``verb``) ends it ("brought the clock
    [he made to school *on September 14*]"): the time may belong to either clause; else None."""
    if verb.dep_ != "relcl" or verb.tag_ != "VBD" or any(c.dep_ in _AUX_DEPS for c in verb.children) \
            or phrase.right_edge.i != verb.right_edge.i:
        return None
    noun = verb.head
    if noun.dep_ not in {"dobj", "obj"} or noun.right_edge.i != verb.right_edge.i \
            or noun.head.pos_ not in {"VERB", "AUX"} or noun.head.tag_ != "VBD":
        return None
    return noun.head


def _narrated_on(verb, timex: Timex) -> bool:
    """The sentence whose main verb ``verb`` ``timex`` dates after the verb goes on, after the time,
    with a coordinated clause of its own subject in the simple past and no time of its own ("Mohamed
    brought the clock to school *on September 14*, *and a teacher mistakenly thought* it resembled
    a bomb"): a narrative sequence of past clauses already runs on from the dated one, so the
    time sets the passage's scene (Reichenbach: in a narrative the reference time moves forward
    from the dated clause; Dowty's temporal discourse interpretation), as a fronted time does, and
    the next sentence's past act ("Police arrested and questioned the student") is in it. A
    single dated clause ("Poland signed the treaty in March.") dates that one act (0.1.96)."""
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.pos_ not in {"VERB", "AUX"} or conj.idx < timex.end:
            continue
        if conj.tag_ == "VBD" and not any(c.dep_ in _AUX_DEPS for c in conj.children) \
                and any(c.dep_ in _SUBJECT_DEPS for c in conj.children) \
                and not any(t.ent_type_ in {"DATE", "TIME"} for t in conj.subtree):
            return True
    return False


def _heading(sent) -> bool:
    """``sent`` (a spaCy sentence Span) has no closing punctuation: a heading or a list line
    ("Group G - Belgium 3 - 0 Panama", "Promoting Accountability for Abuses"), which starts a new
    section rather than going on with the narrative before it."""
    return not sent.text.rstrip().rstrip("\"'”’)").endswith((".", "!", "?", ":", ";"))


def _moves_to_now(doc, sent, timexes: list[Timex], cutoff: dt.date) -> bool:
    """``sent``, a sentence between a past act and the earlier time that set its scene, moves the
    reference time back to the time of writing: a time expression of a period reaching ``cutoff``
    (the publication year or the year before; for ``late_scene`` the week before the article's
    day), or "now" / "today" (PRESENT_REF); a main verb in the present, present perfect or
    future ("Now it is remarkable", "has closed", "will meet"); or a heading (no closing
    punctuation: "Group G - Belgium 3 - 0 Panama")."""
    return _now_timex_in(timexes, sent.start_char, sent.end_char, cutoff) or _heading(sent) \
        or _present_or_future(sent.root) and not _past_profile(sent.root)


def _past_profile(root) -> bool:
    """``root`` (a sentence's root) is a present copula classifying its subject, whose only
    eventive content is a simple past relative clause on the classifying noun ("Yevgeniy Petrov
    is a Russian national who *provided* funding to the network"): an individual-level
    characterisation holds at any time (Carlson), so the present "is" does not move the
    reference time to now; the relative clause's past deed goes on with the narrative of the
    sentences around it (0.1.148)."""
    if root.lemma_.lower() != "be" or root.tag_ not in {"VBZ", "VBP"} \
            or any(c.dep_ in {"aux", "auxpass", "neg"} for c in root.children):
        return False
    attr = next((c for c in root.children if c.dep_ == "attr" and c.pos_ in {"NOUN", "PROPN"}), None)
    if attr is None:
        return False
    relatives = [c for c in attr.children if c.dep_ == "relcl"]
    return bool(relatives) and all(r.tag_ == "VBD" and not any(c.dep_ in _AUX_DEPS for c in r.children)
                                   for r in relatives)


def _now_timex_in(timexes: list[Timex], start: int, end: int, cutoff: dt.date) -> bool:
    """Whether a time expression within characters [``start``, ``end``) names now ("now", "today":
    PRESENT_REF) or a calendar period reaching ``cutoff`` (``_moves_to_now``)."""
    for timex in timexes:
        if start <= timex.start and timex.end <= end:
            if timex.value == "PRESENT_REF":
                return True
            if is_event_date(timex) and calendar_range(timex.value) is not None \
                    and not _ends_before(timex, cutoff):
                return True
    return False


def _present_or_future(verb) -> bool:
    """``verb`` (a spaCy Token heading a clause) is in the present, present perfect or future: a
    present-tense verb with no auxiliary, or a present or modal auxiliary ("says", "has closed",
    "will meet")."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return verb.tag_ in {"VBZ", "VBP"} and not auxes or any(a.tag_ in {"VBZ", "VBP", "MD"} for a in auxes)


# dependencies by which a report verb holds the clause it reports ("say [that X shot]")
_REPORTED_DEPS = {"ccomp", "xcomp", "parataxis"}


def _reported_clause(sent, trigger):
    """The verb (a spaCy Token) heading the clause that holds ``trigger`` (a spaCy Span), where
    the sentence root is a verb of saying or reporting (statements speech_cues.yaml, strong and
    weak cues: "say", "indicate", "find") whose complement holds that clause: "Witnesses say
    [the brigade shot ...]", "Investigators have found that [...]"; else None (the act's clause
    is the root itself: "The brigade shot ..., witnesses say" read with "shot" as the root)."""
    from newsgraph.nlp.statements import load_cue_lexicon

    root = sent.root
    cues = load_cue_lexicon()
    if trigger is None or not len(trigger) or root.lemma_.lower() not in cues["strong"] | cues["weak"]:
        return None
    clause = next((t for t in (trigger.root, *trigger.root.ancestors) if t.pos_ in {"VERB", "AUX"}), None)
    if clause is None or clause is root:
        return None
    path = [clause, *clause.ancestors]
    below = path[path.index(root) - 1] if root in path else None
    return clause if below is not None and below.dep_ in _REPORTED_DEPS else None


def _act_moves_to_now(doc, sent, trigger, timexes: list[Timex], cutoff: dt.date) -> bool:
    """``_moves_to_now`` for the act's own sentence ``sent`` (spaCy Spans; ``trigger`` the act's
    words), since 0.1.130: under a report frame (``_reported_clause``: "Witnesses say the brigade
    shot ...", "Reports indicate ...", "..., witnesses say") only the reported clause counts, its
    tense and any "now"/"today" or current time in it. The frame's present tense is the time of
    the report, not the reference time of the past act it reports (Reichenbach: speech time
    belongs to the frame verb). Any other sentence reads as ``_moves_to_now``."""
    clause = _reported_clause(sent, trigger)
    if clause is None:
        return _moves_to_now(doc, sent, timexes, cutoff)
    words = list(clause.subtree)
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    return _now_timex_in(timexes, start, end, cutoff) or _heading(sent) or _present_or_future(clause)


def _continues_actors(doc, event: Event, text: str, start: int) -> bool:
    """``event``, which opens a paragraph or stands in one after the first, continues the
    narrative of the text from ``start``: its actor is a pronoun ("He came to Washington") or a
    name told there ("said Carlton, who offered beds" after "then-Col. Carlton set up the
    hospital")."""
    actor = (event.source_text or "").strip()
    if not actor:
        return False
    if actor.lower() in _CONTINUING_SUBJECTS:
        return True
    names = [w for w in re.findall(r"[A-Z][\w'’-]+", actor) if w.lower() not in {"the", "u.s", "us"}]
    before = text[start:event.sentence_start]
    return bool(names) and all(re.search(rf"\b{re.escape(w)}\b", before) for w in names)


def _actor_told(event: Event, sentence: str) -> bool:
    """``event``'s actor is told in ``sentence``: a continuing pronoun ("they"), or the head word of
    its source phrase ("The delegation met" after "an interagency delegation discussed")."""
    words = re.findall(r"[A-Za-z][\w'’-]*", event.source_text or "")
    if not words:
        return False
    if words[-1].lower() in _CONTINUING_SUBJECTS:
        return True
    return re.search(rf"\b{re.escape(words[-1])}\b", sentence, re.I) is not None


def earlier_scene(doc, event: Event, timexes: list[Timex], text: str, year: int,
                  cutoff: Optional[dt.date] = None) -> Optional[str]:
    """The time expression that sets ``event``'s scene before the article, when its own clause
    gives none: a past-tense act (``_past_tense``) whose sentence, or one of the sentences before
    it (up to ``_SCENE_SENTENCES``, none of them moving the reference time back to now:
    ``_moves_to_now``), names a period ending before the publication year - 1 ("On Aug. 2,
    1990, Iraq invaded Kuwait. [...] Hussein soon annexed the country"; "We got our independence
    in 1819. Then he fought [...]"). The sentences looked at stay in the act's paragraph, or reach
    into the paragraph before when the act's actor continues its narrative (a pronoun, or a name
    told there: ``_continues_actors``). TimeML: a narrative past set in an earlier time is BEFORE
    the document creation time; the publication day would be wrong. None otherwise."""
    if not _past_tense(doc, event):
        return None
    late = cutoff is not None  # a scene of the last year or so must be its passage's main clause's
    cutoff = cutoff or dt.date(year - 1, 1, 1)
    trigger = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    trigger = trigger.root if trigger is not None else None
    sent = doc.char_span(event.sentence_start, event.sentence_end, alignment_mode="expand")
    sentences = [(event.sentence_start, event.sentence_end, False)]  # (start, end, in the paragraph before)
    if sent is not None:
        first = sent.start
        while first > 0 and len(sentences) <= _SCENE_SENTENCES:
            previous = doc[first - 1].sent
            # a line break after the previous sentence's last word ends its paragraph (one inside
            # a sentence is wrapping)
            gap = text[previous.start_char:sentences[-1][0]]
            paragraph_break = "\n" in gap[len(gap.rstrip()):]
            if sentences[-1][2] and paragraph_break:
                break  # a second paragraph break
            sentences.append((previous.start_char, previous.end_char, sentences[-1][2] or paragraph_break))
            first = previous.start
    for k, (start, end, crossed) in enumerate(sentences):
        for timex in timexes:
            if start <= timex.start and timex.end <= end and _earlier_year(doc, text, timex, cutoff) \
                    and not _time_of_another_act(doc, timex, trigger) \
                    and (not late or _sets_main_scene(doc, timex, _actor_told(event, text[start:end]))) \
                    and (not crossed or _continues_actors(doc, event, text, start)):
                return timex.text
        if 1 <= k < len(sentences) - 1:  # walking past it to the one before
            between = doc.char_span(start, end, alignment_mode="expand")
            if between is None or _moves_to_now(doc, between, timexes, cutoff):
                break
    return place_scene(doc, event, timexes, text, cutoff) if late else None


# How many sentences before a past act the scene of the same place may have been set
# (``place_scene``): a passage that goes on naming the place it set in a time ("In March, troops
# occupied <town>. [...] According to reports, while in <town>, the unit killed ...") keeps that
# time across its paragraphs, as far as an act-by-act account of one episode runs
_PLACE_SCENE_SENTENCES = 10
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_PLACE_PREPS = frozenset({"in", "at", "on", "near", "outside", "inside", "around", "into", "from"})


def _named_places(doc, start: int, end: int) -> set[str]:
    """The places below the country named in ``doc``'s text[start:end] (lower-case strings): a
    GPE, LOC or FAC entity, or a proper noun after a preposition of place ("in Bucha", "on
    Yablunska Street", whatever the NER calls it), less country names (``lookup_country``: "in
    Ukraine" is named through a whole article; a town or street places one episode)."""
    from newsgraph.resolve.countries import lookup_country

    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return set()
    names = {e.text for e in doc_ents(doc) if e.label_ in _PLACE_LABELS and start <= e.start_char and e.end_char <= end}
    for token in span:
        if token.pos_ == "PROPN" and token.dep_ == "pobj" and token.head.lower_ in _PLACE_PREPS:
            compound = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            names.add(doc[(compound[0].i if compound else token.i):token.i + 1].text)
    out = set()
    for name in names:
        name = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
        country = lookup_country(name)
        if name and not (country is not None and country.matched_as in ("name", "alias", "demonym")):
            out.add(name.lower())
    return out


def place_scene(doc, event: Event, timexes: list[Timex], text: str, cutoff: dt.date) -> Optional[str]:
    """The time expression that set the scene of the place ``event``'s sentence names, a few
    paragraphs back: the nearest sentence of the last ``_PLACE_SCENE_SENTENCES`` that names the
    same place below the country (``_named_places``) with a time of a period ending before
    ``cutoff`` fronted on its main clause (``_sets_main_scene``: "In March 2022, the division
    encamped on Bucha's Yablunska Street. [...] According to reports, while operating in Bucha,
    this unit killed ..."). Guards: the act is in the past (``earlier_scene`` checked it), its
    sentence and every sentence between hold no other calendar time or "now"/"today" (a newer
    time, or another episode's) and no heading (a new section). Present-tense report frames
    between ("Reports indicate ...", "X has been implicated in violence in Bucha") do not move the
    scene: the episode they report is the same place's. TimeML / Reichenbach: the reference time
    a passage set holds while its narrative stays in that place. The act's own sentence must not
    move the reference time to now (``_moves_to_now``: a present, present perfect or future main
    verb, "today", "now"; since 0.1.120), read in the reported clause under a report frame
    (``_act_moves_to_now``, since 0.1.130). None otherwise (since 0.1.100)."""
    places = {p for p in _named_places(doc, event.sentence_start, event.sentence_end) if _episode_place(doc, p)}
    sent = doc.char_span(event.sentence_start, event.sentence_end, alignment_mode="expand")
    if not places or sent is None:
        return None

    def times(span) -> list[Timex]:
        return [t for t in timexes if span.start_char <= t.start and t.end <= span.end_char
                and (t.value == "PRESENT_REF" or is_event_date(t) and calendar_range(t.value) is not None
                     and not _premodifying_year(doc, t))]

    if times(sent):
        return None  # its own sentence names another time (of another clause): no carried scene
    trigger = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand") \
        if event.trigger_start is not None and event.trigger_end is not None else None
    if _act_moves_to_now(doc, sent, trigger, timexes, cutoff):
        # "Troops have looted homes there", "The town remains occupied after troops looted it": a
        # sentence whose main verb is present, present perfect or future speaks of the time of
        # writing (Reichenbach: the reference time is the speech time), so a past act it tells has
        # no reference time carried from an earlier passage; the publication date stands (0.1.120).
        # A present report frame ("Witnesses say troops looted homes there") is the time of the
        # report, not of the act: only the reported clause is read (0.1.130)
        return None
    first = sent.start
    for _ in range(_PLACE_SCENE_SENTENCES):
        if first <= 0:
            return None
        previous = doc[first - 1].sent
        first = previous.start
        if _heading(previous):
            return None
        found = times(previous)
        for timex in found:
            if _earlier_year(doc, text, timex, cutoff) and _sets_main_scene(doc, timex) \
                    and places & _named_places(doc, previous.start_char, previous.end_char):
                return timex.text
        if found:
            return None  # a newer time or another episode's scene
    return None


def _episode_place(doc, place: str) -> bool:
    """Whether ``place`` (a lower-case name of ``_named_places``) can place one episode for
    ``place_scene``: not a capital (``resolve.countries.is_capital``: a release names its seat of
    government throughout, "police in Minsk", for any time) nor a place the headline names (the
    article's subject place, named in every paragraph). Since 0.1.110."""
    from newsgraph.resolve.countries import is_capital

    if is_capital(place.title()):  # the names are lower-cased; the gazetteer's are capitalised
        return False
    title = (getattr(doc._, "ng_title", None) or "").lower()
    return not re.search(rf"\b{re.escape(place)}\b", title)


# An article that is an anniversary statement: its title is the anniversary itself, a verbless
# heading ("On the 6th Anniversary of the 709 Crackdown", "Fifth Anniversary of the Arbitral
# Tribunal Ruling", "Statement on the Anniversary of ..."), or its lead says so ("Today marks six
# years since ..."). Not a headline with a verb of the day's news: one whose verb comes first
# ("NASA celebrates 30th anniversary ...; announces ...") fails the pattern, which reads the
# title from its start; one whose anniversary only opens it sets the day's news off after a
# clause break ("On the First Anniversary of the Invasion, Treasury Sanctions ...", "One Year
# Anniversary of the Coup: U.S. Imposes ...", ``_TITLE_CLAUSE_BREAK`` after the match). Both tell
# the day's acts in the past tense too.
_ANNIVERSARY_TITLE = re.compile(
    r"^\W*(?:(?:statement|remarks|message|press\s+statement)\s+(?:on|for|marking)\s+)?(?:on\s+)?(?:the\s+)?"
    r"(?:(?:\d+(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?th|first|second|third|[\w-]+[\s-]years?)\s+)?anniversary\s+of\b", re.I)
_ANNIVERSARY_LEAD = re.compile(
    r"(?:^|[.!?]\s+|\n\s*)(?:today|this\s+week|this\s+year)\s+(?:marks|we\s+mark)\s+(?:the\s+[\w-]+\s+anniversary\s+of|"
    r"(?:[\w-]+)\s+(?:years?|months?)\s+since)\b", re.I)
# a comma, colon, semicolon or dash with words after it: the title goes on to another clause
_TITLE_CLAUSE_BREAK = re.compile(r"(?:[:;,\u2013\u2014]|\s-)\s*\S")
_LEAD_CHARS = 400  # the lead the anniversary must stand in (after a byline or dateline line)


def anniversary_statement(doc, text: str) -> Optional[str]:
    """The words that make the article an anniversary statement (``_ANNIVERSARY_TITLE`` on
    ``doc._.ng_title`` as its whole heading, no ``_TITLE_CLAUSE_BREAK`` after it;
    ``_ANNIVERSARY_LEAD`` in the article's first ``_LEAD_CHARS`` characters: ``text``'s, or in a
    later window of a long article ``doc._.ng_article_lead``'s), or None.
    Such a statement is written on the day to remember an earlier happening: its past-tense acts
    are that happening's story (``commemorated_act``)."""
    title = getattr(doc._, "ng_title", None) or ""
    found = _ANNIVERSARY_TITLE.match(title)
    if found and not _TITLE_CLAUSE_BREAK.search(title, found.end()):
        return found.group(0).strip(" :")
    lead = getattr(doc._, "ng_article_lead", None) or text  # a window's own opening is no lead
    found = _ANNIVERSARY_LEAD.search(lead[:_LEAD_CHARS])
    return found.group(0).strip(" .\n") if found else None


def _past_governor(doc, event: Event) -> bool:
    """``event`` is told in the simple or pluperfect past (``_past_tense``), in a series of past
    verbs the parser tagged a participle ("disbarred, *detained*, and prosecuted others": a bare
    VBN conjunct of a simple past shares its tense), or is the infinitive of a past act's purpose
    ("targeted these individuals in a campaign to *intimidate*"): its nearest verb above is in the
    past."""
    if _past_tense(doc, event):
        return True
    verb = _clause_verb(doc, event)
    if verb is not None and verb.tag_ == "VBN" and verb.dep_ == "conj" \
            and not any(c.dep_ in _AUX_DEPS or c.dep_ in _SUBJECT_DEPS for c in verb.children):
        first = _aux_bearer(verb)
        return first.tag_ == "VBD" and not any(c.dep_ in _AUX_DEPS for c in first.children)
    if verb is None or verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    above = next((a for a in verb.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return above is not None and above.tag_ == "VBD" and not any(
        c.dep_ in _AUX_DEPS for c in above.children)


def commemorated_act(doc, event: Event, timexes: list[Timex], day: dt.date, occasion: Optional[str]) -> Optional[str]:
    """``occasion`` (``anniversary_statement``) when ``event``, an act of an anniversary statement
    that its sentence does not date, is told in the past tense (``_past_governor``: "Chinese
    authorities disbarred, detained, and prosecuted others"): the statement remembers it, so it
    was done before the publication. Not an act told in the present perfect ("has designated"),
    the present or the future, nor one whose sentence names the time of writing ("today", "this
    week", "now": the day's own news). None otherwise."""
    if occasion is None or not _past_governor(doc, event):
        return None
    for timex in timexes:
        if not (event.sentence_start <= timex.start and timex.end <= event.sentence_end):
            continue
        if timex.value == "PRESENT_REF" or is_event_date(timex) and not _before_day(timex, day):
            return None
    return occasion


# A readout's later sentence continues its gathering when its subject is one of the
# gathering's participants: a pronoun, or a name sharing a word with the gathering's actors
# ("The Secretary", "Counselor Chollet", "The Presidents")
_CONTINUING_PRONOUNS = {"he", "she", "they", "we", "i"}
# adverbs that place the act after the one told before it (TimeML AFTER), not within it
_SEQUENCE_ADVERBS = {"then", "later", "afterwards", "afterward", "subsequently", "next", "finally"}
_CONTINUE_SENTENCES = 8  # how many sentences after the gathering's a readout's act may stand
# the word that makes a subject name the gathering's two sides together, alone or as its
# determiner ("Both noted", "Both Presidents", "both countries"): the pair that met. "The two
# leaders" is not read here but by the noun overlap with the gathering's participants (the events package's
# _PAIR_COUNT_WORDS, which adds "two", counts the parties a participant noun stands for)
_PAIR_WORDS = frozenset({"both"})


def _clause_verb(doc, event: Event):
    """The verb of the clause that tells ``event``: the head of its trigger when a verb
    ("reaffirmed the U.S. commitment", "held talks"), else None (a noun act is told inside
    another act: "condemned Russia's attacks", "raised concerns about the crackdown")."""
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None or span.root.pos_ not in {"VERB", "AUX"}:
        return None
    return span.root


def _subject_clause(verb):
    """The verb carrying ``verb``'s subject: itself, or the first verb of its coordination
    ("He also provided a readout [...] and underscored ...")."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i and not any(c.dep_ in _SUBJECT_DEPS for c in node.children):
        node = node.head
    return node


def _tense(verb) -> Optional[str]:
    """"past" for a simple past, active or passive ("met", "was discussed"); "future" for
    will/shall + base form ("will meet"); None otherwise (present, perfect, pluperfect, modal)."""
    # "will meet officials and discuss ...": the conjunct shares the auxiliary
    auxes = [c for c in _aux_bearer(verb, _AUX_DEPS).children if c.dep_ in _AUX_DEPS]
    words = {a.lower_ for a in auxes}
    if words & {"will", "shall", "'ll"} and verb.tag_ == "VB" and len(words) == 1:
        return "future"
    if not auxes and verb.tag_ == "VBD" or auxes and words <= {"was", "were", "did"}:
        return "past"
    return None


def _actor_words(doc, start: Optional[int], end: Optional[int]) -> set[str]:
    span = doc.char_span(start, end, alignment_mode="expand") if start is not None and end is not None else None
    return {t.lemma_.lower() for t in span if t.pos_ in {"PROPN", "NOUN"}} if span is not None else set()


def _gathering(doc, event: Event) -> Optional[tuple]:
    """(tense, actor words) of ``event`` when it is a meeting, call or trip told in the simple
    past or the future ("spoke by phone yesterday with", "will travel to Mexico City February
    9"; PLOVER CONSULT, or an AGREE to consult: lexicon gathering_verbs, or consult_gathering_verbs:
    "received a delegation"); else None."""
    if event.type != "CONSULT" and not (event.mode or "").startswith("consult"):
        return None
    verb = _clause_verb(doc, event)
    if verb is None or verb.lemma_.lower() not in WORDS.gathering_verbs | WORDS.consult_gathering_verbs:
        return None
    tense = _tense(verb) or ("past" if _misread_past(verb) else None)
    if tense is None:
        return None
    words = _actor_words(doc, event.source_start, event.source_end) | _actor_words(doc, event.target_start, event.target_end)
    subject = next((c for c in _subject_clause(verb).children if c.dep_ == "nsubj"), None)
    if subject is not None:
        words |= {t.lemma_.lower() for t in subject.subtree if t.pos_ in {"PROPN", "NOUN"}}
    return tense, words


def _dates_clause_below(doc, timex: Timex, verb) -> bool:
    """``timex`` dates a clause below ``verb`` (its purpose or complement: "he met Lavrov to
    discuss efforts to increase ambition in the next decade"): that clause's time, not the act's
    nor a new scene's."""
    root = _span_root(doc, timex)
    if root is None or not (verb.left_edge.i <= root.i <= verb.right_edge.i):
        return False
    owner = _owner(root, {verb.i})
    return not isinstance(owner, str) and owner is not None and owner.i != verb.i \
        and any(a.i == verb.i for a in owner.ancestors)


def _reference_on_noun(doc, timex: Timex) -> bool:
    """``timex`` is a reference word that describes a noun ("to highlight *current* U.S. support",
    "the *recent* elections"): no calendar time, and it times the noun, not any clause's act, so it
    does not end a readout."""
    if is_event_date(timex) or timex.type != "DATE":
        return False
    root = _span_root(doc, timex)
    return root is not None and _dated_noun(root) is not None


def _date_of_a_noun(doc, timex: Timex) -> bool:
    """``timex`` is a calendar date that names the date of a noun ("discussed progress since the
    *September* relaunch of the dialogue", "welcomed the *March 3* agreement", "the ceasefire of
    *July 2020*"; ``_dated_noun``): it times the noun, not a clause's act, so it does not end a
    readout (a dated deed the noun is the subject of is an event dated by its text, which ends
    the readout as the last dated sentence)."""
    if not is_event_date(timex):
        return False
    root = _span_root(doc, timex)
    return root is not None and _dated_noun(root) is not None


def _main_clause(verb) -> bool:
    """``verb`` heads a main clause: the sentence's root, or a clause coordinated with it that
    has its own subject ("Special Representative Kim emphasized [...], and he called upon
    Beijing to join ...")."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i and node.pos_ in {"VERB", "AUX"}:
        node = node.head
    return node.dep_ == "ROOT"


def _purpose_of(doc, event: Event, continued: list[Event]) -> Optional[Event]:
    """The event dated as a readout's act (``continued``: by ``continued_gathering`` or
    ``trip_scene``) whose clause ``event``'s to-infinitive states the purpose or content of ("The
    Assistant Secretary also met with ISF leadership to highlight U.S. support", "In Guyana, Mr.
    Finer met with President Ali to reaffirm our support"): the purpose of a meeting is done in
    it (TimeML IS_INCLUDED), as a time of the meeting's own sentence would date it; or None."""
    verb = _clause_verb(doc, event)
    if verb is None or verb.dep_ not in {"advcl", "xcomp"} \
            or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return None
    head = verb.head
    return next((e for e in continued if e.trigger_start <= head.idx < e.trigger_end
                 and e.sentence_start == event.sentence_start), None)


def _leads_the_delegation(verb) -> bool:
    """``verb`` leads the definite delegation ("led the Indian delegation", "will lead the
    delegation"; lexicon delegation_verbs, delegation_nouns): a delegation of the gathering told
    before, not a new trip ("led a congressional delegation to Kyiv")."""
    return verb.lemma_.lower() in WORDS.delegation_verbs and any(
        c.dep_ == "dobj" and c.lemma_.lower() in WORDS.delegation_nouns
        and any(d.dep_ in {"det", "poss"} and d.lower_ not in {"a", "an", "another"} for d in c.children)
        for c in verb.children)


def continued_gathering(doc, event: Event, dated: list[Event], timexes: list[Timex],
                        continues: Optional[dict] = None) -> Optional[Event]:
    """The dated meeting, call or trip whose readout ``event`` continues, or None: ``event``,
    undated by its own sentence, is the main clause of a later sentence with no time
    expression, told in the gathering's tense (both past, or both future) by one of its
    participants ("Secretary Blinken spoke by phone yesterday with Foreign Minister Kuleba [...].
    The Secretary reaffirmed the U.S. commitment [...]"; "He will also meet ..."), and no time
    expression stands between the two. ``dated``: the events before it dated by their text or
    told as before the article (which end the readout); ``continues``: id of an event dated so
    -> the gathering it continues (a readout's acts follow one another)."""
    verb = _clause_verb(doc, event)
    if verb is None:
        return None
    top = _subject_clause(verb)
    subject = next((c for c in top.children if c.dep_ == "nsubj"), None)
    if not _main_clause(top) or subject is None:
        return None
    if any(c.dep_ == "advmod" and c.lower_ in _SEQUENCE_ADVERBS for v in {verb, top} for c in v.children):
        return None  # "The Secretary will then travel to Chisinau": the next leg, after the dated one
    if repeat_marked(doc, event) and _gathering(doc, event) is not None:
        return None  # "He spoke with Kuleba again": another call, not the dated one's readout
    earlier = [e for e in dated if e.sentence_end <= event.sentence_start]
    if not earlier:
        return None
    last = max(e.sentence_start for e in earlier)
    anchors = [e for e in earlier if e.sentence_start == last and e.date_source == TEXT]
    if not anchors or any(anchors[0].sentence_end <= t.start < event.sentence_end
                          and not _dates_clause_below(doc, t, verb) and not _reference_on_noun(doc, t)
                          and not _date_of_a_noun(doc, t) and not covering_time(t, anchors[0]) for t in timexes):
        return None  # another time stands between, or the act's own sentence has one
    tense = _tense(verb)
    for anchor in [(continues or {}).get(id(a), a) for a in anchors]:
        found = _gathering(doc, anchor)
        if found is None or found[0] != tense:
            continue
        if _readout_sentences_between(doc, last, event.sentence_start, found) > _CONTINUE_SENTENCES:
            continue
        if _participant_subject(subject, found[1]) or _leads_the_delegation(verb):
            return anchor
    return None


def _held_by_period(doc, event: Event, found, told: list[Event], timexes: list[Timex],
                    continues: dict) -> Optional[Event]:
    """The dated meeting, call or trip whose readout ``event`` continues (``continued_gathering``)
    when the only time ``choose_date`` found for it (``found``) is a longer period that holds that
    gathering's date ("this week", "this month": ``covering_time``); else None. ``event`` is not
    itself a meeting, call or trip (a second meeting "this week" may be another one)."""
    if found is None or found[1] is not None or _gathering(doc, event) is not None:
        return None
    gathering = continued_gathering(doc, event, told, timexes, continues)
    return gathering if gathering is not None and covering_time(found[0], gathering) else None


def covering_time(timex: Timex, dated: Event) -> bool:
    """``timex`` names a longer period that holds ``dated``'s date ("this month", "this week"
    around a meeting dated "yesterday" or "today"): it places the meeting's readout in its period,
    it neither starts a new scene nor dates the act more exactly than the meeting does."""
    span = timex_span(timex) if is_event_date(timex) else None
    if span is None or dated.date is None:
        return False
    start, end = span[0], span[1] or span[0]
    first, last = dated.date, dated.date_end or dated.date
    # a calendar value covers every longer value it prefixes ("2021-11" holds "2021-11-18")
    return start <= first and last <= end + "~" and (start, end) != (first, last)


def _participant_subject(subject, words: set[str]) -> bool:
    """``subject`` names one of a gathering's participants (``words``: their nouns): a pronoun
    ("He", "They"), a name sharing a word with them ("The Secretary", "The Presidents"), or the
    two sides together ("Both Presidents", "both countries", "Both")."""
    return subject.lower_ in _CONTINUING_PRONOUNS | _PAIR_WORDS \
        or any(c.lower_ in _PAIR_WORDS for c in subject.children) \
        or bool({t.lemma_.lower() for t in subject.subtree if t.pos_ in {"PROPN", "NOUN"}} & words)


def _readout_sentences_between(doc, start: int, end: int, gathering: tuple) -> int:
    """How many sentences from char ``start`` (the last dated one's) up to char ``end`` leave the
    readout: all but those whose main verb is told in the gathering's tense by one of its
    participants (``_participant_subject``; ``gathering``: ``_gathering``'s (tense, words)). A long
    readout goes on sentence after sentence about its participants ("They discussed ... Both
    leaders also noted ... The leaders also committed ..."), whether or not those gave an event."""
    count = 0
    for sent in doc.sents:
        if not start <= sent.start_char < end:
            continue
        root = sent.root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if root.pos_ in {"VERB", "AUX"} and subject is not None and _tense(root) == gathering[0] \
                and _participant_subject(subject, gathering[1]):
            continue
        count += 1
    return count


def _gathering_verb(sent):
    """The verb of ``sent`` that tells a meeting, call or trip as its main act (lexicon
    gathering_verbs), in the simple past or the future, below no other verb; or None. The
    parser misreads some such sentences ("Under Secretary ... Nuland and an interagency
    delegation [...] visited Paraguay": "Under" a preposition, "visited" a modifier of
    "Paraguay"), so a past participle with no auxiliary and no verb above it counts as the
    simple past it is."""
    doc = sent.doc
    pos, lemmas = token_pos(doc), token_lemma_lowers(doc)  # (a Token made only for a gathering verb)
    for i in range(sent.start, sent.end):
        if pos[i] != VERB or lemmas[i] not in WORDS.gathering_verbs:
            continue
        token = doc[i]
        if any(a.pos_ in {"VERB", "AUX"} for a in token.ancestors):
            continue
        if _tense(token) is not None or _misread_past(token):
            return token
    return None


def _misread_past(token) -> bool:
    """A past participle with no auxiliary, no determiner or adjective before it and no verb
    above it: the parser's reading of a simple past it did not see as the main verb ("[...]
    delegation [...] visited Paraguay")."""
    return token.tag_ == "VBN" and token.i > 0 and token.doc[token.i - 1].pos_ not in {"DET", "ADJ"} \
        and not any(c.dep_ in {"aux", "auxpass"} for c in token.children) \
        and not any(a.pos_ in {"VERB", "AUX"} for a in token.ancestors)


def gathering_sentences(doc, events: list[Event], timexes: list[Timex], text: str) -> list[Event]:
    """A stand-in CONSULT for each sentence that tells a dated meeting, call or trip but gave no
    event (its participants were not coded: "Under Secretary Nuland and an interagency
    delegation [...] visited Paraguay, Panama, and El Salvador from June 27-30."): its main verb
    is a gathering verb (``_gathering_verb``) and the sentence has one calendar date or one range,
    after the verb. The readout's later sentences continue it ("The delegation met with
    Paraguayan President ..."; ``continued_gathering``, whose participants are the words before
    the verb) as they continue a coded one. Not an event of the article: it only lends its date."""
    stand_ins = []
    # the events' trigger offsets in order: a sentence holds one when the first offset at or
    # after its start lies before its end (the same test as asking each event, per sentence)
    triggers = sorted(e.trigger_start for e in events)
    for sent in doc.sents:
        k = bisect.bisect_left(triggers, sent.start_char)
        if k < len(triggers) and triggers[k] < sent.end_char:
            continue
        verb = _gathering_verb(sent)
        dated = _dates_within(timexes, sent.start_char, sent.end_char, text) if verb is not None else []
        if not dated or timexes[dated[0]].start < verb.idx:
            continue
        pair = _range(text, timexes, dated[0])
        if not (len(dated) == 1 or len(dated) == 2 and pair and {timexes.index(pair[0]), timexes.index(pair[1])} == set(dated)):
            continue
        start = timexes[dated[0]]
        span = timex_span(start, pair[1] if pair and pair[0] is start else None)
        if span is None:
            continue
        stand_in = Event(type="CONSULT", sentence_start=sent.start_char, sentence_end=sent.end_char,
                         trigger=verb.text, trigger_start=verb.idx, trigger_end=verb.idx + len(verb.text),
                         source_start=sent.start_char, source_end=verb.idx, date_source=TEXT)
        stand_in.date, stand_in.date_end = span
        stand_ins.append(stand_in)
    return stand_ins


# A sentence set during a trip told before it: "While in Vienna, he will lead the U.S. delegation"
# after "Assistant Secretary Robinson is in Vienna, Austria from March 12-15"; "During his visit
# to Rzeszow, Assistant Secretary Robinson met ..." after "traveled to Rzeszow ... March 17"
# (TimeML: the act is IS_INCLUDED in the stay). examples/ (state.gov travel notes): "While in
# <place>," and "During his/her/the visit/trip (to <place>)," open 10+ sentences.
_TRIP_SCENE = re.compile(r"^\W*(?:while|when)\s+(?:in|visiting)\s+(?P<place>[^,]{2,60}),"
                         r"|^\W*during\s+(?:his|her|their|the|this|that|its)\s+(?:trip|visit|stay|travels?)"
                         r"(?:\s+to\s+(?P<to>[^,]{2,60}))?\s*,", re.I)


def trip_scene(doc, event: Event, timexes: list[Timex], told: list[Event], text: str
               ) -> Optional[tuple[Timex, Optional[Timex], str, Optional[Event]]]:
    """(timex, range end or None, where, the dated trip or meeting of that sentence or None) of
    the trip or stay ``event``'s sentence is set in, or
    None: its sentence opens "While in <place>," or "During his visit (to <place>)," before the
    trigger and has no date of its own; the nearest sentence before it (at most
    ``_CONTINUE_SENTENCES`` back) that has a calendar date names the place (every capitalised word
    of it), or, with no place, tells a dated trip, meeting or visit (lexicon gathering_verbs), and
    that sentence has one date or one range ("traveled to Beirut, Lebanon from March 9-11")."""
    sentence = text[event.sentence_start:event.sentence_end]
    found = _TRIP_SCENE.match(sentence)
    if found is None or event.trigger_start < event.sentence_start + found.end():
        return None
    place = (found["place"] or found["to"] or "").strip()
    place_words = {w for w in re.findall(r"[A-Z][\w.-]*", place)}
    if place and not place_words:
        return None  # "While in office,": a state, not a stay somewhere
    before = [s for s in doc.sents if s.end_char <= event.sentence_start][::-1][:_CONTINUE_SENTENCES]
    for sent in before:
        dated = _dates_within(timexes, sent.start_char, sent.end_char, text)
        if not dated:
            continue
        pair = _range(text, timexes, dated[0])
        if not (len(dated) == 1 or len(dated) == 2 and pair and {timexes.index(pair[0]), timexes.index(pair[1])} == set(dated)):
            return None
        words = set(re.findall(r"[\w.-]+", sent.text))
        trip = next((e for e in told if e.date_source == TEXT and sent.start_char <= e.trigger_start < sent.end_char
                     and _gathering(doc, e) is not None), None)
        if place_words and not place_words <= words or not place_words and trip is None:
            return None  # another dated scene stands between, or no dated trip
        where = f"the trip its sentence is set in ('{found.group(0).strip(' ,')}')"
        if pair and all(is_event_date(t) for t in pair):
            return pair[0], pair[1], where, trip
        return timexes[dated[0]], None, where, trip
    return None


# "in the past week", "over the past 10 days", "in these last two months", "the past three
# years", "the last couple of weeks" (since 0.1.152): TimeML DURATION (P1W, P10D, P2M, P3Y, P2W)
# counted back from the article; the act falls in the period up to its day. Not "the past few weeks" (no count: PAST_REF) nor "the past year"
# (a calendar year for TIMEX3)
_PAST_DAYS = re.compile(r"^(?:the|these|those)\s+(?:past|last)\s+(?:\w+\s+(?:of\s+)?)?(?:days?|weeks?|months?|years?)$", re.I)
_PAST_DAYS_VALUE = re.compile(r"^P(\d+)([DWMY])$")
_PAST_DAYS_MAX = 31
# a count of occurrences within the period ("for the third time in the past four months", "twice
# in the last year"): the period counts the occurrences, the act told is the latest of them
_OCCURRENCE_COUNT = re.compile(r"\b(?:times?|twice|once)\s+(?:in|over|during|within)\s*$", re.I)
_PAST_MONTHS_MAX = 60  # "the past five years": a longer period no longer places an act


def _months_before(day: dt.date, months: int) -> dt.date:
    """The day ``months`` calendar months before ``day`` (the month's last day when shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last))


def _on_a_verb(root) -> bool:
    """The period phrase modifies a verb ("In these last two months, the regime has arrested"),
    not a noun ("discussed the successes: more seizures in the last two years", "convened for
    the third time in the past four months": the noun's period, not the act's)."""
    head = root.head.head if root.dep_ == "pobj" else root.head
    return head.pos_ in {"VERB", "AUX"}


def past_days(doc, event: Event, timexes: list[Timex]) -> Optional[tuple[Timex, int, str]]:
    """(timex, count, unit "D" or "M") of a "the past week" / "the past 10 days" / "these last
    two months" / "the past three years" of ``event``'s clause or of one governing it, at most
    ``_PAST_DAYS_MAX`` days or ``_PAST_MONTHS_MAX`` months; else None. Not "recent days" or "the
    past few weeks" (no count) nor "last week" (a calendar week, dated as its days)."""
    frame = _frame(doc, event)
    trigger = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if not frame or trigger is None:
        return None
    for timex in timexes:
        if not (event.sentence_start <= timex.start and timex.end <= event.sentence_end):
            continue
        value = _PAST_DAYS_VALUE.match(timex.value or "")
        if timex.type != "DURATION" or value is None or not _PAST_DAYS.match(timex.text.strip()) \
                or re.match(r"\s*and\b", doc_text(doc)[timex.end:timex.end + 6]):
            continue  # "for the past week and a half": more days than the expression says
        if _OCCURRENCE_COUNT.search(doc_text(doc)[max(0, timex.start - 30):timex.start]):
            continue  # "met for the third time in the past four months": the period of the count
        count, unit = int(value.group(1)), value.group(2)
        if unit in {"D", "W"}:
            count, unit, most = count * (7 if unit == "W" else 1), "D", _PAST_DAYS_MAX
        else:
            count, unit, most = count * (12 if unit == "Y" else 1), "M", _PAST_MONTHS_MAX
        root = _span_root(doc, timex)
        owner = _owner(root, frame) if root is not None and _on_a_verb(root) else "noun"
        if count <= most and (owner == "frame" or not isinstance(owner, str) and owner is not None
                              and owner.i in _governing(trigger.root, root)):
            return timex, count, unit
    return None


# A fronted phrase that puts the main clause before a happening it names ("Leading up to
# Russia's further invasion of Ukraine, Treasury offered NBU assistance", "Prior to the ruling,
# the religion was banned", "In the run-up to the vote, police detained ..."): TimeML BEFORE,
# which orders the act but gives it no date
_FRONTED_BEFORE = re.compile(r"^\W*(?:in\s+the\s+(?:days|weeks|months|years)\s+)?(?:leading\s+up\s+to|in\s+the\s+(?:run|lead)[\s-]up\s+to|"
                             r"ahead\s+of|prior\s+to|before)\s+[^,]+,", re.I)


def fronted_before(doc, event: Event, text: str) -> Optional[str]:
    """The fronted before-phrase that orders ``event``, a simple past main clause, before a
    happening it names without a date ("Leading up to Russia's further invasion of Ukraine,
    Treasury offered NBU assistance"): the act is done before the article, at no stated time,
    not on the publication day. None otherwise (a dated phrase is an ordering signal already)."""
    found = _FRONTED_BEFORE.match(text[event.sentence_start:event.sentence_end])
    if found is None or not _past_tense(doc, event):
        return None
    verb = _clause_verb(doc, event)
    if verb is None or _subject_clause(verb).dep_ != "ROOT" or event.trigger_start < event.sentence_start + found.end():
        return None
    return found.group(0).strip(" ,")


# A phrase naming the happening the main act answers or follows ("We have taken this action
# following Iran's recent missile attack", "in response to the Government's requests", "in the
# wake of the crackdown"): the named act was done before the main one (TimeML BEFORE)
_FOLLOWING_PREPS = {"following", "after"}
_RESPONSE_NOUNS = {"response": {"to"}, "reaction": {"to"}, "retaliation": {"for"}, "wake": {"of"}, "aftermath": {"of"}}
# words telling a happening in or after the main clause's time, not before it
_NOT_BEFORE_HEAD_AUX = {"will", "would", "shall", "'ll", "may", "might", "could", "can", "should", "must"}
_SAME_DAY_ADVERBS = {"immediately", "shortly", "just", "soon"}  # "immediately after the meeting"


def preceding_act(doc, event: Event) -> Optional[str]:
    """The phrase naming ``event``, an act noun, as the happening its clause follows or answers
    ("following Iran's recent missile attack", "in response to the Ukrainian Government's
    requests", "in the wake of the crackdown"), when its sentence gives it no date: it was done
    before the main act, so before the article, at an unstated time. None otherwise, and when
    the main clause is future or modal ("will respond after any attack": maybe no act yet)."""
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None:
        return None
    noun = span.root
    if noun.pos_ in {"VERB", "AUX"}:
        return _preceding_clause(doc, noun)
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    act = noun
    while (head := _conjunct_head(noun, act)) is not None:
        noun = head  # "following Iran's attack [...] as well as missile attacks by proxies"
    if noun.dep_ not in {"pobj", "dobj"}:
        return None
    prep = noun.head
    if prep.lower_ in _FOLLOWING_PREPS and (prep.dep_ == "prep" or prep.lower_ == "following"):
        opener = prep
    elif prep.lower_ in {"to", "for", "of"} and prep.head.lemma_.lower() in _RESPONSE_NOUNS \
            and prep.lower_ in _RESPONSE_NOUNS[prep.head.lemma_.lower()] and prep.head.dep_ == "pobj" \
            and prep.head.head.lower_ == "in":
        opener = prep.head.head
    else:
        return None
    if any(c.dep_ == "advmod" and c.lower_ in _SAME_DAY_ADVERBS for c in opener.children):
        return None  # "immediately after the meeting": the same day
    if _future_or_modal_clause(opener):
        return None
    return doc[opener.i:noun.i + 1].text


def _preceding_clause(doc, verb) -> Optional[str]:
    """The opener and verb of the clause telling ``verb`` as the happening its main clause follows
    or answers: a finite "after" clause ("After [...] this unit was accused of war crimes [...], the
    Kremlin responded"), a gerund after "after" / "following" ("after consulting with interagency
    partners", "after being tortured"), or after "in response to" / "in the wake of" (the
    _RESPONSE_NOUNS of the noun case). The act was done before the main one, so before the
    article at a time the sentence does not give (TimeML BEFORE). None for a present-tense clause
    ("after Congress approves": a condition still to come), a same-day "immediately after", or a
    future or modal main clause ("will respond after they attack")."""
    node = verb
    while node.dep_ in {"conj", "xcomp"} and node.head.i != node.i and node.head.pos_ in {"VERB", "AUX"}:
        node = node.head  # "accounts [...] emerged and this unit was accused": the first conjunct's clause
    opener = None
    if node.dep_ == "advcl":
        opener = next((c for c in node.children if c.dep_ == "mark" and c.lower_ in _FOLLOWING_PREPS), None)
    elif node.dep_ in {"pcomp", "pobj"} and (node.tag_ == "VBG" or any(c.dep_ == "auxpass" and c.tag_ == "VBG"
                                                                       for c in node.children)):
        # a gerund, active or passive ("after consulting", "after being tortured")
        prep = node.head
        if prep.lower_ in _FOLLOWING_PREPS:
            opener = prep
        elif prep.lower_ in {"to", "for", "of"} and prep.head.lemma_.lower() in _RESPONSE_NOUNS \
                and prep.lower_ in _RESPONSE_NOUNS[prep.head.lemma_.lower()] and prep.head.dep_ == "pobj" \
                and prep.head.head.lower_ == "in":
            opener = prep.head.head
    if opener is None or any(c.dep_ == "advmod" and c.lower_ in _SAME_DAY_ADVERBS for c in opener.children):
        return None
    # a present auxiliary ("after it is approved") tells a condition still to come, like a present verb
    if node.tag_ in {"VBZ", "VBP"} or any(c.dep_ in {"aux", "auxpass"} and (c.lower_ in _PRESENT_BE or c.tag_ == "MD")
                                          for c in node.children):
        return None  # "after Congress approves the deal", "after it is approved": still to come
    head = opener if opener.dep_ == "prep" or opener.lower_ == "in" else node
    if _future_or_modal_clause(head):
        return None
    return doc[opener.i:verb.i + 1].text if verb.i - opener.i < 12 else f"{opener.text} ... {verb.text}"


def _future_or_modal_clause(token) -> bool:
    """Whether the verb governing ``token`` (its conjunct's auxiliary shared) is future or modal
    ("will respond after any attack", "the last round will be held"): a happening it names may
    not have taken place yet."""
    main = token.head
    while main.pos_ not in {"VERB", "AUX"} and main.head.i != main.i:
        main = main.head
    if main.pos_ not in {"VERB", "AUX"}:
        return False
    node = _aux_bearer(main, frozenset({"aux"}))
    return any(c.dep_ == "aux" and (c.lower_ in _NOT_BEFORE_HEAD_AUX or c.tag_ == "MD") for c in node.children)


def _conjunct_head(noun, act):
    """The noun ``noun`` (a conjunct) is coordinated with: its conj head, or, where the parser
    hung the conjunct on the last noun of a phrase of ``act``'s own noun ("Iran's attack on
    Erbil, Iraq, as well as missile attacks by proxies": "attacks" conj of "Erbil"), that act noun
    of the same lemma; None when ``noun`` is no conjunct."""
    if noun.dep_ != "conj" or noun.head.i == noun.i:
        return None
    head = noun.head
    for _ in range(3):  # "attack on Erbil": pobj -> prep -> the act noun
        if head.dep_ != "pobj" or head.head.dep_ != "prep":
            break
        owner = head.head.head
        if owner.pos_ == "NOUN" and owner.lemma_.lower() == act.lemma_.lower() and owner.i != act.i:
            return owner
        head = owner
    return noun.head


def past_marked_act(doc, event: Event) -> Optional[str]:
    """The words that mark ``event``'s act noun as done before the article at no stated time: an
    adjective of lexicon past_act_marks on it or on the noun its "of" phrase counts ("applauds
    *recent* expulsions", "during his *most recent* visit to Kyiv", "the *previous* round of
    talks"), with its degree adverb. None for a verb trigger, an unmarked noun, or a "last" in a
    future or modal clause ("the last round will be held": the final one, still to come)."""
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None or span.root.pos_ != "NOUN":
        return None
    return _past_mark(doc, span.root)


def _past_mark(doc, noun) -> Optional[str]:
    """The words from a past_act_marks adjective on ``noun`` (spaCy Token), or on the noun its
    "of" phrase counts, to ``noun`` ("recent expulsions", "his most recent visit", "the previous
    round of talks"); None where it has none, or only a "last" in a future or modal clause."""
    holders = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        holders.append(noun.head.head)  # "the previous round of talks"
    for holder in holders:
        for mark in holder.children:
            if mark.dep_ != "amod" or mark.lower_ not in WORDS.past_act_marks:
                continue
            if mark.lower_ == "last" and _future_or_modal_clause(holder):
                continue
            return doc[mark.left_edge.i:noun.i + 1].text
    return None


def past_occasion(doc, event: Event, timexes: list[Timex]) -> Optional[str]:
    """The occasion phrase of ``event``'s verb when its noun is marked as past (``_past_mark``):
    "as the Secretary pledged to President Zelenskyy they would *during his most recent visit to
    Kyiv*". The act was done on that earlier occasion, before the article at a time the sentence
    does not give (TimeML BEFORE), as the marked occasion noun itself is (``past_marked_act``).
    Occasions and their prepositions: lexicon occasion_nouns / occasion_preps. None for a verb
    not in the past (``_past_tense``: "will meet at the last session"), a noun trigger, an
    unmarked occasion, a happening that is no occasion ("during recent protests"), or a period
    that is a time expression ("in recent weeks": a span that may run to the article's day)."""
    verb = _trigger_verb(doc, event)
    if verb is None or not _past_tense(doc, event):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in WORDS.occasion_preps:
            continue
        for noun in prep.children:
            # an occasion of lexicon occasion_nouns (a gathering or a statement), not a happening
            # the act is about ("expressed concern for the loss of life during recent protests")
            if noun.dep_ != "pobj" or noun.lemma_.lower() not in WORDS.occasion_nouns \
                    and noun.lower_ not in WORDS.occasion_nouns \
                    or any(t.start <= noun.idx < t.end for t in timexes):
                continue
            if _past_mark(doc, noun) is not None:
                return doc[prep.i:noun.i + 1].text  # "during his most recent visit"
    return None


def named_arrangement(doc, event: Event) -> Optional[str]:
    """The naming phrase of ``event``'s act noun when the article names it as an existing
    arrangement ("with the new security partnership between Australia, the United Kingdom, and
    the United States, *known as AUKUS*"; lexicon naming_participles), else None. The noun stands
    in a prepositional phrase, not as the object of a verb that makes it ("The leaders launched a
    partnership known as AUKUS" is the act told); the naming participle hangs on the noun, or on
    one of the coordinated parties of its phrase (the parser's attachment, to the first or the
    last: one name for several coordinated parties names what they form; one party's "known as"
    is its alias). TimeML: a named, standing arrangement is
    BEFORE the document creation time; the publication day would be wrong."""
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None or span.root.pos_ != "NOUN" or span.root.dep_ != "pobj":
        return None
    noun = span.root
    for holder in noun.subtree:
        party = holder
        party = first_conjunct(party)  # "between Canada, Mexico and the United States": to "Canada"
        coordinated = any(c.dep_ == "conj" for c in party.children)
        if holder.i != noun.i and not (coordinated and party.dep_ == "pobj" and party.head.head.i == noun.i):
            continue  # the noun itself, or a coordinated party of its phrase ("between A, B and C")
        for child in holder.children:
            if child.dep_ != "acl" or child.tag_ != "VBN" or child.lower_ not in WORDS.naming_participles:
                continue
            names = [g for g in child.children if g.dep_ == "oprd" or g.dep_ == "prep" and g.lower_ == "as"]
            if any(t.pos_ == "PROPN" for g in names for t in g.subtree):
                return doc[child.i:child.right_edge.i + 1].text
    return None


# A past act told as the reason for a present state ("Hundreds of protesters languish in jails
# because they criticized the regime") or as the means of a present perfect ("Ecuador has set the
# example by granting Temporary Protected Status"), or as a reduced passive relative describing a
# thing ("the more than one million people detained in Xinjiang"), or as a past relative clause
# whose gap is its object ("using many of the systems we provided them"): it was done before the
# state or result that stands now, so before the article (TimeML BEFORE the document creation time)
_PERFECT_AUX = {"has", "have", "'ve", "'s"}
_PAST_AUX = _PERFECT_AUX | {"had", "'d"}
_NOW_ADVERBS = {"now", "just"}  # "diplomacy now rejected by Russia": done at the time of writing
_WH_TAGS = {"WDT", "WP", "WP$", "WRB"}  # relative words: "which", "who", "whose", "where"


def _trigger_verb(doc, event: Event):
    """The first verb or auxiliary token of ``event``'s trigger span in ``doc``; None where the
    span does not align or holds no verb (a nominal trigger)."""
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    return None if span is None else next((t for t in span if t.pos_ in {"VERB", "AUX"}), None)


def earlier_reason(doc, event: Event) -> Optional[str]:
    """The "because <past clause>" or "by <gerund>" telling ``event`` as the earlier cause of a
    state told in the present, its verb's or its auxiliary's ("languish in jails because they
    criticized the regime", "the world is now focused on this because Putin decided to attack
    Ukraine": ``_present_tense``) or as the
    means of a present perfect ("has set the example by granting TPS"), or the noun and passive
    participle of a reduced relative ("people detained in Xinjiang"), or the noun and verb of a
    past object relative ("the systems we provided"); None otherwise (a present
    or future main clause for a by-phrase: "will help by providing", "helps by providing")."""
    verb = _trigger_verb(doc, event)
    if verb is None:
        return None
    if verb.tag_ == "VBD" and verb.dep_ == "advcl" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        mark = next((c for c in verb.children if c.dep_ == "mark"), None)
        head = verb.head
        # the present may sit on an auxiliary: "the world is now focused on this because Putin decided"
        if mark is not None and mark.lower_ == "because" and _present_tense(head):
            return doc[mark.i:verb.i + 1].text
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"} \
            and not any(c.dep_ in _SUBJECT_DEPS or c.dep_ in {"aux", "auxpass", "mark"}
                        or c.dep_ == "advmod" and c.lower_ in _NOW_ADVERBS for c in verb.children):
        # a reduced passive relative: the participle tells an act already done to the thing it
        # describes ("the people detained in Xinjiang", "the assistance provided to Ukraine")
        return doc[verb.head.i:verb.i + 1].text
    if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and _object_relative(verb) \
            and (verb.tag_ == "VBD" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
                 or _active_perfect(verb)):
        # a past relative clause whose gap is its object tells an act already done with the thing
        # it describes ("the systems we provided them", "the understandings we negotiated")
        return doc[verb.head.i:verb.i + 1].text
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "by":
        node = verb.head.head
        while node.dep_ == "prep" and node.head.i != node.i:  # "including by providing"
            node = node.head
        auxes = [c for c in node.children if c.dep_ == "aux"]
        if node.tag_ == "VBN" and [a.lower_ for a in auxes] and all(a.lower_ in _PERFECT_AUX for a in auxes):
            return doc[verb.head.i:verb.i + 1].text
    return None


@functools.lru_cache(maxsize=1)
def _culpability_frames() -> dict[str, frozenset]:
    """lexicons/event_dates.yaml ``culpability_frames`` as {predicate lemma: its prepositions}
    ("implicate in" -> {"implicate": {"in"}})."""
    frames: dict[str, set] = {}
    for entry in WORDS.culpability_frames:
        lemma, prep = entry.rsplit(" ", 1)
        frames.setdefault(lemma, set()).add(prep)
    return {lemma: frozenset(preps) for lemma, preps in frames.items()}


def _frame_complement(token):
    """(predicate, preposition) where ``token`` (a spaCy Token, an act noun or gerund) is the
    object of a culpability frame's preposition (``culpability_frames``: "implicated *in*
    violence", "responsible *for* killing"), itself or as a later conjunct of that object; the
    parser may hang such a conjunct on the predicate ("implicated in violence ..., as well as
    beating detained persons"), whose frame preposition it then shares. None otherwise."""
    frames = _culpability_frames()
    node = token
    for _ in range(6):
        if node.dep_ in {"pobj", "pcomp"} and node.head.dep_ == "prep":
            prep = node.head
            pred = prep.head
            return (pred, prep) if prep.lower_ in frames.get(pred.lemma_.lower(), ()) else None
        if node.dep_ != "conj" or node.head.i >= node.i:
            return None
        head = node.head
        preps = frames.get(head.lemma_.lower(), ())
        if preps and head.pos_ in {"VERB", "ADJ"} and (node.tag_ == "VBG" or node.pos_ == "NOUN"):
            prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in preps and c.i < node.i), None)
            return (head, prep) if prep is not None else None
        node = head
    return None


def attributed_deed(doc, event: Event) -> Optional[str]:
    """The perfect culpability frame ("has been directly implicated in", "have been involved in",
    "had been responsible for") whose preposition holds ``event``'s trigger, an act noun or a gerund
    with no subject or auxiliary of its own ("the division has been directly implicated in
    *violence* against unarmed civilians, as well as *beating* detained persons"); None otherwise.
    The perfect tells a resulting state at the time of writing (or at a past time) and the deed
    its complement names was done before it (Reichenbach E < R; TimeML BEFORE the document creation
    time), so with no date of its own the deed is undated ``before``, not of the publication day
    (docs/coding_rules.md). The frame's own act (an accusation coded on "implicated") keeps its
    date; a frame in the simple present or past ("is responsible for protecting", "were involved
    in the attack on Sunday") is left to the other rules: a present role may go on, a past one may
    be the day's news (since 0.1.140)."""
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    if token.pos_ in {"VERB", "AUX"} and token.tag_ != "VBG" or token.pos_ not in {"VERB", "AUX", "NOUN"}:
        return None
    if any(c.dep_ in _SUBJECT_DEPS or c.dep_ in _AUX_DEPS for c in token.children):
        return None  # a clause of its own
    found = _frame_complement(token)
    if found is None:
        return None
    pred, prep = found
    # the perfect sits on the predicate ("has been implicated") or on the copula of an adjective
    # ("has been responsible"), or on the first conjunct whose auxiliaries it shares
    bearer = pred.head if pred.pos_ == "ADJ" and pred.dep_ == "acomp" else pred
    bearer = _aux_bearer(bearer, frozenset({"aux"}))
    auxes = [c for c in bearer.children if c.dep_ == "aux"]
    if bearer.tag_ != "VBN" or len(auxes) != 1 or auxes[0].lower_ not in _PAST_AUX:
        return None
    return f"a deed told by the perfect '{doc[auxes[0].i:pred.i + 1].text} {prep.text}'"


@functools.lru_cache(maxsize=1)
def _gratitude_frames() -> dict[str, frozenset]:
    """lexicons/event_dates.yaml ``gratitude_reason_frames`` as {predicate lemma: its prepositions}
    ("congratulate on" -> {"on", "for"})."""
    frames: dict[str, set] = {}
    for entry in WORDS.gratitude_reason_frames:
        lemma, prep = entry.rsplit(" ", 1)
        frames.setdefault(lemma, set()).add(prep)
    return {lemma: frozenset(preps) for lemma, preps in frames.items()}


def _ongoing_mark(token) -> bool:
    """``token`` tells ongoing aspect, itself or by a modifier: "*continuing* to support", "*keep*
    helping", "its *ongoing* support", "their *continued* assistance" (lexicon
    ongoing_aspect_verbs, ongoing_reason_marks)."""
    def marks(t) -> bool:
        return t.lemma_.lower() in WORDS.ongoing_aspect_verbs or t.lower_ in WORDS.ongoing_reason_marks
    return marks(token) or any(c.dep_ in {"amod", "advmod"} and marks(c) for c in token.children)


def _praise_reason(doc, event: Event):
    """(predicate, preposition) of the gratitude or praise frame whose reason phrase holds
    ``event``'s trigger ("thanked Argentina *for* speaking out", "congratulate Brazil *on* signing
    the Accords", "praised Poland *for* its decision", lexicon gratitude_reason_frames): the trigger
    is a gerund with no auxiliary but a perfect "having" (or an act noun) that is the preposition's
    object, or a later conjunct of it, or the purpose infinitive of such a gerund ("for speaking out
    *to condemn* the war"), or a part of the reason noun named after "including" ("for its
    condemnation of X, *including* Y's rejection of it"). None otherwise, and None where the reason is told with ongoing aspect
    ("for *continuing* to support", "for its *ongoing* support": ``_ongoing_mark``)."""
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    if token.pos_ not in {"VERB", "AUX", "NOUN"}:
        return None
    if token.pos_ in {"VERB", "AUX"} and token.tag_ not in {"VBG", "VBN", "VB"}:
        return None  # a finite clause of its own ("thanked them for what they did")
    frames = _gratitude_frames()
    node, path = token, [token]
    for _ in range(8):
        if node.pos_ in {"VERB", "AUX"} and (
                any(c.dep_ in _SUBJECT_DEPS for c in node.children)
                or any(c.dep_ in _AUX_DEPS and c.lower_ not in {"having", "to"} for c in node.children)
                or node.tag_ == "VBN" and not any(c.lower_ == "having" for c in node.children)):
            return None  # a clause with its own subject or tense, a participle that is no perfect gerund
        if node.dep_ == "pobj" and node.head.lower_ == "including" and node.head.head.pos_ == "NOUN":
            node = node.head.head  # "for its condemnation of X, including Y's rejection of it": a part of the reason
        elif node.dep_ in {"pobj", "pcomp"} and node.head.dep_ == "prep":
            prep, pred = node.head, node.head.head
            if pred.lemma_.lower() == "be":
                # "is grateful to Chile for hosting": the parser may hang the phrase on the copula
                pred = next((c for c in pred.children if c.dep_ == "acomp"), pred)
            if node.tag_ == "VB" or prep.lower_ not in frames.get(pred.lemma_.lower(), frames.get(pred.lower_, ())):
                return None
            if any(_ongoing_mark(t) for t in path):
                return None
            return pred, prep
        elif node.dep_ == "conj" and node.head.i < node.i:
            node = node.head
        elif node.dep_ == "xcomp" and node.head.lemma_.lower() in WORDS.ongoing_aspect_verbs:
            node = node.head  # "for continuing to support": read the aspect verb's frame
        elif node.dep_ == "advcl" and node.tag_ == "VB" and node.head.tag_ == "VBG" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            node = node.head  # "for speaking out to condemn": the purpose told of the deed
        else:
            return None
        path.append(node)
    return None


def _praise_time(doc, event: Event, timex: Timex) -> bool:
    """``timex``, a time of ``event``'s sentence outside its own clause, stands before the reason
    phrase of the gratitude or praise frame that holds ``event`` ("*On Monday*, Sullivan thanked
    Argentina for speaking out"): it dates the thanks, not the deed thanked for, done before it. A
    time after the preposition may be the reason's own ("for signing the treaty in March 2019",
    wherever the parser hangs it) and is left to date it."""
    found = _praise_reason(doc, event)
    return found is not None and timex.end <= found[1].idx


def praised_deed(doc, event: Event) -> Optional[str]:
    """The gratitude or praise frame whose reason ``event`` is ("Sullivan thanked Argentina *for
    speaking out* to condemn Russia's war", "congratulated Brazil *on signing* the Accords",
    ``_praise_reason``), or None. One thanks, praises or congratulates for what was done: the
    reason is presupposed as an act already done (perfective), so with no date of its own it is
    undated ``before`` the article, not of its day (TimeML BEFORE the document creation time;
    since 0.1.155). The thanks itself keeps its date; a reason told with ongoing aspect ("for
    continuing to support", "for its ongoing support") goes on at the time of writing and keeps the
    publication day."""
    found = _praise_reason(doc, event)
    if found is None:
        return None
    pred, prep = found
    return f"a deed told as the reason of '{pred.text} ... {prep.text}'"


def _gerund_of_past(doc, event: Event) -> bool:
    """``event``'s trigger is a gerund with no subject or auxiliary of its own ("he erred in
    *accepting* a bill", "did well early in his term *pushing* back against ..."), whose nearest
    governing verb is a simple past: a non-finite clause has no tense and takes its time from
    the clause it hangs on (since 0.1.143; read for an interview's answers)."""
    verb = _trigger_verb(doc, event)
    if verb is None or verb.tag_ != "VBG" or any(c.dep_ in _SUBJECT_DEPS or c.dep_ in _AUX_DEPS
                                                  for c in verb.children):
        return False
    node = verb.head
    for _ in range(4):
        if node.pos_ in {"VERB", "AUX"}:
            if node.tag_ == "VBG" and not any(c.dep_ in _AUX_DEPS for c in node.children):
                node = node.head  # another gerund: climb on
                continue
            return node.tag_ == "VBD" and not any(c.dep_ in _AUX_DEPS for c in node.children)
        if node.head.i == node.i:
            return False
        node = node.head  # "in" of "erred in accepting"
    return False


def interview_body_start(text: str) -> Optional[int]:
    """The character offset of the first question line where ``text`` is laid out as a
    question-and-answer interview (statements.qa_interview_layout: two answered question lines or
    more, no turn labels, an introduction that speaks of an interview), else None. From there on
    the text is the interview: a past-tense act told there with no date of its own is told before
    the speaking (Reichenbach: the simple past is before its speech time, the interview's), as the
    interviewee's own past or history, not as the news of the article's day ("When the Soviet
    Union collapsed there had been an agreement ... Gorbachev agreed to ...": undated ``before``;
    since 0.1.140). A briefing or interview transcript that labels its turns is no such layout."""
    from newsgraph.nlp.statements import qa_interview_layout

    layout = qa_interview_layout(text)
    if layout is None:
        return None
    lines, questions, _ = layout
    return lines[questions[0]][0]


# A measure told as a state its target is in ("Venezuela, Nicaragua, and Cuba, which *face* U.S.
# sanctions"): the simple present of an undergoing verb (plover_frames.yaml undergoing_verbs, the
# frame that made the event, events._undergoing_events) describes what stands now, the measure
# itself was imposed before the article at a time the sentence does not give (TimeML BEFORE the
# document creation time), as "have previously designated"; the day's act is told in the past,
# the progressive or the future ("faced", "is facing new sanctions", "will face sanctions")


def undergone_state(doc, event: Event) -> Optional[str]:
    """The undergoing verb and its object where ``event`` (asserted) is a measure its target is
    told to be under in the simple present ("which face U.S. sanctions", "Cuba faces sanctions"):
    a standing state, the measure earlier and undated; None otherwise (past, progressive,
    modal or future, hypothetical or negated)."""
    from newsgraph.nlp.events import load_lexicon

    verb = _trigger_verb(doc, event)
    if verb is None or event.status not in {None, "asserted"} or verb.tag_ not in {"VBZ", "VBP"} \
            or verb.lemma_.lower() not in load_lexicon().undergoing_verbs:
        return None
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return None  # "will face", "is facing"
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return f"a standing state: '{doc[verb.i:objs[0].i + 1].text}'" if objs else None


def _told_target(doc, event: Event, other: Event, target: str) -> bool:
    """``other`` acts on ``event``'s target: the same actor (``_identity``), or every word of
    ``event``'s target named in ``other``'s sentence ("FSB" in "designated the Russian
    Federation's Federal Security Service (FSB)")."""
    if _one_actor(target, _identity(doc, other, "target")):
        return True
    words = set(re.findall(r"[\w.’'-]+", event.target_text or ""))
    told = set(re.findall(r"[\w.’'-]+", doc_text(doc)[other.sentence_start:other.sentence_end]))
    return bool(words) and words <= told


# adverbs that tell a state holding from before ("is already designated", "still", "previously")
_STANDING_ADVERBS = frozenset({"already", "still", "previously", "remains"})


def _grounds_told(verb) -> bool:
    """Whether the measure verb has a "for" phrase of conduct, a gerund or "having" + participle
    ("designated ... for operating in the energy sector", "for having provided"): the reason given
    with the act of designating."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        g.tag_ == "VBG" or any(a.lower_ == "having" for a in g.children) for g in c.children
        if g.dep_ in ("pcomp", "pobj")) for c in verb.children)


def standing_measure(doc, event: Event, earlier: list[Event]) -> Optional[str]:
    """The present passive that tells ``event`` (an asserted SANCTION) as a standing state of a
    target the article already told a measure on ("The Department of State has also designated
    the FSB [...]. The FSB is also sanctioned under E.O. 13694"): the target is under that measure
    now, imposed before the article at a time the sentence does not give, as "which face U.S.
    sanctions" (``undergone_state``); None otherwise. The day's new measure is told in the
    progressive or the past ("is being designated", "was designated today"), and a target's first
    mention in the present passive may be the day's ("X is designated pursuant to E.O. 14024"),
    so only a target told sanctioned before counts (``earlier``: the events before it), and not a
    designation told with its grounds ("is also designated pursuant to E.O. 13662 for operating in
    ...", ``_grounds_told``: the day's act under a second authority) unless "already" / "still" /
    "previously" tells it standing."""
    verb = _trigger_verb(doc, event)
    if event.type != "SANCTION" or event.status not in {None, "asserted"} or verb is None or verb.tag_ != "VBN":
        return None
    auxes = [c for c in verb.children if c.dep_ in _AUX_DEPS]
    if not auxes or not all(a.dep_ == "auxpass" and a.lower_ in _PRESENT_BE for a in auxes):
        return None  # "is being designated", "was sanctioned", "has been designated", "will be"
    if event.target_start is None or not any(
            c.dep_ == "nsubjpass" and c.idx < event.target_end and event.target_start < c.idx + len(c.text)
            for c in verb.children):
        return None  # the target is not what is sanctioned ("U.S. persons are prohibited from dealing with X")
    if _grounds_told(verb) and not any(c.dep_ == "advmod" and c.lower_ in _STANDING_ADVERBS for c in verb.children):
        # "Rosneft is also designated pursuant to E.O. 13662 for operating in the energy sector": a
        # designation told with its grounds is the act of designating (OFAC's wording of the day's
        # action under a second authority), unless an adverb tells it standing ("already designated")
        return None
    target = _identity(doc, event, "target")
    if target is None or not any(e.type == "SANCTION" and e.sentence_end <= event.sentence_start
                                 and _told_target(doc, event, e, target) for e in earlier):
        return None
    return f"a standing state: '{doc[auxes[0].i:verb.i + 1].text}' of a target already told sanctioned"


# A count of people told in a present state ("130,000 people are still missing or detained",
# "more than 180 political prisoners who remain unjustly detained"): an adjectival (stative) passive
# under present "be", or a participle after "remain" / "stay", tells the state the acts left them
# in, not an act of the article's day; the acts were done before it at unstated times (TimeML:
# BEFORE the document creation time; a state is no PLOVER event of the day). The day's act is
# told in the past, the present perfect or the progressive ("were detained", "have been
# detained", "are being detained"); a count makes it a tally of a standing situation, not one act.
_STATE_VERBS = frozenset({"remain", "stay"})


def _counted(noun) -> bool:
    """``noun`` (a subject head) carries a count: a cardinal ("130,000 Syrians", "more than 180
    prisoners") or is a quantity noun ("thousands of people", "tens of thousands"; event_words.yaml
    ``quantity_nouns`` by its text or lemma, event_detection.yaml ``quantity_nouns`` by its lemma)."""
    from newsgraph.nlp.events import QUANTITY_NOUNS, detection_lexicon

    lemma = noun.lemma_.lower()
    return noun.lower_ in QUANTITY_NOUNS or lemma in QUANTITY_NOUNS or lemma in detection_lexicon()["quantity_nouns"] \
        or noun.tag_ == "CD" or any(c.dep_ == "nummod" and c.tag_ == "CD" for c in noun.children)


def _adjectival_state(verb, bearer) -> bool:
    """Whether the participle ``verb`` under present "be" (its auxiliaries on ``bearer``) tells a
    standing state (an adjectival passive), not a news present ("Two journalists are detained in
    Minsk"): a state adverb on it or its coordination (event_dates.yaml ``state_adverbs``: "are
    still detained") or an adjective coordinated with it ("are missing or detained"), and no agent
    "by" phrase ("are detained by police": an eventive passive). Since 0.1.110."""
    nodes = {verb, bearer, *(c for c in (*verb.children, *bearer.children) if c.dep_ == "conj")}
    if verb.dep_ == "conj":
        nodes.add(verb.head)
    if any(c.dep_ == "agent" for n in nodes for c in n.children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in WORDS.state_adverbs for n in nodes for c in n.children):
        return True
    return any(n.pos_ == "ADJ" for n in nodes if n is not verb)


def counted_state(doc, event: Event) -> Optional[str]:
    """The present state phrase where ``event``'s trigger is a past participle told as the state a
    counted subject is in ("130,000 Syrians are still missing or detained", "180 prisoners who
    remain detained"): its auxiliaries (its own or its coordination's, ``_aux_bearer``) all present
    "be", or none with the participle the complement of a present "remain" / "stay"; its subject,
    or the noun its relative clause describes, counted (``_counted``). None otherwise (a past,
    perfect, progressive or modal clause, an uncounted subject)."""
    verb = _trigger_verb(doc, event)
    if verb is None or verb.tag_ != "VBN":
        return None
    bearer = _aux_bearer(verb, _AUX_DEPS)
    auxes = [c for c in (*verb.children, *bearer.children) if c.dep_ in _AUX_DEPS]
    if auxes:
        if not all(a.lower_ in _PRESENT_BE for a in auxes):
            return None  # "were detained", "have been detained", "are being detained", "will be"
        if not _adjectival_state(verb, bearer):
            return None  # "Two journalists are detained in Minsk": a news present, the day's act
        clause, first = bearer, auxes[0]
    elif bearer.dep_ in {"acomp", "xcomp", "oprd"} and bearer.head.lemma_.lower() in _STATE_VERBS \
            and bearer.head.tag_ in {"VBZ", "VBP"} and not any(c.dep_ in _AUX_DEPS for c in bearer.head.children):
        clause = first = bearer.head  # "who remain unjustly detained"
    else:
        return None
    subjects = [c for c in (*clause.children, *bearer.children) if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:
        return None
    subject = subjects[0]
    if subject.tag_ in _WH_TAGS and clause.dep_ == "relcl":
        subject = clause.head  # "prisoners who remain detained": the relative's noun
    if not _counted(subject):
        return None
    return f"a standing state of a count: '{doc[first.i:verb.i + 1].text}'"


# An act told in the past progressive ("Even while Russia was clearly mobilizing to invade
# Ukraine, ... declared", "the people were asking for democratic change") sets a backdrop: a
# situation under way at an earlier reference time (TimeML aspect PROGRESSIVE, tense PAST); one told
# in the pluperfect ("indicating that Putin had conferred honors upon the brigade", "had been denied
# visas until last week") was done before a past reference time (Reichenbach E < R < S). Neither is
# the news of the day, which a release tells in the simple past, present perfect or present
# progressive. Base demo (issue 6): the 6 such acts dated on the publication day were all earlier.
# A reported clause under a simple past verb is left alone: there the tense is back-shifted ("the
# Secretary said the U.S. was working with allies": ongoing now; "said it had expelled": may be today).
_PROGRESSIVE_AUX = frozenset({"was", "were", "being"})
_PLUPERFECT_HAD = frozenset(_PAST_AUX - _PERFECT_AUX)  # "had", "'d"
_PLUPERFECT_AUX = _PLUPERFECT_HAD | {"been"}


def _backdrop_aspect(verb) -> Optional[tuple[str, str]]:
    """("a past progressive", "was clearly mobilizing") or ("a pluperfect", "had conferred") where
    ``verb`` is in that tense and aspect, active or passive, itself or through the verb it is
    coordinated with ("was mobilizing troops and massing them"); None otherwise."""
    node = _aux_bearer(verb, _AUX_DEPS)
    auxes = [c for c in node.children if c.dep_ in _AUX_DEPS]
    words = {a.lower_ for a in auxes}
    if not auxes:
        return None
    span = node.doc[min(a.i for a in auxes):node.i + 1].text
    if words & {"was", "were"} and words <= _PROGRESSIVE_AUX \
            and (node.tag_ == "VBG" or node.tag_ == "VBN" and "being" in words):
        return "a past progressive", span
    if words & _PLUPERFECT_HAD and words <= _PLUPERFECT_AUX and node.tag_ == "VBN":
        return "a pluperfect", span
    return None


def backdrop_aspect(doc, event: Event) -> Optional[str]:
    """"a past progressive: 'was clearly mobilizing'" or "a pluperfect: 'had conferred'" where
    ``event``'s trigger verb is so told and its clause is not reported under a simple past verb (a
    back-shifted tense: "said the U.S. was working"); None otherwise."""
    verb = _trigger_verb(doc, event)
    if verb is None or (found := _backdrop_aspect(verb)) is None:
        return None
    node = _aux_bearer(verb)  # the coordination's first verb: the clause it fills
    head = node.head
    if node.dep_ == "ccomp" and head.tag_ == "VBD" and not any(c.dep_ in _AUX_DEPS for c in head.children):
        return None
    return f"{found[0]}: '{found[1]}'"


def _in_pluperfect(verb) -> bool:
    """``verb`` (a clause's verb) is told in the pluperfect ("had read", "had been told"), itself or
    through the verb it is coordinated with, and not back-shifted under a simple past verb of
    saying (``backdrop_aspect``'s guard: "said it had expelled" may be today)."""
    found = _backdrop_aspect(verb)
    if found is None or found[0] != "a pluperfect":
        return False
    node = _aux_bearer(verb)
    head = node.head
    return not (node.dep_ == "ccomp" and head.tag_ == "VBD" and not any(c.dep_ in _AUX_DEPS for c in head.children))


def _clause_above(token):
    """The verb of the clause that ``token``'s noun stands in (spaCy Token -> Token or None): the
    nearest verb or auxiliary ancestor, climbing past a participle that lists the noun
    ("play key roles ..., including X, an associate who helped ...", "We thank all those countries,
    including the United States, who provided ...")."""
    node = token.head
    while node.head.i != node.i and (node.pos_ not in {"VERB", "AUX"}
                                     or node.tag_ == "VBG" and node.dep_ in {"prep", "advcl"}):
        node = node.head
    return node if node.pos_ in {"VERB", "AUX"} else None


def _means_clause(verb):
    """The verb whose act ``verb``, a gerund of a "by" phrase, is the means of ("states that
    demonstrated great solidarity *by welcoming* refugees": "demonstrated"); ``verb`` itself
    otherwise. The means is done when its act is, so it shares that act's time (TimeML
    SIMULTANEOUS / IS_INCLUDED)."""
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.head.dep_ == "prep" \
            and verb.head.head.pos_ in {"VERB", "AUX"}:
        return verb.head.head
    return verb


def _simple_past_passive(verb) -> bool:
    """``verb`` is a passive participle whose only auxiliary is a simple past "was"/"were" ("who
    was wrongfully detained in Russia", "which were seized"): the simple past of a passive, as a
    VBD is of an active verb."""
    auxes = [c for c in verb.children if c.dep_ in _AUX_DEPS]
    return verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "auxpass" \
        and auxes[0].lower_ in {"was", "were"}


def _finite_clause(verb):
    """The verb whose tense ``verb``'s clause takes (spaCy Token or None -> Token or None):
    ``verb``, or for a to-infinitive, which has no tense of its own, the verb of the clause it
    complements ("I am pleased *to announce* the release": "am"), climbing past an adjective or
    participle it hangs on. English grammar: a non-finite clause's time is set by the finite clause
    above it."""
    node = verb
    while node is not None and any(c.tag_ == "TO" and c.dep_ == "aux" for c in node.children) \
            and node.dep_ in {"xcomp", "advcl", "ccomp"} and node.head.i != node.i:
        head = node.head
        while head.head.i != head.i and head.pos_ not in {"VERB", "AUX"}:
            head = head.head  # "pleased"/"happy" as an adjective: up to its "am"
        if head.pos_ not in {"VERB", "AUX"}:
            break
        node = head
    return node


def past_relative(doc, event: Event) -> Optional[str]:
    """"a past act in a relative clause: 'who helped'" where ``event``'s trigger verb heads a
    relative clause (``_noun_clause``) in the simple past, active or (since 0.1.150) passive, or the
    present perfect ("an associate who helped al-Jamal procure vessels", "the release of X, who was
    wrongfully detained in Russia", "the countries that have pledged personnel") on a noun of
    a clause in the present tense ("play key roles", "I commend", "We extend our appreciation to
    our allies who helped us"; a to-infinitive's clause in the tense of the clause it complements:
    "I am pleased to announce the release of X, who ...", ``_finite_clause``), or the "by" gerund telling such a clause's means ("We commend
    those states that demonstrated solidarity by welcoming refugees": ``_means_clause``): the relative clause tells what the noun did before the time of
    writing, the present clause what holds now. TimeML: an undated past act placed before the
    document time is BEFORE, not the publication day. A relative clause under a past clause is
    told at or before that clause's time and is left to it. None otherwise."""
    verb = _trigger_verb(doc, event)
    if verb is None:
        return None
    node = _aux_bearer(_means_clause(verb))  # "who helped X procure vessels, facilitate shipments": the first conjunct
    if node.dep_ != "relcl" or not _noun_clause(node):
        return None
    perfect = any(c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in node.children)
    if not (node.tag_ == "VBD" and not any(c.dep_ in _AUX_DEPS for c in node.children) or perfect
            or _simple_past_passive(node)):
        return None
    above = _finite_clause(_clause_above(node))
    if above is not None and not perfect and _in_pluperfect(above):
        # "Montalvo had read an article in Freedom Magazine, which attacked high-ranking
        # defectors": a simple past relative clause on a noun of a pluperfect clause is told at or
        # before that clause's past reference time (Reichenbach E < R < S), itself before the writing
        words = [c for c in node.children if c.dep_ in {"nsubj", "aux"} and c.i < node.i]
        return f"a past act in a relative clause under a pluperfect: '{' '.join(t.text for t in [*words, node])}'"
    if above is None or not _present_tense(above):
        return None
    words = [c for c in node.children if c.dep_ in {"nsubj", "aux"} and c.i < node.i]
    return f"a past act in a relative clause: '{' '.join(t.text for t in [*words, node])}'"


def spoken_of_act(doc, event: Event) -> Optional[str]:
    """"an act noun told of by 'spoke'" where ``event``'s trigger is an act noun with no verb of
    its own ("repression", "attacks", "buildup") in the object or a phrase of a clause above it,
    not its subject ("spoke today with Kuleba to condemn Russia's attacks", "is announcing sanctions
    in connection with the regime's repression of the protests", "spoke today with Putin about
    Russia's escalating military buildup"). Called where only that clause's time dates ``event``
    (``choose_date``'s "sentence" level): the time is the telling's, and the act told of was done,
    or began, before it (TimeML: a time anchors the event of its own clause; an act noun in a
    reporting or stance clause's argument is BEFORE or OVERLAPS that clause, never dated by it).
    None otherwise (a verb trigger; an act noun that is a subject: "Today's attack killed six"; a
    gathering, PLOVER CONSULT: "traveled to Kyiv on Monday for talks with Zelensky" holds the talks
    in the trip, TimeML IS_INCLUDED)."""
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None or event.type == "CONSULT" or span.root.pos_ not in {"NOUN", "PROPN"} \
            or _trigger_verb(doc, event) is not None:
        return None
    node = span.root
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        if node.dep_ in _SUBJECT_DEPS:
            return None  # the act noun is what the clause above tells of as its doer
        node = node.head
    if node.pos_ not in {"VERB", "AUX"}:
        return None
    return f"an act noun told of by '{node.text}'"


def _object_relative(verb) -> bool:
    """``verb`` heads a relative clause with a subject of its own and no relative adverb or
    prepositional relative ("the systems we provided them", "the support that the allies have
    provided"), so the noun it describes is its object, not its doer ("countries who provided
    assurances") nor its time or place ("the meeting during which he congratulated", "where he met")."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    if not subjects or any(c.tag_ in _WH_TAGS for c in subjects):
        return False
    return not any(c.tag_ in _WH_TAGS and c.dep_ != "dobj" or c.dep_ == "prep"
                   and any(o.tag_ in _WH_TAGS for o in c.children) for c in verb.children)


# The grounds of a designation or restriction, the designee's conduct the measure names as its
# reason ("X, who has acted to support ...", "for their roles in supporting ...", "for having
# provided ..."): done before the measure is announced, at no time the text gives (TimeML BEFORE
# the document creation time, as ``earlier_reason``); events/ marks them in the status note
# (events.GROUNDS_NOTE). Auxiliaries of the perfect or pluperfect: ``_PAST_AUX``.


def measure_grounds(doc, event: Event) -> Optional[str]:
    """The words of ``event``'s trigger where events/ stored it as a measure's grounds (its
    status note) and its clause tells past conduct: a gerund of the "for" phrase, or a relative
    clause in the simple past or the perfect ("which has supplied", "who have acted to support");
    None otherwise (present conduct, "a firm that supplies drones", is no earlier act)."""
    from newsgraph.nlp.events import GROUNDS_NOTE

    if f"({GROUNDS_NOTE}" not in (event.explanation or ""):
        return None
    verb = _trigger_verb(doc, event)
    if verb is None:
        return None
    node = verb
    for _ in range(5):
        if node.dep_ in {"pcomp", "pobj"} and (node.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "having"
                                                                            for c in node.children)):
            return event.trigger  # "for (their roles in) supporting", "for having provided"
        if node.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.lower_ in _PAST_AUX for c in node.children):
            return event.trigger
        if node.dep_ not in {"xcomp", "conj", "advcl"} or node.head.i == node.i:
            return None
        node = node.head  # "who have acted *to support*", "which built and *supplied*"
    return None


# A sentence right after the day's designation whose subject points back to the designees by a
# demonstrative and their noun ("The Department is designating 40 members of the assembly. These
# members supported ...") tells, in the simple past, the conduct the designation is grounded on:
# the same grounds ``measure_grounds`` reads inside the designation's own sentence ("designated X,
# which has supported ..."), done before the measure at a time the text does not give (TimeML BEFORE
# the document creation time). "these/this/those + noun" is anaphoric to the last mention of a
# noun with that head (general grammar); the designation is the day's measure, told in the present
# or the progressive ("is designating", "are sanctioning"). Since 0.1.149.
_DEMONSTRATIVES = frozenset({"these", "this", "those"})
_DESIGNEE_REACH = 2  # sentences back to the designation the demonstrative points to


def _sentence_index(doc, char: int) -> Optional[int]:
    """The index among ``doc.sents`` of the sentence holding character ``char``."""
    return next((k for k, s in enumerate(doc.sents) if s.start_char <= char < s.end_char), None)


def designee_conduct(doc, event: Event, events: list[Event]) -> Optional[str]:
    """"a past act of the designees told after their designation: 'These members supported'" where
    ``event`` is told in a main clause in the simple past (its trigger verb, or an act noun or
    non-finite verb inside it with no subject of its own) whose subject is a demonstrative +
    noun ("These members") with the head of the target of an asserted SANCTION told in the present
    or the progressive at most ``_DESIGNEE_REACH`` sentences before ("The Department is designating
    40 members of ..."); None otherwise (another subject, "The Secretary met ...", a present or
    perfect clause, no such designation)."""
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None:
        return None
    node = span.root
    while node.dep_ != "ROOT" and node.head.i != node.i:
        if node.pos_ in {"VERB", "AUX"} and any(c.dep_ in _SUBJECT_DEPS for c in node.children):
            return None  # a clause with a subject of its own ("..., and the President signed ...")
        node = node.head
    verb = node
    if verb.tag_ != "VBD" or any(c.dep_ in _AUX_DEPS for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES for c in subject.children):
        return None
    here = _sentence_index(doc, event.sentence_start)
    if here is None:
        return None
    for other in events:
        if other.type != "SANCTION" or other.status not in {None, "asserted"} or other.target_start is None \
                or other.sentence_end > event.sentence_start:
            continue
        there = _sentence_index(doc, other.sentence_start)
        measure = _trigger_verb(doc, other)
        target = doc.char_span(other.target_start, other.target_end, alignment_mode="expand")
        if there is None or not 0 < here - there <= _DESIGNEE_REACH or measure is None or target is None:
            continue
        told_now = _present_tense(measure) or (measure.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.lower_ in _PRESENT_BE for c in measure.children))
        if told_now and target.root.lemma_.lower() == subject.lemma_.lower():
            return (f"a past act of the designees told after their designation: "
                    f"'{doc[subject.i - 1].text} {subject.text} {verb.text}'")
    return None


# An explicit before-phrase on a past act's clause ("called for tough sanctions to be placed on
# Russia before the invasion"): the act is done before the happening named, so before the article
_BEFORE_PREPS = {"before"}


def before_anchor(doc, event: Event, timexes: list[Timex]) -> Optional[str]:
    """The "before <act noun>" phrase on ``event``'s clause: its verb (simple past) or the verbs
    of its complement clauses ("called for sanctions to be placed on Russia before the
    invasion"), naming a happening with no date; None otherwise (a phrase on a noun, "the launch
    [...] immediately prior to their meeting", or "immediately/shortly/just before": the same day)."""
    from newsgraph.nlp.act_doers import deverbal_nouns

    verb = _clause_verb(doc, event)
    if verb is None or not _past_tense(doc, event):
        return None
    clause, stack = [], [verb]
    while stack:
        node = stack.pop()
        clause.append(node)
        stack.extend(c for c in node.children if c.dep_ in {"xcomp", "ccomp"}
                     or c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                     or c.dep_ == "acl" and c.pos_ == "VERB" and node.i != verb.i)
        args = [c for c in node.children if c.dep_ == "dobj"]
        args += [o for c in node.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
        stack.extend(g for c in args  # "called for sanctions to be placed on Russia before the invasion"
                     for g in c.children if g.pos_ == "VERB" and (g.dep_ in {"acl", "xcomp", "ccomp"} or g.dep_ == "relcl"
                                                                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children)))
    for node in clause:
        for prep in node.children:
            if prep.dep_ != "prep" or prep.lower_ not in _BEFORE_PREPS:
                continue
            if any(c.dep_ == "advmod" and c.lower_ in {"immediately", "shortly", "just", "right"} for c in prep.children):
                continue
            objs = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"
                    and c.lemma_.lower() in deverbal_nouns()  # an act ("the invasion"), not "before the Senate"
                    and not any(t.start < c.idx + len(c) and c.idx < t.end for t in timexes)]  # "before the end of May"
            if objs and any(c.dep_ in {"det", "poss"} for c in objs[0].children):
                return doc[prep.i:prep.right_edge.i + 1].text
    return None


def _act_verbs(doc, event: Event) -> frozenset:
    """The act ``event``'s trigger names, as verb lemmas: its verbs and act nouns (an act noun as
    the verbs WordNet derives it from: "arrest" -> arrest, "meeting" -> meet; ``act_doers``'
    ``lexicons/deverbal_nouns.txt``), less light verbs when a noun names the act ("held talks")."""
    from newsgraph.nlp.act_doers import deverbal_nouns

    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None:
        return frozenset()
    verbs, nouns = set(), set()
    for token in span:
        lemma = token.lemma_.lower()
        if token.pos_ in {"VERB", "AUX"}:
            verbs.add(lemma)
        elif token.pos_ == "NOUN":
            nouns |= {lemma, *deverbal_nouns().get(lemma, ())}
    if nouns:
        verbs -= WORDS.light_act_verbs
    return frozenset(verbs | nouns)


# the dependencies of an act's object under its verb ("made another call", "a second visit was held")
_ACT_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr"})


def _act_heads(span, governor: bool) -> set:
    """The tokens a word marking another occurrence may hang on: the trigger's own, the word
    governing its root when ``governor`` (the verb a noun trigger is the object of), and the
    objects of all of these. Read by ``_another_occurrence`` and ``repeat_marked``."""
    heads = set(span) | ({span.root.head} if governor else set())
    return heads | {c for h in list(heads) for c in h.children if c.dep_ in _ACT_OBJECT_DEPS}


def _another_occurrence(doc, event: Event) -> bool:
    """``event`` is one occurrence among others of its act, or an ongoing activity: a word on the
    trigger, its clause's verb or its object says so ("met again", "another call", "also
    designating", "a second visit", "provided an additional loan guarantee"; lexicon
    other_occurrence_words), an aspect verb makes it a continuing activity ("continue providing",
    "keep supporting"; plover_frames.yaml ongoing_aspect_verbs), or it is a future act."""
    from newsgraph.nlp.events import load_lexicon

    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None:
        return True
    heads = _act_heads(span, governor=True)
    if any(c.lower_ in WORDS.other_occurrence_words for h in heads for c in h.children):
        return True
    ongoing = load_lexicon().ongoing_aspect_verbs
    if any(t.lemma_.lower() in ongoing for t in (*span, span.root.head)):
        return True
    verb = _clause_verb(doc, event)
    return verb is not None and _tense(verb) == "future"


def _repeat_word(doc, token) -> bool:
    """``token`` marks a repetition (lexicon repeat_marks: "again", "another", "a second", a
    hyphen split "follow - up"), or is "once" of "once more / once again"."""
    if token.lower_ in WORDS.repeat_marks:
        return True
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token.lower_ == "once":
        return nxt is not None and nxt.lower_ in {"more", "again"}
    if token.lower_ == "more":  # the parser's "once" under "more"
        return token.i > 0 and doc[token.i - 1].lower_ == "once"
    return token.lower_ == "follow" and nxt is not None and nxt.text == "-" and token.i + 2 < len(doc) \
        and doc[token.i + 2].lower_ == "up"


def repeat_marked(doc, event: Event) -> bool:
    """``event`` is told as another occurrence of an act the article told before: a word of
    repetition on its trigger, on the verb a noun trigger is the object of ("held talks again"),
    on the verb's object ("made another call") or in a "(for) a second time" phrase of it ("spoke
    with Kuleba again", "met once more", "a second call", "another meeting", "a follow-up call";
    lexicon repeat_marks). Such a mention is not the earlier act told again: it keeps a date of
    its own (its sentence's, else the publication's) and an event of its own."""
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None:
        return False
    heads = _act_heads(span, governor=span.root.pos_ in {"NOUN", "PROPN"} and span.root.dep_ in _ACT_OBJECT_DEPS)
    for head in heads:
        for child in head.children:
            if _repeat_word(doc, child):
                return True
            times = [child] if child.dep_ == "npadvmod" else \
                [o for o in child.children if o.dep_ == "pobj"] if child.dep_ == "prep" else []
            if any(t.lemma_.lower() == "time" and any(_repeat_word(doc, m) for m in t.children) for t in times):
                return True  # "for a second time", "a third time"
    return False


def dates_can_coincide(a: Event, b: Event) -> bool:
    """Two dated mentions whose calendar dates can be one day or period: one date (or range)
    contains the other ("May 2023" / "May 2, 2023"); "2023-05-02" and "2023-05-09" cannot. True
    when either has no date. Also read by ``events.merge_repeated``, which merges before dating."""
    def bounds(e):
        return e.date, e.date_end or e.date
    (a0, a1), (b0, b1) = bounds(a), bounds(b)
    if not (a0 and b0):
        return True
    # a calendar value covers every longer value it prefixes ("2023-05" ends after "2023-05-31")
    return a0 <= b1 + "~" and b0 <= a1 + "~"


def split_other_occurrences(doc, events: list[Event], dated: list[Event]) -> list[Event]:
    """``events`` (faces carrying ``merged_mentions``) with each mention told in another sentence
    than its face that is another occurrence of the act split off into an event of its own: a
    mention its own sentence dates on a day or period its face's group cannot share (two meetings
    of one pair on May 2 and May 9 are two events; ``dated``: the mentions dated by the text, not
    the publication; only a verb trigger's date counts), or one marked as a repetition ("spoke again",
    "another call"; ``repeat_marked``). Split mentions dated alike go together. Same-sentence
    mentions ("Police opened fire, killing two") and undated ones stay with their face."""
    from newsgraph.nlp.events import _absorb

    # a date only a verb's own clause gives: a noun act takes the date of the clause that names it
    # ("the court, on July 8, recognised as legitimate the request of the city" dates the ruling)
    own = {id(e) for e in dated if _clause_verb(doc, e) is not None}
    text_dated = {id(e) for e in dated}
    result = []
    for face in events:
        mentions = [face, *face.merged_mentions]
        if len(mentions) == 1:
            result.append(face)
            continue
        groups = [[face]]  # the first group is the face's
        anchors = [face if id(face) in own else None]  # each group's dated mention
        repeats = [False]
        for mention in mentions[1:]:
            other_sentence = mention.sentence_start != face.sentence_start
            if other_sentence and repeat_marked(doc, mention) and not repeat_marked(doc, face):
                groups.append([mention])
                anchors.append(mention if id(mention) in own else None)
                repeats.append(True)
                continue
            if not other_sentence or id(mention) not in own:
                groups[0].append(mention)
                continue
            if anchors[0] is None:
                anchors[0] = mention
            index = next((i for i, anchor in enumerate(anchors) if not repeats[i] and anchor is not None
                          and dates_can_coincide(anchor, mention)), None)
            if index is None:
                groups.append([mention])
                anchors.append(mention)
                repeats.append(False)
            else:
                groups[index].append(mention)
        _date_from_telling(doc, face, [m for m in groups[0][1:] if id(m) in text_dated
                                       and m.sentence_start != face.sentence_start])
        if len(groups) == 1:
            result.append(face)
            continue
        kept = {(m.sentence_start, m.sentence_end) for m in groups[0]}
        gone = {(m.sentence_start, m.sentence_end) for g in groups[1:] for m in g} - kept
        for index, group in enumerate(groups):
            main = group[0]
            main.merged_mentions = ()
            for mention in group[1:]:
                mention.merged_mentions = ()
                _absorb(main, mention)
            if index == 0:
                main.evidence_spans = [s for s in (main.evidence_spans or []) if s not in gone] \
                    or [(main.sentence_start, main.sentence_end)]
                result.append(main)
                continue
            own_span = (main.sentence_start, main.sentence_end)
            main.evidence_spans = list(dict.fromkeys([own_span, *sorted((m.sentence_start, m.sentence_end)
                                                                         for m in group)]))
            why = "told as another occurrence" if repeats[index] else \
                f"dated {main.date} by its own sentence, '{face.trigger}' {anchors[0].date}"
            main.explanation = (f"{main.explanation}; " if main.explanation else "") + \
                f"an event of its own, not a mention of '{face.trigger}' ({why}) [{COMPONENT} {VERSION}]"
            result.append(main)
    return result


def _date_from_telling(doc, face: Event, tellings: list[Event]) -> None:
    """A face its own sentence does not date (the publication day, or only "before" it) takes the
    date that another sentence's telling of its act gives in its own clause (``tellings``: the
    face's group's mentions the text dates, told in other sentences; only those told by the face's
    own predicate count, the head lemmas of the triggers one; all must agree): one happening, one
    date, whichever sentence tells it ("the request of the city asking the schools to pay ..." /
    "The request was advanced by the city in 2010")."""
    if not tellings or face.date_source not in (PUBLICATION, BEFORE):
        return
    from newsgraph.nlp.events.detection import _trigger_token

    def lemma(event: Event) -> Optional[str]:
        token = _trigger_token(doc, event)
        return token.lemma_.lower() if token is not None else None

    own = lemma(face)
    tellings = [m for m in tellings if lemma(m) == own]
    if not tellings:
        return
    anchor = tellings[0]
    if not anchor.date or not all(dates_can_coincide(anchor, m) for m in tellings[1:]):
        return
    face.date, face.date_end, face.date_source = anchor.date, anchor.date_end, TEXT
    face.explanation = (f"{face.explanation}; " if face.explanation else "") + \
        f"date {anchor.date}{'/' + anchor.date_end if anchor.date_end else ''} from the telling " \
        f"'{anchor.trigger}' another sentence dates [{COMPONENT} {VERSION}]"


def _identity(doc, event: Event, side: str):
    from newsgraph.nlp.events import _actor_identity

    return _actor_identity(doc, getattr(event, f"{side}_start"), getattr(event, f"{side}_end"),
                           getattr(event, f"{side}_text")) or None


def _one_actor(a: Optional[str], b: Optional[str]) -> bool:
    """Two actor identities (``events._actor_identity``: an entity key, else the words) that name
    one actor: equal (not "several municipalities" / "municipalities": two sets may differ)."""
    return a is not None and a == b


def _other_actor(a: Optional[str], b: Optional[str]) -> bool:
    """Two actor identities that name different actors: both given and not the same (an entity key
    beside words counts as another actor: "Polina" / "26 individuals and seven entities")."""
    return a is not None and b is not None and a != b


def _other_object(doc, event: Event, other: Event) -> bool:
    """``event`` names no target but its verb has an object that shares no word with ``other``'s
    target, or, where ``other`` names none either, with ``other``'s verb's object: the act is done
    to something else ("has rallied the world" / "rally 141 countries", whether or not the rallied
    are taken for the target)."""
    if event.target_text:
        return False
    words = _object_words(doc, event)
    if words is None:
        return False
    if other.target_text:
        return not words & {w.lower() for w in other.target_text.split()}
    others = _object_words(doc, other)
    return others is not None and not words & others


def _object_words(doc, event: Event) -> Optional[set[str]]:
    """The nouns and names of the direct object of ``event``'s trigger verb, lower-case, or None
    when the verb has none."""
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    obj = next((c for c in span.root.children if c.dep_ == "dobj"), None) if span is not None else None
    if obj is None:
        return None
    return {t.lower_ for t in obj.subtree if t.pos_ in {"NOUN", "PROPN"}}


def _named_sides(event: Event) -> int:
    """How many of ``event``'s actors its text names (source, target)."""
    return bool(event.source_text) + bool(event.target_text)


def same_act_dated(doc, event: Event, dated: list[Event], timexes: list[Timex]) -> Optional[Event]:
    """The mention dated by its own sentence that tells the same act as ``event`` (undated by
    its sentence), or None: same type, status and mode, one act verb or its nominalisation
    ("the decision to arrest Ling" / "police arrested Ling on March 17"; ``_act_verbs``), one
    participant the same on both (an entity key after coreference, else its words) and neither
    side in conflict (the same, or missing on one; ``_other_object``), neither one occurrence
    among others nor an ongoing activity (``_another_occurrence``), and ``event`` not placed in
    time by its own sentence (any time expression in it: "In the past few days", "recently";
    ``timexes``: the article's). None when dated mentions of the act disagree on the date (two
    calls, two meetings: which one is meant is unknown)."""
    acts = _act_verbs(doc, event)
    if not acts or _another_occurrence(doc, event):
        return None
    if any(event.sentence_start <= t.start < event.sentence_end for t in timexes):
        return None  # its sentence places it itself ("In the past few days", "recently", "for weeks")
    source, target = _identity(doc, event, "source"), _identity(doc, event, "target")
    found = []
    for other in dated:
        if other is event or other.type != event.type or other.status != event.status \
                or (other.mode or None) != (event.mode or None) or not (acts & _act_verbs(doc, other)) \
                or _another_occurrence(doc, other):
            continue
        o_source, o_target = _identity(doc, other, "source"), _identity(doc, other, "target")
        if _other_actor(source, o_source) or _other_actor(target, o_target):
            continue
        if not (source is not None and _one_actor(source, o_source) or target is not None and _one_actor(target, o_target)):
            continue
        if _other_object(doc, event, other) or _other_object(doc, other, event):
            continue
        found.append(other)
    if len({(o.date, o.date_end) for o in found}) != 1:
        return None
    return found[0]


# determiners that point back to something the text named before ("these printing houses")
_DEMONSTRATIVES = frozenset({"this", "these", "that", "those"})


def _verb_object(verb):
    """The object noun ``verb`` acts on (its ``dobj``, or a passive subject), or None."""
    return next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.pos_ in {"NOUN", "PROPN"}), None)


def _act_object(doc, event: Event):
    """The object noun ``event``'s trigger verb acts on (its ``dobj``, or a passive subject), or None."""
    verb = _trigger_verb(doc, event)
    return None if verb is None else _verb_object(verb)


def _pointed_objects(doc, event: Event) -> list:
    """The object nouns that tell ``event``'s act: its verb's own object, then the object of a
    "by" + gerund clause on that verb, which names the means and so the same act ("By striking
    these printing houses, Russia is attacking Ukraine's education system")."""
    verb = _trigger_verb(doc, event)
    if verb is None:
        return []
    nouns = [_verb_object(verb)]
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "by":
            nouns += [_verb_object(c) for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"]
    return [n for n in nouns if n is not None]


def _perfect_aspect(verb) -> bool:
    """Whether ``verb`` is in the perfect: a "have" auxiliary ("has destroyed", "have been hit")."""
    return verb is not None and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def same_object_dated(doc, event: Event, dated: list[Event]) -> Optional[Event]:
    """The earlier mention dated by its own sentence of the act ``event`` (undated by its sentence)
    tells again by pointing back at its object, or None: ``event``'s verb (or the "by" + gerund
    clause that names its means) acts on a noun with a demonstrative ("By striking these printing
    houses" after "On May 23, a Russian strike
    destroyed the Faktur-Druk printing house"), an earlier dated act of the same type acts on the
    same noun (its head lemma, and every modifier word of ``event``'s noun among the words of
    that object) and its actors are not others than ``event``'s. None when such dated acts
    disagree on the date, or ``event`` is one occurrence among others (``_another_occurrence``), or
    told in the present perfect ("Russia has destroyed these bridges": a recap summing up many acts,
    as ``perfect_recap`` reads it, not one dated act)."""
    noun = next((n for n in _pointed_objects(doc, event)
                 if any(c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES for c in n.children)), None)
    if noun is None or _another_occurrence(doc, event) or _perfect_aspect(_trigger_verb(doc, event)):
        return None
    modifiers = {c.lower_ for c in noun.children if c.dep_ in {"compound", "amod"}}
    source, target = _identity(doc, event, "source"), _identity(doc, event, "target")
    found = []
    for other in dated:
        if other is event or other.type != event.type or other.status != event.status \
                or other.sentence_end > event.sentence_start:
            continue
        obj = _act_object(doc, other)
        if obj is None or obj.lemma_.lower() != noun.lemma_.lower() \
                or not modifiers <= {t.lower_ for t in obj.subtree}:
            continue
        if _other_actor(source, _identity(doc, other, "source")):
            continue
        found.append(other)
    if len({(o.date, o.date_end) for o in found}) != 1:
        return None
    return found[0]


def _names_side(doc, event: Event, side: str, other: Event, other_side: str) -> bool:
    """``other``'s ``other_side`` actor is ``event``'s ``side`` one: the same identity, or a span
    holding every word of it ("Novillo" in "his Bolivian counterpart Edmundo Novillo", whose
    first mention, "his", is another's)."""
    if _one_actor(_identity(doc, event, side), _identity(doc, other, other_side)):
        return True
    words = set((getattr(event, f"{side}_text") or "").split())
    return bool(words) and words <= set((getattr(other, f"{other_side}_text") or "").split())


def _same_pair(doc, event: Event, other: Event) -> bool:
    """``event`` and ``other`` are between the same two actors, either way round."""
    return any(_names_side(doc, event, "source", other, a) and _names_side(doc, event, "target", other, b)
               for a, b in (("source", "target"), ("target", "source")))


def _unrealized_governor(noun) -> bool:
    """Whether a verb above ``noun`` is future or modal ("will raise it in his meeting with X",
    ``_NOT_BEFORE_HEAD_AUX``) or an infinitive ("hopes *to discuss* arms control in his meeting
    with X"): a meeting to come, or one aimed at, not the dated one told before."""
    node = noun
    for _ in range(8):
        if node.pos_ in {"VERB", "AUX"} and any(
                c.dep_ in _AUX_DEPS and (c.lower_ in _NOT_BEFORE_HEAD_AUX or c.lower_ == "to" and c.tag_ == "TO")
                for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def definite_meeting_dated(doc, event: Event, dated: list[Event]) -> Optional[Event]:
    """The act dated by its own sentence that is the meeting ``event`` names with a definite noun,
    or None: ``event`` is a CONSULT told by a meeting noun with a possessive or "the" ("said during
    his meeting with Novillo"; lexicon gathering_verbs, through the noun's verb), undated by its
    sentence, and the article dated a meeting of the same two actors (either way round) or a
    signing they did together (lexicon joint_signing_verbs): the meeting the definite noun points
    back to. None when such acts disagree on the date, or when the meeting is not asserted or a
    verb above it is future, modal or an infinitive (``_unrealized_governor``: "hopes to discuss
    arms control in his meeting with Lavrov" speaks of a meeting to come)."""
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if event.type != "CONSULT" or span is None or span.root.pos_ != "NOUN" \
            or not _act_verbs(doc, event) & WORDS.gathering_verbs \
            or not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in span.root.children) \
            or repeat_marked(doc, event) or _another_occurrence(doc, event) \
            or event.status not in {None, "asserted"} or _unrealized_governor(span.root):
        return None
    pair = {_identity(doc, event, "source"), _identity(doc, event, "target")}
    if None in pair or len(pair) != 2:
        return None
    found = [o for o in dated if o is not event and _same_pair(doc, event, o)
             and (o.type == "CONSULT" or _act_verbs(doc, o) & WORDS.joint_signing_verbs)]
    if len({(o.date, o.date_end) for o in found}) != 1:
        return None
    return found[0]


def date_events(doc) -> None:
    """Set ``date``, ``date_end`` and ``date_source`` on every event of ``doc``."""
    from newsgraph.nlp.events import _absorb, scheduled_act, with_merged_mentions

    # the mentions merged into an event too: one of them may become its face after linking
    events = with_merged_mentions(doc._.ng_events or [])
    if not events:
        return
    # a dateline's day ("KINSHASA, May 2 (AFP) -", "Geneva, May 12, 2024 -") dates the story, not its events
    text = doc_text(doc)
    wire = opening_dateline(text[:300])
    body_start = wire.end if wire else 0
    timexes = sorted((t for t in doc._.ng_timexes or [] if t.start >= body_start), key=lambda t: t.start)
    day = anchor_date(doc)
    occasion = anniversary_statement(doc, text)  # read once: it is the article's
    interview_body = interview_body_start(text)  # read once: it is the article's
    # events dated by their text or told as before the article, and the dated meetings or trips
    # of sentences that gave no event (``gathering_sentences``)
    told = gathering_sentences(doc, events, timexes, text)
    continues = {}  # id of an event -> the dated gathering whose readout it continues
    continued = []  # the events so dated (a readout's acts, a trip's scenes), in text order
    own_dated, undated = [], []  # dated by their own sentence; dated by the publication
    news_types = set()  # the types of the acts dated on the article's day so far (``perfect_recap``)
    for event in sorted(events, key=lambda e: (e.sentence_start, e.trigger_start)):
        found = choose_date(doc, event, timexes, text)
        within = _held_by_period(doc, event, found, told, timexes, continues) if day is not None else None
        if within is not None:
            # "The Secretary expressed his appreciation for her trip this week" in the readout of a
            # call dated today: the period holds the call, the act is the call's
            within, found = (within, found[0].text), None
        grounds = measure_grounds(doc, event)
        told_of = spoken_of_act(doc, event) if found is not None and found[2] == "sentence" else None
        relative = past_relative(doc, event)  # read below twice: the sentence's time, then the "before" chain
        if found is not None and found[2] == "sentence" and (grounds or before_publication(doc, event, [])
                                                             or relative or told_of
                                                             or _praise_time(doc, event, found[0])):
            # "the actions by the Department of State today ... for their roles in supporting ...":
            # the sentence's time is the measure's; its grounds are earlier conduct. So for "the UK's
            # actions today against individuals already designated by the United States": its own
            # clause says it was done before; and for "the individuals sanctioned today play key roles
            # ..., including an associate who helped al-Jamal procure vessels": a past relative clause
            # under a present one (``past_relative``); and for "spoke today with Kuleba to condemn
            # Russia's attacks": the time is the call's, the act noun told of is earlier (``spoken_of_act``)
            # and for "On Monday, Sullivan thanked Argentina for speaking out": the time is the
            # thanks', the reason was done before it (``_praise_time``)
            found = None
        if found is None and (scene := trip_scene(doc, event, timexes, told, text)) is not None:
            found = scene[:3]
            if scene[3] is not None:  # its later sentences continue the trip ("Mr. Finer also congratulated")
                continues[id(event)] = continues.get(id(scene[3]), scene[3])
        past = past_days(doc, event, timexes) if found is None and day is not None else None
        ordering = [t.text for t in timexes if event.sentence_start <= t.start and t.end <= event.sentence_end
                    and is_event_date(t) and _order_signal(text, t)]
        before = marked = None
        if found is not None and _approximate(found[0]):
            before, found = found[0].text, None
        elif found is None and past is None and within is None:
            before = (told_of or before_publication(doc, event, timexes) or attributed_deed(doc, event)
                      or praised_deed(doc, event)
                      or iterated_act(doc, event) or earlier_holders(doc, event)
                      or fronted_before(doc, event, text)
                      or preceding_act(doc, event) or (marked := past_marked_act(doc, event)
                                                                    or past_occasion(doc, event, timexes))
                      or before_anchor(doc, event, timexes) or named_arrangement(doc, event)
                      or earlier_reason(doc, event) or undergone_state(doc, event)
                      or standing_measure(doc, event, events) or counted_state(doc, event) or grounds
                      or designee_conduct(doc, event, events)
                      or backdrop_aspect(doc, event) or relative)
            total = running_total(doc, event, timexes) if before is None else None
            before = f"a running total: '{total}'" if total else before
            scene = earlier_scene(doc, event, timexes, text, day.year) if before is None and day is not None else None
            before = f"a past act set in '{scene}'" if scene else before
            remembered = commemorated_act(doc, event, timexes, day, occasion) if before is None and day is not None else None
            before = f"a past act an anniversary statement remembers: '{remembered}'" if remembered else before
            recap = perfect_recap(doc, event, timexes, news_types) if before is None and day is not None else None
            before = f"a present perfect recap: '{recap}'" if recap else before
            if before is None and interview_body is not None and event.trigger_start >= interview_body \
                    and (_past_tense(doc, event) or _gerund_of_past(doc, event)):
                # Reichenbach: a simple past is before its speech time, here the interview's, not the
                # publication; an interview's answers tell the speaker's past, not the day's news
                before = "a past act told in an interview's questions and answers"
        span = timex_span(found[0], found[1]) if found is not None else None
        if span is not None:
            start, end, where = found
            (event.date, event.date_end), event.date_source = span, TEXT
            if end is None and not start.date_range and not day_range(start) and day is not None \
                    and (_since(text, start) or _in_since_clause(doc, start)):
                event.date_end = day.isoformat()  # "has provided aid since 2014": ongoing to the article's day
            written = f"{start.text}" + (f" ... {end.text}" if end else "")
            note = (f"date {event.date}{'/' + event.date_end if event.date_end else ''} from '{written}' in "
                    f"{where if where.startswith('the ') else 'its ' + where}")
            if futurate_progressive(doc, event, day):
                # a scheduled act: to come, a trip as "will travel" (AGREE); a hostile measure decided
                # for a later day keeps its type, no threat (events.scheduled_act)
                event.type, event.mode = scheduled_act(event.type, event.mode)
                event.status = "planned"
                note += f"; planned: a present progressive dated after the article ({event.type})"
        elif past is not None:
            # "leaders arrested in the past week": within the days up to the article (TimeML DURATION)
            first_day = day - dt.timedelta(days=past[1]) if past[2] == "D" else _months_before(day, past[1])
            event.date, event.date_end, event.date_source = first_day.isoformat(), day.isoformat(), TEXT
            note = (f"date {event.date}/{event.date_end} from '{past[0].text}' (the {past[1]} "
                    f"{'days' if past[2] == 'D' else 'months'} up to the article's day)")
        elif before is not None:
            event.date, event.date_end, event.date_source = None, None, BEFORE
            note = (f"undated, before the publication ({before})"
                    if before.startswith(("a past act", "a running total", "a present perfect", "a standing state",
                                          "a past progressive", "a pluperfect", "an act noun",
                                          "a deed"))
                    else f"undated, before the publication ('{before}' gives no date)")
        elif day is not None and ((purpose := _purpose_of(doc, event, continued)) is not None
                                  or (gathering := (within[0] if within else None)
                                      or continued_gathering(doc, event, told, timexes, continues)) is not None):
            gathering = continues[id(purpose)] if purpose is not None else gathering
            continues[id(event)] = gathering
            # a readout's later act is part of its dated meeting, call or trip (TimeML IS_INCLUDED)
            event.date, event.date_end, event.date_source = gathering.date, gathering.date_end, TEXT
            note = (f"date {event.date}{'/' + event.date_end if event.date_end else ''} from the "
                    + (f"'{purpose.trigger}' whose purpose it states, in the '{gathering.trigger}' it continues"
                       if purpose is not None else f"'{gathering.trigger}' it continues (a readout's later sentence)"))
            if within is not None and purpose is None:
                note += f"; its '{within[1]}' is a longer period that holds it"
        elif day is not None and (late := earlier_scene(doc, event, timexes, text, day.year,
                                                        day - dt.timedelta(days=_LATE_SCENE_DAYS))) is not None:
            # "Starting on March 3, workers marched in the capital. In response, the police arrested
            # dozens of organizers" in a statement of June 15: a narrative past set in a period that
            # ended over a week before the article, after no readout or trip gave the act its
            # gathering's date (0.1.85)
            event.date, event.date_end, event.date_source = None, None, BEFORE
            note = f"undated, before the publication (a past act set in '{late}', over a week before the article)"
        elif day is not None and (activity := ongoing_activity(doc, event)) is not None:
            # an activity under way when the article was written: the publication's month
            event.date, event.date_end, event.date_source = day.isoformat()[:7], None, PUBLICATION
            note = f"date {event.date}, the publication's month: an ongoing activity '{activity}'"
        elif day is not None:
            event.date, event.date_end, event.date_source = day.isoformat(), None, PUBLICATION
            note = f"date {event.date} from the publication (its sentence gives none)"
        else:
            event.date, event.date_end, event.date_source = None, None, None
            note = "undated (no date in its sentence, none published)"
        if ordering:
            note += f"; {', '.join(repr(o) for o in ordering)} after before/by/until orders, not dates (TimeML)"
        if _reported_deed(event) and found is None:
            note += "; an accusation is dated when made, not by the deed"
        event.explanation = (f"{event.explanation}; " if event.explanation else "") + f"{note} [{COMPONENT} {VERSION}]"
        if event.date_source == TEXT or event.date_source == BEFORE and not marked:
            # a past act named by a marked noun ("during his most recent visit") is a mention in a
            # sentence whose own clause may go on with a readout: it does not end the readout
            told.append(event)
        if id(event) in continues:
            continued.append(event)
        if day is not None and event.date_source in {TEXT, PUBLICATION} and event.date == day.isoformat():
            news_types.add(recap_kind(event) or event.type)  # an act of the article's day: a later recap of its kind may continue it
        if found is not None and event.date_source == TEXT:
            own_dated.append(event)
        elif event.date_source == PUBLICATION:
            undated.append((event, note))
    # two acts on different days, or an act told as another occurrence, are two events (issue 6)
    split = split_other_occurrences(doc, doc._.ng_events or [], [e for e in events if e.date_source == TEXT])
    if len(split) != len(doc._.ng_events or []):
        doc._.ng_events = split
    # one act told twice: the mention its sentence does not date takes the date of the one that
    # is dated, and both are one event (issue 6: several mentions of one act are one event that
    # keeps every evidence span)
    face_of = {id(m): e for e in doc._.ng_events or [] for m in (e, *e.merged_mentions)}
    replaced = {}  # id of a face folded into another event -> that event (None: it is gone)
    for event, note in undated:
        same = same_act_dated(doc, event, own_dated, timexes)
        if same is None:
            # "By striking these printing houses": the act on the object told dated before
            pointed = same_object_dated(doc, event, own_dated)
            meeting = definite_meeting_dated(doc, event, own_dated) if pointed is None else None
            if pointed is not None or meeting is not None:
                other = pointed or meeting
                event.date, event.date_end, event.date_source = other.date, other.date_end, TEXT
                why = ("told dated before on the object it points back to" if pointed is not None
                       else "of the same two, the meeting its definite noun names")
                event.explanation = event.explanation.replace(
                    note, f"date {event.date}{'/' + event.date_end if event.date_end else ''} from the "
                          f"'{other.trigger}' {why}")
            continue
        face, other = face_of.get(id(same)), face_of.get(id(event))
        if event is other and face is not None and face is not other:
            # one event: its face the telling that names more of the actors (a headline's "ask"
            # names no one asked; the body's "asking religious schools" does), the dated one on a tie
            main, told = (event, face) if _named_sides(event) > _named_sides(face) else (face, event)
            spans = [*(main.evidence_spans or []), *(told.evidence_spans or [])]
            _absorb(main, told)
            main.evidence_spans = list(dict.fromkeys(spans))
            replaced[id(face)], replaced[id(event)] = main, None
            for mention in (main, *main.merged_mentions):
                face_of[id(mention)] = main
        event.date, event.date_end, event.date_source = same.date, same.date_end, TEXT
        sentence = " ".join(text[same.sentence_start:same.sentence_end].split())
        sentence = sentence if len(sentence) <= 80 else sentence[:77] + "..."
        event.explanation = event.explanation.replace(
            note, f"date {event.date}{'/' + event.date_end if event.date_end else ''} from the same act "
                  f"'{same.trigger}' told dated in another sentence (\"{sentence}\")")
    if replaced:
        doc._.ng_events = [replaced.get(id(e), e) for e in doc._.ng_events if replaced.get(id(e), e) is not None]


@Language.factory(COMPONENT, requires=["doc._.ng_events", "doc._.ng_timexes"],
                  assigns=["doc._.ng_events"])
def make_event_dates_component(nlp, name):
    """spaCy factory: dates each event in ``doc._.ng_events`` (see ``date_events``)."""

    def event_dates_component(doc):
        date_events(doc)
        return doc

    return event_dates_component
