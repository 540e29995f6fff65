"""Train the learned PLOVER event-type classifier (newsgraph/nlp/event_classifier.py).

Data: the NGEC-2025 synthetic stories, ``../shared/bench/train/ngec-synthetic-events.csv``
(4,500 stories written by a language model from hand-written headlines, each with a POLECAT
label; Halterman 2023, arXiv 2303.16028; MIT as the project declares). POLECAT's labels are
mapped onto PLOVER as the evaluator does: ACCUSE -> DISAPPROVE, REQUEST -> DEMAND. The CSV is
read here, at training time only; nothing of its text is bundled (only feature names -- lemmas,
lemma pairs, verb + argument lemmas -- and their weights).

Discipline (what is never trained or tuned on):
* rows whose index i has ``i % 9`` in {0, 8} are held out: ``newsgraph.eval.plover.
  evaluate_synthetic`` scores rows[0::9][:500] (offset 0) and rows[8::9] (offset 8), so the
  model trains on the other 3,500 rows only and reports those two slices untouched;
* hyper-parameters (L2 strength, the weight of a story's second sentence, the switch odds) are
  chosen by 5-fold cross-validation on the training rows only;
* PLOVER dev (``bench/plover/plover-gsr-dev.json``) and the gold files (``../shared/gold``) are
  never read here: they are the unseen check of the model inside the pipeline.

Model: multinomial logistic regression over binary features of a sentence
(``event_classifier.features``: words, word pairs, verb lemmas, verb + argument lemmas) with L2,
fitted by full-batch Adam in numpy (no new dependency). A training example is a story's lead
sentence (the one its label is about; the evaluator also scores the lead sentence), plus its
second sentence at a lower weight when cross-validation says it helps.

The switch odds (chosen with ``--tune-switch``, which runs the rule pipeline on the training
rows and simulates the evaluator's choice with out-of-fold probabilities): the odds by which the classifier must prefer another sense of a trigger over the rule's
type before ``event_classifier.choose_types`` changes it.

Output: ``newsgraph/nlp/lexicons/event_classifier.npz`` (features, weights, bias; no pickle) and
``event_classifier.json`` (labels, hyper-parameters, sha256 of the weights and of the CSV, the
metrics). Run: ``PYTHONPATH=$PWD python scripts/train_event_classifier.py [--csv PATH]``.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsgraph.nlp import event_classifier  # noqa: E402

POLECAT_ALIASES = {"ACCUSE": "DISAPPROVE", "REQUEST": "DEMAND"}
HELD_OUT = {0, 8}       # i % 9: the slices evaluate_synthetic reports (offsets 0 and 8)
STRIDE = 9
CITATION = "Halterman, A. (2023). Synthetically generated text for supervised text analysis. arXiv:2303.16028"
FOLDS = 5
SEED = 13
L2_GRID = (3e-4, 1e-3)
SECOND_WEIGHT_GRID = (0.0, 0.5)
MIN_DOCS = 2            # a feature must occur in this many training stories
# without --tune-switch: the value --tune-switch chose (flat between 2 and 6 on the training rows;
# the most conservative within 0.005 of the best)
DEFAULT_SWITCH_ODDS = 6.0
# Whether the bundled model changes rule types (switch_odds in the metadata) or only scores them
RETYPE = False
SWITCH_NOTE = ("re-typing is off: with the CV-chosen odds 6 the pipeline's PLOVER dev type accuracy "
               "fell from 0.832 to 0.721 (the unseen check; the classifier alone scores 0.324 there), so the "
               "classifier only sets type_probability. Set switch_odds to re-enable it.")


def read_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def split(rows: list[dict], report_limit: int = 500):
    """(PLOVER label names, each row's label index, training row indices, offset -> the rows
    ``evaluate_synthetic`` reports at that held-out offset): the discipline both models share."""
    labels_text = [POLECAT_ALIASES.get(r["label"], r["label"]) for r in rows]
    label_names = sorted(set(labels_text))
    labels = [label_names.index(t) for t in labels_text]
    train_idx = [i for i in range(len(rows)) if i % STRIDE not in HELD_OUT]
    report = {off: list(range(off, len(rows), STRIDE))[:report_limit] for off in sorted(HELD_OUT)}
    return label_names, labels, train_idx, report


def headline_folds(train_idx: list[int], rows: list[dict]) -> list[list[int]]:
    """The training rows in ``FOLDS`` folds that keep each headline (``title``) in one fold."""
    titles = sorted({rows[i]["title"] for i in train_idx})
    rng = np.random.default_rng(SEED)
    fold_of = {t: k % FOLDS for k, t in zip(rng.permutation(len(titles)), titles)}
    return [[i for i in train_idx if fold_of[rows[i]["title"]] == k] for k in range(FOLDS)]


def save_weights(path: Path, vocab: dict[str, int], model: Fit) -> tuple[str, int]:
    """Write a fitted model's features (those the fit left non-zero), weights and bias to the
    ``.npz`` at ``path`` (arrays only, no pickle); returns (its sha256, the number of features)."""
    names = sorted(vocab, key=vocab.get)
    weights = model.W[1:].astype(np.float32)
    keep = np.abs(weights).max(axis=1) >= 1e-3  # features the fit left at zero carry nothing
    names = [n for n, k in zip(names, keep) if k]
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, features=np.array(names), weights=weights[keep], bias=model.W[0].astype(np.float32))
    return hashlib.sha256(path.read_bytes()).hexdigest(), len(names)


def write_metadata(path: Path, meta: dict) -> None:
    """Write a model's metadata JSON to ``path`` and print its metrics."""
    path.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(meta["metrics"], indent=1))


