"""Who an actor acts for and in which sector: ISO3 state + POLECAT-style sector code.

Sources, all bundled (converted by ``scripts/convert_phoenix_actors.py`` from PETRARCH2's
Phoenix dictionaries, MIT, Open Event Data Alliance):

* ``lexicons/actor_agents.yaml``: sector nouns and noun phrases ("minister" -> GOV,
  "armed forces" -> MIL, "journalist" -> MED), matched on titles, organisation names and
  actor words ("security forces", "protesters");
* ``lexicons/actor_names.json``: named institutions and groups with their code ("white house"
  -> USAGOV, "hezbollah" -> LBNREB, "european union" -> IGO...);
* ``lexicons/actor_people.json``: office holders -> the state they belong to (the
  dictionaries' office dates, which end about 2015, dropped);
* ``lexicons/actor_sectors.yaml``: Phoenix code -> newsgraph sector (GOV, MIL, REB, OPP, MED,
  BUS, CVL, JUD, LEG, POL, IGO, NGO ...).
* ``lexicons/actor_name_heads.yaml``: head nouns of an IGO's organs ("council", "commission")
  and of bodies that only carry an institution's name ("association", "club").

``ActorCode`` is the answer: ``acts_for`` (ISO 3166 alpha-3 or None), ``sector`` (or None) and
``reason`` (which source decided), so the linker can record why; decisions read the explicit
fields (``group``, ``publisher_default``, ``by_legal_form``), never the reason's words.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import pycountry
import yaml

from newsgraph.nlp.roles import title_lexicon
from newsgraph.nlp.word_lists import read_word_sets
from newsgraph.resolve.countries import lookup_country
from newsgraph.textfold import strip_diacritics

LEXICONS = Path(__file__).resolve().parent.parent / "nlp" / "lexicons"


@dataclass(frozen=True)
class ActorCode:
    acts_for: Optional[str]   # ISO3 of the state the actor acts for
    sector: Optional[str]     # GOV, MIL, REB, OPP, MED, BUS, CVL, JUD, LEG, POL, IGO, NGO ...
    reason: str = ""          # which source decided ("agents: minister", "named: white house" ...)
    # the named group whose officials this actor is ("G7 Foreign Ministers of ..." -> the code of
    # "group of seven", see group_officials): they act as that group; None for any other actor
    group: Optional["ActorCode"] = None
    # the state is the publisher's only because the actor is named in its release (no word of the
    # text places it there): a default that a hostile act's foreign target must not take
    publisher_default: bool = False
    # the sector is BUS only because the name carries a company's legal form ("M Leasing LLC")
    # and nothing else coded the actor: words beside the name may still place it
    by_legal_form: bool = False


@functools.lru_cache(maxsize=1)
def _sector_table() -> dict:
    with open(LEXICONS / "actor_sectors.yaml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)


# the agents table's code of a word that gives no sector alone (actor_sectors.yaml agents_not_alone)
NO_SECTOR_ALONE = ""


@functools.lru_cache(maxsize=1)
def _agents() -> tuple[dict[tuple[str, ...], str], int]:
    with open(LEXICONS / "actor_agents.yaml", encoding="utf-8") as handle:
        raw = yaml.safe_load(handle)["agents"]
    # bare words whose Phoenix sense is not the one releases use (actor_sectors.yaml
    # agents_not_alone: "representatives" ~LEG) stay agent nouns with no code (NO_SECTOR_ALONE):
    # still people of a kind, in no sector; phrases containing them keep theirs
    alone = set(_sector_table().get("agents_not_alone") or {})
    table = {tuple(phrase.split()): NO_SECTOR_ALONE if phrase in alone else code for phrase, code in raw.items()}
    # Phoenix phrases PLOVER's sector table codes otherwise (actor_sectors.yaml agents_recoded:
    # "illegal migrant" ~CRM -> ~CVL, the migrant's own code)
    for phrase, code in (_sector_table().get("agents_recoded") or {}).items():
        table[tuple(phrase.split())] = code
    # curated phrases Phoenix lacks (actor_sectors.yaml agent_phrases); they add, never replace
    for phrase, code in (_sector_table().get("agent_phrases") or {}).items():
        table.setdefault(tuple(phrase.split()), code)
    return table, max(len(k) for k in table)


@functools.lru_cache(maxsize=1)
def _named() -> dict[str, str]:
    with open(LEXICONS / "actor_names.json", encoding="utf-8") as handle:
        return json.load(handle)["actors"]


@functools.lru_cache(maxsize=1)
def _people_file() -> dict:
    with open(LEXICONS / "actor_people.json", encoding="utf-8") as handle:
        return json.load(handle)


def _people() -> dict[str, str]:
    return _people_file()["people"]


def _listed_surnames() -> dict[str, str]:
    return _people_file().get("surnames", {})


_NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def person_state(name: Optional[str]) -> Optional[str]:
    """ISO3 of the state a known office holder belongs to ("Daniel Ortega" -> NIC, "Evo
    Morales" -> BOL), from the Phoenix country dictionary; tried as written, then as first and
    last name ("Joseph R. Biden, Jr." -> "joseph biden"); a surname alone only where Phoenix
    lists it alone for one state's office holder ("Putin" -> RUS); None when unknown."""
    if not name:
        return None
    words = [w for w in _normalise_name(name).replace(",", " ").split() if w not in _NAME_SUFFIXES]
    if len(words) == 1:
        # "Putin" alone: a surname Phoenix itself lists alone for one state's office holder
        found = _listed_surnames().get(words[0]) or _listed_surnames().get(_fold_accents(words[0]))
        return found if found in _iso3() else None
    if len(words) < 2:
        return None
    people = _people()
    # the Phoenix dictionary spells names without diacritics ("andres manuel lopez obrador"):
    # "Andrés Manuel López Obrador" is tried as written and with its accents folded
    folded = [_fold_accents(w) for w in words]
    for candidate in dict.fromkeys((" ".join(words), f"{words[0]} {words[-1]}", " ".join(folded),
                                    f"{folded[0]} {folded[-1]}")):
        found = people.get(candidate)
        if found and found in _iso3():
            return found
    # "Kim Jong-il", "Lee Myung-bak": a hyphen in a romanised given name is written or left out
    # alike (Phoenix: "kim jong il"; "al-sisi"), so the whole name is also compared with its
    # hyphens read as spaces (never first and last word alone: "Kim Jong-un" is not "kim un")
    found = _people_unhyphenated().get(" ".join(folded).replace("-", " "))
    if found is None and len(words) == 2:
        # "Kim Jongil", "Lee Myungbak": a romanised Korean given name is also written as one word
        # (Revised Romanization writes it so; hyphenated and spaced forms are the older ones), so a
        # two-word name is also compared with the listed names' given names run together
        # ("Xi Jin-ping" for "xi jinping" too)
        joined = f"{folded[0]} {folded[1].replace('-', '')}"
        found = people.get(joined) or _people_given_joined().get(joined)
    return found if found in _iso3() else None


@functools.lru_cache(maxsize=1)
def _people_given_joined() -> dict[str, str]:
    """The Phoenix office holders' names of three or more words, the family name first and the
    rest run together ("kim jong il" -> "kim jongil", "lee myung bak" -> "lee myungbak") -> state,
    for :func:`person_state`; a spelling two states' holders share is left out."""
    states: dict[str, set[str]] = {}
    for name, state in _people().items():
        words = _fold_accents(name).replace("-", " ").split()
        if len(words) >= 3 and not any(w.endswith(".") for w in words):
            states.setdefault(f"{words[0]} {''.join(words[1:])}", set()).add(state)
    return {name: next(iter(found)) for name, found in states.items() if len(found) == 1}


@functools.lru_cache(maxsize=1)
def _people_unhyphenated() -> dict[str, str]:
    """The Phoenix office holders' names with their hyphens read as spaces ("abdel fattah al
    sisi", "kim jong il") -> state, for names whose hyphens :func:`person_state` finds written
    otherwise; a spelling two states' holders share is left out."""
    states: dict[str, set[str]] = {}
    for name, state in _people().items():
        states.setdefault(_fold_accents(name).replace("-", " "), set()).add(state)
    return {name: next(iter(found)) for name, found in states.items() if len(found) == 1}


@functools.lru_cache(maxsize=1)
def _surname_states() -> dict[str, str]:
    """Last name -> state, for the last names that only office holders of one state carry in
    the Phoenix country dictionary ("putin" -> RUS; "kim" names several states: left out)."""
    states: dict[str, set[str]] = {}
    for name, state in _people().items():
        words = [w for w in name.split() if w not in _NAME_SUFFIXES]
        if len(words) >= 2:
            states.setdefault(words[-1], set()).add(state)
    return {surname: next(iter(found)) for surname, found in states.items() if len(found) == 1}


def office_holder_by_surname(name: Optional[str]) -> Optional[str]:
    """ISO3 of the state whose office holders alone carry the last word of ``name`` (Phoenix),
    or None. Weaker evidence than :func:`person_state`: for a person whose title says they
    serve a state ("President Putin") but not which one."""
    if not name:
        return None
    words = [w for w in _normalise_name(name).replace(",", " ").split() if w not in _NAME_SUFFIXES]
    found = (_surname_states().get(words[-1]) or _surname_states().get(_fold_accents(words[-1]))) if words else None
    return found if found in _iso3() else None


def namesake_of_office_holders(name: Optional[str]) -> bool:
    """Whether ``name`` is a full name ("Cristiana Chamorro") whose last word is one only a state's
    office holders carry in the Phoenix country dictionary (:func:`office_holder_by_surname`), but
    none of whose given names starts with a letter any of those holders' other names do ("violeta
    barrios de chamorro"): another person of the same family name, whom the surname does not make
    an office holder. A bare last name ("Putin") or a matching initial ("Joseph R. Biden", "joe
    biden"; "d'Omar Bongo Ondimba", "ali bongo ondimba") is no namesake."""
    if not name:
        return False
    words = [w for w in _normalise_name(name).replace(",", " ").split() if w not in _NAME_SUFFIXES]
    if len(words) < 2 or office_holder_by_surname(name) is None:
        return False
    initials = _given_initials().get(words[-1], frozenset()) | _given_initials().get(_fold_accents(words[-1]), frozenset())
    return bool(initials) and not any(_fold_accents(word)[:1] in initials for word in words[:-1])


@functools.lru_cache(maxsize=1)
def _given_initials() -> dict[str, frozenset[str]]:
    """Last word -> the first letters of the other words of the Phoenix office holders' names
    that end in it ("chamorro" -> {"v", "b", "d"}), for :func:`namesake_of_office_holders`."""
    initials: dict[str, set[str]] = {}
    for held in _people():
        held_words = held.split()
        if len(held_words) >= 2:
            initials.setdefault(held_words[-1], set()).update(word[0] for word in held_words[:-1])
    return {last: frozenset(found) for last, found in initials.items()}


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """First words of the Phoenix office holders' names of two or more words that open the names
    of at least two holders ("alejandro", "aleksey", "rosario"), lower case, accents folded: the
    commonest given names of public people worldwide. A word that opens one holder's name alone
    may be a family name written first or a title; initials and particles ("a.", "al") are not
    taken (three letters or more, letters only). Since entities 0.4.130."""
    counts: dict[str, int] = {}
    for held in _people():
        held_words = held.split()
        if len(held_words) >= 2 and held_words[0].isalpha() and len(held_words[0]) >= 3:
            first = _fold_accents(held_words[0])
            counts[first] = counts.get(first, 0) + 1
    return frozenset(word for word, n in counts.items() if n >= 2)


def _fold_accents(word: str) -> str:
    """``word`` without its diacritics ("lópez" -> "lopez"), as the Phoenix dictionary spells names."""
    return strip_diacritics(word)


def state_sectors() -> frozenset[str]:
    """Sectors that belong to a state's own institutions (GOV, MIL, JUD, LEG, POL, SPY)."""
    return frozenset(_sector_table()["state_sectors"])


def state_institution_code(code: Optional["ActorCode"]) -> bool:
    """Whether ``code`` is a state's own institution: a state to act for and a state sector (an
    outlet such as "U.S. Department of State" whose "we" is its state; an official's body)."""
    return code is not None and bool(code.acts_for) and code.sector in state_sectors()


def releasing_state(outlet: Optional["ActorCode"]) -> Optional[str]:
    """ISO3 of the state whose own institution ``outlet`` is (``state_institution_code``: its
    release speaks for that state), else None."""
    return outlet.acts_for if state_institution_code(outlet) else None


def political_sectors() -> frozenset[str]:
    """Sectors that make an actor political with no state named (state sectors, REB, OPP, PTY,
    IGO, NGO): ``lexicons/actor_sectors.yaml``."""
    return frozenset(_sector_table()["political_sectors"])


def single_holder_offices() -> frozenset[str]:
    """Titles a state gives one person at a time ("president", "prime minister", "foreign
    minister" ...), lower case: ``lexicons/actor_sectors.yaml``."""
    return frozenset(_sector_table()["single_holder_offices"])


def head_offices() -> frozenset[str]:
    """Titles of a state's head of state or of government ("president", "prime minister",
    "king" ...), lower case: ``head_offices`` of ``lexicons/actor_sectors.yaml``."""
    return frozenset(_sector_table().get("head_offices") or ())


_TITLE_QUALIFIERS = re.compile(r"^(?:(?:former|acting|interim|outgoing|incoming|then|late)[\s-]+)+|[\s-]+(?:elect|designate)$")


def head_office(title: Optional[str]) -> bool:
    """Whether ``title`` is a head of state's or government's office ("President", "Prime
    Minister", "President-Elect", "former President"), its qualifiers set aside."""
    words = " ".join((title or "").lower().split())
    return _TITLE_QUALIFIERS.sub("", words).strip() in head_offices()


def offices_not_held(state: Optional[str]) -> frozenset[str]:
    """Lower-case title words of offices ``state`` (ISO3) does not have ("minister" for the
    United States): ``offices_not_held`` of ``lexicons/actor_sectors.yaml``; empty when unlisted."""
    return frozenset((_sector_table().get("offices_not_held") or {}).get(state or "", []) or [])


def bodies_not_held(state: Optional[str]) -> frozenset[str]:
    """Lower-case words or phrases of body names ``state`` (ISO3) does not have ("ministry",
    "national police" for the United States): ``bodies_not_held`` of
    ``lexicons/actor_sectors.yaml``; empty when unlisted."""
    return frozenset((_sector_table().get("bodies_not_held") or {}).get(state or "", []) or [])


def first_person_plural() -> frozenset[str]:
    """"we", "us", "our" ...: in an institution's own release, the institution."""
    return frozenset(_sector_table()["first_person_plural"])


def people_after_demonym() -> dict[str, str]:
    """Noun (singular, lower case) -> sector, for heads that after a state's demonym name its
    people though Phoenix leaves them out as too ambiguous alone ("national" -> CVL)."""
    return dict(_sector_table().get("people_after_demonym") or {})


def places_after_demonym() -> dict[str, str]:
    """Noun (singular, lower case) -> sector, for settlements whose state's demonym before them
    only places them ("Ukrainian cities" -> CVL, Phoenix SETTLEMENT ~CVL): the people living
    there, not the state's government."""
    return dict(_sector_table().get("places_after_demonym") or {})


def contest_people_after_demonym() -> dict[str, str]:
    """Noun (singular, lower case) -> sector, for heads that after a state's demonym name its
    people only in a contest ("the Afghan team" at a competition -> CVL, Phoenix ATHLETE):
    ``contest_people_after_demonym`` of ``lexicons/actor_sectors.yaml``."""
    return dict(_sector_table().get("contest_people_after_demonym") or {})


@functools.lru_cache(maxsize=1)
def contest_words() -> frozenset[str]:
    """Lower-case words of a contest of sport or skill ("tournament", "competition", "athlete"):
    ``contest_words`` of ``lexicons/actor_sectors.yaml``."""
    return frozenset(_sector_table().get("contest_words") or ())


def after_demonym_sector(phrase: str, places: bool = True, contest: bool = False) -> Optional[tuple[str, str]]:
    """(sector, table) of a lower-case head noun or phrase after a state's demonym, its last word
    possibly plural ("nationals" -> ("CVL", "people_after_demonym"), "cities" -> ("CVL",
    "places_after_demonym")): the people nouns first, then (``contest``, the phrase standing in
    a contest) the contest people nouns ("team"), then (``places``) the settlements; None when no
    table lists it."""
    tables = [("people_after_demonym", people_after_demonym())]
    if contest:
        tables.append(("contest_people_after_demonym", contest_people_after_demonym()))
    if places:
        tables.append(("places_after_demonym", places_after_demonym()))
    for name, nouns in tables:
        sector = _listed_sector(nouns, phrase)
        if sector is not None:
            return sector, name
    return None


def settlement_sector(phrase: str) -> Optional[str]:
    """The ``places_after_demonym`` sector of a lower-case settlement noun, possibly plural
    ("cities" -> "CVL"), else None."""
    return _listed_sector(places_after_demonym(), phrase)


def _listed_sector(nouns: dict[str, str], phrase: str) -> Optional[str]:
    """The value ``nouns`` (singular noun -> sector, or an agents code) gives ``phrase`` or its
    singular, else None."""
    return next((nouns[singular] for singular in _singulars(phrase) if singular in nouns), None)


def sector_code(phoenix: str) -> Optional[str]:
    """newsgraph sector for a three-letter Phoenix code ("COP" -> "POL"), else None."""
    return _sector_table()["sectors"].get(phoenix.upper())


@functools.lru_cache(maxsize=1)
def _iso3() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.countries)


