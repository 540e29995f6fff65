"""Mentions of one act in one sentence merge with each other first, and only then across the
article (events 0.8.217, Stop 50 issue 6: one happening, one event that keeps every evidence span).

A sentence that breaks off and tells its act again ("he rejected - he rejected the sovereignty of
X") holds two mentions of one act: the broken-off one names no target. Merging in article order,
the fuller mention used to fold into an earlier sentence's event of the same actors, leaving the
broken-off one behind as an event with no target. Now the sentence's mentions are one group first
(its face the mention naming the target), and that group is what merges across the article.

The sentences and records are written for these tests."""

from __future__ import annotations

from newsgraph.nlp.events import merge_repeated, record_identity
from newsgraph.nlp.types import Event


def _reject(start, trigger_at, target_text=None, target_key=None, source_text="Putin", source_key="person:putin",
            sentence_end=None, type_="REJECT"):
    return Event(type=type_, sentence_start=start, sentence_end=sentence_end or start + 90, trigger="rejected",
                 trigger_start=trigger_at, trigger_end=trigger_at + 8, source_text=source_text,
                 source_key=source_key, source_start=trigger_at - 6, source_end=trigger_at - 1,
                 target_text=target_text, target_key=target_key,
                 target_start=trigger_at + 20 if target_text else None,
                 target_end=trigger_at + 27 if target_text else None)


def _shown(events):
    return [(e.trigger_start, e.target_key, e.evidence_spans) for e in events]


def test_a_broken_off_mention_joins_its_own_sentences_fuller_mention():
    earlier = _reject(0, 10, "Ukraine", "country:UKR")
    broken = _reject(100, 110, source_text="he")
    full = _reject(100, 140, "Ukraine", "country:UKR", source_text="he")
    kept = merge_repeated([earlier, broken, full], record_identity)
    # (before: the full mention folded into the earlier event, the broken-off one kept with no target)
    assert all(e.target_key for e in kept), _shown(kept)
    assert len(kept) == 1 and kept[0].evidence_spans == [(0, 90), (100, 190)], _shown(kept)
    assert {m.trigger_start for m in kept[0].merged_mentions} == {110, 140}, _shown(kept)


def test_a_targetless_mention_joins_the_act_of_its_own_sentence_not_an_earlier_one():
    earlier = _reject(0, 10)  # no target
    full = _reject(100, 110, "Georgia", "country:GEO")
    restated = _reject(100, 140)  # the same sentence's act told again, no target
    kept = merge_repeated([earlier, full, restated], record_identity)
    assert len(kept) == 2, _shown(kept)
    first, second = kept
    # (before: the restated mention folded into the earlier sentence's event)
    assert first.evidence_spans == [(0, 90)], _shown(kept)
    assert second.target_key == "country:GEO" and second.evidence_spans == [(100, 190)], _shown(kept)
    assert [m.trigger_start for m in second.merged_mentions] == [140], _shown(kept)


def test_a_sentence_group_still_merges_across_the_article():
    earlier = _reject(0, 10, "Ukraine", "country:UKR")
    again = _reject(100, 110, "Ukraine", "country:UKR")
    kept = merge_repeated([earlier, again], record_identity)
    assert len(kept) == 1 and kept[0].evidence_spans == [(0, 90), (100, 190)], _shown(kept)


def test_other_acts_in_one_sentence_stay_apart():
    # another type, or another target party, is another act
    rejection = _reject(100, 110, "Ukraine", "country:UKR")
    other_type = _reject(100, 140, "Ukraine", "country:UKR", type_="DISAPPROVE")
    other_target = _reject(100, 160, "Georgia", "country:GEO")
    kept = merge_repeated([rejection, other_type, other_target], record_identity)
    assert len(kept) == 3, _shown(kept)
    # and another source's targetless mention does not take the target of this one
    his = _reject(200, 210, "Ukraine", "country:UKR")
    theirs = _reject(200, 240, source_text="Lukashenko", source_key="person:lukashenko")
    kept = merge_repeated([his, theirs], record_identity)
    assert len(kept) == 2 and kept[1].target_key is None, _shown(kept)


def test_every_evidence_span_of_a_folded_mention_is_kept():
    earlier = _reject(0, 10, "Ukraine", "country:UKR")
    later = _reject(100, 110, "Ukraine", "country:UKR")
    later.evidence_spans = [(100, 190), (300, 390)]  # already told again in a third sentence
    kept = merge_repeated([earlier, later], record_identity)
    assert len(kept) == 1 and kept[0].evidence_spans == [(0, 90), (100, 190), (300, 390)], _shown(kept)
