"""What an unresolved description or subject pronoun stands for: "the delegation",
"the parties", "these forces" by an earlier phrase or a complement, a "from <country>" phrase,
and the subject a "they" continues (its own sentence, the main clause, the discourse before).
Builds on ``lexicon``, ``names`` and ``coder``."""

from __future__ import annotations

import re
from typing import Optional

from newsgraph.nlp.coordination import first_conjunct
from newsgraph.nlp.actor_heads import delegation_words, state_agent_word, unsectored
from newsgraph.nlp.demonym_people import people_noun_sector
from newsgraph.nlp.folding import fold_phrase as _fold
from newsgraph.nlp.doc_cache import doc_text, expanded_span
from newsgraph.resolve.actors import ActorCode, agent_sector
from newsgraph.resolve.countries import lookup_country

from newsgraph.nlp.linking.lexicon import (LINKING_WORDS, _COLLECTIVE_NOUNS, _FREE_PLURAL_PRONOUNS, _NOT_ANTECEDENTS,
                                           _PEOPLE_COLLECTIVES, _STAFF_NOUNS, _title_heads)
from newsgraph.nlp.linking.names import _key_for_span
from newsgraph.nlp.linking.coder import ActorCoder, _placed_keeping_sector


# a singular common-noun phrase (the event span leaves the article out: "delegation", "military regime")
_DEFINITE_GROUP = re.compile(r"^(?:(?:[Tt]he|[Tt]his|[Tt]hat)\s+)?((?:[a-z]+\s+){0,2}[a-z]+[^s\W])$")


def _group_antecedent(doc, text: Optional[str], start: Optional[int]) -> Optional[ActorCode]:
    """"the delegation", "the military regime", "the government" with no state in its words: the
    state of the latest earlier mention of the same noun that names one ("A U.S. delegation
    traveled ... The delegation met ...", "Burma's military regime ... the regime"), as coref
    reads "the minister" as the person last titled so. The noun is a Phoenix sector agent, or
    "delegation" (a state's envoys)."""
    if not text or start is None:
        return None
    match = _DEFINITE_GROUP.match(" ".join(text.split()))
    if not match:
        return None
    head = match.group(1).split()[-1]
    found = agent_sector(match.group(1))
    if found is None and head not in ("delegation", "regime"):
        return None
    before = doc_text(doc)[:start]
    if head not in before:
        return None  # every match below ends in the noun itself: no need to scan the text for one
    for earlier in reversed(list(re.finditer(rf"((?:[A-Z][\w.’'\-]*\s+){{1,3}}(?:[a-z]+\s+){{0,2}}){head}\b", before))):
        words = earlier.group(1).replace("’s", "").replace("'s", "")
        for word in re.findall(r"[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*", words):
            country = lookup_country(word) or lookup_country(word.split()[-1])
            if country is not None:
                return ActorCode(country.alpha3, found.sector if found else "GOV",
                                 f"'{text.strip()}' -> the {country.name} {head} named before")
    return None


# modifiers that restrict a noun phrase to a subset or place it: a plural with none of them is a
# bare definite description ("the parties") that can repeat an earlier phrase
_RESTRICTING_DEPS = frozenset({"amod", "compound", "poss", "nmod", "nummod", "quantmod"})


def _definite_plural_antecedent(doc, text: Optional[str], start: Optional[int],
                                end: Optional[int]) -> Optional[ActorCode]:
    """"the parties" with no state in its words: the state of the earlier noun phrase it repeats
    ("calls on the Yemeni parties to extend the truce. The parties must work with ..."). English
    definite anaphora: a bare definite plural ("the" and the head noun only, no modifier or
    complement of its own) refers back to the latest earlier phrase with the same head noun, so it
    takes the one state that phrase's own modifiers name (a demonym or state name: "Yemeni",
    "Ukraine's"); the search runs back over its sentence and the two before, and the latest
    phrase with that head decides (one that names no state or several is another group: None), and
    an earlier one in the window naming another state makes the reference ambiguous (None).
    The sector is the one the head's words give (``agent_sector``), else none.
    Shape: ActorCode(ISO3, sector, reason) or None."""
    span = expanded_span(doc, start, end) if text and start is not None and end is not None else None
    if span is None:
        return None
    head = span.root
    if head.tag_ != "NNS" or not _bare_definite(head, ("the",)):
        return None
    same = _same_heads_before(doc, head)
    if not same:
        return None

    def named_states(noun) -> Optional[set[str]]:
        states = set()
        for modifier in noun.lefts:
            if modifier.dep_ in ("amod", "compound", "poss", "nmod") and modifier.ent_type_ in ("GPE", "NORP"):
                country = lookup_country(modifier.text)
                if country is None:
                    return None  # "European partners": a region's, no one state
                states.add(country.alpha3)
        return states

    earlier = same[0]
    states = named_states(earlier)
    if not states or len(states) != 1:
        return None
    state = next(iter(states))
    if any((named_states(other) or set()) - {state} for other in same[1:]):
        return None  # "Ukrainian officials met with Russian officials. The officials ...": either group
    words = agent_sector(head.text) or agent_sector(head.lemma_)
    return ActorCode(state, words.sector if words is not None else None,
                     f"'the {head.text}' -> the '{doc[earlier.left_edge.i:earlier.i + 1].text}' named before")


