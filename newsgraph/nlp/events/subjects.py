"""Who a clause's subject is: passive agents, displaced objects, conjuncts and lists, genitive
owners, relative antecedents and the subject of a verb (``_subject``). Builds on ``lexicon``
and ``actor_phrases``."""

from __future__ import annotations

import functools
from typing import Optional

from spacy.tokens import Doc, Token

from newsgraph.nlp.actor_heads import extraposed_from_subject, extraposed_to_predicate, person_word
from newsgraph.nlp.compound_members import and_name_tails, state_members
from newsgraph.nlp.coordination import first_conjunct
from newsgraph.nlp.doc_cache import doc_text
from newsgraph.nlp.entities import is_legal_form
from newsgraph.nlp.language_tags import bracket_host, is_language_tag, tag_part
from newsgraph.nlp.name_cues import POSSESSIVE_ENDINGS
from newsgraph.nlp.statements import lexicon_for as speech_cue_lexicon
from newsgraph.resolve.actors import agent_sector
from newsgraph.resolve.countries import lookup_country

from newsgraph.nlp.events.lexicon import (ACTOR_ENT_LABELS, DEMONSTRATIVES, EVENT_WORDS, Lexicon, NON_ACTOR_ENT_LABELS,
                                          OBJECT_DEPS, PASSIVE_SUBJECT_DEPS, POSSESSIVE_PRONOUNS,
                                          RELATIVE_OBJECT_PRONOUNS, RELATIVE_TAGS, SUBJECT_DEPS, TRANSFER_VERBS,
                                          detection_lexicon, load_lexicon)
from newsgraph.nlp.events.actor_phrases import (_actor_inside, _appositive_list_items, _body_renamed_beside, _children,
                                                _city_state_part, _ends_place_list, _entity_of, _is_actor, _kin_named,
                                                _listed_names, _name_end_conjuncts, _named_by_title, _next_word,
                                                _party_beside_people, _preps, _title_head, _title_words,
                                                joined_detection_words, noun_lemma, verb_lemma)


def _passive_agent(predicate: Token) -> Optional[Token]:
    """The object of a passive's "by": on the verb, else where the parser hung it on the verb's
    own prepositional object ("is designated for sanctions by the United Nations")."""
    preps = _preps(predicate)
    if "by" in preps:
        return preps["by"]
    hands = _hands_of(predicate)
    if hands is not None:
        return hands
    for prep, obj in preps.items():
        if prep != "by" and obj.pos_ in ("NOUN", "PROPN") and "by" in _preps(obj):
            return _preps(obj)["by"]
    if any(c.dep_ == "auxpass" for c in predicate.children):
        return _distant_agent(predicate)
    return None


# what a path from a passive verb down to a stray "by" may pass: prepositions, their objects,
# subjectless gerunds ("banned from conducting worship at sites by the Ministry")
_AGENT_PATH_DEPS = {"prep", "pobj", "pcomp", "dobj"}

# prepositions of time and circumstance open an adjunct with its own events ("arrested *after* a
# raid ... by X"), never a complement of the passive verb
_CIRCUMSTANCE_PREPS = {"after", "before", "during", "following", "since", "until", "despite", "amid", "upon"}


def _distant_agent(predicate: Token) -> Optional[Token]:
    """A named "by" agent the parser hung far below a finite passive, after a long complement:
    "the religion was banned from conducting public worship at archeological sites *by the Greek
    Ministry of Culture*". English grammar: an active gerund or a plain noun (not an act noun) takes no "by" agent,
    so a named actor after "by" at the end of the chain belongs to the passive verb. The path may
    not cross a verb or participle that could own the "by" (one with a subject, an auxiliary or a
    past participle: "protests organized by X"); the agent must be a named actor (a person, group or
    state entity) or a Phoenix agent noun ("police"), never a place."""
    found = None
    act_nouns = load_lexicon().nouns  # an act noun takes its own "by" agent ("a raid on his home by the KGB")
    for token in predicate.subtree:
        if token.dep_ != "prep" or token.lower_ != "by" or token.i < predicate.i:
            continue
        objects = [c for c in token.children if c.dep_ == "pobj"]
        if not objects or (objects[0].ent_type_ not in ("GPE", "ORG", "NORP", "PERSON")
                           and agent_sector(objects[0].text) is None):
            continue  # "by the river" is a place; "by Iranian police" a Phoenix agent
        step, blocked = token.head, False
        while step.i != predicate.i:
            if step.dep_ not in _AGENT_PATH_DEPS or step.tag_ == "VBN" or (
                    step.pos_ == "NOUN" and step.lemma_.lower() in act_nouns) or (
                    step.dep_ == "prep" and step.lower_ in _CIRCUMSTANCE_PREPS) or (step.pos_ in ("VERB", "AUX") and (
                    step.tag_ != "VBG" or any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
                                              or c.dep_ in ("aux", "auxpass") for c in step.children))):
                blocked = True
                break
            step = step.head
        if not blocked and step.i == predicate.i and token.head.i != predicate.i:
            found = objects[0]
            break
    return found


def _hands_of(predicate: Token) -> Optional[Token]:
    """X in "killed / tortured at the hands of X": the idiom names the doer of what the subject
    suffered (Merriam-Webster "at the hands of": by the action of), as a passive's "by" does. The
    parser may read a reduced participle after its noun as the main verb ("The hundreds of
    protestors already killed at the hands of Iranian state authorities deserve justice")."""
    hands = _preps(predicate).get("at")
    if hands is not None and hands.lower_ == "hands" and "of" in _preps(hands):
        return _preps(hands)["of"]
    return None


# the dependency labels of a comma-set-off adjunct between a verb and its object ("authorized,
# pursuant to a delegation by the President, a drawdown ...": "pursuant" acomp / advcl, or a prep)
_INTERPOSED_ADJUNCT_DEPS = ("acomp", "advcl", "prep", "npadvmod")

# a verb's dependents that start a clause of their own coordinated with it ("..., and the
# Department will deliver it"): not part of the clause whose end the displaced object must be
_COORDINATION_DEPS = ("conj", "cc")


def _displaced_object(verb: Token) -> Optional[Token]:
    """The object of a verb with none of its own that the parser hung inside a comma-set-off
    adjunct put between them ("I have authorized, pursuant to a delegation by the President, a
    drawdown of up to $350 million": the noun phrase after the adjunct's closing comma is read as
    an apposition of "the President", or as a loose ``dep`` of the verb). English allows a
    parenthetical adjunct between a transitive verb and its object when the long object moves to
    the end of its clause (heavy-NP shift), so: the adjunct opens with a comma right after the
    verb (only its adverbs between: ``_interposed``), the noun does not rename the source a
    reporting adjunct names (``_reporting_adjunct``, ``_renames_source``: "according to Ivan
    Petrov, the ministry spokesman" describes the source; "according to the ministry, a new aid
    package" is the object), and the noun phrase
    ends the verb's clause (``_ends_clause``: an apposition with more of the clause after it, "after
    talks with Ivan Petrov, the regional governor, in Kyiv", renames its noun). Returns the first
    noun after a comma (``appos`` inside the adjunct, or ``dep`` of the verb) when it meets these,
    else None. Only when the verb has no object or clausal complement."""
    if verb.pos_ != "VERB" or _children(verb, ("dobj", "obj", "ccomp", "xcomp", "nsubjpass")):
        return None
    doc = verb.doc
    adjunct = next((c for c in verb.children if _interposed(c, verb)), None)
    if adjunct is None:
        return None
    inside = {t.i for t in adjunct.subtree}
    for noun in doc[adjunct.i + 1:min(len(doc), adjunct.right_edge.i + 12)]:
        if noun.pos_ not in ("NOUN", "PROPN") or noun.left_edge.i < 1 or doc[noun.left_edge.i - 1].text != ",":
            continue
        if (noun.dep_ == "appos" and noun.head.i in inside) or (noun.dep_ == "dep" and noun.head.i == verb.i):
            if _reporting_adjunct(adjunct) and _renames_source(noun, adjunct):
                return None
            return noun if _ends_clause(noun, verb) else None
    return None


def _is_displaced_object(noun: Token) -> bool:
    """Whether ``noun`` is the object the parser hung inside a comma-set-off adjunct of the nearest
    verb above it (``_displaced_object``: "I am authorizing today, pursuant to a delegation from the
    President, a drawdown to provide ...", where "a drawdown" is read as an apposition of "the
    President"). Such a noun renames nothing in the adjunct: the authority an adjunct cites
    ("pursuant to a delegation from X") is no doer of what the object's clauses say. Since 0.7.910."""
    verb = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
    return verb is not None and _displaced_object(verb) == noun


def _renames_source(noun: Token, adjunct: Token) -> bool:
    """Whether ``noun``, after the comma closing a reporting adjunct ("according to Ivan Petrov,
    the ministry spokesman"), renames the adjunct's source rather than being the verb's displaced
    object: a person or a title noun (roles' title heads: "spokesman", "correspondent"), or any
    noun in apposition to a person named inside the adjunct."""
    from newsgraph.nlp.roles import title_lexicon

    if _is_person(noun) or noun.lower_ in title_lexicon().heads or noun.lemma_.lower() in title_lexicon().heads:
        return True
    return noun.dep_ == "appos" and _is_person(noun.head) and noun.head.i in {t.i for t in adjunct.subtree}


def _interposed(adjunct: Token, verb: Token) -> bool:
    """Whether ``adjunct`` is a comma-set-off adjunct of ``verb`` opening at its first comma, with
    only the verb's adverbs between them ("authorized, pursuant to ...", "authorizing today,
    pursuant to ..."); one after a complement or another phrase ("stands with Ukraine, just as
    ...") stands between no verb and its object."""
    doc = verb.doc
    opening = adjunct.left_edge.i - 1
    if adjunct.dep_ not in _INTERPOSED_ADJUNCT_DEPS or adjunct.i <= verb.i or opening <= verb.i \
            or doc[opening].text != ",":
        return False
    adverbs = {t.i for c in verb.children if c.dep_ in ("advmod", "npadvmod") and c.i < opening for t in c.subtree}
    return all(i in adverbs for i in range(verb.i + 1, opening))


def _ends_clause(noun: Token, verb: Token) -> bool:
    """Whether nothing but punctuation follows ``noun``'s phrase in ``verb``'s clause (a clause
    coordinated with the verb, "..., and X will ...", is another clause)."""
    coordinated = {t.i for c in verb.children if c.dep_ in _COORDINATION_DEPS and c.i > noun.i for t in c.subtree}
    return all(t.is_punct for t in verb.doc[noun.right_edge.i + 1:verb.right_edge.i + 1] if t.i not in coordinated)


def _reporting_adjunct(adjunct: Token) -> bool:
    """Whether a verb's adjunct names where its content comes from: "according to X" (a complex
    preposition of attribution), or a clause headed by a verb of communication ("as reported by X",
    "citing X", "as X told reporters"; the statements lexicon's cue verbs, speech_cues.yaml)."""
    if adjunct.lower_ == "according":
        return True
    return adjunct.pos_ == "VERB" and adjunct.lemma_.lower() in _communication_verbs()


@functools.lru_cache(maxsize=1)
def _communication_verbs() -> frozenset:
    """The verbs through which news text attributes content (the statements lexicon's cues)."""
    cues = speech_cue_lexicon()
    return cues["strong"] | cues["weak"]


def _included_names(noun: Token, lex: Optional[Lexicon] = None) -> list[Token]:
    """The named members an unnamed plural actor noun lists under "including" ("sanctions on
    additional entities and individuals, including Russia's largest defense conglomerate (State
    Corporation Rostec) and dozens of ... entities"): each name, or the name in apposition to a
    described member, in text order. PLOVER codes the actors the text identifies; the summary
    noun itself identifies none, so the named members take its role (members the text does not
    name, "dozens of ... entities", are left out). [] unless the noun is a plural common noun
    naming actors (``_is_actor``), named by no entity and by no name of its own ("all OSCE
    countries, including Russia": the OSCE's members, not Russia alone), with at least one name."""
    if noun.tag_ != "NNS" or noun.pos_ != "NOUN" or noun.ent_type_ in ACTOR_ENT_LABELS:
        return []
    # (the "including" may hang on the other noun of a pair of kinds no sector tells apart:
    # "three entities and eleven individuals, including A, B, and C" is one group, as
    # ``_with_conjuncts`` takes "individuals and entities", whose members the list names; in a
    # longer list of kinds, "leaders, drug traffickers, and money launderers, including X", the
    # list may belong to its last kind alone)
    joined = [k for k in noun.conjuncts if k.i > noun.i and len(noun.conjuncts) == 1 and k.pos_ == "NOUN"
              and agent_sector(noun.text) is None and agent_sector(k.text) is None]
    preps = [c for n in [noun, *joined] for c in n.children if c.dep_ == "prep" and c.lower_ == "including"
             and not extraposed_to_predicate(n, c)  # (a list after the verb may be the predicate's)
             and extraposed_from_subject(n, c) is None]
    # (and a list hung on the object may be the subject's, moved to the end of the clause:
    # "European states have expelled Russian diplomats, including France and Italy")
    preps += [c for o in noun.head.children if noun.dep_ == "nsubj" and o.dep_ in ("dobj", "obj")
              for c in o.children if c.dep_ == "prep" and c.lower_ == "including"
              and getattr(extraposed_from_subject(o, c), "i", None) == noun.i]
    limit = min((c.i for c in preps), default=len(noun.doc))
    if any((c.dep_ == "appos" or c.i < noun.i) and c.i < limit and (c.pos_ == "PROPN" or (
                c.ent_type_ in ACTOR_ENT_LABELS and c.ent_type_ != "NORP")) for c in noun.children) \
            or not _is_actor(noun, lex or load_lexicon(), allow_pronoun=False):
        return []
    members = [o for c in preps for p in c.children if p.dep_ == "pobj" for o in [p, *p.conjuncts]]
    # (the parser may break a long list, "Brigadier General (Retired) Walter Tapfumaneyi, and
    # businessman Kudakwashe Tagwirei, pursuant to ...": the names the text lists after the word)
    members += [n for c in preps for n in _included_list_names(c) if n not in members]
    names: list[Token] = []
    for member in members:
        if member.pos_ == "PROPN" and member.ent_type_ in ACTOR_ENT_LABELS:
            names.append(member)
        elif member.pos_ == "NOUN":
            # (a name in apposition to a described member is its name, whether or not the
            # recognizer typed it: "Russia's largest defense conglomerate (State Corporation Rostec)")
            names += [a for a in member.children if a.dep_ == "appos" and a.pos_ == "PROPN"
                      and (a.ent_type_ in ACTOR_ENT_LABELS or not a.ent_type_)]
    return sorted({n.i: n for n in names}.values(), key=lambda n: n.i)


# the entity kinds an "including" list names as members (people, bodies, states)
_LISTED_MEMBER_LABELS = frozenset({"PERSON", "ORG", "GPE"})

