"""Non-events from stative or descriptive wording (task stative, s21): a standing status told by
a relative clause in the present passive (check not-standing-passive), a verb-sense trigger read
off an adjective (not-adjective), a request in a phrase of procedure (not-procedure), a
demonstrative as agent (thing-agent), a progressive with a phrase of universal frequency
(not-habitual) and an official instrument whose content is the act (not-instrument). Fixture
sentences are from the demo corpus (examples/) unless marked as a contrast."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import coded, show


def _reason(nlp, text, word, check, event_type, *, lex=False):
    from newsgraph.nlp import events as ev

    token = next(t for t in nlp(text) if t.lower_.startswith(word))
    trigger = ev.Trigger(token, token, event_type, None, "test", [token], 0.9)
    return getattr(ev, check)(trigger, ev.load_lexicon()) if lex else getattr(ev, check)(trigger)


@pytest.mark.parametrize("text, trigger", [
    # State Department release on Iranian procurement: SANCTION UN -> Parchin at 0.6
    ("This network supplied Parchin Chemical Industries (PCI) – which is designated for sanctions by "
     "the UN under UNSCR 2231 – with materials.", "designated"),
    # contrast wording: a status told by "which is sanctioned"
    ("Iran supplied drones to the Wagner Group, which is sanctioned by the United States.", "sanctioned"),
])
def test_a_standing_status_in_a_relative_clause_is_no_event(base_nlp, text, trigger):
    events = [e for e in coded(base_nlp, text) if e.trigger.lower().startswith(trigger)]
    assert not events, show(events)


@pytest.mark.parametrize("text, word, reason", [
    ("Sanctions hit the firm, which is designated by the UN.", "designated",
     "standing status 'which is designated'"),
    # contrast wordings: a past or dated designation is an act
    ("Sanctions hit the firm, which was designated by the UN in May.", "designated", None),
    ("Sanctions hit the firm, which is designated today by the Treasury.", "designated", None),
])
def test_check_not_standing_passive_in_a_relative_clause(base_nlp, text, word, reason):
    assert _reason(base_nlp, text, word, "_standing_passive", "SANCTION") == reason


@pytest.mark.parametrize("text, word, reason", [
    # Cuba measures release: RETREAT/release on "free"
    ("The measures give them tools to pursue a life free from Cuban government oppression.", "free",
     "adjective 'free'"),
    # contrast wording: the predicate adjective (as before) and after "remain"
    ("Americans are free to travel.", "free", "adjective 'free'"),
    ("The border crossing remains open to trucks.", "open", "adjective 'open'"),
    # contrast wording: the verb passes
    ("Ukraine freed ten prisoners of war on Monday.", "freed", None),
])
def test_check_not_adjective(base_nlp, text, word, reason):
    assert _reason(base_nlp, text, word, "_adjective_trigger", "RETREAT") == reason


def test_an_adjective_free_is_no_release(base_nlp):
    text = ("Today, the Administration announced measures to further support the Cuban people, providing "
            "them additional tools to pursue a life free from Cuban government oppression.")
    events = coded(base_nlp, text)
    assert not [e for e in events if e.trigger == "free"], show(events)
    assert any(e.type == "SUPPORT" for e in events), show(events)


@pytest.mark.parametrize("text, made", [
    # Ukraine war crimes release: DEMAND OPG at 0.45
    ("The MJTs will be composed of both international and Ukrainian experts and will be deployed at the "
     "request of the OPG to assist Ukraine's investigators on the ground.", False),
    # contrast wording: a standing procedure in the simple present
    ("Teams are deployed at the request of the host government.", False),
    # contrast wording: a past act tells a request that was made
    ("The teams were deployed at the request of the Ukrainian government last week.", True),
])
def test_a_request_in_a_phrase_of_procedure_is_no_demand(base_nlp, text, made):
    events = [e for e in coded(base_nlp, text) if e.type == "DEMAND" and "request" in e.trigger]
    assert bool(events) == made, show(events)


@pytest.mark.parametrize("text, trigger", [
    # Western Hemisphere release: AGREE None -> Latin Americans
    ("This will open opportunities for many Latin Americans.", "open"),
    # contrast wording
    ("That helps Ukraine defend itself.", "help"),
])
def test_a_demonstrative_as_agent_is_no_event(base_nlp, text, trigger):
    events = [e for e in coded(base_nlp, text) if e.trigger.lower().startswith(trigger)]
    assert not events, show(events)


@pytest.mark.parametrize("text, word, event_type, reason", [
    ("This will open opportunities for many Latin Americans.", "open", "AGREE",
     "demonstrative 'This' as agent (a measure or fact, no actor)"),
    # contrast wordings: violence may stand for an attack told before; a named subject acts
    ("This killed five civilians in Kharkiv.", "killed", "ASSAULT", None),
    ("This agreement will open markets for Colombian exporters.", "open", "AGREE", None),
])
def test_check_thing_agent_demonstrative(base_nlp, text, word, event_type, reason):
    assert _reason(base_nlp, text, word, "_thing_agent_clause", event_type, lex=True) == reason


@pytest.mark.parametrize("text, word, reason", [
    # Secretary's speech on the Americas: CONSULT we -> our partners
    ("At every step, we're consulting with our partners, listening to them, taking their concerns to heart.",
     "consulting", "habitual 'at every step' consulting"),
    # contrast wording
    ("At every turn, we are coordinating with our allies.", "coordinating", "habitual 'at every turn' coordinating"),
    # demo corpus (Ukraine briefing): an ongoing campaign of deliveries is news of the day
    ("Together, we are delivering security assistance every day, and we are expediting shipments of arms.",
     "delivering", None),
    # contrast wordings: a plain progressive, or a progressive with a plain adverb, is one act going on
    ("We are consulting with our partners on the sanctions package.", "consulting", None),
    ("The United States is regularly hosting military exercises with Colombia.", "hosting", None),
])
def test_check_not_habitual_universal_progressive(base_nlp, text, word, reason):
    assert _reason(base_nlp, text, word, "_habitual_clause", "CONSULT") == reason


def test_a_universal_routine_in_the_progressive_is_no_event(base_nlp):
    text = "At every step, we're consulting with our partners, listening to them, taking their concerns to heart."
    events = [e for e in coded(base_nlp, text) if e.type == "CONSULT"]
    assert not events, show(events)


@pytest.mark.parametrize("text, demand", [
    # White House fact sheet on illicit drugs: DEMAND Biden beside the SANCTION
    ("In 2021, President Biden issued an Executive Order imposing sanctions on foreign persons involved "
     "in the global illicit drug trade.", False),
    # contrast wording: an order to an addressee stays a DEMAND (an order to one's own armed
    # forces is their mobilisation since events 0.8.115: tests/nlp/test_event_orders_to_forces.py)
    ("The European Commission issued an order to Google.", True),
])
def test_an_instrument_whose_content_is_the_act_is_no_demand(base_nlp, text, demand):
    events = [e for e in coded(base_nlp, text) if e.type == "DEMAND"]
    assert bool(events) == demand, show(coded(base_nlp, text))


@pytest.mark.parametrize("text, word, reason", [
    ("In 2021, President Biden issued an Executive Order imposing sanctions on foreign persons.", "order",
     "instrument 'executive Order'"),
    # contrast wordings: a decree whose content is a ban; an order whose content is a demand
    ("The president issued a decree banning imports of Russian oil.", "decree", "instrument 'decree banning'"),
    ("The ministry issued an order requiring companies to report their sales.", "order", None),
])
def test_check_not_instrument(base_nlp, text, word, reason):
    from newsgraph.nlp import events as ev

    doc = base_nlp(text)
    verb = next(t for t in doc if t.lower_ == "issued")
    noun = next(t for t in doc if t.lower_ == word)
    trigger = ev.Trigger(verb, verb, "DEMAND", None, "test", [verb, noun], 0.9)
    assert ev._instrument_content(trigger, ev.load_lexicon()) == reason


@pytest.mark.parametrize("text, word, reason", [
    # State Department release on the PRC (task purpose): COERCE/ban on the publication day
    ("Americans are free to read the China Daily, but The New York Times and Twitter are prohibited for "
     "the Chinese people.", "prohibited", "standing rule 'are prohibited' (no agent, no date)"),
    ("However, U.S. government personnel are permitted to travel to the northern bank of the Napo River.",
     "permitted", "standing rule 'are permitted' (no agent, no date)"),
    # contrast wordings: a past act, an agent, a date
    ("The New York Times and Twitter were prohibited in China.", "prohibited", None),
    ("Russian aircraft are banned by the ministry from U.S. airspace.", "banned", None),
    ("Russian aircraft are banned from U.S. airspace starting on March 2.", "banned", None),
])
def test_check_not_standing_passive_for_a_rule_in_force(base_nlp, text, word, reason):
    assert _reason(base_nlp, text, word, "_standing_passive", "COERCE") == reason


def test_a_rule_in_force_is_no_dated_coercion(base_nlp):
    text = ("For example, Americans who want to read the China Daily are free to do so, but The New York Times "
            "and Twitter are prohibited for the Chinese people.")
    events = coded(base_nlp, text, "COERCE")
    assert not events, show(events)
