"""Pronouns of direct speech: a quote's or a turn's "I" is its speaker, a vocative's "you" its
addressee, "our citizens" the speaker's side (newsgraph.nlp.voice, read by the linker)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

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
    invite = next(e for e in x.events if e.trigger == "invite")
    assert (invite.source_text, invite.source_key, invite.source_acts_for) == ("I", "person:duque", "COL")
    assert invite.target_key == "person:antony-j-blinken"
    gratitude = next(e for e in x.events if e.source_text == "I" and "gratitude" in e.trigger)
    assert gratitude.source_key == "person:duque"


def test_a_vocative_names_the_you_that_follows_it(nlp):
    # "Secretary Blinken, you have been a friend of Colombia, you are a friend of Colombia": both
    # "you" address the Secretary named at the head of the sentence
    for nth in (0, 1):
        key, code = _slot(nlp, DUQUE_TURN, "you", nth=nth)
        assert (key, code.acts_for) == ("person:antony-j-blinken", "USA")


def test_a_you_without_a_vocative_stays_unresolved(nlp):
    # state.gov joint press availability (examples/statedept/articles_geopolitics.jsonl:86): a
    # generic "you" names no one
    text = ("Antony J. Blinken, Secretary of State\nSECRETARY BLINKEN: Good afternoon, everyone.\n"
            "But again, you would have to ask President Putin.\n")
    assert _slot(nlp, text, "you", date=dt.date(2022, 2, 22)) == (None, None)


def test_a_direct_quotes_i_is_its_speaker_and_never_the_narrator(nlp):
    # af.mil (examples/af-mil-2016): a quote of a named officer inside a news story
    text = ("Lt. Gen. Paul K. Carlton commanded the hospital in Mogadishu. "
            "“I told Army commanders to send anyone to us,” Carlton said.")
    key, code = _slot(nlp, text, "I", outlet="Air Force", date=dt.date(2016, 1, 15))
    assert key == "person:paul-k-carlton"


def test_an_unresolved_quoted_speakers_we_is_not_the_outlets_state():
    from newsgraph.nlp.voice import speaking_statement
    from newsgraph.nlp.types import Statement

    class _Doc:  # the statements a Doc carries, and its text
        text = "“We will not retreat,” an official said."

        class _:
            ng_statements = [Statement("direct", 1, 20, "We will not retreat", speaker_text="an official", cue="said")]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("newsgraph.nlp.voice.doc_text", lambda doc: doc.text)
        assert speaking_statement(_Doc, 1) is _Doc._.ng_statements[0]
        assert speaking_statement(_Doc, 25) is None


def test_an_indirect_statements_i_is_its_reporters():
    from newsgraph.nlp.voice import speaking_statement
    from newsgraph.nlp.types import Statement

    # "He said that I ...": reported words shift the first person to the one reporting them; the
    # quoted stretch of a partial quote keeps the speaker's
    text = "He told reporters that I had misread the accord and that “I will not sign it.”"
    indirect = Statement("partial", text.index("I had"), len(text), text[text.index("I had"):],
                         speaker_text="He", cue="told")

    class _Doc:
        class _:
            ng_statements = [indirect]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("newsgraph.nlp.voice.doc_text", lambda doc: text)
        assert speaking_statement(_Doc, text.index("I had")) is None
        assert speaking_statement(_Doc, text.index("I will")) is indirect


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
