"""The linker's vocabulary: the word sets of ``lexicons/linking_words.yaml`` (``LinkingWords``,
``LINKING_WORDS``), the title heads of the roles lexicon, the envoy nouns of ``plover_frames.yaml``
and the constants more than one module reads. Builds on no other module of the package."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from newsgraph.nlp.word_lists import read_word_sets


_BARE_INSTITUTION = re.compile(r"^(?:[Tt]he\s+)?([A-Z][a-z]+)$")


# the names a state's executive bodies take ("Department of State", "Office of the Spokesperson",
# "Bureau of Consular Affairs", "Treasury's Office of ..."), as opposed to a company or a group
_EXECUTIVE_OFFICE = re.compile(r"^(?:the\s+)?(?:(?:U\.?S\.?\s+)?Department\s+of\s+the\s+\w+[’']s\s+)?"
                               r"(?:(?:Departments?|Offices?|Bureaus?|Agency|Agencies)\s+(?:of|for)\s+(?:the\s+)?[A-Z]"
                               r"|(?:[A-Z][a-z]+\s+){1,2}Department$"  # "State Department", "Justice Department"
                               # "FBI, State, and Treasury": an executive department by its short name
                               # alone, usual in the publishing government's own releases
                               r"|(?:State|Treasury|Commerce|Justice|Defense|Energy|Interior|Labor|Agriculture)$)")
_INTERNATIONAL_WORDS = re.compile(r"\b(?:United\s+Nations|UN|International|European|World|Global|High\s+Commissioner)\b")


@functools.lru_cache(maxsize=1)
def _envoy_nouns() -> frozenset[str]:
    """An envoy's title words (plover_frames.yaml ``envoy_nouns``): the post lies in the state the
    envoy is sent to, so the states named beside them say nothing of whom they serve ("met with
    Ambassador Brink in Kyiv")."""
    import pathlib

    import yaml
    path = pathlib.Path(__file__).resolve().parent.parent / "lexicons" / "plover_frames.yaml"
    frames = yaml.safe_load(path.read_text(encoding="utf-8"))
    return frozenset(word.lower() for word in frames.get("envoy_nouns") or ())


def _title_heads() -> frozenset[str]:
    """Head nouns of titles (``roles.title_lexicon``: "minister", "officer", "official")."""
    from newsgraph.nlp.roles import title_lexicon

    return title_lexicon().heads


# the reason that marks a slot keyed to the first member a plural names ("the governments of A and B")
MEMBERS_REASON = "the first of the members"


@dataclass(frozen=True)
class LinkingWords:
    """The word sets of ``lexicons/linking_words.yaml`` (what each is and where it comes from:
    that file's comments), each a ``frozenset[str]`` of lower-case words."""
    meeting_verbs: frozenset[str]
    collective_nouns: frozenset[str]
    staff_nouns: frozenset[str]
    people_collectives: frozenset[str]
    population_nouns: frozenset[str]
    not_they_subjects: frozenset[str]
    joint_party_nouns: frozenset[str]
    joint_all_words: frozenset[str]
    time_description_words: frozenset[str]
    office_place_preps: frozenset[str]
    representation_heads: frozenset[str]
    body_head_titles: frozenset[str]
    quantifier_words: frozenset[str]


LINKING_WORDS = read_word_sets(Path(__file__).parent.parent / "lexicons" / "linking_words.yaml", LinkingWords)  # read once, at import
_MEETING_VERBS = LINKING_WORDS.meeting_verbs  # CAMEO 04 (CONSULT) meeting verbs; a meeting has two sides
_COLLECTIVE_NOUNS = LINKING_WORDS.collective_nouns  # a group of people, "they" in the singular too
_STAFF_NOUNS = LINKING_WORDS.staff_nouns  # the people an institution employs, never a thing
_NOT_ANTECEDENTS = {"we", "i", "you", "us", "they", "it", "who", "that", "which"}
_PEOPLE_COLLECTIVES = LINKING_WORDS.people_collectives  # a body of people and nothing else
_POPULATION_NOUNS = LINKING_WORDS.population_nouns  # a state's population ("people", "citizens")


# plural pronouns read as free in their clause (binding Principle B): an object "them", and a
# possessive "their" the event layer takes as a target only where it cannot agree with its
# clause's subject (``events.targets._free_possessor``: "The United States salutes their bravery")
_FREE_PLURAL_PRONOUNS = ("them", "their")


# acts a state takes against others: PLOVER SANCTION, COERCE, ASSAULT and THREATEN are aimed at
# another actor, so the publisher's own state is no default for their target
_HOSTILE_TYPES = {"SANCTION", "COERCE", "ASSAULT", "THREATEN"}
