"""A past participle before its noun inside a larger noun phrase is an attributive participle (task
`premod`, stop 45; events candidates.py ``_premodifying_participle``, check not-description): the
parser often reads "detained people" as a verb with its object, which stored a custody act with
the noun as target and no doer. The participle tells the noun's state, no act of the sentence.
Finite clauses, participles with a "by" agent and coordinated verbs sharing a subject keep their
act. Sentences invented for the shapes the parser gives."""

from __future__ import annotations

import pytest

from newsgraph.nlp.events.candidates import _premodifying_participle
from tests.nlp.linked_events import coded as _events, explain as _explain


def _token(doc, word):
    found = [t.i for t in doc if t.text == word]
    assert len(found) == 1, [t.text for t in doc]
    return doc[found[0]]


@pytest.mark.parametrize("text, word", [
    # after "and" that follows a noun, hung on a gerund: a second noun phrase, no coordinated verb
    ("Officials talked about bringing home the hostages and detained citizens abroad.", "detained"),
    ("The minister spoke about securing the freedom of the hostages and unjustly imprisoned journalists abroad.",
     "imprisoned"),
    # hung on a progressive verb that has a subject (``_attributive_past_conjunct``)
    ("We are working on securing the release of the hostages and wrongfully detained citizens around the world.",
     "detained"),
    # the object of a gerund that has none of its own
    ("Rights groups criticized the practice of handing detained prisoners over to militias.", "detained"),
    ("The report describes the practice of handing detained people over to proxies in the east.", "detained"),
])
def test_a_premodifying_participle_is_no_act(base_nlp, text, word):
    doc = base_nlp(text)
    assert _premodifying_participle(_token(doc, word))
    events = [e for e in _events(base_nlp, text) if e.trigger.split()[0] == word]
    assert not events, _explain(events)


def test_a_finite_verb_with_its_object_keeps_its_act(base_nlp):
    text = "Police detained three journalists on Monday."
    doc = base_nlp(text)
    assert not _premodifying_participle(_token(doc, "detained"))
    events = _events(base_nlp, text, "COERCE")
    assert [(e.source_text, e.target_text) for e in events] == [("Police", "three journalists")], _explain(events)


def test_a_participle_with_its_agent_keeps_its_act(base_nlp):
    # a postmodifier with a "by" agent tells who did it
    events = _events(base_nlp, "The journalists detained by police were released on Friday.", "COERCE")
    assert [(e.source_text, e.target_text) for e in events] == [("police", "journalists")], _explain(events)


@pytest.mark.parametrize("text", [
    "The regime arrested journalists and detained activists.",
    "The army arrested and detained protesters in the capital.",
    "Authorities have arrested, detained, and deported dozens of activists.",
])
def test_coordinated_verbs_sharing_a_subject_keep_their_act(base_nlp, text):
    doc = base_nlp(text)
    assert not _premodifying_participle(_token(doc, "detained"))
    events = _events(base_nlp, text, "COERCE")
    assert events and all(e.source_text in ("regime", "army", "Authorities") for e in events), _explain(events)


def test_a_doer_before_the_participle_is_kept(base_nlp):
    # "U.S. supplied weapons": the noun before the participle may name who supplied them
    doc = base_nlp("U.S. supplied weapons and ammunition have been flowing into the country daily.")
    assert not _premodifying_participle(_token(doc, "supplied"))


def test_an_irregular_past_tense_is_no_participle(base_nlp):
    # "gave" is only a past tense (its participle is "given"): a list the parser hangs it on is
    # no noun phrase it could modify
    doc = base_nlp("The president with a deep hope and gave promises to every community.")
    gave = _token(doc, "gave")
    assert gave.tag_ == "VBD"
    assert not _premodifying_participle(gave)
