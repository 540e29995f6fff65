#!/usr/bin/env python3
"""Convert PETRARCH2's Phoenix actor dictionaries into newsgraph's bundled actor lexicons.

Usage (from the repository root, with ../shared checked out beside it)::

    python scripts/convert_phoenix_actors.py ../shared/resources/petrarch2

Writes

* ``newsgraph/nlp/lexicons/actor_agents.yaml``: ``Phoenix.agents.txt`` (nouns and noun phrases
  for actor sectors: "minister" -> GOV, "rebel" -> REB), phrase -> Phoenix agent code;
* ``newsgraph/nlp/lexicons/actor_names.json``: named institutions and armed groups from
  ``Phoenix.Countries.actors.txt``, ``Phoenix.International.actors.txt`` and
  ``Phoenix.MilNonState.actors.txt`` ("white house" -> USAGOV, "hezbollah" -> LBNREB,
  "european union" -> IGOEEC), keeping only entries whose code carries no date range: dated
  codes are office holders (to about 2015), not a current list of who holds which office;
* ``newsgraph/nlp/lexicons/actor_people.json``: office holders (dated codes) -> the one state
  their codes name, without the dates;
* ``newsgraph/nlp/lexicons/PHOENIX_LICENSE.txt``: the dictionaries' MIT licence.

Source: openeventdata/petrarch2 ``petrarch2/data/dictionaries`` @676801c, MIT licence,
(c) 2014 Open Event Data Alliance. Syntax: ``dictionaries.rst`` there ("_" joins words that must
be adjacent, a blank allows words between; ``{...}`` gives irregular plurals; ``!X!`` are
substitution sets; ``[~CODE]`` is an agent code, ``[CODE~]`` an organisation prefix).
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "newsgraph" / "nlp" / "lexicons"
SOURCE = "openeventdata/petrarch2 petrarch2/data/dictionaries @676801c"
ATTRIBUTION = "(c) 2014 Open Event Data Alliance, MIT licence (see PHOENIX_LICENSE.txt)"

_CODE = re.compile(r"\[([^\]]*)\]")


def _phrase(raw: str) -> str:
    """"FOREIGN_MINISTER_" -> "foreign minister" (gaps and adjacency both read as one blank)."""
    return " ".join(raw.replace("_", " ").replace("  ", " ").lower().split())


def convert_agents(path: Path) -> dict[str, str]:
    substitutions: dict[str, list[str]] = {}
    agents: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        sub = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line.strip())
        if sub:
            substitutions[sub.group(1)] = [w.strip() for w in sub.group(2).split(",")]
            continue
        code_match = _CODE.search(line)
        if not code_match:
            continue
        code = code_match.group(1).strip()
        phrase_part = line[:code_match.start()]
        plural = re.search(r"\{([^}]*)\}", phrase_part)
        phrase_part = re.sub(r"\{[^}]*\}", "", phrase_part).strip()
        forms = [phrase_part]
        for name, values in substitutions.items():
            if any(name in f for f in forms):
                forms = [f.replace(name, v) for f in forms for v in values]
        if plural and plural.group(1).strip():
            forms.append(plural.group(1).strip())
        for form in forms:
            phrase = _phrase(form)
            if phrase and phrase not in agents:
                agents[phrase] = code
    return agents


def _records(path: Path):
    """A Phoenix actor file's records as (names, codes): a record starts at an unindented name;
    "+" lines add aliases; codes ([USAGOV], [IRNMIL 880101-]) may follow on any of its lines. An
    unindented name that follows a record with no codes yet joins that record (PETRARCH2 gives
    consecutive names the one code list that follows them)."""
    names: list[str] = []
    codes: list[str] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0]
        if not body.strip():
            continue
        found = _CODE.findall(body)
        head = _CODE.sub("", body).strip()
        if body[:1] not in (" ", "\t", "+") and head and names and not codes:
            # a name with no codes yet shares the codes that follow the next name
            # (PETRARCH2 PETRreader.read_actor_dictionary stores no code list for a primary
            # phrase without one: "DMITRY_MEDVEDEV_" then "DMITR_MEDVEDEV_ ... [RUSGOV >080507]")
            names.append(head)
        elif body[:1] not in (" ", "\t", "+") and head:
            yield names, codes
            names, codes = [head], []
        elif body.startswith("+") and head:
            names.append(head[1:])
        codes.extend(found)
    yield names, codes


def convert_actors(paths: list[Path]) -> dict[str, str]:
    """Named actors whose (first) code is undated: name or alias -> code."""
    actors: dict[str, str] = {}

    def flush(names: list[str], codes: list[str]) -> None:
        undated = [c.split()[0] for c in codes if c.split() and not re.search(r"\d", c) and "---" not in c]
        if not names or not undated or len(undated) != len(codes):
            return
        for name in names:
            phrase = _phrase(name)
            if len(phrase) >= 2 and phrase not in actors:
                actors[phrase] = undated[0]

    for path in paths:
        for names, codes in _records(path):
            flush(names, codes)
    return actors


def convert_people(path: Path) -> dict[str, str]:
    """Office holders of ``Phoenix.Countries.actors.txt`` (records with dated codes): name or
    alias -> the one state all their codes name. The dates are dropped on purpose: they end
    about 2015, so they say which state a person belongs to, not which office they hold now."""
    people: dict[str, str] = {}
    ambiguous: set[str] = set()

    def flush(names: list[str], codes: list[str]) -> None:
        if not names or not codes or not any(re.search(r"\d", c) for c in codes):
            return
        states = {c.split()[0][:3] for c in codes if c.split()}
        if len(states) != 1:
            return
        state = states.pop()
        for name in names:
            phrase = _phrase(name)
            if len(phrase.split()) < 2:
                continue  # a surname alone is too ambiguous
            if phrase in people and people[phrase] != state:
                ambiguous.add(phrase)
            people.setdefault(phrase, state)

    for names, codes in _records(path):
        flush(names, codes)
    return {name: state for name, state in people.items() if name not in ambiguous}


def convert_surnames(path: Path, people: dict[str, str]) -> dict[str, str]:
    """Surnames Phoenix lists alone as an office holder's alias (``VLADIMIR_PUTIN_`` with
    ``+PUTIN_``): surname -> the state, kept where the alias is the last word of the record's
    head name and only that state's office holders (``people``) carry that last name. The
    dictionary's own choice to code "Putin" alone, not every surname."""
    last_names: dict[str, set[str]] = {}
    for name, state in people.items():
        last_names.setdefault(name.split()[-1], set()).add(state)
    surnames: dict[str, str] = {}
    ambiguous: set[str] = set()
    for names, codes in _records(path):
        if not names or not codes or not any(re.search(r"\d", c) for c in codes):
            continue
        states = {c.split()[0][:3] for c in codes if c.split()}
        head = _phrase(names[0]).split()
        if len(states) != 1 or len(head) < 2:
            continue
        state = states.pop()
        for name in names[1:]:
            phrase = _phrase(name)
            if phrase != head[-1]:
                continue
            if surnames.get(phrase, state) != state:
                ambiguous.add(phrase)
            surnames.setdefault(phrase, state)
    return {name: state for name, state in surnames.items()
            if name not in ambiguous and last_names.get(name) == {state}}


