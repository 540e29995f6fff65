"""A state's people named through its demonym: "Cubans", "Belarusian nationals", "Venezuelan migrants".

POLECAT codes an actor as the state it acts for plus a sector (``lexicons/actor_sectors.yaml``).
The Phoenix dictionaries (PETRARCH2, ``lexicons/actor_agents.yaml``) code a country's people by
the noun that names them: CITIZEN, MIGRANT, CIVILIAN ~CVL, PEOPLE ~PPL (CVL), WORKER ~LAB,
STUDENT ~EDU, PROTESTER ~OPP, REFUGEE ~REF. A mention keyed to a state is otherwise coded as the
state itself (GOV), which makes protesters the government they protest against. Two kinds of
English noun phrase name the people, not the government:

* the demonym as a plural noun ("Cubans took to the streets", "killing Americans", "all
  Haitians"): the nation's people, CVL (Phoenix PPL). The bare definite collective ("the
  Russians", no modifier) is left to the state: in diplomatic text it names the state's side
  ("offered those directly to the Russians in diplomatic discussions");
* the demonym modifying a noun outside the mention ("Belarusian nationals" where the mention is
  "Belarusian"): the sector the noun gives through the Phoenix agents, or through
  ``people_after_demonym`` (nouns Phoenix leaves out as too ambiguous alone: "national") or
  ``places_after_demonym`` (settlements, coded as their people as Phoenix codes SETTLEMENT and
  VILLAGE ~CVL: "attacks on Ukrainian cities"); the demonym only places such a noun in the
  state, it does not make it the government; so does the state's name owning a settlement
  ("bombarded Ukraine’s cities", where the mention is "Ukraine").

Input: a spaCy ``Doc`` and the actor's character offsets; output an ``ActorCode`` (state +
sector + reason) or None when the mention is no such phrase.
"""

from __future__ import annotations

import re
from typing import Optional

from newsgraph.resolve.actors import (ActorCode, after_demonym_sector, agent_sector, contest_words, settlement_sector,
                                      state_sectors)
from newsgraph.nlp.doc_cache import doc_ents
from newsgraph.nlp.entities import equipment_words
from newsgraph.resolve.countries import country_of_demonym, lookup_country

# determiners and quantifiers that make a zero-plural demonym ("Chinese", "Japanese") a count
# of people ("many Chinese", "some Japanese") rather than the adjective or the language
_QUANTIFIERS = frozenset({"many", "most", "some", "all", "few", "several", "these", "those", "ordinary", "other"})
# modifiers that make a definite plural more than the bare collective "the Russians"
_MODIFIER_DEPS = frozenset({"amod", "nummod", "compound", "relcl", "acl", "prep", "appos", "advmod", "quantmod"})


def _demonym_of(span, token):
    """The state ``token`` is the demonym of, read as a compound demonym inside ``span`` first
    ("South Korean") and else alone; None when it is no demonym."""
    return _compound_demonym(span, token) or country_of_demonym(token.text)


def _demonym_phrase(doc, start: Optional[int], end: Optional[int]):
    """``(span, root, country)`` of the mention at ``doc.text[start:end]``: its tokens, their
    syntactic root and the state the root is the demonym of (None when it is none); None when the
    offsets are missing or cover no token. The shared opening of ``demonym_people`` and
    ``placed_people``."""
    if start is None or end is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span, span.root, _demonym_of(span, span.root)


