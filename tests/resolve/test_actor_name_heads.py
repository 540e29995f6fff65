"""Head nouns of institution names come from ``lexicons/actor_name_heads.yaml``."""

from __future__ import annotations

from newsgraph.resolve import actors
from newsgraph.resolve.actors import intergovernmental_organ, state_institution_prefix


def test_name_heads_are_read_from_the_lexicon():
    assert actors._ORGAN_HEADS is actors.NAME_HEADS.organ_heads
    assert {"council", "commission", "secretariat"} <= actors.NAME_HEADS.organ_heads
    assert {"association", "club"} <= actors.NAME_HEADS.not_office_heads


def test_an_organ_head_makes_an_igo_organ():
    code = intergovernmental_organ("OAS Permanent Council")
    assert code is not None and code.sector == "IGO" and code.acts_for is None
    assert intergovernmental_organ("UN Watch") is None


def test_a_not_office_head_is_no_office_of_the_state():
    assert state_institution_prefix("White House Correspondents' Association") is None
    code = state_institution_prefix("White House Office of Public Engagement")
    assert code is not None and code.acts_for == "USA"
