"""Actor keys (nlp/linking/, nlp/coref.py): a set a demonym places is not the state, a short
name an article defines is its organisation, names with a legal form or listed with organisations
are organisations and are placed by their legal form or a relative clause. Sentences are taken
verbatim from the bundled State Department and Treasury releases (examples/)."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

STATE = "United States Department of State"
TREASURY = "U.S. Department of the Treasury"


def _event(x, type_, target_text=None, source_text=None):
    return next(e for e in x.events if e.type == type_ and (target_text is None or e.target_text == target_text)
                and (source_text is None or e.source_text == source_text))


def test_designated_individuals_and_entities_are_a_set_not_the_state(nlp):
    x = extract("Today, the Department of the Treasury imposed sanctions on five Burmese individuals and five "
                "entities connected to the military regime.", dt.date(2022, 3, 25), nlp=nlp, outlet=STATE)
    sanction = _event(x, "SANCTION")
    assert sanction.target_text == "five Burmese individuals and five entities"
    assert (sanction.target_key, sanction.target_acts_for, sanction.target_sector) == (None, "MMR", None)


def test_a_numbered_set_of_individuals_is_placed_not_keyed_as_the_state(nlp):
    x = extract("The Department of State also designated 587 Russian individuals.", dt.date(2022, 6, 28),
                nlp=nlp, outlet=STATE)
    sanction = _event(x, "SANCTION")
    assert (sanction.target_key, sanction.target_acts_for) == (None, "RUS")


def test_a_demonym_phrase_of_the_states_agents_stays_the_state(nlp):
    # the state's own agents ("Russian troops") keep the state's key, with their sector
    x = extract("Russian troops attacked the city of Kharkiv on Thursday.", dt.date(2022, 5, 12), nlp=nlp,
                outlet=STATE)
    attack = next(e for e in x.events if e.source_text == "Russian troops")
    assert attack.source_key == "country:RUS"


def test_a_short_name_defined_collectively_is_the_company_not_the_town(nlp):
    x = extract("Yevgeniy Viktorovich Prigozhin is a Russian national who provided funding to IRA through the "
                "companies he controlled, Concord Management and Consulting LLC and Concord Catering "
                "(collectively “Concord”). Concord sent funds, recommended personnel, and oversaw IRA’s "
                "activities through reporting and interaction with IRA’s management.",
                dt.date(2020, 7, 30), nlp=nlp, outlet=STATE)
    sent = _event(x, "AID", source_text="Concord")
    assert sent.source_key.startswith("org:concord-management")
    assert not any(k.startswith("place:concord") for k in x.entities)


def test_a_short_name_defined_in_parentheses_is_its_organisation(nlp):
    x = extract("Joint Stock Company Northern Shipping Company (Northern Shipping), a Russian maritime shipping "
                "company, performs services for Russia’s Ministry of Defense. Northern Shipping’s vessels "
                "transport tanks and other military equipment for Russia’s military. The United States "
                "sanctioned Northern Shipping.", dt.date(2022, 5, 8), nlp=nlp, outlet=STATE)
    sanction = _event(x, "SANCTION", target_text="Northern Shipping")
    assert sanction.target_key == "org:joint-stock-company-northern-shipping-company"
    assert sanction.target_acts_for == "RUS"


def test_an_untagged_company_with_a_russian_legal_form_is_a_russian_company(nlp):
    x = extract("Oboronlogistika OOO is the Russian Ministry of Defense’s sole provider of troop transport to "
                "certain regions of Russia. Oboronlogistika OOO is being designated pursuant to E.O. 14024 "
                "Section 1(a)(i) because it operates or has operated in the defense and related materiel "
                "sector of the Russian Federation economy.", dt.date(2022, 5, 8), nlp=nlp, outlet=STATE)
    sanction = _event(x, "SANCTION")
    assert sanction.target_text == "Oboronlogistika OOO"
    assert (sanction.target_key, sanction.target_acts_for, sanction.target_sector) == \
        ("org:oboronlogistika-ooo", "RUS", "BUS")


def test_names_listed_with_organisations_are_placed_by_their_relative_clause(nlp):
    x = extract("In addition, the Treasury Department is designating Russia-1, Channel One, and NTV, all of "
                "which are directly or indirectly state-owned and controlled media within Russia, spreading "
                "disinformation to bolster Putin’s war.", dt.date(2022, 5, 8), nlp=nlp, outlet=TREASURY)
    sanction = _event(x, "SANCTION", target_text="Russia-1")
    assert (sanction.target_key, sanction.target_acts_for) == ("org:russia-1", "RUS")


def test_legal_form_states_reads_the_national_forms():
    from newsgraph.nlp.entities import legal_form_states

    assert legal_form_states("Oboronlogistika OOO") == {"RUS", "BLR"}
    assert legal_form_states("PAO Sberbank") == {"RUS"}
    assert legal_form_states("Marine Trans Shipping LLC") == frozenset()
    assert legal_form_states("OOO") == frozenset()  # the form alone names no company
    assert legal_form_states("Everwin Ship Management Pte. Ltd.") == {"SGP"}


def test_a_body_the_ner_took_for_a_place_is_the_body(nlp):
    from newsgraph.nlp.linking import ActorCoder, _place_named_body
    from newsgraph.nlp.pipeline import make_doc
    from newsgraph.nlp.types import EntityRecord

    doc = nlp(make_doc(nlp, "The United States also commends the Republic of Yemen Government’s leadership during "
                            "the truce. The United States Trade Representative is initiating an investigation into "
                            "China’s unfair trade practices in shipbuilding, maritime and logistics sectors.",
                       dt.date(2022, 6, 2), outlet=STATE))
    coder = ActorCoder(doc)
    yemen = EntityRecord(key="place:republic-of-yemen-government", name="Republic of Yemen Government", type="place")
    key, code = _place_named_body(doc, coder, yemen)
    assert (key, code.acts_for, code.sector) == ("country:YEM", "YEM", "GOV")
    ustr = EntityRecord(key="place:united-states-trade-representative", name="United States Trade Representative",
                        type="place")
    key, code = _place_named_body(doc, coder, ustr)
    assert (key, code.acts_for, code.sector) == ("org:united-states-trade-representative", "USA", "GOV")
    kyiv = EntityRecord(key="place:kyiv", name="Kyiv", type="place")
    assert _place_named_body(doc, coder, kyiv) is None


def test_a_company_a_demonym_phrase_introduces_keeps_that_state_and_is_a_business(nlp):
    x = extract("We are also imposing sanctions against PRC entity Zhengzhou Nanbei Instrument Equipment Co. Ltd "
                "for its support to Russia’s military.", dt.date(2022, 6, 28), nlp=nlp, outlet=STATE)
    sanction = _event(x, "SANCTION")
    assert (sanction.target_acts_for, sanction.target_sector) == ("CHN", "BUS")


def test_a_company_known_only_by_its_legal_form_says_so_in_a_field_not_its_reason(nlp):
    # Treasury's Russia designations (examples/) name lessors as "M Leasing LLC": BUS by the legal
    # form alone, which the linker reads from ``by_legal_form`` (the actor's words may then place
    # it), not from the reason's words; a state or an agent noun in the name is other evidence
    from newsgraph.nlp.linking import ActorCoder
    from newsgraph.nlp.pipeline import make_doc

    text = "OFAC also designated M Leasing LLC, which leases aircraft, and the Russian Bank VTB."
    doc = nlp(make_doc(nlp, text, dt.date(2022, 6, 28), None, TREASURY))
    coder = ActorCoder(doc)
    codes = {e.name: coder.for_key(k) for k, e in coder.entities.items() if e.type == "organization"}
    leasing = codes["M Leasing LLC"]
    assert (leasing.acts_for, leasing.sector, leasing.by_legal_form) == (None, "BUS", True)
    assert not any(code.by_legal_form for name, code in codes.items() if code and name != "M Leasing LLC")


def test_a_russian_legal_form_in_a_release_about_russia_that_names_belarus_once(nlp):
    # OOO is registered in Russia and Belarus: of the two the article names, the one it is about
    x = extract("Action to impose visa restrictions on 2,596 members of the Russian Federation military and 13 "
                "Belarusian military officials pursuant to a policy under Section 212(a)(3)(C) of the Immigration "
                "and Nationality Act.\nOboronlogistika OOO is the Russian Ministry of Defense’s sole provider of "
                "troop transport to certain regions of Russia. Oboronlogistika OOO is being designated pursuant "
                "to E.O. 14024 Section 1(a)(i) because it operates or has operated in the defense and related "
                "materiel sector of the Russian Federation economy.", dt.date(2022, 5, 8), nlp=nlp, outlet=STATE)
    sanction = _event(x, "SANCTION", target_text="Oboronlogistika OOO")
    assert (sanction.target_key, sanction.target_acts_for) == ("org:oboronlogistika-ooo", "RUS")


def test_a_singapore_private_limited_company_is_placed_in_singapore(nlp):
    x = extract("The State Department is also designating one Singapore-based entity, Everwin Ship Management "
                "Pte. Ltd., which has engaged in the transport of Iranian petroleum products.",
                dt.date(2022, 7, 6), nlp=nlp, outlet=STATE)
    sanction = _event(x, "SANCTION")
    assert (sanction.target_key, sanction.target_acts_for, sanction.target_sector) == \
        ("org:everwin-ship-management-pte-ltd", "SGP", "BUS")


def test_a_title_and_name_the_ner_took_for_an_organisation_acts_as_the_person(nlp):
    # the NER tags "Consular Affairs Rena Bitter" an organisation: the person is its subject, an
    # official acting in the Department's own release, so the Department's state (she meets Mexican
    # officials there: a trip only to her own consular staff is no visit, events 0.8.136)
    x = extract("Assistant Secretary of State for Consular Affairs Rena Bitter will travel June 27-29 to Tucson, "
                "Nogales, and Houston. In Nogales (Sonora, Mexico), she will observe consular operations and meet "
                "with Mexican officials. You can also find updates on Assistant Secretary Bitter’s travel by following "
                "@TravelGov on Twitter.", dt.date(2022, 6, 24), nlp=nlp, outlet=STATE)
    travel = next(e for e in x.events if e.trigger == "travel")
    assert travel.source_key.startswith("person:")
    assert (travel.source_acts_for, travel.source_sector) == ("USA", "GOV")


def test_a_listed_measure_whose_target_the_parser_split_into_a_second_subject_is_the_publishers(nlp):
    # the parser makes "13 Belarusian military officials" (a conjunct of the measure's target) a
    # second subject of "pursuant", beside the act noun "Action": a clause has one subject, so it is
    # no agent, and the agentless measure in the State Department's own release is the United States'
    x = extract("Action to impose visa restrictions on 2,596 members of the Russian Federation military and 13 "
                "Belarusian military officials pursuant to a policy under Section 212(a)(3)(C) of the Immigration "
                "and Nationality Act that applies to those who are believed to have supported, been actively "
                "complicit in, or been responsible for ordering or otherwise directing or authorizing actions that "
                "threaten or violate the sovereignty, territorial integrity, or political independence of Ukraine.",
                dt.date(2022, 5, 8), nlp=nlp, outlet=STATE)
    sanction = next(e for e in x.events if e.type == "SANCTION")
    assert (sanction.source_key, sanction.source_acts_for) == ("country:USA", "USA")
    assert sanction.target_key == "country:RUS"


def test_an_untagged_acronym_actor_is_the_organisation_whose_initials_it_spells(nlp):
    # the NER leaves "OFAC" untagged at the head of a line; the Office named before spells it
    x = extract("The Office of Foreign Assets Control designated 70 entities today.\n"
                "OFAC is prohibiting the importation of Russian gold.", dt.date(2022, 6, 28), nlp=nlp, outlet=STATE)
    sanction = _event(x, "SANCTION", source_text="OFAC")
    assert (sanction.source_key, sanction.source_acts_for) == ("org:office-of-foreign-assets-control", "USA")
    assert sanction.target_key == "country:RUS"