def demonym_people(doc, start: Optional[int], end: Optional[int]) -> Optional[ActorCode]:
    """The state and sector of the people a demonym phrase at ``doc.text[start:end]`` names
    (see the module docstring), else None."""
    phrase = _demonym_phrase(doc, start, end)
    if phrase is None:
        return None
    span, root, country = phrase
    if country is None:
        return _state_before_head(doc, root) or _listed_people(doc, root) or _possessed_places(doc, span, root) \
            or _state_name_before_people(doc, span, root) or _members_of_state_people(doc, root) \
            or _state_of_head(doc, root)
    a_noun = root.pos_ in ("NOUN", "PROPN") and root.dep_ not in ("amod", "compound")
    if a_noun and _plural_people(root, country.alpha3):
        if _bare_definite(root):
            return None
        return ActorCode(country.alpha3, "CVL",
                         f"people of {country.alpha3}: the demonym plural '{root.text}' (Phoenix PPL)")
    if a_noun and _one_person(root):
        return ActorCode(country.alpha3, "CVL", f"a person of {country.alpha3}: the singular demonym noun "
                                                f"'{root.text}' after a count determiner")
    head = _hyphen_word_end(doc, root.head)
    if root.dep_ in ("amod", "compound", "nmod") and head.i >= span.end and head.pos_ in ("NOUN", "PROPN") \
            and head.i - span.end < 4:
        words = doc[span.end:head.i + 1]
        found = agent_sector(words.text)
        if found is not None:
            return ActorCode(country.alpha3, found.sector,
                             f"the {country.alpha3} demonym before '{words.text}' ({found.reason})")
        # the head alone ("nationals", "cities"), then with its modifiers ("financial institutions")
        phrases = [doc[i:head.i + 1].text.lower() for i in range(root.head.i, span.end - 1, -1)]
        contest = in_contest(root)
        for phrase in phrases:
            listed = after_demonym_sector(phrase, contest=contest)
            if listed is not None:
                return ActorCode(country.alpha3, listed[0],
                                 f"the {country.alpha3} demonym before '{phrase}' ({listed[1]})")
        kind = equipment_words(words.text)
        if kind is not None:
            return ActorCode(country.alpha3, "MIL", _EQUIPMENT_REASON.format(state=country.alpha3, words=words.text,
                                                                             kind=kind))
        if _network_members(head):
            return ActorCode(country.alpha3, "BUS",
                             f"the {country.alpha3} demonym before '{words.text}', members of a network "
                             "(actor_heads.yaml member_network_heads)")
        if _demonym_network(head, span):
            return ActorCode(country.alpha3, "BUS",
                             f"the {country.alpha3} demonym before '{words.text}', networks it only places "
                             "(actor_heads.yaml member_network_heads)")
    return None


# a state's military equipment ("Russian tanks", "Russia's warships") stands for the armed forces
# that field it: Phoenix codes the weapons and platforms it lists ~MIL (BATTLE_TANK, WARSHIP,
# WARPLANE, COMBAT_AIRCRAFT, CRUISE_MISSILE, ATTACK_HELICOPTER, ARTILLERY); equipment.yaml is the
# project's list of such kinds. Phoenix's civil vehicles (CARGO_SHIP, TANKER ~BUS, AIRLINER,
# COMMERCIAL_JET ~CVL) are agents, matched first. Since linking 0.3.840.
_EQUIPMENT_REASON = "the {state} demonym before '{words}': a state's military equipment ({kind}, equipment.yaml; Phoenix ~MIL)"


def _demonym_network(head, span) -> bool:
    """Whether ``head`` is a plural network noun right after the demonym mention ``span``
    ("Iranian networks support UN-designated entities"): the networks are the commercial sets a
    sanctions release designates (actor_heads.yaml member_network_heads, as for "a network of
    Iranian producers", ``_network_members``), which the demonym only places, never the state's
    government. Since linking 0.3.810."""
    from newsgraph.nlp.actor_heads import member_network_heads

    return head.i == span.end and head.tag_ in ("NNS", "NNPS") and head.lemma_.lower() in member_network_heads()


def _network_members(head) -> bool:
    """Whether the plural noun ``head`` names the members of a network ("a network of Russian
    procurement agents", "a network of Iranian petrochemical producers": the "of" phrase of a
    ``member_network_heads`` noun): the designated parties of a sanctions release (OFAC's evasion,
    procurement and front-company networks, actor_heads.yaml designated_organisation_heads), a
    commercial set of people the state's demonym only places, never the state's government."""
    from newsgraph.nlp.actor_heads import member_network_heads

    of = head.head
    return head.tag_ in ("NNS", "NNPS") and head.dep_ == "pobj" and of.lower_ == "of" \
        and of.head.lemma_.lower() in member_network_heads()


def _compound_demonym(span, root):
    """The country of a demonym of several capitalised words ending in the root, inside the
    mention ("North Koreans", "North Korean workers", "South Sudanese", "Costa Ricans"), read
    whole, the longest first: its last word alone may be another nation's ("Koreans" is KOR,
    "North Koreans" PRK). None when no run of words before the root makes a demonym with it."""
    doc = span.doc
    for first in range(span.start, root.i):
        words = doc[first:root.i + 1]
        if not all(t.text[:1].isupper() and t.is_alpha for t in words):
            continue
        found = country_of_demonym(words.text)
        if found is None and words.text.endswith("s") and len(root.text) > 3:
            found = country_of_demonym(words.text[:-1])
        if found is not None:
            return found
    return None


