"""An attack by a state's forces that hits only property or ground names its recipient through the
state that property or ground belongs to (PLOVER ASSAULT 'destroy', COERCE 'seize'; task recip4:
"Russian shelling damages infrastructure" left with no recipient)."""

from __future__ import annotations

from tests.nlp.linked_events import linked, show as _explain


def _with(events, word):
    return [e for e in events if e.trigger and word in e.trigger.split()]


def test_striking_buildings_is_an_attack_on_the_state_the_sentence_names(nlp):
    text = ("Russia launched its full-scale invasion of Ukraine in February. "
            "By striking these printing houses, Russia is attacking Ukraine's education system.")
    second = text.index("By striking")
    # the events telling the second sentence's strike (since events 0.8.217 its mentions merge with
    # each other first, and the group may then join the invasion told before it as its evidence)
    strikes = [e for e in linked(nlp, text)
               if any(start == second for start, _ in (e.evidence_spans or [(e.sentence_start, e.sentence_end)]))]
    assert strikes and all(e.type == "ASSAULT" and e.target_key == "country:UKR" and e.target_acts_for == "UKR"
                           for e in strikes), _explain(strikes)


def test_territory_seized_is_the_state_whose_people_retake_it(nlp):
    text = ("Since February 2022, the people of Ukraine have courageously defended against Russia's invasion, "
            "retaking more than half the territory Russian forces seized in the initial days of the war.")
    seized = _with(linked(nlp, text), "seized")
    assert seized and all(e.target_acts_for == "UKR" for e in seized), _explain(seized)


def test_a_state_named_as_a_clause_subject_is_no_recipient(nlp):
    # contrast: the only other state the sentence names acts there (the subject), so it is the
    # attacker rather than the attacked, and no recipient is placed
    text = ("Russia must immediately stop its ongoing assault against Ukraine, which has dramatically impacted the "
            "civilian population and destroyed civilian infrastructure.")
    destroyed = _with(linked(nlp, text), "destroyed")
    assert all(e.target_acts_for != "RUS" for e in destroyed), _explain(destroyed)


def test_an_attack_on_property_in_the_attackers_own_state_takes_no_recipient(nlp):
    # contrast: the sentence names no other state than the attacker's own
    text = "Syrian regime forces bombed hospitals in Idlib last week."
    bombed = _with(linked(nlp, text), "bombed")
    assert all(e.target_key is None and e.target_acts_for in (None, "SYR") for e in bombed), _explain(bombed)


def test_a_military_operation_with_no_object_is_not_placed(nlp):
    # contrast: "conduct operations" has no attacked thing, so the article's state is not its recipient
    text = ("China continues to threaten Taiwan. China continues to threaten Taiwan. "
            "We are developing new concepts to guide how we conduct military operations.")
    ops = _with(linked(nlp, text), "conduct")
    assert all(e.target_acts_for is None for e in ops), _explain(ops)


def test_a_gerund_of_manner_is_no_attack_on_a_state(nlp):
    # contrast: "with attacking style" tells how a team played; the state the sentence names
    # (Panama, the opponent) is not placed as the recipient of an attack
    text = ("Belgium started the match with attacking style with Eden Hazard and Kevin De Bruyne making early "
            "attempts to put Belgium into the lead against debutants Tunisia.")
    # (since events 0.7.141 no attack at all: check not-sport, "match")
    attacks = _with(linked(nlp, text), "attacking")
    assert all(e.target_acts_for is None for e in attacks), _explain(attacks)


def test_a_gerund_with_its_own_subject_after_with_is_an_attack(nlp):
    text = ("Ukraine has defended its nuclear plants since the invasion began. We express our gravest concern "
            "with Russia forcefully seizing control of power plants in Ukraine.")
    seizing = _with(linked(nlp, text), "seizing")
    assert seizing and all(e.target_acts_for == "UKR" for e in seizing), _explain(seizing)


# an article on a war whose attacker's own mentions share the article with the attacked state, so
# neither has the article's focus; invented release text
_WAR_RELEASE = ("Since the invasion began, the aggressor's army has pushed across eastern Ukraine. Officials in Ukraine "
                "report heavy losses, and the government of Ukraine has asked its partners for air defense. Russia "
                "continues to deny the attacks, and Russia has refused every ceasefire offer. "
                "Ukraine's cities have been shelled for months. "
                "Russia's forces have destroyed apartment blocks, power stations and water plants, leaving millions "
                "without heat.")


def test_an_attack_on_things_is_aimed_at_the_one_other_side_an_article_on_a_war_names(nlp):
    # since linking 0.3.848 the civilian things named ("apartment blocks") are the target, acting
    # for that state (CVL), no longer its government
    destroyed = _with(linked(nlp, _WAR_RELEASE), "destroyed")
    assert destroyed and all(e.target_acts_for == "UKR" and e.target_sector == "CVL" for e in destroyed), \
        _explain(destroyed)


def test_a_second_state_named_less_than_the_attacker_is_no_recipient(nlp):
    # contrast: a story on Syrian forces at home that names Russia's part less often than Syria:
    # Russia is not the state attacked
    text = ("Syria's regime has bombed rebel-held towns for years. Syria says the towns shelter terrorists, and "
            "Syria has rejected every United Nations appeal. Russia backs the regime with aircraft. "
            "Syria's government forces destroyed hospitals and bakeries last week.")
    destroyed = _with(linked(nlp, text), "destroyed")
    assert all(e.target_acts_for in (None, "SYR") and e.target_key != "country:RUS" for e in destroyed), \
        _explain(destroyed)
