"""Grounds of a measure (issue 6, side clauses): a relative clause on the recipient of a
designation, sanction, visa restriction or charge states the case the measuring party makes
against it ("designated X, which has supplied ..."): its allegation, stored as claimed with low
confidence, not an act the article asserts (``events._measure_ground``). A clause with its own
subject, force told about the recipients of a crackdown, and the measure itself stay as they were.
Sentences written for these tests in the style of State Department and Treasury releases."""

from __future__ import annotations

import pytest

import datetime as dt

from tests.nlp.linked_events import coded, explain, linked, show


@pytest.mark.parametrize("text, trigger", [
    ("Today, the Department of State designated the Belarus-based Volna Trading Company, which has "
     "supplied drone engines to the Russian military since 2022.", "supplied"),
    ("The State Department is imposing visa restrictions on officials of Sovcomflot, which has "
     "helped the regime evade the oil embargo.", "helped"),
    ("The Treasury sanctioned two brokers, including Omar Haddad, a Lebanese financier who has funded "
     "Hizballah for a decade.", "funded"),
])
def test_a_clause_on_the_measured_party_is_the_measure_s_allegation(base_nlp, text, trigger):
    found = [e for e in coded(base_nlp, text) if trigger in e.trigger]
    assert found and all(e.status == "claimed" for e in found), show(found)
    measure = [e for e in coded(base_nlp, text) if e.type in ("SANCTION", "COERCE")]
    assert measure and all(e.status == "asserted" for e in measure), show(measure)
    assert max(e.confidence for e in found) < min(e.confidence for e in measure), show(found + measure)


@pytest.mark.parametrize("text, trigger", [
    # force on the recipients of a crackdown: told by the article, not a case made against them
    ("Police cracked down on students who had marched to the parliament on Monday.", "marched"),
    # a clause with its own subject reports another act
    ("The Treasury designated three hackers, one of whom the Justice Department charged last week.", "charged"),
])
def test_other_clauses_keep_their_status(base_nlp, text, trigger):
    found = [e for e in coded(base_nlp, text) if trigger in e.trigger]
    assert all(e.status == "asserted" for e in found), show(found)


def test_a_ground_through_a_copular_relative_is_the_allegation_too(base_nlp):
    # "officials who are members of X, which ...": the attribute of the copula is the recipient
    text = ("The United States is imposing visa restrictions on officials who are board members of "
            "logistics firms that have shipped weapons to the junta.")
    found = [e for e in coded(base_nlp, text) if "shipped" in e.trigger]
    assert all(e.status == "claimed" for e in found), show(found)


def test_a_designation_s_for_phrase_is_its_ground(base_nlp):
    # "designated X for having assisted Y": the reason the designator gives, as a charge's "for"
    text = "The Treasury designated the Yemeni exchange house Al Hadha Exchange for having provided financial services to the Houthis."
    found = [e for e in coded(base_nlp, text) if "provided" in e.trigger]
    assert found and all(e.status == "claimed" for e in found), show(found)


def test_the_parties_a_measure_includes_are_its_recipients(base_nlp):
    # "This / It includes X who ... / for ...": the pronoun stands for the measure told just before
    text = ("The Department of State is also imposing visa restrictions on officials in relation to the war. "
            "It also includes Duma deputy Pyotr Tolstoy, who has acted to support Russia's seizure of the Donbas.")
    events = coded(base_nlp, text)
    grounds = [e for e in events if e.trigger == "support"]
    assert grounds and all(e.status == "claimed" for e in grounds), show(events)
    assert all("Tolstoy" in (e.source_text or "") for e in grounds), show(grounds)
    measure = [e for e in events if e.type in ("SANCTION", "COERCE")]
    assert measure and all(e.status == "asserted" for e in measure), show(measure)


def test_an_inclusion_with_no_measure_before_is_no_ground(base_nlp):
    text = "The coalition met in Geneva. It also includes 12 states that have helped Ukraine rebuild its grid."
    found = [e for e in coded(base_nlp, text) if "helped" in e.trigger]
    assert found and all(e.status == "asserted" for e in found), show(found)


def test_a_for_phrase_on_the_recipients_of_a_restriction_is_its_ground(base_nlp):
    # the parser hangs "for" on the last recipient noun, not on the light verb "imposed"
    text = ("The State Department imposed visa restrictions on Nicaraguan judge Ernesto Rodriguez Mejia and his "
            "family members for their roles in supporting the Ortega regime's repression of students.")
    found = [e for e in coded(base_nlp, text) if "supporting" in e.trigger]
    assert found and all(e.status == "claimed" for e in found), show(found)


# ------------------------------------------ grounds2: the grounds' doer and their (undated) time
def test_a_for_gerund_s_doer_is_the_measure_s_recipient(base_nlp):
    # the conduct the measure is grounded on is the recipients', never the measuring party's
    text = ("The Department of State imposed visa restrictions on judge Ana Ruiz, prosecutor Luis Mena, and their "
            "family members for their roles in supporting the junta's persecution of journalists.")
    found = [e for e in coded(base_nlp, text) if "supporting" in e.trigger]
    assert found and all(e.status == "claimed" for e in found), show(found)
    # each named recipient, as PLOVER codes each member of a compound actor (the unnamed family
    # members are no party the allegation can be put on: ``events._named_doer``)
    assert {e.source_text for e in found} == {"judge Ana Ruiz", "Luis Mena"}, show(found)


