"""Definite descriptions that name an actor the article named before.

"He accused the organization of meaninglessness" (the UN, named a sentence before), "the
Court is taking into consideration" (the International Court of Justice), "will continue to
support these countries" (the countries just listed), "the regime" (the one state named
before): a noun phrase whose determiner is definite or demonstrative and whose head is a class
noun (``lexicons/entity_descriptions.yaml``: state and organisation nouns of the Phoenix agent
dictionary, keyed by newsgraph's entity types) refers back to an entity of that class named in
its own paragraph or the two sentences before it. It is read as that entity only when exactly
one candidate fits:

* a singular head needs exactly one entity of its class in reach; a government noun ("the
  regime") with several states in reach, exactly one state named as a government ("the Cuban
  government");
* a plural head with a numeral ("the two governments") needs exactly that many; a plural head
  without one ("these countries") needs a list: at least two entities of its class coordinated
  with each other in one sentence, and nothing else of the class in reach; after a demonstrative
  ("these", "those") the list right before it will do though other entities of the class were
  named earlier. A slot holds one
  actor, so a plural is read as the first member (the way a coordinated actor "the United States,
  Allies, and partners" is), and ``DescribedActor.members`` lists them all;
* a description with its own complement ("the government of Mexico", "the countries that ...",
  "the regional government", "the other countries") describes something else and is left alone;
* the event's other actor (``exclude``) is never the antecedent, and when it is one of the
  candidates the description stays unresolved ("the regime's crackdown against the people of
  Burma": neither the United States named before nor Burma, the target, is safe).

``described_antecedent(doc, start, end, exclude)`` answers for a span; the linker calls it for
actor slots nothing else resolved.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import yaml
from spacy.tokens import Token

from newsgraph.nlp.doc_cache import doc_text, expanded_span
from newsgraph.nlp.folding import ascii_lower as _fold
from newsgraph.resolve.countries import lookup_country

LEXICON_PATH = Path(__file__).parent / "lexicons" / "entity_descriptions.yaml"
GROUP_NOUNS = Path(__file__).parent / "lexicons" / "group_nouns.txt"

# right-hand dependents that give a noun phrase its own identification ("the government of X",
# "the countries that border it", "the organization, a body of ..."), so it is no anaphor
_OWN_COMPLEMENT_DEPS = {"acl", "relcl", "appos"}
_OWN_COMPLEMENT_PREPS = {"of", "in", "from", "at", "on", "within", "outside", "led", "like", "such"}
_LEFT_MODIFIER_DEPS = {"amod", "compound", "nummod", "nmod", "quantmod", "advmod", "npadvmod"}
# verbs whose "of" phrase names a charge (the parser may hang it on the object): "accused X of"
_CHARGE_VERBS = {"accuse", "suspect", "convict", "acquit", "clear", "charge"}
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}


@dataclass(frozen=True)
class DescriptionLexicon:
    determiners: frozenset[str]
    modifiers: frozenset[str]
    window_sentences: int
    governing: frozenset[str]
    pejorative: frozenset[str]
    ruling_forces: frozenset[str]
    demonstrative_only: frozenset[str]
    foreign_act_verbs: frozenset[str]
    classes: dict[str, tuple[frozenset[str], frozenset[str]]]  # head -> (entity types, name words)


@functools.lru_cache(maxsize=1)
def description_lexicon() -> DescriptionLexicon:
    """``lexicons/entity_descriptions.yaml`` read once."""
    data = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    classes = {head: (frozenset(spec["types"]), frozenset(spec.get("name_words") or ()))
               for head, spec in data["classes"].items()}
    return DescriptionLexicon(frozenset(data["determiners"]), frozenset(data.get("modifiers") or ()),
                              int(data.get("window_sentences", 2)), frozenset(data.get("governing") or ()),
                              frozenset(data.get("pejorative") or ()), frozenset(data.get("ruling_forces") or ()),
                              frozenset(data.get("demonstrative_only") or ()),
                              frozenset(data.get("foreign_act_verbs") or ()), classes)


@functools.lru_cache(maxsize=1)
def group_nouns() -> frozenset[str]:
    """``lexicons/group_nouns.txt``: nouns for an organised body of people acting as one in news
    ("team", "delegation", "crew"; hand-curated, each checked against its WordNet sense, the source
    in the file's header), the heads ``described_phrase`` reads."""
    from newsgraph.nlp.word_lists import word_file

    return word_file(GROUP_NOUNS, "group-noun")


@dataclass(frozen=True)
class DescribedActor:
    """What a definite description refers back to: ``key`` (the entity a slot takes: the one
    antecedent, or a list's first member), ``members`` (every entity it stands for, in text
    order), ``reason`` (for the event's explanation)."""
    key: str
    members: tuple[str, ...]
    reason: str
    spans: tuple[tuple[int, int], ...] = ()  # (start, end) of each member's latest mention before it


def _description_head(doc, start: int, end: int, lex: DescriptionLexicon):
    """(head token, number wanted or None, plural) of a bare definite description in the span,
    else None."""
    span = expanded_span(doc, start, end)
    if span is None or not len(span):
        return None
    head = span.root
    lemma = head.lemma_.lower()
    if head.pos_ not in ("NOUN", "PROPN") or lemma not in lex.classes:
        return None
    if head.tag_ in ("NNP", "NNPS") and head.i > 0 and doc[head.i - 1].tag_ in ("NNP", "NNPS"):
        return None  # part of a name ("Supreme Court", "Unitary Platform" tagged as names)
    plural = head.tag_ in ("NNS", "NNPS")
    determiner, number = None, None
    for child in head.lefts:
        if child.dep_ == "det":
            determiner = child.lower_
        elif child.dep_ == "nummod" or child.lower_ in _NUMBERS:
            number = _NUMBERS.get(child.lower_)
            if number is None:
                return None  # "the 27 countries": no list of 27 names to check against
        elif child.dep_ in ("poss", "case") or child.dep_ in _LEFT_MODIFIER_DEPS:
            if child.lower_ not in lex.modifiers:
                return None  # "the regional government", "Russia's government", "other countries"
        elif child.dep_ not in ("punct",):
            return None
    if determiner == "both" and plural and number is None:
        # "both countries", "both sides": a definite pair, the two named before ("the two countries")
        determiner, number = "the", 2
    if determiner not in lex.determiners:
        return None
    if lemma in lex.demonstrative_only and not (plural and determiner in ("these", "those")):
        return None  # "the partners", "this partner": no list pointed at
    for child in head.rights:
        if child.dep_ in _OWN_COMPLEMENT_DEPS or (child.dep_ == "prep" and _identifying(child)):
            return None
    if number is not None and not plural:
        return None
    return head, number, plural


def _identifying(prep) -> bool:
    """Whether a preposition on the head gives the phrase its own referent ("the government of
    Mexico", "the countries of the region", "the government in Kabul"). A bare abstract noun
    after "of" is the verb's complement the parser hung on the object ("accused the organization
    of inaction"), no identification."""
    if prep.lower_ not in _OWN_COMPLEMENT_PREPS:
        return False
    if prep.lower_ != "of":
        return True
    if prep.head.head.pos_ == "VERB" and prep.head.head.lemma_.lower() in _CHARGE_VERBS:
        return False  # "accused the unit of war crimes": the charge is the verb's, not the unit's
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return not objects or any(o.pos_ == "PROPN" or o.ent_type_ or o.tag_ == "NNS"
                              or any(c.dep_ in ("det", "poss") for c in o.children) for o in objects)


def _window_start(doc, token, sent_starts: list[int]) -> int:
    """Char offset from which antecedents are sought: the paragraph's start or the start of the
    sentence ``window_sentences`` before the token's, whichever is earlier (``sent_starts``: the
    char offset of each sentence)."""
    text = doc_text(doc)
    s = bisect.bisect_right(sent_starts, token.idx) - 1
    back = sent_starts[max(0, s - description_lexicon().window_sentences)]
    paragraph = text.rfind("\n\n", 0, token.idx)
    return min(back, paragraph + 2 if paragraph >= 0 else 0)


def _fits(entity, types: frozenset[str], name_words: frozenset[str]) -> bool:
    if entity is None or entity.type not in types:
        return False
    if not name_words:
        return True
    names = [entity.name, *(entity.aliases or [])]
    return any(word in name_words for name in names for word in re.findall(r"[a-z]+", _fold(name)))


def _coordinated(doc, mentions) -> bool:
    """Whether the mentions' head tokens are conjuncts of one coordination ("Moldova, Poland and
    Romania": each a "conj" of the first, directly or down a chain)."""
    roots = set()
    for m in mentions:
        span = expanded_span(doc, m.start, m.end)
        if span is None:
            return False
        roots.add(_list_root(span.root))
    return len(roots) == 1


# prepositions that give a list item's examples ("international organizations like the United
# Nations", "other nations, including Jamaica"): their objects are members of the list too
_EXAMPLE_PREPS = {"like", "including", "as"}


def _list_root(token) -> int:
    """Index of the first conjunct of the coordination a name is a member of: up its "conj"
    chain, through the "of" of a governing noun ("the Government of Ukraine, the European Union
    ...": the government is the list's item) and through an example preposition ("... and
    organizations like the United Nations"), and from an item the parser made its verb's direct
    object back to the prepositional list it broke off (``_split_prep_object``)."""
    lex = description_lexicon()
    steps = 0
    while steps < 16 and token.head.i != token.i:
        steps += 1
        if token.dep_ == "conj":
            token = token.head
        elif token.dep_ == "pobj" and (token.head.lower_ in _EXAMPLE_PREPS or (
                token.head.lower_ == "of" and token.head.head.lemma_.lower() in lex.governing)):
            prep = token.head
            if prep.lower_ == "as" and not (prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"):
                break
            token = prep.head
        elif token.dep_ in _SPLIT_ITEM_DEPS and _split_prep_object(token) is not None:
            token = _split_prep_object(token)
        else:
            break
    return token.i


# what the parser makes a list item it broke off a prepositional list: the verb's direct object
# or a bare noun-phrase adverbial ("working with X, neighboring governments ...")
_SPLIT_ITEM_DEPS = {"dobj", "npadvmod"}


def _split_prep_object(token):
    """The object of a verb's preposition whose list the parser broke off at a comma, making the
    next item the verb's direct object or noun-phrase adverbial ("working with [the Government of
    Ukraine], [neighboring governments in the region, the European Union ...]": "governments" hung
    on "working"): the prepositional object (the item before the comma) when the item's phrase
    follows a comma that closes that prepositional phrase of the same verb, else None."""
    doc, verb = token.doc, token.head
    first = token.left_edge
    if verb.pos_ not in ("VERB", "AUX") or first.i < 2 or doc[first.i - 1].text != ",":
        return None
    node = doc[first.i - 2]
    for _ in range(8):
        if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.i == verb.i and node.head.i < token.i:
            return node
        if node.head.i == node.i or node.head.i == verb.i:
            return None
        node = node.head
    return None


def _names_government(doc, mention, lex: DescriptionLexicon, ruling: bool = False) -> bool:
    """Whether a state's mention names its government: it modifies a governing noun ("the
    Cuban government", "Burma's military regime") or follows its "of" ("the government of Cuba");
    with ``ruling`` (for "the regime") a ruling-forces noun too ("the Burmese military")."""
    span = expanded_span(doc, mention.start, mention.end)
    if span is None:
        return False
    root = span.root
    if root.dep_ in ("amod", "compound", "poss", "nmod"):
        governed = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "of":
        governed = root.head.head
    else:
        return False
    return governed.lemma_.lower() in lex.governing or (ruling and governed.lemma_.lower() in lex.ruling_forces)


def _demonstrative(head) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("these", "those") for c in head.lefts)


def _last_list(doc, candidates) -> list:
    """The longest run of coordinated mentions ending with the last candidate (the list right
    before the description), [] when the last candidate is in no list."""
    run = [candidates[-1]]
    for m in reversed(candidates[:-1]):
        if not _coordinated(doc, [m, *run]):
            break
        run.insert(0, m)
    return run


def described_antecedent(doc, start: Optional[int], end: Optional[int],
                         exclude: tuple[Optional[str], ...] = (),
                         other_span: Optional[tuple[Optional[int], Optional[int]]] = None,
                         own_state: Optional[str] = None, foreign_act: bool = False) -> Optional[DescribedActor]:
    """The entity a definite description at [start, end) refers back to, or None (no bare
    definite description of a class noun, or not exactly one candidate of its class and number
    in reach). ``exclude``: entity keys (and ``country:ISO3`` of states) of the event's other
    actor: when one of them is a candidate, nothing is returned, unless every mention of it in
    reach lies inside ``other_span`` (the other actor's own words, as char offsets): "the first
    U.S. president to visit the country", "the French government are helping to rebuild ... the
    country's main hospital" name the other actor's state only as part of that actor, so the
    description is read among the remaining candidates (the two slots of an event are two parties).
    ``own_state``: ``country:ISO3`` of the publishing state, never the antecedent of a pejorative
    government noun (``pejorative``: "the regime"; a government does not call itself so).
    ``foreign_act``: the act is one no state does to itself (``foreign_act_verbs``: "visit",
    "invade", "annex", "occupy"), so a state noun ("the country") cannot be the other actor's own
    state: that state is set aside rather than left to block the reading ("the first U.S.
    president to visit the country" with the United States and China named before: China)."""
    if start is None or end is None:
        return None
    lex = description_lexicon()
    found = _description_head(doc, start, end, lex)
    if found is None:
        return None
    head, number, plural = found
    types, name_words = lex.classes[head.lemma_.lower()]
    entities = doc._.ng_entities or {}
    barred = {k for k in exclude if k}
    sent_starts = [s.start_char for s in doc.sents]
    since = _window_start(doc, head, sent_starts)
    latest: dict[str, object] = {}
    for m in doc._.ng_mentions or []:
        if m.entity_key is None or m.start < since or m.start >= start:
            continue
        if _fits(entities.get(m.entity_key), types, name_words):
            latest[m.entity_key] = m
    if other_span is not None and other_span[0] is not None and other_span[1] is not None:
        lo, hi = other_span
        own_only = {k for k in barred & set(latest) if all(
            lo <= m.start < hi for m in doc._.ng_mentions or [] if m.entity_key == k and since <= m.start < start)}
        for key in own_only:
            del latest[key]
    else:
        own_only = set()
    if foreign_act and "country" in types:
        # one does not visit, invade, annex or occupy one's own state: the other actor's state is
        # no candidate of a state noun that is the act's other party
        crossed = {k for k in barred & set(latest) if k.startswith("country:")}
        for key in crossed:
            del latest[key]
        barred -= crossed
        own_only = own_only | crossed
    if own_state and head.lemma_.lower() in lex.pejorative:
        # "The U.S. government announced sanctions. The regime has arrested ...": the publisher's
        # own state is no candidate, so it neither takes nor blocks the description
        latest.pop(own_state, None)
        barred.discard(own_state)
    candidates = sorted(latest.values(), key=lambda m: m.start)  # in text order, one per key: its latest mention
    if not plural and len(candidates) > 1 and head.lemma_.lower() in lex.governing:
        # "the Cuban government continues to hold ... protesters ... criticized the regime"
        governments = {m.entity_key for m in doc._.ng_mentions or []
                       if m.entity_key in latest and since <= m.start < start
                       and _names_government(doc, m, lex, head.lemma_.lower() in lex.pejorative)}
        candidates = [latest[k] for k in governments]
    elif not plural and len(candidates) > 1 and not any(m.entity_key in barred for m in candidates):
        # by recency, as a definite description is read: the nearest sentence naming an entity
        # of the class, when it names just one ("at the UN Security Council and he was tough. He
        # accused the organization", with a broadcaster named earlier in the paragraph)
        nearest = bisect.bisect_right(sent_starts, candidates[-1].start) - 1
        candidates = [m for m in candidates if bisect.bisect_right(sent_starts, m.start) - 1 == nearest]
    if any(m.entity_key in barred for m in candidates):
        # the event's other actor is of the class and in reach: "the country" could be it
        # (English allows neither reading to be ruled out), so no antecedent is certain
        return None
    words = " ".join(doc_text(doc)[start:end].split())
    if not plural:
        if len(candidates) != 1:
            return None
        only = candidates[0]
        aside = f" (the other actor's own {', '.join(sorted(own_only))} set aside)" if own_only else ""
        return DescribedActor(only.entity_key, (only.entity_key,),
                              f"'{words}' -> {entities[only.entity_key].name}, the one {entities[only.entity_key].type} named before{aside}")
    if number is not None:
        if len(candidates) != number:
            return None
    elif len(candidates) < 2:
        return None
    elif not _coordinated(doc, candidates):
        # a demonstrative points at the list just given ("... alongside Kenya, Jamaica, the
        # Bahamas and Belize. We thank these nations"), though other states were named before it
        candidates = _last_list(doc, candidates) if _demonstrative(head) else []
        if len(candidates) < 2:
            return None
    members = tuple(m.entity_key for m in candidates)
    names = ", ".join(entities[k].name for k in members)
    return DescribedActor(members[0], members, f"'{words}' -> the {entities[members[0]].type} entities listed before ({names})",
                          tuple((m.start, m.end) for m in candidates))


# dependents through which a phrase's state is named: its nationality adjective or name modifier
# ("a Peruvian team", "the Kenya team", "Kenya's team"), or the "of" / "from" phrase ("a team from Peru")
_NAMING_DEPS = ("amod", "compound", "nmod", "poss")
_NAMING_PREPS = ("of", "from")


@dataclass(frozen=True)
class DescribedPhrase:
    """What ``described_phrase`` finds: ``head`` (the head token of the earlier phrase the
    description repeats) and ``state`` (the alpha-3 code of the state that phrase names)."""
    head: Token
    state: str


def _state_word(token: Token, capital: bool = False) -> Optional[str]:
    """The alpha-3 code of the state ``token`` names as a country name or demonym (the whole
    entity it is a word of: "South Korean"), else None. A capital names its state only where
    ``capital`` is set (a phrase's own head, "Moscow withdrew ..."); as a modifier it names a city
    ("the Moscow team", "the Moscow branch")."""
    if not token.text[:1].isupper():
        return None
    text = token.text
    if token.ent_iob_ != "O":
        ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        text = ent.text if ent is not None else text
    country = lookup_country(text)
    if country is None or (country.matched_as == "capital" and not capital):
        return None
    return country.alpha3


def named_state(token: Token) -> Optional[str]:
    """The state a noun phrase headed by ``token`` names: the token itself ("Turkey", "Turkish"),
    else its nationality or name modifier ("Chilean officials", "Kenya's delegation") or its "of" /
    "from" complement ("a team from Peru"); None when it names none or another actor ("the Moscow
    branch" names a city, "the crew of an Iranian tanker" a ship)."""
    state = _state_word(token, capital=True)
    if state:
        return state
    for child in token.children:
        if child.dep_ in _NAMING_DEPS:
            state = _state_word(child)
            if state:
                return state
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in _NAMING_PREPS:
            for obj in child.children:
                if obj.dep_ == "pobj" and _state_word(obj):
                    return _state_word(obj)
    return None


def _phrase_state(token: Token, actor_phrase) -> Optional[str]:
    """The state an earlier same-head phrase names as an actor: ``actor_phrase`` (the caller's
    test, a token -> the actor heading or inside the phrase, or None) must read the phrase as an
    actor's, and the actor must be the head itself or a word that names its state
    (``named_state``: a nationality modifier or an "of" / "from" complement), not any place or
    thing deeper inside it."""
    actor = actor_phrase(token)
    if actor is None:
        return None
    if actor.i == token.i:
        return named_state(token)
    naming = actor.head.i == token.i and actor.dep_ in _NAMING_DEPS or (
        actor.dep_ == "pobj" and actor.head.dep_ == "prep" and actor.head.lower_ in _NAMING_PREPS
        and actor.head.head.i == token.i)
    return _state_word(actor) if naming else None


def described_phrase(doc, head: Token, actor_phrase, other_state: Optional[str] = None) -> Optional[DescribedPhrase]:
    """The one earlier actor phrase that the bare definite description headed by ``head`` repeats
    ("The Kenyan delegation, which ... . The minister let the delegation in": that phrase's head and
    KEN), or None. The one function the events module (``targets._targets``: is the description a
    target?) and the linker (``checks._resolve_described_phrase``: its code) both ask, so an
    accepted description is always coded. The head-match rule of deterministic coreference (Lee et
    al. 2013, "the team" corefers with an earlier mention headed by "team" whose modifiers it does
    not contradict) for a noun of ``lexicons/group_nouns.txt`` (a body of people acting as one:
    team, delegation, crew) that no entity class covers: the description is a definite or
    demonstrative determiner, nothing before the head but the lexicon's ``modifiers`` ("the same
    team") and no complement of its own (as ``_description_head`` asks of a class noun; "the
    Syrian team" has its own actor, "the team from Syria" its own identification). The
    antecedents: every common noun of the same lemma and number in reach (``_window_start``: its
    paragraph or the ``window_sentences`` before it) that is not itself a bare description ("the
    team's coach" is one). Each must name the same state (``_phrase_state``: read as an actor by
    ``actor_phrase`` and naming a state by its head, nationality modifier or "of" / "from"
    complement); a phrase naming another state or none ("a local team", "the crew of an Iranian
    tanker") leaves the description unresolved, as does no phrase. Never ``other_state`` (the
    event's other actor's state: "A Turkish team ... Turkey withdrew the team" is no act between
    two parties). A noun of an entity class (``classes``) is ``described_antecedent``'s; a bare
    plural or indefinite noun ("teams from several countries") has no determiner and is no
    description."""
    lex = description_lexicon()
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or lemma in lex.classes or lemma not in group_nouns():
        return None
    determiner = None
    for child in head.lefts:
        if child.dep_ == "det":
            determiner = child.lower_
        elif child.dep_ != "punct" and child.lower_ not in lex.modifiers:
            return None  # "the Syrian team", "the other team", "Russia's team": more than the bare noun
    if determiner not in lex.determiners:
        return None
    for child in head.rights:
        if child.dep_ in _OWN_COMPLEMENT_DEPS or (child.dep_ == "prep" and _identifying(child)):
            return None
    plural = head.tag_ in ("NNS", "NNPS")
    sent_starts = [s.start_char for s in doc.sents]
    since = _window_start(doc, head, sent_starts)
    found, states = None, set()
    for token in doc:
        if token.idx < since:
            continue
        if token.i >= head.i:
            break
        if token.lemma_.lower() != lemma or token.pos_ != "NOUN" or (token.tag_ in ("NNS", "NNPS")) != plural:
            continue
        if not any(c.dep_ not in ("det", "punct", "case") and c.lower_ not in lex.modifiers for c in token.children):
            continue  # an earlier bare "the team" ("the team's coach"): a description itself, no antecedent
        states.add(_phrase_state(token, actor_phrase))  # None: a phrase naming no state counts against
        found = token
    if len(states) != 1:
        return None
    state = next(iter(states))
    if state is None or state == other_state:
        return None
    return DescribedPhrase(found, state)
