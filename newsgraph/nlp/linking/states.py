"""The state and sector an actor slot acts for (``_resolve_actor``), read from its key,
words, titles, speakers, antecedents and bodies, with what that reading calls back into it: the
voice of a pronoun of direct speech, the "them" of the sentence before and the owner of a body of
staff. Builds on every module from ``lexicon`` to ``bodies``."""

from __future__ import annotations

import re
from typing import Optional

from newsgraph.nlp.actor_heads import (capitalised_allies_bodies, named_members, own_government_antecedent,
                                       own_government_phrase, partitive_antecedent, possessed_state_government,
                                       state_set_noun, state_set_sector)
from newsgraph.nlp.compound_members import member_code
from newsgraph.nlp.demonym_people import apposed_nationality, demonym_people, placed_people
from newsgraph.nlp.entities import is_regional_body, org_keywords
from newsgraph.nlp.folding import fold_phrase as _fold
from newsgraph.nlp.doc_cache import doc_ents, doc_text, expanded_span
from newsgraph.nlp.place_actors import facility_state, place_state, state_set_head
from newsgraph.nlp.turns import PRESS, label_role
from newsgraph.nlp.types import EntityRecord
from newsgraph.nlp.voice import possessed_actor, vocative_addressee, voice_lexicon
from newsgraph.resolve.actors import ActorCode, agent_match, agent_sector, owned_agent_sector, state_institution_code
from newsgraph.resolve.countries import lookup_country

from newsgraph.nlp.linking.lexicon import (MEMBERS_REASON, _EXECUTIVE_OFFICE, _INTERNATIONAL_WORDS, _POPULATION_NOUNS,
                                           _STAFF_NOUNS)
from newsgraph.nlp.linking.names import (_add_mention, _added_person, _bare_institution, _company_named, _country_key,
                                         _designated_name, _inside_statement, _introduced_name,
                                         _is_first_person_plural, _key_for_span, _listed_name, _named_regime,
                                         _person_by_surname, _person_pronoun, _person_taken_for_place,
                                         _place_named_body, _place_taken_for_person, _voice_key)
from newsgraph.nlp.linking.titles import (_appositive_title_holder, _foreign_president_title, _name_after_title,
                                          _own_title, _state_titled_name, _title_antecedent, _title_before_code,
                                          _title_placed_in_item, _titled_holder, _titled_name)
from newsgraph.nlp.linking.speakers import (_asked_official, _joint_issuers, _publisher_official, _speaking_person,
                                            _turn_label_added, _turn_label_person, _turn_speaker)
from newsgraph.nlp.linking.coder import ActorCoder, _displaced_those, _placed_keeping_sector
from newsgraph.nlp.linking.antecedents import (_coordinated_persons, _definite_plural_antecedent,
                                               _repeated_person_antecedent,
                                               _delegation_complement, _forces_antecedent, _from_phrase_origin,
                                               _group_antecedent, _plural_antecedent)
from newsgraph.nlp.linking.bodies import (_affiliated_group_head, _body_owned_head, _state_agents_head, _named_persons_relatives, _owner_of_its, _people_key,
                                          _placed_body_state, _placed_head, _placed_set, _possessor_state,
                                          _relatives_of_placed_owner)


# "those who bravely speak out", "those whom the regime jailed": people a headless relative with a
# personal relative pronoun describes (events._people_clause; people in flight are read first)
_DESCRIBED_THOSE = re.compile(r"^those\s+(?:who|whom|whose)\b", re.IGNORECASE)
DESCRIBED_THOSE_REASON = "people a headless relative describes ('those who V'): a vague group, no key"


def _name_before_legal_form(doc, text: Optional[str], start: Optional[int],
                            end: Optional[int]) -> Optional[tuple[str, int, int]]:
    """(name, start, end) of the company whose name an actor span that is a legal form alone
    ("LLC" of "Transmorflot LLC") closes: the capitalised proper nouns right before it in its
    noun phrase (compounds of the form); None otherwise."""
    from newsgraph.nlp.entities import is_legal_form

    if not text or start is None or end is None or not is_legal_form(text):
        return None
    span = expanded_span(doc, start, end)
    if span is None:
        return None
    first = span.start
    while first > span.sent.start and doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper() \
            and doc[first - 1].head.i >= span.start and doc[first - 1].head.i < span.end:
        first -= 1
    if first == span.start:
        return None
    return doc_text(doc)[doc[first].idx:end], doc[first].idx, end


def _organisation_by_alias(doc, text: Optional[str], start: Optional[int], end: Optional[int]) -> Optional[str]:
    """The key of the one organisation of the article whose acronym or short name (an alias:
    "Office of Foreign Assets Control (OFAC)") is the whole of an actor the NER tagged nowhere
    ("OFAC is designating ..." opening a later sentence), with a name mention added at the span;
    None when no organisation, or more than one, has that alias (or name)."""
    if not text or start is None or end is None:
        return None
    from newsgraph.nlp.entities import _is_english_word_form, is_legal_form

    bare = re.sub(r"^(?:the|The)\s+", "", " ".join(text.split()))
    folded = _fold(bare)
    if not folded or not bare[:1].isupper() or is_legal_form(bare) or bare in org_keywords():
        return None  # "LLC" of "Transmorflot LLC" cut off by the NER, "Department": no one body's name
    found = {key for key, entity in (doc._.ng_entities or {}).items() if entity.type == "organization"
             and folded in {_fold(n) for n in (entity.name, *entity.aliases)}}
    if not found and " " not in folded and not _is_english_word_form(folded):
        # "Triliance Petrochemical Co. Ltd. ... Triliance was designated": a name's own first
        # word, no English word, is the short name news copy uses after the full one
        found = {key for key, entity in (doc._.ng_entities or {}).items() if entity.type == "organization"
                 and any(_fold(n).split()[0] == folded and len(_fold(n).split()) > 1
                         for n in (entity.name, *entity.aliases) if _fold(n).split())}
    if len(found) != 1:
        return None
    key = next(iter(found))
    _add_mention(doc, start, end, text, "organization", key, "name")
    return key


