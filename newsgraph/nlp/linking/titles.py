"""Titles and their holders: a title phrase before or after a name, a demonym opening a
title, a bare title the article introduced or the release's own ("the President"), a government
described ("the regime"), and the keying of event and statement slots that are a title to the
one person holding it. Builds on ``lexicon`` and ``names``."""

from __future__ import annotations

import re
from typing import Optional, TYPE_CHECKING

from newsgraph.nlp.actor_heads import topic_prep
from newsgraph.nlp.context_states import context_state
from newsgraph.nlp.entities import org_keywords
from newsgraph.nlp.folding import fold_phrase as _fold
from newsgraph.nlp.doc_cache import doc_text, expanded_span
from newsgraph.nlp.types import EntityRecord
from newsgraph.resolve.actors import (ActorCode, agent_sector, offices_not_held, person_state, releasing_state,
                                      state_institution_code, state_sectors)
from newsgraph.resolve.countries import lookup_country

from newsgraph.nlp.linking.lexicon import LINKING_WORDS, _BARE_INSTITUTION, _title_heads
from newsgraph.nlp.linking.names import (_added_person, _article_person, _country_key, _inside_statement,
                                         _item_bracket_state, _item_last, _name_word, _person_pronoun,
                                         _whole_word_matches)

if TYPE_CHECKING:  # annotations only: ``coder`` builds on this module
    from newsgraph.nlp.linking.coder import ActorCoder


def _titled_name(doc, coder: "ActorCoder", entity: Optional[EntityRecord], start: Optional[int],
                 end: Optional[int]) -> Optional[tuple[str, Optional[ActorCode]]]:
    """(person key, code) of an "organisation" whose name is a title phrase before a person's
    name ("Brazilian Presidential Advisor Celso Amorim": English premodifies a name by its
    title, and the NER took the whole for an organisation): the name is the last two or three
    capitalised words, none an organisation word, after words that are all title words
    (``roles.title_lexicon``) or a state's name or demonym. The person is the article's person
    of that name, else a person entity added with a mention at the actor span; the state is
    the one the title's demonym names, else the Phoenix one of the name; the sector the title's
    (Phoenix agents), GOV for a state's title. None otherwise."""
    from newsgraph.nlp.roles import title_lexicon

    if entity is None or entity.type != "organization":
        return None
    words = entity.name.split()
    lex = title_lexicon()
    if 2 <= len(words) <= 4 and not any(c.isdigit() for c in entity.name) \
            and not any(w in org_keywords() or {_fold(w), _fold(w)[:-1]} & _title_heads() or agent_sector(w)
                        for w in words):
        # the whole name is a person's: the article's person it begins ("Joseph R. Biden" of
        # "Joseph R. Biden, Jr."), else a Phoenix person ("Aung San Suu Kyi": MMR)
        folded = _fold(entity.name)
        person = next((k for k, e in (doc._.ng_entities or {}).items() if e.type == "person"
                       and any((_fold(n) + " ").startswith(folded + " ") for n in (e.name, *e.aliases))), None)
        if person is None and all(w[:1].isupper() for w in words):
            # "Joseph R. Biden" where the article's person is named "Biden" alone: the one person
            # whose whole name is this name's last word (never a namesake with another given name)
            last = [w for w in folded.split() if w not in ("jr", "sr", "ii", "iii")][-1:]
            alone = [k for k, e in (doc._.ng_entities or {}).items()
                     if e.type == "person" and last and _fold(e.name) == last[0]]
            person = alone[0] if len(alone) == 1 else None
        if person is not None:
            # the NER's "organisation" mention at the span is the person's: it counts where the
            # person acts ("Consular Affairs Rena Bitter will travel": the subject, an official acting)
            for mention in doc._.ng_mentions or []:
                if mention.entity_key == entity.key and mention.start == start and mention.end == end:
                    mention.entity_key, mention.type = person, "person"
            return person, coder.for_key(person)
        known = person_state(entity.name)
        if known is not None:
            return _added_person(doc, coder, entity.name, ActorCode(known, None, f"a person Phoenix places in {known}"),
                                 start, end)
    for cut in range(len(words) - 3, len(words) - 1):
        if cut < 1:
            continue
        prefix, name = words[:cut], words[cut:]
        if not all(w[:1].isupper() and w.isalpha() for w in name) or any(w in org_keywords() for w in name):
            continue
        states = {c.alpha3 for c in map(lookup_country, prefix) if c is not None}
        title = " ".join(w for w in prefix if lookup_country(w) is None)
        if len(states) > 1 or not title or not lex.is_title_phrase(title):
            continue
        full = " ".join(name)
        person = _article_person(doc, full)
        if person is not None:
            return person, coder.for_key(person)
        state = next(iter(states)) if states else person_state(full)
        found = agent_sector(title)
        sector = found.sector if found is not None else ("GOV" if states else None)
        code = ActorCode(state, sector, f"title '{title}' before the name {full}" + (f" of {state}" if state else "")) \
            if state or sector else None
        return _added_person(doc, coder, full, code, start, end)
    return _title_of_body_name(doc, coder, words, start, end)


