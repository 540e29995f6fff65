"""Plain records that the extraction components produce.

Every record carries character offsets into the article's clean text (``start``/``end``,
end exclusive) and the ``component`` name and ``version`` that produced it, so the store
can trace each fact back to its sentence and its maker.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

# Entity types newsgraph uses (spaCy labels are mapped onto these in nlp.entities).
ENTITY_TYPES = (
    "person", "organization", "country", "place", "region", "equipment",
    "money", "percent", "quantity", "group",  # group: nationalities/religious/political groups (NORP)
)

# The event types: the PLOVER codebook's 16 (openeventdata/PLOVER; DEMAND for REQUEST, DISAPPROVE for
# ACCUSE), INVESTIGATE kept apart for CAMEO 09 (the codebook's ACCUSE/investigate) and CRIME, which
# the codebook dropped (accepted, never coded).
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE",
    "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "SANCTION", "PROTEST", "CRIME", "MOBILIZE",
    "COERCE", "ASSAULT",
)

# Factuality of an event as the article presents it.
EVENT_STATUSES = ("asserted", "planned", "claimed", "hypothetical", "negated")


@dataclass
class Provenance:
    component: str
    version: str


@dataclass
class Mention:
    """One surface mention of an entity (``entity_key`` links it to an EntityRecord)."""

    start: int
    end: int
    text: str
    type: str                      # one of ENTITY_TYPES
    entity_key: Optional[str] = None
    label: Optional[str] = None    # raw model label (PERSON, ORG, GPE, NORP, ...), for debugging
    kind: str = "name"             # name | alias | demonym | capital | title | pronoun | surname
    measure: Optional[str] = None  # for money/percent: what the figure measures ("inflation rate")
    component: str = ""
    version: str = ""


@dataclass
class EntityRecord:
    """An entity within one article: its canonical name, type and codes."""

    key: str                      # stable within the article, e.g. "country:IRN", "person:mohammad-reza-ashtiani"
    name: str
    type: str
    code: Optional[str] = None     # ISO 3166 alpha-3 for countries
    country: Optional[str] = None  # alpha-3 of the country it belongs to, where known
    aliases: list[str] = field(default_factory=list)
    # why a name got this reading where it has several ("Granada": the Nicaraguan city, since
    # the article names Nicaragua and Managua), for the analyst; None when nothing was decided
    reason: Optional[str] = None
    # the state it acts for (ISO3) and its sector (GOV, MIL, REB ...) in this article, set by the linker
    acts_for: Optional[str] = None
    sector: Optional[str] = None
    component: str = ""
    version: str = ""

    @property
    def state(self) -> Optional[str]:
        """ISO3 of the state this entity is or lies in: a country's own code, else its country."""
        return self.code if self.type == "country" else self.country


@dataclass
class Role:
    """``person_key`` holds ``title`` of ``of_key`` (an entity key, or None), attested at ``date``."""

    person_key: str
    title: str
    of_key: Optional[str]
    of_name: Optional[str]
    start: int
    end: int
    date: Optional[str] = None
    component: str = ""
    version: str = ""


@dataclass
class Timex:
    """A time expression with its TimeML-style normalised value (``2023-07-26``, ``2023-06``, ``P2Y`` ...)."""

    start: int
    end: int
    text: str
    type: str                      # DATE | TIME | DURATION | SET
    value: Optional[str]           # None when it cannot be normalised
    precision: Optional[str] = None  # day | month | year | half | week | quarter | season | decade | century | time | duration | ref
    # An ambiguous numeric date ("4/3/2021" with no locale or other date to decide) keeps its
    # ambiguity: ``value`` holds only what every reading shares ("2021-XX-XX") and
    # ``readings`` lists each full reading (["2021-03-04", "2021-04-03"]); [] otherwise.
    readings: list[str] = field(default_factory=list)
    # A calendar range written as one ("June 27-30", "March 30 – April 2", "9–11 March 2022") or
    # two expressions ("from 2019 to 2021", "between March and May 2019"): the (start, end)
    # TimeML values of the whole range, on every expression of it; None otherwise.
    date_range: Optional[tuple[str, str]] = None
    component: str = ""
    version: str = ""


