"""`newsgraph eval facts GOLD.yaml|DIR`: hand-annotated facts of real articles, matched with ours.

The gold format is described in ../shared/gold/README.md. The article is read through
newsgraph's own intake (so page furniture and date inference count) and extracted with the
full pipeline. Names compare case-, accent- and apostrophe-insensitively.

Every file gives recall of its gold entities, roles, events and statements (``core_recall``,
``recall``: the keys the gate holds for the seed article) and its ``must_not`` violations.

An *exhaustive* file (``article.exhaustive: true``) also gives precision, recall and F1, each
prediction matched one-to-one with a gold fact (``matching.assign``):

- events, two levels. ``found``: a listed type, the supporting sentence (or one of the event's
  ``evidence_spans``) holds a gold evidence fragment, and at least one named gold actor right.
  ``correct``: found, and both actors right (a null gold actor matches anything), the date
  agreeing at the gold precision and the status equal (gold default ``asserted``).
- statements, two levels. ``found``: the speaker right and the content overlapping the gold text
  (the content holds the gold fragment, or a run of words covering at least half of it).
  ``correct``: found, and the cue and the via right where the gold gives them (not null).
- entities: a predicted entity of a type the gold format uses (person, organization, country,
  place, region, equipment; numbers and NORP groups are not entities there) matches a gold
  entity when one of its names (canonical name or alias) equals one of the gold entity's names
  (name or alias; a leading "the" ignored) and the types agree, country, place and region
  counting as one (the line between them is a coder's call: "Hong Kong", a capital standing
  for its state). ``name_only`` gives the same without the type check, for diagnosis.

An actor is right when one of its names (the entity's name, aliases and mention texts, the
state it acts for) equals the gold actor's name or an alias; a gold actor that is not a listed
entity (an unnamed "security experts") matches on its text, contained in a predicted name.

A gold fact matched by several predictions counts once; the others are false positives and are
also counted as ``duplicates``. Optional gold facts follow the gold README: a prediction matched
to one is right for precision (counted as ``neutral``) and missing one is no false negative.
Precision is None (undefined) with nothing predicted, recall None with nothing to find.
Over a directory the figures are micro-averaged over the exhaustive files (``macro`` gives the
mean over the articles where the figure is defined) and non-exhaustive files only add to the
recall keys.

Event calibration (``calibration.calibration_table``): each produced event's confidence against
whether it is right. *Right* = a true positive at the ``found`` level (matched to a required gold
event and not a duplicate); events matched to optional gold events are left out. ``ece_correct``
is the same with the ``correct`` level, the one event confidence estimates
(``scripts/fit_event_calibration.py``): the gate holds its ceiling, and the CLI tables show it.
"""

from __future__ import annotations

import difflib
import json
import math
import re
from pathlib import Path
from typing import Any, Iterable, Optional

import yaml

from newsgraph.errors import EvalInputError
from newsgraph.eval.calibration import calibration_table
from newsgraph.eval.matching import Matching, assign, prf, scores_from_counts
from newsgraph.nlp.types import Extraction
from newsgraph.textfold import strip_diacritics

SECTIONS = ("entities", "roles", "events", "statements")


def normalise_name(text: Optional[str]) -> str:
    """Lower case, no accents, no apostrophes or punctuation, single spaces."""
    if not text:
        return ""
    text = strip_diacritics(text)
    text = re.sub(r"[’'`´]s\b", "", text.lower())
    text = re.sub(r"[’'`´]", "", text)
    text = re.sub(r"[^\w\s-]", " ", text)
    return " ".join(text.split())


def _without_article(normalised: str) -> str:
    """"the union of ..." and "union of ..." name the same body."""
    return normalised[4:] if normalised.startswith("the ") else normalised


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
        forms = forms | {_without_article(f) for f in forms}
        return any(normalise_name(p) in forms or _without_article(normalise_name(p)) in forms
                   for p in predicted_names if p)

    def actor_matches(self, gold_name: str, predicted_names: Iterable[Optional[str]]) -> bool:
        """A listed entity matches on its name and aliases; any other gold actor (an unnamed
        "security experts") on its text, contained in a predicted name."""
        predicted = [p for p in predicted_names if p]
        if self.matches(gold_name, predicted):
            return True
        wanted = normalise_name(gold_name)
        if not wanted or wanted in self.forms:
            return False
        return any(f" {wanted} " in f" {normalise_name(p)} " for p in predicted)


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
        # a gold speaker may be a list (any one matches); one not listed among entities
        # matches on its text
        if gold["speaker"] and not any(
                names.matches(g, speaker_names) or any(normalise_name(g) in normalise_name(n) for n in speaker_names if n)
                for g in _as_list(gold["speaker"])):
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
        "gold_found": sum(f for _, f in items), "gold_total": len(items),
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


