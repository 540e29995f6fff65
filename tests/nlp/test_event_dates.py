"""Event dates (issue 6, kind 9): the event's own sentence, else the publication, flagged."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.nlp.event_dates import BEFORE, COMPONENT, PUBLICATION, TEXT, date_events, is_event_date
from newsgraph.nlp.types import Event, Timex

REF = dt.date(2024, 5, 6)  # a Monday


@pytest.fixture(scope="module")
def nlp():
    from newsgraph.nlp.pipeline import build_pipeline

    return build_pipeline(("newsgraph_timex",))


def _dated(nlp, text: str, trigger: str, ref=REF, event_type: str = "ASSAULT") -> Event:
    """Date one event whose trigger is the first occurrence of ``trigger`` in ``text``."""
    from newsgraph.nlp.pipeline import make_doc

    doc = nlp(make_doc(nlp, text, ref))
    start = text.index(trigger)
    sent = next(s for s in doc.sents if s.start_char <= start < s.end_char)
    event = Event(type=event_type, sentence_start=sent.start_char, sentence_end=sent.end_char,
                  trigger=trigger, trigger_start=start, trigger_end=start + len(trigger))
    doc._.ng_events = [event]
    date_events(doc)
    return event


def test_event_takes_the_date_of_its_own_clause(nlp):
    text = ("The minister said on Monday that militia fighters attacked a camp on Sunday.")
    event = _dated(nlp, text, "attacked")
    assert (event.date, event.date_source) == ("2024-05-05", TEXT)


def test_event_without_a_date_takes_the_publication_day_flagged(nlp):
    event = _dated(nlp, "Peru recalled its ambassador from Mexico.", "recalled")
    assert (event.date, event.date_end, event.date_source) == ("2024-05-06", None, PUBLICATION)


@pytest.mark.parametrize("text, trigger", [
    # (a PAST_REF "recently" leaves the act undated before the article since 0.1.144:
    # test_a_vague_past_leaves_the_event_undated_before_the_article)
    ("The government now controls the port.", "controls"),                       # PRESENT_REF
    ("Rebels besieged the town for three weeks.", "besieged"),                   # a duration
])
def test_reference_words_and_durations_never_date_an_event(nlp, text, trigger):
    event = _dated(nlp, text, trigger)
    assert event.date_source == PUBLICATION and event.date == "2024-05-06"


def test_range_gives_a_start_and_an_end(nlp):
    event = _dated(nlp, "Troops shelled the town between March and May 2019.", "shelled")
    assert (event.date, event.date_end, event.date_source) == ("2019-03", "2019-05", TEXT)


def test_wire_dateline_day_is_not_the_event_date_but_anchors_it(nlp):
    text = "KINSHASA, May 2 (AFP) - Militia fighters attacked a camp on Sunday, the army said."
    event = _dated(nlp, text, "attacked")
    assert (event.date, event.date_source) == ("2024-04-28", TEXT)
    event = _dated(nlp, "KINSHASA, May 2 (AFP) - Militia fighters attacked a camp, the army said.", "attacked")
    assert (event.date, event.date_source) == ("2024-05-02", PUBLICATION)


def test_what_can_date_an_event():
    def timex(ttype, value):
        return Timex(start=0, end=1, text="x", type=ttype, value=value)

    assert is_event_date(timex("DATE", "2019-05"))
    assert is_event_date(timex("TIME", "2024-05-05TNI"))
    assert is_event_date(timex("DATE", "2021-XX-XX"))  # an ambiguous numeric date: the year is known
    assert not is_event_date(timex("DATE", "PAST_REF"))
    assert not is_event_date(timex("DATE", "PRESENT_REF"))
    assert not is_event_date(timex("DURATION", "P3W"))
    assert not is_event_date(timex("SET", "P1W"))
    assert not is_event_date(timex("DATE", None))


def test_step_runs_after_events_and_dates_every_event():
    from newsgraph.nlp.pipeline import COMPONENT_MODULES, build_pipeline, make_doc

    names = [factory for _module, factory in COMPONENT_MODULES]
    assert names.index(COMPONENT) == names.index("newsgraph_events") + 1
    nlp = build_pipeline()
    meta = nlp.get_pipe_meta(COMPONENT)
    assert "doc._.ng_events" in meta.requires and "doc._.ng_events" in meta.assigns
    text = ("Peru recalled its ambassador from Mexico on Tuesday. "
            "Protesters attacked the embassy in Lima.")
    doc = nlp(make_doc(nlp, text, REF))
    assert doc._.ng_events, "the events component found nothing to date"
    for event in doc._.ng_events:
        assert event.date and event.date_source in (TEXT, PUBLICATION)


def test_event_dates_are_stored_and_shown(tmp_path):
    from newsgraph.intake.model import RawArticle
    from newsgraph.nlp.types import Extraction
    from newsgraph.query.article_view import article_view
    from newsgraph.store import repository
    from newsgraph.store.db import open_store

    store = open_store(str(tmp_path / "t.db"))
    try:
        text = "Troops shelled the town between March and May 2019. The truce was signed on 4/3/2021."
        article_id = repository.save_article(store, RawArticle(text=text, source="t.txt")).article_id
        event = Event(type="ASSAULT", sentence_start=0, sentence_end=52, trigger="shelled", trigger_start=7,
                      trigger_end=14, date="2019-03", date_end="2019-05", date_source=TEXT)
        timex = Timex(start=83, end=91, text="4/3/2021", type="DATE", value="2021-XX-XX", precision="day",
                      readings=["2021-03-04", "2021-04-03"])
        repository.save_extraction(store, article_id, Extraction(events=[event], timexes=[timex]))
        facts = repository.article_facts(store, article_id)
        assert (facts["events"][0]["date_end"], facts["events"][0]["date_source"]) == ("2019-05", TEXT)
        assert facts["timexes"][0]["readings"] == ["2021-03-04", "2021-04-03"]
        view = article_view(store, article_id)
        assert (view["events"][0]["date"], view["events"][0]["date_end"]) == ("2019-03", "2019-05")
    finally:
        store.close()


def test_explanation_says_where_the_date_came_from(nlp):
    event = _dated(nlp, "Troops shelled the town between March and May 2019.", "shelled")
    assert "date 2019-03/2019-05 from 'March ... May 2019'" in event.explanation
    assert COMPONENT in event.explanation
    event = _dated(nlp, "Peru recalled its ambassador from Mexico.", "recalled")
    assert "from the publication" in event.explanation


def test_days_of_one_month_are_a_range(nlp):
    event = _dated(nlp, "Special Envoy John Kerry traveled to Moscow, Russia, July 12-15, 2021.", "traveled")
    assert (event.date, event.date_end, event.date_source) == ("2021-07-12", "2021-07-15", TEXT)


@pytest.mark.parametrize("text, trigger, start, end", [
    ("The minister visited Beirut from March 9-11.", "visited", "2024-03-09", "2024-03-11"),
    ("The secretary traveled to Warsaw and Vilnius March 3 to 8, 2022.", "traveled", "2022-03-03", "2022-03-08"),
    ("The envoy traveled to Lima and Quito, June 27-June 30, 2023.", "traveled", "2023-06-27", "2023-06-30"),
    ("The delegation traveled to Tunis March 30 – April 2.", "traveled", "2024-03-30", "2024-04-02"),
    ("The ministers met in Brussels 9–11 March 2022.", "met", "2022-03-09", "2022-03-11"),
    ("Rebels besieged the port from 2019 to 2021.", "besieged", "2019", "2021"),
])
def test_written_range_dates_its_event_start_to_end(nlp, text, trigger, start, end):
    event = _dated(nlp, text, trigger, event_type="CONSULT")
    assert (event.date, event.date_end, event.date_source) == (start, end, TEXT)


def test_since_runs_to_the_article_day(nlp):
    event = _dated(nlp, "The United States has provided aid to Ukraine since 2014.", "provided")
    assert (event.date, event.date_end, event.date_source) == ("2014", "2024-05-06", TEXT)


def test_time_phrase_closing_coordinated_verbs_dates_each_conjunct(nlp):
    # a State Department release (demo corpus): "in 2014" closes "invaded and partially occupied"
    text = ("After Russia invaded and partially occupied Ukraine in 2014, the United States intensified "
            "efforts to help Ukraine deter further Russian aggression.")
    event = _dated(nlp, text, "invaded")
    assert (event.date, event.date_source) == ("2014", TEXT)


def test_conjunct_with_its_own_subject_keeps_its_own_time(nlp):
    text = "Russia invaded Crimea and the army attacked Kyiv in 2022."
    event = _dated(nlp, text, "invaded")
    # not 2022 (the other clause's); a past act in a sentence set two years before the article
    # is not dated on the publication day either
    assert (event.date, event.date_source) == (None, "before")


def test_each_conjunct_with_its_own_time_keeps_it(nlp):
    text = "Russia invaded Crimea in 2014 and attacked Kyiv in 2022."
    assert _dated(nlp, text, "invaded").date == "2014"
    assert _dated(nlp, text, "attacked").date == "2022"


# ---------------------------------------------------------------- calendar values, before the article

def test_stored_dates_are_calendar_values():
    from newsgraph.nlp.timex import calendar_range

    assert calendar_range("198") == ("1980", "1989")  # TimeML decade "the 1980s"
    assert calendar_range("19") == ("1900", "1999")  # the 20th century
    assert calendar_range("2022-W10") == ("2022-03-07", "2022-03-13")
    assert calendar_range("2022-W17-WE") == ("2022-04-30", "2022-05-01")
    assert calendar_range("2023-Q3") == ("2023-07", "2023-09")
    assert calendar_range("2023-H1") == ("2023-01", "2023-06")
    assert calendar_range("1990-08-02TMO") == ("1990-08-02", None)
    assert calendar_range("2021-SP") == ("2021", None)
    assert calendar_range("2021-XX-XX") == ("2021", None)
    assert calendar_range("2019-05") == ("2019-05", None)
    assert calendar_range("PAST_REF") is None


def test_a_named_decade_dates_the_event_as_its_years(nlp):
    event = _dated(nlp, "Government forces fought the rebels in the 1980s.", "fought")
    assert (event.date, event.date_end, event.date_source) == ("1980", "1989", TEXT)


def test_decades_ago_leave_the_event_undated_before_the_article(nlp):
    # demo (a 2021 statement on Nicaragua): TimeML reads "four decades ago" as the 1980s, the
    # Sandinistas fought the Somoza family until 1979; neither that nor the publication is its date
    text = "Ortega and the Sandinistas fought the Somoza family four decades ago."
    event = _dated(nlp, text, "fought", ref=dt.date(2021, 11, 8))
    assert (event.date, event.date_end, event.date_source) == (None, None, "before")


def test_the_past_week_is_the_days_up_to_the_article_not_last_calendar_week(nlp):
    # "leaders arrested in the past week" is within the seven days before the release (TimeML: "the
    # past week" is DURATION P1W), not the calendar week before it nor the release's day alone
    text = ("The United States calls on the government to immediately release opposition leaders "
            "arrested in the past week.")
    event = _dated(nlp, text, "arrested", ref=dt.date(2021, 6, 9))
    assert (event.date, event.date_end, event.date_source) == ("2021-06-02", "2021-06-09", TEXT)


def test_a_week_dates_the_event_as_its_days(nlp):
    event = _dated(nlp, "Rebels attacked the town last week.", "attacked")
    assert (event.date, event.date_end, event.date_source) == ("2024-04-29", "2024-05-05", TEXT)


def test_part_of_day_dates_the_day(nlp):
    event = _dated(nlp, "President Biden spoke to President Lopez Obrador of Mexico this afternoon.", "spoke")
    assert (event.date, event.date_end) == ("2024-05-06", None)


def test_a_year_before_a_noun_dates_the_noun_not_the_event(nlp):
    # demo (DHS on Haiti, 2021): "the 2010 earthquake" is another happening; the wrapped line
    # puts whitespace between the year and its noun, and "the" inside the time expression
    text = ("Secretary Mayorkas made this decision after consulting with interagency partners and the "
            "continuing negative effects of the 2010\n     earthquake.")
    event = _dated(nlp, text, "consulting", ref=dt.date(2021, 7, 13))
    # not 2010; a gerund after "after" is the earlier act the decision follows (event_dates 0.1.25)
    assert (event.date, event.date_source) == (None, BEFORE)


def test_previously_leaves_the_event_undated_before_the_article(nlp):
    # demo (Treasury, 2022-06-02): a designation made before, at an unstated time
    text = "The EU, UK, Japan, Australia, and New Zealand have previously designated Maria Zakharova."
    event = _dated(nlp, text, "designated")
    assert (event.date, event.date_end, event.date_source) == (None, None, "before")
    event = _dated(nlp, "The United States has in the past supported the opposition.", "supported")
    assert (event.date, event.date_source) == (None, "before")


@pytest.mark.parametrize("text, trigger", [
    ("Russia vetoed the mandate of the mission a few weeks ago.", "vetoed"),
    ("Militants attacked the village several months ago.", "attacked"),
    ("The army recently attacked the rebel camp.", "attacked"),
    ("More recently, the police arrested dozens of protesters.", "arrested"),
    ("Police arrested two protesters recently, officials said.", "arrested"),
])
def test_a_vague_past_leaves_the_event_undated_before_the_article(nlp, text, trigger):
    # invented: "a few weeks ago" / "recently" count back from the time of writing by an unknown
    # amount (timex PAST_REF), so the act is before the article, never on its day
    event = _dated(nlp, text, trigger)
    assert (event.date, event.date_source) == (None, BEFORE), event.explanation


def test_a_counted_or_named_past_keeps_its_date(nlp):
    # invented: the timex layer computes these, so they date the act
    assert _dated(nlp, "Militants attacked the village two weeks ago.", "attacked").date == "2024-04-22"
    assert _dated(nlp, "Militants attacked the village last month.", "attacked").date == "2024-04"
    # "the past few days" runs up to the article's day: an act still going on in it is no "before"
    event = _dated(nlp, "Militants have been attacking the village in the past few days.", "attacking")
    assert event.date_source != BEFORE, event.explanation


@pytest.mark.parametrize("text, trigger", [
    # demo (Dialogo, 2023-08-26; gold dialogo us-sanctions, date null): a state the countries are in
    ("In June, Iranian President Ebrahim Raisi visited Venezuela, Nicaragua, and Cuba, which face U.S. "
     "sanctions, to strengthen ties.", "face"),
    ("Cuba faces U.S. sanctions.", "faces"),
    # demo (State Dept., 2021-07-22): "today" is the UK's action; "already" places the designation before
    ("We commend the UK’s actions today against four corrupt individuals already designated by the "
     "United States.", "designated"),
])
def test_a_measure_told_as_a_standing_state_is_undated_before(nlp, text, trigger):
    # event_dates 0.1.26: no new act of the publication day
    event = _dated(nlp, text, trigger, event_type="SANCTION")
    assert (event.date, event.date_source) == (None, BEFORE)


@pytest.mark.parametrize("text, trigger", [
    ("Russia will face sanctions.", "face"),  # to come
    ("Russia is facing new sanctions.", "facing"),  # the news of the day
])
def test_a_measure_still_to_come_or_under_way_is_no_standing_state(nlp, text, trigger):
    event = _dated(nlp, text, trigger, event_type="SANCTION")
    assert event.date_source == PUBLICATION


def test_once_again_is_no_former_time(nlp):
    event = _dated(nlp, "Russia once again attacked Kyiv.", "attacked")
    assert (event.date, event.date_source) == ("2024-05-06", PUBLICATION)


def test_since_a_dated_happening_starts_the_span(nlp):
    # demo (State Department on Burma, 2022-03-25): the coup's date begins the crackdown's span
    text = ("Since the February 2021 military coup, the military regime has only intensified its violent "
            "crackdown and killed more than 1,700 people.")
    event = _dated(nlp, text, "killed", ref=dt.date(2022, 3, 25))
    assert (event.date, event.date_end, event.date_source) == ("2021-02", "2022-03-25", TEXT)


def test_a_period_running_to_the_article_is_not_before_it(nlp):
    text = "In the past few days, several municipalities have started asking religious schools to pay taxes."
    event = _dated(nlp, text, "asking")
    assert event.date_source == PUBLICATION


# ---------------------------------------------------------------- a past act set in an earlier year
HISTORY_REF = dt.date(2022, 6, 15)


@pytest.mark.parametrize("text, trigger", [
    # demo (State Dept., 2022-06-15): the year sets the scene in the sentence before, same paragraph
    ("We got our independence in 1819. Then he fought in the Venezuelan territory against Tomás Boves.",
     "fought"),
    # demo (Air Force, 2016): a narrative told after a dated sentence
    ("On the morning of Aug. 2, 1990, Iraq invaded nearby Kuwait. In less than four hours, Iraqi forces "
     "occupied the capital, and Hussein soon annexed the country as the 19th province of Iraq.", "annexed"),
    # demo (2009 interview): pluperfect in a sentence set in "the past century"
    ("In the history of the past century, Germany alone had virtually destroyed Russia twice.", "destroyed"),
    # past progressive after a sentence set in 1975
    ("The Arabist compared his visit to Nixon's back in 1975. Both presidents were calling for peace.", "calling"),
])
def test_a_past_act_set_in_an_earlier_year_is_not_dated_on_the_publication(nlp, text, trigger):
    event = _dated(nlp, text, trigger, HISTORY_REF)
    assert (event.date, event.date_end, event.date_source) == (None, None, "before")


@pytest.mark.parametrize("text, trigger", [
    # a year naming a thing ("the 2011 ... Agreement") is not the scene of today's signing
    ("The minister signed a protocol of amendment to the 2011 U.S.-Colombia Air Transport Agreement.", "signed"),
    # the present perfect runs to the time of writing
    ("Trained officers increased from 10,000 in 2010. The State Department has donated 60 vehicles to the police.",
     "donated"),
    # demo (State Dept., 2022-06-17): the conjunct shares "has" (present perfect)
    ("The Sandinistas overthrew the regime in 1979. The regime has closed over 500 NGOs and refused to release "
     "the 180 political prisoners.", "refused"),
    # a new paragraph starts a new scene
    ("We got our independence in 1819.\n\nThe president met the minister in Bogota.", "met"),
    # dates4: the year dates a participle describing the subject, the backing, not the scene of the
    # rejection, which came after it (0.1.5-histdate had this one 'before')
    ("A fast-track system backed by the Red Cross in September 2019 was rejected by the prime minister.",
     "rejected"),
])
def test_a_current_act_near_an_old_year_keeps_the_publication_day(nlp, text, trigger):
    event = _dated(nlp, text, trigger, HISTORY_REF)
    assert (event.date, event.date_source) == ("2022-06-15", PUBLICATION)


# issue 6 (dates2): "<noun> of <date>" dates that noun, like a premodifier ("the Dec. 21 attack")
@pytest.mark.parametrize("text, trigger, expected", [
    # the act done to a dated thing is not dated by it
    ("The two countries violated the agreement of 12 May 2019.", "violated", ("2024-05-06", PUBLICATION)),
    ("Officials condemned the attack of Dec. 21.", "condemned", ("2024-05-06", PUBLICATION)),
    # the noun itself as trigger, and a dated deed told by its past-tense verb
    ("Opposition parties boycotted the elections of 28 November.", "boycotted", ("2024-05-06", PUBLICATION)),
    ("The government blamed rebels for the attack of March 3.", "blamed", ("2024-05-06", PUBLICATION)),
    # a passive's subject is no deed: the law's date is not the amending's
    ("The law of 1998 was amended today.", "amended", ("2024-05-06", TEXT)),
    ("The law of 1998 was amended.", "amended", ("2024-05-06", PUBLICATION)),
    ("Parliament amended the law of 1998 on Tuesday.", "amended", ("2024-04-30", TEXT)),
    ("The agreement of 12 May 2019 ended the war.", "agreement", ("2019-05-12", TEXT)),
    ("The elections of 28 November were marred by violence.", "elections", ("2023-11-28", TEXT)),
    ("The attack of Dec. 21 killed six airmen.", "killed", ("2023-12-21", TEXT)),
    ("The minister said on Monday that the talks of April 2 had failed.", "failed", ("2024-04-02", TEXT)),
    ("The Dec. 21 attack killed six airmen.", "killed", ("2023-12-21", TEXT)),
    # the act a dated decision, vote or pledge names in its infinitive is done on its date, as
    # in "decided on March 3 to bar"; the stance taken on it is not
    ("We welcome the league's decision of 3 March to bar the club's players.", "bar", ("2024-03-03", TEXT)),
    ("We welcome the league's decision of 3 March to bar the club's players.", "welcome", ("2024-05-06", PUBLICATION)),
    ("The ministers praised the council's April 30 vote to suspend the junta.", "suspend", ("2024-04-30", TEXT)),
    # a deadline is no act: its date is when the act is due
    ("The rebels ignored the March 3 deadline to withdraw their fighters.", "withdraw", ("2024-05-06", PUBLICATION)),
    # a noun that is a time itself is the time: "the morning of Aug. 2", "FY 2021"
    ("On the morning of March 2, rebels attacked the base.", "attacked", ("2024-03-02", TEXT)),
    ("In FY 2021, the Department of State contributed more than $6 million to UNHCR.", "contributed",
     ("2021", TEXT)),
])
def test_a_date_of_a_noun_dates_that_noun(nlp, text, trigger, expected):
    event = _dated(nlp, text, trigger)
    assert (event.date, event.date_source) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # the dated occasion an act is done in dates it (TimeML IS_INCLUDED)
    ("In his letter of March 3, the minister rejected the plan.", "rejected", "2024-03-03"),
    ("In the elections of 28 November, the ruling party won a majority.", "won", "2023-11-28"),
    ("Santorum criticized the press in a 2011 radio interview.", "criticized", "2011"),
    ("Ministers agreed at the March 6 summit to extend the sanctions.", "agreed", "2024-03-06"),
    ("Ministers agreed during the March 24 meeting to extend the sanctions.", "agreed", "2024-03-24"),
])
def test_the_dated_occasion_of_an_act_dates_it(nlp, text, trigger, expected):
    event = _dated(nlp, text, trigger)
    assert (event.date, event.date_source) == (expected, TEXT)


def test_starting_on_a_date_dates_the_act_from_it(nlp):
    # demo (State Dept., 2021-07-22): "Starting on July 11" is no other clause, it starts the act
    text = "Starting on July 11, tens of thousands of Cubans took to the streets."
    event = _dated(nlp, text, "took", dt.date(2021, 7, 22))
    assert (event.date, event.date_source) == ("2021-07-11", TEXT)


@pytest.mark.parametrize("text, trigger", [
    # a date inside a before/after phrase orders the act, it does not date it
    ("After the vote on Sunday, police arrested 20 protesters.", "arrested"),
    # a coordinated clause with its own subject has its own time
    ("The army shelled the town last week, and police arrested 20 people.", "arrested"),
])
def test_a_date_of_another_phrase_or_clause_is_not_taken(nlp, text, trigger):
    event = _dated(nlp, text, trigger)
    assert (event.date, event.date_source) == ("2024-05-06", PUBLICATION)


def test_a_fronted_date_sets_the_scene_of_every_coordinated_clause(nlp):
    # "On Friday" stands before the first clause's subject: it dates both, though the parse
    # hangs it on the first ("...last week, and police arrested" above does not)
    event = _dated(nlp, "On Friday, the army shelled the town, and police arrested 20 people.", "arrested")
    assert (event.date, event.date_source) == ("2024-05-03", TEXT)


@pytest.mark.parametrize("text, trigger, expected", [
    # the past act's own adjunct wins over a nearer date of another clause; a past weekday is
    # the last such day before the publication (REF is Monday 2024-05-06)
    ("On Tuesday the minister signed the accord, which takes effect on June 1.", "signed", "2024-04-30"),
    ("The minister, who took office in March, signed the accord on Tuesday.", "signed", "2024-04-30"),
    ("On Dec. 21, the rebels attacked the base, a week after talks collapsed in Geneva on Dec. 14.",
     "attacked", "2023-12-21"),
    ("Police arrested the leader last week, a day before the Dec. 21 vote.", "arrested", "2024-04-29"),
])
def test_a_past_act_takes_its_own_date_adjunct(nlp, text, trigger, expected):
    event = _dated(nlp, text, trigger)
    assert (event.date, event.date_source) == (expected, TEXT)


def test_a_date_before_the_to_of_an_infinitive_is_the_higher_clauses(nlp):
    # demo (State Dept., 2022-03-16): the parser hangs "on March 17" on "engage"
    text = ("Under Secretary of State Jose W. Fernandez will travel to Tegucigalpa, Honduras, on March 17 and "
            "San José, Costa Rica, on March 19 to engage with government officials and business leaders.")
    event = _dated(nlp, text, "travel", dt.date(2022, 3, 16))
    assert (event.date, event.date_source) == ("2022-03-17", TEXT)


def test_date_word_lists_are_lower_case():
    # the rules compare them with tokens' lower forms (``lower_``), so a capitalised entry would never match
    from newsgraph.nlp.event_dates import WORDS

    for name in WORDS.__dataclass_fields__:
        words = getattr(WORDS, name)
        assert words and all(w == w.lower() for w in words), name


@pytest.mark.parametrize("text, trigger, total", [
    ("The ministry said donors have provided more than $30 million in food aid to the flooded provinces.",
     "provided", "more than $30 million"),
    ("Border guards have detained nearly 400 migrants along the northern frontier, the agency said.",
     "detained", "nearly 400 migrants"),
    # event_dates 0.1.24: "all along" counts the acts so far, with a curly "’ve" as with "'ve"
    ("We’ve supported the Normandy Format all along with France, Germany and Ukraine.", "supported", "all along"),
])
def test_a_running_total_is_undated_before_the_publication(nlp, text, trigger, total):
    # the acts added up were done before the article at unstated times: not the publication's day
    event = _dated(nlp, text, trigger)
    assert (event.date, event.date_end, event.date_source) == (None, None, "before")
    assert f"a running total: '{total}'" in event.explanation


@pytest.mark.parametrize("text, trigger", [
    ("Border guards detained nearly 400 migrants along the northern frontier, the agency said.", "detained"),
    ("Border guards have detained 400 migrants along the northern frontier, the agency said.", "detained"),
    ("Border guards have detained nearly 400 migrants in the past week, the agency said.", "detained"),
])
def test_no_running_total_without_perfect_approximate_count_or_with_a_period(nlp, text, trigger):
    event = _dated(nlp, text, trigger)
    assert event.date_source != "before"


def test_a_since_clause_starts_the_span_of_the_main_clause(nlp):
    text = "Since the army seized power in 2021, the junta has jailed thousands of activists."
    event = _dated(nlp, text, "jailed", event_type="COERCE")
    assert (event.date, event.date_end, event.date_source) == ("2021", REF.isoformat(), TEXT)


def test_a_when_clause_date_is_not_a_since_span(nlp):
    text = "When the army seized power in 2021, the junta jailed thousands of activists."
    event = _dated(nlp, text, "jailed", event_type="COERCE")
    assert (event.date, event.date_end) == ("2021", None)


def test_a_bound_in_a_since_clause_gives_no_start(nlp):
    # "over a week ago" bounds the start, it does not give it
    text = "Since the army seized power over a week ago, the junta has jailed thousands of activists."
    event = _dated(nlp, text, "jailed", event_type="COERCE")
    assert event.date_source != TEXT


@pytest.mark.parametrize("text, trigger, event_type", [
    # a time on an act noun of the stance's object dates that act, not the stance
    ("We welcome reports of the army's release last week of dozens of detained journalists.",
     "welcome", "SUPPORT"),
    ("The minister condemned the attack on Sunday on a police station in the north.", "condemned", "DISAPPROVE"),
    # a past time on a stance told in the present: the stance is taken now
    ("The United States strongly condemns the rocket strikes on the capital last night.", "condemns", "DISAPPROVE"),
])
def test_a_time_of_the_act_a_stance_is_taken_on_does_not_date_the_stance(nlp, text, trigger, event_type):
    event = _dated(nlp, text, trigger, event_type=event_type)
    assert (event.date, event.date_source) == ("2024-05-06", PUBLICATION)


def test_a_stance_keeps_its_own_clause_date(nlp):
    event = _dated(nlp, "On Sunday, the minister condemned the attack on a police station.", "condemned",
                   event_type="DISAPPROVE")
    assert (event.date, event.date_source) == ("2024-05-05", TEXT)
    event = _dated(nlp, "The minister condemned the attack in a statement on Friday.", "condemned",
                   event_type="DISAPPROVE")
    assert (event.date, event.date_source) == ("2024-05-03", TEXT)


def test_a_stance_taken_in_a_dated_occasion_keeps_its_date(nlp):
    # the interview is the occasion of the criticism, not the act it is taken on
    event = _dated(nlp, "The senator criticized the coverage of the press in a 2011 radio interview.", "criticized",
                   event_type="DISAPPROVE")
    assert (event.date, event.date_source) == ("2011", TEXT)


# ---------------------------------------------------------------- narrative reference time (0.1.17)
def _dated_by(nlp, text: str, trigger: str, source: str, ref=HISTORY_REF) -> Event:
    """``_dated`` with the event's actor (the paragraph-crossing rule reads it)."""
    from newsgraph.nlp.pipeline import make_doc

    doc = nlp(make_doc(nlp, text, ref))
    start = text.index(trigger)
    sent = next(s for s in doc.sents if s.start_char <= start < s.end_char)
    event = Event(type="AGREE", sentence_start=sent.start_char, sentence_end=sent.end_char, trigger=trigger,
                  trigger_start=start, trigger_end=start + len(trigger), source_text=source)
    doc._.ng_events = [event]
    date_events(doc)
    return event


