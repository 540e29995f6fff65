"""events._state_in_sentence reads the sentence's GPE/NORP entities from the tokens' IOB tags,
with the answer ``Span.ents`` gives (an entity wholly inside the sentence)."""

from types import SimpleNamespace

from newsgraph.nlp.events import _state_in_sentence

# real sentences (wikinews / State Department style) and one with no place or nationality
TEXT = ("Tens of thousands of university students throughout Indonesia staged mass demonstrations "
        "Saturday to demand political reform. Microsoft launched a campaign against Internet Explorer 6. "
        "The Ukrainian Foreign Minister met Secretary Blinken in Washington.")


def _by_span_ents(doc, start, end):
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(ent.label_ in ("GPE", "NORP") for ent in span.ents)


def test_state_in_sentence_matches_span_ents(base_nlp):
    doc = base_nlp(TEXT)
    answers = []
    for sent in doc.sents:
        # the whole sentence, and cuts that leave part of an entity outside
        for start, end in ((sent.start_char, sent.end_char), (sent.start_char + 3, sent.end_char - 4)):
            event = SimpleNamespace(sentence_start=start, sentence_end=end)
            assert _state_in_sentence(doc, event) == _by_span_ents(doc, start, end)
        answers.append(_state_in_sentence(doc, SimpleNamespace(sentence_start=sent.start_char,
                                                               sentence_end=sent.end_char)))
    assert answers == [True, False, True]
    assert _state_in_sentence(None, SimpleNamespace(sentence_start=0, sentence_end=5)) is False
