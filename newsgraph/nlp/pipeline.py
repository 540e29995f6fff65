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
    importlib.import_module(PRE_PARSER_MODULE[0])
    nlp.add_pipe(PRE_PARSER_MODULE[1], before="parser")
    for module_name, factory in COMPONENT_MODULES:
        if components is not None and factory not in components:
            continue
        importlib.import_module(module_name)
        nlp.add_pipe(factory, last=True)
    return nlp


def make_doc(nlp, text: str, reference_date: Optional[dt.date], outlet: Optional[str] = None):
    """A tokenised Doc with its reference date and outlet set, ready for ``nlp.pipe``.

    ALL-CAPS lines (telex copy, headlines) are recased in the Doc's words for the model
    (``entities.recase_all_caps_lines``): only letter case changes, so every character offset
    still points into ``text``; ``restore_text`` puts the original letters back into the
    extracted records.
    """
    from newsgraph.nlp.entities import recase_all_caps_lines

    doc = recase_all_caps_lines(nlp, nlp.make_doc(text))
    doc._.ng_reference_date = reference_date
    doc._.ng_outlet = outlet
    return doc


def doc_to_extraction(doc, text: Optional[str] = None) -> Extraction:
    """Collect the components' results from a processed Doc (``text``: the article's own text
    when the Doc's words were recased, so that records quote the article as written)."""
    from newsgraph.nlp.entities import restore_text

    extraction = Extraction(
        sentences=[(s.start_char, s.end_char) for s in doc.sents],
        mentions=list(doc._.ng_mentions or []),
        entities=dict(doc._.ng_entities or {}),
        roles=list(doc._.ng_roles or []),
        timexes=list(doc._.ng_timexes or []),
        statements=list(doc._.ng_statements or []),
        events=list(doc._.ng_events or []),
        components=component_versions(),
    )
    if text is not None and text != doc.text:
        restore_text(extraction, text)
    return extraction


def extract(text: str, reference_date: Optional[dt.date] = None, nlp=None,
            outlet: Optional[str] = None) -> Extraction:
    """Run the full pipeline over one article's clean text (``outlet``: who published it)."""
    nlp = nlp or build_pipeline()
    doc = nlp(make_doc(nlp, text, reference_date, outlet))
    return doc_to_extraction(doc, text)


def extract_many(
    items: Iterable[tuple], nlp=None, batch_size: int = 16
) -> Iterator[Extraction]:
    """Extract from many (text, reference_date) or (text, reference_date, outlet) tuples,
    batched through ``nlp.pipe``."""
    nlp = nlp or build_pipeline()
    items = list(items)
    docs = (make_doc(nlp, *item) for item in items)
    for item, doc in zip(items, nlp.pipe(docs, batch_size=batch_size)):
        yield doc_to_extraction(doc, item[0])