def _repeated_person_antecedent(doc, text: Optional[str], start: Optional[int],
                                end: Optional[int]) -> Optional[tuple[int, int, str]]:
    """(start, end, text) of the earlier noun phrase a bare singular definite or demonstrative
    noun of a person repeats ("Russia's Ministry of Defense promoted the commanding officer of
    the 64th Brigade and praised this officer's leadership": "this officer" is that commanding
    officer). English definite anaphora: "this"/"that"/"the" and the head noun only (no modifier
    or complement of its own) refers back to the latest earlier phrase with the same head, as
    ``_definite_plural_antecedent`` reads a plural; only a noun of a person (WordNet person
    nouns, ``actor_heads.person_nouns``, or a title head: never a body, "the regime") with a
    singular earlier head that has a modifier or
    complement of its own (what identifies it: "the commanding officer of the 64th Brigade",
    "a Russian officer"), within its sentence and the two before. None where no such phrase is
    found or where an earlier phrase with that head in the window is another one (two different
    officers: either could be meant)."""
    from newsgraph.nlp.actor_heads import person_nouns
    from newsgraph.nlp.events import _actor_span
    from newsgraph.nlp.linking.lexicon import _title_heads

    span = expanded_span(doc, start, end) if text and start is not None and end is not None else None
    if span is None or not len(span):
        return None
    head = span.root
    lemma = head.lemma_.lower()
    if head.tag_ != "NN" or head.pos_ != "NOUN" or head.ent_type_ or lemma not in person_nouns() | _title_heads() \
            or not _bare_definite(head, ("this", "that", "the")):
        return None
    same = _same_heads_before(doc, head)
    if not same or same[0].tag_ != "NN":
        return None
    earlier = same[0]
    own = [c for c in earlier.children if c.dep_ in _RESTRICTING_DEPS
           or (c.dep_ == "prep" and c.lower_ == "of") or c.dep_ in ("acl", "relcl", "appos")]
    if not own:
        return None  # "the officer" again: nothing more to take from it
    a, b = _actor_span(earlier)
    phrase = doc_text(doc)[a:b]
    for other in same[1:]:
        oa, ob = _actor_span(other)
        if doc_text(doc)[oa:ob] != phrase and any(c.dep_ in _RESTRICTING_DEPS or c.dep_ == "prep"
                                                  for c in other.children):
            return None  # another officer named in reach
    return a, b, phrase


def _bare_definite(head, determiners: tuple[str, ...]) -> bool:
    """Whether ``head`` is a bare definite noun: one of ``determiners`` before it and no modifier
    or complement of its own (``_RESTRICTING_DEPS`` before, a prepositional phrase or clause after)."""
    return any(c.dep_ == "det" and c.lower_ in determiners for c in head.lefts) \
        and not any(c.dep_ in _RESTRICTING_DEPS for c in head.lefts) \
        and not any(c.dep_ in ("prep", "acl", "relcl", "appos") for c in head.rights)


def _same_heads_before(doc, head) -> list:
    """The nouns with ``head``'s lemma before it in its sentence and the two before, latest first."""
    floor = _window_start(doc, head, 2)
    if floor is None:
        return []
    lemma = head.lemma_.lower()
    return [doc[i] for i in range(head.i - 1, floor - 1, -1) if doc[i].pos_ == "NOUN" and doc[i].lemma_.lower() == lemma]


