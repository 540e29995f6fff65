"""Convert PETRARCH2's Phoenix agents dictionary into newsgraph's bundled sector-agent lexicon
``newsgraph/nlp/lexicons/phoenix_agents.json``.

    python scripts/convert_phoenix_agents.py ../shared/resources

Input (read only when building, never at run time): ``petrarch2/Phoenix.agents.txt``, lines
``AGENT {PLURALS} [~SECTOR]`` (dictionaries.rst, "Agents dictionary"): a noun that, without a
name, still says which sector an actor acts for (POLICE [~COP], WORKER [~LAB], PROTESTER
[~OPP]). Multi-word agents (``POLICE_OFFICER``) are kept with spaces; ``!PERSON!`` and
``!MINIST!`` substitutions are expanded; regular plurals are the reader's job (the events
component compares lemmas).

Output (JSON): ``agents`` lower-case agent -> sector code (the code after ``~``, e.g. "COP",
"GOVMED"), plus ``source`` and ``licence`` notes. Licence: MIT, Open Event Data
(``phoenix_agents.LICENSE``).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

LINE = re.compile(r"^([^\s\[{#]+)\s*(?:\{([^}]*)\})?\s*\[~?([A-Z]*)\]")


def convert(resources: Path) -> dict:
    text = (resources / "petrarch2" / "Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace")
    substitutions: dict[str, list[str]] = {}
    agents: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        match = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line)
        if match:
            substitutions[match.group(1)] = [w.strip() for w in match.group(2).split(",") if w.strip()]
            continue
        match = LINE.match(line)
        if not match or not match.group(3):
            continue
        words = [match.group(1)] + [w for w in (match.group(2) or "").split() if w]
        for word in words:
            forms = [word]
            for token, options in substitutions.items():
                if token in word:
                    forms = [f.replace(token, option) for f in forms for option in options]
            for form in forms:
                if "!" in form:
                    continue
                agents.setdefault(form.replace("_", " ").lower().strip(), match.group(3))
    return {
        "source": "PETRARCH2 Phoenix.agents.txt (Open Event Data), converted by scripts/convert_phoenix_agents.py",
        "licence": "MIT; see phoenix_agents.LICENSE",
        "agents": dict(sorted(agents.items())),
    }


def main(argv: list[str]) -> int:
    resources = Path(argv[1] if len(argv) > 1 else "../shared/resources")
    out = Path(__file__).resolve().parents[1] / "newsgraph" / "nlp" / "lexicons" / "phoenix_agents.json"
    data = convert(resources)
    out.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(data['agents'])} agents -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
