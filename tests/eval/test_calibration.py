"""Calibration table and expected calibration error on hand-made (confidence, right) pairs."""

from __future__ import annotations

import pytest

from newsgraph.eval.calibration import calibration_table, expected_calibration_error


def test_perfectly_calibrated_pairs_have_zero_error():
    # 4 events at 0.75 of which 3 are right, 4 at 0.25 of which 1 is right
    pairs = [(0.75, True), (0.75, True), (0.75, True), (0.75, False), (0.25, True), (0.25, False),
             (0.25, False), (0.25, False)]
    table = calibration_table(pairs)
    assert table["ece"] == pytest.approx(0.0)
    assert [(b["low"], b["count"], b["share_right"]) for b in table["bins"]] == [(0.2, 4, 0.25), (0.7, 4, 0.75)]


def test_ece_by_hand():
    # bin 0.9-1.0: 2 events, mean 0.95, 1 right -> gap 0.45; bin 0.1-0.2: 2 events, mean 0.15,
    # both right -> gap 0.85. ECE = 2/4 * 0.45 + 2/4 * 0.85 = 0.65
    pairs = [(0.9, True), (1.0, False), (0.1, True), (0.2 - 1e-9, True)]
    table = calibration_table(pairs)
    assert table["n"] == 4
    assert table["ece"] == pytest.approx(0.65)
    top = table["bins"][-1]
    assert (top["low"], top["high"], top["count"]) == (0.9, 1.0, 2)  # a confidence of 1.0 falls in the last bin
    assert top["mean_confidence"] == pytest.approx(0.95) and top["share_right"] == 0.5
    assert expected_calibration_error(pairs) == pytest.approx(0.65)


def test_fewer_bins_pool_the_pairs():
    pairs = [(0.9, True), (0.6, False)]
    # one bin: mean 0.75, share right 0.5
    assert calibration_table(pairs, n_bins=1)["ece"] == pytest.approx(0.25)


def test_no_pairs_and_bad_input():
    assert calibration_table([]) == {"n": 0, "ece": None, "bins": []}
    with pytest.raises(ValueError):
        calibration_table([(1.2, True)])
    with pytest.raises(ValueError):
        calibration_table([(0.5, True)], n_bins=0)
