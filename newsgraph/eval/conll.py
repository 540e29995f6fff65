"""CoNLL-2003 NER evaluation of the entities component (entity-level exact match, conlleval).

Input: a CoNLL-2003 column file (token POS chunk NER, IOB1 tags, ``-DOCSTART-`` lines between
documents, blank lines between sentences). Each document becomes a spaCy ``Doc`` built from
the gold tokens with the gold sentence starts preset (so a later "Blair" can use an earlier
"Tony Blair"), runs through the pinned base model and ``find_mentions``, and our mentions
are mapped to CoNLL types (spans are cut back to their sentences for scoring):

=========================================  ============
person                                      PER
organization                                ORG
country, place, region                      LOC
mentions of kind demonym                    MISC ("Iranian", "New York-based")
group (NORP), named equipment, misc (EVENT, MISC
LAW, LANGUAGE, WORK_OF_ART, PRODUCT)
money, percent, quantity (and dates),      not scored
equipment in lower case ("the aircraft")
=========================================  ============

A sentence whose words are all capitals (headlines, sports tables) is recased for the model
with ``truecase_words`` (the Doc keeps the original words, so spans map back one to one).

Scores: precision/recall/F1 over exact (start, end, type) matches, micro-averaged and per
type; ``n`` is the number of gold entities. With ``predictions_dir``, writes
``<input name>.pred``: the input columns plus a fifth column with our IOB1 tags (readable by
conlleval).
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from spacy.tokens import Doc

from newsgraph.errors import EvalInputError

CONLL_TYPES = ("PER", "ORG", "LOC", "MISC")
TYPE_TO_CONLL = {
    "person": "PER", "organization": "ORG", "country": "LOC", "place": "LOC", "region": "LOC",
    "group": "MISC", "equipment": "MISC", "misc": "MISC",
}


def read_conll(path: Path, limit: Optional[int] = None) -> list[list[list[list[str]]]]:
    """Documents, each a list of sentences, each a list of column rows (of the first
    ``limit`` lines of the file)."""
    documents, sentences, current = [], [], []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()[:limit]
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalInputError(f"cannot read CoNLL file: {exc}", source=str(path)) from exc
    for number, line in enumerate(lines, 1):
        columns = line.split()
        if not columns or columns[0] == "-DOCSTART-":
            if current:
                sentences.append(current)
                current = []
            if columns and sentences:
                documents.append(sentences)
                sentences = []
            continue
        if len(columns) < 2:
            raise EvalInputError(f"line {number}: expected token and tag columns", source=str(path))
        current.append(columns)
    if current:
        sentences.append(current)
    if sentences:
        documents.append(sentences)
    if not documents:
        raise EvalInputError("no sentences found", source=str(path))
    return documents


def iob_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """(start, end, type) spans of IOB1 or IOB2 tags."""
    spans = set()
    start, kind = None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, label = tag.partition("-")
        continues = prefix == "I" and label == kind
        if start is not None and not continues:
            spans.add((start, i, kind))
            start, kind = None, None
        if prefix in ("B", "I") and start is None:
            start, kind = i, label
    return spans


def spans_to_iob1(spans: list[tuple[int, int, str]], length: int) -> list[str]:
    """IOB1 tags (B- only where an entity follows one of the same type)."""
    tags = ["O"] * length
    for start, end, kind in sorted(spans):
        for i in range(start, end):
            tags[i] = f"I-{kind}"
        if start > 0 and tags[start - 1] == f"I-{kind}":
            tags[start] = f"B-{kind}"
    return tags


def predict_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """CoNLL-typed token spans of our mentions in one (already processed) Doc."""
    from newsgraph.nlp.entities import find_mentions

    spans = []
    used = [False] * len(doc)
    for mention in find_mentions(doc, include_misc=True):
        kind = TYPE_TO_CONLL.get(mention.type)
        if mention.kind == "demonym":
            kind = "MISC"  # CoNLL tags nationalities ("Iranian", "Ohio-based") MISC
        if mention.type == "equipment" and mention.text.islower():
            kind = None  # "the aircraft" is no named entity in CoNLL
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if kind is None or span is None or any(used[span.start:span.end]):
            continue
        used[span.start:span.end] = [True] * len(span)
        spans.append((span.start, span.end, kind))
    return spans


def _document_doc(nlp, sentences) -> Doc:
    """One Doc per document (so mentions can use earlier sentences), sentence starts preset;
    all-caps sentences recased for the model."""
    from newsgraph.nlp.entities import is_all_caps, truecase_words

    words, sent_starts = [], []
    for rows in sentences:
        sentence_words = [r[0] for r in rows]
        words.extend(truecase_words(sentence_words) if is_all_caps(sentence_words) else sentence_words)
        sent_starts.extend([True] + [False] * (len(rows) - 1))
    return Doc(nlp.vocab, words=words, sent_starts=sent_starts)


def _per_sentence(sentences, spans) -> list[list[tuple[int, int, str]]]:
    """Document-level token spans cut back into sentence-relative spans."""
    out, offset = [], 0
    for rows in sentences:
        end_offset = offset + len(rows)
        out.append([(max(s, offset) - offset, min(e, end_offset) - offset, k)
                    for s, e, k in spans if s < end_offset and e > offset])
        offset = end_offset
    return out


def evaluate(path, predictions_dir: Optional[str] = None, limit: Optional[int] = None) -> dict:
    """Entity-level F1 of our mentions on a CoNLL-2003 file (``limit``: first N lines only)."""
    from newsgraph.nlp.model import load_base_model

    path = Path(path)
    if not path.is_file():
        raise EvalInputError("CoNLL file not found", source=str(path))
    documents = read_conll(path, limit)
    nlp = load_base_model()
    sentences, predicted = [], []
    docs = (_document_doc(nlp, document) for document in documents)
    for document, doc in zip(documents, nlp.pipe(docs, batch_size=32)):
        sentences.extend(document)
        predicted.extend(_per_sentence(document, predict_spans(doc)))

    counts = {t: [0, 0, 0] for t in CONLL_TYPES}  # true positives, predicted, gold
    for rows, pred in zip(sentences, predicted):
        gold = iob_spans([r[-1] for r in rows])
        pred_set = set(pred)
        for kind in CONLL_TYPES:
            g = {s for s in gold if s[2] == kind}
            p = {s for s in pred_set if s[2] == kind}
            counts[kind][0] += len(g & p)
            counts[kind][1] += len(p)
            counts[kind][2] += len(g)

    if predictions_dir:
        _write_predictions(path, Path(predictions_dir), sentences, predicted)

    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    result = _prf(*total)
    result["per_type"] = {kind: _prf(*counts[kind]) for kind in CONLL_TYPES}
    result["n"] = total[2]
    return result


def _prf(tp: int, predicted: int, gold: int) -> dict:
    precision = tp / predicted if predicted else 0.0
    recall = tp / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"f1": f1, "precision": precision, "recall": recall}


def _write_predictions(path: Path, out_dir: Path, sentences, predicted) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    lines = []
    for rows, spans in zip(sentences, predicted):
        tags = spans_to_iob1(spans, len(rows))
        lines.extend(" ".join(row + [tag]) for row, tag in zip(rows, tags))
        lines.append("")
    (out_dir / f"{path.name}.pred").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(evaluate(sys.argv[1], *(sys.argv[2:3] or [None])), indent=2))
