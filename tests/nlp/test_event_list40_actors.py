"""The actor slot takes the party a sentence names a little further on (events 0.7.910, linking
0.3.640): a counted plural's comma apposition names its members, an authority an adjunct cites is
no doer, and a joint statement's "the <head>" repeats its voice. Sentences are invented in the
style of the demo corpus (examples/statedept)."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract
from tests.nlp.linked_events import coded, linked, show


def _sides(events, trigger, side):
    return [getattr(e, f"{side}_text") for e in events if e.trigger.startswith(trigger)]


def test_a_counted_plurals_comma_apposition_names_its_members(nlp):
    text = ("Today, we are imposing sanctions on two large Iranian financial institutions, Bank Mellat and "
            "Bank Sepah, both of which finance the regime.")
    events = linked(nlp, text)
    targets = _sides(events, "imposing", "target")
    assert targets == ["Bank Mellat", "Bank Sepah"], show(events)


def test_a_comma_apposition_that_misses_the_count_names_no_members(base_nlp):
    from newsgraph.nlp.events import _counted_colon_names

    def listed(text, word):
        doc = base_nlp(text)
        return [t.text for t in _counted_colon_names(next(t for t in doc if t.text == word))]

    text = "The Treasury designated three entities, Alpha Trading LLC, Beta Holdings and Gamma Bank."
    assert len(listed(text, "entities")) == 3
    # contrast (altered count): four counted, three named: no member list
    assert listed(text.replace("three", "four"), "entities") == []
    # contrast: no count, so nothing tells the list from a description
    assert listed(text.replace("three ", ""), "entities") == []


def test_an_authority_an_adjunct_cites_is_no_doer_of_the_displaced_objects_clause(base_nlp):
    text = ("I am authorizing today, pursuant to a delegation from the President, a drawdown to provide further "
            "military assistance to Moldova.")
    events = coded(base_nlp, text)
    assert not [e for e in events if e.source_text == "President"], show(events)
    assert ("AID", "I") in [(e.type, e.source_text) for e in events], show(events)


def test_an_apposition_describing_a_name_still_gives_the_doer(base_nlp):
    # contrast (events 0.7.545): "Nicaragua, the only country ... to vote" is Nicaragua's act
    events = coded(base_nlp, "Nicaragua, the only country in the region to vote against the resolution, stood alone.")
    assert "Nicaragua" in [e.source_text for e in events if e.trigger.startswith("vote")], show(events)


_G7 = ("We, the G7 Foreign Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom, and the United "
       "States of America, condemn the atrocities committed by Russian forces in Bucha. ")


def _source_keys(nlp, text, trigger):
    x = extract(text, dt.date(2022, 4, 7), nlp=nlp, outlet="United States Department of State",
                title="G7 Foreign Ministers' Statement on Ukraine")
    return [(e.source_text, e.source_key) for e in x.events if e.trigger.startswith(trigger)]


def test_the_head_of_a_joint_statements_voice_repeated_with_the_is_its_signatories(nlp):
    found = _source_keys(nlp, _G7 + "The Ministers agreed to further coordinate their assistance for Moldova.", "agreed")
    we = _source_keys(nlp, _G7, "condemn")
    assert found and we and found[0][1] == we[0][1] and found[0][1], (found, we)


def test_other_ministers_are_not_the_signatories(nlp):
    # contrast: "the ministers of Ukraine" adds a modifier the voice's name does not have
    found = _source_keys(nlp, _G7 + "The ministers of Ukraine agreed to cooperate with Moldova.", "agreed")
    we = _source_keys(nlp, _G7, "condemn")
    assert found and all(key != we[0][1] for _text, key in found), (found, we)


def test_a_state_name_ending_the_voices_name_is_no_anaphor():
    from newsgraph.nlp.linking import _voice_head_anaphor

    assert _voice_head_anaphor(["the"], ["ministers"], "G7 Foreign Ministers of Canada, France")
    assert _voice_head_anaphor([], ["the", "foreign", "ministers"], "G7 Foreign Ministers of Canada, France")
    # contrast: a joint statement titled for two states; "the United States" is that state
    assert not _voice_head_anaphor(["the"], ["united", "states"], "Germany and United States")
    # contrast: a modifier the voice's name lacks, or no "the"
    assert not _voice_head_anaphor(["the"], ["other", "ministers"], "G7 Foreign Ministers of Canada, France")
    assert not _voice_head_anaphor(["two"], ["ministers"], "G7 Foreign Ministers of Canada, France")
