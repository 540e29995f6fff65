"""Round-5 trigger senses and roles (task senses6): a reduced past-participle clause has its shared
subject as patient, a MOBILIZE act noun deploying a thing is no MOBILIZE, a bare "restore" is no
SUPPORT. Each real sentence comes from the demo corpus (examples/), each with a near miss."""

from __future__ import annotations

from tests.nlp.linked_events import coded as _events, explain as _explain


# -- a fronted past participle without auxiliary is passive: its shared subject is the patient

def test_beaten_back_russia_is_the_one_repelled(base_nlp):
    events = _events(base_nlp, "Beaten back from its failed attempt to seize Kyiv, Russia continues a grinding "
                               "offensive across Ukraine\u2019s south and east.")
    beaten = [e for e in events if e.trigger.lower().startswith("beaten")]
    assert [(e.type, e.mode, e.source_text, e.target_text) for e in beaten] == [("ASSAULT", None, None, "Russia")], \
        _explain(events)  # repelled (CAMEO 190 REPULSE), not beaten with fists (mode 'beat')


def test_beaten_back_by_names_the_agent(base_nlp):
    events = _events(base_nlp, "Beaten back by Ukrainian forces, Russia continues a grinding offensive across "
                               "Ukraine\u2019s south and east.")
    beaten = [e for e in events if e.trigger.lower().startswith("beaten")]
    assert [(e.source_text, e.target_text) for e in beaten] == [("Ukrainian forces", "Russia")], _explain(events)


def test_a_perfect_participle_keeps_its_subject_as_agent(base_nlp):
    # near miss: "having attacked" has its own active auxiliary, so the militia attacked
    events = _events(base_nlp, "Having attacked the village, the militia withdrew.")
    attacked = [e for e in events if e.type == "ASSAULT"]
    assert attacked and attacked[0].source_text == "militia", _explain(events)


# -- "deployment of" a thing (MOBILIZE act noun looked through to its "of" object)

def test_deployment_of_renewable_energy_is_no_mobilize(base_nlp):
    events = _events(base_nlp, "Both noted their commitment to work closely together to accelerate North "
                               "American deployment of renewable energy, including catalyzing finance and "
                               "technology in service of renewable energy.")
    assert not [e for e in events if e.type == "MOBILIZE"], _explain(events)


def test_deployment_of_troops_stays_mobilize(base_nlp):
    events = _events(base_nlp, "Russia accelerated the deployment of troops to the Ukrainian border.")
    assert [(e.type, e.source_text) for e in events if e.type == "MOBILIZE"] == [("MOBILIZE", "Russia")], \
        _explain(events)


# -- bare "restore" (CAMEO RESTORE codes only ties / relations / order / unity)

def test_restoring_livelihoods_is_no_support(base_nlp):
    events = _events(base_nlp, "The people of Haiti deserve to feel safe enough to leave their homes, restore "
                               "their livelihoods, and go to the polls to democratically elect a government "
                               "that represents their interests.")
    assert not [e for e in events if e.type == "SUPPORT"], _explain(events)


def test_restoring_ties_stays_support(base_nlp):
    events = _events(base_nlp, "The two countries restored ties in 2021.")
    assert [(e.type, e.mode) for e in events] == [("SUPPORT", "relations")], _explain(events)


# -- a plural noun ending the subject phrase, read by the parser as the root verb

def test_architectures_allow_is_a_thing_permitting(base_nlp):
    events = _events(base_nlp, "The use of modular and open systems architectures allows the Air Force to be "
                               "more agile and adaptable which is why there is an emphasis on fielding systems "
                               "more rapidly and building resilient systems that are inherently resistant to "
                               "predictive failure, according to the written testimony.")
    assert not [e for e in events if e.type == "CONCEDE"], _explain(events)


def test_a_government_allowing_is_concede(base_nlp):
    events = _events(base_nlp, "The government allows the opposition to hold rallies.")
    assert [(e.type, e.source_text, e.target_text) for e in events] == [("CONCEDE", "government", "opposition")]
