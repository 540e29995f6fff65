"""Types taken from the act, not the literal trigger word (PLOVER codebook): services cut off are
COERCE 'withhold', a measure's stated consequence is no threat."""

from __future__ import annotations

from newsgraph.nlp.events import find_events
from tests.nlp.linked_events import linked, show


def _typed(doc, trigger_word):
    return [e for e in find_events(doc) if trigger_word in e.trigger]


def test_cutting_off_internet_is_coerce_withhold(base_nlp):
    # demo corpus (State Department briefing on occupied Ukraine): codebook COERCE 'withhold'
    doc = base_nlp("More recently, there have been reports as well that Russian forces have cut off "
                   "internet and some cellular phone access in these regions in order to disable the "
                   "flow of reliable information.")
    events = _typed(doc, "cut")
    assert events and all((e.type, e.mode) == ("COERCE", "withhold") for e in events)


def test_cutting_off_people_from_travel_stays_sanction(base_nlp):
    doc = base_nlp("Last spring, Beijing cut off Chinese students and tourists from traveling to Australia.")
    events = _typed(doc, "cut")
    assert events and all(e.type == "SANCTION" for e in events)


def test_consequence_of_an_imposed_measure_is_no_threat(base_nlp):
    # demo corpus (State Department statement on the Duma election observation)
    doc = base_nlp("The United States regrets that restrictions imposed by Russian authorities will prevent "
                   "the OSCE's Office for Democratic Institutions and Human Rights (ODIHR) and the OSCE "
                   "Parliamentary Assembly from independently observing the Duma elections in September.")
    events = _typed(doc, "prevent")
    assert events and all(e.type == "COERCE" and e.status != "planned" for e in events)


def test_announced_restriction_stays_a_threat(base_nlp):
    doc = base_nlp("Russia will prevent foreign observers from entering the country.")
    events = _typed(doc, "prevent")
    assert events and all(e.type == "THREATEN" for e in events)


def test_pronoun_standing_for_a_measure_is_no_actor(base_nlp):
    # demo corpus (White House remarks on sanctions on Russian sovereign debt)
    doc = base_nlp("These prohibitions will cut off the Russian Government from a key avenue by which it "
                   "raises capital to fund its priorities and will increase future financing costs. They "
                   "also deny Russia access to key U.S. markets and investors.")
    assert not [e for e in find_events(doc) if e.type == "REJECT" and e.source_text == "They"]


def test_pronoun_standing_for_an_actor_keeps_its_act(base_nlp):
    doc = base_nlp("The protesters gathered outside the embassy. They denounced the Russian invasion of Ukraine.")
    assert [e for e in find_events(doc) if e.trigger.startswith("denounce")]


def test_gerund_in_a_noun_list_takes_no_clause_subject(base_nlp):
    # demo corpus (White House fact sheet on Nicaragua): the cooperation is the regime's, not Biden's
    doc = base_nlp("Today, President Biden is taking further action to demonstrate our commitment to the "
                   "Nicaraguan people by expanding the tools to hold the Ortega-Murillo regime accountable "
                   "for its escalating human rights violations, continued dismantling of democratic "
                   "institutions, attacks on civil society, and increasing security cooperation with Russia.")
    assert not [e for e in find_events(doc) if "cooperation" in e.trigger and e.source_text
                and "Biden" in e.source_text]


def test_cancelling_a_meeting_is_reject(base_nlp):
    # codebook (SANCTION, potential ambiguities): "Cancellation of meetings are REJECT"
    doc = base_nlp("Secretary Blinken canceled his meeting with Foreign Minister Lavrov on Thursday.")
    events = _typed(doc, "cancel")
    assert events and all(e.type == "REJECT" for e in events)
    assert any("Lavrov" in (e.target_text or "") for e in events)
    assert not [e for e in find_events(doc) if e.type == "CONSULT"]


def test_a_game_started_is_sport_not_military_cooperation(nlp):
    # demo corpus (Wikinews, FIFA World Cup 2018 day five): "game" alone is no PLOVER event noun; the
    # codebook's "joint military games and maneuvers" are exercises
    text = ("Belgium started the game with attacking style with Romelu Lukaku, Yannick Carrasco, and Dries Mertens "
            "making early attempts to put Belgium into the lead against debutans Panama.")
    events = linked(nlp, text, outlet="Wikinews")
    assert not [e for e in events if e.type == "COOPERATE"], show(events)


def test_a_joint_exercise_started_is_military_cooperation(nlp):
    # contrast: the exercise noun keeps COOPERATE/military
    events = linked(nlp, "Russia and China started a joint naval exercise in the East China Sea on Monday.")
    assert any(e.type == "COOPERATE" for e in events), show(events)
