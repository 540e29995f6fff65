"""linking 0.3.720: an unnamed speaker headed by a noun of one who speaks for a body
("official", "spokesperson") is keyed to the organisation the phrase names, before the head or
in an "of/at/for" phrase after it (linking._spokes_body). Invented sentences."""

from __future__ import annotations

from newsgraph.nlp.linking import _spokes_body


def _speaker_keys(doc):
    return {s.speaker_text: s.speaker_key for s in doc._.ng_statements}


def test_a_named_bodys_official_speaks_for_the_body(nlp):
    text = ("The State Department ordered the departure of embassy staff on Sunday. "
            "A senior State Department official said the embassy would keep its core functions.")
    doc = nlp(text)
    assert _spokes_body(doc, "A senior State Department official") == "org:state-department"
    assert _speaker_keys(doc).get("A senior State Department official") == "org:state-department"


def test_a_transcript_label_and_an_of_phrase_name_the_body(nlp):
    doc = nlp("The State Department ordered the departure of embassy staff on Sunday. "
              "Officials at the State Department said the staff would leave by Friday.")
    assert _spokes_body(doc, "SENIOR STATE DEPARTMENT OFFICIAL NUMBER TWO") == "org:state-department"
    assert _spokes_body(doc, "officials at the State Department") == "org:state-department"


def test_no_body_named_or_a_bare_keyword_or_a_former_official_keys_nothing(nlp):
    doc = nlp("The State Department ordered the departure of embassy staff on Sunday. "
              "The Administration has been briefed, officials said.")
    assert _spokes_body(doc, "officials") is None
    assert _spokes_body(doc, "SENIOR ADMINISTRATION OFFICIAL") is None  # which administration is not said
    assert _spokes_body(doc, "a former State Department official") is None  # no longer speaks for it
    assert _spokes_body(doc, "ministry officials") is None  # a description, not a name
    assert _spokes_body(doc, "Pentagon officials") is None  # a body the article does not name
