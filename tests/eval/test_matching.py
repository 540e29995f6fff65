"""One-to-one matching of predictions to gold facts: duplicates, optional facts, maximum cover."""

from __future__ import annotations

from newsgraph.eval.matching import assign, prf


def test_two_predictions_of_one_gold_fact_count_once():
    # predictions 0 and 1 both match gold 0; gold 1 is unmatched
    m = assign([[0], [0]], optional=set(), n_gold=2)
    assert m.true_positives == [0] and m.duplicates == [1] and m.missed == [1]
    assert m.scores() == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "tp": 1, "fp": 1, "fn": 1,
                          "neutral": 0, "duplicates": 1}


def test_the_order_decides_which_copy_is_the_duplicate():
    m = assign([[0], [0]], optional=set(), n_gold=1, order=[1, 0])
    assert m.true_positives == [1] and m.duplicates == [0]


def test_augmenting_finds_the_matching_that_covers_most_gold():
    # greedy would give prediction 0 gold 0 and leave prediction 1 (which only matches gold 0) out
    m = assign([[0, 1], [0]], optional=set(), n_gold=2)
    assert m.gold_of == {0: 1, 1: 0} and m.false_positives == []


def test_optional_gold_neither_rewards_nor_penalises():
    # gold 1 is optional: prediction 1 matched to it is neutral; missing it is no false negative
    m = assign([[0], [1], []], optional={1}, n_gold=2)
    assert m.neutral == [1] and m.false_positives == [2]
    assert m.scores()["precision"] == 0.5 and m.scores()["recall"] == 1.0
    # a prediction matching both a required and an optional fact goes to the required one first
    m = assign([[1, 0]], optional={1}, n_gold=2)
    assert m.true_positives == [0] and m.neutral == []


def test_required_cover_stays_maximal_when_optional_facts_are_added():
    # prediction 0 matches required 0 and optional 1; prediction 1 matches required 0 only:
    # both are used, prediction 0 moving to the optional fact
    m = assign([[0, 1], [0]], optional={1}, n_gold=2)
    assert m.gold_of == {0: 1, 1: 0} and m.duplicates == []


def test_prf_undefined_values():
    assert prf(0, 0, 0) == {"precision": None, "recall": None, "f1": None}
    assert prf(0, 0, 3) == {"precision": None, "recall": 0.0, "f1": 0.0}
    assert prf(0, 2, 0) == {"precision": 0.0, "recall": None, "f1": 0.0}
