"""The calibration fit's estimators (scripts/fit_event_calibration.py): the Bayesian prior at the
rule score's own calibration, and the two small-n calibration-error estimators reported beside
the 10-bin ECE."""

from __future__ import annotations

import pytest

from tests.scripts import load_script


@pytest.fixture(scope="module")
def fit():
    return load_script("fit_event_calibration")


def _rows(fit):
    """Three articles of events whose rule score alone says little: right events score 0.6 or
    0.7 and have both actors; wrong ones score 0.6 and lack a target."""
    rows = []
    for article in "abc":
        base = dict.fromkeys(fit.FEATURES, 0.0) | {"bias": 1.0}
        rows += [(article, base | {"rule_score": 0.7, "both_actors": 1.0, "named_actors": 1.0}, 1.0),
                 (article, base | {"rule_score": 0.6, "both_actors": 1.0, "named_actors": 1.0}, 1.0),
                 (article, base | {"rule_score": 0.6, "named_actors": 0.5}, 0.0),
                 (article, base | {"rule_score": 0.7, "named_actors": 0.5}, 0.0)]
    return rows


def test_a_strong_prior_keeps_the_map_at_the_rule_scores_platt_map(fit):
    rows = _rows(fit)
    platt = fit.fit(rows, fit.L2_GRID[0], fit.FEATURE_SETS["rule"])
    shrunk = fit.fit(rows, 1e6, fit.FEATURE_SETS["actors"], platt)
    assert shrunk["rule_score"] == pytest.approx(platt["rule_score"], abs=1e-2)
    assert shrunk["both_actors"] == pytest.approx(0.0, abs=1e-2)
    # with a weak prior the data speak: having both actors is what separates right from wrong
    free = fit.fit_candidate(rows, ("actors", fit.RULE_PRIOR), 0.03)
    assert free["both_actors"] > 1.0
    # the prior at zero shrinks the rule score's weight to 0 instead
    assert fit.fit(rows, 1e6, fit.FEATURE_SETS["actors"])["rule_score"] == pytest.approx(0.0, abs=1e-2)


def test_every_candidate_is_declared_and_named(fit):
    assert fit.CANDIDATES[:2] == (("full", None), ("actors", None))  # the list before s17, kept first
    assert all(name in fit.FEATURE_SETS for name, _prior in fit.CANDIDATES)
    assert fit.candidate_name(("actors", fit.RULE_PRIOR)) == "actors|rule-prior"


def test_equal_mass_bins_hold_equal_counts(fit):
    # ten events: five at 0.2 of which one right, five at 0.8 of which four right -> calibrated
    pairs = [(0.2, 1.0)] + [(0.2, 0.0)] * 4 + [(0.8, 1.0)] * 4 + [(0.8, 0.0)]
    assert fit.ece_equal_mass(pairs, bins=2) == pytest.approx(0.0)
    # every event at 0.9 and half of them right: off by 0.4 whatever the binning
    assert fit.ece_equal_mass([(0.9, 1.0), (0.9, 0.0)] * 5) == pytest.approx(0.4)
    assert fit.ece_table([(0.9, 1.0), (0.9, 0.0)] * 5)[0] == pytest.approx(0.4)


def test_the_kernel_estimate_has_no_bin_edges(fit):
    # the same events either side of the 0.5 edge of the 10-bin table: the kernel ECE barely moves
    below = [(0.49, 1.0), (0.49, 0.0)] * 5
    above = [(0.51, 1.0), (0.51, 0.0)] * 5
    assert fit.ece_kernel(below) == pytest.approx(fit.ece_kernel(above), abs=0.02)
    assert fit.ece_kernel([(0.9, 1.0), (0.9, 0.0)] * 5) == pytest.approx(0.4)


def test_the_article_bootstrap_is_deterministic_and_zero_without_spread(fit):
    pairs = [(0.8, 1.0), (0.8, 0.0), (0.2, 0.0), (0.6, 1.0)]
    articles = ["a", "a", "b", "c"]
    assert fit.article_bootstrap_sd(pairs, articles, draws=50) == fit.article_bootstrap_sd(pairs, articles, draws=50)
    assert fit.article_bootstrap_sd(pairs, articles, draws=50)["brier"] > 0.0
    # every article alike: every resample gives the same figures
    same = fit.article_bootstrap_sd([(0.5, 1.0), (0.5, 0.0)] * 3, ["a", "a", "b", "b", "c", "c"], draws=50)
    assert same == {"ece": 0.0, "ece_equal_mass_5": 0.0, "brier": 0.0}
