"""The PLOVER type of a story's main event: what a whole news story is about, decided from its
lead (``lead_sentences``: its first sentences that have a verb, so a byline, dateline or photo
caption before the lede is not taken for it) by the rule events and a learned model together.

The rules (``events/``) type each trigger; a story, though, is about one main event, and the
event the rules find first or most confidently in the lead is often not it ("X agreed to make
concessions" is a concession story whose trigger is "agreed"), or the rules find none there.
This module stacks both signals in one sparse multinomial logistic regression
(``scripts/train_story_type.py``, trained on the NGEC-2025 synthetic stories, whose labels are
story-level POLECAT types):

* the words, word pairs, verbs and verb + argument lemmas of the lead sentence and the two
  after it (``event_classifier.features``), and
* what the rules found (``rule_features``): the types of the lead's events (``r:TYPE``), of the
  story's events (``ra:TYPE``), the type of the event the rules stand by (``rc:TYPE``, ``NONE``
  when there is none; ``rcl:`` / ``rcn:`` whether it is in the lead), and each lead trigger
  lemma with its type (``rt:agree>AGREE``);
* the PLOVER types the rule coder's curated verb knowledge gives the story's verbs out of context
  (``knowledge_features``: the trigger lexicon ``plover_triggers.yaml`` and the PETRARCH2 CAMEO
  verb patterns), and the rule events stacked by lead position, mode, status and confidence
  (``event_features``). Chosen by headline-grouped CV (scripts/story_type_candidates.py):
  classes of verbs carry over to headlines never seen where the verbs themselves do not.

``story_type(doc, events) -> StoryType | None`` keeps the type of the event the rules stand by
unless the model prefers another by the odds ``switch_odds`` of the metadata (chosen on
headline-grouped out-of-fold predictions), and takes the model's most probable type where the
rules found nothing; it gives that type's probability and the lead event of that type as
evidence when the rules found one. The model
learns where the rules' types and a story's type part ways (POLECAT codes "agreed to withdraw"
as a concession); it never changes an event's own type (``Event.type`` stays the rules': on
PLOVER dev sentences the rules are better, see ``event_classifier``). Scored by
``newsgraph.eval.plover.evaluate_synthetic``; the honest estimate is the accuracy when whole
headlines are held out (``metrics.cv_by_headline`` in the metadata).

The logistic model's probabilities are combined with a complement naive Bayes model's (Rennie
et al. 2003, weight-normalised; ``lexicons/story_type_nb.npz``) over the same features plus the
words, verbs and verb + argument lemmas of the story's other first sentences (``other_features``):
``softmax((1 - w) log p_LR + w z / T)``, ``z`` the naive Bayes scores standardised per story
(``combine``; ``w``, ``T``, the smoothing ``alpha`` and the switch odds chosen by headline-grouped
CV on the training rows, metadata ``nb`` and ``hyper_parameters``). Headline-grouped CV: the
logistic model alone about 0.48, combined about 0.50 (``metrics``).

Weights: ``lexicons/story_type.npz`` (arrays only, read with ``allow_pickle=False``) and its
metadata ``lexicons/story_type.json`` (the event classifier's file format: labels, sha256 of the
weights and the training data, metrics). A missing or corrupt file raises
``EventClassifierError`` (a ``ModelError``) with code ``event_classifier_missing`` or
``event_classifier_corrupt``.

Where the model is unsure (its type's probability under ``MAJORITY_BELOW``) and the story's own
events clearly agree on another type (``event_majority``: at least 60 per cent of at least three
asserted events of confidence 0.5 or more), the story takes the events' type, and the record says
so: component ``newsgraph_story_type:event_majority``, probability the majority's share. The
model reads the lead and was trained on short synthetic stories; a long joint statement whose
events are all calls on others ("We call on ... We urge ...") is a DEMAND story even where its
lead's words make the model lean elsewhere.

In the pipeline, the ``newsgraph_story_type`` component (last, after the linker: the rule
events it reads are the stored ones) sets ``doc._.ng_story_type`` to a ``StoryTypeRecord``
(type, probability, the evidence event's trigger span, component and version), which the store
keeps on the article.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import numpy as np
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.symbols import NOUN, VERB

from newsgraph.nlp import cameo, event_classifier, extensions  # noqa: F401  (registers Doc._.ng_*)
from newsgraph.nlp import events as events_module
from newsgraph.nlp.doc_cache import token_lemma_lowers, token_pos
from newsgraph.nlp.event_classifier import EventClassifierError, Model, load_model
from newsgraph.nlp.types import StoryTypeRecord

COMPONENT = "newsgraph_story_type"
VERSION = "0.2.3"  # 0.2.3: where the model is unsure (p < 0.6) and at least 60% of at least 3 of the story's confident asserted events share another type, the story takes that type (component newsgraph_story_type:event_majority, probability the share): long joint statements of calls were typed CONCEDE or PROTEST from their lead's words (history: docs/component_versions.md)

WEIGHTS_FILE = event_classifier.LEXICON_DIR / "story_type.npz"
# the complement naive Bayes part (arrays ``features`` and ``weights``, no bias), checked against
# the metadata's ``nb.sha256``; combined with the logistic model's probabilities (``combine``)
NB_FILE = event_classifier.LEXICON_DIR / "story_type_nb.npz"
META_FILE = event_classifier.LEXICON_DIR / "story_type.json"
# a story's lead is its first sentence; the next ones often name the act the first only
# announces ("The government made concessions ... It lifted the curfew"). Chosen by
# headline-grouped CV on the training rows: 1 sentence 0.423, 2 0.430, 3 0.442
CONTEXT_SENTENCES = 3
# the story's sentences whose verbs' curated PLOVER types count (``knowledge_features``): as many
# as the candidates script scored (scripts/story_type_candidates.py, MAX_SENTENCES)
KNOWLEDGE_SENTENCES = 10
# Where the model is unsure (its chosen type's probability below MAJORITY_BELOW) and a clear
# majority of the story's own events have one other type (``event_majority``), the story takes
# that type: a long statement whose events are all calls on others is a DEMAND story whatever
# its lead's words suggest. The record's component is then EVENT_MAJORITY_COMPONENT and its
# probability the majority's share of the counted events (not a model probability). The NGEC
# stories are short, so the learned model never saw this case; the thresholds are the plain
# reading of "clear majority" (3 events, 60 per cent, the events' own 0.5 confidence line) and
# "unsure" (the model's probability under 0.6), not fitted. Measured once, after the fact: the
# demo corpus (485 releases) changes 27 story types, 13 read as right where they were wrong, 5 the
# reverse (meeting readouts whose asserted statements outnumber the one "met"), 9 neither; on the
# NGEC slices of ``newsgraph eval ngec`` (short stories) it fires on 8 of 1,000 and the accuracy
# goes from 0.607 to 0.604.
MAJORITY_BELOW = 0.6
MAJORITY_MIN_EVENTS = 3
MAJORITY_SHARE = 0.6
MAJORITY_MIN_CONFIDENCE = 0.5
EVENT_MAJORITY_COMPONENT = COMPONENT + ":event_majority"


@dataclass(frozen=True)
class StoryType:
    type: str                   # PLOVER type of the story's main event
    probability: float          # the model's probability of ``type``, 0..1 (event majority: its share)
    event: Optional[object]     # the lead's (else the story's) Event of that type, if the rules found one
    component: str = COMPONENT
    version: str = VERSION


# Parts of speech that make a clause: a lead sentence has a predicate. Lines without one are the
# furniture that precedes a lede in real articles -- bylines ("Antony J. Blinken, Secretary of
# State"), datelines ("WASHINGTON (AFNS) --"), photo captions and credits -- not its first
# sentence (184 of the 485 demo articles open with such a line; it changes the features of 288 of
# the 3,500 NGEC training stories).
PREDICATE_POS = ("VERB", "AUX")
_PREDICATE_POS_IDS = frozenset(POS_IDS[p] for p in PREDICATE_POS)  # as ``doc_cache.token_pos`` gives them


def lead_sentences(doc, n: int = CONTEXT_SENTENCES) -> list:
    """The story's lead: its first ``n`` sentences (spaCy Spans) that have a verb, skipping
    verbless lines (bylines, datelines, captions); its first ``n`` sentences when none has one."""
    first, lead = [], []
    pos = token_pos(doc)  # (read from the cached parts of speech: no Token made per word)
    for sent in doc.sents:
        if len(first) < n:
            first.append(sent)
        if any(pos[i] in _PREDICATE_POS_IDS for i in range(sent.start, sent.end)):
            lead.append(sent)
            if len(lead) == n:
                break
    return lead or first


def _rule_choice(events: list, lead_start: Optional[int]):
    """The event the rules stand by: the lead's most confident, else the story's; ties: earlier."""
    lead = [e for e in events if lead_start is not None and e.sentence_start == lead_start]
    pool = lead or events
    return max(pool, key=lambda e: (e.confidence, -e.trigger_start)) if pool else None


def rule_features(doc, events: list, lead_start: Optional[int]) -> list[str]:
    """Feature names for what the rules found in a story (see module docstring). ``events``:
    the story's Event records; ``lead_start``: char offset of its first sentence."""
    lead = [e for e in events if lead_start is not None and e.sentence_start == lead_start]
    feats = {"r:" + e.type for e in lead} | {"ra:" + e.type for e in events}
    chosen = _rule_choice(events, lead_start)
    feats.add("rc:" + (chosen.type if chosen is not None else "NONE"))
    if chosen is not None:
        feats.add(("rcl:" if chosen in lead else "rcn:") + chosen.type)
    for e in lead:
        trigger = doc.char_span(e.trigger_start, e.trigger_end, alignment_mode="expand")
        if trigger is not None and len(trigger):
            feats.add(f"rt:{trigger.root.lemma_.lower()}>{e.type}")
    return sorted(feats)


