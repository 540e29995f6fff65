"""``ActorCoder``: the code (the state an actor acts for, its sector) of each actor phrase,
from its entity, words, roles and the Phoenix data, with the word sets and helpers only it reads
(joint titles, owning verbs, people in flight, venue words, list items). Builds on ``lexicon``,
``names`` and ``titles``; reads the package's ``COMPONENT``."""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import Optional

from newsgraph.nlp.coordination import first_conjunct
from newsgraph.nlp.actor_heads import (business_head, delegation_words, designated_kind, designation_programmes,
                                       OWN_CLAUSE_DEPS, extraposed_from_subject, extraposed_to_predicate,
                                       group_member_head, name_topic, placing_participle, relational_head,
                                       seat_participle, spelling_variant, state_set_noun, unsectored)
from newsgraph.nlp.context_states import (subnational_body_name, subdivision_place_state,
                                          _sentence_states, article_focus, entity_state, head_agent_sector,
                                          headline_state, mover_words, multi_state_head, title_states)
from newsgraph.nlp.demonym_people import demonym_people, in_contest, people_noun_sector, placed_people
from newsgraph.nlp.entities import equipment_words, is_regional_body, news_outlet_alias, org_keywords, outlet_alias_after
from newsgraph.nlp.doc_cache import doc_ents, doc_text, expanded_span, text_matches, token_lowers
from newsgraph.nlp.place_actors import place_state
from newsgraph.nlp.types import EntityRecord, Mention
from newsgraph.resolve.actors import (ActorCode, agent_sector, bodies_not_held, diaspora_of, group_officials,
                                      head_office, hyphenated_american, intergovernmental_organ, international_body,
                                      named_actor, named_ending, namesake_of_office_holders, office_holder_by_surname,
                                      offices_not_held, outlet_identity, partially_recognized, person_state, releasing_state,
                                      single_holder_offices, state_acronym, state_institution_code,
                                      state_institution_prefix, state_sectors)
from newsgraph.resolve.countries import country_name, country_of_demonym, lookup_country

from newsgraph.nlp.linking import COMPONENT
from newsgraph.nlp.linking.lexicon import (_EXECUTIVE_OFFICE, _INTERNATIONAL_WORDS, _MEETING_VERBS, _envoy_nouns,
                                           _title_heads)
from newsgraph.nlp.linking.names import (_WORD_OR_HYPHEN, _apposed_anchor, _appositive_nouns, _bracket_state,
                                         _conjuncts, _issuer_names, _item_bracket_state, _key_for_span,
                                         _kinship_of_named_owner, _legal_form_named, _misread_title_subject,
                                         _owning_verbs, _partitive_after_names, _place_named_group, _proper_runs,
                                         _quantified, _state_word_as_org, _whole_word_matches, _word_end_pattern)
from newsgraph.nlp.linking.titles import _nationality_title_sector


# participles that tie a body to another actor in an appositive ("a militia affiliated with the
# Syrian Arab Army", "a group aligned with Iran"): the body acts for the other's state
_AFFILIATION_WORDS = frozenset({"affiliated", "aligned", "allied"})
# verbs whose subject holds the company it governs ("the companies he controlled", "the firm she
# owns"): OFAC's "owned or controlled" (actor_heads.yaml owned_entity_phrases) and running one
_OWNING_LEMMAS = frozenset({"own", "control", "run", "operate"})
_OWNER_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
_OWNED_LIST_JOINERS = frozenset({",", "and", "&"})
# what may close an apposition after its head noun ("A, B's company, sent ...")
_APPOSITION_END = frozenset({",", ".", ";", ":", ")", "!", "?", "—", "–"})


# a release's title calling it a joint document ("Joint Statement", "Joint Declaration", "Joint
# Communique"), the words that start its topic after the issuers ("... of A and B on ...",
# "... Calling for ..."), and a hyphenated compound of parties ("U.S.-China", "Canada-Mexico-United States")
_JOINT_TITLE = re.compile(r"\bJoint\s+(?:Leaders[’']?\s+)?(?:Statement|Declaration|Communiqu[eé]|Press\s+Release)\b", re.I)
_JOINT_TITLE_TOPIC = re.compile(r"\s(?:on|to|for|regarding|concerning|following|after|at|in|calling|commending|"
                                r"welcoming|addressing|condemning|marking|supporting)\s|:", re.I)
# a release's opening line naming its joint issuers: "Canada, ..., and the United States issue the
# following joint statement.", "The text of the following statement was released by the
# Governments of the United States of America and India, on the occasion of ..." (the State
# Department's and White House's standard lead-ins for a text issued with other states)
_JOINT_OPENING = re.compile(r"^(?:Office of the Spokesperson\s+)?(?:(?P<subject>[^.\n]+?)\s+(?:issue|issued|have issued|release|"
                            r"released|have released)\s+the\s+following\s+joint\s+statement|The\s+text\s+of\s+the\s+"
                            r"following\s+(?:joint\s+)?statement\s+was\s+(?:released|issued)\s+by\s+(?P<agent>[^.\n]+?)"
                            r"(?:,|\s+on\s+the\s+occasion\b|\.))", re.I)
# the head of a statement's closing list of signatories: "Signed by the following ministers or their
# equivalents:", "Signed by the following countries:", "Endorsed by the following governments:"
_SIGNED_LIST = re.compile(r"^(?:Signed|Endorsed|Signatories)\b[^\n]{0,80}?\bfollowing\b[^\n]{0,80}:[ \t]*$", re.M)
_STATE_COMPOUND = re.compile(r"[A-Z][\w.]*(?:\s[A-Z][\w.]*)*(?:[-\u2013][A-Z][\w.]*(?:\s[A-Z][a-z]+)*)+")


# the prepositions whose place object gives a person's origin on the name itself ("Ahmed Mohamed of
# Irving, Texas") and on an appositive noun ("a boy from Irving")
_ORIGIN_NAME_PREPS = frozenset({"of", "from"})
_ORIGIN_APPOSITIVE_PREPS = frozenset({"from"})  # "the chief propagandist of Russia": "of" there is a title's


# the dependents of a member noun that name whose member it is ("Hizballah financier", "Hamas's
# commander", "Palestinian Islamic Jihad official")
MEMBER_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})


# "(Panama)", "(New York)" right after a name, or after the next name joined by "and" in the same
# list item (no comma, semicolon or parenthesis between): a state or region placing the holder
_PARENTHETICAL_PLACE = re.compile(r"(?:\s+and\s+[^,;()\n]{1,120}?)?[ \t]*\(([A-Z][\w.’' \-]{1,40})\)")


# ", Ukrainian Foreign Minister" / ", the Russian Ambassador" right after a name, up to the end
# of the line or the phrase: a title in apposition (signature lines: "Dmytro Kuleba, Ukrainian
# Foreign Minister")
_APPOSITIVE_TITLE = re.compile(r",[ \t]+((?:the[ \t]+)?[A-Z][\w’'.\-]*(?:[ \t]+(?:of|for|and|[A-Z][\w’'.\-]*)){1,6})[ \t]*(?=[\n,;(]|$)")
_PLAIN_WORD = re.compile(r"[\w-]+")
_COMMA = re.compile(",")


# a designation's words for a person serving in a state's government (E.O. 14024 sec. 1(a)(iii)(A)
# and the releases that apply it: "for his role in the Government of the Russian Federation as
# the head of RosGeo", "for her role as an official of the Government of the Russian Federation")
_GOVERNMENT_ROLE = re.compile(r"\b(?:for\s+(?:his|her)\s+(?:role|involvement|position|service)\b[^.;]{0,60}?"
                              r"|\bas\s+an?\s+(?:senior\s+)?official\s+)\b(?:of|in|within)\s+the\s+Government\s+of\s+"
                              r"(?:the\s+)?([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,3})")


# an executive order cited by number ("pursuant to E.O. 14024", "Executive Order (E.O.) 14024",
# "Executive Order 14024 section 1(a)(iii)(C)"): the designation's programme
_ORDER_CITED = re.compile(r"\b(?:E\.\s?O\.|Executive\s+Order)\s*(?:\(E\.O\.\)\s*)?(\d{5})\b")


_LEGAL_FORM_REASON = "a company named with its legal form"
# prepositions whose object says where the complement's head is: "media within Russia"
_LOCATIVE_PREPS = ("in", "within", "inside")


def inclusion_noun(prep):
    """The plural noun an "including" / "such as" list exemplifies, where ``prep`` is the list's
    preposition ("including"; "as" of "such as"): the noun the preposition hangs on where it is a
    plural before it ("officials, including X"); else, where the parser hung the list on a verb or
    on a singular noun ("detained Americans around the world, including X and Y" on "detained";
    "the release of Americans abroad, including X" on "release"), the nearest plural noun before
    the preposition inside that word's phrase, reached through no clause of its own. English
    exemplification names members of a set (Quirk et al. 17.80: "including" introduces a part of
    the preceding plural or collective), and neither a verb nor a singular noun such as "release"
    has members, so the list's set is the plural the preposition follows. None where there is no
    such plural (a collective "the network, including X" keeps what it gives today: nothing)."""
    head, start = prep.head, None
    if head.i == prep.i:
        return None
    if extraposed_to_predicate(head, prep):
        # "Iranian authorities have detained Canadians across the country, including A": a list
        # past the subject's verb whose members are of the predicate plural's kind, not the
        # subject's, exemplifies that plural, as for a list hung on the verb (linking 0.3.874;
        # an extraposed list of the subject's kind stays the subject's, review 49b)
        head, start = head.head, head.head.i + 1
    elif head.tag_ in ("NNS", "NNPS") and head.i < prep.i:
        # (unless the list is the subject's, moved past the object: "states have expelled
        # diplomats, including France and Italy"; review 49b)
        return extraposed_from_subject(head, prep) or head
    if head.pos_ not in ("VERB", "AUX", "NOUN") or head.tag_ in ("NNS", "NNPS"):
        return None
    doc = prep.doc
    for token in reversed(doc[start if start is not None else head.left_edge.i:prep.i]):
        if token.tag_ not in ("NNS", "NNPS") or token.pos_ not in ("NOUN", "PROPN"):
            continue
        walk = token
        while walk.i != head.i and walk.head.i != walk.i:
            if walk.dep_ in OWN_CLAUSE_DEPS or walk.dep_ == "conj" and walk.pos_ in ("VERB", "AUX"):
                return None
            walk = walk.head
        return token if walk.i == head.i and token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos",
                                                            "conj", "oprd") else None
    return None


def demonym_head(head) -> Optional[tuple[str, str]]:
    """(ISO3, words) where the plural ``head`` is itself a demonym ("Americans", "Canadians": a
    state's people), else None (linking 0.3.870; shared by ``_inclusion_state`` and
    ``checks._share_inclusion_head_state``)."""
    country = country_of_demonym(head.text) if head.ent_type_ == "NORP" and head.tag_ in ("NNS", "NNPS") else None
    return (country.alpha3, head.text) if country is not None else None


def _former_title(title: str) -> bool:
    """Whether a role's title says its holder holds it no more: it opens with "former" or the
    prefix "ex-" ("former vice president", "Former President", "ex-president"). "then-" is
    no such word: a then-holder acted for the state at the time told of."""
    low = title.lower()
    return low.split()[:1] == ["former"] or low.startswith("ex-")


