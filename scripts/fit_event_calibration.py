"""Fit the event confidence calibration map on the dev gold files (one command).

    PYTHONPATH=$PWD python scripts/fit_event_calibration.py ../shared/gold [--dry-run]

1. Run the pipeline (calibration off, so every candidate event is kept) over every gold article;
   each event's features are those ``newsgraph_event_confidence`` reads after linking (its final
   actors), as at run time;
   label each produced event as the facts evaluator does (``newsgraph.eval.facts.labelled_events``)
   at both levels: found (type, sentence, one actor) and correct (type, both actors, date,
   status). Events matching optional gold events are left out. The seed's recall-only file only
   says which of its events are right (they bound the threshold, step 3).
2. The storing threshold (``min_rule_score``, event_confidence.passes_check) is on the rules'
   own score and the FOUND level, so which events exist stays the rules' business (the PLOVER
   dev check picks one event per sentence and falls from 0.83 to 0.69 type accuracy when the
   probability's extra facts decide existence): the highest rule score that drops no event a
   gold file says is right, lowered to the least score that keeps the same events.
3. The map estimates the CORRECT level on the events the threshold keeps: the probability that
   type, both actors, date and status are right, which is what an analyst filtering on
   confidence needs (at the found level nearly every stored dev event is right, and the fitted
   map is a constant near the base rate). The map is one of the declared ``CANDIDATES`` (a
   feature set of ``FEATURE_SETS`` and a prior mean) at one L2 strength of ``L2_GRID``: the pair
   with the best leave-one-article-out Brier score (a proper score: on 70-odd events the binned
   ECE moves by 0.05 between neighbouring strengths, so it is reported, not optimised). The
   reported figures are NESTED: for each article, the pair is chosen and the map fitted on the
   other articles alone, then the held-out article is predicted through
   ``event_confidence.calibrated`` (as at run time). Report expected calibration error (10
   equal-width bins, the issue's figure), beside it two less noisy estimators of the same error
   on small n (``ece_equal_mass``: 5 bins of equal count; ``ece_kernel``: a Gaussian-kernel
   smoothed reliability curve), Brier score, the calibration table and a histogram of these
   held-out predictions, and the in-sample ECE beside them (never the result: the map has seen
   those events).

   The candidate list, written down before any held-out number of the new candidates was seen
   (the fit of s17 'calib'; before it the list was the first two rows, nested ECE 0.108, Brier
   0.101 on 71 events / 16 articles):
     - "full", "actors": logistic maps on those feature sets, Gaussian prior at zero weights
       (L2 toward 0; the bias is never penalised);
     - "full|rule-prior", "actors|rule-prior": the same maps with the prior mean at the rule
       score's own calibration (Bayesian logistic, MAP estimate): the Platt map
       (bias, rule_score) fitted on the same training rows is the prior mean of those two
       weights, the other weights' prior mean is 0, so a strong L2 shrinks the map toward
       "the rule score, calibrated" rather than toward the base rate;
     - "rule": the Platt map alone (a monotone map of the one combined score the rules give,
       two free parameters).
   An isotonic map is not a candidate: the run-time map (``event_confidence.probability``) is
   logistic, and a step function fitted on 70 events would need a new map format for no
   held-out evidence. Labelled events stay those of the exhaustive files less the optional
   matches: the seed's recall-only file labels only the events that match one of its gold
   events (the unmatched are unknown, not wrong), so its events are a sample selected on being
   found, not a sample of stored events, and an optional match is by definition neither right
   nor wrong.
4. Fit on all articles and write ``newsgraph/nlp/lexicons/event_calibration.json`` (unless
   ``--dry-run``). Deterministic: Newton's method from the prior mean (zero weights, or the Platt map).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsgraph.nlp import event_confidence  # noqa: E402

# The map's candidate inputs, fixed before fitting from what the checks, coreference and roles
# know of an event (event_confidence.features documents each; the rule score carries the trigger
# rule and clause depth). Three sets, written down before any fit: every fact the pipeline has
# ("full"); the facts the CORRECT level is about -- both actors there, resolved, one of them a
# state, and the status -- with the rule score ("actors"); the rule score alone ("rule", a Platt
# map). On 70-odd events a ten-weight map overfits; which candidate and which L2 strength serve
# best is decided by held-out Brier score inside each cross-validation fold (nested), so the
# reported held-out figures never saw the choice.
FEATURE_SETS = {
    "full": ["bias", "rule_score", "both_actors", "cameo_pattern", "state_actor", "named_actors",
             "pronoun_source", "negated", "not_asserted", "late"],
    "actors": ["bias", "rule_score", "both_actors", "named_actors", "state_actor", "not_asserted"],
    "rule": ["bias", "rule_score"],
}
FEATURES = FEATURE_SETS["full"]  # what collect() keeps of each event (every candidate input)
RULE_PRIOR = "rule-prior"  # prior mean: the Platt map of the rule score (see the docstring, step 3)
# (feature set, prior): the declared candidates, in the order ties are broken (earlier wins)
CANDIDATES = (("full", None), ("actors", None), ("full", RULE_PRIOR), ("actors", RULE_PRIOR), ("rule", None))
L2_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
NEWTON_STEPS = 50
TARGET = ROOT / "newsgraph" / "nlp" / "lexicons" / "event_calibration.json"


def collect(gold_dir: Path):
    """[(article, features, label 0/1)] for every produced event right or wrong at the found
    level, and the number of gold events (not optional) of the exhaustive files."""
    import yaml

    from newsgraph.eval.facts import labelled_events

    event_confidence.load_map.cache_clear()
    saved = event_confidence.MAP_FILE
    event_confidence.MAP_FILE = Path("/nonexistent")  # rule-based scores, nothing filtered
    try:
        items = labelled_events(gold_dir, recall_only=True)
    finally:
        event_confidence.MAP_FILE = saved
        event_confidence.load_map.cache_clear()
    rows, must_keep, events, correct = [], [], [], []
    for item in items:
        if item["right"] is None:
            continue
        if not item["exhaustive"]:
            # a recall-only file (the seed's): its matched events only bound the threshold, they
            # are no sample of right and wrong events for the map
            feats = getattr(item["event"], "calibration_features", None) or {"rule_score": -1.0, "negated": 1.0}
            must_keep.append(feats["rule_score"] if not feats["negated"] else -1.0)
            continue
        feats = getattr(item["event"], "calibration_features", None)
        if feats is None:
            raise SystemExit("an event without calibration_features: is the newsgraph_event_confidence component in the pipeline?")
        rows.append((item["article"], {k: feats[k] for k in FEATURES}, float(item["right"])))
        events.append(item["event"])
        correct.append(None if item["right_correct"] is None else float(item["right_correct"]))
    n_gold = 0
    for path in sorted(gold_dir.glob("*.yaml")):
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        if (gold.get("article") or {}).get("exhaustive"):
            n_gold += sum(not g.get("optional") for g in gold.get("events") or [])
    return rows, n_gold, must_keep, events, correct


def fit(rows, l2: float, features=None, prior=None) -> dict[str, float]:
    """Weights of ``features`` (default: FEATURES) minimising mean log loss + l2/2 |w - prior|^2 / n
    (bias unpenalised; ``prior``: {feature: prior mean}, 0 for a feature it lacks -- the MAP
    estimate of a Bayesian logistic map with a Gaussian prior): Newton's method from the prior
    mean, a fixed number of steps (numpy; the same arithmetic as event_confidence.probability).
    Deterministic; the optimum is unique (L2)."""
    import numpy as np

    features = list(features or FEATURES)
    x = np.array([[f[k] for k in features] for _a, f, _y in rows], dtype=float)
    y = np.array([label for _a, _f, label in rows], dtype=float)
    penalty = np.diag([0.0 if k == "bias" else l2 for k in features])
    mean = np.array([(prior or {}).get(k, 0.0) for k in features], dtype=float)
    w = mean.copy()
    for _ in range(NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ (p - y) + penalty @ (w - mean)
        hessian = (x * (p * (1 - p))[:, None]).T @ x + penalty + 1e-9 * np.eye(len(features))
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return {k: round(float(v), 4) for k, v in zip(features, w)}


def candidate_name(candidate) -> str:
    """"actors", "actors|rule-prior", ...: how a candidate (feature set, prior) is reported."""
    name, prior = candidate
    return name if prior is None else f"{name}|{prior}"


def fit_candidate(rows, candidate, l2: float) -> dict[str, float]:
    """The map of ``candidate`` (feature set name, prior) at ``l2`` fitted on ``rows``; the
    rule prior is the Platt map (bias, rule_score) of the same rows at the weakest L2 of the grid."""
    name, prior = candidate
    mean = fit(rows, L2_GRID[0], FEATURE_SETS["rule"]) if prior == RULE_PRIOR else None
    return fit(rows, l2, FEATURE_SETS[name], mean)


def ece_table(pairs, bins=10):
    table, ece = [], 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [(p, y) for p, y in pairs if lo <= p < hi or (b == bins - 1 and p == 1.0)]
        if not inside:
            continue
        mean_p = sum(p for p, _ in inside) / len(inside)
        rate = sum(y for _, y in inside) / len(inside)
        ece += len(inside) / len(pairs) * abs(mean_p - rate)
        table.append({"bin": f"{lo:.1f}-{hi:.1f}", "n": len(inside), "mean_confidence": round(mean_p, 3),
                      "right_rate": round(rate, 3)})
    return round(ece, 4), table


def ece_equal_mass(pairs, bins=5) -> float:
    """Expected calibration error over ``bins`` bins of (nearly) equal COUNT, by sorted
    probability: on 70-odd events equal-width bins hold 1-20 events each, and a one-event bin's
    error is 0 or 1; equal-mass bins of ~14 events each move less (a labelled estimator of the
    same quantity, reported beside the 10-bin figure, not instead of it). Events of one
    probability stay in one bin, so a bin may hold more than n / bins."""
    ordered = sorted(pairs, key=lambda pair: pair[0])
    n = len(ordered)
    ece, start = 0.0, 0
    for b in range(1, bins + 1):
        end = max(start, b * n // bins)
        # events of one probability share a bin (sorting them by label too would invent error)
        while 0 < end < n and ordered[end][0] == ordered[end - 1][0]:
            end += 1
        inside = ordered[start:end]
        if inside:
            ece += len(inside) / n * abs(sum(p for p, _ in inside) / len(inside) - sum(y for _, y in inside) / len(inside))
        start = end
    return round(ece, 4)


def ece_kernel(pairs, bandwidth=0.1) -> float:
    """Kernel-smoothed calibration error: mean over events of |p_i - r(p_i)|, where r is the
    Nadaraya-Watson estimate of the right rate at probability p (Gaussian kernel, ``bandwidth``
    in probability units): no bin edges, so one event crossing an edge does not move it."""
    import math

    total = 0.0
    for p, _ in pairs:
        weights = [math.exp(-0.5 * ((p - q) / bandwidth) ** 2) for q, _ in pairs]
        rate = sum(w * y for w, (_, y) in zip(weights, pairs)) / sum(weights)
        total += abs(p - rate)
    return round(total / len(pairs), 4)


def article_bootstrap_sd(pairs, articles, draws=1000, seed=0) -> dict[str, float]:
    """Standard deviation of the held-out figures when the ARTICLES are resampled with
    replacement (``articles[i]``: the article of ``pairs[i]``; a fixed seed, so deterministic):
    how far a figure on 16 articles may move on another 16 of the same kind."""
    import random
    import statistics

    rng = random.Random(seed)
    by_article: dict[str, list] = {}
    for pair, article in zip(pairs, articles):
        by_article.setdefault(article, []).append(pair)
    names = sorted(by_article)
    figures = {"ece": [], "ece_equal_mass_5": [], "brier": []}
    for _ in range(draws):
        sample = [pair for _ in names for pair in by_article[rng.choice(names)]]
        figures["ece"].append(ece_table(sample)[0])
        figures["ece_equal_mass_5"].append(ece_equal_mass(sample))
        figures["brier"].append(brier(sample))
    return {name: round(statistics.pstdev(values), 4) for name, values in figures.items()}


def mapped(weights, rows, events):
    """[(probability, label)] as the pipeline gives them: ``event_confidence.calibrated`` on each
    article's events (so a sentence's events keep the rules' order, as at run time)."""
    out = []
    for article in sorted({a for a, _f, _y in rows}):
        mine = [(f, y, e) for (a, f, y), e in zip(rows, events) if a == article]
        probs = event_confidence.calibrated(weights, [e for _f, _y, e in mine], [None] * len(mine),
                                            feats=[f for f, _y, _e in mine])
        out += [(p, y) for p, (_f, y, _e) in zip(probs, mine)]
    return out