def parse_code(code: str) -> tuple[Optional[str], Optional[str]]:
    """(acts_for, sector) of a Phoenix actor or agent code: "USAGOVDEV" -> (USA, GOV),
    "IGOUNO" -> (None, IGO), "~MIL" -> (None, MIL), "NGO~" -> (None, NGO), "BGR" -> (BGR, None)."""
    code = code.strip().upper()
    if code.startswith("~"):
        return None, sector_code(code[1:4])
    if code.endswith("~"):
        return None, sector_code(code[:3])
    head = code[:3]
    if head in _iso3():
        for i in range(3, len(code) - 2, 3):
            sector = sector_code(code[i:i + 3])
            if sector:
                return head, sector
        return head, None
    return None, sector_code(head)


_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")


# "President-elect", "Ambassador-designate": the office a person is chosen for and about to
# hold; the title's sector is that office's (Phoenix lists the bare office only)
_CHOSEN_FOR = re.compile(r"-(?:elect|designate|designee)$")


def _words(text: str) -> list[str]:
    return [_CHOSEN_FOR.sub("", w.lower().replace("’", "'")) for w in _WORD.findall(text)]


def _singulars(word: str) -> list[str]:
    forms = [word]
    if word.endswith("ies") and len(word) > 4:
        forms.append(word[:-3] + "y")
    if word.endswith("es") and len(word) > 3:
        forms.append(word[:-2])
    if word.endswith("s") and len(word) > 2:
        forms.append(word[:-1])
    if word.endswith("men"):
        forms.append(word[:-3] + "man")
    return forms


