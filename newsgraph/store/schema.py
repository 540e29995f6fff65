"""The record types newsgraph outputs, declared once.

One declaration per fact type (article, entity, mention, role, timex, event, statement,
judgement) gives each field's name, JSON type, meaning, allowed values, and whether an
analyst's ``judge correct`` may change it. It is used by every output (``show --json``,
``export``), by judgement validation (newsgraph.store.judgements), and to write
``docs/schema.md`` (``python -m newsgraph.store.schema > docs/schema.md``; a test checks
that the file matches).

Offsets (``start``, ``end`` and every ``*_start``/``*_end``) are character offsets into the
article's clean ``text``, end exclusive.
"""

from __future__ import annotations

import datetime as dt
import functools
import json

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Optional

from newsgraph.nlp.types import ENTITY_TYPES, EVENT_STATUSES, PLOVER_TYPES

STATEMENT_KINDS = ("direct", "partial", "indirect")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
MENTION_KINDS = ("name", "alias", "demonym", "capital", "title", "pronoun", "surname")
ARTICLE_STATUSES = ("ingested", "extracted", "extract_failed", "unsupported_language")
JUDGEMENT_ACTIONS = ("reject", "confirm", "correct", "merge", "split")
# How `articles` may be ordered: as stored, or the articles with the most events first.
ARTICLE_ORDERS = ("id", "events")

_PY_TYPES = {"string": str, "integer": int, "number": (int, float), "boolean": bool, "array": list, "object": dict}


@dataclass(frozen=True)
class Field:
    name: str
    type: str                       # JSON type: string | integer | number | boolean | array | object
    doc: str
    nullable: bool = False
    choices: tuple = ()
    correctable: bool = False       # ``judge correct`` may set it
    minimum: Optional[float] = None
    maximum: Optional[float] = None
    calendar: bool = False          # a calendar value: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``
    codes: str = ""                 # a code list the value must be in: "state" | "sector" (CODE_LISTS)

    def problem(self, value: Any) -> Optional[str]:
        """Why ``value`` does not fit this field, or None when it does."""
        if value is None:
            return None if self.nullable else f"{self.name} may not be null"
        expected = _PY_TYPES[self.type]
        if isinstance(value, bool) and self.type != "boolean" or not isinstance(value, expected):
            return f"{self.name} must be a{'n' if self.type[0] in 'aeiou' else ''} {self.type}, not {value!r}"
        if self.choices and value not in self.choices:
            return f"{self.name} {value!r} is not one of {', '.join(self.choices)}"
        if self.minimum is not None and value < self.minimum or self.maximum is not None and value > self.maximum:
            return f"{self.name} must be between {self.minimum} and {self.maximum}, not {value!r}"
        if self.calendar and not _is_calendar_value(value):
            return f"{self.name} must be a calendar date YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}"
        if self.codes == "state" and not is_state_code(value):
            return f"{self.name} must be an ISO 3166 alpha-3 state code (USA, IRN, XKX ...), not {value!r}"
        if self.codes == "sector" and value not in sector_codes():
            return f"{self.name} {value!r} is not one of the sectors {', '.join(sorted(sector_codes()))}"
        return None


def date_order_problem(date: Optional[str], date_end: Optional[str]) -> Optional[str]:
    """Why ``date_end`` cannot end a range that begins ``date`` (both calendar values), or None:
    the range's last day may not fall before its first (``2023-07`` .. ``2023-07-15`` is fine)."""
    if not (isinstance(date, str) and isinstance(date_end, str)
            and _is_calendar_value(date) and _is_calendar_value(date_end)):
        return None
    first = date + "-01-01"[len(date) - 4:] if len(date) < 10 else date
    last = date_end + "-99-99"[len(date_end) - 4:] if len(date_end) < 10 else date_end
    if last < first:
        return f"date_end {date_end!r} falls before date {date!r}"
    return None


_LEXICONS = Path(__file__).resolve().parents[1] / "nlp" / "lexicons"


def is_state_code(value: str) -> bool:
    """Whether ``value`` is the upper-case ISO 3166 alpha-3 code of a state pycountry or the
    country lexicon (countries_extra.yaml: also Kosovo, XKX) knows: what extraction stores in
    ``*_acts_for``."""
    from newsgraph.resolve.countries import country_name

    return len(value) == 3 and value.isalpha() and value == value.upper() and country_name(value) is not None


