"""Named partners and protested parties (task withtgt2): the "with" partner of a consultation or
cooperation reached down its object's "of" chain or behind a count noun ("a round of talks"), a
demonstration aimed at the party its purpose protests, "their government" as the state of the
people named before it, and a capitalised "Allies" as NATO where the article names NATO. Sentences
are written for these tests, none is from the gold files."""

from __future__ import annotations

from tests.nlp.linked_events import explain, linked


def _typed(events, event_type):
    return [e for e in events if e.type == event_type]


# --- "with" partners ------------------------------------------------------------------------------

def test_with_partner_down_the_objects_of_chain(nlp):
    events = linked(nlp, "In March, the Prime Minister negotiated the resumption of maritime cooperation "
                         "with the Republic of Korea.", outlet=None)
    found = _typed(events, "CONSULT")
    assert found and found[0].target_key == "country:KOR", explain(events)


def test_count_noun_of_talks_is_the_talks(nlp):
    events = linked(nlp, "Indian and Chinese diplomats held a series of meetings with representatives of the "
                         "European Union in Brussels last week.", outlet=None)
    found = _typed(events, "CONSULT")
    assert found and all(e.target_key == "org:european-union" for e in found), explain(events)


def test_count_noun_of_no_act_is_no_event(nlp):
    events = linked(nlp, "The minister held a number of documents in his hands.", outlet=None)
    assert not _typed(events, "CONSULT"), explain(events)


def test_named_title_holder_after_with_keeps_the_talks_partner(nlp):
    events = linked(nlp, "Secretary Blinken held talks with the Foreign Minister of Japan, Yoko Kamikawa, "
                         "in Tokyo on Monday.")
    found = _typed(events, "CONSULT")
    assert found and found[0].target_key == "person:yoko-kamikawa" and found[0].target_acts_for == "JPN", \
        explain(events)


# --- a gathering's purpose names whom it protests -------------------------------------------------

def test_rally_to_protest_a_decision_targets_its_maker_not_the_city(nlp):
    events = linked(nlp, "Opposition supporters held a rally in Nairobi to protest President Ruto's decision "
                         "to raise fuel taxes.", outlet=None)
    found = _typed(events, "PROTEST")
    assert found and found[0].target_text == "Ruto", explain(events)


def test_march_to_protest_the_governments_decision_targets_the_government(nlp):
    events = linked(nlp, "Thousands of dock workers staged a march in Busan to protest the decision of the "
                         "government to privatise the port.", outlet=None)
    found = _typed(events, "PROTEST")
    assert found and found[0].target_text == "government", explain(events)


def test_rally_to_support_keeps_no_protested_target(nlp):
    # a purpose of another kind (backing someone) is no party protested against
    events = linked(nlp, "Farmers held a rally in Lyon to support the new agriculture minister.", outlet=None)
    assert all(e.target_text != "minister" or e.type != "PROTEST" for e in events), explain(events)


# --- "their government" -------------------------------------------------------------------------

def test_their_government_is_the_state_of_the_people_named_before(nlp):
    events = linked(nlp, "The European Union commended the people of Kenya and their government for hosting "
                         "the peace talks.", outlet=None)
    # the people of Kenya act for Kenya as its civilians (no entity), their government is Kenya's
    targets = {(e.target_key, e.target_acts_for) for e in _typed(events, "SUPPORT")}
    assert targets == {("country:KEN", "KEN"), (None, "KEN")}, explain(events)


def test_their_government_after_a_demonym(nlp):
    events = linked(nlp, "Russia continues to threaten Georgians and their government.", outlet=None)
    found = _typed(events, "THREATEN")
    assert found and {(e.target_key, e.target_acts_for) for e in found} == {
        ("country:GEO", "GEO"), (None, "GEO")}, explain(events)


def test_their_after_a_state_name_is_not_that_state(nlp):
    # "their" agrees with a state's people, not with the state's own name: here it is others'
    from newsgraph.nlp.actor_heads import possessed_state_government

    doc = nlp("Canada and its partners support their efforts to defend their country.")
    start = doc.text.index("their country")
    assert possessed_state_government(doc, start, start + len("their country")) is None


def test_plural_governments_keep_no_single_state(nlp):
    from newsgraph.nlp.actor_heads import possessed_state_government

    doc = nlp("The citizens of Peru and Chile criticized their governments.")
    start = doc.text.index("their governments")
    assert possessed_state_government(doc, start, start + len("their governments")) is None


# --- capitalised "Allies" -------------------------------------------------------------------------

def test_capitalised_allies_is_nato_where_nato_is_named(nlp):
    events = linked(nlp, "Senior officials from the Departments of State and Defense will travel to Brussels "
                         "on July 29 to brief Allies at NATO headquarters.")
    assert any(e.target_text == "Allies" and e.target_key == "org:nato" for e in events), explain(events)


def test_lowercase_allies_stay_unnamed(nlp):
    events = linked(nlp, "NATO ministers met in Bucharest. The United States will continue to coordinate "
                         "closely with our allies on sanctions.")
    assert all(e.target_key != "org:nato" for e in events if e.target_text and "allies" in e.target_text), \
        explain(events)


def test_capitalised_allies_the_ner_took_for_a_place_is_nato_where_nato_is_named(nlp):
    # demo corpus, Secretary Blinken's meeting with Foreign Minister Kuleba (15 May 2022): the NER
    # tags this "Allies" a place (GPE); the word names the alliance's members all the same
    events = linked(nlp, "Secretary Blinken met today with Ukrainian Foreign Minister Dmytro Kuleba in Berlin. "
                         "The two discussed this week’s G7 and NATO Foreign Ministerial meetings and the Secretary "
                         "emphasized the strong support for Ukraine from Allies and partners during these meetings.")
    support = [e for e in events if e.source_text == "Allies"]
    assert support and all(e.source_key == "org:nato" for e in support), explain(events)
