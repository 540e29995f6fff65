"""PLOVER evaluator: metric keys and ranges on a few gold records, predictions file, bad input."""

from __future__ import annotations

import json

import pytest

from newsgraph.errors import EvalInputError
from newsgraph.eval.plover import actors_match, choose_event, evaluate, evaluate_synthetic

KEYS = {"event_type_accuracy", "macro_f1", "source_f1", "target_f1", "n"}


@pytest.mark.bench
def test_evaluate_on_a_few_gold_records(bench_dir, tmp_path):
    gold = bench_dir / "plover" / "plover-gsr-dev.json"
    result = evaluate(gold, predictions_dir=tmp_path, limit=12)
    assert set(result) == KEYS
    assert result["n"] == 12
    for key in KEYS - {"n"}:
        assert 0.0 <= result[key] <= 1.0
    written = json.loads((tmp_path / gold.name).read_text(encoding="utf-8"))
    assert len(written) == 12
    gold_ids = [r["id"] for r in json.loads(gold.read_text(encoding="utf-8")) if r["event"] != "DOCUMENT"]
    assert [r["id"] for r in written] == gold_ids[:12]
    for record in written:
        assert {"event", "source", "target", "text", "explanation"} <= set(record)
        assert isinstance(record["source"], (list, str)) and isinstance(record["target"], (list, str))


def test_actor_matching_by_code_and_by_text():
    assert actors_match({"actorText": "Britain", "code": "GBR"}, {"actorText": "Great Britain", "code": "GBR"})
    assert actors_match({"actorText": "Israeli soldiers", "code": None},
                        {"actorText": "Israeli soldiers", "code": "ISR"})
    assert actors_match({"actorText": "the Security Council", "code": None},
                        {"actorText": "U.N. Security Council", "code": "IGO"})
    assert not actors_match({"actorText": "Jordan", "code": "JOR"}, {"actorText": "Iraq", "code": "IRQ"})


def test_choose_event_prefers_confidence_then_earlier_trigger():
    from newsgraph.nlp.types import Event

    low = Event(type="AID", sentence_start=0, sentence_end=10, trigger="a", trigger_start=0, trigger_end=1,
                confidence=0.4)
    high = Event(type="CONSULT", sentence_start=0, sentence_end=10, trigger="b", trigger_start=5,
                 trigger_end=6, confidence=0.7)
    tied = Event(type="SANCTION", sentence_start=0, sentence_end=10, trigger="c", trigger_start=8,
                 trigger_end=9, confidence=0.7)
    assert choose_event([low, high, tied]) is high
    assert choose_event([]) is None


def test_bad_input_raises_eval_input_error(tmp_path):
    bad = tmp_path / "plover.json"
    bad.write_text('{"not": "a list"}', encoding="utf-8")
    with pytest.raises(EvalInputError):
        evaluate(bad)
    missing = tmp_path / "missing.json"
    with pytest.raises(EvalInputError):
        evaluate(missing)


def test_synthetic_offset_picks_a_disjoint_slice(tmp_path):
    # row 0 is labelled with what it says, row 1 with a wrong type: the two slices must differ
    path = tmp_path / "stories.csv"
    path.write_text(
        "text,label\n"
        "\"Police arrested two opposition leaders in the capital on Monday.\",COERCE\n"
        "\"Rebels attacked an army base near the border on Sunday.\",PROTEST\n",
        encoding="utf-8")
    first = evaluate_synthetic(path, stride=2, offset=0)
    second = evaluate_synthetic(path, stride=2, offset=1)
    assert set(first) == {"event_type_accuracy", "lead_event_type_accuracy", "n"}
    assert first["event_type_accuracy"] == 1.0 and first["lead_event_type_accuracy"] == 1.0 and first["n"] == 1
    assert second["event_type_accuracy"] == 0.0 and second["lead_event_type_accuracy"] == 0.0


# One sentence, two gold records (the PLOVER gold codes both the resignation and the indictment).
MONTENEGRO = ("Montenegro's prime minister will resign after he was indicted by the U.N. war crimes court "
              "for atrocities during the fighting.")


def _event(type_, trigger, start, confidence, source=None, target=None):
    from newsgraph.nlp.types import Event

    return Event(type=type_, sentence_start=0, sentence_end=len(MONTENEGRO), trigger=trigger, trigger_start=start,
                 trigger_end=start + len(trigger), confidence=confidence,
                 source_text=source, source_start=0 if source else None, source_end=len(source) if source else None,
                 target_text=target, target_start=0 if target else None, target_end=len(target) if target else None)


