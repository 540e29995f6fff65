"""A partitive with a possessor, "N of X's NOUN": the part of the NOUN phrase is the actor, X
only says whose the NOUN is (English grammar: a genitive determines the noun after it). The
parser splits such a phrase two ways with a curly apostrophe: X as the "of" object with "’s" on
the numeral (Four -of-> X, Four a modifier of NOUN), or X and NOUN both "of" objects (Two -of->
X, of -> NOUN). Invented sentences; contrasts must stay as they are."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import coded, explain, linked


@pytest.mark.parametrize("text, trigger", [
    # the numeral hung on the noun, the possessor on the numeral's "of"
    ("Four of Petrov’s companies are also being designated.", "designated"),
    ("Four of Petrov’s companies are also being designated, including: Northgroup, a large investment "
     "company; and Kappa, a media company.", "designated"),
])
def test_split_partitive_business_is_not_its_owner(nlp, text, trigger):
    events = [e for e in linked(nlp, text) if e.type == "SANCTION" and trigger in e.trigger]
    assert events and all(e.target_key != "org:petrov" and e.target_sector == "BUS" for e in events), \
        explain(events)


@pytest.mark.parametrize("text, target_key", [
    # contrasts: the plain possessed phrase keys no owner; the owner's own agents keep its key
    ("Petrov’s companies are also being designated.", None),
    ("Two of Hamas’s commanders were sanctioned.", "org:hamas"),
    # the possessor named on its own is the target
    ("The Treasury sanctioned Petrov and two companies.", "org:petrov"),
])
def test_possessed_and_plain_targets_keep_their_keys(nlp, text, target_key):
    events = [e for e in linked(nlp, text) if e.type == "SANCTION"]
    assert events and any(e.target_key == target_key for e in events), explain(events)


@pytest.mark.parametrize("text, target", [
    # the possessor and the noun both hung on "of": the noun heads the target phrase
    ("Two of Iran’s ministers were sanctioned on Monday.", "Iran’s ministers"),
    ("Three of Syria’s generals were sanctioned.", "Syria’s generals"),
    # contrasts: a straight apostrophe parses as a possessor; a bare partitive names the set
    ("Two of Iran's ministers were sanctioned on Monday.", "Iran's ministers"),
    ("The United States sanctioned two of the ministers.", "ministers"),
])
def test_split_genitive_partitive_target_is_the_noun_phrase(base_nlp, text, target):
    events = coded(base_nlp, text, "SANCTION")
    assert events and all(e.target_text == target for e in events), explain(events)


@pytest.mark.parametrize("text", [
    # the owner introduced by name before; "’s" hung on the possessor (Four -of-> Petrov ’s)
    "The Department is designating Ivan Petrov, one of Russia’s wealthiest billionaires. Four of Petrov’s "
    "companies are also being designated, including: Northgroup, a mining company; and Kappa, a media company.",
    # ... and possessor and noun both hung on "of" (the span's first root is the possessor)
    "The Department is designating Ivan Petrov, the owner of Northgroup and one of Russia’s wealthiest "
    "billionaires. The EU previously designated Ivan Petrov. Four of Petrov’s companies are also being "
    "designated, including: Northgroup, a multi-billion-dollar investment company operating in mining and "
    "banking; Kappa, which is among Russia’s leading media groups; and Delta Gold, a gold mining company.",
])
def test_named_owners_companies_are_not_the_owner(nlp, text):
    events = [e for e in linked(nlp, text) if e.type == "SANCTION" and "companies" in (e.target_text or "")]
    assert events and all(e.target_key is None and e.target_sector == "BUS" for e in events), explain(events)
