"""Paragraph breaks (and headings on lines of their own) are sentence boundaries; hard wraps
are not breaks at all.

Headings, captions and datelines sit on lines of their own; without this the parser glues a
heading to the next paragraph's first sentence, and quotes and events then straddle them.
Runs before the parser, which keeps sentence starts that are already set.

A dateline run into the lead on the text's first line ("Geneva, May 12, 2024 - Japan welcomed
...", "KINSHASA, May 2 (AFP) - Militia fighters ...") is cut off as a sentence of its own, its
dash kept out of every entity (``_part_dateline``).

In a text written a paragraph a line (``paragraph_lines``: scraped pages and feeds, no hard wrap)
every line break is the writer's, so a line that ends without punctuation ends its sentence
however long it is (a travel advisory's "... Provinces – Level 4: Do Not Travel", a photo
caption, a paragraph missing its period), unless it ends in a mark or word that needs the next
line (``_carries_on``).

A start forced on a line makes the parser cut a one-word sentence off the line's first or last
word ("John | Liebhardt", '"..." said | Alan'): the word after the first and the last word keep
with their neighbours (``_keep_next_with_first_word``, ``_keep_last_word_with_line``).

Hard-wrapped texts (White House and other press releases broken at ~70 characters, mid
sentence) are unwrapped before tokenizing: ``unwrap_hard_breaks`` replaces each line break
that is a wrap by a space, so the text keeps its length and every character offset into the
stored text stays valid; ``UnwrappingTokenizer`` applies it in front of spaCy's tokenizer.
"""

from __future__ import annotations

import collections
import functools
import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language

from newsgraph.intake.dates import opening_dateline
from newsgraph.nlp.doc_cache import doc_text, remember_text, token_spaces, token_starts

COMPONENT = "newsgraph_paragraphs"
VERSION = "0.3.6"  # 0.3.6: the dateline that opens a text (wire: "KINSHASA, May 2 (AFP) - "; press release: "Geneva, May 12, 2024 - ", "Austin, Texas, June 4, 2024 -- ", intake.dates.opening_dateline) is a sentence of its own before the lead, kept in one piece, its dash blocked from every entity (_part_dateline): run into the lead, spaCy read "May 12, 2024 - Japan" as one DATE after a hyphen or double hyphen and made the dateline's place the verb's subject ("Nairobi, Kenya, Feb. 9, 2023 -- The African Union called ..." had Kenya as the caller), so the lead's actor was lost (history: docs/component_versions.md)


SENTENCE_END = {".", "!", "?", "”", '"', ":", "’"}
# Lines up to this long that end without punctuation are headings or datelines, not hard wraps
# (hard-wrapped prose runs to 60-80 characters a line).
SHORT_LINE_CHARS = 50


# A text is hard-wrapped when at least this many lines run on into a next line, the longest
# of them is at most MAX_WRAP_WIDTH characters (prose typed at 60-80 columns; one-paragraph-a-
# line texts have lines of hundreds of characters) and this many come within WRAP_SLACK of it.
MIN_WRAPPED_LINES = 3
MAX_WRAP_WIDTH = 100
WRAP_SLACK = 15
# Lines longer than the wrap column, at most this share of them (see ``_wrap_width``), and how
# close the next-longest line must come to the column.
MAX_OVERLONG_SHARE = 0.2
# A text is written a paragraph a line (``paragraph_lines``) when, not hard-wrapped, at least
# this many of its lines run past MAX_WRAP_WIDTH: one long paragraph after a few wrapped lines
# may end a text that was only partly wrapped.
MIN_LONG_LINES = 2
BUNCH_SLACK = 3
_LINE_END_CLOSERS = (".", "!", "?", ":", ";", "”", '"', "’")