@functools.lru_cache(maxsize=1)
def sector_codes() -> frozenset[str]:
    """The sector codes extraction stores on actors (``*_sector``): the values of
    lexicons/actor_sectors.yaml's ``sectors`` table (Phoenix codes mapped onto POLECAT-style sectors)."""
    import yaml

    table = yaml.safe_load((_LEXICONS / "actor_sectors.yaml").read_text(encoding="utf-8"))
    return frozenset(table["sectors"].values())


@functools.lru_cache(maxsize=1)
def plover_modes() -> dict:
    """lexicons/plover_modes.yaml (``tables``: TYPE -> the PLOVER manual's modes; ``names``: the
    lexicons' names renamed to one), and the modes the lexicons give (plover_triggers.yaml
    ``TYPE/mode``, cameo_verbs.json's CAMEO2PLOVER codes) as ``lexicon``: TYPE -> modes. Callers must not change it."""
    import re

    import yaml

    modes = yaml.safe_load((_LEXICONS / "plover_modes.yaml").read_text(encoding="utf-8"))
    lexicon: dict[str, set] = {}
    text = (_LEXICONS / "plover_triggers.yaml").read_text(encoding="utf-8")
    for kind, mode in re.findall(r"\b([A-Z]+)/([a-z][a-z:\-]*)", text):
        lexicon.setdefault(kind, set()).add(mode)
    cameo = json.loads((_LEXICONS / "cameo_verbs.json").read_text(encoding="utf-8"))
    for kind, mode in (v for v in cameo["codes"].values() if v):
        if mode:
            lexicon.setdefault(kind, set()).add(mode)
    modes["lexicon"] = lexicon
    return modes


def mode_problem(event_type: str, mode: Optional[str], seen: Iterable[str] = ()) -> Optional[str]:
    """Why ``mode`` cannot be the mode of an event of ``event_type``, or None. A type with a mode
    table in the PLOVER manual (plover_modes.yaml ``tables``) takes one of its modes, as every
    stored event of it has (events.codebook_mode). A type without one (AGREE, SUPPORT, CONCEDE,
    COOPERATE, AID, INVESTIGATE) takes a mode the lexicons give it, or a nested mode naming a
    promised act, ``type:mode`` (AGREE ``consult:meet``, ``aid:military``), each part a PLOVER
    type or a mode the manual or the lexicons know, or a mode ``seen`` on stored events of the
    type (modes the rules set in code: CONCEDE ``halt``, SUPPORT ``rally``)."""
    if mode is None:
        return None
    modes = plover_modes()
    table = modes["tables"].get(event_type)
    if table is not None:
        if mode in table:
            return None
        return f"mode {mode!r} is not a PLOVER mode of {event_type} (one of: {', '.join(table)})"
    own = modes["lexicon"].get(event_type, set())
    if mode in own or mode in set(seen):
        return None
    known = {t.lower() for t in PLOVER_TYPES}
    for kind, names in modes["tables"].items():
        known.update(names)
    for kind, names in modes["lexicon"].items():
        known.update(part for name in names for part in name.split(":"))
    parts = mode.split(":")
    if len(parts) <= 2 and all(part in known for part in parts):
        return None
    shown = ", ".join(sorted(own)) or "none"
    return (f"mode {mode!r} is not a mode of {event_type} (the lexicons give: {shown}; or a nested "
            "`type:mode` of a PLOVER type and a known mode)")


def _is_calendar_value(value: str) -> bool:
    """Whether ``value`` is a real year, month or day written ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``
    (what extraction stores: a correction must be a date the queries can order and compare)."""
    formats = {4: "%Y", 7: "%Y-%m", 10: "%Y-%m-%d"}
    if len(value) not in formats or not value[:4].isdigit():
        return False
    try:
        dt.datetime.strptime(value, formats[len(value)])
    except ValueError:
        return False
    return True


def _f(name, type_, doc, **kw) -> Field:
    return Field(name, type_, doc, **kw)


def _provenance() -> tuple[Field, ...]:
    return (
        _f("component", "string", "Name of the component that made the fact."),
        _f("component_version", "string", "Its version."),
        _f("corrected", "boolean", "True when an analyst's correction is laid over the extracted values."),
        _f("judgement", "string", "The analyst's judgement in force on it: `confirmed` (a confirm, with or without "
           "corrections), `corrected`, or null (a rejected fact is left out).", nullable=True,
           choices=("confirmed", "corrected")),
    )


