"""Framing and aims (task framing, s18): what an act is done *for* is no second act. A verbal
PLOVER category whose "by"-gerund means is a material act of the same side is that act's aim
(check not-aim-of-means, events.means_aim_check; codebook quad categories in event_detection.yaml).
Fixture sentences are from the demo corpus (examples/: State Department and G7 releases) unless
marked as a contrast."""

from __future__ import annotations

from tests.nlp.linked_events import coded, show


def test_pressure_increased_by_designating_is_the_designation(base_nlp):
    events = coded(base_nlp, "Today, the United States, in coordination with our allies and partners, is taking "
                   "further actions to increase the pressure on the Russian Federation by designating the "
                   "executives and board members of two of Russia's most important banks, Sberbank and "
                   "Gazprombank.")
    assert not [e for e in events if e.trigger.startswith("increase")], show(events)
    assert {e.type for e in events if e.trigger == "designating"} == {"SANCTION"}, show(events)


def test_pressure_increased_by_imposing_measures_is_the_measure(base_nlp):
    events = coded(base_nlp, "Together with international partners, the G7 will sustain and increase pressure on "
                   "Russia by imposing coordinated additional restrictive measures to effectively undermine "
                   "Russia's ability to wage its war.")
    assert not [e for e in events if e.type == "DEMAND"], show(events)
    assert [e.type for e in events if e.trigger.startswith("imposing")] == ["COERCE"], show(events)


def test_a_verbal_act_without_a_material_means_event_stays(base_nlp):
    # contrast: the means ("by joining with allies") is no event, so the verbal act is the act
    events = coded(base_nlp, "The United States is reaffirming our strong commitment to the Ukrainian people by "
                   "joining with allies and partners to mobilize robust international support.")
    assert [e.type for e in events if e.trigger.startswith("reaffirm")] == ["SUPPORT"], show(events)
