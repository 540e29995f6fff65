"""The resolver stores the same rows whatever Python's hash seed: evidence edges, identities and
observations do not follow the iteration order of a set of strings (``PYTHONHASHSEED``).

Names of one surname in an identity ("Teodora Varga", "Teo Varga", a bare "Varga") score a
bare "Varga" alike; which of them the edge names as its evidence used to follow set order, so
two resolves of the same extractions stored different ``resolver_edges`` rows."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

from newsgraph.identity.names import family_clash, normalise
from newsgraph.identity.observe import Observation
from newsgraph.identity.scoring import compare

REPO = Path(__file__).resolve().parents[2]

# invented articles: a president named in full, by a short given name and by surname, then by surname alone
SCRIPT = r'''
import datetime as dt, json, sys
import sqlalchemy as sa
from newsgraph.graph.build import refresh
from newsgraph.store.db import open_store
from tests.graph.articles import ArticleSpec, store_article

RUR = ("Ruritania", "country", "RUR", ["Ruritania"])
specs = [
    ArticleSpec("Varga visits the port", "Ruritanian Times", dt.datetime(2024, 5, 1),
                "President Teodora Varga visited the port of Zenda on Monday. Teo Varga, as workers call her, "
                "said the new docks would open soon.",
                entities={"person:teodora-varga": ("Teodora Varga", "person", None, ["Teodora Varga", "Teo Varga", "Varga"]),
                          "place:zenda": ("Zenda", "place", None, ["Zenda"])},
                roles=[("person:teodora-varga", "President", None, None)]),
    ArticleSpec("Docks open", "Ruritanian Times", dt.datetime(2024, 5, 8),
                "President Varga opened the new docks of Zenda on Tuesday. Varga thanked the port workers.",
                entities={"person:varga": ("Varga", "person", None, ["Varga"]),
                          "place:zenda": ("Zenda", "place", None, ["Zenda"])},
                roles=[("person:varga", "President", None, None)]),
    ArticleSpec("Port strike ends", "Zenda Post", dt.datetime(2024, 5, 9),
                "Teodora Varga met port workers in Zenda on Wednesday. Varga said the strike was over.",
                entities={"person:teodora-varga": ("Teodora Varga", "person", None, ["Teodora Varga", "Varga"]),
                          "place:zenda": ("Zenda", "place", None, ["Zenda"])}),
]
store = open_store(sys.argv[1])
for spec in specs:
    store_article(store, spec)
refresh(store)
out = {}
with store.engine.connect() as conn:
    for table, columns in (("resolver_edges", ("left_key", "right_key", "judgement", "score", "explanation")),
                           ("identities", ("id", "name", "type", "aliases", "features", "exemplar_key")),
                           ("observations", ("obs_key", "identity_id", "features"))):
        t = store.t(table)
        out[table] = sorted(json.dumps([r[c] for c in columns], sort_keys=True, default=str)
                            for r in conn.execute(sa.select(t)).mappings())
store.close()
print(json.dumps(out, sort_keys=True))
'''


def _resolve_with_seed(tmp_path: Path, seed: int) -> subprocess.Popen:
    env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-c", SCRIPT, str(tmp_path / f"seed{seed}.db")], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_resolve_stores_the_same_rows_whatever_the_hash_seed(tmp_path):
    # three names of one identity score a bare "Varga" alike: before the fix, 5 seeds agreeing
    # on which of them a set gives first had a chance of about 1 in 81
    seeds = range(5)
    runs = [_resolve_with_seed(tmp_path, seed) for seed in seeds]
    outputs = []
    for run in runs:
        stdout, stderr = run.communicate(timeout=300)
        assert run.returncode == 0, stderr[-2000:]
        outputs.append(json.loads(stdout.strip().splitlines()[-1]))
    edges = outputs[0]["resolver_edges"]
    assert any("person:varga" in e and "surname 'varga' of" in e for e in edges)  # the tie was scored
    for seed, out in zip(seeds, outputs):
        assert out == outputs[0], f"PYTHONHASHSEED={seed} stored other rows than PYTHONHASHSEED=0"


def _bare(name: str, article_id: int = 9) -> Observation:
    return Observation(obs_key=f"{article_id}:person:x", article_id=article_id, entity_key="person:x", kind="entity",
                       name=name, type="person", norm=normalise(name, "person"))


def test_equal_name_evidence_names_the_identitys_most_written_name():
    """A bare surname matches each full and bare name of its surname alike: the reason names the
    first of them in the identity's order of names (most written first), not a set's."""
    obs = _bare("Varga")
    _score, why = compare(obs, {"names": ["Teodora Varga", "Varga"]}, "person")
    assert why["evidence"][0] == ["surname 'varga' of 'teodora varga'", 1.5]
    _score, why = compare(obs, {"names": ["Varga", "Teodora Varga"]}, "person")
    assert why["evidence"][0] == ["surname 'varga' of 'varga'", 1.5]


def test_family_clash_reason_follows_the_order_of_names():
    """Of two clashes, the first in the order the names are given is the reason (middle initials
    that differ, a generational suffix that differs), not a set's."""
    mine = ["John Q. Adams Jr."]
    assert "middle initials" in family_clash(mine, ["John X. Adams", "John Adams Sr."])
    assert "generational" in family_clash(mine, ["John Adams Sr.", "John X. Adams"])