class ActorCoder:
    """The state and sector of the article's actors (see the module docstring), cached per key."""

    def __init__(self, doc):
        self.doc = doc
        self.entities = doc._.ng_entities or {}
        self.roles: dict[str, list] = {}
        for role in doc._.ng_roles or []:
            self.roles.setdefault(role.person_key, []).append(role)
        self.outlet = outlet_identity(doc._.ng_outlet)
        self._cache: dict[str, Optional[ActorCode]] = {}
        self._appositive_title_cache: dict[str, Optional[ActorCode]] = {}
        self._keyed_tokens: dict = {}  # _keyed_token_mentions, for the mention list stamped below
        self._keyed_tokens_stamp: Optional[tuple[int, int]] = None
        self._names_by_key: dict = {}  # _name_mentions, for the mention list stamped below
        self._names_by_key_stamp: Optional[tuple[int, int]] = None
        self._mentions_by_key: dict = {}  # _key_mentions: key -> [(list index, mention)], for the stamp below
        self._mentions_by_key_stamp: Optional[tuple[int, int]] = None

    def for_key(self, key: Optional[str]) -> Optional[ActorCode]:
        if not key:
            return None
        if key not in self._cache:
            self._cache[key] = None  # guards against a role cycle
            self._cache[key] = self._code(key)
        return self._cache[key]

    def remember(self, key: str, code: Optional[ActorCode]) -> None:
        """Record ``code`` as ``key``'s reading: an actor the linker added to the article after
        reading its mentions (a body it introduced, a person a turn label names), whose code
        ``_code`` could not rebuild from the mentions; later ``for_key`` calls return it."""
        self._cache[key] = code

    def _code(self, key: str) -> Optional[ActorCode]:
        entity = self.entities.get(key)
        if entity is None:
            return None
        if entity.type == "country":
            return ActorCode(entity.code, "GOV", "a state")
        if entity.type == "organization":
            return self._with_programme_state(key, self._organisation(entity))
        if entity.type == "person":
            return self._with_programme_state(key, self._with_origin(key, self._person(key)))
        if entity.type == "group":
            descent = self.descent(entity.name)
            if descent is not None:
                return descent
            body = self._organisation_named(entity)
            if body is not None:
                return body
            # "Islamic Revolutionary Guard": a listed name's head phrase before a modifier's agent word
            found = named_ending(entity.name) or agent_sector(entity.name)
            return ActorCode(None, found.sector, found.reason) if found else None
        return None

    def _with_programme_state(self, key: str, code: Optional[ActorCode]) -> Optional[ActorCode]:
        """``code``, or where it places the person or organisation in no state (and is no IGO
        post), ``code`` with the state of the sanctions programme a paragraph naming the party
        cites (``_programme_state``): "Frank is being designated ... of OOO Transoil, pursuant to
        section 1(a)(iii)(C) of E.O. 14024" -> RUS, the sector kept."""
        if code is not None and (code.acts_for or code.sector == "IGO"):
            return code
        found = self._programme_state(key)
        if found is None:
            return code
        state, cited = found
        reason = f"designated in a paragraph citing {cited}, a {state} programme (actor_heads.yaml designation_programmes)"
        if code is None:
            return ActorCode(state, None, reason)
        return dataclasses.replace(code, acts_for=state, reason=f"{code.reason}; {reason}" if code.reason else reason,
                                   publisher_default=False)

    def _programme_state(self, key: str) -> Optional[tuple[str, str]]:
        """(ISO3, the citation) of the executive order a paragraph holding a mention of ``key``
        cites by number, where actor_heads.yaml ``designation_programmes`` gives the order its
        state ("E.O. 14024": RUS) and the paragraph names no state besides that one and the
        publisher's (a "PRC-based" or "Iranian" party designated under the order is not its
        state's). The paragraph is the mention's line joined across the breaks that only wrap a
        sentence (``_list_item``), or its sentence in a text with no line breaks (no paragraphs
        to tell). None otherwise."""
        programmes = designation_programmes()
        text = doc_text(self.doc)
        # (the citations of the whole text are found once per Doc: this is asked for every actor)
        if not any(programmes.get(cited.group(1)) for cited in text_matches(self.doc, _ORDER_CITED)):
            return None  # no listed order cited: spare the name search below
        own = releasing_state(self.outlet)
        entity = self.entities.get(key)
        # a name the designation list added with no mention of its own ("... and Natalya Browning
        # are each being designated ..."): where its name stands
        named = [found.span() for found in _whole_word_matches(entity.name, text)] \
            if entity is not None and entity.name.strip() else []
        at = [(m.start, m.end) for m in self._key_mentions(key) if m.kind != "pronoun"]
        for offset, offset_end in sorted(set(at + named)):
            if self._acting_subject_at(offset, offset_end):
                # "Department of the Treasury is also imposing sanctions ... pursuant to E.O. 14024": the designator
                continue
            start, end = self._paragraph_at(text, offset, offset_end)
            for cited in _ORDER_CITED.finditer(text, start, end):
                state = programmes.get(cited.group(1))
                if state and self._states_in(start, end) <= {state, own}:
                    return state, " ".join(cited.group(0).split())
            # a paragraph naming another state ("the Uzbekistan-based X") designates that state's
            # parties too, but a sentence designating the name under the order and naming no other
            # state is about the programme's party ("designated Radioavtomatika pursuant to E.O.
            # 14024 ... for Russia's defense industry"); a party the other state places keeps it
            # (``_with_programme_state`` asks only for an unplaced one)
            span = expanded_span(self.doc, offset, offset_end)
            if span is None or not len(span):
                continue
            sent_start, sent_end = span.sent.start_char, span.sent.end_char
            if (sent_start, sent_end) == (start, end):
                continue
            for cited in _ORDER_CITED.finditer(text, sent_start, sent_end):
                state = programmes.get(cited.group(1))
                if state and self._states_in(sent_start, sent_end) <= {state, own}:
                    return state, " ".join(cited.group(0).split())
        return None

    def _paragraph_at(self, text: str, start: int, end: int) -> tuple[int, int]:
        """Character bounds of the paragraph holding the name at ``start``..``end``: its line
        joined across the breaks that only wrap a sentence (``_list_item``: a hard-wrapped release
        keeps one paragraph), or, in a text with no line break at all, the name's sentence."""
        if "\n" in text:
            return _list_item(text, start)
        span = expanded_span(self.doc, start, end)
        return (span.sent.start_char, span.sent.end_char) if span is not None and len(span) else (0, len(text))

    def _acting_subject_at(self, start: int, end: int) -> bool:
        """Whether the name between characters ``start`` and ``end`` is, itself or as a conjunct or
        apposition of one, the subject of an active clause or the agent of a passive ("OFAC
        designated ...", "... owned or controlled by Alexey Mordashov"): a doer, not a party
        designated (a passive's subject, an object)."""
        span = expanded_span(self.doc, start, end)
        if span is None or not len(span):
            return False
        # every word hanging outside the name ("Finally, Department of the Treasury": the adverb and
        # the head noun), climbing a list or apposition to its first item
        for token in (t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i):
            while token.dep_ in ("conj", "appos") and token.head.i < token.i:
                token = token.head
            if token.dep_ == "nsubj" or (token.dep_ == "pobj" and token.head.dep_ == "agent"):
                return True
        return False

    def _states_in(self, start: int, end: int) -> set[str]:
        """ISO3 of every state the text between character offsets ``start`` and ``end`` names: a
        mention of a country or place the article keys (``context_states._sentence_states``), or a
        GPE or NORP entity the mentions may not key ("Iranian", "PRC")."""
        states = _sentence_states(self.doc, start, end, None)
        for ent in doc_ents(self.doc):
            if ent.label_ in ("GPE", "NORP") and start <= ent.start_char < end:
                country = lookup_country(ent.text)
                if country is not None:
                    states.add(country.alpha3)
        return states

    def _organisation(self, entity: EntityRecord) -> Optional[ActorCode]:
        descent = self.descent(entity.name)
        if descent is not None:
            return descent  # "Venezuelan community" tagged as an organisation
        owner = self._igo_owner(entity)
        if owner is not None:
            return owner
        named = next((found for found in map(named_actor, (entity.name, *entity.aliases)) if found), None)
        if named is None:
            # "FBI, State, and ...": a state's acronym Phoenix lists, in an article published
            # for that state or naming it (another state's "NSC" is written alike)
            own = releasing_state(self.outlet)
            named = next((found for found in map(state_acronym, (entity.name, *entity.aliases))
                          if found and found.acts_for in self._states_named | {own}), None)
        acts_for = named.acts_for if named else None
        if named is None:
            # "G7 Foreign Ministers of Canada, ...": the group's officials act as the group
            group = next((found for found in map(group_officials, (entity.name, *entity.aliases)) if found), None)
            if group is not None:
                return group
            # "White House Office of Public Engagement": an office of a state's institution
            named = next((found for found in map(state_institution_prefix, (entity.name, *entity.aliases)) if found), None)
            acts_for = named.acts_for if named else None
        acts_for = acts_for or entity.country
        if named is not None and named.sector == "IGO" and named.acts_for is None:
            # "NATO", "the EU" (Phoenix International actors: IGO...): a body of many states acts
            # for none of them, whatever nationality a phrase around one mention names
            return named
        if named is None and acts_for is None:
            # "OAS Permanent Council", "the European Union's External Action Service": an organ of
            # an IGO acts for no state either, but is an IGO actor, not an unplaced one
            organ = next((found for found in map(intergovernmental_organ, (entity.name, *entity.aliases)) if found), None)
            if organ is not None:
                return organ
        if named is None and acts_for is None:
            # "the so-called Donetsk and Luhansk People's Republics": PLOVER codes a breakaway
            # entity with the state that claims it (UKR), not as a state of its own
            disputed = next(filter(None, map(partially_recognized, (entity.name, *entity.aliases))), None)
            if disputed is not None:
                return disputed
        placed = self._nationality_before(entity.key) if acts_for is None else None
        if placed is not None:
            # "Russian commercial bank Transkapitalbank", "X, a Russian maritime shipping company"
            acts_for, reason = placed.acts_for, placed.reason
        for name in (entity.name, *entity.aliases):
            # "Italian Episcopal Conference", also when the article's key name is its acronym "CEI"
            words = name.split()
            for size in (3, 2, 1):
                if acts_for:
                    break
                country = lookup_country(" ".join(words[:size])) if len(words) > size else None
                if country is not None:
                    acts_for = country.alpha3
        owner = self._owner_state(entity) if acts_for is None and named is None and placed is None else None
        if owner is not None:
            # "Severstal is being designated ... because it is owned or controlled by Alexey
            # Mordashov": a body owned by an actor the article places is that state's
            acts_for, reason = owner.acts_for, owner.reason
        twin = self._legal_twin(entity) if acts_for is None else None
        if twin is not None:
            # "Severgroup Limited Liability Company" and "Severgroup, a ... Russia's investment
            # company": one company under its name with and without the legal form
            acts_for = twin.acts_for
        sector = named.sector if named else (placed.sector if placed is not None else None)
        reason = named.reason if named else (placed.reason if placed is not None else "")
        default = by_legal_form = False  # ActorCode.publisher_default, ActorCode.by_legal_form
        registered = self._legal_form_state(entity) if acts_for is None and twin is None else None
        if registered is not None:
            # "Oboronlogistika OOO": a Russian legal form in a release that names Russia
            acts_for = registered
            reason = reason or f"a company of a legal form registered in {registered}, the one such state its article names or is about"
        if twin is not None and not named and placed is None:
            sector, reason = twin.sector, f"the same company as named without its legal form ({twin.reason})"
            default = twin.publisher_default
        if sector is None:
            # "Islamic Revolutionary Guard Corps": a name ending as listed Phoenix actor names do is
            # coded by that head phrase (MIL), not by a modifier's agent word ("Islamic" ~MUS)
            found = named_ending(entity.name) or agent_sector(entity.name)
            if found:
                sector, reason, default = found.sector, found.reason, False
        body = subnational_body_name(entity.name) if sector is None else None
        if body is not None:
            # "Municipality of Livorno", "Livorno City Council": a town's or region's own government
            # (GOV), of the state its place lies in; else context places it (``place_state_bodies``)
            head, place = body
            sector, reason = "GOV", f"a sub-national government ('{head}' of {place})"
            placed_in = subdivision_place_state(place) if acts_for is None else None
            if placed_in is not None:
                acts_for, reason = placed_in, f"{reason} in {placed_in}, where {place} lies (GeoNames / ISO 3166-2)"
        if sector is None and acts_for is None:
            # "International Paralympic Committee": a non-governmental body of no state, by its name
            found = international_body(entity.name)
            if found:
                sector, reason = found.sector, found.reason
        if sector is None:
            # "VOA", "Golos Ameriki (VOA Russian)": a listed news outlet, by its name or by the
            # bracketed alias after its first mention, is a medium (Phoenix/CAMEO MED)
            first = self._first_name_span(entity.key)
            outlet = next(filter(None, map(news_outlet_alias, (entity.name, *entity.aliases))), None) or (
                outlet_alias_after(doc_text(self.doc), first.end_char) if first is not None else None)
            if outlet is not None:
                sector, reason = "MED", f"the news outlet {outlet} (outlets.yaml)"
        if acts_for is None and sector is None:
            introduced = self.introduced_body(self._first_name_span(entity.key))
            if introduced is not None:
                return introduced
        if acts_for is None and sector in state_sectors() and self._own_executive_office(entity, named_only=False):
            # "the Biden-Harris Administration", "Federal Bureau of Investigation" in the White
            # House's own release: a state body the name does not place is the publisher's
            return ActorCode(self.outlet.acts_for, sector, f"{reason} in the release of {self.doc._.ng_outlet}",
                             publisher_default=True)
        if acts_for is None and sector is None and self._own_executive_office(entity):
            return ActorCode(self.outlet.acts_for, "GOV",
                             f"an executive office named in the release of {self.doc._.ng_outlet}", publisher_default=True)
        if sector is None and _legal_form_named(entity):
            # "Oboronlogistika OOO", "M Leasing LLC": a registered company is a business (BUS)
            by_legal_form = not reason  # nothing else said what the company is
            sector, reason = "BUS", (reason + "; " if reason else "") + _LEGAL_FORM_REASON
        if acts_for is None and sector is None:
            return None
        return ActorCode(acts_for, sector, reason or "organisation's country", publisher_default=default,
                         by_legal_form=by_legal_form)

    def _organisation_named(self, group: EntityRecord) -> Optional[ActorCode]:
        """The state and sector of the article's organisation whose name, without its legal form,
        is a group's name (``entities.without_legal_form``): "19 members of the Rostec board" are
        the people of "State Corporation Rostec", acting for its state; None when no placed
        organisation has the name."""
        from newsgraph.nlp.entities import without_legal_form

        names = {n.casefold() for n in (group.name, *group.aliases)}
        for key, other in self.entities.items():
            if other.type != "organization" or key == group.key:
                continue
            if not names & {without_legal_form(n).casefold() for n in (other.name, *other.aliases)}:
                continue
            code = self.for_key(key)
            if code is not None and code.acts_for:
                return ActorCode(code.acts_for, code.sector, f"people of the organisation {other.name}; {code.reason}")
        return None

    def _owner_state(self, entity: EntityRecord) -> Optional[ActorCode]:
        """The state of the owner a sentence gives the organisation ``entity`` as the subject of
        its clause ("Algoritm is being designated ... because it is owned or controlled by Alexey
        Mordashov", OFAC's wording: ``_owning_verbs``): the "by" agent of the owning verb, an
        actor of the article this coder places in a state not by the publisher's default
        (Mordashov: RUS, "one of Russia's wealthiest billionaires"). PLOVER codes a body by the
        state it belongs to; a company held by a state's citizen or government is that state's.
        ``ActorCode(state, None, reason)``, or None when no sentence names such an owner."""
        for mention in self.doc._.ng_mentions or []:
            if mention.entity_key != entity.key or mention.kind != "name":
                continue
            span = expanded_span(self.doc, mention.start, mention.end)
            if span is None or span.root.dep_ != "nsubjpass":
                # the passive subject only ("X is being designated ... because it is owned", "X was
                # identified ... for being wholly owned by"): in "OFAC designated X for being owned
                # by Y" what is owned is the object, not the subject
                continue
            for owning in _owning_verbs(span.root.head, span.end):
                for agent in (c for verb in (owning, *owning.conjuncts) for c in verb.children if c.dep_ == "agent"):
                    for owner in (c for c in agent.children if c.dep_ == "pobj"):
                        # the owner's name (not a pronoun), other than the body itself, placed by evidence
                        for mention, code in self._placed_mentions_at(owner.idx, entity.key):
                            if mention.kind == "name" and not code.publisher_default:
                                return ActorCode(code.acts_for, None, f"owned or controlled by '{owner.text}' "
                                                                      f"({code.acts_for}: {code.reason})")
        return self._owner_apposition_state(entity)

    def _keyed_token_mentions(self) -> dict:
        """{token index: the first keyed mention (in ``doc._.ng_mentions`` order) whose span
        covers the token}, read by ``_owner_apposition_state`` for every organisation it codes.
        Built once per state of the mention list: the linker only appends to it (``_add_mention``,
        ``_introduced_name``), so its identity and length tell when it must be built again. Each
        mention's token range is its ``char_span`` bounds; no Token is made."""
        mentions = self.doc._.ng_mentions or []
        stamp = (id(mentions), len(mentions))
        if self._keyed_tokens_stamp != stamp:
            owners: dict = {}
            for mention in mentions:
                if not mention.entity_key:
                    continue
                span = expanded_span(self.doc, mention.start, mention.end)
                if span is not None:
                    for i in range(span.start, span.end):
                        owners.setdefault(i, mention)
            self._keyed_tokens, self._keyed_tokens_stamp = owners, stamp
        return self._keyed_tokens

    def _owner_apposition_state(self, entity: EntityRecord) -> Optional[ActorCode]:
        """The state of the owner that a business noun in apposition to a name of the company
        ``entity`` gives (English apposition: the two noun phrases name one referent, so the
        company is the owner's company): "A, B's company," / "B's companies A and C" / "the
        companies he controlled, A and C" (a relative clause of an owning verb, ``_OWNING_LEMMAS``,
        whose subject is the owner). The business noun is a BUS agent (Phoenix agents: "company")
        or a business head (actor_heads.yaml: "firm"); the owner is a keyed person or organisation
        (a name, or a pronoun coref keyed) that this coder places in a state by evidence, not by
        the publisher's default ("a Russian national": RUS). The state only: the company keeps its
        own key. Since 0.3.610.

        Shape: ``ActorCode(state, None, reason)`` or None when no such apposition names an owner."""
        from newsgraph.nlp.roles import _back, _fwd

        doc = self.doc
        owners = self._keyed_token_mentions()  # token index -> keyed mention covering it

        def business(token) -> bool:
            found = agent_sector(token.text)
            return bool(found and found.sector == "BUS") or business_head(token.lower_)

        def possessor(head: int):
            # "B's [big] company", "his companies": the keyed owner before the head's modifiers
            i = _back(doc, head - 1)
            for _ in range(3):
                if i < 0 or doc[i].pos_ not in ("ADJ", "NOUN") or i in owners:
                    break
                i = _back(doc, i - 1)
            if i >= 0 and doc[i].text in _OWNER_POSSESSIVE_MARKS:
                return owners.get(_back(doc, i - 1))
            if i >= 0 and doc[i].lower_ in ("his", "her", "its"):
                return owners.get(i)
            return None

        def relative_owner(verb: int):
            # "the companies he controlled": a business noun, a subject, an owning verb
            if verb < 0 or doc[verb].lemma_ not in _OWNING_LEMMAS or doc[verb].tag_ not in ("VBD", "VBZ", "VBP"):
                return None
            subject = owners.get(_back(doc, verb - 1))
            if subject is None:
                return None
            first = expanded_span(doc, subject.start, subject.end)
            i = _back(doc, first.start - 1) if first is not None else -1
            if i >= 0 and doc[i].lower_ in ("that", "which"):
                i = _back(doc, i - 1)
            return subject if i >= 0 and business(doc[i]) else None

        for mention in doc._.ng_mentions or []:
            if mention.entity_key != entity.key or mention.kind != "name":
                continue
            span = expanded_span(doc, mention.start, mention.end)
            if span is None:
                continue
            owner = None
            # after the name: "A, B's company," (the head closes the apposition)
            i = _fwd(doc, span.end)
            if i < len(doc) and doc[i].text == ",":
                j = _fwd(doc, i + 1)
                k = j
                while k < len(doc) and k - j < 6 and not business(doc[k]) and doc[k].text not in _APPOSITION_END:
                    k = _fwd(doc, k + 1)
                end = _fwd(doc, k + 1)
                if k < len(doc) and business(doc[k]) and (end >= len(doc) or doc[end].text in _APPOSITION_END
                                                          or doc[end].is_sent_start):
                    owner = possessor(k)
            if owner is None:
                # before the name, across the list it stands in: "B's companies A and C", "the
                # companies he controlled, A and C"
                i = _back(doc, span.start - 1)
                steps = 0
                while i >= 0 and steps < 24 and (doc[i].lower_ in _OWNED_LIST_JOINERS or (
                        i in owners and (self.entities.get(owners[i].entity_key) or entity).type == "organization")):
                    i, steps = _back(doc, i - 1), steps + 1
                if i >= 0 and business(doc[i]):
                    owner = possessor(i)
                elif i >= 0:
                    owner = relative_owner(i)
            if owner is None or owner.entity_key == entity.key:
                continue
            record = self.entities.get(owner.entity_key)
            if record is None or record.type not in ("person", "organization"):
                continue
            code = self.for_key(owner.entity_key)
            if code is not None and code.acts_for and not code.publisher_default:
                return ActorCode(code.acts_for, None, f"a company in apposition to one '{owner.text}' owns "
                                                      f"({code.acts_for}: {code.reason})")
        return None

    def _legal_twin(self, entity: EntityRecord) -> Optional[ActorCode]:
        """The code, with a state, of another organisation of the article that is the same
        company named with or without a legal form (``entities.without_legal_form``:
        "Severgroup Limited Liability Company" / "Severgroup"); None when there is none."""
        from newsgraph.nlp.entities import without_legal_form

        bare = {without_legal_form(n).casefold() for n in (entity.name, *entity.aliases)}
        for key, other in self.entities.items():
            if key == entity.key or other.type != "organization":
                continue
            if not bare & {without_legal_form(n).casefold() for n in (other.name, *other.aliases)}:
                continue
            if {n.casefold() for n in (entity.name, *entity.aliases)} & {n.casefold() for n in (other.name, *other.aliases)}:
                continue
            code = self.for_key(key)
            if code is not None and code.acts_for:
                return code
        return None

    def _legal_form_state(self, entity: EntityRecord) -> Optional[str]:
        """The one state among those whose company law has the legal form of the company's name
        (``entities.legal_form_states``: "OOO" Russia, Belarus) that the article names, of
        several the one it is about (``context_states.article_focus``); None when the name has
        no national form or the article names none of them, or several and is about none."""
        from newsgraph.nlp.entities import legal_form_states

        states = frozenset().union(*(legal_form_states(n) for n in (entity.name, *entity.aliases)))
        named = states & self._states_named if states else set()
        if len(named) > 1:
            # a release on Russia that also names Belarus once: the state the article is about
            own = releasing_state(self.outlet)
            focus = article_focus(self.doc, own)
            named = {focus} if focus in named else named
        return next(iter(named)) if len(named) == 1 else None

    def group_key(self, key: str, code: Optional[ActorCode]) -> Optional[str]:
        """The key of the named group itself ("org:g7") when ``key`` is an entity coded as that
        group's officials (``group_officials``: "G7 Foreign Ministers of Canada") and the article
        names the group on its own; else None."""
        if code is None or code.group is None:
            return None
        for other, entity in self.entities.items():
            if other != key and entity.type == "organization":
                if named_actor(entity.name) == code.group:
                    return other
        return None

    def _igo_owner(self, entity: EntityRecord) -> Optional[ActorCode]:
        """IGO of no state for an organ whose first name mention follows its IGO parent's
        possessive ("the OSCE’s Office for Democratic Institutions and Human Rights", "the OSCE’s
        Special Monitoring Mission": the NER leaves the owner out of the name); else None."""
        span = self._first_name_span(entity.key)
        if span is None:
            return None
        before = doc_text(self.doc)[max(0, span.start_char - 60):span.start_char]
        owned = re.search(r"(\b[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})\s*['\u2019]s\s+$", before)
        return intergovernmental_organ(f"{owned.group(1)}'s {entity.name}") if owned else None

    def _first_name_span(self, key: str):
        """The token span of the first mention that names ``key``; None when none does. A person
        the linker added for a name the NER took for a place ("Prigozhin's wife Polina",
        ``_added_person``) has no name mention of its own: the NER's mention that spells its name
        (keyed to the place) stands for it."""
        mentions = self._name_mentions(key)
        entity = self.entities.get(key)
        if not mentions and entity is not None and entity.type == "person" and entity.component == COMPONENT:
            mentions = sorted((m for m in self.doc._.ng_mentions or [] if m.kind == "name" and m.text == entity.name),
                              key=lambda m: m.start)
        spans = self._mention_spans(mentions)
        return spans[0] if spans else None

    def introduced_body(self, span) -> Optional[ActorCode]:
        """The code of a body whose name (``span``, its first mention) neither Phoenix nor its
        words place, introduced by a state agent noun in a sentence that names one state other
        than the publisher's: "Russia's Prosecutor General ordered the communications authority
        RosKomNadzor ..." -> RUS GOV. The common nouns between a determiner and the name
        premodify it (an English noun phrase headed by the name: "the state regulator X");
        their sector is read from the Phoenix agents. None otherwise."""
        if span is None:
            return None
        doc = self.doc
        words = []
        for token in reversed(doc[max(span.sent.start, span.start - 4):span.start]):
            if token.pos_ not in ("NOUN", "ADJ") or not token.is_lower:
                break
            words.insert(0, token.text)
        opener = span.start - len(words) - 1
        if not words or opener < 0 or doc[opener].pos_ != "DET":
            return None
        described = agent_sector(" ".join(words))
        if described is None or described.sector not in state_sectors():
            return None
        own = releasing_state(self.outlet)
        a, b = span.sent.start_char, span.sent.end_char
        states = set()
        for mention in doc._.ng_mentions or []:
            entity = self.entities.get(mention.entity_key) if mention.entity_key else None
            if entity is not None and entity.type in ("country", "place") and a <= mention.start < b:
                states.add(entity.state)
        states -= {own, None}
        if len(states) != 1:
            return None
        state = next(iter(states))
        return ActorCode(state, described.sector,
                         f"introduced as '{' '.join(words)}' ({described.reason}) beside the one state its sentence names")

    def _own_executive_office(self, entity: EntityRecord, named_only: bool = True) -> bool:
        """"Department of the Treasury", "Office of Foreign Assets Control", "Bureau of
        Industry and Security" with no state in their name, in a state institution's own
        release: the publishing state's executive bodies (a body of another state or of the
        UN carries its state or "United Nations" in its name; one the publishing state does not
        have, actor_sectors.yaml ``bodies_not_held``, is another state's)."""
        if not state_institution_code(self.outlet):
            return False
        names = [" ".join(n.split()) for n in (entity.name, *entity.aliases)]
        foreign = bodies_not_held(self.outlet.acts_for)
        if any(re.search(rf"\b{re.escape(word)}\b", name.lower()) for word in foreign for name in names):
            return False  # "the National Police" in a U.S. release: a body the U.S. does not have
        return (not named_only or any(_EXECUTIVE_OFFICE.match(n) for n in names)) and not any(
            _INTERNATIONAL_WORDS.search(n) for n in names)

    def _nationality_title(self, role, title_sector: Optional[str]) -> bool:
        """Whether ``role``'s state is only the nationality of a person whose title names no state
        office (``_nationality_title_sector``): the role's phrase opens with a demonym right before
        the title ("Ivorian blogger X", "Egyptian economist X", "American academic X"). A title
        "of" or "for" a state's body ("spokesman for the Indonesian military", "Environment Canada
        spokesperson") is a post of that body and stays its state's."""
        if not title_sector or title_sector in state_sectors():
            return False
        span = expanded_span(self.doc, role.start, role.end)
        if span is None:
            return False
        words = [t for t in span if not t.is_punct]
        title = role.title.lower().split()
        for i in range(1, min(4, len(words))):
            if [t.lower_ for t in words[i:i + len(title)]] == title:
                return _nationality_title_sector(role.title, " ".join(t.text for t in words[:i])) == title_sector
        return False

    def _person(self, key: str) -> Optional[ActorCode]:
        best: Optional[tuple[int, ActorCode]] = None
        stateless_body = False  # a role "of" an organisation no state places (an IGO's service)
        for role in self.roles.get(key, []):
            title = agent_sector(role.title)
            title_sector = title.sector if title else None
            of = self.entities.get(role.of_key) if role.of_key else None
            code: Optional[ActorCode] = None
            if of is not None and of.type == "country":
                sector = title_sector if title_sector in state_sectors() or self._nationality_title(role, title_sector) \
                    else "GOV"
                code, rank = ActorCode(of.code, sector, f"role: {role.title} of {of.name}"), 0
            elif of is not None and of.type == "organization":
                org = self.for_key(role.of_key)
                acts_for = org.acts_for if org else of.country
                sector = (org.sector if org and org.sector else None) or title_sector
                if org is not None and org.publisher_default and not self._own_executive_office(of):
                    # "Vice Chairman of the Central Military Commission" in a U.S. release: a body
                    # placed only by the publisher default from its sector noun (not a named
                    # executive office: "Department of Homeland Security") places its officer no
                    # more firmly than a bare title does (the counterpart checks below still apply)
                    acts_for = None
                elif not acts_for and is_regional_body(of.name):
                    # "European External Action Service Deputy Secretary General Enrique Mora": a
                    # post in a body of several states is no post of the publishing state
                    stateless_body = True
                code, rank = ActorCode(acts_for, sector, f"role: {role.title} of {of.name}"), 1
            else:
                country = lookup_country(role.of_name) if role.of_name else None
                own = self._outlet_institution(role.title)
                body = state_institution_prefix(role.title) or state_institution_prefix(role.of_name)
                if body is not None:
                    # "Jeff Rathke, the State Department Spokesperson", "White House Press
                    # Secretary": a post in a state's institution acts for that state
                    sector = title_sector if title_sector in state_sectors() else body.sector
                    code, rank = ActorCode(body.acts_for, sector, f"role: {role.title}; {body.reason}"), 0
                elif own is not None:
                    # "Ned Price, Department Spokesperson" in the Department's own release
                    code, rank = ActorCode(own.acts_for, own.sector, f"role: {role.title} of the outlet"), 1
                elif country is not None:
                    sector = title_sector if title_sector in state_sectors() or self._nationality_title(role, title_sector) \
                        else "GOV"
                    code, rank = ActorCode(country.alpha3, sector, f"role: {role.title} of {country.name}"), 0
                elif (igo := _igo_initialism_before(self.doc, role.start)) is not None:
                    # "IAEA Director General Grossi": the IGO's initialism the NER left untagged
                    # premodifies the title, so the post is the IGO's (as a tagged "of" body's is)
                    stateless_body = True
                    code, rank = ActorCode(None, "IGO", f"role: {role.title} of {igo}"), 1
                elif title_sector:
                    code, rank = ActorCode(None, title_sector, f"role: {role.title}"), 2
            if code is None:
                continue
            if code.sector in state_sectors() and _former_title(role.title) \
                    and not (of is not None and of.type == "organization"):
                # "former vice president" of the USA (roles keep the "former" / "ex-" written
                # before the state), "former National Security Advisor": a former official who
                # holds no post now is PLOVER's ELI, placed in the state, never its government
                # (PLOVER manual, actor sectors). A former post in a named body ("former Air Force
                # surgeon general") is left as it was: its holder's acts are often told of his
                # tenure, and ELI would lose the body's state
                code = dataclasses.replace(code, sector="ELI", reason=f"{code.reason}; former holder: ELI")
            rank += 0 if code.acts_for else 3
            if best is None or rank < best[0]:
                best = (rank, code)
        code = best[1] if best else None
        if code is not None and code.acts_for:
            return code
        bracketed = self._parenthetical_state(key)
        if bracketed is not None:
            # "Foreign Minister Erika Mouynes (Panama)", "Letitia James (New York)": the state a
            # parenthesis right after the name gives places its holder
            sector = code.sector if code is not None and code.sector else ("GOV" if self.roles.get(key) else None)
            return ActorCode(bracketed[0], sector, f"parenthetical state after the name: ({bracketed[1]})"
                             + (f"; {code.reason}" if code else ""))
        if code is not None and not code.sector:
            # "Assistant Secretary of International Environmental and Scientific Affairs": a role
            # whose title and body give neither state nor sector says nothing; read as untitled
            code = None
        # a title with no state: the state a known office holder belongs to, else, for a
        # state's title in an institution's own release, the publishing state
        entity = self.entities.get(key)
        known = person_state(entity.name) if entity else None
        if known is None and entity is not None:
            known = next((found for found in map(person_state, entity.aliases) if found), None)
        if known is None and (code is None or code.sector not in state_sectors()):
            relative = self._relative_of(key)
            if relative is not None:
                return relative
        if known is None:
            member = self._group_member_state(key)
            if member is not None:
                # "Hizballah financier X": the group's base state and sector before a title's
                return ActorCode(member.acts_for, member.sector or (code.sector if code else None),
                                 member.reason + (f"; {code.reason}" if code else ""))
            described = self._nationality_before(key) or self._title_chain_state(key)
            if described is not None:
                # "Russian elite Yevgeniy Prigozhin", "Iranian cyber actors X and Y", "U.S.
                # citizens X and Y": the nationality the name's own noun phrase gives
                return ActorCode(described.acts_for, (code.sector if code else None) or described.sector,
                                 described.reason + (f"; {code.reason}" if code else ""),
                                 publisher_default=described.publisher_default)
        if code is None and not self.roles.get(key):
            code = self._title_before(key)
            if code is not None and code.acts_for and known is None:
                return code  # the state institution named in the title
        if known is None and entity is not None and (code is None or not code.acts_for and code.sector not in state_sectors()):
            # "Putin" with no title at all: a last name only one state's office holders carry,
            # in an article that names that state (as for a title below)
            by_surname = office_holder_by_surname(entity.name.split()[-1]) if entity.name.split() else None
            if by_surname and by_surname in self._states_named:
                if namesake_of_office_holders(entity.name):
                    # "presidential candidates Cristiana Chamorro, ... Juan Sebastian Chamorro" (the
                    # Phoenix holder is Violeta Barrios de Chamorro): a full name with another given
                    # name is a namesake, of the state the family name and article give, holding
                    # none of its offices (no GOV sector: the office was the holder's); a title
                    # of no state ("presidential candidate": PTY) keeps its sector
                    return ActorCode(by_surname, code.sector if code else None,
                                     f"last name of {by_surname} office holders (Phoenix), a state the article names; "
                                     "another given name: no office" + (f"; {code.reason}" if code else ""))
                if code is None:
                    return ActorCode(by_surname, "GOV", f"last name of {by_surname} office holders (Phoenix), a state the article names")
        sector = code.sector if code else None
        if code is None and self.roles.get(key) and state_institution_code(self.outlet) and self._acts_as_subject(key):
            # a bare title no sector noun covers ("Secretary Deborah Lee James" on af.mil, where
            # Phoenix lists only "Secretary of Defense", "Secretary of State" ...): an official
            # titled in an institution's own release who acts in it (a subject: "James said")
            # is its own; one only met or named ("met with General Zhang") may be foreign
            code = ActorCode(None, self.outlet.sector, f"role: {self.roles[key][0].title} (untyped title)")
        if known:
            return ActorCode(known, sector if sector in state_sectors() else (sector or "GOV"),
                             f"office holder of {known} (Phoenix)" + (f"; {code.reason}" if code else ""))
        if code is None or code.sector not in state_sectors():
            return code
        # a state's title with no state: a last name only one state's office holders carry
        # ("President Putin") when the article names that state, else, in an institution's own release, the publishing state,
        # unless the person only ever appears as the counterpart of an act beside another
        # state ("met with General Zhang Youxia in Beijing"): a foreign official
        by_surname = office_holder_by_surname(entity.name) if entity else None
        own = releasing_state(self.outlet)
        leader = self._named_leader(key, entity)
        if by_surname and (by_surname in self._states_named or by_surname == own and leader):
            # "President Biden" in a U.S. release: the publisher's state counts as named for a
            # head of state its office holders' last name places there
            return ActorCode(by_surname, code.sector, f"{code.reason}; last name of {by_surname} office holders (Phoenix)")
        others = self._states_named - {own}
        # "President Duque", "Prime Minister Henry": every state has its own head of state and
        # government, so a person named under such a title in a state's release is the
        # publisher's holder by no default; only what places the person (the counterpart readings
        # below) does, else no state
        if own and not leader and self._met_by_foreign_official(key, own):
            # "Foreign Minister Wang Yi ... met Deputy Secretary Sherman in Tianjin": a meeting has
            # two sides, so whom an official of an office ``own`` does not have meets is, in
            # ``own``'s release, ``own``'s side, not the state the foreign side belongs to
            return ActorCode(own, code.sector, f"{code.reason}; met by an official of an office "
                                               f"{own} does not have, in the release of {self.doc._.ng_outlet}",
                             publisher_default=True)
        if own and len(others) == 1 and self._only_met(key):
            # "Secretary Blinken pledged to President Zelenskyy ..." in a release that names one
            # state besides the publisher's: an official only ever met, called or named (never
            # acting in the text) is that state's counterpart, not the publisher's
            state = next(iter(others))
            return ActorCode(state, code.sector, f"{code.reason}; only met, in a release naming one other state ({state})")
        introduced = self._introduced_counterpart_state(key, own) if own else None
        if introduced is not None:
            return ActorCode(introduced, code.sector, f"{code.reason}; introduced as the counterpart of an act in a "
                                                      f"sentence naming one other state ({introduced})")
        if own and stateless_body:
            # a post in a body of several states ("European External Action Service Deputy
            # Secretary General") is an intergovernmental official: PLOVER/POLECAT code such
            # bodies IGO, so a government title of no state there is IGO (a MIL post stays MIL)
            return ActorCode(None, "IGO" if code.sector == "GOV" else code.sector,
                             f"{code.reason}; a post in a body no state places")
        principal = self._principal_state(key, own) if own else None
        if principal is not None:
            return ActorCode(principal, code.sector, f"{code.reason}; the deputy conjoined with {principal}'s "
                                                     f"holder of the principal office")
        foreign = self._states_beside(key, subjects_too=True) - {own} \
            if own and self._office_foreign_to(key, own) else set()
        if len(foreign) == 1:
            # "Foreign Minister Wang Yi and Vice Foreign Minister Xie Feng met ... in Tianjin": an
            # office the publisher's state does not have ("minister" in a U.S. release) is held
            # for another state, the one state besides ``own`` its sentences name
            state = next(iter(foreign))
            return ActorCode(state, code.sector, f"{code.reason}; an office {own} does not have, beside one "
                                                 f"other state ({state})")
        if own and not leader and not self._counterpart_beside_other_state(key, own) \
                and not self._office_held_by_another(key, own) \
                and not self._office_held_elsewhere(key, own) and not self._office_foreign_to(key, own):
            return ActorCode(own, code.sector, f"{code.reason} in the release of {self.doc._.ng_outlet}",
                             publisher_default=True)
        other_holder = self._state_beside_other_holder(key, own) if own else None
        if other_holder is not None:
            return ActorCode(other_holder, code.sector, f"{code.reason}; the office's other holder is of {own}, "
                                                        f"beside one other state ({other_holder})")
        beside = (self._states_beside(key) or set()) - {own} if self._only_met(key) else set()
        if len(beside) == 1:
            # "met with President Ivan Duque, President-Elect Gustavo Petro" after "traveled to
            # Colombia": a state's official only ever met or named, in sentences that name one
            # state other than the publisher's, is that state's counterpart
            state = next(iter(beside))
            return ActorCode(state, code.sector, f"{code.reason}; the one other state named beside the counterpart")
        if not own:
            # a news story's state, where the person's sentences name no other ("Prime Minister
            # Rishi Sunak" in a story on the UK), may place even a named head of government
            focus = self._focus_of_titled(key)
            if focus is not None:
                return ActorCode(focus, code.sector, f"{code.reason}; the state the article is about, the only one "
                                                     f"its sentences name")
        if leader:
            return ActorCode(None, code.sector, f"{code.reason}; a named head of state or government: no "
                                                f"publisher's state by default")
        return code

    def _named_leader(self, key: str, entity: Optional[EntityRecord]) -> bool:
        """Whether ``key`` is a person named by name (not only by a title: "the President") whose
        role is a head of state's or government's office with no state or body of its own
        ("President Duque", "Prime Minister Ariel Henry"; ``resolve.actors.head_office``)."""
        if entity is None or entity.type != "person":
            return False
        titles = {w.lower() for role in self.roles.get(key, []) for w in role.title.split()}
        if not any(word[:1].isupper() and word.lower() not in titles for word in entity.name.split()):
            return False  # "President", "the President": a title only
        return any(head_office(role.title) and not role.of_key and not role.of_name
                   for role in self.roles.get(key, []))

    def _parenthetical_state(self, key: str) -> Optional[tuple[str, str]]:
        """(alpha-3, place) of a state or a state's region in parentheses right after a mention of
        the person, or after the next name joined to it by "and" within the same list item
        ("Foreign Minister Juan Carlos Holguin and Minister of the Environment ... Gustavo
        Manrique Miranda (Ecuador)": a delegation list's parenthesis covers the item, the
        drafting of joint statements and signing readouts); None when no such parenthesis or
        its words name no one state (country names, else ``resolve.places.single_state``)."""
        text = doc_text(self.doc)
        for mention in self._key_mentions(key):
            if mention.kind == "pronoun":
                continue
            found = _PARENTHETICAL_PLACE.match(text, mention.end)
            if found is None:
                joined = self._joined_item_state(mention)
                if joined is not None:
                    return joined
                continue
            place = " ".join(found.group(1).split())
            state = _bracket_state(place)
            if state:
                return state, place
        return None

    def _joined_item_state(self, mention: Mention) -> Optional[tuple[str, str]]:
        """(alpha-3, place) of the bracket closing the list item joined to ``mention`` by "and"
        where commas inside the joined title keep ``_PARENTHETICAL_PLACE`` from reaching it: the
        name is followed at once by "and" and the parser's conjunct of the name that heads the
        next words (``_item_bracket_state``). None otherwise."""
        span = expanded_span(self.doc, mention.start, mention.end)
        if span is None or span.end + 1 >= len(self.doc) or self.doc[span.end].lower_ != "and":
            return None
        joined = self.doc[span.end + 1]
        while joined.head.i != joined.i and joined.head.i > span.end:
            joined = joined.head  # "Minister" of "Minister of the Environment ...": the conjunct heads the words
        if joined.dep_ != "conj" or joined.head.i != span.root.i:
            return None
        return _item_bracket_state(self.doc, joined)

    def _focus_of_titled(self, key: str) -> Optional[str]:
        """The state a state official with no state of their own ("Prime Minister Boris Johnson",
        "outgoing governor Bob McDonnell") acts for in an article no state institution published:
        the state the article is about (``context_states.article_focus``), as Phoenix and POLECAT
        code an actor by its story's context, where the sentences naming the person name no
        other state (a foreign counterpart's sentence names their own). A demonym that only names
        a state's people ("rejected a fast-track system for 3,000 Afghan refugees": the noun's
        sector, REF, CVL ..., is none of a state's, ``demonym_people``/``placed_people``) names no
        counterpart's state: those people are no office's holders (since 0.3.810). None otherwise."""
        if any(role.of_key or role.of_name for role in self.roles.get(key, [])):
            return None  # "president of the International Brotherhood of Magicians": a body's officer
        # else the one state its headline names, where the body names it most (context_states.headline_state)
        focus = article_focus(self.doc, None) or headline_state(self.doc, None)
        if focus is None:
            return None
        sentences = self._sentences_of(key)
        for mention in self.doc._.ng_mentions or []:
            entity = self.entities.get(mention.entity_key) if mention.entity_key else None
            if entity is None or entity.type not in ("country", "place") or mention.kind == "pronoun":
                continue
            span = expanded_span(self.doc, mention.start, mention.end)
            if span is not None and span.sent.start_char in sentences and entity_state(entity) not in (focus, None) \
                    and not _names_people_only(self.doc, mention.start, mention.end):
                return None
        return focus

    @functools.cached_property
    def _lower_words(self) -> frozenset[str]:
        """Every word of the article in lower case (``Token.lower_``): a reading that needs one
        cue word ("fellow") is skipped where the article has none, with no scan per actor."""
        return frozenset(token_lowers(self.doc))

    @functools.cached_property
    def _states_named(self) -> set[str]:
        """ISO3 of every state the article names, itself or through a place in it."""
        return {e.state for e in self.entities.values()
                if e.type in ("country", "place")} - {None}

    def _title_before(self, key: str) -> Optional[ActorCode]:
        """The sector of a title the role extractor missed, read from the capitalised words right
        before the person's first mention ("Assistant Secretary of State for Educational and
        Cultural Affairs (ECA) Lee Satterfield" -> GOV through "secretary of state")."""
        span = self._first_name_span(key)
        if span is None:
            return None
        words = []
        for token in reversed(self.doc[max(span.sent.start, span.start - 15):span.start]):
            if not (token.is_title or token.is_upper or token.lower_ in ("of", "for", "and", "the")
                    or token.text in "(),"):
                break
            if token.ent_type_ == "PERSON" and token.i + 1 < len(self.doc) and self.doc[token.i + 1].text == ",":
                # "the children of President X, A and B": a title before another person's name and
                # its comma is that person's (English puts a title right before its holder's
                # name), not A's; a coordinated title keeps reading ("Ukrainian Foreign Minister
                # K and Head of the Presidential Office Y": the demonym stands for the list)
                break
            words.insert(0, token.text)
        found = agent_sector(" ".join(words)) if words else None
        for start in range(len(words)):
            # "Senior Advisor and Director of the White House Office of Public Engagement Cedric
            # Richmond": a post in a named state institution the title runs into
            rest = " ".join(words[start:])
            body = state_institution_prefix(rest) or (named_actor(rest) if start and len(words) - start > 1 else None)
            if state_institution_code(body):
                sector = found.sector if found is not None and found.sector in state_sectors() else body.sector
                return ActorCode(body.acts_for, sector, f"title before the name: {body.reason}")
        if found is None or found.sector not in state_sectors():
            return None
        return ActorCode(found.acts_for, found.sector, f"title before the name: {found.reason}")

    def _title_chain_state(self, key: str) -> Optional[ActorCode]:
        """The state a chain of coordinated titles before the person's first name opens with
        ("PRC State Councilor and Foreign Minister Wang Yi", where the NER cut the chain and the
        role kept only "Foreign Minister"): the capitalised words right before the name, on its
        line (or across a hard wrap inside a paragraph), are a state's name or demonym followed
        by title words (``roles.title_lexicon``), "and"/"of"/"the"/"for" and the capitalised
        portfolio a "for" or "of" opens ("Brazilian Secretary for Strategic Affairs Admiral Flávio
        Rocha"), beginning and ending with a title word. The sector is the titles' (Phoenix
        agents), else GOV. None otherwise."""
        from newsgraph.nlp.roles import title_lexicon

        span = self._first_name_span(key)
        if span is None:
            return None
        lex = title_lexicon()
        words = []
        for token in reversed(self.doc[max(span.sent.start, span.start - 12):span.start]):
            # a hard wrap inside a paragraph ("met with Brazilian\nSecretary for ...") joins the
            # chain; a line of its own ("Belgium\nValérie Glatigny, Minister ...") does not
            wrapped = token.whitespace_ == "\n" and token.i > 0 and "\n" not in self.doc[token.i - 1].whitespace_ \
                and not self.doc[token.i - 1].is_space
            if ("\n" in token.whitespace_ and not wrapped) \
                    or not (token.is_title or token.is_upper or token.lower_ in ("and", "of", "the", "for")):
                break
            words.insert(0, token.text)
        for size in (3, 2, 1):
            country = lookup_country(" ".join(words[:size])) if len(words) > size else None
            if country is None:
                continue
            rest = [w.lower() for w in words[size:]]
            # a portfolio after "for" or "of" may be any capitalised words up to the next title
            # word ("Brazilian Secretary for Strategic Affairs Admiral Flávio Rocha")
            portfolio, plain = False, True
            for w in rest:
                if w in lex.title_words:
                    portfolio = False
                elif w in ("for", "of"):
                    portfolio = True
                elif w not in ("and", "the") and not portfolio:
                    plain = False
            if rest and rest[0] in lex.title_words and rest[-1] in lex.title_words and plain:
                found = agent_sector(" ".join(words[size:]))
                sector = found.sector if found is not None and found.sector in state_sectors() else "GOV"
                return ActorCode(country.alpha3, sector, f"'{' '.join(words)}' before the name")
            return None
        return None

    def _acts_as_subject(self, key: str) -> bool:
        """Whether a mention of the person is the subject of a clause."""
        for mention in self._key_mentions(key):
            span = expanded_span(self.doc, mention.start, mention.end)
            root = span.root if span is not None else None
            while root is not None and root.dep_ == "conj":
                root = root.head  # "Secretary Blinken and Secretary Austin pledged"
            if root is not None and (root.dep_ in ("nsubj", "nsubjpass") or _misread_title_subject(root)):
                return True
        return False

    def _office_foreign_to(self, key: str, own: str) -> bool:
        """Whether a title of the person names an office ``own`` does not have (actor_sectors.yaml
        ``offices_not_held``: a "Minister of Education" in a U.S. release is another state's)."""
        words = offices_not_held(own)
        return bool(words) and any(words & set(re.split(r"[\s,]+", role.title.lower()))
                                   for role in self.roles.get(key, []))

    def _principal_state(self, key: str, own: str) -> Optional[str]:
        """The state of the principal a deputy is conjoined with: "President Daniel Ortega and Vice
        President Rosario Murillo", "Foreign Minister Wang Yi and Vice Foreign Minister Xie Feng".
        A vice or deputy office (title "Vice ..."/"Deputy ...") deputises for the principal of
        the same office in the same government (English "vice-": "in place of"), so a coordinated
        pair of the office and its deputy share one state. Only a principal placed in a state other
        than ``own`` by more than the publisher default counts; None otherwise."""
        deputy_titles = [t for t in (" ".join(r.title.lower().split()) for r in self.roles.get(key, []))
                         if len(t.split()) > 1 and t.split()[0] in ("vice", "deputy")]
        deputy_heads = {t.split()[-1] for t in deputy_titles}
        if not deputy_heads:
            return None
        mentions = []
        for mention in self.doc._.ng_mentions or []:
            span = expanded_span(self.doc, mention.start, mention.end)
            if span is not None and mention.entity_key:
                mentions.append((span, mention.entity_key))
        for span, mentioned in mentions:
            if mentioned != key:
                continue
            for other_span, other in mentions:
                # coordinated side by side, in either order: only "and" (or a comma) between the two
                # titled names; the parser's conj arc is no help here, a possessive after the pair
                # ("... and Vice President Rosario Murillo's decision") breaks it
                first, second = (other_span, span) if other_span.start < span.start else (span, other_span)
                between = self.doc[first.end:second.start]
                titles = {" ".join(r.title.lower().split()) for r in self.roles.get(other, [])}
                title_words = {w for t in titles | set(deputy_titles) for w in t.split()}
                if other == key or not between or len(between) > 6 or not any(t.lower_ == "and" for t in between) \
                        or any(t.lower_ not in ("and", ",") and t.lower_ not in title_words for t in between):
                    continue
                if not any(t.split() and t.split()[0] not in ("vice", "deputy") and t.split()[-1] in deputy_heads
                           for t in titles):
                    continue
                code = self.for_key(other)
                if code is not None and code.acts_for and code.acts_for != own and not code.publisher_default:
                    return code.acts_for
        return None

    def _office_held_elsewhere(self, key: str, own: str) -> bool:
        """Whether every title the person holds (a "former" one too) is a single-holder office
        (President, Foreign Minister: ``single_holder_offices``) that the article gives, anywhere,
        another person placed in ``own`` by more than the publisher default ("President Biden",
        Phoenix's office holder, and "President Zelenskyy" in one State Department interview).
        Then the publisher's state is no default for this holder: the bare title cannot say
        which state, and a wrong state misleads more than none. A holder placed in another state
        says nothing ("President Biden spoke with President Lasso of Ecuador")."""
        titles = {" ".join(r.title.lower().split()).removeprefix("former ") for r in self.roles.get(key, [])}
        offices = single_holder_offices()
        if not titles or not titles <= offices:
            return False
        return any(True for _ in self._other_holders(key, own, titles, drop_former=True))

    def _other_holders(self, key: str, own: str, titles: set[str], drop_former: bool = False):
        """The (key, entity) of every other person the article gives one of ``titles`` (lower-case
        single-holder offices; "former " dropped from theirs when ``drop_former``) and places in
        ``own`` by more than the publisher default, or Phoenix lists as ``own``'s office holder.
        A person with the same last name is the same holder ("President Biden" and "President
        Joseph R. Biden, Jr.")."""
        entity = self.entities.get(key)
        surname = entity.name.split()[-1].lower() if entity is not None and entity.name.split() else None
        for other, roles in self.roles.items():
            other_entity = self.entities.get(other)
            if other == key or other_entity is None or not other_entity.name.split() \
                    or other_entity.name.split()[-1].lower() == surname:
                continue
            held = {" ".join(r.title.lower().split()) for r in roles}
            if drop_former:
                held = {t.removeprefix("former ") for t in held}
            if not titles & held:
                continue
            code = self.for_key(other)
            if (code is not None and code.acts_for == own and not code.publisher_default) \
                    or office_holder_by_surname(other_entity.name) == own:
                yield other, other_entity

    def _office_held_by_another(self, key: str, own: str) -> set[int]:
        """Whether the person's title is an office ``own`` gives one person at a time
        (``single_holder_offices``: "President", "Foreign Minister") that the article gives
        another person of ``own`` ("President Biden", Phoenix's office holder, beside "President
        Zelenskyy"): then this one holds it for another state. A former holder counts for no one.
        Returns the start offsets of the sentences the two holders share (empty: not so held)."""
        offices = single_holder_offices()
        titles = {" ".join(r.title.lower().split()) for r in self.roles.get(key, [])} & offices
        shared: set[int] = set()
        if not titles:
            return shared
        # in one sentence, so at one time ("President Joseph R. Biden, Jr. and President Jair
        # Messias Bolsonaro met today"): across sentences the other may be a past holder
        # ("President Monroe in 1822 signed ...")
        sentences = self._sentences_of(key)
        for other, _ in self._other_holders(key, own, titles):
            shared |= sentences & self._sentences_of(other)
        return shared

    def _state_beside_other_holder(self, key: str, own: str) -> Optional[str]:
        """The one state other than ``own`` named in the sentences where the person and the
        publisher's holder of the same single-holder office stand together ("President Joseph
        R. Biden, Jr. and President Jair Messias Bolsonaro met today to reaffirm ... the
        relationship between the United States and Brazil": two presidents, two states); None
        when those sentences name no other state or several."""
        starts = self._office_held_by_another(key, own)
        if not starts:
            return None
        by_sentence: dict[int, set] = {start: set() for start in starts}
        for mention in self.doc._.ng_mentions or []:
            entity = self.entities.get(mention.entity_key) if mention.entity_key else None
            if entity is None or entity.type not in ("country", "place"):
                continue
            span = expanded_span(self.doc, mention.start, mention.end)
            if span is not None and span.sent.start_char in starts:
                by_sentence[span.sent.start_char].add(entity_state(entity))
        # the sentences that name one other state must all name the same one (a sentence naming
        # several, "coordinate ... over Russia’s invasion of Ukraine", says nothing of the holder)
        found = {next(iter(states)) for states in (s - {own, None} for s in by_sentence.values()) if len(states) == 1}
        return next(iter(found)) if len(found) == 1 else None

    def _sentences_of(self, key: str) -> set[int]:
        """Start offsets of the sentences that mention ``key``."""
        starts = set()
        for mention in self._key_mentions(key):
            span = expanded_span(self.doc, mention.start, mention.end)
            if span is not None:
                starts.add(span.sent.start_char)
        return starts

    def _introduced_counterpart_state(self, key: str, own: str) -> Optional[str]:
        """The state a state official is introduced beside: where the person's first mention is
        the object of a clause or of its preposition ("Blinken met today with Ukraine's First Lady,
        Olena Zelenska, in Washington", "met on August 29 with General Zhang Youxia, ... in
        Beijing, China") and that sentence names exactly one state (itself or by a place in it,
        ``context_states.entity_state``) other than the publisher's ``own``, the counterpart of a
        readout is that state's, though later sentences make them a co-subject ("Mr. Sullivan and
        Vice Chairman Zhang recognized"). None for an envoy (an ambassador's post lies in the
        state they are sent to) or otherwise."""
        envoys = _envoy_nouns()
        if any(word in envoys for role in self.roles.get(key, []) for word in (role.title or "").lower().split()):
            return None
        mentions = sorted((m for m in self._key_mentions(key) if m.kind != "pronoun"), key=lambda m: m.start)
        if not mentions:
            return None
        span = expanded_span(self.doc, mentions[0].start, mentions[0].end)
        if span is None:
            return None
        root = span.root
        while root.dep_ in ("conj", "appos", "compound", "flat") and root.head.i != root.i:
            root = root.head
        if root.dep_ not in ("dobj", "obj", "pobj", "dative", "iobj") \
                or (root.dep_ == "pobj" and root.head.lower_ in ("by", "of")):
            return None  # "joined by Secretary X" (a passive agent), "the delegation of X"
        verb = root.head.head if root.dep_ == "pobj" else root.head
        if verb.pos_ != "VERB":
            return None  # "X, together with Finance Minister Y, co-chaired": no act of which X is the counterpart
        sentence = span.sent
        while sentence.end < len(self.doc) and not any(t.is_sent_end and t.text[-1:] in ".!?\"”" for t in sentence
                                                        if not t.is_space):
            # a hard wrap the parser split at ("... Commission in\nBeijing, China."): read on to the full stop
            sentence = self.doc[sentence.start:self.doc[sentence.end].sent.end]
        phrase = (root.left_edge.idx, root.right_edge.idx + len(root.right_edge))
        states, own_phrase = set(), set()
        for mention in self.doc._.ng_mentions or []:
            if mention.entity_key in (None, key) or not sentence.start_char <= mention.start < sentence.end_char:
                continue
            entity = self.entities.get(mention.entity_key)
            if entity is not None and entity.type in ("country", "place"):
                state = entity_state(entity)
                if not state:
                    continue
                if phrase[0] <= mention.start < phrase[1]:
                    own_phrase.add(state)  # "former Honduran President X and former First Lady Y"
                elif mention.kind != "demonym":
                    states.add(state)  # "the first former Spanish colony": a demonym on a thing places no one
        # the state the counterpart's own noun phrase names ("the People's Republic of China (PRC)
        # Special Representative ... Liu Xiaoming") before the one the whole sentence names
        for found in (own_phrase - {own}, (states | own_phrase) - {own}):
            if len(found) == 1:
                return next(iter(found))
        return None

    def _counterpart_beside_other_state(self, key: str, own: str) -> bool:
        """Whether the person is never the subject of a clause, and a sentence naming them also
        names another state or a place in one (the foreign counterpart of a readout)."""
        return bool((self._states_beside(key) or set()) - {own})

    def _nationality_before(self, key: str) -> Optional[ActorCode]:
        """The state the noun phrase of an actor's first named mention gives by nationality
        (English premodification and apposition): a demonym or state name with a common noun
        before the name ("Russian elite Yevgeniy Prigozhin", "Iranian cyber actors Seyyed ...
        Kazemi and Sajjad Kashian", "U.S. citizens Gustavo Cardenas", "Nicaraguan state-owned
        mining company ENIMINAS", "the Uzbekistan-based Promcomplektlogistic Private Company"), or
        an appositive noun phrase after it that has one ("Marine Trans Shipping LLC, a Russian
        maritime shipping company"). The sector is the one the nouns give (Phoenix agents), else
        none; None when neither phrase places the actor."""
        mentions = self._name_mentions(key)
        if not mentions:
            return None
        span = expanded_span(self.doc, mentions[0].start, mentions[0].end)
        if span is None:
            return self._appositive_state(key, None) or self._relative_predicate_state(key)
        head = span.root
        if not head.ent_type_:
            # a name the NER tagged nowhere ("M Leasing LLC, a Russian maritime shipping company"):
            # only an appositive noun phrase after it places it
            found = None
            for appos in _appositive_nouns(head):
                found = self._nationality_of(self._appositive_words(appos), "in apposition to the name")
                if found is not None:
                    break
            # (a name whose head word the NER left untagged still leads a delegation: "Mr. Satya
            # Narayan Pradhan, Director General, NCB led the Indian delegation"). Since 0.3.421 a
            # predicate nominal places it too, as it places a tagged name: "X (“IRA”) ... IRA is
            # a Russian entity" (the copula names one referent, as apposition does)
            return found or self._appositive_state(key, None) or self._predicate_state(key) \
                or self._relative_predicate_state(key) or self._delegation_state(key)
        label = head.ent_type_
        first = head
        while first.dep_ == "conj" and first.head.i < first.i and first.head.ent_type_:
            first = first.head
        while head.dep_ == "conj" and head.head.i < head.i and head.head.ent_type_ == label:
            head = head.head  # "... Kazemi and Sajjad Kashian": the first conjunct's phrase
        if first is not head and first.dep_ == "appos" and first.head.tag_ == "NNS":
            # a list of names in apposition to a plural noun ("three Iran-based entities, Zagros
            # Tarabaran-E Arya, Persian Gulf Star Oil Company, and East Ocean Rashin Shipping Co.
            # Ltd."): every name is one of the noun's referents, whatever the NER took each for
            head = first
        name_start = head.i
        while name_start > head.left_edge.i and self.doc[name_start - 1].ent_type_ == label \
                and self.doc[name_start - 1].pos_ == "PROPN":
            name_start -= 1
        found = self._nationality_of(list(self.doc[head.left_edge.i:name_start]), "before the name")
        if found is None:
            for appos in _appositive_nouns(head):
                found = self._nationality_of(self._appositive_words(appos), "in apposition to the name")
                if found is not None:
                    break
        if found is None:
            found = self._affiliation_state(key, head)
        if found is None:
            found = self._title_owner_state(key, head, name_start)
        if found is None:
            found = self._appositive_state(key, head)
        if found is None and first is not head:
            # "two of Russia’s most important banks, Sberbank and Gazprombank" (ORG, then PERSON):
            # the list's first name stands after the placing phrase
            found = self._appositive_state(key, first)
        return found or self._predicate_state(key) or self._relative_predicate_state(key) or self._government_role(key) \
            or self._delegation_state(key) or self._inclusion_head_state(head)

    def _with_origin(self, key: str, code: Optional[ActorCode]) -> Optional[ActorCode]:
        """``code``, or where it gives the person no state, the state their place of origin or a
        later "fellow" phrase gives (``_origin_state``, ``_fellow_state``), keeping ``code``'s
        sector: the weakest evidence, read only where every title, role and nationality
        reading placed no one."""
        if code is not None and code.acts_for:
            return code
        return _placed_keeping_sector(code, self._origin_state(key) or self._fellow_state(key))

    def _origin_state(self, key: str) -> Optional[ActorCode]:
        """The state of the place a person's name phrase says they come from: an "of"/"from"
        phrase on a name mention ("Ahmed Mohamed of Irving, Texas") or a "from" phrase on a noun in
        apposition to it ("Ahmed Mohamed, a 14-year-old boy from Irving, Texas"; "X, a student from
        Poland"; an appositive's "of" is a title's or a relation's: "the chief propagandist of
        Russia", "a critic of Russia"). The
        place is a country (after an appositive noun only) or a place entity the article or the gazetteer puts in one state
        (``place_actors.place_state``). English postmodification gives a person's origin as it
        gives a title's state; an appositive headed by a relational noun ("a partner of Russia")
        names the other side and places nothing. The sector is the one the appositive's people
        noun gives ("a resident": CVL), else none; None where no such phrase places a mention."""
        for span in self._name_spans(key):
            head = span.root
            if head.ent_type_ != "PERSON":
                continue
            holders = [(head, _ORIGIN_NAME_PREPS)] + [(noun, _ORIGIN_APPOSITIVE_PREPS) for noun in _appositive_nouns(head)
                                                     if not relational_head(noun.text)]
            for holder, preps in holders:
                for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in preps):
                    place = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    # "Andriy Yermak of Ukraine": a state right after a name is most often its
                    # official's (a title's "of"), which the event's own words code with the
                    # title's sector; on the name itself only a place below a state is an origin
                    found = self._place_token_state(place, countries=holder is not head) if place is not None else None
                    if found is None:
                        continue
                    sector = people_noun_sector(holder.lower_, in_contest(holder)) if holder is not head else None
                    return ActorCode(found, sector, f"'{self.doc[holder.i:place.right_edge.i + 1].text}': "
                                                    f"the place the name's phrase says the person is from")
        return None

    def _fellow_state(self, key: str) -> Optional[ActorCode]:
        """The nationality a "fellow" phrase later in a sentence that names the person gives them
        ("... allow X to return home, and release his son Y, as well as their fellow U.S. citizens
        A and B": X and Y are U.S. citizens too): "fellow" says the possessor's people share the
        class its noun phrase names, so where the possessor is "their", every person named before
        it in the sentence but in a prepositional phrase ("freed A in exchange for B": B is the
        other side, ``_in_prep_phrase``), where it is "his"/"her", the one named last before it, takes the
        state the phrase's demonym or state name gives (``_nationality_of``; one state only).
        A dual national is what the article's words make them. None where no such phrase follows."""
        if "fellow" not in self._lower_words:
            return None  # no "fellow" in the article: no sentence to scan
        doc = self.doc
        for span in self._name_spans(key):
            for fellow in (t for t in span.sent if t.lower_ == "fellow" and t.i >= span.end and t.dep_ == "amod"):
                noun = fellow.head
                if noun.pos_ == "PROPN":
                    # "their fellow U.S. citizens Emad Shargi": the parser heads the phrase with
                    # the name and hangs the class noun on it beside "fellow"
                    noun = next((c for c in noun.children if c.tag_ == "NNS" and c.dep_ in ("nmod", "compound")
                                 and c.i > fellow.i), noun)
                possessor = next((c for c in (*noun.children, *fellow.head.children)
                                  if c.dep_ == "poss" and c.lower_ in ("their", "his", "her") and c.i < fellow.i), None)
                if possessor is None or noun.pos_ != "NOUN" or noun.tag_ != "NNS":
                    continue
                if possessor.lower_ != "their":
                    named = [t for t in doc[span.sent.start:possessor.i] if t.ent_type_ == "PERSON"]
                    if not named or not (span.start <= named[-1].i < span.end):
                        continue  # "his" is the nearest person named before it
                elif _in_prep_phrase(span.root):
                    continue  # "freed A in exchange for B, ... their fellow citizens": B is the other side
                phrase = [t for t in doc[possessor.i + 1:noun.i + 1] if t is not fellow]
                found = self._nationality_of(phrase, "a 'fellow' phrase after the name")
                if found is not None:
                    return ActorCode(found.acts_for, people_noun_sector(noun.lower_) or found.sector,
                                     f"'{doc[possessor.i:noun.i + 1].text}' after the name: the same nationality")
        return None

    def _place_token_state(self, token, countries: bool = True) -> Optional[str]:
        """ISO3 of the country (where ``countries``) or the one-state place a GPE token names (its
        mention's entity, else the country table), or None."""
        if token.ent_type_ != "GPE":
            return None
        for mention in self.doc._.ng_mentions or []:
            if mention.kind == "pronoun" or not (mention.start <= token.idx < mention.end):
                continue
            entity = self.entities.get(mention.entity_key) if mention.entity_key else None
            if entity is None:
                continue
            if entity.type == "country":
                return entity.code if countries else None
            if entity.type == "place":
                placed = place_state(self.doc, entity)
                return placed[0] if placed else None
        country = lookup_country(token.text) if countries else None
        return country.alpha3 if country else None

    def _inclusion_head_state(self, name) -> Optional[ActorCode]:
        """The state of the plural noun phrase an inclusion list hangs on ("meet with Polish
        leaders, including Foreign Minister Zbigniew Rau"; "Russian officials, including X and
        Y"): the names after "including" are some of the phrase's referents, so its demonym or
        state name places them as it places the phrase (``_nationality_of``). ``name`` is the
        name's head token (a conjunct of the list climbs to its first member). None when the
        name is no object of "including" on a plural noun, or the phrase names no one state."""
        name = first_conjunct(name)
        including = name.head
        if name.dep_ != "pobj" or including.lower_ != "including" or including.dep_ != "prep":
            return None
        noun = inclusion_noun(including)
        if noun is None:
            return None
        found = self._nationality_of(list(noun.lefts) + [noun], "heading the list that includes the name")
        demonym = demonym_head(noun)
        if found is None and demonym is not None:
            # "wrongfully detained Americans, including X and Y": a plural demonym names a state's
            # people, so the list's members are that state's (no sector: the noun gives none of
            # their roles); linking 0.3.870
            return ActorCode(demonym[0], None, f"one of the '{noun.text}' the list after '{including.text}' exemplifies")
        return found

    def _placed_mentions_at(self, offset: int, key: Optional[str]):
        """(mention, its ActorCode) for each keyed mention other than ``key`` covering character
        ``offset`` whose code names a state, in the linker's mention order."""
        for mention in self.doc._.ng_mentions or []:
            if mention.entity_key in (None, key) or not (mention.start <= offset < mention.end):
                continue
            code = self.for_key(mention.entity_key)
            if code is not None and code.acts_for:
                yield mention, code

    def _affiliation_state(self, key: str, head) -> Optional[ActorCode]:
        """The state of the actor an appositive phrase says the name is affiliated, aligned or
        allied with ("Saraya al-Areen, a militia affiliated with the Syrian Arab Army"): a body
        so described acts for the same state as that actor (sanctions releases place militias
        this way). The sector is the appositive noun's (Phoenix agents: "militia"), else none; an
        armed group's REB becomes MIL where the other actor is a state body of a state sector (the
        state's army, a ministry: a pro-government militia), never for a bare state ("a militia
        aligned with Iran"). None when no such phrase names a placed actor."""
        for appos in (c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > head.i):
            for verb in (c for c in appos.children if c.dep_ == "acl" and c.lower_ in _AFFILIATION_WORDS):
                for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "to")):
                    for obj in (c for c in prep.children if c.dep_ == "pobj"):
                        for mention, code in self._placed_mentions_at(obj.idx, key):
                            own = agent_sector(appos.lower_)
                            sector = own.sector if own is not None else None
                            if sector == "REB" and code.sector in state_sectors() \
                                    and not (mention.entity_key or "").startswith("country:"):
                                # "a militia affiliated with the Syrian Arab Army": an armed group
                                # tied to a state's own forces or institution is pro-government, no
                                # rebel (POLECAT codes such militias with the state's forces)
                                sector = "MIL"
                            return ActorCode(code.acts_for, sector,
                                             f"'{appos.text} {verb.text} {prep.text} {mention.text}' ({code.acts_for})")
        return None

    def _group_member_state(self, key: str) -> Optional[ActorCode]:
        """The state and sector of the named group a person's own noun phrase says they serve
        (English premodification and apposition: "Hizballah financier X", "X, a Hamas commander",
        "two Hizballah financiers ...: X and Y", "X, one of the leaders of the Taliban"): a member
        acts for the group, so takes the base state and the sector the Phoenix dictionaries give
        the group's name (``named_actor``: Hizballah LBN REB), whatever label the NER gave the
        name (a group's name reads as a place or a surname out of context). The phrase's head
        noun must name a group's own people (actor_heads.yaml ``group_member_heads``) and the
        group's name must modify that noun (``_member_phrase``: "former Hizballah hostage and army
        commander X" names no Hizballah commander); a group the data places in no state places no
        one. None otherwise."""
        for span in self._name_spans(key):
            head = first_conjunct(span.root)  # "...: Ali Saade and Ibrahim Taher": the list's first name
            before = list(self.doc[head.left_edge.i:span.start])
            nouns = [t for t in before if t.pos_ == "NOUN" and t.is_lower]
            # the member nouns: the last common noun before the name, each appositive noun, the
            # plural the name list stands in apposition to, and a partitive after the names
            members = nouns[-1:] + _appositive_nouns(head)
            noun = _apposed_anchor(head, ("NOUN",))
            if noun is not None:
                members.append(noun)
            # read from the list's first name and from this one (the parser may hang a later
            # name on the verb: the conjunct climb above then leaves the names)
            partitive = _partitive_after_names(head) if head.ent_type_ else None
            partitive = partitive or _partitive_after_names(span.root)
            if partitive is not None:
                members.append(partitive)
            for noun in members:
                if not group_member_head(noun.text):
                    continue  # "a critic of Hamas", "Hizballah-linked companies": no member
                tokens = self._member_phrase(noun)
                for group in _proper_runs(tokens):
                    found = (named_actor(group) or _place_named_group(group, self._states_named)) \
                        if lookup_country(group) is None else None
                    if found is not None and found.acts_for:
                        return ActorCode(found.acts_for, found.sector,
                                         f"'{' '.join(t.text for t in tokens)}': a member of {group} "
                                         f"({found.acts_for} {found.sector or '-'}; {found.reason})")
        return None

    def _member_phrase(self, noun) -> list:
        """The tokens of a member noun's own phrase (English premodification and postmodification
        of a head noun): the words of its compound, adjective and possessive modifiers before it,
        the noun, and its "of" phrases ("two Hizballah financiers", "a senior Islamic Jihad
        commander", "leaders of the Sinaloa Cartel"); never a word that modifies another noun of
        the name's phrase ("Hizballah" in "former Hizballah hostage and army commander")."""
        own = [t for child in noun.children if child.dep_ in MEMBER_MODIFIER_DEPS and child.i < noun.i
               for t in child.subtree]
        return own + [noun] + self._of_phrases(noun)

    def _name_mentions(self, key: str) -> list:
        """The mentions that name ``key`` (kind "name"), in text order."""
        mentions = self.doc._.ng_mentions or []
        stamp = (id(mentions), len(mentions))
        if self._names_by_key_stamp != stamp:
            # one pass over the mentions for every key (the coder asks for many keys' names, each
            # more than once); rebuilt when the linker adds a mention (``_keyed_token_mentions``)
            by_key: dict = {}
            for m in mentions:
                if m.kind == "name":
                    by_key.setdefault(m.entity_key, []).append(m)
            self._names_by_key = {k: sorted(v, key=lambda m: m.start) for k, v in by_key.items()}
            self._names_by_key_stamp = stamp
        return list(self._names_by_key.get(key, ()))

    def _key_mentions(self, key: str) -> list:
        """The mentions of ``key`` (every kind), in ``doc._.ng_mentions`` order: what a scan of
        the whole list for ``m.entity_key == key`` finds, from one pass over the list for every
        key (the coder's readings each scanned the list once per key they code). Grouped again
        when the list is replaced or grows (the linker only appends to it and changes no
        mention's key or kind in place), or when a mention returned no longer stands where the
        grouping saw it (the linker re-sorts the list in place), so the order is the list's."""
        mentions = self.doc._.ng_mentions or []
        stamp = (id(mentions), len(mentions))
        found = self._mentions_by_key.get(key, ()) if self._mentions_by_key_stamp == stamp else None
        if found is None or any(mentions[i] is not m for i, m in found):
            by_key: dict = {}
            for i, m in enumerate(mentions):
                by_key.setdefault(m.entity_key, []).append((i, m))
            self._mentions_by_key, self._mentions_by_key_stamp = by_key, stamp
            found = by_key.get(key, ())
        return [m for _i, m in found]

    def _name_spans(self, key: str) -> list:
        """The token spans of every mention that names ``key`` (kind "name"), in text order."""
        return self._mention_spans(self._name_mentions(key))

    def _mention_spans(self, mentions: list) -> list:
        """The token spans of ``mentions``, in their order (a mention no token covers has none)."""
        spans = []
        for mention in mentions:
            span = expanded_span(self.doc, mention.start, mention.end)
            if span is not None and len(span):
                spans.append(span)
        return spans

    def _delegation_state(self, key: str) -> Optional[ActorCode]:
        """The state whose delegation the person leads ("Director General Rakesh Asthana, ...,
        led the Indian delegation", "the Russian delegation, headed by X"): a leading verb
        (actor_heads.yaml ``leading_verbs``) joins a name mention of the person (its subject,
        or its "by" agent) to a delegation noun (``delegation_heads``) whose own modifiers name
        one state. Sector GOV for a titled leader, else none (the members may be of any). None
        otherwise."""
        nouns, verbs = delegation_words()
        found: set[str] = set()
        for mention in self._key_mentions(key):
            if mention.kind != "name":
                continue
            span = expanded_span(self.doc, mention.start, mention.end)
            if span is None:
                continue
            root = span.root
            if root.dep_ == "nsubj" and root.head.lemma_ in verbs:
                delegations = [c for c in root.head.children if c.dep_ == "dobj" and c.lower_ in nouns]
            elif root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.lemma_ in verbs \
                    and root.head.head.dep_ == "acl" and root.head.head.head.lower_ in nouns:
                delegations = [root.head.head.head]  # "the Russian delegation, headed by X"
            else:
                continue
            for noun in delegations:
                for token in noun.lefts:
                    country = lookup_country(token.text) if token.ent_type_ in ("NORP", "GPE") else None
                    if country is not None:
                        found.add(country.alpha3)
        if len(found) != 1:
            return None
        state = next(iter(found))
        # a titled leader ("Deputy Assistant Secretary X led the U.S. delegation") is that state's
        # official (GOV, as a titled person a parenthesis places); an untitled one may be of any sector
        return ActorCode(state, "GOV" if self.roles.get(key) else None, f"leads the delegation of {state}")

    def _title_owner_state(self, key: str, head, name_start: int) -> Optional[ActorCode]:
        """The state of the owner of a title that names the person (English Saxon genitive: the
        possessor owns the office; the holder serves the owner's state): a title premodifying the
        name ("Obama’s national security advisor James Jones") or in its appositive phrase
        ("Dmitry Peskov, ... Vladimir Putin’s spokesperson"), written "<owner>’s [modifiers]
        <title noun>". The owner must be another actor the linker places (a Phoenix person or
        state); the sector is the title's (Phoenix agents), else the owner's. None otherwise."""
        doc = self.doc
        nouns = [t for t in doc[head.left_edge.i:name_start] if t.pos_ == "NOUN"]
        for appos in (c for c in head.children if c.dep_ == "appos" and c.i > head.i):
            nouns += [t for t in appos.subtree if t.pos_ == "NOUN"]
        for noun in nouns:
            if not ({noun.lemma_.lower(), noun.lower_} & _title_heads() or agent_sector(noun.lower_)):
                continue
            i = noun.i - 1
            while i > 0 and doc[i].is_lower and doc[i].pos_ in ("ADJ", "NOUN"):
                i -= 1  # "national security", "drug policy": the title's own modifiers
            if i < 1 or doc[i].tag_ != "POS":
                continue
            owner = doc[i - 1]
            for mention, code in self._placed_mentions_at(owner.idx, key):
                title = doc[i + 1:noun.i + 1].text
                found = agent_sector(title.lower()) or agent_sector(noun.lower_)
                sector = found.sector if found is not None else code.sector
                if noun.lower_.startswith("spokes"):
                    # one speaks for the owner: Phoenix agents give "government spokesperson" GOV,
                    # "military spokesperson" MIL; a bare "spokesperson" (MED) names no owner
                    sector = code.sector or sector
                return ActorCode(code.acts_for, sector, f"'{mention.text}’s {title}' names the person ({code.acts_for})")
        return None

    def _predicate_state(self, key: str) -> Optional[ActorCode]:
        """The state a predicate nominal gives its subject name (English copula: "X is a Y"
        names one referent, as apposition does): "Oboronlogistika OOO is a Russian shipping
        company", "Severgroup is a multi-billion-dollar Russia’s investment company", "Dmitry
        Shugaev is a senior leader of the Russian Ministry of Defense". The complement must name
        exactly one state before its head or in its "of" phrases, and its head be a title or an
        actor noun (``_phrase_state``); a negated copula places nothing. None otherwise."""
        doc = self.doc
        for mention in sorted((m for m in self._key_mentions(key) if m.kind in ("name", "surname")), key=lambda m: m.start):
            span = expanded_span(doc, mention.start, mention.end)
            if span is None or span.root.dep_ != "nsubj" or span.root.head.lemma_ != "be":
                continue
            verb = span.root.head
            if any(c.dep_ == "neg" for c in verb.children):
                continue
            for attr in (c for c in verb.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN") and c.i > span.root.i):
                tokens = list(doc[attr.left_edge.i:attr.i + 1]) + self._of_phrases(attr)
                found = self._phrase_state(tokens, attr)
                if found is not None:
                    return ActorCode(found[0], found[1], f"'{doc[attr.left_edge.i:attr.i + 1].text}' predicated of the name")
        return None

    def _relative_predicate_state(self, key: str) -> Optional[ActorCode]:
        """The state a non-restrictive relative clause predicates of a coordination of names
        ("designating Russia-1, Channel One, and NTV, all of which are directly or indirectly
        state-owned and controlled media within Russia"): "all/each/both of which" or "which"
        with a copula and a complement naming one state, before its head, in its "of" phrases or
        in a locative one ("within Russia"), places every name of the list, as the predicate
        nominal of ``_predicate_state`` places its subject; the sector is the complement's
        ("media": MED). None otherwise."""
        doc = self.doc
        for mention in self._name_mentions(key):
            span = expanded_span(doc, mention.start, mention.end)
            if span is None:
                continue
            conjuncts = _conjuncts(span.root)
            for verb in (c for n in conjuncts for c in n.children if c.dep_ == "relcl" and c.lemma_ == "be"):
                subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                relative = subject is not None and (subject.lower_ == "which" or any(
                    p.lower_ == "of" and any(o.lower_ == "which" for o in p.children) for p in subject.children))
                if not relative or any(c.dep_ == "neg" for c in verb.children):
                    continue
                for attr in (c for c in verb.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")):
                    tokens = list(doc[attr.left_edge.i:attr.i + 1]) + self._of_phrases(attr)
                    for prep in (c for c in attr.children if c.dep_ == "prep" and c.lower_ in _LOCATIVE_PREPS):
                        tokens += [o for o in prep.children if o.dep_ == "pobj"]
                    found = self._phrase_state(tokens, attr)
                    if found is not None:
                        return ActorCode(found[0], found[1],
                                         f"'{doc[attr.left_edge.i:attr.i + 1].text}' predicated of a list of names by a relative clause")
        return None

    def _government_role(self, key: str) -> Optional[ActorCode]:
        """The state whose government a designation says the person serves in, in the words of
        the designating order (E.O. 14024 sec. 1(a)(iii)(A): "being or having been a leader,
        official ... of the Government of the Russian Federation"): after a mention of the person,
        in its sentence, "for his/her role ... in/of the Government of <State>", "for his
        involvement in the Government of <State>", "as an official of the Government of <State>"
        (``_GOVERNMENT_ROLE``) -> that state, GOV. None when no such phrase follows the name."""
        text = doc_text(self.doc)
        for mention in (m for m in self._key_mentions(key) if m.kind in ("name", "surname")):
            line_end = text.find("\n", mention.end)
            after = text[mention.end:line_end if line_end >= 0 else len(text)][:300]
            for match in _GOVERNMENT_ROLE.finditer(after):
                if any(other.entity_key not in (key, None) and other.type == "person"
                       and mention.end <= other.start < mention.end + match.start() for other in self.doc._.ng_mentions or []):
                    break  # another person is named first: the phrase may be theirs
                country = lookup_country(match.group(1))
                if country is not None:
                    return ActorCode(country.alpha3, "GOV", f"'{match.group(0).strip()}' after the name")
        return None

    def _appositive_state(self, key: str, head) -> Optional[ActorCode]:
        """The state an appositive noun phrase gives the name it stands beside (English
        apposition: both phrases name one referent): the phrase the name is in apposition to
        ("three Russian Federation military units, the 76th Guards Air Assault Division",
        "Ukraine's First Lady, Olena Zelenska"), or a title phrase right after a mention of the
        name ("Dmytro Kuleba, Ukrainian Foreign Minister", a signature line the parse cannot
        read). The phrase must name exactly one state, by a demonym, a state's name or a
        possessive of one, in its words before its head or in an "of" phrase after it ("the Head
        of the National Guard of Russia"; never a "to"/"with" phrase: "Ambassador to Russia"),
        and its head must be a title or an actor noun (Phoenix agents). None otherwise."""
        doc = self.doc
        item = first_conjunct(head)  # a later item of a coordinated list stands where its first does
        if item is not None and item is not head and item.dep_ != "appos" and item.tag_ == "NNS" \
                and any(child.dep_ == "appos" and child.i < head.i for child in item.children):
            # "three Russian Federation military units, the 76th ... Division ..., as well as the
            # 64th ... Brigade": the parse hung a later item of the appositive list on the plural
            anchor = item
            found = self._phrase_state(self._anchor_phrase(anchor), anchor)
            if found is not None:
                return ActorCode(found[0], found[1], f"'{doc[anchor.left_edge.i:anchor.i + 1].text}' in apposition to "
                                                     "the list the name closes")
        anchor = _apposed_anchor(item, ("NOUN", "PROPN")) if item is not head else None
        if anchor is not None:
            # "..., the 76th ... Division and its subordinate 234th ... Regiment": a conjunct of the appositive
            found = self._phrase_state(self._anchor_phrase(anchor), anchor)
            if found is not None:
                return ActorCode(found[0], found[1], f"'{doc[anchor.left_edge.i:anchor.i + 1].text}' in apposition to "
                                                     "the list the name closes")
        anchor = _apposed_anchor(head, ("NOUN", "PROPN"))
        if anchor is not None:
            found = self._phrase_state(self._anchor_phrase(anchor), anchor)
            if found is not None:
                return ActorCode(found[0], found[1], f"'{doc[anchor.left_edge.i:anchor.i + 1].text}' in apposition to the name")
        if head is not None and head.dep_ != "appos":
            found = self._comma_appositive_state(head)
            if found is not None:
                return found
        found = self._colon_list_state(head) if head is not None else None
        if found is not None:
            return found
        if key not in self._appositive_title_cache:  # the text scan depends on the key alone
            self._appositive_title_cache[key] = self._appositive_title_state(key)
        return self._appositive_title_cache[key]

    def _comma_appositive_state(self, head) -> Optional[ActorCode]:
        """``_appositive_state``'s first reading where the parse missed the apposition ("Designation
        of three Russian officials, Khusein Merlovich Khutaev, ..., pursuant to ...": the name
        hung on "Designation" as a conjunct): the plural noun phrase that ends right before
        ", <name>" (its head, or the noun a place phrase "in Crimea" hangs on) stands in
        apposition to the name when it names one state and is headed by an actor noun."""
        doc = self.doc
        start = head.i
        while start > 0 and doc[start - 1].ent_type_ == head.ent_type_ and doc[start - 1].pos_ == "PROPN":
            start -= 1
        if start < 2 or doc[start - 1].text != "," or doc[start - 1].sent.start != head.sent.start:
            return None
        anchor = doc[start - 2]
        while anchor.dep_ == "pobj" and anchor.head.dep_ == "prep" and anchor.head.lower_ != "of" \
                and anchor.head.head.pos_ == "NOUN":
            # "officers in Crimea": the officers; "market for Russian speakers": the market (an
            # "of" object names the members: "Designation of three Russian officials")
            anchor = anchor.head.head
        if anchor.pos_ != "NOUN" or anchor.tag_ != "NNS":
            return None
        found = self._phrase_state(self._anchor_phrase(anchor), anchor)
        if found is None:
            return None
        return ActorCode(found[0], found[1], f"'{doc[anchor.left_edge.i:anchor.i + 1].text}' before the name, in apposition")

    def _colon_list_state(self, head) -> Optional[ActorCode]:
        """The state of a name listed after a colon that closes a plural actor noun ("is designating
        three oligarchs: A, B, and C"; the parse may hang the names on the verb or on the noun):
        the list stands for the noun's referents, so the noun's phrase places every
        name when it names one state (``_phrase_state``). Where it names none, the same noun
        met earlier in the sentence or in the one before, with a phrase that names one state
        ("... is designating Russian oligarchs, ... . The Department is designating three
        oligarchs: ..."), places it: English refers back with the bare plural. None otherwise.
        Since linking 0.3.330. Since 0.3.362 only a bare or definite earlier phrase ("Russian
        oligarchs", "the Russian oligarchs"): a counted or quantified one ("two American
        journalists", ``_quantified``) is another set, not the one the list names."""
        doc = self.doc
        item = first_conjunct(head)
        start = item.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ in ("compound", "flat") \
                and start - 1 < doc[start - 1].head.i <= item.i:
            start -= 1
        if start < 2 or doc[start - 1].text != ":" or doc[start - 1].sent.start != item.sent.start:
            return None
        anchor = doc[start - 2]
        if anchor.pos_ != "NOUN" or anchor.tag_ != "NNS" or not anchor.is_lower:
            return None
        found = self._phrase_state(self._anchor_phrase(anchor), anchor, listed=True)
        if found is not None:
            return ActorCode(found[0], found[1], f"'{doc[anchor.left_edge.i:anchor.i + 1].text}' before the "
                                                 "list, after a colon")
        sent = anchor.sent
        first = sent.start
        if first > 0:
            first = doc[first - 1].sent.start
        states = {}
        for token in doc[first:anchor.i]:
            if token.pos_ != "NOUN" or token.lemma_.lower() != anchor.lemma_.lower() or _quantified(token):
                continue
            earlier = self._phrase_state(self._anchor_phrase(token), token, listed=True)
            if earlier is not None:
                states.setdefault(earlier[0], (earlier, token))
        if len(states) != 1:
            return None
        (state, sector), token = next(iter(states.values()))
        return ActorCode(state, sector, f"'{doc[token.left_edge.i:token.i + 1].text}' earlier names the "
                                        f"'{anchor.text}' the list after a colon stands for")

    def _appositive_title_state(self, key: str) -> Optional[ActorCode]:
        """The state a title phrase right after any mention of the name's surname gives it
        (``_appositive_state``'s second reading), or None."""
        doc = self.doc
        entity = self.entities.get(key)
        surname = entity.name.split()[-1] if entity is not None and entity.name.split() else None
        if not surname or not surname[:1].isupper():
            return None
        # every place the name ends, in any letter case (the signature line's "Dmytro Kuleba" may
        # be no mention of the entity a turn label "FOREIGN MINISTER KULEBA" named)
        for after in self._appositive_titles_after(surname):
            span = expanded_span(doc, after.start(1), after.end(1))
            if span is None:
                continue
            found = self._phrase_state(list(span), span[-1])
            if found is not None:
                return ActorCode(found[0], found[1], f"'{after.group(1)}' in apposition to the name")
        return None

    @functools.cached_property
    def _appositive_titles(self) -> list[re.Match]:
        """Every ``_APPOSITIVE_TITLE`` match in the text (one per comma at most), in text order:
        found once per article, not once per name."""
        text = doc_text(self.doc)
        found = (_APPOSITIVE_TITLE.match(text, comma.start()) for comma in _COMMA.finditer(text))
        return [after for after in found if after is not None]

    def _appositive_titles_after(self, word: str):
        """The ``_APPOSITIVE_TITLE`` matches right after a whole-word occurrence of ``word`` (any
        letter case), in text order: those of ``_whole_word_matches``. A word of word characters
        and hyphens has no two occurrences that overlap, so each title's comma is checked for an
        occurrence ending there; another word is scanned for."""
        text = doc_text(self.doc)
        if not _PLAIN_WORD.fullmatch(word):
            for occurrence in _whole_word_matches(word, text):
                after = _APPOSITIVE_TITLE.match(text, occurrence.end())
                if after is not None:
                    yield after
            return
        pattern = None  # compiled at the first comma it may end at (most names have none)
        for after in self._appositive_titles:
            start = after.start() - len(word)
            if start < 0 or (start and _WORD_OR_HYPHEN.match(text, start - 1)):
                continue
            pattern = pattern or _word_end_pattern(word)
            found = pattern.match(text, start)
            if found is not None and found.end() == after.start():
                yield after

    def _anchor_phrase(self, noun) -> list:
        """The tokens of ``noun``'s phrase up to it and its "of" phrases ("the Head of the National
        Guard of Russia")."""
        return list(self.doc[noun.left_edge.i:noun.i + 1]) + self._of_phrases(noun)

    def _appositive_words(self, appos) -> list:
        """The words of an appositive noun phrase that may place the name: the noun and its
        premodifiers ("a Russian maritime shipping company", "a Moscow-based bank"), and where these
        name no state, the "in" phrase of a company's seat participle ("a company headquartered in
        Moscow", ``_seat_phrase``). Since linking 0.3.620."""
        words = [t for t in appos.lefts] + [appos]
        if any(t.ent_type_ in ("NORP", "GPE") for t in words):
            return words
        return words + self._seat_phrase(appos)

    @staticmethod
    def _seat_phrase(noun) -> list:
        """The tokens of the "in" phrase of a seat participle (actor_heads.yaml
        ``seat_participles``) that postmodifies ``noun``, a business or party noun ("a company
        headquartered in Moscow", "an entity registered in Belarus"): where a company is based,
        registered or incorporated is its state, as "Moscow-based" says; [] for any other noun (a
        diplomat "based in Kyiv" is only posted there) or phrase."""
        found = agent_sector(noun.text)
        if not (business_head(noun.text) or unsectored(noun.text) or (found is not None and found.sector == "BUS")):
            return []
        out = []
        for participle in (c for c in noun.children if c.dep_ == "acl" and seat_participle(c)):
            for prep in (c for c in participle.children if c.dep_ == "prep" and c.lower_ == "in"):
                out += [t for t in prep.subtree if t.i != prep.i]
        return out

    @staticmethod
    def _of_phrases(noun) -> list:
        """The tokens of the "of" phrases hanging off ``noun``, recursively ("Head of the
        National Guard of Russia")."""
        out = []
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                out += [t for t in obj.lefts] + [obj] + ActorCoder._of_phrases(obj)
        return out

    def _phrase_state(self, tokens: list, head, listed: bool = False) -> Optional[tuple[str, Optional[str]]]:
        """(ISO3, sector) of a noun phrase that names one state and is headed by a title or an
        actor noun (with ``listed``, a phrase a list of names stands for, also by a noun that
        names a designated person: "Russian oligarchs", actor_heads.yaml ``designated_person_heads``);
        None otherwise."""
        words = " ".join(t.text for t in tokens if t.pos_ in ("NOUN", "PROPN", "ADJ") and t.is_lower)
        found = agent_sector(head.text) or agent_sector(head.lemma_) or (agent_sector(words) if words else None)
        if found is None and head_agent_sector(head.text):
            # "three Russian officials": a head noun the context lexicon gives a sector
            found = ActorCode(None, head_agent_sector(head.text), f"head noun '{head.text}'")
        if found is None and head.lemma_.lower() in _title_heads():
            # "Russia’s Federal Security Service (FSB) officers": a title noun, no sector of its own
            found = ActorCode(None, None, f"title noun '{head.text}'")
        if found is None and head.pos_ == "NOUN" and unsectored(head.text):
            # "one Vietnam-based entity, Truong Phat Loc Shipping Trading JSC": the designated
            # party's noun (actor_heads.yaml unsectored_heads) places it, with no sector
            found = ActorCode(None, None, f"party noun '{head.text}'")
        if found is None and head.pos_ == "NOUN" and business_head(head.text):
            found = ActorCode(None, "BUS", f"business noun '{head.text}'")  # "Russia’s most important banks"
        people = None
        if found is None and head.pos_ == "NOUN":
            # the head alone ("nationals"), then with its lower-case modifiers before it ("financial
            # institutions"), as demonym_people reads the noun after a demonym
            before = [t for t in tokens if t.i < head.i]
            spans = [[]] + [before[k:] for k in range(len(before) - 1, -1, -1)
                            if all(t.is_lower for t in before[k:])]
            contest = in_contest(head)
            for mods in spans:
                people = people_noun_sector(" ".join([*(t.lower_ for t in mods), head.lower_]), contest)
                if people:
                    break
        if people:
            # "X is a Russian national": a noun that after a state's demonym names its people
            # (actor_sectors.yaml people_after_demonym) places the name as "Russian nationals" do
            found = ActorCode(None, people, f"people noun '{head.text}'")
        if found is None and listed and head.pos_ == "NOUN" and designated_kind(head.lemma_) == "person":
            found = ActorCode(None, None, f"person noun '{head.text}'")
        if found is None:
            return None
        states = set()
        i = 0
        while i < len(tokens):
            token = tokens[i]
            if token.pos_ in ("PROPN", "ADJ") and token.text[:1].isupper():
                pair = f"{token.text} {tokens[i + 1].text}" if i + 1 < len(tokens) else None
                country = lookup_country(pair) if pair else None  # "Russian Federation"
                if country is not None:
                    i += 1
                else:
                    country = lookup_country(token.text)
                if country is not None:
                    states.add(country.alpha3)
            i += 1
        if len(states) != 1:
            return None
        sector = agent_sector(words) if words else None
        return next(iter(states)), (sector or found).sector

    def _nationality_of(self, tokens: list, where: str) -> Optional[ActorCode]:
        words = [t for t in tokens if t.dep_ not in ("det", "punct")]
        placing = [t for t in words if placing_participle(t)]
        # "the illegitimate Russia-installed 'mayor'": the state hangs off the participle, below the
        # noun's own modifiers (an appositive's lefts), so it is taken from there
        words = sorted(set(words) | {c for t in placing for c in t.lefts if c.ent_type_ in ("NORP", "GPE")},
                       key=lambda t: t.i)
        # "Russian individual Igor ... Michurin": a lower-case word the parse hung on the name as a
        # compound is a noun, whatever its tag ("individual" tagged as an adjective)
        nouns = [t for t in words if t.is_lower and (t.pos_ == "NOUN" or t.dep_ == "compound" and t.pos_ == "ADJ")]
        state = None
        for token in words:
            country = lookup_country(token.text) if token.ent_type_ in ("NORP", "GPE") or _state_word_as_org(token) \
                else None
            if country is not None and token.ent_type_ == "GPE" and nouns and relational_head(nouns[-1].text):
                # "an important U.S. partner": a state's name before a relational noun is the
                # relation's other side (a partner of the U.S.); a demonym ("his Bolivian
                # counterpart") describes the holder
                return None
            if country is not None:
                state = country.alpha3
        if state is None or not (nouns or placing) or any(t.pos_ == "PROPN" and t.ent_type_ not in ("NORP", "GPE")
                                                        and not _state_word_as_org(t) for t in words):
            return None
        found = agent_sector(" ".join(t.text for t in nouns)) if nouns else None
        return ActorCode(state, found.sector if found else None, f"'{' '.join(t.text for t in words)}' {where}")

    def _relative_of(self, key: str) -> Optional[ActorCode]:
        """The state of the person whose relative this one is introduced as, by a kinship noun
        (entity_cues.yaml ``kinship``) with a possessor or an "of" phrase: "Prigozhin's wife
        Polina, daughter Lyubov, and son Pavel", "Bucaram's spouse, María Rosa Pulley Vergara",
        "Maria Lavrova, the wife of Russia's Foreign Minister". A state's designation of "immediate
        family members" names them by the official's state; the relative holds no office, so
        no sector is given. None when no kinship noun with a placed owner introduces the person."""
        from newsgraph.nlp.name_cues import is_kinship_noun

        span = self._first_name_span(key)
        if span is None:
            return None
        root = span.root
        while root.dep_ in ("compound", "flat") and root.head.i > root.i:
            # a name the NER cut in two ("Michel Abdalá" + "Bucaram Pulley"): its noun phrase's head
            root = root.head
        chain = [root]
        while chain[-1].dep_ in ("conj", "appos") and chain[-1].head.i < chain[-1].i and len(chain) < 8:
            chain.append(chain[-1].head)
        nouns = []
        for token in chain:
            if is_kinship_noun(token):
                nouns.append(token)
            nouns += [c for c in token.children if c.dep_ in ("compound", "appos") and is_kinship_noun(c)]
            kin = _kinship_of_named_owner(token)
            if kin is not None:
                nouns.append(kin)
        for noun in nouns:
            owners = [c for c in noun.children if c.dep_ == "poss"]
            owners += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            for owner in owners:
                a, b = self.doc[owner.left_edge.i].idx, owner.idx + len(owner)
                for mention in self.doc._.ng_mentions or []:
                    if mention.entity_key in (None, key) or not (a <= mention.start < b):
                        continue
                    code = self.for_key(mention.entity_key)
                    if code is not None and code.acts_for:
                        return ActorCode(code.acts_for, None, f"the {noun.text} of {mention.text} ({code.acts_for})")
        return None

    def _only_met(self, key: str) -> bool:
        """Whether every mention of the person is an object, the object of a preposition or a
        possessor, itself or as a conjunct or apposition of one ("met with President Ivan Duque,
        President-Elect Gustavo Petro, ..."): a counterpart met or named, never a doer ("you and
        President Zelenskyy called for sanctions on Russia")."""
        mentions = self._key_mentions(key)
        for mention in mentions:
            root = self._phrase_root(mention)
            if root is None or root.dep_ not in ("dobj", "obj", "pobj", "dative", "iobj", "poss") \
                    or _misread_title_subject(root):
                return False
        return bool(mentions)

    def _phrase_root(self, mention):
        """The token that carries a mention's role in its clause: the mention's head, climbed
        through the conjunct, apposition and name-part links that only list or spell it
        ("met with President Ivan Duque, President-Elect Gustavo Petro"); None where the mention
        does not align with tokens."""
        span = expanded_span(self.doc, mention.start, mention.end)
        if span is None:
            return None
        root = span.root
        while root.dep_ in ("conj", "appos", "compound", "flat") and root.head.i != root.i:
            root = root.head
        return root

    def _met_by_foreign_official(self, key: str, own: str) -> bool:
        """Whether every named mention of the person is the object of a meeting verb (CAMEO 04
        CONSULT: "meet", "host", "receive", or "with" after one) whose subject includes a person
        titled with an office ``own`` does not have (``_office_foreign_to``: "Foreign Minister Wang
        Yi ... met Deputy Secretary Sherman"). A bilateral meeting's object is the other side."""
        mentions = [m for m in self._key_mentions(key) if m.kind != "pronoun"]
        if not mentions:
            return False
        keys_at = {}
        for mention in self.doc._.ng_mentions or []:
            if mention.entity_key and mention.entity_key != key:
                span = expanded_span(self.doc, mention.start, mention.end)
                if span is not None:
                    keys_at[span.root.i] = mention.entity_key
        for mention in mentions:
            root = self._phrase_root(mention)
            if root is None:
                return False
            if root.dep_ == "pobj" and root.head.lower_ == "with":
                verb = root.head.head
            elif root.dep_ in ("dobj", "obj"):
                verb = root.head
            else:
                return False
            if verb.lemma_.lower() not in _MEETING_VERBS:
                return False
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            subjects += [c for s in subjects for c in s.conjuncts]
            if not any(keys_at.get(s.i) and self._office_foreign_to(keys_at[s.i], own) for s in subjects):
                return False
        return True

    def _states_beside(self, key: str, subjects_too: bool = False) -> Optional[set[str]]:
        """The states (ISO3) named, themselves or by a place in them (a city by the one state its
        gazetteer readings give: ``context_states.entity_state``), in the sentences that name
        the person; None when a mention of the person is the subject of a clause (unless ``subjects_too``: an actor
        who acts in the text is placed by their own words, not by what sits beside them)."""
        mentions = self._key_mentions(key)
        sentences = set()
        for mention in mentions:
            span = expanded_span(self.doc, mention.start, mention.end)
            if span is None:
                continue
            root = span.root
            while root.dep_ == "conj" and root.head.i != root.i and root.head.pos_ in ("NOUN", "PROPN"):
                root = root.head  # "Secretary Blinken and Secretary Austin pledged": a co-subject
            if not subjects_too and (root.dep_ in ("nsubj", "nsubjpass") or _misread_title_subject(root) or (
                    root.dep_ in ("compound", "appos") and root.head.dep_ in ("nsubj", "nsubjpass"))):
                return None
            a, b = span.sent.start_char, span.sent.end_char
            if subjects_too:
                # a list of officials one per line ("Finland: ...\nEstonia: Liina Kersna, Minister
                # of ...") that the parser reads as one sentence: only the person's own line
                text = doc_text(self.doc)
                a = max(a, text.rfind("\n", a, span.start_char) + 1)
                line_end = text.find("\n", span.end_char, b)
                b = line_end if line_end != -1 else b
            sentences.add((a, b))
        states = set()
        for mention in self.doc._.ng_mentions or []:
            if mention.entity_key in (None, key) or not any(a <= mention.start < b for a, b in sentences):
                continue
            entity = self.entities.get(mention.entity_key)
            if entity is None or entity.type not in ("country", "place"):
                continue
            state = entity_state(entity)  # "While in Kyiv, ... met with": a city of one state counts
            if state:
                states.add(state)
        return states

    def _outlet_institution(self, title: str) -> Optional[ActorCode]:
        """The outlet's code when a title names an institution only by the word the outlet's
        own name has ("Department Spokesperson" on the State Department's site)."""
        outlet_name = self.doc._.ng_outlet or ""
        if self.outlet is None or not self.outlet.acts_for:
            return None
        for word in title.split():
            if word[:1].isupper() and word in org_keywords() and re.search(rf"\b{word}\b", outlet_name):
                return self.outlet
        return None

    @functools.cached_property
    def joint_voice(self) -> Optional[tuple[int, Optional[str], ActorCode, str]]:
        """(char offset, entity key or None, code, name) of the voice a joint statement opens
        with: the first "We" that has an appositive of officials or governments of a named group
        or of several states ("We, the G7 Foreign Ministers of Canada, France, ...", "We, the
        Foreign Ministers of Austria, Brazil, ..."). Every "we" of the text after it is these
        signatories (English first-person plural takes its reference from the apposition that
        introduces it), not the state whose site published the text. Without such a "We", a
        title calling the text a joint statement of named states gives the voice from the text's
        start (``_titled_joint_voice``); None when neither opens a voice."""
        doc = self.doc
        # "we" found in the cached strings, a Token made only for it
        for i, lower in enumerate(token_lowers(doc)):
            if lower != "we":
                continue
            token = doc[i]
            if token.dep_ not in ("nsubj", "nsubjpass"):
                continue
            appos = [c for c in token.children if c.dep_ == "appos" and c.i > token.i]
            if not appos:
                return self._titled_joint_voice()  # the first subject "we" names no one: the title may still name the voice
            head = appos[0]
            start, end = head.left_edge.i, head.right_edge.i + 1
            while start < end and doc[start].dep_ in ("det", "punct"):
                start += 1
            while end > start and doc[end - 1].dep_ in ("punct", "cc"):
                end -= 1
            name = " ".join(doc[start:end].text.split())
            group = group_officials(name)
            offset = token.idx
            if group is not None:
                key = _key_for_span(doc, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), ("organization",))
                return offset, (self.group_key(key, group) if key else None) or key, group, name
            title = agent_sector(head.text)
            states = {m.entity_key for m in doc._.ng_mentions or []
                      if m.type == "country" and m.entity_key and doc[start].idx <= m.start < doc[end - 1].idx + len(doc[end - 1])}
            if title is not None and title.sector in state_sectors() and len(states) >= 2:
                code = ActorCode(None, title.sector, f"the signatories of a joint statement ({len(states)} states): {title.reason}")
                return offset, None, code, name
            return self._titled_joint_voice()
        return self._titled_joint_voice()

    def _titled_joint_voice(self) -> Optional[tuple[int, Optional[str], ActorCode, str]]:
        """The voice of a release whose title calls it a joint document of named states ("Joint
        Statement of the United States and Germany on ...", "U.S.-EU-Canada: Joint Statement on
        ...", "Joint Statement on Canada-Mexico-United States Cooperation"): its "we" is every
        signatory (the states the title names as issuers, at least two), from the text's start;
        failing that, the states its opening line names as issuing it ("Canada, ... and the United
        States issue the following joint statement.", ``_opening_issuers``); None otherwise (a
        joint statement of two officials of one state stays that state's)."""
        title = getattr(self.doc._, "ng_title", None) or ""
        found = _JOINT_TITLE.search(title)
        states = self._title_issuers(title, found) if found is not None else []
        where = "title"
        names = None
        if len(states) >= 2:
            # "U.S.-EU-Canada: Joint Statement on Venezuela": an international organisation among
            # the issuers is a signatory too, in its place in the title's list
            names = _issuer_names(self.doc, title[:found.start()], states) or \
                _issuer_names(self.doc, (_STATE_COMPOUND.search(title[found.end():]) or re.match("", "")).group(0), states)
        if len(states) < 2:  # "Joint Statement on Arctic Council Cooperation": the opening line may name them
            states, where = self._opening_issuers(), "opening line"
        if len(states) < 2:  # "Signed by the following ministers or their equivalents:\nAustralia: ..."
            states, where = self._signed_issuers(), "list of signatories"
        if len(states) < 2:
            return None
        names = names or [country_name(state) or state for state in states]
        name = ", ".join(names[:-1]) + " and " + names[-1]
        code = ActorCode(None, "GOV", f"the signatories of a joint statement ({len(states)} states named by its "
                                      f"{where}: {', '.join(states)})")
        return 0, None, code, name

    def _title_issuers(self, title: str, found: re.Match) -> list[str]:
        """ISO3 of the states a joint document's title names as its issuers, in order, where
        ``found`` is the title's "Joint Statement" words ("U.S.-Russia Joint Statement ...", "...
        of the United States and Germany on ...", "... on Canada-Mexico-United States Cooperation")."""
        issuers = title[:found.start()]  # "U.S.-Russia Joint Statement ..."
        rest = title[found.end():]
        issued_by = re.match(r"\s*(?:by|of|from)\b(.*)", rest)
        if issued_by:  # "... by the United States and Canada on ...": up to the topic
            issuers += " " + _JOINT_TITLE_TOPIC.split(issued_by.group(1), maxsplit=1)[0]
        states = list(dict.fromkeys(title_states(self.doc, issuers)))
        if len(states) < 2:  # "Joint Statement on Canada-Mexico-United States Cooperation": the parties' compound
            compound = _STATE_COMPOUND.search(rest)
            states = list(dict.fromkeys(title_states(self.doc, compound.group(0)))) if compound else []
        return states

    def _opening_issuers(self) -> list[str]:
        """ISO3 of the states a joint release's opening line names as its issuers ("Canada, the
        Kingdom of Denmark, ... and the United States issue the following joint statement."; "The
        text of the following statement was released by the Governments of the United States of
        America and the Government of India, ..."), in order; [] when it opens otherwise."""
        found = _JOINT_OPENING.match(doc_text(self.doc)[:1000].lstrip())
        if found is None:
            return []
        return list(dict.fromkeys(title_states(self.doc, found.group("subject") or found.group("agent"))))

    def _signed_issuers(self) -> list[str]:
        """ISO3 of the states of a statement's closing list of signatories ("Signed by the following
        ministers or their equivalents:" then one signatory a line, each led by its state:
        "Australia: The Hon Anika Wells MP, Minister for Sport" or "Austria" on a line of its own
        above the name), in order: a text several states' ministers sign is their joint statement,
        whatever its title (the State Department's sport ministers' statements on Russia's war open
        "The text of the following statement was agreed upon by the ministers of sport ... listed at
        the bottom of the statement"). [] when no such list names two states."""
        text = doc_text(self.doc)
        found = _SIGNED_LIST.search(text)
        if found is None:
            return []
        states = []
        for line in text[found.end():].split("\n"):
            head = line.split(":", 1)[0].strip() if ":" in line else line.strip()
            if not head or len(head.split()) > 4:
                continue
            country = lookup_country(re.sub(r"^(?:the|The)\s+", "", head))
            if country is not None and country.alpha3 not in states:
                states.append(country.alpha3)
        return states

    def descent(self, text: Optional[str]) -> Optional[ActorCode]:
        """People named by a descent who live in another state: "Cuban American leaders" are
        Americans (the head of the compound is "American"); "Latino leaders from the Venezuelan
        community" / "the Haitian diaspora" in a state institution's own release are residents
        of the publishing state (the community its government meets at home), not the state
        their demonym names. None otherwise."""
        found = agent_sector(text) if text else None
        sector = found.sector if found is not None and found.sector not in ("GOV",) else "CVL"
        if hyphenated_american(text):
            return ActorCode("USA", sector, "Americans by descent (demonym + American)")
        state = diaspora_of(text)
        if state and state_institution_code(self.outlet) \
                and state != self.outlet.acts_for:
            return ActorCode(self.outlet.acts_for, "CVL",
                             f"a {country_name(state) or state} community in the release of {self.doc._.ng_outlet}",
                             publisher_default=True)
        return None

    def for_text(self, text: Optional[str]) -> Optional[ActorCode]:
        """Actor words with no entity: "Israeli troops", "security forces", "protesters"."""
        if not text:
            return None
        displaced = _displaced_those(text)
        if displaced is not None:
            return displaced
        descent = self.descent(text)
        if descent is not None:
            return descent
        named = named_actor(re.sub(r"^(?:the|The)\s+", "", text.strip()))
        if named is not None:
            return named  # "the Taliban" where the NER tagged no entity
        disputed = partially_recognized(text.strip())
        if disputed is not None:
            # "the Donetsk “people’s republic”" written lower-case or quoted, no entity:
            # the breakaway entity PLOVER codes with the state claiming it, as its capitalised name
            return disputed
        found = agent_sector(text) or _head_sector(text)
        acts_for = None
        venue = _VENUE_WORDS.search(text)
        if venue is not None and not (state_set_noun(venue.group(1)) or multi_state_head(venue.group(1))):
            venue = None  # "protesters in Tehran": people where they live
        # "migrants in Panama": people who left their own state are placed only by their own
        # nationality words ("Venezuelan migrants", "migrants from Haiti"), never where they are
        # (context_agents.yaml mover_heads, since 0.3.836)
        own_words = mover_words(text)
        for found_word in re.finditer(r"[A-Z][\w.\-]+(?:\s+[A-Z][\w.\-]+)*", own_words or text):
            word = found_word.group(0)
            if venue is not None and found_word.start() >= venue.end():
                # "our European Allies in Vienna": parties of several states where they met, not
                # whom they act for
                break
            if name_topic(text[:found_word.start()]):
                continue  # "Commission of Inquiry on Ukraine": the body's topic, not its owner
            # a state's name, or a demonym opening a body's name ("Italian Episcopal Conference")
            country = lookup_country(word) or (lookup_country(word.split()[0]) if " " in word else None)
            if country is not None:
                acts_for = country.alpha3
                break
        if found is None and acts_for is None:
            return None
        kind = equipment_words(text) if found is None else None
        if kind is not None:
            # "three Russian attack aircrafts": a state's military equipment stands for its armed
            # forces (Phoenix ~MIL weapons and platforms; equipment.yaml), not its government.
            # Since 0.3.840.
            return ActorCode(acts_for, "MIL", f"a state's military equipment ({kind}, equipment.yaml; Phoenix ~MIL)")
        return ActorCode(acts_for, found.sector if found else ("GOV" if acts_for else None),
                         found.reason if found else "a state named in the actor's words")


# "those who have fled Venezuela", "those fleeing Ukraine", "those displaced by the war": people in
# flight (events._displaced_demonstrative); the state is the place fled ("fled (from) X"), never a
# possessor ("those fleeing Russia's war" are not Russia's)
_DISPLACED_THOSE = re.compile(r"^those\s+(?:who\s+(?:have\s+|had\s+|are\s+|were\s+)?)?"
                              r"(?:fled|flee|flees|fleeing|displaced|(?:seeking|seek|sought)\s+(?:asylum|refuge|safety|protection|shelter|sanctuary))\b"
                              r"(?P<rest>.*)$",
                              re.IGNORECASE | re.DOTALL)
_FLED_PLACE = re.compile(r"^\s+(?:from\s+)?(?:the\s+)?(?P<place>[A-Z][\w.\-]+(?:\s+[A-Z][\w.\-]+)*)(?P<after>.?.?)")


def _displaced_those(text: str) -> Optional[ActorCode]:
    """People in flight named by "those" and their clause of flight: sector REF (Phoenix
    REFUGEE ~REF, as "refugees"), acting for the state they fled when the clause names it as what
    is fled ("those who have fled Venezuela": VEN); None for any other text."""
    found = _DISPLACED_THOSE.match(text.strip())
    if found is None:
        return None
    acts_for = None
    place = _FLED_PLACE.match(found.group("rest"))
    if place is not None and not place.group("after").startswith(("'s", "’s")):
        country = lookup_country(place.group("place"))
        acts_for = country.alpha3 if country is not None else None
    return ActorCode(acts_for, "REF", "people in flight ('those who fled X'), as Phoenix REFUGEE ~REF")


# a plural head, then "in"/"at" before a name: the place where the head's parties are
_VENUE_WORDS = re.compile(r"\b([A-Za-z]+)\s+(?:in|at)\s+(?:the\s+)?(?=[A-Z])")


def _head_sector(text: str) -> Optional[ActorCode]:
    """The sector of an actor phrase Phoenix lists no agent for by its head word: a variant
    spelling of a listed agent ("protestors": PROTESTER [~OPP]) or a business head ("22
    defense-related firms": CAMEO/PLOVER sector BUS, actor_heads.yaml business_heads), with no
    state named. None otherwise."""
    words = text.split()
    if not words:
        return None
    head = words[-1]
    variant = spelling_variant(head)
    if variant != head.lower():
        found = agent_sector(" ".join([*words[:-1], variant]))
        if found is not None:
            return ActorCode(None, found.sector, f"{found.reason} (spelt '{head}')")
    if business_head(head):
        return ActorCode(None, "BUS", f"business noun '{head}'")
    return None


def _federal_of_publisher(doc, coder: ActorCoder, code: Optional[ActorCode], start: Optional[int],
                          end: Optional[int]) -> Optional[ActorCode]:
    """``code``, or, for an actor phrase whose head noun the adjective "federal" modifies ("a
    federal grand jury in Pittsburgh", "Federal Departments and Agencies") and that nothing
    places in a state, the publishing state in a state institution's own release
    (``releasing_state``), in ``code``'s state sector, else GOV. English "federal" names the
    central government of a federation, and a government's release says it of its own bodies
    (another state's are written with its name or demonym, "Russia's Federal Security Service",
    which places them first). ``code`` as it is where it names a state, a sector of no state
    (IGO, BUS ...), or the release is no state institution's. Since 0.3.810."""
    own = releasing_state(coder.outlet)
    if own is None or start is None or end is None or (code is not None and (
            code.acts_for or (code.sector and code.sector not in state_sectors()))):
        return code
    span = expanded_span(doc, start, end)
    if span is None or not len(span):
        return code
    head = span.root
    if head.pos_ not in ("NOUN", "PROPN") or not any(
            t.lower_ == "federal" and t.i < head.i and t.head.i in (head.i, *(c.i for c in head.children))
            for t in span):
        return code
    sector = code.sector if code is not None and code.sector else "GOV"
    return ActorCode(own, sector, f"a federal body in the release of {doc._.ng_outlet}"
                     + (f"; {code.reason}" if code is not None else ""), publisher_default=True)


# the participles of actor_heads.yaml placing_participles that say a state put the holder in
# post; "based" places by a locative, never by a "by" agent
_INSTALLING_PARTICIPLES = frozenset({"installed", "appointed"})


def _installer_state(doc, code: Optional[ActorCode], start: Optional[int],
                     end: Optional[int]) -> Optional[ActorCode]:
    """``code``, or, for an actor phrase whose head noun a passive participle of installing
    postmodifies with a state as its "by" agent ("an individual in Ukraine illegitimately
    installed as a mayor by Russia"), that state: the postposed form of "the Russia-installed
    mayor" (actor_heads.yaml placing_participles), whose holder acts for the state that put them
    in post (PLOVER codes an occupying state's appointed authorities as that state), whatever
    place the phrase names. The sector is the "as" office's (Phoenix agents: "mayor" ~GOV), else
    ``code``'s. Since 0.3.810."""
    if start is None or end is None:
        return code
    span = expanded_span(doc, start, end)
    if span is None or not len(span) or span.root.pos_ not in ("NOUN", "PROPN"):
        return code
    for participle in span.root.children:
        if participle.dep_ != "acl" or participle.tag_ != "VBN" or participle.lower_ not in _INSTALLING_PARTICIPLES:
            continue
        offices = [o for c in participle.children if c.dep_ == "prep" and c.lower_ == "as"
                   for o in c.children if o.dep_ == "pobj"]
        # "by Russia" hangs on the participle (agent) or, in a parse, on the "as" office
        agents = [a for c in (*participle.children, *(k for o in offices for k in o.children))
                  if c.dep_ in ("agent", "prep") and c.lower_ == "by" for a in c.children if a.dep_ == "pobj"]
        names = (re.sub(r"^(?:the|The)\s+", "", a.doc[a.left_edge.i:a.i + 1].text) for a in agents)
        states = {found.alpha3 for found in map(lookup_country, names)
                  if found is not None and found.matched_as in ("name", "alias")}
        if len(states) != 1:
            continue
        state = next(iter(states))
        office = agent_sector(offices[0].text) if offices else None
        sector = office.sector if office is not None else (code.sector if code is not None else None)
        return ActorCode(state, sector, f"'{participle.text} ... by' {state}: the state that put the holder in post"
                         + (f"; {code.reason}" if code is not None else ""))
    return code


def _names_people_only(doc, start: int, end: int) -> bool:
    """Whether the state mention at ``doc.text[start:end]`` is a demonym that names the state's
    people, not the state ("3,000 Afghan refugees", "Belarusian nationals", "Russian hackers"):
    ``demonym_people`` gives it a sector that is no state's (REF, CVL, BUS ...), or
    ``placed_people`` places a person noun of no office."""
    people = demonym_people(doc, start, end)
    if people is not None:
        return bool(people.sector) and people.sector not in state_sectors()
    return placed_people(doc, start, end) is not None


def _placed_keeping_sector(code: Optional[ActorCode], found: Optional[ActorCode]) -> Optional[ActorCode]:
    """``code`` placed in the state of ``found`` (a weaker reading of the same actor that gives
    a state): ``found``'s state with ``code``'s sector where ``code`` has one (reasons joined,
    ``found``'s first), else ``found``; ``code`` as it is where ``found`` is None. For a ``code``
    that places the actor in no state (callers return one that does before reading ``found``)."""
    if found is None:
        return code
    if code is not None and code.sector:
        return ActorCode(found.acts_for, code.sector, f"{found.reason}; {code.reason}")
    return found


def _igo_initialism_before(doc, start: int) -> Optional[str]:
    """The capitalised initialism right before the title starting at character ``start``, when
    no mention covers it and the Phoenix actors read it as an intergovernmental body of no state
    ("IAEA Director General Grossi" -> "IAEA"; ``named_actor``: IGO, no acts_for); else None."""
    span = expanded_span(doc, start, start + 1) if start else None
    if span is None or span.start == 0:
        return None
    word = doc[span.start - 1]
    if not (word.is_alpha and word.is_upper and len(word) >= 2) \
            or any(m.start <= word.idx < m.end for m in doc._.ng_mentions or []):
        return None
    code = named_actor(word.text)
    return word.text if code is not None and code.sector == "IGO" and not code.acts_for else None


_ITEM_ENDS = ".:;!?"


def _list_item(text: str, at: int) -> tuple[int, int]:
    """Character bounds of the line holding ``at``, joined across line breaks that only wrap a
    sentence (the line before ends with no sentence or lead-in punctuation ``.:;!?`` and no
    blank line stands between): a list item, heading or paragraph of a release."""
    def ends_item(at_break: int) -> bool:  # the break at ``at_break`` closes an item or paragraph
        before, after = text[:at_break].rstrip(" \t"), text[at_break + 1:].lstrip(" \t")
        return not before.strip() or before.endswith("\n") or after.startswith("\n") \
            or before.rstrip()[-1:] in _ITEM_ENDS

    start = text.rfind("\n", 0, at)
    while start > 0 and not ends_item(start):
        start = text.rfind("\n", 0, start)
    end = at
    while True:
        end = text.find("\n", end + 1)
        if end < 0 or ends_item(end):
            break
    return start + 1, (len(text) if end < 0 else end)


def _in_prep_phrase(token) -> bool:
    """Whether ``token`` (a name's head) sits in a prepositional phrase of its clause ("freed A in
    exchange for B": B), looking up its heads to the first verb: such a name is no conjunct or
    object of the predicate, so no "their fellow ..." phrase of that clause counts it."""
    while token.head is not token and token.pos_ not in ("VERB", "AUX"):
        if token.dep_ in ("pobj", "prep", "pcomp"):
            return True
        token = token.head
    return False
