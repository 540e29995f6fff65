"""Target and source spans of an event: ``_actor_span``, meeting partners, purpose beneficiaries,
nominal doers and ``_targets``. Builds on every module from ``lexicon`` to ``status``."""

from __future__ import annotations

import functools
import re
from typing import Optional

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.act_doers import deverbal_nouns
from newsgraph.nlp.actor_heads import (animate_person_word, delegation_words, designated_kind, member_complements, member_word,
                                       pair_undertakings, person_word, relational_heads)
from newsgraph.nlp.compound_members import and_name_tails, elliptical_member_span, member_head
from newsgraph.nlp.descriptions import described_phrase, named_state
from newsgraph.nlp.coordination import first_conjunct
from newsgraph.resolve.actors import agent_sector

from newsgraph.nlp.events.lexicon import (ACTOR_ENT_LABELS, AID_BENEFICIARY_PREPS, POSSESSIVE_PRONOUNS, BACKING_PREPS, ENABLING_VERBS,
                                          EVENT_WORDS, FORCE_NOUNS, FORCE_TYPES, GAP_TARGET_TYPES, Lexicon, MOBILIZE_PREPS,
                                          NON_ACTOR_ENT_LABELS, OBJECT_DEPS, OBJECT_PRONOUNS, PARTITIVE_NOUNS,
                                          PASSIVE_SUBJECT_DEPS, PASSIVE_SUBJECT_PRONOUNS, PATIENT_PREPS, PATIENT_TYPES,
                                          PEOPLE_NOUN_RULE, PLACE_ENT_LABELS, PROTEST_PEOPLE_RULE, QUANTITY_NOUNS,
                                          RELATIVE_OBJECT_PRONOUNS, RESPONSE_TYPES, SANCTION_KIND, SUBJECT_DEPS, INSTRUMENT_VERBS,
                                          TARGET_PREPS, TOPIC_PREPS, Trigger, _ADMIT_VERBS, _patient_type,
                                          _verbs_of_heading, detection_lexicon, load_lexicon)
from newsgraph.nlp.events.actor_phrases import (AID_RECIPIENT_DEPTH, COMPLEX_WITH_NOUNS, _RELATIONAL_NOUNS,
                                                _agent_phrase_head, agent_objects, _access_noun_prep, _actor_in_phrase,
                                                _actor_inside, _actor_or_inside, _agreed_content, _aid_need_owner,
                                                _backed_by_companions, _banned_imports_origin, _bare_singular,
                                                _body_renamed_beside, _children, _counted_things, _date_held_phrases,
                                                _deed_noun, _entity_of, _is_actor, _listed_names, _members_of_a_body,
                                                _named_party, _origin_of_thing, _parse_noun_type, _party_or_inside,
                                                _people_noun, _preps, _sector_people, _split_genitive_owner,
                                                _title_head, _venue_phrase, _voting_forum, noun_lemma, to_infinitive,
                                                verb_lemma)
from newsgraph.nlp.events.subjects import (LISTED_ORIGINS, _antecedent, before_relative, _included_names, _is_person,
                                           _listed_origin_states, _partitive_relative, _relative_gap, _unsectored_noun,
                                           _with_conjuncts)
from newsgraph.resolve.countries import lookup_country
from newsgraph.nlp.events.conditions import _founded_object, _joint_effort_verb, goods_of
from newsgraph.nlp.events.senses import (CUSTODY_HOLD_MARK, HOLDING_TO_ACCOUNT, ORDER_TO_FORCES, SHOWN_STANCE, SUPPORT_BY_WORK, _party_prep, _cause_of_harm, _for_clauses, _for_infinitives,
                                         _inbound_destination, _object_before_verb_conjunct, _object_noun, _freed_place, _partitive_nouns, _place_noun, small_clause_nouns,
                                         _pressured_party, _shared_object, _supported_party, partitive_examples)
from newsgraph.nlp.events.detection import (PLACE_IN_RULE, _accused_phrase, _classify_verb, _effort_aim_patient,
                                            _legal_accusation_noun, _match_trigger, _needed_act_patient)
from newsgraph.nlp.events.status import (_topic_with_phrase, CAPACITY_OWNER_RULE, DESCRIBED_PEOPLE_RULE, DISPLACED_RECIPIENT,
                                         _agent_in_listed_acts, _capacity_owner, _displaced_demonstrative, _felt_about,
                                         _holder_of, _people_clause, _possessive_of_subject, _protest_people, _sector_patient,
                                         _where_place)


def _appositive_event_owner(predicate: Token, event_type: str, lex: Lexicon) -> Optional[Token]:
    """The agent of a subjectless gerund set off by a comma after an event noun of its own type,
    which restates that noun ("President Biden's summit, meeting with President Putin"; the
    parser hangs the gerund on the main verb): the noun's possessor (NomBank ARG0 of the
    nominalised act). Only a named actor (no pronoun) and only the same PLOVER type, else None."""
    if predicate.tag_ != "VBG" or _children(predicate, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS):
        return None
    start = predicate.left_edge.i
    if start < 2 or predicate.doc[start - 1].text != ",":
        return None
    noun = predicate.doc[start - 2]
    code = lex.nouns.get(noun_lemma(noun)) if noun.pos_ == "NOUN" else None
    if code is None or code[0] != event_type:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return owner if owner is not None and _is_actor(owner, lex, allow_pronoun=False) else None


def _people_of_demonym(token: Token) -> Token:
    """The actor a nationality adjective picked as an actor stands in for when it premodifies a
    noun of non-state people (``demonym_people.demonym_people_phrase``: "the six-member Afghan
    team", "Cuban athletes", "Peruvian ex-pat"): the name in apposition to that noun ("A Cuban
    athlete, Ana Quirot, criticized ...", "Peruvian ex-pat in Spain, Jomra criticizes ..."), else
    the noun's phrase. The demonym only places those people in its state; it is not the state
    acting. So does a state's name on such a noun (``people_noun_of_state_name``: "18 Russian
    Federation nationals"). ``token`` itself otherwise."""
    from newsgraph.nlp.demonym_people import demonym_people_phrase, people_noun_of_state_name

    if token.ent_type_ == "GPE":
        # "visa restrictions on 18 Russian Federation nationals": a state's name premodifying a
        # people noun places those people as a demonym does ("18 Russian nationals"); the actor is
        # the noun's phrase, not the name, which alone reads as the state (since events 0.8.179)
        noun = people_noun_of_state_name(token)
        return noun if noun is not None else token
    if token.ent_type_ != "NORP":
        return token
    found = demonym_people_phrase(token)
    if found is None:
        return token
    noun, name = found
    return name if name is not None else noun


def _gathering_attendee_noun(token: Token) -> bool:
    """Whether ``token`` is the "of" object of a gathering noun ("a meeting of foreign ministers
    in Washington", ``_gathering_attendees``): an "in" place after it is where the gathering
    meets, not which ministers, so it is no specifier of the attendees' span ("from Kenya" still
    says whose officials they are)."""
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" \
        and getattr(_gathering_attendees(head.head, load_lexicon()), "i", None) == token.i


def _actor_span(token: Token) -> tuple[int, int]:
    """Character span of the best noun phrase for an actor token."""
    elliptical = elliptical_member_span(token)
    if elliptical is not None:
        return elliptical  # "North and South Korea": each state apart, not the NER's one place
    ent = _entity_of(token)
    if ent is not None and ent.label_ in ACTOR_ENT_LABELS:
        start, end = _repaired_name(ent)
        end = _people_noun_end(ent, end)
    else:
        start, end = token.i, token.i + 1
        for child in token.lefts:
            if child.dep_ in ("compound", "amod", "nmod", "poss", "nummod") and child.i < start:
                start = child.left_edge.i
        owner = _split_genitive_owner(token)
        if owner is not None:
            start = min(start, owner.left_edge.i)  # "two of Iran’s ministers": Iran’s ministers
        named = _name_before_run_in_verb(token)
        if named is not None:
            start, end = named  # "helped al-Jamal procure vessels": al-Jamal
    shared = member_head(token)
    if shared is not None and shared.pos_ == "NOUN":
        # one state word of a coordination on a common noun ("the U.S. and Brazilian participants",
        # "American and French officials"): the actor is the noun's people or body in that state,
        # so its text runs from the member to the noun ("U.S. and Brazilian participants",
        # "Brazilian participants"), never the state word alone, which reads as the state itself;
        # compound_members.member_code reads the member back from the span
        end = max(end, shared.i + 1)
    later = sorted((c for c in token.conjuncts if c.i > token.i), key=lambda c: c.i)[:1]
    if later and later[0].i in and_name_tails([token, later[0]]):
        end = max(end, later[0].i + 1)  # "Antigua and Barbuda": the whole state name (and_name_tails)
    # an actor noun specified by a place or organisation: "Security forces in Guinea"
    # (a named actor is specified by "of" only: "President Herzog of Israel"; "in Munich" after a
    # name is where the event happened, not who acted)
    specifiers = ("of",) if (ent is not None and ent.label_ in ACTOR_ENT_LABELS) or _titled_person_name(token) \
        else ("of", "from") if _gathering_attendee_noun(token) else ("of", "in", "from")
    # (the "of" / "from" phrases that say whose people a body-member noun names: "Soldiers of the
    # Burmese junta"; actor_heads.member_complements)
    member_preps = {p.i for p in member_complements(token, kind=_body_member_agent)} if ent is None else set()
    for child in token.rights:
        # (not a phrase the parser hung on the name past a comma, after an apposition or a
        # participle: "Halyna Danylchenko, the ... mayor of Melitopol, pursuant to Section 1(a) of
        # Executive Order" belongs to the citation; "the people and government of Ukraine" and
        # "Tropas de Prevención (TDP) of the Cuban Ministry" keep theirs)
        if child.dep_ == "prep" and child.lower_ in specifiers and not _comma_between(token.doc, end, child.i):
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.ent_type_ in ACTOR_ENT_LABELS:
                    obj_ent = _entity_of(obj)
                    end = max(end, obj_ent.end if obj_ent is not None else obj.i + 1)
                    holder = _holder_after_office(token, end) if ent is None else None
                    if holder is not None:
                        end = holder.end  # "Secretary General of the OAS Luis Almagro": the person
                elif obj.dep_ == "pobj" and ent is None and (token.lemma_.lower() in _RELATIONAL_NOUNS
                                                             or child.i in member_preps) \
                        and (obj.lemma_.lower() in load_lexicon().actor_nouns or _agent_phrase_head(obj)):
                    # "family members of Nicaraguan officials", "several members of the Ortega
                    # regime", "Soldiers of the Burmese junta": a member is named by the body or
                    # people it belongs to, which also gives the state it acts for; so is one by
                    # an agents phrase that ends in its head ("representatives from international
                    # financial institutions": IGO, ``_agent_phrase_head``, since 0.8.187)
                    end = max(end, obj.i + 1)
                elif obj.dep_ == "pobj" and ent is None and child.lower_ in ("of", "from") \
                        and _members_of_a_body(token, load_lexicon()) is not None:
                    # "executives of several Colombian maritime transportation companies": people
                    # named by their body (``_members_of_a_body``), which gives the state they act for
                    owner = _members_of_a_body(token, load_lexicon())
                    if owner.i >= obj.i:
                        owner_ent = _entity_of(owner)
                        end = max(end, owner_ent.end if owner_ent is not None else owner.i + 1)
    if ent is None and token.pos_ == "NOUN":
        tied = _affiliated_body(token)
        if tied is not None:
            # "an individual affiliated with Iran's Islamic Revolutionary Guard Corps": a person
            # named by the body they are tied to, as "a member of" it, which gives the state they act for
            tied_ent = _entity_of(tied)
            end = max(end, tied_ent.end if tied_ent is not None else tied.i + 1)
    # a title with its holder in apposition: "Counselor of the Department Derek Chollet"
    if ent is None:
        for child in token.rights:
            if child.dep_ == "appos" and (child.ent_type_ in ACTOR_ENT_LABELS or (
                    # a name in close apposition right after its descriptor, whatever the NER made
                    # of it ("the shipping firm Churn.io", tagged a product): one referent, whose
                    # name the text must keep (English close apposition, ``_close_appositive_name``)
                    child.pos_ == "PROPN" and child.left_edge.i == token.i + 1 and not child.left_edge.is_punct)) \
                    and not _body_renamed_beside(token, child):
                # (not a body's second name: "a journalist with RFL – Radio Free Europe/Radio Liberty")
                appos_ent = _entity_of(child)
                end = max(end, appos_ent.end if appos_ent is not None else child.i + 1)
    if _displaced_demonstrative(token) or _people_clause(token) is not None:
        # "those who have fled Venezuela", "those who bravely speak out": the clause says who
        # "those" are (and a place fled gives the state they are of), so the span runs to its end
        clause = _people_clause(token) or next(c for c in token.children if c.dep_ in ("relcl", "acl"))
        # (not into a verb the parser coordinated with the clause's own: "welcomed those
        # fleeing the war and welcome the EU's decision" ends at "war")
        own = [c.right_edge.i for c in clause.children if c.dep_ not in ("conj", "cc") and c.i > clause.i]
        end = max(end, max(own + [clause.i]) + 1)
        while end - 1 > start and token.doc[end - 1].is_punct:
            end -= 1
    if _unsectored_noun(token):
        # one group named by conjoined kinds ("allies and partners"; see _with_conjuncts)
        # (not across a clause on the first noun: "a key Nicaraguan entity that is central to the
        # mining sector that directly benefits the Ortega-Murillo regime, as well as an individual"
        # would take the regime's name into the group's span)
        for conjunct in token.conjuncts:
            clause = any(c.dep_ in ("relcl", "acl") and c.i < conjunct.i for c in token.rights)
            if conjunct.i > token.i and not clause and _unsectored_noun(conjunct) and _is_actor(conjunct, load_lexicon()):
                end = max(end, conjunct.i + 1)
    doc = token.doc
    while start < end - 1 and (doc[start].dep_ in ("det", "punct", "cc") or doc[start].is_space):
        start += 1  # (a line break's indent the NER took in is no part of the name)
    while end - 1 > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_space):
        end -= 1  # "Ronald Reagan’s visit": the actor without its possessive ending
    words = [t.text for t in doc[start:end]]
    if end < len(doc) and doc[end].text == ")" and words.count("(") > words.count(")"):
        end += 1  # a name in apposition in brackets: "Rosa Elena Bonilla Avila (Rosa Lobo)", the bracket whole
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


@functools.lru_cache(maxsize=1)
def _verb_only_words() -> frozenset:
    """Lower-case words the pinned model's lemmatizer index (WordNet lists) has as verbs and not as
    nouns ("procure", "facilitate", "acquire"): such a word premodifies no noun."""
    from spacy.strings import get_string_id

    from newsgraph.nlp.model import lemmatizer_lookups

    try:
        index = lemmatizer_lookups().get_table("lemma_index")
    except KeyError:
        return frozenset()
    verbs = set(index.get(get_string_id("verb")) or ())
    nouns = set(index.get(get_string_id("noun")) or ())
    return frozenset(w for w in verbs - nouns if w.isalpha() and w.islower())


def _name_before_run_in_verb(token: Token) -> Optional[tuple[int, int]]:
    """(start, end) token bounds of the named actor opening a common noun's premodifiers where a
    later premodifier is a word that can only be a verb (``_verb_only_words``): the parser ran an
    object and its bare infinitive into one noun compound ("helped al-Jamal procure vessels" parsed
    al-Jamal <-compound- vessels, procure <-compound- vessels; English "help X do Y"), and a
    verb is no premodifier of a noun, so the phrase is the name before it. None otherwise."""
    doc = token.doc
    for i in range(token.left_edge.i, token.i):
        word = doc[i]
        if word.ent_type_ or not word.is_lower or word.lower_ not in _verb_only_words() or word.head.i != token.i:
            continue
        names = [c for c in token.lefts if c.i < i and c.dep_ == "compound" and c.ent_type_ in ACTOR_ENT_LABELS]
        ent = _entity_of(names[0]) if names else None
        if ent is not None and ent.end <= i:
            return ent.start, ent.end
        return None
    return None


_AFFILIATION_PARTICIPLES = EVENT_WORDS.affiliation_participles


def _affiliated_body(token: Token) -> Optional[Token]:
    """The named body a participle of affiliation on a common noun ties it to ("an individual
    affiliated with Iran's Islamic Revolutionary Guard Corps", "two men linked to the Sinaloa
    Cartel"; event_words.yaml ``affiliation_participles``): the verbal form of "an affiliate /
    associate of X", so the noun's referent is named by X as a member is (``_RELATIONAL_NOUNS``)
    and acts for X's state. The participle must be a reduced relative on the noun (acl, VBN) with a
    "with" or "to" phrase whose object is a named actor (spaCy GPE, ORG, NORP ..., or a proper name
    the NER left untagged); else None."""
    for verb in token.children:
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lower_ not in _AFFILIATION_PARTICIPLES:
            continue
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in ("with", "to"):
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.ent_type_ != "LOC" and (
                            obj.ent_type_ in ACTOR_ENT_LABELS or (obj.pos_ == "PROPN" and not obj.ent_type_)):
                        return obj
    return None


def _body_member_agent(token: Token) -> bool:
    """Whether ``token`` is a common noun of people who serve in a body, so that its "of" (or
    "from") complement names the body they belong to, as English reads "soldiers of the Burmese junta",
    "officers of the army", "police of the regime" (the genitive of membership), not a party of
    another relation: a member noun (actor_heads.member_nouns, WordNet's workers, associates and
    representatives: "soldier", "officer", "commander", "diplomat") or a noun of a state's armed
    or security forces (force nouns, Phoenix's MIL, POL and SPY sector agents: "troops",
    "police"). Not "critics", "victims" or "opponents" of the body (their "of" object is the
    other party). Since 0.7.970."""
    if token.ent_type_ in ACTOR_ENT_LABELS or token.pos_ != "NOUN":
        return False
    if member_word(token) or _own_forces(token):
        return True
    found = agent_sector(token.text)
    return found is not None and found.sector in _SECURITY_SECTORS


# Phoenix sectors of a state's armed and security services (military, police, intelligence):
# their people serve the body an "of" complement names (``_body_member_agent``)
_SECURITY_SECTORS = frozenset({"MIL", "POL", "SPY"})


def _comma_between(doc, start: int, end: int) -> bool:
    """Whether a comma stands among ``doc[start:end]`` (token indices): a phrase after it is set
    off from the name before (English apposition and parenthetical punctuation)."""
    return any(t.text == "," for t in doc[start:end])


def _people_noun_end(ent: Span, end: int) -> int:
    """Where an actor's text ends when the name is a nationality adjective on a plural noun of
    people ("U.S. and Cuban officials met": the actor is "Cuban officials", not the word "Cuban";
    "Belarusian military officials"): after that noun (lexicon actor_nouns), with the modifiers
    between. Only where the adjective hangs on the noun itself and nothing but modifiers stands
    between; else ``end`` as it is. (A member of coordinated states runs to the shared noun in
    ``_actor_span`` where ``compound_members.state_members`` takes that noun -- a plural common
    noun with a sector or of people (actor_heads.person_nouns), not only the lexicon's actor
    nouns: "U.S. and Cuban officials" -> "U.S. and Cuban officials", "Cuban officials", since
    events 0.8.175.)"""
    first = ent[-1]
    first = first_conjunct(first)
    head = first.head
    if ent.label_ != "NORP" or first.dep_ not in ("amod", "compound", "nmod") or head.i < end \
            or head.tag_ != "NNS" or noun_lemma(head) not in load_lexicon().actor_nouns:
        return end  # (a singular noun is one person's title, "the Bolivian ambassador": the state acts)
    between = ent.doc[end:head.i]
    if any(t.dep_ not in ("amod", "compound") or t.head.i != head.i or t.ent_type_ for t in between):
        return end
    return head.i + 1


# the entity types (types.ENTITY_TYPES) of a name that can stand for an actor; a name mention of
# another type (equipment, money, quantity, percent) repairs no actor's name. Not the NER's label:
# the entities component retypes a tail the model misread ("Rivera" GPE of the person "Edwin Ramon
# Castro Rivera", "Barbuda" PERSON of the country "Antigua and Barbuda", "UK" GPE of the company
# "Hitwise UK"), and its mention is the name.
_ACTOR_NAME_TYPES = frozenset({"person", "organization", "country", "place", "region", "group"})

_NAMES_BY_END_KEY = "ng_names_by_end"


def _names_by_end(doc: Doc) -> dict[int, list]:
    """The entities component's name mentions (``doc._.ng_mentions``, kind "name") by the
    character offset they end at -> [Mention] in list order; built once per mention list (again
    when the list is replaced or grows), so a lookup is no scan of every mention."""
    mentions = doc._.ng_mentions or []
    cached = doc.user_data.get(_NAMES_BY_END_KEY)
    if cached is None or cached[0] is not mentions or cached[1] != len(mentions):
        by_end: dict[int, list] = {}
        for mention in mentions:
            if mention.kind == "name":
                by_end.setdefault(mention.end, []).append(mention)
        cached = doc.user_data[_NAMES_BY_END_KEY] = (mentions, len(mentions), by_end)
    return cached[2]


NAMED_BODY_RULE = "named body acting through its efforts"


def _named_body_of_document_noun(token: Token, lex: Lexicon) -> bool:
    """Whether ``token`` heads a name of several words that the NER tags ORG and the entities
    component keeps as an organisation, though its head word is a noun of documents and
    programmes (plover_frames.yaml document_nouns: "initiative", "program"), which otherwise keeps
    it from being an actor ("the Parole Program allows ...", ``_is_actor``; assembly's
    ``_programme_target``), and which the sentence shows acting as a body: the name is
    coordinated with its own efforts ("the Three Seas Initiative *and its efforts to strengthen*
    infrastructure": the possessor of an effort noun is its agent, English control as in
    ``_controller``; event_detection.yaml control_nouns, effort_nouns). Names of this kind are
    actors in the curated CAMEO/Phoenix International actors dictionary ("Nuclear Threat
    Initiative", "World Food Program") as well as programmes; only what the name does tells them
    apart. The caller decides where such a body can be a party."""
    if token.pos_ != "PROPN" or token.ent_type_ != "ORG" or token.lemma_.lower() not in lex.document_names:
        return False
    if not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children):
        return False  # a bare "Initiative" names no body
    words = detection_lexicon()
    efforts = {*words["control_nouns"], *words["effort_nouns"]}
    if not any(c.dep_ == "conj" and c.pos_ == "NOUN" and noun_lemma(c) in efforts
               and any(p.dep_ == "poss" and p.lower_ == "its" for p in c.children) for c in token.children):
        return False
    return any(m.start <= token.idx < m.end and m.type == "organization" and m.kind == "name"
               for m in token.doc._.ng_mentions or [])


def _repaired_name(ent: Span) -> tuple[int, int]:
    """Token span (start, end) of the name the entities component made of the NER's span
    ``ent``, where it took in words the model cut off at the name's start: a given name before
    a middle initial ("J. Blinken" -> "Antony J. Blinken"), a company's name before its legal
    form ("LLC" -> "Transmorflot LLC", "PTE LTD" -> "Pioneer Ship management PTE LTD";
    entities._extend_person_left / _named_legal_forms). Only a name mention of an actor type
    (``_ACTOR_NAME_TYPES``) that ends where ``ent`` ends and starts before it: a longer name that
    runs on past the NER's span ("the Blinken Foundation", "Joseph R. Biden, Jr.", two bodies
    joined as one mention) names something else or reads as a legal form; else ``ent``'s own tokens."""
    doc = ent.doc
    first, last = ent[0].idx, ent[-1].idx + len(ent[-1])
    for mention in _names_by_end(doc).get(last, ()):
        if mention.type not in _ACTOR_NAME_TYPES or not mention.start < first:
            continue
        widened = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if widened is None:
            continue
        start = widened.start
        while start < ent.start and _title_head(doc[start]):
            start += 1  # a title the mention kept is no part of the name ("Speaker Nancy Pelosi")
        return start, ent.end
    return ent.start, ent.end


def _holder_after_office(title: Token, end: int) -> Optional[Span]:
    """The person's name that directly follows a title's "of" organisation, with no punctuation
    between ("Secretary General of the Organization of American States Luis Almagro"), else None:
    a title + "of" + body + name is the English pre-name title (Quirk et al. 17.90 "Secretary of
    State John Kerry"), one referent, the person, whatever the parser hung the name on. Only a
    title head (roles' title lexicon) with a PERSON name that starts right at ``end`` and lies
    inside the title's own phrase. The linker keys such a span as the person only where the body
    is an organisation or group (``titles._key_named_office_holders``); after a state's name
    ("Foreign Minister of <state> <name>") the span keeps the keying it has. Since events 0.8.204."""
    doc = title.doc
    if not _title_head(title) or end >= len(doc):
        return None
    first = doc[end]
    name = _entity_of(first)
    if name is None or name.label_ != "PERSON" or name.start != end or first.pos_ != "PROPN" \
            or not (title.left_edge.i <= name.end - 1 <= title.right_edge.i):
        return None
    return name


def _titled_person_name(token: Token) -> bool:
    """A person's name the NER missed, known by the title before it ("Ukrainian Minister of
    Defence Oleksii Reznikov": the name heads the phrase, the title its modifier; roles' title
    heads): a person, whom "in Warsaw" after the name does not specify but places (the venue)."""
    return token.pos_ == "PROPN" and (_is_person(token) or any(
        c.dep_ in ("compound", "nmod", "appos") and _title_head(c) for c in token.lefts))


