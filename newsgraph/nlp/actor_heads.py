"""An actor is its noun phrase's head, not a name inside its modifiers.

English noun phrases carry their reference on the head noun; premodifiers ("Nicaragua-based"),
possessors ("Russia's") and locative postmodifiers ("in Bucha") restrict it. So "three
Nicaragua-based entities" are entities (placed in Nicaragua), not Nicaragua; "unarmed civilians
in Bucha" are civilians (of Ukraine, where Bucha lies), not a body named Bucha. PLOVER codes such
an actor by the state it acts for and its sector (PLOVER_MANUAL.tex; Phoenix agents). The rules
and word lists are data: ``lexicons/actor_heads.yaml``. The linker (``nlp/linking/``) asks
these functions; they only read the parse and the mentions, and write nothing.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Optional

import yaml

from newsgraph.errors import ModelError
from newsgraph.nlp.coordination import first_conjunct, past_own_verb
from newsgraph.nlp.doc_cache import doc_text
from newsgraph.nlp.name_cues import POSSESSIVE_ENDINGS, cues
from newsgraph.nlp.word_lists import named_word_sets, word_file
from newsgraph.resolve.places import evidence_from, local_reading, readings

LEXICON = Path(__file__).resolve().parent / "lexicons" / "actor_heads.yaml"
PERSON_NOUNS = Path(__file__).resolve().parent / "lexicons" / "person_nouns.txt"
PERSON_ACT_NOUNS = Path(__file__).resolve().parent / "lexicons" / "person_act_nouns.txt"
MEMBER_NOUNS = Path(__file__).resolve().parent / "lexicons" / "member_nouns.txt"
PLACE_PEOPLE_NOUNS = Path(__file__).resolve().parent / "lexicons" / "place_people_nouns.txt"


@functools.lru_cache(maxsize=1)
def _lexicon() -> dict:
    try:
        data = yaml.safe_load(LEXICON.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ModelError(f"cannot read actor-head lexicon {LEXICON}: {exc}", source=str(LEXICON)) from exc
    return {name: frozenset(str(w).lower() for w in data.get(name) or [])
            for name in ("state_heads", "modifier_deps", "locative_preps", "owner_pronouns", "unsectored_heads", "conflict_party_heads",
                                 "relational_heads", "business_heads", "delegation_heads", "leading_verbs",
                                 "member_state_heads", "member_organisation_heads", "member_list_preps", "state_set_heads",
                                 "pair_undertaking_heads", "pair_undertaking_types", "spelling_variants",
                                 "own_government_modifiers", "partitive_heads", "designated_organisation_heads",
                                 "designated_person_heads", "owned_entity_phrases", "means_designating_verbs",
                                 "state_owner_pronouns", "member_network_heads", "name_topic_preps", "placing_participles", "seat_participles",
                                 "group_member_heads", "not_person_nouns", "partitive_member_heads",
                                 "spokes_heads", "spokes_rank_words", "craft_heads", "state_agent_heads")}


def not_person_nouns() -> frozenset[str]:
    """actor_heads.yaml not_person_nouns: words of the WordNet person list that policy prose uses
    for any party ("actors"), left out of ``person_nouns``."""
    return _lexicon()["not_person_nouns"]


@functools.lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Common nouns whose commonest sense names a person ("dignitary", "policymaker", "volunteer",
    "smuggler"): ``lexicons/person_nouns.txt``, the WordNet 3.0 nouns whose first sense is a
    noun.person synset (scripts/wordnet_people.py), as lemmas (a token matches on its lemma); less
    actor_heads.yaml not_person_nouns, words policy prose uses in another sense ("actors")."""
    return word_file(PERSON_NOUNS, "person-noun") \
        - _lexicon()["not_person_nouns"]  # words policy prose uses in another sense ("actors")


