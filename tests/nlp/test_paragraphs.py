"""Sentence boundaries at paragraph breaks and headings, not at hard wraps."""

from __future__ import annotations


def sentences(nlp, text):
    return [s.text.strip() for s in nlp(text).sents]


def test_heading_and_blank_line_are_boundaries(nlp):
    text = "Special place\n\n“South American countries have a special place,” Ashtiani said, BBC reported."
    assert sentences(nlp, text) == ["Special place", "“South American countries have a special place,” Ashtiani said, BBC reported."]


def test_short_byline_line_is_a_boundary(nlp):
    text = "Ned Price, Department Spokesperson\nToday, Secretary Blinken designated Ambassador Jean Manes as Chargé d’affaires."
    assert sentences(nlp, text)[0] == "Ned Price, Department Spokesperson"


def test_hard_wrapped_prose_stays_one_sentence(nlp):
    text = ("Section 202(d) of the National Emergencies Act (50 U.S.C. 1622(d))\nprovides for the automatic "
            "termination of a national emergency unless,\nwithin 90 days prior to the anniversary date, the President acts.")
    assert len(sentences(nlp, text)) == 1


# issue 6, kind 7: a White House readout hard-wrapped at ~72 columns
WRAPPED_READOUT = (
    "President Joseph R. Biden, Jr. spoke today with President Volodymyr\n"
    "Zelenskyy of Ukraine. President Biden reaffirmed the readiness of the\n"
    "United States along with its allies and partners to respond decisively\n"
    "if Russia further invades Ukraine. He also underscored the commitment of\n"
    "the United States to Ukraine’s sovereignty and territorial integrity.\n"
    "\n"
    "###\n"
)


def test_hard_wraps_become_spaces_at_the_same_offsets():
    from newsgraph.nlp.paragraphs import unwrap_hard_breaks

    unwrapped = unwrap_hard_breaks(WRAPPED_READOUT)
    assert len(unwrapped) == len(WRAPPED_READOUT)
    assert "readiness of the United States along" in unwrapped
    assert "Volodymyr Zelenskyy" in unwrapped
    # the paragraph break and the short line after it stay
    assert unwrapped.endswith("integrity.\n\n###\n")
    assert [i for i, (a, b) in enumerate(zip(WRAPPED_READOUT, unwrapped)) if a != b] == [
        i for i, c in enumerate(WRAPPED_READOUT) if c == "\n" and i < WRAPPED_READOUT.index("\n\n")]


def test_text_with_a_paragraph_a_line_is_left_alone():
    from newsgraph.nlp.paragraphs import unwrap_hard_breaks

    text = ("Special place\n\nThe minister met his counterpart in Paris on Monday to discuss the accord, "
            "officials said, and the talks went on late into the night.\nA second paragraph follows here.\n")
    assert unwrap_hard_breaks(text) == text


def test_statement_of_a_hard_wrapped_readout_runs_past_the_line_end(nlp):
    doc = nlp(WRAPPED_READOUT)
    st = next(s for s in doc._.ng_statements if s.cue == "reaffirmed")
    assert st.content.startswith("the readiness of the United States along with its allies")
    assert st.content.endswith("if Russia further invades Ukraine")
    assert WRAPPED_READOUT[st.content_start:st.content_end].replace("\n", " ") == st.content


def test_speaker_kept_when_the_cue_starts_a_new_line(nlp):
    text = ("In a call with reporters on Monday evening, the Brazilian Foreign Minister Mauro Vieira\n"
            "said that the two governments would sign the trade accord before the end of May and\n"
            "that negotiators had settled the remaining questions on tariffs, quotas and ethanol.\n"
            "Officials in both capitals declined to give further details about the agreement.\n")
    st = next(s for s in nlp(text)._.ng_statements if s.cue == "said")
    assert st.speaker_text == "the Brazilian Foreign Minister Mauro Vieira" or st.speaker_text == "Mauro Vieira"
    assert st.content.startswith("that the two governments would sign the trade accord")