@pytest.mark.parametrize("text, trigger, source", [
    # the year set three sentences back, the narrative past running on
    ("The rebels crossed the border in March 1998. They marched on the capital. The army retreated south. "
     "The president fled to the coast.", "fled", "The president"),
    # the next paragraph goes on with the same man (a name told in the passage)
    ("As allied forces gathered in the Gulf in the fall of 1990, Colonel Carlton set up a field hospital in "
     "Oman. Yet the hospital took in only 42 patients.\n\u201cWe did not get any war wounded,\u201d said "
     "Carlton, who offered beds to the theater surgeon.", "offered", "Carlton"),
    # ... or with a pronoun
    ("He finally won the independence of Venezuela in 1821. Then he started the southern campaign.\n"
     "At that time he called for an envoy to be appointed. He came to Washington.", "came", "He"),
])
def test_a_past_act_keeps_the_earlier_scene_of_its_passage(nlp, text, trigger, source):
    event = _dated_by(nlp, text, trigger, source)
    assert (event.date, event.date_source) == (None, "before")


# 0.1.148 (Stop 44, issue 6): a present copula classifying someone by a simple past relative
# clause ("X is a businessman who financed ...") keeps the earlier scene of the passage: invented
_PROFILE_SCENE = ("Beginning as early as 2015, the Harbor Group ran covert influence operations abroad. "
                  "The Harbor Group worked through several shell firms.\n"
                  "Ivan Sokolov is a Belarusian businessman who {verb} the Harbor Group through his company, "
                  "Vektor Holdings (\u201cVektor\u201d). Vektor sent money and oversaw the group\u2019s work.")


