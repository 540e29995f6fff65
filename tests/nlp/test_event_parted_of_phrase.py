"""An object's "of" phrase parted from it by a parenthetical ("vetoed the mandate, essentially, of
the monitoring mission"): the parser hangs it on the verb, but it is the object's, so the actor it
names is the target (``events._parted_of_phrases``)."""

from __future__ import annotations

from newsgraph.nlp.events import _parted_of_phrases, find_events


def _object(doc, word):
    return next(t for t in doc if t.lower_ == word)


def test_a_parenthetical_adverb_does_not_cut_the_object_from_its_of_phrase(base_nlp):
    doc = base_nlp("Russia vetoed the mandate, essentially, of the OSCE mission.")
    mandate = _object(doc, "mandate")
    of = next(t for t in doc if t.lower_ == "of")
    assert of.head.lower_ == "vetoed"  # the parse this mends: the "of" phrase hung on the verb
    assert [t.i for t in _parted_of_phrases(mandate)] == [of.i]
    vetoes = [e for e in find_events(doc) if e.trigger == "vetoed"]
    assert [(e.source_text, e.target_text) for e in vetoes] == [("Russia", "OSCE mission")]


def test_no_parenthetical_no_parted_phrase(base_nlp):
    # the "of" phrase next to its noun is the noun's own child: nothing to mend
    doc = base_nlp("Russia vetoed the mandate of the OSCE mission.")
    assert _parted_of_phrases(_object(doc, "mandate")) == []
    # a relative clause between the commas is no parenthetical adverb
    doc = base_nlp("The council extended the mission, which the ministers had praised in Vienna last week, "
                   "of monitors.")
    assert _parted_of_phrases(_object(doc, "mission")) == []


def test_an_actor_object_of_an_of_taking_verb_stays_the_target(base_nlp):
    # "accuse X of Y": X is the target, Y the charge
    events = [e for e in find_events(base_nlp("The court accused the company, again, of fraud."))
              if e.trigger == "accused"]
    assert [e.target_text for e in events] == ["company"]
