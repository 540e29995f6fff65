"""Parties the sentence names in a place the parser hides them (events 0.8.10, linking 0.3.730):
an object "it" that a verb of prevention keeps from acting (object control: the understood doer of
the "from" gerund, a party the linker resolves), and the recipient of a sharing hung on the shared
thing's relative clause ("share information we gather with allies")."""

from __future__ import annotations

from tests.nlp.linked_events import explain, linked


def _of(events, trigger_start):
    return [e for e in events if e.trigger.startswith(trigger_start)]


def test_it_kept_from_acting_is_the_state_named_before(nlp):
    events = linked(nlp, "Kosovo applied for membership, but Serbia blocked it from joining the "
                         "Council of Europe.")
    blocked = _of(events, "blocked")
    assert blocked and blocked[0].target_key == "country:XKX", explain(events)
    assert "which the object 'it' stands for" in blocked[0].explanation


def test_it_is_never_the_source_itself(nlp):
    # "Egypt ... blocked it": the pronoun is free in its clause (binding Principle B), so the
    # blocker is no antecedent; with no other party named it stays unresolved and no target
    events = linked(nlp, "Egypt blocked it from entering the port.")
    assert all(e.target_key != "country:EGY" for e in _of(events, "blocked")), explain(events)


def test_it_of_a_verb_with_no_from_gerund_is_no_party(nlp):
    # "it" with no act of its own to do is a thing ("banned it"): no target is read from it
    events = linked(nlp, "Kenya drafted a new law, and Uganda banned it last year.")
    assert all((e.target_text or "").lower() not in ("it", "kenya") for e in _of(events, "banned")), explain(events)


def test_recipient_of_sharing_hung_on_the_relative_clause(nlp):
    events = linked(nlp, "Ukraine will share the evidence it collects with the International Criminal Court.")
    shared = _of(events, "share")
    assert shared and shared[0].target_text == "International Criminal Court", explain(events)


def test_stance_adjective_under_a_credited_gerund_is_the_credited_party_s(nlp):
    # "thank X for being willing to V": the subjectless gerund "being" is controlled by the one
    # thanked, and so is its predicative adjective and the act it is willing to do (events 0.8.11)
    events = linked(nlp, "We thank Norway for being willing to cooperate with the European Union.")
    willing = _of(events, "willing")
    assert willing and willing[0].source_key == "country:NOR", explain(events)
    assert willing[0].target_key == "org:european-union", explain(events)


def test_stance_adjective_with_its_own_subject_keeps_it(nlp):
    events = linked(nlp, "Chile is willing to cooperate with Peru, the minister said.")
    willing = _of(events, "willing")
    assert willing and willing[0].source_key == "country:CHL", explain(events)


def test_it_prefers_the_earlier_subject_over_a_nearer_object(nlp):
    # "Taiwan wants to join the WHO, but China is blocking it": the subject of the earlier clause
    # is the salient antecedent, not the nearer object body (linking 0.3.800)
    events = linked(nlp, "Taiwan wants to join the WHO, but China is blocking it from participating "
                         "in international organizations.")
    blocking = _of(events, "blocking")
    assert blocking and blocking[0].target_key == "country:TWN", explain(events)


def test_it_is_left_open_when_a_nearer_thing_agrees_with_it(nlp):
    # "it" may be the package: no body is taken across a nearer singular object that is no party
    events = linked(nlp, "The European Commission drafted a sanctions package, but Hungary blocked it "
                         "from taking effect.")
    blocked = _of(events, "blocked")
    assert blocked and blocked[0].target_key != "org:european-commission", explain(events)
    assert not blocked[0].target_acts_for and (blocked[0].target_sector or "") != "IGO", explain(events)


def test_it_takes_the_previous_sentence_subject(nlp):
    events = linked(nlp, "Kosovo applied to join UNESCO. Serbia blocked it from joining.")
    blocked = _of(events, "blocked")
    assert blocked and blocked[0].target_key == "country:XKX", explain(events)


def test_it_never_takes_an_object_of_the_previous_sentence(nlp):
    # only a subject is carried across the sentence boundary; the object body "UNESCO" is not
    events = linked(nlp, "The ministers discussed UNESCO. Serbia blocked it from joining.")
    assert all(e.target_key != "org:unesco" for e in _of(events, "blocked")), explain(events)


def test_sharing_data_is_cooperation_though_data_lemmatises_as_datum(nlp):
    events = linked(nlp, "Germany shared the data it gathered with France.")
    shared = _of(events, "shared")
    assert shared and shared[0].target_key == "country:FRA", explain(events)


def test_sharing_a_view_is_still_no_event(nlp):
    events = linked(nlp, "Germany shared the view it holds with France.")
    assert not _of(events, "shared"), explain(events)