def _state_on_noun(head, modifier, kinds: tuple[str, ...], places: bool = True):
    """(country, sector, table) where ``head`` is a noun the tables give a sector
    (``after_demonym_sector``, its ``places`` nouns too unless False) and ``modifier``, the words
    before it ("the" and a possessive "'s" left out), names a state that ``lookup_country``
    matches as one of ``kinds`` ("name", "alias", "demonym"): "Russian forces", "Russia's forces",
    "Russian Federation nationals". None otherwise."""
    listed = after_demonym_sector(head.lower_, places=places, contest=in_contest(head))
    if listed is None:
        return None
    name = " ".join(t.text for t in modifier if t.lower_ not in ("the", "'s", "’s"))
    country = lookup_country(name) if name else None
    if country is None or country.matched_as not in kinds:
        return None
    return country, listed[0], listed[1]


def _state_before_head(doc, root) -> Optional[ActorCode]:
    """The code of a phrase whose head noun the tables give a sector (``after_demonym_sector``)
    and whose state premodifies it ("Russian forces", "Russia's forces", "U.S. forces",
    "Belarusian nationals", "Cuban families" as one mention), else None."""
    if root.pos_ not in ("NOUN", "PROPN"):
        return None
    for child in root.children:
        if child.i < root.i and child.dep_ in ("amod", "compound", "nmod", "poss"):
            found = _state_on_noun(root, doc[child.left_edge.i:child.i + 1], ("name", "alias", "demonym"))
            if found is not None:
                country, sector, table = found
                return ActorCode(country.alpha3, sector,
                                 f"the {country.alpha3} {country.matched_as} before '{root.text}' ({table})")
    return _state_equipment(doc, root)


def _state_of_head(doc, root) -> Optional[ActorCode]:
    """The code of a phrase whose head noun the tables give a sector (``after_demonym_sector``,
    people nouns only) and whose "of" phrase right after it names one state ("the forces of
    Russia" -> RUS MIL, "executives of Japan" -> JPN BUS): English alternates the "of" genitive
    with the possessive ("Russia's forces"), which ``_state_before_head`` already codes so, and
    both name the state's own forces or business officers, not its government. The object must be
    the state's name or alias, one state (a coordinated object names several: None); a partitive
    ("members of Russia's forces") is ``_members_of_state_people``'s. Since linking 0.3.869."""
    if root.pos_ != "NOUN" or root.i + 1 >= len(doc) or doc[root.i + 1].lower_ != "of" or doc[root.i + 1].head.i != root.i:
        return None
    of = doc[root.i + 1]
    objects = [c for c in of.children if c.dep_ == "pobj"]
    if len(objects) != 1 or list(objects[0].conjuncts):
        return None
    found = _state_on_noun(root, doc[objects[0].left_edge.i:objects[0].i + 1], ("name", "alias"), places=False)
    if found is None:
        return None
    country, sector, table = found
    return ActorCode(country.alpha3, sector, f"'{root.text} of' the {country.alpha3} {country.matched_as} ({table})")


def _state_equipment(doc, root) -> Optional[ActorCode]:
    """The code of a state's military equipment as one mention ("Russian tanks", "Russia's
    warships", "Russian fighter jets"): the words from a premodifying state's name, alias or
    demonym to the head noun end in an equipment kind (``equipment_words``); the state's armed
    forces, MIL (``_EQUIPMENT_REASON``). None otherwise. Since linking 0.3.840."""
    for child in root.children:
        if child.i >= root.i or child.dep_ not in ("amod", "compound", "nmod", "poss"):
            continue
        words = doc[child.i + 1:root.i + 1]
        if child.dep_ == "poss" and len(words) and words[0].lower_ in ("'s", "’s"):
            words = words[1:]
        name = " ".join(t.text for t in doc[child.left_edge.i:child.i + 1] if t.lower_ not in ("the", "'s", "’s"))
        country = lookup_country(name) if name else None
        if country is None or country.matched_as not in ("name", "alias", "demonym") or not len(words):
            continue
        kind = equipment_words(words.text)
        if kind is not None:
            return ActorCode(country.alpha3, "MIL", _EQUIPMENT_REASON.format(state=country.alpha3, words=words.text,
                                                                             kind=kind))
    return None


