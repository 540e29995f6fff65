"""Types taken from a word instead of the act (events 0.7.121, issue 6 kind 1): a standing relation
that officials review, discuss or praise is their topic, no COOPERATE (check not-evaluation); an
act named inside what a verb of approval praises is no act of the praiser (check asserted-frame);
a visit to a site that hosts no one is no CONSULT (check recipient); the acts a document issued
describes are not its issuer's (check not-document-content). Sentences are written after the
readouts and releases of the demo corpus (examples/statedept, examples/whitehouse); each group has
a contrast that stays an event."""

from __future__ import annotations

from tests.nlp.linked_events import coded as _events


def _explain(events):
    return [(e.type, e.mode, e.trigger, e.source_text, e.target_text, e.status) for e in events]


# -- not-evaluation: a relation reviewed or praised is a topic

def test_a_partnership_reviewed_is_no_cooperation(base_nlp):
    events = _events(base_nlp, "The two ministers reviewed the strategic partnership between Kenya and Japan "
                     "during their meeting in Nairobi.")
    assert not [e for e in events if e.type == "COOPERATE"], _explain(events)


def test_the_strength_of_a_relationship_highlighted_is_no_cooperation(base_nlp):
    events = _events(base_nlp, "The Secretary highlighted the strength of the partnership between Poland and "
                     "the United States.")
    assert not [e for e in events if e.type == "COOPERATE"], _explain(events)


def test_an_alliance_between_parties_stays_cooperation(base_nlp):
    # contrast: the tie named as the ground of a policy is not the object of a verb of talk
    events = _events(base_nlp, "Iran's advance in the region is based on the military alliance between La Paz "
                     "and Caracas.")
    assert [e for e in events if e.type == "COOPERATE"], _explain(events)


# -- asserted-frame: an act inside what is welcomed

def test_an_act_inside_the_welcomed_coordination_is_not_the_welcomers(base_nlp):
    events = _events(base_nlp, "The Foreign Minister and the High Representative welcomed the close coordination "
                     "between Canada and the European Union in imposing sanctions on Belarus.")
    assert not [e for e in events if e.type == "SANCTION"], _explain(events)


def test_measures_adopted_by_another_stay_with_their_adopter(base_nlp):
    # contrast: the welcomed measures name their own actor, who stays the actor of the act
    events = _events(base_nlp, "Canada welcomed the new sanctions imposed by the European Union on Belarusian "
                     "officials.")
    assert [e for e in events if e.type == "SUPPORT" and e.source_text == "Canada"], _explain(events)


# -- recipient: a site visited hosts no one

def test_a_visit_to_a_landmark_is_no_consultation(base_nlp):
    events = _events(base_nlp, "The Ambassador will also visit the Lincoln Memorial and the Holocaust Museum.")
    assert not [e for e in events if "visit" in (e.mode or "")], _explain(events)


def test_a_visit_to_a_capital_stays_a_consultation(base_nlp):
    # contrast: a state or city visited hosts the visitor
    events = _events(base_nlp, "The Ambassador will also visit Warsaw and Vilnius next week.")
    assert len([e for e in events if "visit" in (e.mode or "")]) == 2, _explain(events)


def test_a_site_placed_in_a_state_is_left_to_the_linker(base_nlp):
    events = _events(base_nlp, "The Secretary will visit Ramstein Air Base in Germany on Monday.")
    assert [e for e in events if "visit" in (e.mode or "")], _explain(events)


# -- not-document-content: what a document issued describes

def test_acts_described_in_an_alert_are_not_its_issuers(base_nlp):
    events = _events(base_nlp, "The Departments of the Treasury and State jointly issued an alert to shipping "
                     "companies with information about the ways sanctioned networks evade controls, ongoing U.S. "
                     "actions to hold these actors accountable, and key steps the industry can take.")
    assert not [e for e in events if e.type == "DISAPPROVE"], _explain(events)


def test_an_act_conjoined_with_issuing_a_report_stays(base_nlp):
    # contrast: a finite verb of its own beside the issuing verb is the issuer's act
    events = _events(base_nlp, "The Treasury issued a report on corruption in Venezuela and imposed sanctions on "
                     "three officials.")
    assert [e for e in events if e.type == "SANCTION"], _explain(events)
