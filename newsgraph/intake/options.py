"""One options object for intake (in the spirit of trafilatura's settings.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Optional, Union

# RawArticle fields a JSON Lines field can be mapped to.
MAPPABLE_FIELDS = ("text", "title", "url", "outlet", "published", "language", "author")
# The longest clean text accepted, in characters: extraction refuses a longer one
# (``ExtractionOptions.max_chars`` defaults to it), so intake refuses it before storing it.
MAX_TEXT_CHARS = 5_000_000
DEFAULT_USER_AGENT = "newsgraph/0.1 (+https://github.com/newsgraph/newsgraph)"


@dataclass
class IntakeOptions:
    """How sources are read.

    ``published`` / ``outlet`` override whatever is read or inferred from the source.
    ``field_map`` maps RawArticle field names to the names a JSON Lines export uses
    (e.g. ``{"published": "date_created"}``); it is tried before the built-in aliases.
    ``max_bytes`` caps a file (checked with stat before reading) or a download.
    ``fetch_pages``: fetch a feed item's page when the feed only carries a summary.
    ``fetch_timeout`` (seconds) bounds each network wait; ``fetch_deadline`` (seconds) bounds a
    whole fetch, redirects included.
    ``allow_private_addresses``: also fetch loopback, private, link-local and reserved addresses
    (off by default: a feed must not make newsgraph read an intranet or cloud metadata service).
    """

    published: Optional[Union[dt.datetime, dt.date, str]] = None
    outlet: Optional[str] = None
    field_map: dict[str, str] = field(default_factory=dict)
    max_bytes: int = 20_000_000
    fetch_timeout: float = 20.0
    fetch_deadline: float = 60.0
    allow_private_addresses: bool = False
    user_agent: str = DEFAULT_USER_AGENT
    fetch_pages: bool = True

    def __post_init__(self) -> None:
        self.field_map = dict(self.field_map or {})
        unknown = set(self.field_map) - set(MAPPABLE_FIELDS)
        if unknown:
            raise ValueError(f"field_map: unknown field(s) {sorted(unknown)}; use {', '.join(MAPPABLE_FIELDS)}")
        if isinstance(self.published, str):
            from newsgraph.intake.dates import parse_date

            parsed = parse_date(self.published)
            if parsed is None:
                raise ValueError(f"published: cannot read {self.published!r} as a date (try YYYY-MM-DD)")
            self.published = parsed
        if self.max_bytes <= 0:
            raise ValueError("max_bytes must be positive")
        if self.fetch_timeout <= 0 or self.fetch_deadline <= 0:
            raise ValueError("fetch_timeout and fetch_deadline must be positive (seconds)")