def _members_of_state_people(doc, root) -> Optional[ActorCode]:
    """The code of a partitive whose "of" phrase is a state's people ``_state_before_head`` codes
    ("members of Russia's forces" -> RUS MIL, "some of the Ukrainian nationals" -> UKR CVL): the
    members of a set are of the set's state and sector (English partitive: the head picks part of
    the "of" phrase's plural, the plural says who they are). Only the plain member nouns and
    quantifiers of ``actor_heads.partitive_member_word``, right after which "of" stands; None
    otherwise."""
    from newsgraph.nlp.actor_heads import partitive_member_word

    if not partitive_member_word(root.lower_) or root.i + 1 >= len(doc) or doc[root.i + 1].lower_ != "of":
        return None
    of = doc[root.i + 1]
    if of.head.i != root.i:
        return None
    objects = [c for c in of.children if c.dep_ == "pobj" and c.tag_ in ("NNS", "NNPS")]
    found = _state_before_head(doc, objects[0]) if len(objects) == 1 else None
    if found is None:
        return None
    return ActorCode(found.acts_for, found.sector, f"'{root.text} of' the set of {found.reason}")


def _state_name_before_people(doc, span, root) -> Optional[ActorCode]:
    """The code of a state's name used as the modifier of a people noun outside the mention ("visa
    restrictions on 18 Russian Federation nationals": the mention is "Russian Federation"): the
    people the noun names (``people_after_demonym``: "nationals" CVL), placed in the state as its
    demonym would place them ("Russian nationals"), not its government. Only that table's nouns
    of no state sector: "Ukraine forces" stays the state's own organ, and the Phoenix agent nouns
    are left as before ("U.S. persons are prohibited ...", sanctions' term for those the state's
    own law binds, is no civilian actor). None otherwise."""
    found = _people_after_state_name(span, root)
    if found is None:
        return None
    head, (country, sector, _table) = found
    return ActorCode(country.alpha3, sector,
                     f"the {country.alpha3} {country.matched_as} before the people noun '{head.text}'")


def _people_after_state_name(span, root):
    """(head, (country, sector, table)) where the state name ``span`` (its root ``root``)
    premodifies a plural people noun of no state sector (``_state_name_before_people``), else None."""
    head = root.head
    if root.dep_ not in ("compound", "nmod") or head.i < span.end or head.pos_ != "NOUN" or head.tag_ != "NNS":
        return None
    found = _state_on_noun(head, span, ("name", "alias"), places=False)
    if found is None or found[1] is None or found[1] in state_sectors():
        return None
    return head, found


def people_noun_of_state_name(token):
    """The plural people noun a state's name premodifies, the name's entity taking in ``token``
    ("18 Russian Federation nationals", "United Kingdom nationals": nationals), as
    ``people_noun_of_demonym`` gives it after a demonym: the noun of no state sector the
    ``people_after_demonym`` table lists, the phrase's head, with nothing but modifiers between
    (English premodification: the name only places those people in its state, as "Russian
    nationals" does; the linker codes such a name as those people, ``_state_name_before_people``).
    None otherwise, the name alone ("the Russian Federation") or before a noun of a state sector
    ("Ukraine forces") included."""
    if token.ent_type_ != "GPE":
        return None
    ent = next((e for e in doc_ents(token.doc) if e.start <= token.i < e.end), None)
    if ent is None or ent.label_ != "GPE":
        return None
    found = _people_after_state_name(ent, ent[-1])
    if found is None:
        return None
    head = found[0]
    if any(t.dep_ not in ("amod", "compound", "nmod", "punct") or t.ent_type_ for t in token.doc[ent.end:head.i]):
        return None
    return head


def _possessed_places(doc, span, root) -> Optional[ActorCode]:
    """The code of a state's name as the possessor of a settlement noun outside the mention
    ("the warships that have bombarded Ukraine’s cities": the mention is "Ukraine"): the
    settlements ``places_after_demonym`` lists (after Phoenix SETTLEMENT ~CVL) lie in the state,
    they are not its government, as after its demonym ("Ukrainian cities"). None for any other
    possessed noun ("Russia’s military", "Ukraine’s sovereignty")."""
    head = root.head
    if root.dep_ != "poss" or head.i < span.end or head.pos_ != "NOUN":
        return None
    sector = settlement_sector(head.lower_)
    if sector is None:
        return None
    country = lookup_country(span.text)
    if country is None or country.matched_as not in ("name", "alias"):
        return None
    return ActorCode(country.alpha3, sector,
                     f"the {country.alpha3} {country.matched_as} as possessor of '{head.text}' (places_after_demonym)")