# what may separate or close the items of such a list ("A, B, and C", "A (Retired) B")
_LIST_SEPARATORS = frozenset({",", "and", "(", ")"})


def _included_list_names(prep: Token) -> list[Token]:
    """The names the comma list after an "including" word gives, read off the text whatever the
    parse made of them ("including President Emmerson Mnangagwa, Vice President Constantino
    Chiwenga, Brigadier General (Retired) Walter Tapfumaneyi, and businessman Kudakwashe
    Tagwirei, pursuant to ..."): the root of each person, organisation or state name that ends an
    item (a separator or the list's end follows it; "Russia's largest conglomerate" has no item
    "Russia"), in text order. Between names only titles, describing words, determiners and
    separators; the list ends at any other word (a verb, a preposition) or after the item that
    follows "and" (English coordination closes a list with its last conjunct)."""
    doc, names, closing = prep.doc, [], False
    i, end = prep.i + 1, prep.sent.end
    while i < end:
        tok = doc[i]
        name = _entity_of(tok) if tok.ent_type_ in _LISTED_MEMBER_LABELS else None
        if name is not None and name.start == i:
            after = _next_word(doc, name.end, end)
            if after is not None and (after.text == "(" or (after.text == ")" and name.start > 0
                                                             and doc[name.start - 1].text == "(")):
                # (past the brackets of the name or of its acronym: "High Intensity Drug
                # Trafficking Areas (HIDTA) grantees" names grantees, not the programme)
                shut = next((k for k in range(after.i, min(after.i + 4, end)) if doc[k].text == ")"), None)
                after = _next_word(doc, shut + 1, end) if shut is not None else after
            if after is None or after.lower_ in _LIST_SEPARATORS or after.is_punct:
                names.append(name.root)
                if closing:
                    break
            i = name.end
            continue
        if tok.lower_ == "and":
            closing = True
        elif tok.is_space:
            pass  # (a line break inside the list)
        elif tok.lower_ not in _LIST_SEPARATORS and (tok.pos_ not in ("PROPN", "NOUN", "ADJ", "DET")
                                                     or tok.ent_type_ in NON_ACTOR_ENT_LABELS):
            break
        i += 1
    return names


def _semicolon_items(items: list[Token]) -> list[Token]:
    """Further items of a semicolon-separated list that the parser hung as an apposition of the
    item before ("sanctioning A, who is ...; B, the President of ...; C, a general ...; and D":
    B the "appos" of A, C and D conjuncts of B), in text order. English punctuation: a semicolon
    separates the items of a list whose items hold commas of their own, and never introduces an
    apposition (a renaming follows a comma, a colon or a dash), so a name after it is a further
    item, in the first one's role. Only a proper noun of an actor entity type right after the
    semicolon, with the names of its list (``_semicolon_list_names``) and their further items."""
    out: list[Token] = []
    queue = list(items)
    while queue:
        item = queue.pop(0)
        for c in item.children:
            if c.dep_ != "appos" or c.i <= item.i or c.pos_ != "PROPN" or c.ent_type_ not in ACTOR_ENT_LABELS \
                    or c.left_edge.i < 1 or c.doc[c.left_edge.i - 1].text != ";" or c in out:
                continue
            added = [k for k in _semicolon_list_names(c) if k not in out]
            out += added
            queue += added
    return sorted(out, key=lambda t: t.i)


def _verb_hung_semicolon_items(token: Token) -> list[Token]:
    """Further items of a semicolon list that opens right after ``token``'s phrase, where the
    parser hung the next item on a verb above ``token`` (its "conj" or "dobj") and the rest as
    that item's conjuncts ("imposed sanctions against the entities A (A'); PFK B; LLC, and
    individual C; as well as entity D; and individual E": B a "conj" of "imposed", C, D, E
    conjuncts of B; "by designating ... banks, A and B; a state-owned bank, C, and 10 of its
    subsidiaries; and a weapons manufacturer, D": "bank" a "dobj" of the main verb, C and
    "manufacturer" its conjuncts). As in ``_semicolon_items``, a semicolon separates items of one
    list, so each name is a further item in ``token``'s role. Only when nothing but punctuation
    stands between ``token``'s phrase and the semicolon; the items are that list's names
    (``_semicolon_list_names``). Returns them in text order (shape: [B, C, D, E]); [] otherwise."""
    doc = token.doc
    end = token.right_edge.i
    for verb in (a for a in token.ancestors if a.pos_ in ("VERB", "AUX")):
        for first in verb.children:
            start = first.left_edge.i
            if first.dep_ not in ("conj", "dobj") or first.pos_ not in ("NOUN", "PROPN") or start <= end + 1 \
                    or doc[start - 1].text != ";" or any(not t.is_punct for t in doc[end + 1:start]):
                continue
            return _semicolon_list_names(first)
    return []


def _semicolon_list_names(first: Token) -> list[Token]:
    """The items a semicolon list names from its item ``first`` on, for both readers of such
    lists (``_semicolon_items``, ``_verb_hung_semicolon_items``): ``first`` and its later
    conjuncts inside the list (``_conjuncts_in_list``), each a proper noun. A kind noun stands for
    its name in apposition ("as well as entity D", "a weapons manufacturer, D"); a kind noun with
    no name ("10 of its subsidiaries") is no item, nor is a company's legal form alone ("B; LLC,
    and C": the tail of a name the semicolon cut off; entities.py ``is_legal_form``). In text
    order (shape: [B, C, D])."""
    named = [c if c.pos_ != "NOUN" else next((a for a in c.children if a.dep_ == "appos" and a.pos_ == "PROPN"), c)
             for c in [first] + _conjuncts_in_list(first)]
    return [c for c in named if c.pos_ == "PROPN" and not is_legal_form(c.text)]


def _heads_own_clause(token: Token) -> bool:
    """Whether ``token`` is a verb heading a clause of its own: it has a subject of its own and
    modifies no noun (a relative clause, "individual C, who directs D", belongs to its item)."""
    return token.pos_ in ("VERB", "AUX") and token.dep_ not in ("relcl", "acl") \
        and bool(_children(token, tuple(SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)))


def _conjuncts_in_list(first: Token) -> list[Token]:
    """The later conjuncts of a list's item ``first`` that stand inside its list: before the verb
    of the next clause with a subject of its own in the sentence (``_heads_own_clause``). A list of
    names ends where a clause begins; a name the parser hung on the list's conjunct chain after
    that verb is the later clause's ("...; and individual E; and Treasury designated F, and G":
    G is Treasury's designee, not an item). In text order (shape: [C, D, E])."""
    sent_end = first.sent.end
    end = next((t.i for t in first.doc[first.i + 1:sent_end] if _heads_own_clause(t)), sent_end)
    return sorted((c for c in first.conjuncts if first.i < c.i < end), key=lambda t: t.i)


def _genitive_name_head(doc: Doc, at: int) -> Optional[Token]:
    """The last word of the proper name that ends right before the genitive ending at ``at``
    ("France" of "France's"), or None when no proper noun stands there."""
    if at < 1 or doc[at].lower_ not in POSSESSIVE_ENDINGS or doc[at - 1].pos_ != "PROPN":
        return None
    return doc[at - 1]


def _coordinated_genitive_owners(token: Token, lex: Lexicon) -> list[Token]:
    """Every owner of a coordinated individual genitive that ``token`` is one of: "Germany's and
    France's efforts", "Russia's and Belarus' athletes" (each owner carries its own ending, so
    each owns its own share: Quirk et al. 17.119 individual genitive, as against the group
    genitive of ``_group_genitive_owners``). The parser often splits the pair (Germany the
    verb's object, its "'s" a stray mark, France the possessor), so the pair is read off the
    words: "<token>'s and|or <name>'s" or "<name>'s and|or <token>'s", each other owner a named
    actor (``_is_actor``). Returns ``token`` with the other owners, in text order (shape:
    [Germany, France]); [] when ``token`` carries no genitive ending or no owner stands beside.
    A name with "and" in it ("Antigua and Barbuda's") has one ending, so it reads as one owner."""
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].lower_ not in POSSESSIVE_ENDINGS or token.pos_ != "PROPN":
        return []
    owners = [token]
    at = token.i + 2  # forward: "<token>'s and France's", "<token>'s, France's and Italy's"
    while at + 1 < len(doc) and doc[at].lower_ in (",", "and", "or"):
        end = at + 1
        while end < len(doc) and doc[end].lower_ in ("and", "or", "the"):
            end += 1
        while end < len(doc) and doc[end].pos_ == "PROPN":
            end += 1
        head = _genitive_name_head(doc, end) if end < len(doc) else None
        if head is None or head.i <= at or not _is_actor(head, lex, allow_pronoun=False):
            break
        owners.append(head)
        at = end + 1
    start = token.i  # backward: "Germany's and <token>'s"
    while start > 0 and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].lower_ == "the"):
        start -= 1  # the first word of the token's own name ("the United Kingdom's")
    at = start - 1
    while at >= 2 and doc[at].lower_ in (",", "and", "or"):
        while at > 0 and doc[at - 1].lower_ in (",", "and", "or"):
            at -= 1  # ", and"
        head = _genitive_name_head(doc, at - 1)
        if head is None or not _is_actor(head, lex, allow_pronoun=False):
            break
        owners.insert(0, head)
        at = head.i - 1
        while at > 0 and (doc[at].pos_ == "PROPN" or doc[at].lower_ == "the"):
            at -= 1
    return owners if len(owners) > 1 else []


def _group_genitive_owners(token: Token) -> list[Token]:
    """The earlier co-owners of a group genitive the parser split: in "President Daniel Ortega
    and Vice President Rosario Murillo's decision to ban ..." the parser makes "decision" a
    conjunct of "Ortega" and "Murillo" its only possessor, where English reads the possessive
    ending as closing the whole coordination ("[Ortega and Murillo]'s decision", one decision of
    both; Quirk et al. 17.119 group genitive). Returns the named actors conjoined before the
    possessor ``token`` ("Ortega"), when ``token`` is the possessor of a noun that is itself the
    last conjunct of those names, the "and" standing right before the possessor's phrase, and the
    possessed noun is no actor itself ("the Russian Federation and Vladimir Putin's spokesperson":
    two descriptions of one man); [] otherwise."""
    owned = token.head
    if token.dep_ != "poss" or owned.dep_ != "conj" or owned.head.i >= token.i or owned.pos_ != "NOUN" \
            or owned.ent_type_:
        return []
    first = owned.head
    ands = [c for c in first.children if c.dep_ == "cc" and c.lower_ == "and" and c.i == token.left_edge.i - 1]
    lex = load_lexicon()
    if not ands or first.pos_ != "PROPN" or _is_actor(owned, lex) or not _is_actor(first, lex, allow_pronoun=False) \
            or any(c.dep_ == "det" for c in first.children):
        return []
    owners = [first] + [c for c in first.conjuncts if first.i < c.i < token.i and c.pos_ == "PROPN"
                        and _is_actor(c, lex, allow_pronoun=False)]
    # "Ukraine and Ukraine's sovereignty": a name repeated is one owner
    return [c for c in owners if c.lower_ != token.lower_]


# the explanation's target rule of people named by a list of their states (``_listed_origin_states``)
LISTED_ORIGINS = "states listed as the people's origin"


def _listed_origin_states(token: Token) -> list[Token]:
    """The states a people noun names as theirs in a list ("hosted diplomatic representatives from
    Argentina, Canada, Costa Rica, ...", "met with the foreign ministers of Japan and Korea"): in
    English a coordinated "of / from" object gives each item the same relation to the head, so
    the people are of each state listed, and the act reaches each (PLOVER codes one dyad per
    recipient state). Only a common noun (not a name), itself not coordinated, whose "of" or
    "from" object is a state (GPE) with only states coordinated to it, at least one; else []."""
    if token.pos_ != "NOUN" or token.ent_type_ or any(c.dep_ == "conj" for c in token.children):
        return []
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "from"):
            continue
        for first in prep.children:
            if first.dep_ != "pobj":
                continue
            listed = [c for c in first.conjuncts if c.i > first.i]
            # a state name with "and" in it is one item, whatever the NER read its words as
            # ("the governments of Antigua and Barbuda and Guatemala": ATG and GTM)
            tails = and_name_tails([first, *listed])
            if first.ent_type_ != "GPE" and not (tails and min(tails) == listed[0].i):
                continue
            listed = [c for c in listed if c.i not in tails]
            # (the NER may tag a state in a long list otherwise: "..., Panama, Paraguay, Peru")
            if listed and all(c.ent_type_ == "GPE" or (c.pos_ == "PROPN" and lookup_country(c.text) is not None)
                              for c in listed):
                return [first] + listed
    return []


