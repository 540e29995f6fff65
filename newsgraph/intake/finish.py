"""Last step for every article: user overrides, date inference, and a check that text remains.

It also keeps what relative dates need: the publisher's UTC offset and local day, the day of a
wire dateline, and the decision on an ambiguous numeric source date."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from newsgraph.errors import EmptyInputError, TextTooLongError
from newsgraph.intake.clean import clean_article
from newsgraph.intake.dates import (NUMERIC_DATE_RE, WireDateline, date_order_for, decide_order, infer_published,
                                    numeric_dates, parse_date, read_numeric_date, written_order)
from newsgraph.intake.language import apply_detected_language
from newsgraph.intake.model import RawArticle
from newsgraph.intake.normalize import normalize_text
from newsgraph.intake.outlets import apply_outlet, outlet_timezone
from newsgraph.intake.options import MAX_TEXT_CHARS, IntakeOptions


def finish_article(article: RawArticle, opts: IntakeOptions) -> RawArticle:
    """Clean control characters (``clean.py``), detect the language (``language.py``), name the
    outlet as listed (``outlets.py``), apply ``opts.published`` / ``opts.outlet``; infer a missing date from the article's own text.

    Raises EmptyInputError when no body text is left after furniture removal, TextTooLongError
    when the text is over ``MAX_TEXT_CHARS`` (extraction would refuse it: it is not stored).
    """
    article = clean_article(article)
    article.text = normalize_text(article.text)
    if not article.text.strip():
        raise EmptyInputError("no article text (empty after removing page furniture)", source=article.source)
    if len(article.text) > MAX_TEXT_CHARS:
        raise TextTooLongError(f"text of {len(article.text):,} characters is over the extraction limit of "
                               f"{MAX_TEXT_CHARS:,}; not stored (split it into articles)", source=article.source)
    apply_detected_language(article)
    apply_outlet(article)
    if opts.outlet:
        article.outlet = opts.outlet
    if opts.published is not None:
        article.published = parse_date(opts.published)
        article.published_inferred = False
        article.raw_metadata["date_source"] = "option"
    elif article.published is None and not _numeric_published(article):
        article.published = infer_published(article.text)
        article.published_inferred = article.published is not None
        if article.published_inferred:
            article.raw_metadata["date_source"] = "latest_absolute_date_in_text"
    _note_unread_date(article, opts)
    _note_local_day(article)
    _date_wire_dateline(article)
    return article


def _note_unread_date(article: RawArticle, opts: IntakeOptions) -> None:
    """One warning line for a source date newsgraph could not read ("not a date", "Feb 5th,
    14h", an ambiguous "4/3/2021" the article does not decide), saying what the article got
    instead: it used to be kept in the metadata only, so a JSON Lines export with dates in an
    unread format was stored undated (its events without dates) with no word said."""
    raw = article.raw_metadata.get("unparsed_date")
    if raw is None or opts.published is not None:
        return
    readings = article.raw_metadata.get("published_readings")
    what = (f"its date {raw!r} reads as {' or '.join(r[:10] for r in readings)} and nothing in the article decides which" if readings
            else f"its date {raw!r} is not a date newsgraph reads")
    got = (f"dated {article.published.date().isoformat()} from its own text (inferred)" if article.published_inferred
           and article.published else "stored undated")
    article.notes.append(f"{article.source}: {what}; {got}; --published DATE sets it")


def _numeric_published(article: RawArticle) -> bool:
    """Decide a source date such as "4/3/2021" that the values alone leave ambiguous: by the
    article's own numeric dates, then the outlet's locale (language, country domain), then how
    the article writes dates in words ("4 March" or "March 4"). Still
    ambiguous: both readings go to ``raw_metadata["published_readings"]`` and the date stays
    unknown. True when a date was set."""
    raw = article.raw_metadata.get("unparsed_date")
    match = NUMERIC_DATE_RE.fullmatch(str(raw).strip()) if raw else None
    date = read_numeric_date(match) if match else None
    if date is None:
        return False
    locale = date_order_for(article.language, article.url)
    order = decide_order([date] + [d for _s, _e, d in numeric_dates(article.text)], locale,
                         written_order(article.text))
    value = date.value(order)
    if value is None:
        article.raw_metadata["published_readings"] = [v.isoformat() for v in date.values]
        return False
    article.published = value
    article.raw_metadata.pop("unparsed_date", None)
    article.raw_metadata["date_source"] = "numeric_date_" + (order or "values").lower()
    return True


def _note_local_day(article: RawArticle) -> None:
    """Keep the publisher's UTC offset and local day: "2024-06-03T00:20:00+02:00" is stored as
    2024-06-02T22:20 UTC but is June 3 for the publisher, the day relative dates count from.

    A time stamped in UTC (a feed or archive's clock, "+00:00" or "Z") by an outlet whose time
    zone ``outlets.yaml`` lists is read in that zone: a State Department release stamped
    2022-02-23T00:27Z was written on February 22 in Washington, where its "yesterday" is the 21st.
    """
    published = article.published
    if not isinstance(published, dt.datetime) or published.tzinfo is None:
        return  # naive: nothing says whose clock it is
    if not published.utcoffset():
        zone = outlet_timezone(article.outlet)
        if zone is None:
            return  # UTC with no known zone: the stored day is the publisher's day
        try:
            published = published.astimezone(ZoneInfo(zone))
        except (ZoneInfoNotFoundError, ValueError):
            return
        article.raw_metadata["published_timezone"] = zone
        if not published.utcoffset():
            return
    offset = published.utcoffset()
    sign = "-" if offset < dt.timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    article.raw_metadata["published_utc_offset"] = f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"
    article.raw_metadata["published_local_date"] = published.date().isoformat()


def _date_wire_dateline(article: RawArticle) -> None:
    """Give a wire dateline without a year ("KINSHASA, May 2 (AFP)") its year from the
    publication day; the dated dateline then anchors the story's relative dates."""
    dateline = article.raw_metadata.get("dateline")
    if not isinstance(dateline, dict) or dateline.get("date") or article.published is None:
        return
    wire = WireDateline(text=dateline.get("text", ""), place=dateline.get("place", ""),
                        month=dateline.get("month"), day=dateline.get("day"), year=dateline.get("year"),
                        agency=dateline.get("agency"), end=0)
    date = wire.date(article.published.date())
    if date is not None:
        dateline["date"] = date.isoformat()
