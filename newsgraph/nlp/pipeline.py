"""The extraction pipeline: the pinned spaCy model plus newsgraph's named components.

Each component lives in its own module, registers a spaCy factory named ``newsgraph_*``
that declares what it ``requires`` and ``assigns``, and exposes ``COMPONENT`` and
``VERSION``. The core handles one article; ``extract_many`` batches with ``nlp.pipe``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import importlib
import re
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional

from newsgraph.errors import TextTooLongError
from newsgraph.intake.options import MAX_TEXT_CHARS
from newsgraph.nlp import attribute_index, extensions  # noqa: F401  (extensions registers Doc._.ng_*)
from newsgraph.nlp.doc_cache import doc_text
from newsgraph.nlp.model import load_model
from newsgraph.nlp.types import Extraction


@dataclass
class ExtractionOptions:
    """How extraction treats an article's length.

    ``window_chars``: a text longer than this is processed in windows of at most this many
    characters, cut at paragraph breaks (else at line breaks, sentence ends, spaces), each
    window its own Doc, every offset mapped back onto the whole text. Memory then stays that
    of one window, and time grows linearly with length (a whole 950 k-character Doc took
    minutes and GBs: spaCy and the article-wide components are superlinear). Facts that
    would need two windows (a pronoun whose antecedent is in the window before) are lost.
    ``max_chars``: a longer text is refused (TextTooLongError) rather than processed.
    ``batch_size``: articles per ``nlp.pipe`` batch.
    """

    window_chars: int = 100_000
    max_chars: int = MAX_TEXT_CHARS  # intake refuses a longer text before storing it
    batch_size: int = 16

    def __post_init__(self) -> None:
        if not 1000 <= self.window_chars <= 1_000_000:  # spaCy refuses a Doc over nlp.max_length (1 M)
            raise ValueError("window_chars must be between 1000 and 1,000,000")
        if self.max_chars < self.window_chars:
            raise ValueError("max_chars must be at least window_chars")

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
    ("newsgraph.nlp.event_dates", "newsgraph_event_dates"),
    ("newsgraph.nlp.linking", "newsgraph_linker"),
    # after linking: the probability is read on the event's final actors
    ("newsgraph.nlp.event_confidence", "newsgraph_event_confidence"),
    ("newsgraph.nlp.story_type", "newsgraph_story_type"),
)


def component_versions() -> dict[str, str]:
    """Name -> version of every newsgraph component (for provenance)."""
    versions = {}
    for module_name, factory in (PRE_PARSER_MODULE, *COMPONENT_MODULES):
        module = importlib.import_module(module_name)
        versions[factory] = module.VERSION
    # not a pipe of its own: the events component calls it where an event's type is decided
    from newsgraph.nlp import event_classifier

    versions[event_classifier.COMPONENT] = event_classifier.VERSION
    return versions


@functools.lru_cache(maxsize=4)
def build_pipeline(components: Optional[tuple[str, ...]] = None):
    """The spaCy base model with newsgraph's components added (all, or those named)."""
    nlp = load_model()  # its own copy: add_pipe changes it
    # the model's attribute ruler finds the same matches through an index, not spaCy's Matcher
    attribute_index.install_indexed_matching(nlp)
    paragraphs = importlib.import_module(PRE_PARSER_MODULE[0])
    paragraphs.install_unwrapping(nlp)  # hard wraps become spaces, offsets unchanged
    nlp.add_pipe(PRE_PARSER_MODULE[1], before="parser")
    for module_name, factory in COMPONENT_MODULES:
        if components is not None and factory not in components:
            continue
        importlib.import_module(module_name)
        nlp.add_pipe(factory, last=True)
    return nlp


