"""Events 0.8.220 (check not-quoted-title): a quoted passage capitalised as a title names a forum,
report, programme or slogan (Chicago Manual of Style 8.159-8.163; AP style on composition titles),
so no event is read from the words inside it. Quoted speech keeps its events in any case, and so
does a title-cased name without quotation marks. Invented sentences; each positive case fails
without the change, each contrast must not change."""

from __future__ import annotations

from newsgraph.nlp.events import DETECTION_CHECKS, find_events
from newsgraph.nlp.events.candidates import _quoted_title, _title_cased
from newsgraph.nlp.events.lexicon import Trigger


def _types(nlp, text: str, word: str) -> set[str]:
    """The types of the events whose trigger holds ``word``."""
    return {e.type for e in find_events(nlp(text)) if word in e.trigger.lower().split()}


def _check(nlp, text: str, word: str):
    """What check not-quoted-title answers for a candidate triggered by the first token ``word``."""
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    return _quoted_title(Trigger(token=token, head=token, event_type="AID", mode=None, rule="test",
                                 words=[token], base_confidence=0.5))


# ---------------------------------------------------------------- positive: names of forums, reports

# (the parse that reads a title's word as a verb with its own actors is rare: the end-to-end case
# is measured on the demo, in the stop's note; these cases call the check itself)
FORUM = ("The trade office organised a seminar on “Securing the Battery and Lithium supply Networks of "
         "Chile and Japan” at its Santiago headquarters.")


def test_the_check_names_a_quoted_title_of_a_report_campaign_or_sign(base_nlp):
    cases = [
        ("The agency released a report titled “China Expels Foreign Reporters” in March.", "Expels"),
        ("The ministry launched a campaign called “Help Ukraine Defend Its Cities” last week.", "Defend"),
        ("Protesters carried signs reading “Russia Must Free Navalny” outside the embassy.", "Free"),
        (FORUM, "supply"),
    ]
    for text, word in cases:
        reason = _check(base_nlp, text, word)
        assert reason and reason.startswith("inside the quoted title"), text


# ---------------------------------------------------------------- contrasts

def test_quoted_speech_keeps_its_events_in_ordinary_and_in_title_case(base_nlp):
    assert _types(base_nlp, "“We will send aid to Ukraine,” the minister said.", "send") == {"AGREE"}
    assert _types(base_nlp, "The minister said, “We will send aid to Ukraine.”", "send") == {"AGREE"}
    assert _types(base_nlp, "“Canada Will Send Military Aid To Ukraine,” the minister told reporters.", "send") == {"AGREE"}
    for text, word in [
        ("The minister said, “We Will Send Military Aid To Ukraine.”", "Send"),
        ("The minister said: “We Will Send Military Aid To Ukraine.”", "Send"),
        ("“We Will Send Military Aid To Ukraine,” said the minister.", "Send"),
        ("The protesters chanted “Russia Must Free Navalny” outside the embassy.", "Free"),
        ("“Happy Independence Day To All Ukrainians!,” he tweeted.", "Happy"),
    ]:
        assert _check(base_nlp, text, word) is None, text


def test_a_quote_in_ordinary_case_or_a_name_without_quotes_is_outside_the_check(base_nlp):
    for text in (
        "Brazil’s Ministry of Economy hosted a forum on “improving the semiconductor and ICT supply chains "
        "between Brazil and the European Union” in Brasilia.",
        "Brazil’s Ministry of Economy hosted a forum on Improving the Semiconductor and ICT supply Chains "
        "between Brazil and the European Union in Brasilia.",
        "The spokesman said the army would “supply Kyiv with everything it needs” this winter.",
    ):
        assert _check(base_nlp, text, "supply") is None, text


def test_a_quote_in_a_headline_set_in_title_case_is_no_title(base_nlp):
    # every word of the line is capitalised, the quoted ones with the rest
    assert _check(base_nlp, "Senator Warns Party Leaders: ‘We Will Lose The Vote In Ohio’", "Lose") is None


def test_title_case_needs_three_content_words_three_in_four_capitalised(base_nlp):
    doc = base_nlp("Securing the Grain supply Routes of Peru and the Atlantic Coast Ports between Russia and Chile now")
    assert _title_cased(doc[0:5])       # Securing, Grain, supply, Routes: 3 of 4
    assert not _title_cased(doc[0:4])   # Securing, Grain, supply: 2 of 3
    assert not _title_cased(base_nlp("Russia and China will support Iran")[:])  # 3 of 5
    assert not _title_cased(base_nlp("The Grain Deal")[:])  # two content words only


def test_the_check_is_listed_among_the_checks_passed(base_nlp):
    assert "not-quoted-title" in DETECTION_CHECKS.split(", ")
    events = find_events(base_nlp("“We will send aid to Ukraine,” the minister said."))
    assert events and all("not-quoted-title" in e.explanation for e in events)