def training_data(data: bytes, n_rows: int, trained_on: str) -> dict:
    """The ``training_data`` block of a model's metadata: the NGEC CSV (its bytes ``data``,
    ``n_rows`` rows) and what of it the model was trained on."""
    return {
        "file": "ngec-synthetic-events.csv (ahalterman/NGEC-2025 setup/train_classifiers/"
                "gpt_synthetic_events_2023-10-19_19.csv.zip)",
        "sha256": hashlib.sha256(data).hexdigest(), "rows": n_rows,
        "trained_on": trained_on,
        "label_map": POLECAT_ALIASES,
        "never_seen": "rows i % 9 in {0, 8}; PLOVER dev; the gold files",
    }


def lead_features(rows: list[dict]) -> list[tuple[list[str], list[str]]]:
    """(features of the lead sentence, features of the second sentence) per story, from the
    pinned spaCy model (the pipeline's own tokens, lemmas, entities and parse)."""
    from newsgraph.nlp.model import load_base_model

    nlp = load_base_model()
    out = []
    for doc in nlp.pipe((r["text"][:1500] for r in rows), batch_size=64):
        sents = list(doc.sents)
        first = event_classifier.features(sents[0]) if sents else []
        second = event_classifier.features(sents[1]) if len(sents) > 1 else []
        out.append((first, second))
    return out