def _sent_personnel(token: Token, predicate: Token) -> bool:
    """Whether ``token`` is a class of people as the object of a verb of sending ("sending experts
    from the TSA", "deployed a team of officials"; event_detection.yaml dispatch_verbs,
    sent_personnel_nouns): what is sent, not who receives it. A named actor is no class ("sent
    the Coast Guard"); a verb of handing over is left out, its object can be the receiver
    ("provide staff with training")."""
    words = detection_lexicon()
    if predicate.lemma_.lower() not in words["dispatch_verbs"]:
        return False
    return token.pos_ == "NOUN" and token.ent_type_ not in ACTOR_ENT_LABELS \
        and noun_lemma(token) in words["sent_personnel_nouns"]


def _own_forces(token: Token) -> bool:
    """A noun of armed forces ("troops", "150,000 soldiers", "Airmen", "the 82nd Airborne
    Division"): the project's force nouns and Phoenix's MIL sector agents."""
    found = agent_sector(token.text)
    return noun_lemma(token) in FORCE_NOUNS or (found is not None and found.sector == "MIL")


def _others_first_person(owner: Token, subject: Optional[Token], trigger: Trigger, lex: Lexicon,
                         passive: bool) -> bool:
    """Whether the possessor ``owner`` of the object is a first-person "our" that is not the
    source's own: a named or nominal subject ("Russia", "the regime") doing a hostile act
    (not one of PLOVER's cooperative types) to what "we" own ("derided our warnings", "were
    bombing our cities"). A first-person subject's "our" is its own ("we withdrew our
    troops"), and so is the possession in a cooperative act ("reaffirmed our commitment")."""
    from newsgraph.resolve.actors import first_person_plural

    return (owner.lower_ in first_person_plural() and owner.tag_ == "PRP$" and not passive
            and trigger.event_type not in lex.cooperative
            and subject is not None and subject.pos_ != "PRON" and not _with_conjuncts(subject)[1:])


    # ("the United States and China issued our Glasgow Joint Declaration": "our" is theirs)


# the rule of a target that is a possessive pronoun no agreement lets stand for the subject
FREE_POSSESSOR_RULE = "free third-person possessor"

# singular personal pronouns as subjects, by the possessive each agrees with
_SINGULAR_SUBJECT_POSSESSIVES = {"he": {"his"}, "she": {"her"}, "it": {"its"}}


def _free_possessor(owner: Token, subject: Optional[Token]) -> bool:
    """Whether the third-person possessive pronoun ``owner`` ("its", "their", "his", "her") on the
    object cannot stand for the clause's subject ``subject`` by English pronoun agreement in
    person, number and gender (Quirk et al. 6.3: a possessive agrees with its antecedent), so it
    refers to another party: a first- or second-person subject ("We salute their bravery"), a
    singular pronoun of another form ("she ... their", "he ... its"), a single state or person
    named for "their" ("The United States salutes their bravery": a state's name is singular,
    though tagged NNPS), a single person named for "its", a single state or organisation named
    for "his"/"her". Conservative: False with no subject, for a common noun subject ("the
    government ... their" may be notional agreement; a plural noun's own modifier may name the
    state "its" would be taken for), and for a coordinated subject (whose conjuncts the
    linker's nearest-antecedent reading would take)."""
    word = owner.lower_
    if word not in POSSESSIVE_PRONOUNS or owner.tag_ != "PRP$" or subject is None:
        return False
    if subject.pos_ == "PRON":
        said = subject.lower_
        if said in ("we", "i", "you", "us", "me"):
            return True  # a third-person possessive never stands for the speaker or the hearer
        if said in _SINGULAR_SUBJECT_POSSESSIVES:
            return word not in _SINGULAR_SUBJECT_POSSESSIVES[said]
        if said == "they":
            return word != "their"
        return False
    coordinated = bool(_with_conjuncts(subject)[1:])
    named = subject.ent_type_ in ("GPE", "PERSON") and subject.pos_ == "PROPN"
    if word == "their":
        return named and not coordinated
    if word == "its":
        # (a named person only: a plural noun subject may hold the state the linker would take
        # for "its", "U.S. officials criticized its decision", and a coordination names states)
        return subject.ent_type_ == "PERSON" and subject.pos_ == "PROPN" and not coordinated
    # "his" / "her": a person; a state or a body named is no antecedent
    return subject.ent_type_ in ("GPE", "ORG") and subject.pos_ == "PROPN" and not coordinated


def _complex_prep_actor(heads: list[Token], nouns: frozenset, lex: Lexicon) -> Optional[tuple[Token, str]]:
    """(actor, rule) named by a complex preposition "in NOUN of / to / with / for X" on one of
    ``heads`` ("in support of Ukraine", "in response to Russian aggression"), NOUN in ``nouns``:
    X itself, or the actor inside it (possessor, nationality, "of" phrase)."""
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            noun = next((c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in nouns), None)
            if noun is None:
                continue
            for inner in ("of", "to", "with", "for"):
                obj = _preps(noun).get(inner)
                if obj is None:
                    continue
                found = obj if _named_party(obj, lex) \
                    else _actor_inside(obj, lex)
                if found is not None:
                    return found, f"pobj '{inner}' of 'in {noun.lower_}'"
    return None


# verb types whose object is the one acted against (PLOVER force, coercion, sanction, threat,
# investigation, criticism and protest: their target is the object), so that aid given for such a
# purpose is not given to that object ("provided weapons to fight Russia"); not MOBILIZE, whose
# verbs of building up ("to strengthen the capacity of the police") build up the object
AGAINST_OBJECT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "INVESTIGATE", "DISAPPROVE", "PROTEST"})


def _purpose_beneficiary(predicate: Token, lex: Lexicon, subject: Optional[Token]) -> Optional[Token]:
    """Whom aid given for a stated purpose is for (PLOVER AID's recipient): the actor inside a
    subjectless to-infinitive purpose clause on the giving verb ("providing vital security
    assistance to support Ukraine's defense"), or the one a purpose "help / enable" names
    ("provide assistance to help Ukraine respond to ...": Ukraine is helped), or the partner the
    people sent work with ("sending experts ... to work with their Haitian counterparts"). The
    purpose clause may hang on the thing given (an infinitival relative: "a loan to support
    Ecuador's efforts") and may be one of coordinated purposes ("to promote growth and to support
    Ecuador's efforts": each "to"-infinitive conjunct states a purpose of its own). The giver
    itself is never its own beneficiary ("to support the United States' efforts")."""
    given = _children(predicate, ("dobj", "obj"))
    if not given:
        return None  # no aid given ("soldiers came there to participate with the United States")
    own = {t.i for t in subject.subtree} if subject is not None else set()
    giver = subject.text.lower() if subject is not None and subject.pos_ == "PROPN" else None
    for clause in _purpose_clauses(predicate, given):
        if clause.tag_ != "VB" or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) or _children(clause, SUBJECT_DEPS):
            continue
        if clause.lemma_.lower() in ENABLING_VERBS:
            for inner in clause.children:
                helped = _children(inner, SUBJECT_DEPS) if inner.dep_ in ("ccomp", "xcomp") else []
                if helped and _is_actor(helped[0], lex, allow_pronoun=False):
                    return helped[0]
        typed = lex.verbs.get(clause.lemma_.lower())
        if (typed is not None and typed[0] in AGAINST_OBJECT_TYPES) \
                or clause.lemma_.lower() in detection_lexicon()["impairing_verbs"]:
            # "provided weapons to fight Russia": a hostile or harming purpose's object is whom
            # the aid is used against (``_harmed_by_purpose``), never whom it is given to
            continue
        partners = [p for prep in clause.children if prep.dep_ == "prep" and prep.lower_ == "with"
                    for p in _children(prep, ("pobj",))]
        for obj in [o for d in _children(clause, ("dobj", "obj")) + partners for o in [d] + list(d.conjuncts)]:
            # (or its partner: "sending experts ... to work with their Haitian counterparts", the
            # people sent work with the recipient's own)
            # the purpose's object, its owner ("Ukraine's defense"), its "of / for" phrase ("the
            # capacity of the Haitian National Police", "textbooks for Ukrainian students") or its
            # nationality ("Ukrainian students"); not a name inside a compound ("COVID-19 needs")
            for word in [obj] + [c for c in obj.children if c.dep_ == "poss"] + [
                    p for prep in obj.children if prep.dep_ == "prep" and prep.lower_ in ("of", "for")
                    for p in prep.children if p.dep_ == "pobj"]:
                if word.i in own or (giver is not None and word.text.lower() == giver):
                    continue  # the giver's own efforts: no recipient
                if _named_party(word, lex) and (
                        word.pos_ == "PROPN" or word.ent_type_ in ACTOR_ENT_LABELS):
                    # (a name: a common noun is a use or a thing as often as a party, "for vaccine
                    # administration", "emergency food assistance and complementary services")
                    return word
                nationality = next((c for c in word.children if c.dep_ in ("amod", "compound")
                                    and c.ent_type_ in ("GPE", "NORP")), None)
                if nationality is not None and word.pos_ == "NOUN" and word.tag_ == "NNS":
                    return nationality
    return None


def _purpose_clauses(predicate: Token, given: list[Token]) -> list[Token]:
    """The clauses that may state what aid is for (``_purpose_beneficiary``): the adverbial
    clauses on the giving verb and the infinitival relatives on the things given ("a loan to
    support ..."), each with the "to"-infinitives coordinated inside it ("to promote growth and to
    support ...", also where the parser hung the second on a word of the first's object); not
    inside a clause with a subject of its own. The caller checks each is a subjectless
    to-infinitive."""
    tops = [c for c in predicate.children if c.dep_ == "advcl"] + [
        c for thing in given for c in thing.children if c.dep_ in ("acl", "relcl")]
    clauses = []
    for top in tops:
        clauses.append(top)
        for word in top.subtree:
            if word.i == top.i or word.dep_ != "conj" or word.tag_ != "VB" \
                    or not any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children):
                continue
            path, node = [], word.head
            while node.i != top.i:
                path.append(node)
                node = node.head
            if any(_children(h, SUBJECT_DEPS) or h.dep_ in ("ccomp", "relcl", "advcl", "acl") for h in path):
                continue  # inside another act of its own
            clauses.append(word)
    return clauses


def _promised_aid(trigger: Trigger) -> bool:
    """Whether the trigger is a promise or announcement of aid (AGREE with an aid mode: "intends
    to provide an additional $100 million in assistance", "will announce a new package")."""
    return trigger.event_type == "AGREE" and (trigger.mode or "").startswith("aid")


def _promised_aid_beneficiary(predicate: Token, trigger: Trigger, lex: Lexicon,
                              subject: Optional[Token]) -> Optional[Token]:
    """Whom promised aid is for where the promise names no recipient itself: the beneficiary of
    the purpose clause on the verb of giving the promise governs ("The United States intends to
    provide an additional $100 million in civilian security assistance *to enhance the capacity
    of the Ukrainian Ministry of Internal Affairs*", "will announce a significant new package
    ... *to help Ukraine protect* its people"), as for the aid itself (``_purpose_beneficiary``:
    PLOVER AID's recipient; an AGREE to give aid is to the same party). The purpose may hang on
    the promising verb or on the giving verb below it (xcomp)."""
    return _first_on_verbs(predicate, trigger, lambda verb: _purpose_beneficiary(verb, lex, subject))


def _first_on_verbs(predicate: Token, trigger: Trigger, find) -> Optional[Token]:
    """The first party ``find(verb)`` gives (not None) for the predicate, then each other verb of
    the trigger's words in order: a purpose clause may hang on the promising or committing verb or
    on the verb of giving below it ("intends to provide ... to enhance", "will announce a new
    package to help ..."). None where no verb gives one."""
    for verb in [predicate] + [w for w in trigger.words if w.pos_ == "VERB" and w.i != predicate.i]:
        found = find(verb)
        if found is not None:
            return found
    return None


def _helped_by_pledge_purpose(predicate: Token, trigger: Trigger, lex: Lexicon) -> Optional[Token]:
    """Whom a commitment is for where it names no recipient itself and states its purpose as
    helping a named party: the one a subjectless to-infinitive purpose clause of helping (help,
    assist, enable: ``ENABLING_VERBS``) on the committing verb helps, its object ("pledged $5
    million to help Ukraine") or the subject of the act it helps do ("will announce a new
    package to help Ukraine protect its people"). English purpose infinitive: the clause says
    what the thing committed is for, so the one it helps is who the commitment goes to (PLOVER
    AGREE "offer ... aid": its recipient). Only where something is committed (the verb's object:
    a purpose of a bare "agreed" or "came" is the doer's own aim) and only a named party (a common
    noun helped, "to help farmers", or a pronoun stays unread)."""
    return _first_on_verbs(predicate, trigger, lambda verb: _helped_by_purpose_of(verb, lex))


def _helped_by_purpose_of(verb: Token, lex: Lexicon) -> Optional[Token]:
    """The named party a purpose clause of helping on ``verb`` helps, where ``verb`` commits
    something (``_helped_by_pledge_purpose``, for one verb of the trigger); None otherwise."""
    committed = _children(verb, ("dobj", "obj"))
    if not committed:
        return None
    # the purpose clause on the verb, or the infinitive on the thing committed ("announced a
    # $1 billion package to help Israel defend itself": an infinitival relative of purpose)
    clauses = [c for c in verb.children if c.dep_ == "advcl"] + [
        c for thing in committed for c in thing.children if c.dep_ in ("acl", "relcl")]
    for clause in clauses:
        if clause.lemma_.lower() not in ENABLING_VERBS or not to_infinitive(clause, bare=True) \
                or _children(clause, SUBJECT_DEPS):
            continue
        helped = [s for inner in clause.children if inner.dep_ in ("ccomp", "xcomp")
                  for s in _children(inner, SUBJECT_DEPS)] + _children(clause, ("dobj", "obj"))
        for party in helped:
            if _is_actor(party, lex, allow_pronoun=False) and (
                    party.pos_ == "PROPN" or party.ent_type_ in ACTOR_ENT_LABELS):
                return party
    return None


def _verb_hung_of(noun: Token, predicate: Token, trigger: Trigger) -> Optional[Token]:
    """The object of an "of" phrase that complements the trigger's own act noun but that the
    parser hung on the light verb ("made fun of Beijing": of <-prep- made, not <- fun). English
    "make fun of X", "make a mockery of X": the "of" phrase right after the noun is the noun's
    complement, whose object is what the act is about (an objective genitive); a verb of the
    light phrases itself takes no "of" complement. Only where the "of" follows the noun phrase
    at once and the noun has no preposition of its own; None otherwise."""
    light = noun.head
    if noun not in trigger.words or noun.i == predicate.i or light.i == noun.i or light.pos_ != "VERB" \
            or not (light.i == predicate.i or light in trigger.words) \
            or noun.dep_ not in ("dobj", "obj") or "light verb" not in trigger.rule \
            or any(c.dep_ == "prep" for c in noun.children):
        return None
    # (the light verb may sit under an aspect verb: "started making fun of TVB")
    for prep in light.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == noun.right_edge.i + 1:
            return next((o for o in prep.children if o.dep_ == "pobj"), None)
    return None


HARMED_PURPOSE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})

# force used as an instrument ("used water cannons to ...": ``_instrument_purpose_patient``)
INSTRUMENT_PURPOSE_TYPES = frozenset({"ASSAULT", "COERCE"})
INSTRUMENT_PURPOSE_RULE = "patient of the purpose the force is used for ('used X to V Y')"


def _talk_partner(predicate: Token, lex: Lexicon) -> Optional[Token]:
    """Whom a verbal act with no target of its own was addressed to, told by the talks it was
    voiced in ("proposed this Strategic Dialogue during her meeting with President Xiomara
    Castro", "in a call with X"): the named actor "with" a talk noun (event_detection.yaml
    talk_occasion_nouns) under "during / in / at" on the verb. None otherwise."""
    for prep in predicate.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("during", "in", "at"):
            continue
        for occasion in _children(prep, ("pobj",)):
            if occasion.lemma_.lower() not in detection_lexicon()["talk_occasion_nouns"]:
                continue
            partner = _preps(occasion).get("with")
            if partner is not None and _is_actor(partner, lex, allow_pronoun=False):
                return partner
    return None


def _spoken_purpose_partner(predicate: Token, lex: Lexicon) -> Optional[Token]:
    """Whom a stance said in a call or meeting was addressed to where the stance names no one
    itself: the named partner "with" the call or meeting verb whose subjectless to-infinitive
    purpose the stance is ("spoke by phone with Ukrainian Foreign Minister Kuleba *to express his
    condolences* over the deaths of ...", "met with Admiral Rocha *to express appreciation* for
    the progress ...", "spoke with Kuleba *to offer support* and condemn ..."). The readout tells
    the words as said to the one talked with (PLOVER SUPPORT: "the recipient is the one
    supported"; CAMEO 018/051 "make empathetic comment / praise": to whom), like
    ``_talk_partner``'s "during his meeting with X". The host verb is one of
    event_detection.yaml spoken_purpose_hosts; a conjunct purpose ("to offer support and
    condemn") reaches it through the first one. Only a named actor (no pronoun). None otherwise."""
    clause = predicate
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
    if clause.dep_ not in ("advcl", "xcomp") or _children(clause, SUBJECT_DEPS) or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    host = clause.head
    if host.pos_ != "VERB" or verb_lemma(host, lex) not in detection_lexicon()["spoken_purpose_hosts"]:
        return None
    partner = _preps(host).get("with")
    if partner is not None and _is_actor(partner, lex, allow_pronoun=False):
        return partner
    return None


MEETING_SCENE_RULE = "partner of the meeting whose place or time the act's 'where' clause tells"
# the relative adverbs of place and time (English relative clauses: "the city where ...", "the day when ...")
_SCENE_RELATIVE_ADVERBS = frozenset({"where", "when"})
# the plural pronouns that can stand for the two who meet
_JOINT_SUBJECT_PRONOUNS = frozenset({"they", "we"})


def _meeting_scene_partner(predicate: Token, lex: Lexicon) -> Optional[Token]:
    """The one met in a meeting whose place or time a "where" / "when" relative clause holding the
    act tells, where the act's subject is a plural pronoun, the two who meet: "looked forward to
    seeing the Foreign Minister tomorrow in Nairobi, *where they would continue to discuss* these
    issues" (the discussion is at that meeting, between its two sides: the target is the one met,
    the named object or "with" phrase of the meeting verb, a CONSULT verb of plover_triggers or
    event_detection.yaml meeting_see_verbs). The act's own clause is climbed through its aspect or
    stance verb ("would continue to discuss"). None otherwise, and for a pronoun partner."""
    clause = predicate
    while clause.dep_ == "xcomp" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
    if clause.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ in _SCENE_RELATIVE_ADVERBS
                                         and c.i < clause.i for c in clause.children):
        return None
    subjects = _children(clause, SUBJECT_DEPS)
    if not subjects or subjects[0].lower_ not in _JOINT_SUBJECT_PRONOUNS:
        return None
    scene = clause.head
    host = scene.head.head if scene.dep_ == "pobj" and scene.head.dep_ == "prep" else (
        scene.head if scene.dep_ in ("npadvmod", "advmod") else None)
    if host is None or host.pos_ != "VERB":
        return None
    lemma = verb_lemma(host, lex)
    if lex.verbs.get(lemma, (None,))[0] != "CONSULT" and lemma not in detection_lexicon()["meeting_see_verbs"]:
        return None
    partner = next(iter(_children(host, ("dobj", "obj"))), None) or _preps(host).get("with")
    if partner is not None and _in_person_adverb(partner):
        # "seeing the Foreign Minister in-person": the adverb "in-person" read as the object noun
        # "person" with the one met as its modifier; the one met is that modifier
        partner = next((c for c in partner.children if c.dep_ in ("nmod", "compound") and c.i < partner.i - 2), None)
    if partner is not None and _is_actor(partner, lex, allow_pronoun=False):
        return partner
    return None


def _in_person_adverb(token: Token) -> bool:
    """Whether ``token`` is the "person" of the hyphenated adverb "in-person" ("met in-person"),
    which the parser may read as a noun heading the phrase before it."""
    doc = token.doc
    return token.lower_ == "person" and token.i >= 2 and doc[token.i - 1].text in ("-", "‐", "–") \
        and doc[token.i - 2].lower_ == "in" and not doc[token.i - 2].whitespace_ and not doc[token.i - 1].whitespace_


# the links a told act's clause climbs to the "that" clause a telling verb governs: its stance
# or aspect verb ("remains prepared to engage"), a coordinated act ("that he wants ... and that he
# won't accept"), a "while" clause inside the content ("that while X remains prepared to ..., we
# are ...")
_TOLD_CLAUSE_LINKS = frozenset({"xcomp", "acomp", "conj", "advcl"})
# the auxiliaries of a commitment told besides the future ones (plover_frames.yaml planned_aux:
# "will", "shall", "won't", "'ll"): the conditional and its contractions ("would", "'d")
_TOLD_CONDITIONAL_AUX = frozenset({"would", "'d", "’d"})


def _told_hearer(predicate: Token, trigger: Trigger, lex: Lexicon) -> Optional[Token]:
    """Whom an act of will with no target of its own was told to: the named hearer of the
    telling verb whose "that" clause (ccomp) the act is in ("Obama told Netanyahu that he won't
    accept ...": the dobj of event_detection.yaml telling_verbs; "Biden was clear with Putin that
    ... the United States remains prepared to engage in diplomacy": the "with"/"to" of "clear"
    after be/make). An offer or refusal made to someone is addressed to them (PLOVER
    AGREE / REJECT: the recipient is the one the commitment or refusal is
    made to; CAMEO 03 / 12 "to"). A threat is left out: told to an ally ("told Scholz that we
    would respond") it is about a third party. The act reaches the ccomp through at most four stance,
    aspect, conjunct or adverbial-clause links, and is a commitment told (a future or conditional
    auxiliary "will / would / won't", or a readiness word of event_detection.yaml
    told_commitment_words, "remains prepared to"): a past act reported to someone ("told the
    Council that Russia had refused ...") is not addressed to them. Only a named actor (no
    pronoun) that is not the press ("told reporters that ...": words for the public,
    candidates._press_noun) is a hearer. None otherwise."""
    from newsgraph.nlp.events.candidates import _press_noun  # (candidates imports this module)

    lexicon = detection_lexicon()
    for start in [predicate, *trigger.words]:
        node, steps, own = start, 0, [start]
        while node.dep_ in _TOLD_CLAUSE_LINKS and node.head.i != node.i and steps < 4:
            if own[-1] is node and node.dep_ in ("xcomp", "acomp"):
                own.append(node.head)  # the act's own clause: its stance or aspect verb, not a host clause
            node, steps = node.head, steps + 1
        if node.dep_ != "ccomp" or node.head.i == node.i:
            continue
        if not any(c.dep_ == "aux" and (c.lower_ in lex.planned_aux or c.lower_ in _TOLD_CONDITIONAL_AUX)
                   for n in own for c in n.children) \
                and not any(n.lemma_.lower() in lexicon["told_commitment_words"] for n in own):
            continue  # (the marker must be the act's own: "after Iran refused ..., we will ..." is no refusal told)
        host = node.head
        hearer = None
        if host.pos_ == "VERB" and verb_lemma(host, lex) in lexicon["telling_verbs"]:
            hearer = next(iter(_children(host, ("dobj", "dative", "obj"))), None)
        elif host.lemma_.lower() in ("be", "make"):
            clear = next((c for c in host.children if c.dep_ in ("acomp", "oprd", "ccomp")
                          and c.lower_ == "clear"), None)
            if clear is not None:
                hearer = _preps(clear).get("with") or _preps(clear).get("to")
        if hearer is not None and _is_actor(hearer, lex, allow_pronoun=False) and not _press_noun(hearer):
            return hearer
    return None


def _in_order_clauses(predicate: Token) -> list[Token]:
    """The to-infinitives of an "in order to" / "so as to" phrase on ``predicate`` ("implement
    sanctions ... in order to further degrade Russia's economy"): English complex subordinators
    of purpose, which the parser hangs as a clause on the noun "order" (or on "as") of a
    preposition phrase of the verb rather than as the verb's own purpose clause."""
    found = []
    for prep in predicate.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            found += [c for o in prep.children if o.dep_ == "pobj" and o.lower_ == "order"
                      for c in o.children if c.dep_ in ("acl", "advcl") and c.pos_ == "VERB"]
        elif prep.lower_ == "so":
            found += [c for a in prep.children if a.lower_ == "as"
                      for c in a.children if c.dep_ in ("acl", "advcl", "xcomp") and c.pos_ == "VERB"]
    return found


def _subjectless_purposes(predicate: Token, deps: tuple[str, ...] = ("advcl", "acl"), any_acl: bool = False) -> list[Token]:
    """The subjectless to-infinitive purposes of ``predicate``, in order: its own clauses of the
    dependency labels ``deps`` and those of an "in order to" / "so as to" phrase
    (``_in_order_clauses``); an "acl" of the verb's own only with ``any_acl``."""
    ordered = _in_order_clauses(predicate)
    ordered_at = {c.i for c in ordered}
    return [clause for clause in list(predicate.children) + ordered
            if clause.dep_ in deps and clause.pos_ == "VERB" and not _children(clause, SUBJECT_DEPS)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
            and (clause.dep_ != "acl" or any_acl or clause.i in ordered_at)]


def _harming_purpose(clause: Token, lex: Lexicon) -> bool:
    """Whether a purpose verb harms or impedes its object: a verb of event_detection.yaml
    impairing_verbs ("to disrupt", "to block"), or one coded as force or coercion on its own
    (INSTRUMENT_PURPOSE_TYPES: "to shell", "to disperse"). A protective or helping purpose ("to
    protect the embassy", "to rescue soldiers") aims nothing at its object."""
    if clause.lemma_.lower() in detection_lexicon()["impairing_verbs"]:
        return True
    found = _classify_verb(clause, lex)
    return found is not None and found[0] in INSTRUMENT_PURPOSE_TYPES


