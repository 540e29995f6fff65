"""coordination.first_conjunct: the one walk from a later list item to the list's first item."""

from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsgraph.nlp.coordination import first_conjunct


def _doc(words, heads, deps):
    return Doc(Vocab(), words=words, heads=heads, deps=deps)


def test_later_items_walk_to_the_first_item():
    # "Treasury designated Ali, Omar and Hassan ." : Omar -> Ali, Hassan -> Omar (a chained list)
    words = ["Treasury", "designated", "Ali", ",", "Omar", "and", "Hassan", "."]
    heads = [1, 1, 1, 2, 2, 4, 4, 1]
    deps = ["nsubj", "ROOT", "dobj", "punct", "conj", "cc", "conj", "punct"]
    doc = _doc(words, heads, deps)
    assert first_conjunct(doc[6]).i == 2
    assert first_conjunct(doc[4]).i == 2
    assert first_conjunct(doc[6]).dep_ == "dobj"  # the first item carries the list's relation


def test_a_word_in_no_list_is_its_own_first_item():
    doc = _doc(["Treasury", "designated", "Ali", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"])
    assert first_conjunct(doc[2]).i == 2
    assert first_conjunct(doc[1]).i == 1  # the root (its own head) ends the walk
    assert first_conjunct(None) is None


def test_a_conjunct_hung_on_a_later_word_is_not_climbed():
    # a hand-built parse with a "conj" arc pointing right: the walk only goes to earlier words,
    # so it always ends (the model's parser makes no such arc)
    doc = _doc(["Ali", "and", "Omar", "left"], [2, 0, 3, 3], ["conj", "cc", "nsubj", "ROOT"])
    assert first_conjunct(doc[0]).i == 0
