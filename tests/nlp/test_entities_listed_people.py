"""A capitalised name listed among people's names ("A, B, C and D") is a person where the model
left it untagged or tagged only a piece of it (entities 0.4.143): the items of one list are
coordinated likes, of one category. Invented names; the model's entities are set by hand (PERSON
over the other members) so the test reads the rule, not the model's guesses."""

from __future__ import annotations

from spacy.tokens import Span

from newsgraph.nlp.entities import find_mentions


def _doc(base_nlp, text, tagged):
    """The Doc of ``text`` with exactly the entities ``tagged`` ({name: label})."""
    doc = base_nlp(text)
    ents = []
    for name, label in tagged.items():
        start = text.index(name)
        span = doc.char_span(start, start + len(name), label=label)
        assert span is not None, name
        ents.append(span)
    doc.ents = sorted(ents, key=lambda e: e.start)
    return doc


def _typed(doc):
    return {m.text: m.type for m in find_mentions(doc)}


_PEOPLE = {"Oksana Petrivna Voloshyn": "PERSON", "Rustam Ilyich Garipov": "PERSON",
           "Lidia Markovna Ostrova": "PERSON"}


def test_an_untagged_name_between_listed_people_is_a_person(base_nlp):
    text = ("The ministry barred five directors: Oksana Petrivna Voloshyn, Rustam Ilyich Garipov, "
            "Bogdan Tarasovich Kulykov, Lidia Markovna Ostrova, and Emil Sandor Farkas from travel.")
    typed = _typed(_doc(base_nlp, text, {**_PEOPLE, "Emil Sandor Farkas": "PERSON"}))
    assert typed.get("Bogdan Tarasovich Kulykov") == "person"


def test_a_name_tagged_only_in_part_becomes_the_whole_person(base_nlp):
    # the model tagged the given name alone a place: the listed name is a person, whole
    text = ("Those named were Oksana Petrivna Voloshyn, Rustam Ilyich Garipov, Marta Ilyinichna Sokolova "
            "and Lidia Markovna Ostrova, all of them executives.")
    typed = _typed(_doc(base_nlp, text, {**_PEOPLE, "Marta": "GPE"}))
    assert typed.get("Marta Ilyinichna Sokolova") == "person"
    assert "Marta" not in typed


def test_the_last_untagged_name_of_a_list_of_people_is_a_person(base_nlp):
    text = "The panel heard Oksana Petrivna Voloshyn, Rustam Ilyich Garipov and Tomas Villar Quiroga on Friday."
    typed = _typed(_doc(base_nlp, text, {"Oksana Petrivna Voloshyn": "PERSON", "Rustam Ilyich Garipov": "PERSON"}))
    assert typed.get("Tomas Villar Quiroga") == "person"


def test_a_list_with_a_body_in_it_is_left_alone(base_nlp):
    # persons and an organisation in one list: the list has no one kind
    text = ("Those named were Oksana Petrivna Voloshyn, Rustam Ilyich Garipov, Bogdan Tarasovich Kulykov "
            "and the Ministry of Ports, all of them sanctioned.")
    typed = _typed(_doc(base_nlp, text, {"Oksana Petrivna Voloshyn": "PERSON", "Rustam Ilyich Garipov": "PERSON",
                                         "Ministry of Ports": "ORG"}))
    assert typed.get("Bogdan Tarasovich Kulykov") != "person"


def test_a_list_with_a_tagged_company_is_left_alone(base_nlp):
    text = ("Those named were Oksana Petrivna Voloshyn, Rustam Ilyich Garipov, Bogdan Tarasovich Kulykov "
            "and Severnaya Zvezda, all of them sanctioned.")
    typed = _typed(_doc(base_nlp, text, {"Oksana Petrivna Voloshyn": "PERSON", "Rustam Ilyich Garipov": "PERSON",
                                         "Severnaya Zvezda": "ORG"}))
    assert typed.get("Bogdan Tarasovich Kulykov") != "person"
    assert typed.get("Severnaya Zvezda") == "organization"


def test_a_one_word_member_is_left_alone(base_nlp):
    text = "The court heard Voloshyn, Garipov, Kulykov and Ostrova on Friday."
    typed = _typed(_doc(base_nlp, text, {"Voloshyn": "PERSON", "Garipov": "PERSON", "Ostrova": "PERSON"}))
    assert typed.get("Kulykov") != "person"


def test_a_listed_title_is_no_person(base_nlp):
    text = "The court heard Oksana Petrivna Voloshyn, Rustam Ilyich Garipov and Deputy Governor on Friday."
    typed = _typed(_doc(base_nlp, text, {"Oksana Petrivna Voloshyn": "PERSON", "Rustam Ilyich Garipov": "PERSON"}))
    assert not any("Governor" in name and type_ == "person" for name, type_ in typed.items())


def test_one_listed_person_is_not_enough(base_nlp):
    text = "The court heard Oksana Petrivna Voloshyn, Bogdan Tarasovich Kulykov and Tomas Villar Quiroga on Friday."
    typed = _typed(_doc(base_nlp, text, {"Oksana Petrivna Voloshyn": "PERSON"}))
    assert typed.get("Bogdan Tarasovich Kulykov") != "person"
    assert typed.get("Tomas Villar Quiroga") != "person"
