"""Paragraph breaks are sentence boundaries.

Headings, captions and datelines sit on lines of their own; without this the parser glues a
heading to the next paragraph's first sentence, and quotes and events then straddle them.
Runs before the parser, which keeps sentence starts that are already set.
"""

from __future__ import annotations

from spacy.language import Language

COMPONENT = "newsgraph_paragraphs"
VERSION = "0.1.0"


def mark_paragraph_starts(doc) -> None:
    """Start a sentence at the first token after a blank line (single line breaks may be hard wraps)."""
    after_blank_line = False
    for token in doc:
        if token.is_space:
            after_blank_line = after_blank_line or token.text.count("\n") >= 2
            continue
        if after_blank_line and token.i > 0:
            token.is_sent_start = True
            # the parser likes to cut after an opening quote: keep it with its words
            if (token.is_quote or token.is_left_punct) and token.i + 1 < len(doc):
                doc[token.i + 1].is_sent_start = False
        after_blank_line = False


@Language.factory(COMPONENT, assigns=["token.is_sent_start"])
def make_paragraph_splitter(nlp, name):
    def paragraph_splitter(doc):
        mark_paragraph_starts(doc)
        return doc

    return paragraph_splitter
