"""Event dates of a readout (event_dates.continued_gathering): the later sentences of a readout
tell what the participants did in the dated meeting, call or trip, so their acts take its date
(TimeML IS_INCLUDED), not the publication's. Sentences written in the style of state.gov
readouts and travel notes; none from the gold files."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.event_dates import PUBLICATION, TEXT
from newsgraph.nlp.pipeline import extract

SATURDAY = dt.date(2022, 7, 30)


def _events(text, ref=SATURDAY):
    return {e.trigger: e for e in extract(text, ref, outlet="U.S. Department of State").events}


def test_a_call_readouts_later_acts_take_the_calls_date():
    events = _events("Secretary of State Antony J. Blinken spoke by phone yesterday with Moldovan Foreign Minister "
                     "Nicu Popescu to discuss regional security. The Secretary reaffirmed U.S. support for Moldova's "
                     "sovereignty. He also condemned Russia's attacks on Ukrainian ports.")
    assert (events["spoke"].date, events["spoke"].date_source) == ("2022-07-29", TEXT)
    reaffirmed = next(e for t, e in events.items() if t.startswith("reaffirmed"))
    condemned = next(e for t, e in events.items() if t.startswith("condemned"))
    assert (reaffirmed.date, reaffirmed.date_source) == ("2022-07-29", TEXT)
    assert "'spoke' it continues" in reaffirmed.explanation
    assert condemned.date == "2022-07-29"


def test_a_noun_act_inside_the_readout_keeps_the_publication():
    # the attacks are not an act of the call: a noun told inside another act has its own time
    events = _events("Secretary of State Antony J. Blinken spoke by phone yesterday with Moldovan Foreign Minister "
                     "Nicu Popescu. He condemned Russia's attacks on Ukrainian ports.")
    attacks = events.get("attacks")
    assert attacks is None or (attacks.date, attacks.date_source) == ("2022-07-30", PUBLICATION)


def test_a_trips_planned_meetings_take_the_trips_date():
    events = _events("Special Envoy Kerry will travel to Brasilia on August 3 to engage with government officials.\n\n"
                     "In Brasilia, Special Envoy Kerry will meet with President Lula.")
    assert (events["meet"].date, events["meet"].date_source) == ("2022-08-03", TEXT)


def test_another_actor_or_tense_does_not_continue_the_meeting():
    events = _events("Deputy Secretary Sherman met with Indian Foreign Secretary Kwatra in New Delhi on Monday. "
                     "Russian forces shelled Kharkiv. The United States stands with Ukraine.")
    assert events["met"].date == "2022-07-25"
    assert (events["shelled"].date, events["shelled"].date_source) == ("2022-07-30", PUBLICATION)
    stands = next(e for t, e in events.items() if t.startswith("stands"))
    assert stands.date_source == PUBLICATION


def test_a_time_between_ends_the_readout():
    text = ("Secretary Blinken met Foreign Minister Kuleba in Kyiv on Monday. Today, the Secretary announced "
            "new aid for Ukraine. He also met with President Zelenskyy.")
    events = extract(text, SATURDAY, outlet="U.S. Department of State").events
    first = [e for e in events if e.trigger.startswith("met") and e.sentence_start == 0]
    last = [e for e in events if e.trigger.startswith("met") and e.sentence_start > text.index("Today")]
    assert first and first[0].date == "2022-07-25"
    # "Today" stands between: the later meeting is not placed on Monday
    assert last and all(e.date != "2022-07-25" for e in last)


def test_a_fronted_before_phrase_orders_a_past_act_without_dating_it():
    # TimeML BEFORE: "leading up to" / "prior to" a happening the text does not date
    for text in ("Leading up to the election, police detained dozens of opposition activists.",
                 "Prior to the ruling, the ministry banned public worship at the site.",
                 "In the lead up to the elections, the regime arbitrarily detained dozens of political opponents."):
        events = extract(text, dt.date(2022, 5, 10)).events
        assert events and all((e.date, e.date_source) == (None, "before") for e in events), text


def test_a_fronted_before_phrase_leaves_a_present_act_at_the_publication():
    events = extract("Ahead of the summit, the United States is providing aid to Ukraine.", dt.date(2022, 5, 10)).events
    # not before the article: the publication's month, as an ongoing aid activity (ongoing_activity)
    assert events and all((e.date, e.date_source) == ("2022-05", PUBLICATION) for e in events)


def test_the_next_leg_of_a_trip_is_not_placed_on_the_first():
    text = ("Secretary Blinken will travel to Brussels on August 3 to meet NATO Allies.\n\n"
            "The Secretary will then travel to Chisinau, Moldova to meet with President Maia Sandu.")
    later = [e for e in extract(text, SATURDAY, outlet="U.S. Department of State").events
             if e.sentence_start >= text.index("The Secretary will then")]
    assert later and all(e.date != "2022-08-03" for e in later)


def test_leading_the_delegation_is_done_at_the_dated_meeting():
    # whoever leads "the delegation" leads one of the dated meeting's (lexicon delegation_verbs)
    text = ("On July 26, the Energy Working Group met in Brasilia. "
            "Vice Minister Carlos Mendes, Ministry of Mines and Energy, led the Brazilian delegation. "
            "Assistant Secretary Geoffrey Pyatt led the U.S. delegation.")
    events = extract(text, SATURDAY, outlet="U.S. Department of State").events
    led = [e for e in events if e.trigger.startswith("led")]
    assert led and all((e.date, e.date_source) == ("2022-07-26", TEXT) for e in led)
    # a meeting between the delegations' states told beside them is that meeting: the leaders'
    # sentences are its evidence, one event (task dupacts)
    text = ("On July 26, the United States and Brazil convened the third meeting of the Energy Working Group. "
            "Vice Minister Carlos Mendes, Ministry of Mines and Energy, led the Brazilian delegation. "
            "Assistant Secretary Geoffrey Pyatt led the U.S. delegation.")
    events = extract(text, SATURDAY, outlet="U.S. Department of State").events
    assert [(e.trigger, e.date, len(e.evidence_spans)) for e in events] == [("convened meeting", "2022-07-26", 3)]


def test_a_date_naming_a_noun_does_not_end_the_readout():
    # "the June launch" times the launch, not the act told: the readout goes on (0.1.18)
    events = _events("Secretary of State Antony J. Blinken spoke by phone yesterday with Ukrainian Foreign Minister "
                     "Dmytro Kuleba. The Secretary discussed progress since the June launch of the grain corridor. "
                     "He also reaffirmed U.S. support for Ukraine's sovereignty.")
    discussed = next(e for t, e in events.items() if t.startswith("discussed"))
    reaffirmed = next(e for t, e in events.items() if t.startswith("reaffirmed"))
    assert (discussed.date, discussed.date_source) == ("2022-07-29", TEXT)
    assert (reaffirmed.date, reaffirmed.date_source) == ("2022-07-29", TEXT)


def test_a_coordinated_main_clause_with_its_own_subject_continues_the_readout():
    events = _events("Special Representative Sung Kim spoke by phone on July 27 with Japanese Director-General Funakoshi Takehiro. "
                     "Special Representative Kim stressed that the allies share an interest in regional stability, "
                     "and he called upon Pyongyang to return to negotiations.")
    called = [e for e in events.values() if e.sentence_start > 0 and e.trigger.startswith("called")]
    assert called and (called[0].date, called[0].date_source) == ("2022-07-27", TEXT)


def test_the_purpose_of_a_readouts_meeting_takes_its_date():
    events = extract("Assistant Secretary Todd Robinson traveled to Beirut, Lebanon from July 25-27. "
                     "The Assistant Secretary also met with Lebanese Prime Minister Najib Mikati to reaffirm U.S. "
                     "support for Lebanon's security forces.", SATURDAY, outlet="U.S. Department of State").events
    reaffirm = [e for e in events if e.trigger.startswith("reaffirm")]
    assert reaffirm and (reaffirm[0].date, reaffirm[0].date_end, reaffirm[0].date_source) == ("2022-07-25", "2022-07-27", TEXT)
    assert "whose purpose it states" in reaffirm[0].explanation


def test_the_purpose_of_an_undated_act_keeps_the_publication():
    events = _events("The United States will continue to work with its partners to support the people of Ukraine.")
    assert events and all(e.date_source == PUBLICATION for e in events.values())


def test_a_period_that_holds_the_call_does_not_end_or_date_its_readout():
    # "this week" holds the call dated today: the act is the call's, on its day (0.1.58)
    events = _events("Secretary of State Antony J. Blinken spoke today with Ukrainian Foreign Minister Dmytro Kuleba. "
                     "The Secretary thanked the Foreign Minister this week for his leadership. "
                     "He reaffirmed U.S. support for Ukraine's sovereignty.")
    praised = next(e for t, e in events.items() if t.startswith("thanked"))
    reaffirmed = next(e for t, e in events.items() if t.startswith("reaffirmed"))
    assert (praised.date, praised.date_end, praised.date_source) == ("2022-07-30", None, TEXT)
    assert "'spoke' it continues" in praised.explanation and "'this week'" in praised.explanation
    assert (reaffirmed.date, reaffirmed.date_source) == ("2022-07-30", TEXT)


def test_a_period_that_does_not_hold_the_meeting_still_ends_the_readout():
    events = _events("Secretary Blinken met Foreign Minister Kuleba in Kyiv yesterday. "
                     "The Secretary praised Ukraine's forces last month. He reaffirmed U.S. support for Ukraine.")
    praised = next(e for t, e in events.items() if t.startswith("praised"))
    reaffirmed = next(e for t, e in events.items() if t.startswith("reaffirmed"))
    assert praised.date == "2022-06"
    assert reaffirmed.date != "2022-07-29"


def test_both_sides_as_subject_continue_a_long_readout():
    # the two sides together ("both countries") tell the meeting's acts, and sentences about its
    # participants keep the readout going past eight sentences (0.1.58)
    text = ("President Smith met yesterday with President Garcia of Mexico. "
            + "They discussed trade. Both leaders also noted the value of tourism. " * 4
            + "The leaders also discussed energy. "
            "Both countries pledged to create a working group on arms trafficking.")
    pledged = [e for e in extract(text, SATURDAY).events if e.trigger.startswith("pledged")]
    assert pledged and all((e.date, e.date_source) == ("2022-07-29", TEXT) for e in pledged)
