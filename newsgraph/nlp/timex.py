"""Time expressions: find them in a Doc and normalise them TimeML-style.

Detection is a token chunker: each token is classed as a time *head* (month, weekday,
unit, year, anchor word such as "yesterday"), a *number* or a *modifier* ("the", "last",
"early", "fiscal" ...); contiguous runs that contain a head become candidates, trimmed at
the edges the way the TimeML guidelines draw extents (prepositions such as "in"/"on" stay
outside, modifiers such as "late", "nearly" stay inside). spaCy's DATE/TIME entities are
added where the chunker found nothing.

Normalisation follows the TimeML/TIMEX3 conventions: values are anchored at the document
creation time (``doc._.ng_reference_date``); a month or weekday without a year is resolved
to the nearest occurrence in the direction the governing verb's tense points (past by
default); "a year ago" in a text that talks in quarters takes the quarter's granularity.
dateparser is only tried when no rule applies.

A calendar range written out ("June 27-30", "March 30 – April 2", "from 2019 to 2021", "between
March and May 2019", "9–11 March 2022") keeps both ends: each of its expressions carries
``Timex.date_range`` (start, end), the year written on one side carried to the other
(``_read_ranges``); extents stay as the chunker draws them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

from spacy.attrs import LIKE_NUM
from spacy.language import Language

from newsgraph.intake.dates import NUMERIC_DATE_RE as _NUMERIC_DATE_FULL_RE
from newsgraph.intake.dates import (NumericDate, decide_order, numeric_dates, opening_dateline, read_numeric_date,
                                    written_order)
from newsgraph.nlp import extensions  # noqa: F401  (registers Doc._.ng_*)
from newsgraph.nlp.doc_cache import doc_ents, doc_text, token_lowers, token_texts
from newsgraph.nlp.types import Timex

COMPONENT = "newsgraph_timex"
VERSION = "0.2.9"  # 0.2.9: a press-release dateline opening the text ("Geneva, May 12, 2024 - ", intake.dates.press_dateline) anchors relative dates as a wire dateline does (_dateline_anchor reads opening_dateline) (history: docs/component_versions.md)

# ---------------------------------------------------------------- lexicon (general English)

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
# Month names that are also common words: only a month next to other time words.
AMBIGUOUS_MONTHS = {"may", "march", "mar", "jan", "jun", "jul", "sep", "dec", "aug"}
WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7, "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4,
    "fri": 5, "sat": 6, "sun": 7,
}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# unit word -> (TimeML duration letter, is a time-of-day unit)
UNITS = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "week": ("W", False), "month": ("M", False), "quarter": ("Q", False),
    "year": ("Y", False), "decade": ("E", False), "century": ("C", False),
    "centuries": ("C", False), "weekend": ("WE", False),
}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "tonight": "NI", "overnight": "NI"}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "dozen": 12, "couple": 2,
}


def counted_value(noun) -> Optional[int]:
    """The number the one count modifier (``nummod``) of the spaCy token ``noun`` spells ("two
    key banks": 2, "1,200 people": 1200, NUMBER_WORDS or digits); None where it has no count, more
    than one, or a count that is no plain number ("dozens")."""
    counts = [c for c in noun.children if c.dep_ == "nummod"]
    if len(counts) != 1:
        return None
    word = counts[0].lower_.replace(",", "")
    return NUMBER_WORDS.get(word) or (int(word) if word.isdigit() else None)


VAGUE_NUMBERS = {"few", "several", "some", "many", "more", "recent", "coming"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
            "4th": 4, "last": 4, "final": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10}
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}
# Anchor words that are a time expression on their own: word -> (type, value or None)
ANCHORS = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "presently": "PRESENT_REF", "recently": "PAST_REF",
    "recent": "PAST_REF", "lately": "PAST_REF", "previously": "PAST_REF",
    "formerly": "PAST_REF", "soon": "FUTURE_REF", "today": None, "yesterday": None,
    "tomorrow": None, "tonight": None, "overnight": None, "future": "FUTURE_REF",
}
SET_ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
               "yearly": "P1Y", "hourly": "PT1H", "quarterly": "P3M", "nightly": "P1D"}
# Adverbs that in business news mostly describe a rate, not a time ("pays quarterly"):
# TimeBank leaves most of them unannotated, so they are not detected on their own.
UNDETECTED_SET_ADVERBS = {"quarterly", "annually", "daily", "yearly"}
# Words that may sit inside a time expression (TimeML keeps them in the extent).
MODIFIERS = {
    "the", "this", "that", "these", "last", "next", "past", "coming", "previous", "following",
    "early", "earlier", "late", "later", "mid", "middle", "end", "beginning", "start", "of",
    "fiscal", "calendar", "ago", "latest", "same", "each", "every", "about", "nearly",
    "almost", "than", "less", "fewer", "least", "at", "up", "to", "within", "over", "around",
    "roughly", "approximately", "some", "more", "full", "entire", "whole", "corresponding",
    "comparable", "year-earlier", "year-ago", "prior", "near", "short", "term", "old",
    "period", "half", "and", "from", "just", "only", "additional", "trading", "business",
    "final", "initial", "remaining", "this-past", "-", "–", ",", "'s", "’s", "a.m.", "p.m.",
    "est", "edt", "gmt", "utc", "pst", "pdt", "cst", "local", "time", "noon",
    "midnight", "current", "recent", "o'clock",
}
# Modifiers that may not start or end an extent.
EDGE_TRIM_START = {"of", "to", "and", "from", ",", "-", "–", "'s", "’s", "at", "up", "than",
                   "only", "just", "half", "trading", "business",
                   "over", "period", "term", "old", "time", "ago", "that", "end",
                   "beginning", "start", "middle"}
EDGE_TRIM_END = {"of", "the", "to", "and", "from", ",", "-", "–", "at", "up", "than", "this",
                 "that", "these", "last", "next", "past", "coming", "previous", "following",
                 "early", "late", "mid", "fiscal", "calendar", "about", "nearly", "almost",
                 "less", "fewer", "least", "within", "over", "around", "roughly",
                 "approximately", "some", "more", "each", "every", "same", "full", "entire",
                 "whole", "just", "only", "a", "an", "'s", "’s", "time", "local", "near",
                 "short", "additional", "corresponding", "comparable", "prior", "latest",
                 "current", "recent", "final", "initial", "remaining", "trading", "business",
                 "middle", "beginning", "start", "end", "half"}

YEAR_RE = re.compile(r"^(1[6-9]\d\d|20\d\d)$")
DECADE_RE = re.compile(r"^(?:(1[6-9]|20)(\d)0|'(\d)0|(\d)0)'?s$")
CLOCK_RE = re.compile(r"^\d{1,2}:\d\d$")
NUMERIC_DATE_RE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$")
ISO_DATE_RE = re.compile(r"^(1[6-9]\d\d|20\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
CLOCK_AMPM_RE = re.compile(r"^\d{1,2}(?::\d\d)?(?:am|pm)$")
# texts dateparser may help with: a month name or a numeric date the rules did not take
_DATEPARSER_WORTHY_RE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d[./-]\d{1,2}[./-]\d",
    re.IGNORECASE)
DIGITS_RE = re.compile(r"^\d+(?:\.\d+)?$")
FRACTION_RE = re.compile(r"^\d/\d$")
ORDINAL_DAY_RE = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)$")

_PREPOSITIONS_BEFORE_MONTH = {"in", "since", "until", "till", "by", "through", "during",
                              "early", "late", "mid", "last", "next", "this", "of", "before",
                              "after", "from", "to", "between", "and", "or", "each", "every"}


@dataclass
class _Context:
    """What earlier time expressions in the document tell us about later ones."""

    quarter: Optional[tuple[int, int]] = None  # last (year, quarter) mentioned
    # the last calendar date mentioned and its precision ("day", "month", "year"): what
    # "two years before that", "the year after" and "that day" count from
    last: Optional[tuple[dt.date, str]] = None


# ---------------------------------------------------------------- detection


def _word(tok) -> str:
    return _word_of(tok.text, tok.lower_)


_AM_PM = frozenset({"a.m.", "p.m."})


def _word_of(text: str, lower: str) -> str:
    """``_word`` from a token's text and lower-case form."""
    return lower.rstrip(".") if text not in _AM_PM else lower


def _plainly_no_time_word(w: str, like_num: bool) -> bool:
    """The fast exit for the great majority of tokens (empty, no digit, not a lexicon word)."""
    return not w or w not in _LEXICON_WORDS and not w[0].isdigit() and w[0] != "'" and "-" not in w \
        and not like_num


def _token_class(doc, i: int) -> Optional[str]:
    """'head', 'num', 'mod' or None for the token at ``i``."""
    tok = doc[i]
    w = _word(tok)
    if _plainly_no_time_word(w, tok.like_num):
        return None
    base = w[:-1] if w.endswith("s") and w[:-1] in UNITS else w
    if w in MONTHS:
        if tok.is_lower and w not in {"january", "february", "april", "june", "july",
                                      "august", "september", "october", "november",
                                      "december"}:
            return None
        if not tok.is_title and not tok.is_upper:
            return None
        if w in AMBIGUOUS_MONTHS:
            prev = _word(doc[i - 1]) if i > 0 else ""
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            if not (prev in _PREPOSITIONS_BEFORE_MONTH or
                    (nxt is not None and (nxt.like_num or YEAR_RE.match(nxt.text)))):
                return None
        return "head"
    if w in WEEKDAYS:
        if len(w) <= 5 and w not in {"friday", "monday", "sunday"} and not tok.text.endswith("."):
            return None
        return "head" if (tok.is_title or tok.is_upper) else None
    if w.endswith("s") and w[:-1] in WEEKDAYS and len(w) > 6 and tok.is_title:
        return "head"  # "Mondays": a SET
    if w in PARTS_OF_DAY and i > 0 and doc[i - 1].lower_ == "good":
        return None  # a greeting
    if base in UNITS or w in PARTS_OF_DAY or w in SEASONS:
        if tok.is_title and not tok.is_sent_start and base in {"day", "week", "month", "year",
                                                                "century"}:
            return None  # part of a name: "Labor Day", "Black History Month"
        if w in SEASONS and w == "fall" and tok.pos_ == "VERB":
            return None
        if base == "second" and w == "second":
            prev = doc[i - 1] if i > 0 else None
            return "head" if prev is not None and prev.like_num else "num"
        if base in {"quarter"}:
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            prev_w = _word(doc[i - 1]) if i > 0 else ""
            if prev_w == "-" and i > 1:
                prev_w = _word(doc[i - 2])
            if nxt is not None and nxt.lower_ == "of" and prev_w not in ORDINALS:
                after = doc[i + 2] if i + 2 < len(doc) else None
                if after is None or not YEAR_RE.match(after.text):
                    return None
        return "head"
    if w == "period" and i > 0:
        prev_w = _word(doc[i - 1])
        if prev_w in {"ago", "earlier"} and i > 2 and doc[i - 2].text == "-":
            return "head"  # "year-ago period"
        return "head" if prev_w in {"latest", "comparable", "corresponding", "same", "year-earlier",
                                     "year-ago"} or YEAR_RE.match(doc[i - 1].text) else "mod"
    if w == "soon" and ((i > 0 and doc[i - 1].lower_ == "as") or
                        (i + 1 < len(doc) and doc[i + 1].lower_ in {"as", "after"})):
        return None  # "as soon as", "soon after": a relation, not a time
    if w in {"recently", "previously", "formerly"} and i > 0 and doc[i - 1].pos_ == "DET":
        return None  # "a previously announced plan": part of a modifier
    if w in ANCHORS:
        if w in {"current", "recent"}:
            # Only as a modifier of a following noun ("current levels"), not in "a current".
            return "head" if tok.pos_ == "ADJ" else None
        if w == "future":
            return "head" if tok.pos_ == "NOUN" else None
        return "head"
    if w in SET_ADVERBS:
        return "head" if tok.pos_ == "ADV" and w not in UNDETECTED_SET_ADVERBS else None
    if YEAR_RE.match(tok.text):
        prev = doc[i - 1].text if i > 0 else ""
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if prev in {"$", "#", "No", "no"} or (nxt is not None and nxt.text in {"%", "-"} and
                                               i + 2 < len(doc) and doc[i + 2].like_num):
            return None
        if i > 0 and (_word(doc[i - 1]) in MONTHS or doc[i - 1].text == "," and i > 1
                      and (doc[i - 2].like_num or _word(doc[i - 2]) in MONTHS)):
            return "head"
        if nxt is not None and nxt.pos_ in {"NOUN", "PROPN"} and _word(nxt) not in UNITS \
                and nxt.lower_.rstrip("s") not in UNITS and _word(nxt) not in MONTHS \
                and _word(nxt) not in ORDINALS and _word(nxt) not in {"fiscal", "period"}:
            return None
        return "head"
    if DECADE_RE.match(w) or w in DECADE_WORDS or CLOCK_RE.match(w) or NUMERIC_DATE_RE.match(w) \
            or ISO_DATE_RE.match(w) or CLOCK_AMPM_RE.match(w):
        return "head"
    if w in {"a.m.", "p.m.", "am", "pm"} and i > 0 and doc[i - 1].like_num:
        return "head"
    if w in {"noon", "midnight"}:
        return "head"
    if w in ORDINALS or ORDINAL_DAY_RE.match(w):
        return "num"
    if w in NUMBER_WORDS or DIGITS_RE.match(w) or w in VAGUE_NUMBERS or tok.like_num \
            or FRACTION_RE.match(w):
        return "num"
    if w in MODIFIERS:
        return "mod"
    if "-" in w and all(part in NUMBER_WORDS for part in w.split("-")):
        return "num"
    return None


_TENS = {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
         "eighty", "ninety"}
_DIGIT_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
# Modifiers that may follow a number inside one expression ("two more years", "a couple of").
_AFTER_NUMBER_OK = {"-", "of", "more", "additional", "trading", "business", "and", "full",
                    "a.m.", "p.m.", "am", "pm", "to"}


def _mark_spoken_years(doc, classes: list) -> None:
    """'nineteen ninety-six', 'the year two thousand': spoken years (broadcast transcripts)."""
    n = len(doc)
    lowers = token_lowers(doc)
    for i in range(n - 1):
        w, nxt = lowers[i], lowers[i + 1]
        if (w == "nineteen" and nxt in _TENS) or (w == "two" and nxt == "thousand" and i > 0
                                                   and doc[i - 1].lower_ == "year"):
            classes[i] = classes[i + 1] = "head"
            k = i + 2
            if k + 1 < n and doc[k].text == "-" and doc[k + 1].lower_ in _DIGIT_WORDS:
                classes[k] = classes[k + 1] = "head"
            elif k < n and doc[k].lower_ in _DIGIT_WORDS:
                classes[k] = "head"


def _breaks_before(doc, classes, i: int, j: int) -> bool:
    """Whether the run that started at ``i`` must end before token ``j``."""
    tok = doc[j]
    n = len(doc)
    prev = doc[j - 1]
    if tok.is_sent_start:
        return True
    if tok.text == ",":
        # a comma continues "Oct. 15, 1999" and "Friday, Nov. 6" only
        nxt = doc[j + 1] if j + 1 < n else None
        return not (nxt is not None and (YEAR_RE.match(nxt.text) or _word(nxt) in MONTHS)
                    and classes[j - 1] is not None)
    w = tok.lower_
    if w in {"and", "to", "from", "or"}:
        if w == "to" and prev.lower_ == "up":
            return False
        return True
    pw = _word(prev)
    # a number followed by a modifier is a price or count, not part of the time ("33 million a year")
    if classes[j - 1] == "num" and (prev.like_num or DIGITS_RE.match(prev.text)) \
            and not (pw in ORDINALS and classes[j] == "num") and not _day_after_month(doc, j - 1) and not FRACTION_RE.match(w) \
            and classes[j] in {"mod", "num"} and w not in _AFTER_NUMBER_OK \
            and not (classes[j] == "num" and pw in NUMBER_WORDS and w in NUMBER_WORDS):
        if not (pw in {"a", "an", "few", "several", "couple", "some"} or _word(tok) in {"few", "several", "couple"}):
            return True
    if classes[j - 1] == "num" and w in {"a", "an"}:
        return True
    if classes[j - 1] == "num" and prev.like_num and w in ANCHORS:
        return True  # "78 now"
    # "four hours Friday", "nine months of 1997": a duration then a date are two expressions
    if _unit_of(pw) and pw.endswith("s") and (classes[j] == "head" and not _unit_of(w)
                                               and w not in {"ago"}):
        return True
    if w == "of" and _unit_of(pw) and pw.endswith("s"):
        return True
    return False


def _spans_from_chunker(doc) -> list[tuple[int, int]]:
    """Token spans (start, end) of contiguous time-word runs that contain a head."""
    # the fast exit read from the cached words and one array of flags, not from a Token each
    texts, lowers, like_num = token_texts(doc), token_lowers(doc), doc.to_array(LIKE_NUM).tolist()
    # (``_word_of`` and ``_plainly_no_time_word`` written out: two calls a token for the tokens
    # nearly all of which exit here)
    lexicon_words = _LEXICON_WORDS
    classes = []
    for i, (text, lower, num) in enumerate(zip(texts, lowers, like_num)):
        w = lower if text in _AM_PM else lower.rstrip(".")
        if not w or w not in lexicon_words and not w[0].isdigit() and w[0] != "'" and "-" not in w and not num:
            classes.append(None)
        else:
            classes.append(_token_class(doc, i))
    _mark_spoken_years(doc, classes)
    spans = []
    i = 0
    n = len(doc)
    while i < n:
        if classes[i] is None:
            i += 1
            continue
        j = i + 1
        while j < n and classes[j] is not None and not _breaks_before(doc, classes, i, j):
            j += 1
        if "head" in classes[i:j] or j - i >= 2:
            spans.extend(_trim(doc, classes, i, j))
        i = j
    return spans


def _trim(doc, classes, start: int, end: int) -> list[tuple[int, int]]:
    """Trim edge words that TimeML leaves outside the extent; [] when no head is left."""
    if _is_ref_phrase(doc, start, end):
        return [(start, end)]
    while start < end and (classes[start] != "head" and _word(doc[start]) in EDGE_TRIM_START
                           or doc[start].is_punct):
        if doc[start].lower_ == "at" and start + 1 < end and doc[start + 1].lower_ == "least":
            break  # "at least 30 days" keeps its modifier
        if doc[start].lower_ == "that" and start + 1 < end and _unit_of(_word(doc[start + 1])):
            break  # "that year" is anaphoric, but one expression
        start += 1
    while end > start and (classes[end - 1] != "head" and _word(doc[end - 1]) in EDGE_TRIM_END
                           or doc[end - 1].is_punct and doc[end - 1].text not in {"a.m.", "p.m."}
                           or classes[end - 1] == "num" and not _day_after_month(doc, end - 1)
                           and not _is_ordinal_after_month(doc, end - 1)):
        end -= 1
    if end <= start:
        return []
    # "a five year low", "the third-quarter loss", "the current quarter's ...": when the time
    # expression modifies a following noun, the determiner belongs to that noun phrase.
    if end - start >= 3 and doc[start].lower_ in {"a", "an"} and classes[start + 1] == "num" \
            and _word(doc[start + 1]) not in {"few", "couple", "dozen"}:
        start += 1
    elif end - start >= 2 and doc[start].lower_ in {"the", "a", "an"} and end < len(doc) \
            and doc[end].pos_ in {"NOUN", "ADJ"} and classes[end] is None \
            and doc[end - 1].dep_ in {"amod", "compound", "nmod"}:
        start += 1
    lead = start + (doc[start].lower_ == "the")
    if _count_of_month(doc, lead, end):
        start = lead + 2  # "the 150 of March protesters": a count of them, not a day of March
    if _is_ref_phrase(doc, start, end):
        return [(start, end)]
    if not any(classes[k] == "head" for k in range(start, end)):
        return []
    # Ages ("52 years old") are not time expressions in TimeML news annotation.
    if _word(doc[end - 1]) == "old" and end - start >= 2:
        return []
    return [(start, end)]


def _count_of_month(doc, start: int, end: int) -> bool:
    """The span opens with a number before "of" and a month that counts something, not a day:
    a number that cannot be a day ("150 of March", "Executive Order 12170 of November 14") or one
    before a possessive month ("14 of November's marchers"): "the Nth of <month>" names a day only
    for N of 1-31 with the month as its head."""
    if end - start < 3 or doc[start + 1].lower_ != "of" or _word(doc[start + 2]) not in MONTHS:
        return False
    digits = doc[start].text.replace(",", "")
    if not digits.isdigit():
        return False
    possessive = start + 3 < len(doc) and doc[start + 3].text in {"'s", "’s"}
    return int(digits) > 31 or possessive


def _day_after_month(doc, k: int) -> bool:
    return k > 0 and _word(doc[k - 1]) in MONTHS and (doc[k].like_num or bool(ORDINAL_DAY_RE.match(doc[k].lower_)))


def _is_ordinal_after_month(doc, k: int) -> bool:
    return k > 0 and _word(doc[k - 1]) in MONTHS and _word(doc[k]) in ORDINALS


def _is_ref_phrase(doc, start: int, end: int) -> bool:
    words = " ".join(_word(t) for t in doc[start:end])
    return words in {"the past", "the near term", "the short term", "the long term",
                     "these days", "the near future", "the future"}


def _good_spacy_entity(ent) -> bool:
    """spaCy DATE/TIME entities the chunker missed: keep those that look like dates."""
    text = ent.text.lower()
    if text in SET_ADVERBS or text in {"annual", "seasonally", "seasonal"}:
        return False
    if any(w in text for w in ("age", "aged", "old")):
        return False
    if ent.label_ == "DATE" and re.fullmatch(r"[\d,.\s]+", text) and not YEAR_RE.match(text.strip()):
        return False
    return True


# ---------------------------------------------------------------- normalisation helpers


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) + delta
    return total // 12, total % 12 + 1


