"""``entity NAME`` with a full name copied from an article: a narrow or plain no-break space
(U+202F, U+00A0) inside it is a space, so the full name names its one person, while the surname
alone still lists every person it names (the CLI's refusal with the candidates)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from newsgraph.nlp.types import EntityRecord, Mention
from newsgraph.store import repository
from newsgraph.store.db import open_store
from tests.cli.invoke import run, run_json
from tests.store.test_repository import seed_article, small_extraction

OTHER = ("Ana Novillo, a Bolivian trade official, said on Tuesday that exports of soy to Peru rose sharply "
         "in the first half of the year, and that the ministry expects more growth.")


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("names") / "ng.db"
    store = open_store(str(path))
    first = repository.save_article(store, seed_article()).article_id
    repository.save_extraction(store, first, small_extraction(seed_article().text))
    second = repository.save_article(store, seed_article(text=OTHER, source="other.txt", title="Soy")).article_id
    ana = EntityRecord("person:ana-novillo", "Ana Novillo", "person", component="test_component", version="9.9")
    repository.save_extraction(store, second, dataclasses.replace(
        small_extraction(seed_article().text), events=[], statements=[], entities={ana.key: ana},
        mentions=[Mention(0, 11, "Ana Novillo", "person", ana.key, component="test_component", version="9.9")]))
    store.close()
    assert run(path, "resolve").exit_code == 0
    return path


@pytest.mark.parametrize("space", [" ", "\u202f", "\u00a0", "  "])
def test_a_full_name_with_any_space_names_its_person(db, space):
    shown = run_json(db, "entity", f"Edmundo{space}Novillo")
    assert shown["identity"]["name"] == "Edmundo Novillo"


def test_the_surname_alone_lists_both_people(db):
    result = run(db, "entity", "Novillo")
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert "Edmundo Novillo" in line and "Ana Novillo" in line and line.endswith("[ambiguous_reference]")
