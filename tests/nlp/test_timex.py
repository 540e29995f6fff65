"""Time expressions: TimeML normalisation of real phrases, and the component on real text."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.nlp.timex import COMPONENT, VERSION, find_time_expressions, resolve_relative_date

# Wednesday 2 August 2023. Expected values follow the TimeML (TIMEX3) guidelines: relative
# expressions anchor on the document date; a month or weekday without a year is the most
# recent one unless a nearby future date is meant.
REF = dt.date(2023, 8, 2)

TABLE = [
    ("On July 26", "2023-07-26", "day"),
    ("In June", "2023-06", "month"),
    ("In late July 2023", "2023-07", "month"),
    ("in 2021", "2021", "year"),
    ("last week", "2023-W30", "week"),
    ("this week", "2023-W31", "week"),
    ("two years ago", "2021", "year"),
    ("three days ago", "2023-07-30", "day"),
    ("on Monday", "2023-07-31", "day"),
    ("Tuesday", "2023-08-01", "day"),
    ("August 17", "2023-08-17", "day"),  # two weeks ahead: nearer than last August 17
    ("May 25", "2023-05-25", "day"),
    ("Oct. 15, 1999", "1999-10-15", "day"),
    ("yesterday", "2023-08-01", "day"),
    ("tomorrow", "2023-08-03", "day"),
    ("this month", "2023-08", "month"),
    ("last month", "2023-07", "month"),
    ("next year", "2024", "year"),
    ("last year", "2022", "year"),
    ("now", "PRESENT_REF", "ref"),
    ("recently", "PAST_REF", "ref"),
    ("the future", "FUTURE_REF", "ref"),
    ("the 1990s", "199", "decade"),
    ("the late 1970s", "197", "decade"),
    ("fiscal 1998", "1998", "year"),
    ("the third quarter", "2023-Q3", "quarter"),
    ("the fourth quarter of 2022", "2022-Q4", "quarter"),
    ("this summer", "2023-SU", "season"),
    ("three days", "P3D", "duration"),
    ("the past two years", "P2Y", "duration"),
    ("in the past week", "P1W", "duration"),   # the seven days up to the reference day
    ("over the past year", "2022", "year"),    # TimeBank: "the past year" is the year before
    ("this past week", "2023-W30", "week"),    # the week just gone
    ("six months", "P6M", "duration"),
    ("a 30-day", "P30D", "duration"),
    ("several weeks", "PXW", "duration"),
    ("weekly", "P1W", "duration"),
    ("every month", "P1M", "duration"),
    ("this morning", "2023-08-02TMO", "time"),
    ("last night", "2023-08-01TNI", "time"),
    ("nineteen ninety-six", "1996", "year"),
]


@pytest.mark.parametrize("text, value, precision", TABLE)
def test_resolve_relative_date(text, value, precision):
    assert resolve_relative_date(text, REF) == (value, precision)


def test_unknown_text_and_missing_reference_date():
    assert resolve_relative_date("the committee", REF) is None
    # without a document date only absolute and deictic references can be resolved
    assert resolve_relative_date("yesterday", None) is None
    assert resolve_relative_date("now", None) == ("PRESENT_REF", "ref")


def _timexes(base_nlp, text, ref):
    doc = base_nlp(text)
    doc._.ng_reference_date = ref
    return find_time_expressions(doc)


def test_finds_and_normalises_times_in_a_wikinews_paragraph(base_nlp):
    # examples/wikinews-gum, GUM_news_lanterns (Wikinews, created 2007-03-05, a Monday)
    text = ("I visited the festival on Saturday night, the opening night, and there was a sea "
            "of people in the square. The festival runs through March 11 this year.")
    found = _timexes(base_nlp, text, dt.date(2007, 3, 5))
    by_text = {t.text: t for t in found}
    assert by_text["Saturday night"].value == "2007-03-03TNI"
    assert by_text["Saturday night"].type == "TIME"
    march = next(t for t in found if t.text.startswith("March 11"))
    assert march.value == "2007-03-11"
    for t in found:
        assert text[t.start:t.end] == t.text
        assert (t.component, t.version) == (COMPONENT, VERSION)
    # prepositions stay outside the extent, as in TimeML
    assert not any(t.text.lower().startswith(("on ", "through ")) for t in found)


def test_this_weekend_told_in_the_past_on_a_weekday_is_the_weekend_just_past(base_nlp):
    # a briefing on Monday 2 May 2022: the trip "this weekend" was April 30 - May 1 (ISO week 17)
    past = {t.text: t.value for t in _timexes(
        base_nlp, "The Speaker led a congressional delegation this weekend to Kyiv.", dt.date(2022, 5, 2))}
    assert past["this weekend"] == "2022-W17-WE"
    # told ahead, or on the weekend itself, it is the coming or current one (ISO week 18)
    ahead = {t.text: t.value for t in _timexes(
        base_nlp, "The Speaker will lead a congressional delegation this weekend to Kyiv.", dt.date(2022, 5, 2))}
    assert ahead["this weekend"] == "2022-W18-WE"
    sunday = {t.text: t.value for t in _timexes(
        base_nlp, "The Speaker led a congressional delegation this weekend to Kyiv.", dt.date(2022, 5, 8))}
    assert sunday["this weekend"] == "2022-W18-WE"


def test_past_tense_month_and_durations(base_nlp):
    # examples/wikinews-gum, GUM_news_warhol (created 2014-01-28)
    text = ("The USI art gallery celebrated the Thursday opening with its display of Warhol's "
            "Polaroids. The exhibit is to run from January 23 through March 9.")
    found = _timexes(base_nlp, text, dt.date(2014, 1, 28))
    values = {t.text: t.value for t in found}
    thursday = [t for t in found if t.text.endswith("Thursday")]
    assert thursday and thursday[0].value == "2014-01-23"  # past tense: the Thursday before
    assert values.get("January 23") == "2014-01-23"
    assert values.get("March 9") == "2014-03-09"


def test_amounts_and_ages_are_not_time_expressions(base_nlp):
    text = "The 52-year-old minister said the fund pays $33 million a year, up 1.65 points."
    found = _timexes(base_nlp, text, dt.date(2020, 5, 1))
    assert all("52" not in t.text and "1.65" not in t.text for t in found)
    rate = [t for t in found if t.text == "a year"]
    assert rate and rate[0].type == "SET" and rate[0].value == "P1Y"


def test_component_writes_doc_attribute():
    from newsgraph.nlp.pipeline import build_pipeline, make_doc

    nlp = build_pipeline(("newsgraph_timex",))
    doc = nlp(make_doc(nlp, "Iran's minister arrived on Tuesday and will stay until next week.",
                       dt.date(2023, 7, 27)))
    values = [t.value for t in doc._.ng_timexes]
    assert "2023-07-25" in values
    assert "2023-W31" in values


# ---------------------------------------------------------------- dates as real sources write them (issue 7)


def _by_text(base_nlp, text, ref, date_order=None):
    doc = base_nlp(text)
    doc._.ng_reference_date = ref
    doc._.ng_date_order = date_order
    return {t.text: t for t in find_time_expressions(doc)}


@pytest.mark.parametrize("sentence, extent, ttype, value", [
    ("The attack on 14/3/2021 killed two guards.", "14/3/2021", "DATE", "2021-03-14"),
    ("The ship docked on 2021/3/14 in Callao.", "2021/3/14", "DATE", "2021-03-14"),
    ("The court ruled on 14.03.2021 against the company.", "14.03.2021", "DATE", "2021-03-14"),
    ("The alert went out at 2021/3/14 08:05:00 local time.", "2021/3/14 08:05:00", "TIME", "2021-03-14T08:05:00"),
    ("The memo is dated 05-Sep-11 and signed by the minister.", "05-Sep-11", "DATE", "2011-09-05"),
])
def test_numeric_dates_in_text(base_nlp, sentence, extent, ttype, value):
    found = _by_text(base_nlp, sentence, dt.date(2021, 5, 3))
    assert extent in found, found
    assert (found[extent].type, found[extent].value) == (ttype, value)


def test_day_month_order_from_the_other_dates_then_the_locale(base_nlp):
    text = "The ceasefire was signed on 4/3/2021 and broken on 14/3/2021."
    found = _by_text(base_nlp, text, dt.date(2021, 5, 3))
    assert found["4/3/2021"].value == "2021-03-04"  # 14/3/2021 shows the article writes day first
    found = _by_text(base_nlp, "The ceasefire was signed on 4/3/2021.", dt.date(2021, 5, 3), date_order="MDY")
    assert found["4/3/2021"].value == "2021-04-03"  # a US outlet writes month first


def test_ambiguous_numeric_date_keeps_its_ambiguity(base_nlp):
    found = _by_text(base_nlp, "The ceasefire was signed on 4/3/2021.", dt.date(2021, 5, 3))
    timex = found["4/3/2021"]
    assert timex.value == "2021-XX-XX"  # only the year is certain (TimeML X = unknown digit)
    assert timex.readings == ["2021-03-04", "2021-04-03"]


def test_anaphoric_dates_count_from_the_date_last_mentioned(base_nlp):
    ref = dt.date(2024, 5, 6)
    found = _by_text(base_nlp, "The talks failed in 2015. Two years before that, the army left.", ref)
    assert found["Two years before that"].value == "2013"  # not 2022, two years before the article
    found = _by_text(base_nlp, "The war ended in 1995. The year after, the refugees returned.", ref)
    assert found["The year after"].value == "1996"
    found = _by_text(base_nlp, "He was elected in 1998 and resigned the following year.", ref)
    assert found["the following year"].value == "1999"


def test_compound_relative_dates_keep_their_parts(base_nlp):
    ref = dt.date(2021, 5, 3)  # a Monday
    found = _by_text(base_nlp, "He left on Wednesday of last week.", ref)
    assert found["Wednesday of last week"].value == "2021-04-28"
    found = _by_text(base_nlp, "Exports fell the month before last.", ref)
    assert found["the month before last"].value == "2021-03"
    assert resolve_relative_date("the year before last", ref) == ("2019", "year")


def test_decade_with_an_apostrophe(base_nlp):
    found = _by_text(base_nlp, "Prices rose sharply in the 1970's.", dt.date(2021, 5, 3))
    assert found["the 1970's"].value == "197"
    assert resolve_relative_date("the 1970's", REF) == ("197", "decade")
    # a year's possessive stays a year
    found = _by_text(base_nlp, "2020's pandemic closed the border.", dt.date(2021, 5, 3))
    assert found["2020"].value == "2020"


def test_wire_dateline_anchors_relative_dates(base_nlp):
    # published (or re-posted) Monday 6 May 2024; filed Thursday 2 May: "Sunday" is 28 April
    text = "KINSHASA, May 2 (AFP) - Militia fighters attacked a camp on Sunday, the army said."
    found = _by_text(base_nlp, text, dt.date(2024, 5, 6))
    assert found["Sunday"].value == "2024-04-28"


def test_range_shares_its_year(base_nlp):
    found = _by_text(base_nlp, "Troops shelled the town between March and May 2019.", dt.date(2024, 5, 6))
    assert found["March"].value == "2019-03"
    assert found["May 2019"].value == "2019-05"


# Written calendar ranges: every expression of the range carries its (start, end), the year
# written on one side carried to the other (published Monday 6 May 2024; a month with no year
# resolves as any other month would, here to the past).
@pytest.mark.parametrize("sentence, expression, start, end", [
    ("The foreign minister toured the Gulf states June 27-30, 2023.", "June 27-30, 2023", "2023-06-27", "2023-06-30"),
    ("The foreign minister toured the Gulf states in February 27-29.", "February 27", "2024-02-27", "2024-02-29"),
    ("The envoy visited Nairobi and Kampala, June 27-June 30, 2023.", "June 27-June 30, 2023",
     "2023-06-27", "2023-06-30"),
    ("The delegation toured three provinces June 27 – July 2, 2022.", "June 27 – July 2, 2022",
     "2022-06-27", "2022-07-02"),
    ("The monitors stayed in the region from March 30 – April 2.", "March 30 – April 2", "2024-03-30", "2024-04-02"),
    ("The minister visited Beirut from March 9-11.", "March 9", "2024-03-09", "2024-03-11"),
    ("The talks ran March 3 to 8, 2022, in Geneva.", "March 3", "2022-03-03", "2022-03-08"),
    ("The talks ran March 3 to 8, 2022, in Geneva.", "8, 2022", "2022-03-03", "2022-03-08"),
    ("Troops shelled the town between March and May 2019.", "March", "2019-03", "2019-05"),
    ("The company operated the mine from 2019 to 2021.", "2021", "2019", "2021"),
    ("The summit took place 9–11 March 2022 in Brussels.", "March 2022", "2022-03-09", "2022-03-11"),
    ("Inspectors stayed from 28 December 2021 through 3 January 2022.", "3 January 2022",
     "2021-12-28", "2022-01-03"),
    ("The strike lasted from December 28 until January 3, 2022.", "December 28", "2021-12-28", "2022-01-03"),
])
def test_written_range_keeps_both_ends(base_nlp, sentence, expression, start, end):
    found = _by_text(base_nlp, sentence, dt.date(2024, 5, 6))
    assert found[expression].date_range == (start, end)


def test_one_side_of_a_range_takes_that_sides_date(base_nlp):
    found = _by_text(base_nlp, "The talks ran March 3 to 8, 2022, in Geneva.", dt.date(2024, 5, 6))
    assert (found["March 3"].value, found["8, 2022"].value) == ("2022-03-03", "2022-03-08")
    # one expression spanning the whole range takes its start, the year of its own side
    found = _by_text(base_nlp, "Observers stayed Dec. 30, 2021 - Jan. 2, 2022.", dt.date(2024, 5, 6))
    assert found["Dec. 30, 2021 - Jan. 2, 2022"].value == "2021-12-30"


@pytest.mark.parametrize("sentence", [
    "Voters went to the polls in March and May 2019.",               # "and" without "between": two times
    "The council moved the vote set for March 3 to March 8, 2022.",  # "to" between two full dates, no "from"
])
def test_what_is_not_a_range(base_nlp, sentence):
    found = _by_text(base_nlp, sentence, dt.date(2024, 5, 6))
    assert [t.text for t in found.values() if t.date_range] == []


def test_n_units_later_counts_from_the_date_last_mentioned(base_nlp):
    text = "Troops entered the city on March 3, 2021. Three days later, rebels attacked the airport."
    found = _by_text(base_nlp, text, dt.date(2021, 5, 3))
    assert (found["Three days later"].type, found["Three days later"].value) == ("DATE", "2021-03-06")
    # with no date mentioned before, only the length is known
    found = _by_text(base_nlp, "Three days later, rebels attacked the airport.", dt.date(2021, 5, 3))
    assert (found["Three days later"].type, found["Three days later"].value) == ("DURATION", "P3D")


def test_weekday_of_a_named_week(base_nlp):
    friday = dt.date(2021, 5, 7)
    found = _by_text(base_nlp, "He left on Wednesday of last week.", friday)
    assert found["Wednesday of last week"].value == "2021-04-28"  # not this week's Wednesday, May 5
    found = _by_text(base_nlp, "They will meet on Wednesday of next week.", dt.date(2021, 5, 3))
    assert found["Wednesday of next week"].value == "2021-05-12"
    found = _by_text(base_nlp, "He arrived the day before yesterday.", dt.date(2021, 5, 3))
    assert found["the day before yesterday"].value == "2021-05-01"


def test_anaphoric_date_finer_than_its_antecedent_stays_partly_unknown(base_nlp):
    text = "In 2010 the army took power; a month after that, elections were held."
    found = _by_text(base_nlp, text, dt.date(2021, 5, 3))
    assert found["a month after that"].value == "2010-XX"


def test_be_to_points_ahead(base_nlp):
    # examples/wikinews-gum (created Tuesday 2015-09-22): an arrangement ahead, not last Wednesday
    found = _by_text(base_nlp, "On Wednesday, Mohamed and his father are to travel to the United Nations.",
                     dt.date(2015, 9, 22))
    assert found["Wednesday"].value == "2015-09-23"


def test_a_contraction_with_a_typographic_apostrophe_points_ahead(base_nlp):
    # Wednesday 2 August 2023: "we’ll meet on Friday" is the coming Friday, as "we will" is
    for text in ("We’ll meet again on Friday.", "We will meet again on Friday."):
        assert _by_text(base_nlp, text, REF)["Friday"].value == "2023-08-04", text
    assert _by_text(base_nlp, "We met again on Friday.", REF)["Friday"].value == "2023-07-28"


@pytest.mark.parametrize("text, expected", [
    # a count over 31 before "of <month>" is no day: only the month is a time
    ("The 150 of March protesters were released on bail.", {"March": "2020-03"}),
    ("Police detained 45 of March's marchers.", {"March": "2020-03"}),
    # demo (Federal Register style): an order's number is no day; the date after "of" is whole
    ("The emergency declared in Executive Order 12170 of November 14, 1979, continues.",
     {"November 14, 1979": "1979-11-14"}),
    # a possessive month: the number counts its people, even one that could be a day
    ("Police detained 14 of November's marchers.", {"November": "2019-11"}),
])
def test_a_count_over_31_before_of_month_is_no_day(base_nlp, text, expected):
    found = _timexes(base_nlp, text, dt.date(2020, 5, 1))
    assert {t.text: t.value for t in found} == expected


@pytest.mark.parametrize("text, expected", [
    # "the Nth of <month>" (British and spoken style) names the day, as "N <month>" does
    ("Talks resumed on the 14th of November.", {"the 14th of November": "2019-11-14"}),
    ("Talks resumed on the 14 of November.", {"the 14 of November": "2019-11-14"}),
    ("On the 4th of June 1989, troops fired on protesters.", {"the 4th of June 1989": "1989-06-04"}),
    ("The fourth of July parade was cancelled.", {"The fourth of July": "2020-07-04"}),
])
def test_the_nth_of_a_month_is_a_day(base_nlp, text, expected):
    found = _timexes(base_nlp, text, dt.date(2020, 5, 1))
    assert {t.text: t.value for t in found} == expected