def test_a_designation_s_having_gerund_is_done_by_the_designee(base_nlp):
    text = "The Treasury designated the Dubai-based shipping agent Gulf Star Shipping for having delivered Iranian oil to Syria."
    found = [e for e in coded(base_nlp, text) if "delivered" in e.trigger]
    assert found and all(e.source_text and "Gulf Star Shipping" in e.source_text for e in found), show(found)


@pytest.mark.parametrize("text, trigger", [
    ("Today, the Department of State designated the Kazakhstan-based Korund Trading Company, which has supplied radar components "
     "to the Russian navy.", "supplied"),
    ("The State Department imposed visa restrictions on party secretary Gustavo Porras for his role "
     "in supporting the regime's attacks on protesters.", "supporting"),
    ("The Department of State is imposing visa restrictions on officials of the Ministry of Defense. It also "
     "includes Crimean official Sergei Aksyonov, who has acted to support Russia's occupation of Crimea.", "support"),
])
def test_past_grounds_are_undated_before_the_publication(nlp, text, trigger):
    from newsgraph.nlp.event_dates import BEFORE

    events = linked(nlp, text, published=dt.date(2024, 5, 15))
    found = [e for e in events if trigger in e.trigger]
    assert found and all(e.status == "claimed" for e in found), explain(found)
    assert all(e.date is None and e.date_source == BEFORE for e in found), explain(found)
    measure = [e for e in coded(nlp, text) if e.type in ("SANCTION", "COERCE")]
    assert measure and all(e.date_source != BEFORE for e in measure), explain(measure)


def test_present_conduct_named_as_grounds_is_not_moved_before(nlp):
    # "a firm that ships": conduct going on now, no earlier act
    text = "The Treasury sanctioned Baltic Freight, a firm that ships drones to the Russian army."
    events = linked(nlp, text, published=dt.date(2024, 5, 15))
    found = [e for e in events if "ships" in e.trigger]
    assert all(e.date_source != "before" for e in found), explain(found)


def test_the_object_of_an_included_designation_does_the_grounds(base_nlp):
    # "This includes the designation of X for providing ...": X, not the designation, provided
    text = ("The Treasury is taking action against Russia's defense industry today. This includes the "
            "designation of Kyrgyz trader Tokmok Trade for providing material support to a blocked Russian entity.")
    found = [e for e in coded(base_nlp, text) if "provid" in e.trigger]
    assert all("designation" not in (e.source_text or "") for e in found), show(found)
    assert all(e.source_text is None or "Tokmok" in e.source_text for e in found), show(found)


def test_the_measure_s_time_does_not_date_its_grounds(nlp):
    text = ("To elaborate on the actions by the Department today, we took steps to impose visa restrictions "
            "on party secretary Gustavo Porras for his role in supporting the regime's attacks on protesters.")
    from newsgraph.nlp.event_dates import BEFORE

    events = linked(nlp, text, published=dt.date(2024, 5, 15))
    found = [e for e in events if "supporting" in e.trigger]
    assert found and all(e.date_source == BEFORE for e in found), explain(found)


# ------------------------------------------ grounds3: grounds that are no event (issue 6, judges' class 2)
def test_grounds_of_an_unnamed_designee_are_no_event(base_nlp):
    # demo 1073, 1100: "an entity outside of Russia" is nobody an analyst can place
    text = ("The Treasury is taking action against Russia's defense industry today. This includes the designation "
            "of an entity outside of Russia for providing material support to a blocked Russian entity.")
    events = coded(base_nlp, text)
    assert not [e for e in events if "provid" in e.trigger], show(events)


@pytest.mark.parametrize("text, trigger", [
    # unnamed doers: a count or class of parties nobody names (demo 1660, 1667, 1215)
    ("The State Department imposed visa restrictions on over 250 members of the Nicaraguan government for their "
     "roles in supporting the Ortega-Murillo regime's attacks on human rights.", "supporting"),
    ("The State Department has imposed visa restrictions on executives of charter companies who have supported "
     "the movement of migrants to Managua.", "supported"),
    ("The Department of State is imposing visa restrictions on officials of the Ministry of Defense. It also "
     "includes 31 foreign government officials who have acted to support Russia's purported annexation of Crimea.",
     "support"),
])
def test_grounds_of_unnamed_parties_are_no_event(base_nlp, text, trigger):
    events = coded(base_nlp, text)
    assert not [e for e in events if trigger in e.trigger], show(events)
    # the measure itself stays: PLOVER codes the designation or restriction, its recipients the target
    assert [e for e in events if e.type in ("SANCTION", "COERCE")], show(events)


def test_a_statutory_formula_is_no_event_even_for_a_named_designee(base_nlp):
    # "for threatening or violating ... sovereignty": the acts an order covers, joined by "or"
    # (demo 1103, 1214), not one act the designee did
    text = ("The Department of State is designating Duma deputy Pyotr Tolstoy for threatening or violating "
            "Ukraine's sovereignty, territorial integrity, or political independence.")
    events = coded(base_nlp, text)
    assert not [e for e in events if e.type == "THREATEN"], show(events)
    assert [e for e in events if e.type == "SANCTION"], show(events)