def test_a_past_profile_keeps_the_earlier_scene_of_its_passage(nlp):
    event = _dated_by(nlp, _PROFILE_SCENE.format(verb="financed"), "sent", "Vektor")
    assert (event.date, event.date_source) == (None, "before"), event.explanation


@pytest.mark.parametrize("text, trigger, source", [
    # the profile's own deed in the present: a state of now, the reference time moves to now
    (_PROFILE_SCENE.format(verb="finances"), "sent", "Vektor"),
    # no earlier time in the passage: the publication day
    ("Ivan Sokolov is a Belarusian businessman who financed the Harbor Group through his company, Vektor "
     "Holdings (\u201cVektor\u201d). Vektor sent money and oversaw the group\u2019s work.", "sent", "Vektor"),
    # the designation the release announces, after the profile: its own day
    (_PROFILE_SCENE.format(verb="financed") + " Today, the Department designated Vektor.", "designated",
     "the Department"),
])
def test_a_profile_without_a_past_scene_keeps_the_publication_day(nlp, text, trigger, source):
    event = _dated_by(nlp, text, trigger, source)
    assert event.date_source != "before", event.explanation


@pytest.mark.parametrize("text, trigger, source", [
    # a present-tense sentence moves the reference time back to now
    ("The rebels crossed the border in March 1998. The country is a democracy now. The army "
     "withdrew from the border.", "withdrew", "The army"),
    # a sentence dated in the last days resets it too (one dated over a week before the article
    # sets a scene of its own: ``test_a_past_act_set_earlier_this_year_is_before_the_article``)
    ("The rebels crossed the border in March 1998. On Monday the army began a new offensive. The "
     "president fled to the coast.", "fled", "The president"),
    # a new paragraph about someone else starts a new scene
    ("The rebels crossed the border in March 1998. They marched on the capital.\nThe minister met the "
     "ambassador in Bogota.", "met", "The minister"),
])
def test_a_reference_moved_to_now_keeps_the_publication_day(nlp, text, trigger, source):
    event = _dated_by(nlp, text, trigger, source)
    assert event.date_source != "before"