def _safe_date(year: int, month: int, day: int) -> Optional[dt.date]:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def _parse_number(words: list[str]) -> Optional[float]:
    """A cardinal from words/digits ("twenty four", "2 1/2", "a couple of"); None = vague."""
    total = 0.0
    found = False
    if len([w for w in words if w not in {"a", "an", "of", "and", "-"}]) > 0 and \
            any(w not in {"a", "an"} and (w in NUMBER_WORDS or DIGITS_RE.match(w)) for w in words):
        words = [w for w in words if w not in {"a", "an"}]
    for w in words:
        w = w.replace(",", "")
        if w in {"of", "and", "-"}:
            continue
        if DIGITS_RE.match(w):
            total += float(w)
            found = True
        elif w == "1/2" or w == "half":
            total += 0.5
            found = True
        elif "-" in w and all(p in NUMBER_WORDS for p in w.split("-")):
            total += sum(NUMBER_WORDS[p] for p in w.split("-"))
            found = True
        elif w in {"hundred", "thousand"}:
            total = (total or 1) * NUMBER_WORDS[w]
            found = True
        elif w in NUMBER_WORDS:
            total += NUMBER_WORDS[w]
            found = True
        elif w in VAGUE_NUMBERS:
            return None
    return total if found else None


def _fmt_number(x: float) -> str:
    return str(int(x)) if x == int(x) else str(x)