# entity types of the gold format; numbers (money, percent, quantity) and NORP groups are not entities there
GOLD_ENTITY_TYPES = ("person", "organization", "country", "place", "region", "equipment")
_TYPE_CLASS = {"country": "geo", "place": "geo", "region": "geo"}


def _event_actor_names(pred: Predictions, e, side: str) -> set[str]:
    """Names of an event's source or target: the entity's, and the state or body it acts for."""
    names = pred.names_of(getattr(e, f"{side}_key"), getattr(e, f"{side}_text"))
    names |= pred.names_of(getattr(e, f"{side}_affiliation_key", None))
    acts_for = getattr(e, f"{side}_acts_for", None)  # ISO3, key or name, where the extraction gives it
    if acts_for and len(acts_for) == 3 and acts_for.isupper() and f"country:{acts_for}" in pred.names:
        acts_for = f"country:{acts_for}"
    if acts_for:
        names |= pred.names_of(acts_for if acts_for in pred.names else None, acts_for)
    return names


def _event_levels(gold: dict, e, pred: Predictions, names: GoldNames) -> tuple[bool, bool]:
    """(found, correct) of produced event ``e`` against gold event ``gold`` (module docstring)."""
    if e.type not in (gold.get("types") or []):
        return False, False
    evidence = [normalise_name(x) for x in _as_list(gold.get("evidence"))]
    if evidence:
        spans = [(e.sentence_start, e.sentence_end), *(getattr(e, "evidence_spans", None) or [])]
        texts = [normalise_name(pred.text[start:end]) for start, end in spans]
        if not any(ev in t for ev in evidence for t in texts):
            return False, False
    src, tgt = _event_actor_names(pred, e, "source"), _event_actor_names(pred, e, "target")

    def actor_ok(gold_actors, predicted):  # None: the gold names no actor
        gold_actors = _as_list(gold_actors)
        return any(names.actor_matches(g, predicted) for g in gold_actors) if gold_actors else None

    found = correct = False
    for s_names, t_names in [(src, tgt)] + ([(tgt, src)] if gold.get("symmetric") else []):
        ok_s, ok_t = actor_ok(gold.get("source"), s_names), actor_ok(gold.get("target"), t_names)
        level_found = ok_s is True or ok_t is True
        found |= level_found
        correct |= (level_found and ok_s is not False and ok_t is not False
                    and _date_agrees(gold.get("date"), e.date) and (gold.get("status") or "asserted") == e.status)
    return found, correct


def _overlaps(gold_text: str, content: str) -> bool:
    """The content holds the gold fragment, or a run of words covering at least half of it."""
    g, c = normalise_name(gold_text).split(), normalise_name(content).split()
    if not g or not c:
        return False
    if f" {' '.join(g)} " in f" {' '.join(c)} ":
        return True
    run = difflib.SequenceMatcher(None, g, c, autojunk=False).find_longest_match(0, len(g), 0, len(c)).size
    return run >= max(1, math.ceil(len(g) / 2))


def _same_words(gold: str, predicted: Optional[str]) -> bool:
    """Cue words agree: one holds the other ("called for" / "called", "are concerned" / "concerned")."""
    a, b = normalise_name(gold), normalise_name(predicted)
    return bool(a and b) and (f" {a} " in f" {b} " or f" {b} " in f" {a} ")


def _statement_levels(gold: dict, s, pred: Predictions, names: GoldNames) -> tuple[bool, bool]:
    """(found, correct) of produced statement ``s`` against gold quote ``gold`` (module docstring)."""
    # speaker, text, cue and via may be lists: any one of them matches
    if not any(_overlaps(text, s.content or "") for text in _as_list(gold.get("text"))):
        return False, False
    speakers = pred.names_of(s.speaker_key, s.speaker_text)
    if gold.get("speaker") and not any(names.actor_matches(g, speakers) for g in _as_list(gold["speaker"])):
        return False, False
    correct = True
    if gold.get("cue") is not None and not any(_same_words(cue, s.cue) for cue in _as_list(gold["cue"])):
        correct = False
    vias = pred.names_of(s.via_key, s.via)
    if gold.get("via") is not None and not any(names.actor_matches(g, vias) for g in _as_list(gold["via"])):
        correct = False
    return True, correct