def _state_titled_name(doc, coder: "ActorCoder", entity: Optional[EntityRecord], start: Optional[int],
                       end: Optional[int]) -> Optional[tuple[str, Optional[ActorCode]]]:
    """(person key, code) of an actor span keyed as the state whose demonym opens a title before a
    person's name the NER did not tag ("Ukrainian Minister of Defence Oleksii Reznikov", "Honduran
    Minister of Health José Manuel Matheu Amaya"): English premodifies a name by its title, and
    the demonym only says whose office it is, so the actor is the person, acting for that state
    (sector GOV, a state's office). The span is "[the] <the state's one mention> <title>
    <two to four name words>" (``_name_word``), the title a title phrase with an optional
    "of"/"for" domain (``_state_title_words``) and no other entity's mention in the span; the
    person is the article's person of that name, else one added. None otherwise."""
    if entity is None or entity.type != "country" or start is None or end is None:
        return None
    text = doc_text(doc)
    # (a person added at this very span for another event of the same phrase is that person)
    inside = [m for m in doc._.ng_mentions or [] if m.entity_key and m.start < end and start < m.end
              and not (m.type == "person" and (m.start, m.end) == (start, end))]
    states = [m for m in inside if m.entity_key == entity.key]
    if len(states) != 1 or text[start:states[0].start].strip().lower() not in ("", "the"):
        return None
    words = re.sub(r"^[’']s\b", "", text[states[0].end:end]).split()  # "New Zealand's Prime Minister John Key"
    others = [m for m in inside if m is not states[0]]
    if others:
        # the name the NER tagged ends the span, the state's name outweighed it (its longer overlap)
        named = others[0]
        if len(others) != 1 or named.type != "person" or text[named.end:end].strip() \
                or not _state_title_words(re.sub(r"^[’']s\b", "", text[states[0].end:named.start]).split()):
            return None
        return named.entity_key, coder.for_key(named.entity_key)
    for size in (2, 3, 4):  # the shortest name that leaves a whole title before it
        if len(words) <= size or not all(_name_word(w) for w in words[-size:]) \
                or not _state_title_words(words[:-size]):
            continue
        full = " ".join(words[-size:])
        person = _article_person(doc, full)
        if person is not None:
            # a mention at this span too, as a first naming gets one: every naming of the person is
            # a mention, whether or not an earlier paragraph (or window) named them before
            return _person_pronoun(doc, person, start, end, text[start:end]), coder.for_key(person)
        state = entity.key.split(":", 1)[1]
        title = " ".join(words[:-size])
        code = ActorCode(state, _nationality_title_sector(title, text[states[0].start:states[0].end]) or "GOV",
                         f"title '{title}' of {state} before the name {full}")
        return _added_person(doc, coder, full, code, start, end)
    return None


def _nationality_title_sector(title: str, modifier: str) -> Optional[str]:
    """The sector of a person whose ``title`` a demonym (``modifier``) opens, where the title's
    Phoenix agent sector is none of a state's own ("Ivorian blogger": BLOGGER ~MED; "Egyptian
    economist": ECONOMIST ~EDU): the demonym only gives the person's nationality, as before a
    people noun (``demonym_people``), not a state office; None for a state's title ("Foreign
    Minister": GOV) or a state's name before it ("Venezuela's", whose title is its office)."""
    found = agent_sector(title)
    country = lookup_country(modifier)
    if found is None or not found.sector or found.sector in state_sectors() \
            or country is None or country.matched_as != "demonym":
        return None
    return found.sector


def _state_title_words(words: list[str]) -> bool:
    """Whether ``words`` are a capitalised title with an optional "of"/"for" domain ("Minister of
    Defence", "Foreign Minister", "Minister for Foreign Affairs"; ``roles.title_lexicon``)."""
    from newsgraph.nlp.roles import title_lexicon

    lex = title_lexicon()
    lower = [w.lower() for w in words]
    cut = next((i for i, w in enumerate(lower) if w in ("of", "for")), len(lower))
    return bool(words) and all(w[:1].isupper() for w in words[:cut]) and lex.is_title_phrase(" ".join(lower[:cut])) \
        and (cut == len(lower) or (cut + 1 < len(lower) and all(w in lex.domains or w in lex.modifiers
                                                                 for w in lower[cut + 1:])))


def _title_of_body_name(doc, coder: "ActorCoder", words: list[str], start: Optional[int],
                        end: Optional[int]) -> Optional[tuple[str, Optional[ActorCode]]]:
    """(person key, code) of an actor the NER took for an organisation that is a title and a
    person's name: "<Title> of (the) <Body> <Name>" ("Head of the Presidential Office Andriy
    Yermak", "Minister of the Revolutionary Armed Forces of Cuba Álvaro López Miera": the title's
    "of" phrase names the body the person heads, English premodifies the name by the whole title),
    or "<Modifier> <Title head> <Name>" with a one-word name ("Canal Administrator Vásquez"). The
    name is the last three or two name words (one after a title head); the state is the one the
    title names, else the article's reading of the added person. None otherwise."""
    if start is None or end is None:
        return None
    span = doc_text(doc)[start:end].split()
    title_of = len(span) >= 5 and _fold(span[0]) in _title_heads() and span[1] == "of"
    candidates: list[tuple[list[str], list[str]]] = []
    if title_of:
        for size in (3, 2):
            if len(span) - size > 2 and all(_name_word(w) for w in span[-size:]):
                candidates.append((span[:-size], span[-size:]))
                break
    elif 2 <= len(words) <= 4 and span[-len(words):] == words and _fold(words[-2]) in _title_heads() \
            and _name_word(words[-1]) and all(w[:1].isupper() and w.isalpha() for w in words[:-1]):
        candidates.append((words[:-1], words[-1:]))
    for prefix, name in candidates:
        full = " ".join(name)
        person = _article_person(doc, full)
        if person is not None:
            return person, coder.for_key(person)
        states = {c.alpha3 for c in map(lookup_country, prefix) if c is not None}
        if len(states) > 1:
            return None
        title = " ".join(prefix)
        found = agent_sector(prefix[0]) or agent_sector(title)
        code = None
        if states:
            state = next(iter(states))
            code = ActorCode(state, found.sector if found is not None and found.sector in state_sectors() else "GOV",
                             f"title '{title}' before the name {full} names {state}")
        return _added_person(doc, coder, full, code, start, end)
    return None


def _titled_holder(doc, start: Optional[int], end: Optional[int]) -> Optional[str]:
    """The person whose title an actor span is, where the span lies inside a role the roles
    component read as premodifying a name ("Principal Deputy National Security Advisor Jon Finer
    hosted ...": the NER took "National Security Advisor" for an organisation and the parse made
    it the subject, with the name in apposition); the span must end before the holder's name
    and overlap no mention of another entity. None otherwise."""
    if start is None or end is None:
        return None
    for role in doc._.ng_roles or []:
        if not (role.start <= start and end <= role.end):
            continue
        names = [m for m in doc._.ng_mentions or [] if m.entity_key == role.person_key and m.kind == "name"
                 and role.start <= m.start < role.end]
        others = [m for m in doc._.ng_mentions or [] if m.entity_key and m.entity_key != role.person_key
                  and m.start < end and start < m.end]
        if names and end <= min(m.start for m in names) and not others:
            return role.person_key
    return None


