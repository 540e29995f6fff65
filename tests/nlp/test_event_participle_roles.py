"""Who did it and to whom in participles and coordinated verbs (task `roles2`): the demo-corpus
sentences an independent judge found with reversed or misplaced roles, and near misses."""

from __future__ import annotations

from newsgraph.nlp.events import find_events
from tests.nlp.linked_events import linked, show as _show


# ---------------------------------------------------------------- active conjunct after a passive

def test_an_active_conjunct_after_a_passive_has_the_subject_as_agent(base_nlp):
    text = ("During the recent protests, TDP soldiers have been deployed on the streets and have reportedly "
            "attacked and beaten protesters, while making violent arrests.")
    events = find_events(base_nlp(text))
    assaults = [e for e in events if e.type == "ASSAULT"]
    assert assaults, _show(events)
    assert {(e.source_text, e.target_text, e.status) for e in assaults} == {
        ("TDP soldiers", "protesters", "claimed")}, _show(events)
    assert not [e for e in events if e.target_text == "TDP soldiers"], _show(events)


def test_a_conjunct_sharing_the_passive_stays_passive(base_nlp):
    # near miss: "was arrested and charged" shares the passive; the subject is the patient
    events = find_events(base_nlp("The opposition leader was arrested and charged by the Belarusian authorities."))
    assert events and all(e.target_text == "opposition leader" for e in events), _show(events)


# ---------------------------------------------------------------- reduced passive participle, custody

def test_a_reduced_passive_participle_of_custody_names_patient_and_holding_state(base_nlp):
    text = ("The Deputy Secretary also raised the cases of American and Canadian citizens detained in the PRC "
            "or under exit bans and reminded PRC officials that people are not bargaining chips.")
    detained = [e for e in find_events(base_nlp(text)) if e.trigger == "detained"]
    assert detained, _show(find_events(base_nlp(text)))
    # the citizens of two states are one patient per state (compound_members): each detained by the
    # PRC, each told by its words up to the shared noun (events 0.8.175: never the state word alone)
    assert {(e.type, e.source_text, e.target_text) for e in detained} == {
        ("COERCE", "PRC", "American and Canadian citizens"), ("COERCE", "PRC", "Canadian citizens")}, _show(detained)


def test_a_person_detained_in_a_country_is_held_by_that_state(base_nlp):
    events = [e for e in find_events(base_nlp("Two Americans were detained in Russia last year."))
              if e.type == "COERCE"]
    assert [(e.source_text, e.target_text) for e in events] == [("Russia", "Americans")], _show(events)


def test_the_one_asked_to_release_people_held_is_their_custodian(base_nlp):
    # only whoever holds them can release them: the releaser is the custody's unnamed agent,
    # and the participle on the list's last item holds for every listed captive
    text = "Nicaragua must release Anna Petrova, Ivan Sokolov and other activists detained since May."
    events = [e for e in find_events(base_nlp(text)) if e.type == "COERCE"]
    assert {(e.source_text, e.target_text) for e in events} >= {
        ("Nicaragua", "Anna Petrova"), ("Nicaragua", "Ivan Sokolov")}, _show(events)


def test_a_call_to_free_people_held_names_their_custodian(base_nlp):
    text = "The United States urged Russia to free Paul Whelan and Evan Gershkovich, wrongfully detained last year."
    events = [e for e in find_events(base_nlp(text)) if e.type == "COERCE"]
    assert {(e.source_text, e.target_text) for e in events} == {
        ("Russia", "Paul Whelan"), ("Russia", "Evan Gershkovich")}, _show(events)


def test_a_release_of_people_held_by_a_named_agent_keeps_that_agent(base_nlp):
    # near miss: the participle names who holds them; the one asked to release is not their jailer
    text = "Russia must release the journalists detained by separatists in Donetsk."
    events = [e for e in find_events(base_nlp(text)) if e.type == "COERCE"]
    assert events and all(e.source_text != "Russia" for e in events), _show(events)


def test_a_place_is_no_target_of_a_passive_force_act(base_nlp):
    # near miss: a city is where the act happened, not whom it hit, and not a custodian state
    events = find_events(base_nlp("Police are killed in Bagua."))
    assert not [e for e in events if e.target_text == "Bagua" or e.source_text == "Bagua"], _show(events)


# ---------------------------------------------------------------- sent to a place of detention

def test_sending_people_to_camps_is_detention_and_a_list_to_be_acted_on_is_not_done(base_nlp):
    text = ("And secondly, the United States has informed the United Nations of a credible – of credible "
            "information showing that Moscow has compiled a list of Ukrainians to be killed or sent to camps "
            "following a military occupation.")
    events = find_events(base_nlp(text))
    sent = [e for e in events if e.trigger == "sent"]
    assert [(e.type, e.mode) for e in sent] == [("COERCE", "arrest")], _show(events)
    assert {e.status for e in events if e.trigger in ("sent", "killed")} == {"hypothetical"}, _show(events)


def test_sending_prisoners_or_troops_elsewhere(base_nlp):
    jailed = find_events(base_nlp("The regime sent opposition leaders to prison."))
    assert [(e.type, e.target_text) for e in jailed] == [("COERCE", "opposition leaders")], _show(jailed)
    # near misses: troops sent to a camp are deployed; aid sent to refugee camps is aid
    troops = find_events(base_nlp("Russia sent troops to the camp near the border."))
    assert not [e for e in troops if e.type == "COERCE"], _show(troops)
    aid = find_events(base_nlp("The United States sent food to refugee camps in Jordan."))
    assert not [e for e in aid if e.type == "COERCE"], _show(aid)