def person_word(token) -> bool:
    """Whether the spaCy ``token`` is a common noun of ``person_nouns``, matched on its lemma
    ("dignitaries" -> "dignitary"): the one test the person-noun rules of events, linking and
    context share."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in person_nouns()


@functools.lru_cache(maxsize=1)
def person_act_nouns() -> frozenset[str]:
    """Common nouns whose commonest WordNet sense names a person but another names an act, event
    or communication ("pilot", "guard", "escort", "witness", "doctor"): ``lexicons/person_act_nouns.txt``
    (scripts/wordnet_people.py), left out of ``person_nouns`` because running text often means
    the other sense; a person only where the context asks for one (``animate_person_word``)."""
    return word_file(PERSON_ACT_NOUNS, "person-act-noun") - _lexicon()["not_person_nouns"]


def animate_person_word(token) -> bool:
    """Whether the spaCy ``token`` is a common noun whose commonest sense names a person, where
    the context already asks for a person (the one "held hostage", "held captive": a predicate
    only said of people): ``person_word`` or a word of ``person_act_nouns`` ("The pilot was held
    hostage"), matched on its lemma."""
    return token.pos_ == "NOUN" and (token.lemma_.lower() in person_nouns()
                                     or token.lemma_.lower() in person_act_nouns())


@functools.lru_cache(maxsize=1)
def member_nouns() -> frozenset[str]:
    """Person nouns that name a body's own people, who work in, belong to or act for it
    ("executive", "employee", "staffer", "operative", "broker"): ``lexicons/member_nouns.txt``, the
    words of ``person_nouns`` whose first WordNet 3.0 sense lies under worker, associate,
    administrator, executive, representative or the broker sense of agent
    (scripts/wordnet_members.py), as lemmas. Not "critic", "victim", "captive", "defector",
    "supporter": their "of" phrase names the other party of their relation, not their body."""
    return _person_subset(MEMBER_NOUNS, "member-noun")


@functools.lru_cache(maxsize=1)
def place_people_nouns() -> frozenset[str]:
    """Person nouns that name the people of a country or other place, who belong to it by
    allegiance, birth or residence ("national", "citizen", "compatriot", "resident", "inhabitant",
    "native"): ``lexicons/place_people_nouns.txt``, the words of ``person_nouns`` whose first
    WordNet 3.0 sense lies under national, inhabitant or native (scripts/wordnet_members.py), as
    lemmas. "nationals of Canada" are Canada's people, as "Canadians" are, not the other party of
    a relation to it ("critics of Canada")."""
    return _person_subset(PLACE_PEOPLE_NOUNS, "place-people noun")


def _person_subset(path: Path, what: str) -> frozenset[str]:
    """The words of a WordNet-derived word list (one a line, "#" comments) that are also
    ``person_nouns``; ModelError where the file cannot be read."""
    return word_file(path, what) & person_nouns()


def member_word(token) -> bool:
    """Whether the spaCy ``token`` is a common noun of ``member_nouns``, matched on its lemma
    ("executives" -> "executive"): a person noun whose possessor or "of" / "from" phrase names the
    body the people belong to."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in member_nouns()


@functools.lru_cache(maxsize=1)
def state_agent_nouns() -> frozenset[str]:
    """Nouns of the people who hold a body's office or act for it in its dealings with others
    (actor_heads.yaml ``state_agent_heads``: "official", "delegate"; with plover_frames.yaml
    ``envoy_nouns``: "representative", "diplomat", "ambassador", "envoy"), as lemmas: a short part of
    ``member_nouns`` (and the envoy words WordNet's first sense leaves out) whose "from" phrase
    names the state they act for, where a worker's or volunteer's names only where they come from.
    The envoy words are the linker's cached set (``linking.lexicon._envoy_nouns``), not a second
    parse of plover_frames.yaml."""
    from newsgraph.nlp.linking.lexicon import _envoy_nouns

    return _lexicon()["state_agent_heads"] | _envoy_nouns()


def state_agent_word(token) -> bool:
    """Whether the spaCy ``token`` is a common noun of ``state_agent_nouns``, matched on its lemma
    ("officials" -> "official", "diplomats" -> "diplomat"). "Charge" / "chargé" (the envoy list's
    form of "chargé d'affaires") counts only before "d'affaires": "charges from Mexico" are
    accusations, no one's agents."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in state_agent_nouns():
        return False
    if token.lemma_.lower() in ("charge", "chargé"):
        after = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
        return after.replace("’", "'").startswith("d'")
    return True


def member_complements(token, preps: tuple[str, ...] = ("of", "from"), kind=member_word,
                       plural: bool = False) -> list:
    """The prepositions of ``preps`` hung on ``token`` where it is a noun of a body's own people
    (``kind``: ``member_word`` unless told, ``state_agent_word`` for those who act for the body;
    only a plural, NNS, where ``plural``): the "of" / "from" phrase by which English
    postmodification says whose people they are ("officials from Mexico", "representatives of the
    government", "soldiers of the junta"); empty for any other noun. The one test of "member noun +
    of / from" that events (targets._actor_span, status._people_of_named_body) and the linker
    (bodies._placed_head) share."""
    if plural and token.tag_ != "NNS":
        return []
    found = [c for c in token.children if c.dep_ == "prep" and c.lower_ in preps]
    return found if found and kind(token) else []


def place_people_word(token) -> bool:
    """Whether the spaCy ``token`` is a common noun of ``place_people_nouns``, matched on its
    lemma ("nationals" -> "national"): people whose "of" phrase names the place they belong to."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in place_people_nouns()


@functools.lru_cache(maxsize=1)
def capitalised_allies_bodies() -> frozenset[str]:
    """Names of the alliance a capitalised "Allies" names (actor_heads.yaml
    ``capitalised_allies_bodies``), case kept."""
    data = yaml.safe_load(LEXICON.read_text(encoding="utf-8")) or {}
    return frozenset(str(w) for w in data.get("capitalised_allies_bodies") or [])


@functools.lru_cache(maxsize=1)
def designation_programmes() -> dict[str, str]:
    """Executive order number -> ISO3 of the state whose government's activities the order's title
    answers (actor_heads.yaml ``designation_programmes``: {"14024": "RUS"})."""
    data = yaml.safe_load(LEXICON.read_text(encoding="utf-8")) or {}
    return {str(number): str(state).upper() for number, state in (data.get("designation_programmes") or {}).items()}


def _span(doc, start: Optional[int], end: Optional[int]):
    if start is None or end is None or end <= start:
        return None
    return doc.char_span(start, end, alignment_mode="expand")


def _covers(mention, token) -> bool:
    return mention.start <= token.idx < mention.end


def _modifier_path(token, head) -> Optional[list]:
    """The tokens from ``token`` up to (not including) ``head`` when ``token`` modifies ``head``
    inside its noun phrase (only ``modifier_deps`` on the way), else None."""
    lex = _lexicon()
    path, node = [], token
    while node.i != head.i:
        if node.dep_ not in lex["modifier_deps"] or node.head.i == node.i:
            return None
        path.append(node)
        node = node.head
    return path


def _place_state(doc, name: str) -> Optional[str]:
    """ISO3 of the one state a place name lies in (GeoNames via ``resolve.places``), else the
    reading the article's other places support, else None."""
    countries = {r.country for r in readings(name)}
    if len(countries) == 1:
        return next(iter(countries))
    decision = local_reading(name, evidence_from(doc._.ng_mentions or []))
    return decision.reading.country if decision is not None else None


def modifier_place(doc, key: Optional[str], start: Optional[int], end: Optional[int]) -> Optional[tuple[str, Optional[str], bool]]:
    """(mention text, ISO3 or None, locative) when the actor phrase [start, end) is headed by a common noun
    and ``key`` is a state or place named only inside its modifiers ("three Nicaragua-based
    entities", "unarmed civilians in Bucha", "Russia's forces"); None when the phrase is that
    name, a state head ("the Cuban regime", "Cuba's government"), a title ("President of
    France"), a demonym adjective ("Ukrainian people", kept as the state), or the name sits
    outside the phrase's modifiers. The ISO3 is filled for a place the gazetteer places and for a
    state premodifier that outranks a locative ("Russian armed forces in Bucha" are Russia's);
    the caller knows a country key's state. ``locative`` is True when the name only says where
    the head is ("civilians in Bucha"), not whose it is ("Russia's forces", "U.S. delegation")."""
    from newsgraph.nlp.roles import title_lexicon
    from newsgraph.resolve.countries import lookup_country

    span = _span(doc, start, end)
    if span is None or not key:
        return None
    head = span.root
    lex = _lexicon()
    word = head.lower_
    if head.pos_ != "NOUN" or word in lex["state_heads"] | lex["relational_heads"] or word in title_lexicon().heads:
        return None
    mentions = [m for m in doc._.ng_mentions or [] if m.entity_key and m.end > span.start_char and m.start < span.end_char]
    if any(_covers(m, head) for m in mentions):
        return None  # the head is (part of) a name
    own = [m for m in mentions if m.entity_key == key]
    if not own or any(m.type not in ("country", "place", "organization") for m in own):
        return None
    others = {m.entity_key: m for m in mentions if m.entity_key != key and m.type == "country"}
    locative = False
    for m in own:
        country = lookup_country(m.text)
        if country is not None and country.matched_as == "demonym":
            return None  # "Ukrainian people": the state, as coref codes a demonym phrase
        named = _span(doc, m.start, m.end)
        path = _modifier_path(named.root, head) if named is not None else None
        if not path:
            return None
        preps = [t.lower_ for t in path if t.dep_ == "prep" or t.lower_ == "based"]
        locative = bool(preps) and all(p in lex["locative_preps"] for p in preps)
        if any(t.dep_ == "prep" for t in path) and not locative:
            return None  # "of", "against", "with": not a locative modifier
        if m.type == "organization" and not locative:
            return None  # "Hamas fighters": an organisation premodifier may be the group itself
    if others:
        premodifier = [m for m in others.values() if m.end <= head.idx]
        if locative and len(others) == 1 and premodifier:
            # "Russian armed forces in Bucha": whose they are outranks where they are
            return premodifier[0].text, premodifier[0].entity_key.split(":", 1)[1].upper(), False
        return None  # "U.S. and Cuban officials": several states, no one state to give
    text = own[0].text
    if own[0].type == "country":
        return text, None, locative
    state = _place_state(doc, text)
    if own[0].type == "organization" and state is None:
        return None  # an organisation the gazetteer does not know as a place ("members from NATO")
    return text, state, locative


def means_patient_state(doc, start: Optional[int], end: Optional[int]) -> Optional[tuple[str, str]]:
    """(ISO3, the state's words) for a stateless set of designated parties that is the object of a
    "by"-gerund of designation (actor_heads.yaml ``means_designating_verbs``) whose governing act
    has a patient naming exactly one state ("imposing substantial costs on Russia's defense
    enterprises by sanctioning 22 defense-related firms" -> RUS): "by V-ing" is the means of the
    act it modifies (English grammar), so the designated parties are part of that act's patient.
    The phrase's head must be a designated party's kind (``designated_*_heads``, business or
    unsectored heads). None otherwise, and where the patient names no state or several."""
    span = _span(doc, start, end)
    if span is None:
        return None
    lex = _lexicon()
    head = span.root
    word = head.lower_
    if head.pos_ != "NOUN" or not (
            designated_kind(head.lemma_) or word in lex["business_heads"] or word in lex["unsectored_heads"]):
        return None
    first = head
    first = first_conjunct(first)  # "designating X and six other ... companies": the object's conjunct
    if first.dep_ != "dobj":
        return None
    gerund = first.head
    by = gerund.head
    if gerund.tag_ != "VBG" or gerund.lemma_.lower() not in lex["means_designating_verbs"] \
            or gerund.dep_ != "pcomp" or by.lower_ != "by":
        return None
    act = by.head
    # the act's patient: its object, or what an "on"/"against" phrase of the act or of its object
    # names ("imposing costs on X", "target X", "increase the pressure on X")
    patients = [c for c in act.children if c.dep_ in ("dobj", "nsubjpass") and c.i < by.i]
    for holder in [act, *patients]:
        patients += [o for p in holder.children if p.dep_ == "prep" and p.lower_ in ("on", "against") and p.i < by.i
                     for o in p.children if o.dep_ == "pobj"]
    states = set()
    for patient in patients:
        left = patient.left_edge.idx
        for m in doc._.ng_mentions or []:
            if m.type == "country" and (m.entity_key or "").startswith("country:") and left <= m.start \
                    and m.end <= patient.idx + len(patient.text):
                states.add((m.entity_key.split(":", 1)[1].upper(), m.text))
    alpha3s = {a for a, _ in states}
    if len(alpha3s) != 1:
        return None
    return sorted(states)[0][0], sorted(states)[0][1]


def unsectored(text: Optional[str]) -> bool:
    """True when the phrase's last word is a head that names parties of no one sector
    ("entities", "individuals"), which take no sector from the state that places them."""
    words = (text or "").lower().split()
    return bool(words) and words[-1] in _lexicon()["unsectored_heads"]


def conflict_parties(span) -> bool:
    """True when the span is a state's sides named by its demonym: a plural head of
    ``conflict_party_heads`` ("the Yemeni parties", "Sudanese factions") with a demonym or state
    name before it, and no other modifier ("political parties" are a sector's: PTY)."""
    root = span.root
    if root.lower_ not in _lexicon()["conflict_party_heads"] or root.tag_ not in ("NNS", "NNPS"):
        return False
    mods = [t for t in root.children if t.dep_ in ("amod", "compound", "nmod") and t.i < root.i]
    return bool(mods) and all(t.ent_type_ in ("NORP", "GPE") for t in mods)


def conflict_party_heads() -> frozenset[str]:
    """Plural nouns for the sides of a dispute or conflict (actor_heads.yaml ``conflict_party_heads``:
    "parties", "sides", "factions", "belligerents")."""
    return _lexicon()["conflict_party_heads"]


def relational_heads() -> frozenset[str]:
    """Nouns that name others by their relation to their owner (actor_heads.yaml relational_heads:
    "its allies", "Russia's neighbours" are other states than the owner)."""
    return frozenset(_lexicon()["relational_heads"])


def member_network_heads() -> frozenset[str]:
    """Nouns whose plural "of" phrase names the members of a commercial network (actor_heads.yaml
    ``member_network_heads``: "a network of Russian procurement agents")."""
    return _lexicon()["member_network_heads"]


def state_set_noun(word: str) -> bool:
    """True when ``word`` is a plural noun for several states ("States", "Allies", "nations";
    actor_heads.yaml ``member_state_heads``)."""
    return word.lower() in _lexicon()["member_state_heads"]


# the kind of actor a list member's entity type names: a person, a state, an organisation
_MEMBER_ENTITY_KINDS = {"PERSON": "person", "GPE": "state", "ORG": "organisation"}
# dependencies that open a clause of their own (a plural inside one is not the predicate's, nor the
# set an "including" list exemplifies: linking.coder.inclusion_noun)
OWN_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"})


def _set_kind(noun) -> Optional[str]:
    """The kind of member a noun's set has: "person" for a person noun or a demonym plural
    ("leaders", "diplomats", "Canadians"), "state" for a state noun ("states", "countries",
    "government"; actor_heads.yaml state_heads, member_state_heads), "organisation" for a body noun
    (member_organisation_heads), else None ("authorities": no one kind)."""
    lemma, lower = noun.lemma_.lower(), noun.lower_
    lex = _lexicon()
    if noun.ent_type_ == "NORP" and noun.tag_ in ("NNS", "NNPS"):
        return "person"
    if lower in lex["member_state_heads"] or lemma in lex["state_heads"] or lower in lex["state_heads"]:
        return "state"
    if lower in lex["member_organisation_heads"]:
        return "organisation"
    return "person" if person_word(noun) else None


def _members_kind(prep) -> Optional[str]:
    """The one kind (``_MEMBER_ENTITY_KINDS``) of the named members of an "including" list, where
    every named member is of it, else None."""
    members = [o for p in prep.children if p.dep_ == "pobj" for o in [p, *p.conjuncts]]
    kinds = {_MEMBER_ENTITY_KINDS.get(m.ent_type_) for m in members if m.ent_type_}
    return next(iter(kinds)) if len(kinds) == 1 else None


def _predicate_plural(verb, prep):
    """The nearest plural noun between ``verb`` and ``prep`` inside the verb's own clause (not
    through a clause of its own), else None."""
    for token in reversed(prep.doc[verb.i + 1:prep.i]):
        if token.tag_ not in ("NNS", "NNPS") or token.pos_ not in ("NOUN", "PROPN"):
            continue
        walk = token
        while walk.i != verb.i and walk.head.i != walk.i and walk.dep_ not in OWN_CLAUSE_DEPS:
            walk = walk.head
        return token if walk.i == verb.i else None
    return None


def extraposed_to_predicate(noun, prep) -> bool:
    """Whether an "including" / "such as" list (``prep``) the parser hung on the subject ``noun``
    but that stands after the subject's verb exemplifies the predicate's plural, not the subject.
    Position alone does not say: English moves a subject's postmodifier to the end of its clause
    (extraposition, Quirk et al. 18.39: "Many world leaders congratulated Lula on his victory,
    including A and B" lists leaders). The list goes to the predicate only where its named
    members are of the kind of the nearest plural after the verb (Quirk et al. 17.80: the list
    names members of the preceding plural) and not of the subject's kind: people after a person
    or demonym plural ("authorities have detained Canadians ..., including A and B"), states after
    a plural of states; "Several European states have expelled Russian diplomats, including
    France and Italy" lists states, not diplomats, and stays the subject's."""
    if not past_own_verb(noun, prep):
        return False
    kind = _members_kind(prep)
    plural = _predicate_plural(noun.head, prep)
    return kind is not None and plural is not None and _set_kind(plural) == kind and _set_kind(noun) != kind


def extraposed_from_subject(noun, prep):
    """The subject an "including" list (``prep``) the parser hung on the object ``noun`` right
    after it belongs to, where its named members cannot be members of the object but are of the
    subject's kind ("Several European states have expelled Russian diplomats, including France and
    Italy": states, not diplomats; the subject's postmodifier moved to the end of its clause,
    Quirk et al. 18.39), else None. Only an object of a verb whose subject (a plural common noun)
    stands before it."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or verb.pos_ not in ("VERB", "AUX") or prep.i < noun.i:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    kind = _members_kind(prep)
    if subject is None or kind is None or subject.tag_ != "NNS" or _set_kind(noun) in (kind, None):
        return None
    return subject if _set_kind(subject) == kind else None


def designated_kind(word: str) -> Optional[str]:
    """"organization" or "person" when ``word`` is an appositive head saying what a designated
    name is ("company", "oligarch"; actor_heads.yaml ``designated_*_heads``), else None."""
    lexicon = _lexicon()
    lower = word.lower()
    if lower in lexicon["designated_organisation_heads"]:
        return "organization"
    return "person" if lower in lexicon["designated_person_heads"] else None


def owned_entity_phrases() -> frozenset[str]:
    """Phrases that say a designated party is owned, so an entity ("owned or controlled by")."""
    return _lexicon()["owned_entity_phrases"]


def business_head(word: str) -> bool:
    """True when ``word`` is a head noun naming businesses ("banks", "firm"; actor_heads.yaml
    ``business_heads``, CAMEO sector BUS)."""
    return word.lower() in _lexicon()["business_heads"]


def phrase_head(span):
    """The head noun of an actor phrase: ``span.root``, or where the parser hung a genitive and
    its noun beside each other on one "of" ("Mordashov’s companies" of "Four of Mordashov’s
    companies": of -> Mordashov, of -> companies, so the span's first root is the possessor) the
    noun right after the genitive ending, inside the span."""
    root = span.root
    if root.pos_ == "PROPN" and root.right_edge.i + 1 < span.end:
        noun = genitive_sibling(root)
        if noun is not None and noun.i < span.end and noun.pos_ == "NOUN":
            return noun
    return root


def genitive_sibling(obj):
    """The noun the genitive ``obj`` ("X's") determines where the parser hung both on one
    preposition ("two of Iran’s ministers": of -> Iran, of -> ministers, the "’s" on Iran): the
    preposition's object that starts right after the genitive ending; None where ``obj`` is no
    preposition's object ending in a genitive, or no such object follows. English grammar: the
    genitive determines the noun after it and names whose it is, not the referent."""
    doc = obj.doc
    end = obj.right_edge.i
    if obj.dep_ != "pobj" or doc[end].dep_ != "case" or doc[end].lower_ not in POSSESSIVE_ENDINGS:
        return None
    return next((o for o in obj.head.children if o.dep_ == "pobj" and o.i > end and o.left_edge.i == end + 1), None)


def genitive_owner(noun):
    """The inverse of ``genitive_sibling``: the genitive "X's" the parser hung beside the noun
    ``noun`` on the same preposition, its phrase ending in the genitive right before the noun's
    own words (Iran of "two of Iran’s ministers"); None otherwise."""
    if noun.dep_ != "pobj":
        return None
    doc = noun.doc
    return next((o for o in noun.head.children if o.dep_ == "pobj" and o.right_edge.i + 1 == noun.left_edge.i
                 and doc[o.right_edge.i].dep_ == "case" and doc[o.right_edge.i].lower_ in POSSESSIVE_ENDINGS), None)


def head_possessor(root):
    """The proper-noun possessor of the noun ``root``: its "poss" child, or in a partitive "N of
    X's NOUN" that the parser split ("Four of Petrov’s companies" read as Four -of-> Petrov with
    "’s" on Four, and Four a numeral modifier of companies) the "of" object X right before the
    genitive ending that stands right before the noun's own words; or the "of" object X ending in
    "’s" that the parser hung beside the noun on the same "of" ("Two of Iran’s ministers": of ->
    Iran, of -> ministers). English grammar: the genitive
    "X's" determines the noun after it, so X is the noun's possessor whichever word the parser
    hung it on. None where there is none."""
    owner = next((c for c in root.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is not None:
        return owner
    doc = root.doc
    # both hung on one "of" ("Two of Iran’s ministers": of -> Iran, of -> ministers)
    owner = genitive_owner(root)
    if owner is not None and owner.pos_ == "PROPN":
        return owner
    for part in root.children:
        if part.i >= root.i or part.dep_ not in ("nummod", "quantmod", "amod", "det", "nmod"):
            continue
        for prep in part.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for obj in prep.children:
                end = obj.right_edge.i  # the genitive ending, on X or right after it (on the numeral)
                end += 0 if doc[end].dep_ == "case" and end > obj.i else 1
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and end < root.i \
                        and doc[end].lower_ in ("'s", "’s", "'", "’") and doc[end].dep_ == "case" \
                        and all(w.head.i == root.i or w.head.i in range(end + 1, root.i) for w in doc[end + 1:root.i]):
                    return obj
    return None


def possessor_key(doc, start: Optional[int], end: Optional[int]) -> Optional[str]:
    """Entity key of the possessor of the actor phrase's head ("NBU's Computer Security Incident
    Response Team" -> the National Bank of Ukraine's key; also of a split partitive, ``head_possessor``),
    else None."""
    span = _span(doc, start, end)
    if span is None:
        return None
    token = head_possessor(phrase_head(span))
    if token is not None:
        for m in doc._.ng_mentions or []:
            if m.entity_key and _covers(m, token):
                return m.entity_key
    return None


def possessed_state_government(doc, start: Optional[int], end: Optional[int]) -> Optional[str]:
    """Key of the state whose government a pronoun-owned singular state head names ("Ukrainians
    and their government", "the people of Kenya and their government", "Moldova and its
    government"; actor_heads.yaml ``state_owner_pronouns``): the nearest actor named before the
    pronoun in its sentence, when that is a state or a state's people (a demonym mention). None
    where the phrase is no such head, or the nearest actor before is a person or an organisation
    ("the union and its leadership": the organisation's own)."""
    span = _span(doc, start, end)
    if span is None:
        return None
    root = span.root
    if root.lower_ not in _lexicon()["state_heads"] or root.tag_ != "NN":
        return None  # ("their governments": several states)
    owner = span[0]
    if owner.lower_ not in _lexicon()["state_owner_pronouns"] or owner.dep_ != "poss" or owner.head.i != root.i:
        return None
    sentence = owner.sent
    before = [m for m in doc._.ng_mentions or [] if m.entity_key and sentence.start_char <= m.start
              and m.end <= owner.idx and m.type in ("organization", "country", "person")]
    if owner.lower_ == "their" and all(m.type == "country" and not _names_people(doc, m) for m in before):
        # "We salute ... all Ukrainian citizens who are defending their country. America and its
        # Allies support their efforts to defend their country": no people named before "their"
        # in its sentence (a state's name is no "they"), so "their" continues the people the
        # sentence before named, when all of them are one state's
        return _people_of_sentence_before(doc, sentence)
    if not before:
        return None
    nearest = max(before, key=lambda m: m.end)
    if nearest.type != "country" or not nearest.entity_key.startswith("country:"):
        return None
    # "their" takes a state's people ("Ukrainians", "the people of Kenya", "Russian citizens"), not
    # the state's own name ("America and its Allies support their efforts to defend their
    # country": "their" is others'); "its" takes the state's name
    return nearest.entity_key if (owner.lower_ == "their") == _names_people(doc, nearest) else None


def _people_of_sentence_before(doc, sentence) -> Optional[str]:
    """Key of the one state whose people (``_names_people``: "Ukrainian citizens", "the people of
    Ukraine") the sentence before ``sentence`` names, else None (none, or several states')."""
    if sentence.start == 0:
        return None
    previous = doc[sentence.start - 1].sent
    keys = {m.entity_key for m in doc._.ng_mentions or [] if m.entity_key and m.type == "country"
            and m.entity_key.startswith("country:") and previous.start_char <= m.start
            and m.end <= previous.end_char and _names_people(doc, m)}
    return keys.pop() if len(keys) == 1 else None


def _names_people(doc, mention) -> bool:
    """Whether a state mention names the state's people: a demonym ("Ukrainians", "Russian
    citizens") or the "of" object of a plural noun ("the people of Kenya", "citizens of Peru")."""
    if mention.kind == "demonym":
        return True
    span = _span(doc, mention.start, mention.end)
    if span is None:
        return False
    head = span.root.head
    return span.root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and (
        head.head.tag_ == "NNS" or head.head.lower_ == "people")


def owner_pronoun_antecedent(doc, start: Optional[int], end: Optional[int]) -> Optional[str]:
    """Entity key that a possessive "its" opening the actor phrase refers to: the nearest
    organisation or country named before it in its sentence ("the IAEA and its
    Director-General" -> the IAEA), else None. Singular "its" agrees with a body or state,
    never a person."""
    span = _span(doc, start, end)
    if span is None:
        return None
    first = span[0]
    if first.lower_ not in _lexicon()["owner_pronouns"] or first.dep_ != "poss":
        return None
    if span.root.lower_ in _lexicon()["relational_heads"]:
        return None  # "America and its Allies": others, by their relation to America
    sentence = first.sent
    before = [m for m in doc._.ng_mentions or [] if m.entity_key and sentence.start_char <= m.start
              and m.end <= first.idx and m.type in ("organization", "country")
              and (m.kind != "demonym" or _names_state_head(doc, m))]
    return max(before, key=lambda m: m.end).entity_key if before else None


def _names_state_head(doc, mention) -> bool:
    """True when a demonym mention premodifies a state head ("the *Russian* government", "the
    Cuban regime"): the phrase is the state, an antecedent for "its" like the state's name."""
    span = _span(doc, mention.start, mention.end)
    return span is not None and span.root.dep_ in ("amod", "compound") and \
        span.root.head.lower_ in _lexicon()["state_heads"]


def group_member_head(word: str) -> bool:
    """Whether ``word`` names one of a group's own people (actor_heads.yaml ``group_member_heads``:
    "financier", "leaders", "co-founder")."""
    return word.lower() in _lexicon()["group_member_heads"]


def spokes_head(word: str) -> bool:
    """Whether ``word`` names one who speaks for a body (actor_heads.yaml ``spokes_heads``:
    "official", "spokesperson", "representatives")."""
    return word.lower() in _lexicon()["spokes_heads"]


def spokes_rank_word(word: str) -> bool:
    """Whether ``word`` ranks or counts a body's speakers, no part of its name (actor_heads.yaml
    ``spokes_rank_words``: "senior", "top", "two")."""
    return word.lower() in _lexicon()["spokes_rank_words"]


def partitive_head(word: str) -> bool:
    """Whether ``word`` is a partitive head noun (actor_heads.yaml ``partitive_heads``: "members",
    "officials", "representatives", "delegates"): it names a body's own people, its agents."""
    return word.lower() in _lexicon()["partitive_heads"]


def partitive_member_word(word: str) -> bool:
    """Whether ``word`` heads a partitive "N of <a set>" that picks part of the set and names no
    office or sector of its own: a member noun or "one" (actor_heads.yaml
    ``partitive_member_heads``: "members of Russia's forces", "one of the soldiers") or a
    quantifier (linking_words.yaml ``quantifier_words``: "some of", "most of", "dozens of")."""
    word = word.lower()
    return word in _lexicon()["partitive_member_heads"] \
        or word in named_word_sets(LEXICON.parent / "linking_words.yaml")["quantifier_words"]


def delegation_words() -> tuple[frozenset[str], frozenset[str]]:
    """(nouns naming a state's delegation, lemmas of verbs for leading it), from actor_heads.yaml
    ``delegation_heads`` and ``leading_verbs``."""
    lex = _lexicon()
    return lex["delegation_heads"], lex["leading_verbs"]


def own_government_phrase(text: Optional[str]) -> bool:
    """True when an actor phrase names no state but a modifier makes it the publishing
    government's own agencies ("interagency partners", "an interagency delegation";
    actor_heads.yaml ``own_government_modifiers``)."""
    words = re.findall(r"[\w\-]+", (text or "").lower())
    return any(word in _lexicon()["own_government_modifiers"] for word in words)


# "These members", "those officials", "the board members": a definite plural with at most one
# lowercase modifier before its head
_DEFINITE_PLURAL = re.compile(r"^(?:[Tt]hese|[Tt]hose|[Tt]he)\s+(?:[a-z]+\s+)?([a-z]+)$")


def partitive_antecedent(doc, text: Optional[str], start: Optional[int],
                         types: tuple[str, ...] = ("organization", "country")) -> Optional[str]:
    """Entity key of the body that a definite plural ("These members", "the board members")
    refers back to: the latest earlier partitive with the same head ("328 members of the Russian
    State Duma"; actor_heads.yaml ``partitive_heads``), the organisation its of-phrase names,
    else the state it names ("21 members of Russia's National Security Council" -> the Council,
    or Russia). ``types``: the kinds of mention the of-phrase may name (a caller that reads only
    the body's state also takes a body the NER tagged as a group, "the Rostec board"). None when
    there is no such partitive before or the phrase is not one."""
    if start is None or not text:
        return None
    before = doc_text(doc)[:start]
    # the event span may leave the determiner out ("These members" stored as "members"); looked
    # for in the end of the text before only (the word, one character before it for the word
    # boundary, and the spaces after it), not by a search through all of it
    spaces = len(before) - len(before.rstrip())
    determiner = re.search(r"\b(?:[Tt]hese|[Tt]hose|[Tt]he)\s+$", before[max(0, len(before) - spaces - 6):])
    phrase = " ".join(text.split())
    match = _DEFINITE_PLURAL.match(phrase) or (_DEFINITE_PLURAL.match(f"{determiner.group(0)}{phrase}")
                                               if determiner else None)
    if not match or match.group(1) not in _lexicon()["partitive_heads"]:
        return None
    head = match.group(1)
    mentions = [m for m in doc._.ng_mentions or [] if m.entity_key and m.type in types and m.end <= start]
    for partitive in reversed(list(re.finditer(rf"\b{head}\s+of\s+", before))):
        # the of-phrase runs to the next comma, semicolon, parenthesis or sentence end
        stop = re.search(r"[,;:()]|\.\s|\n", before[partitive.end():])
        limit = partitive.end() + (stop.start() if stop else len(before) - partitive.end())
        inside = [m for m in mentions if partitive.end() <= m.start < limit]
        if inside:
            bodies = [m for m in inside if m.type == "organization"]
            return (bodies or inside)[0].entity_key
    return None


def own_government_antecedent(doc, text: Optional[str], start: Optional[int]) -> bool:
    """True when a definite singular group noun ("The delegation", "the team") refers back to an
    earlier phrase with the same head that an ``own_government_modifiers`` word makes the
    publisher's own ("an interagency delegation ... The delegation met with ...": English
    definite anaphora to the latest same-head noun)."""
    if start is None or not text:
        return False
    words = re.findall(r"[\w\-]+", text.lower())
    if not words or len(words) > 3 or words[0] not in ("the", "this", "that", words[-1]):
        return False
    head = words[-1]
    if not re.search(rf"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+$", doc_text(doc)[:start]) and words[0] == head:
        return False  # a bare noun with no determiner before it is no anaphor
    modifiers = "|".join(re.escape(m) for m in sorted(_lexicon()["own_government_modifiers"]))
    earlier = list(re.finditer(rf"\b([\w\-]+)\s+{re.escape(head)}\b", doc_text(doc)[:start], re.IGNORECASE))
    # the latest earlier same-head phrase decides (a later "Colombian delegation" would be another)
    return bool(earlier) and re.fullmatch(modifiers, earlier[-1].group(1).lower()) is not None


def placing_participle(token) -> bool:
    """True when ``token`` is a participle after a hyphen that makes the state before it the
    actor's own ("Russia-installed", "Uzbekistan-based"; actor_heads.yaml ``placing_participles``)."""
    return token.lower_ in _lexicon()["placing_participles"] and token.i > 0 and token.nbor(-1).text == "-"


def seat_participle(token) -> bool:
    """True when ``token`` is a participle that, with an "in" phrase, gives a company's seat ("a
    company headquartered in Moscow"; actor_heads.yaml ``seat_participles``)."""
    return token.lower_ in _lexicon()["seat_participles"] and token.tag_ in ("VBN", "VBD")


def relational_head(word: str) -> bool:
    """True when ``word`` is a relational head noun ("partner", "ally", "counterpart";
    actor_heads.yaml ``relational_heads``): a state named as its noun adjunct or possessor is
    the relation's other side ("a U.S. partner", "Russia's allies"), not the holder's state."""
    return word.lower() in _lexicon()["relational_heads"]


def _clause_end_members(doc, clause, lex: dict) -> list:
    """The openers of a comma-set list of states closing a plural's relative clause, which the
    parser hangs on the clause's last noun ("all the countries that have pledged personnel ... to
    this mission that will grow to 2,500 multinational personnel, led by Kenya and including
    Benin, Jamaica, ..."): a "led by" participle's agent and an "including" or "like"
    (``member_list_preps`` less "as": "such as" is not matched here, and a bare ", as" opens a
    role, not a list) right after that comma or joined to the led list by "and". The noun the
    list hangs on must be no state-set noun itself (``member_state_heads``: "countries that
    sanctioned nations, including Iran" lists the nations). Tokens whose "pobj" children are the
    items.

    General English, not one sentence's: a comma-set "including" list (or a participle naming a
    leader) after a plural's postmodifier names members of the plural, wherever the parser
    attaches it (attachment ambiguity: it hangs the list on the nearest noun); the issue's rule
    makes states that act together each an actor. How often: the bundled examples' text has 2
    such lists after a plural state noun's relative clause (grep "(countries|nations|states|
    governments|partners|allies) (that|which|who|...ing|...ed) ..., [led by X and ](including|like)
    <Name>"), both in one White House statement on the Haiti support mission."""
    openers = []
    for token in clause.subtree:
        if token.i <= clause.i:  # after the clause's own word, so never the doc's first token
            continue
        before = doc[token.i - 1]
        if token.lemma_.lower() == "lead" and token.dep_ == "acl" and before.text == ",":
            owner, agents = token.head, [c for c in token.children if c.dep_ == "agent"]
        elif token.lower_ in lex["member_list_preps"] and token.lower_ != "as" and (
                before.text == "," or before.lower_ == "and" and any(o.dep_ == "agent" for o in openers)):
            owner, agents = token.head, [token]
        else:
            continue
        while owner.dep_ == "conj" or owner.dep_ == "pobj" and owner.head.dep_ == "agent" or owner.dep_ == "acl":
            # "led by Kenya and including ...": the list hangs on the noun that is led
            owner = owner.head.head if owner.dep_ == "pobj" else owner.head
        if owner.lower_ in lex["member_state_heads"]:
            continue
        openers += agents
    return openers


def name_topic(text_before: str) -> bool:
    """Whether a name's word follows one of the prepositions that open a body's or a law's topic
    (actor_heads.yaml ``name_topic_preps``: "Commission of Inquiry on | Ukraine", "Special Envoy
    for | Yemen"): ``text_before`` is the name's text up to that word. A state named there is what
    the body deals with, not the state it acts for."""
    words = re.findall(r"[\w\-]+", text_before.lower())
    if words and words[-1] == "the":
        words = words[:-1]
    return bool(words) and topic_prep(words[-1])


def topic_prep(word: str) -> bool:
    """Whether the lower-case ``word`` is a preposition that opens a body's, a law's or an
    office's topic (actor_heads.yaml ``name_topic_preps``: "Special Envoy for | Yemen")."""
    return word in _lexicon()["name_topic_preps"]


def member_kind(head) -> Optional[str]:
    """The entity type a plural head's named members are of: "country" for a state-set head
    (actor_heads.yaml ``member_state_heads``: "countries", "nations"), "organization" for a body
    or business head (``member_organisation_heads``, ``business_heads``: "banks", "institutions"),
    "person" for a designated person head (``designated_person_heads``: "oligarchs"); None for
    any other word. ``head`` is a spaCy token (its lowercase form and lemma are read)."""
    lex = _lexicon()
    word = head.lower_
    if word in lex["member_state_heads"]:
        return "country"
    if word in lex["member_organisation_heads"] or word in lex["business_heads"]:
        return "organization"
    if head.lemma_.lower() in lex["designated_person_heads"]:
        return "person"
    return None


# the entity types of the named parties a counted noun of each kind may stand for: people are
# persons (or a named set of people, type "group"), bodies are organisations, craft are keyed as
# organisations or equipment (actor_heads.yaml craft_heads), states are countries
_COUNTED_KIND_TYPES = {"person": frozenset({"person", "group"}), "organization": frozenset({"organization"}),
                       "craft": frozenset({"organization", "equipment"}), "country": frozenset({"country"})}

# a legal "party" is any person, natural or legal ("designating 26 parties"): no kind of its own
_ANY_PARTY_WORDS = frozenset({"party", "parties"})


def _counted_noun_kind(token) -> Optional[str]:
    """The kind of party one plural noun counts: "person" (``person_word``, ``designated_person_heads``:
    "officials", "individuals"), "organization" (``member_organisation_heads``, ``business_heads``,
    ``designated_organisation_heads``, entity_cues.yaml organisation descriptors and collectives:
    "entities", "companies", "militias"), "craft" (``craft_heads``: "vessels"), "country"
    (``member_state_heads``); None for a noun of no kind or of two ("suppliers": a firm or a
    person; "targets", "parties")."""
    lex = _lexicon()
    word, lemma = token.lower_, token.lemma_.lower()
    if word in _ANY_PARTY_WORDS or lemma in _ANY_PARTY_WORDS:
        return None
    if member_kind(token) == "country":
        return "country"
    names = cues()
    bodies = {d[0] for d in names["descriptors"] if len(d) == 1} | names["collectives"]
    kinds = set()
    if person_word(token) or lemma in lex["designated_person_heads"]:
        kinds.add("person")
    if word in lex["member_organisation_heads"] | lex["business_heads"] | bodies \
            or lemma in lex["designated_organisation_heads"] | bodies:
        kinds.add("organization")
    if word in lex["craft_heads"] or lemma in lex["craft_heads"]:
        kinds.add("craft")
    return kinds.pop() if len(kinds) == 1 else None


def counted_member_types(span) -> Optional[frozenset[str]]:
    """The entity types ("person", "group", "organization", "equipment", "country") of the named
    parties a counted plural phrase may be told again by, read off its head noun and the nouns
    coordinated with it inside the phrase ("five regime officials" -> person, group; "six
    entities" -> organization; "26 individuals and seven entities" -> both; not "seven prisons"
    before "and five regime officials" where the phrase is the second conjunct only): a count of
    people is told again by named people, a count of bodies by named bodies, a count of vessels
    by named vessels. None when any of those nouns is of no one kind ("targets", "designations",
    "suppliers"): the phrase may count parties of any type. ``span`` is a spaCy Span."""
    head = span.root
    types: set[str] = set()
    for noun in [head, *(c for c in head.conjuncts if span.start <= c.i < span.end)]:
        if noun.pos_ not in ("NOUN", "PROPN"):
            continue
        kind = _counted_noun_kind(noun)
        if kind is None:
            return None
        types |= _COUNTED_KIND_TYPES[kind]
    return frozenset(types) or None


def named_members(doc, start: Optional[int], end: Optional[int], allow_one: bool = False) -> list[str]:
    """Entity keys, in text order, of the members a plural actor phrase's sentence names: the
    phrase's apposition ("two of Russia's most important banks, Sberbank and Gazprombank"), its
    "of" list ("the governments of Antigua and Barbuda and Guatemala") or an "including / such as /
    like" list on the head or on a relative clause of it ("other nations that have pledged ...,
    including Jamaica, The Bahamas, and Antigua"). English apposition and exemplifying lists name
    the referents of the plural. Only members of the head's kind count (countries for
    ``member_state_heads``, organisations for ``member_organisation_heads``, persons for
    ``designated_person_heads``); a colon closing the phrase opens such a list too ("three
    oligarchs: A, B, and C"). Fewer than two named gives [], except that with ``allow_one`` (the
    phrase names no entity of its own) one member named by an "including / such as" or colon list
    will do ("all those countries, including the United States")."""
    span = _span(doc, start, end)
    if span is None:
        return []
    lex = _lexicon()
    head = span.root
    if head.tag_ not in ("NNS", "NNPS"):
        return []
    kind = member_kind(head)
    if kind is None:
        return []
    kinds = (kind,)
    holders = [c for c in head.children if c.i >= span.end - 1 and (
        c.dep_ == "appos" or (c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ in lex["member_list_preps"])))]
    # "entities and individuals, including X": the list may hang on the last conjunct of the phrase
    holders += [c for t in head.conjuncts if span.start <= t.i < span.end for c in t.children
                if c.i >= span.end and c.dep_ == "prep" and c.lower_ in lex["member_list_preps"]]
    for clause in (c for c in head.children if c.dep_ in ("relcl", "acl")):
        holders += [c for c in clause.children if c.dep_ == "prep" and c.lower_ in lex["member_list_preps"]]
        if "country" in kinds:
            holders += _clause_end_members(doc, clause, lex)
    if any(c.lower_ == "as" and (c.i == 0 or doc[c.i - 1].lower_ != "such") for c in holders):
        holders = [c for c in holders if c.lower_ != "as" or (c.i > 0 and doc[c.i - 1].lower_ == "such")]
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.text == "," and span.end + 1 < len(doc) and doc[span.end + 1].pos_ == "PROPN" \
            and not any(h.dep_ == "appos" for h in holders):
        # "banks, Sberbank and Gazprombank": the parse hangs the apposition list elsewhere
        holders.append(doc[span.end + 1])
    colon_items = []
    if after is not None and after.text == ":" and span.end + 1 < after.sent.end \
            and doc[span.end + 1].pos_ == "PROPN":
        # "designating three oligarchs: A, B, and C", "two Russian state-owned enterprises: X":
        # a colon closing the noun phrase opens the list of what it names (English punctuation:
        # the colon introduces an enumeration of the noun before it); the list runs to the
        # sentence end, so "A, President of X; B, CEO of Y" gives each item, not the titles' bodies
        colon_items = list(doc[span.end + 1:after.sent.end])
    keys: list[str] = []
    exemplified = False  # a member named by an "including / such as" or colon list
    for holder in holders + ([None] if colon_items else []):
        # the list items themselves: the appositive and its conjuncts, the preposition's object and
        # its conjuncts, or the names right after the comma; not what modifies them ("a training
        # center that supports ... the Nicaraguan National Police" names no member)
        if holder is None:
            items = colon_items
        elif holder.dep_ == "appos":
            items = [holder, *holder.conjuncts]
        elif holder.dep_ in ("prep", "agent") or holder.lower_ in lex["member_list_preps"]:
            items = [i for o in holder.children if o.dep_ == "pobj" for i in (o, *o.conjuncts)]
            # "including Russia's largest defense conglomerate (State Corporation Rostec)": an
            # item's own apposition is its name
            items += [a for i in list(items) for a in i.children if a.dep_ == "appos"]
        else:
            items, run = [holder], holder
            while run.i + 1 < holder.sent.end and (doc[run.i + 1].pos_ in ("PROPN", "CCONJ", "DET")
                                                    or doc[run.i + 1].text == ","):
                run = doc[run.i + 1]
                items.append(run)
        for m in sorted(doc._.ng_mentions or [], key=lambda m: m.start):
            # a one-word name in apposition to a business noun is a business, whatever the NER
            # took it for ("banks, Sberbank and Gazprombank" with Gazprombank read as a person)
            listed = holder is not None and holder.dep_ != "prep" and "organization" in kinds \
                and m.type == "person" and " " not in m.text
            if m.entity_key and (m.type in kinds or listed) and any(_covers(m, t) for t in items) \
                    and getattr(m, "kind", None) != "demonym" and m.entity_key not in keys:
                keys.append(m.entity_key)
                exemplified = exemplified or holder is None or (holder.dep_ == "prep" and holder.lower_ != "of")
    # an apposition or "of" list of one name is no plural's list; an exemplifying list ("entities,
    # including Rostec and dozens of ...") or a colon list may name one member and describe the rest
    return keys if len(keys) >= 2 or (keys and exemplified and allow_one) else []


def pair_undertaking_types() -> frozenset[str]:
    """PLOVER types of an act between the parties of a joint undertaking (actor_heads.yaml
    ``pair_undertaking_types``)."""
    return frozenset(t.upper() for t in _lexicon()["pair_undertaking_types"])


# a one-word pair of states and the capitalised words naming what it heads ("U.S.-Colombia Air
# Transport Agreement", "United States-Honduras Strategic Dialogue"): the parser splits and hangs
# such pairs unreliably, so the pair is read from the characters
# (a lowercase "bilateral" between the pair and the name restates that it is between the two:
# "the U.S.-Russia bilateral Strategic Stability Dialogue")
_PAIR_NAME = re.compile(r"(?:(?<=\s)|^)([A-Z][\w.]*(?: [A-Z][\w.]*)?)[-\u2013]([A-Z][\w.]*(?: [A-Z][\w.]*)?)"
                        r"((?:[\s-]+(?:[A-Z][\w-]*|\d{4}|bilateral))*)")


# a lower-case head noun right after a pair's name: the pair modifies it as a noun adjunct ("the
# U.S.-Iran talks", "a U.S.-Russia bilateral dialogue"), the same undertaking of the two as a
# capitalised name
_COMMON_HEAD = re.compile(r"\s+([a-z]+)\b")


def pair_undertakings(doc, start: int, end: int) -> list[tuple[str, str, int, int]]:
    """(ISO3, ISO3, start char, end char) of each one-word pair of states in [start, end) whose
    capitalised name ends in a head naming a joint undertaking of the pair ("the U.S.-Colombia Air
    Transport Agreement", "the United States-Honduras Strategic Dialogue"; actor_heads.yaml
    ``pair_undertaking_heads``; not "the United States-Ecuador Partnership Act"), in text order."""
    from newsgraph.resolve.countries import lookup_country

    text = doc_text(doc)[start:end]
    heads = _lexicon()["pair_undertaking_heads"]
    found = []
    for match in _PAIR_NAME.finditer(text):
        words = match.group(3).replace("-", " ").split()
        common = _COMMON_HEAD.match(text, match.end())
        if common is not None and common.group(1) in heads:
            words.append(common.group(1))  # a common-noun head: "the U.S.-Iran talks", "a U.S.-China dialogue"
        if not words or words[-1].lower() not in heads:
            continue
        first, second = match.group(1), match.group(2)
        for left in ([first, first.split()[-1]] if " " in first else [first]):
            for right in ([second, second.split()[0]] if " " in second else [second]):
                states = [lookup_country(left), lookup_country(right)]
                if all(c is not None and c.matched_as in ("name", "alias") for c in states) \
                        and states[0].alpha3 != states[1].alpha3:
                    opening = start + match.start(1) + (len(first) - len(left))
                    found.append((states[0].alpha3, states[1].alpha3, opening, opening + len(left) + 1 + len(right)))
                    break
            else:
                continue
            break
    return found


def spelling_variant(word: str) -> str:
    """The spelling Phoenix lists for a variant English spelling of an agent noun ("protestors" ->
    "protesters"; actor_heads.yaml ``spelling_variants``), else ``word``."""
    return _variants().get(word.lower(), word)


@functools.lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    try:
        data = yaml.safe_load(LEXICON.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ModelError(f"cannot read actor-head lexicon {LEXICON}: {exc}", source=str(LEXICON)) from exc
    return {str(k).lower(): str(v).lower() for k, v in (data.get("spelling_variants") or {}).items()}


def state_set_sector(doc, start: Optional[int], end: Optional[int]) -> Optional["ActorCode"]:
    """A group of states no name identifies ("more than 30 countries", "neighboring states", "its
    member states"): head noun one of actor_heads.yaml ``state_set_heads`` (plural common noun),
    coded as a stateless group in the sector a state acts in as an actor (GOV, as a country
    mention is coded); None for any other phrase."""
    from newsgraph.resolve.actors import ActorCode

    span = _span(doc, start, end)
    if span is None:
        return None
    head = span.root
    if head.pos_ != "NOUN" or head.tag_ != "NNS" or head.lower_ not in _lexicon()["state_set_heads"]:
        return None
    if head.lower_ == "states" and not any(c.dep_ in ("amod", "compound") for c in head.children):
        return None  # bare "states" in a U.S. text are often its federated states ("tools that states can use")
    return ActorCode(None, "GOV", f"a group of states no name identifies: head noun '{head.text}'")
