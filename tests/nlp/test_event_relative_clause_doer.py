"""The understood subject of an act inside a relative clause (events 0.7.140):
a relative clause on the predicate nominal of "be" acts for the copula's subject ("X is a Russian
national who provided ...", events/subjects.py _copula_subject); a purpose infinitive the parser hangs on the
main verb, whose object names the main subject again, belongs to the subject relative clause
between them (events/subjects.py _relative_purpose_doer). Sentences written for the test; contrasts marked."""

from __future__ import annotations

from tests.nlp.linked_events import coded as _events, explain as _explain


def test_relative_clause_on_a_predicate_nominal_acts_for_the_copula_subject(base_nlp):
    events = _events(base_nlp, "Ivan Petrovich Sidorov is a Russian businessman who provided funding to the "
                     "Wagner Group through companies he controlled.", "AID")
    assert [e.source_text for e in events] == ["Ivan Petrovich Sidorov"], _explain(events)


def test_relative_clause_in_an_existential_keeps_its_antecedent(base_nlp):
    # contrast: "there" is no describable subject; the antecedent noun stays the doer
    events = _events(base_nlp, "There is a militia that attacked the village last night.", "ASSAULT")
    assert all(e.source_text != "There" for e in events), _explain(events)


def test_purpose_infinitive_renaming_the_main_subject_belongs_to_the_relative_clause(base_nlp):
    # (a relative clause of a meeting: had they marched, the denunciation would be the protest's
    # topic, no event of its own: test_event_types9). The main clause is no measure: "holds in
    # prison" is custody since events 0.8.153, and a relative clause on a measure's unnamed
    # recipients states its grounds, no event (conditions._uncodable_ground), as with "detains"
    events = _events(base_nlp, "The regime still lists in its files hundreds of students who met in the "
                     "capital last spring, on May 3, to denounce the regime's failure to hold elections.",
                     "DISAPPROVE")
    assert events and all(e.source_text != "regime" for e in events), _explain(events)
    assert any("students" in e.source_text for e in events), _explain(events)


def test_purpose_infinitive_of_the_main_subject_stays_its_own(base_nlp):
    # contrast: the object does not rename the main subject, so the main subject acts
    events = _events(base_nlp, "The regime arrested hundreds of activists who marched in the capital, "
                     "to deter further protests.", "COERCE")
    assert [e.source_text for e in events] == ["regime"], _explain(events)


def test_relative_clause_on_an_appositive_acts_for_the_named_anchor(base_nlp):
    # events 0.7.201 (events/subjects.py _appositive_anchor): the appositive "associate" is the person named
    # before it, so "who helped" is the person's act, not that of the modifiers "Houthi" / "IRGC-QF"
    events = _events(base_nlp, "Treasury sanctioned Jamil Hassan Nasser, a Houthi and IRGC-QF associate who "
                     "helped the network procure vessels.", "AID")
    assert events, _explain(events)
    assert all("Nasser" in e.source_text for e in events), _explain(events)