_MASKED_RUN = re.compile(r"\s{8,}")
# A line's first word as the wrapping tool saw it: up to a space or tab, not a no-break space
# ("and\xa0other"), and with a link's masked address (``mask_markup``), which it does not
# break either ("[new](https://www.state.gov/...)" is masked to "new" and blanks).
_FIRST_WORD = re.compile(r"[^ \t\r\n]*(?: {8,}[^ \t\r\n]*)*")
# A line that ends in an initialism ("Combatant Commander of the U.S.\nSouthern Command") or a
# title before a name ("In December, Dr.\nGupta") does not end a sentence there.
_NO_SENTENCE_END = re.compile(r"(?:^|[\s(])(?:(?:[A-Z]\.){2,}|Mr\.|Mrs\.|Ms\.|Dr\.)$")


def _visible_len(line: str) -> int:
    """Length of a line as typed: a long run of blanks is masked markup (``mask_markup``: a
    link's address), which was one word's width at most when the text was wrapped."""
    return len(_MASKED_RUN.sub(" ", line.rstrip()))


def _wrap_width(lines: list[str]) -> int | None:
    """The column a hard-wrapped text was broken at, or None when the text is not wrapped.

    Wrapped lines bunch just below that column. The longest line is taken, unless it runs
    longer alone: then the longest line that MIN_WRAPPED_LINES lines bunch at (within
    BUNCH_SLACK columns), passing over up to MAX_OVERLONG_SHARE of the lines, provided most
    lines come within WRAP_SLACK of it (a list's lines of every length do not). A Markdown link
    whose words were wrapped inside it is one line once its markup is masked ("the  Global
    Coalition to Address Synthetic Drug Threats" and its address): with its length as the
    column, no line of the text would count as a wrap."""
    inner = sorted((_visible_len(line) for line, nxt in zip(lines, lines[1:]) if line.strip() and nxt.strip()),
                   reverse=True)
    if len(inner) < MIN_WRAPPED_LINES:
        return None
    width = inner[0]
    if width > MAX_WRAP_WIDTH or width - inner[MIN_WRAPPED_LINES - 1] > BUNCH_SLACK:
        for j in range(1, int(len(inner) * MAX_OVERLONG_SHARE) + 1):
            if j + MIN_WRAPPED_LINES > len(inner):
                break
            if inner[j] <= MAX_WRAP_WIDTH and inner[j] - inner[j + MIN_WRAPPED_LINES - 1] <= BUNCH_SLACK:
                if 2 * sum(inner[j] - WRAP_SLACK <= n <= inner[j] for n in inner) > len(inner):
                    width = inner[j]
                break
    if width > MAX_WRAP_WIDTH or sum(width - WRAP_SLACK <= n <= width for n in inner) < MIN_WRAPPED_LINES:
        return None
    # the longest length that more than one line of the bunch reaches: a single line a column
    # or so longer (a no-break space the wrapping tool counted apart) would keep lines of full
    # width from counting as wrapped
    bunch = collections.Counter(n for n in inner if width - BUNCH_SLACK <= n <= width)
    return max((n for n in bunch if bunch[n] > 1), default=width)


# A Markdown list item's first line: "-   The Department of Justice ...", "*   ...", "1.  ..."
# (pandoc's output, as in the White House releases), also "• " of pasted lists. Its wrapped
# lines are indented to the item's text ("-   In the aftermath of the assassination of
# President Moise, the\n    Department of Justice, together with ..."), and so are the item's
# further paragraphs after a blank line.
_LIST_ITEM = re.compile(r"[ \t]{0,3}(?:[-*+\u2022]|\d{1,2}[.)])[ \t]+\S")
_INDENTED = re.compile(r"(?: {2,}|\t)\S")
# a list item's marker as a token of its own
_LIST_MARKER_TOKEN = re.compile(r"[-*+\u2022]|\d{1,2}[.)]")


def paragraph_lines(text: str) -> bool:
    """Whether ``text`` is written a paragraph a line: not hard-wrapped (``_wrap_width``) and
    MIN_LONG_LINES of its lines longer than any wrap column (MAX_WRAP_WIDTH), as the paragraphs of
    scraped pages and feeds are. Every line break of such a text is the writer's: a line that ends
    without punctuation is a heading, a caption, a list item or a paragraph whose period is
    missing, not a sentence the typist broke. A short text with fewer long lines may be
    hard-wrapped all the same (too few lines to tell the wrap column; "... met on August 29 with
    General\nZhang Youxia, ..." and one long paragraph after it), so it is not one."""
    lines = text.split("\n")
    return _paragraph_lines(lines, _wrap_width(lines))


