"""Analysts' judgements on facts: validated when recorded, matched to facts when read.

A judgement on an extracted fact names it by ``fact_key`` and also records its *anchor*: the
article, the fact table, and the fact's span and type (``start:end[:...]:type``), for an event
also its trigger and its actors' entity keys, for a statement its speaker's. On read a judgement
applies to the fact with its key, or else to the one fact of its article with its anchor, so a
better extractor that reads the same span differently (other actor texts, another title) keeps
the analyst's judgement instead of orphaning it, while another actor pair coded from the same
sentence and trigger (a joint statement's signatories, a condemnation of two states) is another
fact the judgement does not reach. Where several facts share the anchor (actors without entity
keys, told apart by their texts only) a judgement whose key is gone attaches to none and is
reported (``skipped_judgements``) rather than guessed.

Anchors recorded before they held actors (``LEGACY_ANCHOR_COLUMNS``) are upgraded by migration
0012 from the fact their key named; one left over (its fact was gone) re-attaches only where
exactly one fact of its article has that span, trigger and type, so it never spreads to several.

A correction is checked against the fact type's schema (newsgraph.store.schema): a JSON
object of known, correctable fields with values of the right type (a PLOVER type, an event
status ...). Ids, the article, spans and provenance are not correctable. A judgement that
does not fit (recorded by an older version) is skipped on read with a warning, never applied.
"""

from __future__ import annotations

import json
import re
from typing import Any, Iterable, Optional

import sqlalchemy as sa

from newsgraph.errors import NewsgraphError, NotFoundError
from newsgraph.store import schema
from newsgraph.store.db import Store

FACT_TABLES = tuple(schema.TABLE_RECORDS)
FACT_ACTIONS = ("reject", "confirm", "correct")

# Table -> the columns after (start, end) that identify a fact independent of extracted values.
ANCHOR_COLUMNS = {
    "mentions": ("type",),
    "roles": (),
    "timexes": ("type",),
    "events": ("trigger_start", "trigger_end", "type", "source_key", "target_key"),
    "statements": ("kind", "speaker_key"),
}
# The anchors of judgements recorded before migration 0012: no actors, so one anchor named every
# actor pair of a sentence's trigger (see is_legacy_anchor).
LEGACY_ANCHOR_COLUMNS = {
    "events": ("trigger_start", "trigger_end", "type"),
    "statements": ("kind",),
}


# A fact key is a 40-digit SHA-1 (``repository.fact_key``); people may give its first digits,
# as they shorten a git commit. Eight digits is the shortest accepted: with 16**8 (4.3e9)
# values, a store of a million facts holds on average about a hundred clashing 8-digit pairs,
# which the error names, while a shorter prefix would clash too often to be worth typing.
FACT_KEY_PREFIX_MIN = 8
_HEX = re.compile(r"[0-9a-f]+")


class JudgementError(NewsgraphError):
    code = "bad_judgement"


class AmbiguousFactKeyError(NewsgraphError):
    """A fact-key prefix that begins the keys of several stored facts: the message names the
    prefix and some of the keys it could mean; the web API answers 409."""
    code = "ambiguous_fact_key"


class AlreadyJudgedError(NewsgraphError):
    """The fact already has this active judgement (confirmed twice, rejected twice): nothing is
    recorded; the message names the judgement in force. The web API answers 409."""
    code = "already_judged"


class AlreadyUndoneError(NewsgraphError):
    """The judgement was undone before: the message says when. The web API answers 409."""
    code = "already_undone"


def anchor_of(table: str, row: dict) -> str:
    """The fact's span and type as one string, e.g.
    ``120:245:130:136:ASSAULT:country:USA:country:IRN`` for an event (sentence span, trigger span,
    type, source and target entity keys; ``None`` for an actor without one)."""
    return ":".join(str(row.get(c)) for c in ("start", "end", *ANCHOR_COLUMNS[table]))


def legacy_anchor_of(table: str, row: dict) -> Optional[str]:
    """The anchor an older version recorded for this fact (no actors), or None for a table whose
    anchor did not change."""
    columns = LEGACY_ANCHOR_COLUMNS.get(table)
    return None if columns is None else ":".join(str(row.get(c)) for c in ("start", "end", *columns))


