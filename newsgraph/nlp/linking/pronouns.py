"""Pronouns read after linking: an object "it" (the subject or possessor before it),
an object "them" (its antecedent's state, the people named before), and the splitting of an event
whose "they"/"them", participant noun, plural description or counted target stands for several
actors into one event per actor. Builds on ``lexicon``, ``names``, ``coder``, ``antecedents``,
``bodies`` and ``states``."""

from __future__ import annotations

import copy
from typing import Optional, Sequence

from newsgraph.nlp.timex import counted_value
from newsgraph.nlp.actor_heads import designated_kind
from newsgraph.nlp.descriptions import described_antecedent
from newsgraph.nlp.doc_cache import doc_text, expanded_span

from newsgraph.nlp.linking.lexicon import _FREE_PLURAL_PRONOUNS, _POPULATION_NOUNS, _STAFF_NOUNS
from newsgraph.nlp.linking.names import _key_for_span
from newsgraph.nlp.linking.coder import ActorCoder
from newsgraph.nlp.linking.antecedents import _coordinated_persons, _plural_antecedent
from newsgraph.nlp.linking.bodies import _people_noun
from newsgraph.nlp.linking.states import _resolve_actor, _same_actor


def _it_antecedent(doc, coder: "ActorCoder", event) -> None:
    """Make an object "it" target that coreference left unresolved the state or organisation it
    stands for. The extractor takes "it" as a target only where the verb makes it the doer of an
    act (``events._kept_from_acting``), so it is a party; singular "it" agrees with a body or a
    state, never a person, and a personal pronoun object is free in its clause (binding
    Principle B: never the clause's own subject, the source), as
    ``actor_heads.owner_pronoun_antecedent`` reads "its".

    The antecedent is grammatical, not the nearest name: the nearest body or state before "it" in
    its sentence that is the subject of an earlier clause or a possessor ("Taiwan wants to join
    the WHO, but China is blocking it" -> Taiwan, not the WHO object; "cut off Taiwan's relations
    ... and blocking it" -> Taiwan): subjects are the salient antecedents of a later pronoun
    (centering; Grosz, Joshi & Weinstein 1995), an object or a prepositional object is not taken.
    Where the sentence has none, the subject of the sentence before ("Kosovo applied to join
    UNESCO. Serbia blocked it from joining." -> Kosovo). Left as it is (and dropped by the
    linked-actor check) when none is found, or when a nearer singular common noun that is no
    party stands between the antecedent and "it" ("drafted a sanctions package, but Hungary
    blocked it from taking effect": "it" may be the package). A possessive "its" the event layer
    took as a target because it cannot agree with its clause's subject
    (``events.targets._free_possessor``: "she criticized its decision") is read the same way
    (since 0.3.790)."""
    if (event.target_text or "").strip().lower() not in ("it", "its") or event.target_start is None:
        return
    pronoun = expanded_span(doc, event.target_start, event.target_end)
    if pronoun is None or not len(pronoun):
        return
    sentence, said = pronoun[0].sent, pronoun[0].lower_
    own = {event.source_key} if event.source_key else set()
    mentions = [m for m in doc._.ng_mentions or [] if m.entity_key and m.entity_key not in own
                and m.type in ("organization", "country") and m.kind != "demonym"
                and not (event.source_start is not None and m.start < (event.source_end or 0)
                         and event.source_start < m.end)]
    found = _it_subject(doc, [m for m in mentions if sentence.start_char <= m.start
                              and m.end <= event.target_start], _IT_ROLES)
    if found is None and sentence.start > 0:
        previous = doc[sentence.start - 1].sent
        found = _it_subject(doc, [m for m in mentions if previous.start_char <= m.start
                                  and m.end <= previous.end_char], _SUBJECT_DEPS)
    spans = [(m.start, m.end) for m in doc._.ng_mentions or []]
    if event.source_start is not None:
        spans.append((event.source_start, event.source_end or event.source_start))
    if found is None or _it_nearer_thing(doc, spans, found.end, event.target_start):
        return
    event.target_start, event.target_end, event.target_text = found.start, found.end, doc.text[found.start:found.end]
    event.target_key, code = _resolve_actor(doc, coder, found.entity_key, event.target_text, found.start, found.end)
    if code is not None:
        event.target_acts_for, event.target_sector = code.acts_for, code.sector
    event.explanation = (event.explanation or "") + \
        f"; target = '{event.target_text}', which the object '{said}' stands for (subject or possessor before it)"


