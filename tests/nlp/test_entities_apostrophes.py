"""A grave or acute accent typed for an apostrophe inside a word is read as one by the model
(newsgraph/nlp/entities.py ``model_text``), one character for one, and records quote the
article's own mark (``restore_text``)."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.entities import model_text
from newsgraph.nlp.pipeline import extract


def test_an_accent_between_letters_is_an_apostrophe_of_the_same_length():
    for written, read in (("they can`t", "they can't"), ("Russia\u00b4s army", "Russia's army")):
        assert model_text(written) == read
        assert len(model_text(written)) == len(written)


def test_a_backtick_used_as_a_quote_mark_stays():
    for text in ("he said ``no'' twice", "run `make` now", "a 3`4 pitch"):
        assert model_text(text) == text


def test_the_negation_of_a_backtick_contraction_holds_and_records_quote_the_article(nlp):
    text = "The minister said the government can`t accept the deal."
    events = extract(text, dt.date(2022, 5, 1), nlp=nlp).events
    assert [e.type for e in events if e.trigger == "accept"] == ["REJECT"]
    possessive = "Russia\u00b4s army attacked the town of Izium on Monday."
    act = next(e for e in extract(possessive, dt.date(2022, 5, 1), nlp=nlp).events if e.type == "ASSAULT")
    assert act.source_text == possessive[act.source_start:act.source_end]
    assert "\u00b4" in act.source_text
