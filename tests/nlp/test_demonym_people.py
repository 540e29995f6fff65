"""A state's people named through its demonym are coded as the state plus the people's sector
(POLECAT/Phoenix: CITIZEN, MIGRANT ~CVL, PEOPLE ~PPL), not as its government
(newsgraph/nlp/demonym_people.py, used by the linker)."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.demonym_people import demonym_people
from newsgraph.nlp.pipeline import extract

STATE = "U.S. Department of State"


def _events(nlp, text):
    return extract(text, dt.date(2021, 12, 10), nlp=nlp, outlet=STATE).events


def test_a_demonym_plural_that_protests_is_the_states_civilians(nlp):
    # state.gov, on the July 2021 protests in Cuba (demo corpus, examples/statedept)
    text = ("This July, the world watched as Cubans bravely took to the streets in historic protests, "
            "asserting their rights to freedom of expression and freedom of peaceful assembly.")
    protest = next(e for e in _events(nlp, text) if e.type == "PROTEST")
    assert (protest.source_key, protest.source_acts_for, protest.source_sector) == (None, "CUB", "CVL")


def test_nationals_after_a_demonym_are_people_not_the_government(nlp):
    # state.gov visa restrictions on Belarus (demo corpus): the mention is "Belarusian" alone
    # (a dated past report: "nationals involved in ..." on a noun describes who is restricted and is
    # no event, check not-participation)
    text = ("Belarusian nationals were involved in the fatal shooting and beating of two peaceful protesters on "
            "August 10, 2020.")
    assault = next(e for e in _events(nlp, text) if e.type == "ASSAULT")
    assert (assault.source_acts_for, assault.source_sector) == ("BLR", "CVL")


def test_nationals_after_a_state_name_are_people_not_the_government(nlp):
    # state.gov visa restrictions on Russia (demo event 1229: the target was the Russian government)
    text = "The Department took action to impose visa restrictions on 18 Russian Federation nationals."
    measure = next(e for e in _events(nlp, text) if e.type == "SANCTION")
    assert (measure.target_key, measure.target_acts_for, measure.target_sector) == (None, "RUS", "CVL")


def test_forces_after_a_state_name_stay_a_state_organ(nlp):
    # contrast: a state sector noun after the name is the state's own organ, as before
    text = "The United States imposed sanctions on Ukraine forces."
    measure = next(e for e in _events(nlp, text) if e.type == "SANCTION")
    assert measure.target_acts_for == "UKR" and measure.target_sector != "CVL"


def test_migrants_after_a_demonym_take_the_phoenix_sector_of_migrant(nlp):
    # state.gov remarks on Venezuelan migration (demo corpus)
    text = ("As I know all of you know, our Latin American and Caribbean partners are hosting more than 80 percent "
            "of the nearly 8 million Venezuelan migrants that have fled the Maduro regime.")
    aid = next(e for e in _events(nlp, text) if e.type == "AID")
    assert (aid.target_acts_for, aid.target_sector) == ("VEN", "CVL")


def test_people_a_state_aids_named_by_the_demonym_plural_are_civilians(nlp):
    text = ("To respond to the COVID-19 outbreak in Haiti, the Department of State and USAID have provided more than "
            "$47 million in assistance to support the immediate COVID-19 health needs of Haitians.")
    aid = [e for e in _events(nlp, text) if e.type == "AID" and e.target_acts_for == "HTI"]
    assert aid and all(e.target_sector == "CVL" and e.target_key is None for e in aid)


def test_the_bare_definite_collective_stays_the_states_side(nlp):
    # "the Russians" alone in diplomatic talk is the Russian side, not Russian civilians
    text = "We have offered those directly to the Russians in diplomatic discussions."
    agreed = next(e for e in _events(nlp, text) if e.target_key == "country:RUS")
    assert agreed.target_sector == "GOV"


def test_a_demonym_before_a_noun_no_sector_names_keeps_the_state(nlp):
    text = "Even as we meet with our Chinese counterparts, we will also continue to hold China accountable."
    # (the meeting is planned, an AGREE/consult:meet, as the main clause's act is: test_event_exhortations)
    met = next(e for e in _events(nlp, text) if e.trigger == "meet")
    assert (met.target_acts_for, met.target_sector) == ("CHN", "GOV")


def test_a_demonym_before_a_hyphenated_person_noun_is_the_persons_nationality(nlp):
    # Global Voices on the 2009 Bagua protests (demo corpus): the blogger, a Peruvian living in
    # Spain, criticizes; the tokenizer splits "ex-pat", and Peru's government is not the critic
    text = ("Peruvian ex-pat in Spain, Jomra unequivocally criticizes President García, who said that the "
            "protesters were wrong.")
    critic = next(e for e in _events(nlp, text) if e.type == "DISAPPROVE")
    assert (critic.source_acts_for, critic.source_sector) == ("PER", "CVL")


def test_a_states_financial_institutions_are_its_business_sector(nlp):
    # state.gov on the February 2022 sanctions on VEB and Promsvyazbank (demo corpus)
    text = "Today, we’re implementing full blocking sanctions on two large Russian financial institutions, VEB and Promsvyazbank."
    # (the counted noun's comma list names the banks, events 0.7.910; each keeps the noun's state
    # and sector, the modifiers read with the head as after a demonym)
    sanctions = [e for e in _events(nlp, text) if e.type == "SANCTION"]
    assert sorted(e.target_text for e in sanctions) == ["Promsvyazbank", "VEB"]
    assert {(e.target_acts_for, e.target_sector) for e in sanctions} == {("RUS", "BUS")}


def test_a_tariff_on_a_states_exports_targets_its_business_sector(nlp):
    # state.gov remarks on China's 2020 tariff on Australian barley (demo corpus)
    text = ("Like last spring, when Beijing cut off Chinese students and tourists from traveling to Australia and "
            "imposed an 80 percent tariff on Australian barley exports, because Australia’s Government called for "
            "an independent inquiry into COVID’s origin.")
    tariff = next(e for e in _events(nlp, text) if e.trigger.startswith("imposed"))
    assert (tariff.type, tariff.target_acts_for, tariff.target_sector) == ("SANCTION", "AUS", "BUS")


def test_a_singular_demonym_noun_after_a_is_one_person_not_the_state(nlp):
    # Global Voices on Colombian independence history (demo corpus)
    text = ("But at the time when he started the southern campaign, he called for a former Spaniard that had turned "
            "himself into a New Granadan and a Colombian, Manuel Trujillo y Torres, to be appointed as a "
            "representative to the United States of America.")
    # the call for an appointment is no DEMAND (events 0.7.79), so the phrase is read directly
    doc = nlp(text)
    start = text.index("a former Spaniard")
    code = demonym_people(doc, start, start + len("a former Spaniard"))
    assert (code.acts_for, code.sector) == ("ESP", "CVL")
    # the adjective before a noun is no person: "a Colombian representative" is left to the noun
    other = "He met a Colombian representative in Washington."
    doc = nlp(other)
    start = other.index("a Colombian")
    code = demonym_people(doc, start, start + len("a Colombian"))
    assert code is None or "singular demonym noun" not in code.reason


def test_the_people_after_a_demonym_keep_the_state_as_civilians(nlp):
    # "the Ukrainian people" act for the country as its civilians (CVL), keyed to no entity: the
    # state's entity is its government (linking._people_key)
    text = "Countries have come together, rejecting this Russian aggression, supporting the Ukrainian people."
    support = [e for e in _events(nlp, text) if e.target_acts_for == "UKR"]
    assert support and all(e.target_sector == "CVL" and e.target_key is None for e in support)


def test_a_states_forces_are_its_military(nlp):
    # state.gov on the 2022 invasion (demo corpus): "Russian forces", "Russia's forces" act as the
    # Russian military (Phoenix ARMED_FORCES, GROUND_FORCES ~MIL), not its government
    for text in ("Russian forces seized the Zaporizhzhia nuclear power plant.",
                 "Russia’s forces destroyed buildings in Mariupol."):
        act = next(e for e in _events(nlp, text) if e.source_key == "country:RUS")
        assert act.source_sector == "MIL", text


def test_market_forces_are_no_state_military(nlp):
    events = _events(nlp, "Market forces pushed the price of oil up, and Russian forces shelled Kharkiv.")
    assert all(e.source_text != "Market forces" for e in events)
    assert any(e.source_key == "country:RUS" and e.source_sector == "MIL" for e in events)


def test_a_states_banks_tagged_as_one_organisation_are_its_business_sector(nlp):
    # state.gov on South Korea's 2022 sanctions (demo corpus): the NER tags "selected Russian
    # banks" as an organisation; the state is Russia's, the sector the head noun's
    text = ("The ROK’s support for denying selected Russian banks access to the global SWIFT financial messaging "
            "system, along with its commitment to block financial transactions with major Russian banks and impose "
            "other financial and export controls, will support international efforts to isolate Russia from the "
            "international financial system and technology trade.")
    banks = [e for e in _events(nlp, text) if (e.target_text or "").endswith("Russian banks")]
    assert banks and all((e.target_acts_for, e.target_sector) == ("RUS", "BUS") for e in banks)


def test_every_before_a_singular_demonym_names_each_person_not_the_government(nlp):
    # state.gov on the July 2021 Cuba protests (demo corpus): those seeking another government are
    # Cuban people, not the Cuban government (stored as CUB GOV, the support read reversed)
    text = ("We stand with every Cuban seeking a government that respects the human rights and dignity of the "
            "Cuban people.")
    support = next(e for e in _events(nlp, text) if e.type == "SUPPORT")
    assert (support.target_key, support.target_acts_for, support.target_sector) == (None, "CUB", "CVL")


def test_cities_after_a_demonym_are_placed_in_the_state_not_its_government(nlp):
    # state.gov readout, March 2022 (demo corpus): the cities attacked are Ukraine's civilians'
    # (Phoenix SETTLEMENT, VILLAGE ~CVL), the attacker stays Russia's government
    text = ("Secretary of State Antony J. Blinken spoke by phone today with Ukrainian Foreign Minister Dmytro "
            "Kuleba to offer continued support to the people and government of Ukraine and to condemn Russia’s "
            "attacks on Ukrainian cities and mounting civilian deaths.")
    attack = next(e for e in _events(nlp, text) if e.type == "ASSAULT")
    assert (attack.source_acts_for, attack.source_sector) == ("RUS", "GOV")
    assert (attack.target_key, attack.target_acts_for, attack.target_sector) == (None, "UKR", "CVL")


def test_a_port_after_a_demonym_is_a_facility_not_the_states_civilians(nlp):
    # state.gov, July 2022 (demo corpus): a port is a built facility (place_actors.yaml
    # facility_heads; Phoenix PORT_AUTHORIT ~GOV), no settlement of civilians: the state is attacked
    text = "The United States strongly condemns the Russian missile attack on the Ukrainian port of Odesa today."
    attack = next(e for e in _events(nlp, text) if e.type == "ASSAULT")
    assert (attack.target_acts_for, attack.target_sector) == ("UKR", "GOV")


def test_settlement_nouns_are_cities_and_towns_not_ports_or_homes():
    from newsgraph.resolve.actors import after_demonym_sector, settlement_sector

    assert settlement_sector("cities") == settlement_sector("town") == "CVL"
    assert settlement_sector("ports") is None and settlement_sector("homes") is None
    assert after_demonym_sector("families") == ("CVL", "people_after_demonym")
    assert settlement_sector("families") is None


def test_strikes_in_a_states_cities_target_its_civilians(nlp):
    # place_part_nouns makes the possessor of "cities" the target; places_after_demonym gives its sector
    attack = next(e for e in _events(nlp, "Russian forces launched strikes in Ukraine's cities.") if e.type == "ASSAULT")
    assert (attack.target_key, attack.target_acts_for, attack.target_sector) == (None, "UKR", "CVL")


def test_families_after_a_demonym_are_private_people(nlp):
    # state.gov on Cuba policy, May 2022 (demo corpus)
    text = ("We also will support Cuban families and entrepreneurs by enabling increased remittance flows to the "
            "Cuban people in ways that do not enrich human rights abusers.")
    support = next(e for e in _events(nlp, text) if e.target_acts_for == "CUB")
    assert (support.target_key, support.target_sector) == (None, "CVL")


def test_a_states_territory_stays_the_state(nlp):
    # sovereign ground is the state's (places_after_demonym leaves territory, land and soil out)
    text = "The United States will never recognize Ukrainian territory as anything other than part of Ukraine."
    found = [e for e in _events(nlp, text) if e.target_acts_for == "UKR"]
    assert found and all(e.target_sector == "GOV" for e in found)


def test_a_states_name_owning_its_cities_places_them_in_the_state_not_its_government(nlp):
    # state.gov on the sanctions on United Shipbuilding Corporation, April 2022 (demo corpus)
    text = ("USC is one of Russia’s largest state-owned enterprises, and it developed and constructed the "
            "warships that have bombarded Ukraine’s cities.")
    attack = next(e for e in _events(nlp, text) if e.type == "ASSAULT")
    assert (attack.target_key, attack.target_acts_for, attack.target_sector) == (None, "UKR", "CVL")


def test_a_demonym_before_a_non_state_title_is_the_persons_nationality(nlp):
    # a blogger or economist named by nationality holds no office of that state (Phoenix BLOGGER
    # ~MED, ECONOMIST ~EDU); a state's own title after the demonym stays GOV
    cases = (("Egyptian economist Ayman Hadi criticized the government.", ("EGY", "EDU")),
             ("A Venezuelan blogger, Luis Perez, criticized President Maduro.", ("VEN", "MED")),
             ("Venezuelan Foreign Minister Jorge Arreaza criticized the United States.", ("VEN", "GOV")))
    for text, expected in cases:
        critic = next(e for e in _events(nlp, text) if e.type == "DISAPPROVE")
        assert (critic.source_acts_for, critic.source_sector) == expected, text


def test_a_demonym_on_a_people_noun_gives_way_to_the_nouns_phrase(nlp):
    # "the Afghan team", "Cuban athletes": the people the demonym places act or are acted on,
    # not the state (a team is its athletes, Phoenix ATHLETE ~CVL)
    text = "The six-member Afghan team was denied visas for the competition by the United States."
    refusal = next(e for e in _events(nlp, text) if e.type == "REJECT")
    assert refusal.target_text == "six-member Afghan team"
    assert (refusal.target_key, refusal.target_acts_for, refusal.target_sector) == (None, "AFG", "CVL")
    critic = next(e for e in _events(nlp, "Cuban athletes criticized the government.") if e.type == "DISAPPROVE")
    assert (critic.source_text, critic.source_acts_for, critic.source_sector) == ("Cuban athletes", "CUB", "CVL")


def test_a_name_in_apposition_to_a_demonym_phrase_is_the_actor(nlp):
    # after the noun, or fronted before the name the verb takes as its subject
    for text, name, state in (("A Cuban athlete, Ana Fidelia Quirot, criticized the government.", "Ana Fidelia Quirot", "CUB"),
                              ("Peruvian ex-pat in Spain, Jomra unequivocally criticizes President García.", "Jomra", "PER")):
        critic = next(e for e in _events(nlp, text) if e.type == "DISAPPROVE")
        assert (critic.source_text, critic.source_acts_for, critic.source_sector) == (name, state, "CVL"), text


def test_a_states_team_is_its_athletes_only_in_a_contest(nlp):
    # a team of a state's officials is its organ; a team at a match or competition is its athletes
    for text, expected in (("The Russian investigative team arrested two suspects in Kazan.", ("Russian", "RUS", "GOV")),
                           ("An Israeli rescue team evacuated dozens of civilians.", ("Israeli", "ISR", "GOV")),
                           ("The Brazilian team criticized the referee after the tournament.",
                            ("Brazilian team", "BRA", "CVL"))):
        event = _events(nlp, text)[0]
        assert (event.source_text, event.source_acts_for, event.source_sector) == expected, text


def test_a_contest_in_the_title_makes_a_states_team_its_athletes(nlp):
    text = "The six-member Afghan team was denied visas by the United States."
    for title, expected in ((None, "GOV"), ("Afghan girls win a medal at a robotics competition", "CVL")):
        refusal = next(e for e in extract(text, dt.date(2021, 12, 10), nlp=nlp, outlet=STATE, title=title).events
                       if e.type == "REJECT")
        assert (refusal.target_acts_for, refusal.target_sector) == ("AFG", expected), title


def test_a_demonym_before_a_person_noun_of_no_office_is_the_states_people(nlp):
    # "hacker" is a WordNet noun.person word no Phoenix agent or demonym table gives a sector:
    # the hackers belong to Russia but are neither Russia's entity nor its government
    text = "Russian hackers attacked the computer network of the Ukrainian government last week."
    act = next(e for e in _events(nlp, text) if e.source_text and "hackers" in e.source_text)
    assert (act.source_key, act.source_acts_for, act.source_sector) == (None, "RUS", None)


def test_a_demonym_before_a_person_noun_outside_the_mention_is_the_states_people(nlp):
    text = "Ukrainian volunteers attacked the convoy near the border on Monday."
    act = next(e for e in _events(nlp, text) if e.type == "ASSAULT")
    assert (act.source_key, act.source_acts_for, act.source_sector) == (None, "UKR", None)


def test_a_demonym_before_an_office_noun_stays_the_state(nlp):
    # "negotiator" is a title head (titles.yaml): a state's negotiators act as the state
    text = "Russian negotiators rejected the proposal on Tuesday."
    act = next(e for e in _events(nlp, text) if e.type == "REJECT")
    assert (act.source_key, act.source_acts_for) == ("country:RUS", "RUS")


def test_members_of_a_states_forces_are_its_military(nlp):
    # a partitive picks part of its "of" phrase's set: the members are of the forces' state and
    # sector (invented sentence after the demo releases' "members of Russia's forces")
    text = "The Secretary said that members of Russia's forces have committed war crimes in Ukraine."
    accusation = next(e for e in _events(nlp, text) if e.type == "DISAPPROVE")
    assert (accusation.target_acts_for, accusation.target_sector) == ("RUS", "MIL")


def test_members_of_a_states_government_stay_its_government(nlp):
    # "government" is no people noun of a sector table: the partitive step reads nothing, the state stays GOV
    text = "Members of Russia's government visited Minsk on Tuesday."
    visit = next(e for e in _events(nlp, text) if e.type == "CONSULT")
    assert (visit.source_acts_for, visit.source_sector) == ("RUS", "GOV")


def test_a_demonym_coordinated_after_a_state_places_its_people(nlp):
    # 0.3.510: "Russian" is a conjunct of "U.S.", not a child of "hackers"; the people are placed
    # as "Russian hackers" alone is: RUS, no key, no sector (not the Russian government)
    both = [e for e in _events(nlp, "The U.S. and Russian hackers were both indicted.") if e.target_text
            and e.target_text.startswith("Russian")]
    alone = [e for e in _events(nlp, "Russian hackers were indicted.") if e.target_text]
    assert both and alone
    assert {(e.target_key, e.target_acts_for, e.target_sector) for e in both} == \
        {(e.target_key, e.target_acts_for, e.target_sector) for e in alone} == {(None, "RUS", None)}


def test_partitive_member_words_come_from_the_lexicons():
    # 0.3.510: member nouns from actor_heads.yaml, quantifiers from linking_words.yaml
    from newsgraph.nlp.actor_heads import partitive_member_word

    assert all(partitive_member_word(w) for w in ("members", "part", "one", "some", "most", "all", "several"))
    assert not partitive_member_word("officials")  # an office of its own: not a plain member noun


def test_a_counted_group_after_a_compound_state_name_is_the_group_not_the_name(nlp):
    # a state's name of several words premodifying a people noun: the actor is the group the noun
    # names, as after the demonym, not the name, which alone reads as the state (events 0.8.179)
    text = "The Department imposed visa restrictions on 12 Russian Federation nationals on Monday."
    measure = next(e for e in _events(nlp, text) if e.type == "SANCTION")
    assert measure.target_text == "12 Russian Federation nationals"
    assert (measure.target_key, measure.target_acts_for, measure.target_sector) == (None, "RUS", "CVL")


def test_a_counted_group_after_a_demonym_keeps_its_span(nlp):
    # contrast: the demonym's group was the actor before and stays it
    text = "The Department imposed visa restrictions on 12 Russian nationals on Monday."
    measure = next(e for e in _events(nlp, text) if e.type == "SANCTION")
    assert measure.target_text == "12 Russian nationals"
    assert (measure.target_acts_for, measure.target_sector) == ("RUS", "CVL")


def test_a_compound_state_name_alone_stays_the_state(nlp):
    # contrast: with no people noun after it the name is the state itself
    text = "The Department imposed visa restrictions on the Russian Federation on Monday."
    measure = next(e for e in _events(nlp, text) if e.type == "SANCTION")
    assert measure.target_text == "Russian Federation"
    assert (measure.target_key, measure.target_acts_for) == ("country:RUS", "RUS")
