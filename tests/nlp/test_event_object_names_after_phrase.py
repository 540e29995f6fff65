"""Names in apposition to a sanctioned object that the parser hangs, after a comma, as conjuncts
of the bare plural closing the object's own "for" phrase ("sanctioning the largest market for
Spanish speakers, Mercado, and the exchange Zeltex": Mercado a conjunct of "speakers"). The
names rename the object and are the targets (PLOVER SANCTION: the one penalised); the "for"
phrase itself names only whom the object serves. Invented sentences; contrasts must stay."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import coded, explain


@pytest.mark.parametrize("text, targets", [
    # the first name parsed as a conjunct of "speakers"
    ("Treasury disrupted the ring by sanctioning the largest darknet market for Polish speakers, Hydra, "
     "and the virtual currency exchange Kantex.", {"Hydra", "Kantex"}),
    # ... or as its apposition (an organisation's name)
    ("Treasury disrupted the ring by sanctioning the world's largest darknet market for German speakers, "
     "Medusa, and the virtual currency exchange Kantex.", {"Medusa", "Kantex"}),
    ("Treasury disrupted the ring by sanctioning the largest online market for Arabic speakers, Sphinx, "
     "and the crypto exchange Nodex.", {"Sphinx", "crypto exchange Nodex"}),
    # contrast: a plain apposition of the object reads so already
    ("Treasury disrupted the ring by sanctioning the largest darknet market, Hydra, and the virtual "
     "currency exchange Kantex.", {"Hydra", "Kantex"}),
])
def test_names_after_the_objects_for_phrase_are_its_targets(base_nlp, text, targets):
    events = coded(base_nlp, text, "SANCTION")
    assert events and {e.target_text for e in events} == targets, explain(events)


@pytest.mark.parametrize("text, kept", [
    # contrasts: a "for" object with a determiner has referents of its own; aid's beneficiaries stay
    ("The EU provided aid for displaced families, Caritas and the Red Cross.", "displaced families"),
])
def test_names_of_a_determined_or_aid_phrase_are_unchanged(base_nlp, text, kept):
    events = coded(base_nlp, text)
    assert any(e.target_text == kept for e in events), explain(events)
