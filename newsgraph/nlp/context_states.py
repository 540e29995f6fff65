"""Context states: a generic agent with no state of its own takes the state its context gives.

"Regime security forces have detained more than 13,000 people", "the authorities arrested",
"police", "protesters", "many officials": an event actor that is only a Phoenix agent noun (its
sector known, no state in its words, no entity) is coded, as PETRARCH2/Phoenix code agents and
POLECAT/NGEC resolve actors with no explicit country, with the state of its context:

1. clause: the one state its clause names (a country or a place in one, any mention coref tied
   to it; the clauses below it left out unless they modify the actor) other than the
   publisher's own (for a state institution's release) and other than the state the event's
   other actor acts for; none when the clause names a place in the publisher's own state;
2. article focus: else the state that dominates the article's state mentions (the publisher's
   own excluded): at least ``focus_share`` of them and ``focus_min_mentions`` mentions; a state
   the article's title names (``doc._.ng_title``) counts ``title_weight`` mentions.
3. headline: else, in an article no state institution published, where the clause names no
   state at all, the one state the article's title names, where it has more mentions than any
   other state, the title counted as above (``headline_state``).

Never for "we"/"our"/"their" or words that make the agents foreign or several states'
(``lexicons/context_agents.yaml``), never for an international sector (IGO, NGO), never the other
actor's own state in an act between two states (a clause naming another state beside it), never
the publisher's own state (its agents are named so: "U.S. officials"), never a capitalised title
("Vice President": a name-like office), never a service channel's own members ("Airmen" on af.mil) and
never criminals (CRM: smugglers, cartels), whom the states of their story only place where they operate. The sector stays the
one the agent noun gives (Phoenix). Runs after the event checks, so it changes no event's presence.

Two kinds come first: a generic party the very next sentence specifies by one state ("visa
restrictions on individuals. This includes 893 Russian Federation officials": ``specified_state``),
and a sub-national government ("state and local leaders", "municipal officials": ``subnational_state``),
which may be the publisher's own state's (a White House readout's "state Attorneys General"), or,
for a bare sub-national head, the one state whose subdivisions its "of"/"from" phrase names
("Attorneys General from seven states and the District of Columbia": ``complement_subdivision_state``).

Context also fills some empty targets with a state's government (no span, the reason in the
explanation): aid in a release titled as aid to one state (``aid_title_recipient``), talks on an
official's trip with no party named (``trip_talks_host``: the leg's host), and a protest by a
state's own people (``protest_regime``: their government, where the article has it act or
names it, ``named_government``).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from pathlib import Path
from typing import Callable, Optional

import yaml
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.symbols import NOUN

from newsgraph.nlp.coordination import first_conjunct
from newsgraph.nlp.doc_cache import doc_ents, doc_text, expanded_span, line_bounds, token_lemma_lowers, token_pos
from newsgraph.nlp.timex import ORDINAL_WORDS

from newsgraph.resolve.actors import _singulars, agent_match, releasing_state, state_sectors
from newsgraph.resolve.countries import lookup_country

LEXICON = Path(__file__).resolve().parent / "lexicons" / "context_agents.yaml"


@functools.lru_cache(maxsize=1)
def _rules() -> dict:
    with open(LEXICON, encoding="utf-8") as handle:
        raw = yaml.safe_load(handle)
    return {"skip_sectors": frozenset(raw["skip_sectors"]),
            "skip_words": frozenset(w.lower() for w in raw["skip_words"]),
            "multi_state_heads": frozenset(w.lower() for w in raw["multi_state_heads"]),
            "unsectored_heads": frozenset(w.lower() for w in raw["unsectored_heads"]),
            "subnational_modifiers": frozenset(w.lower() for w in raw["subnational_modifiers"]),
            "subnational_heads": frozenset(w.lower() for w in raw["subnational_heads"]),
            "singular_subnational_modifiers": frozenset(w.lower() for w in raw["singular_subnational_modifiers"]),
            "singular_subnational_heads": frozenset(w.lower() for w in raw["singular_subnational_heads"]),
            "state_only_heads": frozenset(w.lower() for w in raw["state_only_heads"]),
            "subnational_bodies": frozenset(w.lower() for w in raw["subnational_bodies"]),
            "head_agents": {w.lower(): sector for w, sector in raw["head_agents"].items()},
            "mover_heads": frozenset(w.lower() for w in raw["mover_heads"]),
            "defector_heads": frozenset(w.lower() for w in raw["defector_heads"]),
            "displaced_heads": frozenset(w.lower() for w in raw["displaced_heads"]),
            "internal_place_preps": frozenset(w.lower() for w in raw["internal_place_preps"]),
            "focus_share": float(raw["focus_share"]), "focus_min_mentions": int(raw["focus_min_mentions"]),
            "title_weight": int(raw.get("title_weight", 0)),
            "state_acts": {kind: frozenset(modes) for kind, modes in raw["state_acts"].items()},
            "state_acts_sentence_only": frozenset(raw["state_acts_sentence_only"]),
            "custody_places": tuple(w.lower() for w in raw["custody_places"]),
            "state_act_agent": raw["state_act_agent"],
            "state_act_sectors": dict(raw.get("state_act_sectors") or {}),
            "trip_title_words": frozenset(w.lower() for w in raw["trip_title_words"]),
            "trip_partner_types": frozenset(raw["trip_partner_types"]),
            "trip_own_party_heads": frozenset(w.lower() for w in raw["trip_own_party_heads"]),
            "aid_title_words": frozenset(w.lower() for w in raw["aid_title_words"]),
            "statement_title_words": frozenset(w.lower() for w in raw["statement_title_words"]),
            "attack_verbs": frozenset(w.lower() for w in raw["attack_verbs"]),
            "civilian_things": frozenset(w.lower() for w in raw["civilian_things"]),
            "civilian_modified_things": {head.lower(): frozenset(m.lower() for m in mods)
                                         for head, mods in raw["civilian_modified_things"].items()},
            "military_thing_modifiers": frozenset(w.lower() for w in raw["military_thing_modifiers"]),
            "delegation_host_verbs": frozenset(w.lower() for w in raw["delegation_host_verbs"]),
            "delegation_host_window": int(raw["delegation_host_window"]),
            "aid_context_min_events": int(raw["aid_context_min_events"])}


def head_agent_sector(word: Optional[str]) -> Optional[str]:
    """The sector ``head_agents`` gives a head noun Phoenix lists no agent for ("officials":
    GOV), else None."""
    return _rules()["head_agents"].get((word or "").lower())


def multi_state_head(word: Optional[str]) -> bool:
    """Whether ``word`` is a plural head that names several states' governments or envoys
    (``multi_state_heads``: "governments", "leaders", "delegations", "sides")."""
    return (word or "").lower() in _rules()["multi_state_heads"]


def generic_agent(text: Optional[str]) -> Optional[str]:
    """The sector of ``text`` when it is a generic agent phrase context may place ("police",
    "regime security forces", "many officials"; "" for a party with no sector: "entities and
    individuals"), else None (a pronoun or possessive, a
    foreign/international/several-states phrase, a plural head naming several states).
    Since linking 0.3.340 a list of people nouns ("many officials, public servants, and
    volunteers") whose last member gives none is placed as its members are: English
    coordination gives the list's members one relation to the clause, so the list takes the
    state context gives it, with the sector the first member that has one gives
    (``_list_agent``)."""
    found = _generic_agent(text)
    return found if found is not None else _list_agent(text)


# the separators of an English list of noun phrases: "A, B, and C", "A and B", "A or B"
_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")


def _list_agent(text: Optional[str]) -> Optional[str]:
    """The sector of the first member of a coordinated list ``text`` that is a generic agent
    with a sector (``_generic_agent``: "officials" of "many officials, public servants, and
    volunteers" -> GOV), where no member is a several-states or someone else's phrase (the whole
    text's words are checked, as ``_generic_agent`` checks them); None for no list or none."""
    if not text or re.search(r"\s+of\s+", text):
        return None
    members = [m for m in _LIST_SEPARATOR.split(text.strip()) if m]
    rules = _rules()
    heads = [(re.findall(r"[\w\-]+", m.lower()) or [""])[-1] for m in members]
    if len(members) < 2 or any(w in rules["skip_words"] for w in re.findall(r"[\w\-]+", text.lower())) \
            or any(h in rules["multi_state_heads"] for h in heads):
        return None
    return next((found for found in map(_generic_agent, members) if found), None)


# words that are no party's name however written: spaCy's English stop words (determiners and
# pronouns: "Either", "Neither", "Any", "Every", "Another", "This"), the spelled ordinals
# ("Third party") and "whichever" (a determiner spaCy's list lacks; "whatever" is in it)
_NO_NAME_WORDS = frozenset(STOP_WORDS) | frozenset(ORDINAL_WORDS) | {"whichever"}


def _named_party(raw: list[str]) -> bool:
    """Whether the words ``raw`` are a party's name or acronym before the common noun "party"
    ("the M5S party", "the Likud party"): a political party (Phoenix POLITICAL_PARTY [~PTY]); not
    a country's name or demonym ("the Russian party" of diplomacy is a state's side), not a
    lowercase modifier ("the ruling party", "a third party": Phoenix's own or no party), not a
    determiner, pronoun or ordinal capitalised at a sentence's start ("Either party shall ...",
    "Any party", "Third party": spaCy's English stop words, the spelled ordinals, the "-ever"
    determiner "whichever")."""
    if len(raw) < 2 or raw[-1] != "party":
        return False
    names = [w for w in raw[:-1] if w.lower() not in _LEADING_WORDS | _NO_NAME_WORDS]
    return bool(names) and all(w[:1].isupper() for w in names) \
        and lookup_country(" ".join(names)) is None and not any(lookup_country(w) for w in names)


def _generic_agent(text: Optional[str]) -> Optional[str]:
    if not text:
        return None
    rules = _rules()
    head = re.split(r"\s+of\s+", text.strip())[0]  # "members of the business community": members
    raw = re.findall(r"[\w\-]+", head)
    words = [w.lower() for w in raw]
    if not words or any(w in rules["skip_words"] for w in re.findall(r"[\w\-]+", text.lower())) \
            or words[-1] in rules["multi_state_heads"]:
        return None
    if len(raw) > 1 and raw[-1][:1].isupper():
        return None  # a capitalised title used as a name ("Vice President", "Inspector General")
    if _named_party(raw):
        return "PTY"
    if words[-1] in rules["unsectored_heads"]:
        return ""  # "five entities and individuals": the designated parties of a sanction, no sector
    if words[-1] in rules["head_agents"]:
        return rules["head_agents"][words[-1]]
    # the agent noun must be the phrase's head: "credible media reports" are reports, not media
    matched = agent_match(head)
    found, phrase = (matched[0], matched[1].split()) if matched else (None, [])
    if not phrase or phrase[-1] not in _singulars(words[-1]) or found.sector in rules["skip_sectors"]:
        return None
    return found.sector


# the words after a mover's head that begin a phrase of its own: where the movers are, go or come
# from, a clause on them ("migrants in Panama", "migrants from Haiti to the United States")
_AFTER_MOVER = re.compile(r"\s+(in|at|to|into|through|across|within|inside|throughout|toward|towards|on|"
                          r"under|of|from|for|with|who|that|which|and|or)\s+", re.IGNORECASE)


def mover_words(text: Optional[str]) -> Optional[str]:
    """The words of ``text`` that may name the movers' own state, where ``text`` is headed by a
    noun of people who have left their own state (``context_agents.yaml`` mover_heads: "migrants",
    "illegal immigrants", "asylum seekers", "defectors"): the words up to the head ("Venezuelan
    migrants") and a "from" phrase right after it ("migrants from Haiti"), never a place they are
    in or go to ("migrants in Panama", "migrants to the United States"). None where ``text`` is
    no such phrase."""
    if not text:
        return None
    after = _AFTER_MOVER.search(text)
    head = text[:after.start()] if after else text
    words = re.findall(r"[\w\-]+", head.lower())
    heads = _rules()["mover_heads"]
    if not words or not (words[-1] in heads or " ".join(words[-2:]) in heads):
        return None
    if after is None or after.group(1).lower() != "from":
        return head
    rest = _AFTER_MOVER.search(text, after.end())
    return text[:rest.start()] if rest else text


def mover_head(text: Optional[str], defectors: bool = True) -> bool:
    """Whether ``text`` is headed by a noun of people who have left their own state
    (``mover_words``); with ``defectors`` False, not by a defector or deserter (the state a story
    on them is about is most often the one they left, so its context still places them)."""
    found = mover_words(text)
    if found is None:
        return False
    return defectors or re.findall(r"[\w\-]+", found.lower())[-1] not in _rules()["defector_heads"]


# heads of a "from" object that is a state's body or a political side ("defectors from the ruling
# party", "deserters from the army" by their agent sector): a defector from them left a state's side
_STATE_SIDE_WORDS = frozenset({"party", "parties", "regime", "state", "country", "government", "opposition",
                               "administration", "leadership"})
_STATE_SIDE_SECTORS = frozenset({"PTY", "OPP", "REB", "COP", "PRM", "GOV", "MIL", "POL", "SPY", "LEG", "JUD"})


def defected_from_no_state(doc, start: Optional[int], end: Optional[int]) -> Optional[str]:
    """The "from" object of a defector or deserter at ``start``..``end`` (``context_agents.yaml``
    defector_heads) where it is a body that is no state's and no political side: a common noun
    ("defectors from the organization", "from the church", "from the company") that names no
    country or place and is neither a state's body nor a party, regime or rebel side by its words
    (Phoenix agents: "the army" MIL, "the ruling party" GOV; ``_STATE_SIDE_WORDS``). Phoenix codes
    DEFECTOR ~OPP for one who leaves a government, army or ruling party; one who leaves a church
    or a firm left no state. None otherwise (no such object, a named body, a state's side)."""
    from newsgraph.resolve.actors import agent_sector

    if start is None or end is None:
        return None
    span = expanded_span(doc, start, end)
    if span is None or not len(span):
        return None
    root = span.root
    if root.lower_ not in _rules()["defector_heads"] and root.lemma_.lower() not in _rules()["defector_heads"]:
        return None
    preps = [c for c in root.children if c.dep_ == "prep" and c.lower_ == "from"]
    if not preps and span.end < len(doc) and doc[span.end].lower_ == "from" and doc[span.end].head.i == root.head.i:
        # "attacked defectors from the organization": the parser hung the noun's "from" phrase,
        # right after it, on the verb
        preps = [doc[span.end]]
    objects = [o for c in preps for o in c.children if o.dep_ == "pobj"]
    if len(objects) != 1:
        return None
    obj = objects[0]
    words = list(doc[obj.left_edge.i:obj.i + 1])  # the object's own words, not what follows it
    a, b = words[0].idx, words[-1].idx + len(words[-1])
    if obj.pos_ != "NOUN" or any(t.pos_ == "PROPN" or t.ent_type_ for t in words) \
            or any(a <= m.start < b for m in doc._.ng_mentions or []):
        return None  # a named body or a state: its own code says whose it is
    if obj.lower_ in _STATE_SIDE_WORDS or obj.lemma_.lower() in _STATE_SIDE_WORDS:
        return None
    phrase = doc[obj.left_edge.i:obj.i + 1].text
    found = agent_sector(phrase) or agent_sector(obj.text)
    if found is not None and found.sector and any(found.sector[i:i + 3] in _STATE_SIDE_SECTORS
                                                  for i in range(0, len(found.sector), 3)):
        return None
    return phrase


def entity_state(entity) -> Optional[str]:
    """ISO3 of a country entity, or of the state a place entity lies in: its own country (set
    where coref chose between readings), else the one state every gazetteer reading of its name
    gives (``resolve.places.readings``: "Kyiv" -> UKR, a capital -> its country); None for a name
    read in several states ("Moscow": RUS or a U.S. city) or in none."""
    if entity.state or entity.type == "country":
        return entity.state
    from newsgraph.resolve.places import single_state

    return single_state(entity.name)


def _state_mentions(doc) -> list[tuple[int, str]]:
    """(char offset, ISO3) of every mention of a country or of a place in one, in text order."""
    entities = doc._.ng_entities or {}
    found = []
    for mention in doc._.ng_mentions or []:
        entity = entities.get(mention.entity_key) if mention.entity_key else None
        if entity is None or entity.type not in ("country", "place"):
            continue
        state = entity_state(entity)
        if state:
            found.append((mention.start, state))
    return sorted(found)


def _place_spans(doc, start: int, end: int):
    """(entity, spaCy Span) of each mention of a country or of a place in one whose start lies
    between the character offsets ``start`` and ``end``, in mention order (mentions with no span
    left out)."""
    entities = doc._.ng_entities or {}
    for mention in doc._.ng_mentions or []:
        if not (start <= mention.start < end) or not mention.entity_key:
            continue
        entity = entities.get(mention.entity_key)
        if entity is None or entity.type not in ("country", "place"):
            continue
        span = expanded_span(doc, mention.start, mention.end)
        if span is not None:
            yield entity, span


# dependencies that open another clause: states named there are not the actor's clause's
_CLAUSES = frozenset({"advcl", "ccomp", "xcomp", "conj", "parataxis", "relcl", "acl", "csubj"})


def _clause_chars(doc, start: int, end: int) -> Optional[list[tuple[int, int, bool]]]:
    """(start, end, doer) char ranges of the tokens of the clause an actor at ``start``..``end``
    stands in: its nearest verb ancestor's subtree without the clauses below it (adverbial,
    complement, coordinate, relative) unless they modify the actor itself ("companies operating
    in Russia"); ``doer`` marks the subject or possessor of what governs the actor."""
    span = expanded_span(doc, start, end)
    if span is None:
        return None
    actor = {t.i for t in span}
    head = span.root
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
        head = head.head  # coordinated predicates share their subject ("targeted Tel Aviv and could have killed")
    # the doer of what governs the actor ("the UK's actions against four corrupt individuals"): the
    # other side of the act, not the actor's context
    governors = set()
    walk = span.root
    while walk.head.i != walk.i:
        walk = walk.head
        governors.add(walk.i)
        if walk.i == head.i:
            break
    doers = {t.i for g in governors for c in doc[g].children
             if c.dep_ in ("nsubj", "nsubjpass", "poss") and c.i not in governors and c.i != span.root.i
             for t in c.subtree}
    ranges = []
    for token in head.subtree:
        walk, inside = token, True
        while walk.i != head.i:
            if walk.dep_ in _CLAUSES and walk.head.i not in actor and not (actor & {t.i for t in walk.subtree}):
                inside = False
                break
            walk = walk.head
        if inside:
            ranges.append((token.idx, token.idx + len(token.text), token.i in doers))
    return ranges


_TITLE_WORDS = re.compile(r"[^\s\-\u2013\u2014:;,()\[\]\"\u201c\u201d]+")


def title_states(doc, title: Optional[str] = None) -> list[str]:
    """ISO3 of each state the article's title (``doc._.ng_title``, or ``title``: a part of it) names, in order: a country by
    name, adjective or possessive ("Russia’s Aerial Assault on Ukraine’s Energy Grid" -> RUS,
    UKR; ``resolve.countries.lookup_country``, the longest run of up to four capitalised words
    first) or a place of the article's own entities ("Sinaloa")."""
    from newsgraph.resolve.countries import lookup_country

    title = title if title is not None else getattr(doc._, "ng_title", None)
    if not title:
        return []
    words = [w.rstrip(".,") if not w.endswith("S.") else w for w in _TITLE_WORDS.findall(title)]
    places = {}
    for entity in (doc._.ng_entities or {}).values():
        if entity.type == "place" and entity.country:
            for name in (entity.name, *entity.aliases):
                places[" ".join(name.split()).lower()] = entity.country
    found, i = [], 0
    while i < len(words):
        for n in range(min(4, len(words) - i), 0, -1):
            run = words[i:i + n]
            if not all(w[:1].isupper() for w in run):
                continue
            phrase = " ".join(run)
            country = lookup_country(phrase)
            state = country.alpha3 if country is not None else places.get(re.sub(r"['’]s$", "", phrase).lower())
            if state:
                found.append(state)
                i += n
                break
        else:
            i += 1
    return found


_FOCUS_MEMO_KEY = "ng_focus_memo"


def _focus_memo(doc, compute, own: Optional[str]) -> Optional[str]:
    """``compute(doc, own)`` memoised per Doc (linking asks for every actor; the article's focus
    states depend on its state mentions and title only): the memo is rebuilt when the mention
    list changes."""
    mentions = doc._.ng_mentions or []
    signature = (id(mentions), len(mentions))
    memo = doc.user_data.get(_FOCUS_MEMO_KEY)
    if memo is None or memo.get("signature") != signature:
        memo = doc.user_data[_FOCUS_MEMO_KEY] = {"signature": signature}
    if (compute.__name__, own) not in memo:
        memo[(compute.__name__, own)] = compute(doc, own)
    return memo[(compute.__name__, own)]


def article_focus(doc, own: Optional[str]) -> Optional[str]:
    """Memoised per Doc and ``own`` (``_focus_memo``); ``_article_focus`` computes it."""
    return _focus_memo(doc, _article_focus, own)


def _article_focus(doc, own: Optional[str]) -> Optional[str]:
    """The state the article is about: the one with at least ``focus_share`` of the article's
    state mentions (``own``, the publisher's state, left out) and ``focus_min_mentions`` of them.
    A state its title names counts ``title_weight`` mentions (a headline names what the story
    is about; ``title_states``)."""
    rules = _rules()
    counts = _focus_memo(doc, _state_counts, own)
    if not counts:
        return None
    state, top = counts.most_common(1)[0]
    if top >= rules["focus_min_mentions"] and top >= rules["focus_share"] * sum(counts.values()):
        return state
    return None


def _state_counts(doc, own: Optional[str]) -> Counter:
    """The article's state mentions by state, ``own`` (the publisher's) left out, each state its
    title names counted ``title_weight`` more times: what ``_article_focus`` and
    ``_attackers_other_side`` weigh (memoised through ``_focus_memo``: callers copy before they
    change it)."""
    counts = Counter(state for _, state in _state_mentions(doc) if state != own)
    for state in title_states(doc):
        if state != own:
            counts[state] += _rules()["title_weight"]
    return counts


def headline_state(doc, own: Optional[str]) -> Optional[str]:
    """Memoised per Doc and ``own`` (``_focus_memo``); ``_headline_state`` computes it."""
    return _focus_memo(doc, _headline_state, own)


def _headline_state(doc, own: Optional[str]) -> Optional[str]:
    """The state the article is about by its headline where ``article_focus`` finds none (a story
    that names many states in passing: "UK asylum process" naming the asylum seekers' states;
    "Peru: Responsibility for the Casualties ..." naming its neighbours): the one state its title
    names (``title_states``; ``own``, the publisher's, left out), where that state, its title
    counted ``title_weight`` mentions as in ``article_focus``, has at least ``focus_min_mentions``
    and more than any other state (a plurality, not ``focus_share``). None when the title names no
    state or several, or another state is mentioned as often."""
    rules = _rules()
    named = set(title_states(doc)) - {own, None}
    if len(named) != 1:
        return None
    state = next(iter(named))
    counts = Counter(found for _, found in _state_mentions(doc) if found != own)
    counts[state] += rules["title_weight"]
    if counts[state] < rules["focus_min_mentions"]:
        return None
    if any(n >= counts[state] for other, n in counts.items() if other != state):
        return None
    return state


_ONE_STATE = "the one state its clause names"


# prepositions whose object, on the verb, is where an act takes place ("met in Warsaw")
_VENUE_PREPS = frozenset({"in", "at"})


def _venue(doc, start: int, end: int) -> bool:
    """Whether the place mentioned at ``start``..``end`` is where its clause's act happens: the
    object of "in"/"at" on a verb, or on a "while" clause with no verb ("In Warsaw, X will meet",
    "X met ... in Vienna", "While in Kyiv, X met"), through "Warsaw, Poland" and coordinated
    places; not a place that modifies a noun ("activists in Minsk")."""
    span = expanded_span(doc, start, end)
    if span is None:
        return False
    token = span.root
    while token.dep_ in ("appos", "conj", "compound", "npadvmod") and token.head.i != token.i:
        token = token.head
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in _VENUE_PREPS:
        return False
    return prep.head.pos_ in ("VERB", "AUX") or prep.head.i == prep.i or prep.dep_ in ("advcl", "ROOT") \
        or prep.head.lower_ in ("while", "when")


def context_state(doc, own: Optional[str], start: Optional[int], end: Optional[int],
                  other: Optional[str], focus: bool = True, venues: bool = True) -> Optional[tuple[str, str]]:
    """(ISO3, reason) for a generic agent at ``start``..``end`` whose event's other actor acts for
    ``other``, in an article whose publisher acts for ``own``; None when the context gives no one state.
    With ``focus`` False only its clause may place it (not the article's or headline's state);
    with ``venues`` False a place where the act happens (``_venue``: "met ... in Warsaw") does not."""
    if start is None or end is None:
        return None
    clause = _clause_chars(doc, start, end)
    if clause is None:
        return None
    entities = doc._.ng_entities or {}
    named, by_doers, at_home = set(), set(), False
    for mention in doc._.ng_mentions or []:
        entity = entities.get(mention.entity_key) if mention.entity_key else None
        if entity is None or entity.type not in ("country", "place") or start <= mention.start < end:
            continue
        where = next((doer for a, b, doer in clause if a <= mention.start < b), None)  # scan the clause for states only
        if where is None:
            continue
        state = entity_state(entity)
        if where:
            by_doers.add(state)  # the other side of the act: never the actor's context
            continue
        if not venues and _venue(doc, mention.start, mention.end):
            continue  # "will meet civil society representatives in Warsaw": where, not whose
        named.add(state)
        at_home = at_home or (entity.type == "place" and own is not None and state == own)
    named.discard(None)
    beside = named - {own, other}
    if len(beside) == 1:
        return next(iter(beside)), _ONE_STATE
    if beside or at_home:
        # several states in the clause, or a place in the publisher's own state ("steel
        # communities in Pennsylvania"): the context gives no one foreign state
        return None
    if other and other != own and other in named:
        return None  # the other actor's state is the only one named: no other side is placed
    if not focus:
        return None
    focus, reason = article_focus(doc, own), "the state the article is about"
    if focus is None and own is None and not (named | by_doers):
        # only where the clause names no state at all: a headline names what the story is about,
        # not where an act the clause places elsewhere happens ("South Korea evacuated about 80
        # people in the town of Yeoncheon" under "North Korea puts military in ..."); and only a
        # news story's: a state's release titles the venue of its own act ("Ministerial Meeting
        # ... in Guatemala"), not the state of every party its clauses name
        focus, reason = headline_state(doc, own), "the state the article's headline names"
    if focus and (focus != other or not (named | by_doers)):
        # the other actor's own state only where the sentence names no state at all: an act
        # inside the state the story is about ("Regime security forces ... imprisoned Aung San Suu Kyi")
        return focus, reason
    return None


# prepositions whose place object tells where a force act happened ("killed civilians in Bucha")
_WHERE_PREPS = frozenset({"in", "at", "near", "around", "across", "throughout", "inside"})
# dependencies a place's phrase may not cross to tell where the act happened: another clause
# ("information about the war in Ukraine" in a relative clause), or the subject ("forces in Crimea")
_NOT_WHERE_DEPS = frozenset({"relcl", "acl", "ccomp", "csubj", "csubjpass", "parataxis",
                             "nsubj", "nsubjpass", "poss", "appos"})
# force acts whose victims the place of the act places (PLOVER ASSAULT / COERCE on people)
_FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})


