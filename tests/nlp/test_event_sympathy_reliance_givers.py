"""Three readings of event type and doer (events 0.7.840), with invented newswire-style sentences:

- a concern felt for a loss of life whose phrase names no doer of the harm is sympathy (CAMEO.2.0
  "SHARE + CONCERN" [018], as condolences), no DISAPPROVE; a concern about an actor's act or about
  harm whose doer is named stays DISAPPROVE;
- what one "looks to" or "counts on" X to do is asked of X (CAMEO LOOK "(FOR HELP)" [020]), not done;
- an agentless passive of giving names the giver in its "from" phrase (source-goal grammar of
  transfer verbs), but not a "from" inside the recipient's own phrase."""

from __future__ import annotations

from tests.nlp.linked_events import explain as _explain, linked as _events


def _typed(events, event_type):
    return [e for e in events if e.type == event_type]


def test_concern_and_condolences_for_a_loss_of_life_are_sympathy(nlp):
    # sympathy is CAMEO 018, a public-statement code PLOVER drops (events 0.7.911): no event at all
    events = _events(nlp, "The Foreign Minister expressed her concern and condolences for the loss of life "
                          "in the earthquake.")
    assert not _typed(events, "DISAPPROVE") and not _typed(events, "SUPPORT"), _explain(events)


def test_concern_for_victims_is_no_disapproval(nlp):
    events = _events(nlp, "The minister expressed deep concern for the victims of the floods.")
    assert not _typed(events, "DISAPPROVE"), _explain(events)


def test_concern_over_an_actors_acts_stays_disapproval(nlp):
    events = _events(nlp, "The minister expressed concern over Russia's actions.")
    disapprovals = _typed(events, "DISAPPROVE")
    assert disapprovals and disapprovals[0].target_key == "country:RUS", _explain(events)


def test_concern_over_deaths_with_a_named_killer_stays_disapproval(nlp):
    events = _events(nlp, "The minister expressed concern over the deaths of protesters killed by the police.")
    assert _typed(events, "DISAPPROVE"), _explain(events)


def test_what_one_looks_to_another_to_do_is_not_done(nlp):
    for text in ("We look to India to help with a global response.",
                 "We look to India – a nation that has built great capacity – to help with a global response.",
                 "We count on Japan to provide assistance to Ukraine."):
        events = _events(nlp, text)
        assert not _typed(events, "AID"), (text, _explain(events))


def test_giving_still_coded_when_told_as_done(nlp):
    events = _events(nlp, "Japan provided assistance to Ukraine.")
    aid = _typed(events, "AID")
    assert aid and aid[0].source_key == "country:JPN", _explain(events)


def test_passive_giving_takes_the_giver_from_its_from_phrase(nlp):
    for text, giver in (("The rebels were supplied with weapons from Iran.", "country:IRN"),
                        ("Ukraine was given weapons from Poland.", "country:POL")):
        events = _events(nlp, text)
        aid = _typed(events, "AID")
        assert aid and aid[0].source_key == giver, (text, _explain(events))


def test_from_inside_the_recipients_phrase_is_no_giver(nlp):
    events = _events(nlp, "Officers from Texas were provided with rifles.")
    assert all(e.source_text is None for e in _typed(events, "AID")), _explain(events)
