"""HTML pages (via trafilatura) and HTML fragments (feed item content) to clean text.

A page is one article. Listing pages (home, section or tag pages: ≥ LISTING_MIN_HEADLINE_LINKS
headings linking to other posts) and pages whose extraction has no running prose (menus only,
or cut off before the article) raise IntakeError with code ``no_article`` ("no article body
found") rather than yielding a flagged pseudo-article: their text would pollute the network.
The article URL is the canonical/og:url link, else the HTTrack "Mirrored from" comment, else the
address it was fetched from, else the permalink on the headline.
"""

from __future__ import annotations

import re
from typing import Optional
from urllib.parse import urlparse

import lxml.html
import trafilatura
from lxml import etree

from newsgraph.errors import IntakeError, MalformedInputError
from newsgraph.intake.dates import parse_date
from newsgraph.intake.furniture import strip_furniture
from newsgraph.intake.model import RawArticle
from newsgraph.intake.normalize import normalize_text

# HTTrack writes the page's original address into a comment of the mirrored copy.
_HTTRACK_URL = re.compile(r"<!--\s*Mirrored from\s+(\S+)\s+by HTTrack", re.I)
# " » ", " | ", " - ", " – " ... separate a site name from the headline in <title>.
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|»«·•–—-]|::)\s+")
_DROP_TAGS = ("script", "style", "noscript", "iframe", "form", "input", "button", "select", "textarea", "svg", "template")
_BLOCK_TAGS = frozenset(
    "p div section article header footer aside blockquote li ul ol dl dt dd h1 h2 h3 h4 h5 h6 "
    "table tr pre figure figcaption address hr main nav".split()
)
# A page with this many headline links to distinct posts is a listing (home/section/tag page).
LISTING_MIN_HEADLINE_LINKS = 5
MIN_BODY_CHARS = 200
PROSE_MIN_WORDS = 10
NO_ARTICLE_CODE = "no_article"


def prose_chars(text: str) -> int:
    """Characters in lines that read like prose (at least PROSE_MIN_WORDS words)."""
    return sum(len(line) for line in text.split("\n") if len(line.split()) >= PROSE_MIN_WORDS)