def _town_state(name: str) -> Optional[str]:
    """ISO3 of the one state a name's gazetteer readings lie in, where every reading is a city
    (``resolve.places.readings``: "Bucha" -> UKR); None for a country or U.S. state name, or none."""
    from newsgraph.resolve.places import readings

    found = readings(name)
    if not found or any(r.kind != "city" for r in found) or len({r.country for r in found}) != 1:
        return None
    return found[0].country


def victims_place_state(doc, own: Optional[str], event) -> Optional[tuple[str, str]]:
    """(ISO3, reason) of the state where a force act on people happened: the one state (neither the
    perpetrator's nor the publisher's ``own``) of the places its sentence names as where the act's
    clause happened ("while operating in Bucha, this unit killed numerous civilians"; "violence
    against unarmed civilians in Bucha, as well as beating detained persons"): a place object of
    "in"/"at"/... whose phrase reaches the trigger's clause through no other clause and no
    subject. The victims of an act in Bucha are there, whoever the perpetrator is. None otherwise."""
    if event.type not in _FORCE_TYPES or event.sentence_start is None or event.trigger_start is None:
        return None
    span = expanded_span(doc, event.trigger_start, event.trigger_end)
    if span is None or not len(span):
        return None
    trigger = next((t for t in span if t.pos_ == "VERB"), span.root)
    governing = {trigger.i} | {a.i for a in trigger.ancestors}
    entities = doc._.ng_entities or {}
    states = set()
    for mention in doc._.ng_mentions or []:
        if not (event.sentence_start <= mention.start < event.sentence_end) or not mention.entity_key:
            continue
        entity = entities.get(mention.entity_key)
        if entity is None or entity.type not in ("country", "place", "organization", "person"):
            continue
        place = expanded_span(doc, mention.start, mention.end)
        if place is None or not len(place):
            continue
        token = place.root
        while token.dep_ in ("conj", "compound") and token.head.i != token.i:
            token = token.head
        if token.dep_ != "pobj" or token.head.lower_ not in _WHERE_PREPS:
            continue
        node, crossed = token.head, False
        while node.i not in governing and node.head.i != node.i:
            if node.dep_ in _NOT_WHERE_DEPS:
                crossed = True
                break
            node = node.head
        if crossed or node.i not in governing:
            continue
        # (a town the tagger took for a body or a person, "in Bucha": a name read only as cities
        # of one state, after "in", is that place)
        state = entity_state(entity) if entity.type in ("country", "place") else _town_state(entity.name)
        if state:
            states.add(state)
    states -= {own, event.source_acts_for, None}
    if len(states) == 1:
        return next(iter(states)), "the state where the act happened (its victims were there)"
    return None


# sectors of private bodies the article's state does not place (only their own clause does)
_UNPLACED_BY_FOCUS = frozenset({"BUS"})
# sectors no context places at all: criminals (Phoenix ~CRM: smugglers, traffickers, cartels) act
# for no state, and the states of their story or clause are where they operate or route their
# trade ("migrants moved through Nicaragua"); their own nationality words ("Mexican smugglers",
# read before context) or a next sentence that specifies them by a state (``specified_state``) do
_UNPLACED_BY_CONTEXT = frozenset({"CRM"})


def is_meeting(event) -> bool:
    """Whether ``event`` is a meeting, visit or talk (CONSULT, or an intent to consult)."""
    return event.type == "CONSULT" or (event.mode or "").startswith("consult")


# quantifiers and determiners before a sub-national phrase ("several municipalities", "the state
# and local leaders")
_LEADING_WORDS = frozenset({"the", "these", "those", "some", "many", "several", "all", "most", "more", "than",
                            "over", "nearly", "about", "dozens", "of", "hundreds", "two", "three", "four", "five"})
_QUANTIFIERS = frozenset({"several", "various", "all", "each", "both", "other", "respective"})


