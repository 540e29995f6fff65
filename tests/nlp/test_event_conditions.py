"""Acts under a condition (issue 6, task condition): an act inside a condition clause ("if",
"unless", "in case", "in the event (of)", inverted "should / were ... to") is never stored as
asserted, a reported question ("whether X will attack") is not asserted either, and the consequence
clause of a condition is a conditional threat (PLOVER THREATEN) when coercive, else hypothetical.
Sentences are written in news style with the grammar of the demo corpus (examples/: White House
and State Department readouts)."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import coded as _events, show


# ---------------------------------------------------------------- acts inside a condition

def test_a_threat_inside_a_condition_is_hypothetical(base_nlp):
    found = _events(base_nlp, "It would be ironic if Moscow declared war.", "THREATEN")
    assert [(e.source_text, e.status) for e in found] == [("Moscow", "hypothetical")], show(found)


@pytest.mark.parametrize("text, event_type", [
    ("Should Iran attack Israel, the United States will respond.", "ASSAULT"),
    ("In case Iran attacks Israel, Washington will send warships to the region.", "ASSAULT"),
    ("The chancellor stressed the readiness of Germany to act firmly if Russia further attacks "
     "Moldova.", "ASSAULT"),
    ("Over time, if Russia invades, this list will also include a severe economic cost.", "ASSAULT"),
    ("The United States remains committed to diplomacy if Moscow is prepared to provide the "
     "international community with guarantees.", "AID"),
    ("In cases where sports organizations choose to permit athletes from Russia and Belarus to "
     "participate in sporting events, they should require neutrality.", "CONCEDE"),
    # State Department briefing (task purpose): the act is the gerund of "serious about" in the
    # if-clause of a rhetorical conditional, no act Russia did
    ("So if Russia is at all serious about resolving the conflict that it created in the Donbas, it is "
     "of course showing exactly the opposite.", "AGREE"),
])
def test_an_act_inside_a_condition_is_no_event_of_its_own(base_nlp, text, event_type):
    # judged W on the demo (task modalcond): the supposition under which the main clause holds is
    # not an act the text reports (condition_antecedent_check); the main clause may still be one
    found = _events(base_nlp, text, event_type)
    assert found == [], show(found)


def test_a_concessive_even_if_keeps_its_act_hypothetical(base_nlp):
    # "even if": the main clause holds whatever happens, so the clause is no condition antecedent
    found = _events(base_nlp, "Even if Russia attacked Kyiv, the talks would continue.", "ASSAULT")
    assert [e.status for e in found] == ["hypothetical"], show(found)


@pytest.mark.parametrize("text", [
    "We have no indications the attack was directed at the United States.",
    "There is no evidence that Russia attacked the convoy.",
    "Officials saw no sign that the militia had released the hostages.",
])
def test_an_act_under_no_evidence_is_no_event(base_nlp, text):
    found = _events(base_nlp, text)
    assert found == [], show(found)


@pytest.mark.parametrize("text", [
    # "any" under a negated verb, the negation raised to "think" (neg-raising), or a perception denied
    "I don't think we have any indications at this point that Beijing is trying to help Moscow with its war in Ukraine.",
    "I don't think we have any indication that Beijing is sending weapons to Moscow.",
    "We do not have any evidence that Iran supplied the drones to Russia.",
    "We are not aware that Moscow has released the detained journalists.",
    "We have not seen Russia withdraw its troops from the border.",
])
def test_an_act_under_a_negated_ground_is_no_event(base_nlp, text):
    found = _events(base_nlp, text)
    assert found == [], show(found)


@pytest.mark.parametrize("text, event_type", [
    ("We have seen Russia withdraw its troops from the border.", "RETREAT"),
    ("We are aware that Moscow has released the detained journalists.", "RETREAT"),
])
def test_an_act_under_a_ground_not_denied_is_kept(base_nlp, text, event_type):
    found = _events(base_nlp, text, event_type)
    assert found and all(e.source_text in ("Russia", "Moscow") for e in found), show(found)


def test_a_relative_clause_on_a_name_is_outside_the_denied_ground(base_nlp):
    # the denial is of "how Russia is punished"; "who recognized the republics" is told as known
    found = _events(base_nlp, "We have not seen how Russia, who recognized the two breakaway republics, is "
                              "punished for it.")
    assert any(e.source_text == "Russia" for e in found), show(found)


@pytest.mark.parametrize("text", [
    "A reporter asked the minister about the weapons that Iran sent to Russia last month.",
    "One of your colleagues asked the ambassador about any support that we are seeing Beijing provide to Moscow.",
])
def test_an_act_in_what_a_question_is_about_is_no_event(base_nlp, text):
    found = _events(base_nlp, text)
    assert not any(e.type == "AID" for e in found), show(found)


def test_an_act_with_evidence_is_kept(base_nlp):
    found = _events(base_nlp, "There is evidence that Russia attacked the convoy.", "ASSAULT")
    assert [(e.source_text, e.status) for e in found] == [("Russia", "asserted")], show(found)


def test_an_act_in_a_guessed_noun_clause_is_hypothetical(base_nlp):
    # "could be an accusation that Russia will level": the speaker's guess, not Russia's plan
    text = "This could be a pretext that Moscow will blame on Kyiv."
    found = _events(base_nlp, text, "DISAPPROVE")
    assert [e.status for e in found] == ["hypothetical"], show(found)
    plain = _events(base_nlp, "Moscow will blame Kyiv for the attack.", "DISAPPROVE")
    assert [e.status for e in plain] == ["planned"], show(plain)


def test_in_case_of_this_kind_is_no_condition(base_nlp):
    # "in this case" has a determiner: a plain adverbial, the act is told as done
    found = _events(base_nlp, "In this case, the army attacked the village.", "ASSAULT")
    assert [e.status for e in found] == ["asserted"], show(found)


def test_an_act_in_the_event_of_a_condition_is_not_asserted(base_nlp):
    events = _events(base_nlp, "NATO would deploy troops in the event of an attack on Poland.")
    assert events and all(e.status == "hypothetical" for e in events), show(events)


def test_an_act_noun_a_scenario_would_involve_is_hypothetical(base_nlp):
    # State Department briefing (demo corpus, task hypoframe): the attacks are what a supposed
    # scenario would involve, not attacks the text reports (was an asserted ASSAULT at 0.93)
    found = _events(base_nlp, "And a worse-case scenario would obviously involve substantial Russian attacks "
                              "on the Ukrainian capital.", "ASSAULT")
    assert [e.status for e in found] == ["hypothetical"], show(found)


def test_an_act_noun_a_verb_reports_stays_asserted(base_nlp):
    # contrast: no modal on the verb, the attacks are told as done
    found = _events(base_nlp, "We condemn the Russian attacks on Ukrainian civilians.", "ASSAULT")
    assert [e.status for e in found] == ["asserted"], show(found)


def test_an_attack_in_case_of_is_the_condition_of_the_threat(base_nlp):
    # the attack warned against is told as part of the THREATEN (condition_antecedent_check), no event of
    # its own; an unnoticed condition would leave an asserted ASSAULT
    text = "The European Union would impose sanctions on Moscow in case of a Russian attack on Ukraine."
    attacks = _events(base_nlp, text, "ASSAULT")
    assert attacks == [], show(attacks)
    threats = _events(base_nlp, text, "THREATEN")
    assert [(e.source_text, e.target_text) for e in threats] == [("European Union", "Moscow")], show(threats)


@pytest.mark.parametrize("text, threat", [
    ("Were China to invade Taiwan, Japan would impose sanctions on Beijing.", ("Japan", "Beijing")),
    ("Washington will send warships in case Iran attacks Israel.", ("Washington", "Iran")),
    ("Japan would impose sanctions in case China invaded Taiwan.", ("Japan", "China")),
    ("Germany would halt the pipeline in the event Russia invades Ukraine.", ("Germany", "Russia")),
    ("President Biden was clear that, if Russia undertakes a further invasion of Ukraine, the United States "
     "together with our Allies and partners will respond decisively and impose swift and severe costs on Russia.",
     ("United States", "Russia")),
])
def test_the_condition_of_a_threat_is_no_event_of_its_own(base_nlp, text, threat):
    # judged W: "if Russia undertakes a further invasion" stored as a hypothetical ASSAULT at
    # confidence 0.78 beside the THREATEN it conditions (PLOVER: one threat, its condition inside it)
    events = _events(base_nlp, text)
    assert [e.type for e in events] == ["THREATEN"], show(events)
    assert (events[0].source_text, events[0].target_text) == threat, show(events)


@pytest.mark.parametrize("text", [
    "Analysts asked whether Iran will attack Israel.",
    "Reporters asked whether Russia attacked the convoy.",
    "Reporters asked if China would send troops to Russia.",
    "Lawmakers questioned whether the army had killed the civilians.",
    "It is unclear whether Russia will invade Ukraine.",
    "It remains to be seen whether Iran will release the detained journalists.",
])
def test_a_reported_question_is_not_asserted(base_nlp, text):
    events = _events(base_nlp, text)
    assert all(e.status == "hypothetical" for e in events), show(events)


def test_an_act_under_unless_is_not_stored_as_asserted(base_nlp):
    events = _events(base_nlp, "Unless Russia withdraws its troops, the European Union will impose new sanctions.")
    assert not [e for e in events if e.source_text == "Russia" and e.status != "hypothetical"], show(events)


# ---------------------------------------------------------------- the consequence of a condition

@pytest.mark.parametrize("text, source, target", [
    ("Should Iran attack Israel, Washington would impose severe sanctions on Tehran.", "Washington", "Tehran"),
    ("Were China to invade Taiwan, Japan would impose sanctions on Beijing.", "Japan", "Beijing"),
    ("If Russia invades Ukraine, the United States would impose sanctions on Moscow.", "United States", "Moscow"),
    ("In the event of a Russian invasion of Ukraine, the allies would impose sanctions on Moscow.", "allies", "Moscow"),
    ("In the event that Russia invades Ukraine, Germany would halt the pipeline.", "Germany", "Russia"),
])
def test_a_coercive_consequence_is_a_threat(base_nlp, text, source, target):
    threats = _events(base_nlp, text, "THREATEN")
    assert [(e.source_text, e.target_text, e.status) for e in threats] == [(source, target, "planned")], \
        show(_events(base_nlp, text))
    assert not _events(base_nlp, text, "SANCTION")


@pytest.mark.parametrize("text, source, target", [
    ("Unless the rebels surrender, the army will attack the city.", "army", "rebels"),
    ("The army will shell the town unless the rebels withdraw.", "army", "rebels"),
    ("Unless Russia withdraws its troops, the European Union will impose new sanctions.", "European Union", "Russia"),
    ("If Iran enriches uranium further, Israel will strike its nuclear sites.", "Israel", "Iran"),
])
def test_a_threat_with_no_one_named_threatens_the_condition_actor(base_nlp, text, source, target):
    threats = _events(base_nlp, text, "THREATEN")
    assert [(e.source_text, e.target_text) for e in threats] == [(source, target)], show(threats)


@pytest.mark.parametrize("text, event_type", [
    ("If the talks fail, the ministers will meet again in Geneva.", "AGREE"),
    ("If Hamas releases the hostages, Israel will halt its strikes on Gaza.", "AGREE"),
    ("In case Iran attacks Israel, Washington will send warships to the region.", "AGREE"),
])
def test_a_consequence_that_is_no_threat_is_hypothetical(base_nlp, text, event_type):
    found = _events(base_nlp, text, event_type)
    assert found and all(e.status == "hypothetical" for e in found), show(found)


@pytest.mark.parametrize("text, event_type, source", [
    # spaCy hangs an "in case" clause on the main verb as a complement or a conjunct
    ("NATO warned that it would retaliate in case Russia attacked Poland.", "ASSAULT", "Russia"),
])
def test_an_in_case_clause_however_attached_is_a_condition(base_nlp, text, event_type, source):
    # the clause is found as a condition however spaCy attaches it, so its act is no event of its
    # own (condition_antecedent_check), and none is told as done
    found = _events(base_nlp, text, event_type)
    assert found == [], show(found)


@pytest.mark.parametrize("text", [
    "In any case, the army attacked the village.",
    "In that case, Russia invaded Ukraine.",
    "In the event, the army attacked the village.",
])
def test_case_and_event_as_plain_adverbials_are_no_condition(base_nlp, text):
    found = _events(base_nlp, text, "ASSAULT")
    assert found and all(e.status == "asserted" for e in found), show(found)


@pytest.mark.parametrize("text, event_type", [
    # concessive and exhaustive conditions: the act inside them is still not asserted
    ("Even if Russia withdraws its troops, the European Union will keep the sanctions.", "RETREAT"),
    ("The European Union will impose new sanctions on Moscow even if Russia withdraws its troops.", "RETREAT"),
    ("He spoke as if Russia had invaded Ukraine.", "ASSAULT"),
])
def test_an_act_inside_an_even_if_or_as_if_clause_is_not_asserted(base_nlp, text, event_type):
    found = _events(base_nlp, text, event_type)
    assert found and all(e.status == "hypothetical" for e in found), show(found)


# ---------------------------------------------------------------- no condition on the main clause

@pytest.mark.parametrize("text", [
    "Even if the talks fail, the ministers will meet again in Geneva.",
    "The ministers will meet again in Geneva whether or not the talks succeed.",
    "The ministers will meet again in Geneva even if the talks fail.",
])
def test_a_main_clause_under_even_if_or_whether_or_not_is_still_planned(base_nlp, text):
    # the concessive / exhaustive condition leaves the main clause true whatever happens
    found = _events(base_nlp, text, "AGREE")
    assert [e.status for e in found] == ["planned"], show(found)


@pytest.mark.parametrize("text", [
    "Israel will attack the city as if Hamas controlled it.",
    "Even if the rebels surrender, the army will attack the city.",
    "Whether or not the rebels surrender, the army will attack the city.",
])
def test_the_subject_of_an_unconditional_clause_is_not_threatened(base_nlp, text):
    threats = _events(base_nlp, text, "THREATEN")
    assert threats and all(e.target_text in (None, "city") for e in threats), show(threats)


def test_an_in_case_conjunct_names_the_one_threatened(base_nlp):
    threats = _events(base_nlp, "The army would attack the city in case the rebels refused to leave.", "THREATEN")
    assert [(e.source_text, e.target_text, e.status) for e in threats] == [("army", "rebels", "planned")], show(threats)
