"""Aid named as the subject of a verb of going on (task recip35, issue 6): "X assistance continues
to ..." is AID by the noun's owner to the recipient the grammar links (the aid noun's "to/for"
phrase, or the act it goes on doing: a beneficiary phrase, the owner of its object); with no
recipient named it fails the codebook's recipient check (PLOVER AID "Requires recipient: Yes").
Sentences are the helper's own, written after demo-corpus ones (examples/)."""

from __future__ import annotations

from tests.nlp.linked_events import coded, show


def _aid(events):
    return [(e.source_text, e.target_text) for e in events if e.type == "AID"]


def test_onset_aid_takes_the_owner_of_what_it_strengthens(base_nlp):
    events = coded(base_nlp, "Canadian security assistance continues to strengthen Moldova's position at the "
                             "negotiating table.")
    assert _aid(events) == [("Canadian", "Moldova")], show(events)


def test_onset_aid_takes_the_beneficiary_of_the_act_it_complements(base_nlp):
    # the state modifying the complemented support is the giver's; the "to" phrase names whom it is for
    events = coded(base_nlp, "Japanese humanitarian assistance continues to complement direct Japanese "
                             "financial support to Moldova.")
    assert _aid(events) == [("Japanese", "Moldova")], show(events)


def test_onset_aid_takes_its_own_beneficiary_phrase(base_nlp):
    events = coded(base_nlp, "German humanitarian assistance to Moldova continues.")
    assert _aid(events) == [("German", "Moldova")], show(events)


def test_onset_aid_to_nobody_is_no_event(base_nlp):
    events = coded(base_nlp, "Japanese assistance continues to flow.")
    assert _aid(events) == [], show(events)


def test_onset_of_violence_keeps_no_recipient_check(base_nlp):
    # contrast: the check is AID's (the codebook's "Requires recipient"); an ongoing assault stays
    events = coded(base_nlp, "The Russian bombardment continues.")
    assert [e.type for e in events] == ["ASSAULT"], show(events)


def test_onset_aid_with_no_giver_is_no_event(base_nlp):
    # a recipient alone tells no act of giving: the aid noun names no giver
    events = coded(base_nlp, "Security assistance continues to flow into Moldova.")
    assert _aid(events) == [], show(events)
