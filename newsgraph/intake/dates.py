"""Publication dates: parse what a source gives, or infer one from the article's own text.

Parsed dates that carry a time zone keep the publisher's offset (tz-aware: the same instant
as UTC, and the publisher's local day); the store writes them in UTC and intake keeps the
offset in the article's metadata (``finish.finish_article``). Dates without a zone stay
naive. Numeric dates ("14/3/2021") are read by ``read_numeric_date``: the values, the
outlet's locale and the article's other dates decide the day/month order. Inference never
uses the ingestion time.
"""

from __future__ import annotations

import calendar
import datetime as dt
import email.utils
import re
import time
from dataclasses import dataclass
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
    """Kept as given: an aware datetime keeps its offset (the publisher's local day)."""
    if value.tzinfo is not None and value.utcoffset() is None:
        return value.replace(tzinfo=None)
    return value


def numeric_date_readings(value) -> list[dt.datetime]:
    """Every valid reading of a string that is only a numeric date ("4/3/2021": two), else []."""
    if not isinstance(value, str):
        return []
    match = NUMERIC_DATE_RE.fullmatch(value.strip())
    date = read_numeric_date(match) if match else None
    return date.values if date else []


def parse_date(value, date_order: Optional[str] = None) -> Optional[dt.datetime]:
    """A datetime from an ISO string, an RFC 822 date, a numeric date, free text, a date, a
    struct_time or epoch seconds/milliseconds; None when there is none or it is ambiguous.

    ``date_order`` ("DMY"/"MDY", from ``date_order_for``) decides numeric dates such as
    "4/3/2021" whose values allow both readings; without it they give None (see
    ``numeric_date_readings`` to keep both).
    """
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
    match = NUMERIC_DATE_RE.fullmatch(text)
    if match:
        date = read_numeric_date(match)
        return date.value(date_order) if date else None
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


_CALENDAR_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_CALENDAR_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_CALENDAR_YEAR = re.compile(r"^(\d{4})$")