# adjectives English puts after the noun of an office's name, which then takes the plural
# ("attorney general" -> "attorneys general", "secretaries general", "surgeons general")
_POSTPOSITIVE = frozenset({"general"})


def _plural_forms(phrase: list[str]) -> list[tuple[str, ...]]:
    """The agents-table keys a phrase may be the plural of: its last word made singular
    ("military spokesmen"), or, before a postpositive adjective (``_POSTPOSITIVE``), its head noun
    ("attorneys general" -> "attorney general"), which English pluralises instead."""
    forms = [(*phrase[:-1], last) for last in _singulars(phrase[-1])]
    if len(phrase) == 2 and phrase[-1] in _POSTPOSITIVE:
        forms += [(first, phrase[-1]) for first in _singulars(phrase[0])[1:]]
    return forms


def agent_sector(text: Optional[str]) -> Optional[ActorCode]:
    """The sector the words of a title, organisation name or actor phrase give, else None
    (:func:`agent_match` without the words matched); a code with no sector for a bare agent
    noun that gives none alone ("representatives")."""
    found = agent_match(text)
    return found[0] if found else None


# memoised: a pure function of the string over the fixed agents tables, asked for the same
# titles and phrases many times per article (each mention, candidate and event actor); the
# result is immutable (a frozen ActorCode and a str)
@functools.lru_cache(maxsize=8192)
def agent_match(text: Optional[str]) -> Optional[tuple[ActorCode, str]]:
    """The sector the words of a title, organisation name or actor phrase give and the words of
    ``text`` that gave it ("military spokesmen" -> (MIL, "military spokesmen")), else None.

    The longest agents phrase inside the text wins; among equally long ones the rightmost (the
    head of an English noun phrase: "military spokesman" is MIL through "military spokesman",
    "Defense Minister" GOV through "minister"). The last word of a phrase may be plural.
    """
    if not text:
        return None
    words = _words(text)
    led = _business_role(words)
    if led is not None:
        return led
    table, longest = _agents()
    best: Optional[tuple[int, int, str, str]] = _legislature_committee(words)  # (length, end, code, phrase)
    for start in range(len(words)):
        for size in range(min(longest, len(words) - start), 0, -1):
            phrase = words[start:start + size]
            rank = _title_rank_code(words, start) if size == 1 else None
            for form in _plural_forms(phrase):
                # "Deputy Secretary": the rank of the office named after it, not Phoenix's DEPUTY ~COP
                code = rank or table.get(form)
                if code is None:
                    continue
                candidate = (size, start + size, code, " ".join(phrase))
                if best is None or candidate[:2] > best[:2]:
                    best = candidate
                break
            else:
                continue
            break
    if best is None:
        named = text[:1].isupper() or any(w[:1].isdigit() for w in text.split())
        formation = words[-1] if words and named else None
        if formation and any(f in _sector_table()["military_formations"] for f in _singulars(formation)):
            # a named unit ("76th Guards Air Assault Division"), not "a division of labour"
            return ActorCode(None, "MIL", f"military formation: {formation}"), formation
        return None
    kept = _head_before_complement(words, best[1], table) or _security_head_of_government(words, best, table)
    if kept is not None:
        best = kept
    if best[2] == NO_SECTOR_ALONE:
        # "senior representatives": people of a kind (still told apart from "officials" when
        # conjoined), whose bare noun says nothing of whom they represent
        return ActorCode(None, None, f"agents: {best[3]}, no sector alone"), best[3]
    acts_for, sector = parse_code(best[2])
    if sector is None:
        return None
    return ActorCode(acts_for, sector, f"agents: {best[3]}"), best[3]


