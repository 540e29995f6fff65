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
  "european union" -> IGOEEC): records whose codes carry no date range, and records with dated
  codes that name a body, not a person (:func:`_body_names`: "SUDAN_PEOPLE'S_LIBERATION_ARMY"
  [SDNREB 19830101-20110711] [SSDMIL >20110711], "THE_ISLAMIC_STATE" +ISIL_ [IMGMUSISI
  >20130408]) with their newest code; dated codes of people are office holders (to about
  2015), not a current list of who holds which office, and stay out;
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
from typing import Optional

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


def _code_and_dates(raw: str) -> tuple[str, str]:
    """("IRNMIL", "880101-") of a Phoenix code field "[IRNMIL 880101-]"; a code's own digits
    ("NGOCHRPRO214") are no date: only the words after the code restrict it."""
    parts = raw.split(None, 1)
    return (parts[0] if parts else ""), (parts[1].strip() if len(parts) > 1 else "")


def _date_key(restriction: str) -> str:
    """A sortable end of a date restriction ("19830101-20110711" -> "20110711", ">20110711" ->
    open, "<910424" -> "19910424"); YYMMDD is read as 19YY when YY > 30, else 20YY."""
    dates = re.findall(r"\d{6,8}", restriction)
    if restriction.lstrip().startswith(">") or restriction.rstrip().endswith("-") or not dates:
        return "99999999"  # open-ended: valid to this day
    last = dates[-1]
    return last if len(last) == 8 else ("19" if int(last[:2]) > 30 else "20") + last


def newest_code(codes: list[str]) -> Optional[str]:
    """The code of a record valid last (an open-ended range, else the latest end date), the
    undated default only when no range is given; None for "---" (no code) or no code."""
    fields = [_code_and_dates(c) for c in codes if c.strip()]
    fields = [(code, dates) for code, dates in fields if code and "---" not in code]
    dated = [(code, dates) for code, dates in fields if dates]
    if dated:
        return max(enumerate(dated), key=lambda item: (_date_key(item[1][1]), item[0]))[1][0]
    return fields[0][0] if fields else None


# Phoenix codes of groups, not offices: international militarised groups (IMG...), and a state's
# rebels, insurgents, opposition or parties (SYRREB, SYRINSMUS, SYROPP, SDNGOVPTY)
_GROUP_CODE = re.compile(r"^(?:IMG|[A-Z]{3}(?:[A-Z]{3})*?(?:REB|INS|OPP|PTY))")


def _body_names(names: list[str], code: str, keywords: frozenset[str], surnames: frozenset[str],
                given: frozenset[str]) -> list[str]:
    """The names of a record with dated codes that name a body, not a person: a name whose head
    noun (its last word before an "of/for/on/in" phrase) is an organisation's ("sudan people's
    liberation movement", "kosovo assembly"); and, where its newest ``code`` is a group's
    (``_GROUP_CODE``), the record's own name and the aliases that share a word with it ("islamic
    state of iraq and the levant", "islamic state of iraq and syria") or are one word that is no
    office holder's surname ("isil", "daesh"), unless they open with an office holder's given
    name (``given``: "ahmed shah massoud" [AFGREB 19790706-20110909] is a person). Other
    aliases of a group are its members, listed under it ("abu bakr al-baghdadi"), and stay out."""
    first = _phrase(names[0]).split() if names else []
    # a record whose own name opens with a given name is a person's, whatever its code
    group = bool(_GROUP_CODE.match(code)) and not (len(first) > 1 and first[0] in given)
    own = {w for w in first if len(w) >= 3 and w not in ("the", "and", "al", "al-")}
    kept = []
    for index, name in enumerate(names):
        phrase = _phrase(name)
        words = phrase.split()
        if not words:
            continue
        head = re.split(r"\s+(?:of|for|on|in)\s+", phrase)[0].split()
        if head and head[-1] in keywords:
            kept.append(name)
        elif group and not (len(words) > 1 and words[0] in given) and (index == 0 or own & set(words) or len(words) == 1 and
                        not {words[0], re.sub(r"^(?:al|el)-", "", words[0])} & surnames):
            kept.append(name)
    return kept


def _content_words(phrase: str) -> set[str]:
    """The words of a phrase that can tell one name from another: three letters or more, not
    "the", "and", "for" ("the northern valley fighters" -> {"northern", "valley", "fighters"})."""
    return {w for w in phrase.split() if len(w) >= 3 and w not in ("the", "and", "for")}