# dependency labels of a clause subject: the antecedent "it" may take in the sentence before
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# ... and in its own sentence, where a possessor ("Taiwan's relations") also counts
_IT_ROLES = _SUBJECT_DEPS | {"poss"}


def _it_subject(doc, mentions: list, roles: frozenset):
    """The mention (of ``mentions``, char spans in ``doc``) latest in the text whose span root
    fills one of the dependency ``roles`` (a compound name counts by its head), or None."""
    chosen = None
    for m in mentions:
        span = expanded_span(doc, m.start, m.end)
        if span is None or not len(span):
            continue
        root = span.root
        while root.dep_ == "compound" and root.head.i != root.i:
            root = root.head
        if root.dep_ in roles and (chosen is None or m.end > chosen.end):
            chosen = m
    return chosen


def _it_nearer_thing(doc, spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a singular common noun that is a clause's core argument (subject or object,
    ``_CORE_DEPS``: a salient antecedent; a prepositional object as in "applied for membership" is
    not) lies between char offsets ``start``
    and ``end`` outside every (start, end) char span of ``spans`` (the named actors and the
    source) and names no people: a nearer thing
    ("a sanctions package") singular "it" agrees with as well as the party."""
    for token in expanded_span(doc, start, end) or ():
        if token.idx < start or token.idx + len(token) > end:
            continue
        if token.pos_ != "NOUN" or token.tag_ != "NN" or token.dep_ not in _CORE_DEPS or token.ent_type_:
            continue
        if any(a <= token.idx < b for a, b in spans) or _people_noun(token):
            continue
        return True
    return False


def _them_as_its_antecedent(doc, coder: "ActorCoder", event) -> None:
    """Make an object "them" target that resolved to no entity or state its antecedent's own
    words, where ``_plural_antecedent`` finds one in its sentence and that is a plural common noun
    of people ("hold smugglers accountable and cut them off", "sanctioned over 300 persons and
    entities ..., thereby cutting them off", "make examples of protesters ..., charging them"):
    the pronoun stands for them, so they are the act's recipient (PLOVER's target is who the act
    is aimed at), named as the sentence names them, with the state or sector that noun gives.
    A possessive "their" the event layer took as a target because it cannot agree with its
    clause's subject ("The United States salutes their bravery": ``events.targets._free_possessor``)
    is read as "them" is (since 0.3.790)."""
    if (event.target_text or "").strip().lower() not in _FREE_PLURAL_PRONOUNS or event.target_start is None:
        return
    antecedent = _plural_antecedent(doc, event.target_start, event.target_end)
    span = expanded_span(doc, antecedent[0], antecedent[1]) if antecedent is not None else None
    if span is None or span.root.pos_ != "NOUN" or span.root.tag_ != "NNS" or span.root.ent_type_:
        # no plural noun of people in its own sentence: the nearest plural before it, where
        # that is a group of people and no other plural of people competes
        antecedent = _people_them_antecedent(doc, coder, event.target_start, event.target_end)
        if antecedent is None:
            return
    if event.source_start is not None and antecedent[0] < (event.source_end or 0) and event.source_start < antecedent[1]:
        return  # never the act's own doer
    pronoun = event.target_text
    event.target_start, event.target_end, event.target_text = antecedent
    event.target_key, code = _resolve_actor(doc, coder, _key_for_span(doc, *antecedent[:2]), antecedent[2], *antecedent[:2])
    if code is not None:
        event.target_acts_for, event.target_sector = code.acts_for, code.sector
    event.explanation = (event.explanation or "") + f"; target = '{antecedent[2]}', which the object '{pronoun}' stands for"


def _they_as_its_antecedent(doc, coder: "ActorCoder", event) -> None:
    """Make a subject "they" source that resolved to no entity and no state its antecedent's own
    words, where ``_plural_antecedent`` finds one (the nearest earlier subject of its sentence,
    the nearest actor noun outside its embedded clause, or the subject of the sentences before
    in its paragraph: "if our partners ..., if they continue to provide us with weapons",
    "capabilities they have donated" after "NATO Allies") and that is a plural common noun (or
    a coordination of them): the pronoun stands for that group, so it is the act's doer (PLOVER's
    source), named as the text names it, with the sector (and state) that noun gives, as an object
    "them" is read (``_them_as_its_antecedent``). A bare "they" says nothing of who acts; its
    antecedent does. Left as it is where no antecedent is found, where the antecedent is a name
    (its key would have resolved "they"), or where it overlaps the event's target."""
    if (event.source_text or "").strip().lower() != "they" or event.source_start is None \
            or event.source_key or event.source_acts_for:
        return
    antecedent = _plural_antecedent(doc, event.source_start, event.source_end)
    span = expanded_span(doc, antecedent[0], antecedent[1]) if antecedent is not None else None
    if span is None or span.root.pos_ != "NOUN" or span.root.tag_ != "NNS" or span.root.ent_type_:
        return
    if event.target_start is not None and antecedent[0] < (event.target_end or 0) and event.target_start < antecedent[1]:
        return  # never the act's own recipient
    pronoun = event.source_text
    key, code = _resolve_actor(doc, coder, _key_for_span(doc, *antecedent[:2]), antecedent[2], *antecedent[:2])
    event.source_start, event.source_end, event.source_text = antecedent
    event.source_key = key
    if code is not None:
        event.source_acts_for = code.acts_for
        event.source_sector = code.sector or event.source_sector
    event.explanation = (event.explanation or "") + f"; source = '{antecedent[2]}', which the subject '{pronoun}' stands for"


