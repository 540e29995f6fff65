"""Page furniture in web-scraped text: recognise title, outlet, byline, dateline, kicker and caption,
and keep navigation/sharing/cookie lines out of the body.

All rules are general (no per-site entries):

* ``KNOWN_FURNITURE_LINES``: whole lines that are user-interface text of news sites and
  WordPress/CMS themes (navigation, sharing, subscription, cookie banners, ads), collected from
  common themes (WordPress "Skip to content"/"Exit mobile version", share bars, cookie consent
  banners). A line is furniture only when it is exactly one of these (case-insensitive).
* ``_FURNITURE_PREFIXES``: short lines starting like a cookie banner, newsletter box, share bar
  or copyright notice.
* ``_OUTLET_LINE``: "Site icon X" / "Site logo X" (the alt text of a theme's logo) names the outlet.
* ``_LINK_LIST_HEADER``: a header over links to other stories ("Other related articles:", "See also",
  "Further reading"); the lines after it that read as link titles (``is_link_title``: no sentence
  end, or "Source - Title") are furniture up to the first line of prose: other stories' headlines
  are no statement of this article.
* Header rules, only in the first few lines: a short title-case line (or a short line followed by a
  blank line and a long paragraph) is the title; a very short line of 1–5 capitalised tokens
  right after the title is a tag/kicker line; "By …" is a byline; a line that is only a date is a
  dateline. A wire dateline opening the first body line ("KINSHASA, May 2 (AFP) - ...") is
  cut off into furniture and ``metadata["dateline"]`` (place, day, agency). A paragraph ending
  in a photo credit is a caption: it stays in the body and is
  recorded in metadata.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Optional

from newsgraph.intake.dates import WireDateline, dateline_date, split_dateline_prefix, wire_dateline
from newsgraph.intake.normalize import normalize_text

KNOWN_FURNITURE_LINES = frozenset(
    """
    exit mobile version|skip to content|skip to main content|skip to navigation|jump to navigation
    toggle navigation|main menu|menu|search|close|open menu|close menu|home
    share|share this|share this article|share this story|share this page|share on facebook
    share on twitter|share on linkedin|share via email|share via|tweet|email|print|print this page
    facebook|twitter|linkedin|whatsapp|reddit|pinterest|copy link|link copied|copied
    advertisement|advertisements|sponsored|sponsored content|ad|story continues below advertisement
    subscribe|subscribe now|sign up|sign in|log in|login|register|newsletter|donate
    read more|continue reading|related|related articles|related stories|related posts|related content
    you may also like|recommended|recommended for you|most read|most popular|trending|more stories
    back to top|scroll to top|comments|leave a comment|leave a reply|view comments|show comments
    accept|accept all|accept cookies|reject all|cookie settings|manage cookies|cookie policy|got it
    download hi-res|photo details|loading|show more|load more|next article|previous article
    listen to this article|tags|topics|filed under|image|photo|video
    """.replace("\n", "|").split("|")
) - {""}
KNOWN_FURNITURE_LINES = frozenset(line.strip() for line in KNOWN_FURNITURE_LINES) - {""}

_FURNITURE_PREFIXES = re.compile(
    r"^(?:(?:we|this (?:web)?site) uses? cookies|by (?:continuing|using)\b.{0,40}\b(?:site|website)"
    r"|subscribe to (?:our|the)\b|sign up (?:for|to) (?:our|the)\b|follow us on\b"
    r"|share (?:this|on|via)\b|click here to\b|all rights reserved|copyright\s*(?:©|\(c\))"
    r"|©\s*\d{4}|(?:read|see) (?:more|also)\s*:|get the latest\b.{0,40}\bnewsletter"
    r"|(?:read|view|see|watch|listen to) (?:the )?(?:full )?(?:text|speech|story|article|transcript|video|remarks)"
    r"(?: here)?\W*$)",
    re.I,
)
_FURNITURE_MAX_CHARS = 300
# A header line over a list of links to other stories ("Other related articles:", "Related posts",
# "See also:", "Further reading"): the lines after it that read as link titles are furniture.
_LINK_LIST_HEADER = re.compile(
    r"^(?:other |more )?(?:related|see also|further reading|also read|read more|more on this(?: story| topic)?)"
    r"(?: (?:articles|stories|posts|links|coverage|reading|content|news))?\s*:?$",
    re.I,
)
# A link title: no sentence end, or "Source - Title" (a blog or author, a dash, the linked title).
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*$")
_SOURCE_DASH_TITLE = re.compile(r"^[^.!?:\n]{1,60}? [-–—] \S")
_LINK_TITLE_MAX_CHARS = 300
_OUTLET_LINE = re.compile(r"^(?:site (?:icon|logo)|logo(?: of)?)\s*:?\s+(?P<outlet>.{2,80})$", re.I)
_BYLINE = re.compile(r"^(?:[Bb]y|BY)\s+(?P<author>[A-Z][^\n]{1,200})$")
_CAPTION = re.compile(
    r"(?:\((?:photos?|images?|pictures?|fotos?|credit)\s*(?:credit)?\s*:[^)]{2,120}\)\s*\.?"
    r"|\b(?:photo|image|picture)\s*(?:credit)?\s*:\s*[^.]{2,80}\.?)\s*$",
    re.I,
)
_MINOR_WORDS = frozenset(
    "a an and as at but by de del for from in into la le nor of on or over per the to up via vs with".split()
)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_HEADER_LINES = 8
_TITLE_MAX_WORDS = 25
_KICKER_MAX_TOKENS = 5
_LONG_PARAGRAPH_WORDS = 25


@dataclass
class TextParts:
    """What the furniture pass found: the clean body and the header fields it recognised."""

    body: str
    title: Optional[str] = None
    outlet: Optional[str] = None
    author: Optional[str] = None
    published: Optional[dt.datetime] = None
    furniture: list[str] = field(default_factory=list)
    metadata: dict = field(default_factory=dict)


def _key(line: str) -> str:
    return re.sub(r"[\s.:…»›>|•·–-]+$", "", line.strip().casefold()).strip()


def is_furniture_line(line: str) -> bool:
    """True when a whole line is site user-interface text rather than article text."""
    stripped = line.strip()
    if not stripped or len(stripped) > _FURNITURE_MAX_CHARS:
        return False
    return _key(stripped) in KNOWN_FURNITURE_LINES or bool(_FURNITURE_PREFIXES.match(stripped))


def is_link_title(line: str) -> bool:
    """Whether a line under a link-list header ("Other related articles:") reads as the titles of
    linked stories rather than article text: a short line with no sentence end, or "Source -
    Title" ("Imagethief - Why I'm not worried about ..."), where a title list may end in a full
    stop. The headlines of other stories are no statement of this article."""
    stripped = line.strip()
    if not stripped or len(stripped) > _LINK_TITLE_MAX_CHARS:
        return False
    return not _SENTENCE_END.search(stripped) or bool(_SOURCE_DASH_TITLE.match(stripped))


def is_title_case(line: str) -> bool:
    """Most content words start with a capital (minor words such as "to", "in" may not)."""
    words = [w for w in _WORD.findall(line) if w.casefold() not in _MINOR_WORDS]
    if not words:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.75


def _word_count(line: str) -> int:
    return len(line.split())


def looks_like_title(line: str, following: list[str]) -> bool:
    """A short line with no sentence-final full stop, title-case or standing above a long paragraph."""
    words = _word_count(line)
    if not (2 <= words <= _TITLE_MAX_WORDS) or len(line) > 200:
        return False
    if line.rstrip().endswith((".", ",", ";", ":")) or not (line[0].isupper() or line[0].isdigit() or line[0] in "\"'“‘"):
        return False
    if is_title_case(line):
        return True
    # Sentence-case headline: needs a clear paragraph of body text right after it.
    next_paragraph = next((l for l in following if l.strip()), "")
    return words <= 15 and _word_count(next_paragraph) >= _LONG_PARAGRAPH_WORDS


def looks_like_kicker(line: str) -> bool:
    """A tag/kicker line: 1–5 capitalised tokens (e.g. "BOL Iran Defense"), no punctuation at the end."""
    tokens = line.split()
    if not (1 <= len(tokens) <= _KICKER_MAX_TOKENS) or line.rstrip()[-1] in ".!?,;:\"”":
        return False
    return all(token[0].isupper() or token[0].isdigit() for token in tokens)


def _fold(text: str) -> str:
    """Letters and digits only, no accents, case-folded: "Ličen @ home" ~ "Licen@home"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if ch.isalnum()).casefold()


