"""A trip's place is its venue, not its counterpart, where the sentence names whom the traveller
meets on it (task actors10, class a). PLOVER CONSULT visit: "actor is visiting, recipient is
hosting"; the host is whom the visitor meets, and a place stands for its host government only
where no one met is named (``events._visit_partner``, ``events._trip_meetings``)."""

from __future__ import annotations

from tests.nlp.linked_events import linked as _linked, show as _show


def _trip(events):
    return [e for e in events if e.trigger and e.trigger.split()[0] in ("traveled", "travel", "visit")]


def test_a_trip_and_a_meeting_on_it_target_whom_is_met(nlp):
    cases = [
        # a conjoined meeting verb with no subject of its own
        ("The Deputy Secretary traveled to Nairobi and met with President William Ruto and senior Kenyan "
         "officials.", "person:william-ruto", "Nairobi"),
        # a "where" relative clause inside the trip's phrase (here hung on the date)
        ("The Special Envoy will travel to Tbilisi, Georgia on May 4, where she will meet with Prime Minister "
         "Irakli Garibashvili.", "person:irakli-garibashvili", "Tbilisi"),
    ]
    for text, target_key, place in cases:
        events = _trip(_linked(nlp, text))
        assert events and target_key in {e.target_key for e in events}, _show(events)
        assert all(e.target_text not in (place, "Georgia") for e in events), _show(events)
        assert {e.location for e in events} == {place}, _show(events)


def test_a_visit_noun_whose_sentence_tells_the_meeting_is_no_visit_to_the_city(nlp):
    text = "During his visit to Kharkiv, Deputy Secretary Graham met with the State Emergency Service."
    events = _linked(nlp, text)
    assert {(e.type, e.target_text) for e in events} == {("CONSULT", "State Emergency Service")}, _show(events)


def test_a_trip_that_names_no_one_met_keeps_its_destination(nlp):
    for text in ("The Secretary traveled to Kyiv and reaffirmed U.S. support.",
                 "The Secretary traveled to Kyiv and met with government counterparts."):
        events = _trip(_linked(nlp, text))
        assert {e.target_key for e in events} == {"country:UKR"}, _show(events)


def test_the_body_whose_headquarters_hosts_a_meeting_is_no_party_to_it(nlp):
    # (the object names no actor: the act has no recipient, rather than the venue's owner)
    text = "Tomorrow she plans to meet international dignitaries at the NATO headquarters in Brussels."
    events = _linked(nlp, text)
    assert all(e.target_text != "NATO" for e in events), _show(events)


def test_a_trip_begun_in_a_city_where_counterparts_are_met_targets_them(nlp):
    # the meeting verb the parser conjoins to "begin"; a trip noun makes the trigger a trip
    text = ("The Under Secretary will begin her trip in Vienna, Austria where she will attend an OSCE "
            "ministerial, meet with IAEA counterparts, and hold meetings with partners.")
    events = _linked(nlp, text)
    assert "org:iaea" in {e.target_key for e in events}, _show(events)
    assert not {"Vienna", "Austria"} & {e.target_text for e in events}, _show(events)
