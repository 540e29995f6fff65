"""Transcript turns: who holds the floor at each character of a press-briefing transcript.

A State Department or White House transcript labels each turn at the start of a line: "MR
PRICE:", "QUESTION:", "MODERATOR:", "OPERATOR:" (``TURN_LINE``), or, in White House
press calls, a bare "Q" followed by spaces. A turn runs from its label to the next label. Each
turn has a speaker role, from ``lexicons/briefing.yaml``:

* ``press``: a reporter's question ("QUESTION", "Q"); the turn as a whole is a question context;
* ``moderator``: who runs the call ("MODERATOR", "OPERATOR"): ground rules, calling on reporters;
* ``official``: a label that names an office holder ("MR PRICE", "SECRETARY BLINKEN",
  "SENIOR ADMINISTRATION OFFICIAL TWO");
* ``unknown``: any other label.

Only a text with at least one press or moderator turn is a briefing transcript
(``is_briefing``); a text of "Speaker: ..." lines alone is an exchange of remarks, and a table
of "VESSEL TYPE: Bulk" rows no transcript. Nothing here writes to the Doc's annotations; the
label matches are kept by ``doc_cache.text_matches``, the turns and the reporters' names in
``Doc.user_data["ng_turns"]`` (values of the text alone, right for the Doc's life).

Readers: ``events.briefing_check`` (checks not-press-question, not-briefing-talk) and
``linking._turn_speaker`` (a reporter's "we" speaks for no state; ``line_label_at``, the label
of any labelled line, in a transcript or an exchange of remarks); coref's turn speakers,
voice and statements read ``TURN_LABEL`` / ``TURN_LINE``.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional


from newsgraph.nlp.doc_cache import doc_text, text_matches
from newsgraph.nlp.word_lists import read_word_sets
from newsgraph.resolve.countries import lookup_country

LEXICON_PATH = Path(__file__).parent / "lexicons" / "briefing.yaml"

# "MR PRICE:", "SECRETARY BLINKEN:", "FOREIGN MINISTER KULEBA:" at the start of a line: a
# transcript turn (State Department and White House briefings); "QUESTION:", "MODERATOR:" too
TURN_LABEL = re.compile(r"[ \t]*([A-Z][A-Z.'’\- ]{1,48}?)\s*:(?=\s)")  # a turn's label where a line starts
TURN_LINE = re.compile("^" + TURN_LABEL.pattern, re.M)
# a labelled turn ("MR PRICE:", TURN_LABEL) or the White House "Q" with two or more
# spaces (or a colon) after it, where a line starts
TURN_START = re.compile(r"^(?:%s|[ \t]*(?P<q>Q)(?:[ \t\xa0]{2,}|:[ \t\xa0]))" % TURN_LABEL.pattern, re.M)

PRESS, MODERATOR, OFFICIAL, UNKNOWN = "press", "moderator", "official", "unknown"


@dataclass(frozen=True)
class Turn:
    """One turn of a transcript: ``start`` (the label's first character) to ``end`` (the next
    label, or the text's end), ``label`` as written ("MR PRICE"), ``role`` (press, moderator,
    official, unknown) and ``body_start``, the first character after the label."""
    start: int
    end: int
    label: str
    role: str
    body_start: int


@dataclass(frozen=True)
class BriefingLexicon:
    press_labels: frozenset[str]
    moderator_labels: frozenset[str]
    official_label_words: frozenset[str]
    inquiry_verbs: frozenset[str]
    inquiry_adjectives: frozenset[str]
    floor_verbs: frozenset[str]
    floor_nouns: frozenset[str]
    press_addressed_verbs: frozenset[str]


@functools.lru_cache(maxsize=1)
def briefing_lexicon() -> BriefingLexicon:
    """``lexicons/briefing.yaml`` read once."""
    return read_word_sets(LEXICON_PATH, BriefingLexicon)


def _fold(label: str) -> str:
    return " ".join(label.replace(".", " ").lower().split())


def label_role(label: str) -> str:
    """The speaker role a turn label gives: "QUESTION" -> press, "MODERATOR" -> moderator,
    "MR PRICE" -> official, "VESSEL TYPE" -> unknown."""
    lex = briefing_lexicon()
    folded = _fold(label)
    if folded in lex.press_labels:
        return PRESS
    if folded in lex.moderator_labels:
        return MODERATOR
    if any(word in lex.official_label_words for word in folded.split()):
        return OFFICIAL
    return UNKNOWN


def turns(doc) -> list[Turn]:
    """Every turn of the Doc's text, in text order (empty when no line starts with a label)."""
    cache = doc.user_data.setdefault("ng_turns", {})
    found = cache.get("turns")
    if found is not None:
        return found
    text = doc_text(doc)
    matches = text_matches(doc, TURN_START)
    found = []
    for i, match in enumerate(matches):
        label = match.group("q") or match.group(1)
        start = match.start("q") if match.group("q") else match.start(1)
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        found.append(Turn(start, end, label.strip(), label_role(label), match.end()))
    cache["turns"] = found
    return found


