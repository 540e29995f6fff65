"""Event dates (event_dates 0.1.16): an act named as what the main act follows or answers ("following
Iran's recent missile attack", "in response to the Government's requests"), or a past act
ordered before a named happening ("called for sanctions [...] before the invasion"), was done
before the article at an unstated time (TimeML BEFORE): undated ``before``, not the publication
day. A dated phrase, a future main clause or "immediately before" keeps its date."""

from __future__ import annotations

import pytest

from newsgraph.nlp.event_dates import BEFORE, PUBLICATION, TEXT

from tests.nlp.test_event_dates import REF, _dated, nlp  # noqa: F401  (the module's pipeline fixture)


def _when(event) -> tuple:
    return event.date, event.date_end, event.date_source


@pytest.mark.parametrize("text, trigger, event_type", [
    ("The Treasury imposed sanctions on the group following its deadly bombing of a market in the capital.",
     "bombing", "ASSAULT"),
    ("The ministry has expelled two diplomats in response to the embassy's repeated threats against journalists.",
     "threats", "THREATEN"),
    ("Donors pledged new funds in the wake of the army's crackdown on protesters.", "crackdown", "COERCE"),
    ("The senator said she had urged tougher export controls before the invasion.", "urged", "DEMAND"),
    ("The ministers called for new sanctions to be imposed on the regime before the election.", "called", "DEMAND"),
])
def test_act_before_main_act_is_undated_before(nlp, text, trigger, event_type):
    assert _when(_dated(nlp, text, trigger, REF, event_type=event_type)) == (None, None, BEFORE)


@pytest.mark.parametrize("text, trigger, event_type, source", [
    # a dated phrase dates its act
    ("The Treasury imposed sanctions on Monday following the bombing of a market on Sunday.", "bombing",
     "ASSAULT", TEXT),
    # a future main clause: the act may not have happened
    ("The alliance will respond firmly after any attack on its members.", "attack", "ASSAULT", PUBLICATION),
    # "before" as "in front of", not an act
    ("The general testified before the committee.", "testified", "CONSULT", PUBLICATION),
    # "immediately prior to": the same day
    ("The leaders welcomed the declaration immediately before their meeting.", "welcomed", "SUPPORT", PUBLICATION),
    # the same act's own clause, not a phrase naming an earlier one
    ("The army launched a crackdown on protesters in the capital.", "crackdown", "COERCE", PUBLICATION),
])
def test_act_on_its_day_keeps_its_date(nlp, text, trigger, event_type, source):
    assert _dated(nlp, text, trigger, REF, event_type=event_type).date_source == source


# event_dates 0.1.24: a past act named by a noun the text marks as past, or told in a past object
# relative, or coordinated with the act a following-phrase names, is undated before
@pytest.mark.parametrize("text, trigger, event_type", [
    # an adjective of lexicon past_act_marks on the act noun
    ("The United States applauds recent expulsions of Russian intelligence officers by our partners.",
     "expulsions", "SANCTION"),
    ("The minister pledged support to the president during his most recent visit to Kyiv.", "visit", "CONSULT"),
    # on the noun its "of" phrase counts
    ("The envoy said the previous round of talks in Geneva produced no agreement.", "talks", "CONSULT"),
    # a past relative clause whose gap is its object
    ("The Ukrainians were using many of the systems we provided them.", "provided", "AID"),
    ("We are ready to conclude a deal on the basis of the understandings we negotiated with our allies.",
     "negotiated", "CONSULT"),
    # a conjunct the parser hangs on the last noun of the act noun's phrase
    ("We have taken this action following Iran's recent missile attack on Erbil, Iraq, as well as missile "
     "attacks by Iranian proxies against Saudi Arabia.", "attacks", "ASSAULT"),
])
def test_past_act_named_by_a_noun_is_undated_before(nlp, text, trigger, event_type):
    assert _when(_dated(nlp, text, trigger, REF, event_type=event_type)) == (None, None, BEFORE)


@pytest.mark.parametrize("text, trigger, event_type", [
    # the day's own act: no past mark
    ("The United States welcomes today's announcement of new sanctions by our partners.", "sanctions", "SANCTION"),
    ("The minister pledged support to the president during his visit to Kyiv.", "visit", "CONSULT"),
    # "last" in a future clause: the final one, still to come
    ("The last round of talks will be held in Geneva.", "talks", "CONSULT"),
])
def test_act_not_marked_past_keeps_the_day(nlp, text, trigger, event_type):
    assert _dated(nlp, text, trigger, REF, event_type=event_type).date_source == PUBLICATION