def _code(type_mode: tuple) -> str:
    event_type, mode = type_mode
    return f"{event_type}/{mode}" if mode else event_type


def sentence_codes(sent) -> tuple[list[str], list[str]]:
    """The PLOVER codes (``TYPE`` or ``TYPE/mode``) the rule coder's curated knowledge gives a
    sentence's words, out of context: ``(lexicon, cameo)``. ``lexicon``: each verb's entry in
    ``plover_triggers.yaml`` (verb + particle, else light verb + object noun, else the verb) and
    each act noun's (``N:`` prefixed); ``cameo``: each verb's PETRARCH2 CAMEO pattern sense
    (``cameo.sense``, else the verb's own code, ``cameo.default``)."""
    lex = events_module.load_lexicon()
    lexicon, senses = [], []
    doc = sent.doc
    pos, lemmas = token_pos(doc), token_lemma_lowers(doc)  # (a Token made only for a verb)
    for i in range(sent.start, sent.end):
        lemma = lemmas[i]
        if pos[i] == NOUN and lemma in lex.nouns:
            lexicon.append("N:" + _code(lex.nouns[lemma]))
        if pos[i] != VERB:
            continue
        token = doc[i]
        particles = [c for c in token.children if c.dep_ == "prt"]
        hit = next((lex.particles[f"{lemma} {p.lower_}"] for p in particles
                    if f"{lemma} {p.lower_}" in lex.particles), None)
        obj = next((c for c in token.children if c.dep_ in ("dobj", "obj")), None)
        if hit is None and lemma in lex.light_verbs and obj is not None:
            obj_lemma = obj.lemma_.lower()
            hit = lex.light_phrases.get(f"{lemma} {obj_lemma}") or lex.nouns.get(obj_lemma)
        hit = hit or lex.verbs.get(lemma)
        if hit:
            lexicon.append(_code(hit))
        sense = cameo.sense(token, lemma, particles) or cameo.default(lemma, particles)
        if sense is not None and sense.event_type:
            senses.append(_code((sense.event_type, sense.mode)))
    return lexicon, senses


