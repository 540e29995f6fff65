"""Checks not-ongoing-war and not-cumulative (events._ongoing_war_clause, events._cumulative_recap)
and the named-conflict branch of not-background-anchor (events._conflict_reference): the state of
an ongoing war, a running total and a conflict named as the topic or object of a stance are
background to the act a sentence reports, not new events."""

import pytest

from newsgraph.nlp.events import find_events


def _types(nlp, text):
    return [e.type for e in find_events(nlp(text))]


@pytest.mark.parametrize("text", [
    # a continuing war with no date or place of its own, beside the act reported
    "As Ukrainians continue to fight courageously against Russia's aggression, "
    "the European Union will keep imposing costs on the Kremlin.",
    "Ukraine is fighting bravely to defend its independence with the help of its partners.",
    "Ukraine's defenders continue to fight against Russia's aggression, and Canada will stand with them.",
])
def test_an_ongoing_war_is_no_new_assault(base_nlp, text):
    assert "ASSAULT" not in _types(base_nlp, text)


@pytest.mark.parametrize("text", [
    # a discrete, dated or placed act of force is news
    "Russian troops are shelling Kharkiv.",
    "Ukrainian soldiers are fighting Russian forces in Bakhmut today.",
    "Ukrainian forces fought Russian troops near Kharkiv on Monday.",
])
def test_a_placed_or_discrete_fight_stays(base_nlp, text):
    assert "ASSAULT" in _types(base_nlp, text)


@pytest.mark.parametrize("text", [
    "The Foreign Minister spoke by phone with his Polish counterpart about Russia's unprovoked attack on Ukraine.",
    "The Chancellor spoke with President Zelenskyy regarding Russia's unprovoked attack against Ukraine.",
    "Russians who protested their government's brutal campaign in Ukraine were arrested.",
    "The minister condemned Russia's unprovoked attack on Ukraine.",
])
def test_a_conflict_named_as_topic_or_object_is_background(base_nlp, text):
    assert "ASSAULT" not in _types(base_nlp, text)


@pytest.mark.parametrize("text", [
    "The United States strongly condemns Russia's missile attack on the Ukrainian city of Lviv today.",
    "The minister condemned Russia's attacks on Ukrainian cities.",
])
def test_a_dated_or_narrow_attack_named_as_object_stays(base_nlp, text):
    assert "ASSAULT" in _types(base_nlp, text)


@pytest.mark.parametrize("text", [
    "This package will bring the total humanitarian assistance provided by Japan to Ukraine to $2 billion.",
    "Total Japanese aid approved for Ukraine reached $5 billion.",
    "Germany has delivered 30 tanks to Ukraine so far.",
    "The European Union has provided 10 billion euros in assistance to Ukraine to date.",
    "More than 40 countries have signed the declaration so far.",
    "Canada has imposed the toughest sanctions in history on Russian banks.",
])
def test_a_running_total_is_no_new_act(base_nlp, text):
    types = _types(base_nlp, text)
    assert not {"AID", "SUPPORT", "AGREE", "SANCTION", "COERCE"} & set(types)


def test_a_perfect_act_without_a_period_phrase_stays(base_nlp):
    assert "SANCTION" in _types(base_nlp, "Canada has imposed sanctions on three Russian banks.")
    assert "AID" in _types(base_nlp, "Germany has delivered 30 tanks to Ukraine.")


def test_the_other_acts_of_the_sentence_stay(base_nlp):
    types = _types(base_nlp, "Russians who protested their government's brutal campaign in Ukraine were arrested.")
    assert "COERCE" in types and "ASSAULT" not in types
    types = _types(base_nlp, "The Chancellor spoke with President Zelenskyy regarding Russia's unprovoked attack against Ukraine.")
    assert types == ["CONSULT"]


@pytest.mark.parametrize("text", [
    # check not-background-continuation (events 0.7.168): a present "continue" in a "while" or
    # "as long as" clause sets the standing background of the main clause, no act of the day
    # (examples/statedept, examples/whitehouse)
    "As long as the Kremlin continues its brutal assault on Ukraine and its people, we stand united "
    "with our allies and partners in imposing additional costs on Russia.",
    "While the United States and our allies continue to take steps to hold Russia accountable for its war "
    "of aggression in Ukraine, the Ortega-Murillo regime has increased its cooperation with Moscow.",
])
def test_a_continuing_act_in_a_while_or_as_long_as_clause_is_background(base_nlp, text):
    events = find_events(base_nlp(text))
    assert not [e for e in events if e.type in ("ASSAULT", "DISAPPROVE")], [e.explanation for e in events]


def test_the_main_clause_of_a_background_while_clause_stays(base_nlp):
    text = ("While the United States and our allies continue to take steps to hold Russia accountable for its war "
            "of aggression in Ukraine, the Ortega-Murillo regime has increased its cooperation with Moscow.")
    assert _types(base_nlp, text) == ["COOPERATE"]


def test_a_future_continue_in_a_while_clause_is_no_background(base_nlp):
    # only a present "continue" tells conduct going on; "will continue" is read by its frame
    text = "We will continue to support the people of Ukraine while promoting accountability for President Putin."
    assert "SUPPORT" in _types(base_nlp, text)
