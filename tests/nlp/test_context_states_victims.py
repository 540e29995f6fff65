"""Victims with no state of their own are of the place where the act on them happened, not of
their attacker's state because the article is about it (task actors10, class b;
``context_states.victims_place_state``). PLOVER ASSAULT/COERCE: the recipient is the victim; the
attacker's state is named by the source."""

from __future__ import annotations

from tests.nlp.linked_events import linked as _linked, show as _show

TEXT = ("The Treasury sanctioned Russia's 64th Brigade. Russia's brigade committed atrocities, Russia's "
        "neighbors say. According to witnesses, while operating in Irpin, the Russian brigade killed civilians "
        "and detained journalists. Russian police detained protesters in Moscow.")


def test_victims_of_a_force_act_abroad_are_of_where_it_happened(nlp):
    events = _linked(nlp, TEXT)
    abroad = [e for e in events if e.target_text in ("civilians", "journalists")]
    assert len(abroad) == 2, _show(events)
    assert {(e.source_acts_for, e.target_acts_for) for e in abroad} == {("RUS", "UKR")}, _show(abroad)


def test_victims_of_an_act_at_home_stay_of_that_state(nlp):
    events = _linked(nlp, TEXT)
    home = [e for e in events if e.target_text == "protesters"]
    assert home and {e.target_acts_for for e in home} == {"RUS"}, _show(home)



MANY_STATES = "The foreign ministers of Canada, Italy, Japan and Germany met in Rome on Friday. "
STRIKES = ("We condemn in the strongest terms the continuing strikes killing and injuring civilians and aid workers, "
           "the deliberate targeting of power plants and the damage to schools in {place}.")


def test_civilians_of_an_agentless_force_act_are_of_the_one_state_it_is_placed_in(nlp):
    # linker 0.3.859: with no doer (so no doer's state), a clause placing the act in one state
    # still places the people at large it falls on there, as victims_place_state does beside a doer
    events = _linked(nlp, MANY_STATES + STRIKES.format(place="Yemen"))
    civilians = [e for e in events if e.type == "ASSAULT" and e.target_text == "civilians"]
    assert civilians and {(e.target_acts_for, e.target_sector) for e in civilians} == {("YEM", "CVL")}, _show(events)
    # contrasts: a group of a sector of its own ("aid workers") may come from anywhere; places in two
    # states place no one
    workers = [e for e in events if e.type == "ASSAULT" and e.target_text == "aid workers"]
    assert workers and {e.target_acts_for for e in workers} == {None}, _show(events)
    events = _linked(nlp, MANY_STATES + STRIKES.format(place="Yemen and Libya"))
    civilians = [e for e in events if e.type == "ASSAULT" and e.target_text == "civilians"]
    assert civilians and {e.target_acts_for for e in civilians} == {None}, _show(events)
