"""Words the NER takes into a name are cut off: a gerund opening a clause is no given name
(nlp/entities.py ``_opens_with_gerund``), nor a lowercase noun (``_lowercase_lead_cut``): the NER
tags "Inviting Taiwan" as a PERSON, and coref then reads every later "Taiwan" as that person's
surname. Sentences from the State Department release on Taiwan at the World Health Assembly and
a Global Voices post on Gabon (examples/)."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.entities import find_mentions
from newsgraph.nlp.pipeline import extract

STATE = "United States Department of State"
WHA = ("We strongly advocate for the WHO to invite Taiwan to participate as an observer.\nInviting Taiwan to "
       "attend the WHA as an observer would exemplify the WHO’s commitment to an inclusive approach. We will "
       "continue to support Taiwan’s membership in international organizations where statehood is not a "
       "requirement.")


def test_a_gerund_before_a_state_leaves_the_state(base_nlp):
    mentions = find_mentions(base_nlp(WHA))
    assert not [m for m in mentions if "Taiwan" in m.text and m.type != "country"]
    assert [m.text for m in mentions if m.type == "country"].count("Taiwan") == 3


def test_the_state_after_a_gerund_stays_the_state_in_events(nlp):
    x = extract(WHA, dt.date(2022, 5, 6), nlp=nlp, outlet=STATE)
    support = next(e for e in x.events if e.type == "SUPPORT")
    assert (support.target_key, support.target_acts_for) == ("country:TWN", "TWN")


def test_names_ending_in_ing_stay_names(base_nlp):
    mentions = find_mentions(base_nlp("Police detained Ding Jiaxi in Beijing, and Irving Kristol wrote about it."))
    people = {m.text for m in mentions if m.type == "person"}
    assert {"Ding Jiaxi", "Irving Kristol"} <= people


def test_a_lowercase_noun_before_a_name_is_no_part_of_it(base_nlp):
    # Wikinews photo caption (examples/wikinews-gum): the NER takes "magician" into the name
    mentions = find_mentions(base_nlp("File photo of magician David Gish performing in Sydney."))
    assert "David Gish" in {m.text for m in mentions if m.type == "person"}
    assert not [m for m in mentions if m.text.startswith("magician")]
