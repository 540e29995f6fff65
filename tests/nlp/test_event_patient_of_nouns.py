"""An event noun of an act done to people takes its "of" phrase as target when its doer is named
beside it (events/frames.py _hostile_nominal_events, event_detection.yaml patient_of_nouns).

NomBank: the "of" argument of a nominalised transitive verb is its ARG1 (patient). CAMEO 173
"Arrest, detain", 174 "Expel or deport", 175 "Use tactics of violent repression"."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.nlp.pipeline import extract

OUTLET = "United States Department of State"


def _events(nlp, text: str, event_type: str):
    x = extract(text, dt.date(2023, 5, 2), nlp=nlp, outlet=OUTLET)
    return [e for e in x.events if e.type == event_type]


@pytest.mark.parametrize("text, event_type, mode, source, target", [
    ("The United States condemns the Ortega regime's continued repression of the people of Nicaragua.",
     "COERCE", None, "regime", "people"),  # stored with no mode: the codebook's COERCE has no 'repress'
    ("Iran's wrongful detention of Baquer Namazi has lasted more than six years.",
     "COERCE", "arrest", "Iran", "Namazi"),  # the codebook's 'arrest' ("Arrest, detain")
    ("We applaud the recent expulsions of Russian intelligence officers by our partners in Europe.",
     "SANCTION", "expel", "partners", "officers"),
])
def test_of_patient_is_the_target_of_a_noun_with_its_doer(nlp, text, event_type, mode, source, target):
    found = [e for e in _events(nlp, text, event_type) if e.mode == mode]
    assert found, text
    assert source in (found[0].source_text or "") and target in (found[0].target_text or "")


def test_without_a_named_doer_the_of_phrase_makes_no_event(nlp):
    # "the assassination of X" alone names no doer: a reference to a known act, no new event
    text = "The investigation into the assassination of President Moise continues."
    assert not _events(nlp, text, "ASSAULT")


def test_a_noun_outside_the_list_keeps_its_of_phrase_out_of_the_target(nlp):
    # "Russia's invasion of Ukraine" as a time anchor stays background (check not-background-anchor)
    text = "Since Russia's invasion of Ukraine, Poland has taken in millions of refugees."
    assert not _events(nlp, text, "ASSAULT")


def test_repression_of_protests_codes_its_doer_with_the_protesters_unnamed(nlp):
    text = ("The Treasury sanctioned three commanders for their role in the regime's violent "
            "repression of student protests in Managua.")
    found = [e for e in _events(nlp, text, "COERCE") if e.trigger.startswith("repress")]
    assert found and "regime" in (found[0].source_text or "") and found[0].target_key is None