def _leave_one_article_out(rows, events, weights_for):
    """[(probability, label)] of every event, each predicted by the map ``weights_for(rows,
    events)`` makes from the other articles' rows and events alone."""
    out = []
    for article in sorted({a for a, _f, _y in rows}):
        train = [(r, e) for r, e in zip(rows, events) if r[0] != article]
        weights = weights_for([r for r, _e in train], [e for _r, e in train])
        mine = [(r, e) for r, e in zip(rows, events) if r[0] == article]
        out += mapped(weights, [r for r, _e in mine], [e for _r, e in mine])
    return out


def held_out(rows, l2: float, events, features=None, candidate=None):
    """[(probability, label)] of every event, each predicted by a map fitted without its article
    (``candidate``, when given, names the feature set and prior; else ``features``, prior 0)."""
    if candidate is not None:
        return _leave_one_article_out(rows, events, lambda train, _events: fit_candidate(train, candidate, l2))
    return _leave_one_article_out(rows, events, lambda train, _events: fit(train, l2, features))


def choose(rows, events) -> tuple[tuple, float, dict]:
    """(candidate, L2 strength, {"name/l2": held-out Brier}): the pair of ``CANDIDATES`` x
    ``L2_GRID`` with the best leave-one-article-out Brier score on ``rows`` (ties: the earlier
    candidate, the stronger L2)."""
    scores = {}
    for candidate in CANDIDATES:
        for l2 in L2_GRID:
            scores[(candidate, l2)] = brier(held_out(rows, l2, events, candidate=candidate))
    (candidate, l2) = min(scores, key=lambda k: (round(scores[k], 6), CANDIDATES.index(k[0]), -k[1]))
    return candidate, l2, {f"{candidate_name(c)}/{v}": round(b, 4) for (c, v), b in scores.items()}


