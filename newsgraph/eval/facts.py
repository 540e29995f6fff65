"""`newsgraph eval facts GOLD.yaml`: recall of hand-annotated facts for one article.

The gold format is described in ../shared/gold/README.md. The article is read through
newsgraph's own intake (so page furniture and date inference count) and extracted with the
full pipeline. Names compare case-, accent- and apostrophe-insensitively.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any, Iterable, Optional

import yaml

from newsgraph.errors import EvalInputError
from newsgraph.nlp.types import Extraction

SECTIONS = ("entities", "roles", "events", "statements")


def normalise_name(text: Optional[str]) -> str:
    """Lower case, no accents, no apostrophes or punctuation, single spaces."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[’'`´]s\b", "", text.lower())
    text = re.sub(r"[’'`´]", "", text)
    text = re.sub(r"[^\w\s-]", " ", text)
    return " ".join(text.split())


def _as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


class GoldNames:
    """Gold entity names and aliases, to match a predicted name against a gold entity."""

    def __init__(self, gold_entities: list[dict]):
        self.forms: dict[str, set[str]] = {}
        for entity in gold_entities:
            forms = {normalise_name(entity["name"])} | {normalise_name(a) for a in _as_list(entity.get("aliases"))}
            self.forms[normalise_name(entity["name"])] = forms

    def matches(self, gold_name: str, predicted_names: Iterable[Optional[str]]) -> bool:
        forms = self.forms.get(normalise_name(gold_name), {normalise_name(gold_name)})
        return any(normalise_name(p) in forms for p in predicted_names if p)


class Predictions:
    """The extraction, with each entity key's names (canonical name and aliases)."""

    def __init__(self, text: str, extraction: Extraction):
        self.text = text
        self.x = extraction
        self.names: dict[str, set[str]] = {}
        for key, entity in extraction.entities.items():
            self.names[key] = {entity.name, *entity.aliases}
        for mention in extraction.mentions:
            if mention.entity_key:
                self.names.setdefault(mention.entity_key, set()).add(mention.text)

    def names_of(self, key: Optional[str], fallback: Optional[str] = None) -> set[str]:
        names = set(self.names.get(key, set())) if key else set()
        if fallback:
            names.add(fallback)
        return names

    def sentence(self, start: int, end: int) -> str:
        return self.text[start:end]


def _date_agrees(gold_date, predicted: Optional[str]) -> bool:
    if gold_date is None:
        return True
    gold = str(gold_date)
    return bool(predicted) and predicted[: len(gold)] == gold


def _entity_found(gold: dict, pred: Predictions) -> bool:
    forms = {normalise_name(gold["name"])}
    gold_type = gold.get("type")
    for entity in pred.x.entities.values():
        if normalise_name(entity.name) in forms and (not gold_type or entity.type == gold_type):
            if gold.get("code") and entity.code and entity.code != gold["code"]:
                continue
            return True
    return False


def _role_found(person: dict, role: dict, pred: Predictions, names: GoldNames) -> bool:
    for r in pred.x.roles:
        if not names.matches(person["name"], pred.names_of(r.person_key)):
            continue
        if normalise_name(role["title"]) not in normalise_name(r.title) and normalise_name(r.title) not in normalise_name(role["title"]):
            continue
        if role.get("of") and not names.matches(role["of"], pred.names_of(r.of_key, r.of_name)):
            continue
        return True
    return False


def _event_found(gold: dict, pred: Predictions, names: GoldNames) -> bool:
    evidence = [normalise_name(e) for e in _as_list(gold.get("evidence"))]
    for e in pred.x.events:
        if e.type not in gold.get("types", []):
            continue
        if e.status == "negated":
            continue
        if not _date_agrees(gold.get("date"), e.date):
            continue
        sentence = normalise_name(pred.sentence(e.sentence_start, e.sentence_end))
        if evidence and not any(ev in sentence for ev in evidence):
            continue
        # a person acting for a state matches that state as well as themself
        src = pred.names_of(e.source_key, e.source_text) | pred.names_of(e.source_affiliation_key)
        tgt = pred.names_of(e.target_key, e.target_text) | pred.names_of(e.target_affiliation_key)

        def actors(s_names, t_names):
            ok_s = any(names.matches(g, s_names) for g in _as_list(gold.get("source")))
            ok_t = any(names.matches(g, t_names) for g in _as_list(gold.get("target")))
            return ok_s and ok_t

        if actors(src, tgt) or (gold.get("symmetric") and actors(tgt, src)):
            return True
    return False


def _statement_found(gold: dict, pred: Predictions, names: GoldNames) -> bool:
    fragment = normalise_name(gold["text"])
    for s in pred.x.statements:
        if fragment not in normalise_name(s.content):
            continue
        speaker_names = pred.names_of(s.speaker_key, s.speaker_text)
        if gold["speaker"] and not names.matches(gold["speaker"], speaker_names):
            # a speaker not listed among entities matches on its text
            if not any(normalise_name(gold["speaker"]) in normalise_name(n) for n in speaker_names):
                continue
        if "via" in gold and gold["via"] is not None:
            if not names.matches(gold["via"], pred.names_of(s.via_key, s.via)):
                continue
        return True
    return False


def _recall(items: list[tuple[dict, bool]]) -> dict:
    core = [found for gold, found in items if gold.get("core")]
    return {
        "core_recall": (sum(core) / len(core)) if core else 1.0,
        "recall": (sum(f for _, f in items) / len(items)) if items else 1.0,
        "core_found": sum(core), "core_total": len(core),
        "found": sum(f for _, f in items), "total": len(items),
        "missed": [_describe(g) for g, f in items if not f],
    }