def calendar_days(value: Optional[str]) -> Optional[tuple[dt.date, dt.date]]:
    """(first, last) day of a calendar value as events and statements store dates: "2023-07-26"
    (a time after the day ignored) -> that day, "2023-07" -> July 1 and 31, "2023" -> January 1
    and December 31. None for any other value (a week, a quarter, a TimeML reference) or a day
    that does not exist."""
    if not value:
        return None
    try:
        if m := _CALENDAR_DAY.match(value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := _CALENDAR_MONTH.match(value):
            year, month = int(m[1]), int(m[2])
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        if m := _CALENDAR_YEAR.match(value):
            return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
    except ValueError:
        return None
    return None


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
    numeric = numeric_dates(text)
    order = decide_order([d for _s, _e, d in numeric], text_order=written_order(text))
    seen = {start for start, _date in found}
    for start, _end, numeric_date in numeric:
        value = numeric_date.value(order)
        if value is not None and start not in seen:  # "14/3/2021", not an ambiguous "4/3/2021"
            found.append((start, value.date()))
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


# ---------------------------------------------------------------- numeric dates and date order
#
# "14/3/2021", "2021/3/14 08:05:00", "14.03.2021", "05-Sep-11": which number is the day is
# decided by the values first (a 14 cannot be a month), then by the other dates of the same
# article, then by the outlet's locale; when none decides, both readings are kept.

DMY, MDY, YMD = "DMY", "MDY", "YMD"

_MON_ABBR = r"(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
NUMERIC_DATE_RE = re.compile(
    r"(?<![\w/.:-])(?:"
    r"(?P<y1>(?:1[6-9]|20)\d\d)(?P<s1>[/.-])(?P<m1>[01]?\d)(?P=s1)(?P<d1>[0-3]?\d)"        # 2021/3/14
    r"|(?P<a>[0-3]?\d)(?P<s2>[/-])(?P<b>[0-3]?\d)(?P=s2)(?P<y2>(?:1[6-9]|20)\d\d|\d\d)"    # 14/3/2021, 3-4-21
    r"|(?P<a3>[0-3]?\d)\.(?P<b3>[0-3]?\d)\.(?P<y3>(?:1[6-9]|20)\d\d)"                     # 14.03.2021
    r"|(?P<a4>[0-3]\d)\.(?P<b4>[01]\d)\.(?P<y4>\d\d)"                                     # 14.03.21
    r"|(?P<d5>[0-3]?\d)(?P<s5>[-/])" + _MON_ABBR + r"(?P=s5)(?P<y5>(?:1[6-9]|20)\d\d|\d\d)"  # 05-Sep-11
    r")(?:(?:\s+|T)(?P<time>[0-2]?\d:[0-5]\d(?::[0-5]\d)?)(?![\d:]))?(?![\w/.:-]?\d)",
    re.I,
)


def _full_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # two-digit years: 00-49 -> 2000s, 50-99 -> 1900s
        year += 2000 if year < 50 else 1900
    return year


@dataclass(frozen=True)
class NumericDate:
    """One numeric date as written, with every valid reading.

    ``readings`` maps each date order that gives a valid date ("DMY", "MDY" or "YMD") to
    that date (a naive datetime; the time of day when one was written, else midnight).
    ``has_time`` says whether a clock time was written.
    """

    text: str
    readings: dict
    has_time: bool = False
    month_name: bool = False  # "05-Sep-11": the month is a word, only the year could be unclear

    @property
    def values(self) -> list[dt.datetime]:
        return sorted(set(self.readings.values()))

    @property
    def ambiguous(self) -> bool:
        return len(self.values) > 1

    @property
    def evidence(self) -> Optional[str]:
        """The day/month order this date proves ("14/3/2021" proves DMY), else None."""
        if self.month_name:
            return None
        orders = set(self.readings) & {DMY, MDY}
        return orders.pop() if len(orders) == 1 and YMD not in self.readings else None

    def value(self, order: Optional[str] = None) -> Optional[dt.datetime]:
        """The reading under ``order``; the only reading when there is one; else None."""
        if not self.ambiguous:
            return self.values[0] if self.values else None
        return self.readings.get(order) if order else None


def read_numeric_date(match: "re.Match") -> Optional[NumericDate]:
    """The readings of a ``NUMERIC_DATE_RE`` match; None when no reading is a valid date."""
    g = match.groupdict()
    candidates: list[tuple[str, int, int, int]] = []  # (order, year, month, day)
    if g["y1"]:
        candidates.append((YMD, int(g["y1"]), int(g["m1"]), int(g["d1"])))
    elif g["d5"]:
        candidates.append((DMY, _full_year(g["y5"]), _MONTHS[g["mon"].lower()], int(g["d5"])))
    else:
        k = next(k for k in ("", "3", "4") if g["a" + k])
        a, b, y = g["a" + k], g["b" + k], g["y" + (k or "2")]
        year = _full_year(y)
        candidates += [(DMY, year, int(b), int(a)), (MDY, year, int(a), int(b))]
    hour = minute = second = 0
    if g["time"]:
        clock = [int(p) for p in g["time"].split(":")]
        hour, minute, second = (clock + [0])[:3]
        if hour > 23:
            return None
    readings = {}
    for order, year, month, day in candidates:
        try:
            readings[order] = dt.datetime(year, month, day, hour, minute, second)
        except ValueError:
            continue
    if not readings:
        return None
    return NumericDate(match.group(0), readings, has_time=bool(g["time"]), month_name=bool(g["d5"]))


def numeric_dates(text: str) -> list[tuple[int, int, NumericDate]]:
    """(start, end, NumericDate) of every numeric date in ``text``, in order."""
    found = []
    for match in NUMERIC_DATE_RE.finditer(text):
        date = read_numeric_date(match)
        if date is not None:
            found.append((match.start(), match.end(), date))
    return found


_DAY_MONTH_WORDS = re.compile(rf"\b[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE.replace('?P<month>', '?:')}(?!\w)", re.I)
_MONTH_DAY_WORDS = re.compile(rf"\b{_MONTH_RE.replace('?P<month>', '?:')}\s+[0-3]?\d(?:st|nd|rd|th)?\b(?!\s*(?:%|percent))", re.I)


def written_order(text: str) -> Optional[str]:
    """"DMY" when the article writes dates in words day first ("4 March") and never month
    first ("March 4"), "MDY" for the reverse; None when it writes neither or both."""
    day_first = bool(_DAY_MONTH_WORDS.search(text))
    month_first = bool(_MONTH_DAY_WORDS.search(text))
    if day_first != month_first:
        return DMY if day_first else MDY
    return None


def decide_order(dates: list[NumericDate], locale_order: Optional[str] = None,
                 text_order: Optional[str] = None) -> Optional[str]:
    """The day/month order for the ambiguous dates of one article.

    The article's own unambiguous numeric dates decide first ("14/3/2021" elsewhere in the
    text means "4/3/2021" is 4 March); when they disagree or say nothing, the outlet's locale
    decides (``locale_order`` from ``date_order_for``), then how the article writes dates in
    words (``text_order`` from ``written_order``); otherwise None (the dates stay ambiguous).
    """
    evidence = {d.evidence for d in dates if d.evidence}
    if len(evidence) == 1:
        return evidence.pop()
    for order in (locale_order, text_order):
        if order in (DMY, MDY):
            return order
    return None


def _locale_date_order(locale: str) -> Optional[str]:
    from dateparser.languages.loader import default_loader

    try:
        info = default_loader.get_locale(locale).info
    except (ValueError, KeyError):
        return None
    return info.get("date_order")


def date_order_for(language: Optional[str] = None, url: Optional[str] = None) -> Optional[str]:
    """"DMY", "MDY" or "YMD" as the outlet's locale writes numeric dates, from the article's
    language tag ("en-GB", "fr") and the country-code domain of its URL; None when unknown.

    Plain "en" decides nothing: English is written both ways. Locale data: dateparser's CLDR
    tables (``date_order`` of each locale).
    """
    lang, _, region = (language or "").replace("_", "-").partition("-")
    lang = lang.lower()
    region = region.split("-")[0].upper()
    if not region and url:
        from urllib.parse import urlparse

        host = (urlparse(url).hostname or "").lower()
        tld = host.rsplit(".", 1)[-1] if "." in host else ""
        region = {"uk": "GB"}.get(tld, tld.upper()) if len(tld) == 2 else ""
    from dateparser.data import language_locale_dict

    if region:
        for candidate in ([f"{lang}-{region}"] if lang else []) + [f"en-{region}"]:
            if candidate.split("-")[0] in language_locale_dict and candidate in language_locale_dict[candidate.split("-")[0]]:
                return _locale_date_order(candidate)
        for code, locales in language_locale_dict.items():
            if f"{code}-{region}" in locales:
                return _locale_date_order(f"{code}-{region}")
    if lang and lang != "en":
        return _locale_date_order(lang)
    return None


# ---------------------------------------------------------------- wire datelines
#
# "KINSHASA, May 2 (AFP) - Militia fighters attacked ...": an all-caps place (with an optional
# state or country: "MILWAUKEE, Wis.,"), the day the story was filed and the agency, then a
# dash. The agencies' own style books (AP, Reuters, AFP) write datelines this way.

_WIRE_PLACE = r"(?P<place>[A-Z][A-Z.'’-]+(?:[ -][A-Z][A-Z.'’-]+){0,3})"
_WIRE_REGION = r"(?:,\s+(?P<region>[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?))?"
_WIRE_DATE = (rf"(?:(?i:{_MONTH_RE.replace('month>', 'wmonth>')})\s+(?P<wday>[0-3]?\d)"
              rf"|(?P<wday2>[0-3]?\d)\s+(?i:{_MONTH_RE.replace('month>', 'wmonth2>')}))"
              r"(?:,?\s+(?P<wyear>(?:1[89]|20)\d\d))?")
_WIRE_AGENCY = r"\((?P<agency>[A-Z][\w.&' -]{0,40}?)\)"
WIRE_DATELINE_RE = re.compile(
    rf"^\s*(?P<dateline>{_WIRE_PLACE}{_WIRE_REGION}\s*"
    rf"(?:,\s*{_WIRE_DATE})?\s*(?:{_WIRE_AGENCY})?"
    r")\s*(?:--?|[–—])\s+(?=\S)"
)


@dataclass(frozen=True)
class WireDateline:
    """A wire dateline: ``text`` as written, ``place``, ``month``/``day`` (and ``year`` when
    written) of filing, the ``agency`` in brackets; ``end`` is where the body starts."""

    text: str
    place: str
    month: Optional[int]
    day: Optional[int]
    year: Optional[int]
    agency: Optional[str]
    end: int

    def date(self, published: Optional[dt.date]) -> Optional[dt.date]:
        """The filing day: its own year, else the latest such day not after ``published``
        (a story is filed on or before the day it is published)."""
        if self.month is None or self.day is None:
            return None
        if self.year:
            return _make_date(str(self.year), str(self.month), str(self.day))
        if published is None:
            return None
        for year in (published.year, published.year - 1):
            date = _make_date(str(year), str(self.month), str(self.day))
            if date and date <= published + dt.timedelta(days=1):
                return date
        return None

    def as_metadata(self) -> dict:
        return {k: v for k, v in {"text": self.text, "place": self.place, "month": self.month,
                                  "day": self.day, "year": self.year, "agency": self.agency}.items()
                if v is not None}


def wire_dateline(line: str) -> Optional[WireDateline]:
    """The wire dateline that opens ``line``, or None."""
    match = WIRE_DATELINE_RE.match(line)
    if not match:
        return None
    month_name = match["wmonth"] or match["wmonth2"]
    day = match["wday"] or match["wday2"]
    if not month_name and not match["agency"]:
        return None
    month = _MONTHS.get(month_name.lower().rstrip(".")) if month_name else None
    place = match["place"].strip()
    if match["region"]:
        place = f"{place}, {match['region']}"
    return WireDateline(text=match["dateline"].strip(), place=place, month=month,
                        day=int(day) if day else None,
                        year=int(match["wyear"]) if match["wyear"] else None,
                        agency=match["agency"].strip() if match["agency"] else None, end=match.end())


# A press-release dateline: "Geneva, May 12, 2024 - Japan welcomed ...", "Austin, Texas, June 4,
# 2024 -- The governor ...", "NEW YORK, May 12, 2024 /PRNewswire/ -- Acme ...": a place written in
# capitals or title case (with up to two regions after commas: state, country), a written day and
# month (a year may follow), an agency in brackets or slashes, then a dash (hyphen, double hyphen,
# en or em dash) before the lead's capitalised first word. Not a date range ("May 12 - June 3"):
# the word after the dash is no month. Not a clause: the place opens with no determiner,
# preposition or time adverb ("In Geneva, May 12 - ...", "Today, May 12 - ...").
_PRESS_WORD = r"[A-Z][\w.'’&-]*"
_PRESS_NOT_PLACE = r"(?:The|A|An|In|On|At|By|For|From|Of|To|Since|Until|After|Before|As|And|But|Or|Today|Yesterday|Tomorrow)\b"
_PRESS_PLACE = (rf"(?P<place>(?!{_PRESS_NOT_PLACE}){_PRESS_WORD}(?:\s{_PRESS_WORD}){{0,3}})"
                rf"(?P<region>(?:,\s+{_PRESS_WORD}(?:\s{_PRESS_WORD}){{0,2}}){{0,2}}?)")
_WEEKDAY_RE = r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s+"
_LEAD_START = r"[“\"‘']?(?!(?i:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b)[A-Z]"
PRESS_DATELINE_RE = re.compile(
    rf"^\s*(?P<dateline>{_PRESS_PLACE},\s+(?:{_WEEKDAY_RE})?{_WIRE_DATE}"
    rf"(?:\s*{_WIRE_AGENCY}|\s*/(?P<slash_agency>[A-Z][\w.&' -]{{0,40}}?)/)?"
    rf")\s*(?:--?|[–—])\s+(?={_LEAD_START})"
)


def press_dateline(line: str) -> Optional[WireDateline]:
    """The press-release dateline that opens ``line`` ("Geneva, May 12, 2024 - Japan ..."),
    or None. Its ``end`` is where the lead sentence starts, after the dash."""
    match = PRESS_DATELINE_RE.match(line)
    if not match:
        return None
    month = _MONTHS.get((match["wmonth"] or match["wmonth2"]).lower().rstrip("."))
    day = int(match["wday"] or match["wday2"])
    place = match["place"].strip() + (match["region"] or "")
    agency = match["agency"] or match["slash_agency"]
    return WireDateline(text=match["dateline"].strip(), place=place, month=month, day=day,
                        year=int(match["wyear"]) if match["wyear"] else None,
                        agency=agency.strip() if agency else None, end=match.end())


def opening_dateline(text: str) -> Optional[WireDateline]:
    """The dateline that opens ``text``: a wire dateline ("KINSHASA, May 2 (AFP) - ") or a
    press-release one ("Geneva, May 12, 2024 - "); None when the text opens otherwise. What
    comes after its dash is the lead sentence, and its day dates the story."""
    return wire_dateline(text) or press_dateline(text)


def reference_day(published: Optional[str], metadata: Optional[dict] = None) -> Optional[dt.date]:
    """The day relative dates in an article count from.

    The wire dateline's filing day when there is one (``metadata["dateline"]["date"]``), else
    the publisher's local day (``metadata["published_local_date"]``: a story stamped
    2024-06-03T00:20+02:00 is June 3 although it is stored as 2024-06-02T22:20 UTC), else the
    stored ``published`` ISO string's day; None when undated.
    """
    metadata = metadata or {}
    dateline = metadata.get("dateline")
    for value in ((dateline or {}).get("date") if isinstance(dateline, dict) else None,
                  metadata.get("published_local_date"), published):
        if not value:
            continue
        try:
            return dt.datetime.fromisoformat(str(value)).date()
        except ValueError:
            continue
    return None
