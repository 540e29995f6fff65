"""Checks not-press-question and not-briefing-talk (events.briefing_check): in a press-briefing
transcript a reporter's turn is a question context, and managing the floor is no event (issue 6
kind 2). Fixtures are turns of real State Department transcripts in the demo corpus
(examples/statedept; public domain), cut to the turns the example needs."""

from __future__ import annotations

from newsgraph.nlp.events import BRIEFING_CHECKS, _floor_talk, find_events
from newsgraph.nlp.types import Event

# Department Press Briefing, May 2, 2022: the reporter reports speculation and asks about it
SPECULATION = (
    "MR PRICE: Great, start with a few questions. Yes.\n\n"
    "QUESTION: There’re some reports that Russia, President Putin might formally declare war with Ukraine. "
    "I wonder if you have any sense whether that’s possible.\n\n"
    "MR PRICE: I’ve seen the speculation.\n")
# the same briefing: a reporter recalls an earlier question ("Matt asked you about ...")
ASKED_BEFORE = (
    "MR PRICE: So it’s something we continue to watch very closely.\n\nSaid.\n\n"
    "QUESTION: Yeah, thank you. Back with me on the Palestinian-Israeli issue. Last week Matt asked you about the "
    "new Israeli rules on foreigners visiting West Bank, which is – which stirred quite an outrage and restricts the "
    "Palestinians mainly – schools, colleges, and so on. If you have any position on that.\n\n"
    "MR PRICE: We’re aware of the new procedures.\n")
# Secretary Blinken and Foreign Minister Kuleba at a joint press availability: a reporter's
# declarative report of a request, then the question
# (the transcript has "asked for"; "us" names the addressee, since what is asked "for" is no target)
REPORTED_REQUEST = (
    "SECRETARY BLINKEN: Thank you all very much\n"
    "QUESTION: He asked us for fighter and attack aircraft. Would you help your friend and partner, the Minister "
    "Kuleba, with fighter and attack aircraft?\n"
    "SECRETARY BLINKEN: We are talking about and working on everything.\n")
# Secretary Blinken with Andrea Kalan: a question read out with the reporter's outlet
OUTLET_QUESTION = (
    "SECRETARY BLINKEN: This can’t be repeated.\n"
    "QUESTION: Our next question is from Iurii Sheiko from Deutsche Welle: “Yesterday you announced additional "
    "security assistance for Ukraine of $100 million.”\n"
    "SECRETARY BLINKEN: Yes.\n")
# Briefing with Senior Administration Officials on the U.S. Humanitarian Assistance Response
GROUND_RULES = (
    "MODERATOR: We’ve already had excellent briefings today, so we’ll ask you again to limit your questions to "
    "humanitarian assistance and our response in that regard.\n\n"
    "QUESTION: Thank you.\n")
# Department Press Briefing, May 2, 2022: the spokesperson recalls an exchange with a reporter
WITH_A_REPORTER = (
    "MR PRICE: It is something we watch closely.\n\nSaid.\n\n"
    "QUESTION: Yeah, thank you.\n\n"
    "MR PRICE: As we discussed with Said last week, we have made clear to our Israeli Government counterparts that "
    "civil society organizations must be able to operate.\n")


def test_speculation_asked_about_is_no_event(nlp):
    events = find_events(nlp(SPECULATION))
    assert not [e for e in events if e.type == "THREATEN"], [e.explanation for e in events]


def test_an_earlier_question_recalled_is_no_event(nlp):
    events = find_events(nlp(ASKED_BEFORE))
    assert not [e for e in events if e.trigger_start > ASKED_BEFORE.index("QUESTION")
                and e.trigger_start < ASKED_BEFORE.rindex("MR PRICE")], [e.explanation for e in events]


def test_reporters_declarative_report_is_claimed(nlp):
    events = [e for e in find_events(nlp(REPORTED_REQUEST)) if e.type == "DEMAND"]
    assert events and all(e.status == "claimed" for e in events), [e.explanation for e in events]
    assert "a reporter's turn 'QUESTION'" in events[0].explanation
    assert BRIEFING_CHECKS in events[0].explanation


def test_claim_names_the_reporters_outlet(nlp):
    events = [e for e in find_events(nlp(OUTLET_QUESTION)) if e.type == "AID"]
    assert events and events[0].status == "claimed", [e.explanation for e in events]
    assert "claimed by Deutsche Welle" in events[0].explanation


def _token(doc, word):
    return next(t for t in doc if t.text == word)


