"""Train the story-type model (newsgraph/nlp/story_type.py): a story's main PLOVER event type
from its lead sentences' words and what the rules found in it.

Data: the NGEC-2025 synthetic stories, ``../shared/bench/train/ngec-synthetic-events.csv``
(Halterman 2023, arXiv 2303.16028; MIT), labels mapped onto PLOVER as the evaluator does
(ACCUSE -> DISAPPROVE, REQUEST -> DEMAND). Each story (its first 1,500 characters, as the
evaluator reads it) runs through the full pipeline once; ``story_type.features`` is taken from
the parsed story and its events. Nothing of the stories' text is bundled: only feature names
and weights.

Discipline (as scripts/train_event_classifier.py):
* rows with ``i % 9`` in {0, 8} are never trained or tuned on (``evaluate_synthetic`` reports
  them); the model trains on the other 3,500 rows;
* the L2 strength is chosen by 5-fold cross-validation **grouped by headline** (``title``): the
  stories come in groups of 12 or 24 written from one headline, so a random split measures
  partly memorised headlines; the grouped accuracy is the honest estimate of a story written
  from a headline the model never saw. The random-split accuracy is recorded beside it;
* PLOVER dev and ../shared/gold are never read here.

Two models are trained on the same folds: the logistic regression (``Fit``) over
``story_type.features`` and a complement naive Bayes (Rennie et al. 2003, weight-normalised) over
the same features plus ``story_type.other_features``; their probabilities are combined at run
time (``story_type.combine``). The naive Bayes smoothing ``alpha``, its weight ``w``, temperature
``T`` and the switch odds are chosen together on the headline-grouped out-of-fold predictions
(the grid's every setting is recorded); the score of choosing them on four folds' out-of-fold rows
and scoring the fifth is recorded beside it (``cv_by_headline_choice_nested``).

Output: ``newsgraph/nlp/lexicons/story_type.npz`` + ``story_type_nb.npz`` + ``story_type.json``.
Run (about 15 minutes for the pipeline on one core, then the fits):
``PYTHONPATH=$PWD python scripts/train_story_type.py [--csv PATH] [--cache FILE.json]``, or from
scripts/story_type_nb_stage1.py's cached stage 1 (``--raw A.jsonl B.jsonl --raw-commit SHA``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from newsgraph.nlp import event_classifier, story_type  # noqa: E402
from train_event_classifier import (CITATION, HELD_OUT, MIN_DOCS, Fit, accuracy, folds_of,  # noqa: E402
                                    headline_folds, read_rows, save_weights, split, training_data,
                                    write_metadata)

L2_GRID = (1e-3, 3e-3)
# odds by which the model must prefer another type over the rules' own choice before the story
# type departs from it (inf: never); chosen on the headline-grouped out-of-fold probabilities
SWITCH_GRID = (1.0, 1.5, 2.0, 3.0)
REPORT_LIMIT = 500      # evaluate_synthetic's default limit per slice
# the complement naive Bayes part: smoothing, its weight and temperature in story_type.combine
NB_ALPHA_GRID = (0.3, 1.0)
NB_WEIGHT_GRID = (0.0, 0.2, 0.35, 0.5)   # 0: the logistic model alone
NB_TEMPERATURE_GRID = (0.25, 0.5, 1.0)


def story_features(rows: list[dict], indices: list[int]) -> dict[int, tuple[list[str], list[str]]]:
    """Row index -> (``story_type.features``, ``story_type.doc_other_features``) of the story run
    through the full pipeline."""
    from newsgraph.nlp.pipeline import build_pipeline

    nlp = build_pipeline()
    out = {}
    for i, doc in zip(indices, nlp.pipe((rows[i]["text"][:1500] for i in indices), batch_size=32)):
        out[i] = (story_type.features(doc, list(doc._.ng_events or [])),
                  story_type.doc_other_features(doc, story_type.lead_sentences(doc)))
    return out


def raw_features(paths: list[Path]) -> dict[int, tuple[list[str], list[str]]]:
    """The same from scripts/story_type_nb_stage1.py's JSON lines (``st``: story_type.features,
    ``sents``: every sentence's event_classifier.features, ``lead_idx``: the lead's positions)."""
    out = {}
    for path in paths:
        for line in path.read_text().splitlines():
            if line.strip():
                d = json.loads(line)
                out[d["i"]] = (d["st"], story_type.other_features(d["sents"], d["lead_idx"]))
    return out


def nb_fit(feats, labels, rows_idx, n_labels, alpha):
    """Complement naive Bayes (weight-normalised): (vocab, weights (n_features, n_labels))."""
    vocab = make_vocab(feats, rows_idx)
    counts = np.zeros((len(vocab), n_labels))
    for i in rows_idx:
        for f in set(feats[i]):
            if f in vocab:
                counts[vocab[f], labels[i]] += 1
    comp = counts.sum(axis=1, keepdims=True) - counts
    theta = (comp + alpha) / (comp.sum(axis=0, keepdims=True) + alpha * len(vocab))
    weights = -np.log(theta)
    return vocab, weights / np.abs(weights).sum(axis=0, keepdims=True)


def nb_predict(vocab, weights, feats, rows_idx) -> np.ndarray:
    out = np.zeros((len(rows_idx), weights.shape[1]))
    for r, i in enumerate(rows_idx):
        idx = [vocab[f] for f in set(feats[i]) if f in vocab]
        if idx:
            out[r] = weights[idx].sum(axis=0)
    return out


def nb_cross_validate(feats, labels, rows, train_idx, n_labels, alpha) -> dict:
    oof = {}
    for fold in headline_folds(train_idx, rows):
        held = set(fold)
        vocab, weights = nb_fit(feats, labels, [i for i in train_idx if i not in held], n_labels, alpha)
        oof.update(zip(fold, nb_predict(vocab, weights, feats, fold)))
    return oof


def decided(probs: np.ndarray, rule_idx: np.ndarray, odds: float) -> np.ndarray:
    """``story_type.decide`` over rows of probabilities: the type index per row (``rule_idx``:
    the rules' choice, -1 for none or a type the model lacks)."""
    best = probs.argmax(axis=1)
    rule_p = np.where(rule_idx >= 0, probs[np.arange(len(probs)), np.maximum(rule_idx, 0)], 0.0)
    keep = (rule_idx >= 0) & (probs[np.arange(len(probs)), best] < odds * rule_p)
    return np.where(keep, rule_idx, best)


def make_vocab(feats: dict[int, list[str]], rows_idx) -> dict[str, int]:
    counts: dict[str, int] = {}
    for i in rows_idx:
        for f in set(feats[i]):
            counts[f] = counts.get(f, 0) + 1
    return {f: k for k, f in enumerate(sorted(f for f, c in counts.items() if c >= MIN_DOCS))}


def fit(feats, labels, rows_idx, n_labels, l2):
    vocab = make_vocab(feats, rows_idx)
    docs = [[vocab[f] for f in feats[i] if f in vocab] for i in rows_idx]
    y = np.array([labels[i] for i in rows_idx])
    return vocab, Fit(len(vocab), n_labels, l2).train(docs, y, np.ones(len(rows_idx)))


def predict(vocab, model, feats, rows_idx) -> np.ndarray:
    return model.probs([[vocab[f] for f in feats[i] if f in vocab] for i in rows_idx])


def cross_validate(feats, labels, rows, train_idx, n_labels, l2, by_headline, oof=None) -> float:
    """Accuracy of the model's argmax over out-of-fold predictions; ``oof`` (a dict) receives
    each row's out-of-fold probabilities."""
    right = 0
    for fold in (headline_folds(train_idx, rows) if by_headline else folds_of(train_idx)):
        held = set(fold)
        vocab, model = fit(feats, labels, [i for i in train_idx if i not in held], n_labels, l2)
        probs = predict(vocab, model, feats, fold)
        right += accuracy(probs, labels, fold) * len(fold)
        if oof is not None:
            oof.update(zip(fold, probs))
    return right / len(train_idx)


def decide(probs: np.ndarray, feats: list[str], label_names: list[str], odds: float) -> int:
    """``story_type.decide`` on a row's probabilities (indexed as ``label_names``) and features
    (the rules' choice is its ``rc:`` feature): the index of the story's type."""
    rule = next((f[3:] for f in feats if f.startswith("rc:")), "NONE")
    return label_names.index(story_type.decide(dict(zip(label_names, probs)), rule, odds))


def decided_accuracy(probs_by_row, feats, labels, label_names, odds) -> float:
    return float(np.mean([decide(probs_by_row[i], feats[i], label_names, odds) == labels[i] for i in probs_by_row]))


def rules_only(rows, labels, label_names, train_idx, feats) -> float:
    """Accuracy of the rules' own choice (the ``rc:`` feature) on the training rows."""
    right = sum(f"rc:{label_names[labels[i]]}" in feats[i] for i in train_idx)
    return right / len(train_idx)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--csv", type=Path, default=ROOT.parent / "shared" / "bench" / "train" / "ngec-synthetic-events.csv")
    parser.add_argument("--out-dir", type=Path, default=event_classifier.LEXICON_DIR)
    parser.add_argument("--cache", type=Path, help="JSON file caching the stories' features (speeds re-runs)")
    parser.add_argument("--raw", type=Path, nargs="+", help="stage-1 JSON lines of scripts/story_type_nb_stage1.py instead")
    parser.add_argument("--raw-commit", default="", help="the commit whose pipeline extracted --raw")
    args = parser.parse_args()

    started = time.time()
    data = args.csv.read_bytes()
    rows = read_rows(args.csv)
    label_names, labels, train_idx, report = split(rows, REPORT_LIMIT)
    needed = sorted(set(train_idx).union(*report.values()))
    if args.raw:
        both = raw_features(args.raw)
        train_idx = [i for i in train_idx if i in both]
    elif args.cache and args.cache.exists():
        both = {int(k): tuple(v) for k, v in json.loads(args.cache.read_text()).items()}
    else:
        both = story_features(rows, needed)
        if args.cache:
            args.cache.write_text(json.dumps(both))
    feats = {i: b[0] for i, b in both.items()}
    nb_feats = {i: b[0] + b[1] for i, b in both.items()}
    print(f"features of {len(feats)} stories in {time.time() - started:.0f} s", file=sys.stderr)

    grid, oofs = {}, {}
    for l2 in L2_GRID:
        oofs[l2] = {}
        grid[f"{l2:g}"] = round(cross_validate(feats, labels, rows, train_idx, len(label_names), l2, True, oofs[l2]), 4)
        print(f"CV by headline l2={l2:g}: {grid[f'{l2:g}']}", file=sys.stderr)
    l2 = max(L2_GRID, key=lambda v: grid[f"{v:g}"])
    n_labels = len(label_names)
    rule_idx = np.array([label_names.index(r) if r in label_names else -1
                         for r in (next((f[3:] for f in feats[i] if f.startswith("rc:")), "NONE") for i in train_idx)])
    gold = np.array([labels[i] for i in train_idx])
    p_lr = np.array([oofs[l2][i] for i in train_idx])
    switch = {f"{o:g}": round(float(np.mean(decided(p_lr, rule_idx, o) == gold)), 4) for o in SWITCH_GRID}
    # every setting's per-row hits: (alpha, weight, temperature, odds) -> bool array
    hits = {}
    for alpha in NB_ALPHA_GRID:
        z_oof = nb_cross_validate(nb_feats, labels, rows, train_idx, n_labels, alpha)
        z = np.array([z_oof[i] for i in train_idx])
        print(f"CV by headline, naive Bayes alone alpha={alpha:g}: "
              f"{float(np.mean(z.argmax(axis=1) == gold)):.4f}", file=sys.stderr)
        for w in NB_WEIGHT_GRID:
            for temp in (NB_TEMPERATURE_GRID if w else (1.0,)):
                probs = story_type.combine(p_lr, z, w, temp) if w else p_lr
                for o in SWITCH_GRID:
                    hits[(alpha if w else 0.0, w, temp, o)] = decided(probs, rule_idx, o) == gold

    def rank(key, score):
        # within 0.002 of the best, the most conservative: highest odds, least naive Bayes, smoothest
        alpha, w, temp, o = key
        return (round(score / 0.002), o, -w, temp, alpha)

    def choose(rows_mask):
        scores = {k: float(np.mean(h[rows_mask])) for k, h in hits.items()}
        top = max(scores.values())
        return max((k for k in scores if scores[k] >= top - 0.002), key=lambda k: (k[3], -k[1], k[2], k[0]))

    everything = np.ones(len(train_idx), bool)
    setting = choose(everything)
    alpha, w, temp, odds = setting
    cv = round(float(np.mean(hits[setting])), 4)
    # nested choice: the setting chosen on four folds' out-of-fold rows, scored on the fifth
    fold_of = {}
    for k, fold in enumerate(headline_folds(train_idx, rows)):
        fold_of.update((i, k) for i in fold)
    fold_arr = np.array([fold_of[i] for i in train_idx])
    nested_right, nested_choices = 0, []
    for k in sorted(set(fold_arr)):
        chosen = choose(fold_arr != k)
        nested_choices.append(list(chosen))
        nested_right += int(hits[chosen][fold_arr == k].sum())
    nested = round(nested_right / len(train_idx), 4)
    per_setting = {f"alpha={a:g} w={ww:g} T={t:g} odds={o:g}": round(float(np.mean(h)), 4)
                   for (a, ww, t, o), h in sorted(hits.items())}
    print(f"CV by headline: chosen {setting} -> {cv}; nested choice {nested} {nested_choices}", file=sys.stderr)
    random_cv = round(cross_validate(feats, labels, rows, train_idx, n_labels, l2, False), 4)
    vocab, model = fit(feats, labels, train_idx, n_labels, l2)
    nb_vocab, nb_weights = nb_fit(nb_feats, labels, train_idx, n_labels, alpha if w else NB_ALPHA_GRID[0])
    held_out = {}
    for off, idx in report.items():
        if not all(i in feats for i in idx):
            held_out[f"offset_{off}"] = None   # not in the --raw cache: see `newsgraph eval ngec`
            continue
        probs = predict(vocab, model, feats, idx)
        if w:
            probs = story_type.combine(probs, nb_predict(nb_vocab, nb_weights, nb_feats, idx), w, temp)
        rules = np.array([label_names.index(r) if r in label_names else -1
                          for r in (next((f[3:] for f in feats[i] if f.startswith("rc:")), "NONE") for i in idx)])
        held_out[f"offset_{off}"] = round(float(np.mean(decided(probs, rules, odds) == np.array([labels[i] for i in idx]))), 4)
    print(f"l2={l2:g}; random-split CV {random_cv}; held out {held_out}", file=sys.stderr)

    weights_sha256, n_features = save_weights(args.out_dir / story_type.WEIGHTS_FILE.name, vocab, model)
    nb_path = args.out_dir / story_type.NB_FILE.name
    nb_names = sorted(nb_vocab, key=nb_vocab.get)
    np.savez_compressed(nb_path, features=np.array(nb_names), weights=nb_weights.astype(np.float32))
    nb_sha256 = hashlib.sha256(nb_path.read_bytes()).hexdigest()
    extracted = (f"; features extracted by scripts/story_type_nb_stage1.py with the pipeline at commit {args.raw_commit}"
                 f" (cached stage 1 reused: {', '.join(p.name for p in args.raw)}), {len(train_idx)} training rows"
                 if args.raw else "; features extracted by this script's pipeline run")
    meta = {
        "format": event_classifier.FORMAT,
        "component": story_type.COMPONENT, "version": story_type.VERSION,
        "labels": label_names,
        "weights_sha256": weights_sha256,
        "n_features": n_features,
        "switch_odds": odds,
        "nb": {"file": story_type.NB_FILE.name, "sha256": nb_sha256, "n_features": len(nb_names),
               "alpha": alpha if w else NB_ALPHA_GRID[0], "weight": w, "temperature": temp},
        "training_data": training_data(
            data, len(rows), f"{len(train_idx)} rows with i % 9 not in {sorted(HELD_OUT)}; first "
                             f"{story_type.CONTEXT_SENTENCES} sentences with a verb + the pipeline's events; naive "
                             f"Bayes also the other of the first {story_type.KNOWLEDGE_SENTENCES} sentences" + extracted),
        "hyper_parameters": {"l2": l2, "switch_odds": odds, "min_docs": MIN_DOCS, "optimizer": "full-batch Adam, 400 steps, lr 0.05",
                             "nb_alpha": alpha if w else NB_ALPHA_GRID[0], "nb_weight": w, "nb_temperature": temp,
                             "chosen_by": "one 5-fold CV grouped by headline (seed 13 folds of train_event_classifier): "
                                          "l2 by the logistic argmax, then NB alpha / weight / temperature / switch odds "
                                          "together on the out-of-fold predictions (within 0.002 of the best: highest "
                                          "odds, least NB weight); not nested (the nested choice's score is "
                                          "metrics.cv_by_headline_choice_nested)"},
        "metrics": {
            "cv_by_headline": cv,
            "cv_by_headline_choice_nested": nested,
            "cv_by_headline_nested_choices": nested_choices,
            "cv_by_headline_logistic_alone": switch[f"{max(o for o in SWITCH_GRID if switch[f'{o:g}'] >= max(switch.values()) - 0.002):g}"],
            "cv_by_headline_argmax": grid[f"{l2:g}"],
            "cv_by_headline_switch_odds": switch,
            "cv_by_headline_grid": grid,
            "cv_by_headline_per_setting": per_setting,
            "cv_random_split": random_cv,
            "cv_random_split_note": "logistic model alone, argmax",
            "rules_only_training_rows": round(rules_only(rows, labels, label_names, train_idx, feats), 4),
            "held_out_accuracy": held_out,
        },
        "citation": CITATION,
    }
    write_metadata(args.out_dir / story_type.META_FILE.name, meta)


if __name__ == "__main__":
    main()
