"""Future and conditional commitments told as asserted acts (issue 6, task status10): a continued
measure bounded by what another party must do ("until it ceases ...") is a coercive warning
(PLOVER THREATEN), an act under a bare conjoined "keep" / "continue" shares its coordinate's
"will", a part ("including V-ing") of a promised act is promised, a parenthetical "as X said"
leaves an obligation ("has to be provided") a demand, and the content of a pretext is denied.
Sentences are my own, written in the style of the demo corpus (examples/)."""

from __future__ import annotations

import datetime as dt

from tests.nlp.linked_events import linked, show


def _rows(events, *triggers):
    return [(e.type, e.status, e.source_text, e.target_text) for e in events
            if any(e.trigger.startswith(t) for t in triggers)]


def test_a_continued_measure_until_the_target_complies_is_a_threat(nlp):
    found = linked(nlp, "The European Union will continue to impose costs on the junta until it "
                        "releases the detained ministers and restores civilian rule.")
    assert _rows(found, "continue") == [("THREATEN", "asserted", "European Union", "junta")], show(found)


def test_the_until_clause_names_whom_the_threat_warns(nlp):
    found = linked(nlp, "We will continue to impose costs until Minsk frees the detained journalists.")
    assert _rows(found, "continue") == [("THREATEN", "asserted", "We", "Minsk")], show(found)


def test_a_continued_measure_with_no_condition_is_announced(nlp):
    # events 0.7.168: a material act under "will continue" is to come, as the gold files code "The
    # United States will continue to modify the application of the ... duty" (planned); an
    # announced coercive act is PLOVER THREATEN, no SANCTION of the release day; events 0.7.210:
    # the threat is made when told, stored asserted (gold: "will continue to respond")
    found = linked(nlp, "The United States will continue to impose severe costs on the Russian Federation "
                        "in response to its aggression.")
    assert _rows(found, "continue") == [("THREATEN", "asserted", "United States", "Russian Federation")], \
        show(found)


def test_a_relayed_forecast_of_a_continued_attack_stays_planned(nlp):
    # review 34 finding 1: the threat is made when told only by the threatener itself; another
    # party's forecast of Russia's act under "said" is no threat Russia made (events 0.7.216)
    found = linked(nlp, "Ukrainian officials said Russia will continue to shell Kharkiv until the city surrenders.")
    assert _rows(found, "continue") == [("THREATEN", "planned", "Russia", "Kharkiv")], show(found)


def test_until_on_a_cooperative_act_is_no_threat(nlp):
    # (a solidarity idiom under "will" is the stance voiced now since events 0.8.188: SUPPORT, no
    # threat and no longer a promise)
    found = linked(nlp, "The United States will stand with the people of Moldova until they prevail.")
    assert [e.type for e in found] == ["SUPPORT"], show(found)


def test_aid_under_a_conjoined_keep_is_promised(nlp):
    # the parser hangs "to help" on the conjoined "keep" (a long list of aid before it)
    found = linked(nlp, "For now, we will remain in close contact and coordination with our partners and allies, "
                        "urge the junta to end the violence, and keep surging diplomatic support, security and "
                        "economic assistance, and humanitarian aid to help the people of Sudan in their time of need.")
    assert _rows(found, "help") == [("AGREE", "planned", "we", "people of Sudan")], show(found)


def test_an_included_act_of_a_commitment_is_promised(nlp):
    found = linked(nlp, "Canada commits to use its influence to facilitate the peace talks, including appointing "
                        "a special envoy to support the negotiations.")
    assert [(e.type, e.status) for e in found if e.trigger.startswith("appointing")] == [("AGREE", "planned")], \
        show(found)


def test_an_obligation_with_a_parenthetical_attribution_is_no_aid(nlp):
    found = linked(nlp, "The pressure has to be stepped up, and Moldova has to be provided with all the "
                        "energy it needs, as the minister said, this winter.")
    assert [e for e in found if e.type == "AID"] == [], show(found)


def test_the_content_of_a_pretext_is_not_asserted(nlp):
    found = linked(nlp, "The soldiers fired dozens of shells at the border posts under the absurd pretext "
                        "that the rebels fired one shell at the village.")
    assert [e for e in found if e.type == "ASSAULT" and e.source_text == "rebels"
            and e.status == "asserted"] == [], show(found)


