"""coref 0.3.110: a he/she after the closing mark of a quote opened sentences before is outside
the quote ('"... So that alarms me," he said.'), and a person's surname the tagger read as a
common noun is that person where its capital stands inside a sentence (", Waters pointed out").
Invented sentences."""

from __future__ import annotations


def _key_at(doc, surface: str, occurrence: int = 0):
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(surface, start + 1)
    found = [m for m in doc._.ng_mentions if m.start == start and m.type == "person"]
    return found[0].entity_key if found else None


def test_he_after_a_multi_sentence_quote_closes_is_the_speaker_named_before(nlp):
    doc = nlp("Professor Cres Eastman said he was alarmed by the study. \"Pregnant women get half of what "
              "they need. So that worries me a great deal,\" he said.")
    assert _key_at(doc, "he said") == "person:cres-eastman"


def test_he_inside_a_quote_still_stays_unresolved(nlp):
    doc = nlp("Professor Cres Eastman spoke to reporters on Monday. \"We told the minister that he must act "
              "now,\" Eastman said.")
    assert _key_at(doc, "he must") is None


def test_a_surname_read_as_a_common_noun_mid_sentence_is_the_person(nlp):
    doc = nlp("The exhibit was curated by Kathryn Waters of the university. In her opening remarks, Waters "
              "pointed out the features of the room.")
    assert _key_at(doc, "Waters", 1) == "person:kathryn-waters"


def test_the_same_word_in_lower_case_or_opening_a_heading_stays_a_noun(nlp):
    doc = nlp("The exhibit was curated by Kathryn Waters of the university. The waters of the bay were calm "
              "that day.")
    assert _key_at(doc, "waters") is None
