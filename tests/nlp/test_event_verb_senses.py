"""Verb senses that gave the wrong PLOVER type (s13 task senses4, from the s12 hand checks of demo
events): an ill fought is no target of force, an instrument used for a purpose is not the act,
a joint document is an agreement between its parties, permitting a hostile measure eases
nothing, a past decision to attack is the attack, and who is implicated in an act did it.
Fixture sentences are from the demo corpus (examples/) unless marked as a contrast."""

from __future__ import annotations

from tests.nlp.linked_events import coded as _events, show as _explain


# -- ills fought (plover_frames.yaml scourge_objects; CAMEO null-codes FIGHT/COMBAT + CORRUPTION ...)

def test_fighting_a_disease_is_no_assault(base_nlp):
    events = _events(base_nlp, "As we continue to fight COVID-19 and other emerging health threats, Taiwan's "
                     "isolation from the preeminent global health forum is unwarranted and undermines inclusive "
                     "global public health cooperation.")
    assert not [e for e in events if e.type in ("ASSAULT", "THREATEN")], _explain(events)


def test_beating_an_epidemic_is_no_assault(base_nlp):
    events = _events(base_nlp, "President Biden has made beating the overdose epidemic a key priority in his "
                     "Unity Agenda for the Nation.")
    assert not [e for e in events if e.type == "ASSAULT"], _explain(events)


def test_attacking_a_drug_epidemic_is_no_assault(base_nlp):
    events = _events(base_nlp, "Our governments will continue to work together to attack the fentanyl and "
                     "synthetic drug epidemic that is killing so many people in our homelands and globally.")
    assert not [e for e in events if e.type == "ASSAULT"], _explain(events)


def test_fighting_an_actor_stays_an_assault(base_nlp):
    # (a continuing fight with no date or place, "as the people of Ukraine continue to fight bravely
    # against Russia's brutality", is the ongoing war: check not-ongoing-war)
    events = _events(base_nlp, "On Monday, Ukrainian troops fought bravely against Russia's forces near Kharkiv.")
    assert [e for e in events if e.type == "ASSAULT" and "Russia" in e.target_text], _explain(events)


def test_endangering_peace_is_no_threat(base_nlp):
    # PLOVER THREATEN: "All threats, coercive or forceful warnings"; "threaten the peace" endangers
    events = _events(base_nlp, "These words and actions are deeply destabilizing; they risk miscalculation and "
                     "threaten the peace and stability of the Taiwan Strait.")
    assert not [e for e in events if e.type == "THREATEN"], _explain(events)


def test_attacking_principles_or_killing_an_accord_is_no_assault(base_nlp):
    events = _events(base_nlp, "In attacking Ukraine three months ago, he also attacked the principles of "
                     "sovereignty and territorial integrity, enshrined in the UN Charter.")
    assert not [e for e in events if e.trigger == "attacked"], _explain(events)
    assert [e for e in events if e.type == "ASSAULT" and e.target_text == "Ukraine"], _explain(events)
    events = _events(base_nlp, "President Putin killed Minsk Agreements, and more broadly, he attacked the world order.")
    assert not [e for e in events if e.type == "ASSAULT"], _explain(events)


def test_a_threat_to_an_actor_stays_a_threat(base_nlp):
    # contrast (constructed): a threat aimed at an actor is one
    events = _events(base_nlp, "North Korea threatened South Korea with a nuclear strike.")
    assert [e for e in events if e.type == "THREATEN"], _explain(events)


def test_fighting_for_a_cause_is_no_assault(base_nlp):
    # CAMEO FIGHT (FOR STATEHOOD) is a demand (1044): the "for" phrase is a cause, not an opponent
    events = _events(base_nlp, "In short, we'll fight for American workers and industry with every tool we have - "
                     "just as we know that our partners will fight for their workers.")
    assert not [e for e in events if e.type in ("ASSAULT", "THREATEN")], _explain(events)


def test_defending_rights_with_no_actor_is_no_support(base_nlp):
    events = _events(base_nlp, "China's businesses in the United States don't fear using our impartial legal system "
                     "to defend their rights - in fact, they're frequently in court asserting claims against the "
                     "United States Government.")
    assert not [e for e in events if e.type in ("SUPPORT", "INVESTIGATE")], _explain(events)


# -- instruments used for a purpose (event_detection.yaml instrument_verbs)

