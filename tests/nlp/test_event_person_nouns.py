"""Common nouns that name people are (vague) actors (events._is_actor, since 0.7.520): a noun whose
commonest WordNet sense is a noun.person synset (lexicons/person_nouns.txt, written by
scripts/wordnet_people.py; actor_heads.person_nouns), left unkeyed by the linker. Not relatives
(the kinship rule), predicative roles, the first part of a hyphenated word, nor a noun a name is in
apposition to. Sentences are the tests' own."""

from __future__ import annotations

import pytest

from newsgraph.nlp.actor_heads import person_nouns
from newsgraph.nlp.events import _is_actor, load_lexicon

from tests.nlp.linked_events import coded, linked, show


def test_the_person_noun_list_holds_people_not_acts_or_other_senses():
    nouns = person_nouns()
    assert {"dignitary", "volunteer", "smuggler", "provider", "entrepreneur", "donor", "woman"} <= nouns
    # first sense elsewhere (a body part, a polity), an act sense too ("referrals of refugees"),
    # a capitalised people or a named person: no person noun
    assert not {"head", "state", "referral", "exile", "abkhaz", "einstein"} & nouns


def test_a_met_person_noun_is_the_target(nlp):
    events = linked(nlp, "The foreign minister will meet visiting dignitaries in Nairobi on Tuesday.")
    meet = next(e for e in events if e.trigger.startswith("meet") or "meet" in e.trigger)
    assert meet.target_text is not None and meet.target_text.endswith("dignitaries"), show(events)
    assert meet.target_key is None


def test_a_person_noun_is_a_source(nlp):
    events = coded(nlp, "Local fishermen rescued forty sailors whose ship had sunk off the coast.")
    assert any(e.source_text and e.source_text.endswith("fishermen") for e in events), show(events)


def test_a_predicative_role_is_no_actor(nlp):
    events = coded(nlp, "The government keeps faith with the citizens held hostage abroad.")
    assert not any(e.target_text == "hostage" for e in events), show(events)


def test_relatives_named_in_apposition_are_not_their_parent(nlp):
    events = linked(nlp, "We are imposing sanctions on the adult children of the President, Anna Petrova and "
                         "Olga Petrova.")
    targets = {e.target_text for e in events if e.type == "SANCTION"}
    assert {"Anna Petrova", "Olga Petrova"} <= targets, show(events)


def test_the_first_part_of_a_hyphenated_word_is_no_actor(base_nlp):
    doc = base_nlp("The ex-president and three volunteers left the city.")
    ex, volunteers = doc[1], doc[6]
    assert (ex.text, volunteers.text) == ("ex", "volunteers")
    assert not _is_actor(ex, load_lexicon())  # "ex" (a former spouse) only begins "ex-president"
    assert _is_actor(volunteers, load_lexicon())


def test_actor_is_no_person_noun():
    # "actor" is first the theatre actor; in policy prose any party, states included (0.7.521)
    assert "actor" not in person_nouns()


def test_a_negating_prefix_makes_no_person_noun(base_nlp):
    doc = base_nlp("The shelling hurt soldiers and non-combatants in the valley.")
    combatants = next(t for t in doc if t.lower_ == "combatants")
    assert not _is_actor(combatants, load_lexicon())  # "non-combatants" are not combatants


def test_people_a_participle_agent_places_yield_to_it(base_nlp):
    doc = base_nlp("Engineers funded by the World Bank are repairing the bridges of the province.")
    assert doc[0].text == "Engineers"
    assert not _is_actor(doc[0], load_lexicon())  # the bank's people: the bank acts


def test_possessed_people_in_a_state_are_that_state(base_nlp):
    doc = base_nlp("Our friends in Canada stand ready to host the talks.")
    friends = next(t for t in doc if t.lower_ == "friends")
    assert not _is_actor(friends, load_lexicon())


def test_unnamed_people_a_for_phrase_names_are_no_addressee(nlp):
    events = linked(nlp, "We stand with our allies in calling for an immediate end to the regime’s crimes and for "
                         "justice for the many victims.")
    demand = [e for e in events if e.type == "DEMAND"]
    assert demand and not any(e.target_text and e.target_text.endswith("victims") for e in demand), show(events)


def test_a_kind_of_people_a_present_relative_clause_defines_is_no_actor(base_nlp):
    # a bare plural the relative clause defines names whoever fits it, a category (0.7.620)
    lex = load_lexicon()
    doc = base_nlp("The new permit is meant for engineers who are moving to Canada for work.")
    engineers = next(t for t in doc if t.lower_ == "engineers")
    assert not _is_actor(engineers, lex)
    doc = base_nlp("Volunteers who travel abroad need a certificate.")
    assert not _is_actor(doc[0], lex)


def test_people_a_relative_clause_tells_an_act_of_stay_actors(base_nlp):
    lex = load_lexicon()
    # a past-tense clause tells what some people did; a determiner makes them particular people
    doc = base_nlp("Engineers who arrived on Monday repaired the bridge.")
    assert _is_actor(doc[0], lex)
    doc = base_nlp("The engineers who are moving to Canada met the minister.")
    assert _is_actor(doc[1], lex)


@pytest.mark.parametrize("text", [
    "The minister met volunteers who are helping refugees in the capital.",
    "The mayor will thank nurses who are caring for the wounded.",
])
def test_people_a_verb_is_done_to_are_particular_people(nlp, text):
    # the object of an act told as done or to come names the people it was done to, no kind (0.7.731)
    events = linked(nlp, text)
    head = [e for e in events if e.trigger.split()[0] in ("met", "thank")]
    assert head and all(e.target_text in ("volunteers", "nurses") for e in head), show(events)


def test_no_visit_is_read_from_a_category_of_travellers(nlp):
    events = coded(nlp, "The programme offers a special permit for engineers who are coming to Canada to "
                        "build the new railway.")
    assert not any(e.type == "CONSULT" for e in events), show(events)


def test_a_multiword_entry_written_solid_is_a_person_noun():
    # WordNet's "policy_maker" is written "policymaker": joined where the solid form is a real word
    nouns = person_nouns()
    assert {"policymaker", "crewmember"} <= nouns
    assert not {"goodegg", "headofstate", "secondhand"} & nouns


def test_private_people_travelling_to_a_state_visit_no_one(nlp):
    # unnamed journalists are private people: a trip, no CONSULT (0.7.621)
    events = linked(nlp, "Several journalists came to Washington last week.")
    assert not any(e.type == "CONSULT" for e in events), show(events)


def test_lawmakers_travelling_to_a_state_make_a_visit(nlp):
    events = linked(nlp, "Several lawmakers came to Washington last week.")
    assert any(e.type == "CONSULT" and e.source_text and e.source_text.endswith("lawmakers") for e in events), show(events)