def _with_conjuncts(token: Token, predicate: Optional[Token] = None) -> list[Token]:
    """``token`` and the co-actors coordinated with it, each the actor of an event of its own in
    the same role (shape: [A, B, C]; a state group or a plural noun stands for the members it
    lists). Sources: the later conjuncts, a kin list (``_kin_named``), a name-end list, an
    appositive list, a semicolon list (hung as an apposition after the semicolon,
    ``_semicolon_items``, or on the verb, ``_verb_hung_semicolon_items``), the last conjunct the
    parser hung on ``predicate`` and the owners of a group or coordinated genitive; a stranded
    main-clause subject, a conjoined thing beside an actor, a vague group and an entourage are
    no co-actors (the comments below)."""
    if _city_state_part(token):
        # a city's state code the parser made the first of coordinated subjects: the other
        # conjuncts are the actors ("in Dallas, TX and the Mexican Ministry of Economy hosted")
        later = [c for c in token.conjuncts if c.i > token.i and c.pos_ in ("NOUN", "PROPN", "PRON")]
        if later:
            return _with_conjuncts(later[0], predicate)
    kin = _kin_named(token)
    if kin is not None:
        return kin
    found = [token] + [c for c in token.conjuncts if c.i > token.i and c.pos_ in ("NOUN", "PROPN", "PRON")]
    found += [c for c in _repeated_preposition_objects(token) if c not in found]
    # "Trinidad and Tobago and Guatemala": a state name with "and" in it is one co-actor
    tails = and_name_tails(found)
    found = [c for c in found if c.i not in tails]
    found += [c for c in _name_end_conjuncts(token) if c not in found]
    found += [c for c in _appositive_list_items(token) if c not in found]
    found += [c for c in _semicolon_items(found) if c not in found]
    found += [c for c in _verb_hung_semicolon_items(token) if c not in found]
    stranded = _stranded_subject(token.sent.root)
    if stranded and stranded[0].i > token.i:
        # "requested by Ukraine, the United States and ... condemned": the later conjuncts are
        # the main verb's subject, not co-agents of the phrase
        found = [c for c in found if c.i < stranded[0].i]
    # a title's conjunct whose name the parser hung on the first conjunct: the name is the co-actor
    found = [_named_by_title(c) or c for c in found[:1]] + [_named_by_title(c) or c for c in found[1:]]
    # the other reading of "Secretary Blinken and Foreign Minister Kuleba discussed": Kuleba the
    # subject, "Blinken" its modifier, "Minister" conjoined to Blinken: Blinken is a co-actor
    # (also a bare title: "The Secretary and Foreign Minister Kuleba discussed": the Secretary,
    # whom the title names in the article, is the first co-actor, as written)
    before = [c for c in token.children if c.dep_ in ("nmod", "compound") and c.i < token.i
              and (c.ent_type_ == "PERSON" or (_title_head(c) and not c.ent_type_))
              and any(k.dep_ == "conj" and _title_head(k) for k in c.children)]
    if predicate is not None:
        # the parser sometimes hangs the last conjoined object on the verb ("A, B, and C")
        found += [c for c in predicate.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                  and c.i > token.i and c not in found]
    found = [c for c in found if not _ends_place_list(token, c)]
    lex = load_lexicon()
    if _is_actor(token, lex):
        # "support for Israel and its right to defend itself": a conjoined thing is the topic,
        # not a co-actor
        found = [token] + [c for c in found[1:] if _is_actor(c, lex) or _party_beside_people(token, c) or any(
            t.dep_ in ("appos", "compound") and (t.ent_type_ in ACTOR_ENT_LABELS or t.pos_ == "PROPN")
            for t in c.children)]
    if _unsectored_noun(token):
        # "allies and partners", "individuals and entities": conjoined unnamed kinds that no
        # Phoenix sector tells apart are one group acted with or on; "protesters and security
        # forces" (OPP, POL) stay two sides
        found = [token] + [c for c in found[1:] if not _unsectored_noun(c)]
    if len(found) > 1 and _title_head(token) and found[1].ent_type_ == "PERSON" and any(
            t.dep_ == "compound" and t.lower_ in _title_words() for t in found[1].children):
        # "Colombian Vice President and Foreign Minister Marta Lucia Ramirez": two titles of
        # one person, not a second actor called "Vice President"
        found = found[1:]
    if before and token.ent_type_ == "PERSON":
        found = before[:1] + found
    if len(found) > 1 and any(not _vague_group(c) for c in found):
        # "the United States and many other countries condemned", "the United States and our
        # allies have provided": an unspecified group beside a named co-actor is no actor of its
        # own (nothing identifies it; PLOVER codes the named state)
        found = [c for c in found if not _vague_group(c)]
    if len(found) > 1 and _is_actor(token, lex, allow_pronoun=False):
        # "met with President-elect Lula and members of his transition team": the entourage a
        # possessive pronoun ties back to the first conjunct is that actor's own side (Phoenix
        # codes members by their group), one party with it, not a second one
        found = [found[0]] + [c for c in found[1:] if not _entourage(c)]
    # "the U.S. and Mexican governments", "Chinese and Russian warships": one actor per state the
    # coordinated modifier names (compound_members), each a co-actor as conjoined subjects are;
    # "three oligarchs: A, B, and C": one actor per name the plural noun lists (_listed_names)
    # "Ortega and Murillo's decision": the co-owners of a group genitive, as written, first
    found = [c for c in _group_genitive_owners(token) if c not in found] + found
    # "Germany's and France's efforts": each owner of a coordinated genitive, in text order
    joint = _coordinated_genitive_owners(token, lex)
    if joint:
        found = sorted(joint + [c for c in found if c not in joint], key=lambda t: t.i)
    # "additional entities and individuals, including Russia's largest defense conglomerate
    # (State Corporation Rostec)": the members the summary noun names (_included_names)
    return [m for c in found for m in (state_members(c) or _listed_names(c, lex) or _included_names(c, lex) or [c])]


def _repeated_preposition_objects(token: Token) -> list[Token]:
    """The objects of the later phrases of a coordination of prepositional phrases that repeat
    ``token``'s preposition: "imposed sanctions on A and on B", "coordinate with A and with B",
    "travel to A July 25 and to B July 27" (shape: [B], in text order; [] when ``token`` is no
    object of a preposition). English coordination may repeat the preposition before each
    conjunct (Quirk et al. 1985, 13.44: "on A and on B" = "on A and B"); each object is a co-actor
    in the same role, as conjoined objects of one preposition are.

    spaCy hangs the repeated preposition ("conj") on the first one, on a word inside the first
    phrase ("July") or on the predicate ("stand with A, and with B"); a repeated preposition inside
    a nested phrase of the same preposition ("talks with A on cooperation with B and with C")
    belongs to that nested phrase, not to ``token``'s (``_within_phrase``, ``_predicate_chain_word``)."""
    prep = token.head
    if token.dep_ != "pobj" or prep.pos_ != "ADP" or prep.i == token.i:
        return []
    word = prep.lower_
    found = []
    for later in token.sent:
        if later.i <= token.i or later.dep_ != "conj" or later.pos_ != "ADP" or later.lower_ != word:
            continue
        if not (_within_phrase(later.head, prep) or _predicate_chain_word(later.head, prep.head)):
            continue
        found += [c for c in later.children if c.dep_ == "pobj"]
    return found


def _predicate_chain_word(anchor: Token, predicate: Token) -> bool:
    """Whether ``anchor`` is ``predicate``, a verb it completes ("continue" in "continue to stand
    with A, and with B": an "xcomp" chain), or a noun adjunct of it ("July" in "travel to A July
    25-26 and to B"): where the parser hangs a repeated preposition of ``predicate``'s phrase."""
    node = predicate
    while True:
        if node.i == anchor.i:
            return True
        if node.dep_ != "xcomp" or node.head.i == node.i:
            break
        node = node.head
    return anchor.head.i == predicate.i and anchor.pos_ in ("NOUN", "PROPN", "NUM") and anchor.dep_ in ("npadvmod", "tmod", "obl")


def _within_phrase(node: Token, prep: Token) -> bool:
    """Whether ``node`` is ``prep`` or in its phrase with no nested phrase of the same
    preposition between them (the walk up from ``node`` meets ``prep`` first)."""
    while node.i != prep.i:
        if node.pos_ == "ADP" and node.lower_ == prep.lower_ and node.dep_ == "prep":
            return False
        if node.head.i == node.i:
            return False
        node = node.head
    return True


# nouns for a person's own people: "X and his team", "X and members of her delegation" (not "his
# counterpart": the other side)
_ENTOURAGE_NOUNS = EVENT_WORDS.entourage_nouns


def _entourage(token: Token) -> bool:
    """Whether ``token`` is a conjunct naming a person's own people through a possessive pronoun:
    "his team", "her delegation", "members of his transition team", "their aides" (English
    anaphora: the pronoun's antecedent is the conjunct before)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _ENTOURAGE_NOUNS:
        return False
    owned = [token] + [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in _ENTOURAGE_NOUNS]
    return any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for o in owned for c in o.children)


# words that leave a group unspecified: "many other countries", "our allies", "some partners"
_VAGUE_DETERMINERS = {"other", "many", "some", "several", "various", "numerous", "our", "their", "its", "your",
                      "additional", "further", "more"}


def _vague_group(token: Token) -> bool:
    """An unnamed, unsectored group noun made unspecific by a quantifier, "other" or a possessive
    pronoun ("many other countries", "our allies and partners"): no state, body or sector
    identifies who it is."""
    if token.lower_ in _ALLY_PLURALS and token.ent_type_ not in ACTOR_ENT_LABELS and not any(
            c.dep_ in ("compound", "amod", "nmod", "prep", "appos") for c in token.children):
        # "the United States, Allies, and partners", "America and its Allies": allies or partners
        # left bare or owned name nobody (capitalised or not)
        return True
    # (a count of states names none of them either: "more than 40 Allies and partner countries",
    # "over 30 allies and partners"; a count of people or firms, "five individuals", "250 members
    # of the Nicaraguan government", is who is acted on, named later in the text)
    return _unsectored_noun(token) and token.tag_ == "NNS" and any(
        c.lower_ in _VAGUE_DETERMINERS or (c.dep_ == "nummod" and token.lemma_.lower() in _STATE_GROUP_NOUNS)
        for c in token.children if c.dep_ in ("det", "amod", "poss", "predet", "nummod"))


# plural nouns for states as a group (what a count leaves unnamed beside a named state)
_STATE_GROUP_NOUNS = EVENT_WORDS.state_group_nouns


_ALLY_PLURALS = frozenset({"allies", "partners"})


def _unsectored_noun(token: Token) -> bool:
    """A common noun that names no entity and no Phoenix sector agent ("allies", "individuals")."""
    return token.pos_ == "NOUN" and token.ent_type_ not in ACTOR_ENT_LABELS and not any(
        c.dep_ in ("compound", "appos") and (c.ent_type_ in ACTOR_ENT_LABELS or c.pos_ == "PROPN")
        for c in token.children) and agent_sector(token.text) is None


def _represented_state(token: Token, lex: Lexicon) -> Optional[Token]:
    """The state an unnamed envoy stands for: "the Bolivian ambassador" -> Bolivian, "the
    ambassador of Bolivia" -> Bolivia; not the "of" state of a plural ("representatives of Costa
    Rica": the people, placed by it)."""
    if token.lemma_.lower() not in lex.envoy_nouns or token.ent_type_ in ACTOR_ENT_LABELS:
        return None
    for child in token.children:
        if child.dep_ in ("amod", "compound", "nmod", "poss") and child.ent_type_ in ("NORP", "GPE"):
            return child
    found = _preps(token).get("of")
    if found is not None and found.ent_type_ in ("GPE", "NORP") and token.tag_ != "NNS":
        # (a plural is a group of people, not one office holder acting as the state: "met
        # representatives of Costa Rica" keeps its head noun, with the state in its "of" phrase,
        # as "Chilean envoys" keeps "envoys": ``targets._people_noun_end``; since 0.8.187)
        return found
    return None


def _is_misparsed_main_verb(token: Token) -> bool:
    """A past verb right after a root noun, hung on it as a modifier because the parser found
    no verb root ("Over 100 people protested ..." parsed as people <-acl- protested): in a
    sentence without a main verb the noun is its subject and the verb the main predicate."""
    return token.dep_ == "acl" and token.tag_ in ("VBD", "VBN") and token.head.dep_ == "ROOT" \
        and token.head.pos_ in ("NOUN", "PROPN") and token.i == token.head.i + 1 \
        and not any(c.dep_ in ("agent", "auxpass") for c in token.children)


def _is_misparsed_subject_noun(token: Token) -> bool:
    """A finite verb with no subject right after a root "verb" that has a subject and nothing
    else it governs before it: the root is a plural noun ending the subject phrase, which the parser
    read as a verb ("The use of open systems *architectures* allows the Air Force ..." parsed as use <-nsubj-
    architectures -ccomp-> allows). English grammar: two finite verbs in a row with no subject for
    the second and no complementiser between them cannot both be predicates."""
    head = token.head
    return token.dep_ == "ccomp" and token.tag_ in ("VBZ", "VBD") and head.dep_ == "ROOT" \
        and head.tag_ in ("VBZ", "VBP") and head.lower_.endswith("s") and token.i == head.i + 1 \
        and not any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"mark", "expl"} for c in token.children) \
        and any(c.dep_ in SUBJECT_DEPS for c in head.children) \
        and not any(c.i < head.i and c.dep_ not in SUBJECT_DEPS | {"punct"} for c in head.children) \
        and not any(c.dep_ in ("aux", "neg", "dobj", "advmod") for c in head.children)


_SINGULAR_AUX = {"is", "was", "has"}


def _partitive_relative(noun: Token, clause: Token, lex: Optional["Lexicon"] = None) -> Optional[Token]:
    """The antecedent a partitive of a relative pronoun stands for part of ("three individuals, *one
    of whom* the Department indicted", "five activists, *two of whom* were beaten"): in a relative
    clause the pronoun in "of whom" / "of which" is the clause's gap (English relative clause), so
    the quantity before it names members of the noun the clause modifies; None for any other
    noun. Since 0.7.490; ``lex`` is the caller's lexicon where it has one (since 0.7.580)."""
    if clause.dep_ != "relcl":
        return None
    pronouns = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children if p.dep_ == "pobj" and p.tag_ in ("WP", "WDT") and p.lower_ in ("whom", "which")]
    if not pronouns:
        return None
    antecedent = _antecedent(clause, pronouns[0])
    lex = lex if lex is not None else load_lexicon()
    if pronouns[0].lower_ == "whom" and not _is_actor(antecedent, lex, allow_pronoun=False):
        # "whom" stands for persons (English grammar); where the parser hung the clause on a thing
        # ("designating three individuals for their involvement in cyber activities, one of whom
        # ..." on "activities"), the antecedent is the nearest actor noun before the clause in the
        # sentence (also one after the thing: "the release of citizens A and B, both of whom ...",
        # the clause hung on "release"; since events 0.8.150, before it only the nearest before that thing)
        before = [t for t in clause.doc[clause.sent.start: clause.left_edge.i]
                  if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("compound", "poss")
                  and _is_actor(t, lex, allow_pronoun=False)]
        if before and before[-1].conjuncts:
            if noun.lower_ in ("both", "all", "each"):
                return first_conjunct(before[-1])  # "A and B, both of whom ...": the whole coordination
            return None  # "A and B, one of whom ...": which of the named is not told
        return before[-1] if before else None
    return antecedent


def _antecedent(relcl: Token, pronoun: Token) -> Token:
    """What a relative pronoun stands for. The parser hangs the clause on the first of
    coordinated nouns; a singular verb ("A and B, which is designated ...") agrees with the one
    conjunct right before the pronoun only, a plural or unmarked one with all of them."""
    head = relcl.head
    crossed = _object_before_relative(relcl, pronoun)
    if crossed is not None:
        return crossed
    located = _located_noun(head, relcl)
    if located is not None:
        return located
    person = _person_of_named_body(head, pronoun)
    if person is not None:
        return person
    described = _copula_subject(head) or _appositive_anchor(head)
    if described is not None:
        return described
    singular = relcl.tag_ == "VBZ" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in _SINGULAR_AUX
                                          for c in relcl.children)
    if not singular:
        if head.dep_ == "conj" and pronoun.i > 0 and relcl.doc[pronoun.i - 1].lower_ == ",":
            # "A and B, who are being detained in Russia": a plural clause set off by a comma
            # after a coordination describes all of it, hung on its last item by the parser
            # (since events 0.8.148; ``before_relative`` drops items after the clause)
            return first_conjunct(head)
        return head
    before = [c for c in head.conjuncts if c.i < pronoun.i]
    nearest = max(before, key=lambda c: c.i, default=None)
    if nearest is not None and nearest.i > head.i and all(
            t.is_punct or t in nearest.subtree for t in relcl.doc[nearest.i:pronoun.i]):
        return nearest
    return head