def test_systems_used_to_push_back_aggression_are_no_investigation(base_nlp):
    events = _events(base_nlp, "And the Ukrainians, because of their extraordinary courage, have been incredibly "
                     "effective in using these systems to push back Russian aggression.")
    assert not [e for e in events if e.type == "INVESTIGATE"], _explain(events)


def test_a_weapon_used_for_a_purpose_stays_force(base_nlp):
    events = _events(base_nlp, "Or last November, when Chinese Coast Guard vessels used water cannons to stop a "
                     "resupply of a Philippine navy ship in the South China Sea.")
    assert [e for e in events if e.type == "ASSAULT" and e.trigger.startswith("used")], _explain(events)


# -- joint documents (event_detection.yaml joint_document_*)

def test_joint_declaration_is_an_agreement_between_its_parties(base_nlp):
    events = _events(base_nlp, "Last year at COP26, the world's hopes were buoyed when the United States and China "
                     "issued our Glasgow Joint Declaration to work together to address emissions from methane to coal.")
    assert not [e for e in events if e.type == "DEMAND"], _explain(events)
    agree = [e for e in events if e.type == "AGREE" and e.trigger.startswith("issued")]
    assert len(agree) == 1, _explain(events)
    assert {agree[0].source_text, agree[0].target_text} == {"United States", "China"}


def test_issuing_a_joint_statement_frames_what_follows(base_nlp):
    # issue 6 kind 10: issuing a joint statement is the frame of its content, no agreement
    # between the co-issuers (task sameday)
    events = _events(base_nlp, "Canada, the Kingdom of Denmark, Finland, Iceland, Norway, Sweden, and the United "
                     "States issue the following joint statement.")
    assert not [e for e in events if e.type in ("AGREE", "DEMAND")], _explain(events)


def test_released_joint_communique_is_no_agreement(base_nlp):
    # contrast: a communique released after talks, the same frame
    events = _events(base_nlp, "The foreign ministers of Japan and Australia released a joint communique after "
                     "their talks in Tokyo.")
    assert not [e for e in events if e.type in ("AGREE", "DEMAND")], _explain(events)


def test_plain_declaration_demanding_keeps_its_demand(base_nlp):
    # contrast: a declaration (not joint) whose content is a demand stays the light phrase's DEMAND
    events = _events(base_nlp, "The opposition alliance issued a declaration demanding that the government "
                     "release all political prisoners.")
    assert [e for e in events if e.type == "DEMAND"], _explain(events)


def test_joint_statement_with_a_partner_is_no_agreement(base_nlp):
    events = _events(base_nlp, "Special Presidential Envoy Kerry also had a phone call with Russian President Putin "
                     "and issued a Joint Statement on the Climate Challenge with Special Presidential "
                     "Representative on Climate Issues Xie Zhenhua.")
    assert not [e for e in events if e.type == "AGREE" and e.trigger.startswith("issued")], _explain(events)


# -- a same-day "will" act in a release is still to come when it is published (gold README: planned
#    is "agreed, announced or intended, not yet done")

def test_today_will_sign_is_still_an_announced_act(base_nlp):
    events = _events(base_nlp, "Today, the President will sign proclamations to raise tariffs on certain Russian "
                     "products imported to the United States.")
    hits = [e for e in events if e.trigger == "raise tariffs"]
    assert hits and all(e.type == "THREATEN" and e.status == "planned" for e in hits), _explain(events)


def test_later_today_will_meet_is_planned(base_nlp):
    events = _events(base_nlp, "Later today, the Secretary will meet with Indian Foreign Minister Jaishankar "
                     "in Washington.")
    assert not [e for e in events if e.status == "asserted"], _explain(events)
    assert [e for e in events if e.type == "AGREE" and e.status == "planned"], _explain(events)


def test_starting_today_stays_a_measure_in_force(base_nlp):
    events = _events(base_nlp, "Starting today, we will impose sanctions on members of the Russian elite.")
    assert [e for e in events if e.type == "SANCTION" and e.status == "asserted"], _explain(events)


def test_plain_will_stays_planned(base_nlp):
    events = _events(base_nlp, "The President will sign proclamations to raise tariffs on certain Russian "
                     "products imported to the United States.")
    hits = [e for e in events if e.trigger == "raise tariffs"]
    assert hits and all(e.type == "THREATEN" and e.status == "planned" for e in hits), _explain(events)