# words that open a complement: a legislature's word after one names another body than the head's
_COMPLEMENT_WORDS = frozenset({"of", "on", "for", "to", "in", "from", "with", "at", "by"})


def _legislature_committee(words: list[str]) -> Optional[tuple[int, int, str, str]]:
    """(length, end, "~LEG", phrase) of the last committee of a legislature in ``words``: a
    committee head (actor_sectors.yaml ``legislature_committees``) with a legislature's word
    before it, no complement word between ("congressional intelligence commission", "house
    permanent select committee"), the match ``agent_match`` weighs as any agent phrase (the
    longer wins, so the subject word inside it, "intelligence" ~SPY, does not); None
    otherwise. Since linking 0.3.864."""
    listed = _sector_table().get("legislature_committees") or {}
    heads, modifiers = set(listed.get("heads") or ()), set(listed.get("modifiers") or ())
    found = None
    for end, word in enumerate(words):
        if not any(form in heads for form in _singulars(word)):
            continue
        for start in range(end - 1, -1, -1):
            if words[start] in _COMPLEMENT_WORDS:
                break
            if words[start] in modifiers and not (words[start] == "house" and start and words[start - 1] == "white"):
                found = (end + 1 - start, end + 1, "~LEG", " ".join(words[start:end + 1]))
                break
    return found


def _business_role(words: list[str]) -> Optional[tuple[ActorCode, str]]:
    """(BUS, words) for a phrase whose head (last word) is a business role noun
    (actor_sectors.yaml ``business_roles``: "leader", "executive") that a business word before it
    modifies ("corporate governance leaders", "industry leaders", "private sector leaders"):
    business people (Phoenix
    BUSINESS_LEADER, CORPORATE_EXECUTIVE ~BUS). Read before the longest-phrase match, so a
    government word among the modifiers ("governance" ~GOV) does not make them officials. None
    otherwise. Since linking 0.3.840."""
    if not words:
        return None
    table = _sector_table().get("business_roles") or {}
    heads, modifiers = set(table.get("heads") or ()), table.get("modifiers") or ()
    head = next((form for form in _singulars(words[-1]) if form in heads), None)
    if head is None:
        return None
    before = " " + " ".join(words[:-1]) + " "
    found = next((m for m in modifiers if f" {m} " in before), None)
    if found is not None:
        return ActorCode(None, "BUS", f"agents: {found} {head} (business role)"), f"{found} {words[-1]}"
    return None


# the prepositions of a noun's complement naming the body its people belong to or left
_BODY_PREPS = frozenset({"of", "from"})


