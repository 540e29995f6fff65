"""Targets the grammar names where the parser leaves no object (task tgtnamed, s17): a relative
clause's object gap filled by its antecedent, an object-case pronoun the parser made the subject
of the infinitive after the main verb, and a mobilisation aimed at the victim of the force it is
for (PLOVER MOBILIZE: "against whom ... if that is clear"). Fixture sentences are from the demo
corpus (examples/) unless marked as a contrast."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import coded, explain as _explain


@pytest.mark.parametrize("text, trigger, event_type, target", [
    # a zero relative: the clause's object gap is the antecedent (contrast, English grammar)
    ("Nicaraguans remember the rebels the army fought in 1979.", "fought", "ASSAULT", "rebels"),
    # "that" parsed as a subordinator: the gap is still the antecedent (contrast)
    ("the Somoza family that the Sandinistas fought four decades ago", "fought", "ASSAULT", "Somoza family"),
    # the relative clause hung on an adjective as a complement: co-subjects still fight the antecedent
    # (demo events 1584/1585: Ortega and the Sandinistas were made each other's target)
    ("The Ortega and Murillo family now rule Nicaragua as autocrats, no different from the Somoza family "
     "that Ortega and the Sandinistas fought four decades ago.", "fought", "ASSAULT", "Somoza family"),
    # an object-case pronoun before the infinitive is the permission's object (geopolitics articles)
    ("Despite commuting Baquer’s sentence in 2020, the Iranian government still refuses to allow him to "
     "depart Iran.", "allow", "REJECT", "him"),
    # the purpose of a mobilisation names whom it is aimed at (statedept, Russia/China)
    ("Even while Russia was clearly mobilizing to invade Ukraine, President Xi and President Putin declared "
     "that the friendship between their countries was – and I quote – “without limits.”", "mobilizing",
     "MOBILIZE", "Ukraine"),
    # an act noun of force in the "for" phrase (contrast)
    ("Russia was mobilizing for an invasion of Ukraine.", "mobilizing", "MOBILIZE", "Ukraine"),
])
def test_the_target_the_grammar_names_is_found(base_nlp, text, trigger, event_type, target):
    events = [e for e in coded(base_nlp, text) if trigger in e.trigger and e.type == event_type]
    assert events and any(e.target_text == target for e in events), _explain(events)


@pytest.mark.parametrize("text", [
    # a transfer's object gap is the thing given, not a recipient, so no aid to anyone is coded
    # (geopolitics articles: 0.7.64 coded no event here; the gap must not make one)
    "So it’s been of that nature in terms of the service and support we’ve been providing.",
    "Almost all of the $3.5 billion in drawdown authority Congress provided in March has been exhausted.",
])
def test_a_transfer_gap_is_the_thing_given(base_nlp, text):
    assert not coded(base_nlp, text, "AID"), _explain(coded(base_nlp, text))


@pytest.mark.parametrize("text, trigger, wrong", [
    # a relative adverb fills the gap place ("where"), no object is missing (contrast)
    ("They visited the town where the army fought.", "fought", "town"),  # (not "remember": a recalled fight is no event, events 0.7.137)
    # a mobilisation for a purpose that is no force names no one it is aimed at (contrast)
    ("Russia was mobilizing to protect its citizens in Ukraine.", "mobilizing", "citizens"),
])
def test_no_target_where_grammar_gives_none(base_nlp, text, trigger, wrong):
    events = [e for e in coded(base_nlp, text) if trigger in e.trigger]
    assert events and all(e.target_text != wrong for e in events), _explain(events)


def test_help_keeps_its_named_recipient(base_nlp):
    # wikinews (Scientology): "help him leave" names whom aid helps by a pronoun only; it must not
    # become an event of its own that takes the named mention ("assisted") down with it
    text = ("Montalvo contacted former members of Scientology, who helped him leave the organization and get in "
            "touch with Devocht. Montalvo has been assisted by former members of Scientology, including musician "
            "Tiziano Lugli and actor Jason Beghe.")
    events = coded(base_nlp, text, "AID")
    assert events and all(e.target_text == "Montalvo" for e in events), _explain(events)


@pytest.mark.parametrize("text, trigger, event_type, target", [
    # a violent act named as a whole in the "for" phrase (statedept, Russia/Ukraine; the noun is
    # one of event_detection.yaml rejected_violence_nouns, not a trigger-lexicon noun)
    ("For weeks, we’ve been warning the world that Russia was mobilizing for military aggression against "
     "Ukraine.", "mobilizing", "MOBILIZE", "Ukraine"),
    ("Russia is mobilizing for a war against Ukraine.", "mobilizing", "MOBILIZE", "Ukraine"),
    # people of a Phoenix sector a repression is directed "on / against" are its patient
    ("The junta has intensified its brutal crackdown on journalists.", "crackdown", "COERCE", "journalists"),
    # (statedept, Belarus: a group noun first in the list does not hide the people named after it)
    ("Similarly, the Lukashenka regime in Belarus continued its violent repression against civil society, "
     "anti-war protestors, the democratic opposition, independent media.", "repression", "COERCE",
     "independent media"),
])
def test_the_patient_of_force_named_in_its_phrase_is_found(base_nlp, text, trigger, event_type, target):
    events = [e for e in coded(base_nlp, text) if trigger in e.trigger and e.type == event_type]
    assert events and any(e.target_text == target for e in events), _explain(events)


@pytest.mark.parametrize("text, trigger, wrong", [
    # what a crackdown is "on" when it names no people is no patient (contrast)
    ("The regime intensified its crackdown on dissent.", "crackdown", "dissent"),
    # a mobilisation "for" a non-violent purpose is aimed at no one (contrast)
    ("Russia is mobilizing for the parade in Moscow.", "mobilizing", "Moscow"),
])
def test_no_patient_where_the_phrase_names_no_people(base_nlp, text, trigger, wrong):
    events = [e for e in coded(base_nlp, text) if trigger in e.trigger]
    assert all(e.target_text != wrong for e in events), _explain(events)


def test_co_subjects_of_a_misparsed_relative_clause_are_not_each_others_target(base_nlp):
    # demo events 1584/1585: Ortega -> Sandinistas and back (ASSAULT), the antecedent lost
    text = ("The Ortega and Murillo family now rule Nicaragua as autocrats, no different from the Somoza family "
            "that Ortega and the Sandinistas fought four decades ago.")
    events = [e for e in coded(base_nlp, text) if e.trigger == "fought"]
    assert events and all(e.target_text == "Somoza family" for e in events), _explain(events)


def test_a_content_clause_after_a_report_noun_has_no_gap(base_nlp):
    # contrast: "reports that A and B fought" is a content clause, the co-subjects fight each other
    text = "The minister cited reports that the army and the rebels fought near the border."
    events = [e for e in coded(base_nlp, text) if e.trigger == "fought"]
    assert not [e for e in events if e.target_text == "reports"], _explain(events)