def line_label_at(doc, offset: int) -> Optional[str]:
    """The label ("FOREIGN MINISTER KULEBA") of the last line opening with a turn label
    (``TURN_LINE``) at or before the character ``offset``, in any text: a briefing transcript
    or an exchange of "Speaker: ..." remarks; None before the first such line."""
    label = None
    for match in text_matches(doc, TURN_LINE):
        if match.start(1) > offset:
            break
        label = match.group(1)
    return label


def is_briefing(doc) -> bool:
    """Whether the Doc is a briefing transcript: some turn is a reporter's or a moderator's."""
    cache = doc.user_data.setdefault("ng_turns", {})
    found = cache.get("briefing")
    if found is None:
        found = cache["briefing"] = any(turn.role in (PRESS, MODERATOR) for turn in turns(doc))
    return found


def turn_at(doc, offset: Optional[int]) -> Optional[Turn]:
    """The turn of a briefing transcript that holds the character ``offset``; None outside any
    turn (before the first label) or when the Doc is no briefing transcript."""
    if offset is None or not is_briefing(doc):
        return None
    found = turns(doc)
    cache = doc.user_data["ng_turns"]
    starts = cache.get("starts")
    if starts is None:
        starts = cache["starts"] = [t.start for t in found]  # asked once per event, actor and statement
    i = bisect.bisect_right(starts, offset) - 1
    if i < 0 or offset >= found[i].end:
        return None
    return found[i]


# a person's name as a transcript writes it: one to three capitalised words ("Said", "Matt Lee",
# "Iurii Sheiko"); the press's own name for itself when it introduces itself or is called on
_NAME = r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}"
# who runs the floor calling a reporter: "let's go (next) to (the line of) Matt Lee", "a final
# question from Charlotte", "a follow-up from Abby", "we'll turn to Salome Ramirez next",
# "Christina Ruffini, your line is open", "open Mr. Fontemaggi's line"
_CALLED_ON = re.compile(
    rf"\b(?:go(?:\s+next)?\s+to(?:\s+the\s+line)?(?:\s+now)?(?:\s+of)?|(?:question|follow-up)\s+from"
    rf"|turn\s+to|call\s+on)\s+(?:Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+)?(?P<name>{_NAME})"
    rf"|(?P<line>{_NAME}),\s+your\s+line\s+is\s+open")
# a reporter introducing themself: "This is Tracy Wilkinson with the Los Angeles Times",
# "Pedro Rojas with Univision", "from Iurii Sheiko from Deutsche Welle"
_OUTLET = r"(?P<outlet>(?:the\s+)?[A-Z][\w&'’\-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w&'’\-]*){0,4})"
_SELF_INTRODUCED = re.compile(rf"(?:^|[.!?]\s+|\b[Tt]his\s+is\s+|\bI[’']m\s+|\bfrom\s+)(?P<name>{_NAME})\s+(?:with|from)\s+{_OUTLET}")
# words a turn may end on that call on nobody ("Yes.", "Correct.", "Thank you, sir.")
_NO_NAME = {"Yes", "Yeah", "Correct", "Sir", "Ma’am", "Okay", "OK", "Thanks", "Thank", "Great", "Right", "Sure",
            "Please", "Mm-hmm", "Exactly", "Absolutely", "Good", "No", "All", "The", "I", "We", "You", "It", "That"}