def _entity_levels(gold: dict, entity) -> tuple[bool, bool]:
    """(found, name_only): a name in common and the types agreeing; a name in common only."""
    gold_forms = {_without_article(normalise_name(n)) for n in [gold["name"], *_as_list(gold.get("aliases"))]}
    forms = {_without_article(normalise_name(n)) for n in [entity.name, *(entity.aliases or [])]}
    named = bool(gold_forms & forms - {""})
    gold_type = gold.get("type")
    same_type = not gold_type or _TYPE_CLASS.get(gold_type, gold_type) == _TYPE_CLASS.get(entity.type, entity.type)
    return named and same_type, named


def _level(matching: Matching, exhaustive: bool) -> dict:
    scores = matching.scores()
    if not exhaustive:  # the gold does not list everything: no precision
        scores = {**scores, "precision": None, "f1": None, "fp": None, "duplicates": None}
    return scores


def _describe_event(e, pred: Predictions) -> str:
    entities = pred.x.entities
    src = entities[e.source_key].name if e.source_key in entities else e.source_text
    tgt = entities[e.target_key].name if e.target_key in entities else e.target_text
    return f"{e.type} {src} -> {tgt} on {e.trigger!r} at {e.trigger_start}"


def _describe_statement(s) -> str:
    return f"{s.speaker_text or s.speaker_key}: {(s.content or '')[:60]!r}"


def _precision_sections(gold: dict, pred: Predictions, names: GoldNames, exhaustive: bool) -> tuple[dict, list]:
    """events / statements / entities at their levels, and the events' (confidence, right found,
    right correct) triples (right None: matched to an optional gold event at that level)."""
    out: dict[str, dict] = {}
    gold_events = gold.get("events") or []
    events = pred.x.events
    order = sorted(range(len(events)), key=lambda i: -float(getattr(events[i], "confidence", 0.5) or 0.0))
    pairs_by_level = {}
    for section, golds, items, levels_of, describe in (
            ("events", gold_events, events, _event_levels, lambda x: _describe_event(x, pred)),
            ("statements", gold.get("quotes") or [], pred.x.statements, _statement_levels, _describe_statement)):
        optional = {i for i, g in enumerate(golds) if g.get("optional")}
        levels = [[levels_of(g, x, pred, names) for g in golds] for x in items]
        section_out: dict[str, Any] = {}
        for index, level in enumerate(("found", "correct")):
            edges = [[gi for gi, lv in enumerate(row) if lv[index]] for row in levels]
            matching = assign(edges, optional, len(golds), order if section == "events" else None)
            section_out[level] = _level(matching, exhaustive)
            if level == "found":
                section_out["duplicates"] = section_out["found"]["duplicates"]
                if exhaustive:
                    section_out["false_positives"] = [describe(items[i]) for i in matching.false_positives]
                section_out["missed_found"] = [_describe(golds[g]) for g in matching.missed]
            if section == "events":
                tp, neutral = set(matching.true_positives), set(matching.neutral)
                pairs_by_level[level] = [None if i in neutral else (i in tp) for i in range(len(items))]
        out[section] = section_out
    pairs = [(float(getattr(e, "confidence", 0.5) or 0.0), pairs_by_level["found"][i], pairs_by_level["correct"][i])
             for i, e in enumerate(events)]

    gold_entities = gold.get("entities") or []
    entities = [e for e in pred.x.entities.values() if e.type in GOLD_ENTITY_TYPES]
    levels = [[_entity_levels(g, e) for g in gold_entities] for e in entities]
    name_only = assign([[gi for gi, lv in enumerate(row) if lv[1]] for row in levels], set(), len(gold_entities))
    matching = assign([[gi for gi, lv in enumerate(row) if lv[0]] for row in levels], set(), len(gold_entities))
    out["entities"] = {"found": _level(matching, exhaustive), "name_only": _level(name_only, exhaustive),
                       "duplicates": _level(matching, exhaustive)["duplicates"]}
    if exhaustive:
        out["entities"]["false_positives"] = [f"{entities[i].name} ({entities[i].type})" for i in matching.false_positives]
    out["entities"]["missed_found"] = [_describe(gold_entities[g]) for g in matching.missed]
    return out, pairs


def _calibration(pairs: list) -> dict:
    found = calibration_table([(c, r) for c, r, _ in pairs if r is not None])
    correct = calibration_table([(c, r) for c, _, r in pairs if r is not None])
    return {"ece": found["ece"], "ece_correct": correct["ece"], "n": found["n"], "bins": found["bins"],
            "bins_correct": correct["bins"]}