# plural and genitive forms of "state" as a noun adjunct before an office only a federated state has
_STATE_ADJUNCTS = {"states": "state"}


def subnational_agent(text: Optional[str]) -> bool:
    """Whether ``text`` is a sub-national government with no state in its words ("state and local
    leaders", "municipal officials", "several municipalities", "the state Attorneys General";
    ``context_agents.yaml`` subnational_*): never with a skip word ("our", "foreign" ...)."""
    if not text:
        return False
    rules = _rules()
    words = [w for w in re.findall(r"[\w\-]+", text.lower())]
    # "the regional government": one region's own (a singular head only; ``singular_subnational_modifiers``)
    singular = bool(words) and words[-1] in rules["singular_subnational_heads"] \
        and not any(w in _QUANTIFIERS for w in words)
    own_region = rules["singular_subnational_modifiers"] if singular else frozenset()
    # quantifiers make national agents several states' ("several officials"), not a state's own
    # municipalities ("several municipalities" of one country)
    if not words or any(w in rules["skip_words"] - _QUANTIFIERS - own_region for w in words):
        return False
    while words and (words[0] in _LEADING_WORDS | _QUANTIFIERS or words[0].isdigit()):
        words = words[1:]
    if len(words) == 1:
        return words[0] in rules["subnational_bodies"]
    joined = " ".join(words)
    head = next((h for h in sorted(rules["subnational_heads"], key=len, reverse=True)
                 if joined.endswith(" " + h)), None)
    if head is None:
        return False
    # "States Attorneys General", "states' governors": the plural or genitive noun adjunct is the
    # same "state" (the apostrophe of "states'" / "state's" is no word character)
    modifiers = [_STATE_ADJUNCTS.get(w, w) for w in joined[:-len(head) - 1].split() if w not in ("and", "s")]
    allowed = rules["subnational_modifiers"] | own_region | {"state", "tribal"}
    if not modifiers or any(m not in allowed for m in modifiers):
        return False
    return any(m in rules["subnational_modifiers"] | own_region for m in modifiers) \
        or head in rules["state_only_heads"]


def subnational_body_name(name: Optional[str]) -> Optional[tuple[str, Optional[str]]]:
    """(the sub-national head, the place named) where an organisation's name is a sub-national
    government (``subnational_agent``) named by its place: "Municipality of Livorno", "Regional
    Council of Liguria", "the Town Council of X" (the head before "of <Place>"), or "Livorno City
    Council" (capitalised place words before the head); else None ("Council of Europe", "Security
    Council": no sub-national head; "City of London Corporation": the head is no government's).
    Grounding: Phoenix.agents.txt MAYOR, CITY_MAYOR, PROVINCIAL_OFFICIALS, REGIONAL_GOVERNOR [~GOV]
    code a town's or region's government as its country's."""
    if not name:
        return None
    text = re.sub(r"^(?:the|The)\s+", "", name.strip())
    parts = re.split(r"\s+of\s+(?:the\s+)?", text, maxsplit=1)
    if len(parts) == 2:
        head, place = parts
        if not place[:1].isupper():
            return None
    else:
        words = text.split()
        # "Livorno City Council": the head is the first cut from the left whose last words are a
        # sub-national phrase with only capitalised words (the place) before it; that cut
        # decides, its head checked below (no shorter head is tried where it fails)
        for cut in range(1, len(words)):
            if subnational_agent(" ".join(words[cut:])) and all(w[:1].isupper() for w in words[:cut]):
                head, place = " ".join(words[cut:]), " ".join(words[:cut])
                break
        else:
            return None
    if not subnational_agent(head) or head.split()[0].lower() in _QUANTIFIERS | _LEADING_WORDS:
        return None
    if not head.lower().endswith(("council", "government", "administration", "municipality")):
        return None  # a singular body only: "Mayors of X" are people, "Officials of X" no body's name
    return head, place


def subdivision_place_state(place: Optional[str]) -> Optional[str]:
    """ISO3 of the one state a sub-national body's place name lies in (``resolve.places``:
    GeoNames cities, ISO 3166-2 subdivisions), not a country's own name; else None."""
    from newsgraph.resolve.places import place_states

    if not place or lookup_country(place) is not None:
        return None
    states = place_states(place)
    return next(iter(states)) if len(states) == 1 else None


def subnational_state(doc, own: Optional[str], start: Optional[int], end: Optional[int]) -> Optional[tuple[str, str]]:
    """(ISO3, reason) for a sub-national government at ``start``..``end`` (``subnational_agent``):
    the one state its clause names outside the doer of what governs it, else the one state of
    that doer ("Mexico convened state and municipal governments"), else the article's focus, else
    the publisher's own state in a state's release; None where the clause names several states ("The U.S. and Mexican governments convened state and
    municipal governments": whose is not said)."""
    clause = _clause_chars(doc, start, end) if start is not None and end is not None else None
    if clause is None:
        return None
    named, by_doers = set(), set()
    doer_chars = [(a, b) for a, b, doer in clause if doer]
    doers = (min(a for a, _ in doer_chars), max(b for _, b in doer_chars)) if doer_chars else None
    for at, state in _state_mentions(doc):
        if start <= at < end:
            continue
        where = next((doer for a, b, doer in clause if a <= at < b), None)
        if where is None and doers and doers[0] <= at < doers[1]:
            where = True  # inside the doer's phrase, in a conjunct the clause leaves out ("The U.S. and Mexican governments")
        if where is not None:
            (by_doers if where else named).add(state)
    if len(named) == 1:
        return next(iter(named)), _ONE_STATE
    if not named and len(by_doers) == 1:
        # "Mexico convened state and municipal governments": a state acts with its own provinces
        return next(iter(by_doers)), "the one state whose act it is part of"
    if named or by_doers:
        return None
    focus = article_focus(doc, own)
    if focus:
        return focus, "the state the article is about"
    return (own, "a sub-national government in the publishing state's own release") if own else None


# the prepositions that give a sub-national office's place ("the governor of California",
# "Attorneys General from seven states and the District of Columbia")
_PLACE_PREPS = frozenset({"of", "from"})


def subnational_head(text: Optional[str]) -> bool:
    """Whether ``text`` is only a sub-national government's head noun, with no modifier
    ("Attorneys General", "the governors", "mayors"; ``context_agents.yaml`` subnational_heads,
    state_only_heads, subnational_bodies): a phrase whose state an "of" / "from" complement may
    give (``complement_subdivision_state``)."""
    if not text:
        return False
    rules = _rules()
    words = re.findall(r"[\w\-]+", text.lower())
    while words and (words[0] in _LEADING_WORDS or words[0].isdigit()):
        words = words[1:]
    joined = " ".join(words)
    return joined in rules["subnational_heads"] | rules["state_only_heads"] | rules["subnational_bodies"]


def complement_subdivision_state(doc, start: Optional[int], end: Optional[int]) -> Optional[tuple[str, str]]:
    """(ISO3, reason) for a sub-national head (``subnational_head``) whose "of" / "from" phrase
    names first-level subdivisions of one state only ("Attorneys General from seven states and the
    District of Columbia" -> USA; "the governors of Texas and Nevada"): a province's or state's
    officials act for its country (Phoenix.agents.txt GOVERNOR, PROVINCIAL_OFFICIALS [~GOV]; ISO
    3166-2 via pycountry, ``resolve.places.subdivision_state``). The phrase is the head's own or,
    where the parse hung it on the verb, the one right after the slot ("convened Attorneys General
    from ..."). Bare common nouns among the conjuncts ("seven states") name no state and are
    skipped; a country's name, a place of no one state's or of several states gives None.

    Shape: ``(alpha3, reason)`` or None."""
    from newsgraph.resolve.places import subdivision_state

    if start is None or end is None:
        return None
    span = expanded_span(doc, start, end)
    if span is None or len(span) == 0:
        return None
    head = span.root
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS]
    if not preps and span.end < len(doc) and doc[span.end].lower_ in _PLACE_PREPS \
            and doc[span.end].dep_ == "prep" and doc[span.end].head.i != head.i:
        preps = [doc[span.end]]  # "convened Attorneys General from ...": the PP hung on the verb
    places, states = [], set()
    for prep in preps[:1]:
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            for item in [obj, *obj.conjuncts]:
                if not item.ent_type_:
                    if item.pos_ == "NOUN":
                        continue  # "seven states": no state named
                    return None
                ent = next((e for e in doc.ents if e.start <= item.i < e.end), None)
                if ent is None or ent.label_ not in ("GPE", "LOC"):
                    return None
                name = re.sub(r"^(?:the|The)\s+", "", ent.text)
                state = subdivision_state(name) if lookup_country(name) is None else None
                if state is None:
                    return None
                places.append(name)
                states.add(state)
    if len(states) != 1:
        return None
    state = next(iter(states))
    return state, f"its '{preps[0].text}' phrase names a subdivision of {state} ({', '.join(places)})"


# the subjects of a sentence that specifies a plural party just named: "This includes 893 Russian
# Federation officials", "These include ...", "It also includes ..."
_SPECIFYING_SUBJECTS = frozenset({"this", "these", "it", "they"})


def specified_state(doc, start: Optional[int], end: Optional[int]) -> Optional[tuple[str, str]]:
    """(ISO3, reason) for a generic party at ``start``..``end`` ("visa restrictions on
    individuals") that the very next sentence specifies by a state: a sentence whose subject is
    "this / these / it / they" and whose verb is "include" ("This includes 893 Russian Federation
    officials, such as ..."), its object a generic agent (``generic_agent``: officials,
    individuals, entities ...) whose own modifiers name exactly one state (a country mention
    before the head noun). The specification tells who the plural is (English anaphora: the
    demonstrative subject takes up the party just named); None when the next sentence is no
    such specification, or names no state or several."""
    if start is None or end is None:
        return None
    span = expanded_span(doc, start, end)
    if span is None or span.sent.end >= len(doc):
        return None
    sentence = doc[span.sent.end].sent
    verb = sentence.root
    if verb.lemma_.lower() != "include":
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if len(subjects) != 1 or subjects[0].lower_ not in _SPECIFYING_SUBJECTS or subjects[0].i != sentence.start \
            or len(objects) != 1:
        return None
    head = objects[0]
    if head.pos_ != "NOUN" or generic_agent(head.text) is None:
        return None
    # the state its capitalised modifiers name: a country's name or demonym ("893 Russian
    # Federation officials", "17 Belarusian individuals")
    runs, run = [], []
    for token in doc[head.left_edge.i:head.i]:
        if token.text[:1].isupper() and token.pos_ in ("PROPN", "ADJ", "NOUN"):
            run.append(token.text)
        elif run:
            runs, run = runs + [run], []
    runs += [run] if run else []
    states = set()
    for words in runs:
        found = lookup_country(" ".join(words))
        found = [found] if found is not None else [lookup_country(w) for w in words]
        states |= {c.alpha3 for c in found if c is not None}
    if len(states) != 1:
        return None
    return next(iter(states)), f"the next sentence specifies it ('{head.left_edge.text} ... {head.text}')"


def _fill_from_context(events, find, fill) -> None:
    """The one walk the ``place_*`` functions below share: for each event in ``events``, in order,
    ``find(event)`` looks in the event's context for the state its empty slot belongs to (None:
    the event is none of the finder's, its slot is filled, or no state is certain) and
    ``fill(event, found)`` fills the slot with it. An event is filled before the next one is
    looked at, so a finder that reads the other events (``protest_regime``) sees the earlier fills."""
    for event in events or []:
        found = find(event)
        if found is not None:
            fill(event, found)


def _fill_target(doc, country_key, why: str):
    """The ``fill`` of ``_fill_from_context`` that makes the state found the event's target
    (``_give_target_state``): ``found`` is an ISO3, or (ISO3, reason) with the reason put into
    ``why`` where it says ``{reason}``."""
    def fill(event, found) -> None:
        state, reason = found if isinstance(found, tuple) else (found, None)
        _give_target_state(doc, event, state, country_key, why.format(reason=reason))
    return fill


def _stateless_party(entity, sector: Optional[str], text: Optional[str]) -> bool:
    """Whether a keyed actor with no state is a political party whose name is no state's: an
    organisation its coding gives the sector PTY, or none and its mention is "<Name> party" (the
    acronym or name before the common noun, ``_named_party``: "the M5S party" keyed to "Movimento 5
    Stelle (M5S)"). Phoenix POLITICAL_PARTY [~PTY]: a party is of the state it runs in, which a
    name of no state leaves to its context, as for the unkeyed "<Name> party"."""
    if entity is None or entity.type != "organization" or entity.country:
        return False
    if sector == "PTY":
        return True
    return not sector and bool(text) and _named_party(re.findall(r"[\w\-]+", text.strip()))


def place_generic_agents(doc, outlet, events) -> None:
    """Give each event's generic agent with no state (``generic_agent``) the state of its
    context (``context_state``), keeping its sector; notes the reason in the explanation."""
    own = releasing_state(outlet)
    # a service's own channel writes of its own members by the service's sector ("Four Airmen
    # deployed ..." on af.mil): those agents are the publisher's own, never placed by context
    own_service = outlet.sector if own and outlet.sector != "GOV" else None
    entities = doc._.ng_entities or {}
    for event in events or []:
        states = {side: getattr(event, f"{side}_acts_for") for side in ("source", "target")}
        for side, other in (("source", "target"), ("target", "source")):
            text = getattr(event, f"{side}_text")
            key = getattr(event, f"{side}_key")
            party = bool(key) and not states[side] and _stateless_party(entities.get(key), getattr(event, f"{side}_sector"), text)
            if (key and not party) or states[side] or not text:
                continue
            start, end = getattr(event, f"{side}_start"), getattr(event, f"{side}_end")
            if party:
                # a keyed party of no state of its own ("the M5S party" of "Movimento 5 Stelle
                # (M5S)"): placed as the unkeyed "<Name> party" is, by its context
                found = context_state(doc, own, start, end, states[other], venues=not is_meeting(event))
                if found is not None:
                    state, reason = found
                    setattr(event, f"{side}_acts_for", state)
                    setattr(event, f"{side}_sector", "PTY")
                    event.explanation = (event.explanation or "") + \
                        f"; {side} '{text.strip()}' (PTY) acts for {state}: {reason}"
                elif not getattr(event, f"{side}_sector"):
                    setattr(event, f"{side}_sector", "PTY")
                continue
            body = defected_from_no_state(doc, start, end)
            if body is not None:
                # "defectors from the organization": people who left a church or a firm are no
                # state's agents and no political opposition (Phoenix DEFECTOR ~OPP is of a state's side)
                setattr(event, f"{side}_sector", "CVL")
                event.explanation = (event.explanation or "") + \
                    f"; {side} '{text.strip()}' (CVL) acts for no state: defected from '{body}', no state's body"
                continue
            if mover_head(text, defectors=False):
                # "migrants" in a story on the state they live in or go to: where they are is not
                # whose they are; only words that specify them by a state place them
                found = specified_state(doc, start, end)
                if found is not None:
                    state, reason = found
                    setattr(event, f"{side}_acts_for", state)
                    event.explanation = (event.explanation or "") + \
                        f"; {side} '{text.strip()}' acts for {state}: {reason}"
                continue
            found = subnational_state(doc, own, start, end) if subnational_agent(text) else None
            if found is None and subnational_head(text):
                found = complement_subdivision_state(doc, start, end)
            sector, kind = "GOV", "sub-national government"
            if found is None:
                sector = generic_agent(text)
                if sector is None or sector == own_service:
                    continue
                if sector in _UNPLACED_BY_CONTEXT:
                    # "hold smugglers accountable" in a release on migrants moved through
                    # Nicaragua: where criminals operate or route their trade is no state they
                    # act for; only words that specify them by a state place them
                    found = specified_state(doc, start, end)
                    if found is not None:
                        state, reason = found
                        setattr(event, f"{side}_acts_for", state)
                        setattr(event, f"{side}_sector", getattr(event, f"{side}_sector") or sector)
                        event.explanation = (event.explanation or "") + \
                            f"; {side} '{text.strip()}' ({sector}) acts for {state}: {reason}"
                    continue
                kind = sector or "no sector"
                # a company is no state's by the story it appears in ("We call on private sector
                # companies ..." in a release on China): only its own clause places it; the private
                # people an official meets where a meeting is held may have come from anywhere ("met
                # in Warsaw with civil society representatives"), where a state's own officials met
                # in its capital are its ("While in Kyiv, ... will meet with senior government officials")
                found = specified_state(doc, start, end) \
                    or context_state(doc, own, start, end, states[other], focus=sector not in _UNPLACED_BY_FOCUS,
                                     venues=not is_meeting(event) or sector in _STATE_BODY_SECTORS)
            if side == "target" and event.source_acts_for and kind != "sub-national government" \
                    and (found is None or (found[0] == event.source_acts_for and found[1] != _ONE_STATE)):
                # victims with no state of their own are of where the act happened, not of their
                # attacker's state because the article is about it ("this unit killed numerous
                # civilians" in Bucha: UKR, not the unit's RUS); with no place named, a state's act
                # on people in the story's state stays an act at home (a crackdown on its citizens)
                found = victims_place_state(doc, own, event) or found
            elif side == "target" and found is None and _stateless_civilians(doc, event):
                # a force act on people at large whose doer has no state: none named ("the ongoing
                # attacks killing civilians ... in Yemen") or one of no state ("al-Qaeda killed
                # civilians in Yemen", "smugglers ..."): they are of the one state its clause puts
                # the act in, as beside a doer of a state above (the victims are where the act
                # happened, whoever did it); not a group of a sector of its own, "aid workers", who
                # may come from anywhere
                found = victims_place_state(doc, own, event)
            if found is None:
                continue
            state, reason = found
            setattr(event, f"{side}_acts_for", state)
            setattr(event, f"{side}_sector", getattr(event, f"{side}_sector") or sector or None)
            event.explanation = (event.explanation or "") + \
                f"; {side} '{text.strip()}' ({kind}) acts for {state}: {reason}"