def is_legacy_anchor(table: Optional[str], anchor: Optional[str]) -> bool:
    """True for an anchor recorded before anchors held actors: it has exactly the legacy number of
    parts (a current one adds two or more, entity keys holding colons of their own)."""
    columns = LEGACY_ANCHOR_COLUMNS.get(table or "")
    return bool(columns and anchor) and anchor.count(":") == len(columns) + 1


def applies_to(j: dict, table: str, row: dict, anchor_unique: bool = True, legacy_unique: bool = False) -> bool:
    """Whether the active fact judgement ``j`` applies to the stored fact ``row`` of ``table``
    (its extracted values, before corrections): the same key; or, in the same article, the same
    anchor where only this fact of the article has it (``anchor_unique``: the caller counts; two
    actor pairs without entity keys, told apart only by their texts, share an anchor, and a
    judgement whose key is gone must not pick one of them); or a legacy anchor (no actors) that
    only this fact of its article has (``legacy_unique``)."""
    if j.get("fact_table") not in (None, table):
        return False
    if j.get("fact_key") and j["fact_key"] == row["fact_key"] and j.get("article_id") in (None, row["article_id"]):
        return True
    anchor = j.get("anchor")
    if not anchor or j.get("article_id") != row["article_id"]:
        return False
    if is_legacy_anchor(table, anchor):
        return legacy_unique and anchor == legacy_anchor_of(table, row)
    return anchor_unique and anchor == anchor_of(table, row)


def fact_judgements(conn, store: Store, table: str, row: dict) -> list[dict]:
    """The active fact judgements (reject | confirm | correct) that apply to the stored fact
    ``row`` of ``table``, oldest first (``applies_to``, counting the article's facts that share
    its anchor)."""
    j, t = store.t("judgements"), store.t(table)
    found = [dict(r._mapping) for r in conn.execute(sa.select(j).where(
        j.c.undone_at.is_(None), j.c.action.in_(FACT_ACTIONS),
        sa.or_(j.c.article_id == row["article_id"], j.c.fact_key == row["fact_key"])).order_by(j.c.id))]
    # an anchor begins with the fact's span, so only facts of the same start can share it
    counts = anchor_counts(table, [dict(r._mapping) for r in conn.execute(
        sa.select(t).where(t.c.article_id == row["article_id"], t.c.start == row["start"]))])
    anchor, legacy = anchor_of(table, row), legacy_anchor_of(table, row)
    return [x for x in found if applies_to(x, table, row, counts.get(anchor) == 1, counts.get(legacy) == 1)]


def anchor_counts(table: str, rows: Iterable[dict]) -> dict[str, int]:
    """How many of the stored facts ``rows`` of ``table`` have each anchor, current and legacy
    (``anchor_of``, ``legacy_anchor_of``): an anchor re-attaches a judgement only where one fact
    of the article has it (``applies_to``)."""
    counts: dict[str, int] = {}
    for row in rows:
        for anchor in {anchor_of(table, row), legacy_anchor_of(table, row)} - {None}:
            counts[anchor] = counts.get(anchor, 0) + 1
    return counts


def parse_value(text: Optional[str]) -> Optional[dict]:
    """A correction given as JSON text; JudgementError (one line) when it is not JSON."""
    if text is None:
        return None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise JudgementError(f"--value is not JSON ({exc.msg} at character {exc.pos})", source=text) from None


