"""Actors a phrase leaves vague although the text names whom they act for (nlp/linking/):
an organisation's unnamed officer ("its Director-General"), the publisher's own interagency
partners, and "these members" of a body named before."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

STATE = "U.S. Department of State"


def test_its_director_general_is_keyed_to_the_organisation(nlp):
    # G7 statement on Ukraine (statedept corpus): "the IAEA and its Director-General"
    x = extract("We underline our full support for the efforts of the IAEA and its Director-General to ensure "
                "the nuclear safety of nuclear facilities in Ukraine.", dt.date(2022, 5, 14), nlp=nlp, outlet=STATE)
    # keyed to the IAEA, the officer's telling of the support is the one act told of the IAEA, and
    # folds into it (linking._without_repeated_dyads); unkeyed it would stay a second event
    support = [e for e in x.events if e.type == "SUPPORT"]
    assert [(e.target_key, e.target_sector) for e in support] == [("org:iaea", "IGO")]
    assert "one act told 2 times" in support[0].explanation


def test_its_people_stay_unkeyed(nlp):
    # near miss: a group "its people" is the state's population, not an office holder
    x = extract("The Kremlin continues its brutal assault on Ukraine and its people.", dt.date(2022, 5, 14),
                nlp=nlp, outlet=STATE)
    people = [e for e in x.events if e.target_text == "its people"]
    assert all(not (e.target_key or "").startswith("org:") for e in people)


def test_interagency_partners_are_the_publishers_own_agencies(nlp):
    # White House fact sheet on Haiti: "after consulting with interagency partners" -- the
    # publisher's own agencies, so the consultation is in-house business, no interaction (check
    # linked-actors, own organs), while Haiti, the topic, is no party to it either
    x = extract("Secretary Mayorkas made this decision after consulting with interagency partners and carefully "
                "considering the conditions in Haiti.", dt.date(2021, 5, 22), nlp=nlp,
                outlet="The White House")
    assert not [e for e in x.events if e.type == "CONSULT"], [e.explanation for e in x.events]


def test_interagency_in_a_news_outlets_copy_names_no_state(nlp):
    # near miss: a news outlet's "interagency partners" are nobody's in particular
    x = extract("Secretary Mayorkas made this decision after consulting with interagency partners.",
                dt.date(2021, 5, 22), nlp=nlp, outlet="Global Voices")
    assert all(e.target_acts_for is None for e in x.events if e.target_text == "interagency partners")


def test_these_members_act_for_the_body_of_the_earlier_partitive(nlp):
    # State Department release on Duma sanctions: "328 members of the Russian State Duma ... These members"
    x = extract("Today, the United States is imposing sanctions on 328 members of the Russian State Duma. "
                "These members supported the Kremlin’s violations of Ukraine’s sovereignty.",
                dt.date(2022, 3, 24), nlp=nlp, outlet=STATE)
    support = next(e for e in x.events if e.source_text and "members" in e.source_text and e.type == "SUPPORT")
    assert support.source_key is not None and support.source_key.startswith("org:")
    assert support.source_acts_for == "RUS"


def test_members_without_an_earlier_partitive_stay_unkeyed(nlp):
    # near miss: no "members of <body>" before, so "the members" names no body
    x = extract("The members supported the Kremlin’s violations of Ukraine’s sovereignty.",
                dt.date(2022, 3, 24), nlp=nlp, outlet=STATE)
    assert all(e.source_key is None for e in x.events if e.source_text and "members" in e.source_text)


CMAR = ("Today, Foreign Minister Arnoldo Andre Tinoco (Costa Rica), Foreign Minister Juan Carlos Holguin and "
        "Minister of the Environment Gustavo Manrique Miranda (Ecuador), and Foreign Minister Erika Mouynes "
        "(Panama) signed a Memorandum of Understanding in support of the Eastern Tropical Pacific Marine Corridor.")


def test_a_parenthetical_state_after_a_name_places_the_holder(nlp):
    # State Department readout of the CMAR signing: "Foreign Minister Erika Mouynes (Panama)"
    x = extract(CMAR, dt.date(2022, 6, 8), nlp=nlp, outlet=STATE)
    assert x.entities["person:erika-mouynes"].acts_for == "PAN"
    assert x.entities["person:arnoldo-andre-tinoco"].acts_for == "CRI"
    assert x.entities["person:juan-carlos-holguin"].acts_for == "ECU"  # the item's parenthesis covers both names


def test_a_us_state_in_parentheses_places_an_attorney_general_in_the_usa(nlp):
    # White House release listing state attorneys general: "Letitia James (New York)"
    x = extract("The Vice President met with Attorney General Letitia James (New York) and Attorney General Josh "
                "Stein (North Carolina) to discuss the opioid settlement.", dt.date(2023, 3, 1), nlp=nlp,
                outlet="The White House")
    assert x.entities["person:letitia-james"].acts_for == "USA"
    assert x.entities["person:josh-stein"].acts_for == "USA"


def test_a_parenthesis_naming_no_state_places_no_one(nlp):
    # near miss: a parenthesis after a name that is no state ("(Retired)", a nickname) says nothing
    x = extract("Foreign Minister Erika Mouynes (Retired) signed the Memorandum of Understanding.",
                dt.date(2022, 6, 8), nlp=nlp, outlet="Global Voices")
    assert x.entities["person:erika-mouynes"].acts_for is None


TRIP = ("Under Secretary of State for Political Affairs Victoria Nuland will travel to Asuncion, Paraguay with an "
        "interagency delegation. The delegation met with Paraguayan President Mario Abdo Benitez.")


def test_the_delegation_after_an_interagency_delegation_is_the_publishers(nlp):
    # State Department readout of the Nuland trip: "an interagency delegation ... The delegation met with"
    x = extract(TRIP, dt.date(2022, 6, 30), nlp=nlp, outlet=STATE)
    meeting = next(e for e in x.events if e.type == "CONSULT" and e.source_text and "delegation" in e.source_text)
    assert (meeting.source_key, meeting.source_acts_for, meeting.source_sector) == ("country:USA", "USA", "GOV")


def test_a_foreign_delegation_named_last_is_not_the_publishers(nlp):
    # near miss: the latest same-head phrase is a Colombian delegation, not the interagency one
    x = extract("Nuland traveled with an interagency delegation. A Colombian delegation arrived later. "
                "The delegation met with Paraguayan President Mario Abdo Benitez.",
                dt.date(2022, 6, 30), nlp=nlp, outlet=STATE)
    meeting = next(e for e in x.events if e.type == "CONSULT" and e.source_text and "delegation" in e.source_text)
    assert meeting.source_acts_for == "COL"
