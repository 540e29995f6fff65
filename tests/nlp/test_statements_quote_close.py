"""Quote content that ran past its closing mark, and quote marks paired in single marks (task
quotes44). A direct quote's words end at its closing mark; the narrator's words after it are no
part of them. Sentences invented for these tests (news-style prose)."""

from __future__ import annotations

from newsgraph.nlp.statements import find_quotes, find_statements


def _quoted(text):
    return [text[a:b] for a, b in find_quotes(text)]


def _statements(base_nlp, text):
    return find_statements(base_nlp(text))


def _pieces(text, statement):
    return [statement.content] + [text[a:b] for a, b in statement.content_parts]


def test_single_marks_pair_as_quotes_outside_double_ones():
    assert _quoted("'We will not accept this,' she said. Then the minister left.") == ["We will not accept this"]
    assert _quoted("‘We are ready,’ the minister said. ‘The army is ready too.’") == [
        "We are ready", "The army is ready too"]
    # nested in a double quote, a single quote stays part of the outer one
    assert _quoted('The coach said, "They told me, \'You will never make it,\' and I proved them wrong."') == [
        "They told me, 'You will never make it,' and I proved them wrong"]
    # a double quote inside a single one is nested in it
    assert _quoted("'He told me \"no\",' she said.") == ['He told me "no"']


def test_apostrophes_and_plural_possessives_make_no_quote():
    assert _quoted("They don't like rock 'n' roll from the '90s, said Jones' sister.") == []
    assert _quoted("It was the students’ choice, and the union’s too.") == []
    # "players'" inside a single quote is a possessive, not its close
    assert _quoted("'The players' union will strike,' he said.") == ["The players' union will strike"]
    # a single mark left open at the line's end was no quote
    assert _quoted("The ’80s were over.\nNobody said so.") == []


def test_quote_that_opens_the_content_ends_it_at_its_closing_mark(base_nlp):
    text = 'The mayor told reporters, "The bridge will reopen in May," before leaving for the airport.'
    st = next(s for s in _statements(base_nlp, text) if s.cue == "told")
    assert st.kind == "direct"
    assert _pieces(text, st) == ["The bridge will reopen in May"]


def test_single_marked_quote_after_the_cue_ends_at_its_mark(base_nlp):
    text = "She said, 'We will not accept this,' and then she left the room."
    st = next(s for s in _statements(base_nlp, text) if s.cue == "said")
    assert (st.kind, st.content) == ("direct", "We will not accept this")


def test_single_marked_quote_before_the_cue_is_direct(base_nlp):
    text = "'We will not accept this,' the minister said. Then she left the room without further comment."
    st = next(s for s in _statements(base_nlp, text) if s.cue == "said")
    assert (st.kind, st.speaker_text, st.content) == ("direct", "the minister", "We will not accept this")


def test_quote_split_by_its_cue_is_direct_with_both_pieces(base_nlp):
    text = "“The talks were useful,” the envoy said, “but there is more to do.” The delegation flew home on Friday."
    st = next(s for s in _statements(base_nlp, text) if s.cue == "said")
    assert st.kind == "direct"
    assert _pieces(text, st) == ["The talks were useful", "but there is more to do"]
    assert not any("delegation" in piece for piece in _pieces(text, st))


def test_a_quote_another_saying_introduces_is_not_this_cue_s(base_nlp):
    text = "When fans stop me and say, 'Hi Anna, my name is Tom,' I say, 'Hi Tom, my name is Anna' and they laugh."
    st = next(s for s in _statements(base_nlp, text) if s.cue == "say" and s.speaker_text == "fans")
    assert _pieces(text, st) == ["Hi Anna, my name is Tom"]


def test_cue_hung_on_a_quoted_verb_takes_the_subject_outside_the_marks(base_nlp):
    text = "The spokesman said, “The talks were ‘constructive’ and will continue,” adding that no date was set."
    statements = _statements(base_nlp, text)
    said = next(s for s in statements if s.cue == "said")
    assert (said.kind, said.content) == ("direct", "The talks were ‘constructive’ and will continue")
    adding = [s for s in statements if s.cue == "adding"]
    assert all(s.speaker_text == "The spokesman" for s in adding), [(s.speaker_text, s.content) for s in adding]


def test_quoted_fragment_without_clause_punctuation_stays_partial(base_nlp):
    # contrast: the quote closes with no punctuation, inside the reported clause
    text = 'The minister said "historic" talks with the rebels had begun in the capital.'
    st = next(s for s in _statements(base_nlp, text) if s.cue == "said")
    assert st.kind == "partial"
    assert st.content.endswith("had begun in the capital")