def _capital_as_actor(entity: Optional[EntityRecord], text: Optional[str]):
    """The country (``resolve.countries.Country``) whose capital the place ``entity`` is, when
    the actor's words are that name alone (a leading "the" aside), else None ("residents of
    Xinjiang", "Reznikov in Warsaw": there the city only locates)."""
    if entity is None or entity.type != "place" or not text:
        return None
    words = text.split()
    if words[:1] and words[0].lower() == "the":
        words = words[1:]
    if _fold(" ".join(words)) != _fold(entity.name):
        return None
    country = lookup_country(entity.name)
    return country if country is not None and country.matched_as == "capital" else None


# a bare capitalised "Allies", "our Allies", "NATO Allies" (English capitalises it for the
# members of one alliance; lowercase "allies" are any state's friends)
_CAPITALISED_ALLIES = re.compile(r"^(?:(?:[Oo]ur|[Tt]he|NATO)\s+)?Allies$")


def _alliance_of_allies(doc, text: Optional[str], entity: Optional[EntityRecord]) -> Optional[str]:
    """Key of the alliance a capitalised "Allies" names in an article that names it
    (actor_heads.yaml ``capitalised_allies_bodies``: NATO), else None. Only a phrase with no
    entity of its own or one the NER made of the word itself ("Allies" tagged as an
    organisation, or the bare word tagged as a place: "support for Ukraine from Allies and
    partners", a GPE the word names no place of)."""
    if not text or not _CAPITALISED_ALLIES.match(" ".join(text.split())):
        return None
    if entity is not None and not (entity.name.split()[-1:] == ["Allies"]
                                   and (entity.type == "organization" or entity.name == "Allies")):
        return None
    names = capitalised_allies_bodies()
    for key, named in (doc._.ng_entities or {}).items():
        if named.type == "organization" and (named.name in names or any(a in names for a in named.aliases)):
            return key
    return None


# plural heads a regional or continental adjective makes a set of states or of their leaders
# ("our European allies", "Arab neighbors", "African leaders", "Asian partners"): those of
# actor_heads.yaml member_state_heads and the states' heads and neighbours
_REGIONAL_SET_HEADS = frozenset({"leaders", "neighbors", "neighbours"})


def _regional_set_head(doc, start: Optional[int], end: Optional[int]):
    """The plural head noun ("allies") a regional adjective or region name in the span modifies
    (entities.is_regional_body: lexicons/entity_regions.yaml ``regions``, ``adjectives``,
    ``body_openers``: "European", "Arab", "Latin American", "Gulf"), else None. A country's
    demonym ("Iranian officials") is that state's and a diaspora's ("Cuban American leaders")
    its people's: neither is a region."""
    if start is None or end is None or end <= start:
        return None
    span = expanded_span(doc, start, end)
    for token in span if span is not None else ():
        if token.dep_ not in ("amod", "compound") or token.pos_ not in ("ADJ", "PROPN"):
            continue
        head = token.head
        if head.i <= token.i or head.tag_ not in ("NNS", "NNPS") or any(doc[i].pos_ in ("VERB", "ADP", "PUNCT") for i in range(token.i + 1, head.i)):
            continue
        if not (state_set_noun(head.lower_) or head.lower_ in _REGIONAL_SET_HEADS):
            continue
        ent = next((e for e in doc_ents(doc) if e.start <= token.i < e.end and e.end <= head.i), None)
        modifier = ent.text if ent is not None else token.text
        if lookup_country(modifier) is not None or not is_regional_body(f"{modifier} {head.text}"):
            return None
        return head
    return None


def _widen_regional_sets(doc, event) -> None:
    """An actor span that is only the regional adjective of a set of states ("commend our
    European allies" -> "European") takes the noun it modifies: the actors are the allies."""
    text = doc_text(doc)
    for side in ("source", "target"):
        start, end = getattr(event, f"{side}_start"), getattr(event, f"{side}_end")
        head = _regional_set_head(doc, start, end)
        if head is None or head.idx < end:
            continue
        new_end = head.idx + len(head.text)
        setattr(event, f"{side}_end", new_end)
        setattr(event, f"{side}_text", text[start:new_end])
        setattr(event, f"{side}_key", None)


def _with_apposed_nationality(doc, code: Optional[ActorCode], start: Optional[int],
                              end: Optional[int]) -> Optional[ActorCode]:
    """``code``, or where it places the actor in no state, the nationality a demonym phrase in
    apposition to the name gives (``demonym_people.apposed_nationality``: "Peruvian ex-pat in
    Spain, Jomra criticizes ...": PER CVL), keeping a sector ``code`` has."""
    if code is not None and code.acts_for:
        return code
    return _placed_keeping_sector(code, apposed_nationality(doc, start, end))