@pytest.mark.parametrize("text, trigger, source", [
    # 0.1.85: a scene of the publication year that ended well before the article's day (June 15)
    ("Starting on March 3, thousands of workers marched in the capital. In response, the police "
     "arrested dozens of organizers.", "arrested", "the police"),
    ("In April, the army entered the town. The soldiers detained civilians and burned their homes.",
     "burned", "The soldiers"),
    # 0.1.96: a closing time still sets the scene of its own actor's next act
    ("A trade delegation toured the ports of Chile in March. The delegation met the port authority.",
     "met", "The delegation"),
    # 0.1.147: a closing time followed by a coordinated past clause of its own subject sets the
    # passage's scene (a narrative runs on from the dated clause), also when the time closes a past
    # relative clause on the main clause's object (late closure)
    ("The activist carried a banner to the square in March, and officers quickly surrounded him. Police "
     "detained the activist.", "detained", "Police"),
    ("The student brought a clock he built to class in March, and a teacher wrongly believed it was a weapon. "
     "Police detained the student.", "detained", "Police"),
])
def test_a_past_act_set_earlier_this_year_is_before_the_article(nlp, text, trigger, source):
    event = _dated_by(nlp, text, trigger, source)
    assert (event.date, event.date_source) == (None, "before")


@pytest.mark.parametrize("text, trigger, source", [
    # a scene of the last week may be the news the article reports: the publication day
    ("On Monday, police arrested 20 protesters. They also seized weapons.", "seized", "They"),
    # the act's own time dates it
    ("In March, the council passed the law. Today the minister signed the decree.", "signed", "the minister"),
    # a time of a participle on a noun dates that act, not the passage
    ("The envoy asked about the proposals sent to the capital in March. The envoy repeated his concerns.",
     "repeated", "The envoy"),
    # a year naming a law is no scene
    ("The bank was named under the Defense Authorization Act, 2021. The ministry blocked its assets.",
     "blocked", "The ministry"),
    # 0.1.96: a time closing the sentence before dates that sentence's act, not another actor's
    ("Chile ratified the trade pact in February. The Peruvian minister welcomed Chile.",
     "welcomed", "The Peruvian minister"),
    ("Norway opened a new consulate in Kenya in March. Sweden criticized Norway.", "criticized", "Sweden"),
    # ... and an inchoative's fronted time dates a state that began, not the acts told after it
    ("In April, strikes began in the ports. Soldiers detained 30 dockworkers in Mombasa.",
     "detained", "Soldiers"),
    # 0.1.147: a single dated clause dates its one act, and a coordinated clause in the pluperfect
    # moves back, not on
    ("The activist carried a banner to the square in March. Police detained the activist.", "detained", "Police"),
    ("The student brought a clock he built to class in March. Police detained the student.", "detained", "Police"),
    ("The activist carried a banner to the square in March, and officers had surrounded him. Police "
     "detained the activist.", "detained", "Police"),
])
def test_a_past_act_after_a_recent_scene_keeps_its_day(nlp, text, trigger, source):
    event = _dated_by(nlp, text, trigger, source)
    assert event.date_source != "before"


