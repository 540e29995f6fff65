"""`newsgraph bench`: throughput of the full extraction against raw spaCy, in one process.

A benchmark, not a timed test: it reports numbers, it asserts nothing about them.

How it measures, so that the ratio reads the pipeline and not the machine's load:

* Both pipelines are loaded and warmed before any timing: each runs a sentence, then the
  first batch of articles, untimed (``warmup_s``). newsgraph reads many of its lexicons on
  first use (office holders by surname, ISO language names, word lists), which one sentence
  does not reach; that one-time reading is startup, not per-article cost. The tables that only
  some articles reach (a language tag, a briefing transcript: ``pipeline.preload_resources``)
  are read before the first batch, so that no timed pass pays for them either.
* Each pass times raw spaCy on all articles, then newsgraph on all (the order swapped every
  pass), with a full garbage collection (untimed) before each, so neither side pays for the
  other's garbage; each side's own garbage is still collected inside its time. Each side runs
  its articles in one go, as an ingest does (timing them batch by batch in turn was tried: in
  CPU time it read the same, median 0.766 over 5 runs, with each side's caches going cold
  between batches, which no ingest sees).
* ``ratio_to_spacy`` is raw spaCy's time over newsgraph's on all articles, in CPU time of this
  process (``time.process_time``: all its threads, none of the other processes' time on the
  same cores, which wall time counts whenever the machine is shared); per pass, the median over
  ``repeat`` passes. ``ratio_min``/``ratio_max`` are the passes' extremes,
  ``wall_ratio_to_spacy`` the same ratio in wall time, and the words/s and articles/s are wall
  time.

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


def _timed(run, texts: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) ``run(texts)`` takes, after an untimed full
    garbage collection."""
    gc.collect()
    t0, c0 = time.perf_counter(), time.process_time()
    run(texts)
    return time.perf_counter() - t0, time.process_time() - c0


def run_benchmark(corpus: Path, limit: Optional[int] = 200, batch_size: int = 16, repeat: int = 1) -> dict:
    """Words/s and articles/s of newsgraph's pipeline and of raw spaCy ``nlp.pipe`` on the same
    texts, both warmed first, each timed on all texts in turn (module docstring); ``repeat`` passes."""
    if repeat < 1:
        raise ValueError("repeat must be at least 1")
    texts = read_corpus(corpus, limit)
    words = sum(len(t.split()) for t in texts)

    started = time.perf_counter()
    from newsgraph.nlp.model import load_base_model
    from newsgraph.nlp.pipeline import build_pipeline, doc_to_extraction, make_doc, preload_resources

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
    preload_resources()  # what the first batch may not reach (module docstring)
    run_spacy(texts[:batch_size])
    run_ours(texts[:batch_size])
    warmup_s = time.perf_counter() - started

    spacy_total = ours_total = spacy_wall = ours_wall = 0.0  # CPU seconds, wall seconds
    pass_ratios = []
    for k in range(repeat):
        if k % 2 == 0:  # raw spaCy first on every other pass
            s = _timed(run_spacy, texts)
            o = _timed(run_ours, texts)
        else:
            o = _timed(run_ours, texts)
            s = _timed(run_spacy, texts)
        spacy_wall += s[0]
        ours_wall += o[0]
        spacy_total += s[1]
        ours_total += o[1]
        pass_ratios.append(s[1] / max(o[1], 1e-9))

    articles = len(texts) * repeat
    return {
        "articles": len(texts),
        "words": words,
        "words_per_s": words * repeat / ours_wall,
        "articles_per_s": articles / ours_wall,
        "spacy_words_per_s": words * repeat / spacy_wall,
        "ratio_to_spacy": statistics.median(pass_ratios),
        "wall_ratio_to_spacy": spacy_wall / max(ours_wall, 1e-9),
        "cpu_s": {"newsgraph": ours_total, "spacy": spacy_total},
        "ratio_min": min(pass_ratios),
        "ratio_max": max(pass_ratios),
        "repeat": repeat,
        "startup_s": startup_s,
        "warmup_s": warmup_s,
        "peak_rss_mb": _peak_rss_mb(),
    }
