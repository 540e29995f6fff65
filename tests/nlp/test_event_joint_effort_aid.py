"""Aid that is the matter of a joint effort ("work closely with X on providing Y", events 0.8.143):
the state worked with receives the aid where no other recipient is named
(events/targets.py _joint_work_partner), the aid of an effort told as future is promised
(events/conditions.py _future_purpose_governor: AGREE planned, as "will work with X to provide"),
and a "commitment to work ... on providing" whose infinitive the parser hung on the verb is the
content of the commitment, not aid given (events/status.py _stranded_commitment_noun). Sentences
are invented for this test; contrasts marked."""

from __future__ import annotations

from tests.nlp.linked_events import linked, show


def _rows(events, *triggers):
    return [(e.type, e.status, e.source_text, e.target_text) for e in events
            if any(e.trigger.startswith(t) for t in triggers)]


def test_aid_worked_on_with_a_state_goes_to_that_state(nlp):
    found = linked(nlp, "Germany worked closely with Malawi in delivering food aid last year.")
    assert _rows(found, "delivering") == [("AID", "asserted", "Germany", "Malawi")], show(found)
    found = linked(nlp, "Germany is working with Malawi on delivering food aid.")
    assert _rows(found, "delivering") == [("AID", "asserted", "Germany", "Malawi")], show(found)


def test_aid_of_a_joint_effort_to_come_is_promised(nlp):
    found = linked(nlp, "Germany will work closely with Malawi on providing food assistance.")
    assert _rows(found, "providing") == [("AGREE", "planned", "Germany", "Malawi")], show(found)


def test_a_named_recipient_of_the_joint_aid_stays(nlp):
    # contrast: the aid's own "to" names who receives it
    found = linked(nlp, "Germany will work with Malawi on providing food assistance to refugees in Zambia.")
    assert _rows(found, "providing") == [("AGREE", "planned", "Germany", "refugees in Zambia")], show(found)


def test_an_organisation_worked_with_is_no_recipient(nlp):
    # contrast: an agency worked with is a fellow giver as often as not
    found = linked(nlp, "The European Union worked with the World Food Programme on providing food assistance.")
    assert [e.target_text for e in found if e.trigger.startswith("providing")] == [None], show(found)


def test_aid_in_a_commitment_with_a_stranded_infinitive_is_not_given(nlp):
    # the parser hangs "to work" on the verb across "support and commitment": the aid is what the
    # commitment is to, not aid given now
    found = linked(nlp, "The envoy reiterated the United Kingdom continued support and commitment to work "
                        "closely with Peru on providing necessary assistance.")
    assert [e for e in found if e.type == "AID"] == [], show(found)


def test_aid_beside_a_continued_commitment_with_its_own_clause_stays(nlp):
    # contrast: the act is in its own clause, not the commitment's infinitive
    found = linked(nlp, "Canada reiterated its continued commitment and is providing urgent assistance to Haiti.")
    assert _rows(found, "providing") == [("AID", "asserted", "Canada", "Haiti")], show(found)