def value_problem(table: str, value: Any, row: Optional[dict] = None, seen_modes: Iterable[str] = ()) -> Optional[str]:
    """Why ``value`` cannot correct a fact in ``table``, or None when it can: each field's own
    rule (store.schema ``Field.problem``: its type, choices, a calendar date, a state or sector
    code), then the rules between fields, read with the fact's stored values ``row`` where given
    (a correction of one field is checked against the others): a date range may not end before
    it begins, and an event's mode must be a mode of its type (``schema.mode_problem``;
    ``seen_modes``: the modes stored events of that type carry)."""
    if not isinstance(value, dict) or not value:
        return f"a correction must be a non-empty JSON object of fields, not {json.dumps(value)[:60]}"
    declared = schema.fields(schema.TABLE_RECORDS[table])
    allowed = [name for name, f in declared.items() if f.correctable]
    for name, item in value.items():
        if name not in declared:
            return f"{schema.TABLE_RECORDS[table]} has no field {name!r} (correctable: {', '.join(allowed)})"
        if not declared[name].correctable:
            return f"{name!r} cannot be corrected (correctable: {', '.join(allowed)})"
        problem = declared[name].problem(item)
        if problem:
            return problem
    merged = {**(row or {}), **value}
    if "date" in value or "date_end" in value:
        problem = schema.date_order_problem(merged.get("date"), merged.get("date_end"))
        if problem:
            return problem
    if table == "events" and "mode" in value and merged.get("type"):
        return schema.mode_problem(merged["type"], value["mode"], seen_modes)
    if table == "events" and "type" in value and merged.get("mode") is not None:
        # a new type keeps the stored mode only where that mode is one of the new type's ("praise"
        # is no mode of ASSAULT): correct the mode with it, or clear it with null
        problem = schema.mode_problem(merged["type"], merged["mode"], seen_modes)
        if problem:
            return f"{problem}; the fact's stored mode does not fit the new type: correct \"mode\" too (null clears it)"
    return None


# The correctable fields that hold an entity key: a correction must name a stored entity.
ENTITY_KEY_FIELDS = ("entity_key", "person_key", "of_key", "source_key", "target_key", "source_affiliation_key",
                     "target_affiliation_key", "location_key", "speaker_key", "via_key")


def unknown_entity_problem(conn, store: Store, value: dict) -> Optional[str]:
    """Why a correction's entity keys (``ENTITY_KEY_FIELDS``) cannot stand, or None: each key
    given must be a stored entity's (``newsgraph entities`` lists them), so a typo is refused
    instead of naming nobody."""
    keys = {name: value[name] for name in ENTITY_KEY_FIELDS if isinstance(value.get(name), str)}
    if not keys:
        return None
    e = store.t("entities")
    known = {k for (k,) in conn.execute(sa.select(e.c.key).where(e.c.key.in_(set(keys.values()))))}
    for name, key in keys.items():
        if key not in known:
            return f"{name} {key!r} names no stored entity (see `newsgraph entities`, or `show ID` for the article's)"
    return None


def _seen_modes(conn, store: Store, table: str, row: dict, value: dict) -> list[str]:
    """The modes stored events of the corrected event's type carry (for ``schema.mode_problem``)."""
    if table != "events" or ("mode" not in value and "type" not in value):
        return []
    t = store.t("events")
    kind = value.get("type") or row.get("type")
    if not isinstance(kind, str):
        return []  # (a type of the wrong JSON type is refused by its field rule; PostgreSQL will not compare it)
    return [m for (m,) in conn.execute(sa.select(t.c.mode).where(t.c.type == kind, t.c.mode.is_not(None)).distinct())]


def _keys_with_prefix(conn, store: Store, prefix: str, limit: int = 10) -> list[tuple[str, str]]:
    """(key, table) of the distinct stored fact keys that begin with ``prefix`` (a lower-case hex
    string), at most ``limit`` per table. The range test lets each table's fact-key index answer;
    a key is hex, so every key beginning with ``prefix`` sorts before ``prefix + "g"``."""
    found: dict[str, str] = {}
    for name in FACT_TABLES:
        col = store.t(name).c.fact_key
        rows = conn.execute(sa.select(col).where(col >= prefix, col < prefix + "g", col.startswith(prefix))
                            .distinct().order_by(col).limit(limit))
        for (key,) in rows:
            found.setdefault(key, name)
    return sorted(found.items())