def _same_text(a: str, b: str) -> bool:
    return bool(_fold(a)) and _fold(a) == _fold(b)


def _title_then_date(line: str, title: str) -> Optional[dt.datetime]:
    """The dateline's date when ``line`` is the title followed by a dateline on the same line."""
    for match in re.finditer(r"\s+", line):
        date = dateline_date(line[match.end():])
        if date and _same_text(line[:match.start()], title):
            return date
    return None


def _is_name_like(author_text: str) -> bool:
    """A byline's name part ("Jane Doe" before any comma or slash) is short and not a sentence."""
    name = re.split(r",|\s[/|]\s|\s+and\s+", author_text, maxsplit=1)[0].strip()
    if name.endswith(" Jr."):
        return _word_count(name) <= 6
    return 1 <= _word_count(name) <= 6 and not name.endswith((".", "!", "?"))


def _split_byline(author_text: str) -> tuple[str, Optional[dt.datetime]]:
    """"Jane Doe, Agency / Published January 15, 2016" → ("Jane Doe, Agency", date)."""
    parts = [p.strip() for p in re.split(r"\s+[/|]\s+", author_text)]
    published = None
    kept = []
    for part in parts:
        date = dateline_date(part)
        if date:
            published = published or date
        else:
            kept.append(part)
    return ", ".join(kept).strip(" ,"), published


