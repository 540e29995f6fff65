"""Types read from the trigger word and its context (PLOVER codebook; PETRARCH2 CAMEO patterns)."""
from __future__ import annotations

from newsgraph.nlp.events import find_events
from tests.nlp.linked_events import linked, show

# wikinews-gum (demo corpus): an evacuation by one's own authorities within the country
DOMESTIC_EVACUATION = ("No injuries or deaths were reported in the attacks from either side, but South Korea "
                       "evacuated about 80 people in the town of Yeoncheon after at least one shell landed "
                       "near the area.")


def test_evacuating_people_at_home_is_no_sanction(base_nlp):
    # PETRARCH2 "EVACUATE + PEOPLE" [160] reduces relations with the country left ("from"); none here
    events = find_events(base_nlp(DOMESTIC_EVACUATION))
    assert not [e for e in events if e.trigger.startswith("evacuate")]


def test_evacuating_nationals_from_a_country_still_reduces_relations(base_nlp):
    events = find_events(base_nlp("The United States evacuated its citizens from Libya on Friday."))
    assert [e.type for e in events if e.trigger.startswith("evacuated")] == ["SANCTION"]



# statedept sanctions release (demo corpus): the bar follows a designation announced today
BARRED_ACCESS = ("Today, the Department of Commerce is designating Fertoing, a specialized marine engineering "
                 "company. Fertoing will now be blocked from accessing critical U.S. technologies.")


def test_a_bar_taking_effect_now_is_no_threat_against_the_goods_owner(nlp):
    # was THREATEN/protest:obstruct with the U.S. as target; the designation carries the sanction
    events = linked(nlp, BARRED_ACCESS)
    assert not [e for e in events if e.type == "THREATEN" or e.target_text == "U.S."], show(events)


def test_being_blocked_from_accessing_technology_is_a_sanction_on_the_barred_party(nlp):
    text = "The Russian Ministry of Defense will now be blocked from accessing critical U.S. technologies."
    events = [e for e in linked(nlp, text) if e.trigger.startswith("blocked")]
    assert [(e.type, e.mode, e.status) for e in events] == [("SANCTION", "discontinue", "asserted")], show(events)
    assert "Ministry of Defense" in events[0].target_text


# statedept readout (demo corpus)
PROTECTED_STATUS = ("Dr. Sherwood-Randall expressed appreciation for the important contribution Panama is making "
                    "in offering Temporary Protected Status to migrants in Panama within the framework of the Los "
                    "Angeles Declaration on Migration and Protection.")


def test_offering_protected_status_to_migrants_is_asylum_aid(base_nlp):
    events = [e for e in find_events(base_nlp(PROTECTED_STATUS)) if e.trigger.startswith("offering")]
    assert [(e.type, e.mode) for e in events] == [("AID", "asylum")]


def test_a_promised_refugee_status_is_an_offer_of_asylum_aid(base_nlp):
    events = find_events(base_nlp("Poland will offer refugee status to Ukrainian citizens."))
    assert [(e.type, e.mode) for e in events if e.trigger.startswith("offer")] == [("AGREE", "aid:asylum")]


# statedept sanctions releases (demo corpus)
EVASION_BACKED = ("Today, the Department of State has designated the Uzbekistan-based Promcomplektlogistic Private "
                  "Company, which has actively supported Radioavtomatika in Radioavtomatika’s effort to evade U.S. "
                  "sanctions.")
WAR_EFFORT_BACKED = ("This will result in sanctions being imposed on over 200 individuals and entities, including "
                     "both Russian and third-country actors across Europe, Asia, and the Middle East that are "
                     "supporting Russia’s war effort.")


def test_backing_sanctions_evasion_is_material_aid_not_support(base_nlp):
    events = [e for e in find_events(base_nlp(EVASION_BACKED)) if e.trigger.startswith("supported")]
    assert [(e.type, e.mode) for e in events] == [("AID", None)]


def test_backing_a_war_effort_is_material_aid_not_support(base_nlp):
    events = [e for e in find_events(base_nlp(WAR_EFFORT_BACKED)) if e.trigger.startswith("supporting")]
    assert [(e.type, e.mode) for e in events] == [("AID", "military")]


def test_backing_military_exercises_is_military_aid_not_support(base_nlp):
    # task aimwork: SUPPORT is "only for political, diplomatic, and non-material support"
    text = "Belarus supports Russian military exercises near the border."
    events = [e for e in find_events(base_nlp(text)) if e.trigger.startswith("supports")]
    assert [(e.type, e.mode) for e in events] == [("AID", "military")]


def test_backing_a_peace_effort_stays_support(base_nlp):
    text = "The United States pledges to support Germany’s efforts to bring peace to eastern Ukraine."
    assert not [e for e in find_events(base_nlp(text)) if e.type == "AID"]