class Fit:
    """Multinomial logistic regression on lists of feature indices (row 0 of W is the bias)."""

    def __init__(self, n_features: int, n_labels: int, l2: float):
        self.W = np.zeros((n_features + 1, n_labels))
        self.l2 = l2

    @staticmethod
    def _flat(docs: list[list[int]]):
        idx = [[0] + [i + 1 for i in d] for d in docs]
        lengths = np.array([len(d) for d in idx])
        flat = np.concatenate([np.array(d, dtype=np.int64) for d in idx])
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        owner = np.repeat(np.arange(len(idx)), lengths)
        return flat, starts, owner

    def logits(self, docs: list[list[int]]) -> np.ndarray:
        flat, starts, _ = self._flat(docs)
        return np.add.reduceat(self.W[flat], starts, axis=0)

    def probs(self, docs: list[list[int]]) -> np.ndarray:
        z = self.logits(docs)
        z = np.exp(z - z.max(axis=1, keepdims=True))
        return z / z.sum(axis=1, keepdims=True)

    def train(self, docs: list[list[int]], y: np.ndarray, weight: np.ndarray, steps: int = 400, lr: float = 0.05):
        flat, starts, owner = self._flat(docs)
        Y = np.eye(self.W.shape[1])[y]
        m, v = np.zeros_like(self.W), np.zeros_like(self.W)
        total = weight.sum()
        for t in range(1, steps + 1):
            z = np.add.reduceat(self.W[flat], starts, axis=0)
            z = np.exp(z - z.max(axis=1, keepdims=True))
            p = z / z.sum(axis=1, keepdims=True)
            g_doc = (p - Y) * (weight / total)[:, None]
            per_entry = g_doc[owner]
            grad = np.stack([np.bincount(flat, weights=per_entry[:, k], minlength=self.W.shape[0])
                             for k in range(self.W.shape[1])], axis=1)
            reg = self.l2 * self.W
            reg[0] = 0.0  # the bias is not shrunk
            grad += reg
            m = 0.9 * m + 0.1 * grad
            v = 0.999 * v + 0.001 * grad * grad
            self.W -= lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
        return self


def build_examples(feats, labels, rows_idx, vocab, second_weight):
    docs, y, w = [], [], []
    for i in rows_idx:
        first, second = feats[i]
        docs.append([vocab[f] for f in first if f in vocab])
        y.append(labels[i])
        w.append(1.0)
        if second_weight > 0 and second:
            docs.append([vocab[f] for f in second if f in vocab])
            y.append(labels[i])
            w.append(second_weight)
    return docs, np.array(y), np.array(w)


def make_vocab(feats, rows_idx) -> dict[str, int]:
    counts: dict[str, int] = {}
    for i in rows_idx:
        for f in set(feats[i][0]) | set(feats[i][1]):
            counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, c in counts.items() if c >= MIN_DOCS)
    return {f: k for k, f in enumerate(names)}


def fit(feats, labels, rows_idx, n_labels, l2, second_weight):
    vocab = make_vocab(feats, rows_idx)
    docs, y, w = build_examples(feats, labels, rows_idx, vocab, second_weight)
    return vocab, Fit(len(vocab), n_labels, l2).train(docs, y, w)


def lead_probs(model_vocab, model, feats, rows_idx) -> np.ndarray:
    vocab = model_vocab
    return model.probs([[vocab[f] for f in feats[i][0] if f in vocab] for i in rows_idx])


def accuracy(probs: np.ndarray, labels, rows_idx) -> float:
    return float(np.mean(probs.argmax(axis=1) == np.array([labels[i] for i in rows_idx])))


def folds_of(train_idx: list[int]) -> list[list[int]]:
    rng = np.random.default_rng(SEED)
    order = rng.permutation(len(train_idx))
    return [[train_idx[j] for j in order[k::FOLDS]] for k in range(FOLDS)]


def cross_validate(feats, labels, train_idx, n_labels, l2, second_weight):
    """Mean lead-sentence accuracy over 5 folds and the out-of-fold probabilities by row."""
    accs, oof = [], {}
    for fold in folds_of(train_idx):
        held = set(fold)
        rest = [i for i in train_idx if i not in held]
        vocab, model = fit(feats, labels, rest, n_labels, l2, second_weight)
        probs = lead_probs(vocab, model, feats, fold)
        accs.append(accuracy(probs, labels, fold))
        oof.update({i: p for i, p in zip(fold, probs)})
    return float(np.mean(accs)), float(np.std(accs)), oof


