"""A plural common-noun actor whose members the sentence names (task members, s15): its
apposition, its "of" list or an "including" list names the states or organisations it stands
for, and the first of them keys the slot (nlp/actor_heads.py named_members). Fixture sentences
are from the demo corpus (examples/) unless marked as a contrast."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import linked, show


@pytest.mark.parametrize("text, trigger, side, key", [
    # the "of" list of a state noun (statedept, Antigua and Barbuda / Guatemala)
    ("We commend the governments of Antigua and Barbuda and Guatemala for leading the adoption of the "
     "resolution.", "commend", "target", "country:ATG"),
    # an apposition list of a business noun (statedept, Russia sanctions; the people of the banks are
    # designated since events 0.7.680, test_event_actors, so the banks themselves here)
    ("Today, the United States is taking further actions by designating two of Russia’s most important "
     "banks, Sberbank and Gazprombank.", "designat", "target", "org:"),
    # an "including" list on a relative clause of a state noun (statedept, Haiti mission)
    ("We are grateful to the other nations that have pledged to join this mission alongside Kenya, "
     "including Jamaica, The Bahamas, and Antigua and Barbuda.", "pledged", "source", "country:JAM"),
    # a "led by ... and including" list closing the relative clause, hung by the parser on the
    # clause's last noun (whitehouse, Haiti mission)
    ("I am grateful to all the countries that have pledged personnel and financial support to this mission "
     "that will grow to 2,500 multinational personnel, led by Kenya and including Benin, Jamaica, The "
     "Bahamas, Belize, and Barbados.", "pledged", "source", "country:KEN"),
])
def test_a_plurals_named_members_are_its_actors(nlp, text, trigger, side, key):
    events = [e for e in linked(nlp, text) if e.trigger.startswith(trigger)]
    assert events, show(linked(nlp, text))
    keys = [getattr(e, f"{side}_key") or "" for e in events]
    assert any(k.startswith(key) for k in keys), show(events)


def test_a_plural_naming_one_member_stays_a_class(nlp):
    # contrast: one organisation named after "including" does not make the set that organisation
    text = ("Today, the Departments of State and the Treasury are imposing sanctions on additional entities "
            "and individuals, including Russia’s largest defense conglomerate.")
    events = [e for e in linked(nlp, text) if e.trigger.startswith("imposing")]
    assert all(not (e.target_key or "").startswith("org:") for e in events), show(events)


def test_a_plural_whose_listed_members_are_conjoined_targets_is_no_extra_event(nlp):
    # statedept, Russia sanctions: "banks, Sberbank and Gazprombank" gives one event per bank; the
    # plural keyed to its first member would repeat the Sberbank event, so it is dropped
    text = ("Today, the United States is taking further actions by designating two of Russia’s most "
            "important banks, Sberbank and Gazprombank.")
    events = [e for e in linked(nlp, text) if e.trigger.startswith("designat")]
    assert not [e for e in events if "banks" in (e.target_text or "")], show(events)
    assert sum(e.target_key == "org:sberbank" for e in events) == 1, show(events)


def test_a_name_inside_an_appositives_relative_clause_is_no_member(nlp):
    # contrast (statedept, Nicaragua): the Police modifies the apposed center; it is no designated entity
    text = ("Today, the Treasury Department designated three Nicaragua-based entities: a Russian military "
            "training center that supports repressive activities by the Nicaraguan National Police to prosecute "
            "political opposition and two Nicaraguan government entities.")
    events = [e for e in linked(nlp, text) if e.trigger.startswith("designated")]
    assert events and all("police" not in (e.target_key or "") for e in events), show(events)


# -- a name list in apposition to a plural actor noun: one event per name (task joint, s21)

def _sides(events, trigger, side):
    return [getattr(e, f"{side}_text") for e in events if e.trigger.startswith(trigger)]


def test_every_name_a_counted_noun_lists_after_a_colon_is_acted_on(nlp):
    # statedept, Russia sanctions (2022-08-03): the parser hangs the list after the colon on the verb
    text = ("The Department is designating three oligarchs: Dmitry Aleksandrovich Pumpyanskiy, Andrey Igorevich "
            "Melnichenko, and Alexander Anatolevich Ponomarenko.")
    events = linked(nlp, text)
    targets = _sides(events, "designating", "target")
    assert len(targets) == 3, show(events)
    assert [t.split()[-1] for t in targets] == ["Pumpyanskiy", "Melnichenko", "Ponomarenko"], show(events)


_TWO_INSTITUTIONS = ("In furtherance of this goal, today we are implementing full blocking sanctions on two key Russian "
                     "financial institutions: Sberbank, Russia’s largest financial institution, and its subsidiaries "
                     "and Alfa Bank, one of the largest private banks in Russia, and its subsidiaries.")


def test_a_counted_colon_list_the_parse_scatters_gives_each_member(nlp):
    # statedept, Russia sanctions: the parser hangs Sberbank on "sanctions" and Alfa Bank on
    # "subsidiaries"; the count (two) picks the names that open items from the descriptions
    events = linked(nlp, _TWO_INSTITUTIONS)
    assert _sides(events, "implementing", "target") == ["Sberbank", "Alfa Bank"], show(events)


def test_a_colon_list_whose_names_miss_the_count_names_no_members(base_nlp):
    from newsgraph.nlp.events import _counted_colon_names

    def listed(text, word):
        doc = base_nlp(text)
        return [t.text for t in _counted_colon_names(next(t for t in doc if t.text == word))]

    assert listed(_TWO_INSTITUTIONS, "institutions") == ["Sberbank", "Bank"]  # (name roots: Alfa Bank)
    # contrast (altered count): three counted, two named: the list is not read off the text
    assert listed(_TWO_INSTITUTIONS.replace("on two key", "on three key"), "institutions") == []


def test_every_name_a_plural_lists_after_a_comma_takes_its_role(nlp):
    # news style: organisations as targets, persons as sources
    events = linked(nlp, "Treasury sanctioned two Russian banks, Sberbank and VTB.")
    assert _sides(events, "sanctioned", "target") == ["Sberbank", "VTB"], show(events)
    events = linked(nlp, "Two ministers, Antony Blinken and Dmytro Kuleba, condemned Russia.")
    assert _sides(events, "condemned", "source") == ["Antony Blinken", "Dmytro Kuleba"], show(events)


def test_no_members_from_a_list_of_non_actors_or_one_name(base_nlp):
    from newsgraph.nlp.events import _listed_names

    def listed(text, word):
        doc = base_nlp(text)
        return [t.text for t in _listed_names(next(t for t in doc if t.text == word))]

    # a list after a noun that names no actor (documents, places) is no set of actors
    assert listed("The Secretary signed three documents: Annex A, Annex B and Annex C.", "documents") == []
    # one name is the noun's single apposition, handled as before
    assert listed("Treasury sanctioned two Russian banks, including Sberbank.", "banks") == []
    assert listed("Treasury sanctioned two Russian banks, Sberbank and VTB.", "banks") == ["Sberbank", "VTB"]


def test_a_list_closing_the_clause_on_another_state_noun_names_that_nouns_members(nlp):
    # contrast: the "including" list hangs on "nations", a state-set noun of its own, so it lists
    # the nations sanctioned, not the countries that sanction
    text = ("We thank all the countries that have imposed sanctions on other nations, including Iran and Syria, "
            "for their support.")
    events = linked(nlp, text)
    assert events, show(events)
    plural = [getattr(e, f"{side}_key") for e in events for side in ("source", "target")
              if getattr(e, f"{side}_text") == "countries"]
    assert plural and not any(plural), show(events)


def test_an_including_list_the_parse_breaks_names_every_member(nlp):
    # (whitehouse, Zimbabwe designations) the "including" hangs on the second conjunct and
    # "(Retired)" breaks the parse of the list: every listed person is designated, with the
    # list's act and status
    text = ("Specifically, the Department of the Treasury is designating three entities and eleven individuals, "
            "including President Emmerson Mnangagwa, Vice President Constantino Chiwenga, Brigadier General "
            "(Retired) Walter Tapfumaneyi, and businessman Kudakwashe Tagwirei, pursuant to Executive Order 13818.")
    events = [e for e in linked(nlp, text) if e.trigger == "designating"]
    assert {e.target_key for e in events} == {"person:emmerson-mnangagwa", "person:constantino-chiwenga",
                                               "person:walter-tapfumaneyi", "person:kudakwashe-tagwirei"}, show(events)
    assert all(e.type == "SANCTION" and e.status == "asserted" for e in events), show(events)


def test_names_fronted_before_their_plural_noun_are_each_a_target(nlp):
    # (statedept, Burma designations) "A, B, C, and D, companies owned by ...": one target per company
    text = ("Additionally, OFAC has designated Myanmar Chemical & Machinery Company Limited (MC&M), International "
            "Gateways Groups of Company Limited (IGG), Htoo Group of Companies (Htoo Group), and the Asian Green "
            "Development Bank (AGDB), companies owned by Burmese business leaders.")
    events = [e for e in linked(nlp, text) if e.trigger == "designated"]
    assert len(events) == 4, show(events)
    assert "org:asian-green-development-bank" in {e.target_key for e in events}, show(events)
    assert all("," not in (e.target_text or "") for e in events), show(events)


def test_a_conjunct_repeating_the_title_head_is_a_co_actor(nlp):
    # (statedept, Xinjiang measures) the middle department is a source too
    text = ("Today, the Department of Homeland Security, Department of Commerce, and Department of Labor announced "
            "measures to address the People’s Republic of China’s ongoing human rights abuses.")
    events = [e for e in linked(nlp, text) if e.trigger == "announced measures"]
    assert {"org:department-of-homeland-security", "org:department-of-commerce",
            "org:department-of-labor"} <= {e.source_key for e in events}, show(events)


def test_a_name_modifying_a_listed_kind_is_no_member(nlp):
    # contrast (whitehouse, ONDCP): "High Intensity Drug Trafficking Areas (HIDTA) grantees" lists
    # grantees, not the programme; the named association is a member
    text = ("ONDCP has also been meeting with state and local leaders and subject matter experts, including "
            "Drug Free Community grantees, High Intensity Drug Trafficking Areas (HIDTA) grantees, the American "
            "Veterinary Medical Association, law enforcement leaders, and more.")
    keys = {e.target_key for e in linked(nlp, text)}
    assert "org:american-veterinary-medical-association" in keys, keys
    assert not any("hidta" in (k or "") or "drug-free" in (k or "") for k in keys), keys


def test_an_including_list_on_the_last_of_several_kinds_stays_with_it(nlp):
    # contrast (whitehouse, fentanyl): "leaders, drug traffickers, and money launderers, including X":
    # the kinds stay the targets; the list is no member list of the first kind
    text = ("Since 2021, the Justice Department has arrested dozens of high-level Mexican cartel leaders, drug "
            "traffickers, and money launderers, including Sinaloa Cartel’s co-founder [Ismael “El Mayo” "
            "Zambada Garcia](https://example.gov/x).")
    events = [e for e in linked(nlp, text) if e.trigger == "arrested"]
    assert "drug traffickers" in {e.target_text for e in events}, show(events)


def test_the_mission_joined_is_no_target_but_the_place_it_serves_is(nlp):
    # whitehouse, Haiti mission: joining a mission is taking part in it (CAMEO 074), no act toward it
    events = linked(nlp, "We are grateful to the other nations that have pledged to join this mission alongside "
                         "Kenya, including Jamaica, The Bahamas, and Antigua and Barbuda.")
    pledged = [e for e in events if e.trigger.startswith("pledged")]
    assert pledged and all(e.target_text != "mission" for e in pledged), show(events)
    # contrast (invented): the mission's own phrase names the place it serves
    events = linked(nlp, "Jamaica has pledged to join the multinational security mission in Haiti.")
    assert [e.target_key for e in events if e.trigger.startswith("pledged")] == ["country:HTI"], show(events)
