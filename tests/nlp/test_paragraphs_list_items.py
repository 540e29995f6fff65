"""Markdown list items of hard-wrapped releases (issue 6, kind 7): an item's indented lines go on
with its sentence, a new item starts one, a bold run-in heading at an item's start is a label."""

from __future__ import annotations

import spacy

from newsgraph.nlp.paragraphs import UnwrappingTokenizer, list_item_line, unwrap_hard_breaks


def sentences(nlp, text):
    return [" ".join(s.text.split()) for s in nlp(text).sents]


# the shape of the White House fact sheets in examples/whitehouse (pandoc Markdown, 72 columns)
FACT_SHEET = (
    "**Health and Humanitarian Assistance**\n"
    "\n"
    "-   **Re-building the premier teaching hospital in Haiti:** USAID and\n"
    "    the French government are helping to rebuild Haiti’s national\n"
    "    teaching hospital (HUEH), the country’s main public tertiary\n"
    "    hospital which collapsed due to the 2010 earthquake.\n"
    "-   **Southern Clinic Rehabilitation:** USAID support resulted in the\n"
    "    rehabilitation of five clinics in the south of Haiti impacted by\n"
    "    Hurricane Matthew.\n"
)


def test_list_item_lines():
    assert list_item_line("-   The Department of Justice will also investigate")
    assert list_item_line("2.  Partner countries reaffirmed their commitment")
    assert not list_item_line("    the French government are helping to rebuild")
    assert not list_item_line("-- a dash line")


def test_indented_item_line_after_a_run_in_heading_is_a_wrap():
    # the rest of the heading's line ("USAID and") is short once the heading is cut off, but the
    # line was as long as any other: the break is a wrap, and the offsets stay those of the text
    masked = UnwrappingTokenizer(spacy.blank("en").tokenizer)(FACT_SHEET).text
    assert len(masked) == len(FACT_SHEET)
    assert "USAID and     the French government" in masked
    assert "Haiti:\n\n USAID" in masked  # the heading still ends its own paragraph
    assert [i for i, (a, b) in enumerate(zip(FACT_SHEET, masked)) if a == "\n" and b != "\n"]


def test_item_sentence_keeps_both_conjuncts_and_heading_is_a_label(nlp):
    sents = sentences(nlp, FACT_SHEET)
    assert "- Re-building the premier teaching hospital in Haiti:" in sents
    assert any(s.startswith("USAID and the French government are helping to rebuild") for s in sents)
    assert any(s.startswith("USAID support resulted in the rehabilitation of five clinics") for s in sents)
    doc = nlp(FACT_SHEET)
    # a colon-ended label is no speech cue and no actor
    assert not [s for s in doc._.ng_statements if "Re-building" in (s.speaker_text or "")]
    assert not [e for e in doc._.ng_events if "Re-building" in (e.source_text or "")]


def test_new_item_is_never_a_wrap():
    text = ("Participants in the roundtable with the Principal Deputy National Security\n"
            "Advisor included leaders of civil rights groups and of Haitian diaspora\n"
            "-   Tara Murray, Executive Director Washington Bureau, Senior Vice\n"
            "    President Policy & Advocacy, National Urban League and its staff\n"
            "-   Ebonie Riley, Senior Vice President, National Action Network\n")
    unwrapped = unwrap_hard_breaks(text)
    assert "diaspora\n-   Tara" in unwrapped
    assert "Senior Vice     President Policy" in unwrapped
    assert "and its staff\n-   Ebonie" in unwrapped


def test_markdown_hard_break_in_an_item_is_kept():
    text = ("-   Director of the White House Office of National Drug Control Policy  \n"
            "    Dr. Rahul Gupta\n")
    assert unwrap_hard_breaks(text) == text


def test_new_item_starts_a_sentence_and_keeps_its_marker(nlp):
    text = ("**Investigation Assistance**\n"
            "\n"
            "-   In the aftermath of the assassination of President Moise, the\n"
            "    Department of Justice, together with the Department of Homeland\n"
            "    Security, is providing assistance to support the Haitian authorities\n"
            "    in conducting a thorough investigation of the July 7 attack\n"
            "-   The Department of Justice will also investigate whether there were\n"
            "    any violations of U.S. criminal law in connection with this matter.\n")
    sents = sentences(nlp, text)
    assert "-" not in sents  # the marker is not cut off as a sentence of its own
    assert sents[1].startswith("- In the aftermath of the assassination of President Moise, the Department of")
    assert sents[1].endswith("of the July 7 attack")
    assert sents[2].startswith("- The Department of Justice will also investigate")
    assert not [s for s in nlp(text)._.ng_statements if "Investigation" in (s.speaker_text or "")]


def test_item_sub_paragraphs_are_paragraphs_of_their_own(nlp):
    text = ("-   In response to a recent request from the Government of Haiti for\n"
            "    security support:  \n"
            "      \n"
            "    DHS is sending experts from the Transportation Security\n"
            "    Administration (TSA) to work with their Haitian counterparts in\n"
            "    improving aviation security.  \n"
            "      \n"
            "    State is deploying an advisor to the HNP judicial police.\n")
    sents = sentences(nlp, text)
    assert sents == [
        "- In response to a recent request from the Government of Haiti for security support:",
        "DHS is sending experts from the Transportation Security Administration (TSA) to work with "
        "their Haitian counterparts in improving aviation security.",
        "State is deploying an advisor to the HNP judicial police.",
    ]
    doc = nlp(text)
    for sent in doc.sents:  # spans point into the stored text: only wraps differ
        stored = text[sent.start_char:sent.end_char]
        assert len(stored) == len(sent.text) and " ".join(stored.split()) == " ".join(sent.text.split())
