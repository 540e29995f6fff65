"""Attribution evaluation on PolNeAR (brat standoff), for ``newsgraph_statements``.

Input: a split directory with ``text/NAME.txt`` and ``attributions/NAME_ANNOTATOR.ann``.
Article names contain underscores, so the annotator code is what follows the LAST one.
Where several annotators marked one article (dev has a few), the annotator whose file
name sorts first is used, so the choice is deterministic and independent of our output.

Gold attributions are the ``E`` lines whose trigger is ``Attribution`` or
``Attribution-no-source``; their ``Source``, ``Cue`` and ``Content`` (plus the rare
``Content2``, merged into the content) arguments point at text-bound ``T`` lines whose
spans may be discontinuous (``start end;start end``). ``Discuss``/``Discard`` are ignored.

Metrics (all F1 in 0..1, one-to-one greedy matching in document order):

* ``source_f1`` / ``cue_f1`` / ``content_f1``: each role's spans as a set per article
  (a Source shared by several attributions counts once). ``exact``: the same character
  extents after trimming whitespace; ``overlap``: at least one character in common.
* ``attribution_exact_f1``: cue, content and source all exact (a missing source matches
  only a missing source).
* ``attribution_overlap_f1``: the cue overlaps AND the content overlaps AND, when the gold
  has a source, the prediction has one that overlaps it (a prediction without a source does
  not match a gold attribution with one; a gold attribution without a source matches on cue
  and content alone).
* ``n``: the number of gold attributions.

Predictions come from ``find_statements(doc, conventions=("polnear",))``: PolNeAR's own,
broader definition of an attribution (beliefs, intentions, perceptions, topic verbs,
stances, and attributions with an implicit source: ``Attribution-no-source``), switched on
for this evaluator only; what newsgraph stores for articles is unchanged.

Predictions are written as brat ``.ann`` files (``NAME_newsgraph.ann``) with ``Source``,
``Cue``, ``Content`` and ``Attribution`` T lines tied by ``E`` lines, as in the gold.
Direct-quote content is written WITH its quotation marks, as PolNeAR annotates it, and
a speaker followed by a relative pronoun that opens the cue's clause ("X, who said ...")
is written as that pronoun, PolNeAR's source in relative clauses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from newsgraph.errors import EvalInputError

Span = tuple[tuple[int, int], ...]  # one or more (start, end) parts, sorted

_T_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t")
_E_LINE = re.compile(r"^(E\d+)\t(\S+)")
ATTRIBUTION_TRIGGERS = ("Attribution", "Attribution-no-source")


@dataclass
class Attribution:
    cue: Optional[Span]
    content: Optional[Span]
    source: Optional[Span]


def parse_ann(path: Path, text: str) -> list[Attribution]:
    """Gold attributions of one brat ``.ann`` file (spans trimmed of surrounding whitespace)."""
    spans: dict[str, tuple[str, Span]] = {}
    events: list[list[tuple[str, str]]] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalInputError(f"cannot read annotation file: {exc}", source=str(path)) from exc
    for line in lines:
        # spans with a newline inside continue on the next line: those lines match nothing
        match = _T_LINE.match(line)
        if match:
            try:
                parts = tuple(
                    tuple(int(x) for x in piece.split())
                    for piece in match.group(3).split(";")
                )
            except ValueError as exc:
                raise EvalInputError(f"bad span in line {line!r}", source=str(path)) from exc
            spans[match.group(1)] = (match.group(2), _trim(parts, text))
            continue
        match = _E_LINE.match(line)
        if match:
            args = [tuple(a.split(":", 1)) for a in line.split("\t")[1].split() if ":" in a]
            events.append(args)
    attributions = []
    for args in events:
        if not args or args[0][0] not in ATTRIBUTION_TRIGGERS:
            continue
        roles: dict[str, list[tuple[int, int]]] = {}
        for role, ref in args[1:]:
            if ref not in spans:
                raise EvalInputError(f"E line refers to unknown {ref}", source=str(path))
            role = "Content" if role.startswith("Content") else role
            roles.setdefault(role, []).extend(spans[ref][1])
        attributions.append(Attribution(
            cue=_as_span(roles.get("Cue")),
            content=_as_span(roles.get("Content")),
            source=_as_span(roles.get("Source")),
        ))
    return attributions


def _trim(parts, text: str) -> Span:
    trimmed = []
    for start, end in parts:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            trimmed.append((start, end))
    return tuple(sorted(trimmed))


def _as_span(parts) -> Optional[Span]:
    if not parts:
        return None
    return tuple(sorted(set(parts)))


def _overlaps(a: Optional[Span], b: Optional[Span]) -> bool:
    if not a or not b:
        return False
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _count_matches(gold: list, pred: list, same) -> int:
    """One-to-one greedy matching: each gold item takes the first free prediction it matches."""
    used = [False] * len(pred)
    hits = 0
    for g in gold:
        for i, p in enumerate(pred):
            if not used[i] and same(g, p):
                used[i] = True
                hits += 1
                break
    return hits


def _exact_attr(g: Attribution, p: Attribution) -> bool:
    return g.cue == p.cue and g.content == p.content and g.source == p.source


def _overlap_attr(g: Attribution, p: Attribution) -> bool:
    if not (_overlaps(g.cue, p.cue) and _overlaps(g.content, p.content)):
        return False
    if g.source:
        # a prediction that names no source has not found who said it: no match
        return _overlaps(g.source, p.source)
    return True


class _Tally:
    def __init__(self):
        self.hits = 0
        self.gold = 0
        self.pred = 0

    def add(self, hits: int, gold: int, pred: int) -> None:
        self.hits += hits
        self.gold += gold
        self.pred += pred

    def f1(self) -> float:
        if self.hits == 0:
            return 0.0
        precision, recall = self.hits / self.pred, self.hits / self.gold
        return 2 * precision * recall / (precision + recall)


def list_articles(path: Path) -> list[tuple[str, Path, Path]]:
    """(name, text path, chosen annotation path) for each annotated article, sorted by name."""
    text_dir, ann_dir = path / "text", path / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise EvalInputError(
            "expected a PolNeAR split with text/ and attributions/ folders", source=str(path)
        )
    chosen: dict[str, Path] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        chosen.setdefault(name, ann)  # sorted: the first annotator by file name wins
    articles = []
    for name, ann in sorted(chosen.items()):
        text_path = text_dir / f"{name}.txt"
        if not text_path.is_file():
            raise EvalInputError(f"no text for annotation {ann.name}", source=str(text_path))
        articles.append((name, text_path, ann))
    return articles


def _coalesce(parts, text: str) -> list:
    """Sentence pieces of one quote joined again: pieces whose gap is only the sentence's end
    ("A. B") are one span, as PolNeAR marks a quote."""
    out = []
    for start, end in parts:
        if out and not text[out[-1][1]:start].strip(" \t\n.!?;"):
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def statements_to_attributions(statements: Iterable, text: str) -> list[Attribution]:
    """Our Statement records as PolNeAR-style attributions (quotes re-include their marks).

    Adapter: newsgraph makes each quoted passage carried on after its cue's sentence a
    statement of its own (no cue, same speaker), one per quoted sentence; PolNeAR annotates
    the cue's whole quote as one attribution, so such statements are folded back into the
    statement of their cue, and the sentence pieces of one quote joined again."""
    out = []
    merged: list = []  # [statement, parts]
    pending: list = []  # cue-less quote pieces waiting for their cue's statement

    def speaker(st):
        return (st.speaker_start, st.speaker_end)

    for st in sorted(statements, key=lambda s: s.content_start):
        parts = [(st.content_start, st.content_end)] + [tuple(p) for p in st.content_parts]
        if st.cue_start is None and st.kind == "direct" and st.speaker_start is not None:
            if merged and merged[-1][0].cue_start is not None and speaker(merged[-1][0]) == speaker(st):
                merged[-1][1].extend(parts)  # "“A,” X said. “B.”": B goes on A's attribution
            else:
                pending.append((st, parts))
            continue
        if pending and st.cue_start is not None and speaker(pending[0][0]) == speaker(st):
            parts = [p for _, ps in pending for p in ps] + parts  # "“A. B,” X said"
            pending = []
        merged.extend(pending)
        pending = []
        merged.append((st, parts))
    merged.extend(pending)
    merged = [(st, _coalesce(sorted(set(parts)), text)) for st, parts in merged]
    for st, parts in merged:
        if st.kind in ("direct", "partial"):
            parts = [_with_quote_marks(s, e, text) for s, e in parts]
        cue = ((st.cue_start, st.cue_end),) if st.cue_start is not None else None
        source = (
            ((st.speaker_start, st.speaker_end),) if st.speaker_start is not None else None
        )
        if source and cue:
            source = _relative_pronoun_source(source, cue, text) or source
        out.append(Attribution(cue=cue, content=_as_span(_trim(parts, text)), source=source))
    return out


# "Mike Murphy, who praised ...": the relative pronoun opening the cue's clause
_RELATIVE_SOURCE = re.compile(r"\s*,?\s*(who|that|which)\b[^.;:!?\n“”\"]*$", re.IGNORECASE)


def _relative_pronoun_source(source: Span, cue: Span, text: str) -> Optional[Span]:
    """PolNeAR marks the relative pronoun, not its antecedent, as the source of a cue in a
    relative clause; our speaker is the antecedent, so the pronoun right after it (and
    before the cue, in the same sentence) is written instead."""
    speaker_end, cue_start = source[-1][1], cue[0][0]
    if not 0 <= cue_start - speaker_end <= 80:
        return None
    match = _RELATIVE_SOURCE.match(text, speaker_end, cue_start)
    if match is None:
        return None
    return ((match.start(1), match.end(1)),)


_OPENING = "\"“‘'"
_CLOSING = "\"”’'"


def _with_quote_marks(start: int, end: int, text: str) -> tuple[int, int]:
    if start > 1 and text[start - 2:start] in ("''", "``"):
        start -= 2
    elif start > 0 and text[start - 1] in _OPENING:
        start -= 1
    # a closing mark may follow the content directly or after its punctuation (",” / .”)
    for step in (0, 1):
        if text[end + step:end + step + 2] == "''":
            end += step + 2
            break
        if end + step < len(text) and text[end + step] in _CLOSING:
            end += step + 1
            break
    return start, end


def write_ann(path: Path, attributions: list[Attribution], text: str) -> None:
    """Write attributions as a brat ``.ann`` file in PolNeAR's layout."""
    lines: list[str] = []
    counter = 0

    def t_line(label: str, span: Span) -> str:
        nonlocal counter
        counter += 1
        offsets = ";".join(f"{s} {e}" for s, e in span)
        surface = " ".join(text[s:e] for s, e in span).replace("\n", " ")
        lines.append(f"T{counter}\t{label} {offsets}\t{surface}")
        return f"T{counter}"

    for number, attr in enumerate(attributions, start=1):
        if not attr.cue or not attr.content:
            continue
        trigger = "Attribution" if attr.source else "Attribution-no-source"
        args = []
        if attr.source:
            args.append(f"Source:{t_line('Source', attr.source)}")
        args.append(f"Cue:{t_line('Cue', attr.cue)}")
        args.append(f"Content:{t_line('Content', attr.content)}")
        trigger_id = t_line(trigger, attr.cue)
        lines.append(f"E{number}\t{trigger}:{trigger_id} " + " ".join(args))
    path.write_text("\n".join(lines) + ("\n" if lines else ""), encoding="utf-8")


