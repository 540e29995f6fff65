"""The NLP components' VERSION lines and their history file (scripts/version_history.py): each
line carries one note, for its own version, and every older note lives in
docs/component_versions.md, so a stored row's component_version can be looked up."""

from __future__ import annotations

import re

from tests.scripts import ROOT, load_script


def _script():
    return load_script("version_history")


def test_each_version_line_carries_one_note_for_its_own_version():
    script = _script()
    for path in sorted((ROOT / "newsgraph").rglob("*.py")):
        match = script.LINE.search(path.read_text(encoding="utf-8"))
        if match is None or ": " not in match.group(2):
            continue
        notes = script._notes(match.group(2))
        assert len(notes) == 1, f"{path}: run scripts/version_history.py ({len(notes)} notes)"
        assert notes[0].startswith(match.group(1) + ":"), f"{path}: the note is not for {match.group(1)}"


def test_moved_notes_are_listed_under_their_module():
    doc = (ROOT / "docs" / "component_versions.md").read_text(encoding="utf-8")
    section = doc.split("## `newsgraph/nlp/events/`", 1)[1].split("\n## ", 1)[0]
    versions = re.findall(r"^- \*\*(\d+\.\d+\.\d+)\*\*: ", section, re.M)
    assert versions, "no moved notes for the events package"
    assert not re.search(r"^- \*\*(\S+)\*\*: \1: ", doc, re.M), "a repeated version prefix"


def test_a_package_section_is_headed_by_its_folder():
    # a package keeps its VERSION line in __init__.py; its history is listed under the folder
    script = _script()
    assert script.heading_path("newsgraph/nlp/events/__init__.py") == "newsgraph/nlp/events/"
    assert script.heading_path("newsgraph/nlp/linking/__init__.py") == "newsgraph/nlp/linking/"
    assert script.heading_path("newsgraph/nlp/coref.py") == "newsgraph/nlp/coref.py"
    assert script._legacy_heading("newsgraph/nlp/events/__init__.py") == "## `newsgraph/nlp/events.py`\n\n"
    assert script._legacy_heading("newsgraph/nlp/linking/__init__.py") == "## `newsgraph/nlp/linking.py`\n\n"


def test_each_package_section_is_headed_by_its_folder_in_the_history():
    # the events and linking packages (each once a single module) keep their history under the folder
    doc = (ROOT / "docs" / "component_versions.md").read_text(encoding="utf-8")
    for package in ("events", "linking"):
        assert f"## `newsgraph/nlp/{package}/`\n" in doc
        assert f"## `newsgraph/nlp/{package}.py`\n" not in doc


def test_a_repeated_version_prefix_is_written_once():
    assert _script()._item("0.7.47: 0.7.47: a rule") == "- **0.7.47**: a rule\n"
    assert _script()._item("0.3.0: + links masked") == "- **0.3.0**: + links masked\n"


def test_no_note_is_listed_twice_for_one_module():
    doc = (ROOT / "docs" / "component_versions.md").read_text(encoding="utf-8")
    for section in doc.split("\n## ")[1:]:
        notes = [line for line in section.split("\n") if line.startswith("- **")]
        assert len(notes) == len(set(notes)), section.split("\n", 1)[0]


def test_an_older_note_after_a_full_stop_is_split_off():
    notes = _script()._notes('0.4.11: a patronymic makes a person. 0.4.10: an "X Affairs" portfolio')
    assert notes == ["0.4.11: a patronymic makes a person", '0.4.10: an "X Affairs" portfolio']
