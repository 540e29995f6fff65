"""Analyst acts on the identity layer: a split of what already stands alone is refused
(already_alone), the stand-in observation of an identity stays its own through merges and
confirmations, an observation taken out moves alone, and the log says which act overrode
which on the same pair."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from newsgraph.graph.build import refresh
from newsgraph.identity import resolver
from tests.graph.articles import MINISTER, MINISTER_AGAIN, STRIKER, reextract, store_article
from tests.identity.test_resolver_ids import HASSAN, _two_hassans, all_ids, identity_of


def _acts(store) -> int:
    with store.engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(store.t("identity_acts"))).scalar()


def _exemplar(store, identity_id: int) -> str:
    t = store.t("identities")
    with store.engine.connect() as conn:
        return conn.execute(sa.select(t.c.exemplar_key).where(t.c.id == identity_id)).scalar()


def _three(store):
    """The minister seen twice (one identity of two observations) and the striker (alone)."""
    minister, again, striker = (store_article(store, s) for s in (MINISTER, MINISTER_AGAIN, STRIKER))
    refresh(store)
    fm, st = identity_of(store, minister), identity_of(store, striker)
    assert identity_of(store, again) == fm != st
    return minister, again, striker, fm, st


def test_a_split_of_what_already_stands_alone_is_refused(store):
    _minister, again, striker, fm, st = _three(store)
    for ref in (str(st), f"{striker}:{HASSAN}"):  # the striker's entity, and its only observation
        with pytest.raises(resolver.AlreadyAloneError) as refused:
            resolver.decide(store, "split", ref, author="ana")
        assert refused.value.code == "already_alone" and "already stands alone" in refused.value.message
    assert _acts(store) == 0
    # near miss: an observation of an entity that has another is split out, alone
    act = resolver.decide(store, "split", f"{again}:{HASSAN}", author="ana")
    assert act["edges"] == 1 and identity_of(store, again) != fm
    resolver.undo(store, act["act_id"])
    assert identity_of(store, again) == fm


def test_the_stand_in_stays_its_identitys_own_through_a_merge(store):
    minister, again, striker, fm, st = _three(store)
    own = _exemplar(store, st)
    assert own == f"{striker}:{HASSAN}"
    # "merge ST FM" keeps the striker's id; the minister's older observations come in
    resolver.decide(store, "merge", str(st), str(fm), author="ana")
    assert identity_of(store, minister) == st and _exemplar(store, st) == own
    # near miss: the minister's entity, merged away, has no stand-in left to keep
    assert _exemplar(store, fm) is None


@pytest.mark.parametrize("action", ["different", "split"])
def test_parting_the_stand_in_moves_it_alone(store, action):
    # the exemplar is an observation like any other: it can be taken out, and the others keep the id
    minister, again, _striker, fm, _st = _three(store)
    stand_in = _exemplar(store, fm)
    assert stand_in == f"{minister}:{HASSAN}"
    args = (str(fm), stand_in) if action == "different" else (stand_in, None)
    act = resolver.decide(store, action, *args, author="ana")
    assert identity_of(store, again) == fm and identity_of(store, minister) != fm
    assert _exemplar(store, fm) == f"{again}:{HASSAN}"
    resolver.undo(store, act["act_id"])
    assert identity_of(store, minister) == identity_of(store, again) == fm


def test_confirming_the_stand_in_is_recorded_and_keeps_everyone(store):
    minister, again, _striker, fm, _st = _three(store)
    before = all_ids(store)
    act = resolver.decide(store, "same", str(fm), f"{minister}:{HASSAN}", author="ana")
    assert act["edges"] == 1 and all_ids(store) == before
    # near miss: the entity's two refs (its id and its name) still stand for one and the same
    with pytest.raises(resolver.AlreadyOneError):
        resolver.decide(store, "same", str(fm), str(fm), author="ana")


def test_moving_the_stand_in_to_another_entity_moves_it_alone(store):
    minister, again, striker, fm, st = _three(store)
    resolver.decide(store, "same", str(st), f"{minister}:{HASSAN}", author="ana")
    assert identity_of(store, minister) == st and identity_of(store, again) == fm


def test_the_log_names_the_act_a_later_one_overrides(store):
    _minister, again, striker, fm, st = _three(store)
    first = resolver.decide(store, "same", str(fm), f"{striker}:{HASSAN}", author="ana")
    assert first["overrides"] == []
    other = resolver.decide(store, "different", str(fm), f"{again}:{HASSAN}", author="ana")
    assert other["overrides"] == []  # near miss: another pair overrides nothing
    second = resolver.decide(store, "different", str(fm), f"{striker}:{HASSAN}", author="bo", reason="a striker")
    assert [r["act_id"] for r in second["overrides"]] == [first["act_id"]]
    log = {a["id"]: a for a in resolver.judgement_log(store)}
    assert log[second["act_id"]]["note"].startswith(f"overrides act {first['act_id']} (same, positive) on ")
    assert log[first["act_id"]]["note"].startswith(f"overridden by act {second['act_id']} (different, negative)")
    assert log[other["act_id"]]["note"] == ""


@pytest.mark.parametrize("order", [(0, 2, 1), (1, 0, 2), (0, 1, 2)])
def test_acts_undone_out_of_order_give_every_id_back(store, order):
    # two merges and a split of the merged entity, undone in an order other than the reverse
    minister, _striker, fm, st = _two_hassans(store)
    store_article(store, MINISTER_AGAIN)
    refresh(store)
    first = all_ids(store)
    safadi = identity_of(store, minister, "person:ayman-safadi")
    acts = [resolver.decide(store, "merge", str(st), str(fm), author="ana")["act_id"],
            resolver.decide(store, "merge", str(safadi), str(fm), author="ana")["act_id"],
            resolver.decide(store, "split", str(fm), author="ana")["act_id"]]
    for i in order:
        resolver.undo(store, acts[i])
    assert all_ids(store) == first


def _rescored(monkeypatch, scores: dict[int, float]):
    """Resolution from now on scores the identities ``scores`` names with those scores (name
    evidence kept, so a low score reads as "negative"): new evidence, as after other articles."""
    real = resolver.compare

    def compare(ob, features, type_, code):
        score, why = real(ob, features, type_, code)
        for identity_id, forced in scores.items():
            if features == _features(identity_id):
                return forced, {**why, "evidence": [("same name", 3.0)]}
        return score, why

    store_of: dict = {}

    def _features(identity_id):
        return store_of.get(identity_id)

    monkeypatch.setattr(resolver, "compare", compare)
    return store_of


def _identity_features(store, identity_id):
    t = store.t("identities")
    with store.engine.connect() as conn:
        return conn.execute(sa.select(t.c.features).where(t.c.id == identity_id)).scalar()


def test_resolving_again_keeps_an_observation_where_it_was_unless_scored_apart(store, monkeypatch):
    minister, again, striker, fm, st = _three(store)
    before = all_ids(store)
    # the striker's entity now scores better for the minister's observation than its own: the
    # observation stays (no id drifts, nothing is folded in), since its own still matches
    features = _rescored(monkeypatch, {st: 9.0})
    features[st] = _identity_features(store, st)
    reextract(store, minister, MINISTER)
    refresh(store)
    assert all_ids(store) == before
    # near miss: its own entity now scores it apart ("negative"): it is resolved anew and leaves
    features.clear()
    features[fm] = _identity_features(store, fm)
    _rescored(monkeypatch, {fm: -9.0}).update(features)
    reextract(store, minister, MINISTER)
    refresh(store)
    assert identity_of(store, minister) != fm and identity_of(store, again) == fm


def test_undoing_an_act_twice_says_already_undone_as_for_a_fact_judgement(store):
    from newsgraph.store.judgements import AlreadyUndoneError

    _minister, again, _striker, fm, _st = _three(store)
    act = resolver.decide(store, "split", f"{again}:{HASSAN}", author="ana")
    resolver.undo(store, act["act_id"])
    with pytest.raises(AlreadyUndoneError) as twice:
        resolver.undo(store, act["act_id"])
    assert twice.value.code == "already_undone" and f"act {act['act_id']} was already undone at " in twice.value.message
    assert identity_of(store, again) == fm  # the second undo changed nothing
    with pytest.raises(resolver.NotFoundError) as never:  # near miss: an id never recorded is still not_found
        resolver.undo(store, act["act_id"] + 100)
    assert never.value.code == "not_found"
