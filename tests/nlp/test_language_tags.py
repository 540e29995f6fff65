"""Language tags after a linked name (Global Voices' "Name [Ar]", "[Fr]", "[es]"): an ISO 639 code
in square brackets is no entity, actor or speaker; the name before it is (``language_tags``,
events ``subjects._subject``, statements ``_speaker_token``, entities ``_type_for``). Contrasts:
all-capital bracketed acronyms ("[UK]", "[KPA]") and a name that is a code outside brackets
("Li") stay what they were. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.nlp.entities import _type_for
from newsgraph.nlp.language_tags import is_language_code, is_language_tag
from newsgraph.nlp.pipeline import extract

OUTLET = "Global Voices"
DAY = dt.date(2009, 6, 8)


def _run(nlp, text):
    return extract(text, DAY, nlp=nlp, outlet=OUTLET)


def _sources(x, trigger):
    return [(e.source_text, e.type) for e in x.events if e.trigger.startswith(trigger)]


@pytest.mark.parametrize("word", ["Ar", "Fr", "es", "pt", "Ru", "fre", "ara"])
def test_iso_639_codes_written_as_tags_are_language_codes(word):
    assert is_language_code(word)


@pytest.mark.parametrize("word", ["UN", "EU", "UK", "AR", "KPA", "sic", "Xy", "USA"])
def test_acronyms_and_non_codes_are_not_language_codes(word):
    # "EU" is Basque's and "UK" Ukrainian's code, but a code is not written in capitals
    assert not is_language_code(word)


def test_a_tag_after_a_name_is_no_actor_the_name_is(nlp):
    x = _run(nlp, "Nadia Karim [Fr] condemned the Moroccan government.")
    sources = _sources(x, "condemned")
    assert sources and all(source == "Nadia Karim" for source, _ in sources), sources
    assert not any(m.text.strip("[] ") == "Fr" for m in x.mentions)


def test_a_tag_closing_an_aside_about_a_blog_is_no_actor(nlp):
    x = _run(nlp, "Samir Haddad, writing on Qalam [Ar], launched a harsh attack on the Egyptian president.")
    assert _sources(x, "launched") == [("Samir Haddad", "DISAPPROVE")], [
        (e.trigger, e.source_text, e.type) for e in x.events]
    # nor is the tag what he wrote
    assert not any(s.content.strip("[] ") == "Ar" for s in x.statements)


def test_a_tag_is_no_speaker(nlp):
    x = _run(nlp, "Nadia Karim [Fr] says the government lied to the nation.")
    speakers = [s.speaker_text for s in x.statements if s.cue == "says"]
    assert speakers and not any("Fr" in (s or "") for s in speakers), speakers


def test_a_name_that_is_a_code_outside_brackets_stays_the_actor(nlp):
    x = _run(nlp, "Premier Li condemned the Moroccan government.")
    assert [s for s, _ in _sources(x, "condemned")] == ["Li"]


def test_a_bracketed_acronym_stays_a_name(nlp):
    x = _run(nlp, "The Korean People's Army [KPA] condemned the Moroccan government.")
    assert any(m.text == "KPA" for m in x.mentions)
    assert [s for s, _ in _sources(x, "condemned")] == ["Korean People's Army"]


def test_a_tag_is_no_entity_but_a_capital_acronym_in_brackets_is(base_nlp):
    doc = base_nlp("Nadia Karim [Fr] and Omar Said [UK] wrote.")
    tag, acronym = doc[3], doc[9]
    assert (tag.text, acronym.text) == ("Fr", "UK")
    assert is_language_tag(tag) and not is_language_tag(acronym)
    assert _type_for(doc[3:4], "ORG") is None
    assert _type_for(doc[2:5], "ORG") is None  # "[Fr]" with its brackets
    assert _type_for(doc[9:10], "GPE") is not None
