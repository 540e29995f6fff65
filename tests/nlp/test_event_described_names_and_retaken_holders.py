"""Targets the issue-6 hand checks (stop 48) found missing though the sentence names them in a
grammatical position the target finder skipped: a name a common noun describes in close
apposition ("the cryptocurrency mixer X"), and the party holding the place a retaking verb's
object names ("retook the territory the rebels seized"). Invented sentences; each kind with its
near misses that must stay as they were."""

from __future__ import annotations

from newsgraph.nlp.events import find_events

from tests.nlp.linked_events import one as _one, show as _show


def _targets(base_nlp, text, trigger, event_type=None):
    events = [e for e in _one(find_events(base_nlp(text)), trigger) if event_type is None or e.type == event_type]
    assert events, _show(find_events(base_nlp(text)))
    return {e.target_text for e in events}, events


# ---------------------------------------------------------------- descriptor + name (close apposition)

def test_a_one_word_name_after_a_descriptor_and_its_article_is_the_party(base_nlp):
    # the NER tags the one-word name a PERSON; the article is the descriptor's ("the ... mixer"),
    # so the name is no thing of the "the Ministerial" kind
    text = "The Treasury is imposing sanctions on the virtual currency mixer Whisk.io, which launders money for hackers."
    doc = base_nlp(text)
    name = next(t for t in doc if t.text == "Whisk.io")
    assert name.ent_type_ == "PERSON" and name.dep_ == "pobj"  # the parse the rule is about
    found, events = _targets(base_nlp, text, "imposing", "SANCTION")
    assert found == {"Whisk.io"}, _show(events)


def test_a_name_in_close_apposition_to_a_common_noun_is_the_party(base_nlp):
    # parsed as the name in apposition to "mixer" / "exchange", no comma between
    cases = [
        ("The Treasury is imposing sanctions on the cryptocurrency mixer Mixwell, which launders money for hackers.",
         "imposing", "Mixwell"),
        ("The Treasury sanctioned the cryptocurrency mixer Mixwell, which launders money for hackers.",
         "sanctioned", "Mixwell"),
        # with a bracketed alias after the name
        ("The Treasury imposed sanctions on the crypto exchange Garantex (Garantex Europe).", "imposed", "Garantex"),
    ]
    for text, trigger, target in cases:
        doc = base_nlp(text)
        name = next(t for t in doc if t.text == target)
        assert name.dep_ == "appos" and name.left_edge.i == name.head.i + 1, [(t.text, t.dep_) for t in doc]
        found, events = _targets(base_nlp, text, trigger, "SANCTION")
        assert found == {target}, _show(events)


def test_a_lone_article_name_and_a_descriptor_that_is_an_actor_stay_as_they_were(base_nlp):
    # "the Ministerial": a one-word "person" with only an article is a meeting, no party
    assert _targets(base_nlp, "Washington imposed sanctions on the Ministerial.", "imposed", "SANCTION")[0] == {None}
    # a descriptor that is itself an actor noun keeps its whole phrase
    found, events = _targets(base_nlp, "The United States is imposing sanctions on the shipping company Oceanic Star Lines.",
                             "imposing", "SANCTION")
    assert found == {"shipping company Oceanic Star Lines"}, _show(events)


# ---------------------------------------------------------------- retaking: whom the place is taken from

def test_retaking_a_place_a_relative_clause_says_another_party_seized_is_aimed_at_it(base_nlp):
    cases = [
        ("Ukrainian forces are retaking the territory Russian troops had seized.", "retaking", "Russian troops"),
        ("Ukrainian forces have retaken the villages that Russian troops captured in March.", "retaken",
         "Russian troops"),
        ("Ukrainian forces have retaken the town, which militants had held since May.", "retaken", "militants"),
        ("The army is retaking much of the ground that the militia had grabbed.", "retaking", "militia"),
        ("Ukrainian troops are retaking the villages that were seized by Russian forces.", "retaking",
         "Russian forces"),
    ]
    for text, trigger, target in cases:
        found, events = _targets(base_nlp, text, trigger, "ASSAULT")
        assert found == {target}, (text, _show(events))


def test_retaking_keeps_a_named_place_and_names_no_holder_a_clause_does_not_give(base_nlp):
    # the place itself where no holder is said
    assert _targets(base_nlp, "Ukrainian forces have retaken Kherson.", "retaken", "ASSAULT")[0] == {"Kherson"}
    # a pronoun (the retaker's own loss) and a verb of leaving name no holder
    assert _targets(base_nlp, "Ukrainian troops are retaking the territory they lost last year.",
                    "retaking", "ASSAULT")[0] == {None}
    assert _targets(base_nlp, "The rebels are retaking the town that the government abandoned.",
                    "retaking", "ASSAULT")[0] == {None}
    # the participle's agent, read before this rule too, is unchanged
    assert _targets(base_nlp, "Ukrainian forces have retaken the villages occupied by Russian troops.",
                    "retaken", "ASSAULT")[0] == {"Russian troops"}