def _harmed_by_purpose(predicate: Token, lex: Lexicon) -> Optional[Token]:
    """Whom a hostile act with no actor patient is aimed at, told by its harming purpose ("launched
    cyber attacks against commercial satellite networks to disrupt Ukrainian command and control"):
    the named state or party that owns ("Ukraine's grid") or qualifies ("Ukrainian command") the
    object of a subjectless to-infinitive purpose whose verb harms or impedes (``_harming_purpose``).
    None when there is no such purpose or it names no one."""
    for clause in _subjectless_purposes(predicate):
        if not _harming_purpose(clause, lex):
            continue
        for obj in _children(clause, ("dobj", "obj")):
            if _named_party(obj, lex):
                return obj
            for word in obj.children:
                if (word.dep_ == "poss" or (word.dep_ in ("amod", "compound", "nmod") and word.i < obj.i)) \
                        and word.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") and _is_actor(word, lex, allow_pronoun=False):
                    return word
    return None


def _instrument_purpose_patient(predicate: Token, lex: Lexicon) -> Optional[Token]:
    """Whom a force used as an instrument is applied to, told by the purpose of the use: "used water
    cannons *to block a resupply of a Vietnamese boat*", "used tear gas *to disperse the protesters*".
    English "use X to V Y" (INSTRUMENT_VERBS: use, utilize, employ, leverage) makes X the means of V
    and the subject of V the user (subject control), so V's object is the patient of the force: a
    named party or people noun object, else the actor inside it ("Vietnamese" of "a Vietnamese boat"),
    else the actor inside the thing its "of" phrase names ("a resupply *of a Vietnamese boat*": the
    supplying is of the boat, the boat is Vietnamese). Only the first subjectless to-infinitive
    purpose of the verb itself ("in order to" too), only where it harms or impedes its object
    (``_harming_purpose``, as for ``_harmed_by_purpose``: "used water cannon *to protect* the
    embassy" aims the force at nobody protected), and only its direct object. None when none
    names an actor."""
    if predicate.lemma_.lower() not in INSTRUMENT_VERBS or not _children(predicate, ("dobj", "obj")):
        return None
    purposes = _subjectless_purposes(predicate, ("xcomp", "advcl", "acl"), any_acl=True)
    if not purposes or not _harming_purpose(purposes[0], lex):
        return None  # only the first purpose, and only a harming one
    for obj in _children(purposes[0], ("dobj", "obj")):
        if _named_party(obj, lex) or _people_noun(obj, lex):
            return obj
        inside = _actor_inside(obj, lex)
        if inside is not None:
            return inside
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for thing in _children(prep, ("pobj",)):
                    inside = thing if _named_party(thing, lex) else _actor_inside(thing, lex)
                    if inside is not None:
                        return inside
    return None


# the stances said in a call or meeting that are addressed to its partner (praise, condolences,
# support, commitments: PLOVER SUPPORT / AGREE to the one talked with); a criticism said in a call
# is of whom it condemns ("spoke with Kuleba to condemn Russia's attacks"), never of the partner
SPOKEN_PURPOSE_ADDRESSED_TYPES = frozenset({"SUPPORT", "AGREE"})

# the types a protest verb of a gathering's purpose codes on its own ("protest / condemn the
# government's decision": CAMEO 11x disapprove); as a demonstration's purpose it names whom the
# demonstration is against
PROTESTED_PURPOSE_TYPES = frozenset({"PROTEST", "DISAPPROVE", "REJECT"})

# material measures whose "to hold X accountable" purpose names whom they are aimed at
# ("imposing severe costs to hold Russia accountable": SANCTION on Russia, PLOVER "all reductions in
# existing, routine, or cooperative relations"); the purpose is no DISAPPROVE of its own
ACCOUNTABLE_MEASURE_TYPES = frozenset({"SANCTION", "COERCE"})


# the nouns of an imposition whose bearer is left unsaid when the coordinated act names it
# (plover_triggers.yaml "impose cost", "impose consequence": SANCTION; a penalty is the same burden)
IMPOSED_BURDEN_NOUNS = frozenset({"cost", "consequence", "penalty"})
COORDINATED_AGAINST_RULE = "party of the coordinated act's 'against' phrase (same subject, same affair)"


def _coordinated_against_party(predicate: Token, lex: Lexicon) -> Optional[Token]:
    """The party of "imposing costs *and* announcing criminal charges *against four hackers*": an
    imposition of costs, consequences or penalties (IMPOSED_BURDEN_NOUNS) that names no one it
    falls on, coordinated with a later predicate of the same subject (a conjunct with no subject
    of its own) whose "against" phrase, on the verb or its object, names an actor. Coordinated
    predicates of one subject tell one affair, so the burden falls on the party the second names
    (English ellipsis of the shared goal in a coordination). Only the first conjunct takes it,
    only from a later one, and only an "against" phrase: a goal ("to", "for") or topic is none."""
    if predicate.lemma_.lower() != "impose":
        return None
    burdens = [c for c in predicate.children if c.dep_ in ("dobj", "obj")
               and c.lemma_.lower() in IMPOSED_BURDEN_NOUNS]
    if not burdens or any(c.dep_ == "prep" and c.lower_ in ("on", "upon", "against")
                          for t in [predicate] + burdens for c in t.children):
        return None
    for verb in predicate.conjuncts:
        if verb.i < predicate.i or verb.pos_ != "VERB" or _children(verb, SUBJECT_DEPS):
            continue
        for holder in [verb] + _children(verb, ("dobj", "obj")):
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ != "against":
                    continue
                party = next((p for p in prep.children if p.dep_ == "pobj" and _is_actor(p, lex)), None)
                if party is not None:
                    return party
        return None  # only the next conjunct
    return None


def _purpose_act_target(predicate: Token, trigger: Trigger, lex: Lexicon,
                        subject: Optional[Token]) -> Optional[tuple[list[Token], str]]:
    """(targets, rule) of an act whose own target is only named in its purpose clause: a
    subjectless to-infinitive purpose of the same PLOVER type ("speaking out to support democracy
    in Venezuela and *condemn Russia's war*", "marched to protest the government's cuts"). The
    purpose act is no event of its own (``_embedding_frame``: the purpose of an act that is an
    event), so the act done is the one the purpose describes, aimed at the purpose's target.
    Only one level deep, and only the same type: a purpose of another kind ("deployed troops
    to help") names a goal, not whom the act itself is aimed at.

    A protest's demand is the exception (PLOVER PROTEST: "carried out as protests against the
    recipient"; "the *topic* of the protest---which will typically be a REQUEST---is not coded as
    a separate event"): a gathering "to demand the resignation of X" or "demanding that X ..."
    is against the party the demand is made of, so for PROTEST a DEMAND purpose counts too, and
    so does a subjectless participial adjunct ("rioted in the capital *demanding* ..."), whose
    understood subject is the protesters (English subject control of a participial adjunct)."""
    for clause in predicate.children:
        participial = trigger.event_type == "PROTEST" and clause.dep_ in ("advcl", "xcomp") \
            and clause.tag_ == "VBG" and not _children(clause, ("mark", "aux", "auxpass"))
        if (clause.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)) \
                and not participial:
            continue
        if clause.pos_ != "VERB" or _children(clause, SUBJECT_DEPS):
            continue
        for verb in [clause] + [c for c in clause.conjuncts if c.i > clause.i and c.pos_ == "VERB"
                                and not _children(c, SUBJECT_DEPS)]:
            inner = _match_trigger(verb, lex)
            if inner is None or inner.token.i == predicate.i or not (
                    inner.event_type == trigger.event_type or (
                        trigger.event_type == "PROTEST" and inner.event_type in PROTESTED_PURPOSE_TYPES
                        and verb.lemma_.lower() in lex.protest_verbs) or (
                        trigger.event_type == "PROTEST" and inner.event_type == "DEMAND") or (
                        trigger.event_type in ACCOUNTABLE_MEASURE_TYPES
                        and inner.rule.startswith(HOLDING_TO_ACCOUNT))):
                # (a gathering held "to protest the government's decision" is aimed at whom the
                # protest is against, though "protest + decision" alone codes CAMEO 114: PLOVER
                # PROTEST's target is the party protested against; costs imposed "to hold Russia
                # accountable" are imposed on Russia: the measure is the act, its purpose says
                # whom it is aimed at, no second DISAPPROVE)
                continue
            found, rule = _targets(inner.token, inner, lex, False, subject)
            if found and rule != PLACE_IN_RULE:
                # (a place the purpose act happens in, "to restore institutions in Venezuela", is
                # no one the act itself is aimed at)
                return found, f"{rule} of the purpose '{verb.lemma_}'"
    if trigger.event_type == "PROTEST":
        protested = _in_protest_of(predicate, lex)
        if protested is not None:
            return _with_conjuncts(protested), "actor of what is protested ('in protest of / against X')"
    return None


def _worded_demand_target(predicate: Token, trigger: Trigger, lex: Lexicon,
                          subject: Optional[Token]) -> Optional[tuple[list[Token], str]]:
    """(targets, rule) of a demand made by issuing a document or statement whose own clause says
    what it demands ("issued a declaration *demanding that the government free X*", "a statement
    *that called on the government to ...*"): the party the clause's demand is made of. The
    participial or relative clause on the issued noun tells that noun's content (English noun
    modification: the declaration is what demands), so PLOVER REQUEST's recipient is the one the
    clause asks. Only a clause whose verb is itself a DEMAND trigger; None otherwise."""
    if trigger.event_type != "DEMAND":
        return None
    nouns = [w for w in trigger.words if w.i != predicate.i and w.pos_ == "NOUN" and w.head.i == predicate.i]
    for noun in nouns:
        for clause in noun.children:
            if clause.dep_ not in ("acl", "relcl") or clause.pos_ != "VERB":
                continue
            inner = _match_trigger(clause, lex)
            if inner is None or inner.event_type != "DEMAND" or inner.token.i == predicate.i:
                continue
            found, rule = _targets(inner.token, inner, lex, False, subject)
            if found and rule != PLACE_IN_RULE:
                return found, f"{rule} of the demand the '{noun.lemma_}' words ('{clause.lemma_}')"
    return None


# the prepositions that name what an act done "in protest" is a protest of ("in protest of the
# ban", "in protest against X's decision", "in protest at", "in protest over")
IN_PROTEST_PREPS = frozenset({"of", "against", "at", "over"})


def _in_protest_of(predicate: Token, lex: Lexicon) -> Optional[Token]:
    """The party a protest is against where the act names it only in an "in protest of / against /
    at / over X" phrase on the verb or its object ("continued a hunger strike in protest of the
    government's refusal to ...": the government). English "in protest of X" states what the
    act protests; PLOVER PROTEST's recipient is the party protested against, so X itself when it
    is an actor, else the actor inside X (its owner or agent: ``_actor_inside``). None otherwise."""
    hosts = [predicate] + _children(predicate, ("dobj", "obj"))
    for host in hosts:
        for prep in host.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for noun in _children(prep, ("pobj",)):
                if noun.lemma_.lower() != "protest":
                    continue
                for inner in noun.children:
                    if inner.dep_ != "prep" or inner.lower_ not in IN_PROTEST_PREPS:
                        continue
                    for what in _children(inner, ("pobj",)):
                        found = _actor_or_inside(what, lex)
                        if found is not None:
                            return found
    return None


RESPONDED_ACT_RULE = "doer of the act or words the criticism responds to ('in response to X')"


def _answered_act_doer(act: Token, lex: Lexicon) -> Optional[Token]:
    """Who did the act or said the words ``act`` names, from its own phrase, in this order: the
    "by" agent, on the noun or on a participle of it ("the detention of journalists by Iran", "the
    sanctions imposed by the United States"); the possessor ("Hamas's attack on Israel"); "from"
    ("these reckless comments from the Russians"); a state or demonym modifier ("the Chinese
    statement"). The "of" object of an act or event noun is its patient ("the arrest of X", "the
    invasion of X by Y": the objective genitive, Quirk et al. 1985, 17.41-17.43), never its doer;
    only an utterance noun's "of" names its speaker ("the comments of the ambassador":
    event_detection.yaml speaker_of_nouns). None where no doer is named."""
    # (the parser may hang the act's "by" on its "of" object: "the detention of students by X")
    agents = [o for n in _partitive_nouns(act) for c in n.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
              for o in _children(c, ("pobj",))]
    agents += [o for c in act.children if c.dep_ == "acl" and c.tag_ == "VBN" for o in agent_objects(c)]
    for agent in agents:
        doer = _actor_or_inside(agent, lex)
        if doer is not None:
            return doer
    if agents:
        return None  # a doer named that is no actor ("by unknown gunmen"): no other party is
    doer = _actor_inside(act, lex)
    if doer is None:
        return None
    doers = {"from", "of"} if noun_lemma(act) in detection_lexicon()["speaker_of_nouns"] else {"from"}
    node = doer
    while node.i != act.i and node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ not in doers:
            return None  # the act's patient or beneficiary ("the bombing of Kharkiv", "aid for X")
        node = node.head
    if node.i != act.i and doer.head.dep_ == "prep" and doer.head.lower_ not in doers:
        return None  # (a phrase the parser hung off the noun: read as on it)
    return doer


def _responded_act_doer(predicate: Token, lex: Lexicon) -> Optional[Token]:
    """Whose act or words a criticism with no object of its own answers: "we are speaking out in
    response to these reckless comments from the Russians", "she spoke out in reaction to the
    regime's crackdown". A criticism voiced in response to a party's deed or statement is aimed at
    that party (PLOVER ACCUSE: the target is the actor whose action or policy is criticised), as
    one "against" it is. Only the verb's own "in response / reaction / reply to" phrase
    (event_detection.yaml ``response_nouns``), only a noun of an act, event or communication (``deverbal_nouns``:
    WordNet noun.act / noun.event / noun.communication; or an event noun of the trigger lexicon,
    "crackdown") that neither the trigger lexicon reads, nor the verbs it derives from, as a
    cooperative act or a demand (answering "an invitation from X" or "a request by X" is no
    criticism of X), nor is a question (event_detection.yaml answered_request_nouns), and only
    when the criticism has no object and the noun's own phrase names the doer (the "by" agent, the
    possessor, "from", a state modifier; "of" only for an utterance noun: ``_answered_act_doer``).
    None otherwise."""
    if _children(predicate, ("dobj", "obj")):
        return None  # what it criticises is its object, read elsewhere
    for prep in predicate.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for noun in _children(prep, ("pobj",)):
            if noun.lemma_.lower() not in detection_lexicon()["response_nouns"]:
                continue
            answered = _preps(noun).get("to")
            for act in [answered, *answered.conjuncts] if answered is not None else []:
                lemma = noun_lemma(act)
                verbs = deverbal_nouns().get(lemma, frozenset())
                if act.pos_ != "NOUN" or not (verbs or lemma in lex.nouns) \
                        or lemma in detection_lexicon()["answered_request_nouns"]:
                    continue
                kinds = {_parse_noun_type(lex, act)} | {lex.verbs.get(v, (None,))[0] for v in verbs}
                if any(k in lex.cooperative or k == "DEMAND" for k in kinds if k is not None):
                    # ("in response to the invitation / request from X": an answer to a party's
                    # cooperative act or request, no criticism of it)
                    continue
                doer = _answered_act_doer(act, lex)
                if doer is not None:
                    return doer
    return None


# the force a mobilisation can be for, whose victim makes clear against whom it is aimed
HOSTILE_PURPOSE_TYPES = frozenset({"ASSAULT", "COERCE"})


def _mobilized_against(predicate: Token, lex: Lexicon) -> Optional[Token]:
    """Against whom a mobilisation is aimed where its purpose names an act of force: a
    subjectless to-infinitive ("Russia was mobilizing to invade Ukraine") or a "for" phrase whose
    noun is one ("mobilizing for military aggression against Ukraine"). PLOVER MOBILIZE: the
    recipient is whom the actor mobilizes against "if that is clear", and the act of force it is
    for makes it so. The purpose's direct object or the act noun's "against / on / of" object, a named
    actor only (a place or thing is where, not whom); None otherwise."""
    for clause in predicate.children:
        if clause.dep_ in ("advcl", "xcomp") and clause.pos_ == "VERB" and not _children(clause, SUBJECT_DEPS) \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            inner = _match_trigger(clause, lex)
            if inner is None or inner.event_type not in HOSTILE_PURPOSE_TYPES:
                continue
            for obj in _children(clause, ("dobj", "obj")):
                if _is_actor(obj, lex, allow_pronoun=False) and obj.ent_type_ in ACTOR_ENT_LABELS:
                    return obj
        if clause.dep_ == "prep" and clause.lower_ == "for":
            for act in _children(clause, ("pobj",)):
                if _parse_noun_type(lex, act) not in HOSTILE_PURPOSE_TYPES \
                        and noun_lemma(act) not in detection_lexicon()["rejected_violence_nouns"]:
                    # (a violent act named as a whole, "mobilizing for military aggression / a war
                    # against Ukraine", is one of force though the trigger lexicon codes no event
                    # for the noun: event_detection.yaml rejected_violence_nouns, the CAMEO 19x/20x
                    # and PLOVER ASSAULT acts)
                    continue
                for prep in ("against", "on", "of"):  # ("an invasion of Ukraine": the objective "of")
                    victim = _preps(act).get(prep)
                    if victim is not None and _is_actor(victim, lex, allow_pronoun=False) \
                            and victim.ent_type_ in ACTOR_ENT_LABELS:
                        return victim
    return None


SHARED_HEAD_NOTE = " (the head its coordinated modifiers share)"

# the acts with a partner, named by "with" (PLOVER CONSULT/COOPERATE "with", AGREE "agree with")
PARTNERED_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})

# nouns of an "of" chain followed below a discussed topic to the "with" phrase the parser hangs
# on its last noun
_OF_CHAIN_DEPTH = 2


def _with_down_of_chain(topic: Token) -> Optional[Token]:
    """The object of a "with" phrase the parser hung on a noun down the topic's "of" chain
    ("negotiated the resumption of counternarcotics cooperation *with the PRC*", "discussed the
    future of relations with Japan"): a discussion's partner, as when it hangs on the topic itself
    ("discussed the war with Kuleba"; PLOVER CONSULT/COOPERATE: the partner is "with" X). Only
    "of" links (the noun the topic is of), at most ``_OF_CHAIN_DEPTH``; None otherwise."""
    noun = topic
    for _ in range(_OF_CHAIN_DEPTH):
        inner = _preps(noun).get("of")
        if inner is None or inner.pos_ != "NOUN":
            return None
        partner = _preps(inner).get("with")
        if partner is not None:
            return partner
        noun = inner
    return None


def _met_with(predicate: Token, actor: Token) -> bool:
    """Whether ``actor`` lies in a "with" phrase hung on ``predicate`` itself ("met with ISF
    leadership"), not in one of a clause below it ("discussed how the strategy aligns with
    President-Elect Petro's goal": what is discussed)."""
    for ancestor in actor.ancestors:
        if ancestor.dep_ == "prep" and ancestor.lower_ == "with":
            return ancestor.head.i == predicate.i
        if ancestor.i == predicate.i:
            return False
    return False


# the explanation's target rule of the people met behind a partitive head (``_met_through_partitive``)
PARTITIVE_MET = "people met behind a partitive head"

# the explanation's target rule of the people a hosted or convened gathering is "of" (``_gathering_attendees``)
GATHERING_ATTENDEES = "attendees of the gathering ('of')"


