"""A learned PLOVER event-type classifier for a sentence: a sparse linear model (multinomial
logistic regression) over the sentence's words, word pairs and predicate lemmas.

The rules (``events/``) find triggers and actors and propose a type; this model says how
likely each PLOVER type is for the sentence, and

* ``type_probabilities(sent) -> dict[str, float]`` gives that distribution (one float in 0..1
  per type of ``LABELS``, summing to 1);
* ``choose_types(doc, events)`` re-ranks the senses a trigger allows: an event keeps the rule's
  type unless the model prefers another type that the trigger's own senses allow (its CAMEO verb
  patterns in ``lexicons/cameo_verbs.json``) by at least the odds ``MODEL.switch_odds`` (chosen by
  cross-validation on the training stories); it sets ``Event.type_probability`` (the model's
  probability of the event's final type in its sentence: a feature for event confidence) and
  notes a changed type in the explanation. **In the bundled model re-typing is off**
  (``switch_odds`` null): with the cross-validated odds the pipeline's PLOVER dev type accuracy
  fell from 0.832 to 0.721 -- the model scores 0.536 on unseen NGEC stories but 0.324 alone on
  PLOVER dev's real sentences -- so it only scores the rules' types (``eval.plover.choose_event``
  weighs that score when it chooses a story's lead event). A whole story's type is
  ``story_type.story_type``, a separate model that stacks words and rule events.

Weights: ``lexicons/event_classifier.npz`` (arrays only, read with ``allow_pickle=False``) and
its metadata ``lexicons/event_classifier.json`` (labels, hyper-parameters, the sha256 of the
weights file and of the training data, the training metrics). Both are written by
``scripts/train_event_classifier.py`` from the NGEC-2025 synthetic stories (Halterman 2023,
arXiv 2303.16028; MIT, see ``lexicons/event_classifier.LICENSE``); no story text is bundled,
only feature names (lemmas and lemma pairs) and their weights.

Inference is a sum of weight rows and a softmax: about 20 dictionary look-ups and a 16-float
vector per sentence that has an event. A missing, corrupt or mismatched model file raises
``EventClassifierError`` (a ``ModelError``) with code ``event_classifier_missing`` or
``event_classifier_corrupt``.
"""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

import numpy as np
from spacy.attrs import ENT_IOB, ENT_TYPE, IS_PUNCT, IS_SPACE, LIKE_NUM
from spacy.symbols import IDS
from spacy.tokens import Doc, Span

from newsgraph.errors import ModelError
from newsgraph.nlp.doc_cache import token_children, token_deps, token_lemma_lowers, token_pos

COMPONENT = "newsgraph_event_classifier"
VERSION = "0.1.0"

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"
WEIGHTS_FILE = LEXICON_DIR / "event_classifier.npz"
META_FILE = LEXICON_DIR / "event_classifier.json"
FORMAT = "newsgraph-event-classifier/1"

# named entities stand for their kind, so that the model learns "GPE accused GPE", not names
ENTITY_CLASSES = {"GPE": "GPE", "NORP": "NORP", "ORG": "ORG", "PERSON": "PERSON", "LOC": "GPE",
                  "FAC": "FAC", "DATE": "DATE", "TIME": "DATE", "CARDINAL": "NUM", "MONEY": "NUM",
                  "PERCENT": "NUM", "QUANTITY": "NUM", "ORDINAL": "NUM"}
VERB_POS = {"VERB"}
_VERB_POS_IDS = frozenset(IDS[p] for p in VERB_POS)  # their ids (``Token.pos``, ``doc_cache.token_pos``)
ARGUMENT_DEPS = {"dobj", "obj", "pobj", "nsubjpass", "attr", "xcomp", "ccomp"}
# False: ``choose_types`` leaves events untouched (the training script measures the rules alone)
ENABLED = True


class EventClassifierError(ModelError):
    code = "event_classifier_error"


@dataclass(frozen=True)
class Model:
    labels: tuple[str, ...]
    index: dict            # feature name -> row of ``weights``
    weights: np.ndarray    # (n_features, n_labels) float32
    bias: np.ndarray       # (n_labels,) float32
    switch_odds: float     # p(alternative) / p(rule type) needed to change a rule's type (inf: never)
    meta: dict