def _paragraph_lines(lines: list[str], width: int | None) -> bool:
    """``paragraph_lines`` of a text split into ``lines`` whose ``_wrap_width`` is ``width``."""
    long_lines = sum(_visible_len(line) > MAX_WRAP_WIDTH for line in lines)
    return long_lines >= MIN_LONG_LINES and width is None


def list_item_line(line: str) -> bool:
    """Whether ``line`` opens a Markdown list item ("-   USAID is providing ...", "2.  ...")."""
    return _LIST_ITEM.match(line) is not None


def unwrap_hard_breaks(text: str, raw: str | None = None) -> str:
    """``text`` with the single line breaks of hard wrapping replaced by spaces (same length).

    A break is a wrap when the text is hard-wrapped (see ``_wrap_width``), the next line is
    not blank, the next line's first word would not have fitted on the line (that is why the
    line was broken: the classic unwrap test, which keeps short headings and datelines on
    their own lines), and the line does not end a sentence, unless the next line goes on in
    lower case. "reaffirmed the readiness of the\nUnited States" becomes one line; "Chilean\n
    Foreign Minister" keeps the role's country next to its title.

    In a Markdown list item a break before an indented line is a wrap whatever the lengths
    (the indent is Markdown's own mark of a line that goes on with the item: "USAID and\n
    the French government are helping ..."), unless the line ends a sentence or a Markdown
    hard break ("  "); a break before a line that opens a new item never is.

    ``raw``: the text before ``mask_markup`` (same length), where ``text`` is masked: the next
    line's first word is read there, as the wrapping tool saw it ("Government\xa0[extradited](
    https://...)" is one word it could not fit after "Today, the Mexican")."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    return _unwrap_lines(text, lines, _wrap_width(lines), raw)


def _unwrap_lines(text: str, lines: list[str], width: int | None, raw: str | None) -> str:
    """``unwrap_hard_breaks`` of ``text``, split into ``lines``, whose ``_wrap_width`` is ``width``
    (the tokenizer reads the width once for this and ``_paragraph_lines``)."""
    raw = raw if raw is not None and len(raw) == len(text) else text
    in_item = False  # the line is in a list item: its first line, or indented under one
    if width is None and not any(map(list_item_line, lines)):
        return text
    out = list(text)
    offset = 0
    for line, nxt in zip(lines, lines[1:]):
        offset += len(line)  # offset of this line's "\n"
        body = line.rstrip()
        following = nxt.lstrip()
        if list_item_line(line):
            in_item = True
        elif body.strip() and not _INDENTED.match(line):
            in_item = False
        if body.strip() and following and not list_item_line(nxt):
            first_word = _FIRST_WORD.match(raw[offset + 1:offset + 1 + len(nxt)].lstrip()).group()
            ends_sentence = (body.endswith(_LINE_END_CLOSERS) and not following[0].islower()
                             and not _NO_SENTENCE_END.search(body))
            # the line as the wrapping tool saw it: a link's address (masked) counted in full
            # (the tool breaks no address, so a line that holds one runs long); a line longer
            # than the column (past its bunch) with no address in it the tool did not wrap (a
            # list's long item)
            wrapped = (width is not None and len(line.rstrip("\r")) + 1 + len(first_word) > width
                       and (_visible_len(body) <= width + BUNCH_SLACK or _MASKED_RUN.search(line) is not None))
            continued = in_item and _INDENTED.match(nxt) is not None and not line.rstrip("\r").endswith("  ")
            if (wrapped or continued) and not ends_sentence:
                out[offset] = " "
                if line.endswith("\r"):
                    out[offset - 1] = " "
        offset += 1
    return "".join(out)


# Markdown that converted releases carry (the White House statements in examples/ come as
# Markdown): a link "[visit the Amazon](https://.../briefing-room/...)" whose address the parser
# would read as words of the next sentence ("briefing-room/statements-releases/2024/...),
# President Biden highlighted ..."), and a bold run-in heading ("**Cooperating on Cyber and
# Quantum Technology:** The G7 will ...") that the parser glues to the clause after it as its
# verb and object. Both are masked with the same number of characters.
_MARKDOWN_LINK = re.compile(r"\[([^\[\]]{1,300})\]\(\s*(?:https?://|www\.|/)[^()\s]*\s*\)")
_BOLD = re.compile(r"\*\*(?=\S)([^*]{1,200}?)\*\*")


# A language tag after a link ("criticizes President García [es], who said [es] that ...",
# Global Voices' convention for a source in another language; also "[fr]", "[pt]" ...): a
# bracketed ISO 639-1 code, no word of the sentence. Masked like link syntax.
_LANGUAGE_TAG = re.compile(r"\[([a-z]{2})\]")


@functools.lru_cache(maxsize=256)
def _language_code(code: str) -> bool:
    import pycountry

    return pycountry.languages.get(alpha_2=code) is not None


def _run_in_heading_closes(text: str) -> list[int]:
    """Offsets of the closing "**" of each bold run-in heading in ``text``: a bold run that ends
    in ":" with text after it on its line ("**Security Assistance:** The United States ...")."""
    closes = []
    for match in _BOLD.finditer(text):
        rest = text[match.end():].split("\n", 1)[0]
        if match.group(1).rstrip().endswith(":") and rest.strip():
            closes.append(match.end() - 2)
    return closes


def break_run_in_headings(masked: str, text: str) -> str:
    """``masked`` (``text`` after ``mask_markup(text, run_in_breaks=False)``, and unwrapping)
    with a blank line where each bold run-in heading of ``text`` closes (same length), so the
    heading is a sentence of its own, as it would be on a line of its own."""
    closes = _run_in_heading_closes(text) if "**" in text else []
    if not closes:
        return masked
    out = list(masked)
    for close in closes:
        out[close], out[close + 1] = "\n", "\n"
    return "".join(out)


def mask_markup(text: str, run_in_breaks: bool = True) -> str:
    """``text`` with Markdown link syntax and bold markers blanked (same length, so every offset
    still points into the stored text): a link keeps its words, its brackets and address become
    spaces; "**" becomes spaces, except that a bold run-in heading that ends in ":" and has text
    after it on its line ("**Security Assistance:** The United States ...") is closed by a blank
    line, so the heading is a sentence of its own, as it would be on a line of its own
    (``run_in_breaks=False`` leaves that to ``break_run_in_headings``, after unwrapping)."""
    tags = [m for m in _LANGUAGE_TAG.finditer(text) if _language_code(m.group(1))] if "]" in text else []
    if "](" not in text and "**" not in text and not tags:
        return text
    out = list(text)
    for match in tags:
        out[match.start():match.end()] = " " * (match.end() - match.start())

    def blank(start: int, end: int) -> None:
        for i in range(start, end):
            if out[i] not in "\r\n":
                out[i] = " "

    for match in _MARKDOWN_LINK.finditer(text):
        blank(match.start(), match.start() + 1)       # "["
        blank(match.end(1), match.end())              # "](address)"
        for i in range(match.start(1), match.end(1)):  # a link is inline: a break in it is a wrap
            if out[i] in "\r\n":
                out[i] = " "
    for match in _BOLD.finditer(text):
        blank(match.start(), match.start() + 2)
        blank(match.end() - 2, match.end())
    masked = "".join(out)
    return break_run_in_headings(masked, text) if run_in_breaks else masked


class UnwrappingTokenizer:
    """spaCy's tokenizer behind ``unwrap_hard_breaks`` and ``mask_markup``: the Doc's text has
    the wraps and the Markdown markup as spaces, at the same offsets as the stored text."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text):
        from newsgraph.nlp.entities import model_text

        # no-break spaces read as spaces (``entities.model_text``, same length), here rather than
        # before: the wrap test reads the next line's first word in the text as written, where a
        # no-break space glues words the wrapping tool did not part ("Government\xa0[extradited](...)")
        raw, text = text, model_text(text)
        # markup first: a link's long address would otherwise hide the wrap width of the text;
        # a run-in heading's break last: the rest of its line ("**Re-building ... Haiti:** USAID
        # and\n    the French government ...") is as long as the line the text was wrapped at,
        # cut off behind a break it would look like a short line of its own, not a wrap
        masked = mask_markup(text, run_in_breaks=False)
        lines = masked.split("\n")
        width = _wrap_width(lines)  # read once: both the unwrapping and the paragraph-a-line test need it
        unwrapped = break_run_in_headings(_unwrap_lines(masked, lines, width, raw), text)
        doc = remember_text(self.tokenizer(unwrapped), unwrapped)  # the Doc's text, not joined again
        # told before unwrapping: the unwrapped text of a hard-wrapped one has long lines too
        doc.user_data[PARAGRAPH_LINES_KEY] = _paragraph_lines(lines, width)
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name):  # vocab, rules, explain ...
        return getattr(self.tokenizer, name)