def test_a_be_to_trip_is_planned_as_a_will_trip(nlp):
    # events 0.7.168: English "be to" tells a scheduled act, as "will travel" (planned AGREE;
    # PLOVER codes references to future meetings and visits as AGREE) (examples/wikinews-gum)
    found = linked(nlp, "On Wednesday, Mohamed and his father are to travel to the United Nations.")
    assert _rows(found, "travel") == [("AGREE", "planned", "Mohamed", "United Nations")], show(found)


def test_a_progressive_trip_dated_after_the_release_is_planned(nlp):
    # events 0.7.168: a present progressive with a time after the article's day is a scheduled
    # trip (English futurate progressive) (examples/statedept release of 2 April 2022)
    text = "Assistant Secretary Robinson is traveling to Riga, Latvia April 3-5."
    found = linked(nlp, text, published=dt.date(2022, 4, 2))
    assert [(e.type, e.status, e.date) for e in found] == [("AGREE", "planned", "2022-04-03")], show(found)


def test_a_progressive_trip_under_way_stays_asserted(nlp):
    text = "Assistant Secretary Robinson is traveling to Riga, Latvia April 3-5."
    found = linked(nlp, text, published=dt.date(2022, 4, 4))
    assert [(e.type, e.status) for e in found] == [("CONSULT", "asserted")], show(found)


def test_a_progressive_meeting_in_a_scheduled_trip_is_planned_with_it(nlp):
    # event_dates 0.1.23: the scene of a trip still to come ("While in Riga, ... is meeting") takes
    # the trip's later date and is scheduled too: one planned AGREE, no asserted CONSULT
    text = ("Assistant Secretary Robinson is traveling to Riga, Latvia April 3-5. While in Riga, the Assistant "
            "Secretary is meeting with Latvian government officials to discuss border security.")
    found = linked(nlp, text, published=dt.date(2022, 4, 2))
    assert {(e.type, e.status) for e in found} == {("AGREE", "planned")}, show(found)


def test_a_material_purpose_of_a_continued_effort_is_announced(nlp):
    # events 0.7.168: "will continue to work with partners to impose costs" is to come as "will
    # continue to impose costs" is (examples/statedept); a stance purpose stays voiced now
    found = linked(nlp, "The United States will continue to work with our partners and allies to impose severe "
                        "costs on the Government of the Russian Federation for its aggression against Ukraine.")
    assert _rows(found, "impose") == [("THREATEN", "asserted", "United States", "Government of the Russian Federation")], \
        show(found)
    # task aimwork: a bare verb conjoined to the purpose infinitive shares its "to" and its future
    found = linked(nlp, "We will continue to work closely with lawmakers to support our Ukrainian partners and "
                        "impose costs on the Russian government.")
    assert [(e.type, e.status) for e in found if e.trigger.startswith("impose")] == [("THREATEN", "asserted")], \
        show(found)
    found = linked(nlp, "The United States will continue to use all diplomatic and economic tools at our disposal "
                        "to support Nicaraguans’ calls for greater freedom.")
    assert _rows(found, "support") == [("SUPPORT", "asserted", "United States", "Nicaraguans")], show(found)


def test_a_stance_held_for_all_time_is_voiced_now(nlp):
    # events 0.7.940: "will always / forever" + a stance is held now, as under "will continue to"
    # (docs/hand-check.md: a continuing stance is SUPPORT, asserted), no AGREE of a future act
    found = linked(nlp, "The United States will always stand with the people of Moldova.")
    assert _rows(found, "stand") == [("SUPPORT", "asserted", "United States", "people of Moldova")], show(found)
    found = linked(nlp, "We will forever support the people of Belarus.")
    assert _rows(found, "support") == [("SUPPORT", "asserted", "We", "people of Belarus")], show(found)


def test_material_help_promised_for_all_time_stays_a_promise(nlp):
    # the adverb changes only the expressive types: aid to come is still promised (PLOVER AGREE)
    found = linked(nlp, "The United States will always provide humanitarian aid to the people of Sudan.")
    assert [(e.type, e.status) for e in found if e.trigger.startswith("provide")] == [("AGREE", "planned")], \
        show(found)


def test_the_on_gerund_of_a_commitment_is_promised_not_done(nlp):
    # events 0.7.940: "commitments on V-ing" names what is committed to, as "commitment to V-ing"
    # does: no sanction imposed on the release day
    found = linked(nlp, "New commitments on imposing trade restrictions against Belarus will be endorsed at the summit.")
    assert not [e for e in found if e.trigger.startswith("imposing")], show(found)
