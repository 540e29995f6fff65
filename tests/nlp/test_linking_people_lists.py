"""Lists of people nouns (events 0.7.571, linking 0.3.340): a later bare member of a coordinated
list takes the state a demonym before the first member gives (linking._share_list_codes); a party
word ("actors") after a people noun is a member of the list (events._party_beside_people) with the
first member's sector; a list's sector is its first member's that has one, so context places it
(context_states.generic_agent); aid to unnamed people of no state goes where the article's aid
goes (context_states.aid_context_recipient). Own sentences."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.context_states import generic_agent
from newsgraph.nlp.pipeline import make_doc
from tests.nlp.linked_events import linked, show


def _targets(events, trigger):
    found = [e for e in events if e.trigger.startswith(trigger)]
    assert found, show(events)
    return found


def test_a_demonym_before_the_first_member_places_a_bare_later_member(nlp):
    events = linked(nlp, "Last year Moscow expelled Georgian farmers and truckers from its territory.")
    truckers = [e for e in _targets(events, "expelled") if e.target_text and e.target_text.endswith("truckers")]
    assert truckers and all(e.target_acts_for == "GEO" for e in truckers), show(events)


def test_a_member_with_words_of_its_own_is_not_placed_by_the_first_members_demonym(nlp):
    # contrast: "third country nationals" are of no state the list's "Ukrainian" names
    events = linked(nlp, "Poland welcomed Ukrainian refugees and third country nationals fleeing the war.")
    assert not any(e.target_text and e.target_text.endswith("nationals") and e.target_acts_for == "UKR"
                   for e in events), show(events)


def test_a_party_word_after_a_people_noun_is_a_member_of_the_list(nlp):
    events = linked(nlp, "The junta in Myanmar said on Monday that police detained 14 political opponents and "
                         "pro-democracy actors in Yangon.")
    actors = [e for e in events if e.target_text and e.target_text.endswith("actors")]
    assert actors, show(events)
    assert all(e.target_sector == "OPP" for e in actors), show(events)


def test_a_lists_sector_is_its_first_sectored_members():
    assert generic_agent("many officials, public servants, and volunteers") == "GOV"
    assert generic_agent("volunteers and officials") == "GOV"
    assert generic_agent("volunteers and bystanders") is None  # no member with a sector: unplaced as before
    assert generic_agent("officials and their families") is None  # someone else's: never placed


def test_a_people_list_takes_the_state_its_context_gives(nlp):
    text = ("Chile held its regional elections on Sunday. Chile's electoral service certified the results in "
            "Santiago on Friday, and observers praised Chile's transparent count. We salute the many officials, "
            "clerks, and volunteers whose work made the vote possible.")
    events = _targets(linked(nlp, text), "salute")
    listed = [e for e in events if e.target_text and "volunteers" in e.target_text]
    assert listed and all((e.target_acts_for, e.target_sector) == ("CHL", "GOV") for e in listed), show(events)


ONE_STATE = ("The United States has provided $40 million in humanitarian assistance to displaced families in Haiti. "
             "USAID has also provided emergency food assistance to vulnerable communities across Haiti. "
             "The United States also delivered water purifiers to local volunteers.")


def test_aid_to_unnamed_people_goes_where_the_articles_other_aid_goes(nlp):
    doc = nlp(make_doc(nlp, ONE_STATE, dt.date(2023, 5, 10), outlet="U.S. Department of State",
                       title="Briefing on the Humanitarian Response"))
    events = [e for e in doc._.ng_events or [] if e.trigger.startswith("delivered")]
    assert events and all(e.target_acts_for == "HTI" for e in events), show(doc._.ng_events or [])
    # the people, not Haiti's government: no key, and no GOV sector the state's would have
    assert all(e.target_key is None and e.target_sector != "GOV" for e in events), show(events)


def test_a_later_member_of_own_people_kept_from_going_abroad_is_aimed_at_the_destination(nlp):
    # the whole list is the source's own people ("Belarusian"): the measure is aimed at where they
    # are kept from going (linking._restricted_destination), for the later member too
    events = [e for e in linked(nlp, "Last year Minsk cut off Belarusian students and truckers from traveling to "
                                     "Lithuania.") if e.type == "SANCTION"]
    assert events and {e.target_acts_for for e in events} == {"LTU"}, show(events)


def test_each_owner_of_a_coordinated_genitive_stands_for_its_people(nlp):
    events = [e for e in linked(nlp, "We welcome the committee's decision to prevent Serbia's and Croatia's "
                                     "athletes from competing in the 2026 games.") if e.trigger == "prevent"]
    coded = {(e.target_acts_for, e.target_sector, e.target_key) for e in events}
    assert coded == {("SRB", "CVL", None), ("HRV", "CVL", None)}, show(events)
