"""The addressee of a request to act is the DEMAND's target (English object control): "asked X to V"."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.nlp.pipeline import extract


def _demands(nlp, text, outlet=None, ref=dt.date(2022, 6, 28)):
    return [e for e in extract(text, ref, nlp=nlp, outlet=outlet).events if e.type == "DEMAND"]


@pytest.mark.parametrize("text, target", [
    # wikinews (Italy, 2015): schools asked to pay are the party that is to act
    ("In the past few days in Italy, several municipalities have started asking religious schools to pay taxes "
     "for property and local services, despite the resistance of the Catholic Church.", "religious schools"),
    # G7 communique (2022): the creditors urged to contribute
    ("The G7 will urge all relevant creditors, including non-Paris Club countries – such as China – and private "
     "creditors, to contribute constructively to the necessary debt treatments as requested.", "relevant creditors"),
])
def test_the_one_asked_to_act_is_the_target(nlp, text, target):
    demands = _demands(nlp, text)
    assert demands and target in (demands[0].target_text or ""), [(e.target_text, e.explanation) for e in demands]


def test_the_act_s_own_need_is_no_addressee(nlp):
    # State Department (2022): "emphasize the need to allow": a need, not a party asked to act
    text = ("We also emphasize the urgent need to allow and facilitate rapid and unimpeded passage of humanitarian "
            "relief for civilians in need.")
    demands = _demands(nlp, text, outlet="United States Department of State")
    assert demands and all("need" not in (e.target_text or "") for e in demands), [e.explanation for e in demands]


def test_an_indefinite_addressee_names_no_target(nlp):
    # State Department (2022): "We ask others to join in this effort": no one a coder could identify
    demands = _demands(nlp, "We ask others to join in this effort.", outlet="United States Department of State")
    assert demands and all(e.target_text != "others" for e in demands), [e.explanation for e in demands]
