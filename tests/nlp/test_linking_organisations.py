"""Organisations keyed as organisations and placed in their state (nlp/entities.py, nlp/linking/):
legal forms, appositive placing nouns, lists in apposition, IGOs, acronyms of a body named earlier."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

STATE = "United States Department of State"


def _target(x, text):
    return next(e for e in x.events if e.target_text == text)


def test_a_name_with_a_written_legal_form_is_a_company_placed_by_its_based_noun(nlp):
    # the NER takes the name for a person; "JSC" (joint-stock company, ISO 20275) says it is a company
    x = extract("The Department of State is designating one Vietnam-based entity, Truong Phat Loc Shipping Trading "
                "JSC, for engaging in the shipment of petroleum products from Iran.", dt.date(2023, 3, 16), nlp=nlp,
                outlet=STATE)
    sanction = _target(x, "Truong Phat Loc Shipping Trading JSC")
    assert sanction.target_key == "org:truong-phat-loc-shipping-trading-jsc"
    assert (sanction.target_acts_for, sanction.target_sector) == ("VNM", "BUS")


def test_every_name_of_a_list_in_apposition_to_a_placed_plural_takes_its_state(nlp):
    # the third name is tagged LOC, the first PERSON: the list is still the entities' referents
    x = extract("Additionally, the State Department is designating three Iran-based entities, Zagros Tarabaran-E "
                "Arya, Persian Gulf Star Oil Company, and East Ocean Rashin Shipping Co. Ltd., which have engaged "
                "in the sale of Iranian petroleum.", dt.date(2023, 3, 16), nlp=nlp, outlet=STATE)
    states = {e.target_text: e.target_acts_for for e in x.events if e.type == "SANCTION"}
    assert states["East Ocean Rashin Shipping Co. Ltd."] == "IRN"
    assert states["Persian Gulf Star Oil Company"] == "IRN"


def test_an_untagged_company_takes_the_state_of_its_appositive(nlp):
    x = extract("M Leasing LLC, a Russian maritime shipping company that transports weapons for the GoR, is "
                "designated pursuant to E.O. 14024.", dt.date(2022, 5, 8), nlp=nlp, outlet=STATE)
    sanction = next(e for e in x.events if e.type == "SANCTION")
    assert sanction.target_text == "M Leasing LLC"
    assert (sanction.target_acts_for, sanction.target_sector) == ("RUS", "BUS")


def test_a_title_case_two_letter_word_is_no_legal_form(nlp):
    from newsgraph.nlp.entities import _written_legal_form

    assert not _written_legal_form(nlp("Maria Sa")[0:2])
    assert _written_legal_form(nlp("Acme Shipping JSC")[0:3])
    assert _written_legal_form(nlp("Rashin Shipping Co. Ltd.")[0:4])


def test_an_intergovernmental_body_acts_for_no_member_state(nlp):
    x = extract("Ukrainian Foreign Minister Dmytro Kuleba thanked the Secretary. And just as the President said we "
                "would do, today the Department of Defense announced that we would be sending additional forces to "
                "NATO’s eastern flank to deter and defend against any Russian aggression directed at our allies.",
                dt.date(2022, 2, 22), nlp=nlp, outlet=STATE)
    nato = [e for e in x.events if e.target_key == "org:nato"] + [e for e in x.events if e.source_key == "org:nato"]
    assert nato
    assert all(e.target_acts_for is None for e in nato if e.target_key == "org:nato")
    assert all(e.source_acts_for is None for e in nato if e.source_key == "org:nato")
    assert x.entities["org:nato"].sector == "IGO"


def test_an_acronym_named_earlier_is_that_body_when_the_ner_misses_it(nlp):
    x = extract("Today, the Department of the Treasury’s Office of Foreign Assets Control (OFAC) is designating "
                "entities and individuals. OFAC is designating Russian commercial bank Transkapitalbank.",
                dt.date(2022, 3, 31), nlp=nlp, outlet=STATE)
    sanction = _target(x, "Transkapitalbank")
    assert sanction.source_key == "org:office-of-foreign-assets-control"
    assert sanction.source_acts_for == "USA"


def test_an_actor_span_that_kept_only_the_legal_form_is_the_whole_company(nlp):
    # the NER left "Transmorflot" untagged: the actor span is "LLC", the company the name it closes
    x = extract("Transmorflot LLC, a Russian maritime shipping company that transports weapons for the GoR, is being "
                "designated pursuant to E.O. 14024 Section 1(a)(i) because it operates or has operated in the marine "
                "sector of the Russian Federation economy.", dt.date(2022, 5, 8), nlp=nlp, outlet=STATE)
    sanction = next(e for e in x.events if e.type == "SANCTION")
    assert sanction.target_key == "org:transmorflot-llc"
    assert (sanction.target_acts_for, sanction.target_sector) == ("RUS", "BUS")


def test_a_legal_form_alone_is_no_organisations_alias():
    from newsgraph.nlp.entities import is_legal_form

    assert is_legal_form("LLC") and is_legal_form("pte ltd")
    assert not is_legal_form("OFAC") and not is_legal_form("Transmorflot LLC")


def test_banks_a_state_owns_are_its_businesses_and_so_are_the_banks_named_after_them(nlp):
    # "banks" is a business head (CAMEO BUS): the phrase is placed by Russia, not Russia's government
    x = extract("Today, the United States is designating two of Russia’s most important banks, Sberbank and "
                "Alfa Bank, and their subsidiaries.", dt.date(2022, 4, 6), nlp=nlp, outlet=STATE)
    # the plural's members are named in apposition: they are the targets, and the plural keyed to
    # the first of them would repeat its event (linking 0.3.31-members)
    assert not [e for e in x.events if e.target_text == "Russia’s most important banks"]
    for name in ("Sberbank", "Alfa Bank"):
        assert (_target(x, name).target_acts_for, _target(x, name).target_sector) == ("RUS", "BUS")


def test_a_state_after_on_or_for_in_a_bodys_name_is_its_topic_not_its_owner(nlp):
    # examples/statedept (2022-06-10): the Commission of Inquiry on Ukraine is a UN Human Rights
    # Council body, not Ukraine's government; "on Ukraine" names what it inquires into
    x = extract("Canada supports the work of the Independent International Commission of Inquiry on Ukraine "
                "established by the Human Rights Council.", dt.date(2022, 6, 10), nlp=nlp, outlet=STATE)
    support = _target(x, "Independent International Commission of Inquiry on Ukraine")
    assert support.target_acts_for is None and support.target_sector != "GOV"
    # the owner named by "of" or before the head still places the body
    from newsgraph.nlp.actor_heads import name_topic

    assert name_topic("Commission of Inquiry on ") and name_topic("Special Envoy for the ")
    assert not name_topic("Ministry of Foreign Affairs of ") and not name_topic("")


def test_a_militia_affiliated_with_a_states_army_is_pro_government_not_rebel(nlp):
    text = ("Additionally, the United States is imposing sanctions on Liwa al-Fajr, a militia affiliated with the "
            "Syrian Arab Army that took part in the offensive on Idlib. The United States also sanctioned "
            "Kata'ib Nour, a militia aligned with Iran.")
    x = extract(text, dt.date(2021, 7, 28), nlp=nlp, outlet=STATE)
    coded = {e.target_key: (e.target_acts_for, e.target_sector) for e in x.events if e.type == "SANCTION"}
    assert coded["org:liwa-al-fajr"] == ("SYR", "MIL")
    # a militia aligned with a state itself (not its forces) keeps the armed group's sector
    assert coded["org:kata-ib-nour"] == ("IRN", "REB")


def test_a_quoted_bracketed_acronym_and_its_predicate_nominal_place_the_named_body(nlp):
    # legal drafting defines a term in quotation marks ("(“VMA”)"): the acronym is the body's, and
    # "VMA is a Russian entity" places the body under its full name, which the NER may leave untagged
    x = extract("The Department seeks information on Volga Media Agency LLC (“VMA”) for its interference in "
                "U.S. elections. VMA is a Russian entity engaged in electoral interference operations.",
                dt.date(2022, 7, 28), nlp=nlp, outlet=STATE)
    sought = _target(x, "Volga Media Agency LLC")
    assert sought.target_key == "org:volga-media-agency-llc"
    assert sought.target_acts_for == "RUS"
    assert "org:vma" not in {m.entity_key for m in x.mentions}


def test_people_an_of_phrase_names_by_their_body_key_no_entity_and_act_for_its_state(nlp):
    # invented: the executives, not their companies, are restricted (linking 0.3.440)
    x = extract("The United States imposed visa restrictions on executives of several Colombian shipping "
                "companies.", dt.date(2024, 5, 6), nlp=nlp, outlet=STATE)
    restricted = [e for e in x.events if e.type == "SANCTION"]
    assert restricted and all(e.target_text.startswith("executives") and e.target_key is None
                              and e.target_acts_for == "COL" for e in restricted), restricted


def test_a_business_a_named_person_owns_keys_no_one(nlp):
    # invented: the companies are designated, not their owner (linking 0.3.440)
    x = extract("Four of Ivanov's companies are also being designated.", dt.date(2022, 6, 2), nlp=nlp, outlet=STATE)
    designated = [e for e in x.events if e.type == "SANCTION"]
    assert designated and all(e.target_key is None and e.target_sector == "BUS" for e in designated), designated


def test_a_company_in_apposition_is_of_the_state_its_seat_participle_names(nlp):
    # "a company headquartered in X" says what "an X-based company" says; a person "based in" a
    # city is only posted there, and a demonym before the noun outranks the place of registry
    from tests.nlp.linked_events import explain, linked
    cases = (("The Treasury designated Delta Holdings, a company headquartered in Moscow.", "RUS"),
             ("The Treasury designated Epsilon Trade LLC, a company registered in Belarus.", "BLR"),
             ("The Treasury designated Omega Shipping, a Russian company registered in Cyprus.", "RUS"),
             ("The Secretary met Jane Doe, a U.S. diplomat based in Kyiv.", "USA"))
    for text, state in cases:
        events = linked(nlp, text)
        assert events and all(e.target_acts_for == state for e in events), explain(events)
