"""Summary-noun recipients and co-actors (events 0.7.127):

1. "stand with X in V-ing / to V Y": X is the actor's partner in the act V (a co-actor), not the
   one supported; PLOVER SUPPORT is support "for" a target, and the act V has its own target
   ("stand with our allies and partners to support Ukraine": SUPPORT of Ukraine). Plain "stand
   with X" (and "in support of democracy", a noun) stays solidarity with X.
2. A plural summary noun's named members take its role: "entities and individuals, including
   Russia's largest defense conglomerate (State Corporation Rostec)"; a counted title-case list
   "16 Bank Otkritie Board Members: A, B, C".
3. An agentless passive on a definite plural noun ("Both militias were designated today") restates
   the act just told of the named parties: evidence of that event, not a new one.

The sentences are written for these tests in the style of government releases."""

from __future__ import annotations

from newsgraph.nlp.events import find_events


def _events(nlp, text, event_type=None):
    return [e for e in find_events(nlp(text)) if event_type is None or e.type == event_type]


def _show(events):
    return [(e.type, e.source_text, e.target_text, e.explanation[:90]) for e in events]


def test_partners_stood_with_in_an_act_are_no_recipients(base_nlp):
    text = ("Canada will continue to stand with its allies and partners to support Moldova as it faces "
            "pressure from Moscow.")
    events = _events(base_nlp, text)
    assert not any("allies" in (e.target_text or "") or "partners" in (e.target_text or "") for e in events), \
        _show(events)
    assert [(e.type, e.target_text) for e in events if e.type == "SUPPORT"] == [("SUPPORT", "Moldova")], _show(events)
    text = ("Japan stands with its partners in the region in providing humanitarian assistance to the people "
            "of Sudan.")
    events = _events(base_nlp, text)
    assert not any("partners" in (e.target_text or "") for e in events), _show(events)
    assert any(e.type == "AID" and "Sudan" in (e.target_text or "") for e in events), _show(events)


def test_partners_stood_united_with_in_an_act_are_no_recipients(base_nlp):
    # events 0.7.201: the joint act and the partner may hang on the verb's complement "united"
    text = ("As long as the Kremlin continues its assault on Ukraine, we stand united with our allies and "
            "partners in imposing additional costs on Russia.")
    events = _events(base_nlp, text)
    assert not any("allies" in (e.target_text or "") for e in events), _show(events)


def test_plain_solidarity_stays_support_of_whom_one_stands_with(base_nlp):
    for text, target in [("The United Kingdom stands with the people of Georgia.", "people of Georgia"),
                         ("We stand with all Bolivians in support of democracy and the rule of law.", "Bolivians")]:
        events = _events(base_nlp, text, "SUPPORT")
        assert [e.target_text for e in events] == [target], _show(events)


def test_named_members_under_including_take_the_summary_nouns_role(base_nlp):
    text = ("Today, the Departments of State and the Treasury are imposing sanctions on additional entities and "
            "individuals, including Iran's largest steel producer (Mobarakeh Steel Company) and dozens of its "
            "suppliers.")
    events = _events(base_nlp, text, "SANCTION")
    assert events and all(e.target_text == "Mobarakeh Steel Company" for e in events), _show(events)


def test_a_counted_title_case_list_names_each_member(base_nlp):
    text = ("The Department of State is designating 3 Sovcombank Board Members:\u202f Ivan Petrovich Sokolov, "
            "Olga Nikolaevna Smirnova, and Pavel Andreevich Kuznetsov for being members of the board.")
    events = _events(base_nlp, text, "SANCTION")
    targets = {e.target_text for e in events}
    assert {"Ivan Petrovich Sokolov", "Olga Nikolaevna Smirnova", "Pavel Andreevich Kuznetsov"} <= targets, \
        _show(events)
    assert not any("Members" in t for t in targets), _show(events)


def test_a_definite_plural_in_an_agentless_passive_restates_the_named_act(base_nlp):
    text = ("Today the Department of State is designating Jaysh al-Islam and the Hamza Division. "
            "Both militias were designated today pursuant to E.O. 13894.")
    events = _events(base_nlp, text, "SANCTION")
    assert not any(e.target_text == "militias" for e in events), _show(events)
    assert any("Jaysh" in (e.target_text or "") for e in events), _show(events)
    # an earlier act on unnamed parties is no act restated: the passive stays
    text = "The police arrested dozens of protesters in Minsk on Monday. The protesters were detained for hours."
    events = _events(base_nlp, text, "COERCE")
    assert any(e.trigger == "detained" for e in events), _show(events)
