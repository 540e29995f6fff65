"""Calibrated event confidence: the probability that a stored event is right.

Named facts about how each event was found -- the rules' own score, both actors present, how
many actors resolve to an article entity, a state actor, a pronoun source, a trigger sense from a
CAMEO pattern, negated or not-asserted status, a sentence in the article's last fifth -- are
features of a logistic map fitted by ``scripts/fit_event_calibration.py`` on the exhaustive dev
gold files (label: the event matches a gold event at the "correct" level -- type, both actors,
date and status), with nested leave-one-article-out cross-validation for the reported calibration
error. The map is data: ``lexicons/event_calibration.json`` (its ``features`` -- the set the fit
chose --, ``weights`` and ``min_rule_score``); a feature the map has no weight for counts 0.
Without that file the rule-based score is kept and nothing is filtered.

``context(doc, event)`` -> the article's facts about an event; ``features(event, ctx)`` ->
``{name: value}``. Two steps, in two places of the pipeline: ``check(events)`` (end of the
events component) keeps the events passing the confidence check (``passes_check``, on the rule
score: which events exist is the rules' business); ``score(events, doc)`` (this module's
``newsgraph_event_confidence`` component, after linking) rewrites ``confidence`` with the
probability, computed on the event as linking leaves it (a source or target the linker fills --
the publisher, the authorities of the place, a readout's counterpart, a plural's named member --
counts), and notes the rule score in ``explanation``.
"""

from __future__ import annotations

import functools
import json
import math
import re
from pathlib import Path
from typing import Iterable, Optional

from spacy.language import Language

from newsgraph.nlp.doc_cache import doc_text
from newsgraph.nlp.types import Event

COMPONENT = "newsgraph_event_confidence"
VERSION = "0.1.1"  # 0.1.1: both_actors counts a slot the linker placed as a state's people (acts_for set, no key: _people_key keeps no entity for a state's civilians) as an actor, as _side already does (history: docs/component_versions.md)

MAP_FILE = Path(__file__).resolve().parent / "lexicons" / "event_calibration.json"
PRONOUNS = {"we", "it", "they", "he", "she", "i", "you"}  # not "us": "US" is a state


def rule_family(explanation: str) -> str:
    """cameo | light | stance | verb | frame, from the rule the explanation names."""
    match = re.search(r"\((.*?)\) ->", explanation or "")
    rule = match.group(1) if match else ""
    if rule.startswith("CAMEO"):
        return "cameo"
    if rule.startswith(("light verb", "halting", "phrasal", "idiom", "offer", "cut aid", "hosting")):
        return "light"
    if rule.startswith(("stance", "aspect", "attempt", "reporting verb")):
        return "stance"
    if rule.startswith("verb"):
        return "verb"
    return "frame"


def article_facts(doc) -> dict:
    """What ``context`` reads of the whole article, computed once per doc (Doc.text joins every
    token on each access): its length, its non-pronoun mentions with an entity, the entities,
    and the persons whose role is a country's."""
    if doc is None:
        return {"length": 0, "mentions": [], "entities": {}, "countried_people": set()}
    return {"length": len(doc_text(doc)),
            "mentions": [m for m in doc._.ng_mentions or [] if m.entity_key and m.kind != "pronoun"],
            "entities": doc._.ng_entities or {},
            "countried_people": {r.person_key for r in doc._.ng_roles or [] if (r.of_key or "").startswith("country:")}}


def _side(facts: dict, start: Optional[int], end: Optional[int], text: Optional[str],
          key: Optional[str] = None, acts_for: Optional[str] = None) -> dict[str, bool]:
    """What the article says of one actor slot: resolved to an entity (a coref mention overlaps
    its span), that entity a state or acting for one (a country; an organisation of a country; a
    person whose role is a country's), and whether the slot is a bare pronoun.

    A slot the linker filled has no span (the publishing state, the authorities of the place
    where an agentless arrest happens): its own final ``key`` says whether it is resolved, and
    its ``acts_for`` (ISO3) or a ``country:`` key whether it is a state or acts for one. A slot
    with a span keeps the mention reading (a bare pronoun is no named actor, whatever its key)."""
    out = {"entity": False, "state": False,
           "pronoun": (text or "").strip().lower() in PRONOUNS}
    if start is None or end is None:
        # a slot the linker filled: its own final key and acts_for are all there is to read
        out["entity"] = bool(key)
        out["state"] = bool(acts_for) or (key or "").startswith("country:")
        return out
    keys = [m.entity_key for m in facts["mentions"] if m.start < end and start < m.end]
    if not keys:
        return out
    out["entity"] = True
    for key in keys:
        entity = facts["entities"].get(key)
        if entity is None:
            continue
        if entity.type == "country" or (entity.type == "organization" and entity.country) \
                or key in facts["countried_people"]:
            out["state"] = True
    return out


