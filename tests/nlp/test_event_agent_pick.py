"""The wrong agent taken from the sentence (task agentpick, s18; events 0.7.77-agentpick): a past
form the parser hangs as a verb conjunct inside a coordinated noun phrase ("the hostages ... and
wrongfully *detained* Americans") is an attributive participle, not an act of the clause's subject
(events/subjects.py _attributive_past_conjunct); a finite verb joined by commas alone across a complement
clause belongs to that clause, not to the verb above (events/subjects.py _asyndetic_clause_conjunct).
Fixture sentences are from the demo corpus (examples/), contrasts marked."""

from __future__ import annotations

from tests.nlp.linked_events import coded as _events, explain as _explain


def test_attributive_participle_in_a_coordinated_noun_phrase_is_no_act_of_the_subject(base_nlp):
    # whitehouse, Statement from President Joe Biden on Securing the Release of Americans Detained in
    # Venezuela (2023-12-20), line breaks as in the article: "we" detained no one
    events = _events(base_nlp, "But even as we celebrate the return of these Americans, we also remain\n"
                     "deeply focused on securing the release of the hostages in Gaza and\n"
                     "wrongfully detained Americans around the world, including Evan\n"
                     "Gershkovich and Paul Whelan, who are being detained in Russia, and\n"
                     "Americans in Afghanistan, Syria, and China.", "COERCE")
    assert all(e.source_text != "we" for e in events), _explain(events)


def test_coordinated_past_verbs_keep_their_shared_subject(base_nlp):
    # contrast: two finite past verbs of one subject ("arrested ... and detained") share it
    events = _events(base_nlp, "The regime arrested journalists and detained activists.", "COERCE")
    assert {e.source_text for e in events} == {"regime"}, _explain(events)


def test_verb_joined_by_commas_across_a_complement_clause_is_not_the_main_subjects_act(base_nlp):
    # statedept, Secretary Blinken's Call with Ukrainian Foreign Minister Kuleba (2022-05-08): the
    # charge d'affaires and the diplomats traveled, not the Secretary ("d'Affaires" parsed as a verb)
    events = _events(base_nlp, "The Secretary informed Foreign Minister Kuleba that our Charge d’Affaires Kristina "
                     "Kvien and a small group of diplomats, accompanied by State Department security, traveled to "
                     "Kyiv to conduct diplomatic engagement in advance of the planned resumption of Embassy Kyiv "
                     "operations, as the Secretary pledged to President Zelenskyy they would during his most "
                     "recent visit to Kyiv.")
    assert not [e for e in events if e.trigger.startswith("travel") and e.source_text == "Secretary"], \
        _explain(events)
    assert [(e.source_text, e.target_text) for e in events if e.trigger.startswith("pledge")] == \
        [("Secretary", "Zelenskyy")], _explain(events)


def test_verb_coordinated_by_and_after_a_complement_keeps_the_main_subject(base_nlp):
    # contrast: "and" coordinates the travel with the saying, so the Secretary traveled
    events = _events(base_nlp, "The Secretary said that the talks would resume and traveled to Kyiv.", "CONSULT")
    assert [e.source_text for e in events] == ["Secretary"], _explain(events)


def test_a_citys_state_code_is_no_co_subject(nlp):
    # whitehouse, fact sheet on the North American Leaders' Summit (2022-09-13), markup and line
    # breaks as in the article: the parser makes "TX" of "Dallas, TX" the first of two subjects
    from tests.nlp.linked_events import linked

    events = linked(nlp, "-   **The United States helped organize the first of a series of\n"
                     "    trilateral forums on workforce development in December 2021 in\n"
                     "    Dallas, TX** and the **Mexican Ministry of Economy hosted the 2nd\n"
                     "    Trilateral Forum on Workforce Development in North America** on\n"
                     "    August 31-September 1.")
    hosted = [e for e in events if e.trigger == "hosted"]
    assert hosted, _explain(events)
    assert {e.source_text for e in hosted} == {"Mexican Ministry of Economy"}, _explain(hosted)
