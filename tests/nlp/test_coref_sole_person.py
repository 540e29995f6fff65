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


def test_a_he_pointing_ahead_or_after_a_name_the_ner_missed_stays_unresolved(nlp):
    # state.gov releases (examples/statedept): a fronted clause's "he" points ahead to Putin; an
    # all-capitals name the NER misses stands between the one tagged person and "He"
    ahead = ("Secretary Antony J. Blinken announced new security assistance to Ukraine. The package includes "
             "artillery. It brings U.S. security assistance to over $5.6 billion. Russia launched its invasion on "
             "February 24. When he decided to launch an unjustified invasion against his neighbor, President Putin "
             "intended to divide the United States and our Allies.")
    assert not [k for k in _pronoun_keys(nlp(ahead)) if k[1] == "person:antony-j-blinken"]
    missed = ("DMITRY BULGAKOV is a Russian Deputy Minister of Defense. Bulgakov is the senior-most officer "
              "responsible for logistics. GENNADY ZHIDKO is a Russian Deputy Minister of Defense. VIKTOR ZOLOTOV is "
              "a Russian General of the Army. He is a member of Russia’s Security Council.")
    assert not [k for k in _pronoun_keys(nlp(missed)) if k[0] == "He" and k[1] == "person:bulgakov"]