def install_unwrapping(nlp) -> None:
    """Put ``UnwrappingTokenizer`` in front of ``nlp``'s tokenizer (once)."""
    if not isinstance(nlp.tokenizer, UnwrappingTokenizer):
        nlp.tokenizer = UnwrappingTokenizer(nlp.tokenizer)


def _starts_sentence_after_line_break(doc, space_token, line_start_char: int) -> bool:
    if space_token.text.count("\n") >= 2:
        return True  # a blank line: always a paragraph break
    previous = doc[space_token.i - 1] if space_token.i > 0 else None
    if previous is None:
        return False
    if previous.text in SENTENCE_END:
        return True
    text = doc_text(doc)
    next_line_start = space_token.idx + space_token.text.rindex("\n") + 1
    next_line_end = text.find("\n", next_line_start)
    if list_item_line(text[next_line_start:next_line_end if next_line_end >= 0 else len(text)]):
        return True  # a new list item: "...National Urban League\n-   Rev. Al Sharpton, Founder"
    if space_token.idx - line_start_char <= SHORT_LINE_CHARS:
        return True
    following = doc[space_token.i + 1] if space_token.i + 1 < len(doc) else None
    if following is not None and following.text[:1].islower():
        return False  # the next line goes on in lower case: a wrapped clause, whatever its case
    line = doc_text(doc)[line_start_char:space_token.idx]
    if heading_line(line) or capitals_line(doc, line_start_char, space_token.idx):
        return True
    # no hard wrap in the text: the writer ended the line ("Carchi and northern Esmeraldas
    # Provinces – Level 4: Do Not Travel", a photo caption "... by @user", a paragraph whose
    # period is missing), unless it ends in a word or mark that needs the next line. A line that
    # ends in punctuation the tokenizer glued to a bracket ('"ideological" ((it)):', one token
    # "):") is left as it was: the quote after it is read with its cue
    return (_in_paragraph_lines(doc) and not line.rstrip().endswith(_LINE_END_CLOSERS)
            and not _carries_on(line))


