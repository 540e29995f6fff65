"""The extraction pipeline: the pinned spaCy model plus newsgraph's named components.

Each component lives in its own module, registers a spaCy factory named ``newsgraph_*``
that declares what it ``requires`` and ``assigns``, and exposes ``COMPONENT`` and
``VERSION``. The core handles one article; ``extract_many`` batches with ``nlp.pipe``.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
from typing import Iterable, Iterator, Optional

from newsgraph.nlp import extensions  # noqa: F401  (registers Doc._.ng_*)
from newsgraph.nlp.model import load_model
from newsgraph.nlp.types import Extraction

# Runs before spaCy's parser: paragraph breaks become sentence boundaries.
PRE_PARSER_MODULE = ("newsgraph.nlp.paragraphs", "newsgraph_paragraphs")

# (module, factory name) in pipeline order: later components read what earlier ones set.
COMPONENT_MODULES = (
    ("newsgraph.nlp.entities", "newsgraph_entities"),
    ("newsgraph.nlp.coref", "newsgraph_coref"),
    ("newsgraph.nlp.timex", "newsgraph_timex"),
    ("newsgraph.nlp.roles", "newsgraph_roles"),
    ("newsgraph.nlp.statements", "newsgraph_statements"),
    ("newsgraph.nlp.events", "newsgraph_events"),
    ("newsgraph.nlp.linking", "newsgraph_linker"),
)


def component_versions() -> dict[str, str]:
    """Name -> version of every newsgraph component (for provenance)."""
    versions = {}
    for module_name, factory in (PRE_PARSER_MODULE, *COMPONENT_MODULES):
        module = importlib.import_module(module_name)
        versions[factory] = module.VERSION
    return versions


@functools.lru_cache(maxsize=4)
def build_pipeline(components: Optional[tuple[str, ...]] = None):
    """The spaCy base model with newsgraph's components added (all, or those named)."""
    nlp = load_model()  # its own copy: add_pipe changes it
    paragraphs = importlib.import_module(PRE_PARSER_MODULE[0])
    paragraphs.install_unwrapping(nlp)  # hard wraps become spaces, offsets unchanged
    nlp.add_pipe(PRE_PARSER_MODULE[1], before="parser")
    for module_name, factory in COMPONENT_MODULES:
        if components is not None and factory not in components:
            continue
        importlib.import_module(module_name)
        nlp.add_pipe(factory, last=True)
    return nlp


def make_doc(nlp, text: str, reference_date: Optional[dt.date]):
    """A tokenised Doc with its reference date set, ready for ``nlp.pipe``."""
    doc = nlp.make_doc(text)
    doc._.ng_reference_date = reference_date
    return doc


def doc_to_extraction(doc) -> Extraction:
    """Collect the components' results from a processed Doc."""
    return Extraction(
        sentences=[(s.start_char, s.end_char) for s in doc.sents],
        mentions=list(doc._.ng_mentions or []),
        entities=dict(doc._.ng_entities or {}),
        roles=list(doc._.ng_roles or []),
        timexes=list(doc._.ng_timexes or []),
        statements=list(doc._.ng_statements or []),
        events=list(doc._.ng_events or []),
        components=component_versions(),
    )


def extract(text: str, reference_date: Optional[dt.date] = None, nlp=None) -> Extraction:
    """Run the full pipeline over one article's clean text."""
    nlp = nlp or build_pipeline()
    doc = nlp(make_doc(nlp, text, reference_date))
    return doc_to_extraction(doc)


def extract_many(
    items: Iterable[tuple[str, Optional[dt.date]]], nlp=None, batch_size: int = 16
) -> Iterator[Extraction]:
    """Extract from many (text, reference_date) pairs, batched through ``nlp.pipe``."""
    nlp = nlp or build_pipeline()
    docs = (make_doc(nlp, text, date) for text, date in items)
    for doc in nlp.pipe(docs, batch_size=batch_size):
        yield doc_to_extraction(doc)