def score(gold: dict, text: str, extraction: Extraction) -> dict[str, Any]:
    """Score one extraction against one gold file (see the module docstring for the keys)."""
    result, _ = _score(gold, text, extraction)
    return result


def _score(gold: dict, text: str, extraction: Extraction) -> tuple[dict[str, Any], list]:
    pred = Predictions(text, extraction)
    names = GoldNames(gold.get("entities") or [])
    entities = gold.get("entities") or []
    roles = [(person, role) for person in entities for role in _as_list(person.get("roles"))]
    exhaustive = bool((gold.get("article") or {}).get("exhaustive"))
    result = {
        "exhaustive": exhaustive,
        "entities": _recall([(g, _entity_found(g, pred)) for g in entities]),
        "roles": _recall([({**role, "name": f"{person['name']}: {role['title']}"}, _role_found(person, role, pred, names))
                          for person, role in roles]),
        "events": _recall([(g, _event_found(g, pred, names)) for g in gold.get("events") or []]),
        "statements": _recall([(g, _statement_found(g, pred, names)) for g in gold.get("quotes") or []]),
        "must_not_violations": _must_not(gold, pred),
    }
    sections, pairs = _precision_sections(gold, pred, names, exhaustive)
    for section, values in sections.items():
        result[section].update(values)
    if exhaustive:
        result["calibration"] = _calibration(pairs)
    return result, pairs


def evaluate(path, predictions_dir=None, limit=None) -> dict[str, Any]:
    """Score a gold file, or every ``*.yaml`` gold file of a directory (``limit``: the first N files).

    A directory gives ``{"events": {"found": {...}, "correct": {...}, "duplicates", "macro", ...},
    "statements": {...}, "entities": {...}, "roles": {...}, "calibration": {...}, "n_articles"
    (exhaustive files in the precision figures), "n_files", "per_article": [...],
    "must_not_violations"}``. Raises EvalInputError for a path that is neither.
    """
    path = Path(path)
    if path.is_dir():
        files = sorted(path.glob("*.yaml"))[:limit] if limit else sorted(path.glob("*.yaml"))
        if not files:
            raise EvalInputError("no gold facts files (*.yaml) in the directory", source=str(path))
        return combine([(f.stem, *_evaluate_file(f, predictions_dir)) for f in files])
    result, _ = _evaluate_file(path, predictions_dir)
    return result


def _extract(article) -> Extraction:
    """Extract a gold article as an ingest would: the same reference day (dateline, publisher's
    local day) and day/month order."""
    from newsgraph.batch import reference_date
    from newsgraph.intake.dates import date_order_for
    from newsgraph.nlp.pipeline import extract

    published = article.published.isoformat() if article.published else None
    return extract(article.text, reference_date(published, article.raw_metadata),
                   date_order=date_order_for(article.language, article.url), outlet=article.outlet,
                   title=article.title)


def _evaluate_file(path: Path, predictions_dir=None) -> tuple[dict[str, Any], list]:
    gold = load_gold(path)
    article = read_gold_article(gold, path)
    published = article.published.isoformat() if article.published else None
    extraction = _extract(article)
    result, pairs = _score(gold, article.text, extraction)
    result["article"] = {"title": article.title, "outlet": article.outlet, "published": published,
                         "published_inferred": article.published_inferred,
                         "furniture_in_body": [b for b in gold["article"].get("boilerplate_not_content") or []
                                               if b in article.text]}
    if predictions_dir:
        out = Path(predictions_dir)
        out.mkdir(parents=True, exist_ok=True)
        (out / (path.stem + ".predicted.yaml")).write_text(
            yaml.safe_dump(extraction_as_gold(article, extraction), allow_unicode=True, sort_keys=False), encoding="utf-8")
    return result, pairs


def labelled_events(path, recall_only: bool = False) -> list[dict]:
    """Every event the pipeline produces on the exhaustive gold files at ``path`` (a file or a
    directory), labelled for calibration: ``[{"article": file stem, "exhaustive": bool, "event":
    Event, "right": bool or None, "right_correct": bool or None}]`` where right = a true positive
    at the found level (None: matched to an optional gold event, so neither). With
    ``recall_only`` the files that are not exhaustive come too, but only their events that match
    a gold event are labelled (right True); the others are unknown (None), since such a file does
    not list everything. For fitting a confidence map; never fit on the files you report."""
    path = Path(path)
    files = sorted(path.glob("*.yaml")) if path.is_dir() else [path]
    out = []
    for file in files:
        gold = load_gold(file)
        exhaustive = bool((gold.get("article") or {}).get("exhaustive"))
        if not exhaustive and not recall_only:
            continue
        article = read_gold_article(gold, file)
        extraction = _extract(article)
        _, pairs = _score(gold, article.text, extraction)
        for e, (_, found, correct) in zip(extraction.events, pairs):
            if not exhaustive:
                found, correct = (True if found else None), (True if correct else None)
            out.append({"article": file.stem, "exhaustive": exhaustive, "event": e,
                        "right": found, "right_correct": correct})
    return out