def _fact_head(doc: str) -> tuple[Field, ...]:
    return (
        _f("fact_key", "string", "Stable key of the fact: give it to `judge`."),
        _f("article_id", "integer", "The article the fact comes from."),
        _f("start", "integer", f"Start of {doc}."),
        _f("end", "integer", f"End of {doc}."),
    )


_KEY = "Entity key (see entity.key), or null."
_SECTOR = ("The sector it acts for, POLECAT-style: GOV, MIL, REB, OPP, MED, BUS, CVL, JUD, LEG, POL, IGO, NGO ... "
           "(the sectors of newsgraph/nlp/lexicons/actor_sectors.yaml).")

RECORDS: dict[str, tuple[Field, ...]] = {
    "article": (
        _f("id", "integer", "Article id."),
        _f("url", "string", "Where it was read from, when a URL.", nullable=True),
        _f("canonical_url", "string", "The URL normalised for de-duplication.", nullable=True),
        _f("content_hash", "string", "SHA-256 of the normalised text (one stored copy per text)."),
        _f("title", "string", "Title.", nullable=True),
        _f("outlet", "string", "Publishing outlet.", nullable=True),
        _f("author", "string", "Author or byline.", nullable=True),
        _f("published", "string", "Publication date/time, ISO 8601, UTC when a time is known.", nullable=True),
        _f("published_inferred", "boolean", "True when `published` was inferred from the text (the latest absolute date it reports)."),
        _f("language", "string", "Language code, where known.", nullable=True),
        _f("source", "string", "The input it was read from (path, URL, or `-`)."),
        _f("source_format", "string", "text | html | jsonl | feed ..."),
        _f("word_count", "integer", "Words in `text`."),
        _f("ingested_at", "string", "When it was stored, ISO 8601 UTC."),
        _f("status", "string", "Extraction status.", choices=ARTICLE_STATUSES),
        _f("status_detail", "string", "Why extraction failed, when it did.", nullable=True),
        _f("story_type", "string", "PLOVER type of the story's main event (what the whole article is about: "
           "newsgraph.nlp.story_type, from its lead sentences and the rule events), or null before extraction.",
           nullable=True, choices=PLOVER_TYPES),
        _f("story_type_probability", "number", "The story-type model's probability of `story_type`, 0 to 1.",
           nullable=True, minimum=0.0, maximum=1.0),
        _f("story_type_trigger_start", "integer", "Start of the trigger of the lead event of that type, when the "
           "rules found one.", nullable=True),
        _f("story_type_trigger_end", "integer", "End of that trigger.", nullable=True),
        _f("story_type_component", "string", "Name of the component that made `story_type`.", nullable=True),
        _f("story_type_component_version", "string", "Its version.", nullable=True),
        _f("furniture", "array", "Page furniture removed from the text (strings)."),
        _f("extra", "object", "Other metadata the source gave (kicker, caption, date source ...)."),
        _f("near_duplicates", "array", "Near-duplicate articles: objects {id, score}."),
        _f("text", "string", "The clean text all offsets refer to (left out by `show --no-text`)."),
    ),
    "entity": (
        _f("key", "string", "Stable entity key, e.g. `country:IRN`, `person:edmundo-novillo` (after merges)."),
        _f("name", "string", "Canonical name."),
        _f("type", "string", "Entity type.", choices=ENTITY_TYPES),
        _f("code", "string", "ISO 3166 alpha-3 for countries.", nullable=True),
        _f("country", "string", "Alpha-3 of the country it belongs to.", nullable=True),
        _f("aliases", "array", "Other names seen for it (strings)."),
        _f("reason", "string", "Why it got this reading (a place name with several readings, a name that is a "
           "person's), or null.", nullable=True),
        _f("mention_count", "integer", "Mentions of it in this article."),
        _f("component", "string", "Name of the component that made it."),
        _f("component_version", "string", "Its version."),
    ),
    "mention": (
        *_fact_head("the mention"),
        _f("text", "string", "The mention as written."),
        _f("type", "string", "Entity type.", choices=ENTITY_TYPES, correctable=True),
        _f("kind", "string", "How the entity is named.", choices=MENTION_KINDS),
        _f("entity_key", "string", _KEY, nullable=True, correctable=True),
        _f("label", "string", "The spaCy model's label, for debugging.", nullable=True),
        _f("measure", "string", "For money and percent: what the figure measures.", nullable=True, correctable=True),
        *_provenance(),
    ),
    "role": (
        *_fact_head("the text that attests the role"),
        _f("person_key", "string", "The person holding the role.", correctable=True),
        _f("person_name", "string", "That person's name.", nullable=True),
        _f("title", "string", "The role, e.g. `Defense Minister`.", correctable=True),
        _f("of_key", "string", "What the role is of (a state, an organisation): " + _KEY, nullable=True, correctable=True),
        _f("of_name", "string", "Its name (the entity's name when `of_key` is known, else as written).",
           nullable=True, correctable=True),
        _f("date", "string", "TimeML value of when the role is attested.", nullable=True, correctable=True),
        *_provenance(),
    ),
    "timex": (
        *_fact_head("the time expression"),
        _f("text", "string", "The expression as written."),
        _f("type", "string", "TimeML type.", choices=TIMEX_TYPES, correctable=True),
        _f("value", "string", "TimeML normalised value (`2023-07-26`, `2023-06`, `P2Y` ...).", nullable=True, correctable=True),
        _f("precision", "string", "day | month | year | week | decade | time | duration ...", nullable=True, correctable=True),
        _f("readings", "array", "Every reading of an ambiguous numeric date (`4/3/2021`), as TimeML values.", nullable=True),
        *_provenance(),
    ),
    "event": (
        *_fact_head("the sentence that supports the event"),
        _f("evidence", "string", "That sentence."),
        _f("evidence_spans", "array", "Every [start, end] sentence span in the article that reports this same "
           "happening, the event's own sentence first (several mentions of one act are one event)."),
        _f("type", "string", "PLOVER event type.", choices=PLOVER_TYPES, correctable=True),
        _f("mode", "string", "PLOVER mode: a mode of the PLOVER manual's table for the type "
           "(newsgraph/nlp/lexicons/plover_modes.yaml); a type the manual gives no modes (AGREE, SUPPORT, "
           "CONCEDE, COOPERATE, AID, INVESTIGATE) keeps the project's, e.g. AGREE `consult:meet` (the promised act).",
           nullable=True, correctable=True),
        _f("trigger", "string", "The word(s) that express the event."),
        _f("trigger_start", "integer", "Start of the trigger."),
        _f("trigger_end", "integer", "End of the trigger."),
        _f("source_key", "string", "Who acts: " + _KEY, nullable=True, correctable=True),
        _f("source_name", "string", "The source entity's name.", nullable=True),
        _f("source_text", "string", "The source as written.", nullable=True, correctable=True),
        _f("source_affiliation_key", "string", "The state or organisation the source acts for: " + _KEY,
           nullable=True, correctable=True),
        _f("source_affiliation_name", "string", "Its name.", nullable=True),
        _f("source_acts_for", "string", "ISO 3166 alpha-3 of the state the source acts for.", nullable=True,
           correctable=True, codes="state"),
        _f("source_sector", "string", _SECTOR, nullable=True, correctable=True, codes="sector"),
        _f("target_key", "string", "Who is acted on: " + _KEY, nullable=True, correctable=True),
        _f("target_name", "string", "The target entity's name.", nullable=True),
        _f("target_text", "string", "The target as written.", nullable=True, correctable=True),
        _f("target_affiliation_key", "string", "The state or organisation the target acts for: " + _KEY,
           nullable=True, correctable=True),
        _f("target_affiliation_name", "string", "Its name.", nullable=True),
        _f("target_acts_for", "string", "ISO 3166 alpha-3 of the state the target acts for.", nullable=True,
           correctable=True, codes="state"),
        _f("target_sector", "string", _SECTOR, nullable=True, correctable=True, codes="sector"),
        _f("date", "string", "When it happened: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, the start of a range (a TimeML "
           "decade, week or quarter is stored as the calendar range it covers).", nullable=True, correctable=True,
           calendar=True),
        _f("date_end", "string", "The end of a date range (`between March and May 2019`).", nullable=True, correctable=True,
           calendar=True),
        _f("date_source", "string", "Where `date` comes from: `text` (the event's own sentence, or the dated meeting, call or trip a readout's later sentence continues), `publication` "
           "(the article's day), `analyst` (set by a `judge correct`), or `before` (no date: told as done before the article, `have previously designated`, `Prior to the ruling, ... was banned`).",
           nullable=True),
        _f("location", "string", "Where, as written.", nullable=True, correctable=True),
        _f("location_key", "string", "Where: " + _KEY, nullable=True, correctable=True),
        _f("status", "string", "Factuality as the article presents it.", choices=EVENT_STATUSES, correctable=True),
        _f("confidence", "number", "0 to 1.", correctable=True, minimum=0.0, maximum=1.0),
        _f("explanation", "string", "Why the extractor typed it so.", nullable=True),
        *_provenance(),
    ),
    "statement": (
        *_fact_head("the statement's content"),
        _f("kind", "string", "direct quote, partial quote, or indirect (reported) speech.",
           choices=STATEMENT_KINDS, correctable=True),
        _f("content", "string", "What was said (all parts, joined)."),
        _f("content_parts", "array", "Extra [start, end] pieces of a split quote."),
        _f("speaker_key", "string", "Who said it: " + _KEY, nullable=True, correctable=True),
        _f("speaker_name", "string", "The speaker entity's name.", nullable=True),
        _f("speaker_text", "string", "The speaker as written.", nullable=True, correctable=True),
        _f("speaker_start", "integer", "Start of the speaker.", nullable=True),
        _f("speaker_end", "integer", "End of the speaker.", nullable=True),
        _f("speaker_acts_for", "string", "ISO 3166 alpha-3 of the state the speaker acts for.", nullable=True,
           correctable=True, codes="state"),
        _f("speaker_sector", "string", _SECTOR, nullable=True, correctable=True, codes="sector"),
        _f("cue", "string", "The attribution cue (`said`, `according to`).", nullable=True, correctable=True),
        _f("cue_start", "integer", "Start of the cue.", nullable=True),
        _f("cue_end", "integer", "End of the cue.", nullable=True),
        _f("date", "string", "TimeML value of when it was said.", nullable=True, correctable=True, calendar=True),
        _f("via", "string", "Outlet whose report the article cites, as written.", nullable=True, correctable=True),
        _f("via_key", "string", "That outlet: " + _KEY, nullable=True, correctable=True),
        _f("via_name", "string", "Its name (the entity's name when `via_key` is known).", nullable=True),
        _f("confidence", "number", "0 to 1.", correctable=True, minimum=0.0, maximum=1.0),
        *_provenance(),
    ),
    "actor_state": (
        _f("fact_key", "string", "The event or statement whose actor this is."),
        _f("role", "string", "Which actor of it.", choices=("source", "target", "speaker")),
        _f("entity_key", "string", "The actor: " + _KEY, nullable=True),
        _f("identity_id", "integer", "The cross-article identity its observation belongs to (after `resolve`), "
           "or null.", nullable=True),
        _f("observed_acts_for", "string", "The state this article's fact gives the actor (the fact's own "
           "`*_acts_for`, judgements applied).", nullable=True),
        _f("observed_sector", "string", "The sector it gives.", nullable=True),
        _f("graph", "object", "The identity's state derived from all its articles, kept apart from the observed "
           "value: {acts_for, sector, basis (`graph`: the articles' votes; `analyst`: an `acts-for` judgement), "
           "articles (voting for acts_for), of (articles giving any state), states {code: articles}, sectors, "
           "conflict, analyst, component}; null before `resolve` or for a state actor.", nullable=True),
        _f("contradicts", "object", "Set when the observed state goes against an analyst's state for the identity or "
           "a strong consensus of its other articles: {acts_for, basis, articles, of}.", nullable=True),
        _f("label", "string", "How the views print it: `USA`, `- (graph: UKR, 3 of 3 articles)`, "
           "`USA (contradicts graph: UKR in 4 of 4 other articles)`, `-`."),
    ),
    "judgement": (
        _f("id", "integer", "Judgement id: give it to `judge undo`."),
        _f("created_at", "string", "When, ISO 8601 UTC."),
        _f("author", "string", "Who."),
        _f("action", "string", "What.", choices=JUDGEMENT_ACTIONS),
        _f("fact_table", "string", "Kind of fact judged: mentions | roles | timexes | events | statements | entities.",
           nullable=True),
        _f("fact_key", "string", "The fact judged (for merge: the entity merged into).", nullable=True),
        _f("article_id", "integer", "The fact's article.", nullable=True),
        _f("anchor", "string", "The fact's span and type (`start:end[:...]:type`), for an event also its trigger "
           "span and its source and target entity keys, for a statement its speaker's (`...:type:source:target`): the "
           "judgement still applies when re-extraction changes the fact's other values, where one fact of the article "
           "has that anchor.", nullable=True),
        _f("value", "object", "For correct: the fields set; for merge: {into, keys}.", nullable=True),
        _f("reason", "string", "Why.", nullable=True),
        _f("undone_at", "string", "When it was undone (undone judgements no longer apply).", nullable=True),
    ),
}