def code_features(first: list[list[str]], lead: list[list[str]], story: list[list[str]], key: str) -> set[str]:
    """The knowledge features of one source of codes (``key``: "lex" or "cam"), from the codes
    ("TYPE/mode", "N:TYPE") of the first lead sentence, of the lead's sentences and of the story's
    first sentences (lists of code lists, one per sentence). Shared with
    scripts/story_type_candidates.py, which reads the codes from its cache."""
    def code_type(code: str) -> str:
        return code.split("/")[0].replace("N:", "")

    feats = {f for codes in first for code in codes for f in (f"k1{key}:{code_type(code)}", f"k1{key}m:{code}")}
    feats.update(f"kl{key}:{code_type(c)}" for codes in lead for c in codes)
    counts: dict[str, int] = {}
    for codes in story:
        for code in codes:
            counts[code_type(code)] = counts.get(code_type(code), 0) + 1
    for t, n in counts.items():
        feats.update([f"ka{key}:{t}"] + [f"ka{key}{m}:{t}" for m in (2, 3) if n >= m])
    if counts:
        feats.add(f"kmax{key}:{max(counts, key=counts.get)}")
    return feats


def knowledge_features(doc, lead: list) -> list[str]:
    """Feature names of the PLOVER types the curated verb knowledge (``sentence_codes``) gives the
    story: in its first lead sentence (``k1lex:TYPE``, with mode ``k1lexm:TYPE/mode``), in its
    lead (``kllex:``), in its first ``KNOWLEDGE_SENTENCES`` sentences (``kalex:``; seen twice,
    three times: ``kalex2:``, ``kalex3:``) and the most frequent there (``kmaxlex:``); the same
    with ``cam`` for the CAMEO patterns. Types, not words: a verb of the same class in a story
    written from a headline never seen still counts."""
    codes = {s.start: sentence_codes(s) for s in list(doc.sents)[:KNOWLEDGE_SENTENCES]}  # by first token
    story = list(codes.values())
    for sent in lead:
        if sent.start not in codes:
            codes[sent.start] = sentence_codes(sent)
    first = [codes[lead[0].start]] if lead else []
    lead_codes = [codes[sent.start] for sent in lead]
    feats: set[str] = set()
    for k, key in enumerate(("lex", "cam")):
        feats |= code_features([c[k] for c in first], [c[k] for c in lead_codes], [c[k] for c in story], key)
    return sorted(feats)


