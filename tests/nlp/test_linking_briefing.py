"""A reporter's turn speaks for no state (linking._turn_speaker reads nlp/turns.py), also a White
House "Q" line, which has no colon. Fixture: Background Press Call by a Senior Administration
Official on the President's Call with President Putin (examples/whitehouse; public domain)."""

from __future__ import annotations

from newsgraph.nlp.linking import _turn_speaker

WHITE_HOUSE_CALL = (
    "MODERATOR:\u00a0 Thanks.\u00a0 Operator, we’re ready for questions now.\n\n"
    "Q\u00a0\u00a0\u00a0 Thank you so much for doing the call.\u00a0 Could you talk a little bit about what we "
    "should expect?\n\n"
    "SENIOR ADMINISTRATION OFFICIAL:\u00a0 Thanks, Trevor.\u00a0 We have offered those directly to the Russians.\n")


def test_white_house_q_turn_is_the_press(nlp):
    doc = nlp(WHITE_HOUSE_CALL)
    assert _turn_speaker(doc, WHITE_HOUSE_CALL.index("what we")) == ("Q", None)
    label, _person = _turn_speaker(doc, WHITE_HOUSE_CALL.index("We have offered"))
    assert label == "SENIOR ADMINISTRATION OFFICIAL"
    assert _turn_speaker(doc, WHITE_HOUSE_CALL.index("ready for"))[0] == "MODERATOR"


# Department Press Briefing, May 2, 2022 (examples/statedept feeds; public domain): a reporter's
# turn puts a question with a premise of others' acts: no statement, so no "QUESTION" as via
# (a turn label is no outlet) and nothing said by the leaders the question names
PRESS_BRIEFING = (
    "As the ambassador just made clear again, we have in fact been watching closely, and we have not detected "
    "any shift, but any shift would incur those consequences.\n\n"
    "QUESTION: Second question: Recently Russian President Putin and North Korean leader Kim Jong-un declared "
    "the use of nuclear weapons. How would you analyze the impact of this on the Korean Peninsula? And does the "
    "United States recognize North Korea as a nuclear power state?\n\n"
    "MR PRICE: Well, of course we’re concerned about the rhetoric that has emerged from some corners of the "
    "Russian Federation.\n")


def test_a_reporters_turn_gives_no_statement_nor_its_label_as_via(nlp):
    doc = nlp(PRESS_BRIEFING)
    assert not [s for s in doc._.ng_statements if s.via == "QUESTION" or s.via_start == PRESS_BRIEFING.index("QUESTION")]
    asked = PRESS_BRIEFING.index("QUESTION"), PRESS_BRIEFING.index("MR PRICE")
    assert not [s for s in doc._.ng_statements if asked[0] <= s.content_start < asked[1]], \
        [(s.speaker_text, s.cue, s.content) for s in doc._.ng_statements]


# a briefing transcript that labels its speakers by surname and never writes their full names
LABELLED_BRIEFING = (
    "Department Press Briefing\n\n"
    "MR PRICE: Good afternoon. We are deeply concerned about the detention of journalists in Belarus.\n\n"
    "QUESTION: Thank you. Will you raise it with the Belarusian authorities?\n\n"
    "MR PRICE: We have raised it directly, and we will continue to do so.\n\n"
    "SENIOR STATE DEPARTMENT OFFICIAL: We have made our position clear.\n")


def test_a_turn_label_naming_a_surname_keys_that_person_where_the_article_never_names_them(nlp):
    doc = nlp(LABELLED_BRIEFING)
    speakers = {(s.speaker_text, s.speaker_key) for s in doc._.ng_statements if s.speaker_text}
    assert ("MR PRICE", "person:price") in speakers, speakers
    # an anonymous official's label names no one
    assert all(key is None for text, key in speakers if text == "SENIOR STATE DEPARTMENT OFFICIAL"), speakers
    assert doc._.ng_entities["person:price"].type == "person"


def test_a_turn_labels_compound_surname_keeps_each_parts_capital():
    # (review 36b) "THOMAS-GREENFIELD" is "Thomas-Greenfield", not "Thomas-greenfield"; an
    # apostrophe inside a surname ("O'BRIEN") still names someone
    from newsgraph.nlp.linking import _label_surname

    assert _label_surname("AMBASSADOR THOMAS-GREENFIELD") == "Thomas-Greenfield"
    assert _label_surname("MS JEAN-PIERRE") == "Jean-Pierre"
    assert _label_surname("MR O'BRIEN") == "O'Brien"
    assert _label_surname("SENIOR STATE DEPARTMENT OFFICIAL") is None


def test_a_turn_label_with_a_hyphenated_surname_stores_it_as_written_in_names(nlp):
    doc = nlp(LABELLED_BRIEFING.replace("MR PRICE", "MS JEAN-PIERRE"))
    names = {e.name for key, e in doc._.ng_entities.items() if e.type == "person"}
    assert "Jean-Pierre" in names and "Jean-pierre" not in names, names


def test_a_turn_label_keyed_by_surname_keeps_the_sector_its_title_gave(nlp):
    # (review 36b item 9) the coder remembers the label title's sector for the added person
    doc = nlp(LABELLED_BRIEFING.replace("MR PRICE", "FOREIGN MINISTER MIRZOYAN"))
    said = [s for s in doc._.ng_statements if s.speaker_text == "FOREIGN MINISTER MIRZOYAN"]
    assert said, [(s.speaker_text, s.speaker_key) for s in doc._.ng_statements]
    assert all(s.speaker_key == "person:mirzoyan" and s.speaker_sector == "GOV" for s in said), \
        [(s.speaker_key, s.speaker_sector) for s in said]
