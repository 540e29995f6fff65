"""Actors resolved to the thing next to them (task placein, s20).

1. "in <place>" after a person's name is where the act happened, not who the person is ("met with
   Minister of Defence Oleksii Reznikov in Warsaw": the target is the minister, not Warsaw), also
   where the NER missed the name and only the title before it tells a person.
2. People sent as a class (experts, teams, officials, advisers ...) are what a verb of sending moves
   (CAMEO SEND + teams / observers / &MILITARY; PLOVER AID "assistance including ... personnel"):
   the body they come from ("experts from the TSA") is the sender's side, never the recipient; the
   recipient is "to" X or the partner of the purpose ("to work with their Haitian counterparts").
Sentences are newswire-style, written for the task; contrasts keep what must stay."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import explain as _explain, linked as _events


def _by_trigger(nlp, text, trigger):
    events = [e for e in _events(nlp, text) if trigger in e.trigger.lower()]
    assert events, _explain(_events(nlp, text))
    return events


@pytest.mark.parametrize("text", [
    "Secretary Blinken met with Ukrainian Minister of Defence Oleksii Reznikov in Warsaw.",
    "Secretary Blinken met with Foreign Minister Dmytro Kuleba and Ukrainian Minister of Defence "
    "Oleksii Reznikov in Warsaw, Poland, on Saturday.",
])
def test_a_place_after_a_titled_name_is_the_venue(nlp, text):
    events = _by_trigger(nlp, text, "met")
    assert all(e.type == "CONSULT" for e in events), _explain(events)
    assert not any((e.target_key or "").startswith("place:") or "Warsaw" in (e.target_text or "")
                   for e in events), _explain(events)
    assert any("Reznikov" in (e.target_text or "") for e in events), _explain(events)


def test_the_partner_met_in_a_place_stays(nlp):
    # the venue before the partner: the officials are met, Poland's
    events = _by_trigger(nlp, "Secretary Blinken met in Warsaw with Polish officials.", "met")
    assert [e.target_key for e in events] == ["country:POL"], _explain(events)


@pytest.mark.parametrize("text", [
    "DHS is sending experts from the Transportation Security Administration (TSA) and the "
    "Cybersecurity and Infrastructure Security Agency (CISA) to work with their Haitian counterparts.",
    "The State Department is sending officials from USAID to work with Haitian authorities.",
])
def test_personnel_sent_come_from_the_senders_side(nlp, text):
    events = _by_trigger(nlp, text, "sending")
    assert all(e.type == "AID" for e in events), _explain(events)
    assert [e.target_key for e in events] == ["country:HTI"], _explain(events)


@pytest.mark.parametrize("text, trigger, target", [
    ("DHS is sending experts from TSA and CISA to Haiti.", "sending", "country:HTI"),
    ("The Pentagon is deploying advisers from the Army to Kyiv.", "deploying", "country:UKR"),
    # forces sent keep the destination
    ("The United States sent troops to Poland.", "sent", "country:POL"),
])
def test_the_recipient_of_personnel_sent_is_to_x(nlp, text, trigger, target):
    events = _by_trigger(nlp, text, trigger)
    assert [e.target_key for e in events] == [target], _explain(events)


def test_a_team_sent_is_the_senders_own(nlp):
    # CAMEO 036 "send + team": the team and the officials in it are the sender's, no target
    text = "The State Department is sending a team of officials from USAID to work with Haitian authorities."
    events = _by_trigger(nlp, text, "sending")
    assert not any("officials" in (e.target_text or "") or e.target_key == "org:usaid" for e in events), \
        _explain(events)