# Markdown of converted White House statements (examples/whitehouse/statements_geopolitics.jsonl)
LINKED_READOUT = (
    "As Brazil assumes the Presidency of COP30, both leaders underscored the\n"
    "need for urgent action to address the climate crisis.\n\n"
    "Thanking President Lula for the historic invitation to be the first\n"
    "sitting president to [visit the\n"
    "Amazon](https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2024/11/17/"
    "fact-sheet-president-biden-marks-historic-climate-legacy-with-trip-to-brazils-amazon-rainforest/),\n"
    "President Biden highlighted U.S. support for Brazil’s Amazon Fund and\n"
    "pledged U.S. support to stand up the Tropical Forests Forever\n"
    "Facility.\n"
)


def test_mask_markup_keeps_offsets_and_link_words():
    from newsgraph.nlp.paragraphs import mask_markup

    masked = mask_markup(LINKED_READOUT)
    assert len(masked) == len(LINKED_READOUT)
    assert "visit the Amazon" in masked and "https" not in masked and "](" not in masked
    text = "**Security Assistance:** The United States provided radios.\n**Elections Assistance**\n"
    masked = mask_markup(text)
    assert len(masked) == len(text) and "*" not in masked
    assert masked.startswith("  Security Assistance:\n\n The United States")  # a run-in heading ends
    assert "  Elections Assistance  \n" in masked                                # a heading line stays


def test_a_link_address_is_no_part_of_a_sentence(nlp):
    # brief kind 2: "briefing-room/statements-releases/2024/...), President Biden highlighted ..."
    sents = sentences(nlp, LINKED_READOUT)
    assert len(sents) == 2
    assert sents[1].startswith("Thanking President Lula") and sents[1].endswith("Facility.")
    support = [e for e in nlp(LINKED_READOUT)._.ng_events if e.trigger == "highlighted support"]
    assert support and support[0].source_text == "Biden"


def test_a_bold_run_in_heading_is_a_sentence_of_its_own(nlp):
    # brief kind 2: "**Cooperating on Cyber and Quantum Technology:** The G7 will ..." gave COOPERATE
    # with the heading as target; the heading is no clause, the event comes from the clause after it
    text = ("**Cooperating on Cyber and Quantum Technology:** The G7 will make a\n"
            "commitment to intensify and elevate our cyber cooperation; working with\n"
            "our close partners to achieve accountability and increasing stability and\n"
            "security in cyberspace.\n")
    doc = nlp(text)
    assert [s.text.strip() for s in doc.sents][0] == "Cooperating on Cyber and Quantum Technology:"
    assert not [e for e in doc._.ng_events if e.trigger.startswith("Cooperating")]
    assert not [e for e in doc._.ng_events if e.target_text and "Technology" in e.target_text]


# A text written a paragraph a line (scraped pages, feeds): each line break is the writer's, so a
# line that ends without punctuation (a heading, a caption, a paragraph whose period is missing)
# ends its sentence, however long it is; the paragraphs run past any wrap column.
ADVISORY = (
    "Do not travel to the northern border area because of crime and kidnapping, and reconsider travel "
    "to the coastal cities because of civil unrest.\n"
    "Border provinces and the upper river valley – Level 4: Do Not Travel\n"
    "Armed groups operating in the river valley have killed local citizens and attacked police stations "
    "in recent months.\n"
)


def test_a_long_heading_line_of_a_paragraph_a_line_text_is_a_sentence(nlp):
    sents = sentences(nlp, ADVISORY)
    assert sents[1] == "Border provinces and the upper river valley – Level 4: Do Not Travel"
    assert sents[2].startswith("Armed groups operating")
    killed = [e for e in nlp(ADVISORY)._.ng_events if e.trigger == "killed"]
    assert killed and "Travel" not in (killed[0].source_text or "")