def _window_start(doc, token, back: int) -> Optional[int]:
    """The index of the first token of the sentence ``back`` sentences before ``token``'s (its own
    sentence's first at the article's start), the floor of a look back for an antecedent; None
    where ``token`` is in no sentence."""
    sentences = list(doc.sents)
    index = next((i for i, sent in enumerate(sentences) if sent.start <= token.i < sent.end), None)
    if index is None:
        return None
    return sentences[max(0, index - back)].start

# plural nouns for a state's armed forces (Phoenix MIL agents) a demonstrative refers back with
_FORCE_NOUNS = frozenset({"forces", "troops", "soldiers", "servicemen"})
# verbs whose subject owns the forces it moves ("Russia has amassed 150,000 troops")
_FORCE_VERBS = frozenset({"amass", "deploy", "mass", "send", "station", "move", "position", "mobilize",
                          "mobilise", "withdraw", "pull", "draw", "build", "concentrate", "gather"})


def _forces_antecedent(doc, text: Optional[str], start: Optional[int], end: Optional[int]) -> Optional[ActorCode]:
    """"these forces", "those troops" with no state in their words: the state of the forces a
    demonstrative points back to, within the three sentences before: the latest earlier plural
    force noun (``_FORCE_NOUNS``) whose own words name a state ("Russian forces", "Russia's
    troops") or whose moving verb's subject is a state ("Russia has amassed 150,000 troops around
    Ukraine's borders ... these forces"); an earlier demonstrative or "the" with neither passes
    the question on back, any other earlier force noun ends the search (it is another group).
    Sector MIL (Phoenix). None otherwise."""
    span = expanded_span(doc, start, end) if text and start is not None and end is not None else None
    if span is None or span.root.lower_ not in _FORCE_NOUNS:
        return None
    head = span.root
    if not any(c.dep_ == "det" and c.lower_ in ("these", "those") for c in head.lefts) \
            or any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in head.lefts):
        return None
    floor = _window_start(doc, head, 3)
    if floor is None:
        return None
    for i in range(head.i - 1, floor - 1, -1):
        earlier = doc[i]
        if earlier.lower_ not in _FORCE_NOUNS or earlier.head.i == head.i:
            continue
        states = set()
        for modifier in earlier.lefts:
            if modifier.dep_ in ("amod", "compound", "poss", "nmod") and modifier.ent_type_ in ("GPE", "NORP"):
                country = lookup_country(modifier.text)
                if country is not None:
                    states.add(country.alpha3)
        verb = earlier.head
        verb = first_conjunct(verb)
        if not states and earlier.dep_ == "dobj" and verb.lemma_ in _FORCE_VERBS:
            for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.ent_type_ == "GPE"):
                country = lookup_country(subject.text)
                if country is not None:
                    states.add(country.alpha3)
        if len(states) == 1:
            state = next(iter(states))
            return ActorCode(state, "MIL", f"'{text.strip()}' -> the {state} forces named before")
        if states or not any(c.dep_ == "det" and c.lower_ in ("these", "those", "the") for c in earlier.lefts):
            return None  # several states, or another group of forces
    return None


def _delegation_complement(doc, coder: "ActorCoder", text: Optional[str], start: Optional[int],
                           end: Optional[int]) -> Optional[ActorCode]:
    """The state a delegation with no state in its own words acts for, from its complement: a
    "from"/"of" phrase naming a state, directly or through its members ("a delegation from
    Japan", "a delegation of senior officials from the United States"), else the state of the
    named person a leading verb's "by" agent gives ("a delegation led by Russian Defense Minister
    Sergei Shoigu": a delegation acts for its leader's state, as ``_delegation_state`` reads the
    leader from the delegation). Heads: actor_heads.yaml ``delegation_heads``; no sector (its
    members may be of any). None otherwise, and for "delegation of authority" (a legal act)."""
    nouns, verbs = delegation_words()
    span = expanded_span(doc, start, end) if text and start is not None and end is not None else None
    if span is None or span.root.lower_ not in nouns:
        return None
    head = span.root
    states: set[str] = set()

    def named_states(noun, depth: int = 0) -> None:
        # the pobj of "from"/"of", or a "from" phrase on its own members ("officials from X")
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ not in (("from", "of") if depth == 0 else ("from",)):
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                country = lookup_country(doc_text(doc)[obj.left_edge.idx:obj.idx + len(obj.text)]) \
                    if obj.ent_type_ in ("GPE", "NORP") else None
                if country is not None:
                    states.add(country.alpha3)
                elif depth == 0 and obj.pos_ == "NOUN":
                    named_states(obj, 1)

    named_states(head)
    if not states:
        for verb in head.children:
            if verb.dep_ != "acl" or verb.lemma_ not in verbs:
                continue
            for agent in (c for c in verb.children if c.dep_ == "agent"):
                for leader in (c for c in agent.children if c.dep_ == "pobj"):
                    # the first leader named decides ("led by Secretary X, Secretary Y, and ...")
                    key = _key_for_span(doc, leader.left_edge.idx, leader.idx + len(leader.text), ("person",))
                    code = coder.for_key(key) if key else None
                    if code is not None and code.acts_for and (doc._.ng_entities or {}).get(key) is not None \
                            and doc._.ng_entities[key].type == "person":
                        states.add(code.acts_for)
    if len(states) != 1:
        return None
    state = next(iter(states))
    return ActorCode(state, None, f"'{text.strip()}' -> the delegation its complement places in {state}")


