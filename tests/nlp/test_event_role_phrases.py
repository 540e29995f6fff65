"""Recipients taken from a phrase that is not the counterpart (events/targets.py ``_targets``): the giver
in an act noun's "from", the victim of a deed criticised or demanded about, the captives of a
demanded release with no holder named, and a means the act uses."""

from __future__ import annotations

from tests.nlp.linked_events import coded, linked, show


def _only(events, event_type):
    found = [e for e in events if e.type == event_type]
    assert found, show(events)
    return found[0]


def test_from_names_the_giver_and_for_the_recipient(nlp):
    events = coded(nlp, "The minister praised the generous assistance for Jordan from Japan and Korea.")
    aid = [e for e in events if e.type in ("SUPPORT", "AID", "AGREE")]
    assert aid, show(events)
    assert all(e.target_text != "Japan" for e in aid), show(aid)


def test_support_from_allies_is_theirs(nlp):
    events = coded(nlp, "The Secretary emphasized the strong support for Moldova from Allies and partners.")
    support = _only(events, "SUPPORT")
    assert support.target_text == "Moldova", show(events)
    assert support.source_text == "Allies", show(events)


def test_violence_against_protesters_is_no_recipient_of_the_condemnation(nlp):
    events = coded(nlp, "The European Union condemns the use of force against peaceful demonstrators.")
    condemned = _only(events, "DISAPPROVE")
    assert condemned.target_text is None, show(events)


def test_strikes_on_a_city_name_the_victim_not_the_accused(nlp):
    events = coded(nlp, "The United Kingdom condemns the rocket attacks on Kharkiv.")
    condemned = _only(events, "DISAPPROVE")
    assert condemned.target_text != "Kharkiv", show(events)


def test_the_doer_of_the_condemned_deed_stays_the_target(nlp):
    events = coded(nlp, "Canada condemns the attacks on civilians by Russian forces.")
    condemned = _only(events, "DISAPPROVE")
    assert condemned.target_text is not None and "Russian" in condemned.target_text, show(events)


def test_released_captives_are_not_asked(nlp):
    events = linked(nlp, "We call again for the immediate release of all political prisoners.")
    demand = _only(events, "DEMAND")
    assert demand.target_text is None, show(events)


def test_the_holder_of_the_captives_is_asked(nlp):
    events = coded(nlp, "We call for the release of the journalists held by the Taliban.")
    demand = _only(events, "DEMAND")
    assert demand.target_text == "Taliban", show(events)


def test_a_means_used_is_no_recipient(nlp):
    events = coded(nlp, "The Pentagon announced a new assistance package using the Ukraine Security Assistance "
                        "Initiative for Ukraine.")
    agreed = [e for e in events if e.target_text is not None]
    assert all("Initiative" not in e.target_text for e in agreed), show(events)


def test_a_nationality_before_the_deed_names_its_doer(nlp):
    events = coded(nlp, "Poland condemns the Russian drone attacks on Ukrainian hospitals.")
    condemned = _only(events, "DISAPPROVE")
    assert condemned.target_text == "Russian", show(events)


def test_the_beneficiary_of_a_package_using_an_authority_is_the_recipient(nlp):
    events = coded(nlp, "The Administration announced a new assistance package using the Foreign Military "
                        "Financing Authority for Georgia.")
    agreed = [e for e in events if e.target_text is not None]
    assert agreed and all(e.target_text == "Georgia" for e in agreed), show(events)
