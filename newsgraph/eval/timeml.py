"""Evaluate time-expression detection and normalisation on TimeML (.tml) documents.

Metrics (gold = every TIMEX3 inside ``<TEXT>``; the ``<DCT>`` timex is the reference date
and is not scored):

- ``timex_f1``: detection F1 with relaxed matching (a prediction matches a gold timex when
  their character spans overlap; one-to-one, greedy in text order).
- ``timex_f1_strict``: the same with exact spans.
- ``value_accuracy``: over the matched (overlapping) pairs, the share whose normalised value
  equals the gold ``value`` exactly. Missed gold timexes are a detection error and are
  counted by the F1, not here.
- ``value_accuracy_all_gold``: the same count of exact values divided by all gold timexes
  (an unmatched gold timex counts as wrong), the stricter end-to-end view.
- ``n``: number of gold timexes.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Optional
from xml.sax.saxutils import escape, quoteattr

from defusedxml import ElementTree as SafeET

from newsgraph.errors import EvalInputError

GoldTimex = tuple[int, int, str, Optional[str]]  # start, end, type, value


TIMEBANK_DATE_ORDER = "MDY"


def _timebank_conventions(timexes: list) -> list:
    """Adapter: TimeBank annotates "three days later" as a DURATION anchored on an event,
    where newsgraph gives the date it names (counted from the date last mentioned)."""
    from dataclasses import replace

    from newsgraph.nlp.timex import event_anchored_length

    out = []
    for t in timexes:
        length = event_anchored_length(t.text) if t.type == "DATE" else None
        out.append(replace(t, type="DURATION", value=length, precision="duration") if length else t)
    return out


def read_tml(path: Path) -> tuple[str, Optional[dt.date], list[GoldTimex], str]:
    """(text, reference date, gold timexes with offsets into text, doc id) of one .tml file."""
    try:
        root = SafeET.parse(str(path)).getroot()
    except Exception as exc:  # defusedxml raises several parse error types
        raise EvalInputError(f"cannot parse TimeML: {exc}", source=str(path)) from exc
    text_el = root.find("TEXT")
    if text_el is None:
        raise EvalInputError("no <TEXT> element", source=str(path))
    ref = None
    dct = root.find("DCT")
    if dct is not None:
        dct_timex = dct.find("TIMEX3")
        value = dct_timex.get("value") if dct_timex is not None else None
        if value:
            try:
                ref = dt.date.fromisoformat(value[:10])
            except ValueError as exc:
                raise EvalInputError(f"DCT value {value!r} is not a date", source=str(path)) from exc
    docid_el = root.find("DOCID")
    docid = (docid_el.text or "").strip() if docid_el is not None else path.stem
    pieces: list[str] = []
    gold: list[GoldTimex] = []

    def walk(el) -> None:
        start = sum(len(p) for p in pieces)
        if el.text:
            pieces.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                pieces.append(child.tail)
        if el.tag == "TIMEX3":
            end = sum(len(p) for p in pieces)
            gold.append((start, end, el.get("type", ""), el.get("value")))

    if text_el.text:
        pieces.append(text_el.text)
    for child in text_el:
        walk(child)
        if child.tail:
            pieces.append(child.tail)
    return "".join(pieces), ref, gold, docid or path.stem


def _match(gold: list[GoldTimex], pred, strict: bool) -> list[tuple[int, int]]:
    """One-to-one (gold index, prediction index) pairs, greedy by position."""
    pairs = []
    used = set()
    for gi, (gs, ge, _t, _v) in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi in used:
                continue
            ok = (p.start == gs and p.end == ge) if strict else (p.start < ge and gs < p.end)
            if ok:
                pairs.append((gi, pi))
                used.add(pi)
                break
    return pairs


def _f1(tp: int, n_gold: int, n_pred: int) -> float:
    if tp == 0:
        return 0.0
    precision, recall = tp / n_pred, tp / n_gold
    return 2 * precision * recall / (precision + recall)


def write_tml(path: Path, docid: str, ref: Optional[dt.date], text: str, timexes) -> None:
    """Write ``text`` as a TimeML document with our TIMEX3 tags inserted."""
    out = ['<?xml version="1.0" ?>\n<TimeML>\n', f"<DOCID>{escape(docid)}</DOCID>\n"]
    if ref is not None:
        out.append(f'<DCT><TIMEX3 tid="t0" type="DATE" value="{ref.isoformat()}" '
                   f'temporalFunction="false" functionInDocument="CREATION_TIME">'
                   f"{ref.isoformat()}</TIMEX3></DCT>\n")
    out.append("<TEXT>")
    pos = 0
    for k, t in enumerate(sorted(timexes, key=lambda t: t.start), start=1):
        if t.start < pos:
            continue  # overlapping predictions cannot nest in TimeML; keep the first
        out.append(escape(text[pos:t.start]))
        attrs = f'tid="t{k}" type={quoteattr(t.type)}'
        if t.value is not None:
            attrs += f" value={quoteattr(t.value)}"
        out.append(f"<TIMEX3 {attrs}>{escape(text[t.start:t.end])}</TIMEX3>")
        pos = t.end
    out.append(escape(text[pos:]))
    out.append("</TEXT>\n</TimeML>\n")
    path.write_text("".join(out), encoding="utf-8")


def evaluate(path, predictions_dir=None, limit: Optional[int] = None) -> dict:
    """Score newsgraph_timex on a directory (or one file) of TimeML documents."""
    from newsgraph.nlp.pipeline import build_pipeline, make_doc

    path = Path(path)
    if path.is_dir():
        files = sorted(path.glob("*.tml"))
    elif path.is_file():
        files = [path]
    else:
        raise EvalInputError("no such TimeML file or directory", source=str(path))
    if not files:
        raise EvalInputError("no .tml files found", source=str(path))
    if limit is not None:
        files = files[:limit]
    out_dir = Path(predictions_dir) if predictions_dir else None
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)

    documents = [(f, *read_tml(f)) for f in files]
    nlp = build_pipeline(("newsgraph_timex",))
    # Adapter: TimeBank is US English newswire, whose numeric dates are month-first.
    docs = nlp.pipe((make_doc(nlp, text, ref, date_order=TIMEBANK_DATE_ORDER) for _f, text, ref, _g, _id in documents),
                    batch_size=16)
    n_gold = n_pred = tp = tp_strict = value_ok = 0
    for (f, text, ref, gold, docid), doc in zip(documents, docs):
        pred = _timebank_conventions(doc._.ng_timexes or [])
        n_gold += len(gold)
        n_pred += len(pred)
        pairs = _match(gold, pred, strict=False)
        tp += len(pairs)
        tp_strict += len(_match(gold, pred, strict=True))
        value_ok += sum(1 for gi, pi in pairs if pred[pi].value == gold[gi][3])
        if out_dir is not None:
            write_tml(out_dir / f.name, docid, ref, text, pred)
    return {
        "timex_f1": _f1(tp, n_gold, n_pred),
        "timex_f1_strict": _f1(tp_strict, n_gold, n_pred),
        "value_accuracy": value_ok / tp if tp else 0.0,
        "value_accuracy_all_gold": value_ok / n_gold if n_gold else 0.0,
        "n": n_gold,
    }


if __name__ == "__main__":
    target = sys.argv[1] if len(sys.argv) > 1 else "../shared/bench/timebank"
    preds = sys.argv[2] if len(sys.argv) > 2 else None
    for key, value in evaluate(target, preds).items():
        print(f"{key}\t{value:.4f}" if isinstance(value, float) else f"{key}\t{value}")
