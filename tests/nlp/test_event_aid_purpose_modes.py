"""The AID mode of money or unspecified aid comes from what it is for (task aidmode51, stop 51).

CAMEO reads "PROVIDE + MILLION" as 071 economic aid, but money given for health, food, shelter or
emergency relief is humanitarian aid (CAMEO 073, CAMEO2PLOVER-2021 073 -> AID humanitarian; PLOVER
AID: "humanitarian aid such as emergency assistance"), and money for security forces or defence is
military (072). What is given names the kind first where it is specific (goods, "security
assistance"); a stated purpose -- a "to" infinitive or a "for" phrase -- decides only for money and
aid that name no kind (event_detection.yaml aid_purpose_kinds, aid_money_nouns); a field noun
(security, defence, trade) with a modifier of no kind ("energy security") and goods produced ("food
production") name none (review 51). Also: "doses", which
spaCy lemmatizes as "dos", is the goods noun "dose" (humanitarian). Sentences invented for the task."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import explain as _explain, linked as _events


def _aid(nlp, text, trigger):
    events = [e for e in _events(nlp, text) if e.type == "AID" and trigger in e.trigger.lower()]
    assert events, _explain(_events(nlp, text))
    return events


@pytest.mark.parametrize("text, trigger, mode", [
    # a purpose infinitive naming a humanitarian need, on the verb
    ("The United States has provided $15 million to meet the food needs of refugees in Chad.",
     "provided", "humanitarian"),
    # ... on the aid noun an amount is given in, with a fronted purpose as well
    ("To contain the cholera outbreak, Japan gave Yemen more than $9 million in assistance to meet the "
     "medical needs of its hospitals.", "gave", "humanitarian"),
    # a fronted purpose alone
    ("To respond to the measles epidemic, Canada provided $3 million to Chad.", "provided", "humanitarian"),
    # a "for" phrase
    ("Japan provided $5 million for emergency relief after the earthquake.", "provided", "humanitarian"),
    # a money noun, a purpose verb's prepositional object
    ("Norway provided funding to cope with the drought in Kenya.", "provided", "humanitarian"),
    # conjoined purposes: one of them names the kind
    ("The United States provided $25 million in assistance to support the regularization of migrants "
     "and to respond to urgent humanitarian needs.", "provided", "humanitarian"),
    # a governed verb's object ("help X recover from ...")
    ("The Netherlands gave $4 million to help Mozambique recover from the cyclone.", "gave", "humanitarian"),
    # military purposes: the recipient's kind ("security forces"), defence
    ("The European Union provided $30 million in assistance to support Somalia's security forces.",
     "provided", "military"),
    ("Australia provided $6 million to Fiji to strengthen its defense capabilities.", "provided", "military"),
    # unspecified aid for the economy is economic (no mode before), on the verb of a relative clause
    ("The assistance Nordic donors have given Moldova to shore up its economy has grown.", "given", "economic"),
    # a field noun with a kind word for its modifier keeps that kind ("food security" is food); bare,
    # the table's ("security" military, "trade" economic)
    ("Sweden provided $5 million to strengthen food security in Niger.", "provided", "humanitarian"),
    ("Canada provided $8 million to improve security in Haiti.", "provided", "military"),
    ("Turkey provided $3 million to expand trade with Georgia.", "provided", "economic"),
    # goods as the modifier of a need (CAMEO 073 relief of a shortage)
    ("Denmark provided $4 million to relieve food shortages in Chad.", "provided", "humanitarian"),
])
def test_money_or_unspecified_aid_takes_the_kind_of_its_purpose(nlp, text, trigger, mode):
    events = _aid(nlp, text, trigger)
    assert all(e.mode == mode for e in events), _explain(events)
    assert all("the aid's purpose" in e.explanation for e in events), _explain(events)


@pytest.mark.parametrize("text, trigger, mode", [
    # an economic purpose keeps CAMEO 071's economic
    ("The United States has provided $20 million to support the country's economic reform.", "provided",
     "economic"),
    ("The World Bank provided $50 million to support trade and investment in Kenya.", "provided", "economic"),
    # the aid names its own kind: the purpose does not override it
    ("The United States has provided $40 million in security assistance to respond to the flood.",
     "provided", "military"),
    # a time phrase is no purpose; the purpose names no kind
    ("The United States provided $10 million after the earthquake to support reconstruction.", "provided",
     "economic"),
    # no purpose at all: money stays economic
    ("The United States has provided $300 million to Haiti.", "provided", "economic"),
    # a purpose of no kind (an investigation; the recipient "authorities" names none) leaves no mode
    ("Belgium has provided assistance to help Burundi's prosecutors carry out an inquiry into the killings.",
     "provided", None),
    # a loan is economic whatever it pays for (CAMEO "EXTEND LOAN" 071)
    ("The World Bank provided a loan to support the health sector in Ghana.", "provided", "economic"),
])
def test_purpose_of_no_other_kind_or_specific_aid_keeps_the_mode(nlp, text, trigger, mode):
    events = _aid(nlp, text, trigger)
    assert all(e.mode == mode for e in events), _explain(events)


@pytest.mark.parametrize("text, trigger", [
    ("Last month Spain delivered 150,000 doses of measles vaccine to clinics in Bolivia.", "delivered"),
    ("Italy delivered 200,000 doses to Tunisia.", "delivered"),
])
def test_plural_doses_are_humanitarian_goods(nlp, text, trigger):
    # spaCy lemmatizes "doses" as "dos" (WordNet's plural noun of "do"); the regular singular
    # "dose" is the goods noun (plover_frames.yaml goods_nouns humanitarian)
    events = _aid(nlp, text, trigger)
    assert all(e.mode == "humanitarian" for e in events), _explain(events)


def test_announced_donation_of_doses_is_agreed_humanitarian_aid(nlp):
    # the announce + donation-of-goods frame reads "doses" as goods now, as it reads "vaccines":
    # an announced act of aid is AGREE with the aid's kind (PLOVER AID: promises are AGREE)
    text = "Ireland announced a further donation of 40,000 flu vaccine doses to Malawi on Monday."
    events = [e for e in _events(nlp, text) if e.trigger.lower().startswith("announced")]
    assert [(e.type, e.mode, e.target_key) for e in events] == [("AGREE", "aid:humanitarian", "country:MWI")], \
        _explain(_events(nlp, text))


@pytest.mark.parametrize("text", [
    # a field noun (aid_purpose_field_nouns) whose modifier names a field of no kind of aid names no
    # kind: the money keeps CAMEO 071's economic
    "Germany gave $12 million to strengthen energy security in Georgia.",
    "Finland provided $6 million to back social security reform in Armenia.",
    "Ireland provided $1 million to pay for the legal defense of detained reporters in Belarus.",
    "New Zealand provided $2 million to Tonga for its election security.",
    "Estonia provided $5 million for cyber defense training in Moldova.",
    "Portugal provided $6 million to curb the illegal timber trade in Guinea.",
    # "job" names economic (jobs: development, CAMEO 071), not "security"'s military
    "Austria provided $3 million to protect job security for miners in Zambia.",
    # conjoined purposes, each read on its own: jobs economic, food security humanitarian -> unchanged
    "Italy gave $9 million to promote job creation and food security in Niger.",
    # goods produced are development, not relief (CAMEO 071, not 073): no humanitarian purpose
    "Spain provided $14 million to increase food production in Senegal.",
])
def test_field_or_production_purpose_of_no_aid_kind_keeps_money_economic(nlp, text):
    events = _aid(nlp, text, "")
    assert [e.mode for e in events] == ["economic"], _explain(events)


def test_purposes_of_two_kinds_one_a_verb_leave_the_mode_unset(nlp):
    # recovering from a cyclone is relief (humanitarian), trading the catch economic: the governed
    # verb's conjunct is a purpose too, and a purpose verb that is a kind word ("trade") names it
    text = "Belgium provided funding to help fishermen recover from the cyclone and trade their catch."
    events = _aid(nlp, text, "provided")
    assert [e.mode for e in events] == [None], _explain(events)