@functools.lru_cache(maxsize=1)
def _body_kept_heads() -> frozenset[str]:
    """Agent nouns whose code the Phoenix agents dictionary keeps whatever body they are of: at
    least two entries "<body> <noun>" whose body word alone has another code give the noun's own
    (ARMY_DESERTER, NAVY_DESERTER, MILITARY_DESERTER [~OPP] beside DESERTER [~OPP] and ARMY
    [~MIL]; GOVERNMENT_DEFECTOR, MILITARY_DEFECTOR [~OPP]; JUNTA_SOLDIER, GOVERNMENT_SOLDIER [~MIL]).
    Read off the table, not listed: {"defector", "deserter", "soldier"} with the bundled one."""
    table, _ = _agents()
    kept: dict[str, int] = {}
    for phrase, code in table.items():
        if len(phrase) != 2 or (phrase[0],) not in table or table.get((phrase[1],)) != code:
            continue
        if table[(phrase[0],)] != code:
            kept[phrase[1]] = kept.get(phrase[1], 0) + 1
    return frozenset(word for word, count in kept.items() if count >= 2)


def _head_before_complement(words: list[str], best_end: int, table) -> Optional[tuple[int, int, str, str]]:
    """The match of a body-kept head noun (``_body_kept_heads``) right before an "of"/"from"
    complement that holds the phrase ``agent_match`` found (ending at ``best_end``): "defectors
    from the Syrian army" are defectors (OPP), as Phoenix codes "army deserters", not the army
    (MIL); English makes the noun before the complement the head. None otherwise."""
    kept = _body_kept_heads()
    for at in range(len(words) - 1):
        if words[at + 1] not in _BODY_PREPS or best_end <= at + 1:
            continue
        for form in _singulars(words[at]):
            if form in kept:
                return 1, at + 1, table[(form,)], words[at]
    return None


# Phoenix sectors of a state's armed and security services (~MIL, ~COP, ~SPY)
_SECURITY_SECTORS = frozenset({"MIL", "POL", "SPY"})


def _security_head_of_government(words: list[str], best: tuple[int, int, str, str],
                                 table) -> Optional[tuple[int, int, str, str]]:
    """The match of a head noun of a state's armed or security services (a code of
    ``_SECURITY_SECTORS``: "troops", "police", "soldiers") right before an "of"/"from" complement
    whose matched phrase ``best`` (length, end, code, phrase) gives a government (GOV) code:
    "Troops of the Syrian regime", "Police of the Cuban regime" are the state's forces (MIL,
    POL), as Phoenix codes every "<government body> <force noun>" entry by the force noun
    (GOVERNMENT_TROOPS, GOVERNMENT_SOLDIER, GOVERNMENT_REGIMENT, JUNTA_TROOP(S) ~MIL; none
    ~GOV; "forces", with no code alone, takes the one GOVERNMENT_FORCES and JUNTA_FORCES give it:
    ``_forces_under_government``), and English makes the noun before the complement the head. None otherwise (a body of
    another sector keeps its code: "fighters of the rebel group" are the rebels', as Phoenix's
    REBEL_SOLDIER is ~REB). Since linking 0.3.680."""
    if parse_code(best[2])[1] != "GOV":
        return None
    for at in range(len(words) - 1):
        if words[at + 1] not in _BODY_PREPS or best[1] <= at + 1:
            continue
        for form in _singulars(words[at]):
            code = table.get((form,)) or _forces_under_government().get(form)
            if code is not None and parse_code(code)[1] in _SECURITY_SECTORS:
                return 1, at + 1, code, words[at]
        return None  # (only the noun right before the first complement heads the phrase)
    return None


@functools.lru_cache(maxsize=1)
def _forces_under_government() -> dict[str, str]:
    """Head noun -> code of the Phoenix agents entries "<government body> <noun>" that give a
    security code (``_SECURITY_SECTORS``), for a noun with no code alone: "forces" -> ~MIL from
    GOVERNMENT_FORCES, JUNTA_FORCES. Read off the table, not listed."""
    table, _ = _agents()
    found: dict[str, str] = {}
    for phrase, code in table.items():
        body = table.get(phrase[:1]) if len(phrase) == 2 else None
        if body is not None and parse_code(body)[1] == "GOV" and parse_code(code)[1] in _SECURITY_SECTORS:
            found.setdefault(phrase[1], code)
    return found


def owned_agent_sector(text: Optional[str]) -> Optional[ActorCode]:
    """The sector of an actor noun a state's own voice owns ("our representatives", "our
    citizens": the words after the possessive): :func:`agent_sector`, else the code
    actor_sectors.yaml ``agents_not_alone`` gives a bare word that alone gives none
    ("representatives" -> GOV, a state's delegates); None otherwise."""
    found = agent_sector(text)
    if (found is not None and found.sector) or not text:
        return found
    words = _words(text)
    if len(words) != 1:
        return None
    owned = _sector_table().get("agents_not_alone") or {}
    code = _listed_sector(owned, words[0])
    acts_for, sector = parse_code(code) if code else (None, None)
    return ActorCode(acts_for, sector, f"agents: {words[0]}, its owner's delegates") if sector else None


def _title_rank_code(words: list[str], at: int) -> Optional[str]:
    """The code a rank agent (actor_sectors.yaml ``title_rank_agents``: "deputy") gives at
    ``words[at]`` when a title head (titles.yaml ``heads``) follows it, so that it only ranks
    that office ("Deputy Secretary General": ~GOV, not Phoenix's bare DEPUTY ~COP); else None.
    A later agent that codes the head still wins (the rightmost match: "Deputy Commander")."""
    code = next((_title_rank_agents()[w] for w in _singulars(words[at]) if w in _title_rank_agents()), None)
    if code is None:
        return None
    heads = title_lexicon().heads
    return code if any(word in heads for word in words[at + 1:]) else None


@functools.lru_cache(maxsize=1)
def _title_rank_agents() -> dict[str, str]:
    """actor_sectors.yaml ``title_rank_agents``: agent word -> the code it gives before a title head."""
    return dict(_sector_table().get("title_rank_agents") or {})


def _normalise_name(text: str) -> str:
    text = text.replace("’", "'").replace(".", "")
    text = re.sub(r"['’]s$", "", text.strip())
    words = text.lower().split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


# "G7" / "G-8" / "G77", the usual short forms of the groups Phoenix names in words
_GROUP_OF = re.compile(r"^g-?(\d+)$")
_GROUP_NUMBERS = {"7": "seven", "8": "eight", "77": "seventy seven"}


# "state department" (noun adjunct + body noun) or "departments of state ..." (plural + of)
_OF_FORM = re.compile(r"^(?:(\w+) (department|ministry|office|bureau|agency)|(department|ministry)s of (\w+)(?: and .*)?)$")


