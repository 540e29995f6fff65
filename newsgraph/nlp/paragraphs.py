"""Paragraph breaks (and headings on lines of their own) are sentence boundaries.

Headings, captions and datelines sit on lines of their own; without this the parser glues a
heading to the next paragraph's first sentence, and quotes and events then straddle them.
Runs before the parser, which keeps sentence starts that are already set.
"""

from __future__ import annotations

from spacy.language import Language

COMPONENT = "newsgraph_paragraphs"
VERSION = "0.1.0"


SENTENCE_END = {".", "!", "?", "”", '"', ":", "’"}
# Lines up to this long that end without punctuation are headings or datelines, not hard wraps
# (hard-wrapped prose runs to 60-80 characters a line).
SHORT_LINE_CHARS = 50


def _starts_sentence_after_line_break(doc, space_token, line_start_char: int) -> bool:
    if space_token.text.count("\n") >= 2:
        return True  # a blank line: always a paragraph break
    previous = doc[space_token.i - 1] if space_token.i > 0 else None
    if previous is None:
        return False
    if previous.text in SENTENCE_END:
        return True
    return space_token.idx - line_start_char <= SHORT_LINE_CHARS


def mark_paragraph_starts(doc) -> None:
    """Start a sentence after a blank line, and after a single line break that ends a sentence
    or a short unpunctuated line (a heading); other single breaks may be hard wraps."""
    line_start_char = 0
    pending = False
    for token in doc:
        if token.is_space:
            if "\n" in token.text:
                pending = pending or _starts_sentence_after_line_break(doc, token, line_start_char)
                line_start_char = token.idx + len(token.text)
            continue
        if pending and token.i > 0:
            token.is_sent_start = True
            # the parser likes to cut after an opening quote: keep it with its words
            if (token.is_quote or token.is_left_punct) and token.i + 1 < len(doc):
                doc[token.i + 1].is_sent_start = False
        pending = False


@Language.factory(COMPONENT, assigns=["token.is_sent_start"])
def make_paragraph_splitter(nlp, name):
    def paragraph_splitter(doc):
        mark_paragraph_starts(doc)
        return doc

    return paragraph_splitter