def _body_adjective_code(doc, coder: ActorCoder, text: Optional[str]) -> Optional[tuple[Optional[str], ActorCode]]:
    """(key, code) of an actor slot that is only the adjective of a state body ("congressional"
    of "congressional approval", events ``_body_adjective_doer``; event_detection.yaml
    ``body_adjectives``): the body its noun names. An entity of the article named by that noun
    ("Congress") is it; else the noun's Phoenix sector (LEG) and, in a state institution's own
    release, the publishing state: a government's release names its own bodies bare, another
    state's with its name or demonym ("Ecuador's National Assembly"), as with "federal"
    (``coder._federal_of_publisher``). None for any other slot."""
    from newsgraph.nlp.events.lexicon import body_adjective_noun
    from newsgraph.resolve.actors import releasing_state

    words = (text or "").split()
    noun = body_adjective_noun(words[0]) if len(words) == 1 and words[0].islower() else None
    if noun is None:
        return None
    for key, entity in (doc._.ng_entities or {}).items():
        if (entity.name or "").lower() == noun:
            code = coder.for_key(key)
            if code is not None and code.acts_for:
                return key, code
    found = agent_sector(noun)
    sector = found.sector if found is not None else None
    own = releasing_state(coder.outlet)
    if own is not None:
        return None, ActorCode(own, sector, f"'{text}' names the {noun}, in the release of {doc._.ng_outlet}",
                               publisher_default=True)
    return None, ActorCode(None, sector, f"'{text}' names the {noun}")


# An armed service's own word for its members, which its style guide capitalises (U.S. Air Force:
# "Airman"/"Airmen"; U.S. Army: "Soldier"; U.S. Navy: "Sailor"; U.S. Marine Corps: "Marine";
# U.S. Space Force: "Guardian"), keyed by the words of the service's name or web host an outlet's
# name carries. In that service's own channel the capitalised word names its members.
_SERVICE_MEMBER_WORDS = (
    (re.compile(r"\bair\s+force\b|\baf\.mil\b", re.IGNORECASE), frozenset({"Airman", "Airmen"})),
    (re.compile(r"\barmy\b", re.IGNORECASE), frozenset({"Soldier", "Soldiers"})),
    (re.compile(r"\bnavy\b", re.IGNORECASE), frozenset({"Sailor", "Sailors"})),
    (re.compile(r"\bmarine\s+corps\b|\bmarines\.mil\b", re.IGNORECASE), frozenset({"Marine", "Marines"})),
    (re.compile(r"\bspace\s+force\b", re.IGNORECASE), frozenset({"Guardian", "Guardians"})),
)


def _own_service_members(doc, coder: ActorCoder, text: Optional[str], start: Optional[int],
                         end: Optional[int]) -> Optional[ActorCode]:
    """The publishing state's military (MIL) for an actor phrase that, in an armed service's own
    channel (the outlet is a state institution of sector MIL whose name is the service's:
    "U.S. Air Force"), ends in that service's capitalised word for its members
    (``_SERVICE_MEMBER_WORDS``: "the six Airmen") and names no state or nationality of its own
    ("Afghan Airmen" keeps Afghanistan): the service's style capitalises the word for its own
    members only. None otherwise (a news outlet's "Airmen", another service's word)."""
    outlet, name = coder.outlet, getattr(doc._, "ng_outlet", None) or ""
    if not text or start is None or end is None or not state_institution_code(outlet) or outlet.sector != "MIL":
        return None
    words = next((w for pattern, w in _SERVICE_MEMBER_WORDS if pattern.search(name)), None)
    span = expanded_span(doc, start, end)
    if words is None or span is None or not len(span) or span[-1].text not in words:
        return None
    # the word itself the NER may take for a place ("Airmen" tagged GPE): only the words before it count
    if any(t.ent_type_ in ("NORP", "GPE", "LOC") for t in span[:-1]) or getattr(coder.for_text(text), "acts_for", None):
        return None
    return ActorCode(outlet.acts_for, "MIL",
                     f"'{span[-1].text}': the service's own members in its own channel ({name}: {outlet.reason})")


def _listed_origin_people(doc, start: Optional[int], end: Optional[int]) -> Optional[ActorCode]:
    """The code of a state named in a list of the states a people noun of place gives as its
    people's ("praised the citizens of Guatemala, Honduras, and El Salvador", "nationals of Peru
    and Chile": events.subjects._listed_origin_states, which makes each state an actor of its
    own): the people of that state by allegiance, birth or residence (actor_heads
    place_people_word: citizens, nationals, residents), in their noun's sector (Phoenix CITIZEN
    ~CVL, else people_after_demonym: "nationals" CVL), keyed to no entity: they are the state's
    civilians, not its government, as "citizens of Guatemala" alone is (bodies
    ``_people_of_keyed_body``). None for any other actor, and for a listed state of a noun of a
    body's own people ("representatives from Argentina, Canada ...": the states' agents, coded as
    the states). Since linking 0.3.865."""
    from newsgraph.nlp.actor_heads import place_people_word
    from newsgraph.nlp.demonym_people import people_noun_sector
    from newsgraph.nlp.events.subjects import _listed_origin_states

    span = expanded_span(doc, start, end) if start is not None and end is not None else None
    if span is None or not len(span) or span.root.ent_type_ != "GPE":
        return None
    token = span.root
    first = token
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ != "pobj" or first.head.dep_ != "prep" or first.head.lower_ not in ("of", "from"):
        return None
    noun = first.head.head
    if not place_people_word(noun) or token.i not in {t.i for t in _listed_origin_states(noun)}:
        return None
    country = lookup_country(span.text)
    if country is None:
        return None
    own = agent_sector(noun.text)
    sector = own.sector if own is not None and own.sector else people_noun_sector(noun.lower_)
    return ActorCode(country.alpha3, sector,
                     f"'{noun.text}' of {country.alpha3} listed with other states: the state's people, not the state")


def _agent_words_beside_name(doc, text: Optional[str], start: Optional[int], end: Optional[int]) -> Optional[ActorCode]:
    """The sector the words of an actor phrase holding a state's name give (``agent_sector``:
    "Israeli troops" MIL), unless the agent words matched lie inside that name ("United Kingdom
    nationals": Phoenix's KINGDOM ~GOV is the state's own name, no noun of the phrase, whose head
    "nationals" says who acts: ``demonym_people`` then codes them as the state's people, as it
    does "Russian Federation nationals"). A proper name is a name, not the common noun its word
    also is. Since linking 0.3.865."""
    found = agent_match(text)
    if found is None:
        return None
    code, phrase = found
    span = expanded_span(doc, start, end) if start is not None and end is not None else None
    if span is not None:
        named = {t.lower_ for t in span if t.ent_type_ == "GPE"}
        if named and set(phrase.lower().split()) <= named:
            return None
    return code