# Fact tables in the store and the record type each holds.
TABLE_RECORDS = {"mentions": "mention", "roles": "role", "timexes": "timex", "events": "event", "statements": "statement"}

# The document `show --json` prints and `export` writes, one per article.
DOCUMENT = (
    ("article", "article", "The article."),
    ("entities", "entity", "Entities mentioned in it."),
    ("mentions", "mention", "Their mentions."),
    ("roles", "role", "People's roles."),
    ("timexes", "timex", "Time expressions."),
    ("events", "event", "PLOVER events."),
    ("statements", "statement", "Attributed statements."),
    ("actor_states", "actor_state", "The state each event and statement actor acts for: observed in this article, "
     "and derived from the actor's identity across articles (newsgraph.identity.states)."),
    ("judgements", "judgement", "Analysts' active judgements on its facts."),
)


def field_names(record: str) -> list[str]:
    return [f.name for f in RECORDS[record]]


def fields(record: str) -> dict[str, Field]:
    return {f.name: f for f in RECORDS[record]}


def record(kind: str, values: dict, *, omit: Iterable[str] = ()) -> dict:
    """The output record of type ``kind``: exactly its declared fields, in order (missing
    values as null), less those in ``omit``."""
    skip = set(omit)
    return {name: values.get(name) for name in field_names(kind) if name not in skip}


