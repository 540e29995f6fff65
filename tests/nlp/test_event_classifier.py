"""The learned PLOVER event-type classifier (newsgraph/nlp/event_classifier.py): bundled model
checked at load, typed errors for a missing or corrupt file, clear sentences typed right, and
its hook in the events component."""

from __future__ import annotations

import hashlib
import json
import shutil

import numpy as np
import pytest

from newsgraph.errors import ModelError
from newsgraph.nlp import event_classifier
from newsgraph.nlp.event_classifier import EventClassifierError, Model, load_model
from newsgraph.nlp.types import PLOVER_TYPES, Event

# Hand-written sentences, each worded as its PLOVER type plainly is (codebook definitions).
CLEAR_SENTENCES = [
    ("Thousands of teachers marched through the capital to protest against pension cuts.", "PROTEST"),
    ("Rebels attacked an army base in the north, killing twelve soldiers.", "ASSAULT"),
    ("The European Union imposed sanctions on the country's central bank.", "SANCTION"),
    ("Police arrested dozens of opposition activists and detained two journalists.", "COERCE"),
    ("The foreign minister condemned the neighbouring government's decision as reckless.", "DISAPPROVE"),
    ("The army withdrew its troops from the border region.", "RETREAT"),
    ("The president met his French counterpart in Paris for talks on trade.", "CONSULT"),
    ("The government sent food and medical supplies to the flood victims.", "AID"),
]


def test_bundled_model_loads_with_its_metadata():
    model = load_model()
    meta = model.meta
    assert meta["format"] == event_classifier.FORMAT
    assert set(model.labels) <= set(PLOVER_TYPES) and len(model.labels) == 16
    assert meta["weights_sha256"] == hashlib.sha256(event_classifier.WEIGHTS_FILE.read_bytes()).hexdigest()
    assert len(meta["training_data"]["sha256"]) == 64
    assert "i % 9 not in [0, 8]" in meta["training_data"]["trained_on"]
    held_out = meta["metrics"]["held_out_lead_accuracy"]
    assert set(held_out) == {"offset_0", "offset_8"} and all(0 < v < 1 for v in held_out.values())
    assert model.weights.shape == (len(model.index), len(model.labels))
    assert event_classifier.WEIGHTS_FILE.stat().st_size < 5_000_000  # a small bundled file
    # re-typing is off (it failed the unseen PLOVER dev check); the tuned odds are recorded
    assert model.switch_odds == float("inf") and meta["metrics"]["switch_odds_tuned"] > 1


def test_training_data_sha_matches_the_shared_csv(shared_dir):
    csv_path = shared_dir / "bench" / "train" / "ngec-synthetic-events.csv"
    assert load_model().meta["training_data"]["sha256"] == hashlib.sha256(csv_path.read_bytes()).hexdigest()


def _copy_model(tmp_path):
    weights = tmp_path / "event_classifier.npz"
    meta = tmp_path / "event_classifier.json"
    shutil.copy(event_classifier.WEIGHTS_FILE, weights)
    shutil.copy(event_classifier.META_FILE, meta)
    return weights, meta


def test_missing_model_file_is_a_typed_error(tmp_path):
    weights, meta = _copy_model(tmp_path)
    weights.unlink()
    with pytest.raises(EventClassifierError) as info:
        load_model.__wrapped__(weights, meta)
    assert info.value.code == "event_classifier_missing"
    assert isinstance(info.value, ModelError)
    assert "event_classifier.npz" in info.value.one_line()


