"""Observations: what one article saw of an entity, keyed by the article (no global key).

An observation is the article's cluster of mentions of one entity (``<article_id>:<entity
key>``), or the article's publisher (``<article_id>:outlet``). It carries the evidence an
analyst weighs when asking whether two observations are one actor: names, role titles and
what they are of, country, the entities it appears with, and the words around it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from newsgraph.identity.names import NormName, normalise, outlet_name, settings, words
from newsgraph.identity.states import observed_states

# Types worth an identity across articles; amounts and percentages are not actors.
RESOLVED_TYPES = ("person", "organization", "group", "country", "place", "region", "equipment")
OUTLET_KEY = "outlet"
# Organisations and groups: many states have a body of the same name ("National Police",
# "Cyber Command", "National Security Council"), so a state conflict outweighs any name match
BODY_TYPES = ("organization", "group")


@dataclass
class Observation:
    obs_key: str
    article_id: int
    entity_key: str
    kind: str                     # entity | outlet
    name: str
    type: str
    norm: NormName
    code: Optional[str] = None
    country: Optional[str] = None
    aliases: list[str] = field(default_factory=list)
    mention_count: int = 0
    titles: list[str] = field(default_factory=list)
    role_of: list[str] = field(default_factory=list)
    neighbours: list[str] = field(default_factory=list)
    context: dict[str, int] = field(default_factory=dict)
    states: dict[str, int] = field(default_factory=dict)    # states the article gave it (acts_for), with counts
    sectors: dict[str, int] = field(default_factory=dict)   # sectors likewise

    def placed_state(self) -> tuple[Optional[str], str]:
        """(ISO3, how it was read) of the state this observation belongs to: its own country (the
        name's qualifier, the entity row, a role of a country), else, for a body, the one state
        its article's events and statements gave it ("the Ukrainian Border Guard Service and
        National Police": the linker placed the police in UKR though the key is bare). A body the
        article placed in several states has none. ``(None, "")`` when unplaced."""
        if self.country:
            return self.country, ""
        if self.type in BODY_TYPES and len(self.states) == 1:
            return next(iter(self.states)), " (its article's events)"
        return None, ""

    def features(self) -> dict:
        return {"names": sorted({self.name, *self.aliases}), "titles": self.titles, "role_of": self.role_of,
                "neighbours": self.neighbours, "context": self.context, "country": self.country,
                "state": self.norm.state, "states": self.states, "sectors": self.sectors,
                "placed_state": self.placed_state()[0]}

    def row(self) -> dict:
        return {"obs_key": self.obs_key, "article_id": self.article_id, "entity_key": self.entity_key,
                "kind": self.kind, "name": self.name, "norm_name": self.norm.key[:200],
                "surname": (self.norm.surname or None) and self.norm.surname[:100], "type": self.type,
                "code": self.code, "country": self.country, "mention_count": self.mention_count,
                "features": self.features()}


def row_state(country: Optional[str], features) -> Optional[str]:
    """The state a stored observation row belongs to, as ``Observation.placed_state`` read it
    when it was scored: its ``country`` column, else ``features["placed_state"]`` (a bare body
    its article's events placed). What ``scoring.aggregate`` counts and ``resolver.absorb`` /
    ``recluster`` compare, so a bare "National Police" placed in UKR is UKR's whichever article
    is resolved first."""
    return country or (features.get("placed_state") if isinstance(features, dict) else None)


def obs_key(article_id: int, entity_key: str) -> str:
    return f"{article_id}:{entity_key}"


def _title(text: str) -> str:
    return " ".join(words(text))


def _context(text: str, spans: list[tuple[int, int]], sentences: list[tuple[int, int]], limit: int) -> dict[str, int]:
    """Content words of the sentences that mention the entity (the entity's own name included:
    it is shared by every observation of the name and so carries no evidence; left out)."""
    stop = set(settings()["context_stopwords"])
    counts: Counter = Counter()
    chosen = set()
    for start, _end in spans:
        for s in sentences:
            if s[0] <= start < s[1]:
                chosen.add(s)
                break
    own = set()
    for start, end in spans:
        own.update(words(text[start:end]))
    for s0, s1 in chosen:
        for w in words(text[s0:s1]):
            if w not in stop and w not in own and len(w) > 2 and not w.isdigit():
                counts[w] += 1
    return dict(counts.most_common(limit))


def observations_for(article: dict, facts: dict, sentences: list[tuple[int, int]]) -> list[Observation]:
    """The article's observations from its (judged) facts: ``facts`` as
    ``repository.article_facts`` returns them, ``article`` as ``repository.get_article``."""
    cfg = settings()
    article_id = article["id"]
    text = article["text"] or ""
    entity_rows = {e["key"]: e for e in facts.get("entities", [])}
    spans: dict[str, list[tuple[int, int]]] = {}
    names: dict[str, Counter] = {}
    for m in facts.get("mentions", []):
        key = m.get("entity_key")
        if not key:
            continue
        spans.setdefault(key, []).append((m["start"], m["end"]))
        if m.get("kind") in ("name", "alias", None):
            names.setdefault(key, Counter())[" ".join(m["text"].split())] += 1
    titles: dict[str, list[str]] = {}
    role_of: dict[str, list[str]] = {}
    for r in facts.get("roles", []):
        titles.setdefault(r["person_key"], []).append(_title(r["title"]))
        if r.get("of_key"):
            role_of.setdefault(r["person_key"], []).append(r["of_key"])
    observations = []
    for key, entity in entity_rows.items():
        if entity["type"] not in RESOLVED_TYPES or key not in spans:
            continue
        written = names.get(key)
        # the fullest name this article wrote: the global entity row may come from another article
        name = max(written, key=lambda n: (len(words(n)), written[n], len(n))) if written else entity["name"]
        if entity["type"] == "country" and entity.get("name"):
            name = entity["name"]
        norm = normalise(name, entity["type"])
        country = entity.get("code") if entity["type"] == "country" else (entity.get("country") or norm.country)
        for of in role_of.get(key, []):
            if of.startswith("country:") and not country:
                country = of.split(":", 1)[1]
        states, sectors = observed_states(key, facts, text)
        observations.append(Observation(
            obs_key=obs_key(article_id, key), article_id=article_id, entity_key=key, kind="entity", name=name,
            type=entity["type"], norm=norm, code=entity.get("code"), country=country,
            aliases=sorted(set(entity.get("aliases") or []) | set(written or [])),
            mention_count=len(spans[key]), titles=sorted(set(titles.get(key, []))),
            role_of=sorted(set(role_of.get(key, []))),
            context=_context(text, spans[key], sentences, cfg["max_context_terms"]), states=states, sectors=sectors))
    by_count = sorted(observations, key=lambda o: -o.mention_count)
    tags = {o.obs_key: f"{o.type}:{o.code or o.norm.key}" for o in observations}
    for o in observations:
        o.neighbours = [tags[x.obs_key] for x in by_count if x is not o][: cfg["max_neighbours"]]
    if article.get("outlet"):
        name = outlet_name(article["outlet"])
        observations.append(Observation(
            obs_key=obs_key(article_id, OUTLET_KEY), article_id=article_id, entity_key=OUTLET_KEY, kind="outlet",
            name=name, type="organization", norm=normalise(name, "organization"),
            country=normalise(name, "organization").country, aliases=[article["outlet"]]))
    return observations


_SPACES = re.compile(r"\s+")
