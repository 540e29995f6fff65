"""Lexicons that are named word lists: a YAML file of lists read into a frozen dataclass whose
every field is a ``frozenset[str]`` of the list of the same name (``turns.briefing_lexicon``,
``voice.voice_lexicon``)."""

from __future__ import annotations

import dataclasses
import functools
from pathlib import Path
from typing import TypeVar

import yaml

from newsgraph.errors import ModelError

L = TypeVar("L")


def read_word_sets(path: Path, lexicon_class: type[L]) -> L:
    """``lexicon_class`` (a dataclass of ``frozenset[str]`` fields) filled from the YAML file at
    ``path``: each field the set of the list its name keys, every word as ``str``. KeyError
    names a field the file lacks; OSError or yaml.YAMLError as reading the file raises them."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return lexicon_class(**{field.name: frozenset(str(word) for word in data[field.name])
                            for field in dataclasses.fields(lexicon_class)})


def named_word_sets(path: Path) -> dict[str, frozenset]:
    """Every list of the YAML file at ``path`` (a mapping of names to lists) as a frozenset of its
    items as written, read once per process and shared by every module that reads the file
    (``events.detection_lexicon`` and ``entities`` both read ``event_detection.yaml``). OSError or
    yaml.YAMLError as reading the file raises them."""
    return _named_word_sets(Path(path).resolve())  # one cache entry per file, however it is named


@functools.lru_cache(maxsize=None)
def _named_word_sets(path: Path) -> dict[str, frozenset]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {name: frozenset(words) for name, words in data.items()}


def word_file(path: Path, what: str) -> frozenset[str]:
    """The words of a one-word-a-line lexicon file at ``path`` (``lexicons/upheld_values.txt``,
    ``person_nouns.txt``), less blank lines and ``#`` comment lines (its provenance header).
    ``what`` names the lexicon in the error: ModelError (code model_error) if the file is
    unreadable."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ModelError(f"cannot read {what} lexicon {path}: {exc}", source=str(path)) from exc
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))
