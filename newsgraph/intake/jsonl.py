"""JSON Lines (one article per line) and JSON files (an array of articles or one article).

Field names differ between exports, so each RawArticle field is looked up under the name given
in ``IntakeOptions.field_map`` first, then under the common aliases below (case-insensitive).
"""

from __future__ import annotations

import json
import re
from typing import Iterator, Optional, Union

from newsgraph.errors import IntakeError, MalformedInputError
from newsgraph.intake.dates import parse_date
from newsgraph.intake.furniture import strip_furniture
from newsgraph.intake.html import markup_to_text
from newsgraph.intake.model import RawArticle
from newsgraph.intake.options import MAPPABLE_FIELDS, IntakeOptions

# Names used by common exports: schema.org (headline, datePublished, articleBody, publisher),
# RSS (pubDate, link), news-please/newspaper (maintext, date_publish, source_domain), GDELT
# (seendate), Common Crawl/HF datasets (content, date_created), WordPress REST and others.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "articlebody", "article_text", "full_text",
             "fulltext", "maintext", "story", "text_content"),
    "title": ("title", "headline", "heading", "name"),
    "url": ("url", "link", "canonical_url", "permalink", "href", "uri"),
    "outlet": ("outlet", "site_name", "sitename", "publisher", "source_name", "publication",
               "newspaper", "media", "source_domain", "site", "source", "domain"),
    "published": ("published", "date", "date_created", "pubdate", "published_at", "publishedat",
                  "datepublished", "date_published", "date_publish", "publish_date",
                  "publication_date", "created_at", "datecreated", "timestamp", "datetime",
                  "seendate", "time"),
    "language": ("language", "lang", "language_code", "locale", "inlanguage"),
    "author": ("author", "authors", "byline", "creator", "writer"),
}
assert set(FIELD_ALIASES) == set(MAPPABLE_FIELDS)
_URL = re.compile(r"\bhttps?://\S+")
_PARENTHESES = re.compile(r"\([^)]*\)?")
_FEED_WORDS = re.compile(r"(?:\s+(?:rss|atom|feed|json|export|dump))+\s*$", re.I)
_OUTLET_MAX_CHARS = 60


_JSON_TYPE_NAMES = {bool: "a boolean", int: "a number", float: "a number", dict: "an object", list: "a list"}