def _resolve_actor(doc, coder: ActorCoder, key: Optional[str], text: Optional[str], start: Optional[int],
                   end: Optional[int]) -> tuple[Optional[str], Optional[ActorCode]]:
    """(entity key, code) of one actor slot, resolving what span and coref could not."""
    displaced = _displaced_those(text) if text else None
    if displaced is not None:
        # "those who have fled Venezuela": the people in flight, not the place their clause names
        return None, displaced
    if text and _DESCRIBED_THOSE.match(text.strip()):
        # "those who have been impacted by the flooding in Brazil": a vague group of people the
        # clause describes (events._people_clause), not the state, body or person its words name
        # ("those who support Hamas" are not Hamas): no key, no state
        return None, ActorCode(None, None, DESCRIBED_THOSE_REASON)
    listed = _listed_origin_people(doc, start, end)
    if listed is not None:
        # "praised the citizens of Guatemala, Honduras, and El Salvador": each state's people, not
        # its government (events.subjects._listed_origin_states made each state an actor)
        return None, listed
    service = _own_service_members(doc, coder, text, start, end)
    if service is not None:
        # "the six Airmen killed ..." on af.mil: the service's own members, of the publishing
        # state, before any antecedent or context reading of the bare plural
        return None, service
    body = _body_adjective_code(doc, coder, text)
    if body is not None:
        # "welcomed congressional approval of the Act": the body the adjective names
        return body
    member = member_code(doc, start, end)
    if member is not None:
        # "Mexican" of "the U.S. and Mexican governments": one state of a coordinated modifier,
        # in the sector its head noun gives (compound_members); a noun of people of no sector
        # ("the U.S. and Brazilian participants") is each state's people, not the state: no key
        # (since 0.3.440)
        return (_country_key(doc, member.acts_for) if member.sector else None), member
    regional = _regional_set_head(doc, start, end)
    if regional is not None and regional.idx < (end or 0):
        # "our European allies", "African leaders": several states (or their leaders) a region's
        # adjective only places, no one state and no group of people of that origin
        return None, ActorCode(None, "GOV", f"a set of states a regional adjective only places: '{text}'")
    relatives = _named_persons_relatives(doc, start, end)
    if relatives is not None:
        # "Austin Tice's parents are meeting with the President": the relatives act, not the
        # person they are named by (the NER's entity inside the span)
        return None, relatives
    relatives = _relatives_of_placed_owner(doc, coder, start, end)
    if relatives is not None:
        # "family members of Nicaraguan National Assembly representatives": the relatives, of
        # the state their owner's words place, not the body named inside the phrase
        return None, relatives
    owned = _body_owned_head(doc, coder, key, start, end)
    if owned is not None:
        # "the Ministry of Defense's shipping company", "Hizballah's business network": the head
        # noun is the actor, the named body only says whose it is
        return None, owned
    if key and _foreign_president_title(doc, coder, key, text, start):
        key = None  # "the President" in a U.S. release is the U.S. President, not the last one named
    entity = (doc._.ng_entities or {}).get(key) if key else None
    if entity is not None and entity.type == "organization" and entity.name in org_keywords():
        key = None  # "the Department" tagged as an organisation named "Department"
    alliance = _alliance_of_allies(doc, text, entity)
    if alliance is not None:
        # "brief Allies at NATO headquarters", "we invite partners and Allies": the alliance
        return alliance, coder.for_key(alliance)
    if entity is not None and _place_taken_for_person(doc, coder, key, entity):
        # "During his visit to Rzeszow, ... met with": a city the NER took for a person stands,
        # as an actor, for the one state the gazetteer places it in (as a place acted on does)
        from newsgraph.resolve.places import single_state

        state = single_state(entity.name)
        if state is None:
            return None, None
        return _country_key(doc, state), ActorCode(state, None, f"a place in {state}: {entity.name}")
    capital = _capital_as_actor(entity, text)
    if capital is not None:
        # "called upon Beijing to join", "will travel to Kyiv": a capital filling an actor slot is
        # metonymy for its state (Phoenix.Countries.actors lists each capital as a synonym of its
        # country); the event's location, not this slot, keeps the city
        found = _country_key(doc, capital.alpha3)
        code = coder.for_key(found)
        return found, ActorCode(capital.alpha3, code.sector if code else "GOV",
                                f"a capital named as an actor stands for its state: {entity.name}")
    if entity is not None and entity.type == "place" and entity.name.split() \
            and state_set_noun(entity.name.split()[-1]) and lookup_country(entity.name) is None:
        # "an overwhelming number of Member States expressed support", "support from Allies": a
        # capitalised plural for several states the NER took for a place is no place and no one state
        return None, None
    if _person_taken_for_place(doc, entity, start, end):
        # "Elena Petrovna Timchenko and Natalya Browning are each being designated", "Prigozhin's
        # wife Polina": a name the NER took for a place the gazetteer does not know is the person
        # its kinship noun or its coordinated people say it is
        return _added_person(doc, coder, entity.name, _title_before_code(doc, coder, start), start, end)
    if key and key.startswith("place:") and text and len(text.split()) == 1 and agent_sector(text) is not None:
        # "68,800 total force Airmen being deployed": a Phoenix sector agent the NER took for a
        # place is a group of that sector, not a place
        return None, agent_sector(text)
    if entity is not None and entity.type == "place":
        body = _place_named_body(doc, coder, entity)
        if body is not None:
            return body  # "Republic of Yemen Government", "United States Trade Representative" tagged as places
    set_head = state_set_head(doc, entity, start, end)
    if set_head is not None:
        # "the governments of South East Asia": several states the region only names, no place
        words = agent_sector(text)
        return None, ActorCode(None, words.sector if words else None,
                               f"a set of {set_head} that '{entity.name}' only names")
    named = named_members(doc, start, end, allow_one=not key)
    if named:
        # "the governments of Antigua and Barbuda and Guatemala": the plural's named members are
        # the actors; the first keys the slot (as the first of conjoined targets does)
        code = coder.for_key(named[0])
        if code is not None:
            code = ActorCode(code.acts_for, code.sector, f"{MEMBERS_REASON} '{text}' names; {code.reason}",
                             publisher_default=code.publisher_default)
        return named[0], code
    tied = _affiliated_group_head(doc, coder, key, start, end)
    if tied is not None:
        # "three organizations affiliated with Ivan Petrov", "Petrov's organizations": several
        # bodies tied to the named actor, not that actor (an unnamed group of its state)
        return None, tied
    titled = _titled_name(doc, coder, entity, start, end) or _state_titled_name(doc, coder, entity, start, end)
    if titled is not None:
        return titled  # "Brazilian Presidential Advisor Celso Amorim": the person, not an organisation or state
    placed = _placed_head(doc, coder, key, text, start, end) if key else None
    if placed is not None:
        return None, placed  # "three Nicaragua-based entities": the entities, placed in Nicaragua
    members = _placed_set(doc, coder, entity, text, start, end)
    if members is not None:
        return None, members  # "five Burmese individuals and five entities": a set, not Burma
    if key:
        code = coder.for_key(key)
        group = coder.group_key(key, code)
        if group is not None:
            # "We, the G7 Foreign Ministers of Canada, ...": the G7 the article names elsewhere
            return group, code
        words = _agent_words_beside_name(doc, text, start, end) if entity is not None and entity.type == "country" \
            else None
        if words is not None and not words.sector and _state_agents_head(doc, start, end) is not None:
            # "representatives of Costa Rica", "Costa Rican representatives": a noun of those who
            # act for a body (actor_heads.state_agent_word) that gives no sector alone is the
            # state's agents, as "officials of Mexico" and "Mexican officials" are (the state's
            # code; since linking 0.3.865, only such nouns since 0.3.867)
            words = None
        if code is not None and words is not None and text and _fold(text) != _fold(entity.name):
            # "Israeli troops": the state the demonym names, the sector the words give; "the Cuban
            # people": a state's people are no entity of the state (_people_key)
            return _people_key(key, words.sector), ActorCode(code.acts_for, words.sector, words.reason,
                                                             publisher_default=code.publisher_default)
        people = demonym_people(doc, start, end) if code is not None and words is None and entity is not None \
            and entity.type == "country" else None
        if people is not None and people.acts_for == code.acts_for:
            # "Cubans took to the streets", "Belarusian nationals": the state's people, not its
            # government (POLECAT/Phoenix code people by the state plus the noun's sector); the
            # people are not the state's entity either (_people_key)
            return _people_key(key, people.sector), ActorCode(code.acts_for, people.sector, people.reason, publisher_default=code.publisher_default)
        placed_people_code = placed_people(doc, start, end) if code is not None and words is None and people is None \
            and entity is not None and entity.type == "country" else None
        if placed_people_code is not None and placed_people_code.acts_for == code.acts_for:
            # "Russian hackers", "Ukrainian volunteers": people of the state by a person noun that
            # names no office; they act for the state but are not its entity (no key) nor a sector of it
            return None, ActorCode(code.acts_for, None, placed_people_code.reason,
                                   publisher_default=code.publisher_default)
        if code is not None and code.acts_for and not code.sector and entity is not None and entity.type == "organization":
            # "selected Russian banks" tagged as one organisation: the sector its head noun gives
            headed = demonym_people(doc, start, end)
            if headed is not None and headed.acts_for == code.acts_for:
                code = ActorCode(code.acts_for, headed.sector, f"{code.reason}; {headed.reason}",
                                 publisher_default=code.publisher_default)
            else:
                # "TDP soldiers", "the TDP (...) of the Cuban Ministry of Revolutionary Armed
                # Forces": a body whose own name gives its state but no sector takes the sector
                # the actor's words give (as the same words with no entity would)
                worded = coder.for_text(text)
                if worded is not None and worded.sector and worded.acts_for in (None, code.acts_for):
                    code = ActorCode(code.acts_for, worded.sector, f"{code.reason}; {worded.reason}",
                                     publisher_default=code.publisher_default)
        if code is not None and not code.acts_for and code.by_legal_form:
            # "PRC entity Zhengzhou Nanbei Instrument Equipment Co. Ltd": the state the actor's
            # words name places the company, which stays a business
            worded = coder.for_text(text)
            if worded is not None and worded.acts_for:
                code = ActorCode(worded.acts_for, code.sector, f"{worded.reason}; {code.reason}",
                                 publisher_default=worded.publisher_default)
        code = code or coder.for_text(text)
        if entity is not None and (entity.type == "person" or (entity.type == "organization"
                                                              and (code is None or not code.acts_for))):
            ruled = _named_regime(doc, text, start, end, coder)
            if ruled is not None:
                # "the Ortega-Murillo regime", "the Assad regime": the government, not the leader
                # whose name the NER took for a person; a state's government is the state's entity
                return _country_key(doc, ruled.acts_for), ruled
        code = _possessor_state(doc, coder, key, entity, code, start, end)
        if entity is not None and (code is None or not code.acts_for):
            # "Iran's attack on Erbil": a place acted on is coded by the state it lies in; a site
            # named by an organisation ("the Faktur-Druk printing house in Kharkiv") by its place's
            placed = place_state(doc, entity, start, end) or facility_state(doc, entity, start, end) \
                or _placed_body_state(doc, entity, code, start, end)
            if placed is not None:
                code = ActorCode(placed[0], code.sector if code is not None else None,
                                 f"a place in {placed[0]}: {placed[1]}")
        return key, code
    spoken = _speaker_voice(doc, coder, text, start, end)
    if spoken is not None:
        return spoken
    if _is_first_person_plural(text):
        quoted_by = _inside_statement(doc, start)
        if quoted_by is not None:  # "we" in a quote: the speaker's side
            code = coder.for_key(quoted_by.speaker_key)
            if state_institution_code(code):
                return _country_key(doc, code.acts_for, start, end, text), code
            return None, code
        joint = coder.joint_voice
        if joint is not None and start is not None and start >= joint[0]:
            # "We, the G7 Foreign Ministers of ...": the signatories speak, not the publisher
            return _voice_key(doc, joint, start, end, text), joint[2]
        turn = _turn_speaker(doc, start)
        if turn is not None:
            # "FOREIGN MINISTER KULEBA: ... we do appreciate the sanctions": a transcript turn's
            # "we" is its speaker's side; a journalist's turn ("QUESTION:") speaks for no state
            label, person = turn
            if person is None:
                if label_role(label) == PRESS:
                    return None, None
            else:
                code = coder.for_key(person)
                if state_institution_code(code):
                    return _country_key(doc, code.acts_for, start, end, text), code
                if code is not None and code.acts_for:
                    return None, code
        if state_institution_code(coder.outlet):
            outlet = ActorCode(coder.outlet.acts_for, coder.outlet.sector, f"the outlet's own voice ({coder.outlet.reason})")
            return _country_key(doc, outlet.acts_for, start, end, text), outlet
        return None, None
    antecedent = _group_antecedent(doc, text, start)
    if antecedent is not None:
        return _country_key(doc, antecedent.acts_for), antecedent
    forces = _forces_antecedent(doc, text, start, end)
    if forces is not None:
        # "Russia has amassed 150,000 troops ... these forces are preparing to launch an attack"
        return _country_key(doc, forces.acts_for), forces
    placed = _delegation_complement(doc, coder, text, start, end)
    if placed is not None:
        # "a delegation of senior officials from the United States led by Secretary Blinken"
        return None, placed
    if state_institution_code(coder.outlet) and own_government_antecedent(doc, text, start):
        # "with an interagency delegation ... The delegation met with ...": the publisher's own
        outlet = ActorCode(coder.outlet.acts_for, "GOV", f"the publisher's own agencies named before ({coder.outlet.reason})")
        return _country_key(doc, outlet.acts_for), outlet
    body = partitive_antecedent(doc, text, start)
    if body is not None:
        # "328 members of the Russian State Duma ... These members supported the Kremlin's ...":
        # the members act for the body the partitive named
        return body, coder.for_key(body)
    institution = _bare_institution(doc, text, coder.outlet)
    if institution is not None:
        found_key, code = institution
        return found_key, code or coder.for_key(found_key)
    person = _person_by_surname(doc, text) or _titled_holder(doc, start, end) or _turn_label_person(doc, text, start) \
        or _name_after_title(doc, text, start, end) or _turn_label_added(doc, coder, text, start, end)
    if person:
        return person, coder.for_key(person)
    holder = _appositive_title_holder(doc, coder, text, start, end)
    if holder is not None:
        return holder  # "the president of its board of directors, Ruy Delgado Lopez": the person
    placed = _title_placed_in_item(doc, text, start, end)
    if placed is not None:
        return None, placed
    own = _own_title(doc, coder, text, start)
    if own is not None:
        return None, own
    body = _introduced_name(doc, coder, text, start, end) or _company_named(doc, coder, text, start, end) \
        or _listed_name(doc, coder, text, start, end) or _designated_name(doc, coder, text, start, end)
    if body is not None:
        return body
    aliased = _organisation_by_alias(doc, text, start, end)
    if aliased is not None:
        return aliased, coder.for_key(aliased)
    whole = _name_before_legal_form(doc, text, start, end)
    if whole is not None:
        # "Transmorflot LLC, a Russian maritime shipping company": the actor span kept the form only
        return _company_named(doc, coder, *whole) or (None, None)
    if text and text.strip().lower() in ("they", "them"):
        antecedent = _plural_antecedent(doc, start, end)
        antecedent = _them_of_sentence_before(doc, coder, start, end, antecedent) or antecedent
        if antecedent is not None:
            key, code = _resolve_actor(doc, coder, _key_for_span(doc, *antecedent[:2]), antecedent[2], *antecedent[:2])
            if key or (code is not None and code.acts_for):
                return key, code
            owner = _staff_owner(doc, coder, *antecedent[:2])
            if owner is not None:
                return None, owner
            if code is not None and code.sector:
                # "Hundreds of protesters languish in jails because they criticized the regime":
                # "they" is the protesters, of their sector though of no state named here
                return None, ActorCode(None, code.sector, f"'{text}' = '{antecedent[2]}': {code.reason}")
    title = _title_antecedent(doc, text, start, end)
    if title is not None:
        # "the President's opinion that he believes ...": "he" is the President, no person named
        key, code = _resolve_actor(doc, coder, _key_for_span(doc, *title[:2]), title[2], *title[:2])
        if key or (code is not None and code.acts_for):
            return key, code
    governed = possessed_state_government(doc, start, end)
    if governed is not None:
        # "Ukrainians and their government", "Moldova and its government": that state's government
        code = coder.for_key(governed)
        if code is not None and code.acts_for:
            return governed, ActorCode(code.acts_for, "GOV", f"'{text}' = the government of {governed}",
                                       publisher_default=code.publisher_default)
    owned = _owner_of_its(doc, coder, text, start, end)
    if owned is not None:
        return owned  # "the IAEA and its Director-General": the IAEA's
    if state_institution_code(coder.outlet) and own_government_phrase(text) \
            and not getattr(coder.for_text(text), "acts_for", None):
        # "consulting with interagency partners" in a state institution's release: the
        # publishing government's own agencies (as "the Department" is)
        outlet = ActorCode(coder.outlet.acts_for, "GOV", f"the publisher's own agencies ({coder.outlet.reason})")
        return _country_key(doc, outlet.acts_for), outlet
    if text and state_institution_code(coder.outlet) and _EXECUTIVE_OFFICE.match(" ".join(text.split())) \
            and not _INTERNATIONAL_WORDS.search(text) and not _indefinite_before(doc, start):
        # "the Departments of the Treasury, State, and Homeland Security" the NER left untagged, in
        # a state institution's release: the publishing state's executive (as "the Department" is)
        outlet = ActorCode(coder.outlet.acts_for, "GOV", f"an executive office of the publisher ({coder.outlet.reason})")
        return _country_key(doc, outlet.acts_for), outlet
    code = coder.for_text(text)
    if code is None or not code.acts_for:
        origin = _from_phrase_origin(doc, text, start, end, code)
        if origin is not None:
            return None, origin  # "welcome the foreign minister from Armenia": a person of that state
        person = _repeated_person_antecedent(doc, text, start, end)
        if person is not None:
            # "promoted the commanding officer of the 64th Brigade and praised this officer's
            # leadership": the officer named before, keyed and placed as that phrase is
            key, found = _resolve_actor(doc, coder, _key_for_span(doc, *person[:2]), person[2], *person[:2])
            if key or (found is not None and found.acts_for):
                reason = f"'{text.strip()}' = '{person[2]}' named before"
                return key, (ActorCode(found.acts_for, found.sector or (code.sector if code else None),
                                       f"{reason}: {found.reason}", publisher_default=found.publisher_default)
                             if found is not None else ActorCode(None, code.sector if code else None, reason))
        repeated = _definite_plural_antecedent(doc, text, start, end)
        if repeated is not None:
            # "the Yemeni parties ... The parties must work with ...": the group named before, of its state
            return None, _placed_keeping_sector(code, repeated)
        ruled = _named_regime(doc, text, start, end, coder)
        if ruled is not None:
            return _country_key(doc, ruled.acts_for), ruled  # a state's government is the state's entity
    if code is None:
        states = state_set_sector(doc, start, end)
        if states is not None:
            return None, states  # "more than 30 countries", "member states": a group of states, unnamed
    return None, code


