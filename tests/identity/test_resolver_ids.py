"""An analyst's ids stay valid: a merge, its undo, a split, resolving again and re-extraction
keep each identity's id, and an id merged away answers with the identity it joined."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from newsgraph.graph.build import refresh
from newsgraph.identity import resolver
from newsgraph.query import graph as q
from tests.graph.articles import MINISTER, MINISTER_AGAIN, STRIKER, reextract, store_article

HASSAN = "person:ahmed-hassan"


def identity_of(store, article_id: int, key: str = HASSAN) -> int:
    o = store.t("observations")
    with store.engine.connect() as conn:
        return conn.execute(sa.select(o.c.identity_id).where(o.c.obs_key == f"{article_id}:{key}")).scalar_one()


def all_ids(store) -> dict[str, int]:
    o = store.t("observations")
    with store.engine.connect() as conn:
        return dict(conn.execute(sa.select(o.c.obs_key, o.c.identity_id)).all())


def _two_hassans(store) -> tuple[int, int, int, int]:
    """The foreign minister and the striker (two people, kept apart): articles and ids."""
    minister, striker = store_article(store, MINISTER), store_article(store, STRIKER)
    refresh(store)
    fm, st = identity_of(store, minister), identity_of(store, striker)
    assert fm != st
    return minister, striker, fm, st


def test_undoing_a_merge_gives_both_sides_their_ids_back(store):
    minister, striker, fm, st = _two_hassans(store)
    act = resolver.decide(store, "same", str(fm), str(st), author="ana")
    assert identity_of(store, striker) == identity_of(store, minister)
    undone = resolver.undo(store, act["act_id"])
    assert identity_of(store, minister) == fm and identity_of(store, striker) == st
    assert undone["identities"] == sorted([fm, st])
    assert q.entity(store, str(st))["identity"]["id"] == st and q.entity(store, str(st))["redirect"] is None


def test_undoing_a_merge_that_kept_the_other_id_still_gives_each_its_own(store):
    # "merge ST FM" keeps the striker's id for both: the undo must not leave the minister with it
    minister, striker, fm, st = _two_hassans(store)
    act = resolver.decide(store, "merge", str(st), str(fm), author="ana")
    assert identity_of(store, minister) == st
    resolver.undo(store, act["act_id"])
    assert identity_of(store, minister) == fm and identity_of(store, striker) == st


def test_an_id_merged_away_answers_with_the_identity_it_joined(store):
    _minister, striker, fm, st = _two_hassans(store)
    act = resolver.decide(store, "merge", str(fm), str(st), author="ana")
    page = q.entity(store, str(st))
    assert page["identity"]["id"] == fm
    assert page["redirect"]["id"] == st and page["redirect"]["now"] == fm
    assert page["redirect"]["note"].startswith(f"entity {st} was merged into entity {fm}")
    with store.engine.connect() as conn:
        assert q.identity_ids(conn, store, str(st)) == [fm]
    # an act may name the old id too: undoing through it is an act on the merged identity
    again = resolver.decide(store, "different", str(fm), f"{striker}:{HASSAN}", author="ana")
    assert again["identities"] == sorted({fm, identity_of(store, striker)})
    resolver.undo(store, again["act_id"])
    resolver.undo(store, act["act_id"])
    assert identity_of(store, striker) == st


def test_split_and_its_undo_keep_the_identitys_id(store):
    minister = store_article(store, MINISTER)
    again = store_article(store, MINISTER_AGAIN)
    refresh(store)
    fm = identity_of(store, minister)
    assert identity_of(store, again) == fm
    act = resolver.decide(store, "split", str(fm), author="ana")
    apart = identity_of(store, again)
    assert identity_of(store, minister) == fm and apart != fm  # the first observation keeps the id
    resolver.undo(store, act["act_id"])
    assert identity_of(store, minister) == identity_of(store, again) == fm
    # splitting again gives the split-off observation the id it had the first time
    resolver.decide(store, "split", str(fm), author="ana")
    assert identity_of(store, again) == apart


def test_resolving_again_keeps_every_id(store):
    minister, striker, _fm, _st = _two_hassans(store)
    before = all_ids(store)
    assert refresh(store) == 0 and all_ids(store) == before      # nothing stale: nothing moves
    reextract(store, minister, MINISTER)
    reextract(store, striker, STRIKER)
    assert refresh(store) == 2 and all_ids(store) == before      # resolved again on unchanged input


def test_a_judgement_and_its_undo_survive_re_extraction(store):
    minister, striker, fm, st = _two_hassans(store)
    act = resolver.decide(store, "same", str(fm), str(st), author="ana")
    reextract(store, striker, STRIKER)
    reextract(store, minister, MINISTER)
    refresh(store)
    assert identity_of(store, minister) == identity_of(store, striker) == fm
    assert q.entity(store, str(st))["identity"]["id"] == fm
    resolver.undo(store, act["act_id"])
    assert identity_of(store, minister) == fm and identity_of(store, striker) == st


def test_choose_ids_gives_a_group_its_former_id_over_the_one_it_shares():
    # three observations of a, two of b merged into a: undone, b's pair left "b" and matches it fully
    groups = {"x": {"a1", "a2", "a3"}, "y": {"b1", "b2"}}
    current = {k: 1 for k in ("a1", "a2", "a3", "b1", "b2")}
    history = {"b1": {2}, "b2": {2}}
    chosen = resolver.choose_ids(groups, current, history, held={1: 5}, left={2: 2}, live={1})
    assert chosen == {"x": 1, "y": 2}
    # a live id that others hold now is not taken from them by observations that once left it
    groups = {"x": {"a1", "a2", "a3"}, "y": {"b1", "b2"}, "z": {"c1"}}
    current = {"a1": 1, "a2": 1, "a3": 1, "b1": 1, "b2": 1, "c1": 2}
    chosen = resolver.choose_ids(groups, current, history, held={1: 5, 2: 1}, left={2: 2}, live={1, 2})
    assert chosen == {"x": 1, "z": 2}


def test_acts_undone_in_any_order_leave_every_observation_its_first_id(store):
    # a merge of two people of one article (the minister and Safadi) pushes the article's other
    # observations out; with a second merge and a split on top, undoing all in another order
    # than they were made gives every observation back the id it had at first
    minister, striker, fm, st = _two_hassans(store)
    again = store_article(store, MINISTER_AGAIN)
    refresh(store)
    first = all_ids(store)
    safadi = identity_of(store, minister, "person:ayman-safadi")
    acts = [resolver.decide(store, "merge", str(st), str(fm), author="ana")["act_id"],
            resolver.decide(store, "merge", str(safadi), str(fm), author="ana")["act_id"]]  # fm: merged away, still answers
    # the merge left Safadi's id only his other article's observation: a split of it parts nothing
    with pytest.raises(resolver.AlreadyAloneError):
        resolver.decide(store, "split", str(safadi), author="ana")
    acts.append(resolver.decide(store, "split", str(fm), author="ana")["act_id"])
    assert all_ids(store) != first
    for act in (acts[0], acts[2], acts[1]):
        resolver.undo(store, act)
    assert all_ids(store) == first
    assert identity_of(store, again) == fm and identity_of(store, striker) == st


def _acts(store) -> int:
    with store.engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(store.t("identity_acts"))).scalar()


def test_a_judgement_on_an_id_already_joined_is_refused_and_names_the_act(store):
    # "same FM ST" again once ST was merged into FM would be an act with no edge: it would stay
    # in the log doing nothing, also after the first act is undone
    minister, striker, fm, st = _two_hassans(store)
    act = resolver.decide(store, "same", str(fm), str(st), author="ana")["act_id"]
    for action, left, right in (("same", fm, st), ("merge", st, fm), ("different", fm, st)):
        with pytest.raises(resolver.AlreadyOneError) as refused:
            resolver.decide(store, action, str(left), str(right), author="ana")
        assert refused.value.code == "already_one"
        assert f"entities {left} and {right} are already one (act {act}); nothing recorded" in refused.value.message
    assert f"undo act {act} or name an observation" in refused.value.message  # "different" says how to part them
    assert _acts(store) == 1
    resolver.undo(store, act)
    assert identity_of(store, minister) == fm and identity_of(store, striker) == st  # nothing left joining them


def test_two_refs_of_one_identity_are_refused_but_an_observation_in_it_may_be_confirmed(store):
    minister, striker, fm, st = _two_hassans(store)
    with pytest.raises(resolver.AlreadyOneError) as refused:
        resolver.decide(store, "merge", str(fm), f"{minister}:{HASSAN}", author="ana")  # its only observation
    assert f"both name entity {fm}" in refused.value.message and _acts(store) == 0
    act = resolver.decide(store, "same", str(fm), str(st), author="ana")["act_id"]
    # naming the striker's observation itself is a judgement of its own: it keeps them one after the undo
    again = resolver.decide(store, "same", str(fm), f"{striker}:{HASSAN}", author="ana")
    assert again["edges"] == 1
    resolver.undo(store, act)
    assert identity_of(store, striker) == identity_of(store, minister)
