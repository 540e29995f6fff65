"""events 0.7.146-nonevent3: acts in the "that" clause of a conjecture noun or of an inference
left to the listener (check not-conjecture), and commitments to a goal whose only names are an
area it lies in or whose subject is a bare plural (check commitment-goal)."""

from __future__ import annotations

from newsgraph.nlp.events import find_events


def _acts(doc):
    return [(e.type, e.source_text, e.target_text, e.status) for e in find_events(doc)]


def test_an_act_in_the_clause_of_a_conjecture_noun_is_no_event(base_nlp):
    doc = base_nlp("Officials dismissed the speculation that Belarus may soon send troops into Ukraine.")
    assert not any(s == "Belarus" for _, s, _, _ in _acts(doc)), _acts(doc)
    doc = base_nlp("We have heard the rumours that Turkey will formally declare war.")
    assert not any(t == "THREATEN" for t, *_ in _acts(doc)), _acts(doc)


def test_an_inference_left_to_the_listener_is_no_event(base_nlp):
    doc = base_nlp("As a general matter, you can assume that the ministers have discussed these issues privately.")
    assert not any(t == "CONSULT" for t, *_ in _acts(doc)), _acts(doc)


def test_a_reported_act_and_a_speaker_s_own_conclusion_stay(base_nlp):
    # a plain report keeps its act; "we can confirm that" reports the act
    doc = base_nlp("Officials said that Russian forces shelled Kharkiv on Monday.")
    assert any(t == "ASSAULT" and s == "Russian forces" for t, s, _, _ in _acts(doc)), _acts(doc)
    doc = base_nlp("We can confirm that the ministers discussed these issues with their Japanese counterparts.")
    assert any(t == "CONSULT" for t, *_ in _acts(doc)), _acts(doc)


def test_an_area_the_goal_lies_in_is_no_actor_of_a_commitment(base_nlp):
    doc = base_nlp("The Secretary reaffirmed U.S. support for the sovereignty of Kazakhstan and reiterated our "
                   "shared commitment to stability and security in Central Asia.")
    assert _acts(doc) == [("SUPPORT", "Secretary", "Kazakhstan", "asserted")], _acts(doc)
    doc = base_nlp("Japan reaffirmed its commitment to peace and stability across the Taiwan Strait and beyond.")
    assert not any(t in ("SUPPORT", "AGREE") for t, *_ in _acts(doc)), _acts(doc)


def test_a_bare_plural_restating_a_commitment_to_a_goal_is_no_event(base_nlp):
    doc = base_nlp("Participating countries reaffirmed their commitment to reduce irregular migration.")
    assert not any(t in ("SUPPORT", "AGREE") for t, *_ in _acts(doc)), _acts(doc)


def test_a_commitment_to_an_actor_stays(base_nlp):
    doc = base_nlp("The Secretary reaffirmed the U.S. commitment to Ukraine's sovereignty.")
    assert ("SUPPORT", "Secretary", "Ukraine", "asserted") in _acts(doc), _acts(doc)


def test_a_possible_act_of_another_is_no_event(base_nlp):
    # events 0.7.183 (check not-speculation; demo: statedept 2022-02-17, dialogo seed): the writer's
    # guess at another's cooperative or verbal act, under "may" / "could" or "destined to", tells none
    doc = base_nlp("Second, in response to this manufactured provocation, the highest levels of the Russian "
                   "Government may theatrically convene emergency meetings to address the so-called crisis.")
    assert not any(t == "CONSULT" for t, *_ in _acts(doc)), _acts(doc)
    doc = base_nlp("According to Spanish daily La Razón, the Iranian drones in Bolivia could be destined to "
                   "support Iranian intelligence work.")
    assert not any(t == "SUPPORT" for t, *_ in _acts(doc)), _acts(doc)


def test_a_possible_act_with_a_condition_a_speaker_or_a_coercive_type_stays(base_nlp):
    # a condition's consequence, the actor's own word or a coercive act (maybe a warning) is left
    # to the status and THREATEN rules
    for text, kind in (("If the talks fail, the ministers could meet again in Geneva.", "CONSULT"),
                       ("The United States said it could provide additional aid to Ukraine.", "AID"),
                       ("We could provide more aid to Ukraine.", "AID"),
                       ("Russia may attack Ukraine next week.", "ASSAULT")):
        acts = _acts(base_nlp(text))
        assert [status for t, _, _, status in acts if t == kind] == ["hypothetical"], (text, acts)


def test_an_act_in_a_relative_clause_under_a_possible_copula_is_no_event(base_nlp):
    # events 0.7.185 (check not-speculation; demo: statedept 2022-02-17): "could be a ... that X will
    # blame": the modal on the copula scopes over the noun phrase and its relative clause
    doc = base_nlp("This could be a violent event that Russia will blame on Ukraine, or an outrageous "
                   "accusation that Russia will level against the Ukrainian Government.")
    assert not any(t == "DISAPPROVE" for t, *_ in _acts(doc)), _acts(doc)
    doc = base_nlp("This was a violent event that Russia blamed on Ukraine.")
    assert ("DISAPPROVE", "Russia", "Ukraine", "asserted") in _acts(doc), _acts(doc)
    doc = base_nlp("If Russia invades, this could be a staged incident that Russia will blame on Ukraine.")
    assert [status for t, *_, status in _acts(doc) if t == "DISAPPROVE"] == ["hypothetical"], _acts(doc)


def test_a_would_stance_with_no_condition_is_no_event(base_nlp):
    # events 0.7.185 (check not-speculation; demo: globalvoices 2009-06-08): the writer's "would be
    # proud to host" tells an irrealis stance, no visit
    doc = base_nlp("A peace loving country with a respected voice in the region, Morocco is a long time friend "
                   "of the United States and would be proud to host President Barack Obama in this historical event.")
    assert not any(t == "CONSULT" for t, *_ in _acts(doc)), _acts(doc)


def test_a_would_stance_under_a_condition_or_of_the_speaker_stays_hypothetical(base_nlp):
    for text in ("If invited, Morocco would be proud to host President Obama.",
                 "Morocco would be proud to host President Obama if he came to Africa.",
                 "We would be happy to host President Obama."):
        acts = _acts(base_nlp(text))
        assert [status for t, _, _, status in acts if t == "CONSULT"] == ["hypothetical"], (text, acts)
