"""A stance on a definite act noun targets the doer of the act it refers back to (act_doers.py).

Fixtures: U.S. Department of State releases of the demo corpus (examples/statedept)."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.act_doers import act_nouns, settings
from newsgraph.nlp.pipeline import extract
from newsgraph.nlp.types import Event

OUTLET = "United States Department of State"

LAUNCHES = (
    "On March 10, Special Representative for the DPRK Sung Kim called PRC Special Representative on Korean "
    "Peninsula Affairs Liu Xiaoming to discuss the DPRK’s February 26 and March 4 ballistic missile launches, which "
    "the U.S. government has concluded were tests of a new DPRK intercontinental ballistic missile system.\n"
    "Special Representative Kim strongly condemned the launches, which violated multiple UN Security Council "
    "resolutions and present a serious threat to international peace and security."
)

ACTIONS = (
    "The United States calls on President Ortega and the Nicaraguan government to immediately release presidential "
    "candidates Cristiana Chamorro, Arturo Cruz, Félix Maradiaga, Juan Sebastian Chamorro and other civil society "
    "and opposition leaders arrested in the past week, including in last night’s crackdown, which sent independent "
    "journalists and activists into hiding for fear of reprisals. The United States condemns these actions in the "
    "most unequivocal terms."
)


def _stance(extraction, trigger: str):
    return next(e for e in extraction.events if e.trigger == trigger and e.type == "DISAPPROVE")


def test_condemned_launches_target_the_state_whose_launches_were_told_before(nlp):
    x = extract(LAUNCHES, dt.date(2022, 3, 11), nlp=nlp, outlet=OUTLET)
    condemned = _stance(x, "condemned")
    assert condemned.target_key == "country:PRK"
    assert condemned.target_acts_for == "PRK"
    assert "refers back" in condemned.explanation


def test_these_actions_target_the_doer_of_the_hostile_acts_just_told(nlp):
    x = extract(ACTIONS, dt.date(2021, 6, 10), nlp=nlp, outlet=OUTLET)
    assert _stance(x, "condemns").target_acts_for == "NIC"


def test_no_target_when_the_act_noun_has_no_antecedent(nlp):
    x = extract("The minister met reporters on Monday. The United States condemns the launches.", dt.date(2022, 3, 11),
                nlp=nlp)
    assert _stance(x, "condemns").target_key is None


def test_no_target_when_two_doers_fit(nlp):
    text = ("Russia's launches and China's launches alarmed the region. "
            "The United States condemned the launches.")
    x = extract(text, dt.date(2022, 3, 11), nlp=nlp)
    assert _stance(x, "condemned").target_key is None


def test_settings_name_the_stance_types_of_the_codebook():
    assert settings()["stance_types"] == {"DISAPPROVE", "SUPPORT", "REJECT"}
    assert settings()["demand_types"] == {"DEMAND"}


def _event_on(doc, trigger: str) -> Event:
    start = doc.text.index(trigger)
    sentence = next(s for s in doc.sents if s.start_char <= start < s.end_char)
    return Event("DISAPPROVE", sentence.start_char, sentence.end_char, trigger, start, start + len(trigger))


def test_a_postmodified_act_noun_is_no_anaphor(nlp):
    # (Wikinews, "Wikinews interviews New York bar owner on Santorum cocktail", 2012): "the response
    # of the press" names its own doer, it does not refer back to "Google's response"
    doc = nlp("He was quoted on his assessment of Google's response. "
              "Santorum criticized the response of the press to the phenomenon in a 2011 radio interview.")
    assert act_nouns(doc, _event_on(doc, "criticized")) == []
    doc = nlp("He was quoted on his assessment of Google's response. Santorum criticized the response.")
    assert [t.text for t in act_nouns(doc, _event_on(doc, "criticized"))] == ["response"]


def test_a_passive_participle_agent_names_the_doer_of_the_condemned_act(nlp):
    # (White House statement on Cuba, 2021)
    text = ("The President continues to call on Cuba’s leaders to reinstate and to maintain access to all Internet "
            "and telecommunications services for all people within its border, and condemns the use of partial or "
            "complete Internet shutdowns and network restrictions imposed by the Cuban Government, which restricts "
            "the exercise of human rights and disrupts access to essential services.")
    x = extract(text, dt.date(2021, 7, 22), nlp=nlp, outlet="The White House")
    condemns = _stance(x, "condemns")
    assert condemns.target_key == "country:CUB"
    assert "passive participle" in condemns.explanation


# a stance on an act noun whose act an earlier sentence tells with the noun's verb (WordNet
# derivation: "decision" <- decide, "announcement" <- announce, "ruling" <- rule), which is no
# event of its own: the verb's subject did it

def test_the_decision_refers_back_to_who_decided(nlp):
    text = ("The Turkish parliament decided on Tuesday to extend the mandate of troops deployed in Libya. "
            "Germany welcomed the decision.")
    welcomed = next(e for e in extract(text, dt.date(2023, 1, 11), nlp=nlp).events if e.type == "SUPPORT")
    assert welcomed.target_key == "country:TUR", welcomed.explanation
    assert "decided" in welcomed.explanation


def test_the_announcement_refers_back_to_who_announced(nlp):
    text = ("The Kenyan president announced a new tax on fuel in a televised address on Sunday. "
            "Opposition leaders denounced the announcement.")
    denounced = _stance(extract(text, dt.date(2023, 7, 3), nlp=nlp), "denounced")
    assert denounced.target_acts_for == "KEN", denounced.explanation


def test_the_ruling_refers_back_to_the_court_that_ruled(nlp):
    text = ("Brazil's Supreme Court ruled on Friday that the former president must stand trial for the riots. "
            "The United States condemned the ruling.")
    condemned = _stance(extract(text, dt.date(2023, 3, 11), nlp=nlp), "condemned")
    assert condemned.target_key == "org:bra:supreme-court", condemned.explanation


def test_an_act_only_told_as_possible_has_no_doer(nlp):
    # "could retaliate" tells no act: nothing for "the retaliation" to refer back to
    text = "Officials said Iran could retaliate against Israel within days. The United States condemned the retaliation."
    assert _stance(extract(text, dt.date(2024, 4, 2), nlp=nlp), "condemned").target_key is None


def test_an_act_of_two_doers_gives_no_target(nlp):
    text = ("Serbia and Hungary decided on Monday to close the border crossing. "
            "The European Commission criticized the decision.")
    criticized = _stance(extract(text, dt.date(2023, 1, 11), nlp=nlp), "criticized")
    assert criticized.target_key is None, criticized.explanation


def test_the_derivation_table_pairs_act_nouns_with_their_verbs():
    from newsgraph.nlp.act_doers import deverbal_nouns

    table = deverbal_nouns()
    assert {"rule"} <= table["ruling"] and {"decide"} <= table["decision"] and {"invade"} <= table["invasion"]
    assert {"announce"} <= table["announcement"] and {"accuse"} <= table["accusation"]
    assert "use" not in table.get("use", frozenset())  # a light verb's noun names no act


def test_an_earlier_by_agent_names_the_doer(nlp):
    text = ("The decision by Serbia to close the border crossing surprised its neighbours. "
            "The European Commission criticized the decision.")
    criticized = _stance(extract(text, dt.date(2023, 1, 11), nlp=nlp), "criticized")
    assert criticized.target_key == "country:SRB", criticized.explanation


# a demand that an act stop is made of the act's doer (PLOVER DEMAND)

def test_a_call_to_end_the_shelling_is_made_of_who_shelled(nlp):
    text = ("Russian forces shelled the city of Kharkiv for a third day on Tuesday, killing at least nine civilians. "
            "We call for an immediate end to the shelling.")
    call = next(e for e in extract(text, dt.date(2022, 3, 11), nlp=nlp, outlet=OUTLET).events if e.type == "DEMAND")
    assert call.target_acts_for == "RUS", call.explanation


def test_a_call_to_end_fighting_between_two_sides_has_no_target(nlp):
    text = ("Russian and Ukrainian forces fought for control of the town on Tuesday. "
            "We call for an immediate end to the fighting.")
    call = next(e for e in extract(text, dt.date(2022, 3, 11), nlp=nlp, outlet=OUTLET).events if e.type == "DEMAND")
    assert call.target_key is None, call.explanation


AGGRESSION = (
    "Deputy Secretary of State Wendy Sherman spoke today with Colombian Vice President and Foreign Minister Marta "
    "Lucia Ramirez regarding Russia’s premeditated, unprovoked, and unjustified attack on Ukraine.  Deputy Secretary "
    "Sherman commended the government of Colombia for its condemnation of Russia’s actions, including Colombian "
    "President Duque’s strong public rejection of this unjustified aggression in violation of international law."
)


def test_this_aggression_refers_back_to_the_attack_told_under_another_name(nlp):
    # Deputy Secretary Sherman's call with Colombian Vice President Ramirez (February 2022): "this
    # unjustified aggression" is Russia's attack on Ukraine named in the sentence before
    x = extract(AGGRESSION, dt.date(2022, 2, 24), nlp=nlp, outlet=OUTLET)
    rejection = _stance(x, "rejection")
    assert rejection.target_key == "country:RUS"
    assert "refers back" in rejection.explanation


def test_the_aggression_without_a_demonstrative_takes_no_near_synonym(nlp):
    # contrast: "the aggression" (no demonstrative) refers back only to an act told under its own name
    x = extract("Russia's attack on Ukraine began in February. The United States condemns the aggression.",
                dt.date(2022, 3, 11), nlp=nlp, outlet=OUTLET)
    condemned = [e for e in x.events if e.trigger.startswith("condemns")]
    assert condemned and all(e.target_key != "country:RUS" for e in condemned), condemned


# custody is a state act (CAMEO 173): a stance on arrests "in" a state targets that state

def test_a_condemnation_of_arrests_in_a_country_targets_that_state(nlp):
    # (Joint Statement on Cuba, 2021)
    text = ("The United States condemns the mass arrests and detentions of protestors in Cuba and calls on the "
            "government to respect the rights of the Cuban people.")
    condemns = _stance(extract(text, dt.date(2021, 7, 26), nlp=nlp, outlet=OUTLET), "condemns arrests")
    assert condemns.target_key == "country:CUB", condemns.explanation
    assert "custody act" in condemns.explanation


def test_arrests_in_a_city_name_no_state(nlp):
    # a city is no state named as such: who arrested is not said
    text = ("The United States condemns the mass arrests of protestors in Minsk and calls on the authorities to "
            "respect the rights of the people.")
    condemns = [e for e in extract(text, dt.date(2021, 7, 26), nlp=nlp, outlet=OUTLET).events if e.type == "DISAPPROVE"]
    assert condemns and all("custody act" not in (e.explanation or "") for e in condemns), condemns


# a release demand naming no holder is aimed at the holder the preceding sentences name (CAMEO 0243)

REED = (
    "I am pleased to announce the release of U.S. citizen Trevor Reed, who was wrongfully detained in Russia. "
    "We extend our deep appreciation to our many allies and partners who helped us in this effort.\n"
    "We welcome this important release, while continuing to call for the release of wrongfully detained U.S. "
    "citizen Paul Whelan."
)


def _demand(extraction):
    return next(e for e in extraction.events if e.type == "DEMAND")


def test_a_release_demand_is_made_of_the_holder_told_before(nlp):
    # (Release of U.S. Citizen Trevor Reed from Russia, April 2022)
    call = _demand(extract(REED, dt.date(2022, 4, 27), nlp=nlp, outlet=OUTLET))
    assert call.target_key == "country:RUS", call.explanation
    assert "holder of the captives" in call.explanation


def test_a_release_demand_after_a_refusal_to_release_is_made_of_who_refused(nlp):
    # (Holding the Nicaraguan Regime Accountable, 2022)
    text = ("The Ortega-Murillo regime has refused to release the more than 180 political prisoners who remain "
            "unjustly detained. We call again for the immediate and unconditional release of political prisoners.")
    x = extract(text, dt.date(2022, 6, 17), nlp=nlp, outlet=OUTLET)
    refused = next(e for e in x.events if e.type == "REJECT")
    call = _demand(x)
    assert refused.source_key and call.target_key == refused.source_key, call.explanation
    assert call.target_text == "Ortega-Murillo regime"


def test_a_release_demand_after_two_holders_has_no_target(nlp):
    text = ("Russia detained a U.S. journalist on Monday, and Iran detained a U.S. student on Tuesday. "
            "We call for the release of all wrongfully detained U.S. citizens.")
    call = _demand(extract(text, dt.date(2022, 4, 27), nlp=nlp, outlet=OUTLET))
    assert call.target_key is None, call.explanation


def test_a_release_demand_addressed_to_another_party_takes_no_holder(nlp):
    # (after Imposing Sanctions in Defense of Human Rights in Syria, 2021): "others" are who is asked,
    # not the holder told before
    text = ("The Assad regime has detained and abused a vast number of Syrians. We urge others to join our calls "
            "for the immediate release of those arbitrarily detained.")
    call = _demand(extract(text, dt.date(2021, 7, 28), nlp=nlp, outlet=OUTLET))
    assert "holder of the captives" not in (call.explanation or ""), call.explanation


def test_an_earlier_doer_with_a_state_but_no_name_is_the_target(nlp):
    # "security forces" is keyed to no entity but acts for Iran: the violence condemned is theirs
    # (the article is about Iran, which places the unnamed "security forces")
    text = ("Ned Price, Department Spokesperson\n"
            "Protests in Iran that began over fuel prices have now spread across several cities including Tehran, "
            "Shiraz and Isfahan. The Iranian people are voicing their frustrations with governmental mismanagement.\n"
            "The Iranian people have a right to protest, but we have seen troubling reports that security forces "
            "fired on protesters, resulting in several deaths. We condemn the use of violence against peaceful "
            "protestors.")
    x = extract(text, dt.date(2022, 9, 22), nlp=nlp, outlet=OUTLET)
    condemned = _stance(x, "condemn violence")
    assert condemned.target_key is None
    assert condemned.target_acts_for == "IRN"
    assert "refers back" in condemned.explanation


def test_an_unnamed_doers_key_holds_its_state_and_sector():
    # (review 36b item 13) one reader of the pseudo-key for the dedupe and the target's code
    from types import SimpleNamespace

    from newsgraph.nlp.act_doers import _code_for, _unnamed_code, _unnamed_key

    key = _unnamed_key(SimpleNamespace(source_key=None, source_acts_for="UKR", source_sector="OPP"))
    assert _unnamed_code(key) == ("UKR", "OPP")
    assert _unnamed_code(_unnamed_key(SimpleNamespace(source_key=None, source_acts_for="IRN", source_sector=None))) \
        == ("IRN", None)
    assert _unnamed_code("person:price") is None
    code = _code_for(key, lambda k: None)
    assert (code.acts_for, code.sector) == ("UKR", "OPP")


# a demand that an act stop, made through a request participle in the trigger noun's phrase, or
# naming the act's doer only by a possessive pronoun (coreference)

def test_a_resolution_demanding_an_end_to_the_invasion_is_made_of_who_invaded(nlp):
    # the doer is named earlier only by "its" on the same act noun, which coreference resolves
    text = ("Since Russia launched its unprovoked invasion of Ukraine last week, many states have spoken out. "
            "On Friday, Canada and Norway introduced a resolution co-sponsored by 50 member states demanding "
            "an end to the invasion.")
    x = extract(text, dt.date(2022, 3, 5), nlp=nlp, outlet=OUTLET)
    calls = [e for e in x.events if e.type == "DEMAND"]
    assert calls and all(c.target_acts_for == "RUS" for c in calls), [c.explanation for c in calls]


def test_a_resolution_demanding_an_end_to_a_named_doers_act_targets_that_doer(nlp):
    text = "On Friday, Canada introduced a resolution co-sponsored by 50 member states demanding an end to Russia's invasion."
    calls = [e for e in extract(text, dt.date(2022, 3, 5), nlp=nlp, outlet=OUTLET).events if e.type == "DEMAND"]
    assert calls and all(c.target_key == "country:RUS" for c in calls), [c.explanation for c in calls]


def test_a_nationality_before_a_two_sided_war_names_no_doer(nlp):
    # "the Syrian war" is the war fought in Syria, not Syria's act: a call to end "the war" has no target
    text = "The Syrian war has displaced millions of people since 2011. France called for an immediate end to the war."
    call = next(e for e in extract(text, dt.date(2019, 3, 5), nlp=nlp).events if e.type == "DEMAND")
    assert call.target_acts_for != "SYR", call.explanation


# a possessive pronoun on an earlier mention names the doer only where its verb is one of doing the
# act (act_doers.yaml act_doing_verbs): under a verb of undergoing or opposing it may be the patient

def test_an_earlier_possessor_under_a_verb_of_opposing_is_no_doer(nlp):
    text = ("Ukraine continues to resist its occupation. On Friday, Canada introduced a resolution "
            "demanding an end to the occupation.")
    calls = [e for e in extract(text, dt.date(2022, 3, 5), nlp=nlp, outlet=OUTLET).events if e.type == "DEMAND"]
    assert calls and all(c.target_acts_for != "UKR" for c in calls), [c.explanation for c in calls]


def test_an_earlier_possessor_beside_a_by_agent_is_no_doer(nlp):
    text = "Armenia protested its blockade by Azerbaijan. France called for an end to the blockade."
    calls = [e for e in extract(text, dt.date(2022, 3, 5), nlp=nlp, outlet=OUTLET).events if e.type == "DEMAND"]
    assert calls and all(c.target_acts_for != "ARM" for c in calls), [c.explanation for c in calls]


def test_an_earlier_possessor_under_a_verb_of_stepping_up_is_the_doer(nlp):
    text = "Russia has intensified its bombardment of Kharkiv. France called for an immediate end to the bombardment."
    calls = [e for e in extract(text, dt.date(2022, 3, 5), nlp=nlp, outlet=OUTLET).events if e.type == "DEMAND"]
    assert calls and all(c.target_acts_for == "RUS" for c in calls), [c.explanation for c in calls]


def test_settings_list_phrasal_verbs_of_doing_an_act():
    doing = settings()["act_doing_verbs"]
    assert {"launch", "wage", "carry out", "step up"} <= doing and not {"resist", "endure", "protest"} & doing


MARCH = "Thousands of Nicaraguans marched in Managua on Sunday to demand free elections. "


def _condemned(events):
    return [e for e in events if e.type == "DISAPPROVE" and e.trigger.startswith("condemn")]


def test_condemned_repression_of_a_states_people_targets_the_government_the_article_names(nlp):
    # PLOVER's repression is force by (usually state-based) security forces on citizens and society:
    # with no doer in its phrase, a condemnation of it is aimed at the government of the people
    # it falls on, as the article names that government
    from tests.nlp.linked_events import explain, linked

    events = linked(nlp, MARCH + "Nicaragua's regime has jailed dozens of opposition leaders. The United States "
                                 "condemns the violence and repression against the Nicaraguan people.")
    condemned = _condemned(events)
    assert condemned, explain(events)
    assert all(e.target_acts_for == "NIC" and e.target_key == "country:NIC" for e in condemned), explain(condemned)
    assert all("government of the people the repression" in e.explanation for e in condemned)


def test_no_repressing_government_without_one_named_or_a_states_people_repressed(nlp):
    from tests.nlp.linked_events import explain, linked

    for text in (MARCH + "The United States condemns the violence and repression against the Nicaraguan people.",
                 MARCH + "Nicaragua's regime has jailed dozens of opposition leaders. The United States condemns "
                         "the violence and repression against peaceful protesters."):
        condemned = _condemned(linked(nlp, text))
        assert condemned, text
        assert not any("government of the people the repression" in (e.explanation or "") for e in condemned), \
            explain(condemned)


def test_no_repressing_own_government_under_occupation_or_without_its_own_coercion(nlp):
    # the people's own government is the repressor only where the article shows it coercing
    # and the sentence tells of no occupation: an occupier is the one that holds the people
    from tests.nlp.linked_events import explain, linked

    for text in ("Russia's government has annexed four regions, and Ukraine's government has asked for help. "
                 "We condemn the repression of the Ukrainian people in the occupied territories.",
                 "Ukraine's government has asked for help. The United States condemns the repression "
                 "against the Ukrainian people."):
        condemned = _condemned(linked(nlp, text))
        assert condemned, text
        assert not any(e.target_acts_for == "UKR" for e in condemned), explain(condemned)
        assert not any("government of the people the repression" in (e.explanation or "") for e in condemned), \
            explain(condemned)


def test_a_call_to_end_an_act_a_relative_clause_says_one_state_does_targets_it(nlp):
    # "the war that X has waged": a verb of doing the act in a relative clause on the act noun names
    # its doer, as "X's war" does; also where the parser hangs the clause on the noun before
    for text in ("France called for an end to the war that Russia has waged against Ukraine.",
                 "France is calling for a humanitarian pause and an end to this cruel war of choice that Russia "
                 "has waged on Ukraine.",
                 "France called for an end to the attacks that Russia launched on Ukrainian cities."):
        calls = [e for e in extract(text, dt.date(2022, 3, 5), nlp=nlp, outlet=OUTLET).events if e.type == "DEMAND"]
        assert calls and all(c.target_key == "country:RUS" for c in calls), [c.explanation for c in calls]


def test_a_call_to_end_a_war_no_clause_names_a_doer_of_keeps_no_target(nlp):
    # contrasts: no waging state named; a clause whose verb is no act of doing the war; an addressee named
    for text, target in (("France called for an end to the war.", None),
                         ("France called for an end to the war that has killed thousands of Ukrainians.", None),
                         ("France called on China to help end the war that Russia has waged on Ukraine.", "country:CHN")):
        calls = [e for e in extract(text, dt.date(2022, 3, 5), nlp=nlp, outlet=OUTLET).events if e.type == "DEMAND"]
        assert calls and all(c.target_key == target for c in calls), [(c.target_key, c.explanation) for c in calls]