# entity types of a plural that is no referent a pronoun takes: a date, a time, an amount ("in
# recent days", "two years"): passed over when looking back for what "them" stands for
_NOT_REFERENT_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
# how many sentences before its own an object "them" looks back for a group of people
_THEM_PEOPLE_SENTENCES_BACK = 2
# a clause's core arguments (subject, object): salient antecedents whatever they name
_CORE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})


def _only_people_word(token) -> bool:
    """Whether ``token`` is a common noun that names people and nothing else: a plural noun of
    people (``_people_noun``: "contractors", "citizens", "students"), a plural population noun
    ("people", "nationals"), or a staff noun ("staff", "personnel": mass nouns of people, plural in
    sense)."""
    if token.pos_ != "NOUN":
        return False
    lemma = token.lemma_.lower()
    if lemma in _STAFF_NOUNS:
        return True
    return token.tag_ == "NNS" and (_people_noun(token) or lemma in _POPULATION_NOUNS or token.lower_ in _POPULATION_NOUNS)


def _plural_form(token) -> bool:
    """Whether ``token`` could be what a plural pronoun stands for by its number: a plural noun
    (no date or amount), a staff noun, a plural pronoun ("they", "them", "their"), or the first of
    a coordination of nouns or names ("Russia and China", "staff and contractors")."""
    if token.ent_type_ in _NOT_REFERENT_ENTS:
        return False
    if token.pos_ == "PRON":
        return token.lower_ in ("they", "them", "their", "theirs", "themselves")
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    return token.tag_ in ("NNS", "NNPS") or token.lemma_.lower() in _STAFF_NOUNS \
        or any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in token.children)