PARAGRAPH_LINES_KEY = "ng_paragraph_lines"  # Doc.user_data key, set by UnwrappingTokenizer


def _in_paragraph_lines(doc) -> bool:
    """``paragraph_lines`` of the text the Doc was made from: noted by ``UnwrappingTokenizer``
    before unwrapping (kept on a recased Doc), else read in the Doc's text, which nothing
    unwrapped then."""
    value = doc.user_data.get(PARAGRAPH_LINES_KEY)
    if value is None:
        value = doc.user_data[PARAGRAPH_LINES_KEY] = paragraph_lines(doc_text(doc))
    return value


# Closed-class words that leave a clause open when a line ends in them: articles, possessive
# determiners, coordinating and subordinating conjunctions, prepositions (bar the particles of
# phrasal verbs, "up", "out", "off", "down", "back", "away", which end clauses: "cracked down").
_OPEN_ENDING_WORDS = frozenset(
    "a an the my your his its our their and or but nor whether because if than of to for from with by at in "
    "on into onto upon about over under after before during between among against toward towards within "
    "without through across via per including".split())


def _carries_on(line: str) -> bool:
    """Whether a line with no sentence punctuation at its end leaves its sentence open: it ends
    in a comma, semicolon or hyphen ("The minister, who arrived on Monday,") or in a word of
    ``_OPEN_ENDING_WORDS`` ("policies that affect the\nUnited States")."""
    body = line.rstrip()
    if body.endswith((",", ";", "-")) and not body.endswith("--"):
        return True
    words = body.split()
    return bool(words) and words[-1].lower() in _OPEN_ENDING_WORDS