def event_features(events: list, lead: list) -> list[str]:
    """Feature names stacking the rule events (the events component's output, not re-run): each
    event's type by the lead sentence it is in (``ep0:``..``ep2:``, ``ep3:`` elsewhere), its mode
    and status, each type's best confidence band (``ec:TYPE:hi`` >= 0.5, ``mid`` >= 0.2, ``lo``),
    the most frequent, the first and the most confident event's type; ``es:NONE`` when none."""
    if not events:
        return ["es:NONE"]
    starts = [s.start_char for s in lead]
    feats, best, counts = set(), {}, {}
    for e in events:
        best[e.type] = max(best.get(e.type, 0.0), e.confidence)
        counts[e.type] = counts.get(e.type, 0) + 1
        feats.add(f"ep{min(starts.index(e.sentence_start) if e.sentence_start in starts else 9, 3)}:{e.type}")
        if e.mode:
            feats.add(f"em:{e.type}/{e.mode}")
        feats.add(f"est:{e.type}/{e.status}")
    feats.update(f"ec:{t}:{'hi' if c >= 0.5 else 'mid' if c >= 0.2 else 'lo'}" for t, c in best.items())
    feats.add(f"emost:{max(counts, key=counts.get)}")
    feats.add(f"efirst:{min(events, key=lambda e: e.trigger_start).type}")
    feats.add(f"ebest:{max(events, key=lambda e: (e.confidence, -e.trigger_start)).type}")
    return sorted(feats)


def features(doc, events: list) -> list[str]:
    """All feature names of a story: the word features of its lead (``lead_sentences``: the
    first ``CONTEXT_SENTENCES`` sentences with a verb), the rule features, the curated-knowledge
    features (``knowledge_features``) and the stacked rule events (``event_features``)."""
    sents = lead_sentences(doc)
    feats: set[str] = set()
    for sent in sents:
        feats.update(event_classifier.features(sent))
    feats.update(rule_features(doc, events, sents[0].start_char if sents else None))
    feats.update(knowledge_features(doc, sents))
    feats.update(event_features(events, sents))
    return sorted(feats)


