"""The doer of list items and of misparsed subjects (task frame41, events 0.8.20):

1. A release's list set out as lines after a lead-in ending in a colon ("The Administration will:",
   "This includes funds to:"): an item opening with a bare verb completes the lead-in's modal or
   "to", so its doer is the lead-in clause's subject (a demonstrative "This" restates the sentence
   before) and its status the frame's (events.py _list_lead_in, _list_frame_doer); an item with
   no recoverable frame has no doer, never a noun inside its own complement clause. A bare
   conjunct hung on a third person singular present cannot share that verb's subject
   (agreement; events.py _coordinate).
2. A sentence-opening name the tagger reads as an adjective or adverb ("USAID has helped ...",
   advmod of the verb) is the subject of its subjectless verb (events.py _misread_name_subject);
   a real adverbial ("Today") is no name and stays a modifier.

Sentences are invented in the style of government releases, or from the demo corpus (examples/)."""

from __future__ import annotations

from tests.nlp.linked_events import coded, explain, linked

WHITE_HOUSE = "The White House"


def test_items_of_a_modal_lead_in_take_its_subject_and_status(nlp):
    text = ("Specifically, the Administration will:\n\n"
            "Provide humanitarian assistance to the people of Sudan.\n\n"
            "Condemn the attacks on aid workers in Darfur.\n")
    events = [e for e in linked(nlp, text, outlet=WHITE_HOUSE) if e.trigger_start > text.index(":")]
    assert events, explain(events)
    assert {e.source_text for e in events} == {"Administration"}, explain(events)
    assert all(e.status == "planned" for e in events), explain(events)


def test_items_of_a_funds_to_lead_in_take_the_requester_of_the_sentence_before(nlp):
    text = ("The Administration is calling on Congress to provide $2 billion in economic assistance to Moldova. "
            "This includes funds to:\n\n"
            "Ensure Moldova’s elected government continues functioning; support health care services for the "
            "Moldovan people; and assist the Moldovan government in paying pensions.\n")
    events = [e for e in linked(nlp, text, outlet=WHITE_HOUSE) if e.trigger_start > text.index(":")]
    assert events, explain(events)
    assert all(e.source_text == "Administration" and e.status == "planned" for e in events), explain(events)


def test_an_item_without_a_lead_in_has_no_doer_from_its_own_complement(base_nlp):
    # contrast (whitehouse fact sheet on the Ukraine funding request, examples/, lead-in cut off): no
    # frame, and the bare "support" / "assist" cannot share the subject of "continues" (agreement),
    # so the government inside the complement of "Ensure" is no doer
    events = coded(base_nlp, "Ensure Ukraine’s democratic government continues functioning; support food, energy, "
                   "and health care services for the Ukrainian people; and assist the Ukrainian government in "
                   "responding to operational challenges.")
    assert all("government" not in (e.source_text or "") for e in events), explain(events)


def test_a_bare_conjunct_skips_a_third_person_verb_to_its_coordinate(base_nlp):
    # whitehouse (readout, examples/): "hold" is hung on "takes" inside "as long as it takes"; it is
    # coordinated with "support", so the United States holds Russia accountable, as it will support
    events = coded(base_nlp, "President Biden reiterated that the United States will continue to support Ukraine’s "
                   "defense against Russian aggression for as long as it takes and hold Russia accountable for "
                   "human rights abuses and war crimes.", "DISAPPROVE")
    assert [(e.source_text, e.target_text, e.status) for e in events] == [("United States", "Russia", "planned")], \
        explain(events)


def test_a_sentence_opening_acronym_read_as_a_modifier_is_the_subject(base_nlp):
    # whitehouse (Haiti fact sheet, examples/): "USAID" tagged JJ, advmod of "helped"
    events = coded(base_nlp, "USAID has helped Haiti to adopt innovative drug distribution and dispensing methods.",
                   "AID")
    assert [(e.source_text, e.target_text) for e in events] == [("USAID", "Haiti")], explain(events)


def test_a_sentence_opening_adverbial_is_no_subject(base_nlp):
    # contrast: "Today" is a date, no named actor: the headline-style verb keeps no source
    events = coded(base_nlp, "Today announced new sanctions against Russian banks.")
    assert all(e.source_text != "Today" for e in events), explain(events)


def test_items_of_an_obligation_lead_in_are_never_asserted(nlp):
    # "must:" obliges each item as "must" on its own verb does: demanded, not done (events 0.8.51)
    text = "Russia must:\nWithdraw its troops from Ukraine.\n"
    events = [e for e in linked(nlp, text) if e.trigger_start > text.index(":")]
    retreat = [e for e in events if e.type == "RETREAT"]
    assert retreat and retreat[0].source_text == "Russia", explain(events)
    assert all(e.status == "hypothetical" for e in retreat), explain(events)


def test_items_of_a_will_lead_in_stay_planned(nlp):
    text = "Russia will:\nWithdraw its troops from Ukraine.\n"
    events = [e for e in linked(nlp, text) if e.trigger_start > text.index(":")]
    assert events and all(e.status == "planned" for e in events), explain(events)


# A noun-phrase list item under a lead-in ending in a colon completes the lead-in's clause and
# takes its modal (events 0.8.129: subjects._noun_item_header, frames._nominal_status)
_FUNDING_LEAD_IN = "The White House asked Congress for $12 billion in new funding on Tuesday. "


def _deployments(nlp, text):
    events = [e for e in linked(nlp, text) if e.type == "MOBILIZE"]
    assert events, explain(events)
    return events


def test_a_noun_item_under_a_future_lead_in_is_planned(nlp):
    text = (_FUNDING_LEAD_IN + "These additional funds will be used to provide our European allies with:\n\n"
            "New air defense systems and artillery for the Baltic states.\n\n"
            "A stronger allied defense through support for U.S. troop deployments on Polish territory, "
            "including airlift and medical support.\n")
    assert all(e.status == "planned" for e in _deployments(nlp, text)), explain(_deployments(nlp, text))


def test_a_noun_item_under_a_past_lead_in_stays_asserted(nlp):
    # contrast: the lead-in tells what was done; its items are done too
    text = ("The White House reported on spending on Tuesday. Last year the funds were used to provide our "
            "European allies with:\n\n"
            "New air defense systems and artillery for the Baltic states.\n\n"
            "A stronger allied defense through support for U.S. troop deployments on Polish territory, "
            "including airlift and medical support.\n")
    assert all(e.status == "asserted" for e in _deployments(nlp, text)), explain(_deployments(nlp, text))


def test_a_full_sentence_after_a_future_lead_in_keeps_its_own_tense(nlp):
    # contrast: a line with its own finite verb is no item of the lead-in
    text = (_FUNDING_LEAD_IN + "These additional funds will be used to provide our European allies with:\n\n"
            "New air defense systems and artillery for the Baltic states.\n\n"
            "The Pentagon deployed U.S. troops to Poland last week.\n")
    # (the teller's own troops sent to a state are AID military to it since events 0.8.207, no MOBILIZE)
    events = [e for e in linked(nlp, text) if e.trigger.startswith("deployed")]
    assert events and all(e.status == "asserted" for e in events), explain(events)