def preload_resources() -> None:
    """Read now the tables the components otherwise read on first use, which only some articles
    reach (a language tag "[es]" after a link: pycountry's ISO 639 table; a briefing transcript:
    ``briefing.yaml``; an ordinal before a unit's name, an envoy's title, a capitalised "Allies",
    an irregular inflection): once per process, for a caller that times articles afterwards
    (``newsgraph bench``), so that no article pays for a one-time read. Nothing a component
    computes changes: each of these is cached on first use anyway."""
    from newsgraph.nlp import actor_heads, entities, linking, paragraphs, turns

    paragraphs._language_code("en")
    turns.briefing_lexicon()
    actor_heads.capitalised_allies_bodies()
    actor_heads.designation_programmes()
    entities._military_unit_heads()
    entities._not_person_heads()  # a list of names with people: three YAML files read
    entities._inflection_exceptions()
    entities._irregular_forms()
    linking._envoy_nouns()


def make_doc(nlp, text: str, reference_date: Optional[dt.date], date_order: Optional[str] = None,
             outlet: Optional[str] = None, title: Optional[str] = None, lead: Optional[str] = None):
    """A tokenised Doc with its reference date, the outlet's numeric date order ("DMY" or "MDY",
    where known), the outlet (who "we" is in its releases), the article's title (its signer,
    its focus; not part of the text, so no offset points into it) and, for a later window of a
    long article, ``lead``, the article's opening (``doc._.ng_article_lead``: what its lead says
    holds for every window) set, ready for ``nlp.pipe``.

    ALL-CAPS lines (telex copy, headlines) are recased in the Doc's words for the model
    (``entities.recase_all_caps_lines``) and a no-break space is read as a space
    (``entities.model_text``): one character for one, so every character offset
    still points into ``text``; ``doc_to_extraction(doc, text)`` puts the original letters back
    into the extracted records.
    """
    from newsgraph.nlp.entities import model_text, recase_all_caps_lines
    from newsgraph.nlp.paragraphs import UnwrappingTokenizer

    # the unwrapping tokenizer reads no-break spaces as spaces itself, after the wrap test
    unwrapping = isinstance(nlp.tokenizer, UnwrappingTokenizer)
    doc = recase_all_caps_lines(nlp, nlp.make_doc(text if unwrapping else model_text(text)))
    doc._.ng_reference_date = reference_date
    doc._.ng_date_order = date_order
    doc._.ng_outlet = outlet
    doc._.ng_title = title.strip() if title and title.strip() else None
    doc._.ng_article_lead = lead
    return doc


# Where a window may end, best first: after a blank line, a line break, a sentence end, a space.
_CUTS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?][\"'”’)]?\s"), re.compile(r"\s"))


