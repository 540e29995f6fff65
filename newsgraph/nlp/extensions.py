"""Custom ``Doc`` attributes through which newsgraph's components pass their results.

Set ``doc._.ng_reference_date`` (a ``datetime.date``: the article's publication date)
before running the pipeline; every component reads it from there. ``doc._.ng_outlet`` (the
publishing outlet's name, optional) tells the linker whose voice an institution's release is;
``doc._.ng_title`` (the article's title, optional: not part of the Doc's text) names a release's
signer ("Statement from President Joe Biden on ...") and counts towards the article's focus.
``doc._.ng_article_lead`` (set by ``pipeline.extract`` on each later window of a long article:
its first window's text) is the article's opening, which a window's own first lines are not.
"""

from __future__ import annotations

from spacy.tokens import Doc

DOC_ATTRIBUTES = {
    "ng_reference_date": None,  # datetime.date | None
    "ng_date_order": None,      # "DMY" | "MDY" | None: how the outlet's locale writes numeric dates
    "ng_outlet": None,          # str | None: the outlet that published the article (its "we")
    "ng_title": None,           # str | None: the article's title (its headline), never in the Doc's text
    "ng_article_lead": None,    # str | None: the article's first window's text when the Doc is a later window
    "ng_mentions": None,        # list[Mention]
    "ng_entities": None,        # dict[str, EntityRecord]
    "ng_timexes": None,         # list[Timex]
    "ng_roles": None,           # list[Role]
    "ng_statements": None,      # list[Statement]
    "ng_events": None,          # list[Event]
    "ng_story_type": None,      # StoryTypeRecord | None: the story's main event type (nlp.story_type)
}


def register_extensions() -> None:
    """Register the ``Doc._.ng_*`` attributes once (idempotent)."""
    for name, default in DOC_ATTRIBUTES.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()
