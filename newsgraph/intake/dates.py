"""Publication dates: parse what a source gives, or infer one from the article's own text.

Parsed dates that carry a time zone are converted to UTC (and stay tz-aware); dates
without one stay naive. Inference never uses the ingestion time.
"""

from __future__ import annotations

import calendar
import datetime as dt
import email.utils
import re
import time
from typing import Optional

from dateutil import parser as dateutil_parser

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH_RE = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY_RE = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR_RE = r"(?P<year>(?:1[89]|20)\d\d)"

# Only full dates (day, month and year) count as absolute: "July 26" or "July 2023" do not.
_ABSOLUTE_DATE_PATTERNS = [
    re.compile(rf"\b{_MONTH_RE}\s+{_DAY_RE},?\s+{_YEAR_RE}\b", re.I),   # August 23, 2023
    re.compile(rf"\b{_DAY_RE}\s+(?:of\s+)?{_MONTH_RE},?\s+{_YEAR_RE}\b", re.I),  # 23 August 2023
    re.compile(r"\b(?P<year>(?:1[89]|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),  # 2023-08-23
]
# A line that is nothing but a date (optionally "Published"/weekday): an article dateline.
_DATELINE = re.compile(
    rf"^\s*(?:(?:published|posted|updated|date)\s*:?\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    rf"(?:{_MONTH_RE}\s+{_DAY_RE},?\s+{_YEAR_RE}|{_DAY_RE.replace('day>', 'day2>')}\s+"
    rf"{_MONTH_RE.replace('month>', 'month2>')},?\s+{_YEAR_RE.replace('year>', 'year2>')})\s*$",
    re.I,
)


# A weekday dateline run into the first sentence: "Thursday, March 15, 2012 Wikinews interviewed ...".
_DATELINE_PREFIX = re.compile(
    rf"^\s*(?P<dateline>(?:mon|tues|wednes|thurs|fri|satur|sun)day,\s+{_MONTH_RE}\s+{_DAY_RE},\s+{_YEAR_RE})\s+(?=\S)",
    re.I,
)


def split_dateline_prefix(line: str) -> tuple[Optional[str], Optional[dt.datetime], str]:
    """(dateline, its date, rest of line) when ``line`` opens with a weekday dateline, else (None, None, line)."""
    match = _DATELINE_PREFIX.match(line)
    if not match:
        return None, None, line
    date = _make_date(match["year"], match["month"], match["day"])
    if not date:
        return None, None, line
    return match["dateline"], dt.datetime(date.year, date.month, date.day), line[match.end():]


def _to_utc(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is not None and value.utcoffset() is not None:
        return value.astimezone(dt.timezone.utc)
    return value


def parse_date(value) -> Optional[dt.datetime]:
    """A datetime from an ISO string, an RFC 822 date, free text, a date, a struct_time or epoch."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return _to_utc(value)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    if isinstance(value, time.struct_time):
        return dt.datetime(*value[:6], tzinfo=dt.timezone.utc)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = value / 1000 if value > 1e11 else value  # milliseconds are common in JSON
        if not 1e8 <= seconds <= 4e9:
            return None  # not a plausible epoch for a news article (1973–2096)
        return dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc)
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    try:
        return _to_utc(dateutil_parser.isoparse(text))
    except (ValueError, OverflowError):
        pass
    try:
        return _to_utc(email.utils.parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        pass
    try:
        # Parse twice with different defaults: a string lacking its day, month or year would
        # otherwise silently borrow them from today.
        first = dateutil_parser.parse(text, default=dt.datetime(2000, 1, 1))
        second = dateutil_parser.parse(text, default=dt.datetime(2001, 2, 2))
        return _to_utc(first) if first.date() == second.date() else None
    except (ValueError, OverflowError):
        pass
    if not any(ch.isdigit() for ch in text):
        return None  # a full date needs a year; spare dateparser's slow multilingual search
    import dateparser  # slow to import; only needed for the rare non-standard date string

    parsed = dateparser.parse(text, settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return _to_utc(parsed) if parsed else None


def _make_date(year: str, month: str, day: str) -> Optional[dt.date]:
    month_number = int(month) if month.isdigit() else _MONTHS.get(month.lower().rstrip("."))
    try:
        return dt.date(int(year), month_number, int(day))
    except (TypeError, ValueError):
        return None


def absolute_dates(text: str) -> list[dt.date]:
    """Every full calendar date (day, month, year) the text mentions, in order of appearance."""
    found: list[tuple[int, dt.date]] = []
    for pattern in _ABSOLUTE_DATE_PATTERNS:
        for match in pattern.finditer(text):
            date = _make_date(match["year"], match["month"], match["day"])
            if date:
                found.append((match.start(), date))
    return [date for _, date in sorted(found, key=lambda item: item[0])]


# A month and day with no year after it ("told Diálogo on August 26").
_MONTH_DAY = re.compile(rf"\b{_MONTH_RE}\s+{_DAY_RE}\b(?!,?\s+(?:1[89]|20)\d\d)", re.I)
_FUTURE_WORDS = re.compile(r"\b(?:will|shall|next|upcoming|scheduled|plans?|planned|expected)\b", re.I)
# How far after the latest full date a year-less month-day may push the inferred date.
MONTH_DAY_WINDOW_DAYS = 45


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    right = min((i for i in (text.find(".", end), text.find("\n", end)) if i >= 0), default=len(text))
    return text[left:right]


def _later_month_days(text: str, latest: dt.date) -> list[dt.date]:
    """Year-less month-days in ``latest``'s year, a little after it, in sentences not about the future."""
    found = []
    for match in _MONTH_DAY.finditer(text):
        date = _make_date(str(latest.year), match["month"], match["day"])
        if not date or not (latest < date <= latest + dt.timedelta(days=MONTH_DAY_WINDOW_DAYS)):
            continue
        if _FUTURE_WORDS.search(_sentence_around(text, match.start(), match.end())):
            continue
        found.append(date)
    return found


def infer_published(text: str, today: Optional[dt.date] = None) -> Optional[dt.datetime]:
    """The latest date the article reports, as a naive datetime (never after today).

    That is the latest full date it mentions, unless it also reports, in the past tense, a
    year-less month-day a few weeks after that date ("told Diálogo on August 26" after a
    caption's "August 23, 2023"): an article is published on or after what it reports.
    """
    today = today or dt.date.today()
    dates = [d for d in absolute_dates(text) if d <= today]
    if not dates:
        return None
    latest = max(dates)
    latest = max([latest, *(d for d in _later_month_days(text, latest) if d <= today)])
    return dt.datetime(latest.year, latest.month, latest.day)


def dateline_date(line: str) -> Optional[dt.datetime]:
    """The date when ``line`` is only a date (a dateline such as "Friday, August 21, 2015")."""
    match = _DATELINE.match(line)
    if not match:
        return None
    groups = match.groupdict()
    if groups.get("year"):
        date = _make_date(groups["year"], groups["month"], groups["day"])
    else:
        date = _make_date(groups["year2"], groups["month2"], groups["day2"])
    return dt.datetime(date.year, date.month, date.day) if date else None