# sectors of a state's own bodies that context may place ("National Police", "Ministry of Home
# Affairs", "66th Light Infantry Division"); JUD is left out: a court or prosecutor may be an
# international one ("the Prosecutor of the International Criminal Court")
_STATE_BODY_SECTORS = frozenset({"GOV", "MIL", "POL", "LEG", "SPY"})


def place_state_bodies(doc, outlet, events, aimed_types: frozenset = frozenset()) -> None:
    """Give each event's named organisation of a state's own sector (GOV, MIL, POL, LEG, SPY)
    that has no state the one state of its context (``context_state``, as a generic agent's:
    a ministry, police or army unit is always some state's, PLOVER codes it as that state's
    agent), keeping its key and sector; never where its sentence names the publisher's own
    state (a body beside "the U.S. State Department's Office" is more likely the publisher's), and
    in a state's release only by the one state its clause names. The target of an act of a type in
    ``aimed_types`` (linking's hostile types: PLOVER SANCTION, COERCE ... are aimed at another
    actor) whose source is the publisher's state is not the publisher's own, so its sentence naming
    that state (the sanctioner: "The United States is imposing sanctions on Saydnaya Military
    Prison ... since the start of the Syrian crisis") does not bar it. Notes the reason in the explanation."""
    own = releasing_state(outlet)
    entities = doc._.ng_entities or {}
    for event in events or []:
        for side, other in (("source", "target"), ("target", "source")):
            key = getattr(event, f"{side}_key")
            entity = entities.get(key) if key else None
            sector = getattr(event, f"{side}_sector")
            if entity is None or entity.type != "organization" or getattr(event, f"{side}_acts_for") \
                    or sector not in _STATE_BODY_SECTORS:
                continue
            start, end = getattr(event, f"{side}_start"), getattr(event, f"{side}_end")
            span = expanded_span(doc, start, end) if start is not None and end is not None else None
            if span is None:
                continue
            sentence = span.sent
            aimed = side == "target" and event.type in aimed_types and own and event.source_acts_for == own
            if own and not aimed and any(state == own for at, state in _state_mentions(doc)
                                         if sentence.start_char <= at < sentence.end_char):
                continue
            found = _listed_body_state(span, side, events) \
                or context_state(doc, own, start, end, getattr(event, f"{other}_acts_for"))
            if found is None or own and found[1] not in (_ONE_STATE, _LISTED_BODY):
                # a state's release: a body its clause places by no state may be the publisher's own
                # ("Under Secretary of State for Arms Control ...") whatever the article is about
                continue
            state, reason = found
            setattr(event, f"{side}_acts_for", state)
            event.explanation = (event.explanation or "") + \
                f"; {side} '{(getattr(event, f'{side}_text') or '').strip()}' ({sector}) acts for {state}: {reason}"


# sectors of a doer that may act on another state's legislature: a state's own institutions
# (it acts abroad: "Russia condemned the parliament's vote"), bodies of no state or of many (IGO,
# NGO), and companies (lobbying abroad)
_NOT_PEOPLE_SECTORS = frozenset({"IGO", "NGO", "BUS", "MNC"})
_PEOPLE_LEGISLATURE = "the legislature {state}'s own people act on, its sentence naming no other state"


def people_legislature_state(doc, own: Optional[str], event) -> Optional[tuple[str, str]]:
    """(ISO3, reason) for a legislature with no state (sector LEG: "the parliament", "the
    National Assembly", "the legislature"; PLOVER/Phoenix ~LEG, a state's own institution) that
    is the target of an act by people placed in one state (a doer of no state's institution:
    "protesters in Kenya", "Kenyan students", "homosexuals in Nigeria"), where its sentence names
    no other state: a state's people storm, petition or protest to their own state's legislature
    (PLOVER's usual protest dyad, as ``protest_regime`` reads a protest naming no target), so the
    legislature acts for their state. Context placing skips such a doer's state (the other side of
    an act is never the actor's context), which left these legislatures with none. None for a doer
    that is a state's body, an IGO, NGO or company (``_NOT_PEOPLE_SECTORS``), for no or several states."""
    if event.target_acts_for or event.target_sector != "LEG" or event.target_start is None:
        return None
    state = event.source_acts_for
    if not state or event.source_sector in state_sectors() | _NOT_PEOPLE_SECTORS:
        return None
    if _sentence_states(doc, event.sentence_start, event.sentence_end, own) - {state}:
        return None  # "Kenyan activists in London protested outside Parliament": whose is not said
    return state, _PEOPLE_LEGISLATURE.format(state=state)


def place_people_legislatures(doc, outlet, events) -> None:
    """Give each legislature with no state acted on by one state's people that state
    (``people_legislature_state``), keeping its key and sector; the reason goes into the explanation."""
    own = releasing_state(outlet)

    def fill(event, found) -> None:
        state, reason = found
        event.target_acts_for = state
        event.explanation = (event.explanation or "") + \
            f"; target '{(event.target_text or '').strip()}' (LEG) acts for {state}: {reason}"
    _fill_from_context(events, lambda event: people_legislature_state(doc, own, event), fill)


_LISTED_BODY = "the state of the body it is listed with"


def _listed_body_state(span, side: str, events) -> Optional[tuple[str, str]]:
    """(ISO3, reason) for a state body listed after another that names its state ("met with the
    Ukrainian Border Guard Service and National Police"): the body the parser hangs it on as a
    conjunct is, in the same sentence, the same side of an event with a state; English
    coordination lets the first conjunct's demonym stand for the list. None otherwise."""
    root = span.root
    if root.dep_ != "conj":
        return None
    first = root.head
    first = first_conjunct(first)
    for other in events or []:
        a, b = getattr(other, f"{side}_start"), getattr(other, f"{side}_end")
        state = getattr(other, f"{side}_acts_for")
        if state and a is not None and b is not None and a <= first.idx < b:
            return state, _LISTED_BODY
    return None


def _sentence_states(doc, start: int, end: int, own: Optional[str]) -> set[str]:
    """ISO3 of every state the text ``start``..``end`` names (a country or a place in one), the
    publisher's own left out."""
    return {state for at, state in _state_mentions(doc) if start <= at < end and state != own}


def state_act_place(doc, own: Optional[str], event) -> Optional[tuple[str, str]]:
    """(ISO3, reason) of the state whose authorities did ``event``, an agentless state-only act
    (``state_acts`` of context_agents.yaml: an arrest, detention, court sentence, ban,
    or a release from custody, ``custody_places``) with no source at all: the one state its
    sentence names (the publisher's ``own`` left out; where it names several, the target's own
    state left out too: "American journalists ... sentenced after crossing the border to North
    Korea"), else, but for a ban, the state the article is about (``article_focus``, then
    ``headline_state``). None when the event has a source or is no such act, or no one state is found."""
    rules = _rules()
    if event.source_key or event.source_text or event.source_acts_for \
            or event.mode not in rules["state_acts"].get(event.type, ()):
        return None
    sentence = doc_text(doc)[event.sentence_start:event.sentence_end].lower()
    if event.type == "RETREAT" and not any(f"from {place}" in sentence for place in rules["custody_places"]):
        return None
    named = _sentence_states(doc, event.sentence_start, event.sentence_end, own)
    if len(named) > 1:
        named.discard(event.target_acts_for)
    if len(named) == 1:
        return next(iter(named)), "the one state its sentence names"
    if named or event.mode in rules["state_acts_sentence_only"]:
        return None
    focus, reason = article_focus(doc, own), "the state the article is about"
    if focus is None and own is None:
        focus, reason = headline_state(doc, own), "the state the article's headline names"
    return (focus, reason) if focus else None


def place_state_acts(doc, outlet, events, country_key) -> None:
    """Give each agentless state-only act with no source (``state_act_place``) the authorities of
    the state where it happens as source: text ``state_act_agent`` ("authorities", no span: the
    text does not name them), key ``country_key(doc, ISO3)``, that state, sector GOV; the reason
    goes into the explanation."""
    own = releasing_state(outlet)
    _fill_from_context(events, lambda event: state_act_place(doc, own, event),
                       lambda event, found: give_state_authorities(doc, event, found[0], found[1], country_key))


def give_state_authorities(doc, event, state: str, reason: str, country_key) -> None:
    """Make ``state``'s authorities the source of ``event``, an agentless act of state power:
    text ``state_act_agent`` ("authorities", no span: the text does not name them), key
    ``country_key(doc, state)``, sector GOV, or the one its mode names (``state_act_sectors``: a
    conviction is a court's, JUD); ``reason`` (why that state) goes into the explanation."""
    agent = _rules()["state_act_agent"]
    event.source_text, event.source_key = agent, country_key(doc, state)
    event.source_acts_for = state
    event.source_sector = _rules()["state_act_sectors"].get(event.mode) or generic_agent(agent) or "GOV"
    event.explanation = (event.explanation or "") + \
        f"; source = {agent} of {state} (filled from the place: {reason}): an agentless {event.type}/{event.mode} is a state's act"


def trip_states(doc, own: Optional[str]) -> list[str]:
    """ISO3 of each state an article titled as a trip ("Counselor Chollet's Trip to Ukraine":
    a ``trip_title_words`` word in ``doc._.ng_title``) goes to, in title order (``title_states``,
    the publisher's ``own`` left out); [] for any other title."""
    title = getattr(doc._, "ng_title", None) or ""
    if not _rules()["trip_title_words"] & {w.lower() for w in re.findall(r"[A-Za-z]+", title)}:
        return []
    return list(dict.fromkeys(state for state in title_states(doc) if state != own))


def trip_partner(text: Optional[str]) -> bool:
    """Whether ``text`` is a group a traveller can meet that has no state in its words: common
    nouns only (no name, number or pronoun), no ``skip_words`` (foreign, international, our ...),
    not the traveller's own party (``trip_own_party_heads``) and not a bare plural naming several
    states ("partners", "members": ``multi_state_heads`` with no modifier)."""
    rules = _rules()
    if not text:
        return False
    raw = re.findall(r"[\w\-]+", text.strip())
    words = [w.lower() for w in raw]
    if not words or any(w in rules["skip_words"] for w in words) or any(c.isdigit() for c in text):
        return False
    if any(w[:1].isupper() and agent_match(w) is None for i, w in enumerate(raw) if not (i == 0 and w.lower() == "the")):
        # a name (or an unresolved title) is the linker's to place, not the trip's; a capitalised
        # Phoenix agent noun ("NGOs") is still a group
        return False
    head = [w.lower() for w in re.findall(r"[\w\-]+", re.split(r"\s+of\s+", text.strip())[0])]
    if not head or head[-1] in rules["trip_own_party_heads"] or head[-1] in ("he", "she", "it", "him", "her"):
        return False
    if head[-1] in rules["multi_state_heads"] and len([w for w in head if w != "the"]) == 1 \
            and " of " not in text:
        return False
    return True


def trip_partner_state(doc, own: Optional[str], event) -> Optional[tuple[str, str]]:
    """(ISO3, reason) of the host state of an unplaced group ``event`` reaches on a trip
    (``trip_states``): the one leg its sentence names (a country or a place in it: "While in
    Warsaw"), else, where the sentence names no leg, the leg named last before it (readouts go
    leg by leg), or the trip's one state. None where the event is no ``trip_partner_types`` act,
    its target has a key, a state or no ``trip_partner`` text, its source is not placed in another
    state, or its sentence names a state that is no leg of the trip."""
    rules = _rules()
    if event.type not in rules["trip_partner_types"] or event.target_key or event.target_acts_for \
            or not trip_partner(event.target_text):
        return None
    legs = trip_states(doc, own)
    if not legs or not event.source_acts_for or event.source_acts_for in legs:
        return None
    return _trip_leg(doc, own, event, legs)


def _trip_leg(doc, own: Optional[str], event, legs: list[str]) -> Optional[tuple[str, str]]:
    """(ISO3, reason) of the leg of a trip (``legs``: ``trip_states``) an event's sentence tells
    of: the one leg the sentence names, else the trip's one state, else the leg named last before
    the sentence (readouts go leg by leg); None where the sentence names a state that is no leg,
    or several."""
    named = _sentence_states(doc, event.sentence_start, event.sentence_end, own) - {event.source_acts_for}
    if named - set(legs) or len(named) > 1:
        return None
    if named:
        return next(iter(named)), "the leg of the trip its sentence names"
    if len(legs) == 1:
        return legs[0], "the one state the trip its title names goes to"
    before = [state for offset, state in _state_mentions(doc) if offset < event.sentence_start and state in legs]
    return (before[-1], "the leg of the trip named last before its sentence") if before else None


def trip_talks_host(doc, own: Optional[str], event) -> Optional[tuple[str, str]]:
    """(ISO3, reason) of the host of talks an official of the publisher's state ``own`` holds on
    a trip (``trip_states``) with no party named ("Sherman will travel to the PRC ... The Deputy
    Secretary will discuss areas where we have serious concerns", "The Assistant Secretary will
    also discuss support for Moldovan authorities"): PLOVER CONSULT is talks between parties, and
    a trip's talks are with the state it visits (``_trip_leg``). Only talks (CONSULT, a planned
    meeting AGREE consult:meet) with no target at all, by an actor of ``own``; None otherwise."""
    if event.type not in ("CONSULT", "AGREE") or event.target_key or event.target_text or event.target_acts_for \
            or (event.type == "AGREE" and event.mode != "consult:meet") or (event.mode or "").endswith("visit"):
        return None
    if not own or event.source_acts_for != own or not (event.source_key or "").startswith("person:"):
        return None  # (the trip is an official's: "Convened by the United States, the meeting" is no talk of it)
    trigger = expanded_span(doc, event.trigger_start, event.trigger_end)
    if trigger is None or any(c.dep_ == "prep" and c.lower_ in ("with", "to") for t in trigger for c in t.children):
        return None  # "meet with the next generation of Brazilian entrepreneurs": the sentence names whom
    legs = trip_states(doc, own)
    return _trip_leg(doc, own, event, legs) if legs else None