def _unique_spans(attrs: list[Attribution], role: str) -> list[Span]:
    seen, out = set(), []
    for attr in attrs:
        span = getattr(attr, role)
        if span and span not in seen:
            seen.add(span)
            out.append(span)
    return out


def score(pairs: Iterable[tuple[list[Attribution], list[Attribution]]]) -> dict:
    """Metrics over (gold, predicted) attribution lists, one pair per article."""
    roles = {r: {"exact": _Tally(), "overlap": _Tally()} for r in ("source", "cue", "content")}
    whole = {"exact": _Tally(), "overlap": _Tally()}
    n = 0
    for gold, pred in pairs:
        n += len(gold)
        for role, tallies in roles.items():
            g, p = _unique_spans(gold, role), _unique_spans(pred, role)
            tallies["exact"].add(_count_matches(g, p, lambda a, b: a == b), len(g), len(p))
            tallies["overlap"].add(_count_matches(g, p, _overlaps), len(g), len(p))
        whole["exact"].add(_count_matches(gold, pred, _exact_attr), len(gold), len(pred))
        whole["overlap"].add(_count_matches(gold, pred, _overlap_attr), len(gold), len(pred))
    result = {
        f"{role}_f1": {kind: t.f1() for kind, t in tallies.items()}
        for role, tallies in roles.items()
    }
    result["attribution_exact_f1"] = whole["exact"].f1()
    result["attribution_overlap_f1"] = whole["overlap"].f1()
    result["n"] = n
    return result


