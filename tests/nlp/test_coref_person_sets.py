"""A person's name-word sets (newsgraph/nlp/coref.py _Person), kept between forms added."""

from __future__ import annotations

from newsgraph.nlp.coref import _PersonIndex


def test_sets_follow_the_forms_added():
    people = _PersonIndex()
    # "Andrés Manuel López Obrador ... López Obrador ... A. M. López Obrador"
    person = people.add_full("López Obrador", ("López", "Obrador"))
    assert person.words == {"López", "Obrador"} and person.surnames == {"Obrador"}
    assert people.match_partial(("Andrés",), 100) is None
    same = people.add_full("Andrés Manuel López Obrador", ("Andrés", "Manuel", "López", "Obrador"))
    assert same is person  # one person: the shorter form is inside the longer
    # the sets read after a form was added include its words (not those kept from before)
    assert person.words == {"Andrés", "Manuel", "López", "Obrador"}
    assert person.surnames == {"Manuel", "López", "Obrador"}
    assert people.match_partial(("Andrés",), 100) is person
    people.add_full("A. M. López Obrador", ("A", "M", "López", "Obrador"))
    assert "A" not in person.words  # initials are no name words


def test_a_surname_reaches_the_bearer_whose_last_word_it_is_even_when_named_later():
    """Review 34b §4: "Camila Antonia Ortega Murillo ... Ortega ... Daniel Ortega": the
    last-word bearer is meant, though the text names him after the bare surname."""
    people = _PersonIndex()
    camila = people.add_full("Camila Antonia Ortega Murillo", ("Camila", "Antonia", "Ortega", "Murillo"))
    camila.positions.append(0)
    daniel = people.add_full("Daniel Ortega", ("Daniel", "Ortega"))
    daniel.positions.append(200)
    assert people.match_partial(("Ortega",), 100) is daniel


def test_a_partial_name_lookup_writes_nothing():
    """Review 34b §3: a probe (a place mention tested as a surname) leaves no record that
    steers later lookups; a bearer given exactly the name (an alias) is meant."""
    people = _PersonIndex()
    john = people.add_full("John Smith", ("John", "Smith"))
    john.positions.append(0)
    jane = people.add_full("Jane Smith", ("Jane", "Smith"))
    jane.positions.append(50)
    before = (list(john.positions), list(jane.positions), list(john.forms), list(jane.forms))
    assert people.match_partial(("Smith",), 40) is john
    assert (list(john.positions), list(jane.positions), list(john.forms), list(jane.forms)) == before
    assert people.match_partial(("Smith",), 100) is jane
    jane.forms.append(("Smith",))  # "Jane Smith (Smith)"
    assert people.match_partial(("Smith",), 40) is jane


def test_a_word_that_alone_named_a_bearer_names_that_one_again():
    """Global Voices (Morocco): "Barack Obama ... Obama ... the 'Moroccan Obama' ... Obama": the
    bare word keeps the bearer it named alone once the caller took him (``_note_position``)."""
    from newsgraph.nlp.coref import _note_position

    people = _PersonIndex()
    barack = people.add_full("Barack Obama", ("Barack", "Obama"))
    _note_position(barack, 0, ("Barack", "Obama"))
    other = people.add_full("Moroccan Obama", ("Moroccan", "Obama"))
    _note_position(other, 200, ("Moroccan", "Obama"))
    assert people.match_partial(("Obama",), 100) is barack
    assert people.match_partial(("Obama",), 300) is other  # a lookup alone notes nothing
    _note_position(barack, 100, ("Obama",))
    assert people.match_partial(("Obama",), 300) is barack
