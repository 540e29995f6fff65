"""The quality gate: every evaluator on ../shared, compared with stored floors (and ceilings).

Floors live in ``floors.json`` beside this file (metric name -> value). Most metrics are
"higher is better" and hold a floor; the metrics in ``CEILINGS`` (an error such as the expected
calibration error) are "lower is better" and hold a ceiling. Floors only ever rise and ceilings
only ever fall: move one when work improves its metric; loosening one needs a reason in the
issue note.
"""

from __future__ import annotations

import importlib
import json
import math
from pathlib import Path
from typing import Any

FLOORS_FILE = Path(__file__).resolve().parent / "floors.json"

SEED_GOLD = "gold/dialogo-iran-bolivia-drones.yaml"
GOLD_DIR = "gold"  # the exhaustive dev files (and the seed, which adds to recall only)
# gate prefix -> (evaluator module, path under ../shared, the metric key paths that have floors)
GATED = {
    "facts": ("facts", SEED_GOLD, [(section, which) for section in ("entities", "roles", "events", "statements")
                                   for which in ("core_recall", "recall")] + [("must_not_clean",)]),
    "gold": ("facts", GOLD_DIR, [("events", "found", "f1"), ("events", "found", "precision"),
                                 ("events", "correct", "f1"), ("events", "correct", "precision"),
                                 ("statements", "found", "f1"), ("entities", "found", "f1"),
                                 # confidence estimates the correct level (scripts/fit_event_calibration.py)
                                 ("calibration", "ece_correct")]),
    "plover": ("plover", "bench/plover/plover-gsr-dev.json",
               [("event_type_accuracy",), ("macro_f1",), ("source_f1",), ("target_f1",)]),
    "conll": ("conll", "bench/conll2003/eng.testa",
              [("f1",), *((("per_type", t, "f1")) for t in ("PER", "ORG", "LOC", "MISC"))]),
    "timeml": ("timeml", "bench/timebank", [("value_accuracy",), ("timex_f1",)]),
    "polnear": ("polnear", "bench/polnear/dev", [("attribution_overlap_f1",), ("attribution_exact_f1",),
                                                 ("source_f1", "overlap"), ("cue_f1", "overlap"),
                                                 ("content_f1", "overlap")]),
}
# metric name ("conll.per_type.PER.f1") -> (evaluator module, path under ../shared, key path)
GATE_METRICS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    ".".join((prefix, *keys)): (module, path, keys)
    for prefix, (module, path, key_paths) in GATED.items() for keys in key_paths
}
# lower is better: these hold a ceiling, not a floor
CEILINGS = frozenset({"gold.calibration.ece_correct"})


def load_floors() -> dict[str, float]:
    return json.loads(FLOORS_FILE.read_text(encoding="utf-8"))


def raise_floors(result: dict, margin: float = 0.005) -> dict[str, float]:
    """Raise each floor to just under its measured value (a floor never goes down), and lower
    each ceiling to just over it (a ceiling never goes up)."""
    floors = load_floors()
    for check in result["checks"]:
        metric = check["metric"]
        if check.get("ceiling", metric in CEILINGS):
            candidate = math.ceil(round((check["value"] + margin) * 1000, 6)) / 1000  # round: no float noise
            floors[metric] = min(floors.get(metric, 1.0), candidate, 1.0)
        else:
            candidate = math.floor(round((check["value"] - margin) * 1000, 6)) / 1000
            floors[metric] = max(floors.get(metric, 0.0), candidate, 0.0)
    FLOORS_FILE.write_text(json.dumps(floors, indent=2) + "\n", encoding="utf-8")
    return floors


def _dig(metrics: dict, keys: tuple[str, ...]) -> float:
    if keys == ("must_not_clean",):
        return 0.0 if metrics.get("must_not_violations") else 1.0
    value: Any = metrics
    for key in keys:
        value = value[key]
    return float(value) if value is not None else math.nan


def run_gate(shared: Path, only: set[str] | None = None) -> dict:
    """Evaluate, compare each metric with its floor (or ceiling), and say whether all hold.

    Returns ``{"ok": bool, "checks": [{"metric", "value", "floor" (the bound, a ceiling where
    "ceiling" is true), "ceiling", "ok"}]}``."""
    floors = load_floors()
    cache: dict[tuple[str, str], dict] = {}
    checks = []
    for metric, (module_name, rel_path, keys) in GATE_METRICS.items():
        if only and metric not in only:
            continue
        if (module_name, rel_path) not in cache:
            module = importlib.import_module(f"newsgraph.eval.{module_name}")
            cache[(module_name, rel_path)] = module.evaluate(Path(shared) / rel_path)
        value = _dig(cache[(module_name, rel_path)], keys)  # NaN (undefined) fails its bound
        if metric in CEILINGS:
            bound = floors.get(metric, 1.0)
            ok = value <= bound + 1e-9
        else:
            bound = floors.get(metric, 0.0)
            ok = value >= bound - 1e-9
        checks.append({"metric": metric, "value": value, "floor": bound, "ceiling": metric in CEILINGS, "ok": ok})
    return {"ok": all(c["ok"] for c in checks), "checks": checks}