def _org_keywords() -> frozenset[str]:
    """Head nouns of organisation names (newsgraph's entity_org_keywords.yaml ``keywords``),
    lower case, words of three letters or more (not "AG", "SA": legal forms that are also name
    particles, "Rhissa ag Boula")."""
    import yaml

    raw = yaml.safe_load((OUT / "entity_org_keywords.yaml").read_text(encoding="utf-8"))["keywords"]
    return frozenset(w.lower().rstrip(".") for w in raw if len(w.rstrip(".")) >= 3)


def convert_actors(paths: list[Path], people: Optional[dict[str, str]] = None) -> dict[str, str]:
    """Named actors: name or alias -> code. A record whose codes carry no date range gives its
    first code; one with dated codes gives its newest code (:func:`newest_code`) to the names
    that name a body (:func:`_body_names`), not to an office holder's, where no undated record
    names them. ``people`` (name -> state, :func:`convert_people`) gives the surnames that mark
    a group's member."""
    actors: dict[str, str] = {}
    keywords = _org_keywords()
    # last names of the dictionary's people, "al-zarqawi" also as "zarqawi": a group's one-word
    # alias that is one names a member
    surnames = frozenset(form for name in (people or {}) if len(name.split()) >= 2
                         for form in (name.split()[-1], re.sub(r"^(?:al|el)-", "", name.split()[-1])))

    def add(names: list[str], code: str, record: str) -> None:
        own = _content_words(_phrase(record))
        for name in names:
            phrase = _phrase(name)
            forms = [phrase]
            if (phrase.startswith("the ") and len(phrase.split()) >= 3
                    and (phrase == _phrase(record) or len(own & _content_words(phrase)) >= 2)):
                # "THE_ISLAMIC_STATE": a reader drops a name's leading "the" ("the Islamic
                # State" is "Islamic State"); one word left ("the hague") stays as written.
                # Only the record's own name and its variants (an alias sharing two words with
                # it) lose it: an alias the dictionary writes with "the" and no more than one
                # of the name's words is an epithet or a translation ("THE_HOLY_MEN_" of
                # AL-ARIFEEN, "THE_GROUP_OF_DEATH_", "THE_GRAVEYARD_OF_EMPIRES_"), a common
                # phrase without its article
                forms.append(phrase[4:])
            for form in forms:
                if len(form) >= 2 and form not in actors:
                    actors[form] = code

    dated = []
    for path in paths:
        for names, codes in _records(path):
            fields = [_code_and_dates(c) for c in codes if c.strip()]
            if not names or not fields:
                continue
            if all(not dates and "---" not in code for code, dates in fields):
                add(names, fields[0][0], names[0])
            else:
                dated.append((names, codes))
    # given names: the first words of the names of dated records that are no group's (office
    # holders: "ahmed", "sheikh"), found at least twice ("al" opens group names too)
    counts: dict[str, int] = {}
    for names, codes in dated:
        code = newest_code(codes) or ""
        if _GROUP_CODE.match(code) or code[:3] in ("IMG", "IGO", "NGO", "MNC"):
            continue
        for name in names:
            words = _phrase(name).split()
            if len(words) >= 2 and words[0] not in ("al", "el", "the") and not any(w in keywords for w in words):
                counts[words[0]] = counts.get(words[0], 0) + 1
    given = frozenset(word for word, count in counts.items() if count >= 2)
    # dated records only fill gaps: a name an undated record codes keeps that code
    for names, codes in dated:
        code = newest_code(codes)
        if not code:
            continue
        kept = _body_names(names, code, keywords, surnames, given)
        first = _phrase(names[0]).split()
        if len(first) > 1 and first[0] in given:
            # a person's record ("RONALD_REAGAN_" with "REAGAN_ADMINISTRATION"): the body named
            # after them held the office's code while they held it, not their newest
            # (post-office USAELI): the newest government code of the record, where it has one
            government = [c for c in codes if _code_and_dates(c)[0][3:6] == "GOV" and _code_and_dates(c)[1]]
            code = newest_code(government) or code if government else code
        add(kept, code, names[0])
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
    people = convert_people(src / "Phoenix.Countries.actors.txt")
    actors = convert_actors([src / "Phoenix.Countries.actors.txt", src / "Phoenix.International.actors.txt",
                             src / "Phoenix.MilNonState.actors.txt"], people)
    (OUT / "actor_names.json").write_text(json.dumps({
        "about": "Named institutions and groups with their Phoenix actor codes (country + sector, "
                 "or IGO/NGO/MNC + sector; a dated record's newest code); converted by "
                 "scripts/convert_phoenix_actors.py",
        "source": SOURCE, "attribution": ATTRIBUTION,
        "actors": dict(sorted(actors.items())),
    }, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
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
