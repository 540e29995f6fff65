"""Calibration of confidences: a reliability table and the expected calibration error (ECE).

Given (confidence, right) pairs (confidence in [0, 1], right a bool), the pairs are put in
``n_bins`` equal-width bins over [0, 1] (a confidence of exactly 1.0 falls in the last bin);
for each bin with pairs the table gives the count, the mean confidence and the share right.
ECE is the count-weighted mean gap between mean confidence and share right over the bins
(Naeini et al. 2015; Guo et al. 2017 "On Calibration of Modern Neural Networks"):

    ECE = sum_b (n_b / N) * |share_right_b - mean_confidence_b|

A perfectly calibrated scorer has ECE 0; events with confidence >= c are then right at a
rate of about c. Reused by the event scorer to check (and fit) its confidence map.
"""

from __future__ import annotations

from typing import Iterable


def calibration_table(pairs: Iterable[tuple[float, bool]], n_bins: int = 10) -> dict:
    """Bins and ECE for (confidence, right) pairs.

    Returns ``{"n": N, "ece": float or None (no pairs), "bins": [{"low", "high", "count",
    "mean_confidence", "share_right"}, ...]}`` with only the bins that hold pairs, lowest first.
    Raises ValueError for a confidence outside [0, 1] or ``n_bins`` < 1.
    """
    if n_bins < 1:
        raise ValueError(f"n_bins must be at least 1, got {n_bins}")
    sums: list[list[float]] = [[0, 0.0, 0] for _ in range(n_bins)]  # count, sum of confidence, right
    for confidence, right in pairs:
        confidence = float(confidence)
        if not 0.0 <= confidence <= 1.0:
            raise ValueError(f"confidence {confidence} is outside [0, 1]")
        index = min(int(confidence * n_bins), n_bins - 1)
        sums[index][0] += 1
        sums[index][1] += confidence
        sums[index][2] += 1 if right else 0
    total = sum(s[0] for s in sums)
    bins, ece = [], 0.0
    for index, (count, conf_sum, right_count) in enumerate(sums):
        if not count:
            continue
        mean_confidence, share_right = conf_sum / count, right_count / count
        ece += count / total * abs(share_right - mean_confidence)
        bins.append({"low": index / n_bins, "high": (index + 1) / n_bins, "count": int(count),
                     "mean_confidence": mean_confidence, "share_right": share_right})
    return {"n": int(total), "ece": ece if total else None, "bins": bins}


def expected_calibration_error(pairs: Iterable[tuple[float, bool]], n_bins: int = 10) -> float | None:
    """ECE of (confidence, right) pairs (None when there are none); see ``calibration_table``."""
    return calibration_table(pairs, n_bins)["ece"]