def test_a_readout_of_an_earlier_meeting_keeps_the_meetings_date(nlp):
    # the readout's later act takes its dated meeting's day before any earlier scene places it
    from newsgraph.nlp.pipeline import make_doc

    text = "On June 1, the minister met the ambassador in Lima. The minister thanked him for the aid."
    doc = nlp(make_doc(nlp, text, HISTORY_REF))
    events = []
    for trigger, kind, source in (("met", "CONSULT", "the minister"), ("thanked", "SUPPORT", "The minister")):
        start = text.index(trigger)
        sent = next(s for s in doc.sents if s.start_char <= start < s.end_char)
        events.append(Event(type=kind, sentence_start=sent.start_char, sentence_end=sent.end_char, trigger=trigger,
                            trigger_start=start, trigger_end=start + len(trigger), source_text=source,
                            target_text="the ambassador"))
    doc._.ng_events = events
    date_events(doc)
    assert [(e.date, e.date_source) for e in events] == [("2022-06-01", TEXT), ("2022-06-01", TEXT)]


@pytest.mark.parametrize("text, trigger, expected", [
    # a past act given as the reason for a present state
    ("Dozens of journalists remain in prison because they criticized the government.", "criticized", "before"),
    # a past cause of a past state tells nothing of the article's day
    ("Dozens of journalists were jailed because they criticized the government.", "criticized", PUBLICATION),
    # the means of a present perfect's result
    ("Colombia has led the region by granting temporary protection to Venezuelan migrants.", "granting", "before"),
    ("We have expanded our support, including by providing satellite phones to officials.", "providing", "before"),
    # a future or present result: the means may be now or later
    ("Colombia will lead the region by granting temporary protection to migrants.", "granting", PUBLICATION),
])
def test_an_earlier_cause_or_means_is_before_the_article(nlp, text, trigger, expected):
    event = _dated(nlp, text, trigger, HISTORY_REF, "AID")
    assert event.date_source == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a reduced passive relative describes a thing by an act already done to it
    ("The report documents abuses against the thousands of people detained in the camps.", "detained", "before"),
    ("The minister reviewed the humanitarian assistance provided to the refugees.", "provided", "before"),
    # "now" tells the act at the time of writing
    ("The minister called off the talks, diplomacy now rejected by the government.", "rejected", PUBLICATION),
    # its own date still dates it
    ("The minister reviewed the assistance provided to the refugees on Tuesday.", "provided", TEXT),
])
def test_a_reduced_relative_tells_an_act_already_done(nlp, text, trigger, expected):
    event = _dated(nlp, text, trigger, HISTORY_REF, "COERCE")
    assert event.date_source == expected