def _speaker_voice(doc, coder: "ActorCoder", text: Optional[str], start: Optional[int],
                   end: Optional[int]) -> Optional[tuple[Optional[str], Optional[ActorCode]]]:
    """(key, code) of an unnamed actor slot that a pronoun of direct speech fills
    (``newsgraph.nlp.voice``), else None (the caller goes on):

    * "I"/"me" -> the person speaking (a quote's resolved speaker, a transcript turn's person);
    * "you" after a vocative ("Secretary Blinken, you ...") -> the person it names;
    * "our"/"my" + a sector agent ("our citizens", "my Administration") -> the speaker's side's
      state with the agent's sector; + a state noun ("our country", "my government") -> that state.
    """
    if not text or start is None:
        return None
    lex = voice_lexicon()
    folded = _fold(text)
    if folded in lex.first_person_singular:
        person = _speaking_person(doc, start)
        if person:
            return _person_pronoun(doc, person, start, end, text), coder.for_key(person)
        official = _publisher_official(doc, coder, text, start)
        return (None, official) if official is not None else None
    if folded in lex.second_person:
        person = vocative_addressee(doc, start) or _asked_official(doc, start)
        return (_person_pronoun(doc, person, start, end, text), coder.for_key(person)) if person else None
    joint = _joint_issuers(doc, coder, text, start, end)
    if joint is not None:
        return joint
    possessed = possessed_actor(text)
    if possessed is None:
        return None
    if possessed.plural:
        _key, side = _resolve_actor(doc, coder, None, "we", start, None)
    else:
        person = _speaking_person(doc, start)
        # "My Administration has ..." in an unsigned release: the publishing state's official's
        side = coder.for_key(person) if person else _publisher_official(doc, coder, text, start)
    if side is None or not side.acts_for:
        return None
    if possessed.state:
        return _country_key(doc, side.acts_for), ActorCode(side.acts_for, "GOV", f"'{text}': the speaker's own state")
    agent = owned_agent_sector(possessed.rest)
    if agent is None:
        return None
    return None, ActorCode(side.acts_for, agent.sector, f"'{text}': the speaker's side ({side.acts_for}), {agent.reason}")