_COUNTS = ("tp", "fp", "fn", "neutral", "duplicates")


def combine(scored: list[tuple[str, dict, list]]) -> dict[str, Any]:
    """Micro- and macro-averaged figures over several scored files: (name, score result, pairs)."""
    exhaustive = [(name, r) for name, r, _ in scored if r["exhaustive"]]
    out: dict[str, Any] = {}
    for section in ("events", "statements", "entities", "roles"):
        rows = [r[section] for _, r, _ in scored]
        core_found, core_total = sum(x["core_found"] for x in rows), sum(x["core_total"] for x in rows)
        gold_found, gold_total = sum(x["gold_found"] for x in rows), sum(x["gold_total"] for x in rows)
        sec: dict[str, Any] = {"core_recall": core_found / core_total if core_total else 1.0,
                               "recall": gold_found / gold_total if gold_total else 1.0,
                               "core_found": core_found, "core_total": core_total,
                               "gold_found": gold_found, "gold_total": gold_total}
        if section != "roles":
            levels = ("found", "correct") if section != "entities" else ("found", "name_only")
            macro = {}
            for level in levels:
                counts = {k: sum(r[section][level][k] for _, r in exhaustive) for k in _COUNTS}
                sec[level] = {**scores_from_counts(counts), **counts}
                macro[level] = {k: _mean([r[section][level][k] for _, r in exhaustive])
                                for k in ("precision", "recall", "f1")}
            sec["duplicates"] = sec["found"]["duplicates"]
            sec["macro"] = macro
        out[section] = sec
    out["calibration"] = _calibration([p for (_, r, pairs) in scored if r["exhaustive"] for p in pairs])
    out["n_articles"] = len(exhaustive)
    out["n_files"] = len(scored)
    out["non_exhaustive"] = [name for name, r, _ in scored if not r["exhaustive"]]
    out["per_article"] = [_article_row(name, r) for name, r, _ in scored]
    out["must_not_violations"] = [f"{name}: {v}" for name, r, _ in scored for v in r["must_not_violations"]]
    return out


def _mean(values: list) -> Optional[float]:
    """Mean of the defined values (an article with nothing predicted has no precision)."""
    values = [v for v in values if v is not None]
    return sum(values) / len(values) if values else None


def _article_row(name: str, r: dict) -> dict:
    row: dict[str, Any] = {"article": name, "exhaustive": r["exhaustive"]}
    for section in ("events", "statements", "entities"):
        row[section] = {level: {k: r[section][level][k] for k in ("precision", "recall", "f1", "tp", "fp", "fn")}
                        for level in (("found", "correct") if section != "entities" else ("found",))}
        row[section]["duplicates"] = r[section]["duplicates"]
    row["ece"] = (r.get("calibration") or {}).get("ece")
    row["ece_correct"] = (r.get("calibration") or {}).get("ece_correct")
    return row