@pytest.mark.parametrize("text, trigger, event_type", [
    ("Together with our allies, we are delivering humanitarian assistance to Sudan every day.",
     "delivering", "AID"),
    ("We're helping countries in the region fight the cholera outbreak.", "helping", "AID"),
    ("The United States continues to provide medical supplies to Moldova.", "provide", "AID"),
    ("Canada and Mexico are working around the clock to expedite shipments of grain to Egypt.",
     "expedite", "AID"),
])
def test_an_ongoing_activity_is_dated_at_the_publication_month(nlp, text, trigger, event_type):
    event = _dated(nlp, text, trigger, event_type=event_type)
    assert (event.date, event.date_end, event.date_source) == ("2024-05", None, PUBLICATION)
    assert "an ongoing activity" in event.explanation


@pytest.mark.parametrize("text, trigger, event_type", [
    # a new package announced that day, a dispatch, a past act, a dated act
    ("The United States is providing over $50 million in additional assistance to Chad.", "providing", "AID"),
    ("The State Department is deploying an advisor to the national police.", "deploying", "AID"),
    ("Japan provided medical supplies to Moldova.", "provided", "AID"),
    ("Today we are delivering humanitarian assistance to Sudan.", "delivering", "AID"),
    ("Russian forces are attacking the port of Odesa.", "attacking", "ASSAULT"),
    ("Biden is coordinating with allies and partners on a response.", "coordinating", "COOPERATE"),
])
def test_no_ongoing_month_for_a_new_package_a_dispatch_or_another_type(nlp, text, trigger, event_type):
    event = _dated(nlp, text, trigger, event_type=event_type)
    assert event.date == "2024-05-06"


