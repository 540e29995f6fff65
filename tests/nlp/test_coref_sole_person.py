"""coref 0.3.14-pronouns: a subject he/she with no person within two sentences is the one person
the article has named so far. Fixture: "Assistant Secretary Lee Satterfield Travels to São Paulo
and Rio de Janeiro" (state.gov, examples/statedept; public domain), cut."""

from __future__ import annotations

SATTERFIELD = (
    "Assistant Secretary of State for Educational and Cultural Affairs (ECA) Lee Satterfield will travel to Brazil "
    "from July 7-12, 2022. The Assistant Secretary will promote entrepreneurship, democracy, and human rights "
    "through people-to-people exchanges. In São Paulo, the Assistant Secretary will inaugurate a new EducationUSA "
    "center. The Assistant Secretary will also meet the U.S. and Brazilian participants of the pilot Youth "
    "All-Stars Abroad exchange. In Rio de Janeiro, she will open the first in-person American Film Showcase "
    "workshop, with American award-winning writer and director Alrick Brown and Brazilian-born filmmaker Ivete "
    "Lucas. The American Film Showcase uses film to bring people from diverse communities together. She will also "
    "visit the Valongo Wharf.")


def _pronoun_keys(doc):
    return [(m.text, m.entity_key) for m in doc._.ng_mentions if m.kind == "pronoun" and m.type == "person"]


def test_a_subject_she_far_from_any_name_is_the_articles_one_person(nlp):
    keys = _pronoun_keys(nlp(SATTERFIELD))
    assert keys == [("she", "person:lee-satterfield"), ("She", "person:lee-satterfield")], keys


def test_two_people_named_before_leave_a_distant_he_unresolved(nlp):
    text = ("President Biden met President Lula in Washington. The talks covered trade. The leaders also "
            "discussed climate. The ministers signed an accord on energy. He will travel to Brazil next year.")
    assert not [k for k in _pronoun_keys(nlp(text)) if k[0] == "He"]