def evaluate(path, predictions_dir=None, limit: Optional[int] = None, nlp=None) -> dict:
    """Score ``newsgraph_statements`` on a PolNeAR split directory (see module docstring)."""
    from newsgraph.nlp.pipeline import build_pipeline, make_doc
    from newsgraph.nlp.statements import find_statements

    path = Path(path)
    articles = list_articles(path)
    if limit is not None:
        articles = articles[:limit]
    if nlp is None:
        # only the parse is needed: the base model plus this component keeps evaluation fast
        nlp = build_pipeline(("newsgraph_statements",))  # the parse; statements found below
    out_dir = Path(predictions_dir) if predictions_dir else None
    if out_dir:
        out_dir.mkdir(parents=True, exist_ok=True)
    texts = []
    for _, text_path, _ in articles:
        try:
            texts.append(text_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise EvalInputError(f"cannot read article text: {exc}", source=str(text_path)) from exc
    docs = nlp.pipe((make_doc(nlp, t, None) for t in texts), batch_size=16)
    pairs = []
    for (name, _, ann_path), text, doc in zip(articles, texts, docs):
        # PolNeAR's definition of an attribution is broader than newsgraph's (it takes in
        # beliefs, intentions and perceptions): the statements under its convention
        statements = find_statements(doc, conventions=("polnear",))
        pred = statements_to_attributions(statements, text)
        gold = parse_ann(ann_path, text)
        pairs.append((gold, pred))
        if out_dir:
            write_ann(out_dir / f"{name}_newsgraph.ann", pred, text)
    return score(pairs)


if __name__ == "__main__":  # pragma: no cover - developer entry point
    import argparse
    import json

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--predictions")
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    print(json.dumps(evaluate(args.path, args.predictions, args.limit), indent=2))