def strip_furniture(text: str, known_title: Optional[str] = None, known_author: Optional[str] = None) -> TextParts:
    """Split web-scraped text into body and header fields; removed lines go to ``furniture``.

    ``known_title`` / ``known_author`` (from the source's metadata) are removed when the text
    repeats them at the top (press releases often open with "Office of the Spokesperson").
    """
    parts = TextParts(body="")
    lines = normalize_text(text).split("\n")
    kept: list[str] = []
    in_link_list = False
    for line in lines:
        outlet_match = _OUTLET_LINE.match(line.strip())
        if in_link_list and line.strip() and not is_link_title(line):
            in_link_list = False  # prose again
        if outlet_match and parts.outlet is None:
            parts.outlet = outlet_match["outlet"].strip()
            parts.furniture.append(line.strip())
        elif _LINK_LIST_HEADER.match(line.strip()):
            parts.furniture.append(line.strip())
            in_link_list = True
        elif is_furniture_line(line) or (in_link_list and line.strip()):
            parts.furniture.append(line.strip())
        else:
            kept.append(line)

    body_lines = _strip_header(kept, parts, known_title, known_author)
    parts.body = normalize_text("\n".join(body_lines))
    return parts


def _strip_header(lines: list[str], parts: TextParts, known_title: Optional[str],
                  known_author: Optional[str] = None) -> list[str]:
    """Remove title, kicker, byline and dateline lines from the top; note the caption."""
    out = list(lines)
    index = 0
    seen_content = 0
    title_index = None
    while index < len(out) and seen_content < _HEADER_LINES:
        line = out[index].strip()
        if not line:
            index += 1
            continue
        seen_content += 1
        wire = wire_dateline(line)
        if wire:
            _note_wire_dateline(wire, parts)
            out[index] = line[wire.end:]
            break  # the rest of the line is the first body sentence
        if not any(rest.strip() for rest in out[index + 1:]):
            break  # never take the last line of text as header: it is the body
        if known_author and _same_text(line, known_author):
            parts.author = parts.author or known_author
            if is_signature(line):
                break  # "Antony J. Blinken, Secretary of State": who issues the text, kept in it
            parts.furniture.append(line)
            del out[index]
            continue
        dateline, date, rest = split_dateline_prefix(line)
        if dateline:
            parts.published = parts.published or date
            parts.furniture.append(dateline)
            out[index] = rest
            break  # the rest of the line is the first body sentence
        removed = _header_line(line, out[index + 1:], parts, known_title, just_after_title=(
            title_index is not None and all(not l.strip() for l in out[title_index + 1:index])
        ))
        if removed == "title":
            parts.furniture.append(line)
            del out[index]
            title_index = index - 1 if index > 0 else 0
            continue
        if removed:
            parts.furniture.append(line)
            del out[index]
            continue
        break  # first body line: the header is over
    _note_caption(out, index, parts)
    return out


