"""People of a body vs. the other party of a relation (events 0.7.801, linking 0.3.561): only a person
noun of a body's own people (actor_heads.member_nouns, WordNet nouns under worker, associate,
administrator, executive, representative, broker-agent) takes its "of" / "from" object or possessor
as the body it belongs to; critics, captives, victims, defectors are still the actors but take none
of that party's state, sector or key. The people of a country (actor_heads.place_people_nouns,
WordNet nouns under national, inhabitant, native: "nationals of Canada", "citizens of Ukraine")
keep its state, with no key. Sentences are invented."""

from __future__ import annotations

from newsgraph.nlp.actor_heads import member_nouns, person_nouns, place_people_nouns
from newsgraph.nlp.events import _members_of_a_body, _people_of_a_body, load_lexicon
from tests.nlp.linked_events import linked as _linked, show as _show


def test_member_nouns_are_person_nouns_of_work_membership_or_agency():
    members = member_nouns()
    assert {"executive", "employee", "staffer", "broker", "operative", "director"} <= members
    assert not members & {"critic", "victim", "captive", "defector", "hostage", "supporter", "opponent"}
    assert members <= person_nouns()


def _noun(doc, word):
    return next(t for t in doc if t.lower_ == word)


def test_only_a_member_noun_reads_its_of_object_as_its_body(base_nlp):
    lex = load_lexicon()
    doc = base_nlp("The ministry sanctioned executives of Gazprombank and met critics of Gazprombank.")
    executives, critics = _noun(doc, "executives"), _noun(doc, "critics")
    assert _members_of_a_body(executives, lex).text == "Gazprombank"
    # the critics are still named by their phrase (so Gazprombank is not taken for them) ...
    assert _people_of_a_body(critics, lex) is not None
    # ... but Gazprombank is the party they criticise, not the body they belong to
    assert _members_of_a_body(critics, lex) is None


def test_the_other_party_of_a_relation_gives_its_people_no_state_or_key(nlp):
    for text, people in (("Washington met critics of Ukraine on Tuesday.", "critics of Ukraine"),
                         ("Iran freed hostages of Hezbollah on Tuesday.", "hostages of Hezbollah"),
                         ("Israel welcomed Hamas's captives home on Sunday.", "Hamas's captives")):
        events = [e for e in _linked(nlp, text) if e.target_text == people]
        assert events and all(e.target_key is None and e.target_acts_for is None for e in events), _show(events)


def test_a_bodys_own_people_keep_its_state(nlp):
    text = "The State Department sanctioned staffers of the Venezuelan central bank on Friday."
    events = [e for e in _linked(nlp, text) if e.type == "SANCTION"]
    assert events and all(e.target_acts_for == "VEN" for e in events), _show(events)


def test_place_people_nouns_are_people_of_a_place_and_no_members_or_other_parties():
    place = place_people_nouns()
    assert {"national", "citizen", "compatriot", "resident", "inhabitant", "native"} <= place
    assert not place & {"critic", "victim", "captive", "defector", "opponent", "executive", "official"}
    assert place <= person_nouns() and not place & member_nouns()


def test_nationals_citizens_and_residents_of_a_country_keep_its_state_with_no_key(nlp):
    for text, people, state in (("Police detained nationals of Canada near the border on Friday.", "nationals of Canada", "CAN"),
                                ("The authorities deported citizens of Ukraine on Monday.", "citizens of Ukraine", "UKR"),
                                ("Soldiers detained residents of Belarus on Sunday.", "residents of Belarus", "BLR")):
        events = [e for e in _linked(nlp, text) if (e.target_text or "").startswith(people)]
        assert events and all(e.target_acts_for == state and e.target_key is None for e in events), _show(events)


def test_critics_of_a_country_still_take_none_of_its_state(nlp):
    events = [e for e in _linked(nlp, "Police detained critics of Canada near the border on Friday.")
              if (e.target_text or "").startswith("critics of Canada")]
    assert events and all(e.target_acts_for is None and e.target_key is None for e in events), _show(events)
