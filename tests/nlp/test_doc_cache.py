"""Per-Doc values built once (newsgraph/nlp/doc_cache.py): the same as spaCy's, kept per Doc."""

from __future__ import annotations

from newsgraph.nlp.turns import TURN_LINE
from newsgraph.nlp.doc_cache import doc_text, text_matches, token_lowers, token_starts, token_texts
from newsgraph.nlp.entities import _could_be_all_caps, is_all_caps

# two paragraphs in the style of the seed article (examples/seed)
OPENING = ("Bolivia and Iran signed a memorandum of understanding on defense and security on "
           "July 20, 2023, in Tehran.\n\nBolivian Defense Minister Edmundo Novillo met his Iranian "
           "counterpart, Mohammad Reza Ashtiani.")


def test_values_are_spacys_and_built_once(base_nlp):
    doc = base_nlp.make_doc(OPENING)
    assert doc_text(doc) == doc.text == OPENING
    assert token_texts(doc) == [t.text for t in doc]
    assert token_lowers(doc) == [t.lower_ for t in doc]
    assert token_starts(doc) == [t.idx for t in doc]
    # kept on the Doc: a second read is the same object, not a rebuilt one
    assert doc_text(doc) is doc_text(doc)
    assert token_texts(doc) is token_texts(doc)


def test_each_doc_has_its_own_values(base_nlp):
    first, second = base_nlp.make_doc("Iran signed."), base_nlp.make_doc("Bolivia agreed.")
    assert doc_text(first) == "Iran signed." and doc_text(second) == "Bolivia agreed."
    assert token_lowers(second) == ["bolivia", "agreed", "."]


def test_recased_doc_reads_its_own_words(nlp):
    from newsgraph.nlp.pipeline import make_doc

    text = "TEHRAN, IRAN SIGNS DEFENSE PACT WITH BOLIVIA\nThe ministers met on Thursday."
    doc = make_doc(nlp, text, None)
    assert doc.text != text  # the ALL-CAPS headline was recased for the model
    assert doc_text(doc) == doc.text
    assert token_texts(doc) == [t.text for t in doc]


def test_a_line_with_a_lower_case_letter_is_never_all_caps():
    for line in ("WASHINGTON (AP) — Officials said", "Bolivia and Iran", "", "  ", "2023-07-20", "(1)"):
        assert not _could_be_all_caps(line)
        assert not is_all_caps(line.split())
    for line in ("TEHRAN, July 20 (IRNA)".upper(), "BOLIVIA AND IRAN SIGN DEFENSE PACT", "MÉXICO ÉTAT"):
        assert _could_be_all_caps(line)
        assert is_all_caps(line.split())


def test_text_matches_are_the_patterns_and_found_once(base_nlp):
    # a State Department briefing's turn lines (demo corpus)
    doc = base_nlp.make_doc("MR PRICE: Good afternoon.\nQUESTION: Thank you, Ned.\nMR PRICE: Sure.")
    found = text_matches(doc, TURN_LINE)
    assert [m.group(1) for m in found] == ["MR PRICE", "QUESTION", "MR PRICE"]
    assert [m.start(1) for m in found] == [m.start(1) for m in TURN_LINE.finditer(doc.text)]
    assert text_matches(doc, TURN_LINE) is found


def test_line_bounds_are_those_of_find_and_rfind(base_nlp):
    from newsgraph.nlp.doc_cache import line_bounds

    for text in (OPENING, "No line break at all.", "\nA line.\n", "Last line\n"):
        doc = base_nlp.make_doc(text)
        for offset in range(len(text) + 1):
            end = text.find("\n", offset)
            assert line_bounds(doc, offset) == (text.rfind("\n", 0, offset) + 1, len(text) if end < 0 else end)


def test_token_pos_is_the_taggers(base_nlp):
    from spacy.symbols import NOUN, PROPN, VERB

    from newsgraph.nlp.doc_cache import token_pos

    doc = base_nlp(OPENING)
    assert token_pos(doc) == [t.pos for t in doc]
    by_word = {t.text: token_pos(doc)[t.i] for t in doc}
    assert by_word["signed"] == VERB and by_word["memorandum"] == NOUN and by_word["Tehran"] == PROPN