def _people_them_antecedent(doc, coder: "ActorCoder", start: Optional[int],
                            end: Optional[int]) -> Optional[tuple[int, int, str]]:
    """(start, end, text) of the group of people an object "them" stands for, where neither its
    clause's subject nor anything coreferent with it is that group (binding, Principle B): the
    nearest plural before the pronoun, in its own sentence or up to ``_THEM_PEOPLE_SENTENCES_BACK``
    sentences back in its paragraph, when that plural (with its conjuncts) names people only
    (``_only_people_word``: "our locally employed staff and contractors at U.S. Mission Russia. We thank
    them"). English pronouns agree in number, and "them" with an act aimed at an actor stands
    for the nearest plural that agrees; so precision first: None where the nearest plural is a
    thing ("the sanctions ... lift them"), a plural pronoun (left to ``_plural_antecedent``), or a
    name, or where another plural of people, another actor noun, or another plural subject or
    object in the same sentence competes with it."""
    from newsgraph.nlp.coref import clause_subjects
    from newsgraph.nlp.events import _actor_span, _is_actor, load_lexicon

    span = expanded_span(doc, start, end) if start is not None else None
    if span is None or span.root.lower_ not in _FREE_PLURAL_PRONOUNS:
        return None
    pronoun, text, lex = span.root, doc_text(doc), load_lexicon()
    bound = [(a, b, text[a:b]) for a, b in (_actor_span(s) for s in clause_subjects(pronoun))
             if not (a <= pronoun.idx < b)]

    def group_of(token) -> list:
        root = token
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        return [root] + [c for c in root.conjuncts if c.i != root.i]

    def is_bound(root) -> bool:
        a, b = _actor_span(root)
        return any(a <= s[0] < b or s[0] <= a < s[1] or _same_actor(doc, coder, (a, b, text[a:b]), s) for s in bound)

    sent, limit = pronoun.sent, pronoun.i
    for _ in range(_THEM_PEOPLE_SENTENCES_BACK + 1):
        seen: set[int] = set()
        for token in reversed(doc[sent.start:limit]):
            if token.i in seen or not _plural_form(token):
                continue
            group = group_of(token)
            seen.update(t.i for t in group)
            if token.pos_ == "PRON" and token.sent.start != pronoun.sent.start and token.dep_ == "poss" \
                    and pronoun.lower_ == "their":
                # "The Ukrainian people ... defend their nation. The United States salutes their
                # bravery": a possessive "their" of an earlier sentence is a link of the same
                # chain, whose head is the plural noun before it (rivals are still checked there)
                continue
            if token.pos_ == "PRON" or any(t.pos_ != "NOUN" for t in group):
                if token.pos_ != "PRON" and is_bound(group[0]):
                    continue  # the clause's own subject ("The United States ... We thank them")
                return None  # a plural pronoun or a name is nearer: not read here
            if not all(_only_people_word(t) for t in group):
                return None  # a thing is the nearest plural: "them" may be it
            rivals = [t for t in doc[sent.start:limit] if t.i not in seen and t.pos_ == "NOUN" and _plural_form(t)
                      and group[0].i not in {c.i for c in t.conjuncts}
                      and (_only_people_word(t) or t.dep_ in _CORE_DEPS or _is_actor(t, lex, allow_pronoun=False))]
            if rivals:
                # another group of people, another actor, or a plural subject or object (as
                # salient an antecedent as any, people or not): no antecedent is certain
                return None
            a, b = _actor_span(group[0])
            return a, b, text[a:b]
        if sent.start == 0:
            return None
        before = doc[sent.start - 1].sent
        if "\n\n" in text[before.start_char:sent.start_char]:
            return None  # a paragraph ends: "them" is not carried over
        sent, limit = before, before.end
    return None


