"""The quality gate: every evaluator on ../shared, compared with stored floors.

Floors live in ``floors.json`` beside this file. They only ever rise: raise one when work
improves its metric; lowering one needs a reason in the issue note.
"""

from __future__ import annotations

import importlib
import json
import math
from pathlib import Path
from typing import Any

FLOORS_FILE = Path(__file__).resolve().parent / "floors.json"

SEED_GOLD = "gold/dialogo-iran-bolivia-drones.yaml"
# evaluator module -> (path under ../shared, the metric key paths that have floors)
GATED = {
    "facts": (SEED_GOLD, [(section, which) for section in ("entities", "roles", "events", "statements")
                          for which in ("core_recall", "recall")] + [("must_not_clean",)]),
    "plover": ("bench/plover/plover-gsr-dev.json",
               [("event_type_accuracy",), ("macro_f1",), ("source_f1",), ("target_f1",)]),
    "conll": ("bench/conll2003/eng.testa",
              [("f1",), *((("per_type", t, "f1")) for t in ("PER", "ORG", "LOC", "MISC"))]),
    "timeml": ("bench/timebank", [("value_accuracy",), ("timex_f1",)]),
    "polnear": ("bench/polnear/dev", [("attribution_overlap_f1",), ("attribution_exact_f1",),
                                      ("source_f1", "overlap"), ("cue_f1", "overlap"), ("content_f1", "overlap")]),
}
# metric name ("conll.per_type.PER.f1") -> (evaluator module, path under ../shared, key path)
GATE_METRICS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    ".".join((module, *keys)): (module, path, keys) for module, (path, key_paths) in GATED.items() for keys in key_paths
}


def load_floors() -> dict[str, float]:
    return json.loads(FLOORS_FILE.read_text(encoding="utf-8"))


def raise_floors(result: dict, margin: float = 0.005) -> dict[str, float]:
    """Raise each floor to just under its measured value; a floor never goes down."""
    floors = load_floors()
    for check in result["checks"]:
        candidate = math.floor((check["value"] - margin) * 1000) / 1000
        floors[check["metric"]] = max(floors.get(check["metric"], 0.0), candidate, 0.0)
    FLOORS_FILE.write_text(json.dumps(floors, indent=2) + "\n", encoding="utf-8")
    return floors


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
        floor = floors.get(metric, 0.0)
        checks.append({"metric": metric, "value": value, "floor": floor, "ok": value >= floor - 1e-9})
    return {"ok": all(c["ok"] for c in checks), "checks": checks}