def _same_actor(doc, coder: "ActorCoder", one: tuple[int, int, str], other: tuple[int, int, str]) -> bool:
    """Whether two actor spans (start, end, text) resolve to one entity, or to one state where
    either is a state ("we" in a state's release and "the United States")."""
    key_a, code_a = _resolve_actor(doc, coder, _key_for_span(doc, *one[:2]), one[2], *one[:2])
    key_b, code_b = _resolve_actor(doc, coder, _key_for_span(doc, *other[:2]), other[2], *other[:2])
    if key_a and key_a == key_b:
        return True
    states = [k for k in (key_a, key_b) if k and k.startswith("country:")]
    return bool(states) and code_a is not None and code_b is not None and bool(code_a.acts_for) \
        and code_a.acts_for == code_b.acts_for and (len(states) == 2 or not (key_a and key_b))


def _them_of_sentence_before(doc, coder: "ActorCoder", start: Optional[int], end: Optional[int],
                             antecedent: Optional[tuple[int, int, str]]) -> Optional[tuple[int, int, str]]:
    """(start, end, text) of the plural subject of the sentence before that an object "them" stands
    for, where its own sentence offers it none: nothing before it there could be "they" but the
    subject of its own clause, or what that subject stands for ("The United States salutes their
    bravery, and we will stand by them": "we" is the United States, and binding (Principle B)
    keeps "them" free of its clause's subject and of all that corefers with it). Then "them" is
    the main subject of the sentence before, in its paragraph, when that subject is a plural noun
    of people ("The Ukrainian people continue to courageously defend their nation ...") and the
    only plural actor noun of that sentence; else None, as an object before ("grateful for ... our
    staff and contractors. We thank them") is as likely an antecedent as a subject is."""
    from newsgraph.nlp.coref import clause_subjects
    from newsgraph.nlp.events import _actor_span, _is_actor, load_lexicon

    span = expanded_span(doc, start, end) if start is not None else None
    if span is None or span.root.lower_ != "them":
        return None
    pronoun, text = span.root, doc_text(doc)
    if antecedent is not None:
        subjects = clause_subjects(pronoun)
        spans = [(a, b, text[a:b]) for a, b in (_actor_span(s) for s in subjects)]
        if not spans or not any(_same_actor(doc, coder, antecedent, s) for s in spans):
            return None  # its own sentence gives it an antecedent binding allows
    sent = pronoun.sent
    if any(t.tag_ in ("NNS", "NNPS") or _coordinated_persons(t) for t in sent if t.i < pronoun.i):
        return None  # a plural before it in its own sentence: its antecedent is not certain
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    if "\n\n" in text[before.end_char:sent.start_char]:
        return None
    main = [t for t in before.root.children if t.dep_ in ("nsubj", "nsubjpass")]
    lex = load_lexicon()
    if len(main) != 1 or main[0].tag_ not in ("NNS", "NNPS") or main[0].pos_ not in ("NOUN", "PROPN") \
            or not _is_actor(main[0], lex, allow_pronoun=False):
        return _only_population_before(before, lex)
    subject = main[0]
    if any(t.i != subject.i and t.tag_ in ("NNS", "NNPS") and t.pos_ in ("NOUN", "PROPN")
           and _is_actor(t, lex, allow_pronoun=False) for t in before):
        return None
    a, b = _actor_span(subject)
    return a, b, text[a:b]


