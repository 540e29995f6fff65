"""The linked-actor features scripts/story_type_candidates.py scores for the story-type model:
who (sector, state or not) does an event's act to whom, from the event coder's linked actors."""

from __future__ import annotations

from newsgraph.nlp.types import Event
from tests.scripts import load_script


def _script():
    return load_script("story_type_candidates", siblings=True)


# "Teachers in tiny Micronesia launched a strike on Monday, demanding that the government raise
# their pay." (an NGEC-style PROTEST lead): civilians (EDU) against their own state's government
STRIKE = Event(type="PROTEST", mode="strike", sentence_start=0, sentence_end=96, trigger="launched strike",
               trigger_start=28, trigger_end=50, source_text="Teachers in tiny Micronesia", source_sector="EDU",
               source_acts_for="FSM", target_text="the government", target_key="country:FSM",
               target_sector="GOV", target_acts_for="FSM")
# a later sentence's event, outside the lead and after the first three events
LATER = Event(type="ASSAULT", sentence_start=300, sentence_end=380, trigger="attacked", trigger_start=310,
              trigger_end=318, source_text="police")


def test_actor_features_give_sector_pair_state_class_and_same_state():
    feats = _script().actor_features([STRIKE], [0])
    assert {"als:EDU", "alt:GOV", "alp:EDU>GOV", "ald:same", "alc:non>st", "alPROTEST>p:EDU>GOV"} <= set(feats)
    assert "afPROTEST>c:non>st" in feats  # also among the story's first events


def test_actor_features_variants_and_missing_actors():
    module = _script()
    assert not any(">" in f.split(":")[0] for f in module.actor_features([STRIKE], [0], "sec"))
    assert all(f[2:].startswith("PROTEST>") for f in module.actor_features([STRIKE], [0], "type"))
    later = module.actor_features([STRIKE, LATER], [0])
    assert "afs:TXT" in later and "aft:NONE" in later and "afd:na" in later  # unresolved police, no target
    assert not any(f.startswith("al") and "ASSAULT" in f for f in later)  # not in the lead
