"""The quality gate: every stored floor holds on ../shared (CI fails when a metric drops)."""

from __future__ import annotations

import json

import pytest

from newsgraph.eval.gate import FLOORS_FILE, GATE_METRICS, run_gate


def test_every_gate_metric_has_a_floor():
    floors = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))
    assert set(floors) == set(GATE_METRICS)
    assert all(0.0 <= value <= 1.0 for value in floors.values())


@pytest.mark.slow
def test_quality_gate_holds(shared_dir):
    result = run_gate(shared_dir)
    below = [c for c in result["checks"] if not c["ok"]]
    assert not below, "metrics below their floors: " + ", ".join(
        f"{c['metric']} {c['value']:.3f} < {c['floor']:.3f}" for c in below)
