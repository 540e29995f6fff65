"""events._verb_sense's lemma gate (events 0.7.126): a lemma no branch can give a sense returns None at
once; the gate's lemma set holds every verb the lexicons can trigger on and the gated function
answers as the ungated one does."""
from __future__ import annotations

from newsgraph.nlp import cameo
from newsgraph.nlp import events as ev

TEXT = (
    "Dockworkers in the port city were on strike for a third week on Monday. "
    "The foreign minister is in Geneva and will have talks with his counterpart. "
    "The government imposed sanctions on three banks and froze their assets. "
    "Officials said the new rules were important and called for an inquiry into the attack. "
    "Rebels stood with the protesters, who were angry about the cuts. "
    "The embassy called in the ambassador to protest the arrests. "
    "The army pulled out of the town after the ceasefire was signed."
)


def test_gate_set_holds_every_verb_the_lexicons_trigger_on():
    lex = ev.load_lexicon()
    words = ev.detection_lexicon()
    gate = ev._sense_lemmas(lex)
    expected = set(lex.verbs) | lex.light_verbs | lex.appointment_verbs | lex.aid_cut_verbs \
        | lex.hosting_verbs | lex.acquisition_verbs | lex.labelling_verbs | lex.envoy_contact_verbs
    expected |= {key.replace("_", " ").split()[0] for key in lex.halting_verbs | set(lex.particles)
                 | lex.dismissal_verbs | set(cameo.load().patterns) | set(cameo.load().defaults)}
    for name in ("sharing_verbs", "blocking_verbs", "violation_verbs", "founding_verbs", "aid_approval_verbs",
                 "recognition_verbs", "accountability_verbs", "invitation_verbs", "dispatch_verbs",
                 "support_giving_verbs", "support_offering_verbs", "support_promising_verbs", "refuge_verbs",
                 "joint_document_verbs", "phone_verbs", "material_effort_verbs", "restatement_verbs", "reaffirmation_verbs"):
        expected |= words[name]
    expected |= {p.split()[0] for p in words["cancelling_verbs"] | words["withholding_verbs"]}
    assert not expected - gate
    assert {"impose", "freeze", "support", "call"} <= gate
    assert not {"be", "have", "will"} & gate
    assert ev._sense_lemmas(lex) is gate  # memoised per lexicon


def test_gated_sense_equals_ungated(base_nlp):
    lex = ev.load_lexicon()
    doc = base_nlp(TEXT)
    gated = 0
    for token in doc:
        if token.pos_ not in ("VERB", "ADJ", "AUX"):
            continue
        lemma = ev.verb_lemma(token, lex)
        if lemma not in ev._sense_lemmas(lex) and not ev._prep_idiom_shape(token, lemma, lex):
            gated += 1
        assert repr(ev._verb_sense(token, lex)) == repr(ev._lemma_sense(token, lemma, lex)), token.text
    assert gated  # "is in Geneva", "will", "were angry" never reach the branches


def test_on_strike_passes_the_gate(base_nlp):
    lex = ev.load_lexicon()
    doc = base_nlp("Dockworkers in the port city were on strike for a third week.")
    be = next(t for t in doc if t.lemma_ == "be")
    sense = ev._verb_sense(be, lex)
    assert sense is not None and sense[0] == "PROTEST" and sense[1] == "strike"