def before_relative(found: list[Token], predicate: Token) -> list[Token]:
    """``found`` (an actor with its conjuncts, ``_with_conjuncts``) less the conjuncts after the
    relative clause ``predicate`` when ``found`` is its antecedent: a relative clause follows what
    it describes, so an item the parser coordinated after it ("A and B, who are being detained in
    Russia, and Americans in Iran": "Americans") is no antecedent. Since events 0.8.148."""
    if predicate is None or predicate.dep_ != "relcl" or not found or found[0].i >= predicate.left_edge.i:
        return found
    return [c for c in found if c.i < predicate.left_edge.i]


def _object_before_relative(relcl: Token, pronoun: Token) -> Optional[Token]:
    """The object a relative clause follows where the parser hung the clause on the clause's
    subject across the verb and that object: "Agencies in both countries have begun concrete
    *projects* together *that will improve* networks" hangs "that will improve" on "Agencies". A
    relative pronoun takes the noun phrase right before it (English grammar: a relative clause
    follows its antecedent; an object between the subject and the clause closes the subject's
    phrase off), so with only adverbs of the verb between the object's phrase and the pronoun the
    antecedent is the object. Shape: the object Token, or None where the clause's head is no
    subject before its verb, the verb has no direct object before the pronoun, or other words
    stand between."""
    head = relcl.head
    verb = head.head
    if head.dep_ not in SUBJECT_DEPS or not head.i < verb.i < pronoun.i or relcl.i < pronoun.i:
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj") and verb.i < c.i < pronoun.i]
    if not objects:
        return None
    between = relcl.doc[objects[-1].right_edge.i + 1:pronoun.i]
    if not all(t.dep_ == "advmod" and t.head.i == verb.i for t in between):
        return None
    return objects[-1]


def _person_of_named_body(head: Token, pronoun: Token) -> Optional[Token]:
    """The person noun a "who" / "whom" clause stands for where the parser hung it on the name of
    a body or place inside that noun's phrase: "a journalist with Radio Free Europe *who was
    killed* ...", "the mayor of Kharkiv, who ..." (-> journalist, mayor). "who" refers to persons
    (English grammar), and the person noun the name's preposition hangs on is the nearest one the
    clause can be about. None where the pronoun is another, the head a person's name or a common
    noun, or no person noun (``person_word``) stands right before its phrase. Since 0.7.712.
    The name may be a second name of the body set in apposition after the first ("a journalist
    with RFL – Radio Free Europe/Radio Liberty *who was killed*"), which the parser hangs on the
    person noun or on the first name: a body's name renames the body, never the person, so the
    clause is still the person's (since 0.7.780)."""
    if pronoun.lower_ not in ("who", "whom") or head.ent_type_ not in ("ORG", "GPE", "LOC", "FAC"):
        return None
    if head.dep_ == "appos" and head.head.i < head.i:
        anchor = head.head
        if _body_renamed_beside(anchor, head):
            return anchor  # the second name hung on the person noun that has the first in its phrase
        if anchor.ent_type_ == head.ent_type_:
            head = anchor  # the second name hung on the first: read the first's phrase
    if head.dep_ != "pobj" or head.head.dep_ != "prep":
        return None
    # the noun right before the phrase, whatever the parser hangs the phrase on (the verb: "lost a
    # journalist with Radio Free Europe who ..."), as ``_located_noun`` reads a place's phrase
    prep = head.head
    noun = prep.doc[prep.i - 1] if prep.i > 0 else None
    return noun if noun is not None and person_word(noun) and noun in prep.head.subtree else None


_COPULA_DUMMY_SUBJECTS = {"it", "this", "that", "there", "these", "those", "what", "which", "who"}


def _copula_subject(noun: Token) -> Optional[Token]:
    """The subject a predicate nominal describes: "Prigozhin is a Russian national who provided
    funding ...". A relative clause on the predicate nominal of "be" says something of what that
    noun denotes, and the copula equates it with the subject (English grammar: the predicate
    nominal is predicated of the subject), so the clause's understood doer is the copula's subject,
    not the bare describing noun (whose modifier, "Russian", would stand in for the actor). None
    where the noun is no predicate nominal of "be", or the subject is a dummy or deictic ("there
    is a group that ...", a cleft "it is Russia that ...", "this is a regime that ...")."""
    if noun.dep_ != "attr" or noun.head.lemma_.lower() != "be" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    subjects = [c for c in noun.head.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].i > noun.i:
        return None
    subject = subjects[0]
    if subject.dep_ == "expl" or subject.lower_ in _COPULA_DUMMY_SUBJECTS or subject.tag_ in RELATIVE_TAGS \
            or subject.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return subject


def _appositive_anchor(noun: Token) -> Optional[Token]:
    """The name a describing appositive noun is set beside: "Jami' 'Ali Muhammad, a Houthi and
    IRGC-QF *associate* who helped al-Jamal procure vessels" -> Muhammad. An appositive denotes
    what its anchor does (English grammar: the appositive is coreferent with the noun phrase it
    follows), so a relative clause on it says something of the named one, as a clause on a
    predicate nominal does of the copula's subject (``_copula_subject``): the doer is the person
    or body named, not the describing noun, whose premodifier ("Houthi", "IRGC-QF") would stand in
    for the actor. None where the noun is no common-noun appositive of a named actor."""
    if noun.dep_ != "appos" or noun.pos_ != "NOUN":
        return None
    anchor = noun.head
    if anchor.pos_ != "PROPN" or anchor.ent_type_ not in ("PERSON", "ORG"):
        return None
    return anchor


def _located_noun(place: Token, relcl: Token) -> Optional[Token]:
    """The noun a place locates, when the parser hangs a restrictive relative clause on a region,
    continent or sea (a LOC entity, maybe one of a list) inside a locative phrase: "third-country
    actors across Europe, Asia, and the Middle East *that are supporting* Russia's war effort" (the
    actors support it). A restrictive clause narrows what a noun can refer to, and a region's proper
    name has one referent only (English grammar: no restrictive relative clause on a proper name),
    so the clause belongs to the nearest noun before it that it can narrow. None otherwise: a clause
    set off by a comma may comment on the place itself ("troops in Crimea, which Russia annexed";
    "refugees across Europe, which hosts ..."), and a country's name is no LOC entity. Words:
    event_detection.yaml locative_preps."""
    if place.ent_type_ != "LOC":
        return None
    start = relcl.left_edge
    if start.i <= place.i or (start.i > 0 and relcl.doc[start.i - 1].is_punct):
        return None  # non-restrictive (or not after the place): the comment may be on the place
    node = place
    node = first_conjunct(node)  # "across Europe, Asia, and the Middle East": the first of the list
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ not in detection_lexicon()["locative_preps"]:
        return None
    # the noun right before the phrase of place, whatever the parser hangs the phrase on: the verb
    # ("target third-country actors across Europe ... that") or a noun higher up ("sanctions on
    # ... actors across Europe ... that")
    located = prep.doc[prep.i - 1] if prep.i > 0 else None
    if located is None or located.pos_ not in ("NOUN", "PROPN") or located.dep_ == "compound" \
            or located.ent_type_ == "LOC" or located not in prep.head.subtree:
        return None
    return located


def _relative_gap(predicate: Token) -> Optional[Token]:
    """The noun a relative clause's missing object stands for, where the parser left no object
    pronoun: "the Somoza family *that* Ortega fought" (the parser takes "that" for a subordinator,
    ``mark``) or a zero relative, "the rebels the army fought". English grammar: a relative clause
    with its own subject and no object, no relative adverb (where, when, why) and no stranded or
    pronoun-led preposition ("that X fought with", "against whom") has its gap in the object
    place, which the antecedent fills. None where any of that is missing, or the clause is
    passive or has a clausal complement the gap could sit in ("the man that X tried to help")."""
    misparsed = _noun_before_that(predicate)
    if (predicate.dep_ != "relcl" and misparsed is None) or predicate.pos_ != "VERB" \
            or predicate.head.i > predicate.i or predicate.lemma_.lower() in TRANSFER_VERBS:
        return None
    children = list(predicate.children)
    if any(c.dep_ in OBJECT_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ in ("ccomp", "xcomp", "auxpass", "agent")
           for c in children):
        return None
    subjects = [c for c in children if c.dep_ in SUBJECT_DEPS]
    if not subjects or any(s.tag_ in ("WDT", "WP", "WP$") or s.lower_ in RELATIVE_OBJECT_PRONOUNS for s in subjects):
        return None
    if any(c.tag_ in ("WDT", "WP", "WP$", "WRB") for c in predicate.subtree if c.i < predicate.i):
        return None  # a relative word of its own ("against whom", "where") fills another place
    if any(c.dep_ == "prep" and not _children(c, ("pobj",)) for c in children):
        return None  # "the regime that X fought against": a stranded preposition's object
    marks = [c for c in children if c.dep_ == "mark"]
    if marks and not (len(marks) == 1 and marks[0].lower_ == "that" and marks[0].i < subjects[0].i):
        return None
    if misparsed is not None:
        return misparsed
    return _antecedent(predicate, marks[0] if marks else subjects[0])


def _noun_before_that(predicate: Token) -> Optional[Token]:
    """The actor noun right before a "that" the parser took for the subordinator of a complement
    clause (``ccomp`` / ``advcl``) while it opens a relative clause on that noun: "no different from
    the Somoza family that Ortega and the Sandinistas fought" (the clause hung on "different"). Only
    a noun naming an actor (a report, a fact or a sign takes a content clause, "reports that A and
    B fought") and no argument of the clause's own head ("told reporters that ...", "warned Russia
    that ...": the addressee of the telling). Only for a verb of mutual force (event_detection.yaml
    reciprocal_force_verbs), whose co-subjects would otherwise be paired as fighting each other
    (``_mutual_fight``); a content clause after an agent ("the announcement by the President that
    Russia will withdraw") must not take the agent for a gap. None otherwise."""
    if predicate.dep_ not in ("ccomp", "advcl") \
            or predicate.lemma_.lower() not in detection_lexicon()["reciprocal_force_verbs"]:
        return None
    mark = next((c for c in predicate.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None or mark.i == 0:
        return None
    noun = predicate.doc[mark.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.head.i == predicate.head.i \
            or noun.dep_ in ("dobj", "obj", "dative", "iobj"):
        return None
    return noun if _is_actor(noun, load_lexicon(), allow_pronoun=False) else None


_VERB_FORMS = {"VB": "base", "VBG": "gerund", "VBN": "participle", "VBD": "finite", "VBZ": "finite",
               "VBP": "finite", "MD": "finite"}


def _is_finite(verb: Token) -> bool:
    """Whether ``verb`` heads a finite clause: a finite form by its own tag ("condemned", "says") or
    a finite auxiliary before it ("*has* supported", "*will* impose"; English auxiliaries precede
    the verb they carry)."""
    return _VERB_FORMS.get(verb.tag_) == "finite" or any(
        c.dep_ == "aux" and _VERB_FORMS.get(c.tag_) == "finite" and c.i < verb.i for c in verb.children)


def _coordinate(token: Token) -> Token:
    """The verb a conjoined verb is coordinated with. Coordinated verbs share their form; where
    the parser hangs a conjunct on a verb of another form, the coordinate is the nearest verb
    above of the conjunct's own form: "He will thank Poland for *welcoming* refugees and
    *discuss* aid" coordinates "discuss" with "thank" (whose subject is "He"), not with the
    gerund inside "for"."""
    head = token.head
    form = _VERB_FORMS.get(token.tag_)
    # a bare conjunct with no subject or auxiliary of its own hung on a third person singular
    # present ("Ensure the government *continues* functioning; *support* food ...") cannot share
    # its subject: "-s" agreement marks the finite verb's, which the bare form lacks (English
    # subject-verb agreement); a plural present (VBP) is spelt as the bare form, so only VBZ says so
    disagreeing = head.tag_ == "VBZ" and token.tag_ == "VB" and not any(
        c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in token.children)
    if token.dep_ != "conj" or form is None or _VERB_FORMS.get(head.tag_) in (form, None) \
            or (_VERB_FORMS.get(head.tag_) == "finite" and not disagreeing) or _shares_perfect_aux(token, head):
        return head
    for ancestor in head.ancestors:
        if ancestor.pos_ in ("VERB", "AUX") and _VERB_FORMS.get(ancestor.tag_) == form and ancestor.i < token.i:
            return ancestor
    return head


# the present and past forms a relative clause's verb and a listed verb phrase after it may share
# (the tagger spells a plural present VBP like the bare form VB)
_LIST_FORMS = {"VB": "present", "VBP": "present", "VBZ": "singular", "VBD": "past"}


def _relative_list_conjunct(token: Token) -> Optional[Token]:
    """The relative clause verb a listed verb phrase continues where the parser hung the list on
    the main verb: "We will support the bodies that *monitor* the ceasefire, *protect* civilians,
    and *report* abuses" hangs "protect" on "support" and "report" on "protect". A relative clause
    (an active verb whose subject is a relative pronoun, inside the main verb's object) that ends
    right before the conjunct, with only a comma between, and a conjunct that goes on as a serial
    list (its own "and" / "or" conjunct after it) and shares the relative verb's form, is the
    second item of the relative clause's list: the items of a list share one subject (English
    grammar: VP coordination), the relative pronoun, whose antecedent does the act, not the main
    clause's subject. A conjunct joined by "and" straight after the relative clause, one with a
    subject or auxiliary of its own, or one of another form ("that monitors X, protect Y") keeps
    the parse. Shape: the relative clause's verb, or None."""
    if token.dep_ != "conj" or token.pos_ != "VERB" or token.tag_ not in _LIST_FORMS \
            or token.head.pos_ not in ("VERB", "AUX") or token.i < 2 \
            or token.doc[token.i - 1].text != "," \
            or any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in token.children):
        return None
    if not any(c.dep_ == "conj" and c.i > token.i and any(d.dep_ == "cc" and d.lower_ in ("and", "or")
                                                           for d in token.children) for c in token.children):
        return None  # no serial list goes on after it
    head = token.head
    if head.dep_ == "conj" and head.head.i < head.i \
            and not any(c.dep_ == "cc" and head.head.i < c.i < head.i for c in head.head.children):
        # the main clause's own list is still open ("will fortify X that ..., form Y that ...,
        # power Z, and support W"): a comma-joined item of it goes on with that list
        return None
    for relative in head.subtree:
        if relative.dep_ != "relcl" or not head.i < relative.head.i < relative.i < token.i \
                or relative.right_edge.i != token.i - 2 or relative.tag_ not in _LIST_FORMS \
                or _LIST_FORMS[relative.tag_] != _LIST_FORMS[token.tag_] \
                or any(c.dep_ in ("conj", "auxpass") for c in relative.children):
            continue
        subjects = _children(relative, SUBJECT_DEPS)
        if subjects and subjects[0].tag_ in RELATIVE_TAGS:
            return relative
    return None


def _shares_perfect_aux(token: Token, head: Token) -> bool:
    """Whether ``token``, a past form conjoined to the perfect participle ``head``, is a second
    participle sharing its "have": "Beijing *has perfected* mass surveillance within China and
    *exported* that technology". Regular verbs spell the past tense and the past participle alike,
    and the tagger may read the second as a past tense (VBD); with no subject or auxiliary of its
    own it is the perfect's participle (English grammar: the auxiliary is left out of the second
    conjunct), coordinated with ``head`` and sharing its subject, not with a finite verb higher up
    ("We see that in how Beijing has perfected ... and exported ...": Beijing exported)."""
    return token.tag_ == "VBD" and head.tag_ == "VBN" \
        and any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.i < head.i for c in head.children) \
        and not any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS or c.dep_ in ("aux", "auxpass")
                    for c in token.children)


