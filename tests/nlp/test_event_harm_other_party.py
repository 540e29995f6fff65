"""The other party of a hostile act that the same sentence names (task `harm2`, events 0.7.700):
the patient of a passive gerund adjunct, a passive relative clause of harm whose doer a cause
phrase gives, "because of" as a cause phrase, a "who" clause the parser hangs on a body's name,
and a restriction told in a "where" clause on a place. Invented sentences."""

from __future__ import annotations

import pytest

from newsgraph.nlp.events import find_events
from newsgraph.resolve.countries import sovereign_of
from tests.nlp.linked_events import show as _show


def _assaults(base_nlp, text):
    return [e for e in find_events(base_nlp(text)) if e.type == "ASSAULT"]


def test_a_passive_gerund_adjunct_has_the_main_subject_as_patient(base_nlp):
    events = _assaults(base_nlp, "Several activists have died after being beaten at the hands of the security "
                                 "services, according to a rights group.")
    assert {(e.source_text, e.target_text) for e in events} == {("security services", "Several activists")}, \
        _show(events)


def test_a_passive_gerund_adjunct_without_its_doer_pairs_no_patient(base_nlp):
    # near miss: the adjunct names nobody who did it, so it gives no party to pair
    events = find_events(base_nlp("After being accused of spying, two reporters have been sentenced to prison."))
    assert not [e for e in events if e.trigger == "accused" and e.target_text], _show(events)


def test_a_relative_clause_killed_in_a_named_strike_is_an_event(base_nlp):
    events = _assaults(base_nlp, "The aid workers who were killed in a Russian strike on the city were buried today.")
    assert {(e.source_text, e.target_text) for e in events} == {("Russian", "aid workers")}, _show(events)


def test_an_agentless_relative_clause_of_harm_stays_a_description(base_nlp):
    # near miss: "the attack" names no doer, so the clause only describes the civilians
    assert not _assaults(base_nlp, "Civilians who were killed in the attack deserve justice."), \
        _show(find_events(base_nlp("Civilians who were killed in the attack deserve justice.")))


def test_a_clause_of_its_own_never_gives_the_killers(base_nlp):
    for text in ("Civilians were killed as Ukrainian forces retook the town.",
                 "The civilians who were killed as Ukrainian forces retook the town were buried."):
        events = find_events(base_nlp(text))
        # (the retaking is the forces' own act, an event of its own since events 0.8.189: "retook"
        # gets its lemma; the killing is never theirs)
        assert not [e for e in events if e.source_text and "Ukrainian" in e.source_text
                    and not e.trigger.startswith("retook")], _show(events)


def test_because_of_names_the_cause_as_due_to_does(base_nlp):
    for text in ("Two journalists were injured because of Russia's aggression.",
                 "Two journalists were injured due to Russia's aggression."):
        events = _assaults(base_nlp, text)
        assert {(e.source_text, e.target_text) for e in events} == {("Russia", "Two journalists")}, _show(events)


def test_because_of_a_thing_that_is_no_hostile_act_names_no_doer(base_nlp):
    events = _assaults(base_nlp, "Two journalists were injured because of the storm.")
    assert all(e.source_text is None for e in events), _show(events)


def test_who_on_a_body_after_a_person_noun_stands_for_the_person(base_nlp):
    events = _assaults(base_nlp, "We mourn a journalist with Radio Free Europe who was killed in a Russian strike.")
    assert {(e.source_text, e.target_text) for e in events} == {("Russian", "journalist")}, _show(events)


def test_who_after_a_bodys_second_name_stands_for_the_person(base_nlp):
    # the parser hangs the outlet's second name on "journalist" as its apposition (an outlet's name
    # cannot rename a person), and the clause on that name
    events = _assaults(base_nlp, "We lost a journalist with RFL – Radio Free Europe/Radio Liberty who was killed "
                                 "in a Russian strike.")
    assert {(e.source_text, e.target_text) for e in events} == {("Russian", "journalist")}, _show(events)


def test_a_restriction_in_a_where_clause_targets_the_place(base_nlp):
    text = ("The ministers discussed the situation in Hong Kong, where the authorities have imposed harsh "
            "restrictions on the press.")
    events = [e for e in find_events(base_nlp(text)) if e.trigger.startswith("imposed")]
    assert events and {e.target_text for e in events} != {None}, _show(events)
    text = "We are concerned about Hong Kong, where the authorities have imposed harsh new measures."
    events = [e for e in find_events(base_nlp(text)) if e.trigger.startswith("imposed")]
    assert {(e.type, e.target_text) for e in events} == {("COERCE", "Hong Kong")}, _show(events)