def place_trip_hosts(doc, outlet, events, country_key) -> None:
    """Give talks held on a trip with no party named (``trip_talks_host``) the host state as
    target (its government, as a country mention is coded); notes the reason."""
    own = releasing_state(outlet)
    _fill_from_context(events, lambda event: trip_talks_host(doc, own, event),
                       _fill_target(doc, country_key, " GOV: the host of talks on a trip, {reason}"))


# what linking notes of a meeting's counterpart it unplaced (linking.checks._host_side_counterpart)
HOST_SIDE_MARK = "(a meeting's counterpart is its host)"


def _in_phrase_states(doc, start: int, end: int, own: Optional[str], preps=frozenset({"in"})) -> set[str]:
    """ISO3 of each state a place phrase "in <country or place>" (or another of ``preps``) between
    ``start`` and ``end`` names ("in Peru", "in Lima", "in Tegucigalpa, Honduras"), the
    publisher's ``own`` left out."""
    found = set()
    for entity, span in _place_spans(doc, start, end):
        root = span.root
        while root.dep_ in ("appos", "compound", "conj") and root.head != root:
            root = root.head
        if root.dep_ == "pobj" and root.head.lower_ in preps:
            state = entity_state(entity)
            if state and state != own:
                found.add(state)
    return found


def meeting_counterpart_state(doc, own: Optional[str], event) -> Optional[tuple[str, str]]:
    """(ISO3, reason) of the counterpart of a meeting, visit or talk that names no state and that
    linking unplaced from its source's own state (``HOST_SIDE_MARK``): the one state an "in"
    phrase of its sentence places the act in ("hold talks with the government to expand trade in
    Guatemala"), other than the source's; None where no trip leg or context placed it before and
    the sentence's "in" phrases name no state, or several (no state is then known)."""
    if not is_meeting(event) or event.target_key or event.target_acts_for \
            or HOST_SIDE_MARK not in (event.explanation or "") or not trip_partner(event.target_text):
        return None
    named = _in_phrase_states(doc, event.sentence_start, event.sentence_end, own) - {event.source_acts_for}
    if len(named) != 1:
        return None
    return next(iter(named)), "the one state an 'in' phrase of its sentence places the meeting in"


def place_meeting_counterparts(doc, outlet, events) -> None:
    """Give a meeting's counterpart that names no state, unplaced from its source's own state,
    the state its sentence places the act in (``meeting_counterpart_state``), with the sector its
    words give; notes the reason."""
    own = releasing_state(outlet)
    _fill_from_context(events, lambda event: meeting_counterpart_state(doc, own, event),
                       _fill_met_group("a meeting's counterpart"))


def _fill_met_group(what: str) -> Callable:
    """The filler ``_fill_from_context`` calls with a (state, reason) found for a group met
    (``place_trip_partners``, ``place_meeting_counterparts``): it takes that state, keeps its own
    sector or takes the one its words give (Phoenix agents, else none), and notes ``what`` it is
    and the reason."""
    def fill(event, found) -> None:
        state, reason = found
        matched = agent_match(event.target_text)
        event.target_acts_for = state
        event.target_sector = event.target_sector or (matched[0].sector if matched else None)
        event.explanation = (event.explanation or "") + \
            f"; target '{event.target_text.strip()}' acts for {state}: {what}, {reason}"

    return fill


# the sectors of a state's own people, who protest against their government (Phoenix CVL, OPP)
_PEOPLE_SECTORS = frozenset({"CVL", "OPP"})


def protest_regime(doc, own: Optional[str], event, events) -> Optional[str]:
    """ISO3 of the government a state's people protest against, where the protest names no
    target ("tens of thousands of Cubans ... took to the streets to peacefully demand respect for
    their fundamental freedoms"): PLOVER PROTEST's target is whom the protest is against, and a
    state's own civilians or opposition (sector CVL / OPP) demonstrating at home protest against
    their government where the article has that government act (an institution of that state
    -- a state sector -- as an actor of its other events, or a named body or official of it:
    "the regime", "Cuban security forces") or names it in a phrase its name or demonym owns
    (``named_government``: "The Cuban government responded with violence", a clause no event
    is drawn from). None for protesters of no state, of the publisher's ``own``, or a state whose
    institutions the article neither has act nor names, and for a protest abroad or at another state's
    door: its sentence names another state ("Ukrainians protested outside the Russian embassy in
    Warsaw" is against no government of theirs)."""
    if event.type != "PROTEST" or event.target_key or event.target_text or event.target_acts_for:
        return None
    state = event.source_acts_for
    if not state or state == own or event.source_sector not in _PEOPLE_SECTORS:
        return None
    if _sentence_states(doc, event.sentence_start, event.sentence_end, own) - {state}:
        return None  # (demonstrating abroad, or against another state: not "at home")
    sectors = state_sectors()
    actors = [(e.source_acts_for, e.source_sector) for e in events or [] if e is not event] + \
             [(e.target_acts_for, e.target_sector) for e in events or [] if e is not event] + \
             [(getattr(x, "acts_for", None), getattr(x, "sector", None)) for key, x in (doc._.ng_entities or {}).items()
              if not key.startswith("country:")]  # (a demonym, "Venezuelans", is a country entity: no act of its government)
    if any(acts_for == state and sector in sectors for acts_for, sector in actors):
        return state
    # (the article names that government even where it codes no act of it: "The Cuban
    # government responded with violence", a clause no event is drawn from)
    return state if named_government(doc, state) is not None else None


# the dependencies by which a state's name or demonym makes a noun phrase that state's own
# ("the *Cuban* government", "*Cuba's* regime", "the government *of Cuba*": pobj under "of")
_STATE_OWNER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


def named_government(doc, state: str) -> Optional[tuple[int, int]]:
    """(start, end) char offsets of the first phrase of the article that names an institution of
    ``state``'s own by a common noun the state's name or demonym owns or modifies: "the Cuban
    government", "Cuba's authoritarian regime", "the government of Cuba", "Cuban security
    forces" -- a head whose Phoenix agent (``agent_match``, with its compound words) is of a
    state sector (``state_sectors``: GOV, MIL, POL, ...). None where the article names no such
    phrase ("the Cuban people": CVL; "Cuban Americans": no state head)."""
    entities = doc._.ng_entities or {}
    sectors = state_sectors()
    for mention in sorted(doc._.ng_mentions or [], key=lambda m: m.start):
        entity = entities.get(mention.entity_key) if mention.entity_key else None
        if entity is None or entity.type != "country" or entity_state(entity) != state:
            continue
        span = expanded_span(doc, mention.start, mention.end)
        if span is None or not len(span):
            continue
        root = span.root
        if root.dep_ in _STATE_OWNER_DEPS and root.head.i > root.i:
            head = root.head
        elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ in ("NOUN", "PROPN") \
                and root.head.head.i < root.i:
            head = root.head.head
        else:
            continue
        if head.pos_ not in ("NOUN", "PROPN") or any(m.entity_key and m.start <= head.idx < m.end
                                                      for m in doc._.ng_mentions or []):
            continue  # (a name of its own: "the Cuban Ministry of the Interior" is the linker's)
        words = " ".join([c.text for c in head.lefts if c.dep_ == "compound"] + [head.text])
        found = agent_match(words)
        if found is not None and found[0].sector in sectors:
            start = min(mention.start, head.left_edge.idx)
            return start, max(mention.end, head.idx + len(head.text))
    return None


def place_protest_regimes(doc, outlet, events, country_key) -> None:
    """Give each protest by a state's own people naming no target (``protest_regime``) that
    state's government as target; notes the reason."""
    own = releasing_state(outlet)
    _fill_from_context(events, lambda event: protest_regime(doc, own, event, events),
                       _fill_target(doc, country_key,
                                    " GOV: the government its own people protest against, an actor of the article"))


def aid_title_recipient(doc, own: Optional[str], event) -> Optional[str]:
    """ISO3 of the recipient of ``event``, an AID with no target at all, in a release titled as
    aid to one state (an ``aid_title_words`` noun followed by "for" / "to" whose phrase names
    exactly one state but the publisher's ``own``: "Additional Humanitarian Assistance for the
    People of Ukraine" -> UKR), its trigger a verb of giving ("is providing over $186 million").
    None where the title is no such title, the source acts for no state or for that state (its own
    officers' work at home), the trigger is an aid noun ("assistance continues"), or the event's
    sentence names other states but not that one."""
    if event.type != "AID" or event.target_key or event.target_text or event.target_acts_for:
        return None
    state = _one_title_state(doc, own, "aid_title_words", "(?:for|to)")
    if state is None:
        return None
    if not event.source_acts_for or event.source_acts_for == state:
        return None  # a giver of no known state ("neighboring countries"), or its own officers at home
    trigger = expanded_span(doc, event.trigger_start, event.trigger_end)
    if trigger is None or trigger[0].pos_ != "VERB":
        return None  # "U.S. security assistance continues to ...": the standing aid, not an act of giving
    in_sentence = _sentence_states(doc, event.sentence_start, event.sentence_end, own) - {event.source_acts_for}
    if in_sentence and state not in in_sentence:
        return None
    return state


def place_aid_recipients(doc, outlet, events, country_key) -> None:
    """Give each AID with no recipient in a release titled as aid to one state
    (``aid_title_recipient``) that state as target (key ``country_key(doc, ISO3)``, sector GOV as
    a country mention is coded); notes the reason."""
    own = releasing_state(outlet)
    _fill_from_context(events, lambda event: aid_title_recipient(doc, own, event),
                       _fill_target(doc, country_key, ": the recipient the release's aid title names"))


# a release title whose lead verb aims the measures at one state: "Targeting Russia's Financial,
# Defense, and Marine Sectors ...", "Imposing Additional Costs on Russia for ...", "Sanctioning
# Iran's ..."; the group is the object up to its possessive ending or the next phrase
_SANCTION_TITLE = re.compile(
    r"^\s*(?:Targeting|Sanctioning|Imposing\s+(?:(?:Additional|Further|New|Severe)\s+)*(?:Costs|Sanctions|Measures)\s+"
    r"(?:on|against))\s+(?:the\s+)?(.+?)(?:['\u2019]s?\b|\s+(?:for|and|over|in|with|by|to)\b|[:,;|\u2013\u2014(]|$)",
    re.IGNORECASE)
_STATE_BODY_WORDS = re.compile(r"\s+(?:Government|Regime|Federation)$", re.IGNORECASE)
_TITLE_SANCTIONED = "a measure of a release whose title aims the measures at it ('{title}')"


def title_sanctioned_state(doc, own: Optional[str]) -> Optional[str]:
    """ISO3 of the one state a release's title aims its measures at: a title led by a verb of
    targeting or of imposing costs or sanctions whose object is that state itself, or its
    possessive ("Targeting Russia's Financial, Defense, and Marine Sectors", "Imposing Additional
    Costs on Russia for Its Continued War Against Ukraine", "... on the Russian Government");
    None for any other title, an object that is no state ("Targeting a Sanctions Evasion Network
    Supporting Iranian ...": the network, not Iran, is targeted) or the publisher's ``own``."""
    title = getattr(doc._, "ng_title", None) or ""
    match = _SANCTION_TITLE.match(title)
    if match is None:
        return None
    group = _STATE_BODY_WORDS.sub("", match.group(1).strip())
    country = lookup_country(group)
    if country is None or country.alpha3 == own:
        return None
    return country.alpha3


def title_sanctioned_target(doc, own: Optional[str], event, entities) -> Optional[str]:
    """ISO3 of the state a named company or person designated in a release acts for, where the
    release's title aims its measures at one state (``title_sanctioned_state``: "Targeting
    Russia's ... Marine Sectors" -> "we are designating Fertoing, a specialized marine
    engineering company": RUS). PLOVER SANCTION's target is the party penalised; a release
    announcing measures on one state's sectors designates that state's firms and officials
    (OFAC's E.O. programmes are by state). Only a SANCTION by the publisher's state whose target
    is a named organization or person (an entity) with no state, and only where the target's
    paragraph names no state but that one and the publisher's (a firm of a third state, "a
    UAE-based company", is no Russian one; a sanctions-evasion network spans states). None
    otherwise."""
    if event.type != "SANCTION" or event.target_acts_for or not own or event.source_acts_for != own:
        return None
    entity = entities.get(event.target_key) if event.target_key else None
    if entity is None or entity.type not in ("organization", "person"):
        return None
    state = title_sanctioned_state(doc, own)
    if state is None or event.target_start is None or event.target_end is None:
        return None
    para_start, para_end = line_bounds(doc, event.target_start)[0], line_bounds(doc, event.target_end)[1]
    if _sentence_states(doc, para_start, para_end, own) - {state}:
        return None
    return state


def place_title_sanctioned(doc, outlet, events) -> None:
    """Give each named company or person a state's release designates, with no state of its own,
    the one state the release's title aims its measures at (``title_sanctioned_target``); notes
    the reason."""
    own = releasing_state(outlet)
    entities = doc._.ng_entities or {}
    title = getattr(doc._, "ng_title", None) or ""
    for event in events or []:
        state = title_sanctioned_target(doc, own, event, entities)
        if state is None:
            continue
        event.target_acts_for = state
        event.explanation = (event.explanation or "") + \
            f"; target '{(event.target_text or '').strip()}' acts for {state}: " + _TITLE_SANCTIONED.format(title=title)


# people in flight from "the war" with no place named: "those fleeing the war", "refugees fleeing
# the fighting", "people displaced by the conflict"
_WAR_NOUNS = ("war", "conflict", "fighting", "invasion", "hostilities")
_FLEEING_THE_WAR = re.compile(
    r"\b(?:fled|flee|flees|fleeing|escaping|escaped|displaced\s+by)\s+(?:from\s+)?the\s+"
    r"(?:(?:ongoing|brutal|current|unprovoked|full-scale)\s+)*(?:" + "|".join(_WAR_NOUNS) + r")\s*$",
    re.IGNORECASE)
# the prepositions that name where a war is fought: "war in / on / against Ukraine", "invasion of Ukraine"
_WAR_PLACE_PREPS = frozenset({"in", "on", "against"})
_WAR_DISPLACED = "people in flight from the war the article places in {state} ({where})"


def war_place_state(doc) -> Optional[tuple[str, str]]:
    """(ISO3, phrase) of the one state the article places its war in: every war noun
    (``_WAR_NOUNS``, "aggression" too) with an "in / on / against" phrase (or "of" for an
    invasion) naming a state names the same one ("Russia's brutal war on Ukraine", "the war in
    Ukraine", "Russia's invasion of Ukraine"). A possessor is the one waging it, never where it is
    ("Russia's war"). None where the article places no war or places wars in several states."""
    found, where = set(), None
    # the cached lemmas and parts of speech: a Token only for a war noun
    pos, nouns = token_pos(doc), (*_WAR_NOUNS, "aggression")
    for i, lemma in enumerate(token_lemma_lowers(doc)):
        if pos[i] != NOUN or lemma not in nouns:
            continue
        token = doc[i]
        for prep in token.children:
            if prep.dep_ != "prep" or not (prep.lower_ in _WAR_PLACE_PREPS or (prep.lower_ == "of" and lemma == "invasion")):
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj" or obj.ent_type_ != "GPE":
                    continue
                ent = next((e for e in doc_ents(doc) if e.start <= obj.i < e.end), None)
                country = lookup_country(ent.text if ent is not None else obj.text)
                if country is not None:
                    found.add(country.alpha3)
                    where = where or f"{token.text} {prep.text} {ent.text if ent is not None else obj.text}"
    if len(found) != 1:
        return None
    return next(iter(found)), where


