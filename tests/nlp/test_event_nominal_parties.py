"""The parties an event noun's own phrase gives: "attempts by X to V" (X does V, also when the
attempts are only potential), "support for X" of a named body acting through its efforts, the doer
of the act a passive participle with its own "by" agent is done to, the addressee of a request
answered by a release's own heading, and the doer of "any attempts to V" told earlier. Invented
sentences, each with a contrast."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

STATE = "United States Department of State"
WHITE_HOUSE = "The White House"


def _events(nlp, text, outlet=None, kind=None):
    events = extract(text, dt.date(2023, 3, 14), nlp=nlp, outlet=outlet).events
    return [e for e in events if kind is None or e.type == kind]


def _explain(events):
    return [(e.type, e.trigger, e.source_text, e.target_text, e.target_key, e.status, e.explanation[:240])
            for e in events]


# ---------------------------------------------------------------- attempts by X to V

def test_potential_attempts_by_a_named_agent_are_that_agents_possible_act(nlp):
    # "attempts by X to V": X does V; "possible future" attempts are not yet made (hypothetical)
    text = "The new pipeline protects Moldova from possible future attempts by Russia to cut gas supplies to Moldova."
    cuts = [e for e in _events(nlp, text, kind="COERCE") if "cut" in e.trigger]
    assert cuts, _explain(_events(nlp, text))
    assert [(e.source_key, e.target_key, e.status) for e in cuts] == \
        [("country:RUS", "country:MDA", "hypothetical")], _explain(cuts)


def test_an_attempt_told_as_made_keeps_its_agent_and_stays_asserted(nlp):
    # contrast: no modifier of unrealised time, so the attempt is told as made
    text = "The army condemned an attempt by Hamas to seize the border crossing on Tuesday."
    seize = [e for e in _events(nlp, text, kind="COERCE") if e.trigger == "seize"]
    assert [(e.source_key, e.status) for e in seize] == [("org:hamas", "asserted")], _explain(seize)


# ---------------------------------------------------------------- support for a named body

def test_support_for_a_named_body_acting_through_its_efforts_targets_the_body(nlp):
    text = ("Poland and Romania expressed their strong support for the Black Sea Trade Initiative and its "
            "efforts to expand rail links in the region.")
    support = _events(nlp, text, kind="SUPPORT")
    assert support and all(e.target_text == "Black Sea Trade Initiative" for e in support), _explain(support)
    assert {e.source_text for e in support} == {"Poland", "Romania"}, _explain(support)


def test_support_for_a_named_programme_alone_names_no_target(nlp):
    # contrast: nothing says the programme acts, so it stays a programme (no actor)
    text = "The ministers reaffirmed their support for the Belt and Road Initiative."
    support = _events(nlp, text, kind="SUPPORT")
    assert all(e.target_text is None for e in support), _explain(support)


def test_support_for_a_state_is_unchanged(nlp):
    text = "Poland and Romania expressed their strong support for Moldova."
    support = _events(nlp, text, kind="SUPPORT")
    assert support and all(e.target_key == "country:MDA" for e in support), _explain(support)


# ---------------------------------------------------------------- passive participle with "by"

def test_a_rejected_offer_targets_the_party_whose_offer_it_was(nlp):
    text = "Ukraine's offer of talks, rejected by Moscow last week, remains on the table."
    rejects = _events(nlp, text, kind="REJECT")
    assert [(e.source_key, e.target_key) for e in rejects] == [("country:RUS", "country:UKR")], _explain(rejects)


def test_a_rejected_thing_with_no_party_named_gets_no_target_and_never_the_rejecter(nlp):
    # contrast: "diplomacy" names nobody whose diplomacy it is
    text = "Officials discussed diplomacy now rejected by Russia."
    rejects = _events(nlp, text, kind="REJECT")
    assert rejects and all(e.source_key == "country:RUS" and e.target_key is None for e in rejects), \
        _explain(rejects)


# ---------------------------------------------------------------- request answered

HEADING = "In response to a recent request from the Government of Peru for election observers:"


def test_a_request_a_release_heading_answers_was_made_to_the_releasing_state(nlp):
    demands = _events(nlp, HEADING, outlet=WHITE_HOUSE, kind="DEMAND")
    assert [(e.source_key, e.target_key, e.target_acts_for) for e in demands] == \
        [("country:PER", "country:USA", "USA")], _explain(demands)


def test_the_same_heading_with_no_releasing_state_names_no_addressee(nlp):
    # contrast: a text that speaks for no state (no outlet) leaves the addressee open
    demands = _events(nlp, HEADING, kind="DEMAND")
    assert demands and all(e.target_key is None and e.target_acts_for is None for e in demands), _explain(demands)


def test_we_answering_the_request_is_its_addressee(nlp):
    text = "In response to a request from the Government of Peru for election observers, we will send a team."
    demands = _events(nlp, text, outlet=STATE, kind="DEMAND")
    assert [(e.source_key, e.target_acts_for) for e in demands] == [("country:PER", "USA")], _explain(demands)


def test_a_request_answered_by_a_clause_naming_no_doer_was_made_to_the_releasing_state(nlp):
    # "in response to X's requests" on a clause whose act names no doer (a thing for subject, a
    # passive with no agent): the release's own voice answers, so its state was asked
    for text in ("This latest package includes radars and patrol boats in response to the Moldovan "
                 "Government's requests.",
                 "Additional radars were delivered in response to the Moldovan Government's requests."):
        demands = _events(nlp, text, outlet=STATE, kind="DEMAND")
        assert [(e.source_acts_for, e.target_acts_for) for e in demands] == [("MDA", "USA")], _explain(demands)


def test_a_request_answered_by_no_doer_stays_open_in_a_quote_another_owner_or_no_state_text(nlp):
    cases = [
        # a thing another party owns answers: its owner, not the release, may have been asked
        ("Russia's new package includes drones in response to the Syrian Government's requests.", STATE),
        # the speaker's words, not the release's voice
        ("Romanian Foreign Minister Ana Popescu said: \"This package includes radars in response to the "
         "Moldovan Government's requests.\"", STATE),
        # a text that speaks for no state
        ("This latest package includes radars in response to the Moldovan Government's requests.", None),
    ]
    for text, outlet in cases:
        demands = _events(nlp, text, outlet=outlet, kind="DEMAND")
        assert demands and all(e.target_key is None and e.target_acts_for is None for e in demands), \
            (text, _explain(demands))


# ---------------------------------------------------------------- any attempts to V

EARLIER = "Officials believe that Russia will try to annex the Kherson region of Ukraine. "
GENERIC = ("The international community has been clear that such referenda will not be considered legitimate, "
           "nor will any attempts to annex additional Ukrainian territory.")


def test_any_attempts_to_act_take_the_doer_of_that_act_told_earlier(nlp):
    annex = [e for e in _events(nlp, EARLIER + GENERIC, outlet=STATE, kind="COERCE")
             if e.trigger == "annex"]
    assert [(e.source_key, e.target_acts_for, e.status) for e in annex] == \
        [("country:RUS", "UKR", "hypothetical")], _explain(annex)


def test_any_attempts_to_act_with_no_earlier_doer_stay_without_source(nlp):
    # contrast: the article told no such act before
    annex = [e for e in _events(nlp, GENERIC, outlet=STATE, kind="COERCE") if e.trigger == "annex"]
    assert annex and all(e.source_key is None for e in annex), _explain(annex)


# ---------------------------------------------------------------- "the country" of a supply cut

def test_the_country_a_state_cuts_supplies_to_is_another_state(nlp):
    # a cut of supplies goes from one state to another: the cutter's own state is set aside
    text = ("Germany will help Moldova build new gas pipelines. This will shield Moldova from any future "
            "attempts by Russia to cut gas supplies to the country.")
    cuts = [e for e in _events(nlp, text, kind="COERCE") if "cut" in e.trigger]
    assert [(e.source_key, e.target_key, e.status) for e in cuts] == \
        [("country:RUS", "country:MDA", "hypothetical")], _explain(cuts)


def test_the_country_is_never_the_cutting_state_itself(nlp):
    # contrast: only the cutter's own state is named, so "the country" stays unresolved
    text = "Russia may cut gas supplies to the country, Gazprom said on Tuesday."
    cuts = [e for e in _events(nlp, text, kind="COERCE") if "cut" in e.trigger]
    assert all(e.target_key != "country:RUS" and e.target_acts_for != "RUS" for e in cuts), _explain(cuts)


# ---------------------------------------------------------------- "from X" of a request endorsed

def test_approving_a_request_from_a_state_is_support_toward_that_state(nlp):
    # the "from" of a request noun names who made it: the one whose request is approved
    text = "Germany approved a request from Ukraine for more air defence systems."
    support = _events(nlp, text, kind="SUPPORT")
    assert [(e.source_key, e.target_key) for e in support] == [("country:DEU", "country:UKR")], _explain(support)


def test_the_from_of_support_itself_still_names_its_giver(nlp):
    # contrast: "support ... from X" is X's support, told by the one who emphasizes it
    text = "The Secretary emphasized the strong support for Ukraine from Allies and partners."
    support = _events(nlp, text, kind="SUPPORT")
    assert support and all(e.source_text == "Allies" and e.target_key == "country:UKR" for e in support), \
        _explain(support)
