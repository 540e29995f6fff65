"""Members listed after "including" / "such as" past the verb, and the state of people held
(events 0.8.206, linking 0.3.874, stop 49 issue 6).

1. An "including" list the parser hung on the subject but that stands after the verb and its
   object exemplifies the predicate's set (the people acted on) where its members are of that
   set's kind and not the subject's; otherwise it is the subject's, moved to the end of the clause
   (extraposition, Quirk et al. 18.39; review 49b, events 0.8.210, linking 0.3.875).
2. Where a person is held, detained or imprisoned is not their state: a source read off the place
   of an agentless passive ("are being held in Iran") gives the people held no state."""

from __future__ import annotations

from newsgraph.nlp.linking.coder import ActorCoder, inclusion_noun
from newsgraph.nlp.pipeline import make_doc
from tests.nlp.linked_events import PUBLISHED, STATE, coded, linked, show


def _pairs(events, kind="COERCE"):
    return [(e.source_text, e.target_text) for e in events if e.type == kind]


def test_a_list_past_the_verb_is_not_the_doer(base_nlp):
    text = "Iranian authorities have detained Canadians across the country, including Lena Varga and Omar Haddad."
    events = coded(base_nlp, text, "COERCE")
    assert _pairs(events) == [("Iranian authorities", "Canadians")], show(events)


def test_a_list_past_the_verb_belongs_to_the_object_set(base_nlp):
    doc = base_nlp("Iranian authorities have detained Canadians across the country, including Lena Varga and Omar Haddad.")
    including = next(t for t in doc if t.lower_ == "including")
    assert including.head.i == 1  # (the parse this guards against: the list hung on "authorities")
    noun = inclusion_noun(including)
    assert noun is not None and noun.i == 4, noun  # "Canadians"


def test_a_list_past_the_verb_takes_the_objects_state(nlp):
    text = "Iranian authorities have detained Canadians across the country, including Lena Varga and Omar Haddad."
    events = [e for e in linked(nlp, text) if e.type == "COERCE"]
    assert [(e.source_text, e.source_acts_for) for e in events] == [("Iranian authorities", "IRN")], show(events)
    # the members are in no event: their state is the coder's, from the list's noun "Canadians"
    doc = nlp(make_doc(nlp, text, PUBLISHED, outlet=STATE))
    coder = ActorCoder(doc)
    assert [(key, coder.for_key(key).acts_for) for key in ("person:lena-varga", "person:omar-haddad")] == [
        ("person:lena-varga", "CAN"), ("person:omar-haddad", "CAN")]


def test_an_extraposed_list_of_the_subjects_kind_stays_the_subjects(nlp):
    # review 49b: English moves a subject's postmodifier to the end of its clause (Quirk et al.
    # 18.39); people listed after a singular object still name the subject's people
    text = "Many world leaders congratulated Lula on his victory, including Joe Biden and Emmanuel Macron."
    events = [e for e in linked(nlp, text) if e.type == "SUPPORT"]
    assert [(e.source_text, e.target_text) for e in events] == [("Joe Biden", "Lula")], show(events)


def test_states_listed_after_a_people_object_are_the_subjects(nlp):
    # review 49b: states are no diplomats: the list hung on the object is the subject's
    for text, members in (("Several European states have expelled Russian diplomats, including France and Italy.",
                           ["France", "Italy"]),
                          ("Several Nordic states have expelled Belarusian diplomats, including Norway and Finland.",
                           ["Finland", "Norway"])):
        events = [e for e in linked(nlp, text) if e.type == "SANCTION"]
        assert sorted(e.source_text for e in events) == members, (text, show(events))
        assert {e.target_text for e in events} == {text.split("expelled ")[1].split(",")[0]}, (text, show(events))


def test_a_list_on_the_subject_before_the_verb_still_names_the_doers(base_nlp):
    # contrast: the list inside the subject's phrase, before its verb, names the doers
    text = "Senior officials, including Lena Varga and Omar Haddad, detained the journalists."
    events = coded(base_nlp, text, "COERCE")
    assert _pairs(events) == [("Lena Varga", "journalists"), ("Omar Haddad", "journalists")], show(events)


def test_a_list_on_the_object_still_names_the_people_acted_on(base_nlp):
    # contrast: the list right after the object noun
    text = "Chinese authorities detained and prosecuted others, including lawyers Li Ming and Wang Fang."
    events = coded(base_nlp, text, "COERCE")
    assert _pairs(events) == [("Chinese authorities", "Li Ming"), ("Chinese authorities", "Wang Fang")], show(events)


def test_people_held_in_a_country_get_no_state_from_it(nlp):
    for text in ("Lena Varga and Omar Haddad are being held in Iran.",
                 "We will keep working to free people held abroad, including Lena Varga and Omar Haddad, "
                 "who are being held in Iran."):
        events = [e for e in linked(nlp, text) if e.type == "COERCE" and e.target_key]
        assert [(e.source_acts_for, e.target_text, e.target_acts_for) for e in events] == [
            ("IRN", "Lena Varga", None), ("IRN", "Omar Haddad", None)], (text, show(events))


def test_the_list_noun_still_places_people_held_abroad(nlp):
    # contrast: "Canadians held abroad, including A" places A by the demonym, not by Iran
    text = "We will keep working for the release of Canadians held abroad, including Lena Varga, who is being held in Iran."
    events = [e for e in linked(nlp, text) if e.type == "COERCE" and e.target_key]
    assert [(e.source_acts_for, e.target_text, e.target_acts_for) for e in events] == [
        ("IRN", "Lena Varga", "CAN")], show(events)


def test_a_state_organ_detaining_a_person_at_home_still_places_them(nlp):
    # contrast: a named state organ acting at home (checks.own_state_person) is unchanged
    events = [e for e in linked(nlp, "Iranian police arrested Lena Varga in Tehran.") if e.type == "COERCE"]
    assert [(e.source_text, e.target_text, e.target_acts_for) for e in events] == [
        ("Iranian police", "Lena Varga", "IRN")], show(events)
