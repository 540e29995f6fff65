"""The recipient is the party acted on, not a beneficiary, a co-supporter, a class or a count of
things (events 0.7.141): the subject of "must be able to" is who is to be let act, not who is
asked; "no / any / every" makes a class; "stand with X backing Y" supports Y; "tariffs on
groups of Russian products" are on Russia. Sentences are written for the test."""

from __future__ import annotations

from tests.nlp.linked_events import linked, show


def _by_trigger(nlp, text, trigger):
    events = [e for e in linked(nlp, text) if e.trigger.startswith(trigger)]
    assert events, show(linked(nlp, text))
    return events


def test_the_subject_of_must_be_able_to_is_no_addressee(nlp):
    text = "We insist that the inspectors must be able to visit every detention site in the region."
    events = _by_trigger(nlp, text, "insist")
    assert all(e.type == "DEMAND" and not e.target_text for e in events), show(events)


def test_a_negative_class_subject_is_no_addressee(nlp):
    for text in ("Canada believes that no nation that systematically abuses the rights of journalists should play a "
                 "role in any international body charged with protecting press freedom.",
                 "The minister believes that any country that violates the treaty should face consequences."):
        events = _by_trigger(nlp, text, "believes")
        assert all(e.type == "DEMAND" and not e.target_text for e in events), show(events)


def test_a_named_complement_subject_stays_the_addressee(nlp):
    # contrast: an obligation put on a named state
    text = "We reiterate that Russia must withdraw its forces from Ukraine."
    events = _by_trigger(nlp, text, "reiterate")
    assert any(e.target_key == "country:RUS" for e in events), show(events)


def test_standing_with_backers_supports_whom_they_back(nlp):
    text = "Canada will continue to stand with the coalition of states backing the people of Moldova."
    events = [e for e in linked(nlp, text) if e.trigger.startswith(("continue stand", "stand"))]
    assert events and all("Moldova" in (e.target_text or "") or e.target_acts_for == "MDA" for e in events), \
        show(linked(nlp, text))


def test_a_count_of_goods_is_on_their_state(nlp):
    text = "The Commerce Department raised tariffs on over 300 groups of Belarusian products last week."
    events = _by_trigger(nlp, text, "raised tariffs")
    assert all(e.target_acts_for == "BLR" or e.target_key == "country:BLR" for e in events), show(events)


def test_a_count_of_people_stays_the_target(nlp):
    # contrast: dozens of people are the ones acted on
    text = "Police arrested dozens of opposition activists in Minsk."
    events = _by_trigger(nlp, text, "arrested")
    assert any("activists" in (e.target_text or "") or "dozens" in (e.target_text or "") for e in events), show(events)


def test_a_ban_on_imports_hits_the_goods_origin(nlp):
    for text in ("The Lithuanian government banned the import of Belarusian potash last month.",
                 "Ottawa will ban imports of Belarusian potash and timber."):
        events = [e for e in linked(nlp, text) if "ban" in e.trigger]
        assert events and all(e.target_acts_for == "BLR" for e in events), show(linked(nlp, text))


def test_a_ban_on_exports_is_not_on_the_goods_origin(nlp):
    # contrast: an export ban hits where the goods go, not the maker
    text = "Washington banned exports of American chips to Belarus."
    events = [e for e in linked(nlp, text) if "banned" in e.trigger]
    assert events and all(e.target_acts_for != "USA" for e in events), show(events)