def _from_phrase_origin(doc, text: Optional[str], start: Optional[int], end: Optional[int],
                        code: Optional[ActorCode]) -> Optional[ActorCode]:
    """The state a "from <country>" phrase on an actor's head noun gives a title or people noun
    whose own words name none ("welcome the foreign minister from Armenia", "the ambassador from
    Japan spoke"): English postmodification by "from" gives a person's origin (as ``_origin_state``
    reads it on a name's apposition), and the event span often stops before the phrase. The head
    is a title head (``roles.title_lexicon``) or a people noun (``people_noun_sector``); the "from"
    phrase hangs on that noun (not on the verb: "equipment from the U.S.", "heard from Japan"),
    and its object names exactly one country (``lookup_country``; coordinated objects name
    several: none); on a hosting verb whose object the noun is, right after it, the phrase is the
    guest's origin too. The sector is ``code``'s (the words' own), else the people noun's, else
    the state's GOV for a noun of those who act for a body (``state_agent_word``: "officials from
    Mexico"; not "executives from Japan", only placed).
    Shape: ActorCode(ISO3, sector, reason) or None."""
    span = expanded_span(doc, start, end) if text and start is not None and end is not None else None
    if span is None:
        return None
    head = span.root
    if head.pos_ != "NOUN" or (_fold(head.lemma_) not in _title_heads() and _fold(head.text) not in _title_heads()
                               and people_noun_sector(head.lower_) is None):
        return None
    from newsgraph.nlp.events import load_lexicon

    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "from"]
    verb = head.head
    if not preps and head.dep_ == "dobj" and verb.lemma_ in load_lexicon().hosting_verbs:
        # "welcome the foreign minister from Armenia": the parser hangs the phrase on the hosting
        # verb (plover_frames.yaml hosting_verbs), whose guest comes from there either way
        # (PLOVER CONSULT visit); only right after the guest's phrase
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == head.right_edge.i + 1]
    states: set[str] = set()
    phrase = None
    for prep in preps:
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            for place in (obj, *(c for c in obj.conjuncts)):
                country = lookup_country(doc_text(doc)[place.left_edge.idx:place.idx + len(place.text)]) \
                    if place.ent_type_ == "GPE" else None
                if country is None:
                    return None  # "a minister from the region", "from Armenia and its neighbours": no one state
                states.add(country.alpha3)
                phrase = doc[prep.i:place.right_edge.i + 1].text
    if len(states) != 1:
        return None
    state = next(iter(states))
    sector = people_noun_sector(head.lower_)
    if sector is None and state_agent_word(head):
        # "officials from Mexico", "representatives from Costa Rica": those who hold a body's
        # office or act for it (actor_heads.state_agent_word: officials, delegates and the envoy
        # nouns) from a state are that state's agents, as "officials of Mexico" and "Mexican
        # officials" are (the state's GOV); any other noun ("experts", "leaders", "executives",
        # "volunteers" from a state) stays placed only (since linking 0.3.865; the short list
        # since 0.3.867)
        sector = "GOV"
    found = ActorCode(state, sector, f"'{text.strip()} {phrase}': the state its 'from' phrase names")
    return _placed_keeping_sector(code, found)