# the dependencies the parser gives a name it read as a modifier: an all-capitals acronym opening
# a sentence is often tagged an adjective or adverb ("USAID has helped ...": USAID advmod)
_MISREAD_NAME_DEPS = frozenset({"advmod", "amod", "npadvmod"})


def _misread_name_subject(verb: Token, passive: bool) -> Optional[Token]:
    """The subject of a subjectless finite active verb that the parser read as a modifier of it:
    "USAID has helped Haiti to adopt ..." tags the sentence-initial acronym an adjective and
    hangs it on "helped" as advmod. A name (a PERSON / ORG / GPE / NORP entity) opening the
    sentence, hung on the verb as advmod / amod / npadvmod with only auxiliaries, negation and
    adverbs between it and the verb, is no modifier but the clause's subject (English grammar: a
    finite declarative clause has a subject, and a name is no adverb). Real adverbials ("Today",
    "Yesterday", "Separately") are no such entity and stay modifiers. Shape: the name's Token, or
    None."""
    if passive:
        return None
    doc = verb.doc
    first = verb.sent.start
    while first < verb.i and (doc[first].is_space or doc[first].is_punct):
        first += 1  # (an opening quote or bullet mark)
    name = doc[first]
    if name.head.i != verb.i or name.dep_ not in _MISREAD_NAME_DEPS or name.ent_type_ not in STRANDED_SUBJECT_LABELS \
            or name.ent_iob_ != "B" or not all(
                t.head.i == verb.i and t.dep_ in ("aux", "neg", "advmod") for t in doc[first + 1:verb.i]):
        return None
    return name


def _stranded_subject(verb: Token) -> list[Token]:
    """The subject the parser hung on a phrase before a finite verb that has none: "at a session
    requested by Ukraine, the United States and many other countries condemned ..." parses the
    subject as conjuncts of "Ukraine" inside the fronted phrase. The subject is the noun right
    before the verb with the conjuncts joined to it by "and"/"or"; a conjunct joined by a comma
    alone ends the list the phrase began ("by Ukraine,"). A verb is finite by its own tag or by a
    finite auxiliary ("the United States *has* supported"). Besides a conjunct, the noun may be a
    named actor the parser read as an apposition after a comma ("To respond to the outbreak in
    Haiti, the Department of State and USAID have provided ...") or as the object of a fronted
    preposition ("On April 5 Special Representative ... Sung Kim met with ...", "*Under*
    Secretary Fernandez will meet ..."): English grammar gives a finite declarative clause a
    subject, and the noun phrase right before its verb is the only one left. Not for a passive
    verb, whose subject is its patient."""
    if verb.dep_ != "ROOT":
        return []  # first: the cheap test (this runs for every actor slot)
    children = list(verb.children)
    if not _is_finite(verb) or any(c.dep_ in _STRANDED_BLOCKING_DEPS for c in children):
        return []
    passive = any(c.dep_ == "auxpass" for c in children)
    misread = _misread_name_subject(verb, passive)
    if misread is not None:
        return [misread]  # "USAID has helped ...": the opening name the parser took for a modifier
    doc = verb.doc
    before = verb.i - 1
    while before >= 0 and (doc[before].dep_ in ("aux", "neg", "advmod") or doc[before].is_space):
        before -= 1
    before = _before_comitative(doc, before)
    if before < 0 or doc[before].pos_ not in ("NOUN", "PROPN"):
        return []
    if doc[before].dep_ != "conj":
        # a named actor read as an apposition or a fronted preposition's object (new in 0.7.36)
        noun = doc[before]
        if noun.dep_ == "appos":
            return [noun] if _comma_appos_subject(noun, passive) else []
        if passive or noun.dep_ != "pobj" or noun.ent_type_ not in STRANDED_SUBJECT_LABELS:
            return []
        while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "PROPN") \
                and noun.head.head.i < noun.i:
            noun = noun.head.head  # "the Department of the Treasury sanctioned": the phrase's head
        return [noun]
    conjunct = doc[before]
    while conjunct.dep_ == "conj":
        head = conjunct.head
        if not any(c.dep_ == "cc" and head.i < c.i < conjunct.i for c in head.children):
            return [conjunct]
        conjunct = head
    if _comma_appos_subject(conjunct, passive):
        return [conjunct]  # "in Haiti, the Department of State and USAID have provided"
    return []


def _before_comitative(doc, before: int) -> int:
    """The index before a comma-enclosed comitative phrase that ends right at ``before`` ("the
    Department of Justice*, together with the Department of Homeland Security,* assisted"): the
    phrase adds a co-participant to the subject before it and is no subject itself (English
    grammar: "together with", "along with" and "alongside" adjuncts leave the verb's agreement
    to the noun before them), so the stranded subject is looked for before it. ``before``
    unchanged where no such phrase ends there."""
    if before < 1 or doc[before].text != ",":
        return before
    for start in range(before - 1, max(before - 16, 0), -1):
        if doc[start].text == ",":
            words = [t.lower_ for t in doc[start + 1:start + 3]]
            if words[:1] == ["alongside"] or words in (["together", "with"], ["along", "with"]):
                return start - 1
            return before
    return before


def _comma_appos_subject(noun: Token, passive: bool) -> bool:
    """Whether ``noun``, the noun before a subjectless finite verb (passive or not), is a named
    actor the parser read as an apposition after a comma (``_stranded_subject``)."""
    return noun.dep_ == "appos" and noun.ent_type_ in STRANDED_SUBJECT_LABELS and not passive \
        and noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == ","


# the named actors a stranded noun before a subjectless finite verb may be (spaCy labels)
STRANDED_SUBJECT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})

# a verb with one of these has a subject of its own
_STRANDED_BLOCKING_DEPS = SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"expl"}


# verbs whose subject is the one an invitation they take goes to: who accepts, receives, welcomes,
# declines or is thankful for an invitation was invited (a "for" object of "thank" included)
_INVITEE_VERBS = frozenset({"accept", "receive", "welcome", "decline", "appreciate", "thank", "get"})


def _invitee(noun: Token) -> Optional[Token]:
    """The one invited by the invitation ``noun`` ("invitation", "invite"; event_detection.yaml
    invitation_verbs): the actor of its "to" / "for" phrase ("an invitation to President Lula to
    visit"), else the subject of the verb that takes it as the one invited (``_INVITEE_VERBS``:
    "accepted the invitation", "thanked X for the invitation": the thanker was invited, the
    thanked invited); else None. "invite" is an object-control verb (WordNet invite 2 "ask to
    enter"; "invite X to V": X does V), so the invitee is the understood doer of the invitation's
    infinitive ("the invitation to be the first president to visit")."""
    if noun_lemma(noun) not in detection_lexicon()["invitation_verbs"] and noun.lemma_.lower() != "invitation":
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("to", "for"):
            objects = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("PROPN", "PRON")]
            if objects:
                return objects[0]
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else \
        noun.head if noun.dep_ in ("dobj", "obj") else None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in _INVITEE_VERBS \
            or (verb.lemma_.lower() == "thank") != (noun.dep_ == "pobj"):
        return None
    subject, passive = _subject(verb)
    return None if passive else subject


def _predicative_subject(noun: Token) -> Optional[Token]:
    """The subject of a copula whose predicative noun is ``noun`` ("Syria was *the only country* in
    the region to vote against it", "The regime was *one of only four countries* - and *the only
    country* in Latin America - to vote ..."): through conjoined predicatives and the partitive
    "one of"; since 0.7.545 also the name an apposition describes ("Nicaragua, the only country ... to vote")
    and the named complement of an inverted copula ("The only country ... to vote ... was
    Nicaragua"); None when ``noun`` is no predicative. In English a subject complement describes the
    subject's referent (Quirk et al. 1985, 10.8; CGEL 4.4), so what a relative clause on it says
    is done by that referent: the description ("country in Latin America") is no actor of its own."""
    for _ in range(4):
        if noun.dep_ == "conj":
            noun = noun.head
        elif noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
            noun = noun.head.head
        else:
            break
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and not _is_displaced_object(noun):
        return noun.head  # "Nicaragua, the only country in the region to vote ...": an apposition
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "be":
        # inverted: "The only country in the region to vote against it was Nicaragua"
        named = [c for c in noun.head.children if c.dep_ == "attr" and c.pos_ == "PROPN"]
        return named[0] if named else None
    if noun.dep_ != "attr" or noun.head.lemma_.lower() not in ("be", "become"):
        return None
    subjects = _children(noun.head, ("nsubj",))
    if not subjects and noun.head.tag_ == "VB":
        # "Nixon broke decades of strained relations to become the first U.S. president to visit":
        # a non-finite copula's subject is its controller, when it is a name or a pronoun
        controller, _passive = _subject(noun.head)
        if controller is None and noun.head.dep_ == "acl":
            # "thanked Lula for the invitation to be the first president to visit the Amazon": the
            # infinitive of an invitation is the invitee's to do (object control of "invite")
            controller = _invitee(noun.head.head)
        subjects = [controller] if controller is not None and controller.pos_ in ("PROPN", "PRON") else []
    return subjects[0] if subjects and subjects[0].tag_ not in RELATIVE_TAGS \
        and subjects[0].lower_ not in ("it", "this", "that", "there") else None


def _line_before(text: str, line_start: int) -> Optional[tuple[int, int]]:
    """(start, end) character offsets of the line before the one opening at ``line_start``,
    past blank lines between list items; None at the text's start."""
    line_end = line_start - 1
    while line_end > 0 and not text[line_end - 1:line_end].strip():
        line_end -= 1  # (blank lines between items)
    if line_end <= 0:
        return None
    return text.rfind("\n", 0, line_end) + 1, line_end


def _list_lead_in(verb: Token) -> Optional[Token]:
    """The word that ends the lead-in of a list whose item ``verb``'s clause is: a release's list
    set out as lines after a line ending in a colon ("The Administration will:" / "This includes
    funds to:" then "Provide ...", "Support ..."; intake's markup cleaning leaves each bullet a line
    of its own). An item opening with a bare verb and no subject completes the lead-in's last word,
    so that word is a modal ("will", "must": MD) or the infinitive marker "to" (TO), both of which
    take a bare verb phrase (English grammar: the colon distributes the items over the lead-in as
    its complements). Items before ``verb``'s line in the same list are passed over when they open
    with a bare verb too. ``verb`` may be a bare conjunct or an infinitive complement within the
    item (climbed through ``_coordinate`` / its head). Shape: the MD or TO Token before the colon,
    else None."""
    node = verb
    for _ in range(6):
        if node.dep_ not in ("conj", "xcomp") or node.head.i == node.i \
                or _children(node, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS):
            break
        node = _coordinate(node) if node.dep_ == "conj" else node.head
    if node.dep_ != "ROOT" or node.tag_ != "VB" or _children(node, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS) \
            or any(c.dep_ in ("aux", "auxpass") for c in node.children):
        return None
    doc = node.doc
    text = doc_text(doc)  # the cached ``doc.text`` (spaCy joins every token's text on each read)
    # the item's first word opens its line and is a bare verb with no subject; the parser may make
    # a later bare verb of the item the root ("Ensure ...; support ...": "Ensure" an advcl of it)
    first = next((t for t in node.sent if not t.is_space), node)
    line_start = text.rfind("\n", 0, first.idx) + 1
    if line_start == 0 or text[line_start:first.idx].strip() or first.tag_ != "VB" \
            or _children(first, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS):
        return None  # the sentence does not open a line with a bare verb: no list item
    for _ in range(12):  # back over the list's earlier items to its lead-in
        previous = _line_before(text, line_start)
        if previous is None:
            return None
        line_start, line_end = previous
        line = text[line_start:line_end]
        words = doc.char_span(line_start, line_end, alignment_mode="contract")
        words = [t for t in words if not t.is_space] if words is not None else []
        if not words:
            return None
        if line.rstrip().endswith(":"):
            marker = words[-2] if len(words) > 1 and words[-1].text == ":" else None
            return marker if marker is not None and marker.tag_ in ("MD", "TO") else None
        if words[0].tag_ != "VB" or _children(words[0], SUBJECT_DEPS):
            return None  # a line that is no bare-verb item ends the list
    return None


def _verbless_line(doc, start: int, end: int) -> bool:
    """Whether the text ``doc.text[start:end]`` is one noun-phrase list item: no clause heads its
    sentences (their roots have no auxiliary and no finite tense), as in "Additional
    artillery and armored vehicles." or "Support for troop deployments on NATO territory."."""
    words = doc.char_span(start, end, alignment_mode="contract")
    words = [t for t in words if not t.is_space] if words is not None else []
    if not words:
        return False
    roots = {}
    sent_end = -1
    for t in words:  # the words run in text order: one root per sentence they reach
        if t.i < sent_end:
            continue
        sent = t.sent
        sent_end = sent.end
        root = sent.root
        roots[root.i] = root
    # (the parser may root a fragment in a participle or adjective of it, "Accelerated cyber
    # capabilities ...", or hang its head noun on one as a subject, "Additional artillery ...
    # flowing into Ukraine uninterrupted.": still no clause, with no tense or auxiliary)
    return all(r.idx >= start and r.idx < end and r.tag_ not in ("VBD", "VBZ", "VBP", "MD")
               and not any(c.dep_ in ("aux", "auxpass", "expl") for c in r.children) for r in roots.values())


