"""events 0.7.141: acts listed inside an asked-for infinitive, measure nouns whose modal clause
evaluates an effect (check not-effect), and contest acts in a sentence about a match (not-sport)."""

from __future__ import annotations

from newsgraph.nlp.events import find_events


def _acts(doc):
    return [(e.type, e.source_text, e.target_text, e.status) for e in find_events(doc)]


def test_acts_listed_after_an_asked_infinitive_are_asked_not_done(base_nlp):
    # the parser hangs "lift" and "allow" on "work" / "lift": they continue "to free", the
    # junta's acts the Union will press for, no concession of the Union's own
    doc = base_nlp("The European Union will work with partners to pressure the junta to free the detained "
                   "journalists, lift the curfew, and allow aid convoys to enter the region.")
    acts = _acts(doc)
    assert ("DEMAND", "European Union", "junta", "planned") in acts
    assert not any(t in ("AGREE", "CONCEDE", "RETREAT") for t, *_ in acts), acts


def test_the_asker_s_own_second_act_after_a_plain_infinitive_stays(base_nlp):
    # no object control ("continue to work"): the conjunct "stand with" is the speaker's own act,
    # a stance continued under "will continue to" (events 0.8.31: SUPPORT, asserted)
    doc = base_nlp("We will continue to work with and support all like-minded partners, and stand with "
                   "the sovereign nation and people of Ukraine.")
    assert ("SUPPORT", "We", "people of Ukraine", "asserted") in _acts(doc)


def test_a_measure_noun_subject_of_a_modal_verb_is_an_evaluated_effect(base_nlp):
    doc = base_nlp("The recent designation of Colombia as a Major Non-NATO Ally will enhance this cooperation "
                   "by helping our militaries work even closer together in the years ahead.")
    assert _acts(doc) == []
    doc = base_nlp("Japan's support for cutting Russian banks off from SWIFT will support international "
                   "efforts to isolate Russia from the global financial system.")
    assert not any(t == "THREATEN" for t, *_ in _acts(doc))


def test_an_actor_subject_of_a_modal_verb_still_acts(base_nlp):
    doc = base_nlp("Japan will impose sanctions on three Russian banks next week.")
    assert any(t in ("SANCTION", "THREATEN") and s == "Japan" for t, s, _, _ in _acts(doc))


def test_attacks_in_a_match_are_no_assault(base_nlp):
    doc = base_nlp("Croatia started the match with attacking football, and Modric tested the goalkeeper "
                   "twice before halftime.")
    assert not any(t == "ASSAULT" for t, *_ in _acts(doc))
    doc = base_nlp("France started the game with attacking style, with Mbappe and Griezmann making early "
                   "attempts to put France into the lead against Peru.")
    assert not any(t == "ASSAULT" for t, *_ in _acts(doc))


def test_war_games_are_no_sport(base_nlp):
    doc = base_nlp("Russian forces attacked the port of Mariupol on Sunday, days after holding war games "
                   "near the border.")
    assert any(t == "ASSAULT" and s == "Russian forces" for t, s, _, _ in _acts(doc))
