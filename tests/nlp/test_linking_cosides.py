"""Co-participants on one side (linking.same_side): a cooperative event's target of the source's
own government is retargeted to the foreign party its act is "with", or, with no other state in the
sentence, the event is dropped as internal (events.linked_actor_check)."""

from __future__ import annotations

from tests.nlp.linked_events import linked, show

JOINED = ("On May 11, Assistant Secretary Todd D. Robinson will be joined by Department of Homeland Security "
          "Assistant Secretary Serena Hoy for a meeting with Mexican government officials to underscore the "
          "urgent need for bilateral actions to prevent the production and trafficking of fentanyl.")
DELEGATION = ("Under Secretary of State for Political Affairs Victoria Nuland will travel February 7-8 to Bogota, "
              "Colombia, with an interagency delegation to engage with senior Colombian government and law "
              "enforcement officials and members of civil society.")
BRIEFING = ("In recognition of World Press Freedom Day on May 3, the Washington Foreign Press Center will host a "
            "briefing with Secretary of State Antony J. Blinken on the state of world press freedom.")


def test_joined_by_a_colleague_for_a_meeting_targets_the_foreign_officials(nlp):
    events = [e for e in linked(nlp, JOINED) if e.type in ("AGREE", "CONSULT")]
    assert events, show(linked(nlp, JOINED))
    assert all(e.target_acts_for == "MEX" for e in events), show(events)
    assert all("Robinson" not in (e.target_text or "") for e in events), show(events)


def test_travel_with_an_own_delegation_targets_the_host_officials(nlp):
    events = [e for e in linked(nlp, DELEGATION) if e.type in ("AGREE", "CONSULT")]
    assert events, show(linked(nlp, DELEGATION))
    assert all(e.target_acts_for != "USA" for e in events), show(events)


def test_a_state_body_hosting_its_own_secretary_is_no_interaction(nlp):
    events = linked(nlp, BRIEFING)
    assert not [e for e in events if e.type in ("AGREE", "CONSULT")], show(events)