def test_people_freed_or_taken_back_are_no_place_and_name_no_holder(base_nlp):
    # (events 0.8.190) "liberate" with people is a release (RETREAT), never the captor's ground
    # taken back; "recapture" with people takes the people, not whoever held them
    found, events = _targets(base_nlp, "Special forces liberated the captives that the militia had seized in May.",
                             "liberated")
    assert found == {"captives"} and all(e.type == "RETREAT" for e in events), _show(events)
    found, events = _targets(base_nlp, "The police recaptured the prisoners that the cartel had held.", "recaptured",
                             "ASSAULT")
    assert found == {"prisoners"}, _show(events)
    # the place contrast keeps its holder
    found, events = _targets(base_nlp, "The police recaptured the town that the cartel had held.", "recaptured",
                             "ASSAULT")
    assert found == {"cartel"}, _show(events)


def test_a_name_its_actor_noun_descriptor_introduces_is_kept_whatever_the_ner_made_of_it(base_nlp):
    # the NER tags these names a product or work of art; the descriptor ("firm") says what they are
    cases = [
        ("The Treasury sanctioned the shipping firm Churn.io (Churn), which moved oil for Iran.", "sanctioned",
         "shipping firm Churn.io"),
        ("The Treasury sanctioned the shipping firm Churn.io.", "sanctioned", "shipping firm Churn.io"),
        ("Beijing imposed sanctions on the defense firm Lockheed Martin.", "imposed", "defense firm Lockheed Martin"),
    ]
    for text, trigger, target in cases:
        doc = base_nlp(text)
        assert any(t.ent_type_ in ("PRODUCT", "WORK_OF_ART") for t in doc if t.pos_ == "PROPN"), [(t.text, t.ent_type_) for t in doc]
        found, events = _targets(base_nlp, text, trigger, "SANCTION")
        assert found == {target}, (text, _show(events))
    # a bracketed, quoted alias is no close apposition: the name's text stays as it was
    found, events = _targets(base_nlp, "The Department seeks information on Northwind Trading LLC (“NTL”) and its partners.",
                             "seeks", "INVESTIGATE")
    assert found == {"Northwind Trading LLC"}, _show(events)


# ---------------------------------------------------------------- a titled name is no close apposition

def test_a_titled_name_after_a_noun_is_the_subject_of_a_contact_relative_not_its_apposition(base_nlp):
    # "the dialogue [that] President X has convened": the noun is the clause's object gap and the
    # titled name its subject; the parser hangs the name on the noun as an apposition with no comma
    # and makes the noun the verb's subject. A titled name is a person's: no event-ish noun before
    # it describes it, so the clause's verb gets no doer from the noun phrase (events 0.8.192)
    text = "She welcomed the inclusive dialogue President Ramos has convened as a chance for the Peruvian people to heal."
    doc = base_nlp(text)
    name = next(t for t in doc if t.text == "Ramos")
    assert name.dep_ == "appos" and doc[name.head.i].text == "dialogue", [(t.text, t.dep_, t.head.i) for t in doc]
    events = find_events(doc)
    assert not [e for e in events if e.trigger == "convened" and e.source_text and "Ramos" in e.source_text], _show(events)
    # the welcoming is as it was
    assert any(e.trigger == "welcomed" and e.type == "SUPPORT" for e in events), _show(events)


def test_untitled_names_after_their_descriptors_stay_the_parties(base_nlp):
    # close apposition with no title of the name's own: the descriptor rule's cases, unchanged
    cases = [
        ("The Treasury is imposing sanctions on the cryptocurrency mixer Mixwell, which launders money for hackers.",
         "imposing", "SANCTION", "Mixwell"),
        ("The Treasury sanctioned the shipping firm Churn.io.", "sanctioned", "SANCTION", "shipping firm Churn.io"),
        ("The senator met with the opposition leader Navalny in Moscow.", "met", "CONSULT", "opposition leader Navalny"),
    ]
    for text, trigger, event_type, target in cases:
        found, events = _targets(base_nlp, text, trigger, event_type)
        assert found == {target}, (text, _show(events))


def test_a_titled_name_after_a_person_or_relational_noun_is_the_party(base_nlp):
    # contrast of the contact relative above: a noun of a person or of a party's relation
    # ("counterpart", actor_heads.yaml relational_heads) before a titled name is one referent with
    # it, so the name is the party met (events 0.8.196; 0.8.192 dropped it)
    cases = [
        ("The minister met with her counterpart Foreign Minister Okafor in Abuja.", "Okafor"),
        ("The senator met with his Kenyan counterpart President Ruto.", "Ruto"),
    ]
    for text, name in cases:
        doc = base_nlp(text)
        token = next(t for t in doc if t.text == name)
        assert token.dep_ == "appos" and doc[token.head.i].text == "counterpart", [(t.text, t.dep_, t.head.i) for t in doc]
        found, events = _targets(base_nlp, text, "met", "CONSULT")
        assert len(found) == 1 and name in (next(iter(found)) or ""), (text, _show(events))
