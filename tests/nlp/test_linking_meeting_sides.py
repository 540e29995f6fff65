"""Which side of a readout an official is on (task wrongstate4, nlp/linking/): an office the
publisher's state does not have ("Foreign Minister" in a U.S. release) is another state's, the one
its sentence names; whom such an official meets is the publisher's side, never that other state's.
And a singular collective noun of people ("the team") is what a following "they" stands for, the
target when "they" is the subject of a passive. Fixtures: the State Department's readout of Deputy
Secretary Sherman's trip to Tianjin (July 2021) and the Wikinews report on the Afghan girls'
robotics team (examples/wikinews-gum)."""

from __future__ import annotations

from tests.nlp.linked_events import linked, one, show

TIANJIN = "Foreign Minister Wang Yi and Vice Foreign Minister Xie Feng met Deputy Secretary Sherman in Tianjin."
TIANJIN_OBJECT = "Deputy Secretary Sherman met with Foreign Minister Wang Yi in Tianjin."
TEAM = ("The team arrived in Washington D.C. after many difficulties. They were twice denied visas to enter "
        "the United States.")


def _sides(events):
    return {(e.source_key, e.source_acts_for, e.target_key, e.target_acts_for) for e in events}


def test_foreign_ministers_meeting_a_us_official_are_the_other_state_and_she_the_publishers(nlp):
    events = one(linked(nlp, TIANJIN), "met")
    assert _sides(events) == {("person:wang-yi", "CHN", "person:sherman", "USA"),
                              ("person:xie-feng", "CHN", "person:sherman", "USA")}, show(events)


def test_the_official_met_abroad_is_still_the_other_states(nlp):
    # the near miss: the publisher's official meets a foreign minister; nothing changes sides
    events = one(linked(nlp, TIANJIN_OBJECT), "met")
    assert _sides(events) == {("person:sherman", "USA", "person:wang-yi", "CHN")}, show(events)


def test_they_after_a_singular_team_is_the_target_of_a_passive(nlp):
    events = one(linked(nlp, TEAM, outlet="Wikinews"), "denied")
    assert [(e.type, e.target_text) for e in events] == [("REJECT", "They")], show(events)


# the State Department's list of the signatories of a sports ministers' statement, one per line
MINISTERS = ("Denmark: Ane Halsboe-Jørgensen, Minister for Culture\n"
             "Estonia: Liina Kersna, Minister of Education and Research in the responsibilities of Minister of Culture\n"
             "Finland: Petri Honkonen, Minister for Science and Culture\n"
             "France: Amélie Oudéa-Castéra, Minister of Sports and the Olympic and Paralympic Games\n")


def test_a_minister_in_a_one_per_line_list_takes_no_state_from_the_next_line(nlp):
    import datetime as dt

    from newsgraph.nlp.pipeline import extract

    x = extract(MINISTERS, dt.date(2022, 3, 2), nlp=nlp, outlet="United States Department of State")
    states = {e.key: e.acts_for for e in (x.entities.values() if isinstance(x.entities, dict) else x.entities)
              if e.key.startswith("person:")}
    assert states.get("person:liina-kersna") in (None, "EST"), states
    assert states.get("person:liina-kersna") != "USA", states