_DEPARTMENT_OF = re.compile(r"^(.*\bdepartment of) (?!the )(\w+)$")


def _department_forms(norm: str, country_words: int) -> list[str]:
    """The other ways English writes the name of an executive department that Phoenix lists in
    one of them (normalised names in, names to try out): with or without "the" in its "of" phrase
    ("us department of treasury" -> "us department of the treasury"), and, for a country's name
    (its first ``country_words`` words) plus one subject word, that word's department, the usual
    short form ("us treasury" -> "us treasury department"; Phoenix lists US_TREASURY_DEPARTMENT,
    UNITED_STATES_DEPARTMENT_OF_THE_TREASURY). A bare subject word ("treasury") or a longer
    name ("us state bar") finds no department."""
    forms = []
    bare = _DEPARTMENT_OF.match(norm)
    if bare:
        forms.append(f"{bare.group(1)} the {bare.group(2)}")
    words = norm.split()
    if country_words and len(words) == country_words + 1 and words[-1] not in ("department", "departments"):
        forms.append(f"{norm} department")
    return forms


_INITIALISM_SKIP = frozenset({"and", "of", "for", "in", "the", "on", "to"})


@functools.lru_cache(maxsize=1)
def _igo_initialisms() -> dict:
    """Initialism -> the one Phoenix code of the IGOs of no state whose names of three or more
    content words it abbreviates ("OSCE": Organization for Security and Co-operation in Europe);
    initialisms shared by IGOs of different codes are left out."""
    found: dict = {}
    for name, code in _named().items():
        acts_for, sector = parse_code(code)
        if acts_for is not None or sector != "IGO":
            continue
        words = [w for w in re.split(r"[\s-]+", name) if w and w not in _INITIALISM_SKIP]
        if len(words) >= 3:
            found.setdefault("".join(w[0] for w in words).upper(), set()).add(code)
    return {initials: next(iter(codes)) for initials, codes in found.items() if len(codes) == 1}


def _intergovernmental_acronym(name: str, table: dict) -> Optional[ActorCode]:
    """A short capitalised acronym ("EU", "UN", "OAS", "the EU") the Phoenix International
    actors list, bare or with "the" (``+THE_EU_``), as an intergovernmental body of no state.
    Such a body is the same whoever writes it, so the ambiguity that keeps other short
    acronyms out ("NSC": any state's council) does not arise; else None."""
    bare = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE).replace(".", "")
    if 4 <= len(bare) <= 6 and bare.isalpha() and bare.isupper() and bare in _igo_initialisms():
        # "OSCE", "OECD": Phoenix lists the IGO's full name only; its initialism names it alike
        return ActorCode(None, "IGO", f"named: {bare} (initialism of an IGO the Phoenix actors list)")
    if not (2 <= len(bare) < 4 and bare.isalpha() and bare.isupper()):
        return None
    for candidate in (bare.lower(), "the " + bare.lower()):
        code = table.get(candidate)
        if code is None:
            continue
        acts_for, sector = parse_code(code)
        if acts_for is None and sector == "IGO":
            return ActorCode(None, "IGO", f"named: {candidate}")
    return None


def state_acronym(name: Optional[str]) -> Optional[ActorCode]:
    """The code of a short capitalised acronym ("FBI", "FSB", "PLA") the Phoenix dictionaries
    list for one state's body, with no regard to the article: :func:`named_actor` leaves such
    acronyms out (another state's "NSC" is written alike), so the caller keeps this reading only
    where the article publishes for or names that state; else None."""
    bare = (name or "").strip().replace(".", "")
    if not (3 <= len(bare) < 4 and bare.isalpha() and bare.isupper()):
        return None
    code = _named().get(bare.lower())
    if code is None:
        return None
    acts_for, sector = parse_code(code)
    return ActorCode(acts_for, sector, f"named: {bare.lower()}") if acts_for and sector else None


# memoised as agent_match: a pure function of the name over the fixed Phoenix tables (and the
# memoised country lookup), asked for each name again by entities, coref and linking
@functools.lru_cache(maxsize=8192)
def named_actor(name: Optional[str]) -> Optional[ActorCode]:
    """The code of a named institution or group the Phoenix dictionaries list ("The White
    House", "Hezbollah", "European Union"), tried also without a leading country ("U.S.
    Department of State" -> "department of state"); else None. Only multi-word names and
    single names of four letters or more count (short acronyms are ambiguous across
    countries)."""
    if not name:
        return None
    table = _named()
    norm = _normalise_name(name)
    numbered = _GROUP_OF.match(norm)
    if numbered and numbered.group(1) in _GROUP_NUMBERS:
        norm = f"group of {_GROUP_NUMBERS[numbered.group(1)]}"  # "G7", "G-7": Phoenix's "group of seven"
    candidates = [norm]
    words = norm.split()
    inverted = _OF_FORM.match(norm)
    if inverted:
        # English names a body by a noun adjunct or by an "of" phrase alike: "State Department"
        # is "Department of State" (Phoenix lists the latter), and "Departments of State and
        # Defense" names the first of them too
        candidates.append(f"{inverted.group(2)} of {inverted.group(1)}" if inverted.group(1)
                          else f"{inverted.group(3)} of {inverted.group(4)}")
    # (words, country) of a leading country name ("the U.S. Treasury": 1, the US), read on the
    # name's words as the normalised name counts them (no leading "the"), stops kept ("U.S.")
    prefix = None
    shown = _without_the(" ".join(name.split())).split()
    for size in (3, 2, 1):
        country = lookup_country(" ".join(shown[:size])) if len(words) > size and len(shown) == len(words) else None
        if country is not None:
            prefix = (size, country)
            candidates.append(" ".join(words[size:]))
            break
    candidates.extend(_department_forms(norm, prefix[0] if prefix else 0))
    acronym = _intergovernmental_acronym(name, table)
    if acronym is not None:
        return acronym
    for candidate in candidates:
        if len(candidate.split()) < 2 and (len(candidate) < 4 or candidate.upper() == candidate):
            continue
        code = table.get(candidate)
        if code is None:
            continue
        acts_for, sector = parse_code(code)
        if sector is None:
            continue  # a place name (its code is a bare country): not an institution
        if candidate != norm and prefix is not None:
            # the country the name opens with, not a slice of it; also over the state Phoenix
            # gives the bare body ("the Colombian Senate": Phoenix's "senate" is the US Senate;
            # "Pakistani Taliban": Phoenix's "taliban" is Afghan): the prefix names whose it is
            acts_for = prefix[1].alpha3
        return ActorCode(acts_for, sector, f"named: {candidate}")
    return None


