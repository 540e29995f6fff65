"""Coordinated state words on one head noun (compound_members.py, task `compound`): "the U.S. and
Mexican governments" are one actor per state, each in the sector the head noun gives, acting as
conjoined subjects do (side by side, or the two sides of a joint act). Sentences from the demo
corpus (examples/) or in news style, with the near misses the rule must leave alone."""

from __future__ import annotations

from newsgraph.nlp.compound_members import and_name_tails, member_code, state_members

from tests.nlp.linked_events import linked, show


def _sides(events, trigger):
    return sorted(((e.type, e.source_acts_for, e.source_sector, e.target_acts_for, e.target_sector)
                   for e in events if e.trigger.startswith(trigger)), key=lambda row: [str(v) for v in row])


def _head(doc, word):
    return next(t for t in doc if t.text == word)


def test_the_state_words_coordinated_on_an_actor_noun_are_its_members(base_nlp):
    cases = [
        ("The U.S. and Mexican governments met in Washington.", "governments", ["U.S.", "Mexican"]),
        ("Iranian and Bolivian defence ministers signed a memorandum.", "ministers", ["Iranian", "Bolivian"]),
        ("Chinese and Russian warships conducted joint exercises near Japan.", "warships", ["Chinese", "Russian"]),
    ]
    for text, head, members in cases:
        assert [t.text for t in state_members(_head(base_nlp(text), head))] == members, text


def test_no_members_without_an_actor_noun_or_a_state_in_every_conjunct(base_nlp):
    cases = [
        # a head naming no actor (no Phoenix agent, no force noun)
        ("Protesters burned Russian and Belarusian flags outside the embassy.", "flags"),
        # a region is no state: "Latin American and Caribbean partners" stays one group
        ("Our Latin American and Caribbean partners are hosting millions of migrants.", "partners"),
        # a single state word is no coordination
        ("The Mexican government agreed to expand cooperation.", "government"),
        # coordinated noun phrases, not modifiers: the U.S. and a group of its own
        ("The U.S. and its allies imposed sanctions on Russia.", "allies"),
        ("The U.S. and its allies imposed sanctions on Russia.", "U.S."),
        # one state's two offices: "foreign" and "economy" name no state
        ("The Mexican foreign and economy ministers met Secretary Blinken.", "ministers"),
        ("Mexico's foreign and economy ministers met Secretary Blinken.", "ministers"),
        # "or" offers alternatives, not two actors
        ("Russian or Chinese warships may not enter the strait.", "warships"),
    ]
    for text, head in cases:
        assert state_members(_head(base_nlp(text), head)) == [], text


def test_heads_for_several_states_governments_give_each_member_gov(base_nlp):
    # "leaders", "delegations" have no Phoenix agent; context_agents.yaml multi_state_heads
    # lists them as heads for several states' governments or envoys (examples/: "Chinese and
    # American leaders")
    for text, head, members in (
            ("Chinese and American leaders agreed to resume military talks.", "leaders", ["Chinese", "American"]),
            ("Russian and Ukrainian delegations met in Istanbul.", "delegations", ["Russian", "Ukrainian"])):
        doc = base_nlp(text)
        assert [t.text for t in state_members(_head(doc, head))] == members, text
        at = text.index(members[1])
        assert member_code(doc, at, at + len(members[1])).sector == "GOV", text


def test_a_member_is_coded_as_its_state_in_the_head_nouns_sector(base_nlp):
    text = "Chinese and Russian warships conducted joint exercises near Japan."
    doc = base_nlp(text)
    russian = text.index("Russian")
    code = member_code(doc, russian, russian + len("Russian"))
    assert (code.acts_for, code.sector) == ("RUS", "MIL")
    assert member_code(doc, text.index("Japan"), text.index("Japan") + 5) is None
    # "forces" (no Phoenix agent alone) is MIL as a force noun; "defence ministers" GOV
    text = "Iranian and Bolivian defence ministers said Chinese and Russian forces held drills."
    doc = base_nlp(text)
    for word, expected in (("Bolivian", ("BOL", "GOV")), ("Russian", ("RUS", "MIL"))):
        at = text.index(word)
        code = member_code(doc, at, at + len(word))
        assert (code.acts_for, code.sector) == expected, word


def test_coordinated_states_act_side_by_side_toward_the_target(nlp):
    # examples/ (State Department fact sheet, U.S.-Mexico HLED 2022): both governments convene
    text = ("The U.S. and Mexican governments convened state and municipal governments and private sector "
            "organizations to promote public-private cooperation.")
    events = linked(nlp, text)
    assert {(t, s, sec) for t, s, sec, _, _ in _sides(events, "convened")} == {
        ("CONSULT", "USA", "GOV"), ("CONSULT", "MEX", "GOV")}, show(events)
    # news style: a threat by two governments is one by each
    events = linked(nlp, "The Russian and Belarusian governments threatened Lithuania.")
    assert _sides(events, "threatened") == [("THREATEN", "BLR", "GOV", "LTU", "GOV"),
                                            ("THREATEN", "RUS", "GOV", "LTU", "GOV")], show(events)


