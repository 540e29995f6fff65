"""The other side of acts between parties (task `dyads`): conjoined subjects that agree or meet
with each other, plural participant nouns ("the delegations") standing for a readout's dyad,
recipients the clause names through a list of aid kinds, and whom a trip is made to meet. Each
case is a demo-corpus sentence (examples/), with the near misses each rule must leave alone."""

from __future__ import annotations

from newsgraph.nlp.events import find_events

from tests.nlp.linked_events import linked as _linked, one as _one, show as _show


def _dyads(events):
    return {(e.type, e.source_text, e.target_text) for e in events}


# ---------------------------------------------------------------- 1. co-subjects of a mutual act

def test_conjoined_subjects_that_agree_agree_with_each_other(base_nlp):
    # PLOVER AGREE is between the parties that agree: one event, first party -> second
    text = "India and the United States agreed to include drug demand reduction topics under the umbrella of the CNWG."
    events = _one(find_events(base_nlp(text)), "agreed")
    assert _dyads(events) == {("AGREE", "India", "United States")}, _show(events)


def test_a_promised_meeting_or_cooperation_of_co_subjects_is_between_them(base_nlp):
    cases = [
        ("Under Secretary Nuland and Deputy Secretary General Mora decided to continue meetings in this "
         "dialogue, with the next high-level meeting to take place in late 2022.", "decided",
         {("AGREE", "Nuland", "Mora")}),
        ("The United States and the CMAR countries will also collaborate to address the challenges that "
         "threaten CMAR, including illegal, unreported, and unregulated fishing.", "collaborate",
         {("AGREE", "United States", "CMAR countries")}),
    ]
    for text, trigger, expected in cases:
        events = _one(find_events(base_nlp(text)), trigger)
        assert _dyads(events) == expected, _show(events)


def test_a_bilateral_commitment_is_made_between_the_co_subjects(base_nlp):
    text = ("On migration, both Sullivan and Rocha reaffirmed bilateral commitments to advance regional "
            "cooperation on migration management.")
    events = _one(find_events(base_nlp(text)), "reaffirmed")
    # a commitment to cooperation is PLOVER AGREE ("commitment to cooperate"; task supportaid)
    assert _dyads(events) == {("AGREE", "Sullivan", "Rocha")}, _show(events)


def test_co_subjects_who_make_an_agreement_make_it_with_each_other(base_nlp):
    # an agreement is made between its parties (a reciprocal predicate; PLOVER SUPPORT "sign, or
    # finalize an agreement or treaty", AGREE): one act, first party -> each other one
    cases = [
        ("Brazil and Peru also signed a memorandum of understanding on border security.", "signed",
         {("SUPPORT", "Brazil", "Peru")}),
        ("Kenya, Uganda and Rwanda inked a defense pact last week.", "inked",
         {("SUPPORT", "Kenya", "Uganda"), ("SUPPORT", "Kenya", "Rwanda")}),
        ("Brazil and Peru reached an agreement on water rights.", "reached",
         {("AGREE", "Brazil", "Peru")}),
        # a third party named with "with" is the partner of each signatory, as before
        ("Kenya and Uganda signed a trade agreement with Tanzania.", "signed",
         {("SUPPORT", "Kenya", "Tanzania"), ("SUPPORT", "Uganda", "Tanzania")}),
    ]
    for text, trigger, expected in cases:
        events = _one(find_events(base_nlp(text)), trigger)
        assert _dyads(events) == expected, _show(events)


def test_signatories_of_two_states_are_linked_as_each_others_partners_and_of_one_sign_side_by_side(nlp):
    events = _one(_linked(nlp, "Panama and Peru also signed a memorandum of understanding on port security."), "signed")
    assert [(e.type, e.source_acts_for, e.target_acts_for) for e in events] == [("SUPPORT", "PAN", "PER")], \
        _show(events)
    # two officials of one government are one party to the agreement: each signs, no target (not an
    # act of the one on the other, and not dropped as one government's internal dealing)
    events = _one(_linked(nlp, "Secretary Blinken and Secretary Austin signed the agreement on Tuesday."), "signed")
    assert sorted((e.source_text, e.source_acts_for, e.target_text) for e in events) == [
        ("Austin", "USA", None), ("Blinken", "USA", None)], _show(events)


