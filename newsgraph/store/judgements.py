"""Analysts' judgements on facts: validated when recorded, matched to facts when read.

A judgement on an extracted fact names it by ``fact_key`` and also records its *anchor*: the
article, the fact table, and the fact's span and type (``start:end[:...]:type``). On read a
judgement applies to the fact with its key, or else to the fact with its anchor, so a better
extractor that reads the same span differently (other actor texts, another title) keeps the
analyst's judgement instead of orphaning it.

A correction is checked against the fact type's schema (newsgraph.store.schema): a JSON
object of known, correctable fields with values of the right type (a PLOVER type, an event
status ...). Ids, the article, spans and provenance are not correctable. A judgement that
does not fit (recorded by an older version) is skipped on read with a warning, never applied.
"""

from __future__ import annotations

import json
from typing import Any, Optional

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
    "events": ("trigger_start", "trigger_end", "type"),
    "statements": ("kind",),
}


class JudgementError(NewsgraphError):
    code = "bad_judgement"


def anchor_of(table: str, row: dict) -> str:
    """The fact's span and type as one string, e.g. ``120:245:130:136:ASSAULT`` for an event."""
    return ":".join(str(row[c]) for c in ("start", "end", *ANCHOR_COLUMNS[table]))


def parse_value(text: Optional[str]) -> Optional[dict]:
    """A correction given as JSON text; JudgementError (one line) when it is not JSON."""
    if text is None:
        return None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise JudgementError(f"--value is not JSON ({exc.msg} at character {exc.pos})", source=text) from None


def value_problem(table: str, value: Any) -> Optional[str]:
    """Why ``value`` cannot correct a fact in ``table``, or None when it can."""
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
    return None


def find_fact(conn, store: Store, fact_key: str) -> Optional[tuple[str, dict]]:
    """(table, row) of the stored fact with ``fact_key``, or None."""
    for name in FACT_TABLES:
        table = store.t(name)
        row = conn.execute(sa.select(table).where(table.c.fact_key == fact_key).limit(1)).first()
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
    """Record reject | confirm | correct on the stored fact ``fact_key`` with its anchor.

    Raises NotFoundError when no stored fact has the key, JudgementError when the action is
    unknown or the correction does not fit the fact's type (see :func:`value_problem`).
    """
    from newsgraph.store.repository import add_judgement

    if action not in FACT_ACTIONS:
        raise JudgementError(f"unknown action (use one of: {', '.join(FACT_ACTIONS)}, merge, undo)", source=action)
    with store.engine.connect() as conn:
        found = find_fact(conn, store, fact_key)
    if found is None:
        raise NotFoundError("no stored fact has this key (see `show ID --json`)", source=fact_key)
    table, row = found
    if action == "correct":
        problem = value_problem(table, value)
        if problem:
            raise JudgementError(problem, source=fact_key)
    elif value is not None:
        raise JudgementError(f"{action} takes no --value", source=fact_key)
    return add_judgement(store, author=author, action=action, fact_table=table, fact_key=fact_key,
                         article_id=row["article_id"], anchor=anchor_of(table, row), value=value, reason=reason)


def parse_judgement_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise JudgementError("a judgement id is a whole number (see `show ID --json`, judgements)", source=text) from None
    if value <= 0:
        raise JudgementError("a judgement id is a positive number", source=text)
    return value
