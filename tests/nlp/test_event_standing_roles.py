"""Standing programmes, roles and routines stored as events (task genpolicy, s19): an act in the
simple present with an adverb of frequency (check not-habitual), what a programme, office or its
staff does as its standing role, or the remit of "X's mission is to ..." (check not-standing-role)
is a description, no dated happening. Fixture sentences are from the demo corpus (examples/)
unless marked as a contrast."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import coded, show


@pytest.mark.parametrize("text, trigger", [
    # State Department briefing on the Ukraine embassy drawdown: MOBILIZE USA at 0.74
    ("We – in normal times, we deploy our personnel to different parts of a country from – other than "
     "the capital city or the city in which we might have a consulate.", "deploy"),
    # contrast wording: a frequency adverb on a present act
    ("The United States regularly hosts military exercises with Colombia.", "host"),
])
def test_a_routine_in_the_simple_present_is_no_event(base_nlp, text, trigger):
    events = [e for e in coded(base_nlp, text) if trigger in e.trigger.lower()]
    assert not events, show(events)


@pytest.mark.parametrize("text, trigger", [
    # Honduras fact sheet: AID USA -> HND at 0.94
    ("U.S. assistance helps improve food security, provides vaccines against COVID-19, makes schools "
     "and health clinics more accessible, trains police and investigators to ensure justice for all "
     "Hondurans, and assists Hondurans in increasing their own border security.", "assist"),
    # Haiti fact sheet: AID State Department -> HNP judicial police at 0.88
    ("The State Department-supported experts also provide advisory support to the HNP judicial police "
     "and Inspector General.", "provide"),
    # Haiti fact sheet: SUPPORT Department of State -> HNP at 0.94
    ("The Department of State supports seven embedded subject matter experts to specialized HNP units to "
     "enhance the institution's capability to support safer communities.", "support"),
    # contrast wording: a role told by its means
    ("The program supports partner militaries by providing training.", "provid"),
])
def test_a_standing_role_is_no_event(base_nlp, text, trigger):
    events = [e for e in coded(base_nlp, text) if trigger in e.trigger.lower()]
    assert not events, show(events)


@pytest.mark.parametrize("text, trigger, event_type", [
    # State Department statement on Erbil: a present act of speech
    ("The United States strongly condemns the missile strikes on Erbil, Iraq last night that emanated "
     "from Iran.", "condemn", "DISAPPROVE"),
    # contrast wording: a present readout is an act
    ("The Secretary reaffirms U.S. support for Ukraine's sovereignty.", "reaffirm", "SUPPORT"),
    # contrast wording: a frequency adverb on a dated past meeting
    ("The U.S. regularly met with Cuban officials in 2022.", "met", "CONSULT"),
    # contrast wording: a country (no programme) gives aid in the present
    ("The United States provides $10 million in humanitarian aid to Sudan.", "provide", "AID"),
    # contrast wording: an office's stance is SUPPORT, no standing role
    ("The Department supports the ceasefire agreement between Israel and Hamas.", "support", "SUPPORT"),
    # contrast wording: an office announcing new aid or a sum
    ("The Department provides additional humanitarian assistance to Ukraine.", "provide", "AID"),
    ("The Department of State provides $10 million in humanitarian aid to Sudan.", "provide", "AID"),
])
def test_a_present_act_stays_an_event(base_nlp, text, trigger, event_type):
    events = coded(base_nlp, text)
    assert any(e.type == event_type and trigger in e.trigger.lower() for e in events), show(events)


def _reason(nlp, text, word, check, event_type="SUPPORT"):
    from newsgraph.nlp import events as ev

    token = next(t for t in nlp(text) if t.lower_.startswith(word))
    return getattr(ev, check)(ev.Trigger(token, token, event_type, None, "test", [token], 0.9))


@pytest.mark.parametrize("text, word, reason", [
    # contrast wording
    ("The United States regularly hosts military exercises with Colombia.", "hosts",
     "habitual 'regularly hosts'"),
    # demo corpus (State Department briefing)
    ("In normal times, we deploy our personnel to different parts of the country.", "deploy",
     "habitual 'in normal times' deploy"),
    # contrast wording: progressive and past pass
    ("The United States is regularly hosting military exercises with Colombia.", "hosting", None),
    ("Russian authorities often detained protesters in 2021.", "detained", None),
])
def test_check_not_habitual(base_nlp, text, word, reason):
    assert _reason(base_nlp, text, word, "_habitual_clause") == reason


@pytest.mark.parametrize("text, trigger, event_type", [
    # contrast wordings: violence and coercion told as a recurring pattern are still coded
    ("Russian forces regularly shell civilian areas in Kharkiv.", "shell", "ASSAULT"),
    ("Police routinely detain opposition activists in Minsk.", "detain", "COERCE"),
])
def test_recurring_violence_stays_an_event(base_nlp, text, trigger, event_type):
    from newsgraph.nlp import events as ev

    token = next(t for t in base_nlp(text) if t.lower_.startswith(trigger))
    assert ev._habitual_clause(ev.Trigger(token, token, event_type, None, "test", [token], 0.9)) is None
    # the same clause with a cooperative act is a routine (the check fires on the type alone)
    assert ev._habitual_clause(ev.Trigger(token, token, "CONSULT", None, "test", [token], 0.9)) is not None


@pytest.mark.parametrize("text, word, reason", [
    # demo corpus (Haiti fact sheet)
    ("The State Department-supported experts also provide advisory support to the HNP judicial police.",
     "provide", "standing role 'experts provide'"),
    # demo corpus (ACA release): the remit of an actor
    ("The overarching mission of the ACA is to support the War Crimes Units of the Office of the "
     "Prosecutor General of Ukraine.", "support", "remit 'mission is to support'"),
    # contrast wording (the brief's kind): a remit
    ("NATO's mission is to deter aggression against its members.", "deter", "remit 'mission is to deter'"),
    # demo corpus (State Department, sanctions on Zolotov): a standing attribution of responsibility
    ("In addition, Zolotov's troops are responsible for suppressing dissent in occupied areas of Ukraine.",
     "suppressing", "responsibility 'are responsible for suppressing'"),
    # demo corpus (White House fentanyl fact sheet): a modifier of a noun
    ("Today, the drugs most responsible for killing Americans are illicit synthetic opioids like fentanyl.",
     "killing", "responsibility 'drugs responsible for killing'"),
    # contrast wording: a past act blamed on someone passes
    ("Russian forces were responsible for killing civilians in Bucha.", "killing", None),
    # contrast wording: a time word tells a happening
    ("Today, the program provides $5 million to Haiti.", "provides", None),
    # contrast wording: a headline (no closing stop) tells the news of the day
    ("Program Provides Aid to Flood Victims", "provides", None),
    # contrast wording: a stance verb of an office is a current act
    ("The Department welcomes the release of the prisoners.", "welcomes", None),
    # demo corpus (Haiti fact sheet): an office's counted staff is a role
    ("The Department of State supports 14 embedded subject matter experts in HNP leadership.", "supports",
     "standing role 'Department supports'"),
    # contrast wording: an office's stance, an announced sum
    ("The Department of State supports the decision of the Kenyan government.", "supports", None),
    ("The Bureau provides $5 million to the program.", "provides", None),
    # contrast wording: a past remit is history ("was to"), not described now
    ("The mission was to support the police.", "support", None),
])
def test_check_not_standing_role(base_nlp, text, word, reason):
    assert _reason(base_nlp, text, word, "_standing_role") == reason