def _subject_like_dep(token) -> bool:
    """A subject, or the agent of a passive (its logical subject)."""
    return token.dep_ in ("nsubj", "nsubjpass") or (token.dep_ == "pobj" and token.head.dep_ == "agent")


def _plural_antecedent(doc, start: Optional[int], end: Optional[int], depth: int = 0) -> Optional[tuple[int, int, str]]:
    """(start, end, text) of what a subject "they" stands for: the nearest earlier subject of its
    own sentence (for an object "them" also an earlier object that fits), else the main subject of
    the sentence before, that can be "they" (a plural
    noun, a collective noun, a state or an organisation; never "we" or "I", never a thing the
    NER does not tag and no actor noun names). Conservative by design: subjects only (and an
    object "them" a fitting object), as he/she are read by recency in coref. A nearest subject
    "they" is followed to its own antecedent (at most ``_MAX_THEY_CHAIN`` links, ``depth`` counts
    them); a main-clause "they" with nothing before it in its sentence that could be "they"
    looks further back (``_discourse_they_antecedent``)."""
    from newsgraph.nlp.events import _actor_span, _is_actor, load_lexicon

    from newsgraph.nlp.coref import clause_subjects

    span = expanded_span(doc, start, end) if start is not None else None
    if span is None:
        return None
    pronoun = span.root
    bound: set[int] = set()
    if pronoun.lower_ in _FREE_PLURAL_PRONOUNS:
        # an object "them" is free in its clause (Principle B): never its own clause's subject
        # ("they were using the systems we provided them": them = they, not we)
        subjects = clause_subjects(pronoun)
        # (with no subject found, a non-finite clause's "them" may still take an earlier object:
        # "support the Cuban people, providing them additional tools"; no subject, unbound)
        bound = {t.i for t in subjects} if subjects else {t.i for t in pronoun.sent if _subject_like_dep(t)}
    elif pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    lex = load_lexicon()

    def fits(token) -> bool:
        if token.lower_ in _NOT_ANTECEDENTS or token.pos_ == "PRON":
            return False
        if token.ent_type_ in ("GPE", "ORG", "NORP"):
            return True
        if token.tag_ == "NNS" and token.lemma_.lower() == "side":
            return True  # "the two sides", "both sides": CAMEO/PLOVER's parties to a dyad, always actors
        if _coordinated_persons(token):
            return True  # "Daniel Ortega and Rosario Murillo ... continue to detain ... They've chosen"
        if token.pos_ == "NOUN" and token.tag_ == "NN" and token.lemma_.lower() in _PEOPLE_COLLECTIVES:
            return True  # "The team arrived in Washington ... They were twice denied visas"
        if token.pos_ == "NOUN" and token.lemma_.lower() in _STAFF_NOUNS:
            return True  # "Our personnel will return ... They will continue": a body of people
        if token.pos_ == "NOUN" and token.tag_ == "NNS" and unsectored(token.lower_):
            return True  # "sanctioned over 300 persons and entities ..., cutting them off": parties of any kind
        return token.pos_ == "NOUN" and (token.tag_ == "NNS" or token.lemma_.lower() in _COLLECTIVE_NOUNS) \
            and _is_actor(token, lex, allow_pronoun=False)

    # the agent of a passive is its logical subject ("pushed back by Ukrainians and they ...")
    subject_like = _subject_like_dep

    def parallel_object(token) -> bool:
        # an object "them" takes an earlier object of its own sentence too, where it fits: the
        # patient of a coordinated or preceding act ("support the Ukrainian people and provide
        # them with assistance"); only an actor noun or a state, so an object that is a thing
        # never hides a fitting subject
        if pronoun.lower_ not in _FREE_PLURAL_PRONOUNS or not fits(token):
            return False
        if token.dep_ in ("dobj", "dative"):
            return True
        # the people an object counts or singles out ("arrested dozens of protesters and beat
        # them", "make examples of protesters ..., charging them"): the object of "of" under an
        # object of a verb before it
        prep = token.head
        return token.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ == "of" \
            and prep.head.dep_ in ("dobj", "dative") and prep.head.pos_ in ("NOUN", "PRON", "NUM")

    sent = pronoun.sent
    earlier = [t for t in sent if t.i < pronoun.i and (subject_like(t) or parallel_object(t)) and t.i not in bound]
    if not earlier and sent.start > 0 and pronoun.lower_ not in _FREE_PLURAL_PRONOUNS:
        # (an object "them" looks no further than its sentence: across sentences an object is as
        # likely its antecedent as a subject is, "grateful for ... our staff. We thank them")
        before = doc[sent.start - 1].sent
        earlier = [t for t in before.root.children if t.dep_ in ("nsubj", "nsubjpass")]
    nearest = earlier[-1] if earlier else None
    if nearest is not None and nearest.lower_ == "they" and nearest.i != pronoun.i \
            and (depth < _MAX_THEY_CHAIN or pronoun.lower_ in _FREE_PLURAL_PRONOUNS):
        # them = they; and a "they" whose nearest earlier subject is "they" is that "they" ("They
        # also underscored that they will continue to urge China"); where that one has none, a
        # "they" still looks at the actors around it (as before)
        chained = _plural_antecedent(doc, nearest.idx, nearest.idx + len(nearest.text), depth + 1)
        if chained is not None or pronoun.lower_ == "them":
            return chained
    if nearest is None or not fits(nearest):
        # the subject "they" of a clause inside another (relative, adverbial, complement: "help
        # NATO Allies with backfilling capabilities they have donated", "Hundreds of protesters
        # languish in jails because they criticized the regime") where no fitting subject comes
        # before: the nearest earlier actor noun of the clauses above it, object or "of" phrase
        # included; never a word of its own clause (what a relative clause modifies is its
        # object, not its subject)
        nearest = _embedded_they_antecedent(pronoun, fits)
        # (only where nothing before it in its own sentence could be "they": "Stakeholders shared
        # what they've done" is about the stakeholders, actor or not)
        if nearest is None and pronoun.lower_ == "they" and depth < _MAX_THEY_CHAIN and _main_clause(pronoun) \
                and not any(_could_be_they(t) for t in sent if t.i < pronoun.i and _subject_like_dep(t)):
            chained = _discourse_they_antecedent(pronoun, fits, depth)
            if chained is None or isinstance(chained, tuple):
                return chained
            nearest = chained
        if nearest is None:
            return None
    a, b = _actor_span(nearest)
    return a, b, doc_text(doc)[a:b]


