"""statements 0.4.20: a person's name after a capitalised title speaks, not the title: in
apposition ("U.S. Ambassador to the United Nations Linda Thomas-Greenfield stated", "explained
Lt. Gen. (Dr.) Paul K. Carlton, ...") or parsed as a second subject after a comma. Invented
sentences; the speaker must be the name alone, and a title with no name keeps its span."""

from __future__ import annotations

from newsgraph.nlp.pipeline import extract


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(s.speaker_text, s.speaker_key) for s in extract(text).statements]


def test_a_name_in_apposition_to_a_capitalised_title_speaks():
    assert _speakers("U.S. Ambassador to the United Nations Linda Thomas-Greenfield stated after the vote, "
                     "“Russia stands alone.”") == [("Linda Thomas-Greenfield", "person:linda-thomas-greenfield")]


def test_an_inverted_attribution_to_a_ranked_name_takes_the_name():
    found = _speakers("“We were not serving the Army well,” explained Lt. Gen. (Dr.) Paul K. Carlton, "
                      "a former Air Force surgeon.")
    assert found == [("Paul K. Carlton", "person:paul-k-carlton")]


def test_a_title_with_no_name_after_it_keeps_its_own_span():
    found = _speakers("The Secretary General said the talks would resume in May.")
    assert [text for text, _ in found] == ["The Secretary General"]