# ---------------------------------------------------------------- travel kept from happening

def test_travel_cut_off_is_no_visit(base_nlp):
    text = ("Like last spring, when Beijing cut off Chinese students and tourists from traveling to Australia "
            "and imposed an 80 percent tariff on Australian barley exports, because Australia’s Government "
            "called for an independent inquiry into COVID’s origin.")
    events = find_events(base_nlp(text))
    assert not [e for e in events if e.type == "CONSULT"], _show(events)
    assert [e for e in events if e.trigger == "imposed tariff" and e.type == "SANCTION"], _show(events)


def test_a_ban_on_travel_is_no_visit(base_nlp):
    events = find_events(base_nlp("The State Department imposed a ban on travel to North Korea."))
    assert events and not [e for e in events if e.type == "CONSULT"], _show(events)


def test_a_passive_gerund_of_custody_in_a_country(base_nlp):
    text = "Today, after years of being wrongfully detained in Venezuela, we are bringing home Jorge Toledo."
    detained = [e for e in find_events(base_nlp(text)) if e.trigger == "detained"]
    assert detained and all(e.target_text != "Venezuela" for e in detained), _show(detained)
    assert {e.source_text for e in detained} == {"Venezuela"}, _show(detained)



# ---------------------------------------------------------------- custody relative clause in a country (stop 45)

def _custody(base_nlp, text):
    return [e for e in find_events(base_nlp(text)) if e.type == "COERCE"]


def test_a_relative_clause_of_custody_in_a_country_is_that_states_act(base_nlp):
    # "A and B, who are being detained in Russia": an agentless passive whose locative names the
    # country that holds them (CAMEO 173, PLOVER COERCE arrest); the clause describes the whole
    # coordination before it, never the item coordinated after it
    text = ("Consular officers keep visiting Anna Smith and John Brown, who are being detained in Russia, "
            "and other citizens in Iran.")
    events = _custody(base_nlp, text)
    assert {(e.source_text, e.target_text) for e in events} == {
        ("Russia", "Anna Smith"), ("Russia", "John Brown")}, _show(events)


def test_a_singular_relative_clause_of_imprisonment_in_a_country(base_nlp):
    events = _custody(base_nlp, "Our embassy stays in touch with Maria Lopez, who is being imprisoned in Iran.")
    assert [(e.source_text, e.target_text) for e in events] == [("Iran", "Maria Lopez")], _show(events)


def test_a_relative_clause_of_custody_without_a_country_names_no_holder(base_nlp):
    # no country named (a building, a city the custody rule does not read as its state, "around
    # the world"): a state the people are in, no holder invented
    for text in ("Our embassy stays in touch with Maria Lopez, who is being detained in the airport.",
                 "Our embassy stays in touch with Maria Lopez, who is being detained in Moscow.",
                 "Our embassy stays in touch with Anna Smith and John Brown, who are detained around the world."):
        events = _custody(base_nlp, text)
        assert not [e for e in events if e.source_text], (text, _show(events))


def test_a_by_agent_of_a_custody_relative_clause_wins_over_the_country(base_nlp):
    events = _custody(base_nlp, "Our embassy stays in touch with Maria Lopez, who was detained by rebels in Syria.")
    assert events and all(e.source_text != "Syria" and "rebels" in (e.source_text or "") for e in events), \
        _show(events)


def test_a_release_in_a_country_is_no_custody(base_nlp):
    events = _custody(base_nlp, "Our embassy stays in touch with Anna Smith and John Brown, who were released in Russia.")
    assert not events, _show(events)


def test_a_premodifier_of_custody_with_no_country_invents_no_holder(base_nlp):
    text = ("We remain focused on securing the release of unjustly detained Americans around the world, "
            "including Anna Smith and John Brown.")
    events = _custody(base_nlp, text)
    assert not [e for e in events if e.source_text], _show(events)


def test_a_custody_relative_clause_in_a_country_links_the_state_government(nlp):
    text = "Consular officers keep visiting Anna Smith and John Brown, who are being detained in Russia."
    events = [e for e in linked(nlp, text) if e.type == "COERCE"]
    assert events and {(e.source_key, e.source_acts_for, e.source_sector) for e in events} == {
        ("country:RUS", "RUS", "GOV")}, _show(events)
    assert {e.target_key for e in events} == {"person:anna-smith", "person:john-brown"}, _show(events)


def test_both_of_whom_on_a_thing_stands_for_the_listed_people(base_nlp):
    # the parser hangs "both of whom ..." on the thing before the names ("the return of ... A and
    # B"): "whom" stands for persons, the nearest ones before the clause, all of a "both"
    doc = base_nlp("We celebrate the return of Dutch citizens Pieter Smit and Anna de Vries, "
                   "both of whom had been unjustly imprisoned in Iran.")
    coerced = [e for e in find_events(doc) if e.type == "COERCE"]
    assert {e.target_text for e in coerced} == {"Pieter Smit", "Anna de Vries"}, _show(coerced)
    assert all(e.source_text == "Iran" for e in coerced), _show(coerced)

