"""The infinitive of an invitation is the invitee's to do (object control of "invite"): in "the
invitation to be the first leader to visit X", the visitor is the one invited, whom the verb taking
the invitation names ("thanked Y for the invitation", "accepted the invitation": the subject) or its
"to" phrase; a description ("first sitting president") is no actor of its own
(events.subjects._invitee, _predicative_subject). Own sentences."""

from __future__ import annotations

from tests.nlp.linked_events import coded, linked, show

WHITE_HOUSE = "The White House"


def _visits(events):
    return [e for e in events if e.type == "CONSULT" and e.mode == "visit"]


def test_the_thanker_for_an_invitation_is_the_visitor(nlp):
    text = ("Chancellor Scholz met today with Prime Minister Modi of India. Thanking Prime Minister Modi for the "
            "historic invitation to be the first German chancellor to visit the Andaman Islands, Chancellor "
            "Scholz highlighted German support for India's climate goals.")
    visits = _visits(coded(nlp, text))
    assert visits and all(e.source_text == "Scholz" for e in visits), show(visits)


def test_the_one_who_accepts_an_invitation_is_the_visitor(nlp):
    events = linked(nlp, "Chancellor Scholz accepted the invitation to be the first German leader to visit the island.",
                    outlet=WHITE_HOUSE)
    visits = _visits(events)
    assert visits and all(e.source_key == "person:scholz" for e in visits), show(events)


def test_the_inviter_does_not_do_the_invited_act(nlp):
    # contrast: "X's invitation" names the inviter, who is not the one to visit; no invitee named
    from newsgraph.nlp.events.subjects import _invitee

    doc = nlp("Modi's invitation to be the first chancellor to visit the islands was welcomed in Berlin.")
    invitation = next(t for t in doc if t.lower_ == "invitation")
    assert _invitee(invitation) is None
    doc = nlp("Scholz thanked Modi for the invitation to visit the islands.")
    invitation = next(t for t in doc if t.lower_ == "invitation")
    found = _invitee(invitation)
    assert found is not None and found.text == "Scholz"
