"""Stop 47 (issue 6), linking 0.3.854: a named town or region government ("Municipality of X",
"X City Council", "Regional Council of X") is a sub-national government (GOV) of the state its
place lies in (GeoNames / ISO 3166-2), else of the state its context gives; a party named by
its name or acronym before the common noun "party" ("the FI party") is a political party (PTY)
placed by its context. Phoenix.agents.txt MAYOR, PROVINCIAL_OFFICIALS, POLITICAL_PARTY.
Invented sentences."""

from __future__ import annotations

from newsgraph.nlp.context_states import generic_agent, subdivision_place_state, subnational_body_name
from tests.nlp.linked_events import explain as _explain, linked as _events

NEWS = "Wikinews"


def _sources(events, text_part):
    return [e for e in events if e.source_text and text_part in e.source_text]


def test_named_subnational_bodies_by_their_place():
    assert subnational_body_name("Municipality of Livorno") == ("Municipality", "Livorno")
    assert subnational_body_name("Livorno City Council") == ("City Council", "Livorno")
    assert subnational_body_name("the Regional Council of Liguria") == ("Regional Council", "Liguria")
    assert subdivision_place_state("Livorno") == "ITA"
    assert subdivision_place_state("Italy") is None  # a country's own name is no town
    for name in ("Council of Europe", "Security Council", "European Council", "State Council",
                 "Mayors of Italy", "City of London"):
        assert subnational_body_name(name) is None, name


def test_a_municipality_named_by_a_gazetteer_town_is_its_states(nlp):
    events = _events(nlp, "The Municipality of Livorno criticized the Catholic Church over the unpaid taxes.",
                     outlet=NEWS)
    found = _sources(events, "Municipality")
    assert found and all((e.source_acts_for, e.source_sector) == ("ITA", "GOV") for e in found), _explain(found)


def test_a_municipality_of_a_small_town_takes_the_articles_state(nlp):
    text = ("Several towns in Italy want the new school tax. Requests have come from the Municipality of "
            "Recco, near Genoa, and from the members of Forza Italia (FI) of the regional council of Piedmont. "
            "The FI party asks the regional government to collect the tax. Italy has not decided. "
            "Italy will rule in May.")
    events = _events(nlp, text, outlet=NEWS)
    town = _sources(events, "Municipality of Recco")
    assert town and all((e.source_acts_for, e.source_sector) == ("ITA", "GOV") for e in town), _explain(town)
    party = _sources(events, "FI party")
    assert party and all((e.source_acts_for, e.source_sector) == ("ITA", "PTY") for e in party), _explain(party)


def test_a_named_party_is_a_party_but_not_a_states_side():
    assert generic_agent("the FI party") == "PTY"
    assert generic_agent("the Russian party") is None  # diplomacy's "party": a state's side
    assert generic_agent("a third party") is None
    assert generic_agent("the party") is None


def test_a_determiner_or_ordinal_opening_a_sentence_names_no_party():
    # treaty wording capitalises the determiner at the sentence's start; it is no party's name
    for text in ("A party", "Any party", "One party", "No party", "Every party", "That party",
                 "This party", "Either party", "Neither party", "Another party", "Whichever party",
                 "Third party"):
        assert generic_agent(text) is None, text
    # a name beside such a word still names the party
    assert generic_agent("The Likud party") == "PTY"
    assert generic_agent("One Nation party") == "PTY"


def test_a_keyed_organisation_is_no_stateless_party_by_a_determiner():
    from types import SimpleNamespace

    from newsgraph.nlp.context_states import _stateless_party

    org = SimpleNamespace(type="organization", country=None)
    assert _stateless_party(org, None, "the M5S party")
    assert not _stateless_party(org, None, "Either party")
    assert not _stateless_party(org, None, "Neither party")



def test_a_place_of_no_known_state_does_not_block_the_articles_state(nlp):
    # a news story (no publisher state): a town the gazetteer does not place ("Ceva") is no
    # "place in the publisher's own state", so the agent still takes the state the article is about
    text = ("Several towns in Italy want the new school tax. Italy has not decided. Italy will rule in May. "
            "Requests have come from the Municipality of Recco, next to Ceva, and from the members of the regional council. The Municipality of Recco criticized the Catholic Church over the unpaid taxes.")
    events = _events(nlp, text, outlet=NEWS)
    found = _sources(events, "Municipality")
    assert found and all((e.source_acts_for, e.source_sector) == ("ITA", "GOV") for e in found), _explain(found)