def test_ground_rules_are_floor_talk(base_nlp):
    doc = base_nlp(GROUND_RULES)
    event = Event(type="DEMAND", sentence_start=0, sentence_end=10, trigger="ask", trigger_start=0, trigger_end=3)
    assert "questions" in _floor_talk(_token(doc, "ask"), event, frozenset())


def test_referring_the_press_elsewhere_is_floor_talk(base_nlp):
    # Department Press Briefing, May 2, 2022
    doc = base_nlp("MR PRICE: So on the first I would refer you to the Department of Justice.")
    event = Event(type="CONSULT", sentence_start=0, sentence_end=10, trigger="refer", trigger_start=0, trigger_end=5)
    assert "refer you" in _floor_talk(_token(doc, "refer"), event, frozenset())


def test_a_policy_sentence_is_no_floor_talk(base_nlp):
    doc = base_nlp("We urge the Ortega regime to cease its repression of democracy.")
    event = Event(type="DEMAND", sentence_start=0, sentence_end=10, trigger="urge", trigger_start=3, trigger_end=7,
                  target_text="Ortega regime")
    assert _floor_talk(_token(doc, "urge"), event, frozenset({"Said"})) is None


def test_an_exchange_with_a_reporter_is_no_event(nlp):
    events = find_events(nlp(WITH_A_REPORTER))
    assert not [e for e in events if e.target_text == "Said"], [e.explanation for e in events]


def test_outside_a_briefing_the_checks_do_not_apply(nlp):
    # (an addressee named: what is asked "for" is no target, task `types`)
    events = find_events(nlp("He asked Germany for fighter and attack aircraft."))
    assert [(e.type, e.status) for e in events] == [("DEMAND", "asserted")]
    assert BRIEFING_CHECKS not in events[0].explanation


# constructed after the turns of the Department Press Briefing, May 2, 2022: the reporter puts
# forward a view in the simple present, reports a dated visit, then asks
PREMISE = (
    "MR PRICE: Let's go to the next question.\n\n"
    "QUESTION: Thank you. On Syria, Iranian militias support the Assad regime's offensive in Idlib. "
    "And Turkey's foreign minister visited Damascus last week. How will the United States respond?\n\n"
    "MR PRICE: We have been clear about that.\n")


def test_a_reporters_own_view_is_no_event_but_a_reported_visit_is_claimed(nlp):
    # check not-press-question (task embed2): the view the question rests on is no happening
    events = find_events(nlp(PREMISE))
    assert not [e for e in events if e.type == "SUPPORT"], [e.explanation for e in events]
    visits = [e for e in events if e.type == "CONSULT"]
    assert visits and all(e.status == "claimed" for e in visits), [e.explanation for e in events]


# Invented transcripts (Stop 44, issue 6): a reporter's question tells an act, the briefer's answer
# states the same act (same verb, same thing) after a clarifying back-and-forth
_ASKED = ("MR PRICE: Good afternoon. Happy to take your questions.\n\n"
          "QUESTION: On Central Asia, there was a trade agreement signed this morning between Kazakhstan and "
          "Mongolia. What does it mean for the region?\n\n")
CONFIRMED_BY_BRIEFER = (_ASKED + "MR PRICE: Which agreement?\n\n"
                        "QUESTION: The one on rail transit.\n\n"
                        "MR PRICE: Understood. As you mentioned, the Kazakh and Mongolian foreign ministers met in "
                        "Astana this morning, and they did sign a trade agreement on rail transit.\n\n"
                        "QUESTION: Thank you.\n")
# contrasts: the answer does not state the act; the same verb only after the floor moved on; denied
NOT_CONFIRMED = (_ASKED + "MR PRICE: We welcome closer ties between the countries of Central Asia and their "
                 "neighbors.\n\n"
                 "QUESTION: And with China?\n\n"
                 "MR PRICE: They did sign a trade agreement with China last year.\n")
DENIED_BY_BRIEFER = (_ASKED + "MR PRICE: To our understanding, they did not sign a trade agreement this morning; "
                     "the talks go on.\n")


def _signed(nlp, text):
    return [e for e in find_events(nlp(text)) if e.trigger == "signed"]


def test_question_act_confirmed_by_the_briefer_is_asserted(nlp):
    events = _signed(nlp, CONFIRMED_BY_BRIEFER)
    assert events and all(e.status == "asserted" for e in events), [e.explanation for e in events]
    assert "confirmed by the briefer's turn 'MR PRICE'" in events[0].explanation


def test_question_act_not_confirmed_stays_claimed(nlp):
    for text in (NOT_CONFIRMED, DENIED_BY_BRIEFER):
        events = _signed(nlp, text)
        assert events and all(e.status == "claimed" for e in events), [e.explanation for e in events]
