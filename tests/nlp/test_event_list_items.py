"""Event recall (task recall, events 0.7.99-recall):

1. Semicolon lists. A list whose items hold commas of their own is separated by semicolons ("A, who
   is ...; B, the President of ...; and C, a general"); a semicolon never introduces an apposition,
   so a name the parser hangs after one as the first item's "appos" is a further item, in the same
   role: each one sanctioned or designated is a target (one event each, as PLOVER codes). The
   same holds when the parser hangs the item after the semicolon on the clause's verb.
2. A list of kin nouns, each with the name in apposition ("his spouse, A; his daughter, B"): each
   name is acted on.
3. "stand with X" expresses solidarity with X: CAMEO 051 EXPRESS SOLIDARITY (as CAMEO's own "STAND
   (BY)"), PLOVER SUPPORT; literal standing ("standing here with my colleague") is no event.

The sentences are written for these tests in the style of government releases."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import coded, show


def test_semicolon_list_items_are_each_a_target(base_nlp):
    text = ("The U.S. Treasury is sanctioning Pavel Ivanovich Sorokin, who is also the chairman of the "
            "state energy committee; Marina Petrovna Volkova, the governor of the Central Bank of Belarus; "
            "Oleg Viktorovich Morozov, a senior army general; and Anton Sergeyevich Belov, a member of parliament.")
    events = coded(base_nlp, text, "SANCTION")
    targets = {e.target_text for e in events}
    assert {"Pavel Ivanovich Sorokin", "Marina Petrovna Volkova", "Oleg Viktorovich Morozov",
            "Anton Sergeyevich Belov"} <= targets, show(events)
    assert all(e.source_text == "U.S. Treasury" for e in events), show(events)


def test_semicolon_list_items_hung_on_the_verb_are_each_a_target(base_nlp):
    # events 0.7.226: the parser hangs the item after the first semicolon on the verb and the rest
    # on it (demo statedept INKSNA release); each is its own SANCTION in the list's act, and a
    # legal form the semicolon cut off its name ("LLC") is no item
    text = ("As part of this action, we imposed sanctions against the Belarusian entities Minsk Tractor Works "
            "Holding OJSC (MTZ Holding); Grodno Azot; LLC, and Belarusian individual Viktor Vladimirovich "
            "Sheiman; as well as Iranian entity Shahed Aviation Industries Research Center (SAIRC); and "
            "Iranian individual Ali Reza Ahmadi for supplying drones to Russia.")
    events = coded(base_nlp, text, "SANCTION")
    targets = {e.target_text for e in events}
    assert {"Grodno Azot", "Viktor Vladimirovich Sheiman", "Shahed Aviation Industries Research Center",
            "Ali Reza Ahmadi"} <= targets, show(events)
    assert "LLC" not in targets, show(events)
    assert {(e.source_text, e.status) for e in events} == {("we", "asserted")}, show(events)


def test_semicolon_list_item_hung_as_the_main_verbs_object_is_a_target(base_nlp):
    # events 0.7.226: the item after the semicolon parsed as the object of "taking", its name and
    # the next item conjuncts of it (demo statedept release); a kind with no name ("10 of its
    # subsidiaries") is no target
    text = ("Today, the United States, in coordination with our allies and partners, is taking further actions "
            "to increase the pressure on the Russian Federation by designating the executives and board members "
            "of two of Russia’s most important banks, Sberbank and Gazprombank; a Russian state-owned bank, "
            "Moscow Industrial Bank, and 10 of its subsidiaries; and a state-supported weapons manufacturer, "
            "Promtekhnologiya.")
    events = coded(base_nlp, text, "SANCTION")
    targets = {e.target_text for e in events}
    assert {"Moscow Industrial Bank", "Promtekhnologiya"} <= targets, show(events)
    assert not any("subsidiaries" in (t or "") for t in targets), show(events)


def test_a_semicolon_list_ends_where_the_next_clause_begins(base_nlp):
    # events 0.7.233 (review rev35b §2): the parser hangs the list on the verb and a name of the
    # later clause ("and Treasury designated ..., and D") on the same conjunct chain; a list of
    # names ends at the next clause's verb, so that name is Treasury's designee only
    text = ("Today the Department imposed sanctions against the entities Alpha Trading (Alpha); PFK Beta; and "
            "individual Ivan Petrov; and Treasury designated Oleg Sidorov, and Boris Volkov.")
    events = coded(base_nlp, text, "SANCTION")
    pairs = {(e.source_text, e.target_text) for e in events}
    assert {("Department", "PFK Beta"), ("Department", "Ivan Petrov")} <= pairs, show(events)
    assert ("Department", "Boris Volkov") not in pairs, show(events)
    assert ("Treasury", "Boris Volkov") in pairs, show(events)
    # a relative clause inside an item is no new clause: the items after it stay
    text = ("Today the Department imposed sanctions against the entities Alpha Trading (Alpha); PFK Beta; and "
            "individual Ivan Petrov, who directs Beta; as well as entity Gamma; and individual Oleg Sidorov.")
    targets = {e.target_text for e in coded(base_nlp, text, "SANCTION")}
    assert {"Ivan Petrov", "Gamma", "Oleg Sidorov"} <= targets, targets


def test_both_semicolon_readers_drop_a_lone_legal_form(base_nlp):
    # events 0.7.234 (review rev35b §3): the list the parser hangs as an apposition after the
    # semicolon ("Sorokin, ...; Belneft Holding; LLC, and ...") is read by the same item helper as
    # the list hung on the verb: "LLC" the semicolon cut off a name is no designee
    text = ("The U.S. Treasury is sanctioning Pavel Ivanovich Sorokin, who is also the chairman of the state "
            "energy committee; Belneft Holding; LLC, and Anton Sergeyevich Belov, a member of parliament.")
    events = coded(base_nlp, text, "SANCTION")
    targets = {e.target_text for e in events}
    assert {"Pavel Ivanovich Sorokin", "Belneft Holding", "Anton Sergeyevich Belov"} <= targets, show(events)
    assert "LLC" not in targets, show(events)


def test_comma_apposition_is_still_one_target(base_nlp):
    # a renaming after a comma is the same person, not a second one
    events = coded(base_nlp, "The ministry sanctioned an aide to the president, Ivan Petrov.", "SANCTION")
    assert [e.target_text for e in events] == ["Ivan Petrov"], show(events)


def test_kin_nouns_each_with_a_name(base_nlp):
    text = ("The U.S. Treasury is also designating the following members of his immediate family: his wife, "
            "Maria Elena Castillo Ruiz; his son, Diego Andres Castillo Vega; and his minor daughter.")
    targets = {e.target_text for e in coded(base_nlp, text, "SANCTION")}
    assert {"Maria Elena Castillo Ruiz", "Diego Andres Castillo Vega"} <= targets, targets


@pytest.mark.parametrize("text, target", [
    ("The United States stands with the people of Georgia.", "people of Georgia"),
    ("Canada stood firmly with Ukraine throughout the winter.", "Ukraine"),
    ("Germany continues to stand with the Moldovan people.", "Moldovan people"),
    # events 0.7.201: the "with" phrase the parser hangs on the complement "united" names the partner
    ("We stand united with Ukraine.", "Ukraine"),
])
def test_stand_with_is_support(base_nlp, text, target):
    events = coded(base_nlp, text)
    assert [(e.type, e.target_text) for e in events] == [("SUPPORT", target)], show(events)


@pytest.mark.parametrize("text", [
    "The United States stands with countries and people around the world against the crimes in the region.",
    "We stand in solidarity with our partners across the world who bear the rising price of the war.",
])
def test_stand_with_a_worldwide_collective_is_no_support(base_nlp, text):
    # events 0.7.201: PLOVER codes no event whose recipient is a global construct (manual, "Country
    # names"); a named member keeps it (below)
    events = coded(base_nlp, text, "SUPPORT")
    assert not events, show(events)


def test_stand_with_a_named_member_among_worldwide_partners_is_support(base_nlp):
    events = coded(base_nlp, "The United States stands with Ukraine and partners around the world.", "SUPPORT")
    assert "Ukraine" in [e.target_text for e in events], show(events)


@pytest.mark.parametrize("text", [
    "We stand united against Russia's violation of the UN Charter.",
    "We stand resolutely together against Russia's premeditated and unjustified attack.",
])
def test_stand_against_an_act_of_an_actor_is_disapproval(base_nlp, text):
    # events 0.7.201: to stand against an act is to express opposition to it (PLOVER ACCUSE
    # 'disapprove'); its recipient is the actor the act is of
    events = coded(base_nlp, text)
    assert [(e.type, e.target_text) for e in events] == [("DISAPPROVE", "Russia")], show(events)


def test_stand_against_an_act_of_no_actor_is_no_event(base_nlp):
    events = coded(base_nlp, "We will stand together with others against economic coercion and intimidation.")
    assert not [e for e in events if e.type in ("DISAPPROVE", "SUPPORT")], show(events)


def test_literal_standing_is_no_event(base_nlp):
    events = coded(base_nlp, "I am standing here with my friend, the Foreign Minister of Poland.")
    assert not [e for e in events if e.type == "SUPPORT"], show(events)


@pytest.mark.parametrize("text", [
    "The opposition leader will stand in the election with the backing of the Socialist Party.",
    "The former minister stood trial with three army generals in Minsk.",
])
def test_stand_with_no_partner_is_no_support(base_nlp, text):
    events = coded(base_nlp, text)
    assert not [e for e in events if e.trigger.startswith(("stand", "stood"))], show(events)