# what may stand between a title the actor span kept and the name it premodifies: the rest of
# the title (capitalised words, "of", "for", "the", "on"), no comma, verb or "and"
_TITLE_REST = re.compile(r"^(?:[ \t\n]+(?:of|for|the|on|[A-Z][\w’'.\-]*)){0,12}[ \t\n]+$")
# a portfolio that lists its fields ("of the Environment, Water, and Ecological Transition"): after
# "of"/"for", commas and "and"/"&" may join its capitalised words; no other title head may follow
# (_listed_portfolio_rest), else the comma or "and" opens the next holder's title
_PORTFOLIO_REST = re.compile(
    r"^[ \t\n]+(?:of|for)(?:,?[ \t\n]+(?:of|for|the|on|and|&|[A-Z][\w’'.\-]*)){1,14}[ \t\n]+$")


def _listed_portfolio_rest(between: str) -> bool:
    """Whether ``between`` (the text from a title's head to a name) is the rest of one title
    whose portfolio lists its fields, commas and "and" included ("of the Environment, Water, and
    Ecological Transition"), with no other title head after "of"/"for" ("of Finance, Foreign
    Minister" opens a second title). Since linking 0.3.500."""
    if not _PORTFOLIO_REST.match(between):
        return False
    heads = _title_heads()
    return not any(_fold(w.strip(",")) in heads or _fold(w.strip(",")).rstrip("s") in heads
                   for w in between.split())


def _name_after_title(doc, text: Optional[str], start: Optional[int], end: Optional[int]) -> Optional[str]:
    """The person an actor span that is only a capitalised title premodifies, where the parse
    cut the span before the name ("Senior Director for the Western Hemisphere for the National
    Security Council Juan Gonzalez met with ...": the span is "Senior Director"): English
    premodifies a name by the whole title, so the first person's name after the span, with
    only the rest of the title between (``_TITLE_REST``; a portfolio listing its fields with
    commas and "and": ``_listed_portfolio_rest``), is the actor. The span must end on a
    title head (``roles.title_lexicon``) and overlap no keyed mention. None otherwise."""
    if not text or start is None or end is None:
        return None
    words = text.split()
    if not words or not all(w[:1].isupper() or w in ("of", "for", "the") for w in words) \
            or _fold(words[-1]).rstrip("s") not in _title_heads() and _fold(words[-1]) not in _title_heads():
        return None
    mentions = doc._.ng_mentions or []
    if any(m.entity_key and m.start < end and start < m.end for m in mentions):
        return None
    # the bodies and regions the title names ("for the National Security Council") may lie between
    after = min((m for m in mentions if m.entity_key and m.start >= end and m.type == "person"),
                key=lambda m: m.start, default=None)
    if after is None or after.kind != "name":
        return None
    between = doc_text(doc)[end:after.start]
    return after.entity_key if _TITLE_REST.match(between) or _listed_portfolio_rest(between) else None


