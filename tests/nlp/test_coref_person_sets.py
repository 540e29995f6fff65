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
