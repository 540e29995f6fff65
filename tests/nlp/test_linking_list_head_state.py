"""A list of names in apposition to a plural head a demonym premodifies ("the Russian entities A;
B; and C", "the Belarusian firms A, B, and C"): every item takes the head's state, whether the
items are parted by semicolons or commas (linking._share_list_head_state); an item with a head of
its own keeps its own words' state; a comma list right after its head is a list of targets
(events.actor_phrases._listed_names). Own sentences."""

from __future__ import annotations

from tests.nlp.linked_events import linked, show


def _by_target(events, trigger):
    found = {e.target_text: e for e in events if e.trigger.startswith(trigger) and e.target_text}
    assert found, show(events)
    return found


def test_semicolon_items_after_a_demonym_head_take_its_state(nlp):
    events = linked(nlp, "As part of this action, we imposed sanctions against the Russian entities Volga Machine "
                         "Works (VMW); Kestrel Optika; Severny Logistics Center, and Russian individual Pavel Ivanov.")
    found = _by_target(events, "imposed")
    for name in ("Kestrel Optika", "Severny Logistics Center"):
        assert name in found and found[name].target_acts_for == "RUS", show(events)


def test_the_list_head_is_read_back_over_names_aliases_and_separators(nlp):
    from newsgraph.nlp.linking.checks import _list_head_before

    doc = nlp("The ministry sanctioned the Russian entities Volga Machine Works (VMW); Kestrel Optika; "
              "and Russian individual Pavel Ivanov.")
    kestrel = next(t for t in doc if t.text == "Kestrel")
    head = _list_head_before(kestrel)
    assert head is not None and head.text == "entities"
    # contrast: an item with a head word of its own ("individual") is no item of "entities"
    pavel = next(t for t in doc if t.text == "Pavel")
    assert _list_head_before(pavel) is None
    # contrast: a name after a verb is no list item
    doc = nlp("The ministry sanctioned the Russian entities, and Kestrel Optika protested the decision.")
    assert _list_head_before(next(t for t in doc if t.text == "Kestrel")) is None


def test_comma_items_after_a_demonym_head_are_each_a_target_of_its_state(nlp):
    events = linked(nlp, "The State Department sanctioned the Belarusian firms Grodno Azot, Belshina, and Naftan.")
    found = _by_target(events, "sanctioned")
    for name in ("Grodno Azot", "Belshina", "Naftan"):
        assert name in found and found[name].target_acts_for == "BLR", show(events)


def test_an_item_with_a_head_of_its_own_keeps_its_own_state(nlp):
    # contrast: "Chinese firm X" is read by its own demonym, not the list head's
    events = linked(nlp, "As part of this action, we imposed sanctions against the Russian entities Volga Machine "
                         "Works (VMW); Kestrel Optika; Severny Logistics Center, and Chinese firm Beijing Xin Tech.")
    found = _by_target(events, "imposed")
    assert found.get("Kestrel Optika") and found["Kestrel Optika"].target_acts_for == "RUS", show(events)
    assert found.get("Beijing Xin Tech") and found["Beijing Xin Tech"].target_acts_for == "CHN", show(events)


def test_a_list_under_a_head_with_no_state_gives_none(nlp):
    # contrast: no demonym on the head, nothing to share
    events = linked(nlp, "The ministry imposed sanctions on the entities Volga Machine Works; Kestrel Optika; "
                         "and Severny Logistics Center.")
    found = _by_target(events, "imposed")
    kestrel = [e for t, e in found.items() if t.startswith("Kestrel")]
    assert not kestrel or kestrel[0].target_acts_for != "RUS", show(events)


INCLUDED = ("Since 2020, the Justice Department has charged dozens of senior {demonym}gang bosses, arms dealers, and "
            "smugglers, including Clan del Golfo's founder Dairo Antonio Usuga, Oficina leader Carlos Mario "
            "Jimenez, and La Oficina's senior money couriers.")


def test_members_an_including_list_names_take_the_state_of_its_demonym_head(nlp):
    # linking 0.3.860: "including" gives members of the group the heads name, and the demonym
    # before the first head premodifies the whole coordination of heads (_share_inclusion_head_state)
    events = linked(nlp, INCLUDED.format(demonym="Colombian "))
    found = _by_target(events, "charged")
    for name in ("Dairo Antonio Usuga", "Carlos Mario Jimenez"):
        assert name in found and found[name].target_acts_for == "COL", show(events)
    # contrast: no demonym on the heads, no state
    events = linked(nlp, INCLUDED.format(demonym=""))
    found = _by_target(events, "charged")
    assert found["Dairo Antonio Usuga"].target_acts_for is None, show(events)


def test_the_inclusion_head_is_read_up_the_list_to_the_preposition(nlp):
    from newsgraph.nlp.linking.checks import _inclusion_head

    doc = nlp("The ministry sanctioned several Iranian officials and commanders, such as Ali Shamkhani and "
              "Mohammad Bagheri, on Monday.")
    bagheri = next(t for t in doc if t.text == "Bagheri")
    head, words = _inclusion_head(bagheri)
    assert (head.text, words) == ("officials", "such as")
    # a name outside any such list has none
    assert _inclusion_head(next(t for t in doc if t.text == "ministry")) is None


HELD = ("We continue to press for the release of wrongfully held {people} around the world, including Mark Dorran "
        "and Lisa Kettle, who are being detained in Iran.")


def test_names_an_including_list_gives_as_members_of_a_plural_demonym_take_its_state(nlp):
    # linking 0.3.870: the parse hangs "including" on the verb "held", not on the plural it
    # exemplifies; a verb has no members, so the list's set is the plural before it, and a plural
    # demonym ("Canadians") names a state's people (coder._inclusion_head_state, inclusion_noun)
    events = linked(nlp, HELD.format(people="Canadians"))
    found = _by_target(events, "detained")
    for name in ("Mark Dorran", "Lisa Kettle"):
        assert name in found and found[name].target_acts_for == "CAN", show(events)
        assert found[name].target_sector is None, show(events)  # the demonym gives no one's role
    # contrast: a plural that names no state places no one
    events = linked(nlp, HELD.format(people="foreigners"))
    found = _by_target(events, "detained")
    assert found["Mark Dorran"].target_acts_for is None, show(events)


def test_the_inclusion_noun_is_the_nearest_plural_in_the_phrase_the_list_hangs_on(nlp):
    from newsgraph.nlp.linking.coder import inclusion_noun

    def noun(text):
        doc = nlp(text)
        prep = next(t for t in doc if t.lower_ == "including")
        found = inclusion_noun(prep)
        return found.text if found is not None else None

    # hung on a singular noun ("release"): the plural inside its phrase
    assert noun("We seek the release of detained Britons abroad, including Mark Dorran.") == "Britons"
    # hung on the plural itself: that plural
    assert noun("The ministry named several officials, including Mark Dorran, on Monday.") == "officials"
    # a singular collective with no plural in its phrase: none (the network's members are not named)
    assert noun("The Treasury sanctioned the smuggling network, including Mark Dorran, on Monday.") is None
