"""Event dates (dates4): a time belongs to the clause it is attached to.

(a) a relative clause or a reduced passive relative ("the law, passed by Congress in 2019, ...")
has a time of its own: it does not lend it to the clause above nor set that clause's earlier
scene; one in the present tense does not take the past time of that clause;
(b) a historical or scheduled event takes the time its own clause names, at that time's
granularity (a year, a month, a season's year).
"""

from __future__ import annotations

import pytest

from newsgraph.nlp.event_dates import BEFORE, PUBLICATION, TEXT
from newsgraph.nlp.types import Event, Timex

from tests.nlp.test_event_dates import REF, _dated as _dated_as, nlp  # noqa: F401  (the module's pipeline fixture)


def _dated(nlp, text: str, trigger: str, ref=REF) -> Event:
    """Date one AGREE event whose trigger is the first occurrence of ``trigger`` in ``text``."""
    return _dated_as(nlp, text, trigger, ref, event_type="AGREE")


def _when(event: Event) -> tuple:
    return event.date, event.date_end, event.date_source


# ------------------------------------------------- (a) a participle's or relative clause's own time
@pytest.mark.parametrize("text, trigger, expected", [
    # the main act does not take the participle's date; the participle does
    ("The treaty, signed by the two presidents in December 2021, enters into force today.", "enters",
     ("2024-05-06", None, TEXT)),
    ("The treaty, signed by the two presidents in December 2021, enters into force today.", "signed",
     ("2021-12", None, TEXT)),
    # a time after the comma closing the participle phrase is the main clause's
    ("Lawmakers amended the law, passed by Congress in 2019, on Tuesday.", "amended",
     ("2024-04-30", None, TEXT)),
    ("Lawmakers amended the law, passed by Congress in 2019, on Tuesday.", "passed", ("2019", None, TEXT)),
    # the participle's or relative clause's old year is not the scene of today's act
    ("Russia suspended the arms control agreement, signed by both governments in March 2020.", "suspended",
     ("2024-05-06", None, PUBLICATION)),
    ("Police arrested a man who attacked a synagogue in 2019.", "arrested", ("2024-05-06", None, PUBLICATION)),
    ("Police arrested a man who attacked a synagogue in 2019.", "attacked", ("2019", None, TEXT)),
    # nor does a relative clause in the present tense take the past time of the clause above it
    # (a standing state it tells, the measure undated before: event_dates 0.1.26)
    ("In June, President Raisi visited Venezuela, Nicaragua and Cuba, which face U.S. sanctions.", "face",
     (None, None, BEFORE)),
    ("In June, President Raisi visited Venezuela, Nicaragua and Cuba, which face U.S. sanctions.", "visited",
     ("2024-06", None, TEXT)),
    ("Last week, the Treasury sanctioned a company that has supplied drones to Russia.", "supplied",
     ("2024-05-06", None, PUBLICATION)),
    # a past one is told at the time of the clause above it, or before: that time is the nearer
    ("Yesterday, police released 20 protesters who were detained during the riots.", "detained",
     ("2024-05-05", None, TEXT)),
    # not a clause of a relative adverb (what happened at that place or time) nor a to-infinitive
    ("The envoy will travel to Nairobi on June 4, where he will meet Kenyan officials.", "meet",
     ("2024-06-04", None, TEXT)),
    ("On Friday, the ministry announced measures to support farmers hit by the drought.", "support",
     ("2024-05-03", None, TEXT)),
])
def test_a_noun_clause_keeps_its_own_time(nlp, text, trigger, expected):
    assert _when(_dated(nlp, text, trigger)) == expected


