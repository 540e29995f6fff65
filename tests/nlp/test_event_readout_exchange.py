"""Acts with no party named that a readout tells of one side of the meeting it reports (task
targetless, s15): talks ("In addition to discussing ...") and promises ("pledged to continue our
close cooperation") are with the other side of the meeting reported before (PLOVER CONSULT is
between its participants; AGREE a promise to a party). Fixture sentences are from the demo corpus
(examples/statedept) unless marked as a contrast."""

from __future__ import annotations

from tests.nlp.linked_events import explain as _explain, linked as _events


SHERMAN_CALL = ("Deputy Secretary of State Wendy Sherman spoke today with Peruvian Foreign Minister César Landa "
                "about our shared democratic values and opposition to Russia’s premeditated, unprovoked, and "
                "unjustified invasion of Ukraine. ")


def test_talks_told_again_in_a_readout_are_the_call_itself(nlp):
    # Deputy Secretary Sherman's call with Peruvian Foreign Minister Landa (March 2022): "discussing"
    # restates the call, with Landa; it is the call's one CONSULT, not a second one with nobody
    events = _events(nlp, SHERMAN_CALL + "In addition to discussing opportunities to further strengthen Peru-U.S. "
                     "relations, Deputy Secretary Sherman commended the Peruvian government for its leadership in "
                     "condemning Russia’s actions.")
    consult = [e for e in events if e.type == "CONSULT"]
    assert consult and all(e.target_text == "César Landa" for e in consult), _explain(consult)


def test_a_promise_with_no_party_in_a_readout_is_to_the_other_side(nlp):
    # the same call, a promise with no party named (as in Secretary Blinken's meeting with Colombian
    # Vice President Ramírez, May 2021: "pledged to continue our close cooperation to support ...")
    events = _events(nlp, SHERMAN_CALL + "The Deputy Secretary pledged to continue our close cooperation to "
                     "support democracy in the hemisphere.")
    pledged = [e for e in events if "pledged" in e.trigger and e.type == "AGREE"]
    assert pledged and all(e.target_text == "César Landa" for e in pledged), _explain(pledged)
    assert all("the other side of the meeting" in e.explanation for e in pledged), _explain(pledged)


def test_an_act_of_a_third_party_takes_no_side_of_the_meeting(nlp):
    # contrast: the source is neither side of the call; nothing is handed on
    events = _events(nlp, SHERMAN_CALL + "The European Union pledged to continue its efforts.")
    pledged = [e for e in events if "pledged" in e.trigger]
    assert all("the other side of the meeting" not in e.explanation for e in pledged), _explain(pledged)


def test_a_meeting_with_a_party_of_its_own_is_not_handed_the_other_side(nlp):
    # Counselor Chollet's trip to Ukraine (2022): "also met with" names another party, resolved or not
    events = _events(nlp, SHERMAN_CALL + "The Deputy Secretary also met with energy sector and corporate governance "
                     "leaders to discuss energy security.")
    met = [e for e in events if e.trigger.startswith("met")]
    assert all(e.target_text != "César Landa" for e in met), _explain(met)


RAMIREZ_CALL = ("The below is attributable to Spokesperson Ned Price:\n"
                "Secretary of State Antony J. Blinken spoke today with Colombian Vice President and Foreign Minister "
                "Marta Lucia Ramirez. The Secretary reaffirmed the enduring partnership between our two countries. ")


def test_verbal_support_by_a_pronoun_side_in_a_readout_is_to_the_other_side(nlp):
    # Secretary Blinken's call with Colombian Vice President Ramírez (July 2021): "He" is Blinken
    # (coreference), his stated commitment in the call is said to Ramírez (the target); a commitment
    # to the sides' own acts is PLOVER AGREE "commitment to cooperate" since events 0.7.550
    events = _events(nlp, RAMIREZ_CALL + "He emphasized our shared commitment to expanding citizen security in "
                     "the region, meeting our joint counter-narcotics goals, and listening to citizens’ concerns.")
    support = [e for e in events if e.type == "AGREE" and "emphasized" in e.trigger]
    assert support and all(e.target_text == "Marta Lucia Ramirez" for e in support), _explain(support)


def test_a_pronoun_side_stressing_importance_in_a_readout_asks_the_other(nlp):
    # the same call (contrast sentence): stressing the importance of an act on people the partner
    # can do ("protecting civilians") is a DEMAND that asks Ramírez
    events = _events(nlp, RAMIREZ_CALL + "He emphasized the importance of protecting civilians in the region.")
    demand = [e for e in events if e.type == "DEMAND"]
    assert demand and all(e.target_text == "Marta Lucia Ramirez" for e in demand), _explain(demand)


def test_stressing_the_importance_of_defending_a_value_asks_nobody(nlp):
    # the same call: "the importance of defending and advancing democracy" names a value to uphold,
    # no act asked of Ramírez (events 0.7.640, the abstract_causes values): no DEMAND
    events = _events(nlp, RAMIREZ_CALL + "He emphasized the importance of defending and advancing democracy in "
                     "the region, particularly in Haiti, Nicaragua, Venezuela, and Cuba.")
    assert not [e for e in events if e.type == "DEMAND"], _explain(events)
    assert [e for e in events if e.type == "CONSULT"], _explain(events)


def test_support_with_its_own_target_in_a_readout_keeps_it(nlp):
    # contrast, the same call: support "for Colombia's recovery" names its target; nothing handed on
    events = _events(nlp, RAMIREZ_CALL + "He expressed U.S. support for Colombia’s COVID-19 pandemic recovery.")
    support = [e for e in events if e.type == "SUPPORT"]
    assert support and all("the other side of the meeting" not in e.explanation for e in support), _explain(support)


