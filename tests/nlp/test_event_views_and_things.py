"""Not-events coded with confidence (stop 36): an act in a reduced relative the parser took for a
main verb (check not-participation, events 0.7.370), a view shared told with "agree with" (check
not-opinion-accord, events 0.7.371), a pronoun standing for a project or a law as agent (check
thing-agent, events 0.7.372). Each has a contrast that stays an event."""

from __future__ import annotations

from tests.nlp.linked_events import coded as _events


def _explain(events):
    return [(e.type, e.trigger, e.source_text, e.target_text, e.status) for e in events]


# -- "officials believed to be involved in ...": who the officials are, parsed as a main verb

def test_believed_to_be_involved_after_a_sanctioned_noun_is_no_act(base_nlp):
    events = _events(base_nlp, "The United States imposed sanctions on Russian officials believed to be "
                     "involved in suppressing dissent in Russia.")
    assert not [e for e in events if e.type in ("COERCE", "ASSAULT")], _explain(events)
    assert [e for e in events if e.type == "SANCTION" and e.source_text == "United States"], _explain(events)


def test_believed_to_be_involved_in_a_policy_fragment_is_no_act(base_nlp):
    events = _events(base_nlp, "A new visa restriction policy that applies to current and former Russian "
                     "government officials believed to be involved in suppressing dissent in Russia and abroad.")
    assert not [e for e in events if e.type == "COERCE"], _explain(events)


def test_a_dated_report_of_taking_part_stays(base_nlp):
    # contrast: a main clause with its own subject and a day reports the act
    events = _events(base_nlp, "Two Belarusian officers were involved in the fatal shooting of two peaceful "
                     "protesters on August 10.")
    assert [e for e in events if e.type == "ASSAULT" and e.source_text == "Two Belarusian officers"], \
        _explain(events)


# -- "agree with" a party and nothing agreed: a view shared

def test_agreeing_with_a_party_alone_is_an_opinion(base_nlp):
    for text in ("We agree with the international community.",
                 "The senator said she agrees with the President.",
                 "Japan concurred with the United States."):
        events = _events(base_nlp, text)
        assert not [e for e in events if e.type == "AGREE"], (text, _explain(events))


def test_agreeing_with_a_party_to_act_or_on_a_thing_stays_agree(base_nlp):
    events = _events(base_nlp, "Russia agreed with Turkey to resume talks.")
    assert [e for e in events if e.type == "AGREE" and e.target_text == "Turkey"], _explain(events)
    events = _events(base_nlp, "Ukraine agreed with Poland on a new border crossing.")
    assert [e for e in events if e.type == "AGREE" and e.target_text == "Poland"], _explain(events)


def test_agreeing_with_a_plan_or_request_accepts_it(base_nlp):
    # review 36a item 2: "agree with" a thing (a plan, proposal, request) is PLOVER AGREE (accept)
    for text in ("Israel agreed with the U.S. plan for a ceasefire in Gaza.",
                 "The EU agreed with the British proposal.",
                 "Turkey agreed with Sweden's request."):
        events = _events(base_nlp, text)
        assert [e for e in events if e.type == "AGREE"], (text, _explain(events))


# -- "They" standing for projects told just before: a thing, no actor

def test_a_pronoun_for_projects_is_no_agent(base_nlp):
    events = _events(base_nlp, "These projects are set to demonstrate new technologies that cut emissions from "
                     "steelmaking. They will support the economic comeback of steel communities in Ohio.")
    assert not [e for e in events if e.type in ("AGREE", "SUPPORT", "AID")], _explain(events)


def test_a_pronoun_for_troops_stays_the_agent(base_nlp):
    events = _events(base_nlp, "Russian troops entered the town on Monday. They killed five civilians.")
    assert [e for e in events if e.type == "ASSAULT" and e.source_text == "They"], _explain(events)


# -- a state barring its own persons from dealing with X (review 36a extra item)

def test_barring_ones_own_persons_from_dealing_is_a_sanction_on_the_partner(base_nlp):
    for text in ("We are prohibiting U.S. persons, wherever located, from providing consulting services to any "
                 "person located in the Russian Federation.",
                 "The United States prohibits American companies from doing business with Iran."):
        events = _events(base_nlp, text)
        assert [e.target_text for e in events if e.type == "SANCTION"] in (["Russian Federation"], ["Iran"]), \
            (text, _explain(events))
        assert not [e for e in events if e.target_text in ("U.S. persons", "American companies")], _explain(events)


def test_barring_a_state_itself_stays_coercion(base_nlp):
    events = _events(base_nlp, "The court barred Russia from selling gas to Europe.")
    assert not [e for e in events if e.type == "SANCTION" and e.target_text == "Europe"], _explain(events)
