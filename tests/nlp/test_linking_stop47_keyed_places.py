"""Stop 47 (issue 6), linking 0.3.861: a keyed political party of no state of its own (an
organisation keyed through its bracket-defined acronym, told as "the PP party") is a party (PTY)
placed by its context, as the unkeyed "<Name> party" is; a keyed actor's span cut inside the name
the entities found ("Municipality" of "the Municipality of Recco") is the whole name. Phoenix
POLITICAL_PARTY [~PTY]. Invented sentences."""

from __future__ import annotations

from tests.nlp.linked_events import explain as _explain, linked as _events

NEWS = "Wikinews"
TAX = "Several towns in Spain want the new school tax. "


def _sources(events, text_part):
    return [e for e in events if e.source_text and text_part in e.source_text]


def test_a_keyed_party_by_its_acronym_is_a_party_of_its_context(nlp):
    text = (TAX + "Deputies of Partido Popular (PP) spoke in the regional council of Murcia. "
            "The PP party asks the regional government to collect the tax. Spain has not decided. "
            "Spain will rule in May.")
    found = _sources(_events(nlp, text, outlet=NEWS), "PP party")
    assert found and all(e.source_key == "org:partido-popular" for e in found), _explain(found)
    assert all((e.source_acts_for, e.source_sector) == ("ESP", "PTY") for e in found), _explain(found)


def test_a_keyed_party_its_context_places_nowhere_is_still_a_party(nlp):
    text = ("Deputies of Partido Popular (PP) spoke at the meeting. "
            "The PP party asks the government to collect the tax.")
    found = _sources(_events(nlp, text, outlet=NEWS), "PP party")
    assert found and all((e.source_acts_for, e.source_sector) == (None, "PTY") for e in found), _explain(found)


def test_a_keyed_body_that_is_no_party_is_not_placed_by_context(nlp):
    # contrast: an association keyed by its acronym is no party; context does not place it
    text = (TAX + "The Union of Rationalist Atheists (UAAR) spoke in the regional council of Murcia. "
            "The UAAR asks the regional government to collect the tax. Spain has not decided.")
    found = _sources(_events(nlp, text, outlet=NEWS), "UAAR")
    assert found and all((e.source_acts_for, e.source_sector) == (None, None) for e in found), _explain(found)


def test_an_actor_cut_inside_a_name_the_entities_found_is_the_whole_name(nlp):
    text = ("Several towns in Italy want the new school tax. The court upheld the request of the Municipality "
            "of Recco asking private schools to pay the tax. Italy has not decided. Italy will rule in May.")
    found = [e for e in _events(nlp, text, outlet=NEWS) if e.source_key == "org:municipality-of-recco"]
    assert found and all(e.source_text == "Municipality of Recco" for e in found), _explain(found)
    assert all(e.source_end - e.source_start == len("Municipality of Recco") for e in found), _explain(found)
    assert all((e.source_acts_for, e.source_sector) == ("ITA", "GOV") for e in found), _explain(found)


def test_an_actor_the_ner_named_whole_keeps_its_span(nlp):
    # contrast: the NER's own name is the span already
    text = ("Several towns in Italy want the new school tax. The court upheld the demand of the Regional "
            "Council of Liguria to collect the tax. Italy has not decided.")
    found = _sources(_events(nlp, text, outlet=NEWS), "Council")
    assert found and all(e.source_text == "Regional Council of Liguria" for e in found), _explain(found)
