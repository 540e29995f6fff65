"""Reading ``ingest --published``: a date as a person types it, relative to now."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from newsgraph.errors import IntakeError

# Readings of --published precise to a day or better; "last month" is not a publication date.
_DAY_PERIODS = ("day", "time")


def parse_published(value: Optional[str], now: Optional[dt.datetime] = None):
    """``--published``: an absolute date (ISO 8601, RFC 822) or a date in words ("26 August
    2023", "yesterday", "3 days ago", "Monday", "2 hours ago") read by dateparser against ``now``
    (UTC). A day in words gives that date alone, not the time of the ingest; a time gives the
    time in UTC. A month or year alone, a future date, or text that is no date is refused
    (IntakeError naming the value)."""
    if not value:
        return None
    import email.utils

    from dateutil import parser as dateutil_parser

    from newsgraph.intake.dates import parse_date

    now = now or dt.datetime.now(dt.timezone.utc)
    absolute = True
    try:
        dateutil_parser.isoparse(value)
    except (ValueError, OverflowError):
        try:
            email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            absolute = False
    if absolute:
        parsed = parse_date(value)
        latest = now + dt.timedelta(days=1)  # the publisher's day may be ahead of UTC's
    else:
        from dateparser.date import DateDataParser

        base = now.astimezone(dt.timezone.utc).replace(tzinfo=None)
        data = DateDataParser(settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "TIMEZONE": "UTC",
                                        "TO_TIMEZONE": "UTC", "RETURN_AS_TIMEZONE_AWARE": True}).get_date_data(value)
        if data.date_obj is None:
            raise IntakeError("--published: not a date (try YYYY-MM-DD or 'yesterday')", source=value, code="bad_option")
        if data.period not in _DAY_PERIODS:
            raise IntakeError(f"--published: names a {data.period}, not a day (try YYYY-MM-DD)", source=value,
                              code="bad_option")
        parsed = data.date_obj
        # counting whole days ("yesterday", "Monday") carries the base's time of day along:
        # that time was never said, so only the date is kept
        if parsed.replace(tzinfo=None).time() in (base.time(), dt.time(0, 0)):
            parsed = parsed.date()
        elif parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=dt.timezone.utc)
        else:
            parsed = parsed.astimezone(dt.timezone.utc)
        latest = now
    moment = parsed if isinstance(parsed, dt.datetime) else dt.datetime(parsed.year, parsed.month, parsed.day)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    if (moment.date() > latest.date()) if not isinstance(parsed, dt.datetime) else moment > latest:
        raise IntakeError("--published: is in the future", source=value, code="bad_option")
    return parsed