def rule_events(rows, rows_idx):
    """Per story: the rule pipeline's events (with their sentence's features and the trigger's
    senses), for choosing the switch odds. The pipeline runs without the classifier's re-typing."""
    from newsgraph.nlp.pipeline import build_pipeline

    event_classifier.ENABLED = False
    nlp = build_pipeline()
    out = {}
    for i, doc in zip(rows_idx, nlp.pipe(rows[i]["text"][:1500] for i in rows_idx)):
        first = next(iter(doc.sents), None)
        events = []
        for e in doc._.ng_events or []:
            span = doc.char_span(e.sentence_start, e.sentence_end, alignment_mode="expand")
            trig = doc.char_span(e.trigger_start, e.trigger_end, alignment_mode="expand")
            head = trig.root if trig is not None and len(trig) else None
            senses = (event_classifier.trigger_senses(head.lemma_.lower())
                      if head is not None and head.pos_ in event_classifier.VERB_POS else frozenset())
            events.append({"type": e.type, "confidence": e.confidence, "start": e.trigger_start,
                           "lead": first is not None and e.sentence_start == first.start_char,
                           "feats": event_classifier.features(span) if span is not None else [],
                           "senses": sorted(senses)})
        out[i] = events
    event_classifier.ENABLED = True
    return out


SWITCH_GRID = (1.5, 2.0, 3.0, 4.0, 6.0)


def simulate(events_by_row, oof, label_names, labels, odds) -> float:
    """Accuracy of ``choose_types`` + ``evaluate_synthetic``'s choice on training rows, with each
    row's out-of-fold lead-sentence probabilities standing for the classifier's."""
    right = 0
    for i, events in events_by_row.items():
        probs = dict(zip(label_names, oof[i]))
        typed = []
        for e in events:
            kind, rule_p = e["type"], probs.get(e["type"], 0.0)
            alternatives = [t for t in e["senses"] if t != kind and t in probs]
            best = max(alternatives, key=probs.get, default=None)
            if best is not None and rule_p > 0 and probs[best] >= odds * rule_p:
                kind = best
            typed.append((kind, e["confidence"], e["start"], e["lead"]))
        pool = [t for t in typed if t[3]] or typed
        if pool:
            chosen = max(pool, key=lambda t: (t[1] * probs.get(t[0], 0.0), -t[2]))
            right += chosen[0] == label_names[labels[i]]
    return right / len(events_by_row)


