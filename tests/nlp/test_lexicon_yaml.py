"""Every word list in the bundled YAML lexicons holds words: YAML 1.1 reads a bare ``on``, ``no``,
``yes`` or ``off`` as a boolean, which then silently never matches (``name_links`` lost "on" so
"Commission on Human Rights" could not be one name)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import newsgraph

PACKAGE = Path(newsgraph.__file__).resolve().parent
LEXICONS = sorted(PACKAGE.rglob("*.yaml"))


def _list_items(node, path=""):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _list_items(value, f"{path}/{key}")
    elif isinstance(node, list):
        for item in node:
            if isinstance(item, (dict, list)):
                yield from _list_items(item, path)
            else:
                yield path, item


def test_lexicons_found():
    assert any(p.name == "event_detection.yaml" for p in LEXICONS)


@pytest.mark.parametrize("path", LEXICONS, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_word_list_item_is_a_yaml_boolean_or_null(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    bad = [(where, item) for where, item in _list_items(data) if isinstance(item, bool) or item is None]
    assert not bad, f"{path.name}: quote these YAML words: {bad}"
