"""Support paid for and talks promised (task announce, s15). Money or financing given "to support" X
is material aid (PLOVER AID: "monetary aid"; SUPPORT is "only for political, diplomatic, and
non-material support"); a commitment to hold talks is a promise of a meeting (PLOVER AGREE:
"references to future meetings ... should be coded as AGREE"), no CONSULT held (event_detection.yaml
to_gerund_stances). Fixture sentences are from the demo corpus (examples/: White House and State
Department releases), unless marked as a contrast."""

from __future__ import annotations

from tests.nlp.linked_events import coded as _events, show as _explain


def test_financing_to_support_a_project_is_aid(base_nlp):
    events = _events(base_nlp, "President Biden reiterated U.S. commitment to digital inclusion, announcing U.S. "
                     "development financing to support the expansion of Brazil's fiber optic network.")
    support = [e for e in events if e.trigger == "support"]
    assert [e.type for e in support] == ["AID"], _explain(events)


def test_money_announced_to_support_a_state_is_aid(base_nlp):
    events = _events(base_nlp, "The United States also announced $20 million to support Ecuador in reducing "
                     "carbon emissions, protecting biodiversity, reactivating the economy.")
    support = [e for e in events if e.trigger == "support"]
    assert [e.type for e in support] == ["AID"] and support[0].target_text == "Ecuador", _explain(events)


def test_support_voiced_with_no_funds_stays_support(base_nlp):
    # contrast: verbal backing (PLOVER SUPPORT)
    events = _events(base_nlp, "The United States will continue to support Ecuador's democratic institutions.")
    assert not [e for e in events if e.trigger.endswith("support") and e.type == "AID"], _explain(events)


def test_a_commitment_to_embark_on_a_dialogue_is_a_promised_meeting(base_nlp):
    events = _events(base_nlp, "In the U.S.-Russia Presidential Joint Statement on Strategic Stability on June 16, "
                     "2021, President Biden committed to embarking on an integrated Strategic Stability Dialogue "
                     "with the Russian Federation.")
    assert not [e for e in events if e.type == "CONSULT"], _explain(events)
    assert [e.type for e in events if "Dialogue" in e.trigger] == ["AGREE"], _explain(events)


def test_a_commitment_to_hold_talks_is_agree(base_nlp):
    # contrast: the infinitive the parser hangs as advcl of "committed"
    events = _events(base_nlp, "President Biden committed to hold talks with the Russian Federation.")
    assert [(e.type, e.mode) for e in events if "talks" in e.trigger] == [("AGREE", "consult:meet")], \
        _explain(events)


def test_being_committed_to_support_is_no_promise_made(base_nlp):
    # White House statement on Cuba (demo corpus): a standing disposition, the support keeps its type
    events = _events(base_nlp, "The United States is committed to supporting the agency of the Cuban people as "
                     "they seek to promote democratic change.")
    assert not [e for e in events if e.trigger.startswith("committed")], _explain(events)


def test_money_provided_to_support_is_one_aid_event_with_its_recipient(base_nlp):
    # State Department release on Haiti (demo corpus): the giving verb is the aid event already
    events = _events(base_nlp, "To respond to the COVID-19 outbreak in Haiti, the Department of State and USAID "
                     "have provided more than $47 million in assistance to support the immediate COVID-19 health "
                     "needs of Haitians.")
    provided = [e for e in events if e.trigger == "provided million"]
    assert provided and all(e.type == "AID" and e.target_text == "Haitians" for e in provided), _explain(events)