# event_dates 0.1.25: a verb act told in an "after" clause, or as a gerund after "after",
# "following", "in response to", is the earlier act the main clause follows: undated before
@pytest.mark.parametrize("text, trigger, event_type", [
    # a finite "after" clause, the act a conjunct of its first verb
    ("After reports of the brigade's abuses emerged and the unit was accused of war crimes by the "
     "government, the Kremlin honored its commander.", "accused", "DISAPPROVE"),
    ("After the police arrested hundreds of protesters, the embassy condemned the crackdown.", "arrested", "COERCE"),
    # a gerund after "after", active or passive
    ("The secretary made this decision after consulting with partners in the region.", "consulting", "CONSULT"),
    ("Thousands of detainees have died after being tortured by the security forces.", "tortured", "ASSAULT"),
    # a gerund after "in response to"
    ("In response to Russia invading Ukraine, the European Union imposed sanctions.", "invading", "ASSAULT"),
])
def test_act_in_an_after_clause_is_undated_before(nlp, text, trigger, event_type):
    assert _when(_dated(nlp, text, trigger, REF, event_type=event_type)) == (None, None, BEFORE)


@pytest.mark.parametrize("text, trigger, event_type, source", [
    # the main clause's act keeps the day
    ("After the police arrested hundreds of protesters, the embassy condemned the crackdown.", "condemned",
     "DISAPPROVE", PUBLICATION),
    # a present-tense "after" clause: a condition still to come
    ("The sanctions will be lifted after Russia withdraws its troops.", "withdraws", "RETREAT", PUBLICATION),
    # a future main clause: the act may not have happened
    ("The alliance will respond after the militia attacked its base.", "attacked", "ASSAULT", PUBLICATION),
    # a dated "after" clause keeps its date
    ("After the army shelled the town on Sunday, the minister resigned.", "shelled", "ASSAULT", TEXT),
])
def test_act_in_an_after_clause_keeps_a_stated_day(nlp, text, trigger, event_type, source):
    assert _dated(nlp, text, trigger, REF, event_type=event_type).date_source == source


# event_dates 0.1.27: an act noun the article names as an existing arrangement ("known as ...")
@pytest.mark.parametrize("text, trigger", [
    ("The talks focused on the trade agreement between Canada, Mexico and the United States, known as USMCA.",
     "agreement"),
    ("Ministers praised the progress made under the partnership between Japan and India, known as the Special "
     "Strategic and Global Partnership.", "partnership"),
])
def test_a_named_arrangement_is_undated_before(nlp, text, trigger):
    event = _dated(nlp, text, trigger, REF, event_type="COOPERATE")
    assert _when(event) == (None, None, BEFORE)
    assert "known as" in event.explanation


@pytest.mark.parametrize("text, trigger", [
    # the act told: a verb makes the arrangement
    ("The three leaders launched a new security partnership, known as AUKUS.", "partnership"),
    # one party's own name ("known as" a person's or body's alias), not the arrangement's
    ("Officials discussed cooperation with Colombia, known as a key partner.", "cooperation"),
])
def test_a_launched_arrangement_or_a_party_alias_keeps_the_day(nlp, text, trigger):
    assert _dated(nlp, text, trigger, REF, event_type="COOPERATE").date_source == PUBLICATION


# event_dates 0.1.28: an act in the past progressive or the pluperfect sets a backdrop, not the news of the day
@pytest.mark.parametrize("text, trigger, event_type", [
    ("Even while Russia was clearly mobilizing to invade Ukraine, the two presidents declared a friendship "
     "without limits.", "mobilizing", "MOBILIZE"),
    ("As the protesters were demanding new elections, the government offered only minor reforms.",
     "demanding", "DEMAND"),
    ("We had indications that the regime was seeking weapons from abroad.", "seeking", "DEMAND"),
])
def test_a_past_progressive_act_is_undated_before(nlp, text, trigger, event_type):
    event = _dated(nlp, text, trigger, REF, event_type=event_type)
    assert _when(event) == (None, None, BEFORE)
    assert "a past progressive" in event.explanation


