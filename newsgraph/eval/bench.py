"""`newsgraph bench`: throughput of the full extraction against raw spaCy, in one process.

A benchmark, not a timed test: it reports numbers, it asserts nothing about them.

How it measures, so that the ratio reads the pipeline and not the machine's load:

* Both pipelines are loaded and warmed before any timing: each runs a sentence, then the
  first batch of articles, untimed (``warmup_s``). newsgraph reads many of its lexicons on
  first use (a gazetteer, a country table), which one sentence does not reach; that
  one-time reading is startup, not per-article cost.
* The articles are timed in batches of ``batch_size`` (the ``nlp.pipe`` batches either way),
  raw spaCy and newsgraph in turn on the same batch, the order swapped every batch, with a
  full garbage collection (untimed) before each timed block. A change in the machine's load
  (other processes on shared cores) then falls on both sides alike instead of on whichever
  side ran while it lasted; each side's own garbage is still collected inside its time.
* ``ratio_to_spacy`` is raw spaCy's time over newsgraph's on all articles (per pass; the
  median over ``repeat`` passes); ``ratio_min``/``ratio_max`` are the passes' extremes and
  ``batch_ratio`` the spread of the per-batch ratios (which also vary with the texts).

What is measured is unchanged: newsgraph's whole pipeline (``make_doc``, ``nlp.pipe``,
``doc_to_extraction``) against the plain pinned model's ``nlp.pipe``, on the same texts.
"""

from __future__ import annotations

import gc
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Optional

from newsgraph.errors import EvalInputError


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def read_corpus(corpus: Path, limit: Optional[int]) -> list[str]:
    files = sorted(Path(corpus).glob("*.txt"))
    if not files:
        raise EvalInputError("no .txt articles found", source=str(corpus))
    return [f.read_text(encoding="utf-8", errors="replace") for f in files[:limit]]


def _timed(run, texts: list[str]) -> float:
    """Seconds ``run(texts)`` takes, after an untimed full garbage collection."""
    gc.collect()
    t0 = time.perf_counter()
    run(texts)
    return time.perf_counter() - t0


def run_benchmark(corpus: Path, limit: Optional[int] = 200, batch_size: int = 16, repeat: int = 1) -> dict:
    """Words/s and articles/s of newsgraph's pipeline and of raw spaCy ``nlp.pipe`` on the same
    texts, timed batch by batch in turn (module docstring); ``repeat`` passes over the texts."""
    if repeat < 1:
        raise ValueError("repeat must be at least 1")
    texts = read_corpus(corpus, limit)
    words = sum(len(t.split()) for t in texts)

    started = time.perf_counter()
    from newsgraph.nlp.model import load_base_model
    from newsgraph.nlp.pipeline import build_pipeline, doc_to_extraction, make_doc

    nlp = build_pipeline()
    nlp(make_doc(nlp, "Warm-up: the minister met his counterpart in Paris on Monday, officials said.", None))
    startup_s = time.perf_counter() - started

    base = load_base_model()
    base("Warm-up sentence for the base model.")

    def run_spacy(batch: list[str]) -> None:
        for _ in base.pipe(batch, batch_size=batch_size):
            pass

    def run_ours(batch: list[str]) -> None:
        docs = (make_doc(nlp, t, None) for t in batch)
        for doc in nlp.pipe(docs, batch_size=batch_size):
            doc_to_extraction(doc)

    started = time.perf_counter()
    run_spacy(texts[:batch_size])
    run_ours(texts[:batch_size])
    warmup_s = time.perf_counter() - started

    batches = [texts[i:i + batch_size] for i in range(0, len(texts), batch_size)]
    spacy_total = ours_total = 0.0
    pass_ratios, batch_ratios = [], []
    for _ in range(repeat):
        spacy_s = ours_s = 0.0
        for batch in batches:
            if len(batch_ratios) % 2 == 0:  # every other batch (across passes) raw spaCy first
                s = _timed(run_spacy, batch)
                o = _timed(run_ours, batch)
            else:
                o = _timed(run_ours, batch)
                s = _timed(run_spacy, batch)
            spacy_s += s
            ours_s += o
            batch_ratios.append(s / o)
        pass_ratios.append(spacy_s / ours_s)
        spacy_total += spacy_s
        ours_total += ours_s

    articles = len(texts) * repeat
    return {
        "articles": len(texts),
        "words": words,
        "words_per_s": words * repeat / ours_total,
        "articles_per_s": articles / ours_total,
        "spacy_words_per_s": words * repeat / spacy_total,
        "ratio_to_spacy": statistics.median(pass_ratios),
        "ratio_min": min(pass_ratios),
        "ratio_max": max(pass_ratios),
        "repeat": repeat,
        "batch_ratio": {"min": min(batch_ratios), "median": statistics.median(batch_ratios),
                        "max": max(batch_ratios)},
        "startup_s": startup_s,
        "warmup_s": warmup_s,
        "peak_rss_mb": _peak_rss_mb(),
    }