def article_table(metrics: dict) -> tuple[list[str], list[list[str]]]:
    """Columns and rows of the per-article table of a directory's result (for the CLI)."""
    def f(x):
        return "-" if x is None else f"{x:.2f}"

    columns = ["article", "ev P", "ev R", "ev F1", "ev corr F1", "ev dup", "st P", "st R", "st F1",
               "st corr F1", "ent P", "ent R", "ent F1", "ECE corr"]
    rows = []
    for row in metrics["per_article"]:
        ev, st, en = row["events"], row["statements"], row["entities"]
        rows.append([row["article"] + ("" if row["exhaustive"] else " (recall only)"),
                     f(ev["found"]["precision"]), f(ev["found"]["recall"]), f(ev["found"]["f1"]),
                     f(ev["correct"]["f1"]), "-" if ev["duplicates"] is None else str(ev["duplicates"]),
                     f(st["found"]["precision"]), f(st["found"]["recall"]), f(st["found"]["f1"]),
                     f(st["correct"]["f1"]), f(en["found"]["precision"]), f(en["found"]["recall"]),
                     f(en["found"]["f1"]), f(row["ece_correct"])])
    for label, key in (("micro", None), ("macro", "macro")):
        ev = metrics["events"] if key is None else metrics["events"]["macro"]
        st = metrics["statements"] if key is None else metrics["statements"]["macro"]
        en = metrics["entities"] if key is None else metrics["entities"]["macro"]
        rows.append([f"{label} ({metrics['n_articles']} exhaustive)",
                     f(ev["found"]["precision"]), f(ev["found"]["recall"]), f(ev["found"]["f1"]), f(ev["correct"]["f1"]),
                     str(metrics["events"]["duplicates"]) if key is None else "",
                     f(st["found"]["precision"]), f(st["found"]["recall"]), f(st["found"]["f1"]), f(st["correct"]["f1"]),
                     f(en["found"]["precision"]), f(en["found"]["recall"]), f(en["found"]["f1"]),
                     f(metrics["calibration"]["ece_correct"]) if key is None else ""])
    return columns, rows


def calibration_rows(calibration: dict) -> tuple[list[str], list[list[str]]]:
    """Columns and rows of the event calibration table (for the CLI): confidence against the
    correct level (what it estimates), with the share right at the found level beside it."""
    found = {(b["low"], b["high"]): b["share_right"] for b in calibration["bins"]}
    return (["confidence", "events", "mean confidence", "share correct", "share found"],
            [[f"{b['low']:.1f}-{b['high']:.1f}", str(b["count"]), f"{b['mean_confidence']:.3f}", f"{b['share_right']:.3f}",
              "-" if (b["low"], b["high"]) not in found else f"{found[(b['low'], b['high'])]:.3f}"]
             for b in calibration["bins_correct"]])


def _actor(extraction: Extraction, key: Optional[str], text: Optional[str], acts_for: Optional[str],
           affiliation_key: Optional[str], sector: Optional[str]) -> dict:
    """An event actor in the predicted-gold format: ``{name, acts_for, sector}``.

    ``acts_for`` is the state or body the actor acts for: the event's own ``*_acts_for`` where
    the extraction gives it (a key or a name), else its ``*_affiliation_key``, else the entity's
    ``acts_for``; ``sector`` the event's ``*_sector``, else the entity's; null when unknown."""
    entities = extraction.entities
    entity = entities.get(key) if key else None
    acts_for = acts_for or affiliation_key or getattr(entity, "acts_for", None)
    if acts_for in entities:
        acts_for = entities[acts_for].name
    return {"name": entity.name if entity else text, "acts_for": acts_for,
            "sector": sector or getattr(entity, "sector", None)}


def extraction_as_gold(article, extraction: Extraction) -> dict:
    """Our extraction written in the gold facts format, so it can be diffed and re-scored.

    Event actors are ``{name, acts_for, sector}`` (see ``_actor``); statements keep their cue,
    via and date; events carry their status and confidence."""
    names = {k: e.name for k, e in extraction.entities.items()}
    roles_by_person: dict[str, list] = {}
    for r in extraction.roles:
        roles_by_person.setdefault(r.person_key, []).append({"title": r.title, "of": names.get(r.of_key, r.of_name)})

    def actor(e, side):
        return _actor(extraction, getattr(e, f"{side}_key"), getattr(e, f"{side}_text"),
                      getattr(e, f"{side}_acts_for", None), getattr(e, f"{side}_affiliation_key", None),
                      getattr(e, f"{side}_sector", None))

    return {
        "article": {"title": article.title, "outlet": article.outlet,
                    "published": article.published.date().isoformat() if article.published else None},
        "entities": [{"name": e.name, "type": e.type, **({"code": e.code} if e.code else {}),
                      "aliases": sorted(set(e.aliases) - {e.name}), "roles": roles_by_person.get(k, [])}
                     for k, e in extraction.entities.items()],
        "events": [{"types": [e.type], "mode": e.mode, "source": actor(e, "source"), "target": actor(e, "target"),
                    "date": e.date, "location": e.location, "status": e.status,
                    "confidence": getattr(e, "confidence", None),
                    "evidence": article.text[e.sentence_start:e.sentence_end]}
                   for e in extraction.events],
        "quotes": [{"speaker": names.get(s.speaker_key, s.speaker_text), "kind": s.kind, "cue": s.cue,
                    "via": names.get(s.via_key, s.via), "date": s.date, "text": s.content}
                   for s in extraction.statements],
    }
