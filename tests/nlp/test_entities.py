"""The entities component on real sentences from the bundled example articles."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from newsgraph.nlp.entities import COMPONENT, VERSION, find_mentions, is_all_caps, truecase_words
from newsgraph.nlp.types import ENTITY_TYPES
from newsgraph.resolve.countries import lookup_country

SENTENCES = yaml.safe_load(
    (Path(__file__).resolve().parent.parent / "fixtures" / "entities" / "sentences.yaml").read_text("utf-8"))


@pytest.fixture(scope="module")
def mentions_of(base_nlp):
    cache = {}

    def run(key):
        if key not in cache:
            cache[key] = find_mentions(base_nlp(SENTENCES[key]["text"]))
        return cache[key]

    return run


def _texts(mentions, type_=None, kind=None):
    return [m.text for m in mentions if (type_ is None or m.type == type_) and (kind is None or m.kind == kind)]


def test_every_mention_is_typed_traced_and_offsets_match(mentions_of):
    for key, item in SENTENCES.items():
        for m in mentions_of(key):
            assert m.type in ENTITY_TYPES, (key, m)
            assert item["text"][m.start:m.end] == m.text
            assert (m.component, m.version) == (COMPONENT, VERSION)


def test_titles_are_stripped_from_person_names(mentions_of):
    people = _texts(mentions_of("defense_minister"), "person")
    assert "Mohammad Reza Ashtiani" in people
    assert not any("General" in p or "Brigadier" in p or "Minister" in p for p in people)
    people = _texts(mentions_of("titled_people"), "person")
    assert {"Jake Sullivan", "Diana Mondino", "Nicolás Posse"} <= set(people)
    people = _texts(mentions_of("secretary_of_state"), "person")
    assert {"Antony Blinken", "Alejandro Mayorkas"} <= set(people)


def test_title_words_are_not_organisations(mentions_of):
    for key in ("defense_minister", "titled_people", "secretary_of_state"):
        orgs = _texts(mentions_of(key), "organization")
        assert "Defense" not in orgs
        assert not any(o.endswith(("Minister", "Advisor", "Secretary")) for o in orgs), orgs
        assert not any("Mayorkas" in o or "Posse" in o for o in orgs), orgs


def test_demonym_is_a_country_mention_with_its_code(mentions_of):
    demonyms = [m for m in mentions_of("defense_minister") if m.kind == "demonym"]
    assert {m.text for m in demonyms} >= {"Bolivian", "Iranian"}
    assert all(m.type == "country" for m in demonyms)
    assert lookup_country("Bolivian").alpha3 == "BOL"
    assert "Ukrainian" in _texts(mentions_of("missiles_and_drones"), "country", "demonym")


def test_origin_compound_mentions_the_country(mentions_of):
    assert "Iran" in _texts(mentions_of("origin_compound"), "country", "demonym")


def test_capital_as_subject_is_its_government(mentions_of):
    assert "Moscow" in _texts(mentions_of("capital_as_government"), "country", "capital")
    assert "Tehran" in _texts(mentions_of("capital_as_government_2"), "country", "capital")


def test_capital_as_location_stays_a_place(mentions_of):
    mentions = mentions_of("capital_as_place")
    assert "Tehran" in _texts(mentions, "place")
    assert "Tehran" not in _texts(mentions, "country")
    assert "Mexico City" in _texts(mentions_of("secretary_of_state"), "place")


def test_equipment_spans_take_their_modifiers(mentions_of):
    assert "precision-guided short-range missiles" in _texts(mentions_of("origin_compound"), "equipment")
    assert {"missiles", "drones"} <= set(_texts(mentions_of("missiles_and_drones"), "equipment"))
    assert "Javelin anti-tank weapons" in _texts(mentions_of("named_system"), "equipment")
    # the origin compound is not part of the equipment name
    assert not any("Iran" in e for e in _texts(mentions_of("origin_compound"), "equipment"))


def test_regions_are_regions(mentions_of):
    regions = _texts(mentions_of("capital_as_government_2"), "region")
    assert {"Latin America", "Middle East"} <= set(regions)


def test_money_and_percent_measures(mentions_of):
    money = [m for m in mentions_of("money_measure") if m.type == "money"]
    assert [m.measure for m in money] == ["assistance"]
    percent = [m for m in mentions_of("percent_measure") if m.type == "percent"]
    assert [m.measure for m in percent] == ["inflation rate"]


def test_component_writes_doc_attribute(base_nlp):
    from newsgraph.nlp.pipeline import build_pipeline

    nlp = build_pipeline(("newsgraph_entities",))
    doc = nlp(SENTENCES["capital_as_government"]["text"])
    assert doc._.ng_mentions and all(m.type in ENTITY_TYPES for m in doc._.ng_mentions)


def test_all_caps_lines_are_recased_for_the_model():
    words = "SOCCER - JAPAN GET LUCKY WIN".split()
    assert is_all_caps(words)
    recased = truecase_words(words)
    assert recased[2] == "Japan"
    assert recased[4] == "lucky"
    assert not is_all_caps("Japan get a lucky win".split())


def _typed(mentions):
    return {(m.text, m.type) for m in mentions}


def test_a_name_after_a_descriptor_noun_is_an_organisation(mentions_of):
    assert ("La Razón", "organization") in _typed(mentions_of("descriptor_daily"))
    assert ("Le Point", "organization") in _typed(mentions_of("descriptor_newspaper"))
    assert ("Los Cachiros", "organization") in _typed(mentions_of("descriptor_organization"))
    found = _typed(mentions_of("descriptor_with_apostrophes"))
    assert ("B’nai B’rith International", "organization") in found


def test_an_organisation_name_may_open_with_a_regional_adjective(mentions_of):
    found = _typed(mentions_of("descriptor_with_apostrophes"))
    assert ("Latin American Affairs Directorate", "organization") in found
    assert not any(text in ("Latin American", "Affairs Directorate") for text, _ in found)


def test_photo_credits_name_a_photographer_and_an_agency(mentions_of):
    found = _typed(mentions_of("photo_credit_agency"))
    assert {("Atta Kenare", "person"), ("AFP", "organization")} <= found
    found = _typed(mentions_of("photo_credit_service"))
    assert {("U.S. Air Force", "organization"), ("Jim Varhegyi", "person")} <= found
    assert ("Andre Deak", "person") in _typed(mentions_of("photo_by"))


def test_one_tells_an_outlet_not_a_place(mentions_of):
    found = _typed(mentions_of("told_outlet"))
    assert ("Diálogo", "organization") in found
    assert ("Jorge Serrano", "person") in found


def test_a_national_community_is_a_collective_actor(mentions_of):
    assert ("Argentine Jewish community", "organization") in _typed(mentions_of("community_seed"))
    found = _typed(mentions_of("community_whitehouse"))
    assert ("Venezuelan community", "organization") in found
    assert ("Latino community", "organization") not in found  # no nationality: a group word only


def test_regional_adjectives_mention_their_region(mentions_of):
    found = mentions_of("region_adjective")
    assert [(m.text, m.kind) for m in found if m.type == "region"] == [("Southeast Asian", "demonym")]


def test_a_plural_noun_possessive_stays_inside_the_name(mentions_of):
    countries = [m for m in mentions_of("region_adjective") if m.type == "country"]
    assert "People’s Republic of China" in [m.text for m in countries]
    assert all(lookup_country(m.text).alpha3 == "CHN" for m in countries)
    assert not any(m.text == "People" for m in mentions_of("region_adjective"))


def test_keyword_of_complement_names_an_organisation(mentions_of):
    assert ("Department of Justice", "organization") in _typed(mentions_of("department_of_justice"))
    orgs = _texts(mentions_of("country_prefixed_org_2"), "organization")
    assert orgs == ["Russian Ministry of Defense"]  # the title after it is no part of it


def test_a_portfolio_before_the_holder_is_not_part_of_the_name(mentions_of):
    assert "Marc Garneau" in _texts(mentions_of("office_before_name"), "person")
    assert "John Kerry" in _texts(mentions_of("office_before_name_2"), "person")
    for key in ("office_before_name", "office_before_name_2"):
        assert not any(p.startswith(("Affairs", "Climate")) for p in _texts(mentions_of(key), "person"))


def test_a_country_and_a_collective_head_name_an_organised_actor(mentions_of):
    assert ("Cuba’s intelligence services", "organization") in _typed(mentions_of("collective_possessive"))
    assert ("Russian intelligence services", "organization") in _typed(mentions_of("collective_demonym"))
    found = _typed(mentions_of("collective_demonym_2"))
    assert ("Russian banks", "organization") in found
    assert ("Russia", "country") in found


def test_credit_parts_are_typed_by_their_form_not_their_position(mentions_of):
    found = _typed(mentions_of("credit_organisation"))
    assert {("Tina McKenzie", "person"), ("Australian Paralympic Committee", "organization")} <= found
    assert ("Sarvis for Governor", "organization") in _typed(mentions_of("credit_campaign"))


def test_a_pronoun_after_a_descriptor_is_no_name(mentions_of):
    assert "I" not in _texts(mentions_of("pronoun_after_descriptor"))


def test_all_caps_telex_names_its_people_and_keeps_offsets(nlp):
    from newsgraph.nlp.pipeline import extract

    text = ("PRIME MINISTER KOFI ADJEI OF GHANA MET PRESIDENT AMARA KONE OF IVORY COAST IN ACCRA ON MONDAY.\n"
            "ACCRA, MAY 2 - GHANAIAN FOREIGN MINISTER AKOSUA MENSAH CONDEMNED THE ATTACK ON THE EMBASSY.\n")
    x = extract(text)
    people = {x.entities[m.entity_key].name for m in x.mentions if m.type == "person" and m.kind == "name"}
    assert {"Kofi Adjei", "Amara Kone", "Akosua Mensah"} <= people
    for m in x.mentions:
        assert text[m.start:m.end] == m.text  # the article's own letters, at the same offsets
    roles = {(x.entities[r.person_key].name, r.title, r.of_key) for r in x.roles}
    assert ("Kofi Adjei", "Prime Minister", "country:GHA") in roles
    assert ("Akosua Mensah", "Foreign Minister", "country:GHA") in roles


def test_recasing_changes_only_all_caps_lines(nlp):
    from newsgraph.nlp.entities import recase_all_caps_lines

    text = "GHANA MET TOGO\nThe talks in Accra went well, NATO said.\n"
    doc = recase_all_caps_lines(nlp, nlp.make_doc(text))
    assert len(doc.text) == len(text) and doc.text.lower() == text.lower()
    assert doc.text.splitlines()[0] == "Ghana met Togo"
    assert doc.text.splitlines()[1] == text.splitlines()[1]
    assert recase_all_caps_lines(nlp, nlp.make_doc("No capitals here, NATO said.")).text == "No capitals here, NATO said."


@pytest.mark.parametrize("text, name", [
    ("\"The harbour is closed until further notice,\" Lena Sato, the port's director, said.", "Lena Sato"),
    ("“We are running out of water,” Ama Owusu told reporters on Sunday.", "Ama Owusu"),
    ("“We are running out of water,” Haruto Ito said.", "Haruto Ito"),
    ("\"The harbour is closed,\" Magnus Berg, a spokesman for the port authority, said.", "Magnus Berg"),
])
def test_person_right_after_a_closing_quote(nlp, text, name):
    from newsgraph.nlp.pipeline import make_doc

    doc = nlp(make_doc(nlp, text, None))
    assert (name, "person") in [(m.text, m.type) for m in doc._.ng_mentions]
    assert [s.speaker_key for s in doc._.ng_statements if s.speaker_text == name] == \
        ["person:" + name.lower().replace(" ", "-")]


@pytest.mark.parametrize("text, name, type_", [
    ("\"We will appeal,\" Amnesty International said.", "Amnesty International", "organization"),
    ("“It is over,” South Korea said.", "South Korea", "country"),
])
def test_organisations_and_states_after_a_quote_stay_what_they_are(nlp, text, name, type_):
    from newsgraph.nlp.pipeline import make_doc

    doc = nlp(make_doc(nlp, text, None))
    assert (name, type_) in [(m.text, m.type) for m in doc._.ng_mentions]


@pytest.mark.parametrize("text, expected", [
    ("President Joseph R. Biden, Jr. spoke today.", ("Joseph R. Biden, Jr.", "person")),
    ("Harris met President Isaac Herzog of Israel in Munich Germany.", ("Munich", "place")),
    ("Harris met President Isaac Herzog of Israel in Munich Germany.", ("Germany", "country")),
    ("The United Nations condemned the attack.", ("United Nations", "organization")),
    ("The Houthis attacked ships in the Red Sea.", ("Houthis", "organization")),
    ("Kataib Hezbollah claimed the attack.", ("Kataib Hezbollah", "organization")),
    ("The “United States and China agreed.", ("United States", "country")),
])
def test_names_as_real_releases_write_them(nlp, text, expected):
    from newsgraph.nlp.pipeline import make_doc

    doc = nlp(make_doc(nlp, text, None))
    assert expected in [(m.text, m.type) for m in doc._.ng_mentions]


def test_new_mexico_is_not_split_into_a_place_and_a_country(nlp):
    from newsgraph.nlp.pipeline import make_doc

    doc = nlp(make_doc(nlp, "New Mexico sued the federal government.", None))
    assert ("Mexico", "country") not in [(m.text, m.type) for m in doc._.ng_mentions]


@pytest.mark.parametrize("text, expected", [
    ("The delegation:\n\nThe Honorable Gregory Meeks, Chairman of the House Foreign Affairs\nCommittee\n",
     ("Gregory Meeks", "person")),
    ("upon the death of His Excellency Jovenel Moïse, Former President of the\nRepublic of Haiti",
     ("Jovenel Moïse", "person")),
    ("Sanctions hit Edwin Ramon Castro Rivera, a National Assembly Deputy.", ("Edwin Ramon Castro Rivera", "person")),
    ("The Honorable Daniel Foote, Special Envoy to Haiti, U.S. Department of\nState\n",
     ("U.S. Department of\nState", "organization")),
])
def test_names_in_protocol_lists_and_hard_wrapped_lines(nlp, text, expected):
    from newsgraph.nlp.pipeline import make_doc

    doc = nlp(make_doc(nlp, text, None))
    assert expected in [(m.text, m.type) for m in doc._.ng_mentions]


@pytest.mark.parametrize("text, expected", [
    ("The Sudanese Armed Forces and Rapid Support Forces fought in Khartoum.", ("Rapid Support Forces", "organization")),
    ("The Sudanese Armed Forces and Rapid Support Forces fought in Khartoum.", ("Sudanese Armed Forces", "organization")),
    ("A Newsmax / Zogby poll was published on Monday.", ("Zogby", "organization")),
    ("The G7 condemned the attack.", ("G7", "organization")),
    ("Pupils of the Instituto Gonzaga in Palermo protested.", ("Instituto Gonzaga", "organization")),
    ("The Municipality of Turin approved the budget.", ("Municipality of Turin", "organization")),
    ("Iran sold ballistic missiles to Russia.", ("ballistic missiles", "equipment")),
])
def test_organisations_as_news_names_them(nlp, text, expected):
    from newsgraph.nlp.pipeline import make_doc

    doc = nlp(make_doc(nlp, text, None))
    assert expected in [(m.text, m.type) for m in doc._.ng_mentions]


def test_a_bare_keyword_and_a_trailing_preposition_make_no_name(nlp):
    from newsgraph.nlp.pipeline import make_doc

    doc = nlp(make_doc(nlp, "The Department said the Court would rule. He was National Security Advisor for Biden.", None))
    texts = [m.text for m in doc._.ng_mentions]
    assert "Department" not in texts and "Court" not in texts
    assert not any(t.endswith(" for") for t in texts)


def test_singular_and_plural_equipment_are_one_entity(nlp):
    from newsgraph.nlp.pipeline import make_doc

    doc = nlp(make_doc(nlp, "Iran sold ballistic missiles to Russia. A ballistic missile hit Kyiv.", None))
    keys = {m.entity_key for m in doc._.ng_mentions if m.type == "equipment"}
    assert keys == {"equipment:ballistic-missile"}


def test_a_name_built_on_a_group_the_article_names_is_no_person(nlp):
    from newsgraph.nlp.pipeline import make_doc

    doc = nlp(make_doc(nlp, "Dalit Muslims face double discrimination, say the Muslim writers of Indian Dalit "
                            "Muslims Voice.", None))
    types = {m.text: m.type for m in doc._.ng_mentions}
    assert types["Muslim"] == "group"
    assert types["Dalit Muslims"] == "organization"


def test_a_country_name_joined_by_and_is_one_country(base_nlp):
    # ISO 3166 names with "and" (statedept OAS statement): the model reads two persons
    mentions = find_mentions(base_nlp("We commend the governments of Antigua and Barbuda and Guatemala for "
                                      "leading the adoption of the resolution."))
    assert ("Antigua and Barbuda", "country") in [(m.text, m.type) for m in mentions]
    assert "Antigua" not in _texts(mentions, "person")


def test_a_name_with_an_east_slavic_patronymic_is_a_person(base_nlp):
    # treasury, Timchenko's family: the NER tagged both names ORG; "Petrovna", "Nikolayevich" are patronymics
    doc = base_nlp("Elena Petrovna Timchenko and Natalya Browning are each being designated for being a spouse or "
                   "adult child of Gennady Nikolayevich Timchenko, pursuant to Section 1(a)(v) of E.O. 14024.")
    found = {m.text: m.type for m in find_mentions(doc)}
    assert found.get("Elena Petrovna Timchenko") == "person", found
    assert found.get("Gennady Nikolayevich Timchenko") == "person", found


def test_a_one_word_bank_name_is_an_organisation(base_nlp):
    # treasury, Russia's banks: one-word compound bank names are no person's
    doc = base_nlp("Treasury is also designating Gazprombank and Promsvyazbank, two of Russia's largest banks.")
    found = {m.text: m.type for m in find_mentions(doc)}
    assert found.get("Gazprombank") == "organization", found
    assert found.get("Promsvyazbank") == "organization", found


def test_a_legal_form_the_ner_split_off_takes_the_name_before_it(base_nlp):
    # statedept 2022-08-01: the NER tags "Pioneer Ship" and "PTE LTD" apart; "Transmorflot
    # LLC" as "LLC" alone: a legal form alone names no company
    texts = _texts(find_mentions(base_nlp(
        "The Department of State is designating Pioneer Ship management PTE LTD, a company that "
        "managed one liquified petroleum gas tanker.")), "organization")
    assert "Pioneer Ship management PTE LTD" in texts and "PTE LTD" not in texts
    texts = _texts(find_mentions(base_nlp("Transmorflot LLC, a Russian maritime shipping company, is designated.")))
    assert "Transmorflot LLC" in texts and "LLC" not in texts
    texts = _texts(find_mentions(base_nlp("M Leasing LLC, a Russian maritime shipping company, is designated.")))
    assert "M Leasing LLC" in texts


def test_a_legal_form_with_no_name_before_it_is_no_mention(base_nlp):
    texts = _texts(find_mentions(base_nlp(
        "Treasury designated Russian entities Ardis Group of Companies LLC (Ardis Group); PFK "
        "Profpodshipnik; LLC, and Russian individual Igor Ivanov.")))
    assert "LLC" not in texts


def test_two_names_on_one_plural_subdivision_noun_are_two_places(base_nlp):
    # statedept 2022: the NER tags only "Luhansk" of "the Luhansk and Donetsk oblasts"
    mentions = find_mentions(base_nlp("Fighting continued in the Luhansk and Donetsk oblasts."))
    assert {"Luhansk", "Donetsk"} <= set(_texts(mentions, "place"))


def test_a_legal_form_that_opens_a_name_takes_the_name_after_it(base_nlp):
    # Russian registers write the form first ("State Corporation" is Russia's Goskorporatsiya): the
    # form alone is no company, and keying it would make one key of every such company
    texts = _texts(find_mentions(base_nlp(
        "The Treasury designated State Corporation Vostokmash, which is owned by the Russian government.")),
        "organization")
    assert "State Corporation Vostokmash" in texts and "State Corporation" not in texts, texts
