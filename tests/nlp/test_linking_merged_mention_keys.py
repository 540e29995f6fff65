"""A telling of a happening merged into an earlier one is keyed from its own spans, as the face is:
the fold after the checks may make it the face."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

TEXT = ("Omar Khalil, a 15-year-old student from Garland, Texas, was arrested at his school by police after he "
        "brought a homemade speaker to class. Khalil showed the speaker to a teacher on Monday, and the teacher "
        "thought it looked like a weapon. Police arrested and questioned the student. The Garland Police "
        "Department later said the boy would not be charged.")


def test_a_merged_telling_that_becomes_the_face_keeps_its_coreferent_target(nlp):
    # judged 47 (2077): "Police arrested and questioned the student" resolves more actors than
    # "was arrested ... by police" (the department named later) and becomes the face; coreference
    # keys "the student" to Khalil, and the face's target takes that key
    x = extract(TEXT, dt.date(2023, 5, 3), nlp=nlp, outlet="Wikinews")
    arrests = [e for e in x.events if e.type == "COERCE" and e.mode == "arrest"]
    assert len(arrests) == 1
    assert arrests[0].source_key == "org:garland-police-department"
    assert arrests[0].target_key == "person:omar-khalil"


def test_an_unlinked_description_stays_unkeyed(nlp):
    # contrast: with no earlier student named, "the student" has no antecedent to take
    text = ("A teacher thought a homemade speaker looked like a weapon. Police arrested and questioned the student. "
            "The Garland Police Department later said no one would be charged.")
    x = extract(text, dt.date(2023, 5, 3), nlp=nlp, outlet="Wikinews")
    arrest = next(e for e in x.events if e.type == "COERCE" and e.mode == "arrest")
    assert arrest.target_key is None