def _noun_item_header(token: Token) -> Optional[Token]:
    """The verb of the lead-in of a list whose item is the noun phrase ``token`` stands in ("These
    resources will be used to provide our allies with:" / "Support for troop deployments on NATO
    territory." / "Airlift of equipment."): the item line opens no clause of its own
    (``_verbless_line``) and completes the lead-in, whose last words
    (a verb or a preposition before the colon) take it as their object, so the item's act is
    framed by the lead-in's clause and takes its tense and modality (English grammar: the colon
    distributes the items over the lead-in as its complements; as ``_list_lead_in`` for bare-verb
    items). Items before ``token``'s line in the same list are passed over when they are noun
    phrases too. Shape: the root verb of the lead-in's sentence, else None."""
    sent = token.sent
    node = token
    while node.head.i != node.i:  # no finite verb between the act and the item's root
        if node.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return None
        node = node.head
    doc = token.doc
    text = doc_text(doc)  # the cached ``doc.text`` (spaCy joins every token's text on each read)
    first = next((t for t in sent if not t.is_space), sent.root)
    line_start = text.rfind("\n", 0, first.idx) + 1
    if line_start == 0 or text[line_start:first.idx].strip():
        return None  # the item opens a line of its own
    line_end_now = text.find("\n", first.idx)
    if not _verbless_line(doc, line_start, len(text) if line_end_now < 0 else line_end_now):
        return None
    for _ in range(12):  # back over the list's earlier items to its lead-in
        previous = _line_before(text, line_start)
        if previous is None:
            return None
        line_start, line_end = previous
        if text[line_start:line_end].rstrip().endswith(":"):
            colon = doc.char_span(line_start, line_end, alignment_mode="contract")
            if colon is None or not len(colon):
                return None
            header = colon[-1].sent.root
            return header if header.pos_ in ("VERB", "AUX") else None
        if not _verbless_line(doc, line_start, line_end):
            return None  # a line that is no noun-phrase item ends the list
    return None


def _list_frame_doer(verb: Token) -> Optional[Token]:
    """The understood doer of a list item's bare verb (``_list_lead_in``): the subject of the
    lead-in's clause, whose modal or "to" the item completes ("The Administration will: / Provide
    ..." -> the Administration). A demonstrative pronoun subject ("This includes funds to:")
    restates the sentence before (discourse deixis), so that sentence's main subject is the
    doer ("The Administration is calling on Congress to provide $8.5 billion ... This includes
    funds to: ..."). Shape: the subject Token (an actor or not: callers check), or None where the
    item has no lead-in, the lead-in's clause is passive or names no subject: an item with no
    recoverable frame has no doer, never the subject of a clause inside it."""
    marker = _list_lead_in(verb)
    if marker is None:
        return None
    clause = marker.head if marker.dep_ in ("aux", "auxpass") else marker
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head  # "funds to:": "to" hangs in the noun phrase of the clause's verb
    subjects = _children(clause, SUBJECT_DEPS)
    if not subjects or _children(clause, ("auxpass",)):
        return None
    subject = subjects[0]
    if subject.lower_ in DEMONSTRATIVES and (subject.pos_ == "PRON" or not list(subject.children)):
        if subject.sent.start == 0:
            return None
        before = subject.doc[subject.sent.start - 1].sent.root
        subjects = _children(before, SUBJECT_DEPS) if before.pos_ in ("VERB", "AUX") else []
        return subjects[0] if subjects and not _children(before, ("auxpass",)) else None
    return subject


def _subject(token: Token) -> tuple[Optional[Token], bool]:
    """(subject token, passive?) of a predicate, inheriting through xcomp/conj/relcl (a conjoined
    verb from its coordinate, ``_coordinate``). A language tag the parser made the subject
    ("Name [Ar] launched ...", "Name, blogging on Blog [Fr], said ...": the parser opens a
    sentence at "[" and hangs the tag on the verb) stands for no actor: the subject is the noun
    phrase before its bracket (``language_tags.bracket_host``), else none."""
    subject, passive = _parsed_subject(token)
    if subject is not None and tag_part(subject):
        return bracket_host(subject), passive
    if subject is None:
        tagged = _tagged_adjunct_subject(token)
        if tagged is not None:
            return tagged, False
    return subject, passive


def _tagged_adjunct_subject(verb: Token) -> Optional[Token]:
    """The subject of a finite verb with none, that the parser gave to an "-ing" adjunct before it
    because a language tag closing the adjunct read as the participle's object ("Name, writing
    on Blog [Ar], launched ...": "Name" nsubj and "Ar" dobj of "writing"): an "-ing" adjunct set
    off by commas between a noun phrase and its finite verb has no subject of its own (English
    grammar: its understood subject is the verb's), and a tag is no object. Only where a tag
    ends the adjunct; None otherwise."""
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ in ("VBG", "VBN", "VB"):
        return None
    doc = verb.doc
    for adjunct in verb.children:
        if adjunct.dep_ != "advcl" or adjunct.tag_ != "VBG" or adjunct.i > verb.i:
            continue
        last = adjunct.right_edge.i
        while last > adjunct.i and doc[last].text in (",", "]"):
            last -= 1
        if not is_language_tag(doc[last]):
            continue
        subject = next((c for c in adjunct.children if c.dep_ in ("nsubj", "npadvmod") and c.i < adjunct.i
                        and c.pos_ in ("PROPN", "NOUN")), None)
        if subject is not None and any(doc[k].text == "," for k in range(subject.i + 1, adjunct.i)):
            return subject
    return None


def _parsed_subject(token: Token) -> tuple[Optional[Token], bool]:
    """``_subject`` as the parse reads it (a language tag included)."""
    own_passive = any(c.dep_ == "auxpass" for c in token.children)
    active_conjunct = False  # a conjunct on the way up with its own active auxiliary
    # a reduced past-participle adverbial clause ("*Beaten back* from its failed attempt to seize
    # Kyiv, Russia continues ...", "Arrested in May, he ..."): English grammar reads the participle
    # as passive, so the subject it shares with its main clause is its patient, not its agent
    reduced_passive = token.dep_ == "advcl" and token.tag_ == "VBN" and not _children(token, SUBJECT_DEPS) \
        and not any(c.dep_ in ("aux", "auxpass", "mark") for c in token.children)  # "as promised": the clause
    # a past participle with a subject but no auxiliary and no object, inside another clause
    # ("we saw credible reports of unarmed civilians *shot* in the back", "people detained"): a
    # participle cannot be finite without "have" or "be", so it is a reduced passive (a small clause
    # or reduced relative) and its subject noun is the patient, never the agent (English grammar)
    small_clause = token.tag_ == "VBN" and token.dep_ in ("ccomp", "acl", "xcomp", "oprd") \
        and bool(_children(token, SUBJECT_DEPS)) \
        and not any(c.dep_ in ("aux", "auxpass", "dobj", "obj", "dative", "mark") for c in token.children) \
        and not (token.dep_ == "acl" and token.head.i < _children(token, SUBJECT_DEPS)[0].i < token.i)
    # (not a contact relative clause with its object gapped: "the $3.5 billion Congress provided")
    reduced_passive = reduced_passive or small_clause
    shared_be = _shared_be_participle(token)
    if shared_be is not None:
        return shared_be, True  # "130,000 Syrians are still missing or detained": Syrians were detained
    prefixed = _prefixed_be_participle(token)
    if prefixed is not None:
        return prefixed, True  # "OOO Volga Group is being re-designated": the group is designated
    if own_passive and token.dep_ == "xcomp" and not _children(token, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS) \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        # a passive infinitive ("sending his people off *to be killed*", "wants *to be recognized*"):
        # its controller, the governing verb's object else its subject, is the patient, never the
        # agent (English grammar: control into a passive complement)
        objects = _children(token.head, ("dobj", "obj"))
        if objects:
            return objects[0], True
        reduced_passive = True
    suffered = _passive_adjunct_patient(token)
    if suffered is not None:
        return suffered, True  # "detainees have died after being tortured": the detainees were tortured
    came_from = None  # the complement or conjunct the walk climbed from
    for _ in range(8):  # a list of coordinated verb phrases shares one subject ("helps ..., provides ..., and assists")
        subjects = _subordinate_subjects(token) or _stranded_subject(token) or _listed_clause_subject(token)
        if subjects and _comitative_partner_subject(token, subjects[0]):
            token = token.head  # "We will work closely with lawmakers to support ...": We support
            engaged = _children(token, PASSIVE_SUBJECT_DEPS)
            if engaged and not _children(token, ("agent",)):
                # "The Administration is engaged with X to condemn ...": a state participle, whose
                # subject takes part in the joint action (no patient of a passive)
                return engaged[0], False
            continue
        if subjects:
            if subjects[0].tag_ in RELATIVE_TAGS and token.dep_ == "relcl":
                return _antecedent(token, subjects[0]), False  # "the government, which contacted ...": the antecedent
            whole = _partitive_relative(subjects[0], token)
            if whole is not None:
                return whole, reduced_passive  # "partners, many of whom sent aid": the antecedent's members
            return subjects[0], reduced_passive
        passive = _children(token, PASSIVE_SUBJECT_DEPS)
        if passive and passive[0].tag_ in RELATIVE_TAGS and token.dep_ == "relcl":
            return _antecedent(token, passive[0]), True
        whole = _partitive_relative(passive[0], token) if passive else None
        if whole is not None:
            return whole, True  # "activists, two of whom were beaten"
        if passive and not own_passive and came_from is not None and came_from.dep_ == "xcomp" \
                and came_from.head.i == token.i and token.lower_ in detection_lexicon()["stance_participles"]:
            # "The allies are resolved to stand with X and *hold* Y accountable": the parser reads the
            # adjectival participle as a passive, whose subject holds the stance and does the act of
            # its infinitive and of that infinitive's bare conjuncts (English subject control of a
            # statal passive, event_detection.yaml stance_participles; since events 0.8.207)
            return passive[0], False
        if passive:
            # a subject inherited from a passive verb is not the patient of an active conjunct
            return passive[0], own_passive or (any(c.dep_ == "auxpass" for c in token.children)
                                               and token.dep_ != "conj" and not active_conjunct)
        if _means_relative(token):
            break  # "measures to suspend X": the measures are no agent (see _controller)
        if token.dep_ == "relcl" and _predicative_subject(token.head) is not None:
            # "The regime was the only country in Latin America to vote ...": the noun a
            # relative clause restricts is predicated of the copula's subject, who acts (since 0.7.545)
            return _predicative_subject(token.head), False
        if token.dep_ == "relcl" or _is_misparsed_main_verb(token):
            return token.head, False
        if _is_misparsed_subject_noun(token):
            # the subject phrase is the root's own subject with the root noun inside it
            return _children(token.head, SUBJECT_DEPS)[0], False
        if token.dep_ == "conj" and token.tag_ == "VBG" and token.head.pos_ in ("NOUN", "PROPN"):
            # "attacks on civil society, and *increasing* security cooperation with Russia": a gerund
            # coordinated with a noun is a nominal list item (coordination joins like constituents),
            # whose doer is no subject of the clause around the list
            break
        if token.dep_ == "conj" and _asyndetic_clause_conjunct(token):
            # the complement clause's own verb: its subject is the clause's
            return _children(_asyndetic_clause_conjunct(token), SUBJECT_DEPS)[0], False
        if token.dep_ == "conj" and _attributive_past_conjunct(token):
            break  # a modifier in a noun phrase: the clause's subject is not its doer
        relative = _relative_purpose_doer(token)
        if relative is not None:
            return relative, False  # "... protesters who took to the streets ... to criticize the government"
        if _generic_effort_infinitive(token):
            break  # "nor will any attempts to annex ...": no doer named, not the clause's subject
        listed = _listed_gerund(token)
        if listed is not None:
            token = listed  # "in ensuring X by hosting Y, providing Z, and ...": the list's doer
            continue
        relative_list = _relative_list_conjunct(token)
        if relative_list is not None:
            token = relative_list  # "institutions that maintain peace, *protect* rights, and ...": the institutions
            continue
        document = _document_participle_noun(token)
        if document is not None:
            # "the court's ruling recognising X", "... results from the ruling of the Court,
            # recognising X": the ruling recognises, so its author does (``_actor_inside``), or no
            # one where none is named; never the thing subject of the main clause or its owner
            return document, False
        if token.dep_ in ("xcomp", "conj", "advcl", "acomp") and token.head.i != token.i:
            active_conjunct = active_conjunct or _active_conjunct(token) or _active_infinitive_complement(token)
            came_from = token
            token = _coordinate(token)
            if came_from.dep_ == "conj" and _misparsed_clause_conjunct(token, came_from):
                token = token.head  # "X underscored our *shared* values and pledged to ...": X pledged
            continue
        clause = _adjunct_gerund_clause(token) or _additive_gerund_verb(token) or _supplementive_participle_host(token)
        if clause is not None:
            token = clause  # "In attacking Ukraine, he also attacked ...": he attacked Ukraine
            continue
        framed = _list_frame_doer(token)
        if framed is not None:
            return framed, False  # "The Administration will: / Provide ...": the lead-in's subject
        break
    return None, False


# word prefixes the tokenizer splits off a verb at its hyphen ("re-designated": "re", "-", "designated")
_SPLIT_VERB_PREFIXES = frozenset({"re", "co", "pre", "de", "un", "mis", "over", "under", "cross"})


def _prefixed_be_participle(token: Token) -> Optional[Token]:
    """The subject of "be" where a past participle written with a hyphenated prefix follows it
    ("OOO Volga Group is being *re-designated*"): the tokenizer splits the word at its hyphen and
    the parser then reads the pieces as predicate adjectives of "be" (acomp), giving "be" the
    subject; "be" + past participle is the passive (English grammar), so that subject is the
    participle's patient, never its doer. Shape: the subject token, or None where the token is
    not such a participle (tag VBN, "-" and a prefix of ``_SPLIT_VERB_PREFIXES`` right before it),
    hangs on no "be", or "be" has no subject."""
    doc = token.doc
    if token.tag_ != "VBN" or token.dep_ != "acomp" or token.i < 2 or doc[token.i - 1].text != "-" \
            or doc[token.i - 2].lower_ not in _SPLIT_VERB_PREFIXES or token.head.lemma_.lower() != "be":
        return None
    subjects = _children(token.head, SUBJECT_DEPS)
    return subjects[0] if subjects else None


def _shared_be_participle(token: Token) -> Optional[Token]:
    """The subject of a bare past participle conjoined to a predicate that "be" carries: "130,000
    Syrians are still *missing* or *detained*". The second conjunct shares the first's "be" (English
    grammar: coordination leaves the auxiliary out of the second conjunct), and "be" + past
    participle is the passive, so the shared subject is its patient, never its doer; the parser
    may hang the participle on the adjective-like "-ing" form, and ``_coordinate`` would climb past
    it to another clause's verb ("detainees have died ... while Syrians are missing or detained").
    Shape: the subject token, or None where the participle has a subject or auxiliary of its own,
    or the head has no "be" auxiliary (a "have" perfect shares its active subject)."""
    if token.dep_ != "conj" or token.tag_ != "VBN" or token.head.tag_ not in ("VBG", "JJ") \
            or any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS or c.dep_ in ("aux", "auxpass", "dobj")
                   for c in token.children):
        return None
    head = token.head
    if not any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "be" for c in head.children):
        return None
    subjects = _children(head, SUBJECT_DEPS)
    return subjects[0] if subjects else None