def resolve_fact_key(conn, store: Store, ref: str) -> Optional[str]:
    """The full stored fact key that ``ref`` names: the key itself, or a prefix of at least
    ``FACT_KEY_PREFIX_MIN`` hex digits that begins exactly one stored key. None when no stored
    key matches (callers keep their own not-found error); AmbiguousFactKeyError (code
    ``ambiguous_fact_key``) when the prefix begins several keys."""
    ref = (ref or "").strip()
    for name in FACT_TABLES:
        table = store.t(name)
        if conn.execute(sa.select(table.c.id).where(table.c.fact_key == ref).limit(1)).first() is not None:
            return ref
    prefix = ref.lower()
    if len(prefix) < FACT_KEY_PREFIX_MIN or not _HEX.fullmatch(prefix):
        return None
    matches = _keys_with_prefix(conn, store, prefix)
    if not matches:
        return None
    if len(matches) > 1:
        shown = ", ".join(f"{key} ({table})" for key, table in matches[:5])
        more = f" and {len(matches) - 5} more" if len(matches) > 5 else ""
        raise AmbiguousFactKeyError(f"fact key prefix {ref!r} begins {len(matches)} stored fact keys: {shown}{more}; "
                                    "give more characters", source=ref)
    return matches[0][0]


def short_prefix_hint(ref: str) -> str:
    """" (a prefix needs at least 8 characters)" for a hex ``ref`` shorter than that, else "":
    said after "no stored fact has this key", so a too-short prefix is not a mystery."""
    ref = (ref or "").strip().lower()
    if ref and len(ref) < FACT_KEY_PREFIX_MIN and _HEX.fullmatch(ref):
        return f" (a prefix needs at least {FACT_KEY_PREFIX_MIN} characters)"
    return ""


def short_fact_keys(conn, store: Store, keys: Iterable[str]) -> dict[str, str]:
    """Each of ``keys`` -> its shortest prefix of at least ``FACT_KEY_PREFIX_MIN`` characters
    that begins no other stored fact key: what ``show`` prints and every command taking a fact
    key accepts back (``resolve_fact_key``)."""
    short: dict[str, str] = {}
    for key in dict.fromkeys(k for k in keys if k):
        start = key[:FACT_KEY_PREFIX_MIN].lower()
        if not _HEX.fullmatch(start):
            short[key] = key
            continue
        others = [k for k, _t in _keys_with_prefix(conn, store, start, limit=50) if k != key]
        length = FACT_KEY_PREFIX_MIN
        for other in others:  # one past the longest prefix shared with another key
            common = next((i for i, (x, y) in enumerate(zip(key, other)) if x != y), min(len(key), len(other)))
            length = max(length, common + 1)
        short[key] = key[:length]
    return short


def find_fact(conn, store: Store, fact_key: str) -> Optional[tuple[str, dict]]:
    """(table, row) of the stored fact with ``fact_key`` or a unique prefix of it (see
    ``resolve_fact_key``), or None; AmbiguousFactKeyError for a prefix of several keys."""
    full = resolve_fact_key(conn, store, fact_key)
    if full is None:
        return None
    for name in FACT_TABLES:
        table = store.t(name)
        row = conn.execute(sa.select(table).where(table.c.fact_key == full).limit(1)).first()
        if row is not None:
            return name, dict(row._mapping)
    return None


def judgement_problem(j: dict) -> Optional[str]:
    """Why a stored judgement cannot be applied, or None."""
    if j["action"] == "correct":
        table = j.get("fact_table")
        if table in FACT_TABLES:
            return value_problem(table, j["value"])
        if not isinstance(j["value"], dict):
            return "its value is not a JSON object"
        return None
    if j["action"] == "merge":
        value = j["value"]
        if not (isinstance(value, dict) and isinstance(value.get("into"), str)
                and isinstance(value.get("keys"), list) and all(isinstance(k, str) for k in value["keys"])):
            return "its value is not {into, keys}"
    return None


def record_fact_judgement(store: Store, *, author: str, action: str, fact_key: str,
                          value: Optional[Any] = None, reason: Optional[str] = None) -> int:
    """Record reject | confirm | correct on the stored fact ``fact_key`` (the full key, or a
    unique prefix of at least ``FACT_KEY_PREFIX_MIN`` characters) with its anchor; the judgement
    keeps the full key. Returns the judgement id (:func:`judge_fact` says more).

    Raises NotFoundError when no stored fact has the key, AmbiguousFactKeyError when the prefix
    begins several, JudgementError when the action is unknown or the correction does not fit the
    fact's type (see :func:`value_problem`).
    """
    return judge_fact(store, author=author, action=action, fact_key=fact_key, value=value, reason=reason)["id"]


