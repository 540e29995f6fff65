"""Intent and condition told as such are no asserted events (issue 6 judges: lines of future
intent or condition stored as asserted). Sentences stand for patterns of the State Department and
White House releases in examples/; the expected status is the one TimeML / FactBank give such a
clause and the gold README's ("planned" = announced or intended, "hypothetical" = conditional)."""

from __future__ import annotations

from tests.nlp.linked_events import coded as _events


def test_a_bare_ing_conjunct_of_a_progressive_shares_its_future(base_nlp):
    # "will be providing ... and supporting": the conjunct is as much to come as the first verb
    events = _events(base_nlp, "The Atrocity Crimes Advisory Group will be providing advice and supporting the "
                               "ongoing efforts of Ukraine's Prosecutor General to collect evidence.")
    supporting = [e for e in events if e.trigger.startswith("supporting")]
    assert supporting and all(e.status == "planned" for e in supporting)


def test_a_past_progressive_conjunct_stays_asserted(base_nlp):
    events = _events(base_nlp, "The embassy was monitoring the trials and supporting the families of the detained "
                               "protesters.")
    assert all(e.status == "asserted" for e in events if e.trigger.startswith("supporting"))


def test_the_infinitive_of_a_modal_predicate_adjective_is_hypothetical(base_nlp):
    # under a condition; with none, the writer's "would" tells no act (events 0.7.185, not-speculation)
    events = _events(base_nlp, "If invited, Morocco would be proud to host President Barack Obama in this "
                               "historical event.")
    hosts = [e for e in events if e.trigger.startswith("host")]
    assert hosts and all(e.status == "hypothetical" for e in hosts)


def test_the_infinitive_of_a_past_predicate_adjective_stays_asserted(base_nlp):
    events = _events(base_nlp, "Morocco was proud to host President Barack Obama in Rabat.")
    assert [e.status for e in events if e.trigger.startswith("host")] == ["asserted"]


def test_an_act_in_a_cases_where_clause_is_a_condition(base_nlp):
    events = _events(base_nlp, "In cases where national and international sports organizations, and other event "
                               "organizers, choose to permit sportspeople (including athletes, officials and "
                               "administrators) from Russia and Belarus to participate in sporting events:")
    # the act inside the condition is no event of its own (condition_antecedent_check, task modalcond)
    assert events == []


def test_the_content_of_a_commitment_another_party_talks_about_is_no_act(base_nlp):
    for text in ("We remain in close contact with Ukraine and are supportive of President Zelenskyy's commitment "
                 "to engage in diplomacy.",
                 "The resolution would call into question Russia's stated commitment to support a peaceful "
                 "resolution of this crisis."):
        assert not [e for e in _events(base_nlp, text) if e.type == "SUPPORT"], text


def test_the_content_of_a_voiced_commitment_stays_support(base_nlp):
    # shown by its holder's steps, the commitment to support is the support voiced (gold codes so)
    text = ("These steps also reinforce the U.S. Government's commitment to supporting greater freedom for "
            "the Cuban people.")
    assert [e.status for e in _events(base_nlp, text) if e.type == "SUPPORT"] == ["asserted"], text


def test_a_restated_commitment_to_back_a_party_is_a_promise(base_nlp):
    # since 0.7.850: the commitment noun governs the backing to come (PLOVER AGREE: promises;
    # CAMEO 03x "express intent to cooperate"); the restating itself happened (asserted)
    events = _events(base_nlp, "Canada restated its commitment to support Ukraine.")
    assert [(e.type, e.mode, e.status) for e in events] == [("AGREE", "support", "asserted")]
    assert "Ukraine" in events[0].target_text


def test_a_restated_commitment_to_voiced_backing_or_a_cause_is_no_promise(base_nlp):
    # "stand with X" voices backing (SUPPORT); backing a cause with no party named is no promise to
    # anyone (0.7.850 reads only a backing verb with a party as its object, or its possessor)
    events = _events(base_nlp, "Japan reaffirmed its commitment to stand with Ukraine.")
    assert [e.type for e in events] == ["SUPPORT"]
    assert not [e for e in _events(base_nlp, "Germany reaffirmed its commitment to support reforms.")
                if e.type == "AGREE"]