def _describe(gold: dict) -> str:
    for key in ("id", "name", "text", "title"):
        if gold.get(key):
            return str(gold[key])
    return json.dumps(gold, ensure_ascii=False, default=str)[:80]


def _must_not(gold: dict, pred: Predictions) -> list[str]:
    violations = []
    rules = gold.get("must_not") or {}
    for rule in rules.get("entities", []) or []:
        name = normalise_name(rule["name"])
        for entity in pred.x.entities.values():
            if normalise_name(entity.name) == name and (not rule.get("type") or entity.type == rule["type"]):
                violations.append(f"entity {entity.name!r} ({entity.type})")
        for mention in pred.x.mentions:
            if normalise_name(mention.text) == name and not mention.entity_key and (not rule.get("type") or mention.type == rule["type"]):
                violations.append(f"mention {mention.text!r} ({mention.type}) at {mention.start}")
    banned = set(rules.get("event_types", []) or [])
    for e in pred.x.events:
        if e.type in banned:
            violations.append(f"event {e.type} on {e.trigger!r} at {e.trigger_start}")
    return sorted(set(violations))


def load_gold(path: Path) -> dict:
    try:
        gold = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise EvalInputError(f"cannot read gold facts: {exc}".splitlines()[0], source=str(path)) from exc
    if not isinstance(gold, dict) or "article" not in gold:
        raise EvalInputError("not a gold facts file (no 'article' section)", source=str(path))
    return gold


def read_gold_article(gold: dict, gold_path: Path):
    """The gold's article through newsgraph's intake (furniture removed, date inferred)."""
    from newsgraph.intake import IntakeOptions, read_sources

    article_path = (Path(gold_path).parent / gold["article"]["file"]).resolve()
    for item in read_sources([str(article_path)], IntakeOptions(fetch_pages=False)):
        if isinstance(item, Exception):
            raise EvalInputError(f"cannot read the gold article: {item}", source=str(article_path))
        return item
    raise EvalInputError("the gold article yielded nothing", source=str(article_path))


def score(gold: dict, text: str, extraction: Extraction) -> dict[str, Any]:
    """Score one extraction against one gold file."""
    pred = Predictions(text, extraction)
    names = GoldNames(gold.get("entities") or [])
    entities = gold.get("entities") or []
    roles = [(person, role) for person in entities for role in _as_list(person.get("roles"))]
    result = {
        "entities": _recall([(g, _entity_found(g, pred)) for g in entities]),
        "roles": _recall([({**role, "name": f"{person['name']}: {role['title']}"}, _role_found(person, role, pred, names))
                          for person, role in roles]),
        "events": _recall([(g, _event_found(g, pred, names)) for g in gold.get("events") or []]),
        "statements": _recall([(g, _statement_found(g, pred, names)) for g in gold.get("quotes") or []]),
        "must_not_violations": _must_not(gold, pred),
    }
    return result


def evaluate(path, predictions_dir=None, limit=None) -> dict[str, Any]:
    """Run the pipeline on the gold file's article and score it (``limit`` is unused)."""
    from newsgraph.batch import reference_date
    from newsgraph.intake.dates import date_order_for
    from newsgraph.nlp.pipeline import extract

    path = Path(path)
    gold = load_gold(path)
    article = read_gold_article(gold, path)
    published = article.published.isoformat() if article.published else None
    extraction = extract(article.text, reference_date(published, article.raw_metadata),
                         date_order=date_order_for(article.language, article.url))
    result = score(gold, article.text, extraction)
    result["article"] = {"title": article.title, "outlet": article.outlet, "published": published,
                         "published_inferred": article.published_inferred,
                         "furniture_in_body": [b for b in gold["article"].get("boilerplate_not_content") or []
                                               if b in article.text]}
    if predictions_dir:
        out = Path(predictions_dir)
        out.mkdir(parents=True, exist_ok=True)
        (out / (path.stem + ".predicted.yaml")).write_text(
            yaml.safe_dump(extraction_as_gold(article, extraction), allow_unicode=True, sort_keys=False), encoding="utf-8")
    return result


def extraction_as_gold(article, extraction: Extraction) -> dict:
    """Our extraction written in the gold facts format, so it can be diffed and re-scored."""
    names = {k: e.name for k, e in extraction.entities.items()}
    roles_by_person: dict[str, list] = {}
    for r in extraction.roles:
        roles_by_person.setdefault(r.person_key, []).append({"title": r.title, "of": names.get(r.of_key, r.of_name)})
    return {
        "article": {"title": article.title, "outlet": article.outlet,
                    "published": article.published.date().isoformat() if article.published else None},
        "entities": [{"name": e.name, "type": e.type, **({"code": e.code} if e.code else {}),
                      "aliases": sorted(set(e.aliases) - {e.name}), "roles": roles_by_person.get(k, [])}
                     for k, e in extraction.entities.items()],
        "events": [{"types": [e.type], "mode": e.mode, "source": names.get(e.source_key, e.source_text),
                    "target": names.get(e.target_key, e.target_text), "date": e.date, "location": e.location,
                    "status": e.status, "evidence": article.text[e.sentence_start:e.sentence_end]}
                   for e in extraction.events],
        "quotes": [{"speaker": names.get(s.speaker_key, s.speaker_text), "kind": s.kind, "cue": s.cue,
                    "via": names.get(s.via_key, s.via), "date": s.date, "text": s.content}
                   for s in extraction.statements],
    }
