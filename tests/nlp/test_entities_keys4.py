"""Entity keys (coref 0.3.20, linking 0.3.70): an alias given after a name is the same party, "X members of Y"
keys X's body, a regional adjective on a plural of states is a set of states, and an outlet
named without its media word is the outlet."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

DAY = dt.date(2023, 5, 1)


def _keys(x, surface: str) -> set:
    return {m.entity_key for m in x.mentions if " ".join(m.text.split()) == surface}


def test_an_alias_after_known_as_is_the_named_person_and_so_is_the_pronoun_after_it(nlp):
    text = ("The Justice Department extradited Rafael Caro Quintero, known as “El Narco,” to the "
            "United States. Prosecutors charged him with murder.")
    x = extract(text, DAY, nlp=nlp)
    assert _keys(x, "Rafael Caro Quintero") == {"person:rafael-caro-quintero"}
    assert _keys(x, "El Narco") == {"person:rafael-caro-quintero"}
    assert _keys(x, "him") == {"person:rafael-caro-quintero"}
    assert "person:el-narco" not in x.entities


def test_an_aka_in_brackets_is_the_named_person(nlp):
    text = "The State Department sanctioned Kim Chol Nam (aka Kim Chol-nam), a DPRK official."
    x = extract(text, DAY, nlp=nlp)
    assert _keys(x, "Kim Chol Nam") == _keys(x, "Kim Chol-nam") == {"person:kim-chol-nam"}


def test_also_known_as_after_an_organisation_is_that_organisation(nlp):
    text = "Police arrested officers of the SEBIN, also known as “Bolivarian Intelligence Service”, in Caracas."
    x = extract(text, DAY, nlp=nlp)
    sebin = _keys(x, "SEBIN")
    assert len(sebin) == 1 and _keys(x, "Bolivarian Intelligence Service") == sebin


def test_members_of_a_body_named_by_a_premodifier_key_to_its_group(nlp):
    text = ("The Government of Ukraine and G7 Members of the Steering Committee discussed "
            "coordination of economic support.")
    x = extract(text, DAY, nlp=nlp)
    assert any(e.target_text == "G7 Members of the Steering Committee" and e.target_key == "org:g7" for e in x.events)


def test_a_regional_adjective_on_allies_is_a_set_of_states(nlp):
    x = extract("We commend our European allies for keeping their borders open.", DAY, nlp=nlp)
    commend = [e for e in x.events if e.target_text and "European" in e.target_text]
    assert commend
    assert all(e.target_text == "European allies" and e.target_key is None and e.target_sector == "GOV"
               for e in commend)


def test_an_outlet_named_without_its_media_word_is_the_outlet(nlp):
    text = ("Authorities blocked Radio Ekho Moskvy and Dozhd TV last week. Officials said Ekho Moskvy "
            "had spread false information, and Dozhd suspended its broadcasts.")
    x = extract(text, DAY, nlp=nlp)
    assert _keys(x, "Ekho Moskvy") == {"org:radio-ekho-moskvy"}
    assert _keys(x, "Dozhd") == {"org:dozhd-tv"}
    assert not any(k and k.startswith("person:") for k in _keys(x, "Dozhd") | _keys(x, "Ekho Moskvy"))
