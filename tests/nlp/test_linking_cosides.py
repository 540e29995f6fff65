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


READOUT = ("On Wednesday, September 7, 2022, National Security Advisor Jake Sullivan and Deputy National Security "
           "Advisor Mike Pyle met with Argentine Economy Minister Sergio Massa at the White House to discuss the "
           "Government of Argentina's engagement with the International Monetary Fund.\n\n"
           "Mr. Sullivan and Mr. Pyle underscored the importance of Argentina's engagement with the IMF. "
           "Mr. Sullivan and Mr. Massa also reaffirmed joint commitments by President Biden and President "
           "Fernandez at the Summit of the Americas to help promote food security.")


def test_a_co_subject_not_the_readouts_other_participant_is_the_partner(nlp):
    import datetime as dt

    events = [e for e in linked(nlp, READOUT, outlet="The White House", published=dt.date(2022, 9, 8))
              if e.trigger.startswith("reaffirmed")]
    assert events, show(linked(nlp, READOUT, outlet="The White House", published=dt.date(2022, 9, 8)))
    assert all("Pyle" not in (e.target_text or "") for e in events), show(events)
    massa = [e for e in events if "Massa" in (e.source_text or "")]
    assert all("Sullivan" in (e.target_text or "") for e in massa), show(events)


def test_a_department_congratulating_its_own_envoy_is_no_interaction(nlp):
    text = ("The Department congratulates Special Envoy Foote as he takes on his new role and thanks him for his "
            "continued service to his country.")
    events = linked(nlp, text)
    assert not [e for e in events if e.trigger == "congratulates"], show(events)
