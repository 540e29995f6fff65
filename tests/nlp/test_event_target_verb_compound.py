""""help X do Y" parsed as one noun compound ("helped the Houthis procure drones": Houthis
<-compound- drones, procure <-compound- drones): a word the lexicon knows only as a verb premodifies
no noun, so the actor phrase is the name before it, not a phrase running into the verb (task
s46-names). Sentences are invented; each test first checks the parse it is about."""

from __future__ import annotations

from newsgraph.nlp.events import _actor_span


def _object_phrase(base_nlp, text):
    doc = base_nlp(text)
    obj = next(t for t in doc if t.dep_ == "dobj" and t.head.lemma_ == "help")
    start, end = _actor_span(obj)
    return obj, text[start:end]


def test_a_name_run_into_a_bare_infinitive_is_the_phrase(base_nlp):
    obj, phrase = _object_phrase(base_nlp, "The firm helped al-Rashid procure tankers.")
    assert any(c.lower_ == "procure" and c.dep_ == "compound" for c in obj.lefts)  # the parse in question
    assert phrase == "al-Rashid"


def test_a_group_name_run_into_a_bare_infinitive_is_the_phrase(base_nlp):
    obj, phrase = _object_phrase(base_nlp, "The broker helped the Houthis procure drones.")
    assert any(c.lower_ == "procure" and c.dep_ == "compound" for c in obj.lefts)
    assert phrase == "Houthis"


def test_a_noun_premodifier_after_the_name_keeps_the_whole_phrase(base_nlp):
    # "weapons" is a noun: "Hamas weapons smugglers" is one noun phrase
    _obj, phrase = _object_phrase(base_nlp, "The network helped Hamas weapons smugglers.")
    assert phrase == "Hamas weapons smugglers"