def test_co_subjects_of_other_acts_act_side_by_side(base_nlp):
    # issue 6 kind 3: welcoming a report is no act between the welcomers; a commitment to a cause
    # is not made to each other (and, naming no actor, is no event at all: check commitment-goal,
    # task efforts); co-signers of a letter ("signed the letter": no agreement) and co-ratifiers
    # (each ratifies for itself) stay side by side
    cases = [
        ("Chile, Norway and Japan welcome the mission's report.", "welcome",
         {("SUPPORT", "Chile", "mission"), ("SUPPORT", "Norway", "mission"), ("SUPPORT", "Japan", "mission")}),
        ("The United States and Germany affirm their commitment to tackling the climate crisis and taking "
         "decisive action to reduce emissions in the 2020s.", "affirm", set()),
        ("Brazil and Peru signed the letter.", "signed",
         {("SUPPORT", "Brazil", None), ("SUPPORT", "Peru", None)}),
        ("Brazil and Peru ratified the treaty.", "ratified",
         {("SUPPORT", "Brazil", None), ("SUPPORT", "Peru", None)}),
    ]
    for text, trigger, expected in cases:
        found = find_events(base_nlp(text))
        events = _one(found, trigger) if expected else [e for e in found if e.trigger.startswith(trigger)]
        assert _dyads(events) == expected, _show(events)


def test_with_someone_to_discuss_names_the_partner(base_nlp):
    # the parser makes the partner the subject of "to discuss" under "with"
    text = ("President Joseph R. Biden, Jr. spoke today with President Andres Manuel López Obrador of Mexico "
            "to discuss joint migration management efforts.")
    events = find_events(base_nlp(text))
    assert [(e.type, e.source_text, e.target_text) for e in events] == [
        ("CONSULT", "Joseph R. Biden", "President Andres Manuel López Obrador of Mexico")], _show(events)


# ---------------------------------------------------------------- 2. the readout's dyad as a plural

def test_the_delegations_of_a_readout_are_the_meetings_two_sides(nlp):
    text = ("Today, virtual United States-Turkmenistan Annual Bilateral Consultations (ABCs) concluded after "
            "two days of productive discussions. A senior U.S. delegation, led by Assistant Secretary of State "
            "Donald Lu, hosted Foreign Minister Rashid Meredov and the senior Turkmen delegation.\n\n"
            "The delegations discussed a wide range of bilateral and regional issues including cooperation on "
            "strengthening border security, counternarcotics, and counterterrorism.")
    events = _linked(nlp, text)
    discussed = text.index("discussed")
    meeting = [e for e in events if e.type == "CONSULT" and any(
        start <= discussed < end for start, end in [(e.trigger_start, e.trigger_end)] + [
            tuple(span[:2]) for span in e.evidence_spans or []])]
    assert meeting, _show(events)
    assert all(e.source_text != "delegations" for e in events), _show(events)
    # the talks merge into the hosted meeting, coded by the codebook visitor -> host (PLOVER CONSULT)
    assert {e.source_key for e in meeting} <= {"country:TKM", "person:rashid-meredov"}, _show(meeting)
    assert {e.target_key for e in meeting} == {"country:USA"}, _show(meeting)


def test_a_counted_plural_of_states_is_a_participant_noun():
    from newsgraph.nlp.events import _participant_noun, load_lexicon

    lex = load_lexicon()
    assert _participant_noun("the two countries", lex) and _participant_noun("both governments", lex)
    # uncounted, the states could be any the article names
    assert not _participant_noun("the countries", lex) and not _participant_noun("governments", lex)


# ---------------------------------------------------------------- 3. a recipient after a list of aid kinds

def test_a_recipient_after_a_list_of_aid_kinds_is_the_aids(base_nlp):
    # the parser takes the first kind ("humanitarian") for the verb's object
    text = ("At the same time, the Administration is delivering humanitarian, economic, food, and other "
            "security assistance to Ukraine and the region.")
    events = _one(find_events(base_nlp(text)), "delivering")
    assert {(e.type, e.target_text) for e in events} == {("AID", "Ukraine")}, _show(events)


# ---------------------------------------------------------------- 4. whom a trip is made to meet

