"""Is this observation that identity? Evidence an analyst would weigh, each scored and explained.

``compare(obs, identity_features)`` -> ``(score, explanation)``. The score adds log-odds-like
weights from ``resolution.yaml``: name similarity (rapidfuzz), role titles in common or in
conflict, country, the entities each appears with, and the words around it. A foreign minister
who meets foreign ministers is not the striker who scores goals: the same name with conflicting
roles, no common company and no common words stays below the merge threshold. Two people of
one family ("George W." / "George H.W. Bush", "Jr." / "Sr.") weigh ``name_parts_conflict``; two
full names of one surname whose given names disagree ("Jovenel" / "Martine Moïse") are weighed
against each other, not through a bare "Moïse" the identity also holds, and join only with a role
in common (a nickname, "Liz" / "Elizabeth", has the office to show for it); a
full name alike but for its surname's spelling is close ("Volodymyr Zelensky" / "Zelenskyy"),
while a bare or shortened form of another spelling ("Zelensky" / "Volodymyr Zelenskyy") joins
only with a role or state in common.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Optional

from rapidfuzz import fuzz

from newsgraph.identity.names import (NormName, acronym, family_clash, first_names_compatible, normalise,
                                      settings, surname_variant)
from newsgraph.identity.observe import BODY_TYPES, Observation, row_state

SCORER = "newsgraph_resolver"
SCORER_VERSION = "0.1.43"  # 0.1.43: stored output no longer depends on PYTHONHASHSEED: of equally scored names the evidence line names the first in the identity's order of names (most written first), not the first a set of them gave (a bare "Biden" against "Joseph Biden" and "Biden"); family_clash's reason is the first clash in the order the names are given; the resolver scores candidates oldest identity first (blocking queries ordered by id), recluster joins system edges of equal score in key order; graph_edges rows are written in key order; an article's entities are read by type, name and key. Same identities, same scores and judgements; only which tied name an edge's reason names changes; 0.1.42: a person's surname written with its particles only (a name_particles word of resolution.yaml in lower case or hyphenated: "al-Assad", "bin Laden", "van der Berg", "El-Sisi") is a bare surname, no longer a full name whose given name is the particle, so it no longer agrees with every full name of its surname by the tail rule and carries father and son ("Hafez al-Assad" / "Bashar al-Assad") into one identity (names.given_names_differ now holds); a particle written as a given name stays one ("Al Gore"); 0.1.41: leading title words are stripped from a person's name only while two words remain, so a given name that is a title word stays ("Major Garrett", "Emir Kusturica"; "Speaker Nancy Pelosi" is still "nancy pelosi"); 0.1.40: a given name agrees with another name's inner word only where the shorter name is the tail of the longer ("Mike Pyle" / "Economics Mike Pyle"), no longer anywhere before its surname ("Ali Abdullah Saleh" / "Ahmed Ali Saleh", father and son, stay apart); 0.1.31: a person's name is read without the title words before it ("Speaker Nancy Pelosi" is "nancy pelosi") or "Hon."; a given name that is a word of the other name before its surname agrees ("Mike Pyle" / "Economics Mike Pyle"); a full name whose given name disagrees with every full name of its surname in an identity is not matched by that identity's bare surname ("Jovenel" against "Martine Moïse" and "Moïse"), and two full names of one surname with other given names join only with a role in common; absorb and recluster never join two identities whose full names of one surname all differ in given name (names.given_names_differ: a bare "Ortega" no longer joins Daniel and Sol Ortega); 0.1.4: middle initials are letters written with a dot (not an apostrophe piece: "O'Malley"), a leading run of them is the given name ("H.W. Bush" is "hw bush"), and initials are compared only between compatible given names; two full names close by ratio are close before a surname variant is tried (the variant's role-or-state gate holds for bare forms only), and variant surnames are candidates in a query of their own (no longer crowding the exact surname out of its limit); 0.1.3: a bare body's state placed by its article's events is stored on its observation (features placed_state, observe.row_state) and read by aggregate, absorb and recluster as compare reads it, so the order articles are resolved in no longer decides whether two states' bodies join; 0.1.2: differing middle initials or generational suffixes are two people (name_parts_conflict; nor do absorb/recluster join them), and another spelling of a surname is a candidate that joins only with a role or state in common (names.surname_variant); 0.1.1: an organisation or group of another state is another body (country_conflict_body outweighs the name), a bare body name takes the one state its article gave it, and an observation matching two states' bodies joins the better only (resolver.absorb, and no system join in recluster); 0.1.0: first scorer
# evidence lines are written with these words, and _variant_needs_agreement reads them back:
# one constant each, so rewording a reason cannot switch the variant's gate off
VARIANT = "spelling variant"  # the name evidence of two spellings of a surname (names.surname_variant)
SHARED_ROLE = "shared role"
SAME_COUNTRY = "same country"
AGREEMENT = (SHARED_ROLE, SAME_COUNTRY)  # what a spelling variant needs in common to join
SURNAME_ONLY = "same surname only"  # two full names of one surname, given names that disagree


def aggregate(observations: list[dict]) -> dict:
    """An identity's evidence from its observations' ``features`` (rows of ``observations``)."""
    names: Counter = Counter()
    norms: Counter = Counter()
    titles: Counter = Counter()
    countries: Counter = Counter()
    neighbours: Counter = Counter()
    context: Counter = Counter()
    for row in observations:
        f = row.get("features") or {}
        names.update([row["name"]])
        norms.update([row["norm_name"]])
        for alias in f.get("names", []):
            names.update([alias])
        titles.update(f.get("titles", []))
        state = row_state(row.get("country"), f)  # a bare body's placed state counts as compare reads it
        if state:
            countries.update([state])
        neighbours.update(f.get("neighbours", []))
        context.update(f.get("context", {}))
    cfg = settings()
    return {"names": [n for n, _ in names.most_common(20)], "norms": [n for n, _ in norms.most_common(20)],
            "titles": dict(titles.most_common(10)), "countries": dict(countries.most_common(5)),
            "neighbours": dict(neighbours.most_common(cfg["max_neighbours"] * 2)),
            "context": dict(context.most_common(cfg["max_context_terms"] * 2))}


def _cosine(a: dict, b: dict) -> float:
    common = set(a) & set(b)
    if not common:
        return 0.0
    dot = sum(a[k] * b[k] for k in common)
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb) if na and nb else 0.0


def _titles_compatible(a: str, b: str) -> bool:
    """"Foreign Minister" ~ "Minister of Foreign Affairs"; "Secretary" ~ "Secretary of State"."""
    if not a or not b:
        return True
    return fuzz.token_set_ratio(a, b) >= 90


def _name_evidence(obs: Observation, ident: dict, ident_type: str) -> tuple[float, str]:
    w = settings()["weights"]
    mine = obs.norm
    best, why = 0.0, ""
    # in the identity's order of names (most written first, ``aggregate``), each once: the first
    # of equally scored names gives the reason, whatever the hash order of a set would be
    other_norms = list(dict.fromkeys(normalise(n, ident_type) for n in ident.get("names", [])))
    skip_bare = ident_type == "person" and _given_name_disagrees(mine, other_norms)
    for other in other_norms:
        if not other.tokens or not mine.tokens:
            continue
        if skip_bare and len(other.tokens) == 1:
            continue
        if ident_type == "person":
            if mine.key == other.key and len(mine.tokens) >= 2:
                score, reason = w["name_exact"], f"same name '{other.key}'"
            elif mine.surname == other.surname:
                if len(mine.tokens) == 1 or len(other.tokens) == 1:
                    score, reason = w["name_surname"], f"surname '{mine.surname}' of '{other.key}'"
                elif first_names_compatible(mine.tokens, other.tokens):
                    score, reason = w["name_close"], f"close names '{mine.key}' ~ '{other.key}'"
                else:
                    score, reason = w["name_weak"], f"{SURNAME_ONLY} '{mine.surname}'"
            elif len(mine.tokens) >= 2 and len(other.tokens) >= 2 \
                    and fuzz.ratio(mine.key, other.key) >= settings()["name_close_ratio"]:
                # before the variant: a full name spelt otherwise ("Volodymyr Zelensky" /
                # "Zelenskyy") is close on its own, as it was before surname variants
                score, reason = w["name_close"], f"close names '{mine.key}' ~ '{other.key}'"
            elif surname_variant(mine.surname, other.surname) and first_names_compatible(mine.tokens, other.tokens):
                # a bare form ("Zelensky" / "Zelenskyy", "Michel" / "Michele"), where the ratio
                # reads the surname only: weighed as a variant, which needs a role or state in common
                score, reason = w["name_variant"], f"{VARIANT} '{mine.key}' ~ '{other.key}'"
            elif fuzz.ratio(mine.key, other.key) >= settings()["name_close_ratio"]:
                score, reason = w["name_close"], f"close names '{mine.key}' ~ '{other.key}'"
            else:
                continue
        else:
            if mine.key == other.key:
                score, reason = w["name_exact"], f"same name '{other.key}'"
            elif len(mine.tokens) == 1 and len(other.tokens) >= 2 and mine.tokens[0] == acronym(other.tokens):
                score, reason = w["name_close"], f"acronym '{mine.key}' of '{other.key}'"
            elif len(other.tokens) == 1 and len(mine.tokens) >= 2 and other.tokens[0] == acronym(mine.tokens):
                score, reason = w["name_close"], f"acronym '{other.key}' of '{mine.key}'"
            elif fuzz.ratio(mine.key, other.key) >= settings()["name_close_ratio"]:
                score, reason = w["name_close"], f"close names '{mine.key}' ~ '{other.key}'"
            else:
                continue
        if score > best:
            best, why = score, reason
    return best, why


def _given_name_disagrees(mine: NormName, others: list[NormName]) -> bool:
    """Whether ``mine``, a full name, meets full names of its surname among ``others`` and
    agrees in its given name with none ("Jovenel Moïse" against "Martine Moïse"): then the
    bare surname among them ("Moïse") is not a name for ``mine``, which is weighed against the
    full names (the bare form joined on the company it kept, and may be either)."""
    if len(mine.tokens) < 2:
        return False
    full = [o for o in others if len(o.tokens) >= 2 and o.surname == mine.surname]
    return bool(full) and not any(first_names_compatible(mine.tokens, o.tokens) for o in full)


def compare(obs: Observation, ident: dict, ident_type: str, ident_code: Optional[str] = None) -> tuple[float, dict]:
    """Score that ``obs`` is the identity whose aggregated features are ``ident``.

    Returns ``(score, explanation)``; the explanation lists each piece of evidence and its weight.
    """
    cfg = settings()
    w = cfg["weights"]
    if obs.type == "country" or ident_type == "country":
        same = obs.code is not None and obs.code == ident_code
        return (10.0 if same else -10.0), {"evidence": [[f"ISO code {obs.code} vs {ident_code}", 10.0 if same else -10.0]]}
    evidence: list[list] = []
    name_score, why = _name_evidence(obs, ident, ident_type)
    evidence.append([why or "names differ", name_score])
    if obs.type == "person" and ident_type == "person" and name_score > 0:
        clash = family_clash([obs.name, *obs.aliases], ident.get("names", []))
        if clash:
            evidence.append([clash, w["name_parts_conflict"]])
    if obs.type == "person":
        theirs = list(ident.get("titles", {}))
        if obs.titles and theirs:
            if any(_titles_compatible(a, b) for a in obs.titles for b in theirs):
                evidence.append([f"{SHARED_ROLE} {obs.titles[0]!r}", w["role_shared"]])
            else:
                evidence.append([f"roles conflict {obs.titles} vs {theirs[:3]}", w["role_conflict"]])
    countries = ident.get("countries", {})
    state, how = obs.placed_state()
    if state and countries:
        if state in countries:
            evidence.append([f"{SAME_COUNTRY} {state}{how}", w["country_same"]])
        elif obs.type in BODY_TYPES:
            evidence.append([f"a body of {state}{how}, not of {sorted(countries)}", w["country_conflict_body"]])
        else:
            evidence.append([f"country {state}{how} vs {sorted(countries)}", w["country_conflict"]])
    mine_n, theirs_n = set(obs.neighbours), set(ident.get("neighbours", {}))
    if mine_n and theirs_n:
        overlap = len(mine_n & theirs_n) / min(len(mine_n), len(theirs_n))
        if overlap > 0:
            evidence.append([f"appears with {sorted(mine_n & theirs_n)[:5]}", round(w["neighbours"] * overlap, 3)])
        elif min(len(mine_n), len(theirs_n)) >= cfg["min_neighbours"]:
            evidence.append(["appears with none of the same entities", w["neighbours_none"]])
    theirs_c = ident.get("context", {})
    if obs.context and theirs_c:
        cos = _cosine(obs.context, theirs_c)
        if cos >= cfg["context_floor"]:
            evidence.append([f"context words in common (cosine {cos:.2f})", round(w["context"] * cos, 3)])
        elif min(len(obs.context), len(theirs_c)) >= cfg["min_context"]:
            evidence.append([f"no context words in common (cosine {cos:.2f})", w["context_none"]])
    _variant_needs_agreement(why, evidence, cfg)
    _other_given_name_needs_role(why, evidence, cfg)
    score = round(sum(e[1] for e in evidence), 3)
    return score, {"evidence": evidence, "scorer": f"{SCORER} {SCORER_VERSION}"}


def _variant_needs_agreement(why: str, evidence: list[list], cfg: dict) -> None:
    """A surname spelt otherwise, when that is the only name evidence (a bare or shortened form:
    "Zelensky" / "Volodymyr Zelenskyy"; a full name close by ratio is weighed as close), joins
    only with a role or state in common: without one, company and words ("appears with", "context") do not lift it to
    positive; an evidence line brings the sum halfway between unsure and positive. In place."""
    if not why.startswith(VARIANT):
        return
    if any(e[0].startswith(AGREEMENT) for e in evidence):
        return
    total = sum(e[1] for e in evidence)
    ceiling = (cfg["positive"] + cfg["unsure"]) / 2
    if total > ceiling:
        evidence.append(["a spelling variant with no role or state in common", round(ceiling - total, 3)])


def _other_given_name_needs_role(why: str, evidence: list[list], cfg: dict) -> None:
    """Two full names of one surname whose given names disagree ("Jovenel" / "Martine Moïse",
    "Liz" / "Elizabeth Sherwood-Randall") join only with a role in common: a family shares
    the company, the country and the words of its news, not its offices; without one the sum
    is brought halfway between unsure and positive. In place."""
    if not why.startswith(SURNAME_ONLY):
        return
    if any(e[0].startswith(SHARED_ROLE) for e in evidence):
        return
    total = sum(e[1] for e in evidence)
    ceiling = (cfg["positive"] + cfg["unsure"]) / 2
    if total > ceiling:
        evidence.append(["another given name with no role in common", round(ceiling - total, 3)])


def judgement_for(score: float, name_score: float) -> Optional[str]:
    """positive | unsure | negative (a name match that other evidence outweighs) | None."""
    cfg = settings()
    if score >= cfg["positive"]:
        return "positive"
    if score >= cfg["unsure"]:
        return "unsure"
    if name_score >= cfg["weights"]["name_surname"]:
        return "negative"
    return None
