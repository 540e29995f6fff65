"""The quality gate: every evaluator on ../shared, compared with stored floors.

Floors live in ``floors.json`` beside this file. They only ever rise: raise one when work
improves its metric; lowering one needs a reason in the issue note.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

FLOORS_FILE = Path(__file__).resolve().parent / "floors.json"

# metric name -> (evaluator module, path under ../shared, key path in its metrics)
GATE_METRICS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "facts.entities.core_recall": ("facts", "gold/dialogo-iran-bolivia-drones.yaml", ("entities", "core_recall")),
    "facts.roles.core_recall": ("facts", "gold/dialogo-iran-bolivia-drones.yaml", ("roles", "core_recall")),
    "facts.events.core_recall": ("facts", "gold/dialogo-iran-bolivia-drones.yaml", ("events", "core_recall")),
    "facts.statements.core_recall": ("facts", "gold/dialogo-iran-bolivia-drones.yaml", ("statements", "core_recall")),
    "facts.must_not_clean": ("facts", "gold/dialogo-iran-bolivia-drones.yaml", ("must_not_clean",)),
    "plover.event_type_accuracy": ("plover", "bench/plover/plover-gsr-dev.json", ("event_type_accuracy",)),
    "conll.f1": ("conll", "bench/conll2003/eng.testa", ("f1",)),
    "timeml.value_accuracy": ("timeml", "bench/timebank", ("value_accuracy",)),
    "polnear.attribution_overlap_f1": ("polnear", "bench/polnear/dev", ("attribution_overlap_f1",)),
}


def load_floors() -> dict[str, float]:
    return json.loads(FLOORS_FILE.read_text(encoding="utf-8"))


def _dig(metrics: dict, keys: tuple[str, ...]) -> float:
    if keys == ("must_not_clean",):
        return 0.0 if metrics.get("must_not_violations") else 1.0
    value: Any = metrics
    for key in keys:
        value = value[key]
    return float(value)


def run_gate(shared: Path, only: set[str] | None = None) -> dict:
    """Evaluate, compare each metric with its floor, and say whether all hold."""
    floors = load_floors()
    cache: dict[tuple[str, str], dict] = {}
    checks = []
    for metric, (module_name, rel_path, keys) in GATE_METRICS.items():
        if only and metric not in only:
            continue
        if (module_name, rel_path) not in cache:
            module = importlib.import_module(f"newsgraph.eval.{module_name}")
            cache[(module_name, rel_path)] = module.evaluate(Path(shared) / rel_path)
        value = _dig(cache[(module_name, rel_path)], keys)
        floor = floors[metric]
        checks.append({"metric": metric, "value": value, "floor": floor, "ok": value >= floor - 1e-9})
    return {"ok": all(c["ok"] for c in checks), "checks": checks}
