"""ngec5 analysis (2026-12-02), stage 2: headline-grouped 5-fold CV (the training script's folds, seed 13)
on the training rows only of complement naive Bayes (Rennie et al. 2003, weight-normalised) over
story_type.features (+ non-lead sentences' words/verbs ``o:``, + main verb_object ``mv``) and of its
log-linear ensemble with the logistic model. Modes: ``lrbase [steps]`` (LR out-of-fold, cached), ``nb``, ``nb2``.
Results: see scripts/story_type_candidates.py docstring (ngec5). Reads and writes its cache in
$NGEC_WORK (default /tmp/ngec5), where scripts/story_type_nb_stage1.py wrote raw.jsonl (and raw2.jsonl)."""
import json, os, sys, time, pickle
sys.path.insert(0, "scripts")
from pathlib import Path

WORK = Path(os.environ.get("NGEC_WORK", "/tmp/ngec5"))
import numpy as np
from newsgraph.nlp import story_type
from train_event_classifier import read_rows, split, headline_folds, Fit, MIN_DOCS

rows = read_rows(Path("../shared/bench/train/ngec-synthetic-events.csv"))
names, labels, train, report = split(rows, 500)
y = np.array(labels); L = len(names)
raw = {}
for fn in (WORK / "raw.jsonl", WORK / "raw2.jsonl"):
    if not fn.exists():
        continue
    for line in open(fn):
        if line.endswith("\n"):
            d = json.loads(line); raw[d["i"]] = d
train = [i for i in train if i in raw]
folds = headline_folds(train, rows)
ODDS = (1.0, 1.5, 2.0, 3.0)

def rule(i):
    return next((f[3:] for f in raw[i]["st"] if f.startswith("rc:")), "NONE")

def vocab_of(feats, idx):
    c = {}
    for i in idx:
        for f in set(feats[i]): c[f] = c.get(f, 0) + 1
    return {f: k for k, f in enumerate(sorted(f for f, n in c.items() if n >= MIN_DOCS))}

def lr_oof(feats, l2=0.003, steps=400):
    oof = {}
    for fold in folds:
        held = set(fold); tr = [i for i in train if i not in held]
        v = vocab_of(feats, tr)
        m = Fit(len(v), L, l2).train([[v[f] for f in feats[i] if f in v] for i in tr], y[tr], np.ones(len(tr)), steps=steps)
        oof.update(zip(fold, m.probs([[v[f] for f in feats[i] if f in v] for i in fold])))
    return oof

def nb_fit(feats, tr, alpha, complement=False, counts=None):
    v = vocab_of(feats, tr)
    X = np.zeros((len(v), L))
    for i in tr:
        for f in set(feats[i]):
            if f in v: X[v[f], y[i]] += 1
    prior = np.bincount(y[tr], minlength=L) / len(tr)
    if complement:
        comp = X.sum(1, keepdims=True) - X
        theta = (comp + alpha) / (comp.sum(0, keepdims=True) + alpha * len(v))
        W = -np.log(theta)
        W = W / np.abs(W).sum(0, keepdims=True)  # weight normalisation (Rennie et al.)
        return v, W, np.zeros(L)
    theta = (X + alpha) / (X.sum(0, keepdims=True) + alpha * len(v))
    return v, np.log(theta), np.log(prior)

def nb_oof(feats, alpha, complement=False):
    oof = {}
    for fold in folds:
        held = set(fold); tr = [i for i in train if i not in held]
        v, W, b = nb_fit(feats, tr, alpha, complement)
        for i in fold:
            z = b + W[[v[f] for f in set(feats[i]) if f in v]].sum(0)
            oof[i] = z  # log-scores
    return oof

def softmax(z):
    z = z - z.max(); e = np.exp(z); return e / e.sum()

def score(oof, tag):
    ids = sorted(oof)
    res = {"argmax": round(float(np.mean([oof[i].argmax() == y[i] for i in ids])), 4)}
    for o in ODDS:
        res[f"o{o:g}"] = round(float(np.mean([story_type.decide(dict(zip(names, oof[i])), rule(i), o) == names[y[i]] for i in ids])), 4)
    print(tag, res, flush=True)
    return res

def std(z):
    return (z - z.mean()) / (z.std() + 1e-12)

def ens(lr, nbz, w, temp):
    return {i: softmax(np.log(lr[i] + 1e-12) * (1 - w) + w * std(nbz[i]) / temp) for i in lr}

if __name__ == "__main__":
    which = sys.argv[1]
    base = {i: raw[i]["st"] for i in raw}
    if which == "lrbase":
        t = time.time(); oof = lr_oof(base, steps=int(sys.argv[2]) if len(sys.argv) > 2 else 400); print("fit s", time.time() - t)
        pickle.dump(oof, open(WORK / "lr_base.pkl", "wb")); score(oof, "LR base")
    if which == "nb":
        lr = pickle.load(open(WORK / "lr_base.pkl", "rb"))
        for comp in (False, True):
            for a in (0.1, 0.3, 1.0):
                z = nb_oof(base, a, comp)
                score({i: softmax(std(z[i])) for i in z}, f"NB comp={comp} a={a}")
                for temp in (0.5, 1.0):
                    for w in (0.2, 0.35, 0.5):
                        score(ens(lr, z, w, temp), f"  ens comp={comp} a={a} T={temp} w={w}")

def allsent(i):
    d = raw[i]; lead = set(d["lead_idx"])
    return sorted({"o:" + f for k, s in enumerate(d["sents"]) if k not in lead for f in s if f[:2] in ("w:", "v:") or f.startswith("va:")})

def mv(i):
    out = set()
    for k, s in enumerate(raw[i]["mv"]):
        for depth, verb, obj in s:
            p = "mv0" if k == 0 else "mvl"
            out.add(f"{p}:{verb}"); out.add(f"{p}:{verb}_{obj}")
            if depth > 0: out.add(f"{p}c:{verb}_{obj}")
    return sorted(out)

if __name__ == "__main__" and sys.argv[1] == "nb2":
    lr = pickle.load(open(WORK / "lr_base.pkl", "rb"))
    score(lr, "LR base (proxy)")
    base = {i: raw[i]["st"] for i in raw}
    variants = {"base": base, "+all": {i: base[i] + allsent(i) for i in raw},
                "+mv": {i: base[i] + mv(i) for i in raw}, "+all+mv": {i: base[i] + allsent(i) + mv(i) for i in raw}}
    for name, feats in variants.items():
        for a in (0.3, 1.0):
            z = nb_oof(feats, a, True)
            score({i: softmax(std(z[i])) for i in z}, f"CNB {name} a={a}")
            for temp in (0.25, 0.5, 1.0):
                for w in (0.2, 0.35, 0.5):
                    score(ens(lr, z, w, temp), f"  ens CNB {name} a={a} T={temp} w={w}")
