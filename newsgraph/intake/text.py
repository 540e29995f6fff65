"""Plain-text articles (often copied or scraped from a web page, furniture included)."""

from __future__ import annotations

from newsgraph.intake.furniture import strip_furniture
from newsgraph.intake.model import RawArticle


def read_text(text: str, source: str) -> RawArticle:
    """One article from plain text: title, outlet, byline and dateline recognised, furniture removed."""
    parts = strip_furniture(text)
    return RawArticle(
        text=parts.body,
        source=source,
        title=parts.title,
        outlet=parts.outlet,
        author=parts.author,
        published=parts.published,
        source_format="text",
        raw_metadata=dict(parts.metadata, **({"date_source": "dateline"} if parts.published else {})),
        furniture=parts.furniture,
    )