def _duration_value(number: Optional[float], unit: str) -> str:
    letter, is_time = UNITS[unit]
    if unit == "weekend":
        letter = "WE"
    if unit == "decade" and number is not None:
        number, letter = number * 10, "Y"
    if number is None:
        qty = "X"
    elif number != int(number) and letter == "Y":
        return f"P{int(number)}Y{int(round((number - int(number)) * 12))}M"
    elif number != int(number) and letter == "H":
        return f"PT{int(number)}H{int(round((number - int(number)) * 60))}M"
    else:
        qty = _fmt_number(number)
    return f"PT{qty}{letter}" if is_time else f"P{qty}{letter}"


_TOKEN_SPLIT_RE = re.compile(r"[\s]+")
_SPOKEN_YEAR_RE = re.compile(
    r"\bnineteen(?: hundred)?(?: and)? (ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[ -](one|two|three|four|five|six|seven|eight|nine))?\b")
_SPOKEN_2000_RE = re.compile(
    r"\btwo thousand(?: and)?(?: (one|two|three|four|five|six|seven|eight|nine|ten))?\b")
# Ordinal words, one token each (spaCy splits "twenty-first" at its hyphen into "twenty", "-",
# "first"), to their value: the one list of spelled ordinals, read by event_dates too ("our
# fifteenth drawdown", "the hundredth round"). ORDINALS adds figures ("1st") and "last"/"final".
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}
# those that can name a day of a month ("the fourth of July", "May twentieth")
_ORDINAL_DAY_WORDS = {word: value for word, value in ORDINAL_WORDS.items() if value <= 31}


# _clean's rewrites, compiled once (re.sub with a pattern string looks it up in re's cache
# on every call; _clean runs once per time expression)
_CLEAN_DECADE_RE = re.compile(r"\b(\d{3}0)'s\b")
_CLEAN_SHORT_DECADE_RE = re.compile(r"(?<!\w)'(\d)0's\b")
_CLEAN_FINAL_S_RE = re.compile(r"'s$")
_CLEAN_AM_PM_RE = re.compile(r"\b(a|p)\.m\.?")
_CLEAN_DIGIT_AM_PM_RE = re.compile(r"(?<=\d)(am|pm)\b")
_CLEAN_SECOND_RE = re.compile(r"\b(\d+|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|fifty|sixty|ninety)"
                              r"([\s-])second\b")
_CLEAN_LETTER_DOT_RE = re.compile(r"(?<=[a-z])\.")
_CLEAN_LETTER_HYPHEN_RE = re.compile(r"(?<=[a-z])-(?=[a-z])")
_CLEAN_DIGIT_HYPHEN_RE = re.compile(r"(?<=\d)-(?=[a-z])")
_CLEAN_MID_RE = re.compile(r"\bmid(?=\s|-)")
_CLEAN_YEAR_EARLIER_RE = re.compile(r"\byear (earlier|ago)(?= \w)")


def _clean(text: str) -> list[str]:
    t = text.lower().replace("’", "'").replace("–", "-")
    # "the 1970's", "the '80's": a decade (the extent keeps the "'s" only in decade use)
    t = _CLEAN_DECADE_RE.sub(r"\1s", t)
    t = _CLEAN_SHORT_DECADE_RE.sub(r"'\g<1>0s", t)
    t = t.replace("'s ", " ")
    t = _CLEAN_FINAL_S_RE.sub("", t)
    t = _CLEAN_AM_PM_RE.sub(r"\1m", t)
    t = _CLEAN_DIGIT_AM_PM_RE.sub(r" \1", t)
    # "30-second spot", "one second": the unit, not the ordinal
    t = _CLEAN_SECOND_RE.sub(r"\1\2seconds", t)
    t = _CLEAN_LETTER_DOT_RE.sub("", t)
    t = t.replace(",", " ")
    t = _CLEAN_LETTER_HYPHEN_RE.sub(" ", t)  # third-quarter -> third quarter
    t = _CLEAN_DIGIT_HYPHEN_RE.sub(" ", t)  # 30-day -> 30 day
    t = _CLEAN_MID_RE.sub("mid", t).replace("mid-", "mid ")
    # adjectival "year-earlier"/"year-ago" (before a noun) as one word
    t = _CLEAN_YEAR_EARLIER_RE.sub(r"year-\1", t)
    return [w for w in _TOKEN_SPLIT_RE.split(t) if w]


@dataclass
class _Resolved:
    type: str
    value: Optional[str]
    precision: Optional[str]
    readings: tuple = ()  # every full reading of an ambiguous numeric date


def _numeric_value(date: dt.datetime, numeric: NumericDate) -> _Resolved:
    if not numeric.has_time:
        return _Resolved("DATE", date.date().isoformat(), "day")
    seconds = numeric.text.count(":") == 2
    return _Resolved("TIME", date.isoformat(timespec="seconds" if seconds else "minutes"), "time")


def _ambiguous_numeric(numeric: NumericDate) -> _Resolved:
    """"4/3/2021" that nothing decides: the value keeps only what both readings share
    ("2021-XX-XX", TimeML's X for an unknown digit); ``readings`` holds both dates."""
    values = numeric.values
    years = {v.year for v in values}
    shared = f"{years.pop()}-XX-XX" if len(years) == 1 else "XXXX-XX-XX"
    readings = tuple(_numeric_value(v, numeric).value for v in values)
    return _Resolved("DATE", shared, "day", readings)


# ---------------------------------------------------------------- anaphoric and compound dates
#
# "two years before that", "the year after", "the following month", "that day": counted from
# the date the text mentioned last, not from the article's date. "the month before last",
# "the year before last": two units back from the article's date.

_ANAPHORIC_TAIL = {("before", "that"): -1, ("after", "that"): 1, ("before", "then"): -1,
                   ("after", "then"): 1}
_ANAPHORIC_ADJ = {"following": 1, "previous": -1, "preceding": -1}


