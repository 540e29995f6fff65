"""A company's name written with its legal form ("Co. Ltd.", "LLC", "JSC", "Limited") is an
organisation and an actor whatever label the NER gave it (entities 0.4.21: the demo's "designating Golden
Warrior Shipping, Co. Ltd." was tagged WORK_OF_ART and left the sanction without a target;
"SC South LLC" NORP, "East Ocean Rashin Shipping Co. Ltd." LOC). The NER's mislabel is set on
the span here, as the model made it in those articles, so the tests do not hang on the model's
mood for one sentence."""

from __future__ import annotations

from spacy.tokens import Span

from newsgraph.nlp.entities import _type_for, company_named
from newsgraph.nlp.events import find_events


def _span(doc, words):
    text = doc.text
    start = text.index(words)
    return doc.char_span(start, start + len(words))


def test_a_mislabelled_company_name_is_an_organisation(base_nlp):
    doc = base_nlp.make_doc("Treasury is sanctioning Silver Harbor Maritime, Co. Ltd., and Volga Freight LLC today.")
    for name in ("Silver Harbor Maritime, Co. Ltd.", "Volga Freight LLC"):
        span = _span(doc, name)
        for label in ("WORK_OF_ART", "NORP", "LOC", "LAW"):
            assert _type_for(span, label) == ("organization", "name"), (name, label)


def test_a_title_case_word_that_spells_a_form_is_no_company_mark(base_nlp):
    # "Pao" is PAO (a Russian joint stock company) only in capitals: a Hong Kong paper's name
    # keeps the NER's reading
    doc = base_nlp.make_doc("Readers of Sing Pao and Ming Pao protested outside the station.")
    span = _span(doc, "Sing Pao")
    assert not company_named(span)
    assert _type_for(span, "WORK_OF_ART") == ("misc", "name")
    doc = base_nlp.make_doc("The fund bought shares in Severgroup Limited and Tarasov JSC last year.")
    assert company_named(_span(doc, "Severgroup Limited")) and company_named(_span(doc, "Tarasov JSC"))


def test_a_company_the_ner_took_for_a_work_is_the_target(base_nlp):
    doc = base_nlp("The Department is also designating Silver Harbor Maritime, Co. Ltd., which has shipped "
                   "Iranian oil to buyers in East Asia.")
    name = _span(doc, "Silver Harbor Maritime, Co. Ltd.")
    doc.ents = [e for e in doc.ents if e.end <= name.start or e.start >= name.end] + [
        Span(doc, name.start, name.end, label="WORK_OF_ART")]
    doc.ents = sorted(doc.ents, key=lambda e: e.start)
    events = [e for e in find_events(doc) if e.type == "SANCTION"]
    assert events and (events[0].target_text or "").startswith("Silver Harbor Maritime"), [
        (e.type, e.trigger, e.target_text) for e in events]