@pytest.mark.parametrize("text, trigger, event_type", [
    # demo (wikinews, 2017-07-18): two refusals before the article, neither on its day
    ("They were twice denied visas to enter the United States.", "denied", "REJECT"),
    # demo (State Dept. briefing, 2022-02-22): a warning recounted, given over and over before
    ("First, all along we said that we were pursuing two tracks and building a response that would "
     "have massive consequences for Russia.", "have", "THREATEN"),
    ("With regard to what comes next, as we’ve said all along, if Russia pursues its aggression "
     "against Ukraine, it will face the massive consequences.", "face", "THREATEN"),
])
def test_an_act_told_as_done_over_and_over_is_undated_before(nlp, text, trigger, event_type):
    # event_dates 0.1.31: an iterated act (TimeML), not an act of the publication day
    event = _dated(nlp, text, trigger, event_type=event_type)
    assert (event.date, event.date_source) == (None, BEFORE)
    assert "all along" in event.explanation or "twice" in event.explanation


def test_a_comment_said_all_along_does_not_date_a_material_act_before(nlp):
    # the saying foretold the act; the act itself is the day's news (a material act keeps the day)
    text = "As we said all along, Germany halted the pipeline."
    event = _dated(nlp, text, "halted", event_type="SANCTION")
    assert (event.date, event.date_source) == ("2024-05-06", PUBLICATION)


@pytest.mark.parametrize("text, trigger, event_type", [
    # review 34 (4): the saying's "repeatedly" is the officials', not the massing's
    ("Officials have repeatedly said that Russia is massing troops on the border.", "massing", "MOBILIZE"),
    # a present passive tells a practice now, not acts done before the article
    ("Journalists are repeatedly detained by Belarusian police.", "detained", "SEIZE"),
])
def test_an_iteration_of_the_saying_or_in_the_present_is_no_iterated_act(nlp, text, trigger, event_type):
    event = _dated(nlp, text, trigger, event_type=event_type)
    assert "repeatedly" not in (event.explanation or "")
    assert event.date_source != BEFORE


def test_an_iteration_on_a_coordinated_or_perfect_verb_still_dates_before(nlp):
    # the conjunct shares the first verb's subject and its "repeatedly"; a perfect passive is past
    for text, trigger in (("Russia has repeatedly shelled and bombed Kharkiv.", "bombed"),
                          ("Journalists have been repeatedly detained by Belarusian police.", "detained")):
        event = _dated(nlp, text, trigger, event_type="ASSAULT")
        assert (event.date, event.date_source) == (None, BEFORE), text


def test_a_since_phrase_of_another_verb_does_not_date_the_conjunct(nlp):
    # demo (State Dept., 2022-02-11): "December 2019" is the last NADD's, the start of the reviewed
    # progress; the agreement was made at the new meeting, not in 2019 (event_dates 0.1.31)
    text = ("The three governments reviewed progress since the last NADD in December 2019 and agreed to "
            "more closely cooperate and share information.")
    event = _dated(nlp, text, "agreed", event_type="AGREE")
    assert (event.date, event.date_source) == ("2024-05-06", PUBLICATION)
    # a fronted since-phrase still starts the span of the clause after it
    event = _dated(nlp, "Since the February 2021 coup, the regime has killed hundreds of people.", "killed")
    assert (event.date, event.date_source) == ("2021-02", TEXT)


@pytest.mark.parametrize("text, trigger, mark", [
    # review 34 (7): one list of repetition words (event_detection.yaml iterative_adverbs and
    # iterative_phrases) serves the events' recap check and this date rule
    ("The regime has consistently denied visas to independent journalists.", "denied", "consistently"),
    ("For years, the government refused talks with the opposition.", "refused", "for years"),
    ("The ministry has often rejected such proposals.", "rejected", "often"),
])
def test_a_repetition_word_of_the_events_lexicon_tells_an_iterated_act(nlp, text, trigger, mark):
    event = _dated(nlp, text, trigger, event_type="REJECT")
    assert (event.date, event.date_source) == (None, BEFORE)
    assert mark in event.explanation


def test_iteration_marks_keep_only_the_words_the_events_lexicon_lacks():
    from newsgraph.nlp.event_dates import WORDS
    from newsgraph.nlp.events import detection_lexicon

    shared = detection_lexicon()["iterative_adverbs"] | detection_lexicon()["iterative_phrases"]
    assert not WORDS.iteration_marks & shared


# 0.1.100: a scene carried across paragraphs by the place they go on naming (``place_scene``)
_PLACE_PASSAGE = (
    "In February 2024, the 12th Brigade occupied Kalinovka, a village east of the river.\n"
    "Photos of burned houses are seared into memory.\n"
    "Witnesses say the brigade has been implicated in abuses in Kalinovka. Residents describe the looting.\n"
    "{between}According to witnesses, while stationed in {town}, the brigade shot three farmers.")


def test_a_past_act_in_the_place_a_passage_set_in_an_earlier_time_is_before(nlp):
    event = _dated_by(nlp, _PLACE_PASSAGE.format(between="", town="Kalinovka"), "shot", "the brigade", ref=REF)
    assert (event.date, event.date_source) == (None, BEFORE)
    assert "February 2024" in event.explanation


@pytest.mark.parametrize("between, town", [
    ("", "Dubrovka"),                                            # another place: no carried scene
    ("Today the brigade is still in the region.\n", "Kalinovka"),  # a newer time between
    ("Abuses Elsewhere\n", "Kalinovka"),                          # a heading opens a new section
])
def test_a_place_scene_needs_the_same_place_and_nothing_newer_between(nlp, between, town):
    event = _dated_by(nlp, _PLACE_PASSAGE.format(between=between, town=town), "shot", "the brigade", ref=REF)
    assert (event.date, event.date_source) == ("2024-05-06", PUBLICATION)


@pytest.mark.parametrize("last", [
    # 0.1.120: a sentence about now (a present main verb, "now", "today") tells a past act from the
    # time of writing, not from the scene the passage set years before
    "The brigade has shot three farmers in Kalinovka.",
    "Villagers say the brigade has shot three farmers in Kalinovka.",  # 0.1.130: the reported clause's own tense
    "The ministers now say the brigade shot three farmers in Kalinovka.",
    "Today, the ministers say the brigade shot three farmers in Kalinovka.",
])
def test_a_sentence_about_now_takes_no_place_scene(nlp, last):
    passage = _PLACE_PASSAGE.split("{between}")[0] + last
    event = _dated_by(nlp, passage, "shot", "the brigade", ref=REF)
    assert event.date == "2024-05-06" and event.date_source != BEFORE, event.explanation


