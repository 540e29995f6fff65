"""The benchmark reports its numbers (it is a benchmark, not a timed test)."""

from __future__ import annotations

import pytest

from newsgraph.errors import EvalInputError
from newsgraph.eval.bench import run_benchmark


def test_benchmark_reports_throughput_against_spacy(tmp_path):
    for i, text in enumerate(["The minister met his counterpart in Lima on Monday, officials said.",
                              "Iran signed a defense agreement with Bolivia in July, IRNA reported."]):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    result = run_benchmark(tmp_path, limit=2)
    assert set(result) >= {"words_per_s", "articles_per_s", "spacy_words_per_s", "ratio_to_spacy", "startup_s", "peak_rss_mb"}
    assert result["articles"] == 2 and result["words_per_s"] > 0 and result["ratio_to_spacy"] > 0


def test_benchmark_passes_give_a_median_ratio_and_its_spread(tmp_path):
    # three articles in batches of two; three passes, raw spaCy and newsgraph in turn
    for i, text in enumerate(["The minister met his counterpart in Lima on Monday, officials said.",
                              "Iran signed a defense agreement with Bolivia in July, IRNA reported.",
                              "Protesters marched in Quito on Friday against the new fuel prices."]):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    result = run_benchmark(tmp_path, limit=3, batch_size=2, repeat=3)
    assert result["repeat"] == 3 and result["articles"] == 3
    assert result["ratio_min"] <= result["ratio_to_spacy"] <= result["ratio_max"]
    assert result["warmup_s"] > 0 and result["wall_ratio_to_spacy"] > 0
    assert result["cpu_s"]["newsgraph"] > 0 and result["cpu_s"]["spacy"] > 0


def test_benchmark_refuses_no_pass(tmp_path):
    (tmp_path / "a.txt").write_text("The minister met his counterpart.", encoding="utf-8")
    with pytest.raises(ValueError):
        run_benchmark(tmp_path, repeat=0)


def test_benchmark_on_an_empty_folder_is_a_clear_error(tmp_path):
    with pytest.raises(EvalInputError):
        run_benchmark(tmp_path)
