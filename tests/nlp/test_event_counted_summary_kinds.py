"""A counted summary is told again only by named parties of its kind (linking 0.3.845,
events.fold_counted_summaries with actor_heads.counted_member_types): a count of people ("four
regime officials") by named persons, a count of bodies ("six entities") by named organisations,
a count of craft by named vessels or aircraft; a noun of no one kind ("suppliers": a firm or a
person; "parties") by any named party, as before.

The sentences are written for these tests in the style of government releases."""

from __future__ import annotations

from newsgraph.nlp.actor_heads import counted_member_types
from tests.nlp.linked_events import explain, linked

OFFICIALS = "The United States is designating four regime officials who ran the detention centers."
CENTRES = "The United States is designating three detention centers run by the regime and four regime officials."
MILITIA = " The United States is also designating Liwa al-Fajr, an armed group that has abducted civilians in the north."
PEOPLE = (" The Department of State is designating Karim Haddad, the director of the central prison."
          " The Department is also designating Hassan Darwish, the deputy director of the prison.")
ENTITIES = "The United States is designating six entities that facilitate illicit transactions in Iranian oil."
COMPANIES = (" The Department of State is designating Horizon Tanker Management PTE LTD, a company that managed"
             " one tanker. The Department is also designating Blue Harbor Shipping Co. Ltd., which has engaged in"
             " transactions related to Iranian oil.")
PAYMASTER = " The Department of State is also designating Karim Haddad, who managed the payments of the network."


def _sanctions(nlp, text):
    return [e for e in linked(nlp, text) if e.type == "SANCTION"]


def test_a_count_of_people_is_not_folded_into_an_organisations_designation(nlp):
    for summary in (OFFICIALS, CENTRES):
        events = _sanctions(nlp, summary + MILITIA)
        assert "four regime officials" in [e.target_text for e in events], explain(events)
        (militia,) = [e for e in events if e.target_key == "org:liwa-al-fajr"]
        assert militia.evidence_spans == [(len(summary) + 1, len(summary + MILITIA))], explain(events)


def test_a_count_of_people_is_still_folded_into_named_people(nlp):
    events = _sanctions(nlp, OFFICIALS + PEOPLE)
    assert "four regime officials" not in [e.target_text for e in events], explain(events)
    named = [e for e in events if (e.target_key or "").startswith("person:")]
    assert len(named) == 2, explain(events)
    assert all((0, len(OFFICIALS)) in e.evidence_spans for e in named), explain(events)


def test_a_count_of_entities_is_still_folded_into_named_companies(nlp):
    events = _sanctions(nlp, ENTITIES + COMPANIES)
    assert "six entities" not in [e.target_text for e in events], explain(events)
    assert len(events) == 2 and all((0, len(ENTITIES)) in e.evidence_spans for e in events), explain(events)


def test_a_count_of_entities_is_not_folded_into_a_named_person(nlp):
    events = _sanctions(nlp, ENTITIES + PAYMASTER)
    assert "six entities" in [e.target_text for e in events], explain(events)
    (person,) = [e for e in events if e.target_key == "person:karim-haddad"]
    assert len(person.evidence_spans) == 1, explain(events)


def test_a_count_of_no_one_kind_is_folded_into_any_named_party(nlp):
    summary = "The Treasury is designating four suppliers that sold parts for drones."
    text = summary + (" The Treasury is also designating Karim Haddad, who managed the payments of the program."
                      " The Treasury is also designating Blue Harbor Trading Co. Ltd., which shipped the parts.")
    events = _sanctions(nlp, text)
    assert "four suppliers" not in [e.target_text for e in events], explain(events)
    assert {e.target_key.split(":")[0] for e in events if (0, len(summary)) in e.evidence_spans} == {"person", "org"}, \
        explain(events)


def test_the_kinds_a_counted_phrase_names(base_nlp):
    doc = base_nlp("They designated five regime officials, six entities and 26 individuals and seven entities"
                   " and three vessels and 25 targets.")
    def types(start, end):
        return counted_member_types(doc[start:end])
    assert types(2, 5) == {"person", "group"}  # five regime officials
    assert types(6, 8) == {"organization"}  # six entities
    assert types(9, 14) == {"person", "group", "organization"}  # 26 individuals and seven entities
    assert types(15, 17) == {"organization", "equipment"}  # three vessels
    assert types(18, 20) is None  # 25 targets
