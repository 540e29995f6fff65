"""The event-type classifier alone on PLOVER dev sentences: an unseen check (the classifier never
trains or tunes on PLOVER dev; scripts/train_event_classifier.py never reads it).

For each gold record, the classifier's most probable type for the record's sentence against the
gold type (FIGHT -> ASSAULT, as the evaluator reads it). Prints type accuracy and macro F1, over
the gold types. Compare ``python -m newsgraph.eval.plover`` for the pipeline (rules + classifier).

Run: ``PYTHONPATH=$PWD python scripts/event_classifier_check.py ../shared/bench/plover/plover-gsr-dev.json``
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsgraph.eval.plover import GOLD_TYPE_ALIASES, _f1, _read_records  # noqa: E402
from newsgraph.nlp import event_classifier  # noqa: E402
from newsgraph.nlp.model import load_base_model  # noqa: E402


def main(path: Path) -> dict:
    records = _read_records(path)
    nlp = load_base_model()
    texts = list(dict.fromkeys(r["text"] for r in records))
    best = {}
    for text, doc in zip(texts, nlp.pipe(texts)):
        probs = event_classifier.type_probabilities(doc)
        best[text] = max(probs, key=probs.get)
    gold = [GOLD_TYPE_ALIASES.get(r["event"], r["event"]) for r in records]
    predicted = [best[r["text"]] for r in records]
    f1s = []
    for label in sorted(set(gold)):
        tp = sum(p == label == g for p, g in zip(predicted, gold))
        f1s.append(_f1(tp, predicted.count(label), gold.count(label)))
    return {"classifier_type_accuracy": sum(p == g for p, g in zip(predicted, gold)) / len(gold),
            "classifier_macro_f1": sum(f1s) / len(f1s), "n": len(gold)}


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/bench/plover/plover-gsr-dev.json"))))
