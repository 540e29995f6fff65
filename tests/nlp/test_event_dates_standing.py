"""A measure told as a standing state (event_dates.standing_measure, 0.1.58): a present passive
sanction of a target the article already told sanctioned is in force, imposed before the article,
so undated "before"; the day's own designation keeps its date. Invented sentences in the style of
state.gov sanctions releases; none from the gold files."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.event_dates import BEFORE, PUBLICATION
from newsgraph.nlp.pipeline import extract

TUESDAY = dt.date(2022, 6, 28)


def _sanctions(text):
    return [e for e in extract(text, TUESDAY, outlet="U.S. Department of State").events if e.type == "SANCTION"]


def test_a_target_told_sanctioned_again_in_the_present_passive_is_a_standing_state():
    text = ("The Department of State has also designated the Northern Shipping Bureau (NSB) pursuant to E.O. 14024. "
            "The NSB is also sanctioned under E.O. 13662.")
    events = _sanctions(text)
    later = [e for e in events if e.sentence_start > 0]
    first = [e for e in events if e.sentence_start == 0]
    assert first and all(e.date_source == PUBLICATION for e in first)
    assert later and all((e.date, e.date_source) == (None, BEFORE) for e in later)
    assert "a standing state" in later[0].explanation


def test_a_first_mention_in_the_present_passive_is_the_days_designation():
    events = _sanctions("Volga Transport LLC is designated pursuant to E.O. 14024 for operating in the marine sector.")
    assert events and all(e.date_source == PUBLICATION for e in events)


def test_a_progressive_passive_is_the_days_designation():
    text = ("The Department of State has designated the Northern Shipping Bureau (NSB) pursuant to E.O. 14024. "
            "The NSB is being designated for operating in the defense sector.")
    later = [e for e in _sanctions(text) if e.sentence_start > 0]
    assert all(e.date_source != BEFORE for e in later)


def _sanction(doc, text, trigger, target, after=0):
    """A hand-made SANCTION event: ``trigger`` and ``target`` (first occurrences after ``after``)."""
    from newsgraph.nlp.types import Event

    start, at = text.index(trigger, after), text.index(target, after)
    sent = next(x for x in doc.sents if x.start_char <= start < x.end_char)
    return Event(type="SANCTION", sentence_start=sent.start_char, sentence_end=sent.end_char, trigger=trigger,
                 trigger_start=start, trigger_end=start + len(trigger), target_text=target, target_start=at,
                 target_end=at + len(target))


def test_a_prohibition_on_dealing_with_the_target_is_not_its_standing_state():
    # the passive subject is "U.S. persons", not the sanctioned bank: the day's consequence (0.1.59)
    from newsgraph.nlp.event_dates import date_events, standing_measure
    from newsgraph.nlp.pipeline import build_pipeline, make_doc

    nlp = build_pipeline(("newsgraph_timex",))
    text = ("Today, the Department of the Treasury designated Volga Bank pursuant to E.O. 14024. "
            "Accordingly, all U.S. persons are prohibited from engaging in transactions with Volga Bank. "
            "Volga Bank is also sanctioned under E.O. 13662.")
    doc = nlp(make_doc(nlp, text, TUESDAY))
    first = _sanction(doc, text, "designated", "Volga Bank")
    prohibited = _sanction(doc, text, "prohibited", "Volga Bank", text.index("Accordingly"))
    standing = _sanction(doc, text, "sanctioned", "Volga Bank", text.index("Volga Bank is"))
    assert standing_measure(doc, prohibited, [first]) is None
    assert standing_measure(doc, standing, [first]) is not None
    doc._.ng_events = [first, prohibited, standing]
    date_events(doc)
    assert [e.date_source for e in (first, prohibited, standing)] == ["text", PUBLICATION, BEFORE]


def test_a_designation_told_with_its_grounds_is_the_days_act():
    # review 36a item 3: OFAC's wording of today's designation under a second authority
    text = ("Today, the Department of the Treasury designated Volga Bank pursuant to E.O. 14024. "
            "Volga Bank is also designated pursuant to E.O. 13662 for operating in the financial services sector.")
    later = [e for e in _sanctions(text) if e.sentence_start > 0]
    assert later and all(e.date_source != BEFORE for e in later), [(e.date, e.date_source) for e in later]
