"""Keyword senses from the independent judge's sample (task senses11): "violate" is REJECT only
for a rule violated (CAMEO 128), a substance released is no RETREAT/release, people deployed to
assist give aid (no MOBILIZE or THREATEN), "come to office" is no visit."""

from tests.nlp.linked_events import extracted_events


def test_violating_with_no_rule_is_no_reject():
    text = ("I think that you certainly can anticipate that she will be raising concerns about where "
            "we believe Beijing is violating.")
    assert not [e for e in extracted_events(text, "violat") if e[0] == "REJECT"]


def test_act_noun_violating_commitments_is_no_reject():
    text = ("Beijing’s quashing of freedom in Hong Kong violates its handover commitments, enshrined in a "
            "treaty deposited at the United Nations.")
    assert not [e for e in extracted_events(text, "violat") if e[0] == "REJECT"]


def test_violating_sovereignty_is_no_reject():
    text = ("The Russian Federation not only continues to violate the sovereignty of Ukraine with its "
            "attacks, but it is escalating the devastation of population centers.")
    assert not [e for e in extracted_events(text, "violat", "continue") if e[0] == "REJECT"]


def test_violating_a_charter_stays_reject():
    # CAMEO 128 "defy norms, law": a rule violated by an actor
    text = "Russia has violated the UN Charter and will have to face consequences for its actions."
    assert [e for e in extracted_events(text, "violat") if e[0] == "REJECT" and e[2] == "Russia"]


def test_substance_released_is_no_retreat():
    text = ("Iodine released from these chemicals into milk has been the major source of dietary iodine "
            "in Australia for at least four decades, but is now declining.")
    assert not [e for e in extracted_events(text, "releas") if e[0] == "RETREAT"]


def test_person_released_from_prison_stays_retreat():
    text = "Today, ten Americans who have been detained in Venezuela have been released and are coming home."
    assert [e for e in extracted_events(text, "releas") if e[0] == "RETREAT"]


def test_experts_deployed_to_assist_give_aid():
    text = ("The MJTs will be composed of both international and Ukrainian experts and will be deployed "
            "at the request of the OPG to assist Ukraine’s investigators on the ground.")
    found = extracted_events(text, "deploy")
    assert not [e for e in found if e[0] in ("THREATEN", "MOBILIZE")], found


def test_come_to_office_is_no_visit():
    text = ("The minister and I have been working very closely together over the last six months since "
            "we’ve come to office.")
    assert not [e for e in extracted_events(text, "come") if e[0] == "CONSULT"]


def test_came_to_a_city_stays_a_visit():
    text = "President Petro came to Washington on Monday."
    assert [e for e in extracted_events(text, "came") if e[0] == "CONSULT"]


def test_violating_all_of_these_agreements_is_reject():
    text = ("In the past 24 hours alone, with his actions toward Ukraine, President Putin has violated "
            "all of these agreements.")
    assert [e for e in extracted_events(text, "violat") if e[0] == "REJECT" and e[2] == "Putin"]
