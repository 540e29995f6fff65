"""Conjoined verbs share their clause's recipient (events.conjoined_recipient): one subject doing two
coordinated acts, one aimed at a party, the other naming none of its own, aims both at that party
when both are on one side of PLOVER's quad categories."""

from __future__ import annotations

from tests.nlp.linked_events import linked, show


def _sides(events, event_type):
    return [(e.source_key, e.target_key) for e in events if e.type == event_type]


def test_a_conjoined_criticism_takes_the_appeal_s_recipient(nlp):
    events = linked(nlp, "Brazil will keep raising these concerns and will call on Venezuela to free the prisoners.",
                    outlet="Village Weekly")
    assert _sides(events, "DISAPPROVE") == [("country:BRA", "country:VEN")], show(events)
    assert _sides(events, "DEMAND") == [("country:BRA", "country:VEN")], show(events)


def test_a_conjoined_offer_takes_the_gift_s_recipient(nlp):
    events = linked(nlp, "Norway gave ten million dollars to Sudan and plans to offer five million more.",
                    outlet="Village Weekly")
    assert _sides(events, "AGREE") == [("country:NOR", "country:SDN")], show(events)


def test_a_conjoined_act_of_the_other_side_keeps_no_recipient(nlp):
    # offering support to Chile is no condemnation of Chile
    events = linked(nlp, "The ministry spoke with Chile to offer support and condemn the attacks.",
                    outlet="Village Weekly")
    assert [e.target_text for e in events if e.type == "DISAPPROVE"] == [None], show(events)
    assert [e.target_key for e in events if e.type == "AGREE"] == ["country:CHL"], show(events)


def test_a_conjoined_act_with_its_own_party_object_is_not_given_another(nlp):
    # "mobilized its partners" is aimed at the partners, not at the aid's recipient
    events = linked(nlp, "Japan sent food to Haiti and mobilized its partners.", outlet="Village Weekly")
    assert all(e.target_key != "country:HTI" for e in events if e.type != "AID"), show(events)
