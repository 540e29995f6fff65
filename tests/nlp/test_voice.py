"""Pronouns of direct speech: a quote's or a turn's "I" is its speaker, a vocative's "you" its
addressee, "our citizens" the speaker's side (newsgraph.nlp.voice, read by the linker)."""

from __future__ import annotations

import datetime as dt
import re

from newsgraph.nlp.pipeline import extract, make_doc

STATE = "United States Department of State"

# state.gov transcript of the 200th anniversary of U.S.-Colombian relations
# (examples/statedept/articles_geopolitics.jsonl:224, lines kept as published): Duque is named
# "President Duque" alone, so his turn label has no two-word name to match
DUQUE_TURN = (
    "Antony J. Blinken, Secretary of State\nWashington, D.C.\nNational Museum of American Diplomacy\n"
    "SECRETARY BLINKEN: Well, good afternoon, everyone.\n"
    "The recent designation of Colombia with President Duque as a Major Non-NATO Ally will enhance this "
    "cooperation by helping our militaries work even closer together in the years ahead.\n"
    "PRESIDENT DUQUE: Good afternoon. It’s a great honor for me to be here at the State Department and "
    "especially at the Diplomacy Center.\n"
    "Secretary Blinken, you have been a friend of Colombia, you are a friend of Colombia, and I want to express "
    "my gratitude to all the diplomatic corps of the U.S. State Department here today.\n"
    "So Ambassador Pickering, I’m going to impose this condecoration. I invite Secretary Blinken to join me here.\n")


def _slot(nlp, text, words, outlet=STATE, date=dt.date(2022, 6, 15), nth=0):
    """(key, code) the linker gives an unnamed actor slot on the ``nth`` ``words`` of ``text``."""
    from newsgraph.nlp.linking import ActorCoder, _resolve_actor

    doc = nlp(make_doc(nlp, text, date, None, outlet))
    start = [m.start() for m in re.finditer(rf"\b{re.escape(words)}\b", text)][nth]
    return _resolve_actor(doc, ActorCoder(doc), None, words, start, start + len(words))


def test_a_turns_i_is_its_speaker_named_by_surname_alone(nlp):
    x = extract(DUQUE_TURN, dt.date(2022, 6, 15), nlp=nlp, outlet=STATE)
    turn = next(s for s in x.statements if s.speaker_text == "PRESIDENT DUQUE")
    assert (turn.speaker_key, turn.speaker_acts_for) == ("person:duque", "COL")
    # (the turn's "I invite Secretary Blinken to join me here" is a ceremony, no event:
    # tests/nlp/test_event_private_acts.py)
    assert not [e for e in x.events if e.trigger == "invite"]
    gratitude = next(e for e in x.events if e.source_text == "I" and "gratitude" in e.trigger)
    assert (gratitude.source_key, gratitude.source_acts_for) == ("person:duque", "COL")


def test_a_vocative_names_the_you_that_follows_it(nlp):
    # "Secretary Blinken, you have been a friend of Colombia, you are a friend of Colombia": both
    # "you" address the Secretary named at the head of the sentence
    for nth in (0, 1):
        key, code = _slot(nlp, DUQUE_TURN, "you", nth=nth)
        assert (key, code.acts_for) == ("person:antony-j-blinken", "USA")


def test_a_you_before_the_name_is_no_vocatives(nlp):
    from newsgraph.nlp.voice import vocative_addressee

    # the same transcript: the thanks come before the name, the "you" is not after a vocative
    text = ("PRESIDENT DUQUE: Good afternoon. Thank you so much, Secretary Blinken, for your words, for your "
            "friendship, for your permanent support to Colombia.\n")
    doc = nlp(make_doc(nlp, text, dt.date(2022, 6, 15), None, STATE))
    assert vocative_addressee(doc, text.index("you so")) is None


def test_a_you_without_a_vocative_stays_unresolved(nlp):
    # state.gov joint press availability (examples/statedept/articles_geopolitics.jsonl:86): a
    # generic "you" names no one
    text = ("Antony J. Blinken, Secretary of State\nSECRETARY BLINKEN: Good afternoon, everyone.\n"
            "But again, you would have to ask President Putin.\n")
    assert _slot(nlp, text, "you", date=dt.date(2022, 2, 22)) == (None, None)


