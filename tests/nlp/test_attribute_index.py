"""The model's attribute ruler matched through an index (newsgraph/nlp/attribute_index.py):
the same matches and the same token attributes as spaCy's Matcher gives it."""

from __future__ import annotations

import numpy
import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler

from newsgraph.nlp.attribute_index import IndexedRules, install_indexed_matching
from newsgraph.nlp.model import load_model

# news copy with what the model's rules single out: contractions and negation, auxiliaries,
# "do"/"have" as main verbs, an expletive "there", object pronouns, determiners as pronouns,
# subordinators, a blank line (a space token)
TEXTS = (
    "The minister said it isn't clear whether the talks will resume, because there are no plans yet.",
    "\"We don't have the funds,\" she told reporters. \"I'd have done it if they'd asked; they did not.\"",
    "That was the offer, and those who rejected it have said they'll do what the council asks.\n\n"
    "There's no deal, officials said, although the envoy gave it to them on Monday.",
    "Y'all ain't seen nothin' yet, the governor told the crowd, which cheered him.",
)

ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]


@pytest.fixture(scope="module")
def model():
    """A copy of the pinned model of its own (install_indexed_matching changes its ruler)."""
    return load_model()


def _parsed(model, texts):
    with model.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        return list(model.pipe(texts))


def test_pinned_rules_are_all_indexed(model):
    rules = IndexedRules(model.get_pipe("attribute_ruler"))
    assert rules.ok
    assert len(model.get_pipe("attribute_ruler").patterns) > 100


def test_same_matches_and_attributes_as_the_matcher(model):
    ruler = model.get_pipe("attribute_ruler")
    rules = IndexedRules(ruler)
    for doc in _parsed(model, TEXTS):
        stock = AttributeRuler.match(ruler, doc)
        assert rules.match(doc) == stock
        assert rules.match(doc) == stock  # the memo of first-token tests answers the same
    indexed = load_model()
    assert install_indexed_matching(indexed)
    for text in TEXTS:
        assert numpy.array_equal(indexed(text).to_array(ATTRS), model(text).to_array(ATTRS))
    # the rules for the expletive's verb and for "is"/"n't" did fire
    doc = indexed("There is no deal, and it isn't clear.")
    assert [t.pos_ for t in doc if t.lower_ in ("is", "n't")] == ["VERB", "AUX", "PART"]
    assert [t.lemma_ for t in doc if t.lower_ == "n't"] == ["not"]


def test_predicates_and_sequences_match_as_the_matcher():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"IN": ["not", "n't"]}}]], {"LEMMA": "not"})
    ruler.add([[{"LOWER": {"NOT_IN": ["the", "a", ""]}, "IS_SPACE": False}]], {"NORM": "word"})
    ruler.add([[{"LOWER": {"REGEX": "^n[ou]thin'?$"}}]], {"LEMMA": "nothing"})
    ruler.add([[{"LOWER": "ai"}, {"LOWER": {"REGEX": "^n'?t$"}}]], {"LEMMA": "be"}, index=0)
    ruler.add([[{"LOWER": "prime"}, {"LOWER": "minister"}], [{"LOWER": "prime"}]], {"LEMMA": "prime"})
    texts = ["They ain't saying nothin' about the Prime Minister, not a word.", "nuthin  \n prime", ""]
    rules = IndexedRules(ruler)
    assert rules.ok
    for doc in nlp.pipe(texts):
        assert rules.match(doc) == AttributeRuler.match(ruler, doc)
    assert install_indexed_matching(nlp)
    doc = nlp("They ain't saying nothin' about the Prime Minister.")
    assert [t.lemma_ for t in doc][1:5] == ["be", "not", "", "nothing"]


def test_a_ruler_with_an_operator_keeps_the_matcher():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"LEMMA": "very"})
    assert not install_indexed_matching(nlp)
    assert "match" not in vars(ruler)


def test_the_pipeline_uses_the_index(nlp):
    assert "match" in vars(nlp.get_pipe("attribute_ruler"))