# ------------------------------------------------------- (b) historical and scheduled events
@pytest.mark.parametrize("text, trigger, expected", [
    ("President Kennedy visited West Berlin in June 1963.", "visited", ("1963-06", None, TEXT)),
    ("The Helsinki Final Act, signed in 1975, guaranteed the inviolability of borders.", "signed",
     ("1975", None, TEXT)),
    # a scheduled occasion: the participle dates the summit the leaders meet at
    ("The two leaders will meet at a summit scheduled for March 3 in Geneva.", "meet",
     ("2024-03-03", None, TEXT)),
    # a when/while clause's time places the clause above it
    ("When Iraq invaded Kuwait in 1990, the United States sent troops to Saudi Arabia.", "sent",
     ("1990", None, TEXT)),
    ("While negotiators met in Doha in February, rebels shelled the city.", "shelled",
     ("2024-02", None, TEXT)),
    # the parser hangs "April 5" on the title after it; the date is the meeting's
    ("On April 5 Special Representative for Korea Affairs Sung Kim met with his Chinese counterpart in "
     "Washington.", "met",
     ("2024-04-05", None, TEXT)),
])
def test_a_historical_or_scheduled_event_takes_its_clause_time(nlp, text, trigger, expected):
    assert _when(_dated(nlp, text, trigger)) == expected


def test_a_causal_as_clause_does_not_date_the_act(nlp):
    text = "As I announced at the summit in July, the United States has provided Ukraine with air defenses."
    assert _when(_dated(nlp, text, "provided")) == ("2024-05-06", None, PUBLICATION)


def test_a_clause_own_date_wins_over_a_when_clause(nlp):
    text = "When the talks collapsed in 2019, the army attacked the town on March 3, 2020."
    assert _when(_dated(nlp, text, "attacked")) == ("2020-03-03", None, TEXT)


@pytest.mark.parametrize("text, expected", [
    ("Rebels seized the town in 2019.", ("2019", None, TEXT)),             # a year
    ("Rebels seized the town in March.", ("2024-03", None, TEXT)),         # a month of the year
    ("Rebels seized the town in early 1961.", ("1961", None, TEXT)),
    ("Rebels seized the town in the first half of 2021.", ("2021", None, TEXT)),  # a TimeML half-year
    # two seasons of one written year: the first takes that year too
    ("Rebels seized the town in the summer and fall of 1990.", ("1990", None, TEXT)),
    # still a range, still no reference word or duration
    ("Rebels seized the town between March and May 2019.", ("2019-03", "2019-05", TEXT)),
    # a vague past is no date, and no publication day either (0.1.144): before the article
    ("Rebels seized the town recently.", (None, None, "before")),
    ("Rebels seized the town for three weeks.", ("2024-05-06", None, PUBLICATION)),
])
def test_a_date_keeps_its_granularity(nlp, text, expected):
    assert _when(_dated(nlp, text, "seized")) == expected


def _parsed(words, heads, deps, tags, pos):
    """A Doc with the given parse (the parser's reading of a demo sentence, pinned)."""
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_a_passive_participle_coordinated_with_an_active_verb_keeps_its_time():
    # event_dates 0.1.27: the parser coordinates "signed by ... in 2021" with "designated"
    # (demo: "OFAC has designated nearly 100 individuals ... pursuant to E.O. 14059, signed by
    # President Biden in December 2021"); "has signed by" is no English, so the participle is
    # a reduced relative on the order and its time is the signing's, not the designation's
    from newsgraph.nlp.event_dates import _participle_adjunct, choose_date

    words = ["OFAC", "has", "designated", "40", "people", ",", "signed", "by", "Biden", "in", "2021", "."]
    heads = [2, 2, 2, 4, 2, 2, 2, 6, 7, 6, 9, 2]
    deps = ["nsubj", "aux", "ROOT", "nummod", "dobj", "punct", "conj", "agent", "pobj", "prep", "pobj", "punct"]
    tags = ["NNP", "VBZ", "VBN", "CD", "NNS", ",", "VBN", "IN", "NNP", "IN", "CD", "."]
    pos = ["PROPN", "AUX", "VERB", "NUM", "NOUN", "PUNCT", "VERB", "ADP", "PROPN", "ADP", "NUM", "PUNCT"]
    doc = _parsed(words, heads, deps, tags, pos)
    assert _participle_adjunct(doc[6])
    year = doc[10]
    timex = Timex(start=year.idx, end=year.idx + 4, text="2021", type="DATE", value="2021", precision="year")
    trigger = doc[2]
    event = Event(type="SANCTION", sentence_start=0, sentence_end=len(doc.text), trigger="designated",
                  trigger_start=trigger.idx, trigger_end=trigger.idx + len(trigger.text))
    assert choose_date(doc, event, [timex]) is None
    # the signing itself keeps its year
    signed = doc[6]
    signing = Event(type="SUPPORT", sentence_start=0, sentence_end=len(doc.text), trigger="signed",
                    trigger_start=signed.idx, trigger_end=signed.idx + len(signed.text))
    assert choose_date(doc, signing, [timex])[0] is timex


