"""Actors left missing or generic though named nearby (task generic3): an accusation a state's own
release relays from unnamed reports is the state's, and an object "them" bound away from its own
clause's subject takes the plural people subject of the sentence before."""

from __future__ import annotations

from tests.nlp.linked_events import linked, show as _explain


def _accusations(events):
    return [e for e in events if e.type == "DISAPPROVE" and e.mode == "accuse"]


def test_an_accusation_relayed_from_unnamed_reports_in_a_state_release_is_the_states(nlp):
    events = _accusations(linked(nlp, "Credible reports indicate that the Wagner Group has committed "
                                      "atrocities against civilians in Mali."))
    assert events and all(e.source_key == "country:USA" and e.source_acts_for == "USA" for e in events), \
        _explain(events)


def test_an_accusation_relayed_from_unnamed_reports_in_a_news_story_has_no_accuser(nlp):
    # contrast: a newspaper relaying reports accuses nobody of its own
    events = _accusations(linked(nlp, "Credible reports indicate that the Wagner Group has committed "
                                      "atrocities against civilians in Mali.", outlet="The Guardian"))
    assert all(e.source_key is None and not e.source_acts_for for e in events), _explain(events)


def test_an_accusation_by_a_named_reporter_keeps_its_author(nlp):
    # contrast: the report's author is named, so the author accuses, not the release's state
    events = _accusations(linked(nlp, "A report by Human Rights Watch says that the Wagner Group has "
                                      "committed atrocities against civilians in Mali."))
    assert all(e.source_acts_for != "USA" for e in events), _explain(events)


def _stand(events):
    return [e for e in events if e.trigger and e.trigger.startswith("stand")]


def test_them_bound_away_from_we_takes_the_plural_subject_of_the_sentence_before(nlp):
    text = ("The Syrian people have endured more than a decade of war and displacement. "
            "The United States honors their resilience, and we will stand by them as long as it takes.")
    events = _stand(linked(nlp, text))
    assert events and all(e.target_text == "them" and e.target_acts_for == "SYR" for e in events), \
        _explain(events)


def test_them_after_an_object_plural_is_left_alone(nlp):
    # contrast: the sentence before offers a subject that is no plural and plural objects
    # ("grateful for ... our staff. We thank them"): no antecedent is certain, none is taken
    text = ("The United States is grateful for the dedication of the Syrian doctors and nurses in Idlib. "
            "We will stand by them as long as it takes.")
    events = _stand(linked(nlp, text))
    assert all(e.target_acts_for in (None, "SYR") and e.target_key != "country:USA" for e in events), \
        _explain(events)


def test_both_countries_are_the_two_states_named_before(nlp):
    text = ("Secretary Blinken welcomed Foreign Minister Ebrard of Mexico to Washington on Tuesday for talks with "
            "the United States on security. Both countries pledged to create working groups on fentanyl trafficking.")
    pledges = [e for e in linked(nlp, text) if e.trigger == "pledged"]
    assert {e.source_key for e in pledges} == {"country:USA", "country:MEX"}, _explain(pledges)


def test_both_countries_with_three_states_in_reach_stay_generic(nlp):
    # contrast: "both" needs exactly two states in reach
    text = ("Secretary Blinken met the foreign ministers of Mexico, Canada and Guatemala in Washington on Tuesday. "
            "Both countries pledged to create working groups on fentanyl trafficking.")
    pledges = [e for e in linked(nlp, text) if e.trigger == "pledged"]
    assert all(e.source_key is None for e in pledges), _explain(pledges)


def test_these_partners_take_the_whole_list_the_parser_broke_at_a_comma(nlp):
    # the parser hangs "neighboring governments ..." as the object of "working", cutting the
    # Government of Moldova off the list that "these partners" points back at
    text = ("We are working with the Government of Moldova, neighboring governments in the region, the European "
            "Union, international organizations like the United Nations, and other partners to meet the needs of "
            "refugees. We are closely coordinating with these partners to monitor developments.")
    coordinating = [e for e in linked(nlp, text) if e.trigger == "coordinating"]
    assert {"country:MDA", "org:european-union", "org:united-nations"} <= {e.target_key for e in coordinating}, \
        _explain(coordinating)
