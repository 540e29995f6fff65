"""What intake hands to the store: one article's clean text and metadata."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class RawArticle:
    """One article as read from a source, before it is stored.

    ``text`` is the clean body (page furniture removed); ``published_inferred`` is True when
    ``published`` was not given by the source but inferred from the article's own content.
    """

    text: str
    source: str                          # file path, URL, "-" (stdin), or "path:line" for JSON Lines
    title: Optional[str] = None
    url: Optional[str] = None            # canonical URL where known
    outlet: Optional[str] = None
    author: Optional[str] = None
    published: Optional[dt.datetime] = None
    published_inferred: bool = False
    language: Optional[str] = None
    source_format: str = "text"          # text | html | jsonl | feed
    raw_metadata: dict = field(default_factory=dict)  # anything else the source carried
    furniture: list[str] = field(default_factory=list)  # lines removed as page furniture
    # one-line notes for the user about reading the source (a guessed encoding, XML read
    # leniently), each naming the source; carried by the source's first article only, so a
    # feed or JSON Lines file is named once. Not stored: raw_metadata keeps the facts behind them.
    notes: list[str] = field(default_factory=list)
