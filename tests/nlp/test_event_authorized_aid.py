"""Aid that is only authorized is decided, not given (task fixes45): aid in the to-infinitive
complement of a formal sanction ("authorization to provide", "authorized the Pentagon to provide",
event_detection.yaml authorization_verbs / authorization_nouns) is planned, so coded as a promise
(PLOVER AGREE, the aid in the mode), as "will provide" is; aid delivered or provided stays AID,
asserted. English non-implicative "authorize" (Karttunen 1971); CAMEO ALLOW block: APPROVE +
TRANSFER / LOAN / SALE is 0311, intent. Sentences are my own, in the style of the demo corpus."""

from __future__ import annotations

from tests.nlp.linked_events import linked, show


def _aid(events):
    return [(e.type, e.mode, e.status, e.target_acts_for) for e in events
            if e.type == "AID" or (e.type == "AGREE" and (e.mode or "").startswith("aid"))]


def test_an_authorization_noun_to_provide_aid_is_a_planned_promise(nlp):
    events = linked(nlp, "Officials briefed lawmakers on the President's authorization to provide emergency "
                         "assistance to the Kenyan police.")
    assert _aid(events) == [("AGREE", "aid", "planned", "KEN")], show(events)


def test_authorizing_an_agency_to_provide_aid_is_planned(nlp):
    events = linked(nlp, "The President authorized the Pentagon to provide $50 million in assistance to Kenya.")
    rows = _aid(events)
    assert rows and all(r[0] == "AGREE" and r[2] == "planned" for r in rows), show(events)
    assert rows[0][3] == "KEN", show(events)


def test_approval_to_send_aid_is_planned(nlp):
    events = linked(nlp, "The White House confirmed the President's approval to deliver medical supplies to Moldova.")
    assert _aid(events) == [("AGREE", "aid:humanitarian", "planned", "MDA")], show(events)


def test_aid_provided_stays_given(nlp):
    # contrast: the giving told as done
    events = linked(nlp, "The United States provided $50 million in assistance to Kenya.")
    assert _aid(events) == [("AID", "economic", "asserted", "KEN")], show(events)


def test_aid_delivered_under_an_authorization_stays_given(nlp):
    # contrast: the authorization is only the ground of a giving told as done
    events = linked(nlp, "The Pentagon delivered assistance to Kenya under an authorization from Congress.")
    rows = _aid(events)
    assert rows and rows[0][0] == "AID" and rows[0][2] == "asserted", show(events)


def test_allowing_a_delivery_is_no_authorized_aid(nlp):
    # contrast: "allow" lets an act through, it sanctions no aid of the subject's (CONCEDE stays)
    events = linked(nlp, "Israel allowed the Red Cross to deliver aid to Gaza.")
    assert not any(e.type == "AGREE" for e in events), show(events)
    assert any(e.type == "CONCEDE" for e in events), show(events)


def test_an_authorization_object_followed_by_its_infinitive_is_planned(nlp):
    # the parser may hang "to provide" on "shared" rather than on "authorization"
    # (a hard-wrapped release, as press offices send them: the line break sways the parse)
    events = linked(nlp, "Additionally, State Department officials shared the President’s authorization\n"
                         "to provide urgently needed assistance to Kenyan police units to aid\n"
                         "in the protection of civilians.")
    rows = _aid(events)
    assert rows and rows[0][:3] == ("AGREE", "aid", "planned"), show(events)
