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


class _UniqueKeyLoader(yaml.SafeLoader):
    """A safe loader that refuses a key given twice in one mapping (PyYAML keeps the last one
    without a word, so a note line that lost its "#" above a list would silently stand as a key)."""


def _unique_mapping(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"key {key!r} given twice", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)


@pytest.mark.parametrize("path", LEXICONS, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_lexicon_keys_given_once(path):
    assert yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader) is not None


def test_a_key_given_twice_is_refused():
    with pytest.raises(yaml.constructor.ConstructorError, match="given twice"):
        yaml.load("words: a note that lost its hash\nwords: [a, b]\n", Loader=_UniqueKeyLoader)