def grouped_cv(feats, labels, rows, train_idx, n_labels, l2, second_weight) -> float:
    """Lead accuracy when whole headlines are held out: the stories come in groups of 12 or 24
    written from one headline, and every held-out story's headline has training stories, so
    the i % 9 slices measure partly memorised headlines. This is the honest estimate."""
    accs = []
    for held in headline_folds(train_idx, rows):
        held_set = set(held)
        rest = [i for i in train_idx if i not in held_set]
        vocab, model = fit(feats, labels, rest, n_labels, l2, second_weight)
        accs.append(accuracy(lead_probs(vocab, model, feats, held), labels, held))
    return float(np.mean(accs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--csv", type=Path, default=ROOT.parent / "shared" / "bench" / "train" / "ngec-synthetic-events.csv")
    parser.add_argument("--out-dir", type=Path, default=event_classifier.LEXICON_DIR)
    parser.add_argument("--cache", type=Path, help="JSON file caching the parsed features (speeds re-runs)")
    parser.add_argument("--tune-switch", action="store_true",
                        help="run the rule pipeline on the training rows to choose the switch odds (minutes)")
    args = parser.parse_args()

    started = time.time()
    data = args.csv.read_bytes()
    rows = read_rows(args.csv)
    label_names, labels, train_idx, report = split(rows)

    if args.cache and args.cache.exists():
        feats = [tuple(x) for x in json.loads(args.cache.read_text())]
    else:
        feats = lead_features(rows)
        if args.cache:
            args.cache.write_text(json.dumps(feats))
    print(f"parsed {len(rows)} stories in {time.time() - started:.0f} s", file=sys.stderr)

    grid = {}
    for l2 in L2_GRID:
        for sw in SECOND_WEIGHT_GRID:
            mean, std, _ = cross_validate(feats, labels, train_idx, len(label_names), l2, sw)
            grid[f"l2={l2:g},second={sw:g}"] = round(mean, 4)
            print(f"CV l2={l2:g} second={sw:g}: {mean:.4f} +- {std:.4f}", file=sys.stderr)
    best = max(((l2, sw) for l2 in L2_GRID for sw in SECOND_WEIGHT_GRID), key=lambda k: grid[f"l2={k[0]:g},second={k[1]:g}"])
    l2, second_weight = best
    cv_mean, cv_std, oof = cross_validate(feats, labels, train_idx, len(label_names), l2, second_weight)
    by_headline = grouped_cv(feats, labels, rows, train_idx, len(label_names), l2, second_weight)
    print(f"CV by headline: {by_headline:.4f}", file=sys.stderr)
    switch_odds, switch_grid = DEFAULT_SWITCH_ODDS, {}
    if args.tune_switch:
        events_by_row = rule_events(rows, train_idx)
        switch_grid = {f"{o:g}": round(simulate(events_by_row, oof, label_names, labels, o), 4) for o in SWITCH_GRID}
        switch_grid["rules only"] = round(simulate(events_by_row, oof, label_names, labels, float("inf")), 4)
        top = max(v for k, v in switch_grid.items() if k != "rules only")
        # the most conservative odds within 0.005 of the best: fewer changes to the rules' types
        switch_odds = max(o for o in SWITCH_GRID if switch_grid[f"{o:g}"] >= top - 0.005)
        print(f"switch odds {switch_odds:g}: {switch_grid}", file=sys.stderr)

    vocab, model = fit(feats, labels, train_idx, len(label_names), l2, second_weight)
    held_out = {f"offset_{off}": round(accuracy(lead_probs(vocab, model, feats, idx), labels, idx), 4)
                for off, idx in report.items()}
    print(f"chosen l2={l2:g} second={second_weight:g}; CV {cv_mean:.4f} +- {cv_std:.4f}; held out {held_out}",
          file=sys.stderr)

    weights_sha256, n_features = save_weights(args.out_dir / event_classifier.WEIGHTS_FILE.name, vocab, model)
    meta = {
        "format": event_classifier.FORMAT,
        "component": event_classifier.COMPONENT, "version": event_classifier.VERSION,
        "labels": label_names,
        "weights_sha256": weights_sha256,
        "n_features": n_features,
        # re-typing stays off (None): with the odds --tune-switch chose (6), the pipeline's PLOVER
        # dev type accuracy fell from 0.832 to 0.721, the unseen check (see the note)
        "switch_odds": switch_odds if RETYPE else None,
        "switch_odds_note": SWITCH_NOTE,
        "training_data": training_data(
            data, len(rows), f"{len(train_idx)} rows with i % 9 not in {sorted(HELD_OUT)}; lead sentence"
            + (f" + second sentence at weight {second_weight:g}" if second_weight else "")),
        "hyper_parameters": {"l2": l2, "second_sentence_weight": second_weight, "min_docs": MIN_DOCS,
                             "optimizer": "full-batch Adam, 400 steps, lr 0.05"},
        "metrics": {
            "cv_lead_accuracy": {"mean": round(cv_mean, 4), "std": round(cv_std, 4), "folds": FOLDS, "grid": grid},
            "cv_lead_accuracy_by_headline": round(by_headline, 4),
            "switch_odds_cv": switch_grid,
            "switch_odds_tuned": switch_odds,
            "held_out_lead_accuracy": held_out,
        },
        "citation": CITATION,
    }
    write_metadata(args.out_dir / event_classifier.META_FILE.name, meta)


if __name__ == "__main__":
    main()