def markdown() -> str:
    """docs/schema.md, written from the declarations above."""
    lines = ["# newsgraph output schema", "",
             "<!-- Generated by `python -m newsgraph.store.schema > docs/schema.md`; a test checks it. -->", "",
             "`newsgraph show ID --json` prints, and `newsgraph export` writes one line per article of, "
             "this document:", "", "| field | type | content |", "|---|---|---|"]
    lines += [f"| `{name}` | {'object' if name == 'article' else 'array'} of {kind} | {doc} |"
              for name, kind, doc in DOCUMENT]
    lines += ["", "Offsets (`start`, `end`, `*_start`, `*_end`) are character offsets into the article's "
              "`text`, end exclusive. Fields marked *correctable* may be set by "
              "`newsgraph judge correct FACT_KEY --value '{...}'`; a correction is checked against this schema."]
    for kind, declared in RECORDS.items():
        lines += ["", f"## {kind}", "", "| field | type | content |", "|---|---|---|"]
        for f in declared:
            type_ = f.type + (" or null" if f.nullable else "")
            notes = f.doc
            if f.choices:
                notes += " One of: " + ", ".join(f"`{c}`" for c in f.choices) + "."
            if f.codes == "state":
                notes += " An upper-case alpha-3 code pycountry or the country lexicon knows (`XKX` too)."
            elif f.codes == "sector":
                notes += " One of: " + ", ".join(f"`{c}`" for c in sorted(sector_codes())) + "."
            if f.correctable:
                notes += " *Correctable.*"
            lines.append(f"| `{f.name}` | {type_} | {notes} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(markdown(), end="")


def json_value(value, empty):
    """A JSON column's value as data: a backend that hands back JSON text is decoded here, so
    output never holds a Python repr or JSON inside a string. ``empty`` for None or bad JSON."""
    if value is None:
        return empty
    if isinstance(value, (str, bytes)):
        try:
            return json.loads(value)
        except ValueError:
            return empty
    return value


# the times of a fact judgement or an identity act (tables judgements, identity_acts)
JUDGEMENT_STAMPS = ("created_at", "undone_at")


def utc_stamps(row) -> dict:
    """The ``JUDGEMENT_STAMPS`` that ``row`` (a mapping: a fact judgement's or an identity act's)
    has, each as ``utc_iso`` gives it: what every output of the judgement log shows (the CLI,
    /api/judgements, exports)."""
    return {k: utc_iso(row[k]) for k in JUDGEMENT_STAMPS if k in row}


def utc_iso(value):
    """A stored timestamp as output gives every one: ISO 8601 in UTC to the second with its
    offset (``2026-12-04T17:51:52+00:00``, as fact judgements are stored). A datetime without a
    zone is read as UTC (what SQLite hands back for an identity act's ``created_at``, written in
    UTC); text is parsed first, and left as it is when it is no timestamp; None stays None."""
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    if not isinstance(value, dt.datetime):
        return value
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone(dt.timezone.utc).isoformat(timespec="seconds")