def main(source_dir: str) -> None:
    src = Path(source_dir)
    agents = convert_agents(src / "Phoenix.agents.txt")
    header = (
        "# Actor sector nouns: Phoenix.agents.txt of the PETRARCH2 dictionaries, converted by\n"
        "# scripts/convert_phoenix_actors.py (do not edit by hand; re-run the script).\n"
        f"# Source: {SOURCE}\n# {ATTRIBUTION}\n"
        "# phrase (lower case, words in order) -> Phoenix agent code: [~GOV] is 'GOV' (a sector added\n"
        "# after the actor's country), [NGO~] is 'NGO~' (an organisation prefix).\n"
    )
    lines = [header, "agents:"]
    for phrase in sorted(agents):
        lines.append(f"  {json.dumps(phrase)}: {json.dumps(agents[phrase])}")
    (OUT / "actor_agents.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    actors = convert_actors([src / "Phoenix.Countries.actors.txt", src / "Phoenix.International.actors.txt",
                             src / "Phoenix.MilNonState.actors.txt"])
    (OUT / "actor_names.json").write_text(json.dumps({
        "about": "Named institutions and groups with undated Phoenix actor codes (country + sector, "
                 "or IGO/NGO/MNC + sector); converted by scripts/convert_phoenix_actors.py",
        "source": SOURCE, "attribution": ATTRIBUTION,
        "actors": dict(sorted(actors.items())),
    }, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    people = convert_people(src / "Phoenix.Countries.actors.txt")
    (OUT / "actor_people.json").write_text(json.dumps({
        "about": "Office holders of the Phoenix country dictionary: name -> the state all their (dated) "
                 "codes name; office dates dropped (they end about 2015); converted by "
                 "scripts/convert_phoenix_actors.py",
        "source": SOURCE, "attribution": ATTRIBUTION,
        "people": dict(sorted(people.items())),
        "surnames": dict(sorted(convert_surnames(src / "Phoenix.Countries.actors.txt", people).items())),
    }, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    shutil.copyfile(src / "LICENSE", OUT / "PHOENIX_LICENSE.txt")
    print(f"{len(agents)} agent phrases, {len(actors)} named actors, {len(people)} office holders")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/resources/petrarch2")