@functools.lru_cache(maxsize=1)
def _name_endings() -> dict[tuple[str, ...], frozenset[str]]:
    """The endings of two words or more of the Phoenix actor names that carry a sector (whole
    names included) -> the sectors of the names ending so ("revolutionary guard corps" ->
    {"MIL"}, from IRANIAN_REVOLUTIONARY_GUARD_CORPS [IRNMIL] and REVOLUTIONARY_GUARD_CORPS ...)."""
    found: dict[tuple[str, ...], set[str]] = {}
    for name, code in _named().items():
        sector = parse_code(code)[1]
        words = tuple(name.split())
        if sector is None or len(words) < 2:
            continue
        for start in range(len(words) - 1):
            found.setdefault(words[start:], set()).add(sector)
    return {ending: frozenset(sectors) for ending, sectors in found.items()}


@functools.lru_cache(maxsize=8192)
def named_ending(name: Optional[str]) -> Optional[ActorCode]:
    """The sector of a name whose head phrase, its last two words or more, is how listed Phoenix
    actor names end, all of them in one sector ("Islamic Revolutionary Guard Corps" -> MIL: it
    ends as IRANIAN_REVOLUTIONARY_GUARD_CORPS [IRNMIL] does), with no state (the words before the
    ending, a demonym or another modifier, may name another one); None when no such ending of two
    words or more leaves a word before it, or the names so ending differ in sector. English puts
    a name's head last: the listed head phrase says what the body is, and a modifier before it
    ("Islamic" ~MUS) does not recode it, as Phoenix codes a matched actor by its dictionary
    entry and adds an agent word only after its code. Since linking 0.3.864."""
    if not name:
        return None
    words = [re.sub(r"['’]s$", "", word) for word in _normalise_name(name).replace("-", " ").split()]
    endings, table = _name_endings(), _named()
    for start in range(1, len(words) - 1):
        ending = words[start:]
        sectors = endings.get(tuple(ending))
        if sectors is None:
            continue
        if len(sectors) != 1:
            return None  # the longest listed ending is shared by bodies of different sectors
        sector = next(iter(sectors))
        # the ending opens with a whole listed name of that sector ("revolutionary guard"
        # [IRNMIL] in "revolutionary guard corps"), not only with a slice of longer names ("task
        # force", "of canada")
        listed = next((" ".join(ending[:size]) for size in range(len(ending), 1, -1)
                       if table.get(" ".join(ending[:size])) and parse_code(table[" ".join(ending[:size])])[1] == sector), None)
        if listed is None:
            return None
        own = agent_sector(" ".join(ending))
        if own is not None and own.sector and own.sector != sector:
            return None  # the head phrase's own words say otherwise
        return ActorCode(None, sector, f"named ending: '{' '.join(ending)}' opens with the Phoenix actor name "
                                       f"'{listed}', and the names ending so are {sector}")
    return None


@functools.lru_cache(maxsize=1)
def _disputed() -> dict[str, str]:
    with open(LEXICONS / "plover_disputed.yaml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)["entities"]


def partially_recognized(name: Optional[str]) -> Optional[ActorCode]:
    """The code PLOVER gives a partially recognized (disputed) entity named ``name``
    (lexicons/plover_disputed.yaml, the manual's list): the nominally sovereign state that claims
    the territory ("Luhansk People's Republic" -> UKR, "Transnistria" -> MDA), no sector of its own
    here (PLOVER's PRE tag has no place in one sector); None for any other name. A plural
    "Republics" ("the Donetsk and Luhansk People's Republics") names each republic."""
    if not name:
        return None
    norm = _normalise_name(name.replace("“", "").replace("”", "").replace('"', ""))
    norm = re.sub(r"^so-called ", "", norm)
    norm = re.sub(r"\brepublics$", "republic", norm)
    state = _disputed().get(norm)
    if state is None:
        return None
    return ActorCode(state, None, f"a partially recognized entity PLOVER codes with {state}, the state claiming "
                                  "it (PLOVER manual: partially recognized entities; plover_disputed.yaml)")


@dataclass(frozen=True)
class NameHeads:
    """The head-noun sets of ``lexicons/actor_name_heads.yaml`` (what each is and where it comes
    from: that file's comments), each a ``frozenset[str]`` of lower-case words."""
    organ_heads: frozenset[str]
    not_office_heads: frozenset[str]
    international_ngo_heads: frozenset[str]
    international_igo_names: frozenset[str]


NAME_HEADS = read_word_sets(LEXICONS / "actor_name_heads.yaml", NameHeads)  # read once, at import
# head nouns of an organ of a body ("OAS Permanent Council", "United Nations Commission on
# Narcotic Drugs", "the EU's External Action Service"): the Phoenix International actors list
# the IGOs, not each of their organs, and English names an organ by its parent's name before it
_ORGAN_HEADS = NAME_HEADS.organ_heads
_POSSESSIVE = re.compile(r"^(?:the\s+)?(.+?)\s*['\u2019]s\s+(.+)$", re.IGNORECASE)


def _without_the(text: str) -> str:
    """``text`` without a leading "the"."""
    return re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)


def _head_words(phrase: str) -> list[str]:
    """The lower-cased words of a body's name before its first "of/on/for/to/in" phrase, the
    last being its head noun ("Commission on Narcotic Drugs" -> ["commission"])."""
    return re.split(r"\s+(?:of|on|for|to|in)\s+", phrase.lower())[0].split()


def intergovernmental_organ(name: Optional[str]) -> Optional[ActorCode]:
    """An organ of an intergovernmental body named by its parent before it, as a prefix or a
    possessive ("OAS Permanent Council", "United Nations Commission on Narcotic Drugs", "the
    European Union's External Action Service"), whose parent :func:`named_actor` reads as an
    IGO of no state: ``ActorCode(None, "IGO", ...)``; else None. The organ's head noun must be
    an organ's (``_ORGAN_HEADS``), so "UN Watch" or "European Union Chamber of Commerce" stay
    out."""
    if not name:
        return None
    text = " ".join(name.split())
    owned = _POSSESSIVE.match(text)
    splits = []
    if owned:
        splits.append((owned.group(1), owned.group(2)))
    else:
        words = _without_the(text).split()
        splits.extend((" ".join(words[:size]), " ".join(words[size:])) for size in (3, 2, 1) if len(words) > size)
    for parent, organ in splits:
        head = _head_words(organ)
        if not head or head[-1] not in _ORGAN_HEADS:
            continue
        code = named_actor(parent)
        if code is not None and code.sector == "IGO" and code.acts_for is None:
            return ActorCode(None, "IGO", f"an organ of {parent} ({code.reason})")
    return None


