"""Roles read backwards in passives (task `victims`): a past participle with a subject but no
auxiliary is a reduced passive whose subject noun is the patient, and a named "by" agent the
parser hangs far below a finite passive is its agent. Sentences from the demo corpus (a State
Department speech on atrocity crimes in Ukraine; a Wikinews report on a Greek court ruling)."""

from __future__ import annotations

from newsgraph.nlp.events import find_events
from tests.nlp.linked_events import show as _show


def test_victims_of_a_reduced_passive_participle_are_the_target_not_the_source(base_nlp):
    text = ("Later, when journalists, human rights defenders, and Ukrainian officials gained access to areas "
            "following the retreat of Russia’s forces, we saw reports of violence of a different order — credible "
            "reports of unarmed civilians shot in the back; individuals killed execution-style with their hands "
            "bound; bodies showing signs of torture; and horrific accounts of sexual violence against women and girls.")
    events = find_events(base_nlp(text))
    shot = [e for e in events if e.trigger == "shot"]
    assert shot, _show(events)
    assert {(e.type, e.source_text, e.target_text) for e in shot} == {
        ("ASSAULT", None, "unarmed civilians")}, _show(shot)
    assert not [e for e in events if e.source_text == "unarmed civilians"], _show(events)


def test_an_active_verb_with_its_subject_keeps_the_subject_as_source(base_nlp):
    # near miss: a finite verb (an auxiliary) keeps its subject as the agent
    events = find_events(base_nlp("We saw reports that Russian soldiers had shot unarmed civilians in Bucha."))
    shot = [e for e in events if e.trigger == "shot"]
    assert shot and all(e.source_text == "Russian soldiers" for e in shot), _show(events)


def test_a_by_agent_after_a_long_complement_is_the_source_not_the_target(base_nlp):
    text = ("Prior to the ruling, the religion was banned from conducting public worship at archeological sites "
            "by the Greek Ministry of Culture.")
    events = find_events(base_nlp(text))
    banned = [e for e in events if e.trigger == "banned"]
    assert banned, _show(events)
    assert {(e.type, e.source_text, e.target_text) for e in banned} == {
        ("COERCE", "Greek Ministry of Culture", None)}, _show(banned)


def test_a_distant_by_agent_may_be_a_phoenix_agent_noun(base_nlp):
    events = find_events(base_nlp("Demonstrators were detained at the square outside the embassy by Iranian police."))
    detained = [e for e in events if e.trigger == "detained"]
    assert {(e.type, e.source_text, e.target_text) for e in detained} == {
        ("COERCE", "Iranian police", "Demonstrators")}, _show(events)


def test_a_by_phrase_of_an_act_noun_in_a_time_adjunct_is_no_agent_of_the_passive(base_nlp):
    # near miss: "after a raid ... by the KGB": the raid noun owns its "by"
    events = find_events(base_nlp("The journalist was arrested after a raid on his home in Minsk by the KGB."))
    assert not [e for e in events if e.trigger in ("arrested", "journalist arrested") and e.source_text == "KGB"], \
        _show(events)
    assert not [e for e in events if e.target_text == "KGB"], _show(events)


def test_a_contact_relative_clause_keeps_its_subject_as_agent(base_nlp):
    # near miss (demo corpus): "the $3.5 billion ... Congress provided in March": the relative
    # pronoun is left out, the object is gapped, the clause is active and its subject the giver
    from newsgraph.nlp.events import _subject
    doc = base_nlp("Almost all of the $3.5 billion in drawdown authority Congress\nprovided in March has been exhausted as "
                   "the Biden-Harris Administration\nhas surged military assistance to Ukraine, which they have used "
                   "to great\neffect.")
    provided = [t for t in doc if t.lower_ == "provided"][0]
    assert provided.dep_ == "acl" and provided.tag_ == "VBN", (provided.dep_, provided.tag_)  # the parse guarded
    subject, passive = _subject(provided)
    assert subject is not None and subject.text == "Congress" and not passive, (subject, passive)


def test_a_participle_sharing_a_be_predicate_is_passive_its_subject_the_patient(base_nlp):
    # statedept, 2021-07-28 (Syria): "are ... still missing or detained": "detained" shares the
    # first conjunct's "are", a passive; the subject of another clause ("detainees have died") is
    # neither its doer nor its patient
    text = ("More than 14,000 detainees have reportedly died after being tortured at the hands of the Assad "
            "regime, according to the Syrian Network for Human Rights, while 130,000 Syrians are reportedly "
            "still missing or detained.")
    events = find_events(base_nlp(text))
    detained = [e for e in events if e.trigger == "detained"]
    assert detained, _show(events)
    assert all("detainees" not in (e.source_text or "") for e in detained), _show(detained)
    assert {e.target_text for e in detained} == {"Syrians"}, _show(detained)