def test_today_on_the_reporting_verb_does_not_date_the_act(base_nlp):
    events = _events(base_nlp, "Today, the Secretary said the United States will impose sanctions on Iran.")
    assert [e for e in events if e.type == "THREATEN" and e.status == "planned"], _explain(events)


# -- "access to X" names what is reached (event_detection.yaml access_nouns)

def test_access_to_own_services_is_no_recipient(base_nlp):
    events = _events(base_nlp, "We will encourage the growth of Cuba's private sector by supporting greater access "
                     "to U.S. Internet services, applications, and e-commerce platforms.")
    assert not [e for e in events if "Internet" in (e.target_text or "")], _explain(events)


# -- permission of a hostile measure (event_detection.yaml permission_verbs)

def test_allowing_the_imposition_of_restrictions_is_no_concession(base_nlp):
    events = _events(base_nlp, "The amended E.O. adds new authorities to allow for the imposition of future "
                     "restrictions on certain trade with Nicaragua to limit the outsized financial benefits of "
                     "certain trade from flowing to the Ortega-Murillo regime, as warranted.")
    assert not [e for e in events if e.type == "CONCEDE"], _explain(events)


def test_allowing_corruption_is_no_concession(base_nlp):
    events = _events(base_nlp, "President Daniel Ortega has chipped away at Nicaragua's democratic institutions and, "
                     "along with a small circle of enablers, has allowed corruption and impunity to reign.")
    assert not [e for e in events if e.type == "CONCEDE"], _explain(events)


def test_allowing_people_in_stays_a_concession(base_nlp):
    events = _events(base_nlp, "New Designation Allows Eligible Venezuelans to Apply for TPS and Employment "
                     "Authorization Documents")
    assert [e for e in events if e.type == "CONCEDE"], _explain(events)


# -- decisions told in the past (event_detection.yaml decision_verbs)

def test_a_past_decision_to_attack_is_the_attack(base_nlp):
    events = _events(base_nlp, "But tragically, because, without reason, Vladimir Putin decided to attack Ukraine, "
                     "the world is now focused on this.")
    attacks = [e for e in events if e.trigger.startswith("decided")]
    assert attacks and all(e.type == "ASSAULT" and e.status == "asserted" for e in attacks), _explain(events)
    assert attacks[0].source_text == "Vladimir Putin" and attacks[0].target_text == "Ukraine"


def test_a_possible_decision_to_attack_stays_unrealised(base_nlp):
    # contrast (constructed): a decision that may come is no attack that happened
    events = _events(base_nlp, "Russia may decide to attack Ukraine.")
    assert not [e for e in events if e.type == "ASSAULT" and e.status == "asserted"], _explain(events)


# -- implicated in an act (event_detection.yaml participation_participles)

def test_the_implicated_unit_is_the_source_of_the_violence(base_nlp):
    events = _events(base_nlp, "According to credible reports, the 76th Guards Air Assault Division has been "
                     "directly implicated in violence against unarmed civilians in Bucha, as well as beating "
                     "detained persons.")
    assault = [e for e in events if e.type == "ASSAULT"]
    assert assault, _explain(events)
    assert not [e for e in assault if "Division" in (e.target_text or "")], _explain(events)
    assert any("Division" in (e.source_text or "") and "civilians" in (e.target_text or "") for e in assault)


def test_who_is_involved_in_attacks_is_their_source(base_nlp):
    # a dated past report of taking part (a relative clause describing the people is no event:
    # check not-participation, tests/nlp/test_event_embedded_acts.py)
    events = _events(base_nlp, "Six individuals, acting on behalf of the Russian Federation, were involved in "
                     "attacks on Chechen dissidents living in Europe in 2019.")
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert attacks and all(e.source_text == "Six individuals" for e in attacks), _explain(events)


# -- checked on main before this change (fixed in s12); kept here with the kind they belong to

def test_led_delegation_is_no_target(base_nlp):
    events = _events(base_nlp, "While in Vienna, he will lead the U.S. delegation to the 65th session of the United "
                     "Nations Commission on Narcotic Drugs.")
    assert events and not [e for e in events if "delegation" in (e.target_text or "")], _explain(events)
    # PLOVER CONSULT: "References to future meetings ... should be coded as AGREE"
    assert all(e.type == "AGREE" and e.status == "planned" for e in events), _explain(events)