def _gathering_attendees(noun: Token, lex: Lexicon) -> Optional[Token]:
    """Who a gathering noun says meets: the actor of its "of" phrase ("convened a meeting of
    foreign ministers", "hosted a meeting of NATO defense ministers", "the leaders' summit of the
    Quad countries"), for an act that holds the gathering (CAMEO 043 host, 046 convene; PLOVER
    CONSULT: the parties that meet). Only a gathering noun (plover_frames ``gathering_nouns``,
    event_detection ``hosted_gathering_nouns``) and people named by a plural common noun: a place
    ("the Summit of the Americas") is where it meets, not who, and a body's own meeting ("the
    United States and India convened the second meeting of the Counternarcotics Working Group",
    "the Ministry convened a meeting of the working group") is its members', whom the clause names
    as its subjects or not at all; a body named by a pair of states ("the
    India-U.S. working group") is left to the linker, which reads the pair's other party
    (``actor_heads.pair_undertakings``). None where no such phrase names an actor."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or (lemma not in lex.gathering_nouns
                               and lemma not in detection_lexicon()["hosted_gathering_nouns"]):
        return None
    held = _preps(noun).get("of")
    if held is None or held.pos_ != "NOUN" or held.tag_ != "NNS" or held.ent_type_ in PLACE_ENT_LABELS \
            or not _is_actor(held, lex, allow_pronoun=False):
        return None
    own = _entity_of(held)
    if own is not None and pair_undertakings(noun.doc, own.start_char, own.end_char):
        return None
    return held


def _hosted_gathering(noun: Token, trigger: Trigger, rule: str) -> bool:
    """Whether ``noun`` is the gathering a host holds: the object or event noun of the hosting
    frame (CONSULT/host: "host", CAMEO 043 "host a visit") whose lemma is one of event_detection
    ``hosted_gathering_nouns`` ("hosted a listening session", "hosted a roundtable"). Such a
    gathering is an event, as plover_frames ``gathering_nouns`` are, and acts for no one: no
    target is looked for inside its phrase ("experts from several states" are where the attendees
    come from, not whom the host meets), only among those it is "of" (``_gathering_attendees``)
    or "with" (the partner, PLOVER CONSULT; ``_visitor_first`` makes them the visitors)."""
    return trigger.event_type == "CONSULT" and trigger.mode == "host" and rule in ("dobj", "obj", "event noun") \
        and noun.pos_ == "NOUN" and noun.lemma_.lower() in detection_lexicon()["hosted_gathering_nouns"]


def _met_through_partitive(predicate: Token, actor: Token) -> Optional[Token]:
    """The people noun met where ``actor`` is whom a meeting verb's partner phrase names behind a partitive or
    quantity head: "will meet a diverse array of Haitian stakeholders", "met with a range of
    Ukrainian officials". English grammar makes the "of" phrase of such a head ("an array of X",
    "a number of X", ``PARTITIVE_NOUNS`` / ``QUANTITY_NOUNS``) the people themselves, so the people
    met are the partner (PLOVER CONSULT: the party met), as they are when the verb's object or its
    "with" names them directly. The actor is the people noun or its state's modifier
    ("Haitian"); the head is the verb's own object or the object of its own "with". Not a verb of
    discussion, whose object is the topic ("discussed a range of Ukrainian concerns"). None where
    the actor is not so reached."""
    if predicate.lemma_.lower() in detection_lexicon()["discussion_verbs"]:
        return None
    node = actor
    if node.dep_ in ("amod", "compound", "nmod", "poss") and node.head.pos_ == "NOUN" and node.i < node.head.i:
        node = node.head
    people = node
    crossed = False
    while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN" and (
            node.head.head.lemma_.lower() in PARTITIVE_NOUNS or node.head.head.lower_ in QUANTITY_NOUNS
            or node.head.head.lemma_.lower() in QUANTITY_NOUNS):
        node = node.head.head
        crossed = True
    if not crossed:
        return None
    if (node.dep_ in ("dobj", "obj") and node.head.i == predicate.i) or (
            node.dep_ == "pobj" and node.head.lower_ == "with" and node.head.head.i == predicate.i):
        return people
    return None


def _shared_head_conjunct(token: Token, lex: Lexicon) -> Optional[Token]:
    """The plural actor noun that heads coordinated modifiers the parser split at the
    conjunction ("met with energy sector and corporate governance leaders": "sector" taken as
    the object, "leaders" as its conjunct). In English a bare singular noun with no determiner
    coordinated with a modified plural actor noun is a modifier sharing that head (the leaders
    of the energy sector and of corporate governance), so the act reaches the people the head
    names. Only two items joined by the conjunction itself ("A and B leaders"), not a comma list.
    None where ``token`` is an actor itself, has a determiner, possessor or number, or no such
    conjunct follows."""
    if token.pos_ != "NOUN" or token.tag_ != "NN" or _is_actor(token, lex, allow_pronoun=False) \
            or any(c.dep_ in ("det", "poss", "nummod", "prep") for c in token.children):
        return None
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].dep_ != "cc":
        return None  # a list ("civil society, anti-war protestors, ..."): items, not shared modifiers
    for conj in token.conjuncts:
        if conj.i > token.i and conj.left_edge.i == token.i + 2 and conj.pos_ == "NOUN" and conj.tag_ == "NNS" \
                and not any(c.dep_ in ("det", "poss", "nummod") for c in conj.children) \
                and any(c.dep_ in ("compound", "amod") and c.i < conj.i for c in conj.children) \
                and _named_party(conj, lex):
            return conj
    return None


def _conjoined_actor(token: Token, lex: Lexicon) -> Optional[Token]:
    """The first named actor coordinated after the non-actor noun ``token`` ("other online
    platforms and Golos Ameriki"): a name (spaCy GPE/ORG/NORP/PERSON), or a counted group of an
    actor noun ("seven prisons ... and five regime officials": a cardinal before a plural actor
    noun picks out that many actors, as a list of designees does; since 0.8.162), not a bare
    common noun ("platforms and users")."""
    for conj in token.conjuncts:
        if conj.i > token.i and conj.ent_type_ in ACTOR_ENT_LABELS and conj.pos_ == "PROPN" \
                and _named_party(conj, lex):
            return conj
        if conj.i > token.i and _counted_actor_group(conj, lex):
            return conj
    # an object noun whose own phrase names a party ("lifting sanctions on three officials, and
    # two companies ..."): the counted group after the verb is coordinated with that party, not
    # a further object of the verb standing for the non-actor noun (since 0.8.164)
    own_party = any(c.dep_ == "prep" and any(p.dep_ == "pobj" and _named_party(p, lex) for p in c.children)
                    for c in token.children)
    if token.dep_ in ("dobj", "obj") and not own_party:
        for conj in token.head.children:
            # "designating seven prisons operated by X ..., and five regime officials": a noun
            # phrase the parser coordinated with the verb after a long object; a verb coordinates
            # with no noun phrase (English coordination joins like with like), so it is a further
            # object
            if conj.dep_ == "conj" and conj.i > token.i and _counted_actor_group(conj, lex):
                return conj
    return None


def _counted_actor_group(noun: Token, lex: Lexicon) -> bool:
    """Whether ``noun`` is a counted group of actors: a plural actor noun (``_named_party``) with a
    cardinal number of its own ("five regime officials", "two companies")."""
    return noun.pos_ == "NOUN" and noun.tag_ == "NNS" and _named_party(noun, lex) and any(
        c.dep_ == "nummod" and (c.like_num or c.pos_ == "NUM") for c in noun.children)


RELATIVE_DOER_RULE = "subject of the relative clause on the object"

AID_GOAL_RULE = "goal of the aid's motion or transfer"

JOINT_WORK_PARTNER_RULE = "state the giver works with on giving the aid"


def _country_name(token: Token) -> bool:
    """Whether ``token`` is a country's own name, whatever entity label the tagger gave it ("Chad")."""
    found = lookup_country(token.text)
    return found is not None and found.matched_as == "name"


def _joint_work_partner(predicate: Token, lex: Lexicon) -> Optional[Token]:
    """Whom aid is for where it is the matter of a joint effort with a state and names no recipient
    itself: "will work closely with Chad on providing food assistance", "worked with Peru in
    delivering relief" (the giving verb the gerund of an "on" / "in" phrase of a joint-action verb,
    ``_joint_effort_verb``, with a "with" / "alongside" partner). The partner of such an effort is
    the one it is done with, and aid worked on with a state goes to that state (PLOVER AID's
    recipient). Only a state or place (GPE): an organisation worked with ("with the United
    Nations on providing assistance") is a fellow giver as often as not. None otherwise."""
    verb = _joint_effort_verb(predicate)
    if verb is None:
        return None
    for partner_prep in verb.children:
        if partner_prep.dep_ != "prep" or partner_prep.lower_ not in ("with", "alongside"):
            continue
        for partner in _children(partner_prep, ("pobj",)):
            found = _party_or_inside(partner, lex)
            if found is not None and (found.ent_type_ == "GPE" or _country_name(found)):
                return found
    return None


def _emergency_state(token: Token) -> bool:
    """``token`` is the "state" of "state of emergency" (CAMEO 1724 / 0814 "STATE (OF EMERGENCY)"):
    a measure, never the political state its word names elsewhere. Shape: Token -> bool."""
    return token.lemma_.lower() == "state" and any(
        prep.lower_ == "of" and any(p.dep_ == "pobj" and p.lemma_.lower() == "emergency" for p in prep.children)
        for prep in token.children if prep.dep_ == "prep")


def _is_light_phrase_act_noun(token: Token, predicate: Token, trigger: Trigger, lex: Lexicon) -> bool:
    """Whether ``token`` is the object noun of the trigger's own light verb + object phrase, the
    noun that names the act ("authorized ... an unprecedented third Presidential *Drawdown*":
    ``predicate`` "authorized", plover_triggers.yaml light_phrases ``authorize drawdown``, the noun
    among ``trigger.words``), and no actor noun. Such a noun is the act itself, capitalised as a
    programme's name, never whom the act is aimed at (a target candidate in ``_targets``). A noun
    that can also name a body ("force", "opposition") is the act where it stands bare, with no
    determiner, possessor or name: singular, English admits no bare singular count noun, so it is
    the mass noun of the act ("will not use force", "used excessive force", "dropped opposition to
    the plan"; WordNet force.n "violence", noun.act: act_doers.deverbal_nouns); plural, the idiom's
    own noun ("joined forces with X") or the doer's own units ("withdrew forces from X"), never
    whom the act is aimed at. With a determiner or possessor it keeps its reading as a body ("the
    force", "its forces"); the act's own noun is never its party."""
    if not any(w.i == token.i for w in trigger.words) or token.i == predicate.i \
            or f"{predicate.lemma_.lower()} {noun_lemma(token)}" not in lex.light_phrases:
        return False
    return token.lemma_.lower() not in lex.actor_nouns or _bare_mass_act_noun(token)


CAPTIVES_HELD_RULE = "captives held"
PERSON_HELD_RULE = "person held (custody)"
PARTITIVE_EXAMPLES_RULE = "named examples of the partitive group"


def _captive_small_clause_object(token: Token) -> Optional[Token]:
    """The plural noun of people the parser made a compound of a singular captive noun
    (event_detection.yaml captive_nouns) in a small clause: "took three aid workers hostage" is
    "took [three aid workers] [hostage]" (English forms noun compounds with a singular modifier,
    so a plural with its own number before the role noun is the object it is said of), the
    people held (CAMEO 181's recipient); None otherwise."""
    if token.tag_ != "NN" or noun_lemma(token) not in detection_lexicon()["captive_nouns"] \
            or any(c.dep_ in ("det", "poss") for c in token.children):
        return None
    return next((c for c in token.children if c.dep_ == "compound" and c.i < token.i and c.tag_ == "NNS"
                 and person_word(c)), None)


def _bare_mass_act_noun(token: Token) -> bool:
    """Whether noun ``token`` is an act noun (act_doers.deverbal_nouns: WordNet noun.act / noun.event)
    standing bare: no determiner, possessor, numeral or noun before it, no name ("use force",
    "use military force", "joined forces"; not "the force", "a force", "its forces", "the police
    force", "NATO forces")."""
    return token.tag_ in ("NN", "NNS") and token.lemma_.lower() in deverbal_nouns() and not token.ent_type_ \
        and not any(c.dep_ in ("det", "poss", "nummod", "compound", "predet") for c in token.children)


def _shifted_object(predicate: Token) -> Optional[Token]:
    """The object a stance verb with no object of its own has shifted after its "as" + adjective
    predicative ("We condemn as irresponsible threats of use of ... weapons by Russia"): English
    heavy-NP shift puts a long object after the short object complement, and the parser hangs it
    as the "as" phrase's noun. Only a bare adjective right after "as" (the complement), never
    "as an opportunity" (a predicative noun phrase); None otherwise."""
    if _children(predicate, ("dobj", "obj", "ccomp")) or predicate.pos_ != "VERB":
        return None
    for prep in predicate.children:
        if prep.dep_ != "prep" or prep.lower_ != "as" or prep.i + 2 >= len(prep.doc):
            continue
        adjective = prep.doc[prep.i + 1]
        noun = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if noun is not None and noun.pos_ == "NOUN" and adjective.pos_ == "ADJ" and adjective.dep_ == "amod" \
                and adjective.head.i == noun.i and adjective.i < noun.i:
            return noun
    return None


def _relative_clause_doer(predicate: Token, objects: list[Token], lex: Lexicon) -> Optional[Token]:
    """Who did what a stance is taken on, named as the subject of a relative clause on the object
    ("welcomed the national dialogue President Duque has convened", "condemned the strikes that
    Russia launched"): the object is the gap of the clause (English object relative), so the
    clause's subject did it, as a possessor would ("Duque's dialogue"). The parser may read a
    contact clause after a bare object as the verb's clausal complement with the object noun as
    its subject and the name as that noun's apposition ("welcomed [the dialogue, President Duque]
    has convened"): a complement verb with no object of its own, whose "subject" is a common noun
    with a named actor in apposition right after it, is that clause. Named actors only (no
    pronouns); None otherwise."""
    for obj in objects:
        if obj.pos_ != "NOUN":
            continue
        for clause in obj.children:
            if clause.dep_ != "relcl" or clause.pos_ != "VERB" or _children(clause, ("xcomp", "ccomp")) or any(
                    o.tag_ not in ("WDT", "WP") for o in _children(clause, ("dobj", "obj"))):
                # (the gap must be the clause verb's own object: in "borders Russia has attempted
                # to change" it is the infinitive's, and the clause is about an attempt)
                continue  # (the clause's object, if any, is the relative pronoun: the gap)
            doer = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
            if doer is not None and _named_party(doer, lex):
                return doer
    if objects:
        return None
    for clause in predicate.children:
        if clause.dep_ != "ccomp" or clause.pos_ != "VERB" or _children(clause, ("dobj", "obj", "mark", "ccomp", "xcomp")) \
                or not _children(clause, ("aux",)) or clause.tag_ != "VBN":
            continue
        thing = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        if thing is None or thing.pos_ != "NOUN" or _is_actor(thing, lex, allow_pronoun=False):
            continue
        doer = next((c for c in thing.children if c.dep_ == "appos" and c.i > thing.i
                     and c.left_edge.i == thing.i + 1 and c.right_edge.i + 1 < clause.i + 1), None)
        if doer is not None and doer.pos_ == "PROPN" and _is_actor(doer, lex, allow_pronoun=False):
            return doer
    return None


NOMINAL_DOER_RULE = "doer of the act noun the stance is on"


# verbal acts whose object may be a deed: a criticism, rejection or demand of a deed is aimed at
# whoever did it (PLOVER ACCUSE "criticize ... responsible parties"; REQUEST and ACCUSE require no
# recipient), never at the one the deed was done to
DEED_STANCE_TYPES = frozenset({"DISAPPROVE", "REJECT", "DEMAND"})


def _victim_deed(noun: Token, trigger: "Trigger", predicate: Token, lex: Lexicon) -> bool:
    """Whether ``noun``, the object of a criticism, rejection or demand (DEED_STANCE_TYPES), names
    a deed done to someone ("condemn the use of violence against peaceful protestors", "condemns
    the missile strikes on Erbil", "condemn the arrests of protestors"): a hostile act noun of the
    trigger lexicon (hostile_nouns, or a noun of an ASSAULT / COERCE / SANCTION act), or "use" of
    one. Its "against / on / upon" (and a coercion's "of") phrase names the victim, who is not
    whom the criticism or demand is aimed at: that is the deed's doer (``_nominal_act_doer``), else
    nobody. Not the noun that gives the event its type, as a verbal "attack on X" does under a
    light verb ("launched a strong attack on the president": X is criticised)."""
    if trigger.event_type not in DEED_STANCE_TYPES or noun.pos_ != "NOUN" or noun.i == predicate.i:
        return False
    if noun in trigger.words:
        verb = lex.verbs.get(verb_lemma(predicate, lex))
        if not (verb and verb[0] == trigger.event_type):
            return False
    return _deed_noun(noun, lex)


# acts given by one party to another, whose noun names the giver in "from" (PLOVER SUPPORT / AID /
# AGREE: "support for X from Y"); a demand's "from" names whom it is made of ("an apology from Y")
FROM_GIVER_TYPES = frozenset({"SUPPORT", "AID", "AGREE"})


def _from_holder(noun: Token, predicate: Token) -> Optional[Token]:
    """The "from Y" phrase object of an act noun that also names whom the act is for ("the strong
    support for Ukraine from Allies and partners", "assistance to Haiti from donors"): Y gives or
    holds the act (the source) and the "for / to" X receives it (the target); the one who reports
    it ("the Secretary emphasized ...") only speaks of it. None unless the noun has both. Not a
    noun of another's call, request or proposal that the act endorses (event_detection.yaml
    endorsed_initiative_nouns: "approved a request from Ukraine for air defence systems"): its
    "from" names the one who made it, whom the endorsement is toward (since 0.8.120)."""
    if noun.i == predicate.i or noun.pos_ != "NOUN" \
            or noun_lemma(noun) in detection_lexicon()["endorsed_initiative_nouns"]:
        return None
    preps = _preps(noun)
    if "for" not in preps and "to" not in preps:
        return None
    return preps.get("from")


def _giver_or_victim(prep: str, obj: Token, trigger: "Trigger", predicate: Token, lex: Lexicon) -> bool:
    """Whether ``obj``, the object of the preposition ``prep`` on an act noun below the trigger,
    names who gives that act ("emphasized the strong support for Ukraine from Allies and
    partners": the source, ``_from_holder``) or the victim of a deed criticised or demanded about
    ("condemn the use of violence against peaceful protestors", "condemns the missile strikes on
    Erbil": ``_victim_deed``). Neither is whom the act is aimed at, so neither is a target."""
    if obj.head.dep_ != "prep":
        return False
    noun = obj.head.head
    if prep == "from":
        return trigger.event_type in FROM_GIVER_TYPES and _from_holder(noun, predicate) is not None
    return prep in PATIENT_PREPS and _victim_deed(noun, trigger, predicate, lex)


def _nominal_act_doer(act: Token, predicate: Token, lex: Lexicon) -> Optional[Token]:
    """Who did the act a stance verb's object noun names ("welcome the release of X by Y",
    "condemn the killing of civilians by Russian forces", "welcome the publication by UNITAMS of
    its report", "the release, carried out by Y"): PLOVER SUPPORT / DISAPPROVE / REJECT target the
    actor whose conduct is approved or criticised (event_detection.yaml act_doer_types), the doer of
    the act, never its patient. Shape: the noun's "by" agent (English passive nominal, "the
    destruction of the city by the enemy"; also where the parser hangs "by X" on the noun's "of"
    patient, or on the stance verb itself right after the object, which an active stance verb takes
    no agent of), the agent of a participle on the noun ("carried out by X"); then its possessor
    ("Venezuela's decision"); for a release noun (release_acts) the holder of the captives it
    names in "of" (``_holder_of`` over the release phrase: "the release of X, who had been detained
    in Venezuela"). None
    when the sentence names no doer: the caller keeps its other readings."""
    def named(phrase: Optional[Token]) -> Optional[Token]:
        if phrase is None:
            return None
        if _named_party(phrase, lex):
            return phrase
        return _actor_inside(phrase, lex)

    def agent_bys(node: Token, deps=("prep",)) -> list[Token]:
        # the "by" phrases on ``node`` that name an agent; "by imposing sanctions" is a means clause
        return [c for c in node.children if c.dep_ in deps and c.lower_ == "by"
                and not any(g.dep_ == "pcomp" or (g.dep_ == "pobj" and g.tag_ == "VBG") for g in c.children)]

    bys = agent_bys(act, ("prep", "agent"))
    patient = _preps(act).get("of")
    if patient is not None and patient.pos_ == "PROPN":
        # "the release of Gustavo Cardenas by Venezuela": a person or body names no act, so a
        # "by" hung on it is the act noun's
        bys += agent_bys(patient)
    if not any(a.dep_ == "auxpass" for a in predicate.children):
        bys += [c for c in agent_bys(predicate) if c.i == act.right_edge.i + 1]
    of_at = next((c.i for c in act.children if c.dep_ == "prep" and c.lower_ == "of"), len(act.doc))
    # (a participle after the noun's "of" phrase tells of that phrase's noun, which the parser
    # hangs high: "the work of the Commission of Inquiry established by the Human Rights Council")
    bys += [a for c in act.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i < of_at
            for a in c.children if a.dep_ == "agent"]
    for prep in bys:
        for obj in prep.children:
            if obj.dep_ == "pobj":
                doer = named(obj)
                if doer is not None:
                    return doer
    owner = next((c for c in act.children if c.dep_ == "poss"), None)
    if owner is not None and _is_actor(owner, lex, allow_pronoun=False):
        return owner
    origin = _act_origin(act, predicate, lex)
    if origin is not None:
        return origin
    words = detection_lexicon()
    if act.lemma_.lower() in words["release_acts"] and patient is not None and (
            _is_actor(patient, lex, allow_pronoun=False) or patient.lemma_.lower() in words["captive_nouns"]):
        # (captives released, not a report: "the release of its report" is published, no one held;
        # the custody clause may hang on the release noun itself: "the release of X and Y, both of
        # whom had been detained in Venezuela")
        return _holder_of(act, lex)
    return None


PARTICIPLE_NOUN_DOER_RULE = "doer of the act noun the passive participle modifies"


def _participle_noun_doer(participle: Token, source: Token, lex: Lexicon) -> Optional[Token]:
    """The party of the act a passive participle with its own "by" agent is done to: "a proposal
    by France, now rejected by Russia", "the Ukrainian peace plan backed by the G7", "our offer,
    rejected by Moscow". The participle's noun is what the act is on, as the subject of the full
    passive is ("the proposal was rejected by Russia"); a stance on an act is a stance on its doer
    (PLOVER SUPPORT / DISAPPROVE / REJECT, event_detection.yaml act_doer_types), named as for a
    stance verb's object (``_nominal_act_doer``: the noun's "by" agent, possessor, origin) or by a
    possessive pronoun the linker resolves ("our offer": the speaker's side; unresolved, dropped).
    The participle's own agent is the source, never also the doer; None when the noun names none
    ("diplomacy now rejected by Russia")."""
    if participle.dep_ != "acl" or participle.tag_ != "VBN" or participle.head.pos_ != "NOUN":
        return None
    noun = participle.head
    doer = _nominal_act_doer(noun, participle, lex)
    if doer is not None and not (participle.left_edge.i <= doer.i <= participle.right_edge.i) and doer.i != source.i:
        return doer
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and owner.lower_ in ("our", "my", "your", "his", "her", "their"):
        return owner
    return None


def _origin_clauses(act: Token, predicate: Token) -> list[Token]:
    """The clauses that may tell where the deed ``act`` came from: a relative clause whose subject
    is the relative pronoun ("the strikes that emanated from Iran") or a participle ("strikes
    launched from Syria") on the noun; and such a relative clause the parser hung on a time
    adverbial right after the object phrase ("the missile strikes on Erbil, Iraq last night that
    emanated from Iran": a bare "last night" takes no restrictive relative clause of its own, the
    clause is the object's)."""
    heads = [act]
    heads += [t for t in predicate.children if t.dep_ == "npadvmod" and t.ent_type_ in ("TIME", "DATE")
              and t.left_edge.i == act.right_edge.i + 1]
    clauses = []
    for head in heads:
        for clause in head.children:
            if clause.pos_ != "VERB" or clause.i < head.i:
                continue
            if clause.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in clause.children):
                clauses.append(clause)
            elif clause.dep_ == "acl" and head.i == act.i and clause.tag_ in ("VBN", "VBG") \
                    and not _children(clause, SUBJECT_DEPS):
                clauses.append(clause)
    return clauses


def _act_origin(act: Token, predicate: Token, lex: Lexicon) -> Optional[Token]:
    """The party a hostile deed came from, named by a clause of origin on its noun (event_detection.yaml
    act_origin_verbs, act_origin_preps: "condemns the missile strikes ... that emanated from Iran",
    "the attacks that came from Gaza", "strikes launched from Syrian territory"): the doer of the
    deed, as a "by" agent is. Only for a deed done to someone (``_deed_noun``); the place or party
    itself, or the actor inside it ("Syrian territory"); None otherwise."""
    if not _deed_noun(act, lex):
        return None
    words = detection_lexicon()
    for clause in _origin_clauses(act, predicate):
        if clause.lemma_.lower() not in words["act_origin_verbs"]:
            continue
        for prep in clause.children:
            if prep.dep_ != "prep" or prep.lower_ not in words["act_origin_preps"] \
                    or (prep.lower_ == "in" and clause.lemma_.lower() != "originate"):
                continue
            for place in prep.children:
                if place.dep_ != "pobj":
                    continue
                found = _party_or_inside(place, lex)
                if found is not None:
                    return found
    return None


def _aid_goal(predicate: Token, lex: Lexicon) -> Optional[Token]:
    """Who receives aid told as moved or handed on in another clause of the sentence, with the
    thing given as that clause's subject: "The supplemental resources Congress provided ... have
    been critical to ... delivering ... assistance to Ukraine" (the giving verb a relative clause
    on the subject) and "U.S. supplied weapons ... have been flowing into Ukraine" (a reduced
    participle the parser took for the main verb, the motion verb for its subjectless conjunct).
    The goal ("to" / "into": event_detection.yaml aid_goal_preps) of a verb of motion or transfer
    (aid_goal_verbs), or of a noun that verb governs, is the recipient (PLOVER AID target). A
    clause with a subject of its own is another act and is not searched. None otherwise."""
    detection = detection_lexicon()
    clause = None
    given = None
    if predicate.dep_ in ("relcl", "acl") and predicate.head.pos_ == "NOUN":
        given = predicate.head
        if given.dep_ in ("nsubj", "nsubjpass"):
            clause = given.head
    elif predicate.pos_ == "VERB" and not _children(predicate, ("auxpass", "nsubjpass")):
        # (a conjunct sharing the giver as subject: "supplied weapons ... and delivered them to
        # X"; or the parser's reading of a reduced participle on the subject as the main verb)
        given = next(iter(_children(predicate, ("dobj", "obj"))), None)
        clause = next((c for c in predicate.children if c.dep_ == "conj" and c.pos_ == "VERB" and given is not None
                       and c.i > given.i and not _children(c, SUBJECT_DEPS | {"nsubjpass"})), None)
    if clause is None or given is None:
        return None
    # (a verb of travel conjoined under the giver's own subject is the giver's trip: "provided aid
    # and travelled to Poland")
    travel = detection["motion_verbs"] if given.head.i == predicate.i else frozenset()
    skip = {t.i for t in given.subtree} | {predicate.i}
    queue = [clause]
    while queue:
        node = queue.pop(0)
        for child in node.children:
            if child.i in skip or (child.dep_ == "conj" and _children(child, SUBJECT_DEPS | {"nsubjpass"})) \
                    or (child.dep_ in ("ccomp", "relcl", "advcl") and _children(child, SUBJECT_DEPS)):
                continue
            queue.append(child)
            if child.dep_ != "prep" or child.lower_ not in detection["aid_goal_preps"]:
                continue
            mover = child.head if child.head.pos_ == "VERB" else child.head.head
            if mover.pos_ != "VERB" or mover.lemma_.lower() not in detection["aid_goal_verbs"] \
                    or mover.lemma_.lower() in travel:
                continue
            goal = next((o for o in child.children if o.dep_ == "pobj"), None)
            if goal is None:
                continue
            found = _party_or_inside(goal, lex)
            if found is not None:
                return found
    return None


def _for_sanctioned_object(prep: Token, predicate: Token, candidates: list) -> bool:
    """Whether ``prep`` is a "for" phrase on the object of a sanction verb ("sanctioning the
    world's largest darknet market for Russian speakers, Hydra, and ... Garantex"): it names
    whom the sanctioned thing serves (a market's clientele, a network's purpose), not who is
    sanctioned, which is the object itself (PLOVER SANCTION: the target is the one penalised)."""
    return prep.dep_ == "prep" and prep.lower_ == "for" and prep.head.i != predicate.i \
        and any(prep.head.i == c.i and rule in OBJECT_DEPS for c, rule in candidates)


# entity types that never name a party designated or met (a place, a time, a law, an amount)
_NO_PARTY_NAME_LABELS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "LAW", "EVENT", "MONEY", "PERCENT",
                                   "QUANTITY", "CARDINAL", "ORDINAL", "LANGUAGE", "NORP"})


def _comma_appositive_party(name: Token, obj: Token, trigger: Trigger, lex: Lexicon) -> bool:
    """Whether ``name`` is a proper name set off by a comma in apposition to the common noun ``obj``
    that is no actor itself ("imposed sanctions on the mixer, Churn.io, which ..."): apposition
    makes the two one referent (Quirk et al. 17.65), and the name identifies it, so the name is the
    party acted on where the name is an actor, or, for a sanction (whose object is always a person or
    entity designated: PLOVER SANCTION), any name but a place, time, law or amount, whatever the NER
    made of it (WORK_OF_ART, PRODUCT). A common noun in apposition ("the firm, its owner and two
    ships"; "the leader, a former lawyer") is a list or a description, no name: read as before."""
    if name.dep_ != "appos" or name.head.i != obj.i or name.pos_ != "PROPN" or obj.pos_ != "NOUN" \
            or name.left_edge.i < 1 or name.doc[name.left_edge.i - 1].text != "," \
            or _is_actor(obj, lex, allow_pronoun=False):
        return False
    if _is_actor(name, lex, allow_pronoun=False):
        return True
    return trigger.event_type == "SANCTION" and name.ent_type_ not in _NO_PARTY_NAME_LABELS


def _conjoined_apposition(name: Token, obj: Token) -> bool:
    """Whether ``name``, a proper name (a person's or an organisation's) the parser made a conjunct
    or an apposition of the object of a preposition on the noun ``obj``, is in apposition to
    ``obj`` itself ("sanctioning the largest darknet market for Russian speakers, Hydra, and the
    exchange Garantex": Hydra parsed as a conjunct, or an apposition, of "speakers"). English coordination joins like with like: a name set off by a comma after a
    common noun with no name of its own renames the head it follows, as "the market, Hydra" does.
    Only a first conjunct, right after the comma that closes the preposition's object phrase, on
    a prepositional phrase of ``obj`` itself, whose object is a bare plural (a generic group,
    "Russian speakers", with no referents of its own for names to list). Read for a sanction's
    object only (the caller), whose "for" phrase names whom the object serves
    (``_for_sanctioned_object``), never whom it is aimed at; after an aid noun the names may be
    further recipients ("aid for displaced families, Caritas and the Red Cross")."""
    if name.dep_ not in ("conj", "appos") or name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "ORG"):
        return False
    noun = name.head
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.ent_type_ or noun.head.head.i != obj.i \
            or noun.head.dep_ != "prep" or noun.tag_ != "NNS" \
            or any(c.dep_ in ("det", "poss", "nummod", "predet") for c in noun.children):
        return False  # (a bare plural only: a generic group, no referents a name could list)
    comma = name.left_edge.i - 1
    return comma > noun.i and name.doc[comma].text == "," \
        and all(w.head.i == noun.i or w.head.head.i == noun.i for w in name.doc[noun.i + 1:comma])