def nested_held_out(rows, events, chosen=None):
    """[(probability, label)] of every event from a map whose candidate and L2 strength were
    chosen (``choose``) and fitted without its article: the honest estimate of how the whole
    procedure calibrates on an article it has not seen. ``chosen``: a list that receives each
    fold's choice ("name/l2"), for the report."""
    def chosen_fit(train, train_events):
        candidate, l2, _ = choose(train, train_events)
        if chosen is not None:
            chosen.append(f"{candidate_name(candidate)}/{l2}")
        return fit_candidate(train, candidate, l2)

    return _leave_one_article_out(rows, events, chosen_fit)


def brier(pairs) -> float:
    return sum((p - y) ** 2 for p, y in pairs) / len(pairs)


def threshold(pairs, n_gold: int, must_keep=()) -> tuple[float, float]:
    """(threshold, F1 there): the highest threshold in [0, 0.6) that drops no event the dev gold
    says is right (raising it further trades dev true positives for precision, which 60-odd
    labelled events cannot price), lowered to the least threshold that keeps the same events.
    ``must_keep``: rule scores of events that recall-only gold files (the seed's) say are right;
    the threshold never drops them either. F1 is over the exhaustive files' ``pairs``."""
    def scores(t):
        kept = [y for p, y in pairs if p >= t]
        tp = sum(kept)
        precision = tp / len(kept) if kept else 0.0
        recall = tp / n_gold if n_gold else 0.0
        return tp, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)

    all_right = scores(0.0)[0]
    steps = [step / 100 for step in range(0, 60)]
    highest = max(t for t in steps if scores(t)[0] == all_right and all(m >= t for m in must_keep if m >= 0))
    # then the lowest threshold keeping the same events: just above the dev-wrong events it
    # drops, so unseen events scored between them and it are not dropped for nothing
    n_kept = sum(1 for p, _y in pairs if p >= highest)
    best = min(t for t in steps if sum(1 for p, _y in pairs if p >= t) == n_kept)
    return best, scores(best)[1]


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    dry = "--dry-run" in argv
    argv = [a for a in argv if a != "--dry-run"]
    gold_dir = Path(argv[0] if argv else "../shared/gold")
    candidates, n_gold, must_keep, events, correct = collect(gold_dir)
    min_rule_score, cv_f1 = threshold([(f["rule_score"] if not f["negated"] else -1.0, y)
                                       for _a, f, y in candidates], n_gold, must_keep)
    # the map says how often a STORED event is right, so it is fitted on the events the threshold
    # keeps (the threshold does not depend on the map); candidates it drops are never shown
    # (the events' confidence is still the rule score here: the map file was switched off)
    # The map estimates the CORRECT level (type, both actors, date and status right): what an
    # analyst filtering on confidence needs. At the found level (one actor right) nearly every
    # stored dev event is right, so a map of it is a constant near the base rate, no filter.
    kept = [((a, f, label), event) for (a, f, _found), event, label in zip(candidates, events, correct)
            if label is not None and event_confidence.passes_check(event, min_rule_score)]
    rows, events = [row for row, _e in kept], [event for _r, event in kept]
    if len({a for a, _f, _y in rows}) < 2:
        raise SystemExit("fewer than two gold articles with labelled events: nothing to cross-validate")
    candidate, l2, cv_brier_by_choice = choose(rows, events)
    name = candidate_name(candidate)
    features = FEATURE_SETS[candidate[0]]
    fold_choices: list[str] = []
    cv = nested_held_out(rows, events, fold_choices)
    cv_ece, cv_table = ece_table(cv)
    # the nested predictions come article by article, in sorted order (_leave_one_article_out)
    cv_articles = [a for article in sorted({a for a, _f, _y in rows}) for a in [article] * sum(r[0] == article for r in rows)]
    weights = fit_candidate(rows, candidate, l2)
    in_sample = mapped(weights, rows, events)
    histogram = {f"{b / 10:.1f}": sum(1 for p, _y in cv if b / 10 <= p < (b + 1) / 10 or (b == 9 and p == 1.0))
                 for b in range(10)}
    out = {
        "about": "Logistic calibration of event confidence (newsgraph/nlp/event_confidence.py), fitted by "
                 "scripts/fit_event_calibration.py on the exhaustive dev gold files; label: the event matches "
                 "a gold event at the 'correct' level (type, both actors, date, status); the storing threshold "
                 "(min_rule_score) is chosen on the 'found' level. cv_* figures are leave-one-article-out cross-validated; "
                 "in_sample_ece is the fitted map on its own events (not a result). cv_ece: 10 equal-width bins (the issue's figure); "
                 "cv_ece_equal_mass_5 (5 bins of equal count) and cv_ece_kernel_0.1 (Gaussian-kernel reliability curve, bandwidth 0.1) "
                 "estimate the same error with less noise on small n; cv_bootstrap_sd: their spread over articles resampled with replacement.",
        "label": "correct",
        "features": features, "feature_set": name,
        "n_events": len(rows), "n_articles": len({a for a, _f, _y in rows}),
        "base_rate": round(sum(y for _a, _f, y in rows) / len(rows), 3),
        "l2": l2, "cv_brier_by_choice": cv_brier_by_choice,
        "cv_ece": cv_ece, "cv_brier": round(brier(cv), 4),
        "cv_ece_equal_mass_5": ece_equal_mass(cv), "cv_ece_kernel_0.1": ece_kernel(cv),
        "cv_bootstrap_sd": article_bootstrap_sd(cv, cv_articles),
        "cv_fold_choices": dict(sorted({c: fold_choices.count(c) for c in fold_choices}.items())),
        "in_sample_ece": ece_table(in_sample)[0],
        "cv_table": cv_table, "cv_histogram": histogram,
        "min_rule_score": min_rule_score, "f1_at_min_rule_score": round(cv_f1, 4),
        "n_candidates": len(candidates),
        "weights": weights,
    }
    if not dry:
        TARGET.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in out.items() if k != "about"}, indent=1))


if __name__ == "__main__":
    main()
