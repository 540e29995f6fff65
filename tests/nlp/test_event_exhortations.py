"""Exhortations, alternatives not taken, concurrent clauses of a future act and free-choice classes
are not asserted acts (issue 6 hand checks, task exhort: "So let us all ... continue to stand with
Ukraine" stored as an asserted SUPPORT; "Rather than withholding them" as a SANCTION; "Even as we
meet with our Chinese counterparts" in the preview of a trip as an asserted meeting; "any other
Cuban individuals or entities designated under the Global Magnitsky program may face sanctions
risk" as a new designation). Sentences are written in the style of the demo corpus's State
Department and White House releases."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import coded as _events, show


@pytest.mark.parametrize("text", [
    "So let us all, over 100 countries around the world, continue to stand with the people of Sudan.",
    "Let's work in common cause to uphold the principles of the Charter and stand up for Ukraine.",
    "Let us condemn this attack on Ukraine together.",
])
def test_an_exhortation_is_no_event(base_nlp, text):
    # a first-person inclusive imperative proposes the act; no one is told to have done it
    events = _events(base_nlp, text)
    assert events == [], show(events)


def test_a_finite_let_is_no_exhortation(base_nlp):
    # "let" with its own subject is a plain verb: the act stays the sentence's
    events = _events(base_nlp, "The ministers condemned the attack on Ukraine and let us know their decision.")
    assert [(e.type, e.status) for e in events if e.trigger.startswith("condemn")] == [
        ("DISAPPROVE", "asserted")], show(events)


@pytest.mark.parametrize("text, kept, forgone", [
    ("Instead of releasing the prisoners, the regime arrested dozens of journalists.", "arrested", "releasing"),
    ("Rather than withdraw its troops, Russia attacked the city of Kharkiv.", "attacked", "withdraw"),
    ("The police detained the activists without charging them.", "detained", "charging"),
    ("Rather than withholding them, the Government notified Microsoft of the vulnerabilities.", None,
     "withholding"),
])
def test_an_alternative_not_taken_is_not_stored(base_nlp, text, kept, forgone):
    events = _events(base_nlp, text)
    assert not any(e.trigger.startswith(forgone) for e in events), show(events)
    if kept is not None:
        assert any(e.trigger.startswith(kept) and e.status == "asserted" for e in events), show(events)


def test_an_agreement_without_which_an_act_is_done_is_no_rejection(base_nlp):
    # a negated "agree" is a refusal (REJECT), but "without agreeing" refuses nothing
    events = _events(base_nlp, "The militia seized the port without consulting the government.")
    assert not any(e.type in ("CONSULT", "REJECT") for e in events), show(events)


def test_a_concurrent_clause_of_a_future_act_is_planned(base_nlp):
    events = _events(base_nlp, "Even as we meet with our Chinese counterparts, we will also continue to hold "
                               "China accountable.")
    meetings = [e for e in events if e.trigger == "meet"]
    assert meetings and all(e.status == "planned" for e in meetings), show(events)


def test_a_concurrent_clause_of_a_present_act_is_left_as_it_is(base_nlp):
    events = _events(base_nlp, "While we meet with our Chinese counterparts, we hold China accountable.")
    meetings = [e for e in events if e.trigger == "meet"]
    assert meetings and all(e.status == "asserted" for e in meetings), show(events)


def test_a_free_choice_class_is_no_designation(base_nlp):
    text = ("We are making it clear that anyone who supplies the police, the Interior Ministry, or any other "
            "Nicaraguan individuals or entities designated under the Global Magnitsky program may face "
            "sanctions risk of their own.")
    events = _events(base_nlp, text, "SANCTION")
    assert events == [], show(events)


def test_a_designation_of_named_people_stays(base_nlp):
    events = _events(base_nlp, "The Treasury Department designated three Cuban officials under the Global "
                               "Magnitsky program.", "SANCTION")
    assert [e.status for e in events] == ["asserted"], show(events)


@pytest.mark.parametrize("text", [
    "We urge the Yemeni parties to listen to the demands of their people and commit to cooperating under "
    "UN auspices to achieve peace.",
    "The government must respond to the demands of the protesters.",
])
def test_demands_one_is_urged_to_heed_are_no_act(base_nlp, text):
    # judged W: "the demands of their people" stored as a DEMAND by "their people"; only the urging is one
    events = _events(base_nlp, text)
    assert not any(e.trigger == "demands" for e in events), show(events)


def test_demands_told_as_heard_stay(base_nlp):
    events = _events(base_nlp, "The minister listened to the demands of the protesters.")
    assert [(e.type, e.source_text) for e in events if e.trigger == "demands"] == [("DEMAND", "protesters")], show(events)


def test_a_concurrent_clause_with_another_subject_goes_on_now(base_nlp):
    # the clause's own subject (Russian forces) is not the future main clause's "we": it goes on now
    events = _events(base_nlp, "As Russian forces shell Kharkiv this week, we will continue imposing severe "
                               "costs to hold President Putin accountable.")
    assert [(e.type, e.status) for e in events if e.trigger == "shell"] == [("ASSAULT", "asserted")], \
        show(events)
