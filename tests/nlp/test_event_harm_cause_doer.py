"""An agentless passive of harm names its doer through the hostile act that caused it ("civilians
were killed due to X's shelling"): the act's own doer is the source (``events._harm_cause_doer``);
a clause of its own is never searched ("as Ukrainian forces retook the town")."""

from __future__ import annotations

from newsgraph.nlp.events import HARM_CAUSE_RULE, find_events


def _harm(doc, verb):
    return [e for e in find_events(doc) if verb in e.trigger.split()]


def test_the_doer_of_the_act_in_a_cause_phrase_did_the_harm(base_nlp):
    for text, verb in (("Civilians were killed due to Russia's shelling of the city.", "killed"),
                       ("Civilians were wounded as a result of the bombardment by Russian forces.", "wounded")):
        events = _harm(base_nlp(text), verb)
        assert events and all(e.source_text and e.source_text.startswith("Russia") for e in events), text
        assert all(HARM_CAUSE_RULE in e.explanation for e in events)
        assert all(e.target_text == "Civilians" for e in events)


def test_a_clause_of_its_own_gives_no_doer(base_nlp):
    # the subject of a temporal clause is not who killed (it may be the side that freed the town)
    for text in ("Civilians were killed as Ukrainian forces retook the town.",
                 "Civilians were killed in the town that Ukrainian forces retook."):
        events = _harm(base_nlp(text), "killed")
        assert events and all(e.source_text is None for e in events), text


def test_an_act_of_another_type_in_the_phrase_gives_no_doer(base_nlp):
    # a protest is no hostile act: its people did not kill
    events = _harm(base_nlp("Two people were killed in the protests of Iranian students."), "killed")
    assert events and all(e.source_text is None for e in events)


def test_the_state_whose_aggression_caused_the_harm_did_it(base_nlp):
    # "aggression" names a state's armed offensive as a whole (ongoing_conflict_nouns)
    events = _harm(base_nlp("A reporter was injured as a result of Russia's aggression."), "injured")
    assert [e.source_text for e in events] == ["Russia"]


def test_a_two_sided_conflict_named_by_a_place_gives_no_doer(base_nlp):
    # "the Syrian war" is the war in Syria, and a war "with" another has two sides
    # (two_sided_conflict_nouns); the one-sided "Russian strikes" still name Russia
    for text in ("Thousands of civilians were killed in the Syrian war.",
                 "Many reporters were killed in the Yemeni civil war.",
                 "Two aid workers were killed in the Sudanese conflict.",
                 "Palestinian civilians were killed in Hamas's war with Israel."):
        events = _harm(base_nlp(text), "killed")
        assert events and all(e.source_text is None for e in events), text
    events = _harm(base_nlp("Civilians were killed in Russian strikes."), "killed")
    assert events and all(e.source_text == "Russian" for e in events)


def test_the_state_waging_a_war_without_a_partner_did_the_harm(base_nlp):
    events = _harm(base_nlp("Civilians were killed in Russia's war against Ukraine."), "killed")
    assert events and all(e.source_text == "Russia" for e in events)
