"""Lexicons that are named word lists: a YAML file of lists read into a frozen dataclass whose
every field is a ``frozenset[str]`` of the list of the same name (``turns.briefing_lexicon``,
``voice.voice_lexicon``)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TypeVar

import yaml

L = TypeVar("L")


def read_word_sets(path: Path, lexicon_class: type[L]) -> L:
    """``lexicon_class`` (a dataclass of ``frozenset[str]`` fields) filled from the YAML file at
    ``path``: each field the set of the list its name keys, every word as ``str``. KeyError
    names a field the file lacks; OSError or yaml.YAMLError as reading the file raises them."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return lexicon_class(**{field.name: frozenset(str(word) for word in data[field.name])
                            for field in dataclasses.fields(lexicon_class)})