def _as_text(value) -> Optional[str]:
    """A field value as a string: lists are joined, {"name": ...} objects (schema.org) unwrapped.

    A boolean is not text (``true`` as a title is an export bug), so it gives None.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dict):
        return _as_text(value.get("name") or value.get("@value") or value.get("value"))
    if isinstance(value, list):
        items = [t for t in (_as_text(v) for v in value) if t]
        return ", ".join(items) or None
    text = str(value).strip()
    return text or None


def clean_outlet(value: Optional[str]) -> Optional[str]:
    """An outlet name from a free-text "source" field: no URLs, notes in brackets, "via …" or "feed"."""
    if not value:
        return None
    name = value.split(" via ")[0]
    name = _PARENTHESES.sub(" ", _URL.sub(" ", name))
    name = _FEED_WORDS.sub("", " ".join(name.split())).strip(" ,;:-–")
    return name if 0 < len(name) <= _OUTLET_MAX_CHARS else None


def _not_text(value) -> Optional[str]:
    """What a text field holds when it is not text: "a number (42)", "a boolean (true)" ...

    Strings, lists of strings and {"value"/"@value"/"name": string} objects are text.
    """
    if value is None or isinstance(value, str):
        return None
    if isinstance(value, list):
        return next((f"a list holding {kind}" for kind in map(_not_text, value) if kind), None)
    if isinstance(value, dict):
        inner = value.get("@value", value.get("value", value.get("name")))
        return _not_text(inner) if inner is not None else "an object without a text value"
    shown = json.dumps(value)
    return f"{_JSON_TYPE_NAMES.get(type(value), type(value).__name__)} ({shown[:40]})"


def _pick(record: dict, field: str, field_map: dict[str, str]) -> tuple[Optional[str], object]:
    """(key used, value) for a RawArticle field, from field_map then the aliases."""
    lowered = {key.lower(): key for key in record}
    names = [field_map[field]] if field in field_map else []
    names += list(FIELD_ALIASES[field])
    for name in names:
        key = name if name in record else lowered.get(name.lower())
        if key is not None and record[key] not in (None, "", [], {}):
            return key, record[key]
    return None, None


def record_to_article(record: dict, source: str, opts: IntakeOptions) -> RawArticle:
    """One RawArticle from a decoded JSON object; MalformedInputError when it has no text."""
    used: dict[str, str] = {}
    values = {}
    for field in FIELD_ALIASES:
        key, value = _pick(record, field, opts.field_map)
        if key is not None:
            used[field] = key
        values[field] = value
    not_text = _not_text(values["text"])
    if not_text:
        raise MalformedInputError(f"article text (field {used['text']!r}) is {not_text}, not text", source=source)
    text = _as_text(values["text"])
    if not text:
        tried = ", ".join(([opts.field_map["text"]] if "text" in opts.field_map else []) + list(FIELD_ALIASES["text"][:4]))
        raise MalformedInputError(f"no article text (looked for {tried}, ...; map yours with field_map)", source=source)
    # Markdown / inline HTML residue ("**", "<u>", "[words](url)") is no article text
    text = markup_to_text(text)
    title = _as_text(values["title"])
    author = _as_text(values["author"])
    parts = strip_furniture(text, known_title=title, known_author=author)
    published = parse_date(values["published"]) if values["published"] is not None else None
    if values["published"] is not None and published is None:
        parts.metadata["unparsed_date"] = str(values["published"])
    outlet_raw = _as_text(values["outlet"])
    metadata = {key: value for key, value in record.items() if key not in used.values() and value not in (None, "")}
    if outlet_raw and len(outlet_raw) > _OUTLET_MAX_CHARS:
        metadata["source_description"] = outlet_raw
    metadata.update(parts.metadata)
    url = _as_text(values["url"])
    return RawArticle(
        text=parts.body,
        source=source,
        title=title or parts.title,
        url=url if url and "://" in url else None,
        outlet=clean_outlet(outlet_raw) or parts.outlet,
        author=author or parts.author,
        published=published or parts.published,
        language=_as_text(values["language"]),
        source_format="jsonl",
        raw_metadata=metadata,
        furniture=parts.furniture,
    )


def read_jsonl(text: str, source: str, opts: IntakeOptions) -> Iterator[Union[RawArticle, IntakeError]]:
    """Articles from JSON Lines; a broken line yields an IntakeError naming ``source:LINE``."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield MalformedInputError(f"broken JSON line: {exc.msg} (column {exc.colno})", source=where)
            continue
        if not isinstance(record, dict):
            yield MalformedInputError(f"JSON line is a {type(record).__name__}, not an object", source=where)
            continue
        try:
            yield record_to_article(record, where, opts)
        except IntakeError as exc:
            yield exc


def read_json(text: str, source: str, opts: IntakeOptions) -> Iterator[Union[RawArticle, IntakeError]]:
    """A .json file: an array of articles, {"articles"/"items"/"data": [...]}, one article, or JSON Lines."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError:
        yield from read_jsonl(text, source, opts)  # many ".json" exports are really JSON Lines
        return
    if isinstance(document, dict):
        for key in ("articles", "items", "data", "results", "documents"):
            if isinstance(document.get(key), list):
                document = document[key]
                break
    records = document if isinstance(document, list) else [document]
    for index, record in enumerate(records):
        where = f"{source}[{index}]" if isinstance(document, list) else source
        if not isinstance(record, dict):
            yield MalformedInputError(f"JSON item is a {type(record).__name__}, not an object", source=where)
            continue
        try:
            yield record_to_article(record, where, opts)
        except IntakeError as exc:
            yield exc