def html_fragment_to_text(fragment: str) -> str:
    """Visible text of an HTML fragment; scripts/styles dropped, block elements become paragraphs."""
    if not fragment or not fragment.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return normalize_text(re.sub(r"<[^>]+>", " ", fragment), strip_indent=True)
    for element in list(root.iter(*_DROP_TAGS)):  # a list: dropping while iterating skips nodes
        if element.getparent() is not None:
            element.drop_tree()
    pieces: list[str] = []

    def walk(element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "br":
            pieces.append("\n")
        elif tag in _BLOCK_TAGS:
            pieces.append("\n\n")
        if element.text and tag:
            pieces.append(element.text)
        for child in element:
            walk(child)
        if tag in _BLOCK_TAGS:
            pieces.append("\n\n")
        if element.tail:
            pieces.append(element.tail)

    walk(root)
    text = "".join(pieces).replace("\u00a0", " ")
    return normalize_text(text, strip_indent=True)


# Residue of Markdown or inline HTML in a text field (a JSON Lines capture converted by pandoc or
# a CMS export): emphasis around a word ("**An unprecedented group", "***Help Ukraine***"),
# inline tags ("<u>...</u>", "<span style=...>", "<sup>st</sup>"), links ("[vote](https://...)"),
# a quote marker opening a line ("> ..."). A text with none of these is left as it is.
_MARKUP_RESIDUE = re.compile(
    r"\*\*+\S|\S\*\*+(?:\s|$)|</?(?:u|span|sup|sub|s|b|i|em|strong|a|p|br|div)\b[^>\n]*>"
    r"|\]\((?:https?:/|/)[^)\s]*\)|^>\s", re.M | re.I)


def markup_to_text(text: str) -> str:
    """``text`` as plain text where it carries Markdown or inline HTML residue (``_MARKUP_RESIDUE``):
    rendered by markdown-it (CommonMark, inline HTML passed through) and read back as visible text by
    ``html_fragment_to_text``, so "****<u>Headline.</u>****" is "Headline.", a link is its words,
    paragraphs stay paragraphs (blank lines) and a paragraph is one line. Other texts come back unchanged. The article is stored as
    cleaned, so every later span is an offset into the clean text."""
    if not _MARKUP_RESIDUE.search(text):
        return text
    from markdown_it import MarkdownIt  # (imported where a text needs it)

    markdown = MarkdownIt("commonmark")
    # a paragraph's hard wraps become spaces: a link's address took most of its line, so the words
    # left would stand on short lines the sentence splitter reads as headings ("their Unity | Agenda")
    markdown.add_render_rule("softbreak", lambda *args: " ")
    html = markdown.render(text)
    # emphasis CommonMark cannot close ("**Rehabilitation: **USAID", "homes. ** **": a space inside
    # the closing marker) is left as stars; a run of two or more is never words of an article
    # a run-in head (an emphasised phrase opening a paragraph and ended by a colon: "**Imposing
    # sanctions on Russia's economy:** Today, ...") is a heading set in the paragraph's first line;
    # it stands as a paragraph of its own, as the emphasis had kept it apart, not as the subject
    # of the sentence after it; a transcript's bold speaker label ("**SECRETARY BLINKEN:**",
    # "**QUESTION:**", "**Q:**") is no heading but the label of the turn it opens, so it stays on
    # the turn's line, its emphasis alone dropped (_turn_label_head)
    html = _RUN_IN_HEAD.sub(lambda m: m.group(1) + (" " if _turn_label_head(m.group(1)) else "<br><br>"), html)
    return html_fragment_to_text(_STAR_RUN.sub("", html)) or text


_STAR_RUN = re.compile(r"\*{2,}")
_RUN_IN_HEAD = re.compile(r"((?:<p>|<li>(?:\s*<p>)?)\s*(?:<(strong|em)>[^<]*(?::</\2>|</\2>\s*:)"
                          r"|(\*\*+)[^<*]*:[ \u00a0]*\3))[ \t\u00a0]*")  # (stars left where CommonMark could not close them)


# the answer's label of a question-and-answer interview ("Q: ... A: ..."), the twin of the
# question's "Q" that briefing.yaml press_labels holds
_ANSWER_LABELS = frozenset({"a", "answer"})


def _turn_label_head(head: str) -> bool:
    """Whether a run-in head (``_RUN_IN_HEAD``'s first group: "<p><strong>SECRETARY BLINKEN:</strong>",
    tags and stars included) is a transcript's turn label: its words, colon off, read as one by the
    turns reader -- all capitals as ``turns.TURN_LABEL`` takes them ("MR PRICE", "SECRETARY
    BLINKEN") or a reporter's or moderator's label (``turns.label_role``: "Q", "Question",
    "MODERATOR") -- or an interview's answer label ("A"). A head in sentence case ("Imposing
    sanctions on Russia's economy:") is a heading."""
    from newsgraph.nlp.turns import MODERATOR, PRESS, TURN_LABEL, label_role  # (the nlp reader, loaded on need)

    words = re.sub(r"<[^>]*>|\*+", "", head).strip().rstrip(":").strip()
    if not words:
        return False
    label = TURN_LABEL.match(words + ": ")
    if label is not None and label.group(1).strip() == words:
        return True
    return label_role(words) in (PRESS, MODERATOR) or words.casefold() in _ANSWER_LABELS


_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def _fold(text: str) -> str:
    """Comparable form of a title: whitespace, case and typographic quotes do not matter."""
    return " ".join(text.split()).translate(_QUOTES).casefold()


def _headings(root) -> list[str]:
    return [" ".join(h.text_content().split()) for h in root.iter("h1", "h2", "h3")]


def count_headline_links(root) -> int:
    """Distinct pages linked from headings (h1–h4): many means a home/section/tag listing page.

    Sidebars list related posts too, but as list items, not as headings, so they do not count.
    """
    targets = set()
    for heading in root.iter("h1", "h2", "h3", "h4"):
        for link in heading.iter("a"):
            href = (link.get("href") or "").split("#")[0]
            if href and len(" ".join(link.text_content().split()).split()) >= 3:
                targets.add(href)
    targets.discard("")
    return len(targets)


def split_page_title(page_title: Optional[str], headings: list[str]) -> tuple[Optional[str], Optional[str]]:
    """("Site » Headline", headings) → (headline, site name) using the page's own headings."""
    if not page_title:
        return None, None
    parts = [p.strip() for p in _TITLE_SEPARATOR.split(" ".join(page_title.split())) if p.strip()]
    if len(parts) < 2:
        return page_title.strip() or None, None
    folded = {_fold(h) for h in headings}
    matching = [part for part in parts if _fold(part) in folded]
    if not matching:
        return None, None
    # The site name is often a heading too (the logo's h1); the headline is the longer one.
    headline = max(matching, key=len)
    rest = [p for p in parts if p is not headline]
    return headline, (rest[0] if len(rest) == 1 else None)


def _headline_link(root, headline: Optional[str]) -> Optional[str]:
    """The permalink a blog puts on its headline heading, when it links to an absolute URL."""
    if not headline:
        return None
    for heading in root.iter("h1", "h2", "h3"):
        if _fold(heading.text_content()) == _fold(headline):
            for link in heading.iter("a"):
                href = link.get("href") or ""
                if href.startswith(("http://", "https://")) and urlparse(href).path.strip("/"):
                    return href
    return None


def _page_language(root) -> Optional[str]:
    """The page's declared language (``<html lang>`` or a content-language meta tag)."""
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not lang:
        for meta in root.iter("meta"):
            if (meta.get("http-equiv") or "").lower() == "content-language":
                lang = meta.get("content")
                break
    return lang.strip() if lang and lang.strip() else None


def _host_outlet(url: Optional[str]) -> Optional[str]:
    host = urlparse(url).hostname if url else None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def read_html(html: str, source: str, url: Optional[str] = None) -> RawArticle:
    """One article from an HTML page; IntakeError (code ``no_article``) for listing or empty pages."""
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise MalformedInputError(f"not parseable as HTML: {exc}", source=source)
    links = count_headline_links(root)
    if links >= LISTING_MIN_HEADLINE_LINKS:
        raise IntakeError(
            f"no article body found: listing page ({links} headline links to other articles)",
            source=source, code=NO_ARTICLE_CODE,
        )
    httrack = _HTTRACK_URL.search(html[:5000])
    original_url = url
    if not original_url and httrack:
        original_url = httrack.group(1) if "://" in httrack.group(1) else "http://" + httrack.group(1)

    document = trafilatura.bare_extraction(
        html, url=original_url, with_metadata=True, include_comments=False, include_tables=True,
        include_images=False, deduplicate=False,
    )
    data = document.as_dict() if hasattr(document, "as_dict") else (document or {})
    text = data.get("text") or ""
    if prose_chars(text) < MIN_BODY_CHARS:
        # Too little running prose: an empty page, or one cut off before its article, whose
        # extraction is only menus and link lists.
        raise IntakeError("no article body found (only navigation or short lines)", source=source,
                          code=NO_ARTICLE_CODE)

    page_title = root.findtext(".//title")
    headline, site_from_title = split_page_title(page_title, _headings(root))
    title = headline or data.get("title")
    parts = strip_furniture(normalize_text(text, strip_indent=True), known_title=title)
    canonical = data.get("url") if data.get("url") and "://" in data.get("url") else None
    final_url = canonical or original_url or _headline_link(root, headline)
    sitename = data.get("sitename")
    if sitename and "." in sitename and " " not in sitename:
        sitename = None  # trafilatura falls back to the host name; a title's site name is better
    outlet = sitename or site_from_title or parts.outlet or _host_outlet(final_url)
    metadata = {k: data[k] for k in ("description", "categories", "tags", "license", "image", "hostname") if data.get(k)}
    metadata.update(parts.metadata)
    if not headline and data.get("title") and site_from_title is None:
        metadata["title_source"] = "trafilatura"
    return RawArticle(
        text=parts.body,
        source=source,
        title=title or parts.title,
        url=final_url,
        outlet=outlet,
        author=data.get("author") or parts.author,
        published=parse_date(data.get("date")) or parts.published,
        language=data.get("language") or _page_language(root),
        source_format="html",
        raw_metadata=metadata,
        furniture=parts.furniture,
    )
