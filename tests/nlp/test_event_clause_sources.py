"""Sources a clause gives that the parse hides (task sources, s15; events 0.7.36-sources): a
subjectless finite verb takes the named actor the parser hung right before it (events/subjects.py
_stranded_subject), a past form on a noun is a passive participle whose "between" names both
parties, and an agentless passive act of state authority takes the state its place names
(events/status.py _implied_state; event_detection.yaml entry_refusal_verbs, border_seizure_verbs,
release_acts). Fixture sentences are from the demo corpus (examples/), contrasts marked."""

from __future__ import annotations

from tests.nlp.linked_events import coded as _events, explain as _explain


def test_subject_after_a_fronted_apposition_with_a_finite_auxiliary(base_nlp):
    # statedept, Department Press Briefing (2022-05-02): "the United States" parsed as a conjunct
    # of "Moldova" inside the fronted phrase; "has supported" is finite by its auxiliary
    events = _events(base_nlp, "Over the course of our relationship with Moldova, independent Moldova, the United "
                     "States has supported the Moldovan people with hundreds of millions of dollars worth of support.",
                     "AID")
    assert [(e.source_text, e.target_text) for e in events] == [("United States", "Moldovan people")], \
        _explain(events)


def test_coordinated_subject_parsed_as_an_apposition_of_a_place(base_nlp):
    # statedept, International Partners Ministerial Meeting on Haiti (2022-07-12): "Haiti, the Department of State and USAID"
    events = _events(base_nlp, "To respond to the COVID-19 outbreak in Haiti, the Department of State and USAID have "
                     "provided more than $47 million in assistance to support the immediate COVID-19 health needs "
                     "of Haitians.", "AID")
    assert {e.source_text for e in events} == {"Department of State", "USAID"}, _explain(events)
    assert {e.target_text for e in events} == {"Haitians"}, _explain(events)


def test_subject_parsed_as_the_object_of_a_fronted_preposition(base_nlp):
    # statedept, Special Representative Kim's Meeting with Liu (2022-04-05): "On April 5 Special Representative
    # ... Sung Kim met"; and "Under Secretary" read as the preposition "Under" (statedept, Under
    # Secretary Fernandez's Travel to Honduras and Costa Rica, 2022-03-16)
    kim = _events(base_nlp, "On April 5 Special Representative for the DPRK Sung Kim met with the People’s Republic "
                  "of China (PRC) Special Representative for Korean Peninsula Affairs Liu Xiaoming in Washington.",
                  "CONSULT")
    assert [e.source_text for e in kim] == ["Sung Kim"], _explain(kim)
    fernandez = _events(base_nlp, "In Honduras, Under Secretary Fernandez will meet with President Xiomara Castro, "
                        "an important U.S. partner, to deepen our ongoing collaboration.")
    assert [(e.source_text, e.target_text) for e in fernandez] == [("Fernandez", "Xiomara Castro")], \
        _explain(fernandez)


def test_a_stranded_noun_before_a_passive_verb_is_no_agent(base_nlp):
    # contrast (trimmed): the noun before a subjectless passive is its patient, never its source (whitehouse,
    # letter to Congress on the national emergency with respect to Nicaragua, 2022-10-24)
    events = _events(base_nlp, "Since Nicaragua’s November 2021 sham elections, hundreds of non-governmental "
                     "organizations have been shuttered and political prisoners have been subjected to torture.")
    assert all(e.source_text != "prisoners" for e in events), _explain(events)


def test_signed_between_two_parties_gives_both_sides(base_nlp):
    # statedept, Department Press Briefing (2022-05-02), a reporter's turn: the tagger reads
    # "signed" as a past tense (VBD) on the noun; PLOVER SUPPORT "sign ... an agreement"
    events = _events(base_nlp, "And secondly, to South Caucasus, there was a Memorandum of Understanding signed "
                     "today between the U.S. and Armenia.", "SUPPORT")
    assert sorted((e.source_text, e.target_text) for e in events) == [("Armenia", "U.S."), ("U.S.", "Armenia")], \
        _explain(events)


def test_visa_denied_to_enter_a_state_is_denied_by_it(base_nlp):
    # wikinews, "After visa snags, all-girl Afghan team honored ..." (2017-07-18)
    events = _events(base_nlp, "The six-member Afghan team, which consists entirely of girls, had been denied visas "
                     "to enter the United States for the competition until last week.", "REJECT")
    # (the team at a competition, not the demonym, is refused: demonym_people.people_noun_of_demonym)
    assert [(e.source_text, e.target_text) for e in events] == [("United States", "six-member Afghan team")], _explain(events)
    # contrast: no place, no state
    bare = _events(base_nlp, "The six-member Afghan team had been denied visas until last week.", "REJECT")
    assert all(e.source_text is None for e in bare), _explain(bare)


def test_seized_at_a_states_border_is_seized_by_it(base_nlp):
    # after whitehouse, FACT SHEET on countering fentanyl (2024-07-31), with weapons for the drug
    # doses (a drug haul seized from nobody is no event: tests/nlp/test_event_private_acts.py)
    events = _events(base_nlp, "In just the last five months, over 4,000 illegal firearms "
                     "were seized at U.S. borders.", "COERCE")
    assert [e.source_text for e in events] == ["U.S."], _explain(events)


def test_captives_held_in_a_state_are_released_by_it(base_nlp):
    # whitehouse, statement on the release of Americans detained in Venezuela (2023-12-20)
    events = _events(base_nlp, "Today, ten Americans who have been detained in Venezuela have been released and are "
                     "coming home.", "RETREAT")
    assert [(e.source_text, e.target_text) for e in events] == [("Venezuela", "Americans")], _explain(events)
    # contrast: travelling "to" a state names no custodian
    arrest = _events(base_nlp, "In 2016, Baquer Namazi was arrested after traveling to Iran to help free his son.",
                     "COERCE")
    assert all(e.source_text is None for e in arrest), _explain(arrest)


def test_a_stance_participle_after_be_keeps_its_subject_as_agent(base_nlp):
    # statedept, "Secretary Blinken’s Call with Ukrainian Foreign Minister Kuleba" (2022-04-14): "are
    # resolved to" is an adjective with subject control, no passive
    events = _events(base_nlp, "We are resolved to continue to provide security, economic, and humanitarian support "
                     "to the government and people of Ukraine.")
    assert events and all(e.source_text == "We" for e in events), _explain(events)


def test_a_participle_with_a_hyphenated_prefix_after_be_is_passive(base_nlp):
    # (task source36, events 0.7.351) the tokenizer splits "re-designated"; the parser makes the
    # pieces predicate adjectives of "being", whose subject is the designation's patient
    events = _events(base_nlp, "Additionally, Acme Trading LLC is being re-designated for having operated in the "
                     "financial services sector of the economy.", "SANCTION")
    assert events and all(e.source_text is None for e in events), _explain(events)
    assert {e.target_text for e in events} == {"Acme Trading LLC"}, _explain(events)
    assert all("agentless passive" in (e.explanation or "") for e in events), _explain(events)


def test_an_active_verb_with_a_hyphenated_prefix_keeps_its_subject(base_nlp):
    # contrast: the active "is re-designating" has its subject as the doer
    events = _events(base_nlp, "OFAC is also re-designating Acme Trading LLC for its corrupt practices.", "SANCTION")
    assert events and all(e.source_text == "OFAC" for e in events), _explain(events)
