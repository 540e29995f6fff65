"""A resolve or readiness voiced now through an adjectival predicate (Stop 48, events 0.8.180): "be
resolved / determined / committed / ready / prepared / willing to V" with a present or past copula
and no modal, condition or negation is a commitment made when told, as "pledged to" is: the promise
(AGREE), threat (THREATEN) or stance (SUPPORT: "resolved to stand with X") is asserted; what is
resolved on stays to come. A future, modal, conditional or negated copula, or one inside a
purpose's complement, a relative clause or a clause of hope, keeps its reading. Sentences are my
own, in the style of the demo releases (examples/)."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import linked, show


def _rows(events, trigger_start):
    return [(e.type, e.status, e.source_text, e.target_text) for e in events if e.trigger.startswith(trigger_start)]


def test_a_resolve_to_stand_with_a_party_is_support_voiced_now(nlp):
    found = linked(nlp, "The Secretary stressed that the United States and its partners are united and resolved to "
                        "stand with Moldova.")
    assert _rows(found, "resolved") == [("SUPPORT", "asserted", "United States", "Moldova")], show(found)


def test_readiness_to_stand_with_a_party_is_support_voiced_now(nlp):
    found = linked(nlp, "We stand ready to support Moldova.")
    assert _rows(found, "ready") == [("SUPPORT", "asserted", "We", "Moldova")], show(found)


@pytest.mark.parametrize("text, start, source, target", [
    ("We are resolved to continue to provide humanitarian support to the people of Sudan.", "resolved", "We",
     "people of Sudan"),
    ("We remain ready to talk directly with the junta about the transition.", "ready", "We", "junta"),
    ("The United States remains prepared to engage in diplomacy with Iran.", "prepared", "United States", "Iran"),
    ("The United States is willing to provide aid to Tonga.", "willing", "United States", "Tonga"),
    ("Our ministers were determined to meet with the Moldovan delegation.", "determined", "Our ministers", None),
])
def test_a_resolve_to_a_cooperative_act_is_a_promise_made_when_told(nlp, text, start, source, target):
    rows = _rows(linked(nlp, text), start)
    assert rows and all(r[0] == "AGREE" and r[1] == "asserted" and r[2] == source for r in rows), rows
    assert target is None or any(r[3] == target for r in rows), rows


@pytest.mark.parametrize("text", [
    "The Norwegian minister made clear that Norway is ready to talk with the junta.",
    # a clause of contrast is told as fact, as the clause it qualifies is
    "The Norwegian prime minister was clear with the premier that while Norway remains prepared to engage in diplomacy with "
    "the junta, it is equally prepared for other scenarios.",
])
def test_a_readiness_stated_plainly_or_in_a_clause_of_contrast_is_voiced_now(nlp, text):
    rows = _rows(linked(nlp, text), "ready" if "ready" in text else "prepared")
    assert rows and all(r[0] == "AGREE" and r[1] == "asserted" and r[2] == "Norway" for r in rows), rows


def test_readiness_to_impose_a_measure_is_a_threat_made_when_told(nlp):
    found = linked(nlp, "The United States is prepared to impose sanctions on the junta.")
    assert _rows(found, "prepared") == [("THREATEN", "asserted", "United States", "junta")], show(found)


@pytest.mark.parametrize("text, start, source", [
    # (review of events 0.8.190) the release's own offices and officials are its own side: its
    # secretary (a title the release gives its own office holders), its department, "the Administration"
    ("Secretary Blinken remains ready to meet Foreign Minister Lavrov.", "ready", "Blinken"),
    ("The Administration remains prepared to negotiate with Iran.", "prepared", "Administration"),
    ("The State Department stands ready to assist Ukraine.", "ready", "State Department"),
    # a pronoun coref ties to the speaker, or a singular one said by one person
    ("Secretary Blinken told Foreign Minister Lavrov that he is ready to meet Foreign Minister Kuleba.", "ready",
     "Blinken"),
    ("The Norwegian minister said that he is ready to talk with the junta.", "ready", "Norwegian minister"),
])
def test_the_resolve_of_the_releases_own_officials_or_the_speaker_is_voiced_now(nlp, text, start, source):
    rows = _rows(linked(nlp, text), start)
    assert rows and all(r[0] == "AGREE" and r[1] == "asserted" and r[2] == source for r in rows), rows


# ---------------------------------------------------------------- contrasts that keep their reading

@pytest.mark.parametrize("text, start", [
    # (events 0.8.190) a third party's readiness the release describes is no promise that party made
    ("Norway remains ready to talk directly with the junta about the transition.", "ready"),
    ("Canada is prepared to impose sanctions on the junta.", "prepared"),
    # a speaker not known to be of the subject's side does not voice its resolve
    ("The minister made clear that Norway is ready to talk with the junta.", "ready"),
    # another state's official in the release is a third party
    ("Foreign Minister Lavrov remains ready to meet Secretary Blinken.", "ready"),
    # a plural pronoun coref ties to no speaker may be any party told before
    ("Secretary Blinken told Foreign Minister Lavrov that they are ready to meet Foreign Minister Kuleba.", "ready"),
    ("The Norwegian minister said that they are ready to talk with the junta.", "ready"),
    # forces' readiness is a material state, the deployment to come, whoever tells it
    ("The troops are ready to deploy to the border with Moldova.", "ready"),
    ("Our forces are ready to deploy to the border with Moldova.", "ready"),
])
def test_a_readiness_not_voiced_by_its_own_side_or_of_forces_stays_to_come(nlp, text, start):
    rows = _rows(linked(nlp, text), start)
    assert rows and all(r[1] == "planned" for r in rows), rows


@pytest.mark.parametrize("text, start, status", [
    # a future copula: readiness to come, the act with it
    ("Germany will be ready to deploy troops to Lithuania.", "ready", "planned"),
    # a condition on the copula: only if it holds
    ("We are ready to talk with the junta if it frees the prisoners.", "ready", "hypothetical"),
    # a modal copula: open
    ("Washington would be willing to talk with Tehran.", "willing", "hypothetical"),
    # a hope that another is ready voices no resolve of that other
    ("We hope that Russia is ready to talk with Ukraine.", "ready", "planned"),
    # readiness that is the aim of talks is not held yet
    ("Talks continue to ensure that we are prepared to impose sanctions on the junta.", "prepared", "planned"),
    # a relative clause describes its antecedent, no resolve voiced
    ("Norway, which is ready to talk with the junta, sent an envoy.", "ready", "planned"),
])
def test_a_resolve_to_come_open_or_hoped_for_keeps_its_status(nlp, text, start, status):
    rows = _rows(linked(nlp, text), start)
    assert rows and all(r[1] == status for r in rows), rows


def test_a_negated_readiness_is_no_promise_made(nlp):
    rows = _rows(linked(nlp, "We are not prepared to accept the annexation of Crimea."), "prepared")
    assert rows and all(r[0] != "AGREE" and r[1] != "asserted" for r in rows), rows


def test_a_continued_measure_stays_a_threat_made_and_a_vow_to_account_stays_to_come(nlp):
    # coding_rules: "will continue to impose sanctions" is stored asserted; a new vow to hold X
    # accountable, in a stance frame too, is THREATEN planned (events 0.7.470)
    found = linked(nlp, "The EU will continue to impose sanctions on Russia.")
    assert _rows(found, "continue") == [("THREATEN", "asserted", "EU", "Russia")], show(found)
    found = linked(nlp, "The foreign ministers said they are resolved to hold the junta accountable for the "
                        "killings.")
    assert [(r[0], r[1]) for r in _rows(found, "resolved")] == [("THREATEN", "planned")], show(found)


# ---------------------------------------------------------------- "united in" + gerund (events 0.8.181)

@pytest.mark.parametrize("text", [
    "The allies are united in supporting Moldova.",
    "The allies are united in standing with Moldova.",
])
def test_the_subject_of_united_in_does_the_act_of_its_gerund(nlp, text):
    # the parser reads "are united" as a passive; its subject holds the stance and backs Moldova,
    # as under "remain united in supporting" (an active copula) already
    found = linked(nlp, text)
    assert [(e.type, e.status, e.source_text, e.target_text) for e in found] == \
        [("SUPPORT", "asserted", "allies", "Moldova")], show(found)


def test_the_subject_of_a_true_passive_does_not_do_the_act_of_its_gerund(nlp):
    found = linked(nlp, "Moldova was criticized in supporting Ukraine.")
    assert not [e for e in found if e.trigger.startswith("supporting") and e.source_text == "Moldova"], show(found)
