"""Future and conditional commitments told as asserted acts (issue 6, task status10): a continued
measure bounded by what another party must do ("until it ceases ...") is a coercive warning
(PLOVER THREATEN), an act under a bare conjoined "keep" / "continue" shares its coordinate's
"will", a part ("including V-ing") of a promised act is promised, a parenthetical "as X said"
leaves an obligation ("has to be provided") a demand, and the content of a pretext is denied.
Sentences are my own, written in the style of the demo corpus (examples/)."""

from __future__ import annotations

from tests.nlp.linked_events import linked, show


def _rows(events, *triggers):
    return [(e.type, e.status, e.source_text, e.target_text) for e in events
            if any(e.trigger.startswith(t) for t in triggers)]


def test_a_continued_measure_until_the_target_complies_is_a_threat(nlp):
    found = linked(nlp, "The European Union will continue to impose costs on the junta until it "
                        "releases the detained ministers and restores civilian rule.")
    assert _rows(found, "continue") == [("THREATEN", "planned", "European Union", "junta")], show(found)


def test_the_until_clause_names_whom_the_threat_warns(nlp):
    found = linked(nlp, "We will continue to impose costs until Minsk frees the detained journalists.")
    assert _rows(found, "continue") == [("THREATEN", "planned", "We", "Minsk")], show(found)


def test_a_continued_measure_with_no_condition_stays_carried_on(nlp):
    # the ongoing-measure reading is kept where no other party's act bounds it
    found = linked(nlp, "The United States will continue to impose severe costs on the Russian Federation "
                        "in response to its aggression.")
    assert _rows(found, "continue") == [("SANCTION", "asserted", "United States", "Russian Federation")], \
        show(found)


def test_until_on_a_cooperative_act_is_no_threat(nlp):
    found = linked(nlp, "The United States will stand with the people of Moldova until they prevail.")
    assert [e.type for e in found] == ["AGREE"], show(found)


def test_aid_under_a_conjoined_keep_is_promised(nlp):
    # the parser hangs "to help" on the conjoined "keep" (a long list of aid before it)
    found = linked(nlp, "For now, we will remain in close contact and coordination with our partners and allies, "
                        "urge the junta to end the violence, and keep surging diplomatic support, security and "
                        "economic assistance, and humanitarian aid to help the people of Sudan in their time of need.")
    assert _rows(found, "help") == [("AGREE", "planned", "we", "people of Sudan")], show(found)


def test_an_included_act_of_a_commitment_is_promised(nlp):
    found = linked(nlp, "Canada commits to use its influence to facilitate the peace talks, including appointing "
                        "a special envoy to support the negotiations.")
    assert [(e.type, e.status) for e in found if e.trigger.startswith("appointing")] == [("AGREE", "planned")], \
        show(found)


def test_an_obligation_with_a_parenthetical_attribution_is_no_aid(nlp):
    found = linked(nlp, "The pressure has to be stepped up, and Moldova has to be provided with all the "
                        "energy it needs, as the minister said, this winter.")
    assert [e for e in found if e.type == "AID"] == [], show(found)


def test_the_content_of_a_pretext_is_not_asserted(nlp):
    found = linked(nlp, "The soldiers fired dozens of shells at the border posts under the absurd pretext "
                        "that the rebels fired one shell at the village.")
    assert [e for e in found if e.type == "ASSAULT" and e.source_text == "rebels"
            and e.status == "asserted"] == [], show(found)