def _anchored(anchor: dt.date, unit: str, n: int) -> Optional[_Resolved]:
    """The ``unit`` ``n`` units from ``anchor``, at the unit's granularity."""
    if unit == "year":
        return _Resolved("DATE", str(anchor.year + n), "year")
    if unit == "month":
        y, m = _shift_month(anchor.year, anchor.month, n)
        return _Resolved("DATE", f"{y}-{m:02d}", "month")
    if unit == "day":
        return _Resolved("DATE", (anchor + dt.timedelta(days=n)).isoformat(), "day")
    if unit == "week":
        return _Resolved("DATE", _iso_week(anchor + dt.timedelta(weeks=n)), "week")
    if unit == "decade":
        return _Resolved("DATE", str(anchor.year // 10 + n), "decade")
    if unit == "quarter":
        y, m = _shift_month(anchor.year, anchor.month, 3 * n)
        return _Resolved("DATE", f"{y}-Q{(m - 1) // 3 + 1}", "quarter")
    return None


def _anchored_last(anchor: dt.date, ctx: _Context, unit: str, n: int) -> Optional[_Resolved]:
    """Like ``_anchored``, but a unit finer than what the last date gives stays unknown:
    "a month after that" after "in 2010" is "2010-XX" (TimeML's X), not February."""
    if ctx.last is not None and _PRECISION_RANK[ctx.last[1]] > _UNIT_RANK.get(unit, 99):
        if unit in {"month", "quarter"}:
            return _Resolved("DATE", f"{anchor.year}-XX", "month")
        if unit in {"day", "week"}:
            if ctx.last[1] == "month":
                return _Resolved("DATE", f"{anchor.year}-{anchor.month:02d}-XX", "day")
            return _Resolved("DATE", f"{anchor.year}-XX-XX", "day")
    return _anchored(anchor, unit, n)


def _anaphoric(words: list[str], ref: dt.date, ctx: _Context) -> Optional[_Resolved]:
    """Relative dates that count from the last date mentioned (or two units back), else None."""
    anchor = ctx.last[0] if ctx.last else ref
    # "the day before yesterday", "the day after tomorrow"
    if words[-3:] in (["day", "before", "yesterday"], ["day", "after", "tomorrow"]):
        return _Resolved("DATE", (ref + dt.timedelta(days=2 if words[-1] == "tomorrow" else -2)).isoformat(), "day")
    # "the month before last", "the year before last"
    if len(words) >= 3 and words[-2:] == ["before", "last"] and _unit_of(words[-3]):
        return _anchored(ref, _unit_of(words[-3]), -2)
    # "two years before that", "a month after that"
    if len(words) >= 3 and tuple(words[-2:]) in _ANAPHORIC_TAIL:
        sign = _ANAPHORIC_TAIL[tuple(words[-2:])]
        units = [(k, _unit_of(w)) for k, w in enumerate(words[:-2]) if _unit_of(w)]
        if len(units) == 1:
            k, unit = units[0]
            number = _parse_number([w for w in words[:k] if w != "the"]) if words[:k] else 1
            if words[:k] == ["the"]:
                number = 1
            if number is not None and number == int(number):
                return _anchored_last(anchor, ctx, unit, sign * int(number))
    # "the year after", "the day before": the unit next to the last date mentioned
    if len(words) == 3 and words[0] == "the" and _unit_of(words[1]) == words[1] \
            and words[2] in {"after", "before"}:
        return _anchored_last(anchor, ctx, words[1], 1 if words[2] == "after" else -1)
    # "the following year", "the previous day"
    if len(words) == 3 and words[0] == "the" and words[1] in _ANAPHORIC_ADJ \
            and _unit_of(words[2]) == words[2]:
        return _anchored_last(anchor, ctx, words[2], _ANAPHORIC_ADJ[words[1]])
    # "that year", "that day": the unit of the last date mentioned
    if len(words) == 2 and words[0] == "that" and _unit_of(words[1]) == words[1] and ctx.last:
        return _anchored(anchor, words[1], 0)
    return None


_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
_UNIT_RANK = {"day": 0, "week": 0, "month": 1, "quarter": 1, "year": 2, "decade": 2}


def event_anchored_length(text: str) -> Optional[str]:
    """The length of "three days later"/"a week before" as a TimeML duration ("P3D"), else None.

    TimeBank annotates such phrases as DURATIONs anchored on an event; newsgraph dates them
    from the last date mentioned. The TimeML evaluator uses this to compare like with like.
    """
    words = _clean(text)
    if len(words) < 2 or words[-1] not in {"later", "earlier", "before"}:
        return None
    units = [(k, _unit_of(w)) for k, w in enumerate(words) if _unit_of(w)]
    if len(units) != 1 or units[0][0] != len(words) - 2:
        return None
    k, unit = units[0]
    if words[-1] == "earlier" and unit in {"year", "quarter"}:
        return None  # "a year earlier" is a calendar date in TimeBank too
    if not words[:k] and words[k] != unit:
        return None  # "weeks later": no count
    number = _parse_number([w for w in words[:k] if w != "the"]) if words[:k] else 1
    return _duration_value(number, unit) if number is not None else None


_CALENDAR_VALUE_RE = re.compile(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:T.*)?$")


def _remember(ctx: _Context, resolved: _Resolved) -> None:
    """Note a resolved calendar date as the antecedent of later anaphoric dates."""
    if resolved.type not in {"DATE", "TIME"} or not resolved.value:
        return
    m = _CALENDAR_VALUE_RE.match(resolved.value)
    if not m:
        return
    year, month, day = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    date = _safe_date(year, month, day)
    if date is not None:
        ctx.last = (date, "day" if m.group(3) else "month" if m.group(2) else "year")


# How much farther a future candidate may be than the past one and still win, by the
# governing verb's tense. News mostly reports the past, so even without a tense the past
# is preferred, but "payable Nov. 16" in a past-tense sentence written Oct. 27 is the
# coming Nov. 16.
_FUTURE_DISTANCE_WEIGHT = {"past": 3.0, None: 2.0, "future": 0.5}


def _direction_pick(past, future, ref: dt.date, direction: Optional[str], modifier=None):
    """Choose between the past and future candidate dates (either may be None).

    "last"/"next" decide outright; otherwise the nearer candidate wins, with the distance
    farther away weighted by ``_FUTURE_DISTANCE_WEIGHT``.
    """
    if past is None or modifier == "next":
        return future if future is not None else past
    if future is None or modifier == "last":
        return past
    back, ahead = (ref - past).days, (future - ref).days
    return past if back <= ahead * _FUTURE_DISTANCE_WEIGHT.get(direction, 2.0) else future


def _resolve_month_day(month: int, day: Optional[int], ref: dt.date, direction, modifier) -> Optional[str]:
    if day is None:
        this = dt.date(ref.year, month, 1)
        ref_m = dt.date(ref.year, ref.month, 1)
        if modifier == "this":
            return f"{ref.year}-{month:02d}"
        if this == ref_m and modifier not in {"last", "next"}:
            return f"{ref.year}-{month:02d}"
        past = this if this < ref_m else dt.date(ref.year - 1, month, 1)
        future = this if this > ref_m else dt.date(ref.year + 1, month, 1)
        d = _direction_pick(past, future, ref_m, direction, modifier)
        return f"{d.year}-{month:02d}"
    this = _safe_date(ref.year, month, day)
    if this is None:
        return None
    if modifier == "this":
        return this.isoformat()
    past = this if this <= ref else _safe_date(ref.year - 1, month, day)
    future = this if this >= ref else _safe_date(ref.year + 1, month, day)
    d = _direction_pick(past, future, ref, direction, modifier)
    return d.isoformat() if d else None


def _resolve_weekday(weekday: int, ref: dt.date, direction, modifier) -> str:
    delta = weekday - ref.isoweekday()
    if modifier == "last":
        back = (ref.isoweekday() - weekday) % 7 or 7
        return (ref - dt.timedelta(days=back)).isoformat()
    if modifier == "next":
        fwd = (weekday - ref.isoweekday()) % 7 or 7
        return (ref + dt.timedelta(days=fwd)).isoformat()
    if modifier == "this":
        return (ref + dt.timedelta(days=delta)).isoformat()
    if delta == 0:
        return ref.isoformat()
    past = ref - dt.timedelta(days=(ref.isoweekday() - weekday) % 7)
    future = ref + dt.timedelta(days=(weekday - ref.isoweekday()) % 7)
    # News usage: a bare weekday is the past one unless the verb points ahead.
    return (future if direction == "future" else past).isoformat()




def _unit_of(word: str) -> Optional[str]:
    if word == "second":
        return None  # the ordinal; "30 seconds" is plural, "a second" is handled as rare
    if word in UNITS:
        return word
    if word.endswith("s") and word[:-1] in UNITS:
        return word[:-1]
    if word == "centuries":
        return "century"
    return None


def _shift(ref: dt.date, number: float, unit: str, sign: int, ctx: _Context) -> tuple[str, str]:
    """The date ``number`` ``unit``s before (sign -1) or after (+1) ``ref``, at unit granularity."""
    n = int(number) * sign
    if unit == "day":
        return (ref + dt.timedelta(days=n)).isoformat(), "day"
    if unit == "week":
        return (ref + dt.timedelta(weeks=n)).isoformat(), "day"
    if unit == "month":
        y, m = _shift_month(ref.year, ref.month, n)
        return f"{y}-{m:02d}", "month"
    if unit == "quarter":
        y, m = _shift_month(ref.year, ref.month, 3 * n)
        return f"{y}-Q{(m - 1) // 3 + 1}", "quarter"
    if unit == "year":
        if ctx.quarter is not None and abs(n) == 1:
            return f"{ctx.quarter[0] + n}-Q{ctx.quarter[1]}", "quarter"
        return str(ref.year + n), "year"
    if unit == "decade":
        return str((ref.year + 10 * n) // 10), "decade"
    if unit in {"hour", "minute", "second"}:
        return ref.isoformat(), "day"
    return str(ref.year + n), "year"


# ---------------------------------------------------------------- the normaliser


def _normalise(text: str, ref: Optional[dt.date], direction: Optional[str] = None,
               ctx: Optional[_Context] = None, rate: bool = False,
               span_of_time: bool = False) -> Optional[_Resolved]:
    """Type, value and precision of one expression.

    ``direction`` is the governing verb's tense ('past'/'future'); ``rate`` marks "a year"
    after an amount ("$5 a year", a SET); ``span_of_time`` marks a unit used as a length
    ("the year ended June 30", a DURATION).
    """
    ctx = ctx or _Context()
    words = _clean(text)
    if not words:
        return None
    joined = " ".join(words)
    core = [w for w in words if w not in {"the", "about", "nearly", "almost", "some", "roughly",
                                          "approximately", "around", "just", "only", "over",
                                          "within", "up", "to", "at", "least", "more", "than",
                                          "less", "fewer", "no"}]
    if joined.startswith("the next") or joined.startswith("the past") or joined.startswith("the last"):
        core = words[1:]
    cj = " ".join(core)
    wset = set(core)
    if rate and len(core) == 2 and core[0] in {"a", "an", "per"} and _unit_of(core[1]):
        return _Resolved("SET", _duration_value(1, _unit_of(core[1])), "duration")
    plural_days = [w for w in core if w.endswith("s") and w[:-1] in WEEKDAYS]
    if plural_days:
        tod = next((PARTS_OF_DAY[w.rstrip("s")] for w in core if w.rstrip("s") in PARTS_OF_DAY), "")
        return _Resolved("SET", f"XXXX-WXX-{WEEKDAYS[plural_days[0][:-1]]}" + (f"T{tod}" if tod else ""),
                         "duration")

    # --- SETs: "each year", "every month", "weekly"
    if wset & {"each", "every", "per"} or (len(core) == 1 and core[0] in SET_ADVERBS):
        if len(core) == 1:
            return _Resolved("SET", SET_ADVERBS[core[0]], "duration")
        for w in core:
            if w in WEEKDAYS:
                return _Resolved("SET", f"XXXX-WXX-{WEEKDAYS[w]}", "duration")
            if w in MONTHS and w != "may":
                return _Resolved("SET", f"XXXX-{MONTHS[w]:02d}", "duration")
        units = [u for u in map(_unit_of, core) if u]
        if units:
            nums = [w for w in core if w in NUMBER_WORDS or DIGITS_RE.match(w)]
            number = _parse_number(nums) if nums else 1
            return _Resolved("SET", _duration_value(number or 1, units[-1]), "duration")

    # --- references to present/past/future
    refs = {
        "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
        "current": "PRESENT_REF", "nowadays": "PRESENT_REF", "presently": "PRESENT_REF",
        "these days": "PRESENT_REF", "recently": "PAST_REF", "recent": "PAST_REF",
        "lately": "PAST_REF", "previously": "PAST_REF", "formerly": "PAST_REF",
        "past": "PAST_REF", "soon": "FUTURE_REF", "future": "FUTURE_REF",
        "near future": "FUTURE_REF", "near term": "FUTURE_REF", "short term": "FUTURE_REF",
        "long term": "FUTURE_REF", "time": "PAST_REF", "once": "PAST_REF",
    }
    bare = cj[2:] if cj.startswith("a ") else cj
    if bare in refs:
        return _Resolved("DATE", refs[bare], "ref")
    if ref is None:
        return None
    anaphoric = _anaphoric(words, ref, ctx)
    if anaphoric is not None:
        return anaphoric

    # --- day anchors
    day_anchor = None
    if "today" in wset or "tonight" in wset:
        day_anchor = ref
    elif "yesterday" in wset:
        day_anchor = ref - dt.timedelta(days=1)
    elif "tomorrow" in wset:
        day_anchor = ref + dt.timedelta(days=1)
    elif "last" in wset and "night" in wset and not any(_unit_of(w) for w in core):
        day_anchor = ref - dt.timedelta(days=1)
    elif "overnight" in wset:
        day_anchor = ref

    # --- time of day
    tod = None
    clock = None
    for k, w in enumerate(core):
        if w in PARTS_OF_DAY:
            tod = PARTS_OF_DAY[w]
        elif w == "noon":
            clock = "12:00"
        elif w == "midnight":
            clock = "24:00"
        elif w in {"am", "pm"} and k > 0:
            prev = core[k - 1].replace(".", ":")
            m = re.match(r"^(\d{1,2})(?::(\d\d))?$", prev)
            if m:
                h = int(m.group(1)) % 12 + (12 if w == "pm" else 0)
                clock = f"{h:02d}:{m.group(2) or '00'}"
        elif CLOCK_RE.match(w) and clock is None and ":" in w:
            clock = w if len(w) == 5 else "0" + w
    if "afternoon" in wset and "mid" in wset:
        tod = "AF"

    # --- explicit calendar parts
    year = None
    for w in core:
        if YEAR_RE.match(w):
            year = int(w)
    m = _SPOKEN_YEAR_RE.search(cj)
    if m and year is None:
        year = 1900 + NUMBER_WORDS[m.group(1)] + (NUMBER_WORDS[m.group(2)] if m.group(2) else 0)
    m2 = _SPOKEN_2000_RE.search(cj)
    if m2 and year is None and ("year" in wset or len(core) <= 4):
        year = 2000 + (NUMBER_WORDS[m2.group(1)] if m2.group(1) else 0)
    month = day = None
    for k, w in enumerate(core):
        if w in MONTHS:
            month = MONTHS[w]
            for nxt in core[k + 1:k + 3]:
                dm = re.match(r"^(\d{1,2})(?:st|nd|rd|th)?$", nxt)
                if dm and 1 <= int(dm.group(1)) <= 31:
                    day = int(dm.group(1))
                    break
                if nxt in _ORDINAL_DAY_WORDS:
                    day = _ORDINAL_DAY_WORDS[nxt]
                    break
            # the day before the month: "14 November", "the 14th of November", "the fourth of July"
            before = k - 1 - (k > 1 and core[k - 1] == "of")
            if day is None and before >= 0:
                dm = re.match(r"^(\d{1,2})(?:st|nd|rd|th)?$", core[before])
                if dm and 1 <= int(dm.group(1)) <= 31:
                    day = int(dm.group(1))
                elif before < k - 1 and core[before] in _ORDINAL_DAY_WORDS:
                    day = _ORDINAL_DAY_WORDS[core[before]]
            break
    for w in core:
        iso = ISO_DATE_RE.match(w)
        if iso:
            year, month, day = int(iso.group(1)), int(iso.group(2)), int(iso.group(3))
        nd = _NUMERIC_DATE_FULL_RE.fullmatch(w)
        numeric = read_numeric_date(nd) if nd else None
        if numeric is not None:
            if numeric.ambiguous:
                return _ambiguous_numeric(numeric)
            only = numeric.values[0]
            year, month, day = only.year, only.month, only.day
    weekday = next((WEEKDAYS[w] for w in core if w in WEEKDAYS), None)
    season = next((SEASONS[w] for w in core if w in SEASONS), None)
    decade = None
    century = None
    for k, w in enumerate(core):
        dm = DECADE_RE.match(w)
        if dm:
            if dm.group(1):
                decade = f"{dm.group(1)}{dm.group(2)}"
            else:
                decade = f"19{dm.group(3) or dm.group(4)}"
        elif w in DECADE_WORDS:
            decade = f"19{DECADE_WORDS[w]}"
        elif w in {"century", "centuries"} and k > 0:
            cm = re.match(r"^(\d{1,2})(?:st|nd|rd|th)$", core[k - 1])
            if cm:
                century = f"{int(cm.group(1)) - 1:02d}"
            elif core[k - 1] in ORDINALS or core[k - 1] in _ORDINAL_DAY_WORDS:
                century = f"{_ORDINAL_DAY_WORDS.get(core[k - 1], 0) - 1:02d}"
    quarter = None
    half = None
    for k, w in enumerate(core):
        if w in {"quarter", "quarters"}:
            prev = [p for p in core[max(0, k - 3):k] if p not in {"fiscal", "calendar", "year", "ago", "earlier"}]
            ords = [ORDINALS[p] for p in prev if p in ORDINALS and p not in {"last", "final"}]
            if ords:
                quarter = ords[-1]
            elif prev and prev[-1] in {"last", "final"} and (year is not None or "fiscal" in wset):
                quarter = 4
        if w == "half":
            prev = core[k - 1] if k > 0 else ""
            half = 1 if prev == "first" else 2 if prev in {"second", "last", "latter"} else None
        qm = re.match(r"^q([1-4])$", w)
        if qm:
            quarter = int(qm.group(1))

    modifier = None
    if wset & {"last", "past", "previous", "prior"}:
        modifier = "last"
    elif wset & {"next", "coming", "following"}:
        modifier = "next"
    elif wset & {"this", "current"}:
        modifier = "this"
    year_earlier = bool(wset & {"year-earlier", "year-ago"}) or "year earlier" in cj or "year ago" in cj

    # --- "N units ago/earlier/later"
    units_in = [(k, _unit_of(w)) for k, w in enumerate(core) if _unit_of(w)]
    if units_in and (wset & {"ago", "earlier", "later", "before", "hence"} or "from now" in cj) \
            and not (wset & {"this", "next", "last"} and core[0] in {"earlier", "later"}):
        k, unit = units_in[0]
        num_words = core[:k]
        number = _parse_number([w for w in num_words if w not in {"earlier", "later", "ago"}])
        sign = 1 if ("later" in wset or "hence" in wset or "from now" in cj) else -1
        if number is None and not [w for w in num_words if w in VAGUE_NUMBERS]:
            number = 1 if (unit == core[k] and k == 0 or (num_words and num_words[-1] in {"a", "an", "one"})) else None
        relative_to_event = ("later" in wset or "before" in wset or
                             ("earlier" in wset and unit not in {"year", "quarter"}))
        if number is not None and relative_to_event and core[-1] in {"later", "earlier", "before"}:
            # "three days later": counted from the date last mentioned when it is at least as
            # precise as the unit; without one, only the length is known
            if ctx.last is not None and number == int(number) \
                    and _PRECISION_RANK[ctx.last[1]] <= _UNIT_RANK.get(unit, -1):
                anchored = _anchored(ctx.last[0], unit, sign * int(number))
                if anchored is not None:
                    return anchored
            return _Resolved("DURATION", _duration_value(number, unit), "duration")
        if number is not None and unit not in {"weekend"} and not (year_earlier and unit == "year" and k + 1 < len(core) and _unit_of(core[k + 1])):
            if unit == "year" and quarter is not None and number == 1:
                return _Resolved("DATE", f"{ref.year - 1}-Q{quarter}", "quarter")
            value, precision = _shift(ref, number, unit, sign, ctx)
            if day_anchor is None:
                return _Resolved("DATE", value, precision)
        elif number is None:
            return _Resolved("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", "ref")

    # --- explicit dates
    if year is not None and month is not None:
        if day is not None:
            d = _safe_date(year, month, day)
            base = d.isoformat() if d else f"{year}-{month:02d}"
            return _with_time(base, tod, clock, "day")
        return _Resolved("DATE", f"{year}-{month:02d}", "month")
    if month is not None and "year" in wset and modifier in {"last", "next", "this"}:
        year = ref.year + {"last": -1, "next": 1, "this": 0}[modifier]
        d = _safe_date(year, month, day) if day else None
        return _with_time(d.isoformat() if d else f"{year}-{month:02d}", tod, clock,
                          "day" if d else "month")
    if month is not None:
        value = _resolve_month_day(month, day, ref, direction, modifier)
        if value is None:
            return None
        return _with_time(value, tod, clock, "day" if day else "month")
    if quarter is not None:
        y = year
        if y is None:
            if year_earlier:
                y = (ctx.quarter[0] if ctx.quarter else ref.year) - 1
            elif modifier == "last" and "quarter" in wset and not any(p in ORDINALS and p not in {"last"} for p in core):
                y, q = _prev_quarter(ref)
                return _Resolved("DATE", f"{y}-Q{q}", "quarter")
            elif "year" in wset and modifier in {"last", "next"}:
                y = ref.year + (1 if modifier == "next" else -1)  # "next year's first quarter"
            elif quarter <= _quarter_of(ref):
                y = ref.year
            else:
                y = ref.year if direction == "future" else ref.year - 1
        ctx.quarter = (y, quarter)
        return _Resolved("DATE", f"{y}-Q{quarter}", "quarter")
    if half is not None:
        y = year if year is not None else ref.year
        return _Resolved("DATE", f"{y}-H{half}", "year")
    if season is not None:
        y = year
        if y is None:
            this_season_start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[season]
            y = ref.year
            if modifier == "last" and ref.month < this_season_start + 3:
                y -= 1 if not ("this" in wset) else 0
            elif modifier == "next" and ref.month >= this_season_start:
                y += 1
        return _Resolved("DATE", f"{y}-{season}", "season")
    if year is not None:
        if "quarter" in wset or "period" in wset and ctx.quarter:
            q = ctx.quarter[1] if ctx.quarter else _quarter_of(ref)
            return _Resolved("DATE", f"{year}-Q{q}", "quarter")
        return _Resolved("DATE", str(year), "year")
    if decade is not None:
        return _Resolved("DATE", decade, "decade")
    if century is not None:
        return _Resolved("DATE", century, "century")
    if weekday is not None:
        if "weekend" in wset:
            pass
        elif "week" in wset and modifier in {"last", "next", "this"}:
            # "Wednesday of last week": that weekday in the week before (after) this one
            shift = {"last": -1, "next": 1, "this": 0}[modifier]
            monday = ref - dt.timedelta(days=ref.isoweekday() - 1) + dt.timedelta(weeks=shift)
            return _with_time((monday + dt.timedelta(days=weekday - 1)).isoformat(), tod, clock, "day")
        else:
            value = _resolve_weekday(weekday, ref, direction, modifier)
            return _with_time(value, tod, clock, "day")
    if day_anchor is not None:
        return _with_time(day_anchor.isoformat(), tod, clock, "day")
    if (tod or clock) and not units_in:
        return _with_time(ref.isoformat(), tod, clock, "day")

    # --- durations: "two years", "the past three months", "30-day", "several weeks"
    if units_in:
        k, unit = units_in[0]
        num_words = [w for w in core[:k] if w not in {"the", "first", "last", "past", "next",
                                                      "coming", "previous", "latest", "additional",
                                                      "trading", "business", "early", "of", "mid",
                                                      "year-earlier", "year-ago", "remaining",
                                                      "final", "initial", "this"}]
        plural = core[k].endswith("s") or core[k] == "centuries"
        has_count = bool(num_words) and (any(w in NUMBER_WORDS or DIGITS_RE.match(w) or w in VAGUE_NUMBERS
                                             or ("-" in w) or w == "1/2" for w in num_words))
        if has_count or plural:
            number = _parse_number(num_words) if has_count else None
            if plural and number == 1 and num_words and num_words[-1] in {"a", "an"}:
                number = None
            if number is None and plural and wset & {"recent", "past", "last"}:
                return _Resolved("DATE", "PAST_REF", "ref")  # "recent years", "the last few months"
            if number is None and plural and "coming" in wset:
                return _Resolved("DATE", "FUTURE_REF", "ref")
            return _Resolved("DURATION", _duration_value(number, unit), "duration")
        if (core == [core[k]] and words == core) or (span_of_time and modifier is None):
            # "a bad week", "for the year": a length of time, not a calendar period
            return _Resolved("DURATION", _duration_value(1, unit), "duration")
        if "past" in wset and not wset & {"this", "last", "previous"} and unit in ("day", "week"):
            # "arrested in the past week": the seven days up to the reference day, as "the past
            # two weeks" is a duration (P2W), not the calendar week before this one that "last
            # week" names. Only day and week: TimeBank codes "the past year" as the calendar year
            # before (DATE 1988 in a 1989 text), so year and month keep that reading; "this past
            # week" stays the week just gone
            return _Resolved("DURATION", _duration_value(1, unit), "duration")
        # singular unit with a deictic modifier: "last year", "this month", "the week"
        return _calendar_unit(unit, modifier, ref, ctx, wset, direction)
    if "period" in wset:
        # "the latest period", "the year-ago period": the quarter under discussion
        y, q = ctx.quarter if ctx.quarter else _prev_quarter(ref)
        if year_earlier:
            y -= 1
        elif year is not None:
            y = year
        return _Resolved("DATE", f"{y}-Q{q}", "quarter")
    return None


def _prev_quarter(ref: dt.date) -> tuple[int, int]:
    q = _quarter_of(ref) - 1
    return (ref.year, q) if q >= 1 else (ref.year - 1, 4)


def _calendar_unit(unit, modifier, ref, ctx, wset, direction) -> Optional[_Resolved]:
    delta = {"last": -1, "next": 1}.get(modifier, 0)
    if unit == "year":
        if wset & {"year-earlier", "year-ago"}:
            delta = -1
        return _Resolved("DATE", str(ref.year + delta), "year")
    if unit == "month":
        y, m = _shift_month(ref.year, ref.month, delta)
        return _Resolved("DATE", f"{y}-{m:02d}", "month")
    if unit == "week":
        return _Resolved("DATE", _iso_week(ref + dt.timedelta(weeks=delta)), "week")
    if unit == "weekend":
        # the weekend just past unless the text points ahead
        if modifier == "next" or (modifier != "last" and direction == "future"):
            d = ref + dt.timedelta(days=(6 - ref.isoweekday()) % 7)
        elif modifier == "this" and not (direction == "past" and ref.isoweekday() < 6):
            d = ref
        else:
            # "this weekend" told in the past on a weekday ("led a delegation this weekend", said
            # on a Monday) is the weekend just past, in the ISO week before the reference day's
            d = ref - dt.timedelta(days=(ref.isoweekday() + 1) % 7 or 7) if ref.isoweekday() < 6 else ref
        return _Resolved("DATE", _iso_week(d) + "-WE", "week")
    if unit == "quarter":
        if modifier == "this":
            y, q = ref.year, _quarter_of(ref)
        elif modifier == "next":
            y, q = (ref.year, _quarter_of(ref) + 1) if _quarter_of(ref) < 4 else (ref.year + 1, 1)
        elif wset & {"year-earlier", "year-ago"}:
            y, q = ctx.quarter if ctx.quarter else _prev_quarter(ref)
            return _Resolved("DATE", f"{y - 1}-Q{q}", "quarter")
        elif ctx.quarter is not None and modifier is None:
            y, q = ctx.quarter
        else:
            y, q = _prev_quarter(ref)
        ctx.quarter = (y, q)
        return _Resolved("DATE", f"{y}-Q{q}", "quarter")
    if unit == "day":
        return _Resolved("DATE", (ref + dt.timedelta(days=delta)).isoformat(), "day")
    if unit == "decade":
        return _Resolved("DATE", str(ref.year // 10 + delta), "decade")
    if unit in {"century"}:
        return _Resolved("DATE", str(ref.year // 100 + delta), "century")
    if unit in {"hour", "minute", "second"}:
        return _Resolved("DURATION", _duration_value(1, unit), "duration")
    return None


def _with_time(date_value: str, tod: Optional[str], clock: Optional[str], precision: str) -> _Resolved:
    if clock:
        return _Resolved("TIME", f"{date_value}T{clock}", "time")
    if tod:
        return _Resolved("TIME", f"{date_value}T{tod}", "time")
    return _Resolved("DATE", date_value, precision)


def _dateparser_value(text: str, ref: dt.date) -> Optional[_Resolved]:
    """Last resort for texts no rule understands (slow: only called on leftovers)."""
    if not _DATEPARSER_WORTHY_RE.search(text):
        return None
    try:
        import dateparser
    except ImportError:  # pragma: no cover
        return None
    base = dt.datetime(ref.year, ref.month, ref.day)
    parsed = dateparser.parse(text, settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past",
                                              "RETURN_TIME_AS_PERIOD": False})
    if parsed is None:
        return None
    return _Resolved("DATE", parsed.date().isoformat(), "day")


_LEXICON_WORDS = frozenset(
    set(MONTHS) | set(WEEKDAYS) | {d + "s" for d in WEEKDAYS} | set(SEASONS) | set(UNITS)
    | {u + "s" for u in UNITS} | set(PARTS_OF_DAY) | set(NUMBER_WORDS) | VAGUE_NUMBERS
    | set(ORDINALS) | set(DECADE_WORDS) | set(ANCHORS) | set(SET_ADVERBS) | MODIFIERS
    | set(_ORDINAL_DAY_WORDS) | {"a.m.", "p.m.", "noon", "midnight", "period", "soon",
                                  "recently", "previously", "formerly", "future"})


# ---------------------------------------------------------------- public API


def resolve_relative_date(text: str, reference_date: Optional[dt.date]) -> Optional[tuple[str, str]]:
    """TimeML value and precision of a time expression, e.g. ("2023-06", "month"); None if unknown."""
    resolved = _normalise(text, reference_date)
    if resolved is None or resolved.value is None:
        return None
    return resolved.value, resolved.precision


# "’ll" (typographic apostrophe): releases spell the contraction this way about ten times as often
# as with a straight one (examples/: ~100 against ~10)
_FUTURE_AUX = {"will", "'ll", "\u2019ll", "shall", "wo"}


def _direction(span) -> Optional[str]:
    """'past', 'future' or None from the tense of the verb governing ``span``."""
    tok = span.root
    for _ in range(5):
        if tok.pos_ in {"VERB", "AUX"} or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.pos_ not in {"VERB", "AUX"}:
        return None
    auxes = [c for c in tok.children if c.dep_ in {"aux", "auxpass"}]
    lowers = {a.lower_ for a in auxes}
    if lowers & _FUTURE_AUX:
        return "future"
    if "to" in lowers or tok.tag_ == "VB" and "to" in lowers:
        head = tok.head
        if head.lemma_ in {"expect", "plan", "schedule", "intend", "hope", "aim", "want",
                           "seek", "go", "set", "likely", "due"}:
            return "future"
        if head.lemma_ == "be" and head.tag_ in {"VBZ", "VBP"} and tok.dep_ == "xcomp":
            return "future"  # "they are to travel on Wednesday": an arrangement ahead
    if tok.lemma_ == "be" and tok.tag_ in {"VBZ", "VBP"} and any(
            c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux") for c in tok.children):
        return "future"  # "On Wednesday, they are to travel": the time hangs on "are"
    if tok.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if tok.tag_ == "VBN" and lowers & {"has", "have", "had"}:
        return "past"
    if tok.tag_ in {"VBZ", "VBP", "VBG"} or lowers & {"is", "are", "am"}:
        sent_words = {t.lower_ for t in span.sent}
        if sent_words & _FUTURE_AUX:
            return "future"
        return None
    return None


_AMOUNT_WORDS = {"million", "billion", "trillion", "cents", "dollars", "percent", "%", "each",
                 "shares", "barrels", "tons"}


def _extend_relational(doc, start: int, end: int) -> int:
    """Where a relative expression continues past the chunk: "two years | before that",
    "the year | after", "the month | before last". Returns the new end."""
    n = len(doc)
    if end >= n or not any(_unit_of(_word(t)) for t in doc[start:end]):
        return end
    nxt = doc[end]
    w = nxt.lower_
    if w == "before" and end + 1 < n and doc[end + 1].lower_ == "last" \
            and not (end + 2 < n and _unit_of(_word(doc[end + 2]))):
        return end + 2  # "the month before last" ("before last week" is two expressions)
    if w in {"before", "after"} and end + 1 < n and doc[end + 1].lower_ in {"yesterday", "tomorrow"} \
            and _word(doc[end - 1]) == "day":
        return end + 2  # "the day before yesterday"
    if w in {"before", "after"} and end + 1 < n and doc[end + 1].lower_ in {"that", "then"} \
            and (doc[end + 1].pos_ in {"PRON", "ADV"} or doc[end + 1].dep_ in {"pobj", "advmod"}):
        return end + 2  # "that" stands for a time already mentioned, not "that agreement"
    if w in {"before", "after"} and not any(True for _ in nxt.children) \
            and doc[start].lower_ == "the" and end - start == 2:
        return end + 1  # "the year after", "the day before": no object of their own
    return end


def _keeps_decade_s(doc, start: int, end: int) -> bool:
    """"the 1970's": the "'s" after a round year is a decade's plural, not a possessive."""
    if end >= len(doc) or doc[end].text not in {"'s", "’s"} or not re.fullmatch(r"\d{3}0", doc[end - 1].text):
        return False
    before = _word(doc[end - 2]) if end - 2 >= start else ""
    after = doc[end + 1] if end + 1 < len(doc) else None
    return before in {"the", "early", "mid", "late"} or after is None or after.pos_ not in {"NOUN", "PROPN", "ADJ"}


def _share_range_year(timexes: list[Timex], text: str, resolved: list[_Resolved]) -> None:
    """"between March and May 2019", "from June to August 2020", "the summer and fall of 1990":
    the first month or season takes the year written with the second (a year earlier when it
    comes later in the year)."""
    for k in range(len(timexes) - 1):
        first, second = timexes[k], timexes[k + 1]
        between = text[first.end:second.start].strip().lower()
        if between not in {"and", "to", "until", "till", "through", "-", "–", "—"}:
            continue
        if YEAR_RE.search(first.text) or re.search(r"\b(1[6-9]|20)\d\d\b", first.text):
            continue
        second_year = re.search(r"\b((?:1[6-9]|20)\d\d)\b", second.text)
        m1 = re.match(r"^\d{4}-(\d\d|SP|SU|FA|WI)(-\d\d)?$", first.value or "")
        m2 = re.match(r"^\d{4}-(\d\d|SP|SU|FA|WI)", second.value or "")
        if not (second_year and m1 and m2) or m1.group(1).isdigit() != m2.group(1).isdigit():
            continue  # two months ("March and May 2019") or two seasons ("the summer and fall of 1990")
        order = {"SP": 1, "SU": 2, "FA": 3, "WI": 4}
        rank1, rank2 = (int(m.group(1)) if m.group(1).isdigit() else order[m.group(1)] for m in (m1, m2))
        year = int(second_year.group(1)) - (1 if rank1 > rank2 else 0)
        first.value = f"{year}-{m1.group(1)}{m1.group(2) or ''}"
        resolved[k].value = first.value


# ---------------------------------------------------------------- calendar ranges

_R_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?"
_R_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
_R_YEAR = r"(?:1[6-9]|20)\d\d\b"
_R_SEP = r"(?P<sep>\s*[-–—]\s*|\s+(?:to|through|thru|until|till|and)\s+)"


def _g(name: str, rx: str) -> str:
    return f"(?P<{name}>{rx})"


def _md(i: str) -> str:
    return rf"{_g('m' + i, _R_MONTH)}\s+{_g('d' + i, _R_DAY)}(?:,?\s+{_g('y' + i, _R_YEAR)})?"


def _dm(i: str) -> str:
    return rf"{_g('d' + i, _R_DAY)}\s+{_g('m' + i, _R_MONTH)}(?:,?\s+{_g('y' + i, _R_YEAR)})?"


def _my(i: str) -> str:
    return rf"{_g('m' + i, _R_MONTH)}(?:,?\s+{_g('y' + i, _R_YEAR)})?"


# The characters a range's first word can begin with (a month name's letter, a day's or a
# year's digit): a lookahead on them lets the scan pass every other position at once (the
# matches are the same, the lookahead only states what the pattern's first group needs)
_R_LEADS = {"(?P<m1>": "[" + "".join(sorted({name[0].lower() for name in MONTHS})) + "]",
            "(?P<d1>": r"\d", "(?P<y1>": "[12]"}


def _range_form(rx: str) -> "re.Pattern":
    lead = next(chars for group, chars in _R_LEADS.items() if rx.startswith(group))
    return re.compile(rf"(?={lead})(?<![\w/.-]){rx}(?![\w/-]|\.\d)", re.I)


# Where a range's first word can start, by the forms' first group: a month name (every name in
# MONTHS begins with its three-letter abbreviation) or a digit (a day's, a year's), at a word
# start (the forms' own lookbehind). Three forms open with a month, three with a digit: one scan
# per kind finds those positions once for all its forms (``_matches_at``), not one scan a form.
_R_STARTS = {"m1": re.compile(rf"(?={_R_LEADS['(?P<m1>']})(?<![\w/.-])(?:"
                              + "|".join(sorted({m[:3] for m in MONTHS})) + ")", re.I),
             "d1": re.compile(r"(?<![\w/.-])\d", re.I)}


def _start_group(form: "re.Pattern") -> str:
    """The kind of position a range form starts at: "m1" (a month) or "d1" (a digit)."""
    first = re.search(r"\(\?P<(\w+)>", form.pattern).group(1)
    return "d1" if first == "y1" else first


# Each written form of a range, as (pattern, written compactly: the end gives only a day);
# sides are numbered 1 (start) and 2 (end), a side without its month takes the other's.
_RANGE_FORMS = [(_range_form(rx), compact) for rx, compact in (
    (rf"{_md('1')}{_R_SEP}{_md('2')}", False),                       # June 27 – July 2, 2022
    (rf"{_g('m1', _R_MONTH)}\s+{_g('d1', _R_DAY)}{_R_SEP}{_g('d2', _R_DAY)}(?:,?\s+{_g('y2', _R_YEAR)})?",
     True),                                                            # June 27-30; March 3 to 8, 2022
    (rf"{_dm('1')}{_R_SEP}{_dm('2')}", False),                       # 30 March – 2 April 2022
    (rf"{_g('d1', _R_DAY)}{_R_SEP}{_dm('2')}", True),                # 9–11 March 2022
    (rf"{_my('1')}{_R_SEP}{_my('2')}", False),                       # between March and May 2019
    (rf"{_g('y1', _R_YEAR)}{_R_SEP}{_g('y2', _R_YEAR)}", False),     # from 2019 to 2021; 2019-2021
)]
_RANGE_STARTS = [_start_group(form) for form, _compact in _RANGE_FORMS]
_RANGE_OPENER_RE = re.compile(r"\b(between|from)\s+$", re.I)


def _matches_at(form: "re.Pattern", text: str, starts: list[int]):
    """``form.finditer(text)``, trying the form only at ``starts`` (in order; every position it
    can match at is one): the same left-to-right scan, each search resuming at the end of the
    last match, and the lookbehind still reads the text before the position."""
    end = 0
    for start in starts:
        if start >= end:
            m = form.match(text, start)
            if m is not None:
                yield m
                end = m.end()


def _range_matches(text: str) -> list[re.Match]:
    """Every written calendar range in ``text``, longest first where two overlap."""
    found = []
    starts = {group: [m.start() for m in rx.finditer(text)] for group, rx in _R_STARTS.items()}
    for (form, compact), group in zip(_RANGE_FORMS, _RANGE_STARTS):
        for m in _matches_at(form, text, starts[group]):
            sep = m["sep"].strip().lower()
            opener = _RANGE_OPENER_RE.search(text[max(0, m.start() - 12):m.start()])
            opener = opener.group(1).lower() if opener else None
            if sep == "and" and opener != "between":
                continue  # "in March and May 2019": two times, not a range
            if sep in {"to", "until", "till"} and opener is None and not compact:
                continue  # "moved the vote from March 3 to March 8" needs its "from"; "March 3 to 8" is a range
            found.append(m)
    found.sort(key=lambda m: (-(m.end() - m.start()), m.start()))
    kept: list[re.Match] = []
    for m in found:
        if not any(m.start() < k.end() and k.start() < m.end() for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start())


def _side_value(year: int, month: Optional[int], day: Optional[int]) -> Optional[str]:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return _safe_date(year, month, day) and f"{year:04d}-{month:02d}-{day:02d}"


def _range_values(m: re.Match, year_of_written: Optional[int], written_side: int) -> Optional[tuple[str, str]]:
    """(start, end) TimeML values of the range ``m``; a side without a year takes the other's
    (the start a year earlier, the end a year later, when the range crosses New Year), and a
    range with no year at all takes the year its time expression resolved to
    (``year_of_written``, on side ``written_side``)."""
    groups = m.groupdict()
    month = {i: MONTHS[groups[f"m{i}"].lower().rstrip(".")] if groups.get(f"m{i}") else None for i in "12"}
    month["1"], month["2"] = month["1"] or month["2"], month["2"] or month["1"]
    day = {i: int(re.match(r"\d+", groups[f"d{i}"]).group(0)) if groups.get(f"d{i}") else None for i in "12"}
    year = {i: int(groups[f"y{i}"]) if groups.get(f"y{i}") else None for i in "12"}
    if (day["1"] is None) != (day["2"] is None) or (month["1"] is None and (year["1"] is None or year["2"] is None)):
        return None
    later = (month["1"] or 0, day["1"] or 0) > (month["2"] or 0, day["2"] or 0)
    if year["1"] is None and year["2"] is None:
        if year_of_written is None:
            return None
        year[str(written_side)] = year_of_written
    if year["1"] is None:
        year["1"] = year["2"] - later
    elif year["2"] is None:
        year["2"] = year["1"] + later
    start, end = (_side_value(year[i], month[i], day[i]) for i in "12")
    if not (start and end) or (start, len(start)) >= (end, len(end)) or year["2"] - year["1"] > 100:
        return None
    return start, end


def _read_ranges(timexes: list[Timex], text: str) -> None:
    """Set ``date_range`` on the time expressions of every written calendar range, and the
    value of an expression that is exactly one side of it (or the whole range) to that side's
    date: "June 27-30", "June 27-June 30", "June 27 – July 2, 2022", "March 30 – April 2",
    "from March 9-11", "March 3 to 8, 2022", "between March and May 2019", "from 2019 to 2021",
    "9–11 March 2022" (joined by a dash, "to", "through", "until", or "and" after "between")."""
    for m in _range_matches(text):
        inside = [t for t in timexes if t.start < m.end() and m.start() < t.end]
        dated = [t for t in inside if t.type == "DATE" and _CALENDAR_VALUE_RE.match(t.value or "")]
        if not dated or any(t.start < m.start() or t.end > m.end() for t in inside):
            continue
        sides = {"1": (m.start(), m.start("sep")), "2": (m.end("sep"), m.end())}
        written_side = 1 if dated[0].start < sides["1"][1] else 2
        values = _range_values(m, int(dated[0].value[:4]), written_side)
        if values is None:
            continue
        for t in inside:
            t.date_range = values
            if (t.start, t.end) == (m.start(), m.end()):
                t.value = values[0]
            for i, (s, e) in sides.items():
                if (t.start, t.end) == (s, e) and t.type == "DATE":
                    t.value = values[int(i) - 1]


def _dateline_anchor(doc, ref: Optional[dt.date]) -> Optional[dt.date]:
    """A dateline opening the text (wire: "KINSHASA, May 2 (AFP) - ...", press release: "Geneva,
    May 12, 2024 - ...") dates the story: its relative dates count from that day (its own year,
    else that of the reference date or the one before)."""
    wire = opening_dateline(doc_text(doc)[:300])
    if wire is None:
        return ref
    return wire.date(ref) or ref


# TimeML values of other granularities than the calendar's year, month and day (TIDES: "198"
# is the 1980s, "19" the 20th century; TimeBank annotates so)
DECADE_VALUE, CENTURY_VALUE = re.compile(r"^(\d{3})$"), re.compile(r"^(\d{2})$")
_DAY_VALUE = re.compile(r"^(\d{4}-\d\d-\d\d)(?:T.*)?$")
_WEEK_VALUE = re.compile(r"^(\d{4})-W(\d\d)(?:-(WE|\d))?$")
_QUARTER_VALUE = re.compile(r"^(\d{4})-([QH])(\d)$")
_YEAR_PREFIX = re.compile(r"^(\d{4})(?:-(\d\d))?")


def calendar_range(value: Optional[str]) -> Optional[tuple[str, Optional[str]]]:
    """(first, last or None) in calendar values (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``) for a
    TimeML DATE/TIME value: "198" -> ("1980", "1989"), "19" -> ("1900", "1999"), "2022-W10" ->
    ("2022-03-07", "2022-03-13"), "2022-W17-WE" -> its Saturday and Sunday, "2023-Q3" ->
    ("2023-07", "2023-09"), "1990-08-02TMO" -> ("1990-08-02", None), "2021-SP" / "2021-XX-XX" ->
    ("2021", None). None for a value naming no calendar period (PAST_REF, a duration, a set).
    Event and statement dates are stored so (the gold format)."""
    if not value:
        return None
    if m := DECADE_VALUE.match(value):
        return f"{m[1]}0", f"{m[1]}9"
    if m := CENTURY_VALUE.match(value):
        return f"{m[1]}00", f"{m[1]}99"
    if m := _DAY_VALUE.match(value):
        return m[1], None
    try:
        if m := _WEEK_VALUE.match(value):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3] == "WE":
                return (monday + dt.timedelta(days=5)).isoformat(), (monday + dt.timedelta(days=6)).isoformat()
            if m[3]:
                return (monday + dt.timedelta(days=int(m[3]) - 1)).isoformat(), None
            return monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
    except ValueError:
        return None
    if m := _QUARTER_VALUE.match(value):
        months = 3 if m[2] == "Q" else 6
        last = int(m[3]) * months
        if not 1 <= last <= 12:
            return m[1], None
        return f"{m[1]}-{last - months + 1:02d}", f"{m[1]}-{last:02d}"
    if m := _YEAR_PREFIX.match(value):
        return (f"{m[1]}-{m[2]}" if m[2] else m[1]), None
    return None


def anchor_date(doc) -> Optional[dt.date]:
    """The day the article's relative dates count from: ``doc._.ng_reference_date``, or the
    day of a wire dateline that opens the text."""
    ref = doc._.ng_reference_date
    if isinstance(ref, dt.datetime):
        ref = ref.date()
    return _dateline_anchor(doc, ref)


def find_time_expressions(doc) -> list[Timex]:
    """Every time expression in ``doc``, normalised against ``doc._.ng_reference_date``.

    Numeric dates ("14/3/2021") take the day/month order their values, the article's other
    numeric dates or ``doc._.ng_date_order`` (the outlet's locale) decide; otherwise they stay
    ambiguous (``Timex.readings``). A wire dateline at the top moves the anchor to its day.
    """
    ref = anchor_date(doc)
    numeric = numeric_dates(doc_text(doc))
    numeric_spans = []
    if numeric:
        order = decide_order([d for _s, _e, d in numeric], doc._.ng_date_order, written_order(doc_text(doc)))
        for start, end, date in numeric:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            value = date.value(order)
            numeric_spans.append((span, _numeric_value(value, date) if value else _ambiguous_numeric(date)))
    taken = [(sp.start_char, sp.end_char) for sp, _r in numeric_spans]
    spans = []
    for s, e in _spans_from_chunker(doc):
        if spans and s < spans[-1].end:
            continue  # inside the previous expression, extended over it ("the day before yesterday")
        if _keeps_decade_s(doc, s, e):
            e += 1
        e = _extend_relational(doc, s, e)
        sp = doc[s:e]
        if not any(sp.start_char < te and ts < sp.end_char for ts, te in taken):
            spans.append(sp)
    taken += [(sp.start_char, sp.end_char) for sp in spans]
    for ent in doc_ents(doc):
        if ent.label_ not in {"DATE", "TIME"}:
            continue
        if any(ent.start_char < e and s < ent.end_char for s, e in taken):
            continue
        if _good_spacy_entity(ent) and (_normalise(ent.text, ref) is not None
                                        or _DATEPARSER_WORTHY_RE.search(ent.text)):
            spans.append(ent)
    fixed = {sp.start_char: resolved for sp, resolved in numeric_spans}
    spans += [sp for sp, _r in numeric_spans]
    spans.sort(key=lambda sp: sp.start_char)
    ctx = _Context()
    timexes = []
    resolved_all = []
    for sp in spans:
        resolved = fixed.get(sp.start_char)
        if resolved is None:
            before = doc[sp.start - 1] if sp.start > 0 else None
            rate = before is not None and (before.like_num or before.lower_ in _AMOUNT_WORDS)
            after = doc[sp.end] if sp.end < len(doc) else None
            # "the fiscal year ended June 30": TimeBank treats the year as a length (P1Y)
            year_ended = (after is not None and after.lower_ in {"ended", "ending"}
                          and sp.text.lower().endswith("year"))
            resolved = _normalise(sp.text, ref, _direction(sp), ctx, rate=rate, span_of_time=year_ended)
            if resolved is None and ref is not None:
                resolved = _dateparser_value(sp.text, ref)
        if resolved is None:
            ttype = "TIME" if sp.label_ == "TIME" else "DATE"
            resolved = _Resolved(ttype, None, None)
        _remember(ctx, resolved)
        resolved_all.append(resolved)
        timexes.append(Timex(start=sp.start_char, end=sp.end_char, text=sp.text,
                             type=resolved.type, value=resolved.value,
                             precision=resolved.precision, readings=list(resolved.readings),
                             component=COMPONENT, version=VERSION))
    _share_range_year(timexes, doc_text(doc), resolved_all)
    _read_ranges(timexes, doc_text(doc))
    return timexes


@Language.factory(COMPONENT, requires=["doc.ents", "token.pos", "token.dep"],
                  assigns=["doc._.ng_timexes"])
def make_timex_component(nlp, name):
    """spaCy factory: writes ``find_time_expressions(doc)`` to ``doc._.ng_timexes``."""

    def timex_component(doc):
        doc._.ng_timexes = find_time_expressions(doc)
        return doc

    return timex_component
