"""Passive recipients of a ditransitive act (task `smallkinds`, s17): the passive subject of
deny/refuse/grant + visa, entry, asylum, protection is the recipient (TARGET), the "by" agent the
source; never the subject as source. Sentences: the demo corpus Wikinews report on the Afghan
robotics team ("had been denied visas") and the task's wording."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import coded, show


@pytest.mark.parametrize("text, trigger, event_type, source, target", [
    ("Mexican nationals were granted protection by the Department of Homeland Security.", "granted", "AID",
     "Department of Homeland Security", "Mexican nationals"),
    ("The activists were refused entry by Israeli authorities.", "refused", "REJECT",
     "Israeli authorities", "activists"),
    # no by-phrase: the recipient is still the target, the subject never the source
    ("Mexican nationals were granted asylum.", "granted", "AID", None, "Mexican nationals"),
])
def test_the_passive_subject_of_a_ditransitive_act_is_the_recipient(base_nlp, text, trigger, event_type,
                                                                     source, target):
    events = [e for e in coded(base_nlp, text) if e.trigger == trigger]
    assert {(e.type, e.source_text, e.target_text) for e in events} == {(event_type, source, target)}, show(events)


def test_an_active_ditransitive_keeps_its_subject_as_source(base_nlp):
    # near miss: the active voice; the subject grants
    events = [e for e in coded(base_nlp, "The United States granted asylum to Mexican nationals.")
              if "granted" in e.trigger]
    assert events and all(e.source_text == "United States" for e in events), show(events)