# how many "they" a chain of subject "they" may pass through back to a named antecedent, and how
# many sentences back a main-clause "they" may look past sentences with no actor to offer
_MAX_THEY_CHAIN = 4
_THEY_SENTENCES_BACK = 3
# main subjects that cannot be "they" (person or number): the reader passes over them to the next
# candidate of the sentence, as centering ranks a sentence's entities subject first (Grosz, Joshi &
# Weinstein 1995; Brennan, Friedman & Pollard 1987)
_NOT_THEY_SUBJECTS = LINKING_WORDS.not_they_subjects


def _coordinated_persons(token) -> bool:
    """Whether a person's name heads a coordination of named persons ("Daniel Ortega and Rosario
    Murillo", "Special Envoy Kerry and President Putin"): a plural, as "they" is."""
    return token.ent_type_ == "PERSON" and any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in token.children)


def _main_clause(pronoun) -> bool:
    """Whether a subject pronoun's verb is its sentence's root or a conjunct of it ("they" of a
    subordinate clause, "as long as they're fair", "because they weren't able", is read inside its
    sentence only)."""
    verb = pronoun.head
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def _could_be_they(token) -> bool:
    """Whether a noun or pronoun agrees in number with "they": a plural, "they", a state or an
    organisation (a collective), a collective noun."""
    return token.lower_ in ("they", "them") or token.tag_ in ("NNS", "NNPS") or _coordinated_persons(token) \
        or token.ent_type_ in ("GPE", "ORG", "NORP") \
        or token.lemma_.lower() in _COLLECTIVE_NOUNS | _STAFF_NOUNS | _PEOPLE_COLLECTIVES


