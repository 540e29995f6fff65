"""The versions the events package's docstrings cite ("Since 0.7.N") can be followed in
docs/component_versions.md: each is the current VERSION or a heading there, and none is a branch
number that shipped inside a later release (its note opens "(branch number: shipped as part of
...)"; review 35a §10)."""

from __future__ import annotations

import re
from pathlib import Path

from newsgraph.nlp import events

ROOT = Path(__file__).resolve().parents[2]


def _number(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split("."))


def test_cited_event_versions_are_released_headings():
    package = sorted((ROOT / "newsgraph" / "nlp" / "events").glob("*.py"))
    assert len(package) > 1, package
    source = "\n".join(path.read_text(encoding="utf-8") for path in package)
    history = (ROOT / "docs" / "component_versions.md").read_text(encoding="utf-8")
    section = history.split("## `newsgraph/nlp/events/`", 1)[1].split("\n## ", 1)[0]
    headings = set(re.findall(r"^- \*\*(\d+\.\d+\.\d+)\*\*", section, re.M))
    renumbered = set(re.findall(r"^- \*\*(\d+\.\d+\.\d+)\*\*: \(branch number: shipped", section, re.M))
    oldest = min(headings, key=_number)
    cited = set(re.findall(r"[Ss]ince (\d+\.\d+\.\d+)", source))
    unfollowable = {v for v in cited if v != events.VERSION and _number(v) >= _number(oldest)
                    and (v not in headings or v in renumbered)}
    assert not unfollowable, sorted(unfollowable)
