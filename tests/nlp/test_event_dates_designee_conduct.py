"""Dates of a promised act's commitment and of a designee's told conduct (event_dates 0.1.149:
``_planned_act`` for a commitment verb's "to" + gerund, ``designee_conduct``). Invented sentences
in the style of state.gov joint statements and sanctions releases; none from the gold files."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.event_dates import BEFORE, PUBLICATION, TEXT
from newsgraph.nlp.pipeline import extract

THURSDAY = dt.date(2021, 6, 3)


def _events(text):
    return extract(text, THURSDAY, outlet="U.S. Department of State").events


def _after(events, text, marker):
    return [e for e in events if e.sentence_start >= text.index(marker)]


def test_a_commitment_to_a_gerund_is_not_dated_by_the_promised_act():
    text = "Brazil and Argentina committed to continuing these consultations at the next ministerial next year."
    agreed = [e for e in _events(text) if e.type == "AGREE"]
    assert agreed and all((e.date, e.date_source) == ("2021-06-03", PUBLICATION) for e in agreed)


def test_a_commitment_to_a_gerund_in_a_readout_takes_the_meetings_date():
    text = ("On June 1, Brazil and Argentina convened the third meeting of their energy dialogue. Brazil and "
            "Argentina committed to continuing these consultations at the next ministerial next year.")
    agreed = [e for e in _after(_events(text), text, "Brazil and Argentina committed") if e.type == "AGREE"]
    assert agreed and all(e.date != "2022" for e in agreed)
    assert all((e.date, e.date_source) == ("2021-06-01", TEXT) for e in agreed)


def test_a_commitment_dated_in_its_own_clause_keeps_that_date():
    # contrast: the time on the commitment verb itself, before the complement, dates the commitment
    text = "On June 1, Brazil and Argentina committed to continuing these consultations."
    agreed = [e for e in _events(text) if e.type == "AGREE"]
    assert agreed and all((e.date, e.date_source) == ("2021-06-01", TEXT) for e in agreed)


def test_designees_conduct_told_after_their_designation_is_before():
    text = ("The United States today is designating 40 members of the national assembly. These members "
            "supported the regime's attacks on the opposition, including through laws banning independent media.")
    later = [e for e in _after(_events(text), text, "These members") if e.trigger.startswith("supported")]
    assert later and all((e.date, e.date_source) == (None, BEFORE) for e in later)
    assert "designees" in later[0].explanation
    designation = [e for e in _events(text) if e.type == "SANCTION"]
    assert designation and all(e.date == "2021-06-03" for e in designation)


def test_another_subject_after_a_designation_keeps_the_publication_day():
    text = ("The Treasury is designating two officials of the interior ministry. "
            "The Secretary met with the President in Caracas.")
    met = [e for e in _events(text) if e.trigger.startswith("met")]
    assert met and all((e.date, e.date_source) == ("2021-06-03", PUBLICATION) for e in met)


def test_a_demonstrative_subject_with_no_designation_keeps_the_publication_day():
    text = ("The Treasury welcomed 40 members of the national assembly. These members supported "
            "the opposition's call for free elections.")
    supported = [e for e in _after(_events(text), text, "These members") if e.trigger.startswith("supported")]
    assert all(e.date_source != BEFORE for e in supported)


def test_a_coordinated_clause_with_its_own_subject_is_not_the_designees_conduct():
    text = ("The United States today is designating 40 members of the national assembly. These members "
            "supported the regime's attacks on the opposition, and the Secretary met with the Foreign Minister of Chile.")
    met = [e for e in _events(text) if e.trigger.startswith("met")]
    assert met and all(e.date_source != BEFORE for e in met)