def test_a_caption_line_is_no_part_of_the_next_paragraph(nlp):
    text = ("Protesters hold signs against the new media law outside the parliament building by @streetphotog\n"
            "The bill has been debated in committee for two years, and the opposition says it will restrict "
            "reporting on the security forces.\n"
            "Journalists' unions have called a march for Saturday, and several editors have said that their "
            "newspapers will print blank front pages on the day of the vote.\n")
    sents = sentences(nlp, text)
    assert sents[0].endswith("by @streetphotog")
    assert sents[1].startswith("The bill has been debated")


def test_a_line_that_leaves_its_sentence_open_goes_on(nlp):
    # a comma or a closed-class word at the line's end needs the next line, whatever its case
    text = ("The three governments called on the parties to return to talks, and the foreign ministers of Canada,\n"
            "Mexico and the United States will meet in Ottawa next week to prepare the summit.\n"
            "The talks on the trade accord were adjourned on Friday after the delegations failed to agree on the\n"
            "United States proposal for the rules of origin.\n")
    sents = sentences(nlp, text)
    assert len(sents) == 2
    assert "Canada,\nMexico" in sents[0] and "on the\nUnited States" in sents[1]


def test_paragraph_lines_tells_a_paragraph_a_line_text_from_a_wrapped_one():
    from newsgraph.nlp.paragraphs import paragraph_lines

    assert paragraph_lines(ADVISORY)
    assert not paragraph_lines(WRAPPED_READOUT)   # hard-wrapped: its breaks are wraps
    # a short text with no line past a wrap column may be wrapped: too few lines to tell
    assert not paragraph_lines("President Biden spoke today with President\nZelenskyy of Ukraine about the war.\n")


def test_a_short_text_with_no_long_line_keeps_its_breaks_as_before(nlp):
    text = ("President Joseph R. Biden, Jr. spoke today with President Volodymyr\n"
            "Zelenskyy of Ukraine about the security of the region.\n")
    assert len(sentences(nlp, text)) == 1


def test_a_partly_wrapped_text_with_one_long_paragraph_keeps_its_wraps(nlp):
    # two wrapped lines (too few to tell a wrap column) and one long paragraph: maybe hard-wrapped
    text = ("The Foreign Minister held talks on Tuesday in the capital with Admiral\n"
            "Maria Costa, Commander of the Joint Naval Forces of the Southern\n"
            "Command, on maritime security. The two sides agreed to hold joint exercises next year and to share "
            "information on smuggling routes across the region.")
    sents = sentences(nlp, text)
    assert sents[0].startswith("The Foreign Minister") and "Admiral\nMaria Costa" in sents[0]


# a list a name a line, and a paragraph a line whose last line ends on its speaker's name
NAME_LIST = ("The Department of State is designating the following individuals:\n"
             "Sergey Anatolyevich Tsyb\n"
             "Nikolai Anatolevich Volobuev\n"
             "Dmitry Yuryevich Lelikov\n")


def test_no_one_word_sentence_is_cut_off_a_line_that_starts_a_sentence(nlp):
    # the parser cut "Nikolai | Anatolevich Volobuev" when the line's start was forced
    assert sentences(nlp, NAME_LIST)[1:] == ["Sergey Anatolyevich Tsyb", "Nikolai Anatolevich Volobuev",
                                             "Dmitry Yuryevich Lelikov"]


def test_two_names_on_two_lines_are_two_people(nlp):
    keys = {m.text: m.entity_key for m in nlp(NAME_LIST)._.ng_mentions if m.type == "person"}
    assert keys.get("Nikolai Anatolevich Volobuev") == "person:nikolai-anatolevich-volobuev"
    assert len(set(keys.values())) == len(keys) == 3


def test_a_line_keeps_its_last_word_when_its_end_is_forced(nlp):
    text = ("The farmers from the northern valleys blocked the main highway for a third day on Monday, and the "
            "police said that they would clear the road by force if the talks in the capital failed again.\n"
            "“They want us to kneel before the mining companies” said Tupac\n"
            "The talks between the farmers' leaders and the ministers of energy and agriculture resumed in the "
            "evening and went on until late into the night without an agreement on the land titles.\n")
    assert "“They want us to kneel before the mining companies” said Tupac" in sentences(nlp, text)
