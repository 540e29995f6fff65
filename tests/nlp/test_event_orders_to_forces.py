"""Orders given to armed forces (task events44b): an order to one's forces is no request between
actors (PLOVER REQUEST is a verbal act aimed at a recipient) but the forces' act, done by whoever
gives the order. PETRARCH2 codes "ORDER + ARMY / TROOPS / FORCES" as CAMEO 154 "mobilize or
increase armed forces" (PLOVER MOBILIZE troops); the verb ("ordered the army") was already read so,
the noun ("issued an order to the armed forces", "an order that the battalions should ...") was a
DEMAND aimed at the forces, or at the order's own giver in its "of" phrase."""

from tests.nlp.linked_events import linked, show

REUTERS = "Reuters"


def _types(events):
    return [e.type for e in events]


def test_order_noun_to_forces_is_mobilize_by_the_giver(nlp):
    events = linked(nlp, "Venezuelan President Nicolas Maduro issued an order to the armed forces to prepare "
                         "for an attack on Guyana.", outlet=REUTERS)
    assert "DEMAND" not in _types(events), show(events)
    mobilized = [e for e in events if e.type == "MOBILIZE"]
    assert mobilized, show(events)
    assert mobilized[0].mode == "troops" and mobilized[0].source_acts_for == "VEN", show(events)
    # the forces the order goes to are the instrument, never the target
    assert not (mobilized[0].target_text or "").endswith("forces"), show(events)


def test_order_content_clause_with_forces_subject_is_mobilize(nlp):
    events = linked(nlp, "Belarusian President Alexander Lukashenko issued an order that the army's reserve "
                         "battalions should be ready for combat within 24 hours.", outlet=REUTERS)
    assert "DEMAND" not in _types(events), show(events)
    mobilized = [e for e in events if e.type == "MOBILIZE"]
    assert mobilized and mobilized[0].source_acts_for == "BLR", show(events)
    assert mobilized[0].target_text is None, show(events)


def test_giver_named_in_the_orders_of_phrase_is_no_target(nlp):
    # (the long "of" phrase makes the parser hang the "that" clause on "issued")
    events = linked(nlp, "Iranian President Ebrahim Raisi issued an order of the commander-in-chief of the "
                         "Islamic Revolutionary Guard Corps that the navy's coastal units should enter full "
                         "combat readiness.", outlet=REUTERS)
    assert "DEMAND" not in _types(events), show(events)
    mobilized = [e for e in events if e.type == "MOBILIZE"]
    assert mobilized and mobilized[0].source_acts_for == "IRN", show(events)
    # neither the order's giver ("of the commander-in-chief of the IRGC") nor the units are targets
    assert mobilized[0].target_text is None, show(events)


def test_order_to_staff_stays_a_request(nlp):
    events = linked(nlp, "The minister issued an order to staff that the office should close early.", outlet=REUTERS)
    assert "MOBILIZE" not in _types(events), show(events)


def test_order_to_a_company_is_no_mobilisation(nlp):
    events = linked(nlp, "The court issued an order to the company to halt construction of the pipeline.",
                    outlet=REUTERS)
    assert "MOBILIZE" not in _types(events), show(events)


def test_demand_to_another_state_stays_demand(nlp):
    events = linked(nlp, "The European Union issued a demand to Russia to withdraw its troops from Ukraine.",
                    outlet=REUTERS)
    demands = [e for e in events if e.type == "DEMAND"]
    assert demands and demands[0].target_acts_for == "RUS", show(events)
    assert "MOBILIZE" not in _types(events), show(events)


def test_verb_order_to_own_troops_stays_mobilize_against_the_place(nlp):
    events = linked(nlp, "Russian President Vladimir Putin ordered his troops into eastern Ukraine on Monday.",
                    outlet=REUTERS)
    mobilized = [e for e in events if e.type == "MOBILIZE"]
    assert mobilized and mobilized[0].source_acts_for == "RUS" and mobilized[0].target_acts_for == "UKR", show(events)
    assert "DEMAND" not in _types(events), show(events)


def test_orders_of_phrase_is_its_giver_not_its_addressee(nlp):
    # no addressee named: the "of" phrase says whose order it is (a subjective genitive), so the
    # request is aimed at no one, least of all the state's own armed forces
    events = linked(nlp, "Vladimir Putin issued an order of the commander-in-chief of the Russian Armed Forces.",
                    outlet=REUTERS)
    assert not [e for e in events if e.target_acts_for == "RUS"], show(events)
    assert not [e for e in events if "commander" in (e.target_text or "")], show(events)
