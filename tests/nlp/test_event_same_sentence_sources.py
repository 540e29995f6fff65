"""Sources the event's own sentence names that the parse hides (task srcsame, s16; events
0.7.54-srcsame): a long list of coordinated verb phrases shares its one subject, a finite conjunct
of a misparsed subjectless clause shares the subject of the verb above, and a comma-enclosed
comitative ("together with X") before a subjectless verb is skipped to find the stranded subject
(events/subjects.py _subject, _misparsed_clause_conjunct, _before_comitative). Fixture sentences are from the
demo corpus (examples/), contrasts marked."""

from __future__ import annotations

from newsgraph.nlp.events import find_events


def _events(nlp, text, event_type=None):
    return [e for e in find_events(nlp(text)) if event_type is None or e.type == event_type]


def _explain(events):
    return [(e.type, e.trigger, e.source_text, e.target_text, e.explanation[:120]) for e in events]


def test_a_long_list_of_verb_phrases_shares_one_subject(base_nlp):
    # statedept, U.S.-Honduras Strategic Dialogue: the fifth conjunct of the list, told in the past
    # (in the simple present the list is a standing role, no event: test_event_standing_roles.py)
    events = _events(base_nlp, "U.S. assistance helped improve food security, provided vaccines against COVID-19, "
                     "made schools and health clinics more accessible, trained police and investigators to ensure "
                     "justice for all Hondurans, and assisted Hondurans in increasing their own border security.", "AID")
    assists = [e for e in events if e.trigger == "assisted"]
    assert [(e.source_text, e.target_text) for e in assists] == [("U.S.", "Hondurans")], _explain(events)


def test_a_conjunct_of_a_misparsed_clause_takes_the_main_subject(base_nlp):
    # statedept, Secretary Blinken’s Call with Colombian President-Elect Petro: "shared" parsed as a
    # clause under "underscored", "pledged" as its conjunct
    events = _events(base_nlp, "Secretary Blinken underscored our countries’ shared democratic values and pledged "
                     "to further strengthen the 200-year U.S.-Colombia friendship.", "AGREE")
    assert [e.source_text for e in events] == ["Blinken"], _explain(events)


def test_a_clause_with_its_own_subject_keeps_it(base_nlp):
    # contrast: a complement clause with a subject of its own gives its conjunct that subject
    events = _events(base_nlp, "The Secretary said that Russia attacked the city and killed civilians.", "ASSAULT")
    assert events and all(e.source_text == "Russia" for e in events), _explain(events)


def test_the_subject_before_a_comitative_phrase(base_nlp):
    # statedept, International Partners Ministerial Meeting on Haiti: the subject parsed as an apposition of "Moïse",
    # "together with ..." between it and the verb
    events = _events(base_nlp, "In the aftermath of the assassination of President Moïse, the Department of Justice, "
                     "together with the Department of Homeland Security, assisted the Haitian authorities in "
                     "conducting a thorough investigation of the July 7, 2021 attack.", "AID")
    assert [(e.source_text, e.target_text) for e in events] == [("Department of Justice", "Haitian authorities")], \
        _explain(events)


def test_a_gerund_adjunct_has_the_subject_of_its_clause(base_nlp):
    # statedept, The Administration’s Approach to the People’s Republic of China (2022-05-26)
    events = _events(base_nlp, "In attacking Ukraine three months ago, he also attacked the principles of the UN "
                     "Charter.", "ASSAULT")
    attacking = [e for e in events if e.trigger == "attacking"]
    assert [(e.source_text, e.target_text) for e in attacking] == [("he", "Ukraine")], _explain(events)


def test_a_gerund_adjunct_of_a_passive_clause_takes_no_patient_as_agent(base_nlp):
    # contrast (constructed): the passive subject is no agent of the gerund
    events = _events(base_nlp, "Russia was condemned by attacking Ukraine.", "ASSAULT")
    assert all(e.source_text != "Russia" for e in events), _explain(events)


def test_a_state_before_a_control_noun_does_its_infinitive(base_nlp):
    # statedept, G7 Foreign Ministers’ Statement on Russia’s War Against Ukraine (2022-05-14)
    events = _events(base_nlp, "The Russian decision to attack Ukraine was taken by leaders who reject democratic "
                     "resilience.", "ASSAULT")
    assert [(e.source_text, e.target_text) for e in events] == [("Russian", "Ukraine")], _explain(events)


def test_no_gerund_agent_from_an_inanimate_subject_or_a_helper(base_nlp):
    # contrasts: statedept, Colombia as a Major Non-NATO Ally (the designation helps, nobody named acts);
    # statedept, Haiti ministerial (the authorities assisted conduct the investigation, not the helper)
    designation = _events(base_nlp, "The recent designation of Colombia with President Duque as a Major Non-NATO Ally "
                          "will enhance this cooperation by helping our militaries work even closer together in the "
                          "years ahead.")
    assert not any(e.trigger.startswith("helping") for e in designation), _explain(designation)
    helped = _events(base_nlp, "In the aftermath of the assassination of President Moïse, the Department of Justice, "
                     "together with the Department of Homeland Security, assisted the Haitian authorities in "
                     "conducting a thorough investigation of the July 7, 2021 attack.", "INVESTIGATE")
    assert all(e.source_text != "Department of Justice" for e in helped), _explain(helped)


def test_a_gerund_adjunct_of_a_joined_act_has_the_subject(base_nlp):
    # statedept, IAEA Board of Governors resolution statement: "we joined ... in expressing support"
    events = _events(base_nlp, "Yesterday, we joined the overwhelming majority of the IAEA Board of Governors in "
                     "expressing support for the IAEA’s essential mission of safeguarding nuclear material.", "SUPPORT")
    assert [e.source_text for e in events] == ["we"], _explain(events)
