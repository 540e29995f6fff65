"""Walks over coordinated words ("X, Y and Z") in spaCy's dependency parse, shared by the NLP
components. Helpers only, no component: no VERSION of its own; a change here changes the output
of every component that calls it, so those bump theirs.

spaCy hangs each later item of a list on the first one with the label "conj" ("Ali Saade and
Ibrahim Taher": "Taher" --conj--> "Saade"), and the first item carries the list's own relation to
the rest of the sentence (the object, the subject, the modifier), so a rule that asks what a list
item *is* in its sentence asks its first item.
"""

from __future__ import annotations

from typing import Optional, overload

from spacy.tokens import Token


@overload
def first_conjunct(token: Token) -> Token: ...
@overload
def first_conjunct(token: None) -> None: ...


def first_conjunct(token: Optional[Token]) -> Optional[Token]:
    """The first item of the coordination ``token`` is a later item of ("... designated Ali Saade
    and Ibrahim Taher": Saade for Taher; "missile and drone program": "missile" for "drone"),
    else ``token`` itself (also for None, so a reader of an optional token needs no test).

    Walks up "conj" arcs while the head stands before the conjunct. The English model's parser
    makes a "conj" arc only with its right-arc move (``R-conj``; it has no ``L-conj`` and no
    lifted ``conj||`` label), so a conjunct's head always stands before it and the test only makes
    sure the walk ends on any parse (a Doc built by hand may have other heads)."""
    while token is not None and token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def past_own_verb(noun: Token, modifier: Token) -> bool:
    """Whether ``modifier``, which the parser hung on ``noun``, stands past the verb the noun is
    an argument of ("Iranian *authorities* have *detained* Canadians across the country,
    *including* A and B"). Position only: English may move a subject's postmodifier past its verb
    to the end of the clause (extraposition, Quirk et al. 18.39: "Many world leaders congratulated
    Lula, including A and B"), so whose the modifier is needs more than this test
    (``actor_heads.extraposed_to_predicate``). Only a noun before its verb (or auxiliary) head and
    a modifier after that verb."""
    head = noun.head
    return head.i != noun.i and head.pos_ in ("VERB", "AUX") and noun.i < head.i < modifier.i
