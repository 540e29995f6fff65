"""Stop 46 sector rules (linking 0.3.848): a measure taken against people with no sector of their
own for a crime codes them as that crime's doers (Phoenix TRAFFICKER, SMUGGLER, CRIMINAL ~CRM;
PLOVER CRM), and a one-sided war's act on civilian infrastructure nouns ("roads, bridges",
"power plants", "apartment buildings") targets the attacked state's civilians (PLOVER CVL),
not its government."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

STATE = "U.S. Department of State"
DAY = dt.date(2022, 3, 2)
WAR = "Russia's war against Ukraine has gone on for a week. "


def _events(nlp, text):
    return extract(text, DAY, nlp=nlp, outlet=STATE).events


def _sides(events):
    return [(e.type, e.trigger, e.source_text, e.target_text, e.target_key, e.target_acts_for, e.target_sector)
            for e in events]


def _of_type(events, kind):
    return [e for e in events if e.type == kind]


# --- crimes ---------------------------------------------------------------------------------

def test_persons_sanctioned_for_their_role_in_the_drug_trade_are_criminals(nlp):
    events = _events(nlp, "The Treasury Department has sanctioned 40 persons for their role in the illicit drug trade.")
    hit = _of_type(events, "SANCTION")
    assert hit and all(e.target_sector == "CRM" for e in hit), _sides(events)


def test_people_designated_due_to_involvement_in_trafficking_are_criminals(nlp):
    events = _events(nlp, "The United States is designating nine individuals due to their involvement in "
                          "narcotics trafficking.")
    hit = _of_type(events, "SANCTION")
    assert hit and all(e.target_sector == "CRM" for e in hit), _sides(events)


def test_men_arrested_for_drug_trafficking_are_criminals(nlp):
    events = _events(nlp, "Police arrested two men for drug trafficking.")
    hit = _of_type(events, "COERCE")
    assert hit and all(e.target_sector == "CRM" for e in hit), _sides(events)


def test_individuals_engaged_in_laundering_are_criminals(nlp):
    events = _events(nlp, "The Treasury sanctioned individuals engaged in money laundering.")
    hit = _of_type(events, "SANCTION")
    assert hit and all(e.target_sector == "CRM" for e in hit), _sides(events)


def test_officials_sanctioned_for_corruption_keep_their_own_sector(nlp):
    # contrast: a minister's own sector wins over the crime's
    events = _events(nlp, "The State Department sanctioned two ministers for corruption.")
    hit = _of_type(events, "SANCTION")
    assert hit and all(e.target_sector == "GOV" for e in hit), _sides(events)


def test_companies_sanctioned_for_laundering_stay_businesses(nlp):
    events = _events(nlp, "The Treasury sanctioned two companies for money laundering.")
    hit = _of_type(events, "SANCTION")
    assert hit and all(e.target_sector == "BUS" for e in hit), _sides(events)


def test_a_sanction_naming_no_crime_changes_nothing(nlp):
    events = _events(nlp, "The United States sanctioned five entities on Monday.")
    hit = _of_type(events, "SANCTION")
    assert hit and all(e.target_sector is None for e in hit), _sides(events)


def test_persons_sanctioned_for_abuses_are_no_criminals(nlp):
    # contrast: human rights abuse has no criminal doer in the crime list
    events = _events(nlp, "The United States sanctioned four persons for human rights abuses.")
    hit = _of_type(events, "SANCTION")
    assert hit and all(e.target_sector != "CRM" for e in hit), _sides(events)


def test_persons_sanctioned_for_war_crimes_are_no_ordinary_criminals(nlp):
    # contrast (Rome Statute): war crimes and crimes against humanity are no ordinary criminal's
    for text in ("The United States sanctioned four persons for war crimes.",
                 "The United States sanctioned four persons for crimes against humanity."):
        events = _events(nlp, text)
        hit = _of_type(events, "SANCTION")
        assert hit and all(e.target_sector != "CRM" for e in hit), _sides(events)
    events = _events(nlp, "The United States sanctioned four persons for organized crime.")
    hit = _of_type(events, "SANCTION")
    assert hit and all(e.target_sector == "CRM" for e in hit), _sides(events)


# --- civilian infrastructure -------------------------------------------------------------------

def test_roads_bridges_and_railways_destroyed_are_the_civilians(nlp):
    events = _events(nlp, WAR + "Russian shelling has destroyed roads, bridges and railways across the region.")
    hit = [e for e in _of_type(events, "ASSAULT") if e.source_acts_for == "RUS"]
    assert hit and all((e.target_text, e.target_key, e.target_acts_for, e.target_sector)
                       == ("roads, bridges and railways", None, "UKR", "CVL") for e in hit), _sides(events)


def test_apartment_buildings_and_power_plants_are_the_civilians(nlp):
    events = _events(nlp, WAR + "Russian forces destroyed apartment buildings and power plants in the east.")
    hit = [e for e in _of_type(events, "ASSAULT") if e.source_acts_for == "RUS"]
    assert hit and all(e.target_acts_for == "UKR" and e.target_sector == "CVL" and e.target_key is None
                       for e in hit), _sides(events)


def test_a_participial_clause_names_the_things_destroyed(nlp):
    events = _events(nlp, WAR + "Russian shelling continues to hit the region, destroying bridges and dams.")
    hit = [e for e in _of_type(events, "ASSAULT") if e.source_acts_for == "RUS" and e.target_acts_for == "UKR"]
    assert hit and all(e.target_sector == "CVL" for e in hit), _sides(events)


def test_government_buildings_stay_the_government(nlp):
    # contrast: a state body's property is the state's
    events = _events(nlp, WAR + "Russian forces destroyed government buildings in the east.")
    hit = [e for e in _of_type(events, "ASSAULT") if e.source_acts_for == "RUS"]
    assert hit and all(e.target_sector == "GOV" and e.target_key == "country:UKR" for e in hit), _sides(events)


def test_military_bases_stay_military(nlp):
    events = _events(nlp, WAR + "Russia destroyed military bases in the east.")
    hit = [e for e in _of_type(events, "ASSAULT") if e.source_acts_for == "RUS"]
    assert hit and all(e.target_sector == "MIL" for e in hit), _sides(events)


def test_a_naval_port_is_no_civilian_thing(nlp):
    events = _events(nlp, WAR + "Russia attacked the naval port again on Tuesday.")
    hit = [e for e in _of_type(events, "ASSAULT") if e.source_acts_for == "RUS"]
    assert all(e.target_sector != "CVL" for e in hit), _sides(events)



# --- a measure taken under an instrument whose scope names a crime (linking 0.3.853) ----------------

def test_persons_sanctioned_under_this_authority_take_the_orders_crime(nlp):
    # "this authority" points back to the order; the order targets traffickers
    events = _events(nlp, "In 2019, the President signed an order targeting foreign persons involved in drug "
                          "trafficking and has since sanctioned over 200 persons under this authority.")
    hit = _of_type(events, "SANCTION")
    assert hit and all(e.target_sector == "CRM" for e in hit), _sides(events)


def test_the_order_may_be_named_in_the_sentence_before(nlp):
    events = _events(nlp, "Last year the President signed an order targeting persons engaged in money laundering. "
                          "The Treasury has since sanctioned 40 individuals under this order.")
    hit = _of_type(events, "SANCTION")
    assert hit and all(e.target_sector == "CRM" for e in hit), _sides(events)


def test_a_programme_against_a_crime_names_its_targets_doers(nlp):
    events = _events(nlp, "The Treasury sanctioned 12 individuals under the program against narcotics trafficking.")
    hit = _of_type(events, "SANCTION")
    assert hit and all(e.target_sector == "CRM" for e in hit), _sides(events)


def test_an_authority_naming_no_crime_changes_nothing(nlp):
    # contrast: the nearest order's scope is no crime
    events = _events(nlp, "In 2019, the President signed an order on cyber security and has since sanctioned "
                          "over 200 persons under this authority.")
    hit = _of_type(events, "SANCTION")
    assert hit and all(e.target_sector in (None, "CVL") for e in hit), _sides(events)


def test_an_authority_with_no_antecedent_changes_nothing(nlp):
    events = _events(nlp, "The Treasury sanctioned 12 individuals under this authority.")
    hit = _of_type(events, "SANCTION")
    assert hit and all(e.target_sector in (None, "CVL") for e in hit), _sides(events)


# --- "this authority" passes over nouns it cannot refer back to (linking 0.3.863) -------------

def test_authorities_meaning_officials_do_not_hide_the_order(nlp):
    # "Mexican authorities" (plural, officials) stands between the order and "this authority"
    events = _events(nlp, "In 2019, the President signed an Executive Order targeting foreign persons engaged in "
                          "the illicit drug trade. In coordination with Mexican authorities, the Treasury has "
                          "since sanctioned over 200 persons under this authority.")
    hit = _of_type(events, "SANCTION")
    assert hit and all(e.target_sector == "CRM" for e in hit), _sides(events)


def test_in_order_to_does_not_hide_the_order(nlp):
    events = _events(nlp, "In 2019, the President signed an Executive Order targeting foreign persons engaged in "
                          "the illicit drug trade. In order to disrupt them, the Treasury has since sanctioned "
                          "over 200 persons under this authority.")
    hit = _of_type(events, "SANCTION")
    assert hit and all(e.target_sector == "CRM" for e in hit), _sides(events)


def test_law_in_law_enforcement_does_not_hide_the_order(nlp):
    events = _events(nlp, "In 2019, the President signed an Executive Order targeting foreign persons engaged in "
                          "the illicit drug trade. Working with law enforcement partners, the Treasury has since "
                          "sanctioned over 200 persons under this authority.")
    hit = _of_type(events, "SANCTION")
    assert hit and all(e.target_sector == "CRM" for e in hit), _sides(events)


def test_antecedent_must_agree_in_number(nlp):
    from newsgraph.nlp.linking.checks import _antecedent_instrument, _crime_words
    doc = nlp("The order and the new regulations took effect.")
    words = _crime_words()
    order = next(t for t in doc if t.lower_ == "order")
    regulations = next(t for t in doc if t.lower_ == "regulations")
    assert _antecedent_instrument(order, words, False) and not _antecedent_instrument(order, words, True)
    assert _antecedent_instrument(regulations, words, True) and not _antecedent_instrument(regulations, words, False)
    assert _antecedent_instrument(order, words, None) and _antecedent_instrument(regulations, words, None)
