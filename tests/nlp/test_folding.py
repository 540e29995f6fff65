"""newsgraph.nlp.folding: the one place coref, linking and descriptions fold names."""

from newsgraph.nlp.folding import ascii_lower, fold_phrase, fold_word, slugify


def test_ascii_lower_drops_accents():
    assert ascii_lower("Andrés Manuel López Obrador") == "andres manuel lopez obrador"


def test_fold_word_strips_trailing_stop_and_comma():
    # coref's name tokens: "Joseph R. Biden, Jr." -> (joseph, r, biden)
    assert [fold_word(w) for w in "Joseph R. Biden, Jr.".split()] == ["joseph", "r", "biden", "jr"]


def test_fold_phrase_keeps_letters_digits_spaces():
    assert fold_phrase(" We, the G7 ") == "we the g7"
    assert fold_phrase("U.S.-led") == "usled"


def test_slugify_key_part():
    assert slugify("Edmundo Novillo") == "edmundo-novillo"
    assert slugify("Ličen @ home!") == "licen-home"