def _subordinate_subjects(verb: Token) -> list[Token]:
    """The subjects of ``verb`` (``SUBJECT_DEPS`` children), less any before its subordinator:
    "... imposed its own counter sanctions on European officials, European *parliamentarians*
    *after* the multilateral *actions* imposed some Xinjiang sanctions" hangs both nouns on
    "imposed" as subjects. A subordinator ("after", "because", "that": the verb's ``mark``) opens
    its clause, so the clause's subject follows it (English grammar: the subordinator is the first
    word of a subordinate clause); a noun before it belongs to the clause the subordinate clause
    hangs from. Shape: [Token], in sentence order; unchanged when no subject follows the mark."""
    subjects = _children(verb, SUBJECT_DEPS)
    marks = [c.i for c in verb.children if c.dep_ == "mark" and c.i < verb.i]
    if len(subjects) < 2 or not marks:
        return subjects
    inside = [s for s in subjects if s.i > max(marks)]
    return inside or subjects


def _generic_effort_infinitive(token: Token) -> bool:
    """Whether ``token`` is the infinitive of a control noun with a generic determiner: "such
    referenda will not be considered legitimate, nor will *any attempts to annex* additional
    Ukrainian territory" (event_detection.yaml control_nouns; ``GENERIC_DETERMINERS``). The
    infinitive of a control noun is the act of the noun's agent (its possessor or "by" / "of"
    phrase, ``_controller``); "any" / "all" attempts name no agent, any attempt by anyone, so the
    subject of the clause the noun phrase sits in is not the doer (the parser may hang the noun as a
    conjunct of the main verb, and ``_subject`` would climb to that verb's subject)."""
    if token.head.pos_ != "NOUN" or not _noun_infinitive(token):
        return False
    noun = token.head
    return noun_lemma(noun) in detection_lexicon()["control_nouns"] \
        and any(c.dep_ in ("det", "predet") and c.lower_ in GENERIC_DETERMINERS for c in noun.children)


def _unrealised_effort_infinitive(token: Token) -> bool:
    """Whether ``token`` is the infinitive of a control noun that a modifier of unrealised time
    or likelihood qualifies: "potential future *attempts by Russia to cut* gas supplies", "any
    further *efforts to annex*" (event_detection.yaml control_nouns, control_unrealised). The
    noun's agent still does the act (English control, ``_controller``), but no attempt is told as
    made: the act is one that may come (PLOVER status hypothetical), as for "any attempts"
    (``_generic_effort_infinitive``)."""
    if token.head.pos_ != "NOUN" or not _noun_infinitive(token):
        return False
    noun = token.head
    words = detection_lexicon()
    return noun_lemma(noun) in words["control_nouns"] \
        and any(c.dep_ in ("amod", "det") and c.lower_ in words["control_unrealised"] for c in noun.children)


def _noun_infinitive(verb: Token) -> bool:
    """Whether ``verb`` is a to-infinitive hung on its head as a clausal complement ("attempts *to
    annex*", "efforts by PRC officials *to harass*": xcomp / acl / relcl with aux "to"); callers
    check the head is the noun they want (``_generic_effort_infinitive``, ``_conduct_effort``)."""
    return verb.dep_ in ("xcomp", "acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


# verbs of joint action whose "with" phrase names the partner (a comitative complement)
JOINT_ACTION_VERBS = frozenset({"work", "cooperate", "coordinate", "collaborate", "partner", "team", "engage",
                                "liaise"})


def _comitative_partner_subject(infinitive: Token, subject: Token) -> bool:
    """Whether the "subject" the parser gives a purpose infinitive is the partner of a joint-action
    verb above it: "We will continue to work closely *with lawmakers to support* our Ukrainian
    partners" is parsed as a with-absolute ("with" a marker, "lawmakers" the infinitive's subject).
    After a verb of joint action ("work", "cooperate", "coordinate", "partner" ... *with* X) the
    "with" phrase is that verb's comitative complement and the "to" infinitive its purpose clause,
    whose understood subject is the subject of the clause it modifies (English grammar: subject
    control of purpose infinitives), so the partner is not the doer. The same partner list the
    parser reads as the subject of an infinitive it conjoins to the verb ("The Administration is
    actively engaged *with* the OAS, *the United Nations, and our international partners to
    collectively condemn* the violence": a "to" infinitive takes no subject of its own without
    "for", so the nouns after "with" end the verb's comitative phrase)."""
    if infinitive.dep_ not in ("advcl", "conj") or infinitive.tag_ != "VB" or subject.dep_ != "nsubj" \
            or infinitive.head.lemma_.lower() not in JOINT_ACTION_VERBS:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children):
        return False
    if infinitive.dep_ == "conj":
        return not any(c.dep_ == "mark" for c in infinitive.children) and any(
            c.dep_ == "prep" and c.lower_ in ("with", "alongside") and c.i < subject.i for c in infinitive.head.children)
    return any(c.dep_ == "mark" and c.lower_ == "with" and c.i < subject.i for c in infinitive.children)


def _relative_purpose_doer(infinitive: Token) -> Optional[Token]:
    """The doer of a purpose infinitive the parser hangs on the main verb (advcl or xcomp) although it belongs to a
    subject relative clause between them: "the Cuban government continues to hold in detention
    more than 700 protesters who took to the streets ... to criticize the government's failure"
    (the protesters criticize). The understood subject of a purpose infinitive is that of the
    clause it modifies; read it as the relative clause's (its antecedent) only where the main
    subject cannot be it: the infinitive's own object names the main subject again with a full
    noun ("the government"), which English does not do for a referent bound in its own clause
    (binding principle C: a coreferent object there is "itself" or "its"). None otherwise."""
    if infinitive.dep_ not in ("advcl", "xcomp") or infinitive.tag_ != "VB" or _children(infinitive, SUBJECT_DEPS) \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children):
        return None
    head = infinitive.head
    main = _children(head, SUBJECT_DEPS)
    if not main and head.dep_ == "xcomp":
        main = _children(head.head, SUBJECT_DEPS)
    if not main or main[0].pos_ not in ("NOUN", "PROPN"):
        return None
    named = main[0].lemma_.lower()
    if not any(t.lemma_.lower() == named and t.pos_ == main[0].pos_ and t.dep_ in ("dobj", "poss", "pobj")
               for t in infinitive.subtree if t.i > infinitive.i):
        return None
    clauses = [t for t in head.subtree if t.dep_ == "relcl" and head.i < t.i < infinitive.i
               and t.head.pos_ in ("NOUN", "PROPN") and t.head.i < t.i]
    if not clauses:
        return None
    clause = clauses[-1]
    pronouns = [c for c in clause.children if c.dep_ == "nsubj" and c.tag_ in RELATIVE_TAGS]
    if not pronouns or any(c.dep_ == "auxpass" for c in clause.children):
        return None
    return _antecedent(clause, pronouns[0])


def _asyndetic_clause_conjunct(token: Token) -> Optional[Token]:
    """The clausal complement (its verb) a finite verb belongs to, where the parser hangs that verb
    as a conjunct on the verb above with the complement between them and no coordinator ("and",
    "or", "but") anywhere in the list: "The Secretary informed FM Kuleba that our Charge d'Affaires
    Kristina Kvien and a small group of diplomats, accompanied by ..., *traveled* to Kyiv" (the
    parser read "d'Affaires" as the clause's verb). English coordinates verb phrases with a
    conjunction (a comma list ends with "and"), so a verb joined by commas alone across a
    complement clause with its own subject does not share the main verb's subject; it is that
    clause's verb and takes that clause's subject. None where the verb is coordinated."""
    head = token.head
    if _VERB_FORMS.get(token.tag_) != "finite" or head.pos_ not in ("VERB", "AUX") or head.i > token.i:
        return None
    listed = [head, token, *(c for c in token.subtree if c.dep_ == "conj" and c.head.i == token.i)]
    if any(c.dep_ in ("cc", "preconj") for word in listed for c in word.children):
        return None
    return next((c for c in head.children if c.dep_ == "ccomp" and head.i < c.i < token.i
                 and _children(c, SUBJECT_DEPS)), None)


def _attributive_past_conjunct(token: Token) -> bool:
    """Whether a past form the parser hangs as a conjunct on a present-tense verb or a gerund is an attributive
    participle in a coordinated noun phrase: "we remain focused on securing the release of the
    hostages in Gaza and wrongfully *detained* Americans" (the detained Americans are the second
    thing released; "we" detained no one). Read so when the form comes right after "and"/"or" that
    follows a noun, has no subject, auxiliary or determiner-led object of its own, and its object is
    the bare noun right after it. English grammar: coordination joins like constituents (here two
    noun phrases), coordinated verbs sharing one subject share their form and tense, and a participle
    before a bare noun modifies it."""
    head = token.head
    if token.tag_ not in ("VBD", "VBN") or head.tag_ not in ("VBP", "VBZ", "VBG") or head.i > token.i:
        return False
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ in ("aux", "auxpass")
           for c in token.children):
        return False
    doc = token.doc
    start = token.i
    while start > 0 and (doc[start - 1].is_space or (doc[start - 1].dep_ == "advmod" and doc[start - 1].head.i == token.i)):
        start -= 1
    before = start - 2
    while before > 0 and doc[before].is_space:
        before -= 1
    if before < 0 or doc[start - 1].dep_ != "cc" or doc[before].pos_ not in ("NOUN", "PROPN"):
        return False
    objects = _children(token, ("dobj", "obj"))
    # the bare plural right after it, maybe with its own modifiers ("detained American citizens")
    return bool(objects) and objects[0].left_edge.i == token.i + 1 and objects[0].tag_ in ("NNS", "NNPS") \
        and not any(c.dep_ in ("det", "poss", "nummod") for c in objects[0].children)


def _listed_gerund(token: Token) -> Optional[Token]:
    """The gerund in a preposition's phrase whose list a comma-joined "-ing" clause continues, else
    None: "efforts of States in ensuring migration *by hosting* refugees, *providing* pathways, and
    supporting returnees". The parser may hang the second item of such a list on the clause's verb
    as an adverbial ("providing" advcl of "applaud"), which reads it as the main subject's act;
    coordination joins like constituents (English grammar), so an "-ing" clause with no subject,
    auxiliary or subordinator of its own, whose only separation from the preposition's gerund
    phrase before it is a comma, and whose list closes with "and" / "or", is that gerund's next
    conjunct and has its doer. Since 0.7.490."""
    if token.dep_ != "advcl" or token.tag_ != "VBG" or token.i < 2 or token.doc[token.i - 1].text != "," \
            or any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass", "mark") for c in token.children):
        return None
    if not any(c.dep_ == "cc" and c.lower_ in ("and", "or") for v in [token, *token.conjuncts] for c in v.children):
        return None  # no closing coordinator: a supplementive clause of the main verb
    host = token.head
    for candidate in reversed(token.doc[host.i + 1: token.i - 1] if host.i < token.i else []):
        if candidate.dep_ == "pcomp" and candidate.tag_ == "VBG" and candidate.right_edge.i == token.i - 2 \
                and host in candidate.ancestors:
            return candidate
    return None


def _passive_adjunct_patient(token: Token) -> Optional[Token]:
    """The patient of a subjectless passive gerund adjunct: the subject of the verb it hangs on
    ("More than 14,000 detainees have reportedly died *after being tortured* at the hands of the
    regime", "he was released *after being held* for months": the detainees were tortured, he was
    held). A non-finite adjunct's understood subject is its main clause's (English subject control
    of adjuncts, as ``_adjunct_gerund_clause``; event_detection.yaml adjunct_gerund_preps), and a
    passive one's subject is its patient. A relative pronoun subject stands for its antecedent.
    Only a gerund that names its doer ("by" agent, ``_hands_of``). None for any other token, or
    where the main verb has no subject. Since 0.7.712."""
    if token.dep_ != "pcomp" or token.tag_ != "VBN" or token.head.dep_ != "prep" \
            or token.head.lower_ not in detection_lexicon()["adjunct_gerund_preps"] \
            or not any(c.dep_ == "auxpass" and c.lower_ == "being" for c in token.children) \
            or _children(token, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS):
        return None
    if not _has_agent(token) and _hands_of(token) is None:
        # only an act whose doer the adjunct names ("by X", "at the hands of X"): an agentless
        # one ("after being accused of crossing the border") has no party to pair the patient with
        return None
    verb = token.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == token.head.i:
        return None
    subjects = _children(verb, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)
    if not subjects:
        return None
    if subjects[0].tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
        return _antecedent(verb, subjects[0])
    return subjects[0]


def _adjunct_gerund_clause(token: Token) -> Optional[Token]:
    """The active verb a gerund adjunct modifies ("*In attacking* Ukraine three months ago, he also
    attacked ...": "attacked"), whose subject is the gerund's (English subject control of adjuncts;
    event_detection.yaml adjunct_gerund_preps); None for any other token, a verb with a passive
    subject (its subject is no agent) or a gerund with a subject of its own."""
    if token.dep_ != "pcomp" or token.tag_ != "VBG" or token.head.dep_ != "prep" \
            or token.head.lower_ not in detection_lexicon()["adjunct_gerund_preps"]:
        return None
    verb = token.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == token.head.i \
            or any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children):
        return None
    if token.head.lower_ == "in" and verb.lemma_.lower() in detection_lexicon()["helping_in_verbs"]:
        return None  # "assisted the Haitian authorities in conducting ...": the object acts
    if _credits_object(verb):
        return None  # "congratulate Brazil on signing the Artemis Accords": Brazil signed
    subjects = _children(verb, SUBJECT_DEPS)
    if subjects and not (subjects[0].ent_type_ in STRANDED_SUBJECT_LABELS
                         or (subjects[0].tag_ == "PRP" and subjects[0].lower_ != "it")):
        # only a named or personal subject: an inanimate one ("The designation ... will enhance this
        # cooperation by helping our militaries") or a relative pronoun is no agent of the gerund
        return None
    return verb


def _credits_object(verb: Token) -> bool:
    """Whether ``verb`` is a verb of praise or blame with a direct object (event_detection.yaml
    gratitude_words, blame_words): "congratulate Brazil *on* signing", "commended Japan *on*
    hosting", "thanked Argentina *for* speaking out". Such a verb credits its object with the act of
    its "on" / "for" gerund (object control; CAMEO 051 praise / 111 criticize name the one praised
    or blamed as the actor of the deed), so the gerund is no adjunct of the praiser's own."""
    return verb.lemma_.lower() in _crediting_words() and bool(_children(verb, ("dobj", "obj")))


def _misparsed_clause_conjunct(first: Token, conjunct: Token) -> bool:
    """Whether ``first``, the verb a finite conjunct is coordinated with, is a subjectless finite
    clausal complement with no complementizer: "Secretary Blinken underscored our countries' *shared*
    democratic values and *pledged* to ..." parses the adjective "shared" as a clause under
    "underscored" and "pledged" as its conjunct. A finite English clause has a subject of its own
    (and "that" or none before it), so such a complement is a misparse, and its finite conjunct
    coordinates with the verb above it and shares that verb's subject (English grammar: VP
    coordination)."""
    return first.dep_ == "ccomp" and _VERB_FORMS.get(conjunct.tag_) == "finite" \
        and _VERB_FORMS.get(first.tag_) == "finite" \
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ in ("mark", "expl", "aux", "auxpass")
                    for c in first.children) \
        and first.head.pos_ in ("VERB", "AUX")