def _only_population_before(before, lex) -> Optional[tuple[int, int, str]]:
    """(start, end, text) of the one plural the sentence ``before`` names, where it is a state's
    population (``population_nouns``: "the Ukrainian people", "the citizens of Cuba", or a plural
    demonym, "Ukrainians") and an actor, whatever its role there ("We applaud the bravery of the
    Ukrainian people ... We stand in solidarity with them": an object of "of"); else None.
    English pronouns agree in number, so where the sentence before offers exactly one plural
    noun (its conjuncts counted with it, the words of a state's name, "the United States", set
    aside) an object "them" with no plural before it in its own sentence can stand for that one
    only. Any other plural there ("the Syrian doctors and nurses", "our staff and contractors",
    "attacks on civilians") leaves it unresolved, as before."""
    from newsgraph.nlp.events import _actor_span, _is_actor

    plurals = [t for t in before if t.tag_ in ("NNS", "NNPS") and t.pos_ in ("NOUN", "PROPN")
               and t.ent_type_ not in ("GPE", "ORG", "FAC", "LOC")]
    if not plurals:
        return None
    first = plurals[0]
    group = {first.i} | {c.i for c in first.conjuncts}
    if any(t.i not in group for t in plurals):
        return None
    if not (first.lemma_.lower() in _POPULATION_NOUNS or first.lower_ in _POPULATION_NOUNS or first.ent_type_ == "NORP") \
            or not _is_actor(first, lex, allow_pronoun=False):
        return None
    a, b = _actor_span(first)
    return a, b, doc_text(first.doc)[a:b]


