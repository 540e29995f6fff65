"""Characters no stored article may hold, removed the same way for every database.

* NUL and the other C0/C1 control characters (tab, newline, carriage return and form feed
  excepted): SQLite stores NUL but PostgreSQL refuses it in text and JSON, and control sequences
  (ESC ...) are never article content. They are removed from every string field, furniture and
  ``raw_metadata`` (keys and values), and counted in ``raw_metadata["control_characters_removed"]``.
  NEL (U+0085, next line) becomes a newline.
* Lone surrogates (a JSON ``"\\ud800"`` escape without its pair): not encodable in UTF-8, so no
  database, file or terminal accepts them. Each becomes U+FFFD, as a bad byte does, counted in
  ``raw_metadata["lone_surrogates_replaced"]``.
"""

from __future__ import annotations

import re
from typing import Any

from newsgraph.intake.model import RawArticle

_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_STRING_FIELDS = ("text", "source", "title", "url", "outlet", "author", "language", "source_format")


class _Counter:
    def __init__(self) -> None:
        self.controls = 0
        self.surrogates = 0

    def string(self, value: str) -> str:
        value = value.replace("\x85", "\n")  # NEL, the C1 "next line", is a line break, not junk
        value, surrogates = _SURROGATE.subn("\ufffd", value)
        value, controls = _CONTROL.subn("", value)
        self.surrogates += surrogates
        self.controls += controls
        return value

    def value(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.string(value)
        if isinstance(value, dict):
            return {self.value(k): self.value(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [self.value(v) for v in value]
        return value


def clean_article(article: RawArticle) -> RawArticle:
    """Remove control characters and replace lone surrogates in every string of ``article``."""
    counter = _Counter()
    for name in _STRING_FIELDS:
        value = getattr(article, name)
        if isinstance(value, str):
            setattr(article, name, counter.string(value))
    article.furniture = [counter.string(line) for line in article.furniture]
    article.raw_metadata = counter.value(article.raw_metadata)
    if counter.controls:
        article.raw_metadata["control_characters_removed"] = counter.controls
    if counter.surrogates:
        article.raw_metadata["lone_surrogates_replaced"] = counter.surrogates
    return article
