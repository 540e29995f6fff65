"""Bare nouns of people in flight (Stop 50 issue 6, task refugees50): "refugees", "asylum seekers"
or "displaced persons" with no state of their own take the one state the article gives such
people as the one they left ("those fleeing X", "refugees from X", "Xn refugees"), as a definite
noun takes up its antecedent; sector REF. Two origins, none, a word that sets the noun apart
("other refugees") or its own "from" phrase leave it as it is."""

from tests.nlp.linked_events import linked, show


def _aid_to(events, text):
    return [e for e in events if e.type == "AID" and (e.target_text or "") == text]


def test_bare_refugees_take_the_state_those_fleeing_left(nlp):
    events = linked(nlp, "Moldova is sheltering those fleeing Georgia. Armenia is also hosting refugees.")
    found = _aid_to(events, "refugees")
    assert found and (found[0].target_acts_for, found[0].target_sector) == ("GEO", "REF"), show(events)


def test_bare_asylum_seekers_take_a_demonym_origin(nlp):
    events = linked(nlp, "The camps hold thousands of Eritrean refugees. Sudan is sheltering asylum seekers "
                         "in the east.")
    found = [e for e in events if e.type == "AID" and "asylum seekers" in (e.target_text or "")]
    assert found and found[0].target_acts_for == "ERI", show(events)


def test_two_origins_leave_the_bare_noun_without_state(nlp):
    events = linked(nlp, "Moldova is sheltering those fleeing Georgia, and many have fled from Armenia. "
                         "Turkey is also hosting refugees.")
    found = _aid_to(events, "refugees")
    assert found and found[0].target_acts_for is None, show(events)


def test_no_origin_leaves_the_bare_noun_without_state(nlp):
    # a place refugees are in is no origin
    events = linked(nlp, "Many refugees live in Georgia. Armenia is also hosting refugees.")
    found = _aid_to(events, "refugees")
    assert found and found[0].target_acts_for is None, show(events)


def test_other_refugees_are_not_the_named_group(nlp):
    events = linked(nlp, "Moldova is sheltering those fleeing Georgia. Armenia is also hosting other refugees.")
    found = _aid_to(events, "other refugees")
    assert found and found[0].target_acts_for is None, show(events)


def test_a_named_person_fleeing_gives_no_origin(nlp):
    events = linked(nlp, "In 2014 Ivanov fled Georgia. Armenia is hosting refugees.")
    found = _aid_to(events, "refugees")
    assert found and found[0].target_acts_for is None, show(events)


def test_migrants_are_not_placed_by_a_refugee_origin(nlp):
    # migrants are no people in flight (Phoenix MIGRANT ~CVL): no origin of refugees places them
    events = linked(nlp, "Moldova is sheltering those fleeing Georgia. Armenia is also hosting migrants.")
    found = _aid_to(events, "migrants")
    assert found and found[0].target_acts_for is None, show(events)


def test_displaced_persons_take_a_from_origin(nlp):
    events = linked(nlp, "Over a million people have fled from Georgia since May. Armenia is supporting "
                         "displaced persons.")
    found = [e for e in events if e.type == "AID" and "displaced persons" in (e.target_text or "")]
    assert found and found[0].target_acts_for == "GEO", show(events)


def test_a_list_of_origins_leaves_the_bare_noun_without_state(nlp):
    # every conjunct of a "from" list is an origin
    events = linked(nlp, "Refugee families from Georgia, Armenia and Azerbaijan wait for months. Turkey is "
                         "also hosting refugees.")
    found = _aid_to(events, "refugees")
    assert found and found[0].target_acts_for is None, show(events)


def test_refugee_families_from_one_state_give_its_origin(nlp):
    events = linked(nlp, "Refugee families from Azerbaijan wait for months. Turkey is also hosting refugees.")
    found = _aid_to(events, "refugees")
    assert found and found[0].target_acts_for == "AZE", show(events)