def _condolence(trigger: Trigger) -> bool:
    """Whether the trigger is condolences or sympathy expressed (event_detection.yaml
    condolence_nouns): only its "to" phrase names whom it is for."""
    return any(w.lemma_.lower() in detection_lexicon()["condolence_nouns"] for w in trigger.words)


def _stray_listed_place(obj: Token) -> bool:
    """Whether ``obj``, a second direct object of its verb, is the rest of a list of places the
    phrase before it opened ("imposing sanctions on a network of front companies in the People's
    Republic of China (PRC), the United Arab Emirates, and Iran": the parser cut the list after
    its first place and made the rest an object). An English verb takes one direct object; a
    place name set off by a comma right after a place name inside the earlier object's phrase
    continues that phrase's list."""
    if obj.dep_ not in ("dobj", "obj") or obj.ent_type_ != "GPE":
        return False
    earlier = [o for o in obj.head.children if o.dep_ in ("dobj", "obj") and o.i < obj.i]
    first = obj.left_edge
    if not earlier or first.i < 2 or obj.doc[first.i - 1].text != ",":
        return False
    before = obj.doc[first.i - 2]
    if before.text == ")":  # a bracketed acronym after the place: "(PRC)"
        before = before.head
    return before.ent_type_ == "GPE" and before.dep_ in ("pobj", "conj", "appos") \
        and earlier[-1].left_edge.i <= before.i <= earlier[-1].right_edge.i


# prepositions of a destination ("flights to Managua", "sent into Ukraine")
DESTINATION_PREPS = ("to", "into", "toward", "towards")


def _state_of_place_part(place: Token) -> Optional[Token]:
    """The state in the "of" phrase of a part of a place (event_detection.yaml place_part_nouns:
    "the eastern regions of X", "the DNR and LNR regions of X"): English "of" names the whole a
    part belongs to, so a force sent there is directed at that state (PLOVER MOBILIZE), whatever
    name the part itself has. None where ``place`` is no such part or its "of" object is no
    state's name (GPE)."""
    if place.lemma_.lower() not in detection_lexicon()["place_part_nouns"] \
            and place.lower_ not in detection_lexicon()["place_part_nouns"]:
        return None
    for prep in place.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            state = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if state is not None and _state_name(state):
                return state
    return None


def _state_name(token: Token) -> bool:
    """Whether ``token`` (a GPE) is a state's own name ("Ukraine"; not a capital, "Kyiv")."""
    return token.ent_type_ == "GPE" and _country_name(token)


def _ordered_forces_destination(predicate: Token, trigger: Trigger) -> dict[str, Token]:
    """The destination phrases ("to", "into", "toward(s)": ``DESTINATION_PREPS``) of the infinitive
    that says where forces the mobilising verb orders, sends or moves are to go ("ordered troops to
    deploy into the eastern regions of X", "sent forces to move toward X"). English object control:
    the verb's object is the subject of its infinitive complement, so the infinitive's destination
    is where the forces go, which PLOVER MOBILIZE takes as whom the forces are directed at. Only
    an infinitive (xcomp) on the trigger's verb whose controller, the verb's object, is among the
    trigger's words, and only a destination that is a state (GPE) or a part of one
    (``_state_of_place_part``); a city or base may be the forces' own ground. {} where there is none."""
    words = {w.i for w in trigger.words}
    if not any(c.dep_ in ("dobj", "obj") and c.i in words for c in predicate.children):
        return {}
    found = {}
    for verb in predicate.children:
        if verb.dep_ == "xcomp" and verb.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            for key, value in _preps(verb).items():
                # (only a state or a part of one: a city or base may be the forces' own ground)
                if key in DESTINATION_PREPS and (_state_name(value) or _state_of_place_part(value) is not None):
                    found.setdefault(key, value)
    return found


def _measure_on_party(preps: dict, trigger: Trigger) -> Optional[Token]:
    """The people a SANCTION or COERCE measure is on, when its "on/upon/against" phrase names
    them by a noun for people or parties ("visa restrictions on executives of charter companies",
    "sanctions on a network of procurement agents"; a Phoenix sector's people or a designated
    party's head, actor_heads.yaml ``designated_*_heads``); else None ("restrictions on exports"
    is on things)."""
    if trigger.event_type not in ("SANCTION", "COERCE") and SANCTION_KIND not in trigger.rule:
        return None
    for prep in PATIENT_PREPS:
        obj = preps.get(prep)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
            continue
        if (obj.pos_ == "PROPN" and obj.ent_type_ in ("PERSON", "ORG", "NORP")) \
                or designated_kind(obj.lower_) is not None \
                or designated_kind(obj.lemma_) is not None or _sector_people(obj):
            return obj
    return None


def _handed_over_person(obj: Token, predicate: Token) -> bool:
    """Whether ``obj``, the object of ``predicate``, is a person (or persons) handed over from one
    authority to another by a verb of custody transfer (event_detection.yaml
    ``custody_handover_verbs``: "extradited Nestor Perez to the United States", "handed the
    suspects over to the police"): not a state, an organisation or a people named as such, which
    can be the recipient ("returned the prisoners to Ukraine" names Ukraine in "to"). Since 0.7.470.
    From 0.7.580 to 0.7.860 only where a "to" phrase named the receiver; since 0.7.910 also with
    none ("Peru extradited the smuggler", "his decision to extradite this dangerous criminal"):
    the person is what is transferred whether or not the receiver is named, so the act keeps its
    event with no target (``_handover_without_receiver``) rather than the person as one."""
    if predicate.lemma_.lower() not in detection_lexicon()["custody_handover_verbs"]:
        return False
    return obj.ent_type_ not in ("GPE", "ORG", "NORP") and obj.pos_ in ("NOUN", "PROPN", "PRON")


# the dependencies that open a clause (a relative, participial, complement or adverbial clause):
# a word below one belongs to that clause's own predication, not to the phrase it hangs on
CLAUSE_OPENING_DEPS = frozenset({"acl", "relcl", "advcl", "ccomp", "xcomp", "csubj"})


def _within_clause_of(word: Token, phrase_head: Token) -> bool:
    """Whether ``word`` lies inside a clause embedded in ``phrase_head``'s phrase ("a declaration
    *demanding that the government free its leader X*": X is in the participial clause), rather
    than in the noun phrase itself ("the brother of the opposition leader, X"). English clauses
    modifying a noun (relative, participial, complement) have their own arguments, which are no
    part of the noun's reference. ``word`` must be in ``phrase_head``'s subtree."""
    node = word
    while node.i != phrase_head.i and node.head.i != node.i:
        if node.dep_ in CLAUSE_OPENING_DEPS:
            return True
        node = node.head
    return False


def _kept_from_acting(token: Token, predicate: Token) -> bool:
    """Whether ``token`` is an object "it" that a verb of prevention keeps from an act told in its
    "from" gerund: "blocking it from participating in international organizations". Such a verb
    controls its gerund from its object (English object control: "prevented the journalists from
    meeting" = the journalists would meet), so the "it" is the understood doer of that act, a party
    (a state, a body), not a thing; the linker resolves it by coreference and drops it when it
    stands for no actor (``linked_actor_check``). Verbs: event_detection.yaml prevention_verbs."""
    if token.lower_ != "it" or predicate.lemma_.lower() not in detection_lexicon()["prevention_verbs"]:
        return False
    return any(p.lower_ == "from" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in p.children)
               for p in predicate.children if p.dep_ == "prep" and p.i > token.i)


def _shared_with(trigger: Trigger) -> Optional[Token]:
    """The party a thing is shared with where the parser hangs the "with" phrase on the relative
    clause or participle of the shared thing: "share information *we gather* with allies" ->
    allies. ``_sharing_sense`` codes the sharing from that very phrase (the "with" of the thing's
    own clause is the verb's: "share X with Y" names the recipient, PLOVER COOPERATE), so its
    object is the recipient as when it hangs on the verb. None where no such phrase holds one."""
    if "sharing '" not in trigger.rule:
        return None
    shared = detection_lexicon()["shared_things"]
    for word in trigger.words:
        if not {word.lemma_.lower(), word.lower_} & shared:  # "data" lemmatises as "datum"
            continue
        for clause in (c for c in word.children if c.dep_ in ("acl", "relcl")):
            partner = _preps(clause).get("with")
            if partner is not None:
                return partner
    return None


def _order_giver(noun: Token) -> set[int]:
    """Token indices of the possessor or "of" phrase of an order noun (event_detection.yaml
    force_order_nouns: "an order of the supreme commander of the army", "the president's order"):
    who gives the order (a subjective genitive); empty for any other noun."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in detection_lexicon()["force_order_nouns"]:
        return set()
    return {t.i for child in noun.children if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ == "of")
            for t in child.subtree}


def _order_parties(trigger: Trigger, predicate: Token) -> set[int]:
    """Token indices of who gives and who receives an order to forces (senses._order_to_forces):
    the phrases of the forces themselves and of the order noun's possessor or "of" ("an order of
    the supreme commander of the army", "units of the army"), none of them its target."""
    found: set[int] = set()
    for word in trigger.words:
        if word.i == predicate.i:
            continue
        if word.pos_ == "NOUN" and word.lemma_.lower() in detection_lexicon()["force_order_nouns"]:
            found |= _order_giver(word)
        else:
            found.update(t.i for t in word.subtree)
    return found


RECOGNIZED_TERRITORY_RULE = "territory recognized (the state only locates it)"


def recognized_territory(targets: list[Token], predicate: Token, trigger: Trigger) -> Optional[Token]:
    """The object of a recognition (PLOVER SUPPORT/recognize, CAMEO 054 "grant diplomatic
    recognition"; PETRARCH2 RECOGNIZE + INDEPENDENCE) when it is a territory (event_detection.yaml
    recognized_territory_nouns) that the state found inside the phrase only locates: a modifier of
    the territory noun ("two pieces of *Ukrainian* land", "*Ukraine's* Donetsk region") or its
    "in" place ("two republics in eastern *Ukraine*"). Recognizing such land as independent is no
    backing of the state it lies in; the land itself is the recipient. A state named as the
    territory's own name ("the regions of Donetsk and Luhansk") or as the owner of a status
    ("Ukraine's sovereignty over Crimea") is no locator and stays."""
    if (trigger.mode or "") != "recognize" or not targets:
        return None
    obj = _object_noun(predicate)
    if obj is None or not all(t.i in {w.i for w in obj.subtree} and t.i != obj.i for t in targets):
        return None
    return obj if all(_locates_territory(t, obj) for t in targets) else None


def _locates_territory(deeper: Token, obj: Token) -> bool:
    """Whether ``deeper``, inside the object phrase ``obj``, only locates a territory noun of it
    (``recognized_territory``)."""
    territories = detection_lexicon()["recognized_territory_nouns"]
    node = deeper
    while node.i != obj.i:
        head = node.head
        locator = node.dep_ in ("amod", "compound", "poss", "nmod") or (
            node.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("in", "within", "inside"))
        owner = head.head if node.dep_ == "pobj" else head
        if locator and owner.lemma_.lower() in territories:
            return True
        if node.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in territories:
            return False  # "the region of Donetsk": the territory's own name
        node = head
    return False


RALLIED_PARTY_RULE = "the rallied (no one named is rallied for: diplomatic cooperation with them, CAMEO 050)"


