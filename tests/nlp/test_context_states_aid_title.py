"""An aid act that names no recipient in a release titled as aid to one state takes that state as
its target (task generic, s18; nlp/context_states.aid_title_recipient): PLOVER AID needs a
recipient, and the title names it. Fixture sentences and titles are from the demo corpus
(examples/statedept) unless marked as a contrast."""

from __future__ import annotations

from tests.nlp.linked_events import show

# an aid sentence that names no recipient of its own (since events 0.8.162 people in flight in a
# purpose clause, "to support internally displaced persons", are the recipients, so the sentence
# keeps none here for the title to fill)
PROVIDING = ("The United States is providing over $186 million in additional humanitarian assistance, "
             "bringing the total announced this year to over $293 million.")


def _aid(nlp, text, title):
    events = [e for e in _linked(nlp, text, title) if e.type == "AID"]
    assert events, show(_linked(nlp, text, title))
    return events


def _linked(nlp, text, title):
    import datetime as dt

    from newsgraph.nlp.pipeline import make_doc

    doc = nlp(make_doc(nlp, text, dt.date(2022, 3, 16), outlet="U.S. Department of State", title=title))
    return doc._.ng_events or []


def test_aid_with_no_recipient_goes_to_the_state_its_title_names(nlp):
    # statedept, "Additional Humanitarian Assistance for the People of Ukraine" (judged s17: AID, no target)
    events = _aid(nlp, PROVIDING, "Additional Humanitarian Assistance for the People of Ukraine")
    assert all(e.target_key == "country:UKR" and e.target_acts_for == "UKR" for e in events), show(events)


def test_a_title_naming_two_states_gives_no_recipient(nlp):
    # contrast (statedept, Venezuelan refugees in Chile): the title names two states, neither is sure
    events = _aid(nlp, PROVIDING, "United States Announces Additional Humanitarian Assistance for the Venezuelan "
                                  "Refugees and Migrants in Chile")
    assert all(e.target_acts_for not in ("VEN", "CHL") for e in events), show(events)


def test_a_title_that_is_no_aid_title_gives_no_recipient(nlp):
    # contrast: a trip title names a state, but not as the aid's recipient
    events = _aid(nlp, PROVIDING, "Secretary Blinken\u2019s Travel to Poland")
    assert all(e.target_acts_for != "POL" for e in events), show(events)


def test_standing_aid_named_by_a_noun_gets_no_recipient_from_the_title(nlp):
    # contrast (statedept, "$100 Million in Additional U.S. Military Assistance for Ukraine"): the
    # trigger is the aid noun of a standing policy, not an act of giving (since events 0.7.270 the
    # sentence names no recipient, so the aid fails the codebook's recipient check: no AID at all)
    text = ("U.S. and international military assistance continues to complement direct U.S. financial support, "
            "support for documenting evidence of atrocities, and measures to continue ratcheting up the pressure.")
    events = [e for e in _linked(nlp, text, "$100 Million in Additional U.S. Military Assistance for Ukraine")
              if e.type == "AID" and e.trigger.startswith("assistance")]
    assert events == [], show(events)