def test_corrupt_weights_and_metadata_are_typed_errors(tmp_path):
    weights, meta = _copy_model(tmp_path)
    data = bytearray(weights.read_bytes())
    data[len(data) // 2] ^= 0xFF
    weights.write_bytes(bytes(data))
    with pytest.raises(EventClassifierError) as info:
        load_model.__wrapped__(weights, meta)
    assert info.value.code == "event_classifier_corrupt"

    weights, meta = _copy_model(tmp_path)
    meta.write_text("{not json", encoding="utf-8")
    with pytest.raises(EventClassifierError) as info:
        load_model.__wrapped__(weights, meta)
    assert info.value.code == "event_classifier_corrupt"

    # weights that match their sha but not the labels' shape
    weights, meta = _copy_model(tmp_path)
    np.savez_compressed(weights, features=np.array(["w:a"]), weights=np.zeros((1, 3), np.float32),
                        bias=np.zeros(3, np.float32))
    info_meta = json.loads(meta.read_text(encoding="utf-8"))
    info_meta["weights_sha256"] = hashlib.sha256(weights.read_bytes()).hexdigest()
    meta.write_text(json.dumps(info_meta), encoding="utf-8")
    with pytest.raises(EventClassifierError) as info:
        load_model.__wrapped__(weights, meta)
    assert info.value.code == "event_classifier_corrupt"


def test_clear_sentences_are_typed_right(base_nlp):
    predicted = []
    for text, expected in CLEAR_SENTENCES:
        probs = event_classifier.type_probabilities(base_nlp(text))
        assert abs(sum(probs.values()) - 1.0) < 1e-4
        predicted.append(max(probs, key=probs.get))
    right = [p == e for p, (_t, e) in zip(predicted, CLEAR_SENTENCES)]
    # a synthetic-news model is no oracle: most clear sentences, not all, must come out right
    assert sum(right) >= 6, list(zip(predicted, [e for _t, e in CLEAR_SENTENCES]))


def test_features_name_entities_by_kind_and_verbs_with_arguments(base_nlp):
    feats = event_classifier.features(base_nlp("Peru recalled its ambassador from Mexico."))
    assert "w:@GPE" in feats and "w:peru" not in feats
    assert "v:recall" in feats and "va:recall>ambassador" in feats


def _features_from_tokens(tokens) -> list[str]:
    """``features`` written on the Tokens' own attributes (its definition before the cached arrays)."""
    units, previous = [], None
    for token in tokens:
        unit = event_classifier._unit(token)
        if unit is None:
            previous = None
            continue
        if unit.startswith("@") and token.ent_iob_ == "I" and previous == unit:
            continue
        previous = unit if unit.startswith("@") else None
        units.append(unit)
    feats = {"w:" + u for u in units} | {f"b:{a}_{b}" for a, b in zip(units, units[1:])}
    for token in tokens:
        if token.pos_ != "VERB":
            continue
        lemma = token.lemma_.lower()
        feats.add("v:" + lemma)
        for child in token.children:
            if child.dep_ == "neg":
                feats.add("neg:" + lemma)
            target = child
            if child.dep_ in ("prep", "agent"):
                target = next((c for c in child.children if c.dep_ == "pobj"), None)
                if target is None:
                    continue
            elif child.dep_ not in event_classifier.ARGUMENT_DEPS and child.dep_ != "prt":
                continue
            unit = event_classifier._unit(target)
            if unit is not None:
                feats.add(f"va:{lemma}>{unit}")
    return sorted(feats)


def test_features_read_from_cached_arrays_match_the_tokens_own_values(base_nlp):
    doc = base_nlp("The United Nations did not send 40 trucks of aid to South Sudan on Monday. "
                   "Officials in New York said the convoy was stopped by armed men near the border, "
                   "and 3,000 families were left without food.")
    units, _inside = event_classifier._doc_units(doc)
    assert units == [event_classifier._unit(t) for t in doc]
    for sent in doc.sents:
        expected = _features_from_tokens(list(sent))
        assert event_classifier.features(sent) == expected
        assert event_classifier.features(list(sent)) == expected
        assert event_classifier.features(t for t in sent) == expected  # any iterable of Tokens
    assert event_classifier.features(doc) == _features_from_tokens(list(doc))
    assert event_classifier.features(()) == []
    assert "neg:send" in event_classifier.features(doc) and "va:send>truck" in event_classifier.features(doc)
    assert "w:@GPE" in event_classifier.features(doc) and "w:@NUM" in event_classifier.features(doc)


def test_trigger_senses_come_from_the_verbs_own_cameo_patterns():
    assert event_classifier.trigger_senses("recall") == frozenset({"SANCTION"})
    assert {"CONSULT", "SUPPORT"} <= event_classifier.trigger_senses("welcome")
    assert "CONSULT" not in event_classifier.trigger_senses("attack")


def _toy_model(weight_for: dict[str, dict[str, float]], odds: float = 2.0) -> Model:
    labels = tuple(sorted({t for w in weight_for.values() for t in w} | {"CONSULT", "SUPPORT"}))
    names = sorted(weight_for)
    weights = np.array([[weight_for[n].get(t, 0.0) for t in labels] for n in names], np.float32)
    return Model(labels=labels, index={n: i for i, n in enumerate(names)}, weights=weights,
                 bias=np.zeros(len(labels), np.float32), switch_odds=odds, meta={})


def test_choose_types_switches_only_to_a_sense_the_trigger_allows(base_nlp):
    doc = base_nlp("The ministers welcomed the court's decision.")
    trigger = next(t for t in doc if t.lemma_ == "welcome")

    def event(kind):
        return Event(type=kind, sentence_start=0, sentence_end=len(doc.text), trigger=trigger.text,
                     trigger_start=trigger.idx, trigger_end=trigger.idx + len(trigger.text), mode="visit")

    favours_support = _toy_model({"w:decision": {"SUPPORT": 3.0}})
    [switched] = event_classifier.choose_types(doc, [event("CONSULT")], favours_support)
    assert switched.type == "SUPPORT" and switched.mode is None
    assert "event-type classifier" in switched.explanation and switched.type_probability > 0.5

    # ASSAULT is no sense of "welcome": the rule's type stays, whatever the model prefers
    favours_assault = _toy_model({"w:decision": {"ASSAULT": 5.0}})
    [kept] = event_classifier.choose_types(doc, [event("CONSULT")], favours_assault)
    assert kept.type == "CONSULT" and kept.mode == "visit" and kept.type_probability < 0.1


def test_pipeline_events_carry_a_type_probability(nlp):
    doc = nlp("Rebels attacked an army base in northern Mali on Monday, killing twelve soldiers.")
    events = doc._.ng_events
    assert events, "an attack by rebels is an event"
    assert all(e.type_probability is not None and 0.0 <= e.type_probability <= 1.0 for e in events)
    assert any(e.type == "ASSAULT" for e in events)
