"""Recipients a verbal or promised act's sentence names outside its own phrase (task recipA): a
stance said as the purpose of a call or meeting is addressed to the partner talked with, and an
aid promise takes the beneficiary its purpose clause names. Sentences are realistic readout
wording (State Department style), not copied from the gold files."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import coded, explain


@pytest.mark.parametrize("text, trigger, target", [
    # appreciation voiced in a meeting, and the first of two conjoined purposes
    ("Mr. Sullivan met with Indian Foreign Secretary Vinay Kwatra to express appreciation for the progress "
     "in the partnership.", "express", "Vinay Kwatra"),
    ("The Secretary spoke today with Moldovan Foreign Minister Nicu Popescu to offer support and condemn "
     "reports of attacks on civilians.", "offer", "Nicu Popescu"),
])
def test_a_stance_said_in_a_call_goes_to_the_partner(base_nlp, text, trigger, target):
    # (support offered is AGREE/support, a promise of it: test_event_support_offers.py)
    events = [e for e in coded(base_nlp, text) if e.trigger.startswith(trigger) and e.type in ("SUPPORT", "AGREE")]
    assert events and events[0].target_text == target, explain(events)


def test_a_criticism_said_in_a_call_is_not_aimed_at_the_partner(base_nlp):
    # "to condemn reports of attacks": what is condemned, never the partner spoken with
    text = ("The Secretary spoke today with Moldovan Foreign Minister Nicu Popescu to offer support and condemn "
            "reports of attacks on civilians.")
    events = [e for e in coded(base_nlp, text) if e.type == "DISAPPROVE"]
    assert all(e.target_text != "Nicu Popescu" for e in events), explain(events)


def test_a_meeting_with_no_partner_gives_no_recipient(base_nlp):
    events = [e for e in coded(base_nlp, "The ministers met to express support for the ceasefire.")
              if e.type == "SUPPORT"]
    assert events and events[0].target_text is None, explain(events)


def test_promised_aid_goes_to_the_beneficiary_of_its_purpose(base_nlp):
    text = ("The United States intends to provide an additional $50 million in security assistance to enhance "
            "the capacity of the Moldovan Border Police to protect the border.")
    events = [e for e in coded(base_nlp, text) if e.type == "AGREE"]
    assert events and events[0].target_text == "Moldovan Border Police", explain(events)

