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


def test_polnear_convention_keeps_an_attribution_with_an_implicit_source(base_nlp):
    # an agentless passive: no one in the text says it; PolNeAR annotates it as
    # Attribution-no-source, newsgraph stores no statement without a speaker
    text = "Clinton is expected to announce her running mate on Friday."
    doc = base_nlp(text)
    assert find_statements(doc) == []
    statements = find_statements(doc, conventions=("polnear",))
    assert [(s.speaker_text, s.cue, s.content) for s in statements] == [
        (None, "is expected", "to announce her running mate on Friday")]
    attributions = statements_to_attributions(statements, text)
    assert len(attributions) == 1 and attributions[0].source is None
    assert [text[a:b] for a, b in attributions[0].cue] == ["is expected"]


def test_polnear_convention_keeps_topic_verbs_the_default_does_not(base_nlp):
    # "talked about X": a topic verb (VerbNet talk-37.5) reports no proposition, so no
    # newsgraph statement; PolNeAR marks "talked about" as the cue and X as the content
    doc = base_nlp("Obama talked about the economy for an hour.")
    assert find_statements(doc) == []
    statements = find_statements(doc, conventions=("polnear",))
    assert [(s.speaker_text, s.cue, s.content) for s in statements] == [("Obama", "talked about", "the economy")]


def test_polnear_convention_reads_seems_as_an_impression_with_an_implicit_source(base_nlp):
    # a raising verb of appearance: PolNeAR's cue "seemed", its content the subject and the
    # complement, no source; newsgraph stores no statement (nobody says anything)
    text = "The race appears to be tightening in Ohio."
    doc = base_nlp(text)
    assert find_statements(doc) == []
    statements = find_statements(doc, conventions=("polnear",))
    assert len(statements) == 1 and statements[0].speaker_text is None
    assert statements[0].cue == "appears"
    attribution = statements_to_attributions(statements, text)[0]
    assert [text[a:b] for a, b in attribution.content] == ["The race", "to be tightening in Ohio"]


def test_polnear_convention_keeps_the_question_put_to_someone(base_nlp):
    # "was asked about X": the one asked said nothing (no newsgraph statement); PolNeAR marks
    # the question as an attribution whose source, the asker, is implicit
    text = "Cruz was asked about a loan from Goldman Sachs."
    doc = base_nlp(text)
    assert find_statements(doc) == []
    statements = find_statements(doc, conventions=("polnear",))
    assert [(s.speaker_text, s.cue, s.content) for s in statements] == [
        (None, "was asked about", "a loan from Goldman Sachs")]
    assert statements_to_attributions(statements, text)[0].source is None
