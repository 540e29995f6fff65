"""Framing and aims (task framing, s18): what an act is done *for* is no second act. A verbal
PLOVER category whose "by"-gerund means is a material act of the same side is that act's aim
(check not-aim-of-means, events.means_aim_check; codebook quad categories in event_detection.yaml).
Fixture sentences are from the demo corpus (examples/: State Department and G7 releases) unless
marked as a contrast."""

from __future__ import annotations

from tests.nlp.linked_events import coded, extracted_events, show


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
    # restrictive measures are sanctions (PLOVER SANCTION 'discontinue': "International (political or
    # economic) sanctions"; typefix2); the means of an act the G7 "will" do is announced, not done
    # (events 0.7.122): as "the G7 will impose measures", an announced sanction is THREATEN/sanction, planned
    imposing = [e for e in events if e.trigger.startswith("imposing")]
    assert [(e.type, e.mode, e.status) for e in imposing] == [("THREATEN", "sanction", "planned")], show(events)


def test_a_verbal_act_without_a_material_means_event_stays(base_nlp):
    # contrast: the means ("by joining with allies") is no event, so the verbal act is the act
    events = coded(base_nlp, "The United States is reaffirming our strong commitment to the Ukrainian people by "
                   "joining with allies and partners to mobilize robust international support.")
    assert [e.type for e in events if e.trigger.startswith("reaffirm")] == ["SUPPORT"], show(events)


# the White House fact sheet's bullet as the demo corpus holds it (examples/whitehouse)
STEEL_BULLET = ("-   **President Biden is directing his senior team to work with Mexico\n"
                "    to jointly prevent China’s and other countries’ evasion of tariffs\n"
                "    on steel and aluminum that is imported from Mexico into the United\n"
                "    States. **This is a growing challenge that must be addressed to\n"
                "    prevent Chinese and others’ steel exports from gaining access to the\n"
                "    U.S. market and evading Section 232 or Section 301 tariffs.")


def test_purpose_of_an_obligated_act_is_not_asserted():
    found = [e for e in extracted_events(STEEL_BULLET, "prevent", fields=("type", "status", "sentence_start"))
             if e[2] >= STEEL_BULLET.index("States. **") + 8]
    # never asserted; since events 0.7.118 the purpose of the obligation is no event at all (not-possibility-frame)
    assert found == [], found


def test_purpose_of_a_should_act_is_not_asserted(base_nlp):
    # contrast: "should use every tool to support": the support is an aim the writer urges
    events = coded(base_nlp, "The United States should use every tool to support the people of Ukraine.")
    assert [(e.type, e.status) for e in events if e.trigger == "support"] == [("SUPPORT", "hypothetical")], show(events)


def test_purpose_of_a_future_act_stays_planned(base_nlp):
    # contrast: the existing reading ("will use ... to support") is unchanged
    events = coded(base_nlp, "The United States will use all diplomatic and economic tools at our disposal to "
                   "support the people of Nicaragua.")
    assert [e.status for e in events if e.trigger == "support"] == ["planned"], show(events)