def other_features(sentence_features: list[list[str]], lead_index: list[int]) -> list[str]:
    """The naive Bayes part's extra features (``o:`` prefixed): the words, verbs and verb +
    argument lemmas (``w:``, ``v:``, ``va:`` of ``event_classifier.features``) of the story's
    first ``KNOWLEDGE_SENTENCES`` sentences that are not in its lead. ``sentence_features``: each
    sentence's features in order; ``lead_index``: the positions of the lead's sentences. Shared
    with scripts/train_story_type.py, which reads them from its cache."""
    lead = set(lead_index)
    return sorted({"o:" + f for k, feats in enumerate(sentence_features[:KNOWLEDGE_SENTENCES]) if k not in lead
                   for f in feats if f.startswith(("w:", "v:", "va:"))})


def doc_other_features(doc, lead: list) -> list[str]:
    """``other_features`` of a parsed story whose lead is ``lead`` (``lead_sentences``)."""
    starts = {s.start for s in lead}
    sents = list(doc.sents)[:KNOWLEDGE_SENTENCES]
    return other_features([[] if s.start in starts else event_classifier.features(s) for s in sents],
                          [k for k, s in enumerate(sents) if s.start in starts])


@dataclass(frozen=True)
class NaiveBayes:
    index: dict            # feature name -> row of ``weights``
    weights: np.ndarray    # (n_features, n_labels) float32: complement NB weights, normalised per type
    weight: float          # w: the naive Bayes part's share in ``combine``
    temperature: float     # T


