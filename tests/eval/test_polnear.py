"""The PolNeAR attribution evaluator on a few dev articles, and its scoring on toy input."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.errors import EvalInputError
from newsgraph.eval.polnear import (
    Attribution,
    evaluate,
    list_articles,
    parse_ann,
    score,
    statements_to_attributions,
)
from newsgraph.nlp.types import Statement

KEYS = {"source_f1", "cue_f1", "content_f1", "attribution_exact_f1", "attribution_overlap_f1", "n"}


def test_evaluate_on_dev_articles(bench_dir, tmp_path):
    split = bench_dir / "polnear" / "dev"
    result = evaluate(split, predictions_dir=tmp_path, limit=3)
    assert set(result) == KEYS
    for role in ("source_f1", "cue_f1", "content_f1"):
        assert set(result[role]) == {"exact", "overlap"}
        assert 0.0 <= result[role]["exact"] <= result[role]["overlap"] <= 1.0
    assert 0.0 <= result["attribution_exact_f1"] <= result["attribution_overlap_f1"] <= 1.0
    assert result["attribution_overlap_f1"] > 0.3  # far above chance on real news
    names = [name for name, _, _ in list_articles(split)[:3]]
    assert result["n"] == sum(
        len(parse_ann(ann, text.read_text(encoding="utf-8"))) for _, text, ann in list_articles(split)[:3]
    )
    written = sorted(tmp_path.glob("*.ann"))
    assert [p.name for p in written] == sorted(f"{n}_newsgraph.ann" for n in names)
    # the predictions read back with the gold reader, with spans that match the text
    text = (split / "text" / f"{names[0]}.txt").read_text(encoding="utf-8")
    predicted = parse_ann(written[0], text)
    assert predicted and all(a.cue and a.content for a in predicted)


def test_one_annotator_per_article(bench_dir):
    articles = list_articles(bench_dir / "polnear" / "dev")
    names = [name for name, _, _ in articles]
    assert len(names) == len(set(names))
    assert len(articles) < len(list((bench_dir / "polnear" / "dev" / "attributions").glob("*.ann")))


def test_discontinuous_spans_and_roles(tmp_path):
    text = "“One,” she said. “Two.” Later, the polls show a lead."
    ann = tmp_path / "a_x.ann"
    ann.write_text(
        "T1\tContent 0 6;17 23\t“One,” “Two.”\n"
        "T2\tCue 11 15\tsaid\n"
        "T3\tSource 7 10\tshe\n"
        "T4\tAttribution 11 15\tsaid\n"
        "E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3\n"
        "T5\tDiscuss 24 30\tLater,\n",
        encoding="utf-8",
    )
    [gold] = parse_ann(ann, text)
    assert gold.content == ((0, 6), (17, 23))
    assert gold.cue == ((11, 15),) and gold.source == ((7, 10),)
    perfect = score([([gold], [gold])])
    assert perfect["attribution_exact_f1"] == 1.0 and perfect["n"] == 1
    # overlapping cue, content and source: an overlap match, not exact
    loose = Attribution(cue=((11, 15),), content=((1, 4),), source=((7, 9),))
    result = score([([gold], [loose])])
    assert result["attribution_overlap_f1"] == 1.0
    assert result["attribution_exact_f1"] == 0.0
    # the same with no source predicted: who said it was not found, so no match
    sourceless = Attribution(cue=((11, 15),), content=((1, 4),), source=None)
    result = score([([gold], [sourceless])])
    assert result["attribution_overlap_f1"] == 0.0
    assert result["source_f1"]["overlap"] == 0.0
    # a content elsewhere is no match
    wrong = Attribution(cue=((11, 15),), content=((31, 40),), source=((7, 10),))
    assert score([([gold], [wrong])])["attribution_overlap_f1"] == 0.0


def test_missing_folders_raise(tmp_path):
    with pytest.raises(EvalInputError):
        evaluate(tmp_path)


def test_unknown_reference_raises(tmp_path):
    ann = tmp_path / "a_x.ann"
    ann.write_text("E1\tAttribution:T9 Cue:T8\n", encoding="utf-8")
    with pytest.raises(EvalInputError) as info:
        parse_ann(ann, "text")
    assert "a_x.ann" in str(info.value.source)


def _statement(text, speaker, cue, content):
    (ss, se), (cs, ce), (ks, ke) = (
        (text.index(x), text.index(x) + len(x)) for x in (speaker, cue, content)
    )
    return Statement(kind="indirect", content_start=ks, content_end=ke, content=content,
                     speaker_text=speaker, speaker_start=ss, speaker_end=se,
                     cue=cue, cue_start=cs, cue_end=ce)


def test_relative_clause_source_is_written_as_the_pronoun():
    # PolNeAR marks "who", not the antecedent, as the source inside a relative clause
    text = "Mike Murphy, who ran the campaign, praised the effort."
    (attr,) = statements_to_attributions(
        [_statement(text, "Mike Murphy", "praised", "the effort")], text)
    start = text.index("who")
    assert attr.source == ((start, start + 3),)


def test_plain_speaker_is_written_unchanged():
    text = "Mike Murphy praised the effort."
    (attr,) = statements_to_attributions(
        [_statement(text, "Mike Murphy", "praised", "the effort")], text)
    assert attr.source == ((0, len("Mike Murphy")),)


def test_a_gold_attribution_without_a_source_matches_on_cue_and_content():
    # "Officials are expected to approve it, according to a memo": PolNeAR's Attribution-no-source
    gold = Attribution(cue=((50, 62),), content=((0, 35),), source=None)
    predicted = Attribution(cue=((50, 62),), content=((0, 35),), source=None)
    assert score([([gold], [predicted])])["attribution_overlap_f1"] == 1.0