def _appositive_title_holder(doc, coder: "ActorCoder", text: Optional[str], start: Optional[int],
                             end: Optional[int]) -> Optional[tuple[str, Optional[ActorCode]]]:
    """(person key, code) of an actor span that is a bare common-noun title ("president",
    "the chairman") whose "of" chain ends in the holder's name set off by a comma ("the president
    of its board of directors, Ruy Delgado Lopez", "the head of the ministry's press office, Anna
    Petrova"): English apposition names the title's holder (the parser hangs the name on the last
    noun of the chain). The name is two to four capitalised name words (``_name_word``) the NER
    tagged as no organisation or place; the person is the article's person of that name, else a
    person added with a mention at the span (placed by the article's reading). None otherwise."""
    if not text or start is None or end is None:
        return None
    words = [w for w in text.split() if w.lower() not in ("the", "its", "his", "her", "their", "a", "an")]
    if len(words) != 1 or not words[0].islower() or _fold(words[0]) not in _title_heads():
        return None
    span = expanded_span(doc, start, end)
    if span is None:
        return None
    node = span.root
    for _depth in range(4):
        for appos in (c for c in node.children if c.dep_ == "appos" and c.i > node.i):
            first = appos.left_edge
            name = doc[first.i:appos.i + 1]
            if first.i == 0 or doc[first.i - 1].text != "," or not 2 <= len(name) <= 4 \
                    or any(t.pos_ != "PROPN" or not _name_word(t.text) or t.ent_type_ not in ("", "PERSON")
                           for t in name) \
                    or any(c.i > appos.i and c.dep_ not in ("punct", "cc", "conj") for c in appos.children):
                continue
            full = name.text
            person = _article_person(doc, full)
            if person is not None:
                return person, coder.for_key(person)
            # placed as the bare title was (context_states: only the one state its own clause
            # names), in the sector the title gives (Phoenix agents)
            placed = context_state(doc, releasing_state(coder.outlet), start, end, None, focus=False)
            sector = agent_sector(words[0])
            code = ActorCode(placed[0], sector.sector if sector is not None else None,
                             f"the holder of the title '{words[0]}': {placed[1]}") if placed else None
            return _added_person(doc, coder, full, code, start, end)
        of = next((c for c in node.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is None or obj.pos_ != "NOUN":
            return None
        node = obj
    return None


# a singular definite (or bare) description: up to two lowercase modifiers before its head noun
_GOVERNMENT_DESCRIPTION = re.compile(r"^(?:(?:[Tt]he|[Tt]his|[Tt]hat)\s+)?((?:[a-z]+\s+){0,2})([A-Za-z]+)$")


def _government_description(text: Optional[str]) -> bool:
    """Whether an actor phrase is a singular description of a state's government ("the regime",
    "the military regime", "the Administration", "the government": its head one of
    entity_descriptions.yaml ``governing``), with no name of its own and no owner ("my
    Administration" is the speaker's)."""
    from newsgraph.nlp.descriptions import description_lexicon

    match = _GOVERNMENT_DESCRIPTION.match(" ".join((text or "").split()))
    return bool(match) and match.group(2).lower() in description_lexicon().governing \
        and (match.group(2).islower() or match.group(2).istitle())


_PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}


def _title_antecedent(doc, text: Optional[str], start: Optional[int],
                      end: Optional[int]) -> Optional[tuple[int, int, str]]:
    """(start, end, text) of the title phrase a subject "he"/"she" that coref left unresolved
    stands for: the nearest earlier subject or possessor of its own sentence, when that is a
    singular definite title no person is named in ("the President's opinion that he believes";
    "the minister" + a head of ``roles.title_lexicon``). None where a person's name or another
    person pronoun comes between, or the nearest subject or possessor is anything else (recency,
    as coref reads he/she)."""
    from newsgraph.nlp.roles import title_lexicon

    if not text or text.strip().lower() not in ("he", "she") or start is None:
        return None
    span = expanded_span(doc, start, end) if end is not None else None
    if span is None or span.root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    pronoun = span.root
    heads = title_lexicon().heads
    for token in reversed(doc[pronoun.sent.start:pronoun.i]):
        if token.ent_type_ == "PERSON" or token.lower_ in _PERSON_PRONOUNS:
            return None
        if token.dep_ not in ("nsubj", "nsubjpass", "poss") or token.pos_ not in ("NOUN", "PROPN"):
            continue
        first = token.left_edge
        if token.lower_ not in heads or token.tag_ not in ("NN", "NNP") or first.lower_ != "the" \
                or any(t.ent_type_ == "PERSON" for t in doc[first.i:token.i + 1]):
            return None
        return first.idx, token.idx + len(token.text), doc_text(doc)[first.idx:token.idx + len(token.text)]
    return None


def _title_before_code(doc, coder: "ActorCoder", start: int) -> Optional[ActorCode]:
    """The code the capitalised title words right before a name give ("Colombian President Duque"
    -> COL GOV), read as any actor phrase is (``ActorCoder.for_text``); None with no title there."""
    span = expanded_span(doc, start, start) if start is not None else None
    at = span.start if span is not None else None
    if at is None:
        return None
    first = at
    while first > max(0, at - 4) and doc[first - 1].text[:1].isupper() and doc[first - 1].is_alpha:
        first -= 1
    if first == at or _fold(doc[at - 1].text) not in _title_heads():
        return None
    code = coder.for_text(doc[first:at].text)
    return code if code is not None and (code.acts_for or code.sector) else None


# the head of state's title used alone, capitalised, as a name ("the President")
_BARE_PRESIDENT = re.compile(r"^(?:[Tt]he\s+)?President$")


def _foreign_president_title(doc, coder: "ActorCoder", key: str, text: Optional[str], start: Optional[int]) -> bool:
    """Whether ``key`` is a foreign person coref gave a bare capitalised "the President" in the own
    release of a state's institution, outside quotes ("... consequences on President Putin ...
    Finally, the President issued a proclamation to raise tariffs" in a State Department release).
    A government's own release names its own head of state so, capitalised and alone (U.S. GPO
    Style Manual 3.12: "the President" is the President of the United States; other heads of
    state take their name or "of <State>"), so the slot is the publisher's office, not the
    foreign president named last (``_own_title`` and ``_key_title_holders`` then place it)."""
    if not key.startswith("person:") or not _BARE_PRESIDENT.match(" ".join((text or "").split())):
        return False
    state = releasing_state(coder.outlet)
    if not state or _inside_statement(doc, start) is not None:
        return False
    code = coder.for_key(key)
    return code is not None and bool(code.acts_for) and code.acts_for != state


def _not_holders_prep(word: str) -> bool:
    """Whether the lower-case ``word`` puts a place in a title other than as its holder's state:
    where or to whom the office is held ("Ambassador *to* the Republic of Korea";
    linking_words.yaml ``office_place_preps``) or its topic ("Envoy *for* the Republic of Yemen";
    actor_heads.yaml ``name_topic_preps``, ``topic_prep``)."""
    return word in LINKING_WORDS.office_place_preps or topic_prep(word)


def _item_closing_state(doc, token) -> Optional[str]:
    """Alpha-3 of the country an "of <country>" closing the list item ``token`` heads names
    ("Minister of the Environment ... Gustavo Manrique Miranda of Ecuador"), as a closing bracket
    does (``_item_bracket_state``); an item with a clause in it places no one. None otherwise."""
    last = _item_last(doc, token)
    item = doc[token.i:last.i + 1]
    if any(t.pos_ in ("VERB", "AUX") or t.text in "()" for t in item):
        return None
    of = next((t for t in reversed(item) if t.lower_ == "of"), None)
    if of is None or of.i <= token.i or any(_not_holders_prep(t.lower_) for t in doc[token.i:of.i]):
        return None  # "Ambassador to the Republic of Korea": the state the office is to, not its holder's
    country = lookup_country(doc[of.i + 1:last.i + 1].text)
    return country.alpha3 if country is not None else None


def _title_placed_in_item(doc, text: Optional[str], start: Optional[int], end: Optional[int]) -> Optional[ActorCode]:
    """The state a bare capitalised title's own list item names for its holder, where the NER
    missed the name after it: a bracketed state closing the item ("Minister of the Environment,
    Water, and Ecological Transition Gustavo Manrique Miranda (Ecuador)", ``_item_bracket_state``)
    or "of <country>" closing it (``_item_closing_state``). The sentence places the
    person, so the publisher's state is no default for the title (``_own_title``); sector from the
    title (Phoenix sector agents), GOV where it gives none. None otherwise."""
    if not text or start is None or end is None or not _BARE_INSTITUTION.match(text.strip()):
        return None
    span = expanded_span(doc, start, end)
    if span is None:
        return None
    found = agent_sector(text.strip())
    sector = found.sector if found is not None and found.sector else "GOV"
    bracketed = _item_bracket_state(doc, span.root)
    if bracketed is not None:
        return ActorCode(bracketed[0], sector, f"'{text.strip()}' of the item the bracket ({bracketed[1]}) closes")
    closing = _item_closing_state(doc, span.root)
    if closing is not None:
        return ActorCode(closing, sector, f"'{text.strip()}' of {closing}, as the end of its item names")
    return None


_LOOK_BACK_CHARS = 60  # how far before a slot ``_state_word_before`` reads for the word before it


def _state_word_before(doc, start: Optional[int]):
    """(word, country) of the word right before ``start``: the capitalised word, and the state
    ``lookup_country`` reads in it only where a line break (and nothing but blanks) separates it
    from the slot ("the Mexican\nGovernment": the line cut the state's name off the office).
    A word on the same line ("Jordan", "Georgia" as a name) places nothing. Reads a short window,
    not the whole text before (linking 0.3.361). (None, None) with no capitalised word."""
    if start is None or start <= 0:
        return None, None
    window = doc_text(doc)[max(0, start - _LOOK_BACK_CHARS):start]
    if not window.strip():
        return None, None
    word = window.rsplit(None, 1)[-1] if not window[-1:].isspace() else window.split()[-1]
    if not word[:1].isupper():
        return None, None
    gap = window[window.rindex(word) + len(word):]
    country = lookup_country(word) if "\n" in gap else None
    return word, country


def _capital_of_position(doc, match: re.Match, start: Optional[int]) -> bool:
    """Whether the one capitalised word ``_BARE_INSTITUTION`` matched at character ``start`` owes
    its capital to opening the sentence, not to naming an office: a common noun with no "the"
    before it that starts its sentence ("Soldiers burned villages", "Police arrested dozens",
    "Troops shelled the town"). English capitalises every sentence's first word, so the capital
    says nothing of a name; such a bare noun is people of a kind, whom the sentence or article
    places, not the publisher's institution ("the Administration", "the President" keep their
    article and are still read as titles). Since linking 0.3.680."""
    if start is None or re.match(r"[Tt]he\s", match.group(0)):
        return False
    span = expanded_span(doc, start, start + len(match.group(1)))
    if span is None or len(span) != 1:
        return False
    token = span[0]
    return token.is_sent_start and token.pos_ == "NOUN"


def _own_title(doc, coder: "ActorCoder", text: Optional[str], start: Optional[int]) -> Optional[ActorCode]:
    """"the President", "the Administration", "the Ambassador" with no one so titled before (coref
    found nobody): in the own release of an outlet that speaks for a state, outside quotes, a
    capitalised state office used as a name is that state's (Phoenix sector agents). Not an office
    that state does not have (actor_sectors.yaml ``offices_not_held``): "The Secretaries and
    Ministers discussed" in a U.S. release names the counterparts' ministers, not the publisher's."""
    match = _BARE_INSTITUTION.match((text or "").strip())
    outlet = coder.outlet
    if not match or not state_institution_code(outlet) \
            or _inside_statement(doc, start) is not None \
            or match.group(1).lower() in offices_not_held(outlet.acts_for) \
            or _capital_of_position(doc, match, start):
        return None
    found = agent_sector(match.group(1))
    if found is None or found.sector not in state_sectors():
        return None
    word, country = _state_word_before(doc, start)
    if country is not None:
        # "the Mexican\nGovernment": a line break cut the state's name off the office, whose own
        # state it is, not the publisher's
        return ActorCode(country.alpha3, found.sector, f"'{word} {text.strip()}' across a line break")
    return ActorCode(outlet.acts_for, found.sector, f"'{text.strip()}' in the release of {doc._.ng_outlet}",
                     publisher_default=True)


def _key_government_descriptions(doc, events) -> None:
    """Key each actor slot that describes a state's government ("the regime", "the military
    regime", "the Administration": ``_government_description``) and acts for one state but has no
    key as that state (``country:<ISO3>``): a state's government is the state's entity, as "the
    Cuban regime" (``_named_regime``) and the agentless act's "authorities" (``place_state_acts``)
    are keyed. The state is whatever placed the slot (its words, an antecedent, the clause, the
    article's focus or publisher)."""
    for event in events or []:
        for side in ("source", "target"):
            state = getattr(event, f"{side}_acts_for")
            if getattr(event, f"{side}_key") or not state or not _government_description(getattr(event, f"{side}_text")):
                continue
            start = getattr(event, f"{side}_start")
            word, country = _state_word_before(doc, start)
            if word is not None and word.lower() not in ("the", "this", "that"):
                # "the Mexican\nGovernment" cut by a line break: its own state's, not the publisher's
                if country is None:
                    continue
                state = country.alpha3
                setattr(event, f"{side}_acts_for", state)
            setattr(event, f"{side}_key", _country_key(doc, state))
            event.explanation = (event.explanation or "") + \
                f"; {side} '{getattr(event, f'{side}_text').strip()}' is the government of {state}: keyed as the state"


# a bare capitalised title as an actor slot ("The President", "the Foreign Minister")
_BARE_TITLE = re.compile(r"^(?:[Tt]he\s+)?((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)$")


def _key_title_holders(doc, events, statements=None) -> None:
    """Key each actor slot that is a bare title ("The President underscored his support ...") and
    acts for one state but has no key as the one person of the article the roles component gave
    that title (or a title it begins: "the Secretary" of "Secretary of State") and who acts for the
    same state (``_title_holder``): in "President Biden spoke with President Xi ... The President
    underscored" the U.S. release's President is Biden, as a reader takes a definite title to name
    its holder in the writer's state (coref leaves it open while two holders are named). None
    keyed where no such person, or more than one, is named. The slots: each event's source and
    target, and (since linking 0.3.460) each statement's speaker ("The President reiterated that
    U.S. policy on Taiwan has not changed": the same definite title, the same holder)."""
    slots = [(e, side) for e in events or [] for side in ("source", "target")] \
        + [(s, "speaker") for s in statements or []]
    for fact, side in slots:
        state, text = getattr(fact, f"{side}_acts_for"), getattr(fact, f"{side}_text")
        match = _BARE_TITLE.match(" ".join((text or "").split()))
        if getattr(fact, f"{side}_key") or not match:
            continue
        if not state:
            _key_stateless_title(doc, fact, side, match.group(1))
            continue
        key = _title_holder(doc, match.group(1).lower(), state)
        if key is None:
            continue
        setattr(fact, f"{side}_key", key)
        if hasattr(fact, "explanation"):
            fact.explanation = (fact.explanation or "") + \
                f"; {side} '{text.strip()}' is the one {match.group(1)} of {state} the article names: " \
                f"{doc._.ng_entities[key].name}"


def _key_stateless_title(doc, event, side: str, title: str) -> None:
    """Key an actor slot that is a bare capitalised title placed in no state ("The Assistant
    Secretary will also meet ...") as the one person of the article whose name that title, as
    written, premodifies (``_title_premodified_holders``: "Assistant Secretary of State for
    Educational and Cultural Affairs (ECA) Lee Satterfield will travel ..."), with that person's
    state and sector: a definite title repeated alone names the holder the text introduced by it.
    Nothing where the title heads no title (``roles.title_lexicon``) or is plural, where no one or
    several people are so introduced, or where the slot is the event's other actor."""
    if _fold(title.split()[-1]) not in _title_heads() or _plural_title(title):
        return  # (a plural, "Attorneys General", is several people, no one holder)
    holders = _title_premodified_holders(doc, title)
    # a statement's speaker has no other actor (a speaker who names himself is still himself)
    other = getattr(event, ("target" if side == "source" else "source") + "_key") \
        if side in ("source", "target") else None
    if len(holders) != 1 or next(iter(holders)) == other:
        return
    key = holders.pop()
    entity = doc._.ng_entities[key]
    setattr(event, f"{side}_key", key)
    if entity.acts_for:
        setattr(event, f"{side}_acts_for", entity.acts_for)
        setattr(event, f"{side}_sector", getattr(event, f"{side}_sector") or entity.sector)
    if hasattr(event, "explanation"):
        event.explanation = (event.explanation or "") + \
            f"; {side} '{title}' is the one person the article introduces by that title: {entity.name}"


# what may stand between a title's first words and the name it premodifies: the rest of the
# title (capitalised words, "of", "for", "and", "the", "on", a bracketed acronym), no comma or verb
_TITLE_TO_NAME = re.compile(r"^(?:[ \t\n]+(?:of|for|and|the|on|\([A-Z]{2,}\)|[A-Z][\w’'.\-]*)){0,14}[ \t\n]+$")


def _title_premodified_holders(doc, title: str) -> set[str]:
    """Keys of the people whose name (a ``name`` mention) the capitalised ``title`` premodifies in
    the article, the rest of a longer title between (``_TITLE_TO_NAME``): "Assistant Secretary of
    State for Educational and Cultural Affairs (ECA) Lee Satterfield" for "Assistant Secretary"."""
    text = doc_text(doc)
    names = sorted((m for m in doc._.ng_mentions or [] if m.type == "person" and m.kind == "name" and m.entity_key),
                   key=lambda m: m.start)
    found = set()
    for hit in _whole_word_matches(title, text):
        if hit.group(0) != title:
            continue  # the title as written, capitalised: "assistant secretary" in prose titles no one
        after = next((m for m in names if m.start >= hit.end()), None)
        if after is not None and _TITLE_TO_NAME.match(" " + text[hit.end():after.start]) \
                and not _gap_joins_another_title(text[hit.end():after.start]):
            found.add(after.entity_key)
    return found


def _plural_title(title: str) -> bool:
    """Whether a capitalised title names several holders: its head is plural ("Foreign
    Ministers"), or, in a postpositive title, its first word ("Attorneys General"). A plural word
    before the head ("The Press Secretary", "Foreign Affairs Minister") makes no plural title."""
    words = title.split()
    heads = _title_heads()
    if _fold(words[-1]) in heads and not words[-1].endswith("s"):
        # "Attorneys General": "general" heads the title's lexicon entry, the plural sits first
        return len(words) > 1 and words[0].endswith("s") and _fold(words[0])[:-1] in heads
    return words[-1].endswith("s")


def _gap_joins_another_title(gap: str) -> bool:
    """Whether the words between a title and a name join a second title by "and" ("Secretary and
    Kenyan President William Ruto"): the name is then the other title's holder, not the first's.
    "and" inside one title ("... for Educational and Cultural Affairs") joins no title head."""
    words = gap.split()
    if "and" not in words:
        return False
    return any(_fold(w) in _title_heads() for w in words[words.index("and") + 1:])


def _title_holder(doc, title: str, state: str) -> Optional[str]:
    """Key of the one person of the article the roles component gave ``title`` (lower case; or a
    title it begins: "secretary" of "Secretary of State") who acts for ``state``; None where no
    one or several do. Of several, those whose every such title stands in a sentence dated two
    years or more before the article (``_dated_before``: "the China of 50 years ago, when President
    Nixon broke ...") held it then: a title used alone names its holder at the time of writing,
    so the one other holder is meant ("The President also took part in the Quad summit": Biden)."""
    entities = doc._.ng_entities or {}
    held: dict[str, list[int]] = {}  # person key -> where the roles give the title
    for role in doc._.ng_roles or []:
        written = (role.title or "").lower()
        if (written == title or written.startswith(title + " ")) and role.person_key in entities \
                and entities[role.person_key].acts_for == state:
            held.setdefault(role.person_key, []).append(role.start)
    if len(held) > 1:
        held = {key: at for key, at in held.items() if not all(_dated_before(doc, a) for a in at)}
    return next(iter(held)) if len(held) == 1 else None


def _dated_before(doc, offset: int, years: int = 2) -> bool:
    """Whether the sentence at character ``offset`` holds a time expression (``doc._.ng_timexes``)
    whose year is ``years`` or more before the article's reference date ("50 years ago" in a 2022
    release: 1972)."""
    reference = doc._.ng_reference_date
    span = expanded_span(doc, offset, offset + 1) if reference is not None else None
    if span is None or not len(span):
        return False
    sent = span[0].sent
    for timex in doc._.ng_timexes or []:
        value = timex.value or ""
        if sent.start_char <= timex.start < sent.end_char and value[:4].isdigit() \
                and int(value[:4]) <= reference.year - years:
            return True
    return False


def _key_state_titles(doc, events, statements=None) -> None:
    """An actor slot (an event's source or target, a statement's speaker) that is one title its
    state premodifies ("the American president", "Ukraine's prime minister", "the first U.S.
    president") and is keyed as that state (the demonym was the only mention in it:
    ``entity_key_for_span``) names a person of the state, not the state: it keeps the state as
    ``acts_for`` (sector GOV where none) and is keyed as the person the text names, else left
    unkeyed. The person: for a title of a past holder (``time_description_words``: "the first
    U.S. president to visit") the one the clause says it is (``_copular_subject``: "President
    Nixon broke ... to become the first U.S. president"), else the one holder of that title of
    the state (``_title_holder``)."""
    from newsgraph.nlp.roles import title_lexicon

    lex = title_lexicon()
    described_words = LINKING_WORDS.time_description_words
    slots = [(e, side) for e in events or [] for side in ("source", "target")] \
        + [(s, "speaker") for s in statements or []]
    for fact, side in slots:
        key, start, end = (getattr(fact, f"{side}_{f}") for f in ("key", "start", "end"))
        parts = _state_title_parts(doc, key, start, end, lex, described_words)
        if parts is None:
            continue
        title, described = parts
        state = key.split(":", 1)[1]
        person = _role_here(doc, title, start, end) \
            or (_copular_subject(doc, start, end) if described else _title_holder(doc, title, state))
        setattr(fact, f"{side}_key", person)
        setattr(fact, f"{side}_acts_for", state)
        setattr(fact, f"{side}_sector", getattr(fact, f"{side}_sector") or "GOV")
        if hasattr(fact, "explanation"):
            text = " ".join(doc_text(doc)[start:end].split())
            named = f"the person the text names: {doc._.ng_entities[person].name}" if person \
                else "no holder named, unkeyed"
            fact.explanation = (fact.explanation or "") + \
                f"; {side} '{text}' is a {title} of {state}, not the state: {named}"


def _state_title_parts(doc, key: Optional[str], start: Optional[int], end: Optional[int], lex,
                       described_words: frozenset[str]) -> Optional[tuple[str, bool]]:
    """(title, described) of a slot keyed ``country:<ISO3>`` whose span is one singular title of
    that state: "[the|a|an] [time word] <the state's demonym, name's or short form> [modifiers]
    <title head>" ("the first U.S. president" -> ("president", True); "Ukraine’s prime minister"
    -> ("prime minister", False)), or "<title> of [the] <the state>['s <modifiers>]" ("leader of
    Cuba’s military" -> ("leader", False)); words from ``roles.title_lexicon`` and
    ``time_description_words``. None otherwise."""
    if not key or not key.startswith("country:") or start is None or end is None:
        return None
    text = doc_text(doc)
    states = [m for m in doc._.ng_mentions or [] if m.entity_key == key and start <= m.start and m.end <= end]
    if len(states) != 1:
        return None
    before = text[start:states[0].start].split()
    after = re.sub(r"^[’']s\b", "", text[states[0].end:end]).split()
    if any(not w.isalpha() for w in before + after):
        return None
    lower = [w.lower() for w in before]
    of = lower.index("of") if "of" in lower else None
    if of is not None and set(lower[of + 1:]) <= {"the"} \
            and all(w.lower() in lex.domains | lex.modifiers for w in after):
        written, opening = before[:of], []  # "leader of Cuba’s military": the title heads the phrase
        while written and written[0].lower() in ("the", "a", "an"):
            written = written[1:]
    else:
        written, opening = after, lower
    if not written or any(w not in described_words | {"the", "a", "an"} for w in opening):
        return None
    title = [w.lower() for w in written if w.lower() not in described_words]
    if not title or title[-1] not in lex.heads or any(w not in lex.heads | lex.modifiers for w in title):
        return None
    # a time word before the state is never part of the title ("Former Namibia's President"); one
    # among the title's words only in lower case ("First Deputy Prime Minister" is an office)
    described = any(w in described_words for w in opening) \
        or any(w.islower() and w in described_words for w in written)
    return " ".join(title), described


def _role_here(doc, title: str, start: int, end: int) -> Optional[str]:
    """Key of the one person the roles component gave a title of head ``title``'s (lower case) at
    a role evidence overlapping [start, end): the slot's own title phrase, read as that person's
    ("Former Namibia's President, Sam Nujoma": the appositive names the holder). None otherwise."""
    head = title.split()[-1]
    found = {r.person_key for r in doc._.ng_roles or [] if r.start < end and start < r.end
             and (r.title or "").lower().split()[-1:] == [head]}
    return found.pop() if len(found) == 1 and next(iter(found)) in (doc._.ng_entities or {}) else None


def _copular_subject(doc, start: int, end: int) -> Optional[str]:
    """Key of the person a predicate noun phrase at [start, end) is said to be: the subject of its
    "be"/"become" ("President Nixon broke decades of strained relations to become the first U.S.
    president": an infinitive of purpose takes its controlling clause's subject). None where that
    subject is no person's mention."""
    span = expanded_span(doc, start, end)
    if span is None or span.root.dep_ != "attr" or span.root.head.lemma_ not in ("be", "become"):
        return None
    verb = span.root.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ in ("xcomp", "advcl"):
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    found = [m for m in doc._.ng_mentions or [] if m.type == "person" and m.entity_key
             and m.start <= subject.idx < m.end]
    return found[0].entity_key if found else None


# the entity types a sole office is "of" that are no person and no state: a state's leader is
# keyed by the state-title rules (``_key_state_titles``), a body's by ``_key_body_officers``
_OFFICE_BODY_TYPES = frozenset({"organization", "group"})
# the words that make a singular noun phrase definite (English: "the leader of X", "X's leader"
# presuppose the one holder of the office; "a leader of X" is one of several, an indefinite)
_DEFINITE = frozenset({"the", "its", "their", "his", "her"})


def _title_words(text: Optional[str]) -> str:
    """A title's words folded, hyphens read as spaces and a leading determiner dropped ("the
    Director-General" -> "director general", "co-founder" -> "co founder")."""
    words = [_fold(w) for w in re.split(r"[\s\-\u2010-\u2015]+", text or "")]
    words = [w for w in words if w]
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def _body_office_slot(doc, key: Optional[str], start: Optional[int], end: Optional[int]):
    """(head token, keyed mentions inside) of an actor slot at characters ``start``-``end`` keyed to
    ``key``, an organisation or group (``_OFFICE_BODY_TYPES``), whose phrase has a singular head,
    else None: where ``_office_of_body`` and ``_key_named_office_holders`` both start."""
    from newsgraph.nlp.actor_heads import phrase_head

    entity = (doc._.ng_entities or {}).get(key) if key else None
    if entity is None or entity.type not in _OFFICE_BODY_TYPES or start is None or end is None:
        return None
    span = expanded_span(doc, start, end)
    if span is None or not len(span):
        return None
    root = phrase_head(span)
    if root.tag_ in ("NNS", "NNPS"):
        return None
    return root, [m for m in doc._.ng_mentions or [] if m.entity_key and start <= m.start and m.end <= end]


def _office_of_body(doc, key: Optional[str], start: Optional[int], end: Optional[int]):
    """(head token, title words) of an actor span that is the head of one body's office,
    definite and singular ("the leader of al-Shabaab", "the group's founder", "the ISIS
    commander", "the Secretary General of the OAS": its title, the head noun with the words
    before it save the determiner and the owner, is one of ``body_head_titles`` of
    linking_words.yaml, owned by an "of" phrase, a possessor or a compound naming the body
    ``key``, an organisation or group), else None. English grammar: the head noun names the
    referent, a person holding the office; the body only says whose office it is. None where a
    name covers the head (a named unit), for a plural or indefinite head, for a premodified title
    ("the deputy leader", "the former leader": another office) or any other title noun ("the
    spokesman", "the lawyer": one of many), or where the span names a person too ("al-Shabaab
    leader Ahmed Diriye")."""
    found = _body_office_slot(doc, key, start, end)
    if found is None:
        return None
    root, mentions = found
    entities = doc._.ng_entities or {}
    if any(m.start <= root.idx < m.end for m in mentions) \
            or any(entities.get(m.entity_key) is not None and entities[m.entity_key].type == "person"
                   for m in mentions):
        return None
    owners = [t for t in root.subtree if t.i != root.i and start <= t.idx < end
              and any(m.entity_key == key and m.start <= t.idx < m.end for m in mentions)]
    if not owners:
        return None
    # definite: "the" or a possessive pronoun on the head, or the body as its possessor ("Hamas's leader")
    definite = any(c.dep_ in ("det", "poss") and (c.lower_ in _DEFINITE or c.i in {o.i for o in owners})
                   for c in root.children)
    if not definite:
        return None
    # the title: the head and the words before it, save the determiner, the possessor and the owner
    # ("the deputy leader" is "deputy leader", "the ISIS commander" "commander")
    left_out = {o.i for o in owners} | {t.i for c in root.children if c.dep_ in ("det", "poss", "predet")
                                        for t in c.subtree}
    title = _title_words(" ".join(t.text for t in doc[root.left_edge.i:root.i + 1]
                                  if t.i not in left_out and start <= t.idx < end))
    if title.replace(" ", "-") not in LINKING_WORDS.body_head_titles:   # the lexicon hyphenates its multi-word titles
        return None
    # the body is the head's own: its possessor or compound, or its "of" object (not a later adjunct's)
    owned = any(o.head.i == root.i and o.dep_ in ("poss", "compound", "nmod") or _of_object_of(root, o)
                for o in owners)
    return (root, title) if owned else None


def _key_named_office_holders(doc, events) -> None:
    """Key an actor slot keyed to an organisation or group whose span is a title + "of" + that body
    + the holder's name with no punctuation between ("Secretary General of the Organization of
    American States Luis Almagro", English pre-name title: one referent, the person) as that
    person: the name's mention closes the span, right after the body's mention, and the span's
    head is a singular title head (``roles.title_lexicon``). The largest-overlap keying would give
    the body, whose name is the longer; the body only says whose office it is. The slot's state
    and sector stay (CAMEO codes the holder by the body they act for). Since linking 0.3.872."""
    entities = doc._.ng_entities or {}
    text = doc_text(doc)
    for event in events or []:
        for side in ("source", "target"):
            key = getattr(event, f"{side}_key")
            start, end = getattr(event, f"{side}_start"), getattr(event, f"{side}_end")
            found = _body_office_slot(doc, key, start, end)
            if found is None or _fold(found[0].text) not in _title_heads():
                continue
            root, inside = found
            people = [m for m in inside if entities.get(m.entity_key) is not None
                      and entities[m.entity_key].type == "person"]
            bodies = [m for m in inside if m.entity_key == key]
            if len({m.entity_key for m in people}) != 1 or not bodies:
                continue
            holder = max(people, key=lambda m: m.end)
            body_end = max(m.end for m in bodies)
            if text[holder.end:end].strip() or body_end > holder.start or text[body_end:holder.start].strip() \
                    or root.idx >= holder.start:
                continue  # (a comma or other words between: not the pre-name title)
            setattr(event, f"{side}_key", holder.entity_key)
            event.explanation = (event.explanation or "") + \
                f"; {side} '{' '.join((getattr(event, f'{side}_text') or '').split())}' is the person the " \
                f"title of {key} introduces: {entities[holder.entity_key].name}"


def _of_object_of(root, token) -> bool:
    """Whether ``token`` lies in the object of an "of" phrase on ``root`` ("the leader of the
    Islamic State": "Islamic" under "State", the object of "of")."""
    for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if token.i in {t.i for t in obj.subtree}:
                return True
    return False


def _key_body_officers(doc, events) -> None:
    """Key an actor slot that is the head of a non-state body's office (``_office_of_body``: "the
    leader of al-Shabaab", "the group's founder") and was keyed to that body as the one person
    the article names in exactly that office of that body (``doc._.ng_roles``: "Ahmed Diriye, the
    leader of al-Shabaab"; a role "deputy leader" or "former leader" is another office): the
    office holder is a person, not the body (CAMEO still codes the holder by the body they act
    for, so the slot's state and sector stay). Where no one or several are named the slot keeps
    the body's key, as before; a state's organ (a slot acting for a state in a state sector: "the
    spokesman of the Russian Foreign Ministry") is left as it was. Since linking 0.3.871;
    narrowed in 0.3.873."""
    entities = doc._.ng_entities or {}
    for event in events or []:
        for side in ("source", "target"):
            key = getattr(event, f"{side}_key")
            if getattr(event, f"{side}_acts_for") and getattr(event, f"{side}_sector") in state_sectors():
                continue
            found = _office_of_body(doc, key, getattr(event, f"{side}_start"), getattr(event, f"{side}_end"))
            if found is None:
                continue
            _root, title = found
            holders = {r.person_key for r in doc._.ng_roles or []
                       if r.of_key == key and r.person_key in entities
                       and entities[r.person_key].type == "person" and _title_words(r.title) == title}
            if len(holders) != 1:
                continue
            holder = holders.pop()
            text = " ".join((getattr(event, f"{side}_text") or "").split())
            setattr(event, f"{side}_key", holder)
            event.explanation = (event.explanation or "") + \
                f"; {side} '{text}' is the one {title} of {key} the article names: {entities[holder].name}"