def place_war_displaced(doc, outlet, events) -> None:
    """Give each side that is people in flight from "the war" with no place named ("hosting
    those fleeing the war": sector REF, no state) the state the article places its war in
    (``war_place_state``), as the coder gives "those fleeing Ukraine" the state fled (Phoenix
    REFUGEE ~REF; the definite "the war" takes up the war the article has named, English
    anaphora). Never the publisher's own state; notes the reason."""
    own = releasing_state(outlet)
    war = None
    for event in events or []:
        for side in ("source", "target"):
            text = getattr(event, f"{side}_text") or ""
            if getattr(event, f"{side}_acts_for") or getattr(event, f"{side}_key") \
                    or getattr(event, f"{side}_sector") != "REF" or not _FLEEING_THE_WAR.search(text):
                continue
            war = war or war_place_state(doc) or ("", "")
            state, where = war
            if not state or state == own:
                continue
            setattr(event, f"{side}_acts_for", state)
            event.explanation = (event.explanation or "") + \
                f"; {side} '{text.strip()}' (REF) acts for {state}: " + _WAR_DISPLACED.format(state=state, where=where)


def displaced_head(text: Optional[str]) -> bool:
    """Whether ``text`` is headed by a noun of people moved out of danger who need not have left
    their state (``displaced_heads``: "evacuees", "displaced persons", "IDPs"), no mover
    (``mover_head``: "displaced refugees" are refugees)."""
    if not text or mover_head(text):
        return False
    head = re.split(r"\s+(?:in|at|to|into|from|of|inside|within|who|that|which|trying|fleeing)\s+", text.strip())[0]
    words = re.findall(r"[\w\-]+", head.lower())
    heads = _rules()["displaced_heads"]
    return bool(words) and (words[-1] in heads or (len(words) > 1 and words[-2] in heads))


def internally_displaced_state(doc, own: Optional[str], event, side: str) -> Optional[tuple[str, str]]:
    """(ISO3, reason) of the state whose internally displaced people an evacuee or displaced
    side of ``event`` with no state is (``displaced_head``): the one state its sentence puts
    people or the act "inside" / "within" (``internal_place_preps``: "vulnerable people inside
    Ukraine, as partners provide safe passage for evacuees"), its publisher's own excepted. A
    border word says they are still in that state, so they are its own people (PLOVER REF:
    "internally displaced persons"; Phoenix codes them <state>REF); a bare "in" ("evacuees
    arriving in Germany") does not. None otherwise."""
    text = getattr(event, f"{side}_text")
    if getattr(event, f"{side}_key") or getattr(event, f"{side}_acts_for") or not displaced_head(text):
        return None
    found = _in_phrase_states(doc, event.sentence_start, event.sentence_end, own, _rules()["internal_place_preps"])
    if len(found) != 1:
        return None
    return next(iter(found)), "internally displaced: its sentence puts them inside that state (PLOVER REF)"


def place_internally_displaced(doc, outlet, events) -> None:
    """Give each evacuee or displaced side with no state the state its sentence puts them inside
    (``internally_displaced_state``), sector REF (Phoenix DISPLACED_PERSON) where none; notes the
    reason."""
    own = releasing_state(outlet)
    for event in events or []:
        for side in ("source", "target"):
            found = internally_displaced_state(doc, own, event, side)
            if found is None:
                continue
            state, reason = found
            setattr(event, f"{side}_acts_for", state)
            setattr(event, f"{side}_sector", getattr(event, f"{side}_sector") or "REF")
            event.explanation = (event.explanation or "") + \
                f"; {side} '{getattr(event, f'{side}_text').strip()}' (REF) acts for {state}: {reason}"


# nouns of one side's war on another ("Russia's war against Ukraine", "Russia's full-scale
# invasion", "Russia's aggression"): their possessor is the one waging it (English subjective
# genitive of an act noun); "conflict" / "fighting" have two sides, so they only place the war
_WAGED_WAR_NOUNS = frozenset({"war", "invasion", "aggression"})
# verbs whose subject wages the war on their object's state (WordNet invade.v.01 "march
# aggressively into another's territory by military force"): "if Russia further invades Ukraine"
_INVADING_VERBS = frozenset({"invade"})
# hostile material acts whose target a one-sided war supplies when the sentence names none (PLOVER
# MOBILIZE: "against whom the actor mobilizes ... if that is clear"; ASSAULT / COERCE: the side acted on)
_WAR_ACT_TYPES = frozenset({"MOBILIZE", "ASSAULT", "COERCE"})
_WAR_ATTACKER = ("force with no agent in its sentence on the side the article's war is waged against: the war "
                 "the article tells is {state}'s alone ({how}), on {place} ({where})")
_WAR_VICTIM = ("a hostile act of the state that alone wages the article's war ({how}), naming no target nor any "
               "third state: aimed at the state the war is waged on ({where})")


def _country_of(doc, token) -> Optional[tuple[str, str]]:
    """(ISO3, name as written) of the country a name token names, whatever label the NER gave it
    ("Azerbaijan's war" is tagged PERSON), else None."""
    if token.pos_ == "PRON":
        return None
    ent = next((e for e in doc_ents(doc) if e.start <= token.i < e.end), None)
    text = ent.text if ent is not None else token.text
    country = lookup_country(text)
    return (country.alpha3, text) if country is not None else None


def one_sided_war(doc) -> Optional[tuple[str, str, str, str, str]]:
    """(waging ISO3, its name, phrase, place ISO3, phrase) of the article's war when one state
    alone wages it on one other: every war noun (``_WAGED_WAR_NOUNS``) with a country possessor
    and every subject of a verb of invading (``_INVADING_VERBS``) names the same waging state
    ("Russia's war against Ukraine", "if Russia further invades Ukraine"), and every war noun's
    "in / on / against" phrase (``war_place_state``'s reading) and every invaded object names the
    same other state. None where either side is missing, several, or the same state."""
    waging: dict[str, tuple[str, str]] = {}
    places: dict[str, str] = {}
    pos, lemmas = token_pos(doc), token_lemma_lowers(doc)
    nouns = (*_WAR_NOUNS, "aggression")
    for i, lemma in enumerate(lemmas):
        if pos[i] == NOUN and lemma in nouns:
            token = doc[i]
            for child in token.children:
                if child.dep_ == "poss" and lemma in _WAGED_WAR_NOUNS:
                    found = _country_of(doc, child)
                    if found is not None:
                        waging.setdefault(found[0], (found[1], f"{child.text}'s {token.text}"))
                if child.dep_ == "prep" and (child.lower_ in _WAR_PLACE_PREPS or (child.lower_ == "of" and lemma == "invasion")):
                    for obj in child.children:
                        found = _country_of(doc, obj) if obj.dep_ == "pobj" and obj.ent_type_ == "GPE" else None
                        if found is not None:
                            places.setdefault(found[0], f"{token.text} {child.text} {found[1]}")
        elif lemma in _INVADING_VERBS and doc[i].pos_ == "VERB":
            verb = doc[i]
            if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
                continue  # "Ukraine was invaded": the subject is the invaded, the agent is "by" X
            for child in verb.children:
                found = _country_of(doc, child) if child.dep_ in ("nsubj", "dobj") else None
                if found is None:
                    continue
                if child.dep_ == "nsubj":
                    waging.setdefault(found[0], (found[1], f"{child.text} ... {verb.text}"))
                else:
                    places.setdefault(found[0], f"{verb.text} {found[1]}")
    if len(waging) != 1 or len(places) != 1:
        return None
    (state, (name, how)), (place, where) = next(iter(waging.items())), next(iter(places.items()))
    if state == place:
        return None
    return state, name, how, place, where


def _taking_back(doc, event) -> bool:
    """Whether ``event``'s trigger is a verb of taking a place back (event_detection.yaml
    ``retaking_verbs``: retake, recapture, liberate, ...), read on its lemma or, for an irregular
    past the tagger misread ("retook"), the model tables' lemma."""
    from newsgraph.nlp.events.lexicon import detection_lexicon  # (events imports this module)
    from newsgraph.nlp.model import word_lemma

    span = expanded_span(doc, event.trigger_start, event.trigger_end) \
        if event.trigger_start is not None and event.trigger_end is not None else None
    if span is None or not len(span):
        return False
    verbs = detection_lexicon()["retaking_verbs"]
    token = span[0]
    return token.lemma_.lower() in verbs or word_lemma(token.lower_, "VERB") in verbs


def war_attacker(doc, own: Optional[str], event, war=None) -> Optional[tuple[str, str, str]]:
    """(ISO3, name, reason) of the state that did ``event``, a force act (ASSAULT, asserted or
    claimed) whose sentence names no agent at all ("the ongoing attacks killing civilians",
    "civilians shot in the back": no source text, key or state), on the side the article's war is
    waged against: in an article whose war one state alone wages on another (``one_sided_war``),
    force on that state's people or on people of no state, in a sentence that names no third
    state, is that war's force (implicit argument: the war the article tells supplies the missing
    agent, as "those fleeing the war" takes the war's place, ``place_war_displaced``). None
    otherwise, and never the publisher's own state."""
    if event.type != "ASSAULT" or event.status not in ("asserted", "claimed") \
            or event.source_key or event.source_text or event.source_acts_for:
        return None
    if _taking_back(doc, event):
        # "Kuwait had been liberated", "the town was retaken": taking a place back is done by the
        # side the war is waged on, against the waging state that holds it, never that state's force
        return None
    war = war if war is not None else one_sided_war(doc)
    if not war:
        return None
    state, name, how, place, where = war
    if state == own or event.target_acts_for not in (None, place):
        return None
    if _sentence_states(doc, event.sentence_start, event.sentence_end, own) - {state, place}:
        return None  # another state is named: the force may be its own
    return state, name, _WAR_ATTACKER.format(state=state, how=how, place=place, where=where)


def war_victim(doc, own: Optional[str], event, war=None) -> Optional[tuple[str, str]]:
    """(ISO3, reason) of the state a hostile material act (``_WAR_ACT_TYPES``, asserted or
    claimed) of the state that alone wages the article's war (``one_sided_war``) is aimed at, when
    it names no target at all ("Russia has relentlessly mobilized for war", "pressure resulting from
    Russia's military build-up", "a country destroyed by Russian bombers"): the state the war is
    waged on, unless its sentence names a third state (then it may be aimed there). Never the
    publisher's own state."""
    if event.type not in _WAR_ACT_TYPES or event.status not in ("asserted", "claimed") \
            or event.target_key or event.target_text or event.target_acts_for:
        return None
    war = war if war is not None else one_sided_war(doc)
    if not war:
        return None
    state, _name, how, place, where = war
    if event.source_acts_for != state or place == own:
        return None
    if _sentence_states(doc, event.sentence_start, event.sentence_end, own) - {state, place}:
        return None
    return place, _WAR_VICTIM.format(how=how, where=where)


# hostile acts that fall on people themselves (PLOVER ASSAULT, COERCE: arrest, detention,
# deportation, seizure): their victims, when the sentence gives them no state, are the people the
# war is waged on
_WAR_PEOPLE_ACT_TYPES = frozenset({"ASSAULT", "COERCE"})
# plural nouns of people at large that WordNet files under a group, not a person ("families",
# "people"): read with the person nouns (actor_heads.person_nouns) as civilians
_CIVILIAN_GROUP_LEMMAS = frozenset({"family", "people", "individual", "person"})
_WAR_VICTIM_PEOPLE = ("people of no state of their own ('{text}': no nationality, no third state in the sentence), "
                      "acted on by the state that alone wages the article's war ({how}): the people of the state "
                      "the war is waged on ({where})")


def _stateless_civilians(doc, event) -> bool:
    """Whether the target of ``event`` is people at large with no state of their own: a span
    whose head (last word) is "those" or a plural common noun of persons (``person_word``) or of
    people at large (``_CIVILIAN_GROUP_LEMMAS``: "families", "people"), with no name, nationality
    or place in it (no entity, no proper noun), and no sector but the civilians' own (CVL), so
    "journalists" (MED), "soldiers" (MIL) or "Georgian journalists" stay as they are."""
    from newsgraph.nlp.actor_heads import person_word

    if event.target_start is None or event.target_end is None or event.target_sector not in (None, "CVL"):
        return False
    span = expanded_span(doc, event.target_start, event.target_end)
    if span is None or not len(span) or any(t.ent_type_ or t.pos_ == "PROPN" for t in span):
        return False
    head = span[-1]
    if head.lower_ == "those":
        return True
    return head.tag_ == "NNS" and (person_word(head) or head.lemma_.lower() in _CIVILIAN_GROUP_LEMMAS)


def war_victim_people(doc, own: Optional[str], event, war=None) -> Optional[tuple[str, str]]:
    """(ISO3, reason) of the state whose people a hostile act on people (``_WAR_PEOPLE_ACT_TYPES``,
    asserted or claimed) of the state that alone wages the article's war (``one_sided_war``) falls
    on, when its target is people of no state of their own (``_stateless_civilians``: "release
    those detained", "separating families"): the state the war is waged on, as a target-less act
    of that state is aimed there (``war_victim``), unless the sentence names a third state. None
    otherwise, and never the publisher's own state."""
    if event.type not in _WAR_PEOPLE_ACT_TYPES or event.status not in ("asserted", "claimed") \
            or not event.target_text or event.target_key or event.target_acts_for:
        return None
    war = war if war is not None else one_sided_war(doc)
    if not war:
        return None
    state, _name, how, place, where = war
    if event.source_acts_for != state or place == own or not _stateless_civilians(doc, event):
        return None
    if _sentence_states(doc, event.sentence_start, event.sentence_end, own) - {state, place}:
        return None
    return place, _WAR_VICTIM_PEOPLE.format(text=event.target_text.strip(), how=how, where=where)


_WAR_SANCTIONED = ("a measure naming no target nor any third state, by another than the state that alone wages "
                   "the article's war ({how}): aimed at that state")


def war_sanctioned(doc, own: Optional[str], event, war=None) -> Optional[tuple[str, str]]:
    """(ISO3, reason) of the state a SANCTION (asserted or claimed) naming no target at all is
    aimed at in an article on a one-sided war (``one_sided_war``): the waging state, when the
    measure is another's ("the German Government is suspending the pipeline", "we have imposed
    several rounds of sanctions" in a release on Russia's war against Ukraine; PLOVER SANCTION: the
    party punished) and its sentence names no state but the war's two and the measure's own
    source's. None otherwise."""
    if event.type != "SANCTION" or event.status not in ("asserted", "claimed") \
            or event.target_key or event.target_text or event.target_acts_for:
        return None
    war = war if war is not None else one_sided_war(doc)
    if not war:
        return None
    state, _name, how, place, _where = war
    if event.source_acts_for == state or state == own:
        return None
    if _sentence_states(doc, event.sentence_start, event.sentence_end, own) - {state, place, event.source_acts_for}:
        return None
    return state, _WAR_SANCTIONED.format(how=how)


# modifiers that make the thing an act falls on civilian: PLOVER's sector table codes CVL
# "civilians ... and other unarmed domestic entities", and PLOVER ASSAULT names the destruction of
# "property or infrastructure" (PLOVER_MANUAL.tex, ASSAULT 'destroy'); Phoenix codes CIVILIAN ~CVL
_CIVILIAN_MODIFIERS = frozenset({"civilian", "civil"})
_CIVILIAN_OBJECT = ("the act falls on '{text}', a civilian thing (a 'civilian' modifier or a civilian infrastructure "
                    "noun, context_agents.yaml civilian_things; PLOVER sector CVL: unarmed domestic entities; "
                    "Phoenix CIVILIAN ~CVL)")