def combine(p_lr: np.ndarray, nb_scores: np.ndarray, weight: float, temperature: float) -> np.ndarray:
    """The combined distribution: ``softmax((1 - weight) log p_lr + weight z / temperature)``,
    ``z`` the naive Bayes scores standardised (mean 0, sd 1) over the types. Rows of 2-D input
    are stories."""
    p_lr, nb_scores = np.asarray(p_lr, dtype=np.float64), np.asarray(nb_scores, dtype=np.float64)
    z = (nb_scores - nb_scores.mean(axis=-1, keepdims=True)) / (nb_scores.std(axis=-1, keepdims=True) + 1e-12)
    s = (1.0 - weight) * np.log(p_lr + 1e-12) + weight * z / temperature
    e = np.exp(s - s.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def load() -> Model:
    """The bundled story-type model, checked against its metadata (raises EventClassifierError)."""
    return load_model(WEIGHTS_FILE, META_FILE)


@functools.lru_cache(maxsize=2)
def _load_nb(path: Path, sha256: str, weight: float, temperature: float, n_labels: int) -> NaiveBayes:
    data = event_classifier.read_weights(path, sha256, "story-type naive Bayes", "scripts/train_story_type.py")
    names = [str(n) for n in data["features"]]
    weights = data["weights"].astype(np.float32)
    if weights.shape != (len(names), n_labels):
        raise EventClassifierError(f"story-type naive Bayes weights have shape {weights.shape}, expected "
                                   f"({len(names)}, {n_labels})", source=str(path), code="event_classifier_corrupt")
    return NaiveBayes(index={n: i for i, n in enumerate(names)}, weights=weights, weight=weight, temperature=temperature)


def load_nb(model: Model) -> Optional[NaiveBayes]:
    """The naive Bayes part the model's metadata names (``meta["nb"]``: its sha256, weight and
    temperature), read from ``NB_FILE`` and checked; None for a model without one (the logistic
    probabilities are then used alone). Raises EventClassifierError like ``load``."""
    nb = (model.meta or {}).get("nb")
    if not nb:
        return None
    return _load_nb(NB_FILE, nb["sha256"], float(nb["weight"]), float(nb["temperature"]), len(model.labels))


def nb_scores(nb: NaiveBayes, feats) -> np.ndarray:
    """The complement naive Bayes scores of a story's features (one per type; higher: likelier)."""
    rows = [r for r in map(nb.index.get, set(feats)) if r is not None]  # (one look-up per feature)
    return nb.weights[rows].sum(axis=0, dtype=np.float64) if rows else np.zeros(nb.weights.shape[1])


def type_probabilities(doc, events: list, model: Optional[Model] = None) -> dict[str, float]:
    """PLOVER type -> probability that it is the story's main event type (sums to 1): the
    logistic model's, combined with the naive Bayes part's where the model has one."""
    model = model or load()
    feats = features(doc, events)
    probs = event_classifier._probabilities(model, feats)
    nb = load_nb(model)
    if nb is not None:
        extra = doc_other_features(doc, lead_sentences(doc))
        probs = combine(probs, nb_scores(nb, feats + extra), nb.weight, nb.temperature)
    return {label: float(p) for label, p in zip(model.labels, probs)}


def decide(probs: dict[str, float], rule_type: Optional[str], switch_odds: float) -> str:
    """The story's type: the rules' choice ``rule_type`` unless the model prefers another type
    by at least ``switch_odds`` (p(other) >= odds * p(rule type)); the model's most probable
    type where the rules found nothing (or a type the model does not know)."""
    best = max(probs, key=probs.get)
    if rule_type is None or rule_type not in probs:
        return best
    return best if probs[best] >= switch_odds * probs[rule_type] else rule_type


def event_majority(events: list) -> Optional[tuple[str, float]]:
    """The type a clear majority of the story's own confident, asserted events share, with that
    share: at least ``MAJORITY_MIN_EVENTS`` events of status ``asserted`` and confidence at least
    ``MAJORITY_MIN_CONFIDENCE``, of which at least ``MAJORITY_SHARE`` have one type; else None.
    Planned, hypothetical, claimed and negated events are not counted: a story is typed by what
    was done or said, and an announced trip ("will travel ... to meet") is the intent (AGREE
    with a consult mode) of an act that has not happened."""
    counts: dict[str, int] = {}
    for e in events:
        if getattr(e, "status", "asserted") == "asserted" and e.confidence >= MAJORITY_MIN_CONFIDENCE:
            counts[e.type] = counts.get(e.type, 0) + 1
    total = sum(counts.values())
    if total < MAJORITY_MIN_EVENTS:
        return None
    top = max(sorted(counts), key=counts.get)
    share = counts[top] / total
    return (top, share) if share >= MAJORITY_SHARE else None


def story_type(doc, events: Optional[list] = None, model: Optional[Model] = None) -> Optional[StoryType]:
    """The story's main event type (module docstring); None for a document with no words.
    ``events``: its Event records (default ``doc._.ng_events``, else none)."""
    if events is None:
        events = list(getattr(doc._, "ng_events", None) or []) if doc.has_extension("ng_events") else []
    if not any(not t.is_space for t in doc):
        return None
    model = model or load()
    probs = type_probabilities(doc, events, model)
    lead = lead_sentences(doc)
    lead_start = lead[0].start_char if lead else None
    rule = _rule_choice(events, lead_start)
    best = decide(probs, rule.type if rule is not None else None, model.switch_odds)
    probability, component = probs[best], COMPONENT
    majority = event_majority(events) if probs[best] < MAJORITY_BELOW else None
    if majority is not None and majority[0] != best:
        # the model is unsure and the story's own events agree on another type: theirs
        best, probability, component = majority[0], majority[1], EVENT_MAJORITY_COMPONENT
    same = [e for e in events if e.type == best]
    lead_same = [e for e in same if e.sentence_start == lead_start]
    evidence = _rule_choice(lead_same or same, lead_start)
    return StoryType(type=best, probability=round(probability, 4), event=evidence, component=component)


def story_type_record(doc, events: Optional[list] = None, model: Optional[Model] = None) -> Optional[StoryTypeRecord]:
    """``story_type`` as the plain record the pipeline stores: the type, its probability, and
    the trigger span (character offsets, end exclusive) of its evidence event, if any."""
    story = story_type(doc, events, model)
    if story is None:
        return None
    event = story.event
    return StoryTypeRecord(type=story.type, probability=story.probability,
                           trigger_start=getattr(event, "trigger_start", None),
                           trigger_end=getattr(event, "trigger_end", None),
                           component=story.component, version=story.version)


@Language.factory(COMPONENT, requires=["doc._.ng_events"], assigns=["doc._.ng_story_type"])
def make_story_typer(nlp, name):
    model = load()  # read and checked once, when the pipeline is built

    def story_typer(doc):
        doc._.ng_story_type = story_type_record(doc, model=model)
        cameo.release_senses(doc)  # the last reader of the senses memo (see release_senses)
        return doc

    return story_typer