# af.mil (examples/af-mil-2016/html/af_mil_Print31c8.html, lines kept as published): quotes of
# a named officer inside a news story
CARLTON = (
    "FALLS CHURCH, Va. (AFNS) --\n"
    "“We were not serving the Army as well as we could have in the Air Force,” explained Lt. Gen. (Dr.) Paul K. "
    "Carlton, a former Air Force surgeon general who had been working on the concept of CCATT since the 1980s.\n"
    "To make the case for his hospital, Carlton traveled to the battlefield to offer assistance.\n"
    "“I picked up a couple of air-evac missions just to let more people know we existed,” he said. "
    "“I told Army commanders to send anyone to us.” But it soon became apparent the Air Force could not meet "
    "the Army’s needs.\n")


def test_a_direct_quotes_i_is_its_speaker(nlp):
    for nth in (0, 1):
        key, _code = _slot(nlp, CARLTON, "I", outlet="U.S. Air Force", date=dt.date(2016, 1, 15), nth=nth)
        assert key == "person:paul-k-carlton"


def test_a_quotes_i_is_never_the_narrator_nor_the_outlet(nlp):
    from newsgraph.nlp.voice import speaking_statement

    doc = nlp(make_doc(nlp, CARLTON, dt.date(2016, 1, 15), None, "U.S. Air Force"))
    quoted = speaking_statement(doc, CARLTON.index("I picked"))
    assert quoted is not None and quoted.speaker_key == "person:paul-k-carlton"
    # narration outside the quotes is no one's speech
    assert speaking_statement(doc, CARLTON.index("But it soon")) is None


def test_an_indirect_statements_words_are_its_reporters_and_its_quoted_stretch_the_speakers(nlp):
    from newsgraph.nlp.voice import speaking_statement

    # state.gov (examples/statedept/articles_geopolitics.jsonl:224): Duque reports what Trujillo
    # mentioned, quoting the Declaration inside the reported words
    text = ("And Manuel Trujillo y Torres was a big fan of Thomas Jefferson. He always mentioned that that great "
            "inscription in the Declaration of Independence, to “hold these truths to be self-evident, that all men "
            "are created equal,” became a mantra for them, for the whole generation of independence in Colombia.")
    doc = nlp(make_doc(nlp, text, dt.date(2022, 6, 15), None, STATE))
    reported = next(s for s in doc._.ng_statements if s.cue == "mentioned")
    assert reported.kind == "partial"
    assert speaking_statement(doc, text.index("hold these")) is reported
    assert speaking_statement(doc, text.index("great inscription")) is None
    assert speaking_statement(doc, text.index("became a mantra")) is None


def test_our_agents_in_a_state_release_are_that_states(nlp):
    # state.gov and whitehouse.gov releases (examples/statedept, examples/whitehouse): "our
    # diplomats", "our citizens" are the publishing state's, with the agent's sector
    text = ("For just about a week now, our diplomats have been making day trips into Lviv from Poland where they "
            "are currently based.")
    key, code = _slot(nlp, text, "our diplomats", date=dt.date(2022, 4, 1))
    assert (key, code.acts_for, code.sector) == (None, "USA", "GOV")
    text = ("Should Iran attack any of our citizens, to include those who continue to serve the United States or "
            "those who formerly served, Iran will face severe consequences.")
    key, code = _slot(nlp, text, "our citizens", outlet="The White House", date=dt.date(2022, 8, 10))
    assert (code.acts_for, code.sector) == ("USA", "CVL")


def test_our_partners_are_not_the_speakers_state():
    from newsgraph.nlp.voice import possessed_actor

    assert possessed_actor("our partners").plural
    assert possessed_actor("our two governments") is None
    assert possessed_actor("our peoples") is None
    assert possessed_actor("my government").state and not possessed_actor("my government").plural
    assert possessed_actor("the citizens") is None
