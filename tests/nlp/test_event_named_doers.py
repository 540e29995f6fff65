"""Doers the clause names but the parse hides (task doer35; events 0.7.252, events._subject): a
comma "-ing" clause at the end of a clause, a gerund after "as well as", a verb-phrase list whose
first member the parser made an adverbial clause, and an active infinitive under a passive control
or raising verb all take the subject their clause gives them. Sentences written for these tests."""

from __future__ import annotations

from tests.nlp.linked_events import coded as _events, explain as _explain


def test_supplementive_ing_chain_takes_the_clause_subject(base_nlp):
    # the parser hangs "demolishing" on the noun "hospitals" and "killing" on "demolishing"
    events = _events(base_nlp, "In recent weeks, the junta has intensified its campaign in the north, burning "
                     "villages, demolishing clinics, and killing dozens of farmers.", "ASSAULT")
    killing = [e for e in events if e.trigger.startswith("killing")]
    assert [(e.source_text, e.target_text) for e in killing] == [("junta", "farmers")], _explain(events)


def test_gerund_after_as_well_as_shares_the_clause_subject(base_nlp):
    events = _events(base_nlp, "Today we are targeting Belarusian officials and their networks, and state "
                     "enterprises of Belarus, as well as imposing additional export controls on Belarusian potash.",
                     "SANCTION")
    assert [(e.trigger, e.source_text) for e in events] == [("imposing controls", "we")], _explain(events)


def test_verb_phrase_list_read_as_an_adverbial_clause_shares_its_subject(base_nlp):
    # "has engaged ..." is parsed as an advcl of "established", the root, which has no subject
    events = _events(base_nlp, "-   The Administration has engaged with leaders around the world to spur global "
                     "action, established a Trilateral Committee with the Governments of Mexico and Canada, and "
                     "launched a Global Coalition to Address Drug Threats.", "COOPERATE")
    launched = [e for e in events if e.trigger.startswith("launched")]
    assert launched and all(e.source_text == "Administration" for e in launched), _explain(events)


def test_active_infinitive_under_a_passive_control_verb_is_the_subjects_act(base_nlp):
    resign = _events(base_nlp, "The minister was forced to resign after the scandal.", "RETREAT")
    assert [(e.source_text, e.target_text) for e in resign] == [("minister", None)], _explain(resign)
    # a raising verb with a perfect infinitive: Iran supplied (as claimed), Russia received
    supplied = _events(base_nlp, "Iran is believed to have supplied drones to Russia.", "AID")
    assert [(e.source_text, e.target_text, e.status) for e in supplied] == [("Iran", "Russia", "claimed")], \
        _explain(supplied)


def test_an_urged_act_stays_a_demand(base_nlp):
    # contrast: the one urged becomes the infinitive's subject, but the act is only asked for
    events = _events(base_nlp, "Russia was urged to withdraw its troops from Ukraine.")
    assert [(e.type, e.target_text) for e in events] == [("DEMAND", "Russia")], _explain(events)


def test_a_verb_is_finite_by_its_tag_or_a_finite_auxiliary_before_it(base_nlp):
    # review 35a §8: one test of finiteness for the stranded subject, the verb list and the "-ing" chain
    from newsgraph.nlp.events import _is_finite

    doc = base_nlp("Chile has condemned the raids and keeps supporting the mission.")
    words = {t.text: t for t in doc}
    assert _is_finite(words["condemned"]) and _is_finite(words["keeps"])
    assert not _is_finite(words["supporting"])


def test_an_ing_clause_after_a_reported_campaign_is_not_the_reporters_act(base_nlp):
    # review 35a §3: after a verb that documents or describes its object, the "-ing" clause tells
    # the acts of the campaign reported, not acts of the one who reports it
    # (the parser hangs "arresting" on "campaign", and "detaining" on "arresting")
    for text in ("The Senate report describes a campaign of repression, arresting lawyers and detaining students.",
                 "The OSCE report describes a campaign of intimidation, arresting lawyers and detaining students."):
        detained = _events(base_nlp, text, "COERCE")
        assert detained and all(e.source_text is None for e in detained), _explain(detained)
    # the clause's own campaign stays its subject's
    jailed = _events(base_nlp, "The junta intensified its campaign of repression, detaining students.", "COERCE")
    assert [e.source_text for e in jailed] == ["junta"], _explain(jailed)


def test_a_gerund_added_to_a_for_or_of_gerund_is_the_objects_act(base_nlp):
    # review 35a §7: the added gerund parallels the gerund the object does, not the main verb
    attacked = _events(base_nlp, "Kyiv accused Moscow of shelling the plant, in addition to attacking the city "
                       "of Kherson.", "ASSAULT")
    attacking = [e for e in attacked if e.trigger.startswith("attacking")]
    assert [(e.source_text, e.status) for e in attacking] == [("Moscow", "claimed")], _explain(attacked)
    mediated = _events(base_nlp, "The EU thanked Turkey for hosting refugees, in addition to mediating the "
                       "grain deal with Russia.", "CONSULT")
    assert [(e.source_text, e.target_text) for e in mediated] == [("Turkey", "Russia")], _explain(mediated)
