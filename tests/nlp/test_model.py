"""newsgraph.nlp.model: the pinned model's lemmatizer tables read without loading a second copy
of the model (entities' common-word lists use them at every start)."""

import pytest

from newsgraph.nlp import entities, model


def test_lemmatizer_lookups_are_the_models_own_tables(base_nlp):
    lemmatizer = base_nlp.get_pipe("lemmatizer")
    lookups = model.lemmatizer_lookups()
    assert sorted(lookups.tables) == sorted(lemmatizer.lookups.tables)
    for name in lookups.tables:
        assert dict(lookups.get_table(name).items()) == dict(lemmatizer.lookups.get_table(name).items())


def test_common_word_lists_load_no_second_model(monkeypatch):
    def no_second_model(*_args, **_kwargs):
        raise AssertionError("the word lists must not load a second copy of the model")

    monkeypatch.setattr(model, "load_base_model", no_second_model)
    entities._common_words.cache_clear()
    entities._inflection_exceptions.cache_clear()
    try:
        assert "sign" in entities._common_words() and "met" in entities._inflection_exceptions()
        assert "embassy" not in entities._common_words() and "embassy" in entities._common_words(include_nouns=True)
        # a State Department headline in capitals, recased for the model
        assert entities.truecase_words("SECRETARY BLINKEN MEETS UKRAINIAN FOREIGN MINISTER".split(),
                                       inflections=True)[2] == "meets"
    finally:
        entities._common_words.cache_clear()
        entities._inflection_exceptions.cache_clear()


def test_missing_package_is_a_typed_error(monkeypatch):
    from newsgraph.errors import ModelError

    monkeypatch.setattr(model, "BASE_MODEL_PACKAGE", "no_such_model_package")
    model.lemmatizer_lookups.cache_clear()
    try:
        with pytest.raises(ModelError) as raised:
            model.lemmatizer_lookups()
        assert raised.value.code == "model_missing"
    finally:
        model.lemmatizer_lookups.cache_clear()


def test_word_lemma_is_the_pinned_models_lemma_of_a_word_out_of_text():
    from newsgraph.nlp.model import word_lemma

    assert word_lemma("thieves") == "thief"  # the exceptions table
    assert word_lemma("conmen") == "conman"  # the rules
    assert word_lemma("gangster") == "gangster"
