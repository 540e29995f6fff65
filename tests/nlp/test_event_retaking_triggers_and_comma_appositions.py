"""Stop 48 (issue 6), second pass on targets the hand checks found missing: verbs of taking a place
back that made no event (an irregular past the tagger misread, "recapture" and "liberate" not
triggers), and a name in comma apposition to a descriptor, or after a descriptor the NER did not
make an actor, that gave no target. Invented sentences; each with near misses that must stay."""

from __future__ import annotations

from newsgraph.nlp.events import find_events, load_lexicon, verb_lemma

from tests.nlp.linked_events import show as _show


def _events(base_nlp, text, trigger=None, event_type=None):
    return [e for e in find_events(base_nlp(text))
            if (trigger is None or e.trigger.split()[0] == trigger) and (event_type is None or e.type == event_type)]


# ---------------------------------------------------------------- irregular pasts and retaking triggers

def test_an_irregular_past_the_tagger_reads_as_a_present_keeps_its_lemma_from_the_model_tables(base_nlp):
    doc = base_nlp("Ukrainian forces retook the village last week.")
    verb = next(t for t in doc if t.lower_ == "retook")
    # the pipeline's lemma is the word itself (the tagger made it VBP, a base form to the lemmatizer)
    assert verb.pos_ == "VERB" and verb.lemma_.lower() == "retook", (verb.tag_, verb.lemma_)
    assert verb_lemma(verb, load_lexicon()) == "retake"
    # a word the tables do not know as another verb's form keeps its lemma
    other = next(t for t in base_nlp("The guards liberated the hostages.") if t.lower_ == "liberated")
    assert verb_lemma(other, load_lexicon()) == "liberate"


def test_retook_recaptured_and_liberated_a_place_are_taking_it_back(base_nlp):
    cases = [
        ("Ukrainian forces retook the village that Russian troops had seized.", "retook", "Russian troops"),
        ("Government troops recaptured the town that the rebels had seized.", "recaptured", "rebels"),
        ("The army liberated the region that militants had occupied.", "liberated", "militants"),
        ("Ukrainian forces retook Kherson in November.", "retook", "Kherson"),
        # a place name the NER took for an organisation (GeoNames lists it)
        ("The army liberated Bucha in April.", "liberated", "Bucha"),
    ]
    for text, trigger, target in cases:
        events = _events(base_nlp, text, trigger)
        assert [(e.type, e.target_text) for e in events] == [("ASSAULT", target)], (text, _show(events))


def test_recapturing_a_convict_and_liberating_people_are_no_taking_of_ground(base_nlp):
    # CAMEO's own pattern ("recapture + convict": 173 arrest) comes before the verb's default
    events = _events(base_nlp, "Police recaptured the escaped convict.", "recaptured")
    assert [(e.type, e.mode) for e in events] == [("COERCE", "arrest")], _show(events)
    # people set free are no place: never coded as retaking ground
    assert not _events(base_nlp, "The guards liberated the hostages.", "liberated", "ASSAULT")


# ---------------------------------------------------------------- names in comma apposition, descriptors

def test_a_name_in_comma_apposition_to_a_descriptor_is_the_party(base_nlp):
    cases = [
        ("The Treasury imposed sanctions on the mixer, Churn.io, which launders money for hackers.",
         "imposed", "SANCTION", "Churn.io"),
        ("The Treasury sanctioned the mixer, Churn.io, which launders money for hackers.",
         "sanctioned", "SANCTION", "Churn.io"),
        ("The Secretary met the opposition leader, Navalny, in Vilnius.", "met", "CONSULT", "Navalny"),
    ]
    for text, trigger, event_type, target in cases:
        doc = base_nlp(text)
        name = next(t for t in doc if t.text == target)
        assert name.dep_ == "appos" and doc[name.i - 1].text == ",", [(t.text, t.dep_) for t in doc]
        events = _events(base_nlp, text, trigger, event_type)
        assert [e.target_text for e in events] == [target], (text, _show(events))


def test_a_name_after_a_person_noun_descriptor_is_the_party_whatever_the_ner_tag(base_nlp):
    text = "Beijing imposed sanctions on the defense contractor Raytheon."
    doc = base_nlp(text)
    assert next(t for t in doc if t.text == "Raytheon").ent_type_ not in ("ORG", "PERSON", "GPE", "NORP")
    events = _events(base_nlp, text, "imposed", "SANCTION")
    assert [e.target_text for e in events] == ["defense contractor Raytheon"], _show(events)


def test_a_comma_list_or_a_descriptive_apposition_stays_as_it_was(base_nlp):
    # a list after the first object keeps the object read as before
    events = _events(base_nlp, "The Treasury sanctioned the firm, its owner and two ships.", "sanctioned", "SANCTION")
    assert [e.target_text for e in events] == ["firm"], _show(events)
    # a description in apposition is no name
    events = _events(base_nlp, "The Secretary met the opposition leader, a former lawyer, in Vilnius.", "met", "CONSULT")
    assert [e.target_text for e in events] == ["opposition leader"], _show(events)
    # an actor descriptor keeps its own phrase where the name is in close apposition (no comma)
    events = _events(base_nlp, "The United States imposed sanctions on the shipping company Oceanic Star Lines.",
                     "imposed", "SANCTION")
    assert [e.target_text for e in events] == ["shipping company Oceanic Star Lines"], _show(events)
