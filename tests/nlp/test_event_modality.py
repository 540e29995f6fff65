"""Acts under a condition, a possibility, a habitual description or a reported deontic claim are
no asserted events (issue 6 hand checks, task `modality`). Each sentence is one of the judged
demo sentences (State Department and White House releases in examples/) or the pattern it
stands for; the expected status is the one TimeML / FactBank give such a clause."""

from __future__ import annotations

from tests.nlp.linked_events import coded as _events


def _statuses(events, event_type):
    return [e.status for e in events if e.type == event_type]


# ---------------------------------------------------------------- conditions

def test_a_reduced_condition_makes_the_act_hypothetical(base_nlp):
    # "If approved" is about the subject itself: the act is no promise yet
    events = _events(base_nlp, "If approved, the United States will provide $500 million to Ukraine.")
    assert events and all(e.status == "hypothetical" for e in events)


def test_a_nominees_duty_if_confirmed_is_no_event(base_nlp):
    # check not-office-duty (events 0.7.173): what a nominee will do "if confirmed" is the duty of
    # the post, no interaction between actors (State Department nomination releases)
    events = _events(base_nlp, "If confirmed, Ambassador Brink will lead our diplomatic mission in Ukraine "
                               "with dedication and distinction.")
    assert events == [], [(e.type, e.trigger) for e in events]


def test_an_announced_act_under_a_full_condition_stays_planned(base_nlp):
    # the same frame with a condition that has its own subject is a conditional offer or threat
    events = _events(base_nlp, "If Russia invades Ukraine, the United States will impose sanctions on Russia.")
    assert "planned" in [e.status for e in events if e.source_text == "United States"]


def test_an_act_in_a_present_temporal_clause_is_hypothetical(base_nlp):
    # "once" + simple present tells a future occasion under a future main clause, no designation made
    events = _events(base_nlp, "Once the Secretary of State designates officials of Russia, the United States "
                               "will impose sanctions on them.")
    assert _statuses(events, "SANCTION") == ["hypothetical"]
    events = [e for e in _events(base_nlp, "Whenever the regime arrests journalists, the embassy protests.")
              if e.trigger.startswith("arrest")]
    assert events and all(e.status == "hypothetical" for e in events)


def test_an_act_in_a_temporal_clause_of_an_act_to_come_is_planned(base_nlp):
    events = _events(base_nlp, "When the Secretary visits Kyiv next week, she will meet President Zelenskyy.")
    visits = [e for e in events if e.trigger == "visits"]
    assert visits and visits[0].status == "planned"


def test_an_act_in_a_past_temporal_clause_stays_asserted(base_nlp):
    events = _events(base_nlp, "Once the Secretary of State designated the officials, the bank froze their accounts.")
    assert _statuses(events, "SANCTION") == ["asserted"]


def test_an_act_in_an_if_clause_is_no_event_of_its_own(base_nlp):
    # the condition antecedent is no reported act (condition_antecedent_check, task modalcond)
    events = _events(base_nlp, "We can only conclude negotiations and implement it if Iran drops its additional "
                               "demands that are extraneous to the JCPOA.")
    assert [e.status for e in events if e.source_text == "Iran"] == []


# ---------------------------------------------------------------- capability / possibility

def test_the_purpose_of_a_possible_act_is_hypothetical(base_nlp):
    events = _events(base_nlp, "Sherwood-Randall conducted field visits to the Darien jungle to assess what "
                               "additional steps the United States can take to support our regional partners.")
    # never asserted; since events 0.7.118 (not-possibility-frame) the possibility asked is no event at all
    assert _statuses(events, "SUPPORT") == []
    events = _events(base_nlp, "The controls deny them access to items they can use to support Russia's military.")
    assert _statuses(events, "SUPPORT") == []


def test_the_purpose_of_a_done_act_stays_asserted(base_nlp):
    events = _events(base_nlp, "The United States took steps to support Ukraine's defense.")
    assert "asserted" in _statuses(events, "SUPPORT")


# ---------------------------------------------------------------- descriptions

def test_an_outcome_inside_a_habitual_description_is_no_event(base_nlp):
    events = _events(base_nlp, "We remain in close contact with Ukraine and are supportive of President Zelenskyy's "
                               "commitment to engage in diplomacy that leads to Russia stopping its attacks and "
                               "withdrawing its forces.")
    assert not [e for e in events if e.type in ("RETREAT", "CONCEDE")]


def test_a_means_of_a_standing_practice_is_no_event(base_nlp):
    events = _events(base_nlp, "The GoR leverages maritime shipping and other marine sector companies to advance its "
                               "strategic aims, including by supporting the resupply of its troops.")
    assert not _statuses(events, "SUPPORT")


def test_a_means_of_a_told_happening_stays(base_nlp):
    # progressive and past frames tell what is being done
    events = _events(base_nlp, "The Department of State is imposing substantial costs on Russia's defense "
                               "enterprises by sanctioning 22 defense-related firms.")
    assert "SANCTION" in [e.type for e in events]
    events = _events(base_nlp, "Ecuador set the example by granting Temporary Protected Status to Venezuelans.")
    assert "AID" in [e.type for e in events]