# ------------------------------------------------- (c) a time inside a noun phrase of the object (event_dates 0.1.29)
@pytest.mark.parametrize("text, trigger, event_type, expected", [
    # a year on an act noun nested in the object dates that act (the disappearance), not the designation
    ("In that context, the State Department has designated three Belarusian officials, Dzmitry Paulichenka, "
     "Yury Sivakov, and Viktar Sheiman, pursuant to Section 7031(c) of the Department of State, Foreign "
     "Operations, and Related Programs Appropriations Act for their involvement in gross violation of human "
     "rights, namely the enforced disappearance of at least one of Lukashenka's political opponents in 1999.",
     "designated", "SANCTION", ("2024-05-06", None, PUBLICATION)),
    # "the <year>" premodifies the phrase it opens, though the parser takes the year for its head
    ("The Secretary also reiterated U.S. support for the 2015 democratically elected National Assembly and "
     "for Guaidó as the Interim President of Venezuela.", "reiterated", "SUPPORT", ("2024-05-06", None, PUBLICATION)),
    # the object's or the "for" noun's own time phrase still dates the act (the parser hangs it there)
    ("The minister signed an agreement on March 3 with Kenya.", "signed", "AGREE", ("2024-03-03", None, TEXT)),
    ("Deputy Secretary of State Wendy Sherman traveled to China for meetings with Foreign Minister Wang Yi "
     "from July 25-26.", "traveled", "CONSULT", ("2024-07-25", "2024-07-26", TEXT)),
])
def test_a_time_inside_the_object_dates_its_noun(nlp, text, trigger, event_type, expected):
    assert _when(_dated_as(nlp, text, trigger, REF, event_type=event_type)) == expected


# ------------------------------------------------- (d) an act noun told of by a dated clause (event_dates 0.1.30)
@pytest.mark.parametrize("text, trigger, event_type, expected", [
    # the call's "today" is not the date of the attacks it condemns, nor of the buildup it is about,
    # nor of the repression a measure answers: each was done, or began, before (TimeML BEFORE)
    ("Secretary of State Antony J. Blinken spoke today with Ukrainian Foreign Minister Dmytro Kuleba to "
     "condemn Russia's attacks on Ukrainian cities.", "attacks", "ASSAULT", (None, None, BEFORE)),
    ("President Biden spoke today with President Vladimir Putin of Russia about Russia's escalating military "
     "buildup on the borders of Ukraine.", "buildup", "MOBILIZE", (None, None, BEFORE)),
    ("Today, the United States is announcing additional sanctions in connection with the Cuban regime's "
     "repression of the peaceful protests that started on July 11.", "repression", "COERCE", (None, None, BEFORE)),
    # the telling clause itself keeps its "today"; an act noun with its own time keeps that time
    ("Secretary of State Antony J. Blinken spoke today with Ukrainian Foreign Minister Dmytro Kuleba to "
     "condemn Russia's attacks on Ukrainian cities.", "spoke", "CONSULT", ("2024-05-06", None, TEXT)),
    ("The United States strongly condemns the Russian missile attack on the Ukrainian port of Odesa today.",
     "attack", "ASSAULT", ("2024-05-06", None, TEXT)),
    # a gathering named in a dated trip is held in it
    ("Secretary Blinken traveled to Kyiv today for talks with President Zelensky.", "talks", "CONSULT",
     ("2024-05-06", None, TEXT)),
    # an act noun that is the clause's subject is dated by it
    ("Today the attack on the convoy killed six soldiers.", "attack", "ASSAULT", ("2024-05-06", None, TEXT)),
])
def test_an_act_noun_told_of_is_not_dated_by_the_telling(nlp, text, trigger, event_type, expected):
    assert _when(_dated_as(nlp, text, trigger, REF, event_type=event_type)) == expected
