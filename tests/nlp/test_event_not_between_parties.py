"""Sentences that name two parties but tell no act between them (events 0.7.640): a thing that
"underscores" a commitment is the writer's evidence, the owner of a thing coordinated is no partner,
"X and other organs" are one side, and "the agency of a people" is the people's capacity to act.
Sentences are invented (of the demo corpus' kind) or marked contrasts."""

from __future__ import annotations

from tests.nlp.linked_events import coded as _events, explain as _explain


def _with(events, word):
    return [e for e in events if word in e.trigger]


def test_a_thing_that_underscores_a_commitment_voices_nothing(base_nlp):
    events = _events(base_nlp, "Japan's decision underscores its commitment to the sovereignty of Ukraine.")
    assert not _with(events, "underscore"), _explain(events)
    events = _events(base_nlp, "Hosting these talks demonstrates our support for Moldova.")
    assert not _with(events, "demonstrate"), _explain(events)


def test_a_speaker_that_underscores_a_commitment_supports(base_nlp):
    # contrast: a person or a body voices the stance
    events = _events(base_nlp, "The Administration underscores its commitment to Ukraine.")
    assert [(e.type, e.target_text) for e in _with(events, "underscore")] == [("SUPPORT", "Ukraine")], _explain(events)


def test_the_owner_of_a_thing_coordinated_is_no_partner(base_nlp):
    events = _events(base_nlp, "The French contribution will be coordinated by the Ministry of Defence and "
                     "other relevant government departments.")
    assert all(e.target_text is None for e in _with(events, "coordinat")), _explain(events)


def test_a_partner_coordinated_with_stays(base_nlp):
    # contrast: "with" names the party worked with
    events = _events(base_nlp, "The sanctions were coordinated with Canada.")
    assert [e.target_text for e in _with(events, "coordinat")] == ["Canada"], _explain(events)


def test_the_agency_of_a_people_targets_the_people(base_nlp):
    events = _events(base_nlp, "The United States supports the agency of the Venezuelan people as they "
                     "seek peaceful change.")
    supported = _with(events, "support")
    assert [e.target_text for e in supported] == ["Venezuelan people"], _explain(events)