@pytest.mark.parametrize("text, trigger, event_type", [
    ("The ministry issued a statement indicating that the president had conferred honors upon the brigade.",
     "conferred", "SUPPORT"),  # honours conferred: CAMEO BESTOW + HONOR 051 (events 0.7.950)
    ("The team had been denied visas to enter the country until last week.", "denied", "REJECT"),
])
def test_a_pluperfect_act_is_undated_before(nlp, text, trigger, event_type):
    event = _dated(nlp, text, trigger, REF, event_type=event_type)
    assert _when(event) == (None, None, BEFORE)
    assert "a pluperfect" in event.explanation


@pytest.mark.parametrize("text, trigger, event_type", [
    # reported under a simple past speech verb: a back-shifted present, ongoing at the publication
    ("The minister said the army was mobilizing reserves along the border.", "mobilizing", "MOBILIZE"),
    ("The ministry said it had expelled two diplomats.", "expelled", "REDUCE"),
    # the simple past: the news of the day
    ("The army mobilized reserves along the border.", "mobilized", "MOBILIZE"),
])
def test_a_reported_or_simple_past_act_keeps_the_day(nlp, text, trigger, event_type):
    assert _dated(nlp, text, trigger, REF, event_type=event_type).date_source == PUBLICATION


# event_dates 0.1.29: a relative clause in the simple past or present perfect on a noun of a
# present-tense clause tells what the noun did before the time of writing
@pytest.mark.parametrize("text, trigger, event_type", [
    ("The 11 other individuals, companies, and vessel sanctioned today play key roles in this illicit network, "
     "including Jami' Ali Muhammad, a Houthi and IRGC-QF associate who helped al-Jamal procure vessels, "
     "facilitate shipments of fuel, and transfer funds for the benefit of the Houthis.", "helped", "AID"),
    ("I commend – and am deeply grateful to – all the countries that have pledged personnel and financial "
     "support to this mission.", "pledged", "AID"),
    ("We extend our deep appreciation to our many allies and partners who helped us in this effort.",
     "helped", "SUPPORT"),
    # a subject relative too (it kept the day before 0.1.29): the thanks follow the act
    ("We thank the countries who provided shelter to refugees.", "provided", "AID"),
    ("Yevgeniy Viktorovich Prigozhin is a Russian national who provided funding to IRA through the companies "
     "he controlled.", "provided", "AID"),
])
def test_a_past_relative_clause_under_a_present_clause_is_undated_before(nlp, text, trigger, event_type):
    event = _dated(nlp, text, trigger, REF, event_type=event_type)
    assert _when(event) == (None, None, BEFORE)
    assert "a past act in a relative clause" in event.explanation


# event_dates 0.1.150: a simple past passive relative clause ("who was detained") on a noun of a
# present clause is the noun's earlier history as an active one is; a to-infinitive's clause takes
# the tense of the clause it complements
@pytest.mark.parametrize("text, trigger", [
    ("I am happy to announce the release of the aid worker Jane Doe, who was unjustly detained in Iran.",
     "detained"),
    ("We welcome the release of the journalist John Roe, who was wrongfully imprisoned in Belarus.", "imprisoned"),
    ("We call for the release of the activist, who was arrested in Minsk.", "arrested"),
    ("The ministry condemns the arrest of the lawyer, who was beaten by guards.", "beaten"),
])
def test_a_simple_past_passive_relative_clause_under_a_present_clause_is_undated_before(nlp, text, trigger):
    event = _dated(nlp, text, trigger, REF, event_type="COERCE")
    assert _when(event) == (None, None, BEFORE)
    assert "a past act in a relative clause" in event.explanation


@pytest.mark.parametrize("text, trigger, expected", [
    # its own time dates it
    ("We welcome the release of the journalist John Roe, who was detained in Belarus on 3 May.", "detained",
     ("2024-05-03", None, TEXT)),
    # under a past main clause: left to that clause's time
    ("Police detained the activist, who was released later.", "released", ("2024-05-06", None, PUBLICATION)),
    ("The ministry condemned the arrest of the lawyer, who was beaten by guards.", "beaten",
     ("2024-05-06", None, PUBLICATION)),
    # a restrictive relative of the day's narrative with its own time
    ("Police arrested the man who attacked the guards yesterday.", "attacked", ("2024-05-05", None, TEXT)),
    # a to-infinitive under a past clause is past: left to it
    ("The minister was pleased to announce the release of the activist, who was arrested in Minsk.", "arrested",
     ("2024-05-06", None, PUBLICATION)),
])
def test_a_passive_relative_clause_with_a_time_or_under_a_past_clause_keeps_it(nlp, text, trigger, expected):
    assert _when(_dated(nlp, text, trigger, REF, event_type="COERCE")) == expected