def _rally_beneficiary(predicate: Token, trigger: Trigger, lex: Lexicon) -> Optional[tuple[list[Token], str]]:
    """The target of support rallied from actors (CAMEO 053 "rally support on behalf of", PLOVER
    SUPPORT: the one supported): the party the rallied are gathered "for", "behind" or "on behalf
    of", else the actor the rallied are to back or aid by the purpose clause ("rallied European
    governments to support Ukraine": Ukraine), else no one ("rallied 40 countries to support a
    resolution": what is backed is no actor), else the rallied themselves, with whom the actor
    builds diplomatic cooperation (CAMEO 050; Stop 49: a SUPPORT with no recipient names no
    interaction an analyst can use). None when the trigger is no rally of actors (rallying
    "support for X" reads its target as any act does)."""
    if trigger.event_type != "SUPPORT" or trigger.mode != "rally" or not trigger.rule.startswith("CAMEO 053"):
        return None
    rallied = _children(predicate, ("dobj", "obj")) or [
        s for c in _children(predicate, ("ccomp", "xcomp")) for s in _children(c, ("nsubj",))]
    if not rallied:
        return None
    rallied_noun = rallied[0].lemma_.lower()
    if not _is_actor(rallied[0], lex, allow_pronoun=False) and rallied_noun not in lex.rally_objects:
        return None
    if rallied_noun in detection_lexicon()["rally_support_objects"]:
        return None  # "rally support for X": the support's own "for" reads as any act's target does
    rallied_party = rallied_noun not in detection_lexicon()["rally_non_party_objects"]
    preps = _preps(predicate)
    behalf = preps.get("on")
    held = [(preps.get(p), f"'{p}'") for p in ("for", "behind")] + (
        [(_preps(behalf).get("of"), "on behalf of")] if behalf is not None and behalf.lower_ == "behalf" else [])
    for noun, prep in held:
        party = _party_or_inside(noun, lex) if noun is not None else None
        if party is not None:
            return _with_conjuncts(party), f"the one support is rallied {prep} (CAMEO 053)"
    if any(noun is not None for noun, _ in held):
        # "rallied his party behind the bill": rallied for a thing, no actor; the rallied are
        # not the recipient of cooperation built for no one (review 49b #6)
        return [], "none (rallied for no actor)"
    if rallied_noun not in relational_heads() and any(
            c.dep_ == "poss" and c.pos_ == "PRON" and _possessive_of_subject(c) for c in rallied[0].children):
        # "The president rallied his party", "rallied its members": the subject's own side, an
        # internal act with no other party (PLOVER events are between actors); "rallied its allies"
        # (a relational noun names others) keeps them (review 49b #6)
        return [], "none (the rallied are the subject's own side)"
    purposes = [c for c in predicate.children if c.dep_ in ("xcomp", "ccomp", "advcl") and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    for purpose in purposes:
        if lex.verbs.get(verb_lemma(purpose, lex), (None,))[0] not in ("SUPPORT", "AID"):
            continue
        backed = _children(purpose, ("dobj", "obj"))
        backed += [o for w in [purpose, *backed] for p in ("for", "to", "behind") for o in [_preps(w).get(p)]
                   if o is not None]
        for noun in backed:
            # ("to support Ukraine", "to back Moldova's bid", "to provide aid for Ukraine's reconstruction")
            party = noun if _named_party(noun, lex) else next(
                (c for c in noun.children if c.dep_ == "poss" and _is_actor(c, lex, allow_pronoun=False)), None)
            if party is not None:
                return _with_conjuncts(party), "the one the rallied are to back (CAMEO 053 on behalf of)"
    # no one named is rallied for: the act is the diplomatic cooperation built with the rallied
    # (CAMEO 050 "engage in diplomatic cooperation", PLOVER SUPPORT "initiate ... or expand
    # diplomatic, non-material cooperation"), so they are its recipient ("mobilized our partners to
    # stand up surge support", "rallied 40 countries to back a resolution"); a party the rallied
    # are turned "against" is the one they oppose together, no one this support is for (Stop 49)
    if not rallied_party:
        # "rallied the world in response": no actor is rallied and no one named is rallied for
        return [], "none (no party rallied, no one named is rallied for)"
    return _with_conjuncts(rallied[0]), RALLIED_PARTY_RULE


def _dispatched_means(trigger: Trigger, rule: str, predicate: Token) -> bool:
    """Whether ``rule`` is the passive subject of an AID told by a verb of sending (event_detection.yaml
    dispatch_verbs: "teams were deployed to ...", "a warship was sent to rescue ..."): what is sent
    is the giver's aid or means, so a force, ship or vehicle there (moving_force_nouns) is no
    recipient. Since events 0.8.151 for a rescue's ship or troops."""
    return trigger.event_type == "AID" and rule == "nsubjpass" \
        and predicate.lemma_.lower() in detection_lexicon()["dispatch_verbs"]


DATIVE_RECIPIENT_RULE = "recipient of the verb's 'to' (dative)"


def _dative_recipient(obj: Token, predicate: Token, trigger: Trigger, lex: Lexicon) -> Optional[list[Token]]:
    """The recipient the "to" object ``obj`` names in the frame of a verb with a Recipient role
    (English dative alternation, VerbNet give-13.1 / future_having-13.3 / send-11.1 and the
    say-37.7 / complain-37.8 communication classes: event_detection.yaml recipient_to_verbs,
    addressed_to_verbs): "offered the tiles to schools and universities", "complained to him", else
    None. Only the verb's own "to" (or that of the thing it hands over, where the parser hangs it
    there), only with an object for a verb of transfer ("returned to schools" is a goal), and only
    an object pronoun (the linker resolves it, dropping one it cannot) or a plural noun of a
    Phoenix sector ("schools" EDU): VerbNet's Recipient is +animate or +organization, and a named
    actor is read before this by ``_is_actor``. A verb of sending (destination_to_verbs) whose
    thing sent is people or forces (``_people_sent``) names a destination, no recipient."""
    lemma = verb_lemma(predicate, lex)
    words = detection_lexicon()
    to = obj.head
    if obj.dep_ != "pobj" or to.lower_ != "to":
        return None
    things = [c for c in _children(predicate, ("dobj", "obj"))] + [
        w for w in trigger.words if w.i != predicate.i and w.pos_ == "NOUN"]
    if to.head.i != predicate.i and to.head.i not in {t.i for t in things}:
        return None
    if lemma not in words["addressed_to_verbs"] and not (lemma in words["recipient_to_verbs"] and things):
        return None
    if lemma in words["destination_to_verbs"] and any(_people_sent(w) for t in things for w in _with_conjuncts(t)):
        # "sent soldiers to universities", "dispatched officials to schools": people or forces
        # sent go there themselves; the "to" object is where, no recipient (since 0.8.194)
        return None
    if obj.lower_ in OBJECT_PRONOUNS:
        return [obj]
    recipient = _sector_patient(obj)
    return _with_conjuncts(recipient) if recipient is not None else None


# the rule note of a stance's target found inside the subjectless gerund it backs
BACKED_PROPOSITION_RULE = "party of the proposition backed"
OPPOSED_PROPOSITION_RULE = "party of the proposition opposed"


def _backed_proposition_party(predicate: Token, lex: Lexicon) -> Optional[Token]:
    """The party a verb of taking sides backs through the subjectless gerund clause it takes as its
    object (event_detection.yaml proposition_stance_verbs: "we support *allowing* the electoral
    authorities time to ...", "welcomed *granting* Uganda access"): the actor the proposition is
    about, its first actor among the gerund's indirect object, the subject of its small clause
    ("allowing X time", "letting X decide"), its "to" / "for" / "with" phrase (the recipient:
    "sending troops to X" backs X, not the troops sent) and its direct object (or an actor inside
    it: "releasing the prisoners") (PLOVER SUPPORT "approve policy, action, or actor": backing the act
    favours its party, as "supports the release of X" backs X). The gerund's act is not the
    stance-taker's (``detection._embedding_frame``). Only a gerund of a cooperative type
    (plover_frames.yaml cooperative_types) or of permission (event_detection.yaml enabling_verbs)
    backs a party: backing "defeating X" or "punishing X" favours no X; and people or forces a verb
    of sending sends (``_people_sent``: "sending troops to fight X") are no party (since 0.8.196).
    None where the verb is none of those, takes no such gerund, or the gerund names no actor."""
    if verb_lemma(predicate, lex) not in detection_lexicon()["proposition_stance_verbs"]:
        return None
    gerund = next((c for c in predicate.children if c.dep_ == "xcomp" and c.tag_ == "VBG"
                   and not _children(c, tuple(SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS))), None)
    if gerund is None:
        return None
    words = detection_lexicon()
    lemma = verb_lemma(gerund, lex)
    classified = _classify_verb(gerund, lex)
    if lemma not in words["enabling_verbs"] and (classified is None or classified[0] not in lex.cooperative):
        # only an act that favours its party (a cooperative PLOVER type, plover_frames.yaml
        # cooperative_types: "giving", "granting", "freeing", "helping", "funding"; or a verb of
        # permission, enabling_verbs: "allowing", "letting") backs it; backing a hostile act
        # ("defeating X", "containing X", "punishing X") favours no party of it (since 0.8.196)
        return None
    found: list[Token] = _children(gerund, ("dative",))
    found += [s for clause in _children(gerund, ("ccomp", "xcomp", "oprd")) for s in _children(clause, ("nsubj",))]
    found += [p for prep, p in _preps(gerund).items() if prep in ("to", "for", "with")]
    for obj in _children(gerund, ("dobj", "obj")):
        if lemma in words["destination_to_verbs"] and any(_people_sent(w) for w in _with_conjuncts(obj)):
            continue  # "sending troops to fight X": the people or forces sent are no party backed
        # (an indirect object the parser folded into the direct object as a compound: "allowing the
        # election commission time" read as one noun "commission time")
        found += [c for c in obj.children if c.dep_ == "compound" and c.i < obj.i]
        found.append(_actor_or_inside(obj, lex))
    return next((t for t in found if t is not None and _is_actor(t, lex, allow_pronoun=False)), None)


def _people_sent(token: Token) -> bool:
    """Whether ``token``, a thing a verb of sending sends, is people or forces, who go to the "to"
    place themselves: a person noun (``person_word``: "volunteers", "diplomats", "officials"), armed
    forces (``_own_forces``: "soldiers", "troops") or a delegation (actor_heads.yaml
    delegation_heads)."""
    return person_word(token) or _own_forces(token) or token.lower_ in delegation_words()[0]


RETAKEN_HOLDER_RULE = "holder of the place retaken"
APPOSITION_OF = "apposition of "  # (+ the rule of the noun the name is in apposition to)


def _holder_of_retaken(obj: Token, lex: Lexicon) -> Optional[Token]:
    """Who holds the place a retaking verb's object names (event_detection.yaml ``retaking_verbs``,
    ``holding_verbs``): the subject of a relative clause of seizing or holding on it ("retook the
    territory the rebels seized", "the villages that the militia captured", "the town, which
    militants had held": the clause's object gap is the place), or the agent of a passive one or of
    a participle ("the villages occupied by X", "that were seized by X"); through a partitive
    quantity ("half of the ground the militia grabbed", "much of the land that X took"); only a place
    (``senses._place_noun``: a place name or a noun of taken_place_nouns), never people. Only a
    named party (no pronoun: "the land they lost" says nothing of a holder); None otherwise."""
    holding = detection_lexicon()["holding_verbs"]
    for noun in _partitive_nouns(obj):
        if not _place_noun(noun):
            # only ground held (a place name or a noun of taken_place_nouns, as for "liberate"):
            # people taken ("the prisoners that the gang had held") are no place retaken
            continue
        for clause in noun.children:
            if clause.dep_ not in ("relcl", "acl") or clause.pos_ != "VERB" or clause.i < noun.i \
                    or clause.lemma_.lower() not in holding:
                continue
            passive_clause = clause.tag_ == "VBN" and (clause.dep_ == "acl" or any(
                c.dep_ in ("auxpass", "nsubjpass") for c in clause.children))
            if passive_clause:
                holders = agent_objects(clause)
            elif clause.dep_ == "relcl" and not any(
                    c.dep_ in ("dobj", "obj") and c.tag_ not in ("WDT", "WP") and c.lower_ != "that"
                    for c in clause.children):
                # (the object place is the gap the antecedent fills: no object of its own but a
                # relative pronoun)
                holders = [c for c in clause.children if c.dep_ in ("nsubj",)]
            else:
                continue
            holder = next((h for h in holders if _is_actor(h, lex, allow_pronoun=False)), None)
            if holder is None:
                holder = next((a for h in holders for a in [_actor_inside(h, lex)] if a is not None), None)
            if holder is not None:
                return holder
    return None


def _retaken_from(predicate: Token, places: list[Token], lex: Lexicon) -> Optional[Token]:
    """The holder a retaking verb takes a place back from, named by its "from" phrase ("the town
    was recaptured *from ISIS*", "retook Kherson *from Russian forces*"): English "take X from Y"
    names Y as whom X is taken from. Only where the verb's place (``places``: its object, or the
    subject of a passive) is a place (``senses._place_noun``), and only a named party or the actor
    inside the phrase ("from Russian-held areas" gives none: an area, no holder named)."""
    if not any(_freed_place(place) is not None for place in places):
        return None
    for prep in predicate.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            for obj in _children(prep, ("pobj",)):
                if _is_actor(obj, lex, allow_pronoun=False) and not _place_noun(obj):
                    return obj
    return None


def _subject_state(subject: Optional[Token], lex: Lexicon) -> Optional[str]:
    """The state the event's source phrase names (``descriptions.named_state`` of the actor heading
    or inside it: "Turkey", "Chilean officials"), the one a description target may not repeat."""
    actor = _actor_or_inside(subject, lex) if subject is not None else None
    return named_state(actor) if actor is not None else None


def _targets(predicate: Token, trigger: Trigger, lex: Lexicon, passive: bool,
             subject: Optional[Token]) -> tuple[list[Token], str]:
    """Target tokens (with conjuncts) and the rule that found them."""
    candidates: list[tuple[Token, str]] = []
    for word in trigger.words:
        if word.lemma_.lower() in lex.stance_nouns and (word.dep_ == "conj" or (
                word.head.i == predicate.i and word.dep_ in ("dobj", "obj")
                and any(o.i < word.i for o in _children(predicate, ("dobj", "obj"))))):
            # a restated stance coordinated with the verb's object ("reaffirmed the bond between
            # A and B and the U.S. commitment to Israel's security"): its own "to" names the target
            for prep in ("to", "for"):
                held = _preps(word).get(prep)
                inner = held if held is not None and _is_actor(held, lex, allow_pronoun=False) \
                    else (_actor_inside(held, lex) if held is not None else None)
                if inner is not None:
                    return _with_conjuncts(inner), f"actor inside the stance's '{prep}'"
    rallied_for = _rally_beneficiary(predicate, trigger, lex)
    if rallied_for is not None:
        return rallied_for
    if passive and subject is not None:
        candidates.append((subject, "nsubjpass"))
    if HOLDING_TO_ACCOUNT in trigger.rule:
        # (also under an aspect or stance verb, whose rule wraps it: "will continue to hold
        # accountable the Iranian officials", "seek to hold accountable ...")
        for adjective in [w for w in trigger.words if w.pos_ == "ADJ"]:
            for held in _children(adjective, ("dobj", "obj")):
                # "hold accountable the Ortega-Murillo government": the one held, shifted after
                # the adjective (English heavy-NP shift), which the parser makes its object; only
                # an actor named ("hold accountable those responsible for crimes against X"
                # names the culprits by their deed, not X)
                named = _actor_or_inside(held, lex)
                if named is not None:
                    return _with_conjuncts(named), "the one held to account (shifted object)"
            # "hold the junta accountable" parsed with the adjective as the verb's object and the
            # noun as its compound or subject: the noun is the small clause's subject, the one held
            # (``senses.small_clause_nouns``; since events 0.8.207)
            held = [c for c in small_clause_nouns(adjective) if _is_actor(c, lex, allow_pronoun=False)]
            if held:
                return _with_conjuncts(held[-1]), "the one held to account (adjective parsed as object)"
    if trigger.backs_hostile_act and trigger.words[-1].lemma_.lower() in detection_lexicon()["accountability_verbs"]:
        # "reaffirmed the commitment to hold Iran accountable": the one the backed holding to account
        # holds is the subject of its small clause (hold -> ccomp accountable, Iran its subject), the
        # patient ``_backed_hostile_act`` found; the act is the trigger's last word
        for clause in _children(trigger.words[-1], ("ccomp", "xcomp", "oprd")):
            held = [s for s in _children(clause, SUBJECT_DEPS) if _is_actor(s, lex, allow_pronoun=False)]
            if held:
                return _with_conjuncts(held[0]), "the one held to account by the backed act"
    topic_only = trigger.event_type == "CONSULT" and predicate.lemma_.lower() in detection_lexicon()["discussion_verbs"]
    topics: list[Token] = []
    shared = _shared_object(predicate)
    if shared is None and not passive and trigger.event_type in detection_lexicon()["act_doer_types"]:
        shared = _shifted_object(predicate)
    for obj in _children(predicate, OBJECT_DEPS) + ([shared] if shared is not None else []):
        if topic_only and obj.dep_ in ("dobj", "obj"):
            # "discussed this week's G7 meetings": the topic; the partner is "with" X (which the
            # parser may hang on the topic: "discussed the war with Kuleba")
            topics.append(obj)
            continue
        if obj.dep_ in ("dobj", "obj") and predicate.lemma_.lower() in detection_lexicon()["bestowal_verbs"]:
            # "conferred the Presidential Medal of Freedom on President Zelensky": what is
            # bestowed (WordNet confer.v.01 "present") is the thing given, never its recipient,
            # who is the "on"/"upon" party
            continue
        if _stray_listed_place(obj):
            # "imposing sanctions on a network of ... companies in the PRC, the United Arab
            # Emirates, and Iran": the rest of the list of places the parser made a second object
            continue
        if obj.lower_ in RELATIVE_OBJECT_PRONOUNS and obj.tag_ in ("WDT", "WP") and predicate.dep_ == "relcl":
            # "the Somoza family that Ortega and the Sandinistas fought": a relative pronoun as
            # object stands for the noun the clause modifies (English relative clause: the gap
            # is the antecedent), so the act is aimed at it
            obj = _antecedent(predicate, obj)
        obj = _partitive_relative(obj, predicate, lex) or obj  # "one of whom X indicted": of the antecedent
        candidates.append((obj, obj.dep_ if obj.head.i == predicate.i else "dobj"))
    if not passive and not candidates and trigger.event_type in ("SUPPORT", "REJECT"):
        # (an opposing verb, "we oppose sending weapons to X", "opposes lifting the sanctions on
        # X", stands against the party the proposition favours: PLOVER REJECT of that party's
        # gain, Stop 49; a gerund with no such party is checked out by check recipient)
        backed = _backed_proposition_party(predicate, lex)
        if backed is not None:
            return _with_conjuncts(backed), BACKED_PROPOSITION_RULE if trigger.event_type == "SUPPORT" \
                else OPPOSED_PROPOSITION_RULE
    if not passive and not candidates and not topic_only and trigger.event_type in GAP_TARGET_TYPES:
        gap = _relative_gap(predicate)
        if gap is not None:
            # "the Somoza family that Ortega and the Sandinistas fought": the relative clause's
            # object gap stands for its antecedent (English relative clause, ``_relative_gap``)
            candidates.append((gap, "dobj"))
    bestowed = predicate.lemma_.lower() in detection_lexicon()["bestowal_verbs"]
    for word in trigger.words:
        if bestowed and word.dep_ in ("dobj", "obj") and word.head.i == predicate.i:
            continue  # (the award named in the trigger is the thing given, as above)
        if word.i != predicate.i and word.pos_ in ("NOUN", "PROPN") and not (
                word.dep_ == "pobj" and word.head.head.i == predicate.i and _is_actor(word, lex, allow_pronoun=False)):
            # (an actor in a CAMEO context phrase, "meet (with leaders)", is the preposition's
            # object, the partner, not a noun of the act)
            candidates.append((word, "event noun"))
    if trigger.event_type == "ASSAULT" and verb_lemma(predicate, lex) in detection_lexicon()["retaking_verbs"]:
        # (only taking ground back by force: "liberated the hostages that X seized" frees captives,
        # RETREAT release, and "recaptured the prisoners that X held" takes people, no place)
        places = _children(predicate, ("nsubjpass",) if passive else ("dobj", "obj"))
        for obj in places if not passive else ():
            holder = _holder_of_retaken(obj, lex)
            if holder is not None:
                # "retaking the territory the rebels seized": taking a place back is aimed at
                # whoever seized or holds it (``_holder_of_retaken``), not at the ground
                return _with_conjuncts(holder), f"{RETAKEN_HOLDER_RULE} ({obj.dep_})"
        holder = _retaken_from(predicate, places, lex)
        if holder is not None:
            # "the town was recaptured from ISIS", "retook Kherson from Russian forces": the "from"
            # phrase of a place retaken names whom it is taken from, in either voice (events 0.8.209)
            return _with_conjuncts(holder), f"{RETAKEN_HOLDER_RULE} (from)"
    headed: set[int] = set()  # the source's own group, headed by it
    for token, rule in candidates:
        if trigger.event_type == "MOBILIZE" and (rule in OBJECT_DEPS or rule in ("nsubjpass", "event noun")) and _own_forces(token):
            # "amassed more than 150,000 troops on Ukraine's borders", "Airmen being deployed":
            # the forces mobilised are the act's instrument, not its target (PLOVER MOBILIZE:
            # the target is whom the show of force is aimed at, "on Ukraine's borders")
            continue
        if trigger.rule.startswith(ORDER_TO_FORCES) and token in trigger.words and token.i != predicate.i:
            # "issued an order of the supreme commander to the armed forces": the order is the
            # vehicle, the forces it goes to the instrument, and its "of" names who gives it; the
            # target is whom the forces are sent against ("to the border with X")
            headed.add(token.i)
            continue
        if _dispatched_means(trigger, rule, predicate) and (
                trigger.mode != "humanitarian" or noun_lemma(token) in detection_lexicon()["moving_force_nouns"]):
            # "Several Mobile Justice Teams are being ... deployed to increase the capacity of
            # the OPG": who or what is sent is the aid given, not its recipient (PLOVER AID:
            # the target is who receives the personnel, "to Guatemala"; a rescue keeps its
            # passive subject, where the parser coordinates the people rescued into it, unless it
            # is a force, ship or vehicle: "a warship was deployed to retrieve them" sends the
            # rescuer's own means, no recipient; since events 0.8.151)
            continue
        if rule in ("dobj", "obj", "event noun") and _sent_personnel(token, predicate):
            # "DHS is sending experts from the TSA and CISA to ...": the people sent are the
            # sender's own, the aid or force itself, and the body they come from is no recipient
            # (PLOVER AID "assistance including ... personnel"); the recipient is "to" X
            headed.add(token.i)
            continue
        if (trigger.event_type == "AID" or (trigger.mode or "").startswith("aid")) and rule in ("dobj", "obj", "event noun") \
                and predicate.lemma_.lower() in detection_lexicon()["handover_verbs"] \
                and token.ent_type_ not in ACTOR_ENT_LABELS and goods_of(token, lex) is not None \
                and token.lemma_.lower() not in FORCE_NOUNS:
            # "Germany supplied tanks to Ukraine": the weapons handed over are the aid, not its
            # recipient, though a weapon can be an actor elsewhere ("tanks shelled the town",
            # equipment.yaml); the recipient is "to" X (PLOVER AID). Only a verb of handing over
            # makes its object the thing given ("helped X procure vessels" helps X)
            continue
        if trigger.event_type == "COOPERATE" and (rule in ("dobj", "obj") and not passive or rule == "nsubjpass") \
                and _handed_over_person(token, predicate):
            # "Mexico extradited the cartel leader to the United States", "the drug lord was
            # handed over to American authorities": the person handed over is what the two
            # authorities transfer, not the recipient (PLOVER COOPERATE judicial, CAMEO 063); the
            # receiving state is the "to" phrase, read below (0.7.470)
            continue
        if noun_lemma(token) in detection_lexicon()["captive_nouns"] and _bare_singular(token):
            # "was held hostage", "taken prisoner": the bare singular role said of the one held
            # (its object or passive subject), no party (``_bare_singular``)
            continue
        held = _captive_small_clause_object(token) if rule in ("dobj", "obj") and not passive else None
        if held is not None:
            # "took three aid workers hostage": the people the captive role is said of
            return _with_conjuncts(held), f"people held as {token.lower_} ({rule})"
        if trigger.mode == "abduct" and rule in ("dobj", "obj", "nsubjpass", "event noun") \
                and noun_lemma(token) in detection_lexicon()["captive_nouns"]:
            # "are holding 40 hostages", "took the hostages": a plural or determined captive noun
            # (the bare singular role is skipped above) is the people held, the recipient of
            # CAMEO 181 "HOLD / TAKE * &HOSTAGE" (PLOVER ASSAULT abduct), not the act's own noun
            return _with_conjuncts(token, predicate if rule in OBJECT_DEPS else None), f"{CAPTIVES_HELD_RULE} ({rule})"
        if CUSTODY_HOLD_MARK in trigger.rule and rule in ("dobj", "obj", "nsubjpass") \
                and token.ent_type_ not in ACTOR_ENT_LABELS and animate_person_word(token) \
                and not _is_actor(token, lex, allow_pronoun=False):
            # "the pilot was held hostage", "held the guard in custody": custody is said only of
            # people (senses._held_person), so a noun whose commonest sense is a person though
            # another is an act (actor_heads.person_act_nouns: "pilot", "escort") is the one held
            return _with_conjuncts(token, predicate if rule in OBJECT_DEPS else None), f"{PERSON_HELD_RULE} ({rule})"
        examples = partitive_examples(token) if rule in ("dobj", "obj", "nsubjpass") else []
        if examples:
            # "holds many of those arrested, such as A and B, in detention": the quantified group
            # names no one; the members it names as examples are the people acted on
            return examples, f"{PARTITIVE_EXAMPLES_RULE} ({rule})"
        if _listed_names(token, lex):
            # "designating three Iran-based entities, A, B, and C": every name listed is acted on
            return _with_conjuncts(token, predicate if rule in OBJECT_DEPS else None), \
                f"names listed in apposition to {rule}"
        if _included_names(token, lex):
            # "designating three entities and eleven individuals, including A, B, C, and D": the
            # members named, whatever the parser hung on the noun as its apposition
            return _with_conjuncts(token, predicate if rule in OBJECT_DEPS else None), \
                f"names listed under 'including' of {rule}"
        # the parser hangs the name on the last noun ("embassy, Ivan Petrov") or makes it a
        # second object of the verb: a person's name right after the object phrase and a comma
        # (only a name of the object's own phrase: one inside a clause on it, "a declaration
        # demanding that the government free its leader X", renames a noun of that clause)
        named = [c for c in token.subtree if (c.dep_ == "appos" and c.ent_type_ == "PERSON" or (
                     trigger.event_type == "SANCTION" and _conjoined_apposition(c, token))
                     or _comma_appositive_party(c, token, trigger, lex))
                 and not _within_clause_of(c, token)]
        named += [c for c in predicate.children if c.dep_ in OBJECT_DEPS and c.i != token.i
                  and c.ent_type_ == "PERSON" and c.left_edge.i > token.i
                  and token.doc[c.left_edge.i - 1].text == "," and c.left_edge.i - 1 <= token.right_edge.i + 1]
        if named and token.pos_ == "NOUN" and token.ent_type_ not in ACTOR_ENT_LABELS and not (
                token.i != predicate.i and token in trigger.words and any(
                    a.dep_ == "prep" and a.lower_ == "with" and a.head.i == token.i for a in named[0].ancestors)):
            # (not a name inside the "with" phrase of the act noun itself: "held talks with the
            # Foreign Minister of Japan, Yoko Kamikawa" names the partner, which "with" gives)
            # "sanctioning an advisor and daughter of X, Camila Ortega": the name in apposition
            # is who is acted on, not the person the relational noun relates her to
            # (a list of such pairs, "his spouse, A; his daughter, B; and his minor child": each
            # name in apposition to a noun coordinated with the first name's noun is acted on too)
            first = named[0].head
            items = [first] + [c for c in first.children if c.dep_ == "appos" and c.i > named[0].i
                               and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ";"]
            heads = {t.i for t in items} | {c.i for t in items for c in t.conjuncts}
            listed = [n for n in named[1:] if n.dep_ == "appos" and n.head.i in heads and n.head.i != named[0].head.i]
            return _with_conjuncts(named[0]) + [n for n in listed if n.i > named[0].i], f"{APPOSITION_OF}{rule}"
        owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if owner is not None:
            if token in trigger.words and token.i != predicate.i and rule in ("dobj", "obj") \
                    and (trigger.rule.startswith("light verb") or _parse_noun_type(lex, token) == trigger.event_type
                         or (trigger.rule.startswith("CAMEO") and f"+ {token.lemma_.lower()}" in trigger.rule)):
                # (also the noun of a matched CAMEO verb + noun pattern: "reiterated our ongoing
                # concerns" is CAMEO 110 'reiterate + concern', the concern the speaker's own)
                # the possessor of the act's own noun, the one that gives the event its type (a
                # light verb's noun), holds it ("raised our concerns about ...", "expressed our
                # condemnation"): the speaker's
                # side, never the target (a thing acted on keeps it: "derided our warnings")
                continue
            if rule in ("dobj", "obj") and _others_first_person(owner, subject, trigger, lex, passive):
                # "Russia has repeatedly derided our warnings", "bombing our cities": a hostile
                # act on what "we" own is aimed at us (the linker resolves "our" to the speaker's
                # or the releasing state's side; an unresolved one is dropped there)
                return [owner], f"first-person possessor of {rule}"
            if rule in ("dobj", "obj") and not passive and not _victim_deed(token, trigger, predicate, lex) \
                    and _free_possessor(owner, subject):
                # "The United States salutes their bravery", "we support their efforts": a
                # third-person possessor that cannot agree with the clause's subject is someone
                # else's, whose quality or conduct the act is about: the party acted on (the
                # linker resolves the pronoun; an unresolved one is dropped there)
                return [owner], f"{FREE_POSSESSOR_RULE} of {rule}"
            continue  # "withdrew its troops": the actor's own forces or assets, not a target
        if _felt_about(token, trigger, predicate, lex):
            # "voiced the deep concerns of the United States and our European Allies about
            # Russia's aggressive actions": the act's own noun of feeling has its holder in "of"
            # (a subjective genitive) and what it is about in "about / over / at"; the target is
            # read from the latter (``_felt_about``), never from the holder
            headed.add(token.i)
            continue
        if token in trigger.words and token.i != predicate.i and rule in ("dobj", "obj", "event noun") \
                and _emergency_state(token):
            # "declared a state of emergency in the province", "lifted the state of emergency": the
            # trigger's own noun is the measure (CAMEO 1724 'declare + state (of emergency)', 0814
            # ease state of emergency), no state acted on; the recipient is the place it is laid
            # on ("in" X), as for "imposed a curfew in X"
            continue
        if token in trigger.words and token.i != predicate.i and rule in ("dobj", "obj", "event noun") \
                and (trigger.mode or "").endswith("peacekeeping") and "CAMEO" in trigger.rule \
                and f"+ {token.lemma_.lower()}'" in trigger.rule:
            # "pledged to join this mission": the peacekeeping mission the pattern's own noun names
            # is what the source takes part in (CAMEO 074 "participate in peacekeeping"), not
            # whom it is given to; PLOVER AID peacekeeping goes to the state or people the
            # mission serves, read inside its phrase ("the mission in Haiti") or left unnamed
            # (since 0.7.780)
            continue
        if token in trigger.words and token.i != predicate.i and token.lemma_.lower() in lex.actor_nouns \
                and (predicate.lemma_.lower() in _verbs_of_heading()
                     or predicate.lemma_.lower() in detection_lexicon()["sending_verbs"]):
            # the pattern's own group, headed by the source (CAMEO 036 "lead + delegation"; the
            # verbs of heading of the title lexicon: "X leads Y" makes X Y's leader): the source's
            # own envoys, not the target, nor is the state its words name ("the U.S. delegation");
            # the target is where they go ("to" X)
            headed.add(token.i)
            continue
        if trigger.event_type == "AID" and rule in ("dobj", "obj", "dative", "event noun") \
                and _displaced_demonstrative(token):
            # "welcomed those fleeing the war", "hosting those fleeing Ukraine": the people in
            # flight are the ones helped, not the place or war they fled
            return [token], f"{DISPLACED_RECIPIENT} ({rule})"
        if rule in ("dobj", "obj") and not passive and _people_clause(token) is not None:
            # "intimidate and silence those who sought to work within the legal system", "honoured
            # those who died": the people the headless relative describes are the verb's patient,
            # as in a preposition's object below (a vague group: the linker gives it no key)
            return [token], f"{DESCRIBED_PEOPLE_RULE} ({rule})"
        people = _capacity_owner(token) if rule in ("dobj", "obj") else None
        if people is not None:
            # "supporting the agency of the Cuban people": the capacity of a people to act, no
            # organ (a people has no agencies; a government's would follow "of"): the people backed
            return _with_conjuncts(people), f"{CAPACITY_OWNER_RULE} ({rule})"
        if (_named_party(token, lex)
                and not _is_light_phrase_act_noun(token, predicate, trigger, lex)) or (
                rule in ("dobj", "obj", "dative") and token.lower_ in OBJECT_PRONOUNS) or (
                rule in ("dobj", "obj") and _kept_from_acting(token, predicate)) or (
                rule == "nsubjpass" and token.lower_ in PASSIVE_SUBJECT_PRONOUNS) or (
                rule in ("dobj", "obj", "dative", "nsubjpass") and token not in trigger.words
                and described_phrase(token.doc, token, lambda t: _actor_or_inside(t, lex),
                                     other_state=_subject_state(subject, lex)) is not None):
            # the subject of a passive is the active verb's object (English voice: "They were
            # denied visas" = "X denied them visas"), so a personal pronoun there is the target as
            # "them" is; the linker resolves it. So is a definite description of a body an earlier
            # actor phrase named ("an Afghan team ... allowed the team into the country":
            # descriptions.described_phrase), which the linker codes as that phrase
            states = _listed_origin_states(token)
            if states:
                return states, f"{LISTED_ORIGINS} ({rule})"
            found = before_relative(_with_conjuncts(token, predicate if rule in OBJECT_DEPS else None), predicate)
            if _dispatched_means(trigger, rule, predicate):
                # a rescue's passive subject the parser coordinated with the ship or troops sent
                # ("saw the refugees and a warship was deployed to retrieve them"): the force, ship
                # or vehicle is the rescuer's means, no recipient; the people stay
                found = [t for t in found if noun_lemma(t) not in detection_lexicon()["moving_force_nouns"]] or found
            return found, rule
        if token in trigger.words and token.i != predicate.i and token.lemma_.lower() in lex.stance_nouns:
            # the act's own noun: its possessor or modifier is who holds the stance ("reiterated
            # the U.S. commitment to Ukraine", "her support for Israel"), never its target
            held = _preps(token).get("of")
            if held is not None and trigger.event_type in ("DISAPPROVE", "REJECT"):
                # "reiterated the United States' condemnation of the atrocities committed by
                # Russia's armed forces": what is condemned is the "of" phrase (an objective
                # genitive), aimed at it or at who did it
                if _is_actor(held, lex, allow_pronoun=False):
                    return _with_conjuncts(held), "pobj 'of' of the stance noun"
                inner = _actor_inside(held, lex) or _agent_in_listed_acts(held, lex)
                if inner is not None:
                    return _with_conjuncts(inner), "actor inside the stance noun's 'of'"
            continue
        if (trigger.event_type in detection_lexicon()["act_doer_types"] or SUPPORT_BY_WORK in trigger.rule) \
                and rule in ("dobj", "obj", "event noun") and token.pos_ == "NOUN" and not passive:
            # a stance on an act is a stance on its doer (PLOVER SUPPORT / DISAPPROVE: the actor
            # whose conduct is approved or criticised), not on its patient ("welcome the release
            # of X by Y" backs Y) nor on a place in it; so is work done to support an effort
            # ("experts working ... to support Albania's efforts": AID to Albania)
            doer = _nominal_act_doer(token, predicate, lex)
            if doer is not None:
                return _with_conjuncts(doer), NOMINAL_DOER_RULE
        if rule in ("dobj", "obj", "event noun") and not passive and _victim_deed(token, trigger, predicate, lex):
            # "condemn the arrests of protestors", "call for an end to attacks on civilians": a
            # deed's patient is no recipient; its doer is ("by Y", "Y's"), else nobody (PLOVER
            # ACCUSE / REQUEST need no recipient)
            doer = _nominal_act_doer(token, predicate, lex) or next(
                (c for c in token.children if c.dep_ in ("compound", "amod", "nmod") and c.i < token.i
                 and c.ent_type_ in ACTOR_ENT_LABELS and _is_actor(c, lex, allow_pronoun=False)), None)
            # (a nationality or name before the deed noun is its doer: "the Russian attacks on
            # Ukrainian civilians" are Russia's)
            if doer is not None:
                return _with_conjuncts(doer), NOMINAL_DOER_RULE
            headed.add(token.i)
            continue
        attendees = _gathering_attendees(token, lex) if trigger.event_type == "CONSULT" and not passive \
            and rule in ("dobj", "obj", "event noun") else None
        if attendees is not None:
            # "convened a meeting of foreign ministers": the gathering itself is no party (it
            # acts for no one, ``_actor_inside``); those it is "of" are whom the host meets
            return _with_conjuncts(attendees), GATHERING_ATTENDEES
        if rule in ("dobj", "obj", "dative") and not passive and _people_noun(token, lex):
            # "banned Russia's athletes", "honoured Ukrainian journalists": the object's head noun
            # names the people acted on; its possessor or nationality only says whose they are
            return _with_conjuncts(token, predicate if rule in OBJECT_DEPS else None), f"{PEOPLE_NOUN_RULE} ({rule})"
        # a gathering the host holds ("hosted a listening session with ...", "hosted a roundtable
        # with ..."): an event, as "meeting" is (plover_frames gathering_nouns), that acts for no
        # one; who attends is "of" it (above) or met "with" it (read below, with its shared head)
        inner = None if _hosted_gathering(token, trigger, rule) else _actor_inside(token, lex)
        if inner is not None and token in trigger.words and token.i != predicate.i \
                and trigger.event_type == "DEMAND" and inner.i in _order_giver(token):
            # "issued an order of the supreme commander of the army": the "of" phrase or possessor
            # of the order noun is who gives it (a subjective genitive), never whom it is given to
            headed.add(token.i)
            continue
        if inner is not None and trigger.event_type == "DEMAND" and rule in ("dobj", "obj") \
                and predicate.lemma_.lower() in detection_lexicon()["request_for_verbs"] \
                and inner.dep_ == "pobj" and inner.head.lower_ == "for" and inner.head.head.i == token.i:
            # "requested $20 billion for Ukraine": the "for" phrase of what is sought names whom
            # it is for, not whom it is asked of (CAMEO 02 APPEAL: the one asked is the object or
            # "to" / "of" X), as for the verb's own "for" above
            inner = None
        if inner is not None and trigger.event_type == "AID" and not passive and rule in ("dobj", "obj", "event noun") \
                and inner.head.head.i == token.i and _origin_of_thing(inner, lex):
            # "supported a loan from the World Bank to ...": where the thing given comes from (the
            # lender, the donor) is on the giver's side, no recipient (PLOVER AID's target); the
            # deeper search and the aid's purpose (``_purpose_beneficiary``) name the recipient
            inner = None
        if inner is not None:
            return _with_conjuncts(inner), f"actor inside {rule}"
        held = _verb_hung_of(token, predicate, trigger) if rule in ("dobj", "obj", "event noun") and not passive \
            and trigger.event_type != "DEMAND" else None
        # (not a demand's noun: "an order of the supreme commander" names its giver, a subjective genitive)
        if held is not None:
            # "Protesters made fun of Beijing", the parser hanging "of Beijing" on the verb: the
            # act noun's own "of" complement is what it is about (``_verb_hung_of``)
            inner = _actor_or_inside(held, lex)
            if inner is not None:
                return _with_conjuncts(inner), VERB_HUNG_OF_RULE
        joined = _conjoined_actor(token, lex)
        if joined is not None:
            # "threatened to block other online platforms and Golos Ameriki": the named actor
            # coordinated with a common noun is acted on with it (English coordination shares the
            # verb's role)
            return _with_conjuncts(joined), f"actor conjoined with {rule}"
        if rule in ("dobj", "obj") and token.lower_ == "others" and predicate.dep_ == "conj":
            # "separating Ukrainian children from their parents and abducting others": "others"
            # as the object of a conjoined verb is more of the kind the first verb's object names
            # (English contrastive ellipsis), so the patient is of that object's party
            earlier = [o for o in _children(predicate.head, ("dobj", "obj")) if o.i < token.i]
            if earlier:
                first = earlier[0]
                kin = first if _named_party(first, lex) \
                    else _actor_inside(first, lex)
                if kin is not None:
                    return [kin], f"kind of the conjoined verb's object ('others' of {rule})"
        if _patient_type(trigger) and rule in ("dobj", "obj", "nsubjpass"):
            # "detained dozens of political dissidents", "arrested journalists": people of a
            # Phoenix sector (agents: MED, OPP, CVL ...) acted on by force or coercion are its
            # patient (PLOVER ASSAULT/COERCE target), though no name says which party they are;
            # counted people are the counted noun ("dozens of X")
            counted = _preps(token).get("of") if token.lemma_.lower() in QUANTITY_NOUNS \
                or token.lower_ in QUANTITY_NOUNS or (token.ent_type_ == "CARDINAL" and token.pos_ == "NOUN") else None
            for patient in ([counted] + list(counted.conjuncts)) if counted is not None else [token]:
                if patient.pos_ == "NOUN" and patient.tag_ == "NNS" and _sector_people(patient):
                    return _with_conjuncts(patient), f"sector agent {rule}"
            if rule in ("dobj", "obj") and not passive and trigger.event_type in PATIENT_TYPES and _protest_people(token):
                # "dispersed peaceful demonstrations with lethal force", "suppressing the protests":
                # force on a protest hits the people protesting (PLOVER: "police firing on
                # demonstrators" has the victims as recipient); the linker codes them as protesters
                return [token], f"{PROTEST_PEOPLE_RULE} ({rule})"
    preps = _preps(predicate)
    stance = _object_noun(predicate) if SHOWN_STANCE in trigger.rule else None
    if stance is not None:
        # "Together with Italy, Portugal displayed its solidarity with Greece": a "with" / "for" on
        # the showing verb before the stance noun, or "together / along with", names a co-actor
        # (senses._party_prep), not the party the stance is shown to; a later one may
        for key in ("with", "for"):
            party = next((o for p in _children(predicate, ("prep",)) if p.lower_ == key and _party_prep(p, stance)
                          for o in _children(p, ("pobj",))), None)
            if party is None:
                preps.pop(key, None)
            else:
                preps[key] = party
    for word in trigger.words:
        # an idiom's own preposition that the parser hangs on the verb's complement or adverb
        # ("stand united against X": ``_idiom_prepositions``) names the party as on the verb
        if word.dep_ == "prep" and word.head.i != predicate.i and word.head.head.i == predicate.i:
            preps.update((key, value) for key, value in _preps(word.head).items()
                         if key == word.lower_ and key not in preps)
    if trigger.event_type in FORCE_TYPES and "against" not in preps:
        opponent = _opponent_under_place(predicate)
        if opponent is not None:
            # "he fought in the Venezuelan territory against Tomás Boves": the opponent of a force
            # act, hung by the parser on the noun of the place phrase before it
            preps["against"] = opponent
    # prepositions on the trigger's event noun ("imposed sanctions on X") and on the frame
    frame_tokens = [w for w in trigger.words if w.i != predicate.i and w.pos_ in ("NOUN", "PROPN")
                    and not trigger.rule.startswith(ORDER_TO_FORCES)]
    # (not an order's to the forces: its "to" and "of" name whom it goes to and who gives it)
    # (a capitalised act noun too: "embarking on an integrated Strategic Stability Dialogue with X")
    frame_tokens += [trigger.head] if trigger.head.i != predicate.i else []
    # then those on the object: "restrictions on X", "contact with X", "curfew in X"
    frame_tokens += [c for c, _rule in candidates if c.pos_ == "NOUN"
                     and not (trigger.rule.startswith(ORDER_TO_FORCES) and c in trigger.words)]
    # and on its later conjuncts: a phrase after a list of objects is read with them all, though
    # the parser hangs it on the nearest ("provide security assistance, humanitarian aid, and
    # economic support to Ukraine", "donated four field hospitals, 12 ventilators, ... to Haiti")
    # (the first item may be an adjective the parser took for the object, of a list of kinds:
    # "delivering humanitarian, economic, food, and other security assistance to Ukraine")
    listed = [j for c, rule in candidates if rule in OBJECT_DEPS and c.pos_ in ("NOUN", "ADJ")
              for j in c.conjuncts if j.i > c.i and j.pos_ == "NOUN"]
    for frame_token in frame_tokens + listed:
        for key, value in _preps(frame_token).items():
            preps.setdefault(key, value)
    if trigger.event_type == "MOBILIZE":
        for key, value in _ordered_forces_destination(predicate, trigger).items():
            preps.setdefault(key, value)
        for key in DESTINATION_PREPS:
            state = _state_of_place_part(preps[key]) if key in preps else None
            if state is not None:
                preps[key] = state  # "into the DNR and LNR regions of X": X, whose regions they are
    if "with" not in preps:
        shared_with = _shared_with(trigger)
        if shared_with is not None:
            # "share information we gather with allies": the recipient the parser hung on the
            # shared thing's relative clause (``_shared_with``)
            preps["with"] = shared_with
    # (only a conjunct's own phrase: what lies deeper in a long list is no longer about the act)
    from_list = {value.i for token in listed for value in _preps(token).values()}
    # (a "with" set off after a list of topics hangs on its last item: "will discuss strategic
    # issues, as well as our shared commitment to ..., with senior government officials"; without
    # the comma it is the item's own phrase: "our work with international partners")
    listed_topics = [j for t in topics for j in t.conjuncts if j.i > t.i and j.pos_ == "NOUN"]
    for topic in topics + listed_topics:
        partner = _preps(topic).get("with")
        if partner is not None and topic in listed_topics and partner.head.nbor(-1).text != ",":
            partner = None
        if partner is None and topic in topics:
            partner = _with_down_of_chain(topic)
        if partner is not None:
            preps.setdefault("with", partner)
    if trigger.event_type == "COOPERATE" and "with" not in preps and "alongside" in preps:
        # "conducted defensive cyber operations alongside Ukrainian Cyber Command personnel": the
        # comitative "alongside" names the partner as "with" does (event_detection.yaml partner_preps);
        # not for a meeting or trip, where it names a companion of one side ("led the U.S. delegation,
        # alongside the White House Coordinator")
        preps["with"] = preps["alongside"]
    if trigger.event_type in PARTNERED_TYPES and "with" not in preps:
        # "negotiated the resumption of cooperation with the PRC", "agreed to the expansion of
        # talks with Japan": the partner the parser hangs on a noun down the object's "of" chain
        for obj in [c for c, _rule in candidates if c.pos_ == "NOUN" and c.i not in headed]:
            partner = _with_down_of_chain(obj)
            if partner is not None:
                preps.setdefault("with", partner)
                break
    for particle in predicate.children:
        # "pull its troops out of Chad", "withdrew from": the place left behind is the target
        if particle.lower_ in ("out", "away") and particle.dep_ in ("prt", "advmod", "prep"):
            for key, value in _preps(particle).items():
                if key in ("of", "from"):
                    preps.setdefault("from", value)
    companion = trigger.event_type in FORCE_TYPES \
        and predicate.lemma_.lower() not in detection_lexicon()["reciprocal_force_verbs"]
    # a bare preposition of the matched CAMEO pattern ("STAND (BY)" 051) heads the verb's
    # complement, whom the act is for ("continues to stand by them"), even where it is no
    # usual target preposition
    # (so does the preposition of a verb + preposition idiom, plover_triggers.yaml prep_idioms:
    # "stand behind X", Stop 49)
    pattern_preps = tuple(p for p in re.findall(r"\((\w+)\)'", trigger.rule) + re.findall(r"idiom '\w+ (\w+)'", trigger.rule)
                          if p in BACKING_PREPS and not (p == "by" and passive))
    placed = MOBILIZE_PREPS if trigger.event_type == "MOBILIZE" else ()
    penalised = _measure_on_party(preps, trigger)
    if penalised is not None:
        # "impose visa restrictions on executives of charter companies who have supported the
        # movement of migrants, largely to Managua": the party the measure is on is the one
        # penalised (PLOVER SANCTION/COERCE target); a destination "to X" the parser hung on the
        # verb is where others go, no recipient
        for prep in DESTINATION_PREPS:
            preps.pop(prep, None)
    accusation = _legal_accusation_noun(trigger)
    accused_preps = () if accusation is None else detection_lexicon()[
        "indictment_accused_preps" if noun_lemma(accusation) == "indictment" else "legal_accused_preps"]
    for prep in TARGET_PREPS + pattern_preps + placed:
        obj = preps.get(prep)
        if obj is None:
            continue
        if accusation is not None and prep not in accused_preps:
            # "returned the indictment to the grand jury", "filed charges with the court": a legal
            # accusation is brought against the accused (CAMEO 173 FILE CHARGE (AGAINST)); its
            # "to" / "for" / "with" names a court, a purpose or a co-filer, not whom it accuses
            continue
        if prep in TOPIC_PREPS and trigger.event_type in lex.symmetric_types:
            # "cooperating on cyber and quantum technology", "talks about Ukraine": what the
            # cooperation or consultation is about; its partner is "with" X (PLOVER COOPERATE/CONSULT)
            continue
        if prep == "for" and trigger.event_type in FORCE_TYPES:
            # "fight for their country", "battle for Kyiv", "fight for American workers": the
            # "for" phrase of a force act names its cause, prize or beneficiary (CAMEO "FIGHT FOR
            # STATEHOOD" 1044, "BATTLE FOR CONTROL" 190, "STRUGGLE FOR ACCESS" 172), not whom it hits
            continue
        if prep == "for" and trigger.event_type == "DEMAND" \
                and predicate.lemma_.lower() in detection_lexicon()["request_for_verbs"]:
            # "asked for fighter aircraft", "is requesting $20.4 billion ... for Ukraine": what is
            # sought, or its beneficiary; whom one asks is the object or "to" (CAMEO 02 APPEAL)
            continue
        if prep != "to" and _condolence(trigger):
            # "expressed his condolences over the deaths of 50 detainees / on the passing of
            # Premier Li": the loss mourned, not whom the condolences go to ("to" X, CAMEO 018)
            continue
        if _giver_or_victim(prep, obj, trigger, predicate, lex):
            continue  # "the strong support for Ukraine from Allies", "the use of violence against protestors"
        if prep == "from" and any(
                _sent_personnel(o, predicate) for o in _children(predicate, ("dobj", "obj"))):
            # "sending experts from the TSA to ...", parsed with "from" on the verb: where the
            # people sent come from, the sender's side, not who receives them (PLOVER AID)
            continue
        if prep == "from" and trigger.event_type == "AID" and not passive and (
                _origin_of_thing(obj, lex) if obj.head.head.i != predicate.i
                else not any(_people_noun(o, lex) for o in _children(predicate, ("dobj", "obj")))):
            # "supported a loan from the World Bank", "provided $5 million from its reserves":
            # where the thing given comes from (lender, donor, stock) is on the giver's side, no
            # recipient (PLOVER AID's target; English "from" marks the source); not people moved
            # ("evacuated civilians from the city")
            continue
        if prep == "with" and companion:
            # "Four Airmen deployed with the 455th Squadron", "dispersed demonstrations with lethal
            # force", "attacking with Lukaku": a force act's "with" names the unit, companion or
            # instrument; its target is whom it is aimed at (PLOVER MOBILIZE/ASSAULT/COERCE).
            # Only a reciprocal fight has its opponent there ("clashed with rebels")
            continue
        if prep == "with" and obj.head.head.i == predicate.i and _topic_with_phrase(predicate) is not None \
                and _topic_with_phrase(predicate).i == obj.head.i:
            # "discussed the gains: closer ties with Peru, and with forty states": a "with" phrase
            # coordinated after a topic noun's own "with" is part of what was discussed, no
            # counterpart (``status._topic_with_phrase``; since 0.8.203)
            continue
        if prep == "with" and "against" in preps and trigger.event_type not in lex.cooperative:
            # "voted with Russia against the resolution", "sided with Belgrade against Pristina":
            # beside "against", which names what the act opposes, "with" is comitative, the
            # partner who does it alongside the source (English "with" = together with), not
            # whom a hostile act is aimed at (since 0.7.545)
            continue
        if prep == "to" and _access_noun_prep(obj.head, predicate):
            # "supporting greater access to U.S. Internet services": the "to" of an access noun
            # names what is reached (a service, care, a market), not whom the act goes to
            continue
        if obj.head.dep_ == "prep" and _venue_phrase(obj.head, lex):
            continue  # "met at the UN headquarters": a venue (plover_frames venue_nouns), no target
        if prep in ("into", "to") and predicate.lemma_.lower() in _ADMIT_VERBS \
                and _children(predicate, ("dobj", "obj")):
            # "allow the team into the country", "let refugees into Poland": the place is where
            # those admitted go (a destination); the one admitted is the verb's object
            continue
        if prep in DESTINATION_PREPS and _inbound_destination(obj.head, predicate, trigger):
            # "prohibiting the importation of gold of Russian origin into the United States": where
            # goods or people come in is the measuring state's own ground, never the measure's target
            continue
        if trigger.event_type == "SANCTION" and _for_sanctioned_object(obj.head, predicate, candidates):
            continue  # "a darknet market for Russian speakers": whom the object serves
        backed = _backed_by_companions(obj, lex) if trigger.event_type == "SUPPORT" and prep == "with" else None
        if backed is not None:
            # "stand together with the community of nations backing the people of Ukraine": those
            # stood with are fellow supporters; who all of them back is supported (PLOVER SUPPORT)
            return _with_conjuncts(backed), "whom those stood with back ('with' X backing Y)"
        counted = _counted_things(obj, lex)
        if counted is not None:
            # "raise tariffs on over 570 groups of Russian products": a count of things is no
            # group of people; the measure is on the things, so on the state or body they are of
            inner = _actor_inside(counted, lex)
            if inner is not None:
                return _with_conjuncts(inner), f"actor inside the things counted in pobj '{prep}'"
        if prep == "for" and trigger.event_type == "SUPPORT" and _named_body_of_document_noun(obj, lex):
            # "express their strong support for the Three Seas Initiative and its efforts to ...":
            # a named body acting through its efforts is the one backed, though its head is a noun
            # of documents and programmes (``_named_body_of_document_noun``); "support for X" names
            # whom it backs (CAMEO 051 / PLOVER SUPPORT target); its efforts are no second target
            return [obj], f"{NAMED_BODY_RULE} (pobj '{prep}')"
        if _is_actor(obj, lex, allow_pronoun=False):
            states = _listed_origin_states(obj)
            if states:
                return states, f"{LISTED_ORIGINS} (pobj '{prep}')"
            return _with_conjuncts(obj), f"pobj '{prep}'"
        if trigger.event_type == "AID" and prep in ("to", "for") and _displaced_demonstrative(obj):
            # "provide assistance to those who have fled Venezuela", "safe haven for those who
            # have fled": the people in flight receive the aid (PLOVER AID recipient)
            return [obj], f"{DISPLACED_RECIPIENT} (pobj '{prep}')"
        if _people_clause(obj) is not None:
            # "reaffirms its support for those who bravely speak out", "charges against those who
            # ...": the people the headless relative describes are whom the act is aimed at (the
            # linker codes them as a vague group of people with no key and no state, even where
            # the clause names one: linking._DESCRIBED_THOSE). A measure or pledge on such a class
            # of culprits is a standing policy, no event (check not-generic-culprit)
            return [obj], f"{DESCRIBED_PEOPLE_RULE} (pobj '{prep}')"
        if _patient_type(trigger) and prep in PATIENT_PREPS:
            # "intensified its crackdown on journalists", "its violent repression against civil
            # society, anti-war protestors, ...": people of a Phoenix sector a force or coercion
            # is directed against are its patient (PLOVER ASSAULT/COERCE target), as when they are
            # the verb's object ("arrested journalists", the sector agent rule above)
            patient = _sector_patient(obj)
            if patient is not None:
                return _with_conjuncts(patient), f"sector agent pobj '{prep}'"
            if trigger.event_type in PATIENT_TYPES and _protest_people(obj) and _actor_inside(obj, lex) is None:
                # "a violent crackdown on peaceful protests": the people protesting, as for the
                # verb's object above
                return [obj], f"{PROTEST_PEOPLE_RULE} (pobj '{prep}')"
        if obj.lower_ in OBJECT_PRONOUNS and (prep in pattern_preps or prep in ("with", "against")):
            # "continues to stand by them", "met with them": a person pronoun as the partner or
            # the one backed, resolved by coreference in the linker (an unresolved one, or one
            # resolved to the source's own side, is dropped there: ``linked_actor_check``).
            # ("to" only of a verb whose frame has a recipient: ``_dative_recipient``, next)
            return [obj], f"pronoun pobj '{prep}'"
        recipients = _dative_recipient(obj, predicate, trigger, lex) if prep == "to" and not passive else None
        if recipients:
            # "offering surplus parts to schools and universities", "complained to him about the
            # delays": the one the verb's frame hands over or speaks to (``_dative_recipient``)
            return recipients, DATIVE_RECIPIENT_RULE
        if _listed_names(obj, lex):
            # "sanctions on two key Russian financial institutions: Sberbank, ... and Alfa Bank":
            # the members the noun lists are acted on, not the state its modifier names
            return _with_conjuncts(obj), f"names listed after pobj '{prep}'"
        appositive = next((c for c in obj.children if _comma_appositive_party(c, obj, trigger, lex)), None)
        if appositive is not None:
            # "imposed sanctions on the mixer, Churn.io, which ...": the name set off in apposition
            # to a noun that is no actor is that noun's referent, the party (``_comma_appositive_party``)
            return _with_conjuncts(appositive), f"{APPOSITION_OF}pobj '{prep}'"
        inner = _actor_inside(obj, lex)
        if inner is not None and _voting_forum(inner, obj, predicate, lex):
            continue  # "voted against a UN General Assembly resolution": the forum voted in
        if inner is not None:
            return _with_conjuncts(inner), f"actor inside pobj '{prep}'"
        shared_head = _shared_head_conjunct(obj, lex)
        if shared_head is not None:
            return _with_conjuncts(shared_head), f"pobj '{prep}'{SHARED_HEAD_NOTE}"
        if trigger.event_type == "AID" and prep in AID_BENEFICIARY_PREPS:
            # "offering Temporary Protected Status to migrants", "food aid for refugees": people of
            # a Phoenix sector (agents: migrants CVL, refugees REF) the aid goes to or is for are
            # its recipient (PLOVER AID "Requires recipient: Yes"), as such people are the patient
            # of force above; only when no actor is named in the phrase (``_actor_inside`` first)
            recipient = _sector_patient(obj)
            if recipient is not None:
                return _with_conjuncts(recipient), f"sector recipient pobj '{prep}'"
        if (prep in TOPIC_PREPS or (prep == "with" and trigger.event_type == "DISAPPROVE")) \
                and trigger.event_type in ("DISAPPROVE", "REJECT", "THREATEN"):
            accused = _agent_in_listed_acts(obj, lex)
            if accused is not None:
                return [accused], f"agent of an act listed in pobj '{prep}'"
            culprit = _cause_of_harm(obj, lex)
            if culprit is not None:
                return [culprit], f"doer of the cause of a harm in pobj '{prep}'"
        agents = _activity_agents(trigger, prep, obj)
        if agents is not None:
            return [obj], agents
    if penalised is not None and penalised.pos_ == "NOUN" and penalised.tag_ == "NNS" and (
            _sector_people(penalised) or designated_kind(penalised.lemma_) == "person"):
        # "visa restrictions on executives who are ... executives of charter companies": the
        # people the measure is on, named by no actor; the linker codes them by their noun
        return _with_conjuncts(penalised), "people the measure is on (pobj 'on')"
    complex_nouns = frozenset()
    if trigger.event_type not in lex.symmetric_types:
        # "standing shoulder-to-shoulder in support of Ukraine", "in solidarity with the people
        # of Iran": "in support of / in solidarity with" names whom the act is for (CAMEO 051
        # "stand by", PLOVER SUPPORT's target); a consultation or cooperation "in support of
        # Ukraine" has its partner elsewhere
        complex_nouns = lex.stance_nouns
    if trigger.event_type in RESPONSE_TYPES:
        # "imposing severe sanctions in response to Russian aggression": a hostile act answering
        # another is aimed at whoever did it (PLOVER SANCTION: the party punished)
        complex_nouns = complex_nouns | detection_lexicon()["response_nouns"]
    needed = _needed_act_subject(trigger, lex)
    if needed is not None:
        return _with_conjuncts(needed), "subject of the needed act ('for X to')"
    called = _called_act_subject(predicate, trigger, lex)
    if called is not None:
        return _with_conjuncts(called), "subject of the act called for ('for X to')"
    addressee = _control_addressee(predicate, trigger, lex)
    if addressee is not None:
        return _with_conjuncts(addressee), "addressee asked to act (object of 'ask X to')"
    # a clausal complement's subject: "demanded that the US cancel ..."
    # (and a concern's or a warning's content clause: "reiterated our ongoing concerns that Russia
    # has the capacity to launch an invasion": CAMEO 110 disapprove is aimed at the clause's
    # subject, the party the concern is about)
    demand_nouns = [w for w in trigger.words if w.i != predicate.i and w.pos_ == "NOUN"] \
        if trigger.event_type in ("DEMAND", "DISAPPROVE") else []
    for child in [c for w in demand_nouns for c in w.children if c.dep_ in ("acl", "ccomp") and (
            trigger.event_type == "DEMAND" or any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))] \
            + (list(predicate.children) if not trigger.rule.startswith(ORDER_TO_FORCES) else []):
        # (an order's content clause names the forces ordered, no target: "issued an order ... that
        # the units should enter a wartime state")
        # (also the clause of a demand noun: "reiterate our demand that Russia put an end to ...")
        of_noun = child.head.i != predicate.i
        if (of_noun and child.dep_ in ("ccomp", "acl")) or (child.dep_ == "ccomp" and not topic_only):
            # ("discuss how the United States can augment aid": what is discussed, not with whom)
            subjects = _children(child, SUBJECT_DEPS)
            if subjects and _is_actor(subjects[0], lex, allow_pronoun=False) and not _agreed_content(child, trigger):
                return _with_conjuncts(subjects[0]), "ccomp subject"
            if subjects and not of_noun and subjects[0].lower_ in OBJECT_PRONOUNS and subjects[0].tag_ == "PRP" \
                    and child.tag_ == "VB" and predicate.lemma_.lower() not in ENABLING_VERBS:
                # "refuses to allow him to depart Iran", "let them leave": an object-case pronoun
                # before an infinitive is the main verb's object (English object control / raising
                # to object, which the parser makes the clause's subject); the linker resolves it
                # (not "help / enable him to": whom aid helps is a named party only, ENABLING_VERBS)
                return [subjects[0]], "object of the verb (before its infinitive)"
    # deeper inside the act's object phrase: "sanctions targeting Iran", "concern about changes
    # to Israel's democratic system", "commitment to support Ukraine", "the announcement made at
    # the G20" (PLOVER codes the target the act is directed at, wherever the phrase names it)
    promised = [c for c in predicate.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                and not _children(c, SUBJECT_DEPS)] if trigger.event_type in ("AGREE", "THREATEN") else []
    # (the act promised or threatened names whom the promise or threat is about: "promised to
    # respect Ukraine's sovereignty", "pledged to provide aid to Haiti": PLOVER AGREE/THREATEN)
    starts = promised + [c for c, _rule in candidates if c.i not in headed] + [obj for prep, obj in preps.items() if prep in TARGET_PREPS
                                               and obj.i not in from_list
                                               and not (prep == "with" and companion)
                                               and not (prep == "for" and trigger.event_type in FORCE_TYPES)
                                               and not _giver_or_victim(prep, obj, trigger, predicate, lex)
                                               # "meet dignitaries at the United Nations headquarters":
                                               # the venue's owner is no party (plover_frames venue_nouns)
                                               and not (obj.head.dep_ == "prep" and _venue_phrase(obj.head, lex))]
    # "a drawdown to provide immediate military assistance to Ukraine", "a drawdown of arms from
    # U.S. Department of Defense inventories for Ukraine's defense": the recipient of an aid
    # package is named at the end of the long phrase describing what is given and where it comes
    # from (PLOVER AID "Requires recipient: Yes"), deeper than other acts' targets
    deeper = _actor_in_phrase(starts, lex, subject, purpose=not passive,
                              leader=trigger.event_type in lex.cooperative, instrument=companion,
                              victims=trigger.event_type in DEED_STANCE_TYPES,
                              max_depth=AID_RECIPIENT_DEPTH if trigger.event_type == "AID" and not passive else None,
                              origins=trigger.event_type == "AID" and not passive)
    if deeper is None and trigger.event_type == "AID" and not passive:
        # "our sixteenth drawdown since August 2021 of up to $175 million in arms ... for
        # Ukraine's self-defense": the parser hangs the object's "of" phrase on the date of a
        # time phrase; "a drawdown ... valued at $100 million to meet Ukraine's urgent need": the
        # recipient is the owner of the need a purpose clause names, a clause the search skips
        deeper = _actor_in_phrase(_date_held_phrases(predicate), lex, subject, purpose=True,
                                  max_depth=AID_RECIPIENT_DEPTH, sums=True) or _aid_need_owner(starts, lex)
    # (only for backing or joining: a need stressed for "Venezuelan-led negotiations" asks no one)
    if deeper is not None and promised and _founded_object(deeper):
        # "pledged to create working groups on arms trafficking", "agreed to establish a joint
        # commission": the body the promised act sets up does not exist yet; it is what is
        # promised, no party the promise is made to (PLOVER AGREE's target is a party)
        deeper = None
    if deeper is not None and promised and any(deeper.i in {t.i for t in verb.subtree} for verb in promised):
        return _with_conjuncts(deeper), PROMISED_ACT_RULE
    if deeper is not None and not trigger.backs_hostile_act \
            and _effort_aim_patient(deeper, predicate, lex) is not None:
        # "supports police efforts to bring drug traffickers to justice": the one the effort means to
        # act on is no party the act on the effort is aimed at (backing a hostile effort against a
        # party threatens that party: "support international efforts to isolate Russia")
        deeper = None
    if deeper is not None and _needed_act_patient(deeper, predicate):
        # "emphasized the importance of protecting civilians", "underscored the need to transition
        # the MSS mission": who the needed act is done to is not who is asked to do it (CAMEO 020
        # "stress + need": the appeal's recipient is the one spoken to, else nobody)
        deeper = None
    if deeper is not None and trigger.event_type in FORCE_TYPES \
            and predicate.lemma_.lower() not in detection_lexicon()["reciprocal_force_verbs"] and any(
            a.dep_ == "prep" and a.lower_ == "with" for a in deeper.ancestors if a.i != predicate.i
            and predicate in a.ancestors and not any(
                o.dep_ == "pobj" and o.lemma_.lower() in COMPLEX_WITH_NOUNS for o in a.children)):
        # "dispersed demonstrations with lethal force": a force act's "with" phrase is its means or
        # companion, never its target (event_detection.yaml reciprocal_force_verbs); "with respect
        # to Iran" is a complex preposition naming the target, not a means
        deeper = None
    if deeper is not None and trigger.event_type == "SANCTION" \
            and any(_for_sanctioned_object(a, predicate, candidates) for a in deeper.ancestors):
        deeper = None  # "a darknet market for Russian speakers": whom the object serves
    if deeper is not None and _condolence(trigger) and not any(
            a.dep_ == "prep" and a.lower_ == "to" for a in deeper.ancestors):
        deeper = None  # "condolences over the deaths of 50 detainees": the loss, not the consoled
    if deeper is not None and any(a.lower_ == "to" and _access_noun_prep(a, predicate)
                                  for a in deeper.ancestors if predicate in a.ancestors):
        deeper = None  # "access to U.S. Internet services": the thing reached and its maker, no recipient
    if deeper is not None and trigger.event_type == "DEMAND" \
            and predicate.lemma_.lower() in detection_lexicon()["request_for_verbs"] and any(
                a.dep_ == "prep" and a.lower_ == "for" for a in deeper.ancestors if predicate in a.ancestors):
        deeper = None  # "requested $20 billion for Ukraine": whom what is sought is for, not who is asked
    if deeper is not None and _voting_forum(deeper, deeper.head, predicate, lex):
        deeper = None  # "voted against a UN General Assembly resolution": the forum voted in
    if deeper is not None and accusation is not None and not _accused_phrase(deeper, accusation, accused_preps):
        # "brought a suit for damages with the court": only the accusation's "against" (or an
        # indictment's "of") phrase names the accused, as for the prepositions above
        deeper = None
    if deeper is not None and verb_lemma(predicate, lex) in detection_lexicon()["support_promising_verbs"]:
        taken = _object_noun(predicate)
        own = _object_before_verb_conjunct(taken) if taken is not None else None
        if own is not None and own.i != taken.i and deeper.i in {t.i for t in taken.subtree} \
                and deeper.i not in {t.i for t in own.subtree}:
            # "to offer support and condemn reports of Russia's attacks": the phrase the parser
            # hung the offered noun on is the later verb's object, not what was offered
            deeper = None
    if deeper is not None and trigger.rule.startswith(ORDER_TO_FORCES) and deeper.i in _order_parties(trigger, predicate):
        deeper = None  # "an order of the supreme commander that the units of the army should ...": giver and forces
    if deeper is not None:
        return _with_conjuncts(deeper), "actor inside the object phrase"
    if trigger.event_type in detection_lexicon()["act_doer_types"] and not passive \
            and (trigger.mode or "") not in detection_lexicon()["actor_only_modes"]:
        # (a recognition is of an actor or its status, not of a thing another made: "will never
        # recognize borders Russia has attempted to change")
        doer = _relative_clause_doer(predicate, [c for c, rule in candidates if rule in ("dobj", "obj")], lex)
        if doer is not None:
            return _with_conjuncts(doer), RELATIVE_DOER_RULE
    found = _complex_prep_actor([predicate] + frame_tokens, complex_nouns, lex)
    if found is not None:
        return _with_conjuncts(found[0]), found[1]
    purposed = _purpose_act_target(predicate, trigger, lex, subject) if not passive else None
    if purposed is not None:
        return purposed
    worded = _worded_demand_target(predicate, trigger, lex, subject) if not passive else None
    if worded is not None:
        return worded
    pressured = _pressured_party(predicate, lex) if trigger.event_type in ("SANCTION", "COERCE", "ASSAULT") \
        and not passive else None
    if pressured is not None:
        return _with_conjuncts(pressured), "party pressured by the means ('pressure on X by ...ing')"
    shared = _coordinated_against_party(predicate, lex) if trigger.event_type == "SANCTION" and not passive else None
    if shared is not None:
        return _with_conjuncts(shared), COORDINATED_AGAINST_RULE
    supported = _supported_party(predicate, lex) if trigger.event_type == "AID" and not passive else None
    if supported is not None:
        return _with_conjuncts(supported), "party supported by the means ('support X, including by ...ing')"
    if trigger.event_type in detection_lexicon()["talk_occasion_types"] and not passive:
        partner = _talk_partner(predicate, lex)
        if partner is not None:
            return _with_conjuncts(partner), "partner of the talks the act was voiced in"
    if trigger.event_type in SPOKEN_PURPOSE_ADDRESSED_TYPES and not passive:
        partner = _spoken_purpose_partner(predicate, lex)
        if partner is not None:
            return _with_conjuncts(partner), "partner of the call or meeting the act is the purpose of"
    if (trigger.event_type in lex.symmetric_types or any(
            w.pos_ == "VERB" and lex.verbs.get(verb_lemma(w, lex), (None,))[0] == "CONSULT" for w in trigger.words)) \
            and not passive:
        # (also a consultation promised or planned, coded AGREE: "would continue to discuss")
        met = _meeting_scene_partner(predicate, lex)
        if met is not None:
            return _with_conjuncts(met), MEETING_SCENE_RULE
    if trigger.event_type in detection_lexicon()["told_addressed_types"] and not passive:
        hearer = _told_hearer(predicate, trigger, lex)
        if hearer is not None:
            return _with_conjuncts(hearer), "hearer of the telling the act was said in"
    if trigger.event_type in INSTRUMENT_PURPOSE_TYPES and not passive:
        used_on = _instrument_purpose_patient(predicate, lex)
        if used_on is not None:
            return _with_conjuncts(used_on), INSTRUMENT_PURPOSE_RULE
    if trigger.event_type in HARMED_PURPOSE_TYPES and not passive:
        harmed = _harmed_by_purpose(predicate, lex)
        if harmed is not None:
            return _with_conjuncts(harmed), "owner of what the act's purpose harms"
    if trigger.event_type == "DISAPPROVE" and not passive:
        answered = _responded_act_doer(predicate, lex)
        if answered is not None:
            return _with_conjuncts(answered), RESPONDED_ACT_RULE
    if trigger.event_type == "MOBILIZE" and not passive:
        against = _mobilized_against(predicate, lex)
        if against is not None:
            return _with_conjuncts(against), "victim of the force the mobilisation is for"
    if trigger.event_type == "AID" and not passive:
        helped = _purpose_beneficiary(predicate, lex, subject)
        if helped is not None:
            return _with_conjuncts(helped), "beneficiary of the aid's purpose"
    if _promised_aid(trigger) and not passive:
        helped = _promised_aid_beneficiary(predicate, trigger, lex, subject)
        if helped is not None:
            return _with_conjuncts(helped), "beneficiary of the promised aid's purpose"
    if trigger.event_type == "AGREE" and not passive:
        helped = _helped_by_pledge_purpose(predicate, trigger, lex)
        if helped is not None:
            return _with_conjuncts(helped), PLEDGE_PURPOSE_RULE
    if trigger.event_type == "AID" and not passive:
        goal = _aid_goal(predicate, lex)
        if goal is not None:
            return _with_conjuncts(goal), AID_GOAL_RULE
        partner = _joint_work_partner(predicate, lex)
        if partner is not None:
            return _with_conjuncts(partner), JOINT_WORK_PARTNER_RULE
        # aid given "to help X", the infinitive on the thing given ("voted to send $2 billion to
        # help Ukraine"), is X's as a commitment of it is (``_helped_by_pledge_purpose``)
        helped = _helped_by_pledge_purpose(predicate, trigger, lex)
        if helped is not None:
            return _with_conjuncts(helped), PLEDGE_PURPOSE_RULE
    if (trigger.event_type == "SANCTION" or (trigger.mode or "").startswith("sanction")) and not passive:
        origin = _banned_imports_origin(predicate, trigger, lex)
        if origin is not None:
            return _with_conjuncts(origin), "origin of the imports stopped"
    place = preps.get("in")
    if place is None and trigger.event_type in ("ASSAULT", "COERCE"):
        # force used "across" / "throughout" a place is used in it ("a grinding offensive across
        # Ukraine's south and east"): the spatial prepositions of extent over an area
        place = preps.get("across") or preps.get("throughout")
    if place is None and trigger.event_type == "ASSAULT" and not passive:
        # an attack "near" a town is fought on the ground around it ("shelled positions near
        # Bakhmut"), and the place phrase of the attack noun the verb only launches or carries
        # out is the attack's ("launched a ground offensive near Kharkiv", "carried out strikes in
        # the Kharkiv region"): the noun is the trigger's own word (a light-verb phrase), so its
        # phrase of place is the act's (English PP attachment to the event noun)
        # (not where the object's own words name its party, "attacked *Ukrainian* positions near
        # Bakhmut": the positions are what was attacked, the place only where)
        if not any(_names_party(o) for o in _children(predicate, ("dobj", "obj"))):
            place = preps.get("near") or _act_noun_place(predicate, trigger)
    if place is not None and subject is not None and place.head.i < subject.i:
        place = None  # a fronted "In the Americas, they agreed ...": the scene or scope, no target
    if place is None and trigger.event_type in ("ASSAULT", "COERCE", "SANCTION"):
        # "... and in Hong Kong, where the Chinese Communist Party has imposed harsh ... measures":
        # the relative adverb "where" stands for "in" the place its clause hangs on (English
        # grammar), so the force or restriction is used in that place (since 0.7.712)
        place = _where_place(predicate)
    # "its offensive in Ukraine's east", "curfew in Syria's north": a part of a place named by its
    # possessor lies in that place's state, which POLECAT codes as the target when none is named
    place = _whole_place(place)
    if place is not None and place.ent_type_ in PLACE_ENT_LABELS and trigger.event_type != "CONSULT" \
            and not (trigger.mode or "").startswith("consult") \
            and not ((passive or _children(predicate, ("auxpass",))) and trigger.event_type in ("ASSAULT", "COERCE")):
        # (a force or custody act done to someone "in" a place, "citizens detained in the PRC",
        # "police are killed in Bagua", has its patient as the target; the place is where)
        # "curfew in X", "aid in X": the place is acted on; a meeting "in Washington" (CONSULT,
        # also when promised: "agreed to meet in ...") is only held there
        return _with_conjuncts(place), PLACE_IN_RULE
    referred = _referred_party(predicate, trigger, lex, subject)
    if referred is not None:
        return _with_conjuncts(referred), REFERRED_MENTION_RULE
    return [], ""


