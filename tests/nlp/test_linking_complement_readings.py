"""One act read twice in one sentence is one event (task dupsame; PLOVER codes one event per
source, action and target): the verb inside a commitment noun's complement ("commitment to
support Ukraine's victory") is the commitment's content, not a second act; the commitment
phrase keeps the codebook's reading ("reaffirmed commitment to support X": a promise of backing,
AGREE/support since 0.7.850; gold lists SUPPORT or AGREE).
Acts on coordinated verbs stay apart. Fixture sentences are from the demo corpus (examples/,
State Department and White House releases)."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract
from tests.nlp.linked_events import linked, show

STATE = "United States Department of State"

# demo corpus, State Department readout "Secretary Blinken's Meeting with Ukrainian First Lady
# Olena Zelenska" (July 2022)
ZELENSKA = ("Secretary of State Antony J. Blinken met today with Ukraine’s First Lady, Olena Zelenska, in "
            "Washington, D.C. The Secretary emphasized the United States’ comprehensive and enduring "
            "commitment to support Ukraine’s victory in Russia’s unjust and unprovoked war.")


def test_the_verb_of_a_commitments_complement_is_no_second_act(nlp):
    events = extract(ZELENSKA, dt.date(2022, 7, 19), nlp=nlp, outlet=STATE).events
    start = ZELENSKA.index("The Secretary emphasized")
    acts = [e for e in events if e.sentence_start >= start and e.target_key == "country:UKR"]
    assert [(e.type, e.trigger, e.source_key) for e in acts] == \
        [("AGREE", "emphasized commitment", "person:antony-j-blinken")], show(events)
    assert "same act read again inside" in acts[0].explanation


def test_acts_on_coordinated_verbs_stay_two_events(nlp):
    # demo corpus, White House remarks on the administration's China policy (May 2022)
    events = linked(nlp, "We’ll continue to expand our cooperation with Taiwan on our many shared interests and "
                         "values, support Taiwan’s meaningful participation in the international community, "
                         "deepen our economic ties, consistent with our “one China” policy.")
    on_taiwan = sorted(e.type for e in events if e.target_key == "country:TWN")
    assert on_taiwan == ["AGREE", "SUPPORT"], show(events)
