"""A description of a state's government that acts for one state is keyed as that state (task
srcsame, s16; linking 0.3.34-srcsame: linking._key_government_descriptions), as "the Cuban regime"
and an agentless act's "authorities" are. Fixture sentences are from the demo corpus (examples/),
contrasts marked."""

from __future__ import annotations

from newsgraph.nlp.linking import _government_description
from tests.nlp.linked_events import linked, show


def test_the_military_regime_is_keyed_as_its_state(nlp):
    # statedept, United States and Allies Impose Additional Sanctions on the Burmese Military Regime (trimmed)
    text = ("The United States is imposing sanctions on five Burmese individuals in response to Burma’s brutal "
            "crackdown. Since the February 2021 military coup in Burma, the military regime has only intensified "
            "its violent crackdown and killed more than 1,700 people, including women, children, and aid workers.")
    events = [e for e in linked(nlp, text) if e.source_text == "military regime"]
    assert events, show(events)
    assert all(e.source_key == "country:MMR" and e.source_acts_for == "MMR" for e in events), \
        [(e.trigger, e.source_key, e.source_acts_for) for e in events]


def test_only_a_singular_unowned_government_noun_is_a_description():
    assert _government_description("the Administration")
    assert _government_description("military regime")
    assert _government_description("government")
    # contrasts: an owned, plural or other head, a name
    assert not _government_description("My Administration")
    assert not _government_description("governments")
    assert not _government_description("Regime security forces")
    assert not _government_description("Biden-Harris Administration")
