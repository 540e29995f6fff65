"""One act told twice in an article (issue 6: "several mentions of the same act in one article
are one event that keeps every evidence span"): the mention whose sentence gives no date takes the
date of the mention that is dated (event_dates.same_act_dated), not the publication's. Invented
sentences in the style of wire and state.gov reports; none from the gold files."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.event_dates import PUBLICATION, TEXT
from newsgraph.nlp.pipeline import extract

MONDAY = dt.date(2024, 5, 6)


def _events(text, ref=MONDAY):
    return extract(text, ref).events


def test_a_nominalised_mention_takes_the_dated_arrests_date():
    # "the decision to arrest" (no date) tells the arrest dated "on Saturday"
    text = ("Police arrested opposition leader Ali Musa at his home in Lagos on Saturday. "
            "Rights groups questioned the decision to arrest Ali Musa.")
    arrests = [e for e in _events(text) if e.type == "COERCE"]
    assert len(arrests) == 1
    assert (arrests[0].date, arrests[0].date_source) == ("2024-05-04", TEXT)
    assert len(arrests[0].evidence_spans) == 2


def test_an_undated_lead_takes_the_date_told_later_and_is_one_event():
    text = ("Police have arrested opposition leader Ali Musa, his party said. "
            "Police arrested Musa at his home in Lagos on Saturday night, the party said in a statement.")
    arrests = [e for e in _events(text) if e.type == "COERCE"]
    assert len(arrests) == 1
    assert arrests[0].date == "2024-05-04"
    assert {s[0] for s in arrests[0].evidence_spans} == {0, text.index("Police arrested")}


def test_another_occurrence_or_other_participants_keep_their_own_date():
    # "again": a second arrest of the same man; the other pair of leaders: another meeting
    text = ("Police arrested opposition leader Ali Musa at his home in Lagos on Saturday. "
            "Secretary Blinken met Foreign Minister Kuleba in Kyiv on Tuesday. "
            "Polish President Duda met Chancellor Scholz in Berlin. "
            "Ali Musa was arrested again after his release.")
    events = _events(text)
    assert next(e for e in events if e.sentence_start == 0 and e.type == "COERCE").date == "2024-05-04"
    later = [e for e in events if e.sentence_start >= text.index("Polish")]
    assert {e.type for e in later} == {"CONSULT", "COERCE"}
    assert all(e.date_source == PUBLICATION for e in later)


def test_without_again_the_passive_mention_is_the_dated_arrest():
    text = ("Police arrested opposition leader Ali Musa at his home in Lagos on Saturday. "
            "Ali Musa was arrested after a rally against fuel prices.")
    arrests = [e for e in _events(text) if e.type == "COERCE"]
    assert [(e.date, e.date_source) for e in arrests] == [("2024-05-04", TEXT)]


def test_a_time_of_the_purpose_clause_does_not_end_the_trips_readout():
    # "the next decade" dates the ambition, not the meeting: the meeting is part of the trip
    text = ("Special Envoy John Kerry traveled to Moscow, Russia, July 12-15, 2021. While in Moscow, he met "
            "with Russian Foreign Minister Lavrov to discuss efforts to increase ambition in the next decade.")
    met = next(e for e in _events(text, dt.date(2021, 7, 16)) if e.trigger.startswith("met"))
    assert (met.date, met.date_end, met.date_source) == ("2021-07-12", "2021-07-15", TEXT)


def test_an_act_done_to_something_else_is_not_the_dated_one():
    # "rallied its allies" (over the year) is not "rally 141 countries" (this week's vote)
    text = ("This week, the United States worked with its partners to rally 141 countries to support a "
            "resolution on Ukraine. The United States has rallied its allies in response to the invasion.")
    rallies = [e for e in _events(text) if e.trigger.startswith("rall")]
    late = [e for e in rallies if e.sentence_start > 0]
    assert late and all(e.date_source == PUBLICATION for e in late)


def test_an_act_on_a_demonstrative_object_takes_the_dated_acts_date():
    # "these printing houses" points back at the printing house the dated strike destroyed (0.1.58);
    # the act is told by "attacking", whose "by" + gerund clause names the means (0.1.60)
    text = ("On May 3, a Russian strike destroyed the Mir printing house in Kharkiv. "
            "By striking these printing houses, Russia is attacking Ukraine's education system.")
    later = [e for e in _events(text) if e.type == "ASSAULT" and e.sentence_start > 0]
    assert later and all((e.date, e.date_source) == ("2024-05-03", TEXT) for e in later)
    assert "points back to" in later[0].explanation


def test_an_act_on_another_object_keeps_the_publication():
    text = ("On May 3, a Russian strike destroyed the Mir printing house in Kharkiv. "
            "By striking these power plants, Russia is attacking Ukraine's education system.")
    later = [e for e in _events(text) if e.type == "ASSAULT" and e.sentence_start > 0]
    assert later and all(e.date_source == PUBLICATION for e in later)


def test_a_definite_meeting_of_two_takes_the_date_of_their_dated_signing():
    # "his meeting with Vargas" is the one where the two signed the accord on April 30 (0.1.59)
    text = ("The accord, signed on April 30 between Defense Minister Karim Haddad and his Peruvian counterpart "
            "Luis Vargas, provides for joint patrols. \"Our navies will train together,\" Haddad said during his "
            "meeting with Vargas, the agency reported.")
    meetings = [e for e in _events(text) if e.type == "CONSULT" and e.trigger.startswith("meeting")]
    assert meetings and all((e.date, e.date_source) == ("2024-04-30", TEXT) for e in meetings)


def test_a_meeting_of_another_pair_keeps_the_publication():
    text = ("The accord, signed on April 30 between Defense Minister Karim Haddad and his Peruvian counterpart "
            "Luis Vargas, provides for joint patrols. \"Our navies will train together,\" Haddad said during his "
            "meeting with Chilean Minister Ana Rojas, the agency reported.")
    meetings = [e for e in _events(text) if e.type == "CONSULT" and e.trigger.startswith("meeting")]
    assert all(e.date_source == PUBLICATION for e in meetings)


def test_a_perfect_recap_of_these_objects_keeps_the_publication():
    # review 36a item 5: "has destroyed these bridges" sums up many acts, not the one dated bridge
    text = ("On May 3, Russian forces destroyed the bridge in Kherson. "
            "Russia has destroyed these bridges to cut off supplies.")
    later = [e for e in _events(text) if e.type == "ASSAULT" and e.sentence_start > 0]
    assert later and all(e.date != "2024-05-03" for e in later), [(e.date, e.date_source) for e in later]


def test_a_hoped_for_meeting_does_not_take_a_past_meetings_date():
    # review 36a item 4: "hopes to discuss ... in his meeting with" speaks of a meeting to come
    text = ("Blinken met Lavrov in Geneva on April 21. "
            "Blinken hopes to discuss arms control in his meeting with Lavrov.")
    meeting = [e for e in _events(text) if e.type == "CONSULT" and e.sentence_start > 0]
    assert meeting and all(e.date != "2024-04-21" for e in meeting), [(e.date, e.date_source) for e in meeting]