REFERRED_MENTION_RULE = "party named by the earlier mention the definite act noun refers back to"
# determiners that make a bare noun refer back to a referent already told (English definite and
# demonstrative anaphora; "such" is a kind, not a referent, so it is not here)
_REFERRING_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# how many sentences back the earlier mention may lie (act_doers.yaml max_sentences_back)
_REFERRED_SENTENCES_BACK = 6
# prepositions that name the party a noun of an act is for or aimed at inside its own phrase
# ("a mission for / to / in Haiti", "sanctions on / against Belarus"); "in" names the state the
# act is done in, as ``PLACE_IN_RULE`` reads it on a verb
_REFERRED_PREPS = frozenset({"for", "to", "in", "on", "against", "toward", "towards"})


def _bare_definite(noun: Token) -> bool:
    """Whether ``noun`` is a bare definite or demonstrative noun ("this mission", "the sanctions"):
    a referring determiner and no other dependent. Any modifier (a possessor, a compound or
    adjective, a number, a phrase or clause after it) may pick out another referent in its own
    phrase ("the new mission", "the U.S. mission", "the mission to Mali"), so only the bare noun
    refers back."""
    dets = [c for c in noun.children if c.dep_ == "det"]
    if len(dets) != 1 or dets[0].lower_ not in _REFERRING_DETERMINERS:
        return False
    # (a phrase or clause set off by a comma is non-restrictive, so it adds to a referent already
    # picked out: "join this mission, including Jamaica and Canada", as act_doers._restricted)
    return all(c.dep_ in ("det", "punct", "cc", "conj") or (
        c.i > noun.i and c.left_edge.i > 0 and noun.doc[c.left_edge.i - 1].text == ",") for c in noun.children)