# the words that split the members of a list ("civil society and women leaders")
_LIST_SPLIT = re.compile(r"\s*(?:,|;|\band\b|\bor\b|\bas well as\b)\s*")


def _listed_people(doc, root) -> Optional[ActorCode]:
    """The code of a state's plural that names no sector itself but lists its members after
    "including" ("Haitian stakeholders – including civil society and women leaders"): the state
    its demonym or name gives, in the one sector every listed member's Phoenix agent gives (CIVIL
    SOCIETY, WOMEN ~CVL), when that sector is none of a state's own (a state's people are not
    its government); None when a member names no agent, the members differ, or any is the
    state's (officials, ministers)."""
    if root.pos_ != "NOUN" or root.tag_ != "NNS" or agent_sector(root.text) is not None:
        return None
    country = None
    for child in root.children:
        if child.i < root.i and child.dep_ in ("amod", "compound", "nmod", "poss"):
            words = " ".join(t.text for t in doc[child.left_edge.i:child.i + 1]
                             if t.lower_ not in ("the", "'s", "’s"))
            found = lookup_country(words) if words else None
            if found is not None and found.matched_as in ("name", "alias", "demonym"):
                country = found
    if country is None:
        return None
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ != "including" or prep.i < root.i:
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if len(objects) != 1:
            return None
        listed = doc[objects[0].left_edge.i:objects[0].right_edge.i + 1].text
        members = [m for m in _LIST_SPLIT.split(listed) if m.strip()]
        codes = [agent_sector(m) for m in members]
        sectors = {c.sector for c in codes if c is not None}
        if not members or None in codes or len(sectors) != 1:
            return None
        sector = sectors.pop()
        if sector in state_sectors():
            return None
        return ActorCode(country.alpha3, sector,
                         f"the {country.alpha3} {country.matched_as} before '{root.text}' whose listed members "
                         f"('{listed}') are {sector} ({', '.join(c.reason for c in codes)})")
    return None


def people_noun_sector(word: str, contest: bool = False) -> Optional[str]:
    """The ``people_after_demonym`` sector of a (possibly plural) head word ("nationals": CVL),
    with (``contest``) the contest people nouns ("team": CVL), else None."""
    listed = after_demonym_sector(word, places=False, contest=contest)
    return listed[0] if listed is not None else None


_TITLE_WORD = re.compile(r"[A-Za-z]+")


def in_contest(token) -> bool:
    """Whether ``token`` stands in a contest of sport or skill: a word of ``contest_words`` (by
    lower-case form or lemma) in its sentence ("the Afghan team won the tournament") or in the
    article's title (``doc._.ng_title``: "... Afghan team honored at robotics competition"),
    which names the story's occasion for every sentence of it."""
    words = contest_words()
    if any(t.lower_ in words or t.lemma_.lower() in words for t in token.sent):
        return True
    title = getattr(token.doc._, "ng_title", None) or ""
    return any(w.lower() in words for w in _TITLE_WORD.findall(title))


def _hyphen_word_end(doc, token):
    """The last token of a word the tokenizer split at its hyphens ("ex-pat" is "ex", "-", "pat"):
    the word is the noun the demonym modifies, not its first piece."""
    while token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_ \
            and not doc[token.i + 1].whitespace_ and doc[token.i + 2].is_alpha:
        token = doc[token.i + 2]
    return token


# singular count determiners: one person, or each person of a nation taken one by one
_ONE_DETERMINERS = frozenset({"a", "an", "every", "each"})


def _one_person(token) -> bool:
    """True for a singular demonym noun after the indefinite article or a distributive
    determiner ("a former Spaniard", "a Colombian", "every Cuban seeking a government that
    respects ..."): English counts one person of that nation so; the adjective never takes
    "a", "every" or "each" without a noun after it."""
    return token.tag_ in ("NN", "NNP") and not token.text.endswith("s") \
        and any(c.dep_ == "det" and c.lower_ in _ONE_DETERMINERS for c in token.children) \
        and not any(c.dep_ == "compound" for c in token.children)


