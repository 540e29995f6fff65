"""An aid act naming no recipient, in an article whose aid acts that name one all go to one state,
is aid to that state (context_states.aid_context_recipient, linking 0.3.310). Own sentences."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import make_doc
from tests.nlp.linked_events import show


def _aid(nlp, text):
    doc = nlp(make_doc(nlp, text, dt.date(2023, 5, 10), outlet="U.S. Department of State",
                       title="Briefing on the Humanitarian Response"))
    events = [e for e in doc._.ng_events or [] if e.type == "AID"]
    assert events, show(doc._.ng_events or [])
    return events


ONE_STATE = ("The United States has provided $50 million in humanitarian assistance to displaced families in Sudan. "
             "USAID has also provided emergency food assistance to vulnerable communities across Sudan. "
             "This week, USAID rapidly deployed three planeloads of emergency supplies from its warehouse in Dubai.")


def test_aid_with_no_recipient_goes_where_the_articles_other_aid_goes(nlp):
    events = [e for e in _aid(nlp, ONE_STATE) if e.trigger.startswith("deployed")]
    assert events and all(e.target_acts_for == "SDN" for e in events), show(_aid(nlp, ONE_STATE))


def test_aid_in_an_article_giving_to_two_states_gets_no_recipient(nlp):
    # contrast: the article's aid goes to Sudan and to Chad: no one state is the recipient
    text = ONE_STATE.replace("vulnerable communities across Sudan", "vulnerable communities across Chad")
    events = [e for e in _aid(nlp, text) if e.trigger.startswith("deployed")]
    assert events, show(_aid(nlp, text))
    assert all(e.target_acts_for is None for e in events), show(_aid(nlp, text))
