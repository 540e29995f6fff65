"""Keyed actors the linker used to leave with no state: a title + name the NER took for an
organisation, a later item of a designation list, and the people of a placed organisation."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

STATE = "U.S. Department of State"


def _target(x, type_: str, text_part: str):
    return next(e for e in x.events if e.type == type_ and e.target_text and text_part in e.target_text)


def test_a_title_of_a_body_before_a_name_is_the_person(nlp):
    # state.gov (examples/statedept/articles_geopolitics.jsonl:59): the NER tags "Presidential
    # Office" ORG inside "Head of the Presidential Office Andriy Yermak"; the meeting is with Yermak
    text = ("Secretary of State Antony J. Blinken met today with Ukrainian Foreign Minister Dmytro Kuleba and Head "
            "of the Presidential Office Andriy Yermak.")
    x = extract(text, dt.date(2022, 9, 20), nlp=nlp, outlet=STATE)
    met = _target(x, "CONSULT", "Yermak")
    assert met.target_key == "person:andriy-yermak"
    assert x.entities[met.target_key].type == "person"
    assert met.target_acts_for == "UKR"


def test_a_minister_of_a_states_armed_forces_is_the_person_of_that_state(nlp):
    # state.gov (examples/statedept/articles_geopolitics.jsonl:41): the NER tags "Revolutionary
    # Armed Forces of Cuba Álvaro López Miera" ORG; the title's "of Cuba" places the minister
    text = ("The Department of State is designating Minister of the Revolutionary Armed Forces of Cuba Álvaro López "
            "Miera for his involvement in gross violations of human rights.")
    x = extract(text, dt.date(2021, 7, 22), nlp=nlp, outlet=STATE)
    event = _target(x, x.events[0].type, "Miera")
    assert (event.target_key, event.target_acts_for) == ("person:alvaro-lopez-miera", "CUB")


def test_a_title_head_before_a_one_word_name_is_the_person(nlp):
    # state.gov (examples/statedept/articles_geopolitics.jsonl:19): "Canal Administrator Vásquez" ORG
    text = ("Under Secretary Nuland will travel to Panama City, Panama. The delegation will meet with President Cortizo. "
            "They will also visit the Panama Canal to speak with Canal Administrator Vásquez.")
    x = extract(text, dt.date(2022, 3, 1), nlp=nlp, outlet=STATE)
    keys = {e.target_key for e in x.events if e.target_text and "Vásquez" in e.target_text}
    assert keys == {"person:vasquez"}
    assert x.entities["person:vasquez"].type == "person"


def test_a_later_item_of_a_designation_list_takes_the_state_its_plural_names(nlp):
    # state.gov (examples/statedept/articles_geopolitics.jsonl:233): the parse hangs "as well as the
    # 64th Separate Motorized Rifle Brigade" on "units", not on the appositive list
    text = ("The Department of State is designating three Russian Federation military units, the 76th Guards Air "
            "Assault Division and its subordinate 234th Guards Airborne Assault Regiment, as well as the 64th "
            "Separate Motorized Rifle Brigade, pursuant to E.O. 14024 Section 1(a)(i) because these entities "
            "operate or have operated in the defense and related materiel sector of the Russian Federation economy.")
    x = extract(text, dt.date(2022, 9, 30), nlp=nlp, outlet=STATE)
    brigade = _target(x, "SANCTION", "Brigade")
    assert (brigade.target_key, brigade.target_acts_for) == ("org:64th-separate-motorized-rifle-brigade", "RUS")


def test_members_of_a_state_corporations_board_act_for_its_state(nlp):
    # state.gov (examples/statedept/articles_geopolitics.jsonl:233): "State Corporation" is Russia's
    # Goskorporatsiya legal form, so Rostec is Russian and so are the members of its board
    text = ("The Department of State is taking action against Russia's defense sector. Further, in coordination with "
            "the Department of the Treasury’s designation of State Corporation Rostec today, the Department of State "
            "is designating 19 members of the Rostec board of directors and nine of their spouses or adult children.")
    x = extract(text, dt.date(2022, 6, 28), nlp=nlp, outlet=STATE)
    board = _target(x, "SANCTION", "Rostec board")
    assert board.target_acts_for == "RUS"


def test_a_named_state_body_with_no_state_takes_the_one_state_its_clause_names(nlp):
    # state.gov (examples/statedept/articles_geopolitics.jsonl:157): "National Police" (POL), a body the
    # U.S. does not have, met in Rzeszow (Poland) beside Ukraine's Border Guard Service
    text = ("Assistant Secretary of State for International Narcotics and Law Enforcement (INL) Todd D. Robinson "
            "traveled to Poland March 30 – April 2. While in Warsaw, Assistant Secretary Robinson met with Ukrainian "
            "civil society organizations. During his visit to Rzeszow, Assistant Secretary Robinson met with the "
            "Ukrainian Border Guard Service and National Police, as well as members of the Embassy Kyiv team who are "
            "on the frontlines of the response to the crisis caused by Putin’s premeditated, unprovoked, and "
            "unjustified attack on Ukraine.")
    x = extract(text, dt.date(2022, 4, 4), nlp=nlp, outlet="United States Department of State")
    police = _target(x, "CONSULT", "National Police")
    assert (police.target_key, police.target_acts_for, police.target_sector) == ("org:ukr:national-police", "UKR", "POL")  # keyed per state (generic_bodies)


def test_a_named_state_body_in_a_news_story_takes_the_state_the_story_is_about(nlp):
    # Wikinews (examples/wikinews-gum/articles.jsonl:22): the Irving, Texas police of a U.S. story
    text = ("Ahmed Mohamed, a student at MacArthur High School in Irving, Texas, brought a homemade clock to school. "
            "Teachers in Texas thought it was a bomb. The Irving Police Department was called. "
            "Police arrested and questioned the student.")
    x = extract(text, dt.date(2015, 9, 22), nlp=nlp, outlet="Wikinews")
    arrest = next(e for e in x.events if e.type == "COERCE" and e.source_key)
    assert arrest.source_acts_for == "USA"


def test_a_state_body_in_a_states_release_is_not_placed_by_the_articles_focus(nlp):
    # state.gov (examples/statedept/articles_geopolitics.jsonl:42): the NER's "organisation" (GOV) in
    # "Under Secretary of State for Arms Control ... Bonnie Jenkins" is the publisher's, not Russia's
    text = ("Deputy Secretary of State Wendy R. Sherman will travel to Geneva, Switzerland to lead the U.S. "
            "delegation’s participation in a U.S.-Russia bilateral Strategic Stability Dialogue on July 28, 2021. She "
            "will be joined by Under Secretary of State for Arms Control and International Security Bonnie Jenkins, "
            "who will provide additional leadership for the delegation. This meeting follows up on a commitment made "
            "between President Biden and Russian President Putin to have a deliberate and robust dialogue between our "
            "two nations that will seek to lay the groundwork for future arms control and risk reduction measures.")
    x = extract(text, dt.date(2021, 7, 23), nlp=nlp, outlet="United States Department of State",
                title="Deputy Secretary Sherman to Lead U.S. Delegation in Strategic Stability Dialogue with Russian "
                      "Federation")
    # the title's portfolio is no organisation (entities 0.4.15), so no event has it as source,
    # and no one of the publisher's delegation is placed in Russia
    assert not any(m.type == "organization" and "Arms Control" in m.text for m in x.mentions)
    delegation = [e for e in x.events if e.source_text and ("Jenkins" in e.source_text or "Sherman" in e.source_text)]
    assert all(e.source_acts_for != "RUS" for e in delegation)


def test_a_company_owned_or_controlled_by_a_placed_person_is_that_persons_state(nlp):
    # state.gov (examples/statedept/articles_geopolitics.jsonl:212): OFAC's wording for a body a
    # designated person holds; Mordashov leads "Severgroup", "a ... Russia’s investment company" (RUS)
    text = ("Alexey Mordashov, the leader of Severgroup Limited Liability Company, is being designated pursuant to "
            "E.O. 14024. Severgroup is a multi-billion-dollar Russia’s investment company with holdings in "
            "metallurgy and mining. Algoritm is being designated pursuant to E.O. 14024 section 1(a)(vii) because "
            "it is owned or controlled by Alexey Mordashov, a person whose property and interests in property are "
            "blocked.")
    x = extract(text, dt.date(2022, 5, 8), nlp=nlp, outlet=STATE)
    event = _target(x, "SANCTION", "Algoritm")
    assert (event.target_key, event.target_acts_for) == ("org:algoritm", "RUS")


def test_a_company_owned_by_an_unplaced_person_takes_no_state(nlp):
    # contrast: no word places Mordashov or Severgroup, so the ownership gives Algoritm nothing (no
    # programme is cited either: E.O. 14024 would place the designees, see below)
    text = ("Alexey Mordashov, the leader of Severgroup Limited Liability Company, is being designated today. "
            "Severgroup is a multi-billion-dollar investment company with holdings in metallurgy and "
            "mining. Algoritm is being designated today because it is owned or "
            "controlled by Alexey Mordashov, a person whose property and interests in property are blocked.")
    x = extract(text, dt.date(2022, 5, 8), nlp=nlp, outlet=STATE)
    event = _target(x, "SANCTION", "Algoritm")
    assert (event.target_key, event.target_acts_for) == ("org:algoritm", None)


def test_a_partitive_appositive_naming_a_states_people_places_the_name(nlp):
    # state.gov (examples/statedept/articles_geopolitics.jsonl:213): "one of Russia’s wealthiest
    # billionaires", the second of two coordinated appositives, names Mordashov's state
    text = ("The Department of State is designating Alexey Mordashov, the leader of Severgroup and one of Russia’s "
            "wealthiest billionaires, along with his wife.")
    x = extract(text, dt.date(2022, 5, 8), nlp=nlp, outlet=STATE)
    event = _target(x, "SANCTION", "Mordashov")
    assert (event.target_key, event.target_acts_for) == ("person:alexey-mordashov", "RUS")


def test_a_partitive_appositive_naming_a_region_places_no_one(nlp):
    # contrast (same release): "one of the richest men in Europe" names no state
    text = "The Department of State is designating God Nisanov, one of the richest men in Europe."
    x = extract(text, dt.date(2022, 5, 8), nlp=nlp, outlet=STATE)
    event = _target(x, "SANCTION", "Nisanov")
    assert event.target_acts_for is None


def test_a_relative_the_ner_took_for_a_place_takes_the_owners_state(nlp):
    # state.gov (examples/statedept/articles_geopolitics.jsonl:103): the NER tags "Polina" GPE; the
    # linker makes her a person by her kinship noun, and "Prigozhin's wife" places her as it places
    # her coordinated daughter and son
    text = ("The Department of State is designating Russian elite Yevgeniy Prigozhin. Today, OFAC also is "
            "designating Prigozhin’s wife Polina, daughter Lyubov, and son Pavel, who play various roles in "
            "his business enterprise.")
    x = extract(text, dt.date(2022, 3, 3), nlp=nlp, outlet=STATE)
    wife = _target(x, "SANCTION", "Polina")
    assert wife.target_key == "person:polina"
    assert wife.target_acts_for == "RUS"


def test_a_state_installed_official_in_apposition_acts_for_that_state(nlp):
    # state.gov (examples/statedept/articles_geopolitics.jsonl:233): "Russia-installed" hangs off the
    # appositive's participle, below the noun's own modifiers
    text = ("The Department of State is designating Halyna Danylchenko, the illegitimate Russia-installed “mayor” "
            "of Melitopol, for being responsible for activities that undermine the peace of Ukraine.")
    x = extract(text, dt.date(2022, 6, 28), nlp=nlp, outlet=STATE)
    mayor = _target(x, "SANCTION", "Danylchenko")
    assert mayor.target_acts_for == "RUS"


def test_an_igo_initialism_before_a_title_makes_its_holder_an_igo_official(nlp):
    # state.gov (examples/statedept/articles_geopolitics.jsonl:107): the NER leaves "IAEA" untagged
    # before "Director General Grossi"; the post is the IAEA's (IGO, no state), not a government's
    text = ("We support the initiative of IAEA Director General Grossi announced today for an agreement between "
            "Ukraine and Russia to ensure the safety and security of nuclear facilities in Ukraine.")
    x = extract(text, dt.date(2022, 3, 4), nlp=nlp, outlet=STATE)
    backed = _target(x, "SUPPORT", "Grossi")
    assert (backed.target_acts_for, backed.target_sector) == (None, "IGO")


def test_a_party_designated_under_a_states_programme_takes_its_state(nlp):
    # state.gov (examples/statedept/articles_geopolitics.jsonl:139): nothing in the words beside
    # "Frank" places the designee; the paragraph cites E.O. 14024, whose title names the
    # Government of the Russian Federation, and names no other state (actor_heads.yaml
    # designation_programmes)
    text = ("Frank is being designated for being or having been a leader, official, senior executive officer, or "
            "member of the board of directors of OOO Transoil, pursuant to section 1(a)(iii)(C) of E.O. 14024.\n")
    x = extract(text, dt.date(2022, 3, 24), nlp=nlp, outlet=STATE)
    event = next(e for e in x.events if e.type == "SANCTION")
    assert event.target_text == "Frank"
    assert event.target_acts_for == "RUS"


def test_a_programme_does_not_place_a_party_beside_another_state(nlp):
    # a paragraph that names another state ("Uzbekistan-based", examples/statedept/
    # articles_geopolitics.jsonl:233) may designate that state's parties under E.O. 14024: the
    # programme places no party whose own sentence names that state, nor one in a sentence that
    # does not cite the order
    text = ("The Department of State designated Zavod Kontakt pursuant to E.O. 14024. Today, the Department of "
            "State has designated Aral Logistika pursuant to E.O. 14024 for shipping microchips from Kazakhstan to "
            "Zavod Kontakt. Severny Trade has also supplied Zavod Kontakt.\n")
    x = extract(text, dt.date(2022, 6, 28), nlp=nlp, outlet=STATE)
    assert _target(x, "SANCTION", "Zavod Kontakt").target_acts_for == "RUS"
    assert _target(x, "SANCTION", "Aral").target_acts_for != "RUS"
    supplied = next(e for e in x.events if e.source_text and "Severny" in e.source_text)
    assert supplied.source_acts_for is None  # its sentence cites no order


def test_a_party_designated_under_a_programme_in_its_own_sentence_takes_its_state(nlp):
    # judged 47 (1300): the paragraph names Uzbekistan for another designee, but the sentence that
    # designates Radioavtomatika cites E.O. 14024 and names no state but Russia: the programme's party
    text = ("The Department of State designated Radioavtomatika pursuant to E.O. 14024 and underscored that "
            "Radioavtomatika specializes in procuring foreign items for Russia’s defense industry. Today, the "
            "Department of State has designated the Uzbekistan-based Promcomplektlogistic Private Company.\n")
    x = extract(text, dt.date(2022, 6, 28), nlp=nlp, outlet=STATE)
    event = next(e for e in x.events if e.type == "SANCTION" and e.target_text == "Radioavtomatika")
    assert event.target_acts_for == "RUS"
    uzbek = next(e for e in x.events if e.type == "SANCTION" and e.target_text and "Promcomplektlogistic" in e.target_text)
    assert uzbek.target_acts_for == "UZB"


def test_the_designator_of_a_programme_paragraph_keeps_no_programme_state(nlp):
    # state.gov (examples/statedept/articles_geopolitics.jsonl:262): the NER's "Finally, Department
    # of the Treasury" is the paragraph's acting subject, not a party designated under E.O. 14024
    text = ("Finally, Department of the Treasury is also imposing sanctions today targeting Kremlin-connected elites "
            "pursuant to E.O. 14024. These elites operate in economic sectors that generate substantial revenue "
            "for the Russian regime.\n")
    x = extract(text, dt.date(2022, 8, 2), nlp=nlp, outlet=STATE)
    assert all(e.source_acts_for != "RUS" for e in x.events)


def test_an_unplaced_co_designee_takes_the_one_state_of_the_others(nlp):
    # state.gov (examples/statedept/articles_geopolitics.jsonl:9): the parse leaves Camila Ortega
    # Murillo's kinship phrase unread; her co-designees in the same act are placed by their own
    # titles (Central Bank of Nicaragua, National Assembly), so she takes their one state
    text = ("The U.S. Treasury is sanctioning an advisor and daughter of Daniel Ortega and Rosario Murillo, Camila "
            "Antonia Ortega Murillo, who is also the coordinator of the National Commission for the Creative "
            "Economy; Leonardo Ovidio Reyes Ramirez, the President of the Central Bank of Nicaragua; and Edwin "
            "Ramon Castro Rivera, a National Assembly Deputy.")
    x = extract(text, dt.date(2021, 6, 9), nlp=nlp, outlet=STATE)
    camila = _target(x, "SANCTION", "Camila")
    assert camila.target_acts_for == "NIC"
    assert _target(x, "SANCTION", "Reyes Ramirez").target_acts_for == "NIC"


def test_co_designees_placed_only_by_the_articles_focus_give_no_state(nlp):
    # state.gov (examples/statedept/articles_geopolitics.jsonl:10): "other individuals and entities"
    # is placed only by the state the article is about, no word of its own: al-Jamal stays unplaced
    text = ("Today, the United States is designating Sa’id Ahmad Muhammad al-Jamal and other individuals and "
            "entities involved in an international network he has used to provide tens of millions of dollars’ "
            "worth of funds to the Houthis.\nThe United States is working to help resolve the conflict in Yemen "
            "and bring lasting humanitarian relief to the Yemeni people. The Houthis’ ongoing offensive on Marib "
            "runs directly counter to those goals, posing a threat to the already dire humanitarian situation in "
            "Yemen.")
    x = extract(text, dt.date(2021, 6, 10), nlp=nlp, outlet=STATE)
    assert _target(x, "SANCTION", "entities").target_acts_for == "YEM"  # the article's focus
    jamal = _target(x, "SANCTION", "Jamal")
    assert jamal.target_acts_for is None


def test_a_state_body_sanctioned_by_the_publishers_state_takes_its_clauses_one_state(nlp):
    # state.gov (examples/statedept/articles_geopolitics.jsonl:51): "United States" in the sentence
    # is the sanctioner, not the prison's state; a SANCTION is aimed at another actor, so the one
    # other state the clause names ("the Syrian crisis") places the prison (context_states.place_state_bodies)
    text = ("The United States is imposing sanctions on Saydnaya Military Prison pursuant to Executive Order (E.O.) "
            "13894 for having engaged in the commission of serious human rights abuse, including torture, since "
            "the start of the Syrian crisis.")
    x = extract(text, dt.date(2021, 7, 28), nlp=nlp, outlet=STATE)
    event = _target(x, "SANCTION", "Saydnaya")
    assert (event.target_acts_for, event.target_sector) == ("SYR", "POL")


def test_a_programme_cited_on_a_wrapped_line_places_the_party(nlp):
    # review 34 (6): a hard-wrapped release keeps one paragraph across a break that only wraps
    # its sentence (linking._list_item), so the citation on the next line still counts
    text = ("Frank is being designated for being or having been a leader, official, senior executive officer, or\n"
            "member of the board of directors of OOO Transoil, pursuant to section 1(a)(iii)(C) of\n"
            "E.O. 14024.\n")
    x = extract(text, dt.date(2022, 3, 24), nlp=nlp, outlet=STATE)
    event = next(e for e in x.events if e.type == "SANCTION")
    assert (event.target_text, event.target_acts_for) == ("Frank", "RUS")


def test_a_programme_in_a_text_with_no_line_break_places_only_its_sentence(nlp):
    # review 34 (6): a text with no line breaks is no one paragraph: the citation of one sentence
    # does not place a party designated in another
    text = ("The Department of State designated Ivan Petrov pursuant to E.O. 14024. Separately, the "
            "Department of the Treasury sanctioned Juan Gomez for corruption.")
    x = extract(text, dt.date(2022, 3, 24), nlp=nlp, outlet=STATE)
    gomez = _target(x, "SANCTION", "Gomez")
    assert gomez.target_acts_for != "RUS"
    assert _target(x, "SANCTION", "Petrov").target_acts_for == "RUS"


def test_companies_in_apposition_to_what_a_placed_person_controls_take_the_persons_state(nlp):
    # linking 0.3.610 (shape of examples/statedept/articles_geopolitics.jsonl, the IRA release):
    # "the companies he controlled, A and B": the companies are the Russian national's
    text = ("Yevgeniy Prigozhin is a Russian national who provided funding to the agency through the companies he "
            "controlled, Concord Management and Consulting LLC and Concord Catering. Concord Catering sent funds "
            "to Hamas.")
    x = extract(text, dt.date(2022, 7, 28), nlp=nlp, outlet=STATE)
    sent = next(e for e in x.events if e.source_text and "Concord" in e.source_text)
    assert (sent.source_key, sent.source_acts_for) == ("org:concord-catering", "RUS")


def test_a_company_in_apposition_to_a_placed_persons_company_takes_the_persons_state(nlp):
    # linking 0.3.610, an invented sentence: "A, B's company," (a possessor owns the head noun)
    text = ("Yevgeniy Prigozhin is a Russian businessman. Concord Catering, Prigozhin's company, provided funds "
            "to Hamas.")
    x = extract(text, dt.date(2022, 7, 28), nlp=nlp, outlet=STATE)
    event = next(e for e in x.events if e.source_text and "Concord" in e.source_text)
    assert (event.source_key, event.source_acts_for) == ("org:concord-catering", "RUS")


def test_a_company_in_apposition_to_an_unplaced_persons_company_takes_no_state(nlp):
    # contrast: nothing places the owner, so the apposition gives the company nothing
    text = "Concord Catering, Prigozhin's company, provided funds to Hamas."
    x = extract(text, dt.date(2022, 7, 28), nlp=nlp, outlet=STATE)
    event = next(e for e in x.events if e.source_text and "Concord" in e.source_text)
    assert event.source_acts_for is None
