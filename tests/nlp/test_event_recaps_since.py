"""Running totals since a start, generic-actor recaps and onset anchors (events._since_total,
_generic_recap, _background_anchor with a phase noun): background to the act a sentence reports,
not new events. A relative clause of facing sanctions stays a SANCTION, as the seed's gold codes it."""

import pytest

from newsgraph.nlp.events import find_events


def _types(nlp, text):
    return [e.type for e in find_events(nlp(text))]


@pytest.mark.parametrize("text", [
    "Since the start of the war in March, the European Union has provided roughly 2 billion euros "
    "in humanitarian assistance to Sudan.",
    "Japan has provided more than $500 million in development assistance to Kenya since 2015.",
    "Germany has delivered 30 tanks to Ukraine since March.",
])
def test_a_perfect_amount_since_a_start_is_a_running_total(base_nlp, text):
    assert "AID" not in _types(base_nlp, text)


@pytest.mark.parametrize("text", [
    "Germany has delivered 30 tanks to Ukraine.",
    "Japan provided $500 million in development assistance to Kenya on Monday.",
])
def test_an_amount_without_since_stays(base_nlp, text):
    assert "AID" in _types(base_nlp, text)


def test_a_relative_clause_of_facing_sanctions_stays_an_act(base_nlp):
    # the seed's gold codes "Venezuela, Nicaragua, and Cuba, which face U.S. sanctions" as a
    # SANCTION (us-sanctions); judges called it a standing state. Gold decides: it stays
    types = _types(base_nlp, "The Iranian president visited Syria and North Korea, which face U.N. sanctions, last month.")
    assert "SANCTION" in types


def test_many_actors_in_the_perfect_are_a_generalisation(base_nlp):
    assert "DISAPPROVE" not in _types(base_nlp, "Many European leaders have condemned Hungary.")
    assert "DISAPPROVE" in _types(base_nlp, "Many European leaders condemned Hungary on Monday.")
    assert "DISAPPROVE" in _types(base_nlp, "Twelve European leaders have condemned Hungary.")


def test_the_phase_of_an_assault_as_an_onset_subject_is_background(base_nlp):
    # the parse the model gives "... since the beginning of Russia's brutal assault against
    # Ukraine began on February 24" in an aid-total sentence: "beginning" the subject of "began"
    from spacy.tokens import Doc

    from newsgraph.nlp.events import _background_anchor

    words = ["Aid", "grew", "since", "the", "beginning", "of", "Russia", "'s", "brutal", "assault",
             "against", "Ukraine", "began", "."]
    heads = [1, 1, 12, 4, 12, 4, 9, 6, 9, 5, 9, 10, 1, 1]
    deps = ["nsubj", "ROOT", "mark", "det", "nsubj", "prep", "poss", "case", "amod", "pobj",
            "prep", "pobj", "advcl", "punct"]
    pos = ["NOUN", "VERB", "SCONJ", "DET", "NOUN", "ADP", "PROPN", "PART", "ADJ", "NOUN",
           "ADP", "PROPN", "VERB", "PUNCT"]
    lemmas = ["aid", "grow", "since", "the", "beginning", "of", "Russia", "'s", "brutal", "assault",
              "against", "Ukraine", "begin", "."]
    doc = Doc(base_nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert _background_anchor(doc[9]) is not None
    # the happening itself beginning, in a main clause, is news
    words = ["Russia", "'s", "assault", "began", "."]
    doc = Doc(base_nlp.vocab, words=words, heads=[2, 0, 3, 3, 3], deps=["poss", "case", "nsubj", "ROOT", "punct"],
              pos=["PROPN", "PART", "NOUN", "VERB", "PUNCT"], lemmas=["Russia", "'s", "assault", "begin", "."])
    assert _background_anchor(doc[2]) is None
