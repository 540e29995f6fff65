"""A plural title as the subject of a readout's later sentence ("the Presidents committed ...")
stands for the meeting's two participants even where coreference took it for one holder of the
title (events._names_participant, events 0.7.530): a plural noun names several people."""

from __future__ import annotations

from tests.nlp.linked_events import linked, show

WHITE_HOUSE = "The White House"


def test_plural_title_taken_for_one_president_is_the_meetings_two_sides(nlp):
    text = ("President Joseph R. Biden, Jr. met today with President Luiz Inacio Lula da Silva of Brazil in "
            "Washington to discuss climate and trade. At the meeting, the Presidents committed to expanding joint "
            "research on clean water.")
    events = linked(nlp, text, outlet=WHITE_HOUSE)
    commit = [e for e in events if e.trigger.startswith("committed")
              or any(m.trigger.startswith("committed") for m in e.merged_mentions or ())]
    assert commit, show(events)
    assert all(e.target_acts_for == "BRA" and e.source_acts_for == "USA" for e in commit), show(commit)
    assert not any(e.target_text is None for e in events if e.type == "AGREE"), show(events)


def test_plural_title_with_no_meeting_before_stays_as_it_was(nlp):
    # contrast: no meeting is told before, so the plural title has no participants to stand for
    text = "At the forum, the Presidents committed to expanding joint research on lithium."
    events = [e for e in linked(nlp, text, outlet=WHITE_HOUSE) if e.trigger.startswith("committed")]
    assert events, show(events)  # the act is read, with no meeting's participants to stand for
    assert all(e.target_acts_for is None for e in events), show(events)