def _active_conjunct(token: Token) -> bool:
    """A conjoined verb with an active auxiliary of its own and none of the passive: "soldiers
    have been deployed on the streets and *have* reportedly attacked and beaten protesters".
    Coordinated verbs share the auxiliaries they do not repeat; a conjunct that repeats a perfect
    "have" or a modal without "be" starts an active verb phrase, whose inherited subject is its
    agent, not the patient of the passive it is joined to (English grammar: VP coordination)."""
    return token.dep_ == "conj" and not any(c.dep_ == "auxpass" for c in token.children) and any(
        c.dep_ == "aux" and (c.lemma_.lower() == "have" or c.tag_ == "MD") for c in token.children)


def _active_infinitive_complement(token: Token) -> bool:
    """Whether ``token`` is an active to-infinitive complementing a passive verb: "Maxime Bernier
    was forced *to resign*", "X is believed *to have supplied* ...". The subject of the passive
    verb is the understood subject of its infinitive complement (English grammar: a passivised
    object-control or raising verb), so the inherited subject is the infinitive's agent, not the
    patient of the passive above it. Only verbs that take such a complement (event_detection.yaml
    ``passive_control_verbs``): after others the infinitive is one of purpose ("the emergency was
    expanded to deny support"), whose doer is the passive's unnamed agent. A passive infinitive
    ("wants to be recognized") keeps its patient (``_subject``)."""
    if token.dep_ != "xcomp" or token.tag_ not in ("VB", "VBN") \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) \
            or any(c.dep_ == "auxpass" for c in token.children) \
            or not any(c.dep_ == "auxpass" for c in token.head.children):
        return False
    if token.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in token.children):
        return False  # a past participle is active only in a perfect infinitive ("to have supplied")
    return token.head.lemma_.lower() in detection_lexicon()["passive_control_verbs"]


def _listed_clause_subject(verb: Token) -> list[Token]:
    """The subject of a subjectless finite main verb that ends a list of verb phrases whose first
    one the parser read as an adverbial clause: "The Administration has engaged with leaders ...,
    *established* a Committee ..., and launched a Coalition" hangs "has engaged" (with the
    subject) on "established" as an advcl. A finite adverbial clause opens with a subordinator
    ("after", "because", "as": its ``mark``), so a finite one with none, before its head and with
    a subject of its own, is a misparsed first conjunct of a verb-phrase list, and the verbs after
    it share its subject (English grammar: VP coordination). Shape: [subject Token] or []."""
    if verb.dep_ != "ROOT" or _VERB_FORMS.get(verb.tag_) not in ("finite", "participle") \
            or any(c.dep_ in _STRANDED_BLOCKING_DEPS or c.dep_ == "auxpass" for c in verb.children):
        return []
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i > verb.i or clause.pos_ not in ("VERB", "AUX"):
            continue
        children = list(clause.children)
        if not _is_finite(clause) or any(c.dep_ in ("mark", "auxpass") or c.dep_ in PASSIVE_SUBJECT_DEPS for c in children) \
                or clause.right_edge.i + 1 >= verb.i or verb.doc[clause.right_edge.i + 1].text != ",":
            continue
        subjects = [c for c in children if c.dep_ in SUBJECT_DEPS and c.tag_ not in RELATIVE_TAGS]
        if subjects:
            return subjects[:1]
    return []


def _additive_gerund_verb(token: Token) -> Optional[Token]:
    """The verb whose clause an additive phrase with a gerund adds to ("Today we are targeting
    Russian elites ..., *as well as imposing* additional export controls", "groups ... killed local
    citizens *in addition to carrying out* bombings"), whose subject is the gerund's (English
    grammar: "as well as" coordinates the gerund with the verb phrase; a gerund adjunct takes the
    subject of its clause). The phrases are event_detection.yaml ``additive_gerund_phrases``; the
    parser hangs the gerund on the phrase's last word and the phrase on the verb. None for any
    other token, or a gerund with a subject of its own."""
    if token.dep_ != "pcomp" or token.tag_ != "VBG" or _children(token, SUBJECT_DEPS):
        return None
    doc = token.doc
    for phrase in detection_lexicon()["additive_gerund_phrases"]:
        words = phrase.split()
        start = token.i - len(words)
        if start < 0 or [t.lower_ for t in doc[start:token.i]] != words:
            continue
        node = token.head
        while node.i >= start and node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
            node = node.head
        if node.pos_ in ("VERB", "AUX") and node.i < start \
                and not any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in node.children):
            return _paralleled_gerund(node, start) or node
        return None
    return None


def _paralleled_gerund(verb: Token, start: int) -> Optional[Token]:
    """The "for" / "of" gerund of ``verb`` before the additive phrase at ``start``, which the added
    gerund parallels: "Kyiv accused Moscow *of shelling* the plant, in addition to attacking ...",
    "thanked Turkey *for hosting* refugees, as well as mediating ...". The added gerund is a second
    act of the same doer as that gerund (coordination joins like constituents), whom ``_controller``
    finds (the object the verb credits or blames), not an act of the verb's subject. None when the
    verb has no such gerund."""
    return next((g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("for", "of") and p.i < start
                 for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)


@functools.lru_cache(maxsize=1)
def _authored_text_nouns() -> frozenset:
    """Nouns of a text or a decision that speaks for its author: the statements lexicon's
    ``document_nouns`` (speech_cues.yaml: report, statement, resolution, ruling, verdict ...) and
    event_detection.yaml ``rendered_rulings`` (decision, judgment, sentence ...)."""
    return frozenset(speech_cue_lexicon()["document_nouns"]) | detection_lexicon()["rendered_rulings"]


def _document_participle_noun(token: Token) -> Optional[Token]:
    """The document or decision noun (``_authored_text_nouns``) a subjectless "-ing" participle
    modifies, which is then its understood subject, else None. A participle modifying a noun (a
    reduced relative, ``acl``) has that noun as its subject ("a resolution condemning X", "the
    court's ruling recognising X"), and a ruling, report or resolution "of X" / "X's" stands for
    what its author X says or decides (``_actor_inside`` finds the author; for a document noun
    with none named in its phrase, None: the other rules read the clause, e.g. the voter of
    "voted for a resolution condemning X"). A request noun whose "-ing" participle spells out
    the asking (``_request_participle_noun``: "the request ... asking Y to pay") is returned
    first, named author or not. The parser may instead hang a participle after a comma on the main verb (``advcl``)
    or read it as a supplementive clause of that verb (``_supplementive_participle_host``): its
    subject is the main clause's only where that subject can act. Where the main subject is a
    thing, no party ("The request of the unions results from the ruling of the Court,
    recognising X": a request recognises nothing, and its owner did not do what the ruling
    did), the participle modifies the document noun phrase that ends right before it, as a
    dangling participle is read with the nearest noun phrase that can be its subject: its author
    acts, or no one where it names none. A party subject keeps the participle ("The minister
    welcomed the court's ruling, recognising X")."""
    if token.tag_ != "VBG" or token.dep_ not in ("acl", "advcl", "xcomp") or token.head.i == token.i \
            or any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass", "mark") for c in token.children):
        return None
    request = _request_participle_noun(token)
    if request is not None:
        return request
    if token.dep_ == "xcomp":
        return None
    nouns = _authored_text_nouns()
    doc = token.doc
    end = token.left_edge.i - 1
    comma = end >= 0 and doc[end].text == ","
    if token.dep_ == "acl":
        noun = token.head
        if noun.pos_ != "NOUN" or noun.i > token.i or noun_lemma(noun) not in nouns:
            return None
        if _actor_inside(noun, load_lexicon()) is None:
            # no author named ("voted for a resolution condemning X"): the other rules find its
            # doer where the clause gives one (the voter, the sponsor), as before
            return None
        host = _supplementive_participle_host(token) if comma else None
        if host is not None and _is_actor(_children(host, SUBJECT_DEPS)[0], load_lexicon()):
            return None  # "Germany rejected the report, accusing it of bias": Germany accuses
        return noun
    verb = token.head
    if comma:
        end -= 1
    subjects = _children(verb, SUBJECT_DEPS)
    if end <= verb.i or verb.pos_ not in ("VERB", "AUX") or not subjects \
            or subjects[0].pos_ not in ("NOUN", "PROPN") or _is_actor(subjects[0], load_lexicon()):
        return None
    # the outermost document noun phrase of the main clause that ends right before the participle
    node, found = doc[end], None
    while node.i != verb.i and node.head.i != node.i and node.i > verb.i:
        if node.pos_ == "NOUN" and node.right_edge.i == end and noun_lemma(node) in nouns:
            found = node
        if node.pos_ in ("VERB", "AUX"):
            return None
        node = node.head
    return found if node.i == verb.i else None


def _request_participle_noun(token: Token) -> Optional[Token]:
    """The request noun (event_detection.yaml agentive_demand_nouns: request, demand, appeal) an
    "-ing" participle of asking spells out, else None: "the request of the Province asking schools
    to pay", "an appeal from the mayor urging the ministry to act". The request asks, so its
    maker does (``_actor_inside``). The participle modifies the noun (``acl``), or, where the
    parser hung it on a verb of the clause (``xcomp`` / ``advcl``: "the court recognised as valid
    the request of X asking Y to pay"), directly follows the request's noun phrase with no comma:
    a bare participle right after a noun phrase is a reduced relative on that noun (English
    grammar), as the sense shows where the verb takes no such complement. Only a verb the
    trigger lexicon codes DEMAND (ask, urge, call ...), in its "-ing" form (VBG): a passive
    participle ("the appeal of the mayor urged by the opposition") is asked, not asking."""
    if token.tag_ != "VBG":
        return None
    lex = load_lexicon()
    if lex.verbs.get(verb_lemma(token, lex), ("",))[0] != "DEMAND":
        return None
    words = detection_lexicon()["agentive_demand_nouns"]
    if token.dep_ == "acl":
        noun = token.head
        return noun if noun.pos_ == "NOUN" and noun.i < token.i and noun_lemma(noun) in words else None
    doc = token.doc
    end = token.i - 1
    if token.left_edge.i != token.i or end < 1 or doc[end].is_punct:
        return None
    # the outermost noun phrase ending right before the participle, below the participle's head
    node, found = doc[end], None
    while node.i != token.head.i and node.head.i != node.i:
        if node.pos_ in ("VERB", "AUX"):
            return None
        if node.pos_ == "NOUN" and node.right_edge.i == end and noun_lemma(node) in words:
            found = node
        node = node.head
    return found if node.i == token.head.i else None


def _supplementive_participle_host(token: Token) -> Optional[Token]:
    """The finite verb of the clause a comma-separated "-ing" clause ends, where the parser hangs
    that participle on a noun of the clause's object: "Russia has escalated its war on Ukraine,
    striking hospitals, *demolishing* schools, ... and killing hundreds of civilians" (the parser
    makes "demolishing" modify "hospitals"). After a comma at the end of a clause an "-ing" clause
    with no subject of its own is a supplementive clause whose understood subject is the clause's
    subject (English grammar: subject control of free adjuncts), not a modifier of the noun before
    it, unless that noun can act itself: a noun that is an actor ("the convoy, carrying aid")
    may be what the participle describes, so then no host. None for any other token, and for a
    host that is passive, has no subject or reports its object (``_reports_acts``)."""
    if token.dep_ != "acl" or token.tag_ != "VBG" or _children(token, SUBJECT_DEPS) \
            or token.left_edge.i < 1 or token.doc[token.left_edge.i - 1].text != ",":
        return None
    noun = token.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i > token.i or _is_actor(noun, load_lexicon(), allow_pronoun=True):
        return None
    node = noun
    while node.dep_ in ("dobj", "obj", "pobj", "prep", "appos", "conj") and node.head.i != node.i \
            and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    if node.pos_ not in ("VERB", "AUX") or node.i > noun.i:
        return None
    children = list(node.children)
    if not _is_finite(node) or any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in children) \
            or not _children(node, SUBJECT_DEPS) or _reports_acts(node):
        return None
    return node


def _reports_acts(verb: Token) -> bool:
    """Whether ``verb`` reports, documents or describes what its object tells ("Human Rights Watch
    has documented a pattern of abuse, targeting journalists", "The report describes a campaign of
    repression, detaining activists"): the "-ing" clause after such an object describes the acts of
    the reported campaign or pattern, not acts of the one who reports it (plover_frames.yaml
    reporting; event_detection.yaml report_topic_verbs, act_report_verbs)."""
    lex = load_lexicon()
    lemma = verb_lemma(verb, lex)
    return lemma in lex.reporting or lemma in joined_detection_words("report_topic_verbs", "act_report_verbs")


def _means_relative(token: Token) -> bool:
    """An infinitive on a noun of means, which the parser reads as a relative clause: "adopt
    measures *to suspend* the countermeasures", "took steps to impose". Its agent is whoever takes
    the measures; on other nouns ("a reason to accuse", "a mission to examine", "in a position
    to make concessions") the infinitive names no act of the clause's subject. The parser labels
    the infinitive ``relcl`` or ``acl`` ("is taking action to impose visa restrictions")."""
    return token.dep_ in ("relcl", "acl") and token.head.lemma_.lower() in detection_lexicon()["means_nouns"] \
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in token.children)


# determiners that make an obliged subject a class, not an actor ("all nations must share data",
# "no country should withhold progress", "every state must report"): a norm, no demand on anyone
GENERIC_DETERMINERS = frozenset(("all", "no", "every", "each", "any", "some", "both"))


def _has_agent(verb: Token) -> bool:
    """A passive participle with its "by" agent ("imprisoned by authorities"), also where the
    parser hung the "by" on the verb's own prepositional object (``_passive_agent``)."""
    return any(c.dep_ == "agent" for c in verb.children) or _passive_agent(verb) is not None


@functools.lru_cache(maxsize=1)
def _crediting_words() -> frozenset:
    """Words of thanks, praise or blame (event_detection.yaml gratitude_words, blame_words): CAMEO
    051 / 111 credit their object with the act of a "for" / "on" phrase (``_credits_object``,
    ``_credited_owner``)."""
    return joined_detection_words("gratitude_words", "blame_words")


def _is_person(token: Token) -> bool:
    """A person by the NER or by newsgraph's own mentions (which know foreign names the
    model tags as ORG or GPE)."""
    if token.ent_type_ == "PERSON":
        return True
    return any(m.start <= token.idx < m.end and m.type == "person" for m in token.doc._.ng_mentions or [])
