"""The wrap column of a hard-wrapped release, and which of its line breaks are wraps (issue
kind 7: a Markdown release wrapped at 72 columns was parsed with its wraps as line breaks)."""

from __future__ import annotations

import textwrap

from newsgraph.nlp.paragraphs import _wrap_width, mask_markup, unwrap_hard_breaks

LINK = ("[Global Coalition to Address Synthetic Drug Threats](https://www.whitehouse.gov/briefing-room/"
        "statements-releases/2023/07/07/fact-sheet-administration-launches-global-coalition/)")
PARAGRAPHS = [
    "Today, President Biden met with his national and homeland security leadership to review the "
    "progress made against illicit fentanyl and to discuss the efforts underway to tackle the global "
    "crisis posed by synthetic drugs. The President and his team discussed how to build on the "
    "commitments made by China and Mexico to crack down on the precursors, production and trafficking "
    f"of illicit fentanyl, and on the work of more than 150 countries in the {LINK} launched last summer.",
    "The President underscored how critical it is that Congress provide the resources requested to "
    "strengthen addiction treatment, overdose prevention and recovery support services across the "
    "country, and to expand the inspection of vehicles and cargo at ports of entry along the border.",
    "Since taking office, the Administration has seized more fentanyl at the border than in the previous "
    "five years combined, has deployed new scanning technology at the busiest crossings, and has worked "
    "with partners in the region to disrupt the financial networks that move the proceeds of the trade. "
    "The Department of the Treasury has sanctioned hundreds of people and companies for their role in "
    "the production and sale of the drug, and the Department of Justice has charged the leaders of the "
    "largest trafficking organizations.",
]


def wrapped_release(paragraphs=PARAGRAPHS, width=72):
    """Paragraphs wrapped as a converter wraps Markdown: at ``width``, no address broken."""
    return "\n\n".join(textwrap.fill(p, width, break_long_words=False, break_on_hyphens=False)
                       for p in paragraphs) + "\n"


def joined(text):
    return " ".join(text.split())


def test_a_link_wrapped_inside_its_words_does_not_set_the_column():
    text = wrapped_release()
    lines = mask_markup(text, run_in_breaks=False).split("\n")
    assert max(len(line.rstrip()) for line in lines) > 80  # the link's words joined on one line
    assert _wrap_width(lines) == max(len(line) for line in lines if len(line) <= 72)  # the prose's longest


def test_every_wrap_of_a_release_with_a_wrapped_link_is_joined():
    text = wrapped_release()
    unwrapped = unwrap_hard_breaks(mask_markup(text, run_in_breaks=False))
    assert len(unwrapped) == len(text)
    # the paragraph break stays; every single break is a wrap
    assert unwrapped.count("\n") == 5
    assert "\n\nThe President underscored" in unwrapped
    assert "the resources requested to strengthen addiction" in joined(unwrapped)


def test_a_line_that_ends_in_a_link_address_is_a_wrap():
    # the converter breaks no address: the line with one runs past the column, and the break
    # after it is a wrap though the link's words alone are short
    paragraph = ("The Administration has worked with Congress and the governments of\n"
                 "Mexico and Canada to stop the flow of precursor chemicals, and it has\n"
                 "[imposed sanctions](https://home.treasury.gov/news/press-releases/jy1234)\n"
                 "on more than 300 people and entities involved in the trade.\n")
    text = paragraph + "\n" + wrapped_release(PARAGRAPHS[1:])
    line_end = text.index("jy1234)") + len("jy1234)")
    assert text[line_end] == "\n"
    assert unwrap_hard_breaks(mask_markup(text, run_in_breaks=False))[line_end] == " "


def test_a_word_glued_by_no_break_spaces_is_one_word_for_the_wrap():
    # the converter does not break at a no-break space: "21st\xa0century\xa0challenges," did not
    # fit after "and\xa0other", though "21st" alone would have
    paragraph = ("The leaders will work together on trade, cyberspace and\xa0other\n"
                 "21st\xa0century\xa0challenges, including the security of supply chains\n"
                 "and the protection of critical infrastructure.\n")
    text = paragraph + "\n" + wrapped_release(PARAGRAPHS[1:])
    brk = text.index("\n21st")
    width = _wrap_width(text.split("\n"))
    assert brk + 1 + len("21st") <= width < brk + 1 + len("21st\xa0century\xa0challenges,")
    assert unwrap_hard_breaks(text)[brk] == " "


def test_a_list_of_names_under_a_wrapped_paragraph_keeps_its_lines():
    names = ("Belgium\nValérie Glatigny, Minister for Youth, Sport and Education\n"
             "Greece\nLefteris Avgenakis, Deputy Minister of Culture and Sports\n"
             "Japan\nSUEMATSU Shinsuke, Minister of Education, Culture, Sports, Science and Technology\n"
             "Romania\nCarol-Eduard Novak, Minister of Sport\n")
    text = wrapped_release(PARAGRAPHS[1:]) + "\n" + names
    unwrapped = unwrap_hard_breaks(text)
    assert unwrapped.endswith(names)


def test_a_line_ending_in_an_initialism_or_a_title_is_a_wrap():
    paragraph = ("The delegation included Secretary Verma and the Commander of the U.S.\n"
                 "Southern Command General Laura Richardson, and officials from the\n"
                 "Department of State, who met with civil society leaders. In January, Dr.\n"
                 "Gupta convened the heads of the federal agencies that work on drug policy.\n")
    text = paragraph + "\n" + wrapped_release(PARAGRAPHS[1:])
    unwrapped = unwrap_hard_breaks(text)
    assert "the U.S. Southern Command" in unwrapped
    assert "Dr. Gupta convened" in unwrapped


def test_a_word_glued_to_a_link_is_read_in_the_text_as_written():
    # the next line's first word as the converter saw it: the word, a no-break space and the
    # whole link ("Government\xa0[extradited](https://...)"), which could not follow "Mexican"
    paragraph = ("Today, the Mexican\n"
                 "Government\xa0[extradited](https://www.justice.gov/opa/pr/extradition-of-a-cartel-leader)\n"
                 "a leader of the Sinaloa Cartel to the United States to face justice in our courts.\n")
    text = paragraph + "\n" + wrapped_release(PARAGRAPHS[1:])
    masked = mask_markup(text, run_in_breaks=False)
    brk = text.index("\nGovernment")
    assert unwrap_hard_breaks(masked)[brk] == "\n"  # read in the masked text, "Government" fits
    assert unwrap_hard_breaks(masked, raw=text)[brk] == " "


def test_the_pipeline_reads_no_break_spaces_after_the_wrap_test(nlp):
    from newsgraph.nlp.doc_cache import doc_text
    from newsgraph.nlp.pipeline import make_doc

    paragraph = ("Today, the Mexican\n"
                 "Government\xa0[extradited](https://www.justice.gov/opa/pr/extradition-of-a-cartel-leader)\n"
                 "a leader of the Sinaloa Cartel to the United States to face justice in our courts.\n")
    text = paragraph + "\n" + wrapped_release(PARAGRAPHS[1:])
    doc = make_doc(nlp, text, None)
    assert len(doc_text(doc)) == len(text)
    assert doc_text(doc).startswith("Today, the Mexican Government ")  # the wrap joined
    assert text[29] == "\xa0" and doc_text(doc)[29] == " "  # the no-break space read as a space
