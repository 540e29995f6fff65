"""One-to-one matching of predictions to gold facts, and precision / recall / F1 from it.

Used by the gold-facts scorer (``facts.py``) on exhaustive files: a gold fact can be claimed by
one prediction only; further predictions that match it are duplicates (false positives,
reported separately). Optional gold facts (``optional: true``) follow ../shared/gold/README.md:
a prediction matched to one is a true positive for precision ("producing it is no false
positive"; counted as ``neutral``), and missing one is no false negative (recall is over the
required gold facts only).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence


@dataclass
class Matching:
    """The outcome of ``assign``: ``gold_of`` maps a prediction index to its gold index."""

    n_predicted: int
    required: frozenset[int]
    optional: frozenset[int]
    gold_of: dict[int, int] = field(default_factory=dict)
    matchable: frozenset[int] = frozenset()   # predictions with at least one edge

    @property
    def true_positives(self) -> list[int]:
        return sorted(p for p, g in self.gold_of.items() if g in self.required)

    @property
    def neutral(self) -> list[int]:
        """Predictions matched to an optional gold fact: neither right nor wrong."""
        return sorted(p for p, g in self.gold_of.items() if g in self.optional)

    @property
    def false_positives(self) -> list[int]:
        return [p for p in range(self.n_predicted) if p not in self.gold_of]

    @property
    def duplicates(self) -> list[int]:
        """False positives that match a gold fact another prediction already claimed."""
        return [p for p in self.false_positives if p in self.matchable]

    @property
    def missed(self) -> list[int]:
        claimed = set(self.gold_of.values())
        return sorted(g for g in self.required if g not in claimed)

    def scores(self) -> dict:
        """``{"precision", "recall", "f1", "tp", "fp", "fn", "neutral", "duplicates"}``."""
        counts = {"tp": len(self.true_positives), "fp": len(self.false_positives), "fn": len(self.missed),
                  "neutral": len(self.neutral), "duplicates": len(self.duplicates)}
        return {**scores_from_counts(counts), **counts}


def scores_from_counts(counts: dict) -> dict:
    """Precision, recall and F1 from ``{"tp", "fp", "fn", "neutral"}`` counts, the gold README's
    way: predictions matched to optional facts (``neutral``) are right for precision, while
    recall is over the required facts only."""
    tp, fp, fn, neutral = counts["tp"], counts["fp"], counts["fn"], counts.get("neutral", 0)
    precision = (tp + neutral) / (tp + neutral + fp) if tp + neutral + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    return {"precision": precision, "recall": recall, "f1": _f1(precision, recall)}


def prf(tp: int, fp: int, fn: int) -> dict:
    """Precision, recall and F1 (floats, or None where undefined).

    Precision is None with nothing predicted, recall None with nothing to find; F1 is None when
    both are, and 0.0 when only one is (then nothing was right: tp is 0)."""
    return scores_from_counts({"tp": tp, "fp": fp, "fn": fn})


def _f1(precision: Optional[float], recall: Optional[float]) -> Optional[float]:
    """None when both are undefined, 0.0 when only one is (then nothing was right)."""
    if precision is None and recall is None:
        return None
    return 2 * precision * recall / (precision + recall) if precision and recall else 0.0


def assign(edges: Sequence[Sequence[int]], optional: set[int], n_gold: int,
           order: Optional[Sequence[int]] = None) -> Matching:
    """Match predictions to gold facts one-to-one.

    ``edges[p]`` lists the gold indices prediction ``p`` matches; ``optional`` the gold indices
    that are optional; ``order`` the predictions by preference (e.g. highest confidence first:
    they claim gold facts first, so the duplicates are the less confident copies).

    First a maximum matching onto the required gold facts (Kuhn's augmenting paths), then it is
    grown onto optional ones; augmenting never unmatches a gold fact, so the number of required
    facts found stays maximal while as few predictions as possible are left unmatched.
    """
    optional = set(optional)
    required = set(range(n_gold)) - optional
    order = list(range(len(edges))) if order is None else list(order)
    gold_of: dict[int, int] = {}
    pred_of: dict[int, int] = {}

    def augment(p: int, allowed: set[int], seen: set[int]) -> bool:
        for g in edges[p]:
            if g not in allowed or g in seen:
                continue
            seen.add(g)
            if g not in pred_of or augment(pred_of[g], allowed, seen):
                pred_of[g], gold_of[p] = p, g
                return True
        return False

    for allowed in (required, required | optional):
        for p in order:
            if p not in gold_of:
                augment(p, allowed, set())
    return Matching(len(edges), frozenset(required), frozenset(optional), gold_of,
                    frozenset(p for p, e in enumerate(edges) if e))
