"""Check named-actor-after-context (events.actorless_check): an event left with no actor at all once
the linker and its context passes have run is none PLOVER codes (PLOVER_MANUAL.tex, Required
entities: events with "no explicit, named actor ... will not be coded")."""

from __future__ import annotations

from newsgraph.nlp.events import actorless_check
from newsgraph.nlp.types import Event
from tests.nlp.linked_events import coded, explain, linked, show


def _event(event_type="AGREE", **sides):
    return Event(type=event_type, sentence_start=0, sentence_end=40, trigger="promised", trigger_start=20,
                 trigger_end=28, target_text="farmers", target_start=0, target_end=7, **sides)


def test_an_act_of_will_with_no_actor_words_key_or_state_is_dropped():
    assert actorless_check([_event()]) == []
    assert actorless_check([_event("DEMAND", source_text="  ")]) == []


def test_an_actor_the_linker_placed_without_words_keeps_the_event():
    # a slot the context passes fill has no span: the publishing state, the authorities of a place
    by_key = _event(source_key="country:RUS")
    by_state = _event(source_acts_for="RUS")
    by_words = _event(source_text="they")
    assert actorless_check([by_key, by_state, by_words]) == [by_key, by_state, by_words]


def test_a_material_act_told_by_what_its_recipient_undergoes_stays():
    # "three servicemen were killed": a happening with an unknown doer
    killed = _event("ASSAULT")
    assert actorless_check([killed]) == [killed]


def test_an_active_clause_whose_party_subject_names_no_actor_is_no_event(nlp):
    # the subject slot holds the doer ("many" = many people) and names none the linker places
    events = linked(nlp, "Many are criticizing the mayor of Lyon for the closures.", outlet="Village Weekly")
    assert not [e for e in events if e.type == "DISAPPROVE"], show(events)


def test_an_active_clause_with_its_recipient_for_subject_and_no_giver_is_no_event(nlp):
    # "X has received weapons": the recipient stands in the doer's slot; no giver is named
    events = linked(nlp, "Peru has already received a lot of tanks.", outlet="Village Weekly")
    assert not [e for e in events if e.type == "AID"], show(events)


def test_an_agentless_passive_of_a_hostile_act_stays(nlp):
    # PLOVER's gold records code a killing told by its victims with no actor
    events = linked(nlp, "Several people were killed in Kandahar on Monday.", outlet="Village Weekly")
    assert [(e.type, e.source_text, e.target_text) for e in events if e.type == "ASSAULT"] == \
        [("ASSAULT", None, "Several people")], show(events)


def test_an_active_clause_whose_subject_is_placed_stays(nlp):
    events = linked(nlp, "Critics in Ghana are blaming Togo for the floods.", outlet="Village Weekly")
    assert [(e.type, e.source_acts_for, e.target_key) for e in events if e.type == "DISAPPROVE"] == \
        [("DISAPPROVE", "GHA", "country:TGO")], show(events)


def test_agentless_refusal_with_no_doer_in_reach_is_no_event(nlp):
    events = linked(nlp, "Last year the program was expanded to deny financial support to the Syrian government.",
                    outlet="Village Weekly")
    assert not [e for e in events if e.type == "REJECT"], show(events)


def test_alongside_names_the_partner_of_a_cooperative_act_in_the_object_phrase(base_nlp):
    # the comitative "alongside" names the partner as "with" does (event_detection.yaml partner_preps)
    events = coded(base_nlp, "The Ministry reiterated its commitment to work alongside partners to build a port.")
    assert [(e.type, e.source_text, e.target_text) for e in events] == [("AGREE", "Ministry", "partners")], \
        explain(events)


def test_alongside_in_a_hostile_act_names_no_target(base_nlp):
    # a companion in a force act is no party it is aimed at
    events = coded(base_nlp, "Kenya pledged to deploy police officers alongside Jamaica.")
    assert all(e.target_text != "Jamaica" for e in events), explain(events)


def test_a_relative_pronoun_subject_is_read_as_its_antecedent(base_nlp):
    # the active-voice party check (0.8.166) asks whether the subject names a party: "that" in "the
    # airstrike that killed ..." stands for a thing, "who" in "the militants who attacked ..." for
    # people; "it" alone names no party
    from newsgraph.nlp.events.assembly import _party_subject

    def subject_of(text, verb):
        doc = base_nlp(text)
        token = next(t for t in doc if t.text == verb)
        return next(c for c in token.children if c.dep_ == "nsubj")

    assert not _party_subject(subject_of("The airstrike that killed 12 civilians hit a market.", "killed"))
    assert _party_subject(subject_of("The militants who attacked the base fled north.", "attacked"))
    assert not _party_subject(subject_of("It destroyed the bridge.", "destroyed"))
    assert _party_subject(subject_of("They destroyed the bridge.", "destroyed"))