@dataclass
class Statement:
    """Something an actor said, claimed or reported."""

    kind: str                          # direct | partial | indirect
    content_start: int
    content_end: int
    content: str
    speaker_text: Optional[str] = None
    speaker_start: Optional[int] = None
    speaker_end: Optional[int] = None
    speaker_key: Optional[str] = None  # resolved entity, set by the resolver
    cue: Optional[str] = None
    cue_start: Optional[int] = None
    cue_end: Optional[int] = None
    date: Optional[str] = None         # TimeML value of when it was said, where the article says
    via: Optional[str] = None          # outlet whose report the article cites ("IRNA reported")
    via_start: Optional[int] = None
    via_end: Optional[int] = None
    via_key: Optional[str] = None
    # the state the speaker acts for (ISO 3166 alpha-3) and its sector (GOV, MIL, REB, OPP, MED,
    # BUS, CVL, JUD, LEG, POL, IGO, NGO ...: POLECAT-style, from the Phoenix agents), set by the linker
    speaker_acts_for: Optional[str] = None
    speaker_sector: Optional[str] = None
    # extra content pieces when the content is discontinuous (split quotes), as (start, end);
    # after linking, ``content`` holds the text of all pieces joined in order
    content_parts: list[tuple[int, int]] = field(default_factory=list)
    confidence: float = 0.5
    component: str = ""
    version: str = ""


@dataclass
class Event:
    """A PLOVER event between actors, with the sentence that supports it."""

    type: str                          # one of PLOVER_TYPES
    sentence_start: int
    sentence_end: int
    trigger: str
    trigger_start: int
    trigger_end: int
    mode: Optional[str] = None
    source_text: Optional[str] = None
    source_start: Optional[int] = None
    source_end: Optional[int] = None
    source_key: Optional[str] = None
    target_text: Optional[str] = None
    target_start: Optional[int] = None
    target_end: Optional[int] = None
    target_key: Optional[str] = None
    # the state or organisation a person actor acts for (from their roles), set by the linker
    source_affiliation_key: Optional[str] = None
    target_affiliation_key: Optional[str] = None
    # the state each actor acts for (ISO3) and its sector (see Statement.speaker_sector), set by the linker
    source_acts_for: Optional[str] = None
    source_sector: Optional[str] = None
    target_acts_for: Optional[str] = None
    target_sector: Optional[str] = None
    # When it happened, TimeML value: the time expression of its own clause or sentence, else
    # the article's reference day (``date_source`` says which: "text" | "publication").
    # A range ("between March and May 2019") has ``date`` as start and ``date_end`` as end.
    date: Optional[str] = None
    date_end: Optional[str] = None
    date_source: Optional[str] = None
    location: Optional[str] = None
    location_key: Optional[str] = None
    status: str = "asserted"           # one of EVENT_STATUSES
    confidence: float = 0.5
    # the learned event-type classifier's probability of ``type`` for the event's sentence
    # (nlp/event_classifier.py), 0..1; None when the classifier did not run
    type_probability: Optional[float] = None
    explanation: str = ""
    # every (start, end) sentence span in the article that reports this same happening, the
    # event's own sentence first (several mentions of one act are one event)
    evidence_spans: list[tuple[int, int]] = field(default_factory=list)
    component: str = ""
    version: str = ""
    # Bookkeeping of one happening's mentions while the pipeline runs, never stored; declared so
    # that ``dataclasses.replace`` keeps them, and left out of ``==`` and ``repr`` (a mention's
    # group holds the mention itself). ``merged_mentions``: the other tellings
    # ``events.merge_repeated`` folded into this event; ``mention_group`` (its event's index),
    # ``was_face``, ``group_spans`` and ``group_members``: set by ``linking.unfold_mentions`` for
    # ``linking.fold_mentions``, reset there; ``happening_rejected``: a post-link check judged the
    # happening itself no event (``events._reject``).
    merged_mentions: tuple["Event", ...] = field(default=(), compare=False, repr=False)
    mention_group: Optional[int] = field(default=None, compare=False, repr=False)
    was_face: bool = field(default=False, compare=False, repr=False)
    group_spans: tuple[tuple[int, int], ...] = field(default=(), compare=False, repr=False)
    group_members: tuple["Event", ...] = field(default=(), compare=False, repr=False)
    happening_rejected: bool = field(default=False, compare=False, repr=False)
    # ``threat_made``: a warning the text makes when it tells it, still planned while the events
    # component reads its status (``events._threat_made``); the linker stores it asserted
    # (``events.threats_made``). Never stored; the explanation only describes it.
    threat_made: bool = field(default=False, compare=False, repr=False)


@dataclass
class StoryTypeRecord:
    """A story's main PLOVER event type (newsgraph.nlp.story_type): what the whole article is
    about, decided from its lead sentences and the rule events."""

    type: str                                   # a PLOVER type
    probability: float                          # the model's probability of ``type``, 0..1; where
                                                # the events decided (component ...:event_majority), their share
    trigger_start: Optional[int] = None         # trigger of the lead (else the story's) event of that
    trigger_end: Optional[int] = None           # type, when the rules found one
    component: str = ""
    version: str = ""


@dataclass
class Extraction:
    """Everything the pipeline found in one article."""

    sentences: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: dict[str, EntityRecord] = field(default_factory=dict)
    roles: list[Role] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    components: dict[str, str] = field(default_factory=dict)  # name -> version
    story_type: Optional[StoryTypeRecord] = None