def _pronoun_members(doc, start: Optional[int], end: Optional[int], events: Sequence = ()) -> list[tuple[int, int, str]]:
    """(start, end, text) of each actor a "they"/"them" at ``start``:``end`` stands for where its
    antecedent (``_plural_antecedent``) is a coordination of named actors ("Under Secretary Nuland
    and Deputy Secretary General Mora welcomed ... They condemned ...": Nuland, Mora): a plural
    pronoun refers to the whole coordination, each member as the event layer splits conjoined
    actors (``events._with_conjuncts``); or where it is a participant noun ("the two sides") that
    stands for such co-subjects (``_participant_pair``, ``events`` the Doc's events). [] for any
    other antecedent (one plural noun, one state)."""
    from newsgraph.nlp.events import _actor_span, _with_conjuncts

    antecedent = _plural_antecedent(doc, start, end)
    if antecedent is None:
        return []
    span = expanded_span(doc, antecedent[0], antecedent[1])
    if span is None:
        return []
    pair = _participant_pair(doc, antecedent, events)
    if pair:
        return pair
    head = span.root
    if not (_coordinated_persons(head) or (head.ent_type_ in ("GPE", "ORG", "NORP") and any(
            c.dep_ == "conj" and c.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") for c in head.children))):
        return []
    members = _with_conjuncts(head)
    if len(members) < 2:
        return []
    text = doc_text(doc)
    return [(a, b, text[a:b]) for a, b in (_actor_span(m) for m in members)]


def _participant_pair(doc, antecedent: tuple[int, int, str], events: Sequence) -> list[tuple[int, int, str]]:
    """(start, end, text) of the two named co-subjects a participant noun no entity names ("the
    two sides", "the two leaders": ``events._participant_noun``) stands for, at ``antecedent``:
    those of the latest sentence before it whose main-clause subject is two named actors joined
    by "and" (``events._co_subject_sides``: "Under Secretary Nuland and Deputy Secretary General
    Mora welcomed ... and discussed ... The two sides emphasized ... They also underscored that
    they will continue to urge China": Nuland, Mora), as ``events.resolve_participants`` reads
    such a noun as a source. [] where no such sentence comes before it, or where a meeting
    between other named sides is reported after that sentence (the noun may be that meeting's
    participants, whose joint act the event layer tells once, not once per side)."""
    from newsgraph.nlp.events import _co_subject_sides, _named_at, _participant_noun, load_lexicon

    start, end, text = antecedent
    if not events or _named_at(doc, start, end) or not _participant_noun(" ".join(text.lower().split()), load_lexicon()):
        return []
    pairs = [p for p in _co_subject_sides(doc, list(events[:1])) if p.sentence_end <= start]
    if not pairs:
        return []
    pair = pairs[-1]
    sides = {(pair.source_start, pair.source_end), (pair.target_start, pair.target_end)}
    if any(e.type == "CONSULT" and pair.sentence_start <= e.sentence_start and e.sentence_end <= start
           and _named_at(doc, e.source_start, e.source_end) and _named_at(doc, e.target_start, e.target_end)
           and {(e.source_start, e.source_end), (e.target_start, e.target_end)} != sides for e in events):
        return []
    return [(pair.source_start, pair.source_end, pair.source_text), (pair.target_start, pair.target_end, pair.target_text)]


def _participant_members(doc, event, events: Sequence) -> list[tuple[int, int, str]]:
    """(start, end, text) of the two named co-subjects (``_participant_pair``) an event's source
    stands for where its actor span is a participant noun only with the determiner the span
    leaves out (``events._actor_span`` keeps a numeral, no determiner): "President Biden and
    President López Obrador announced ... both countries pledged to create working groups" (the
    source "countries": "both" gives a state noun the count it needs, ``events._participant_noun``).
    A source that is a participant noun by itself was read by ``events.resolve_participants``
    (and left as it is there for a reason): []; [] too for anything else."""
    from newsgraph.nlp.events import _participant_noun, load_lexicon

    start, end = event.source_start, event.source_end
    span = expanded_span(doc, start, end) if start is not None and end is not None else None
    if span is None or not len(span) or _participant_noun(span.text, load_lexicon()):
        return []
    left = [t.lower_ for t in span.root.lefts if t.i < span.start and t.dep_ in ("det", "predet")]
    if not left:
        return []
    return _participant_pair(doc, (start, end, " ".join([*left, span.text])), events)


def _description_members(doc, event, side: str, other: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each named actor a plural definite description in an event's
    ``side`` slot stands for ("these countries", "these partners" after a list of named states
    and bodies: ``descriptions.described_antecedent``), at its latest mention before the
    description; [] for anything else, or where the event's other actor is one of them."""
    start, end = getattr(event, f"{side}_start"), getattr(event, f"{side}_end")
    if start is None or end is None:
        return []
    other_key = _key_for_span(doc, getattr(event, f"{other}_start"), getattr(event, f"{other}_end"))
    found = described_antecedent(doc, start, end, exclude=(other_key,),
                                 other_span=(getattr(event, f"{other}_start"), getattr(event, f"{other}_end")))
    if found is None or len(found.members) < 2 or len(found.spans) != len(found.members):
        return []
    text = doc_text(doc)
    return [(a, b, text[a:b]) for a, b in found.spans]


# what opens a phrase counting two parties ("both countries", "the two governments", "our two nations")
_PAIR_OPENERS = (("both",), ("both", "the"), ("the", "two"), ("our", "two"), ("these", "two"), ("those", "two"))


def _pair_members(doc, event, side: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of the two states a "both countries" / "the two countries" / "both
    nations" / "the two governments" in an event's ``side`` slot refers back to (English anaphora:
    "both" and "the two" take up a pair just named): the states named before it in its own
    sentence, else (none named there) in the sentence before, only where exactly two distinct
    states are named (each at its latest mention); [] for anything else (three states, one, none,
    a head that is no state noun: plover_frames.yaml ``participant_state_nouns``, or a pair the
    event's other actor belongs to: the phrase then names the actors themselves, a joint act)."""
    from newsgraph.nlp.events import load_lexicon

    start, end = getattr(event, f"{side}_start"), getattr(event, f"{side}_end")
    span = expanded_span(doc, start, end) if start is not None and end is not None else None
    if span is None or not len(span):
        return []
    head = span[-1]
    if head.tag_ not in ("NNS", "NNPS") or head.lemma_.lower() not in load_lexicon().participant_state_nouns:
        return []
    own = tuple(t.lower_ for t in span[:-1])  # (the actor span keeps a numeral, leaves the determiner out)
    k, words = span.start, own
    while words not in _PAIR_OPENERS and k > 0 and span.start - k < 2 and \
            doc[k - 1].lower_ in ("both", "the", "our", "these", "those"):
        k -= 1
        words = tuple(t.lower_ for t in doc[k:span.start]) + own
    if words not in _PAIR_OPENERS:
        return []
    sentence = span.sent
    sentences = [sentence] + ([doc[sentence.start - 1].sent] if sentence.start > 0 else [])
    mentions = [m for m in doc._.ng_mentions or [] if m.type == "country" and (m.entity_key or "").startswith("country:")]
    for k, sent in enumerate(sentences):
        limit = span.start_char if k == 0 else sent.end_char
        named = [m for m in mentions if sent.start_char <= m.start and m.end <= limit]
        if not named:
            continue
        latest = {}
        for m in sorted(named, key=lambda m: m.start):
            latest[m.entity_key] = m
        if len(latest) != 2:
            return []
        other = "target" if side == "source" else "source"
        other_start, other_end = getattr(event, f"{other}_start"), getattr(event, f"{other}_end")
        other_key = getattr(event, f"{other}_key") or _key_for_span(doc, other_start, other_end)
        if other_key in latest or other_start is not None and other_end is not None and any(
                m.start < other_end and other_start < m.end for m in named):
            return []  # "Chile and Peru agreed on a pact between the two countries": the actors themselves
        text = doc_text(doc)
        return [(m.start, m.end, text[m.start:m.end]) for m in sorted(latest.values(), key=lambda m: m.start)]
    return []


# heads of a subject that takes up the measure just told: "This action targets ...", "Today's
# designations target ..." (English anaphora: the demonstrative or dated action is the one named before)
_MEASURE_ANAPHORS = frozenset({"action", "actions", "designation", "designations"})


def _counted_parties(span) -> Optional[int]:
    """How many parties a counted set of designated parties names ("one Cuban individual and one
    Cuban entity": 2, "four individuals and one entity": 5): the sum of the counts on its heads
    of designated parties (actor_heads.yaml ``designated_*_heads``); None where a head of the set
    has no count or nothing is counted."""
    total, heads = 0, 0
    for token in span:
        if token.pos_ != "NOUN" or designated_kind(token.lower_) is None and designated_kind(token.lemma_) is None:
            continue
        heads += 1
        value = counted_value(token)
        if value is None:
            return None
        total += value
    return total if heads else None


def _targeted_members(doc, event) -> list[tuple[int, int, str]]:
    """(start, end, text) of each party a measure's counted target stands for where the very next
    sentence names them as what "this action" targets ("OFAC sanctioned one Cuban individual and
    one Cuban entity ... This action targets the Cuban Minister of Defense and the Brigada Especial
    Nacional ..."): a designation release names its parties after counting them, and the
    demonstrative subject takes up the measure just told. Only where the named objects are as
    many as the set counts (``_counted_parties``); [] otherwise."""
    from newsgraph.nlp.events import _actor_span, _with_conjuncts

    if event.type != "SANCTION" or event.target_start is None or event.target_end is None:
        return []
    span = expanded_span(doc, event.target_start, event.target_end)
    if span is None or span.sent.end >= len(doc):
        return []
    wanted = _counted_parties(span)
    if not wanted or wanted < 2:
        return []
    sentence = doc[span.sent.end].sent
    verb = sentence.root
    if verb.lemma_.lower() != "target" or verb.pos_ != "VERB":
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if len(subjects) != 1 or len(objects) != 1 or subjects[0].lower_ not in _MEASURE_ANAPHORS \
            or subjects[0].left_edge.i != sentence.start \
            or not any(c.dep_ in ("det", "poss") for c in subjects[0].children):
        return []
    members = _with_conjuncts(objects[0])
    if len(members) != wanted:
        return []
    text = doc_text(doc)
    return [(a, b, text[a:b]) for a, b in (_actor_span(m) for m in members)]


def _split_plural_pronouns(doc, events: list) -> list:
    """``events`` with each one whose source or target is a "they"/"them" standing for
    coordinated named actors (``_pronoun_members``) told once per member, same trigger and
    evidence: POLECAT codes an event with coordinated actors once per actor, as the event layer
    does for "Chile, Norway and Japan welcome ...". So too a plural description of listed actors
    (``_description_members``) and a source that "both" makes the named co-subjects' pair
    (``_participant_members``). The copies carry no merged tellings (those stay with the first)."""
    out = []
    for event in events:
        copies = [event]
        for side in ("source", "target"):
            text = getattr(event, f"{side}_text")
            other = "target" if side == "source" else "source"
            if not text or getattr(event, f"{side}_key"):
                continue
            pronoun = text.strip().lower() in ("they", "them")
            if pronoun:
                members = _pronoun_members(doc, getattr(event, f"{side}_start"), getattr(event, f"{side}_end"), events)
            else:
                members = _description_members(doc, event, side, other) or (
                    _participant_members(doc, event, events) if side == "source" else []) or \
                    _pair_members(doc, event, side)
            targeted = _targeted_members(doc, event) if side == "target" and not members else []
            members = members or targeted
            split = []
            for made in copies:
                for k, (a, b, name) in enumerate(members):
                    if (a, b) == (getattr(made, f"{other}_start"), getattr(made, f"{other}_end")):
                        continue  # never an actor toward itself
                    one = made if k == 0 else copy.copy(made)
                    if k:
                        one.merged_mentions = ()
                    setattr(one, f"{side}_start", a)
                    setattr(one, f"{side}_end", b)
                    setattr(one, f"{side}_text", name)
                    one.explanation = (one.explanation or "") + (
                        f"; {side} = one of the coordinated actors '{text}' stands for" if pronoun else
                        f"; {side} = one of the {len(members)} parties '{text}' counts, named next as what the action targets"
                        if targeted else
                        f"; {side} = one of the named actors listed before that '{text}' refers back to")
                    split.append(one)
            copies = split or copies
        out.extend(copies)
    return out
