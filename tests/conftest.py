"""Shared fixtures. ``shared_dir`` is ../shared beside the checkout: tests that need it skip
with a visible reason where it is absent (a user's fresh clone), but fail under CI=true."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _shared_path() -> Path:
    return Path(os.environ.get("NEWSGRAPH_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    path = _shared_path()
    if not path.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"../shared is missing at {path}: CI needs the benchmark and gold data")
        pytest.skip(f"../shared not found at {path} (set NEWSGRAPH_SHARED): benchmark data absent")
    return path


@pytest.fixture(scope="session")
def bench_dir(shared_dir) -> Path:
    return shared_dir / "bench"


@pytest.fixture(scope="session")
def nlp():
    """The full newsgraph pipeline, built once per test session."""
    from newsgraph.nlp.pipeline import build_pipeline

    return build_pipeline()


@pytest.fixture(scope="session")
def base_nlp():
    """The plain pinned spaCy model."""
    from newsgraph.nlp.model import load_base_model

    return load_base_model()
