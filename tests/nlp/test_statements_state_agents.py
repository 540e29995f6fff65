"""A state as speaker where the sentence names the person who spoke for it (task quotes44): the
person is the speaker, acting for the state. Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import make_doc
from newsgraph.nlp.statements import find_statements


def _linked(nlp, text):
    doc = nlp(make_doc(nlp, text, dt.date(2024, 3, 2), outlet="Reuters"))
    return doc._.ng_statements or []


def _one(statements, cue):
    found = [s for s in statements if s.cue == cue]
    assert found, [(s.cue, s.speaker_text) for s in statements]
    return found[0]


def test_according_to_a_title_takes_its_apposed_name(base_nlp):
    text = "According to the Afghan team's coach, Nadir Sultani, the girls practised every evening."
    st = _one(find_statements(base_nlp(text)), "According to")
    assert st.speaker_text == "Nadir Sultani"
    assert st.content == "the girls practised every evening"


def test_state_represented_by_its_minister_gives_the_minister(nlp):
    text = ("France, represented by its foreign minister Jean Moreau, told Germany that the talks "
            "would resume next week.")
    st = _one(_linked(nlp, text), "told")
    assert st.speaker_key == "person:jean-moreau"
    assert st.speaker_acts_for == "FRA"


def test_state_saying_through_its_minister_gives_the_minister(nlp):
    text = "Kenya said, through Interior Minister Amos Kiprono, that Uganda had closed the border."
    st = _one(_linked(nlp, text), "said")
    assert st.speaker_key == "person:amos-kiprono"
    assert st.speaker_acts_for == "KEN"


def test_a_state_alone_still_speaks(nlp):
    # contrast: no person named for the state
    st = _one(_linked(nlp, "France said the talks would resume next week."), "said")
    assert st.speaker_key == "country:FRA"


def test_name_after_a_title_s_state_domain_is_the_speaker(nlp):
    text = "Special Rep. for the DPRK Kim said the tests were a threat to peace."
    st = _one(_linked(nlp, text), "said")
    assert st.speaker_key == "person:kim"
    # the state of the title's "for" domain is not the person's own
    assert st.speaker_acts_for != "PRK"


def test_demonym_before_an_untagged_name_is_a_person_of_that_nationality(nlp):
    text = "Syrian Khaldoun Jarbou too wasn't impressed but writes that nothing is new."
    st = _one(_linked(nlp, text), "writes")
    assert st.speaker_key == "person:khaldoun-jarbou"
    assert st.speaker_acts_for == "SYR"


def test_demonym_before_a_people_noun_stays_the_state(nlp):
    # contrast: "Syrian officials" name no person
    st = _one(_linked(nlp, "Syrian officials said the border would stay closed."), "said")
    assert not (st.speaker_key or "").startswith("person:")


def test_according_to_content_starts_after_the_apposed_name(base_nlp):
    # the parser hangs the rest of the sentence on the apposition; the content is all of it
    text = ('According to the club\'s manager, Lena Ortiz, in the final round the team\'s boat, named '
            '"Blue Heron," finished second in the regatta.')
    st = _one(find_statements(base_nlp(text)), "According to")
    assert st.speaker_text == "Lena Ortiz"
    assert st.content.startswith("in the final round") and st.content.endswith("finished second in the regatta")


def test_name_after_a_fronted_description_is_the_speaker(base_nlp):
    # the parser makes the description and the name two subjects of the cue; the name speaks
    text = "Chilean ex-pat in Spain, Marisol Reyes sharply criticizes the president for the delay."
    st = _one(find_statements(base_nlp(text)), "criticizes")
    assert st.speaker_text == "Marisol Reyes"
