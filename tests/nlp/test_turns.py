"""Transcript turns (newsgraph.nlp.turns): each span of a press-briefing transcript belongs to a
turn with a speaker role. Fixtures are lines of real State Department and White House
transcripts in the demo corpus (examples/statedept, examples/whitehouse; public domain)."""

from __future__ import annotations

import pytest

from newsgraph.nlp import turns

# Department Press Briefing, May 2, 2022 (state.gov): a spokesperson calls on a reporter by name
STATE_BRIEFING = (
    "Ned Price, Department Spokesperson\n\n"
    "MR PRICE: So it’s something we continue to watch very closely.\n\nSaid.\n\n"
    "QUESTION: Yeah, thank you. Back with me on the Palestinian-Israeli issue.\n\n"
    "MR PRICE: We’re aware of the new procedures.\n")
# Background Press Call on Actions Against the Ortega-Murillo Regime (whitehouse.gov): "Q" and spaces
WHITE_HOUSE_CALL = (
    "MODERATOR:\u00a0 We’ll go next to Tracy Wilkinson.\u00a0 You should be able to\nunmute yourself.\n\n"
    "Q\u00a0\u00a0\u00a0 This is Tracy Wilkinson with the Los Angeles Times.\u00a0 I want one\nmore clarification.\n\n"
    "SENIOR ADMINISTRATION OFFICIAL:\u00a0 Thank you.\n")
# a vessel table of a sanctions release: labels, but nobody speaks
VESSEL_TABLE = "VESSEL NAME: Lady R\nVESSEL TYPE: Bulk\nVESSEL FLAG: Russia\n"


@pytest.mark.parametrize("label, role", [
    ("QUESTION", "press"), ("Q", "press"), ("MODERATOR", "moderator"), ("OPERATOR", "moderator"),
    ("MR PRICE", "official"), ("SENIOR ADMINISTRATION OFFICIAL TWO", "official"),
    ("FOREIGN MINISTER KULEBA", "official"), ("VESSEL TYPE", "unknown")])
def test_label_role(label, role):
    assert turns.label_role(label) == role


def test_state_department_turns_and_roles(base_nlp):
    doc = base_nlp.make_doc(STATE_BRIEFING)
    found = turns.turns(doc)
    assert [(t.label, t.role) for t in found] == [("MR PRICE", "official"), ("QUESTION", "press"),
                                                   ("MR PRICE", "official")]
    assert turns.is_briefing(doc)
    inside = STATE_BRIEFING.index("Palestinian-Israeli")
    assert turns.turn_at(doc, inside).role == "press"
    assert turns.turn_at(doc, STATE_BRIEFING.index("Ned Price")) is None  # before the first turn
    assert "Said" in turns.press_members(doc)  # "Said." closes the turn before his question


def test_white_house_q_turn_and_outlet(base_nlp):
    doc = base_nlp.make_doc(WHITE_HOUSE_CALL)
    found = turns.turns(doc)
    assert [t.role for t in found] == ["moderator", "press", "official"]
    assert turns.press_outlet(doc, found[1]) == "the Los Angeles Times"
    assert {"Tracy Wilkinson", "Wilkinson"} <= turns.press_members(doc)


def test_a_table_of_labels_is_no_briefing(base_nlp):
    doc = base_nlp.make_doc(VESSEL_TABLE)
    assert turns.turns(doc) and not turns.is_briefing(doc)
    assert turns.turn_at(doc, 3) is None and turns.press_members(doc) == frozenset()


def test_briefing_lexicon_fields_are_the_yaml_lists():
    # every field a frozenset of str read from lexicons/briefing.yaml (nlp/word_lists.py)
    import dataclasses

    from newsgraph.nlp.turns import briefing_lexicon

    lex = briefing_lexicon()
    for field in dataclasses.fields(lex):
        words = getattr(lex, field.name)
        assert isinstance(words, frozenset) and words and all(isinstance(w, str) for w in words)
    assert "question" in lex.press_labels and "moderator" in lex.moderator_labels


def test_line_label_at_reads_the_last_labelled_line(base_nlp):
    # state.gov remarks: a minister's line, then the Secretary's; any labelled line counts
    from newsgraph.nlp.turns import line_label_at

    text = ("FOREIGN MINISTER KULEBA: We do appreciate the sanctions.\n"
            "SECRETARY BLINKEN: Thank you, Dmytro.\n")
    doc = base_nlp(text)
    assert line_label_at(doc, 0) == "FOREIGN MINISTER KULEBA"
    assert line_label_at(doc, text.index("appreciate")) == "FOREIGN MINISTER KULEBA"
    assert line_label_at(doc, text.index("Thank")) == "SECRETARY BLINKEN"
    assert line_label_at(base_nlp("No label here."), 5) is None