_SIGNATURE = re.compile(r"^(?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’-]+,\s+[A-Z]")


def is_signature(line: str) -> bool:
    """A statement's signature line at the top: an official's name and office ("Antony J.
    Blinken, Secretary of State", "Ned Price, Department Spokesperson"). Unlike a reporter's
    byline it names the text's own voice, so it stays in the body; an office alone ("Office of
    the Spokesperson") is furniture. The one definition: coreference reads the same lines for the
    release's "I" (``nlp.coref``)."""
    return bool(_SIGNATURE.match(line.strip())) and len(line.split()) <= 30


def _note_wire_dateline(wire: WireDateline, parts: TextParts) -> None:
    """A wire dateline is furniture: its place is where the story is set (metadata, not an
    actor in the body), its day anchors the story's relative dates, its agency is the outlet
    when the source names none."""
    parts.furniture.append(wire.text)
    parts.metadata["dateline"] = wire.as_metadata()
    if wire.year:
        date = wire.date(None)
        if date:
            parts.published = parts.published or dt.datetime(date.year, date.month, date.day)
    if wire.agency and parts.outlet is None:
        parts.outlet = wire.agency


def _header_line(line, following, parts: TextParts, known_title, just_after_title) -> Optional[str]:
    """Classify one header line; fills ``parts`` and says what the line was (None: body)."""
    if known_title and _same_text(line, known_title):
        parts.title = parts.title or known_title
        return "title"
    if known_title:
        date = _title_then_date(line, known_title)
        if date:  # "Headline Tuesday, September 1, 2015" on one line
            parts.title = parts.title or known_title
            parts.published = parts.published or date
            return "title"
    date = dateline_date(line)
    if date:
        parts.published = parts.published or date
        return "dateline"
    byline = _BYLINE.match(line)
    if byline and _word_count(line) <= 30 and _is_name_like(byline["author"]):
        author, date = _split_byline(byline["author"])
        parts.author = parts.author or author
        parts.published = parts.published or date
        return "byline"
    next_line = next((l.strip() for l in following if l.strip()), "")
    if (parts.title is None and "kicker" not in parts.metadata and line.isupper() and looks_like_kicker(line)
            and next_line and (looks_like_title(next_line, following[1:]) or _same_text(next_line, known_title or ""))):
        parts.metadata["kicker"] = line  # an all-caps section label above the headline
        return "kicker"
    if parts.title is None and known_title is None and looks_like_title(line, following):
        parts.title = line
        return "title"
    if just_after_title and parts.title and looks_like_kicker(line) and "kicker" not in parts.metadata:
        parts.metadata["kicker"] = line
        return "kicker"
    return None


def _note_caption(lines: list[str], start: int, parts: TextParts) -> None:
    """Record the first body paragraph that ends in a photo credit as the caption (kept in the body)."""
    for line in lines[start:start + 3]:
        if line.strip() and _CAPTION.search(line.strip()):
            parts.metadata["caption"] = line.strip()
            return