def test_coordinated_states_as_the_target_are_each_a_target(nlp):
    # examples/ (Deputy Secretary Sherman's PRC meetings, 2021): the citizens of each state
    text = ("The Deputy Secretary also raised the cases of American and Canadian citizens detained in the PRC "
            "or under exit bans.")
    events = linked(nlp, text)
    assert {(s, t, sec) for _, s, _, t, sec in _sides(events, "detained")} == {
        ("CHN", "USA", "CVL"), ("CHN", "CAN", "CVL")}, show(events)


def test_a_joint_act_of_coordinated_states_is_between_them(nlp):
    # examples/ (Migration talks with the Government of Cuba, 2022): one meeting, one dyad
    events = linked(nlp, "On April 21, U.S. and Cuban officials met in Washington, D.C. to discuss the "
                         "implementation of the U.S.-Cuba Migration Accords.")
    assert [(t, s, g) for t, s, _, g, _ in _sides(events, "met")] == [("CONSULT", "USA", "CUB")], show(events)
    # news style: joint exercises of two navies are between them, MIL on both sides
    events = linked(nlp, "Chinese and Russian warships conducted joint exercises near Japan.")
    assert _sides(events, "conducted") == [("COOPERATE", "CHN", "MIL", "RUS", "MIL")], show(events)


def test_signatories_named_by_coordinated_demonyms_sign_with_each_other(nlp):
    # news style (examples/seed, Iran-Bolivia drones): a memorandum is signed between its parties,
    # first member -> the other, as for conjoined subjects ("Brazil and Peru signed a memorandum",
    # test_event_dyads)
    events = linked(nlp, "Iranian and Bolivian defence ministers signed a memorandum of understanding on "
                         "security cooperation.")
    assert _sides(events, "signed") == [("SUPPORT", "IRN", "GOV", "BOL", "GOV")], show(events)


def test_no_split_for_a_state_and_its_allies_or_one_states_two_ministers(nlp):
    # the U.S. keeps its own event; no member event for "its" or "allies"
    events = linked(nlp, "The U.S. and its allies imposed sanctions on Russia.")
    assert [(e.source_text, e.source_acts_for, e.target_acts_for) for e in events if e.type == "SANCTION"] \
        == [("U.S.", "USA", "RUS")], show(events)
    # one state's foreign and economy ministers meet as that state, one event
    events = linked(nlp, "The Mexican foreign and economy ministers met Secretary Blinken in Washington.")
    met = [e for e in events if e.trigger.startswith("met")]
    assert [(e.source_text, e.source_acts_for, e.source_sector) for e in met] == [
        ("Mexican foreign and economy ministers", "MEX", "GOV")], show(events)


def test_coordinated_states_leaders_each_act(nlp):
    # news style: a condemnation by the leaders of two states is one by each state's government
    events = linked(nlp, "Israeli and Palestinian leaders condemned the attack on the mosque.")
    assert _sides(events, "condemned") == [("DISAPPROVE", "ISR", "GOV", None, None),
                                           ("DISAPPROVE", "PSE", "GOV", None, None)], show(events)


def test_an_elliptical_coordination_of_state_names_is_each_state(base_nlp, nlp):
    # examples/wikinews-gum (2015): "North and South Korea" shares "Korea" across its conjuncts:
    # two states (PRK, KOR), not one place acting for South Korea
    doc = base_nlp("The report comes after North and South Korea exchanged artillery fire yesterday.")
    assert [t.text for t in state_members(_head(doc, "Korea"))] == ["North", "South"]
    events = [e for e in linked(nlp, "The report comes after North and South Korea exchanged artillery fire "
                                     "yesterday.") if e.trigger.startswith("exchanged")]
    assert sorted((e.source_text, e.source_key, e.source_acts_for, e.source_sector) for e in events) == [
        ("North", "country:PRK", "PRK", "GOV"), ("South Korea", "country:KOR", "KOR", "GOV")], show(events)
    # near misses: a conjunct that with the shared word names no state, and "or"
    for text in ("North and Central America signed the accord.", "North or South Korea will host the games."):
        assert state_members(_head(base_nlp(text), text.split()[3])) == [], text


