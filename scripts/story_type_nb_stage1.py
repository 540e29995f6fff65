"""ngec5 analysis (2026-12-02), stage 1: per training story, story_type.features, every sentence's
event_classifier.features and the lead sentences' main verb chain with its object; writes $NGEC_WORK/raw.jsonl (default /tmp/ngec5).
Run: PYTHONPATH=$PWD python scripts/story_type_nb_stage1.py (about 15 min on shared CPUs)."""
import json, os, sys, time
sys.path.insert(0, "scripts")
from pathlib import Path
from newsgraph.nlp import event_classifier, story_type
from newsgraph.nlp.pipeline import build_pipeline
from train_event_classifier import read_rows, split

rows = read_rows(Path("../shared/bench/train/ngec-synthetic-events.csv"))
names, labels, train, report = split(rows, 500)
needed = sorted(set(train).union(*report.values()))

def unit(t):
    return "@" + t.ent_type_ if t.ent_type_ else t.lemma_.lower()

def main_verbs(sent):
    """root verb and its xcomp/ccomp chain, each with its object unit"""
    out = []
    root = sent.root
    chain = [root]
    cur = root
    for _ in range(3):
        nxt = next((c for c in cur.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")), None)
        if nxt is None: break
        chain.append(nxt); cur = nxt
    for d, v in enumerate(chain):
        obj = next((c for c in v.children if c.dep_ in ("dobj", "obj", "attr")), None)
        if obj is None:
            pobj = None
            for c in v.children:
                if c.dep_ == "prep":
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if pobj is not None:
                        out.append((d, v.lemma_.lower(), c.lower_ + ":" + unit(pobj)))
                        break
            if pobj is None:
                out.append((d, v.lemma_.lower(), None))
        else:
            out.append((d, v.lemma_.lower(), unit(obj)))
    return out

nlp = build_pipeline()
t0 = time.time()
WORK = Path(os.environ.get("NGEC_WORK", "/tmp/ngec5"))
WORK.mkdir(parents=True, exist_ok=True)
with open(WORK / "raw.jsonl", "w") as out:
    for n, (i, doc) in enumerate(zip(needed, nlp.pipe((rows[i]["text"][:1500] for i in needed), batch_size=32))):
        events = list(doc._.ng_events or [])
        lead = story_type.lead_sentences(doc)
        lead_starts = [s.start for s in lead]
        sents = list(doc.sents)
        out.write(json.dumps({"i": i, "st": story_type.features(doc, events),
                              "sents": [event_classifier.features(s) for s in sents],
                              "lead_idx": [k for k, s in enumerate(sents) if s.start in lead_starts],
                              "mv": [main_verbs(s) for s in lead]}) + "\n")
        if n % 500 == 0:
            print(n, time.time() - t0, flush=True)
