"""Story-type accuracy on the NGEC-2025 synthetic stories, reported honestly.

The NGEC synthetic stories (``../shared/bench/train/ngec-synthetic-events.csv``; Halterman
2023, arXiv 2303.16028) carry one story-level POLECAT type each (ACCUSE -> DISAPPROVE,
REQUEST -> DEMAND). ``newsgraph.eval.plover.evaluate_synthetic`` scores
``story_type.story_type`` (the type a stored article carries) on one slice of them; this module
reports the two slices the models never trained on (rows ``i % 9`` = 0 and 8, first 500 each)
and, beside them, the number that says what to expect of a story written from a headline the
model never saw: the 5-fold cross-validation grouped by headline on the training rows
(``metrics.cv_by_headline`` in ``lexicons/story_type.json``, measured when the model was
trained by scripts/train_story_type.py). The reported slices share their headlines with the
training rows (stories come 12 or 24 to a headline), so they overstate accuracy on new
headlines; neither slice may be used to choose anything about the model.

``evaluate(path, limit=None) -> dict`` (``limit``: stories per slice, default 500):

* ``story_type_accuracy_offset_0`` / ``_offset_8``: share of the slice's stories whose story
  type is the label (0..1);
* ``lead_event_type_accuracy_offset_0`` / ``_offset_8``: the same for the type of the lead
  event the rules stand by (no event counts as wrong);
* ``story_type_accuracy``: both slices pooled; ``n``: stories scored;
* ``cv_by_headline``: the grouped cross-validated accuracy (training rows only, from the
  model's metadata), ``cv_random_split`` beside it, ``model_version``: the component version.

Raises EvalInputError for an unreadable CSV.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from newsgraph.errors import EvalInputError

OFFSETS = (0, 8)      # the rows (i % 9) the story-type and event-type models never trained on
STRIDE = 9
DEFAULT_LIMIT = 500


def evaluate(path, predictions_dir: Optional[Path] = None, limit: Optional[int] = None) -> dict:
    """Story-type accuracy at offsets 0 and 8 and the headline-grouped CV (module docstring).
    ``predictions_dir`` is accepted for the evaluators' common signature and not used."""
    from newsgraph.eval.plover import evaluate_synthetic
    from newsgraph.nlp import story_type

    path = Path(path)
    if not path.is_file():
        raise EvalInputError("no synthetic events CSV here", source=str(path))
    limit = DEFAULT_LIMIT if limit is None else limit
    out: dict = {}
    right = n = 0
    for offset in OFFSETS:
        result = evaluate_synthetic(path, limit=limit, stride=STRIDE, offset=offset)
        out[f"story_type_accuracy_offset_{offset}"] = round(result["event_type_accuracy"], 4)
        out[f"lead_event_type_accuracy_offset_{offset}"] = round(result["lead_event_type_accuracy"], 4)
        right += result["event_type_accuracy"] * result["n"]
        n += result["n"]
    out["story_type_accuracy"] = round(right / n, 4) if n else 0.0
    out["n"] = n
    meta = story_type.load().meta
    metrics = meta.get("metrics", {})
    out["cv_by_headline"] = metrics.get("cv_by_headline")
    out["cv_random_split"] = metrics.get("cv_random_split")
    out["model_version"] = meta.get("version")
    return out
