"""PolNeAR adapter: newsgraph's one-statement-per-quoted-sentence folds back into one attribution."""

from __future__ import annotations

from newsgraph.eval.polnear import statements_to_attributions
from newsgraph.nlp.statements import find_statements


def test_carried_quote_sentences_fold_into_the_cues_attribution(base_nlp):
    text = "“I thought it was magical,” Allton said. “I smacked them around. It was fun.”"
    statements = find_statements(base_nlp(text))
    assert len(statements) == 3  # the cue's sentence, then one per carried sentence
    attributions = statements_to_attributions(statements, text)
    assert len(attributions) == 1
    content = attributions[0].content
    # the cue's quote, and the two carried sentences joined again into one quoted span
    assert [text[a:b] for a, b in content] == ["“I thought it was magical,”", "“I smacked them around. It was fun.”"]
