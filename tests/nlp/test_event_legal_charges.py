"""Legal charges brought as a noun (task charges): PLOVER ACCUSE 'allege' is "Formally or informally
accuse; sue, indict, or charge; bring to trial", which the project codes DISAPPROVE/legal. The act told
with a noun ("announced criminal charges against X", "filed an indictment against X") is coded like
"impose sanctions on X": the verb's subject is the source, the noun's "against" object the target
(plover_triggers.yaml light_phrases; CAMEO FILE + CHARGE (AGAINST), PRESS + CHARGES [173], FILE +
LAWSUIT [115]). "charge" in its duty, fee and title senses is no event. Sentences are invented."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import coded, show


def _legal(events):
    return [(e.trigger, e.source_text, e.target_text) for e in events if (e.type, e.mode) == ("DISAPPROVE", "legal")]


@pytest.mark.parametrize("text, trigger, source, target", [
    ("The Justice Ministry announced criminal charges against three bank executives.",
     "announced charges", "Justice Ministry", "three bank executives"),
    ("Prosecutors brought charges against two former officials on Monday.",
     "brought charges", "Prosecutors", "two former officials"),
    ("The prosecutor unsealed charges against a smuggler.", "unsealed charges", "prosecutor", "smuggler"),
    ("The opposition leveled charges of fraud against the governor.", "leveled charges", "opposition", "governor"),
    ("A grand jury returned an indictment against the former mayor.",
     "returned indictment", "grand jury", "former mayor"),
    ("The union brought a lawsuit against the ministry.", "brought lawsuit", "union", "ministry"),
])
def test_charges_brought_as_a_noun_accuse_the_against_object(base_nlp, text, trigger, source, target):
    events = coded(base_nlp, text)
    found = _legal(events)
    assert len(found) == 1, show(events)
    got_trigger, got_source, got_target = found[0]
    assert got_trigger == trigger and source in got_source and target in got_target, show(events)


@pytest.mark.parametrize("text", [
    "The ambassador took charge of the embassy in March.",
    "The minister in charge of the prisons resigned.",
    "The vaccines were given free of charge to the refugees.",
    "The Secretary sent the charge d'affaires to the ministry.",
    "The company announced charges of five million dollars for the quarter.",
])
def test_charge_as_duty_fee_or_title_is_no_accusation(base_nlp, text):
    events = coded(base_nlp, text)
    assert not _legal(events), show(events)


def test_a_listed_phrase_whose_verb_is_in_no_other_list_is_read(base_nlp):
    # "ink" is a verb only of the light phrases ("ink deal": SUPPORT/agreement; no preposition
    # under it, which would let the verb + preposition scan through)
    events = coded(base_nlp, "Japan signed and India inked a rail deal last year.")
    inked = [(e.type, e.mode, e.source_text) for e in events if e.trigger.startswith("inked")]
    assert inked == [("SUPPORT", "agreement", "India")], show(events)


@pytest.mark.parametrize("text", [
    # a fee filed with a court, and an accounting charge: no "against", no crime, no legal modifier
    "The lawyer filed charges for his services with the court.",
    "The company announced charges related to the restructuring of its Moscow unit.",
])
def test_a_charge_with_no_accused_crime_or_legal_modifier_is_no_accusation(base_nlp, text):
    events = coded(base_nlp, text)
    assert not _legal(events), show(events)


@pytest.mark.parametrize("text, trigger", [
    ("Prosecutors brought criminal charges in the case.", "brought charges"),
    ("The prosecutor filed terrorism charges on Monday.", "filed charges"),
    ("The prosecutor filed charges of money laundering on Monday.", "filed charges"),
])
def test_a_legal_modifier_or_crime_makes_the_charge_an_accusation(base_nlp, text, trigger):
    events = coded(base_nlp, text)
    assert [t for t, _source, _target in _legal(events)] == [trigger], show(events)


def test_the_court_an_indictment_goes_to_is_no_accused(base_nlp):
    # a legal accusation is brought against the accused (CAMEO 173 FILE CHARGE (AGAINST)): the
    # grand jury it is returned to is no target
    events = coded(base_nlp, "The Attorney General returned the indictment to the grand jury.")
    found = _legal(events)
    assert found and found[0][0] == "returned indictment", show(events)
    assert found[0][2] is None, show(events)


def test_a_lawsuit_filed_with_a_court_accuses_only_the_against_object(base_nlp):
    events = coded(base_nlp, "The union filed a lawsuit with the court against the ministry.")
    found = _legal(events)
    assert found and "ministry" in (found[0][2] or ""), show(events)


def test_an_indictment_of_people_accuses_them(base_nlp):
    events = coded(base_nlp, "The Justice Department unsealed an indictment of two army officers.")
    found = _legal(events)
    assert found and "two army officers" in (found[0][2] or ""), show(events)
