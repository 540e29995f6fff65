"""TimeML evaluator: reading .tml offsets, metrics on real TimeBank files, written predictions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import defusedxml.ElementTree as SafeET
import pytest

from newsgraph.errors import EvalInputError
from newsgraph.eval.timeml import evaluate, read_tml

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "timex" / "lanterns.tml"
KEYS = {"timex_f1", "timex_f1_strict", "value_accuracy", "value_accuracy_all_gold", "n"}


def test_read_tml_gives_text_offsets_and_dct():
    text, ref, gold, docid = read_tml(FIXTURE)
    assert ref == dt.date(2007, 3, 5)
    assert docid == "GUM_news_lanterns"
    assert [(text[s:e], v) for s, e, _t, v in gold] == [
        ("Saturday night", "2007-03-03TNI"), ("March 11 this year", "2007-03-11")]
    assert "<" not in text and text.startswith("I visited the festival")


def test_evaluate_fixture_writes_valid_timeml(tmp_path):
    result = evaluate(FIXTURE, predictions_dir=tmp_path)
    assert set(result) == KEYS
    assert result["n"] == 2
    # both gold timexes found with their exact values ("the opening night" is an extra)
    assert result["value_accuracy_all_gold"] == 1.0
    assert result["timex_f1"] >= 0.6
    root = SafeET.parse(str(tmp_path / "lanterns.tml")).getroot()
    assert root.find("DCT/TIMEX3").get("value") == "2007-03-05"
    written = [(t.text, t.get("value")) for t in root.iter("TIMEX3")][1:]
    assert ("Saturday night", "2007-03-03TNI") in written
    assert ("March 11 this year", "2007-03-11") in written


def test_bad_input_names_the_file(tmp_path):
    bad = tmp_path / "broken.tml"
    bad.write_text("<TimeML><TEXT>unclosed", encoding="utf-8")
    with pytest.raises(EvalInputError) as err:
        evaluate(bad)
    assert "broken.tml" in err.value.one_line()
    with pytest.raises(EvalInputError):
        evaluate(tmp_path / "missing")


@pytest.mark.bench
def test_evaluate_on_five_timebank_files(bench_dir, tmp_path):
    result = evaluate(bench_dir / "timebank", predictions_dir=tmp_path, limit=5)
    assert set(result) == KEYS
    assert result["n"] > 0
    for key in KEYS - {"n"}:
        assert 0.0 <= result[key] <= 1.0
    assert result["timex_f1"] >= 0.6
    assert result["value_accuracy_all_gold"] <= result["value_accuracy"]
    written = sorted(tmp_path.glob("*.tml"))
    assert len(written) == 5
    for path in written:
        text, ref, predicted, _ = read_tml(path)  # parses as TimeML with a DCT
        assert ref is not None and text
        assert all(text[s:e].strip() for s, e, _t, _v in predicted)


def test_timebank_adapter_turns_event_anchored_dates_into_lengths():
    from newsgraph.eval.timeml import _timebank_conventions
    from newsgraph.nlp.types import Timex

    later = Timex(start=0, end=16, text="Three days later", type="DATE", value="2021-03-06", precision="day")
    year = Timex(start=0, end=14, text="a year earlier", type="DATE", value="1988", precision="year")
    converted = _timebank_conventions([later, year])
    assert (converted[0].type, converted[0].value) == ("DURATION", "P3D")
    assert converted[1] == year