def _gold_record(id_, event, source, target):
    return {"id": id_, "event": event, "text": MONTENEGRO,
            "source": [{"actorText": source, "code": None}] if source else "",
            "target": [{"actorText": target, "code": None}] if target else ""}


def _run_with_events(monkeypatch, tmp_path, records, events):
    from newsgraph.eval import plover

    class FakeNlp:
        def pipe(self, texts):
            return list(texts)

    monkeypatch.setattr(plover, "_load_events_nlp", lambda: (FakeNlp(), True))
    monkeypatch.setattr(plover, "_events_of", lambda doc, full: events)
    monkeypatch.setattr(plover, "actor_code", lambda doc, start, end: None)
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    return evaluate(path)


def test_several_gold_records_in_one_sentence_can_all_be_matched(monkeypatch, tmp_path):
    records = [_gold_record("r1", "RETREAT", "Montenegro's prime minister", None),
               _gold_record("r2", "DISAPPROVE", "U.N. war crimes court", "Montenegro's prime minister")]
    events = [_event("RETREAT", "resign", 38, 0.8, source="Montenegro's prime minister"),
              _event("DISAPPROVE", "indicted", 60, 0.7, source="U.N. war crimes court",
                     target="Montenegro's prime minister")]
    result = _run_with_events(monkeypatch, tmp_path, records, events)
    assert result["event_type_accuracy"] == 1.0
    assert result["source_f1"] == 1.0 and result["target_f1"] == 1.0


def test_actors_score_only_when_the_type_is_right(monkeypatch, tmp_path):
    records = [_gold_record("r1", "RETREAT", "Montenegro's prime minister", None)]
    # right actor, wrong type: the actor counts as predicted, the gold actor as missed
    events = [_event("CONSULT", "resign", 38, 0.8, source="Montenegro's prime minister")]
    result = _run_with_events(monkeypatch, tmp_path, records, events)
    assert result["event_type_accuracy"] == 0.0
    assert result["source_f1"] == 0.0


def test_choose_events_groups_conjoined_actors_and_ranks_by_confidence():
    from newsgraph.eval.plover import choose_events, pair_with_gold

    a1 = _event("SUPPORT", "welcomed", 10, 0.6, source="Chile")
    a2 = _event("SUPPORT", "welcomed", 10, 0.7, source="Norway")  # same trigger and type: one coded event
    b = _event("DEMAND", "urged", 40, 0.65)
    c = _event("CONSULT", "met", 60, 0.2)
    assert choose_events([a1, a2, b, c], 2) == [a2, b]
    assert choose_events([a1, a2, b, c], 1) == [a2]
    # pairing: same type first, then a leftover record takes the next chosen event
    assert pair_with_gold([a2, b], ["DEMAND", "ASSAULT"]) == [b, a2]
    assert pair_with_gold([a2], ["DEMAND", "SUPPORT"]) == [None, a2]


def test_choose_event_weighs_confidence_by_the_classifiers_type_probability():
    from newsgraph.nlp.types import Event

    likely = Event(type="PROTEST", sentence_start=0, sentence_end=10, trigger="a", trigger_start=0,
                   trigger_end=1, confidence=0.6, type_probability=0.7)
    unlikely = Event(type="CONSULT", sentence_start=0, sentence_end=10, trigger="b", trigger_start=5,
                     trigger_end=6, confidence=0.7, type_probability=0.1)
    assert choose_event([unlikely, likely]) is likely


def test_an_act_between_conjoined_subjects_has_every_party_as_plover_actor(base_nlp):
    # PLOVER_MANUAL "Compound and Reciprocal Actors": all parties are the actor, no recipient;
    # the project stores "A and B agreed" first party -> second (events/, target rule
    # "conjoined subjects (...)"); any other target stays a recipient
    from newsgraph.eval.plover import _predicted_actors
    from newsgraph.nlp.types import Event

    text = "India and the United States agreed to include drug demand reduction topics."
    doc = base_nlp(text)
    agreed = Event(type="AGREE", sentence_start=0, sentence_end=len(text), trigger="agreed",
                   trigger_start=28, trigger_end=34, confidence=0.7,
                   source_text="India", source_start=0, source_end=5,
                   target_text="United States", target_start=14, target_end=27,
                   explanation="trigger 'agreed' -> AGREE; source=nsubj, target=conjoined subjects "
                               "('agree' is between who agree); status=asserted")
    sources, targets = _predicted_actors(doc, [agreed], agreed)
    assert [s["actorText"] for s in sources] == ["India", "United States"] and targets == []
    agreed.explanation = "trigger 'agreed' -> AGREE; source=nsubj, target=pobj 'with'; status=asserted"
    sources, targets = _predicted_actors(doc, [agreed], agreed)
    assert [s["actorText"] for s in sources] == ["India"] and [t["actorText"] for t in targets] == ["United States"]