def judge_fact(store: Store, *, author: str, action: str, fact_key: str,
               value: Optional[Any] = None, reason: Optional[str] = None) -> dict:
    """Record reject | confirm | correct on a stored fact, as :func:`record_fact_judgement` (the
    same checks and errors; AlreadyJudgedError for a confirm or reject already in force), and
    say how it stands with the judgements already in force on the fact: the one way in for
    ``newsgraph judge`` and ``POST /api/facts/{key}/{action}``.

    Returns ``{"id", "action", "fact_table", "fact_key" (the full key), "article_id",
    "overrides", "overridden_by", "note"}``: ``overrides`` the active judgements this one takes
    precedence over (a reject over a confirm or a correction, which no longer show; a correction
    over an earlier one of the same fields), ``overridden_by`` those that still win over it (a
    reject stays in force over a later confirm or correction until it is undone), each as
    ``{"id", "action", "author", "created_at", "fields"}`` (:func:`overrides`), and ``note`` both
    as one line (:func:`overrides_note`), "" when none."""
    from newsgraph.store.repository import add_judgement

    if action not in FACT_ACTIONS:
        raise JudgementError(f"unknown action (use one of: {', '.join(FACT_ACTIONS)}, merge, undo)", source=action)
    with store.engine.connect() as conn:
        found = find_fact(conn, store, fact_key)
        if found is None:
            raise NotFoundError("no stored fact has this key (see `show ID`, column key)" + short_prefix_hint(fact_key),
                                source=fact_key)
        table, row = found
        in_force = fact_judgements(conn, store, table, row)
        if action == "correct":
            if table == "events" and isinstance(value, dict) and isinstance(value.get("type"), str):
                # a PLOVER type in any case, as every --type filter takes it ("agree" is AGREE)
                value = {**value, "type": value["type"].strip().upper()}
            # checked against the fact as it stands: its stored values under the corrections in force
            current = dict(row)
            for j in in_force:
                if j["action"] == "correct" and isinstance(j["value"], dict):
                    current.update(j["value"])
            problem = value_problem(table, value, current, _seen_modes(conn, store, table, current, value)
                                    if isinstance(value, dict) else ())
            if problem is None:
                problem = unknown_entity_problem(conn, store, value)
            if problem:
                raise JudgementError(problem, source=fact_key)
        elif value is not None:
            raise JudgementError(f"{action} takes no value (only correct does)", source=fact_key)
    same = [x for x in in_force if x["action"] == action and action in ("confirm", "reject")]
    if same:  # a second one would record nothing new, and undoing one of the two would leave it judged
        raise AlreadyJudgedError(f"this fact is already {action}ed (judgement {same[0]['id']}); "
                                 "nothing recorded", source=row["fact_key"])
    over, under = overrides(action, value, in_force)
    judgement_id = add_judgement(store, author=author, action=action, fact_table=table, fact_key=row["fact_key"],
                                 article_id=row["article_id"], anchor=anchor_of(table, row), value=value, reason=reason)
    return {"id": judgement_id, "action": action, "fact_table": table, "fact_key": row["fact_key"],
            "article_id": row["article_id"], "overrides": over, "overridden_by": under,
            "note": overrides_note(over, under)}


def _brief(j: dict, fields: Optional[list] = None) -> dict:
    """A judgement as ``overrides`` names it; ``fields`` a correction's (by default all it sets)."""
    if fields is None and j["action"] == "correct" and isinstance(j.get("value"), dict):
        fields = sorted(j["value"])
    created = j.get("created_at")
    return {"id": j["id"], "action": j["action"], "author": j.get("author"),
            "created_at": created.isoformat() if hasattr(created, "isoformat") else created, "fields": fields}