CAPS_LINES_KEY = "ng_caps_lines"  # Doc.user_data key, set by entities.recase_all_caps_lines


def capitals_line(doc, start: int, end: int) -> bool:
    """Whether the text at [start, end) is a line of two or more words that the article wrote in
    capitals (``entities.recase_all_caps_lines`` recased it for the model and noted where)."""
    return any(a <= start + 2 and end - 2 <= b and len(doc_text(doc)[a:b].split()) >= 2
               for a, b in doc.user_data.get(CAPS_LINES_KEY, ()))


# Words a title-cased heading leaves in lower case (English title case: articles, short
# prepositions and conjunctions).
_TITLE_CASE_MINOR = frozenset("a an and as at but by for from in into nor of on or per the to via vs with".split())


def heading_line(line: str) -> bool:
    """A line of two or more words, with no sentence punctuation at its end, whose words are all
    capitalised (title case, bar short function words) or written in capitals: "INDIVIDUALS AND
    ENTITIES DESIGNATED BY THE STATE DEPARTMENT" (recased for the model to "Individuals and
    Entities Designated by the State Department"), "Securing the Tools for Future Prosperity". A
    heading however long: wrapped or running prose does not capitalise every word, and the parser
    would otherwise read the heading as the subject of the next sentence."""
    line = line.strip()
    words = [w.strip("\"'“”‘’()[]*:,;-–—") for w in line.split()]
    words = [w for w in words if any(ch.isalpha() for ch in w)]
    if len(words) < 2 or line.endswith((".", "!", "?", ",", ";", "”", '"')):
        return False
    capitalised = [w for w in words if w[0].isupper() or w[0].isdigit()]
    return len(capitalised) >= 2 and all(w in capitalised or w in _TITLE_CASE_MINOR for w in words)


def mark_paragraph_starts(doc) -> None:
    """Start a sentence after a blank line, and after a single line break that ends a sentence
    or a short unpunctuated line (a heading); other single breaks may be hard wraps."""
    line_start_char = 0
    pending = False
    # Token.sent_start values (1 starts a sentence, -1 does not, 0 unset), written back in one
    # go: each write of Token.is_sent_start scans the whole Doc for a parse first
    starts = doc.to_array([SENT_START]).view(numpy.int64)
    changed = False
    # a Token is made only for a whitespace token and for the word after a line break: the
    # other words are passed over on the cached flags
    for i, space in enumerate(token_spaces(doc)):
        if space:
            token = doc[i]
            if "\n" in token.text:
                if _starts_sentence_after_line_break(doc, token, line_start_char):
                    pending = changed = True
                    _keep_last_word_with_line(doc, i - 1, starts)
                line_start_char = token.idx + len(token.text)
            continue
        if pending and i > 0:
            token = doc[i]
            starts[token.i], changed = 1, True
            first_word = token.i
            # the parser likes to cut after an opening quote: keep it with its words
            if (token.is_quote or token.is_left_punct) and token.i + 1 < len(doc):
                starts[token.i + 1] = -1
                first_word = token.i + 1
            # and after a list item's marker ("-   In the aftermath of ..." parsed as "-" and
            # "In the aftermath ..."): keep the item's first word with it
            elif _LIST_MARKER_TOKEN.fullmatch(token.text) and token.whitespace_:
                j = token.i + 1
                while j < len(doc) and doc[j].is_space:
                    starts[j], j = -1, j + 1
                if j < len(doc):
                    starts[j] = -1
                first_word = j
            _keep_next_with_first_word(doc, first_word, starts)
        pending = False
    changed = _part_dateline(doc, starts) or changed
    if changed:
        doc.from_array([SENT_START], starts.view(numpy.uint64))