def _civilian_thing(token) -> bool:
    """Whether the noun ``token`` names a civilian thing: a "civilian"/"civil" modifier qualifies
    it (``_CIVILIAN_MODIFIERS``), its lemma is one of ``civilian_things`` ("roads", "bridges",
    "homes"), or one of ``civilian_modified_things`` with its modifier ("power plants",
    "apartment buildings", "energy infrastructure"); never with a military modifier
    (``military_thing_modifiers``: "military ports", "naval bases")."""
    if token.pos_ != "NOUN":
        return False
    mods = {w for c in token.children if c.dep_ in ("amod", "compound", "nmod") for w in (c.lemma_.lower(), c.lower_)}
    rules = _rules()
    if mods & rules["military_thing_modifiers"]:
        return False
    if mods & _CIVILIAN_MODIFIERS:
        return True
    lemma = token.lemma_.lower()
    return lemma in rules["civilian_things"] or bool(mods & rules["civilian_modified_things"].get(lemma, frozenset()))


# the clauses that tell what an act did, read for its objects: "continues to damage ...",
# "shelling continues, destroying roads" (an xcomp, or a participial adverbial clause)
def _act_objects(trigger, depth: int = 2) -> list:
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if trigger.pos_ == "NOUN":
        objects += [o for p in trigger.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
                    for o in p.children if o.dep_ == "pobj"]
    if depth:
        for clause in trigger.children:
            if clause.dep_ == "xcomp" or (clause.dep_ == "advcl" and clause.tag_ == "VBG"):
                objects += _act_objects(clause, depth - 1)
    return objects


def civilian_object(doc, event):
    """The span of the thing ``event``'s trigger acts on when it is a civilian thing
    (``_civilian_thing``: "destroyed civilian infrastructure", "destroyed roads, bridges and
    railways", "struck power plants"): the verb's object, a passive verb's subject, or an act
    noun's "on"/"against" object ("attacks on civilian infrastructure"), also those of an xcomp
    or participial clause under it ("continues to damage ..., destroying roads"), or a conjunct
    of one of these; a list whose every member is civilian is taken whole, else its first
    civilian member. Else None. Since linking 0.3.840 (a civilian modifier only); 0.3.848 the
    infrastructure nouns and the clauses under the act."""
    if event.trigger_start is None or event.trigger_end is None:
        return None
    span = expanded_span(doc, event.trigger_start, event.trigger_end)
    if span is None or not len(span):
        return None
    for obj in _act_objects(span.root):
        group = [obj, *obj.conjuncts]
        if all(_civilian_thing(t) for t in group):
            last = max(group, key=lambda t: t.i)
            return doc[obj.left_edge.i:last.i + 1]
        found = next((t for t in group if _civilian_thing(t)), None)
        if found is not None:
            return doc[found.left_edge.i:found.i + 1]
    return None


def civilian_thing_sector(text: str) -> str:
    """The sector of a civilian thing an act falls on: the one its words give when that is no
    state's ("hospitals": HLH, "schools": EDU, Phoenix agents), else CVL (PLOVER: unarmed
    domestic entities)."""
    found = agent_match(text)
    code = found[0] if found else None
    return code.sector if code is not None and code.sector and code.sector not in state_sectors() else "CVL"


def place_war_attackers(doc, outlet, events, country_key) -> None:
    """Fill the side a one-sided war supplies (``one_sided_war``): an agentless force act on the
    side the war is waged against gets the waging state as source (``war_attacker``; text the
    state's name as the article writes it, no span), a hostile act of the waging state with no
    target gets the state the war is waged on (``war_victim``). Key ``country_key(doc, ISO3)``,
    sector GOV as a country mention is coded; the reason goes into the explanation. A hostile act
    of the waging state on people of no state ("those detained", ``war_victim_people``) gives
    those people the state the war is waged on (no key, sector CVL)."""
    own = releasing_state(outlet)
    war = None
    for event in events or []:
        if event.type not in _WAR_ACT_TYPES | {"SANCTION"}:
            continue
        war = war if war is not None else (one_sided_war(doc) or ())
        if not war:
            return
        found = war_attacker(doc, own, event, war)
        if found is not None:
            state, name, reason = found
            event.source_text, event.source_key = name, country_key(doc, state)
            event.source_acts_for, event.source_sector = state, "GOV"
            event.explanation = (event.explanation or "") + f"; source = {state}: {reason}"
            # (its people of no state are now the waging state's victims, below: "the ongoing
            # attacks killing civilians" are attacks on the people the war is waged on)
            _place_war_victim_people(doc, own, event, war)
            continue
        aimed = war_victim(doc, own, event, war) or war_sanctioned(doc, own, event, war)
        if aimed is not None:
            place, reason = aimed
            civil = civilian_object(doc, event) if event.type != "SANCTION" else None
            if civil is not None:
                _give_civilian_target(event, civil, place, reason)
                continue
            _give_target_state(doc, event, place, country_key, f": {reason}")
            continue
        _place_war_victim_people(doc, own, event, war)


def _place_war_victim_people(doc, own: Optional[str], event, war) -> None:
    """Give the people of no state ``event`` (a hostile act of the waging state) falls on the state
    the war is waged on (``war_victim_people``; no key, sector CVL), noting the reason."""
    people = war_victim_people(doc, own, event, war)
    if people is not None:
        place, reason = people
        event.target_acts_for, event.target_sector = place, event.target_sector or "CVL"
        event.explanation = (event.explanation or "") + \
            f"; target '{event.target_text.strip()}' (CVL) acts for {place}: {reason}"


def _give_civilian_target(event, civil, place: str, reason: str) -> None:
    """Make the civilian thing ``civil`` (``civilian_object``) the target of ``event``, an act on
    ``place``'s property: "destroyed civilian infrastructure" / "roads and bridges" are the
    state's civilians' property, not its government's; the thing's words are the target (no
    key), acting for ``place``, sector ``civilian_thing_sector``."""
    event.target_text, event.target_start, event.target_end = civil.text, civil.start_char, civil.end_char
    sector = civilian_thing_sector(civil.text)
    event.target_key, event.target_acts_for, event.target_sector = None, place, sector
    event.explanation = (event.explanation or "") + \
        f"; target '{civil.text}' acts for {place} ({sector}): {reason}; {_CIVILIAN_OBJECT.format(text=civil.text)}"


def _give_target_state(doc, event, state: str, country_key, why: str) -> None:
    """Make ``state``'s government the target of ``event``, a recipient left empty that the
    context places: key ``country_key(doc, state)``, that state, sector GOV as a country mention
    is coded; ``why`` follows "target = ISO3" in the explanation."""
    event.target_key, event.target_acts_for, event.target_sector = country_key(doc, state), state, "GOV"
    event.explanation = (event.explanation or "") + f"; target = {state}{why}"


def same_government(a, b) -> bool:
    """Whether two linked events' sources are one actor: one key, or bodies of one state's
    government ("the United States" and "the Department of State": both act for the USA in a
    state sector)."""
    if not a.source_key or not b.source_key:
        return False
    if a.source_key == b.source_key:
        return True
    sectors = state_sectors()
    return bool(a.source_acts_for) and a.source_acts_for == b.source_acts_for \
        and a.source_sector in sectors and b.source_sector in sectors


# the recipient deps of an appeal verb ("urge *them*", "ask *others* to join", "give *him* a chance"):
# a call that has one named no state the statement's other calls could stand in for
_APPEAL_OBJECT_DEPS = frozenset({"dobj", "obj", "dative", "iobj"})


def statement_topic_state(doc, own: Optional[str]) -> Optional[str]:
    """ISO3 of the one state a statement is on: its title is a statement's (a
    ``statement_title_words`` noun followed by "on": "U.S.-EU-Canada: Joint Statement on Venezuela")
    whose "on" phrase names exactly one state but the publisher's ``own``, and that state is the
    article's focus (``article_focus``: its text is about it too). None otherwise ("Statement on
    Russia and Ukraine" names two; "Statement on Arctic Council Cooperation" none)."""
    state = _one_title_state(doc, own, "statement_title_words", "on")
    return state if state is not None and article_focus(doc, own) == state else None


def _one_title_state(doc, own: Optional[str], words_list: str, preposition: str) -> Optional[str]:
    """ISO3 of the one state but the publisher's ``own`` that the article's title names in the
    phrase after a noun of the ``words_list`` rule list and the ``preposition`` pattern ("Joint
    Statement *on Venezuela*", "Humanitarian Assistance *for the People of Ukraine*"), up to a
    colon, bar or dash; None where the title has no such phrase or it names no state or several."""
    title = getattr(doc._, "ng_title", None) or ""
    words = "|".join(re.escape(w) for w in sorted(_rules()[words_list]))
    match = re.search(rf"\b(?:{words})\s+{preposition}\s+([^:|\u2013\u2014]+)", title, re.IGNORECASE)
    if match is None:
        return None
    named = set(title_states(doc, match.group(1))) - {own, None}
    return next(iter(named)) if len(named) == 1 else None


def _co_subject_states(event, events) -> set[str]:
    """ISO3 of the states that make ``event``'s act: its source's, and the sources' of the copies
    of the same act for its co-subjects (one trigger, one type: "they" taken as a meeting's two
    sides, "Chile and Peru called for ..."). A state that makes a call is not its addressee (PLOVER
    REQUEST: the recipient is the one asked to act, a party other than the actor)."""
    states = {event.source_acts_for} if event.source_acts_for else set()
    for other in events:
        if other is not event and other.type == event.type and other.source_acts_for \
                and (other.trigger_start, other.trigger_end) == (event.trigger_start, event.trigger_end):
            states.add(other.source_acts_for)
    return states


# the preposition of what a call asks for ("call for", "press for", "appeal for"; "call on X"
# names an addressee, not what is asked), and those of the possession or place of a state's people
# or ground inside it ("the will of the Venezuelan people", "repression in Nicaragua")
_CALLED_FOR_PREPS = frozenset({"for"})
_WITHIN_PREPS = frozenset({"of", "in", "inside", "within", "across", "throughout"})
# the dependencies that keep a word inside the phrase of what is called for: modifiers, possessors,
# the objects of those prepositions, a passive clause's subject, coordination
_CONTENT_PATH_DEPS = frozenset({"amod", "compound", "poss", "nmod", "pobj", "prep", "nsubjpass", "conj", "appos"})


def _called_content_roots(verb) -> list:
    """The tokens that open what a call asks for: the verb's "for" phrase (and the parser's
    second "for" hung on the verb as its conjunct: "called for X and for Y"), or its clause opened
    by "for" or "that" ("called for the will of the people to be respected")."""
    roots = []
    for child in verb.children:
        if child.lower_ in _CALLED_FOR_PREPS and child.dep_ in ("prep", "conj"):
            roots.append(child)
        elif child.dep_ in ("advcl", "ccomp", "xcomp") and any(
                m.dep_ == "mark" and m.lower_ in ("for", "that") for m in child.children):
            roots.append(child)
    return roots


def _called_content_states(doc, verb, start: int, end: int) -> set[str]:
    """ISO3 of the states whose people, ground or institutions what a call asks for names, by
    possession or place ("for the democratic will *of the Venezuelan people* to be respected", "for
    an end to repression *in Nicaragua*"): state mentions between ``start`` and ``end`` whose path
    up to the call's content (``_called_content_roots``) runs only through modifiers, possessors,
    "of" / "in" phrases (and the "to" of a noun of stopping: "an end to"), coordination and a
    passive clause's subject. A state the content names as a beneficiary ("for more support *for
    Ukraine*"), in an act's object ("for aid to reach Gaza") or as the subject of an active clause
    ("for the people of Venezuela to choose": the ones asked) is left out."""
    from newsgraph.nlp.events.lexicon import detection_lexicon

    roots = {t.i for t in _called_content_roots(verb)}
    if not roots:
        return set()
    # "an end / a halt to the repression": a noun of stopping's "to" names what is to stop
    # (event_detection.yaml terminative_verbs, WordNet's stop / end synsets), not a beneficiary
    stopping = detection_lexicon()["terminative_verbs"]
    found = set()
    for entity, span in _place_spans(doc, start, end):
        state = entity_state(entity)
        if not state:
            continue
        token = span.root
        while token.i not in roots:
            if token.dep_ not in _CONTENT_PATH_DEPS or token.head.i == token.i \
                    or (token.dep_ == "prep" and token.lower_ not in _WITHIN_PREPS
                        and not (token.lower_ == "to" and token.head.lemma_.lower() in stopping)) \
                    or (token.dep_ == "conj" and token.pos_ in ("VERB", "AUX")):
                break
            token = token.head
        else:
            found.add(state)
    return found


def _statement_addressee(doc, event, events, titled: list[str],
                         own: Optional[str] = None) -> Optional[tuple[str, str]]:
    """(ISO3, reason) of the government a DEMAND with no addressee at all ("We call for press freedom and
    for the full restoration of Internet access") is made on, from the statement's own words:
    every other DEMAND of the same voice in the article (``same_government``) that names an
    addressee names that one state's government ("We call on the Cuban government ...", "We urge
    the Cuban government ..."), and the release's title names that state (``titled``, its
    ``title_states``: "Joint Statement on Cuba"). A series of appeals by one voice in a statement
    on one state is made on that state (PLOVER DEMAND: the target is who is asked to act). None
    where the appeal verb has an object of its own (an addressee the linker left unresolved,
    "We ask others to join": not the statement's state), the voice's calls address several
    states or a non-government party, the title does not name the state, or the state is the
    voice's own. Where none of the voice's calls names an addressee, a statement on one state
    (``statement_topic_state``: "Joint Statement on Venezuela", the text about Venezuela too)
    makes them on that state's government ("We call for the unconditional release of all those
    unjustly detained"), unless the call's sentence names another state (publisher's ``own``
    and the voice's left out). Before both, the call's own words: what it asks for names one
    state's people, ground or institutions by possession or place ("called for the democratic
    will of the Venezuelan people to be respected", ``_called_content_states``), so it is made on
    that state's government, the authority there (as a protest by a state's people is against
    its government). No state that makes the call (``_co_subject_states``: "they" as a meeting's
    two sides) is ever its addressee: a readout's partner named by the title called with the
    source, it was not called upon."""
    if event.type != "DEMAND" or event.target_key or event.target_text or event.target_acts_for:
        return None
    if not event.source_key and not event.source_acts_for:
        return None
    span = expanded_span(doc, event.trigger_start, event.trigger_end)
    verb = next((t for t in span if t.pos_ in ("VERB", "AUX")), None) if span is not None else None
    if verb is None or any(c.dep_ in _APPEAL_OBJECT_DEPS for c in verb.children):
        return None
    callers = _co_subject_states(event, events)
    named = _called_content_states(doc, verb, event.sentence_start, event.sentence_end) - {own}
    if len(named) == 1 and not named & callers:
        return next(iter(named)), "the one state whose people or ground the call's own words name"
    calls = [other for other in events if other is not event and other.type == "DEMAND"
             and (other.target_key or other.target_acts_for) and same_government(event, other)]
    if not calls and not any(other is not event and other.type == "DEMAND" and other.target_text
                             and same_government(event, other) for other in events):
        # the voice names no addressee anywhere: a statement on one state makes its calls on that
        # state's government (``statement_topic_state``)
        state = statement_topic_state(doc, own)
        if state is None or state in callers or _sentence_states(
                doc, event.sentence_start, event.sentence_end, own) - {state} - callers:
            return None
        return state, "the one state the statement is on, by its title and its text"
    states = {other.target_acts_for for other in calls}
    if not calls or len(states) != 1 or any(other.target_sector != "GOV" for other in calls):
        return None
    state = next(iter(states))
    if not state or state in callers:
        return None  # (a co-caller: "Biden and Lula called for ...", in a readout titled with Brazil)
    return (state, "the government the same voice's other calls and the statement's title name") \
        if state in titled else None