# the last words of a speaker's turn before a reporter's: a vocative calling on them ("Yes,
# Francesco.", "Said.", "Go ahead, Humeyra.")
_VOCATIVE_CALL = re.compile(rf"(?:^|[.!?]\s+)(?:(?:Yes|Okay|OK|Go ahead|Please|Sure|And)[,.]?\s+)*"
                            rf"(?P<name>{_NAME})[.]?\s*$")


def press_members(doc) -> frozenset[str]:
    """The names of the reporters of a briefing transcript, as the transcript writes them (and
    each name's last word): called on by who runs the floor ("Let's go to Matt Lee", "Yes,
    Francesco." closing the turn before a question) or introducing themselves at the start of
    their question ("Pedro Rojas with Univision"). Empty for any other text."""
    cache = doc.user_data.setdefault("ng_turns", {})
    found = cache.get("press")
    if found is not None:
        return found
    names: set[str] = set()
    if is_briefing(doc):
        text = doc_text(doc)
        found_turns = turns(doc)
        for i, turn in enumerate(found_turns):
            body = text[turn.body_start:turn.end]
            if turn.role == PRESS:
                intro = _SELF_INTRODUCED.search(body[:160])
                if intro is not None:
                    names.add(intro.group("name"))
                continue
            for match in _CALLED_ON.finditer(body):
                names.add(match.group("name") or match.group("line"))
            if i + 1 < len(found_turns) and found_turns[i + 1].role == PRESS:
                call = _VOCATIVE_CALL.search(body.strip()[-60:])
                if call is not None:
                    names.add(call.group("name"))
    words = set()
    for name in names:
        parts = name.split()
        if parts and parts[0] in ("It’s", "It's", "I’m", "I'm"):
            parts = parts[1:]  # "It’s Pamala Falk with CBS News"
            name = " ".join(parts)
        if not parts or parts[0] in _NO_NAME or any(p.isupper() and len(p) > 1 for p in parts) \
                or lookup_country(name) is not None:
            continue  # no name: a reply ("Correct."), an acronym ("NBC"), a country ("Taiwan.")
        words.add(name)
        words.add(parts[-1])
    found = cache["press"] = frozenset(words)
    return found


def press_outlet_span(doc, turn: Turn) -> Optional[tuple[int, int]]:
    """The (start, end) of the outlet a reporter's turn names for its reporter: in their own
    introduction ("This is Tracy Wilkinson with the Los Angeles Times" -> "the Los Angeles
    Times") or in the call on them just before ("Our next question is from Iurii Sheiko from
    Deutsche Welle"); None when neither names one, or for a turn that is no reporter's."""
    if turn.role != PRESS:
        return None
    text = doc_text(doc)
    found_turns = turns(doc)
    i = found_turns.index(turn)
    places = [(turn.body_start, min(turn.end, turn.body_start + 160))]
    if i > 0:
        before = found_turns[i - 1]
        places.append((max(before.body_start, before.end - 160), before.end))
    for start, end in places:
        intro = _SELF_INTRODUCED.search(text[start:end])
        if intro is not None:
            outlet = intro.group("outlet")
            first = start + intro.start("outlet") + len(outlet) - len(outlet.lstrip())
            return (first, start + intro.start("outlet") + len(outlet.rstrip()))
    return None


def press_outlet(doc, turn: Turn) -> Optional[str]:
    """The outlet a reporter's turn names for its reporter (``press_outlet_span``) as written;
    None when neither names one."""
    span = press_outlet_span(doc, turn)
    return doc_text(doc)[span[0]:span[1]] if span is not None else None
