"""Criminals (Phoenix ~CRM: smugglers, traffickers, cartels) act for no state: the state an
article is about, or the one their clause names, is where they operate or route their trade,
so context never places them (context_states._UNPLACED_BY_CONTEXT); their own nationality words
("Mexican smugglers") still do, and other generic agents keep the article's state. Own sentences."""

from __future__ import annotations

from tests.nlp.linked_events import linked, show

WHITE_HOUSE = "The White House"
# an article about a transit state: migrants are moved through it
TRANSIT = ("Smuggling networks move migrants through Nicaragua to the border. Nicaragua has become a hub for "
           "irregular migration, and Nicaragua profits from it. ")


def _targets(events, head):
    return [e for e in events if e.target_text and head in e.target_text]


def test_criminals_in_an_article_on_their_transit_state_take_no_state(nlp):
    events = _targets(linked(nlp, TRANSIT + "We will hold smugglers accountable and cut them off from the U.S. "
                                  "financial system.", outlet=WHITE_HOUSE), "smugglers")
    assert events and all((e.target_acts_for, e.target_sector) == (None, "CRM") for e in events), show(events)


def test_criminals_with_their_own_nationality_keep_it(nlp):
    # contrast: "Mexican smugglers" are placed by their own words
    events = _targets(linked(nlp, TRANSIT + "We will hold Mexican smugglers accountable.", outlet=WHITE_HOUSE),
                      "smugglers")
    assert events and all((e.target_acts_for, e.target_sector) == ("MEX", "CRM") for e in events), show(events)


def test_officials_in_the_same_article_keep_its_state(nlp):
    # contrast: a government's officials are placed by the state the article is about
    events = _targets(linked(nlp, TRANSIT + "We have imposed sanctions on officials.", outlet=WHITE_HOUSE),
                      "officials")
    assert events and all(e.target_acts_for == "NIC" for e in events), show(events)
