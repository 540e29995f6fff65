"""A generic head noun the sentence or the sentences before tie to one state takes that state
(task generic, s21; linking 0.3.59): "the regime" after the state's military is named as
its ruler (descriptions ``ruling_forces``), never the publishing state; "these forces" after the
forces a state amassed or its demonym named (linking._forces_antecedent); a delegation by its
"from"/"of" complement or its leader (linking._delegation_complement)."""

from __future__ import annotations

from tests.nlp.linked_events import linked, show


def _by_trigger(events, start):
    found = [e for e in events if e.trigger.startswith(start)]
    assert found, show(events)
    return found


# ---------------------------------------------------------------- "the regime"

def test_the_regime_is_the_state_whose_military_was_named_before(nlp):
    text = ("The Burmese military has killed more than 1,600 people since the coup. The United States is imposing "
            "sanctions in response to the regime's brutal crackdown against the people of Burma.")
    crackdown = _by_trigger(linked(nlp, text), "crackdown")
    # the regime against its own people: the people's state is another party than its government
    assert all(e.source_acts_for == "MMR" and e.target_acts_for == "MMR" for e in crackdown), show(crackdown)


def test_the_publishing_state_is_never_the_regime(nlp):
    text = "The U.S. government announced new sanctions on Monday. The regime has arrested 32 opponents."
    arrests = _by_trigger(linked(nlp, text), "arrested")
    assert all(e.source_acts_for != "USA" for e in arrests), show(arrests)


# ---------------------------------------------------------------- "these forces"

def test_these_forces_are_the_state_that_amassed_them(nlp):
    text = ("Over the past months, Russia has amassed more than 150,000 troops around Ukraine's borders. Russia "
            "says it is drawing down those forces. We assess that these forces are preparing to launch an attack "
            "against Ukraine.")
    threats = _by_trigger(linked(nlp, text), "preparing")
    assert all(e.source_acts_for == "RUS" and e.source_sector == "MIL" for e in threats), show(threats)


def test_those_troops_take_the_demonym_of_the_troops_before(nlp):
    text = "Ukrainian troops retook the village on Sunday. These troops then attacked Russian positions near Izium."
    attacks = _by_trigger(linked(nlp, text), "attacked")
    assert all(e.source_acts_for == "UKR" for e in attacks), show(attacks)


def test_forces_with_no_owner_before_stay_unplaced(nlp):
    # contrast: the earlier troops are nobody's in the text, so no state is guessed
    text = "Troops were seen near the border on Sunday. These troops then attacked the village of Izium."
    attacks = [e for e in linked(nlp, text) if e.trigger.startswith("attacked")]
    assert all(e.source_acts_for is None for e in attacks), show(attacks)


# ---------------------------------------------------------------- delegations

def test_a_delegation_from_a_state_acts_for_it(nlp):
    text = ("The President of Colombia received yesterday in Bogota a delegation of senior officials from the "
            "United States led by Secretary of State Antony Blinken and Secretary of Homeland Security Alejandro "
            "Mayorkas.")
    received = _by_trigger(linked(nlp, text), "received")
    # a hosted visit is coded visitor -> host (PLOVER CONSULT): the delegation is the source
    assert all(e.source_acts_for == "USA" and e.target_acts_for == "COL" for e in received), show(received)


def test_a_delegation_acts_for_its_leaders_state(nlp):
    text = "The Prime Minister received a delegation led by Russian Defense Minister Sergei Shoigu."
    received = _by_trigger(linked(nlp, text), "received")
    assert all(e.source_acts_for == "RUS" for e in received), show(received)


def test_a_delegation_of_authority_is_no_state(nlp):
    from newsgraph.nlp.linking import _delegation_complement

    doc = nlp("Pursuant to the delegation of authority from the President, I am authorizing a drawdown.")
    start = doc.text.index("delegation")
    assert _delegation_complement(doc, None, "delegation", start, start + len("delegation")) is None
