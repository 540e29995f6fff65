"""Acts that are no events (task embed2): an act named only as what a described actor took part
in (check not-participation, events.participation_check) and a whole conflict named as the cause
of a state (check not-background-anchor, events._conflict_as_cause). Sentences are constructed
after the designation releases and readouts of the demo corpus (examples/statedept,
examples/whitehouse); each has a contrast that stays an event."""

from __future__ import annotations

from tests.nlp.linked_events import coded as _events


def _explain(events):
    return [(e.type, e.trigger, e.source_text, e.target_text, e.status) for e in events]


# -- not-participation: who took part, told to say who the actor is

def test_entities_involved_in_a_crackdown_are_described_not_reported(base_nlp):
    events = _events(base_nlp, "Canada welcomed the new measures adopted by the European Union against 12 "
                     "officials and two entities involved in the violent crackdown on protesters.")
    assert not [e for e in events if e.type in ("COERCE", "ASSAULT")], _explain(events)
    assert [e for e in events if e.type == "SUPPORT"], _explain(events)  # the welcome stays


def test_a_relative_clause_of_taking_part_is_no_event(base_nlp):
    events = _events(base_nlp, "The Department is imposing visa restrictions on five individuals who, acting on "
                     "behalf of the Russian Federation, were involved in attacks on Chechen dissidents living in "
                     "Europe.")
    assert not [e for e in events if e.type == "ASSAULT"], _explain(events)
    assert [e for e in events if e.type == "SANCTION"], _explain(events)


def test_the_standing_grounds_of_a_designation_are_no_event(base_nlp):
    events = _events(base_nlp, "The Chinese trader Li Wei and three companies in his network have been involved "
                     "in efforts to procure aluminum alloys for Iran's missile program.")
    assert not [e for e in events if e.type == "COOPERATE"], _explain(events)


def test_a_dated_past_report_of_taking_part_is_an_event(base_nlp):
    # contrast: the main clause reports what happened, on a day
    events = _events(base_nlp, "Two Belarusian officers were involved in the fatal shooting of two peaceful "
                     "protesters on August 10.")
    assert [e for e in events if e.type == "ASSAULT" and e.source_text == "Two Belarusian officers"], \
        _explain(events)


def test_a_speakers_accusation_of_involvement_stays(nlp):
    # the speaker's own act (plover_accusations.yaml "involve: in"), not a description (the full
    # pipeline: the accusation frame reads the statements component)
    events = _events(nlp, "“Russia has the Wagner Group involved in gold smuggling,” Maria Lopez, a security "
                     "analyst, said.")
    assert [e for e in events if e.mode == "accuse" and e.target_text == "Wagner Group"], _explain(events)


# -- a whole conflict named as the cause of a state

def test_a_war_named_as_the_cause_of_a_crisis_is_background(base_nlp):
    events = _events(base_nlp, "During his visit to Warsaw, the Assistant Secretary met with the Polish Border "
                     "Guard, which is on the frontlines of the response to the crisis caused by Russia's unprovoked "
                     "attack on Ukraine.")
    assert not [e for e in events if e.type == "ASSAULT"], _explain(events)
    assert [e for e in events if e.type == "CONSULT"], _explain(events)


def test_fleeing_due_to_a_war_does_not_recode_the_war(base_nlp):
    events = _events(base_nlp, "Millions of Ukrainians have fled to neighboring countries due to the Russian "
                     "Federation's unprovoked and unjustified attack against Ukraine.")
    assert not [e for e in events if e.type == "ASSAULT"], _explain(events)


def test_a_dated_attack_named_as_a_cause_stays(base_nlp):
    # contrast: a discrete, dated attack is news (``_whole_conflict`` takes no date or narrower target)
    events = _events(base_nlp, "The fires were caused by Russia's missile attack on the port of Odesa on Tuesday.")
    assert [e for e in events if e.type == "ASSAULT"], _explain(events)