def _unit(token) -> Optional[str]:
    """The normalised form of one token for word features, or None (punctuation, space)."""
    if token.is_punct or token.is_space:
        return None
    if token.ent_type_ in ENTITY_CLASSES:
        return "@" + ENTITY_CLASSES[token.ent_type_]
    if token.like_num:
        return "@NUM"
    lemma = token.lemma_.lower()
    return lemma if any(ch.isalpha() for ch in lemma) else None


# Doc.user_data key of each token's ``_unit`` and whether it is inside an entity (``ent_iob_ ==
# "I"``), in token order (``_Units``): read from arrays once per Doc, so that ``features`` makes no
# Token per word (it is asked for every sentence with an event and the story's first sentences).
# The values read only the lexeme flags, the lemmas and the model's entities, which spaCy's pipes
# set before any newsgraph component and no newsgraph component changes (doc_cache), so they stay
# right for the Doc's life. Strings, numbers and booleans only: no reference back to the Doc.
_UNITS_KEY = "ng_event_classifier_units"
_UNREAD = object()  # a unit not worked out yet


class _Units:
    """``_unit`` of each token of a Doc and ``ent_iob_ == "I"`` of each token, by token index:
    the same values as ``_unit(token)`` and ``token.ent_iob_ == "I"``, read from one array of the
    lexeme flags (``is_punct``, ``is_space``, ``like_num``), the entity type and IOB ids and the
    cached lemmas (``doc_cache.token_lemma_lowers``). A unit is worked out where first asked
    (``unit``): ``features`` reads the sentences with an event and the story's lead, a few of an
    article's tokens, and the answer for one token depends on no other."""

    __slots__ = ("_rows", "_lemmas", "_strings", "_units")

    def __init__(self, doc):
        self._rows = doc.to_array([IS_PUNCT, IS_SPACE, ENT_TYPE, LIKE_NUM, ENT_IOB]).tolist()
        self._lemmas = token_lemma_lowers(doc)
        self._strings = doc.vocab.strings
        self._units: list = [_UNREAD] * len(self._rows)

    def unit(self, i: int) -> Optional[str]:
        unit = self._units[i]
        if unit is _UNREAD:
            punct, space, ent_type, like_num, _iob = self._rows[i]
            if punct or space:
                unit = None
            else:
                kind = ENTITY_CLASSES.get(self._strings[ent_type])  # ``Token.ent_type_``: the id's string
                if kind is not None:
                    unit = "@" + kind
                elif like_num:
                    unit = "@NUM"
                else:
                    lemma = self._lemmas[i]
                    unit = lemma if any(ch.isalpha() for ch in lemma) else None
            self._units[i] = unit
        return unit

    def inside(self, i: int) -> bool:
        return self._rows[i][4] == 1  # (``Token.ent_iob_``: 1 "I", 2 "O", 3 "B", 0 unset)


def _units(doc) -> _Units:
    """The ``_Units`` of ``doc``, made once per Doc."""
    found = doc.user_data.get(_UNITS_KEY)
    if found is None:
        found = doc.user_data[_UNITS_KEY] = _Units(doc)
    return found


def _doc_units(doc) -> tuple[list[Optional[str]], list[bool]]:
    """(``_unit`` of each token, ``ent_iob_ == "I"`` of each token) of ``doc``, in token order
    (``_Units``, every token read)."""
    units = _units(doc)
    return [units.unit(i) for i in range(len(doc))], [units.inside(i) for i in range(len(doc))]