def _discourse_they_antecedent(pronoun, fits, depth: int):
    """What a main-clause subject "they" stands for when neither its own sentence nor the main
    subject of the sentence before gives it: going back up to ``_THEY_SENTENCES_BACK`` sentences
    of its paragraph, the first sentence whose main subject is "they" (resolved in turn: "They
    have announced ... And today, they are releasing"), else whose main subject cannot be "they"
    ("We are ensuring that the Venezuelan regime meets its commitments. They have announced")
    but that has exactly one subject that fits "they" (an embedded clause's). A sentence whose
    main subject could be "they" but is no actor ("These projects ... They will support") or that
    has several fitting subjects ends the search with None; one with nothing that could be "they"
    ("This a positive step forward.") is passed over. Returns a token, an antecedent's (start,
    end, text) through a chained "they", or None."""
    doc = pronoun.doc
    text = doc_text(doc)
    sent = pronoun.sent
    for _ in range(_THEY_SENTENCES_BACK):
        if sent.start == 0:
            return None
        before = doc[sent.start - 1].sent
        if "\n\n" in text[before.start_char:sent.start_char]:
            return None  # a paragraph ends: its "they" is not carried over
        sent = before
        main = [t for t in sent.root.children if t.dep_ in ("nsubj", "nsubjpass")]
        if main and main[-1].lower_ == "they":
            return _plural_antecedent(doc, main[-1].idx, main[-1].idx + len(main[-1].text), depth + 1)
        if main and _could_be_they(main[-1]) and main[-1].lower_ not in _NOT_THEY_SUBJECTS:
            return main[-1] if fits(main[-1]) else None
        fitting = {t.i: t for t in sent if _subject_like_dep(t) and fits(t)}
        if len(fitting) == 1:
            return next(iter(fitting.values()))
        if fitting or any(_could_be_they(t) and t.pos_ in ("NOUN", "PROPN") for t in sent):
            return None  # several candidates, or a plural that is no subject: too risky
    return None


_SUBJECT_PRONOUNS = {"he": "him", "she": "her"}


def _unbind_conjunct_source(doc, event) -> None:
    """Move a source "he"/"she" whose event's object "him"/"her" coref gave the same person to the
    subject of the clause above: a non-reflexive object pronoun is free in its clause (binding
    Principle B), so where the trigger verb is the parser's conjunct of an adverbial clause's verb
    ("The Department congratulates Special Envoy Foote as he takes on his new role and thanks him":
    "thanks" hung on "takes"), the verb conjoins with the main clause and shares its subject.
    Changes ``event`` in place (source text, span, key) or leaves it as it is."""
    source = (event.source_text or "").strip().lower()
    if _SUBJECT_PRONOUNS.get(source) != (event.target_text or "").strip().lower() \
            or not event.source_key or event.source_key != event.target_key or event.trigger_start is None:
        return
    trigger = expanded_span(doc, event.trigger_start, event.trigger_start + 1)
    pronoun = expanded_span(doc, event.source_start, event.source_end) \
        if event.source_start is not None else None
    if trigger is None or pronoun is None:
        return
    verb, clause = trigger.root, pronoun.root.head
    if pronoun.root.dep_ != "nsubj" or verb.dep_ != "conj" or verb.head.i != clause.i or clause.dep_ != "advcl" \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    main = clause.head
    subject = next((c for c in main.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    if subject is None or subject.pos_ == "PRON":
        return
    from newsgraph.nlp.events import _actor_span

    a, b = _actor_span(subject)
    event.source_text, event.source_start, event.source_end = doc_text(doc)[a:b], a, b
    event.source_key = _key_for_span(doc, a, b)
    event.explanation = (event.explanation or "") + \
        f"; source = the subject of '{main.text}' ('{source}' is bound by its object: '{event.target_text}')"


_EMBEDDED_CLAUSE_DEPS = {"relcl", "advcl", "ccomp", "acl"}


def _embedded_they_antecedent(pronoun, fits):
    """The nearest actor noun before a subject "they" of an embedded clause (its verb's dep is
    relcl, advcl, ccomp or acl) in its own sentence, outside that clause: an object, a
    prepositional object or a subject that ``fits`` "they". None for "them", a main-clause "they"
    or where nothing fits."""
    verb = pronoun.head
    if pronoun.lower_ != "they" or pronoun.dep_ not in ("nsubj", "nsubjpass") \
            or verb.dep_ not in _EMBEDDED_CLAUSE_DEPS:
        return None
    own = {t.i for t in verb.subtree}
    for token in reversed(list(pronoun.sent)):
        if token.i >= pronoun.i or token.i in own:
            continue
        if token.dep_ in ("dobj", "dative", "pobj", "nsubj", "nsubjpass", "appos") and fits(token):
            return token
    return None