def place_statement_addressees(doc, events, country_key, outlet=None) -> None:
    """Give each DEMAND with no addressee the government its statement's other calls and title
    name (``_statement_addressee``), keyed ``country_key(doc, ISO3)``, sector GOV; notes the
    reason. Run on linked events before a joint voice is split per signatory, so each copy
    carries it."""
    titled = title_states(doc)
    own = releasing_state(outlet) if outlet is not None else None
    _fill_from_context(events, lambda event: _statement_addressee(doc, event, events, titled, own),
                       _fill_target(doc, country_key, " GOV: {reason}"))


def place_trip_partners(doc, outlet, events) -> None:
    """Give each event's unplaced group met on a trip (``trip_partner_state``) the host state,
    with the sector its words give (Phoenix agents, else none); notes the reason."""
    own = releasing_state(outlet)
    _fill_from_context(events, lambda event: trip_partner_state(doc, own, event), _fill_met_group("a group met on a trip"))


# the preposition of means: a gerund after it is an act done ("by attacking the historic port")
_MEANS_PREPS = frozenset({"by"})
# actor entity labels: an object so tagged is a party, not a thing attacked
_PARTY_LABELS = frozenset({"PERSON", "NORP", "ORG", "GPE"})


def _attacked_thing(doc, event) -> bool:
    """Whether the event's trigger is an attack verb (``attack_verbs``; or such a verb that a
    trigger word governs as its "xcomp": "bombardment continues to damage") with an object that
    is a thing: a direct object (or a passive subject) that no entity label makes a party."""
    verbs = _rules()["attack_verbs"]
    span = expanded_span(doc, event.trigger_start, event.trigger_end)
    if span is None:
        return False
    heads = [t for t in span if t.pos_ == "VERB"]
    heads += [c for t in span for c in t.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    for verb in heads:
        if verb.lemma_.lower() not in verbs:
            continue
        if verb.dep_ == "pcomp" and verb.head.lower_ not in _MEANS_PREPS \
                and not any(c.dep_ == "nsubj" for c in verb.children):
            # a bare gerund after another preposition tells the manner, purpose or circumstance
            # of something else ("started the game with attacking style", "ready for attacking"),
            # not an attack done; "by striking these printing houses" is the means of one, and a
            # gerund with its own subject is an act ("concern with Russia seizing control of ...")
            continue
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        if verb.dep_ == "relcl" and not objects:
            objects = [verb.head]  # "the territory Russian forces seized": the noun the clause modifies
        if objects and all(o.pos_ == "NOUN" and o.ent_type_ not in _PARTY_LABELS for o in objects):
            return True
    return False


def _subject_states(doc, start: int, end: int) -> set[str]:
    """ISO3 of the states named as (or inside) a clause subject between ``start`` and ``end``:
    the parties that act there, not the one acted on."""
    found = set()
    for entity, span in _place_spans(doc, start, end):
        root = span.root
        while root.dep_ in ("poss", "compound", "amod") and root.head.i != root.i:
            root = root.head
        if root.dep_ in ("nsubj", "csubj"):
            state = entity_state(entity)
            if state:
                found.add(state)
    return found


def attacked_state(doc, own: Optional[str], event) -> Optional[tuple[str, str]]:
    """(ISO3, reason) of the state an attack on things is aimed at (``_attacked_thing``: an
    ASSAULT, or a COERCE 'seize', by a party acting for a state, that names no recipient at all):
    the one state its sentence names other than the attacker's own and the publisher's ``own``
    ("By striking these printing houses, Russia is attacking Ukraine's education system"), a
    state named as a clause subject set aside (an attacker, not the attacked); where the sentence
    names none, the state the article is about (``article_focus``) when it is not the attacker's.
    None where the sentence names several such states, or none is found."""
    if event.type != "ASSAULT" and not (event.type == "COERCE" and event.mode == "seize"):
        return None
    if event.target_key or event.target_text or event.target_acts_for or not event.source_acts_for:
        return None
    if not _attacked_thing(doc, event):
        return None
    attacker = event.source_acts_for
    named = _sentence_states(doc, event.sentence_start, event.sentence_end, own)
    named -= {attacker}
    named -= _subject_states(doc, event.sentence_start, event.sentence_end)
    if len(named) == 1:
        return next(iter(named)), "the one other state its sentence names"
    if named or _sentence_states(doc, event.sentence_start, event.sentence_end, own) - {attacker}:
        return None  # several, or only a state that acts there: no reading is certain
    focus = article_focus(doc, own)
    if focus and focus != attacker:
        return focus, "the state the article is about"
    other = _attackers_other_side(doc, own, attacker)
    if other:
        return other, "the one other side the article names as often as the attacker"
    return None


def _attackers_other_side(doc, own: Optional[str], attacker: str) -> Optional[str]:
    """ISO3 of the one state an article about an attacker's war names besides the attacker and the
    publisher's ``own``, where ``article_focus`` finds none because the attacker's own mentions share
    the article ("War Crimes by Russia's Forces in Ukraine": Ukraine 10, Russia 7): among the
    article's state mentions but the attacker's and ``own`` (its title's states counted
    ``title_weight`` times, as in ``article_focus``), the top state has ``focus_share`` of them and
    ``focus_min_mentions``, and it is named at least as often as the attacker (a story as much about
    the attacked as about the attacker; a state's forces acting at home, their state the story's
    main one, "Syrian regime forces bombed hospitals" in a story on Syria naming Russia's part, are
    no attack on the second state). None otherwise."""
    rules = _rules()
    counts = Counter(_focus_memo(doc, _state_counts, own))  # (a copy: the memo's stays whole)
    attacks = counts.pop(attacker, 0)
    if not counts:
        return None
    state, top = counts.most_common(1)[0]
    if top >= rules["focus_min_mentions"] and top >= rules["focus_share"] * sum(counts.values()) \
            and top >= attacks:
        return state
    return None


_ATTACK_AIM = "an attack on property or ground is aimed at the state it belongs to"


def place_attacked_states(doc, outlet, events, country_key) -> None:
    """Give each attack on things with no recipient (``attacked_state``) the state attacked as
    target (key ``country_key(doc, ISO3)``, that state, sector GOV as a country mention is coded),
    or, where the things are civilian (``civilian_object``), those things acting for that state
    (``_give_civilian_target``, no key); notes the reason."""
    own = releasing_state(outlet)
    to_state = _fill_target(doc, country_key, " ({reason}): " + _ATTACK_AIM)

    def fill(event, found) -> None:
        # a civilian thing attacked ("destroyed apartment buildings"): the state's civilians (linking 0.3.848)
        civil = civilian_object(doc, event)
        if civil is None:
            to_state(event, found)
            return
        state, reason = found if isinstance(found, tuple) else (found, None)
        _give_civilian_target(event, civil, state, f"{reason}: {_ATTACK_AIM}")

    _fill_from_context(events, lambda event: attacked_state(doc, own, event), fill)


def _led_delegation(doc, event):
    """The verb of leading and its delegation object among the event's trigger words ("led the U.S.
    delegation", "will lead the delegation": actor_heads.yaml ``leading_verbs`` /
    ``delegation_heads``), as (verb, noun) tokens; None for any other trigger, and for a delegation
    led "to" a place its sentence names (a trip: its destination is named there)."""
    from newsgraph.nlp.actor_heads import delegation_words

    nouns, verbs = delegation_words()
    span = expanded_span(doc, event.trigger_start, event.trigger_end) \
        if event.trigger_start is not None and event.trigger_end is not None else None
    for verb in span or ():
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in verbs:
            continue
        noun = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lower_ in nouns), None)
        if noun is None or any(c.dep_ == "prep" and c.lower_ == "to" for t in (verb, noun) for c in t.children):
            continue
        return verb, noun
    return None


def _host_states(doc, sent) -> set[str]:
    """ISO3 of the states that host a gathering in ``sent``: those named in the subject of a
    ``delegation_host_verbs`` verb ("Guatemala hosted the third Ministerial") or in its "by" agent
    ("Hosted by France, this meeting ..."), a country or a place in one (``_state_mentions``)."""
    mentions = _state_mentions(doc)
    found = set()
    for token in sent:
        if token.pos_ != "VERB" or token.lemma_.lower() not in _rules()["delegation_host_verbs"]:
            continue
        hosts = [c for c in token.children if c.dep_ == "nsubj"] + \
                [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        for host in hosts:
            start, end = host.left_edge.idx, host.right_edge.idx + len(host.right_edge.text)
            found |= {state for offset, state in mentions if start <= offset < end}
    return found


def delegation_host(doc, own: Optional[str], event) -> Optional[tuple[str, str]]:
    """(ISO3, reason) of the state that hosts the meeting a delegation is led to, for an act of
    leading one's delegation (CONSULT, or AGREE for a planned one: ``_led_delegation``) that names
    no counterpart: the one state a release titled as a delegation "to" a state names ("Presidential
    Delegation to the Republic of Haiti"), else the one state told as hosting a gathering
    (``_host_states``) in its sentence or the ``delegation_host_window`` sentences before it
    ("Guatemala hosted the third Los Angeles Declaration Ministerial ... Blinken led the U.S.
    delegation"). PLOVER CONSULT visit: the visitor the actor, the host the recipient. None where
    the source acts for no state or for the host (its own delegation at home), where the
    delegation's own words name the host ("the Guatemalan delegation"), or several states host.
    Since linking 0.3.310."""
    if event.type not in ("CONSULT", "AGREE") or event.target_key or event.target_text or event.target_acts_for \
            or not event.source_acts_for:
        return None
    led = _led_delegation(doc, event)
    if led is None:
        return None
    verb, noun = led
    from newsgraph.nlp.actor_heads import delegation_words

    title = getattr(doc._, "ng_title", None) or ""
    heads = "|".join(re.escape(w) for w in sorted(delegation_words()[0]))
    match = re.search(rf"\b(?:{heads})\s+to\s+([^:|\u2013\u2014]+)", title, re.IGNORECASE)
    hosts, reason = set(), ""
    if match is not None:
        hosts = set(title_states(doc, match.group(1))[:1]) - {own, None}
        reason = "the state the release's title sends the delegation to"
    if not hosts:
        sents = list(doc.sents)
        here = next((i for i, s in enumerate(sents) if s.start <= verb.i < s.end), None)
        window = _rules()["delegation_host_window"]
        for sent in reversed(sents[max(0, here - window):here + 1] if here is not None else []):
            hosts = _host_states(doc, sent)
            if hosts:
                reason = "the state its passage tells as hosting the meeting"
                break
    if len(hosts) != 1:
        return None
    state = next(iter(hosts))
    if state == event.source_acts_for:
        return None
    named = {state for offset, state in _state_mentions(doc) if noun.left_edge.idx <= offset < noun.idx}
    if state in named:
        return None  # the host's own delegation
    return state, reason


def place_delegation_hosts(doc, outlet, events, country_key) -> None:
    """Give each delegation led to a hosted meeting with no counterpart named (``delegation_host``)
    the host state as target (its government, as a country mention is coded); notes the reason."""
    own = releasing_state(outlet)
    _fill_from_context(events, lambda event: delegation_host(doc, own, event),
                       _fill_target(doc, country_key, " GOV: the host of the meeting the delegation is led to ({reason})"))


def aid_context_recipient(doc, own: Optional[str], event, events) -> Optional[tuple[str, str]]:
    """(ISO3, sector) of the recipient of ``event``, an aid act (AID, its trigger a verb) by a
    state's actor that names no recipient ("USAID has rapidly deployed four planeloads of lifesaving
    supplies"), in an article whose other aid acts that name a recipient of a state
    (``target_acts_for``) all go to one state, at least ``aid_context_min_events`` of them ("the
    United States has provided over $644 million in humanitarian assistance to vulnerable
    communities across Ukraine"): the article's aid is for that state, so is this act (PLOVER AID
    needs a recipient; context, as ``aid_title_recipient`` reads it from a title). The sector is
    the one those acts' recipients share (CVL for a state's people), else None (the state's: GOV). None where the source
    acts for no state or for that state, any placed aid act goes to another state, or the event's
    sentence names a state other than the source's and that one. Since linking 0.3.310; since
    0.3.340 also an act whose recipient is only unnamed people of no state (``_vague_people``:
    "provided radios to essential service providers"): they are the recipients in that state."""
    if event.type != "AID" or event.target_key or (event.target_text and not _vague_people(doc, event)) \
            or event.target_acts_for or not event.source_acts_for:
        return None
    trigger = expanded_span(doc, event.trigger_start, event.trigger_end)
    if trigger is None or trigger[0].pos_ != "VERB":
        return None
    placed = [e for e in events or [] if e is not event and e.type == "AID" and e.target_acts_for
              and e.target_acts_for != e.source_acts_for]
    states = {e.target_acts_for for e in placed}
    if len(states) != 1 or len(placed) < _rules()["aid_context_min_events"]:
        return None
    state = next(iter(states))
    if state in (own, event.source_acts_for):
        return None
    if _sentence_states(doc, event.sentence_start, event.sentence_end, own) - {event.source_acts_for, state} \
            - _origin_states(doc, event.sentence_start, event.sentence_end):
        return None
    sectors = {e.target_sector for e in placed}
    return state, (next(iter(sectors)) if len(sectors) == 1 and None not in sectors else None)


def _vague_people(doc, event) -> bool:
    """Whether the target of ``event`` is only a common noun of people with no name and no state
    (actor_heads.person_nouns, the vague actors of events._is_actor: "essential service
    providers", "volunteers"): its head, the span's last word, is such a noun."""
    from newsgraph.nlp.actor_heads import person_word

    span = expanded_span(doc, event.target_start, event.target_end) \
        if event.target_start is not None and event.target_end is not None else None
    return span is not None and len(span) > 0 and not span[-1].ent_type_ and person_word(span[-1])


def _origin_states(doc, start: int, end: int) -> set[str]:
    """ISO3 of the states named only inside a "from" phrase of the sentence at ``start``..``end``
    ("supplies from our warehouse in Dubai"): where aid comes from, not whom it is for."""
    span = expanded_span(doc, start, end)
    if span is None:
        return set()
    inside, outside = set(), set()
    origins = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)) for t in span
               if t.dep_ == "prep" and t.lower_ == "from"]
    for offset, state in _state_mentions(doc):
        if start <= offset < end:
            (inside if any(a <= offset < b for a, b in origins) else outside).add(state)
    return inside - outside


def place_context_aid_recipients(doc, outlet, events, country_key) -> None:
    """Give each aid act with no recipient in an article whose aid all goes to one state
    (``aid_context_recipient``) that state as target, with the sector its other aid's recipients
    share; notes the reason. Run after ``place_aid_recipients`` (a title's recipient first)."""
    own = releasing_state(outlet)

    def fill(event, found) -> None:
        state, sector = found
        why = f"every aid act of the article that names a recipient gives to {state}"
        if event.target_text:
            # unnamed people (_vague_people): that state's, no entity of it, keeping a sector of
            # their own, else the one the other recipients share (none: not the state's GOV)
            event.target_acts_for, event.target_sector = state, event.target_sector or sector
            event.explanation = (event.explanation or "") + f"; target '{event.target_text}' acts for {state}: {why}"
            return
        sector = sector or "GOV"
        _give_target_state(doc, event, state, country_key, f" {sector}: {why}")
        event.target_sector = sector
    _fill_from_context(events, lambda event: aid_context_recipient(doc, own, event, events), fill)