def features(tokens: Iterable) -> list[str]:
    """Feature names of a sentence (a spaCy Span or list of Tokens): ``w:`` word units (lemma,
    or ``@GPE`` for an entity token, consecutive tokens of one entity once), ``b:`` pairs of
    adjacent units, ``v:`` verb lemmas, ``va:`` a verb with the lemma of its object / clause
    complement / prepositional object (``va:recall>ambassador``), ``neg:`` a negated verb.
    The tokens' values are read from the Doc's cached arrays (``_units``, ``doc_cache``) at
    their indexes: the same values as the Tokens' own attributes, with no Token made per child."""
    if isinstance(tokens, Doc):
        doc, indexes = tokens, range(len(tokens))
    elif isinstance(tokens, Span):
        doc, indexes = tokens.doc, range(tokens.start, tokens.end)
    else:
        tokens = list(tokens)
        if not tokens:
            return []
        doc, indexes = tokens[0].doc, [t.i for t in tokens]
    word_units = _units(doc)
    units: list[str] = []
    previous_entity = None
    for i in indexes:
        unit = word_units.unit(i)
        if unit is None:
            previous_entity = None
            continue
        if unit.startswith("@") and word_units.inside(i) and previous_entity == unit:
            continue  # one entity, one unit
        previous_entity = unit if unit.startswith("@") else None
        units.append(unit)
    feats = {"w:" + u for u in units}
    feats.update(f"b:{a}_{b}" for a, b in zip(units, units[1:]))
    pos, lemmas = token_pos(doc), token_lemma_lowers(doc)
    children, deps = token_children(doc), token_deps(doc)
    for i in indexes:
        if pos[i] not in _VERB_POS_IDS:
            continue
        lemma = lemmas[i]
        feats.add("v:" + lemma)
        for child in children[i]:
            dep = deps[child]
            if dep == "neg":
                feats.add("neg:" + lemma)
            target = child
            if dep in ("prep", "agent"):
                pobj = next((c for c in children[child] if deps[c] == "pobj"), None)
                if pobj is None:
                    continue
                target = pobj
            elif dep not in ARGUMENT_DEPS and dep != "prt":
                continue
            unit = word_units.unit(target)
            if unit is not None:
                feats.add(f"va:{lemma}>{unit}")
    return sorted(feats)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_weights(path: Path, expected_sha256, what: str, retrain: str,
                 arrays: tuple[str, ...] = ("features", "weights")) -> dict[str, np.ndarray]:
    """The named arrays of a bundled weights file (``.npz``, no pickles), after checking that it
    exists and that its sha256 is the one its metadata gives; ``what`` names the model in the
    errors ("event classifier"), ``retrain`` the script that writes the file. Raises
    EventClassifierError: ``event_classifier_missing`` when the file is absent,
    ``event_classifier_corrupt`` when its hash differs or it cannot be read."""
    path = Path(path)
    if not path.exists():
        raise EventClassifierError(f"{what} file {path.name} is missing; run {retrain} or reinstall newsgraph",
                                   source=str(path), code="event_classifier_missing")
    actual = _sha256(path)
    if actual != expected_sha256:
        raise EventClassifierError(f"{what} weights have sha256 {actual[:12]}..., the metadata "
                                   f"expects {str(expected_sha256)[:12]}...", source=str(path),
                                   code="event_classifier_corrupt")
    try:
        with np.load(path, allow_pickle=False) as data:
            return {name: data[name] for name in arrays}
    except (OSError, ValueError, KeyError) as exc:
        raise EventClassifierError(f"cannot read {what} weights: {exc}", source=str(path),
                                   code="event_classifier_corrupt") from exc