def _named_in_own_phrase(noun: Token, lex: Lexicon) -> Optional[Token]:
    """The party a prepositional phrase of ``noun`` names: "mission for Haiti" -> Haiti, "sanctions
    on the regime in Minsk" -> the regime; a place names its state (``_whole_place``)."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in _REFERRED_PREPS:
            continue
        for obj in _children(prep, ("pobj",)):
            if prep.lower_ == "in" and obj.ent_type_ not in PLACE_ENT_LABELS:
                continue  # "a mission in months": only a place is where the act is done
            if _is_actor(obj, lex, allow_pronoun=False):
                return _whole_place(obj) or obj
            inner = _actor_inside(obj, lex)
            if inner is not None:
                return inner
    return None


def _referred_party(predicate: Token, trigger: Trigger, lex: Lexicon,
                    subject: Optional[Token]) -> Optional[Token]:
    """The target a bare definite noun of the trigger ("pledged to join *this mission*", "will
    enforce *the sanctions*") takes from the earlier mention it refers back to (English definite
    and demonstrative anaphora: the bare noun names a referent the discourse has already given).
    The mentions of the same noun before it, nearest first, within ``_REFERRED_SENTENCES_BACK``
    sentences: one that names a party in its own phrase ("a security mission for Haiti") gives that
    party; a bare definite one ("the lead nation of the mission") refers back itself and is passed
    over; one of the other grammatical number is passed over too ("these bridges" names more than
    "the bridge in Kherson"); any other (an indefinite or otherwise modified mention: "a new
    mission", "the UN mission") introduces another referent and ends the search. None when no mention names a party,
    or when the party is the act's own subject ("Kenya leads a mission for Kenyan police ...")."""
    doc = predicate.doc
    for noun in trigger.words:
        if noun.i == predicate.i or noun.pos_ != "NOUN" or not _bare_definite(noun):
            continue
        lemma = noun.lemma_.lower()
        sentences = [s for s in doc.sents if s.start <= noun.i][-(_REFERRED_SENTENCES_BACK + 1):]
        earliest = sentences[0].start if sentences else noun.i
        for i in range(noun.i - 1, earliest - 1, -1):
            other = doc[i]
            if other.pos_ != "NOUN" or other.lemma_.lower() != lemma:
                continue
            if (other.tag_ == "NNS") != (noun.tag_ == "NNS"):
                continue  # "these bridges" does not refer back to "the bridge in Kherson": number agrees
            named = _named_in_own_phrase(other, lex)
            if named is not None:
                if subject is not None and (named.i == subject.i or named.lower_ == subject.lower_):
                    return None
                return named
            if _bare_definite(other):
                continue
            break
    return None


# Prepositions of place: an area named in their phrase says where a goal lies ("peace and
# stability *across* the Taiwan Strait", "security *in* Central Asia"), no actor it is made to
GOAL_PLACE_PREPS = frozenset({"in", "across", "throughout", "around", "within", "beyond"})


def _opponent_under_place(predicate: Token) -> Optional[Token]:
    """The object of an "against" phrase the parser hung on the noun of a place or time phrase of
    ``predicate`` ("fought *in* the Venezuelan territory *against Tomás Boves*", "protested in the
    capital against the government"), else None. A place noun is no party one acts against, so the
    phrase is the verb's own (English PP attachment: the opponent of a force act, PLOVER
    ASSAULT/COERCE/PROTEST target); only the place prepositions of ``GOAL_PLACE_PREPS``. An act or
    cause noun in that phrase is the subject's own too ("staged a hunger strike in protest against
    the abuses by X", "fought in the campaign against X", "attacked in retaliation against X"),
    unless a doer of its own is named on it ("fought in Russia's war against Ukraine": Russia's
    opponent, not necessarily the subject's); a place or time noun never has one (``_place_or_time``)."""
    for prep in _children(predicate, ("prep",)):
        if prep.lower_ not in GOAL_PLACE_PREPS:
            continue
        for place in _children(prep, ("pobj",)):
            against = _preps(place).get("against")
            if against is not None and (_place_or_time(place) or not _own_doer_named(place)):
                return against
    return None


def _own_doer_named(noun: Token) -> bool:
    """Whether ``noun`` names a doer of its own: a possessor ("Russia's war") or a "by" phrase
    ("the campaign by the junta")."""
    return bool(_children(noun, ("poss",))) or "by" in _preps(noun)


def _place_or_time(token: Token) -> bool:
    """Whether ``token`` names a place or a time: a place or date entity (``PLACE_ENT_LABELS``,
    DATE, TIME: "in Kyiv", "in late February"), or a part of a place or a settlement
    (event_detection.yaml place_part_nouns: "in the Venezuelan territory", "in the capital")."""
    return token.ent_type_ in PLACE_ENT_LABELS | {"DATE", "TIME"} \
        or token.lemma_.lower() in detection_lexicon()["place_part_nouns"] \
        or token.lower_ in detection_lexicon()["place_part_nouns"]


def _control_addressee(predicate: Token, trigger: Trigger, lex: Lexicon) -> Optional[Token]:
    """Whom a request asks to act, though no actor word names it: the object of the asking verb
    (or of its "on": "call on X") that controls a following "to"-infinitive ("started asking
    religious schools to pay taxes", "call on all international sport federations to endorse
    these principles", "urged local councils to cancel"). English object control makes that
    object the infinitive's understood subject, a party that is to act, so PLOVER DEMAND's
    target. None for an indefinite word (event_detection.yaml indefinite_addressees), a pronoun
    (the other rules and the linker take those) or a non-agent noun (plover_frames)."""
    if trigger.event_type != "DEMAND":
        return None
    return control_addressee(predicate, lex, trigger.words)


def control_addressee(predicate: Token, lex: Lexicon, own_words=()) -> Optional[Token]:
    """``_control_addressee`` for the asking verb ``predicate`` of a DEMAND, whose trigger words
    ``own_words`` are no addressee; also the addressee of the asking participle a request noun
    spells out with ("the request of X asking Y to pay": frames._agentive_nominal_events)."""
    objects = _children(predicate, ("dobj", "obj"))
    on = _preps(predicate).get("on")
    if on is not None and on.head.dep_ == "prep":
        objects.append(on)
    for obj in objects:
        if obj.pos_ not in ("NOUN", "PROPN") or obj.i < predicate.i or any(obj.i == w.i for w in own_words):
            continue  # (the act's own noun: "stressed the need to continue", a need, no addressee)
        if obj.lower_ in detection_lexicon()["indefinite_addressees"] or obj.ent_type_ in NON_ACTOR_ENT_LABELS \
                or obj.lemma_.lower() in lex.non_agent_nouns or obj.lemma_.lower() in lex.document_names \
                or obj.lemma_.lower() in QUANTITY_NOUNS:
            continue
        infinitives = [c for c in list(predicate.children) + list(obj.children)
                       if c.dep_ in ("xcomp", "acl") and c.pos_ in ("VERB", "AUX") and c.i > obj.i
                       and any(a.dep_ == "aux" and a.lower_ == "to" and a.i < c.i for a in c.children)]
        if infinitives:
            return obj
    return None


def _called_act_subject(predicate: Token, trigger: Trigger, lex: Lexicon) -> Optional[Token]:
    """Who a call for an act is made on: the actor subject of the active "for X to V" clause of
    the calling verb ("called for Russia to cease all hostilities": Russia; ``_for_infinitives``).
    PLOVER REQUEST (DEMAND) is coded toward the party asked to act, and the clause's subject is
    that party, as the object of "call on X to" is. None for a passive clause ("calling for all
    edible salt to be iodised": its subject is what is acted on, whoever acts is not named), a
    pronoun (the linker resolves those elsewhere) or a non-actor."""
    if trigger.event_type != "DEMAND":
        return None
    for clause in _for_infinitives(predicate):
        if any(a.dep_ == "auxpass" for a in clause.children):
            continue
        subjects = _children(clause, ("nsubj",))
        if subjects and _is_actor(subjects[0], lex, allow_pronoun=False):
            return subjects[0]
    return None


def _needed_act_subject(trigger: Trigger, lex: Lexicon) -> Optional[Token]:
    """Who a stressed need asks to act: the subject of the "for X to" clause on the need noun
    ("stressed the need for Russia to withdraw its forces": Russia, PLOVER DEMAND's target), else None."""
    if trigger.event_type != "DEMAND":
        return None
    needs = detection_lexicon()["emphasised_needs"]
    for noun in (w for w in trigger.words if w.pos_ == "NOUN" and w.lemma_.lower() in needs):
        for clause in _for_clauses(noun, ("acl", "advcl", "relcl")):
            if clause.pos_ != "VERB":
                continue
            subjects = _children(clause, SUBJECT_DEPS)
            if subjects and _is_actor(subjects[0], lex, allow_pronoun=False):
                return subjects[0]
    return None


ACTIVITY_AGENTS = "agents of the activity"


def _activity_agent(noun: Token) -> Optional[str]:
    """The agent noun of an activity noun ("trafficking" -> "trafficker": event_detection.yaml
    activity_agents), else None."""
    table = dict(entry.split("/") for entry in detection_lexicon()["activity_agents"])
    return table.get(noun.lemma_.lower()) or table.get(noun.lower_)


def _activity_agents(trigger: Trigger, prep: str, obj: Token) -> Optional[str]:
    """Target rule when a crackdown is on an activity ("Thailand has recently cracked down on human
    trafficking"): PLOVER COERCE/repress is aimed at whoever does it (the traffickers), given as
    the activity's span with the agent noun's Phoenix sector (``_activity_agent_sector``); only
    for activities with a known agent noun, else None."""
    if trigger.event_type != "COERCE" or trigger.mode != "repress" or prep not in ("on", "against"):
        return None
    if not any(f"{w.lemma_.lower()}" in detection_lexicon()["crackdown_words"] for w in trigger.words):
        return None
    agent = _activity_agent(obj)
    return f"{ACTIVITY_AGENTS} '{obj.lower_}' ({agent}s)" if agent else None


def _whole_place(place: Optional[Token]) -> Optional[Token]:
    """The place a part of a place belongs to, "Ukraine" in "Ukraine's east" (English possessive
    of a whole on its part; event_detection.yaml place_part_nouns), or that a part noun names as
    its modifier, "Kharkiv" in "the Kharkiv region" (a noun compound naming the whole), else
    ``place`` itself."""
    if place is not None and place.ent_type_ not in PLACE_ENT_LABELS \
            and place.lemma_.lower() in detection_lexicon()["place_part_nouns"]:
        whole = [c for c in place.children if c.dep_ in ("poss", "compound") and c.ent_type_ in PLACE_ENT_LABELS]
        if whole:
            return whole[0]
    return place


def _names_party(noun: Token) -> bool:
    """Whether a modifier or possessor of ``noun`` names a party ("*Ukrainian* positions",
    "*Russia's* bases"): an actor entity among its amod / compound / poss children."""
    return any(c.ent_type_ in ACTOR_ENT_LABELS for c in noun.children if c.dep_ in ("amod", "compound", "poss"))


def _act_noun_place(predicate: Token, trigger: Trigger) -> Optional[Token]:
    """The object of an "in" / "near" / "across" phrase on the trigger's own act noun, the
    verb's object ("launched an offensive *near Kharkiv*"), else None. (The caller reads it only
    where no object names its party: ``_names_party``.)"""
    for noun in _children(predicate, ("dobj", "obj")):
        if any(word.i == noun.i for word in trigger.words):
            for prep in ("in", "near", "across", "throughout"):
                place = _preps(noun).get(prep)
                if place is not None:
                    return place
    return None


PROMISED_ACT_RULE = "actor inside the promised act"
VERB_HUNG_OF_RULE = "the act noun's 'of' object (hung on the verb)"
PLEDGE_PURPOSE_RULE = "party the commitment's purpose helps"