def test_a_trip_to_meet_someone_targets_whom_it_meets(nlp):
    cases = [
        ("The Secretary will then travel to Chisinau, Moldova to meet with President Maia Sandu, Prime "
         "Minister Natalia Gavrilita, and Foreign Minister Nicu Popescu.", "person:maia-sandu", "Chisinau"),
        ("In the PRC, the Deputy Secretary will travel to Tianjin to meet with PRC officials, including State "
         "Councilor and Foreign Minister Wang Yi.", "country:CHN", "PRC"),  # the sentence's own "In the PRC"
        ("National Security Advisor Jake Sullivan traveled to Brasilia, Brazil on Monday, December 5 for "
         "meetings with senior representatives of the Brazilian government and members of the incoming "
         "administration of President-elect Luiz Inácio Lula da Silva.", "country:BRA", "Brasilia"),
        ("Senior officials from Departments of State and Defense will travel to Brussels, Belgium on July 29 "
         "to brief Allies at NATO headquarters.", None, "Brussels"),
    ]
    for text, target_key, place in cases:
        events = _one(_linked(nlp, text), "trav")
        assert not [e for e in events if (e.target_key or "").startswith("place:")], _show(events)
        if target_key is not None:
            assert target_key in {e.target_key for e in events}, _show(events)
        else:
            assert {e.target_text for e in events} == {"Allies"}, _show(events)
        assert {e.location for e in events} == {place}, _show(events)


def test_a_trip_whose_purpose_names_no_one_keeps_its_destination(nlp):
    # a capital destination is keyed as its state (Phoenix: capitals are country synonyms;
    # CAMEO/PLOVER code a visit's target as the host), test_event_unkeyed_actors.py
    cases = [
        ("Secretary Blinken traveled to Kyiv on Monday to reaffirm U.S. support.", "country:UKR"),
        ("Special Presidential Envoy for Climate John Kerry will travel to Mexico City February 9, 2022 to "
         "engage with government counterparts and accelerate cooperation on the climate crisis.",
         "country:MEX"),
    ]
    for text, target_key in cases:
        events = _one(_linked(nlp, text), "trav")
        assert {e.target_key for e in events} == {target_key}, _show(events)


def test_a_co_subject_that_is_the_first_partys_own_group_is_no_second_side(base_nlp):
    text = ("Under Secretary Nuland and the delegation will participate in the U.S.-Colombia High-Level Strategic "
            "Security Dialogue and discuss cooperation to advance regional security, democratic institutions, and "
            "economic ties.")
    events = _one(find_events(base_nlp(text)), "discuss")
    assert all(e.target_text is None for e in events), _show(events)


def test_a_delegation_sent_is_the_senders_own_and_goes_to_the_host(base_nlp):
    # CAMEO "SEND * DELEGATION" (042:043): a visit to whom it is sent
    text = ("President López Obrador thanked President Joe Biden for sending the U.S. delegation to Mexico "
            "following the two leaders’ telephone conversation last week focused on migration management.")
    events = _one(find_events(base_nlp(text)), "sending")
    assert _dyads(events) == {("CONSULT", "Joe Biden", "Mexico")}, _show(events)


def test_a_title_with_its_name_in_a_trips_purpose_is_that_person(nlp):
    text = ("The deputy secretary is going to be traveling to Tianjin tomorrow for discussions with the Chinese "
            "Foreign Minister Wang Yi and Vice Foreign Minister Xie Feng.")
    events = _one(_linked(nlp, text), "going")
    assert {e.target_key for e in events} == {"person:wang-yi", "person:xie-feng"}, _show(events)


def test_a_with_after_a_list_of_topics_names_the_partner(base_nlp):
    # the parser hangs "with" on the last topic of the list; the discussion is with them
    text = ("In Warsaw, Counselor Chollet will discuss strategic bilateral and regional issues, as well as our "
            "shared commitment to democratic values and institutions, with senior government officials and civil "
            "society representatives.")
    events = _one(find_events(base_nlp(text)), "discuss")
    assert {e.target_text for e in events} == {"senior government officials", "civil society representatives"}, \
        _show(events)


def test_a_topic_items_own_with_phrase_is_no_partner(base_nlp):
    # "our work with international partners" is what was discussed, not with whom
    text = ("They also discussed our efforts to counter narcotics trafficking and manage hemispheric migration, as "
            "well as our work with international partners and actors in Venezuela to implement commitments made "
            "in the Barbados Agreement.")
    assert not [e for e in find_events(base_nlp(text)) if e.type == "CONSULT" and e.target_text], \
        _show(find_events(base_nlp(text)))