def test_a_hosted_visit_is_compared_host_first_as_the_gold_records_code_it(nlp, base_nlp):
    # the pipeline stores "X hosted Y" visitor -> host (PLOVER_MANUAL CONSULT: the visitor is the
    # actor); the PLOVER 0.5b1 gold records code it host -> visitor with mode "host", so the
    # evaluator turns it back (HOSTED_VISIT_TARGET, read from the stored event's explanation)
    import datetime as dt

    from newsgraph.eval.plover import _predicted_actors
    from newsgraph.nlp.pipeline import extract

    text = "President Joe Biden hosted Ukrainian President Volodymyr Zelenskyy at the White House on Thursday."
    x = extract(text, dt.date(2023, 9, 21), nlp=nlp)
    visits = [e for e in x.events if e.type == "CONSULT" and e.mode == "visit"]
    assert visits and "Zelenskyy" in visits[0].source_text and "Biden" in visits[0].target_text, x.events
    sources, targets = _predicted_actors(base_nlp(text), visits, visits[0])
    assert ["Biden" in s["actorText"] for s in sources] == [True], sources
    assert ["Zelenskyy" in t["actorText"] for t in targets] == [True], targets


def test_a_placed_actor_without_words_is_scored_by_the_state_stored_for_it(base_nlp):
    # the linker names an actor it places from context (a protest's regime, the publishing state)
    # with no span; the PLOVER export codes it by its country, so the evaluator compares that
    # state (acts_for), while an actor with a span keeps the country its words name
    from newsgraph.eval.plover import _predicted_actors
    from newsgraph.nlp.types import Event

    text = "Young Chileans blocked roads to press their demands for greater freedom."
    doc = base_nlp(text)
    blocked = Event(type="PROTEST", sentence_start=0, sentence_end=len(text), trigger="blocked roads",
                    trigger_start=15, trigger_end=28, confidence=0.9,
                    source_text="Chileans", source_start=6, source_end=14, source_acts_for="CHL",
                    target_text="Chile", target_start=None, target_end=None, target_acts_for="CHL",
                    explanation="trigger 'blocked roads' -> PROTEST; source=nsubj, target=none")
    sources, targets = _predicted_actors(doc, [blocked], blocked)
    assert targets == [{"actorText": "Chile", "code": "CHL"}], targets
    assert sources == [{"actorText": "Chileans", "code": "CHL"}], sources
    blocked.source_acts_for = "PER"  # a span's own words win over the stored state
    assert _predicted_actors(doc, [blocked], blocked)[0] == [{"actorText": "Chileans", "code": "CHL"}]


def test_several_placed_actors_of_one_trigger_are_each_scored(base_nlp):
    # each signatory of a joint statement is placed with no span: one actor each, not one for all
    from newsgraph.eval.plover import _predicted_actors
    from newsgraph.nlp.types import Event

    text = "We call on Russia to withdraw its forces."
    doc = base_nlp(text)
    copies = [Event(type="DEMAND", sentence_start=0, sentence_end=len(text), trigger="call", trigger_start=3,
                    trigger_end=7, confidence=0.9, source_text=name, source_start=None, source_end=None,
                    source_acts_for=code, target_text="Russia", target_start=11, target_end=17,
                    explanation="trigger 'call' -> DEMAND; source=nsubj, target=pobj 'on'")
              for name, code in (("Chile", "CHL"), ("Peru", "PER"))]
    sources, targets = _predicted_actors(doc, copies, copies[0])
    assert sources == [{"actorText": "Chile", "code": "CHL"}, {"actorText": "Peru", "code": "PER"}], sources
    assert [t["actorText"] for t in targets] == ["Russia"], targets
