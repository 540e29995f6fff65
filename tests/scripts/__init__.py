"""Tests of the scripts in scripts/, which are files, not an importable package."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "scripts"


def load_script(name: str, *, siblings: bool = False) -> ModuleType:
    """scripts/NAME.py run as a fresh module. ``siblings`` puts scripts/ on ``sys.path`` first,
    for a script that imports another script (train_story_type imports story_type_candidates)."""
    if siblings and str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
