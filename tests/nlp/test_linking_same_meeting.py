"""A meeting told again a sentence or more after the readout names it (linking 0.3.530,
``linking._readout_counterparts``): a meeting-type act whose target is missing or only a plural of
participants ("the Secretaries and Ministers", "the delegations"), told by one side of the meeting
(its key, or the delegation of the state one side acts for), takes the other side; never across a
meeting with another party told in between, nor for a plural that one counterpart cannot be
(English number agreement), nor for a third state's delegation. Sentences are invented."""

from __future__ import annotations

from tests.nlp.linked_events import explain as _explain, linked as _events

LEAD = "The below is attributable to Spokesperson Ned Price:\n"
DELEGATIONS = ("Under Secretary of State Victoria Nuland led the U.S. delegation to Vienna for the U.S.-Poland "
               "Strategic Dialogue. Polish Deputy Foreign Minister Marcin Przydacz led the Polish delegation.\n")
TALKS = "delegation discussed energy security, export controls, and the format for future sessions."
FOUR = ("Secretary of State Antony J. Blinken and Secretary of Defense Lloyd J. Austin III met with Japanese "
        "Foreign Minister Yoshimasa Hayashi and Japanese Defense Minister Yasukazu Hamada in Washington. ")
PLURALS = "The Secretaries and Ministers discussed regional security and the alliance's deterrence posture."


def _discussed(events):
    return [e for e in events if e.type == "CONSULT" and e.trigger == "discussed"]


def test_a_states_delegation_talks_with_the_other_sides_leader(nlp):
    # "The U.S. delegation" is the side Nuland (USA) leads: its talks are with Przydacz (POL)
    talks = _discussed(_events(nlp, LEAD + DELEGATIONS + "The U.S. " + TALKS))
    assert talks and all(e.target_key == "person:marcin-przydacz" for e in talks), _explain(talks)
    assert all("same-meeting check" in e.explanation and "no target" in e.explanation for e in talks), _explain(talks)


def test_a_third_states_delegation_takes_no_side(nlp):
    # contrast: Germany is neither side of the dialogue; nothing is carried
    talks = _discussed(_events(nlp, LEAD + DELEGATIONS + "The German " + TALKS))
    assert talks and all(e.target_key is None for e in talks), _explain(talks)


def test_a_plural_of_the_participants_is_the_meeting_told_pair_by_pair(nlp):
    # the meeting is stored pair by pair; "Secretaries" keyed to Blinken takes a Japanese minister
    talks = _discussed(_events(nlp, LEAD + FOUR + PLURALS))
    assert talks and all(e.target_key in ("person:yoshimasa-hayashi", "person:yasukazu-hamada") for e in talks), \
        _explain(talks)
    assert all("'Ministers', a plural of the participants" in e.explanation for e in talks), _explain(talks)


def test_a_plural_is_not_one_counterpart_met_later(nlp):
    # contrast: the latest meeting has one foreign minister; "Ministers" cannot be Wong alone
    talks = _discussed(_events(nlp, LEAD + FOUR + "Secretary Blinken also met with Australian Foreign Minister "
                               "Penny Wong. " + PLURALS))
    assert talks and all(e.target_key != "person:penny-wong" for e in talks), _explain(talks)


def test_no_carry_across_a_meeting_with_another_party(nlp):
    # contrast: a meeting with civil society leaders is told between; the talks may be theirs
    talks = _discussed(_events(nlp, LEAD + DELEGATIONS + "Under Secretary Nuland also met with civil society "
                               "leaders in Vienna. The U.S. " + TALKS))
    assert talks and all(e.target_key != "person:marcin-przydacz" for e in talks), _explain(talks)


def test_the_bare_plural_of_delegations_is_the_other_side(nlp):
    # 0.3.590: "the delegations" with nothing of its own is the meeting's sides: Przydacz's
    talks = _discussed(_events(nlp, LEAD + DELEGATIONS + "The U.S. delegation discussed energy security with "
                               "the delegations."))
    assert talks and all(e.target_key == "person:marcin-przydacz" for e in talks), _explain(talks)


def test_a_plural_with_its_own_of_phrase_is_another_party(nlp):
    # 0.3.590 contrast: "the delegations of the Nordic countries" names other parties than Poland's
    talks = _discussed(_events(nlp, LEAD + DELEGATIONS + "The U.S. delegation discussed energy security with "
                               "the delegations of the Nordic countries."))
    assert talks and all(e.target_key != "person:marcin-przydacz" and e.target_acts_for != "POL"
                         for e in talks), _explain(talks)
    assert all("same-meeting check" not in e.explanation for e in talks), _explain(talks)


def test_a_partner_the_act_names_itself_is_not_the_meetings_other_side(nlp):
    # 0.3.590: "with officials from several Pacific island states" is whom the talks were with,
    # even where the linker keys no actor for it (a region in no state): no Japanese minister is
    # filled in, for a meeting told pair by pair or one to one
    partner = " discussed regional security with officials from several Pacific island states."
    for text in (FOUR + "The Secretaries and Ministers" + partner,
                 "Secretary Antony J. Blinken met with Japanese Foreign Minister Yoshimasa Hayashi in Tokyo. "
                 "The Secretary" + partner):
        talks = [e for e in _discussed(_events(nlp, LEAD + text)) if e.source_key]
        assert talks and all(e.target_key not in ("person:yoshimasa-hayashi", "person:yasukazu-hamada")
                             and e.target_acts_for != "JPN" for e in talks), _explain(talks)
