"""The mentions merged into one event (events.merge_repeated) are linked and checked each on its
own words, and the event's face is the best-resolved survivor (linking.fold_mentions): a first
mention the post-link checks drop no longer takes a good mention of the same happening with it.
Fixture sentences are from the demo corpus (examples/statedept, "Targeting Russia's Financial,
Defense, and Marine Sectors")."""

from __future__ import annotations

from newsgraph.nlp.events import HAPPENING_REJECTED, merge_repeated, merged_mentions, record_identity
from newsgraph.nlp.linking import fold_mentions, unfold_mentions
from newsgraph.nlp.types import Event
from tests.nlp.linked_events import explain, linked

FIRST = ("Today, the United States ... is taking further actions to increase the pressure on the Russian "
         "Federation by designating the executives ... ")
LATER = ("Finally, the United States is cutting off Russia’s access to certain key services from U.S. companies "
         "that the Russian Federation and Russian elites use to hide their wealth and evade sanctions.")
TEXT = FIRST + LATER


def _mentions():
    first = Event(type="SANCTION", sentence_start=0, sentence_end=len(FIRST), trigger="increase the pressure",
                  trigger_start=FIRST.index("increase"), trigger_end=FIRST.index("increase") + 8,
                  source_text="it", source_start=7, source_end=9, target_text="Russian Federation",
                  target_start=FIRST.index("Russian"), target_end=FIRST.index("Russian") + 18, confidence=0.5)
    at = len(FIRST)
    later = Event(type="SANCTION", sentence_start=at, sentence_end=len(TEXT), trigger="cutting off",
                  trigger_start=at + LATER.index("cutting"), trigger_end=at + LATER.index("cutting") + 11,
                  source_text="it", source_start=at + 9, source_end=at + 26, target_text="Russian Federation",
                  target_start=at + LATER.index("Russia"), target_end=at + LATER.index("Russia") + 6, confidence=0.8)
    return first, later


def test_merging_keeps_the_merged_mention():
    first, later = _mentions()
    (event,) = merge_repeated([first, later], record_identity)
    assert event is first and merged_mentions(event) == [later]
    assert event.evidence_spans == [(0, len(FIRST)), (len(FIRST), len(TEXT))]


def test_a_dropped_face_leaves_its_surviving_mention_as_the_event():
    first, later = _mentions()
    (event,) = merge_repeated([first, later], record_identity)
    unfolded = unfold_mentions([event])
    assert unfolded == [first, later]
    # the linker resolves the later mention's words (the United States) but not the first's
    later.source_text, later.source_key, later.source_acts_for = "United States", "country:USA", "USA"
    later.target_acts_for = "RUS"
    (face,) = fold_mentions([later])  # the post-link checks dropped the first mention
    assert face is later and face.evidence_spans == [(len(FIRST), len(TEXT)), (0, len(FIRST))]
    assert face.confidence == 0.8 and "dropped by the post-link checks" in face.explanation


def test_the_best_resolved_mention_is_the_face():
    first, later = _mentions()
    (event,) = merge_repeated([first, later], record_identity)
    unfold_mentions([event])
    later.source_key, later.source_acts_for, later.target_acts_for = "country:USA", "USA", "RUS"
    (face,) = fold_mentions([first, later])
    assert face is later and face.confidence == 0.8


def test_a_happening_a_check_rejected_is_not_told_again():
    first, later = _mentions()
    (event,) = merge_repeated([first, later], record_identity)
    unfold_mentions([event])
    setattr(first, HAPPENING_REJECTED, True)  # e.g. aimed at the state its source acts for
    later.source_key, later.source_acts_for = "country:USA", "USA"
    assert fold_mentions([later]) == []


def test_the_linked_event_shows_its_best_resolved_mention(nlp):
    # statedept ("Targeting Russia's War Machine ..."): "Action to impose visa restrictions on 18 Russian
    # Federation nationals" is a sanction (PLOVER SANCTION 'discontinue', events 0.7.96-typeslip), whose
    # agent the release's publisher fills; it is no longer merged with the agentless "actions to
    # suppress dissent in Russia" (COERCE, Russia's repression, not the U.S. measure)
    text = ("The Department of State is announcing a series of actions to promote accountability for actions by "
            "Russian Federation officials and others that violate Ukraine’s sovereignty and territorial integrity, "
            "including those implicated in abuses perpetrated in Zaporizhzhia and Mariupol, as well as actions to "
            "suppress dissent in Russia, to include:\nAction to impose visa restrictions on 18 Russian Federation "
            "nationals pursuant to a policy under Section 212(a)(3)(C) of the Immigration and Nationality Act that "
            "applies to current and former Russian Federation officials believed to be involved in suppressing "
            "dissent in Russia and abroad and their family members.")
    events = linked(nlp, text)
    sanctions = [e for e in events if e.type == "SANCTION"]
    assert len(sanctions) == 1, explain(events)
    (event,) = sanctions
    assert event.trigger == "impose restrictions" and event.source_acts_for == "USA", explain(events)
    assert not any(e.type == "COERCE" and e.trigger.startswith("impose") for e in events), explain(events)

def test_a_left_mention_telling_a_kept_event_joins_it():
    first, later = _mentions()
    (event,) = merge_repeated([first, later], record_identity)
    unfold_mentions([event])
    later.source_key, later.target_key = "country:USA", "country:RUS"
    kept = Event(type="SANCTION", sentence_start=0, sentence_end=len(FIRST), trigger="designating",
                 trigger_start=FIRST.index("designating"), trigger_end=FIRST.index("designating") + 11,
                 source_key="country:USA", target_key="country:RUS", evidence_spans=[(0, len(FIRST))])
    assert fold_mentions([kept, later]) == [kept]
    assert kept.evidence_spans == [(0, len(FIRST)), (len(FIRST), len(TEXT))]


def test_a_copy_of_an_event_keeps_its_merged_mentions():
    # declared Event fields: dataclasses.replace copies them (an undeclared attribute was dropped)
    import dataclasses

    first, later = _mentions()
    (event,) = merge_repeated([first, later], record_identity)
    copy = dataclasses.replace(event, type="COERCE")
    assert merged_mentions(copy) == [later] and copy.merged_mentions == (later,)
    assert copy == dataclasses.replace(event, type="COERCE", merged_mentions=())  # bookkeeping is not compared


def test_folding_resets_the_grouping_fields():
    first, later = _mentions()
    (event,) = merge_repeated([first, later], record_identity)
    unfold_mentions([event])
    assert first.was_face and not later.was_face and first.group_members == (first, later)
    assert event.merged_mentions == ()
    (face,) = fold_mentions([first, later])
    assert (face.mention_group, face.was_face, face.group_spans, face.group_members) == (None, False, (), ())
