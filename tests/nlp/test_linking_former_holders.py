"""A "former" / "ex-" written before the state that premodifies a title stays in the stored title
(roles 0.2.11), and a former holder of a state's office is PLOVER's ELI in that state, not its
government (linking 0.3.855). Invented sentences."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

DATE = dt.date(2023, 5, 1)


def _role(x, key):
    return next((r.title, r.of_key) for r in x.roles if r.person_key == key)


def _code(x, key):
    for e in x.events:
        if e.source_key == key:
            return e.source_acts_for, e.source_sector
        if e.target_key == key:
            return e.target_acts_for, e.target_sector
    raise AssertionError(f"no event of {key}")


def test_former_before_a_state_word_stays_in_the_title_and_codes_eli(nlp):
    x = extract("Former U.S. Vice President Tom Harlan met with the rebels in Goma on Tuesday.", DATE, nlp=nlp)
    assert _role(x, "person:tom-harlan") == ("Former Vice President", "country:USA")
    assert _code(x, "person:tom-harlan") == ("USA", "ELI")
    x = extract("The rebels kidnapped former Peruvian President Jorge Salas.", DATE, nlp=nlp)
    assert _role(x, "person:jorge-salas") == ("former President", "country:PER")
    assert _code(x, "person:jorge-salas") == ("PER", "ELI")


def test_ex_prefix_before_a_demonym_is_a_former_title(nlp):
    x = extract("The ex-Brazilian president Joao Mendes criticized the army on Monday.", DATE, nlp=nlp)
    assert _role(x, "person:joao-mendes") == ("ex-president", "country:BRA")
    assert _code(x, "person:joao-mendes") == ("BRA", "ELI")


def test_a_sitting_holder_is_unchanged(nlp):
    x = extract("U.S. Vice President Tom Harlan met with the rebels in Goma on Tuesday.", DATE, nlp=nlp)
    assert _role(x, "person:tom-harlan") == ("Vice President", "country:USA")
    assert _code(x, "person:tom-harlan") == ("USA", "GOV")


def test_a_then_holder_acted_for_the_state(nlp):
    x = extract("Then-President Mark Dalton signed the treaty with Mexico.", DATE, nlp=nlp)
    assert not _role(x, "person:mark-dalton")[0].lower().startswith(("former", "ex-", "then"))
    assert _code(x, "person:mark-dalton")[1] == "GOV"
