"""Score events against the exhaustive gold files, per predicted event (development aid).

    python scripts/event_dev_scores.py ../shared/gold [--show wrong|right|all] [--dump FILE.json]

For each exhaustive gold file: run the pipeline on its article, label every produced event
right (found level: a listed type, the sentence holds the evidence, at least one actor right,
matching a gold or optional event) or wrong, and print precision / recall / F1 (found and
correct levels). ``--dump`` writes one JSON row per produced event (article, features, label)
for ``scripts/fit_event_calibration.py``. Never used at run time.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from newsgraph.eval.facts import GoldNames, Predictions, _as_list, _date_agrees, load_gold, normalise_name, \
    read_gold_article


def _actor_ok(gold_names, names, pred_names):
    return any(names.matches(g, pred_names) for g in _as_list(gold_names)) if gold_names else None


def match(e, g, pred, names):
    """(found, correct) for produced event ``e`` against gold event ``g``."""
    if e.type not in (g.get("types") or []):
        return False, False
    sentence = normalise_name(pred.sentence(e.sentence_start, e.sentence_end))
    spans = [sentence] + [normalise_name(pred.text[s:t]) for s, t in getattr(e, "evidence_spans", []) or []]
    evidence = [normalise_name(x) for x in _as_list(g.get("evidence"))]
    if evidence and not any(ev in s for ev in evidence for s in spans):
        return False, False
    src = pred.names_of(e.source_key, e.source_text) | pred.names_of(e.source_affiliation_key)
    tgt = pred.names_of(e.target_key, e.target_text) | pred.names_of(e.target_affiliation_key)
    best_found = best_correct = False
    for s_names, t_names in [(src, tgt)] + ([(tgt, src)] if g.get("symmetric") else []):
        ok_s = _actor_ok(g.get("source"), names, s_names)
        ok_t = _actor_ok(g.get("target"), names, t_names)
        found = bool(ok_s) or bool(ok_t)
        correct = (ok_s is not False) and (ok_t is not False) and _date_agrees(g.get("date"), e.date) \
            and (g.get("status") or "asserted") == e.status
        best_found |= found
        best_correct |= found and correct
    return best_found, best_correct


def score_file(path: Path, show: str):
    from newsgraph.eval.facts import _extract

    gold = load_gold(path)
    if not gold["article"].get("exhaustive"):
        return None
    article = read_gold_article(gold, path)
    x = _extract(article)  # as eval facts extracts it: reference day, date order, outlet, title
    pred = Predictions(article.text, x)
    names = GoldNames(gold.get("entities") or [])
    golds = gold.get("events") or []
    rows = []
    hit_found, hit_correct = set(), set()
    for e in x.events:
        found_ids = [i for i, g in enumerate(golds) if match(e, g, pred, names)[0]]
        correct_ids = [i for i, g in enumerate(golds) if match(e, g, pred, names)[1]]
        dup = bool(found_ids) and all(i in hit_found for i in found_ids)
        hit_found.update(found_ids)
        hit_correct.update(correct_ids)
        rows.append({"article": path.stem, "type": e.type, "mode": e.mode, "status": e.status,
                     "confidence": e.confidence, "explanation": e.explanation, "trigger": e.trigger,
                     "source": e.source_text, "target": e.target_text, "date": e.date,
                     "sentence": article.text[e.sentence_start:e.sentence_end][:200],
                     "found": bool(found_ids), "correct": bool(correct_ids), "duplicate": dup,
                     "gold": [golds[i].get("id") for i in found_ids]})
    required = [i for i, g in enumerate(golds) if not g.get("optional")]
    for r in rows:
        if show == "all" or (show == "wrong" and not r["found"]) or (show == "right" and r["found"]):
            flag = "OK " if r["found"] else "-- "
            print(f"  {flag}{r['confidence']:.2f} {r['type']}/{r['mode']} {r['status']} "
                  f"{r['source']!r}->{r['target']!r} trig={r['trigger']!r} | {r['sentence'][:140]!r}")
    if show in ("missed", "all"):
        for i in required:
            if i not in hit_found:
                g = golds[i]
                print(f"  MISS {g.get('id')} {g.get('types')} {g.get('source')}->{g.get('target')} ev={g.get('evidence')!r}")
    return {"rows": rows, "n_pred": len(rows),
            "tp_found": sum(r["found"] and not r["duplicate"] for r in rows),
            "tp_correct": len([r for r in rows if r["correct"]]),
            "gold": len(required),
            "gold_found": len([i for i in required if i in hit_found]),
            "gold_correct": len([i for i in required if i in hit_correct]),
            "dups": sum(r["duplicate"] for r in rows)}


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", type=Path)
    parser.add_argument("--show", default="none")
    parser.add_argument("--dump", type=Path)
    args = parser.parse_args(argv)
    files = sorted(args.gold.glob("*.yaml")) if args.gold.is_dir() else [args.gold]
    totals = {"n_pred": 0, "tp_found": 0, "tp_correct": 0, "gold": 0, "gold_found": 0, "gold_correct": 0, "dups": 0}
    all_rows = []
    for path in files:
        print(path.stem, flush=True)
        result = score_file(path, args.show)
        if result is None:
            continue
        all_rows += result.pop("rows")
        for k in totals:
            totals[k] += result[k]
        p = result["tp_found"] / result["n_pred"] if result["n_pred"] else 1.0
        r = result["gold_found"] / result["gold"] if result["gold"] else 1.0
        print(f"  pred={result['n_pred']} found P={p:.2f} R={r:.2f} dups={result['dups']}")
    p = totals["tp_found"] / totals["n_pred"] if totals["n_pred"] else 0
    r = totals["gold_found"] / totals["gold"] if totals["gold"] else 0
    pc = len([x for x in all_rows if x["correct"]]) / totals["n_pred"] if totals["n_pred"] else 0
    rc = totals["gold_correct"] / totals["gold"] if totals["gold"] else 0
    f = 2 * p * r / (p + r) if p + r else 0
    fc = 2 * pc * rc / (pc + rc) if pc + rc else 0
    print(json.dumps({"found": {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)},
                      "correct": {"precision": round(pc, 3), "recall": round(rc, 3), "f1": round(fc, 3)},
                      **totals}))
    if args.dump:
        args.dump.write_text(json.dumps(all_rows, indent=0), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
