"""Who acts in a participle on a document or decision noun, and whom a request noun's asking
participle addresses (events 0.8.176): "the court's ruling recognising X" is the court's act, a
thing subject's owner never does what the ruling did, and "the request of X asking Y to V" is
addressed to Y."""

from __future__ import annotations

from tests.nlp.linked_events import coded, show


def _pairs(events, event_type):
    return {(e.source_text, e.target_text) for e in events if e.type == event_type}


# ---------------------------------------------------------------- a participle after a decision noun

def test_a_participle_after_a_decision_of_a_body_is_that_bodys_act(base_nlp):
    # the parser hangs "condemning" on "comes" (advcl); the protest's owner condemns nothing
    events = coded(base_nlp, "The protest of the farmers comes after a decision of the European Commission, "
                             "condemning France.")
    assert _pairs(events, "DISAPPROVE") == {("European Commission", "France")}, show(events)


def test_a_participle_after_a_courts_ruling_is_the_courts_recognition(base_nlp):
    events = coded(base_nlp, "The complaint of the teachers stems from the ruling of the Constitutional Court "
                             "in May, recognising the Catholic Church as a charity.")
    assert _pairs(events, "SUPPORT") == {("Constitutional Court", "Catholic Church")}, show(events)
    assert not [e for e in events if e.source_text == "teachers"], show(events)


def test_a_possessive_author_of_the_ruling_acts(base_nlp):
    events = coded(base_nlp, "The reaction of the unions follows the court's ruling, recognising the company.")
    assert _pairs(events, "SUPPORT") == {("court", "company")}, show(events)


def test_a_party_subject_keeps_its_adverbial_participle(base_nlp):
    # contrast: the main clause's subject can act, so the supplementive participle is its act
    events = coded(base_nlp, "The government welcomed the ruling of the court, recognising the union.")
    assert ("government", "union") in _pairs(events, "SUPPORT"), show(events)
    events = coded(base_nlp, "The minister, recognising the court's ruling, praised the union.")
    assert _pairs(events, "SUPPORT") == {("minister", "union")}, show(events)


def test_a_party_rejecting_a_report_still_accuses(base_nlp):
    events = coded(base_nlp, "Germany rejected the UN report, accusing it of bias against Israel.")
    assert [e.source_text for e in events if e.trigger.startswith("accusing")] == ["Germany"], show(events)


# ---------------------------------------------------------------- the addressee of a request noun

def test_a_request_noun_with_an_asking_participle_names_its_addressee(base_nlp):
    events = coded(base_nlp, "The request of the Province of Verona asking religious schools to pay taxes "
                             "was approved.")
    assert _pairs(events, "DEMAND") == {("Province of Verona", "religious schools")}, show(events)


def test_an_asking_participle_the_parser_hangs_on_the_verb_is_the_requests(base_nlp):
    # "asking" is parsed as a complement of "recognised": the court asks no one
    events = coded(base_nlp, "The court recognised as valid the demand of the Province of Verona asking "
                             "religious schools to pay taxes.")
    assert _pairs(events, "DEMAND") == {("Province of Verona", "religious schools")}, show(events)
    assert ("court", "Province of Verona") in _pairs(events, "SUPPORT"), show(events)


def test_a_plain_asking_verb_is_unchanged(base_nlp):
    events = coded(base_nlp, "Several municipalities have started asking religious schools to pay taxes.")
    assert _pairs(events, "DEMAND") == {("Several municipalities", "religious schools")}, show(events)


def test_a_passive_participle_on_a_request_noun_spells_out_no_request(base_nlp):
    # "urged" (VBN) says what was done to the appeal; only an "-ing" participle asks
    from newsgraph.nlp.events.subjects import _request_participle_noun
    doc = base_nlp("The minister received the appeal of the mayor urged by the opposition parties.")
    urged = next(t for t in doc if t.lower_ == "urged")
    assert urged.tag_ == "VBN" and urged.dep_ == "acl" and doc[urged.head.i].lower_ == "appeal"
    assert _request_participle_noun(urged) is None
    doc = base_nlp("The minister received the appeal of the mayor urging the opposition parties to act.")
    urging = next(t for t in doc if t.lower_ == "urging")
    request = _request_participle_noun(urging)
    assert request is not None and doc[request.i].lower_ == "appeal"
