"""A restated stance toward an unnamed collective is policy talk, no event (task `types`, check
linked-actors): "We reaffirm our commitment to protect the most vulnerable countries and people"
names no actor PLOVER SUPPORT could be toward. A named body or a state keeps the event.
Sentences from the demo corpus (examples/)."""

from __future__ import annotations

from tests.nlp.linked_events import linked as _linked, show as _show


def _stances(nlp, text: str):
    return [e for e in _linked(nlp, text) if e.type in ("SUPPORT", "AGREE") and e.trigger.lower().endswith(
        ("commitment", "commitments", "support"))]


def test_a_commitment_to_protect_the_most_vulnerable_countries_is_policy_talk(nlp):
    text = ("We reaffirm our commitment to protect the most vulnerable countries and people suffering from Russia’s "
            "war against Ukraine and its global repercussions.")
    assert not _stances(nlp, text), _show(_stances(nlp, text))


def test_a_commitment_to_work_with_the_international_community_is_policy_talk(nlp):
    text = ("He underscored the Vice President’s commitment to work with the international community to restore "
            "democratic norms in Venezuela.")
    assert not _stances(nlp, text), _show(_stances(nlp, text))


def test_a_commitment_to_a_named_state_stays_an_event(nlp):
    # near miss: a state is an actor
    text = "The Secretary emphasized the United States’ enduring commitment to Ukraine."
    found = _stances(nlp, text)
    assert [e.target_key for e in found] == ["country:UKR"], _show(found)


def test_a_commitment_to_talks_of_a_named_body_stays_an_event(nlp):
    # near miss: "the Unitary Platform" is a named party, kept though the linker keys it to nothing
    text = ("Secretary Blinken reaffirmed the U.S. commitment to the talks between the Maduro regime and the "
            "Unitary Platform as the best path for a return to democracy.")
    assert any(e.target_text == "Unitary Platform" for e in _stances(nlp, text)), _show(_stances(nlp, text))


def test_support_for_these_countries_is_left_to_the_linker(nlp):
    # near miss: a demonstrative names countries told before, no generic class
    text = ("We confirm the need for increased international assistance and will continue to support these "
            "countries, including by receiving more refugees.")
    assert any(e.target_text == "countries" for e in _stances(nlp, text)), _show(_linked(nlp, text))
