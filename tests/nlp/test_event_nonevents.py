"""Non-events among low-confidence demo events (task nonevents, s16): a counterfactual modal
perfect (check not-counterfactual), a remark or condolence offered (check not-remark, CAMEO OFFER
block 017/018), an act only risked (check not-risk), a thing that allows (check
not-enabling-thing) and a forecast of what non-actors will do (check not-prediction) are no events;
real acts beside them keep theirs. Fixture sentences are from the demo corpus (examples/) unless
marked as a contrast."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import explain as _explain, linked as _events


@pytest.mark.parametrize("text, trigger", [
    # White House statement on Iran's attack on Israel: a modal perfect, what did not happen
    ("This attack targeted Israel’s most populated city, Tel Aviv, and could have killed hundreds if not "
     "thousands of innocent people.", "killed"),
    # a press transcript: a response offered is a remark, not an offer to cooperate (AGREE/offer)
    ("It would be impossible to improve upon the response that he offered.", "offered"),
    # State Department statement on the PRC: an assessed risk (was REJECT)
    ("The PRC’s escalatory response risks increasing tensions and destabilizing the region.", "increasing"),
    # NASA release: a programme that allows is no concession (was AGREE/concede:ease)
    ("NASA’s Artemis program will allow us to develop the technologies and experience necessary to mount a "
     "historic human mission to Mars.", "allow"),
    # Air Force feature: a trailing result participle; the operation enables, no actor eases (was CONCEDE/ease)
    ("Twenty-five years ago, the Air Force participated in Operation Desert Storm, the largest air campaign "
     "since the conflict in Southeast Asia. "
     "Desert Storm marked the first conflict in history to make comprehensive use of stealth and space systems "
     "support capabilities against a modern, integrated air defense, allowing the Air Force to succeed in their "
     "endeavor of air superiority.", "allowing"),
    # State Department fact sheet (paraphrased): what aid given makes possible is the aid's effect, no
    # second act of easing (was CONCEDE by the Department, beside the AID event)
    ("Last year the Department of State contributed $4 million to the International Organization for "
     "Migration, allowing the organization to expand its shelters.", "allowing"),
    # Global Voices (Italy): a forecast about third parties under "says", no promise (was AGREE/retreat)
    ('Undersecretary for Education Mr. Toccafondi says "many schools will increase their fees or they will '
     'quit.', "quit"),
])
def test_non_event_is_dropped(nlp, text, trigger):
    events = _events(nlp, text)
    assert not [e for e in events if e.trigger.split()[0] == trigger], _explain(events)


@pytest.mark.parametrize("text, trigger, event_type", [
    # contrasts: a told act, a real offer of aid, an actor that allows
    ("Russia attacked Ukraine and killed hundreds of civilians.", "killed", "ASSAULT"),
    ("Germany offered assistance to Ukraine.", "offered", "AGREE"),
    ("The United States will allow Venezuela to export oil.", "allow", "AGREE"),
    # a result participle's doer is its main clause's subject: an actor grants the access (review 34b
    # §5), also with an adverb after the comma
    ("The government signed a decree on Monday, allowing foreign journalists to enter the country.", "allowing",
     "CONCEDE"),
    ("The government signed a decree on Monday, thus allowing foreign journalists to enter the country.",
     "allowing", "CONCEDE"),
    # review rev35a §3: a verb the pipeline does not type as aid in its context gives no aid whose
    # effect the participle tells: "contribute to" a result (no CAMEO default), "give up" weapons
    # (the particle: disarming, CAMEO 0873, not "give + weapons" 072); the actor subject grants
    ("The government contributed to the collapse of the talks, allowing the rebels to regroup.", "allowing",
     "CONCEDE"),
    ("The rebels gave up their weapons, allowing the army to enter the town.", "allowing", "CONCEDE"),
    # contrast: an actor's own permission told in the main clause stays CONCEDE
    ("The government allowed opposition parties to hold rallies, ending a two-year ban.", "allowed", "CONCEDE"),
    # a promise the speaker's own state makes keeps AGREE
    ("The President announced that the United States will provide $100 million to Ukraine.", "provide", "AGREE"),
])
def test_real_act_is_kept(nlp, text, trigger, event_type):
    events = _events(nlp, text)
    assert any(e.trigger.split()[0] == trigger and e.type == event_type for e in events), _explain(events)


def test_congratulations_offered_stay_praise(nlp):
    # contrast (State Department readout): congratulations offered are praise (CAMEO 051), kept; condolences
    # offered are CAMEO 018, a comment PLOVER drops, no event (events 0.7.911)
    events = _events(nlp, "The President offered his condolences to Prime Minister Modi.")
    assert not any(e.trigger.startswith("offered") for e in events), _explain(events)
    text = ("Secretary of State Antony J. Blinken spoke with Peruvian President-Elect Pedro Castillo and offered "
            "congratulations to the people of Peru for an electoral process indicative of a strong and vibrant "
            "democracy.")
    events = _events(nlp, text)
    assert any(e.type == "SUPPORT" and e.trigger.startswith("offered") for e in events), _explain(events)


@pytest.mark.parametrize("text, doer, is_actor", [
    # an operation the article names "Operation X" is no actor: it enables, no actor eases
    ("In 1991 the coalition launched Operation Desert Sabre against Iraq. Desert Sabre freed Kuwait City in "
     "four days, allowing the coalition to end the war.", "Sabre", False),
    ("Last year NATO launched Operation Atlantic Shield in the Baltic. Atlantic Shield deterred Russian "
     "incursions, allowing Lithuania to reopen its airports.", "Shield", False),
    # a named group is an actor
    ("Hezbollah built a network of financiers, enabling the group to threaten the region.", "Hezbollah", True),
])
def test_a_result_participles_doer_is_judged_alike_in_every_pipeline(nlp, base_nlp, text, doer, is_actor):
    # events 0.7.235 (review rev35b §4): whether the doer of a trailing ", allowing ..." is an actor
    # was read off the entities component's keyed mentions when present, so the bare parse, the
    # entities component alone and the configured pipeline each answered differently; it is now read
    # off the parse, the NER and the text, and the component declares what it reads, every one of
    # which the configured pipeline assigns before it
    from newsgraph.nlp.events import _doer_is_actor, load_lexicon
    from newsgraph.nlp.pipeline import build_pipeline

    assert "doc._.ng_mentions" in nlp.get_pipe_meta("newsgraph_events").requires
    assert nlp.analyze_pipes()["problems"]["newsgraph_events"] == []
    answers = [_doer_is_actor(next(t for t in pipeline(text) if t.text == doer and t.dep_ == "nsubj"), load_lexicon())
               for pipeline in (nlp, base_nlp, build_pipeline(("newsgraph_entities",)))]
    assert answers == [is_actor] * 3, answers
