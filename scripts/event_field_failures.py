"""Which field fails for each produced event that is found but not correct (development aid).

    PYTHONPATH=$PWD python scripts/event_field_failures.py ../shared/gold

For every exhaustive gold file: extract the article as ``eval facts`` does, and for each produced
event print OK (correct at some gold event), -- (not found) or, for a found-but-not-correct
event, the gold event it comes closest to and the fields that fail there (source, target, date
at the gold precision, status). The last line counts the failing fields. Never used at run time.
"""
import sys, collections
from pathlib import Path
from newsgraph.eval.facts import (GoldNames, Predictions, _as_list, _date_agrees, load_gold, read_gold_article,
                                  _extract, _event_actor_names, normalise_name, _event_levels)
gold_dir = Path(sys.argv[1])
counts = collections.Counter()
for path in sorted(gold_dir.glob("*.yaml")):
    gold = load_gold(path)
    if not gold["article"].get("exhaustive"):
        continue
    article = read_gold_article(gold, path)
    x = _extract(article)
    pred = Predictions(article.text, x)
    names = GoldNames(gold.get("entities") or [])
    golds = gold.get("events") or []
    for e in x.events:
        lv = [_event_levels(g, e, pred, names) for g in golds]
        if not any(f for f, c in lv):
            print(f"  -- {path.stem[:30]:30} {e.type:10} {e.source_text!r}->{e.target_text!r} st={e.status} d={e.date} trig={e.trigger!r}")
            continue
        if any(c for f, c in lv):
            print(f"  OK {path.stem[:30]:30} {e.type:10} {e.source_text!r}->{e.target_text!r} st={e.status} d={e.date} trig={e.trigger!r}")
            counts["correct"] += 1
            continue
        best = None
        src, tgt = _event_actor_names(pred, e, "source"), _event_actor_names(pred, e, "target")
        for g, (f, c) in zip(golds, lv):
            if not f:
                continue
            def ok(side, nm):
                ga = _as_list(g.get(side))
                return True if not ga else any(names.actor_matches(a, nm) for a in ga)
            fails = []
            pairs = [(src, tgt)] + ([(tgt, src)] if g.get("symmetric") else [])
            bestpair = min(([s for s, good in (("source", ok("source", a)), ("target", ok("target", b))) if not good] for a, b in pairs), key=len)
            fails += bestpair
            if not _date_agrees(g.get("date"), e.date):
                fails.append(f"date(gold {g.get('date')} got {e.date})")
            if (g.get("status") or "asserted") != e.status:
                fails.append(f"status(gold {g.get('status') or 'asserted'} got {e.status})")
            if best is None or len(fails) < len(best[1]):
                best = (g, fails)
        g, fails = best
        for f in fails:
            counts[f.split("(")[0]] += 1
        print(f"{path.stem[:30]:30} {e.type:10} {e.source_text!r}->{e.target_text!r} [acts {getattr(e,'source_acts_for',None)}->{getattr(e,'target_acts_for',None)}] date={e.date} st={e.status} | gold {g.get('id')} {g.get('source')}->{g.get('target')} d={g.get('date')} | FAIL {fails}")
print(dict(counts))
