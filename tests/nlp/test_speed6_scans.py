"""Task speed6: cheaper lookups with the same output. A written range's scan skips every position
its first word cannot start at; CAMEO's candidate patterns are found once per verb and object;
a verb that begins no preposition idiom makes no idiom phrase to look up. Each test checks the
result the lookup must still give."""

from __future__ import annotations

import re

from newsgraph.nlp import cameo, timex
from newsgraph.nlp.events import _prep_idiom_verbs, load_lexicon
from newsgraph.nlp.pipeline import make_doc


def _doc(nlp, text):
    return nlp(make_doc(nlp, text, None))


RANGE_TEXT = ("The summit ran from June 27 to July 2, 2022, after talks held 9–11 March 2022 and "
              "a ceasefire observed between March and May 2019. Exports fell from 2019 to 2021; "
              "on 30 March – 2 April 2022 the envoys met again, and the June 27-30 round followed.")


def test_range_lookahead_finds_the_same_matches():
    # the lookahead only states what the pattern's first group needs: the same matches as without
    for form, _compact in timex._RANGE_FORMS:
        plain = re.compile(re.sub(r"^\(\?=[^)]*\)", "", form.pattern), form.flags)
        assert plain.pattern != form.pattern
        assert [(m.span(), m.groupdict()) for m in form.finditer(RANGE_TEXT)] == \
            [(m.span(), m.groupdict()) for m in plain.finditer(RANGE_TEXT)]
    found = [m.group(0) for m in timex._range_matches(RANGE_TEXT)]
    assert "June 27 to July 2, 2022" in found and "9–11 March 2022" in found
    assert "2019 to 2021" in found and "June 27-30" in found


def test_cameo_candidates_are_found_once_and_stay_the_same():
    lex = cameo.load()
    key = next(k for k, (free, by_form) in lex.by_object.items() if by_form and free)
    form = next(iter(lex.by_object[key][1]))
    forms = frozenset({form, "unrelated"})
    first = cameo._candidates(lex, key, forms)
    assert first == cameo._candidates_of(lex, key, forms)
    assert cameo._candidates(lex, key, forms) is first  # memoised
    assert first and all(not p["object"] or form in p["object"] for p in first)


def test_cameo_sense_of_a_frozen_aid_is_unchanged(nlp):
    doc = _doc(nlp, "The government froze the aid it had promised to the region.")
    froze = next(t for t in doc if t.lower_ == "froze")
    found = cameo._sense(froze, "freeze", [])
    assert found is not None and found.event_type is not None


def test_prep_idiom_verbs_hold_every_idiom_start():
    lex = load_lexicon()
    starts = _prep_idiom_verbs(lex)
    for phrase in lex.prep_idioms:
        assert phrase.split()[0] in starts
    assert "stand" in starts and "condemn" not in starts


def test_idioms_still_give_their_events(nlp):
    doc = _doc(nlp, "Thousands of teachers went on strike in Lagos on Monday. "
                    "The troops came under fire near the border.")
    types = {e.trigger: e.type for e in doc._.ng_events}
    assert "PROTEST" in types.values(), types
    assert "ASSAULT" in types.values(), types


def test_on_strike_after_a_verb_that_begins_no_idiom(nlp):
    # "stay" begins no prep_idioms phrase: the "on strike" phrase is still read off its preposition
    assert "stay" not in _prep_idiom_verbs(load_lexicon())
    doc = _doc(nlp, "The dock workers stayed on strike for a third week in Antwerp.")
    assert "PROTEST" in [e.type for e in doc._.ng_events], [(e.type, e.trigger) for e in doc._.ng_events]