def text_windows(text: str, window_chars: int) -> list[tuple[int, int]]:
    """(start, end) character ranges that cover ``text`` in order, each at most
    ``window_chars`` long, cut at the best boundary in the window's last half."""
    windows, start, n = [], 0, len(text)
    while n - start > window_chars:
        limit = start + window_chars
        end = None
        for cut in _CUTS:
            last = None
            for match in cut.finditer(text, start + window_chars // 2, limit):
                last = match
            if last is not None:
                end = last.end()
                break
        end = end or limit
        windows.append((start, end))
        start = end
    windows.append((start, n))
    return windows


def _shift(record, offset: int):
    """A copy of an extraction record with every character offset moved by ``offset``: the
    fields named ``start``/``end`` or ``*_start``/``*_end``, and the span lists ``content_parts``
    and ``evidence_spans``."""
    changes = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if value is None:
            continue
        if f.name in ("start", "end") or f.name.endswith(("_start", "_end")):
            if isinstance(value, int):
                changes[f.name] = value + offset
        elif f.name in ("content_parts", "evidence_spans"):
            changes[f.name] = [(a + offset, b + offset) for a, b in value]
    return dataclasses.replace(record, **changes)


def merge_extractions(parts: list[tuple[int, Extraction]]) -> Extraction:
    """One Extraction from those of a text's windows, given as (window start, extraction)."""
    merged = Extraction()
    for offset, part in parts:
        merged.sentences.extend((a + offset, b + offset) for a, b in part.sentences)
        for name in ("mentions", "roles", "timexes", "statements", "events"):
            getattr(merged, name).extend(_shift(r, offset) for r in getattr(part, name))
        for key, entity in part.entities.items():
            if key in merged.entities:
                known = merged.entities[key]
                known.aliases = list(dict.fromkeys([*known.aliases, *entity.aliases]))
            else:
                merged.entities[key] = entity
        merged.components = part.components
        if offset == 0 and part.story_type is not None:  # a story's type is its lead's: the first window's
            merged.story_type = part.story_type
    # one happening, one event across windows too: a repeated mention in a later window joins
    # the first one's evidence, as it would in one Doc
    from newsgraph.nlp.events import merge_repeated, record_identity

    merged.events = merge_repeated(merged.events, record_identity)
    return merged


def doc_to_extraction(doc, text: Optional[str] = None) -> Extraction:
    """Collect the components' results from a processed Doc (``text``: the article's own text
    when the Doc's words were recased, so that records quote the article as written)."""
    from newsgraph.nlp.entities import restore_text
    from newsgraph.nlp.events import codebook_modes

    extraction = Extraction(
        sentences=[(s.start_char, s.end_char) for s in doc.sents],
        mentions=list(doc._.ng_mentions or []),
        entities=dict(doc._.ng_entities or {}),
        roles=list(doc._.ng_roles or []),
        timexes=list(doc._.ng_timexes or []),
        statements=list(doc._.ng_statements or []),
        # stored with the PLOVER codebook's modes, once every component has read the lexicon's
        # finer modes (events.codebook_modes)
        events=codebook_modes(list(doc._.ng_events or [])),
        components=component_versions(),
        story_type=doc._.ng_story_type,
    )
    if text is not None and text != doc_text(doc):
        restore_text(extraction, text)
    return extraction


def extract(text: str, reference_date: Optional[dt.date] = None, nlp=None,
            options: Optional[ExtractionOptions] = None, date_order: Optional[str] = None,
            outlet: Optional[str] = None, title: Optional[str] = None) -> Extraction:
    """Run the full pipeline over one article's clean text (in windows when it is long;
    ``date_order``, ``outlet`` and ``title``: see ``make_doc``; every window sees the title).

    Raises TextTooLongError for a text over ``options.max_chars``."""
    nlp = nlp or build_pipeline()
    options = options or ExtractionOptions()
    windows = plan_windows(text, options)
    if len(windows) == 1:
        return doc_to_extraction(nlp(make_doc(nlp, text, reference_date, date_order, outlet, title)), text)
    lead = text[windows[0][0]:windows[0][1]]  # the article's opening, for the later windows
    docs = (make_doc(nlp, text[a:b], reference_date, date_order, outlet, title, lead=lead if a else None)
            for a, b in windows)
    # one window at a time: memory stays that of one window
    return merge_extractions([(a, doc_to_extraction(doc, text[a:b]))
                              for (a, b), doc in zip(windows, nlp.pipe(docs, batch_size=1))])


def plan_windows(text: str, options: ExtractionOptions) -> list[tuple[int, int]]:
    """The windows ``text`` is processed in; TextTooLongError when it is over the limit."""
    if len(text) > options.max_chars:
        raise TextTooLongError(f"text of {len(text):,} characters is over the limit of {options.max_chars:,} "
                               "(ExtractionOptions.max_chars); not extracted")
    if len(text) <= options.window_chars:
        return [(0, len(text))]
    return text_windows(text, options.window_chars)


def extract_many(
    items: Iterable[tuple], nlp=None, batch_size: int = 16
) -> Iterator[Extraction]:
    """Extract from many (text, reference_date), (text, reference_date, outlet) or
    (text, reference_date, outlet, title) tuples, batched through ``nlp.pipe``."""
    nlp = nlp or build_pipeline()
    items = list(items)
    docs = (make_doc(nlp, item[0], item[1], outlet=item[2] if len(item) > 2 else None,
                     title=item[3] if len(item) > 3 else None) for item in items)
    for item, doc in zip(items, nlp.pipe(docs, batch_size=batch_size)):
        yield doc_to_extraction(doc, item[0])
