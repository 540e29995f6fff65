"""Targets named by an adjective or a tie (task targets45). A lower-case adjective the NER tags as a
group but that is no demonym ("democratic values") names no actor; a state body's adjective on a
legislature's act noun ("congressional approval") names that body; support rallied from actors is
for the one they are to back, never the rallied themselves (CAMEO 053); a person "affiliated with"
a named body is coded by that body, as "a member of" it is. Sentences are invented, with contrasts."""

from __future__ import annotations

from tests.nlp.linked_events import explain, linked

WHITE_HOUSE = "The White House"


def _with_trigger(events, word):
    return [e for e in events if e.trigger.lower().startswith(word)]


# ---------------------------------------------------------------- common adjectives


def test_common_adjective_is_no_actor_of_a_readout_commitment(nlp):
    text = ("President Biden spoke today with Prime Minister Mark Rutte of the Netherlands to discuss the war "
            "in Ukraine and the importance of the U.S.-Dutch relationship.  They discussed strengthening economic "
            "and security cooperation.  The leaders committed to upholding democratic values and advancing the "
            "NATO summit objectives.")
    events = linked(nlp, text, outlet=WHITE_HOUSE)
    promised = _with_trigger(events, "committed")
    assert promised, explain(events)
    assert all((e.target_text or "").lower() != "democratic" for e in promised), explain(events)
    # the leaders' joint promise with no third party is between them (the other leader the target)
    assert any(e.target_key == "person:mark-rutte" for e in promised), explain(events)


def test_common_adjective_predicate(nlp):
    from newsgraph.nlp.events.actor_phrases import _common_adjective

    doc = nlp("Democratic senators and Russian diplomats spoke about democratic values.")
    by_text = {t.text: t for t in doc}
    lowered = by_text["democratic"]
    assert lowered.ent_type_ == "NORP"  # (the NER takes it for a group: what the predicate is for)
    assert _common_adjective(lowered)
    assert not _common_adjective(by_text["Democratic"])
    assert not _common_adjective(by_text["Russian"])


def test_demonym_adjective_stays_an_actor_inside(nlp):
    # contrast: a demonym on an act noun still names its state
    events = linked(nlp, "The ministers condemned Russian aggression against Georgia.")
    condemned = _with_trigger(events, "condemned")
    assert condemned and any(e.target_acts_for == "RUS" for e in condemned), explain(events)


# ---------------------------------------------------------------- rallying support


def test_rallied_countries_are_the_target_when_no_one_is_rallied_for(nlp):
    # Stop 49: no actor is backed (a resolution), so the act is the diplomatic cooperation built
    # with the rallied (CAMEO 050): they are its recipient
    events = linked(nlp, "The Foreign Ministry rallied 40 countries to support a General Assembly resolution "
                         "condemning the annexation.")
    rallied = [e for e in _with_trigger(events, "rallied") if e.mode == "rally"]
    assert rallied, explain(events)
    assert all(e.target_text and "countries" in e.target_text for e in rallied), explain(events)


def test_rally_to_support_a_state_targets_that_state(nlp):
    # contrast: the rallied are to back a named state, on whose behalf support is rallied
    events = linked(nlp, "Poland rallied European governments to support Ukraine with air defense systems.")
    rallied = [e for e in _with_trigger(events, "rallied") if e.mode == "rally"]
    assert rallied and all(e.target_key == "country:UKR" for e in rallied), explain(events)


def test_rally_on_behalf_of_a_state(nlp):
    events = linked(nlp, "Kenya rallied African states on behalf of Somalia at the summit.")
    rallied = [e for e in _with_trigger(events, "rallied") if e.mode == "rally"]
    assert rallied and all(e.target_key == "country:SOM" for e in rallied), explain(events)


# ---------------------------------------------------------------- body adjectives


def test_congressional_approval_names_congress_in_a_release(nlp):
    events = linked(nlp, "The President welcomed congressional approval of the Clean Energy Partnership Act.",
                    outlet=WHITE_HOUSE)
    welcomed = _with_trigger(events, "welcomed")
    assert welcomed, explain(events)
    assert all(e.target_text == "congressional" and e.target_acts_for == "USA" and e.target_sector == "LEG"
               for e in welcomed), explain(events)


def test_parliamentary_ratification_names_a_legislature(nlp):
    events = linked(nlp, "The Prime Minister praised parliamentary ratification of the treaty.", outlet=None)
    praised = _with_trigger(events, "praised")
    assert praised and all(e.target_text == "parliamentary" and e.target_sector == "LEG" for e in praised), \
        explain(events)


def test_body_adjective_on_a_non_act_noun_is_no_target(nlp):
    # contrast: a congressional hearing is held, not done by Congress as an act it approves
    events = linked(nlp, "The Secretary welcomed the congressional hearing on the budget.", outlet=WHITE_HOUSE)
    assert all(e.target_text != "congressional" for e in events), explain(events)


# ---------------------------------------------------------------- affiliation


def test_individual_affiliated_with_a_body_takes_its_state(nlp):
    events = linked(nlp, "Today the Department of Justice unsealed charges against an individual affiliated with "
                         "Iran's Islamic Revolutionary Guard Corps.")
    charged = _with_trigger(events, "unsealed")
    assert charged, explain(events)
    assert all(e.target_text.startswith("individual affiliated with") and e.target_acts_for == "IRN"
               for e in charged), explain(events)


def test_individual_tied_to_no_named_body_keeps_its_noun(nlp):
    # contrast: a tie to something no name identifies places no one
    events = linked(nlp, "Police arrested an individual affiliated with a local gang.")
    arrested = _with_trigger(events, "arrested")
    assert arrested and all("affiliated" not in (e.target_text or "") for e in arrested), explain(events)


def test_two_rallies_of_different_parties_stay_two_events(nlp):
    events = linked(nlp, "Last month, Germany rallied its European partners to back a resolution on the war. "
                         "Germany has also rallied Asian governments in response to the invasion.")
    rallied = [e for e in events if e.trigger.lower().startswith("rall") and e.mode == "rally"]
    assert len(rallied) == 2, explain(events)


def test_one_rally_told_twice_is_one_event(nlp):
    # contrast: the same parties rallied again are one rally told twice
    events = linked(nlp, "Germany rallied its allies to back Ukraine. Germany rallied its allies to back Ukraine "
                         "again at the summit.")
    rallied = [e for e in events if e.trigger.lower().startswith("rall") and e.mode == "rally"]
    assert len(rallied) >= 1 and len({(e.source_key, e.target_key) for e in rallied}) == 1, explain(events)


# ---------------------------------------------------------------- an acronym for a body's own unit


def test_acronym_of_a_bodys_mission_is_coded_by_the_body(nlp):
    events = linked(nlp, "The OSCE had a special monitoring mission in Ukraine until the spring. "
                         "Russia then vetoed the mandate of the SMM.")
    vetoed = _with_trigger(events, "vetoed")
    assert vetoed and all(e.target_text == "SMM" and e.target_key == "org:osce" and e.target_sector == "IGO"
                          for e in vetoed), explain(events)


def test_acronym_no_phrase_spells_has_no_owner(nlp):
    # contrast: nothing in the article spells the acronym out
    events = linked(nlp, "The OSCE had observers in Ukraine until the spring. Russia then vetoed the mandate "
                         "of the SMM.")
    vetoed = _with_trigger(events, "vetoed")
    assert vetoed and all(e.target_key != "org:osce" for e in vetoed), explain(events)
