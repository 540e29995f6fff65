"""Convert PETRARCH2's CAMEO verb dictionary and the CAMEO->PLOVER table into newsgraph's
bundled verb-pattern lexicon ``newsgraph/nlp/lexicons/cameo_verbs.json``.

    python scripts/convert_cameo_verbs.py ../shared/resources

Inputs (read only when building, never at run time):

* ``petrarch2/CAMEO.2.0.txt``: verb synonym blocks ``--- NAME [CODE] ---``, their verbs (``VERB
  {irregular forms} [code]``, ``+CALL_OFF`` for phrasal verbs), synsets (``&NAME`` + ``+word``
  lines) and patterns ``- [subject] * [object nouns] (PREP noun) [CODE] # verb`` (dictionaries.rst).
* ``plover/CAMEO2PLOVER-2021.txt``: ``CODE: TYPE, mode, context`` rows (PLOVER draft 0.8); for AID,
  whose mode column is empty, the context column's kind of aid is the mode (KIND_AS_MODE_TYPES).

PLOVER draft 0.8 names two types differently from the 18 newsgraph uses (the codebook's later
names): REQUEST -> DEMAND, ACCUSE -> INVESTIGATE (mode investigate) or DISAPPROVE (the others).
The table starts at CAMEO 03; CAMEO 02 APPEAL is a request (codebook, REQUEST: "All requests,
demands, and orders") -> DEMAND; CAMEO 01 public statements are no event (null code).

Output (JSON): ``codes`` CAMEO code -> [PLOVER type, mode or null]; ``blocks`` name ->
{"code", "patterns": [{"subject": [..], "object": [..], "object_words": [..], "preps": [[prep,
[nouns] or []], ...], "code", "verb"}]}; ``verbs`` lemma (or "lemma particle") -> {"block", "code"};
a pattern's ``qualified``: word -> the modifiers it needs (``compound_heads``).
Pattern nouns are lower-case singular lemmas; synsets are expanded to their words.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

TYPE_NAMES = {"REQUEST": "DEMAND"}
# words of a compound that are no modifier a head needs ("BOW_AND_ARROW", "DIFFERENCE_OF_OPINION")
FUNCTION_WORDS = frozenset({"and", "of", "the", "a", "an"})
# Where the codebook text overrides the 2021 table: "International (political or economic)
# sanctions are coded as [SANCTION] 'discontinue'" (PLOVER_MANUAL, SANCTION modes), while the
# table still maps CAMEO 163 "impose embargo, boycott, or sanctions" to COERCE.
# The table also maps CAMEO 1712 "destroy property" to ASSAULT 'seize', a mode the codebook's
# ASSAULT table does not have (seize is COERCE's); its residual mode for property destroyed by an
# unknown method is 'destroy' ("Intentional destruction of property", PLOVER_MANUAL, ASSAULT modes):
# "a Russian strike destroyed the printing house", "forces have destroyed apartment buildings".
CODEBOOK_OVERRIDES = {"163": ["SANCTION", "discontinue"], "1712": ["ASSAULT", "destroy"]}
# Types whose kind the table gives in its third (context) column, the mode column left empty: AID
# (071 economic, 072 military, 073 humanitarian, 074 peacekeeping, 075 asylum), the kinds of aid
# the codebook lists ("monetary aid ...", "military and police assistance including arms and
# personnel", "humanitarian aid", "asylum"), which newsgraph carries as AID's mode, as it does for
# rules that read the kind off the goods or the aid noun ("humanitarian assistance"). Without it
# every CAMEO 07x sense came out AID with no mode ("providing weapons" AID/None).
KIND_AS_MODE_TYPES = {"AID"}


def compound_heads(lines: list[str]) -> dict[str, dict[str, set]]:
    """Synset name -> {head: the other words of its compounds} for the synset members CAMEO writes
    as compounds whose head word alone the dictionary never uses for the synset's thing, and the
    words (the synset's vocabulary) one of which must stand beside such a head.

    A synset is expanded to its members' heads ("+IMPROVISED_EXPLOSIVE_DEVICE" -> "device"), and a
    head alone is often an everyday word: "emergency communications devices", "water purification
    systems", "cooking gas", "consular services" are no &WEAPON or &MILITARY. The dictionary says
    itself where a word alone names the thing: it lists the word alone in the same synset (+BOMB
    beside +ATOM_BOMB), or writes it alone in a verb pattern ("- * TANKS [:072]", "- * GRENADE
    [193]", "- * FORCE [080]"). A head it lists alone in another synset is that synset's thing
    (&CAR's +VEHICLE, &AIRCRAFT's +HELICOPTER and +DRONE). Every other compound head (device,
    system, gas, services, agent, person) matches only with a word the synset's members are
    written with beside it: "improvised explosive device", "tear gas", "armed services",
    "missile systems", "armored vehicles", "nuclear device"; "communications devices",
    "water purification systems" and "consular services" name no weapon or troops.
    """
    members: dict[str, list[list[str]]] = {}
    alone: set[str] = set()  # words the verb patterns write alone, as spelled
    current = None
    for raw in lines:
        line = raw.split("#")[0].rstrip()
        if not line.strip():
            current = None
        elif line.startswith("&"):
            current = members.setdefault(line.strip()[1:].rstrip("_"), [])
        elif current is not None and line.startswith("+"):
            words = _words(line[1:])
            if words:
                current.append(words)
        elif line.startswith("-"):
            body = re.sub(r"\[[^\]]*\]|\{[^}]*\}|&[A-Z_]+", " ", line[1:])
            alone.update(w.lower() for w in re.findall(r"[A-Z][A-Z_'-]*", body) if "_" not in w)
    singles = {name: {m[0] for m in group if len(m) == 1} for name, group in members.items()}
    heads: dict[str, dict[str, set]] = {}
    for name, group in members.items():
        elsewhere = set().union(*(words for other, words in singles.items() if other != name))
        needy = {words[-1] for words in group if len(words) > 1 and words[-1] not in singles[name]
                 and not (words[-1] in alone and words[-1] not in elsewhere)}
        # the synset's own words name its thing beside the head: "improvised explosive device",
        # "missile systems", "armored vehicles" (+ARMORED_PERSONNEL_CARRIER), "anti-armor systems"
        # (+ARMOR_PIERCING_ROADSIDE_BOMB)
        vocabulary = {w for words in group for w in words} - needy - FUNCTION_WORDS
        if needy:
            heads[name] = {head: vocabulary for head in sorted(needy)}
    return heads


def read_table(path: Path) -> dict:
    codes = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        m = re.match(r"^(\d+):\s*([A-Z]+)\s*(?:,\s*([^,]*))?", line)
        if not m:
            continue
        code, ptype, mode = m.group(1), m.group(2), (m.group(3) or "").strip() or None
        if ptype in KIND_AS_MODE_TYPES and mode is None:
            kind = [f.strip() for f in line.split(",")[2:3]]
            mode = kind[0] if kind and kind[0] else None
        if ptype == "ACCUSE":
            ptype = "INVESTIGATE" if mode == "investigate" else "DISAPPROVE"
            mode = None if mode == "investigate" else mode
        ptype = TYPE_NAMES.get(ptype, ptype)
        codes.setdefault(code, [ptype, mode])
    codes.update(CODEBOOK_OVERRIDES)
    return codes


def plover_for(code: str, table: dict):
    """Longest table prefix of a CAMEO code -> [type, mode]; None for null / unmapped codes."""
    if not code or code.startswith("-"):
        return None
    if code.startswith("02"):
        return ["DEMAND", None]
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


def _words(phrase: str) -> list[str]:
    return [w.lower() for w in phrase.replace("_", " ").split() if w]


def parse_pattern(body: str, synsets: dict, heads: dict | None = None) -> dict:
    """``SUBJ * OBJ (PREP NOUN) ...`` -> constraint dict. ``heads``: ``compound_heads``, whose
    words a synset named in a slot brings in only with a modifier: the pattern's ``qualified``,
    slot ("object", "subject" or the preposition) -> {word: [modifiers]}."""
    body = re.sub(r"[$+^%]", " ", body)
    pre, _, post = body.partition("*")
    heads = heads or {}
    qualified: dict[str, dict[str, list[str]]] = {}

    def nouns(text: str, slot: str) -> list[list[str]]:
        out = []
        needs: dict[str, set] = {}
        plain: set[str] = set()

        def synset(name: str) -> list[str]:
            for word, mods in heads.get(name, {}).items():
                needs.setdefault(word, set()).update(mods)
            return synsets.get(name, [])

        for m in re.finditer(r"\{([^}]*)\}|(&[A-Z_]+)|([A-Z][A-Z_'-]*)", text):
            if m.group(1):
                words = _words(m.group(1))
                head = words[-1] if words else ""
                if head.startswith("&"):
                    out.append(synset(head[1:].upper()))
                else:
                    plain.add(head)
                    out.append([head] + [w for w in words[:-1] if not w.startswith("&")])
                    out[-1] = [out[-1][0]]  # the head decides; modifiers are kept separately
                    out[-1].append("|" + " ".join(words))
            elif m.group(2):
                out.append(synset(m.group(2)[1:]))
            else:
                plain.add(m.group(3).lower())
                out.append([m.group(3).lower()])
        # a word the slot also writes itself needs no modifier
        found = {w: sorted(mods - FUNCTION_WORDS) for w, mods in needs.items() if w not in plain}
        if found:
            qualified.setdefault(slot, {}).update(found)
        return out

    preps = []
    for m in re.finditer(r"\(([^)]*)\)", post):
        inner = m.group(1).split(None, 1)
        if not inner:
            continue
        prep = inner[0].lower()
        objs = nouns(inner[1], prep) if len(inner) > 1 else []
        preps.append([prep, sorted({w for group in objs for w in group if not w.startswith("|")})])
    bare = re.sub(r"\([^)]*\)", " ", post)
    obj_groups = nouns(bare, "object")
    pattern = {}
    subj_groups = nouns(re.sub(r"\([^)]*\)", " ", pre), "subject")
    if subj_groups:
        pattern["subject"] = sorted({w for g in subj_groups for w in g if not w.startswith("|")})
    if obj_groups:
        # the last bare noun before any prepositional phrase is the object's head
        head = obj_groups[-1]
        pattern["object"] = sorted({w for w in head if not w.startswith("|")})
        phrase = next((w[1:] for w in head if w.startswith("|")), None)
        others = [w for g in obj_groups[:-1] for w in g if not w.startswith("|")]
        words = (phrase.split()[:-1] if phrase else []) + others
        if words:
            pattern["object_words"] = sorted(set(words))
    if preps:
        pattern["preps"] = preps
    if qualified:
        pattern["qualified"] = qualified
    return pattern


def read_verbs(path: Path, table: dict) -> dict:
    synsets: dict[str, list[str]] = {}
    blocks: dict[str, dict] = {}
    verbs: dict[str, dict] = {}
    current_synset = None
    block = None
    lines = path.read_text(encoding="latin-1").splitlines()
    heads = compound_heads(lines)
    for raw in lines:
        line = raw.split("#")[0].rstrip()
        if not line.strip():
            current_synset = None
            continue
        if line.startswith("&"):
            current_synset = line.strip()[1:].rstrip("_")
            synsets[current_synset] = []
            continue
        if current_synset and line.startswith("+"):
            words = _words(line[1:])
            if words:
                synsets[current_synset].append(words[-1])
            continue
        m = re.match(r"^---\s+(.+?)\s+\[([^\]]*)\]\s*---", line)  # four headers lack the space: "[120]---  ---"
        if m:
            name = m.group(1).strip()
            block = {"code": None if m.group(2).startswith("-") else m.group(2), "patterns": []}
            blocks[name] = block
            continue
        if block is None:
            continue
        if line.startswith("-"):
            pm = re.match(r"^-\s*(.*?)\s*\[([^\]]*)\]", line)
            if not pm:
                continue
            pattern = parse_pattern(pm.group(1), synsets, heads)
            code = pm.group(2).split(":")[0].strip()
            pattern["code"] = None if code.startswith("-") else code
            comment = raw.split("#", 1)[1].strip().split()[0].lower() if "#" in raw and raw.split("#", 1)[1].strip() else None
            if comment:
                pattern["verb"] = comment
            block["patterns"].append(pattern)
            continue
        # a verb line: VERB {forms} [code], +CALL_OFF {...}, WIRE_+TAP
        vm = re.match(r"^([A-Z_+'-]+)\s*(\{[^}]*\})?\s*(?:\[([^\]]*)\])?", line.strip())
        if not vm:
            continue
        word = vm.group(1)
        code = vm.group(3)
        if "+" in word and not word.startswith("+"):
            continue  # a pre-compound ("WIRE_+TAP"): the parser rarely keeps these together
        parts = _words(word.lstrip("+"))
        key = " ".join(parts)
        name = next(n for n, b in blocks.items() if b is block)
        verbs[key] = {"block": name, "code": None if not code or code.startswith("-") else code.strip()}
    codes = {}
    for b in blocks.values():
        for c in [b["code"]] + [p["code"] for p in b["patterns"]]:
            if c and c not in codes:
                codes[c] = plover_for(c, table)
    for v in verbs.values():
        if v["code"] and v["code"] not in codes:
            codes[v["code"]] = plover_for(v["code"], table)
    return {"codes": codes, "blocks": blocks, "verbs": verbs}


def main(argv=None):
    argv = argv or sys.argv[1:]
    resources = Path(argv[0] if argv else "../shared/resources")
    out = Path(__file__).resolve().parent.parent / "newsgraph" / "nlp" / "lexicons" / "cameo_verbs.json"
    table = read_table(resources / "plover" / "CAMEO2PLOVER-2021.txt")
    data = read_verbs(resources / "petrarch2" / "CAMEO.2.0.txt", table)
    data = {"about": "Converted by scripts/convert_cameo_verbs.py from PETRARCH2 CAMEO.2.0.txt (MIT, Open Event "
                     "Data Alliance) and CAMEO2PLOVER-2021.txt (CC BY-SA 4.0, Open Event Data Alliance); "
                     "see cameo_verbs.LICENSE.", **data}
    out.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")), encoding="utf-8")
    n_patterns = sum(len(b["patterns"]) for b in data["blocks"].values())
    print(f"{out}: {len(data['verbs'])} verbs, {len(data['blocks'])} blocks, {n_patterns} patterns, "
          f"{len(data['codes'])} codes")


if __name__ == "__main__":
    main()
