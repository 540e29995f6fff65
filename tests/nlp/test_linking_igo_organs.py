"""Organs of an intergovernmental body named by their parent (nlp/linking/, resolve/actors.py
``intergovernmental_organ``): IGO actors of no state, not unplaced ones."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.nlp.pipeline import extract
from newsgraph.resolve.actors import intergovernmental_organ, named_actor

STATE = "United States Department of State"


@pytest.mark.parametrize("name", ["OAS Permanent Council", "United Nations Commission on Narcotic Drugs",
                                  "European Union’s External Action Service", "UN Security Council"])
def test_an_organ_named_by_its_igo_parent_is_an_igo_of_no_state(name):
    code = intergovernmental_organ(name)
    assert code is not None and (code.acts_for, code.sector) == (None, "IGO")


@pytest.mark.parametrize("name", ["UN Watch", "European Union Chamber of Commerce", "U.S. Department of State"])
def test_a_body_that_is_not_an_organ_of_an_igo_is_left_alone(name):
    assert intergovernmental_organ(name) is None


def test_the_oas_permanent_council_in_a_release_is_an_igo_actor(nlp):
    x = extract("The United States strongly supports the OAS Permanent Council’s call for President Ortega to take "
                "urgent action to restore full respect for human rights and to create the conditions for free and "
                "fair elections.", dt.date(2021, 6, 17), nlp=nlp, outlet=STATE)
    sides = [(e.source_text, e.source_acts_for, e.source_sector) for e in x.events] + \
            [(e.target_text, e.target_acts_for, e.target_sector) for e in x.events]
    council = [side for side in sides if side[0] and "Permanent Council" in side[0]]
    assert council and all(side[1:] == (None, "IGO") for side in council)


@pytest.mark.parametrize("name", ["OSCE", "OECD"])
def test_the_initialism_of_an_igo_phoenix_lists_by_full_name_is_that_igo(name):
    # Phoenix lists ORGANIZATION_FOR_SECURITY_AND_CO-OPERATION_IN_EUROPE_ [IGO], not "OSCE"
    code = named_actor(name)
    assert code is not None and (code.acts_for, code.sector) == (None, "IGO")


def test_an_organ_after_its_igo_parents_possessive_is_not_the_publishers(nlp):
    # ODIHR was tagged a US government actor: the NER leaves "OSCE’s" out of the organ's name
    x = extract("The United States regrets that restrictions imposed by Russian authorities will prevent the OSCE’s "
                "Office for Democratic Institutions and Human Rights (ODIHR) and the OSCE Parliamentary Assembly "
                "from independently observing the Duma elections in September.", dt.date(2021, 8, 4), nlp=nlp,
                outlet=STATE)
    targets = {e.target_text: (e.target_acts_for, e.target_sector) for e in x.events}
    assert targets["OSCE’s Office for Democratic Institutions and Human Rights"] == (None, "IGO")
    assert targets["OSCE Parliamentary Assembly"] == (None, "IGO")


def test_the_oecd_council_is_an_igo_actor(nlp):
    x = extract("The Deputy Secretary congratulated the Foreign Minister on Peru’s designation as the host of APEC "
                "2024 and welcomed the OECD council’s approval to open accession discussions for Peru.",
                dt.date(2022, 7, 20), nlp=nlp, outlet=STATE)
    council = [e for e in x.events if e.target_text == "OECD council"]
    assert council and all((e.target_acts_for, e.target_sector) == (None, "IGO") for e in council)
