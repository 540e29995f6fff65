"""Friendly deployments (task friendly, judged sample 77777): means or people sent to build up a
partner's capacity, and advisers or trainers sent, are assistance (PLOVER AID "military and police
assistance including arms and personnel"), not MOBILIZE, which moves forces against someone."""

from tests.nlp.linked_events import extracted_events


def test_resources_deployed_to_increase_security_are_aid():
    text = ("The United States is deploying additional resources to Guatemala to increase security at "
            "land, air, and sea ports throughout the country, increasing screening and vetting in the region.")
    found = extracted_events(text, "deploy")
    assert not [e for e in found if e[0] == "MOBILIZE"], found
    assert [e for e in found if e[0] == "AID"], found


def test_teams_deployed_to_increase_capacity_are_no_mobilize_and_no_recipient():
    # (in its whole article the parse made this MOBILIZE with the teams as target; the excerpt
    # guards the outcome: no show of force, and the teams sent are never the recipient)
    text = ("Mobile Justice Teams: Several Mobile Justice Teams (MJTs) are being created and deployed to "
            "increase the capacity of the OPG War Crimes Unit and regional prosecutors to conduct field "
            "investigations. The MJTs will be composed of both international and Ukrainian experts and will "
            "be deployed at the request of the OPG to assist Ukraine’s investigators on the ground.")
    found = extracted_events(text, "deploy", "aid", "assist")
    assert not [e for e in found if e[0] == "MOBILIZE"], found
    assert not [e for e in found if e[3] and "Teams" in e[3]], found


def test_advisor_deployed_to_police_is_aid():
    text = ("State is deploying an advisor to the HNP judicial police and bringing onboard an advisor to "
            "the HNP Inspector General.")
    found = extracted_events(text, "deploy")
    assert not [e for e in found if e[0] == "MOBILIZE"], found
    assert [e for e in found if e[0] == "AID"], found


def test_troops_deployed_stay_mobilize():
    text = "Russia has ordered troops to deploy into the so-called DNR and LNR regions of Ukraine."
    found = extracted_events(text, "deploy", "order")
    assert [e for e in found if e[0] == "MOBILIZE"], found



def test_support_for_own_industry_has_no_own_state_target():
    # the outlet makes the Administration act for the United States (as in its White House release)
    import datetime as dt

    from newsgraph.nlp.pipeline import extract

    text = ("In response to China’s unfair practices, today the Biden-Harris Administration is taking new, "
            "historic actions to support American steel manufacturing and shipbuilding.")
    events = extract(text, reference_date=dt.date(2024, 4, 17), outlet="The White House").events
    assert not [e for e in events if e.type == "SUPPORT" and e.target_key == "country:USA"], events