def test_array_read_values_are_the_tokens_own(base_nlp):
    # token_texts/lowers/starts read spaCy's attribute arrays, not the Tokens: the same strings
    # and offsets for accented capitals, runs of spaces, line breaks, curly quotes and dashes
    # (a wire dateline and a quote), and for a Doc with no tokens
    text = ("BOGOTÁ, Colombia —  The Ministry said:\n\n“ÉTAT de siège”  is   over.\t(Reuters)")
    for doc in (base_nlp.make_doc(text), base_nlp.make_doc("")):
        assert token_texts(doc) == [t.text for t in doc]
        assert token_lowers(doc) == [t.lower_ for t in doc]
        assert token_starts(doc) == [t.idx for t in doc]
        assert all(type(start) is int for start in token_starts(doc))
    assert "bogotá" in token_lowers(base_nlp.make_doc(text))


def test_token_deps_and_lemmas_are_the_parsers_and_lemmatizers(base_nlp):
    from newsgraph.nlp.doc_cache import token_deps, token_lemma_lowers

    # a reporting clause (ccomp) and a capitalised lemma ("Bolivian" -> lower case), as in the seed
    doc = base_nlp("Bolivian officials said Iran had signed the memorandum in Tehran.")
    assert token_deps(doc) == [t.dep_ for t in doc]
    assert token_lemma_lowers(doc) == [t.lemma_.lower() for t in doc]
    by_word = {t.text: t.i for t in doc}
    assert token_deps(doc)[by_word["signed"]] == "ccomp"
    assert token_lemma_lowers(doc)[by_word["signed"]] == "sign"
    assert token_lemma_lowers(doc)[by_word["Bolivian"]] == "bolivian"
    assert token_deps(doc) is token_deps(doc)  # kept on the Doc


def test_token_children_are_the_parsers_children_in_text_order(base_nlp):
    from newsgraph.nlp.doc_cache import token_children

    # left and right children of the verb, a head before and after its dependents, and a second
    # sentence (its root has no head of its own), as in the seed
    doc = base_nlp(OPENING)
    assert token_children(doc) == [tuple(c.i for c in t.children) for t in doc]
    signed = next(t for t in doc if t.text == "signed")
    kids = token_children(doc)[signed.i]
    assert any(i < signed.i for i in kids) and any(i > signed.i for i in kids)  # both sides read
    assert list(kids) == sorted(kids)
    assert token_children(doc) is token_children(doc)  # kept on the Doc


def test_the_tokenizers_text_is_kept_as_the_docs(nlp):
    from newsgraph.nlp.pipeline import make_doc

    # a hard-wrapped wire paragraph (the unwrapping tokenizer blanks the wraps) and Markdown bold
    text = ("WASHINGTON - The Secretary met the Foreign Minister of\nIndia on Monday to discuss\n"
            "trade and security.\n\n**Readout:** The two sides agreed to meet again.")
    doc = make_doc(nlp, text, None)
    assert doc_text(doc) == doc.text  # kept from the tokenizer's input, the same as spaCy's join
    assert len(doc_text(doc)) == len(text)


def test_token_spaces_are_the_lexeme_flags(base_nlp):
    from newsgraph.nlp.doc_cache import token_spaces

    # runs of spaces, a blank line and a tab are whitespace tokens; words and punctuation are not
    text = "BOGOTÁ, Colombia —  The Ministry said:\n\n“ÉTAT de siège”  is   over.\t(Reuters)"
    for doc in (base_nlp.make_doc(text), base_nlp.make_doc("")):
        assert token_spaces(doc) == [t.is_space for t in doc]
    doc = base_nlp.make_doc(text)
    assert token_spaces(doc)[[t.text for t in doc].index("\n\n")] is True
    assert token_spaces(doc) is token_spaces(doc)  # kept on the Doc


def test_entity_bounds_are_the_ners_entities(base_nlp):
    from newsgraph.nlp.doc_cache import entity_bounds

    doc = base_nlp(OPENING)
    by_start, by_end = entity_bounds(doc)
    assert [(e.start, e.end, e.label_) for e in by_start.values()] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert {e.end for e in doc.ents} == set(by_end)
    assert all(by_end[e.end].start == e.start for e in doc.ents)
    assert "Tehran" in {e.text for e in by_start.values()}
    assert entity_bounds(doc) is entity_bounds(doc)  # kept on the Doc


