"""Sources an article names only by a title (task source36): a counted title noun with no meeting
told before it ("The two presidents agreed ...") is the two holders of that title named last
(events._titled_pair, events 0.7.350), and a bare title placed in no state ("The Assistant
Secretary will also meet ...") is the one person the article introduced by that title, with that
person's state (linking._key_stateless_title, linking 0.3.170). Sentences constructed, demo-like."""

from __future__ import annotations

from tests.nlp.linked_events import linked, show


def test_the_two_presidents_are_the_two_presidents_named_last(nlp):
    text = ("Critics compared the speech of President Lula to that of the late president John Kennedy in 1963. "
            "For them, both of the two presidents were calling for an end to the blockade of Cuba.")
    # (an appeal for peace alone names nobody asked: check abstract-cause, events 0.8.202)
    events = [e for e in linked(nlp, text, outlet="Global Voices") if e.trigger.startswith("calling")]
    assert {e.source_text for e in events} == {"Lula", "John Kennedy"}, show(events)
    assert all("two holders of its title" in (e.explanation or "") for e in events), show(events)


def test_the_two_presidents_take_up_the_release_s_own_president(nlp):
    # (the release names its President only later: "the President" is the White House's one holder)
    text = ("The President was very direct with President Putin of Russia about the troops today. "
            "The call was professional. "
            "The two presidents agreed that their teams will stay engaged. "
            "President Biden will speak with European leaders tomorrow.")
    events = [e for e in linked(nlp, text, outlet="The White House") if e.trigger.startswith("agreed")]
    assert events, "the agreement is an event"
    keys = {k for e in events for k in (e.source_key, e.target_key)}
    assert {"person:putin", "person:biden"} <= keys and all(e.source_text != "two presidents" for e in events), show(events)


def test_three_holders_named_last_leave_the_pair_open(nlp):
    # contrast: the latest sentence names three presidents; "the two" picks none of them
    text = ("President Lula, President Boric and President Petro met in Brasilia on Monday. "
            "The two presidents agreed to meet again in June.")
    events = [e for e in linked(nlp, text, outlet="Global Voices") if e.trigger.startswith("agreed")]
    assert not any("two holders of its title" in (e.explanation or "") for e in events), show(events)


def test_a_stateless_bare_title_is_the_person_it_introduced(nlp):
    text = ("Assistant Secretary of State for Educational and Cultural Affairs (ECA) Lee Satterfield will travel "
            "to Brazil from July 7-12, 2022. The Assistant Secretary will also meet the U.S. and Brazilian "
            "participants of the exchange program.")
    events = [e for e in linked(nlp, text) if e.source_text == "Assistant Secretary"]
    assert events, show(linked(nlp, text))
    assert all(e.source_key == "person:lee-satterfield" and e.source_acts_for == "USA" for e in events), show(events)


def test_a_bare_title_two_people_carry_stays_unkeyed(nlp):
    # contrast: two people introduced as Assistant Secretary; the bare title names neither
    text = ("Assistant Secretary Lee Satterfield and Assistant Secretary Brian Nichols will travel to Brazil in July. "
            "The Assistant Secretary will also meet the U.S. and Brazilian participants of the exchange program.")
    events = [e for e in linked(nlp, text) if e.source_text == "Assistant Secretary"]
    assert events, show(linked(nlp, text))
    assert all(e.source_key is None for e in events), show(events)


def test_a_bare_title_joined_by_and_to_another_titled_name_stays_unkeyed(nlp):
    # contrast (review 36b): "The Secretary and Kenyan President William Ruto": Ruto is the
    # President, not the Secretary; the bare "Secretary" names no one the article introduced
    text = ("The Secretary will travel to Kenya on May 3. "
            "The Secretary and Kenyan President William Ruto will discuss trade.")
    events = linked(nlp, text)
    assert all(e.source_key != "person:william-ruto" for e in events if e.source_text == "Secretary"), show(events)
    assert not any("introduces by that title: William Ruto" in (e.explanation or "") for e in events), show(events)


def test_a_bare_ambassador_is_not_the_foreign_minister_beside_it(nlp):
    text = ("The Ambassador and Foreign Minister Ararat Mirzoyan discussed the peace talks on Monday. "
            "The Ambassador also met civil society leaders.")
    events = linked(nlp, text, outlet="Reuters")
    assert events, "the meetings are events"
    assert not any(e.source_text == "Ambassador" and e.source_key == "person:ararat-mirzoyan" for e in events), \
        show(events)


def test_a_plural_word_before_the_head_makes_no_plural_title():
    # (review 36b) "Press", "Affairs" end in s, the heads do not: one holder; a plural head or a
    # plural first word of a postpositive title is several
    from newsgraph.nlp.linking import _plural_title

    assert not _plural_title("Press Secretary") and not _plural_title("Foreign Affairs Minister")
    assert not _plural_title("Surgeon General")
    assert _plural_title("Foreign Ministers") and _plural_title("Attorneys General")
