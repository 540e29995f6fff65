"""``newsgraph bench`` times no one-time read: ``pipeline.preload_resources`` reads, before the
warm-up, the tables that only some articles reach (pycountry's ISO 639 table for a language tag
"[es]", ``briefing.yaml`` for a briefing transcript, the lemmatizer's exception table, ...), each
cached on first use anyway; the components' results do not change."""

from __future__ import annotations

import inspect

from newsgraph.eval import bench
from newsgraph.nlp import actor_heads, entities, linking, paragraphs, turns
from newsgraph.nlp.pipeline import preload_resources


def test_preload_reads_the_tables_only_some_articles_reach():
    preload_resources()
    for loader in (turns.briefing_lexicon, actor_heads.capitalised_allies_bodies, entities._military_unit_heads,
                   entities._inflection_exceptions, entities._irregular_forms, linking._envoy_nouns):
        assert loader.cache_info().currsize == 1
    assert paragraphs._language_code.cache_info().currsize >= 1
    # the tables read give the same answers as read on first use
    assert paragraphs._language_code("es") and not paragraphs._language_code("zz")
    assert turns.label_role("MODERATOR") == turns.MODERATOR


def test_bench_preloads_before_its_warm_up():
    source = inspect.getsource(bench.run_benchmark)
    assert source.index("preload_resources()") < source.index("run_ours(texts[:batch_size])")
