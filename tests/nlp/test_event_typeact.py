"""Types read from the act, not the verb (task typeact; PLOVER codebook): a council launched is
COOPERATE, aid approved or aid that supports is AID, a text's wording agreed is no AGREE, a commitment
whose act the parser hangs on the verb is AGREE, refuge given by hosts a participle describes is no
visit hosted, unnamed federal agencies convened are the source's own organs, and a date is no phrase
of an open CAMEO preposition pattern. Sentences are written in news style after demo-corpus instances."""

from __future__ import annotations

from tests.nlp.linked_events import explain as _explain, linked as _events


def test_launching_a_joint_council_is_cooperation_not_a_demand(nlp):
    events = _events(nlp, "Canada and Mexico launched the Canada-Mexico Energy Council last spring.")
    launched = [e for e in events if e.trigger.startswith("launched")]
    assert launched and all(e.type == "COOPERATE" for e in launched), _explain(events)
    assert not [e for e in events if e.type == "DEMAND"], _explain(events)


def test_launching_an_attack_stays_an_assault(nlp):
    events = _events(nlp, "Russian forces launched an attack on the city of Kharkiv.")
    assert [e for e in events if e.type == "ASSAULT"], _explain(events)
    assert not [e for e in events if e.type == "COOPERATE"], _explain(events)


def test_security_assistance_approved_for_a_state_is_military_aid(nlp):
    events = _events(nlp, "The new German security assistance approved for Moldova on Friday "
                          "includes air defence radars.")
    approved = [e for e in events if e.trigger.startswith("approved")]
    assert approved and all((e.type, e.mode) == ("AID", "military") for e in approved), _explain(events)
    assert not [e for e in events if e.type == "SUPPORT"], _explain(events)


def test_efforts_that_support_a_party_are_aid(nlp):
    events = _events(nlp, "The Japanese government's efforts, coordinated with international partners, "
                          "support Ukraine's demining teams.")
    supports = [e for e in events if e.trigger.startswith("support")]
    assert supports and all(e.type == "AID" for e in supports), _explain(events)


def test_a_state_supporting_a_party_stays_verbal_support(nlp):
    events = _events(nlp, "The Japanese government strongly supports Ukraine's sovereignty.")
    assert [e for e in events if e.type == "SUPPORT"], _explain(events)


def test_an_agreed_text_is_no_agreement(nlp):
    events = _events(nlp, "The text of the joint declaration was agreed upon by the ministers of culture "
                          "from the countries listed below.")
    assert not [e for e in events if e.type == "AGREE"], _explain(events)


def test_an_agreement_on_a_plan_stays_agree(nlp):
    events = _events(nlp, "Colombia and Ecuador agreed on a joint plan to fight drug trafficking.")
    assert [e for e in events if e.type == "AGREE"], _explain(events)


def test_commitment_whose_infinitive_hangs_on_the_verb_is_agree(nlp):
    text = ("Secretary Blinken met with Brazilian Foreign Minister Mauro Vieira on Monday. Mr. Blinken and "
            "Mr. Vieira also reaffirmed joint commitments by both presidents at the G20 summit to help "
            "promote food security.")
    events = _events(nlp, text)
    restated = [e for e in events if e.trigger.startswith("reaffirmed")]
    assert restated and all(e.type == "AGREE" for e in restated), _explain(events)


def test_hosts_described_by_a_participle_give_no_visit_or_aid_of_the_subject(nlp):
    text = ("The United States commends the generosity of the countries in the region hosting fleeing "
            "Syrians, and we are working to support them.")
    events = _events(nlp, text)
    assert not [e for e in events if e.type == "CONSULT"], _explain(events)
    assert not [e for e in events if e.trigger.startswith("hosting")], _explain(events)


def test_a_named_host_of_fleeing_people_gives_refuge(nlp):
    events = _events(nlp, "Poland is hosting fleeing Ukrainians in Warsaw.")
    hosting = [e for e in events if e.trigger.startswith("hosting")]
    assert hosting and all((e.type, e.mode) == ("AID", "asylum") for e in hosting), _explain(events)


def test_federal_agencies_convened_by_an_office_are_its_own_government(nlp):
    text = ("The White House Office of National Drug Control Policy (ONDCP) named xylazine an emerging threat. "
            "Since then, ONDCP has convened federal departments and agencies to write a response plan.")
    events = _events(nlp, text)
    assert not [e for e in events if e.type == "CONSULT"], _explain(events)
    events = _events(nlp, "The task force has convened federal departments and agencies to draft a national strategy.")
    assert not [e for e in events if e.type == "CONSULT"], _explain(events)


def test_federal_agencies_of_a_named_foreign_state_stay_partners(nlp):
    events = _events(nlp, "Secretary Blinken met with federal agencies in Mexico City on Tuesday.")
    assert [e for e in events if e.type == "CONSULT"], _explain(events)


def test_an_office_meeting_a_foreign_ministry_stays_a_meeting(nlp):
    text = "ONDCP Director Rahul Gupta met with Mexican Foreign Secretary Alicia Barcena in Mexico City."
    events = _events(nlp, text)
    assert [e for e in events if e.type == "CONSULT"], _explain(events)


def test_a_year_is_no_phrase_of_flying_aid_in(nlp):
    events = _events(nlp, "The 340th Expeditionary Air Refueling Squadron flew more than 9,000 sorties in 2016.")
    assert not [e for e in events if e.type == "AID"], _explain(events)


def test_federal_agencies_parsed_as_the_purpose_clause_subject_are_no_partner(base_nlp):
    # the parser makes "departments" the subject of "to develop" when a line break splits the phrase
    from newsgraph.nlp.events import find_events

    doc = base_nlp("Since May, the task force has convened federal government\ndepartments and agencies to develop "
                   "and implement the national plan.")
    assert not [e for e in find_events(doc) if e.type == "CONSULT"]
    doc = base_nlp("The Secretary convened foreign ministers to discuss the crisis.")
    assert [e for e in find_events(doc) if e.type == "CONSULT"]