# How far into the text a dateline's dash may come (as the date readers look for it).
_DATELINE_CHARS = 300


def _part_dateline(doc, starts) -> bool:
    """Start the lead sentence after the dateline that opens the text ("Geneva, May 12, 2024 -
    Japan welcomed ...", "KINSHASA, May 2 (AFP) - Militia fighters ...": ``opening_dateline``),
    keep the dateline in one piece before it, and keep its dash out of every entity. The dateline
    is no part of the lead's syntax: run into it, the model read the date and the subject as one
    DATE ("May 12, 2024 - Japan") and the parser made the place the verb's subject ("Geneva ...
    -- Japan welcomed"). The date itself stays a time expression of the dateline. True when
    ``starts`` changed."""
    text = doc_text(doc)
    dateline = opening_dateline(text[:_DATELINE_CHARS])
    if dateline is None:
        return False
    offsets = token_starts(doc)
    first = next((i for i, space in enumerate(token_spaces(doc)) if not space), None)
    lead = next((i for i, start in enumerate(offsets) if start >= dateline.end), None)
    if first is None or lead is None or lead <= first:
        return False
    for i in range(first + 1, lead):
        if starts[i] != 1:  # a line break inside the dateline keeps its own start
            starts[i] = -1
    starts[lead] = 1
    first_word = lead
    if (doc[lead].is_quote or doc[lead].is_left_punct) and lead + 1 < len(doc):
        first_word = lead + 1  # an opening quote keeps with its words
        starts[first_word] = -1
    _keep_next_with_first_word(doc, first_word, starts)
    dashes = [doc[i:i + 1] for i in range(first, lead) if _DATELINE_DASH.fullmatch(doc[i].text)]
    if dashes:
        # a blocked token is outside every entity the model may find (spaCy's NER keeps it so)
        doc.set_ents([], blocked=dashes, default="unmodified")
    return True


_DATELINE_DASH = re.compile(r"--?|[\u2013\u2014]")


def _keep_next_with_first_word(doc, first_word: int, starts) -> None:
    """Forbid a sentence start (``starts``, SENT_START values) on the token that follows a
    line's first word, the word at ``first_word`` a sentence starts on, when only a plain space
    parts them. A start forced on a line makes the parser cut a one-word sentence off it ("John |
    Liebhardt", "SECRETARY | BLINKEN:", "Sergey | Anatolyevich Tsyb"), the name then lost. A
    wider gap ("Q    This is ...", a label and its sentence) or a line break is left to the
    parser."""
    nxt = first_word + 1
    if nxt < len(doc) and doc[first_word].whitespace_ == " " and not doc[nxt].is_space:
        starts[nxt] = -1


def _keep_last_word_with_line(doc, last_word: int, starts) -> None:
    """Forbid a sentence start (``starts``) on ``last_word``, a line's last word before a break
    that ends its sentence, when a plain space parts it from a word before it. The forced end
    makes the parser cut the line's last word off as a sentence of its own ('"They want to see
    Peru kneel" said | Alan', "OOO | Transoil"), the name then lost. After sentence punctuation
    ("Yes. Thanks") the word may well be a sentence of its own."""
    before = last_word - 1
    if (before >= 0 and not doc[last_word].is_space and not doc[last_word].is_punct
            and starts[last_word] != 1 and doc[before].whitespace_ == " " and doc[before].text not in SENTENCE_END):
        starts[last_word] = -1


@Language.factory(COMPONENT, assigns=["token.is_sent_start"])
def make_paragraph_splitter(nlp, name):
    def paragraph_splitter(doc):
        mark_paragraph_starts(doc)
        return doc

    return paragraph_splitter
