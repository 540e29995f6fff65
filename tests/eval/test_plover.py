"""PLOVER evaluator: metric keys and ranges on a few gold records, predictions file, bad input."""

from __future__ import annotations

import json

import pytest

from newsgraph.errors import EvalInputError
from newsgraph.eval.plover import actors_match, choose_event, evaluate, evaluate_synthetic

KEYS = {"event_type_accuracy", "macro_f1", "source_f1", "target_f1", "n"}


@pytest.mark.bench
def test_evaluate_on_a_few_gold_records(bench_dir, tmp_path):
    gold = bench_dir / "plover" / "plover-gsr-dev.json"
    result = evaluate(gold, predictions_dir=tmp_path, limit=12)
    assert set(result) == KEYS
    assert result["n"] == 12
    for key in KEYS - {"n"}:
        assert 0.0 <= result[key] <= 1.0
    written = json.loads((tmp_path / gold.name).read_text(encoding="utf-8"))
    assert len(written) == 12
    gold_ids = [r["id"] for r in json.loads(gold.read_text(encoding="utf-8")) if r["event"] != "DOCUMENT"]
    assert [r["id"] for r in written] == gold_ids[:12]
    for record in written:
        assert {"event", "source", "target", "text", "explanation"} <= set(record)
        assert isinstance(record["source"], (list, str)) and isinstance(record["target"], (list, str))


def test_actor_matching_by_code_and_by_text():
    assert actors_match({"actorText": "Britain", "code": "GBR"}, {"actorText": "Great Britain", "code": "GBR"})
    assert actors_match({"actorText": "Israeli soldiers", "code": None},
                        {"actorText": "Israeli soldiers", "code": "ISR"})
    assert actors_match({"actorText": "the Security Council", "code": None},
                        {"actorText": "U.N. Security Council", "code": "IGO"})
    assert not actors_match({"actorText": "Jordan", "code": "JOR"}, {"actorText": "Iraq", "code": "IRQ"})


def test_choose_event_prefers_confidence_then_earlier_trigger():
    from newsgraph.nlp.types import Event

    low = Event(type="AID", sentence_start=0, sentence_end=10, trigger="a", trigger_start=0, trigger_end=1,
                confidence=0.4)
    high = Event(type="CONSULT", sentence_start=0, sentence_end=10, trigger="b", trigger_start=5,
                 trigger_end=6, confidence=0.7)
    tied = Event(type="SANCTION", sentence_start=0, sentence_end=10, trigger="c", trigger_start=8,
                 trigger_end=9, confidence=0.7)
    assert choose_event([low, high, tied]) is high
    assert choose_event([]) is None


def test_bad_input_raises_eval_input_error(tmp_path):
    bad = tmp_path / "plover.json"
    bad.write_text('{"not": "a list"}', encoding="utf-8")
    with pytest.raises(EvalInputError):
        evaluate(bad)
    missing = tmp_path / "missing.json"
    with pytest.raises(EvalInputError):
        evaluate(missing)


def test_synthetic_offset_picks_a_disjoint_slice(tmp_path):
    # row 0 is labelled with what it says, row 1 with a wrong type: the two slices must differ
    path = tmp_path / "stories.csv"
    path.write_text(
        "text,label\n"
        "\"Police arrested two opposition leaders in the capital on Monday.\",COERCE\n"
        "\"Rebels attacked an army base near the border on Sunday.\",PROTEST\n",
        encoding="utf-8")
    first = evaluate_synthetic(path, stride=2, offset=0)
    second = evaluate_synthetic(path, stride=2, offset=1)
    assert first == {"event_type_accuracy": 1.0, "n": 1}
    assert second == {"event_type_accuracy": 0.0, "n": 1}