def _plural_people(token, alpha3: str) -> bool:
    """True when the demonym token is the plural noun ("Cubans"), or a zero plural counted as
    people ("many Chinese")."""
    text = token.text
    if text.endswith("s") and len(text) > 3:
        singular = country_of_demonym(text[:-1])
        if singular is not None and singular.alpha3 == alpha3:
            return True
    return token.tag_ == "NNPS" or any(c.lower_ in _QUANTIFIERS or c.dep_ == "nummod" for c in token.children)


def _bare_definite(token) -> bool:
    """True for "the Russians" with nothing else modifying it (the state's side, not its people);
    the first words of a demonym of several ("the North Koreans") modify nothing."""
    children = list(token.children)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children) \
        and not any(c.dep_ in _MODIFIER_DEPS and not (c.dep_ == "compound" and c.i < token.i and c.text[:1].isupper()
                                                     and country_of_demonym(token.doc[c.i:token.i + 1].text))
                    for c in children)


def people_noun_of_demonym(token):
    """The noun of non-state people a demonym token premodifies ("Cuban athletes", "the Afghan
    team", "Peruvian ex-pat": athletes, team, pat), else None. The noun's sector is the Phoenix
    agent's (ATHLETE ~CVL, BLOGGER ~MED, STUDENT ~EDU) or ``people_after_demonym``'s (national,
    ex-pat, team; not its goods and dealings, BUS: "exports"), and none of a state's own (``state_sectors``): such a phrase names people the
    demonym only places, so the noun, not the adjective, is the actor ("Russian forces" and "the
    Bolivian ambassador" stay the state's organs, left to the callers as before). Only an
    adjective or compound on the noun itself, with nothing but modifiers between."""
    if country_of_demonym(token.text) is None or token.dep_ not in ("amod", "compound", "nmod"):
        return None
    doc = token.doc
    head = _hyphen_word_end(doc, token.head)
    if token.head.i <= token.i or head.pos_ != "NOUN" or head.ent_type_:
        return None
    if any(t.dep_ not in ("amod", "compound", "nmod", "punct") or t.ent_type_ for t in doc[token.i + 1:token.head.i]):
        return None
    sector, agent = _people_noun_sector(token, head)
    # (the table's commercial entries, "exports", "trade", are goods and dealings, no people)
    if not sector or sector in state_sectors() or (not agent and sector == "BUS"):
        return None
    return head


def _people_noun_sector(token, head) -> tuple[Optional[str], bool]:
    """(sector, from the agents) of the noun ``head`` a demonym ``token`` premodifies: the Phoenix
    agent's (``agent_sector``: "athletes" CVL, True), else ``people_after_demonym``'s for the words
    from the demonym's head to ``head`` ("ex-pat" CVL, False); (None, False) when neither lists it."""
    found = agent_sector(head.text)
    if found is not None:
        return found.sector, True
    return people_noun_sector(token.doc[token.head.i:head.i + 1].text.lower(), contest=in_contest(head)), False


def demonym_people_phrase(token):
    """(noun, name) for a demonym token on a noun of non-state people
    (``people_noun_of_demonym``): the name is the person the phrase is in apposition to, set off
    by a comma after the noun ("A Cuban athlete, Ana Quirot, criticized ...") or, the phrase
    fronted, the subject the phrase stands before ("Peruvian ex-pat in Spain, Jomra criticizes
    ...", where the parser makes both the verb's subjects), else None. None when the token is no
    such demonym."""
    noun = people_noun_of_demonym(token)
    if noun is None:
        return None
    doc = token.doc
    phrase = token.head  # (a hyphenated noun's first piece holds the phrase's dependents)
    named = next((c for c in (*phrase.children, *noun.children) if c.dep_ == "appos" and c.i > noun.i
                  and c.ent_type_ == "PERSON"), None)
    if named is not None:
        return noun, named
    edge = max(phrase.right_edge.i, noun.i)
    if edge + 1 < len(doc) and doc[edge + 1].dep_ == "prep" and doc[edge + 1].head.i != phrase.i:
        edge = doc[edge + 1].right_edge.i  # "ex-pat in Spain", the phrase the parser hung on the verb
    if edge + 2 >= len(doc) or doc[edge + 1].text != ",":
        return noun, None
    name = doc[edge + 2]
    while name.dep_ in ("compound", "flat") and name.head.i > name.i:
        name = name.head
    fronted = name.pos_ == "PROPN" and name.dep_ == "nsubj" and phrase.dep_ in ("nsubj", "dep") \
        and name.head.i == phrase.head.i and name.ent_type_ not in ("GPE", "ORG", "NORP", "FAC", "LOC")
    return noun, (name if fronted else None)