def overrides(action: str, value: Any, earlier: Iterable[dict]) -> tuple[list[dict], list[dict]]:
    """How a judgement ``action`` (with ``value`` for a correction) stands with the judgements
    ``earlier`` in force on the same fact, as the read applies them (repository.article_facts: a
    reject in force hides the fact, whatever came after it; corrections apply in order, the
    latest wins): ``(overrides, overridden_by)``, each a list of ``{"id", "action", "author",
    "created_at", "fields"}`` (``fields``: what a correction sets; for two corrections, the
    fields both set).

    * a reject overrides every confirm and correction (the fact is hidden: they no longer show);
    * a confirm or a correction is overridden by a reject (the fact stays hidden until it is undone);
    * a correction overrides an earlier correction of any of the same fields.
    """
    over, under = [], []
    mine = set(value) if action == "correct" and isinstance(value, dict) else set()
    for j in earlier:
        if action == "reject" and j["action"] in ("confirm", "correct"):
            over.append(_brief(j))
        elif action in ("confirm", "correct") and j["action"] == "reject":
            under.append(_brief(j))
        elif action == "correct" and j["action"] == "correct" and isinstance(j.get("value"), dict):
            common = sorted(mine & set(j["value"]))
            if common:
                over.append(_brief(j, common))
    return over, under


def _named(j: dict) -> str:
    what = j["action"] + (f" of {', '.join(j['fields'])}" if j.get("fields") else "")
    return f"judgement {j['id']} ({what}" + (f" by {j['author']})" if j.get("author") else ")")


def overrides_note(over: list[dict], under: list[dict]) -> str:
    """One line for :func:`overrides`' lists: "overrides judgement 3 (confirm by ana)"; "judgement 4
    (reject by ana) still hides this fact: it stays rejected until that judgement is undone";
    "" for none."""
    parts = []
    if over:
        parts.append("overrides " + "; ".join(_named(j) for j in over))
    for j in under:
        parts.append(f"{_named(j)} still hides this fact: it stays rejected until that judgement is undone")
    return "; ".join(parts)


def judgement_overrides(rows: list[dict]) -> dict[int, dict]:
    """For fact judgements ``rows`` (any order; each with id, action, value, fact_key, author,
    created_at, undone_at): judgement id -> ``{"overrides", "overridden_by", "note"}`` among the
    judgements on the same fact key, each earlier one counted while it was in force when the
    later was recorded (not undone before it), as :func:`judge_fact` said when it was recorded.
    ``overridden_by`` here also names later judgements that took precedence over the earlier."""
    by_key: dict[str, list[dict]] = {}
    for r in sorted(rows, key=lambda r: r["id"]):
        if r.get("action") in FACT_ACTIONS and r.get("fact_key"):
            # a backend that hands back JSON text: the value as data (schema.json_value)
            by_key.setdefault(r["fact_key"], []).append({**r, "value": schema.json_value(r.get("value"), None)})
    out = {r["id"]: {"overrides": [], "overridden_by": []} for group in by_key.values() for r in group}
    for group in by_key.values():
        for i, later in enumerate(group):
            when = str(later.get("created_at") or "")
            earlier = [j for j in group[:i] if j.get("undone_at") is None or str(j["undone_at"]) > when]
            over, under = overrides(later["action"], later.get("value"), earlier)
            out[later["id"]]["overrides"] += over
            out[later["id"]]["overridden_by"] += under
            for j in over:  # seen from the earlier judgement: a later one took precedence
                out[j["id"]]["overridden_by"].append(_brief(later, j.get("fields")))
            for j in under:  # an earlier reject took precedence over the later one
                out[j["id"]]["overrides"].append(_brief(later))
    for item in out.values():
        parts = []
        if item["overrides"]:
            parts.append("overrides " + "; ".join(_named(j) for j in item["overrides"]))
        for j in item["overridden_by"]:
            parts.append("overridden by " + _named(j))
        item["note"] = "; ".join(parts)
    return out


def parse_judgement_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise JudgementError("a judgement id is a whole number (see `show ID --json`, judgements)", source=text) from None
    if value <= 0:
        raise JudgementError("a judgement id is a positive number", source=text)
    return value