@pytest.mark.parametrize("last", [
    # 0.1.130: a present report frame is the time of the report, not of the past act it reports
    # (Reichenbach: the speech time belongs to the frame verb); the place's scene still carries
    "The ministers say the brigade shot three farmers in Kalinovka.",
    "Villagers say that, while stationed in Kalinovka, the brigade shot two teachers.",
    "Reports indicate the brigade shot three farmers in Kalinovka.",
    "Investigators have found that the brigade shot three farmers in Kalinovka.",
    "The brigade shot three farmers in Kalinovka, villagers say.",
])
def test_a_present_report_frame_keeps_the_place_scene_of_a_past_act(nlp, last):
    passage = _PLACE_PASSAGE.split("{between}")[0] + last
    event = _dated_by(nlp, passage, "shot", "the brigade", ref=REF)
    assert (event.date, event.date_source) == (None, BEFORE), event.explanation
    assert "February 2024" in event.explanation


def test_a_capital_sets_no_scene(nlp):
    # 0.1.110: a release names the capital for any time ("police in Minsk"): no episode's place
    text = ("In 2020, the regime rigged the election in Minsk.\nThe United States stands with the people of "
            "Belarus.\nPolice detained opposition leaders in Minsk.")
    event = _dated(nlp, text, "detained", event_type="COERCE")
    assert (event.date, event.date_source) == ("2024-05-06", PUBLICATION)


@pytest.mark.parametrize("text, trigger", [
    ("Rights groups say 4,000 people are still missing or detained.", "detained"),
    ("The regime holds more than 200 activists who remain detained without trial.", "detained"),
])
def test_a_counted_present_state_is_no_act_of_the_day(nlp, text, trigger):
    event = _dated(nlp, text, trigger, event_type="COERCE")
    assert (event.date, event.date_source) == (None, BEFORE)
    assert "a standing state of a count" in event.explanation


@pytest.mark.parametrize("text, trigger", [
    ("Police detained 40 people near the border.", "detained"),
    ("Forty people were detained near the border.", "detained"),
    ("40 people are being detained near the border.", "detained"),
    ("The activists are detained in the capital.", "detained"),  # no count
    ("Two journalists are detained in Minsk, the ministry said.", "detained"),  # news present, no state adverb
    ("Hundreds of protesters are detained by police each week in Tehran.", "detained"),  # agent "by": eventive
])
def test_the_days_detention_keeps_the_publication_day(nlp, text, trigger):
    event = _dated(nlp, text, trigger, event_type="COERCE")
    assert (event.date, event.date_source) == ("2024-05-06", PUBLICATION)


def test_an_invariant_past_tagged_present_is_past_beside_a_past_verb(nlp):
    # the tagger may read "beat" in a list of past verbs as a present (VBP); a Doc with that parse
    # fixed shows the rule: a subjectless conjunct of a simple past shares its tense
    from spacy.tokens import Doc

    from newsgraph.nlp.event_dates import _invariant_past_conjunct

    words = ["They", "detained", "farmers", ",", "beat", "residents", "."]
    doc = Doc(nlp.vocab, words=words, tags=["PRP", "VBD", "NNS", ",", "VBP", "NNS", "."],
              heads=[1, 1, 1, 1, 1, 4, 1], deps=["nsubj", "ROOT", "dobj", "punct", "conj", "dobj", "punct"],
              lemmas=["they", "detain", "farmer", ",", "beat", "resident", "."])
    assert _invariant_past_conjunct(doc[4], [])
    present = Doc(nlp.vocab, words=["They", "live", "there", "and", "beat", "drums", "."],
                  tags=["PRP", "VBP", "RB", "CC", "VBP", "NNS", "."], heads=[1, 1, 1, 1, 1, 4, 1],
                  deps=["nsubj", "ROOT", "advmod", "cc", "conj", "dobj", "punct"],
                  lemmas=["they", "live", "there", "and", "beat", "drum", "."])
    assert not _invariant_past_conjunct(present[4], [])  # beside a present verb it is present


@pytest.mark.parametrize("text,trigger", [
    ("Reports say the brigade has been directly implicated in violence against civilians in the town, "
     "as well as beating detained persons.", "violence"),
    ("Reports say the brigade has been directly implicated in violence against civilians in the town, "
     "as well as beating detained persons.", "beating"),
    ("The militia has been responsible for killing dozens of villagers.", "killing"),
    ("The officers have been involved in torturing protesters.", "torturing"),
])
def test_a_deed_in_a_perfect_culpability_frame_is_before(nlp, text, trigger):
    # the perfect reports a state of the present; the deed its preposition names was done before it
    event = _dated(nlp, text, trigger)
    assert (event.date, event.date_source) == (None, BEFORE)
    assert "a deed told by the perfect" in event.explanation


@pytest.mark.parametrize("text,trigger,expected", [
    # a present role may go on to the article's day; the frame's deed with a date keeps it
    ("The agency is responsible for distributing food aid.", "distributing", ("2024-05-06", PUBLICATION)),
    ("The militia has been implicated in the attack on Sunday.", "attack", ("2024-05-05", TEXT)),
])
def test_a_culpability_frame_not_in_the_perfect_or_dated_keeps_its_date(nlp, text, trigger, expected):
    event = _dated(nlp, text, trigger)
    assert (event.date, event.date_source) == expected


_INTERVIEW = ("Wikinews interviewed the historian Ann Example about the treaty.\n"
              "Why was the treaty signed?\n"
              "The two governments had argued for years. Then the minister agreed to open the border.\n"
              "What does it mean today?\n"
              "It still shapes the region.\n")


def test_a_past_act_in_an_interviews_answers_is_before(nlp):
    # the simple past is before its speech time, the interview's: not the publication day
    event = _dated(nlp, _INTERVIEW, "agreed", event_type="AGREE")
    assert (event.date, event.date_source) == (None, BEFORE)
    assert "interview" in event.explanation


def test_a_past_act_outside_a_question_and_answer_layout_keeps_the_publication_day(nlp):
    # the same lines with no answered questions are a news text: a past act is the day's news
    text = _INTERVIEW.replace("?", ".")
    event = _dated(nlp, text, "agreed", event_type="AGREE")
    assert (event.date, event.date_source) == ("2024-05-06", PUBLICATION)


def test_a_gerund_under_a_past_verb_in_an_interviews_answers_is_before(nlp):
    # a gerund has no tense of its own: "erred in accepting" is as past as "erred"
    text = _INTERVIEW.replace("Then the minister agreed to open the border.",
                              "Later the minister erred in accepting a loan from the bank.")
    event = _dated(nlp, text, "accepting", event_type="CONCEDE")
    assert (event.date, event.date_source) == (None, BEFORE)
    present = text.replace("erred in accepting", "errs in accepting")
    assert _dated(nlp, present, "accepting", event_type="CONCEDE").date_source != BEFORE