def apposed_nationality(doc, start: Optional[int], end: Optional[int]) -> Optional[ActorCode]:
    """The state and sector of a person named at ``doc.text[start:end]`` whom a phrase of a
    demonym and a noun of non-state people describes in apposition (``demonym_people_phrase``:
    "Peruvian ex-pat in Spain, Jomra criticizes ...": PER, CVL), else None."""
    if start is None or end is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    for token in span.sent:
        if token.i >= span.start:
            break
        if token.ent_type_ != "NORP":
            continue
        found = demonym_people_phrase(token)
        if found is None or found[1] is None or not (span.start <= found[1].i < span.end):
            continue
        noun = found[0]
        country = country_of_demonym(token.text)
        sector, _agent = _people_noun_sector(token, noun)
        return ActorCode(country.alpha3, sector, f"the {country.alpha3} demonym phrase '{doc[token.i:noun.i + 1].text}' "
                                                 f"in apposition to the name")
    return None


def placed_people(doc, start: Optional[int], end: Optional[int]) -> Optional[ActorCode]:
    """The code of people a demonym only places: the demonym modifying a plural common noun whose
    commonest sense names a person (``actor_heads.person_word``: WordNet noun.person, "Russian
    hackers", "Ukrainian volunteers", "Syrian survivors") that names no office (titles.yaml heads
    and ranks: "Iranian officials", "Russian negotiators" act as the state) and that neither
    Phoenix nor the demonym tables give a sector (those are ``demonym_people``'s). Such people
    belong to the state (acts_for) but are neither the state nor its government: no sector, as
    for a state's "individuals" (linking ``_placed_set``). The mention at ``doc.text[start:end]``
    is the demonym (the noun after it) or the whole phrase. Not for a relational noun ("our
    Ukrainian partners": the state's side), a state, set, member or conflict-party head
    (actor_heads.yaml), nor a noun in a contest ("Panamanian players": the team). None otherwise.
    Since 0.3.430."""
    from newsgraph.nlp.actor_heads import _lexicon, person_word
    from newsgraph.nlp.roles import title_lexicon

    phrase = _demonym_phrase(doc, start, end)
    if phrase is None:
        return None
    span, root, country = phrase
    if country is not None:
        if root.dep_ not in ("amod", "compound", "nmod"):
            return None
        head, first = _hyphen_word_end(doc, root.head), span.end
        if head.i < span.end or head.i - span.end >= 4:
            return None
    else:
        head = root
        # a modifier and the ones coordinated with it ("The U.S. and Russian hackers": "Russian"
        # is a conjunct of "U.S.", not a child of "hackers"), as far as they lie in the span
        modifiers = [m for c in root.children if c.i < root.i and c.dep_ in ("amod", "compound", "nmod")
                     for m in (c, *c.conjuncts) if m.i < root.i]
        demonyms = [c for c in dict.fromkeys(modifiers) if c.i >= span.start and _demonym_of(span, c)]
        if len(demonyms) != 1:
            return None
        country = _demonym_of(span, demonyms[0])
        first = demonyms[0].i + 1
    if head.tag_ != "NNS" or not person_word(head) or in_contest(head):
        return None
    lemma = head.lemma_.lower()
    lexicon = _lexicon()
    if lemma in title_lexicon().heads or any(lemma in lexicon[name] or head.lower_ in lexicon[name] for name in (
            "relational_heads", "state_heads", "unsectored_heads", "conflict_party_heads", "delegation_heads",
            "group_member_heads", "member_network_heads", "partitive_heads")):
        return None
    words = doc[first:head.i + 1]
    if agent_sector(words.text) is not None or after_demonym_sector(words.text.lower(), contest=True) is not None:
        return None  # a sector of their own: demonym_people's
    return ActorCode(country.alpha3, None, f"people of {country.alpha3}: the demonym before the person noun "
                                           f"'{words.text}' (WordNet noun.person, no office)")
