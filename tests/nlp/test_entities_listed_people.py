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


# entities 0.4.144: an untagged item needs a sign of a person's name of its own; a place's,
# site's, craft's or firm's head noun at its end, or no sign at all, keeps the list as it is
_FRAME = "The inquiry questioned Oksana Petrivna Voloshyn, Rustam Ilyich Garipov and {} last week."
_TWO = {"Oksana Petrivna Voloshyn": "PERSON", "Rustam Ilyich Garipov": "PERSON"}


def test_untagged_places_firms_outlets_and_ships_listed_with_people_are_no_persons(base_nlp):
    for name in ("Fleet Street", "Palace Square", "Zaporizhzhia Oblast", "Sun Valley", "Rossiyskaya Gazeta",
                 "Lehman Brothers", "Aston Villa", "Sea Breeze", "Volga Tankers", "Al Arabiya"):
        typed = _typed(_doc(base_nlp, _FRAME.format(name), _TWO))
        assert typed.get(name) != "person", name


def test_a_given_name_with_a_place_head_is_no_person(base_nlp):
    # "Victoria" opens people's names, but a street is no one's surname
    typed = _typed(_doc(base_nlp, _FRAME.format("Victoria Street"), _TWO))
    assert typed.get("Victoria Street") != "person"


def test_a_listed_name_with_a_patronymic_or_a_given_name_is_a_person(base_nlp):
    for name in ("Timur Rashidovich Aliyev", "Emil Farkas"):
        typed = _typed(_doc(base_nlp, _FRAME.format(name), _TWO))
        assert typed.get(name) == "person", name


def test_a_listed_surname_the_text_gives_a_person_elsewhere_is_a_person(base_nlp):
    # no given name the resolver knows, no patronymic: the surname is a person's elsewhere
    text = _FRAME.format("Kaito Brenwick") + " Brenwick denied the charges."
    typed = _typed(_doc(base_nlp, text, {**_TWO, "Brenwick": "PERSON"}))
    assert typed.get("Kaito Brenwick") == "person"
    text = _FRAME.format("Kaito Brenwick")
    assert _typed(_doc(base_nlp, text, _TWO)).get("Kaito Brenwick") != "person"


def test_a_listed_name_with_a_particle_is_one_person_and_a_preposition_is_no_particle(base_nlp):
    text = _FRAME.format("Rafael dos Anjos Moreira")
    assert _typed(_doc(base_nlp, text, _TWO)).get("Rafael dos Anjos Moreira") == "person"
    # "at" (an Arabic in-word particle, "Abd-at-...") between words of an English sentence is a preposition
    text = "The inquiry questioned Oksana Petrivna Voloshyn, Rustam Ilyich Garipov and Emil Farkas at Westminster."
    typed = _typed(_doc(base_nlp, text, _TWO))
    assert not any("Westminster" in name and type_ == "person" for name, type_ in typed.items())


def test_a_listed_name_with_no_sign_leaves_the_others_be(base_nlp):
    # "Kaito Brenwick" shows no sign of a person's name and stays as it is; the given-named item is taken
    text = "The inquiry questioned Oksana Petrivna Voloshyn, Rustam Ilyich Garipov, Kaito Brenwick and Emil Farkas."
    typed = _typed(_doc(base_nlp, text, _TWO))
    assert typed.get("Kaito Brenwick") != "person"
    assert typed.get("Emil Farkas") == "person"
