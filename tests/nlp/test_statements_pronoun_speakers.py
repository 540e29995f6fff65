"""statements 0.4.24: speakers an analyst can use.

A speaking "they" is its plural antecedent (a coordination of named people: each of them; "the
two sides": each of the two people last named together); a speaking "it" the subject it stands
for; a relative "who" the phrase its clause modifies; an unresolved pronoun keeps its statement
at a lower confidence. No statement: a bare demonstrative ("This shows ..."), the connective
"That said,", a generic "those who ...", the writer's own thing ("the
back of my shirt says"), a document the writer sends ("I have sent ... the enclosed notice
stating") or one a condition supposes ("unless the President publishes a notice stating"). A
greeting said ("He said Shalom Aleichem") is no person. Invented sentences."""

from __future__ import annotations

from datetime import date

from newsgraph.nlp.pipeline import make_doc


def _statements(nlp, text: str):
    return nlp(make_doc(nlp, text, date(2024, 5, 15), outlet=None))._.ng_statements


def _speakers(nlp, text: str) -> list[tuple[str, str]]:
    return [(s.speaker_text, s.cue) for s in _statements(nlp, text)]


def test_they_after_two_named_people_is_each_of_them(nlp):
    found = _statements(nlp, "Secretary Blinken and Foreign Minister Kuleba discussed the latest assistance "
                             "package on Tuesday. They noted that the deliveries had arrived on time.")
    assert sorted((s.speaker_text, s.speaker_key) for s in found if s.cue == "noted") == [
        ("Blinken", "person:blinken"), ("Kuleba", "person:kuleba")]


def test_they_after_the_two_sides_is_the_two_sides(nlp):
    found = _speakers(nlp, "The two sides welcomed the agreement signed in Geneva. They underlined the "
                           "importance of a ceasefire.")
    assert ("The two sides", "underlined") in found
    assert not any(speaker == "They" for speaker, _cue in found)


def test_it_is_the_subject_of_its_earlier_clause(nlp):
    found = _speakers(nlp, "The Ortega regime has jailed dozens of critics. As the regime continues to isolate "
                           "itself, it insists that the country is at peace.")
    assert found == [("the regime", "insists")]


def test_an_unresolved_they_loses_confidence(nlp):
    found = [s for s in _statements(nlp, "Reactions in the blogosphere differed widely. Also, they almost all "
                                         "agreed that they are waiting for action.") if s.cue == "agreed"]
    assert found and found[0].speaker_text == "they" and found[0].confidence <= 0.7


def test_a_bare_demonstrative_says_nothing(nlp):
    assert _speakers(nlp, "NIST issued new guidelines for vendors. This shows how the government is using "
                          "its purchasing power.") == []


def test_that_said_is_a_connective(nlp):
    assert _speakers(nlp, "That said, the mayor insisted that the budget would be balanced.") == [
        ("the mayor", "insisted")]


def test_those_who_is_nobody_in_particular(nlp):
    found = _speakers(nlp, "Fear is spreading in the capital, where those who criticize the president face "
                           "arrest.")
    assert found == []


def test_the_writers_own_thing_is_no_speaker(nlp):
    assert _speakers(nlp, "The back of my shirt says \"Champion\" because that was my nickname.") == []


def test_notices_sent_by_the_writer_or_supposed_by_a_condition(nlp):
    text = ("Under the law, the measure ends unless the President publishes a notice stating that the "
            "emergency continues. I have sent to the Federal Register the enclosed notice stating that the "
            "emergency with respect to Burma continues.")
    assert _speakers(nlp, text) == []


def test_a_notice_a_condition_supposes_through_a_second_verb(nlp):
    text = ("The order lapses unless, within 30 days, the Governor publishes the decision and transmits to the "
            "Assembly a notice stating that the order remains in force.")
    assert _speakers(nlp, text) == []


def test_a_post_without_author_has_no_speaker(nlp):
    found = _statements(nlp, "The post by an unknown author said the website had been attacked.")
    assert [(s.speaker_text, s.cue) for s in found] == [(None, "said")]


def test_a_greeting_said_is_no_person(nlp):
    doc = nlp(make_doc(nlp, "President Obama spoke at the university. He said Assalamu Alaikum to the "
                            "students. He said the talks would go on.", date(2024, 5, 15), outlet=None))
    assert not any(m.type == "person" and "alaikum" in m.text.lower() for m in doc._.ng_mentions)
    assert all(s.speaker_key in (None, "person:barack-obama", "person:obama") for s in doc._.ng_statements)


def test_a_relative_who_is_the_phrase_its_clause_modifies(nlp):
    found = _speakers(nlp, "We thank our many partners around the world who joined us in calling for the "
                           "release of the two journalists.")
    assert found and all(speaker != "who" for speaker, _cue in found)
    assert any("partners" in (speaker or "") for speaker, _cue in found)