# ---------------------------------------------------------------- reported deontic claims

def test_a_reported_passive_obligation_is_no_demand(base_nlp):
    events = _events(base_nlp, "Former Namibia's President, Sam Nujoma, once stated that \"Homosexuals must be "
                               "condemned and rejected in our society.\"")
    assert "DEMAND" not in [e.type for e in events]


def test_a_reported_obligation_on_a_named_party_is_a_demand(base_nlp):
    events = _events(base_nlp, "The minister stated that Russia must withdraw its forces from Ukraine.")
    demands = [e for e in events if e.type == "DEMAND"]
    assert demands and demands[0].target_text == "Russia"


def test_a_reported_passive_obligation_is_no_act_either(base_nlp):
    events = _events(base_nlp, "The Minister of Interior has stated that Pizango and others should be arrested and "
                               "brought to the authorities.")
    assert not [e for e in events if e.type in ("DEMAND", "COERCE")]


def test_an_act_done_together_with_named_partners_stays(base_nlp):
    events = _events(base_nlp, "The United States stands with our partners around the world in rejecting whatever "
                               "fabricated outcomes Russia will announce.")
    assert [e.source_text for e in events if e.type == "REJECT"] == ["United States"]


def test_a_standing_role_of_an_office_is_no_event(base_nlp):
    events = _events(base_nlp, "PRM leads in providing U.S. humanitarian assistance, protection, and solutions for "
                               "refugees.")
    assert "AID" not in [e.type for e in events]


def test_an_act_reached_from_a_condition_through_an_infinitive_is_no_event(base_nlp):
    # judged W (task modalcond): the condition's acts are no events of their own
    events = _events(base_nlp, "And so if the Speaker does decide to visit, and China tries to create some kind of "
                               "crisis, that would be entirely on Beijing.")
    assert [e for e in events if e.source_text in ("Speaker", "China")] == []


def test_a_gerund_in_the_purpose_of_a_possible_act_is_hypothetical(base_nlp):
    events = _events(base_nlp, "Sherwood-Randall assessed what additional steps the United States can take to "
                               "support our regional partners in reducing irregular migration and providing "
                               "humanitarian relief.")
    assert _statuses(events, "AID") == []  # not asserted; a possibility asked (not-possibility-frame, 0.7.118)


def test_the_means_of_an_act_to_come_keeps_its_status(base_nlp):
    events = _events(base_nlp, "The United States will continue to support Ukraine, including by providing air "
                               "defense systems.")
    assert [e.status for e in events if e.trigger.startswith("providing")] == ["asserted"]


def test_a_purpose_inside_a_habitual_relative_clause_is_no_event(base_nlp):
    events = _events(base_nlp, "Specifically, the amended E.O. identifies the gold sector of the Nicaraguan economy, "
                               "which the Ortega-Murillo regime uses to fund its authoritarian and destabilizing "
                               "activities.")
    assert "AID" not in [e.type for e in events]
    # an aspect verb in the relative clause tells the act going on
    events = _events(base_nlp, "The Secretary condemned Russia's brutal attacks, which continue to wound and kill "
                               "innocent civilians.")
    assert "ASSAULT" in [e.type for e in events]


def test_an_act_under_a_conditional_adjective_frame_is_no_event(base_nlp):
    # judged W (task modalcond): AID Russia -> international community at 0.83 from the condition
    events = _events(base_nlp, "The United States, and I personally, remain committed to diplomacy if Russia is "
                               "prepared to take demonstrable steps to provide the international community with any "
                               "degree of confidence that it's serious about de-escalating.")
    assert [e.status for e in events if e.source_text == "Russia"] == []


# ---------------------------------------------------------------- free participial adjuncts

def test_a_participle_hanging_on_a_will_clause_is_planned(base_nlp):
    # a demo trip note (State Department, 2022-06-27): the "-ing" adjunct has no tense of its own
    # and shares the matrix clause's "will"
    events = _events(base_nlp, "In Houston, she will attend a naturalization ceremony, congratulating new U.S. citizens.")
    congratulating = [e for e in events if e.trigger.startswith("congratulat")]
    assert congratulating and all(e.status == "planned" for e in congratulating)


def test_a_participle_hanging_on_a_past_clause_stays_asserted(base_nlp):
    events = _events(base_nlp, "The Secretary met Foreign Minister Kuleba in Kyiv, praising Ukraine for its courage.")
    praising = [e for e in events if e.trigger.startswith("prais")]
    assert praising and all(e.status == "asserted" for e in praising)


def test_an_act_in_the_occasion_of_a_standing_rule_is_no_event(base_nlp):
    # events 0.7.185 (check not-free-occasion, rule_occasion_marks; demo: statedept 2021-06-17):
    # "once" + present under a present main clause states a rule over every case, no designation made
    events = _events(base_nlp, "Under this authority, once the Secretary of State designates officials of foreign "
                               "governments for their involvement in significant corruption, those individuals are "
                               "ineligible for entry into the United States.")
    assert _statuses(events, "SANCTION") == [], [e.explanation for e in events]
