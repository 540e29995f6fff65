"""Move older VERSION notes of the NLP components into docs/component_versions.md.

Each component module keeps one line ``VERSION = "X.Y.Z"  # X.Y.Z: what changed (history: ...)``.
Developers put a new version's note first on that line ("0.7.55: ...; 0.7.54: ..."); this script
keeps the newest note on the line and moves the older ones, newest first, to the top of the
module's section of ``docs/component_versions.md``. Idempotent: a line with one note is left alone.

Usage: ``python scripts/version_history.py`` from the repository root.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "component_versions.md"
TAIL = " (history: docs/component_versions.md)"
LINE = re.compile(r'^VERSION = "([^"]+)"  # (.*)$', re.M)
# a note ends at "; " or ". " before the next version ("0.4.11: ...; 0.4.10: ..." or "... label. 0.4.10: ...")
SPLIT = re.compile(r"[;.] (?=\d+\.\d+\.\d+(?:-\w+)?: )")
NOTE = re.compile(r"(\d+\.\d+\.\d+(?:-\w+)?): (.*)", re.S)


def _notes(comment: str) -> list[str]:
    return SPLIT.split(comment.replace(TAIL, ""))


def _item(note: str) -> str:
    """One Markdown list item for a note; a version repeated at its head ("0.7.47: 0.7.47: ...",
    a copy slip) is written once."""
    match = NOTE.match(note)
    if match is None:
        return f"- {note}\n"
    version, text = match.groups()
    text = text[len(version) + 2:] if text.startswith(version + ": ") else text
    return f"- **{version}**: {text}\n"


def heading_path(rel: str) -> str:
    """The path a module's section of docs/component_versions.md is headed by: the module's own
    path, or for a package's ``__init__.py`` (where its VERSION line lives) the package folder
    ("newsgraph/nlp/events/__init__.py" -> "newsgraph/nlp/events/")."""
    return rel[:-len("__init__.py")] if rel.endswith("/__init__.py") else rel


def _legacy_heading(rel: str) -> str:
    """The heading a package's section had while the package was one module ("newsgraph/nlp/events.py")."""
    return f"## `{rel[:-len('/__init__.py')]}.py`\n\n"


def main() -> int:
    doc = DOC.read_text(encoding="utf-8")
    moved = 0
    for path in sorted((ROOT / "newsgraph").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        match = LINE.search(text)
        if match is None:
            continue
        notes = _notes(match.group(2))
        if len(notes) < 2:
            continue
        rel = path.relative_to(ROOT).as_posix()
        heading = f"## `{heading_path(rel)}`\n\n"
        if rel.endswith("/__init__.py") and heading not in doc and _legacy_heading(rel) in doc:
            # a module split into a package keeps its history: the old heading is renamed
            doc = doc.replace(_legacy_heading(rel), heading, 1)
        section = doc.split(heading, 1)[1].split("\n## ", 1)[0] if heading in doc else ""
        # a note a merge carried over twice is listed once
        items = "".join(dict.fromkeys(i for i in map(_item, notes[1:]) if i not in section))
        if heading in doc:
            doc = doc.replace(heading, heading + items, 1)
        else:
            doc = doc.rstrip("\n") + "\n\n" + heading + items
        line = f'VERSION = "{match.group(1)}"  # {notes[0]}{TAIL}'
        path.write_text(text[:match.start()] + line + text[match.end():], encoding="utf-8")
        moved += len(notes) - 1
        print(f"{rel}: {len(notes) - 1} note(s) moved")
    DOC.write_text(doc, encoding="utf-8")
    print(f"{moved} note(s) moved to {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