def test_a_where_clause_with_its_own_object_keeps_it(base_nlp):
    # near miss: an object names who suffered; the place is only where
    text = "We are concerned about Hong Kong, where the police have detained protesters."
    events = [e for e in find_events(base_nlp(text)) if e.type == "COERCE"]
    assert events and all(e.target_text == "protesters" for e in events), _show(events)


def test_a_territory_names_its_sovereign_state():
    assert sovereign_of("HKG") == "CHN" and sovereign_of("hkg") == "CHN"
    assert sovereign_of("CHN") is None and sovereign_of("XXX") is None


@pytest.mark.parametrize("text", [
    # a time: "when" is no "where", and a year is no place even under "where"
    "The crisis deepened in 2019, when the authorities imposed harsh new measures.",
    "The crisis deepened in 2019, where the authorities imposed harsh new measures.",
    # a meeting: the venue of a gathering is where it was held, not a place acted on
    "The ministers gathered at the summit, where the authorities imposed harsh new measures.",
    # an organisation: a body is no place (events 0.7.770: place actors only)
    "The ministers raised the case at the United Nations, where the authorities have imposed harsh new measures.",
    # a facility: a venue names where it was done, not a polity acted on
    "The envoy landed at Dulles International Airport, where the authorities imposed harsh new measures.",
])
def test_a_where_clause_on_no_place_actor_names_no_target(base_nlp, text):
    events = [e for e in find_events(base_nlp(text)) if e.trigger.startswith("imposed")]
    assert events and all(e.target_text is None for e in events), _show(events)



def _where(doc):
    from newsgraph.nlp.events import _where_place

    return _where_place(next(t for t in doc if t.lower_ == "imposed"))


@pytest.mark.parametrize("text", [
    # events 0.7.841: the "where" clause tells what the main clause's own subject did at a venue it
    # went to (the same words again, or a pronoun for them): where it was done, no place acted on
    "The envoy flew to Kazakhstan, where the envoy imposed new restrictions on exports.",
    "The envoy flew to Kazakhstan, where she imposed new restrictions on exports.",
])
def test_a_where_clause_of_the_main_subjects_own_act_names_no_place(base_nlp, text):
    assert _where(base_nlp(text)) is None
    events = [e for e in find_events(base_nlp(text)) if e.trigger.startswith("imposed")]
    assert all(e.target_text != "Kazakhstan" for e in events), _show(events)


def test_a_where_clause_of_another_subject_names_the_place(base_nlp):
    # contrast: another subject's restriction there is on the place
    place = _where(base_nlp("The envoy flew to Kazakhstan, where the authorities imposed new restrictions on exports."))
    assert place is not None and place.text == "Kazakhstan"


def test_a_where_place_in_the_publishers_own_state_names_no_place(nlp):
    # events 0.7.841: a State Department release's "Washington, where ..." is its officials' seat
    from newsgraph.nlp.pipeline import make_doc

    def where(text):
        return _where(nlp(make_doc(nlp, text, None, outlet="U.S. Department of State")))

    assert where("The delegation returned to Washington, where officials imposed new restrictions on exports.") is None
    # contrast: the same clause in another state's place still names the place acted on
    place = where("The delegation returned from Hong Kong, where the authorities imposed harsh new measures.")
    assert place is not None and place.text == "Kong"


def test_a_narrower_place_after_its_country_is_no_second_name(base_nlp):
    # events 0.7.841: "Germany – Berlin" names a city of the country, not the country again, so the
    # city set beside the person noun renames no body of its "from" phrase
    from newsgraph.nlp.events import _body_renamed_beside

    doc = base_nlp("We mourn a journalist from Germany – Berlin who was killed in a strike.")
    noun = next(t for t in doc if t.lower_ == "journalist")
    names = [t for t in doc if t.dep_ == "appos" and t.head.i == noun.i and t.ent_type_ == "GPE"]
    assert names and not any(_body_renamed_beside(noun, name) for name in names)
    # contrast: an outlet's second name still renames the outlet
    doc = base_nlp("We lost a journalist with RFL – Radio Free Europe/Radio Liberty who was killed in a strike.")
    noun = next(t for t in doc if t.lower_ == "journalist")
    assert any(_body_renamed_beside(noun, t) for t in doc if t.dep_ == "appos")
