"""Check not-background-anchor (events._background_anchor): a happening named as the time anchor
or ongoing setting of a phrase is the setting of the reported act, not a newly reported event; and
acts known only from reports are claimed (events._told_in_reports)."""

import pytest

from newsgraph.nlp.events import find_events


def _events(nlp, text, kind=None):
    return [e for e in find_events(nlp(text)) if kind is None or e.type == kind]


@pytest.mark.parametrize("text", [
    # a "since" clause: the start of the period the main clause covers
    "Since Moscow's invasion began, twelve countries have sent air defence systems to Ukraine.",
    "Germany has delivered 40 howitzers to Kyiv since Russia launched its full-scale invasion of Ukraine in February.",
    # an ongoing circumstance
    "Grain prices rose sharply amid Russia's war against Ukraine.",
    "The alliance reaffirmed its support for Kyiv in the face of Russia's brutal assault on Ukraine.",
    # a phase or a period measured on the happening
    "Aid deliveries have doubled since the beginning of Russia's offensive against Ukraine.",
    "As we enter the second year of Russia's war against Ukraine, our resolve has not weakened.",
    # "after X began": X goes on, its onset is the anchor
    "In the weeks after Russia's invasion began, hackers attacked Ukrainian government websites.",
])
def test_background_mention_is_no_new_assault(base_nlp, text):
    assert _events(base_nlp, text, "ASSAULT") == []


@pytest.mark.parametrize("text", [
    "Russia's missile attack on Ukraine on Monday killed eleven civilians in Dnipro.",
    "Russia launched a full-scale invasion of Ukraine on Thursday.",
    "Today, as Russia begins its new offensive in Ukraine's east, NATO ministers meet in Brussels.",
    # the recent act that prompted the reported one is reported news too
    "Poland closed two border crossings following Belarus's attack on a Polish patrol.",
])
def test_a_happening_that_is_the_news_stays(base_nlp, text):
    assert _events(base_nlp, text, "ASSAULT")


def test_the_act_of_the_sentence_stays_beside_its_anchor(base_nlp):
    events = _events(base_nlp, "The Foreign Minister met his Polish counterpart in Warsaw on Tuesday, "
                               "the first day of Russia's missile attack on Ukraine.")
    assert [e.type for e in events] == ["CONSULT"]


@pytest.mark.parametrize("text", [
    "We have seen credible reports that police officers fired on peaceful protesters in the capital.",
    "There are reports that detained activists have been beaten by prison guards.",
    "Rights groups documented reports of unarmed villagers shot in the back by soldiers.",
    "According to credible reports, the militia has attacked several villages in the province.",
    "We saw reports of violence of another kind — credible reports of unarmed villagers shot in the back.",
])
def test_acts_known_only_from_reports_are_claimed(base_nlp, text):
    events = [e for e in _events(base_nlp, text) if e.type in ("ASSAULT", "COERCE")]
    assert events
    assert all(e.status == "claimed" for e in events)


def test_a_report_issued_by_someone_is_not_the_content(base_nlp):
    events = _events(base_nlp, "Police officers fired on peaceful protesters in the capital on Sunday.")
    assert events and all(e.status == "asserted" for e in events if e.type == "ASSAULT")
