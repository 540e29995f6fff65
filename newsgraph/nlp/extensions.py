"""Custom ``Doc`` attributes through which newsgraph's components pass their results.

Set ``doc._.ng_reference_date`` (a ``datetime.date``: the article's publication date)
before running the pipeline; every component reads it from there.
"""

from __future__ import annotations

from spacy.tokens import Doc

DOC_ATTRIBUTES = {
    "ng_reference_date": None,  # datetime.date | None
    "ng_date_order": None,      # "DMY" | "MDY" | None: how the outlet's locale writes numeric dates
    "ng_mentions": None,        # list[Mention]
    "ng_entities": None,        # dict[str, EntityRecord]
    "ng_timexes": None,         # list[Timex]
    "ng_roles": None,           # list[Role]
    "ng_statements": None,      # list[Statement]
    "ng_events": None,          # list[Event]
}


def register_extensions() -> None:
    """Register the ``Doc._.ng_*`` attributes once (idempotent)."""
    for name, default in DOC_ATTRIBUTES.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()