def _staff_owner(doc, coder: "ActorCoder", start: int, end: int) -> Optional[ActorCode]:
    """The code of whoever employs a body of staff named by ``start``:``end`` ("Our personnel",
    "Department of State personnel", "the embassy's staff"): its possessor or compound modifier
    resolved as an actor ("our" as the writer's "we"); None for any other noun, or where the
    owner acts for no state. Staff act for their employer, as a delegation does for its state."""
    span = expanded_span(doc, start, end)
    if span is None or span.root.lemma_.lower() not in _STAFF_NOUNS:
        return None
    for child in span.root.children:
        if child.dep_ not in ("poss", "compound") or child.i > span.root.i:
            continue
        if child.lower_ == "our":
            _key, code = _resolve_actor(doc, coder, None, "we", child.idx, child.idx + len(child.text))
        else:
            first, last = child.left_edge, child
            a, b = first.idx, last.idx + len(last.text)
            text = doc_text(doc)[a:b]
            _key, code = _resolve_actor(doc, coder, _key_for_span(doc, a, b), text, a, b)
        if code is not None and code.acts_for:
            return code
    return None


def _indefinite_before(doc, start: Optional[int]) -> bool:
    """Whether the word before ``start`` is an indefinite determiner ("by a State that damages
    ...": any state, no executive office of the publisher's)."""
    if start is None:
        return False
    before = doc_text(doc)[max(0, start - 12):start].split()
    return bool(before) and before[-1].lower() in ("a", "an", "any", "each", "every", "another", "one")
