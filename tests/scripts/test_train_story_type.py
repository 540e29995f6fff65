"""scripts/train_story_type.py: the vectorised switch rule is story_type.decide, and the
complement naive Bayes fit scores a type's own words highest."""

from __future__ import annotations

import numpy as np

from newsgraph.nlp import story_type
from tests.scripts import load_script


def _script():
    return load_script("train_story_type", siblings=True)


def test_decided_is_story_type_decide_row_by_row():
    module = _script()
    names = ["ASSAULT", "COERCE", "PROTEST"]
    probs = np.array([[0.30, 0.24, 0.46], [0.30, 0.24, 0.46], [0.5, 0.3, 0.2]])
    rules = ["COERCE", "NONE", "PROTEST"]
    rule_idx = np.array([names.index(r) if r in names else -1 for r in rules])
    for odds in (1.5, 2.0, 3.0):
        expected = [names.index(story_type.decide(dict(zip(names, p)), r, odds)) for p, r in zip(probs, rules)]
        assert module.decided(probs, rule_idx, odds).tolist() == expected


def test_complement_naive_bayes_scores_a_type_s_own_words_highest():
    module = _script()
    feats = {0: ["w:march", "w:crowd"], 1: ["w:march", "w:crowd"], 2: ["w:strike", "w:troops"],
             3: ["w:strike", "w:troops"], 4: ["w:crowd", "w:troops"]}
    labels = [1, 1, 0, 0, 0]  # 0 ASSAULT, 1 PROTEST
    vocab, weights = module.nb_fit(feats, labels, list(feats), 2, 0.3)
    scores = module.nb_predict(vocab, weights, {9: ["w:march"], 8: ["w:strike"]}, [9, 8])
    assert scores[0].argmax() == 1 and scores[1].argmax() == 0
    assert np.allclose(np.abs(weights).sum(axis=0), 1.0)  # weight-normalised per type