# two entries: the event classifier's files and the story-type model's (story_type.load), which
# evaluate_synthetic reads by turns for every story; one entry reloaded and re-hashed both each time
@functools.lru_cache(maxsize=2)
def load_model(weights_file: Path = WEIGHTS_FILE, meta_file: Path = META_FILE) -> Model:
    """The bundled model, checked against its metadata (format, sha256 of the weights, shapes).

    Raises EventClassifierError: code ``event_classifier_missing`` when a file is absent,
    ``event_classifier_corrupt`` when it cannot be read or does not match its metadata."""
    for path in (weights_file, meta_file):
        if not Path(path).exists():
            raise EventClassifierError(f"event classifier file {Path(path).name} is missing; "
                                       "run scripts/train_event_classifier.py or reinstall newsgraph",
                                       source=str(path), code="event_classifier_missing")
    try:
        meta = json.loads(Path(meta_file).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EventClassifierError(f"cannot read event classifier metadata: {exc}", source=str(meta_file),
                                   code="event_classifier_corrupt") from exc
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise EventClassifierError(f"event classifier metadata is not {FORMAT}", source=str(meta_file),
                                   code="event_classifier_corrupt")
    data = read_weights(weights_file, meta.get("weights_sha256"), "event classifier",
                        "scripts/train_event_classifier.py", ("features", "weights", "bias"))
    names = [str(n) for n in data["features"]]
    weights = data["weights"].astype(np.float32)
    bias = data["bias"].astype(np.float32)
    labels = tuple(meta.get("labels") or ())
    if not labels or weights.shape != (len(names), len(labels)) or bias.shape != (len(labels),):
        raise EventClassifierError(f"event classifier weights have shape {weights.shape}, expected "
                                   f"({len(names)}, {len(labels)})", source=str(weights_file),
                                   code="event_classifier_corrupt")
    return Model(labels=labels, index={n: i for i, n in enumerate(names)}, weights=weights, bias=bias,
                 switch_odds=float(meta.get("switch_odds") or float("inf")), meta=meta)


def _probabilities(model: Model, feats: Iterable[str]) -> np.ndarray:
    rows = [r for r in map(model.index.get, feats) if r is not None]  # (one look-up per feature)
    z = model.bias + (model.weights[rows].sum(axis=0) if rows else 0.0)
    z = np.exp(z - z.max())
    return z / z.sum()


def type_probabilities(tokens: Iterable, model: Optional[Model] = None) -> dict[str, float]:
    """PLOVER type -> probability for a sentence (Span or Tokens), over ``model.labels``."""
    model = model or load_model()
    probs = _probabilities(model, features(tokens))
    return {label: float(p) for label, p in zip(model.labels, probs)}


@functools.lru_cache(maxsize=4096)
def trigger_senses(lemma: str) -> frozenset:
    """The PLOVER types a verb lemma can have: its own CAMEO code and the codes of the patterns
    written for this very verb in the PETRARCH2 dictionary ("recall" -> SANCTION only; "meet" ->
    AGREE, CONSULT, COOPERATE), mapped by the CAMEO->PLOVER table. Patterns a verb only shares
    through its synonym block are left out: the block mixes verbs of every sense ("attack" would
    allow CONSULT)."""
    from newsgraph.nlp import cameo

    lex = cameo.load()
    codes = set()
    if lex.defaults.get(lemma):
        codes.add(lex.defaults[lemma])
    for pattern in lex.patterns.get(lemma, ()):
        if pattern["code"] and pattern["source"].get("verb") == lemma:
            codes.add(pattern["code"])
    return frozenset(lex.codes[c][0] for c in codes if lex.codes.get(c))


def choose_types(doc, events: list, model: Optional[Model] = None) -> list:
    """Re-rank each event's type among the senses its trigger allows (see module docstring) and
    set ``type_probability``. ``events``: Event records of ``doc``; returns the same list."""
    if not ENABLED:
        return events
    model = model or load_model()
    by_sentence: dict[int, dict[str, float]] = {}
    for event in events:
        probs = by_sentence.get(event.sentence_start)
        if probs is None:
            span = doc.char_span(event.sentence_start, event.sentence_end, alignment_mode="expand")
            probs = type_probabilities(span if span is not None else (), model)
            by_sentence[event.sentence_start] = probs
        rule_p = probs.get(event.type, 0.0)
        trigger = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
        head = trigger.root if trigger is not None and len(trigger) else None
        allowed = trigger_senses(head.lemma_.lower()) if head is not None and head.pos_ in VERB_POS else frozenset()
        best = max((t for t in allowed if t != event.type and t in probs), key=probs.get, default=None)
        if best is not None and rule_p > 0 and probs[best] >= model.switch_odds * rule_p:
            event.explanation += (f"; type {event.type} -> {best} by the event-type classifier "
                                  f"({COMPONENT} {VERSION}: p {rule_p:.2f} -> {probs[best]:.2f}, a sense "
                                  f"'{head.lemma_.lower()}' allows)")
            event.type, event.mode = best, None
        event.type_probability = round(probs.get(event.type, 0.0), 4)
    return events
