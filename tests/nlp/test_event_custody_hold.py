"""The custody sense of "hold" (events 0.8.153, stop 45): CAMEO.2.0's HOLD has no code of its
own; its patterns "HOLD * &DETENTION" [173] (PLOVER COERCE arrest) and "HOLD * &HOSTAGE" [181]
(PLOVER ASSAULT abduct) read it by context. A person held plus a complement of custody is a
detention; held talks, meetings, elections, posts and views stay what they were."""

from __future__ import annotations

from newsgraph.nlp.events import find_events
from tests.nlp.linked_events import show as _show


def _events(base_nlp, text, kind):
    return [e for e in find_events(base_nlp(text)) if e.type == kind]


def test_people_held_in_a_country_are_held_by_that_state(base_nlp):
    # an agentless passive of custody whose "in" names a country: that state holds them, as for
    # "detained in Russia" (status._custodian_state)
    events = _events(base_nlp, "Three Canadians were held in Iran last spring.", "COERCE")
    assert [(e.source_text, e.target_text) for e in events] == [("Iran", "Canadians")], _show(events)


def test_a_relative_clause_of_people_held_in_a_country(base_nlp):
    text = "Diplomats keep visiting Maria Lopez and Peter Novak, who are being held in Belarus."
    events = _events(base_nlp, text, "COERCE")
    assert {(e.source_text, e.target_text) for e in events} == {
        ("Belarus", "Maria Lopez"), ("Belarus", "Peter Novak")}, _show(events)


def test_an_active_hold_in_detention_is_custody(base_nlp):
    text = "The junta continues to hold in detention more than 300 students who marched in April."
    events = _events(base_nlp, text, "COERCE")
    assert [(e.source_text, e.target_text, e.mode) for e in events] == [
        ("junta", "more than 300 students", "arrest")], _show(events)


def test_held_without_charge_in_custody_or_incommunicado(base_nlp):
    for text, target in (("The police are holding two reporters without charge.", "two reporters"),
                         ("The lawyer was held in custody for a month.", "lawyer"),
                         ("The dissident has been held incommunicado since June.", "dissident")):
        events = _events(base_nlp, text, "COERCE")
        assert [e.target_text for e in events] == [target], (text, _show(events))


def test_held_hostage_is_the_dictionarys_abduction(base_nlp):
    # CAMEO.2.0 HOLD * &HOSTAGE [181] "abduct, hijack, or take hostage": the passive as the active
    events = _events(base_nlp, "The engineer was held hostage by the rebels for a year.", "ASSAULT")
    assert [(e.source_text, e.target_text, e.mode) for e in events] == [
        ("rebels", "engineer", "abduct")], _show(events)


def test_hold_without_a_person_or_a_custody_complement_is_no_custody(base_nlp):
    for text in ("The conference, which was held in Belarus, drew many delegates.",
                 "The summit was held in Iran.",
                 "The two ministers held talks in Minsk.",
                 "Belarus held a meeting in Minsk with Chinese officials.",
                 "Iran held elections in June.",
                 "She held a post in the ministry.",
                 "The unions held the view that the law was unjust.",
                 "The minister held a press conference in Iran.",
                 "The fund holds its assets in custody at a Swiss bank.",
                 "Two reporters were held up in traffic in Iran."):
        found = [e for e in find_events(base_nlp(text)) if e.type in ("COERCE", "ASSAULT")]
        assert not found, (text, _show(found))


def test_held_responsible_stays_an_accusation(base_nlp):
    for text, pair in (("The court held the government responsible for the deaths.", ("court", "government")),
                       ("Ottawa holds Tehran accountable for the attack.", ("Ottawa", "Tehran"))):
        events = find_events(base_nlp(text))
        assert [(e.type, e.source_text, e.target_text) for e in events] == [("DISAPPROVE", *pair)], \
            (text, _show(events))


# The captives of a hostage-taking are its target (events 0.8.154): CAMEO 181 / PLOVER ASSAULT
# abduct has the one held as recipient. A plural or determined captive noun names the people held;
# only the bare singular role complement ("held him hostage") is no party.

def _abductions(base_nlp, text):
    return [(e.source_text, e.target_text) for e in find_events(base_nlp(text))
            if e.type == "ASSAULT" and e.mode == "abduct"]


def test_captives_held_by_a_group_are_its_target(base_nlp):
    # the participle's noun is the one held, whether "prisoners" or "hostages"
    for noun in ("hostages", "captives", "prisoners"):
        text = f"Officials demanded the return of the {noun} held by the militia in the mountains."
        assert _abductions(base_nlp, text) == [("militia", noun)], (text, _abductions(base_nlp, text))


def test_counted_hostages_held_are_the_target_not_the_place(base_nlp):
    # (the parser may hang "in Darfur" on the noun, widening the phrase; its head is the captives)
    for text, target in (("The militia is holding 25 hostages in Darfur.", "25 hostages"),
                         ("The militia is holding hostages in Darfur.", "hostages")):
        found = _abductions(base_nlp, text)
        assert len(found) == 1 and found[0][0] == "militia" and found[0][1].startswith(target), (text, found)


def test_people_taken_hostage_in_a_small_clause_are_the_target(base_nlp):
    # "took [three aid workers] [hostage]": the people the role is said of, not the place
    text = "Gunmen took three aid workers hostage in Kabul."
    assert _abductions(base_nlp, text) == [("Gunmen", "three aid workers")], _abductions(base_nlp, text)


def test_the_bare_role_noun_is_no_party(base_nlp):
    # contrasts: the role complement leaves the object as the one held, and other verbs of
    # abduction keep their object
    for text, pair in (("The rebels held him hostage in the capital.", ("rebels", "him")),
                       ("Gunmen kidnapped three aid workers in Kabul.", ("Gunmen", "three aid workers")),
                       ("Gunmen abducted two nurses in Kabul.", ("Gunmen", "two nurses"))):
        assert _abductions(base_nlp, text) == [pair], (text, _abductions(base_nlp, text))


def test_people_taken_hostage_or_prisoner_are_abducted(base_nlp):
    # CAMEO.2.0 "TAKE * &HOSTAGE" [181] (events 0.8.155): the captive noun said of the people
    # taken, after the object, before it, or with the passive subject
    for text, pair in (("Gunmen took 200 people hostage in Kabul.", ("Gunmen", "200 people")),
                       ("Gunmen took hostage three aid workers in Kabul.", ("Gunmen", "three aid workers")),
                       ("The journalist was taken prisoner by the rebels.", ("rebels", "journalist"))):
        assert _abductions(base_nlp, text) == [pair], (text, _abductions(base_nlp, text))


def test_take_without_a_captive_noun_is_no_abduction(base_nlp):
    for text in ("The rebels took the city in March.",
                 "Both ministers took part in the talks in Doha.",
                 "The guards took the prisoners to court in Kabul.",
                 "The police took three reporters in custody."):
        assert not _abductions(base_nlp, text), (text, _abductions(base_nlp, text))
