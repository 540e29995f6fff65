"""A protest by a state's own people that names no target is against that state's government,
where the article has that government act (nlp/context_states.py ``place_protest_regimes``;
PLOVER PROTEST: the target is whom the protest is against)."""

from __future__ import annotations

from tests.nlp.linked_events import explain, linked

PROTEST = "Thousands of Venezuelans took to the streets on Sunday to demand free elections. "


def test_a_protest_by_a_states_people_is_against_its_government(nlp):
    events = linked(nlp, PROTEST + "Venezuelan security forces arrested dozens of protesters in Caracas.")
    protest = [e for e in events if e.type == "PROTEST"]
    assert protest, explain(events)
    assert all(e.target_acts_for == "VEN" and e.target_sector == "GOV" for e in protest), explain(protest)
    assert all("the government its own people protest against" in e.explanation for e in protest)


def test_no_government_of_theirs_in_the_article_takes_no_target(nlp):
    events = linked(nlp, PROTEST + "The United States supports their right to assemble peacefully.")
    protest = [e for e in events if e.type == "PROTEST"]
    assert protest, explain(events)
    assert all(e.target_acts_for is None for e in protest), explain(protest)


def test_a_protest_at_another_states_embassy_abroad_is_not_against_their_own_government(nlp):
    # (review 36b) diaspora Ukrainians at Russia's embassy in Poland protest against Russia, not Kyiv
    events = linked(nlp, "Hundreds of Ukrainians protested outside the Russian embassy in Warsaw on Sunday. "
                         "Ukraine's foreign ministry thanked Poland for its support.")
    protest = [e for e in events if e.type == "PROTEST"]
    assert protest, explain(events)
    assert all(e.target_acts_for != "UKR" for e in protest), explain(protest)
    assert not any("the government its own people protest against" in (e.explanation or "") for e in protest)


def test_a_government_the_article_only_names_is_the_protests_target(nlp):
    # the government acts in no event of the article, but is named by a phrase the state's demonym,
    # possessive or "of" phrase owns (context_states.named_government)
    for named in ("The Venezuelan government has been in power since 2013.",
                  "Critics say the government of Venezuela is weaker than ever.",
                  "It was the largest crowd since Venezuela's regime took office."):
        events = linked(nlp, PROTEST + named)
        protest = [e for e in events if e.type == "PROTEST"]
        assert protest, explain(events)
        assert all(e.target_acts_for == "VEN" and e.target_sector == "GOV" for e in protest), explain(protest)


def test_the_states_people_or_diaspora_named_are_no_government(nlp):
    for named in ("The Venezuelan people deserve a better future.",
                  "Venezuelan Americans in Miami watched the crowds on television."):
        events = linked(nlp, PROTEST + named)
        protest = [e for e in events if e.type == "PROTEST"]
        assert protest, explain(events)
        assert all(e.target_acts_for is None for e in protest), explain(protest)
