"""Recipients of a measure given by a count, a title or a place list (issue 6): the counted set's
parties named next, its "of" body, a title's appositive holder, and a list of places the parser
split off the recipient's phrase."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

OUTLET = "United States Department of State"


def _sanctions(text, nlp):
    x = extract(text, dt.date(2023, 3, 1), nlp=nlp, outlet=OUTLET)
    return x, [e for e in x.events if e.type == "SANCTION"]


def test_officers_of_a_states_military_act_for_that_state(nlp):
    _x, found = _sanctions("The Department of State is imposing visa restrictions on 120 officers of the Belarusian "
                           "military for their role in the crackdown.", nlp)
    assert [(e.target_acts_for, e.target_sector) for e in found] == [("BLR", "MIL")]
    assert found[0].target_text.endswith("of the Belarusian military")


def test_a_counted_set_is_the_parties_this_action_targets_next(nlp):
    x, found = _sanctions("Today, OFAC sanctioned two Iranian individuals for their role in the drone program. This "
                          "action targets the Iranian Minister of Defense and the Iranian Aerospace Industries "
                          "Organization.", nlp)
    assert len(found) == 2
    assert {e.target_acts_for for e in found} == {"IRN"}
    assert any(e.target_key and x.entities[e.target_key].name == "Iranian Aerospace Industries Organization"
               for e in found)
    assert not any("individuals" in (e.target_text or "") for e in found)
    # a count the next sentence does not match stays the counted set
    _x, found = _sanctions("Today, OFAC sanctioned three Iranian individuals for their role in the drone program. "
                           "This action targets the Iranian Minister of Defense and the Iranian Aerospace Industries "
                           "Organization.", nlp)
    assert [e.target_text for e in found] == ["three Iranian individuals"]


def test_a_title_with_its_holder_in_apposition_is_the_holder(nlp):
    x, found = _sanctions("OFAC designated Honduran state-owned utility company ENEE and the president of its board of "
                          "directors, Ruy Delgado Lopez.", nlp)
    holder = [e for e in found if e.target_key and e.target_key.startswith("person:")]
    assert len(holder) == 1 and x.entities[holder[0].target_key].name == "Ruy Delgado Lopez"
    assert holder[0].target_acts_for == "HND"


def test_a_place_list_split_off_a_firms_phrase_is_no_state_target(nlp):
    _x, found = _sanctions("The United States is imposing sanctions on a network of Iranian steel traders and front "
                           "companies in the People’s Republic of China (PRC), the United Arab Emirates, and Malaysia "
                           "that sell Iranian steel abroad.", nlp)
    assert found and all(e.target_sector == "BUS" for e in found)
    assert not any(e.target_key in ("country:ARE", "country:MYS") for e in found)


def test_counted_groups_under_one_state_are_two_measures(nlp):
    _x, found = _sanctions("Action to impose visa restrictions on 230 officers of the Belarusian military, including "
                           "officers serving in Minsk. Action to impose visa restrictions on 12 Belarusian nationals "
                           "pursuant to a policy that applies to current and former Belarusian officials.", nlp)
    assert len(found) == 2
    assert {e.target_acts_for for e in found} == {"BLR"}
