"""An organisation's name the model cut inside the phrase a connector opens in it ("Coalition to
Address ... Drug" + "Threats"): the name goes on to the head of that phrase (task s45-names; a
noun phrase ends at its head, and a name's words attach inside the name). Sentences are
invented; the model's cut is given as the ORG span, since whether the model cuts a name
depends on the sentence around it."""

from __future__ import annotations

from spacy.tokens import Span

from newsgraph.nlp.entities import find_mentions


def _orgs_with_cut(base_nlp, text, cut_text):
    """Organisation mentions where the model tagged ``cut_text`` (its first occurrence) ORG and
    left the other entities as it tagged them."""
    doc = base_nlp(text)
    start_char = text.index(cut_text)
    cut = doc.char_span(start_char, start_char + len(cut_text), label="ORG")
    assert cut is not None
    ents = [e for e in doc.ents if e.end <= cut.start or e.start >= cut.end] + [cut]
    doc.ents = sorted(ents, key=lambda e: e.start)  # the tokens read as the model had tagged them so
    return [m.text for m in find_mentions(doc) if m.type == "organization"]


def test_a_name_cut_before_the_infinitives_object_goes_on_to_its_head(base_nlp):
    orgs = _orgs_with_cut(base_nlp, "In March the government launched a Global Coalition to Address Synthetic "
                          "Drug Threats that brings together 150 states.",
                          "Global Coalition to Address Synthetic Drug")
    assert orgs == ["Global Coalition to Address Synthetic Drug Threats"]


def test_a_name_cut_inside_its_of_complement_goes_on_to_its_noun(base_nlp):
    orgs = _orgs_with_cut(base_nlp, "Delegates met at the Office of the National Water Safety Board in Nairobi.",
                          "Office of the National Water")
    assert orgs == ["Office of the National Water Safety Board"]


def test_a_whole_name_is_left_as_it_is(base_nlp):
    orgs = _orgs_with_cut(base_nlp, "Last week Canada joined the Coalition to Fight Online Child Exploitation "
                          "alongside Japan.", "Coalition to Fight Online Child Exploitation")
    assert orgs == ["Coalition to Fight Online Child Exploitation"]


def test_an_office_after_the_body_stays_out_of_its_name(base_nlp):
    # a title after the body's name is its holder's office, no word of the name
    orgs = _orgs_with_cut(base_nlp, "Officials of the Department of the Treasury Secretary Janet Yellen leads "
                          "met bankers.", "Department of the Treasury")
    assert orgs == ["Department of the Treasury"]


def test_a_role_noun_after_the_body_stays_out_of_its_name(base_nlp):
    # "Fellow" is a person noun: the role of someone at the body
    orgs = _orgs_with_cut(base_nlp, "The Institute for Study of Democracies Senior Fellow Jane Doe said it.",
                          "Institute for Study of Democracies")
    assert "Institute for Study of Democracies" in orgs and not any("Fellow" in o for o in orgs)


def test_a_name_without_an_inner_phrase_is_not_extended(base_nlp):
    # "NATO" + "Summit": a name modifying the noun after it is whole
    orgs = _orgs_with_cut(base_nlp, "Leaders gathered at the NATO Summit in Vilnius.", "NATO")
    assert orgs == ["NATO"]
