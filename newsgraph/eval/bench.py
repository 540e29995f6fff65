"""`newsgraph bench`: throughput of the full extraction against raw spaCy, in one process.

A benchmark, not a timed test: it reports numbers, it asserts nothing about them.
"""

from __future__ import annotations

import resource
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


def run_benchmark(corpus: Path, limit: Optional[int] = 200, batch_size: int = 16) -> dict:
    """Words/s and articles/s of newsgraph's pipeline and of raw spaCy ``nlp.pipe`` on the same texts."""
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

    t0 = time.perf_counter()
    for _ in base.pipe(texts, batch_size=batch_size):
        pass
    spacy_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    docs = (make_doc(nlp, t, None) for t in texts)
    for doc in nlp.pipe(docs, batch_size=batch_size):
        doc_to_extraction(doc)
    ours_s = time.perf_counter() - t0

    return {
        "articles": len(texts),
        "words": words,
        "words_per_s": words / ours_s,
        "articles_per_s": len(texts) / ours_s,
        "spacy_words_per_s": words / spacy_s,
        "ratio_to_spacy": spacy_s / ours_s,
        "startup_s": startup_s,
        "peak_rss_mb": _peak_rss_mb(),
    }