def test_co_subjects_committed_to_our_countries_act_between_each_other(nlp):
    # Secretary Blinken's meeting with Colombian Foreign Minister Francá (2021): "our countries" are
    # the two co-subjects' own sides, one act between them, not two acts towards an unkeyed plural
    events = _events(nlp, "Secretary of State Antony J. Blinken met today with Colombian Foreign Minister Carlos "
                     "Francá. The Secretary and the Foreign Minister underscored their commitment to building a "
                     "long-term strategic partnership between our countries based on shared interests in economic "
                     "prosperity, security, environment, and democracy.")
    joint = [e for e in events if "underscored" in e.trigger]
    assert joint and all(e.target_text != "our countries" for e in joint), _explain(joint)
    # a commitment the two restate together is their joint promise (as for "the two leaders")
    assert all(e.type == "AGREE" for e in joint), _explain(joint)
    assert any(e.source_text and e.target_text and "Minister" in e.source_text + e.target_text for e in joint), \
        _explain(joint)


WHITE_HOUSE = "The White House"
XI_CALL = ("President Joseph R. Biden, Jr. spoke today with President Xi Jinping of the People’s Republic of China "
           "(PRC). The conversation focused on Russia’s unprovoked invasion of Ukraine. ")


def test_support_of_a_bare_title_the_linker_keys_is_to_the_other_side(nlp):
    # Readout of President Biden's call with President Xi (March 2022): "The President" fits both
    # presidents in the extractor; the linker keys it to Biden (the release's state), so the support
    # he underscores in the call is to Xi (linking._readout_counterparts)
    events = _events(nlp, XI_CALL + "The President underscored his support for a diplomatic resolution to the crisis.",
                     outlet=WHITE_HOUSE)
    support = [e for e in events if e.type == "SUPPORT" and "underscored" in e.trigger]
    assert support and all(e.target_key == "person:xi-jinping" for e in support), _explain(support)
    assert all("the other side of the meeting" in e.explanation for e in support), _explain(support)


def test_an_act_of_a_third_party_after_a_call_keeps_no_target(nlp):
    # contrast, the same call: "the United States" is neither side of the call; nothing is handed on
    events = _events(nlp, XI_CALL + "The United States continues to support a diplomatic resolution to the crisis.",
                     outlet=WHITE_HOUSE)
    support = [e for e in events if e.type == "SUPPORT"]
    assert all(e.target_key != "person:xi-jinping" for e in support), _explain(support)


CALL = "Secretary Blinken spoke today with Chilean Foreign Minister Ana Rojas about regional security. "


def test_a_concern_voiced_in_a_readout_is_voiced_to_the_other_side(nlp):
    # PLOVER DISAPPROVE, told of one side of the call with no party named: said to the counterpart
    events = _events(nlp, CALL + "The Secretary expressed deep concern about efforts to weaken the electoral court.")
    concern = [e for e in events if e.type == "DISAPPROVE"]
    assert concern and all(e.target_text == "Ana Rojas" for e in concern), _explain(concern)
    assert all("the other side of the meeting" in e.explanation for e in concern), _explain(concern)


def test_a_stance_on_an_object_or_a_clause_is_not_handed_the_other_side(nlp):
    # contrast: "condemned the launches" and "concern that X ..." are stances on someone else's act
    for act in ("The Secretary condemned the missile launches.",
                "The Secretary expressed concern that the launches show the resolve of North Korea."):
        events = _events(nlp, CALL + act)
        stance = [e for e in events if e.type == "DISAPPROVE"]
        assert all(e.target_text != "Ana Rojas" for e in stance), _explain(stance)


def test_a_meeting_told_just_before_is_continued_past_the_lead(nlp):
    # a trip readout's later leg: the meeting is the fourth sentence, the act the fifth
    text = ("Secretary Blinken led a delegation to Peru and Chile last week. The trip focused on migration. "
            "The delegation also visited a port. In Chile, Secretary Blinken met with Foreign Minister Ana Rojas. "
            "He expressed appreciation for the close cooperation on migration.")
    events = _events(nlp, text)
    praise = [e for e in events if e.type == "SUPPORT" and "appreciation" in e.trigger]
    assert praise and all(e.target_text == "Ana Rojas" for e in praise), _explain(praise)


BLINKEN_HAYASHI = "Secretary Blinken spoke today with Japanese Foreign Minister Hayashi. "


def test_a_concern_about_a_third_party_deed_is_not_sent_to_the_counterpart(nlp):
    # review 36a item 1: the concern is about launches or attacks, not about Japan or Ukraine
    for text in (BLINKEN_HAYASHI + "The Secretary expressed deep concern about the recent ballistic missile launches.",
                 "Secretary Blinken spoke today with Ukrainian Foreign Minister Kuleba. The Secretary expressed "
                 "deep concern about reports of attacks on civilians."):
        concern = [e for e in _events(nlp, text) if e.type == "DISAPPROVE"]
        assert concern and all(e.target_text is None for e in concern), _explain(concern)


def test_a_concern_about_a_policy_in_a_readout_is_voiced_to_the_counterpart(nlp):
    concern = [e for e in _events(nlp, BLINKEN_HAYASHI + "The Secretary expressed concern about the economic "
                                  "policy.") if e.type == "DISAPPROVE"]
    assert concern and concern[0].target_text == "Hayashi", _explain(concern)