# event_dates 0.1.147: a simple past relative clause on a noun of a pluperfect clause is told at or
# before that clause's past reference time, itself before the writing
@pytest.mark.parametrize("text, trigger", [
    ("The journalist had read a report in the weekly, which accused the general of fraud.", "accused"),
    ("By then the envoy had seen the letter that threatened the mayor.", "threatened"),
])
def test_a_past_relative_clause_under_a_pluperfect_is_undated_before(nlp, text, trigger):
    event = _dated(nlp, text, trigger, REF, event_type="ACCUSE")
    assert _when(event) == (None, None, BEFORE)
    assert "a past act in a relative clause under a pluperfect" in event.explanation


@pytest.mark.parametrize("text, trigger", [
    # under a simple past clause: left to that clause's time
    ("The journalist read a report in the weekly, which accused the general of fraud.", "accused"),
    # a pluperfect back-shifted under a past verb of saying may be today's
    ("He said the journalist had read a report, which accused the general of fraud.", "accused"),
])
def test_a_past_relative_clause_under_a_simple_or_reported_past_keeps_the_day(nlp, text, trigger):
    assert _when(_dated(nlp, text, trigger, REF, event_type="ACCUSE")) == ("2024-05-06", None, PUBLICATION)


@pytest.mark.parametrize("text, trigger, expected", [
    # under a past clause: told at or before that clause's time, left to it
    ("Police arrested a man who attacked a synagogue.", "attacked", ("2024-05-06", None, PUBLICATION)),
    # a relative clause's own time dates it
    ("The Cuban government continues to hold in detention more than 700 protesters who took to the streets "
     "on July 11, 2021.", "took", ("2021-07-11", None, TEXT)),
])
def test_a_relative_clause_under_a_past_clause_or_with_a_time_keeps_it(nlp, text, trigger, expected):
    assert _when(_dated(nlp, text, trigger, REF, event_type="ASSAULT")) == expected


# event_dates 0.1.32: the "by" gerund telling the means of a past relative clause shares its time,
# a "because" past clause under a present auxiliary is the earlier cause, and a past act done on an
# occasion the text marks as past ("during his most recent visit") is undated before
@pytest.mark.parametrize("text, trigger, event_type, words", [
    ("We commend those neighboring states that demonstrated great solidarity by welcoming Ukrainian refugees.",
     "welcoming", "AID", "a past act in a relative clause"),
    ("Because Russia attacked Ukraine without reason, the world is now focused on this war.",
     "attacked", "ASSAULT", "Because Russia attacked"),
    ("The minister pledged support to the president during his most recent visit to Kyiv.", "pledged", "AGREE",
     "during his most recent visit"),
])
def test_a_past_act_by_its_means_cause_or_marked_occasion_is_undated_before(nlp, text, trigger, event_type, words):
    event = _dated(nlp, text, trigger, REF, event_type=event_type)
    assert _when(event) == (None, None, BEFORE)
    assert words in event.explanation


@pytest.mark.parametrize("text, trigger, event_type", [
    # the means of a present clause: the day's act
    ("The neighboring states demonstrate great solidarity by welcoming Ukrainian refugees.", "welcoming", "AID"),
    # an unmarked occasion: the day's visit
    ("The minister pledged support to the president during his visit to Kyiv.", "pledged", "AGREE"),
    # a happening the act is about, not an occasion it is done on
    ("He expressed his concern and condolences for the loss of life during recent protests in Colombia.",
     "expressed", "DISAPPROVE"),
    # a future act on a marked occasion: still to come
    ("The ministers will sign the agreement at the last session of the summit.", "sign", "AGREE"),
])
def test_a_means_or_occasion_of_the_days_act_keeps_the_day(nlp, text, trigger, event_type):
    assert _dated(nlp, text, trigger, REF, event_type=event_type).date_source == PUBLICATION