# head nouns of bodies that carry an institution's name without being part of it
_NOT_OFFICES = NAME_HEADS.not_office_heads


def international_body(name: Optional[str]) -> Optional[ActorCode]:
    """A non-governmental international body by the shape of its name: "International" first and
    a head noun the Phoenix International actors give such bodies (actor_name_heads.yaml
    ``international_ngo_heads``: "International Paralympic Committee" -> ``ActorCode(None,
    "NGO", ...)``). The head is the last word, or the last before an "of/for/on/in" phrase
    ("International Federation of Journalists"). Only for a name :func:`named_actor` does not
    list (IGOs so named are listed: "International Telecommunication Union"); an IGO Phoenix does
    not list (``international_igo_names``: "International Development Association") is IGO; else
    None."""
    words = _without_the(" ".join((name or "").split())).split()
    if len(words) < 2 or words[0] != "International" or named_actor(name) is not None:
        return None
    if " ".join(words).lower() in NAME_HEADS.international_igo_names:
        return ActorCode(None, "IGO", f"an intergovernmental body by name ('{' '.join(words)}', actor_name_heads.yaml)")
    head = _head_words(" ".join(words[1:]))[-1]
    if head not in NAME_HEADS.international_ngo_heads:
        return None
    return ActorCode(None, "NGO", f"an international body named by the head '{head}' (Phoenix International actors: NGO)")


def state_institution_prefix(text: Optional[str]) -> Optional[ActorCode]:
    """The code of the state institution a name or title opens with, when the rest is one of
    its offices or posts: "White House Office of Public Engagement" -> USA/GOV through "white
    house", "State Department Spokesperson" -> USA/GOV through "department of state" (the
    longest leading run of two or more words :func:`named_actor` places in a state); else
    None. An office or post of a state's institution acts for that state (PLOVER codes
    officials by the state they serve)."""
    if not text:
        return None
    words = text.replace("’s", "").replace("'s", "").split()
    if words and words[-1].lower().strip(".,") in _NOT_OFFICES:
        return None  # the head noun names a body of its own: "White House Correspondents' Association"
    for size in range(len(words) - 1, 1, -1):
        found = named_actor(" ".join(words[:size]))
        if found is not None and found.acts_for and found.sector in state_sectors():
            return ActorCode(found.acts_for, found.sector, f"a state institution's office: {found.reason}")
    return None


def group_officials(text: Optional[str]) -> Optional[ActorCode]:
    """The code of a named international group whose officials a name lists: "G7 Foreign
    Ministers of Canada, France, ...", "G7 Leaders" -> IGO through "group of seven" (a leading run
    :func:`named_actor` codes IGO with no state, followed by a state-sector title from the
    Phoenix agents); else None. Ministers meeting as the G7 act as the group, not for the first
    state their list names (PLOVER_MANUAL.tex codes IGOs as actors of their own)."""
    if not text:
        return None
    words = text.replace("’s", "").replace("'s", "").split()
    for size in range(min(len(words) - 1, 4), 0, -1):
        found = named_actor(" ".join(words[:size]))
        if found is None or found.acts_for or found.sector != "IGO":
            continue
        rest = " ".join(words[size:]).split(" of ")[0]
        title = agent_sector(rest)
        if title is None and rest.lower() in ("leader", "leaders"):
            # "G7 Leaders": a group of states' leaders are its heads of state or government
            # (Phoenix "head of state": ~GOV), meeting as the group
            title = agent_sector("head of state")
        if title is not None and title.sector in state_sectors():
            return ActorCode(None, "IGO", f"{title.reason} of a named group: {found.reason}", group=found)
        return None
    return None


# "Cuban American", "Mexican-Americans": in an English compound the last word is the head, so a
# demonym before "American" names Americans of that descent, not the other state's people
_HYPHENATED_AMERICAN = re.compile(r"\b([A-Z][a-z]+)[- ]Americans?\b")
# "the Venezuelan community", "the Haitian diaspora": people of a descent living elsewhere
_DIASPORA = re.compile(r"\b([A-Z][a-z]+)\s+(?:diaspora|community)\b")


def hyphenated_american(text: Optional[str]) -> bool:
    """Whether ``text`` names Americans by descent ("Cuban American leaders", "Haitian-Americans"):
    a state's demonym before "American(s)" ("North American", "Latin American" name no state)."""
    match = _HYPHENATED_AMERICAN.search(text or "")
    return bool(match) and lookup_country(match.group(1)) is not None


def diaspora_of(text: Optional[str]) -> Optional[str]:
    """ISO3 of the state whose demonym opens "X community" / "X diaspora" in ``text``, else None."""
    match = _DIASPORA.search(text or "")
    country = lookup_country(match.group(1)) if match else None
    return country.alpha3 if country else None


# Top-level domains reserved to one state's institutions (RFC 1591: .gov and .mil).
_STATE_DOMAINS = {".gov": ("USA", "GOV"), ".mil": ("USA", "MIL")}


def outlet_identity(outlet: Optional[str]) -> Optional[ActorCode]:
    """The state and sector an outlet speaks for when it is an institution's own channel
    ("The White House Briefing Room" -> USA/GOV, "U.S. Department of State press releases"
    -> USA/GOV, "af.mil" -> USA/MIL); None for news media and unknown outlets (a newspaper's
    "we" is no state)."""
    if not outlet:
        return None
    text = " ".join(outlet.split())
    lower = text.lower()
    for suffix, (state, sector) in _STATE_DOMAINS.items():
        if re.search(re.escape(suffix) + r"(?:$|[/\s),;])", lower):
            return ActorCode(state, sector, f"outlet domain {suffix}")
    words = text.split()
    for size in range(len(words), 0, -1):  # "The White House Briefing Room": its longest known prefix
        found = named_actor(" ".join(words[:size]))
        if found is not None:
            return found
    country = None
    for size in (3, 2, 1):
        if len(words) > size:
            country = lookup_country(" ".join(words[:size]))
            if country is not None:
                break
    sector = agent_sector(text)
    if country is not None and sector is not None and sector.sector in state_sectors():
        return ActorCode(country.alpha3, sector.sector, f"outlet: {country.name} + {sector.reason}")
    return None