def context(doc, event: Event, facts: Optional[dict] = None) -> dict[str, float]:
    """Facts about ``event`` that only the article gives (``_side`` of each actor, and where its
    sentence sits: 0 = the opening, 1 = the end, where page furniture and boilerplate gather).
    ``facts``: ``article_facts(doc)``, when the caller scores several events of one doc."""
    facts = facts if facts is not None else article_facts(doc)
    source = _side(facts, event.source_start, event.source_end, event.source_text,
                   event.source_key, event.source_acts_for)
    target = _side(facts, event.target_start, event.target_end, event.target_text,
                   event.target_key, event.target_acts_for)
    length = facts["length"]
    return {"source_entity": source["entity"], "source_state": source["state"], "source_pronoun": source["pronoun"],
            "target_entity": target["entity"], "target_state": target["state"],
            "position": event.sentence_start / length if length else 0.0}


def _filled(text: Optional[str], key: Optional[str], acts_for: Optional[str]) -> bool:
    """An actor slot holds a party: words of its sentence, an entity key, or a state the linker
    placed from context (a state's civilians keep no entity key, ``linking.bodies._people_key``,
    yet "Ukraine's civilians" placed as UKR CVL is a recipient as much as a named one)."""
    return bool(text or key or acts_for)


def features(event: Event, ctx: Optional[dict] = None) -> dict[str, float]:
    """The logistic map's inputs (names are the keys of ``event_calibration.json``'s weights).

    ``rule_score``: the rules' own score (trigger rule, clause depth, actors found);
    ``both_actors``: a source and a target (``_filled``); ``cameo_pattern``: the trigger's sense came from a
    CAMEO verb pattern with its object or preposition (PETRARCH2 dictionary), not a bare verb;
    ``state_actor``: an actor resolved to a state or to someone acting for one;
    ``named_actors``: how many of the two slots resolve to an article entity (0, 0.5, 1);
    ``pronoun_source``: a bare pronoun as source; ``negated`` / ``not_asserted``: status;
    ``late``: the sentence sits in the article's last fifth (background, boilerplate).
    ``ctx`` is ``context(doc, event)``; without it the article-level features are 0."""
    ctx = ctx or {}
    named = (float(bool(ctx.get("source_entity"))) + float(bool(ctx.get("target_entity")))) / 2
    return {
        "bias": 1.0,
        "rule_score": float(rule_score(event)),
        "both_actors": float(_filled(event.source_text, event.source_key, event.source_acts_for)
                             and _filled(event.target_text, event.target_key, event.target_acts_for)),
        "cameo_pattern": float(rule_family(event.explanation) == "cameo"),
        "state_actor": float(bool(ctx.get("source_state") or ctx.get("target_state"))),
        "named_actors": named,
        "pronoun_source": float(bool(ctx.get("source_pronoun"))),
        "negated": float(event.status == "negated"),
        "not_asserted": float(event.status in ("planned", "hypothetical", "claimed")),
        "late": float(ctx.get("position", 0.0) >= 0.8),
    }


def rule_score(event: Event) -> float:
    """The rules' own score of ``event``: its ``confidence`` until ``score`` rewrites that with
    the probability (``score`` keeps the rule score as ``event.rule_score``)."""
    return getattr(event, "rule_score", event.confidence)


@functools.lru_cache(maxsize=1)
def load_map() -> Optional[dict]:
    if not MAP_FILE.exists():
        return None
    return json.loads(MAP_FILE.read_text(encoding="utf-8"))


