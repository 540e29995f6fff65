"""RSS/Atom feeds: safety check with defusedxml, parsing with feedparser, one article per item.

An item's ``content:encoded`` is used when it holds the full text; otherwise the item's page is
fetched and extracted (when ``fetch_pages``), and failing that the summary is used and flagged
``raw_metadata['summary_only'] = True``.
"""

from __future__ import annotations

import codecs
import re
from typing import Callable, Iterator, Optional, Union
from urllib.parse import urlparse
from xml.etree.ElementTree import ParseError

import defusedxml
import defusedxml.ElementTree
import feedparser

from newsgraph.errors import HostileInputError, IntakeError, MalformedInputError
from newsgraph.intake.dates import parse_date
from newsgraph.intake.decode import declared_encoding, decode_text
from newsgraph.intake.fetch import Fetched, fetch_url
from newsgraph.intake.furniture import strip_furniture
from newsgraph.intake.html import NO_ARTICLE_CODE, html_fragment_to_text, read_html
from newsgraph.intake.model import RawArticle
from newsgraph.intake.options import IntakeOptions

Fetcher = Callable[[str, IntakeOptions], Fetched]
# How feeds mark a cut-off summary ("[…]", "Read more", "Continue reading →").
_TRUNCATED = re.compile(r"(?:\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.|read more|continue reading|the post .{1,200} appeared first on .{1,100})\W*$", re.I)
_SEPARATOR = re.compile(r"\s+(?:[|»«·•–—-]|::)\s+")
_FULL_TEXT_MIN_RATIO = 0.9
# Stop fetching from a host that keeps failing (offline, blocking us): each try may cost a timeout.
MAX_FAILURES_PER_HOST = 3
# Fewer words than this after furniture removal is a link stub ("Read the text here."), not text.
MIN_SUMMARY_WORDS = 8
# A <description> this long and not cut off ("[…]", "Read more") is the article itself.
FULL_SUMMARY_MIN_WORDS = 150


def check_feed_safety(data: bytes, source: str) -> Optional[str]:
    """Reject entity-expansion and external-entity attacks (HostileInputError).

    Returns the XML parse error message when the bytes are not well-formed XML (feedparser may
    still read a slightly broken feed), None when they are.
    """
    try:
        defusedxml.ElementTree.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except defusedxml.DefusedXmlException as exc:
        raise HostileInputError(f"feed refused: {type(exc).__name__} (entity declarations or external references)", source=source)
    except ParseError as exc:
        return str(exc)
    return None


def feed_outlet(feed_title: Optional[str], site_link: Optional[str]) -> Optional[str]:
    """The outlet from a feed title such as "Press Releases – United States Department of State".

    Among the parts around a separator, pick the one that resembles the site's host name;
    otherwise the first part (most feeds put the site first: "Site » Section").
    """
    if not feed_title:
        return None
    parts = [p.strip() for p in _SEPARATOR.split(" ".join(feed_title.split())) if p.strip()]
    if len(parts) < 2:
        return parts[0] if parts else None
    host = (urlparse(site_link).hostname or "") if site_link else ""
    labels = [label for label in host.split(".") if label not in ("www", "com", "org", "net", "gov", "mil", "edu", "co")]
    for part in parts:
        squashed = re.sub(r"[^a-z0-9]", "", part.casefold())
        if any(label and (label in squashed or squashed in label) for label in labels):
            return part
    return parts[0]


def _is_full_text(content_text: str, summary_text: str) -> bool:
    if not content_text:
        return False
    if _TRUNCATED.search(content_text):
        return False
    return len(content_text) >= _FULL_TEXT_MIN_RATIO * len(summary_text)


def _is_full_summary(summary_text: str) -> bool:
    return len(summary_text.split()) >= FULL_SUMMARY_MIN_WORDS and not _TRUNCATED.search(summary_text)


