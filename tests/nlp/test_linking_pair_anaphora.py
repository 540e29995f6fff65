""""both countries" / "the two countries" / "both nations" / "the two governments" take up the two
states named just before (English anaphora: "both" and "the two" count a pair already named): in
their own sentence, else (none named there) in the sentence before, only where exactly two
distinct states are named. The event is then told once per state, as the project tells an event
with coordinated actors (task s46-names). Sentences are invented."""

from __future__ import annotations

from tests.nlp.linked_events import linked, show


def _cooperate_targets(nlp, text):
    return [(e.target_text, e.target_key) for e in linked(nlp, text) if e.type == "COOPERATE"]


# (a third state named earlier in the text, as in a longer release: the pair is the one named
# just before, not every state of the text)
def test_both_countries_takes_the_two_states_of_its_sentence(nlp):
    found = _cooperate_targets(nlp, "Canada supports open trade. The Secretary visited Brazil and Argentina last month, "
                                    "and he expanded our trade cooperation with both countries.")
    assert found == [("Brazil", "country:BRA"), ("Argentina", "country:ARG")]


def test_the_two_countries_takes_the_two_states_of_the_sentence_before(nlp):
    found = _cooperate_targets(nlp, "Canada supports open trade. The Secretary welcomed new defense ties between Kenya "
                                    "and Ghana. He expanded our trade cooperation with the two countries.")
    assert found == [("Kenya", "country:KEN"), ("Ghana", "country:GHA")]


def test_three_states_named_leave_the_phrase_as_it_is(nlp):
    found = _cooperate_targets(nlp, "The Secretary visited Brazil, Chile and Argentina last month, and he expanded "
                                    "our trade cooperation with both countries.")
    assert found == [("countries", None)]


def test_no_state_named_leaves_the_phrase_as_it_is(nlp):
    found = _cooperate_targets(nlp, "The Secretary expanded our trade cooperation with both countries.")
    assert found == [("countries", None)]


def test_a_pair_the_other_actor_belongs_to_is_no_target(nlp):
    # the two countries are the co-subjects themselves: a joint act, no third party
    events = [e for e in linked(nlp, "Kenya and Ghana signed a new trade accord between the two countries on Friday.")
              if e.source_key in ("country:KEN", "country:GHA")]
    assert events and all(e.target_key not in ("country:KEN", "country:GHA") for e in events), show(events)