def test_a_state_name_with_and_in_it_is_one_member(base_nlp, nlp):
    # examples/statedept (2022-04-21): "Antigua and Barbuda" is one state (pycountry), so the
    # governments commended are ATG's and GTM's; Guatemala is not lost after the name's own "and"
    text = ("We commend the governments of Antigua and Barbuda and Guatemala for leading the adoption "
            "of the resolution.")
    events = [e for e in linked(nlp, text) if e.trigger.startswith("commend")]
    assert sorted((e.target_text, e.target_key, e.target_acts_for) for e in events) == [
        ("Antigua and Barbuda", "country:ATG", "ATG"), ("Guatemala", "country:GTM", "GTM")], show(events)
    # as coordinated objects too: "Trinidad and Tobago" is one co-actor beside Guatemala
    events = [e for e in linked(nlp, "We commend Trinidad and Tobago and Guatemala for their leadership.")
              if e.trigger.startswith("commend")]
    assert sorted((e.target_text, e.target_key) for e in events) == [
        ("Guatemala", "country:GTM"), ("Trinidad and Tobago", "country:TTO")], show(events)
    # near miss: two states joined by "and" are two names, none of them a tail
    doc = base_nlp("We commend Brazil and Guatemala for their leadership.")
    assert and_name_tails([_head(doc, "Brazil"), _head(doc, "Guatemala")]) == set()


def test_a_person_noun_of_no_sector_on_coordinated_states_is_each_states_people(base_nlp, nlp):
    # invented: "participants" names people of no sector; each state word is its own people
    text = "The Secretary will meet the Kenyan and Brazilian participants of the exchange program."
    assert [t.text for t in state_members(_head(base_nlp(text), "participants"))] == ["Kenyan", "Brazilian"]
    events = [e for e in linked(nlp, text) if e.trigger.startswith("meet")]
    assert sorted((e.target_acts_for, e.target_key, e.target_sector) for e in events) == [
        ("BRA", None, None), ("KEN", None, None)], show(events)


def test_each_member_is_told_by_the_shared_noun_not_its_state_word(nlp):
    # events 0.8.175: the first state word alone ("Canadian") reads as the state itself; each
    # member's text runs to the shared noun, and the two overlapping spans stay two targets
    events = linked(nlp, "The Secretary will meet the Canadian and Mexican volunteers of the summer program.")
    meet = sorted(((e.target_text, e.target_key, e.target_acts_for) for e in events if e.trigger.startswith("meet")),
                  key=lambda row: row[2])
    assert meet == [("Canadian and Mexican volunteers", None, "CAN"), ("Mexican volunteers", None, "MEX")], show(events)
    # a body noun: each state's officials, the state's government key as before
    events = linked(nlp, "The envoy met Peruvian and Chilean officials in Lima on Monday.")
    met = sorted((e.target_text, e.target_key, e.target_sector) for e in events if e.trigger.startswith("met"))
    assert met == [("Chilean officials", "country:CHL", "GOV"),
                   ("Peruvian and Chilean officials", "country:PER", "GOV")], show(events)
    # contrasts: one state word keeps its phrase; conjoined state names stay one target each
    events = linked(nlp, "The Secretary will meet the Mexican volunteers of the summer program.")
    assert [(e.target_text, e.target_acts_for) for e in events if e.trigger.startswith("meet")] == [
        ("Mexican volunteers", "MEX")], show(events)
    events = linked(nlp, "The envoy met Peru and Chile in Lima on Monday.")
    assert sorted(e.target_text for e in events if e.trigger.startswith("met")) == ["Chile", "Peru"], show(events)


def test_a_member_span_up_to_the_noun_is_coded_as_its_first_state(base_nlp):
    text = "The U.S. and Mexican governments met in Washington."
    doc = base_nlp(text)
    code = member_code(doc, text.index("U.S."), text.index(" met"))
    assert (code.acts_for, code.sector) == ("USA", "GOV")
    code = member_code(doc, text.index("Mexican"), text.index(" met"))
    assert (code.acts_for, code.sector) == ("MEX", "GOV")


def test_records_of_two_states_overlapping_spans_are_not_merged():
    from newsgraph.nlp.events.accusations import merge_repeated, record_identity
    from newsgraph.nlp.types import Event

    def event(start, text, state):
        return Event(type="CONSULT", trigger="met", trigger_start=10, trigger_end=13, sentence_start=0,
                     sentence_end=60, source_text="envoy", source_start=4, source_end=9, target_text=text,
                     target_start=start, target_end=50, target_acts_for=state)

    merged = merge_repeated([event(14, "Peruvian and Chilean officials", "PER"),
                             event(27, "Chilean officials", "CHL")], record_identity)
    assert [e.target_acts_for for e in merged] == ["PER", "CHL"]
    # one state on both: one mention told two ways, as before
    merged = merge_repeated([event(14, "the Chilean officials", "CHL"), event(18, "Chilean officials", "CHL")],
                            record_identity)
    assert len(merged) == 1
