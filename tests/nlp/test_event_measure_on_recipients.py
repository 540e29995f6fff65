"""A SANCTION/COERCE measure "on" people or parties (task recipF): PLOVER SANCTION's target is the
one penalised, the party the restriction or sanction is on; a destination "to X" that the parser
hangs on the verb after a long object ("..., largely to Managua") is where others go, never the
recipient. A measure on things ("restrictions on exports ... to China") keeps its "to" recipient.
Sentences are written for these tests."""

from __future__ import annotations

from tests.nlp.linked_events import coded, linked, show


def _sanctions(events):
    return [e for e in events if e.type in ("SANCTION", "COERCE")]


def test_restrictions_on_people_are_not_aimed_at_a_destination(nlp):
    events = _sanctions(linked(nlp, "The Department has imposed visa restrictions on owners of travel agencies "
                                    "who have arranged the transit of migrants, mostly to Havana."))
    assert events, show(events)
    assert all(e.target_key != "country:CUB" and e.target_sector != "GOV" for e in events), show(events)
    assert any("agencies" in (e.target_text or "") or "owners" in (e.target_text or "") for e in events), show(events)


def test_a_measure_on_things_keeps_its_destination_recipient(base_nlp):
    events = _sanctions(coded(base_nlp, "The Commerce Department imposed new restrictions on chip exports to China."))
    assert [e.target_text for e in events] == ["China"], show(events)


def test_sanctions_on_designated_individuals_ignore_a_destination_on_the_verb(nlp):
    events = _sanctions(linked(nlp, "Treasury imposed sanctions on three executives of shipping firms that moved "
                                    "weapons, in violation of the embargo, to Yemen."))
    assert events and all(e.target_key != "country:YEM" for e in events), show(events)


def test_a_network_of_a_states_agents_is_no_government(nlp):
    # the members of a sanctioned network are placed by their demonym, a business set, not the state
    events = _sanctions(linked(nlp, "Treasury sanctioned a network of Chinese procurement agents who bought "
                                    "missile components on behalf of Iran."))
    assert events and all(e.target_acts_for == "CHN" and e.target_sector == "BUS" and e.target_key != "country:CHN"
                          for e in events), show(events)


def test_a_network_of_a_states_officials_keeps_their_sector(nlp):
    events = _sanctions(linked(nlp, "The United States is imposing sanctions on a network of Russian officials."))
    assert events and all(e.target_sector == "GOV" for e in events), show(events)


def test_a_day_named_with_on_leaves_the_aid_suspended_to_its_recipient(base_nlp):
    events = _sanctions(coded(base_nlp, "Japan suspended aid to Myanmar on Monday."))
    assert [e.target_text for e in events] == ["Myanmar"], show(events)


def test_an_import_ban_is_not_aimed_at_where_goods_come_in(base_nlp):
    # demo 1107: "into the United States" is the measuring state's own ground; the ban is aimed at
    # the goods' origin (event_detection.yaml import_nouns)
    events = _sanctions(coded(base_nlp, "OFAC is prohibiting the importation of gold of Russian Federation "
                                        "origin into the United States."))
    assert events, show(events)
    assert all(e.target_text != "United States" for e in events), show(events)
    assert any(e.target_text == "Russian Federation" for e in events), show(events)


def test_an_export_ban_keeps_its_destination_recipient(base_nlp):
    # what goes out "to X" is kept from X: X is the target
    events = _sanctions(coded(base_nlp, "The EU banned exports of semiconductors to Russia."))
    assert any(e.target_text == "Russia" for e in events), show(events)


def test_an_entry_restriction_is_aimed_at_those_kept_out(base_nlp):
    # a proclamation's "entry into the United States of X": X is kept out, the place is the
    # restricting state's own (event_detection.yaml entry_nouns)
    events = _sanctions(coded(base_nlp, "The President restricted the entry into the United States of "
                                        "Nicaraguan officials."))
    assert events and all(e.target_text != "United States" for e in events), show(events)
    assert any("Nicaraguan officials" in (e.target_text or "") for e in events), show(events)
