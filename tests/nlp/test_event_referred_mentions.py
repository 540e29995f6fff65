"""A bare definite or demonstrative noun of the trigger ("pledged to join *this mission*", "will
enforce *the sanctions*") refers back to an earlier mention of the same noun (English definite and
demonstrative anaphora), and the party that mention names in its own phrase ("a mission *for
Haiti*", "sanctions *on Belarus*") is the act's target (events.targets._referred_party). An
indefinite or differently modified mention in between introduces another referent; a modified
noun picks out its own referent. Own sentences."""

from __future__ import annotations

from tests.nlp.linked_events import coded, show


def _pledges(events):
    return [e for e in events if e.type == "AGREE" and e.mode == "aid:peacekeeping"]


def test_this_mission_takes_the_recipient_of_the_mission_told_before(nlp):
    text = ("Kenya will lead a multinational security mission for Haiti. Jamaica and Canada have pledged to "
            "join this mission alongside Kenya.")
    pledges = _pledges(coded(nlp, text))
    assert len(pledges) == 2, show(pledges)
    assert all(e.target_text == "Haiti" for e in pledges), show(pledges)


def test_bare_mentions_between_are_passed_over_and_a_comma_phrase_does_not_restrict(nlp):
    text = ("Today's decision to authorize a security mission for Haiti marks an important milestone. We thank "
            "our partners for approving this decision, which endorses the mission. We thank Kenya for serving "
            "as the lead nation of the mission, and the other nations that have pledged to join this mission, "
            "including Jamaica and Canada.")
    pledges = _pledges(coded(nlp, text))
    assert pledges and all(e.target_text == "Haiti" for e in pledges), show(pledges)


def test_an_indefinite_mention_in_between_is_another_referent(nlp):
    # contrast: "a mission" Kenya agreed to lead introduces a new mission, so "this mission" is that
    # one, which names no party; the earlier mission to Mali is not reached
    text = ("The United Nations sent a new mission to Mali last year. Kenya has agreed to lead a mission. "
            "Jamaica pledged to join this mission.")
    pledges = _pledges(coded(nlp, text))
    assert len(pledges) == 1 and pledges[0].target_text is None, show(pledges)


def test_the_sanctions_enforced_are_the_ones_imposed_on_the_party_before(nlp):
    text = "The European Union imposed sanctions on Belarus in March. Latvia will enforce the sanctions strictly."
    enforced = [e for e in coded(nlp, text) if e.trigger.startswith("enforce")]
    assert len(enforced) == 1 and enforced[0].target_text == "Belarus", show(enforced)


def test_a_modified_noun_names_its_own_referent(nlp):
    # contrast: "the new sanctions" may be other sanctions than those told before, so no target is
    # carried over from them
    from newsgraph.nlp.events.targets import _bare_definite

    doc = nlp("Latvia will enforce the new sanctions strictly, and Estonia will enforce the sanctions too.")
    nouns = [t for t in doc if t.lower_ == "sanctions"]
    assert [_bare_definite(n) for n in nouns] == [False, True]


def test_a_plural_noun_does_not_refer_back_to_one_thing(nlp):
    # contrast with the sanctions above: "these missions" names more than the one mission for
    # Haiti, so the pledge to join them takes no party from it
    text = ("Kenya will lead a multinational security mission for Haiti. Jamaica and Canada have pledged to "
            "join these missions alongside Kenya.")
    pledges = _pledges(coded(nlp, text))
    assert pledges and all(e.target_text != "Haiti" for e in pledges), show(pledges)