def probability(weights: dict[str, float], feats: dict[str, float]) -> float:
    z = sum(weights.get(name, 0.0) * value for name, value in feats.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def calibrated(weights: dict[str, float], events: list[Event], contexts: Optional[list] = None,
               feats: Optional[list[dict]] = None) -> list[float]:
    """Calibrated probabilities for ``events`` (rule-based scores in ``confidence``); ``feats``:
    their features when already computed (the fit script passes the ones it fitted on).

    Within one sentence the rule score still ranks the events (main clause before background,
    subordinate and modifier clauses): an event never ends above one the rules rank higher in
    its sentence, so "the event we stand by" for a sentence stays the main one."""
    contexts = contexts or [None] * len(events)
    if feats is None:
        feats = [features(e, c) for e, c in zip(events, contexts)]
    probs = [probability(weights, f) for f in feats]
    by_sentence: dict[int, list[int]] = {}
    for i, event in enumerate(events):
        by_sentence.setdefault(event.sentence_start, []).append(i)
    for indexes in by_sentence.values():
        ceiling = 1.0
        for i in sorted(indexes, key=lambda i: -rule_score(events[i])):
            higher = [j for j in indexes if rule_score(events[j]) > rule_score(events[i])]
            ceiling = min((probs[j] for j in higher), default=1.0)
            probs[i] = min(probs[i], ceiling - 0.001) if higher else probs[i]
    return [round(max(0.001, p), 3) for p in probs]


def _kept_whatever_score(event: Event) -> bool:
    """Hypothetical events, denials ("denied that it had shelled the village") and announced
    refusals ("will not travel to Russia") are kept whatever their score: the dev gold codes too few of them to say how often they are right."""
    explanation = event.explanation or ""
    return event.status == "hypothetical" or (event.status == "negated" and (
        "status=negated (denial)" in explanation or "status=negated (refusal)" in explanation))


def passes_check(event: Event, min_rule_score: float) -> bool:
    """The confidence check: the rules' own score reaches the map's ``min_rule_score`` and the
    event is no plain negated act (PLOVER: "negated events can be excluded from the final event
    dataset"); hypothetical events and denials are kept whatever their score."""
    if _kept_whatever_score(event):
        return True
    return event.confidence >= min_rule_score and event.status != "negated"


def check(events: Iterable[Event]) -> list[Event]:
    """The events that pass the confidence check (``passes_check`` with the map's
    ``min_rule_score``, chosen by dev F1, see ``scripts/fit_event_calibration.py``); all of them
    without a map. ``confidence`` stays the rule score (``score`` rewrites it after linking).

    Storing reads the rule score, not the probability: which events exist stays a property of
    the rules (one threshold on one score), while the probability, fitted on more facts of the
    event, is what an analyst filters on."""
    calibration = load_map()
    events = list(events)
    if calibration is None:
        return events
    floor = calibration.get("min_rule_score", 0.0)
    return [e for e in events if passes_check(e, floor)]


def score(events: Iterable[Event], doc=None) -> list[Event]:
    """Replace each event's rule score (``confidence``) with its calibrated probability of being
    right, read on the event as it now stands (after linking: its final keys and ``acts_for``);
    the rule score goes into ``explanation`` and ``event.rule_score``. ``doc``: the article
    (``context``). Each event keeps the features it was scored on as
    ``event.calibration_features`` (not a stored field: for the fit script, which fits on exactly
    these), with or without a map. Scoring twice reads the rule score kept the first time."""
    calibration = load_map()
    events = list(events)
    facts = article_facts(doc)
    contexts = [context(doc, e, facts) for e in events]
    for event, ctx in zip(events, contexts):
        event.calibration_features = features(event, ctx)
    if calibration is None:
        return events
    floor = calibration.get("min_rule_score", 0.0)
    probs = calibrated(calibration["weights"], events, contexts,
                       feats=[e.calibration_features for e in events])
    for event, p in zip(events, probs):
        if not hasattr(event, "rule_score"):
            event.rule_score = event.confidence
            event.explanation += f"; rule score {event.rule_score:.2f} (>= {floor:.2f}) -> calibrated {p:.2f}"
        else:  # scored again (a caller re-running the step): the note names the latest probability
            event.explanation = re.sub(r"-> calibrated [0-9.]+", f"-> calibrated {p:.2f}", event.explanation)
        event.confidence = p
    return events


@Language.factory(COMPONENT, requires=["doc._.ng_events"], assigns=["doc._.ng_events"])
def make_event_confidence(nlp: Language, name: str):
    """spaCy factory: after the linker, each event of ``doc._.ng_events`` gets its calibrated
    ``confidence`` (``score``)."""
    load_map()

    def annotate(doc):
        doc._.ng_events = score(doc._.ng_events or [], doc)
        return doc

    return annotate