def _entry_article(entry, index: int, source: str, outlet: Optional[str], language: Optional[str],
                   opts: IntakeOptions, fetcher: Fetcher, host_failures: dict[str, int]) -> RawArticle:
    where = f"{source}#{index}"
    title = (entry.get("title") or "").strip() or None
    link = entry.get("link") or None
    absolute_link = bool(link) and urlparse(link).scheme in ("http", "https")
    published = parse_date(entry.get("published") or entry.get("updated")) or parse_date(
        entry.get("published_parsed") or entry.get("updated_parsed")
    )
    metadata: dict = {}
    if link and not absolute_link:
        metadata["link"] = link  # relative links cannot be resolved without the feed's address
    if entry.get("id"):
        metadata["guid"] = entry["id"]
    tags = [t.get("term") for t in entry.get("tags", []) if t.get("term")]
    if tags:
        metadata["categories"] = tags

    content_html = entry["content"][0].get("value", "") if entry.get("content") else ""
    content_text = html_fragment_to_text(content_html)
    summary_text = html_fragment_to_text(entry.get("summary", ""))
    base = dict(source=where, title=title, url=link if absolute_link else None, outlet=outlet, author=entry.get("author"),
                published=published, language=language, source_format="feed")

    full_text = content_text if _is_full_text(content_text, summary_text) else None
    if full_text is None and _is_full_summary(summary_text):
        full_text = summary_text  # many feeds put the whole article in <description>
    if full_text is not None:
        parts = strip_furniture(full_text, known_title=title, known_author=entry.get("author"))
        metadata.update(parts.metadata)
        return RawArticle(text=parts.body, raw_metadata=metadata, furniture=parts.furniture, **base)

    host = urlparse(link).hostname if absolute_link else None
    if opts.fetch_pages and absolute_link and host_failures.get(host, 0) >= MAX_FAILURES_PER_HOST:
        metadata["fetch_error"] = f"{link}: not fetched after {MAX_FAILURES_PER_HOST} failures on {host}"
    elif opts.fetch_pages and absolute_link:
        try:
            fetched = fetcher(link, opts)
            decoded = decode_text(fetched.data, link, fetched.content_type)
            page = read_html(decoded.text, source=where, url=fetched.url)
            metadata.update(page.raw_metadata)
            metadata.update(decoded.notes)
            metadata["fetched_page"] = fetched.url
            return RawArticle(
                text=page.text, source=where, title=title or page.title, url=page.url or link,
                outlet=outlet or page.outlet, author=entry.get("author") or page.author,
                published=published or page.published, language=language or page.language,
                source_format="feed", raw_metadata=metadata, furniture=page.furniture,
            )
        except IntakeError as exc:
            metadata["fetch_error"] = exc.one_line()
            host_failures[host] = host_failures.get(host, 0) + 1
    text = summary_text or content_text
    if not text:
        raise MalformedInputError("feed item has neither content nor summary", source=where)
    parts = strip_furniture(text, known_title=title, known_author=entry.get("author"))
    if len(parts.body.split()) < MIN_SUMMARY_WORDS:
        # why no page stands in: the reader's choice, no link, or the fetch's own error (which
        # this line used to leave out, as if the page had not been tried)
        if metadata.get("fetch_error"):
            why = f"fetching its page failed ({metadata['fetch_error']})"
        elif not absolute_link:
            why = "it links no page to fetch" + (f" (only {link!r}, relative)" if link else "")
        else:
            why = "its page was not fetched (--no-fetch)"
        raise IntakeError(f"feed item has no text, only {text[:60]!r}, and {why}", source=where, code=NO_ARTICLE_CODE)
    metadata.update(parts.metadata)
    metadata["summary_only"] = True
    return RawArticle(text=parts.body, raw_metadata=metadata, furniture=parts.furniture, **base)


def feed_notes(data: bytes, parsed, xml_error: Optional[str], source: str) -> list[str]:
    """One-line notes naming ``source`` for a feed feedparser read but not as plain well-formed
    UTF-8 XML: the encoding it read (declared in the XML declaration, or guessed), and XML that
    is not well-formed, whose items were read leniently."""
    notes = []
    encoding = (parsed.get("encoding") or "utf-8").lower()
    if encoding.replace("_", "-") not in ("utf-8", "utf-8-sig", "us-ascii", "ascii"):
        try:
            used = codecs.lookup(encoding).name
        except LookupError:
            used = encoding
        basis = "declared in the document" if declared_encoding(data) == used else "guessed from its bytes"
        notes.append(f"{source}: not UTF-8: read as {encoding} ({basis})")
    if xml_error:
        notes.append(f"{source}: not well-formed XML ({xml_error}); its items were read leniently")
    return notes


def read_feed(data: bytes, source: str, opts: IntakeOptions, fetcher: Fetcher = fetch_url,
              base_url: Optional[str] = None) -> Iterator[Union[RawArticle, IntakeError]]:
    """Articles from an RSS/Atom document (bytes); bad items yield an IntakeError each.

    ``base_url`` (the feed's own address when fetched) resolves relative item links.
    """
    xml_error = check_feed_safety(data, source)
    headers = {"content-location": base_url} if base_url else None
    parsed = feedparser.parse(data, response_headers=headers)
    if not parsed.entries:
        if xml_error or not parsed.get("version"):
            reason = f"not well-formed XML: {xml_error}" if xml_error else "XML but not an RSS/Atom feed"
            raise MalformedInputError(f"not a feed ({reason})", source=source)
        raise MalformedInputError("feed has no items", source=source)
    feed = parsed.feed
    outlet = feed_outlet(feed.get("title"), feed.get("link"))
    host_failures: dict[str, int] = {}
    notes = feed_notes(data, parsed, xml_error, source)
    for index, entry in enumerate(parsed.entries, start=1):
        try:
            article = _entry_article(entry, index, source, outlet, feed.get("language"), opts, fetcher,
                                     host_failures)
            if xml_error:
                article.raw_metadata["feed_not_well_formed"] = xml_error
            article.notes.extend(notes)  # said once, with the feed's first article
            notes = []
            yield article
        except IntakeError as exc:
            if xml_error:  # an item lost to a broken feed says so, not only what it lacks
                exc.message = f"{exc.message} (the feed is not well-formed XML: {xml_error})"
            yield exc