def _spans_kept(doc) -> list:
    """The Spans ``doc.user_data`` holds in a tuple, a dict or a tuple of dicts (the shapes of
    ``doc_ents`` and ``entity_bounds``)."""
    from spacy.tokens import Span

    def inside(value):
        items = value.values() if isinstance(value, dict) else value if isinstance(value, (tuple, list)) else ()
        return [x for item in items for x in ([item] if isinstance(item, Span) else inside(item))]

    return [x for value in doc.user_data.values() for x in inside(value)]


def test_entity_spans_are_dropped_after_the_linker(base_nlp, nlp):
    """A Span holds its Doc: the cached entity Spans are let go once the components ran (no
    Doc -> user_data -> Span -> Doc cycle), and a later read gives the same entities again."""
    from newsgraph.nlp.doc_cache import doc_ents, entity_bounds, release_entity_spans

    doc = base_nlp(OPENING)
    before = [(e.start, e.end, e.label_) for e in doc_ents(doc)]
    entity_bounds(doc)
    assert _spans_kept(doc)
    release_entity_spans(doc)
    assert _spans_kept(doc) == []
    assert [(e.start, e.end, e.label_) for e in doc_ents(doc)] == before and "Tehran" in {e.text for e in doc_ents(doc)}
    processed = nlp(OPENING)
    assert processed._.ng_mentions and _spans_kept(processed) == []  # the whole pipeline keeps none


def test_span_text_is_the_spans_text(base_nlp):
    from newsgraph.nlp.doc_cache import span_text

    # a hard-wrapped line, a blank line, runs of spaces and curly quotes (a wire dateline, a quote)
    text = "BOGOTÁ, Colombia —  The Ministry said:\n\n“ÉTAT de siège”  is   over.\t(Reuters) "
    doc = base_nlp.make_doc(text)
    n = len(doc)
    for start in range(-1, n + 2):
        for end in range(-1, n + 2):
            assert span_text(doc, start, end) == doc[start:end].text, (start, end)
    assert span_text(doc, 0, 3) == "BOGOTÁ, Colombia"


def test_a_processed_doc_is_freed_without_the_cycle_collector(nlp):
    """No cache the components keep in ``Doc.user_data`` (entity Spans, CAMEO senses holding
    Tokens) outlives the pipeline: a processed Doc goes as soon as its last reference does,
    with the cycle collector off; the story typer still read the senses (its record is set)."""
    import gc
    import weakref

    from newsgraph.nlp.cameo import _SENSES_KEY

    processed = nlp(OPENING)
    assert processed._.ng_events and processed._.ng_story_type is not None
    assert _SENSES_KEY not in processed.user_data
    gone = weakref.ref(processed)
    enabled = gc.isenabled()
    gc.disable()
    try:
        del processed
        assert gone() is None
    finally:
        if enabled:
            gc.enable()


def test_quoted_passages_are_find_quotes_found_once(base_nlp):
    from newsgraph.nlp.doc_cache import quoted_passages
    from newsgraph.nlp.statements import find_quotes
    text = ('The minister said: "We will not give in." Later, \u201cthe talks are over,\u201d he added.\n'
            '"A quote left open ends at the line break\nand none here.')
    doc = base_nlp.make_doc(text)
    assert list(quoted_passages(doc)) == find_quotes(text)
    assert len(quoted_passages(doc)) == 3
    assert quoted_passages(doc) is quoted_passages(doc)


def test_overlapping_mentions_are_a_scan_of_the_mentions_in_list_order(base_nlp):
    from types import SimpleNamespace
    from newsgraph.nlp.coref import overlapping_mentions
    doc = base_nlp.make_doc("x " * 40)
    spans = [(30, 34), (0, 10), (5, 7), (12, 40), (8, 9), (35, 36), (2, 3)]
    doc._.ng_mentions = [SimpleNamespace(start=s, end=e) for s, e in spans]
    for start in range(0, 42):
        for end in range(start + 1, 43):
            assert overlapping_mentions(doc, start, end) == [m for m in doc._.ng_mentions if m.start < end and start < m.end]
    # a new list (as the linker hands the Doc) is indexed anew
    doc._.ng_mentions = [SimpleNamespace(start=1, end=2)]
    assert overlapping_mentions(doc, 0, 5) == doc._.ng_mentions and overlapping_mentions(doc, 20, 30) == []
